// Article loading: every entity of $labels an article may mention, with the names to look for.
// example: {"labels": ["Country", "Framework"]}
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN labels(n)[0] AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
ORDER BY label, key
