"""The generated Cypher: batched MERGE statements and the schema's DDL, for both stores and the export.

Cypher takes values as parameters but not labels, relationship types or
property names, so these few statements are built from the schema's fixed
lists (``schema.checked_label``/``checked_type``), never from data. Everything
else the library runs is a ``.cypher`` file under ``queries/``. The loaders,
the article writer, the score write-back and the cypher-shell export all
take their statements from here, and the Cypher lint checks every one.
"""

from __future__ import annotations

from nato_graph import schema

ROWS = "$rows"


def names_of(var: str = "n") -> str:
    """The expression of node ``var``'s ``names`` (schema.NAMES_PROPERTY): every name it goes by,
    in lower case, each once, in the order of its fields. Lowered by the store, as the questions
    lower the name they are given, so that both sides agree on every letter; a number or flag
    written by ad-hoc Cypher where a name belongs is taken as its text, not an error that would
    stop every later load. A name two fields give (a key that is also the acronym) is kept once.

    >>> names_of()  # doctest: +NORMALIZE_WHITESPACE
    'reduce(seen = [], w IN [x IN [n.iso3, n.key, n.acronym, n.name] + coalesce(n.aliases, [])
     WHERE x IS NOT NULL | toLower(toString(x))] | CASE WHEN w IN seen THEN seen ELSE seen + [w]
     END)'
    """
    fields = ", ".join(f"{var}.{p}" for p in schema.NAME_SOURCES)
    lowered = f"[x IN [{fields}] + coalesce({var}.aliases, []) WHERE x IS NOT NULL | toLower(toString(x))]"
    return f"reduce(seen = [], w IN {lowered} | CASE WHEN w IN seen THEN seen ELSE seen + [w] END)"


def removals(var: str, props: tuple[str, ...]) -> str:
    """Remove each of ``props`` that a row leaves out (null) and the entity holds, one property
    per update: FalkorDB 4.16 drops or keeps the wrong properties when one ``SET x += map`` both
    removes several and sets others (FalkorDB issue 1787, fixed in 4.20), so rows carry no nulls
    and what they leave out is removed here.

    >>> removals("r", ("note",))  # doctest: +NORMALIZE_WHITESPACE
    ' FOREACH (_ IN CASE WHEN row.props.note IS NULL AND r.note IS NOT NULL THEN [1] ELSE []
     END | SET r.note = null)'
    """
    if not props:
        return ""
    gone = [
        f"row.props.{p} IS NULL AND {var}.{p} IS NOT NULL"
        for p in (schema.checked_property(prop) for prop in props)
    ]
    each = "".join(
        f" FOREACH (_ IN CASE WHEN {cond} THEN [1] ELSE [] END | SET {var}.{p} = null)"
        for cond, p in zip(gone, props, strict=True)
    )
    if len(gone) == 1:
        return each
    # one test a row in the common case (nothing to remove), the removals only where needed
    return f" FOREACH (_ IN CASE WHEN {' OR '.join(gone)} THEN [1] ELSE [] END |{each})"


def merge_nodes(
    label: str, *, rows: str = ROWS, on_create: bool = False, removable: tuple[str, ...] = ()
) -> str:
    """Merge one node per row on the label's key (``row.key``) and set ``row.props``; a node of
    a named label gets its ``names`` from them in the same statement.

    ``rows`` is the list to unwind (a parameter, or a literal in an exported
    script); ``on_create`` sets the properties only on a node that is new; ``removable`` names the
    properties a row may leave out, removed from a node that has them (see ``removals``).

    >>> merge_nodes("Region")  # doctest: +NORMALIZE_WHITESPACE
    'UNWIND $rows AS row MERGE (n:Region {key: row.key}) SET n += row.props
     SET n.names = reduce(seen = [], w IN [x IN [n.iso3, n.key, n.acronym, n.name]
     + coalesce(n.aliases, []) WHERE x IS NOT NULL | toLower(toString(x))]
     | CASE WHEN w IN seen THEN seen ELSE seen + [w] END)'
    >>> merge_nodes("Source")
    'UNWIND $rows AS row MERGE (n:Source {key: row.key}) SET n += row.props'
    """
    label = schema.checked_label(label)
    on = "ON CREATE " if on_create else ""
    named = f" SET n.{schema.NAMES_PROPERTY} = {names_of()}" if label in schema.NAMED_LABELS else ""
    return (
        f"UNWIND {rows} AS row MERGE (n:{label} {{{schema.key_of(label)}: row.key}}) "
        f"{on}SET n += row.props{removals('n', removable)}{named}"
    )


def refresh_names(label: str) -> str:
    """Give every node of a named ``label`` whose ``names`` are missing or out of date (written by
    an older version, or by ad-hoc Cypher) the names its properties give.

    >>> refresh_names("Threat")  # doctest: +NORMALIZE_WHITESPACE
    'MATCH (n:Threat) WITH n, reduce(seen = [], w IN [x IN [n.iso3, n.key, n.acronym, n.name]
     + coalesce(n.aliases, []) WHERE x IS NOT NULL | toLower(toString(x))]
     | CASE WHEN w IN seen THEN seen ELSE seen + [w] END) AS names
     WHERE n.names IS NULL OR n.names <> names SET n.names = names'
    """
    label = schema.checked_label(label)
    if label not in schema.NAMED_LABELS:
        raise ValueError(f"{label} nodes hold no names")
    prop = schema.NAMES_PROPERTY
    return (
        f"MATCH (n:{label}) WITH n, {names_of()} AS names "
        f"WHERE n.{prop} IS NULL OR n.{prop} <> names SET n.{prop} = names"
    )


