// The Documents of earlier versions of the article files given: the same file ($files: the hash
// of its resolved absolute path, `file_key`), or, for a Document loaded before file keys were
// kept, the same absolute path ($paths); never one whose text is among this load's ($current).
// example: {"files": ["0f3a"], "paths": ["/tmp/e.txt"], "current": []}
MATCH (d:Document)
WHERE (d.file_key IN $files OR (d.file_key IS NULL AND d.path IN $paths))
  AND NOT d.key IN $current
RETURN d.key AS key, d.file_key AS file_key, d.path AS path, d.loaded_at AS loaded_at
ORDER BY d.loaded_at, d.key
