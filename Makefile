# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv when it
# is missing and installs exactly the locked packages (requirements/*.txt, every file checked
# against its hash), then bodymap itself without touching the dependencies.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.bodymap-runtime
DEV_STAMP     := $(VENV)/.bodymap-dev

# `make lock` refreshes the lock files with uv, kept in its own folder so that it never
# mixes with the locked environment. `make lock UPGRADE=--upgrade` also moves the indirect
# dependencies to their newest versions; without it only changed direct pins move.
LOCK_TOOL  := .venv-lock
UV_VERSION := 0.13.8
UPGRADE    ?=
UV_COMPILE  = $(LOCK_TOOL)/bin/uv pip compile --quiet --universal --python-version 3.11 \
              --generate-hashes --custom-compile-command "make lock" $(UPGRADE)

# Translations: Qt Linguist sources (.ts) in translations/, compiled catalogues (.qm) in
# bodymap/i18n/, where the program (and the wheel) finds them.
LANGUAGES := es
TS_FILES  := $(foreach lang,$(LANGUAGES),translations/bodymap_$(lang).ts)
# Every source file: the Qt-free layers (domain, store, session, scene) mark their texts
# with QT_TRANSLATE_NOOP or pass them to a `translate` argument, which lupdate reads too.
TR_SOURCES = $(shell find bodymap -name '*.py' | sort)

# Desktop integration for the current user (XDG base directories).
XDG_DATA_HOME ?= $(HOME)/.local/share

.PHONY: run test test-fast lint bench atlas check-system lock tr-update tr-release icons \
        install-desktop uninstall-desktop clean-venv

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
	  { echo "bodymap needs Python 3.11 or newer as '$(PYTHON)' (make PYTHON=python3.11 ...)"; \
	    exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/pip.txt

$(RUNTIME_STAMP): requirements/pip.txt requirements/runtime.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/runtime.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

$(DEV_STAMP): requirements/pip.txt requirements/dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@ $(RUNTIME_STAMP)

# Names the missing system libraries (and their Debian packages) before Qt can abort.
check-system: $(RUNTIME_STAMP)
	$(BIN)/python -m bodymap.system_check $(if $(DISPLAY),window,offscreen)

run: $(RUNTIME_STAMP)
	$(BIN)/bodymap

# The tests run in one process per core, four at most (pytest-xdist; `worksteal` hands a
# worker that is done the tests still queued on another). Each process holds a Qt
# application and the dataset (the monkey test's: about 200 MB), and that test alone takes
# three minutes, so more workers would cost memory and spare little time. PYTEST_WORKERS=0
# runs them in this process, as `pytest tests/...` does by hand; PYTEST_WORKERS=N sets the
# count.
PYTEST_WORKERS ?= auto
PARALLEL = $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --maxprocesses 4 \
             --dist worksteal)

test: $(DEV_STAMP) lint
	@$(BIN)/python -m bodymap.system_check offscreen
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest $(PARALLEL)

# the fast lane: everything but the tests marked slow (subprocesses, kill -9, the wheel,
# geometry sampling, the monkey test); `make test` still runs them all
test-fast: $(DEV_STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -m "not slow" -q $(PARALLEL)

lint: $(DEV_STAMP)
	$(BIN)/ruff check bodymap tests tools bench hatch_build.py
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(DEV_STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python bench/run.py

atlas: $(DEV_STAMP)
	$(BIN)/python -m tools.atlas

# The PNG icons are rendered from the SVG with Qt and committed (so installs need no Qt).
icons: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/icons.py

lock:
	@test -x $(LOCK_TOOL)/bin/uv || { $(PYTHON) -m venv $(LOCK_TOOL) && \
	  $(LOCK_TOOL)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"; }
	$(UV_COMPILE) -o requirements/pip.txt requirements/pip.in
	$(UV_COMPILE) -o requirements/runtime.txt pyproject.toml requirements/build.in
	$(UV_COMPILE) -o requirements/dev.txt pyproject.toml requirements/build.in \
	  --extra test --extra lint

# Collect the strings marked for translation into the .ts files (for Qt Linguist), then
# compile them: `make tr-update`, translate with pyside6-linguist, `make tr-release`.
tr-update: $(DEV_STAMP)
	$(BIN)/pyside6-lupdate -extensions py $(TR_SOURCES) -ts $(TS_FILES)

tr-release: $(DEV_STAMP)
	@mkdir -p bodymap/i18n
	for lang in $(LANGUAGES); do \
	  $(BIN)/pyside6-lrelease translations/bodymap_$$lang.ts -qm bodymap/i18n/bodymap_$$lang.qm \
	    || exit 1; \
	done

install-desktop:
	install -Dm644 packaging/linux/io.github.bodymap.Bodymap.desktop \
	  $(XDG_DATA_HOME)/applications/io.github.bodymap.Bodymap.desktop
	install -Dm644 packaging/linux/io.github.bodymap.Bodymap.metainfo.xml \
	  $(XDG_DATA_HOME)/metainfo/io.github.bodymap.Bodymap.metainfo.xml
	install -Dm644 bodymap/icons/bodymap.svg \
	  $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/io.github.bodymap.Bodymap.svg
	for size in 16 24 32 48 64 128 256; do \
	  install -Dm644 bodymap/icons/bodymap-$$size.png \
	    $(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/io.github.bodymap.Bodymap.png \
	    || exit 1; \
	done
	-update-desktop-database -q $(XDG_DATA_HOME)/applications 2>/dev/null
	-gtk-update-icon-cache -q -t $(XDG_DATA_HOME)/icons/hicolor 2>/dev/null
	@echo "installed the menu entry; it runs 'bodymap-gui', which must be on PATH"

uninstall-desktop:
	rm -f $(XDG_DATA_HOME)/applications/io.github.bodymap.Bodymap.desktop \
	  $(XDG_DATA_HOME)/metainfo/io.github.bodymap.Bodymap.metainfo.xml \
	  $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/io.github.bodymap.Bodymap.svg \
	  $(foreach size,16 24 32 48 64 128 256,\
	    $(XDG_DATA_HOME)/icons/hicolor/$(size)x$(size)/apps/io.github.bodymap.Bodymap.png)

clean-venv:
	rm -rf $(VENV)
