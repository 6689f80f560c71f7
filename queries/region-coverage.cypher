// name: region-coverage
// title: How far the partnerships reach, region by region
// description: For each world region: how many countries the data holds there, how many are NATO
//   members, how many are partners (not members, with at least one partnership they joined:
//   invitations and requests not taken up do not count), and which frameworks and programmes have
//   an active partner there. `unverified` names those of the members and partners counted whose
//   membership, or every partnership they joined, the data holds only as unverified, then those
//   of the frameworks listed whose every active partnership there it holds only as unverified.
// columns: region, countries, members, partners, frameworks, unverified
MATCH (g:Region)
OPTIONAL MATCH (c:Country)-[:IN_REGION]->(g)
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH g, c, m
ORDER BY c.name
WITH g, count(c) AS countries, count(m) AS members,
     collect(CASE WHEN m.confidence = 'unverified' THEN c.name END) AS unsure_members
OPTIONAL MATCH (g)<-[:IN_REGION]-(p:Country)-[r:PARTNER_IN]->(:Framework)
WHERE NOT r.status IN ['invited', 'requested'] AND NOT (p)-[:MEMBER_OF]->(:Organization)
WITH g, countries, members, unsure_members, p, collect(r.confidence) AS held
ORDER BY p.name
WITH g, countries, members, unsure_members, count(p) AS partners,
     collect(CASE WHEN all(x IN held WHERE x = 'unverified') THEN p.name END) AS unsure_partners
OPTIONAL MATCH (g)<-[:IN_REGION]-(:Country)-[a:PARTNER_IN {status: 'active'}]->(f:Framework)
WITH g, countries, members, unsure_members, partners, unsure_partners, f, collect(a.confidence) AS held
ORDER BY f.acronym
WITH g, countries, members, partners, unsure_members + unsure_partners AS unsure_countries,
     collect(f.acronym) AS frameworks,
     collect(CASE WHEN all(x IN held WHERE x = 'unverified') THEN f.acronym END) AS unsure_frameworks
RETURN g.name AS region, countries, members, partners, frameworks,
       unsure_countries + unsure_frameworks AS unverified
ORDER BY region
