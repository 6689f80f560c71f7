// Clearing the Neo4j store, step 2 (no relationships are left): delete up to $batch nodes.
// example: {"batch": 10000}
MATCH (n)
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS n
