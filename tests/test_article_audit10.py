"""True claims that an eleventh article audit (audit 10's fifteen held-out articles) found judged
contradicted, the forms beside them, and the bench's scoring of a triple labelled twice; each rule
tested on sentences of its own, with near misses that must not change.

A bare join ("Kazakhstan joined in 1994", "Lithuania signed on 27 January 1994", "Belarus came
in on 11 January 1995") takes the framework the sentence before was about, never one a heading
named sentences before (the review found that carried into joins of NATO, the EU or another body:
"Several partners went on to become Allies. Ukraine joined in 1994." under a PfP title was
supported); "signed" and "came in" alone join a framework, never NATO. NATO named in a clause of time ("when they joined the
Alliance") is named in passing, and hands on no topic. "Followed" follows the clause before it in
the same sentence, and never into a framework the sentence before denied. A programme's name
in the plural ("Individually Tailored Partnership Programmes", "ITPPs") names it. An Ally sits in
the EAPC but is no EAPC partner. A timeline's "2019 - X, a PfP partner since 1995, joins ..."
tells the past of its date. Claims are (predicate, subject, object, verdict), read from a real
embedded store.
"""

from __future__ import annotations

import pytest

from bench.bench_articles import Score
from nato_graph.stores import Store
from tests.article_checks import Claims, claims_of

PFP_HEADING = "# The Partnership for Peace\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # A heading's framework is not carried past the sentence after it: the review found it
        # carried into joins about NATO, the EU or another body, a false one judged supported
        PFP_HEADING + "Further east, the picture was more hesitant. Kazakhstan joined in 1994.",
        PFP_HEADING + "Several partners went on to become Allies. Ukraine joined in 1994.",
        PFP_HEADING + "## Enlargement\n\nCroatia and Albania joined in 2009.",
        PFP_HEADING + "Finland joined the European Union in 1995. Malta joined in 2004, with nine "
        "others.",
        "# NATO and the Mediterranean Dialogue\n\nJordan signed a peace treaty in 1994. Israel "
        "signed in 1994 too.",
        "# NATO and the Mediterranean Dialogue\n\nNATO stepped up its work in Libya. Libya took "
        "up NATO's offer in 2012.",
        # a heading names NATO: no framework to join, and no membership carried
        "# NATO enlargement\n\nFurther east, the picture was more hesitant. Kazakhstan joined in "
        "1994.",
    ],
)
def test_a_bare_join_takes_no_framework_from_a_heading_sentences_before(
    curated: Store, text: str
) -> None:
    assert claims_of(curated, text) == set()


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "The Partnership for Peace was launched in January 1994. "
            "Lithuania signed on 27 January 1994.",
            {("launched", "pfp", "pfp", "supported"), ("partner_in", "LTU", "pfp", "supported")},
            id="signed-alone",
        ),
        pytest.param(
            "The Partnership for Peace was launched in January 1994. "
            "Belarus came in on 11 January 1995.",
            {("launched", "pfp", "pfp", "supported"), ("partner_in", "BLR", "pfp", "supported")},
            id="came-in",
        ),
        # "came in 1995" is arriving that year, not coming in
        pytest.param(
            "The Partnership for Peace was launched in January 1994. Belarus came in 1995.",
            {("launched", "pfp", "pfp", "supported")},
            id="came-in-a-year",
        ),
        # one signs an accession protocol with NATO, which is no membership
        pytest.param(
            "NATO invited Finland in 2022. Finland signed on 5 July 2022.",
            set(),
            id="signed-after-nato",
        ),
    ],
)
def test_signed_and_came_in_alone_join_a_framework(
    curated: Store, text: str, claims: Claims
) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Finland left when it joined the Alliance. Montenegro joined in December 2006.",
            # not Montenegro's membership: it joined the PfP then, NATO in 2017
            {("member_of", "FIN", "NATO", "supported")},
            id="alliance-in-passing",
        ),
        pytest.param(
            "Finland and Sweden both signed the PfP on 9 May 1994. Both left the programme when "
            "they joined the Alliance. Montenegro joined in December 2006.",
            {
                ("partner_in", "FIN", "pfp", "supported"),
                ("partner_in", "SWE", "pfp", "supported"),
                ("partner_in", "MNE", "pfp", "supported"),
                # "Both left the programme when they joined the Alliance" (read since analyst
                # audit 18: "Both" is the pair before), true of each
                ("left", "FIN", "pfp", "supported"),
                ("left", "SWE", "pfp", "supported"),
                ("member_of", "FIN", "NATO", "supported"),
                ("member_of", "SWE", "NATO", "supported"),
            },
            id="the-programme-not-the-alliance",
        ),
        # NATO joined in the main clause is the topic still
        pytest.param(
            "Sweden joined the Alliance in 2024. Montenegro joined in 2017.",
            {("member_of", "SWE", "NATO", "supported"), ("member_of", "MNE", "NATO", "supported")},
            id="alliance-joined-in-the-main-clause",
        ),
    ],
)
def test_nato_named_in_passing_is_no_topic(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "None of the four is in the Partnership for Peace. Japan and South Korea both "
            "adopted Individually Tailored Partnership Programmes in July 2023; New Zealand "
            "followed in 2024, as did Mongolia.",
            {
                # "adopted" a programme is a join (audit 14)
                ("partner_in", "JPN", "itpp", "supported"),
                ("partner_in", "KOR", "itpp", "supported"),
                ("partner_in", "NZL", "itpp", "supported"),
                ("partner_in", "MNG", "itpp", "supported"),
            },
            id="followed-the-programmes-of-its-sentence",
        ),
        pytest.param(
            "Japan and South Korea agreed Individually Tailored Partnership Programmes in July "
            "2023.",
            {
                ("partner_in", "JPN", "itpp", "supported"),
                ("partner_in", "KOR", "itpp", "supported"),
            },
            id="programmes-plural",
        ),
        # what the clause before did is unread: so is what follows it
        pytest.param(
            "None of the four is in the Partnership for Peace. Japan adopted its programme in "
            "2023; New Zealand followed in 2024.",
            set(),
            id="followed-an-unread-clause",
        ),
        # the sentence before denied the framework: no one follows into it
        pytest.param(
            "None of the four is in the Partnership for Peace. New Zealand followed in 2024.",
            set(),
            id="followed-after-a-denial",
        ),
        pytest.param(
            "Kuwait joined the ICI in 2004. Qatar followed in 2005.",
            {("partner_in", "KWT", "ici", "unverified"), ("partner_in", "QAT", "ici", "supported")},
            id="followed-after-a-join-unchanged",
        ),
    ],
)
def test_followed_follows_its_clause(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Finland and Sweden are no longer EAPC partners: they are Allies.",
            {
                ("not partner_in", "FIN", "eapc", "supported"),
                ("not partner_in", "SWE", "eapc", "supported"),
            },
            id="no-longer-eapc-partners",
        ),
        pytest.param(
            "Finland is not a partner in the EAPC.",
            {("not partner_in", "FIN", "eapc", "supported")},
            id="not-a-partner-in-the-eapc",
        ),
        # called a partner: it sits in the council, but no Ally is a partner (the review found
        # both this and its denial supported)
        pytest.param(
            "Turkey is an EAPC partner.",
            {("partner_in", "TUR", "eapc", "contradicted")},
            id="an-ally-called-an-eapc-partner",
        ),
        pytest.param(
            "Finland is a partner in the EAPC.",
            {("partner_in", "FIN", "eapc", "contradicted")},
            id="an-ally-called-a-partner-in-the-eapc",
        ),
        # in it, not called a partner: a member of the council, as an Ally
        pytest.param(
            "Turkey is a member of the EAPC.",
            {("partner_in", "TUR", "eapc", "supported")},
            id="an-ally-in-the-eapc",
        ),
        # it sits in the council, as an Ally
        pytest.param(
            "Finland is no longer in the EAPC.",
            {("not partner_in", "FIN", "eapc", "contradicted")},
            id="not-in-the-eapc-unchanged",
        ),
    ],
)
def test_an_ally_is_no_eapc_partner(curated: Store, text: str, claims: Claims) -> None:
    assert claims_of(curated, text) == claims


