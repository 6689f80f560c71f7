"""The article loader against the real embedded store holding the curated data.

Sample articles in tests/articles/ were written for these tests, with a
hand-labelled expected.yaml: the extractor's mentions and claims (with their
verdicts and negation) are scored against it (precision and recall must both
reach 0.9; bench/bench_articles.py prints the per-verdict figures). The rest
checks the promises of the loader: the Partnership for Peace error comes out
as four contradictions pointing at Partners across the globe and linked to the
known error; status, tense, dates and negation decide verdicts; plain text,
code blocks and huge paragraphs are read as a reader would; folders load in
batches and reloading changes nothing; unusable files are refused before
anything is written; and stdin works.
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from nato_graph.loaders.articles import ArticleError, DocumentSummary, is_article, load_articles
from nato_graph.loaders.articles.text import normalise, read_article
from nato_graph.loaders.load import load
from nato_graph.queries.catalogue import run
from nato_graph.settings import resolve
from nato_graph.stores import Store, open_store
from tests.conftest import ROOT

ARTICLES = ROOT / "tests" / "articles"
EXPECTED = yaml.safe_load((ARTICLES / "expected.yaml").read_text(encoding="utf-8"))
PFP_ERROR = (
    "Australia, Japan, South Korea and New Zealand are members of NATO's Partnership for Peace."
)
THRESHOLD = 0.9


@pytest.fixture(scope="module")
def articles_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of its own: the curated data, then every sample article."""
    from nato_graph.stores.server import EmbeddedServer

    home = tmp_path_factory.mktemp("articles")
    store = open_store(resolve(home=home, env={}), keep_server=True)
    try:
        load(store)
        load_articles(store, [str(ARTICLES / name) for name in EXPECTED])
        yield store
    finally:
        store.close()
        EmbeddedServer(home).stop()


@pytest.fixture()
def curated(store: Store) -> Store:
    """The per-test empty store with the curated data loaded: for tests that write articles."""
    load(store)
    return store


def _document(store: Store, title: str) -> str:
    key = store.read(
        "MATCH (d:Document {title: $title}) RETURN d.key AS key", {"title": title}
    ).value()
    assert key, f"no document titled {title!r}"
    return key


def found_mentions(store: Store, doc: str) -> set[str]:
    rows = store.read(
        "MATCH (:Document {key: $doc})-[:MENTIONS]->(e) "
        "RETURN labels(e)[0] AS label, coalesce(e.iso3, e.key) AS key",
        {"doc": doc},
    )
    return {f"{r['label']}:{r['key']}" for r in rows}


def found_claims(store: Store, doc: str) -> set[tuple[str, str, str, str]]:
    rows = store.read(
        "MATCH (:Document {key: $doc})-[:MAKES]->(c:Claim) "
        "RETURN c.predicate AS p, c.negated AS negated, c.subject AS s, c.object AS o, "
        "c.verdict AS v",
        {"doc": doc},
    )
    return {(("not " if r["negated"] else "") + r["p"], r["s"], r["o"], r["v"]) for r in rows}


def _score(found: set, expected: set) -> tuple[float, float]:
    hits = len(found & expected)
    return (hits / len(found) if found else 1.0), (hits / len(expected) if expected else 1.0)


def test_precision_and_recall_on_the_labelled_articles(articles_store: Store) -> None:
    totals = {"mentions": [set(), set()], "claims": [set(), set()]}
    for name, labels in EXPECTED.items():
        doc = _document(articles_store, labels["title"])
        pairs = {
            "claims": (found_claims(articles_store, doc), {tuple(c) for c in labels["claims"]}),
        }
        if "mentions" in labels:
            pairs["mentions"] = (found_mentions(articles_store, doc), set(labels["mentions"]))
        for what, (found, expected) in pairs.items():
            p, r = _score(found, expected)
            print(
                f"{name:<18} {what:<8} precision {p:.3f} recall {r:.3f} "
                f"(found {len(found)}, expected {len(expected)}); "
                f"extra {sorted(found - expected)}, missed {sorted(expected - found)}"
            )
            totals[what][0] |= {(name, x) for x in found}
            totals[what][1] |= {(name, x) for x in expected}
    for what, (found, expected) in totals.items():
        p, r = _score(found, expected)
        print(f"ALL                {what:<8} precision {p:.3f} recall {r:.3f}")
        assert p >= THRESHOLD, f"{what}: precision {p:.3f} below {THRESHOLD}"
        assert r >= THRESHOLD, f"{what}: recall {r:.3f} below {THRESHOLD}"


def test_the_corpus_is_ten_articles_in_varied_styles() -> None:
    names = list(EXPECTED)
    assert len(names) >= 10
    assert {Path(n).suffix for n in names} >= {".md", ".txt", ".html"}
    assert sum(len(v["claims"]) for v in EXPECTED.values()) >= 200


def test_verdict_accuracy_and_no_false_claim_judged_supported(articles_store: Store) -> None:
    """The issue's targets, scored as bench/bench_articles.py scores them: at least 90% of the
    labelled claims found with their labelled verdict, and no false claim judged supported."""
    from bench.bench_articles import Score, supported_sentences
    from bench.bench_articles import found_claims as claims_at

    score = Score()
    for name, labels in EXPECTED.items():
        score.add(
            name,
            claims_at(articles_store, ARTICLES / name),
            {tuple(c) for c in labels["claims"]},
            supported_sentences(articles_store, ARTICLES / name),
        )
    out = score.summary()
    assert out["false_claims_judged_supported"] == 0, score.false_supported
    assert out["unlabelled_claims_judged_supported"] == 0, score.unlabelled_supported
    assert out["verdict_accuracy_on_labelled"] >= THRESHOLD, (score.wrong, score.missed)
    for verdict in ("supported", "contradicted", "outdated", "unverified"):
        assert score.precision(verdict) >= THRESHOLD, (verdict, score.wrong)


