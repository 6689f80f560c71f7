// Checked parameters: whether a claim of a loaded article goes by $text as claim-evidence picks
// one (the start of its key, or a piece of its sentence or of the claim in words, any case).
// example: {"text": "Partnership for Peace"}
MATCH (:Document)-[:MAKES]->(c:Claim)
WHERE c.key STARTS WITH toLower($text)
   OR toLower(c.sentence) CONTAINS toLower($text)
   OR toLower(coalesce(c.claim, '')) CONTAINS toLower($text)
RETURN c.key AS key
LIMIT 1
