"""The `names` every named node holds: derived by the store, kept up to date, and how the questions
find an entity (through the embedded store's index, not by lowering every node's names)."""

from __future__ import annotations

import pytest

from nato_graph import schema
from nato_graph.connection import Connection
from nato_graph.queries import internal
from nato_graph.queries.catalogue import get, run
from nato_graph.queries.checks import matches
from nato_graph.stores import Store


def expected_names(props: dict) -> list[str]:
    """What the store derives (statements.names_of): code, key, acronym, name, then the aliases,
    each once (where it first comes)."""
    texts = [props.get(p) for p in schema.NAME_SOURCES] + list(props.get("aliases") or [])
    return list(dict.fromkeys(str(t).lower() for t in texts if t is not None))


def test_every_named_node_holds_its_names(curated_store: Store) -> None:
    rows = curated_store.read(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n",
        {"labels": list(schema.NAMED_LABELS)},
    ).rows
    assert len(rows) > 100
    wrong = [
        (r["n"].label, r["n"].properties.get("name"))
        for r in rows
        if r["n"].properties.get("names") != expected_names(r["n"].properties)
    ]
    assert not wrong
    other = curated_store.read("MATCH (n:Source) WHERE n.names IS NOT NULL RETURN count(n)")
    assert other.value(0) == 0  # only the named labels hold them


# The questions that name one or two entities, and the look-ups of the checks and views: none
# may read every country (at 1M relationships, 115,000 of them) to find the one named.
BY_NAME = [
    "country-profile", "evidence", "connection", "neighbourhood", "shared-threats",
    "similar-partners", "framework-members", "framework-threats", "partners-on-threat",
    "coverage-gaps", "known-errors",
]  # fmt: skip


@pytest.mark.parametrize("name", BY_NAME)
def test_a_question_finds_its_entities_through_the_index(curated_store: Store, name: str) -> None:
    query = get(name)
    plan = curated_store.plan(query.text, query.bind({}))  # type: ignore[attr-defined]
    scans = [line.strip() for line in plan if "Scan" in line]
    assert any(s.startswith("Node By Index Scan") for s in scans), plan
    assert not [s for s in scans if "Label Scan" in s and ":Country)" in s], plan
    assert not [s for s in scans if s.startswith("All Node Scan")], plan


@pytest.mark.parametrize(
    ("statement", "params"),
    [
        ("name-matches", {"labels": ["Country", "Framework"], "names": ["Jordan", "md"]}),
        ("view-named", {"names": ["jordan", "md"]}),
    ],
)
def test_the_checks_and_views_find_names_through_the_index(
    curated_store: Store, statement: str, params: dict
) -> None:
    plan = curated_store.plan(internal(statement), params)  # type: ignore[attr-defined]
    scans = [line.strip() for line in plan if "Scan" in line]
    assert scans and all(s.startswith("Node By Index Scan") for s in scans), plan


def test_an_ad_hoc_write_brings_the_names_up_to_date(store: Store) -> None:
    db = Connection.on(store)
    store.ensure_schema()
    db.cypher(
        "CREATE (:Country {iso3: 'AAA', name: 'Aland', aliases: ['Åland Islands']})", write=True
    )
    assert [m["key"] for m in matches(store, "country", "ÅLAND ISLANDS")] == ["AAA"]
    db.cypher("MATCH (c:Country {iso3: 'AAA'}) SET c.name = 'Alandia'", write=True)
    assert [m["key"] for m in matches(store, "country", "alandia")] == ["AAA"]
    assert matches(store, "country", "aland") == []  # the old name is gone from the index too