def test_no_held_out_article_has_a_false_claim_judged_supported(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The held-out articles (tests/articles/heldout/, written apart from the rules'
    development) are scored by bench/bench_articles.py; what must hold on them as on the corpus
    is that no false claim, and no claim no label names, is judged supported. Their accuracy is
    reported there, not held to the corpus's threshold."""
    from bench.bench_articles import HELD_OUT, Score, expected_claims, supported_sentences
    from bench.bench_articles import found_claims as claims_at
    from nato_graph.stores.server import EmbeddedServer

    labels = expected_claims(HELD_OUT)
    assert len(labels) >= 15
    home = tmp_path_factory.mktemp("held-out")
    store = open_store(resolve(home=home, env={}), keep_server=True)
    try:
        load(store)
        load_articles(store, [str(HELD_OUT / name) for name in labels])
        score = Score()
        for name, claims in labels.items():
            path = HELD_OUT / name
            score.add(name, claims_at(store, path), claims, supported_sentences(store, path))
    finally:
        store.close()
        EmbeddedServer(home).stop()
    out = score.summary()
    assert out["false_claims_judged_supported"] == 0, score.false_supported
    assert out["unlabelled_claims_judged_supported"] == 0, score.unlabelled_supported


def test_the_pfp_error_is_four_claims_each_pointing_at_pag(articles_store: Store) -> None:
    rows = articles_store.read(
        "MATCH (c:Claim {sentence: $sentence}) OPTIONAL MATCH (c)-[x:CONTRADICTS]->(f) "
        "RETURN c.subject AS country, c.verdict AS verdict, c.correction AS correction, "
        "collect(labels(f)[0] + ':' + f.key) AS targets ORDER BY country",
        {"sentence": PFP_ERROR},
    ).rows
    assert [r["country"] for r in rows] == ["AUS", "JPN", "KOR", "NZL"]
    assert {r["verdict"] for r in rows} == {"contradicted"}
    assert all(r["targets"] == ["Framework:pag"] for r in rows), rows
    japan = articles_store.read(
        "MATCH (c:Claim {sentence: $sentence, subject: 'JPN'})-[:REPEATS]->(k:KnownError) "
        "RETURN c.correction AS correction, c.fact AS fact, c.known_error AS known_error, "
        "k.correction AS error_correction",
        {"sentence": PFP_ERROR},
    ).first()
    assert japan is not None  # the claim repeats the curated known error and takes its correction
    assert japan["known_error"] == "err_ip4_in_pfp"
    assert japan["correction"] == japan["error_correction"]
    # the fact tells the dates it cites (its fact_dates: the launch, 1990 and what it marks)
    assert japan["fact"] == (
        "Japan takes part in the Partners across the globe (PAG), launched in 2006, and its "
        "partnership with NATO is dated from 1990 (a date the data holds only as unverified; the "
        "first NATO-Japan security exchange)"
    )


def test_a_partner_called_a_nato_member_is_contradicted(articles_store: Store) -> None:
    rows = articles_store.read(
        "MATCH (c:Claim {predicate: 'member_of', subject: 'ISR'})-[x:CONTRADICTS]->(f:Framework) "
        "RETURN c.verdict AS verdict, c.sentence AS sentence, f.key AS framework, x.fact AS fact, "
        "c.sources AS sources"
    ).rows
    assert len(rows) == 1
    assert rows[0]["verdict"] == "contradicted"
    assert rows[0]["sentence"].startswith("Israel is a NATO member")
    assert rows[0]["framework"] == "md"
    assert rows[0]["fact"] == "Israel takes part in the Mediterranean Dialogue (MD) since 1995"
    assert rows[0]["sources"]


def test_page_furniture_is_not_read(articles_store: Store) -> None:
    doc = articles_store.read(
        "MATCH (d:Document {title: $title}) RETURN d.key AS key, d.url AS url, d.format AS format",
        {"title": EXPECTED["boilerplate.html"]["title"]},
    ).first()
    assert doc is not None
    assert doc["url"] == "https://example.org/security-review/gulf-partners"
    assert doc["format"] == "html"
    furniture = {
        "UKR",
        "GEO",
        "MDA",
        "RUS",
        "FIN",
        "NOR",
        "JPN",
        "CAN",
        "AUS",
        "TUR",
        "GRC",
        "BEL",
        "NLD",
        "POL",
        "ISR",
    }
    countries = {
        m.split(":")[1]
        for m in found_mentions(articles_store, doc["key"])
        if m.startswith("Country:")
    }
    assert countries == {"BHR", "KWT", "QAT", "ARE"}
    assert not countries & furniture


def test_mentions_keep_count_and_evidence_sentences(articles_store: Store) -> None:
    row = articles_store.read(
        "MATCH (d:Document {title: $title})-[m:MENTIONS]->(c:Country {iso3: 'JOR'}) "
        "RETURN m.count AS count, m.sentences AS sentences",
        {"title": EXPECTED["correct.md"]["title"]},
    ).first()
    assert row == {
        "count": 2,
        "sentences": [
            "Algeria, Egypt, Israel, Jordan, Mauritania, Morocco and Tunisia are the seven "
            "participants in the Mediterranean Dialogue.",
            "Jordan cooperates with NATO on border security and counter-terrorism, and it hosts "
            "training for other partners.",
        ],
    }


def test_canned_questions_answer_from_the_articles(articles_store: Store) -> None:
    contradictions = run(articles_store, "contradictions", {"document": "everything you need"})
    pfp = [r for r in contradictions.rows if r["sentence"] == PFP_ERROR]
    assert sorted(r["subject"] for r in pfp) == [
        "Australia",
        "Japan",
        "New Zealand",
        "Republic of Korea",
    ]
    assert all(r["correct"] == ["PAG"] for r in pfp)
    assert all(r["known_error"] == "err_ip4_in_pfp" and r["sources"] for r in pfp)
    assert pfp[0]["claim"] == "Australia takes part in the Partnership for Peace now"
    assert sorted(
        (r["verdict"], r["subject"]) for r in contradictions if r["predicate"] != "member_of"
    ) == [
        ("contradicted", "Australia"),
        ("contradicted", "Japan"),
        ("contradicted", "Kuwait"),
        ("contradicted", "New Zealand"),
        ("contradicted", "Republic of Korea"),
        ("contradicted", "Saudi Arabia"),
        ("outdated", "Finland"),
        ("outdated", "Sweden"),
    ]
    assert len(contradictions) == 10

    evidence = [
        r
        for r in run(
            articles_store, "claim-evidence", {"claim": "Finland joined NATO in 2023"}
        ).rows
        if r["document"] == EXPECTED["correct.md"]["title"]
    ]
    assert [(r["predicate"], r["subject"], r["verdict"]) for r in evidence] == [
        ("member_of", "Finland", "supported"),
        ("member_of", "Sweden", "supported"),
    ]
    assert all(r["sources"] and len(r["source_titles"]) == len(r["sources"]) for r in evidence)
    assert [r["claim"] for r in evidence] == [
        "Finland joined NATO in 2023",
        "Sweden became NATO's 32nd member in March 2024",  # its rank is checked too
    ]
    assert evidence[0]["fact"] == "Finland has been a NATO member since 4 April 2023"
    assert evidence[0]["fact_dates"] == ["2023-04-04"]
    assert all(url.startswith("http") for r in evidence for url in r["source_urls"])

    mentions = run(articles_store, "document-mentions", {"document": "myths"}).rows
    assert mentions[0]["entity"] == "North Atlantic Treaty Organization"
    assert {r["key"] for r in mentions} == {
        m.split(":")[1] for m in EXPECTED["myths.md"]["mentions"]
    }

    paths = run(articles_store, "document-graph", {"document": "Gulf partners"}).rows
    ends = {(p["path"].nodes[-1].label, len(p["path"])) for p in paths}
    assert ("Country", 1) in ends  # a mention
    assert ("Country", 2) in ends  # a claim about a country
    assert {p["path"].nodes[0].properties["title"] for p in paths} == {
        "Gulf partners deepen their ties with NATO"
    }


def test_canned_questions_on_an_empty_store(store: Store) -> None:
    """Nothing loaded: each article question says to load first, not an empty answer."""
    from nato_graph.queries.catalogue import EmptyStoreError

    for name in ("document-mentions", "contradictions", "claim-evidence", "document-graph"):
        with pytest.raises(EmptyStoreError, match=f"^{name}: the graph is empty; load"):
            run(store, name)


def test_loading_the_same_article_twice_changes_nothing(curated: Store) -> None:
    path = str(ARTICLES / "false-claims.txt")
    first = load_articles(curated, [path])
    before = curated.counts()
    loaded_at = curated.read("MATCH (d:Document) RETURN d.loaded_at AS t").value()
    again = load_articles(curated, [path, path])
    after = curated.counts()
    assert (after.labels, after.types) == (before.labels, before.types)
    assert curated.read("MATCH (d:Document) RETURN d.loaded_at AS t").value() == loaded_at
    assert not first[0].already_loaded
    assert [s.already_loaded for s in again] == [True, True]
    assert (
        again[0].claims
        == first[0].claims
        == {
            "supported": 5,
            "contradicted": 8,
            "outdated": 2,
            "new": 1,
        }
    )
    assert again[0].contradictions == first[0].contradictions


def _binary(tmp: Path) -> Path:
    path = tmp / "chart.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def _write(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(_binary, r"chart\.txt: looks like a binary file", id="binary"),
        pytest.param(_write("empty.txt", b""), r"empty\.txt: is empty", id="empty"),
        pytest.param(_write("blank.md", b"  \n\n \t\n"), r"blank\.md: is empty", id="whitespace"),
        pytest.param(
            _write(
                "nav-only.html",
                b"<html><body><nav><a>Japan</a></nav><footer>Israel</footer></body></html>",
            ),
            r"nav-only\.html: is empty",
            id="only-furniture",
        ),
        pytest.param(
            _write("latin1.txt", "Türkiye is a NATO member.".encode("latin-1")),
            r"latin1\.txt:1: not valid UTF-8 \(byte 0xfc\)",
            id="not-utf8",
        ),
        pytest.param(
            lambda tmp: tmp / "missing.txt",
            r"missing\.txt: cannot read: No such file",
            id="missing",
        ),
        pytest.param(
            lambda tmp: tmp, r": no articles \(\.txt, .*\) in this folder", id="empty-folder"
        ),
    ],
)
def test_an_unusable_file_is_refused_and_nothing_is_written(
    curated: Store, tmp_path: Path, make, message
) -> None:
    bad = make(tmp_path)
    before = curated.counts()
    with pytest.raises(ArticleError, match=message) as excinfo:
        load_articles(
            curated, [str(ARTICLES / "correct.md"), str(bad)]
        )  # the good one is not written either
    assert "\n" not in str(excinfo.value)
    after = curated.counts()
    assert (after.labels, after.types) == (before.labels, before.types)
    assert "Document" not in after.labels


