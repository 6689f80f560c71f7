// Checked parameters: the entities of $labels that go by $name (ISO3 code, key, acronym, name or
// alias; $name in lower case), so that checking or resolving one value reads no list of every
// name. A branch runs only when $labels holds its label: a framework is looked for among the
// frameworks, not among 100,000 countries.
// example: {"labels": ["Country"], "name": "jordan"}
UNWIND CASE WHEN 'Country' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Country)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Country' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Framework' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Framework)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Framework' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Threat' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Threat)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Threat' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Operation' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Operation)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Operation' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Region' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Region)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Region' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Institution' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Institution)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Institution' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
UNION ALL
UNWIND CASE WHEN 'Organization' IN $labels THEN [$name] ELSE [] END AS wanted
MATCH (n:Organization)
WHERE wanted IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = wanted)
RETURN 'Organization' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
