// Views of questions that answer with values: the entities those values name (ISO3 code, key,
// acronym or name, any case; not an alias, which may be a common word such as "space"), each
// found in its label's index of names (schema.NAMES_PROPERTY), and the relationships among them.
// example: {"names": ["Jordan", "md", "cyber"]}
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
UNWIND $names AS given
WITH toLower(given) AS w
CALL {
  WITH w
  MATCH (a:Country)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Organization)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Framework)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Threat)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Operation)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Region)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
  UNION ALL
  WITH w
  MATCH (a:Institution)
  WHERE w IN a.names
    AND w IN [toLower(a.iso3), toLower(a.key), toLower(a.acronym), toLower(a.name)]
  RETURN a
}
// Collected before the MATCH: FalkorDB 4.16 would take an `a` returned straight from a CALL with
// UNION for a new variable there (FalkorDB/FalkorDB#2511).
WITH collect(DISTINCT a) AS found
UNWIND found AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN found
RETURN a, r, b
