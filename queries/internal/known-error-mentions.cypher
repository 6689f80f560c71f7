// Checked parameters: whether a known error's claim or correction holds $text as whole words
// (any case), as known-errors matches it, so that known-errors can tell text it may find from a
// misspelt country ("Israe" is in no known error's words, though inside "Israel").
// example: {"text": "Israel"}
WITH ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '/', '-', '"', "'", '’', '‘', '“', '”'] AS punctuation
WITH punctuation, ' ' + trim(reduce(s = toLower($text), p IN punctuation | replace(s, p, ' '))) + ' ' AS term
MATCH (e:KnownError)
WITH e, term, ' ' + reduce(s = toLower(e.claim + ' ' + e.correction), p IN punctuation | replace(s, p, ' ')) + ' ' AS text
WITH e, text CONTAINS term AS mentioned
WHERE mentioned
RETURN e.key AS key
LIMIT 1
