// name: contradictions
// title: Article claims that contradict the curated facts
// description: Every claim found in a loaded article that the curated data contradicts (for
//   example "Japan is in the Partnership for Peace", or "Israel is a NATO member"), with the
//   sentence that makes it, the correction, and the entities that hold the correct value
//   (Japan's real framework is Partners across the globe). Optionally only one article's,
//   picked by a piece of its title or the start of its key.
// param: document string = null (example "partners") -- part of a document's title, or the start of its key; null for every document
// columns: document, sentence, predicate, subject, object, correction, correct, claim
MATCH (d:Document)-[:MAKES]->(c:Claim)
WHERE c.verdict = 'contradicted'
  AND ($document IS NULL
       OR d.key STARTS WITH toLower($document)
       OR toLower(d.title) CONTAINS toLower($document))
OPTIONAL MATCH (c)-[:CONTRADICTS]->(e)
WITH d, c, collect(coalesce(e.acronym, e.name, e.key)) AS correct
WITH d, c, correct ORDER BY d.title, c.position, c.predicate, c.subject_name
RETURN d.title AS document, c.sentence AS sentence, c.predicate AS predicate, c.subject_name AS subject,
       c.object_name AS object, c.correction AS correction, correct, c.key AS claim
