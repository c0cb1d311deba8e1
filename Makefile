# Two commands: `make run` (set up and serve the demo on SQLite) and `make test` (set up and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-nodeps.txt | cksum | cut -d' ' -f1)

.PHONY: setup run test integration hostile lint bench-smoke bench-load-smoke browser-deps browser

$(STAMP): requirements.txt requirements-nodeps.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	# camel-tools' own dependency list drags in torch and transformers for modules we never import.
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements-nodeps.txt
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py loadsources
	$(BIN)/python manage.py ingest claims/fixtures/seeds --no-progress
	@echo "Demo users (log in at http://127.0.0.1:8000/login/):"
	$(BIN)/python manage.py demo_users
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: setup
	$(BIN)/pytest -q -m "not integration and not browser and not hostile"

integration: setup
	$(BIN)/pytest -q -m integration

# Thousands of generated requests per role against /api/v1/schema/ (a few minutes).
hostile: setup
	$(BIN)/pytest -q -s -m hostile

# Playwright drives the distribution's Chromium: its own browser downloads are not used.
browser-deps: setup
	test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-browser.txt

browser: browser-deps
	$(BIN)/pytest -q -m browser

lint: setup
	$(BIN)/ruff format --check . && $(BIN)/ruff check .

bench-smoke: setup
	$(BIN)/python bench/segment.py --mb 1
	$(BIN)/python bench/linking.py --claims 2000
	$(BIN)/python bench/review_queue.py --part test

# Needs PostgreSQL and Redis on 127.0.0.1 (databases bench_load and bench_api_smoke, Redis db 12); about three minutes.
bench-load-smoke: setup
	$(BIN)/python bench/load.py --articles 200
	$(BIN)/python bench/api_latency.py --smoke
