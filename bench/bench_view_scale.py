"""Big views in headless Chromium, before and after, side by side in one run.

"Before" is the page the renderer of an earlier commit writes (by default the
last commit before issue 16's view work), run from a copy of that commit's
package in a subprocess; "after" is this tree's. For the same synthetic graph
the two pages open in turn (A B A B) and each reports: seconds from navigation
to first draw, then, after six zoom steps in and out, the renderer process's
resident and private memory, the page's JS heap and its DOM node count. Each page
opens in a fresh context, and the next waits until the last one's renderer has
exited. A 10,000-node view
(above the old renderer's limit) is then opened and panned.

    python bench/bench_view_scale.py [--baseline COMMIT] [--rounds N] [--sizes 5000]
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_views import synthetic_graph
from bench.common import ROOT, emit, median, table

BASELINE = "06f5a2c"  # main before issue 16: vis tooltips built up front, vis-network's CSS inlined
READY = "() => window.natoGraph && window.natoGraph.ready === true"
LIMIT_S = 120.0

RENDER = """
import pickle, sys
from nato_graph.views import View
import nato_graph
assert nato_graph.__file__.startswith(sys.argv[1]), nato_graph.__file__
values = pickle.load(open(sys.argv[2], "rb"))
open(sys.argv[3], "w", encoding="utf-8").write(View(sys.argv[4], values).html)
"""


def baseline_page(commit: str, values: list[Any], title: str, out: Path) -> None:
    """Write the page that ``commit``'s renderer makes of ``values``."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "archive",
                "--format=tar",
                commit,
                "graph",
                "loaders",
                "queries",
            ],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        package = Path(tmp, "nato_graph")
        Path(tmp, "graph").rename(package)
        Path(tmp, "loaders").rename(package / "loaders")
        Path(tmp, "queries").rename(package / "queries")
        data = Path(tmp, "values.pickle")
        data.write_bytes(pickle.dumps(values))
        env = {**os.environ, "PYTHONPATH": tmp}
        subprocess.run(
            [sys.executable, "-c", RENDER, str(package), str(data), str(out), title],
            check=True,
            env=env,
            cwd=tmp,
        )


def _renderers() -> dict[int, tuple[int, int]]:
    """Chromium renderer processes started under this process: resident and private bytes.

    Resident memory counts the pages of Chromium's own code every renderer maps (about 140 MB
    here, the same for any page); private memory (USS, what Chrome's task manager calls its
    footprint) is what the page itself costs.
    """
    import psutil

    found = {}
    for child in psutil.Process().children(recursive=True):
        try:
            if "--type=renderer" in " ".join(child.cmdline()):
                info = child.memory_full_info()
                found[child.pid] = (info.rss, info.uss)
        except psutil.Error:
            continue
    return found


def _wait_gone(pids: set[int], limit_s: float = 30.0) -> None:
    """Wait until the renderers of a closed page have exited, so that tearing one page down does
    not slow the next one measured."""
    import psutil

    deadline = time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p)]
        if not alive or all(psutil.Process(p).status() == psutil.STATUS_ZOMBIE for p in alive):
            return
        time.sleep(0.1)


@contextmanager
def opened(browser: Any, path: Path) -> Iterator[tuple[Any, float]]:
    """A page with the view at PATH drawn, in a fresh context, and the seconds to first draw.

    Raises if the page logged an error by the time the caller is done with it. On the way out
    it waits for the page's renderer to exit.
    """
    earlier = set(_renderers())
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=LIMIT_S * 1000)
        page.wait_for_function(READY, timeout=LIMIT_S * 1000, polling=20)
        yield page, time.perf_counter() - started
        assert not errors, errors
    finally:
        mine = set(_renderers()) - earlier
        context.close()
        _wait_gone(mine)


def _centre(page: Any) -> tuple[float, float]:
    box = page.locator("#network").bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _next_frame(page: Any) -> None:
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")


