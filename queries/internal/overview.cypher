// The overview view: every node with one of $labels and the relationships among them.
// example: {"labels": ["Country", "Organization", "Framework"]}
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
OPTIONAL MATCH (n)-[r]->(m)
WHERE any(l IN labels(m) WHERE l IN $labels)
RETURN n, r, m
