// Article checking: every Ally's date of accession, to check a rank a claim gives ("Montenegro
// became NATO's 29th member": the 29th date in order), and the sources of NATO's list of its
// members, which a claim of a country not on it is answered from ("Brazil is a NATO member").
// example: {}
MATCH (:Country)-[r:MEMBER_OF]->(o:Organization)
RETURN r.joined AS joined, o.sources AS list_sources
ORDER BY joined
