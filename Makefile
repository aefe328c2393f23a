# Two commands: `make run` opens the app, `make test` passes the tests.
# Both bootstrap .venv and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test bench demo translations clean postgres package

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

test: $(STAMP_TEST) postgres
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

# The coordinator's tests start a real PostgreSQL server of their own
# (tests/postgres_server.py): Debian's, installed here when it is missing.
postgres:
	@if ! command -v pg_ctl >/dev/null && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installo PostgreSQL (pacchetto Debian postgresql) per i test…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		else \
			echo "PostgreSQL manca e non posso installarlo: i test dell'archivio PostgreSQL saranno saltati."; \
		fi; \
	fi

# The program without Python, for this machine (packaging/build.py says what it makes).
package: $(STAMP_TEST)
	$(BIN)/python packaging/build.py

bench: $(STAMP_TEST)
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

demo: $(STAMP_RUN)
	$(BIN)/tessere demo --size small

# Refresh the template translators fill in (Italian is the source language).
translations: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/tessere_en.ts

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist
