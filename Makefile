# Two entry points, each sets up what it needs:
#   make demo   - a virtualenv with nato-graph, then the main job on the embedded store
#   make test   - the same plus test tools, the Cypher lint's npm packages, Chromium and a real
#                 Neo4j 5.26 (Maven Central's jars); lint, types, then pytest on both stores
#   make neo4j-up / neo4j-down - a local Neo4j 5.26 with Neo4j Browser, for people with Java but no Docker

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

NEO4J_CTL = $(PYTHON) tests/neo4j/neo4jctl.py
# The tests' own Neo4j: its own directory and ports, so a `make neo4j-up` server is left alone.
TEST_NEO4J_BOLT_PORT ?= 17687
TEST_NEO4J_HTTP_PORT ?= 17474
TEST_NEO4J = NATO_GRAPH_NEO4J_DIR=tests/neo4j/test-run NEO4J_PASSWORD=nato-graph-test \
	NEO4J_BOLT_PORT=$(TEST_NEO4J_BOLT_PORT) NEO4J_HTTP_PORT=$(TEST_NEO4J_HTTP_PORT)

.PHONY: demo test lint bench clean typecheck-tree neo4j-up neo4j-down

demo: $(VENV)/.installed
	$(BIN)/nato-graph demo

test: $(VENV)/.installed-dev tests/lint/node_modules/.installed /usr/bin/chromium typecheck-tree \
      tests/neo4j/target/classpath.txt
	$(BIN)/ruff check graph loaders queries tests bench setup.py
	$(BIN)/ruff format --check graph loaders queries tests bench setup.py
	$(BIN)/mypy
	$(TEST_NEO4J) $(NEO4J_CTL) run -- $(BIN)/pytest

# Starts Neo4j on 127.0.0.1 (Bolt 7687, Browser at http://127.0.0.1:7474/browser/; NEO4J_BOLT_PORT,
# NEO4J_HTTP_PORT and NEO4J_PASSWORD change them), fresh data in tests/neo4j/run.
neo4j-up:
	@$(NEO4J_CTL) up

neo4j-down:
	@$(NEO4J_CTL) down

# Maven downloads Neo4j's jars into ~/.m2 the first time; later builds reuse them.
tests/neo4j/target/classpath.txt: tests/neo4j/pom.xml $(wildcard tests/neo4j/src/main/java/*/*/*.java)
	$(NEO4J_CTL) build

lint: $(VENV)/.installed-dev typecheck-tree
	$(BIN)/ruff check graph loaders queries tests bench setup.py
	$(BIN)/ruff format --check graph loaders queries tests bench setup.py
	$(BIN)/mypy

# mypy cannot follow setuptools' editable import hook, so it reads `nato_graph` from a tree of
# symlinks laid out as installed (graph/ as nato_graph, loaders/ and queries/ beneath it).
typecheck-tree:
	rm -rf build/typecheck && mkdir -p build/typecheck/nato_graph
	ln -s $(CURDIR)/graph/* $(CURDIR)/loaders $(CURDIR)/queries build/typecheck/nato_graph/

bench: $(VENV)/.installed-dev /usr/bin/chromium
	$(BIN)/python bench/run.py --quick

$(VENV)/.installed: pyproject.toml setup.py graph/stores/_reply.c
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
	rm -rf $(VENV) tests/lint/node_modules nato-graph-out .pytest_cache tests/neo4j/target