def test_stdin_is_an_article(curated: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Quick note\n\nIsrael is a NATO member. Japan cooperates with NATO on cyber defence.\n"
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    )
    [summary] = load_articles(curated, ["-"])
    assert (summary.title, summary.source) == ("Quick note", "stdin")
    assert summary.claims == {"contradicted": 1, "supported": 1}
    doc = curated.read("MATCH (d:Document) RETURN d.path AS path, d.format AS format").first()
    assert doc == {"path": None, "format": "text"}
    with pytest.raises(ArticleError, match="only once"):
        load_articles(curated, ["-", "-"], stdin=io.BytesIO(b"x"))


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        pytest.param(
            "Japan is in PfP.", {("partner_in", "JPN", "pfp", "contradicted")}, id="is-in"
        ),
        pytest.param(
            "Israel is not a NATO member.",
            {("not member_of", "ISR", "NATO", "supported")},
            id="negated",
        ),
        pytest.param("Ukraine hopes to join NATO.", set(), id="hope"),
        pytest.param("Some sites wrongly list Japan as a PfP member.", set(), id="hedged"),
        pytest.param("Pakistan is a major non-NATO ally.", set(), id="non-nato"),
        pytest.param(
            # a partner of NATO at large, not a member (tests/test_article_partner_claims.py)
            "Japan is a NATO partner.",
            {("partner_of", "JPN", "NATO", "supported")},
            id="partner-not-member",
        ),
        pytest.param(
            "Germany is a member of the Mediterranean Dialogue.",
            {("partner_in", "DEU", "md", "contradicted")},
            id="ally-in-partner-framework",
        ),
        pytest.param(
            # the place in the order of accession is checked, and the date with it
            "Finland became NATO's 31st member. Sweden became NATO's 32nd member in 2024.",
            {("member_of", "FIN", "NATO", "supported"), ("member_of", "SWE", "NATO", "supported")},
            id="ordinal",
        ),
        pytest.param(
            "Belarus participates in the Partnership for Peace.",
            {("partner_in", "BLR", "pfp", "outdated")},
            id="suspended-is-outdated",
        ),
        pytest.param(
            # suspended since 2014, and since 2022 NATO no longer counts it as a partner
            "Russia participates in the Partnership for Peace.",
            {("partner_in", "RUS", "pfp", "contradicted")},
            id="no-longer-a-partner-is-contradicted",
        ),
        pytest.param(
            "Russia took part in the Partnership for Peace from 1994.",
            {("partner_in", "RUS", "pfp", "supported")},
            id="suspended-past-supported",
        ),
        # a country the data does not hold, answered from NATO's list of its members
        pytest.param(
            "Brazil is a NATO member.",
            {("member_of", "BRA", "NATO", "contradicted")},
            id="unknown-country",
        ),
        pytest.param(
            "Mongolia takes part in the Science for Peace and Security Programme.",
            {("partner_in", "MNG", "sps", "new")},
            id="programme-is-new",
        ),
        pytest.param(
            "NATO members such as Turkey and Norway met.",
            {("member_of", "TUR", "NATO", "supported"), ("member_of", "NOR", "NATO", "supported")},
            id="object-first",
        ),
        pytest.param(
            "Israel joined the Mediterranean Dialogue in 1995, together with Egypt and Tunisia.",
            {
                ("partner_in", "ISR", "md", "supported"),
                ("partner_in", "EGY", "md", "supported"),
                ("partner_in", "TUN", "md", "supported"),
            },
            id="together-with",
        ),
        pytest.param(
            "The Mediterranean Dialogue, which Algeria joined in 1995, turned thirty.",
            {("partner_in", "DZA", "md", "contradicted")},
            id="relative-clause",
        ),
        pytest.param(
            "Partnership for Peace participants included Finland and Sweden.",
            {("partner_in", "FIN", "pfp", "supported"), ("partner_in", "SWE", "pfp", "supported")},
            id="object-first-past",
        ),
        pytest.param(
            "Kuwait's cooperation with NATO covers cyber defence and energy security.",
            {
                ("cooperates_on", "KWT", "cyber", "supported"),
                ("cooperates_on", "KWT", "energy_security", "supported"),
            },
            id="cooperation-covers",
        ),
        pytest.param(
            "The Israel-NATO relationship covers counter-terrorism.",
            {("cooperates_on", "ISR", "terrorism", "supported")},
            id="x-nato-relationship",
        ),
        pytest.param(
            "Jordan, a Mediterranean Dialogue partner since 1995, works with NATO on border security.",
            {
                ("partner_in", "JOR", "md", "supported"),
                ("cooperates_on", "JOR", "border_security", "supported"),
            },
            id="apposition",
        ),
        pytest.param(
            "Israel is not a NATO member; it joined the Mediterranean Dialogue in 1995.",
            {
                ("not member_of", "ISR", "NATO", "supported"),
                ("partner_in", "ISR", "md", "supported"),
            },
            id="pronoun",
        ),
        pytest.param(
            "Afghanistan works with NATO on counter-terrorism.",
            {("cooperates_on", "AFG", "terrorism", "outdated")},
            id="cooperation-lapsed",
        ),
        pytest.param(
            "Afghanistan no longer works with NATO on counter-terrorism.",
            {("not cooperates_on", "AFG", "terrorism", "supported")},
            id="cooperation-lapsed-negated",
        ),
        pytest.param(
            "The Partnership for Peace tackles piracy.",
            {("addresses", "pfp", "maritime_security", "new")},
            id="addresses-new",
        ),
    ],
)
def test_claims_in_one_sentence(curated: Store, sentence: str, claims: set) -> None:
    load_articles(curated, ["-"], stdin=io.BytesIO(sentence.encode("utf-8")))
    rows = curated.read(
        "MATCH (c:Claim) RETURN c.predicate AS p, c.negated AS n, c.subject AS s, c.object AS o, "
        "c.verdict AS v"
    )
    assert {(("not " if r["n"] else "") + r["p"], r["s"], r["o"], r["v"]) for r in rows} == claims


@pytest.mark.parametrize(
    ("sentence", "fact", "dates"),
    [
        pytest.param(
            "Russia participates in the Partnership for Peace.",
            "Russia joined the Partnership for Peace (PfP) on 22 June 1994; its cooperation "
            "has been suspended since 1 April 2014",
            ["1994-06-22", "2014-04-01"],
            id="suspended-partnership",
        ),
        pytest.param(
            "Afghanistan works with NATO on counter-terrorism.",
            "Afghanistan cooperated with NATO on terrorism and violent extremism until "
            "20 August 2021",
            ["2021-08-20"],
            id="lapsed-cooperation",
        ),
        pytest.param(
            "Jordan takes part in the DCB Initiative.",
            "Jordan has taken part in the Defence and Related Security Capacity Building "
            "Initiative (DCB) since 2014 (a date the data holds only as unverified)",
            ["2014"],
            id="inferred-join-date",
        ),
        pytest.param(
            "Kuwait takes part in the Istanbul Cooperation Initiative.",
            "Kuwait has taken part in the Istanbul Cooperation Initiative (ICI) since December "
            "2004 (a date the data holds only as unverified)",
            ["2004-12"],
            id="disputed-join-date",  # sources differ: not "not confirmed by a source"
        ),
    ],
)
def test_the_fact_says_the_status_and_its_dates(
    curated: Store, sentence: str, fact: str, dates: list[str]
) -> None:
    load_articles(curated, ["-"], stdin=io.BytesIO(sentence.encode("utf-8")))
    row = curated.read("MATCH (c:Claim) RETURN c.fact AS fact, c.fact_dates AS dates").first()
    assert row == {"fact": fact, "dates": dates}


@pytest.mark.parametrize(
    ("name", "content", "title"),
    [
        pytest.param(
            "a.md",
            "Intro line\n\n# The heading\n\nText about NATO.",
            "The heading",
            id="markdown-heading",
        ),
        pytest.param(
            "b.html",
            "<html><head><title>Page title</title></head><body><p>NATO text.</p></body></html>",
            "Page title",
            id="html-title",
        ),
        pytest.param(
            "c.txt",
            "First line of the note\nsecond line\n\nMore.",
            "First line of the note",
            id="text-line",
        ),
        pytest.param("d.html", "<body><p>Only a paragraph.</p></body>", "d.html", id="file-name"),
        # front matter is metadata: its title is the title ("title: ... author: ..." was, and
        # the block was read as the first paragraph)
        pytest.param(
            "e.md",
            "---\ntitle: 'Med Dialogue cheat sheet'\nauthor: blogger\n---\n\nJordan joined in 1995.",
            "Med Dialogue cheat sheet",
            id="front-matter",
        ),
    ],
)
def test_article_titles(tmp_path: Path, name: str, content: str, title: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert read_article(str(path)).title == title


def test_front_matter_is_not_prose(tmp_path: Path) -> None:
    path = tmp_path / "f.md"
    path.write_text("---\ntitle: T\nauthor: x\n---\n\nJordan joined the MD in 1995.\n", "utf-8")
    assert read_article(str(path)).paragraphs == ("Jordan joined the MD in 1995.",)


def test_the_key_is_the_hash_of_the_normalised_text(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("NATO\u2019s  partners\n\nare   many.", encoding="utf-8")
    b.write_text("NATO's partners\n\n\nare many.\n", encoding="utf-8")
    assert read_article(str(a)).key == read_article(str(b)).key


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        pytest.param("-", True, id="stdin"),
        pytest.param("news/a.TXT", True, id="txt"),
        pytest.param("a.md", True, id="md"),
        pytest.param("a.markdown", True, id="markdown"),
        pytest.param("a.html", True, id="html"),
        pytest.param("a.htm", True, id="htm"),
        pytest.param("mine.partnerships.yaml", False, id="yaml"),
        pytest.param("mine.partnerships.csv", False, id="csv"),
    ],
)
def test_is_article(path: str, expected: bool) -> None:
    assert is_article(path) is expected


