"""What a fifteenth analyst audit found the checker or the tool said too surely, or said wrong.

- A claim's date finer than the data's was supported: "Belarus was suspended from the PfP on 15
  November 2021" (the data: November 2021; NATO's Council decided on the 19th), "Iraq became a
  global partner in January 2011" and in July 2011 alike (the data: 2011). A day finer than a
  join's month was already unverified; now a month finer than a year is, and a suspension's or a
  return's date is held to the same rule.
- "Australia joined the IP4 in 2022" was contradicted from a date the data keeps by convention
  (2016, when NATO dates its closer engagement), while the grouping's own note says its name has
  been used since about 2022: a later year its note tells of is unverified.
Claims are (predicate, subject, object, verdict) from a real embedded store, one text per case.
"""

from __future__ import annotations

import pytest

from nato_graph.stores import Store
from tests.article_checks import read


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a day of a suspension the data dates to the month
        ("Belarus was suspended from the PfP on 15 November 2021.", "unverified"),
        ("NATO suspended cooperation with Belarus on 15 November 2021.", "unverified"),
        ("Belarus's participation in the Partnership for Peace has been suspended since 15 November 2021.", "unverified"),
        # a month of a join the data dates to the year
        ("Iraq became a global partner in January 2011.", "unverified"),
        ("Iraq has been a partner across the globe since March 2011.", "unverified"),
        ("Mongolia joined the ITPP in February 2024.", "unverified"),
        # near misses: as fine as the data, or wrong at a precision it gives
        ("Belarus was suspended from the PfP in November 2021.", "supported"),
        ("Iraq became a global partner in 2011.", "supported"),
        ("Malta rejoined the PfP on 20 March 2008.", "contradicted"),  # 3 April 2008
        ("Belarus was suspended from the PfP in March 2022.", "contradicted"),
        # a denial of a day finer than the data's is as unsure (review)
        ("Belarus was not suspended from the PfP on 15 November 2021.", "unverified"),
    ],
)  # fmt: skip
def test_a_date_finer_than_the_datas_is_only_unverified(
    curated: Store, text: str, verdict: str
) -> None:
    claims, _ = read(curated, text)
    assert {c[3] for c in claims} == {verdict}, claims


def test_the_note_says_what_the_data_dates_it_to(curated: Store) -> None:
    read(curated, "Belarus was suspended from the PfP on 15 November 2021.")
    fact = curated.read("MATCH (c:Claim) RETURN c.fact").value(0)
    assert fact.endswith("the curated data dates it to November 2021, not to the day")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Australia joined the IP4 in 2022.", "unverified"),
        ("Japan has been one of the Indo-Pacific partners since 2022.", "unverified"),
        # a year its note does not tell of is refuted by the convention, as before
        ("Australia joined the IP4 in 2019.", "contradicted"),
    ],
)
def test_a_later_year_a_groupings_note_tells_of_is_not_refuted_by_a_conventional_date(
    curated: Store, text: str, verdict: str
) -> None:
    claims, _ = read(curated, text)
    assert {c[3] for c in claims} == {verdict}, claims


