"""Expected answers to the questions about time, evidence and gaps, worked out in plain Python from
the YAML files (``tests.oracle``): no loader code and no Cypher. Each ``expect_*`` function takes the
question's parameters and returns its rows exactly. tests/test_answers.py holds the table.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

from tests import oracle

Row = dict[str, Any]


# -- the oracle's view of the data ---------------------------------------------


@cache
def rows(kind: str) -> list[dict]:
    """The oracle's rows of a data file, parsed once (read-only here)."""
    return oracle.rows(kind)


def frameworks() -> dict[str, dict]:
    return {r["key"]: r for r in rows("frameworks")}


def countries() -> dict[str, dict]:
    return {r["iso3"]: r for r in rows("countries")}


def member_since() -> dict[str, str]:
    return {r["country"]: r["joined"] for r in rows("nato_members")}


def events(p: dict) -> list[tuple[str, str]]:
    """A partnership's dated status events: its join (active), its history, its current status."""
    return [(d, s) for d, s, *_ in cited_events(p)]


def cited_events(p: dict) -> list[tuple[str, str, list[str], str, str | None]]:
    """``events`` with the sources behind each (a change's own, else the partnership's; the join's
    own, ``joined_sources``, else the partnership's), its confidence (its own where the data
    marks it, ``joined_confidence`` for the join, else the partnership's) and whose decision it
    was (``by``, where the data says)."""
    sure = p["confidence"]
    joined = p.get("joined_sources") or p["sources"]
    found = (
        [(p["joined"], "active", joined, p.get("joined_confidence") or sure, None)]
        if p.get("joined")
        else []
    )
    found += [
        (
            h["date"],
            h["status"],
            h.get("sources") or p["sources"],
            h.get("confidence") or sure,
            h.get("by"),
        )
        for h in p.get("history") or []
    ]
    if p.get("status_changed") and (p["status_changed"], p["status"]) not in [
        e[:2] for e in found[-1:]
    ]:
        found.append((p["status_changed"], p["status"], p["sources"], sure, None))
    return found


def dated_confidence(p: dict) -> str:
    """A partnership's confidence as the dated questions give it: unverified when the fact is,
    partly unverified when the fact is confirmed but an event of its history is not."""
    if p["confidence"] == "unverified":
        return "unverified"
    if any(e[3] == "unverified" for e in cited_events(p)):
        return "partly unverified"
    return str(p["confidence"])


@cache
def framework_key(text: str) -> str | None:
    try:
        return oracle.find_framework(text)
    except KeyError:
        return None


def matches_framework(text: str | None, key: str) -> bool:
    """No filter, or ``text`` names this framework (acronym, key or name)."""
    return text is None or framework_key(text) == key


def round3(x: float) -> float:
    """Round half up to 3 decimals, as Cypher's round() does (Python's round() goes to even)."""
    return math.floor(1000.0 * x + 0.5) / 1000.0


def decided_by(p: dict, by: str | None) -> str | None:
    """Whose decision an event was, as the questions name it: NATO, or the partner by name."""
    return {"nato": "NATO", "partner": countries()[p["country"]]["name"]}.get(by or "")


MONTHS = "January February March April May June July August September October November December"


