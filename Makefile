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

# the Ray engine's equality test needs ray (the `ray` extra); it skips where ray cannot be imported
$(VENV)/.ray: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $@

test: $(STAMP) $(VENV)/.ray
	EXTRACT_TEST_OUTPUTS=$(OUT) $(BIN)/python -m pytest

BENCH_INPUT ?= ../shared/realpages/pages
BENCH_JOBS ?= 1,2

$(VENV)/.bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

# pages/s, MB/s, stage shares and peak RSS, -j 1 vs -j 2 and vs trafilatura, in one run
bench: $(VENV)/.bench
	$(BIN)/extract bench $(BENCH_INPUT) --jobs $(BENCH_JOBS) --vs trafilatura

eval: $(STAMP)
	$(BIN)/python -m extract.evaluate

# a long fuzz run of the whole page pipeline and the normalisers (make test runs a bounded one)
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-10000} PROPERTY_EXAMPLES=$${PROPERTY_EXAMPLES:-2000} \
		$(BIN)/python -m pytest tests/properties -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(OUT)/*
