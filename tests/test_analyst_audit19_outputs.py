"""What a nineteenth analyst audit (a researcher and a teacher working from Python and notebooks;
/work/analyst19-report.md) found, each fix tested with near misses that must not change.

- A notebook's table of an answer left out its ``notes`` (an answer cut at its limit through a
  tie, the PII's partners listed in part) and the legend of its ``? unverified`` marks, and
  ``to_df()`` kept none of notes, caveat or legend (``df.attrs == {}``).
- ``view ... -o PATH`` and ``export ... -o PATH`` replaced any file at PATH, and wrote through a
  symbolic link there (``-o /etc/passwd`` replaced it). A file that is not an earlier output of
  the same kind is now refused unless ``--force`` (``overwrite=True``), and a link is replaced,
  never followed.
- ``ReadOnlyError``, ``QueryError``, ``ExportError`` and ``OutputError``, raised by documented
  calls, were not ``nato_graph`` attributes.
- Notebook 02 said similarity is over the frameworks partners "take part in"; it counts suspended
  and ended partnerships too.
- ``view country Jordan --size-by ""`` said no node has a numeric '' property.

Everything runs on the real embedded store (tests/conftest.py's ``curated_store``).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

import nato_graph
from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.output import PARTLY_UNVERIFIED_NOTE, UNVERIFIED_NOTE, render
from nato_graph.stores import Store
from tests.conftest import ROOT

NO_NEO4J = {"NEO4J_URI": "", "NEO4J_USERNAME": "", "NEO4J_PASSWORD": ""}
REFUSED = "; give another path, or --force (overwrite=True from Python) to replace it"


@pytest.fixture()
def db(curated_store: Store) -> Connection:
    return Connection.on(curated_store)


def run(home: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), env={"NATO_GRAPH_HOME": str(home), **NO_NEO4J})
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


# -- 1. a notebook's table and a DataFrame carry the answer's notes ----------------------------


def test_a_notebooks_table_shows_a_cut_answers_note(db: Connection) -> None:
    """Notebook 01 asks most-connected with limit 10: the CLI notes the cut through a tie, the
    notebook's table did not."""
    answer = db.ask("most-connected", limit=10)
    [cut] = answer.notes
    assert cut.startswith("limit: the answer is cut at 10 rows, through a tie")
    page = answer._repr_html_()
    assert f"<p>note: {cut}</p>" in page
    # the caveat still follows, after the answer's own notes
    assert page.index(cut) < page.index("note: score = frameworks + areas + operations")


def test_a_notebooks_table_shows_the_unverified_legend_the_terminal_prints(
    db: Connection,
) -> None:
    """framework-members PII: six rows, Jordan's partly unverified, and the note that only the
    Enhanced Opportunities Partners are listed; the table marks and explains as `query run`
    does, from the same words."""
    answer = db.ask("framework-members", framework="PII")
    page = answer._repr_html_()
    terminal = render(answer, "table")
    for legend in (UNVERIFIED_NOTE, PARTLY_UNVERIFIED_NOTE):
        assert legend in terminal  # the terminal's legend, word for word
        assert f"<p>{legend}</p>" in page
    assert "<td>? partly unverified</td>" in page
    [partial] = answer.notes
    assert "its Enhanced Opportunities Partners" in partial
    assert "<p>note: " + partial.replace("'", "&#x27;") + "</p>" in page


def test_a_notebooks_table_escapes_the_notes() -> None:
    answer = nato_graph.Result(["x"], [{"x": 1}], notes=["<script>alert(1)</script> & more"])
    page = answer._repr_html_()
    assert "<script>" not in page
    assert "<p>note: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>" in page


def test_to_df_keeps_notes_caveat_and_legend_in_attrs(db: Connection) -> None:
    pytest.importorskip("pandas")
    answer = db.ask("framework-members", framework="PII")
    frame = answer.to_df()
    assert frame.attrs == {
        "notes": answer.notes,
        "caveat": answer.caveat,
        "legend": [UNVERIFIED_NOTE, PARTLY_UNVERIFIED_NOTE],
    }
    assert set(frame["confidence"]) >= {"partly unverified"}  # the values stay plain
    assert db.cypher("RETURN 1 AS one").to_df().attrs == {
        "notes": [], "caveat": None, "legend": []
    }  # fmt: skip


