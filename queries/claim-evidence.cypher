// name: claim-evidence
// title: The evidence for and against article claims
// description: Claims found in loaded articles with the article, the sentence, the verdict
//   (supported, contradicted or new), the correction, the facts a contradicted claim runs into,
//   and the sources of the curated fact that supports or contradicts it. A claim is picked by
//   the start of its key or a piece of its sentence; with none given, every claim.
// param: claim string = null (example "Partnership for Peace") -- the start of a claim's key, or part of its sentence; null for every claim
// columns: claim, document, sentence, predicate, subject, object, verdict, correction, facts, sources, source_titles
MATCH (d:Document)-[:MAKES]->(c:Claim)
WHERE $claim IS NULL
   OR c.key STARTS WITH toLower($claim)
   OR toLower(c.sentence) CONTAINS toLower($claim)
OPTIONAL MATCH (c)-[x:CONTRADICTS]->()
WITH d, c, collect(x.fact) AS facts
OPTIONAL MATCH (s:Source)
WHERE s.key IN c.sources
WITH d, c, facts, collect(s.title) AS source_titles
WITH d, c, facts, source_titles ORDER BY d.title, c.position, c.predicate, c.subject_name, c.object_name
RETURN c.key AS claim, d.title AS document, c.sentence AS sentence, c.predicate AS predicate,
       c.subject_name AS subject, c.object_name AS object, c.verdict AS verdict, c.correction AS correction,
       facts, c.sources AS sources, source_titles
