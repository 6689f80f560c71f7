"""Start and stop a real Neo4j 5.26 for nato-graph's tests, from Maven Central's jars.

    python3 tests/neo4j/neo4jctl.py up      # build if needed, start, wait for Bolt, print the URI
    python3 tests/neo4j/neo4jctl.py down    # stop exactly the process `up` started, remove its data
    python3 tests/neo4j/neo4jctl.py status
    python3 tests/neo4j/neo4jctl.py run -- CMD...   # a fresh server for CMD only, stopped after it

`make neo4j-up` and `make neo4j-down` call these. Settings come from the environment:

    NEO4J_PASSWORD        the password for user neo4j (default: the test password below)
    NEO4J_BOLT_PORT       Bolt port on 127.0.0.1 (default 7687)
    NEO4J_HTTP_PORT       HTTP port on 127.0.0.1, Neo4j Browser at /browser/ (default 7474)
    NATO_GRAPH_NEO4J_DIR  where the pid file, log and data live (default tests/neo4j/run)
    NEO4J_JAVA_HOME       the JDK 17 to run it with (default: /usr/lib/jvm/java-17-openjdk-amd64)

Nothing listens beyond 127.0.0.1, and Neo4j Browser makes no outgoing connection (no
telemetry, no remote guides except from the loopback hosts). ``LOAD CSV`` opens no server file:
file URLs are refused, and the import directory is an empty one inside the server's home.
The jars are GPLv3: they stay here, under tests/, and are never a dependency of the package.

The same functions start extra servers for tests (a database imported by neo4j-admin, say):
see ``start``, ``stop`` and ``admin``. Standard library only, so it runs before any virtualenv.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_PASSWORD = "nato-graph-test"  # documented in the README; a throwaway server's password
LAUNCHER = "nato_graph.neo4j.Launcher"
JAVA_17 = Path("/usr/lib/jvm/java-17-openjdk-amd64")
# The flags Neo4j's own launch scripts pass on JDK 17.
JVM_FLAGS = [
    "-Xms256m",
    "-Xmx768m",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-Dfile.encoding=UTF-8",
    *(
        f"--add-opens=java.base/{package}=ALL-UNNAMED"
        for package in (
            "java.lang",
            "java.nio",
            "java.io",
            "java.util",
            "java.util.concurrent",
            "sun.nio.ch",
        )
    ),
]


# The servers this process started, kept so that stopping one reaps it (no zombie, no warning).
_children: dict[int, subprocess.Popen[bytes]] = {}


BROWSER_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
        "base-uri 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ]
)


class Neo4jError(Exception):
    """One line for the person who ran the command."""


@dataclass(frozen=True)
class Server:
    """Where one test Neo4j lives and listens."""

    run_dir: Path
    bolt_port: int = 7687
    http_port: int = 7474
    password: str = TEST_PASSWORD

    @property
    def home(self) -> Path:
        return self.run_dir / "home"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.run_dir / "neo4j.log"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"

    @classmethod
    def from_env(cls, env: os._Environ[str] | dict[str, str] = os.environ) -> Server:
        return cls(
            run_dir=Path(env.get("NATO_GRAPH_NEO4J_DIR") or HERE / "run").resolve(),
            bolt_port=_port(env, "NEO4J_BOLT_PORT", 7687),
            http_port=_port(env, "NEO4J_HTTP_PORT", 7474),
            password=env.get("NEO4J_PASSWORD") or TEST_PASSWORD,
        )


def _port(env: os._Environ[str] | dict[str, str], name: str, default: int) -> int:
    text = env.get(name) or str(default)
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise Neo4jError(f"{name}={text!r} is not a port number (1-65535)")
    return int(text)


# -- build ---------------------------------------------------------------------------------


def java_home() -> Path:
    chosen = Path(os.environ.get("NEO4J_JAVA_HOME") or JAVA_17)
    if not (chosen / "bin" / "java").exists():
        raise Neo4jError(
            f"no JDK 17 at {chosen}: install openjdk-17-jdk-headless or set NEO4J_JAVA_HOME"
        )
    return chosen


def classpath() -> str:
    """The launcher's classpath, building it with Maven when the sources are newer."""
    target = HERE / "target"
    cp_file = target / "classpath.txt"
    jar = target / "nato-graph-neo4j-1.jar"
    sources = [HERE / "pom.xml", *sorted((HERE / "src").rglob("*.java"))]
    if (
        not cp_file.exists()
        or not jar.exists()
        or any(s.stat().st_mtime > jar.stat().st_mtime for s in sources)
    ):
        env = {**os.environ, "JAVA_HOME": str(java_home())}
        print(
            "neo4j: building the launcher (first time: Maven downloads Neo4j's jars)",
            file=sys.stderr,
        )
        done = subprocess.run(
            ["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "package"], env=env, check=False
        )
        if done.returncode != 0:
            raise Neo4jError("Maven could not build tests/neo4j: see its output above")
    return f"{jar}:{cp_file.read_text().strip()}"


def java(main_class: str, *args: str) -> list[str]:
    """The command line that runs MAIN_CLASS from the launcher's classpath on JDK 17."""
    return [str(java_home() / "bin" / "java"), *JVM_FLAGS, "-cp", classpath(), main_class, *args]


# -- start and stop ------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    """Whether PID is a running launcher (not a recycled pid of another program)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return LAUNCHER.encode() in cmdline


def running_pid(server: Server) -> int | None:
    try:
        pid = int(server.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


def _check_free(port: int, what: str, variable: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As the server binds: connections of a server just stopped (TIME_WAIT) do not count.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise Neo4jError(
                f"port {port} on 127.0.0.1 ({what}) is busy: stop what listens there or set {variable}"
            ) from None


def _conf(server: Server) -> str:
    bolt, http = f"127.0.0.1:{server.bolt_port}", f"127.0.0.1:{server.http_port}"
    return "\n".join(
        [
            # LOAD CSV opens no file of the server's (file:///etc/passwd, its own data): file
            # URLs are refused, and were they allowed, they would resolve inside an empty
            # directory of the home, not from the root of the file system (Neo4j's default when
            # no import directory is set, as for the embedded builder).
            "dbms.security.allow_csv_import_from_file_urls=false",
            f"server.directories.import={server.home / 'import'}",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            "server.bolt.enabled=true",
            f"server.bolt.listen_address={bolt}",
            f"server.bolt.advertised_address={bolt}",
            "server.http.enabled=true",
            f"server.http.listen_address={http}",
            f"server.http.advertised_address={http}",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            "server.memory.pagecache.size=64m",
            "db.tx_log.rotation.retention_policy=1 files",
            # A lock waited on for longer fails with a transient error that drivers retry:
            # short, so that the tests can show a real retry in seconds.
            "db.lock.acquisition.timeout=2s",
            # No usage reports, and Neo4j Browser sends no telemetry and plays guides only
            # from loopback. (Community 5.26 declares no browser.allow_outgoing_connections;
            # the Browser test checks that no request leaves 127.0.0.1.)
            "dbms.usage_report.enabled=false",
            "client.allow_telemetry=false",
            "browser.remote_content_hostname_whitelist=localhost,127.0.0.1",
            # ... and the page itself may reach nothing but loopback: no web fonts, no crash
            # reports, no analytics scripts (the Browser asks for all three before it connects).
            f"dbms.security.http_static_content_security_policy_header={BROWSER_CSP}",
            "",
        ]
    )


def bolt_answers(port: int, timeout: float = 2.0) -> bool:
    """Whether a Bolt server on 127.0.0.1:PORT agrees a protocol version (the Bolt handshake)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
            # Magic preamble, then four proposals: 5.8 down to 5.0, 4.4, and two empty.
            conn.sendall(bytes.fromhex("6060b01700080805000004040000000000000000"))
            reply = conn.recv(4)
    except OSError:
        return False
    return len(reply) == 4 and reply != b"\x00\x00\x00\x00"


def start(
    server: Server, *, fresh: bool = True, timeout: float = 180.0, test_plugin: bool = False
) -> int:
    """Start SERVER and wait until Bolt answers with the password set; return its pid.

    FRESH removes any data left in its home first; without it the home is kept (a database
    that ``neo4j-admin database import`` wrote there, say). TEST_PLUGIN registers the
    launcher's stand-in for a plugin that reaches out (TestPlugin.java), for the tests only.
    """
    pid = running_pid(server)
    if pid is not None:
        raise AlreadyRunning(pid)
    if len(server.password) < 8:
        raise Neo4jError("NEO4J_PASSWORD must have 8 characters or more (Neo4j's minimum)")
    _check_free(server.bolt_port, "Bolt", "NEO4J_BOLT_PORT")
    _check_free(server.http_port, "HTTP", "NEO4J_HTTP_PORT")
    command = java(LAUNCHER, str(server.home))
    if fresh:
        shutil.rmtree(server.home, ignore_errors=True)
    server.home.mkdir(parents=True, exist_ok=True)
    (server.home / "import").mkdir(exist_ok=True)
    (server.home / "ready").unlink(missing_ok=True)
    (server.home / "neo4j.conf").write_text(_conf(server), encoding="utf-8")
    env = {**os.environ, "NEO4J_PASSWORD": server.password, "JAVA_HOME": str(java_home())}
    env["NATO_GRAPH_NEO4J_TEST_PLUGIN"] = "1" if test_plugin else "0"
    started = time.monotonic()
    with server.log_file.open("ab") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # Ctrl-C in the terminal that ran `make` does not reach it
        )
    _children[process.pid] = process
    server.pid_file.write_text(f"{process.pid}\n")
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            _children.pop(process.pid, None)
            server.pid_file.unlink(missing_ok=True)
            raise Neo4jError(
                f"Neo4j exited with status {process.returncode} while starting: see {server.log_file}"
                f"\n{_tail(server.log_file)}"
            )
        if (server.home / "ready").exists() and bolt_answers(server.bolt_port):
            return process.pid
        time.sleep(0.25)
    _terminate(process.pid)
    server.pid_file.unlink(missing_ok=True)
    raise Neo4jError(f"Neo4j did not answer on Bolt within {timeout:.0f} s: see {server.log_file}")


class AlreadyRunning(Neo4jError):
    def __init__(self, pid: int) -> None:
        super().__init__(f"a test Neo4j is already running (pid {pid})")
        self.pid = pid


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _terminate(pid: int, timeout: float = 60.0) -> None:
    """SIGTERM (a clean shutdown), then SIGKILL if it has not ended within TIMEOUT."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    child = _children.pop(pid, None)
    if child is not None:
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        return
    deadline = time.monotonic() + timeout  # started by another process: poll until it is gone
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


def stop(server: Server, *, keep_data: bool = False) -> int | None:
    """Stop exactly the process ``start`` recorded and remove its data; return its pid."""
    pid = running_pid(server)
    if pid is not None:
        _terminate(pid)
    server.pid_file.unlink(missing_ok=True)
    if not keep_data:
        shutil.rmtree(server.home, ignore_errors=True)
        server.log_file.unlink(missing_ok=True)
    return pid


def admin(server: Server, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``neo4j-admin ARGS`` (Neo4j's own admin tool, from the launcher's classpath) on SERVER's home."""
    (server.home / "import").mkdir(parents=True, exist_ok=True)
    conf = server.home / "neo4j.conf"
    if not conf.exists():
        conf.write_text(_conf(server), encoding="utf-8")
    env = {
        **os.environ,
        "NEO4J_HOME": str(server.home),
        "NEO4J_CONF": str(server.home),
        "JAVA_HOME": str(java_home()),
    }
    # From SERVER's home: neo4j-admin writes files such as import.report into its working directory.
    return subprocess.run(
        java("org.neo4j.cli.AdminTool", *args),
        env=env,
        cwd=server.home,
        capture_output=True,
        text=True,
        check=False,
    )


def test_environment(server: Server) -> dict[str, str]:
    """What a command run against SERVER needs: its URI and credentials, and leave to wipe it."""
    return {
        "NEO4J_URI": server.uri,
        "NEO4J_USERNAME": "neo4j",
        "NEO4J_PASSWORD": server.password,
        "NEO4J_DATABASE": "neo4j",
        "NEO4J_BOLT_PORT": str(server.bolt_port),
        "NEO4J_HTTP_PORT": str(server.http_port),
        "NATO_GRAPH_NEO4J_DIR": str(server.run_dir),
        "NATO_GRAPH_NEO4J_TESTS_MAY_WIPE": "1",  # this server is the tests' own
    }


def run(server: Server, command: list[str]) -> int:
    """Start a fresh SERVER, run COMMAND against it, and stop it whatever COMMAND does."""
    if running_pid(server) is not None:  # left by a run that was killed: start afresh
        stop(server)
    started = time.monotonic()
    pid = start(server, test_plugin=True)
    print(
        f"neo4j: running (pid {pid}) at {server.uri} after {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )

    def interrupted(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    try:
        return subprocess.call(command, env={**os.environ, **test_environment(server)})
    except KeyboardInterrupt:
        return 130
    finally:
        stop(server)
        print(f"neo4j: stopped (pid {pid})", file=sys.stderr)


def cypher_shell(server: Server, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Neo4j's own ``cypher-shell ARGS`` (from Maven Central) against SERVER as user neo4j."""
    env = {**os.environ, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": server.password}
    return subprocess.run(
        java("org.neo4j.shell.Main", "--address", server.uri, *args),
        env=env,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


# -- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["up", "down", "status", "build", "run"])
    parser.add_argument(
        "command", nargs="*", help="with run: the command to run against the server"
    )
    args = parser.parse_args(argv)
    action = args.action
    try:
        server = Server.from_env()
        if action == "run":
            if not args.command:
                parser.error("run needs a command: run -- CMD [ARGS...]")
            return run(server, args.command)
        if action == "build":
            classpath()
        elif action == "up":
            try:
                pid = start(server)
            except AlreadyRunning as running:
                print(
                    f"neo4j: already running (pid {running.pid}) at {server.uri}; `make neo4j-down` stops it"
                )
                return 0
            print(
                f"neo4j: running (pid {pid}) at {server.uri}, Neo4j Browser at {server.browser_url}"
            )
            print(f"export NEO4J_URI={server.uri} NEO4J_USERNAME=neo4j")
        elif action == "down":
            stopped = stop(server)
            print(
                f"neo4j: stopped (pid {stopped})"
                if stopped
                else "neo4j: no test server was running"
            )
        else:
            found = running_pid(server)
            print(
                f"neo4j: running (pid {found}) at {server.uri}" if found else "neo4j: not running"
            )
            return 0 if found else 3
    except Neo4jError as error:
        print(f"neo4j: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
