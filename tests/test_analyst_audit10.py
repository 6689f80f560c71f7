"""The tenth analyst's audit (2026-12), on the real embedded store: a request missing from the
data, notes written for the data's maintainers, an empty answer that read as "no partner took
part", and errors that named the wrong thing.

- Argentina asked to become a global partner on 18 April 2024 (MercoPress, teleSUR): within the
  data's reach (to June 2025), yet it held no row. A request is not a partnership: Argentina is
  listed with that status, never as a partner.
- Notes said "the reference" (this project's reference data, which no reader has) and "The
  reference lists the framework as PfP/NRC".
- `operation-contributors --param operation NTM-I` said "no rows" with nothing to say that the
  sources do not itemise partners' parts in the mission.
- `known-errors --param country Iran` suggested Iraq, Ireland and Jordan, where every other
  question says Iran is a country the data does not hold; `--param country MD` refused the
  framework though a known error is about it; `country-profile --param country China` said
  China is a threat before it said the data holds no country China.
- `partners-by-region --param region Europe` suggested the three closest names and left
  Southern Europe out (Bosnia and Herzegovina, Malta, Serbia).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nato_graph import NatoGraphError
from nato_graph.connection import Connection
from nato_graph.stores import Store
from tests.oracle import rows


def test_argentinas_request_to_be_a_global_partner_is_recorded(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    (row,) = [
        r for r in db.ask("country-profile", country="Argentina").rows if r["kind"] == "partnership"
    ]
    assert (row["target"], row["detail"], row["status_changed"]) == (
        "PAG",
        "requested",
        "2024-04-18",
    )
    assert row["confidence"] == "confirmed"
    (member,) = [
        r for r in db.ask("framework-members", framework="PAG").rows if r["partner"] == "Argentina"
    ]
    assert (member["status"], member["joined"]) == ("requested", None)
    # asked, never joined: no year lists it among the partners
    for year in (2024, 2025):
        (pag,) = [r for r in db.ask("as-of", year=year).rows if r["framework"] == "PAG"]
        assert "Argentina" not in pag["partners"], year


def test_a_note_speaks_to_readers_not_to_the_datas_maintainers() -> None:
    """A note may cite this project's reference data by that name, never as "the reference"."""
    said = [
        (kind, r.get("key") or (r.get("country"), r.get("framework") or r.get("operation")))
        for kind in ("partnerships", "cooperation", "contributions", "operations", "institutions")
        for r in rows(kind)
        for note in [r.get("note") or ""]
        if re.search(r"\breference\b", note) and "project's reference data" not in note
    ]
    assert said == []


def test_an_operation_with_no_partner_rows_says_they_are_not_itemised(
    curated_store: Store,
) -> None:
    db = Connection.on(curated_store)
    answer = db.ask("operation-contributors", operation="NTM-I")
    assert answer.rows == []
    assert answer.empty_reason is not None
    assert "not a sign that none took part" in answer.empty_reason
    (ntmi,) = [r for r in rows("operations") if r["key"] == "ntmi"]
    assert "not itemised" in ntmi["note"]


@pytest.mark.parametrize("name", ["Iran", "North Korea", "Brazil"])
def test_known_errors_says_a_country_it_does_not_hold_is_one(
    curated_store: Store, name: str
) -> None:
    with pytest.raises(NatoGraphError) as raised:
        Connection.on(curated_store).ask("known-errors", country=name)
    message = str(raised.value)
    assert f"{name!r} is a country the data does not hold" in message
    assert "closest" not in message


def test_known_errors_finds_a_framework_by_its_names(curated_store: Store) -> None:
    """`--param country MD` was refused, though a known error is about the MD's dates; it finds
    what the framework's full name finds, and its note says it read a framework."""
    db = Connection.on(curated_store)
    by_acronym = db.ask("known-errors", country="MD")
    by_name = db.ask("known-errors", country="Mediterranean Dialogue")
    assert by_acronym.rows and {r["key"] for r in by_acronym.rows} >= {
        r["key"] for r in by_name.rows
    }
    assert any("names the framework MD, not a country" in n for n in by_acronym.notes)
    every = {r["key"]: r for r in rows("known_errors")}
    for row in by_acronym.rows:
        text = f"{every[row['key']]['claim']} {every[row['key']]['correction']}"
        assert re.search(r"\b(MD|Mediterranean Dialogue)\b", text, re.I), row["key"]


