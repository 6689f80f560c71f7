// Answers: the title, address, publisher, kind and date of each source an answer cites.
// example: {"keys": ["nato-md-topic"]}
MATCH (s:Source)
WHERE s.key IN $keys
RETURN s.key AS key, s.title AS title, s.url AS url, s.publisher AS publisher, s.kind AS kind,
       s.dated AS date
