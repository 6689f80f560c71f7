"""A join dated before its framework's launch says when the framework began as the answers'
prose says dates: "in 2006", "in December 1994", "on 10 January 1994", never the ISO text.

The five questions that give a partnership's history (framework-members, timeline,
country-profile, suspended, evidence) said "the MD itself began in 1994-12" for a row of one's
own before the MD's launch; the article checker says "launched in December 1994". The bundled
data's only such rows are in the PAG (launched '2006', a bare year), so rows of one's own dated
before the MD's launch (month) and the PfP's (day) show the other precisions. The plain-Python
oracle (tests/expected_history.py) and the networkx yardstick (bench/bench_queries.py) say the
same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.bench_queries import nx_basis
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests import expected_history

# Malta in the MD from May 1993 (month, before the MD's launch of December 1994), suspended; Israel
# in the PfP from 1993 (year, before its launch of 10 January 1994), held only as unverified.
# Both invented for the test, each with a joined_basis, as the data's rules ask of such a row.
MINE = """\
- country: MLT
  framework: md
  joined: '1993-05'
  joined_basis: 'a first exchange invented for the test'
  status: suspended
  status_changed: '1999-03'
  sources: [shape-israel-2019]
  confidence: confirmed
- country: ISR
  framework: pfp
  joined: '1993'
  joined_basis: 'another exchange invented for the test'
  status: active
  sources: [shape-israel-2019]
  confidence: unverified
"""

MALTA = (
    "a first exchange invented for the test; the MD itself began in December 1994, and the data "
    "counts the partner in it from then"
)
ISRAEL = "another exchange invented for the test; the PfP itself began on 10 January 1994"


def _bases(store: Store, tmp_path: Path) -> dict[str, set[str]]:
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(MINE, encoding="utf-8")
    db = Connection.on(store)
    db.load([mine])
    said: dict[str, set[str]] = {}

    def first(rows: list[dict[str, Any]], question: str) -> None:
        for r in rows:
            said.setdefault(question, set()).add(r["history"][0]["basis"])

    first([r for r in db.ask("framework-members", framework="MD").rows if r["iso3"] == "MLT"],
          "framework-members")  # fmt: skip
    first([r for r in db.ask("framework-members", framework="PfP").rows if r["iso3"] == "ISR"],
          "framework-members")  # fmt: skip
    first([r for r in db.ask("country-profile", country="Malta").rows if r["target"] == "MD"],
          "country-profile")  # fmt: skip
    first([r for r in db.ask("country-profile", country="Israel").rows if r["target"] == "PfP"],
          "country-profile")  # fmt: skip
    first([r for r in db.ask("suspended").rows if r["iso3"] == "MLT" and r["framework"] == "MD"],
          "suspended")  # fmt: skip
    first(db.ask("evidence", a="Malta", b="MD").rows, "evidence")
    first(db.ask("evidence", a="Israel", b="PfP").rows, "evidence")
    timeline = db.ask("timeline", {"from": 1993, "to": 1993}).rows
    said["timeline"] = {r["basis"] for r in timeline if r["iso3"] in ("MLT", "ISR")}
    return said


def _check(said: dict[str, set[str]]) -> None:
    assert set(said) == {
        "framework-members", "country-profile", "suspended", "evidence", "timeline",
    }  # fmt: skip
    for question, bases in said.items():
        expected = {MALTA} if question == "suspended" else {MALTA, ISRAEL}
        assert bases == expected, (question, bases)


def test_the_launch_is_said_in_words_on_the_embedded_store(store: Store, tmp_path: Path) -> None:
    _check(_bases(store, tmp_path))


@pytest.mark.neo4j
def test_the_launch_is_said_in_words_on_neo4j(neo4j_store: Store, tmp_path: Path) -> None:
    _check(_bases(neo4j_store, tmp_path))


@pytest.mark.parametrize(
    ("launched", "said"),
    [
        pytest.param("2006", "in 2006", id="year"),
        pytest.param("1994-12", "in December 1994", id="month"),
        pytest.param("1994-01-10", "on 10 January 1994", id="day"),
    ],
)
def test_the_oracle_and_the_yardstick_say_the_launch_alike(
    monkeypatch: pytest.MonkeyPatch, launched: str, said: str
) -> None:
    """The plain-Python oracle and the networkx yardstick, at each precision a launch may have
    (the bundled data gives only the PAG's bare year before a join)."""
    framework = {"key": "xx", "acronym": "XX", "name": "X", "launched": launched}
    monkeypatch.setattr(expected_history, "frameworks", lambda: {"xx": framework})
    row = {"framework": "xx", "joined": "1990", "joined_basis": "b", "confidence": "confirmed"}
    expected = f"b; the XX itself began {said}, and the data counts the partner in it from then"
    assert expected_history.basis(row, 0) == expected
    stored = {"joined_year": 1990, "joined_basis": "b", "confidence": "confirmed"}
    assert nx_basis(stored, {**framework, "launched_year": int(launched[:4])}) == expected
