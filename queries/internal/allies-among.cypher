// The countries among $keys that are NATO members, with the date each joined: an answer that
// reads a country as a partner (`// as-partner:`) notes that an Ally named is one.
// example: {"keys": ["SWE", "JOR"]}
MATCH (c:Country)-[m:MEMBER_OF]->(:Organization)
WHERE c.iso3 IN $keys
RETURN c.iso3 AS iso3, c.name AS name, m.joined AS joined
ORDER BY iso3
