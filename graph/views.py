"""Interactive network views: one self-contained, safe HTML file per view.

pyvis holds the network model (nodes and edges with their vis-network
options); the page comes from our own template, ``graph/templates/view.html``,
because pyvis's pulls Bootstrap from a CDN, writes the heading in unescaped and
sets tooltips with ``innerHTML``. Here every data value travels as JSON inside
a ``<script type="application/json">`` block, escaped so that no string can
close it, and the page script builds tooltips, legend and search list with
``textContent``. vis-network (``graph/vendor/``) is inlined and a
Content-Security-Policy allows no request at all, so a view opens offline and
can be mailed.

Small graphs lay themselves out with vis-network's physics, frozen once
stable; from ``PHYSICS_LIMIT`` nodes the layout is computed in ``nato_graph.layout`` (settling
physics in a browser takes minutes at that size) and above ``NODE_CAP`` a view
is refused with advice on how to narrow it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import math
import os
import re
import shlex
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nato_graph.errors import NatoGraphError
from nato_graph.layout import LAYOUT_SEED, Box, layout, legible
from nato_graph.output import PARTLY_UNVERIFIED_NOTE
from nato_graph.records import Node, Relationship, Result, entities
from nato_graph.records import Path as GraphPath
from nato_graph.schema import (
    NAMES_PROPERTY,
    NODE_LABELS,
    NODE_TYPES,
    REL_TYPE_NAMES,
    REL_TYPES,
    history_event,
    node_type,
    rel_type,
)
from nato_graph.schema import (
    caption as schema_caption,
)
from nato_graph.text import clip, clip_middle, contrast
from nato_graph.values import jsonable, leaves

if TYPE_CHECKING:
    from nato_graph.stores import Store

PHYSICS_LIMIT = 500  # from this many nodes, positions are computed in Python and physics is off
NODE_CAP = 10_000  # above this many nodes a view is refused: a browser cannot show it usefully
RING_LIMIT = 3000  # relationships carried hidden beyond a view, for expanding on double-click
EDGE_CAPTION_LIMIT = PHYSICS_LIMIT  # below this many nodes edges carry captions (shown zoomed in)

# What the overview draws: the world model, without sources, known errors and articles.
OVERVIEW_LABELS = (
    "Country",
    "Organization",
    "Framework",
    "Threat",
    "Operation",
    "Region",
    "Institution",
)
_HERE = Path(__file__).resolve().parent
_MISSING = "(not in result)"  # the label of an endpoint the result did not include
_OTHER_COLOR, _OTHER_SHAPE = "#9D9D9D", "dot"
_INSIDE_SHAPES = {"box", "ellipse", "circle", "database", "text"}  # vis draws their label inside
_CLAIMS = {"Claim", "KnownError"}  # captioned by a claim in words


class ViewError(NatoGraphError):
    """A view cannot be drawn: nothing to draw, a bad argument, or an unknown kind."""


class ViewTooLargeError(ViewError):
    """The view holds more nodes than a browser can usefully show."""


@dataclass
class Graph:
    """The nodes and relationships a view draws, by id."""

    nodes: dict[int | str, Node]
    relationships: dict[int | str, Relationship]


def in_stable_order(graph: Graph) -> Graph:
    """``graph`` with its nodes in the order of what they are (label, key or code, name) and its
    relationships in the order of their ends, type and properties: an order that does not
    depend on the ids the store gave them."""

    ring = _region_ranks()

    def node_order(node: Node) -> tuple[Any, ...]:
        p = node.properties
        key = str(p.get("key") or p.get("iso3") or "")
        # regions as the bundled data lists them, round the world: a grouped view's ring of
        # regions follows this order, and the map's order keeps neighbours side by side
        where = ring.get(key, len(ring)) if node.label == "Region" else 0
        return (node.label, where, key, str(p.get("name") or ""),
                json.dumps(jsonable(p), sort_keys=True, default=str))  # fmt: skip

    nodes = sorted(graph.nodes.items(), key=lambda item: node_order(item[1]))
    rank = {nid: k for k, (nid, _) in enumerate(nodes)}
    far = len(rank)  # an end the graph does not hold: after every node it does

    def rel_order(rel: Relationship) -> tuple[Any, ...]:
        props = json.dumps(jsonable(rel.properties), sort_keys=True, default=str)
        return (rank.get(rel.start, far), rank.get(rel.end, far), rel.type, props)

    rels = sorted(graph.relationships.items(), key=lambda item: rel_order(item[1]))
    return Graph(dict(nodes), dict(rels))


@cache
def _region_ranks() -> dict[str, int]:
    """Each bundled region's key and its place in ``regions.yaml``, which lists them round the
    world (the Americas, Europe, Africa, Asia, Oceania)."""
    import yaml

    from nato_graph.loaders import DATA_DIR

    with (DATA_DIR / "regions.yaml").open(encoding="utf-8") as f:
        rows = yaml.safe_load(f) or []
    return {str(row["key"]): k for k, row in enumerate(rows)}


# --------------------------------------------------------------------------- collect


def collect(source: Any) -> Graph:
    """Every node and relationship in a Result or any value holding them.

    A relationship whose endpoint the result does not hold gets a grey
    placeholder node, so that ``RETURN r`` still draws something.
    """
    values = source.rows if isinstance(source, Result) else source
    nodes: dict[int | str, Node] = {}
    rels: dict[int | str, Relationship] = {}
    for item in entities(values):
        if isinstance(item, Node):
            nodes.setdefault(item.id, item)
        else:
            rels.setdefault(item.id, item)
    for rel in rels.values():
        for end in (rel.start, rel.end):
            if end not in nodes:
                nodes[end] = Node(end, (_MISSING,), {})
    return Graph(nodes, rels)


# --------------------------------------------------------------------------- text


def text(value: Any) -> str:
    """A property value as plain text for a tooltip.

    >>> text(["pfp", "eapc"]), text(dt.date(1994, 2, 8)), text(True), text(0.123456)
    ('pfp, eapc', '1994-02-08', 'yes', '0.1235')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(text(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {text(v)}" for k, v in value.items())
    return str(value)


def caption(node: Node) -> str:
    """What a node is called on the canvas (``schema.caption``), else its id."""
    value = schema_caption(node.label, node.properties)
    return f"#{node.id}" if value is None else text(value)


def names(node: Node) -> list[str]:
    """Every name search should find a node by: caption, name, acronym, key, ISO code, aliases."""
    props = node.properties
    found = [caption(node)]
    for key in ("name", "acronym", "key", "iso3", "title"):
        if isinstance(props.get(key), str):
            found.append(props[key])
    aliases = props.get("aliases")
    if isinstance(aliases, list | tuple):
        found.extend(a for a in aliases if isinstance(a, str))
    return list(dict.fromkeys(s for s in found if s))


def _rows(props: Mapping[str, Any], order: Sequence[str]) -> list[list[str]]:
    """Tooltip rows: schema order first, dates rather than their bare years (the status history is
    ``_history``'s)."""
    rows: list[list[str]] = []
    keys = [k for k in order if k in props] + sorted(k for k in props if k not in order)
    for key in keys:
        if key.startswith("history_") or key in ("sources", NAMES_PROPERTY):
            continue  # shown as the history, as the sources, and as the names they are made of
        if key.endswith("_year") and props.get(key[: -len("_year")]) not in (None, ""):
            continue  # the full date is shown
        value = text(props[key])
        if key == "confidence" and _partly_unverified(props):
            value = PARTLY_UNVERIFIED_NOTE  # as the answers say of it: "? partly unverified"
        if value:
            rows.append([key, value])
    return rows


def _partly_unverified(props: Mapping[str, Any]) -> bool:
    """Whether a confirmed fact has a dated event of its history held only as unverified (the
    answers' "partly unverified": Kuwait's disputed date of joining the ICI)."""
    sure = props.get("history_confidence")
    return (
        props.get("confidence") != "unverified"
        and isinstance(sure, list | tuple)
        and "unverified" in sure
    )


_DECIDED_BY = {"nato": "NATO", "partner": "the partner"}


def _history(props: Mapping[str, Any]) -> list[list[Any]]:
    """A status history as ``[date, event, [source keys], note]`` per change (the page shows each
    change's sources by title, with links, as it shows the fact's own, and the data's own note on
    the change, "" where it has none, as the answers print it); an event the data holds
    as unverified while its fact is confirmed (an inferred date) says so after its name, and a
    change the data says was NATO's or the partner's own decision says whose."""
    dates, statuses = props.get("history_dates"), props.get("history_statuses")
    if not isinstance(dates, list | tuple) or not isinstance(statuses, list | tuple):
        return []
    cited = props.get("history_sources")  # each change's source keys, space-separated
    cited = cited if isinstance(cited, list | tuple) else []
    sure = props.get("history_confidence")
    sure = sure if isinstance(sure, list | tuple) else []
    doubted = props.get("confidence") != "unverified"  # else the fact's own row says it
    by = props.get("history_by")
    by = by if isinstance(by, list | tuple) else []
    said = props.get("history_notes")
    said = said if isinstance(said, list | tuple) else []

    def event(s: Any, i: int) -> str:
        name = text(history_event(s, i))
        if i < len(by) and by[i] in _DECIDED_BY:
            name += f" by {_DECIDED_BY[by[i]]}"
        unsure = doubted and i < len(sure) and sure[i] == "unverified"
        return f"{name} (unverified)" if unsure else name

    return [
        [
            text(d),
            event(s, i),
            text(cited[i]).split() if i < len(cited) else [],
            text(said[i]) if i < len(said) else "",
        ]
        for i, (d, s) in enumerate(zip(dates, statuses, strict=False))
    ]


def _source_keys(props: Mapping[str, Any]) -> list[str]:
    value = props.get("sources")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text(v) for v in value if v not in (None, "")]
    return []


def _node_tip(node: Node) -> dict[str, Any]:
    order = node_type(node.label).properties.split() if node.label in NODE_LABELS else []
    rows = _rows(node.properties, order)
    if node.label == _MISSING:
        rows = [["note", "this node's properties were not part of the result"]]
    tip: dict[str, Any] = {"head": f"{node.label or 'Node'}: {caption(node)}", "rows": rows}
    if history := _history(node.properties):
        tip["history"] = history
    if sources := _source_keys(node.properties):
        tip["sources"] = sources
    return tip


def _edge_tip(rel: Relationship) -> dict[str, Any] | None:
    """An edge's properties for its tooltip and details (the page names its ends), or None."""
    order = rel_type(rel.type).properties.split() if rel.type in REL_TYPE_NAMES else []
    tip: dict[str, Any] = {}
    if rows := _rows(rel.properties, order):
        tip["rows"] = rows
    if history := _history(rel.properties):
        tip["history"] = history
    if sources := _source_keys(rel.properties):
        tip["sources"] = sources
    return tip or None


# --------------------------------------------------------------------------- time


def year(value: Any) -> int | None:
    """The year of a date, a ``YYYY-MM-DD`` string or a bare year.

    >>> year("1994-02-08"), year(dt.date(2014, 4, 1)), year(2008), year("unknown")
    (1994, 2014, 2008, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, str) and re.match(r"^\d{4}(-|$)", value):
        return int(value[:4])
    return None


def _first_year(props: Mapping[str, Any], *keys: str) -> int | None:
    for key in keys:
        for k in (f"{key}_year", key):
            if (found := year(props.get(k))) is not None:
                return found
    return None


def life(node: Node) -> list[int | None] | None:
    """The years a framework, operation or organisation existed (``None`` for an open end)."""
    props = node.properties
    start = _first_year(props, "launched", "start", "founded")
    end = _first_year(props, "ended", "end")
    return None if start is None and end is None else [start, end]


def span(rel: Relationship) -> list[list[int | None]] | None:
    """When a relationship held: ``[[year, 1 or 0], ...]``, each entry switching it on or off,
    read by ``held`` as the ``as-of`` question reads a status history.

    A partnership follows its status history (active in year Y when the last status recorded in
    or before Y is ``active``, as the ``as-of`` question counts), from the earliest year the
    sources allow where its date of joining is not its start (Israel's IPCP, dated from its 2019
    approval, from 2011: ``as-of`` lists it as unverified in the years between); a membership
    starts when the country joined, a cooperation when it began, an operation conducted in a
    country when the operation began (and stops when it ended). A year of None is "before any
    recorded date": cooperation known only to have lapsed (Russia's on civil emergencies, until
    April 2014) held before its end. Other undated relationships have None (``timeline`` draws
    an undated cooperation as such in every year).

    >>> span(Relationship("r", "CONDUCTED_IN", "a", "b", {"since": "2004", "until": "2011-12-31"}))
    [[2004, 1], [2011, 0]]
    >>> span(Relationship("r", "COOPERATES_ON", "a", "b", {"until": "2014-04-01"}))
    [[None, 1], [2014, 0]]
    """
    props = rel.properties
    if rel.type == "PARTNER_IN":
        years, statuses = props.get("history_years"), props.get("history_statuses")
        if isinstance(years, list | tuple) and isinstance(statuses, list | tuple) and years:
            events: list[list[int | None]] = [
                [y, int(s == "active")]
                for y, s in zip(map(year, years), statuses, strict=False)
                if y is not None
            ]
            earliest = props.get("history_earliest")
            bound = year(earliest[0]) if isinstance(earliest, list | tuple) and earliest else None
            first = events[0][0] if events else None
            if (
                bound is not None
                and props.get("joined") is not None
                and first is not None
                and bound < first
                and statuses[0] == "active"
            ):
                events.insert(0, [bound, 1])
            return events
        joined = _first_year(props, "joined")
        changed = _first_year(props, "status_changed")
        events = [] if joined is None else [[joined, 1]]
        if changed is not None:
            events.append([changed, int(props.get("status") == "active")])
        return events  # none: a partnership with no dated status never shows on the slider
    start = _first_year(props, "joined", "since")
    until = _first_year(props, "until")  # cooperation that lapsed, a part that ended
    if start is None:
        return None if until is None else [[None, 1], [until, 0]]
    return [[start, 1]] if until is None else [[start, 1], [until, 0]]


def held(when: Sequence[Sequence[int | None]], y: int) -> str | None:
    """How a relationship with the ``span`` ``when`` stood in year ``y``: "on" at the end of the
    year, "stopped" when it held for part of the year only (an entry switched it off in ``y``
    right after one that had it on: Malta's PfP suspension in October 1996, as ``as-of`` lists
    it in ``stopped_during_year``; a contribution that began and ended in 2022), else None.

    >>> held([[1995, 1], [1996, 0], [2008, 1]], 1996), held([[1995, 1], [1996, 0]], 1997)
    ('stopped', None)
    >>> held([[2022, 1], [2022, 0]], 2022), held([[None, 1], [2014, 0]], 2000)
    ('stopped', 'on')
    """
    by = [e for e in when if e[0] is None or e[0] <= y]
    if not by:
        return None
    if by[-1][1] == 1:
        return "on"
    n = len(by)
    if by[-1][0] == y and any(by[i][1] == 1 and by[i + 1][0] == y for i in range(n - 1)):
        return "stopped"
    return None


def _partner_unsure(props: Mapping[str, Any], y: int) -> bool:
    """Whether ``as-of`` lists a partner active at the end of year ``y`` as unverified
    (queries/as-of.cypher, the same rule): the partnership is held only as unverified, its join
    may not have come by then, or the date of the event its status rests on (the last one by
    then), or of the next one (which might have come sooner), is unverified; an unverified join
    stops counting from the year by which the sources show it had happened (``joined_by``), and
    the next event does not count before the year of the earliest date the sources allow it."""
    years = [year(v) for v in props.get("history_years") or ()]
    statuses = list(props.get("history_statuses") or ())
    sure = list(props.get("history_confidence") or ())
    earliest = [year(v) for v in props.get("history_earliest") or ()]
    n = len([v for v in years if v is not None and v <= y])
    early = (
        props.get("joined") is not None
        and bool(years)
        and years[0] is not None
        and years[0] > y
        and bool(earliest)
        and earliest[0] is not None
        and earliest[0] <= y
    )
    if early or props.get("confidence") == "unverified":
        return True
    joined_by = year(props.get("joined_by_year", props.get("joined_by")))
    for k in (n - 1, n):
        if not 0 <= k < len(statuses):
            continue
        if k == 0 and props.get("joined") is not None and joined_by is not None and joined_by <= y:
            continue
        allowed = earliest[k] if k < len(earliest) else None
        if k == n and allowed is not None and allowed > y:
            continue
        if (sure[k] if k < len(sure) and sure[k] is not None else props.get("confidence")) == (
            "unverified"
        ):
            return True
    return False


# How a partnership that stopped during a year stopped, as ``as-of`` words it.
_STOPPED = {"became_member": "became a NATO member"}
# A link of another type that holds in a year, in the present tense.
_PRESENT = {"CONTRIBUTED_TO": "contributes to"}


def _look(
    rel: Relationship, y: int, state: str | None, operation: Node | None, captions: bool
) -> dict[str, Any] | int:
    """How a link is drawn at year ``y`` of the slider: 0 when it does not show, else its
    ``dashes``, its ``label`` (where the view has captions) and ``at``, what the tooltip says of
    it in that year. The style follows the link's status in that year, not today's: a partnership
    active then is solid (dotted where ``as-of`` lists it as unverified then), one that stopped
    during the year dashed and captioned with how and when; a cooperation or a part in an
    operation that ended that year dashed, one going on solid."""
    props = rel.properties
    words = rel.type.lower().replace("_", " ")
    t = rel_type(rel.type) if rel.type in REL_TYPE_NAMES else None
    typed = bool(t and t.dashes)
    unsure = _unverified(rel)
    if rel.type == "PARTNER_IN":
        if state is None:
            return 0
        if state == "on":
            unsure = _partner_unsure(props, y)
            label, at = "partner in", "a partner at the end of the year"
            if unsure:
                at += ", unverified (as-of lists it so for the year)"
            return _styled(label, at, False, unsure, captions)
        years = [year(v) for v in props.get("history_years") or ()]
        n = len([v for v in years if v is not None and v <= y])
        status = text((props.get("history_statuses") or [""])[n - 1]) if n else ""
        date = text((props.get("history_dates") or [""])[n - 1]) if n else ""
        sure = list(props.get("history_confidence") or ())
        unsure = unsure or (n > 0 and n - 1 < len(sure) and sure[n - 1] == "unverified")
        how = _STOPPED.get(status, status)
        return _styled(
            f"partner in until {date} ({how})",
            f"a partner for part of the year: {how} {date}" + (", unverified" if unsure else ""),
            True,
            unsure,
            captions,
        )
    ends = _first_year(props, "until")
    end_date = text(props.get("until"))
    end_word = _UNTIL.get(rel.type, "lapsed")
    if rel.type == "CONTRIBUTED_TO" and operation is not None and ends is None:
        ends = _first_year(operation.properties, "ended", "end")
        end_date = text(operation.properties.get("end") or operation.properties.get("ended"))
        end_word = "operation ended"
    if state is None and span(rel) is None:  # undated: it shows while the operation ran
        began = _first_year(operation.properties, "launched", "start") if operation else None
        if (began is not None and y < began) or (ends is not None and y > ends):
            return 0
        state = "stopped" if ends is not None and ends == y else "on"
    if state is None:
        return 0
    if state == "stopped" or (ends is not None and ends == y):
        return _styled(
            f"{_PAST.get(rel.type, words)} ({end_word} {end_date})",
            f"held for part of the year: {end_word} {end_date}",
            True,
            unsure,
            captions,
        )
    start = _first_year(props, "joined", "since")
    if start is None and span(rel) is not None:  # known only to have ended
        return _styled(
            f"{_PRESENT.get(rel.type, words)} (until {end_date})",
            f"held until {end_date}; when it began is not recorded",
            typed,
            unsure,
            captions,
        )
    if start is None and rel.type == "CONTRIBUTED_TO":
        return _styled(
            "contributed to",
            "the operation was running; when this part began and ended is not recorded",
            typed,
            unsure,
            captions,
        )
    return _styled(_PRESENT.get(rel.type, words), "held in the year", typed, unsure, captions)


def _styled(label: str, at: str, dashed: bool, unsure: bool, captions: bool) -> dict[str, Any]:
    look: dict[str, Any] = {
        "dashes": list(DASH_DOTTED if dashed else DOTTED) if unsure else dashed,
        "at": at,
    }
    if captions:
        look["label"] = f"{label} (unverified)" if unsure else label
    return look


# Links that may carry dates of their own and here have none: a cooperation, or a framework's
# concern with a threat, the data does not date. In a year of the slider such a link is not
# shown as holding then (Jordan's cyber defence in 1996): it is drawn dotted, "(undated)".
_DATED_TYPES = ("COOPERATES_ON", "ADDRESSES")


def _undated(rel: Relationship, captions: bool) -> dict[str, Any]:
    """How a link of ``_DATED_TYPES`` with no date is drawn in any one year."""
    look: dict[str, Any] = {
        "dashes": list(DOTTED),
        "at": "undated: the data does not say when it began, so not that it held in this year",
    }
    if captions:
        look["label"] = f"{rel.type.lower().replace('_', ' ')} (undated)"
    return look


def timeline(
    rel: Relationship, operation: Node | None = None, captions: bool = True
) -> list[list[Any]] | None:
    """How a link is drawn year by year on the slider: ``[[year, look], ...]``, each entry in
    force from its year until the next (a year of None: from the start), a look being 0 where
    the link does not show (``_look``). None for a link the slider leaves as it is (one that
    holds whatever the year, as a country's region). Whether it shows follows ``held`` of its
    ``span``; an undated part in an operation shows while the operation ran (the page hides it
    with the operation's node); an undated cooperation or concern shows "(undated)" in every
    year (``_undated``)."""
    when = span(rel)
    if when is None and rel.type in _DATED_TYPES:
        return [[None, _undated(rel, captions)]]
    life_years = life(operation) if operation is not None else None
    if when is None and not (rel.type == "CONTRIBUTED_TO" and life_years):
        return None
    if when == []:
        return []  # a partnership with no dated status never shows on the slider
    props = rel.properties
    marks: set[int] = set()
    for y, _ in when or ():
        if y is not None:
            marks.update((y, y + 1))
    for y in life_years or ():
        if y is not None:
            marks.update((y, y + 1))
    for v in props.get("history_earliest") or ():
        if (y := year(v)) is not None:
            marks.update((y, y + 1))
    for key in ("joined_by", "until"):
        if (y := _first_year(props, key)) is not None:
            marks.update((y, y + 1))
    if not marks:
        return None
    years = sorted(marks)
    out: list[list[Any]] = []
    for i, y in enumerate([years[0] - 1, *years]):
        look = _look(rel, y, held(when, y) if when is not None else None, operation, captions)
        if i == 0:
            if look != 0:
                out.append([None, look])
        elif (out and out[-1][1] != look) or (not out and look != 0):
            out.append([y, look])
    return out


# --------------------------------------------------------------------------- sizes


def _degrees(graph: Graph) -> dict[int | str, float]:
    import networkx as nx

    g = nx.MultiGraph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((r.start, r.end) for r in graph.relationships.values())
    return {n: float(d) for n, d in g.degree()}


def sizes(graph: Graph, size_by: str | None) -> dict[int | str, float]:
    """Node sizes in pixels from a numeric property (``degree`` is computed when no node has it).

    Areas, not radii, follow the score, so a node twice as central does not look four times as big.
    """
    if size_by is None:
        return {}
    if not size_by.strip():  # names no property: said as other empty values are
        raise ViewError(
            "size_by is empty; give a numeric property's name, such as degree or betweenness"
        )
    values = {
        nid: float(v)
        for nid, n in graph.nodes.items()
        if isinstance(v := n.properties.get(size_by), int | float)
        and not isinstance(v, bool)
        and math.isfinite(v)  # a NaN score (0.0/0.0 written by hand) has no size
    }
    if not values and size_by == "degree":
        values = _degrees(graph)
    if not values:
        raise ViewError(
            f"no node in the view has a numeric {size_by!r} property; use --size-by degree, "
            "or write scores first with `nato-graph analyze --write-back`"
        )
    lo, hi = min(values.values()), max(values.values())
    span = (hi - lo) or 1.0
    return {nid: round(10 + 35 * math.sqrt((v - lo) / span), 1) for nid, v in values.items()}


# --------------------------------------------------------------------------- network model


def _node_style(label: str) -> tuple[str, str]:
    if label in NODE_LABELS:
        t = node_type(label)
        return t.color, t.shape
    return _OTHER_COLOR, _OTHER_SHAPE


# vis-network dash patterns (canvas pixels): a fact held only as unverified is dotted, one that
# is also not active (a partnership suspended, ended, ..., cooperation that lapsed) dash-dotted; a
# dashed line stays "not active" (or a type drawn dashed, such as REPLACED).
DOTTED, DASH_DOTTED = (2, 6), (10, 5, 2, 5)


def _unverified(rel: Relationship) -> bool:
    return rel.properties.get("confidence") == "unverified"


def _doubt(rels: Sequence[Relationship]) -> str:
    """A route's mark, as the path questions rate it by its weakest link: "? unverified: " when
    a link is, "? partly unverified: " when a confirmed partnership holds a dated event of its
    history only as unverified (Kuwait's ICI), else none."""
    if any(map(_unverified, rels)):
        return "? unverified: "
    if any("unverified" in (r.properties.get("history_confidence") or ()) for r in rels):
        return "? partly unverified: "
    return ""


# What a link with an end (``until``) is, in a word, by type; any other type's "lapsed".
_UNTIL = {
    "CONTRIBUTED_TO": "ended",
    "CONDUCTED_IN": "operation ended",
    "FRAMEWORK_OF": "ended",
    "LED_BY": "operation ended",
}


def _not_active(rel: Relationship, operation_ended: bool = False) -> str | None:
    """How a link does not hold now, in a word, as the questions' ``inactive_links`` mark it, or
    None: its status where that is not active (a partnership suspended, ended, superseded, left on
    joining NATO, or only invited or requested), "lapsed" for cooperation with an end, "ended" for
    a part in an operation with one, "operation ended" for a part in an operation that ended and
    for an operation conducted in a country that ended (its ``until`` is the operation's end).

    >>> _not_active(Relationship("r", "COOPERATES_ON", "a", "b", {"until": "2014-04-01"}))
    'lapsed'
    >>> _not_active(Relationship("r", "CONDUCTED_IN", "a", "b", {"until": "2011-12-31"}))
    'operation ended'
    >>> _not_active(Relationship("r", "PARTNER_IN", "a", "b", {"status": "active"})) is None
    True
    """
    props = rel.properties
    status = props.get("status")
    if status not in (None, "", "active"):
        return text(status)
    if props.get("until") not in (None, ""):
        return _UNTIL.get(rel.type, "lapsed")
    if rel.type == "CONTRIBUTED_TO" and operation_ended:
        return "operation ended"
    return None


def _operation_ended(rel: Relationship, nodes: Mapping[int | str, Node]) -> bool:
    """Whether a contribution's operation has ended, by the operation's node in the view."""
    operation = nodes.get(rel.end)
    return (
        rel.type == "CONTRIBUTED_TO"
        and operation is not None
        and operation.properties.get("end") not in (None, "")
    )


def _edge_style(rel: Relationship, operation_ended: bool = False) -> tuple[str, bool | list[int]]:
    unsure = _unverified(rel)
    if rel.type == GAP:  # no fact: an absence in the data
        return _OTHER_COLOR, True
    if rel.type not in REL_TYPE_NAMES:
        return _OTHER_COLOR, list(DOTTED) if unsure else False
    t = rel_type(rel.type)
    dashed = t.dashes or _not_active(rel, operation_ended) is not None
    if unsure:
        return t.color, list(DASH_DOTTED if dashed else DOTTED)
    return t.color, dashed


def _caption_size(degree: float, top: float, count: int, packed: bool = False) -> int:
    """Caption font size by importance: hubs are labelled large enough to read when the whole
    view is fitted; vis-network hides captions whose on-screen size falls below its threshold.
    A small view, drawn close up, needs little difference; nor does a packed overview, where
    every caption has room of its own (a large one would push the rest apart and so shrink)."""
    # a packed overview fitted to 1400x900 draws 13 px at about 0.7 of its size: over the 9 px
    # below which vis-network hides a caption (12 px fell under it as the data grew)
    # a view of 60 or more laid out by physics is fitted at about 0.57 (Jordan's two hops, 89
    # nodes): 16 px draws its smallest caption over 9; a layered one keeps its hubs' captions
    # legible by itself (hubCaptions in view.js)
    base, spread = (
        (13, 4) if packed
        else (12, 4) if count < 60
        else (16, 20) if count < PHYSICS_LIMIT
        else (14, 20)
    )  # fmt: skip
    return round(base + spread * math.sqrt(degree / top)) if top else 14


def _box(caption: str, shape: str, options: Mapping[str, Any]) -> Box:
    """How far a node's shape and caption reach left, right, up and down from its centre, in
    canvas pixels, as vis-network draws them: a caption inside a box shape, else below the shape.
    The caption's width is estimated from its length (a sans-serif letter is about 0.56 em)."""
    font = float(options["font"]["size"])
    width = 0.56 * font * len(caption) + 4  # the caption's outline adds 2 pixels a side
    if shape in _INSIDE_SHAPES:
        half_w, half_h = width / 2 + 6, font * 0.6 + 6
        return (half_w, half_w, half_h, half_h)
    size = float(options.get("size", 16))
    half_w = max(size, width / 2)
    return (half_w, half_w, size, size + 11 + font)  # vis leaves 11 pixels above the caption


def regions(graph: Graph) -> dict[int | str, int | str]:
    """Each country's region node, from the view's IN_REGION relationships."""
    return {
        r.start: r.end
        for r in graph.relationships.values()
        if r.type == "IN_REGION" and r.start in graph.nodes and r.end in graph.nodes
    }


def build_network(  # type: ignore[no-untyped-def]
    graph: Graph, size_by: str | None = None, ring: Graph | None = None, group: bool = False
):
    """The pyvis Network of a graph: colour, shape and caption per label, edge style per type.

    ``ring`` holds what lies one relationship beyond the view: its nodes and relationships are
    added flagged ``ring``, for the page to keep hidden until asked. ``group`` lays the view out
    with each region's countries together (``layout.grouped``) instead of with physics.
    """
    from pyvis.network import Network

    if len(graph.nodes) > NODE_CAP:
        raise ViewTooLargeError(
            f"the view holds {len(graph.nodes):,} nodes, more than a browser can show usefully "
            f"(limit {NODE_CAP:,}); narrow it: fewer hops (--hops 1), a framework or country view "
            "(`nato-graph view framework PfP`), or a query that returns fewer rows"
        )
    # In an order of their own, not the store's: the same graph gets the same picture, after a
    # reload that gave every node a new id too (the layouts and the browser's physics follow it).
    graph = in_stable_order(graph)
    ring = None if ring is None else in_stable_order(ring)
    big = len(graph.nodes) >= PHYSICS_LIMIT
    scale = sizes(graph, size_by)
    pairs = [(r.start, r.end) for r in graph.relationships.values()]
    positions = layout(list(graph.nodes), pairs) if big else {}
    by_region = regions(graph) if group and not big else {}
    degrees = _degrees(graph)
    top = max(degrees.values(), default=0.0)
    shown = set(graph.nodes)
    everything = Graph(dict(graph.nodes), dict(graph.relationships))
    if ring is not None:
        for nid, node in ring.nodes.items():
            everything.nodes.setdefault(nid, node)
        for rid, rel in ring.relationships.items():
            everything.relationships.setdefault(rid, rel)
    net = Network(directed=True)
    specs: dict[int | str, tuple[str, str, str, dict[str, Any]]] = {}
    for nid, node in everything.nodes.items():
        color, shape = _node_style(node.label)
        options: dict[str, Any] = {"kind": node.label, "names": names(node), "tip": _node_tip(node)}
        if shape in _INSIDE_SHAPES:
            options["font"] = {"color": contrast(color), "strokeWidth": 0}
        elif nid in scale or size_by is None:
            # A packed overview has small shapes: what it shows is the captions.
            default = (16 if node.label == "Organization" else 8) if by_region else None
            options["size"] = scale.get(
                nid, default or (26 if node.label == "Organization" else 16)
            )
        else:
            options["size"] = 8  # a node without the score
        font = options.setdefault("font", {})
        font["size"] = _caption_size(degrees.get(nid, 0.0), top, len(graph.nodes), bool(by_region))
        if shape in _INSIDE_SHAPES and not by_region:  # a box without its caption says nothing
            font["size"] = max(font["size"], 20)
        if (years := life(node)) is not None:
            options["life"] = years
        if nid not in shown:
            options["ring"] = 1
        if (
            node.label in _CLAIMS
        ):  # claims begin alike ("Switzerland cooperates ..."): keep both ends
            short = clip_middle(caption(node), 46)
        else:
            short = clip(caption(node), 20 if by_region else 26 if shape in _INSIDE_SHAPES else 34)
        specs[nid] = (short, shape, color, options)
    if by_region:
        boxes = {nid: _box(*specs[nid][:2], specs[nid][3]) for nid in graph.nodes}
        positions = legible(list(graph.nodes), pairs, by_region, boxes)
        # What the picture spans, captions included, for the page to fit exactly.
        net.extent = [
            min(positions[k][0] - b[0] for k, b in boxes.items()),
            min(positions[k][1] - b[2] for k, b in boxes.items()),
            max(positions[k][0] + b[1] for k, b in boxes.items()),
            max(positions[k][1] + b[3] for k, b in boxes.items()),
        ]
    for nid, (short, shape, color, options) in specs.items():
        if nid in positions:
            options["x"], options["y"] = positions[nid]
        net.add_node(nid, label=short, shape=shape, color=color, **options)
    captions = len(graph.nodes) < EDGE_CAPTION_LIMIT
    # links between the same two entities are drawn on one straight line (what the page
    # hit-tests): their captions go on either side of it, then further out, not on each other
    # ("hosted by" and "serves" between Kuwait and the ICI's regional centre)
    sharing: dict[frozenset[int | str], int] = {}
    for rid, rel in everything.relationships.items():
        ended = _operation_ended(rel, everything.nodes)
        color, dashes = _edge_style(rel, ended)
        extra: dict[str, Any] = {}
        if captions:
            extra["label"] = _edge_caption(rel, ended)
            pair = frozenset((rel.start, rel.end))
            if (k := sharing.get(pair, 0)) > 0:
                extra["font"] = _parallel_caption(k)
            sharing[pair] = k + 1
        if (held_in := span(rel)) is not None:
            extra["span"] = held_in
        operation = everything.nodes.get(rel.end) if rel.type == "CONTRIBUTED_TO" else None
        if (when := timeline(rel, operation, captions)) is not None:
            extra["when"] = when
        if rid not in graph.relationships:
            extra["ring"] = 1
        if dashes:
            extra["dashes"] = dashes
        if color != _legend_color(rel.type):
            extra["color"] = color
        if (tip := _edge_tip(rel)) is not None:
            # As text, read when the edge is hovered or clicked: as nested lists, tens of
            # thousands of tips cost a big view more memory than the edges themselves.
            extra["tip"] = json.dumps(tip, ensure_ascii=False, default=text, separators=(",", ":"))
        net.add_edge(rel.start, rel.end, id=rid, kind=rel.type, **extra)
    for edge in net.edges:
        edge.pop("arrows", None)  # pyvis sets it on every edge; the global option says the same
    return net


def _parallel_caption(k: int) -> dict[str, Any]:
    """Where the caption of the (k+1)th link between the same two entities goes, k >= 1: below
    the line, then above and below the ones before, a caption's height further out each time
    (the first stands above the line, the edges' default).

    >>> [_parallel_caption(k) for k in (1, 2, 3)]
    [{'align': 'bottom', 'vadjust': 0}, {'align': 'top', 'vadjust': -12}, {'align': 'bottom', 'vadjust': 12}]
    """
    out = (k + 1) // 2 - (k % 2)  # captions already on this side of the line
    return (
        {"align": "bottom", "vadjust": 12 * out}
        if k % 2
        else {"align": "top", "vadjust": -12 * out}
    )


# What a partnership link says when its status is not active: an invitation never taken up is
# no partnership (Saudi Arabia and Oman in the ICI), nor is a request (Libya's for DCB support).
_STATUS_CAPTIONS = {
    "invited": "invited to",
    "requested": "requested",
    "suspended": "partner in (suspended)",
    "became_member": "was partner in (now an Ally)",
    "ended": "was partner in",
    "superseded": "was in (superseded)",
}
# A link of another type that no longer holds, in the past tense (its caption adds how it ended;
# "conducted in" needs no other).
_PAST = {
    "COOPERATES_ON": "cooperated on",
    "CONTRIBUTED_TO": "contributed to",
    "FRAMEWORK_OF": "was framework of",
    "LED_BY": "was led by",
}


def _edge_caption(rel: Relationship, operation_ended: bool = False) -> str:
    """A link's caption: its type in words, how it does not hold now where it does not (a
    partnership's status, cooperation that lapsed, a part that ended), and "(unverified)" or
    "(a date unverified)" where the data holds the fact or a date only so.

    >>> _edge_caption(Relationship("r", "PARTNER_IN", "a", "b", {"status": "invited"}))
    'invited to'
    >>> _edge_caption(Relationship("r", "COOPERATES_ON", "a", "b", {"confidence": "unverified"}))
    'cooperates on (unverified)'
    >>> _edge_caption(Relationship("r", "COOPERATES_ON", "a", "b", {"until": "2014-04-01"}))
    'cooperated on (lapsed)'
    >>> _edge_caption(Relationship("r", "FRAMEWORK_OF", "nacc", "nato", {"until": "1997-05-30"}))
    'was framework of (ended)'
    """
    words = rel.type.lower().replace("_", " ")
    gone = _not_active(rel, operation_ended)
    if rel.type == GAP:
        return "no current cooperation on record"
    if rel.type == "PARTNER_IN":
        words = _STATUS_CAPTIONS.get(text(rel.properties.get("status")), words)
    elif gone is not None:
        words = f"{_PAST.get(rel.type, words)} ({gone})"
    if _unverified(rel):
        return f"{words} (unverified)"
    if "unverified" in (rel.properties.get("history_confidence") or ()):
        return f"{words} (a date unverified)"  # the fact holds; one date is unsure
    return words


def _legend_color(rel_type_name: str) -> str:
    """The colour the legend (and so the page, by default) gives a relationship type."""
    return rel_type(rel_type_name).color if rel_type_name in REL_TYPE_NAMES else _OTHER_COLOR


# What a dashed line of a type that is not drawn dashed means, in the legend.
_NOT_ACTIVE_NOTES = {
    "PARTNER_IN": "partnership not active (suspended, ended, superseded, became member, or only "
    "invited or requested)",
    "COOPERATES_ON": "cooperation that lapsed (see its end in the tooltip)",
    "CONTRIBUTED_TO": "a part that ended, or in an operation that ended",
    "CONDUCTED_IN": "an operation that has ended (see its end in the tooltip)",
    "FRAMEWORK_OF": "a framework of NATO's that has ended (the NACC, replaced by the EAPC)",
    "LED_BY": "an operation NATO led that has ended (see its end in the tooltip)",
}


def _legend(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """The labels and relationship types present, in schema order, with their styles and counts."""
    labels = Counter(n.label for n in graph.nodes.values())
    types = Counter(r.type for r in graph.relationships.values())
    order = [t.label for t in NODE_TYPES] + sorted(set(labels) - set(NODE_LABELS))
    type_order = [t.type for t in REL_TYPES] + sorted(set(types) - set(REL_TYPE_NAMES))
    inactive = {
        r.type
        for r in graph.relationships.values()
        if _not_active(r, _operation_ended(r, graph.nodes)) is not None
    }
    unsure = Counter(r.type for r in graph.relationships.values() if _unverified(r))

    def note(t: str) -> str:
        notes = []
        if t == GAP:
            notes.append("dashed: no fact, a gap in the data")
        if t in inactive:
            notes.append(f"dashed: {_NOT_ACTIVE_NOTES.get(t, 'not holding now')}")
        if unsure[t]:
            notes.append(
                f"dotted (dash-dotted if also dashed): {unsure[t]} held only as unverified "
                "(no stored source confirms)"
            )
        return "; ".join(notes)

    return {
        "labels": [
            {
                "label": label,
                "color": _node_style(label)[0],
                "shape": _node_style(label)[1],
                "count": labels[label],
                "description": node_type(label).description if label in NODE_LABELS else "",
            }
            for label in order
            if labels[label]
        ],
        "types": [
            {
                "type": t,
                "color": _legend_color(t),
                "dashes": t == GAP or (t in REL_TYPE_NAMES and rel_type(t).dashes),
                "count": types[t],
                "description": rel_type(t).description
                if t in REL_TYPE_NAMES
                else _GAP_DESCRIPTION
                if t == GAP
                else "",
                "note": note(t),
            }
            for t in type_order
            if types[t]
        ],
    }


# From this many edges a view laid out by physics draws its edge captions only zoomed in
# (``CROWDED_CAPTION_PX``), or for the edges in focus: fitted, dozens of captions pile up around
# the hubs ("was partner in (now an Ally)" around PfP, EAPC and NATO in `view path Russia Canada`).
CROWDED_EDGES = 40
CROWDED_CAPTION_PX = 20  # edge captions (10 px) show from twice the natural size


def _options(nodes: int, laid_out: bool = False, edges: int = 0) -> dict[str, Any]:
    """vis-network options: physics switched off once stable, or none for a laid-out graph.

    A few nodes get long springs so that their captions do not overlap; a few hundred get
    short ones so that the whole graph stays readable when fitted to the window.
    """
    big = nodes >= PHYSICS_LIMIT
    few = nodes < 60
    physics: dict[str, Any] = {"enabled": False}
    if not big and not laid_out:
        physics = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -120 if few else -60,
                "centralGravity": 0.02,
                "springLength": 170 if few else 80,
                "springConstant": 0.08,
                "avoidOverlap": 0.6,
            },
            "stabilization": {
                "enabled": True,
                "iterations": 600,
                "updateInterval": 50,
                "fit": True,
            },
        }
    return {
        "autoResize": True,
        "layout": {"improvedLayout": not big and not laid_out, "randomSeed": LAYOUT_SEED},
        "physics": physics,
        "nodes": {
            "borderWidth": 1,
            "font": {"face": "system-ui, sans-serif", "strokeWidth": 4},
            # Captions shrink with the zoom and vanish below 9 px on screen: hubs, with larger
            # captions, stay labelled when the whole view is fitted; the rest appear zoomed in.
            "scaling": {"label": {"enabled": False, "drawThreshold": 9, "maxVisible": 30}},
        },
        "edges": {
            "width": 1.4,
            "selectionWidth": 2,
            # Arrowheads cost vis-network a third of its set-up time per edge; in a big view
            # they are specks, and the tooltip and details name each edge's direction.
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.45}},
            "color": {"inherit": False, "opacity": 0.75},
            # Straight edges: what the page's own hit-testing measures is exactly what is drawn.
            "smooth": False,
            "font": {"size": 10, "face": "system-ui, sans-serif", "strokeWidth": 3, "align": "top"},
            "scaling": {
                "label": {
                    "enabled": False,
                    "drawThreshold": CROWDED_CAPTION_PX if _crowded(nodes, laid_out, edges) else 11,
                }
            },
        },
        "interaction": {
            "hover": False,  # the page hit-tests and draws the hover itself
            "tooltipDelay": 3_600_000,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "keyboard": False,  # the page's own keys: + - 0, arrows, Escape
            "navigationButtons": False,
        },
    }


