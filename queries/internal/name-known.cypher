// Checked parameters: how many entities of $labels go by $name (ISO3 code, key, acronym, name or
// alias; $name in lower case), so that checking one value reads no list of every name.
// example: {"labels": ["Country"], "name": "jordan"}
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND ($name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = $name))
RETURN count(n) AS found
