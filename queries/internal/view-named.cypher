// Views of questions that answer with values: the entities those values name (ISO3 code, key,
// acronym or name, any case) and the relationships among them.
// example: {"names": ["jordan", "md", "cyber"]}
MATCH (a)
WHERE (a:Country OR a:Organization OR a:Framework OR a:Threat OR a:Operation OR a:Region OR a:Institution)
  AND (toLower(a.iso3) IN $names OR toLower(a.key) IN $names
       OR toLower(a.acronym) IN $names OR toLower(a.name) IN $names)
OPTIONAL MATCH (a)-[r]->(b)
WHERE (b:Country OR b:Organization OR b:Framework OR b:Threat OR b:Operation OR b:Region OR b:Institution)
  AND (toLower(b.iso3) IN $names OR toLower(b.key) IN $names
       OR toLower(b.acronym) IN $names OR toLower(b.name) IN $names)
RETURN a, r, b
