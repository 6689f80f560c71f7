// Article checking: claims whose verdict still holds under the facts as they are now, marked
// with the digest of those facts so that the next load need not check them again.
// example: {"rows": [{"key": "0123abcd", "checked": "9f86d081"}]}
UNWIND $rows AS row
MATCH (c:Claim {key: row.key})
SET c.checked = row.checked
