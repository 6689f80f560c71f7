"""The embedded server's processes, seen from outside through /proc."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from nato_graph.stores.server import EmbeddedServer, pid_alive


def server_pids(home: Path) -> set[int]:
    """Live redis-server processes bound to ``home``'s socket."""
    socket = os.fsencode(EmbeddedServer(home).socket_path)
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"redis-server" in cmdline and socket in cmdline and pid_alive(int(entry.name)):
            pids.add(int(entry.name))
    return pids


def wait_until(condition: Callable[[], object], timeout: float = 30.0) -> bool:
    """Poll ``condition`` until it holds or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def assert_no_server(home: Path) -> None:
    # The last user waits for the shutdown; the poll only absorbs the kernel's process teardown.
    assert wait_until(lambda: not server_pids(home), 10), (
        f"redis-server left running: {server_pids(home)}"
    )


def thread_states(pid: int) -> dict[str, int]:
    """How many of process PID's threads are in each scheduler state ('T': stopped), from /proc."""
    states: dict[str, int] = {}
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the thread ended between the listing and the read
            continue
        state = text[text.rindex(")") + 2]
        states[state] = states.get(state, 0) + 1
    return states


def is_stopped(pid: int) -> bool:
    """Every thread of PID is stopped by a signal (a SIGSTOP takes each thread in turn)."""
    states = thread_states(pid)
    return bool(states) and set(states) <= {"T", "t"}


def freeze(pid: int, timeout: float = 10.0) -> None:
    """SIGSTOP process PID and return once all its threads have stopped.

    A test of a hung server needs it hung before the request is sent, not a moment later.
    """
    os.kill(pid, signal.SIGSTOP)
    assert wait_until(lambda: is_stopped(pid), timeout), (
        f"process {pid} did not stop within {timeout:g} s of SIGSTOP: its threads {thread_states(pid)}"
    )
