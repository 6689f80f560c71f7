// Documents no file holds any more, with their claims (and the claims' ABOUT, CONTRADICTS and
// REPEATS edges), mentions and MAKES edges, in one statement.
// example: {"keys": ["no-such-document"]}
MATCH (d:Document)
WHERE d.key IN $keys
OPTIONAL MATCH (d)-[:MAKES]->(c:Claim)
DETACH DELETE c, d
