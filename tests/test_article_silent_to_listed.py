"""Sentences that passed in silence, neither checked nor listed, though they say something of a
partner the reader could not check.

A table's row that names a country, NATO and a date under a header the reader does not take as
one of joins ("Country | Organisation | Year") is listed as not checked: "Japan | NATO | 2010"
passed in silence, though it may say Japan joined NATO in 2010. Rows under a header of joins are
read as before ("Country | Joined NATO": "Sweden | 2023" contradicted).
"Mongolia cooperates with NATO on nuclear deterrence" and "NATO and Mongolia work together on
..." an area the data does not name passed too: listed, as "on cyber defence" is read. And an
area the data does not name in a list of areas read ("Japan cooperates with NATO on maritime
security, cyber defence and space") left the sentence as if read whole: it is listed too.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


def test_a_row_under_an_unread_header_is_listed(curated: Store) -> None:
    text = (
        "| Country | Organisation | Year |\n|---|---|---|\n| Japan | NATO | 2010 |\n"
        "| Sweden | NATO | 2024 |"
    )
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == ["| Japan | NATO | 2010 |", "| Sweden | NATO | 2024 |"]


def test_a_row_under_a_header_of_joins_is_read(curated: Store) -> None:
    text = "| Country | Joined NATO |\n|---|---|\n| Sweden | 2023 |\n| Finland | 2023 |"
    claims, unread = read(curated, text)
    assert claims == {
        ("member_of", "SWE", "NATO", "contradicted"),
        ("member_of", "FIN", "NATO", "supported"),
    }
    assert "| Sweden | 2023 |" not in unread


def test_a_row_of_a_tie_is_listed(curated: Store) -> None:
    """A row that names a tie ("Japan | NATO | partner") is listed, as the sentence would be."""
    text = "| Country | Organisation | Tie |\n|---|---|---|\n| Japan | NATO | partner |"
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == ["| Japan | NATO | partner |"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mongolia cooperates with NATO on nuclear deterrence.", id="cooperates-on"),
        pytest.param("NATO and Mongolia work together on nuclear deterrence.", id="work-together"),
        pytest.param("Georgia has worked with NATO on pipeline protection.", id="has-worked"),
    ],
)
def test_work_on_an_area_the_data_does_not_name_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


def test_work_on_a_named_area_is_read(curated: Store) -> None:
    claims, unread = read(curated, "NATO and Mongolia work together on cyber defence.")
    assert claims == {("cooperates_on", "MNG", "cyber", "supported")}
    assert unread == []


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        pytest.param(
            "Japan cooperates with NATO on maritime security, cyber defence and space.",
            {("cooperates_on", "JPN", "cyber", "supported"),
             ("cooperates_on", "JPN", "maritime_security", "supported")},
            True,
            id="space-unnamed",
        ),
        # near misses: every area named, one named with a comma in it, a clause after the list
        pytest.param(
            "Japan cooperates with NATO on maritime security, cyber defence and counter-terrorism.",
            {("cooperates_on", "JPN", "cyber", "supported"),
             ("cooperates_on", "JPN", "maritime_security", "supported"),
             ("cooperates_on", "JPN", "terrorism", "supported")},
            False,
            id="all-named",
        ),
        pytest.param(
            "Jordan cooperates with NATO on terrorism and on women, peace and security.",
            {("cooperates_on", "JOR", "terrorism", "supported"),
             ("cooperates_on", "JOR", "wps", "new")},
            False,
            id="a-name-with-a-comma",
        ),
        pytest.param(
            "Jordan works with NATO on counter-terrorism, which matters greatly.",
            {("cooperates_on", "JOR", "terrorism", "supported")},
            False,
            id="a-clause-after",
        ),
    ],
)  # fmt: skip
def test_an_area_unnamed_in_a_list_of_areas_is_listed(
    curated: Store, text: str, expected: set, listed: bool
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert unread == ([text] if listed else [])
