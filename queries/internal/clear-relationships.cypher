// Clearing the Neo4j store, step 1: delete up to $batch relationships, and say how many went.
// Relationships first, in batches: a node with 100,000 relationships deleted with DETACH DELETE
// needs them all in one transaction, past Neo4j's transaction memory limit.
// example: {"batch": 10000}
MATCH ()-[r]->()
WITH r
LIMIT $batch
DELETE r
RETURN count(*) AS n
