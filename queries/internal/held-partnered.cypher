// When the partnerships the store holds of these (country, framework) pairs began ($items:
// {iso3, key}): the earliest date the sources allow an uncertain join (history_earliest), else
// the join; a load's contributions through a framework must not come before it (loaders/load.py,
// read_held).
// example: {"items": [{"iso3": "COL", "key": "pag"}]}
UNWIND $items AS p
MATCH (c:Country {iso3: p.iso3})-[r:PARTNER_IN]->(f:Framework {key: p.key})
RETURN c.iso3 AS country, f.key AS framework,
       CASE WHEN coalesce(r.history_earliest[0], '') <> '' THEN r.history_earliest[0]
            ELSE r.joined END AS begun
