// The contributions the store holds dated outside the span this load gives their operation
// ($items: {key, start, end}), at the precision both dates have (loaders/load.py, read_held).
// example: {"items": [{"key": "isaf", "start": "2001-12-20", "end": "2014-12-28"}]}
UNWIND $items AS op
MATCH (c:Country)-[r:CONTRIBUTED_TO]->(o:Operation {key: op.key})
WHERE any(d IN [r.since, r.until] WHERE d IS NOT NULL AND
      (left(d, size(op.start)) < left(op.start, size(d))
       OR (op.end IS NOT NULL AND left(op.end, size(d)) < left(d, size(op.end)))))
RETURN c.iso3 AS country, o.key AS operation, r.since AS since, r.until AS until
