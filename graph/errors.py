"""The exceptions library code raises; only the CLI turns them into exit codes."""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Iterator, Mapping


class NatoGraphError(Exception):
    """A problem the user can act on; its message is one clear line.

    ``redacted``: the message was built with the password taken out of every part that came
    from elsewhere (a driver's reply), so the command line shows it as it is, not masked again:
    a password that is also a word of the message ("neo4j", "bolt") would garble it and tell which
    word it is."""

    redacted: bool = False


class ArgumentError(NatoGraphError):
    """An argument of a library call has the wrong type or is out of range (``top="3"``,
    ``batch_size=0``): said in one line naming it, before anything is read or written."""


class MissingPackageError(NatoGraphError):
    """An optional package a call needs is not installed (pandas for ``Result.to_df``): said with
    the command that installs it."""


class SettingsError(NatoGraphError):
    """The store settings (flags or environment) do not make sense."""


class StoreError(NatoGraphError):
    """The graph store could not be reached or refused a request."""


class QueryError(StoreError):
    """A Cypher statement was rejected (syntax, semantics, or a write on the read path)."""


class ReadOnlyError(QueryError):
    """A statement that writes was sent down the read path."""


class ServerError(StoreError):
    """The embedded FalkorDB server could not be started, reached or stopped."""


class QueryTimeoutError(QueryError):
    """A statement ran past the time limit (``--timeout``, ``NATO_GRAPH_TIMEOUT``, ``connect(timeout=)``)."""

    def __init__(self, seconds: float, what: str = "the query") -> None:
        self.seconds = seconds
        self.what = what
        super().__init__(
            f"{what} took longer than {seconds:g} s (the limit set by --timeout or "
            "NATO_GRAPH_TIMEOUT; raise it, or 0 for none); the server stopped working on it"
        )

    def naming(self, what: str) -> QueryTimeoutError:
        """The same error, saying which question or view ran too long."""
        return QueryTimeoutError(self.seconds, what)


class DamagedStoreError(StoreError):
    """The embedded store's files are missing, cut or altered: its data cannot be trusted."""


class IncompleteLoadError(NatoGraphError):
    """Rows a load sent are not in the graph afterwards (another process changed it meanwhile)."""


# What a damaged embedded store can do about it (DamagedStoreError messages end with it).
REPAIR_ADVICE = (
    "`nato-graph server repair` moves the damaged files aside and starts an empty store (then "
    "load your data again), or `nato-graph load --reset --yes` does that and loads the bundled data"
)


# How a message names the parameters it is about, at its start: "neighbourhood: parameter 'hops'
# must be 1 to 3" (a question's range), "parameter entity: text ..." (what cannot be sent),
# "from and to both name Japan (JPN)", "to: no entity named ..." or, once shown, "hops must ...".
_NAMING = (
    re.compile(r"^[\w-]+: parameter '(?P<p>[^'\s]+)'(?P<rest> )"),
    re.compile(r"^parameter (?P<p>[^\s:]+)(?P<rest>: )"),
    re.compile(r"^(?P<p>[^\s:]+) and (?P<q>[^\s:]+)(?P<rest> both )"),
    re.compile(r"^(?P<p>[^\s:]+)(?P<rest>: | )"),
)


def shown_as(exc: NatoGraphError, names: Mapping[str, str]) -> NatoGraphError:
    """``exc`` with the parameters its message starts by naming shown as ``names`` maps them,
    or ``exc`` itself when it names none of them.

    A view fills in a question's parameters from its own arguments (``view.path(source,
    target, hops=...)`` asks ``connection`` with ``from``, ``to`` and ``max_hops``), and the
    command line names those arguments its own way (``A``, ``B``, ``--hops``): an error is about
    what the user typed, not a parameter the user never saw.

    >>> shown_as(NatoGraphError("connection: parameter 'max_hops' must be 1 to 6, got 9"),
    ...          {"max_hops": "hops"})
    NatoGraphError('hops must be 1 to 6, got 9')
    >>> shown_as(NatoGraphError("from and to both name Japan (JPN)"), {"from": "A", "to": "B"})
    NatoGraphError('A and B both name Japan (JPN)')

    Advice to give a parameter more room names it as shown too, wherever it stands:

    >>> shown_as(NatoGraphError("no connection: ...; a larger max_hops (up to 6) may find one"),
    ...          {"max_hops": "hops"})
    NatoGraphError('no connection: ...; a larger hops (up to 6) may find one')
    """
    text = str(exc)
    for pattern in _NAMING:
        m = pattern.match(text)
        if not m:
            continue
        params = [m.group(g) for g in ("p", "q") if g in pattern.groupindex]
        if not all(p in names for p in params):
            continue
        text = " and ".join(names[p] for p in params) + m.group("rest") + text[m.end() :]
        break
    text = _LARGER.sub(lambda m: m.group(1) + names.get(m.group(2), m.group(2)), text)
    if text == str(exc):
        return exc
    renamed = copy.copy(exc)
    renamed.args = (text,)
    return renamed


# "a larger max_hops (up to 6) may find ...": the questions' advice names the parameter to raise.
_LARGER = re.compile(r"(\ba larger )([\w-]+)")


@contextlib.contextmanager
def parameters_shown(names: Mapping[str, str]) -> Iterator[None]:
    """Errors raised inside name the parameters as ``names`` shows them (``shown_as``)."""
    try:
        yield
    except NatoGraphError as exc:
        renamed = shown_as(exc, names)
        if renamed is exc:
            raise
        raise renamed from None
