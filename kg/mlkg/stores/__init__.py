"""Where a built graph is kept for querying: a Neo4j server (:mod:`.neo4j`) or an embedded oxigraph
store on disk (:mod:`.oxigraph`). Connections and sessions live here, below export and query, so
that exporting, querying and the notebook tables share them without importing one another."""
