"""Encoding query parameters for FalkorDB, which takes them as a ``CYPHER name=value ...`` header.

Why our own encoder rather than the client's (``falkordb.helpers.stringify_param_value``,
which the store no longer patches into the client: it prefixes this header to the
query text and calls the public API). Not for speed: measured on every batch of a
300k-relationship plan (``python bench/bench_load.py --only encoder``) the two give
identical text, this one in about 0.8x the client's time since it dispatches on exact
types and caches map keys; before that it took 1.1x (BENCHMARKS.md said "3x
faster", which was never so). What it buys is values that arrive as sent: the
client writes ``str(value)`` for any other type, so a ``datetime.date`` becomes
``1995-02-10``, which FalkorDB evaluates as the number 1983; an integer past 64 bits
is clamped by the server; a NUL ends the query text. Here each is a ParamError.

The escaping rules are the client's: backslash and double quote are escaped
inside double-quoted strings, map keys are backticked, and a backtick in a name is
refused (FalkorDB cannot escape it). Values are always data: nothing in a string
can end the literal it sits in.

``nato_graph.export.cypher_literal`` is a different encoder on purpose, not a
duplicate: it writes Cypher *source* for cypher-shell and Neo4j (single quotes,
``\\uXXXX`` escapes for control characters, doubled backticks, nulls left out of
maps), where this writes FalkorDB's parameter header, which reads no ``\\u``
escape and no escaped backtick.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

INT64 = (-(2**63), 2**63 - 1)


class ParamError(ValueError):
    """A parameter value that would not arrive at the server as sent."""


_UNSUPPORTED = "values are not supported (use text, numbers, booleans, null, lists and maps; dates as ISO text)"


def _string(s: str) -> str:
    if "\x00" in s:
        raise ParamError("text with a NUL character")  # a NUL would end the query text
    if "\\" in s or '"' in s:  # most text has neither: two scans instead of two copies
        s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + s + '"'


_NAMES: dict[str, str] = {}  # map key -> its checked, backticked text and colon


def _name(key: Any) -> str:
    text = _NAMES.get(key) if type(key) is str else None
    if text is None:
        if type(key) is not str or not key or "`" in key:
            raise ParamError(f"map key {key!r} is not a usable name")
        text = "`" + key + "`:"
        if len(_NAMES) < 10_000:  # rows repeat a few keys; a bound for hostile ones
            _NAMES[key] = text
    return text


def literal(value: Any) -> str:
    """A value as FalkorDB literal text; ParamError for a value that would not arrive as sent.

    Exact types are tested first: this runs over every row of a bulk load.

    >>> literal({"name": 'Say "hi"', "years": [1994, 2004], "ok": True, "gone": None})
    '{`name`:"Say \\\\"hi\\\\"",`years`:[1994,2004],`ok`:true,`gone`:null}'
    """
    t = type(value)
    if t is str:
        return _string(value)
    if t is dict:
        return "{" + ",".join([_name(k) + literal(v) for k, v in value.items()]) + "}"
    if t is list or t is tuple:
        return "[" + ",".join([literal(v) for v in value]) + "]"
    if value is None:
        return "null"
    if t is int:
        if not INT64[0] <= value <= INT64[1]:
            raise ParamError(f"{value} does not fit in a 64-bit integer")  # FalkorDB would clamp it
        return str(value)
    if t is bool:
        return "true" if value else "false"
    if t is float:
        if not math.isfinite(value):
            raise ParamError(f"{value} is not a finite number")
        return repr(value)
    # Subclasses of the plain types are sent as those.
    if isinstance(value, bool):
        return literal(bool(value))
    base: type[Any]
    for base in (str, int, float, dict, list, tuple):
        if isinstance(value, base):
            return literal(base(value))
    if isinstance(value, Mapping):
        return literal(dict(value))
    raise ParamError(f"{t.__name__} {_UNSUPPORTED}")


def params_header(params: dict[str, Any] | None) -> str:
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        name = str(name)
        if not name or "`" in name:
            raise ParamError(
                f"cannot send parameter {name!r}: names must be non-empty and free of backticks"
            )
        try:
            parts.append(f"`{name}`={literal(value)}")
        except ParamError as exc:
            raise ParamError(f"cannot send parameter ${name}: {exc}") from None
    return "CYPHER " + " ".join(parts) + " "
