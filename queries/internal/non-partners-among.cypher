// The countries among $keys that are not NATO members and have never taken part in a framework
// (their partnership rows, if any, are invitations or requests not taken up: Saudi Arabia's to
// the ICI, Argentina's to the PAG), each with those rows: an answer that reads a country as a
// partner (`// as-partner:`) notes that it never was one.
// example: {"keys": ["SAU", "SGP", "JPN"]}
MATCH (c:Country)
WHERE c.iso3 IN $keys AND NOT (c)-[:MEMBER_OF]->(:Organization)
OPTIONAL MATCH (c)-[p:PARTNER_IN]->(f:Framework)
WITH c, collect(CASE WHEN p IS NOT NULL
                     THEN [f.acronym, p.status, coalesce(p.status_changed, '')] END) AS asked,
     count(CASE WHEN p IS NOT NULL AND NOT p.status IN ['invited', 'requested'] THEN 1 END) AS taken
WHERE taken = 0
// each as [framework, invited or requested, when ('' where the data gives no date)]
RETURN c.iso3 AS iso3, c.name AS name, asked
ORDER BY iso3
