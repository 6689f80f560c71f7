"""Input limits (SECURITY.md, "Input limits"): each enforced while the file is parsed.

Each limit is hit with the real constant where that costs little; the CSV row
limit is lowered for its test (two million rows take seconds to write), the
others are the shipped values. ``read_file`` keeps its contract throughout:
records and problems, never an exception.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nato_graph.loaders import files
from nato_graph.loaders.files import (
    CSV_FIELD_LIMIT,
    MAX_ALIASES,
    MAX_CSV_BYTES,
    MAX_DEPTH,
    MAX_EXPANDED_CHARS,
    MAX_FILE_BYTES,
    MAX_RECORD_VALUES,
    MAX_STRING,
    Problem,
    read_file,
    stream_file,
)
from nato_graph.loaders.validate import Validator

LIMIT = "(an input limit; the file was not read further)"


def _read(tmp_path: Path, name: str, text: str | bytes) -> tuple[list, list[str]]:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    records, problems = read_file(path, name)
    return records, [str(p) for p in problems]


def _laughs(levels: int, width: int = 10) -> str:
    """A "billion laughs": each level a list of ``width`` aliases of the level below."""
    text = "- key: lol\n  name: x\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, levels):
        text += f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]\n"
    return text


def test_alias_bomb_is_stopped_while_parsing(tmp_path: Path) -> None:
    """9 levels of 10 aliases would expand to 10**9 strings (the 90 KB file of issue 18 expanded
    to 200 MB). The limit fires at the level that passes MAX_RECORD_VALUES; the syntax error
    further down is never reached, so the count was made while parsing, not after."""
    bomb = _laughs(9) + "  broken: [unclosed\n"
    records, problems = _read(tmp_path, "bomb.regions.yaml", bomb)
    assert records == []
    assert problems == [
        f"bomb.regions.yaml:6: l3: more than {MAX_RECORD_VALUES} values with aliases expanded {LIMIT}"
    ]


def test_aliases_below_the_limits_are_read(tmp_path: Path) -> None:
    text = "- key: a\n  name: &n Atlantis\n- key: b\n  name: *n\n"
    records, problems = _read(tmp_path, "ok.regions.yaml", text)
    assert problems == []
    assert [r.values for r in records] == [
        {"key": "a", "name": "Atlantis"},
        {"key": "b", "name": "Atlantis"},
    ]


def test_alias_count(tmp_path: Path) -> None:
    uses = ", ".join(["*a"] * 100)
    text = "- key: a\n  name: &a x\n" + "".join(
        f"- key: k{i}\n  aliases: [{uses}]\n" for i in range(MAX_ALIASES // 100 + 1)
    )
    records, problems = _read(tmp_path, "many.countries.yaml", text)
    line = 2 * (MAX_ALIASES // 100) + 4  # the record whose aliases pass the limit
    assert problems == [
        f"many.countries.yaml:{line}: aliases: more than {MAX_ALIASES} aliases {LIMIT}"
    ]
    assert len(records) == 1 + MAX_ALIASES // 100  # the records before the limit, all unwritten


def test_expanded_text_of_a_file(tmp_path: Path) -> None:
    """Few aliases, each of a big anchor: values stay under the record limit, text does not."""
    big = "a" * MAX_STRING
    anchor = f"- key: x\n  name: y\n  aliases: &big [{', '.join([big] * 9)}]\n"
    per_record, records_needed = 100, MAX_EXPANDED_CHARS // (9 * MAX_STRING * 100) + 1
    uses = ", ".join(["*big"] * per_record)
    text = anchor + "".join(f"- key: k{i}\n  aliases: [{uses}]\n" for i in range(records_needed))
    assert len(text) < 200_000  # a small file...
    records, problems = _read(tmp_path, "wide.countries.yaml", text)
    mib = MAX_EXPANDED_CHARS // 2**20
    assert problems == [  # ...refused before it expands past MAX_EXPANDED_CHARS
        f"wide.countries.yaml:{2 * records_needed + 2}: yaml: more than {mib} MiB of text with "
        f"aliases expanded {LIMIT}"
    ]
    assert len(records) == records_needed


@pytest.mark.parametrize(
    ("levels", "problem"),
    [
        pytest.param(MAX_DEPTH, None, id="at-the-limit"),
        pytest.param(
            MAX_DEPTH + 1, f"deep.regions.yaml:2: name: nested more than {MAX_DEPTH} levels {LIMIT}",
            id="past-the-limit",
        ),
    ],
)  # fmt: skip
def test_nesting_depth(tmp_path: Path, levels: int, problem: str | None) -> None:
    text = "- key: a\n  name: " + "[" * levels + "]" * levels + "\n"
    records, problems = _read(tmp_path, "deep.regions.yaml", text)
    assert problems == ([problem] if problem else [])
    assert len(records) == (0 if problem else 1)


def test_nesting_through_aliases(tmp_path: Path) -> None:
    """An anchor 15 deep used 10 levels down is 25 deep, though no text nests that far."""
    deep = "[" * 15 + "]" * 15
    text = f"- key: a\n  name: &d {deep}\n  aliases: {'[' * 10}*d{']' * 10}\n"
    _, problems = _read(tmp_path, "deep.countries.yaml", text)
    assert problems == [
        f"deep.countries.yaml:3: aliases: nested more than {MAX_DEPTH} levels {LIMIT}"
    ]


@pytest.mark.parametrize(
    ("length", "problems"),
    [
        pytest.param(MAX_STRING, [], id="at-the-limit"),
        pytest.param(
            MAX_STRING + 1, [f"long.regions.yaml:2: name: longer than {MAX_STRING} characters"],
            id="past-the-limit",
        ),
    ],
)  # fmt: skip
def test_string_length(tmp_path: Path, length: int, problems: list[str]) -> None:
    """A value too long is a problem at its field and the file is read on (the next record)."""
    text = f"- key: a\n  name: {'n' * length}\n- key: b\n  name: B\n"
    records, found = _read(tmp_path, "long.regions.yaml", text)
    assert found == problems
    assert [r.values["key"] for r in records] == ["a", "b"]
    assert ("name" in records[0].unreadable) == bool(problems)


def test_values_in_one_record(tmp_path: Path) -> None:
    text = "- key: a\n  name: A\n  aliases: [" + ", ".join(["x"] * MAX_RECORD_VALUES) + "]\n"
    _, problems = _read(tmp_path, "wide.countries.yaml", text)
    assert problems == [
        f"wide.countries.yaml:3: aliases: more than {MAX_RECORD_VALUES} values with aliases "
        f"expanded {LIMIT}"
    ]


@pytest.mark.parametrize(
    ("name", "limit"),
    [("big.regions.yaml", MAX_FILE_BYTES), ("big.regions.csv", MAX_CSV_BYTES)],
)
def test_file_size(tmp_path: Path, name: str, limit: int) -> None:
    path = tmp_path / name
    with path.open("wb") as f:
        f.truncate(limit + 1)  # sparse: no disk used
    assert read_file(path, name) == (
        [],
        [Problem(name, 1, "file", f"larger than {limit // 2**20} MiB")],
    )


def test_csv_cell_size(tmp_path: Path) -> None:
    text = "key,name\na," + "n" * (CSV_FIELD_LIMIT + 1) + "\n"
    _, problems = _read(tmp_path, "cell.regions.csv", text)
    assert problems == [
        f"cell.regions.csv:2: csv: field larger than field limit ({CSV_FIELD_LIMIT})"
    ]


def test_csv_row_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_CSV_ROWS", 5)
    text = "key,name\n" + "".join(f"k{i},N{i}\n" for i in range(6))
    records, problems = _read(tmp_path, "rows.regions.csv", text)
    assert len(records) == 5
    assert problems == ["rows.regions.csv:7: csv: more than 5 rows (input limit: split the file)"]


# YAML 1.1 would make these numbers, booleans or sexagesimals; they stay the text written.
STAY_TEXT = ["0x1F", "017", "1:20", "1_000", "+12", "0o17", "yes", "no", "on", "off", "Y", "N",
             ".inf", "-.inf", ".nan", "=", "1e", "190:20:30"]  # fmt: skip


@pytest.mark.parametrize("text", STAY_TEXT)
def test_yaml_1_1_scalars_stay_text(tmp_path: Path, text: str) -> None:
    records, problems = _read(tmp_path, "r.regions.yaml", f"- key: a\n  name: {text}\n")
    assert problems == []
    assert records[0].values["name"] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("1995", 1995), ("-3", -3), ("0", 0), ("1.5", 1.5), ("2e3", 2000.0), ("true", True),
     ("False", False), ("null", None), ("~", None), ("", None), ("2005-01-02", dt.date(2005, 1, 2)),
     ("'017'", "017"), ("!!int 0x1F", 31)],
)  # fmt: skip
def test_yaml_core_scalars_keep_their_types(tmp_path: Path, text: str, value: object) -> None:
    records, _ = _read(tmp_path, "r.regions.yaml", f"- key: a\n  name: {text}\n")
    got = records[0].values["name"]
    assert (got, type(got)) == (value, type(value))


def test_a_leading_zero_date_is_a_clear_problem(tmp_path: Path) -> None:
    """Where a date is expected, `017` is no longer the number 15 but a problem naming the text."""
    from nato_graph.loaders.validate import validate

    path = tmp_path / "m.organizations.yaml"
    path.write_text(
        "- key: X\n  name: X\n  founded: 017\n  sources: [nato-md-topic]\n  confidence: confirmed\n"
    )
    records, problems = read_file(path, "m.organizations.yaml")
    assert problems == []
    assert [str(p) for p in validate(records, {"sources": {"nato-md-topic"}})] == [
        "m.organizations.yaml:3: founded: '017' is not a date like 1995, 1995-02 or 1995-02-10"
    ]


def test_stream_yields_records_as_it_reads(tmp_path: Path) -> None:
    """The first record comes out before the reader has met the end of the file."""
    path = tmp_path / "s.regions.yaml"
    path.write_text("- key: a\n  name: A\n" + "- key: b\n  name: B\n" * 100 + "- [unclosed\n")
    items = stream_file(path, "s.regions.yaml")
    first = next(items)
    assert not isinstance(first, Problem)
    assert first.values == {"key": "a", "name": "A"}
    rest = list(items)
    assert isinstance(rest[-1], Problem)
    assert "s.regions.yaml:" in str(rest[-1])


def test_duplicates_are_confirmed_so_a_hash_collision_is_no_problem(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every identity hashed alike (as a collision would): only real duplicates are reported."""
    from nato_graph.loaders import validate as v

    monkeypatch.setattr(v, "_hash", lambda kind, identity: 7)
    path = tmp_path / "c.regions.yaml"
    path.write_text("- key: a\n  name: A\n- key: b\n  name: B\n- key: a\n  name: A2\n")
    records, _ = read_file(path, "c.regions.yaml")
    validator = Validator()
    for rec in records:
        validator.check(rec)
    assert [str(p) for p in validator.finish(lambda: read_file(path, "c.regions.yaml")[0])] == [
        "c.regions.yaml:5: key: duplicate a (first at c.regions.yaml:1)"
    ]
