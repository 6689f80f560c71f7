// Checked parameters: every loaded article's key and title, the latest first, to name the
// closest when a document parameter picks none.
// example: {}
MATCH (d:Document)
RETURN d.key AS key, d.title AS title
ORDER BY d.loaded_at DESC, d.key
