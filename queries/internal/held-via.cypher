// The contributions the store holds that were made through a framework (`via`): a load's
// partnerships must not begin after them (loaders/load.py, read_held).
// example: {}
MATCH (c:Country)-[r:CONTRIBUTED_TO]->(o:Operation)
WHERE r.via IS NOT NULL
RETURN c.iso3 AS country, o.key AS operation, r.via AS via, r.since AS since,
       r.until AS until
