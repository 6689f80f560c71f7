// Article checking: NATO membership of the countries a claim names.
// example: {"countries": ["SWE", "FIN"]}
MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization)
WHERE c.iso3 IN $countries
RETURN c.iso3 AS country, o.key AS org, r.joined AS joined, r.joined_year AS joined_year,
       r.confidence AS confidence, r.note AS note, r.sources AS sources
