// Article checking: the threats the frameworks a claim names address.
// example: {"frameworks": ["md", "ici"]}
MATCH (f:Framework)-[r:ADDRESSES]->(t:Threat)
WHERE f.key IN $frameworks
RETURN f.key AS framework, t.key AS threat, r.confidence AS confidence, r.note AS note,
       r.sources AS sources
