"""The views against the answers: what a view draws of a year, a status, a doubt or a gap is what
the command line answers for the same question (the views audit)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from nato_graph import views
from nato_graph.output import PARTLY_UNVERIFIED
from nato_graph.queries.catalogue import run
from nato_graph.records import Relationship
from nato_graph.stores import Store
from tests import browser as chromium


def page_data(view: views.View) -> dict[str, Any]:
    """The data a view's page carries, as the page script reads it."""
    found = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', view.html)
    assert found is not None
    return json.loads(found.group(1))


def edge_named(data: dict[str, Any], start: str, kind: str, end: str) -> dict[str, Any]:
    """The edge of the page data from the node captioned ``start`` to the one captioned ``end``."""
    names = {n["id"]: n["names"] for n in data["nodes"]}
    found = [
        e
        for e in data["edges"]
        if e["kind"] == kind and start in names[e["from"]] and end in names[e["to"]]
    ]
    assert len(found) == 1, (start, kind, end, len(found))
    return found[0]


def look_in(page: Any, start: str, kind: str, end: str) -> Any:
    """How the page draws an edge at the year shown: None where it is not shown, else its
    caption, dashes and the tooltip's row for the year."""
    return page.evaluate(
        """([start, kind, end]) => {
            const named = (id, name) => natoGraph.nodes.get(id).names.includes(name);
            const e = natoGraph.edges.get().find(
                e => e.kind === kind && named(e.from, start) && named(e.to, end));
            if (!e) return 'absent';
            if (!natoGraph.visibleEdges().includes(e.id)) return null;
            const look = natoGraph.lookAt(e.id);
            return {label: e.label, dashes: e.dashes || false, at: look ? look.at : null};
        }""",
        [start, kind, end],
    )


def set_year(page: Any, year: int | None) -> None:
    page.evaluate("(y) => natoGraph.setYear(y)", year)


# --------------------------------------------------------------------------- 1. the as-of view


