"""Article forms that an eighth round of held-out articles showed the reader missing, one family
per test, each tested on sentences of its own with near misses that must make no claim (or none
judged supported).

A fact box's labelled line ("Members: ...", "Launched: ...", "Joined: ...", "Focus: ...") is said
of what the heading above it names, when it names one framework, NATO or one country clearly. A
timeline's dated item takes its date, and the framework of the heading above it when it leaves
its object unstated. A framework that replaced another was launched when it did. A relative
clause of NATO's ("which NATO created in 2011") or an agent ("launched by the Allies") dates a
launch. Taking a seat in a body and coming on board are joining it. Subjects listed after the
first with only a date of their own share its verb, each at its date. A place set off by commas
("at Sintra, Portugal,") is passed over to the date after it. Claims are (predicate, subject,
object, verdict), "not " before a negated predicate, read from a real embedded store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of, read


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "The Mediterranean Dialogue in brief\n\nLaunched: December 1994.\n\n"
            "Partners: Algeria, Egypt, Israel and Jordan.\n\n"
            "Focus: border security and counter-terrorism.",
            {
                ("launched", "md", "md", "supported"),
                *(("partner_in", c, "md", "supported") for c in ("DZA", "EGY", "ISR", "JOR")),
                ("addresses", "md", "border_security", "supported"),
                ("addresses", "md", "terrorism", "supported"),
            },
            id="framework-heading",
        ),
        pytest.param(
            "PARTNERSHIP FOR PEACE: KEY FACTS\n\nCreated: 1995\n\n"
            "Participants: Austria, Malta and Georgia.",
            {
                ("launched", "pfp", "pfp", "contradicted"),
                *(("partner_in", c, "pfp", "supported") for c in ("AUT", "MLT", "GEO")),
            },
            id="capitals-heading-wrong-launch",
        ),
        pytest.param(
            "## The Istanbul Cooperation Initiative\n\nMembers: Kuwait, Qatar and Oman.",
            {
                ("partner_in", "KWT", "ici", "supported"),
                ("partner_in", "QAT", "ici", "supported"),
                ("partner_in", "OMN", "ici", "contradicted"),
            },
            id="a-member-that-is-none",
        ),
        pytest.param(
            "NATO at a glance\n\nMember states: Portugal, Norway and Ukraine.",
            {
                ("member_of", "PRT", "NATO", "supported"),
                ("member_of", "NOR", "NATO", "supported"),
                ("member_of", "UKR", "NATO", "contradicted"),
            },
            id="nato-heading",
        ),
        pytest.param(
            "Latvia and NATO\n\nMember since: 2004",
            {("member_of", "LVA", "NATO", "supported")},
            id="country-heading-member-since",
        ),
        pytest.param(
            "Georgia and the Partnership for Peace\n\nJoined: 1996",
            {("partner_in", "GEO", "pfp", "contradicted")},
            id="country-and-framework-heading-joined",
        ),
        pytest.param(
            "Estonia\n\nJoined NATO: 2004",
            {("member_of", "EST", "NATO", "supported")},
            id="the-label-names-the-body",
        ),
        pytest.param(
            "Latvia and the Partnership for Peace\n\nJoined the Partnership for Peace: 1994",
            {("partner_in", "LVA", "pfp", "supported")},
            id="the-label-names-the-framework",
        ),
        # a line of the box, short and with no stop, is no heading over the lines after it
        pytest.param(
            "Latvia and NATO\n\nJoined NATO: 2004\n\nMember since: 2003",
            {
                ("member_of", "LVA", "NATO", "supported"),
                ("member_of", "LVA", "NATO", "contradicted"),
            },
            id="a-line-is-no-heading",
        ),
    ],
)
def test_a_fact_box_line_is_said_of_its_heading(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        # a heading that names two frameworks, or nothing, gives its lines no subject
        pytest.param(
            "The Mediterranean Dialogue and the ICI\n\nMembers: Jordan and Qatar.", id="two-bodies"
        ),
        pytest.param("Key facts\n\nMembers: Jordan and Qatar.", id="nothing-named"),
        # labels of another kind: a denial, a past, a prospect
        pytest.param(
            "The ICI\n\nInvited but never joined: Oman and Saudi Arabia.", id="never-joined"
        ),
        pytest.param(
            "The Partnership for Peace\n\nFormer members: Finland and Sweden.", id="former"
        ),
        pytest.param("NATO today\n\nProspective members: Georgia and Ukraine.", id="prospective"),
        # "Joined:" under a country and NATO: membership, or a partnership?
        pytest.param("Jordan and NATO\n\nJoined: 1995", id="joined-what"),
        # another framework named under the heading: the lines after it may be of either
        pytest.param(
            "The Istanbul Cooperation Initiative\n\nRelated: the Mediterranean Dialogue.\n\n"
            "Launched: 2004",
            id="another-framework-since",
        ),
        # NATO's partners are no members of NATO
        pytest.param("NATO's Gulf partners\n\nMembers: Kuwait and Qatar.", id="nato-partners"),
    ],
)
def test_no_fact_box_claim_without_a_clear_subject_and_label(curated: Store, text: str) -> None:
    assert claims_of(curated, text) == set()


def test_a_markdown_fact_box(curated: Store, tmp_path: Path) -> None:
    """Bold labels and a timeline under a heading, as Markdown writes them."""
    path = tmp_path / "box.md"
    path.write_text(
        "# At a glance: NATO's Istanbul Cooperation Initiative\n\n"
        "**Launched:** June 2004, at the summit in Istanbul.\n\n"
        "**Partners:** Bahrain and Kuwait.\n\n"
        "**Timeline**\n\n"
        "- Jun 2005: The United Arab Emirates follows.\n"
        "- 2006: Oman follows.\n",
        encoding="utf-8",
    )
    load_articles(curated, [str(path)])
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.predicate AS p, c.negated AS n, c.subject AS s, "
        "c.object AS o, c.verdict AS v"
    ).rows
    assert {(r["p"], r["s"], r["o"], r["v"]) for r in rows if not r["n"]} == {
        ("launched", "ici", "ici", "supported"),
        ("partner_in", "BHR", "ici", "supported"),
        ("partner_in", "KWT", "ici", "supported"),
        ("partner_in", "ARE", "ici", "supported"),
        ("partner_in", "OMN", "ici", "contradicted"),
    }


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "2009: Two former partners join NATO: Albania and Croatia.",
            {("member_of", "ALB", "NATO", "supported"), ("member_of", "HRV", "NATO", "supported")},
            id="list-after-the-body",
        ),
        pytest.param(
            "2007: Three former partners join the Alliance: Bulgaria, Romania and Slovakia.",
            {("member_of", c, "NATO", "contradicted") for c in ("BGR", "ROU", "SVK")},
            id="list-after-the-body-wrong-year",
        ),
        pytest.param(
            "- 1995 \u2014 Morocco joins the Mediterranean Dialogue",
            {("partner_in", "MAR", "md", "supported")},
            id="em-dash",
        ),
        pytest.param(
            "Feb 1995 \u2013 Tunisia joins the Mediterranean Dialogue.",
            {("partner_in", "TUN", "md", "supported")},
            id="month-and-en-dash",
        ),
        pytest.param(
            "1999: Poland joins NATO.\n\n2004: Slovakia and Slovenia follow.",
            {("member_of", c, "NATO", "supported") for c in ("POL", "SVK", "SVN")},
            id="follow-the-item-before",
        ),
        pytest.param(
            "The Istanbul Cooperation Initiative\n\nTimeline\n\n"
            "Jun 2005: The United Arab Emirates follows.\n\n2006: Oman follows.",
            {
                ("partner_in", "ARE", "ici", "supported"),
                ("partner_in", "OMN", "ici", "contradicted"),
            },
            id="follow-under-the-heading",
        ),
    ],
)
def test_a_timeline_item_takes_its_date(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2004: Former partners: Estonia and Latvia.", id="no-verb"),
        pytest.param("2009: Two countries may join NATO: Albania and Croatia.", id="may"),
        # no heading and no sentence before: "follow" whom, into what?
        pytest.param("2005: Bahrain and Qatar follow.", id="no-topic"),
    ],
)
def test_no_timeline_claim_without_a_plain_join(curated: Store, text: str) -> None:
    assert claims_of(curated, text) == set()


def test_a_timeline_item_after_the_horizon_makes_none(curated: Store) -> None:
    assert claims_of(curated, "1999: Poland joins NATO.\n\n2030: Ukraine follows.") == {
        ("member_of", "POL", "NATO", "supported")
    }


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "The ITPP replaced the IPCP in 2021.",
            {("launched", "itpp", "itpp", "supported")},
            id="replaced",
        ),
        pytest.param(
            "The NACC was superseded by the EAPC in 1995.",
            {("launched", "eapc", "eapc", "contradicted")},
            id="superseded-by-wrong-year",
        ),
        pytest.param(
            "1997: The EAPC replaces the NACC.",
            {("launched", "eapc", "eapc", "supported")},
            id="timeline-replaces",
        ),
        pytest.param(
            "Forty-four countries sit in the EAPC, which succeeded the NACC in May 1997.",
            {("launched", "eapc", "eapc", "supported")},
            id="which-succeeded",
        ),
        # the successor is older than its taking over, or no launch is told
        pytest.param("The EAPC replaced the NACC as NATO's main forum in 1999.", set(), id="as"),
        pytest.param("The EAPC did not replace the NACC in 1997.", set(), id="not"),
        pytest.param(
            "Had the EAPC replaced the NACC in 1995, little would have changed.",
            set(),
            id="condition",
        ),
        pytest.param("The EAPC may have replaced the NACC in 1997.", set(), id="may"),
    ],
)
def test_a_successor_was_launched_when_it_replaced(
    curated: Store, text: str, claims: Claims
) -> None:
    """The succession itself is no claim the reader checks: the sentence is listed."""
    found, unread = read(curated, text)
    assert found == claims
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Partners now work through the ITPP, which NATO created in 2021.",
            {("launched", "itpp", "itpp", "supported")},
            id="which-nato-created",
        ),
        pytest.param(
            "The Defence Capacity Building Initiative, which the Allies launched in 2014, is "
            "small.",
            {("launched", "dcb", "dcb", "supported")},
            id="which-the-allies-launched",
        ),
        pytest.param(
            "The Partnership for Peace, established by Allied leaders in 1995, grew quickly.",
            {("launched", "pfp", "pfp", "contradicted")},
            id="by-allied-leaders-wrong-year",
        ),
        pytest.param(
            "The Science for Peace and Security Programme, set up by NATO in 1958, funds research.",
            {("launched", "sps", "sps", "supported")},
            id="set-up-by-nato",
        ),
        # a country launches no framework of NATO's; a welcome is no launch; a bound is no date
        pytest.param(
            "The Istanbul Cooperation Initiative, which Qatar created in 2004, grew.",
            set(),
            id="which-a-country-created",
        ),
        pytest.param(
            "The Mediterranean Dialogue, which Morocco welcomed in 1994, grew.",
            set(),
            id="welcomed",
        ),
        pytest.param(
            "The Istanbul Cooperation Initiative was launched by the end of 2004.",
            set(),
            id="by-the-end-of",
        ),
    ],
)
def test_a_launch_in_a_relative_clause_or_by_its_launcher(
    curated: Store, text: str, claims: Claims
) -> None:
    assert {c for c in claims_of(curated, text) if c[0] == "launched"} == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Armenia took its seat in the EAPC in 1997.",
            {("partner_in", "ARM", "eapc", "supported")},
            id="took-its-seat",
        ),
        pytest.param(
            "Switzerland took a seat in the Euro-Atlantic Partnership Council in 1999.",
            {("partner_in", "CHE", "eapc", "contradicted")},
            id="took-a-seat-wrong-year",
        ),
        pytest.param(
            "Moldova takes its place in the Partnership for Peace.",
            {("partner_in", "MDA", "pfp", "supported")},
            id="takes-its-place",
        ),
        pytest.param(
            "NATO launched the Mediterranean Dialogue in 1994. Tunisia came on board in February "
            "1995.",
            {("launched", "md", "md", "supported"), ("partner_in", "TUN", "md", "supported")},
            id="came-on-board-of-the-topic",
        ),
        pytest.param(
            "Bahrain got on board the Istanbul Cooperation Initiative in 2005.",
            {("partner_in", "BHR", "ici", "supported")},
            id="got-on-board",
        ),
        pytest.param(
            "Austria has never taken its seat in the Mediterranean Dialogue.",
            {("not partner_in", "AUT", "md", "supported")},
            id="never-taken",
        ),
        # agreement, an event's place, a refusal: no joining
        pytest.param("Kuwait is on board with the ICI's new agenda.", set(), id="on-board-with"),
        pytest.param("The signing took place in the EAPC's chamber in 1997.", set(), id="place"),
        pytest.param("Qatar declined to take its seat in the EAPC.", set(), id="declined"),
    ],
)
def test_taking_a_seat_and_coming_on_board_are_joining(
    curated: Store, text: str, claims: Claims
) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Portugal joined NATO in 1949, Greece in 1952 and Spain in 1982.",
            {("member_of", c, "NATO", "supported") for c in ("PRT", "GRC", "ESP")},
            id="comma-then-and",
        ),
        pytest.param(
            "Egypt and Morocco joined the Mediterranean Dialogue in 1995, Jordan in 1995, and "
            "Algeria in 2001.",
            {
                *(("partner_in", c, "md", "supported") for c in ("EGY", "MAR", "JOR")),
                ("partner_in", "DZA", "md", "contradicted"),
            },
            id="serial-comma-wrong-year",
        ),
        pytest.param(
            "Kazakhstan has been in the Partnership for Peace since 1994 and Tajikistan since "
            "2002.",
            {("partner_in", "KAZ", "pfp", "supported"), ("partner_in", "TJK", "pfp", "supported")},
            id="has-been-in-since",
        ),
        pytest.param(
            "Finland became NATO's 31st member in 2023 and Sweden its 32nd in 2024.",
            {("member_of", "FIN", "NATO", "supported"), ("member_of", "SWE", "NATO", "supported")},
            id="its-own-rank",
        ),
        pytest.param(
            "Finland became NATO's 31st member in 2023 and Sweden its 33rd in 2024.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "contradicted"),
            },
            id="its-own-rank-wrong",
        ),
    ],
)
def test_listed_subjects_share_the_verb_each_at_its_date(
    curated: Store, text: str, claims: Claims
) -> None:
    found, unread = read(curated, text)
    assert found == claims
    assert unread == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a subject with more than a date of its own ends the list: none of it is shared out
        pytest.param(
            "Portugal joined NATO in 1949, Greece in 1952 and Spain after long talks.",
            {("member_of", "PRT", "NATO", "supported")},
            id="no-date",
        ),
        pytest.param(
            "Finland joined NATO in 2023, Sweden in 2024 according to one blog.",
            {("member_of", "FIN", "NATO", "supported")},
            id="more-after",
        ),
        pytest.param(
            "Jordan joined the Mediterranean Dialogue in 1995, Israel in a later round.",
            {("partner_in", "JOR", "md", "supported")},
            id="a-later-round",
        ),
    ],
)
def test_a_list_that_says_more_than_dates_is_listed(
    curated: Store, text: str, claims: Claims
) -> None:
    found, unread = read(curated, text)
    assert found == claims
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "NATO launched the Istanbul Cooperation Initiative in Istanbul, Turkey, in June 2004.",
            {("launched", "ici", "ici", "supported")},
            id="launch",
        ),
        pytest.param(
            "The Partnership for Peace was launched in Brussels, Belgium, in January 1995.",
            {("launched", "pfp", "pfp", "contradicted")},
            id="launch-wrong-year",
        ),
        pytest.param(
            "Jordan joined the Mediterranean Dialogue at a ceremony in Amman, Jordan, in "
            "November 1995.",
            {("partner_in", "JOR", "md", "supported")},
            id="join-in-its-own-capital",
        ),
        pytest.param(
            "Armenia joined the Partnership for Peace in Yerevan, Armenia, on 5 October 1994.",
            {("partner_in", "ARM", "pfp", "supported")},
            id="join-on-a-day",
        ),
    ],
)
def test_a_date_after_a_place_and_its_country(curated: Store, text: str, claims: Claims) -> None:
    """The country a place lies in is no subject, nor a name the claims leave unread."""
    found, unread = read(curated, text)
    assert found == claims
    assert unread == []


def test_a_place_with_no_date_after_it_dates_nothing(curated: Store) -> None:
    text = "NATO launched the ICI in Istanbul, Turkey, a year after the Prague summit."
    found, unread = read(curated, text)
    assert found == set()
    assert unread == [text]
