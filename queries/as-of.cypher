// name: as-of
// title: Active partners in a given year
// description: Each framework's active partners in a year. A partnership counts as active in
//   year Y when the last status event recorded in or before Y is 'active': Malta suspended its
//   PfP participation in 1996 and came back in 2008, Russia was suspended in 2014, Finland became
//   a member in 2023. Frameworks not yet launched (or already ended) in Y, and frameworks with no
//   active partner then, are left out. `unverified` names the partners whose partnership the data
//   holds only as unverified, or whose status that year rests on an event whose date is unverified
//   (the last event by then, or the next one, which might have come sooner). A join whose date is
//   unverified but which the sources show had happened by a given date (Kuwait's ICI: December
//   2004 or early 2005, so joined by March 2005) leaves the partner unsure only in the years
//   before that one; a change whose date is unverified but which the sources show cannot have come
//   before a given date (Israel's ICP gave way to an IPCP by 2019, and not before IPCPs were
//   created in April 2011) leaves it unsure only from that year: Israel is a sure ICP partner from
//   2006 to 2010, an unsure one from 2011 to 2018. A join whose date is not its settled start but
//   which the sources show cannot have begun before a given date (joined_earliest: Israel's IPCP is
//   dated from its latest approval, March 2019, and cannot have begun before IPCPs were created in
//   April 2011) makes the partner an unsure one from the year of that date to the year before the
//   recorded one: Israel is an unsure IPCP partner from 2011 to 2018, a sure one from 2019.
// param: year integer = 2010 (example 2024) -- the year to look at, from 1800 and not after the current one
// check: year past_year
// columns: framework, partners, count, unverified
// empty: no framework in the data was running with an active partner that year
MATCH (c:Country)-[r:PARTNER_IN]->(f:Framework)
WHERE f.launched_year <= $year AND (f.ended_year IS NULL OR f.ended_year >= $year)
WITH c, r, f, coalesce(r.history_years, []) AS years, coalesce(r.history_statuses, []) AS statuses
// early: the recorded join comes after the year, but the sources allow its start in or before it
WITH c, r, f, statuses, [i IN range(0, size(years) - 1) WHERE years[i] <= $year] AS past,
     r.joined IS NOT NULL AND size(years) > 0 AND years[0] > $year
       AND coalesce(toInteger(substring(r.history_earliest[0], 0, 4)) <= $year, false) AS early
WHERE (size(past) > 0 AND statuses[last(past)] = 'active') OR (early AND statuses[0] = 'active')
// unsure: the join may not have come by then (early), the fact is unverified, or the date of the
// event it rests on (the last one by then) or of the next one (which might have come sooner) is;
// an unverified join stops counting from the year by which the sources show it had happened
// (joined_by), and the next event does not count before the year of the earliest date the
// sources allow it (history_earliest)
WITH f, c, early OR r.confidence = 'unverified'
        OR 'unverified' IN [k IN [last(past), last(past) + 1]
                            WHERE k < size(statuses)
                              AND NOT (k = 0 AND r.joined IS NOT NULL
                                       AND coalesce(r.joined_by_year <= $year, false))
                              AND NOT (k > last(past)
                                       AND coalesce(toInteger(substring(r.history_earliest[k], 0, 4)) > $year,
                                                    false))
                            | coalesce(r.history_confidence[k], r.confidence)] AS unsure
ORDER BY c.name
WITH f, collect(c.name) AS partners, collect(CASE WHEN unsure THEN c.name END) AS unverified
RETURN f.acronym AS framework, partners, size(partners) AS count, unverified
ORDER BY count DESC, framework
