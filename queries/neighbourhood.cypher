// name: neighbourhood
// title: Everything near an entity
// description: Every path of up to $hops relationships (1 to 3) from an
//   entity, whatever the direction of each relationship, leaving out sources, known errors and
//   loaded articles (their documents and claims, which are no curated facts):
//   the network drawn by the neighbourhood view. The entity is matched as in `connection` (ISO3
//   code, key, acronym, name or alias, case-insensitive; an exact code wins over a name, a name
//   over an alias). Shorter paths come first, then by the names along
//   them (the same order on both stores); at most $limit paths are returned (2000 unless
//   given: 3 hops from NATO or a well-connected country reach most of the graph, some 4,000
//   paths), and an answer cut there says so. A path's `confidence` is that of its weakest link,
//   as in `connection`: unverified when any of its links is (`unverified_links` names those
//   links); else partly unverified when any is a confirmed partnership with a dated event of its
//   history held only as unverified, as `framework-members` rates that partnership (Kuwait's
//   ICI: its date of joining is disputed; Israel's ICP: when it was superseded); else confirmed.
//   `partly_unverified_links` names each such link and its doubtful events, as in `connection`
//   ("Kuwait PARTNER_IN ICI (joined 2004-12, date unverified)"). A path may run through links that do not hold now:
//   `inactive_links` names each, with its status and since when, as in `connection` (a
//   partnership suspended, ended, superseded or left on joining NATO: "Russia PARTNER_IN PfP
//   (suspended 2014-04-01)"; one only invited or requested: "Saudi Arabia PARTNER_IN ICI
//   (invited 2004-06)"; cooperation that lapsed, a partner's part in an operation that ended,
//   or an operation that did, whether a partner's part in it, its conduct in a country or NATO's lead of it:
//   "operation ended"; a framework of NATO's that ended: "(ended 1997-05-30)"), and "date
//   unverified" where the data holds
//   only that date as unverified. Such a path keeps the `confidence` of its facts (Saudi
//   Arabia's invitation is confirmed): it is `inactive_links` that says the link does not
//   hold now. Each link is named from its own start ("Israel COOPERATES_ON cyber").
//   `link_notes` gives the data's own note on each of those links, unverified, partly so or not
//   active, that has one, as "link: note" in path order (Israel's cooperation on cyber: none of the
//   stored sources lists it as an agreed Israel-NATO area); empty where none has.
// param: entity string = "Jordan" (example "ICI") -- a country, framework, threat, operation, region, institution or NATO
// param: hops integer = 1 (example 2) -- how far to go, 1 to 3
// param: limit integer = 2000 (example 500) -- the most paths to return, 1 to 100000
// check: entity entity
// columns: path, confidence, unverified_links, partly_unverified_links, inactive_links, link_notes
// empty: the data holds no fact relationship of the entity
// lint-allow: CALL subquery without a variable scope clause is deprecated -- FalkorDB 4.16 reads only the importing-WITH form; Neo4j 5.26 runs both
// Each entity is found in its label's index of names (schema.NAMES_PROPERTY), then ranked: a
// code, key or acronym first, then a name, then an alias.
WITH toLower($entity) AS wanted
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
// One branch per length, each bounded in its pattern, so the cost follows $hops: a branch past
// $hops starts from no node at all (a guard in a WHERE would run after the expansion). Every path
// of a branch is read, for the order below to be total, so a longer branch runs only when the
// shorter paths cannot fill the answer: 3 hops from a framework with 5,000 partners would be
// some 250 million paths, cut to the first $limit of its 5,000 one-hop paths.
CALL {
  WITH a
  UNWIND CASE WHEN $hops >= 1 THEN [a] ELSE [] END AS b
  MATCH p = (b)-[*1..1]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
  UNION ALL
  WITH a
  UNWIND CASE WHEN $hops >= 2 THEN [a] ELSE [] END AS c
  OPTIONAL MATCH q = (c)-[*1..1]-()
  WHERE none(n IN nodes(q) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  WITH c, count(q) AS shorter
  UNWIND CASE WHEN shorter < $limit THEN [c] ELSE [] END AS b
  MATCH p = (b)-[*2..2]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
  UNION ALL
  WITH a
  UNWIND CASE WHEN $hops >= 3 THEN [a] ELSE [] END AS c
  OPTIONAL MATCH q = (c)-[*1..2]-()
  WHERE none(n IN nodes(q) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  WITH c, count(q) AS shorter
  UNWIND CASE WHEN shorter < $limit THEN [c] ELSE [] END AS b
  MATCH p = (b)-[*3..3]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
}
// A total order, the same on both stores and in every run, so that an answer cut at $limit keeps
// the same paths: shorter first, then by the route, each step as the next node's name, the
// relationship's type and direction, and the node's label and key (those two name one node, and
// two nodes hold at most one relationship of a type). The start is the same in every path but
// when a name matched several entities: its label and key come first.
WITH p, reduce(route = labels(nodes(p)[0])[0] + ':' + coalesce(nodes(p)[0].iso3, nodes(p)[0].key, ''),
               i IN range(0, length(p) - 1)
               | route + ' ' + coalesce(nodes(p)[i + 1].name, nodes(p)[i + 1].acronym, '') + ' '
                 + type(relationships(p)[i])
                 + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
                        THEN '>' ELSE '<' END
                 + ' ' + labels(nodes(p)[i + 1])[0] + ':'
                 + coalesce(nodes(p)[i + 1].iso3, nodes(p)[i + 1].key, '')) AS route
ORDER BY length(p), route
LIMIT $limit
// The links a row marks, found in one walk of the path, as `connection` marks them: held only as
// unverified, or not holding now (a status other than active, an end, a part in an operation that
// ended), or confirmed with a dated event of its history held only as unverified (the path is
// then partly unverified). Most paths hold none, and the lists below walk only the links found
// here (a second walk of every path cost some 10% at 100,000 paths). Each list names its links
// itself: a list of the names indexed by the others cost the server some 15% more where most
// paths hold a marked link.
WITH p, route, [r IN relationships(p)
         WHERE r.confidence = 'unverified' OR coalesce(r.status, 'active') <> 'active'
               OR r.until IS NOT NULL
               OR (type(r) = 'CONTRIBUTED_TO' AND endNode(r).end IS NOT NULL)
               OR 'unverified' IN coalesce(r.history_confidence, [])] AS marked
// each link named from its own start ("Israel COOPERATES_ON cyber"), whichever way the path runs
WITH p, route, marked,
     [r IN marked WHERE r.confidence = 'unverified'
      | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
        + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key)] AS unverified_links
// the weakest link's: unverified, else partly unverified (as framework-members rates a partnership
// whose history holds a date only as unverified), else confirmed
RETURN p AS path,
       CASE WHEN size(unverified_links) > 0 THEN 'unverified'
            WHEN any(r IN marked WHERE 'unverified' IN coalesce(r.history_confidence, []))
              THEN 'partly unverified'
            ELSE 'confirmed' END AS confidence,
       unverified_links,
       // each confirmed link with a dated event of its history held only as unverified, and
       // which, as `connection` names them
       [r IN marked
        WHERE r.confidence <> 'unverified' AND 'unverified' IN coalesce(r.history_confidence, [])
        | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
          + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key) + ' ('
          + reduce(said = '', j IN [j IN range(0, size(r.history_confidence) - 1)
                                    WHERE r.history_confidence[j] = 'unverified']
                   | said + CASE WHEN said = '' THEN '' ELSE '; ' END
                     + CASE WHEN r.history_statuses[j] <> 'active' THEN r.history_statuses[j]
                          WHEN j = 0 THEN 'joined' ELSE 'resumed' END
                     + ' ' + r.history_dates[j] + ', date unverified')
          + ')'] AS partly_unverified_links,
       // worded as `connection` words them, so that both questions read alike
       [r IN marked
        WHERE coalesce(r.status, 'active') <> 'active' OR r.until IS NOT NULL
              OR (type(r) = 'CONTRIBUTED_TO' AND endNode(r).end IS NOT NULL)
        | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
          + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key) + ' ('
          + CASE
              WHEN r.status IS NOT NULL THEN r.status
              // an operation conducted in a country or led by NATO: its until is the operation's end
              WHEN type(r) IN ['CONDUCTED_IN', 'LED_BY'] THEN 'operation ended'
              WHEN type(r) = 'COOPERATES_ON' THEN 'lapsed'
              // a contribution with an end of its own, or a framework of NATO's that ended
              WHEN r.until IS NOT NULL THEN 'ended'
              ELSE 'operation ended'
            END
          + coalesce(' ' + coalesce(r.status_changed, r.until,
                                    CASE WHEN type(r) = 'CONTRIBUTED_TO' THEN endNode(r).end END), '')
          // the date of the change, where the data holds only it as unverified
          + CASE WHEN last(coalesce(r.history_confidence, [])) = 'unverified'
                      AND r.status_changed IS NOT NULL
                 THEN ', date unverified' ELSE '' END
          + ')'] AS inactive_links,
       // the data's own note on each link marked above (every one of them: unverified, partly
       // so, or not active), as `connection` gives them
       [r IN marked
        WHERE r.note IS NOT NULL
        | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
          + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key) + ': ' + r.note]
         AS link_notes
ORDER BY length(path), route
