"""Take README's screenshots of the views again: `.venv/bin/python docs/screenshots.py`.

Each view is drawn on the bundled data in a fresh home of its own, opened in the tests'
headless Chromium (tests/browser.py) at 1400x900, brought to the state README describes, and
written over docs/view-*.png. Needs what `make test` installs (Playwright and Debian's chromium).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import browser  # noqa: E402

# (file, how to draw it, what to do on the page before the shot)
SHOTS = [
    ("view-overview.png", lambda v: v.overview(), None),
    ("view-framework.png", lambda v: v.framework("MD"), None),
    (
        "view-country.png",
        lambda v: v.country("Ukraine"),
        "natoGraph.focus(natoGraph.find('Ukraine'))",
    ),
    ("view-path.png", lambda v: v.path("Japan", "Israel"), "natoGraph.selectRoute(0)"),
]


def main() -> None:
    import nato_graph

    why = browser.missing()
    if why:
        sys.exit(f"cannot take the screenshots: {why}")
    with (
        tempfile.TemporaryDirectory() as tmp,
        browser.launch() as chromium,
        nato_graph.connect(home=Path(tmp) / "home", env={}) as db,
    ):
        db.load()
        for name, draw, action in SHOTS:
            page_file = Path(tmp) / name.replace(".png", ".html")
            draw(db.view).save(page_file)
            with browser.open_view(chromium, page_file) as (page, report):
                if action:
                    page.evaluate(action)
                page.wait_for_timeout(600)
                page.screenshot(path=str(ROOT / "docs" / name))
                assert not report.page_errors, report.page_errors
            print(f"docs/{name}")


if __name__ == "__main__":
    main()
