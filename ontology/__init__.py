"""The mlkg ontology files, shipped as package data, and the vocabulary generator.

``mlkg.ttl`` is the source of truth; ``mlontology/vocab.py`` is generated from it by
``python -m mlkg.ontology`` so that a misspelt term fails at import time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

NAMESPACE = "https://w3id.org/mlkg/ontology#"
RESOURCE_BASE = "https://w3id.org/mlkg/id/"


def path(name: str = "mlkg.ttl") -> Path:
    """Filesystem path of a shipped ontology file."""
    return Path(str(resources.files(__name__).joinpath(name)))


def vocab_terms() -> list[str]:
    """Local names of every term the ontology declares, sorted."""
    import rdflib

    graph = rdflib.Graph().parse(path("mlkg.ttl"), format="turtle")
    terms = {str(s)[len(NAMESPACE):] for s in graph.subjects() if str(s).startswith(NAMESPACE)}
    return sorted(t for t in terms if t)


def vocab_source() -> str:
    """The text of ``ontology/vocab.py`` for the current ``mlkg.ttl``."""
    lines = [
        '"""The mlkg vocabulary. GENERATED from ontology/mlkg.ttl by `python -m mlkg.ontology`; do not edit."""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class MLKG(DefinedNamespace):",
        '    """Terms of the mlkg ontology; an unknown attribute raises AttributeError."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NAMESPACE}")',
        "",
    ]
    lines += [f"    {term}: URIRef" for term in vocab_terms()]
    return "\n".join(lines) + "\n"
