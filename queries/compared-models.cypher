// Models compared against a given model: the models that papers introducing, using or comparing with it also compare with, by number of such papers.
// param: model (CLIP) the model's name or alias, matched case-insensitively
MATCH (given:Model)
WHERE toLower(given.name) = toLower($model) OR any(a IN coalesce(given.aliases, []) WHERE toLower(a) = toLower($model))
MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given)
MATCH (p)-[:COMPARES_WITH]->(other:Model)
WHERE NOT (toLower(other.name) = toLower($model)
           OR any(a IN coalesce(other.aliases, []) WHERE toLower(a) = toLower($model)))
RETURN $model AS model, other.uri AS other, other.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, name, other
