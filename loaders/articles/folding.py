"""Latin letters without their accents, one character for one: how names are matched in text.

Apart from entities.py so that world.py, which entities.py reads, can use it without a cycle.
"""

from __future__ import annotations

import unicodedata


def _fold_table() -> dict[int, str]:
    """Each accented Latin letter (U+00C0-U+024F, U+1E00-U+1EFF) to its letter without accents."""
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base = decomposed[0]
        if (
            len(decomposed) > 1
            and base.isascii()
            and base.isalpha()
            and all(unicodedata.combining(c) for c in decomposed[1:])
        ):
            table[code] = base
    return table


_FOLD = _fold_table()


def fold_accents(text: str) -> str:
    """Latin letters without their accents ("Israël": "Israel", "Chișinău": "Chisinau"), one
    character for one, so that an offset in the folded text is the same offset in ``text``.

    Names are matched in folded text against folded aliases: a name written with accents the
    data does not give, or without those it gives ("Turkiye"), is still found."""
    return text.translate(_FOLD)
