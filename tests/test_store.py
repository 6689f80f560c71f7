"""The store contract, on the real embedded FalkorDB store."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from nato_graph import schema
from nato_graph.errors import QueryError
from nato_graph.output import json_answer as to_json
from nato_graph.records import Node, Path, Relationship, Result
from nato_graph.stores import GraphCounts, ReadOnlyError, Store

CREATE_COUNTRIES = "UNWIND $rows AS row CREATE (:Country {iso3: row.iso3, name: row.name})"


def _countries(n: int) -> list[dict[str, Any]]:
    return [{"iso3": f"C{i:02d}", "name": f"Country {i}"} for i in range(n)]


@pytest.mark.parametrize(
    ("rows", "batch_size", "batches"),
    [
        pytest.param(10, 3, [3, 3, 3, 1], id="uneven"),
        pytest.param(9, 3, [3, 3, 3], id="even"),
        pytest.param(5, 1000, [5], id="one-batch"),
        pytest.param(0, 3, [], id="no-rows"),
        pytest.param(4, 1, [1, 1, 1, 1], id="batch-of-one"),
    ],
)
def test_write_rows_in_batches(
    store: Store, rows: int, batch_size: int, batches: list[int]
) -> None:
    seen: list[int] = []
    counters = store.write_rows(
        CREATE_COUNTRIES, _countries(rows), batch_size=batch_size, progress=seen.append
    )
    assert seen == batches
    assert counters.nodes_created == rows
    assert counters.properties_set == 2 * rows
    names = store.read("MATCH (c:Country) RETURN c.name AS name ORDER BY name").rows
    assert names == [{"name": f"Country {i}"} for i in range(rows)]


def test_write_rows_passes_extra_params(store: Store) -> None:
    query = "UNWIND $rows AS row CREATE (:Country {iso3: row, region: $region})"
    store.write_rows(query, ["AAA", "BBB"], batch_size=1, params={"region": "nowhere"})
    assert store.read(
        "MATCH (c:Country) RETURN c.iso3 AS iso3, c.region AS region ORDER BY iso3"
    ).rows == [
        {"iso3": "AAA", "region": "nowhere"},
        {"iso3": "BBB", "region": "nowhere"},
    ]


def test_write_rows_rejects_batch_size_zero(store: Store) -> None:
    with pytest.raises(ValueError, match="batch size must be at least 1"):
        store.write_rows(CREATE_COUNTRIES, _countries(1), batch_size=0)


def _country_codes(store: Store) -> list[str]:
    return [
        r["iso3"] for r in store.read("MATCH (c:Country) RETURN c.iso3 AS iso3 ORDER BY iso3").rows
    ]


def test_write_rows_stops_at_a_failing_batch(store: Store) -> None:
    """The second batch fails on the server: the first stays written, the third is never sent."""
    store.ensure_schema()  # Country.iso3 is unique
    rows = [{"iso3": "AAA", "name": "a"}, {"iso3": "BBB", "name": "b"}, {"iso3": "AAA", "name": "again"},
            {"iso3": "CCC", "name": "c"}, {"iso3": "DDD", "name": "d"}]  # fmt: skip
    seen: list[int] = []
    with pytest.raises(QueryError, match="unique constraint"):
        store.write_rows(CREATE_COUNTRIES, rows, batch_size=2, progress=seen.append)
    assert seen == [2]
    assert _country_codes(store) == ["AAA", "BBB"]
    store.write_rows(CREATE_COUNTRIES, [{"iso3": "EEE", "name": "e"}])  # the store is still usable
    assert _country_codes(store) == ["AAA", "BBB", "EEE"]


def test_write_rows_refuses_an_unsendable_batch_after_a_good_one(store: Store) -> None:
    """The second batch cannot be encoded while the first runs: the first is written and reported."""
    rows = [{"iso3": "AAA", "name": "a"}, {"iso3": "BBB", "name": float("nan")}]
    seen: list[int] = []
    with pytest.raises(
        QueryError, match=r"cannot send parameter \$rows: nan is not a finite number"
    ):
        store.write_rows(CREATE_COUNTRIES, rows, batch_size=1, progress=seen.append)
    assert seen == [1]
    assert _country_codes(store) == ["AAA"]
    assert store.read("RETURN 1 AS one").value() == 1


def test_write_rows_reports_the_earlier_failure_first(store: Store) -> None:
    """Batch one fails on the server while batch two cannot be encoded: batch one's error is the one raised."""
    store.ensure_schema()
    store.write(
        CREATE_COUNTRIES.replace("UNWIND $rows AS row ", "WITH {iso3: 'AAA', name: 'a'} AS row ")
    )
    rows = [{"iso3": "AAA", "name": "dup"}, {"iso3": "BBB", "name": float("inf")}]
    with pytest.raises(QueryError, match="unique constraint"):
        store.write_rows(CREATE_COUNTRIES, rows, batch_size=1)
    assert _country_codes(store) == ["AAA"]


