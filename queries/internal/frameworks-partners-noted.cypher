// The frameworks among $keys an answer on their partners must say more of: those whose
// partnership rows list only some of their partners (`listed: some`: the PII's Enhanced
// Opportunities Partners, not its whole Interoperability Platform; `listed_part` says which),
// and forums of Allies and partners whose partners the data holds (`participants: allies and
// partners`: the EAPC; the NACC, held without its partners, has its own note), whose Allies
// take part too and are not in the answer; and those with participants that are no countries
// (`other_participants`: the United Nations in the DCB).
// example: {"keys": ["pii", "eapc", "md"]}
MATCH (f:Framework)
WHERE f.key IN $keys
  AND (f.listed = 'some' OR f.participants = 'allies and partners' OR f.other_participants IS NOT NULL)
WITH f, size([(c:Country)-[:PARTNER_IN]->(f) | c]) AS held
RETURN f.key AS key, f.acronym AS acronym, f.name AS name, f.launched AS launched, f.ended AS ended,
       f.listed = 'some' AS in_part, f.listed_part AS listed_part,
       f.participants = 'allies and partners' AND held > 0 AS with_allies,
       f.other_participants AS other_participants
ORDER BY key
