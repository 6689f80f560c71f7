// name: connection
// title: How two entities are connected
// description: The shortest chains of curated facts linking two entities (countries, frameworks,
//   threats, operations, regions, institutions or NATO itself), whatever the direction of each
//   relationship: every shortest path, up to $max_hops relationships (1 to 6). Each entity is
//   matched by ISO3 code, key, acronym, name or alias, case-insensitive; an exact code, key or
//   acronym wins over a name, and a name over an alias. Paths follow the fact
//   relationships only (membership, partnership, cooperation, addresses, contributions, the
//   countries operations were conducted in, regions, institutions, framework lineage, each
//   framework's tie to NATO, whose framework it is, and each operation's, which NATO led), never
//   sources or loaded articles. A path's `confidence` is that of its weakest link: unverified
//   when any of its links is (`unverified_links` names those links); else partly unverified when
//   any is a confirmed partnership with a dated event of its history held only as unverified, as
//   `framework-members` rates that partnership (Kuwait's ICI: its date of joining is disputed;
//   Israel's ICP: when it was superseded); else confirmed. `partly_unverified_links` names each
//   such link and its doubtful events ("Kuwait PARTNER_IN ICI (joined 2004-12, date
//   unverified)"; "Israel PARTNER_IN ICP (superseded 2019, date unverified)"). A path may run
//   through links that do not hold now: `inactive_links` names each, with its status and since when (a
//   partnership suspended, ended, superseded or left on joining NATO, one only invited or
//   requested, cooperation that lapsed, a partner's part in an operation that ended, or an
//   operation that did, whether a partner's part in it, its conduct in a country or NATO's lead of it: "operation
//   ended"; a framework of NATO's that ended: "NACC FRAMEWORK_OF North Atlantic Treaty
//   Organization (ended 1997-05-30)"), and "date unverified" where the data holds only that
//   date as unverified. Each link is named from its own start ("Israel COOPERATES_ON cyber").
//   `link_notes` gives the data's own note on each of those links, unverified, partly so or not
//   active, that has one, as "link: note" in path order ("Israel COOPERATES_ON Cyber threats and cyber
//   defence: Consistent with the MD threat agenda, yet none of the stored sources lists cyber as
//   an agreed Israel-NATO area."); empty where none has.
// param: from string = "Japan" (example "ICI") -- the first entity, e.g. a country (JPN, Japan), framework (MD), threat (cyber), operation (ISAF), region (western_asia) or NATO
// param: to string = "Israel" (example "Ukraine") -- the second entity, matched the same way
// param: max_hops integer = 4 (example 3) -- the longest path to look for, 1 to 6
// check: from entity
// check: to entity
// check: to other_than from
// columns: path, hops, route, confidence, unverified_links, partly_unverified_links, inactive_links, link_notes
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
// empty: no chain of facts links the two within max_hops relationships; a larger max_hops (up
//   to 6) looks further
// partners-of: from to
// Each entity is found in its label's index of names (schema.NAMES_PROPERTY), then ranked: a
// code, key or acronym first, then a name, then an alias.
WITH toLower($from) AS wanted
CALL {
  WITH wanted
  MATCH (x:Country)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Framework)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Threat)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Operation)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Region)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Institution)
  WHERE wanted IN x.names
  RETURN x
  UNION ALL
  WITH wanted
  MATCH (x:Organization)
  WHERE wanted IN x.names
  RETURN x
}
WITH x, CASE
          WHEN toLower(x.iso3) = wanted OR toLower(x.key) = wanted OR toLower(x.acronym) = wanted THEN 1
          WHEN toLower(x.name) = wanted THEN 2
          ELSE 3
        END AS rank
WITH min(rank) AS best, collect({node: x, rank: rank}) AS found
UNWIND [f IN found WHERE f.rank = best | f.node] AS a
WITH a, toLower($to) AS wanted
CALL {
  WITH wanted
  MATCH (y:Country)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Framework)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Threat)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Operation)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Region)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Institution)
  WHERE wanted IN y.names
  RETURN y
  UNION ALL
  WITH wanted
  MATCH (y:Organization)
  WHERE wanted IN y.names
  RETURN y
}
WITH a, y, CASE
             WHEN toLower(y.iso3) = wanted OR toLower(y.key) = wanted OR toLower(y.acronym) = wanted THEN 1
             WHEN toLower(y.name) = wanted THEN 2
             ELSE 3
           END AS rank
