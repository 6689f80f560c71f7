// name: timeline
// title: Membership timeline
// description: Every dated membership event in a span of years, oldest first: partnership joins,
//   each later status change (suspended, ended, resumed, became_member), invitations, and
//   accessions to NATO itself. A partnership's events come from its recorded status history
//   (the join counts as 'joined', a later return to active as 'resumed'); an accession is the
//   MEMBER_OF date, listed under framework 'NATO'. The framework filter takes an acronym, key,
//   name or alias (case-insensitive), or NATO for accessions only; null means everything. The
//   country filter takes an ISO3 code, name or alias: one country's story with NATO, its joins,
//   changes and accession in date order (Ukraine; Malta's 1996 suspension and 2008 return);
//   null means every country. Each event says
//   whether it is confirmed or unverified (unverified when its fact is, or when the data marks
//   that event's date unverified), and cites the sources of that event (a status change its own,
//   the join its own where the data gives them, else the fact's; an accession the fact's), and
//   says what a join's date marks where it is not a formal accession (basis: Japan's 1990 is the
//   first NATO-Japan security exchange, and the PAG itself began in 2006: Japan counts in it from
//   then) and whose decision a change was where the data says
//   (by: NATO, or the partner itself). `note` is the data's own caveat on the fact the event
//   belongs to (the partnership, or the accession), null where it has none (Sweden's accession
//   of 7 March 2024: its flag was raised at NATO headquarters on 11 March); `event_note` is the
//   data's own note on the change itself, where the partnership's history gives one (Malta's
//   suspension of 1996: NATO calls the 1996-2008 break a suspension, not an end), null elsewhere.
//   A row gives both: an event's note never stands in for its partnership's. A `from` year in the
//   future is refused, as as-of refuses one; a span reaching the year the bundled data ends
//   (June 2025) or later, or with no end, is answered with a note saying how far the data goes.
// param: from integer = null (example 2014) -- first year, inclusive; null for the earliest event the data holds (the founding accessions of 1949)
// param: to integer = null (example 2024) -- last year, inclusive; null for the latest event the data holds (an event of your own files after the bundled data's end too)
// param: framework string = null (example "PfP") -- a framework by acronym, key, name or alias, or "NATO" for accessions; null for all
// param: country string = null (example "Finland") -- a country by ISO3 code, name or alias, case-insensitive; null for every country
// check: framework framework_or_nato
// check: country country
// check: from past_year
// check: to span_end
// columns: date, year, event, basis, by, country, iso3, framework, confidence, sources, event_note, note
// empty: no membership event in the data falls within those years (and framework, and country)
// partners-of: framework
MATCH (c:Country)-[r:PARTNER_IN|MEMBER_OF]->(x)
WHERE $country IS NULL OR toLower($country) IN c.names
WITH c, r, x, coalesce(x.acronym, x.key) AS framework
WHERE $framework IS NULL OR toLower($framework) IN x.names
// MEMBER_OF has one event, its date of accession; PARTNER_IN lists its events in date order.
WITH c, r, x, framework,
     CASE type(r) WHEN 'MEMBER_OF' THEN [r.joined] ELSE coalesce(r.history_dates, []) END AS dates,
     CASE type(r) WHEN 'MEMBER_OF' THEN [r.joined_year] ELSE coalesce(r.history_years, []) END AS years,
     CASE type(r) WHEN 'MEMBER_OF' THEN ['acceded'] ELSE coalesce(r.history_statuses, []) END AS statuses
UNWIND range(0, size(dates) - 1) AS i
WITH c, r, x, framework, dates[i] AS date, years[i] AS year,
     CASE
       WHEN statuses[i] <> 'active' THEN statuses[i]
       WHEN i = 0 THEN 'joined'
       ELSE 'resumed'
     END AS event,
     CASE WHEN r.history_sources IS NULL THEN r.sources
          ELSE split(r.history_sources[i], ' ') END AS sources,
     // the event's own confidence where the data marks its date unverified, else the fact's
     coalesce(r.history_confidence[i], r.confidence) AS confidence,
     // what the date of joining marks; a date before the framework began says so, and a confirmed
     // one that the data counts the partner in it from its launch (as framework-members says)
     CASE WHEN i = 0 AND type(r) = 'PARTNER_IN' AND r.joined IS NOT NULL THEN
       CASE WHEN r.joined_year < x.launched_year
            THEN coalesce(r.joined_basis + '; ', '') + 'the ' + coalesce(x.acronym, x.name)
                 // the launch as the answers' prose says a date: in 2006, in December 1994, on 10 January 1994
                 + ' itself began ' + CASE size(x.launched)
                     WHEN 10 THEN 'on ' + toString(toInteger(substring(x.launched, 8, 2))) + ' ' ELSE 'in ' END
                 + CASE WHEN size(x.launched) >= 7
                     THEN ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                           'September', 'October', 'November', 'December'][toInteger(substring(x.launched, 5, 2)) - 1] + ' '
                     ELSE '' END + left(x.launched, 4)
                 + CASE coalesce(r.history_confidence[0], r.confidence)
                     WHEN 'confirmed' THEN ', and the data counts the partner in it from then' ELSE '' END
            ELSE r.joined_basis END END AS basis,
     CASE r.history_by[i] WHEN 'nato' THEN 'NATO' WHEN 'partner' THEN c.name END AS by,
     // the data's own note on the change, null where it has none ('' in the store); an accession
     // has no history: its note is the fact's own
     CASE WHEN r.history_notes[i] <> '' THEN r.history_notes[i] END AS event_note
WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
RETURN date, year, event, basis, by, c.name AS country, c.iso3 AS iso3, framework, confidence, sources,
       event_note, r.note AS note
ORDER BY date, country, framework
