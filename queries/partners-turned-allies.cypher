// name: partners-turned-allies
// title: Partners that became NATO members
// description: Countries whose partnership ended in NATO membership: the partnership's status is
//   became_member and the country has a MEMBER_OF edge. Shows when each joined the framework,
//   when it joined NATO and the years in between, in order of accession.
// param: framework string = "PfP" (example "EAPC") -- a framework by acronym, key or name, case-insensitive; null for all
// check: framework framework
// columns: country, iso3, partner_since, framework, member_since, years_as_partner
MATCH (c:Country)-[p:PARTNER_IN]->(f:Framework)
WHERE p.status = 'became_member'
  AND ($framework IS NULL
       OR toLower(f.acronym) = toLower($framework)
       OR f.key = toLower($framework)
       OR toLower(f.name) = toLower($framework))
MATCH (c)-[m:MEMBER_OF]->(:Organization)
RETURN c.name AS country, c.iso3 AS iso3, p.joined AS partner_since, f.acronym AS framework,
       m.joined AS member_since, m.joined_year - p.joined_year AS years_as_partner
ORDER BY member_since, country, framework
