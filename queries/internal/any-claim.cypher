// Whether the graph holds any claim from an article: a load of data files re-checks the stored
// claims (loaders/articles/recheck.py) only then, and otherwise imports no article code.
// example: {}
MATCH (c:Claim)
RETURN c.key AS key
LIMIT 1
