// name: operation-contributors
// title: Partner contributions to NATO-led operations
// description: Countries that contributed to NATO-led operations without being NATO members
//   when the operation began (so Finland and Sweden, partners then, are listed), with the
//   partnership framework they contributed through, what they sent, whether that is confirmed or
//   unverified (unverified where the sources only report or pledge it: Georgia's troops in
//   Resolute Support, Colombia's pledge to ISAF) and the sources. `since` and `until` are the
//   partner's own part, where the sources date it (Russia in Active Endeavour from 2004 to
//   2008); operation_start and operation_end are the operation's, not the partner's. `note` is
//   the data's own caveat on the contribution, where it has one (Singapore: no NATO partner);
//   `operation_note` is the data's caveat on the operation, which may say that the rows are not
//   all it had (Resolute Support: further partners' troops are widely reported but not itemised
//   in the sources, so they have no rows). Ordered by the operation's start, then partner.
// param: operation string = null (example "Operation Active Endeavour") -- an operation by key, acronym, name or alias, case-insensitive; null for all
// check: operation operation
// caveat: the rows are the contributions the stored sources itemise, not every partner that
//   took part: operation_note says where others are known (ISAF, Resolute Support). via is the
//   partnership framework the contribution was made through, where the data says; a
//   contribution from before a country was a partner (Colombia's 2009 ISAF pledge) has none.
// columns: operation, partner, iso3, via, contribution, since, until, operation_start, operation_end, confidence, sources, note, operation_note
// empty: the data itemises no contribution to that operation by a country that was not a NATO
//   member when it began; that is not a sign that none took part, only that the stored sources
//   name none
MATCH (c:Country)-[r:CONTRIBUTED_TO]->(o:Operation)
WHERE $operation IS NULL OR toLower($operation) IN o.names
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH c, r, o, m
WHERE m IS NULL OR m.joined > o.start
OPTIONAL MATCH (v:Framework {key: r.via})
RETURN coalesce(o.acronym, o.name) AS operation, c.name AS partner, c.iso3 AS iso3, v.acronym AS via,
       r.contribution AS contribution, r.since AS since, r.until AS until,
       o.start AS operation_start, o.end AS operation_end,
       r.confidence AS confidence, r.sources AS sources, r.note AS note, o.note AS operation_note
ORDER BY operation_start, operation, partner
