"""Phrasings a fifth audit found judged wrongly or passed without a word, one family per test.

The worst were true sentences contradicted: countries excepted ("All GCC states except Saudi
Arabia and Oman joined the ICI") read as subjects, a clause of time still to come ("Until
Ukraine joins NATO, ...") read as membership now, a membership owned ("Ukraine's membership of
NATO is a long way off") read as one held, a disputed clause's year dating the claim before it,
spans of a partnership that end in the year of a suspension, and a partner in name ("Russia, a
PfP partner since 1994, has been suspended since 2014"). Then false sentences supported: "No Gulf
state except Kuwait has joined", joins said to come together or at a time given by reference,
countries the data does not hold dropped from a list, "had been a partner since 1996" read as a
state in 1996, a main clause of taking part after an aside. Claims are (predicate, subject,
object, verdict), "not " before a negated predicate, read from a real embedded store.
"""

from __future__ import annotations

import io

import pytest

from nato_graph.loaders.articles import load_articles
from nato_graph.loaders.articles.recheck import raw_claim
from nato_graph.loaders.articles.verdicts import Facts, judge
from nato_graph.queries import internal
from nato_graph.stores import Store
from tests.article_checks import no_claim_and_listed, read


def _rows(store: Store, text: str) -> list[dict]:
    load_articles(store, ["-"], stdin=io.BytesIO(("Note\n\n" + text).encode("utf-8")))
    return store.read(
        "MATCH (c:Claim) RETURN c.sentence AS sentence, c.verdict AS v, c.fact AS fact, "
        "c.fact_dates AS dates, c.correction AS correction ORDER BY c.position"
    ).rows


# -- A1, B1: countries excepted -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All GCC states except Saudi Arabia and Oman joined the ICI.",
        "All GCC states but Saudi Arabia and Oman joined the ICI.",
        "Of the GCC states, all except Saudi Arabia and Oman joined the ICI.",
        "Every Mediterranean Dialogue partner except Algeria and Jordan joined in February 1995.",
        "All of the Central Asian states except Tajikistan joined the PfP in 1994.",
        "Every GCC state except for Oman joined the ICI.",
        "Except Oman, all GCC states joined the ICI.",
        # "no ... except": an exclusive claim with a qualifier ("Gulf state"), not checked
        "No Gulf state except Kuwait has joined the ICI.",
        "No Gulf state but Kuwait has joined the ICI.",
    ],
)
def test_countries_excepted_make_no_claim(curated: Store, text: str) -> None:
    """The countries after "except" (or "but" after "all", "every", "no") were read as the
    subjects of the verb: "Saudi Arabia and Oman joined the ICI", contradicted, in a true
    sentence; "No Gulf state except Kuwait has joined the ICI" (Bahrain, Qatar and the UAE did)
    was supported as "Kuwait has joined the ICI"."""
    no_claim_and_listed(curated, text)


def test_but_opening_a_clause_excepts_nobody(curated: Store) -> None:
    """ "but" after a clause is a conjunction, not an exception: the clause before is read."""
    text = "Bahrain joined the ICI, but Oman did not."
    claims, _ = read(curated, text)
    assert ("partner_in", "BHR", "ici", "supported") in claims


# -- A2: a clause of time still to come ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Until Ukraine joins NATO, it remains a PfP partner.",
        "When Ukraine joins NATO, it will remain a PfP partner.",
        "Before Ukraine joins NATO, it remains a PfP partner.",
        "After Ukraine joins NATO, it remains a PfP partner.",
        "By the time Georgia joins NATO, it will have been a PfP partner for decades.",
        "Until Ukraine and Georgia join NATO, they remain PfP partners.",
    ],
)
def test_a_clause_of_time_in_the_present_makes_no_claim(curated: Store, text: str) -> None:
    """ "Until Ukraine joins NATO, ..." was read as "Ukraine is a NATO member", contradicted: in
    a clause of time the present speaks of the future."""
    no_claim_and_listed(curated, text)


def test_a_trailing_clause_of_time_is_no_object_of_the_main_clause(curated: Store) -> None:
    claims, _ = read(curated, "Ukraine remains a PfP partner until it joins NATO.")
    assert claims == {("partner_in", "UKR", "pfp", "supported")}


def test_a_clause_of_time_in_the_past_is_read(curated: Store) -> None:
    claims, _ = read(curated, "When Finland joined NATO in 2023, it left the PfP.")
    assert ("member_of", "FIN", "NATO", "supported") in claims


