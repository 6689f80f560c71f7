"""Readings that gave a wrong or overconfident verdict, found in the held-out bench's wrong
verdicts and last session's left-alone list, each tested on sentences of its own with near misses
that must not change.

- "Some of my classmates think Finland and Sweden are still PfP partners, but they are now NATO
  members" judged the classmates' belief as the article's, out of date: a verb of belief without
  "that" ("think", "believe", "assume", ...) whose subject is not the writer is another's view, to
  its clause's end or a contrast the writer adds (", but they are now ..."). "I think ..." stays
  the writer's own, and "a think tank says" is no belief.
- "The countries that were then in the Partnership for Peace, among them Finland and Sweden, ..."
  judged Finland's and Sweden's partnership now, out of date: the countries named in apposition
  are in the framework when the phrase before it says ("were then", "former").
- "NATO's founding members included Turkey and Norway" passed Turkey (a member since 1952) as
  supported, the founding dropped; "Turkey co-founded NATO", "Norway and Turkey founded NATO in
  1949", "Twelve countries founded NATO in 1949, including Turkey" and "NATO was founded in 1949
  by ..." made no claim and listed nothing: each founder named is a founding member now.
- "Turkey joined NATO, founded in 1949, in 1952" contradicted Turkey's true 1952: a date in a
  phrase of the body's own making set off after its name (", founded in 1949,", ", launched in
  2004,") is the body's, not the join's.
- "Both of them joined NATO in 2023" after a pair passed in silence ("Both joined" was read);
  "Poland joined NATO on March 12th, 1999" was judged and also listed, its day taken for a place
  among the Allies left unread.
- "Jordan joined the Mediterranean Dialogue in 1995. Algeria came much later, in 2002." passed
  the false 2002 in silence: a join told as coming after another's ("came much later", "came
  next") is listed, as "Algeria followed two years later" is.

Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import Claims, read

FIN_NATO = ("member_of", "FIN", "NATO", "supported")
SWE_NATO = ("member_of", "SWE", "NATO", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some of my classmates think Finland and Sweden are still PfP partners, but they are "
            "now NATO members.",
            {FIN_NATO, SWE_NATO},
            id="classmates-think-but",
        ),
        pytest.param("Many people think Japan is a NATO member.", set(), id="many-people-think"),
        pytest.param("He thinks Japan is a NATO member.", set(), id="he-thinks"),
        pytest.param(
            "Most Swedes believe Sweden joined NATO in 2024.", set(), id="most-swedes-believe"
        ),
        pytest.param("Many wrongly believe Japan is a NATO member.", set(), id="wrongly-believe"),
        pytest.param(
            "Officials still believe Jordan joined the Mediterranean Dialogue in 1995.",
            set(),
            id="officials-believe",
        ),
        pytest.param(
            "Many people think that Japan is a NATO member, but it is a partner across the globe.",
            {("partner_in", "JPN", "pag", "supported")},
            id="think-that-but",
        ),
        # near misses: the writer's own, a noun, a phrase
        pytest.param(
            "I think Japan is a NATO partner.",
            {("partner_of", "JPN", "NATO", "supported")},
            id="i-think-is-the-writer",
        ),
        pytest.param(
            "Finland thought it best to join the PfP in 1994.",
            {("partner_in", "FIN", "pfp", "supported")},
            id="thought-it-best",
        ),
        pytest.param(
            "Sweden joined NATO in 2024, and many think it was right to.",
            {SWE_NATO},
            id="belief-after-the-claim",
        ),
    ],
)
def test_another_s_belief_is_not_the_article_s(curated: Store, text: str, expected: Claims) -> None:
    claims, unread = read(curated, text)
    assert claims == expected
    if not expected:
        assert unread == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The countries that were then in the Partnership for Peace, among them Finland and "
            "Sweden, met in 1997.",
            set(),
            id="were-then-among-them",
        ),
        pytest.param(
            "The former members of the Partnership for Peace, among them Finland, are now Allies.",
            {("partner_in", "FIN", "pfp", "supported")},
            id="former-among-them",
        ),
        # near misses: the present stands
        pytest.param(
            "The countries in the Partnership for Peace, among them Finland, meet every year.",
            {("partner_in", "FIN", "pfp", "outdated")},
            id="in-the-pfp-now",
        ),
        pytest.param(
            "Countries in the ICI, including Oman, meet every year.",
            {("partner_in", "OMN", "ici", "contradicted")},
            id="including-oman-now",
        ),
    ],
)
def test_countries_in_apposition_take_the_phrase_s_tense(
    curated: Store, text: str, expected: Claims
) -> None:
    assert read(curated, text)[0] == expected


TUR_FOUNDER = ("member_of", "TUR", "NATO", "contradicted")
NOR_FOUNDER = ("member_of", "NOR", "NATO", "supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "NATO's founding members included Turkey and Norway.",
            {TUR_FOUNDER, NOR_FOUNDER},
            id="founding-members-included",
        ),
        pytest.param(
            "The Alliance's founding members were Greece and Portugal.",
            {
                ("member_of", "GRC", "NATO", "contradicted"),
                ("member_of", "PRT", "NATO", "supported"),
            },
            id="founding-members-were",
        ),
        pytest.param(
            "Norway and Turkey founded NATO in 1949.", {TUR_FOUNDER, NOR_FOUNDER}, id="founded"
        ),
        pytest.param("Turkey co-founded NATO.", {TUR_FOUNDER}, id="co-founded"),
        pytest.param("Turkey helped found NATO in 1949.", {TUR_FOUNDER}, id="helped-found"),
        pytest.param(
            "Turkey was one of the founders of NATO.", {TUR_FOUNDER}, id="one-of-the-founders"
        ),
        pytest.param(
            "Turkey was among the countries that founded NATO in 1949.",
            {TUR_FOUNDER},
            id="among-the-countries-that-founded",
        ),
        pytest.param(
            "Twelve countries, including Turkey, founded NATO in 1949.",
            {TUR_FOUNDER},
            id="including-in-apposition",
        ),
        pytest.param(
            "Twelve countries founded NATO in 1949, including Turkey.",
            {TUR_FOUNDER},
            id="including-after",
        ),
        pytest.param(
            "NATO was founded in 1949 by Norway, Denmark and Turkey.",
            {NOR_FOUNDER, ("member_of", "DNK", "NATO", "supported"), TUR_FOUNDER},
            id="founded-by",
        ),
        # near misses: a member, no founder; a founding denied
        pytest.param(
            "NATO members such as Turkey and Norway meet every year.",
            {("member_of", "TUR", "NATO", "supported"), ("member_of", "NOR", "NATO", "supported")},
            id="members-such-as",
        ),
        pytest.param("Norway did not found NATO.", set(), id="did-not-found"),
        pytest.param(
            "Turkey was one of the founders of NATO's Mediterranean Dialogue.",
            set(),
            id="founder-of-nato-s-md",
        ),
        pytest.param(
            "NATO, founded in 1949, admitted Turkey in 1952.", set(), id="nato-founded-admitted"
        ),
    ],
)
def test_founders_are_founding_members(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turkey joined NATO, founded in 1949, in 1952.",
            {("member_of", "TUR", "NATO", "supported")},
            id="nato-founded-aside",
        ),
        pytest.param(
            "Qatar joined the ICI, launched in 2004, in 2005.",
            {("launched", "ici", "ici", "supported"), ("partner_in", "QAT", "ici", "supported")},
            id="ici-launched-aside",
        ),
        pytest.param(
            "Jordan joined the Mediterranean Dialogue, created in 1994, in 1995.",
            {("launched", "md", "md", "supported"), ("partner_in", "JOR", "md", "supported")},
            id="md-created-aside",
        ),
        # near misses: the year is the join's
        pytest.param(
            "Turkey joined NATO in 1949.",
            {("member_of", "TUR", "NATO", "contradicted")},
            id="joined-in-1949",
        ),
        pytest.param(
            "Qatar joined the ICI, in 2004.",
            {("partner_in", "QAT", "ici", "contradicted")},
            id="comma-then-the-year",
        ),
    ],
)
def test_a_body_s_own_date_is_not_the_join_s(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Finland and Sweden applied in 2022. Both of them joined NATO in 2023.",
            {FIN_NATO, ("member_of", "SWE", "NATO", "contradicted")},
            id="both-of-them-joined",
        ),
        pytest.param(
            "Finland and Sweden applied in 2022. Both of them are NATO members now.",
            {FIN_NATO, SWE_NATO},
            id="both-of-them-are",
        ),
        pytest.param(
            "Poland joined NATO on March 12th, 1999.",
            {("member_of", "POL", "NATO", "supported")},
            id="a-day-in-ordinal",
        ),
        # near misses: a place among the Allies after the day is still read
        pytest.param(
            "Poland joined NATO on March 12th, 1999, becoming its 17th member.",
            {("member_of", "POL", "NATO", "supported")},
            id="a-day-then-a-rank",
        ),
        pytest.param(
            "Poland joined NATO on March 12th, 1999, becoming its 20th member.",
            {("member_of", "POL", "NATO", "contradicted")},
            id="a-day-then-a-wrong-rank",
        ),
    ],
)
def test_both_of_them_and_a_day_in_ordinal(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text) == (expected, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Algeria came much later, in 2002.", id="came-much-later"),
        pytest.param("Sweden came next.", id="came-next"),
        pytest.param("Qatar arrived in 2005.", id="arrived-in"),
    ],
)
def test_a_join_told_as_coming_after_another_is_listed(curated: Store, text: str) -> None:
    _jordan_and_listed(curated, "Jordan joined the Mediterranean Dialogue in 1995. " + text)


def _jordan_and_listed(store: Store, text: str) -> None:
    """Jordan's true join is read, and the second sentence is listed as not checked."""
    claims, unread = read(store, text)
    assert claims == {("partner_in", "JOR", "md", "supported")}
    assert unread == [text.split(". ", 1)[1]]


