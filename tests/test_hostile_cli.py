"""Hostile command lines on the real embedded store: every one is one `Error:` line, never a
traceback, and none leaves the graph or an output half-written.

File names that are not UTF-8 or too long for the file system, standard output that cannot be
written (a full device, closed), a home that is a device or not UTF-8, JSON parameters that
say two things at once, property names an export cannot carry, and questions asked while
another process loads. Each case runs the real command (click's CliRunner, or the command in
its own process where argv or the environment holds bytes, or stdout must be a real device)
against a real FalkorDB server.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from nato_graph.cli import cli
from nato_graph.cli.base import JsonValueError, parse_value
from nato_graph.connection import Connection
from nato_graph.loaders import unfinished
from nato_graph.stores import Store
from nato_graph.text import shell_word, shown_path
from tests.test_reliability import a_load_marker

NO_NEO4J = dict.fromkeys(
    ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
)
DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"
LONG = "a" * 300  # one path component past every Linux file system's 255 bytes
NULAND = "- iso3: XNU\n  name: Nuland\n  region: western_asia\n"
ARTICLE = "# Jordan and NATO\n\nJordan joined the Mediterranean Dialogue in 1995.\n"


def run(home: Path, *args: str) -> Result:
    """``nato-graph ARGS`` in this process; a traceback (any exception but click's exit) fails."""
    result = CliRunner().invoke(
        cli, list(args), env={"NATO_GRAPH_HOME": str(home), **NO_NEO4J}, prog_name="nato-graph"
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"nato-graph {' '.join(args)[:80]} raised") from result.exception
    return result


def nato_graph(
    home: str | bytes | Path,
    cwd: Path,
    *args: str | bytes,
    stdout: Any = subprocess.PIPE,
    limit: int | None = None,
    close_stdout: bool = False,
) -> subprocess.CompletedProcess[bytes]:
    """The real command in its own process: argv and the home may hold bytes that are not
    UTF-8; ``stdout`` may be a device (/dev/full); ``close_stdout`` starts it with fd 1 closed
    (``>&-``); ``limit`` caps the size of a file it writes (RLIMIT_FSIZE: past it the kernel
    refuses the write, as a full disk does)."""
    env: dict[bytes, bytes] = {
        os.fsencode(k): os.fsencode(v) for k, v in os.environ.items() if not k.startswith("NEO4J_")
    }
    env[b"NATO_GRAPH_HOME"] = os.fsencode(home)

    def child() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        if close_stdout:
            os.close(1)

    return subprocess.run(
        [sys.executable, "-m", "nato_graph.cli", *args],
        cwd=cwd,
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=180,
        check=False,
        preexec_fn=child,
    )


def error_line(stderr: bytes | str, code: int, expected: int = 1) -> str:
    """The one line a failed command printed on stderr: no traceback, no second line."""
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    assert code == expected, text
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), text
    return lines[0]


def markers(home: Path) -> list[Path]:
    return sorted((home / "unfinished").glob("load.*.json"))


@pytest.fixture()
def own_home(tmp_path: Path) -> Iterator[Path]:
    """A home of the test's own (a load it makes must not touch the session's stores); its
    server, if a command started one and kept it, is stopped after."""
    home = tmp_path / "home"
    yield home
    if home.is_dir():
        from nato_graph.stores.server import EmbeddedServer

        EmbeddedServer(home).stop()


def _beyond_the_coverage_note(stderr: bytes) -> bytes:
    """stderr without the note a load of checked articles gives of how far the data reaches, nor
    the one a load of the user's records that add to the bundled data gives of them."""
    return b"".join(
        line
        for line in stderr.splitlines(keepends=True)
        if not line.startswith(b"load: note: verdicts rest on the data as it stands")
        and b"of your files add" not in line
    )


# -- 1. a file name that is not UTF-8 ---------------------------------------------------------