def test_an_answer_with_nothing_to_say_shows_nothing_more(db: Connection) -> None:
    """Near miss: no note, no caveat, nothing unverified: the table is as it was."""
    answer = db.cypher("RETURN 1 AS one")
    assert answer._repr_html_() == (
        "<table><thead><tr><th>one</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
        "<p>(1 row)</p>"
    )
    # a column not named for confidence keeps the word as it is, with no legend
    plain = nato_graph.Result(["status"], [{"status": "unverified"}])
    assert plain._repr_html_().endswith("<td>unverified</td></tr></tbody></table><p>(1 row)</p>")


# -- 2. -o replaces only an earlier output of the same kind, and never follows a link ----------

WRITERS = [
    pytest.param(["view", "framework", "MD", "-o"], "out.html", "a view", id="view"),
    pytest.param(
        ["query", "run", "frameworks", "--format", "json", "--view"], "out.html", "a view",
        id="query-run-view",
    ),
    pytest.param(
        ["export", "--format", "graphml", "-o"], "out.graphml", "a GraphML export", id="graphml"
    ),
    pytest.param(["export", "--format", "gexf", "-o"], "out.gexf", "a GEXF export", id="gexf"),
    pytest.param(["export", "--format", "json", "-o"], "out.json", "a JSON export", id="json"),
    pytest.param(
        ["export", "--format", "cypher", "-o"], "out.cypher", "a Cypher export", id="cypher"
    ),
]  # fmt: skip


def _nothing_else(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)  # no temporary file left


