// name: countries
// title: Every country in the data
// description: Every country the data holds, NATO members and partners alike (and any a loaded
//   file adds), by name, with its ISO3 code, its region, the aliases the questions also find it
//   by, and the date it joined NATO where it is a member. Every question that takes a country
//   takes its code, its name or any of its aliases. Optionally only one region's countries, the
//   region given by key (northern_africa) or name (Northern Africa).
// param: region string = null (example "Northern Africa") -- a region by key or name, case-insensitive; null for all
// check: region region
// columns: country, iso3, region, aliases, nato_member_since
// empty: the data holds no country (in that region, where one was given)
MATCH (c:Country)
OPTIONAL MATCH (c)-[:IN_REGION]->(g:Region)
WITH c, g
WHERE $region IS NULL OR toLower($region) IN g.names
OPTIONAL MATCH (c)-[m:MEMBER_OF]->(:Organization)
RETURN c.name AS country, c.iso3 AS iso3, g.name AS region, coalesce(c.aliases, []) AS aliases,
       m.joined AS nato_member_since
ORDER BY country, iso3
