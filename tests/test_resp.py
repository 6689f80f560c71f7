"""The embedded store's own protocol client, against the real server."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from nato_graph.settings import EMBEDDED_GRAPH
from nato_graph.stores.base import Store
from nato_graph.stores.resp import Client, ReplyError, pack
from nato_graph.stores.server import EmbeddedServer


@pytest.fixture()
def client(session_store: Store) -> Client:
    path = EmbeddedServer(session_store.settings.home).socket_path
    return Client(path, timeout=10, connect_timeout=5)


def test_replies_of_every_shape(client: Client) -> None:
    with client:
        assert client.call("PING") == "PONG"
        assert client.call("ECHO", "žlutý kůň ✓") == "žlutý kůň ✓"  # UTF-8 both ways
        assert client.call("EXISTS", "no such key") == 0
        reply = client.call(
            "GRAPH.RO_QUERY", EMBEDDED_GRAPH, "RETURN 1 AS one, null AS n", "--compact"
        )
        assert reply[1] == [[[3, 1], [1, None]]]  # (kind, value) cells: integer, null


def test_an_error_reply_is_raised_and_the_connection_goes_on(client: Client) -> None:
    with client:
        with pytest.raises(ReplyError, match="unknown command"):
            client.call("NO-SUCH-COMMAND")
        assert client.call("PING") == "PONG"
        with pytest.raises(ReplyError, match="Division by zero"):
            client.call("GRAPH.RO_QUERY", EMBEDDED_GRAPH, "UNWIND [1, 0] AS x RETURN 1 / x")
        # The loader's half-calls hand an error reply back as a value, for it to raise in order.
        client.send("NO-SUCH-COMMAND")
        assert isinstance(client.receive(), ReplyError)
        assert client.call("PING") == "PONG"


def test_a_transaction_runs_whole_or_not_at_all(client: Client) -> None:
    with client:
        client.call("DEL", "test:counter", "test:other")
        assert client.transaction(("INCR", "test:counter"), ("INCRBY", "test:counter", 2)) == [1, 3]
        with pytest.raises(ReplyError):  # refused while queued (wrong arity): nothing runs
            client.transaction(("INCR", "test:other"), ("INCR",))
        assert client.call("GET", "test:other") is None
        assert client.call("PING") == "PONG"  # the connection goes on
        client.call("DEL", "test:counter")


def test_a_reply_larger_than_one_read(client: Client) -> None:
    """A reply of many megabytes arrives over many reads of the socket, whole."""
    rows = 200_000
    with client:
        reply = client.call(
            "GRAPH.RO_QUERY",
            EMBEDDED_GRAPH,
            f"UNWIND range(1, {rows}) AS i RETURN i, 'row ' + toString(i) AS s",
            "--compact",
        )
    assert len(reply[1]) == rows
    assert reply[1][-1] == [[3, rows], [2, f"row {rows}"]]


def test_a_missing_server_and_a_silent_one(tmp_path: Path) -> None:
    with pytest.raises(ConnectionError, match=r"cannot connect to .*nothing\.sock"):
        Client(str(tmp_path / "nothing.sock"), timeout=1, connect_timeout=1).call("PING")
    # A listener that never answers: the wait ends at the timeout, and the connection is closed.
    path = str(tmp_path / "silent.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(path)
        listener.listen()
        silent = Client(path, timeout=0.3, connect_timeout=1)
        with pytest.raises(TimeoutError):
            silent.call("PING")
        assert silent._sock is None  # a reply may still be owed: never reused


def test_threads_do_not_interleave_requests(client: Client) -> None:
    seen: list[object] = []

    def ask(i: int) -> None:
        for _ in range(50):
            seen.append(client.call("ECHO", f"thread {i}") == f"thread {i}")

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert seen == [True] * 200


def test_pack_is_the_protocols_array_of_bulk_strings() -> None:
    assert pack(["SET", "k", 12, 1.5]) == b"*4\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n12\r\n$3\r\n1.5\r\n"
