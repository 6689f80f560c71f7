"""What a Neo4j Browser user needs: a GraSS style sheet, a guide and the query files.

``nato-graph browser-kit OUT`` writes:

- ``nato-graph.grass``: colours and captions per label, from graph/schema.py
  (drag it onto Neo4j Browser, or run ``:style``, a line break, then the file's text:
  Neo4j Browser 5.24 fails on ``:style node {`` written on one line);
- ``nato-graph-guide.adoc``: the guide's AsciiDoc source, one section per
  question with runnable ``:param`` and query blocks;
- ``nato-graph-guide.html``: the same guide as Browser slides, for ``:play URL`` once
  served with CORS (``nato-graph browser-kit OUT --serve``, see ``serve``) from a host the
  server allows (``browser.remote_content_hostname_whitelist`` in Neo4j 5.26; its default
  is ``guides.neo4j.com,localhost``);
- ``queries/*.cypher``: every canned question as its file holds it, pasteable as-is after its
  ``:param`` lines (the guide's, or ``nato-graph query show NAME``): alone, a question with
  parameters fails ("Expected parameter(s): ...").
"""

from __future__ import annotations

import functools
import html
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from nato_graph import schema
from nato_graph.outfiles import directory, write_text
from nato_graph.queries import QUERY_DIR
from nato_graph.queries.catalogue import Query, catalogue
from nato_graph.text import contrast


def grass() -> str:
    """A Neo4j Browser style sheet for the model."""
    parts = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        '  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: "<type>";\n}',
    ]
    for nt in schema.NODE_TYPES:
        size = {"Organization": 80, "Framework": 65, "Country": 55}.get(nt.label, 45)
        parts.append(
            f"node.{nt.label} {{\n  color: {nt.color};\n  border-color: {nt.color};\n  diameter: {size}px;\n"
            f'  text-color-internal: {contrast(nt.color, "#000000", "#FFFFFF")};\n  caption: "{{{nt.caption}}}";\n}}'
        )
    for rt in schema.REL_TYPES:
        parts.append(f"relationship.{rt.type} {{\n  color: {rt.color};\n  shaft-width: 2px;\n}}")
    return "\n\n".join(parts) + "\n"


def _cypher_body(q: Query) -> str:
    """The query text without its comment header (the guide shows the title and description instead)."""
    lines = q.text.splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines).strip()


def guide_adoc() -> str:
    out = [
        "= nato-graph: NATO partnerships as a graph",
        "",
        "== Welcome",
        "",
        "Each section is one canned question. Run its `:param` block first, then the query; "
        "change the parameters to ask about another country, framework or threat.",
        "",
    ]
    for q in catalogue().values():
        out += [f"== {q.title}", "", q.description, ""]
        if q.params:
            params = "\n".join(f":param {p.name} => {_json(p.default)};" for p in q.params)
            out += ["[source,cypher]", "----", params, "----", ""]
            out += (
                ["Parameters:", ""]
                + [f"* `{p.name}` ({p.type}): {p.description}" for p in q.params]
                + [""]
            )
        out += ["[source,cypher]", "----", _cypher_body(q), "----", ""]
    return "\n".join(out)


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def guide_html() -> str:
    """The guide as Neo4j Browser slides (a partial HTML document)."""
    slides = [
        '<slide class="row-fluid"><div class="col-sm-12"><h3>nato-graph</h3><p class="lead">'
        "NATO's partnerships with non-member countries as a graph. Each slide is one question: click a "
        "block to put it into the editor, run the <code>:param</code> block first.</p></div></slide>"
    ]
    for q in catalogue().values():
        blocks = []
        if q.params:
            params = "\n".join(f":param {p.name} => {_json(p.default)};" for p in q.params)
            blocks.append(f'<pre class="pre-scrollable code runnable">{html.escape(params)}</pre>')
        blocks.append(
            f'<pre class="pre-scrollable code runnable">{html.escape(_cypher_body(q))}</pre>'
        )
        slides.append(
            '<slide class="row-fluid"><div class="col-sm-3">'
            f'<h3>{html.escape(q.title)}</h3><p class="lead">{html.escape(q.description)}</p></div>'
            f'<div class="col-sm-9">{"".join(blocks)}</div></slide>'
        )
    return (
        '<article class="guide"><carousel class="deck container-fluid">\n'
        + "\n".join(slides)
        + ("\n</carousel></article>\n")
    )


def write_kit(out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write the kit into ``out_dir`` (made, with any directory missing on the way), each file
    whole or not at all; an OutputError on failure, or when ``out_dir`` is empty or a file."""
    out_dir = directory(out_dir)
    files = [
        (out_dir / "nato-graph.grass", grass()),
        (out_dir / "nato-graph-guide.adoc", guide_adoc()),
        (out_dir / "nato-graph-guide.html", guide_html()),
    ]
    files += [
        (out_dir / "queries" / path.name, path.read_text(encoding="utf-8"))
        for path in sorted(QUERY_DIR.glob("*.cypher"))
    ]
    return [write_text(path, text) for path, text in files]


class _GuideHandler(SimpleHTTPRequestHandler):
    """Static files with the CORS headers Neo4j Browser's ``:play URL`` asks for."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_OPTIONS(self) -> None:  # the Browser's preflight request
        self.send_response(204)
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "*")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(directory: Path, port: int = 0, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """Serve DIRECTORY (a kit) on HOST:PORT in a background thread, for ``:play URL``.

    Loopback only by default; port 0 picks a free one (``server.server_address[1]``).
    Call ``shutdown()`` and ``server_close()`` to stop it.
    """
    handler = functools.partial(_GuideHandler, directory=str(directory))
    server = ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, name="nato-graph-guide", daemon=True).start()
    return server
