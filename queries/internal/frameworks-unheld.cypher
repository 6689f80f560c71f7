// The frameworks among $keys of whose partners the data holds none (the NACC, held without its
// partners): an empty answer about their partners says so, not that they had none.
// example: {"keys": ["nacc", "md"]}
MATCH (f:Framework)
WHERE f.key IN $keys
OPTIONAL MATCH (c:Country)-[:PARTNER_IN]->(f)
WITH f, count(c) AS partners
WHERE partners = 0
RETURN f.key AS key, f.acronym AS acronym, f.name AS name, f.launched AS launched, f.ended AS ended
ORDER BY key