def test_summary_format() -> None:
    japan = "Japan takes part in the Partners across the globe (PAG), not the Partnership for Peace"
    summary = DocumentSummary(
        title="A guide",
        key="0123456789abcdef" * 4,
        source="guide.md",
        mentions=3,
        mention_count=7,
        sentences=1,
        claims={"supported": 1, "contradicted": 2},
        contradictions=[
            ("contradicted", "Japan and Israel are in PfP.", japan),
            ("contradicted", "Japan and Israel are in PfP.", "X"),
        ],
    )
    assert summary.format() == (
        'loaded: "A guide" (guide.md, key 0123456789ab): 1 sentence, 3 entities mentioned '
        "(7 mentions); 3 claims: 1 supported, 2 contradicted, 0 outdated, 0 unverified, 0 new; "
        "0 sentences not checked\n"
        f'  contradicted: "Japan and Israel are in PfP." -- {japan}; X'
    )


def test_the_summary_lists_the_sentences_it_did_not_check(curated: Store) -> None:
    """A sentence naming a country with a framework or NATO that makes no claim the checker reads
    is counted and quoted, so no false claim passes without a word; the count survives a reload."""
    text = (
        "Serbia was left out of the Mediterranean Dialogue.\n\n"
        "Mongolia became a NATO partner of sorts in 2012.\n\n"
        "Israel could one day join NATO.\n\n"
        "Jordan joined the Mediterranean Dialogue in 1995.\n\n"  # a claim: checked
        "Malta withdrew from the PfP in 1996.\n\n"  # a claim: checked
        "Israel may leave the Mediterranean Dialogue.\n\n"
        "NATO leaders met in Vilnius with the president of Finland.\n"  # no partnership named
    )
    (first,) = load_articles(curated, ["-"], stdin=io.BytesIO(text.encode("utf-8")))
    assert first.unread_count == 4
    assert first.unread[:2] == [
        "Serbia was left out of the Mediterranean Dialogue.",
        "Mongolia became a NATO partner of sorts in 2012.",
    ]
    lines = first.format().splitlines()
    # an unverified verdict is shown with what the data holds, before the sentences not checked
    assert lines[1] == (
        '  unverified: "Malta withdrew from the PfP in 1996." -- Malta suspended its own '
        "participation in the Partnership for Peace (PfP) on 27 October 1996: a suspension, not "
        "a departure"
    )
    del lines[1]
    assert lines[1].startswith("  not checked: 4 sentences speak of a partnership or membership")
    assert lines[2:] == [
        '    "Serbia was left out of the Mediterranean Dialogue."',
        '    "Mongolia became a NATO partner of sorts in 2012."',
        '    "Israel could one day join NATO."',
        "    ... and 1 more; the first 4 are kept on the Document (unread_sentences): nato-graph "
        f"cypher \"MATCH (d:Document) WHERE d.key STARTS WITH '{first.key[:12]}' UNWIND "
        'd.unread_sentences AS s RETURN s"',
    ]
    assert lines[0].endswith("; 4 sentences not checked")
    listed = curated.read(
        f"MATCH (d:Document) WHERE d.key STARTS WITH '{first.key[:12]}' "
        "UNWIND d.unread_sentences AS s RETURN s"
    ).rows
    assert [r["s"] for r in listed] == first.unread and len(first.unread) == 4
    (again,) = load_articles(curated, ["-"], stdin=io.BytesIO(text.encode("utf-8")))
    assert again.already_loaded
    assert (again.unread_count, again.unread) == (first.unread_count, first.unread)


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland joined NATO in 2023 and Sweden in the same year.",  # Sweden in no claim
        "Russia joined the Partnership for Peace in 1994 and was expelled in 2022.",  # 2022
        "Belarus joined the Partnership for Peace in 1995 and remains an active partner.",
        "Kosovo cooperates with NATO on crisis management.",  # a country the data does not hold
        "Only Bahrain, Kuwait and Qatar are ICI members.",  # each is; that no other is, is unread
        "All six Gulf Cooperation Council states are members of the Istanbul Cooperation "
        "Initiative.",
        "The ICI focuses on terrorism, not on energy security.",  # energy security in no claim
    ],
)
def test_a_sentence_read_in_part_is_listed_as_not_checked(curated: Store, sentence: str) -> None:
    """A sentence whose first half makes a true claim and whose second half goes unread is not
    left to look supported: it is listed as not checked, beside the claims it did make."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.unread == [sentence]
    assert summary.claims.get("contradicted", 0) == 0  # what was read is true


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel's ICP, launched in October 2006, covers counter-terrorism.",  # Israel's own
        "Under the ICI, NATO established a regional centre in 2017.",
        "The NATO-ICI Regional Centre, inaugurated in Kuwait in January 2017, trains officers.",
        "Georgia joined the Partnership for Peace in 1994 and founded its academy in 2011.",
        "The Istanbul Cooperation Initiative, a sister of the Mediterranean Dialogue, was "
        "launched in 2004.",  # two frameworks: which one is not read
        "Kuwait joined the ICI, launched that year, in December 2004.",
        "The Mediterranean Dialogue was re-launched at the Istanbul Summit in 2004.",
        "NATO had not yet launched the ICI in 2003.",
        "Had NATO launched the ICI in 2001, the Gulf would have joined sooner.",
        "Mongolia launched its IPCP in March 2012.",
    ],
)
def test_a_launch_of_something_else_is_no_launch_of_the_framework(
    curated: Store, sentence: str
) -> None:
    load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    rows = curated.read("MATCH (c:Claim {predicate: 'launched'}) RETURN c.subject AS s").rows
    assert rows == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Bahrain and Qatar joined the Istanbul Cooperation Initiative in 2005.",
        "Georgia joined the Partnership for Peace in 1994 and is not a NATO member.",
        "Finland and Sweden joined NATO in 2023 and 2024 respectively.",
        "Finland joined NATO in 2023 and Sweden joined in 2024.",  # a clause of its own subject
        "Sweden joined NATO on 7 March 2024 at a ceremony in Washington.",  # a capital as a place
        "Jordan joined the Mediterranean Dialogue before 2000.",  # the bound of the years allowed
        "According to a 2023 NATO report, Jordan is a Mediterranean Dialogue partner.",
        "Ukraine cooperates with NATO on building integrity.",  # a programme's name as an area
    ],
)
def test_a_sentence_read_in_full_is_not_listed(curated: Store, sentence: str) -> None:
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.claims and summary.unread == []


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO allies agreed to raise defence spending to 5% of GDP by 2035.",
        "NATO members will meet again next year.",
        "Poland's defence minister returned from the NATO meeting on Friday.",
        "WASHINGTON \u2014 Leaders of NATO's 32 Allies gathered in Washington for the summit.",
        "Ministers met in Tbilisi to discuss the Partnership for Peace.",  # a capital as a place
    ],
)
def test_a_sentence_of_no_partnership_is_not_listed(curated: Store, sentence: str) -> None:
    """The list of sentences not checked is kept for those that could have made a claim."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.unread == []


