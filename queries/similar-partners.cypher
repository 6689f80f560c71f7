// name: similar-partners
// title: Partners most like a country
// description: Non-member countries ranked by how alike their ties to NATO are to a country's:
//   the Jaccard similarity of their sets of frameworks (any partnership status) and cooperation
//   areas (shared items / all items of either), rounded to 3 decimals. `shared` lists the common
//   framework acronyms, then the common threat keys, each alphabetically.
// param: country string = "Jordan" (example "Japan") -- a country by ISO3 code, name or alias, case-insensitive
// param: limit integer = 10 (example 5) -- how many partners to list
// check: country country
// columns: partner, iso3, shared, score
MATCH (c:Country)
WHERE toLower(c.iso3) = toLower($country) OR toLower(c.name) = toLower($country)
   OR any(alias IN coalesce(c.aliases, []) WHERE toLower(alias) = toLower($country))
OPTIONAL MATCH (c)-[:PARTNER_IN]->(f:Framework)
WITH c, f
ORDER BY f.acronym
WITH c, collect(DISTINCT f.acronym) AS frameworks
OPTIONAL MATCH (c)-[:COOPERATES_ON]->(t:Threat)
WITH c, frameworks, t
ORDER BY t.key
WITH c, frameworks, collect(DISTINCT t.key) AS threats
WITH c, frameworks + threats AS mine
MATCH (o:Country)
WHERE o <> c AND NOT (o)-[:MEMBER_OF]->(:Organization)
OPTIONAL MATCH (o)-[:PARTNER_IN]->(f:Framework)
WITH mine, o, f
ORDER BY f.acronym
WITH mine, o, collect(DISTINCT f.acronym) AS frameworks
OPTIONAL MATCH (o)-[:COOPERATES_ON]->(t:Threat)
WITH mine, o, frameworks, t
ORDER BY t.key
WITH mine, o, frameworks, collect(DISTINCT t.key) AS threats
WITH mine, o, frameworks + threats AS theirs
WITH o, [item IN theirs WHERE item IN mine] AS shared, size(mine) + size(theirs) AS total
WHERE size(shared) > 0
RETURN o.name AS partner, o.iso3 AS iso3, shared,
       round(1000.0 * size(shared) / (total - size(shared))) / 1000.0 AS score
ORDER BY score DESC, partner
LIMIT $limit
