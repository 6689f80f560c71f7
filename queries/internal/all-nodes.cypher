// Projection into networkx: every node with one of $labels, and its labels.
// example: {"labels": ["Country", "Framework"]}
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n