def measure(browser: Any, path: Path) -> dict[str, float]:
    """First draw, then memory after zooming in and out, of one page in a fresh context."""
    with opened(browser, path) as (page, drawn):
        page.mouse.move(*_centre(page))
        for delta in [-300] * 6 + [300] * 6:  # six steps in, six out, each drawn
            page.mouse.wheel(0, delta)
            _next_frame(page)
        page.wait_for_timeout(500)
        cdp = page.context.new_cdp_session(page)
        cdp.send("HeapProfiler.collectGarbage")
        heap = cdp.send("Runtime.getHeapUsage")["usedSize"]
        dom = cdp.send("Memory.getDOMCounters")["nodes"]
        rss, uss = max(_renderers().values(), default=(0, 0))  # the page is the largest renderer
    return {"drawn_s": drawn, "renderer_mb": rss / 1e6, "private_mb": uss / 1e6,
            "heap_mb": heap / 1e6, "dom_nodes": dom}  # fmt: skip


def pan(browser: Any, path: Path) -> dict[str, float]:
    """Open a view, drag it across the window and report how long the drag's frames took."""
    with opened(browser, path) as (page, drawn):
        before = page.evaluate("() => natoGraph.network.getViewPosition()")
        x, y = _centre(page)
        page.mouse.move(x, y)
        page.mouse.down()
        t0 = time.perf_counter()
        for step in range(1, 21):
            page.mouse.move(x - 20 * step, y - 10 * step)
            _next_frame(page)
        page.mouse.up()
        per_frame = (time.perf_counter() - t0) / 20
        after = page.evaluate("() => natoGraph.network.getViewPosition()")
    moved = abs(after["x"] - before["x"]) + abs(after["y"] - before["y"])
    assert moved > 0, "the view did not pan"
    return {"drawn_s": drawn, "pan_frame_ms": per_frame * 1000, "moved_px": moved}


def main(
    baseline: str = BASELINE, rounds: int = 2, sizes: tuple[int, ...] = (5000,)
) -> dict[str, Any]:
    from nato_graph.views import View
    from tests.browser import launch

    out: dict[str, Any] = {"baseline": baseline}
    rows = []
    with tempfile.TemporaryDirectory() as tmp, launch() as browser:
        for n in sizes:
            values = synthetic_graph(n)
            before, after = Path(tmp, f"before-{n}.html"), Path(tmp, f"after-{n}.html")
            baseline_page(baseline, values, f"{n} nodes", before)
            after.write_text(View(f"{n} nodes", values).html, encoding="utf-8")
            runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
            for _ in range(rounds):  # A B A B
                runs["before"].append(measure(browser, before))
                runs["after"].append(measure(browser, after))
            result = {
                side: {k: median([r[k] for r in got]) for k in got[0]} for side, got in runs.items()
            }
            result["before"]["bytes"] = before.stat().st_size
            result["after"]["bytes"] = after.stat().st_size
            out[f"scale_{n}"] = result
            for side in ("before", "after"):
                r = result[side]
                rows.append([n, side, r["drawn_s"], r["renderer_mb"], r["private_mb"],
                             r["heap_mb"], r["dom_nodes"], r["bytes"] / 1e6])  # fmt: skip
            b, a = result["before"], result["after"]
            rows.append([n, "before/after", b["drawn_s"] / a["drawn_s"],
                         b["renderer_mb"] / a["renderer_mb"], b["private_mb"] / a["private_mb"],
                         b["heap_mb"] / a["heap_mb"], b["dom_nodes"] / a["dom_nodes"],
                         b["bytes"] / a["bytes"]])  # fmt: skip
        big = Path(tmp, "after-10000.html")
        big.write_text(View("10000 nodes", synthetic_graph(10_000)).html, encoding="utf-8")
        out["pan_10000"] = pan(browser, big)
    print(
        table(
            f"Views at scale: before ({baseline}) and after, medians of {rounds} (A B A B)",
            [
                "nodes",
                "page",
                "first draw s",
                "renderer RSS MB",
                "renderer private MB",
                "JS heap MB",
                "DOM nodes",
                "file MB",
            ],
            rows,
        )
    )
    p = out["pan_10000"]
    print(
        f"10,000 nodes: first draw {p['drawn_s']:.1f} s, panning {p['pan_frame_ms']:.0f} ms a frame"
    )
    emit("view_scale", out)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--baseline", default=BASELINE, help="the commit whose renderer is 'before'"
    )
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sizes", default="5000", help="comma-separated node counts")
    args = parser.parse_args()
    main(args.baseline, args.rounds, tuple(int(s) for s in args.sizes.split(",")))
