// Article checking: a claim's new verdict after the facts changed. Its CONTRADICTS and REPEATS
// edges are dropped here and written again from the new verdict.
// example: {"rows": [{"key": "0123abcd", "props": {"verdict": "supported"}}]}
UNWIND $rows AS row
MATCH (c:Claim {key: row.key})
SET c += row.props
WITH c
OPTIONAL MATCH (c)-[r:CONTRADICTS|REPEATS]->()
DELETE r
