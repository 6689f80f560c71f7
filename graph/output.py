"""Formatting results for the terminal: table, JSON and CSV."""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from nato_graph.text import csv_text, one_line, to_json
from nato_graph.values import Node, Path, Relationship, jsonable

if TYPE_CHECKING:
    from nato_graph.records import Result

FORMATS = ("table", "json", "csv")


def caption(node: Node) -> str:
    """``(Label: caption)``, the caption as ``schema.caption`` gives it, else the node's id."""
    from nato_graph import schema

    value = schema.caption(node.label, node.properties)
    value = node.id if value is None else value
    return f"({node.label}: {value})" if node.label else f"({value})"


def is_source(value: Any) -> bool:
    """Whether ``value`` is a source object as ``citations.cite`` makes them."""
    return isinstance(value, dict) and "key" in value and "title" in value and "url" in value


def is_cited(value: Any) -> bool:
    """Whether ``value`` is an event with its own sources (a status history's), cited."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("sources"), list)
        and bool(value["sources"])
        and all(is_source(s) for s in value["sources"])
    )


def link_label(rel: Relationship, target: Node | None = None) -> str:
    """A relationship as a path prints it: its type, and what it was if it does not hold as an
    active one (":PARTNER_IN invited 2004-06", ":COOPERATES_ON until 2014-04-01", a part in an
    operation that ended: ":CONTRIBUTED_TO operation ended 2014-12-28", ``target`` being the
    node it points to), so that a path read alone does not state an invitation or a lapsed link
    as a partnership now."""
    props = rel.properties
    status = props.get("status")
    said = []
    if status and status != "active":
        said.append(" ".join(str(p) for p in (status, props.get("status_changed")) if p))
    if props.get("until"):
        said.append(f"until {props['until']}")
    elif rel.type == "CONTRIBUTED_TO" and target is not None and target.properties.get("end"):
        said.append(f"operation ended {target.properties['end']}")
    return f":{rel.type}" + "".join(f" {s}" for s in said)


def cell(value: Any) -> str:
    """One value as table text; a source (``citations.cite``) as its title and address."""
    if value is None:
        return ""
    if isinstance(value, Node):
        text = caption(value)
    elif isinstance(value, Relationship):
        text = f"[{link_label(value)}]"
    elif isinstance(value, Path):
        parts = [caption(value.nodes[0])] if value.nodes else []
        steps = zip(value.relationships, value.nodes, value.nodes[1:], strict=False)
        for rel, before, node in steps:
            # a path may walk a relationship against its direction; show which way it points
            forward = rel.start == before.id
            label = link_label(rel, node if forward else before)
            arrow = f"-[{label}]->" if forward else f"<-[{label}]-"
            parts.append(arrow + caption(node))
        text = "".join(parts)
    elif isinstance(value, list | tuple):
        text = ", ".join(cell(v) for v in value)
    elif isinstance(value, dict) and is_source(value):
        text = f"{value['title']} ({value['url']})" if value.get("url") else str(value["title"])
    elif is_cited(value):  # an event of a status history: its date and what happened, sources
        sources = "; ".join(cell(s) for s in value["sources"])
        text = f"{event_words(value)} ({sources}){event_note(value)}"
    elif isinstance(value, dict):
        text = to_json(jsonable(value))
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = f"{value:.4g}"
    else:
        text = str(jsonable(value))
    return one_line(text)


UNVERIFIED = "? unverified"
UNVERIFIED_NOTE = (
    "? unverified: believed true but no stored source confirms it; do not quote as fact"
)
# A confirmed partnership with a dated event of its history held only as unverified (Kuwait's
# disputed date of joining the ICI): the row says so, the history marks the event.
PARTLY_UNVERIFIED = "? partly unverified"
PARTLY_UNVERIFIED_NOTE = (
    "? partly unverified: the fact is confirmed, a date or change in its history is not "
    "(the history, where shown, marks it ? unverified); do not quote that part as fact"
)

# What an event of a status history says beside its date and what happened: each in its own words.
_EVENT_PARTS = ("basis", "by", "sources", "confidence", "note")


def event_note(event: dict[str, Any]) -> str:
    """The data's own note on an event of a status history, to follow its sources:
    " (note: ...)", or "" where it has none."""
    return f" (note: {cell(event['note'])})" if event.get("note") else ""


def event_words(event: dict[str, Any]) -> str:
    """An event of a status history without its sources: "2014 joined", "1990 joined (dated from
    the first NATO-Japan security exchange)" where the date of joining is not a formal accession,
    "2014-04-01 suspended by NATO" where the data says whose decision it was, marked
    ``? unverified`` when the data holds it so (a confirmed event says nothing more). Its note
    (``event_note``) follows its sources."""
    words = [cell(v) for k, v in event.items() if k not in _EVENT_PARTS]
    if event.get("basis"):
        words.append(f"(dated from {cell(event['basis'])})")
    if event.get("by"):
        words.append(f"by {event['by']}")
    if event.get("confidence") == "unverified":
        words.append(UNVERIFIED)
    return " ".join(words)


def table(
    columns: Sequence[str],
    rows: Sequence[dict[str, Any]],
    max_width: int | None = 60,
    caveat: str | None = None,
    fit: int | None = None,
) -> str:
    """Rows as aligned text. Unverified facts are marked (``? unverified``), sources become
    numbered references listed below the table, each with its kind in words (``_reference``),
    and a cell longer than ``max_width`` (None: no limit) wraps onto more lines, its column kept
    aligned: nothing is cut. With ``fit`` (a terminal's width), the widest columns are narrowed
    first until a line fits in it, none below its heading or ``_NARROWEST``. The question's
    ``caveat`` (what a reader must know to read its rows right) follows the legends."""
    if not columns:
        return "(no columns)"
    refs: dict[str, int] = {}
    listed: list[dict[str, Any]] = []

    def numbers(sources: list[dict[str, Any]]) -> str:
        out = []
        for source in sources:
            if source["key"] not in refs:
                refs[source["key"]] = len(refs) + 1
                listed.append(source)
            out.append(f"[{refs[source['key']]}]")
        return " ".join(out)

    def text(column: str, value: Any) -> str:
        if isinstance(value, list) and value and all(is_source(v) for v in value):
            return numbers(value)
        if isinstance(value, list) and value and all(is_cited(v) for v in value):
            # a status history: "1996-10-27 suspended [3] [4]", each change with its own sources,
            # then the data's note on it where it has one: "... [3] [4] (note: ...)"
            return ", ".join(
                f"{event_words(event)} {numbers(event['sources'])}{event_note(event)}"
                for event in value
            )
        return marked(column, value)

    heads = [cell(c) for c in columns]  # column names come from query text: no control sequences
    texts = [[text(c, row.get(c)) for c in columns] for row in rows]
    widths = [max([len(h)] + [len(t[i]) for t in texts]) for i, h in enumerate(heads)]
    if max_width is not None:
        widths = [max(min(w, max_width), len(h), 1) for w, h in zip(widths, heads, strict=True)]
    # too many columns to fit side by side: each row a record, or, with no row to show, the
    # headings as they are (the columns an empty answer has)
    lines = _columns(heads, texts, widths, fit) or (
        _records(heads, texts, fit or 0) if texts else _columns(heads, texts, widths, None)
    )
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    lines += legends(texts)
    if caveat and rows:
        lines.append(f"note: {cell(caveat)}")
    for source in listed:
        lines.append(_reference(refs[source["key"]], source))
    return "\n".join(lines)


# A table fitted to a terminal (``fit``) keeps every column at least this wide, or as wide as its
# heading or its longest cell where that is less; where it cannot, each row is shown as a record.
_NARROWEST = 20


def _columns(
    heads: list[str], texts: list[list[str]], widths: list[int], fit: int | None
) -> list[str]:
    """The table's heading, rule and rows in aligned columns (a long cell wrapped in its column),
    the widest columns narrowed first to fit in ``fit`` characters; [] when even at
    ``_NARROWEST`` they do not fit."""
    if fit is not None:
        floors = [min(w, max(len(h), _NARROWEST)) for w, h in zip(widths, heads, strict=True)]
        widths = _fitted(widths, floors, fit)
        if _line_width(widths) > fit:
            return []
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in texts:
        wrapped = [_wrap(t, w) for t, w in zip(row, widths, strict=True)]
        for i in range(max(len(parts) for parts in wrapped)):
            line = (parts[i] if i < len(parts) else "" for parts in wrapped)
            lines.append("  ".join(t.ljust(w) for t, w in zip(line, widths, strict=True)).rstrip())
    return lines


def _records(heads: list[str], texts: list[list[str]], fit: int) -> list[str]:
    """Each row as a record, too many columns to fit side by side: a ``-[ row N ]`` line, then a
    line for each column, its name and its value wrapped to the rest of the ``fit`` width.

    >>> print("\\n".join(_records(["partner", "note"], [["Israel", "joined in 1995, not 1994"]], 24)))
    -[ row 1 ]--------------
    partner  Israel
    note     joined in 1995, not
             1994
    """
    key = max(len(h) for h in heads)
    room = max(fit - key - 2, _NARROWEST)
    lines = []
    for number, row in enumerate(texts, 1):
        lines.append(f"-[ row {number} ]".ljust(max(fit, key + 2), "-"))
        for head, text in zip(heads, row, strict=True):
            for i, part in enumerate(_wrap(text, room) if text else [""]):
                lines.append(f"{(head if i == 0 else '').ljust(key)}  {part}".rstrip())
    return lines


def _line_width(widths: list[int]) -> int:
    return sum(widths) + 2 * (len(widths) - 1)


def _fitted(widths: list[int], floors: list[int], fit: int) -> list[int]:
    """``widths`` narrowed, the widest first and none below its floor, until the columns and the
    two spaces between them fit in ``fit`` characters (or every column is at its floor).

    >>> _fitted([10, 60, 40], [8, 12, 12], 80)
    [10, 33, 33]
    >>> _fitted([10, 20], [10, 12], 5)
    [10, 12]
    """
    widths = list(widths)
    excess = _line_width(widths) - fit
    while excess > 0:
        room = [(w, -i) for i, (w, f) in enumerate(zip(widths, floors, strict=True)) if w > f]
        if not room:
            break
        widths[-max(room)[1]] -= 1
        excess -= 1
    return widths


def marked(column: str, value: Any) -> str:
    """A cell as a table shows it (``cell``), a ``confidence`` held only as unverified marked
    ``? unverified`` (``? partly unverified``), which :func:`legends` explains below the table.

    >>> marked("confidence", "unverified"), marked("a_confidence", "partly unverified")
    ('? unverified', '? partly unverified')
    >>> marked("note", "unverified")
    'unverified'
    """
    if column.endswith("confidence") and value == "unverified":
        return UNVERIFIED
    if column.endswith("confidence") and value == "partly unverified":
        return PARTLY_UNVERIFIED
    return cell(value)


def legends(texts: Iterable[Iterable[str]]) -> list[str]:
    """The legend lines for the marks in a table's cells as shown (``marked``; a status history
    marks an unsure event ``? unverified`` too): the same words under a terminal's table, a
    notebook's and in ``Result.to_df().attrs``."""
    cells = [c for row in texts for c in row]
    said = []
    if any(UNVERIFIED in c for c in cells):
        said.append(UNVERIFIED_NOTE)
    if any(c == PARTLY_UNVERIFIED for c in cells):
        said.append(PARTLY_UNVERIFIED_NOTE)
    return said


