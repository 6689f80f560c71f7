// The frameworks (not programmes) that have partners: `nato-graph demo` draws one view each.
// example: {}
MATCH (f:Framework)<-[:PARTNER_IN]-(:Country)
WHERE f.kind <> 'programme'
RETURN DISTINCT f.acronym AS acronym
ORDER BY acronym