def test_a_file_name_holding_a_line_break_cannot_forge_a_line_of_the_summary(tmp_path) -> None:
    """A file named 'a.md, key 0): 1 claim: 1 supported<newline>  supported: "Israel is a NATO
    member." -- x.md' printed a line that read as a verdict: the summary's lines were joined
    before its controls were escaped, keeping line breaks. Each piece is escaped first now."""
    from click.testing import CliRunner

    from nato_graph.cli import cli

    name = 'a.md, key 0): 1 claim\n  supported: "Israel is a NATO member." -- x.md'
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text("Israel is a NATO member.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["load", str(tmp_path / "in")], env={"NATO_GRAPH_HOME": str(tmp_path / "home")}
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert not [line for line in lines if line.lstrip().startswith("supported:")], lines
    assert any("contradicted:" in line for line in lines)
    assert "\\n  supported:" in result.output  # the name, shown with its break escaped


def test_the_projection_keeps_two_relationships_of_one_type_between_two_nodes(
    curated: Store,
) -> None:
    """A launch claim is ABOUT its framework twice (as subject and as object): networkx, keyed by
    type, merged the two, and every export left one out, saying it was beyond the schema."""
    from nato_graph.connection import Connection

    read(curated, "The ICI was launched in 2004. ISAF ended in 2016.")
    g = Connection.on(curated).to_networkx()
    stored = curated.read("MATCH ()-[r]->() RETURN count(r)").value(0)
    assert g.number_of_edges() == stored
    roles = sorted(
        d["role"] for u, v, d in g.edges(data=True) if d["type"] == "ABOUT" and v == "Framework:ici"
    )
    assert roles == ["object", "subject"]


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("framework-members", {"framework": "ICI"}),
        ("suspended", {}),
        ("country-profile", {"country": "Jordan"}),
        ("frameworks", {}),
    ],
)
def test_a_status_now_says_how_far_the_data_reaches(
    curated_store: Store, name: str, params: dict
) -> None:
    """ "active" and "suspended" read eighteen months after the data's last event were said
    flatly; the answer's caveat now says they are the statuses last recorded, and to when."""
    from nato_graph.connection import Connection
    from nato_graph.loaders import DATA_COVERAGE_REACH

    caveat = Connection.on(curated_store).ask(name, params).caveat
    assert caveat is not None and f"the bundled data covers {DATA_COVERAGE_REACH}" in caveat


def test_a_load_of_articles_says_what_the_verdicts_rest_on(tmp_path) -> None:
    from click.testing import CliRunner

    from nato_graph.cli import cli
    from nato_graph.loaders import DATA_COVERAGE_REACH

    article = tmp_path / "a.md"
    article.write_text("Jordan is a Mediterranean Dialogue partner.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["load", str(article)], env={"NATO_GRAPH_HOME": str(tmp_path / "home")}
    )
    assert result.exit_code == 0, result.output
    assert (
        f"verdicts rest on the data as it stands: the bundled data covers {DATA_COVERAGE_REACH}"
        in (result.stderr)
    )


@pytest.mark.parametrize(
    ("dates", "loads"),
    [
        ("  joined: '2014-05'\n  status_changed: '2014'\n", True),  # the same year
        ("  joined: '2014-05'\n  status_changed: '2013'\n", False),
    ],
)
def test_a_partnerships_change_is_compared_with_its_join_at_the_precision_both_have(
    tmp_path, dates: str, loads: bool
) -> None:
    """A status change of '2014' after a join of '2014-05' was refused as before it (the dates
    compared as strings), as the review of this session found for the history's first entry."""
    from click.testing import CliRunner

    from nato_graph.cli import cli

    year = "2014" if loads else "2013"
    mine = tmp_path / "mine.partnerships.yaml"
    mine.write_text(
        f"- country: ISR\n  framework: pfp\n{dates}  status: suspended\n"
        f"  history: [{{date: '{year}', status: suspended}}]\n"
        "  sources: [nato-md-topic]\n  confidence: confirmed\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["load", str(mine)], env={"NATO_GRAPH_HOME": str(tmp_path / "home")}
    )
    assert (result.exit_code == 0) is loads, result.output
    if not loads:
        assert f"{year} is before joined 2014-05" in result.output


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("NATO gained two members in 2019 and 2020: Finland and Sweden.", "contradicted"),
        ("NATO gained two members in 2023 and 2024: Finland and Sweden.", "supported"),
        ("Two partners joined the PfP in 1994 and 1995: Finland and Austria.", "supported"),
    ],
)
def test_a_list_given_several_years_joined_in_one_of_them(
    curated: Store, text: str, verdict: str
) -> None:
    """ "NATO gained two members in 2019 and 2020: Finland and Sweden" was supported, read as
    their membership now with the years dropped (article audit 14 left it): each joined in one of
    the years, which is what is checked; which in which stays unread, and the sentence listed."""
    claims, unread = read(curated, text)
    assert {c[3] for c in claims} == {verdict} and len(claims) == 2
    assert unread == [text]
