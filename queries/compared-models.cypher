// Models compared against a given model: the models that papers introducing, using or comparing with it also compare with, by number of such papers.
// param: model (CLIP) the model's name or alias, matched case-insensitively
// The given model's nodes come from the full-text index of names and aliases, asked for the name as a phrase
// (its backslashes and quotes escaped), and are kept if their name or an alias is the given one.
CALL db.index.fulltext.queryNodes('mlkg_names', '"' + replace(replace($model, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS given
WHERE given:Model
  AND (toLower(given.name) = toLower($model) OR any(a IN coalesce(given.aliases, []) WHERE toLower(a) = toLower($model)))
MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given)
MATCH (p)-[:COMPARES_WITH]->(other:Model)
WHERE NOT (toLower(other.name) = toLower($model)
           OR any(a IN coalesce(other.aliases, []) WHERE toLower(a) = toLower($model)))
RETURN $model AS model, other.uri AS other, other.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, name, other
