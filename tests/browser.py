"""Headless Chromium for the view tests: Debian's system browser driven by Playwright.

No browser is downloaded (never `playwright install`): Playwright launches
/usr/bin/chromium, with everything that could reach the network switched off,
so any request a page makes is the page's own doing and shows up in
``PageReport.requests``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("NATO_GRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY_TIMEOUT_MS = 30_000  # a view on the curated data is ready in well under a second


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"needs Debian's chromium at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "needs Playwright for Python (pip install playwright; no `playwright install`)"
    return None


@contextmanager
def launch() -> Iterator[Any]:
    """A headless system Chromium, closed (with its processes) on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class PageReport:
    """What a page did while it was open."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def foreign_requests(self) -> list[str]:
        """Every request except the page's own file."""
        return [r for r in self.requests if r != self.url]


@contextmanager
def open_view(
    browser: Any,
    path: Path,
    *,
    bypass_csp: bool = False,
    width: int = 1400,
    height: int = 900,
    color_scheme: str = "light",
    cpu_slowdown: int = 1,
) -> Iterator[tuple[Any, PageReport]]:
    """Open a view file, wait until it is laid out and drawn, and record what it does.

    ``bypass_csp`` ignores the page's Content-Security-Policy, to show that escaping alone
    keeps hostile data inert. ``cpu_slowdown`` runs the page's scripts that many times slower
    (Chromium's own throttling), as on a loaded machine.
    """
    url = path.resolve().as_uri()
    report = PageReport(url)
    context = browser.new_context(
        viewport={"width": width, "height": height},
        bypass_csp=bypass_csp,
        color_scheme=color_scheme,
        accept_downloads=True,
    )
    page = context.new_page()
    if cpu_slowdown > 1:
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
    page.on(
        "console", lambda m: report.console_errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda e: report.page_errors.append(str(e)))
    page.on("request", lambda r: report.requests.append(r.url))

    def on_dialog(dialog: Any) -> None:
        report.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        page.goto(url)
        page.wait_for_function(
            "() => window.natoGraph && window.natoGraph.ready === true", timeout=READY_TIMEOUT_MS
        )
        yield page, report
    finally:
        context.close()


def canvas_ink(page: Any) -> int:
    """How many pixels of the network canvas differ from its white background."""
    return int(
        page.evaluate(
            """() => {
                const canvas = document.querySelector('#network canvas');
                const ctx = canvas.getContext('2d');
                const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
                let ink = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    const a = pixels[i + 3];
                    const dark = pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245;
                    if (a > 0 && dark) ink++;
                }
                return ink;
            }"""
        )
    )


def legend(page: Any, kind: str) -> list[str]:
    """The names the legend lists for ``kind`` ("label" or "type"), in order."""
    return list(
        page.eval_on_selector_all(
            f".legend-item[data-kind='{kind}'] .legend-name", "els => els.map(e => e.textContent)"
        )
    )


GEOMETRY = """() => {
    const net = natoGraph.network, body = net.body;
    const dom = (p) => net.canvasToDOM(p);
    return {
        edges: natoGraph.lines().map(e => ({id: e.id, from: e.from, to: e.to,
                                             a: dom(e.a), b: dom(e.b)})),
        nodes: body.nodeIndices.map(id => {
            const s = body.nodes[id].shape;
            return {id, a: dom({x: s.left, y: s.top}), b: dom({x: s.left + s.width, y: s.top + s.height})};
        }),
    };
}"""


def geometry(page: Any) -> dict[str, Any]:
    """Where every drawn edge (its end points) and node (its shape's box) lies, in page pixels."""
    return dict(page.evaluate(GEOMETRY))


def settle(page: Any) -> None:
    """Wait until no animated move of the view (fit, reset, go to a node) is under way.

    vis-network steps an animation once per drawn frame, so a 250 ms fit can take a second on a
    busy machine: a fixed wait after one is a race, and a point read during one is stale.
    """
    page.wait_for_function("() => !natoGraph.moving()", timeout=READY_TIMEOUT_MS)


def node_point(page: Any, node: Any) -> dict[str, float]:
    """Where node ``node`` is drawn on the canvas, in canvas-box pixels, once the view is still."""
    settle(page)
    return dict(
        page.evaluate(
            "id => natoGraph.network.canvasToDOM(natoGraph.network.getPosition(id))", node
        )
    )


