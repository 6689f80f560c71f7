"""The values a result holds: Node, Relationship and Path as plain dataclasses, and Counters.

Drivers' own record types stay inside ``nato_graph.stores``; the CLI, the views
and the analytics see plain values and these small dataclasses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Node:
    id: int | str
    labels: tuple[str, ...]
    properties: Mapping[str, Any]

    @property
    def label(self) -> str:
        """The node's first label (nodes in this model carry one)."""
        return self.labels[0] if self.labels else ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "labels": list(self.labels), "properties": jsonable(self.properties)}


@dataclass(frozen=True)
class Relationship:
    id: int | str
    type: str
    start: int | str
    end: int | str
    properties: Mapping[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "properties": jsonable(self.properties),
        }


@dataclass(frozen=True)
class Path:
    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]

    def __len__(self) -> int:
        return len(self.relationships)

    def to_json(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_json() for n in self.nodes],
            "relationships": [r.to_json() for r in self.relationships],
        }


@dataclass(frozen=True)
class Counters:
    """What a write changed."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def __add__(self, other: Counters) -> Counters:
        return Counters(
            self.nodes_created + other.nodes_created,
            self.nodes_deleted + other.nodes_deleted,
            self.relationships_created + other.relationships_created,
            self.relationships_deleted + other.relationships_deleted,
            self.properties_set + other.properties_set,
        )


def jsonable(value: Any) -> Any:
    """Turn a result value into plain JSON data (temporal values become ISO strings)."""
    if isinstance(value, Node | Relationship | Path):
        return value.to_json()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return iso_duration(value)
    return value


def iso_duration(value: dt.timedelta) -> str:
    """A duration in ISO 8601 form, as Neo4j writes one; ``PT0S`` when it is zero.

    >>> iso_duration(dt.timedelta(days=40))
    'P40D'
    >>> iso_duration(dt.timedelta(days=1, hours=2, minutes=3, seconds=4.5))
    'P1DT2H3M4.5S'
    >>> iso_duration(-dt.timedelta(minutes=90))
    '-PT1H30M'
    """
    sign = "-" if value < dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    time = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds or value.microseconds:
        time += f"{seconds}.{value.microseconds:06d}".rstrip("0").rstrip(".") + "S"
    text = (f"{value.days}D" if value.days else "") + (f"T{time}" if time else "")
    return f"{sign}P{text}" if text else "PT0S"


def leaves(value: Any) -> Iterator[Any]:
    """Every value inside maps and lists, in order; nodes, relationships and paths whole.

    >>> list(leaves([{"a": 1, "b": ["x", None]}, 2]))
    [1, 'x', None, 2]
    """
    if isinstance(value, Mapping):
        for v in value.values():
            yield from leaves(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from leaves(v)
    else:
        yield value


def entities(value: Any) -> Iterator[Node | Relationship]:
    """Every node and relationship inside a value (paths and lists are opened)."""
    for leaf in leaves(value):
        if isinstance(leaf, Node | Relationship):
            yield leaf
        elif isinstance(leaf, Path):
            yield from leaf.nodes
            yield from leaf.relationships


@contextlib.contextmanager
def collector_paused(*, kept: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector paused for a block that only builds many acyclic
    objects: a big answer, or a load's records and rows.

    Each collection is set off by allocations and walks every object still young, so
    while an answer of 100,000s of rows is being built it runs again and again over the
    rows already made, for nothing: they hold no cycles. It is switched back on (if it
    was on) however the block ends.

    ``kept``: the block's objects outlive it (an answer handed to the caller). Left young, the
    first allocation after the block would set off a collection that walks every one of them
    (a third of a second for a 300,000-row answer), and the next older collection again, to
    find no garbage. They go straight to the oldest generation instead (``gc.freeze`` then
    ``gc.unfreeze``: two list splices, no walk), where only full collections look at them, as
    they would once they had survived the young ones. Skipped when the program has frozen
    objects of its own, which unfreezing would thaw.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if kept and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
