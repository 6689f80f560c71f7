// Checked parameters: how many entities of $labels go by $name (ISO3 code, key, acronym, name or
// alias; $name in lower case), one row per label, so that checking one value reads no list of
// every name. A branch runs only when $labels holds its label: a framework is looked for among
// the frameworks, not among 100,000 countries.
// example: {"labels": ["Country"], "name": "jordan"}
UNWIND CASE WHEN 'Country' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Country)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Framework' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Framework)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Threat' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Threat)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Operation' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Operation)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Region' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Region)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Institution' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Institution)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
UNION ALL
UNWIND CASE WHEN 'Organization' IN $labels THEN [$name] ELSE [] END AS name
MATCH (n:Organization)
WHERE name IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = name)
RETURN count(n) AS found
