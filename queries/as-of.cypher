// name: as-of
// title: Partners at the end of a given year, and those that stopped during it
// description: Each framework's partners at the end of a year, and those that took part earlier
//   in the year but not at its end. A partnership counts as active at the end of year Y when the
//   last status event recorded in or before Y is 'active': Malta suspended its PfP participation in
//   1996 and came back in 2008, Russia was suspended in 2014, Finland became a member in 2023.
//   `partners` and `count` are the partners at the end of the year. `stopped_during_year` names
//   those that took part in the year, for part of it: partners whose partnership was suspended,
//   superseded, ended or turned into NATO membership during it, each with that change and its
//   date ("Malta (suspended 1996-10-27)" in the PfP in 1996; "Afghanistan (suspended 2021-08-20)"
//   in the partners across the globe and "Colombia (superseded 2021-12-08)" in the IPCP in 2021),
//   and ", unverified" where the data holds that change or the partnership only as unverified.
//   In a forum of Allies and partners (the EAPC) a partner that became a NATO member stopped
//   being a partner, not taking part: "Sweden (became a NATO member 2024-03-07, sits on as an
//   Ally)".
//   Frameworks not yet launched (or already ended) in Y, and frameworks with no partner in either
//   list, are left out; one whose only partners that year stopped during it has a count of 0.
//   `unverified` names the partners in `partners` whose partnership the data holds only as
//   unverified, or whose status that year rests on an event whose date is unverified (the last
//   event by then, or the next one, which might have come sooner). A join whose date is
//   unverified but which the sources show had happened by a given date (Kuwait's ICI: December
//   2004 or early 2005, so joined by March 2005) leaves the partner unsure only in the years
//   before that one; a change whose date is unverified but which the sources show cannot have
//   come before a given date (Israel's ICP gave way to an IPCP by 2019, and not before IPCPs were
//   created in April 2011) leaves it unsure only from that year: Israel is a sure ICP partner from
//   2006 to 2010, an unsure one from 2011 to 2018. A join whose date is not its settled start but
//   which the sources show cannot have begun before a given date (joined_earliest: Israel's IPCP
//   is dated from its latest approval, March 2019, and cannot have begun before IPCPs were created
//   in April 2011) makes the partner an unsure one from the year of that date to the year before
//   the recorded one: Israel is an unsure IPCP partner from 2011 to 2018 (and from 2019 too, as
//   the data holds its IPCP only as unverified now that NATO moves partners to ITPPs).
// param: year integer = 2010 (example 2024) -- the year to look at, from 1800 and not after the current one
// check: year past_year
// columns: framework, partners, count, unverified, stopped_during_year
// empty: the data records no active partner of any framework running that year
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE f.launched_year <= $year AND (f.ended_year IS NULL OR f.ended_year >= $year)
WITH c, r, f, coalesce(r.history_years, []) AS years, coalesce(r.history_statuses, []) AS statuses
// n: the events by the end of the year (they are in date order: the last of them is n - 1);
// early: the recorded join comes after the year, but the sources allow its start in or before it
WITH c, r, f, years, statuses, size([y IN years WHERE y <= $year]) AS n,
     r.joined IS NOT NULL AND size(years) > 0 AND years[0] > $year
       AND coalesce(toInteger(substring(r.history_earliest[0], 0, 4)) <= $year, false) AS early
// a partner at the end of the year, or one that stopped during it: not active at its end, but
// active until an event in it (looked for only where the last event by then is in the year)
WHERE (n > 0 AND statuses[n - 1] = 'active') OR (early AND statuses[0] = 'active')
   OR (n > 0 AND years[n - 1] = $year
       AND size([i IN range(0, n - 2) WHERE statuses[i] = 'active' AND years[i + 1] = $year]) > 0)
// unsure: the join may not have come by then (early), the fact is unverified, or the date of the
// event it rests on (the last one by then) or of the next one (which might have come sooner) is;
// an unverified join stops counting from the year by which the sources show it had happened
// (joined_by), and the next event does not count before the year of the earliest date the
// sources allow it (history_earliest)
WITH f, c, r, n, statuses, early OR statuses[n - 1] = 'active' AS counted,
     early OR r.confidence = 'unverified'
        OR 'unverified' IN [k IN [n - 1, n]
                            WHERE k >= 0 AND k < size(statuses)
                              AND NOT (k = 0 AND r.joined IS NOT NULL
                                       AND coalesce(r.joined_by_year <= $year, false))
                              AND NOT (k = n
                                       AND coalesce(toInteger(substring(r.history_earliest[k], 0, 4)) > $year,
                                                    false))
                            | coalesce(r.history_confidence[k], r.confidence)] AS unsure
ORDER BY c.name
WITH f, collect(CASE WHEN counted THEN c.name END) AS partners,
     collect(CASE WHEN counted AND unsure THEN c.name END) AS unverified,
     // the partners that stopped during the year, each as [name, partnership, its last event]
     // (their words are made below, for these few rows only)
     collect(CASE WHEN NOT counted THEN [c.name, r, n - 1] END) AS stopped
// each with the change that ended its part and its date, as the history records it
RETURN f.acronym AS framework, partners, size(partners) AS count, unverified,
       [s IN stopped | s[0] + ' ('
          + CASE s[1].history_statuses[s[2]] WHEN 'became_member' THEN 'became a NATO member'
                                             ELSE s[1].history_statuses[s[2]] END
          + ' ' + s[1].history_dates[s[2]]
          + CASE WHEN 'unverified' IN [s[1].confidence,
                                       coalesce(s[1].history_confidence[s[2]], s[1].confidence)]
                 THEN ', unverified' ELSE '' END
          // in a forum of Allies and partners (the EAPC) a new Ally stopped only being a partner
          + CASE WHEN s[1].history_statuses[s[2]] = 'became_member'
                      AND f.participants = 'allies and partners'
                 THEN ', sits on as an Ally' ELSE '' END
          + ')'] AS stopped_during_year
ORDER BY count DESC, framework
