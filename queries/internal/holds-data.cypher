// Whether the graph holds the curated data (NATO's node), not only loaded articles: a load of
// articles alone keeps the graph's data only where there is some to keep (Connection.load).
// example: {}
MATCH (o:Organization)
RETURN o.key AS key
LIMIT 1
