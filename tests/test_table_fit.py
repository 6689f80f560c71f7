"""A table on a terminal fits its width: the widest columns wrap first, and where the columns
cannot fit side by side each row is shown as a record; nothing is cut either way."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest

from nato_graph.output import table

NOTE = (
    "Some NATO and SHAPE documents loosely date Israel's MD partnership to 1994, when the "
    "Dialogue was decided; it actually joined in February 1995."
)
ROWS = [
    {"partner": "Israel", "joined": "1995-02", "confidence": "confirmed", "note": NOTE},
    {"partner": "Jordan", "joined": "1995-11", "confidence": "unverified", "note": None},
]
COLUMNS = ["partner", "joined", "confidence", "note"]


def words(text: str) -> list[str]:
    return re.findall(r"[\w'.;,]+", text)


def body(out: str) -> list[str]:
    return out.split("\n(")[0].splitlines()


def test_a_table_wider_than_the_terminal_narrows_its_widest_column_and_keeps_every_word() -> None:
    wide = table(COLUMNS, ROWS, max_width=None)
    assert max(len(line) for line in body(wide)) > 70
    fitted = table(COLUMNS, ROWS, max_width=None, fit=70)
    assert max(len(line) for line in body(fitted)) <= 70
    assert fitted.splitlines()[0].split() == COLUMNS  # still side by side
    assert sorted(words(fitted)) == sorted(words(wide))
    assert "? unverified" in fitted and "1995-11" in fitted


def test_a_table_that_cannot_fit_side_by_side_shows_each_row_as_a_record() -> None:
    out = table(COLUMNS, ROWS, max_width=None, fit=40)
    lines = body(out)
    assert lines[0].startswith("-[ row 1 ]") and len(lines[0]) == 40
    assert max(len(line) for line in lines) <= 40
    assert any(line.startswith("-[ row 2 ]") for line in lines)
    note = [line[len("confidence  ") :] for line in lines if line.startswith(("note", " "))]
    assert " ".join(part.strip() for part in note).strip() == NOTE
    record = "\n".join(lines)
    assert re.search(r"^partner +Israel$", record, re.M)
    assert re.search(r"^confidence +\? unverified$", record, re.M)
    assert "(2 rows)" in out and "? unverified: " in out  # the count and the legend stay below


def test_no_fit_is_the_table_as_before() -> None:
    assert table(COLUMNS, ROWS, fit=None) == table(COLUMNS, ROWS)


def in_a_terminal(args: list[str], env: dict[str, str], columns: int) -> str:
    """The CLI's output as a real terminal of ``columns`` columns shows it (a pseudo-terminal of
    that size, its width read from the terminal itself: no COLUMNS in the environment)."""
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    with subprocess.Popen(
        [sys.executable, "-m", "nato_graph.cli", *args],
        stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary,
        env={k: v for k, v in {**os.environ, **env}.items() if k not in ("COLUMNS", "LINES")},
    ) as process:  # fmt: skip
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    os.close(main)
    assert process.returncode == 0, b"".join(chunks).decode()
    return b"".join(chunks).decode().replace("\r\n", "\n")


@pytest.mark.parametrize("columns", [100, 240])
def test_a_question_on_a_terminal_fits_it(curated_env: dict[str, str], columns: int) -> None:
    out = in_a_terminal(
        ["query", "run", "framework-members", "--param", "framework", "MD"], curated_env, columns
    )
    rows = [line for line in out.splitlines() if not re.match(r"(\[\d+\]|note:) ", line)]
    assert rows and max(len(line) for line in rows) <= columns, out
    assert "Israel" in out and "it actually joined in February 1995" in re.sub(r"\s+", " ", out)
    assert "(7 rows)" in out
    assert ("-[ row 1 ]" in out) == (columns == 100), out


def test_a_table_piped_keeps_its_width(curated_env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nato_graph.cli", "query", "run", "framework-members",
         "--param", "framework", "MD", "--format", "table"],
        env={**os.environ, **curated_env}, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert "-[ row" not in done.stdout
    assert max(len(line) for line in done.stdout.split("\n(")[0].splitlines()) > 100


def test_an_empty_answer_on_a_narrow_terminal_keeps_its_headings() -> None:
    """Review 2026-12-08: with no rows and no room, only "(0 rows)" was left."""
    out = table(COLUMNS, [], max_width=None, fit=20)
    assert out.splitlines()[0].split() == COLUMNS
    assert out.splitlines()[-1] == "(0 rows)"
