"""View benchmarks: HTML generation time and size; time to drawn-and-idle in headless Chromium,
our precomputed layout against pyvis's stock page with its default physics (same graph)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, interleave, median, table
from graph import schema
from graph.records import Node, Relationship
from loaders.synthetic import generate

IDLE_LIMIT_S = 60.0  # pyvis pages that have not settled by then are reported as "> limit"


def synthetic_graph(n_nodes: int, seed: int = 3) -> list[Any]:
    """About ``n_nodes`` nodes with their relationships, as records (what a query result holds)."""
    ds = generate(n_nodes * 6, seed=seed)
    nodes: dict[tuple[str, Any], Node] = {}
    for w in ds.writes:
        if w.is_node and w.what not in ("Source",):
            for row in w.rows:
                nodes[(w.what, row["key"])] = Node(f"{w.what}:{row['key']}", (w.what,), row["props"])
    keep = dict(list(nodes.items())[:n_nodes])
    by_key = {k[1]: v for k, v in keep.items()}
    rels = []
    for w in ds.writes:
        if not w.is_node:
            for i, row in enumerate(w.rows):
                a, b = by_key.get(row["start"]), by_key.get(row["end"])
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


def time_to_idle(browser: Any, path: Path, ours: bool, limit: float = IDLE_LIMIT_S) -> float:
    """Seconds from navigation until the network has drawn and its physics has stopped."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        started = time.perf_counter()
        page.goto(path.as_uri())
        probe = (
            "() => window.natoGraph && window.natoGraph.ready === true"
            if ours
            else "() => typeof network !== 'undefined' && network.physics && "
            "(network.physics.stabilized || !network.physics.physicsEnabled)"
        )
        try:
            page.wait_for_function(probe, timeout=limit * 1000, polling=50)
        except Exception:
            return float("inf")
        return time.perf_counter() - started
    finally:
        page.close()


def main(quick: bool) -> dict[str, Any]:
    from graph.views import render_html

    sizes = [500, 2000] if quick else [500, 2000, 5000]
    gen_rows, out = [], {}
    pages: dict[int, tuple[str, str]] = {}
    for n in sizes:
        values = synthetic_graph(n)
        title = f"{n} nodes"
        times = interleave(
            {"ours": lambda v=values, t=title: render_html(v, t), "pyvis": lambda v=values: pyvis_page(v)}, 3
        )
        ours, stock = render_html(values, f"{n} nodes"), pyvis_page(values)
        pages[n] = (ours, stock)
        out[f"generate_{n}"] = {"ours_s": median(times["ours"]), "pyvis_s": median(times["pyvis"]),
                                "ours_bytes": len(ours.encode()), "pyvis_bytes": len(stock.encode())}  # fmt: skip
        gen_rows.append([n, median(times["ours"]), len(ours.encode()) / 1e6, median(times["pyvis"]),
                         len(stock.encode()) / 1e6])  # fmt: skip
    print(table("Views: HTML generation (medians)", ["nodes", "ours s", "ours MB", "pyvis s", "pyvis MB"], gen_rows))

    from tests.browser import launch, missing

    if missing():
        print(f"browser timings skipped: {missing()}")
        emit("views", out)
        return out
    idle_rows = []
    limit = 15.0 if quick else IDLE_LIMIT_S
    with tempfile.TemporaryDirectory() as tmp, launch() as browser:
        for n, (ours, stock) in pages.items():
            if quick and n != 2000:
                continue
            p_ours, p_stock = Path(tmp, f"ours-{n}.html"), Path(tmp, f"pyvis-{n}.html")
            p_ours.write_text(ours)
            p_stock.write_text(stock)
            rounds = 1 if quick else 2
            t: dict[str, list[float]] = {"ours": [], "pyvis": []}
            for _ in range(rounds):  # A B A B: our page, then pyvis's
                t["ours"].append(time_to_idle(browser, p_ours, True, limit))
                t["pyvis"].append(time_to_idle(browser, p_stock, False, limit))
            ours_s, stock_s = median(t["ours"]), median(t["pyvis"])
            out[f"idle_{n}"] = {"ours_s": ours_s, "pyvis_s": stock_s, "ratio": stock_s / ours_s}
            idle_rows.append([n, ours_s, stock_s if stock_s != float("inf") else f">{limit:.0f}",
                              stock_s / ours_s if stock_s != float("inf") else f">{limit / ours_s:.0f}"])  # fmt: skip
    print()
    print(table("Views: drawn and idle in headless Chromium (medians; pyvis = stock page, default physics)",
                ["nodes", "ours s", "pyvis s", "pyvis/ours"], idle_rows))  # fmt: skip
    emit("views", out)
    return out
