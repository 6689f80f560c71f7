// name: contradictions
// title: Article claims that the curated facts contradict or show to be out of date
// description: Every claim found in a loaded article that the curated data contradicts (for
//   example "Japan is in the Partnership for Peace", "Algeria joined the Mediterranean Dialogue
//   in 1995") or shows to be outdated (true once, not now: "Finland and Sweden are still PfP
//   partners"), stated in words, with the sentence that makes it, the correction, the known
//   error it repeats, the entities that hold the correct value (Japan's real framework is
//   Partners across the globe) and the sources. Optionally only one article's, picked by a
//   piece of its title or the start of its key.
// param: document string = null (example "partners") -- part of a document's title, or the start of its key; null for every document
// check: document document
// columns: document, sentence, claim, verdict, correction, known_error, predicate, subject, object, correct, sources, source_urls, key
// empty: no loaded article (of those the document picks, when one is given) makes a claim the
//   curated data contradicts or shows to be outdated
MATCH (d:Document)-[:MAKES]->(c:Claim)
WHERE c.verdict IN ['contradicted', 'outdated']
  AND ($document IS NULL
       OR d.key STARTS WITH toLower($document)
       OR toLower(d.title) CONTAINS toLower($document))
OPTIONAL MATCH (c)-[:CONTRADICTS]->(e)
WITH d, c, collect(coalesce(e.acronym, e.name, e.key)) AS correct
OPTIONAL MATCH (s:Source)
WHERE s.key IN c.sources
WITH d, c, correct, collect(s) AS found
// in the order the claim lists them (collect's own order differs between the stores)
WITH d, c, correct, [k IN coalesce(c.sources, []) | [s IN found WHERE s.key = k][0]] AS listed
WITH d, c, correct, [s IN listed WHERE s IS NOT NULL] AS listed
WITH d, c, correct, [s IN listed | s.title] AS sources, [s IN listed | s.url] AS source_urls
  ORDER BY d.title, c.position, c.predicate, c.subject_name
RETURN d.title AS document, c.sentence AS sentence, c.claim AS claim, c.verdict AS verdict,
       c.correction AS correction, c.known_error AS known_error, c.predicate AS predicate,
       c.subject_name AS subject, c.object_name AS object, correct, sources, source_urls, c.key AS key
