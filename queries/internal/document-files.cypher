// Which files each Document is the text of now: each row's `file_keys` replaces the Document's
// (a file loaded again with the text of an earlier Document joins it; a file edited leaves it).
// example: {"rows": [{"key": "no-such-document", "file_keys": []}]}
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.file_keys = row.file_keys
