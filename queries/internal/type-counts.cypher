// Store status: how many relationships there are of each type.
// example: {}
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n
ORDER BY type
