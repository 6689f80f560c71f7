// name: claim-evidence
// title: The evidence for and against article claims
// description: Claims found in loaded articles, each stated in words ("Saudi Arabia takes part
//   in the Istanbul Cooperation Initiative now"), with the article, the sentence, the verdict
//   (supported, contradicted, outdated, unverified or new), whether its sentence was read only in
//   part (it says more than the claim, and is listed as not checked), the curated fact it rests on and
//   that fact's dates, the correction, the known error it repeats, the facts a contradicted
//   claim runs into, and the sources (titles and addresses). A claim is picked by the start of
//   its key or a piece of its sentence or of the claim in words; with none given, every claim.
// param: claim string = null (example "Partnership for Peace") -- the start of a claim's key, or part of its sentence; null for every claim
// check: claim claim
// columns: claim, verdict, read_in_part, sentence, document, predicate, subject, object, negated, tense, year, fact, fact_dates, correction, known_error, facts, sources, source_titles, source_urls, key
// empty: no loaded article makes a claim the reader could state (of taking part in a framework,
//   cooperating on a threat, NATO membership or its count of members, a framework's launch or
//   count of partners, or an operation's start or end), or none the claim picks, when one is
//   given; a part in an operation is listed as not checked, never a claim
MATCH (d:Document)-[:MAKES]->(c:Claim)
WHERE $claim IS NULL
   OR c.key STARTS WITH toLower($claim)
   OR toLower(c.sentence) CONTAINS toLower($claim)
   OR toLower(coalesce(c.claim, '')) CONTAINS toLower($claim)
OPTIONAL MATCH (c)-[x:CONTRADICTS]->()
WITH d, c, collect(x.fact) AS facts
OPTIONAL MATCH (s:Source)
WHERE s.key IN c.sources
WITH d, c, facts, collect(s) AS found
// in the order the claim lists them (collect's own order differs between the stores)
WITH d, c, facts,
     [k IN coalesce(c.sources, []) | [s IN found WHERE s.key = k][0]] AS listed
WITH d, c, facts, [s IN listed WHERE s IS NOT NULL] AS listed
WITH d, c, facts, [s IN listed | s.key] AS sources, [s IN listed | s.title] AS source_titles,
     [s IN listed | s.url] AS source_urls
  ORDER BY d.title, c.position, c.predicate, c.subject_name, c.object_name
RETURN coalesce(c.claim, c.sentence) AS claim, c.verdict AS verdict,
       coalesce(c.read_in_part, false) AS read_in_part, c.sentence AS sentence,
       d.title AS document, c.predicate AS predicate, c.subject_name AS subject, c.object_name AS object,
       coalesce(c.negated, false) AS negated, c.tense AS tense, c.year AS year, c.fact AS fact,
       c.fact_dates AS fact_dates, c.correction AS correction, c.known_error AS known_error, facts,
       sources, source_titles, source_urls, c.key AS key
