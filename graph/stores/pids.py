"""Whether a process is alive, read from /proc (the server and its manifest both ask)."""

from __future__ import annotations

from pathlib import Path


def pid_alive(pid: int) -> bool:
    """A live process: zombies, whose parent has not reaped them yet, count as dead."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1]
    except (OSError, IndexError):
        return False
    return not state.startswith(("Z", "X"))
