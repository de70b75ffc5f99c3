// Datasets and benchmarks by the number of distinct papers that introduce, use, compare with or mention them, most used first.
MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH|MENTIONS]->(d:Dataset|Benchmark)
RETURN d.uri AS entity, d.name AS name, head([l IN labels(d) WHERE l IN ['Dataset', 'Benchmark']]) AS type,
       count(DISTINCT p) AS papers
ORDER BY papers DESC, name, entity
