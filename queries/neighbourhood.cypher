// name: neighbourhood
// title: Everything near an entity
// description: Every path of up to $hops relationships (1 to 3) from an
//   entity, whatever the direction of each relationship, leaving out sources, known errors and
//   loaded articles (their documents and claims, which are no curated facts):
//   the network drawn by the neighbourhood view. The entity is matched as in `connection` (ISO3
//   code, key, acronym, name or alias, case-insensitive; an exact code wins over a name, a name
//   over an alias). Shorter paths come first; at most $limit paths are returned (2000 unless
//   given: 3 hops from NATO or a well-connected country reach most of the graph, some 4,000
//   paths), and an answer cut there says so. A path is unverified when any of its links is;
//   `unverified_links` names those links, as in `connection`, and `link_notes` gives the data's
//   own note on each of them that has one, as "link: note" in path order (Israel's cooperation
//   on cyber: none of the stored sources lists it as an agreed Israel-NATO area); empty where
//   none has.
// param: entity string = "Jordan" (example "ICI") -- a country, framework, threat, operation, region, institution or NATO
// param: hops integer = 1 (example 2) -- how far to go, 1 to 3
// param: limit integer = 2000 (example 500) -- the most paths to return, 1 to 100000
// check: entity entity
// columns: path, confidence, unverified_links, link_notes
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
// $hops starts from no node at all (a guard in a WHERE would run after the expansion), and each
// branch stops at the $limit paths the answer can hold.
CALL {
  WITH a
  UNWIND CASE WHEN $hops >= 1 THEN [a] ELSE [] END AS b
  MATCH p = (b)-[*1..1]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
  LIMIT $limit
  UNION ALL
  WITH a
  UNWIND CASE WHEN $hops >= 2 THEN [a] ELSE [] END AS b
  MATCH p = (b)-[*2..2]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
  LIMIT $limit
  UNION ALL
  WITH a
  UNWIND CASE WHEN $hops >= 3 THEN [a] ELSE [] END AS b
  MATCH p = (b)-[*3..3]-()
  WHERE none(n IN nodes(p) WHERE n:Source OR n:KnownError OR n:Document OR n:Claim)
  RETURN p
  LIMIT $limit
}
WITH p
ORDER BY length(p)
LIMIT $limit
// each link named from its own start ("Israel COOPERATES_ON cyber"), whichever way the path runs
WITH p, [r IN relationships(p) WHERE r.confidence = 'unverified'
         | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
           + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key)] AS unverified_links
// and the data's own note on each of them, named the same way; most paths hold no unverified link,
// and theirs are not walked again (a second walk cost some 10% at 100,000 paths)
RETURN p AS path, CASE WHEN size(unverified_links) > 0 THEN 'unverified' ELSE 'confirmed' END AS confidence,
       unverified_links,
       CASE WHEN size(unverified_links) = 0 THEN [] ELSE
         [r IN relationships(p) WHERE r.confidence = 'unverified' AND r.note IS NOT NULL
          | coalesce(startNode(r).acronym, startNode(r).name, startNode(r).key) + ' ' + type(r)
            + ' ' + coalesce(endNode(r).acronym, endNode(r).name, endNode(r).key) + ': ' + r.note]
       END AS link_notes
ORDER BY length(path)