def _crowded(nodes: int, laid_out: bool, edges: int) -> bool:
    """Whether a view's edge captions would crowd it: one laid out by physics with many edges."""
    return not laid_out and nodes < PHYSICS_LIMIT and edges >= CROWDED_EDGES


# --------------------------------------------------------------------------- page


@cache
def _asset(relative: str) -> str:
    return (_HERE / relative).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survive, nor
    the two characters JavaScript once treated as line ends.

    >>> embed_json({"name": "</script><b>&"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    raw = json.dumps(data, ensure_ascii=False, allow_nan=False, default=text)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        raw = raw.replace(char, escape)
    return raw


def _inline_script(code: str) -> str:
    if re.search(r"</script|<!--", code, re.IGNORECASE):
        raise ViewError(
            "an inlined script contains `</script` or `<!--`; it cannot be embedded safely"
        )
    return code


def _sha256(code: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"
    )


def _years(net: Any) -> list[int] | None:
    """The range of the year slider: from the first dated fact to this year, or None."""
    found = [e for edge in net.edges for e, _ in edge.get("span", ()) if e is not None]
    found += [y for node in net.nodes for y in node.get("life", ()) if y is not None]
    if not found:
        return None
    return [min(found), max(*found, dt.date.today().year)]


def _coverage() -> dict[str, Any]:
    """What the slider says of where the bundled data stops (``loaders.DATA_COVERAGE``): a year
    after it shows the state last recorded, not one checked for that year."""
    from nato_graph.loaders import DATA_COVERAGE, DATA_COVERAGE_NOTE

    when = dt.date(int(DATA_COVERAGE[:4]), int(DATA_COVERAGE[5:7] or 12), 1)
    return {
        "year": when.year,
        "text": f"{when:%B %Y}",  # "June 2025"
        "note": f"the bundled data covers {DATA_COVERAGE_NOTE}; a later year shows the state "
        "last recorded",
    }


def routes(source: Any) -> list[dict[str, Any]]:
    """Each path in a result as a route: its nodes, relationships and length, in result order.

    A route's text says what the answer says of it: "? unverified: " first where it rests on a
    link held only as unverified, and after it each link that does not hold now, in the answer's
    own words where its row gives them (connection's ``inactive_links``: "Russia PARTNER_IN PfP
    (suspended 2014-04-01)"), else as the link's caption says how it ended.
    """
    values = source.rows if isinstance(source, Result) else source
    rows = values if isinstance(values, list | tuple) else [values]
    out = []
    for row in rows:
        said = row.get("inactive_links") if isinstance(row, Mapping) else None
        for path in leaves(row):
            if not isinstance(path, GraphPath):
                continue
            named = {n.id: caption(n) for n in path.nodes}
            inactive = (
                [text(v) for v in said]
                if isinstance(said, list | tuple)
                else [
                    f"{named.get(r.start, r.start)} {r.type} {named.get(r.end, r.end)} ({gone})"
                    for r in path.relationships
                    if (gone := _not_active(r)) is not None
                ]
            )
            out.append(
                {
                    "hops": len(path),
                    "nodes": [n.id for n in path.nodes],
                    "edges": [r.id for r in path.relationships],
                    "text": _doubt(path.relationships)
                    + " → ".join(caption(n) for n in path.nodes)
                    + (f"; not active: {'; '.join(inactive)}" if inactive else ""),
                }
            )
    return out


def render_html(
    result_or_graph: Any,
    title: str,
    size_by: str | None = None,
    *,
    sources: Mapping[str, Mapping[str, Any]] | None = None,
    ring: Graph | None = None,
    paths: Sequence[Mapping[str, Any]] = (),
    group: bool = False,
    notes: Sequence[str] = (),
    opening: int | None = None,
) -> str:
    """One self-contained HTML page drawing every node and relationship in a result.

    ``result_or_graph``: a Result or any value holding Node/Relationship/Path values
    (see ``collect``). ``sources`` maps source keys to their title and url, for the details
    panel; ``ring`` is carried hidden for expanding; ``paths`` are routes to list and mark;
    ``group`` keeps each region's countries together; ``notes`` head the legend (what the
    answer drawn left out: a neighbourhood cut at its limit); ``opening`` is the year the slider
    opens at (the year of an ``as-of`` answer), else every year, as things stand now.
    Raises ViewError when there is nothing to draw and ViewTooLargeError above ``NODE_CAP``
    nodes.
    """
    graph = result_or_graph if isinstance(result_or_graph, Graph) else collect(result_or_graph)
    if not graph.nodes:
        raise ViewError("nothing to draw: the result holds no nodes, relationships or paths")
    net = build_network(graph, size_by, ring, group)
    # A big view's precomputed layout, and a grouped one (packed so that no caption covers
    # another), are final: no physics.
    laid_out = all("x" in n for n in net.nodes if not n.get("ring"))
    data = {
        "physics": not laid_out,
        # A big view's edges are drawn by the page itself, not as vis-network Edge objects.
        "edgeLayer": len(graph.nodes) >= PHYSICS_LIMIT,
        "extent": getattr(net, "extent", None),
        "nodes": net.nodes,
        "edges": net.edges,
        "legend": _legend(graph),
        "styles": {e["kind"]: _legend_color(e["kind"]) for e in net.edges},
        "options": _options(len(graph.nodes), laid_out, len(graph.relationships)),
        # a crowded view shows the captions of the edges in focus (a node or an edge clicked)
        "crowded": _crowded(len(graph.nodes), laid_out, len(graph.relationships)),
        "sources": {k: dict(v) for k, v in (sources or {}).items()},
        "routes": list(paths),
        "years": _years(net),
        "opening": opening,
        "coverage": _coverage(),
        "notes": list(notes),
    }
    vis_js = _inline_script(_asset("vendor/vis-network.min.js"))
    app_js = _inline_script(_asset("templates/view.js"))
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    # vis-network's own style sheet is left out: 215 KB of it are images for navigation buttons
    # and editing tools the page does not use; view.css styles what the page shows.
    css = _asset("templates/view.css")
    if re.search(r"</style", css, re.IGNORECASE):
        raise ViewError("an inlined style sheet contains `</style`; it cannot be embedded safely")
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title, quote=True),
        "CSS": css,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": embed_json(data),
    }
    # One pass: text substituted in is never scanned for placeholders again.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], _asset("templates/view.html"))


