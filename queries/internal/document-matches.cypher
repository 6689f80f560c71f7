// Checked parameters: whether a loaded article goes by $text as the article questions pick one
// (the start of its key, or a piece of its title, any case), or, with $text null, whether any
// article is loaded at all.
// example: {"text": "myths"}
MATCH (d:Document)
WHERE $text IS NULL
   OR d.key STARTS WITH toLower($text)
   OR toLower(d.title) CONTAINS toLower($text)
RETURN d.key AS key
LIMIT 1
