// Per organization (papers affiliatedWith it): the number of papers and how many of them link a code repository (hasCode).
MATCH (p:Paper)-[:AFFILIATED_WITH]->(o)
OPTIONAL MATCH (p)-[:HAS_CODE]->(r)
WITH o, p, count(r) > 0 AS coded
RETURN o.uri AS org, o.name AS name, count(DISTINCT p) AS papers,
       count(DISTINCT CASE WHEN coded THEN p END) AS with_code
ORDER BY papers DESC, with_code DESC, name, org
