// name: region-coverage
// title: How far the partnerships reach, region by region
// description: For each world region: how many countries the data holds there, how many are NATO
//   members, how many are partners (not members, with at least one partnership they joined:
//   invitations and requests not taken up do not count), and which frameworks and programmes have
//   an active partner there.
// columns: region, countries, members, partners, frameworks
MATCH (g:Region)
OPTIONAL MATCH (c:Country)-[:IN_REGION]->(g)
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH g, count(c) AS countries, count(m) AS members
OPTIONAL MATCH (g)<-[:IN_REGION]-(p:Country)-[r:PARTNER_IN]->(:Framework)
WHERE NOT r.status IN ['invited', 'requested'] AND NOT (p)-[:MEMBER_OF]->(:Organization)
WITH g, countries, members, count(DISTINCT p) AS partners
OPTIONAL MATCH (g)<-[:IN_REGION]-(:Country)-[:PARTNER_IN {status: 'active'}]->(f:Framework)
WITH DISTINCT g, countries, members, partners, f
ORDER BY f.acronym
WITH g, countries, members, partners, collect(DISTINCT f.acronym) AS frameworks
RETURN g.name AS region, countries, members, partners, frameworks
ORDER BY region