def merge_relationships(
    rtype: str,
    start: str,
    end: str,
    *,
    rows: str = ROWS,
    on_create: bool = False,
    keyed_on: tuple[str, ...] = (),
    replace: bool = False,
) -> str:
    """Match both ends by key (``row.start``, ``row.end``), merge the relationship, set ``row.props``.

    ``keyed_on`` names properties that tell relationships of one type between
    the same nodes apart (an ABOUT edge per role), merged from ``row.<name>``; ``replace`` sets the
    row's properties in place of all the relationship had (what a reload leaves out is gone).

    >>> merge_relationships("PARTNER_IN", "Country", "Framework")  # doctest: +NORMALIZE_WHITESPACE
    'UNWIND $rows AS row MATCH (a:Country {iso3: row.start}) MATCH (b:Framework {key: row.end})
     MERGE (a)-[r:PARTNER_IN]->(b) SET r += row.props'
    """
    rtype, start, end = (
        schema.checked_type(rtype),
        schema.checked_label(start),
        schema.checked_label(end),
    )
    keys = ", ".join(f"{schema.checked_property(k)}: row.{k}" for k in keyed_on)
    on = "ON CREATE " if on_create else ""
    return (
        f"UNWIND {rows} AS row "
        f"MATCH (a:{start} {{{schema.key_of(start)}: row.start}}) "
        f"MATCH (b:{end} {{{schema.key_of(end)}: row.end}}) "
        f"MERGE (a)-[r:{rtype}{f' {{{keys}}}' if keys else ''}]->(b) {on}SET r "
        # a relationship holds what its row gives and nothing else (no property of its own is
        # written by anything but its row): replaced whole, which removes what the row leaves out
        # in one update that FalkorDB gets right (see ``removals``)
        f"{'= ' if replace and not keys else '+= '}row.props"
    )


def set_scores(label: str) -> str:
    """Store the analysis scores (``analyze --write-back``) on the nodes of one label, matched by key.

    >>> set_scores("Country")  # doctest: +NORMALIZE_WHITESPACE
    'UNWIND $rows AS row MATCH (n:Country {iso3: row.key})
     SET n.degree = row.degree, n.betweenness = row.betweenness, n.community = row.community'
    """
    label = schema.checked_label(label)
    sets = ", ".join(f"n.{p} = row.{p}" for p in schema.SCORE_PROPERTIES)
    return f"UNWIND $rows AS row MATCH (n:{label} {{{schema.key_of(label)}: row.key}}) SET {sets}"


def neo4j_schema() -> list[str]:
    """Neo4j 5 DDL: a uniqueness constraint on every label's key, an index on its searched properties.

    >>> neo4j_schema()[0]
    'CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE'
    """
    out = []
    for nt in schema.NODE_TYPES:
        out.append(
            f"CREATE CONSTRAINT {nt.label.lower()}_{nt.key} IF NOT EXISTS "
            f"FOR (n:{nt.label}) REQUIRE n.{nt.key} IS UNIQUE"
        )
        out += [
            f"CREATE INDEX {nt.label.lower()}_{prop} IF NOT EXISTS FOR (n:{nt.label}) ON (n.{prop})"
            for prop in nt.indexed
        ]
    return out


def falkordb_indexes() -> list[tuple[str, str, str]]:
    """FalkorDB's indexes as (label, property, statement): keys first (a unique constraint needs
    one), then the searched properties. The constraints themselves are GRAPH.CONSTRAINT commands
    (FalkorStore.ensure_schema).

    >>> falkordb_indexes()[0]
    ('Country', 'iso3', 'CREATE INDEX FOR (n:Country) ON (n.iso3)')
    """
    named = (schema.NAMES_PROPERTY,)
    return [
        (nt.label, prop, f"CREATE INDEX FOR (n:{nt.label}) ON (n.{prop})")
        for nt in schema.NODE_TYPES
        for prop in (nt.key, *nt.indexed, *(named if nt.label in schema.NAMED_LABELS else ()))
    ]


def every_statement() -> list[str]:
    """One of each generated statement, for the Cypher lint."""
    out = [merge_nodes(label) for label in schema.NODE_LABELS]
    out.append(merge_nodes("Framework", removable=("ended", "note")))  # as the loader writes it
    out += [merge_nodes(label, on_create=True) for label in ("Document", "Claim")]
    out += [
        merge_relationships(rt.type, start, end, replace=replace)
        for rt in schema.REL_TYPES
        for start in rt.start
        for end in rt.end
        for replace in (False, True)
    ]
    out.append(merge_relationships("ABOUT", "Claim", "Country", on_create=True, keyed_on=("role",)))
    out += [set_scores(label) for label in schema.NODE_LABELS]
    out += [refresh_names(label) for label in schema.NAMED_LABELS]
    out += neo4j_schema()
    return out
