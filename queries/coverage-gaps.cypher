// name: coverage-gaps
// title: Threats a framework addresses with no cooperation of a partner on record
// description: For each active partner of a framework, the threats and cooperation areas the
//   framework addresses on which the data records no confirmed cooperation of that partner with
//   NATO going on (one that ended or was suspended does not count): where the agenda and a
//   partner's practice part ways, or the data is thin. A gap is an absence in the data, which no
//   source confirms: `links_confidence` is that of the links the row rests on, not of the gap
//   ('confirmed': the partnership and the framework's link to the threat are confirmed facts;
//   the gap itself may only be the data being thin). A cooperation the data holds only as
//   unverified does not close a gap: the row stays, its `links_confidence` unverified (there
//   may be no gap). `links_confidence` is unverified when any link the row rests on is (the
//   partnership, the framework's link to the threat, or that unverified cooperation);
//   `unverified_links` names those links, and `link_notes` gives the data's own note on each of
//   them that has one, as "link: note" (Israel's cooperation on cyber: none of the stored
//   sources lists it as an agreed Israel-NATO area); empty where none has.
// param: framework string = "MD" (example "ICI") -- a framework by acronym, key, name or alias, case-insensitive
// check: framework framework
// caveat: links_confidence: how sure the links a row rests on are, not the row: a gap is an
//   absence in the data, which no source confirms (? unverified: a link it rests on, in
//   unverified_links, is held only as unverified, and there may be no gap).
// columns: framework, partner, iso3, threat, key, links_confidence, unverified_links, link_notes
// empty: the data records confirmed cooperation going on for each threat the framework addresses
//   by every active partner of it the data lists, or lists no active partner of it, or links it to
//   no threat
// partners-of: framework
MATCH (f:Framework)
WHERE toLower($framework) IN f.names
MATCH (c:Country)-[p:PARTNER_IN]->(f)
WHERE p.status = 'active'
MATCH (f)-[a:ADDRESSES]->(t:Threat)
// Cooperation that ended or was suspended (`until`) no longer covers the threat.
OPTIONAL MATCH (c)-[k:COOPERATES_ON]->(t)
WHERE k.until IS NULL
WITH f, c, p, a, t, collect(k.confidence) AS held,
     collect(CASE WHEN k.confidence = 'unverified' THEN k.note END) AS held_notes
WHERE all(x IN held WHERE x = 'unverified')
// each link the row rests on that is unverified, with the data's own note on it
WITH f, c, t,
     CASE WHEN p.confidence = 'unverified'
          THEN [{link: c.name + ' PARTNER_IN ' + f.acronym, note: p.note}] ELSE [] END
     + CASE WHEN a.confidence = 'unverified'
            THEN [{link: f.acronym + ' ADDRESSES ' + t.name, note: a.note}] ELSE [] END
     + CASE WHEN size(held) > 0
            THEN [{link: c.name + ' COOPERATES_ON ' + t.name, note: head(held_notes)}] ELSE [] END
       AS unverified
RETURN f.acronym AS framework, c.name AS partner, c.iso3 AS iso3, t.name AS threat, t.key AS key,
       CASE WHEN size(unverified) > 0 THEN 'unverified' ELSE 'confirmed' END AS links_confidence,
       [u IN unverified | u.link] AS unverified_links,
       [u IN unverified WHERE u.note IS NOT NULL | u.link + ': ' + u.note] AS link_notes
ORDER BY partner, threat
