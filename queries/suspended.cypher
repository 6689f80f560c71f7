// name: suspended
// title: Suspended and ended partnerships
// description: Partnerships whose current status is suspended (and, unless switched off, ended),
//   with the date of that change, when the country had joined, and the sources.
// param: include_ended boolean = true (example false) -- also list partnerships that have ended
// columns: country, iso3, framework, status, since, joined, sources
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE r.status = 'suspended' OR ($include_ended AND r.status = 'ended')
RETURN c.name AS country, c.iso3 AS iso3, f.acronym AS framework, r.status AS status,
       r.status_changed AS since, r.joined AS joined, r.sources AS sources
ORDER BY since, country, framework
