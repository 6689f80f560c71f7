"""A damaged embedded store says so, and `server repair` / `load --reset --yes` recover it.

Each case damages the files of a real store (loaded with the bundled data) the
way a disk, a bad copy or a careless hand would, then runs the real CLI.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from nato_graph.stores.manifest import Manifest
from tests import processes

CLI = [sys.executable, "-m", "nato_graph.cli"]


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NATO_GRAPH_"))}
    env["NATO_GRAPH_HOME"] = str(home)
    return subprocess.run(
        [*CLI, *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home holding the bundled data, its server stopped."""
    home = tmp_path_factory.mktemp("pristine") / "home"
    done = cli(home, "load")
    assert done.returncode == 0, done.stderr
    processes.assert_no_server(home)
    return home


@pytest.fixture()
def copy(pristine: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(pristine, home)
    return home


def _aof(home: Path, kind: str) -> Path:
    return next((home / "data" / "appendonlydir").glob(f"*.{kind}"))


def cut(home: Path) -> None:
    f = _aof(home, "incr.aof")
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])


def flip(home: Path) -> None:
    f = _aof(home, "incr.aof")
    data = bytearray(f.read_bytes())
    data[len(data) // 3] ^= 0x01  # one bit, somewhere in a logged statement
    f.write_bytes(bytes(data))


def empty(home: Path) -> None:
    _aof(home, "incr.aof").write_bytes(b"")


def garbage(home: Path) -> None:
    with open(_aof(home, "incr.aof"), "ab") as fh:
        fh.write(b"\x00garbage that is no command\r\n")


def flip_base(home: Path) -> None:
    f = _aof(home, "base.rdb")
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0xFF
    f.write_bytes(bytes(data))


def delete(home: Path) -> None:
    _aof(home, "incr.aof").unlink()


def bad_aof_manifest(home: Path) -> None:
    (home / "data" / "appendonlydir" / "appendonly.aof.manifest").write_text("nonsense\n")


def bad_manifest(home: Path) -> None:
    f = home / "data" / "nato-graph.manifest.json"
    f.write_text(f.read_text().replace('"Country": ', '"Country": 1'))


def recorded_counts_differ(home: Path) -> None:
    """A well-formed manifest whose counts are not the data's: relationships went missing."""
    doc = json.loads((home / "data" / "nato-graph.manifest.json").read_text())["body"]
    doc["types"]["PARTNER_IN"] += 50
    Manifest(home / "data").record(doc["labels"], doc["types"], None)


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "cut AOF": (cut, "incr.aof has changed since the last write"),
    "flipped bit in AOF": (flip, "incr.aof has changed since the last write"),
    "emptied AOF": (empty, "incr.aof has changed since the last write"),
    "garbage appended": (garbage, "incr.aof has changed since the last write"),
    "flipped byte in base": (flip_base, "base.rdb has changed since the last write"),
    "deleted AOF file": (delete, "incr.aof is missing"),
    "bad AOF manifest": (bad_aof_manifest, "damaged and cannot be read (Reading the manifest"),
    "bad nato-graph manifest": (bad_manifest, "does not match its checksum"),
    "counts differ": (recorded_counts_differ, "PARTNER_IN: "),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("recover", ["server repair", "load --reset --yes"])
def test_damaged_store_says_so_and_recovers(
    pristine: Path, copy: Path, damage: str, recover: str
) -> None:
    loaded = json.loads((pristine / "data" / "nato-graph.manifest.json").read_text())["body"]
    spoil, said = DAMAGE[damage]
    spoil(copy)

    status = cli(copy, "status")
    assert status.returncode == 1
    assert "Traceback" not in status.stderr
    lines = status.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), status.stderr
    assert "damaged" in lines[0] and said in lines[0], lines[0]
    assert "`nato-graph server repair`" in lines[0]
    processes.assert_no_server(copy)

    fixed = cli(copy, *recover.split())
    assert fixed.returncode == 0, fixed.stderr
    aside = sorted(copy.glob("damaged-*"))
    assert len(aside) == 1 and str(aside[0]) in fixed.stdout + fixed.stderr
    assert (aside[0] / "appendonlydir").is_dir() or damage == "deleted AOF file"

    after = cli(copy, "status", "--format", "json")
    assert after.returncode == 0, after.stderr
    counts = json.loads(after.stdout)
    if recover == "server repair":  # empty, to be loaded again
        assert counts["labels"] == {} and counts["types"] == {}
    else:  # the bundled data, all of it
        assert (counts["labels"], counts["types"]) == (loaded["labels"], loaded["types"])
    processes.assert_no_server(copy)


def test_repair_of_a_sound_store_changes_nothing(copy: Path) -> None:
    done = cli(copy, "server", "repair")
    assert done.returncode == 0, done.stderr
    assert "is sound" in done.stdout and "nothing to repair" in done.stdout
    assert not list(copy.glob("damaged-*"))


def test_a_clean_restart_logs_nothing_critical(copy: Path) -> None:
    """Constraints used to be replayed twice from the AOF, logging CRITICAL at every start."""
    for _ in range(2):
        assert cli(copy, "status").returncode == 0
    assert "CRITICAL" not in (copy / "server.log").read_text()