# -- A3: a membership owned ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's membership of NATO is a long way off.",
        "Georgia's membership of NATO was blocked in 2008.",
        "Sweden's accession to NATO was delayed until 2024.",
        "Finland's membership of NATO was signed off in 2022 by most Allies.",
        "Ukraine's membership in NATO is not on the agenda.",
        "Finland's NATO membership began in 2023.",
    ],
)
def test_a_countrys_membership_as_the_subject_is_no_claim_of_membership(
    curated: Store, text: str
) -> None:
    """ "X's membership of NATO ..." was read as "X is (was) a NATO member": the clause says
    something of the membership (delayed, blocked, far off), not that X holds it."""
    no_claim_and_listed(curated, text)


@pytest.mark.parametrize(
    "second",
    [
        "Its membership of NATO is a long way off.",
        "Its accession to NATO was delayed until 2023.",
    ],
)
def test_a_membership_owned_by_a_pronoun_is_no_claim_of_membership(
    curated: Store, second: str
) -> None:
    """ "Its" standing for the country owns the membership as "Finland's" does."""
    claims, unread = read(curated, f"Finland applied to join in 2022. {second}")
    assert not [c for c in claims if c[0] == "member_of"], claims
    assert second in unread


# -- A4: "despite claims that ..." -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Finland is a NATO member, despite claims that it became one in 2022.",
            ("member_of", "FIN", "NATO", "supported"),
            id="became-one",
        ),
        pytest.param(
            "Sweden is a NATO member, despite claims that it joined in 2023.",
            ("member_of", "SWE", "NATO", "supported"),
            id="joined",
        ),
        pytest.param(
            "Sweden is a NATO member, despite reports that it joined in 2023.",
            ("member_of", "SWE", "NATO", "supported"),
            id="reports",
        ),
    ],
)
def test_a_disputed_clause_neither_claims_nor_dates_the_claim_before_it(
    curated: Store, text: str, claim: tuple
) -> None:
    """The year of "despite claims that it became one in 2022" dated "Finland is a NATO member"
    (read as a member in 2022, contradicted). The clause is another's position: no claim, and
    its date is not the main clause's, which is judged; the sentence is listed as read in part."""
    assert read(curated, text) == ({claim}, [text])


# -- A5, A6: a span of a partnership ending in a departure's year ------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param("Malta took part in the PfP from 1995 to 1996.", "supported", id="from-to"),
        pytest.param("Malta took part in the PfP until 1996.", "supported", id="until"),
        pytest.param(
            "Malta took part in the PfP from 1995 to 1997.", "contradicted", id="wrong-end"
        ),
        pytest.param(
            "Belarus took part in the Partnership for Peace between 1995 and 2021.",
            "supported",
            id="between-suspended-in-the-end-year",
        ),
        pytest.param(
            "Russia took part in the Partnership for Peace between 1994 and 2014.",
            "supported",
            id="between-russia",
        ),
        pytest.param(
            "Russia took part in the Partnership for Peace from 1994 to 2014.",
            "supported",
            id="from-to-russia",
        ),
        pytest.param(
            "Malta took part in the PfP between 1995 and 2010.",
            "contradicted",
            id="between-across-a-suspension",
        ),
        pytest.param(
            "Russia took part in the Partnership for Peace between 1994 and 2016.",
            "contradicted",
            id="between-past-the-suspension",
        ),
    ],
)
def test_a_span_that_ends_with_a_departure_of_that_year_holds(
    curated: Store, text: str, verdict: str
) -> None:
    """ "Malta took part in the PfP from 1995 to 1996" was contradicted (Malta is active again
    since 2008), with a correction that confirmed it; "between 1995 and 2021" of Belarus,
    suspended in November 2021, too, while "from 1994 to 2014" of Russia was supported."""
    claims, _ = read(curated, text)
    assert {c[3] for c in claims} == {verdict}, claims


def test_a_first_span_of_two_is_judged_and_the_second_listed(curated: Store) -> None:
    text = "Malta took part in the PfP from 1995 to 1996 and again from 2008."
    assert read(curated, text) == ({("partner_in", "MLT", "pfp", "supported")}, [text])


def test_afghanistans_span_in_the_pag_holds_to_its_suspension(curated: Store) -> None:
    claims, _ = read(curated, "Afghanistan took part in the PAG between 2006 and 2021.")
    assert claims == {("partner_in", "AFG", "pag", "supported")}


