// Article checking: every Ally's date of accession, to check a rank a claim gives ("Montenegro
// became NATO's 29th member": the 29th date in order).
// example: {}
MATCH (:Country)-[r:MEMBER_OF]->(:Organization)
RETURN r.joined AS joined
ORDER BY joined
