// Article loading: which of these documents the graph already holds.
// example: {"keys": ["0123abcd"]}
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key
