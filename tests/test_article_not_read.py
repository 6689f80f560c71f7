# ruff: noqa: RUF001 (the Russian text is Cyrillic on purpose)
"""A text the checker cannot read says so: an article in French ("La Finlande a rejoint l'OTAN en
2023 ...") or written wholly in lower case ("israel joined nato in 2016") was loaded with "0
claims ... 0 sentences not checked", a clean bill for a text whose claims were never read. Its
summary now says why they were not (``DocumentSummary.not_read``), on a real embedded store and
from the CLI; an English text, a short one and a table of names and dates say nothing of it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_graph.cli import cli
from nato_graph.loaders.articles import load_articles
from nato_graph.loaders.articles.text import not_read
from nato_graph.stores import Store

FRENCH = (
    "La Finlande a rejoint l'OTAN en 2023 et la Suède en 2024. Israël est membre du Dialogue "
    "méditerranéen depuis 1995. Le Japon est un partenaire mondial de l'Alliance depuis 2014. La "
    "Jordanie a adhéré au Dialogue méditerranéen en 1995."
)
GERMAN = (
    "Finnland ist 2023 der NATO beigetreten, Schweden folgte 2024. Israel ist seit 1995 Mitglied "
    "des Mittelmeerdialogs. Japan ist seit 2014 ein globaler Partner des Bündnisses und arbeitet "
    "mit der NATO zusammen."
)
RUSSIAN = (
    "Финляндия вступила в НАТО в 2023 году, а Швеция в 2024 году. Израиль участвует в "
    "Средиземноморском диалоге с 1995 года. Япония является глобальным партнёром альянса с 2014 "
    "года, и это давно известно всем."
)
LOWER = (
    "israel joined nato in 2016, and japan has been a member of the partnership for peace since "
    "1994. jordan is in the mediterranean dialogue too, as everyone knows."
)
DUTCH = (
    "Zweden is sinds 2024 lid van de NAVO. Finland werd in 2023 lid. Japan is sinds 2010 een lid "
    "van de NAVO, volgens sommige bronnen. Het besluit werd genomen na een lang debat in het "
    "parlement over veiligheid."
)
SWEDISH = (
    "Sverige gick med i Nato den 7 mars 2024, efter en lång process. Japan är medlem i Nato sedan "
    "2010, enligt vissa. Finland gick med året innan, och båda länderna har sedan dess deltagit i "
    "alliansens övningar och möten."
)
ENGLISH = (
    "Finland joined NATO in 2023 and Sweden in 2024. Israel has taken part in the Mediterranean "
    "Dialogue since 1995, and Japan is one of NATO's partners across the globe."
)
TABLE = (
    "| Country | Joined | Status |\n|---|---|---|\n| Bahrain | 2005 | active |\n"
    "| Kuwait | 2004 | active |\n| Qatar | 2005 | active |\n"
    "| United Arab Emirates | 2005 | active |\n| Oman | - | invited |\n"
    "| Saudi Arabia | - | invited |"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(FRENCH, "not English: only 0 of its", id="french"),
        pytest.param(GERMAN, "not English: only 1 of its", id="german"),
        pytest.param(RUSSIAN, "not English: only 0 of its", id="russian"),
        pytest.param(LOWER, "written in lower case:", id="lower-case"),
        pytest.param("Note\n\n" + LOWER, "written in lower case:", id="lower-case-under-a-title"),
        pytest.param(
            "Note\n\nBy Anna Svensson, Stockholm\n\n" + LOWER,
            "written in lower case:",
            id="under-a-byline",
        ),
        pytest.param("Note\n\n" + ENGLISH + "\n\n" + LOWER, None, id="half-in-capitals"),
        pytest.param(DUTCH, "not English:", id="dutch"),
        pytest.param(SWEDISH, "not English:", id="swedish"),
        pytest.param(ENGLISH, None, id="english"),
        pytest.param(TABLE, None, id="table-of-names"),
        pytest.param("israel joined nato in 2016.", None, id="too-short-to-tell"),
        pytest.param(
            # analyst audit 21: two short sentences in lower case passed without a word
            "Note\n\nisrael joined nato in 2019. jordan is a member of nato since 2001.",
            "written in lower case: 11 of its 11 words",
            id="short-post-in-lower-case",
        ),
        pytest.param(
            "Note\n\nFinland joined NATO in 2023, as expected by all.", None, id="short-in-capitals"
        ),
        pytest.param("La Finlande a rejoint l'OTAN.", None, id="french-too-short"),
        pytest.param(
            ENGLISH + ' The minister said: "La Finlande est un Allié."', None, id="english-quoting"
        ),
    ],
)
def test_why_a_text_is_not_read(text: str, reason: str | None) -> None:
    said = not_read(text)
    if reason is None:
        assert said is None
    else:
        assert said is not None and said.startswith(reason)


def test_the_summary_says_the_text_was_not_read(curated: Store) -> None:
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(("Note\n\n" + FRENCH).encode()))
    lines = summary.format().splitlines()
    assert lines[1].startswith("  not English: only 0 of its 37 words are common English ones;")
    assert "what the text says in another language was not read" in lines[1]
    assert summary.not_read == lines[1].strip()
    # given again, unchanged, it says so again
    (again,) = load_articles(curated, ["-"], stdin=io.BytesIO(("Note\n\n" + FRENCH).encode()))
    assert again.already_loaded and again.not_read == summary.not_read


def test_an_english_summary_says_nothing_of_it(curated: Store) -> None:
    (summary,) = load_articles(curated, ["-"], stdin=io.BytesIO(("Note\n\n" + ENGLISH).encode()))
    assert summary.not_read is None
    assert "not English" not in summary.format() and "lower case" not in summary.format()


def test_the_cli_says_a_lower_case_text_was_not_read(
    curated: Store, runner: CliRunner, cli_env: dict[str, str], tmp_path: Path
) -> None:
    article = tmp_path / "lower.md"
    article.write_text(LOWER + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["load", str(article)], env=cli_env)
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("  written in lower case: ")]
    assert "words below the title are in paragraphs with no capital;" in line
