"""What a seventeenth article audit (audit 16's twelve held-out articles,
tests/articles/heldout/a16-*) found the checker read that the articles never said, or left unread
that they plainly said, each rule tested on sentences of its own with near misses that must not
change.

- A corrections column's "We wrote on 3 June that Finland became a NATO member in 2024" was the
  writer's claim, contradicted: the writer's own words of an earlier day, which the column puts
  up to correct, claim nothing now.
- A date set off inside a list of areas ("on counter-terrorism and, since 2010, on border
  security") dated the area before it, not the one after: the border-security cooperation, whose
  start the data gives as 2016, was judged supported, and counter-terrorism unverified.
- A country after the "as" of a comparison ("which joined the programme on the same day as
  Serbia, has had a MAP since 2010") was the subject of the verb after it: Serbia's MAP, never
  claimed, was contradicted.
- A date written "Jan. 10, 1994" or "June 22, 1996" opening a timeline's line lost its year at
  the comma: the line's join or launch went undated ("June 22, 1996 — Russia signs the PfP
  Framework Document" was judged supported).
- A timeline's present of an operation ("November 2016 — Operation Active Endeavour ends",
  "IFOR begins its mission") and an operation's "began its mission" made no claim.
- "Its seven members are Algeria, Egypt, ..." after a sentence on the Dialogue, a framework's
  partners in an apposition ("The four ICI partners, Bahrain, Kuwait, ..., took part"), "It
  covers counter-terrorism ..." of the framework the sentence before asked about, "was joined by
  Egypt and Israel", "has had a Membership Action Plan since 2010", "received Enhanced
  Opportunities Partner status", "was the last to sign up, in February 2001" and "Kuwait went
  first, in December 2004" made no claim.
- A contrast with NATO's membership after "rather than", or before another clause ("Colombia is
  a partner, not an Ally, and it has no plans to apply"), denied nothing; and gapped subjects
  before a clause of time ("and Sweden in 2024, after ...") lost their claim.
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
            "We wrote on 3 June that Finland became a NATO member in 2024.",
            set(),
            id="we-wrote-on-a-day",
        ),
        pytest.param(
            "We reported on Monday that Sweden joined NATO in 2023.",
            set(),
            id="we-reported-on-a-weekday",
        ),
        # near misses: the writer's words now, or a report the writer stands by
        pytest.param(
            "As we reported on Monday, Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="as-we-reported",
        ),
        pytest.param(
            "We said that Finland joined NATO in 2024.",
            {("member_of", "FIN", "NATO", "contradicted")},
            id="we-said-undated",
        ),
        pytest.param(
            "We know on good authority that Finland joined NATO in 2023.",
            {("member_of", "FIN", "NATO", "supported")},
            id="we-know",
        ),
    ],
)
def test_the_writers_earlier_words_are_no_claim(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    assert (unread == [text]) == (not expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pakistan works with NATO on counter-terrorism and, since 2010, on border security.",
            {
                ("cooperates_on", "PAK", "terrorism", "supported"),
                ("cooperates_on", "PAK", "border_security", "unverified"),
            },
            id="date-after-the-joiner-is-the-next-areas",
        ),
        pytest.param(
            "Pakistan works with NATO on counter-terrorism and, since 2016, on border security.",
            {
                ("cooperates_on", "PAK", "terrorism", "supported"),
                ("cooperates_on", "PAK", "border_security", "supported"),
            },
            id="the-datas-start",
        ),
        # near miss: a date before the joiner stays the first area's
        pytest.param(
            "Pakistan has worked with NATO on border security since 2010 and on counter-terrorism.",
            {
                ("cooperates_on", "PAK", "border_security", "unverified"),
                ("cooperates_on", "PAK", "terrorism", "supported"),
            },
            id="date-before-the-joiner",
        ),
    ],
)
def test_a_date_inside_a_list_of_areas(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bosnia and Herzegovina, which joined the programme on the same day as Serbia, has "
            "taken part in the Membership Action Plan since 2010.",
            {("partner_in", "BIH", "map", "supported")},
            id="same-day-as",
        ),
        pytest.param(
            "Bosnia and Herzegovina, which joined the programme at the same time as Serbia, "
            "joined the Membership Action Plan in 2010.",
            {("partner_in", "BIH", "map", "supported")},
            id="same-time-as",
        ),
        # near miss: "as well as" joins two subjects
        pytest.param(
            "Algeria as well as Egypt joined the Mediterranean Dialogue.",
            {("partner_in", "DZA", "md", "supported"), ("partner_in", "EGY", "md", "supported")},
            id="as-well-as",
        ),
    ],
)
def test_a_country_compared_is_no_subject(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "June 22, 1996 — Russia signs the PfP Framework Document.",
            {("partner_in", "RUS", "pfp", "contradicted")},
            id="month-day-comma-year",
        ),
        pytest.param(
            "Jan. 10, 1994 — The Partnership for Peace is unveiled at the Allies' summit.",
            {("launched", "pfp", "pfp", "supported")},
            id="abbreviated-month",
        ),
        # near miss: a comma after the date, then a number
        pytest.param("In 1995, 2000 troops went to IFOR.", set(), id="year-comma-number"),
    ],
)
def test_a_comma_inside_an_opening_date(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "November 2016 — Operation Active Endeavour ends.",
            {("operation_ended", "oae", "oae", "supported")},
            id="timeline-present-end",
        ),
        pytest.param(
            "20 December 1995 — IFOR begins its mission in Bosnia and Herzegovina.",
            {("operation_began", "ifor", "ifor", "supported")},
            id="timeline-present-start",
        ),
        pytest.param(
            "IFOR began its mission in December 1995.",
            {("operation_began", "ifor", "ifor", "supported")},
            id="began-its-mission",
        ),
        # near misses: a present outside a timeline plans; another thing of the operation's
        pytest.param("Sea Guardian ends in 2027.", set(), id="present-without-a-timeline"),
        pytest.param("ISAF began its combat role in 2003.", set(), id="its-combat-role"),
    ],
)
def test_an_operations_timeline_and_mission(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Mediterranean Dialogue is old. Its members are Algeria, Libya and Israel.",
            {
                ("partner_in", "DZA", "md", "supported"),
                ("partner_in", "LBY", "md", "contradicted"),
                ("partner_in", "ISR", "md", "supported"),
            },
            id="its-members-are",
        ),
        pytest.param(
            "The ICI is young. Its four partners are Bahrain, Kuwait, Qatar and Oman.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("partner_in", "KWT", "ici", "supported"),
                ("partner_in", "QAT", "ici", "supported"),
                ("partner_in", "OMN", "ici", "contradicted"),
            },
            id="its-four-partners-are",
        ),
        # near misses: another noun, examples, a denial
        pytest.param(
            "The ICI is young. Its critics are Saudi Arabia and Oman.", set(), id="critics"
        ),
        pytest.param(
            "The ICI is young. Its members include states such as Kuwait.", set(), id="such-as"
        ),
        pytest.param(
            "The ICI is young. Its members are not Saudi Arabia and Oman.", set(), id="denied"
        ),
    ],
)
def test_its_members_are(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The four ICI partners, Bahrain, Kuwait, Qatar and the United Arab Emirates, took "
            "part in a ceremony at NATO Headquarters.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("partner_in", "KWT", "ici", "supported"),
                ("partner_in", "QAT", "ici", "supported"),
                ("partner_in", "ARE", "ici", "supported"),
                # "The four ICI partners": the count, read since this session's counts
                ("partner_count", "ici", "ici", "supported"),
            },
            id="the-four-ici-partners",
        ),
        pytest.param(
            "The ICI partners, Bahrain and Oman, met in Kuwait.",
            {
                ("partner_in", "BHR", "ici", "supported"),
                ("partner_in", "OMN", "ici", "contradicted"),
            },
            id="a-false-one-named",
        ),
        # near misses: an apposition that does not close, other partners, former ones
        pytest.param("Among the ICI partners, Kuwait is the most active.", set(), id="among"),
        pytest.param(
            "Unlike the ICI partners, Oman, which was invited, stayed out.", set(), id="unlike"
        ),
        pytest.param(
            "The former PfP partners, Finland and Sweden, met in Oslo.", set(), id="former"
        ),
    ],
)
def test_partners_named_in_an_apposition(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "What does the Istanbul Cooperation Initiative cover? It covers counter-terrorism, "
            "cyber defence and energy security.",
            {
                ("addresses", "ici", "terrorism", "supported"),
                ("addresses", "ici", "cyber", "supported"),
                ("addresses", "ici", "energy_security", "supported"),
            },
            id="it-covers",
        ),
        # near miss: "it" of a country
        pytest.param(
            "Jordan joined the Mediterranean Dialogue in 1995. It works with NATO on "
            "counter-terrorism.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("cooperates_on", "JOR", "terrorism", "supported"),
            },
            id="it-of-a-country",
        ),
    ],
)
def test_it_of_the_framework_before(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Mediterranean Dialogue was joined by Egypt and Israel in 1995.",
            {("partner_in", "EGY", "md", "supported"), ("partner_in", "ISR", "md", "supported")},
            id="joined-by",
        ),
        pytest.param(
            "The Mediterranean Dialogue was joined by Algeria in 2002.",
            {("partner_in", "DZA", "md", "contradicted")},
            id="joined-by-a-wrong-year",
        ),
        pytest.param(
            "Bosnia and Herzegovina has had a Membership Action Plan since 2006.",
            {("partner_in", "BIH", "map", "contradicted")},
            id="has-had-since",
        ),
        pytest.param(
            "Azerbaijan has also had an Individual Partnership Action Plan since 2005.",
            {("partner_in", "AZE", "ipap", "unverified")},
            id="has-also-had-since",
        ),
        pytest.param(
            "The PfP grew. Tajikistan was the last to sign up, in February 2001.",
            {("partner_in", "TJK", "pfp", "contradicted")},
            id="date-set-off-after-the-verb",
        ),
        pytest.param(
            "2016 — Ukraine gets Enhanced Opportunities Partner status.",
            {("partner_in", "UKR", "pii", "contradicted")},
            id="gets-status",
        ),
        pytest.param(
            "Ukraine received Enhanced Opportunities Partner status in June 2020.",
            {("partner_in", "UKR", "pii", "supported")},
            id="received-status",
        ),
        pytest.param(
            "The ICI matters. Kuwait went first, in 2003.",
            {("partner_in", "KWT", "ici", "contradicted")},
            id="went-first",
        ),
        # near misses: a denial, another passive, "had" with no "since", another noun, a status
        # of something else, "went first" in another sense
        pytest.param(
            "The Mediterranean Dialogue was not joined by Libya.", set(), id="not-joined-by"
        ),
        pytest.param(
            "The Mediterranean Dialogue was opened by Egypt in 1995.", set(), id="opened-by"
        ),
        pytest.param("Georgia had an IPAP in 2005.", set(), id="had-in"),
        pytest.param("Georgia has had a role in the PfP since 1994.", set(), id="had-a-role"),
        pytest.param("Ukraine received PfP funding in 2016.", set(), id="received-funding"),
        pytest.param(
            "Ukraine received observer status in the EAPC in 2016.", set(), id="observer-status"
        ),
        pytest.param(
            "The ICI matters. Kuwait went first in the queue.", set(), id="went-first-in-a-queue"
        ),
    ],
)
def test_joins_in_other_words(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Colombia is a partner, not an Ally, and it has no plans to seek membership.",
            {("not member_of", "COL", "NATO", "supported")},
            id="contrast-before-a-clause",
        ),
        pytest.param(
            "Austria and Ireland remain PfP partners rather than Allies.",
            {
                ("partner_in", "AUT", "pfp", "supported"),
                ("partner_in", "IRL", "pfp", "supported"),
                ("not member_of", "AUT", "NATO", "supported"),
                ("not member_of", "IRL", "NATO", "supported"),
            },
            id="rather-than",
        ),
        pytest.param(
            "Finland joined NATO in 2023 and Sweden in 2024, as expected.",
            {("member_of", "FIN", "NATO", "supported"), ("member_of", "SWE", "NATO", "supported")},
            id="gapped-before-a-clause",
        ),
        # near misses: another contrast, a past state
        pytest.param("Austria is a partner rather than a rival.", set(), id="rather-than-a-rival"),
        pytest.param(
            "Austria is a partner, not least in crisis management.", set(), id="not-least"
        ),
        pytest.param("Sweden was a partner rather than an Ally.", set(), id="was-rather-than"),
    ],
)
def test_a_contrast_and_a_gap_before_a_clause(curated: Store, text: str, expected: Claims) -> None:
    claims, _ = read(curated, text)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "HOST: Let's turn to the Mediterranean Dialogue.\n\nNASSER: Jordan's the star pupil. "
            "It's been in the Dialogue since 1994.",
            {("partner_in", "JOR", "md", "contradicted")},
            id="speaker-then-its-country",
        ),
        # near miss: the speaker's line opens with another word, not the country
        pytest.param(
            "HOST: Let's turn to the Mediterranean Dialogue.\n\nNASSER: Frankly, the star pupil "
            "is Jordan, not Tunisia. It's been in the Dialogue since 1994.",
            set(),
            id="country-later-in-the-line",
        ),
    ],
)
def test_a_speakers_line_opens_with_its_country(
    curated: Store, text: str, expected: Claims
) -> None:
    claims, _ = read(curated, text)
    assert claims == expected
