# eiso — the two commands are `make run` (set up and start the demo) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run setup deps assets messages-compile migrate demo test test-fast lint i18n-check messages lock bench serve

## Set everything up and start eiso on http://127.0.0.1:8000 with the demo province.
run: setup demo serve

setup: deps assets messages-compile migrate

deps: $(VENV)/.installed
$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip --upgrade >/dev/null
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

assets: node_modules/.package-lock.json
	node scripts/build_assets.mjs
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

messages-compile: deps
	$(PY) scripts/i18n.py compile

migrate: deps
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) seed_calendar
	$(MANAGE) load_standards

## Build the demo province once (skipped when the database already has it).
demo: migrate
	$(MANAGE) seed_demo --if-empty

serve:
	$(PY) scripts/run_demo.py

## The whole test suite (lint, migrations, catalogue, unit/integration/end-to-end tests).
## Runs on SQLite by default; DATABASE_URL=postgres://… runs it on PostgreSQL. It sets up what the
## tests need (packages, assets, compiled catalogues) but leaves the development database alone:
## pytest builds its own test database with every migration.
test: deps assets messages-compile lint i18n-check
	$(MANAGE) makemigrations --check --dry-run -v0
	$(PY) scripts/ensure_browser.py
	$(PY) -m pytest -q -n 2 --dist loadgroup

test-fast: deps
	$(PY) -m pytest -q -x -m "not e2e"

# Type checking (mypy + django-stubs, settings in pyproject.toml) of the code that is clean. Not yet
# in it: the plans app and the plans demo step. Modules they import are still read for their
# types; their own errors are not reported here.
MYPY_PATHS := eiso/core eiso/accounts eiso/organizations eiso/notifications eiso/api eiso/demo \
	eiso/bench eiso/objectives eiso/documents eiso/distribution eiso/records eiso/references \
	eiso/procedures eiso/search eiso/standards eiso/risks eiso/audits eiso/nonconformities
MYPY_EXCLUDE := --exclude '/(migrations|tests)/' --exclude '^eiso/demo/steps/plans\.py$$'

lint: deps
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy --follow-imports=silent $(MYPY_EXCLUDE) $(MYPY_PATHS)

## Extract new strings into the Vietnamese catalogues (needs GNU gettext), then translate them.
messages: deps
	$(MANAGE) makemessages -l vi --no-location --no-obsolete -i "node_modules/*" -i ".venv/*" -i "static/*" -i "tests/*"

i18n-check: deps
	$(MANAGE) makemessages -l vi --no-location --no-obsolete -i "node_modules/*" -i ".venv/*" -i "static/*" -i "tests/*" -v0
	$(PY) scripts/i18n.py check

lock:
	uv lock && uv export --frozen --all-groups --no-emit-project --quiet > requirements.lock

## The benchmark of issue 6 on PostgreSQL: query counts at the smoke scale, then everything at the
## province scale (fresh databases eiso_bench_smoke and eiso_bench; results in benchmarks/).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/eiso_bench
BENCH_SCALE ?= province
bench: setup
	$(PY) -m eiso.bench.pgdb $(BENCH_DATABASE_URL)_smoke
	DEBUG=0 DATABASE_URL=$(BENCH_DATABASE_URL)_smoke $(MANAGE) bench --scale smoke \
		--output var/bench/smoke.json --repeat 3 --no-workload --no-static-check
	$(PY) -m eiso.bench.pgdb $(BENCH_DATABASE_URL)
	DEBUG=0 DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) bench --scale $(BENCH_SCALE) \
		--baseline var/bench/smoke.json
