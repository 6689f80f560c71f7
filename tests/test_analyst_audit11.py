"""The eleventh analyst's audit (2026-12), on the real embedded store: a cooperation held as
lapsed years before it did, a year slider that drew undated links as holding in any year, names
of regions that only `partners-by-region` read, and a file neither data nor article.

- Russia's cooperation with NATO on terrorism was held as ending in 2008 (the year its part in
  Active Endeavour is last counted), though the NATO-Russia Council's counter-terrorism work went
  on (the Action Plan on Terrorism, STANDEX and the Cooperative Airspace Initiative tested live
  in 2013) until all practical cooperation was suspended on 1 April 2014.
- `view query as-of --param year 1996` drew Jordan's undated cooperation on cyber defence as
  holding in 1996, and Malta's on crisis management through the years its PfP participation was
  suspended: nothing on the page said the data does not date them.
- `neighbourhood --param entity "Middle East"` suggested the NATO Defense College's Middle East
  Faculty, `--param entity Europe` three of Europe's four subregions; `partners-by-region`
  named the regions they span.
- `load a1.pdf` said to name the file KIND.yaml, as if it were a data file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_graph import NatoGraphError, views
from nato_graph.connection import Connection
from nato_graph.loaders.files import read_file
from nato_graph.records import Relationship
from nato_graph.stores import Store
from tests.article_checks import read


def _cooperation(store: Store, iso3: str, threat: str) -> Relationship:
    return store.read(
        "MATCH (:Country {iso3: $c})-[r:COOPERATES_ON]->(:Threat {key: $t}) RETURN r",
        {"c": iso3, "t": threat},
    ).value()


def test_an_undated_cooperation_is_drawn_undated_in_every_year(curated_store: Store) -> None:
    """No year of the slider draws it as holding then: dotted, captioned "(undated)"."""
    rel = _cooperation(curated_store, "JOR", "cyber")
    assert views.span(rel) is None
    ((start, look),) = views.timeline(rel) or []
    assert start is None
    assert look["dashes"] == list(views.DOTTED)
    assert look["label"] == "cooperates on (undated)"
    assert "does not say when it began" in look["at"]


def test_a_dated_cooperation_keeps_its_years(curated_store: Store) -> None:
    """Russia's cooperation on civil emergencies, known only to have lapsed in April 2014, still
    holds before its end and is dashed in the year it lapsed, not drawn undated."""
    rel = _cooperation(curated_store, "RUS", "civil_emergency")
    when = dict((y, look) for y, look in views.timeline(rel) or [])
    assert "(undated)" not in str(when)
    assert when[2014]["dashes"] is True and when[2015] == 0


@pytest.mark.parametrize(
    ("question", "param", "spans"),
    [
        pytest.param("neighbourhood", "entity", "Western Asia, Northern Africa", id="entity"),
        pytest.param("connection", "to", "Western Asia, Northern Africa", id="connection"),
    ],
)
def test_a_region_as_people_name_it_is_answered_with_the_regions_it_spans(
    curated_store: Store, question: str, param: str, spans: str
) -> None:
    params = {"from": "Japan"} if question == "connection" else {}
    with pytest.raises(NatoGraphError) as err:
        Connection.on(curated_store).ask(question, {**params, param: "Middle East"})
    said = str(err.value)
    assert f"ask for those it spans: {spans}" in said
    assert "Defense College" not in said


def test_europe_given_for_an_entity_names_its_four_subregions(curated_store: Store) -> None:
    with pytest.raises(NatoGraphError, match="Northern Europe, Western Europe, Southern Europe"):
        Connection.on(curated_store).ask("neighbourhood", entity="Europe")


@pytest.mark.parametrize("name", ["a1.pdf", "brief.docx", "notes"])
def test_a_file_neither_data_nor_article_says_which_names_are_read(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text("Jordan joined the Mediterranean Dialogue in 1995.\n", encoding="utf-8")
    records, (problem,) = read_file(path)
    assert records == []
    assert "neither an article nor a data file" in problem.message
    assert ".txt, .md" in problem.message and "KIND.yaml" in problem.message


def test_a_yaml_file_of_no_kind_is_still_told_to_name_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text("- a: 1\n", encoding="utf-8")
    _, (problem,) = read_file(path)
    assert problem.message.startswith("cannot tell the kind of data from the file name")


# --------------------------------------------------------------------------- cooperation claims


@pytest.mark.parametrize(
    "text",
    [
        # each lapsed before the year given: judged without it, each was supported (then listed;
        # now judged with it: tests/test_article_cooperation_dates.py)
        "In 2024, Afghanistan cooperated with NATO on building integrity.",
        "In 2023, Russia cooperated with NATO on disaster relief.",
        "In 2022, Belarus cooperated with NATO on civil emergency planning.",
        "Russia cooperated with NATO on counter-terrorism in 2020.",
    ],
)
def test_a_cooperation_of_a_given_past_year_is_not_judged_without_it(
    curated: Store, text: str
) -> None:
    claims, unread = read(curated, text)
    assert [c[3] for c in claims if c[0] == "cooperates_on"] == ["contradicted"]
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia resumed cooperating with NATO on terrorism in 2010.",
        "Russia stopped cooperating with NATO on terrorism.",
    ],
)
def test_a_cooperation_no_claim_was_read_from_is_listed_as_not_checked(
    curated: Store, text: str
) -> None:
    claims, unread = read(curated, text)
    assert claims == set() and unread == [text]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Afghanistan cooperates with NATO on building integrity.",
            ("cooperates_on", "AFG", "building_integrity", "outdated"),  # lapsed August 2021
            id="lapsed",
        ),
        pytest.param(
            "Jordan cooperates with NATO on cyber defence.",
            ("cooperates_on", "JOR", "cyber", "supported"),
            id="going-on",
        ),
    ],
)
def test_a_cooperation_now_is_still_judged(
    curated: Store, text: str, claim: tuple[str, str, str, str]
) -> None:
    """No year: the state now, judged as before."""
    assert read(curated, text)[0] == {claim}


def test_russias_cooperation_on_terrorism_lapsed_with_all_cooperation_in_2014(
    curated_store: Store,
) -> None:
    """Not in 2008, when its part in Active Endeavour is last counted (that row keeps 2008)."""
    db = Connection.on(curated_store)
    rows = db.ask("evidence", a="Russia", b="terrorism").rows
    assert {(r["since"], r["status"], r["status_changed"]) for r in rows} == {
        ("2004-12", "lapsed", "2014-04-01")
    }
    assert "nrc-ct-2013" in [r["source_key"] for r in rows]
    (oae, *_) = db.ask("evidence", a="Russia", b="OAE").rows
    assert oae["status_changed"] == "2008"
