// name: suspended
// title: Suspended and ended partnerships
// description: Partnerships whose current status is suspended (and, unless switched off, ended),
//   with the date of that change, when the country had joined, the status history (Malta's PfP
//   break of 1996-2008 shows there, though it is active now), whether the fact is confirmed, and
//   the sources.
// param: include_ended boolean = true (example false) -- also list partnerships that have ended
// columns: country, iso3, framework, status, since, joined, history, confidence, sources
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE r.status = 'suspended' OR ($include_ended AND r.status = 'ended')
RETURN c.name AS country, c.iso3 AS iso3, f.acronym AS framework, r.status AS status,
       r.status_changed AS since, r.joined AS joined,
       [i IN range(0, size(coalesce(r.history_dates, [])) - 1) |
       r.history_dates[i] + ' ' + CASE
         WHEN r.history_statuses[i] <> 'active' THEN r.history_statuses[i]
         WHEN i = 0 THEN 'joined' ELSE 'resumed'
       END] AS history,
       r.confidence AS confidence, r.sources AS sources
ORDER BY since, country, framework
