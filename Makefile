# The two set-up commands of the README. Everything else is a plain `amends` command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
AMENDS_API_TOKEN ?= amends-demo
AMENDS_PORT ?= 8000
demo: export AMENDS_API_TOKEN := $(AMENDS_API_TOKEN)
demo: export AMENDS_PORT := $(AMENDS_PORT)

.PHONY: demo test lint typecheck unit clean

## make demo: install, create the SQLite database, load the demo data, serve on :8000
demo: $(VENV)/.installed
	$(BIN)/amends db upgrade
	$(BIN)/amends demo load
	@echo ""
	@echo "  amends is starting on http://127.0.0.1:$(AMENDS_PORT)  (API docs: http://127.0.0.1:$(AMENDS_PORT)/docs)"
	@echo "  log in: every API call takes the header  Authorization: Bearer $(AMENDS_API_TOKEN)"
	@echo "          (in /docs, press Authorize and paste $(AMENDS_API_TOKEN))"
	@echo "  try:    curl -H 'Authorization: Bearer $(AMENDS_API_TOKEN)' 'http://127.0.0.1:$(AMENDS_PORT)/api/v1/cases?open_only=true&limit=5'"
	@echo "          $(BIN)/amends cases list --open      (recovery cases opened from the demo feedback)"
	@echo ""
	$(BIN)/amends serve

## make test: install with the dev tools, then lint, type-check and run every test
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

$(VENV)/.created:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "amends needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache .hypothesis
