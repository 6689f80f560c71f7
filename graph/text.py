"""Small text helpers shared by the terminal output, the views, the loaders and their errors."""

from __future__ import annotations

import re

# Terminal control sequences (CSI, OSC) and C0/C1 control characters but tab and newline:
# data printed to a terminal must never drive it.
_TERMINAL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# Control characters a data value may not hold: C0 but tab, CR and LF; DEL; C1 (\x9b is a
# one-byte CSI escape on some terminals).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every control character, newlines included: what an error message shows escaped.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def strip_control(text: str) -> str:
    """Remove terminal control sequences and control characters (tabs and newlines stay).

    >>> strip_control("Isr\\x1b[31mael\\x07")
    'Israel'
    """
    return _TERMINAL.sub("", text)


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character other than tab, CR and LF.

    >>> has_control("two\\nlines"), has_control("bell\\x07")
    (False, True)
    """
    return _FORBIDDEN.search(text) is not None


def escape_control(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), so it stays one inert line.

    >>> escape_control("a\\x1b]0;b\\nc")
    'a\\\\x1b]0;b\\\\nc'
    """
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def clip(text: str, width: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``width`` characters, ending in ``ellipsis`` when cut.

    >>> clip("Mediterranean Dialogue", 10), clip("MD", 10), clip("Istanbul Cooperation", 12, "...")
    ('Mediterra…', 'MD', 'Istanbul...')
    """
    if len(text) <= width:
        return text
    return text[: width - len(ellipsis)].rstrip() + ellipsis


def contrast(color: str, dark: str = "#111111", light: str = "#ffffff") -> str:
    """The text colour readable on a ``#rrggbb`` background (perceived brightness).

    >>> contrast("#EECA3B"), contrast("#1F3A93")
    ('#111111', '#ffffff')
    """
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return dark if 0.299 * r + 0.587 * g + 0.114 * b > 150 else light
