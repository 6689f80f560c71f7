// Whether a node of a named label lacks its `names` (schema.NAMES_PROPERTY): a graph written
// before nodes held them. Read once per process before the first look-up by name
// (Store.ensure_names); the embedded store asks its list of indexes instead.
// example: {}
MATCH (n)
WHERE (n:Country OR n:Organization OR n:Framework OR n:Threat OR n:Operation OR n:Region
       OR n:Institution)
  AND n.names IS NULL
RETURN 1 AS unnamed
LIMIT 1
