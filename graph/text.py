"""Text that leaves nato-graph: the one sanitiser for the terminal, JSON, CSV and XML.

Names, notes and addresses come from data files, articles and other people's
graphs, so any of them may hold characters that drive a terminal or disguise
text. One rule decides which characters those are (:func:`is_control`): the
C0 and C1 controls and DEL, every Unicode format character (bidirectional
overrides and isolates such as U+202E, the marks U+200E/U+200F/U+061C,
zero-width spaces and joiners, U+2060, the byte-order mark U+FEFF), the line
and paragraph separators and lone surrogates. Each writer then neutralises
them its own way:

- terminal text (:func:`escape_control`, :func:`one_line`): shown as visible
  escapes (``\\x1b``, ``\\u202e``), so nothing is hidden and nothing runs;
- JSON (:func:`to_json`): written as ``\\uXXXX`` escapes; strict JSON, where
  NaN and infinities become ``null``;
- CSV (:func:`csv_cell`): controls escaped, and a text cell that a
  spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``,
  ``@``, tab or carriage return) prefixed with ``'`` as OWASP advises;
- XML (:func:`xml_text`): controls and the characters XML 1.0 forbids
  (U+FFFE, U+FFFF) as visible escapes.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

# Cc (C0, DEL, C1), Cf (bidi controls, zero-width characters, BOM, ...), Cs (lone
# surrogates), Zl and Zp (U+2028, U+2029). Private-use, unassigned and space characters
# (NBSP in a name is common) print as themselves.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
# Control characters a data value may not hold: C0 but tab, CR and LF; DEL; C1 (\x9b is a
# one-byte CSI escape on some terminals).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]")
# Characters XML 1.0 does not allow at all (its Char production), whatever their escaping.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_control(ch: str) -> bool:
    """Whether ``ch`` drives or disguises text: a control, format or separator character.

    >>> [is_control(c) for c in ("\\x1b", "\\x9b", "\\u202e", "\\u200b", "\\ufeff", "é", "\\xa0")]
    [True, True, True, True, True, False, False]
    """
    return unicodedata.category(ch) in _CONTROL_CATEGORIES


_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(ch: str) -> str:
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_control(text: str, keep: str = "") -> str:
    """``text`` with every control character (:func:`is_control`) shown as an escape, so it
    prints as it is stored and cannot drive the terminal; characters in ``keep`` stay.

    >>> escape_control("a\\x1b]0;b\\nc\\u202e")
    'a\\\\x1b]0;b\\\\nc\\\\u202e'
    >>> escape_control("two\\nlines", keep="\\n")
    'two\\nlines'
    """
    if text.isprintable():  # the common case, at C speed
        return text
    return "".join(_escape(c) if c not in keep and is_control(c) else c for c in text)


def shown_path(path: str, keep: str = "") -> str:
    """A file name (or a message quoting one) as it may be shown: a byte the file system holds
    that is not UTF-8 (which Python reads as a lone surrogate, ``\\udcfd``) as ``\\xfd``, the
    byte itself, and every other control character escaped (:func:`escape_control`; those in
    ``keep`` stay).

    >>> shown_path(os.fsdecode(b"d/\\xfd.md")), shown_path("out/\\x1b[2J.html")
    ('d/\\\\xfd.md', 'out/\\\\x1b[2J.html')
    """
    if path.isprintable():  # the common case
        return path
    parts = re.split("([\udc80-\udcff]+)", path)
    return "".join(
        "".join(f"\\x{b:02x}" for b in os.fsencode(part)) if i % 2 else escape_control(part, keep)
        for i, part in enumerate(parts)
    )


def shell_word(text: str) -> str:
    """``text`` as one word a POSIX shell (bash, zsh) reads back as it is, to be copied from a
    message into a command: quoted where it needs quotes, and as ``$'...'`` with ``\\xNN``
    escapes where it holds bytes that are not UTF-8 or control characters.

    >>> shell_word("d/a.md"), shell_word("my files/a.md"), shell_word(os.fsdecode(b"d/\\xfd.md"))
    ('d/a.md', "'my files/a.md'", "$'d/\\\\xfd.md'")
    """
    import shlex

    if text.isprintable():
        return shlex.quote(text)
    out = []
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{os.fsencode(ch)[0]:02x}")
        elif ch in "\\'":
            out.append("\\" + ch)
        elif is_control(ch):
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8", "surrogatepass")))
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


def one_line(text: str) -> str:
    """``text`` for a table cell: line breaks and tabs as spaces, other controls escaped.

    >>> one_line("Israel\\n\\tJordan\\u200b")
    'Israel  Jordan\\\\u200b'
    """
    return escape_control(_BREAKS.sub(" ", text))


def has_control(text: str) -> bool:
    """Whether ``text`` holds a C0 or C1 control character other than tab, CR and LF (what a
    data file may not hold).

    >>> has_control("two\\nlines"), has_control("bell\\x07")
    (False, True)
    """
    return _FORBIDDEN.search(text) is not None


# -- JSON ------------------------------------------------------------------------------------


def finite(value: Any) -> Any:
    """``value`` with NaN and infinite floats, in maps and lists too, as None (JSON has no
    such numbers: JavaScript's ``JSON.stringify`` writes them as null too).

    >>> finite({"a": float("nan"), "b": [1.5, float("-inf")]})
    {'a': None, 'b': [1.5, None]}
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # as a UTF-16 surrogate pair, as JSON writes characters past the BMP
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def to_json(value: Any, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """Strict JSON: readable non-ASCII text, control characters as ``\\uXXXX``, NaN and
    infinities as null (see :func:`finite`).

    >>> print(to_json({"name": "Côte d'Ivoire\\u202e\\x9b", "score": float("nan")}))
    {"name": "Côte d'Ivoire\\u202e\\u009b", "score": null}
    """
    raw = json.dumps(
        finite(value), ensure_ascii=False, allow_nan=False, indent=indent, sort_keys=sort_keys
    )
    if raw.isprintable():
        return raw
    # Outside strings JSON text is ASCII, so every control character here is inside one.
    return "".join(_json_escape(c) if c != "\n" and is_control(c) else c for c in raw)


# -- CSV -------------------------------------------------------------------------------------


def csv_text(text: str) -> str:
    """A text cell a spreadsheet shows as text: controls escaped (tab and newline kept), and
    a leading ``=``, ``+``, ``-``, ``@``, tab or CR behind a ``'``, as OWASP advises against
    CSV injection. Numbers are not text: write them as numbers, not through here.

    >>> csv_text("=HYPERLINK(1)"), csv_text("-3"), csv_text("Israel"), csv_text("a\\x9bb")
    ("'=HYPERLINK(1)", "'-3", 'Israel', 'a\\\\x9bb')
    """
    formula = text.startswith(FORMULA_START)  # judged on the text as given: CR is escaped below
    text = escape_control(text, keep="\t\n")
    return "'" + text if formula or text.startswith(FORMULA_START) else text


# -- XML -------------------------------------------------------------------------------------


def xml_text(text: str) -> str:
    """``text`` as an XML 1.0 document can hold it: control characters (tab and line breaks
    kept) and characters XML forbids (U+FFFE, U+FFFF) as visible escapes.

    >>> xml_text("Isr\\x00ael\\x9b\\ufffe\\n")
    'Isr\\\\x00ael\\\\x9b\\\\ufffe\\n'
    """
    return _NOT_XML.sub(lambda m: _escape(m.group()), escape_control(text, keep="\t\n\r"))


# -- layout ----------------------------------------------------------------------------------


def clip(text: str, width: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``width`` characters, ending in ``ellipsis`` when cut.

    >>> clip("Mediterranean Dialogue", 10), clip("MD", 10), clip("Istanbul Cooperation", 12, "...")
    ('Mediterra…', 'MD', 'Istanbul...')
    """
    if len(text) <= width:
        return text
    return text[: width - len(ellipsis)].rstrip() + ellipsis


def clip_middle(text: str, width: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``width`` characters by leaving out its middle, at word breaks
    where there are some: for captions told apart by their ends (claims that begin alike and
    differ in what they are about).

    >>> clip_middle("Switzerland cooperates with NATO on cyber defence", 46)
    'Switzerland cooperates … on cyber defence'
    >>> clip_middle("Japan is a partner", 36), len(clip_middle("x" * 50, 20))
    ('Japan is a partner', 20)
    """
    if len(text) <= width:
        return text
    room = width - len(ellipsis) - 2  # two spaces round the ellipsis
    tail = room // 2
    head = text[: room - tail]
    end = text[len(text) - tail :]
    if " " in head[-8:]:  # end on a word break when one is near
        head = head[: head.rindex(" ")]
    if " " in end[:8]:
        end = end[end.index(" ") + 1 :]
    return f"{head.rstrip()} {ellipsis} {end.lstrip()}"


def contrast(color: str, dark: str = "#111111", light: str = "#ffffff") -> str:
    """The text colour readable on a ``#rrggbb`` background (perceived brightness).

    >>> contrast("#EECA3B"), contrast("#1F3A93")
    ('#111111', '#ffffff')
    """
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return dark if 0.299 * r + 0.587 * g + 0.114 * b > 150 else light


def listed(names: list[str], last: str = "and") -> str:
    """Names in words: "a", "a and b", "a, b and c" (``last`` for "or")."""
    return f"{', '.join(names[:-1])} {last} {names[-1]}" if len(names) > 1 else names[0]
