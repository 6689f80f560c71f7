// name: shared-threats
// title: Threats two partners share
// description: The threats and cooperation areas that two countries both work on with NATO now
//   (cooperation that ended or was suspended, such as Russia's part in Active Endeavour, is left
//   out: see `until` in partners-on-threat and country-profile), with
//   whether each side is confirmed or unverified, and the sources for each side. When $b names a framework instead of a country, the answer is the
//   threats country $a cooperates on that the framework addresses. Countries are matched by ISO3
//   code, name or alias; frameworks by acronym, key or name; all case-insensitive.
// param: a string = "Israel" (example "KWT") -- a country by ISO3 code, name or alias
// param: b string = "Jordan" (example "ICI") -- a second country (ISO3, name or alias) or a framework (acronym, key or name)
// check: a country
// check: b country_or_framework
// columns: threat, key, a_confidence, b_confidence, a_sources, b_sources
// empty: the two share no threat or area they both cooperate on with NATO now (cooperation that
//   ended or was suspended does not count); country-profile lists each one's
MATCH (a:Country)
WHERE toLower(a.iso3) = toLower($a)
   OR toLower(a.name) = toLower($a)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (a)-[ra:COOPERATES_ON]->(t:Threat)<-[rb:COOPERATES_ON|ADDRESSES]-(b)
WHERE ra.until IS NULL AND rb.until IS NULL
  AND ((b:Country AND type(rb) = 'COOPERATES_ON'
       AND (toLower(b.iso3) = toLower($b)
            OR toLower(b.name) = toLower($b)
            OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($b))))
   OR (b:Framework AND type(rb) = 'ADDRESSES'
       AND (toLower(b.acronym) = toLower($b) OR b.key = toLower($b) OR toLower(b.name) = toLower($b))))
RETURN t.name AS threat, t.key AS key, ra.confidence AS a_confidence, rb.confidence AS b_confidence,
       ra.sources AS a_sources, rb.sources AS b_sources
ORDER BY threat
