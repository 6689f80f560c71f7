"""View benchmarks: HTML generation time and size; time to drawn-and-idle in headless Chromium,
our precomputed layout against pyvis's stock page with its default physics (same graph)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from bench.common import emit, interleave, median, table
from bench.synthetic import generate
from nato_graph import schema
from nato_graph.records import Node, Relationship

INF = float("inf")
IDLE_LIMIT_S = 60.0  # pyvis pages that have not settled by then are reported as "> limit"


def synthetic_graph(n_nodes: int, seed: int = 3) -> list[Any]:
    """Exactly ``n_nodes`` nodes with the relationships among them, as records (what a query result holds)."""
    ds = generate(n_nodes * 9, seed=seed)  # about 0.14 nodes per relationship, Sources left out
    nodes: dict[Any, Node] = {}
    for w in ds.writes:
        if w.is_node and w.what != "Source":
            for row in w.rows:
                nodes[row["key"]] = Node(f"{w.what}:{row['key']}", (w.what,), row["props"])
    if len(nodes) < n_nodes:
        raise RuntimeError(f"the synthetic graph has {len(nodes)} nodes, fewer than {n_nodes}")
    # every framework, threat, region and operation, then as many countries as fit: a partnership graph
    ranked = sorted(nodes.items(), key=lambda kv: kv[1].label == "Country")
    keep = dict(ranked[:n_nodes])
    rels = []
    for w in ds.writes:
        if not w.is_node:
            for i, row in enumerate(w.rows):
                a, b = keep.get(row["start"]), keep.get(row["end"])
                if a and b:
                    rels.append(Relationship(f"{w.what}:{i}", w.what, a.id, b.id, row["props"]))
    return [*keep.values(), *rels]


def pyvis_page(values: list[Any]) -> str:
    """pyvis's own page for the same graph: default physics, stock template, inline vis."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line", height="900px", width="100%")
    for v in values:
        if isinstance(v, Node):
            nt = schema.node_type(v.label)
            net.add_node(v.id, label=str(v.properties.get(nt.caption, v.id)), color=nt.color)
    for v in values:
        if isinstance(v, Relationship):
            net.add_edge(v.start, v.end)
    return net.generate_html()


def generate_both(
    values: list[Any], title: str, rounds: int
) -> tuple[dict[str, list[float]], str, str]:
    """Our page and pyvis's for the same graph, generated in turn; the times and the pages."""
    from nato_graph.views import View

    made: dict[str, str] = {}

    def ours() -> None:
        made["ours"] = View(title, values).html

    def stock() -> None:
        made["pyvis"] = pyvis_page(values)

    times = interleave({"ours": ours, "pyvis": stock}, rounds)
    return times, made["ours"], made["pyvis"]


OURS_READY = "() => window.natoGraph && window.natoGraph.ready === true"  # drawn, physics off
PYVIS_DRAWN = (
    "() => typeof network !== 'undefined' && network.physics && network.physics.ready === true"
)
PYVIS_IDLE = "() => network.physics.stabilized === true || !network.physics.physicsEnabled"


def time_to_idle(
    browser: Any, path: Path, ours: bool, limit: float = IDLE_LIMIT_S
) -> tuple[float, float]:
    """Seconds from navigation until the network has first drawn, and until its physics has stopped.

    inf for a moment not reached within ``limit``. Our page is drawn with its
    physics off, so both moments are one. pyvis's page draws once its
    stabilization iterations are done and then keeps simulating until the
    nodes stop moving. pyvis stabilizes inside its load handler, so a big page
    blocks even the load event: navigation waits only for the first response.
    """
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    moments: list[float] = []
    try:
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit", timeout=limit * 1000)
        for probe in [OURS_READY] if ours else [PYVIS_DRAWN, PYVIS_IDLE]:
            left = limit - (time.perf_counter() - started)
            page.wait_for_function(probe, timeout=max(left, 0.001) * 1000, polling=50)
            moments.append(time.perf_counter() - started)
    except PlaywrightTimeout:
        pass
    finally:
        page.close()
    if ours:
        moments.append(moments[0] if moments else INF)  # drawn and idle at once
    moments += [INF] * (2 - len(moments))
    return moments[0], moments[1]


