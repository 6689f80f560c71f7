// name: shared-threats
// title: Threats two partners share
// description: The threats and cooperation areas that two countries both work on with NATO now
//   (cooperation that ended or was suspended, such as Russia's part in Active Endeavour, is left
//   out: see `until` in partners-on-threat and country-profile), with
//   whether each side is confirmed or unverified, the sources for each side and the data's own
//   caveat on each side's link (`a_note`, `b_note`, null where it has none: Israel's cooperation
//   on cyber is unverified because none of the stored sources lists it as an agreed Israel-NATO
//   area). When $b names a framework instead of a country, the answer is the
//   threats country $a cooperates on that the framework addresses. Countries are matched by ISO3
//   code, name or alias; frameworks by acronym, key, name or alias; all case-insensitive.
// param: a string = "Israel" (example "KWT") -- a country by ISO3 code, name or alias
// param: b string = "Jordan" (example "ICI") -- a second country (ISO3, name or alias) or a framework (acronym, key, name or alias)
// check: a country
// check: b country_or_framework
// check: b other_than a
// as-partner: a b -- the data records cooperation areas for partners, not for Allies: none of an Ally's is in this answer
// columns: threat, key, a_confidence, b_confidence, a_sources, b_sources, a_note, b_note
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
// empty: the data records no threat or area the two both cooperate on with NATO now (cooperation
//   that ended or was suspended does not count); country-profile lists each one's
// Both ends are found in the index of names (schema.NAMES_PROPERTY) before the threats between
// them are: the cost follows the two, not every partner of each threat.
MATCH (a:Country)
WHERE toLower($a) IN a.names
WITH a, toLower($b) AS wanted
CALL {
  WITH wanted
  MATCH (b:Country)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Framework)
  WHERE wanted IN b.names
  RETURN b
}
// Projected before the MATCH: FalkorDB 4.16 would match a `b` returned straight from a CALL with
// UNION as a new, unbound variable (every partner of each threat; FalkorDB/FalkorDB#2511).
WITH a, b
MATCH (a)-[ra:COOPERATES_ON]->(t:Threat)<-[rb:COOPERATES_ON|ADDRESSES]-(b)
WHERE ra.until IS NULL AND rb.until IS NULL
  AND ((b:Country AND type(rb) = 'COOPERATES_ON') OR (b:Framework AND type(rb) = 'ADDRESSES'))
RETURN t.name AS threat, t.key AS key, ra.confidence AS a_confidence, rb.confidence AS b_confidence,
       ra.sources AS a_sources, rb.sources AS b_sources, ra.note AS a_note, rb.note AS b_note
ORDER BY threat
