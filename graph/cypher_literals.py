r"""Values written as Cypher literal text: one encoder, in the two dialects the project needs.

Values go to a database as parameters, never formatted into a statement; but two
places must write parameter values or data as Cypher text themselves:

``FALKORDB_PARAMS``
    FalkorDB takes parameters as a ``CYPHER name=value ...`` header before the
    query text (``nato_graph.stores.falkor_params``). Every row of a load passes
    through it, so the encoder tests exact types first and caches map keys.
``CYPHER_SOURCE``
    The ``cypher`` export (``nato_graph.export``) writes the graph as literals in a
    script for Neo4j's ``cypher-shell -f``, one statement per line; the tests also
    replay it into FalkorDB.

Both write the same values the same way: ``null``, ``true``/``false``, integers
that fit in 64 bits, finite floats (``repr``, with the exponent written as
openCypher's grammar has it, ``1e20`` rather than ``1e+20``: Neo4j reads only
that, FalkorDB both), lists (and tuples), and maps with text keys; a subclass of
one of these (an ``IntEnum``, an ``OrderedDict``, any ``Mapping``) as that type.
Anything else raises LiteralError: NaN and the infinities (no literal), larger
integers (FalkorDB would clamp them), and other types (a ``datetime.date`` must
be sent as ISO text: written as ``1995-02-10`` it would be the number 1983).

Where the dialects differ, each for a reason (a ``Dialect``'s fields):

``string``
    FalkorDB's parser reads no ``\uXXXX`` escape, so in its header a string is
    double-quoted with only the backslash and the double quote escaped, and every
    other character goes as it is; a NUL is refused, as it would end the query
    text. A script line must hold no raw control character, so in the source a
    string is single-quoted, with backslash escapes for the quote, the backslash,
    ``\n \r \t \b \f``, and ``\uXXXX`` for any other control character (C0, DEL,
    C1), all of which Neo4j reads (FalkorDB all but ``\uXXXX``, so such a string
    replays only into Neo4j; the curated data has none).
``key``
    FalkorDB has no escape for a backtick in a name: a map key is always
    backticked, and one that is not text, is empty or holds a backtick is refused.
    In the source a key is bare when it is an identifier, else backticked with a
    backtick doubled (Neo4j's escape), so the export keeps any property name.
``keep_nulls``
    A null in a map is kept in a parameter (``SET n += row.props`` removes a
    property set to null: reloading clears a field a record no longer has) and
    left out of the source (the export leaves null properties out everywhere).
``separator``
    None in the header, which only the server reads; ``", "`` in the script, which
    people read.

Values are always data: nothing in a string or a key can end the literal it is in.

>>> value = {"name": "Côte d'Ivoire", "years": [1994, 2004], "big": 1e20, "gone": None}
>>> print(FALKORDB_PARAMS.literal(value))
{`name`:"Côte d'Ivoire",`years`:[1994,2004],`big`:1e20,`gone`:null}
>>> print(CYPHER_SOURCE.literal(value))
{name: 'Côte d\'Ivoire', years: [1994, 2004], big: 1e20}
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

INT64 = (-(2**63), 2**63 - 1)


class LiteralError(ValueError):
    """A value that has no Cypher literal, or would not arrive as sent."""


_UNSUPPORTED = "values are not supported (use text, numbers, booleans, null, lists and maps; dates as ISO text)"


def _double_quoted(s: str) -> str:
    if "\x00" in s:
        raise LiteralError("text with a NUL character")  # a NUL would end the query text
    if "\\" in s or '"' in s:  # most text has neither: two scans instead of two copies
        s = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + s + '"'


_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def _single_quoted(text: str) -> str:
    r"""A string in single quotes, backslash escapes, other control characters as \uXXXX.

    >>> print(_single_quoted("Côte d'Ivoire\n\\ \x01"))
    'Côte d\'Ivoire\n\\ \u0001'
    """
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


_BACKTICKED: dict[str, str] = {}  # map key -> its checked, backticked text and colon


def _backticked_key(key: Any) -> str:
    text = _BACKTICKED.get(key) if type(key) is str else None
    if text is None:
        if type(key) is not str or not key or "`" in key:
            raise LiteralError(f"map key {key!r} is not a usable name")
        text = "`" + key + "`:"
        if len(_BACKTICKED) < 10_000:  # rows repeat a few keys; a bound for hostile ones
            _BACKTICKED[key] = text
    return text


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def name(text: str) -> str:
    """A name in Cypher source: bare when it is an identifier, else back-quoted.

    >>> name("joined_year"), name("odd key`")
    ('joined_year', '`odd key```')
    """
    return text if _IDENTIFIER.fullmatch(text) else "`" + text.replace("`", "``") + "`"


def _source_key(key: Any) -> str:
    return name(str(key)) + ": "


@dataclass(frozen=True)
class Dialect:
    """How one reader of the text differs (see the module's docstring); ``literal`` encodes."""

    string: Callable[[str], str]  # a string literal
    key: Callable[[Any], str]  # a map key and the colon after it
    keep_nulls: bool  # whether a null in a map is written
    separator: str  # between list items and map entries
    literal: Callable[[Any], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "literal", _encoder(self))


def _encoder(dialect: Dialect) -> Callable[[Any], str]:
    """The dialect's encoder: one code for both, the dialect's parts read from the closure."""
    string, key, keep_nulls, sep = (
        dialect.string,
        dialect.key,
        dialect.keep_nulls,
        dialect.separator,
    )

    def literal(value: Any) -> str:
        """A value as literal text; LiteralError for one that has none. Exact types first:
        the FalkorDB header runs this over every row of a load."""
        t = type(value)
        if t is str:
            return string(value)
        if t is dict:
            return (
                "{"
                + sep.join(
                    [key(k) + literal(v) for k, v in value.items() if keep_nulls or v is not None]
                )
                + "}"
            )
        if t is list or t is tuple:
            return "[" + sep.join([literal(v) for v in value]) + "]"
        if value is None:
            return "null"
        if t is int:
            if not INT64[0] <= value <= INT64[1]:
                raise LiteralError(f"{value} does not fit in a 64-bit integer")
            return str(value)
        if t is bool:
            return "true" if value else "false"
        if t is float:
            if not math.isfinite(value):
                raise LiteralError(f"{value} is not a finite number")
            text = repr(value)
            return text.replace("e+", "e") if "e+" in text else text
        # Subclasses of the plain types are written as those.
        if isinstance(value, bool):
            return literal(bool(value))
        base: type[Any]
        for base in (str, int, float, dict, list, tuple):
            if isinstance(value, base):
                return literal(base(value))
        if isinstance(value, Mapping):
            return literal(dict(value))
        raise LiteralError(f"{t.__name__} {_UNSUPPORTED}")

    return literal


FALKORDB_PARAMS = Dialect(_double_quoted, _backticked_key, keep_nulls=True, separator=",")
CYPHER_SOURCE = Dialect(_single_quoted, _source_key, keep_nulls=False, separator=", ")
