"""CLI benchmarks: `nato-graph --help` and a canned question from a cold CLI (server start included)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import emit, interleave, median, table

EXE = str(Path(sys.executable).parent / "nato-graph")


def main(quick: bool) -> dict[str, Any]:
    rounds = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as home:
        env = {**os.environ, "NATO_GRAPH_HOME": home}
        env.pop("NEO4J_URI", None)
        subprocess.run([EXE, "load"], env=env, check=True, capture_output=True)

        def help_() -> None:
            subprocess.run([EXE, "--help"], env=env, check=True, capture_output=True)

        def cold_query() -> None:
            subprocess.run([EXE, "query", "run", "framework-members", "--format", "json"], env=env, check=True,
                           capture_output=True)  # fmt: skip

        times = interleave({"help": help_, "cold query": cold_query}, rounds)
    out = {k: median(v) for k, v in times.items()}
    print(table("CLI wall time (medians; the query starts and stops the embedded server)",
                ["command", "median s", "target s"],
                [["nato-graph --help", out["help"], 0.3],
                 ["nato-graph query run framework-members", out["cold query"], 1.5]]))  # fmt: skip
    emit("cli", out)
    return out
