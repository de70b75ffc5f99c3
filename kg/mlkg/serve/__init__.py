"""``mlkg serve``: a build on the web, a SPARQL endpoint and an entity-centred explorer."""