def test_a_timelines_aside_since_tells_the_past(curated: Store) -> None:
    text = "2019 — North Macedonia, a PfP partner since 1995, joins as the 30th Ally."
    assert ("partner_in", "MKD", "pfp", "supported") in claims_of(curated, text)


TJK = ("partner_in", "TJK", "pfp")


@pytest.mark.parametrize(
    ("labels", "sentences", "false"),
    [
        # a true and a false claim of one triple, one sentence judged supported: the true one's
        pytest.param({"supported", "contradicted"}, 1, 0, id="labelled-both-one-sentence"),
        # two sentences judged supported: the false one may be among them
        pytest.param({"supported", "contradicted"}, 2, 1, id="labelled-both-two-sentences"),
        # no label of the triple says supported: any sentence judged so is false
        pytest.param({"contradicted"}, 1, 1, id="labelled-false-only"),
    ],
)
def test_a_triple_labelled_twice_is_scored_per_sentence(
    labels: set[str], sentences: int, false: int
) -> None:
    score = Score()
    found = {(*TJK, "supported")}
    score.add("a.md", found, {(*TJK, v) for v in labels}, {TJK: sentences})
    assert len(score.false_supported) == false
    # what is counted right only because one sentence was judged supported is listed, not hidden
    once = 1 if false == 0 else 0
    assert len(score.supported_once) == once == score.summary()["labelled_both_ways_supported_once"]
