"""neighbourhood says which of a path's links do not hold now, as connection does; a coverage gap
is said to be an absence in the data.

A user's audit found `neighbourhood --param entity Russia` listing Russia's Partnership for Peace
as a confirmed path with nothing to say it was suspended in 2014, and the ICI's neighbourhood
listing Saudi Arabia's and Oman's invitations (never taken up) like partnerships; the same for
partnerships ended, superseded or left on joining NATO, cooperation that lapsed and parts in
operations that ended. `connection` named such links in `inactive_links`; `neighbourhood` now
gives the same column, each entry worded as `connection` words it, and `link_notes` gives the
data's note on each of them too. Checked against the data files (tests/oracle.py: no loader
code, no Cypher), against `connection` link by link, in the views, and on Neo4j.

The audit also found that nothing drawn or printed of `coverage-gaps` said that a gap is no fact:
its title said a partner "does not work on" a threat, and its view's legend said nothing of it.
"""

from __future__ import annotations

import json
from pathlib import Path as FilePath
from typing import Any

import pytest
from click.testing import CliRunner

from nato_graph import views
from nato_graph.cli import cli
from nato_graph.connection import Connection
from nato_graph.queries.catalogue import catalogue, get, run
from nato_graph.records import Path
from nato_graph.schema import REL_TYPE_NAMES
from nato_graph.stores import Store
from tests import browser as chromium
from tests import oracle
from tests.expected_facts import expected_confidence, links, node_id

Link = tuple[str, tuple[str, str], tuple[str, str]]


# -- an independent reading of the data: which links do not hold now, and how -----------------


def name(link: Link) -> str:
    """A link as the questions name it: from its own start, acronym, else name, else key."""
    rtype, start, end = link
    return f"{oracle.caption(start)} {rtype} {oracle.caption(end)}"


def inactive_entry(link: Link) -> str | None:
    """What `inactive_links` says of a link that does not hold now (None for one that does): its
    status, or "lapsed", "ended" or "operation ended", since when, and "date unverified" where
    the data holds the date of the change only as unverified."""
    rtype, _, end = link
    d = oracle.fact(*link)
    status, until = d.get("status"), d.get("until")
    operation_end = oracle.graph().nodes[end].get("end") if rtype == "CONTRIBUTED_TO" else None
    if (status or "active") == "active" and until is None and operation_end is None:
        return None
    if status:
        word = status
    elif rtype in ("CONDUCTED_IN", "LED_BY"):  # its until is the end of the operation
        word = "operation ended"
    elif rtype == "COOPERATES_ON":
        word = "lapsed"
    else:  # a part in an operation, or a framework of NATO's that ended (the NACC)
        word = "ended" if until is not None else "operation ended"
    date = d.get("status_changed") or until or operation_end
    words = word if date is None else f"{word} {date}"
    history = d.get("history") or []
    if d.get("status_changed") and history and history[-1].get("confidence") == "unverified":
        words += ", date unverified"
    return f"{name(link)} ({words})"


def partly_unverified_entry(link: Link) -> str | None:
    """How a path names a confirmed link with a dated event held only as unverified, and which
    ("Kuwait PARTNER_IN ICI (joined 2004-12, date unverified)"), or None."""
    if not oracle.partly_unverified(*link):
        return None
    unsure = [e for e in oracle.events(*link) if e["confidence"] == "unverified"]
    said = "; ".join(f"{e['event']} {e['date']}, date unverified" for e in unsure)
    return f"{name(link)} ({said})"


def expected(path: Path) -> dict[str, Any]:
    """The marks a path's row must carry, read from the data files."""
    found = links(path)
    unverified = [name(k) for k in found if oracle.fact(*k).get("confidence") == "unverified"]
    inactive = [e for e in map(inactive_entry, found) if e is not None]
    partly = [e for e in map(partly_unverified_entry, found) if e is not None]
    marked = set(unverified) | {e.rsplit(" (", 1)[0] for e in inactive + partly}
    return {
        # the weakest link's (tests/test_path_confidence.py holds the rule)
        "confidence": expected_confidence(path),
        "unverified_links": unverified,
        "partly_unverified_links": partly,
        "inactive_links": inactive,
        "link_notes": [
            f"{name(k)}: {oracle.fact(*k)['note']}"
            for k in found
            if name(k) in marked and oracle.fact(*k).get("note")
        ],
    }


