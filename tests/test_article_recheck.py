"""Verdicts follow the facts: a load checks the claims already in the graph again.

The curated data is copied to a temporary folder that the loader reads as its
bundled data; a fact in it is changed between two loads made without
``--reset``, and the claim that rested on it must change its verdict (and its
correction, and its CONTRADICTS and REPEATS edges) with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nato_graph.connection import Connection
from nato_graph.loaders import DATA_DIR
from nato_graph.stores import Store

# Both stores: the recheck's reads and writes are Cypher files that must run on each.
STORES = [
    pytest.param("store", id="embedded"),
    pytest.param("neo4j_store", id="neo4j", marks=pytest.mark.neo4j),
]


@pytest.fixture(params=STORES)
def any_store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue(request.param)


ARTICLE = (
    "Neutral partners\n\n"
    "Austria has been a Partnership for Peace partner since 1995. "
    "Russia is an active partner in the Partnership for Peace.\n"
)


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the curated data that the loader takes for its bundled files."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    monkeypatch.setattr("nato_graph.loaders.load.DATA_DIR", copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _claims(store: Store) -> dict[str, dict]:
    rows = store.read(
        "MATCH (c:Claim) OPTIONAL MATCH (c)-[:REPEATS]->(k:KnownError) "
        "RETURN c.subject AS s, c.verdict AS v, c.correction AS correction, c.fact AS fact, "
        "c.fact_dates AS dates, k.key AS known_error"
    ).rows
    return {r["s"]: r for r in rows}


def test_a_data_load_rechecks_the_claims_already_loaded(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    store = any_store
    article = tmp_path / "partners.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = Connection.on(store)
    db.load([article])
    before = _claims(store)
    assert before["AUT"]["v"] == "supported"
    assert before["RUS"]["v"] == "contradicted"  # NATO no longer counts Russia as a partner
    assert before["RUS"]["known_error"] == "err_russia_belarus_active"

    # Austria's join date moves a year: "since 1995" is now wrong
    _edit(data / "partnerships.yaml", "- country: AUT\n  framework: pfp\n  joined: '1995-02-10'",
          "- country: AUT\n  framework: pfp\n  joined: '1996-02-10'")  # fmt: skip
    db.load()  # the data only, no --reset
    after = _claims(store)
    assert after["AUT"]["v"] == "contradicted"
    assert "10 February 1996, not in 1995" in after["AUT"]["correction"]
    assert "1996-02-10" in after["AUT"]["dates"]
    assert after["RUS"] == before["RUS"]  # unchanged facts, unchanged verdict
    wrong = {r["claim"]: r for r in db.ask("contradictions").rows}
    assert any("Austria" in claim for claim in wrong), wrong

    # the date goes back, and the article is given again: its summary is the current verdict
    _edit(data / "partnerships.yaml", "joined: '1996-02-10'", "joined: '1995-02-10'")
    report = db.load([article])
    [summary] = report.articles
    assert summary.already_loaded
    assert summary.claims == {"supported": 1, "contradicted": 1}
    assert _claims(store)["AUT"]["v"] == "supported"
    assert _claims(store)["AUT"]["correction"] is None


def test_a_recheck_moves_the_known_error_and_contradicts_edges(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    store = any_store
    article = tmp_path / "gulf.txt"
    article.write_text(
        "Gulf\n\nOman is a member of the Istanbul Cooperation Initiative.\n", encoding="utf-8"
    )
    db = Connection.on(store)
    db.load([article])
    [claim] = _claims(store).values()
    assert (claim["v"], claim["known_error"]) == ("contradicted", "err_gcc_all_ici")

    # Oman takes the invitation up: the claim becomes true, and no longer repeats the error
    text = (data / "partnerships.yaml").read_text(encoding="utf-8")
    start = text.index("- country: OMN\n  framework: ici\n")
    end = text.index("\n- ", start + 1)
    row = text[start:end]
    assert "status: invited" in row, row
    changed = row.replace("status: invited", "status: active").replace("status_changed:", "joined:")
    # the invitation's history step goes: a partner's history lists changes after joining
    history = changed.index("  history:\n")
    changed = changed[:history] + changed[changed.index("\n  sources:\n", history) + 1 :]
    (data / "partnerships.yaml").write_text(text[:start] + changed + text[end:], encoding="utf-8")
    db.load([article])
    [claim] = _claims(store).values()
    assert (claim["v"], claim["known_error"], claim["correction"]) == ("supported", None, None)
    edges = store.read("MATCH (:Claim)-[r:CONTRADICTS|REPEATS]->() RETURN count(r) AS n").value()
    assert edges == 0


def test_claims_checked_under_the_current_facts_are_not_read_again(
    store: Store, data: Path, tmp_path: Path
) -> None:
    from nato_graph.loaders.articles.recheck import facts_digest, recheck_claims

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = Connection.on(store)
    db.load([article])
    digest = facts_digest(store)
    checked = store.read("MATCH (c:Claim) RETURN DISTINCT c.checked AS d").rows
    assert checked == [{"d": digest}]
    assert facts_digest(store) == digest  # the same facts, read again: the same digest
    assert recheck_claims(store) == 0

    _edit(data / "partnerships.yaml", "- country: AUT\n  framework: pfp\n  joined: '1995-02-10'",
          "- country: AUT\n  framework: pfp\n  joined: '1996-02-10'")  # fmt: skip
    db.load()
    after = facts_digest(store)
    assert after != digest
    checked = store.read("MATCH (c:Claim) RETURN DISTINCT c.checked AS d").rows
    assert checked == [{"d": after}]  # the changed claim and the unchanged one alike


def test_a_recheck_keeps_the_day_a_claim_gives(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    """ "on 7 March 2024" is checked again to the day: when the data moves Sweden's accession by
    four days, the claim becomes contradicted, the day named in the correction."""
    article = tmp_path / "sweden.txt"
    article.write_text("Sweden\n\nSweden joined NATO on 7 March 2024.\n", encoding="utf-8")
    db = Connection.on(any_store)
    db.load([article])
    assert _claims(any_store)["SWE"]["v"] == "supported"
    _edit(data / "nato_members.yaml", "joined: '2024-03-07'", "joined: '2024-03-11'")
    db.load()
    after = _claims(any_store)["SWE"]
    assert after["v"] == "contradicted"
    assert after["correction"] == "Sweden joined NATO on 11 March 2024, not on 7 March 2024"


def test_a_recheck_keeps_the_name_a_claim_gives_its_framework(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    """ "one of NATO's Enhanced Opportunities Partners" is judged against the PII's EOPs, which
    the data lists in full (`listed_part`), not against the whole PII, of which it lists only
    some: read back for a recheck without the name it was given, the claim fell back to `new`."""
    text = "Kazakhstan is one of NATO's Enhanced Opportunities Partners."
    _verdict_kept_by_a_recheck(any_store, data, tmp_path, text, "KAZ", "contradicted")


def test_a_recheck_keeps_a_claim_that_calls_the_country_a_partner(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    """ "no longer EAPC partners": an Ally sits in the EAPC but is no partner, so the claim is
    supported; read back for a recheck without that mark, it became contradicted ("the Allies
    take part in the EAPC")."""
    text = "Finland and Sweden are no longer EAPC partners: they are Allies."
    _verdict_kept_by_a_recheck(any_store, data, tmp_path, text, "FIN", "supported")


def _verdict_kept_by_a_recheck(
    store: Store, data: Path, tmp_path: Path, text: str, subject: str, verdict: str
) -> None:
    """The claim of ``subject`` in ``text`` is judged ``verdict`` when loaded, and again when a
    change elsewhere in the facts (Sweden's accession moved by four days) has every claim read
    back and checked again."""
    article = tmp_path / "article.txt"
    article.write_text(f"Note\n\n{text}\n", encoding="utf-8")
    db = Connection.on(store)
    db.load([article])
    assert _claims(store)[subject]["v"] == verdict
    _edit(data / "nato_members.yaml", "joined: '2024-03-07'", "joined: '2024-03-11'")
    db.load()
    assert _claims(store)[subject]["v"] == verdict


def test_a_recheck_keeps_the_number_a_count_claim_gives(
    any_store: Store, data: Path, tmp_path: Path
) -> None:
    """ "NATO has 30 members" is outdated and "The ICI has six members" contradicted when loaded;
    read back for a recheck without its number, the first became unverified ("the data holds no
    list of NATO's members") and the second new, gone from the contradictions (analyst audit 22)."""
    article = tmp_path / "counts.txt"
    article.write_text(
        "Counts\n\nNATO has 30 members. The Istanbul Cooperation Initiative has six members.\n",
        encoding="utf-8",
    )
    db = Connection.on(any_store)
    db.load([article])
    before = _counts(any_store)
    assert before == {"NATO": "outdated", "ici": "contradicted"}
    _edit(data / "nato_members.yaml", "joined: '2024-03-07'", "joined: '2024-03-11'")
    db.load()
    assert _counts(any_store) == before


def _counts(store: Store) -> dict[str, str]:
    rows = store.read(
        "MATCH (c:Claim) WHERE c.count IS NOT NULL RETURN c.object AS o, c.verdict AS v"
    ).rows
    return {r["o"]: r["v"] for r in rows}


# Each field of a claim, with a value that is not its default: a recheck must read every one back
# as the checker made it. A field added to RawClaim fails here until it is stored and read back.
EVERY_FIELD = {
    "predicate": "partner_in",
    "subject": ("Country", "JPN", "Japan"),
    "object": ("Framework", "pag", "Partners across the globe"),
    "negated": True,
    "tense": "past",
    "year": 1990,
    "month": 4,
    "until": 2006,
    "years": (1990, 1991),
    "day": 7,
    "rank": 3,
    "core": (1990,),
    "throughout": True,
    "began": True,
    "named_as": "the global partners",
    "as_partner": True,
    "ceased": True,
    "count": 9,
}


def test_a_recheck_reads_back_every_field_of_a_claim(any_store: Store) -> None:
    import dataclasses

    from nato_graph.loaders.articles.analyse import Claim
    from nato_graph.loaders.articles.claims import RawClaim
    from nato_graph.loaders.articles.entities import Entity
    from nato_graph.loaders.articles.recheck import raw_claim
    from nato_graph.loaders.articles.write import claim_properties
    from nato_graph.queries import internal

    fields = [f.name for f in dataclasses.fields(RawClaim)]
    assert sorted(EVERY_FIELD) == sorted(fields)
    values = {k: Entity(*v) if k in ("subject", "object") else v for k, v in EVERY_FIELD.items()}
    raw = RawClaim(**values)
    props = {
        "predicate": raw.predicate,
        "subject": raw.subject.key,
        "object": raw.object.key,
        "subject_name": raw.subject.name,
        "object_name": raw.object.name,
        **claim_properties(Claim(raw, "Japan joined.", 0, "doc")),
    }
    any_store.write("CREATE (c:Claim {key: 'k'}) SET c += $props", {"props": props})
    (row,) = any_store.read(
        internal("claims-to-recheck"), {"after": "", "limit": 5, "digest": "x"}
    ).rows
    back = raw_claim(row)
    assert back is not None
    assert {f: getattr(back, f) for f in fields} == {f: getattr(raw, f) for f in fields}


def test_a_recheck_words_a_claim_as_the_checker_now_words_it(
    any_store: Store, tmp_path: Path
) -> None:
    """A claim stored in older words ("France has never been a NATO member" for "France left
    NATO in 1966") is worded anew when checked again, without counting as a changed verdict
    (the review of 748eacb)."""
    from nato_graph.loaders.articles.recheck import recheck_claims

    article = tmp_path / "france.txt"
    article.write_text("France\n\nFrance left NATO in 1966.\n", encoding="utf-8")
    Connection.on(any_store).load([article])
    any_store.write(
        "MATCH (c:Claim) SET c.claim = 'France has never been a NATO member', c.checked = 'old'"
    )
    assert recheck_claims(any_store) == 0  # the verdict is as it was
    rows = any_store.read("MATCH (c:Claim) RETURN c.claim AS claim, c.verdict AS v").rows
    assert rows == [{"claim": "France has not been a NATO member since 1966", "v": "contradicted"}]
