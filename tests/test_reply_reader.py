"""The C reader of the embedded store's replies (graph/stores/_reply.c), on the real server.

It must change how fast an answer is read, never what the answer is: every answer here is
read both ways, by the C reader and by hiredis with the store's Python decoder, and compared.
Replies it does not follow (too deep, malformed) go to hiredis; damaged bytes never crash it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.bench_queries import raw_reply
from nato_graph import questions
from nato_graph.errors import QueryError
from nato_graph.queries.catalogue import get
from nato_graph.stores import Store, resp
from nato_graph.stores.falkor_params import params_header
from nato_graph.stores.resp import ReplyError

_reply = pytest.importorskip("nato_graph.stores._reply", reason="built without a C compiler")

VALUES = [
    "RETURN 1 AS i, -7 AS neg, 1.5 AS f, 1e300 AS big, true AS b, false AS no, null AS n, "
    "'x' AS s, '' AS empty, 'žlutý ✓' AS utf8, [1, 'a', null, [true]] AS l, {k: [1], m: {}} AS m",
    "RETURN date('2023-04-04') AS d, localdatetime('2023-04-04T10:11:12') AS ldt, "
    "localtime('10:11:12') AS t, duration('P40D') AS dur, point({latitude: 1.5, longitude: 2}) AS p",
    "MATCH p = (a:Country)-[r]->(f) RETURN a, r, f, p, [a, r] AS both, {node: a} AS held LIMIT 5",
    "UNWIND range(1, 3000) AS i RETURN i, 'row ' + toString(i) AS s, [i, toString(i)] AS l",
    "MATCH (c:Country) RETURN c.name AS name, [(c)-[r]->(x) | {t: type(r), to: x.key}] AS out",
    "RETURN 1 AS one LIMIT 0",
    # Short strings are made once per reply and shared: many distinct ones (more than the
    # reader's 4,096 slots, so slots are taken over), repeated ones, non-ASCII ones, and the
    # lengths either side of the 64 bytes it shares.
    "UNWIND range(1, 20000) AS i RETURN toString(i % 7) AS few, 'k' + toString(i) AS many, "
    "'ž' + toString(i % 300) AS utf8, [toString(i % 3), 'x' + toString(i)] AS l, "
    "{a: toString(i % 2)} AS m, substring('" + "y" * 70 + "', 0, 63 + i % 3) AS edge",
]


def both_ways(store: Store, query: str) -> tuple[Any, Any]:
    """The answer read by the C reader, and by hiredis with the Python decoder."""
    ours = store.read(query)
    kept = resp._reply
    resp._reply = None  # type: ignore[assignment]
    try:
        theirs = store.read(query)
    finally:
        resp._reply = kept
    return ours, theirs


@pytest.mark.parametrize("query", VALUES)
def test_every_kind_of_value_reads_the_same_both_ways(loaded: Store, query: str) -> None:
    ours, theirs = both_ways(loaded, query)
    assert (ours.columns, ours.rows) == (theirs.columns, theirs.rows)


def test_a_short_string_repeated_in_an_answer_is_one_object(loaded: Store) -> None:
    """What makes a big answer quicker to read and smaller: its repeated statuses, frameworks
    and names are one str each (strings cannot change, so sharing them is safe)."""
    rows = loaded.read("UNWIND range(1, 500) AS i RETURN 'PfP' AS f, toString(i) AS n").rows
    assert len({id(r["f"]) for r in rows}) == 1
    assert len({r["n"] for r in rows}) == 500


@pytest.mark.parametrize("name", [q.name for q in questions()])
def test_every_question_reads_the_same_both_ways(loaded: Store, name: str) -> None:
    query = get(name)
    text = params_header(query.bind({})) + query.text
    ours, theirs = both_ways(loaded, text)
    assert ours.rows == theirs.rows


def test_an_error_while_running_is_raised_and_the_connection_goes_on(loaded: Store) -> None:
    with pytest.raises(QueryError, match="Division by zero"):
        loaded.read("UNWIND [1, 0] AS x RETURN 1 / x AS y")
    assert loaded.read("RETURN 2 AS two").value() == 2


def test_a_reply_nested_deeper_than_the_reader_goes_is_read_by_hiredis(loaded: Store) -> None:
    depth = 300  # the C reader stops at 256 open arrays
    # Built by the query, not written as a literal: the server's parser is slow on deep ones.
    result = loaded.read(f"RETURN reduce(x = 1, i IN range(1, {depth}) | [x]) AS deep")
    value = result.value()
    for _ in range(depth):
        assert isinstance(value, list) and len(value) == 1
        value = value[0]
    assert value == 1
    assert loaded.read("RETURN 3 AS three").value() == 3  # the connection goes on


# -- the bytes themselves ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(loaded: Store) -> Iterator[bytes]:
    yield raw_reply(loaded, VALUES[0] + " UNION ALL " + VALUES[0])


def test_the_scanner_finds_the_end_however_the_reply_arrives(sample: bytes) -> None:
    scanner = _reply.Scanner()
    ends = [scanner.feed(sample, n) for n in range(1, len(sample) + 1)]  # a byte at a time
    assert ends == [-1] * (len(sample) - 1) + [len(sample)]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cuts=st.lists(st.integers(min_value=1), max_size=8))
def test_the_scanner_and_a_single_read_agree_on_any_split(sample: bytes, cuts: list[int]) -> None:
    scanner = _reply.Scanner()
    points = [*sorted({c % len(sample) for c in cuts} - {0}), len(sample)]
    assert [scanner.feed(sample, p) for p in points][-1] == len(sample)
    assert (
        _reply.decode(sample, len(sample), ReplyError)[:3]
        == _reply.decode(bytearray(sample), len(sample), ReplyError)[:3]
    )


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_bytes_are_refused_never_a_crash(sample: bytes, data: st.DataObject) -> None:
    """Bytes flipped, dropped or cut: the reader returns something or raises ValueError."""
    damaged = bytearray(sample)
    for _ in range(data.draw(st.integers(1, 4))):
        if not damaged:
            break
        at = data.draw(st.integers(0, len(damaged) - 1))
        action = data.draw(st.sampled_from(["flip", "drop", "cut", "digit"]))
        if action == "flip":
            damaged[at] = data.draw(st.integers(0, 255))
        elif action == "drop":
            del damaged[at]
        elif action == "cut":
            del damaged[at:]
        else:
            damaged[at : at + 1] = b"9999999999"
    with contextlib.suppress(ValueError):
        _reply.Scanner().feed(damaged, len(damaged))
    with contextlib.suppress(ValueError):
        _reply.decode(damaged, len(damaged), ReplyError)


def test_lengths_outside_the_buffer_are_refused(sample: bytes) -> None:
    with pytest.raises(ValueError, match="outside"):
        _reply.decode(sample, len(sample) + 1, ReplyError)
    with pytest.raises(ValueError, match="outside"):
        _reply.Scanner().feed(sample, -1)
    with pytest.raises(_reply.Refused, match="after the reply"):
        _reply.decode(sample + b"+OK\r\n", len(sample) + 5, ReplyError)