def test_as_of_view_opens_at_its_year_and_names_it(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """`view query as-of --param year 1996` opens at 1996 and says so: Malta, which as-of lists
    only as stopped during 1996 ("Malta (suspended 1996-10-27)"), is drawn, dashed with how and
    when; Finland, a partner at the end of 1996, is solid ("partner in", not today's "was partner
    in (now an Ally)"); Russia is no suspended partner in 1996."""
    view = views.question(curated_store, "as-of", {"year": 1996})
    assert "1996" in view.title
    assert view.opening == 1996 and any("1996" in n for n in view.about)
    with chromium.open_view(browser, view.save(tmp_path / "as-of.html")) as (page, report):
        assert page.text_content("#year-value") == "1996"
        assert page.evaluate("() => natoGraph.year()") == 1996
        assert "1996" in page.text_content("h1")
        malta = look_in(page, "Malta", "PARTNER_IN", "PfP")
        assert malta["label"] == "partner in until 1996-10-27 (suspended)"
        assert malta["dashes"] is True and "suspended 1996-10-27" in malta["at"]
        # Slovenia too: its PfP join (30 March 1994) is sourced, no longer unverified
        for country in ("Finland", "Poland", "Russia", "Belarus", "Slovenia"):
            assert look_in(page, country, "PARTNER_IN", "PfP") == {
                "label": "partner in",
                "dashes": False,
                "at": "a partner at the end of the year",
            }, country
        assert report.console_errors == [] and report.page_errors == []


def test_as_of_view_draws_no_partnership_that_began_after_its_year(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """In the 2014 view, Ukraine's PII partnership (2020) is not drawn, Afghanistan's PAG
    partnership, suspended in 2021, is drawn active, and Bosnia and Herzegovina's EAPC
    partnership, which as-of lists as unverified, is drawn dashed; each drawn partnership is one
    as-of lists."""
    answer = run(curated_store, "as-of", {"year": 2014})
    listed = {(r["framework"], c) for r in answer.rows for c in r["partners"]}
    view = views.question(curated_store, "as-of", {"year": 2014})
    with chromium.open_view(browser, view.save(tmp_path / "as-of.html")) as (page, report):
        assert look_in(page, "Ukraine", "PARTNER_IN", "PII") is None
        afghanistan = look_in(page, "Afghanistan", "PARTNER_IN", "PAG")
        assert afghanistan is not None and afghanistan["label"] == "partner in"
        # Bosnia and Herzegovina: as-of lists its EAPC partnership as unverified in 2014 (no
        # source gives the day it took its seat), so it is drawn dashed and marked
        bosnia = look_in(page, "Bosnia and Herzegovina", "PARTNER_IN", "EAPC")
        assert bosnia["label"] == "partner in (unverified)" and bosnia["dashes"] == [2, 6]
        drawn = page.evaluate(
            """() => natoGraph.visibleEdges().map(id => natoGraph.edges.get(id))
                .filter(e => e.kind === 'PARTNER_IN')
                .map(e => [natoGraph.nodes.get(e.to).names[0], natoGraph.nodes.get(e.from).names[0]])"""
        )
        assert report.console_errors == [] and report.page_errors == []
    stopped = {
        (r["framework"], s.split(" (")[0]) for r in answer.rows for s in r["stopped_during_year"]
    }
    assert {tuple(d) for d in drawn} == listed | stopped


# --------------------------------------------------------------------------- 2. the slider restyles


def test_slider_styles_each_link_by_its_status_in_the_year(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """Russia at 2010 is an active PfP partner (solid "partner in"), at 2014 it stopped during
    the year, at "All years" it is suspended; Finland at 2010 is a partner and ISAF ran."""
    russia = views.neighbourhood(curated_store, "Russia", label="Country")
    with chromium.open_view(browser, russia.save(tmp_path / "russia.html")) as (page, report):
        set_year(page, 2010)
        pfp = look_in(page, "Russia", "PARTNER_IN", "PfP")
        assert (pfp["label"], pfp["dashes"]) == ("partner in", False)
        set_year(page, 2014)
        pfp = look_in(page, "Russia", "PARTNER_IN", "PfP")
        assert (pfp["label"], pfp["dashes"]) == ("partner in until 2014-04-01 (suspended)", True)
        set_year(page, 2015)
        assert look_in(page, "Russia", "PARTNER_IN", "PfP") is None
        set_year(page, None)
        pfp = look_in(page, "Russia", "PARTNER_IN", "PfP")
        assert (pfp["label"], pfp["dashes"]) == ("partner in (suspended)", True)
        assert report.console_errors == [] and report.page_errors == []
    finland = views.neighbourhood(curated_store, "Finland", label="Country")
    with chromium.open_view(browser, finland.save(tmp_path / "finland.html")) as (page, report):
        set_year(page, 2010)
        pfp = look_in(page, "Finland", "PARTNER_IN", "PfP")
        assert (pfp["label"], pfp["dashes"]) == ("partner in", False)
        isaf = look_in(page, "Finland", "CONTRIBUTED_TO", "ISAF")
        assert (isaf["label"], isaf["dashes"]) == ("contributed to", False)
        assert "not recorded" in isaf["at"]  # the part's own dates are not held
        # the tooltip says the status in the year shown
        edge = page.evaluate(
            """() => natoGraph.edges.get().find(e => e.kind === 'PARTNER_IN'
                && natoGraph.nodes.get(e.to).names.includes('PfP')).id"""
        )
        page.evaluate("(id) => natoGraph.focusEdges([id])", edge)
        assert "in 2010a partner at the end of the year" in page.evaluate(
            "() => natoGraph.details()"
        ).replace("\t", "").replace("\n", "")
        assert report.console_errors == [] and report.page_errors == []


# --------------------------------------------------------------------------- 3. partly unverified


def test_a_confirmed_link_with_an_unverified_date_says_partly_unverified(
    curated_store: Store,
) -> None:
    """Kuwait's ICI partnership: framework-members says "? partly unverified"; the tooltip's
    confidence says so too, not "confirmed", and 2004 (the year as-of lists it as unverified)
    draws it dotted, 2005 solid."""
    rel = curated_store.read(
        "MATCH (:Country {iso3: 'KWT'})-[r:PARTNER_IN]->(:Framework {key: 'ici'}) RETURN r"
    ).value()
    tip = views._edge_tip(rel)
    assert tip is not None
    confidence = dict(tip["rows"])["confidence"]
    assert confidence.startswith(PARTLY_UNVERIFIED)
    when = dict((y, look) for y, look in views.timeline(rel) or [])
    assert when[2004]["dashes"] == [2, 6] and when[2004]["label"] == "partner in (unverified)"
    assert when[2005]["dashes"] is False
    unsure = {c for r in run(curated_store, "as-of", {"year": 2004}).rows for c in r["unverified"]}
    assert "Kuwait" in unsure and "Kuwait" not in {
        c for r in run(curated_store, "as-of", {"year": 2005}).rows for c in r["unverified"]
    }


# --------------------------------------------------------------------------- 4. routes


@pytest.mark.parametrize(
    ("ends", "said"),
    [
        pytest.param(
            ("Russia", "Canada"), "Russia PARTNER_IN EAPC (suspended 2014-04-01)", id="RUS"
        ),
        pytest.param(
            ("Japan", "Israel"), "Japan PARTNER_IN IPCP (superseded 2023-07-12)", id="JPN"
        ),
    ],
)
def test_routes_say_which_link_does_not_hold(
    curated_store: Store, ends: tuple[str, str], said: str
) -> None:
    """Each route lists the links the answer marks inactive, in the answer's words."""
    answer = run(curated_store, "connection", {"from": ends[0], "to": ends[1]})
    view = views.connection(curated_store, *ends)
    listed = [r["text"] for r in page_data(view)["routes"]]
    assert len(listed) == len(answer.rows)
    for text, row in zip(listed, answer.rows, strict=True):
        for link in row["inactive_links"]:
            assert link in text
    assert any(said in text for text in listed)


# --------------------------------------------------------------------------- 5. spans


def test_a_fact_of_one_year_and_one_known_only_to_have_ended(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """Algeria's part in Sea Guardian began and ended in 2022: the slider shows it in 2022 (as
    ended that year) and not after; Russia's civil-emergency cooperation, known only to have
    lapsed in April 2014, is not shown in 2020."""
    assert views.held([[2022, 1], [2022, 0]], 2022) == "stopped"
    assert views.held([[2022, 1], [2022, 0]], 2023) is None
    assert views.span(Relationship(1, "COOPERATES_ON", 1, 2, {"until": "2014-04-01"})) == [
        [None, 1],
        [2014, 0],
    ]
    algeria = views.neighbourhood(curated_store, "Algeria", label="Country")
    with chromium.open_view(browser, algeria.save(tmp_path / "dza.html")) as (page, report):
        set_year(page, 2022)
        osg = look_in(page, "Algeria", "CONTRIBUTED_TO", "OSG")
        assert osg is not None and osg["dashes"] is True and "2022" in osg["label"]
        set_year(page, 2023)
        assert look_in(page, "Algeria", "CONTRIBUTED_TO", "OSG") is None
        assert report.console_errors == [] and report.page_errors == []
    russia = views.neighbourhood(curated_store, "Russia", label="Country")
    with chromium.open_view(browser, russia.save(tmp_path / "rus.html")) as (page, report):
        set_year(page, 2020)
        assert look_in(page, "Russia", "COOPERATES_ON", "civil_emergency") is None
        set_year(page, 2010)
        held = look_in(page, "Russia", "COOPERATES_ON", "civil_emergency")
        assert held is not None and "when it began is not recorded" in held["at"]
        assert report.console_errors == [] and report.page_errors == []


# --------------------------------------------------------------------------- 6. event notes


def test_an_events_note_is_in_the_edges_details(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """Malta's 1996 suspension and 2008 return carry the data's notes, as country-profile prints
    them: the details of the link show them."""
    rel = curated_store.read(
        "MATCH (:Country {iso3: 'MLT'})-[r:PARTNER_IN]->(:Framework {key: 'pfp'}) RETURN r"
    ).value()
    notes = [n for n in rel.properties["history_notes"] if n]
    assert len(notes) == 2
    malta = views.neighbourhood(curated_store, "Malta", label="Country")
    with chromium.open_view(browser, malta.save(tmp_path / "mlt.html")) as (page, report):
        edge = page.evaluate(
            """() => natoGraph.edges.get().find(e => e.kind === 'PARTNER_IN'
                && natoGraph.nodes.get(e.to).names.includes('PfP')).id"""
        )
        page.evaluate("(id) => natoGraph.focusEdges([id])", edge)
        shown = page.evaluate("() => natoGraph.details()")
        assert report.console_errors == [] and report.page_errors == []
    for note in notes:
        assert note in shown


# --------------------------------------------------------------------------- 7, 8. what the page says


def test_the_page_says_where_the_data_stops_and_the_as_of_notes(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """The slider says the data runs to June 2025; the as-of view carries as-of's notes (the
    frameworks running that year whose participants the data does not hold)."""
    answer = run(curated_store, "as-of", {"year": 1996})
    assert answer.notes
    view = views.question(curated_store, "as-of", {"year": 1996})
    with chromium.open_view(browser, view.save(tmp_path / "as-of.html")) as (page, report):
        assert "June 2025" in page.text_content("#coverage")
        shown = page.eval_on_selector_all(".view-note", "els => els.map(e => e.textContent)")
        set_year(page, 2026)
        assert page.evaluate(
            "() => document.getElementById('coverage').classList.contains('beyond')"
        )
        assert report.console_errors == [] and report.page_errors == []
    for note in answer.notes:
        assert note in shown


def test_a_question_left_to_its_default_names_it_on_the_page(curated_store: Store) -> None:
    """`view query partners-turned-allies` answers for the PfP, its default: the page says so."""
    view = views.question(curated_store, "partners-turned-allies")
    said = "no --param framework given: the answer is for PfP, its default"
    assert said in page_data(view)["notes"]
    assert said not in view.notes  # the command line prints it once, in its own words
    given = views.question(curated_store, "partners-turned-allies", {"framework": "PfP"})
    assert not any("no --param" in n for n in page_data(given)["notes"])


# --------------------------------------------------------------------------- 9, 10, 12. drawn rows


def test_coverage_gaps_draws_the_gaps_not_the_cooperation(curated_store: Store) -> None:
    """Each gap is a dashed "no current cooperation on record" pseudo-link; no existing
    cooperation is drawn but one held only as unverified, or one that ended (Morocco's crisis
    management, 2014), on a gap's own threat (neither closes it)."""
    answer = run(curated_store, "coverage-gaps", {"framework": "MD"})
    data = page_data(views.question(curated_store, "coverage-gaps", {"framework": "MD"}))
    gaps = [e for e in data["edges"] if e["kind"] == views.GAP and not e.get("ring")]
    assert len(gaps) == len(answer.rows)
    assert all(
        e["dashes"] is True and e["label"] == "no current cooperation on record" for e in gaps
    )
    cooperation = [e for e in data["edges"] if e["kind"] == "COOPERATES_ON" and not e.get("ring")]
    pairs = {(e["from"], e["to"]) for e in gaps}
    assert all((e["from"], e["to"]) in pairs for e in cooperation)
    assert all("(unverified)" in e["label"] or "(lapsed)" in e["label"] for e in cooperation)
    assert any("(lapsed)" in e["label"] for e in cooperation)  # Morocco's crisis management


def test_partners_turned_allies_draws_the_accession(curated_store: Store) -> None:
    answer = run(curated_store, "partners-turned-allies", {"framework": "PfP"})
    data = page_data(views.question(curated_store, "partners-turned-allies", {"framework": "PfP"}))
    joined = [e for e in data["edges"] if e["kind"] == "MEMBER_OF" and not e.get("ring")]
    assert len(joined) == len(answer.rows)


def test_frameworks_view_draws_the_partners_its_values_name(curated_store: Store) -> None:
    """`frameworks` names partners as "Kuwait (partly unverified)": every one of them is drawn."""
    answer = run(curated_store, "frameworks")
    named = {
        v.split(" (")[0] for row in answer.rows for v in row["unverified"] if isinstance(v, str)
    }
    assert len(named) > 1
    data = page_data(views.question(curated_store, "frameworks"))
    drawn = {name for n in data["nodes"] if not n.get("ring") for name in n["names"]}
    assert named <= drawn


def test_a_crowded_view_captions_only_the_links_in_focus(
    browser: Any, curated_store: Store, tmp_path: Path
) -> None:
    """`view path Algeria Serbia` (48 links; Russia to Canada had 60 before each framework was
    tied to NATO): fitted, no caption piles up around PfP, EAPC and NATO; a clicked node's links
    are captioned."""
    view = views.connection(curated_store, "Algeria", "Serbia")
    shown = """() => natoGraph.visibleEdges().filter(id =>
        natoGraph.network.body.edges[id].labelModule.visible()).length"""
    with chromium.open_view(browser, view.save(tmp_path / "path.html")) as (page, report):
        assert page.evaluate(shown) == 0
        page.evaluate("() => natoGraph.focus(natoGraph.find('Serbia'))")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        around = page.evaluate(
            """() => natoGraph.visibleEdges().filter(id => {
                const e = natoGraph.edges.get(id);
                return natoGraph.nodes.get(e.from).names.includes('Serbia')
                    || natoGraph.nodes.get(e.to).names.includes('Serbia');
            }).length"""
        )
        assert around > 0 and page.evaluate(shown) == around
        assert report.console_errors == [] and report.page_errors == []


def test_the_slider_rule_agrees_with_as_of_in_every_year(curated_store: Store) -> None:
    """The slider's look of a partnership in a year (``span``/``held``/``_partner_unsure``) is
    the as-of question's rule written again in Python: solid partners, dotted unverified ones and
    dashed stopped ones must be as-of's `partners`, `unverified` and `stopped_during_year` in
    every year, not only the few the browser tests open."""
    from nato_graph.queries.catalogue import run

    rows = curated_store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) "
        "RETURN c.name AS country, coalesce(f.acronym, f.key) AS framework, r"
    ).rows
    launched = {
        r["framework"]: (r["launched"], r["ended"])
        for r in curated_store.read(
            "MATCH (f:Framework) RETURN coalesce(f.acronym, f.key) AS framework, "
            "f.launched_year AS launched, f.ended_year AS ended"
        ).rows
    }
    for y in range(1990, 2026):
        answer = run(curated_store, "as-of", {"year": y}).rows
        expected = {
            (a["framework"], p, "unsure" if p in a["unverified"] else "on")
            for a in answer
            for p in a["partners"]
        } | {
            (a["framework"], s.split(" (")[0], "stopped")
            for a in answer
            for s in a["stopped_during_year"]
        }
        drawn = set()
        for row in rows:
            rel = row["r"]
            first, last = launched[row["framework"]]
            if first is None or first > y or (last is not None and last < y):
                continue  # as-of leaves out a framework not running that year
            when = views.span(rel)
            state = views.held(when, y) if when is not None else None
            if state == "on" and views._partner_unsure(rel.properties, y):
                state = "unsure"
            if state is not None:
                drawn.add((row["framework"], row["country"], state))
        assert drawn == expected, y


@pytest.mark.parametrize("group", [True, False])
def test_the_same_graph_gets_the_same_picture_whatever_ids_the_store_gave(
    curated_store: Store, group: bool
) -> None:
    """The overview's layout followed the order the store returned its nodes in: after a
    `DETACH DELETE` and a reload of the same data, its regions came out in another order. The
    view of the same graph under other ids, in another order, puts every node in the same place."""
    from nato_graph.queries import internal
    from nato_graph.values import Node, Relationship
    from nato_graph.views import OVERVIEW_LABELS, Graph, build_network, collect

    graph = collect(curated_store.read(internal("overview"), {"labels": list(OVERVIEW_LABELS)}))
    new = {nid: f"n{k}" for k, nid in enumerate(reversed(list(graph.nodes)))}
    reloaded = Graph(
        {
            new[nid]: Node(new[nid], n.labels, n.properties)
            for nid, n in reversed(graph.nodes.items())
        },
        {
            f"r{k}": Relationship(f"r{k}", r.type, new[r.start], new[r.end], r.properties)
            for k, r in enumerate(reversed(list(graph.relationships.values())))
        },
    )

    def placed(g: Graph) -> dict[tuple[str, str], tuple[Any, Any]]:
        net = build_network(g, group=group)
        return {
            (n["kind"], n["label"]): (n.get("x"), n.get("y"), net.nodes.index(n)) for n in net.nodes
        }

    before, after = placed(graph), placed(reloaded)
    assert before == after
    assert not group or all(x is not None for x, _, _ in before.values())
