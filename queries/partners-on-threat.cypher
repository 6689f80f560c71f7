// name: partners-on-threat
// title: Partners that cooperate on a threat
// description: Non-member countries that cooperate with NATO on a threat or area, the frameworks
//   and programmes they actively take part in, and which of those frameworks address that threat
//   (the routes through which the cooperation runs); since when the cooperation is recorded, until
//   when for cooperation that ended or was suspended (Russia's part in Active Endeavour, 2004-2008;
//   Afghanistan's since August 2021; null while it goes on), whether it is confirmed or
//   unverified, and its sources. `unverified` lists those of the frameworks
//   whose partnership, or whose link to the threat, the data holds only as unverified. `note` is
//   the data's own caveat on the cooperation, null where it has none: often why it is held only
//   as unverified (Israel on cyber: none of the stored sources lists it as an agreed Israel-NATO
//   area). The threat is matched by key, name or alias, case-insensitive.
// param: threat string = "terrorism" (example "cyber defence") -- a threat or area by key (terrorism), name or alias (counter-terrorism)
// check: threat threat
// caveat: since is blank where no source dates when the cooperation began, as for most areas: such
//   a row says the cooperation is recorded, not since when. A row with an until is cooperation
//   that ended or was suspended then: that partner no longer cooperates on it.
// columns: partner, iso3, frameworks, via_frameworks_addressing, since, until, confidence, sources, unverified, note
// empty: no non-member country is recorded as cooperating with NATO on it
MATCH (t:Threat)
WHERE toLower($threat) IN t.names
// The threat first, then only the countries that cooperate on it (a planner left to itself may
// start from every country and test the threat's name on each of their relationships).
WITH t
MATCH (c:Country)-[co:COOPERATES_ON]->(t)
// Members left out by a look for their membership that finds none: the same rows as
// `WHERE NOT (c)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs about a fifth slower.
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH t, c, co, m
WHERE m IS NULL
// Every partnership of each partner, then only the active ones kept: a look with a condition
// on the relationship is run once per partner in FalkorDB (3 us a partner at 1M relationships),
// one without is run for all of them at once (0.6 us). Gathered by partner and cooperation, not
// by their properties (FalkorDB groups by a list, such as sources, slowly).
OPTIONAL MATCH (c)-[pi:PARTNER_IN]->(f:Framework)
WITH t, c, co, pi, CASE pi.status WHEN 'active' THEN f END AS f
OPTIONAL MATCH (f)-[ad:ADDRESSES]->(t)
WITH c, co, f, ad, f IS NOT NULL AND (pi.confidence = 'unverified' OR ad.confidence = 'unverified') AS unsure
ORDER BY f.acronym
WITH c, co, collect(f.acronym) AS frameworks,
     collect(CASE WHEN ad IS NULL THEN null ELSE f.acronym END) AS via_frameworks_addressing,
     collect(CASE WHEN unsure THEN f.acronym END) AS unverified
RETURN c.name AS partner, c.iso3 AS iso3, frameworks, via_frameworks_addressing,
       co.since AS since, co.until AS until, co.confidence AS confidence, co.sources AS sources,
       unverified, co.note AS note
ORDER BY partner
