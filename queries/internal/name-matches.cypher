// Checked parameters: the entities of $labels that go by any of $names (ISO3 code, key, acronym,
// name or alias, any case), one row per name and entity. Each name is looked up in the `names`
// index of each label $labels holds (schema.NAMES_PROPERTY): a question that names two countries
// reads two index entries, however many countries there are; a framework is not looked for among
// the countries. `given` is the name as it was given.
// example: {"labels": ["Country"], "names": ["Jordan", "isr"]}
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
UNWIND $names AS given
WITH given, toLower(given) AS wanted
CALL {
  WITH wanted
  UNWIND CASE WHEN 'Country' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Country)
  WHERE w IN n.names
  RETURN n, 'Country' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Framework' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Framework)
  WHERE w IN n.names
  RETURN n, 'Framework' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Threat' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Threat)
  WHERE w IN n.names
  RETURN n, 'Threat' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Operation' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Operation)
  WHERE w IN n.names
  RETURN n, 'Operation' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Region' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Region)
  WHERE w IN n.names
  RETURN n, 'Region' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Institution' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Institution)
  WHERE w IN n.names
  RETURN n, 'Institution' AS label
  UNION ALL
  WITH wanted
  UNWIND CASE WHEN 'Organization' IN $labels THEN [wanted] ELSE [] END AS w
  MATCH (n:Organization)
  WHERE w IN n.names
  RETURN n, 'Organization' AS label
}
RETURN given, label, coalesce(n.iso3, n.key) AS key, n.name AS name, n.acronym AS acronym,
       n.aliases AS aliases
