// name: connection
// title: How two entities are connected
// description: The shortest chains of curated facts linking two entities (countries, frameworks,
//   threats, operations, regions, institutions or NATO itself), whatever the direction of each
//   relationship: every shortest path, up to $max_hops relationships (1 to 6). Each entity is
//   matched by ISO3 code, key, acronym, name or alias, case-insensitive; an exact code, key or
//   acronym wins over a name, and a name over an alias. Paths follow the fact
//   relationships only (membership, partnership, cooperation, addresses, contributions, regions,
//   institutions and framework lineage), never sources or loaded articles. A path is unverified
//   when any of its links is; `unverified_links` names those links. A path may run through links
//   that do not hold now: `inactive_links` names each, with its status and since when (a
//   partnership suspended, ended, superseded or left on joining NATO, one only invited or
//   requested, cooperation that lapsed).
// param: from string = "Japan" (example "ICI") -- the first entity, e.g. a country (JPN, Japan), framework (MD), threat (cyber), operation (ISAF), region (western_asia) or NATO
// param: to string = "Israel" (example "Ukraine") -- the second entity, matched the same way
// param: max_hops integer = 4 (example 3) -- the longest path to look for, 1 to 6
// check: from entity
// check: to entity
// columns: path, hops, route, confidence, unverified_links, inactive_links
// empty: no chain of facts links the two within max_hops relationships; a larger max_hops (up to 6)
//   looks further
MATCH (x)
WHERE x:Country OR x:Framework OR x:Threat OR x:Operation OR x:Region OR x:Institution OR x:Organization
WITH x, toLower($from) AS wanted
WITH x, CASE
          WHEN toLower(x.iso3) = wanted OR toLower(x.key) = wanted OR toLower(x.acronym) = wanted THEN 1
          WHEN toLower(x.name) = wanted THEN 2
          WHEN any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = wanted) THEN 3
        END AS rank
WHERE rank IS NOT NULL
WITH min(rank) AS best, collect({node: x, rank: rank}) AS found
UNWIND [f IN found WHERE f.rank = best | f.node] AS a
MATCH (y)
WHERE y:Country OR y:Framework OR y:Threat OR y:Operation OR y:Region OR y:Institution OR y:Organization
WITH a, y, toLower($to) AS wanted
WITH a, y, CASE
             WHEN toLower(y.iso3) = wanted OR toLower(y.key) = wanted OR toLower(y.acronym) = wanted THEN 1
             WHEN toLower(y.name) = wanted THEN 2
             WHEN any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = wanted) THEN 3
           END AS rank
WHERE rank IS NOT NULL
WITH a, min(rank) AS best, collect({node: y, rank: rank}) AS found
UNWIND [f IN found WHERE f.rank = best | f.node] AS b
WITH a, b
WHERE a <> b
MATCH p = allShortestPaths(
  (a)-[:MEMBER_OF|PARTNER_IN|COOPERATES_ON|ADDRESSES|CONTRIBUTED_TO|IN_REGION|PART_OF|REPLACED|HOSTED_BY|SERVES*..6]-(b)
)
// A separate WITH, not a WHERE on the shortest-path pattern: Neo4j would answer a path predicate
// it cannot check during the search by falling back to an exhaustive search of every path.
WITH p
WHERE length(p) <= $max_hops
WITH p, [n IN nodes(p) | coalesce(n.acronym, n.name, n.key)] AS route
WITH p, route,
     [i IN range(0, length(p) - 1) WHERE relationships(p)[i].confidence = 'unverified'
      | route[i] + ' ' + type(relationships(p)[i]) + ' ' + route[i + 1]] AS unverified_links
WITH p, route, unverified_links,
     [i IN range(0, length(p) - 1)
      WHERE coalesce(relationships(p)[i].status, 'active') <> 'active'
         OR relationships(p)[i].until IS NOT NULL
      | route[i] + ' ' + type(relationships(p)[i]) + ' ' + route[i + 1] + ' ('
        + coalesce(relationships(p)[i].status, 'lapsed')
        + coalesce(' ' + coalesce(relationships(p)[i].status_changed, relationships(p)[i].until), '')
        + ')'] AS inactive_links
RETURN p AS path, length(p) AS hops, route,
       CASE WHEN size(unverified_links) > 0 THEN 'unverified' ELSE 'confirmed' END AS confidence,
       unverified_links, inactive_links
ORDER BY hops, route
