# Two entry points, each sets up what it needs:
#   make demo   - a virtualenv with nato-graph, then the main job on the embedded store
#   make test   - the same plus test tools, the Cypher lint's npm packages and Chromium, then lint, types, pytest

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint bench clean typecheck-tree

demo: $(VENV)/.installed
	$(BIN)/nato-graph demo

test: $(VENV)/.installed-dev tests/lint/node_modules/.installed /usr/bin/chromium typecheck-tree
	$(BIN)/ruff check graph loaders queries tests bench
	$(BIN)/ruff format --check graph loaders queries tests bench
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(VENV)/.installed-dev typecheck-tree
	$(BIN)/ruff check graph loaders queries tests bench
	$(BIN)/ruff format --check graph loaders queries tests bench
	$(BIN)/mypy

# mypy cannot follow setuptools' editable import hook, so it reads `nato_graph` from a tree of
# symlinks laid out as installed (graph/ as nato_graph, loaders/ and queries/ beneath it).
typecheck-tree:
	rm -rf build/typecheck && mkdir -p build/typecheck/nato_graph
	ln -s $(CURDIR)/graph/* $(CURDIR)/loaders $(CURDIR)/queries build/typecheck/nato_graph/

bench: $(VENV)/.installed-dev /usr/bin/chromium
	$(BIN)/python bench/run.py --quick

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

tests/lint/node_modules/.installed: tests/lint/package.json tests/lint/package-lock.json
	npm ci --prefix tests/lint --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	$(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

clean:
	rm -rf $(VENV) tests/lint/node_modules nato-graph-out .pytest_cache
