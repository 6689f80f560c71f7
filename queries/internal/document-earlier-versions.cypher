// The Documents that hold an earlier version of an article file given ($files: the hashes of
// their resolved absolute paths, in `file_keys`, every file whose text a Document is), never one
// whose text is among this load's ($current); with every file it holds, since a Document another
// file still holds is kept.
// example: {"files": ["0f3a"], "current": []}
UNWIND $files AS file
MATCH (d:Document)
WHERE file IN coalesce(d.file_keys, []) AND NOT d.key IN $current
RETURN file, d.key AS key, d.loaded_at AS loaded_at, d.file_keys AS file_keys,
       d.file_paths AS file_paths, d.path AS path, d.title AS title
ORDER BY d.loaded_at, d.key
