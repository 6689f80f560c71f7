"""Input that reads well but says something no answer can hold: refused at load, one problem
each at the record's line, naming what it conflicts with (the hostile-input audit).

The checks run in the validating pass (``check_files``), before anything is written; the
end-to-end path (the CLI, a store left unchanged) is covered by tests/test_hostile.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_graph.loaders import DATA_DIR
from nato_graph.loaders.load import check_files, read_records
from nato_graph.loaders.validate import ValidationError


def problems(tmp_path: Path, files: dict[str, str]) -> list[str]:
    """The problems a load of ``files`` (name -> YAML or CSV text) reports, user files by name."""
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    with pytest.raises(ValidationError) as info:
        check_files(paths)
    return [str(p).replace(f"{tmp_path}/", "") for p in info.value.problems]


def loads(tmp_path: Path, files: dict[str, str]) -> None:
    """``files`` pass the validating pass."""
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    check_files(paths)


def country(iso3: str = "XXA", name: str = "Atlantis", **fields: str) -> str:
    lines = [f"iso3: {iso3}", f"name: {name}", "region: southern_europe"]
    lines += [f"{k}: {v}" for k, v in fields.items()]
    return "- " + "\n  ".join(lines) + "\n"


# -- empty text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param('"   "', "is empty (only whitespace)", id="spaces"),
        pytest.param('"\\t \\t"', "is empty (only whitespace)", id="tabs"),
        pytest.param('""', "is empty", id="empty"),
    ],
)
def test_a_required_text_given_empty_is_empty_not_missing(
    tmp_path: Path, name: str, message: str
) -> None:
    assert problems(tmp_path, {"x.countries.yaml": country(name=name)}) == [
        f"x.countries.yaml:2: name: {message}"
    ]


def test_a_required_field_left_out_is_still_missing(tmp_path: Path) -> None:
    text = "- iso3: XXA\n  region: southern_europe\n"
    assert problems(tmp_path, {"x.countries.yaml": text}) == [
        "x.countries.yaml:1: name: required field is missing"
    ]


def test_an_optional_text_of_only_spaces_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "x.sources.yaml"
    path.write_text("- key: x\n  title: X\n  kind: news\n  publisher: '  '\n", encoding="utf-8")
    (record,) = [r for r in read_records([path]) if r.file == str(path)]
    assert record.values == {"key": "x", "title": "X", "kind": "news"}


# -- source URLs -----------------------------------------------------------------------


def source(url: str) -> str:
    return f"- key: x\n  title: X\n  kind: news\n  url: '{url}'\n"


NOT_A_WEB_ADDRESS = "is not a web address: give an http:// or https:// URL with a host"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param("not a url", f"'not a url' {NOT_A_WEB_ADDRESS}", id="text"),
        pytest.param("javascript:alert(1)", f"'javascript:alert(1)' {NOT_A_WEB_ADDRESS}", id="js"),
        pytest.param("file:///etc/passwd", f"'file:///etc/passwd' {NOT_A_WEB_ADDRESS}", id="file"),
        pytest.param("ftp://nato.int/x", f"'ftp://nato.int/x' {NOT_A_WEB_ADDRESS}", id="ftp"),
        pytest.param("https://", f"'https://' {NOT_A_WEB_ADDRESS}", id="no-host"),
        pytest.param("//www.nato.int/", f"'//www.nato.int/' {NOT_A_WEB_ADDRESS}", id="no-scheme"),
        pytest.param("http://[::1", f"'http://[::1' {NOT_A_WEB_ADDRESS}", id="bad-ipv6"),
        pytest.param(
            "https://www.nato.int/a b",
            "'https://www.nato.int/a b' holds a space: write it as %20",
            id="space",
        ),
    ],
)
def test_a_source_url_must_be_a_web_address(tmp_path: Path, url: str, message: str) -> None:
    assert problems(tmp_path, {"x.sources.yaml": source(url)}) == [
        f"x.sources.yaml:4: url: {message}"
    ]


@pytest.mark.parametrize(
    "url", ["https://www.nato.int/cps/en/natohq/topics_52927.htm?x=1", "HTTP://NATO.INT"]
)
def test_a_web_address_is_a_url(tmp_path: Path, url: str) -> None:
    loads(
        tmp_path,
        {"x.sources.yaml": source(url), "y.sources.yaml": "- key: y\n  title: Y\n  kind: news\n"},
    )


# -- names that collide --------------------------------------------------------------------


def taken(what: str, other: str, where: str, field: str) -> str:
    label = what.split()[0]
    return (
        f"is already a name of the {what} {other} ({where}, its {field}); a name, code or alias "
        f"may name one {label} only, whatever its case"
    )


def bundled(kind: str, record: str, field: str) -> str:
    """Where ``field`` of the bundled record that starts with the line ``record`` is."""
    lines = (DATA_DIR / f"{kind}.yaml").read_text(encoding="utf-8").splitlines()
    start = lines.index(record)
    line = next(i for i in range(start, len(lines)) if lines[i].startswith(f"  {field}:"))
    return f"loaders/data/{kind}.yaml:{line + 1}"


def test_a_new_country_named_as_a_bundled_one_is_refused(tmp_path: Path) -> None:
    where = bundled("countries", "- iso3: ISR", "name")
    assert problems(tmp_path, {"x.countries.yaml": country(name="Israel")}) == [
        f"x.countries.yaml:2: name: 'Israel' {taken('country', 'ISR', where, 'name')}"
    ]


def test_an_alias_that_names_another_country_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, {"x.countries.yaml": country(aliases="[Atlantida, uae]")}) == [
        "x.countries.yaml:4: aliases: 'uae' "
        + taken("country", "ARE", bundled("countries", "- iso3: ARE", "aliases"), "aliases")
    ]


def test_two_new_countries_of_one_name_are_refused(tmp_path: Path) -> None:
    text = country("XXA", "Samename") + country("XXB", "SAMENAME", aliases="[xxa]")
    assert problems(tmp_path, {"x.countries.yaml": text}) == [
        f"x.countries.yaml:5: name: 'SAMENAME' {taken('country', 'XXA', 'x.countries.yaml:2', 'name')}",
        f"x.countries.yaml:7: aliases: 'xxa' {taken('country', 'XXA', 'x.countries.yaml:1', 'iso3')}",
    ]


def test_a_framework_acronym_another_framework_goes_by_is_refused(tmp_path: Path) -> None:
    text = (
        "- key: med\n  acronym: md\n  name: Medical Dialogue\n  kind: forum\n  launched: '2001'\n"
        "  purpose: x\n  sources: [nato-md-topic]\n  confidence: confirmed\n"
    )
    (problem,) = problems(tmp_path, {"x.frameworks.yaml": text})
    assert problem.startswith(
        "x.frameworks.yaml:2: acronym: 'md' is already a name of the framework md ("
    )


def test_an_entity_may_repeat_its_own_names_and_share_them_across_labels(tmp_path: Path) -> None:
    """A country's alias may be its name again; a threat may share a framework's name."""
    threat = (
        "- key: med-dialogue\n  name: Mediterranean Dialogue\n  kind: area\n  description: x\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n"
    )
    loads(
        tmp_path,
        {"x.countries.yaml": country(aliases="[atlantis, XXA]"), "x.threats.yaml": threat},
    )


def test_the_bundled_data_names_each_entity_once() -> None:
    check_files([])


# -- facts that contradict other facts ---------------------------------------------------------

HEAD = "country,framework,status,joined,status_changed,joined_basis,sources,confidence\n"


def row(*cells: str) -> str:
    """A partnerships.csv row: country, framework, status, joined, status_changed, joined_basis."""
    return ",".join(cells) + ",nato-md-topic,confirmed\n"


def record_of(kind: str, start: str) -> str:
    """Where the bundled record that starts with the line ``start`` is."""
    lines = (DATA_DIR / f"{kind}.yaml").read_text(encoding="utf-8").splitlines()
    return f"loaders/data/{kind}.yaml:{lines.index(start) + 1}"


FRA = record_of("nato_members", "- country: FRA")
P = "x.partnerships.csv:2"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        pytest.param(
            ("FRA", "md", "active", "2001", "", ""),
            f"{P}: status: FRA is a NATO member since 1949-04-04 ({FRA}): a partnership after "
            "that date must not be active (became_member, or ended or superseded by then)",
            id="ally-active",
        ),
        pytest.param(
            ("FRA", "md", "suspended", "1995", "2001", ""),
            f"{P}: status: FRA is a NATO member since 1949-04-04 ({FRA}): a partnership after "
            "that date must not be suspended (became_member, or ended or superseded by then)",
            id="ally-suspended",
        ),
        pytest.param(
            ("FRA", "md", "ended", "1995", "2001", ""),
            f"{P}: status_changed: 2001 is after FRA joined NATO (1949-04-04, {FRA}): a member's "
            "partnership must have ended by then",
            id="ally-ended-after-accession",
        ),
        pytest.param(
            ("FRA", "md", "became_member", "1995", "2001", ""),
            f"{P}: status_changed: 2001 is after FRA joined NATO (1949-04-04, {FRA}): a member's "
            "partnership must have ended by then",
            id="ally-became-member-at-another-date",
        ),
        pytest.param(
            ("AUT", "md", "became_member", "1995", "2001", ""),
            f"{P}: status: AUT is not a NATO member (nato_members has no row for it): it cannot "
            "have become one",
            id="non-member-became-member",
        ),
        pytest.param(
            ("AUS", "ici", "active", "1899-01-01", "", ""),
            f"{P}: joined: 1899-01-01 is before ICI was launched (2004-06-28, "
            f"{record_of('frameworks', '- key: ici')}); if the date marks the start of the "
            "relationship, say so in joined_basis",
            id="joined-before-launch",
        ),
    ],
)
def test_a_partnership_that_contradicts_a_fact_is_refused(
    tmp_path: Path, cells: tuple[str, ...], expected: str
) -> None:
    assert problems(tmp_path, {"x.partnerships.csv": HEAD + row(*cells)}) == [expected]


def test_a_members_partnership_as_history_loads(tmp_path: Path) -> None:
    """As the bundled data has Finland and Sweden: a partnership that ended when the country
    joined NATO, or before; and a join before the launch that says what its date marks."""
    loads(
        tmp_path,
        {
            "x.countries.yaml": country("XXA"),
            "x.nato_members.yaml": "- country: XXA\n  joined: '2020-05-01'\n"
            "  sources: [nato-md-topic]\n  confidence: confirmed\n",
            "x.partnerships.csv": HEAD
            + row("XXA", "pfp", "became_member", "1994-02", "2020-05", "")
            + row("XXA", "md", "ended", "1995", "2020-05-01", "")
            + row("XXA", "eapc", "became_member", "1997", "2020-04", "")
            + row("XXA", "ici", "superseded", "2005", "2019", "")
            + row("AUS", "ici", "ended", "2001", "2010", "the first talks"),
        },
    )


def test_an_ally_cannot_join_before_nato_was_founded(tmp_path: Path) -> None:
    text = "- country: AUT\n  joined: '1940'\n  sources: [nato-md-topic]\n  confidence: confirmed\n"
    assert problems(tmp_path, {"x.nato_members.yaml": text}) == [
        "x.nato_members.yaml:2: joined: 1940 is before NATO was founded (1949-04-04, "
        f"{record_of('organizations', '- key: NATO')})"
    ]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        pytest.param("1990", None, "3: since: 1990 is before ISAF began (2001-12-20, {at})", id="since-early"),
        pytest.param("2002", "2020", "4: until: 2020 is after ISAF ended (2014-12-28, {at})", id="until-late"),
        pytest.param("2015-03", None, "3: since: 2015-03 is after ISAF ended (2014-12-28, {at})", id="since-late"),
        pytest.param(None, "2001-06", "3: until: 2001-06 is before ISAF began (2001-12-20, {at})", id="until-early"),
    ],
)  # fmt: skip
def test_a_contribution_outside_its_operation_is_refused(
    tmp_path: Path, since: str | None, until: str | None, expected: str
) -> None:
    dates = "".join(f"  {k}: '{d}'\n" for k, d in (("since", since), ("until", until)) if d)
    text = f"- country: AUT\n  operation: isaf\n{dates}  sources: [nato-md-topic]\n  confidence: confirmed\n"
    at = record_of("operations", "- key: isaf")
    assert problems(tmp_path, {"x.contributions.yaml": text}) == [
        "x.contributions.yaml:" + expected.format(at=at)
    ]


def test_a_contribution_within_its_operation_loads(tmp_path: Path) -> None:
    """At the precision both dates have: 2001 is not before 20 December 2001."""
    text = (
        "- country: AUT\n  operation: isaf\n  since: '2001'\n  until: '2014-12'\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n"
    )
    loads(tmp_path, {"x.contributions.yaml": text})


def test_a_contribution_through_a_framework_before_the_partner_joined_it_is_refused(
    tmp_path: Path,
) -> None:
    """Colombia's 2009 ISAF pledge and 2015 Ocean Shield work said `via: pag`, a partnership that
    cannot have begun before May 2017 (its own row): the contribution was not made through it."""
    early = (
        "- country: COL\n  operation: kfor\n  via: pag\n  since: '2015'\n  until: '2015'\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n"
    )
    lines = (DATA_DIR / "partnerships.yaml").read_text(encoding="utf-8").splitlines()
    first = next(
        i
        for i, line in enumerate(lines)
        if line == "- country: COL" and lines[i + 1] == "  framework: pag"
    )
    at = f"loaders/data/partnerships.yaml:{first + 1}"
    assert problems(tmp_path, {"x.contributions.yaml": early}) == [
        "x.contributions.yaml:3: via: COL cannot have joined pag before 2017-05 "
        f"({at}), so its contribution of 2015 was not made through it; leave via out"
    ]
    loads(tmp_path, {"y.contributions.yaml": early.replace("  via: pag\n", "")})
    later = early.replace("'2015'", "'2019'")
    loads(tmp_path, {"z.contributions.yaml": later})