MARKS = (
    "confidence",
    "unverified_links",
    "partly_unverified_links",
    "inactive_links",
    "link_notes",
)


def marks(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in MARKS}


def inactive_facts() -> list[Any]:
    """Every fact of the data that does not hold now, one case each."""
    found = sorted(
        (t, u, v)
        for t in REL_TYPE_NAMES
        for u, v, _ in oracle.edges(t)
        if inactive_entry((t, u, v))
    )
    return [pytest.param(link, id=f"{link[1][1]}-{link[0]}-{link[2][1]}") for link in found]


def single(rows: list[dict[str, Any]], link: Link) -> dict[str, Any]:
    """The row of an answer whose path is that one link."""
    (row,) = [r for r in rows if links(r["path"]) == [link]]
    return row


# -- the audit's cases ---------------------------------------------------------------------------


def test_the_column_is_connections_and_documented() -> None:
    query, connection = catalogue()["neighbourhood"], catalogue()["connection"]
    assert query.columns == (
        "path",
        "confidence",
        "unverified_links",
        "partly_unverified_links",
        "inactive_links",
        "link_notes",
    )
    assert query.columns[1:] == connection.columns[3:]  # both read alike, in the same order
    text = " ".join(query.description.split())
    assert "`inactive_links` names each, with its status and since when, as in `connection`" in text
    assert '"Russia PARTNER_IN PfP (suspended 2014-04-01)"' in text
    assert '"Saudi Arabia PARTNER_IN ICI (invited 2004-06)"' in text
    assert '"date unverified"' in text and "unverified, partly so or not active" in text
    assert '"Kuwait PARTNER_IN ICI (joined 2004-12, date unverified)"' in text


def test_russias_suspended_partnership_says_so(curated_store: Store) -> None:
    rows = Connection.on(curated_store).ask("neighbourhood", entity="Russia").rows
    pfp = single(rows, ("PARTNER_IN", ("Country", "RUS"), ("Framework", "pfp")))
    assert pfp["inactive_links"] == ["Russia PARTNER_IN PfP (suspended 2014-04-01)"]
    # the suspension is a confirmed fact: the row's confidence stays that of its facts
    assert (pfp["confidence"], pfp["unverified_links"]) == ("confirmed", [])
    note = oracle.notes("PARTNER_IN")[("Country", "RUS"), ("Framework", "pfp")]
    assert note and "stopped treating Russia as a partner" in note
    assert pfp["link_notes"] == [f"Russia PARTNER_IN PfP: {note}"]
    marked = sorted(e for r in rows for e in r["inactive_links"])
    assert marked == [
        "NATO-Russia Council SERVES Russia (suspended 2014-04-01)",
        "Russia CONTRIBUTED_TO IFOR (operation ended 1996-12-20)",
        "Russia CONTRIBUTED_TO KFOR (ended 2003-07-02)",
        "Russia CONTRIBUTED_TO OAE (ended 2008)",
        "Russia CONTRIBUTED_TO SFOR (ended 2003-06-14)",
        "Russia COOPERATES_ON Crisis management and peace-support operations (lapsed 2003-07-02)",
        "Russia COOPERATES_ON Humanitarian assistance, disaster relief and civil emergency "
        "planning (lapsed 2014-04-01)",
        "Russia COOPERATES_ON Terrorism and violent extremism (lapsed 2014-04-01)",
        "Russia PARTNER_IN EAPC (suspended 2014-04-01)",
        "Russia PARTNER_IN PfP (suspended 2014-04-01)",
    ]
    # its link to its region holds: nothing marked
    (region,) = [r for r in rows if r["path"].relationships[0].type == "IN_REGION"]
    assert marks(region) == {
        "confidence": "confirmed",
        "unverified_links": [],
        "partly_unverified_links": [],
        "inactive_links": [],
        "link_notes": [],
    }