@pytest.mark.parametrize(
    "sentence",
    [
        # hearsay
        "Jordan reportedly joined the Mediterranean Dialogue in 1995.",
        "Jordan is thought to have joined the Mediterranean Dialogue in 1995.",
        "Jordan is said to have joined the Mediterranean Dialogue in 1995.",
        "Jordan appears to have joined the Mediterranean Dialogue in 1995.",
        "Jordan is understood to have joined the Mediterranean Dialogue in 1995.",
        "Jordan is reported to have joined the Mediterranean Dialogue in 1995.",
        "It is understood that Georgia joined the Partnership for Peace in 1994.",
        # proposals and decisions, not joins
        "Oman proposed joining the Istanbul Cooperation Initiative in 2005.",
        "Oman sought to join the Istanbul Cooperation Initiative in 2005.",
        "Oman considered joining the Istanbul Cooperation Initiative in 2005.",
        "Oman planned to join the Istanbul Cooperation Initiative in 2005.",
        # a party's position
        "Minsk insists that Belarus was never suspended from the Partnership for Peace.",
        "Critics claim that Israel became a member of NATO in 2016.",
        "Some analysts contend that Israel is a member of NATO.",
        "Moscow asserts that Russia is still a Partnership for Peace partner.",
        # a date from the day of writing
        "Last year, Kuwait signed up to the Istanbul Cooperation Initiative.",
        "Two decades ago, Jordan joined the Mediterranean Dialogue.",
        "Earlier this month, Kuwait joined the Istanbul Cooperation Initiative.",
        "Kuwait signed up to the Istanbul Cooperation Initiative last year.",
        # a halt the reader does not check
        "Belarus froze its cooperation with NATO in 2021.",
        "Belarus froze its participation in the Partnership for Peace in 2021.",
        "Malta's participation in the Partnership for Peace has been frozen since 1996.",
        "Russia's participation in the Partnership for Peace was halted in 2014.",
        "Belarus's cooperation in the PfP, frozen in 2021, has not resumed.",
    ],
)
def test_a_sentence_that_is_no_claim_of_the_article_is_listed_not_judged(
    curated: Store, sentence: str
) -> None:
    """Hearsay, a proposal, a party's position, a date from the day of writing or a halt: no
    verdict (not even a right one), and the sentence is on the list of those not checked."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert (summary.claims, summary.unread) == ({}, [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # "respectively" with nothing it can pair: a subject or a date short
        "Israel and Qatar are partners in the MD respectively, and both cooperate on terrorism.",
        "Algeria, Qatar and Japan joined the Mediterranean Dialogue and the ICI respectively.",
        "Israel and Qatar joined the MD and the ICI in 1995 respectively.",
        "Jordan joined the Mediterranean Dialogue and the Enhanced Opportunities Partners in 1995 "
        "respectively.",
        "Australia joined the IPCP, the ITPP and the PfP in 2013 and 2023 respectively.",
    ],
)
def test_respectively_with_counts_that_differ_is_listed(curated: Store, sentence: str) -> None:
    """When "respectively" pairs what the reader cannot share out in order (as many subjects,
    objects or dates), no claim is made and the sentence is listed as not checked: read with
    every subject and every object, or with the first date for the last object, true
    sentences were judged contradicted."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert (summary.claims, summary.unread) == ({}, [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "The ICI does not address maritime security.",  # false: the ICI does
        "The Mediterranean Dialogue no longer covers terrorism.",
        "The Partnership for Peace might one day address climate change.",
    ],
)
def test_what_a_framework_addresses_unread_is_listed(curated: Store, sentence: str) -> None:
    """A sentence on what a framework addresses that makes no claim the reader reads (a denial,
    a change, a hope) names no country, and went unlisted: a false one passed without a word."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert (summary.claims, summary.unread) == ({}, [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland joined the Partnership for Peace in 1994, the year it became an Ally.",
        "Poland joined the Partnership for Peace in 1994, when it was not yet a member.",
    ],
)
def test_a_trailing_clause_about_the_subject_is_listed(curated: Store, sentence: str) -> None:
    """What the clause after the last name says of the subject goes unread: the claim before it
    is judged and the sentence listed (Poland became an Ally in 1999, not 1994)."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.claims == {"supported": 1}
    assert summary.unread == [sentence]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        pytest.param(
            "Poland joined the Partnership for Peace in 1994, when it became an Ally.",
            {"supported": 1, "contradicted": 1},  # NATO in 1999, not 1994
            id="when-it-became-an-ally",
        ),
        pytest.param(
            "Sweden was a PfP partner until 2024, when it joined NATO.",
            {"supported": 2},
            id="until-a-date-when-it-joined",
        ),
    ],
)
def test_a_when_clause_takes_the_date_before_it(
    curated: Store, sentence: str, claims: dict[str, int]
) -> None:
    """ ", when it became an Ally" after "in 1994" is dated 1994: the reader carries the date over
    to the clause's event (it made no claim of it, and listed the sentence)."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.claims == claims
    assert summary.unread == []


def test_an_end_given_to_the_month_is_listed_not_judged_by_its_year(curated: Store) -> None:
    """The reader keeps an end's year only: "until May 2023" passed as "until 2023" for Finland,
    which left the PfP for NATO on 4 April 2023 (supported). The end is not judged; the join of
    NATO in the clause after it still is."""
    sentence = "Sweden was a PfP partner until March 2024, when it joined NATO."
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert summary.claims == {"supported": 1}
    assert summary.unread == [sentence]


@pytest.mark.parametrize(
    ("html", "claims"),
    [
        pytest.param(
            "<p>Jordan joined the Mediterranean<br>Dialogue in 1999.</p>",
            {("partner_in", "JOR", "md", "contradicted")},
            id="br-inside-a-paragraph",
        ),
        pytest.param(
            "<p>Jordan joined the Mediterranean Dialogue in 1995.<br><br>"
            "Algeria joined the Mediterranean Dialogue in 2000.</p>",
            {("partner_in", "JOR", "md", "supported"), ("partner_in", "DZA", "md", "supported")},
            id="two-br-end-a-paragraph",
        ),
        pytest.param(
            "<p>Timeline<br>1994: Finland joins the Partnership for Peace<br>2023: Finland joins "
            "NATO<br>1995: Malta joins the Partnership for Peace</p>",
            {
                ("partner_in", "FIN", "pfp", "supported"),
                ("member_of", "FIN", "NATO", "supported"),
                ("partner_in", "MLT", "pfp", "supported"),
            },
            id="br-ends-a-list-line",
        ),
        pytest.param(
            "<p>Key facts<br>Malta joined the Partnership for Peace in 1995<br>"
            "\u2022 Jordan joined the Mediterranean Dialogue in 1995.<br>"
            "Algeria joined the Mediterranean Dialogue in 2000</p>",
            {
                ("partner_in", "MLT", "pfp", "supported"),
                ("partner_in", "JOR", "md", "supported"),
                ("partner_in", "DZA", "md", "supported"),
            },
            id="br-after-a-heading-a-bullet-or-a-stop",
        ),
        pytest.param(
            "<p>Jordan joined the Mediterranean Dialogue in<br>1999.</p>",
            {("partner_in", "JOR", "md", "contradicted")},
            id="br-before-a-year-inside-a-sentence",
        ),
        pytest.param(
            "<p>Jordan joined the Mediterranean Dialogue in 1999<sup>1</sup>.</p>"
            "<p>Montenegro became NATO's 29<sup>th</sup> member in 2017.</p>",
            {
                ("partner_in", "JOR", "md", "contradicted"),
                ("member_of", "MNE", "NATO", "supported"),
            },
            id="sup-footnote-dropped-ordinal-kept",
        ),
        pytest.param(
            # the footnote's mark is not the line's last word: the stop before it ends the line
            "<p>Jordan joined the Mediterranean Dialogue in 1995.<sup>2</sup><br>"
            "Algeria joined the <a>Mediterranean Dialogue<sup>3</sup></a><br>in 2000</p>",
            {("partner_in", "JOR", "md", "supported"), ("partner_in", "DZA", "md", "supported")},
            id="sup-footnote-before-a-br",
        ),
    ],
)
def test_html_line_breaks_and_superscripts(
    curated: Store, tmp_path: Path, html: str, claims: set
) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>News</h1>{html}</body></html>", encoding="utf-8")
    load_articles(curated, [str(page)])
    assert found_claims(curated, _document(curated, "News")) == claims


def test_normalise_reads_hyphens_and_drops_footnote_markers() -> None:
    text = "Indo\u2011Pacific in 1999[1], 2004[^2] and 2010[citation needed]; the PfP [PfP]."
    assert normalise(text) == "Indo-Pacific in 1999, 2004 and 2010; the PfP [PfP]."
    # a letter's footnote goes; an editor's bracketed letter is the word's own
    assert normalise("Malta joined in 1995[a], [M]alta says; [t]he PfP [b].") == (
        "Malta joined in 1995, Malta says; the PfP [b]."
    )


@pytest.mark.slow
def test_matcher_finds_claims_in_a_two_page_article(articles_store: Store) -> None:
    """A long article goes through the whole pipeline (its speed is measured by the benchmarks)."""
    from nato_graph.loaders.articles.analyse import analyse
    from nato_graph.loaders.articles.entities import build_pipeline, read_gazetteer
    from nato_graph.loaders.articles.text import Article

    pages = [read_article(str(ARTICLES / name)) for name in EXPECTED]
    paragraphs = tuple(p for a in pages for p in a.paragraphs) * 2
    article = Article("two-pages", "text", "two pages", paragraphs)
    assert len(article.text.split()) > 1000  # two printed pages and more
    gazetteer = read_gazetteer(articles_store)
    analysis = analyse(article, build_pipeline(gazetteer), gazetteer)
    assert analysis.claims and analysis.sentences > 50


def test_spacy_is_imported_only_to_read_articles() -> None:
    code = (
        "import sys, nato_graph.cli, nato_graph.loaders.articles; "
        "loaded = [m for m in ('spacy', 'bs4', 'pycountry', 'markdown_it') if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_an_article_in_an_empty_graph_mentions_nothing(store: Store) -> None:
    [summary] = load_articles(store, [str(ARTICLES / "myths.md")])
    assert (summary.mentions, summary.claims) == (0, {})
    assert store.counts().labels == {"Document": 1}


@pytest.mark.parametrize(
    ("sentence", "verdicts", "known_error", "correction"),
    [
        pytest.param(
            "Saudi Arabia and Oman are members of the Istanbul Cooperation Initiative.",
            {("partner_in", "SAU", "contradicted"), ("partner_in", "OMN", "contradicted")},
            "err_gcc_all_ici",
            "Only four GCC states",
            id="invited-never-joined",
        ),
        pytest.param(
            # the reference's verdict on this known error is false: NATO suspended cooperation
            # in 2014, and since 2022 says it no longer counts Russia as a partner
            "Russia is an active partner in the Partnership for Peace.",
            {("partner_in", "RUS", "contradicted")},
            "err_russia_belarus_active",
            "Russia since April 2014, Belarus since November 2021); since the full-scale "
            "invasion of Ukraine in 2022 NATO has stopped treating Russia as a partner",
            id="suspended-active",
        ),
        pytest.param(
            # a membership that never held: joining it repeats the error that it holds
            "Israel joined NATO in 2016.",
            {("member_of", "ISR", "contradicted")},
            "err_israel_member",
            "Israel is not a NATO member",
            id="joined-what-never-held",
        ),
        pytest.param(
            "NATO launched the Istanbul Cooperation Initiative in 2010.",
            {("launched", "ici", "contradicted")},
            None,
            "launched on 28 June 2004, not in 2010",
            id="a-launch-in-the-wrong-year",
        ),
        pytest.param(
            "The Mediterranean Dialogue, launched in December 1994, has seven partners.",
            {("launched", "md", "supported")},
            None,
            None,
            id="a-launch-in-an-aside",
        ),
        pytest.param(
            # the data's own note dates the name to 2008 and its formal start to April 2011
            "The partners across the globe were formally established in 2008.",
            {("launched", "pag", "unverified")},
            None,
            None,
            id="a-launch-date-the-data-itself-tells-of",
        ),
        pytest.param(
            # the MD's partners are listed in full: a country in none of them is not one
            "Libya joined the Mediterranean Dialogue in 2000.",
            {("partner_in", "LBY", "contradicted")},
            None,
            "took part in the Mediterranean Dialogue (MD) or was invited to, and Libya is not one",
            id="not-among-the-listed-partners",
        ),
        pytest.param(
            # an unverified date of joining refutes nothing, but a year before the launch does
            "Kuwait joined the Istanbul Cooperation Initiative in 1999.",
            {("partner_in", "KWT", "contradicted")},
            None,
            "launched on 28 June 2004: no country took part in it before",
            id="before-the-launch",
        ),
        pytest.param(
            # one that held: a wrong year is no repeat of an error about the present
            "Sweden joined the Partnership for Peace in 1995.",
            {("partner_in", "SWE", "contradicted")},
            None,
            "on 9 May 1994, not in 1995",
            id="a-wrong-year-of-what-held",
        ),
        pytest.param(
            "Belarus is an active PfP partner today.",
            {("partner_in", "BLR", "outdated")},
            "err_russia_belarus_active",
            "Belarus since November 2021",
            id="today",
        ),
        pytest.param(
            "Finland and Sweden are still Partnership for Peace partners.",
            {("partner_in", "FIN", "outdated"), ("partner_in", "SWE", "outdated")},
            "err_finland_sweden_partners",
            "now NATO members (2023 and 2024)",
            id="still",
        ),
        pytest.param(
            "Malta has been a PfP participant without interruption since 1995.",
            {("partner_in", "MLT", "contradicted")},
            "err_malta_continuous",
            "again from 2008",
            id="break-since",
        ),
        pytest.param(
            "Algeria joined the Mediterranean Dialogue in 1995.",
            {("partner_in", "DZA", "contradicted")},
            "err_md_dates",
            "Algeria in March 2000",
            id="wrong-year-known-error",
        ),
        pytest.param(
            "Jordan joined the Mediterranean Dialogue in 2010.",
            {("partner_in", "JOR", "contradicted")},
            None,
            "Jordan joined the Mediterranean Dialogue in November 1995, not in 2010",
            id="wrong-year",
        ),
        pytest.param(
            "Israel and NATO collaborate on cybersecurity.",
            {("cooperates_on", "ISR", "unverified")},
            None,
            None,
            id="unverified-fact",
        ),
        pytest.param(
            "Finland joined NATO in 2022.",
            {("member_of", "FIN", "contradicted")},
            None,
            "Finland joined NATO on 4 April 2023, not in 2022",
            id="membership-year",
        ),
        pytest.param(
            "Finland has never been a member of the Partnership for Peace.",
            {("partner_in", "FIN", "contradicted")},
            None,
            "from 9 May 1994 until it became a NATO member on 4 April 2023",
            id="never",
        ),
        pytest.param(
            "Austria is not a Partnership for Peace partner.",
            {("partner_in", "AUT", "contradicted")},
            None,
            "Austria has taken part in the Partnership for Peace (PfP) since 10 February 1995",
            id="negated-but-active",
        ),
        pytest.param(
            "Sweden was a Partnership for Peace partner until 2024.",
            {("partner_in", "SWE", "supported")},
            None,
            None,
            id="until",
        ),
        pytest.param(
            "Bahrain and Qatar joined the Istanbul Cooperation Initiative in 2010 and 2011.",
            {("partner_in", "BHR", "contradicted"), ("partner_in", "QAT", "contradicted")},
            None,
            "in February 2005, not in 2010 or 2011",
            id="one-of-several-years",
        ),
        pytest.param(
            "Finland and Sweden joined the Alliance in 2024 and 2023 respectively.",
            {("member_of", "FIN", "contradicted"), ("member_of", "SWE", "contradicted")},
            None,
            "NATO on ",
            id="respectively",
        ),
        pytest.param(
            "Georgia joined the Defence Capacity Building Initiative in 2014.",
            {("partner_in", "GEO", "unverified")},
            None,
            None,
            id="inferred-join-date",
        ),
        pytest.param(
            "Jordan joined the DCB Initiative in 2016.",
            {("partner_in", "JOR", "unverified")},  # an inferred date refutes nothing
            None,
            None,
            id="other-year-than-an-inferred-date",
        ),
        pytest.param(
            "Jordan did not join the DCB Initiative in 2014.",
            {("partner_in", "JOR", "unverified")},
            None,
            None,
            id="negated-inferred-date",
        ),
        pytest.param(
            "Moldova takes part in the DCB Initiative.",
            {("partner_in", "MDA", "supported")},  # the fact is confirmed; only its date is not
            None,
            None,
            id="undated-claim-of-a-confirmed-fact",
        ),
        pytest.param(
            "Malta left the Partnership for Peace in 1998.",
            {("left", "MLT", "contradicted")},
            None,
            "Malta suspended its own participation in the Partnership for Peace (PfP) on "
            "27 October 1996, not in 1998",
            id="left-wrong-year",
        ),
        pytest.param(
            "Malta suspended its participation in the PfP in 1996.",
            {("suspended", "MLT", "supported")},
            None,
            None,
            id="suspended",
        ),
        pytest.param(
            "Russia withdrew from the Partnership for Peace.",
            {("left", "RUS", "contradicted")},  # NATO suspended cooperation; Russia did not leave
            None,
            "NATO suspended its cooperation with Russia in the Partnership for Peace (PfP) on "
            "1 April 2014: NATO's decision, not Russia's",
            id="left-but-suspended-by-nato",
        ),
        pytest.param(
            "Japan joined the Partners Across the Globe in 2014.",
            {("partner_in", "JPN", "contradicted")},  # a partner by then, as the data dates it
            None,
            # not "joined in 1990", before the framework existed: by April 2009, the bound of
            # its unverified join (NATO's page naming it a contact country)
            "Japan joined the Partners across the globe by April 2009 at the latest (the date the "
            "data gives, in 1990, is unverified), not in 2014",
            id="a-later-year-than-a-join-date-that-is-no-accession",
        ),
        pytest.param(
            "Mongolia has been one of the partners across the globe since 2005.",
            {("partner_in", "MNG", "unverified")},  # 2012 is its IPCP; the relations are older
            None,
            None,
            id="an-earlier-year-than-a-join-date-that-is-no-accession",
        ),
        pytest.param(
            "Japan joined the Partners Across the Globe in 1990.",
            # as the data dates the partnership, but the framework was launched in 2006
            {("partner_in", "JPN", "unverified")},
            None,
            None,
            id="a-join-date-that-is-no-accession-before-the-launch",
        ),
        pytest.param(
            "Sweden joined NATO on 11 March 2024.",  # the flag was raised that day
            {("member_of", "SWE", "contradicted")},
            None,
            "Sweden joined NATO on 7 March 2024, not on 11 March 2024",
            id="wrong-day",
        ),
        pytest.param(
            "North Macedonia joined NATO on March 30, 2020.",
            {("member_of", "MKD", "contradicted")},
            None,
            "North Macedonia joined NATO on 27 March 2020, not on 30 March 2020",
            id="wrong-day-month-first",
        ),
        pytest.param(
            "Finland joined NATO on 4 April 2023.",
            {("member_of", "FIN", "supported")},
            None,
            None,
            id="right-day",
        ),
        pytest.param(
            "Latvia joined the Partnership for Peace on 14 February 1994.",
            {("partner_in", "LVA", "unverified")},  # the data has the month only
            None,
            None,
            id="a-day-the-data-does-not-give",
        ),
        # a part of a decade: a year at the edge of its generous reading confirms nothing
        # (Austria's 1995 "in the late 1990s" was supported)
        pytest.param(
            "Austria joined the Partnership for Peace in the late 1990s.",
            {("partner_in", "AUT", "unverified")},
            None,
            None,
            id="at-the-edge-of-a-part-of-a-decade",
        ),
        pytest.param(
            "Austria joined the Partnership for Peace in the mid-1990s.",
            {("partner_in", "AUT", "supported")},
            None,
            None,
            id="within-a-part-of-a-decade",
        ),
        pytest.param(
            "Hungary joined NATO in the late 1990s.",
            {("member_of", "HUN", "supported")},
            None,
            None,
            id="within-a-part-of-a-decade-membership",
        ),
        # a disputed join date bounded by joined_by: years after the bound are judged, the
        # bound said rather than the disputed date (Kuwait in 2012 was unverified)
        pytest.param(
            "Kuwait joined the Istanbul Cooperation Initiative in 2012.",
            {("partner_in", "KWT", "contradicted")},
            None,
            "Kuwait joined the Istanbul Cooperation Initiative by March 2005 at the latest (the "
            "date the data gives, in December 2004, is unverified), not in 2012",
            id="after-the-bound-of-a-disputed-join",
        ),
        pytest.param(
            "Kuwait joined the Istanbul Cooperation Initiative in 2005.",
            {("partner_in", "KWT", "unverified")},  # December 2004 or early 2005
            None,
            None,
            id="within-a-disputed-join",
        ),
        pytest.param(
            "Kuwait was a partner in the Istanbul Cooperation Initiative in 2010.",
            {("partner_in", "KWT", "supported")},
            None,
            None,
            id="a-state-after-the-bound-of-a-disputed-join",
        ),
        pytest.param(
            "Colombia became a global partner of NATO in 2019.",
            {("partner_in", "COL", "contradicted")},  # the year is the framework's, past "of NATO"
            None,
            "Colombia joined the Partners across the globe in May 2017 (dated from the "
            "partnership agreed in May 2017, a year before it formally became a global partner on "
            "31 May 2018), not in 2019",
            id="date-after-of-nato",
        ),
        pytest.param(
            "NATO suspended Russia's participation in the Partnership for Peace in 2014.",
            {("nato_suspended", "RUS", "supported")},  # not a claim that Russia joined in 2014
            None,
            None,
            id="suspended-by-a-verb-before-the-subject",
        ),
        pytest.param(
            "NATO suspended Malta from the Partnership for Peace in 1996.",
            {("nato_suspended", "MLT", "contradicted")},
            None,
            "Malta suspended its own participation in the Partnership for Peace (PfP) on "
            "27 October 1996: Malta's decision, not NATO's",
            id="suspended-by-the-partner-not-by-nato",
        ),
        pytest.param(
            "The Alliance suspended Belarus from the Partnership for Peace in 2021.",
            {("nato_suspended", "BLR", "supported")},
            None,
            None,
            id="suspended-by-the-alliance",
        ),
        pytest.param(
            "Mongolia joined the partners across the globe in 2004.",
            {("partner_in", "MNG", "unverified")},  # dated from its cooperation's start, 2005
            None,
            None,
            id="earlier-than-a-start-dated-by-convention",
        ),
        pytest.param(
            "New Zealand joined the partners across the globe in 2014.",
            {("partner_in", "NZL", "contradicted")},
            None,
            "New Zealand joined the Partners across the globe by April 2009 at the latest (the date "
            "the data gives, in 2001, is unverified), not in 2014",
            id="later-than-a-start-dated-by-convention",
        ),
        pytest.param(
            "The Mediterranean Dialogue was launched in 1995.",
            {("launched", "md", "contradicted")},  # the note names 1995, the known error settles it
            "err_md_dates",
            "The Dialogue began in December 1994",
            id="launch-date-known-error",
        ),
        pytest.param(
            "NATO founded the Mediterranean Dialogue in 1995.",
            {("launched", "md", "contradicted")},  # in words of its own, the error's correction
            "err_md_dates",
            "The Dialogue began in December 1994",
            id="launch-date-known-error-reworded",
        ),
        pytest.param(
            "Malta resumed its participation in the Partnership for Peace in 2008.",
            {("resumed", "MLT", "supported")},  # a return, not a join: checked as a return
            None,
            None,
            id="resumed",
        ),
        pytest.param(
            "It is not clear whether Israel is a member of NATO.", set(), None, None, id="unclear"
        ),
        pytest.param(
            "It is unclear whether Belarus ever joined the Partnership for Peace.",
            set(),
            None,
            None,
            id="unclear-whether",
        ),
        pytest.param(
            "Russia was suspended from the Partnership for Peace in 2008.",
            {("was_suspended", "RUS", "unverified")},  # a partial halt the note tells of
            None,
            None,
            id="a-year-the-note-tells-of",
        ),
        pytest.param(
            "Kuwait joined the Istanbul Cooperation Initiative in 2005.",
            {
                ("partner_in", "KWT", "unverified")
            },  # its sources differ: December 2004 or early 2005
            None,
            None,
            id="a-date-its-sources-dispute",
        ),
        pytest.param(
            "Malta withdrew from the PfP in 1996.",
            {("left", "MLT", "unverified")},  # its own suspension, which NATO does not call leaving
            None,
            None,
            id="left-but-suspended-by-itself",
        ),
        pytest.param(
            "Russia has never left the Partnership for Peace.",
            {("left", "RUS", "supported")},
            None,
            None,
            id="negated-left-suspended-by-nato",
        ),
        pytest.param(
            "Belarus suspended its participation in the PfP in 2021.",
            {("suspended", "BLR", "contradicted")},  # the Allies suspended cooperation
            None,
            "NATO suspended its cooperation with Belarus in the Partnership for Peace (PfP) in "
            "November 2021: NATO's decision, not Belarus's",
            id="suspended-by-nato-not-by-the-partner",
        ),
        pytest.param(
            "Russia was suspended from the Partnership for Peace in 2014.",
            {("was_suspended", "RUS", "supported")},  # passive: whoever decided
            None,
            None,
            id="was-suspended",
        ),
        pytest.param(
            "Belarus has been temporarily suspended from the EAPC.",
            {("was_suspended", "BLR", "supported")},
            None,
            None,
            id="has-been-suspended",
        ),
        pytest.param(
            "Russia was suspended from the Partnership for Peace in 2016.",
            {("was_suspended", "RUS", "contradicted")},
            None,
            "NATO suspended its cooperation with Russia in the Partnership for Peace (PfP) on "
            "1 April 2014, not in 2016",
            id="was-suspended-wrong-year",
        ),
        pytest.param(
            "Sweden and Finland left the PfP in 2024 and 2023 respectively.",
            {("left", "SWE", "supported"), ("left", "FIN", "supported")},
            None,
            None,
            id="left-on-becoming-members",
        ),
        pytest.param(
            "Austria left the Partnership for Peace in 2001.",
            {("left", "AUT", "contradicted")},
            None,
            "Austria has taken part in the Partnership for Peace (PfP) since 10 February 1995",
            id="never-left",
        ),
        pytest.param(
            "Austria has never left the Partnership for Peace.",
            {("left", "AUT", "supported")},
            None,
            None,
            id="negated-left",
        ),
        pytest.param(
            "Japan quit the Partnership for Peace.",
            {("left", "JPN", "contradicted")},
            None,
            "Japan takes part in the Partners across the globe (PAG), not the Partnership for Peace",
            id="left-a-framework-never-joined",
        ),
        pytest.param("Israel may leave the Mediterranean Dialogue.", set(), None, None, id="may"),
        pytest.param(
            "Sweden left its old policy of strict isolation and joined the PfP in 1994.",
            # the leaving is of a policy, an object of its own: the join after it is read
            {("partner_in", "SWE", "supported")},
            None,
            None,
            id="left-something-else",
        ),
        pytest.param(
            "Serbia was left out of the Mediterranean Dialogue.", set(), None, None, id="left-out"
        ),
        pytest.param("Israel could one day join NATO.", set(), None, None, id="could"),
        pytest.param("Ukraine is expected to join NATO.", set(), None, None, id="expected"),
        pytest.param("Is Japan a NATO member?", set(), None, None, id="question"),
        pytest.param(
            "Georgia may join the Alliance in the future.", set(), None, None, id="future"
        ),
    ],
)
def test_verdicts_know_status_tense_dates_and_known_errors(
    curated: Store, sentence: str, verdicts: set, known_error: str | None, correction: str | None
) -> None:
    load_articles(curated, ["-"], stdin=io.BytesIO(sentence.encode("utf-8")))
    rows = curated.read(
        "MATCH (c:Claim) OPTIONAL MATCH (c)-[:REPEATS]->(k:KnownError) "
        "RETURN c.predicate AS p, c.subject AS s, c.verdict AS v, c.correction AS correction, "
        "c.fact AS fact, c.sources AS sources, k.key AS known_error"
    ).rows
    assert {(r["p"], r["s"], r["v"]) for r in rows} == verdicts
    for r in rows:
        assert r["known_error"] == known_error
        assert r["fact"] and r["sources"], r  # every verdict rests on a sourced fact
        if correction is None:
            assert r["correction"] is None
        else:
            assert correction in r["correction"]


def test_every_bundled_known_error_about_a_fact_reads_as_false_claims(curated: Store) -> None:
    """The facts alone refute each known error's claims: judged with no known errors at hand (the
    error checked against itself would be contradicted whatever the data says), every claim is
    contradicted or outdated, but for the launch date whose sources the data's note says disagree,
    which it leaves unverified and only the curated error settles (see the
    "launch-date-known-error" cases, where an article's own sentence takes its correction), and
    NATO's suspension of Israel's partnership at large in 2010: the data holds no suspension of
    any of Israel's programmes, and an absence alone refutes no claim of NATO at large; the veto
    the error's correction tells of settles it (tests/test_article_israel_not_suspended.py)."""
    from nato_graph.loaders.articles.analyse import known_errors
    from nato_graph.loaders.articles.entities import build_pipeline, read_gazetteer
    from nato_graph.loaders.articles.verdicts import Facts, judge

    gazetteer = read_gazetteer(curated)
    errors = known_errors(curated, build_pipeline(gazetteer), gazetteer)
    facts = Facts.read(curated, [c for e in errors for c in e.claims])
    assert facts.known_errors == []  # the data alone, not the errors under test
    nato = gazetteer.entities["Organization|NATO"]
    left_open = set()
    for error in errors:
        if error.key == "err_mnna":  # a US designation, nothing the graph models
            continue
        assert error.claims, error.key
        for claim in error.claims:
            verdict = judge(claim, facts, nato).verdict
            assert verdict in ("contradicted", "outdated", "unverified"), (error.key, claim)
            if verdict == "unverified":
                left_open.add((error.key, claim.predicate))
    assert left_open == {
        ("err_md_dates", "launched"),
        ("err_israel_suspended", "nato_suspended_cooperation"),
    }


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            "A title\nBy a writer\nIsrael is not a member.\nHow it began\n"
            "Israel joined the Dialogue in 1995.\n",
            ["A title", "By a writer", "Israel is not a member.", "How it began",
             "Israel joined the Dialogue in 1995."],
            id="one-paragraph-a-line",
        ),
        pytest.param(
            "Ukraine, Georgia and Moldova are active Partnership for Peace partners\n"
            "and cooperate with NATO on hybrid threats.\nKey facts\n- Kazakhstan joined in 1994\n"
            "- Serbia joined in 2006.\n",
            ["Ukraine, Georgia and Moldova are active Partnership for Peace partners and cooperate "
             "with NATO on hybrid threats.", "Key facts", "Kazakhstan joined in 1994",
             "Serbia joined in 2006."],
            id="hard-wrapped-with-list",
        ),
        pytest.param(
            "They cooperate on:\ncounter-terrorism\ncybersecurity\n",
            ["They cooperate on:", "counter-terrorism", "cybersecurity"],
            id="bullet-less-list",
        ),
    ],
)  # fmt: skip
def test_plain_text_splits_as_a_reader_would(tmp_path: Path, text: str, paragraphs: list) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert list(read_article(str(path)).paragraphs) == paragraphs