# A review's cases: beliefs in other senses, founders in other forms, a long phrase of making.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sweden assumed the PfP chair in 1995 after joining the Partnership for Peace in 1994.",
            {("partner_in", "SWE", "pfp", "supported")},
            id="assumed-a-chair",
        ),
        pytest.param(
            "Finns thought long and hard before Finland joined NATO in 2023.",
            {FIN_NATO},
            id="thought-long-and-hard",
        ),
        pytest.param(
            "Sweden thought twice before joining NATO in 2024.", {SWE_NATO}, id="thought-twice"
        ),
        pytest.param(
            "Officials thought carefully, and Sweden joined NATO in 2024.",
            {SWE_NATO},
            id="thought-carefully-and",
        ),
        pytest.param(
            "Critics think NATO grew too fast when Finland joined NATO in 2023.",
            {FIN_NATO},
            id="a-clause-of-time-is-the-writer-s",
        ),
        pytest.param(
            "Turkey was among NATO's founders.", {TUR_FOUNDER}, id="among-nato-s-founders"
        ),
        pytest.param("Turkey was a NATO founder.", {TUR_FOUNDER}, id="a-nato-founder"),
        pytest.param(
            "In 1949, Turkey and Norway founded NATO.",
            {TUR_FOUNDER, NOR_FOUNDER},
            id="a-fronted-year",
        ),
        pytest.param(
            "NATO was created in 1949 by Turkey and Norway.",
            {TUR_FOUNDER, NOR_FOUNDER},
            id="created-by",
        ),
        pytest.param(
            "Greece and Turkey co-founded NATO's southern flank in 1952.",
            set(),
            id="co-founded-nato-s-flank",
        ),
        pytest.param("Turkey founded the NATO Defence College.", set(), id="nato-defence-college"),
        pytest.param(
            "Malta joined the Partnership for Peace, launched in 1994 by NATO, in 1995.",
            {("launched", "pfp", "pfp", "supported"), ("partner_in", "MLT", "pfp", "supported")},
            id="a-phrase-of-making-naming-nato",
        ),
        pytest.param(
            "Sweden joined NATO, which was founded in 1949, in 2024.",
            {SWE_NATO},
            id="which-was-founded",
        ),
    ],
)
def test_a_review_s_cases(curated: Store, text: str, expected: Claims) -> None:
    assert read(curated, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Norway did not co-found NATO.", id="did-not-co-found"),
        pytest.param("Turkey never co-founded NATO.", id="never-co-founded"),
        pytest.param("Turkey was not one of the founders of NATO.", id="not-one-of-the-founders"),
        pytest.param("NATO was founded in Washington in 1949 by Turkey.", id="founded-in-a-place"),
        pytest.param("You might think Japan is a NATO member.", id="you-might-think"),
    ],
)
def test_a_founding_not_read_is_listed(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims == set()
    assert unread == [text]
