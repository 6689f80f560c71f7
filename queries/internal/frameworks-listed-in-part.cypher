// The frameworks among $keys whose partnership rows list only some of their partners
// (`listed: some`: the PII's Enhanced Opportunities Partners, not its whole Interoperability
// Platform): an answer on their partners says it is not all of them.
// example: {"keys": ["pii", "md"]}
MATCH (f:Framework)
WHERE f.key IN $keys AND f.listed = 'some'
RETURN f.key AS key, f.acronym AS acronym, f.name AS name, f.launched AS launched, f.ended AS ended,
       f.listed_part AS listed_part
ORDER BY key
