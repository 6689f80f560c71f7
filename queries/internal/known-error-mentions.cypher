// Checked parameters: whether a known error's claim or correction holds $text (any case), so
// that known-errors can tell text it may find from a misspelt country.
// example: {"text": "Israel"}
MATCH (e:KnownError)
WHERE toLower(e.claim + ' ' + e.correction) CONTAINS toLower($text)
RETURN e.key AS key
LIMIT 1
