// Whether a node of one of $labels (schema.NAMED_LABELS) lacks its `names`: a graph written
// before nodes held them. Read once per process before the first look-up by name
// (Store.ensure_names); the embedded store asks its list of indexes instead.
// example: {"labels": ["Country", "Framework"]}
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels) AND n.names IS NULL
RETURN 1 AS unnamed
LIMIT 1
