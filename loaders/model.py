"""What the data files may hold: one ``Kind`` per file, its fields and their rules.

The README beside the data (``loaders/data/README.md``) describes the same
format for people; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from nato_graph.schema import CONFIDENCE_LEVELS, PARTNERSHIP_STATUSES


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"  # text | key | code | iso3 | date | texts | refs | history | choice
    required: bool = False
    ref: str | None = None  # the kind a key or iso3 refers to
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    name: str  # the file stem, e.g. "partnerships"
    identity: tuple[str, ...]  # fields that make a row unique
    fields: tuple[Field, ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


SOURCE_KINDS = ("official", "government", "news", "analysis", "reference", "mirror")
FRAMEWORK_KINDS = ("framework", "forum", "programme", "grouping")
THREAT_KINDS = ("threat", "area")
SUBJECT_TYPES = ("framework", "operation", "institution")

_SOURCES = Field("sources", "refs", required=True, ref="sources")
_CONFIDENCE = Field("confidence", "choice", required=True, choices=CONFIDENCE_LEVELS)
_NOTE = Field("note")
_ALIASES = Field("aliases", "texts")

KINDS: tuple[Kind, ...] = (
    Kind("sources", ("key",), (
        Field("key", "key", required=True), Field("title", required=True), Field("url"), Field("publisher"),
        Field("kind", "choice", required=True, choices=SOURCE_KINDS), Field("dated"),
        Field("about", "refs", ref="countries"),
    )),
    Kind("regions", ("key",), (Field("key", "key", required=True), Field("name", required=True))),
    Kind("countries", ("iso3",), (
        Field("iso3", "iso3", required=True), Field("name", required=True), _ALIASES,
        Field("region", "key", required=True, ref="regions"),
    )),
    Kind("organizations", ("key",), (
        Field("key", "code", required=True), Field("name", required=True), Field("founded", "date"),
        _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("nato_members", ("country",), (
        Field("country", "iso3", required=True, ref="countries"), Field("joined", "date", required=True),
        Field("round"), _SOURCES, _CONFIDENCE, Field("joined_day_confidence", "choice", choices=CONFIDENCE_LEVELS),
        _NOTE,
    )),
    Kind("frameworks", ("key",), (
        Field("key", "key", required=True), Field("acronym", required=True), Field("name", required=True),
        Field("kind", "choice", required=True, choices=FRAMEWORK_KINDS), Field("launched", "date", required=True),
        Field("ended", "date"), Field("launched_where"), Field("purpose", required=True), Field("regional_focus"),
        _ALIASES, Field("part_of", "key", ref="frameworks"), Field("replaced", "key", ref="frameworks"),
        _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("partnerships", ("country", "framework"), (
        Field("country", "iso3", required=True, ref="countries"),
        Field("framework", "key", required=True, ref="frameworks"),
        Field("joined", "date"), Field("status", "choice", required=True, choices=PARTNERSHIP_STATUSES),
        Field("status_changed", "date"), Field("history", "history"), _SOURCES, _CONFIDENCE,
        Field("joined_day_confidence", "choice", choices=CONFIDENCE_LEVELS), _NOTE,
    )),
    Kind("threats", ("key",), (
        Field("key", "key", required=True), Field("name", required=True),
        Field("kind", "choice", required=True, choices=THREAT_KINDS), _ALIASES,
        Field("description", required=True), _SOURCES, _CONFIDENCE,
    )),
    Kind("operations", ("key",), (
        Field("key", "key", required=True), Field("acronym"), Field("name", required=True), Field("kind"),
        Field("start", "date", required=True), Field("end", "date"), Field("area"), Field("summary"), _ALIASES,
        _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("institutions", ("key",), (
        Field("key", "key", required=True), Field("name", required=True), _ALIASES, Field("kind"),
        Field("location"), Field("host", "iso3", ref="countries"), Field("opened", "date"), Field("summary"),
        Field("serves", "refs", ref="countries"), Field("part_of", "key", ref="frameworks"),
        _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("addresses", ("subject", "subject_type", "threat"), (
        Field("subject", "key", required=True), Field("subject_type", "choice", required=True, choices=SUBJECT_TYPES),
        Field("threat", "key", required=True, ref="threats"), _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("cooperation", ("country", "threat"), (
        Field("country", "iso3", required=True, ref="countries"),
        Field("threat", "key", required=True, ref="threats"), Field("since", "date"), _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("contributions", ("country", "operation"), (
        Field("country", "iso3", required=True, ref="countries"),
        Field("operation", "key", required=True, ref="operations"), Field("via", "key", ref="frameworks"),
        Field("contribution"), _SOURCES, _CONFIDENCE, _NOTE,
    )),
    Kind("known_errors", ("key",), (
        Field("key", "key", required=True), Field("claim", required=True), Field("correction", required=True),
        _SOURCES, _CONFIDENCE,
    )),
)  # fmt: skip

KIND_BY_NAME = {k.name: k for k in KINDS}

# The kind each subject_type of ``addresses`` refers to.
SUBJECT_KIND = {"framework": "frameworks", "operation": "operations", "institution": "institutions"}
