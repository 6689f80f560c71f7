// Article checking: the next $limit claims after key $after not checked under the facts as
// they are now (digest $digest), with what their verdict rests on, to be checked again.
// example: {"after": "", "limit": 500, "digest": "9f86d081"}
MATCH (c:Claim)
WHERE c.key > $after AND (c.checked IS NULL OR c.checked <> $digest)
RETURN c.key AS key, c.predicate AS predicate, c.subject AS subject, c.object AS object,
       c.subject_name AS subject_name, c.object_name AS object_name, c.object_named AS object_named,
       c.negated AS negated,
       c.tense AS tense, c.year AS year, c.month AS month, c.day AS day, c.until AS until, c.years AS years,
       c.rank AS rank, c.core AS core, c.throughout AS throughout, c.began AS began,
       c.as_partner AS as_partner, c.ceased AS ceased, c.count AS count,
       c.claim AS claim, c.verdict AS verdict, c.correction AS correction, c.fact AS fact,
       c.fact_dates AS fact_dates, c.sources AS sources, c.known_error AS known_error
ORDER BY key
LIMIT $limit
