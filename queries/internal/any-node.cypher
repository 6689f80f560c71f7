// Whether the graph holds any node at all: a question asked of an empty graph says to load
// first (catalogue.run) instead of answering with no rows, which would read as a fact.
// example: {}
MATCH (n)
RETURN 1 AS found
LIMIT 1