def test_a_store_written_without_names_is_repaired_by_the_first_question(store: Store) -> None:
    """Nodes written before names existed (or by ad-hoc Cypher straight to the store) hold none:
    the question must not answer as if the country had no facts."""
    store.write(
        "CREATE (:Country {iso3: 'AAA', name: 'Aland'})-[:PARTNER_IN {status: 'active',"
        " joined: '1995', sources: ['s'], confidence: 'confirmed'}]->"
        "(:Framework {key: 'pfp', acronym: 'PfP', name: 'Partnership for Peace'})"
    )
    assert store.read("MATCH (c:Country) RETURN c.names").value(0) is None
    rows = run(store, "country-profile", {"country": "aland"}).rows
    assert [(r["kind"], r["target"]) for r in rows] == [("partnership", "PfP")]
    assert store.read("MATCH (c:Country) RETURN c.names").value(0) == ["aaa", "aland"]
    assert store.refresh_names() == 0  # up to date now


@pytest.mark.neo4j
def test_neo4j_derives_and_refreshes_names(neo4j_store: Store) -> None:
    db = Connection.on(neo4j_store)
    neo4j_store.ensure_schema()
    db.cypher(
        "CREATE (:Country {iso3: 'AAA', name: 'Aland', aliases: ['Åland Islands']})", write=True
    )
    assert neo4j_store.read("MATCH (c:Country) RETURN c.names").value(0) == [
        "aaa", "aland", "åland islands",
    ]  # fmt: skip
    rows = db.ask("country-profile", country="Åland Islands").rows
    assert rows == []  # no facts, but found: an unknown name would be an error
    neo4j_store.write("MATCH (c:Country) SET c.name = 'Alandia'")
    assert neo4j_store.refresh_names() == 1
    assert neo4j_store.read("MATCH (c:Country) RETURN c.names").value(0)[1] == "alandia"


def test_a_name_that_is_no_text_does_not_stop_later_writes(store: Store) -> None:
    """Ad-hoc Cypher may write a number where a name belongs: its names hold it as text, and the
    refresh every load runs does not fail on it."""
    db = Connection.on(store)
    db.cypher("CREATE (:Country {iso3: 'NUM', name: 1995, aliases: [true]})", write=True)
    store.ensure_schema()
    assert store.read("MATCH (c:Country) RETURN c.names").value(0) == ["num", "1995", "true"]


def test_the_first_load_into_a_graph_from_before_names_derives_them(store: Store) -> None:
    """A graph written before nodes held `names` has no index of them: the next load's schema step
    derives every node's names (a graph that has the index got them from its writers)."""
    store.write("CREATE (:Country {iso3: 'AAA', name: 'Aland'}), (:Threat {key: 'cyber'})")
    store.ensure_schema()
    assert store.read("MATCH (c:Country) RETURN c.names").value(0) == ["aaa", "aland"]
    assert store.read("MATCH (t:Threat) RETURN t.names").value(0) == ["cyber"]


def test_a_graph_from_before_names_answers_its_first_question(store: Store) -> None:
    """Written before nodes held names and not loaded since: the first question (even one with
    no checked parameter, such as known-errors) finds its entities, its names added first."""
    store.write(
        "CREATE (:Country {iso3: 'ISR', name: 'Israel', aliases: ['State of Israel']}),"
        " (:KnownError {key: 'e1', claim: 'The State of Israel joined NATO in 2004.',"
        " correction: 'It did not.', confidence: 'confirmed', sources: []})"
    )
    store._names_ready = False  # type: ignore[attr-defined]  # as a new process would be
    rows = run(store, "known-errors", {"country": "ISR"}).rows
    assert [r["key"] for r in rows] == ["e1"]  # found by its alias, through the country's names
    assert store.read("MATCH (c:Country) RETURN c.names").value(0) == [
        "isr", "israel", "state of israel",
    ]  # fmt: skip


def test_a_name_of_two_kinds_is_answered_for_both_and_said(curated_store: Store) -> None:
    """'building integrity' names the BI programme and a threat: the answer covers both, and a
    note says so (the CLI prints it on stderr), rather than two entities' facts passing as one."""
    result = Connection.on(curated_store).ask("neighbourhood", entity="building integrity")
    assert {r["path"].nodes[0].label for r in result.rows} == {"Framework", "Threat"}
    [note] = result.notes
    assert note.startswith("entity: 'building integrity' names ")
    assert "framework BI (bi)" in note and "(building_integrity)" in note
    assert Connection.on(curated_store).ask("neighbourhood", entity="BI").notes == []