def test_code_blocks_are_not_prose(curated: Store, tmp_path: Path) -> None:
    path = tmp_path / "code.md"
    path.write_text(
        "# Notes\n\nJapan is a partner across the globe.\n\n    Israel is a NATO member.\n\n"
        "```\nColombia is a NATO member.\n```\n",
        encoding="utf-8",
    )
    [summary] = load_articles(curated, [str(path)])
    assert summary.claims == {"supported": 1}


def test_a_huge_paragraph_is_read_in_pieces(curated: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "Japan cooperates with NATO on cyber defence. "
    path.write_text("Huge\n\n" + sentence * 25_000, encoding="utf-8")  # over a million characters
    [summary] = load_articles(curated, [str(path)])
    assert summary.claims == {"supported": 1}
    assert summary.sentences == 25_001


def test_a_folder_of_articles_loads_and_reloads_as_a_no_op(curated: Store, tmp_path: Path) -> None:
    for k in range(7):
        (tmp_path / f"a{k}.txt").write_text(
            f"Note {k}\n\nFinland and Sweden are still Partnership for Peace partners.\n",
            encoding="utf-8",
        )
    (tmp_path / "data.yaml").write_text("not an article", encoding="utf-8")
    steps: list[int] = []
    from nato_graph.loaders.articles import read_articles, write_articles

    first = write_articles(
        curated, read_articles([str(tmp_path)]), batch_size=3, progress=steps.append
    )
    assert steps == [3, 3, 1]
    assert [s.claims for s in first] == [{"outdated": 2}] * 7
    before = curated.counts()
    again = load_articles(curated, [str(tmp_path)])
    assert all(s.already_loaded and s.claims == {"outdated": 2} for s in again)
    # the summary read back counts as the first did ("3 mentions", not "3.0 mentions")
    assert [s.mention_count for s in again] == [s.mention_count for s in first] == [3] * 7
    assert "(3 mentions)" in again[0].format()
    after = curated.counts()
    assert (after.labels, after.types) == (before.labels, before.types)


def test_claims_that_begin_alike_keep_distinct_captions_in_a_view(
    curated: Store, tmp_path: Path
) -> None:
    """A claim's caption keeps both its ends: three claims about one country's cooperation
    read "Switzerland cooperates … on cyber defence" and so on, not three times the same."""
    import json
    import re

    from nato_graph.views import question

    article = tmp_path / "swiss.md"
    article.write_text(
        "# Switzerland and NATO\n\n"
        "Switzerland cooperates with NATO on cyber defence. "
        "Switzerland cooperates with NATO on crisis management. "
        "Switzerland cooperates with NATO on humanitarian assistance.\n",
        encoding="utf-8",
    )
    load_articles(curated, [str(article)])
    claims = [r["claim"] for r in curated.read("MATCH (c:Claim) RETURN c.claim AS claim").rows]
    assert len(claims) == 3 and len({c[:34] for c in claims}) == 1  # alike at the start
    page = question(curated, "document-graph").html
    shown = {json.loads(m) for m in re.findall(r'"label": ("(?:[^"\\]|\\.)*")', page)}
    captions = {c for c in shown if c.startswith("Switzerland cooperates")}
    assert len(captions) == 3, shown


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel ist 2016 der NATO beigetreten.",
        "Israel se unió a la OTAN en 2016.",
        "Georgia ist seit 1994 Mitglied der Partnerschaft für den Frieden und der NATO verbunden.",
    ],
)
def test_a_sentence_in_another_language_is_listed(curated: Store, sentence: str) -> None:
    """A claim in German or Spanish passed without a word (no claim, not listed): the reader
    reads English only, so such a sentence naming a country with NATO is listed as not checked."""
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert (summary.claims, summary.unread) == ({}, [sentence])