def write_html(page: str, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write ``page`` to ``path`` whole or not at all (``outfiles.write_text``): nothing else is
    created, no lib/ folder, no leftovers if the write fails. A file already at ``path`` is
    replaced only when it is a view nato-graph wrote (its ``<meta name="generator"
    content="nato-graph">``) or empty, unless ``overwrite``: anything else, a symbolic link too,
    is an OutputError and nothing is written (``outfiles.check_replaceable``)."""
    from nato_graph.outfiles import VIEW, write_text

    return write_text(path, page, made=VIEW, overwrite=overwrite).resolve()


# --------------------------------------------------------------------------- views


def source_titles(store: Store, graph: Graph) -> dict[str, dict[str, Any]]:
    """The title and address of every source a drawn fact cites, by key."""
    from nato_graph.queries import internal

    items: list[Node | Relationship] = [*graph.nodes.values(), *graph.relationships.values()]
    keys = sorted({key for item in items for key in _source_keys(item.properties)})
    if not keys:
        return {}
    found = store.read(internal("fact-sources"), {"keys": keys})
    return {
        row["key"]: {"title": row.get("title") or row["key"], "url": row.get("url") or ""}
        for row in found.rows
    }


def ring_around(store: Store, graph: Graph) -> Graph:
    """What lies one relationship beyond a view's nodes (world-model nodes only), not yet drawn."""
    from nato_graph.queries import internal

    iso3 = [n.properties["iso3"] for n in graph.nodes.values() if n.label == "Country"]
    keys = [
        n.properties["key"]
        for n in graph.nodes.values()
        if n.label != "Country" and isinstance(n.properties.get("key"), str)
    ]
    found = store.read(
        internal("view-ring"),
        {
            "iso3": [c for c in iso3 if isinstance(c, str)],
            "keys": keys,
            "labels": list(OVERVIEW_LABELS),
            "limit": RING_LIMIT,
        },
    )
    beyond = collect(found)
    return Graph(
        {k: v for k, v in beyond.nodes.items() if k not in graph.nodes},
        {k: v for k, v in beyond.relationships.items() if k not in graph.relationships},
    )


class View:
    """A drawing of a result: ``save(path)`` writes the page, ``html`` is the page itself, and
    Jupyter shows it inline.

    With a ``store``, the page also carries the titles and addresses of the sources its facts
    cite and, unless ``expand`` is off, the hidden ring one relationship beyond what it shows;
    ``routes`` lists and marks each path of the result; ``group`` keeps each region's countries
    together. ``notes`` are the notes of the answer drawn (``Result.notes``: an answer cut at its
    limit says so), shown at the head of the legend; the command line prints them too.
    ``about`` heads them on the page only: what the page says of the drawing itself (the year an
    ``as-of`` view shows, the entity a question was left to answer for by default, which the
    command line says in its own words). ``opening`` is the year the slider opens at.
    """

    def __init__(
        self,
        title: str,
        drawn: Any,
        *,
        size_by: str | None = None,
        store: Store | None = None,
        expand: bool = True,
        routes: bool = False,
        group: bool = False,
        notes: Sequence[str] = (),
        about: Sequence[str] = (),
        opening: int | None = None,
    ) -> None:
        self.title = title
        self.drawn = drawn  # a Result, or any value holding nodes, relationships and paths
        self.size_by = size_by
        self.store = store
        self.expand = expand
        self.routes = routes
        self.group = group
        self.notes = list(notes)
        self.about = list(about)
        self.opening = opening
        # what the last ``save`` replaced, in words ('the view "Country: Jordan (1 hop)"'), or
        # None when nothing was there (or it was empty)
        self.replaced: str | None = None
        self._html: str | None = None

    @property
    def html(self) -> str:
        """The self-contained page (rendered once, on first use)."""
        if self._html is None:
            graph = self.drawn if isinstance(self.drawn, Graph) else collect(self.drawn)
            ring = None
            sources: dict[str, dict[str, Any]] = {}
            if self.store is not None and graph.nodes:
                ring = ring_around(self.store, graph) if self.expand else None
                both = graph
                if ring is not None:
                    both = Graph(
                        {**graph.nodes, **ring.nodes}, {**graph.relationships, **ring.relationships}
                    )
                sources = source_titles(self.store, both)
            self._html = render_html(
                graph,
                self.title,
                self.size_by,
                sources=sources,
                ring=ring,
                paths=routes(self.drawn) if self.routes else (),
                group=self.group,
                notes=[*self.about, *self.notes],
                opening=self.opening,
            )
        return self._html

    @property
    def summary(self) -> str:
        """What the page draws, in one line, for a terminal that cannot show it: how many
        entities and links, and how many of those links do not hold now or are unverified, as
        the page marks them ("12 entities, 14 links (2 not holding now, 1 unverified)")."""
        graph = self.drawn if isinstance(self.drawn, Graph) else collect(self.drawn)
        rels = list(graph.relationships.values())
        inactive = sum(_not_active(r, _operation_ended(r, graph.nodes)) is not None for r in rels)
        unverified = sum(r.properties.get("confidence") == "unverified" for r in rels)
        said = [
            f"{n} {what}"
            for n, what in ((inactive, "not holding now"), (unverified, "unverified"))
            if n
        ]
        return (
            f"{_count(len(graph.nodes), 'entity', 'entities')}, "
            f"{_count(len(rels), 'link', 'links')}" + (f" ({', '.join(said)})" if said else "")
        )

    def save(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Write the page to ``path`` atomically; returns the absolute path written. A file
        there is replaced when it is an earlier view (saving again works) or empty; any other
        file, or a symbolic link, is an OutputError naming it, and nothing is written, unless
        ``overwrite=True`` (a link is then replaced, not written through). What it replaced is
        kept in ``replaced`` ('the view "Country: Jordan (1 hop)"', "a file nato-graph did not
        write"; None when nothing, or an empty file, was there), which the command line says."""
        from nato_graph.outfiles import VIEW, what_is_at

        there = what_is_at(path, VIEW)  # before the write puts this page there
        written = write_html(self.html, path, overwrite=overwrite)
        self.replaced = _replaced_words(there)
        return written

    def _repr_html_(self) -> str:
        page = html.escape(self.html, quote=True)
        return f'<iframe srcdoc="{page}" width="100%" height="600" style="border:0"></iframe>'

    def __repr__(self) -> str:
        return f"<View {self.title!r}>"


_TITLE = re.compile(rb"<title>(.*?)</title>", re.DOTALL)


def _replaced_words(there: tuple[str, bytes] | None) -> str | None:
    """What a save replaced (``outfiles.what_is_at``), in words: an earlier view by its title,
    as its page showed it."""
    from nato_graph.outfiles import shown
    from nato_graph.text import clip, escape_control

    if there is None:
        return None
    kind, head = there
    if kind == "link":
        return f"a symbolic link (to {shown(os.fsdecode(head))})"
    if kind == "other":
        return "a file nato-graph did not write"
    found = _TITLE.search(head)
    if found is None:
        return "an earlier view"
    title = html.unescape(found.group(1).decode("utf-8", "replace"))
    return f'the view "{clip(escape_control(" ".join(title.split())), 120)}"'


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _starting_at(result: Result, label: str, entity: str) -> list[Any]:
    """The neighbourhood paths that start at an entity of ``label`` (``view country MD``
    must not quietly draw the framework MD)."""
    paths = [row["path"] for row in result.rows if row.get("path") is not None]
    starts = {p.nodes[0].label for p in paths if p.nodes}
    kept = [p for p in paths if p.nodes and p.nodes[0].label == label]
    if paths and not kept:
        found = " or ".join(
            f"{'an' if s[0] in 'AEIOU' else 'a'} {s.lower()}" for s in sorted(starts)
        )
        raise ViewError(
            f"{entity!r} names {found}, not {'an' if label[0] in 'AEIOU' else 'a'} "
            f"{label.lower()}; try `nato-graph view neighbourhood {entity}`"
        )
    return kept


def overview(store: Store, *, size_by: str | None = None) -> View:
    """The world model: every node but sources, known errors and articles, and their links."""
    from nato_graph.queries import internal
    from nato_graph.queries.catalogue import refuse_empty

    result = store.read(internal("overview"), {"labels": list(OVERVIEW_LABELS)})
    if not result.rows:
        refuse_empty(store, "overview")  # an empty graph: load first, not "nothing to draw"
    return View(
        "NATO partnerships: overview",
        result,
        size_by=size_by,
        store=store,
        expand=False,
        group=True,
    )


def neighbourhood(
    store: Store,
    entity: str,
    *,
    label: str | None = None,
    hops: int = 1,
    size_by: str | None = None,
) -> View:
    """An entity and everything within ``hops`` relationships; ``label`` insists on its kind."""
    from nato_graph.queries import checks
    from nato_graph.queries.catalogue import refuse_empty, run
    from nato_graph.queries.checks import LABELS

    kind = label.lower() if label else "neighbourhood"
    refuse_empty(store, f"{kind} view")  # the view's own name, not its question's
    # hops is held to the question's range, 1 to 3 (Connection.view names it as given)
    try:
        result = run(store, "neighbourhood", {"entity": entity, "hops": hops})
    except checks.UnknownValueError:
        if label is not None and kind in LABELS:
            # a name of nothing is said to be no country ("no country named 'Nope'", "'Iran' is
            # a country the data does not hold"), not "no entity named" with every kind's hint
            checks.entity(store, kind, entity, "entity")
        raise
    drawn: Any = _starting_at(result, label, entity) if label else result
    notes = result.notes
    if label:  # the view draws that kind only: a note that the answer covers two kinds is wrong
        notes = [n for n in notes if not n.startswith(f"{_ENTITY}: ")]
    notes = [*(_cut_told(n, entity, hops) for n in notes), *_partners_unrecorded(store, drawn)]
    if not collect(drawn).nodes:
        raise ViewError(
            f"nothing to draw for {kind} {entity!r}: no such entity, or it has no relationships"
            " (`nato-graph query run neighbourhood --param entity NAME` shows what matches)"
        )
    return View(
        f"{label or 'Neighbourhood'}: {entity} ({_hops(hops)})",
        drawn,
        size_by=size_by,
        store=store,
        notes=notes,
    )


def _cut_told(note: str, entity: str, hops: int) -> str:
    """The question's note on an answer cut at its limit, with the way to draw more that the view
    commands have (they take no limit of their own)."""
    said = "(a larger limit lists them)"
    if not note.endswith(said):
        return note
    more = (
        f"nato-graph view query neighbourhood --param entity {shlex.quote(entity)} "
        f"--param hops {hops} --param limit N"
    )
    return f"{note.removesuffix(said)}(`{more}` draws up to N)"


# The neighbourhood question's entity parameter: its notes on it (a name of two kinds) start so.
_ENTITY = "entity"
# The question about a framework's partners, whose reason for an empty answer a view of the
# framework carries: the data may not record who took part (the NACC).
_PARTNERS = ("framework-members", "framework")


def _hops(n: int) -> str:
    """
    >>> _hops(1), _hops(3)
    ('1 hop', '3 hops')
    """
    return f"{n} hop{'s' if n != 1 else ''}"


def _partners_unrecorded(store: Store, drawn: Any) -> list[str]:
    """For a view of a framework (the entity its paths start at) of which the data records no
    partner, or only some, what the partners question says of it (`framework-members --param
    framework NACC`: who took part in the NACC is not recorded; the PII: only some of its
    participants are listed): a view with no partner drawn must not read as a framework without
    partners, nor one with some drawn as all of them."""
    from nato_graph.queries.catalogue import LISTED_IN_PART, get, run

    starts = {
        p.nodes[0].properties.get("key"): caption(p.nodes[0])
        for p in leaves(drawn.rows if isinstance(drawn, Result) else drawn)
        if isinstance(p, GraphPath) and p.nodes and p.nodes[0].label == "Framework"
    }
    question, param = _PARTNERS
    notes = []
    for key, shown in sorted((k, c) for k, c in starts.items() if isinstance(k, str)):
        answer = run(store, question, {param: key})
        why = answer.empty_reason
        # only a reason beyond "none recorded": the partners' absence is itself a caveat
        if not answer.rows and why and why != get(question).empty:
            notes.append(f"{question} --param {param} {shown}: no rows: {why}")
        # a framework of which the data lists only some partners (the PII): those drawn are not
        # all of them
        notes += [
            f"{question} --param {param} {shown}: {note.removeprefix(f'{param}: ')}"
            for note in answer.notes
            if note.startswith(f"{param}: {LISTED_IN_PART}")
        ]
    return notes


def connection(
    store: Store, source: str, target: str, *, hops: int | None = None, size_by: str | None = None
) -> View:
    """The shortest chains of facts between two entities (the connection question)."""
    from nato_graph.errors import shown_as
    from nato_graph.queries.catalogue import HOPS, get, refuse_empty, run

    refuse_empty(store, "path view")  # the view's own name, not its question's
    bound: dict[str, Any] = {"from": source, "to": target}  # max_hops: the question's range
    if hops is not None:
        bound["max_hops"] = hops
    result = run(store, "connection", bound)
    if not collect(result).nodes:
        # the question's own reason where it is more than "none found" (the NACC's participants
        # are not recorded), with its advice to look further naming the view's own argument
        why = result.empty_reason
        caveat = f": {why}" if why and why != get("connection").empty else ""
        raise shown_as(
            ViewError(
                f"no connection found between {source!r} and {target!r}"
                + ("" if hops is None else f" within {_hops(hops)}")
                + caveat
            ),
            {HOPS: "hops"},
        )
    return View(
        f"Connection: {source} to {target}",
        result,
        size_by=size_by,
        store=store,
        routes=True,
        notes=result.notes,
    )


def _named(result: Result, *params: Mapping[str, Any]) -> list[str]:
    """Every short string in a result's rows and parameters: the names, codes, keys and acronyms
    a question that answers with values gives its entities by (the store lowers them, as it
    lowered the names it holds), and the name inside a value that says more of it ("Malta
    (suspended 1996-10-27)" in as-of's ``stopped_during_year``, "Kuwait (partly unverified)" in
    frameworks' ``unverified``)."""
    found = set()
    for value in leaves([_uncited(result.rows), *(list(p.values()) for p in params)]):
        if isinstance(value, str) and 0 < len(value) <= 120:
            found.add(value)
            if said := _SAID_OF.match(value):
                found.add(said.group(1))
    return sorted(found)


# A value naming an entity with what is said of it in brackets after: "Malta (suspended ...)".
_SAID_OF = re.compile(r"^(.+?) \([^()]*\)$")


def _uncited(value: Any) -> Any:
    """``value`` with each source an answer cites (``Connection.ask``: an object with its title,
    publisher, ...) back to its key, wherever it stands (a status change's sources too): the
    texts of a source name no entity of the answer ("NATO" as a publisher)."""
    from nato_graph.citations import FIELDS

    if isinstance(value, Mapping):
        if "key" in value and set(value) <= set(FIELDS):
            return value["key"]
        return {k: _uncited(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_uncited(v) for v in value]
    return value


# What the drawing of a question's rows must say of them beside the answer's own notes: a gap of
# coverage-gaps is a link the data lacks, drawn as such (``_gaps``), beside the links it rests on.
DRAWN_NOTES = {
    "coverage-gaps": (
        "a gap is an absence in the data, which no source confirms: no cooperation going on "
        'recorded on a threat the framework addresses; each gap is drawn as a grey dashed line, "no '
        'current cooperation on record", from the partner to the threat, and the other lines are '
        "the links the gaps rest on (the partnership in the framework, the framework's link to the "
        "threat, a cooperation held only as unverified or that has ended); a line's style says how "
        "sure that link is, not the gap"
    ),
}
# What a drawing of a question's rows names beyond them: the NATO each partner joined.
DRAWN_NAMES = {"partners-turned-allies": ("NATO",)}
# The pseudo-link a gap of coverage-gaps is drawn as: no fact, an absence in the data.
GAP = "NO_COOPERATION_ON_RECORD"
_GAP_DESCRIPTION = (
    "a gap of coverage-gaps: the partner is active in the framework, the framework addresses the "
    "threat, and no cooperation of the partner on it going on now is on record; an absence in the "
    "data, which no source confirms"
)


def _gaps(graph: Graph, result: Result) -> Graph:
    """coverage-gaps drawn as its rows say: each gap as a dashed pseudo-link from the partner to
    the threat (``GAP``), with the links it rests on (the partnership, the framework's link to the
    threat) and a cooperation on the gap's threat held only as unverified or that has ended
    (neither closes it; Morocco's crisis management ended in 2014), but no other cooperation: a
    line of cooperation going on would show the opposite of the answer."""
    by_code = {
        (n.label, n.properties.get("iso3") or n.properties.get("key")): nid
        for nid, n in graph.nodes.items()
    }
    pairs = {}
    for row in result.rows:
        start, end = (
            by_code.get(("Country", row.get("iso3"))),
            by_code.get(("Threat", row.get("key"))),
        )
        if start is not None and end is not None:
            pairs[start, end] = row
    rels = {
        rid: r
        for rid, r in graph.relationships.items()
        if r.type != "COOPERATES_ON" or (r.start, r.end) in pairs
    }
    for (start, end), row in pairs.items():
        rid = f"gap:{row.get('iso3')}:{row.get('key')}"
        props = {
            "gap": f"no cooperation of {row.get('partner')} on this threat going on now is on "
            "record",
            "framework": row.get("framework"),
            "links_confidence": row.get("links_confidence"),
            "unverified_links": row.get("unverified_links") or None,
            "caveat": _GAP_DESCRIPTION,
        }
        rels[rid] = Relationship(rid, GAP, start, end, {k: v for k, v in props.items() if v})
    return Graph(dict(graph.nodes), rels)


def _year_drawn(query: Any, values: Mapping[str, Any]) -> tuple[str, int] | None:
    """The parameter and year a question about one year (``past_year``, not a span) answers for:
    its view opens at that year."""
    if any(kind == "span_end" for _, kind in query.checks):
        return None
    for param, kind in query.checks:
        if kind == "past_year" and isinstance(values.get(param), int):
            return param, values[param]
    return None


def _asked_about(given: dict[str, Any]) -> list[str]:
    """What a view of a question was asked about, as its title says it: each parameter with its
    name ("country Malta"), the two ends of a pair by their values ("Israel and Jordan", "from
    Japan to Israel"), whose names (a, b) say nothing.

    >>> _asked_about({"a": "Israel", "b": "Jordan"}), _asked_about({"from": 2014, "country": "MLT"})
    (['Israel and Jordan'], ['from 2014', 'country MLT'])
    >>> _asked_about({"from": "Japan", "to": "Israel", "max_hops": 3})
    ['from Japan to Israel', 'max_hops 3']
    """
    said, rest = [], dict(given)
    if "a" in rest and "b" in rest:
        said.append(f"{rest.pop('a')} and {rest.pop('b')}")
    if "from" in rest and "to" in rest:
        said.append(f"from {rest.pop('from')} to {rest.pop('to')}")
    return said + [f"{k} {v}" for k, v in rest.items()]


def question(
    store: Store,
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    size_by: str | None = None,
    answer: Result | None = None,
) -> View:
    """What a canned question returns, drawn.

    A question that answers with nodes, relationships or paths draws them; one that answers with
    values draws the entities its rows (and parameters) name and the relationships among them,
    so that partners-on-threat shows the partners joined to the threat. ``answer`` is the
    question's answer to these ``params`` when it was asked already (``query run --view``).
    A question about one year (``as-of``) opens at that year, each link drawn as it stood then
    (the slider's rule is as-of's own); the page names the entity a question left to its
    default answers for, as the command line does.
    """
    from nato_graph.queries import internal
    from nato_graph.queries.catalogue import defaults_named, get, resolve, run
    from nato_graph.queries.checks import sendable

    query = get(name)
    bound = dict(params or {})
    result = run(store, query.name, bound) if answer is None else answer
    # an answer's note on a default (as `ask` words it) is the page's own `about` note below
    asked = set(defaults_named(query.name, bound, flag=""))
    notes = [
        *(note for note in result.notes if note not in asked),
        *([DRAWN_NOTES[query.name]] if query.name in DRAWN_NOTES else []),
    ]
    # the page names what a default answered for, and what the answer's scores or counts take in
    about = [*defaults_named(query.name, bound), *([result.caveat] if result.caveat else [])]
    if not result.rows:  # with the question's reason: what to ask instead, what is not held
        why = f": {result.empty_reason}" if result.empty_reason else ""
        raise ViewError(f"nothing to draw: {query.name} returned no rows for these parameters{why}")
    # The parameters as the question read them too: an entity given by an alias ("cyber
    # defence") is named by its key ("cyber") there, as the rows and the drawing know it; a
    # year left out is the question's default.
    resolved = resolve(store, query, query.bind({k: sendable(k, v) for k, v in bound.items()}))
    title, opening = query.title, None
    drawn_year = _year_drawn(query, resolved)
    if drawn_year is not None:
        title = f"{query.title}: {drawn_year[1]}"
    # what else the question was asked about, as given, so that a saved page or a screenshot of
    # it says what it shows ("Membership timeline (country Malta)")
    asked_about = _asked_about({
        k: v for k, v in bound.items()
        if v is not None and (drawn_year is None or k != drawn_year[0])
    })  # fmt: skip
    if asked_about:
        title = f"{title} ({', '.join(asked_about)})"
    if drawn_year is not None:
        param, opening = drawn_year
        about.insert(
            0,
            f"{param} {opening}: the view opens at {opening}, each link drawn as it stood then, "
            "by the rule of the answer (a partner at the end of the year solid, one listed as "
            "unverified that year dotted, one that stopped during the year dashed, with how and "
            "when); other years on the slider, or All years for each link as it stands now",
        )
    if collect(result).nodes:
        routes = query.name == "connection"  # its paths are routes; a neighbourhood's are not
        return View(
            title, result, size_by=size_by, store=store, routes=routes, notes=notes,
            about=about, opening=opening,
        )  # fmt: skip
    names = [*_named(result, bound, resolved), *DRAWN_NAMES.get(query.name, ())]
    named = store.read(internal("view-named"), {"names": sorted(set(names))})
    if not collect(named).nodes:
        raise ViewError(
            f"nothing to draw: {query.name} returns only values ({', '.join(query.columns)}) "
            f"that name no entity; see them with `nato-graph query run {query.name}`, or draw a "
            "question that returns paths (neighbourhood, connection)"
        )
    drawn: Any = _gaps(collect(named), result) if query.name == "coverage-gaps" else named
    return View(
        title, drawn, size_by=size_by, store=store, notes=notes, about=about, opening=opening
    )
