// name: most-connected
// title: Best-connected partners
// description: Partner countries (not NATO members, with at least one partnership they joined:
//   invitations and requests not taken up do not count) ranked by how many frameworks and
//   programmes they joined (whatever the status now), how many threats and areas they cooperate
//   or cooperated on (cooperation that ended or was suspended counts too: the score measures ties
//   over time, not only today's), and how many NATO-led operations they contributed to; the
//   score is the sum of the three.
//   `unverified` is how many of the links counted the data holds only as unverified.
// param: limit integer = 10 (example 5) -- how many partners to list, at least 1
// columns: partner, iso3, frameworks, areas, operations, score, unverified
MATCH (c:Country)
// Members left out by a look for their membership that finds none: the same rows as
// `WHERE NOT (c)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs 1.3-2.4x slower here.
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH c, m
WHERE m IS NULL
MATCH (c)-[r:PARTNER_IN]->(f:Framework)
WHERE NOT r.status IN ['invited', 'requested']
WITH c, count(DISTINCT f) AS frameworks,
     count(DISTINCT CASE WHEN r.confidence = 'unverified' THEN f END) AS unsure
OPTIONAL MATCH (c)-[k:COOPERATES_ON]->(t:Threat)
WITH c, frameworks, unsure, count(DISTINCT t) AS areas,
     count(DISTINCT CASE WHEN k.confidence = 'unverified' THEN t END) AS unsure_areas
OPTIONAL MATCH (c)-[o:CONTRIBUTED_TO]->(op:Operation)
WITH c, frameworks, areas, unsure + unsure_areas AS unsure, count(DISTINCT op) AS operations,
     count(DISTINCT CASE WHEN o.confidence = 'unverified' THEN op END) AS unsure_operations
RETURN c.name AS partner, c.iso3 AS iso3, frameworks, areas, operations,
       frameworks + areas + operations AS score, unsure + unsure_operations AS unverified
ORDER BY score DESC, partner
LIMIT $limit