def hover(page: Any, x: float, y: float) -> Any:
    """Move the pointer to a point of the network canvas; what the page says is under it.

    A tooltip left open over that point (it stays while the pointer may be travelling onto it)
    is closed first, as a user moving away from it would.
    """
    box = _uncovered(page, x, y)
    page.mouse.move(box["x"] + x, box["y"] + y)
    # the page hit-tests on the next animation frame: wait for two (a fixed 60 ms read the last
    # point's edge on a busy machine, where a frame came later)
    page.evaluate(_TWO_FRAMES)
    return page.evaluate("() => natoGraph.hovered()")


_TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def click(page: Any, x: float, y: float) -> None:
    """Click a point of the network canvas, closing a tooltip that covers it first (as
    :func:`hover` does): a user sees the tooltip there, not what lies under it."""
    box = _uncovered(page, x, y)
    page.mouse.click(box["x"] + x, box["y"] + y)


def dblclick(page: Any, x: float, y: float) -> None:
    """Double-click a point of the network canvas, as :func:`click` clicks one."""
    box = _uncovered(page, x, y)
    page.mouse.dblclick(box["x"] + x, box["y"] + y)


def _uncovered(page: Any, x: float, y: float) -> Any:
    """The canvas's box, once no open tooltip covers its point (x, y)."""
    box = page.locator("#network").bounding_box()
    tip = page.locator("#tip").bounding_box() if page.is_visible("#tip") else None
    # within 2 px of its box: the browser rounds the tooltip's edges to whole pixels (a point
    # 0.4 px above its top was found over it, and the hover never reached the canvas)
    if (
        tip
        and tip["x"] - 2 <= box["x"] + x <= tip["x"] + tip["width"] + 2
        and (tip["y"] - 2 <= box["y"] + y <= tip["y"] + tip["height"] + 2)
    ):
        page.evaluate("() => natoGraph.hideTip()")
    return box


LEGIBILITY = """() => {
    const net = natoGraph.network, body = net.body, scale = net.getScale();
    const canvas = document.querySelector('#network canvas').getBoundingClientRect();
    const dom = (x, y) => net.canvasToDOM({x, y});
    const boxes = body.nodeIndices.map(id => {
        const n = body.nodes[id], s = n.shape, l = n.labelModule;
        const shape = [dom(s.left, s.top), dom(s.left + s.width, s.top + s.height)];
        const shown = l.visible();
        const label = shown ? [dom(l.size.left, l.size.top),
                               dom(l.size.left + l.size.width, l.size.top + l.size.height)] : null;
        return {id, shape, label, px: l.fontOptions.size * scale};
    });
    const meet = (a, b) => a[0].x < b[1].x && b[0].x < a[1].x && a[0].y < b[1].y && b[0].y < a[1].y;
    const parts = b => b.label ? [b.shape, b.label] : [b.shape];
    let shapes = 0, anything = 0;
    for (const a of boxes) {
        if (boxes.some(b => b !== a && meet(a.shape, b.shape))) shapes++;
        if (boxes.some(b => b !== a && parts(a).some(p => parts(b).some(q => meet(p, q))))) anything++;
    }
    const xs = boxes.flatMap(b => [b.shape[0].x, b.shape[1].x]);
    const ys = boxes.flatMap(b => [b.shape[0].y, b.shape[1].y]);
    const labelled = boxes.filter(b => b.label);
    return {
        nodes: boxes.length,
        labelled: labelled.length,
        smallest_px: labelled.length ? Math.min(...labelled.map(b => b.px)) : 0,
        shapes_overlapping: shapes,
        overlapping: anything,
        width_used: (Math.min(Math.max(...xs), canvas.width) - Math.max(Math.min(...xs), 0)) / canvas.width,
        height_used: (Math.min(Math.max(...ys), canvas.height) - Math.max(Math.min(...ys), 0)) / canvas.height,
    };
}"""


def legibility(page: Any) -> dict[str, Any]:
    """How readable the view is as it stands: how many nodes have their caption drawn, the
    smallest caption drawn (pixels on screen), how many nodes' shapes overlap another's shape,
    how many nodes' shape or caption overlaps another's, and how much of the canvas's width and
    height the nodes span."""
    return dict(page.evaluate(LEGIBILITY))
