"""A country the data does not hold (world.py: Brazil, India, Lebanon, Kosovo) named in a claim.

"Brazil is a member of NATO" and "Lebanon joined the Mediterranean Dialogue" were listed as not
checked, as of "a country the data does not hold". The data lists every Ally and every partner of
the PfP, the MD and the ICI, so such a claim is answered from the list, on its sources; of NATO's
partners at large, or a country's cooperation, it gives no full list, and such a sentence is
listed as before. A world country's name counts only standing alone ("Iran-backed", "New Mexico",
"Chad Smith" are no claim of it), and mentions only what the graph holds.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil is a member of NATO.", ("member_of", "BRA", "NATO", "contradicted")),
        ("Mexico joined NATO in 1999.", ("member_of", "MEX", "NATO", "contradicted")),
        ("India is not a NATO member.", ("not member_of", "IND", "NATO", "supported")),
        ("China joined the Partnership for Peace in 1994.", ("partner_in", "CHN", "pfp", "contradicted")),
        ("Lebanon is a Mediterranean Dialogue partner.", ("partner_in", "LBN", "md", "contradicted")),
        ("Yemen joined the Istanbul Cooperation Initiative in 2004.", ("partner_in", "YEM", "ici", "contradicted")),
        ("Kosovo is not in the PfP.", ("not partner_in", "XKX", "pfp", "supported")),
        ("Côte d'Ivoire is a NATO Ally.", ("member_of", "CIV", "NATO", "contradicted")),
    ],
)  # fmt: skip
def test_a_claim_the_datas_full_lists_answer_is_judged(
    curated: Store, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert read(curated, text) == ({expected}, [])


def test_a_non_member_is_answered_from_natos_list_of_its_members_on_its_sources(
    curated: Store,
) -> None:
    read(curated, "Brazil is no longer a NATO member. Brazil joined NATO in 2010.")
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.sentence AS s, c.verdict AS v, c.correction AS correction, "
        "c.fact AS fact, c.fact_dates AS dates, c.sources AS sources ORDER BY c.position"
    ).rows
    assert [(r["v"], r["correction"]) for r in rows] == [
        ("contradicted", "Brazil has never been a NATO member"),
        ("contradicted", "Brazil is not a NATO member"),
    ]
    listed = curated.read("MATCH (o:Organization {key: 'NATO'}) RETURN o.sources").value(0)
    allies = curated.read("MATCH (:Country)-[m:MEMBER_OF]->(:Organization) RETURN count(m)").value(
        0
    )
    for r in rows:
        assert r["sources"] == listed and listed
        assert f"the data lists every one of NATO's {allies} members" in r["fact"]
        assert r["dates"] == ["2024-03-07"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a partner at a past date: the NACC (1991-1997) listed no one
        ("India was a NATO partner in 1995.", set()),
        ("Brazil cooperates with NATO on cyber defence.", set()),
    ],
)
def test_what_the_data_gives_no_full_list_of_is_listed_not_judged(
    curated: Store, text: str, claims: set[tuple[str, str, str, str]]
) -> None:
    assert read(curated, text) == (claims, [text])


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # now: every partnership framework's partners are listed, so a country in none is none
        ("India is a NATO partner.", {("partner_of", "IND", "NATO", "contradicted")}),
        ("India is not a NATO partner.", {("not partner_of", "IND", "NATO", "supported")}),
        (
            "Colombia and Brazil are NATO partners.",
            {
                ("partner_of", "COL", "NATO", "supported"),
                ("partner_of", "BRA", "NATO", "contradicted"),
            },
        ),
    ],
)
def test_a_partner_of_nato_now_is_judged_on_every_frameworks_list(
    curated: Store, text: str, claims: set[tuple[str, str, str, str]]
) -> None:
    assert read(curated, text) == (claims, [])


@pytest.mark.parametrize(
    "text",
    [
        "Chad Smith joined NATO in 2010.",  # a capitalised word after it: a longer name
        "New Mexico joined NATO in 2010.",  # one before it
        "Iran-backed groups joined the Partnership for Peace in 2001.",  # a hyphen joins it
        "Troops in Syria joined the Partnership for Peace in 2001.",  # only where
    ],
)
def test_a_name_inside_a_longer_one_or_only_a_place_makes_no_claim_of_the_country(
    curated: Store, text: str
) -> None:
    claims, _ = read(curated, text)
    assert not {c for c in claims if c[1] in ("CHN", "TCD", "MEX", "IRN", "SYR")}


def test_the_same_names_standing_alone_make_claims(curated: Store) -> None:
    """The near misses' control: each name, standing alone, is a country a claim is made of."""
    text = "Chad joined NATO in 2010. Mexico joined NATO in 2010. Syria joined the PfP in 2001."
    subjects = {c[1] for c in read(curated, text)[0]}
    assert subjects == {"TCD", "MEX", "SYR"}


def test_only_what_the_graph_holds_is_mentioned(curated: Store) -> None:
    read(curated, "Brazil and Argentina are not NATO members.")
    mentioned = curated.read(
        "MATCH (:Document)-[:MENTIONS]->(n) RETURN collect(coalesce(n.iso3, n.key)) AS keys"
    ).value(0)
    assert sorted(mentioned) == ["ARG", "NATO"]
    claims = curated.read("MATCH (c:Claim) RETURN collect(c.subject) AS s").value(0)
    assert sorted(claims) == ["ARG", "BRA"]


def test_a_recheck_reads_a_claim_of_a_country_not_held_back(curated: Store) -> None:
    """A stored claim of Brazil is judged again, after the facts change, as when it was made."""
    from nato_graph.loaders.articles.recheck import recheck_claims

    read(curated, "Brazil joined NATO in 2010.")
    curated.write("MATCH (c:Claim) SET c.checked = 'stale', c.verdict = 'supported'")
    assert recheck_claims(curated) == 1
    assert curated.read("MATCH (c:Claim) RETURN c.verdict").value(0) == "contradicted"
