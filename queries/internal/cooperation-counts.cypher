// How many areas of cooperation with NATO the data records of each country among $keys: an
// answer that reads a country as a partner (`// as-partner:`) notes one it records none of
// (Sweden's, as a partner: its likeness to others rests on frameworks alone).
// example: {"keys": ["SWE", "JOR"]}
MATCH (c:Country)
WHERE c.iso3 IN $keys
OPTIONAL MATCH (c)-[r:COOPERATES_ON]->(:Threat)
RETURN c.iso3 AS iso3, c.name AS name, count(r) AS areas
ORDER BY iso3
