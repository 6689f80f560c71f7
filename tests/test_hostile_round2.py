"""What a second hostile user's audit found (2026-12-05): an article path that is a device or a
pipe read without end, Python arguments that act on any truthy value, and more, each on the real
embedded store.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nato_graph.stores import Store


def _load(home: Path, path: Path) -> subprocess.CompletedProcess:
    """`nato-graph load PATH` in a child held to 3 GiB, as the data files' device tests run it."""
    from tests.test_hostile_data import _load_in_a_process

    return _load_in_a_process(path.parent, home, path)


def _a_load_stopped_part_way(tmp_path: Path) -> tuple[Path, Path]:
    """A home whose load of a file of the user's stopped part-way (as a Ctrl-C after most rows,
    in a process now gone), and that file."""
    import nato_graph
    from tests.test_reliability import _a_dead_pid

    home = tmp_path / "home"
    mine = tmp_path / "mine.regions.csv"
    mine.write_text("key,name\natlantis,Atlantis\n", encoding="utf-8")
    written = [0]

    def stop(rows: int) -> None:  # once most of the rows are written, as a Ctrl-C would
        written[0] += rows
        if written[0] > 800:
            raise KeyboardInterrupt

    with nato_graph.connect(home=home, env={}) as db, pytest.raises(KeyboardInterrupt):
        db.load([mine], progress=stop, batch_size=50)
    [marker] = (home / "unfinished").glob("load.*.json")
    marker.rename(marker.with_name(f"load.{_a_dead_pid()}.json"))  # its process is gone
    return home, mine


