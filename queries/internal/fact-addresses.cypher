// Article checking: the threats the frameworks (or operations) a claim names address.
// example: {"frameworks": ["md", "ici", "osg"]}
MATCH (f)-[r:ADDRESSES]->(t:Threat)
WHERE (f:Framework OR f:Operation) AND f.key IN $frameworks
RETURN f.key AS framework, t.key AS threat, r.confidence AS confidence, r.note AS note,
       r.sources AS sources