def test_an_english_sentence_without_a_claim_is_not_listed_as_foreign(curated: Store) -> None:
    sentence = "Jaap de Hoop Scheffer met officials in Israel and at NATO in 2005."
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(f"Note\n\n{sentence}".encode()))
    assert (summary.claims, summary.unread) == ({}, [])


def test_a_deeply_nested_or_flat_page_is_read_whole() -> None:
    """A page of 20,000 nested blocks, or of 20,000 breaks in one paragraph, is read in one walk
    of its tree (inserting a blank line beside each block walked its descendants each time: 39 s
    for 20,000 nested, minutes for 100,000 breaks); each block is its own paragraph, and a break
    inside a sentence a space."""
    from nato_graph.loaders.articles.text import _from_html

    nested = "<body>" + "<div>Israel joined the MD. " * 20_000 + "x" + "</div>" * 20_000 + "</body>"
    _, paragraphs, _ = _from_html(nested)
    assert len(paragraphs) == 20_000 and paragraphs[-1] == "Israel joined the MD. x"
    flat = "<body><p>" + "Israel joined the MD in 1995<br>" * 20_000 + "</p></body>"
    _, paragraphs, _ = _from_html(flat)
    assert len(paragraphs) == 1 and paragraphs[0].count("Israel joined") == 20_000
