// Checked parameters: the entities of $labels that go by any of $names (ISO3 code, key, acronym,
// name or alias; $names in lower case), so that checking or resolving values reads no list of
// every name. All the values of one kind are looked for in one pass: a question that names two
// countries scans the countries once. A branch runs only when $labels holds its label: a
// framework is looked for among the frameworks, not among 100,000 countries. `wanted` lists
// which of $names each entity goes by. (A chain of ORs: building a list of each entity's names
// to test would cost a third more at 100,000 countries.)
// example: {"labels": ["Country"], "names": ["jordan", "isr"]}
UNWIND CASE WHEN 'Country' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Country)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Country' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Framework' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Framework)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Framework' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Threat' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Threat)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Threat' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Operation' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Operation)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Operation' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Region' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Region)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Region' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Institution' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Institution)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Institution' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
UNION ALL
UNWIND CASE WHEN 'Organization' IN $labels THEN [1] ELSE [] END AS go
MATCH (n:Organization)
WHERE toLower(n.iso3) IN $names OR toLower(n.key) IN $names OR toLower(n.acronym) IN $names
   OR toLower(n.name) IN $names OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
RETURN 'Organization' AS label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases,
       [w IN $names WHERE w IN [toLower(n.iso3), toLower(n.key), toLower(n.acronym), toLower(n.name)]
                       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = w)] AS wanted
