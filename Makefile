# Two commands: `make run` opens the app, `make test` passes the tests.
# Both bootstrap .venv and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench demo translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/tessere $(ARGS)

test: $(STAMP_TEST)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP_TEST)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

demo: $(STAMP_RUN)
	$(BIN)/tessere demo --size small

# Refresh the template translators fill in (Italian is the source language).
translations: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/tessere_en.ts

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
