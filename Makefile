# renaksi: `make` (= `make run`) sets everything up and converts samples/ into outputs/.
# `make test` runs the tests; `make lint` runs ruff and mypy exactly as CI does (.ci/run).

SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
IN     ?= samples
OUT    ?= outputs
ARGS   ?=
LINT_PATHS := extract normalize schemas renaksi samples bench

.PHONY: run convert test lint bench fuzz install lock system-packages clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

system-packages:  ## install the Debian packages the pipeline needs (where missing)
	@bash .ci/system-packages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exactly the versions in uv.lock (with their hashes): uv, itself pinned, installs them into .venv.
# --inexact keeps uv and pip in the venv; UV_PYTHON_DOWNLOADS=never: the machine's Python only.
UV_VERSION := 0.13.9
UV := UV_PROJECT_ENVIRONMENT=$(VENV) UV_PYTHON_DOWNLOADS=never $(BIN)/uv

$(BIN)/uv: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.installed: pyproject.toml uv.lock | $(BIN)/uv
	$(UV) sync --locked --inexact --extra dev --python $(BIN)/python --quiet
	@touch $@

install: system-packages $(VENV)/.installed  ## create .venv and install renaksi with its dev tools

run: install  ## convert samples/ into outputs/
	$(BIN)/renaksi convert $(IN) --out $(OUT) $(ARGS)

convert: install  ## convert a folder: make convert IN=folder OUT=dir [ARGS="--workers 4"]
	$(BIN)/renaksi convert $(IN) --out $(OUT) $(ARGS)

test: install  ## run the tests (pytest)
	$(BIN)/python -m pytest $(ARGS)

lint: install  ## ruff and mypy, the same settings as CI
	$(BIN)/ruff check .
	$(BIN)/mypy $(LINT_PATHS)

bench: install  ## measure speed and memory; writes BENCHMARKS.md, BENCHMARKS-OCR.md, BENCHMARKS-XLSX.md
	$(BIN)/python -m bench.run $(ARGS)
	$(BIN)/python -m bench.ocr_pages
	$(BIN)/python -m bench.xlsx

lock: | $(BIN)/uv  ## refresh uv.lock on purpose: the newest versions pyproject.toml's ranges allow
	$(UV) lock --upgrade

clean:  ## remove outputs and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache

N    ?= 200
SEED ?= 100000

fuzz: install  ## F1 over N fresh fuzzed layouts: make fuzz N=200 [SEED=100000] [ARGS="--scan 200"]
	$(BIN)/python -m bench.fuzz --n $(N) --seed $(SEED) $(ARGS)
