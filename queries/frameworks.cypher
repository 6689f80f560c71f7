// name: frameworks
// title: Every framework and programme
// description: Each partnership framework, forum, grouping and programme with its acronym, name,
//   kind and launch date, and how many partner countries it has by status: active, suspended,
//   became a NATO member, and any other status (ended, superseded by a successor programme,
//   invited, requested). `unverified` names the partners counted whose partnership the data
//   holds only as unverified, and, marked "(partly unverified)", those whose partnership is
//   confirmed but a dated event of its history is not (Kuwait's ICI: which month it joined is
//   disputed); `framework-members` says which event. A framework, forum or programme whose
//   participants the data does not list (the SPS Programme, the NACC, the PARP, ...) has no
//   counts (null, not 0) and `participants` says so; one of which it lists only those its
//   sources name (the PII's Enhanced Opportunities Partners, not its whole Interoperability
//   Platform; the ITPPs and IPCPs) counts those, and `participants` says so too; it is null for
//   every other.
// caveat: other counts partnerships ended, superseded by a successor programme (an IPCP by an
//   ITPP), or only invited or requested and not taken up (Oman and Saudi Arabia in the
//   ICI; Libya's DCB request).
// columns: acronym, name, kind, launched, active, suspended, became_member, other, unverified, participants
// empty: the data holds no framework, forum, grouping or programme
MATCH (f:Framework)
OPTIONAL MATCH (c:Country)-[r:PARTNER_IN]->(f)
WITH f, c, r
ORDER BY c.name
WITH f, collect(r.status) AS statuses,
     // unverified when the fact is; partly unverified when only a dated event of its history is
     collect(CASE WHEN r.confidence = 'unverified' THEN c.name
                  WHEN 'unverified' IN coalesce(r.history_confidence, [])
                    THEN c.name + ' (partly unverified)' END) AS unverified
WITH f, statuses, unverified, size(statuses) > 0 AS recorded
RETURN f.acronym AS acronym, f.name AS name, f.kind AS kind, f.launched AS launched,
       CASE WHEN recorded THEN size([s IN statuses WHERE s = 'active']) END AS active,
       CASE WHEN recorded THEN size([s IN statuses WHERE s = 'suspended']) END AS suspended,
       CASE WHEN recorded THEN size([s IN statuses WHERE s = 'became_member']) END AS became_member,
       CASE WHEN recorded
         THEN size([s IN statuses WHERE NOT s IN ['active', 'suspended', 'became_member']])
       END AS other,
       unverified,
       CASE WHEN NOT recorded
              THEN 'not recorded: the data lists none of its participants, so no count is given'
            WHEN f.listed = 'some'
              THEN 'some recorded: the data lists only the participants its sources name, and ' +
                   'counts those'
       END AS participants
ORDER BY launched, acronym
