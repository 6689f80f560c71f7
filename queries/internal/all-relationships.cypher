// Projection into networkx: every relationship of one of $types.
// example: {"types": ["PARTNER_IN", "MEMBER_OF"]}
MATCH ()-[r]->()
WHERE type(r) IN $types
RETURN r
