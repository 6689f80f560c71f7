// name: partners-by-region
// title: Partners by region
// description: Partner countries (not NATO members, with at least one partnership they joined:
//   invitations and requests not taken up do not count) grouped by world region, with how many
//   there are in each. Give a region by key (western_asia) or name (Western Asia), or null for
//   every region. `unverified` names the partners whose every partnership they joined the data
//   holds only as unverified.
//   `inactive` names the partners none of whose partnerships is active now (each one suspended,
//   ended or superseded: Russia, Belarus, Afghanistan): partners once, they are counted, but
//   take part in nothing today.
// param: region string = null (example "Northern Africa") -- a region by key or name, case-insensitive; null for all
// check: region region
// columns: region, partners, count, unverified, inactive
// empty: the data holds no partner country in the region: its countries in the data are NATO
//   members, or it records no partnership of theirs
MATCH (g:Region)
WHERE $region IS NULL OR toLower($region) IN g.names
MATCH (c:Country)-[:IN_REGION]->(g)
// Members left out by a look for their membership that finds none: the same rows as
// `WHERE NOT (c)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs 1.3-2.4x slower here.
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH g, c, m
WHERE m IS NULL
MATCH (c)-[r:PARTNER_IN]->(:Framework)
WHERE NOT r.status IN ['invited', 'requested']
WITH g, c, collect(r.confidence) AS held, count(CASE r.status WHEN 'active' THEN 1 END) AS active
ORDER BY c.name
WITH g, collect(c.name) AS partners,
     collect(CASE WHEN all(x IN held WHERE x = 'unverified') THEN c.name END) AS unverified,
     collect(CASE WHEN active = 0 THEN c.name END) AS inactive
RETURN g.name AS region, partners, size(partners) AS count, unverified, inactive
ORDER BY count DESC, region
