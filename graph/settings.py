"""Which store to use: one place resolves flags, environment and defaults.

Precedence: command-line flags, then the standard Neo4j variables
(``NEO4J_URI``, ``NEO4J_USERNAME`` or ``NEO4J_USER``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``). With no URI the embedded FalkorDB store is used, kept in
``--home`` / ``NATO_GRAPH_HOME`` (default: ``$XDG_DATA_HOME/nato-graph``, that
is ``~/.local/share/nato-graph``).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from nato_graph.errors import SettingsError

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_DATABASE = "neo4j"
EMBEDDED_GRAPH = "nato"
# Seconds a query may run before the server stops it (``--timeout``, ``NATO_GRAPH_TIMEOUT``).
DEFAULT_TIMEOUT = 30.0
# A load batch (one UNWIND statement) may run this many times as long as a query.
LOAD_TIMEOUT_FACTOR = 10
MAX_TIMEOUT = 365 * 24 * 3600.0  # seconds
# Whole MiB one query may use on the embedded server (FalkorDB's QUERY_MEM_CAPACITY), read when
# a server starts and set once it has read its data back (a cap on the replay of its log would
# make a sound store look damaged); unset, a quarter of the machine's memory
# (stores.server.query_memory_limit).
QUERY_MEMORY_VARIABLE = "NATO_GRAPH_QUERY_MEMORY"


class Secret:
    """A password that never shows itself in str(), repr() or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Resolved store settings. ``uri`` is None for the embedded store."""

    home: Path
    uri: str | None = None
    username: str | None = None
    password: Secret | None = None
    database: str | None = None
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per query; None: no limit
    # bytes one query may use on an embedded server this starts; None: a quarter of the machine's
    query_memory: int | None = None

    @property
    def load_timeout(self) -> float | None:
        """Seconds one load batch may run: ``LOAD_TIMEOUT_FACTOR`` times the query limit."""
        return None if self.timeout is None else self.timeout * LOAD_TIMEOUT_FACTOR

    @property
    def kind(self) -> str:
        return "neo4j" if self.uri else "embedded"

    @property
    def location(self) -> str:
        """Where the store is, safe to print: a URI without credentials, or the home path."""
        return self.uri if self.uri else str(self.home)

    def redact(self, text: str) -> str:
        """Remove the password from any text that is about to be shown.

        Only where the whole password stands on its own (not inside a longer word),
        so a short password does not scatter stars through the message:

        >>> Settings(Path("."), "bolt://h", password=Secret("a")).redact("cannot reach a:a@h")
        'cannot reach ***:***@h'
        """
        if self.password and self.password.reveal():
            whole = re.escape(self.password.reveal())
            text = re.sub(rf"(?<![\w]){whole}(?![\w])", "***", text)
        return text


def default_home(env: Mapping[str, str] = os.environ) -> Path:
    data = env.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "nato-graph"


def file_in_the_way(target: Path) -> Path | None:
    """The first directory on the way to ``target`` (or ``target`` itself) that is not a
    directory (a file, a device); None where the rest is missing or cannot be looked at. The
    home check and the output paths (``outfiles``) both ask it."""
    for step in (*reversed(target.parents), target):
        try:
            mode = step.stat().st_mode
        except (OSError, ValueError):
            return None  # missing (made later) or unreadable: the OSError says why
        if not stat.S_ISDIR(mode):
            return step
    return None


def _home_checked(home: Path) -> Path:
    """``home``, or a SettingsError when it, or a directory on the way to it, is a file: the
    same line whether ``--home`` or ``NATO_GRAPH_HOME`` named it (not "File exists" from deep
    inside the server's start)."""
    step = file_in_the_way(home)  # none where the rest is missing: made when the store starts
    if step is not None:
        what = "is a file" if step == home else f"cannot be made: {step} is a file"
        raise SettingsError(
            f"the home {home} {what}; --home and NATO_GRAPH_HOME name the directory the "
            "embedded store keeps its data in"
        )
    return home


def parse_timeout(value: str | float | None, source: str = "--timeout") -> float | None:
    """Seconds from a flag, the environment or the API; 0 means no limit (None).

    >>> parse_timeout("2.5"), parse_timeout(0), parse_timeout(None)
    (2.5, None, 30.0)
    """
    if value is None or value == "":
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{source} must be a number of seconds, not {value!r}") from None
    if not seconds >= 0 or seconds == float("inf"):  # NaN fails the comparison
        raise SettingsError(f"{source} must be 0 (no limit) or a positive number of seconds")
    if 0 < seconds < 0.001:
        raise SettingsError(f"{source} must be at least 0.001 s (or 0 for no limit)")
    if seconds > MAX_TIMEOUT:  # a deadline that far off overflows the platform's clocks
        raise SettingsError(
            f"{source} must be at most {MAX_TIMEOUT:.0f} s (a year), or 0 for no limit"
        )
    return seconds or None


def _split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """Take ``user:password@`` out of a URI, returning the clean URI and both parts."""
    scheme, sep, rest = uri.partition("://")
    if not sep or "@" not in rest:
        return uri, None, None
    # Up to the last "@", not the end of the netloc: a password typed without percent-encoding
    # may hold "/", "?" or "#", which would otherwise end the netloc early and leave the
    # password in the URI that error messages show.
    userinfo, _, after = rest.rpartition("@")
    parts = urlsplit(f"{scheme}://{after}")
    user, colon, password = userinfo.partition(":")
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, parts.fragment))
    return clean, unquote(user) or None, unquote(password) if colon else None