# -- A7: a partner in name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param(
            "Russia, a PfP partner since 1994, has been suspended since 2014.",
            "supported",
            id="russia",
        ),
        pytest.param(
            "Belarus, a PfP partner since 1995, saw its cooperation suspended in November 2021.",
            "supported",
            id="belarus",
        ),
        pytest.param(
            "Russia has been a PfP partner since 1994, although its cooperation has been "
            "suspended since 2014.",
            "supported",
            id="since-with-a-concession",
        ),
        pytest.param(
            "Russia, a PfP partner since 1996, has been suspended since 2014.",
            "contradicted",
            id="wrong-year",
        ),
    ],
)
def test_a_partner_since_a_year_in_a_sentence_of_its_suspension_is_the_join(
    curated: Store, text: str, verdict: str
) -> None:
    """ "Russia, a PfP partner since 1994, has been suspended since 2014" was contradicted as an
    active partnership since 1994: the sentence itself says it is suspended, so the aside names
    a partner in name, read as its join in 1994."""
    claims, _ = read(curated, text)
    assert {(c[0], c[3]) for c in claims} == {("partner_in", verdict)}, claims


def test_an_aside_takes_no_date_of_the_main_clause(curated: Store) -> None:
    """ "Russia, a PfP partner, has been suspended since 2014": 2014 was read as the start of the
    partnership in the aside (contradicted); it is the main clause's."""
    no_claim_and_listed(curated, "Russia, a PfP partner, has been suspended since 2014.")


# -- B2, B3: together, or at a time given by reference ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Algeria joined the Mediterranean Dialogue alongside Morocco.",
        "Algeria joined the Mediterranean Dialogue together with Egypt and Tunisia.",
        "Finland joined NATO along with Sweden.",
    ],
)
def test_an_undated_join_with_companions_is_listed(curated: Store, text: str) -> None:
    """Algeria joined in 2000, Morocco in 1995: "joined alongside Morocco" says they came at one
    time, which no undated claim holds; each join was supported and nothing listed."""
    _, unread = read(curated, text)
    assert unread == [text]


@pytest.mark.parametrize(
    "second",
    [
        "Algeria joined the Dialogue at the same time.",
        "Algeria joined the Dialogue a year later.",
        "Algeria joined the Dialogue shortly after.",
        "Algeria later joined the Dialogue.",
        "Algeria subsequently joined the Dialogue.",
    ],
)
def test_a_join_at_a_time_given_by_reference_is_not_read_undated(
    curated: Store, second: str
) -> None:
    """ "Algeria joined the Dialogue at the same time" (as Morocco, in February 1995: false) was
    supported as an undated join, and not listed."""
    text = f"Morocco joined the Mediterranean Dialogue in February 1995. {second}"
    assert read(curated, text) == ({("partner_in", "MAR", "md", "supported")}, [second])


# -- B4: a country the data does not hold ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Austria, Switzerland and Cyprus take part in the Partnership for Peace.",
            {
                ("partner_in", "AUT", "pfp", "supported"),
                ("partner_in", "CHE", "pfp", "supported"),
                ("partner_in", "CYP", "pfp", "contradicted"),
            },
            id="a-list-of-three",
        ),
        pytest.param(
            "Serbia and Kosovo joined the PfP in 2006.",
            {
                ("partner_in", "SRB", "pfp", "supported"),
                ("partner_in", "XKX", "pfp", "contradicted"),
            },
            id="a-list-of-two",
        ),
        pytest.param(
            "The ICI's members are Bahrain, Kuwait, Qatar and Yemen.",
            {("partner_in", c, "ici", "supported") for c in ("BHR", "KWT", "QAT")}
            | {("partner_in", "YEM", "ici", "contradicted")},
            id="object-first",
        ),
        pytest.param(
            "Partners in the MD include Egypt, Jordan and Lebanon.",
            {("partner_in", c, "md", "supported") for c in ("EGY", "JOR")}
            | {("partner_in", "LBN", "md", "contradicted")},
            id="include",
        ),
        pytest.param(
            "Cyprus is not in the PfP.", {("not partner_in", "CYP", "pfp", "supported")}, id="alone"
        ),
        # NATO's partners now: every partnership framework's list (since 2026-12-07)
        pytest.param(
            "Austria, Switzerland and Brazil are NATO partners.",
            {("partner_of", c, "NATO", "supported") for c in ("AUT", "CHE")}
            | {("partner_of", "BRA", "NATO", "contradicted")},
            id="partners-of-nato",
        ),
    ],
)
def test_a_country_the_data_does_not_hold_is_judged_by_the_lists_the_data_gives_in_full(
    curated: Store, text: str, claims: set
) -> None:
    """The known countries' claims were judged and the unknown one dropped without a word: a
    false list passed as supported. A table of the world's countries (world.py) notices it; the
    data lists every partner of the PfP, the ICI and the MD, so a country it does not hold is
    none of them."""
    assert read(curated, text) == (claims, [])


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        pytest.param(
            "Austria, Switzerland and India were NATO partners in 2000.",
            {("partner_of", c, "NATO", "supported") for c in ("AUT", "CHE")},
            id="partners-of-nato-then",
        ),
        pytest.param("India cooperates with NATO on counter-terrorism.", set(), id="cooperation"),
    ],
)
def test_a_sentence_naming_a_country_the_data_does_not_hold_is_listed(
    curated: Store, text: str, claims: set
) -> None:
    """Of NATO's partners at a past date (the NACC listed no one), or a country's cooperation,
    the data gives no full list: a claim of a country it does not hold is not judged, and the
    sentence is listed."""
    assert read(curated, text) == (claims, [text])