@pytest.mark.parametrize(("args", "name", "what"), WRITERS)
def test_a_file_of_another_kind_is_refused_unless_forced(
    curated_store: Store, tmp_path: Path, args: list[str], name: str, what: str
) -> None:
    home = curated_store.settings.home
    target = tmp_path / name
    target.write_text("my notes\n", encoding="utf-8")
    refused = run(home, *args, str(target))
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"Error: cannot write {target}: it exists and is not {what} nato-graph wrote{REFUSED}"
    ]
    assert refused.stdout == ""  # refused before the question was asked
    assert target.read_text(encoding="utf-8") == "my notes\n"
    _nothing_else(tmp_path, name)
    forced = run(home, *args, str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8") != "my notes\n"
    _nothing_else(tmp_path, name)


@pytest.mark.parametrize(("args", "name", "what"), WRITERS)
def test_an_earlier_output_or_an_empty_file_is_replaced_without_force(
    curated_store: Store, tmp_path: Path, args: list[str], name: str, what: str
) -> None:
    """Near miss: running a command again rewrites its output (the README's, the Makefile's,
    the notebooks' and docs/screenshots.py's re-runs), and an empty file (`mktemp`'s) holds
    nothing to lose."""
    home = curated_store.settings.home
    target = tmp_path / name
    for _ in range(2):
        result = run(home, *args, str(target))
        assert result.exit_code == 0, result.output
    empty = tmp_path / f"empty{target.suffix}"
    empty.touch()
    assert run(home, *args, str(empty)).exit_code == 0
    assert empty.stat().st_size > 0
    _nothing_else(tmp_path, name, empty.name)


@pytest.mark.parametrize(
    ("fmt", "write", "what"),
    [
        pytest.param("graphml", nx.write_graphml, "a GraphML export", id="graphml"),
        pytest.param("gexf", nx.write_gexf, "a GEXF export", id="gexf"),
        pytest.param(
            "json",
            lambda g, p: Path(p).write_text(json.dumps(nx.node_link_data(g, edges="edges"))),
            "a JSON export",
            id="json",
        ),
    ],
)
def test_a_file_of_the_same_format_another_tool_wrote_is_refused(
    curated_store: Store, tmp_path: Path, fmt: str, write: Any, what: str
) -> None:
    """A GraphML file Gephi or networkx wrote (a user's own work) was taken for an earlier export
    and replaced: an export now carries nato-graph's mark (a comment after the XML declaration,
    a graph attribute in JSON), and a file without it is refused unless forced."""
    home = curated_store.settings.home
    target = tmp_path / f"mine.{fmt}"
    mine = nx.MultiDiGraph()
    mine.add_edge("a", "b")
    write(mine, str(target))
    before = target.read_bytes()
    refused = run(home, "export", "--format", fmt, "-o", str(target))
    assert refused.exit_code == 1
    assert f"is not {what} nato-graph wrote" in refused.output
    assert target.read_bytes() == before
    assert run(home, "export", "--format", fmt, "-o", str(target), "--force").exit_code == 0
    assert run(home, "export", "--format", fmt, "-o", str(target)).exit_code == 0  # its own


def test_a_graph_read_from_an_export_and_written_again_is_refused(
    curated_store: Store, tmp_path: Path
) -> None:
    """A user reads nato-graph's JSON export with networkx, works on it and writes it back: the
    result is the user's own work, and carries no mark of an export (review of the marks)."""
    home = curated_store.settings.home
    target = tmp_path / "analysis.json"
    assert run(home, "export", "--format", "json", "-o", str(target)).exit_code == 0
    g = nx.node_link_graph(json.loads(target.read_text(encoding="utf-8")), edges="edges")
    target.write_text(json.dumps(nx.node_link_data(g, edges="edges")), encoding="utf-8")
    before = target.read_bytes()
    refused = run(home, "export", "--format", "json", "-o", str(target))
    assert refused.exit_code == 1 and "is not a JSON export nato-graph wrote" in refused.output
    assert target.read_bytes() == before


def test_an_output_of_another_kind_is_refused(curated_store: Store, tmp_path: Path) -> None:
    """An earlier JSON export is no GraphML export, and an export is no view."""
    home = curated_store.settings.home
    target = tmp_path / "nato.graphml"
    assert run(home, "export", "--format", "json", "-o", str(target)).exit_code == 0
    before = target.read_bytes()
    refused = run(home, "export", "--format", "graphml", "-o", str(target))
    assert refused.exit_code == 1 and "is not a GraphML export nato-graph wrote" in refused.output
    refused = run(home, "view", "overview", "-o", str(target))
    assert refused.exit_code == 1 and "is not a view nato-graph wrote" in refused.output
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["view", "framework", "MD", "-o"], id="view"),
        pytest.param(["export", "--format", "json", "-o"], id="export"),
    ],
)
def test_a_link_at_the_path_is_never_written_through(
    curated_store: Store, tmp_path: Path, args: list[str]
) -> None:
    """`-o link` with link -> a file elsewhere replaced that file (the audit's /etc/passwd). It
    is refused, even when the file it names is an earlier output; with --force the link itself
    is replaced and what it names is left as it was."""
    home = curated_store.settings.home
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "passwd"
    victim.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    link = out / "link"
    link.symlink_to(victim)
    refused = run(home, *args, str(link))
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"Error: cannot write {link}: it is a symbolic link (to {victim}), which nato-graph does "
        "not write through; give another path, or --force (overwrite=True from Python) to "
        "replace the link itself"
    ]
    assert link.is_symlink()
    forced = run(home, *args, str(link), "--force")
    assert forced.exit_code == 0, forced.output
    assert not link.is_symlink() and stat.S_ISREG(link.lstat().st_mode)
    assert victim.read_text(encoding="utf-8") == "root:x:0:0:root:/root:/bin/bash\n"
    _nothing_else(out, "link")


