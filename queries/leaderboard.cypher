// Claimed results on a given dataset or benchmark: model, metric, value and reporting paper, by metric, then best value first.
// param: dataset (ImageNet) the dataset's or benchmark's name or alias, matched case-insensitively
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:RESULT_DATASET]->(t)
WHERE toLower(t.name) = toLower($dataset) OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) = toLower($dataset))
OPTIONAL MATCH (r)-[:RESULT_MODEL]->(m)
OPTIONAL MATCH (r)-[:RESULT_METRIC]->(k)
RETURN $dataset AS dataset, m.name AS model, k.name AS metric, r.value AS value,
       r.numeric_value AS numeric, p.uri AS paper
ORDER BY metric, numeric DESC, model, value, paper