def test_read_back_with_parameters(store: Store) -> None:
    store.write_rows(CREATE_COUNTRIES, _countries(3))
    result = store.read(
        "MATCH (c:Country {iso3: $iso3}) RETURN c.name AS name, $n + 1 AS m",
        {"iso3": "C01", "n": 41},
    )
    assert isinstance(result, Result)
    assert result.columns == ["name", "m"]
    assert result.rows == [{"name": "Country 1", "m": 42}]
    assert result.first() == {"name": "Country 1", "m": 42}
    assert result.value() == "Country 1"
    assert store.read("MATCH (c:Country {iso3: 'none'}) RETURN c").value("empty") == "empty"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param('O\'Brien "x" \\ $y // MATCH (n) DETACH DELETE n', id="quotes-and-cypher"),
        pytest.param("end\\", id="trailing-backslash"),
        pytest.param("line\nbreak\ttab", id="control-whitespace"),
        pytest.param("Türkiye 東京 🙂", id="unicode"),
        pytest.param(["a", 1, 2.5, True, None, {"k": ["v"]}], id="nested-list"),
        pytest.param({"weird key-1": 1, "@type": "x"}, id="map-keys"),
        pytest.param(2**63 - 1, id="int64-max"),
        pytest.param("", id="empty-text"),
    ],
)
def test_parameters_round_trip(store: Store, value: Any) -> None:
    store.write("CREATE (:Country {iso3: 'KEEP'})")
    assert store.read("RETURN $p AS p", {"p": value}).rows == [{"p": value}]
    assert store.counts().labels == {"Country": 1}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(
            dt.date(2020, 1, 1),
            "cannot send parameter $p: date values are not supported",
            id="date",
        ),
        pytest.param(
            float("nan"), "cannot send parameter $p: nan is not a finite number", id="nan"
        ),
        pytest.param(
            2**63,
            "cannot send parameter $p: 9223372036854775808 does not fit in a 64-bit integer",
            id="int-overflow",
        ),
        pytest.param("a\x00b", "cannot send parameter $p: text with a NUL character", id="nul"),
        pytest.param(
            {"a`b": 1},
            "cannot send parameter $p: map key 'a`b' is not a usable name",
            id="backtick-key",
        ),
        pytest.param({1, 2}, "cannot send parameter $p: set values are not supported", id="set"),
    ],
)
def test_unsendable_parameters_are_refused(store: Store, value: Any, message: str) -> None:
    with pytest.raises(QueryError) as info:
        store.read("RETURN $p AS p", {"p": value})
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("CREATE (n:X)", id="create"),
        pytest.param("MERGE (n:Country {iso3: 'NEW'})", id="merge"),
        pytest.param("MATCH (c:Country) SET c.name = 'changed'", id="set"),
        pytest.param("MATCH (c:Country) DETACH DELETE c", id="delete"),
        pytest.param("MATCH (c:Country) REMOVE c.name", id="remove"),
        pytest.param("CREATE INDEX FOR (n:X) ON (n.k)", id="create-index"),
    ],
)
def test_read_rejects_writes(store: Store, statement: str) -> None:
    store.write_rows(CREATE_COUNTRIES, _countries(2))
    with pytest.raises(ReadOnlyError, match="read-only"):
        store.read(statement)
    assert store.counts() == GraphCounts(labels={"Country": 2})
    assert store.read("MATCH (c:Country) RETURN collect(c.name) AS n").value() == [
        "Country 0",
        "Country 1",
    ]