def test_a_foreign_file_named_as_a_csv_export_names_its_files_is_refused(
    curated_store: Store, tmp_path: Path
) -> None:
    """`export --format csv -o DIR` replaces its own files in DIR and removes those an earlier
    export wrote that it no longer does: a file of those names that no export wrote is neither
    replaced nor removed without --force."""
    home = curated_store.settings.home
    out = tmp_path / "csv"
    out.mkdir()
    mine = out / "nodes-Country.csv"
    mine.write_text("my countries\n", encoding="utf-8")
    (out / "notes.txt").write_text("kept\n", encoding="utf-8")
    refused = run(home, "export", "--format", "csv", "-o", str(out))
    assert refused.exit_code == 1
    assert refused.stderr.splitlines() == [
        f"Error: cannot write {mine}: it exists and is not a neo4j-admin CSV export file "
        f"nato-graph wrote{REFUSED}"
    ]
    _nothing_else(out, "nodes-Country.csv", "notes.txt")
    assert mine.read_text(encoding="utf-8") == "my countries\n"
    assert run(home, "export", "--format", "csv", "-o", str(out), "--force").exit_code == 0
    assert mine.read_text(encoding="utf-8").startswith(":ID,:LABEL,")
    # near miss: the export's own files are replaced again without --force
    again = run(home, "export", "--format", "csv", "-o", str(out))
    assert again.exit_code == 0, again.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "kept\n"


def test_the_api_refuses_as_the_command_line_does(db: Connection, tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes\n", encoding="utf-8")
    view = db.view.framework("MD")
    with pytest.raises(nato_graph.OutputError, match=r"is not a view nato-graph wrote; give"):
        view.save(target)
    with pytest.raises(nato_graph.OutputError, match=r"is not a JSON export nato-graph wrote"):
        db.export("json", target)
    assert target.read_text(encoding="utf-8") == "my notes\n"
    assert view.save(target, overwrite=True).read_text(encoding="utf-8") == view.html
    assert view.save(target).read_text(encoding="utf-8") == view.html  # now an earlier view
    exported = tmp_path / "nato.json"
    db.export("json", exported)
    assert db.export("json", exported).files == [exported]
    forced = db.export("json", target, overwrite=True)
    assert json.loads(forced.files[0].read_text(encoding="utf-8"))["nodes"]


def test_a_block_device_is_refused_and_a_stream_is_written_into(
    curated_store: Store, tmp_path: Path
) -> None:
    """Near miss: /dev/null (a character device) and /dev/stdout are written into as before; a
    block device, which holds a disk, is not written without --force. (The block device is a
    node made here and only looked at, never opened: no test writes to a disk.)"""
    from nato_graph.outfiles import VIEW, OutputError, check_replaceable

    home = curated_store.settings.home
    assert run(home, "export", "--format", "json", "-o", "/dev/null").exit_code == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    check_replaceable(Path("/dev/null"), VIEW)
    check_replaceable(Path("/dev/stdout"), VIEW)
    disk = tmp_path / "disk"
    try:
        os.mknod(disk, stat.S_IFBLK | 0o600, os.makedev(7, 255))
    except (PermissionError, OSError):
        pytest.skip("cannot make a block device node here (not root)")
    with pytest.raises(OutputError) as refused:
        check_replaceable(disk, VIEW)
    assert str(refused.value) == f"cannot write {disk}: it is a block device{REFUSED}"
    check_replaceable(disk, VIEW, overwrite=True)


# -- 3. the errors documented calls raise are nato_graph attributes ---------------------------


def test_the_errors_of_documented_calls_are_caught_by_name(db: Connection, tmp_path: Path) -> None:
    with pytest.raises(nato_graph.ReadOnlyError):
        db.cypher("CREATE (:Note {text: 'x'})")
    with pytest.raises(nato_graph.QueryError):
        db.cypher("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")
    with pytest.raises(nato_graph.ExportError):
        db.export("xlsx", tmp_path / "x.xlsx")
    with pytest.raises(nato_graph.OutputError):
        db.view.framework("MD").save("")
    for name in ("ReadOnlyError", "QueryError", "ExportError", "OutputError"):
        assert name in nato_graph.__all__
        assert issubclass(getattr(nato_graph, name), nato_graph.NatoGraphError)
    assert issubclass(nato_graph.ReadOnlyError, nato_graph.QueryError)


# -- 4. notebook 02 says what similarity counts ------------------------------------------------


def test_notebook_02_says_similarity_counts_ties_over_time(db: Connection) -> None:
    """The prose said "the frameworks they take part in"; Belarus, whose partnerships are all
    suspended, is in the answer, sharing EAPC and PfP."""
    nb = json.loads((ROOT / "notebooks" / "02-analysis.ipynb").read_text(encoding="utf-8"))
    [prose] = [
        "".join(c["source"])
        for c in nb["cells"]
        if c["cell_type"] == "markdown" and "## Similar partners" in "".join(c["source"])
    ]
    assert "take part in" not in prose
    assert "have taken part in (suspended" in prose and "not only today's" in prose
    rows = db.analyze("similarity").rows
    [pair] = [r for r in rows if {r["a_name"], r["b_name"]} == {"Belarus", "Kyrgyzstan"}]
    assert pair["shared"] == ["EAPC", "PfP"] and round(pair["jaccard"], 3) == 0.667
    # near miss: the code cell that asks is as it was, and nothing is stored with outputs
    [code] = [
        "".join(c["source"])
        for c in nb["cells"]
        if c["cell_type"] == "code" and "similarity" in "".join(c["source"])
    ]
    assert code.startswith('alike = db.analyze("similarity").to_df()')
    assert all(c.get("outputs", []) == [] for c in nb["cells"] if c["cell_type"] == "code")


# -- 5. an empty --size-by is said to be empty -------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["view", "country", "Jordan"], id="country"),
        pytest.param(["view", "overview"], id="overview"),
        pytest.param(["view", "path", "Japan", "Israel"], id="path"),
        pytest.param(["view", "query", "frameworks"], id="query"),
    ],
)
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_size_by_is_refused_as_other_empty_values_are(
    curated_store: Store, tmp_path: Path, args: list[str], value: str
) -> None:
    out = tmp_path / "v.html"
    result = run(curated_store.settings.home, *args, "--size-by", value, "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: --size-by is empty; give a numeric property's name, such as degree or betweenness"
    ]
    assert not out.exists()


