"""CLI benchmarks: start-up of `--help`, `status`, a cold question and `load` of the bundled data.

Each command runs as its own process from a cold CLI (the embedded server
started and stopped by the command itself), in turns (help, status, question,
load, help, ...), 3 times; the table gives the minimum and median and the
machine's load average while they ran. `load` against `status` is the price of
loading the bundled data over opening the store at all.

The commands run as on an ordinary installation, with Python's bytecode cache: each is run
once before the timed turns, its modules compiled into a cache of the run's own
(``PYTHONPYCACHEPREFIX``, so the source tree gets no ``__pycache__``), even where the
environment sets ``PYTHONDONTWRITEBYTECODE`` (this machine does: every cold command then
compiles its modules again, about 0.1-0.2 s).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import emit, interleave, table

EXE = str(Path(sys.executable).parent / "nato-graph")
REPEATS = 3
COMMANDS = {
    "--help": ["--help"],
    "status": ["status"],
    "cold question": ["query", "run", "framework-members", "--format", "json"],
    "load (bundled data)": ["load"],
}


def main(quick: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as home:
        env = {**os.environ, "NATO_GRAPH_HOME": home, "PYTHONPYCACHEPREFIX": f"{home}/pycache"}
        env.pop("NEO4J_URI", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([EXE, "load"], env=env, check=True, capture_output=True)
        for args in COMMANDS.values():  # each command's modules compiled into the cache
            subprocess.run([EXE, *args], env=env, check=True, capture_output=True)
        loads: dict[str, list[float]] = {name: [] for name in COMMANDS}

        def runner(name: str, args: list[str]) -> Any:
            def run() -> None:
                loads[name].append(os.getloadavg()[0])
                subprocess.run([EXE, *args], env=env, check=True, capture_output=True)

            return run

        times = interleave({name: runner(name, args) for name, args in COMMANDS.items()}, REPEATS)
    out = {
        name: {
            "min_s": min(ts),
            "median_s": statistics.median(ts),
            "load": statistics.median(loads[name]),
        }
        for name, ts in times.items()
    }
    ratio = out["load (bundled data)"]["median_s"] / out["status"]["median_s"]
    print(table(f"CLI wall time, s (min and median of {REPEATS}, each command a cold process)",
                ["command", "min s", "median s", "load average"],
                [[f"nato-graph {' '.join(COMMANDS[n])}", o["min_s"], o["median_s"], o["load"]]
                 for n, o in out.items()]))  # fmt: skip
    print(f"load / status (medians): {ratio:.2f}x (target at most 2x)")
    emit("cli", {**out, "load_over_status": ratio})
    return {**out, "load_over_status": ratio}
