// Article checking: whether each framework a claim names is a framework, forum, grouping or programme.
// example: {"frameworks": ["md", "pfp"]}
MATCH (f:Framework)
WHERE f.key IN $frameworks
RETURN f.key AS key, f.kind AS kind
