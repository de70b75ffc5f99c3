// Pairs of entities (models, datasets, benchmarks) that the same papers introduce, use, compare with or mention, with the number of shared papers (at least 2), most shared first.
MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH|MENTIONS]->(a:Entity),
      (p)-[:INTRODUCES|USES|COMPARES_WITH|MENTIONS]->(b:Entity)
WHERE a.uri < b.uri
WITH a, b, count(DISTINCT p) AS papers
WHERE papers >= 2
RETURN a.uri AS a, a.name AS a_name, b.uri AS b, b.name AS b_name, papers
ORDER BY papers DESC, a_name, b_name, a, b