def test_a_reload_keeps_the_store_sound(copy: Path) -> None:
    assert cli(copy, "load").returncode == 0
    assert cli(copy, "load", "--reset", "--yes").returncode == 0
    status = cli(copy, "status")
    assert status.returncode == 0, status.stderr


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_home_and_its_files_are_private(pristine: Path, tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    assert cli(home, "server", "start").returncode == 0
    try:
        assert cli(home, "load").returncode == 0
        assert _mode(home) == 0o700
        assert _mode(home / "data") == 0o700
        assert stat.S_IMODE(os.lstat(home / "server.sock").st_mode) & 0o077 == 0
        files = [p for p in home.rglob("*") if p.is_file() and not p.is_symlink()]
        assert {p.name for p in files} >= {
            "server.log", "server.pid", "start.lock", "users.lock", "nato-graph.manifest.json",
            "appendonly.aof.manifest",
        }  # fmt: skip
        for path in files:
            assert _mode(path) & 0o077 == 0, f"{path} is {oct(_mode(path))}"
    finally:
        assert cli(home, "server", "stop").returncode == 0


def test_an_older_open_store_is_made_private(copy: Path) -> None:
    (copy / "data").chmod(0o755)
    (copy / "server.log").chmod(0o644)
    assert cli(copy, "status").returncode == 0
    assert _mode(copy / "data") == 0o700
    assert _mode(copy / "server.log") == 0o600


# -- loads report what they wrote ---------------------------------------------------------------

MINE_COUNTRIES = """\
- iso3: XAA
  name: Testland A
  region: southern_europe
- iso3: XAB
  name: Testland B
  region: southern_europe
- iso3: XAC
  name: Testland C
  region: southern_europe
"""
MINE_PARTNERSHIPS = "".join(
    f"""\
- country: {iso3}
  framework: pfp
  joined: '2001-01-01'
  status: active
  sources: [wh-pfp-1994]
  confidence: confirmed
"""
    for iso3 in ("XAA", "XAB", "XAC")
)


def test_a_load_that_lost_rows_to_a_concurrent_reset_says_so(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process runs `load --reset --yes` right after this load wrote its countries.

    The reset is real (a second CLI process on the same server); only its moment is
    chosen, by running it from inside this load's write of the Country rows.
    """
    from click.testing import CliRunner

    from nato_graph.cli.main import cli as nato_cli
    from nato_graph.stores.falkor import FalkorStore

    (tmp_path / "mine.countries.yaml").write_text(MINE_COUNTRIES)
    (tmp_path / "mine.partnerships.yaml").write_text(MINE_PARTNERSHIPS)
    original = FalkorStore.write_rows
    resets: list[subprocess.CompletedProcess[str]] = []

    def write_rows(self, query, rows, **kw):  # type: ignore[no-untyped-def]
        counters = original(self, query, rows, **kw)
        if ":Country " in query and "MERGE (n:" in query and not resets:
            resets.append(cli(copy, "load", "--reset", "--yes"))
        return counters

    monkeypatch.setattr(FalkorStore, "write_rows", write_rows)
    result = CliRunner().invoke(
        nato_cli,
        ["load", str(tmp_path / "mine.countries.yaml"), str(tmp_path / "mine.partnerships.yaml")],
        env={"NATO_GRAPH_HOME": str(copy)},
    )
    assert resets and resets[0].returncode == 0, resets
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: the load lost rows: 78 Country nodes sent, 75 in the graph;"
    )
    assert "a concurrent `load --reset`?" in result.output
    assert result.output.count("\n") == 1

    again = cli(
        copy,
        "load",
        str(tmp_path / "mine.countries.yaml"),
        str(tmp_path / "mine.partnerships.yaml"),
    )
    assert again.returncode == 0, again.stderr  # nothing lost this time


def test_clearing_a_store_never_written_leaves_it_sound(tmp_path: Path) -> None:
    """An empty graph made by a read is not in the append-only file: clearing it must not log a
    GRAPH.DELETE that fails when the file is replayed."""
    from nato_graph.settings import resolve
    from nato_graph.stores import open_store

    home = tmp_path / "home"
    with open_store(resolve(home=home, env={})) as store:
        store.clear()
    status = cli(home, "status")
    assert status.returncode == 0, status.stderr
    assert "CRITICAL" not in (home / "server.log").read_text()


def test_a_delete_of_a_graph_never_written_replays_as_harmless(tmp_path: Path) -> None:
    """Stores cleared by earlier versions hold such a GRAPH.DELETE: the server logs it as CRITICAL
    when it replays the file, but the data is as written, so the store opens."""
    from nato_graph.settings import EMBEDDED_GRAPH, resolve
    from nato_graph.stores import open_store

    home = tmp_path / "home"
    with open_store(resolve(home=home, env={})) as store:
        store._db.call("GRAPH.DELETE", EMBEDDED_GRAPH)  # type: ignore[attr-defined]
    status = cli(home, "status")
    assert status.returncode == 0, status.stderr
    assert "Invalid graph operation on empty key" in (home / "server.log").read_text()


def test_the_mark_of_a_load_under_way_is_private(tmp_path: Path) -> None:
    """A load leaves HOME/unfinished/load.PID.json while it writes (to say so if it stops
    part-way): it named the files loaded and was 0644 where every file of the home is 0600."""
    from nato_graph.loaders import unfinished
    from nato_graph.settings import resolve

    marker = unfinished.begin(resolve(home=tmp_path / "home", env={}), ["mine.countries.yaml"])
    assert marker is not None and marker.exists()
    assert _mode(marker) == 0o600
    assert _mode(marker.parent) == 0o700