def test_an_article_whose_name_is_not_utf8_loads_and_is_shown_escaped(
    own_home: Path, tmp_path: Path
) -> None:
    """`load nu.countries.yaml $'d/\\xfd.md'` wrote Nuland, then crashed hashing the article's
    path (UnicodeEncodeError: surrogates not allowed); every later command warned to run a
    load naming `d/\\udcfd.md`, which cannot be typed and crashed again."""
    (tmp_path / "nu.countries.yaml").write_text(NULAND, encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / os.fsdecode(b"d/\xfd.md")).write_text(ARTICLE, encoding="utf-8")
    args = ("load", "nu.countries.yaml", b"d/\xfd.md")
    first = nato_graph(own_home, tmp_path, *args)
    assert first.returncode == 0, first.stderr
    # nothing on stderr but the note of how far the data reaches, which every checked article has
    assert b"Traceback" not in first.stderr and _beyond_the_coverage_note(first.stderr) == b""
    assert b'loaded: "Jordan and NATO" (d/\\xfd.md, key ' in first.stdout
    again = nato_graph(own_home, tmp_path, *args)
    assert again.returncode == 0, again.stderr
    assert b"already loaded, unchanged" in again.stdout
    assert _beyond_the_coverage_note(again.stderr) == b""
    assert markers(own_home) == []
    status = nato_graph(own_home, tmp_path, "status")
    assert status.returncode == 0 and status.stderr == b""
    shown = nato_graph(
        own_home, tmp_path, "cypher", "MATCH (d:Document) RETURN d.path AS p", "--format", "json"
    )
    assert json.loads(shown.stdout) == [{"p": "d/\\xfd.md"}]  # the graph holds text