def parse_query_memory(value: str | None) -> int | None:
    """Bytes from ``NATO_GRAPH_QUERY_MEMORY`` (whole MiB, at least 1); None when it is not set.

    >>> parse_query_memory("64"), parse_query_memory(None)
    (67108864, None)
    """
    text = (value or "").strip()
    if not text:
        return None
    most = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") >> 20  # the machine's MiB
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= most:
        raise SettingsError(
            f"{QUERY_MEMORY_VARIABLE}: {text[:40]!r} is not a whole number of MiB from 1 to "
            f"{most:,} (this machine's memory)"
        )
    return int(text) << 20


def resolve(
    *,
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    home: str | os.PathLike[str] | None = None,
    timeout: str | float | None = None,
    env: Mapping[str, str] = os.environ,
) -> Settings:
    """Resolve settings from explicit values (flags) first, then ``env``.

    >>> s = resolve(env={"NEO4J_URI": "neo4j+s://u:pw@db.example:7687"})
    >>> s.kind, s.uri, s.username, str(s.password)
    ('neo4j', 'neo4j+s://db.example:7687', 'u', "Secret('***')")
    >>> resolve(env={}, home="/tmp/x").kind
    'embedded'
    """
    uri = uri or env.get("NEO4J_URI") or None
    home_path = Path(home or env.get("NATO_GRAPH_HOME") or default_home(env)).expanduser()
    if timeout is not None:
        limit = parse_timeout(timeout)
    else:
        limit = parse_timeout(env.get("NATO_GRAPH_TIMEOUT"), "NATO_GRAPH_TIMEOUT")
    if not uri:
        memory = parse_query_memory(env.get(QUERY_MEMORY_VARIABLE))
        return Settings(home=_home_checked(home_path), timeout=limit, query_memory=memory)

    allowed = ", ".join(f"{s}://" for s in NEO4J_SCHEMES)
    try:
        scheme = urlsplit(uri).scheme
        if scheme in NEO4J_SCHEMES:
            uri, uri_user, uri_password = _split_credentials(uri)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL"; the URI itself may hold a password
        raise SettingsError(
            f"the Neo4j URI is not valid ({exc}); expected e.g. neo4j://host:7687"
        ) from None
    if not scheme:
        raise SettingsError(f"the Neo4j URI has no scheme; use one of {allowed}")
    if scheme not in NEO4J_SCHEMES:
        raise SettingsError(f"unsupported Neo4j URI scheme {scheme}://; use one of {allowed}")
    if not uri.startswith(f"{scheme}://"):  # "neo4j:user:pw@host" would be shown whole in errors
        raise SettingsError(f"the Neo4j URI must start with {scheme}://, e.g. {scheme}://host:7687")
    user = username or uri_user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j"
    secret = password or uri_password or env.get("NEO4J_PASSWORD")
    return Settings(
        home=home_path,
        uri=uri,
        username=user,
        password=Secret(secret) if secret else None,
        database=database or env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
        timeout=limit,
    )
