// Article checking: when the operations a claim names began and ended, and when NATO took the
// lead of one that began under another ("ISAF ended in 2016").
// example: {"operations": ["isaf", "kfor"]}
MATCH (o:Operation)
WHERE o.key IN $operations
RETURN o.key AS key, o.name AS name, o.acronym AS acronym, o.start AS start, o.end AS end,
       o.nato_led_from AS nato_led_from, o.sources AS sources, o.confidence AS confidence,
       o.note AS note
ORDER BY key
