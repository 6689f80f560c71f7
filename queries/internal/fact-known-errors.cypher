// Article checking: the curated known errors a claim may repeat.
// example: {}
MATCH (k:KnownError)
RETURN k.key AS key, k.claim AS claim, k.correction AS correction, k.sources AS sources
ORDER BY key
