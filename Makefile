# Every target sets up what it needs; a fresh clone needs only python3 (>= 3.11).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8765

.PHONY: setup generate check-generated changes bump release lint test mock demo bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# Left by the setuptools build this project used before: it would shadow the metadata.
	rm -rf a2e.egg-info
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: setup
	$(BIN)/python scripts/generate.py

check-generated: setup
	$(BIN)/python scripts/generate.py --check

# What changed for users since the last release (releases/), and the version it calls for.
changes: setup
	$(BIN)/python scripts/changes.py

# Set the version the changes call for and draft its CHANGELOG.md entry; the spec follows.
bump: setup
	$(BIN)/python scripts/changes.py --bump
	$(BIN)/python scripts/generate.py

# Keep this version's spec and API as the next baseline, and date its CHANGELOG.md entry.
release: check-generated
	$(BIN)/python scripts/changes.py --release

lint: setup
	$(BIN)/ruff check overrides scripts tests
	$(BIN)/ruff format --check overrides scripts tests
	$(BIN)/mypy overrides scripts tests
	$(BIN)/python scripts/lint_spec.py
	$(BIN)/python scripts/changes.py --check

test: lint
	$(BIN)/python -m pytest -n 2

mock: setup
	$(BIN)/a2e-mock --port $(PORT)

demo: setup
	$(BIN)/python scripts/demo.py

bench: setup
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