def test_a_name_two_countries_share_is_an_error_naming_both(store: Store) -> None:
    from nato_graph.queries.catalogue import AmbiguousNameError

    db = Connection.on(store)
    db.cypher(
        "CREATE (:Country {iso3: 'JOR', name: 'Jordan', aliases: ['Hashemite Kingdom']}),"
        " (:Country {iso3: 'XJO', name: 'Xjordan', aliases: ['Hashemite Kingdom']})",
        write=True,
    )
    with pytest.raises(AmbiguousNameError) as info:
        db.ask("country-profile", country="hashemite kingdom")
    message = str(info.value)
    assert "country Jordan (JOR)" in message and "country Xjordan (XJO)" in message
    assert db.ask("country-profile", country="Jordan").notes == []  # a name outranks an alias


def test_the_cli_prints_a_note_on_stderr(curated_store: Store) -> None:
    from click.testing import CliRunner

    from nato_graph.cli import cli

    home = curated_store.settings.home
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "run",
            "neighbourhood",
            "--param",
            "entity",
            "anti-corruption",
            "--format",
            "json",
        ],
        env={"NATO_GRAPH_HOME": str(home), "NEO4J_URI": ""},
    )
    assert result.exit_code == 0, result.output
    assert "neighbourhood: note: entity: 'anti-corruption' names " in result.stderr
    assert result.stdout.lstrip().startswith("[")


@pytest.mark.parametrize(
    ("question", "params", "message"),
    [
        ("shared-threats", {"a": "MD"}, "a: 'MD' names the framework MD, not a country"),
        ("shared-threats", {"b": "cyber"}, "b: 'cyber' names the threat "),
        ("coverage-gaps", {"framework": "NATO"}, "framework: 'NATO' names North Atlantic Treaty"),
    ],
)
def test_a_name_of_another_kind_says_what_it_names(
    curated_store: Store, question: str, params: dict, message: str
) -> None:
    """Not "closest: North Macedonia, Moldova" for MD given as a country."""
    from nato_graph.queries.checks import UnknownValueError

    with pytest.raises(UnknownValueError) as info:
        Connection.on(curated_store).ask(question, params)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    ("question", "params", "message"),
    [
        pytest.param(
            "country-profile",
            {"country": "UA"},
            "country: no country named 'UA' in the data; UA is the two-letter code of Ukraine: "
            "give UKR or its name",
            id="held",
        ),
        pytest.param(
            "connection",
            {"from": "il", "to": "NATO"},
            "from: no entity named 'il' in the data; IL is the two-letter code of Israel",
            id="lower-case-entity",
        ),
        pytest.param(
            "country-profile",
            {"country": "MD"},
            "country: 'MD' names the framework MD, not a country; MD is the two-letter code of "
            "Moldova: give MDA or its name",
            id="also-an-acronym",
        ),
        pytest.param(
            "country-profile",
            {"country": "KP"},
            "country: KP is the two-letter code of North Korea, which the data does not hold",
            id="not-held",
        ),
    ],
)
def test_a_two_letter_code_is_said_to_be_one(
    curated_store: Store, question: str, params: dict, message: str
) -> None:
    """ "UA" suggested the United States and the United Arab Emirates by the likeness of letters,
    "IL" Iceland and Ireland: a country's ISO 3166 two-letter code is said to be its code."""
    from nato_graph.queries.checks import UnknownValueError

    with pytest.raises(UnknownValueError) as info:
        Connection.on(curated_store).ask(question, params)
    assert str(info.value).startswith(message)
    assert "closest" not in str(info.value)


def test_two_letters_that_are_no_code_are_matched_by_likeness(curated_store: Store) -> None:
    from nato_graph.queries.checks import UnknownValueError

    with pytest.raises(UnknownValueError, match="closest: Jordan"):  # JO is Jordan's, held
        Connection.on(curated_store).ask("country-profile", {"country": "Jordn"})
    with pytest.raises(UnknownValueError, match="no country named 'QQ' in the data; nothing"):
        Connection.on(curated_store).ask("country-profile", {"country": "QQ"})


