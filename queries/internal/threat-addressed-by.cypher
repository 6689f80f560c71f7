// What the data links to a threat instead of a partner's cooperation on it: the frameworks,
// operations and institutions that address it, for an empty answer about the threat's partners.
// example: {"key": "strategic_competition"}
MATCH (x)-[a:ADDRESSES]->(t:Threat {key: $key})
RETURN coalesce(x.acronym, x.name, x.key) AS name, a.confidence AS confidence
ORDER BY name
