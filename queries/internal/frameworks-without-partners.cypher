// The frameworks, forums, groupings and programmes running in $year (launched by then, not yet
// ended) of whose partners or participants the data holds none, or only some (`listed: some`):
// a question on that year cannot list them all, and says so (the NACC, 1991-1997, is held
// without its partners; the SPS programme, since 1958, without its participants; the PII with
// its Enhanced Opportunities Partners only). `partners` is how many the data holds.
// example: {"year": 2015}
MATCH (f:Framework)
WHERE f.launched_year <= $year
  AND (f.ended_year IS NULL OR f.ended_year >= $year)
OPTIONAL MATCH (c:Country)-[:PARTNER_IN]->(f)
WITH f, count(c) AS partners
WHERE partners = 0 OR f.listed = 'some'
RETURN f.acronym AS acronym, f.key AS key, f.name AS name, f.kind AS kind, f.launched AS launched,
       f.ended AS ended, partners
ORDER BY launched, acronym