@pytest.mark.parametrize(
    ("device", "kind"),
    [("/dev/zero", "a character device"), ("/dev/urandom", "a character device")],
)
def test_an_article_that_is_a_device_is_refused_before_it_is_read(
    store: Store, tmp_path: Path, device: str, kind: str
) -> None:
    """`ln -s /dev/urandom zz.txt; nato-graph load zz.txt` read until the kernel killed it: the
    10 MiB limit was checked against the size the file reports, 0 for a device."""
    if not os.path.exists(device):
        pytest.skip(f"needs {device}")
    path = tmp_path / "zz.txt"
    path.symlink_to(device)
    proc = _load(store.settings.home, path)
    assert (proc.returncode, proc.stderr) == (1, f"Error: {path}: is {kind}, not an article\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_article_that_is_a_fifo_is_refused_without_waiting(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "fifo.md"
    os.mkfifo(path)
    proc = _load(store.settings.home, path)
    assert (proc.returncode, proc.stderr) == (
        1,
        f"Error: {path}: is a FIFO (named pipe), not an article\n",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_swapped_in_after_the_name_was_looked_at_is_refused_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article reader looked at what the name led to and then opened it: a regular file
    replaced by a FIFO in between was opened waiting for a writer, for ever. The swap is made
    at the open, the one moment a real race cannot be timed to hit."""
    from nato_graph.errors import NatoGraphError
    from nato_graph.loaders import files
    from nato_graph.loaders.articles.text import read_article

    path = tmp_path / "swapped.md"
    path.write_text("# NATO\n\nJapan is a partner.\n", encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    real_open = files.open_unblocked

    def swap_then_open(name: Any) -> Any:
        os.replace(fifo, path)
        return real_open(name)

    monkeypatch.setattr(files, "open_unblocked", swap_then_open)
    with pytest.raises(NatoGraphError, match=r"is a FIFO \(named pipe\), not an article$"):
        read_article(str(path))


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda db: db.load(reset="false"), "reset"),
        (lambda db: db.load(reset=1), "reset"),
        (lambda db: db.cypher("CREATE (:Oops) RETURN 1", write="false"), "write"),
        (lambda db: db.analyze("centrality", write_back="no"), "write_back"),
    ],
)
def test_a_switch_given_as_anything_but_true_or_false_is_refused(
    loaded: Store, call: Any, argument: str
) -> None:
    """`db.load(reset="false")` cleared the graph, and `db.cypher(..., write="false")` wrote:
    any truthy value acted as True."""
    from nato_graph.connection import Connection
    from nato_graph.errors import ArgumentError

    db = Connection.on(loaded)
    before = db.counts()
    with pytest.raises(ArgumentError, match=rf"^{argument} must be True or False, not "):
        call(db)
    assert db.counts() == before  # nothing cleared, nothing written


def test_keep_server_given_as_text_is_refused(tmp_path: Path) -> None:
    import nato_graph
    from nato_graph.errors import ArgumentError

    with pytest.raises(ArgumentError, match=r"^keep_server must be True or False, not 'yes'$"):
        nato_graph.connect(home=tmp_path / "home", keep_server="yes", env={})  # type: ignore[arg-type]
    assert not (tmp_path / "home").exists()


def test_the_validating_pass_keeps_only_the_partnerships_contributions_go_through() -> None:
    """Memory that grew with the input: the pass kept the start of every partnership (to check
    a contribution's `via` against it), 311 MB of client peak RSS at 1M relationships where the
    streaming loader had held 62.5 MB. It keeps those this load's contributions go through."""
    from nato_graph.loaders.load import _via_pairs as via_pairs
    from nato_graph.loaders.load import check_files, data_files

    checked = check_files([])
    kept = set(checked.validator._partnered)
    vias = via_pairs(data_files([]))
    assert vias and kept <= vias
    partnerships = checked.rows["partnerships"]  # rows to write: one per partnership
    assert len(kept) < partnerships / 2, (len(kept), partnerships)


def test_an_answer_after_a_load_stopped_part_way_says_so_everywhere(tmp_path: Path) -> None:
    """After a `kill -9` of a load, only the CLI's stderr said the graph held part of it:
    `Result.notes`, a saved view, a notebook's table and `status --format json` showed the partial
    graph as if whole. The CLI says it once, as before, not once more as a note."""
    import json

    import nato_graph
    from tests.test_reliability import cli

    home, _ = _a_load_stopped_part_way(tmp_path)

    with nato_graph.connect(home=home, env={}) as db:
        [line] = db.unfinished_loads()
        assert "stopped part-way" in line
        assert line in db.ask("frameworks").notes
        assert line in db.cypher("MATCH (n) RETURN count(n) AS n").notes
        view = db.view.framework("PfP")
        assert line in view.notes
        assert line in view.html  # the saved page's legend carries it
    status = cli(home, "status", "--format", "json")
    assert json.loads(status.stdout)["partial_loads"] == [line]
    asked = cli(home, "query", "run", "frameworks")
    assert asked.returncode == 0, asked.stderr
    assert asked.stderr.count("stopped part-way") == 1, asked.stderr  # the warning, not a note too


def test_markdown_nested_deeper_than_the_parser_follows_is_refused_not_dropped(
    tmp_path: Path,
) -> None:
    """A list 20 levels deep lost its claims without a word (markdown-it's commonmark preset
    stops at 20 levels and drops what lies deeper), breaking the promise that no false claim
    passes unread. Lists 30 deep are now read whole; deeper than the parser follows, refused."""
    from nato_graph.loaders.articles.text import ArticleError, read_article

    def items(n: int) -> str:
        return "Note\n\n" + "".join(
            f"{'  ' * i}- Israel joined the MD in 1999, level {i}.\n" for i in range(n)
        )

    thirty = tmp_path / "thirty.md"
    thirty.write_text(items(30), encoding="utf-8")
    text = " ".join(read_article(str(thirty)).paragraphs)
    assert all(f"level {i}." in text for i in range(30))
    for name, body in [
        ("sixty.md", items(60)),
        ("quoted.md", "Note\n\n" + ">" * 120 + " Israel joined the MD in 1999.\n"),
    ]:
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        with pytest.raises(
            ArticleError, match=rf"^{path}:\d+: Markdown nested more than 50 levels deep"
        ):
            read_article(str(path))


def test_server_stop_refuses_while_a_load_is_under_way(tmp_path: Path) -> None:
    """`server stop` during a load exited 0 without a word, and the load died with only "lost the
    embedded server ...: Broken pipe"."""
    from tests.test_reliability import a_load_marker, cli

    home = tmp_path / "home"
    assert cli(home, "server", "start").returncode == 0
    loader = subprocess.Popen(["sleep", "60"])  # a live process holding a load's marker
    try:
        a_load_marker(home, loader.pid)
        refused = cli(home, "server", "stop")
        assert refused.returncode == 1
        assert refused.stderr.splitlines()[-1] == (
            f"Error: a load into this store is under way (process {loader.pid}): stopping the "
            "server now would leave it part-way; let it finish, then stop the server"
        )
        assert "running" in cli(home, "server", "status").stdout
        import nato_graph
        from nato_graph.errors import NatoGraphError

        with nato_graph.connect(home=home, env={}) as db, pytest.raises(NatoGraphError):
            db.stop_server()  # from Python too
    finally:
        loader.kill()
        loader.wait()
    stopped = cli(home, "server", "stop")
    assert (stopped.returncode, stopped.stdout) == (0, "embedded server stopped\n"), stopped.stderr


def test_a_load_that_loses_its_server_says_it_stopped_part_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load whose server went away mid-way said only the store's error; the graph held part of
    it, which only the next command said."""
    from click.testing import CliRunner

    from nato_graph.cli import cli as main
    from nato_graph.errors import StoreError
    from nato_graph.stores.falkor import FalkorStore

    written = [0]
    real = FalkorStore.write_rows

    def lost(self: FalkorStore, *args: Any, **kwargs: Any) -> int:
        written[0] += 1
        if written[0] > 3:  # after some batches are written, as when the server is killed
            raise StoreError("lost the embedded server on server.sock: [Errno 32] Broken pipe")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(FalkorStore, "write_rows", lost)
    env = {"NATO_GRAPH_HOME": str(tmp_path / "home")}
    result = CliRunner().invoke(main, ["load"], env=env)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()[-1:]
    assert line.startswith(
        "Error: lost the embedded server on server.sock: [Errno 32] Broken pipe; the load started "
    )
    assert "stopped part-way" in line and "run `nato-graph load` again to finish it" in line
    CliRunner().invoke(main, ["server", "stop"], env=env)


def test_a_connection_never_closed_stops_its_server_when_python_exits(tmp_path: Path) -> None:
    """`db = nato_graph.connect(); db.ask(...)` in a script, without `close()`, left its
    redis-server running after Python exited (40 minutes later it still was)."""
    from tests.oracle import rows
    from tests.test_reliability import cli, cli_env

    home = tmp_path / "home"
    script = (
        "import nato_graph\n"
        f"db = nato_graph.connect(home={str(home)!r}, env={{}})\n"
        "db.load()\n"
        "print(len(db.ask('frameworks').rows))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script],
        env=cli_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (ran.returncode, ran.stdout) == (0, f"{len(rows('frameworks'))}\n"), ran.stderr
    status = cli(home, "server", "status")
    assert "not running" in status.stdout, status.stdout


@pytest.mark.parametrize(
    ("kind", "name", "said"),
    [
        ("country", "Nope", "country: no country named 'Nope' in the data; nothing close"),
        ("country", "Iran", "country: 'Iran' is a country the data does not hold"),
        (
            "framework",
            "Israel",
            "'Israel' names a country, not a framework; try `nato-graph view neighbourhood Israel`",
        ),
        ("framework", "Nope", "framework: no framework named 'Nope' in the data"),
    ],
)
def test_a_view_of_a_kind_says_what_kind_it_did_not_find(
    curated_store: Store, tmp_path: Path, cli_env: dict[str, str], kind: str, name: str, said: str
) -> None:
    """`view country Nope` said "no entity named 'Nope'" with every kind's hint."""
    from click.testing import CliRunner

    from nato_graph.cli import cli

    env = {**cli_env, "NATO_GRAPH_HOME": str(curated_store.settings.home)}
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["view", kind, name, "-o", str(out)], env=env)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {said}"), result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["export"], "Missing option '--format'. Choose from: graphml, gexf, json, csv, cypher"),
        (["view", "country"], "Missing argument 'COUNTRY'."),
        (["query", "run", "frameworks", "--bogus"], "No such option '--bogus'."),
    ],
)
def test_a_usage_error_is_one_line(cli_env: dict[str, str], args: list[str], said: str) -> None:
    """Errors are one line, the README says; click printed a usage error on three (usage, a
    hint, the error), and listed an option's choices on lines of their own."""
    from click.testing import CliRunner

    from nato_graph.cli import cli

    result = CliRunner().invoke(cli, args, env=cli_env, prog_name="nato-graph")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {said}"), line
    assert line.endswith(
        f"(`nato-graph {' '.join(a for a in args if not a.startswith('-') and a != 'frameworks')} --help` shows how to call it)"
    ), line


