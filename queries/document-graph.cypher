// name: document-graph
// title: A loaded article as a graph
// description: Paths from a loaded article to everything it mentions and to every claim it
//   makes, each claim with the entities it is about and, when the curated data contradicts it,
//   the entity that holds the correct value. Meant for the network views. The article is picked
//   by a piece of its title or the start of its key; with none given, the most recently loaded.
// param: document string = null (example "myths") -- part of a document's title, or the start of its key; null for the latest document
// check: document document
// columns: path
// empty: the article mentions no known entity and makes no claim the reader could state
MATCH (d:Document)
WHERE $document IS NULL
   OR d.key STARTS WITH toLower($document)
   OR toLower(d.title) CONTAINS toLower($document)
WITH d ORDER BY d.loaded_at DESC, d.key
WITH collect(d) AS documents
UNWIND CASE WHEN $document IS NULL THEN documents[0..1] ELSE documents END AS doc
MATCH path = (doc)-[:MENTIONS|MAKES|ABOUT|CONTRADICTS*1..2]->()
RETURN path
