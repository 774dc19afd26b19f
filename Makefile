# VHub developer commands. `make run` and `make test` work on a fresh clone with no setup.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: help install collectstatic frontend run test test-fast e2e lint security format migrate seed stop-db bench loadtest faults clean eval-detection restore-drill

help:
	@echo "make run    install, migrate, seed demo data, start web + worker + beat on :$(PORT)"
	@echo "make test   install and run the whole test suite"
	@echo "make lint   ruff, layers and import cycles, mypy, bandit, formatting, migrations, docker-compose and Kubernetes checks"
	@echo "make security   bandit and the dependency audit (pip-audit; needs network)"
	@echo "make bench  DESIGN.md §10 targets at 200,000 referrals (BENCH_SCALE=0.05 for a quick run)"
	@echo "make loadtest / make faults   locust scenario / fault injection (bench/README.md)"
	@echo "make eval-detection   the risk reader on its labelled corpus (docs/risk.md)"

# The virtual environment is filled by uv (installed from PyPI into it): it downloads and
# unpacks in parallel and keeps a cache, so a first install takes a fraction of pip's time and
# a second clone on the same machine links from the cache. If uv cannot be installed or fails,
# pip does the same install. pip stays in the venv (bench, pip-audit and developers use it).
UV_FLAGS := --quiet --python $(BIN)/python --native-tls
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv || true

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/uv pip install $(UV_FLAGS) --upgrade pip "setuptools>=78.1.1" ".[dev]" \
		|| $(BIN)/pip install --quiet --upgrade pip "setuptools>=78.1.1" ".[dev]"
	touch $@

# --prefer-offline: packages already in npm's cache are not asked for again.
node_modules/.installed: package.json package-lock.json
	npm ci --prefer-offline --no-audit --no-fund --loglevel=error
	touch $@

static/build/app.css: node_modules/.installed $(wildcard frontend/*.scss)
	npm run --silent build

# The virtual environment and the front end are built side by side (-j2): neither needs the other.
install:
	@$(MAKE) --no-print-directory $(if $(findstring jobserver,$(MAKEFLAGS)),,-j2) $(VENV)/.installed static/build/app.css

frontend: static/build/app.css

# --from-snapshot: an empty database is given project/fresh_database.sql (what every migration
# makes of an empty one) before migrating, so a first `make run` does not run 120 migrations.
migrate: install
	$(BIN)/python manage.py migrate --no-input --from-snapshot
	$(BIN)/python manage.py reread_referrals --if-stale

# seed_demo ends by printing the demo logins.
seed: migrate
	$(BIN)/python manage.py seed_demo

# Static files are collected while the demo data is seeded (after migrate, which creates the
# embedded database: two processes must not both try).
collectstatic: migrate
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0

run: export VHUB_ENV ?= development
run: export DEBUG ?= true
# uv leaves the packages' .pyc files to be written at their first import. Where
# PYTHONDONTWRITEBYTECODE is set (many container images) they never were, so each of the eight
# processes of a first run (migrate, reread, seed, collectstatic, runserver's two, worker, beat)
# compiled Django, Celery and the rest from source again: about 5 s of CPU each. The first
# process now writes them into .venv and the checkout's __pycache__ (both ignored by git).
# (uv's --compile-bytecode compiles every file of every package instead: 2 minutes at load 12.)
run: export PYTHONDONTWRITEBYTECODE =
run:
	@$(MAKE) --no-print-directory -j2 seed collectstatic
	@echo ""
	@echo "  VHub is starting on http://127.0.0.1:$(PORT)/  (Ctrl-C stops web, worker and beat)"
	@echo ""
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/python -m pytest -m "not e2e" $(PYTEST_ARGS)

e2e: install
	$(BIN)/python -m pytest -m e2e $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_cycles.py
	$(BIN)/python scripts/inner_imports.py --max 5
	$(BIN)/bandit -c pyproject.toml -r . -q
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python scripts/check_k8s.py
	@if command -v docker-compose >/dev/null; then docker-compose config -q && echo "docker-compose.yml: valid"; \
	else echo "docker-compose not installed: compose file checked by the test suite's YAML test only"; fi

# Static security analysis and the dependency review (docs/security.md). Not part of `make test`
# or `make lint`: pip-audit needs network; without it this says so loudly and does not fail.
security: install
	$(BIN)/bandit -c pyproject.toml -r . -q
	$(BIN)/python scripts/dependency_audit.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmarks (bench/README.md): their own database (vhub_bench), never the application's.
BENCH_SCALE ?= 1
BENCH_ARGS ?=
LOADTEST_ARGS ?= --users 30 --time 60s
$(VENV)/.installed-bench: pyproject.toml | $(VENV)/.installed
	$(BIN)/uv pip install $(UV_FLAGS) ".[dev,bench]" || $(BIN)/pip install --quiet ".[dev,bench]"
	touch $@

bench: install $(VENV)/.installed-bench
	$(BIN)/python -m bench run --scale $(BENCH_SCALE) $(BENCH_ARGS)

loadtest: install $(VENV)/.installed-bench
	$(BIN)/python -m bench loadtest --scale $(BENCH_SCALE) $(LOADTEST_ARGS)

faults: install $(VENV)/.installed-bench
	$(BIN)/python -m bench faults $(FAULTS_ARGS)

# The risk reader measured on its labelled corpus: the development part, then the held-out part,
# which it was never tuned on. Exits 1 while a held-out target is missed (docs/risk.md).
eval-detection: install
	$(BIN)/python -m risk.evaluation

# Restore the latest backup (or a fresh pg_dump) into a scratch database and prove it
# (docs/deployment.md, "Restore drill"). RESTORE_DRILL_ARGS="--dump path/to/file.dump" for a given one.
restore-drill: install
	$(BIN)/python manage.py restore_drill $(RESTORE_DRILL_ARGS)

stop-db:
	@if [ -f var/pgdata/postmaster.pid ]; then \
		$(BIN)/python -c "import pgserver, sys; pgserver.pg_ctl(['-w','stop'], pgdata='var/pgdata', user='pgserver' if __import__('os').geteuid()==0 else None)"; \
	fi

clean:
	rm -rf staticfiles static/build
