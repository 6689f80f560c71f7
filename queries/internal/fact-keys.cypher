// Article checking: every country, framework and operation, whose facts together decide every
// verdict (read to tell whether the facts changed since the claims were checked).
// example: {}
MATCH (n)
WHERE n:Country OR n:Framework OR n:Operation
RETURN labels(n)[0] AS label, coalesce(n.iso3, n.key) AS key
ORDER BY label, key