def _wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken between words where it can
    be and inside a long word (an address) where it cannot; no word is lost.

    >>> _wrap("Proliferation of weapons of mass destruction", 16)
    ['Proliferation of', 'weapons of mass', 'destruction']
    >>> _wrap("https://www.nato.int/cps/en/natohq/topics_52927.htm", 20)
    ['https://www.nato.int', '/cps/en/natohq/topic', 's_52927.htm']
    """
    if len(text) <= width:
        return [text]
    return textwrap.wrap(
        text, width, break_on_hyphens=False, drop_whitespace=True, replace_whitespace=False
    ) or [text[:width]]


# What each kind of source is (``Source.kind``, loaders/data/README.md), as a table's list of
# sources says it before the address: a NATO page, a government's, a news report, an analysis,
# a reference work and a copy of another site's page (a Wikipedia mirror, NATO text relayed by a
# blog) otherwise read alike there, and a fact resting on copies alone looked like one on the
# record. JSON keeps the ``kind`` itself.
KIND_WORDS = {
    "official": "official document",
    "government": "government document",
    "news": "news report",
    "analysis": "analysis",
    "reference": "reference work",
    "mirror": "copy of another site's page",
}


def _reference(number: int, source: dict[str, Any]) -> str:
    """``[1] Title. Publisher, date. Official document: URL``: one line per source, its kind
    in words before its address (``KIND_WORDS``; a kind of another name as it is, nothing where
    it has none), control characters escaped."""
    parts = [source.get("title") or source["key"]]
    by = ", ".join(str(v) for v in (source.get("publisher"), source.get("date")) if v)
    if by:
        parts.append(by)
    kind = source.get("kind")
    words = KIND_WORDS.get(kind, kind) if isinstance(kind, str) and kind else None
    if words:
        words = words[0].upper() + words[1:]
    where = source.get("url")
    if words or where:
        parts.append(f"{words}: {where}" if words and where else str(words or where))
    # each part ends in a full stop unless it ends in its own ("... Initiative?" keeps its "?")
    text = " ".join(
        p if p.endswith(("?", "!")) else f"{p}." for p in (str(p).rstrip(".") for p in parts)
    )
    return cell(f"[{number}] " + text.removesuffix("."))


def json_answer(result: Result) -> str:
    """The result as strict JSON (``text.to_json``: control characters escaped, NaN as null)."""
    return to_json(result.to_json())


def to_csv(result: Result) -> str:
    """The result as CSV: text cells neutralised against formulas (``text.csv_text``),
    numbers left as numbers, lists and maps as JSON text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([csv_text(c) for c in result.columns])
    for row in result.rows:
        writer.writerow([_csv_cell(row[c]) for c in result.columns])
    return buf.getvalue().rstrip("\n")


