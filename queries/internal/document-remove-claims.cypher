// An earlier version's claims, with their ABOUT, CONTRADICTS and REPEATS edges (its Document goes
// next, by document-remove).
// example: {"keys": ["no-such-document"]}
MATCH (d:Document)-[:MAKES]->(c:Claim)
WHERE d.key IN $keys
DETACH DELETE c
RETURN count(*) AS n