def test_an_invitation_or_a_request_is_no_partnership(curated_store: Store) -> None:
    db = Connection.on(curated_store)
    ici = db.ask("neighbourhood", entity="ICI").rows
    marked = {e for r in ici for e in r["inactive_links"]}
    assert marked == {
        "Saudi Arabia PARTNER_IN ICI (invited 2004-06)",
        "Oman PARTNER_IN ICI (invited 2004-06)",
    }
    # Bahrain's partnership holds, and is not marked
    bahrain = single(ici, ("PARTNER_IN", ("Country", "BHR"), ("Framework", "ici")))
    assert (bahrain["confidence"], bahrain["inactive_links"]) == ("confirmed", [])
    dcb = db.ask("neighbourhood", entity="DCB").rows
    libya = single(dcb, ("PARTNER_IN", ("Country", "LBY"), ("Framework", "dcb")))
    assert libya["inactive_links"] == ["Libya PARTNER_IN DCB (requested)"]  # the data has no date


def test_a_plain_active_confirmed_link_is_not_marked(curated_store: Store) -> None:
    link = ("PARTNER_IN", ("Country", "JOR"), ("Framework", "md"))
    d = oracle.fact(*link)
    assert (d["status"], d["confidence"], d.get("until")) == ("active", "confirmed", None)
    row = single(run(curated_store, "neighbourhood", {"entity": "Jordan"}).rows, link)
    assert marks(row) == {
        "confidence": "confirmed",
        "unverified_links": [],
        "partly_unverified_links": [],
        "inactive_links": [],
        "link_notes": [],
    }


def test_an_inactive_link_says_when_its_date_is_unverified(curated_store: Store) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": "Israel"}).rows
    icp = single(rows, ("PARTNER_IN", ("Country", "ISR"), ("Framework", "icp")))
    assert icp["inactive_links"] == ["Israel PARTNER_IN ICP (superseded 2019, date unverified)"]
    japan = run(curated_store, "neighbourhood", {"entity": "Japan"}).rows
    isaf = single(japan, ("CONTRIBUTED_TO", ("Country", "JPN"), ("Operation", "isaf")))
    assert isaf["inactive_links"] == ["Japan CONTRIBUTED_TO ISAF (operation ended 2014-12-28)"]


# -- every fact that does not hold now, against the data and against connection ----------------


def test_the_cases_below_hold_each_kind() -> None:
    entries = [inactive_entry(p.values[0]) for p in inactive_facts()]
    words = {e.rsplit(" (", 1)[1].split()[0].rstrip(")") for e in entries if e}
    assert {"suspended", "ended", "superseded", "became_member", "invited", "requested"} <= words
    assert {"lapsed", "operation"} <= words
    assert any(e and e.endswith(", date unverified)") for e in entries)


@pytest.mark.parametrize("link", inactive_facts())
def test_every_link_not_holding_is_marked_as_connection_marks_it(
    curated_store: Store, link: Link
) -> None:
    """From each end of the link: neighbourhood's row of that one link carries what the data
    says, and the same words as connection's row of it."""
    _, start, end = link
    params = {"from": start[1], "to": end[1], "max_hops": 1}
    by_connection = single(run(curated_store, "connection", params).rows, link)
    for entity in (start[1], end[1]):
        row = single(run(curated_store, "neighbourhood", {"entity": entity}).rows, link)
        assert marks(row) == expected(row["path"]), (entity, link)
        assert row["inactive_links"] == [inactive_entry(link)]
        assert marks(row) == marks(by_connection), (entity, link)


@pytest.mark.parametrize(
    ("entity", "hops"),
    [
        pytest.param("Russia", 2, id="russia"),
        pytest.param("ICI", 2, id="ici"),
        pytest.param("Japan", 2, id="japan"),
        pytest.param("OAE", 2, id="oae"),
        pytest.param("Israel", 2, id="israel"),
        pytest.param("Ukraine", 3, id="ukraine-3"),
    ],
)
def test_every_path_carries_the_marks_of_its_own_links(
    curated_store: Store, entity: str, hops: int
) -> None:
    rows = run(curated_store, "neighbourhood", {"entity": entity, "hops": hops}).rows
    assert any(r["inactive_links"] for r in rows) and not all(r["inactive_links"] for r in rows)
    for row in rows:
        assert marks(row) == expected(row["path"]), [
            n.properties.get("name") for n in row["path"].nodes
        ]


