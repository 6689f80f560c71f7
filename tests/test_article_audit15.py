"""What a sixteenth article audit (audit 15's twelve held-out articles,
tests/articles/heldout/a15-*) found the checker read that the articles never said, or left unread
that they plainly said, each rule tested on sentences of its own with near misses that must not
change.

- A dateline's capital ("KUWAIT CITY, Nov 18 (Newswire) - Officials ... pledged to widen their
  work on maritime security") was read as the subject of the sentence: a cooperation the article
  never claimed was judged supported.
- ", as are Israel and Jordan" after "Egypt cooperates with NATO on counter-terrorism, and it is a
  major non-NATO ally of the United States" gave the companions the first clause's cooperation
  too: claims never made, judged supported.
- A pronoun after a country a preposition governs ("Kuwait is a major non-NATO ally of the United
  States; it is not a member of NATO") took that country, not the clause's subject: the United
  States denied membership, judged contradicted.
- "a participant" with no framework, after a sentence on NATO's members, was read as NATO
  membership ("Russia is, on paper, still a participant": contradicted).
- A corrections column's "A timeline ... gave 1999 as the year Croatia joined NATO" was the
  writer's claim; and a date reported and set against another ("Bahrain joined the ICI in 2004,
  the briefing paper said, a date NATO's records put in February 2005"; "..., according to my
  textbook, though it actually signed in February 1994") was judged at the reported date; a
  statement called "a slip" was judged.
- Month and year in figures ("02/1994 — Poland ... sign up", "it joined in 01/1995") gave no
  date: joins told in a timeline's present were judged as states now (outdated).
- A timeline's dated opener before NATO's act ("April 2014 — NATO suspends all practical
  cooperation with Russia", "January 1994 — Allied leaders launched the PfP") lost its date.
- An echo in a verb alone with an aside ("So does Colombia, NATO's only partner in Latin
  America."; "Kazakhstan, the third, does not."; "Among the Gulf partners, Kuwait and Qatar
  do."; "The Partnership for Peace does not." of a framework) made no claim.
- "received a Defence Capacity Building package" made no claim of the DCB.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KUWAIT CITY, Nov 18 (Newswire) - Officials from NATO pledged to widen their work on "
            "maritime security.",
            set(),
            id="dateline-capital-comma-date-agency",
        ),
        pytest.param(
            "KUWAIT CITY — Officials from NATO discussed maritime security; Kuwait works with "
            "NATO on cyber defence.",
            {("cooperates_on", "KWT", "cyber", "supported")},
            id="dateline-then-the-country-named",
        ),
        pytest.param(
            "BAKU, 2 December — Officials from NATO worked on energy security.",
            set(),
            id="dateline-day-month",
        ),
        # near misses: the country is the sentence's subject, not a dateline
        pytest.param(
            "KUWAIT joined the ICI in December 2004.",
            {("partner_in", "KWT", "ici", "unverified")},
            id="capitals-subject",
        ),
        pytest.param(
            "Kuwait works with NATO on cyber defence, officials said on 18 November.",
            {("cooperates_on", "KWT", "cyber", "supported")},
            id="not-at-the-start",
        ),
    ],
)
def test_a_datelines_place_is_no_subject(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Egypt cooperates with NATO on counter-terrorism too, and it is a major non-NATO ally "
            "of the United States, as are Israel, Jordan, Morocco and Tunisia.",
            {("cooperates_on", "EGY", "terrorism", "supported")},
            id="as-are-after-another-clause",
        ),
        pytest.param(
            "Qatar works with NATO on energy security; it is a close friend of Turkey, as is "
            "Kuwait.",
            {("cooperates_on", "QAT", "energy_security", "supported")},
            id="as-is-after-a-semicolon",
        ),
        # near misses: the ellipsis closes the clause of the claim
        pytest.param(
            "Egypt cooperates with NATO on counter-terrorism, as does Jordan.",
            {
                ("cooperates_on", "EGY", "terrorism", "supported"),
                ("cooperates_on", "JOR", "terrorism", "supported"),
            },
            id="as-does-same-clause",
        ),
        pytest.param(
            "Egypt joined the Mediterranean Dialogue in 1995, and it cooperates with NATO on "
            "counter-terrorism, as do Israel and Jordan.",
            {
                ("partner_in", "EGY", "md", "supported"),
                ("cooperates_on", "EGY", "terrorism", "supported"),
                ("cooperates_on", "ISR", "terrorism", "supported"),
                ("cooperates_on", "JOR", "terrorism", "supported"),
            },
            id="as-do-second-clause",
        ),
        pytest.param(
            "Japan is not a member of NATO, and neither is Mongolia.",
            {
                ("not member_of", "JPN", "NATO", "supported"),
                ("not member_of", "MNG", "NATO", "supported"),
            },
            id="neither-is-own-clause",
        ),
    ],
)
def test_an_ellipsis_echoes_the_clause_right_before_it(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kuwait is a major non-NATO ally of the United States; it is not a member of NATO.",
            {("not member_of", "KWT", "NATO", "supported")},
            id="of-the-united-states",
        ),
        pytest.param(
            "Kuwait is a major non-NATO ally of the United States, a designation made in "
            "Washington in 2004; it is not a member of NATO.",
            {("not member_of", "KWT", "NATO", "supported")},
            id="in-washington",
        ),
        pytest.param(
            "Georgia sent troops to Afghanistan; it has been a PfP partner since 1994.",
            {("partner_in", "GEO", "pfp", "supported")},
            id="to-afghanistan",
        ),
        # near misses: the only country before the pronoun, or one no preposition governs
        pytest.param(
            "NATO signed a deal with Japan; it is a partner across the globe.",
            {("partner_in", "JPN", "pag", "supported")},
            id="only-country-governed",
        ),
        pytest.param(
            "Israel is not a member; it joined the Mediterranean Dialogue in 1995.",
            {("partner_in", "ISR", "md", "supported")},
            id="subject",
        ),
    ],
)
def test_a_pronoun_resumes_the_subject_not_a_prepositions_object(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Romania and Poland are NATO members. Russia is, on paper, still a participant.",
            {
                ("member_of", "ROU", "NATO", "supported"),
                ("member_of", "POL", "NATO", "supported"),
            },
            id="participant-after-members",
        ),
        # near miss: "a member" after NATO's members still means NATO
        pytest.param(
            "Romania and Poland are NATO members. Hungary became a member in 1999.",
            {
                ("member_of", "ROU", "NATO", "supported"),
                ("member_of", "POL", "NATO", "supported"),
                ("member_of", "HUN", "NATO", "supported"),
            },
            id="member-after-members",
        ),
    ],
)
def test_a_participant_is_no_nato_member(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        "A timeline on 12 May gave 1999 as the year Croatia joined NATO.",
        "Our table listed Austria as a NATO member.",
        "Bahrain joined the ICI in 2004, the Bahraini delegation's briefing paper said, a date "
        "NATO's own records put in February 2005.",
        "Ukraine signed the Partnership for Peace Framework Document in 1997, according to my "
        "textbook, though I have since found that it actually signed in February 1994.",
        "Armenia joined the Partnership for Peace in 1996, a spokesman for the prime minister "
        "said on Monday, in what appeared to be a slip.",
    ],
)
def test_a_reported_or_disputed_date_is_not_judged(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a source after a claim stated in full, and another country's clause after it
        pytest.param(
            "Finland joined NATO in 2023, officials said.",
            {("member_of", "FIN", "NATO", "supported")},
            id="source-after-claim",
        ),
        pytest.param(
            "Finland joined NATO in 2023, officials said, and Sweden joined in 2024.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "supported"),
            },
            id="another-countrys-clause",
        ),
    ],
)
def test_a_source_after_a_claim_leaves_it_judged(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "02/1994 — Poland, Estonia and Hungary join the Partnership for Peace.",
            {
                ("partner_in", "POL", "pfp", "supported"),
                ("partner_in", "EST", "pfp", "supported"),
                ("partner_in", "HUN", "pfp", "supported"),
            },
            id="timeline-item",
        ),
        pytest.param(
            "The Partnership for Peace was launched in January 1994.\n\n"
            "02/1994 — Poland and Hungary sign up.",
            {
                ("launched", "pfp", "pfp", "supported"),
                ("partner_in", "POL", "pfp", "supported"),
                ("partner_in", "HUN", "pfp", "supported"),
            },
            id="timeline-item-of-the-paragraph-before",
        ),
        pytest.param(
            "Ireland joined the PfP in 09/1999.",
            {("partner_in", "IRL", "pfp", "contradicted")},
            id="wrong-month",
        ),
        pytest.param(
            "Belarus joined the Partnership for Peace in 1/1995.",
            {("partner_in", "BLR", "pfp", "supported")},
            id="one-digit-month",
        ),
        # near miss: a day, month and year in figures, as read before
        pytest.param(
            "Finland joined NATO on 4/4/2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="day-month-year",
        ),
    ],
)
def test_a_month_and_year_in_figures_date_the_claim(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "April 2014 — NATO suspends all practical cooperation with Russia after the "
            "annexation of Crimea.",
            {("nato_suspended_cooperation", "RUS", "NATO", "supported")},
            id="suspension-dash",
        ),
        pytest.param(
            "April 2010: NATO suspended all practical cooperation with Russia.",
            {("nato_suspended_cooperation", "RUS", "NATO", "contradicted")},
            id="suspension-colon-wrong-year",
        ),
        pytest.param(
            "January 1994 — Allied leaders launched the Partnership for Peace.",
            {("launched", "pfp", "pfp", "supported")},
            id="launch-allied-leaders",
        ),
        pytest.param(
            "In January 1995, Allied leaders launched the Partnership for Peace.",
            {("launched", "pfp", "pfp", "contradicted")},
            id="launch-comma-wrong-year",
        ),
    ],
)
def test_a_dated_opener_dates_natos_act(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


def test_a_dated_opener_before_another_actor_makes_no_launch(curated: Store) -> None:
    claims, _ = read(curated, "In 1994, Jordan's leaders praised the Partnership for Peace.")
    assert not {c for c in claims if c[0] == "launched"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Korea and Georgia cooperate with the Alliance on cyber defence. So does Colombia, "
            "NATO's only partner in Latin America.",
            {
                ("cooperates_on", "KOR", "cyber", "supported"),
                ("cooperates_on", "GEO", "cyber", "supported"),
                ("cooperates_on", "COL", "cyber", "supported"),
            },
            id="so-does-with-appositive",
        ),
        pytest.param(
            "Azerbaijan and Uzbekistan cooperate with NATO on energy security. Kazakhstan, the "
            "third, does not. Among the Gulf partners, Kuwait and Qatar do.",
            {
                ("cooperates_on", "AZE", "energy_security", "supported"),
                ("cooperates_on", "UZB", "energy_security", "supported"),
                ("not cooperates_on", "KAZ", "energy_security", "new"),
                ("cooperates_on", "KWT", "energy_security", "supported"),
                ("cooperates_on", "QAT", "energy_security", "supported"),
            },
            id="does-not-then-do",
        ),
        pytest.param(
            "Both the Mediterranean Dialogue and the Istanbul Cooperation Initiative address "
            "climate change. The Partnership for Peace does not.",
            {
                ("addresses", "md", "climate_change", "supported"),
                ("addresses", "ici", "climate_change", "supported"),
                ("not addresses", "pfp", "climate_change", "new"),
            },
            id="framework-does-not",
        ),
        pytest.param(
            "Oman has not joined the ICI. Saudi Arabia has not either.",
            {
                ("not partner_in", "OMN", "ici", "supported"),
                ("not partner_in", "SAU", "ici", "supported"),
            },
            id="has-not-either",
        ),
        pytest.param(
            "Finland is a member of NATO. Austria is not.",
            {
                ("member_of", "FIN", "NATO", "supported"),
                ("not member_of", "AUT", "NATO", "supported"),
            },
            id="is-not",
        ),
    ],
)
def test_an_echo_in_a_verb_alone_takes_the_claim_before(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an aside naming another country, a verb with words of its own, a second
        # kind of claim before
        "Japan cooperates with NATO on cyber defence. Korea, unlike Mongolia, does not.",
        "Japan cooperates with NATO on cyber defence. Korea does not say so.",
        "Japan joined the PfP in 1994 and cooperates with NATO on cyber defence. Korea does not.",
    ],
)
def test_near_misses_make_no_echo(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[1] in ("KOR", "MNG")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mauritania received a Defence Capacity Building package in June 2022.",
            {("partner_in", "MRT", "dcb", "supported")},
            id="received-package",
        ),
        pytest.param(
            "Tunisia received a DCB package in 2016.",
            {("partner_in", "TUN", "dcb", "contradicted")},
            id="received-package-wrong-year",
        ),
        pytest.param(
            "Bosnia and Herzegovina signed a Defence Capacity Building package in February 2023.",
            {("partner_in", "BIH", "dcb", "supported")},
            id="signed-package",
        ),
    ],
)
def test_a_frameworks_package_received_is_a_part_in_it(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    ["Jordan received PfP funding in 2010.", "Jordan received the PfP in 2010."],
)
def test_near_misses_receive_no_framework(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pakistan, a close friend of Turkey, is a partner across the globe.",
            {("partner_in", "PAK", "pag", "supported")},
            id="friend-of",
        ),
        pytest.param(
            "Croatia, a neighbour of Bosnia and Herzegovina, joined NATO in 2009.",
            {("member_of", "HRV", "NATO", "supported")},
            id="neighbour-of",
        ),
        pytest.param(
            "Kuwait, a major non-NATO ally of the United States, is not a member of NATO.",
            {("not member_of", "KWT", "NATO", "supported")},
            id="major-non-nato-ally-of",
        ),
        # near miss: countries listed, an aside of them all
        pytest.param(
            "Egypt, Israel and Jordan, all partners, cooperate with NATO on counter-terrorism.",
            {
                ("cooperates_on", "EGY", "terrorism", "supported"),
                ("cooperates_on", "ISR", "terrorism", "supported"),
                ("cooperates_on", "JOR", "terrorism", "supported"),
            },
            id="list-and-aside",
        ),
    ],
)
def test_an_appositives_country_of_a_preposition_is_no_subject(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


def test_a_fact_boxs_still_in_not_in_and_later_arrivals(curated: Store) -> None:
    text = (
        "THE EURO-ATLANTIC PARTNERSHIP COUNCIL\n\n"
        "STILL IN: Armenia, Azerbaijan and Georgia.\n\n"
        "NOT IN: Israel and Japan.\n\n"
        "LATER ARRIVALS: Ireland (1999), Tajikistan (2002)."
    )
    claims, _ = read(curated, text)
    assert claims == {
        ("partner_in", "ARM", "eapc", "supported"),
        ("partner_in", "AZE", "eapc", "supported"),
        ("partner_in", "GEO", "eapc", "supported"),
        ("not partner_in", "ISR", "eapc", "supported"),
        ("not partner_in", "JPN", "eapc", "supported"),
        ("partner_in", "IRL", "eapc", "supported"),
        # in the EAPC from May 1997: its PfP date is 2002
        ("partner_in", "TJK", "eapc", "contradicted"),
    }


@pytest.mark.parametrize(
    "line",
    [
        "NOT IN: Israel, Jordan and the other Mediterranean Dialogue partners.",  # not a list alone
        "NOT INVITED: Israel and Japan.",  # another label
        "STILL IN TALKS: Israel and Japan.",
    ],
)
def test_near_misses_of_a_fact_boxs_labels(curated: Store, line: str) -> None:
    claims, _ = read(curated, "THE EURO-ATLANTIC PARTNERSHIP COUNCIL\n\n" + line)
    assert not {c for c in claims if c[1] in ("ISR", "JPN", "JOR")}


def test_a_tables_joined_columns_are_read_of_each_row(curated: Store) -> None:
    text = (
        "| Country | Joined PfP | Joined NATO |\n|---|---|---|\n"
        "| Bulgaria | 1995 | 2004 |\n| Albania | 1994 | 2008 |\n"
    )
    claims, _ = read(curated, text)
    assert claims == {
        ("partner_in", "BGR", "pfp", "contradicted"),  # February 1994
        ("member_of", "BGR", "NATO", "supported"),
        ("partner_in", "ALB", "pfp", "supported"),
        ("member_of", "ALB", "NATO", "contradicted"),  # April 2009
    }


def test_an_html_tables_row_is_quoted_as_written(curated: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from nato_graph.loaders.articles import load_articles

    page = tmp_path / "t.html"
    page.write_text(
        "<html><body><h1>Allies</h1><table><tr><th>Country</th><th>Joined NATO</th></tr>"
        "<tr><td>Croatia</td><td>2009</td></tr></table></body></html>",
        encoding="utf-8",
    )
    load_articles(curated, [str(page)])
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.predicate AS p, c.subject AS s, c.verdict AS v, c.sentence AS t"
    ).rows
    assert [(r["p"], r["s"], r["v"], r["t"]) for r in rows] == [
        ("member_of", "HRV", "supported", "Croatia | 2009")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a header that says no join, a cell that is no date, a row of no table
        "| Country | Partnership | Since |\n|---|---|---|\n| Armenia | Partnership for Peace | 1996 |",
        "| Country | Joined NATO |\n|---|---|\n| Croatia | not yet |",
        "Croatia | 2009",
    ],
)
def test_near_misses_of_a_tables_joins(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[0] == "member_of" or c[1] == "ARM"}


def test_a_boxs_line_naming_another_framework_keeps_the_boxs_subject(curated: Store) -> None:
    text = (
        "FACT BOX: THE EURO-ATLANTIC PARTNERSHIP COUNCIL\n\n"
        "REPLACED: The North Atlantic Cooperation Council, set up in December 1991.\n\n"
        "STILL IN: Armenia and Georgia.\n\n"
        "FOCUS: Counter-terrorism; border security."
    )
    claims, _ = read(curated, text)
    assert claims == {
        ("launched", "nacc", "nacc", "supported"),
        ("partner_in", "ARM", "eapc", "supported"),
        ("partner_in", "GEO", "eapc", "supported"),
        ("addresses", "eapc", "terrorism", "supported"),
        ("addresses", "eapc", "border_security", "supported"),
    }


def test_a_boxs_related_line_still_ends_its_subject(curated: Store) -> None:
    text = (
        "FACT BOX: THE EURO-ATLANTIC PARTNERSHIP COUNCIL\n\n"
        "RELATED: The Mediterranean Dialogue.\n\n"
        "STILL IN: Armenia and Georgia."
    )
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[2] == "eapc"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sea Guardian covers maritime security and counter-terrorism.",
            {
                ("addresses", "osg", "maritime_security", "supported"),
                ("addresses", "osg", "terrorism", "supported"),
            },
            id="covers",
        ),
        pytest.param(
            "NATO Mission Iraq focuses on counter-terrorism.",
            {("addresses", "nmi", "terrorism", "supported")},
            id="focuses-on",
        ),
        pytest.param(
            "Operation Ocean Shield focused on climate change.",
            {("addresses", "oos", "climate_change", "new")},
            id="nothing-held",
        ),
        # the operation a relative clause names is its object, not the subject that deals with it
        pytest.param(
            "Sea Guardian, which replaced Active Endeavour in 2016, addresses maritime security "
            "and counter-terrorism.",
            {
                ("addresses", "osg", "maritime_security", "supported"),
                ("addresses", "osg", "terrorism", "supported"),
            },
            id="relative-clause-object",
        ),
        pytest.param(
            "The EAPC, which replaced the NACC, addresses counter-terrorism.",
            {("addresses", "eapc", "terrorism", "supported")},
            id="relative-clause-framework",
        ),
    ],
)
def test_what_an_operation_deals_with_is_judged(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a country's part in it, and a country that comes first
        "Georgia sent troops to ISAF, which fought terrorism.",
        "During Active Endeavour, Israel worked with NATO on counter-terrorism.",
    ],
)
def test_near_misses_make_no_claim_of_what_an_operation_deals_with(
    curated: Store, text: str
) -> None:
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[0] == "addresses"}
