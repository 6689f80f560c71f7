// name: most-connected
// title: Best-connected partners
// description: Partner countries (not NATO members, with at least one partnership they joined:
//   invitations and requests not taken up do not count) ranked by how many frameworks and
//   programmes they joined (whatever the status now), how many threats and areas they cooperate
//   or cooperated on (cooperation that ended or was suspended counts too: the score measures ties
//   over time, not only today's), and how many NATO-led operations they contributed to; the
//   score is the sum of the three.
//   `unverified` is how many of the links counted the data holds only as unverified.
//   `active_now` is how many of its partnerships are active now: 0 when each one is suspended,
//   ended or superseded (Russia, Belarus, Afghanistan), so a partner that takes part in nothing
//   today is not read as an active one.
// param: limit integer = 10 (example 5) -- how many partners to list, 1 to 1000000000 (a number above how many there are lists them all)
// caveat: score = frameworks + areas + operations, counting ties over time: a programme and the
//   one that replaced it both count (an IPCP and its ITPP), and so do suspended and ended
//   partnerships, cooperation that lapsed and operations that ended; active_now is how
//   many of the partner's partnerships are active now.
// columns: partner, iso3, frameworks, areas, operations, score, unverified, active_now
// ranked-by: score
// empty: the data holds no partner country (a country not a NATO member, with a partnership it
//   joined)
// Members left out by a look for their membership that finds none: the same rows as
// `WHERE NOT (c)-[:MEMBER_OF]->(:Organization)`, which FalkorDB runs 1.3-2.4x slower here.
MATCH (c:Country)
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
WITH c, m
WHERE m IS NULL
// One pass over each partner's links and one count of each kind, not one aggregation a kind:
// each type has one kind of end (a framework, a threat or area, an operation) and the store
// holds one link of a type between two entities, so a count of links is a count of what they
// reach (1.6 s against 2.6 s in FalkorDB at 1M relationships).
MATCH (c)-[r:PARTNER_IN|COOPERATES_ON|CONTRIBUTED_TO]->()
WITH c, r, type(r) AS kind
WHERE kind <> 'PARTNER_IN' OR NOT r.status IN ['invited', 'requested']
WITH c, count(CASE kind WHEN 'PARTNER_IN' THEN 1 END) AS frameworks,
     count(CASE kind WHEN 'COOPERATES_ON' THEN 1 END) AS areas,
     count(CASE kind WHEN 'CONTRIBUTED_TO' THEN 1 END) AS operations,
     count(CASE r.confidence WHEN 'unverified' THEN 1 END) AS unverified,
     count(CASE WHEN kind = 'PARTNER_IN' AND r.status = 'active' THEN 1 END) AS active_now
WHERE frameworks > 0
RETURN c.name AS partner, c.iso3 AS iso3, frameworks, areas, operations,
       frameworks + areas + operations AS score, unverified, active_now
ORDER BY score DESC, partner
LIMIT $limit
