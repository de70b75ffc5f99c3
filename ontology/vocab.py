"""The mlkg vocabulary. GENERATED from ontology/mlkg.ttl by `python -m mlkg.ontology`; do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class MLKG(DefinedNamespace):
    """Terms of the mlkg ontology; an unknown attribute raises AttributeError."""

    _fail = True
    _NS = Namespace("https://w3id.org/mlkg/ontology#")

    Benchmark: URIRef
    CodeRepository: URIRef
    Dataset: URIRef
    Extractor: URIRef
    MLEntity: URIRef
    Metric: URIRef
    Model: URIRef
    Organization: URIRef
    Paper: URIRef
    Person: URIRef
    Result: URIRef
    affiliatedWith: URIRef
    arxivId: URIRef
    authorCount: URIRef
    authoredBy: URIRef
    comparesWith: URIRef
    confidence: URIRef
    evidence: URIRef
    hasCode: URIRef
    introduces: URIRef
    lowerIsBetter: URIRef
    mentions: URIRef
    relatesTo: URIRef
    reportsResult: URIRef
    resultDataset: URIRef
    resultMetric: URIRef
    resultModel: URIRef
    setting: URIRef
    slug: URIRef
    sourceFile: URIRef
    sourceRecord: URIRef
    task: URIRef
    upvotes: URIRef
    uses: URIRef
    value: URIRef
    variantOf: URIRef
