// name: coverage-gaps
// title: Threats a framework addresses that a partner does not work on
// description: For each active partner of a framework, the threats and cooperation areas the
//   framework addresses on which that partner has no recorded cooperation with NATO: where the
//   agenda and a partner's practice part ways, or the data is thin.
// param: framework string = "MD" (example "ICI") -- a framework by acronym, key or name, case-insensitive
// check: framework framework
// columns: framework, partner, iso3, threat, key
MATCH (f:Framework)
WHERE toLower(f.acronym) = toLower($framework)
   OR f.key = toLower($framework)
   OR toLower(f.name) = toLower($framework)
MATCH (c:Country)-[p:PARTNER_IN]->(f)
WHERE p.status = 'active'
MATCH (f)-[:ADDRESSES]->(t:Threat)
WHERE NOT (c)-[:COOPERATES_ON]->(t)
RETURN f.acronym AS framework, c.name AS partner, c.iso3 AS iso3, t.name AS threat, t.key AS key
ORDER BY partner, threat
