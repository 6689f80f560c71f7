// name: document-mentions
// title: What a loaded article mentions
// description: Every known entity (country, NATO, framework, operation, institution, threat) a
//   loaded article names, how often, and the first sentence that names it. The article is picked
//   by a piece of its title or the start of its key (as `nato-graph load` prints it); with no
//   document given, the most recently loaded article.
// param: document string = null (example "myths") -- part of a document's title, or the start of its key; null for the latest document
// check: document document
// columns: document, kind, entity, key, mentions, first_sentence
// empty: the article names no known entity (country, NATO, framework, operation, institution or
//   threat)
MATCH (d:Document)
WHERE $document IS NULL
   OR d.key STARTS WITH toLower($document)
   OR toLower(d.title) CONTAINS toLower($document)
WITH d ORDER BY d.loaded_at DESC, d.key
WITH collect(d) AS documents
UNWIND CASE WHEN $document IS NULL THEN documents[0..1] ELSE documents END AS doc
MATCH (doc)-[m:MENTIONS]->(e)
WITH doc, m, e ORDER BY doc.title, m.count DESC, coalesce(e.name, e.key)
RETURN doc.title AS document, labels(e)[0] AS kind, coalesce(e.name, e.key) AS entity,
       coalesce(e.iso3, e.key) AS key, m.count AS mentions, m.sentences[0] AS first_sentence
