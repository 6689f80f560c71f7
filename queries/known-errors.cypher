// name: known-errors
// title: Known false claims
// description: False claims about NATO and its partners that articles often make, each with its
//   correction, whether that correction is confirmed or unverified, and its sources. Given a
//   country (ISO3 code, name or alias) or a framework (acronym, name or alias: MD, the
//   Mediterranean Dialogue), only the claims whose claim or correction mentions it by
//   name or alias, or mentions the text given, as whole words and case-insensitively: "US" does
//   not match "Australia", nor "UK" "Ukraine". Text that names no country and that no known error
//   holds is an error naming the closest countries ("Isreal": Israel), not an empty answer; a
//   country the data does not hold ("Iran") is said to be one.
// param: country string = null (example "Israel") -- a country by ISO3 code, name or alias, a framework by acronym, name or alias, or any text; null for all
// check: country country_or_text
// columns: key, claim, correction, confidence, sources
// empty: no curated known error mentions that country or framework (by name or alias) or that
//   text, as whole words
// Whole-word matching without regular expressions (the embedded store has no =~): punctuation
// becomes spaces and both the text and each name are padded with a space.
WITH ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '/', '-', '"', "'", '’', '‘', '“', '”'] AS punctuation
// The country is found in the index of names (schema.NAMES_PROPERTY). Without $country the
// look-up is of '' (no name): FalkorDB 4.16 answers a look-up of null by reading the whole index
// (30-40 ms at 1M relationships, against 0.1).
OPTIONAL MATCH (c:Country)
WHERE toLower(coalesce($country, '')) IN c.names
WITH punctuation, collect(c.name) AS found, collect(coalesce(c.aliases, [])) AS alias_lists
// Text that names no country may name a framework: searched for by its acronym, name and aliases.
OPTIONAL MATCH (f:Framework)
WHERE size(found) = 0 AND toLower(coalesce($country, '')) IN f.names
WITH punctuation, found, alias_lists, collect(f.acronym) + collect(f.name) AS framework_names,
     collect(coalesce(f.aliases, [])) AS framework_aliases
// A country found is searched for by its names, not by its code: "ARE", the UAE's, is a word
// of every text ("Finland and Sweden are ..."). Text that names no country nor framework is
// searched as given.
WITH punctuation,
     CASE WHEN size(found) + size(framework_names) = 0 THEN [$country] ELSE [] END
       + found + framework_names
       + reduce(flat = [], aliases IN alias_lists | flat + aliases)
       + reduce(flat = [], aliases IN framework_aliases | flat + aliases) AS names
// (toString: Neo4j's type check cannot tell that names joined from two collects are all text)
WITH punctuation,
     [n IN names WHERE n IS NOT NULL
      | ' ' + trim(reduce(s = toLower(toString(n)), p IN punctuation | replace(s, p, ' '))) + ' '] AS terms
MATCH (e:KnownError)
WITH e, terms, ' ' + reduce(s = toLower(e.claim + ' ' + e.correction), p IN punctuation | replace(s, p, ' ')) + ' ' AS text
// Projected before filtering: the embedded store cannot filter on a list predicate over `text`
// in the WHERE of the WITH that defines it.
WITH e, any(term IN terms WHERE text CONTAINS term) AS mentioned
WHERE $country IS NULL OR mentioned
RETURN e.key AS key, e.claim AS claim, e.correction AS correction, e.confidence AS confidence,
       e.sources AS sources
ORDER BY key
