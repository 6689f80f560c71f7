// The files each of these Documents is the text of now (`file_keys`, null before any).
// example: {"keys": ["no-such-document"]}
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key, d.file_keys AS file_keys
