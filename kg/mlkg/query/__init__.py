"""Asking the graph: SPARQL on an embedded oxigraph store, Cypher on Neo4j, the ready-made queries."""
