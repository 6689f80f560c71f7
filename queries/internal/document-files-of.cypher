// The files each of these Documents is the text of now (`file_keys`, null before any; and
// `file_paths`, the paths as given, in the same order, null before they were kept), with the
// path and title it is shown by.
// example: {"keys": ["no-such-document"]}
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key, d.file_keys AS file_keys, d.file_paths AS file_paths, d.path AS path,
       d.title AS title