def test_a_stopped_load_names_its_files_as_a_shell_reads_them(tmp_path: Path) -> None:
    """The warning told the user to run `nato-graph load /tmp/.../d/\\udcfd.md`: now it names
    the file as $'.../d/\\xfd.md', which bash reads back as the very bytes."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a b").mkdir()
    raw = os.fsencode(folder) + b"/\xfd it's.md"
    with open(raw, "w", encoding="utf-8") as f:  # the files exist: the line says to load them again
        f.write("x")
    other = str(folder / "a b" / "c.csv")
    Path(other).write_text("x", encoding="utf-8")
    name = os.fsdecode(raw)
    line = unfinished.warning({"started": "2025-01-01 00:00 UTC", "files": [name, other]})
    assert f"run `nato-graph load $'{folder}/\\xfd it\\'s.md' '{other}'` again" in line
    said = subprocess.run(
        ["bash", "-c", f"printf '%s|' {shell_word(name)} {shell_word(other)}"],
        capture_output=True,
        check=True,
    )
    assert said.stdout == raw + b"|" + os.fsencode(other) + b"|"
    assert shown_path(name) == f"{folder}/\\xfd it's.md"


# -- 1, 3. every check on an argument runs before anything is written ---------------------------


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(f"{LONG}.partnerships.yaml", id="data-file"),
        pytest.param(f"{LONG}.md", id="article"),
        pytest.param(f"{LONG}/x.md", id="in-a-folder"),
    ],
)
def test_a_name_too_long_to_load_is_one_line_and_nothing_is_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    """`load <300 a>.partnerships.yaml` (or an article so named) was an OSError traceback
    (File name too long); given after a valid data file, nothing of that file was to be
    written either."""
    monkeypatch.chdir(tmp_path)
    Path("nu.countries.yaml").write_text(NULAND, encoding="utf-8")
    result = run(store.settings.home, "load", "nu.countries.yaml", path)
    line = error_line(result.stderr, result.exit_code)
    assert line.startswith("Error: cannot read aaaa") and line.endswith(": File name too long")
    assert store.counts().nodes == 0
    assert markers(store.settings.home) == []


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["view", "country", "Jordan", "-o", f"vv/{LONG}.html"], id="view"),
        pytest.param(["view", "overview", "-o", f"{LONG}/x.html"], id="view-folder"),
        pytest.param(["export", "--format", "json", "-o", f"{LONG}.json"], id="export"),
        pytest.param(["export", "--format", "csv", "-o", LONG], id="export-csv"),
        pytest.param(["query", "run", "timeline", "--view", f"{LONG}.html"], id="query-run"),
    ],
)
def test_an_output_name_too_long_is_one_line_before_any_work(
    curated_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """`view country Jordan -o vv/<300 a>.html`, `export -o`, `query run --view`: OSError
    tracebacks (File name too long), the question answered first."""
    monkeypatch.chdir(tmp_path)
    result = run(curated_store.settings.home, *args)
    line = error_line(result.stderr, result.exit_code)
    assert "bytes long; a file name may have at most 255 bytes" in line, line
    assert result.stdout == ""  # no answer printed before the error
    assert list(tmp_path.iterdir()) == []  # no directory made on the way


def test_query_run_checks_its_view_path_before_the_question(
    curated_store: Store, tmp_path: Path
) -> None:
    """`query run ... --view <a directory>` answered the question, printed it, then failed."""
    result = run(curated_store.settings.home, "query", "run", "suspended", "--view", str(tmp_path))
    assert error_line(result.stderr, result.exit_code) == (
        f"Error: cannot write {tmp_path}: a directory is in the way"
    )
    assert result.stdout == ""


# -- 2. a CSV export is swapped in whole --------------------------------------------------------


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_csv_export_that_fails_part_way_leaves_the_earlier_one_whole(
    store: Store, tmp_path: Path
) -> None:
    """A full disk part-way through `export --format csv` left nodes-Country.csv new and the
    files after it old: two versions of the graph, which neo4j-admin imports as one."""
    store.write(
        "CREATE (:Country {iso3: 'AAA', name: 'Aland'})-[:IN_REGION]->"
        "(:Region {key: 'r', name: 'R'}), (:Threat {key: 't', name: 'T'})"
    )
    out = tmp_path / "csv"
    first = nato_graph(store.settings.home, tmp_path, "export", "--format", "csv", "-o", str(out))
    assert first.returncode == 0, first.stderr
    before = digest(out)
    assert set(before) == {
        "nodes-Country.csv", "nodes-Region.csv", "nodes-Threat.csv", "relationships-IN_REGION.csv"
    }  # fmt: skip
    # the graph changes: Country's file stays small, Region's grows past the limit
    store.write("MATCH (c:Country) SET c.name = 'Åland'")
    store.write(f"MATCH (r:Region) SET r.note = '{'x' * 20_000}'")
    failed = nato_graph(
        store.settings.home, tmp_path, "export", "--format", "csv", "-o", str(out), limit=8192
    )
    line = error_line(failed.stderr, failed.returncode)
    assert line.startswith(f"Error: cannot write {out}/") and "File too large" in line
    assert digest(out) == before  # every file of the earlier export, none of this one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]  # no temporary left


def test_a_csv_export_removes_only_its_own_files_of_an_earlier_export(
    store: Store, tmp_path: Path
) -> None:
    """Files of an earlier export that no longer applied (nodes-Document.csv after the
    articles went) stayed beside the new ones, and neo4j-admin was told to import them."""
    store.write(
        "CREATE (:Country {iso3: 'AAA', name: 'A'})-[:IN_REGION]->(:Region {key: 'r'}), "
        "(:Threat {key: 't'})"
    )
    out = tmp_path / "csv"
    home = store.settings.home
    assert run(home, "export", "--format", "csv", "-o", str(out)).exit_code == 0
    (out / "README.txt").write_text("mine\n", encoding="utf-8")
    (out / "nodes-Notes.csv.bak").write_text("mine\n", encoding="utf-8")
    (out / "relationships-KEEP.csv").mkdir()
    store.write("MATCH (t:Threat) DELETE t")
    result = run(home, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt", "nodes-Country.csv", "nodes-Notes.csv.bak", "nodes-Region.csv",
        "relationships-IN_REGION.csv", "relationships-KEEP.csv",
    ]  # fmt: skip
    assert "nodes-Threat" not in result.stderr  # nor in the import command
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]


def test_two_labels_of_one_file_name_keep_both_files(tmp_path: Path) -> None:
    """Labels `A-B` and `A_B` both went to nodes-A_B.csv: the second replaced the first."""
    import networkx as nx

    from nato_graph.export import write_csv

    g = nx.MultiDiGraph()
    g.add_node("A-B:1", label="A-B", key=1)
    g.add_node("A_B:2", label="A_B", key=2)
    written = write_csv(g, tmp_path / "csv")
    assert [p.name for p in written] == ["nodes-A_B.csv", "nodes-A_B_2.csv"]
    assert [p.read_text().splitlines()[1].split(",")[:2] for p in written] == [
        ["A-B:1", "A-B"],
        ["A_B:2", "A_B"],
    ]


# -- 4. standard output that cannot be written -------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["query", "run", "timeline", "--format", "table"], id="query-run"),
        pytest.param(["status"], id="status"),
        pytest.param(["query", "list"], id="query-list"),
        pytest.param(["cypher", "RETURN 1 AS one"], id="cypher"),
    ],
)
@pytest.mark.parametrize("how", ["full", "closed"])
def test_unwritable_stdout_is_one_line(
    curated_store: Store, tmp_path: Path, args: list[str], how: str
) -> None:
    """`> /dev/full` was an OSError traceback (Errno 28); `>&-` an AttributeError ('NoneType'
    has no attribute 'isatty') or nothing at all with status 0."""
    with open("/dev/full", "wb") as full:
        proc = nato_graph(
            curated_store.settings.home,
            tmp_path,
            *args,
            stdout=full if how == "full" else None,
            close_stdout=how == "closed",
        )
    lines = [line for line in proc.stderr.decode().splitlines() if ": note: " not in line]
    reason = "No space left on device" if how == "full" else "it is closed"
    assert error_line("\n".join(lines), proc.returncode) == (
        f"Error: cannot write to standard output: {reason}"
    )


def test_a_load_whose_summary_cannot_be_printed_says_the_load_is_done(
    own_home: Path, tmp_path: Path
) -> None:
    """`load > /dev/full` wrote the data, then failed with a traceback, as if the load had."""
    with open("/dev/full", "wb") as full:
        proc = nato_graph(own_home, tmp_path, "load", stdout=full)
    line = error_line(proc.stderr, proc.returncode)
    assert line.startswith("Error: the load finished (") and "every one is written" in line
    assert line.endswith(
        "but its summary could not be printed: standard output: No space left on device"
    )
    assert markers(own_home) == []  # the load is complete: no later command warns
    status = nato_graph(own_home, tmp_path, "status", "--format", "json")
    assert status.returncode == 0 and status.stderr == b""
    assert json.loads(status.stdout)["labels"]["Country"] > 30


# -- 5, 6, 7. homes and statements the store cannot take ------------------------------------------


@pytest.mark.parametrize("by", ["variable", "flag"])
def test_a_home_that_is_not_utf8_is_one_line_and_not_made(tmp_path: Path, by: str) -> None:
    """`NATO_GRAPH_HOME=$'/tmp/x-\\xff' nato-graph status` started a server there, then failed
    reading its reply (UnicodeDecodeError)."""
    home = os.fsencode(tmp_path) + b"/x-\xff"
    if by == "variable":
        proc = nato_graph(home, tmp_path, "status")
    else:
        proc = nato_graph(tmp_path / "unused", tmp_path, "--home", home, "status")
    assert error_line(proc.stderr, proc.returncode) == (
        f"Error: the home {tmp_path}/x-\\xff is not valid UTF-8 (a byte 0xff); the embedded "
        "server cannot keep its data in a directory whose path is not: give --home or "
        "NATO_GRAPH_HOME one whose path is UTF-8"
    )
    assert sorted(os.listdir(os.fsencode(tmp_path))) == []


def test_a_statement_that_is_not_utf8_is_one_line(curated_store: Store, tmp_path: Path) -> None:
    """`nato-graph cypher $'RETURN "\\xff"'` was a UnicodeEncodeError traceback."""
    proc = nato_graph(curated_store.settings.home, tmp_path, "cypher", b'RETURN "\xff"')
    assert error_line(proc.stderr, proc.returncode) == (
        "Error: the Cypher statement is not valid UTF-8 (at character 9: \\xff); write it in UTF-8"
    )


def test_server_stop_in_a_home_that_does_not_exist_makes_nothing(tmp_path: Path) -> None:
    """`server stop` made the missing home (data/, start.lock) to say no server was running."""
    home = tmp_path / "nowhere"
    result = run(home, "server", "stop")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"no embedded server runs in {home}: the home does not exist\n"
    assert not home.exists()
    assert run(home, "server", "status").stdout == f"not running (home {home})\n"
    assert not home.exists()


@pytest.mark.parametrize(
    ("home", "said"),
    [
        pytest.param("/dev/null", "/dev/null is a character device, not a directory", id="device"),
        pytest.param(
            "/dev/null/x",
            "/dev/null/x cannot be made: /dev/null is a character device, not a directory",
            id="under",
        ),
    ],
)
def test_a_home_that_is_a_device_says_what_it_is(home: str, said: str) -> None:
    """`NATO_GRAPH_HOME=/dev/null` said "is a file"."""
    result = run(Path(home), "status")
    assert error_line(result.stderr, result.exit_code) == (
        f"Error: the home {said}; --home and NATO_GRAPH_HOME name the directory the embedded "
        "store keeps its data in"
    )


# -- 8. JSON parameters that say two things -----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [
        pytest.param('{"k": 1, "k": 2}', 'the key "k" is given twice in one map', id="dup"),
        pytest.param('[{"a": [{"b": 1, "b": 1}]}]', 'the key "b" is given twice', id="deep-dup"),
        pytest.param('{"a": NaN}', "NaN is not a JSON number", id="nan"),
        pytest.param("[1, -Infinity]", "-Infinity is not a JSON number", id="infinity"),
    ],
)
@pytest.mark.parametrize("command", ["cypher", "query"])
def test_a_json_parameter_with_a_duplicate_key_or_nan_is_refused(
    curated_store: Store, value: str, says: str, command: str
) -> None:
    """`--param x '{"k":1,"k":2}'` kept the last value silently; `{"a":NaN}` was kept as text
    while 1e999 was refused."""
    args = ["cypher", "RETURN $x AS x"] if command == "cypher" else ["query", "run", "timeline"]
    name = "x" if command == "cypher" else "country"  # a parameter the question takes
    result = run(curated_store.settings.home, *args, "--param", name, value)
    line = error_line(result.stderr, result.exit_code, expected=2)
    assert line.startswith(f"Error: Invalid value for --param: parameter {name}: ") and says in line


def test_nan_alone_and_text_that_is_not_json_stay_text() -> None:
    assert parse_value("NaN") == "NaN" and parse_value("-Infinity") == "-Infinity"
    assert parse_value("[NaN") == "[NaN" and parse_value('[{"k": 1, "k": 2}') == '[{"k": 1, "k": 2}'
    assert parse_value('{"k": 1, "l": [2]}') == {"k": 1, "l": [2]}
    with pytest.raises(JsonValueError):
        parse_value('{"k": 1, "k": 1}')


# -- 9, 10. properties an export cannot carry ---------------------------------------------------


@pytest.mark.parametrize(
    ("set_it", "what", "name"),
    [
        pytest.param(
            "MATCH (c:Country) SET c.`:ID` = 'x'", "node Country:AAA", "':ID'", id="node-id"
        ),
        pytest.param(
            "MATCH ()-[r]->() SET r.`year:int` = 'x'",
            "relationship Country:AAA-[:IN_REGION]->Region:r",
            "'year:int'",
            id="relationship-typed",
        ),
    ],
)
def test_a_csv_export_refuses_a_property_neo4j_admin_would_misread(
    store: Store, tmp_path: Path, set_it: str, what: str, name: str
) -> None:
    """A property named `:ID` (set by `cypher --write`) gave two `:ID` header columns, which
    neo4j-admin cannot import."""
    store.write("CREATE (:Country {iso3: 'AAA'})-[:IN_REGION]->(:Region {key: 'r'})")
    store.write(set_it)
    result = run(store.settings.home, "export", "--format", "csv", "-o", str(tmp_path / "csv"))
    line = error_line(result.stderr, result.exit_code)
    assert line.startswith(
        f"Error: cannot export as neo4j-admin CSV: {what} has a property named {name}; "
        "neo4j-admin reads a ':' in a column header as the start of its type"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_cypher_export_names_the_node_and_property_that_is_not_finite(
    store: Store, tmp_path: Path
) -> None:
    """`export --format cypher` said only "nan is not a finite number"."""
    store.write("CREATE (:Country {iso3: 'AAA', score: 0.0 / 0.0})")
    out = tmp_path / "g.cypher"
    result = run(store.settings.home, "export", "--format", "cypher", "-o", str(out))
    assert error_line(result.stderr, result.exit_code) == (
        "Error: cannot write node Country:AAA as Cypher: its property 'score' holds nan, which "
        "is not a finite number; a Cypher script has no literal for it (remove or fix the "
        "property, or use --format json, which writes null)"
    )
    assert not out.exists()


# -- 12. a question asked while another process loads --------------------------------------------


def test_a_question_asked_while_a_load_is_under_way_says_so(
    curated_store: Store, tmp_path: Path
) -> None:
    """During `load --reset --yes --batch-size 1`, `query run suspended` said "no rows: no
    partnership in the data is suspended" with status 0, as if the graph were whole."""
    home = curated_store.settings.home
    loader = subprocess.Popen(["sleep", "60"])  # a live process holding a load's marker
    marker = a_load_marker(home, loader.pid)
    try:
        note = (
            f"a load into this store is under way (process {loader.pid}, started 2025-06-01 "
            "10:00 UTC): the graph holds only what it has written so far, so this answer may be "
            "partial; ask again when the load has finished"
        )
        result = run(home, "query", "run", "suspended", "--format", "json")
        assert result.exit_code == 0, result.output
        assert f"suspended: note: {note}" in result.stderr.splitlines()
        assert "stopped part-way" not in result.stderr  # a load under way has not stopped
        db = Connection.on(curated_store)
        assert db.ask("frameworks").notes[-1] == note
        assert db.cypher("RETURN 1 AS one").notes == [note]
        assert db.view.country("Jordan").notes[-1] == note
        cypher = run(home, "cypher", "RETURN 1 AS one")
        assert cypher.stderr == f"note: {note}\n"
    finally:
        loader.kill()
        loader.wait()
    try:
        # its process gone, the marker is a load that stopped part-way: the note says that now
        [stopped] = Connection.on(curated_store).ask("frameworks").notes
        assert "stopped part-way" in stopped and "under way" not in stopped
        warned = run(home, "query", "run", "frameworks", "--format", "json")
        assert warned.stderr.count("stopped part-way") == 1, warned.stderr
        assert "under way" not in warned.stderr
    finally:
        marker.unlink()
