"""(Proposal, with queries/catalogue.py's change: not in the patch.) The Python API refuses text
for a typed parameter."""

from __future__ import annotations

import pytest

from nato_graph.connection import Connection
from nato_graph.queries.catalogue import CatalogueError
from nato_graph.stores import Store


@pytest.mark.parametrize(
    ("name", "params", "said"),
    [
        (
            "most-connected",
            {"limit": "5"},
            "parameter 'limit' expects a whole number 1 to 1000000000, e.g. 5, got '5'",
        ),
        (
            "as-of",
            {"year": "2010"},
            "parameter 'year' expects a whole number, e.g. 2024, got '2010'",
        ),
        (
            "suspended",
            {"include_ended": "false"},
            "parameter 'include_ended' expects true or false, got 'false'",
        ),
        (
            "timeline",
            {"from": "2014"},
            "parameter 'from' expects a whole number, e.g. 2014, got '2014'",
        ),
    ],
)
def test_text_for_a_typed_parameter_is_refused(
    curated_store: Store, name: str, params: dict, said: str
) -> None:
    with pytest.raises(CatalogueError) as caught:
        Connection.on(curated_store).ask(name, params)
    assert str(caught.value) == f"{name}: {said}"
    with pytest.raises(CatalogueError):
        Connection.on(curated_store).view.query(name, params)
