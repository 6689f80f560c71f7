// Article checking: for each framework a claim names, whether it is a framework, forum, grouping or
// programme, whether the Allies take part in it too (the EAPC), when it began and ended, and how many
// partnerships the data lists in it (none: who took part is not recorded, as for the NACC), and
// whether a programme's rows list every participant (`listed: all` written out, as for the MAP); its
// name, acronym, sources and confidence, and its note and place of launch (another date they give
// leaves a claim of its launch unverified, not contradicted).
// example: {"frameworks": ["md", "pfp"]}
MATCH (f:Framework)
WHERE f.key IN $frameworks
OPTIONAL MATCH (c:Country)-[:PARTNER_IN]->(f)
RETURN f.key AS key, f.kind AS kind, f.participants AS participants, f.launched AS launched,
       f.ended AS ended,
       f.name AS name, f.acronym AS acronym, f.sources AS sources, f.confidence AS confidence,
       f.note AS note, f.launched_where AS launched_where, f.listed AS listed,
       count(c) AS partners
