"""FalkorDB's query parameters: the ``CYPHER name=value ...`` header put before the query text.

The values are written by the project's one Cypher literal encoder, in its
FalkorDB dialect (``nato_graph.cypher_literals.FALKORDB_PARAMS``: double-quoted
strings with only the backslash and the double quote escaped, backticked map
keys, nulls kept in maps).

Why our own encoder rather than the ``falkordb`` client's
(``falkordb.helpers.stringify_param_value``; the store no longer uses that package).
Not for speed: measured on every batch of a 300k-relationship plan (``python
bench/bench_load.py --only encoder``) the two give identical text in about the same
time (the client's takes 1.09x ours). What it buys is values that arrive as sent: the
client writes ``str(value)`` for any other type, so a ``datetime.date`` becomes
``1995-02-10``, which FalkorDB evaluates as the number 1983; an integer past 64 bits
is clamped by the server; a NUL ends the query text. Here each is a ParamError.
(The one difference in text: a float with a large exponent is written ``1e20``, as
openCypher's grammar and the export have it, where the client writes ``1e+20``;
FalkorDB reads both as the same number.)
"""

from __future__ import annotations

from typing import Any

from nato_graph.cypher_literals import FALKORDB_PARAMS, LiteralError

literal = FALKORDB_PARAMS.literal  # one value as header text (LiteralError if it has none)


class ParamError(LiteralError):
    """A parameter that would not arrive at the server as sent."""


def params_header(params: dict[str, Any] | None) -> str:
    """``CYPHER `name`=value ... `` for ``params``; ParamError naming the parameter that cannot go.

    >>> params_header({"rows": [{"name": 'Say "hi"', "gone": None}]})
    'CYPHER `rows`=[{`name`:"Say \\\\"hi\\\\"",`gone`:null}] '
    """
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
        except LiteralError as exc:
            raise ParamError(f"cannot send parameter ${name}: {exc}") from None
    return "CYPHER " + " ".join(parts) + " "
