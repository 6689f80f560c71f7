// name: framework-members
// title: Partners of a framework
// description: Every country that takes part in a partnership framework or programme, when it
//   joined, its status now (active, suspended, became_member, ended, invited, requested) and when
//   that status last changed. The framework is matched by acronym, key or name; the optional
//   status filter keeps only partnerships with that status.
// param: framework string = "MD" (example "ICI") -- a framework by acronym (MD), key (md) or name (Mediterranean Dialogue), case-insensitive
// param: status string = null (example "active") -- only partnerships with this status; null for all
// check: framework framework
// check: status status
// columns: framework, partner, iso3, joined, status, status_changed, sources
MATCH (f:Framework)
WHERE toLower(f.acronym) = toLower($framework)
   OR f.key = toLower($framework)
   OR toLower(f.name) = toLower($framework)
MATCH (c:Country)-[r:PARTNER_IN]->(f)
WHERE $status IS NULL OR r.status = $status
RETURN f.acronym AS framework, c.name AS partner, c.iso3 AS iso3, r.joined AS joined,
       r.status AS status, r.status_changed AS status_changed, r.sources AS sources
ORDER BY coalesce(r.joined, '9999'), partner