def in_words(date: str) -> str:
    """A date as the answers' prose says it, at its own precision: "in 2006", "in December
    1994", "on 10 January 1994"."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"in {date}"
    month = MONTHS.split()[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"in {month} {parts[0]}"
    return f"on {int(parts[2])} {month} {parts[0]}"


def basis(p: dict, i: int) -> str | None:
    """What an event's date marks: the join's ``joined_basis``, where the data gives one; a join
    in a year before its framework's launch says when the framework began and, where the join
    is confirmed, that the partner counts in it from then."""
    if i != 0 or not p.get("joined"):
        return None
    framework = frameworks()[p["framework"]]
    launched = oracle.year(framework.get("launched"))
    if launched is None or oracle.year(p["joined"]) >= launched:
        return p.get("joined_basis")
    said = [p["joined_basis"]] if p.get("joined_basis") else []
    name = framework.get("acronym") or framework["name"]
    said.append(f"the {name} itself began {in_words(framework['launched'])}")
    if (p.get("joined_confidence") or p["confidence"]) == "confirmed":
        said[-1] += ", and the data counts the partner in it from then"
    return "; ".join(said)


def event_notes(p: dict) -> list[str | None]:
    """Each of ``events``' own note: a history entry's ``note`` (None where it has none, or only
    whitespace); None for the join, whose caveats are the partnership's ``note``, and for a
    ``status_changed`` with no entry."""
    found: list[str | None] = [None] if p.get("joined") else []
    found += [h.get("note") if str(h.get("note") or "").strip() else None
              for h in p.get("history") or []]  # fmt: skip
    return found + [None] * (len(events(p)) - len(found))


def history(p: dict) -> list[dict]:
    """A partnership's events as the questions give them: date, what happened, what the date of
    joining marks, whose decision, its sources, its confidence and its own note."""
    return [
        {
            "date": d,
            "event": s if s != "active" else ("joined" if i == 0 else "resumed"),
            "basis": basis(p, i),
            "by": decided_by(p, by),
            "sources": sources,
            "confidence": sure,
            "note": note,
        }
        for i, ((d, s, sources, sure, by), note) in enumerate(
            zip(cited_events(p), event_notes(p), strict=True)
        )
    ]


# -- expected answers, one function per question --------------------------------


def expect_timeline(p: Row) -> list[Row]:
    fws, cs, out = frameworks(), countries(), []
    nato = p["framework"] is not None and p["framework"].lower() in (
        "nato",
        "north atlantic treaty organization",
    )
    for row in rows("partnerships"):
        if nato or not matches_framework(p["framework"], row["framework"]):
            continue
        notes = event_notes(row)
        for i, (date, status, cited, sure, by) in enumerate(cited_events(row)):
            event = status if status != "active" else ("joined" if i == 0 else "resumed")
            out.append(
                {
                    "date": date,
                    "year": oracle.year(date),
                    "event": event,
                    "basis": basis(row, i),
                    "by": decided_by(row, by),
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "framework": fws[row["framework"]]["acronym"],
                    "confidence": sure,
                    "sources": cited,
                    "event_note": notes[i],
                    "note": row.get("note"),
                }
            )
    if p["framework"] is None or nato:
        for row in rows("nato_members"):
            out.append(
                {
                    "date": row["joined"],
                    "year": oracle.year(row["joined"]),
                    "event": "acceded",
                    "basis": None,
                    "by": None,
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "framework": "NATO",
                    "confidence": row["confidence"],
                    "sources": row["sources"],
                    "event_note": None,  # an accession's note is the fact's own
                    "note": row.get("note"),
                }
            )
    out = [
        r
        for r in out
        if (p["from"] is None or p["from"] <= r["year"])
        and (p["to"] is None or r["year"] <= p["to"])
    ]
    if p["country"] is not None:
        out = [r for r in out if r["iso3"] == oracle.find_country(p["country"])]
    return sorted(out, key=lambda r: (r["date"], r["country"], r["framework"]))


def active_in(row: dict, year: int) -> bool:
    past = [status for date, status in events(row) if oracle.year(date) <= year]
    return (bool(past) and past[-1] == "active") or before_its_recorded_join(row, year)


def before_its_recorded_join(row: dict, year: int) -> bool:
    """Whether ``year`` comes before the year of the recorded join but not before the year of the
    earliest date the sources allow the start (``joined_earliest``): the partnership may already
    have begun (Israel's IPCP, dated from its 2019 approval, not before April 2011)."""
    earliest = row.get("joined_earliest")
    return bool(
        row.get("joined")
        and earliest
        and oracle.year(earliest) <= year < oracle.year(row["joined"])
    )


def earliest_dates(p: dict) -> list[str | None]:
    """Each of ``events``' earliest date, where the sources bound an uncertain one: the join's
    ``joined_earliest``, a change's ``earliest``; None for the rest."""
    found = [p.get("joined_earliest")] if p.get("joined") else []
    found += [h.get("earliest") for h in p.get("history") or []]
    return found + [None] * (len(events(p)) - len(found))  # a status_changed with no entry


def unsure_in(row: dict, year: int) -> bool:
    """Whether an active partnership's status in ``year`` is only unverified: the fact is, or the
    last event by then or the next one is (its date might be wrong either way); an unverified join
    no longer from the year of ``joined_by``, by which the sources show it had happened; the next
    event not before the year of its ``earliest``, before which it cannot have come; and a join that
    may not have come by then, in a year before its recorded one."""
    if before_its_recorded_join(row, year):
        return True
    sure = [e[3] for e in cited_events(row)]
    if row.get("joined") and row.get("joined_by") and oracle.year(row["joined_by"]) <= year:
        sure[0] = "confirmed"  # the sources show it had joined by then, whenever it did
    last = max(i for i, e in enumerate(cited_events(row)) if oracle.year(e[0]) <= year)
    bound = earliest_dates(row)[last + 1 : last + 2]
    if bound and bound[0] and oracle.year(bound[0]) > year:
        sure[last + 1] = "confirmed"  # the next change cannot have come by then
    return row["confidence"] == "unverified" or "unverified" in sure[last : last + 2]


def stopped_in(row: dict, year: int) -> str | None:
    """How a partnership that took part during ``year`` but not at its end stopped: the change
    that ended the year's part and its date ("suspended 1996-10-27", Malta in the PfP), with
    ", unverified" where the data holds that change or the partnership only as unverified; None
    for a partnership active at the end of the year, or not during it."""
    if active_in(row, year):
        return None
    evs = cited_events(row)
    before = [e for e in evs if oracle.year(e[0]) < year]
    during = [e for e in evs if oracle.year(e[0]) == year]
    took_part = (bool(before) and before[-1][1] == "active") or any(
        e[1] == "active" for e in during
    )
    if not (during and took_part):
        return None
    date, status, _, sure, _ = during[-1]
    said = "became a NATO member" if status == "became_member" else status
    unsure = "unverified" in (row["confidence"], sure)
    # in a forum of Allies and partners (the EAPC) a new Ally sits on, as one
    ally = (
        status == "became_member"
        and frameworks()[row["framework"]].get("participants") == "allies and partners"
    )
    return (
        f"{said} {date}{', unverified' if unsure else ''}{', sits on as an Ally' if ally else ''}"
    )


def expect_as_of(p: Row) -> list[Row]:
    y, cs, out = p["year"], countries(), []
    for key, f in frameworks().items():
        if oracle.year(f["launched"]) > y or (f.get("ended") and oracle.year(f["ended"]) < y):
            continue
        held = [r for r in rows("partnerships") if r["framework"] == key]
        active = [r for r in held if active_in(r, y)]
        names = sorted(cs[r["country"]]["name"] for r in active)
        unsure = sorted(cs[r["country"]]["name"] for r in active if unsure_in(r, y))
        stopped = sorted(
            f"{cs[r['country']]['name']} ({how})" for r in held if (how := stopped_in(r, y))
        )
        if names or stopped:
            out.append(
                {"framework": f["acronym"], "partners": names, "count": len(names),
                 "unverified": unsure, "stopped_during_year": stopped}
            )  # fmt: skip
    return sorted(out, key=lambda r: (-r["count"], r["framework"]))


def partner_for(start: str, end: str) -> dict[str, int | None]:
    """Whole years and months from ``start`` to ``end`` (ISO dates at any precision): counted
    from the month where a date has no day, unknown where a date has only a year."""
    if len(start) < 7 or len(end) < 7:
        return {"years_as_partner": None, "months_as_partner": None}
    a = [int(x) for x in start.split("-")]
    b = [int(x) for x in end.split("-")]
    months = (b[0] - a[0]) * 12 + b[1] - a[1]
    if len(a) == 3 and len(b) == 3 and b[2] < a[2]:
        months -= 1
    return {"years_as_partner": months // 12, "months_as_partner": months % 12}


def expect_partners_turned_allies(p: Row) -> list[Row]:
    fws, cs, members, out = frameworks(), countries(), member_since(), []
    accession = {r["country"]: r for r in rows("nato_members")}
    for row in rows("partnerships"):
        if (
            row["status"] == "became_member"
            and row["country"] in members
            and matches_framework(p["framework"], row["framework"])
        ):
            joined = members[row["country"]]
            out.append(
                {
                    "country": cs[row["country"]]["name"],
                    "iso3": row["country"],
                    "partner_since": row["joined"],
                    "framework": fws[row["framework"]]["acronym"],
                    "member_since": joined,
                    **partner_for(row["joined"], joined),
                    "confidence": "unverified"
                    if "unverified" in (row["confidence"], accession[row["country"]]["confidence"])
                    else dated_confidence(row),
                    "sources": row["sources"],
                    "member_sources": accession[row["country"]]["sources"],
                    "note": row.get("note"),
                    "member_note": accession[row["country"]].get("note"),
                }
            )
    return sorted(out, key=lambda r: (r["member_since"], r["country"], r["framework"]))


def expect_suspended(p: Row) -> list[Row]:
    fws, cs = frameworks(), countries()
    wanted = {"suspended", "ended"} if p["include_ended"] else {"suspended"}
    out = [
        {
            "country": cs[r["country"]]["name"],
            "iso3": r["country"],
            "framework": fws[r["framework"]]["acronym"],
            "status": r["status"],
            "since": r.get("status_changed"),
            "joined": r.get("joined"),
            "history": history(r),
            "confidence": dated_confidence(r),
            "sources": r["sources"],
            "note": r.get("note"),
        }
        for r in rows("partnerships")
        if r["status"] in wanted
    ]
    return sorted(out, key=lambda r: (r["since"], r["country"], r["framework"]))


def expect_operation_contributors(p: Row) -> list[Row]:
    ops = {r["key"]: r for r in rows("operations")}
    fws, cs, members, out = frameworks(), countries(), member_since(), []
    t = p["operation"].lower() if p["operation"] else None
    for row in rows("contributions"):
        op = ops[row["operation"]]
        names = [op["key"], op.get("acronym") or "", op["name"], *(op.get("aliases") or [])]
        if t is not None and t not in [n.lower() for n in names]:
            continue
        if row["country"] in members and members[row["country"]] <= op["start"]:
            continue  # a member already when the operation began
        out.append(
            {
                "operation": op.get("acronym") or op["name"],
                "partner": cs[row["country"]]["name"],
                "iso3": row["country"],
                "via": fws[row["via"]]["acronym"] if row.get("via") else None,
                "contribution": row.get("contribution"),
                "since": row.get("since"),
                "until": row.get("until"),
                "operation_start": op["start"],
                "operation_end": op.get("end"),
                "confidence": row["confidence"],
                "sources": row["sources"],
                "note": row.get("note"),
                "operation_note": op.get("note"),
            }
        )
    return sorted(out, key=lambda r: (r["operation_start"], r["operation"], r["partner"]))


def display_name(node: tuple[str, str]) -> str:
    if node[0] == "Organization":
        return {r["key"]: r["name"] for r in rows("organizations")}[node[1]]
    attrs = oracle.graph().nodes[node]
    return attrs.get("name") or attrs.get("key")


def entities(text: str) -> set[tuple[str, str]]:
    """Every node named by ``text``: ISO3 code, key, acronym, name or alias, case-insensitively."""
    t, found = text.lower(), set()
    for node, attrs in oracle.graph().nodes(data=True):
        names = [attrs.get(k) for k in ("iso3", "key", "acronym", "name")] + list(
            attrs.get("aliases") or []
        )
        if node[0] == "Organization":
            names.append(display_name(node))
        if t in {n.lower() for n in names if n}:
            found.add(node)
    return found


def fact_edges() -> list[tuple[tuple[str, str], tuple[str, str], dict]]:
    """Every fact relationship as (start, end, row with its type), straight from the rows.

    Not from ``oracle.graph()``: there an institution's HOSTED_BY and SERVES edges to the same
    country collapse into one, because the row's ``key`` field becomes networkx's edge key.
    """
    label = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}
    found = [
        (("Country", r["country"]), ("Organization", "NATO"), {**r, "type": "MEMBER_OF"})
        for r in rows("nato_members")
    ]
    found += [
        (("Country", r["country"]), ("Framework", r["framework"]), {**r, "type": "PARTNER_IN"})
        for r in rows("partnerships")
    ]
    found += [
        (
            (label[r["subject_type"]], r["subject"]),
            ("Threat", r["threat"]),
            {**r, "type": "ADDRESSES"},
        )
        for r in rows("addresses")
    ]
    found += [
        (("Country", r["country"]), ("Threat", r["threat"]), {**r, "type": "COOPERATES_ON"})
        for r in rows("cooperation")
    ]
    found += [
        (("Country", r["country"]), ("Operation", r["operation"]), {**r, "type": "CONTRIBUTED_TO"})
        for r in rows("contributions")
    ]
    found += [
        (
            ("Framework", r["key"]),
            ("Organization", "NATO"),
            {
                "type": "FRAMEWORK_OF",
                "since": r["launched"],
                "until": r.get("ended"),
                "sources": r["sources"],
                "confidence": r["confidence"],
            },
        )
        for r in rows("frameworks")
    ]
    found += [
        (
            ("Operation", r["key"]),
            ("Organization", "NATO"),
            {
                "type": "LED_BY",
                "since": r.get("nato_led_from") or r["start"],
                "until": r.get("end"),
                "sources": r["sources"],
                "confidence": r["confidence"],
            },
        )
        for r in rows("operations")
    ]
    for r in rows("institutions"):
        if r.get("host"):
            found.append(
                (("Institution", r["key"]), ("Country", r["host"]), {**r, "type": "HOSTED_BY"})
            )
        found += [
            (("Institution", r["key"]), ("Country", c), {**r, "type": "SERVES"})
            for c in r.get("serves") or []
        ]
    return found


def since(d: dict) -> str | None:
    """Since when a fact holds: accession or joining, cooperation start, an institution's opening."""
    field = {"MEMBER_OF": "joined", "PARTNER_IN": "joined", "COOPERATES_ON": "since",
             "CONTRIBUTED_TO": "since", "FRAMEWORK_OF": "since", "LED_BY": "since",
             "HOSTED_BY": "opened", "SERVES": "opened"}.get(d["type"])  # fmt: skip
    return d.get(field) if field else None


def status_now(d: dict) -> tuple[str | None, str | None]:
    """A fact's status now and since when: a partnership's own; cooperation that lapsed; a
    partner's part in an operation that ended, or the operation's end where only that is known."""
    if d.get("status"):
        return d["status"], d.get("status_changed")
    if d["type"] == "CONTRIBUTED_TO":
        if d.get("until"):
            return "ended", d["until"]
        end = {r["key"]: r for r in rows("operations")}[d["operation"]].get("end")
        return ("operation ended", end) if end else (None, None)
    if d["type"] == "FRAMEWORK_OF":  # a framework of NATO's that ended (the NACC)
        return ("ended", d["until"]) if d.get("until") else (None, None)
    if d["type"] == "LED_BY":  # an operation NATO led that ended
        return ("operation ended", d["until"]) if d.get("until") else (None, None)
    return ("lapsed", d["until"]) if d.get("until") else (None, None)


def expect_evidence(p: Row) -> list[Row]:
    a, b = entities(p["a"]), entities(p["b"])
    sources = {r["key"]: r for r in rows("sources")}
    out = []
    for u, v, d in fact_edges():
        if not ((u in a and v in b) or (u in b and v in a)):
            continue
        for i, key in enumerate(d["sources"]):
            s = sources.get(key, {})
            out.append(
                {
                    "relationship": d["type"],
                    "from": display_name(u),
                    "to": display_name(v),
                    "since": since(d),
                    "status": status_now(d)[0],
                    "status_changed": status_now(d)[1],
                    "history": history(d) if d["type"] == "PARTNER_IN" else [],
                    "source_key": key,
                    "title": s.get("title"),
                    "url": s.get("url"),
                    "publisher": s.get("publisher"),
                    "kind": s.get("kind"),
                    "confidence": dated_confidence(d)
                    if d["type"] == "PARTNER_IN"
                    else d["confidence"],
                    "note": d.get("note"),
                    "_i": i,
                }
            )
    out.sort(key=lambda r: (r["relationship"], r["from"], r["to"], r.pop("_i")))
    return out


def profile(iso3: str) -> tuple[set[str], set[str]]:
    """A country's frameworks (acronyms, any status but an invitation or request not taken up)
    and cooperation areas (threat keys)."""
    fws = frameworks()
    f = {
        fws[r["framework"]]["acronym"]
        for r in rows("partnerships")
        if r["country"] == iso3 and r["status"] not in ("invited", "requested")
    }
    t = {r["threat"] for r in rows("cooperation") if r["country"] == iso3}
    return f, t


def unverified_ties(iso3: str) -> set[str]:
    """The framework acronyms and threat keys a country's tie to is held only as unverified."""
    fws = frameworks()
    out = {
        fws[r["framework"]]["acronym"]
        for r in rows("partnerships")
        if r["country"] == iso3
        and r["confidence"] == "unverified"
        and r["status"] not in ("invited", "requested")
    }
    out |= {
        r["threat"]
        for r in rows("cooperation")
        if r["country"] == iso3 and r["confidence"] == "unverified"
    }
    return out


def jaccard(iso3_a: str, iso3_b: str) -> tuple[float, list[str]]:
    (fa, ta), (fb, tb) = profile(iso3_a), profile(iso3_b)
    a, b = fa | ta, fb | tb
    shared = sorted(fa & fb) + sorted(ta & tb)
    return (len(a & b) / len(a | b) if a | b else 0.0), shared


def expect_similar_partners(p: Row) -> list[Row]:
    me, cs, members, out = oracle.find_country(p["country"]), countries(), member_since(), []
    for iso3, c in cs.items():
        if iso3 == me or iso3 in members:
            continue
        score, shared = jaccard(me, iso3)
        if score > 0:
            unsure = unverified_ties(me) | unverified_ties(iso3)
            out.append(
                {"partner": c["name"], "iso3": iso3, "shared": shared, "score": round3(score),
                 "unverified": [s for s in shared if s in unsure],
                 "active_now": sum(1 for r in rows("partnerships")
                                   if r["country"] == iso3 and r["status"] == "active")}
            )  # fmt: skip
    return sorted(out, key=lambda r: (-r["score"], r["partner"]))[: p["limit"]]


def expect_coverage_gaps(p: Row) -> list[Row]:
    key, cs = framework_key(p["framework"]), countries()
    acronym = frameworks()[key]["acronym"]
    threats = {r["key"]: r for r in rows("threats")}
    addressed = {
        r["threat"]: r
        for r in rows("addresses")
        if r["subject_type"] == "framework" and r["subject"] == key
    }
    cooperates = {(r["country"], r["threat"]): r for r in rows("cooperation")}
    out = []
    for r in rows("partnerships"):
        if r["framework"] != key or r["status"] != "active":
            continue
        partner = cs[r["country"]]["name"]
        for t, a in addressed.items():  # a: the framework's link to the threat
            held = cooperates.get((r["country"], t))
            if held and held.get("until"):
                held = None  # it ended or was suspended: it covers nothing now
            if held and held["confidence"] == "confirmed":
                continue  # a confirmed cooperation: no gap
            threat = threats[t]["name"]
            # each link the row rests on that is unverified, with the data row behind it
            rests_on = [
                (f"{partner} PARTNER_IN {acronym}", r, r["confidence"] == "unverified"),
                (f"{acronym} ADDRESSES {threat}", a, a["confidence"] == "unverified"),
                (f"{partner} COOPERATES_ON {threat}", held, held is not None),
            ]
            links = [(link, d) for link, d, unsure in rests_on if unsure]
            out.append(
                {"framework": acronym, "partner": partner, "iso3": r["country"], "threat": threat,
                 "key": t, "links_confidence": "unverified" if links else "confirmed",
                 "unverified_links": [link for link, _ in links],
                 "link_notes": [f"{link}: {d['note']}" for link, d in links if d.get("note")]}
            )  # fmt: skip
    return sorted(out, key=lambda r: (r["partner"], r["threat"]))


def mentions(text: str, term: str) -> bool:
    """Whole-word, case-insensitive: "US" is not in "Australia", nor "UK" in "Ukraine"."""
    return re.search(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", text.lower()) is not None


def expect_known_errors(p: Row) -> list[Row]:
    out = []
    terms: list[str] = []
    if p["country"] is not None:
        t = p["country"].lower()
        terms = [p["country"]]
        for c in rows("countries"):
            names = [c["name"], *(c.get("aliases") or [])]
            if t in {c["iso3"].lower(), *(n.lower() for n in names)}:
                terms += names
    for e in rows("known_errors"):
        if p["country"] is None or any(
            mentions(e["claim"] + " " + e["correction"], term) for term in terms
        ):
            out.append(
                {
                    "key": e["key"],
                    "claim": e["claim"],
                    "correction": e["correction"],
                    "confidence": e["confidence"],
                    "sources": e["sources"],
                }
            )
    return sorted(out, key=lambda r: r["key"])