def test_a_country_the_data_does_not_hold_is_said_so_before_a_threat_of_its_name(
    curated: Store, tmp_path: Path
) -> None:
    """The bundled threat of strategic competition no longer goes by "China" (analyst audit 14):
    a threat of the user's own that does is named after the country."""
    from nato_graph.loaders.load import load

    with pytest.raises(NatoGraphError) as raised:
        Connection.on(curated).ask("country-profile", country="China")
    assert "threat" not in str(raised.value)
    (tmp_path / "mine.threats.yaml").write_text(
        "- key: china_rise\n  name: The rise of China\n  kind: threat\n  aliases: [China]\n"
        "  description: A threat of the user's own.\n  sources: [nato-members-2012]\n"
        "  confidence: unverified\n",
        encoding="utf-8",
    )
    load(curated, [tmp_path / "mine.threats.yaml"])
    with pytest.raises(NatoGraphError) as raised:
        Connection.on(curated).ask("country-profile", country="China")
    message = str(raised.value)
    assert message.startswith("country: 'China' is a country the data does not hold")
    assert "the name is also that of the threat" in message


@pytest.mark.parametrize(
    ("given", "spans"),
    [
        ("Europe", ["Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe"]),
        (
            "Asia",
            ["Western Asia", "Central Asia", "Southern Asia", "Eastern Asia", "South-eastern Asia"],
        ),
        ("Africa", ["Northern Africa", "Western Africa"]),
    ],
)
def test_a_continent_names_every_subregion_the_data_holds_in_it(
    curated_store: Store, given: str, spans: list[str]
) -> None:
    held = {r["name"] for r in rows("regions")}
    assert set(spans) <= held
    with pytest.raises(NatoGraphError) as raised:
        Connection.on(curated_store).ask("partners-by-region", region=given)
    assert str(raised.value).endswith(f"ask for those it spans: {', '.join(spans)}")


@pytest.mark.parametrize(
    ("question", "param", "given", "plain"),
    [
        ("framework-members", "framework", "the Mediterranean Dialogue", "MD"),
        ("known-errors", "country", "the Mediterranean Dialogue", "MD"),
        ("country-profile", "country", "the Republic of Korea", "KOR"),
    ],
)
def test_a_name_given_with_its_article_is_the_name(
    curated_store: Store, question: str, param: str, given: str, plain: str
) -> None:
    """`known-errors --param country "the Mediterranean Dialogue"` read the words as text (one
    row, where the framework's name finds two), and `framework-members` refused them."""
    db = Connection.on(curated_store)
    with_article = db.ask(question, {param: given}).rows
    assert with_article and with_article == db.ask(question, {param: plain}).rows


def test_an_article_before_an_unknown_name_is_still_an_error(curated_store: Store) -> None:
    with pytest.raises(NatoGraphError, match="no framework named 'the MDX'"):
        Connection.on(curated_store).ask("framework-members", framework="the MDX")


@pytest.mark.parametrize(
    ("question", "params", "note"),
    [
        (
            "shared-threats",
            {"a": "Kuwait", "b": "Saudi Arabia"},
            "b: Saudi Arabia has never been a NATO partner: it was only invited to the ICI "
            "(2004-06); the data records no ties of it as one",
        ),
        (
            "similar-partners",
            {"country": "Argentina"},
            "country: Argentina has never been a NATO partner: it only asked to join the PAG "
            "(2024-04-18); the data records no ties of it as one",
        ),
        (
            "similar-partners",
            {"country": "Singapore"},
            "country: Singapore has never been a NATO partner; the data records no ties of it as one",
        ),
    ],
)
def test_a_country_that_never_was_a_partner_is_said_to_be_one(
    curated_store: Store, question: str, params: dict[str, str], note: str
) -> None:
    """`shared-threats --param b "Saudi Arabia"` and `similar-partners --param country Singapore`
    gave empty answers whose reasons read as if the country were a partner with nothing in
    common; an Ally named there was already said to be one."""
    answer = Connection.on(curated_store).ask(question, params)
    assert answer.rows == []
    assert note in answer.notes
    # the data agrees: no partnership of the country but invitations or requests
    iso3 = {"Saudi Arabia": "SAU", "Argentina": "ARG", "Singapore": "SGP"}[
        params.get("b") or params["country"]
    ]
    assert all(
        r["status"] in ("invited", "requested")
        for r in rows("partnerships")
        if r["country"] == iso3
    )


def test_a_partner_named_is_not_said_never_to_have_been_one(curated_store: Store) -> None:
    answer = Connection.on(curated_store).ask("similar-partners", {"country": "Japan"})
    assert not any("never been a NATO partner" in n for n in answer.notes)
