// name: most-connected
// title: Best-connected partners
// description: Partner countries (not NATO members, with at least one partnership they joined:
//   invitations and requests not taken up do not count) ranked by how many frameworks and
//   programmes they joined (whatever the status now), how many threats and areas they cooperate
//   on, and how many NATO-led operations they contributed to; the score is the sum of the three.
// param: limit integer = 10 (example 5) -- how many partners to list
// columns: partner, iso3, frameworks, areas, operations, score
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE NOT r.status IN ['invited', 'requested']
  AND NOT (c)-[:MEMBER_OF]->(:Organization)
WITH c, count(DISTINCT f) AS frameworks
OPTIONAL MATCH (c)-[:COOPERATES_ON]->(t:Threat)
WITH c, frameworks, count(DISTINCT t) AS areas
OPTIONAL MATCH (c)-[:CONTRIBUTED_TO]->(o:Operation)
WITH c, frameworks, areas, count(DISTINCT o) AS operations
RETURN c.name AS partner, c.iso3 AS iso3, frameworks, areas, operations,
       frameworks + areas + operations AS score
ORDER BY score DESC, partner
LIMIT $limit