# -- the command line -------------------------------------------------------------------------


def test_the_table_and_json_carry_the_column(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    args = ["query", "run", "neighbourhood", "--param", "entity", "Russia"]
    as_json = runner.invoke(cli, [*args, "--format", "json"], env=cli_env)
    assert as_json.exit_code == 0, (as_json.output, as_json.stderr)
    found = sorted(e for row in json.loads(as_json.stdout) for e in row["inactive_links"])
    assert "Russia PARTNER_IN PfP (suspended 2014-04-01)" in found
    table = runner.invoke(cli, [*args, "--format", "table", "--width", "0"], env=cli_env)
    assert table.exit_code == 0, (table.output, table.stderr)
    printed = table.stdout.splitlines()
    assert printed[0].split()[-2:] == ["inactive_links", "link_notes"]
    assert any("  Russia PARTNER_IN PfP (suspended 2014-04-01)  " in line for line in printed)


# -- the views ----------------------------------------------------------------------------------


def drawn_edges(view: views.View) -> dict[tuple[str, str], dict[str, Any]]:
    """A view's edges as the page gets them, by the ISO3 code or key of their two ends."""
    graph = views.collect(view.drawn)
    net = views.build_network(graph)
    code = {nid: n.properties.get("iso3") or n.properties["key"] for nid, n in graph.nodes.items()}
    return {(code[e["from"]], code[e["to"]]): e for e in net.edges}


def test_the_neighbourhood_view_draws_what_does_not_hold_as_not_holding(
    curated_store: Store,
) -> None:
    """Russia's view: a dashed line that says "suspended" for its partnership, "lapsed" for its
    cooperation, "ended" for its part in Active Endeavour, and a solid one for its region."""
    view = views.neighbourhood(curated_store, "Russia")
    edges = drawn_edges(view)
    pfp = edges["RUS", "pfp"]
    assert (pfp["label"], pfp.get("dashes")) == ("partner in (suspended)", True)
    terrorism = edges["RUS", "terrorism"]
    assert (terrorism["label"], terrorism.get("dashes")) == ("cooperated on (lapsed)", True)
    assert terrorism["span"] == [[2004, 1], [2014, 0]]  # the year slider ends it, too
    oae = edges["RUS", "oae"]
    assert (oae["label"], oae.get("dashes")) == ("contributed to (ended)", True)
    region = edges["RUS", "eastern_europe"]
    assert (region["label"], region.get("dashes")) == ("in region", None)
    legend = views._legend(views.collect(view.drawn))
    notes = {t["type"]: t["note"] for t in legend["types"]}
    assert notes["PARTNER_IN"].startswith("dashed: partnership not active")
    assert notes["COOPERATES_ON"] == "dashed: cooperation that lapsed (see its end in the tooltip)"
    assert notes["IN_REGION"] == ""
    # a part in an operation that ended, and one in an operation that goes on
    japan = drawn_edges(views.neighbourhood(curated_store, "Japan"))
    isaf = japan["JPN", "isaf"]
    assert (isaf["label"], isaf.get("dashes")) == ("contributed to (operation ended)", True)
    georgia = drawn_edges(views.neighbourhood(curated_store, "Georgia"))["GEO", "osg"]
    assert (georgia["label"], georgia.get("dashes")) == ("contributed to", None)
    # unverified as well as not holding: dash-dotted, and both said
    rsm = drawn_edges(views.neighbourhood(curated_store, "Georgia"))["GEO", "rsm"]
    assert rsm["label"] == "contributed to (operation ended) (unverified)"
    assert rsm["dashes"] == list(views.DASH_DOTTED)


@pytest.mark.parametrize(
    ("a", "b"),
    [("RUS", "pfp"), ("RUS", "oae"), ("RUS", "terrorism"), ("SAU", "ici"), ("JOR", "md")],
)
def test_the_path_view_draws_them_alike(curated_store: Store, a: str, b: str) -> None:
    """connection's view and neighbourhood's draw a link the same way, holding or not."""
    path = drawn_edges(views.connection(curated_store, a, b, hops=1))[a, b]
    around = drawn_edges(views.neighbourhood(curated_store, a))[a, b]
    assert (path["label"], path.get("dashes")) == (around["label"], around.get("dashes"))


def test_a_coverage_gap_view_says_a_gap_is_no_fact(
    curated_store: Store,
    runner: CliRunner,
    loaded: Store,
    cli_env: dict[str, str],
    tmp_path: FilePath,
) -> None:
    query = catalogue()["coverage-gaps"]
    assert "does not work on" not in query.title  # the title read as a fact about the partner
    assert query.title == "Threats a framework addresses with no cooperation of a partner on record"
    view = views.question(curated_store, "coverage-gaps", {"framework": "MD"})
    assert view.title == f"{query.title} (framework MD)"  # what it was asked about
    note = views.DRAWN_NOTES["coverage-gaps"]
    assert view.notes == [note]
    assert note.startswith("a gap is an absence in the data, which no source confirms")
    assert "how sure that link is, not the gap" in note
    assert json.dumps(note)[1:-1] in view.html  # at the head of the legend
    # and on stderr, where `view query` prints a view's notes
    out = tmp_path / "gaps.html"
    args = ["view", "query", "coverage-gaps", "--param", "framework", "MD", "-o", str(out)]
    result = runner.invoke(cli, args, env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    assert f"coverage-gaps: note: {note}\n" in result.stderr
    # a question whose view needs no such note gets none
    assert views.question(curated_store, "framework-threats", {"framework": "MD"}).notes == []


def test_the_pages_show_it(browser: Any, curated_store: Store, tmp_path: FilePath) -> None:
    """In a real browser: the suspended partnership dashed with its caption, the legend saying
    what the dashes mean, and the gap note above the coverage-gaps view's legend."""
    russia = views.neighbourhood(curated_store, "Russia").save(tmp_path / "russia.html")
    with chromium.open_view(browser, russia) as (page, report):
        edges = page.evaluate("() => natoGraph.edges.get()")
        labels = {e.get("label"): e.get("dashes") for e in edges if not e.get("ring")}
        assert labels["partner in (suspended)"] is True
        assert labels["cooperated on (lapsed)"] is True
        notes = page.eval_on_selector_all(".legend-note", "els => els.map(e => e.textContent)")
        assert any(n.startswith("dashed: partnership not active") for n in notes)
        assert any(n.startswith("dashed: cooperation that lapsed") for n in notes)
        assert report.console_errors == [] and report.page_errors == []
    gaps = views.question(curated_store, "coverage-gaps", {"framework": "MD"})
    with chromium.open_view(browser, gaps.save(tmp_path / "gaps.html")) as (page, report):
        shown = page.eval_on_selector_all(".view-note", "els => els.map(e => e.textContent)")
        # what is drawn, and the question's caveat on what links_confidence is about
        assert sorted(shown) == sorted(
            [views.DRAWN_NOTES["coverage-gaps"], get("coverage-gaps").caveat]
        )
        assert report.console_errors == [] and report.page_errors == []


# -- Neo4j ----------------------------------------------------------------------------------------


def comparable(rows: list[dict[str, Any]]) -> list[str]:
    """Rows with each path as its nodes' keys and its relationships' types, sorted."""

    def plain(value: Any) -> Any:
        if isinstance(value, Path):
            return [[node_id(n) for n in value.nodes], [r.type for r in value.relationships]]
        return value

    return sorted(json.dumps({k: plain(v) for k, v in row.items()}) for row in rows)


ASKED = [
    {"entity": "Russia", "hops": 2},
    {"entity": "ICI", "hops": 1},
    {"entity": "DCB", "hops": 1},
    {"entity": "Israel", "hops": 1},
    {"entity": "Japan", "hops": 2},
    # every path, not the first 2000 of 2,447: the stores may cut a tie of equal length apart
    {"entity": "Ukraine", "hops": 3, "limit": 100000},
]


@pytest.mark.neo4j
def test_neo4j_marks_the_same_links(neo4j_curated: Store, curated_store: Store) -> None:
    for params in ASKED:
        on_neo4j = run(neo4j_curated, "neighbourhood", params).rows
        embedded = run(curated_store, "neighbourhood", params).rows
        assert any(row["inactive_links"] for row in embedded), params
        assert comparable(on_neo4j) == comparable(embedded), params
        for row in on_neo4j:
            assert marks(row) == expected(row["path"]), params


def test_a_coverage_gap_table_says_its_confidence_is_the_links(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str]
) -> None:
    """The table's footer for `? unverified` reads "believed true": below a table of gaps the
    question's caveat says too what `links_confidence` is about, so no row reads as a confirmed
    gap."""
    from nato_graph.output import UNVERIFIED_NOTE

    caveat = f"note: {get('coverage-gaps').caveat}"
    assert "a gap is an absence in the data, which no source confirms" in caveat
    args = ["query", "run", "coverage-gaps", "--param", "framework", "MD", "--format", "table"]
    result = runner.invoke(cli, [*args, "--width", "0"], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    lines = result.stdout.splitlines()
    assert caveat in lines
    assert lines.index(caveat) > lines.index(UNVERIFIED_NOTE)
    # a question without a caveat gets none (framework-members has one now: how far the data
    # reaches, for the statuses it tells)
    other = runner.invoke(
        cli, ["query", "run", "framework-threats", "--format", "table"], env=cli_env
    )
    assert other.exit_code == 0, (other.output, other.stderr)
    assert not [line for line in other.stdout.splitlines() if line.startswith("note: ")]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("most-connected", "score = frameworks + areas + operations"),
        ("similar-partners", "score = shared items / all items of either country (Jaccard)"),
        ("framework-overlap", "shared_partners counts the countries each framework has ever had"),
        ("frameworks", "other counts partnerships ended, superseded"),
        ("operation-contributors", "via is the partnership framework"),
        ("country-profile", "status_changed is when the status last changed"),
    ],
)
def test_a_score_or_count_says_what_it_counts_below_its_table(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], name: str, words: str
) -> None:
    """An audit read `most-connected`'s score, `similar-partners`' `shared`, `framework-overlap`'s
    counts and `frameworks`' `other` as about today, while they count ties over time (Russia's
    score of 5 rests on ties that ended by 2014; the IPCP and ITPP "share" six partners, whose
    IPCP the ITPP replaced): each table now says below it what it counts, in the question's
    caveat, and Jupyter's table does too."""
    from nato_graph.connection import Connection

    result = runner.invoke(cli, ["query", "run", name, "--format", "table"], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    notes = [line for line in result.stdout.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1 and words in notes[0]
    assert words in Connection.on(loaded).ask(name)._repr_html_()
    json_out = runner.invoke(cli, ["query", "run", name, "--format", "json"], env=cli_env)
    assert words not in json_out.stdout  # the rows alone, as ever


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_caveat_goes_to_stderr_beside_json_and_csv(
    loaded: Store, runner: CliRunner, cli_env: dict[str, str], fmt: str
) -> None:
    """JSON and CSV (the default when piped) carry the rows alone: the caveat a table prints
    below itself was lost there; it now goes to stderr, as the other notes do."""

    result = runner.invoke(cli, ["query", "run", "most-connected", "--format", fmt], env=cli_env)
    assert result.exit_code == 0, (result.output, result.stderr)
    assert f"most-connected: note: {get('most-connected').caveat}" in result.stderr.splitlines()
    assert "counting ties over time" not in result.stdout


def test_a_view_of_a_question_shows_its_caveat(loaded: Store) -> None:
    """The views of most-connected, similar-partners, frameworks, framework-overlap and
    operation-contributors said nothing of what their scores and counts take in."""
    from nato_graph import views

    for name in ("most-connected", "framework-overlap", "operation-contributors"):
        page = views.question(loaded, name).html
        assert get(name).caveat.split(":")[0] in page, name
