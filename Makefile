# Two commands: `make run` opens the app, `make test` passes the tests.
# Both bootstrap .venv and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: package-deps run test bench demo translations clean postgres package

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

# One test process per core, four at most (pytest-xdist; each holds Qt, a
# PostgreSQL or a PyInstaller build in turn); tests/conftest.py keeps each file's
# tests in one process (its demo built once) and the coordinator's files together.
# A test process that crashes is not replaced: the crash is a failure and the
# others finish (replacing it left the run waiting forever under that scheduler).
TEST_PROCESSES ?= auto
test: $(STAMP_TEST) postgres package-deps
	$(BIN)/python -m pytest -q -n $(TEST_PROCESSES) --maxprocesses 4 --max-worker-restart 0 $(PYTEST_ARGS)

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

# The libraries Qt's window plugins load on a laptop (X11 and Wayland): the
# build bundles those it finds here, so a laptop without them still opens Tessere.
PACKAGE_DEPS = libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1
package-deps:
	@if [ "$$(uname)" = Linux ] && command -v dpkg-query >/dev/null; then \
		missing=$$(for p in $(PACKAGE_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
				echo "Installo le librerie che il pacchetto porta con sé: $$missing"; \
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
			else \
				echo "Mancano $$missing: il pacchetto le avvisa e non le porterà con sé."; \
			fi; \
		fi; \
	fi

# The program without Python, for this machine (packaging/build.py says what it makes).
package: $(STAMP_TEST) package-deps
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