def _csv_cell(value: Any) -> Any:
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return to_json(value)  # starts with [ or {: never a formula
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value if value == value else ""  # NaN as no value, as in JSON
    return csv_text(str(value))


def result_legends(result: Result) -> list[str]:
    """The legend lines :func:`table` prints under ``result``'s rows (``legends``)."""
    return legends([marked(c, row.get(c)) for c in result.columns] for row in result.rows)


def html_table(result: Result, max_rows: int = 200) -> str:
    """The result as an HTML table (for Jupyter): the table cells, every one escaped, marked as
    a terminal's table marks them (``? unverified``), then what the terminal prints with it: the
    legend of those marks, the answer's ``notes`` (an answer cut at its limit, a list in part)
    and the question's caveat, each escaped."""
    import html

    head = "".join(f"<th>{html.escape(cell(c))}</th>" for c in result.columns)
    texts = [[marked(c, row.get(c)) for c in result.columns] for row in result.rows]
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in row) + "</tr>"
        for row in texts[:max_rows]
    )
    more = len(result.rows) - max_rows
    note = f"<p>... and {more} more rows</p>" if more > 0 else ""
    rows = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    if not result.rows and result.empty_reason:
        rows += f": {html.escape(result.empty_reason)}"
    below = [*legends(texts), *(f"note: {cell(n)}" for n in result.notes)]
    if result.rows and result.caveat:
        below.append(f"note: {cell(result.caveat)}")
    return (
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}<p>({rows})</p>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in below)
    )


def render(result: Result, fmt: str, max_width: int | None = 60, fit: int | None = None) -> str:
    """``result`` in ``fmt``; a table's cells wrap at ``max_width`` and its lines fit in ``fit``
    characters where it can (see :func:`table`)."""
    if fmt == "json":
        return json_answer(result)
    if fmt == "csv":
        return to_csv(result)
    return table(result.columns, result.rows, max_width, result.caveat, fit)
