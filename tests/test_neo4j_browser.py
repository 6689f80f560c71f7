"""Neo4j Browser, as a user meets it: the kit's style, guide and a canned question.

Neo4j Browser 5.24 (Maven Central's org.neo4j.client:neo4j-browser, served by the test
server at /browser/) in Debian's Chromium, driven by Playwright: connect, run ``:style``
with the kit's GraSS, ``:play`` the kit's guide from a loopback server, then paste one
question exactly as ``queries/`` has it, after its ``:param`` lines. The drawn graph must
use the kit's colours and captions, and no request may leave the page for anywhere but
127.0.0.1. A screenshot is kept in test-artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from nato_graph import browser_kit
from nato_graph.queries.catalogue import get, run
from nato_graph.records import Node, Relationship, entities
from nato_graph.stores import Store
from tests.conftest import ROOT, neo4j_test_server

pytestmark = pytest.mark.neo4j

ARTIFACTS = ROOT / "test-artifacts"
QUESTION, PARAMS = "connection", {"from": "Japan", "to": "Israel"}


def grass_rules(text: str) -> dict[str, dict[str, str]]:
    """``{"Country": {"color": "#4C78A8", "caption": "{name}", ...}, ...}`` from a GraSS sheet."""
    rules = {}
    for selector, body in re.findall(r"^node\.(\w+)\s*\{(.*?)^\}", text, re.S | re.M):
        rules[selector] = dict(re.findall(r"([\w-]+):\s*\"?([^;\"]+)\"?;", body))
    return rules


@pytest.fixture()
def kit(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The kit written and served on loopback; yields its folder and base URL."""
    browser_kit.write_kit(tmp_path / "kit")
    server = browser_kit.serve(tmp_path / "kit")
    try:
        # localhost: on Neo4j's default guide allowlist, which the Browser applies until it
        # has read the server's own list (127.0.0.1 is on that one only).
        yield tmp_path / "kit", f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_browser_draws_a_canned_question_with_the_kits_style(
    browser: Any, neo4j_curated: Store, kit: tuple[Path, str]
) -> None:
    folder, base = kit
    server = neo4j_test_server()
    grass = (folder / "nato-graph.grass").read_text(encoding="utf-8")
    query = get(QUESTION)
    pasted = (folder / "queries" / f"{QUESTION}.cypher").read_text(encoding="utf-8")
    assert pasted == query.path.read_text(encoding="utf-8")  # the kit holds the file as it is

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    blocked: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: r.failure == "csp" and blocked.append(r.url))
    try:
        page.goto(server.browser_url)
        page.fill('[data-testid="boltaddress"]', server.uri)
        page.fill('[data-testid="username"]', "neo4j")
        page.fill('[data-testid="password"]', server.password)
        page.click('[data-testid="connect"]')
        page.wait_for_selector('[data-testid="activeEditor"]', state="visible")
        page.get_by_text("You are connected as user").first.wait_for()

        def run_in_browser(text: str) -> None:
            page.locator('[data-testid="activeEditor"]').first.click()
            page.keyboard.insert_text(text)
            page.click('[data-testid="editor-Run"]')

        run_in_browser(":style\n" + grass)
        run_in_browser(f":play {base}/nato-graph-guide.html")
        page.get_by_text("Each slide is one question").first.wait_for()
        param_lines = query.browser_params(PARAMS)
        run_in_browser(param_lines)
        page.wait_for_function(  # every :param line done before the question runs
            "n => document.querySelectorAll('[data-testid=multi-statement-list-icon][title=\"Status: success\"]')"
            ".length >= n",
            arg=param_lines.count(":param"),
        )
        run_in_browser(pasted)
        page.wait_for_selector("g.node text.caption")
        page.wait_for_timeout(1500)  # the force layout settles
        drawn = page.eval_on_selector_all(
            "g.node",
            "els => els.map(e => [e.querySelector('circle.b-outline').getAttribute('fill'),"
            " Array.from(e.querySelectorAll('text.caption'), t => t.textContent.trim()).join(' ')])",
        )
        edges = page.eval_on_selector_all(
            "g.relationship text", "els => els.map(e => e.textContent.trim())"
        )
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "neo4j-browser.png"))  # what it showed, pass or fail
        page.close()

    # What the question returns, read through our own store: each node's caption and colour.
    rules = grass_rules(grass)
    expected: dict[str, str] = {}
    for node in entities(run(neo4j_curated, QUESTION, PARAMS).rows):
        if isinstance(node, Node):
            caption_property = rules[node.label]["caption"].strip("{}")
            expected[str(node.properties[caption_property])] = rules[node.label]["color"].upper()
    assert {"Japan", "Israel"} <= expected.keys()
    # Every node drawn, in the kit's colour for its label ...
    assert sorted(fill.upper() for fill, _ in drawn) == sorted(expected.values())

    # ... and captioned from the kit's property: whole when it fits (Japan, Israel), else words
    # of it (the Browser wraps a long caption, keeps the lines that fit, and ends with "…").
    def words_of(text: str) -> list[str]:
        return [w.rstrip("…") for w in text.split() if w.rstrip("…")]

    for fill, caption in drawn:
        assert any(
            colour == fill.upper()
            and all(any(v.startswith(w) for v in words_of(text)) for w in words_of(caption))
            for text, colour in expected.items()
        ), (caption, sorted(expected))
    whole = {caption: fill.upper() for fill, caption in drawn if caption in expected}
    assert {"Japan", "Israel"} <= whole.keys()
    assert all(expected[caption] == fill for caption, fill in whole.items())
    # Relationships captioned with their type (the kit's "<type>"), shortened where they must be.
    types = {
        r.type
        for r in entities(run(neo4j_curated, QUESTION, PARAMS).rows)
        if isinstance(r, Relationship)
    }
    assert edges and all(any(t.startswith(e.rstrip("…")) for t in types) for e in edges), (
        edges,
        types,
    )
    assert types <= set(edges)  # each type is written out in full at least once

    # Nothing left 127.0.0.1: the Browser's web fonts, analytics and crash reports were
    # stopped by the server's content security policy before any connection was made.
    left = [u for u in requests if urlsplit(u).hostname not in {"127.0.0.1", "localhost"}]
    assert set(left) <= set(blocked), [u for u in left if u not in blocked]
    assert (ARTIFACTS / "neo4j-browser.png").stat().st_size > 10_000
