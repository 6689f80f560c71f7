// name: similar-partners
// title: Partners most like a country
// description: Non-member countries ranked by how alike their ties to NATO are to a country's:
//   the Jaccard similarity of their sets of frameworks (any status but an invitation or request
//   not taken up: Saudi Arabia and Oman were only invited to the ICI) and cooperation
//   areas (including cooperation that ended or was suspended: ties over time, not only today's)
//   (shared items / all items of either), rounded to 3 decimals. `shared` lists the common
//   framework acronyms, then the common threat keys, each alphabetically; `unverified` lists those
//   of them that either country's tie to is held only as unverified.
//   `active_now` is how many of the partner's partnerships are active now: 0 when each one is suspended,
//   ended or superseded (Russia, Belarus, Afghanistan), so a partner that takes part in nothing
//   today is not read as an active one.
// param: country string = "Jordan" (example "Japan") -- a country by ISO3 code, name or alias, case-insensitive
// param: limit integer = 10 (example 5) -- how many partners to list, 1 to 1000000000 (a number above how many there are lists them all)
// check: country country
// as-partner: country
// caveat: score = shared items / all items of either country (Jaccard), over ties at any time:
//   `shared` may name a programme either country no longer holds (an IPCP its ITPP
//   replaced) or cooperation that lapsed; active_now is how many of the partner's
//   partnerships are active now.
// columns: partner, iso3, shared, score, unverified, active_now
// ranked-by: score
// empty: the data records no other non-member country sharing a framework or an area of
//   cooperation with it (an Ally that was never a partner has none to share, nor a country only
//   invited to a framework)
// Only countries that share a framework or an area with c can score: they are found from c's own
// items, each scored by counts (shared items, its own items); names are listed for the top ones.
// Counts of links are counts of items: a partnership ends at a framework, a cooperation at a
// threat or area, and the store holds one link of a type between two entities (DISTINCT and a
// check of the end's label cost a quarter of the question in FalkorDB at 1M relationships).
// Members left out by a look for their membership that finds none: the same rows as
// `WHERE NOT (o)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs 1.3-2.4x slower here.
MATCH (c:Country)
WHERE toLower($country) IN c.names
OPTIONAL MATCH (c)-[y:PARTNER_IN|COOPERATES_ON]->()
WHERE NOT coalesce(y.status, '') IN ['invited', 'requested']
WITH c, count(y) AS mine
MATCH (c)-[r:PARTNER_IN|COOPERATES_ON]->(x)<-[s:PARTNER_IN|COOPERATES_ON]-(o:Country)
WHERE o <> c AND NOT coalesce(r.status, '') IN ['invited', 'requested']
  AND NOT coalesce(s.status, '') IN ['invited', 'requested']
WITH c, mine, o, count(x) AS common
OPTIONAL MATCH (o)-[m:MEMBER_OF]->(:Organization)
WITH c, mine, o, common, m
WHERE m IS NULL
MATCH (o)-[z:PARTNER_IN|COOPERATES_ON]->()
WHERE NOT coalesce(z.status, '') IN ['invited', 'requested']
WITH c, o, mine, common, count(z) AS theirs
WITH c, o, round(1000.0 * common / (mine + theirs - common)) / 1000.0 AS score
ORDER BY score DESC, o.name
LIMIT $limit
OPTIONAL MATCH (c)-[p:PARTNER_IN]->(f:Framework)<-[q:PARTNER_IN]-(o)
WHERE NOT p.status IN ['invited', 'requested'] AND NOT q.status IN ['invited', 'requested']
WITH c, o, score, f, p.confidence = 'unverified' OR q.confidence = 'unverified' AS unsure
ORDER BY f.acronym
WITH c, o, score, collect(DISTINCT f.acronym) AS frameworks,
     collect(DISTINCT CASE WHEN unsure THEN f.acronym END) AS unsure_frameworks
OPTIONAL MATCH (c)-[p:COOPERATES_ON]->(t:Threat)<-[q:COOPERATES_ON]-(o)
WITH o, score, frameworks, unsure_frameworks, t,
     p.confidence = 'unverified' OR q.confidence = 'unverified' AS unsure
ORDER BY t.key
WITH o, score, frameworks, unsure_frameworks, collect(DISTINCT t.key) AS threats,
     collect(DISTINCT CASE WHEN unsure THEN t.key END) AS unsure_threats
OPTIONAL MATCH (o)-[a:PARTNER_IN {status: 'active'}]->(:Framework)
WITH o, score, frameworks, threats, unsure_frameworks, unsure_threats, count(a) AS active_now
RETURN o.name AS partner, o.iso3 AS iso3, frameworks + threats AS shared, score,
       unsure_frameworks + unsure_threats AS unverified, active_now
ORDER BY score DESC, partner