def test_an_empty_size_by_from_python_is_a_view_error(db: Connection) -> None:
    with pytest.raises(nato_graph.ViewError, match=r"^size_by is empty; give a numeric"):
        _ = db.view.country("Jordan", size_by="").html


def test_a_size_by_no_node_holds_and_degree_are_as_before(
    curated_store: Store, tmp_path: Path
) -> None:
    """Near miss: a property no node holds still says so; degree still sizes the view."""
    home = curated_store.settings.home
    out = tmp_path / "v.html"
    missing = run(home, "view", "country", "Jordan", "--size-by", "nosuch", "-o", str(out))
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Error: no node in the view has a numeric 'nosuch' property")
    sized = run(home, "view", "country", "Jordan", "--size-by", "degree", "-o", str(out))
    assert sized.exit_code == 0, sized.output


def test_demo_refuses_a_file_it_did_not_write_before_any_view_and_replaces_it_with_force(
    runner: CliRunner, cli_env: dict[str, str], store: Store, tmp_path: Path
) -> None:
    """`demo` named a `--force` it did not have when its folder held a file it had not written,
    and stopped after writing the views before it."""
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "framework-md.html"
    mine.write_text("my notes on the Mediterranean Dialogue\n", encoding="utf-8")
    refused = runner.invoke(cli, ["demo", "--out", str(out)], env=cli_env)
    assert refused.exit_code == 1
    assert f"cannot write {mine}: it exists and is not a view nato-graph wrote" in refused.output
    assert mine.read_text(encoding="utf-8") == "my notes on the Mediterranean Dialogue\n"
    assert not (out / "overview.html").exists()  # no view was written before the refusal
    forced = runner.invoke(cli, ["demo", "--out", str(out), "--force"], env=cli_env)
    assert forced.exit_code == 0, forced.output
    assert '<meta name="generator" content="nato-graph">' in mine.read_text(encoding="utf-8")
    # and a second run replaces its own views without --force
    again = runner.invoke(cli, ["demo", "--out", str(out)], env=cli_env)
    assert again.exit_code == 0, again.output
