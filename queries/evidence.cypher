// name: evidence
// title: The sources behind a link
// description: Every fact relationship that directly links two entities, in either direction,
//   with each source it cites: one row per relationship and source, in the order the curated
//   data lists them. An entity is given by ISO3 code, key, acronym, name or alias
//   (case-insensitive): a country, framework, threat, operation, institution or NATO itself.
//   Each row carries the fact's dates and confidence: since when it holds (accession, joining,
//   cooperation start, a partner's own part in an operation, the start of an operation conducted
//   in a country, a framework's launch, NATO's lead of an operation (ISAF's from 11 August
//   2003), an institution's opening), a
//   partnership's status now (`lapsed` for cooperation that ended or was suspended, `ended` for
//   a partner's part in an operation that ended and for a framework of NATO's that ended (the
//   NACC, replaced by the EAPC in 1997), `operation ended` where only the operation's
//   end is known, and for an operation conducted in a country or led by NATO that has ended: NATO
//   Training Mission-Iraq in Iraq, 2004 to 2011), when that status last changed and its status
//   history (each event's date, what happened, what the date of joining marks where it is not a
//   formal accession, whose decision a change was where the data says, the sources that report
//   it, its confidence and the data's own note on that change, null where it has none: Malta
//   joined PfP in 1995, suspended its own part in 1996 -- a suspension, not an end, NATO says --
//   came back in 2008). A partnership's confidence is unverified when the fact is, partly
//   unverified when only a dated event of its history is (the history marks which). `note` is
//   the data's own note on the fact, null where it has none: often the caveat a reader needs
//   before using it, such as why a link is held only as unverified (Israel's cooperation on
//   cyber).
// param: a string = "Israel" (example "Kuwait") -- one entity: ISO3 code, key, acronym, name or alias
// param: b string = "MD" (example "ICI Regional Centre") -- the other entity, likewise
// check: a entity
// check: b entity
// check: b other_than a
// columns: relationship, from, to, since, status, status_changed, history, source_key, title, url, publisher, kind, confidence, note
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
// empty: no fact relationship links the two directly; `connection` finds the chains of facts
//   between them
// partners-of: a b
// Each entity is found in its label's index of names (schema.NAMES_PROPERTY).
WITH toLower($a) AS wanted
CALL {
  WITH wanted
  MATCH (a:Country)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Framework)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Threat)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Operation)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Region)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Institution)
  WHERE wanted IN a.names
  RETURN a
  UNION ALL
  WITH wanted
  MATCH (a:Organization)
  WHERE wanted IN a.names
  RETURN a
}
WITH a, toLower($b) AS wanted
CALL {
  WITH wanted
  MATCH (b:Country)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Framework)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Threat)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Operation)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Region)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Institution)
  WHERE wanted IN b.names
  RETURN b
  UNION ALL
  WITH wanted
  MATCH (b:Organization)
  WHERE wanted IN b.names
  RETURN b
}
// Projected: FalkorDB 4.16 would take a `b` returned straight from a CALL with UNION for a new
// variable in a MATCH (FalkorDB/FalkorDB#2511).
WITH a, b
// Both directions without an undirected pattern, which the embedded store cannot run.
UNWIND [[a, b], [b, a]] AS ends
WITH DISTINCT ends[0] AS x, ends[1] AS y
MATCH (x)-[r:MEMBER_OF|PARTNER_IN|ADDRESSES|COOPERATES_ON|CONTRIBUTED_TO|CONDUCTED_IN|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]->(y)
UNWIND range(0, size(r.sources) - 1) AS i
OPTIONAL MATCH (s:Source {key: r.sources[i]})
RETURN type(r) AS relationship, coalesce(x.name, x.key) AS from, coalesce(y.name, y.key) AS to,
       CASE type(r)
         WHEN 'MEMBER_OF' THEN r.joined WHEN 'PARTNER_IN' THEN r.joined
         WHEN 'COOPERATES_ON' THEN r.since WHEN 'CONTRIBUTED_TO' THEN r.since
         WHEN 'CONDUCTED_IN' THEN r.since WHEN 'FRAMEWORK_OF' THEN r.since WHEN 'LED_BY' THEN r.since
         WHEN 'HOSTED_BY' THEN x.opened WHEN 'SERVES' THEN x.opened
       END AS since,
       CASE
         WHEN r.status IS NOT NULL THEN r.status
         WHEN type(r) = 'CONTRIBUTED_TO' AND r.until IS NOT NULL THEN 'ended'
         WHEN type(r) = 'CONTRIBUTED_TO' AND y.end IS NOT NULL THEN 'operation ended'
         WHEN type(r) IN ['CONDUCTED_IN', 'LED_BY'] AND r.until IS NOT NULL THEN 'operation ended'
         WHEN type(r) = 'FRAMEWORK_OF' AND r.until IS NOT NULL THEN 'ended'
         WHEN r.until IS NOT NULL THEN 'lapsed'
       END AS status,
       coalesce(r.status_changed, r.until, CASE WHEN type(r) = 'CONTRIBUTED_TO' THEN y.end END)
         AS status_changed,
       [j IN range(0, size(coalesce(r.history_dates, [])) - 1) | {
         date: r.history_dates[j],
         event: CASE
           WHEN r.history_statuses[j] <> 'active' THEN r.history_statuses[j]
           WHEN j = 0 THEN 'joined' ELSE 'resumed'
         END,
         // what the date of joining marks, where it is not a formal accession; a date before the
         // framework began says so (Japan's 1990 in the PAG, launched in 2006), and a confirmed one
         // that the data counts the partner in it from its launch, as the article checker reads it
         basis: CASE WHEN j = 0 AND r.joined IS NOT NULL THEN
           CASE WHEN r.joined_year < y.launched_year
                THEN coalesce(r.joined_basis + '; ', '') + 'the ' + coalesce(y.acronym, y.name)
                     // the launch as the answers' prose says a date: in 2006, in December 1994, on 10 January 1994
                     + ' itself began ' + CASE size(y.launched)
                         WHEN 10 THEN 'on ' + toString(toInteger(substring(y.launched, 8, 2))) + ' ' ELSE 'in ' END
                     + CASE WHEN size(y.launched) >= 7
                         THEN ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                               'September', 'October', 'November', 'December'][toInteger(substring(y.launched, 5, 2)) - 1] + ' '
                         ELSE '' END + left(y.launched, 4)
                     + CASE coalesce(r.history_confidence[0], r.confidence)
                         WHEN 'confirmed' THEN ', and the data counts the partner in it from then' ELSE '' END
                ELSE r.joined_basis END END,
         // whose decision the change was, where the data says: NATO's or the partner's own
         by: CASE r.history_by[j] WHEN 'nato' THEN 'NATO' WHEN 'partner' THEN x.name END,
         // each event's own sources, space-separated in the store (see loaders/plan.py)
         sources: CASE WHEN r.history_sources IS NULL THEN r.sources
                       ELSE split(r.history_sources[j], ' ') END,
         // an event is unverified when its fact is, or when the data marks its date unverified
         confidence: coalesce(r.history_confidence[j], r.confidence),
         // the data's own note on this change, null where it has none ('' in the store)
         note: CASE WHEN r.history_notes[j] <> '' THEN r.history_notes[j] END}] AS history,
       r.sources[i] AS source_key,
       s.title AS title, s.url AS url, s.publisher AS publisher, s.kind AS kind,
       // unverified when the fact is; partly unverified when only a dated event of its history is
       CASE WHEN r.confidence = 'unverified' THEN 'unverified'
            WHEN 'unverified' IN coalesce(r.history_confidence, []) THEN 'partly unverified'
            ELSE r.confidence END AS confidence,
       r.note AS note
ORDER BY relationship, from, to, i
