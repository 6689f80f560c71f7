// name: partners-turned-allies
// title: Partners that became NATO members
// description: Countries whose partnership ended in NATO membership: the partnership's status is
//   became_member and the country has a MEMBER_OF edge. Shows when each joined the framework,
//   when it joined NATO and how long it was a partner in between, in whole years and months
//   counted from the real dates (North Macedonia, partner from 15 November 1995 to 27 March 2020:
//   24 years 4 months). Where a date gives only a month, months are counted from that month;
//   where it gives only a year, the duration is null. In order of accession. Each row states two
//   facts, the partnership and the accession: `sources` are the partnership's, `member_sources`
//   the accession's, and `confidence` is unverified when either fact is, partly unverified when
//   both are confirmed but a dated event of the partnership's history is not (an inferred date).
//   `note` is the data's own caveat on the partnership, `member_note` on the accession, each null
//   where it has none (North Macedonia: its instrument of accession was deposited on 27 March
//   2020, the NATO flag raised on 30 March).
// param: framework string = "PfP" (example "EAPC") -- a framework by acronym, key, name or alias, case-insensitive; null for all
// check: framework framework
// columns: country, iso3, partner_since, framework, member_since, years_as_partner, months_as_partner, confidence, sources, member_sources, note, member_note
// empty: the data records no partner of that framework that became a NATO member
// partners-of: framework
MATCH (c:Country)-[p:PARTNER_IN]->(f:Framework)
WHERE p.status = 'became_member'
  AND ($framework IS NULL OR toLower($framework) IN f.names)
MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH c, p, f, m, p.joined AS a, m.joined AS b
WITH c, p, f, m,
     CASE WHEN size(a) >= 7 AND size(b) >= 7 THEN
       (toInteger(substring(b, 0, 4)) * 12 + toInteger(substring(b, 5, 2)))
       - (toInteger(substring(a, 0, 4)) * 12 + toInteger(substring(a, 5, 2)))
       - CASE WHEN size(a) = 10 AND size(b) = 10
                   AND toInteger(substring(b, 8, 2)) < toInteger(substring(a, 8, 2)) THEN 1 ELSE 0 END
     END AS months
WITH c, p, f, m, months, toInteger(floor(months / 12.0)) AS years
RETURN c.name AS country, c.iso3 AS iso3, p.joined AS partner_since, f.acronym AS framework,
       m.joined AS member_since, years AS years_as_partner, months - 12 * years AS months_as_partner,
       CASE WHEN 'unverified' IN [p.confidence, m.confidence] THEN 'unverified'
            WHEN 'unverified' IN coalesce(p.history_confidence, []) THEN 'partly unverified'
            ELSE p.confidence END AS confidence,
       p.sources AS sources, m.sources AS member_sources, p.note AS note, m.note AS member_note
ORDER BY member_since, country, framework
