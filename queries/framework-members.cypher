// name: framework-members
// title: Partners of a framework
// description: Every country that takes part in a partnership framework or programme, when it joined, its
//   status now (active, suspended, became_member, ended, superseded, invited, requested), when that
//   status last changed, its whole status history and whether the fact is confirmed or unverified:
//   unverified when the partnership is, partly unverified when the partnership is confirmed but a
//   dated event of its history is not (a disputed or inferred date of joining, a later change; the
//   history marks which). Each event of the history gives its date, what happened (joined,
//   suspended, resumed, became_member, superseded), for the join what its date marks where it is not
//   a formal accession (basis: Japan's 1990 in the PAG is the first NATO-Japan security exchange; a
//   join dated before its framework began says when that was, and, confirmed, that the partner
//   counts in it from then: the PAG began in 2006), whose decision a change was where the data says
//   (by: NATO, or the partner itself), the sources behind it, its confidence and the data's own note
//   on that change, null where it has none (Malta's suspension of 1996: NATO calls the 1996-2008
//   break a suspension, not an end). The framework is matched by acronym, key, name or alias; the
//   optional status filter keeps only partnerships with that status. `note` is the data's own caveat
//   on the partnership, where it has one (Kuwait's ICI: which month it joined is disputed).
// param: framework string = "MD" (example "ICI") -- a framework by acronym (MD), key (md), name (Mediterranean Dialogue) or alias, case-insensitive
// param: status string = null (example "active") -- only partnerships with this status; null for all
// check: framework framework
// check: status status
// columns: framework, partner, iso3, joined, status, status_changed, history, confidence, sources, note
// empty: the data records no partner of the framework with that status
// partners-of: framework
MATCH (f:Framework)
WHERE toLower($framework) IN f.names
MATCH (c:Country)-[r:PARTNER_IN]->(f)
WHERE $status IS NULL OR r.status = $status
RETURN f.acronym AS framework, c.name AS partner, c.iso3 AS iso3, r.joined AS joined,
       r.status AS status, r.status_changed AS status_changed,
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
           CASE WHEN r.joined_year < f.launched_year
                THEN coalesce(r.joined_basis + '; ', '') + 'the ' + coalesce(f.acronym, f.name)
                     // the launch as the answers' prose says a date: in 2006, in December 1994, on 10 January 1994
                     + ' itself began ' + CASE size(f.launched)
                         WHEN 10 THEN 'on ' + toString(toInteger(substring(f.launched, 8, 2))) + ' ' ELSE 'in ' END
                     + CASE WHEN size(f.launched) >= 7
                         THEN ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                               'September', 'October', 'November', 'December'][toInteger(substring(f.launched, 5, 2)) - 1] + ' '
                         ELSE '' END + left(f.launched, 4)
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
       // unverified when the fact is; partly unverified when only a dated event of its history is
       CASE WHEN r.confidence = 'unverified' THEN 'unverified'
            WHEN 'unverified' IN coalesce(r.history_confidence, []) THEN 'partly unverified'
            ELSE r.confidence END AS confidence,
       r.sources AS sources, r.note AS note
ORDER BY coalesce(r.joined, '9999'), partner
