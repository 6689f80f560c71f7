"""Every canned question gives the answer the curated data holds: one table of checked answers.

Each question runs on the real embedded store (``curated_store``) through the
catalogue, on its header's default parameters and on its example parameters,
and its answer is compared with one worked out independently from the YAML
files (tests/expected_facts.py, tests/expected_history.py: networkx and plain
Python, no Cypher). The questions about loaded articles need articles in the
store; their answers are checked against hand-labelled articles in
tests/test_articles.py, named in ``CHECKED_WITH_ARTICLES``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pytest

from nato_graph.queries.catalogue import catalogue, run
from nato_graph.records import Result
from nato_graph.stores import Store
from tests import expected_facts as facts
from tests import expected_history as history


def _rows(result: Result) -> list[dict[str, Any]]:
    return result.rows


@dataclass(frozen=True)
class Answer:
    """How to check one question: the expected answer for bound parameters, and the same shape
    taken from the store's result (its rows, unless only some columns are meaningful)."""

    expect: Callable[[dict[str, Any]], Any]
    got: Callable[[Result], Any] = _rows


Expect = Callable[[dict[str, Any]], list[dict[str, Any]]]


ANSWERS: dict[str, Answer] = {
    # partners, frameworks, threats and connections
    "framework-members": Answer(facts.expect_framework_members, facts.got_framework_members),
    "country-profile": Answer(facts.expect_country_profile, facts.got_country_profile),
    "shared-threats": Answer(facts.expect_shared_threats, facts.got_shared_threats),
    "partners-on-threat": Answer(facts.expect_partners_on_threat, facts.got_partners_on_threat),
    "framework-threats": Answer(facts.expect_framework_threats, facts.got_framework_threats),
    "framework-overlap": Answer(facts.expect_framework_overlap, facts.got_framework_overlap),
    "connection": Answer(facts.expect_connection, facts.got_connection),
    "most-connected": Answer(facts.expect_most_connected, facts.got_most_connected),
    "partners-by-region": Answer(facts.expect_partners_by_region, facts.got_partners_by_region),
    "countries": Answer(facts.expect_countries),
    "region-coverage": Answer(facts.expect_region_coverage, facts.got_region_coverage),
    "neighbourhood": Answer(facts.expect_neighbourhood, facts.got_neighbourhood),
    "frameworks": Answer(facts.expect_frameworks, facts.got_frameworks),
    # time, evidence and gaps: every row compared
    "timeline": Answer(history.expect_timeline),
    "as-of": Answer(history.expect_as_of),
    "partners-turned-allies": Answer(history.expect_partners_turned_allies),
    "suspended": Answer(history.expect_suspended),
    "operation-contributors": Answer(history.expect_operation_contributors),
    "evidence": Answer(history.expect_evidence),
    "similar-partners": Answer(history.expect_similar_partners),
    "coverage-gaps": Answer(history.expect_coverage_gaps),
    "known-errors": Answer(history.expect_known_errors),
}

# Questions about loaded articles, and the test that checks each answer against tests/articles/.
CHECKED_WITH_ARTICLES: dict[str, str] = {
    "contradictions": "test_canned_questions_answer_from_the_articles",
    "claim-evidence": "test_canned_questions_answer_from_the_articles",
    "document-mentions": "test_canned_questions_answer_from_the_articles",
    "document-graph": "test_canned_questions_answer_from_the_articles",
}


def cases() -> Iterator[Any]:
    for name in ANSWERS:
        yield pytest.param(name, "defaults", id=f"{name}-defaults")
        if catalogue()[name].params:
            yield pytest.param(name, "examples", id=f"{name}-examples")


@pytest.mark.parametrize(("name", "which"), list(cases()))
def test_answer_matches_the_data(curated_store: Store, name: str, which: str) -> None:
    query = catalogue()[name]
    params = query.defaults if which == "defaults" else query.examples
    result = run(curated_store, name, params)
    assert result.columns == list(query.columns)
    expected = ANSWERS[name].expect(query.bind(params))
    assert expected, (
        f"{name} on {params} has an empty expected answer: pick parameters that say something"
    )
    assert ANSWERS[name].got(result) == expected


def test_examples_differ_from_defaults() -> None:
    """A question's second case is a different question, not the default again."""
    for name in ANSWERS:
        query = catalogue()[name]
        if query.params:
            assert query.examples != query.defaults, name


def _connection_cases() -> list[Any]:
    """Pairs of entities whose shortest chains are one link, two, or longer, and a max_hops
    below, at and above each: the question matches one, two and three links as patterns and
    searches only beyond them, each step only when $max_hops allows it, so each branch meets the
    oracle."""
    g = facts.undirected()
    entities = sorted(n for n in g if n[0] in facts.ENTITY_LABELS)
    by_length: dict[int, list[tuple[str, str]]] = {}
    for a, b in random.Random(19).sample([(a, b) for a in entities for b in entities], 4000):
        if a != b and nx.has_path(g, a, b):
            by_length.setdefault(nx.shortest_path_length(g, a, b), []).append((a[1], b[1]))
    cases = []
    for hops, pairs in sorted(by_length.items()):
        for a, b in pairs[:6]:
            for max_hops in sorted({min(6, h) for h in (1, max(1, hops - 1), hops, hops + 1)}):
                cases.append(pytest.param(a, b, max_hops, id=f"{a}-{b}-{hops}-max{max_hops}"))
    return cases


@pytest.mark.parametrize(("a", "b", "max_hops"), _connection_cases())
def test_connection_matches_the_data_for_pairs_at_every_distance(
    curated_store: Store, a: str, b: str, max_hops: int
) -> None:
    params = {"from": a, "to": b, "max_hops": max_hops}
    result = run(curated_store, "connection", params)
    assert facts.got_connection(result) == facts.expect_connection(params)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Russia", "OAE"),  # a partner's part in an operation that ended, dated
        ("Japan", "ISAF"),  # an operation that ended, the partner's part undated
        ("Georgia", "NGC"),  # an institution serving a country, since its opening
        ("Afghanistan", "building integrity"),  # cooperation that lapsed
        ("Malta", "PfP"),  # a partnership's history
        ("KWT", "ICI Regional Centre"),  # hosted and served
    ],
)
def test_evidence_matches_the_data_for_every_kind_of_link(
    curated_store: Store, a: str, b: str
) -> None:
    params = {"a": a, "b": b}
    assert run(curated_store, "evidence", params).rows == history.expect_evidence(params)
