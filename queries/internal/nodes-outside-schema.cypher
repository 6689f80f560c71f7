// Export: the nodes that carry none of $labels (the schema's own), counted by each label they
// carry: what an export of the schema's labels leaves out (a node `CREATE (:Note)` made). A node
// with a schema label besides (`SET c:Flagged` on a Country) is exported, and not counted here.
// example: {"labels": ["Country", "Framework"]}
MATCH (n)
WHERE none(l IN labels(n) WHERE l IN $labels)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label
