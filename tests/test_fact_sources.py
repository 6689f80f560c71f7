"""Each fact edge cites the sources that support that fact, and only those.

The curated files once copied a partner's or a programme's whole source list onto every link
(Israel's IPCP and ICP links cited 21 sources, among them "Algeria joins NATO's Mediterranean
Dialogue"). Checked mechanically where the source records say what a source is about:

- a source with an ``about`` list (sources.yaml) may support facts about those countries only;
- a source without one may not support a fact about a country when its title names other
  countries but not that one ("Korea - NATO relations" for Israel's mission).

Sources that name no country (topic pages, founding documents) were checked by hand when the
links were split; loaders/data/CHANGES.md says which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from nato_graph.stores import Store
from tests.oracle import rows

# More on one fact is a copied list, not evidence. The EAPC rows cite its five founding texts
# plus the country's own (up to 10 for Russia, suspended in 2014).
MAX_SOURCES = 10


@cache
def country_names() -> dict[str, re.Pattern[str]]:
    """iso3 -> a pattern that finds the country's name or an alias as whole words."""
    out = {}
    for c in rows("countries"):
        names = [c["name"], *(c.get("aliases") or [])]
        names = [n for n in names if len(n) > 3 or n.isupper()]  # "UK", "US", "ROK" stay
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        flags = 0 if all(n.isupper() for n in names) else re.IGNORECASE
        out[c["iso3"]] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)
    return out


@cache
def sources() -> dict[str, dict]:
    return {s["key"]: s for s in rows("sources")}


def named_in(key: str) -> set[str]:
    """The countries a source is recorded as being about, or that its title names."""
    s = sources()[key]
    if s.get("about"):
        return set(s["about"])
    return {iso3 for iso3, pattern in country_names().items() if pattern.search(s["title"])}


def country_facts() -> Iterator[tuple[str, str, list[str], str | None]]:
    """(description, iso3, sources, institution host) for every fact edge about one country.

    A source about an institution names its host ("NATO opens ICI Regional Centre in Kuwait"):
    it may support the institution's SERVES edges to the other countries it serves."""
    for kind, what in (("partnerships", "framework"), ("cooperation", "threat"),
                       ("contributions", "operation")):  # fmt: skip
        for r in rows(kind):
            yield f"{kind}: {r['country']} {r[what]}", r["country"], r["sources"], None
    for r in rows("partnerships"):  # each status change cites its own sources
        for h in r.get("history") or []:
            fact = f"partnerships: {r['country']} {r['framework']} {h['status']} {h['date']}"
            yield fact, r["country"], h.get("sources") or [], None
    for r in rows("nato_members"):
        yield f"nato_members: {r['country']}", r["country"], r["sources"], None
    for r in rows("institutions"):
        for iso3 in [r["host"]] if r.get("host") else []:
            yield f"institutions: {r['key']} hosted by {iso3}", iso3, r["sources"], None
        for iso3 in r.get("serves") or []:
            yield f"institutions: {r['key']} serves {iso3}", iso3, r["sources"], r.get("host")


def test_no_fact_cites_a_source_about_other_countries_only() -> None:
    wrong = []
    for fact, iso3, keys, host in country_facts():
        for key in keys:
            named = named_in(key)
            if named and iso3 not in named and not (host and host in named):
                wrong.append(
                    f"{fact}: {key} ({sources()[key]['title']!r}) is about {sorted(named)}"
                )
    assert not wrong, "\n".join(wrong)


def test_no_fact_cites_a_copied_source_list() -> None:
    long = [
        f"{fact}: {len(keys)} sources"
        for fact, _, keys, _ in country_facts()
        if len(keys) > MAX_SOURCES
    ]
    assert not long, "\n".join(long)


@pytest.mark.parametrize(
    ("framework", "allowed"),
    [
        pytest.param(
            "icp",
            {"nato-israel-icp-2006", "il-mfa-icp-2006", "il-mfa-icp-2008", "shape-israel-2019"},
            id="icp",
        ),
        # NATO's ITPP page, for the 2021 move to ITPPs that leaves the IPCP's standing unverified
        pytest.param("ipcp", {"shape-israel-2019", "nato-itpp-topic"}, id="ipcp"),
    ],
)
def test_israels_programme_links_cite_their_own_sources(framework: str, allowed: set[str]) -> None:
    (row,) = [
        r for r in rows("partnerships") if r["country"] == "ISR" and r["framework"] == framework
    ]
    assert set(row["sources"]) <= allowed


