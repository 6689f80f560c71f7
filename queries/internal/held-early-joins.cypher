// The joins the store holds that come before the launch this load gives their framework
// ($items: {key, launched}), at the precision both dates have (loaders/load.py, read_held).
// example: {"items": [{"key": "md", "launched": "1994-12"}]}
UNWIND $items AS fw
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework {key: fw.key})
WHERE r.joined IS NOT NULL AND r.joined_basis IS NULL
  AND left(r.joined, size(fw.launched)) < left(fw.launched, size(r.joined))
RETURN c.iso3 AS country, f.key AS framework, r.joined AS joined
