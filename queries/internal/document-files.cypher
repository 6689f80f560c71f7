// Which files each Document is the text of now: each row's `file_keys` (and `file_paths`, the
// paths as given, in the same order) replaces the Document's (a file loaded again with the text
// of an earlier Document joins it; a file edited leaves it), and its `path` and `title` are the
// ones it is shown by (another of its files' when the one it was shown by left it).
// example: {"rows": [{"key": "no-such-document", "file_keys": [], "file_paths": [], "path": null, "title": null}]}
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.file_keys = row.file_keys, d.file_paths = row.file_paths,
    d.path = coalesce(row.path, d.path), d.title = coalesce(row.title, d.title)