def main(quick: bool) -> dict[str, Any]:
    sizes = [500, 2000] if quick else [500, 2000, 5000]
    gen_rows: list[list[Any]] = []
    out: dict[str, Any] = {}
    pages: dict[int, tuple[str, str]] = {}
    for n in sizes:
        values = synthetic_graph(n)
        times, html_ours, html_stock = generate_both(
            values, f"{n} nodes", 3 if n < 5000 else 2
        )  # pyvis: ~40 s at 5,000
        pages[n] = (html_ours, html_stock)
        size_ours, size_stock = len(html_ours.encode()), len(html_stock.encode())
        out[f"generate_{n}"] = {"ours_s": median(times["ours"]), "pyvis_s": median(times["pyvis"]),
                                "ours_bytes": size_ours, "pyvis_bytes": size_stock}  # fmt: skip
        gen_rows.append(
            [n, median(times["ours"]), size_ours / 1e6, median(times["pyvis"]), size_stock / 1e6]
        )
    print(
        table(
            "Views: HTML generation (medians)",
            ["nodes", "ours s", "ours MB", "pyvis s", "pyvis MB"],
            gen_rows,
        )
    )

    from tests.browser import launch, missing

    if missing():
        print(f"browser timings skipped: {missing()}")
        emit("views", out)
        return out
    idle_rows = []
    limit = 15.0 if quick else IDLE_LIMIT_S
    out["idle_limit_s"] = limit  # a null time in the JSON is past this limit
    with tempfile.TemporaryDirectory() as tmp, launch() as browser:
        files = {}
        for n, (ours, stock) in pages.items():
            files[n] = Path(tmp, f"ours-{n}.html"), Path(tmp, f"pyvis-{n}.html")
            files[n][0].write_text(ours)
            files[n][1].write_text(stock)
        time_to_idle(
            browser, files[min(files)][0], True, limit
        )  # warm-up: the first page pays the browser's start
        for n, (p_ours, p_stock) in files.items():
            if quick and n != 2000:
                continue
            rounds = 1 if quick else 2
            ours_t: list[float] = []
            drawn_t: list[float] = []
            idle_t: list[float] = []
            for _ in range(rounds):  # A B A B: our page, then pyvis's
                ours_t.append(time_to_idle(browser, p_ours, True, limit)[0])
                if not idle_t or idle_t[-1] != INF:  # past the limit once is past it
                    drawn, idle = time_to_idle(browser, p_stock, False, limit)
                    drawn_t.append(drawn)
                    idle_t.append(idle)
            ours_s, drawn_s, idle_s = median(ours_t), median(drawn_t), median(idle_t)
            out[f"idle_{n}"] = {"ours_s": ours_s, "pyvis_drawn_s": drawn_s, "pyvis_idle_s": idle_s,
                                "ratio_drawn": drawn_s / ours_s, "ratio_idle": idle_s / ours_s}  # fmt: skip
            idle_rows.append([n, ours_s, _secs(drawn_s, limit), _secs(idle_s, limit),
                              _ratio(drawn_s, ours_s, limit), _ratio(idle_s, ours_s, limit)])  # fmt: skip
    print()
    print(table("Views: seconds until drawn and idle in headless Chromium (medians; pyvis = stock page, default physics)",
                ["nodes", "ours: drawn, idle", "pyvis drawn", "pyvis idle", "drawn: pyvis/ours", "idle: pyvis/ours"],
                idle_rows))  # fmt: skip
    emit("views", out)
    return out


def _secs(s: float, limit: float) -> str | float:
    return s if s != INF else f">{limit:.0f}"


def _ratio(s: float, ours: float, limit: float) -> str | float:
    return s / ours if s != INF else f">{limit / ours:.0f}"