# -- one form of a name everywhere ---------------------------------------------------------------

FULL_WIDTH_ISRAEL = "\uff29\uff33\uff32\uff21\uff25\uff2c"  # ISRAEL in full-width letters


@pytest.mark.parametrize(
    ("question", "param", "given", "key"),
    [
        pytest.param("country-profile", "country", "Israël", "ISR", id="accent-folded"),
        pytest.param("country-profile", "country", FULL_WIDTH_ISRAEL, "ISR", id="full-width"),
        pytest.param("country-profile", "country", "  state   of israel ", "ISR", id="spaces"),
        pytest.param("country-profile", "country", "Türkiye", "TUR", id="accent-held"),
        pytest.param("country-profile", "country", "TÜRKİYE", "TUR", id="dotted-capital-i"),
        pytest.param("country-profile", "country", "Republic of Turkiye", "TUR", id="alias-folded"),
        pytest.param("framework-members", "framework", "mediterranean  dialogue", "md", id="md"),
        pytest.param("framework-members", "framework", "\uff2d\uff24", "md", id="full-width-md"),
        pytest.param("known-errors", "country", "Israël", "ISR", id="country-or-text"),
        pytest.param("neighbourhood", "entity", "ISRAËL", "ISR", id="entity"),
    ],
)
def test_a_name_is_found_whatever_its_form(
    curated_store: Store, question: str, param: str, given: str, key: str
) -> None:
    """Compatibility forms, runs of spaces, case and accents the data does not hold are no part
    of a name: "Israël" (the article reader found it; the questions said "nothing close"),
    full-width letters and "mediterranean  dialogue" answer as the key does, wherever a name is
    resolved; "Türkiye", held with its accent, still does."""
    db = Connection.on(curated_store)
    assert db.ask(question, {param: given}).rows == db.ask(question, {param: key}).rows


@pytest.mark.parametrize(
    "given",
    ["Israël", FULL_WIDTH_ISRAEL, "israel ", "ISRA\u00cbL"],
    ids=["accent", "fw", "sp", "caps"],
)
def test_a_name_of_another_kind_is_found_whatever_its_form(
    curated_store: Store, given: str
) -> None:
    """`framework-members --param framework Israël` said "nothing close"; Israel said it names a
    country."""
    from nato_graph.queries.checks import UnknownValueError

    with pytest.raises(UnknownValueError, match=r"names the country Israel, not a framework$"):
        Connection.on(curated_store).ask("framework-members", framework=given)


def test_a_view_finds_a_name_whatever_its_form(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    assert db.view.country("Israël").html == db.view.country("ISR").html.replace(
        "Country: ISR", "Country: Israël"
    )


def test_a_name_of_an_older_graph_found_only_by_its_props_repairs_the_index(store: Store) -> None:
    """A node written without its names (ad-hoc Cypher straight to the store) is found by the
    comparison of every name, and the index repaired, so the question finds it too."""
    store.write(
        "CREATE (:Country {iso3: 'AAA', name: 'Åland'})-[:PARTNER_IN {status: 'active',"
        " joined: '1995', sources: ['s'], confidence: 'confirmed'}]->"
        "(:Framework {key: 'pfp', acronym: 'PfP', name: 'Partnership for Peace'})"
    )
    rows = run(store, "country-profile", {"country": "ALAND"}).rows
    assert [(r["kind"], r["target"]) for r in rows] == [("partnership", "PfP")]


def test_folding_a_name_does_not_bring_in_the_article_reader() -> None:
    """The folder is the article reader's; it is imported only when a name needs it, and never
    spaCy with it."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys; from nato_graph.names import folded; assert folded('Israël') == 'israel'; "
        "loaded = [m for m in ('spacy', 'networkx', 'pyvis') if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr
