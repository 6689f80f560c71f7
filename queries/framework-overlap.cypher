// name: framework-overlap
// title: Frameworks that share partners
// description: Pairs of partnership frameworks and programmes that have partners in common (a
//   country in both, with any status except invited or requested: members that joined through a
//   framework count too), how many and who, and the threats both frameworks address. Each pair is
//   listed once, most shared partners first. `active_in_both` counts those of the shared partners
//   whose partnership is active in both now (the EAPC and the PfP share 34 partners, 16 of them
//   active in both; an IPCP and the ITPP that replaced it, none). `unverified` lists those of the
//   partners whose
//   partnership in either framework, then those of the threats whose link to either framework,
//   the data holds only as unverified.
// param: min_shared integer = 1 (example 4) -- only pairs sharing at least this many partners, at least 1
// caveat: shared_partners counts the countries each framework has ever had as partners, whatever
//   their status now: Allies that were partners, suspended partners and a programme's
//   successor (an IPCP and the ITPP that replaced it) count; active_in_both counts those active
//   in both now.
// columns: framework_a, framework_b, shared_partners, active_in_both, partners, shared_threats, unverified
// empty: in the data, no two frameworks share min_shared partners or more (a partnership only
//   invited or requested does not count); a smaller min_shared lists the pairs that share fewer
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
MATCH (c:Country)-[r1:PARTNER_IN]->(f1:Framework)
MATCH (c)-[r2:PARTNER_IN]->(f2:Framework)
WHERE f1.key < f2.key
  AND NOT r1.status IN ['invited', 'requested']
  AND NOT r2.status IN ['invited', 'requested']
WITH f1, f2, c, r1.confidence = 'unverified' OR r2.confidence = 'unverified' AS unsure,
     r1.status = 'active' AND r2.status = 'active' AS both_active
ORDER BY c.name
// Each row is one country in one pair: the store holds one PARTNER_IN a country and framework
// (the loader merges on both ends and refuses a repeated pair), so no DISTINCT is needed, and
// FalkorDB's DISTINCT sets cost a fifth of the question at 1M relationships.
WITH f1, f2, collect(c.name) AS partners,
     collect(CASE WHEN unsure THEN c.name END) AS unsure_partners,
     count(CASE WHEN both_active THEN 1 END) AS active_in_both
WHERE size(partners) >= $min_shared
// The threats in a subquery of their own, so that the lists of partners are not copied into
// every row of a pair's threats.
CALL {
  WITH f1, f2
  OPTIONAL MATCH (f1)-[a1:ADDRESSES]->(t:Threat)<-[a2:ADDRESSES]-(f2)
  WITH t, a1.confidence = 'unverified' OR a2.confidence = 'unverified' AS unsure
  ORDER BY t.name
  RETURN collect(t.name) AS shared_threats, collect(CASE WHEN unsure THEN t.name END) AS unsure_threats
}
RETURN f1.acronym AS framework_a, f2.acronym AS framework_b, size(partners) AS shared_partners,
       active_in_both, partners, shared_threats, unsure_partners + unsure_threats AS unverified
ORDER BY shared_partners DESC, framework_a, framework_b
