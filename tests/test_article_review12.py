"""A review of the short-answer and denied-report rules (replies.py) found sentences that made a
false claim supported where, before the rules, they made none: a denial itself negated ("This is
not wrong."), "not" put inside an aside or beside a "not" already there, a denial applied to the
first of two reports, "misleading" read as "false", and "Korea" with another compass word or
abbreviation before it read as the Republic of Korea. Each form is now read right or left unread:
never a false claim supported, and no true one contradicted. Claims are (predicate, subject,
object, verdict), "not " before a negated predicate, read from a real embedded store.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import claims_of


@pytest.mark.parametrize(
    "text",
    [
        # a denial that is itself denied affirms the report: nothing of the writer's own
        "Some outlets claimed that Ukraine had joined NATO. This is not wrong.",
        "Some outlets claimed that Ukraine had joined NATO, which is not wrong.",
        "Some outlets claimed that Ukraine had joined NATO; this is not incorrect.",
        "Some outlets claimed that Ukraine had joined NATO; this is hardly false.",
        # "not" has no single place in a clause with an aside, or a second verb
        "NATO reported that Finland, which has been a partner since 1994, joined the Alliance "
        "in 2023. This is false.",
        "Reports said that Finland joined NATO in 2023, as Sweden has. This is false.",
        "Is Finland, which joined in 2023, a NATO member? No.",
        # two reports: which one the writer denies is not said
        "Some outlets said that Russia is a PfP partner, and others claimed that Finland had "
        "joined NATO. That is wrong.",
        "Analysts said that Ukraine is a NATO partner, but Moscow claimed that Ukraine had joined "
        "NATO. That is wrong.",
        "Moscow claimed that Ukraine was a partner, and that Georgia had joined NATO. It had not.",
        # "misleading" is no denial of the whole report
        "Reports said Finland joined NATO in 2023. That is misleading.",
    ],
)
def test_a_reply_the_reader_cannot_place_makes_no_false_claim_supported(
    curated: Store, text: str
) -> None:
    wrong = {
        # what each sentence would wrongly make supported, or a true one contradicted
        ("not member_of", "UKR", "NATO", "supported"),
        ("member_of", "FIN", "NATO", "supported"),
        ("not partner_in", "RUS", "pfp", "supported"),
        ("not partner_of", "UKR", "NATO", "contradicted"),
        ("member_of", "GEO", "NATO", "contradicted"),
        ("not member_of", "FIN", "NATO", "contradicted"),
    }
    assert not claims_of(curated, text) & wrong


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # the writer says Ukraine is a member (false): never "not a member" as the writer's
        (
            "Some outlets claimed that Ukraine is not a member of NATO. This is false.",
            ("not member_of", "UKR", "NATO"),
        ),
        # the writer says Sweden is a member (true): never "not a member" as the writer's
        (
            "Some outlets claimed that Sweden is not yet a NATO member. This is false.",
            ("not member_of", "SWE", "NATO"),
        ),
    ],
)
def test_a_denied_report_of_a_denial_is_not_read_as_its_double(
    curated: Store, text: str, forbidden: tuple[str, str, str]
) -> None:
    """ "X is not a member. This is false." says X is one: read so, or not at all; never the
    report's own words as the writer's."""
    assert not {c for c in claims_of(curated, text) if c[:3] == forbidden}


@pytest.mark.parametrize(
    "text",
    [
        "N. Korea is a NATO partner.",
        "north Korea is a NATO partner.",
        "NORTH Korea is a NATO partner.",
        "North-Korea is a NATO partner.",
        "Korea, North, is a NATO partner.",
        "DPR Korea is a NATO partner.",
        "Communist Korea is a NATO partner.",
    ],
)
def test_korea_after_a_compass_word_is_not_the_republic_of_korea(curated: Store, text: str) -> None:
    assert not {c for c in claims_of(curated, text) if c[1] == "KOR"}


def test_korea_alone_is_still_the_republic_of_korea(curated: Store) -> None:
    assert ("partner_of", "KOR", "NATO", "supported") in claims_of(
        curated, "Korea is a NATO partner."
    )
