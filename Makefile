# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INPUT ?= corpus
OUT ?= outputs

.PHONY: run test eval bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extract run $(INPUT) -o $(OUT) --format parquet,csv,dta,xlsx

test: $(STAMP)
	EXTRACT_TEST_OUTPUTS=$(OUT) $(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m extract.evaluate

clean:
	rm -rf $(VENV) $(OUT)/*
