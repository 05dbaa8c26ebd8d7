PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test install dev train kb bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $(STAMP)

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	touch $(DEVSTAMP)

install: $(STAMP)

dev: $(DEVSTAMP)

demo: $(STAMP)
	$(BIN)/dotterel code examples/ankara-ceasefire.txt --date 2024-05-14 --format table

test: $(DEVSTAMP)
	$(BIN)/ruff check src tests scripts benchmarks training
	$(BIN)/python -m pytest -q

train: $(DEVSTAMP)
	$(BIN)/python -m dotterel.train

kb: $(STAMP)
	$(BIN)/python -m dotterel.kb.build

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_throughput.py --json docs/benchmarks/throughput.json
	$(BIN)/python benchmarks/bench_classifier.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
