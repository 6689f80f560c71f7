// Views: what lies one relationship beyond the drawn nodes, carried hidden in the page so that a
// double-click can reveal it. Countries are named by ISO3 code, everything else by key.
// example: {"iso3": ["JOR"], "keys": ["md"], "labels": ["Country", "Framework"], "limit": 2000}
MATCH (n)-[r]-(m)
WHERE ((n:Country AND n.iso3 IN $iso3) OR (NOT n:Country AND n.key IN $keys))
  AND any(l IN labels(m) WHERE l IN $labels)
RETURN n, r, m
LIMIT $limit
