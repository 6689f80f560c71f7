"""A partner's whole cooperation with NATO suspended, no framework named ("NATO suspended all
practical cooperation with Russia in April 2014", NATO's own wording), and a suspension said to
last to this day that a later return undid ("Malta's participation in the PfP has been suspended
since 1996": it took part again in 2008).

Each suspension of cooperation is judged against every partnership of the country, as the same
claim of each framework is; claims are (predicate, subject, object, verdict), "not " before a
negated predicate, read from a real embedded store as the other article tests read them.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read

NATO_ACT = "nato_suspended_cooperation"
PASSIVE = "cooperation_suspended"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "NATO suspended all practical cooperation with Russia in April 2014.",
            (NATO_ACT, "RUS", "NATO", "supported"),
            id="natos-own-words",
        ),
        pytest.param(
            "In April 2014, NATO foreign ministers suspended all practical civilian and military "
            "cooperation with Russia.",
            (NATO_ACT, "RUS", "NATO", "supported"),
            id="fronted-date-ministers",
        ),
        pytest.param(
            "NATO suspended all practical cooperation with Russia after it annexed Crimea.",
            (NATO_ACT, "RUS", "NATO", "supported"),
            id="undated-with-a-cause",
        ),
        pytest.param(
            "After Russia annexed Crimea, NATO suspended all practical cooperation with Russia.",
            (NATO_ACT, "RUS", "NATO", "supported"),
            id="undated-after-a-cause",
        ),
        pytest.param(
            "On 1 April 2014, NATO formally suspended all practical cooperation with Russia.",
            (NATO_ACT, "RUS", "NATO", "supported"),
            id="a-plain-date-opening-the-sentence",
        ),
        pytest.param(
            "Russia's cooperation with NATO was suspended in 2014.",
            (PASSIVE, "RUS", "NATO", "supported"),
            id="passive",
        ),
        pytest.param(
            "Russia's cooperation with NATO has been suspended since April 2014.",
            (PASSIVE, "RUS", "NATO", "supported"),
            id="passive-since",
        ),
        pytest.param(
            "NATO suspended all practical cooperation with Belarus in November 2021.",
            (NATO_ACT, "BLR", "NATO", "supported"),
            id="belarus",
        ),
        pytest.param(
            "NATO suspended Afghanistan's partnership in August 2021.",
            (NATO_ACT, "AFG", "NATO", "supported"),
            id="possessive-partnership",
        ),
        pytest.param(
            "NATO suspended practical cooperation with Belarus in 2022.",
            (NATO_ACT, "BLR", "NATO", "contradicted"),
            id="wrong-year",
        ),
        pytest.param(
            # Malta suspended its own participation in 1996; NATO did not suspend it
            "NATO suspended cooperation with Malta in 1996.",
            (NATO_ACT, "MLT", "NATO", "contradicted"),
            id="not-natos-decision",
        ),
        pytest.param(
            "Malta's partnership with NATO was suspended in 1996.",
            (PASSIVE, "MLT", "NATO", "supported"),
            id="passive-by-whoever",
        ),
        pytest.param(
            # the data's note tells of the NRC's formal meetings halted in August 2008: too much
            # to contradict, too little to support
            "NATO suspended all practical cooperation with Russia in 2008.",
            (NATO_ACT, "RUS", "NATO", "unverified"),
            id="a-partial-halt-that-year",
        ),
        pytest.param(
            # the data records no suspension of Ukraine's partnerships; its silence refutes
            # nothing (a part of the cooperation may have been halted unrecorded)
            "The Alliance suspended its cooperation with Ukraine in 2014.",
            (NATO_ACT, "UKR", "NATO", "unverified"),
            id="no-suspension-on-record",
        ),
        pytest.param(
            "Malta's cooperation with NATO has been suspended since 1996.",
            (PASSIVE, "MLT", "NATO", "outdated"),
            id="since-but-resumed",
        ),
    ],
)
def test_suspended_cooperation_is_judged(curated: Store, text: str, claim: tuple) -> None:
    claims, unread = read(curated, text)
    assert claims == {claim}
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NATO suspended some cooperation with Russia in 2008.", id="a-part"),
        pytest.param("NATO suspended formal cooperation with Russia in 2008.", id="qualified"),
        pytest.param("NATO did not suspend cooperation with Russia in 2014.", id="negated"),
        pytest.param("NATO could suspend cooperation with Georgia.", id="modal"),
        pytest.param(
            "NATO suspended Russia's participation in NATO exercises in 2014.", id="a-part-named"
        ),
        pytest.param("Reportedly, NATO suspended cooperation with Serbia in 1999.", id="hearsay"),
        pytest.param("If NATO suspended cooperation with Jordan, ...", id="conditional"),
        # a year in an opening clause is another event's: the suspension came on 1 April 2014,
        # after the annexation of March (this was contradicted as "not in March 2014")
        pytest.param(
            "After Russia annexed Crimea in March 2014, NATO suspended all practical cooperation "
            "with Russia.",
            id="another-events-date-before",
        ),
        pytest.param(
            "After the 2008 war in Georgia, NATO suspended cooperation with Russia.",
            id="another-events-year-before",
        ),
        pytest.param("NATO partially suspended cooperation with Russia in 2008.", id="partially"),
        # an aside's year is not the suspension's (these were contradicted: "not in 1994")
        pytest.param(
            "NATO suspended all practical cooperation with Russia, a partner since 1994.",
            id="an-asides-year",
        ),
        pytest.param(
            "NATO suspended all practical cooperation with Russia, its partner since 1994, in "
            "2014.",
            id="an-asides-year-then-its-own",
        ),
        # a length the data would have to compare, and a year of the cause (were supported)
        pytest.param(
            "NATO suspended all practical cooperation with Russia in 2014 for two years.",
            id="for-a-length",
        ),
        pytest.param(
            "NATO suspended all practical cooperation with Russia over the 2008 war in Georgia.",
            id="a-causes-year",
        ),
        pytest.param(
            "NATO temporarily suspended cooperation with Russia in 2008.", id="for-a-while"
        ),
    ],
)
def test_a_part_or_an_unasserted_suspension_makes_no_claim(curated: Store, text: str) -> None:
    no_claim_and_listed(curated, text)


def test_the_correction_names_whose_decision_and_when(curated: Store) -> None:
    read(curated, "NATO suspended cooperation with Malta in 1996.")
    (row,) = curated.read("MATCH (c:Claim) RETURN c.correction AS c, c.claim AS claim").rows
    assert row["claim"] == "NATO suspended its cooperation with Malta in 1996"
    assert "Malta suspended its own participation" in row["c"]
    assert "Malta's decision, not NATO's" in row["c"]


def test_a_suspension_said_to_last_cites_the_return(curated: Store) -> None:
    claims, _ = read(curated, "Malta's participation in the PfP has been suspended since 1996.")
    assert claims == {("was_suspended", "MLT", "pfp", "outdated")}
    (row,) = curated.read("MATCH (c:Claim) RETURN c.correction AS c, c.sources AS s").rows
    assert row["c"].endswith("it took part again on 3 April 2008")
    assert "nato-malta-2008" in row["s"]  # the return's own source


def test_no_suspension_on_record_says_what_the_data_holds(curated: Store) -> None:
    read(curated, "The Alliance suspended its cooperation with Ukraine in 2014.")
    (row,) = curated.read("MATCH (c:Claim) RETURN c.fact AS fact, c.correction AS c").rows
    assert row["c"] is None
    assert row["fact"].startswith("The data records no suspension of Ukraine's partnerships")
    assert "Partnership for Peace (PfP) since 8 February 1994" in row["fact"]