def test_every_status_change_cites_its_own_sources() -> None:
    """A change of status (suspended, resumed, became a member, superseded, invited) is a fact
    of its own: the bundled data records each as a history entry with the sources reporting it,
    never falling back on the partnership's list."""
    missing = []
    for r in rows("partnerships"):
        history = r.get("history") or []
        changes = [(h["date"], h["status"]) for h in history]
        if r.get("status_changed") and (r["status_changed"], r["status"]) not in changes:
            missing.append(f"{r['country']} {r['framework']}: {r['status']} {r['status_changed']}")
        missing += [
            f"{r['country']} {r['framework']}: {h['status']} {h['date']} has no sources"
            for h in history
            if not h.get("sources")
        ]
    assert not missing, "\n".join(missing)


# Sources cited for a later change that were read, by hand, to recount the join as well (NATO's
# Russia, Belarus and Mongolia pages tell the relationship from its start; Malta's 2008 release and
# the PfP mirrors' table give the 1995 signature; Yonhap and European Interest date Korea's first
# IPCP to 2012, which NATO's 2019 release, on the third, does not; Times Kuwait's 2018 KUNA report
# gives Kuwait's 2014 IPCP).
RECOUNTS_THE_JOIN = {
    ("MLT", "pfp"): {"nato-malta-2008", "independent-mt-2008", "wiki-pfp-mirror", "knowpia-pfp"},
    ("RUS", "pfp"): {"nato-russia-topic", "nato-russia-2015"},
    ("RUS", "eapc"): {"nato-russia-topic", "nato-russia-2015"},
    ("BLR", "pfp"): {"nato-belarus-topic"},
    ("BLR", "eapc"): {"nato-belarus-topic"},
    ("MNG", "ipcp"): {"nato-mongolia-topic-2025"},
    ("KOR", "ipcp"): {"yonhap-rok-itpp-2023", "europeaninterest-rok"},
}


def test_a_join_does_not_cite_the_reports_of_later_changes() -> None:
    """The join cites ``joined_sources`` where given, else the partnership's sources: never a
    report of a later change (Russia's 1994 PfP join cited a 2014 news item on the suspension and a
    2022 article on the Strategic Concept; Finland's, its 2023 accession)."""
    wrong = []
    for r in rows("partnerships"):
        if not r.get("joined"):
            continue
        later = {k for h in r.get("history") or [] for k in h.get("sources") or []}
        later |= {"ep-russia-threat-2022"}  # on the partnership for its standing after 2022 only
        join = r.get("joined_sources") or r["sources"]
        allowed = RECOUNTS_THE_JOIN.get((r["country"], r["framework"]), set())
        wrong += [
            f"{r['country']} {r['framework']} joined {r['joined']}: {k}"
            for k in join
            if k in later - allowed
        ]
    assert not wrong, "\n".join(wrong)


def _source_date(key: str) -> str | None:
    """A source's date as ISO text at the precision it gives ('2006-11-29', '2019'), or None when
    its ``dated`` names no year ('stored copy')."""
    found = re.search(r"(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?", str(sources()[key].get("dated") or ""))
    return found.group(0) if found else None


