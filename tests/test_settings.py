"""Settings: which store a command uses (flags, environment, defaults); no password ever shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.errors import SettingsError
from nato_graph.settings import Secret, Settings, default_home, resolve

PW = "s3cret-pw"
BIN = Path(sys.executable).parent
SCHEMES = "bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://"


@pytest.mark.parametrize(
    ("flags", "env", "expected"),
    [
        pytest.param(
            {},
            {
                "NEO4J_URI": "neo4j://db:7687",
                "NEO4J_USERNAME": "alice",
                "NEO4J_PASSWORD": PW,
                "NEO4J_DATABASE": "nato",
            },
            ("neo4j://db:7687", "alice", PW, "nato"),
            id="all-from-env",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "bolt://db:7687", "NEO4J_USER": "bob"},
            ("bolt://db:7687", "bob", None, "neo4j"),
            id="NEO4J_USER-accepted",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "bolt://db:7687", "NEO4J_USERNAME": "alice", "NEO4J_USER": "bob"},
            ("bolt://db:7687", "alice", None, "neo4j"),
            id="NEO4J_USERNAME-before-NEO4J_USER",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "neo4j+s://x.databases.neo4j.io"},
            ("neo4j+s://x.databases.neo4j.io", "neo4j", None, "neo4j"),
            id="defaults-user-and-database",
        ),
        pytest.param(
            {
                "uri": "bolt://flag:7687",
                "username": "carol",
                "password": "flagpw",
                "database": "flagdb",
            },
            {
                "NEO4J_URI": "neo4j://env:7687",
                "NEO4J_USERNAME": "alice",
                "NEO4J_PASSWORD": PW,
                "NEO4J_DATABASE": "envdb",
            },
            ("bolt://flag:7687", "carol", "flagpw", "flagdb"),
            id="flags-before-env",
        ),
        pytest.param(
            {"uri": "bolt://flag:7687"},
            {"NEO4J_USERNAME": "alice", "NEO4J_PASSWORD": PW},
            ("bolt://flag:7687", "alice", PW, "neo4j"),
            id="flag-uri-env-credentials",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "neo4j+s://u:pw@db.example:7687"},
            ("neo4j+s://db.example:7687", "u", "pw", "neo4j"),
            id="credentials-split-out-of-uri",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "bolt://u%40corp:p%3Aw%40rd@db:7687/"},
            ("bolt://db:7687/", "u@corp", "p:w@rd", "neo4j"),
            id="percent-encoded-credentials",
        ),
        pytest.param(
            {"password": "flagpw"},
            {"NEO4J_URI": "bolt://u:pw@db", "NEO4J_PASSWORD": "envpw"},
            ("bolt://db", "u", "flagpw", "neo4j"),
            id="flag-password-before-uri-password",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": "bolt://u:pw@db", "NEO4J_PASSWORD": "envpw", "NEO4J_USERNAME": "envuser"},
            ("bolt://db", "u", "pw", "neo4j"),
            id="uri-credentials-before-env",
        ),
    ],
)
def test_neo4j_settings(flags: dict, env: dict, expected: tuple) -> None:
    s = resolve(**flags, env=env)
    assert s.kind == "neo4j"
    password = s.password.reveal() if s.password else None
    assert (s.uri, s.username, password, s.database) == expected
    assert s.location == expected[0]


@pytest.mark.parametrize(
    ("flags", "env", "expected"),
    [
        pytest.param(
            {"home": "/flag/home"},
            {"NATO_GRAPH_HOME": "/env/home"},
            "/flag/home",
            id="flag-before-env",
        ),
        pytest.param({}, {"NATO_GRAPH_HOME": "/env/home"}, "/env/home", id="NATO_GRAPH_HOME"),
        pytest.param({}, {"XDG_DATA_HOME": "/xdg"}, "/xdg/nato-graph", id="XDG_DATA_HOME-default"),
        pytest.param(
            {},
            {"NATO_GRAPH_HOME": "/env/home", "XDG_DATA_HOME": "/xdg"},
            "/env/home",
            id="NATO_GRAPH_HOME-before-XDG",
        ),
        pytest.param(
            {},
            {"NEO4J_URI": ""},
            str(Path.home() / ".local/share/nato-graph"),
            id="empty-uri-is-none",
        ),
        pytest.param({"home": "~/g"}, {}, str(Path.home() / "g"), id="tilde-expanded"),
    ],
)
def test_embedded_home(flags: dict, env: dict, expected: str) -> None:
    s = resolve(**flags, env=env)
    assert (s.kind, s.uri, s.home, s.location) == ("embedded", None, Path(expected), expected)


def test_password_without_uri_means_embedded() -> None:
    s = resolve(password=PW, env={"NEO4J_PASSWORD": PW, "NATO_GRAPH_HOME": "/h"})
    assert s.kind == "embedded"
    assert PW not in repr(s)


def test_default_home_follows_xdg() -> None:
    assert default_home({"XDG_DATA_HOME": "/data"}) == Path("/data/nato-graph")
    assert default_home({}) == Path.home() / ".local" / "share" / "nato-graph"


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        pytest.param(
            "http://u:s3cret-pw@db",
            f"unsupported Neo4j URI scheme http://; use one of {SCHEMES}",
            id="http",
        ),
        pytest.param(
            "redis://db:6379",
            f"unsupported Neo4j URI scheme redis://; use one of {SCHEMES}",
            id="redis",
        ),
        pytest.param(
            "//u:s3cret-pw@db", f"the Neo4j URI has no scheme; use one of {SCHEMES}", id="no-scheme"
        ),
        pytest.param(
            "bolt://u:s3cret-pw@[::1",
            "the Neo4j URI is not valid (Invalid IPv6 URL); expected e.g. neo4j://host:7687",
            id="unparseable",
        ),
    ],
)
def test_bad_uri(uri: str, message: str) -> None:
    with pytest.raises(SettingsError) as info:
        resolve(uri=uri, env={})
    assert str(info.value) == message
    assert PW not in str(info.value)


def test_password_never_in_repr_or_str() -> None:
    s = resolve(uri=f"neo4j://u:{PW}@db:7687", env={})
    for text in (
        repr(s),
        str(s),
        f"{s}",
        f"{s.password}",
        repr(s.password),
        s.location,
        str(s.uri),
    ):
        assert PW not in text
    assert s.password == Secret(PW)
    assert s.redact(f"login with {PW} failed") == "login with *** failed"


def test_settings_are_frozen() -> None:
    s = Settings(home=Path("/h"))
    with pytest.raises(AttributeError):
        s.uri = "bolt://x"  # type: ignore[misc]


# -- the CLI edge: one line, non-zero exit, no password, no traceback ----------------------------

UNREACHABLE = (
    "Error: cannot reach Neo4j at bolt://127.0.0.1:1: is the server running and the URI right?\n"
)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param(["--uri", "bolt://127.0.0.1:1", "--password", PW], {}, id="password-flag"),
        pytest.param(["--uri", f"bolt://neo4j:{PW}@127.0.0.1:1"], {}, id="password-in-uri-flag"),
        pytest.param(
            [], {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": PW}, id="password-env"
        ),
        pytest.param([], {"NEO4J_URI": f"bolt://neo4j:{PW}@127.0.0.1:1"}, id="password-in-uri-env"),
    ],
)
@pytest.mark.parametrize("command", [["status"], ["cypher", "RETURN 1"]], ids=["status", "cypher"])
def test_unreachable_neo4j_is_one_line_without_password(
    runner: CliRunner, tmp_path: Path, args: list[str], env: dict, command: list[str]
) -> None:
    full_env = {
        "NATO_GRAPH_HOME": str(tmp_path),
        "NEO4J_USERNAME": None,
        "NEO4J_USER": None,
        "NEO4J_DATABASE": None,
        "NEO4J_URI": None,
        "NEO4J_PASSWORD": None,
        **env,
    }
    result = runner.invoke(cli, [*args, *command], env=full_env)
    assert result.exit_code == 1
    assert result.output == UNREACHABLE
    assert isinstance(result.exception, SystemExit)  # a clean exit, no traceback
    assert not (tmp_path / "server.pid").exists()  # the embedded store was never started


@pytest.mark.parametrize(
    "uri",
    [
        pytest.param(f"http://neo4j:{PW}@127.0.0.1:1", id="bad-scheme"),
        pytest.param(f"bolt://neo4j:{PW}@[::1", id="unparseable"),
        pytest.param(f"//neo4j:{PW}@127.0.0.1:1", id="no-scheme"),
    ],
)
def test_bad_uri_on_the_command_line(runner: CliRunner, tmp_path: Path, uri: str) -> None:
    result = runner.invoke(cli, ["--uri", uri, "status"], env={"NATO_GRAPH_HOME": str(tmp_path)})
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert result.output.count("\n") == 1
    assert PW not in result.output
    assert isinstance(result.exception, SystemExit)


def test_unreachable_cluster_uri_is_one_line(tmp_path: Path) -> None:
    """No driver log line ("Unable to retrieve routing information") either.

    A real process: under pytest the driver's log lines would go to pytest's log capture.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    done = subprocess.run(
        [str(BIN / "nato-graph"), "--uri", f"neo4j://neo4j:{PW}@127.0.0.1:1", "status"],
        env={**env, "NATO_GRAPH_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == UNREACHABLE.replace("bolt://", "neo4j://")