def test_bad_cypher_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError) as info:
        store.read("MATCH (n")
    assert not isinstance(info.value, ReadOnlyError)
    assert "\n" not in str(info.value)
    assert "errCtx" not in str(info.value)


def _constraints(store: Store) -> list[tuple[str, tuple[str, ...], str]]:
    rows = store.read(
        "CALL db.constraints() YIELD type, label, properties RETURN type, label, properties"
    ).rows
    return sorted((r["label"], tuple(r["properties"]), r["type"]) for r in rows)


def _indexes(store: Store) -> list[tuple[str, str]]:
    rows = store.read("CALL db.indexes() YIELD label, properties RETURN label, properties").rows
    return sorted((r["label"], p) for r in rows for p in r["properties"])


def expected_indexes() -> list[tuple[str, str]]:
    """Each label's key and searched properties, and the `names` of each named label."""
    return sorted(
        {(nt.label, p) for nt in schema.NODE_TYPES for p in (nt.key, *nt.indexed)}
        | {(label, "names") for label in schema.NAMED_LABELS}
    )


def test_ensure_schema_is_idempotent(store: Store) -> None:
    expected_constraints = sorted((nt.label, (nt.key,), "UNIQUE") for nt in schema.NODE_TYPES)
    store.ensure_schema()
    assert _constraints(store) == expected_constraints
    assert _indexes(store) == expected_indexes()
    store.ensure_schema()
    assert _constraints(store) == expected_constraints  # each listed once
    assert _indexes(store) == expected_indexes()


