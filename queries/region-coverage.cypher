// name: region-coverage
// title: How far the partnerships reach, region by region
// description: For each world region: how many countries the data holds there, how many are NATO
//   members, how many are partners (not members, with at least one partnership they joined:
//   invitations and requests not taken up do not count), and which frameworks and programmes have
//   an active partner there. `unverified` names those of the members and partners counted whose
//   membership, or every partnership they joined, the data holds only as unverified, then those
//   of the frameworks listed whose every active partnership there it holds only as unverified.
//   `inactive` names the partners none of whose partnerships is active now (each one suspended,
//   ended or superseded: Russia, Belarus, Afghanistan): partners once, they are counted, but
//   take part in nothing today.
// columns: region, countries, members, partners, frameworks, unverified, inactive
// empty: the data holds no region
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
// Each count is taken in a subquery of its own, one region at a time, so that no aggregation
// groups its rows by the lists an earlier one made (FalkorDB groups by a list slowly: at 1M
// relationships that took 22 s of this question's 23).
MATCH (g:Region)
CALL {
  WITH g
  OPTIONAL MATCH (c:Country)-[:IN_REGION]->(g)
  OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
  WITH c, m
  ORDER BY c.name
  RETURN count(c) AS countries, count(m) AS members,
         collect(CASE WHEN m.confidence = 'unverified' THEN c.name END) AS unsure_members
}
CALL {
  WITH g
  OPTIONAL MATCH (g)<-[:IN_REGION]-(p:Country)-[r:PARTNER_IN]->(:Framework)
  WHERE NOT r.status IN ['invited', 'requested']
  // Members left out by a look for their membership that finds none: the same rows as
  // `WHERE NOT (p)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs 1.3-2.4x slower here.
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(:Organization)
  WITH p, r, m
  WHERE m IS NULL
  // a partner is unverified when every partnership it joined is
  WITH p, count(CASE WHEN r.confidence = 'unverified' THEN null ELSE 1 END) AS sure,
       count(CASE r.status WHEN 'active' THEN 1 END) AS active
  ORDER BY p.name
  RETURN count(p) AS partners, collect(CASE WHEN sure = 0 THEN p.name END) AS unsure_partners,
         collect(CASE WHEN active = 0 THEN p.name END) AS inactive
}
CALL {
  WITH g
  OPTIONAL MATCH (g)<-[:IN_REGION]-(:Country)-[a:PARTNER_IN {status: 'active'}]->(f:Framework)
  WITH f, count(CASE WHEN a.confidence = 'unverified' THEN null ELSE 1 END) AS sure
  ORDER BY f.acronym
  RETURN collect(f.acronym) AS frameworks,
         collect(CASE WHEN sure = 0 THEN f.acronym END) AS unsure_frameworks
}
RETURN g.name AS region, countries, members, partners, frameworks,
       unsure_members + unsure_partners + unsure_frameworks AS unverified, inactive
ORDER BY region