def _before(a: str, b: str) -> bool:
    """a is before b, compared at the precision both have ('2006' is not before '2006-12-14')."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def test_a_later_join_does_not_rest_on_the_frameworks_older_texts() -> None:
    """A partner that joined after its framework was launched cites, for its join, none of the
    framework's own texts that predate that join, and at least one source not dated before it.
    Montenegro's EAPC join (14 December 2006) cited only the EAPC's 1997 founding texts and PfP
    pages that do not mention the EAPC; Tajikistan's mirrored its 2002 PfP date, though it had been
    in the EAPC since 1997."""
    frameworks = {f["key"]: f for f in rows("frameworks")}
    wrong = []
    for r in rows("partnerships"):
        joined, framework = r.get("joined"), frameworks[r["framework"]]
        if not joined or not _before(str(framework["launched"]), str(joined)):
            continue
        join = r.get("joined_sources") or r["sources"]
        dated = {k: _source_date(k) for k in join}
        older = [k for k, d in dated.items() if d and _before(d, str(joined))]
        wrong += [
            f"{r['country']} {r['framework']} joined {joined}: cites {k}, a text of the framework "
            f"dated {dated[k]}"
            for k in older
            if k in framework["sources"]
        ]
        if len(older) == len(join):
            wrong.append(
                f"{r['country']} {r['framework']} joined {joined}: every source predates it"
            )
    assert not wrong, "\n".join(wrong)


def test_the_eapc_joins_after_its_creation_cite_their_own_reports() -> None:
    """The partners that joined the EAPC after 30 May 1997, each with the source that dates it."""
    got = {
        r["country"]: (r["joined"], r.get("joined_sources"), r.get("joined_confidence"))
        for r in rows("partnerships")
        if r["framework"] == "eapc" and r["joined"] != "1997-05-30"
    }
    riga = ["nato-riga-2006", "nato-balkans-pfp-2006"]
    assert got == {
        "IRL": ("1999-12-01", ["nato-ireland-1999"], None),
        "HRV": ("2000-05-25", ["nato-eapc-florence-2000"], None),
        "BIH": ("2006-12-14", riga, "unverified"),
        "MNE": ("2006-12-14", [*riga, "l24-mne"], "unverified"),
        "SRB": ("2006-12-14", [*riga, "nato-serbia-topic-2022"], "unverified"),
        "MLT": ("2008-04-03", ["nato-malta-2008"], None),
    }


def test_the_store_gives_the_join_its_own_sources(curated_store: Store) -> None:
    got = curated_store.read(
        "MATCH (:Country {iso3: 'RUS'})-[r:PARTNER_IN]->(:Framework {key: 'pfp'}) "
        "RETURN r.history_sources AS s, r.sources AS all"
    ).rows[0]
    assert got["s"][0] == "nato-russia-topic nato-russia-2015 wiki-pfp-mirror knowpia-pfp"
    assert "rbc-russia-2014" in got["s"][1] and "ep-russia-threat-2022" in got["all"]


def _refusal(tmp_path: Path, records: str) -> tuple[Path, str]:
    """The file of partnership ``records`` written, and the message its loading is refused with."""
    from nato_graph.loaders.load import read_records
    from nato_graph.loaders.validate import ValidationError

    path = tmp_path / "mine.partnerships.yaml"
    path.write_text(records, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_records([path])
    return path, str(caught.value)


def test_joined_sources_must_be_the_partnerships(tmp_path: Path) -> None:
    path, refused = _refusal(
        tmp_path,
        "- country: ISR\n  framework: pfp\n  joined: '2000'\n  status: active\n"
        "  sources: [nato-md-topic]\n  joined_sources: [nato-malta-2008]\n"
        "  confidence: confirmed\n",
    )
    assert (
        f"{path}:6: joined_sources: 'nato-malta-2008' is not among the partnership's sources"
        in refused
    )


def test_an_accession_cites_the_accession_sources() -> None:
    """``became_member`` is dated by the accession: it cites what nato_members.yaml cites for it."""
    members = {r["country"]: r for r in rows("nato_members")}
    for r in rows("partnerships"):
        for h in r.get("history") or []:
            if h["status"] == "became_member":
                member = members[r["country"]]
                assert (h["date"], h["sources"]) == (member["joined"], member["sources"]), r


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param(
            "[{date: '2014', status: suspended, sources: [no-such-source]}]",
            "history: 'no-such-source' is not in sources",
            id="unknown-source",
        ),
        pytest.param(
            "[{date: '2014', status: suspended, sources: nato-md-topic}]",
            "history: entry 1: sources must be a list of source keys",
            id="not-a-list",
        ),
        pytest.param(
            "[{date: '2014', status: suspended, source: [nato-md-topic]}]",
            "history: entry 1: expected {date, status, by, sources, confidence, note}",
            id="misspelt",
        ),
        pytest.param(
            "[{date: '2014', status: suspended, by: the council}]",
            "history: entry 1: by 'the council' is not one of nato, partner",
            id="bad-by",
        ),
        pytest.param(
            "[{date: '2014', status: suspended, confidence: likely}]",
            "history: entry 1: confidence 'likely' is not one of confirmed, unverified",
            id="bad-confidence",
        ),
    ],
)
def test_a_changes_sources_are_checked(tmp_path: Path, text: str, problem: str) -> None:
    path, refused = _refusal(
        tmp_path,
        "- country: ISR\n  framework: pfp\n  joined: '2000'\n  status: suspended\n"
        f"  status_changed: '2014'\n  history: {text}\n  sources: [nato-md-topic]\n"
        "  confidence: confirmed\n",
    )
    assert f"{path}:6: {problem}" in refused


def test_the_store_holds_each_changes_sources(curated_store: Store) -> None:
    got = curated_store.read(
        "MATCH (:Country {iso3: 'MLT'})-[r:PARTNER_IN]->(:Framework {key: 'pfp'}) "
        "RETURN r.history_sources AS s"
    ).value()
    assert got == [
        "nato-malta-2008 independent-mt-2008 wiki-pfp-mirror knowpia-pfp",
        "nato-malta-2008 wiki-pfp-mirror knowpia-pfp",
        "nato-malta-2008 independent-mt-2008",
    ]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        pytest.param(
            "  confidence: unverified\n  joined_confidence: confirmed\n  status_changed: '2014'\n"
            "  history: [{date: '2014', status: suspended}]\n",
            "joined_confidence: cannot be confirmed when the partnership is unverified, unless "
            "only its present state is (status: active)",
            id="join-surer-than-fact",
        ),
        pytest.param(
            "  confidence: unverified\n  status_changed: '2014'\n"
            "  history: [{date: '2014', status: suspended, confidence: confirmed}]\n",
            "history: entry 1: confidence cannot be confirmed when the partnership is unverified",
            id="change-surer-than-fact",
        ),
        pytest.param(
            "  confidence: confirmed\n  joined_confidence: maybe\n",
            "joined_confidence: 'maybe' is not one of confirmed, unverified",
            id="bad-join-confidence",
        ),
    ],
)
def test_an_events_confidence_is_checked(tmp_path: Path, fields: str, problem: str) -> None:
    """A dated event may be held as unverified while its partnership is confirmed (an inferred date
    of joining), never the other way round."""
    status = "suspended" if "suspended" in fields else "active"
    path, refused = _refusal(
        tmp_path,
        f"- country: ISR\n  framework: pfp\n  joined: '2000'\n  status: {status}\n"
        f"  sources: [nato-md-topic]\n{fields}",
    )
    assert f"{path}:" in refused and problem in refused


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Azerbaijan agreed its IPAP in 2005.", "supported"),
        ("Armenia agreed its IPAP in 2007.", "contradicted"),  # 16 December 2005
        # whether it holds now, or has since: unsure
        ("Azerbaijan takes part in the Individual Partnership Action Plan.", "unverified"),
        ("Azerbaijan has been in the IPAP since 2005.", "unverified"),
    ],
)
def test_a_confirmed_join_of_a_partnership_unsure_only_now_is_judged_as_confirmed(
    curated: Store, text: str, verdict: str
) -> None:
    """An IPAP agreed on a day NATO gives but not known to be still in force: the row is
    unverified (whether it holds now), its join confirmed (joined_confidence: confirmed), so a
    claim of the join is judged on the join (both were unverified); the state now stays so."""
    from tests.article_checks import read

    assert {c[3] for c in read(curated, text)[0]} == {verdict}


@pytest.mark.parametrize(
    ("field", "value"),
    [("joined_confidence", "unverified"), ("joined_basis", "first exchange of letters")],
)
def test_a_join_without_a_date_takes_no_confidence_nor_basis(
    tmp_path: Path, field: str, value: str
) -> None:
    path, refused = _refusal(
        tmp_path,
        "- country: ISR\n  framework: pfp\n  status: requested\n  sources: [nato-md-topic]\n"
        f"  confidence: confirmed\n  {field}: {value}\n",
    )
    assert f"{path}:6: {field}: given without a joined date" in refused


def test_the_store_holds_whose_decision_each_change_was(curated_store: Store) -> None:
    """Malta suspended its own PfP part in 1996 and came back by its own decision in 2008; the
    Allies suspended cooperation with Russia in 2014; a partnership no change of which says whose
    it was holds no list at all."""
    got = curated_store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework {key: 'pfp'}) "
        "WHERE c.iso3 IN ['MLT', 'RUS', 'AUT'] RETURN c.iso3 AS c, r.history_by AS by ORDER BY c"
    ).rows
    assert got == [
        {"c": "AUT", "by": None},
        {"c": "MLT", "by": ["", "partner", "partner"]},
        {"c": "RUS", "by": ["", "nato"]},
    ]


def test_the_store_holds_each_events_confidence(curated_store: Store) -> None:
    """Georgia's DCB package is confirmed, its 2014 start only inferred (the reference: in place by
    July 2016); Malta's PfP events are as sure as the partnership."""
    got = curated_store.read(
        "MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework) "
        "WHERE [c.iso3, f.key] IN [['GEO', 'dcb'], ['MLT', 'pfp']] "
        "RETURN c.iso3 AS c, r.confidence AS fact, r.history_confidence AS events ORDER BY c"
    ).rows
    assert got == [
        {"c": "GEO", "fact": "confirmed", "events": ["unverified"]},
        {"c": "MLT", "fact": "confirmed", "events": ["confirmed"] * 3},
    ]
