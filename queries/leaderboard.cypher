// Claimed results on a given dataset or benchmark: model, metric, setting, value and reporting paper, by metric and setting, then best value first (smallest first for a lower-is-better metric such as FID, error rate or perplexity).
// param: dataset (ImageNet) the dataset's or benchmark's name or alias, matched case-insensitively
// The dataset's nodes come from the full-text index of names and aliases, asked for the name as a phrase
// (its backslashes and quotes escaped), and are kept if their name or an alias is the given one.
CALL db.index.fulltext.queryNodes('mlkg_names', '"' + replace(replace($dataset, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS t
WHERE toLower(t.name) = toLower($dataset) OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) = toLower($dataset))
MATCH (p:Paper)-[:REPORTS_RESULT]->(r:Result)-[:RESULT_DATASET]->(t)
OPTIONAL MATCH (r)-[:RESULT_MODEL]->(m)
OPTIONAL MATCH (r)-[:RESULT_METRIC]->(k)
WITH p, r, m, k, CASE WHEN coalesce(k.lower_is_better, false) THEN r.numeric_value ELSE -r.numeric_value END AS rank
RETURN $dataset AS dataset, m.name AS model, k.name AS metric, r.setting AS setting, r.value AS value,
       r.numeric_value AS numeric, p.uri AS paper
ORDER BY metric, coalesce(setting, ''), numeric IS NULL, rank, model, value, paper
