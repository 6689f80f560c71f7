"""The Python API as a new user meets it: every bad argument is one NatoGraphError line, nothing
is written or left behind, and `view(result)` draws what `view.query` draws."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

import nato_graph
from nato_graph.connection import Connection
from nato_graph.errors import ArgumentError, NatoGraphError, SettingsError, StoreError
from nato_graph.outfiles import OutputError
from nato_graph.queries.catalogue import EmptyStoreError
from nato_graph.stores import Store
from nato_graph.views import ViewError


@pytest.fixture()
def db(curated_store: Store) -> Connection:
    return Connection.on(curated_store)


def _markers(home: Path) -> list[Path]:
    return sorted((home / "unfinished").glob("load.*.json"))


# --------------------------------------------------------------------------- view(result)


@pytest.mark.parametrize("name", [q.name for q in nato_graph.questions()])
def test_view_of_an_answer_draws_what_view_query_draws(db: Connection, name: str) -> None:
    """`db.view(db.ask("frameworks"))` said "nothing to draw: the result holds no nodes" though
    `view.query("frameworks")` draws the frameworks its values name."""
    try:
        expected: Any = db.view.query(name).html
    except NatoGraphError as exc:
        expected = str(exc)
    try:
        drawn: Any = db.view(db.ask(name)).html
    except NatoGraphError as exc:
        drawn = str(exc)
    assert drawn == expected


def test_view_of_an_answer_with_parameters_and_a_title(db: Connection) -> None:
    answer = db.ask("partners-on-threat", threat="cyber")
    assert db.view(answer).html == db.view.query("partners-on-threat", threat="cyber").html
    assert db.view(answer, "Cyber partners").title == "Cyber partners"


def test_view_of_values_that_are_no_answer_says_what_it_cannot_draw(db: Connection) -> None:
    with pytest.raises(ViewError, match=r"^nothing to draw: the result holds only values \(x\)"):
        db.view(db.cypher("RETURN 1 AS x"))


# --------------------------------------------------------------------------- caveats in views


def test_path_view_gives_the_questions_caveat(db: Connection) -> None:
    """`view.path("Poland", "NACC", hops=1)` said only "no connection found ... within 1 hops";
    the connection question says that who took part in the NACC is not recorded."""
    reason = db.ask("connection", {"from": "Poland", "to": "NACC", "max_hops": 1}).empty_reason
    assert reason and "who took part is not recorded" in reason
    with pytest.raises(ViewError) as caught:
        db.view.path("Poland", "NACC", hops=1)
    assert str(caught.value) == (
        "no connection found between 'Poland' and 'NACC' within 1 hop: "
        + reason.replace("a larger max_hops", "a larger hops")
    )


def test_framework_view_gives_the_partners_questions_caveat(db: Connection) -> None:
    reason = db.ask("framework-members", framework="NACC").empty_reason
    assert reason and "who took part is not recorded" in reason
    expected = f"framework-members --param framework NACC: no rows: {reason}"
    assert expected in db.view.framework("NACC").notes
    assert expected in db.view.neighbourhood("NACC").notes
    assert not any("framework-members" in n for n in db.view.framework("MD").notes)


def test_a_view_of_one_kind_does_not_say_it_covers_two(db: Connection) -> None:
    """`view threat "defence capacity building"` noted that the answer covers the framework DCB
    and the threat both, though the threat view draws only the threat."""
    name = "defence capacity building"
    assert any("covers each" in n for n in db.ask("neighbourhood", entity=name).notes)
    assert any("covers each" in n for n in db.view.neighbourhood(name).notes)
    assert not any("covers each" in n for n in db.view.threat(name).notes)
    assert not any("covers each" in n for n in db.view.framework(name).notes)


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(
            {"top": "3"}, "top must be a whole number of at least 1, not '3'", id="top-text"
        ),
        pytest.param({"top": 0}, "top must be a whole number of at least 1, not 0", id="top-0"),
        pytest.param({"top": -1}, "top must be a whole number of at least 1, not -1", id="top-neg"),
        pytest.param(
            {"top": True}, "top must be a whole number of at least 1, not True", id="bool"
        ),
        pytest.param({"seed": 1.5}, "seed must be a whole number, not 1.5", id="seed-float"),
        pytest.param({"seed": "1"}, "seed must be a whole number, not '1'", id="seed-text"),
    ],
)
def test_analyze_refuses_what_the_command_line_refuses(
    db: Connection, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ArgumentError) as caught:
        db.analyze("communities", **kwargs)
    assert str(caught.value) == message


def test_analyze_top_takes_that_many_rows(db: Connection) -> None:
    assert len(db.analyze("centrality", top=3)) == 3


def test_analyze_of_an_empty_graph_says_to_load_first(tmp_path: Path) -> None:
    with (
        nato_graph.connect(home=tmp_path / "home", env={}) as empty,
        pytest.raises(EmptyStoreError) as caught,
    ):
        empty.analyze("centrality")
    assert str(caught.value) == (
        "centrality: the graph is empty; load the data first (`nato-graph load`)"
    )


def test_export_refuses_a_bad_batch_size_and_an_empty_path(db: Connection, tmp_path: Path) -> None:
    out = tmp_path / "x.cypher"
    with pytest.raises(ArgumentError, match=r"^batch_size must be a whole number from 1 to "):
        db.export("cypher", out, batch_size=0)
    with pytest.raises(OutputError, match=r"^the output path is empty"):
        db.export("json", "")
    assert not out.exists()


def test_export_under_a_file_names_the_file(db: Connection, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError) as caught:
        db.export("json", tmp_path / "afile" / "x.json")
    assert str(caught.value) == (
        f"cannot write {tmp_path}/afile/x.json: {tmp_path}/afile is a file, not a directory"
    )


def test_a_bad_batch_size_leaves_no_unfinished_load(tmp_path: Path) -> None:
    """`load(batch_size=0)` raised ValueError after leaving HOME/unfinished/load.PID.json, so
    every later command warned of a load stopped part-way though nothing was written."""
    home = tmp_path / "home"
    with nato_graph.connect(home=home, env={}) as fresh:
        with pytest.raises(ArgumentError, match=r"^batch_size must be a whole number from 1 to "):
            fresh.load(batch_size=0)
        with pytest.raises(ArgumentError, match=r"^batch_size must be a whole number"):
            fresh.load(batch_size=2.5)  # type: ignore[arg-type]
    assert _markers(home) == []


def test_a_load_failing_before_its_first_write_leaves_no_marker(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any failure before the first row is written (a lost server) leaves the graph as it was:
    no load stopped part-way is said afterwards."""

    def lost(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("the server went away")

    monkeypatch.setattr(store, "write_rows", lost)
    with pytest.raises(StoreError, match="went away"):
        Connection.on(store).load()
    assert _markers(store.settings.home) == []


def test_a_path_as_bytes_is_a_path(store: Store, tmp_path: Path) -> None:
    missing = tmp_path / "mine.partnerships.yaml"
    with pytest.raises(NatoGraphError, match=str(missing)):
        Connection.on(store).load(bytes(missing))
    assert store.counts().nodes == 0


def test_check_article_reads_a_text_stream(store: Store) -> None:
    """`check_article("-", stdin=io.StringIO(...))` raised TypeError (bytes vs str)."""
    from nato_graph.loaders.load import load

    load(store)
    text = "Finland joined NATO in 2023. Libya joined the Mediterranean Dialogue in 2004.\n"
    summary = Connection.on(store).check_article("-", stdin=io.StringIO(text))
    as_bytes = Connection.on(store).check_article("-", stdin=io.BytesIO(text.encode()))
    # the same article, key and verdicts as from bytes (which finds it already loaded)
    assert summary.format().split(" (stdin, ")[1] == as_bytes.format().split(" (stdin, ")[1]
    assert "1 supported, 1 contradicted" in summary.format()


def test_check_article_refuses_what_is_no_stream_and_a_folder(
    db: Connection, tmp_path: Path
) -> None:
    with pytest.raises(ArgumentError, match=r"^stdin must be a stream with read\(\)"):
        db.check_article("-", stdin="Finland joined NATO")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match=r"is a folder; it checks one article \(load"):
        db.check_article(tmp_path)


def test_a_home_that_is_a_file_says_so(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(SettingsError, match=rf"^the home {afile} is a file; --home and "):
        nato_graph.connect(home=afile, env={})
    with pytest.raises(SettingsError, match=rf"^the home {afile}/sub cannot be made: {afile} is"):
        nato_graph.connect(env={"NATO_GRAPH_HOME": str(afile / "sub")})


def test_wrong_kinds_of_argument_are_argument_errors(store: Store, tmp_path: Path) -> None:
    """A second audit: an article's text given as check_article's path read "cannot read: No such
    file or directory"; load(123) and analyze(None) were plain NatoGraphErrors, though README
    calls arguments of the wrong type ArgumentErrors."""
    db = Connection.on(store)
    with pytest.raises(ArgumentError, match=r"^check_article: no file 'Finland joined NATO in 20"):
        db.check_article("Finland joined NATO in 2023.")
    with pytest.raises(ArgumentError, match=r"io\.StringIO"):
        db.check_article(str(tmp_path / "missing.txt"))
    with pytest.raises(ArgumentError, match="paths must be a path or a list of paths, not int"):
        db.load(123)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="unknown analysis None"):
        db.analyze(None)  # type: ignore[arg-type]
