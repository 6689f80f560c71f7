// The countries among $keys that are NATO members, with the date each joined and how many
// partnerships the data holds of it: an answer that reads a country as a partner
// (`// as-partner:`) notes that an Ally named is one, or that it never was a partner.
// example: {"keys": ["SWE", "USA"]}
MATCH (c:Country)-[m:MEMBER_OF]->(:Organization)
WHERE c.iso3 IN $keys
OPTIONAL MATCH (c)-[p:PARTNER_IN]->(:Framework)
RETURN c.iso3 AS iso3, c.name AS name, m.joined AS joined, count(p) AS partnerships
ORDER BY iso3