def test_ensure_schema_when_another_loader_made_the_indexes_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two loads start together: both see no index, one creates them, the other must not fail.

    The interleaving is rare in a real race, so it is laid out here: the second
    loader acts on the index list it read before the first loader wrote.
    """
    seen_before = store._indexed()  # type: ignore[attr-defined]
    assert seen_before == set()
    store.ensure_schema()  # the first loader
    monkeypatch.setattr(store, "_indexed", lambda: seen_before)
    store.ensure_schema()  # the second loader
    monkeypatch.undo()
    assert _indexes(store) == expected_indexes()


def test_schema_keys_stay_unique(store: Store) -> None:
    store.ensure_schema()
    merge = "UNWIND $rows AS row MERGE (c:Country {iso3: row.iso3}) SET c.name = row.name"
    first = store.write_rows(merge, [{"iso3": "ISR", "name": "Israel"}])
    again = store.write_rows(merge, [{"iso3": "ISR", "name": "State of Israel"}])
    assert (first.nodes_created, again.nodes_created) == (1, 0)
    assert store.read("MATCH (c:Country) RETURN c.iso3 AS iso3, c.name AS name").rows == [
        {"iso3": "ISR", "name": "State of Israel"}
    ]
    with pytest.raises(QueryError):
        store.write("CREATE (:Country {iso3: 'ISR'})")  # the constraint refuses a second ISR
    assert store.counts().labels == {"Country": 1}


def test_ensure_schema_with_data_present(store: Store) -> None:
    store.write_rows(CREATE_COUNTRIES, _countries(3))
    store.ensure_schema()
    assert ("Country", ("iso3",), "UNIQUE") in _constraints(store)
    assert store.counts().labels == {"Country": 3}


def test_counts_by_label_and_type(store: Store) -> None:
    assert store.counts() == GraphCounts()
    store.write(
        "CREATE (a:Country {iso3: 'AAA'})-[:PARTNER_IN]->(f:Framework {key: 'pfp'}), "
        "(b:Country {iso3: 'BBB'})-[:PARTNER_IN]->(f), (a)-[:IN_REGION]->(:Region {key: 'r'})"
    )
    counts = store.counts()
    assert counts.labels == {"Country": 2, "Framework": 1, "Region": 1}
    assert counts.types == {"IN_REGION": 1, "PARTNER_IN": 2}
    assert (counts.nodes, counts.relationships) == (4, 3)
    assert list(counts.labels) == sorted(counts.labels)  # stable order for `status`


def test_counts_skip_emptied_labels(store: Store) -> None:
    store.write("CREATE (:Country {iso3: 'AAA'}), (:Threat {key: 't'})")
    store.write("MATCH (t:Threat) DELETE t")
    assert store.counts().labels == {"Country": 1}


def test_clear_empties_the_graph(store: Store) -> None:
    store.ensure_schema()
    store.write("CREATE (:Country {iso3: 'AAA'})-[:IN_REGION]->(:Region {key: 'r'})")
    store.clear()
    assert store.counts() == GraphCounts()
    assert store.read("MATCH (n) RETURN count(n) AS n").value() == 0
    store.ensure_schema()  # the schema can be set up again on the cleared graph
    store.write("CREATE (:Country {iso3: 'AAA'})")
    assert store.counts().labels == {"Country": 1}


def test_values_are_backend_neutral(store: Store) -> None:
    store.write(
        "CREATE (:Country {iso3: 'ISR', name: 'Israel', aliases: ['State of Israel']})"
        "-[:PARTNER_IN {joined: '1995-02', joined_year: 1995}]->"
        "(:Framework {key: 'md', acronym: 'MD'})"
    )
    created = store.read("MATCH p = (a:Country)-[r:PARTNER_IN]->(f:Framework) RETURN a, r, f, p")
    row = created.rows[0]
    a, r, f, p = row["a"], row["r"], row["f"], row["p"]
    assert isinstance(a, Node) and isinstance(f, Node)
    assert (a.labels, a.label, dict(a.properties)) == (
        ("Country",),
        "Country",
        {"iso3": "ISR", "name": "Israel", "aliases": ["State of Israel"]},
    )
    assert isinstance(r, Relationship)
    assert (r.type, r.start, r.end, dict(r.properties)) == (
        "PARTNER_IN",
        a.id,
        f.id,
        {"joined": "1995-02", "joined_year": 1995},
    )
    assert isinstance(p, Path)
    assert (p.nodes, p.relationships, len(p)) == ((a, f), (r,), 1)
    assert store.read("MATCH (a:Country) RETURN a").value() == a  # the same node each time
    assert json.loads(to_json(created))[0]["p"] == {
        "nodes": [
            {
                "id": a.id,
                "labels": ["Country"],
                "properties": {"iso3": "ISR", "name": "Israel", "aliases": ["State of Israel"]},
            },
            {"id": f.id, "labels": ["Framework"], "properties": {"key": "md", "acronym": "MD"}},
        ],
        "relationships": [
            {
                "id": r.id,
                "type": "PARTNER_IN",
                "start": a.id,
                "end": f.id,
                "properties": {"joined": "1995-02", "joined_year": 1995},
            },
        ],
    }


def test_temporal_values_are_plain_and_iso_in_json(store: Store) -> None:
    result = store.read(
        "RETURN date('2023-04-04') AS d, localdatetime('2023-04-04T10:11:12') AS ldt, "
        "localtime('10:11:12') AS t, duration('P40D') AS dur"
    )
    assert result.rows == [{
        "d": dt.date(2023, 4, 4),
        "ldt": dt.datetime(2023, 4, 4, 10, 11, 12),  # a local date-time: no time zone
        "t": dt.time(10, 11, 12),
        "dur": dt.timedelta(days=40),
    }]  # fmt: skip
    data = json.loads(to_json(result))
    assert data[0]["d"] == "2023-04-04"
    assert data[0]["ldt"] == "2023-04-04T10:11:12"
    assert data[0]["t"] == "10:11:12"
    assert data[0]["dur"] == "P40D"


@pytest.mark.parametrize(
    ("duration", "iso"),
    [
        pytest.param("duration('PT0S')", "PT0S", id="zero"),
        pytest.param("duration('PT90M')", "PT1H30M", id="minutes"),
        pytest.param("duration('P2DT4S')", "P2DT4S", id="days-and-seconds"),
        pytest.param("duration('PT1S') - duration('PT3S')", "-PT2S", id="negative"),
    ],
)
def test_durations_print_in_iso_8601(store: Store, duration: str, iso: str) -> None:
    result = store.read(f"RETURN {duration} AS d")
    assert json.loads(to_json(result)) == [{"d": iso}]


def test_plain_values(store: Store) -> None:
    row = store.read(
        "RETURN 1 AS i, 1.5 AS f, true AS b, null AS n, 'x' AS s, [1, 'a'] AS l, {k: [1]} AS m"
    ).rows
    assert row == [
        {"i": 1, "f": 1.5, "b": True, "n": None, "s": "x", "l": [1, "a"], "m": {"k": [1]}}
    ]


def test_describe_names_the_store(store: Store) -> None:
    info = store.describe()
    assert info["store"] == "embedded (FalkorDB)"
    assert info["home"] == str(store.settings.home)
    assert info["server"].startswith("running, pid ")
    assert (store.kind, store.engine) == ("embedded", "falkordb")


def test_every_kind_of_value_comes_back_as_plain_data(store: Store) -> None:
    """Nested lists and maps, numbers, booleans, nulls, points, nodes, relationships and paths."""
    store.write("CREATE (:Region {key: 'r', name: 'R'})-[:PART_OF {w: 1.5}]->(:Region {key: 's'})")
    row = store.read(
        "MATCH p = (a:Region {key: 'r'})-[e]->(b) "
        "RETURN [1, 'x', null, [true, false]] AS list, {k: 2.5, m: {z: [a]}} AS map, "
        "[{n: 1, l: [2.5, null, 'y']}, [], [e]] AS lists, "
        "point({latitude: 1.5, longitude: 2}) AS point, p AS path, e AS rel"
    ).rows[0]
    assert row["list"] == [1, "x", None, [True, False]]
    assert row["lists"] == [{"n": 1, "l": [2.5, None, "y"]}, [], [row["rel"]]]
    assert row["map"]["k"] == 2.5
    (inner,) = row["map"]["m"]["z"]
    assert isinstance(inner, Node) and inner.properties == {"key": "r", "name": "R"}
    assert row["point"] == {"latitude": 1.5, "longitude": 2.0}
    path = row["path"]
    assert isinstance(path, Path) and [n.properties["key"] for n in path.nodes] == ["r", "s"]
    (rel,) = path.relationships
    assert rel == row["rel"] and rel.type == "PART_OF" and rel.properties == {"w": 1.5}
    assert (rel.start, rel.end) == (path.nodes[0].id, path.nodes[1].id)


def test_labels_types_and_keys_made_after_a_read_are_named(store: Store) -> None:
    """The store names labels, relationship types and property keys by number in its replies;
    ones made after the names were first read come back by name too."""
    store.write("CREATE (:Region {key: 'first'})-[:PART_OF]->(:Region {key: 'second'})")
    assert store.read("MATCH (n)-[r]->() RETURN n, r").rows[0]["r"].type == "PART_OF"
    store.write(
        "CREATE (:MadeLate {key: 'a', made_late: 1})-[:LINKED_LATE {late_too: 2}]->(:AlsoLate)"
    )
    row = store.read("MATCH (t:MadeLate)-[r]->(k) RETURN t, r, k").rows[0]
    assert row["t"].labels == ("MadeLate",) and row["t"].properties == {"key": "a", "made_late": 1}
    assert row["r"].type == "LINKED_LATE" and row["r"].properties == {"late_too": 2}
    assert row["k"].labels == ("AlsoLate",)


def test_an_answer_built_with_the_collector_paused_goes_to_the_oldest_generation() -> None:
    """A kept answer is not walked by the next young collection; the collector comes back on,
    and objects the program froze itself stay frozen."""
    import gc

    from nato_graph.values import collector_paused

    assert gc.isenabled()
    with collector_paused(kept=True):
        assert not gc.isenabled()
        rows = [{"sources": [i]} for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(r) in oldest and id(r["sources"]) in oldest for r in rows)
    gc.freeze()
    gc.disable()  # no collection moves the objects below while they are looked for
    try:
        frozen = gc.get_freeze_count()
        with collector_paused(kept=True):
            young = [{"sources": [i]} for i in range(10)]
        assert gc.get_freeze_count() == frozen and not gc.isenabled()
        youngest = {id(o) for o in gc.get_objects(generation=0)}
        assert all(id(r) in youngest for r in young)
    finally:
        gc.enable()
        gc.unfreeze()
