// Article loading: the documents the graph already holds, summarised as a first load reports them.
// example: {"keys": ["0123abcd"]}
MATCH (d:Document)
WHERE d.key IN $keys
OPTIONAL MATCH (d)-[m:MENTIONS]->()
WITH d, count(m) AS mentions, sum(m.count) AS mention_count
OPTIONAL MATCH (d)-[:MAKES]->(c:Claim)
WITH d, mentions, mention_count, c
ORDER BY c.position
RETURN d.key AS key, d.title AS title, d.sentences_count AS sentences, mentions, mention_count,
       coalesce(d.unread_count, 0) AS unread_count, coalesce(d.unread_sentences, []) AS unread,
       collect(c.verdict) AS verdicts,
       collect(CASE WHEN c.verdict = 'supported' AND c.read_in_part THEN true END) AS supported_in_part,
       collect(CASE WHEN c.verdict IN ['contradicted', 'outdated']
               THEN [c.verdict, c.sentence, coalesce(c.correction, '')] END) AS wrong,
       collect(CASE WHEN c.verdict = 'unverified'
               THEN [c.sentence, coalesce(c.fact, '')] END) AS unsure
