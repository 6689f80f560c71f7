"""Each kind of data file, described once: its fields and their rules, and what a record writes.

A ``Kind`` is the one description of a data file (``partnerships.yaml``): the
fields a record may hold, and the nodes and relationships it writes, with
their properties in the order they are set. Everything else derives from it:
the validator (``nato_graph.loaders.validate``), the planner's statements and
rows (``nato_graph.loaders.plan``), the keys and properties of the labels and
relationship types the data writes (``nato_graph.schema``, and from it the
statements and DDL of ``nato_graph.statements``, the export and the Cypher
lint), and the table in ``loaders/data/README.md`` (``readme_table``; a test
keeps the README equal to it).

How a field becomes properties: a field is written under its own name, or the one a
relationship gives it (``Rel.renamed``: an operation's ``start`` is the ``since`` of the link to
the country it was conducted in); a date field also gets ``NAME_year`` (an integer, for range queries), set after the
other properties and only when the date is given; an absent list is written as
``[]``; the ``history`` of a partnership becomes eight parallel lists
(``HISTORY_PROPERTIES``). A node is keyed by its field of the same name as its
label's key; a relationship's end is the node keyed by a field's value (one per
element of a list, none when the field is empty) or by a fixed key.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# The years a date in the data may have (``validate.parse_date``).
EARLIEST_YEAR, LATEST_YEAR = 1800, 2100

CONFIDENCE_LEVELS: tuple[str, ...] = ("confirmed", "unverified")
# Whose decision a status change was: NATO's (the Allies suspended cooperation with Russia in
# 2014) or the partner's own (Malta suspended its participation in 1996).
CHANGE_AUTHORS: tuple[str, ...] = ("nato", "partner")
PARTNERSHIP_STATUSES: tuple[str, ...] = (
    "active",
    "suspended",
    "became_member",
    "ended",
    "superseded",
    "invited",
    "requested",
)
# How an institution's work with the countries it serves stands, where it does not go on (no
# status: it goes on).
INSTITUTION_STATUSES: tuple[str, ...] = ("suspended",)
SOURCE_KINDS = ("official", "government", "news", "analysis", "reference", "mirror")
FRAMEWORK_KINDS = ("framework", "forum", "programme", "grouping")
PARTICIPANTS = ("partners", "allies and partners")
LISTED = ("all", "some")
THREAT_KINDS = ("threat", "area")
# What the subject of an ``addresses`` row may be: its subject_type and that node's label.
SUBJECT_LABEL = {"framework": "Framework", "operation": "Operation", "institution": "Institution"}

# The properties a partnership's ``history`` field is written as (see nato_graph.loaders.plan).
HISTORY_PROPERTIES = (
    "history_dates",
    "history_years",
    "history_statuses",
    "history_sources",
    "history_confidence",
    "history_by",
    "history_earliest",
    "history_notes",
)


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"  # text | key | code | iso3 | date | texts | refs | history | choice
    required: bool = False
    ref: str | None = None  # the kind a key or iso3 refers to
    choices: tuple[str, ...] = ()
    doc: str = ""  # for the data README: what the type and reference do not say
    as_name: bool = False  # a reference written as the name of what it refers to (a region)


@dataclass(frozen=True)
class Node:
    """The node a record writes: ``label``, keyed by the field ``key``, with ``props`` set."""

    label: str
    key: str
    props: tuple[str, ...]

    def property_of(self, field: str) -> str:
        """The property a field of ``props`` is written as: a node's fields keep their names."""
        return field


@dataclass(frozen=True)
class End:
    """One end of a relationship: the ``label`` node keyed by the value of ``field``, or by ``key``."""

    label: str
    field: str | None = None
    key: str | None = None  # a fixed key (NATO, the one Organization)


@dataclass(frozen=True)
class Rel:
    """A relationship a record writes, with ``props`` set; only ``when`` (field, value) holds.

    ``renamed`` writes a field under another name, as ``(field, property)`` pairs: an operation's
    ``start`` and ``end`` are the ``since`` and ``until`` of the link to the country it was
    conducted in, as on every other dated link. ``fallbacks`` gives a field left out the value of
    another, as ``(field, other)`` pairs.
    """

    type: str
    start: End
    end: End
    props: tuple[str, ...] = ()
    when: tuple[str, str] | None = None
    renamed: tuple[tuple[str, str], ...] = ()
    # (field, other): a field a record leaves out is written from the other (an operation NATO led
    # from its start: the LED_BY link's since is its start)
    fallbacks: tuple[tuple[str, str], ...] = ()

    def property_of(self, field: str) -> str:
        """The property a field of ``props`` is written as."""
        return next((p for f, p in self.renamed if f == field), field)


