// An earlier version's Document, with its MENTIONS and MAKES edges (its claims are gone first).
// example: {"keys": ["no-such-document"]}
MATCH (d:Document)
WHERE d.key IN $keys
DETACH DELETE d
RETURN count(*) AS n
