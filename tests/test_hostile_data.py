"""Hostile data files, the third audit: what a load accepted and should not have, on real stores.

Each test is one finding: a reload that left the relationships a corrected record no longer
gives, a contradiction split over two loads, a history that repeats or contradicts itself,
names that look like or are read as another's, numbers where text belongs, a device or FIFO
given as a data file, a file of the wrong shape, an empty list, a framework part of itself.
Every refusal is one problem naming ``file:line: field``, and nothing is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.loaders import DATA_DIR, files
from nato_graph.loaders.load import (
    check_files,
    data_files_in,
    folder_note,
    load,
)
from nato_graph.loaders.validate import ValidationError
from nato_graph.stores import Store

SOURCE = "  sources: [nato-md-topic]\n  confidence: confirmed\n"


def write(tmp_path: Path, files_: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files_.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def problems(tmp_path: Path, files_: dict[str, str]) -> list[str]:
    """The problems the validating pass finds in ``files_``, user files named without the
    folder they were written to."""
    with pytest.raises(ValidationError) as info:
        check_files(write(tmp_path, files_))
    return [str(p).replace(f"{tmp_path}/", "") for p in info.value.problems]


def refused(store: Store, tmp_path: Path, files_: dict[str, str]) -> list[str]:
    """The problems of a load of ``files_`` into ``store`` (after the graph's facts are read),
    which must write nothing."""
    before = fingerprint(store)
    with pytest.raises(ValidationError) as info:
        load(store, write(tmp_path, files_))
    assert fingerprint(store) == before
    return [str(p).replace(f"{tmp_path}/", "") for p in info.value.problems]


def fingerprint(store: Store) -> tuple[object, ...]:
    """Every node and relationship with its properties: what a refused load must not change."""
    nodes = store.read(
        "MATCH (n) RETURN labels(n)[0] AS l, coalesce(n.iso3, n.key) AS k, properties(n) AS p "
        "ORDER BY l, k"
    ).rows
    rels = store.read(
        "MATCH (a)-[r]->(b) RETURN coalesce(a.iso3, a.key) AS a, type(r) AS t, "
        "coalesce(b.iso3, b.key) AS b, properties(r) AS p ORDER BY a, t, b"
    ).rows
    return (
        json.dumps(nodes, sort_keys=True, default=str),
        json.dumps(rels, sort_keys=True, default=str),
    )


def ends(store: Store, start: str, rtype: str) -> list[str]:
    """The keys of the nodes ``start`` (a key or ISO3 code) has ``rtype`` relationships to."""
    rows = store.read(
        "MATCH (a)-[r]->(b) WHERE coalesce(a.iso3, a.key) = $start AND type(r) = $type "
        "RETURN coalesce(b.iso3, b.key) AS b ORDER BY b",
        {"start": start, "type": rtype},
    ).rows
    return [r["b"] for r in rows]


def country(iso3: str = "XQQ", name: str = "Qqland", region: str = "western_asia") -> str:
    return f"- iso3: {iso3}\n  name: {name}\n  region: {region}\n"


def partnership(country_: str = "XQQ", framework: str = "pfp", **fields: str) -> str:
    values = {"joined": "'1995'", "status": "active", **fields}
    lines = "".join(f"  {k}: {v}\n" for k, v in values.items())
    return f"- country: {country_}\n  framework: {framework}\n{lines}{SOURCE}"


def member(country_: str = "XQQ", joined: str = "1999") -> str:
    return f"- country: {country_}\n  joined: '{joined}'\n{SOURCE}"


# -- 1. a reload replaces the relationships a record derives --------------------------------


def test_a_reloaded_country_is_in_its_new_region_only(store: Store, tmp_path: Path) -> None:
    """XQQ loaded in Western Asia, then again in Northern Africa, had two IN_REGION edges and
    was listed in both regions."""
    (first,) = write(tmp_path / "a", {"q.countries.yaml": country(region="western_asia")})
    (again,) = write(tmp_path / "b", {"q.countries.yaml": country(region="northern_africa")})
    load(store, [first])
    assert ends(store, "XQQ", "IN_REGION") == ["western_asia"]
    summary = load(store, [again])
    assert ends(store, "XQQ", "IN_REGION") == ["northern_africa"]
    assert summary.relationships_deleted == {"IN_REGION": 1}
    rows = store.read(
        "MATCH (c:Country {iso3: 'XQQ'}) RETURN c.region AS region, "
        "[(c)-[:IN_REGION]->(r) | r.name] AS regions"
    ).rows
    assert rows == [{"region": "Northern Africa", "regions": ["Northern Africa"]}]


def test_a_reload_that_replaces_links_says_so(
    runner: CliRunner, cli_env: dict[str, str], loaded: Store, tmp_path: Path
) -> None:
    (first,) = write(tmp_path / "a", {"q.countries.yaml": country(region="western_asia")})
    (again,) = write(tmp_path / "b", {"q.countries.yaml": country(region="northern_africa")})
    assert runner.invoke(cli, ["load", str(first)], env=cli_env).exit_code == 0
    result = runner.invoke(cli, ["load", str(again)], env=cli_env)
    assert result.exit_code == 0, result.output
    assert (
        "  IN_REGION            -1 (replaced: the reloaded records no longer give them)"
        in result.stdout.splitlines()
    )


OPERATION = "- key: xop\n  name: Xop\n  start: '2001'\n  countries: {countries}\n" + SOURCE
INSTITUTION = "- key: xin\n  name: Xin\n{fields}" + SOURCE
FRAMEWORK = (
    "- key: xfw\n  acronym: XFW\n  name: Xfw\n  kind: programme\n  launched: '2000'\n"
    "  purpose: x\n{fields}" + SOURCE
)


@pytest.mark.parametrize(
    ("name", "before", "after", "start", "rtype", "ends_before", "ends_after"),
    [
        pytest.param("x.operations.yaml", OPERATION.format(countries="[AFG, IRQ]"),
                     OPERATION.format(countries="[IRQ]"), "xop", "CONDUCTED_IN",
                     ["AFG", "IRQ"], ["IRQ"], id="operation-countries"),
        pytest.param("x.operations.yaml", OPERATION.format(countries="[AFG]"),
                     OPERATION.replace("  countries: {countries}\n", ""), "xop", "CONDUCTED_IN",
                     ["AFG"], [], id="operation-countries-left-out"),
        pytest.param("x.institutions.yaml", INSTITUTION.format(fields="  host: JOR\n"),
                     INSTITUTION.format(fields="  host: ISR\n"), "xin", "HOSTED_BY",
                     ["JOR"], ["ISR"], id="institution-host"),
        pytest.param("x.institutions.yaml", INSTITUTION.format(fields="  serves: [JOR, ISR]\n"),
                     INSTITUTION.format(fields="  serves: [ISR]\n"), "xin", "SERVES",
                     ["ISR", "JOR"], ["ISR"], id="institution-serves"),
        pytest.param("x.institutions.yaml", INSTITUTION.format(fields="  part_of: md\n"),
                     INSTITUTION.format(fields=""), "xin", "PART_OF",
                     ["md"], [], id="institution-part-of-left-out"),
        pytest.param("x.frameworks.yaml", FRAMEWORK.format(fields="  part_of: md\n"),
                     FRAMEWORK.format(fields=""), "xfw", "PART_OF",
                     ["md"], [], id="framework-part-of-left-out"),
        pytest.param("x.frameworks.yaml", FRAMEWORK.format(fields="  replaced: ici\n"),
                     FRAMEWORK.format(fields="  replaced: md\n"), "xfw", "REPLACED",
                     ["ici"], ["md"], id="framework-replaced"),
    ],
)  # fmt: skip
def test_a_reload_replaces_the_relationships_a_record_derives(
    store: Store,
    tmp_path: Path,
    name: str,
    before: str,
    after: str,
    start: str,
    rtype: str,
    ends_before: list[str],
    ends_after: list[str],
) -> None:
    """A record defines every relationship its own fields derive, as it defines its properties:
    what a corrected or shortened field no longer gives is gone after the reload."""
    (first,) = write(tmp_path / "a", {name: before})
    (again,) = write(tmp_path / "b", {name: after})
    load(store, [first])
    assert ends(store, start, rtype) == ends_before
    load(store, [again])
    assert ends(store, start, rtype) == ends_after


def test_reloading_the_bundled_data_removes_nothing(store: Store) -> None:
    """The bundled data, loaded again, is the graph it was: no relationship removed, none made."""
    load(store)
    before = fingerprint(store)
    summary = load(store)
    assert summary.created == 0 and not summary.relationships_deleted
    assert fingerprint(store) == before


def test_a_refused_reload_keeps_the_relationships_of_the_load_before(
    store: Store, tmp_path: Path
) -> None:
    (first,) = write(tmp_path / "a", {"q.countries.yaml": country(region="western_asia")})
    load(store, [first])
    bad = country(region="northern_africa") + "  colour: blue\n"
    assert refused(store, tmp_path / "b", {"q.countries.yaml": bad}) == [
        "q.countries.yaml:4: colour: unknown field (expected one of iso3, name, aliases, region)"
    ]
    assert ends(store, "XQQ", "IN_REGION") == ["western_asia"]


# -- 2. a contradiction split over two loads ------------------------------------------------


def test_an_ally_loaded_after_its_active_partnership_is_refused(
    store: Store, tmp_path: Path, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    """`load q.countries.yaml q.partnerships.yaml q.nato_members.yaml` is refused, but the
    partnerships in one load and the nato_members in the next were accepted, and
    framework-members listed an Ally as an active PfP partner."""
    paths = write(
        tmp_path,
        {
            "q.countries.yaml": country(),
            "q.partnerships.yaml": partnership(),
            "q.nato_members.yaml": member(),
        },
    )
    load(store, paths[:2])
    before = fingerprint(store)
    result = runner.invoke(
        cli, ["load", str(paths[0]), str(paths[2])], env=cli_env, catch_exceptions=False
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: 1 problem in the data; nothing was written:",
        f"{paths[2]}:2: joined: XQQ joined NATO on 1999, but its partnership in pfp is active "
        "(in the graph, from an earlier load): a member's partnership is became_member, or "
        "ended or superseded, by then; load the partnership corrected with this file",
    ]
    assert fingerprint(store) == before
    assert ends(store, "XQQ", "MEMBER_OF") == []


def test_an_active_partnership_of_an_ally_loaded_before_is_refused(
    store: Store, tmp_path: Path
) -> None:
    load(
        store,
        write(tmp_path / "a", {"q.countries.yaml": country(), "q.nato_members.yaml": member()}),
    )
    assert refused(
        store,
        tmp_path / "b",
        {"q.countries.yaml": country(), "q.partnerships.yaml": partnership()},
    ) == [
        "q.partnerships.yaml:4: status: XQQ is a NATO member since 1999 (in the graph, from "
        "an earlier load): a partnership after that date must not be active (became_member, "
        "or ended or superseded by then)"
    ]


def test_a_partnership_corrected_in_the_load_that_gives_the_ally_loads(
    store: Store, tmp_path: Path
) -> None:
    """What a load gives again replaces what the graph holds: it is not held against it."""
    load(
        store,
        write(
            tmp_path / "a", {"q.countries.yaml": country(), "q.partnerships.yaml": partnership()}
        ),
    )
    ended = partnership(status="became_member", status_changed="'1999'")
    load(
        store,
        write(
            tmp_path / "b",
            {
                "q.countries.yaml": country(),
                "q.partnerships.yaml": ended,
                "q.nato_members.yaml": member(),
            },
        ),
    )
    (row,) = store.read(
        "MATCH (:Country {iso3: 'XQQ'})-[r:PARTNER_IN]->(:Framework {key: 'pfp'}) "
        "RETURN r.status AS status"
    ).rows
    assert row == {"status": "became_member"}


XFW = FRAMEWORK.format(fields="")
XOP = "- key: xop\n  name: Xop\n  start: '2000'\n" + SOURCE


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        pytest.param(
            {"a.countries.yaml": country()},
            {"b.countries.yaml": country("XQR", "QQLAND")},
            "b.countries.yaml:2: name: 'qqland' is already a name of the country XQQ (in the "
            "graph, from an earlier load); a name, code or alias may name one country only, "
            "whatever its case",
            id="a-name-of-a-country-loaded-before",
        ),
        pytest.param(
            {"a.countries.yaml": country(), "a.frameworks.yaml": XFW,
             "a.partnerships.yaml": partnership(framework="xfw", joined="'2005'")},
            {"a.countries.yaml": country(),
             "b.frameworks.yaml": XFW.replace("'2000'", "'2010'")},
            "b.frameworks.yaml:5: launched: 2010 is after XQQ joined XFW (2005, in the graph, "
            "from an earlier load, with no joined_basis to say what that date marks); load the "
            "partnership corrected with this file",
            id="a-launch-after-a-join-loaded-before",
        ),
        pytest.param(
            {"a.countries.yaml": country(), "a.operations.yaml": XOP,
             "a.contributions.yaml": f"- country: XQQ\n  operation: xop\n  since: '2006'\n{SOURCE}"},
            {"a.countries.yaml": country(), "b.operations.yaml": XOP.replace("'2000'", "'2010'")},
            "b.operations.yaml:3: start: 2010: XQQ's part in Xop (in the graph, from an earlier "
            "load) is dated 2006, before it began; load the contribution corrected with this file",
            id="an-operation-after-a-contribution-loaded-before",
        ),
        pytest.param(
            {"a.countries.yaml": country(), "a.frameworks.yaml": XFW, "a.operations.yaml": XOP,
             "a.partnerships.yaml": partnership(framework="xfw", joined="'2005'"),
             "a.contributions.yaml": f"- country: XQQ\n  operation: xop\n  via: xfw\n"
                                     f"  since: '2006'\n{SOURCE}"},
            {"a.countries.yaml": country(), "a.frameworks.yaml": XFW,
             "b.partnerships.yaml": partnership(framework="xfw", joined="'2008'")},
            "b.partnerships.yaml:3: joined: 2008 is after XQQ's part in xop through xfw (2006, "
            "in the graph, from an earlier load): it was not made through this partnership; "
            "load the contribution corrected with this file (leave via out)",
            id="a-join-after-a-contribution-through-it-loaded-before",
        ),
        pytest.param(
            {"a.countries.yaml": country(), "a.frameworks.yaml": XFW,
             "a.partnerships.yaml": partnership(framework="xfw", joined="'2008'")},
            {"a.countries.yaml": country(), "a.frameworks.yaml": XFW, "a.operations.yaml": XOP,
             "b.contributions.yaml": f"- country: XQQ\n  operation: xop\n  via: xfw\n"
                                     f"  since: '2006'\n{SOURCE}"},
            "b.contributions.yaml:3: via: XQQ cannot have joined xfw before 2008 (in the graph, "
            "from an earlier load), so its contribution of 2006 was not made through it; leave "
            "via out",
            id="a-contribution-through-a-partnership-loaded-before",
        ),
    ],
)  # fmt: skip
def test_a_load_is_held_to_the_facts_of_earlier_loads(
    store: Store, tmp_path: Path, first: dict[str, str], then: dict[str, str], expected: str
) -> None:
    load(store, write(tmp_path, first))
    assert refused(store, tmp_path, then) == [expected]


# -- 3. a partnership's history held to the rules of its status ----------------------------


def history(*steps: str, **fields: str) -> str:
    """A partnership of Japan in the ICI (joined 2005) with ``steps`` as its history."""
    values = {"joined": "'2005'", **fields}
    lines = "".join(f"  {k}: {v}\n" for k, v in values.items())
    return f"- country: JPN\n  framework: ici\n{lines}  history: [{', '.join(steps)}]\n{SOURCE}"


def step(date: str, status: str) -> str:
    return f"{{date: '{date}', status: {status}}}"


H = "x.partnerships.yaml:6: history:"  # country, framework, joined, status, status_changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            history(step("2008", "became_member"), step("2010", "active"), status="active",
                    status_changed="'2010'"),
            f"{H} entry 1: JPN is not a NATO member (nato_members has no row for it): it "
            "cannot have become one",
            id="a-non-member-became-one",
        ),
        pytest.param(
            history(step("2008", "suspended"), step("2009", "suspended"), step("2010", "active"),
                    status="active", status_changed="'2010'"),
            f"{H} entry 2: suspended 2009 changes nothing: the partnership was already "
            "suspended (entry 1, 2008); a history lists changes of status, so leave the entry out",
            id="suspended-twice",
        ),
        pytest.param(
            history(step("2008", "active"), status="active", status_changed="'2008'"),
            f"{H} entry 1: active 2008 changes nothing: the partnership was already active (from "
            "joining, 2005); a history lists changes of status, so leave the entry out",
            id="active-after-joining",
        ),
        pytest.param(
            history(step("2008", "suspended"), step("2010", "active"), step("2010", "active"),
                    status="active", status_changed="'2010'"),
            f"{H} entry 3 repeats entry 2 (2010 active): give each change once",
            id="an-entry-given-twice",
        ),
        pytest.param(
            history(step("2008", "invited"), status="invited", status_changed="'2008'"),
            f"{H} entry 1: invited 2008, after the partner had joined (2005): an invitation or "
            "request comes before joining, not after",
            id="invited-after-joining",
        ),
    ],
)  # fmt: skip
def test_a_history_that_contradicts_itself_is_refused(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert problems(tmp_path, {"x.partnerships.yaml": text}) == [expected]


def test_a_step_after_accession_is_refused_as_the_status_is(tmp_path: Path) -> None:
    """Finland joined NATO on 2023-04-04: a partnership of it cannot be suspended in 2024, nor
    end after that day; each is refused once, where it is written."""
    text = (
        "- country: FIN\n  framework: md\n  joined: '1995'\n  status: ended\n"
        "  status_changed: '2025'\n"
        "  history: [{date: '2024', status: suspended}, {date: '2025', status: ended}]\n" + SOURCE
    )
    got = problems(tmp_path, {"x.partnerships.yaml": text})
    assert [p.split(" (")[0] for p in got] == [
        "x.partnerships.yaml:5: status_changed: 2025 is after FIN joined NATO",
        "x.partnerships.yaml:6: history: entry 1: FIN is a NATO member since 2023-04-04",
    ]
    assert got[1].endswith("a partnership after that date must not be suspended (2024)")


def test_an_invited_partner_with_a_join_date_is_refused(tmp_path: Path) -> None:
    text = partnership("JPN", "ici", joined="'2005'", status="invited")
    assert problems(tmp_path, {"x.partnerships.yaml": text}) == [
        "x.partnerships.yaml:4: status: invited, yet joined 2005 is given: a partnership that "
        "was joined is not invited (an invitation or request comes before joining); give "
        "joined only once the partner has joined"
    ]


def test_japan_is_not_listed_as_becoming_an_ally(
    store: Store, tmp_path: Path, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    """The refused history is not in the graph: as-of 2008 says nothing of Japan joining NATO."""
    load(store)
    (path,) = write(
        tmp_path,
        {"h.partnerships.yaml": history(step("2008", "became_member"), step("2010", "active"),
                                        status="active", status_changed="'2010'")},
    )  # fmt: skip
    result = runner.invoke(cli, ["load", str(path)], env=cli_env)
    assert result.exit_code == 1
    answer = Connection.on(store).ask("as-of", year=2008).rows
    assert "became a NATO member" not in json.dumps(answer)


# -- 4. names that look like or are read as another's ---------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param('"\\uff29\\uff53\\uff52\\uff41\\uff45\\uff4c"',
                     "is read by the questions as 'Israel' (Unicode compatibility "
                     "normalisation, NFKC, changes it", id="full-width"),
        pytest.param('"Isr\\u0430el"', "mixes Latin letters with Cyrillic ones ('\u0430' "
                     "(U+0430 CYRILLIC SMALL LETTER A)): a lookalike of a Latin name",
                     id="cyrillic-a"),
        pytest.param('"Ab\\u03bfut"', "mixes Latin letters with Greek ones", id="greek-o"),
        pytest.param('"Israel\\u200b"', "holds '\\u200b' (U+200B ZERO WIDTH SPACE), an "
                     "invisible or line-breaking character", id="zero-width-space"),
        pytest.param('"abc\\u202etxt.exe"', "holds '\\u202e' (U+202E RIGHT-TO-LEFT OVERRIDE)",
                     id="right-to-left-override"),
        pytest.param('"Line\\u2028break"', "holds '\\u2028' (U+2028 LINE SEPARATOR)",
                     id="line-separator"),
        pytest.param('"Two\\nlines"', "holds '\\n' (U+000A LINE FEED)", id="line-feed"),
        pytest.param('"Soft\\u00adhyphen"', "holds '\\xad' (U+00AD SOFT HYPHEN)", id="soft-hyphen"),
        pytest.param('"No\\u00a0break"', "is read by the questions as 'No break'",
                     id="no-break-space"),
        pytest.param('"  ISRAEL  "', "'  ISRAEL  ' is already a name of the country ISR",
                     id="spaces-and-case"),
    ],
)  # fmt: skip
def test_a_name_that_looks_like_another_is_refused(tmp_path: Path, name: str, message: str) -> None:
    got = problems(tmp_path, {"x.countries.yaml": country("XFW", name)})
    assert len(got) == 1 and got[0].startswith("x.countries.yaml:2: name: "), got
    assert message in got[0], got


@pytest.mark.parametrize(
    ("field", "text"),
    [
        pytest.param("aliases", '[Atlantis, "Is\\u0280ael\\u200d"]', id="alias"),
        pytest.param("aliases", '["\\uff21\\uff34\\uff2c"]', id="full-width-alias"),
    ],
)
def test_an_alias_is_held_to_the_same_rules(tmp_path: Path, field: str, text: str) -> None:
    got = problems(
        tmp_path, {"x.countries.yaml": country("XFW", "Fakeland") + f"  {field}: {text}\n"}
    )
    assert len(got) == 1 and got[0].startswith(f"x.countries.yaml:4: {field}: "), got


def test_a_framework_acronym_is_held_to_the_same_rules(tmp_path: Path) -> None:
    text = FRAMEWORK.format(fields="").replace("acronym: XFW", 'acronym: "\\uff38FW"')
    got = problems(tmp_path, {"x.frameworks.yaml": text})
    assert len(got) == 1 and got[0].startswith("x.frameworks.yaml:2: acronym: is read by"), got


def test_names_in_one_script_and_with_accents_load(tmp_path: Path) -> None:
    """A name wholly in Cyrillic or Greek, or one whose accents tell it apart, is a name."""
    check_files(
        write(
            tmp_path,
            {
                "x.countries.yaml": country(
                    "XCY", "\u0410\u0442\u043b\u0430\u043d\u0442\u0438\u0434\u0430"
                )
                + country("XGR", "\u0391\u03c4\u03bb\u03b1\u03bd\u03c4\u03af\u03c2")
                + country("XAC", "Isra\u00ebl-sur-Mer"),
            },
        )
    )


def test_a_full_width_name_is_refused_and_israel_is_still_israel(
    store: Store, tmp_path: Path, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    """A country named in full-width letters (U+FF29 U+FF53 ...: ISRAEL) loaded as a new
    country, and `timeline --param country` with that name then answered for Israel (names are
    folded when asked): refused, it is not in the graph, and the name still finds Israel."""
    load(store)
    (path,) = write(
        tmp_path,
        {"fw.countries.yaml": country("XFW", '"\\uff29\\uff53\\uff52\\uff41\\uff45\\uff4c"')},
    )
    result = runner.invoke(cli, ["load", str(path)], env=cli_env)
    assert result.exit_code == 1
    assert f"{path}:2: name: is read by the questions as 'Israel'" in result.stderr
    assert store.read("MATCH (c:Country {iso3: 'XFW'}) RETURN c").rows == []
    result = runner.invoke(
        cli,
        ["query", "run", "timeline", "--param", "country", "\uff29\uff53\uff52\uff41\uff45\uff4c",
         "--format", "json"],
        env=cli_env,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert {row["country"] for row in json.loads(result.stdout)} == {"Israel"}


# -- 5. numbers where text belongs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "shown"),
    [
        pytest.param("  note: 1.5e3\n", "note", "1500.0", id="exponent"),
        pytest.param("  joined_basis: 0.10\n", "joined_basis", "0.1", id="trailing-zero"),
        pytest.param("  note: 1e400\n", "note", "inf", id="overflow"),
        pytest.param("  note: 2024\n", "note", "2024", id="integer"),
        pytest.param("  note: true\n", "note", "True", id="boolean"),
    ],
)
def test_an_unquoted_number_in_a_text_field_is_refused(
    tmp_path: Path, line: str, field: str, shown: str
) -> None:
    """`note: 1.5e3` was stored as "1500.0", `joined_basis: 0.10` as "0.1", `note: 1e400` as
    "inf": the text written was lost."""
    got = problems(
        tmp_path, {"x.partnerships.yaml": partnership("JPN", "ici", joined="'2005'") + line}
    )
    assert len(got) == 1, got
    assert got[0].startswith(f"x.partnerships.yaml:7: {field}: {shown} is read as ")
    assert got[0].endswith("quote it to keep it as written")


def test_numbers_in_lists_and_history_notes_are_refused(tmp_path: Path) -> None:
    text = country("XNU", "Nuland") + "  aliases: [Nu, 12]\n"
    assert problems(tmp_path, {"x.countries.yaml": text}) == [
        "x.countries.yaml:4: aliases: 12 is read as a number, not text (an unquoted 1.5e3 "
        "reads as 1500.0): quote it to keep it as written"
    ]
    text = history("{date: '2008', status: suspended, note: 0.5}", status="suspended",
                   status_changed="'2008'")  # fmt: skip
    (got,) = problems(tmp_path, {"x.partnerships.yaml": text})
    assert got.endswith("history: entry 1: note: 0.5 is read as a number, not text (an "
                        "unquoted 1.5e3 reads as 1500.0): quote it to keep it as written")  # fmt: skip


def test_a_quoted_number_is_kept_as_written(store: Store, tmp_path: Path) -> None:
    text = partnership("JPN", "ici", joined="'2005'") + "  note: '1.5e3'\n  joined_basis: '0.10'\n"
    load(store, write(tmp_path, {"x.partnerships.yaml": text}))
    (row,) = store.read(
        "MATCH (:Country {iso3: 'JPN'})-[r:PARTNER_IN]->(:Framework {key: 'ici'}) "
        "RETURN r.note AS note, r.joined_basis AS basis"
    ).rows
    assert row == {"note": "1.5e3", "basis": "0.10"}


# -- 6. a device or a FIFO given as a data file ---------------------------------------------


def _bounded() -> None:
    """In the child: at most 3 GiB of memory, so that a file read without end (as /dev/zero
    was, to 24 GB) fails the test instead of the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


def _load_in_a_process(tmp_path: Path, home: Path, path: Path) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environ["NATO_GRAPH_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "nato_graph.cli", "load", str(path)],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=30,  # a FIFO used to wait for a writer for ever
        check=False,
        preexec_fn=_bounded if sys.platform.startswith("linux") else None,
    )


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_before_it_is_read(store: Store, tmp_path: Path) -> None:
    """`ln -s /dev/zero zero.partnerships.yaml; nato-graph load zero.partnerships.yaml` read
    /dev/zero until the kernel killed the process (24 GB)."""
    path = tmp_path / "zero.partnerships.yaml"
    path.symlink_to("/dev/zero")
    proc = _load_in_a_process(tmp_path, store.settings.home, path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "Error: 1 problem in the data; nothing was written:",
        f"{path}:1: file: is a character device, not a regular file: a data file is read only "
        "from a regular file",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "fifo.partnerships.yaml"
    os.mkfifo(path)
    proc = _load_in_a_process(tmp_path, store.settings.home, path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[1] == (
        f"{path}:1: file: is a FIFO (named pipe), not a regular file: a data file is read only "
        "from a regular file"
    )


def test_a_file_is_read_no_further_than_the_limit_whatever_its_size_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kernel file says its size is 0 and reads on: the limit holds while reading."""
    source = Path("/proc/self/status")
    if not source.is_file() or source.stat().st_size != 0:
        pytest.skip("needs a file whose size reads as 0 (Linux /proc)")
    path = tmp_path / "proc.regions.yaml"
    path.symlink_to(source)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 64)
    assert [str(p) for p in files.read_file(path, "proc.regions.yaml")[1]] == [
        "proc.regions.yaml:1: file: larger than 64 bytes (read no further)"
    ]


def test_a_folder_named_as_a_data_file_says_how_to_give_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "fold.countries.yaml"
    folder.mkdir()
    with pytest.raises(ValidationError) as info:
        check_files([folder])
    assert [str(p) for p in info.value.problems] == [
        f"{folder}:1: file: is a folder: data files in a folder are not read; give each data "
        "file by name (nato-graph load FOLDER/*.yaml)"
    ]


# -- 7. a file of the wrong shape -------------------------------------------------------------


def test_the_json_export_given_as_a_data_file_is_not_a_list_of_records(
    curated_store: Store, tmp_path: Path, runner: CliRunner
) -> None:
    """The export (a mapping of nodes and links) named graph.partnerships.yaml was refused as
    holding "more than 10000 values with aliases expanded", though it holds no alias."""
    path = tmp_path / "graph.partnerships.yaml"
    env = {"NATO_GRAPH_HOME": str(curated_store.settings.home)}
    result = runner.invoke(cli, ["export", "--format", "json", "-o", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    with pytest.raises(ValidationError) as info:
        check_files([path])
    assert [str(p) for p in info.value.problems] == [f"{path}:1: file: expected a list of records"]


@pytest.mark.parametrize(
    "text",
    ['{"a": 1}\n', "just text\n", "- a\n- b\n", "&x [1]\n"],
    ids=["mapping", "text", "list-of-text", "anchored-list"],
)
def test_a_file_that_is_no_list_of_mappings_says_so(tmp_path: Path, text: str) -> None:
    got = problems(tmp_path, {"x.regions.yaml": text})
    assert got and all(
        p.endswith(("expected a list of records", "expected a mapping of field: value"))
        for p in got
    ), got


# -- 8. an empty list is empty, not missing ---------------------------------------------------


def test_an_empty_list_of_sources_is_empty(tmp_path: Path) -> None:
    text = partnership("JPN", "ici", joined="'2005'").replace("[nato-md-topic]", "[]")
    assert problems(tmp_path, {"x.partnerships.yaml": text}) == [
        "x.partnerships.yaml:5: sources: is empty: list at least one"
    ]


def test_a_csv_list_cell_of_separators_is_empty(tmp_path: Path) -> None:
    text = "country,framework,joined,status,sources,confidence\nJPN,ici,2005,active,;;,confirmed\n"
    assert problems(tmp_path, {"x.partnerships.csv": text}) == [
        "x.partnerships.csv:2: sources: is empty: list at least one"
    ]


def test_a_csv_list_cell_left_blank_is_still_missing(tmp_path: Path) -> None:
    text = "country,framework,joined,status,sources,confidence\nJPN,ici,2005,active,,confirmed\n"
    assert problems(tmp_path, {"x.partnerships.csv": text}) == [
        "x.partnerships.csv:2: sources: required field is missing"
    ]


# -- 9. a framework part of itself --------------------------------------------------------------


def framework(key: str, **fields: str) -> str:
    lines = "".join(f"  {k}: {v}\n" for k, v in fields.items())
    return (
        f"- key: {key}\n  acronym: {key.upper()}\n  name: Framework {key}\n  kind: programme\n"
        f"  launched: '2000'\n  purpose: x\n{lines}{SOURCE}"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(framework("xa", part_of="xa"),
                     ["x.frameworks.yaml:7: part_of: 'xa' is this framework's own key: a "
                      "framework cannot have been part of itself"], id="part-of-itself"),
        pytest.param(framework("xa", replaced="xa"),
                     ["x.frameworks.yaml:7: replaced: 'xa' is this framework's own key: a "
                      "framework cannot have replaced itself"], id="replaced-itself"),
        pytest.param(framework("xa", part_of="xb") + framework("xb", part_of="xa"),
                     ["x.frameworks.yaml:16: part_of: xb -> xa -> xb: a cycle (part_of); a "
                      "framework cannot have been part of itself, even through others"],
                     id="two-part-of-each-other"),
        pytest.param(framework("xa", part_of="xb") + framework("xb", part_of="xc")
                     + framework("xc", part_of="xa"),
                     ["x.frameworks.yaml:25: part_of: xc -> xa -> xb -> xc: a cycle (part_of); "
                      "a framework cannot have been part of itself, even through others"],
                     id="three-in-a-ring"),
        pytest.param(framework("xa", replaced="xb") + framework("xb", replaced="xa"),
                     ["x.frameworks.yaml:16: replaced: xb -> xa -> xb: a cycle (replaced); a "
                      "framework cannot have replaced itself, even through others"],
                     id="replaced-each-other"),
    ],
)  # fmt: skip
def test_a_framework_cannot_be_part_of_itself(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    assert problems(tmp_path, {"x.frameworks.yaml": text}) == expected


def test_a_chain_of_frameworks_loads(tmp_path: Path) -> None:
    check_files(
        write(
            tmp_path,
            {
                "x.frameworks.yaml": framework("xa", part_of="xb", replaced="md")
                + framework("xb", part_of="pfp")
            },
        )
    )


# -- 10. data files in a folder ---------------------------------------------------------------


@pytest.fixture()
def fold(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "fold"
    write(folder, {"nu.countries.yaml": country("XNU", "Nuland"), "a.md": "# A\n\nText.\n",
                   "deep/b.partnerships.csv": "country\n", "notes.yaml": "x: 1\n"})  # fmt: skip
    yield folder


def test_the_data_files_in_a_folder_are_found(fold: Path) -> None:
    assert data_files_in(fold) == [fold / "deep" / "b.partnerships.csv", fold / "nu.countries.yaml"]
    assert folder_note(fold) == (
        f"{fold}: holds data files (deep/b.partnerships.csv, nu.countries.yaml), which are not "
        f"read from a folder: give each by name (nato-graph load {fold}/deep/b.partnerships.csv "
        "...)"
    )
    assert folder_note(DATA_DIR.parent / "articles") is None


def test_load_of_a_folder_says_the_data_files_it_did_not_read(
    fold: Path, runner: CliRunner, cli_env: dict[str, str], loaded: Store
) -> None:
    """`load fold/` read its articles and passed Nuland's file by without a word."""
    result = runner.invoke(cli, ["load", str(fold)], env=cli_env)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"load: note: {folder_note(fold)}\n"
    assert '"A"' in result.stdout  # its article was read
    assert loaded.read("MATCH (c:Country {iso3: 'XNU'}) RETURN c").rows == []


# -- found on the way: a tagged value no constructor can read ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- ? !!int (\n", "x.countries.yaml:1: record: cannot read a field name: invalid literal "
                          "for int() with base 10: '('"),
        ("- ? !!int\n", "x.countries.yaml:1: record: cannot read a field name: '' is not a valid "
                        "!!int value"),
        ("- name: !!int\n", "x.countries.yaml:1: name: cannot read the value: '' is not a valid "
                            "!!int value"),
        ("- name: !!bool x\n", "x.countries.yaml:1: name: cannot read the value: 'x' is not a "
                               "valid !!bool value"),
    ],
    ids=["key-not-an-int", "key-empty-int", "empty-int", "not-a-bool"],
)  # fmt: skip
def test_a_tagged_value_no_constructor_can_read_is_a_problem(
    tmp_path: Path, text: str, expected: str
) -> None:
    """`- ? !!int` (an IndexError in PyYAML) and `!!bool x` (a KeyError) were tracebacks."""
    path = tmp_path / "x.countries.yaml"
    path.write_text(text, encoding="utf-8")
    _, found = files.read_file(path, "x.countries.yaml")
    assert [str(p) for p in found] == [expected]
