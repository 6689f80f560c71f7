// The frameworks, forums, groupings and programmes running in $year (launched by then, not yet
// ended) of whose partners or participants the data holds none, or only some (`listed: some`):
// a question on that year cannot list them all, and says so (the NACC, 1991-1997, is held
// without its partners; the SPS programme, since 1958, without its participants; the PII with
// its Enhanced Opportunities Partners only). `partners` is how many the data holds as taking
// part during $year: active at some time in it (the ICP, from 2004, has none before Israel's of
// 2006), or with no dated history, or a start the sources allow by then. `held` is how many it
// holds in any year, `first` the earliest of their joins: a framework with none in $year may
// have had none yet (the MD in 1994), or none left.
// example: {"year": 2015}
MATCH (f:Framework)
WHERE f.launched_year <= $year
  AND (f.ended_year IS NULL OR f.ended_year >= $year)
OPTIONAL MATCH (c:Country)-[r:PARTNER_IN]->(f)
WITH f, r, coalesce(r.history_years, []) AS years
WITH f, count(CASE WHEN r IS NOT NULL
                    AND (size(years) = 0
                         // a start the sources allow by then, before the join's recorded year
                         // (as-of's "early")
                         OR (years[0] > $year AND r.history_statuses[0] = 'active'
                             AND coalesce(toInteger(substring(r.history_earliest[0], 0, 4)) <= $year,
                                          false))
                         OR any(i IN range(0, size(years) - 1)
                                WHERE r.history_statuses[i] = 'active' AND years[i] <= $year
                                  AND (i = size(years) - 1 OR years[i + 1] >= $year)))
                   THEN r END) AS partners,
     count(r) AS held, min(r.joined) AS first
WHERE partners = 0 OR f.listed = 'some'
RETURN f.acronym AS acronym, f.key AS key, f.name AS name, f.kind AS kind, f.launched AS launched,
       f.ended AS ended, f.listed AS listed, partners, held, first
ORDER BY launched, acronym
