// The frameworks among $keys whose participants are Allies and partners (`participants: allies
// and partners`: the EAPC, the NACC): an answer on their partners notes that the NATO members
// take part too, as Allies, and are not in it. One whose partners the data does not hold (the
// NACC) has its own note (frameworks-unheld).
// example: {"keys": ["eapc", "md"]}
MATCH (f:Framework)
WHERE f.key IN $keys AND f.participants = 'allies and partners'
WITH f, size([(c:Country)-[:PARTNER_IN]->(f) | c]) AS held
WHERE held > 0
RETURN f.key AS key, f.acronym AS acronym, f.name AS name, f.launched AS launched, f.ended AS ended
ORDER BY key
