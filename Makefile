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

# a long fuzz run of the whole page pipeline and the normalisers (make test runs a bounded one)
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-10000} PROPERTY_EXAMPLES=$${PROPERTY_EXAMPLES:-2000} \
		$(BIN)/python -m pytest tests/properties -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(OUT)/*
