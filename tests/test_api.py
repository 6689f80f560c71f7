"""`nato_graph.connect()`: the object the CLI, the notebooks and the benchmarks go through."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import nato_graph
from nato_graph.connection import Connection
from nato_graph.errors import NatoGraphError, ReadOnlyError
from nato_graph.stores import Store
from nato_graph.views import View
from tests.conftest import ROOT


@pytest.fixture()
def db(curated_store: Store) -> Connection:
    return Connection.on(curated_store)


def test_connect_opens_the_store_on_first_use(tmp_path: Path) -> None:
    with nato_graph.connect(home=tmp_path / "home", env={}) as db:
        assert db.settings.kind == "embedded" and db._store is None
        with pytest.raises(NatoGraphError, match="frameworks: the graph is empty; load the data"):
            db.ask("frameworks")  # not an empty answer that reads as "no frameworks"
        assert db._store is not None
    assert db._store is None


def test_an_unknown_question_fails_before_the_store_starts(tmp_path: Path) -> None:
    db = nato_graph.connect(home=tmp_path / "home", env={})
    with pytest.raises(NatoGraphError, match="did you mean 'frameworks'"):
        db.ask("framework")
    assert db._store is None and not (tmp_path / "home").exists()


def test_ask_takes_keywords_or_a_mapping(db: Connection) -> None:
    by_keyword = db.ask("framework-members", framework="MD")
    assert {r["iso3"] for r in by_keyword} >= {"ISR", "JOR", "EGY"}
    assert db.ask("connection", {"from": "Japan", "to": "Israel"}).rows
    assert db.ask("most-connected", limit=3).to_df().shape[0] == 3


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        pytest.param(
            (123,), {}, "a question's name must be text naming a canned question "
            "(`nato-graph query list`), got 123", id="a-number-for-the-name",
        ),
        pytest.param(
            (None,), {}, "a question's name must be text naming a canned question "
            "(`nato-graph query list`), got None", id="none-for-the-name",
        ),
        pytest.param(
            ("connection", ["Japan"]), {}, "a question's parameters must be a mapping of names "
            'to values (or keywords), e.g. {"from": "Japan", "to": "Israel"}, got [\'Japan\']',
            id="a-list-for-the-parameters",
        ),
        pytest.param(
            ("connection", {1: "Japan"}), {}, "a parameter's name must be text, got 1",
            id="a-number-for-a-parameter-name",
        ),
        pytest.param(
            ("country-profile",), {"country": object()}, "parameter country: a value of type "
            "object cannot be sent (give text, a number, true or false, null, a list or a map; "
            "a date as ISO text)", id="a-value-no-store-takes",
        ),
        pytest.param(
            ("country-profile",), {"country": ["Israel", {2: "x"}]}, "parameter country: a map "
            "key of type int cannot be sent; map keys are text", id="a-map-key-no-store-takes",
        ),
    ],
)  # fmt: skip
def test_arguments_ask_cannot_take_are_one_clear_error(
    db: Connection, args: tuple[object, ...], kwargs: dict[str, object], message: str
) -> None:
    """Were TypeErrors ('int' object is not iterable, 'list' object is not a mapping) and
    'Object of type object is not JSON serializable'."""
    with pytest.raises(NatoGraphError) as info:
        db.ask(*args, **kwargs)
    assert str(info.value) == message
    with pytest.raises(NatoGraphError) as drawn:
        db.view.query(*args, **kwargs)
    assert str(drawn.value) == message


def test_a_parameter_given_twice_is_an_error_not_the_last_value(db: Connection) -> None:
    """ask('connection', {"from": "Japan", "to": "Israel"}, to="Jordan") answered for Jordan; the
    command line refuses --param given twice."""
    message = (
        "parameter to given twice ('Israel' in the mapping and 'Jordan' as a keyword); give it once"
    )
    with pytest.raises(NatoGraphError) as info:
        db.ask("connection", {"from": "Japan", "to": "Israel"}, to="Jordan")
    assert str(info.value) == message
    with pytest.raises(NatoGraphError) as drawn:
        db.view.query("connection", {"from": "Japan", "to": "Israel"}, to="Jordan")
    assert str(drawn.value) == message
    assert db.ask("connection", {"from": "Japan"}, to="Jordan").rows  # each once: both count
    with pytest.raises(NatoGraphError, match=r"^parameter x given twice"):
        db.cypher("RETURN $x AS x", {"x": 1}, x=2)
    assert db.cypher("RETURN $x AS x, $y AS y", {"x": 1}, y=2).rows == [{"x": 1, "y": 2}]
    with pytest.raises(NatoGraphError, match=r"^a Cypher statement must be text, got int"):
        db.cypher(7)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ask", "message"),
    [
        pytest.param(
            lambda db: db.ask("country-profile", country="Isr\x00ael"),
            "parameter country: text 'Isr\\x00ael' holds a NUL character, which cannot be sent",
            id="a-nul",  # was "cannot send parameter $names: ..."
        ),
        pytest.param(
            lambda db: db.ask("framework-members", status="activ"),
            "status: unknown status 'activ'; closest: active",
            id="a-status",  # was "unknown status 'activ'"
        ),
        pytest.param(
            lambda db: db.view.country("Jordan", hops=9),
            "hops must be 1 to 3, got 9",
            id="view-hops",  # was "neighbourhood: parameter 'hops' ..."
        ),
        pytest.param(
            lambda db: db.view.path("Japan", "Israel", hops=7),
            "hops must be 1 to 6, got 7",
            id="path-view-hops",  # was "connection: parameter 'max_hops' ..."
        ),
        pytest.param(
            lambda db: db.view.country("Jor\x00dan"),
            "name: text 'Jor\\x00dan' holds a NUL character, which cannot be sent",
            id="view-name",
        ),
        pytest.param(
            lambda db: db.view.path("Japan", "JPN"),
            "source and target both name Japan (JPN): name two different entities",
            id="path-view-one-entity",
        ),
    ],
)
def test_an_error_names_the_parameter_as_the_caller_gave_it(
    db: Connection, ask: Any, message: str
) -> None:
    with pytest.raises(NatoGraphError) as info:
        ask(db)
    assert str(info.value) == message


def test_cypher_reads_unless_told_to_write(db: Connection) -> None:
    assert (
        db.cypher("MATCH (c:Country {iso3: $iso3}) RETURN c.name AS name", iso3="ISR").value()
        == "Israel"
    )
    with pytest.raises(ReadOnlyError):
        db.cypher("CREATE (:Note {text: 'x'})")


def test_an_answer_carries_the_stores_own_time_within_the_wall_time(db: Connection) -> None:
    started = time.perf_counter()
    answer = db.ask("timeline")
    wall_ms = (time.perf_counter() - started) * 1000
    # FalkorDB's "Query internal execution time" of the question's own statement: a positive
    # number of milliseconds, part of what the call took
    assert isinstance(answer.server_ms, float) and 0 < answer.server_ms < wall_ms
    assert db.cypher("RETURN 1 AS one").server_ms is not None
    assert nato_graph.Result(["a"], []).server_ms is None  # built by hand: no store said


def test_results_turn_into_dataframes_graphs_and_html(db: Connection) -> None:
    result = db.cypher(
        "MATCH (c:Country {iso3: 'ISR'})-[r:PARTNER_IN]->(f:Framework) RETURN c, r, f"
    )
    df = result.to_df()
    assert list(df.columns) == ["c", "r", "f"] and len(df) == len(result)
    g = result.to_networkx()
    assert isinstance(g, nx.MultiDiGraph) and ("Country:ISR", "Framework:md") in g.edges()
    page = result._repr_html_()
    assert page.startswith("<table>") and "(Country: Israel)" in page


def test_result_html_is_escaped() -> None:
    result = nato_graph.Result(["x"], [{"x": "<script>alert(1)</script>"}])
    assert "<script>" not in result._repr_html_() and "&lt;script&gt;" in result._repr_html_()


def test_views_draw_and_save(db: Connection, tmp_path: Path) -> None:
    view = db.view.country("Jordan", hops=1)
    assert isinstance(view, View) and view.title == "Country: Jordan (1 hop)"
    assert view._repr_html_().startswith("<iframe srcdoc=")
    assert view.save(tmp_path / "jordan.html").read_text(encoding="utf-8") == view.html
    drawn = db.view(db.ask("neighbourhood", entity="MD"), "MD")
    assert "MD" in drawn.html


def test_analyze_returns_rows_with_every_field(db: Connection) -> None:
    result = db.analyze("centrality", top=5)
    assert len(result) == 5 and {"id", "name", "degree", "betweenness"} <= set(result.columns)
    with pytest.raises(NatoGraphError, match="unknown analysis"):
        db.analyze("pagerank")


def test_check_article_finds_the_contradictions(store: Store) -> None:
    from nato_graph.loaders.load import load

    load(store)
    summary = Connection.on(store).check_article(ROOT / "tests" / "articles" / "false-claims.txt")
    assert summary.claims.get("contradicted", 0) > 0 and summary.contradictions
    assert Connection.on(store).ask("contradictions").rows


def test_export_reports_what_it_wrote(db: Connection, tmp_path: Path) -> None:
    done = db.export("graphml", tmp_path / "g.graphml")
    assert done.files == [tmp_path / "g.graphml"] and done.nodes > 100 and done.relationships > 100


def test_bad_data_is_reported_before_the_store_starts(tmp_path: Path) -> None:
    from nato_graph.loaders.validate import ValidationError

    bad = tmp_path / "mine.partnerships.yaml"
    bad.write_text("- country: XXX\n  framework: md\n  status: active\n", encoding="utf-8")
    db = nato_graph.connect(home=tmp_path / "home", env={})
    with pytest.raises(ValidationError, match=r"mine\.partnerships\.yaml:1"):
        db.load([bad])
    assert db._store is None and not (tmp_path / "home").exists()


def test_a_number_of_another_type_is_sent_as_a_plain_one(db: Connection) -> None:
    """A pandas cell is numpy's int64, not an int: `ask('as-of', year=df.year[0])` answers as
    `year=2010` does (it was refused as 'a value of type int64 cannot be sent')."""
    import numpy

    assert db.ask("as-of", year=numpy.int64(2010)).rows == db.ask("as-of", year=2010).rows
    assert len(db.ask("most-connected", limit=numpy.int32(3)).rows) == 3


def test_a_list_where_text_goes_is_an_error_not_a_name(db: Connection) -> None:
    """country=['Israel'] was looked up as the name '["Israel"]' ("no country named ...")."""
    with pytest.raises(
        NatoGraphError, match=r"^country-profile: parameter 'country' expects text, got \["
    ):
        db.ask("country-profile", country=["Israel"])
    with pytest.raises(NatoGraphError, match="expects text"):
        db.ask("country-profile", country={"name": "Israel"})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(lambda db: db.load(5), "paths must be a path or a list of paths, not int",
                     id="load-a-number"),
        pytest.param(lambda db: db.load([None]), "paths must be a path (text or a pathlib.Path), "
                     "not NoneType", id="load-a-none"),
        pytest.param(lambda db: db.check_article(None), "path must be a path", id="article-none"),
        pytest.param(lambda db: db.check_article(io.StringIO("Jordan joined the MD in 1995.")),
                     "check_article: path must be a path, not a stream; give a stream as "
                     "check_article('-', stdin=stream)", id="article-a-stream"),
        pytest.param(lambda db: db.export("json", None), "path must be a path", id="export-none"),
        pytest.param(lambda db: nato_graph.connect(home=5, env={}), "home must be a path",
                     id="connect-home"),
        pytest.param(lambda db: nato_graph.connect(uri=5, env={}), "uri must be text",
                     id="connect-uri"),
    ],
)  # fmt: skip
def test_a_path_of_the_wrong_type_is_one_clear_error(
    db: Connection, call: Any, message: str
) -> None:
    """These raised TypeError or AttributeError from deep inside (`connect(uri=5)`: 'int' object
    has no attribute 'decode'); every error of the API is a NatoGraphError."""
    before = db.counts()
    with pytest.raises(NatoGraphError) as caught:
        call(db)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    assert db.counts() == before


def test_one_path_given_as_text_is_one_file(tmp_path: Path) -> None:
    """`db.load("x.regions.csv")` read the letters of the name as files ("14 problems ... a:1:
    file: cannot read"): a path alone is one file. (A store of its own: the shared one is not to
    gain a region.)"""
    path = tmp_path / "x.regions.csv"
    path.write_text("key,name\natlantis,Atlantis\n", encoding="utf-8")
    with nato_graph.connect(home=tmp_path / "home", env={}) as db:
        db.load(str(path))
        found = db.cypher("MATCH (r:Region {key: 'atlantis'}) RETURN r.name AS name").rows
    assert found == [{"name": "Atlantis"}]
