// Store status: how many nodes carry each label.
// example: {}
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label
