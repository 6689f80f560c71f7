"""False claims that a tenth article audit (audit 9's held-out articles and probes) found judged
supported, and the forms beside them, each rule tested on sentences of its own with near misses
that must not change.

"Had been in the PfP from 1995" dates the start, as "since" does, not the state in 1995. A
timeline's date ("**1996** - Malta suspends ...; Kyrgyzstan joins.") is that of every clause of
its line, and a join told in the present whose year the reader lost says nothing of the state
now. "Throughout the 2000s" is every year of the decade; a plain "in the 2000s" stays some year
of it (tests/test_article_verdicts.py). "X's Dialogue membership dates back to 1994" is a join
then. "The initiative" after two initiatives is the one the article has named most, or none. A country the data does not
list among the Allies (it lists them all) is no NATO member. Claims are (predicate, subject,
object, verdict), read from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of

PFP_TIMELINE = "# Timeline: the Partnership for Peace\n\n"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Finland had been in the PfP from 1995.",
            {("partner_in", "FIN", "pfp", "contradicted")},  # 9 May 1994
            id="had-been-from",
        ),
        pytest.param(
            "Finland had been in the PfP from 1994.",
            {("partner_in", "FIN", "pfp", "supported")},
            id="had-been-from-true",
        ),
        pytest.param(
            "Sweden has been in the PfP from 1996 until it joined NATO.",
            {
                ("partner_in", "SWE", "pfp", "contradicted"),
                ("member_of", "SWE", "NATO", "supported"),
            },
            id="has-been-from-until-an-event",
        ),
        pytest.param(
            "Sweden has been in the PfP from 1994 until it joined NATO.",
            {("partner_in", "SWE", "pfp", "supported"), ("member_of", "SWE", "NATO", "supported")},
            id="has-been-from-until-an-event-true",
        ),
        pytest.param(
            "Sweden was in the PfP from 1996.",
            {("partner_in", "SWE", "pfp", "contradicted")},
            id="was-from",
        ),
        # a stretch with both ends stays a state from one to the other
        pytest.param(
            "Malta had been in the PfP from 1995 to 1996.",
            {("partner_in", "MLT", "pfp", "supported")},
            id="from-to-unchanged",
        ),
    ],
)
def test_been_from_a_year_dates_the_start(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            PFP_TIMELINE + "- **1998** \u2013 Kazakhstan joins.",
            {("partner_in", "KAZ", "pfp", "contradicted")},  # 27 May 1994
            id="emphasised-date-dash",
        ),
        pytest.param(
            PFP_TIMELINE + "- 1998 \u2013 Kazakhstan joins.",
            {("partner_in", "KAZ", "pfp", "contradicted")},
            id="plain-date-dash",
        ),
        pytest.param(
            PFP_TIMELINE + "- **1996** \u2013 Malta suspends its participation; Switzerland "
            "joins in December; Kyrgyzstan joins.",
            {
                ("partner_in", "CHE", "pfp", "supported"),  # 11 December 1996
                ("partner_in", "KGZ", "pfp", "contradicted"),  # 1 June 1994
            },
            id="every-clause",
        ),
        pytest.param(
            PFP_TIMELINE + "- **1995** \u2013 Belarus and Azerbaijan join; Malta follows.",
            {
                ("partner_in", "BLR", "pfp", "supported"),
                ("partner_in", "AZE", "pfp", "contradicted"),  # 4 May 1994
                ("partner_in", "MLT", "pfp", "supported"),
            },
            id="follows-in-a-later-clause",
        ),
        # a range is no timeline's date before a dash
        pytest.param(
            "Malta took part in the PfP 1995-1996.",
            {("partner_in", "MLT", "pfp", "supported")},
            id="range-unchanged",
        ),
    ],
)
def test_a_timelines_date_reaches_every_clause(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kazakhstan joins the PfP, which it left in 1998.", id="a-lost-year"),
    ],
)
def test_a_historic_present_with_a_lost_year_is_no_state_now(curated: Store, text: str) -> None:
    assert claims_of(curated, text) == set()


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Malta took part in the PfP throughout the 2000s.",
            {("partner_in", "MLT", "pfp", "contradicted")},  # suspended October 1996-April 2008
            id="throughout-a-decade",
        ),
        pytest.param(
            "Malta took part in the PfP throughout the 2010s.",
            {("partner_in", "MLT", "pfp", "supported")},
            id="throughout-a-decade-true",
        ),
        pytest.param(
            "Malta took part in the PfP in the 2000s.",
            # at some time in it, as "in 1996" is: Malta took part again from April 2008
            {("partner_in", "MLT", "pfp", "supported")},
            id="in-a-decade-is-some-year-of-it",
        ),
        pytest.param(
            "Belarus took part in the PfP in the 2010s.",
            {("partner_in", "BLR", "pfp", "supported")},
            id="in-a-decade-true",
        ),
        pytest.param(
            "Malta was a PfP partner in the late 2000s.",
            {("partner_in", "MLT", "pfp", "supported")},  # from April 2008, in its core
            id="part-of-a-decade-unchanged",
        ),
        pytest.param(
            "Malta was a PfP partner before 2000.",
            {("partner_in", "MLT", "pfp", "supported")},  # April 1995 to October 1996
            id="before-a-year-unchanged",
        ),
    ],
)
def test_throughout_a_decade_is_every_year(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "The Mediterranean Dialogue was launched in 1994. "
            "Jordan's Dialogue membership dates back to 1994.",
            {
                ("launched", "md", "md", "supported"),
                ("partner_in", "JOR", "md", "contradicted"),  # November 1995
            },
            id="head-alone",
        ),
        pytest.param(
            "Jordan's Mediterranean Dialogue membership dates back to 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="full-name",
        ),
        pytest.param(
            "Georgia's PfP partnership goes back to 1996.",
            {("partner_in", "GEO", "pfp", "contradicted")},
            id="goes-back",
        ),
        pytest.param(
            "Georgia's PfP partnership dates back to the 2000s.",
            {("partner_in", "GEO", "pfp", "contradicted")},  # a start then, not a part then
            id="to-a-decade",
        ),
        pytest.param("Georgia's PfP membership fee dates back to 1996.", set(), id="a-fee"),
        pytest.param("Georgia's PfP partnership is strong.", set(), id="no-start"),
    ],
)
def test_membership_dates_back(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "The Istanbul Cooperation Initiative was launched in 2004. "
            "The initiative addresses terrorism.",
            {
                ("launched", "ici", "ici", "supported"),
                ("addresses", "ici", "terrorism", "supported"),
            },
            id="one-initiative",
        ),
        pytest.param(
            "The Istanbul Cooperation Initiative was launched in 2004. NATO also runs the "
            "Partnership Interoperability Initiative. The initiative addresses terrorism.",
            {("launched", "ici", "ici", "supported")},
            id="two-named-as-often",
        ),
        pytest.param(
            "The Partnership Interoperability Initiative was launched in 2014. Jordan is an "
            "Enhanced Opportunities Partner. Georgia receives Defence Capacity Building support. "
            "The initiative addresses interoperability.",
            {
                ("launched", "pii", "pii", "supported"),
                ("partner_in", "JOR", "pii", "supported"),
                ("addresses", "pii", "interoperability", "supported"),
            },
            id="the-one-named-most-not-the-last",
        ),
    ],
)
def test_the_initiative_after_two(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Argentina is not a member of NATO.",
            {("not member_of", "ARG", "NATO", "supported")},
            id="not-listed-not-a-member",
        ),
        pytest.param(
            "Argentina joined NATO in 2020.",
            {("member_of", "ARG", "NATO", "contradicted")},
            id="not-listed-never-joined",
        ),
        pytest.param(
            "Finland is not a member of NATO.",
            {("not member_of", "FIN", "NATO", "outdated")},
            id="an-ally-unchanged",
        ),
        pytest.param(
            "Is Moldova an Enhanced Opportunities Partner?\n\nYes, since 2020.",
            {("partner_in", "MDA", "pii", "contradicted")},  # the EOPs are listed in full
            id="eop-short-answer",
        ),
    ],
)
def test_lists_held_in_full(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims
