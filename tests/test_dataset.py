"""The curated data as loaded into the real embedded store, checked against the data files.

Expected values come from the issue's facts and from the YAML files read with
``yaml.safe_load`` (and the independent networkx model in tests/oracle.py), never
from the loader code.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph import schema
from nato_graph.cli import cli
from nato_graph.loaders.load import load
from nato_graph.stores import Store
from tests import oracle
from tests.oracle import rows


def expected_counts() -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and relationships per type, straight from the data files."""
    labels = {
        "Source": len(rows("sources")), "Region": len(rows("regions")),
        "Country": len(rows("countries")),
        "Organization": len(rows("organizations")), "Framework": len(rows("frameworks")),
        "Threat": len(rows("threats")), "Operation": len(rows("operations")),
        "Institution": len(rows("institutions")), "KnownError": len(rows("known_errors")),
    }  # fmt: skip
    fw, inst = rows("frameworks"), rows("institutions")
    types = {
        "IN_REGION": len(rows("countries")), "MEMBER_OF": len(rows("nato_members")),
        "PARTNER_IN": len(rows("partnerships")), "ADDRESSES": len(rows("addresses")),
        "COOPERATES_ON": len(rows("cooperation")), "CONTRIBUTED_TO": len(rows("contributions")),
        "PART_OF": sum(bool(r.get("part_of")) for r in fw + inst),
        "REPLACED": sum(bool(r.get("replaced")) for r in fw),
        "FRAMEWORK_OF": len(fw),  # every framework is NATO's
        "LED_BY": len(rows("operations")),  # and every operation NATO-led
        "HOSTED_BY": sum(bool(r.get("host")) for r in inst),
        "SERVES": sum(len(r.get("serves") or []) for r in inst),
        "CONDUCTED_IN": sum(len(r.get("countries") or []) for r in rows("operations")),
    }  # fmt: skip
    return labels, {t: n for t, n in types.items() if n}


def partners(store: Store, framework: str) -> dict[str, str]:
    result = store.read(
        "MATCH (c:Country)-[p:PARTNER_IN]->(:Framework {key: $key}) "
        "RETURN c.iso3 AS iso3, p.status AS status",
        {"key": framework},
    )
    return {r["iso3"]: r["status"] for r in result}


def by_status(members: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for iso3, status in members.items():
        out.setdefault(status, set()).add(iso3)
    return out


# -- the facts the issue names -------------------------------------------------------------------


def test_32_nato_members(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH (c:Country)-[m:MEMBER_OF]->(o:Organization {key: 'NATO'}) "
        "RETURN c.name AS name, m.joined_year AS year ORDER BY name"
    )
    years = {r["name"]: r["year"] for r in result}
    assert len(years) == 32
    assert years["Finland"] == 2023
    assert years["Sweden"] == 2024
    assert years["North Macedonia"] == 2020
    assert years["Montenegro"] == 2017
    assert years["Spain"] == 1982
    assert years["Germany"] == 1955
    assert (years["Greece"], years["Türkiye" if "Türkiye" in years else "Turkey"]) == (1952, 1952)
    assert Counter(years.values())[1949] == 12  # the founding members
    assert Counter(years.values())[2004] == 7
    assert len(oracle.members()) == 32


def test_mediterranean_dialogue_has_its_seven(curated_store: Store) -> None:
    assert partners(curated_store, "md") == dict.fromkeys(
        ["DZA", "EGY", "ISR", "JOR", "MAR", "MRT", "TUN"], "active"
    )
    assert (
        curated_store.read("MATCH (f:Framework {key: 'md'}) RETURN f.acronym AS a").value() == "MD"
    )


def test_ici_four_active_two_invited(curated_store: Store) -> None:
    assert by_status(partners(curated_store, "ici")) == {
        "active": {"BHR", "KWT", "QAT", "ARE"},
        "invited": {"SAU", "OMN"},
    }
    rows_ = curated_store.read(
        "MATCH (c:Country)-[p:PARTNER_IN {status: 'invited'}]->(:Framework {key: 'ici'}) "
        "RETURN c.iso3 AS iso3, p.joined AS joined, p.joined_year AS year ORDER BY iso3"
    ).rows
    assert rows_ == [
        {"iso3": "OMN", "joined": None, "year": None},
        {"iso3": "SAU", "joined": None, "year": None},
    ]


def test_pfp_partners_and_former_partners(curated_store: Store) -> None:
    groups = by_status(partners(curated_store, "pfp"))
    assert set(groups) == {"active", "suspended", "became_member"}
    assert len(groups["active"]) == 16
    assert groups["suspended"] == {"RUS", "BLR"}
    assert len(groups["active"] | groups["suspended"]) == 18  # the current partners
    assert len(groups["became_member"]) == 16
    assert groups["became_member"] < oracle.members()
    assert not (groups["active"] | groups["suspended"]) & oracle.members()
    assert {"AUT", "CHE", "IRL", "MLT", "UKR", "GEO"} <= groups["active"]


def test_pfp_became_member_when_joining_nato(curated_store: Store) -> None:
    """A PfP partner's status changed to became_member in the year it joined NATO."""
    result = curated_store.read(
        "MATCH (c:Country)-[p:PARTNER_IN {status: 'became_member'}]->(:Framework {key: 'pfp'}) "
        "MATCH (c)-[m:MEMBER_OF]->(:Organization) "
        "RETURN c.iso3 AS iso3, p.status_changed_year AS changed, m.joined_year AS joined"
    )
    assert len(result) == 16
    assert [r for r in result if r["changed"] != r["joined"]] == []


def test_partners_across_the_globe(curated_store: Store) -> None:
    assert partners(curated_store, "pag") == {
        **dict.fromkeys(["AUS", "COL", "IRQ", "JPN", "KOR", "MNG", "NZL", "PAK"], "active"),
        "AFG": "suspended",
        "ARG": "requested",  # asked on 18 April 2024; no partner
    }


@pytest.mark.parametrize(
    ("iso3", "framework", "expected"),
    [
        pytest.param(
            "MLT",
            "pfp",
            {
                "joined": "1995-04-26",
                "joined_year": 1995,
                "status": "active",
                "status_changed": "2008-04-03",
                "status_changed_year": 2008,
                "history_dates": ["1995-04-26", "1996-10-27", "2008-04-03"],
                "history_years": [1995, 1996, 2008],
                "history_statuses": ["active", "suspended", "active"],
            },
            id="malta-left-and-returned",
        ),
        pytest.param(
            "DZA",
            "md",
            {
                "joined": "2000-03",
                "joined_year": 2000,
                "status": "active",
                "history_statuses": ["active"],
                "history_years": [2000],
            },
            id="algeria-md",
        ),
        pytest.param(
            "RUS",
            "pfp",
            {
                "status": "suspended",
                "status_changed_year": 2014,
                "history_statuses": ["active", "suspended"],
            },
            id="russia-suspended",
        ),
        pytest.param(
            "BLR",
            "pfp",
            {"status": "suspended", "status_changed_year": 2021},
            id="belarus-suspended",
        ),
        pytest.param(
            "AFG", "pag", {"status": "suspended", "status_changed_year": 2021}, id="afghanistan"
        ),
        pytest.param(
            "FIN",
            "pfp",
            {
                "status": "became_member",
                "status_changed_year": 2023,
                "history_statuses": ["active", "became_member"],
            },
            id="finland",
        ),
        pytest.param(
            "SAU",
            "ici",
            {
                "joined": None,
                "status": "invited",
                "status_changed": "2004-06",  # the month: no source gives the day
                "history_dates": ["2004-06"],
                "history_statuses": ["invited"],
            },
            id="saudi-invited-never-joined",
        ),
        pytest.param(
            "COL",
            "pag",
            {"joined": "2017-05", "history_dates": ["2017-05"], "history_earliest": ["2017-05"]},
            id="colombia-dated-from-its-start",
        ),
        pytest.param(
            "ISR",
            "icp",
            {"history_dates": ["2006-10-16", "2019"], "history_earliest": ["", "2011-04"]},
            id="israel-icp-change-bounded",
        ),
        pytest.param("ISR", "ipcp", {"history_earliest": ["2011-04"]}, id="israel-ipcp-from-2011"),
    ],
)
def test_partnership_properties(
    curated_store: Store, iso3: str, framework: str, expected: dict
) -> None:
    props = curated_store.read(
        "MATCH (:Country {iso3: $iso3})-[p:PARTNER_IN]->(:Framework {key: $fw}) "
        "RETURN properties(p) AS p",
        {"iso3": iso3, "fw": framework},
    ).value()
    assert {k: props.get(k) for k in expected} == expected


def test_country_and_framework_properties(curated_store: Store) -> None:
    israel = curated_store.read("MATCH (c:Country {iso3: 'ISR'}) RETURN properties(c) AS p").value()
    assert israel == {
        "iso3": "ISR",
        "name": "Israel",
        "aliases": ["State of Israel"],
        "region": "Western Asia",
        "names": ["isr", "israel", "state of israel"],  # derived: how the questions find it
    }
    md = curated_store.read("MATCH (f:Framework {key: 'md'}) RETURN properties(f) AS p").value()
    assert (md["acronym"], md["name"], md["kind"]) == ("MD", "Mediterranean Dialogue", "framework")
    assert md["launched"].startswith("1994") and md["launched_year"] == 1994
    nato = curated_store.read(
        "MATCH (o:Organization) RETURN o.key AS key, o.founded_year AS y"
    ).rows
    assert nato == [{"key": "NATO", "y": 1949}]


# -- the loaded graph equals the data files --------------------------------------------------------


def test_counts_equal_the_data_files(curated_store: Store) -> None:
    labels, types = expected_counts()
    counts = curated_store.counts()
    assert counts.labels == labels
    assert counts.types == types


def test_counts_equal_the_oracle(curated_store: Store) -> None:
    g = oracle.graph()
    assert curated_store.counts().labels == dict(Counter(label for label, _ in g.nodes))
    assert curated_store.counts().types == dict(
        Counter(d["type"] for _, _, d in g.edges(data=True))
    )


def _norm(value: Any) -> Any:
    """YAML as the loader stores it: dates as ISO text (quoted in the files already)."""
    return str(value) if hasattr(value, "isoformat") else value


@pytest.mark.parametrize(
    ("kind", "label", "key", "fields"),
    [
        pytest.param("countries", "Country", "iso3", ("name",), id="countries"),
        pytest.param(
            "frameworks",
            "Framework",
            "key",
            (
                "acronym",
                "name",
                "kind",
                "launched",
                "ended",
                "purpose",
                "regional_focus",
                "sources",
                "confidence",
            ),
            id="frameworks",
        ),
        pytest.param(
            "threats",
            "Threat",
            "key",
            ("name", "kind", "description", "sources", "confidence"),
            id="threats",
        ),
        pytest.param(
            "operations",
            "Operation",
            "key",
            ("name", "start", "end", "sources", "confidence"),
            id="operations",
        ),
        pytest.param(
            "sources", "Source", "key", ("title", "url", "publisher", "kind", "dated"), id="sources"
        ),
        pytest.param("regions", "Region", "key", ("name",), id="regions"),
    ],
)
def test_node_properties_equal_the_data_files(
    curated_store: Store, kind: str, label: str, key: str, fields: tuple[str, ...]
) -> None:
    label = schema.checked_label(label)
    loaded = {
        r["k"]: r["p"]
        for r in curated_store.read(
            f"MATCH (n:{label}) RETURN n.{key} AS k, properties(n) AS p"
        ).rows
    }
    expected = {r[key]: {f: _norm(r.get(f)) for f in fields} for r in rows(kind)}
    assert {k: {f: p.get(f) for f in fields} for k, p in loaded.items()} == expected


def test_aliases_default_to_empty_lists(curated_store: Store) -> None:
    loaded = {
        r["k"]: r["a"]
        for r in curated_store.read("MATCH (c:Country) RETURN c.iso3 AS k, c.aliases AS a")
    }
    assert loaded == {r["iso3"]: r.get("aliases") or [] for r in rows("countries")}


def test_partnership_edges_equal_the_data_files(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH (c:Country)-[p:PARTNER_IN]->(f:Framework) "
        "RETURN c.iso3 AS c, f.key AS f, p.joined AS joined, p.status AS status, "
        "p.status_changed AS status_changed, p.sources AS sources, p.confidence AS confidence"
    )
    loaded = {
        (r["c"], r["f"]): {
            k: r[k] for k in ("joined", "status", "status_changed", "sources", "confidence")
        }
        for r in result
    }
    expected = {
        (r["country"], r["framework"]): {
            "joined": r.get("joined"), "status": r["status"],
            "status_changed": r.get("status_changed"),
            "sources": r["sources"], "confidence": r["confidence"],
        }
        for r in rows("partnerships")
    }  # fmt: skip
    assert loaded == expected


def test_membership_edges_equal_the_data_files(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH (c:Country)-[m:MEMBER_OF]->(:Organization) RETURN c.iso3 AS c, m.joined AS joined, "
        "m.joined_year AS year, m.sources AS sources"
    )
    loaded = {r["c"]: (r["joined"], r["year"], r["sources"]) for r in result}
    assert loaded == {
        r["country"]: (r["joined"], int(r["joined"][:4]), r["sources"])
        for r in rows("nato_members")
    }


def test_dates_have_years_beside_them(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH ()-[r:PARTNER_IN]->() RETURN r.joined AS d, r.joined_year AS y "
        "UNION ALL MATCH ()-[r:PARTNER_IN]->() "
        "RETURN r.status_changed AS d, r.status_changed_year AS y "
        "UNION ALL MATCH (f:Framework) RETURN f.launched AS d, f.launched_year AS y "
        "UNION ALL MATCH (o:Operation) RETURN o.start AS d, o.start_year AS y"
    )
    assert len(result) > 100
    iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for row in result:
        assert (row["d"] is None) == (row["y"] is None), row
        if row["d"] is not None:
            assert iso.match(row["d"]) and int(row["d"][:4]) == row["y"], row


def test_every_fact_has_existing_sources(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH ()-[r]->() WHERE type(r) IN $facts RETURN type(r) AS type, r.sources AS sources, "
        "r.confidence AS confidence",
        {"facts": list(schema.FACT_TYPES)},
    )
    source_keys = set(curated_store.read("MATCH (s:Source) RETURN collect(s.key) AS k").value())
    fact_count = sum(n for t, n in curated_store.counts().types.items() if t in schema.FACT_TYPES)
    assert len(result) == fact_count > 0
    unsourced = [r for r in result if not r["sources"]]
    assert unsourced == []
    missing = {s for r in result for s in r["sources"]} - source_keys
    assert missing == set()
    assert {r["confidence"] for r in result} <= set(schema.CONFIDENCE_LEVELS)
    assert {r["type"] for r in result} == set(schema.FACT_TYPES)


def test_fact_nodes_have_existing_sources(curated_store: Store) -> None:
    result = curated_store.read(
        "MATCH (n) WHERE n:Framework OR n:Threat OR n:Operation OR n:Institution OR n:Organization "
        "OR n:KnownError RETURN n.sources AS sources"
    )
    source_keys = set(curated_store.read("MATCH (s:Source) RETURN collect(s.key) AS k").value())
    assert all(r["sources"] for r in result)
    assert {s for r in result for s in r["sources"]} <= source_keys


def test_statuses_are_known(curated_store: Store) -> None:
    statuses = curated_store.read(
        "MATCH ()-[p:PARTNER_IN]->() RETURN collect(DISTINCT p.status) AS s"
    ).value()
    assert set(statuses) <= set(schema.PARTNERSHIP_STATUSES)


# -- loading is idempotent -------------------------------------------------------------------------


def test_loading_twice_creates_nothing_new(store: Store) -> None:
    labels, types = expected_counts()
    ticks: list[int] = []
    planned: list[int] = []
    first = load(store, batch_size=50, progress=ticks.append, on_planned=planned.append)
    assert dict(first.nodes_created) == labels
    assert {t: n for t, n in first.relationships_created.items() if n} == types
    assert max(ticks) <= 50
    assert sum(ticks) == planned[0] == first.rows
    counts = store.counts()
    assert (counts.labels, counts.types) == (labels, types)

    second = load(store)
    assert second.created == 0
    assert second.rows == first.rows
    assert store.counts() == counts


def test_cli_load_twice(runner: CliRunner, cli_env: dict[str, str], store: Store) -> None:
    labels, types = expected_counts()
    nodes, rels = sum(labels.values()), sum(types.values())
    first = runner.invoke(cli, ["load"], env=cli_env)
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert re.fullmatch(
        rf"loaded {nodes + rels} rows in \d+\.\d\d s: created {nodes} nodes, {rels} relationships",
        lines[0],
    )
    assert lines[1:] == [f"  {k:<20} +{v}" for k, v in sorted(labels.items())] + [
        f"  {k:<20} +{v}" for k, v in sorted(types.items())
    ]
    status = runner.invoke(cli, ["status", "--format", "json"], env=cli_env).stdout

    second = runner.invoke(cli, ["load", "--batch-size", "7"], env=cli_env)
    assert second.exit_code == 0, second.output
    assert re.fullmatch(
        rf"loaded {nodes + rels} rows in \d+\.\d\d s: created 0 nodes, 0 relationships",
        second.stdout.splitlines()[0],
    )
    assert runner.invoke(cli, ["status", "--format", "json"], env=cli_env).stdout == status


def test_cli_load_reset(runner: CliRunner, cli_env: dict[str, str], store: Store) -> None:
    store.write("CREATE (:Stray {key: 'x'})")
    declined = runner.invoke(cli, ["load", "--reset"], env=cli_env, input="n\n")
    assert declined.exit_code == 1
    assert "Delete every node and relationship in" in declined.output
    assert store.counts().labels == {"Stray": 1}  # nothing deleted, nothing loaded

    done = runner.invoke(cli, ["load", "--reset", "--yes"], env=cli_env)
    assert done.exit_code == 0, done.output
    labels, types = expected_counts()
    assert (store.counts().labels, store.counts().types) == (labels, types)
