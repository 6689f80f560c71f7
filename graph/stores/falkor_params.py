"""Encoding query parameters for FalkorDB, which takes them as a ``CYPHER name=value ...`` header.

The client library's encoder walks values with a generic recursive function and
takes most of a bulk load's time; this one dispatches on exact types and builds
the text in one pass. The escaping rules are the client's: backslash and double
quote are escaped inside double-quoted strings, map keys are backticked, and a
backtick in a name is refused (FalkorDB cannot escape it). Values are always data:
nothing in a string can end the literal it sits in.
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
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _name(key: Any) -> str:
    if type(key) is not str or not key or "`" in key:
        raise ParamError(f"map key {key!r} is not a usable name")
    return "`" + key + "`"


def literal(value: Any) -> str:
    """A value as FalkorDB literal text; ParamError for a value that would not arrive as sent.

    Exact types are tested first: this runs over every row of a bulk load.

    >>> literal({"name": 'Say "hi"', "years": [1994, 2004], "ok": True, "gone": None})
    '{`name`:"Say \\\\"hi\\\\"",`years`:[1994,2004],`ok`:true,`gone`:null}'
    """
    t = type(value)
    if t is str:
        return _string(value)
    if t is int:
        if not INT64[0] <= value <= INT64[1]:
            raise ParamError(f"{value} does not fit in a 64-bit integer")  # FalkorDB would clamp it
        return str(value)
    if t is dict:
        return "{" + ",".join(_name(k) + ":" + literal(v) for k, v in value.items()) + "}"
    if t is list or t is tuple:
        return "[" + ",".join(map(literal, value)) + "]"
    if value is None:
        return "null"
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
