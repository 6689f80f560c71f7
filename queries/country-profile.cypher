// name: country-profile
// title: Everything about one country
// description: One row per curated fact about a country: its NATO membership (with the accession
//   round and date), each partnership framework or programme it takes part in (status, joined), each
//   threat or area it cooperates on with NATO, each NATO-led operation it contributed to, each
//   NATO-led operation conducted in it (kind `operation in country`: a mission there, such as
//   NATO Mission Iraq, not a part the country took; the detail is the operation's kind), each
//   institution it hosts or is served by (`served by, suspended` where its work with the country
//   is suspended: the NATO-Russia Council since April 2014), and its region. Each row says when the fact began
//   (since; for an institution, when it opened; for an operation, when the partner's own part began, where the sources date it; for an operation in the country, when the operation began), when its status last changed (for cooperation that ended or was suspended, when it
//   did: the detail then says `until` that date; for an operation, when the partner's part ended; for an operation in the country, when the operation ended: the detail then says `until` that date; for an institution whose work with the country is suspended, when it was) and its status history (partnerships: each
//   event's date, what happened, what the date of joining marks where it is not a formal
//   accession, whose decision a change was where the data says, the sources behind it, its
//   confidence and the data's own note on that change, null where it has none: Malta's
//   suspension of 1996 is one NATO calls a suspension, not an end), and whether it is confirmed
//   or unverified (a partnership is partly unverified when it is confirmed but a dated event of
//   its history is not: the history marks which). `note`
//   is the data's own caveat on the fact, where it has one (what a date marks, what is disputed,
//   what came later: NATO has not counted Russia as a partner since 2022); a contribution dated by
//   its operation's end says so there. The country is matched
//   by ISO3 code, name or alias, case-insensitive.
// param: country string = "Israel" (example "FIN") -- a country by ISO3 code (ISR), name (Israel) or alias (State of Israel), case-insensitive
// check: country country
// caveat: status_changed is when the status last changed; for cooperation, a contribution or an
//   operation in the country it is when that ended (its until); for a contribution the data
//   gives no end of its own, when the operation ended (it had ended by then; its note says so).
// columns: kind, target, detail, since, status_changed, history, confidence, sources, note
// empty: the data holds no fact about the country
MATCH (c:Country)
WHERE toLower($country) IN c.names
MATCH (c)-[r:MEMBER_OF|PARTNER_IN|COOPERATES_ON|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|HOSTED_BY|SERVES]-(x)
WITH c, r, x, type(r) AS rel,
     CASE type(r)
       WHEN 'MEMBER_OF' THEN 0 WHEN 'PARTNER_IN' THEN 1 WHEN 'COOPERATES_ON' THEN 2
       WHEN 'CONTRIBUTED_TO' THEN 3 WHEN 'CONDUCTED_IN' THEN 4 WHEN 'HOSTED_BY' THEN 5
       WHEN 'SERVES' THEN 5 ELSE 6
     END AS rank
WITH c, rank,
     CASE rank
       WHEN 0 THEN 'membership' WHEN 1 THEN 'partnership' WHEN 2 THEN 'cooperation'
       WHEN 3 THEN 'operation' WHEN 4 THEN 'operation in country' WHEN 5 THEN 'institution'
       ELSE 'region'
     END AS kind,
     CASE WHEN x:Organization THEN x.key ELSE coalesce(x.acronym, x.name) END AS target,
     CASE rel
       WHEN 'MEMBER_OF' THEN r.round
       WHEN 'PARTNER_IN' THEN r.status
       WHEN 'COOPERATES_ON' THEN
         CASE WHEN r.until IS NULL THEN x.kind ELSE x.kind + ', until ' + r.until END
       WHEN 'CONTRIBUTED_TO' THEN r.contribution
       WHEN 'CONDUCTED_IN' THEN
         CASE WHEN r.until IS NULL THEN x.kind ELSE coalesce(x.kind + ', ', '') + 'until ' + r.until END
       WHEN 'HOSTED_BY' THEN 'hosts'
       // an institution whose work with the country is suspended says so (the NRC since 2014)
       WHEN 'SERVES' THEN 'served by' + coalesce(', ' + r.status, '')
     END AS detail,
     CASE rel
       WHEN 'MEMBER_OF' THEN r.joined
       WHEN 'PARTNER_IN' THEN r.joined
       WHEN 'COOPERATES_ON' THEN r.since
       WHEN 'CONTRIBUTED_TO' THEN r.since
       WHEN 'CONDUCTED_IN' THEN r.since
       WHEN 'HOSTED_BY' THEN x.opened
       WHEN 'SERVES' THEN x.opened
     END AS since,
     // a contribution with no end of its own had ended when its operation did
     coalesce(r.status_changed, r.until, CASE WHEN rel = 'CONTRIBUTED_TO' THEN x.end END)
       AS status_changed,
     [i IN range(0, size(coalesce(r.history_dates, [])) - 1) | {
       date: r.history_dates[i],
       event: CASE
         WHEN r.history_statuses[i] <> 'active' THEN r.history_statuses[i]
         WHEN i = 0 THEN 'joined' ELSE 'resumed'
       END,
       // what the date of joining marks, where it is not a formal accession; a date before the
       // framework began says so (Japan's 1990 in the PAG, launched in 2006), and a confirmed one
       // that the data counts the partner in it from its launch, as the article checker reads it
       basis: CASE WHEN i = 0 AND r.joined IS NOT NULL THEN
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
              ELSE r.joined_basis END END,
       // whose decision the change was, where the data says: NATO's or the partner's own
       by: CASE r.history_by[i] WHEN 'nato' THEN 'NATO' WHEN 'partner' THEN c.name END,
       // each event's own sources, space-separated in the store (see loaders/plan.py)
       sources: CASE WHEN r.history_sources IS NULL THEN r.sources
                     ELSE split(r.history_sources[i], ' ') END,
       // an event is unverified when its fact is, or when the data marks its date unverified
       confidence: coalesce(r.history_confidence[i], r.confidence),
       // the data's own note on this change, null where it has none ('' in the store)
       note: CASE WHEN r.history_notes[i] <> '' THEN r.history_notes[i] END}] AS history,
     // a partnership is unverified when the fact is, partly unverified when only a dated event of
     // its history is
     CASE WHEN r.confidence = 'unverified' THEN 'unverified'
          WHEN 'unverified' IN coalesce(r.history_confidence, []) THEN 'partly unverified'
          ELSE coalesce(r.confidence, CASE WHEN rel = 'IN_REGION' THEN null ELSE x.confidence END)
     END AS confidence,
     coalesce(r.sources, []) AS sources,
     // a contribution dated by its operation's end says so on its own row
     CASE WHEN rel = 'CONTRIBUTED_TO' AND r.until IS NULL AND x.end IS NOT NULL
          THEN coalesce(r.note + ' ', '') + 'No end of its own part is recorded: ' + x.end
               + ' is when the operation ended, by when its part had ended.'
          ELSE r.note END AS note
RETURN kind, target, detail, since, status_changed, history, confidence, sources, note
ORDER BY rank, coalesce(since, '9999'), target
