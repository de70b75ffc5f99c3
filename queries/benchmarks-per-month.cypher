// Benchmarks introduced per month (YYYY-MM): each benchmark counts once, in the month of the earliest dated paper that introduces it.
MATCH (p:Paper)-[:INTRODUCES]->(b:Benchmark)
WHERE p.published IS NOT NULL
WITH b, min(p.published) AS first
RETURN substring(toString(first), 0, 7) AS month, count(b) AS benchmarks
ORDER BY month