def test_whether_a_sentence_is_about_nato_is_asked_once_per_sentence(
    curated: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Markdown table of 8,000 rows (one sentence of many thousand tokens) took 38 s: the
    reader asked whether the sentence was about NATO once per token, reading the whole sentence
    each time. Asked once per sentence that has an "Ally" in it, it takes 7.6 s (bench numbers,
    not asserted here: the count of asks is)."""
    import io

    from nato_graph.loaders.articles import analyse, load_articles

    asked = [0]
    real = analyse._of_nato

    def counted(*args: Any) -> bool:
        asked[0] += 1
        return real(*args)

    monkeypatch.setattr(analyse, "_of_nato", counted)
    rows = "\n".join(
        f"| Israel | Israel joined the MD in {1990 + i % 30} and is an Ally |" for i in range(300)
    )
    text = f"Table\n\n| Country | Fact |\n|---|---|\n{rows}\n"
    load_articles(curated, ["-"], stdin=io.BytesIO(text.encode("utf-8")))
    sentences = curated.read("MATCH (d:Document) RETURN max(d.sentences_count) AS n").rows[0]["n"]
    assert 0 < asked[0] <= sentences, (asked[0], sentences)


def test_an_html_table_row_is_read_as_one_line(tmp_path: Path) -> None:
    """Each cell of an HTML table was a paragraph of its own ("Armenia", "Partnership for Peace",
    "1996"), which named nothing to check or list: a false row passed without a word, where the
    same table in Markdown was listed as not checked."""
    from nato_graph.loaders.articles.text import read_article

    page = tmp_path / "t.html"
    page.write_text(
        "<html><body><h1>Partners</h1><table><tr><th>Country</th><th>Framework</th><th>Since</th>"
        "</tr><tr><td>Armenia</td><td>Partnership for <b>Peace</b></td><td>1996</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_article(str(page)).paragraphs[-2:] == (
        "Country | Framework | Since",
        "Armenia | Partnership for Peace | 1996",
    )


def test_a_load_stopped_part_way_whose_files_are_gone_says_so(tmp_path: Path) -> None:
    """Every command kept telling the user to run again a load whose files had since been
    deleted; it now says they are gone and what starts over."""
    import nato_graph

    home, mine = _a_load_stopped_part_way(tmp_path)
    mine.unlink()
    with nato_graph.connect(home=home, env={}) as db:
        [line] = db.unfinished_loads()
    assert line.endswith(
        f"the graph may hold only part of it, and {mine} no longer exists, so it cannot be run "
        "again; `nato-graph load --reset --yes` starts over (it clears the graph, your own loads "
        "too)"
    ), line


def test_a_view_drawn_from_a_connection_no_longer_held_still_renders(tmp_path: Path) -> None:
    """A view reads its store when it renders (its ring, its sources' titles); closing the store
    when the connection was collected made `v.html` fail with "lost the embedded server"."""
    import gc

    import nato_graph

    db = nato_graph.connect(home=tmp_path / "home", env={})
    db.load()
    view = db.view.framework("MD")
    store = db.store
    del db
    gc.collect()
    assert "Mediterranean Dialogue" in view.html
    store.close()


def test_a_stopped_load_from_stdin_is_not_said_to_be_gone() -> None:
    """A load from stdin records "-", which no file system holds: it said "- no longer exists"."""
    from nato_graph.loaders import unfinished

    line = unfinished.warning({"started": "2025-01-01 00:00 UTC", "files": ["-"]})
    assert "no longer exist" not in line and "run `nato-graph load -` again" in line
