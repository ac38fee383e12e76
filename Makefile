# careercoach: `make run` starts everything on a fresh machine; `make test` runs the suite.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup migrate run worker test lint bench messages clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

migrate: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

run: migrate
	@$(PY) manage.py demo_account
	@echo ""
	@echo "  careercoach is starting at http://$(HOST):$(PORT)/  (web, worker and beat; Ctrl-C stops all)"
	@echo ""
	HOST=$(HOST) PORT=$(PORT) DEBUG=$${DEBUG:-1} $(VENV)/bin/honcho start -f Procfile

worker: setup
	DB_POOL_MAX_SIZE=$${DB_POOL_MAX_SIZE:-20} $(VENV)/bin/celery -A careercoach worker --pool=threads --concurrency=32 --loglevel=INFO

test: setup lint
	CAREERCOACH_VAR_DIR=$(CURDIR)/var/test $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: migrate
	$(PY) bench/run_all.py $(if $(FULL),--full,)

messages: setup
	$(PY) manage.py makemessages -l ko --ignore=.venv --ignore=var
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf var/broker var/staticfiles
