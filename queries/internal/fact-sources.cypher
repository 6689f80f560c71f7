// Article checking: the title and address of each source a verdict rests on.
// example: {"keys": ["nato-md-topic"]}
MATCH (s:Source)
WHERE s.key IN $keys
RETURN s.key AS key, s.title AS title, s.url AS url
