"""A small client for the embedded server's protocol (RESP2) on its unix socket.

The embedded store sends a dozen kinds of command to one local server. redis-py,
on which the ``falkordb`` package builds, imports its own asyncio client and
Python's ``asyncio`` even when used synchronously: about 100 ms of every
command's start-up, most of what opening the store cost (issue 19). This client
writes commands itself and reads replies with hiredis's C parser, the one redis-py
used here too, so replies decode as fast as before.

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

READ_SIZE = 1 << 18  # bytes read from the socket at a time


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
        self._reader = hiredis.Reader(replyError=ReplyError, encoding="utf-8")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            self._reader = None

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
