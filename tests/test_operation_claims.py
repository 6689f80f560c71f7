"""When an operation began or ended, read from an article and judged against its dates.

"ISAF ended in 2016" and "KFOR ended in 2008" made no claim and were not even listed: the reader
checked no operation's dates. Now the forms a framework's launch is read in say an operation's
start or end (``operation_began``, ``operation_ended``), judged against the start and end the
data gives it, on its sources; an operation that began under another and came under NATO's lead
later (ISAF) has two starts a text may mean, and a claim of either is only unverified.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISAF ended in 2016.", ("operation_ended", "isaf", "isaf", "contradicted")),
        ("The ISAF mission came to an end in December 2014.", ("operation_ended", "isaf", "isaf", "supported")),
        ("KFOR ended in 2008.", ("operation_ended", "kfor", "kfor", "contradicted")),
        ("KFOR began in June 1999.", ("operation_began", "kfor", "kfor", "supported")),
        ("NATO launched Operation Active Endeavour in October 2001.", ("operation_began", "oae", "oae", "supported")),
        ("Resolute Support began on 1 January 2015.", ("operation_began", "rsm", "rsm", "supported")),
        ("Operation Unified Protector ended on 31 October 2011.", ("operation_ended", "oup", "oup", "supported")),
        ("Operation Ocean Shield was concluded in 2015.", ("operation_ended", "oos", "oos", "contradicted")),
        # ISAF: a UN mandate from December 2001, NATO's lead from August 2003
        ("ISAF was established in 2001.", ("operation_began", "isaf", "isaf", "unverified")),
        ("NATO launched ISAF in 2003.", ("operation_began", "isaf", "isaf", "unverified")),
        ("ISAF was created in 2005.", ("operation_began", "isaf", "isaf", "contradicted")),
    ],
)  # fmt: skip
def test_an_operations_start_or_end_is_judged_against_its_dates(
    curated: Store, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert read(curated, text) == ({expected}, [])


@pytest.mark.parametrize(
    "text",
    [
        "ISAF ended its combat role in 2014.",  # the date of something else the verb ends
        "ISAF never ended in 2013.",  # denied
        "ISAF may have ended in 2016.",  # hedged
        "If ISAF ended in 2016, Resolute Support would be older.",  # a condition
        "KFOR troops were deployed in 2004.",  # the troops, not the operation
        "KFOR was deployed in 2011 to restore order in the north.",  # a deployment, no start
        "Georgia sent troops to ISAF in 2004.",  # a part in it
        # the operation is what another word governs, not the verb's subject (review)
        "The mission that replaced ISAF ended in 2021.",
        "Operation Althea, which replaced SFOR, began in December 2004.",
        "Libya's civil war, which prompted OUP, began in February 2011.",
        "The protests against KFOR began in 2004.",
    ],
)
def test_near_misses_make_no_claim_of_an_operations_dates(curated: Store, text: str) -> None:
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[0].startswith("operation_")}


@pytest.mark.parametrize(
    "text",
    [
        "KFOR ended in 2026.",  # after the data's last event: it can say nothing of it
        "NATO Mission Iraq ended in 2026.",
        "Operation Ocean Shield ended on 24 November 2016.",  # a date the data's note gives
        "NATO launched Operation Active Endeavour on 26 October 2001.",
    ],
)
def test_a_date_beyond_the_data_or_its_notes_alternative_is_unverified(
    curated: Store, text: str
) -> None:
    claims, _ = read(curated, text)
    assert {c[3] for c in claims} == {"unverified"}, claims


def test_the_correction_gives_the_operations_dates_on_its_sources(curated: Store) -> None:
    read(curated, "ISAF ended in 2016. KFOR ended in 2008.")
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.claim AS claim, c.correction AS correction, c.sources AS sources, "
        "c.fact_dates AS dates ORDER BY c.position"
    ).rows
    isaf = curated.read("MATCH (o:Operation {key: 'isaf'}) RETURN o.sources").value(0)
    assert rows[0]["claim"] == "International Security Assistance Force ended in 2016"
    assert rows[0]["correction"] == (
        "International Security Assistance Force ran from 20 December 2001 to 28 December 2014 "
        "(NATO took its lead on 11 August 2003)"
    )
    assert rows[0]["sources"] == isaf and rows[0]["dates"] == ["2001-12-20", "2014-12-28"]
    assert rows[1]["correction"] == (
        "Kosovo Force has been under way since 12 June 1999; the data records no end"
    )


def test_a_change_to_an_operations_dates_has_its_claims_checked_again(curated: Store) -> None:
    from nato_graph.loaders.articles.recheck import facts_digest, recheck_claims

    read(curated, "Operation Unified Protector ended in 2011.")
    before = facts_digest(curated)
    curated.write("MATCH (o:Operation {key: 'oup'}) SET o.end = '2012-01-15'")
    assert facts_digest(curated) != before
    assert recheck_claims(curated) == 1
    assert curated.read("MATCH (c:Claim) RETURN c.verdict").value(0) == "contradicted"
