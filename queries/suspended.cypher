// name: suspended
// title: Suspended and ended partnerships
// description: Partnerships whose current status is suspended (and, unless switched off, ended),
//   with the date of that change, when the country had joined, the status history (each event's
//   date, what happened, what the date of joining marks where it is not a formal accession,
//   whose decision a change was where the data says -- NATO or the partner itself -- the
//   sources behind it, its confidence and the data's own note on that change, null where it has
//   none: NATO halted all practical cooperation with Russia after it annexed Crimea), whether
//   the fact is confirmed (unverified when the partnership is, partly unverified when only a
//   dated event of its history is), the sources, and the data's own caveat on the fact where it
//   has one (`note`: NATO has not counted Russia as a partner since 2022, a change the statuses
//   do not record).
//   `ended` is a status for data you load: the bundled data ends no partnership so. A
//   partnership that ended in NATO membership is `became_member` (partners-turned-allies), a
//   programme replaced by its successor `superseded` (framework-members with that status).
// param: include_ended boolean = true (example false) -- also list partnerships whose status is ended (none in the bundled data)
// caveat: only what is suspended (or ended) now; a suspension later lifted (Malta's, 1996 to
//   2008) is in the partnership's history (framework-members, country-profile) and in timeline.
// columns: country, iso3, framework, status, since, joined, history, confidence, sources, note
// empty: no partnership in the data is suspended (or ended, when those are included)
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE r.status = 'suspended' OR ($include_ended AND r.status = 'ended')
RETURN c.name AS country, c.iso3 AS iso3, f.acronym AS framework, r.status AS status,
       r.status_changed AS since, r.joined AS joined,
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
ORDER BY since, country, framework