WITH a, min(rank) AS best, collect({node: y, rank: rank}) AS found
UNWIND [f IN found WHERE f.rank = best | f.node] AS b
WITH a, b
WHERE a <> b
// Paths are looked for one length at a time, each step only when no shorter path was found and
// $max_hops allows it: one and two links as patterns; three as a pattern or by a search that
// stops at three; four by meeting in the middle; five and six by the shortest-path search. Where
// no shorter path exists, every match of n links is a shortest path. Which way is faster depends
// on the ends: a pattern is walked from `a`, through every neighbour of each framework, threat
// or region on the way, and the search is fast from a hub but slow towards one. So three links
// are matched as a pattern only when `a` has no more links than `b` (Belarus to NATO at 1M
// relationships: 1.2 s as a pattern, past 30 s by the search; NATO to Mauritania: 0.4 s in the
// server by a search that stops at three links, past 30 s as a pattern); otherwise that
// search runs.
OPTIONAL MATCH p1 = (a)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(b)
WITH a, b, collect(p1) AS near
// Each step starts from no node at all when it is not to run: a guard in a WHERE would be
// checked only after the expansion.
CALL {
  WITH a, b, near
  UNWIND CASE WHEN size(near) = 0 AND $max_hops >= 2 THEN [a] ELSE [] END AS s
  MATCH p2 = (s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-()-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(b)
  RETURN collect(p2) AS far
}
WITH a, b, near + far AS near
// whether `a` has no more links than `b` (counted only when three links are to be looked for)
CALL {
  WITH a, b, near
  UNWIND CASE WHEN size(near) = 0 AND $max_hops >= 3 THEN [a] ELSE [] END AS s
  WITH size([(s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-() | 1]) <= size([(b)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-() | 1]) AS smaller
  RETURN coalesce(head(collect(smaller)), false) AS by_pattern
}
CALL {
  WITH a, b, by_pattern
  UNWIND CASE WHEN by_pattern THEN [a] ELSE [] END AS s
  MATCH p3 = (s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-()-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-()-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(b)
  RETURN collect(p3) AS far
}
WITH a, b, near + far AS near, by_pattern
// Otherwise three links by a search that stops there.
CALL {
  WITH a, b, near, by_pattern
  UNWIND CASE WHEN size(near) = 0 AND $max_hops >= 3 AND NOT by_pattern THEN [a] ELSE [] END AS s
  MATCH p3 = allShortestPaths((s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES*..3]-(b))
  RETURN collect(p3) AS far
}
WITH a, b, near + far AS near
// Four links meet in the middle: the walks of two links from `a` and from `b`, each from its own
// end, are grouped by the node they reach, and each node both reach joins every first step in
// to every last step out. Neither a pattern from one end nor the search stays under 30 s at 1M
// relationships from Russia to Canada; this takes 2.6 s of the server's time (BENCHMARKS.md).
// The two walks are named apart: FalkorDB 4.16 answers a second pattern comprehension that
// reuses the first's variables with no rows.
CALL {
  WITH a, b, near
  UNWIND CASE WHEN size(near) = 0 AND $max_hops >= 4 THEN [a] ELSE [] END AS s
  WITH s, b, [(s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(x)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(m) | [m, x, 1]] AS ins,
       [(b)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(y)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(n) | [n, y, 2]] AS outs
  UNWIND ins + outs AS hit
  WITH s, b, hit[0] AS m, collect(DISTINCT CASE hit[2] WHEN 1 THEN hit[1] END) AS ins,
       collect(DISTINCT CASE hit[2] WHEN 2 THEN hit[1] END) AS outs
  WHERE size(ins) > 0 AND size(outs) > 0
  UNWIND ins AS x1
  UNWIND outs AS x2
  MATCH p4 = (s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(x1)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(m)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(x2)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES]-(b)
  RETURN collect(p4) AS far
}
WITH a, b, near + far AS near
// Where no path of four links or fewer exists, the search looks for five or six.
CALL {
  WITH near
  UNWIND near AS p
  RETURN p
  UNION ALL
  WITH a, b, near
  UNWIND CASE WHEN size(near) = 0 AND $max_hops >= 5 THEN [a] ELSE [] END AS s
  MATCH p = allShortestPaths(
    (s)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|CONDUCTED_IN|IN_REGION|PART_OF|REPLACED|FRAMEWORK_OF|LED_BY|HOSTED_BY|SERVES*..6]-(b)
  )
  RETURN p
}
// A separate WITH, not a WHERE on the shortest-path pattern: Neo4j would answer a path predicate
// it cannot check during the search by falling back to an exhaustive search of every path.
WITH p
WHERE length(p) <= $max_hops
WITH p, [n IN nodes(p) | coalesce(n.acronym, n.name, n.key)] AS route
// each link in its own direction ("Israel COOPERATES_ON cyber"), whichever way the path runs
WITH p, route,
     [r IN relationships(p) | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key)
      + ' ' + type(r) + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key)] AS links
// each link once, and where it is a contribution, when its operation ended (or null)
WITH p, route, links, relationships(p) AS rels,
     [r IN relationships(p) | CASE WHEN type(r) = 'CONTRIBUTED_TO' THEN endNode(r).end END]
       AS operation_ends
// whether each link does not hold now: a status other than active, an end, an operation ended
WITH p, route, links, rels, operation_ends,
     [i IN range(0, size(rels) - 1)
      | coalesce(rels[i].status, 'active') <> 'active'
        OR rels[i].until IS NOT NULL
        OR operation_ends[i] IS NOT NULL] AS inactive
WITH p, route, links, rels, operation_ends, inactive,
     [i IN range(0, size(rels) - 1) WHERE rels[i].confidence = 'unverified' | links[i]]
       AS unverified_links
WITH p, route, links, rels, operation_ends, inactive, unverified_links,
     [i IN range(0, size(rels) - 1)
      WHERE inactive[i]
      | links[i] + ' ('
        + CASE
            WHEN rels[i].status IS NOT NULL THEN rels[i].status
            // an operation conducted in a country or led by NATO: its until is the operation's end
            WHEN type(rels[i]) IN ['CONDUCTED_IN', 'LED_BY'] THEN 'operation ended'
            WHEN type(rels[i]) = 'COOPERATES_ON' THEN 'lapsed'
            // a contribution with an end of its own, or a framework of NATO's that ended
            WHEN rels[i].until IS NOT NULL THEN 'ended'
            ELSE 'operation ended'
          END
        + coalesce(' ' + coalesce(rels[i].status_changed, rels[i].until, operation_ends[i]), '')
        // the date of the change, where the data holds only it as unverified (Israel's ICP: 2019
        // is the latest it can be)
        + CASE WHEN last(coalesce(rels[i].history_confidence, [])) = 'unverified'
                    AND rels[i].status_changed IS NOT NULL
               THEN ', date unverified' ELSE '' END
        + ')'] AS inactive_links,
     // each confirmed link with a dated event of its history held only as unverified, and
     // which: "Kuwait PARTNER_IN ICI (joined 2004-12, date unverified)"
     [i IN range(0, size(rels) - 1)
      WHERE rels[i].confidence <> 'unverified'
            AND 'unverified' IN coalesce(rels[i].history_confidence, [])
      | links[i] + ' ('
        + reduce(said = '', j IN [j IN range(0, size(rels[i].history_confidence) - 1)
                                  WHERE rels[i].history_confidence[j] = 'unverified']
                 | said + CASE WHEN said = '' THEN '' ELSE '; ' END
                   + CASE WHEN rels[i].history_statuses[j] <> 'active' THEN rels[i].history_statuses[j]
                          WHEN j = 0 THEN 'joined' ELSE 'resumed' END
                   + ' ' + rels[i].history_dates[j] + ', date unverified')
        + ')'] AS partly_unverified_links
WITH p, route, rels, unverified_links, inactive_links, partly_unverified_links,
     // the data's own note on each link marked above: unverified, partly so, or not active
     [i IN range(0, size(rels) - 1)
      WHERE rels[i].note IS NOT NULL
            AND (rels[i].confidence = 'unverified' OR inactive[i]
                 OR 'unverified' IN coalesce(rels[i].history_confidence, []))
      | links[i] + ': ' + rels[i].note] AS link_notes
RETURN p AS path, length(p) AS hops, route,
       // the weakest link's: unverified, else partly unverified (as framework-members rates a
       // partnership whose history holds a date only as unverified), else confirmed
       CASE WHEN size(unverified_links) > 0 THEN 'unverified'
            WHEN size(partly_unverified_links) > 0 THEN 'partly unverified'
            ELSE 'confirmed' END AS confidence,
       unverified_links, partly_unverified_links, inactive_links, link_notes
ORDER BY hops, route
