"""A record of the user's files that replaced a bundled one was said once, on stderr, by the load
(analyst audit 21): afterwards `status`, every answer and every view showed the user's record as
the bundled data's, under the sources it named ("Israel's MD partnership suspended 2010",
confirmed, citing NATO's MD page). Now `status` (and its JSON) and each answer's and view's notes
say that the user's records replaced bundled ones, which files, and when; a load of the bundled
data alone takes the note away with the records.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nato_graph.cli import cli
from tests.test_loader import partnership

SAID = "records of your files replaced 1 bundled record (mine.partnerships.yaml, loaded "


def test_a_replaced_record_is_said_by_status_and_answers(
    runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "mine.partnerships.yaml"
    path.write_text(partnership("ISR", "md", joined="'1995-02'", note="Mine."), "utf-8")
    loaded = runner.invoke(cli, ["load", str(path)], env=cli_env)
    assert loaded.exit_code == 0, loaded.output

    status = runner.invoke(cli, ["status"], env=cli_env)
    assert SAID in status.output
    assert "answers rest on them where they differ" in status.output
    as_json = json.loads(runner.invoke(cli, ["status", "--format", "json"], env=cli_env).output)
    assert as_json["overrides"].startswith(SAID)

    answer = runner.invoke(
        cli, ["query", "run", "framework-members", "--param", "framework", "MD"], env=cli_env
    )
    assert answer.exit_code == 0, answer.output
    assert f"note: {SAID}" in answer.stderr

    from nato_graph.connection import Connection
    from nato_graph.settings import resolve

    with Connection(resolve(home=Path(cli_env["NATO_GRAPH_HOME"]), env={}), keep_server=True) as db:
        assert any(n.startswith(SAID) for n in db.ask("suspended").notes)
        assert any(n.startswith(SAID) for n in db.view.country("Israel").notes)

    # the bundled data alone: the user's records are gone, and so is the note
    assert runner.invoke(cli, ["load"], env=cli_env).exit_code == 0
    assert (
        "records of your files replaced" not in runner.invoke(cli, ["status"], env=cli_env).output
    )
    answer = runner.invoke(
        cli, ["query", "run", "framework-members", "--param", "framework", "MD"], env=cli_env
    )
    assert "records of your files replaced" not in answer.stderr


def test_no_note_without_a_replaced_record(runner: CliRunner, cli_env: dict[str, str]) -> None:
    assert runner.invoke(cli, ["load"], env=cli_env).exit_code == 0
    assert (
        json.loads(runner.invoke(cli, ["status", "--format", "json"], env=cli_env).output)[
            "overrides"
        ]
        is None
    )
