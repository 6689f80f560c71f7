"""A cooperation claimed with a date is held to the dates the data gives it.

The data dates few cooperations (most rows have no start; Russia's, Afghanistan's, Belarus's and
Pakistan's relief have an end). The start it records is a step such as an action plan, not the
first cooperation there was, so a year before it, or any year where it records none, is
unverified; a date after the end is contradicted only when the partner then took part in no
partnership (the end may be only the evidence's: a relief mission's last day), and an earlier end
may be a strand's: unverified. Before, a cooperation with a
date was judged without it ("Since 1995, Jordan has cooperated with NATO on cyber defence" was
supported) or dropped. "Began", "started" and "first" tell a start (of a partnership too: "Russia
began taking part in the PfP in 2000" was supported); "stopped" gives an end; "resumed" and
"froze" claim nothing. Claims are (predicate, subject, object, verdict) from a real embedded
store, one text per case (the store keeps a test's claims).
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claim, read


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a year after the cooperation ended (each was supported, then listed unread)
        pytest.param(
            "In 2024, Afghanistan cooperated with NATO on building integrity.",
            ("cooperates_on", "AFG", "building_integrity", "contradicted"),
            id="after-its-end-fronted",
        ),
        pytest.param(
            "Russia cooperated with NATO on counter-terrorism in 2019.",
            ("cooperates_on", "RUS", "terrorism", "contradicted"),
            id="after-its-end",
        ),
        # after an end that is only the evidence's (a relief mission's last day), the partner
        # still in a partnership: NATO sent relief again in 2010 (the review)
        pytest.param(
            "Pakistan cooperated with NATO on disaster relief in 2010.",
            ("cooperates_on", "PAK", "civil_emergency", "unverified"),
            id="after-a-relief-effort-ended",
        ),
        pytest.param(
            "In 2010, Russia cooperated with NATO on crisis management.",
            ("cooperates_on", "RUS", "crisis_management", "unverified"),
            id="after-its-part-in-operations-ended",
        ),
        pytest.param(
            "In 2019, Russia cooperated with NATO on crisis management.",
            ("cooperates_on", "RUS", "crisis_management", "contradicted"),
            id="after-all-cooperation-was-suspended",
        ),
        # within the dates the data gives
        pytest.param(
            "In 2010, Russia cooperated with NATO on counter-terrorism.",
            ("cooperates_on", "RUS", "terrorism", "supported"),
            id="within-its-dates",
        ),
        pytest.param(
            "Pakistan cooperated with NATO on disaster relief in 2005.",
            ("cooperates_on", "PAK", "civil_emergency", "supported"),
            id="in-its-first-year",
        ),
        pytest.param(
            "Qatar has cooperated with NATO on energy security since 2008.",
            ("cooperates_on", "QAT", "energy_security", "supported"),
            id="since-its-start",  # October 2008
        ),
        pytest.param(
            "Qatar has cooperated with NATO on energy security since 2012.",
            ("cooperates_on", "QAT", "energy_security", "unverified"),
            id="since-after-its-start",  # a start the data gives otherwise
        ),
        pytest.param(
            "Qatar has cooperated with NATO on energy security since September 2008.",
            ("cooperates_on", "QAT", "energy_security", "unverified"),
            id="since-a-month-before-its-start",  # was supported at the year's precision
        ),
        pytest.param(
            "Qatar began cooperating with NATO on energy security in November 2008.",
            ("cooperates_on", "QAT", "energy_security", "contradicted"),
            id="began-a-month-after-its-start",  # was supported at the year's precision
        ),
        pytest.param(
            "Russia cooperated with NATO on terrorism from 2010 to 2014.",
            ("cooperates_on", "RUS", "terrorism", "unverified"),
            id="from-a-later-start",
        ),
        pytest.param(
            "In May 2014, Russia did not cooperate with NATO on counter-terrorism.",
            ("not cooperates_on", "RUS", "terrorism", "supported"),
            id="denied-in-a-month-after-its-end",  # 1 April 2014: was contradicted by the year
        ),
        pytest.param(
            "In March 2006, Pakistan did not cooperate with NATO on disaster relief.",
            ("not cooperates_on", "PAK", "civil_emergency", "unverified"),
            id="denied-after-an-end-of-the-evidence",  # was contradicted by the year
        ),
        # before the data's start, or no start recorded: unverified, never supported
        pytest.param(
            "Since 1995, Jordan has cooperated with NATO on cyber defence.",
            ("cooperates_on", "JOR", "cyber", "unverified"),
            id="since-with-no-start-recorded",  # was supported
        ),
        pytest.param(
            "Qatar has cooperated with NATO on energy security since 2001.",
            ("cooperates_on", "QAT", "energy_security", "unverified"),
            id="since-before-its-start",
        ),
        pytest.param(
            "Pakistan has worked with NATO on border security since 2005.",
            ("cooperates_on", "PAK", "border_security", "unverified"),
            id="since-before-its-start-at-the-end",
        ),
        pytest.param(
            "In 2003, Russia cooperated with NATO on counter-terrorism.",
            ("cooperates_on", "RUS", "terrorism", "unverified"),
            id="before-its-start",  # the NRC worked on terrorism before the 2004 action plan
        ),
        pytest.param(
            "In 2019, Jordan cooperated with NATO on cyber defence.",
            ("cooperates_on", "JOR", "cyber", "unverified"),
            id="a-year-with-no-start-recorded",
        ),
        # ends
        pytest.param(
            "Russia cooperated with NATO on counter-terrorism until 2014.",
            ("cooperates_on", "RUS", "terrorism", "supported"),
            id="its-end",
        ),
        pytest.param(
            "Russia cooperated with NATO on counter-terrorism from 2004 to 2014.",
            ("cooperates_on", "RUS", "terrorism", "supported"),
            id="its-span",
        ),
        pytest.param(
            "Russia cooperated with NATO on counter-terrorism until 2019.",
            ("cooperates_on", "RUS", "terrorism", "contradicted"),
            id="a-later-end",
        ),
        pytest.param(
            "Russia stopped cooperating with NATO on terrorism in 2016.",
            ("cooperates_on", "RUS", "terrorism", "contradicted"),
            id="stopped-after-it-had",
        ),
        # an earlier end may be a strand's (Active Endeavour's, 2004-2008): the data went on
        pytest.param(
            "Russia cooperated with NATO on counter-terrorism until 2008.",
            ("cooperates_on", "RUS", "terrorism", "unverified"),
            id="an-earlier-end",
        ),
        pytest.param(
            "Russia and NATO worked together on counter-terrorism from 2004 to 2008.",
            ("cooperates_on", "RUS", "terrorism", "unverified"),
            # held-out a10-06 (", when Russian ships supported Operation Active Endeavour"),
            # labelled supported: it was contradicted
            id="a-strand-that-ended",
        ),
        pytest.param(
            "Russia ended its cooperation with NATO on terrorism in 2014.",
            ("cooperates_on", "RUS", "terrorism", "supported"),
            id="ended-in-its-year",
        ),
        pytest.param(
            "Jordan cooperated with NATO on cyber defence until 2019.",
            ("cooperates_on", "JOR", "cyber", "unverified"),
            id="an-end-the-data-does-not-record",
        ),
        pytest.param(
            "Russia has cooperated with NATO on counter-terrorism since 2005.",
            ("cooperates_on", "RUS", "terrorism", "outdated"),
            id="since-but-it-ended",
        ),
        # denied
        pytest.param(
            "In 2020, Russia did not cooperate with NATO on counter-terrorism.",
            ("not cooperates_on", "RUS", "terrorism", "supported"),
            id="denied-after-its-end",
        ),
        pytest.param(
            "In 2010, Russia did not cooperate with NATO on counter-terrorism.",
            ("not cooperates_on", "RUS", "terrorism", "contradicted"),
            id="denied-within-its-dates",
        ),
        pytest.param(
            "Russia has not cooperated with NATO on counter-terrorism since 2014.",
            ("not cooperates_on", "RUS", "terrorism", "supported"),
            id="denied-since-its-end",
        ),
        # a start
        pytest.param(
            "Russia began cooperating with NATO on counter-terrorism in 2010.",
            ("cooperates_on", "RUS", "terrorism", "contradicted"),
            id="began-after-its-start",  # it did from December 2004: was supported
        ),
        pytest.param(
            "Russia first cooperated with NATO on counter-terrorism in 2010.",
            ("cooperates_on", "RUS", "terrorism", "contradicted"),
            id="first-after-its-start",
        ),
        pytest.param(
            "Pakistan began to cooperate with NATO on disaster relief in 2005.",
            ("cooperates_on", "PAK", "civil_emergency", "supported"),
            id="began-in-its-year",
        ),
        pytest.param(
            "Russia started to cooperate with NATO on counter-terrorism in 2002.",
            ("cooperates_on", "RUS", "terrorism", "unverified"),
            id="began-before-the-data-start",
        ),
        pytest.param(
            "Russia began taking part in the PfP in 2000.",
            ("partner_in", "RUS", "pfp", "contradicted"),
            id="began-taking-part",  # joined 1994: read as the state in 2000, supported
        ),
        pytest.param(
            "Russia began taking part in the PfP in 1994.",
            ("partner_in", "RUS", "pfp", "supported"),
            id="began-taking-part-in-its-year",
        ),
    ],
)
def test_a_dated_cooperation_is_held_to_the_data_dates(
    curated: Store, text: str, claim: Claim
) -> None:
    claims, unread = read(curated, text)
    assert claims == {claim}
    assert unread == []


@pytest.mark.parametrize(
    "text",
    [
        # the review's: a rank, a start in other words, a return, an end given to the month
        "Pakistan was the first partner to cooperate with NATO on disaster relief in 2010.",
        "Qatar cooperated with NATO on energy security for the first time in 2012.",
        "Malta began taking part in the PfP again in 2008.",
        "Russia cooperated with NATO on terrorism until May 2014.",
        "Russia resumed cooperating with NATO on terrorism in 2010.",  # no break recorded
        "Belarus froze its cooperation with NATO on disaster relief in 2021.",  # a halt
        "Russia stopped cooperating with NATO on terrorism.",  # no year to compare
    ],
)
def test_a_return_a_halt_or_an_undated_stop_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]


@pytest.mark.parametrize(
    "text",
    [
        # the date is the first clause's: the partnership's was judged by it (contradicted)
        "Austrian soldiers have served in KFOR since 1999, and Austria is a partner in the PfP.",
        "Austrian soldiers have served in KFOR since 1999, and Austria cooperates with NATO on "
        "crisis management.",
    ],
)
def test_a_date_of_the_clause_before_and_dates_nothing_after_it(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert not any(c[3] in ("contradicted", "unverified") for c in claims)
    assert claims or unread == [text]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "first" or "began" before anything but the state's own verb tells no start: each
        # was read as a PfP or MD join in that year, contradicted (the review)
        pytest.param(
            "In 2006, Russia sent its first frigate to Active Endeavour as a PfP partner.",
            ("partner_in", "RUS", "pfp", "supported"),
            id="its-first-frigate",
        ),
        pytest.param(
            "In 2014, Jordan started a defence capacity-building package as an MD partner.",
            ("partner_in", "JOR", "md", "supported"),
            id="started-something-else",
        ),
    ],
)
def test_a_start_word_of_another_verb_tells_no_start(
    curated: Store, text: str, claim: Claim
) -> None:
    claims, _ = read(curated, text)
    assert claims == {claim}


def test_the_claim_and_fact_give_the_dates(curated: Store) -> None:
    read(curated, "Since 1995, Jordan has cooperated with NATO on cyber defence.")
    row = curated.read("MATCH (c:Claim) RETURN c.claim AS claim, c.fact AS fact").rows[0]
    assert row["claim"] == (
        "Jordan has cooperated with NATO on cyber threats and cyber defence since 1995"
    )
    assert row["fact"] == (
        "Jordan cooperates with NATO on cyber threats and cyber defence; the data does not say "
        "since when"
    )
