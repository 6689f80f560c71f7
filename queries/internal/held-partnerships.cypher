// The partnerships the store holds of the countries in $items (this load's Allies), with their
// status and history: an Ally must not be an active partner (loaders/load.py, read_held).
// example: {"items": ["FIN"]}
UNWIND $items AS iso3
MATCH (c:Country {iso3: iso3})-[r:PARTNER_IN]->(f:Framework)
RETURN c.iso3 AS country, f.key AS framework, r.status AS status,
       r.status_changed AS changed, r.history_dates AS dates, r.history_statuses AS statuses
