# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when
# it is missing and (re)installs when pyproject.toml changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.bodymap-installed

.PHONY: run test test-fast lint bench atlas clean-venv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -e ".[test,lint]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/bodymap

test: $(STAMP) lint
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest

# the fast lane: everything but the tests marked slow (subprocesses, kill -9, the wheel,
# geometry sampling, the monkey test); `make test` still runs them all
test-fast: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -m "not slow" -q

lint: $(STAMP)
	$(BIN)/ruff check bodymap tests tools bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python bench/run.py

atlas: $(STAMP)
	$(BIN)/python -m tools.atlas

clean-venv:
	rm -rf $(VENV)
