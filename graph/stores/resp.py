"""A small client for the embedded server's protocol (RESP2) on its unix socket.

The embedded store sends a dozen kinds of command to one local server. redis-py,
on which the ``falkordb`` package builds, imports its own asyncio client and
Python's ``asyncio`` even when used synchronously: about 100 ms of every
command's start-up, most of what opening the store cost (issue 19). This client
writes commands itself and reads replies with hiredis's C parser, the one redis-py
used here too, so replies decode as fast as before.

A query's reply can be read by ``call_rows`` instead: its bytes go to the C reader of
``_reply.c``, which makes each row a dict of its cells' values in one pass (hiredis would
build a list for every cell first). Without that module (built with the package when a C
compiler is there), or for a reply it refuses, hiredis reads the same bytes.

One client is one connection, used by one request at a time (a lock keeps threads
from interleaving). A request that fails part-way (a timeout, a lost server) closes
the connection, since a reply may still be owed on it; the next request opens a new one.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterable
from typing import Any

import hiredis

try:
    from nato_graph.stores import _reply
except ImportError:  # built without a C compiler: hiredis reads every reply
    _reply = None  # type: ignore[assignment]

READ_SIZE = 1 << 18  # bytes read from the socket at a time
GROWTH_CAP = 1 << 25  # a buffer for a big reply grows by its size, at most this much at a time


class ReplyError(Exception):
    """An error reply from the server (``-ERR ...``), raised or, inside a reply, held as a value."""


class Client:
    """A connection to the server listening on the unix socket ``path``.

    ``timeout`` bounds each wait for the server (None: no bound); ``connect_timeout``
    bounds opening the connection. Timeouts raise ``TimeoutError``; a refused, missing
    or lost server raises ``ConnectionError`` (both are ``OSError``).
    """

    def __init__(self, path: str, *, timeout: float | None, connect_timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self._sock: socket.socket | None = None
        self._reader: Any = None
        self._buffer = bytearray(READ_SIZE)
        self._lock = threading.Lock()

    def call(self, *args: str | int | float) -> Any:
        """Send one command and return its reply; an error reply is raised as ReplyError."""
        with self._lock:
            self.send(*args)
            reply = self.receive()
        if isinstance(reply, ReplyError):
            raise reply
        return reply

    def transaction(self, *commands: tuple[str | int | float, ...]) -> list[Any]:
        """Run ``commands`` as one MULTI/EXEC transaction (no other client's command runs
        between them) and return their replies; an error reply is raised as ReplyError."""
        with self._lock:  # no other thread's command lands inside the transaction
            for args in (("MULTI",), *commands):
                self.send(*args)
                queued = self.receive()
                if isinstance(queued, ReplyError):
                    self.send("DISCARD")
                    self.receive()
                    raise queued
            self.send("EXEC")
            replies = self.receive()
        if isinstance(replies, ReplyError):
            raise replies
        for reply in replies:
            if isinstance(reply, ReplyError):
                raise reply
        return list(replies)

    def call_rows(self, *args: str | int | float) -> tuple[Any, int]:
        """Send one query and return ``(reply, state)``; an error reply is raised as ReplyError.

        ``state`` 0: the reply is as ``call`` gives it. 1: the C reader decoded it into
        ``[header, rows, statistics]``, each row a dict of its cells' values. 2: the same, but
        some cells, of kinds the C reader leaves to Python, are ``(kind, value)`` tuples
        (see ``_reply.c``).
        """
        if _reply is None:
            return self.call(*args), 0
        with self._lock:
            self.send(*args)
            reply, state = self._receive_rows()
        if state == 0 and isinstance(reply, ReplyError):
            raise reply
        return reply, state

    def _receive_rows(self) -> tuple[Any, int]:
        """The next reply, read into one buffer and decoded by the C reader: (reply, state)."""
        try:
            sock = self._sock
            if sock is None:
                raise ConnectionError("no command was sent on this connection")
            scanner, data, size, end = _reply.Scanner(), bytearray(READ_SIZE), 0, -1
            while end < 0:
                if size == len(data):
                    data.extend(bytes(min(size, GROWTH_CAP)))
                with memoryview(data)[size:] as free:
                    got = sock.recv_into(free)
                if not got:
                    raise ConnectionError("the server closed the connection")
                size += got
                try:
                    end = scanner.feed(data, size)
                except _reply.Refused:  # framing it does not follow (say, very deep nesting)
                    return self._finish_with_hiredis(data, size), 0
            if end != size:  # one request in flight: nothing may follow its reply
                raise ConnectionError("the server sent more than the reply")
            try:
                decoded = _reply.decode(data, end, ReplyError)
            except ValueError:  # refused, or a value Python's own decoding will name
                return self._finish_with_hiredis(data, size), 0
            if len(decoded) == 2:  # not a table: the plain reply
                return decoded[0], 0
            header, rows, stats, state = decoded
            return [header, rows, stats], state
        except BaseException:
            self.close()
            raise

    def _finish_with_hiredis(self, data: bytearray, size: int) -> Any:
        """The reply whose first ``size`` bytes are in ``data``, read the plain way."""
        reader = new_reader()
        reader.feed(data, 0, size)
        self._reader = reader
        return self.receive()

    # The two halves of `call`, for a caller that keeps one command in flight while it prepares
    # the next (the loader). They are not locked: such a caller owns its client.

    def send(self, *args: str | int | float) -> None:
        try:
            if self._sock is None:
                self._connect()
            assert self._sock is not None
            self._sock.sendall(pack(args))
        except BaseException:
            self.close()
            raise

    def receive(self) -> Any:
        """The next reply, as hiredis builds it: str, int, None, lists, or ReplyError values."""
        try:
            sock, reader, buffer = self._sock, self._reader, self._buffer
            if sock is None:
                raise ConnectionError("no command was sent on this connection")
            reply = reader.gets()
            while reply is False:
                size = sock.recv_into(buffer)
                if not size:
                    raise ConnectionError("the server closed the connection")
                reader.feed(buffer, 0, size)
                reply = reader.gets()
            return reply
        except BaseException:
            self.close()
            raise

    def info(self, section: str) -> dict[str, str]:
        """The server's INFO section as name → value (strings, as the server writes them)."""
        text = self.call("INFO", section)
        found = {}
        for line in text.splitlines():
            if line and not line.startswith("#") and ":" in line:
                name, value = line.split(":", 1)
                found[name] = value
        return found

    def _connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(self.connect_timeout)
            sock.connect(self.path)
            sock.settimeout(self.timeout)
        except TimeoutError:
            sock.close()
            raise
        except OSError as exc:  # no socket file, nobody listening, no permission
            sock.close()
            raise ConnectionError(f"cannot connect to {self.path}: {exc.strerror or exc}") from None
        except BaseException:
            sock.close()
            raise
        self._sock = sock
        self._reader = new_reader()

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            self._reader = None

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def new_reader() -> Any:
    """hiredis's parser as this client reads replies: text as str, error replies as ReplyError."""
    return hiredis.Reader(replyError=ReplyError, encoding="utf-8")


def pack(args: Iterable[str | int | float]) -> bytes:
    """One command in the protocol's form: an array of binary-safe strings.

    >>> pack(["PING"]), pack(["ECHO", "é", 7])
    (b'*1\\r\\n$4\\r\\nPING\\r\\n', b'*3\\r\\n$4\\r\\nECHO\\r\\n$2\\r\\n\\xc3\\xa9\\r\\n$1\\r\\n7\\r\\n')
    """
    parts = []
    for arg in args:
        data = arg.encode() if isinstance(arg, str) else str(arg).encode()
        parts.append(b"$%d\r\n%b\r\n" % (len(data), data))
    return b"*%d\r\n" % len(parts) + b"".join(parts)
