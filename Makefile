# Two commands on a fresh Linux machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEPS := $(VENV)/.deps-installed
TS := resources/translations/desktop_th.ts
QM := resources/translations/desktop_th.qm
# Qt ships no Thai catalogue for its own dialogs (file, message, print): the app carries one.
QT_TS := resources/translations/qtbase_th.ts
QT_QM := resources/translations/qtbase_th.qm
HOUSEHOLDS ?= 100000

.PHONY: run test setup lint translations update-translations bench bundle bundle-self-test clean \
	pg-try pg-stop

run: SYSTEM_MODE = window
run: setup
	$(PY) -m desktop $(ARGS)

test: SYSTEM_MODE = offscreen
test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: system-packages $(DEPS) $(QM) $(QT_QM)

system-packages:
	@sh scripts/system-packages.sh $(or $(SYSTEM_MODE),offscreen)

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Pinned, hashed dependencies; reinstalled only when the lock changes.
$(DEPS): requirements.lock | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $@

# Qt's compiled translations are built here, never committed.
$(QM): $(TS) $(DEPS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QT_QM): $(QT_TS) $(DEPS)
	$(VENV)/bin/pyside6-lrelease -silent $(QT_TS) -qm $(QT_QM)

translations: $(QM) $(QT_QM)

# After changing visible strings: refresh the .ts, then translate what is new.
update-translations: $(DEPS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'desktop/*.py') -ts $(TS)

lint: $(DEPS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# Regenerate requirements.lock after editing the dependencies in pyproject.toml.
lock: $(DEPS)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --generate-hashes \
		--python-version 3.11 -o requirements.lock

# The app on a local PostgreSQL server (server mode, tried on one machine; data in .pg-try/).
pg-try: SYSTEM_MODE = window
pg-try: setup
	$(PY) -m desktop --db "$$(sh scripts/pg-try.sh)" $(ARGS)

pg-stop:
	sh scripts/pg-try.sh stop

bench: setup
	$(PY) bench/bench_demo_insert.py --households $(HOUSEHOLDS)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_cold_start.py --households $(HOUSEHOLDS)

bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

bundle-self-test: bundle
	QT_QPA_PLATFORM=offscreen dist/district-desk/district-desk self-test

clean:
	rm -rf build dist $(QM) $(QT_QM) .pytest_cache .ruff_cache