@dataclass(frozen=True)
class Kind:
    """One kind of data file: ``name`` is its file stem, e.g. "partnerships".

    A record is one node or one relationship, with what hangs off it: the first of
    ``writes``. Its ``identity``, the fields that make it unique in its kind, is that
    node's key, or that relationship's ends (and the field choosing its start's label).
    """

    name: str
    fields: tuple[Field, ...]
    writes: tuple[Node | Rel, ...]
    note: str = ""  # for the data README: what a row is, beyond what it writes
    identity: tuple[str, ...] = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        first = self.writes[0]
        if isinstance(first, Node):
            identity: tuple[str | None, ...] = (first.key,)
        else:
            chooser = first.when[0] if first.when else None
            identity = (first.start.field, chooser, first.end.field)
        object.__setattr__(self, "identity", tuple(n for n in identity if n))

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def node(self) -> Node | None:
        return next((w for w in self.writes if isinstance(w, Node)), None)

    def properties(self, write: Node | Rel) -> tuple[str, ...]:
        """The property keys ``write`` can set, in schema order: a node's key first, each date's
        year after it, the history's lists in its place."""
        names: tuple[str, ...] = (write.key,) if isinstance(write, Node) else ()
        for name in write.props:
            prop = write.property_of(name)
            if name == "history":
                names += HISTORY_PROPERTIES
            elif name in self.field_names and self.field(name).type == "date":
                names += (prop, f"{prop}_year")
            else:
                names += (prop,)
        return names


FACT = ("sources", "confidence", "note")  # on every fact; a kind without a note field sets none

_SOURCES = Field("sources", "refs", required=True, ref="sources")
_CONFIDENCE = Field("confidence", "choice", required=True, choices=CONFIDENCE_LEVELS)
_NOTE = Field("note")
_ALIASES = Field("aliases", "texts")