@pytest.mark.parametrize(
    "text",
    [
        "Ireland joined the PfP in 1999, as New Mexico's governor noted.",
        "Qatar joined the ICI in 2005, near the Gulf of Guinea.",
        "Georgia joined the PfP in 1994, as the Panama Canal reopened.",
    ],
)
def test_a_countrys_name_inside_another_name_is_no_country(curated: Store, text: str) -> None:
    claims, unread = read(curated, text)
    assert claims and unread == []


def test_the_world_table_finds_names_standing_alone() -> None:
    from nato_graph.loaders.articles.world import WORLD, unknown_countries

    assert len(WORLD) == 197  # the 193 UN members, Kosovo, Palestine, Taiwan and the Vatican
    assert unknown_countries("Serbia, Kosovo and Côte d'Ivoire joined.", {"SRB"}) == [
        "XKX",
        "CIV",
    ]
    assert unknown_countries("North Korea and South Korea.", {"KOR"}) == ["PRK"]
    assert unknown_countries("Papua New Guinea and Guinea-Bissau.", set()) == ["PNG", "GNB"]
    for text in (
        "New Mexico lies on the Gulf of Mexico.",
        "Troops in Syria flew over the Congo.",
        "The Kosovo Force and the Niger Delta.",
        "Chad Smith met Iran-backed groups in American Samoa.",
        "Turkey and Macedonia joined.",  # known to the data by another name: never reported
    ):
        assert unknown_countries(text, {"TUR", "MKD"}) == [], text


# -- B5: "had been ... since" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Sweden had been a PfP partner since 1996.",
            ("partner_in", "SWE", "pfp", "contradicted"),
            id="wrong",
        ),
        pytest.param(
            "Finland had been a PfP partner since 2000 before joining NATO.",
            ("partner_in", "FIN", "pfp", "contradicted"),
            id="wrong-before-joining",
        ),
        pytest.param(
            "Sweden had been a PfP partner since 1994.",
            ("partner_in", "SWE", "pfp", "supported"),
            id="right",
        ),
        # the year of a return after a suspension: not the join, not refuted either
        pytest.param(
            "Malta had been a PfP partner since 2008.",
            ("partner_in", "MLT", "pfp", "unverified"),
            id="a-return",
        ),
    ],
)
def test_had_been_since_a_year_is_the_start(curated: Store, text: str, claim: tuple) -> None:
    """ "Sweden had been a PfP partner since 1996" was supported as a partner in 1996 (it joined
    in 1994), while "Ukraine has been a PfP partner since 1996" is contradicted: the past
    perfect says the state began then, judged as the join it dates."""
    claims, _ = read(curated, text)
    assert claim in claims, claims


@pytest.mark.parametrize(
    "text",
    ["Malta joined the PfP in 2008.", "Malta became a Partnership for Peace partner in 2008."],
)
def test_a_join_in_the_year_of_a_return_is_contradicted(curated: Store, text: str) -> None:
    """Malta joined the PfP in April 1995, suspended its participation in October 1996 and took
    part again from April 2008. "Malta joined the PfP in 2008" was unverified, read as "had been
    a partner since 2008" (a state that began with the return); a join then is refuted, and the
    correction says what 2008 was."""
    [row] = _rows(curated, text)
    assert row["v"] == "contradicted", row
    assert "1995" in row["correction"], row
    assert "2008 is when it took part again, not when it joined" in row["correction"], row


