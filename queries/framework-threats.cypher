// name: framework-threats
// title: Threats a framework addresses
// description: The shared threats and cooperation areas a partnership framework or programme
//   addresses, whether each link is confirmed or unverified, and the sources for each. `note` is
//   the data's own caveat on the link, null where it has none (SPS and civil emergencies: a
//   Western Balkans project on emergency response). The framework is matched by acronym, key,
//   name or alias, case-insensitive.
// param: framework string = "MD" (example "ICI") -- a framework by acronym (MD), key (md), name (Mediterranean Dialogue) or alias, case-insensitive
// check: framework framework
// columns: framework, threat, key, kind, confidence, sources, note
// empty: the data links the framework to no threat or area of cooperation
MATCH (f:Framework)
WHERE toLower($framework) IN f.names
MATCH (f)-[r:ADDRESSES]->(t:Threat)
RETURN f.acronym AS framework, t.name AS threat, t.key AS key, t.kind AS kind, r.confidence AS confidence,
       r.sources AS sources, r.note AS note
ORDER BY kind DESC, threat
