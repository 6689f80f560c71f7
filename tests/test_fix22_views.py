"""A view written over another one replaced it without a word (analyst audit 21, 3.8):
``view overview -o v/jordan.html`` put the overview where the Jordan view was, and said only the
path. An earlier view is still replaced (saving again is how a view is brought up to date), and
stderr names the view it replaced; a file nato-graph did not write is refused unless --force,
and with --force stderr says it was replaced. ``View.save`` keeps what it replaced in
``View.replaced``.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.stores import Store


def title(path: Path) -> str:
    text = path.read_text("utf-8")
    return text[text.index("<title>") + 7 : text.index("</title>")]


def test_a_view_written_over_another_names_the_one_it_replaced(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "v" / "jordan.html"
    first = runner.invoke(cli, ["view", "country", "Jordan", "-o", str(target)], env=curated_env)
    assert first.exit_code == 0, first.output
    assert "replaced" not in first.stderr  # nothing was there
    assert title(target) == "Country: Jordan (1 hop)"

    second = runner.invoke(cli, ["view", "overview", "-o", str(target)], env=curated_env)
    assert second.exit_code == 0, second.output
    assert (
        f'view overview: note: replaced the view "Country: Jordan (1 hop)" at {target}'
        in second.stderr.splitlines()
    )
    assert second.stdout == f"{target}\n"  # stdout stays the path alone
    assert title(target) == "NATO partnerships: overview"


def test_query_run_view_names_the_view_it_replaced(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "q.html"
    assert (
        runner.invoke(cli, ["view", "framework", "MD", "-o", str(target)], env=curated_env)
    ).exit_code == 0
    ran = runner.invoke(
        cli, ["query", "run", "suspended", "--format", "json", "--view", str(target)],
        env=curated_env,
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    assert (
        f'suspended: note: replaced the view "Framework: MD (1 hop)" at {target}'
        in ran.stderr.splitlines()
    )
    assert title(target) == "Suspended and ended partnerships"


def test_a_file_nato_graph_did_not_write_is_refused_and_forced_with_a_word(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "notes.html"
    target.write_text("<p>my own notes</p>\n", "utf-8")
    refused = runner.invoke(cli, ["view", "overview", "-o", str(target)], env=curated_env)
    assert refused.exit_code != 0
    assert "is not a view nato-graph wrote; give another path, or --force" in refused.stderr
    assert target.read_text("utf-8") == "<p>my own notes</p>\n"  # untouched

    forced = runner.invoke(cli, ["view", "overview", "-o", str(target), "--force"], env=curated_env)
    assert forced.exit_code == 0, forced.output
    assert (
        f"view overview: note: replaced a file nato-graph did not write at {target}"
        in forced.stderr.splitlines()
    )


def test_an_empty_file_is_filled_without_a_note(
    runner: CliRunner, curated_env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "placeholder.html"
    target.touch()  # mktemp's placeholder: nothing is lost
    done = runner.invoke(cli, ["view", "overview", "-o", str(target)], env=curated_env)
    assert done.exit_code == 0, done.output
    assert "replaced" not in done.stderr


def test_save_keeps_what_it_replaced(curated_store: Store, tmp_path: Path) -> None:
    db = Connection.on(curated_store)
    target = tmp_path / "x.html"
    jordan = db.view.country("Jordan")
    assert jordan.replaced is None  # not saved yet
    jordan.save(target)
    assert jordan.replaced is None  # nothing was there
    overview = db.view.overview()
    overview.save(target)
    assert overview.replaced == 'the view "Country: Jordan (1 hop)"'
    target.write_text("mine", "utf-8")
    overview.save(target, overwrite=True)
    assert overview.replaced == "a file nato-graph did not write"


def test_help_and_readme_say_it() -> None:
    runner = CliRunner()
    helped = runner.invoke(cli, ["view", "overview", "--help"], terminal_width=200).output
    assert "stderr names the view it replaced" in " ".join(helped.split())
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text("utf-8").split())
    assert "stderr names the view it replaced" in readme
    assert "`View.replaced`" in readme
