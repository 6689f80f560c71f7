"""An answer says what it is: an empty one why (and never a reason that is false), a cut one that
it was cut and how to get the rest, and what the data says of it (an operation's own note)."""

from __future__ import annotations

from nato_graph.connection import Connection
from nato_graph.queries.catalogue import catalogue, run
from nato_graph.stores import Store
from tests.oracle import rows as oracle_rows

# -- what the data says of an operation ----------------------------------------------------------


def test_an_operations_contributors_carry_its_note(curated_store: Store) -> None:
    """Resolute Support gave 3 rows and never said that its note says further partners' troops
    are widely reported but not itemised; the description said "most Resolute Support
    contributions are unverified", when one of the three is."""
    (rsm,) = [r for r in oracle_rows("operations") if r["key"] == "rsm"]
    rows = Connection.on(curated_store).ask("operation-contributors", operation="Resolute Support")
    assert rows.rows and {r["operation_note"] for r in rows} == {rsm["note"]}
    assert "not itemised" in rsm["note"]
    unverified = [r for r in rows if r["confidence"] == "unverified"]
    description = catalogue()["operation-contributors"].description
    assert "most Resolute Support" not in description
    assert len(unverified) * 2 < len(rows.rows)  # as the description no longer says otherwise


def test_a_contribution_carries_its_own_note(curated_store: Store) -> None:
    (sgp,) = [
        r
        for r in run(curated_store, "operation-contributors", {"operation": "ISAF"}).rows
        if r["iso3"] == "SGP"
    ]
    assert (
        sgp["note"] == "Singapore is not a NATO partner; it contributed as a non-partner country."
    )
