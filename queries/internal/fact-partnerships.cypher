// Article checking: the partnerships of the countries a claim names, with their dates and history.
// example: {"countries": ["ISR", "JOR"]}
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE c.iso3 IN $countries
RETURN c.iso3 AS country, f.key AS key, f.acronym AS acronym, f.name AS name, f.kind AS kind,
       f.participants AS participants,
       f.launched AS launched, f.note AS framework_note,
       r.status AS status, r.joined AS joined, r.joined_year AS joined_year, r.joined_basis AS joined_basis,
       r.joined_by AS joined_by, r.joined_by_year AS joined_by_year,
       r.status_changed AS changed, r.status_changed_year AS changed_year,
       r.history_dates AS history_dates, r.history_statuses AS history_statuses,
       r.history_confidence AS history_confidence, r.history_sources AS history_sources,
       r.history_by AS history_by, r.history_earliest AS history_earliest,
       r.confidence AS confidence, r.note AS note, r.sources AS sources
ORDER BY country, key