KINDS: tuple[Kind, ...] = (
    Kind("sources", (
        Field("key", "key", required=True), Field("title", required=True), Field("url"), Field("publisher"),
        Field("kind", "choice", required=True, choices=SOURCE_KINDS),
        Field("dated", doc="free text: when the page is dated or was stored"),
        Field("about", "refs", ref="countries",
              doc="the countries the source is about: a fact about another country may not cite it"),
    ), (Node("Source", "key", ("title", "url", "publisher", "kind", "dated")),)),
    Kind("regions", (Field("key", "key", required=True), Field("name", required=True)),
         (Node("Region", "key", ("name",)),)),
    Kind("countries", (
        Field("iso3", "iso3", required=True), Field("name", required=True), _ALIASES,
        Field("region", "key", required=True, ref="regions", as_name=True,
              doc="written on the node as the region's name"),
    ), (
        Node("Country", "iso3", ("name", "aliases", "region")),
        Rel("IN_REGION", End("Country", "iso3"), End("Region", "region")),
    )),
    Kind("organizations", (
        Field("key", "code", required=True), Field("name", required=True), Field("founded", "date"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (Node("Organization", "key", ("name", "founded", *FACT)),)),
    Kind("nato_members", (
        Field("country", "iso3", required=True, ref="countries"), Field("joined", "date", required=True),
        Field("round"), _SOURCES, _CONFIDENCE, _NOTE,
    ), (
        Rel("MEMBER_OF", End("Country", "country"), End("Organization", key="NATO"),
            ("joined", "round", *FACT)),
    )),
    Kind("frameworks", (
        Field("key", "key", required=True), Field("acronym", required=True), Field("name", required=True),
        Field("kind", "choice", required=True, choices=FRAMEWORK_KINDS), Field("launched", "date", required=True),
        Field("ended", "date"), Field("launched_where"), Field("purpose", required=True), Field("regional_focus"),
        _ALIASES, Field("part_of", "key", ref="frameworks"), Field("replaced", "key", ref="frameworks"),
        Field("participants", "choice", choices=PARTICIPANTS,
              doc="who takes part: `partners` (the default) or `allies and partners` (the EAPC, the "
                  "NACC); the partnership rows list the partners, an Ally takes part as one"),
        Field("listed", "choice", choices=LISTED,
              doc="how many of its partners the partnership rows list: `all` (the default) or `some`, "
                  "only those the sources name (the PII's six Enhanced Opportunities Partners, not the "
                  "other partners of its Interoperability Platform); answers on its partners say so. "
                  "Written out for a programme (the MAP), the article checker takes a country the rows "
                  "do not list as no participant, as it does for every framework, forum and grouping"),
        Field("listed_part",
              doc="with `listed: some`, which of its partners the rows list, ending with those they "
                  "leave out (the PII's: its Enhanced Opportunities Partners, not the other partners of "
                  "its Interoperability Platform); answers on its partners print it where they would "
                  "say only that others took part"),
        Field("other_participants",
              doc="who takes part that no partnership row can hold, not being a country (the DCB's "
                  "package for the United Nations): answers on its partners say so"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (
        Node("Framework", "key", ("acronym", "name", "kind", "launched", "ended", "launched_where", "purpose",
                                  "regional_focus", "aliases", "participants", "listed", "listed_part",
                                  "other_participants", *FACT)),
        Rel("PART_OF", End("Framework", "key"), End("Framework", "part_of")),
        Rel("REPLACED", End("Framework", "key"), End("Framework", "replaced")),
        # every framework, forum, grouping and programme in the data is NATO's, from its launch to
        # its end, on the framework's own sources: the link that takes a path from a partner to NATO
        Rel("FRAMEWORK_OF", End("Framework", "key"), End("Organization", key="NATO"),
            ("launched", "ended", "sources", "confidence"),
            renamed=(("launched", "since"), ("ended", "until"))),
    ), note="frameworks, forums, groupings and programmes"),
    Kind("partnerships", (
        Field("country", "iso3", required=True, ref="countries"),
        Field("framework", "key", required=True, ref="frameworks"),
        Field("joined", "date", doc="required unless status is `invited` or `requested`"),
        Field("joined_basis",
              doc="what the date of joining marks when it is not a formal accession, in a few words "
                  "(Japan's 1990: `first NATO-Japan security exchange`); answers print it beside the "
                  "join"),
        Field("status", "choice", required=True, choices=PARTNERSHIP_STATUSES,
              doc="`superseded`: replaced by a successor programme, e.g. an IPCP by an ITPP"),
        Field("status_changed", "date",
              doc="required unless status is `active` with no change, or `invited` or `requested` "
                  "where the sources do not date the invitation or request (Libya's request for DCB "
                  "support); answers then show no date"),
        Field("history", "history",
              doc="list of `{date, status, by, earliest, sources, confidence, note}`: each change after "
                  "joining, up to the current status, with the sources that report that change; a change "
                  "without `sources`, or a `status_changed` with no entry, cites the partnership's "
                  "`sources`; `by` says whose decision the change was, `nato` or `partner` (left out when "
                  "the sources do not say); `confidence: unverified` marks a change whose date or nature "
                  "is not confirmed (a change is never surer than the partnership); `earliest`, for an "
                  "unverified change only, is the earliest date the sources allow it (Israel's ICP gave "
                  "way to an IPCP by 2019, and not before IPCPs were created in April 2011: `2011-04`), "
                  "not after `date` nor before the event before it: the status is then unsure only from "
                  "that year; `note` is the data's own caveat on that change (Malta's 1996 suspension: "
                  "NATO calls the 1996-2008 break a suspension, not an end), given with the event by "
                  "every answer that lists the history, beside the partnership's own `note`"),
        _SOURCES,
        Field("joined_sources", "refs", ref="sources",
              doc="the sources that report the joining, when not all of `sources` do (a report of a "
                  "later change, e.g. an accession, says nothing of the join); else the join cites "
                  "`sources`. Read into the history, not written as a property of its own"),
        _CONFIDENCE,
        Field("joined_confidence", "choice", choices=CONFIDENCE_LEVELS,
              doc="`unverified` when the partnership is confirmed but the date of joining is not (an "
                  "inferred or approximate date); `confirmed`, with an unverified partnership whose "
                  "status is `active`, when the join is sure and only the present state is not (an "
                  "IPAP agreed on a day NATO gives, not known to be still in force); else the join is "
                  "as sure as the partnership. Read into the history, like `joined_sources`"),
        Field("joined_by", "date",
              doc="with `joined_confidence: unverified` only: the latest date by which the sources "
                  "show the partner had joined (Kuwait's ICI, December 2004 or the first quarter of "
                  "2005: `2005-03`); not before `joined`. The partnership is then unsure only in the "
                  "years before it"),
        Field("joined_earliest", "date",
              doc="with `joined_basis` or `joined_confidence: unverified` only: the earliest date the "
                  "partnership can have begun, where the sources settle it, as `earliest` does for a "
                  "change (Colombia's partnership was agreed in May 2017, the date of joining itself: "
                  "`2017-05`; Korea's dialogue with NATO opened in 2005, before its 2006 start as a "
                  "contact country: `2005`); not after `joined`. A claim of an earlier year is then "
                  "contradicted, not left open; where it comes before the year of `joined`, `as-of` lists "
                  "the partner as unverified from its year up to that of `joined` (Israel's IPCP, "
                  "dated from its 2019 approval: `2011-04`, when IPCPs were created). Read into the "
                  "history, like `joined_sources`"),
        _NOTE,
    ), (
        Rel("PARTNER_IN", End("Country", "country"), End("Framework", "framework"),
            ("joined", "joined_basis", "joined_by", "status", "status_changed", *FACT, "history")),
    )),
    Kind("threats", (
        Field("key", "key", required=True), Field("name", required=True),
        Field("kind", "choice", required=True, choices=THREAT_KINDS), _ALIASES,
        Field("description", required=True), _SOURCES, _CONFIDENCE,
    ), (Node("Threat", "key", ("name", "kind", "aliases", "description", *FACT)),),
        note="threats and cooperation areas"),
    Kind("operations", (
        Field("key", "key", required=True), Field("acronym"), Field("name", required=True), Field("kind"),
        Field("start", "date", required=True), Field("end", "date"), Field("area"),
        Field("countries", "refs", ref="countries",
              doc="the countries the operation was conducted in, at their government's request or "
                  "under a UN mandate (ISAF and RSM in Afghanistan, NTM-I and NMI in Iraq), as its "
                  "`sources` say; a sea, or a territory that is no country in the data, stays in "
                  "`area` only. Each is a `CONDUCTED_IN` edge with the operation's `start` and `end` "
                  "as its `since` and `until`, and its `sources` and `confidence`"),
        Field("summary"), _ALIASES,
        Field("nato_led_from", "date",
              doc="when NATO took the lead, where that was after `start` (ISAF, a UN-mandated force "
                  "from December 2001, led by NATO from 11 August 2003); else NATO led it from its "
                  "start. Every operation in the data is NATO-led: a `LED_BY` edge to NATO with this "
                  "date (or `start`) and `end` as its `since` and `until`, on the operation's "
                  "`sources`, which must report the date"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (
        Node("Operation", "key", ("acronym", "name", "kind", "start", "end", "area", "summary", "aliases",
                                  "nato_led_from", *FACT)),
        # the operation's note is about the operation, not where it was: not copied onto the link
        Rel("CONDUCTED_IN", End("Operation", "key"), End("Country", "countries"),
            ("start", "end", "sources", "confidence"), renamed=(("start", "since"), ("end", "until"))),
        # every operation in the data is NATO's to lead, from its start or the date NATO took it over
        Rel("LED_BY", End("Operation", "key"), End("Organization", key="NATO"),
            ("nato_led_from", "end", "sources", "confidence"),
            renamed=(("nato_led_from", "since"), ("end", "until")), fallbacks=(("nato_led_from", "start"),)),
    )),
    Kind("institutions", (
        Field("key", "key", required=True), Field("name", required=True), _ALIASES, Field("kind"),
        Field("location"), Field("host", "iso3", ref="countries"), Field("opened", "date"), Field("summary"),
        Field("serves", "refs", ref="countries"), Field("part_of", "key", ref="frameworks"),
        Field("status", "choice", choices=INSTITUTION_STATUSES,
              doc="how its work with the countries it `serves` stands, where it does not go on: "
                  "`suspended` (the NATO-Russia Council: practical cooperation suspended in April "
                  "2014); absent while it goes on. Written on its SERVES links, which answers then "
                  "mark as not active"),
        Field("status_changed", "date", doc="when `status` took effect; required with it"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (
        Node("Institution", "key", ("name", "kind", "location", "opened", "summary", "aliases", *FACT)),
        Rel("HOSTED_BY", End("Institution", "key"), End("Country", "host"), FACT),
        Rel("SERVES", End("Institution", "key"), End("Country", "serves"), ("status", "status_changed", *FACT)),
        Rel("PART_OF", End("Institution", "key"), End("Framework", "part_of")),
    )),
    Kind("addresses", (
        Field("subject", "key", required=True, doc="the key of a framework, operation or institution"),
        Field("subject_type", "choice", required=True, choices=tuple(SUBJECT_LABEL)),
        Field("threat", "key", required=True, ref="threats"), _SOURCES, _CONFIDENCE, _NOTE,
    ), tuple(
        Rel("ADDRESSES", End(label, "subject"), End("Threat", "threat"), FACT, when=("subject_type", subject))
        for subject, label in SUBJECT_LABEL.items()
    )),
    Kind("cooperation", (
        Field("country", "iso3", required=True, ref="countries"),
        Field("threat", "key", required=True, ref="threats"), Field("since", "date"),
        Field("until", "date", doc="when the cooperation ended or was suspended; absent while it goes on"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (Rel("COOPERATES_ON", End("Country", "country"), End("Threat", "threat"), ("since", "until", *FACT)),)),
    Kind("contributions", (
        Field("country", "iso3", required=True, ref="countries"),
        Field("operation", "key", required=True, ref="operations"), Field("via", "key", ref="frameworks"),
        Field("contribution"),
        Field("since", "date", doc="when the partner's own part began, where the sources say; not the operation's start"),
        Field("until", "date", doc="when the partner's part ended, where the sources say"),
        _SOURCES, _CONFIDENCE, _NOTE,
    ), (
        Rel("CONTRIBUTED_TO", End("Country", "country"), End("Operation", "operation"),
            ("via", "contribution", "since", "until", *FACT)),
    )),
    Kind("known_errors", (
        Field("key", "key", required=True), Field("claim", required=True), Field("correction", required=True),
        _SOURCES, _CONFIDENCE,
    ), (Node("KnownError", "key", ("claim", "correction", *FACT)),), note="used by the article checker"),
)  # fmt: skip

KIND_BY_NAME = {k.name: k for k in KINDS}

# The kind each subject_type of ``addresses`` refers to: the one whose records are nodes of that label.
SUBJECT_KIND = {
    subject: next(k.name for k in KINDS if k.node and k.node.label == label)
    for subject, label in SUBJECT_LABEL.items()
}


def readme_table() -> str:
    """The table of ``loaders/data/README.md``: one row per kind, its fields (required in bold).

    >>> print(readme_table().splitlines()[3])
    | `regions.yaml` | a `Region` node | **key**, **name** |
    """
    rows = ["| file | one row is | fields (required in **bold**) |", "|---|---|---|"]
    for kind in KINDS:
        fields = ", ".join(_field_doc(f) for f in kind.fields)
        rows.append(f"| `{kind.name}.yaml` | {_row_is(kind)} | {fields} |")
    return "\n".join(rows) + "\n"


def _a(word: str) -> str:
    return ("an " if word.lstrip("`")[:1] in "AEIOU" else "a ") + word


def _listed(names: list[str], last: str) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return f"{', '.join(names[:-1])} {last} {names[-1]}" if len(names) > 1 else names[0]


def _row_is(kind: Kind) -> str:
    """What one row writes, in words: its node, then its relationships."""
    rels = [w for w in kind.writes if isinstance(w, Rel)]
    types = [f"`{t}`" for t in dict.fromkeys(r.type for r in rels)]
    edges = (
        _a(f"{types[0]} edge")
        if len(types) == 1
        else f"{_listed(types, 'and')} edges"
        if types
        else ""
    )
    if kind.node:
        text = _a(f"`{kind.node.label}` node")
        if len(types) == 1:
            text += f" and {edges}"
        elif types:
            text += f", {edges}"
    else:  # a relationship: say what it joins
        starts = _listed(
            [f"`{label}`" for label in dict.fromkeys(r.start.label for r in rels)], "or"
        )
        end = rels[0].end
        text = f"{edges} ({starts} to {end.key or f'`{end.label}`'})"
    return f"{text} ({kind.note})" if kind.note else text


def _field_doc(f: Field) -> str:
    about = []
    if f.choices and f.choices != CONFIDENCE_LEVELS:  # confidence is explained above the table
        about.append(", ".join(f"`{c}`" for c in f.choices))
    if f.ref and f.ref != "sources":  # so are sources
        one = "iso3" if f.ref == "countries" else f"{f.ref.removesuffix('s')} key"
        about.append(f"{one} list" if f.type == "refs" else one)
    if f.doc:
        about.append(f.doc)
    name = f"**{f.name}**" if f.required else f.name
    return f"{name} ({'; '.join(about)})" if about else name
