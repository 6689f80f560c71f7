// Article checking: the threats and areas the countries a claim names cooperate on.
// example: {"countries": ["JPN"]}
MATCH (c:Country)-[r:COOPERATES_ON]->(t:Threat)
WHERE c.iso3 IN $countries
RETURN c.iso3 AS country, t.key AS threat, t.name AS name, r.since AS since, r.until AS until,
       r.confidence AS confidence, r.note AS note, r.sources AS sources
