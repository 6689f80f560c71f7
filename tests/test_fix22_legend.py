"""A table's list of sources ("[1] title. publisher, date. URL") did not say what kind of source
each is (analyst audit 21, 1.7 and 3.7): a NATO page, a Wikipedia mirror, a news report and an
analysis read alike, and a "confirmed" row resting on copies alone looked like one resting on
NATO's record; the kind was in JSON only. Each reference now says its kind in words before its
address ("News report: https://..."), under every question's table; the JSON keeps ``kind`` as it
was.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import is_cited, is_source, table
from nato_graph.queries.catalogue import catalogue
from nato_graph.stores import Store

ARTICLE = Path(__file__).parent / "articles" / "myths.md"  # the questions' examples name it
# What a reader is told each kind is (loaders/data/README.md: official, government, ...).
KIND_WORDS = {
    "official": "official document",
    "government": "government document",
    "news": "news report",
    "analysis": "analysis",
    "reference": "reference work",
    "mirror": "copy of another site's page",
}
SAID = {words[0].upper() + words[1:]: words for words in KIND_WORDS.values()}
REFERENCE = re.compile(rf"^\[\d+\] .*\. (?P<kind>{'|'.join(map(re.escape, SAID))}): https?://")


def test_every_kind_the_data_may_hold_has_words() -> None:
    from nato_graph import output
    from nato_graph.loaders.model import SOURCE_KINDS

    assert set(KIND_WORDS) == set(SOURCE_KINDS)
    assert getattr(output, "KIND_WORDS", None) == KIND_WORDS


def sources(value: Any) -> list[dict[str, Any]]:
    """Every source an answer's value cites, in a status history's events too."""
    if is_source(value):
        return [value]
    if is_cited(value):
        return [s for s in value["sources"] if is_source(s)]
    if isinstance(value, list):
        return [s for v in value for s in sources(v)]
    return []


@pytest.fixture(scope="module")
def with_an_article(loaded: Store) -> Store:
    Connection.on(loaded).check_article(ARTICLE)
    return loaded


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_reference_under_a_table_says_its_kind(with_an_article: Store, name: str) -> None:
    query = catalogue()[name]
    result = Connection.on(with_an_article).ask(name, **query.examples)
    cited = {s["key"]: s for row in result.rows for v in row.values() for s in sources(v)}
    text = table(result.columns, result.rows, None, result.caveat)
    listed = [m for line in text.splitlines() if (m := REFERENCE.match(line))]
    numbered = [line for line in text.splitlines() if re.match(r"^\[\d+\] ", line)]
    assert len(listed) == len(numbered) == len(cited)  # every reference, each with its kind
    want = Counter(KIND_WORDS[s["kind"]] for s in cited.values())
    assert Counter(SAID[m["kind"]] for m in listed) == want


def test_most_questions_list_sources(with_an_article: Store) -> None:
    """The test above is not passing on empty lists: most questions cite."""
    db = Connection.on(with_an_article)
    citing = [
        name
        for name, q in catalogue().items()
        if any(sources(v) for row in db.ask(name, **q.examples).rows for v in row.values())
    ]
    assert len(citing) >= 10, citing


def test_a_copy_reads_as_a_copy_and_json_keeps_the_kind(
    runner: CliRunner, curated_env: dict[str, str]
) -> None:
    args = ["query", "run", "framework-members", "--param", "framework", "PfP"]
    shown = runner.invoke(cli, [*args, "--format", "table"], env=curated_env)
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert (
        "[1] NATO chronology: January 1994. NATO, updated 2001-11-15. Official document: "
        "https://www.nato.int/docu/update/1994/9401e.htm"
    ) in lines
    assert (
        "[6] Partnership for Peace (Wikipedia copy). Wikipedia (mirror), stored copy. Copy of "
        "another site's page: https://www.knowpia.com/knowpedia/Partnership_for_Peace"
    ) in lines
    assert any(
        line.startswith("[3] Seven CEE nations") and ". News report: https://tvpworld.com/" in line
        for line in lines
    )

    rows = json.loads(runner.invoke(cli, [*args, "--format", "json"], env=curated_env).stdout)
    kinds = {s["key"]: s["kind"] for r in rows for s in sources(r["history"])}
    assert kinds["nato-1994-chron"] == "official"
    assert kinds["knowpia-pfp"] == "mirror"
    assert set(next(s for r in rows for s in sources(r["history"]))) == {
        "key", "title", "url", "publisher", "kind", "date"
    }  # fmt: skip


def test_a_source_without_a_kind_is_listed_as_before() -> None:
    from nato_graph.output import _reference

    plain = {"key": "k", "title": "Basic Document.", "publisher": "NATO", "url": "https://x.org"}
    assert _reference(1, plain) == "[1] Basic Document. NATO. https://x.org"
    odd = {**plain, "kind": "leaflet\x1b[2J"}  # a kind written by ad-hoc Cypher: as it is, escaped
    assert _reference(2, odd) == "[2] Basic Document. NATO. Leaflet\\x1b[2J: https://x.org"
    no_url = {"key": "k", "title": "Basic Document", "publisher": "NATO", "kind": "news"}
    assert _reference(3, no_url) == "[3] Basic Document. NATO. News report"


def test_readme_says_it() -> None:
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text("utf-8").split())
    for words in SAID:
        assert f"`{words}:`" in readme
