// The Allies the store holds from earlier loads, with the date each joined: a load's
// partnerships and histories are checked against them (loaders/load.py, read_held).
// example: {}
MATCH (c:Country)-[m:MEMBER_OF]->(:Organization) WHERE m.joined IS NOT NULL
RETURN c.iso3 AS country, m.joined AS joined
