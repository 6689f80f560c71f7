"""How a name someone gives is compared with the names the data holds: one rule everywhere a name
is resolved (a question's parameters, the views, the suggestions of the checks).

Compatibility forms read as their plain letters (NFKC: full-width ISRAEL, U+FF29 U+FF33 ..., is
ISRAEL), a run of whitespace is one space and outer spaces go, and case does not count: that is the
form looked up among the lower-case ``names`` every named node holds (schema.NAMES_PROPERTY). Accents
count only when they tell names apart: a name the data does not hold as given is looked for again
with the accents of both sides folded (``Israël`` is Israel, ``Turkiye`` is Türkiye), while
``Türkiye`` is found as it is written.

>>> spelled("  mediterranean \\u00a0 dialogue "), looked_up("\\uff29\\uff33\\uff32\\uff21\\uff25\\uff2c")
('mediterranean dialogue', 'israel')
"""

from __future__ import annotations

import unicodedata


def spelled(text: str) -> str:
    """``text`` in compatibility normal form (NFKC), its whitespace collapsed; case kept."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def looked_up(text: str) -> str:
    """The form ``text`` is looked up by among the names the store holds (lower case)."""
    return spelled(text).lower()


def folded(text: str) -> str:
    """``text`` as :func:`looked_up` gives it with its accents folded and its case folded: two names
    with the same folded form differ in accents and case alone.

    The article reader's folder is imported here, on the first name the data does not hold as
    given, not at start-up (it brings the reader's tables with it).

    >>> folded("Israël") == folded("ISRAEL"), folded("Türkiye") == folded("turkiye")
    (True, True)
    """
    from nato_graph.loaders.articles.entities import fold_accents

    return fold_accents(spelled(text)).casefold()