def test_a_stored_start_read_back_without_its_kind_is_not_refuted(curated: Store) -> None:
    """A claim stored before ``began`` was recorded reads back as None: its year of return is
    judged as it was (unverified), not as a join."""
    _rows(curated, "Malta had been a PfP partner since 2008. Malta joined the PfP in 2008.")
    rows = curated.read(internal("claims-to-recheck"), {"after": "", "limit": 10, "digest": ""})
    began = {r["key"]: r["began"] for r in rows.rows}
    assert sorted(began.values()) == [False, True], began
    for r in rows.rows:
        claim = raw_claim({**r, "began": None})
        assert claim is not None and claim.began is None
        assert judge(claim, Facts.read(curated, [claim]), None).verdict == "unverified", r


def test_had_not_been_since_a_year_makes_no_claim(curated: Store) -> None:
    no_claim_and_listed(curated, "Sweden had not been a PfP partner since 1996.")


# -- B6: a main clause after an aside --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Malta, which joined the PfP in 1995, has participated without interruption ever since.",
        "Malta, which joined the PfP in 1995, remains active.",
    ],
)
def test_a_main_clause_of_taking_part_after_an_aside_is_listed(curated: Store, text: str) -> None:
    """Only the aside's join was read (supported); the main clause, false (Malta suspended its
    part from 1996 to 2008), passed without a word."""
    assert read(curated, text) == ({("partner_in", "MLT", "pfp", "supported")}, [text])


def test_a_main_clause_with_its_own_object_after_an_aside_is_read(curated: Store) -> None:
    text = "Georgia, which signed up to the PfP in 1994, is not a NATO member."
    claims, unread = read(curated, text)
    assert ("not member_of", "GEO", "NATO", "supported") in claims and unread == []


# -- C1: an opening quote mark belongs to the sentence it opens ------------------------------


@pytest.mark.parametrize("quotes", ['""', "''", "\u201c\u201d", "\u2018\u2019"])
def test_a_sentence_does_not_take_the_next_ones_opening_quote(curated: Store, quotes: str) -> None:
    opening, closing = quotes
    text = (
        f"Qatar joined the Mediterranean Dialogue in 2005. {opening}Qatar is a key partner,"
        f"{closing} he said."
    )
    rows = _rows(curated, text)
    assert [r["sentence"] for r in rows if r["v"] == "contradicted"] == [
        "Qatar joined the Mediterranean Dialogue in 2005."
    ]


def test_the_pipeline_gives_an_opening_mark_to_its_sentence() -> None:
    from nato_graph.loaders.articles.entities import Gazetteer, build_pipeline

    nlp = build_pipeline(Gazetteer({}, {}))
    for text, sentences in [
        (
            'Kuwait joined. "Bahrain joined." "Qatar joined."',
            ["Kuwait joined.", '"Bahrain joined."', '"Qatar joined."'],
        ),
        (
            "Kuwait joined. \u201cBahrain joined.\u201d Then Qatar.",
            ["Kuwait joined.", "\u201cBahrain joined.\u201d", "Then Qatar."],
        ),
        (
            "Kuwait joined. (Bahrain too.) Then Qatar.",
            ["Kuwait joined.", "(Bahrain too.)", "Then Qatar."],
        ),
        (
            'He said "Qatar joined." Then Kuwait joined.',
            ['He said "Qatar joined."', "Then Kuwait joined."],
        ),
    ]:
        assert [s.text for s in nlp(text).sents] == sentences


# -- C2: a fact's dates are the dates it tells -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact", "dates"),
    [
        pytest.param(
            "Israel is not a NATO member.",
            "Israel is not a NATO member; it has taken part in the Mediterranean Dialogue (MD) "
            "since February 1995",
            ["1995-02"],
            id="not-a-member",
        ),
        pytest.param(
            "Japan takes part in the PfP now.",
            "Japan takes part in the Partners across the globe (PAG), launched in 2006, and its "
            "partnership with NATO is dated from 1990 (a date the data holds only as unverified; "
            "the first NATO-Japan security exchange)",
            ["2006", "1990"],
            id="another-framework",
        ),
    ],
)
def test_a_facts_dates_are_told_in_the_fact(
    curated: Store, text: str, fact: str, dates: list[str]
) -> None:
    """claim-evidence showed "Israel is not a NATO member; it is a partner in the MD" with the
    date 1995-02, and "Japan takes part in the PAG" with 1990: dates the fact did not tell,
    which read as the dates of what it said (a NATO date for Israel)."""
    (row,) = _rows(curated, text)
    assert (row["fact"], row["dates"]) == (fact, dates)
