"""Check a built graph against the SHACL shapes in ``ontology/shapes.ttl``.

The shapes state what SPARQL queries, the Neo4j loader and users may rely on (one
title per paper, an extractor and a confidence in [0, 1] on every provenance
statement, ...); validating catches a builder regression or a hand-edited file
before they do. Files are parsed with pyoxigraph, whose syntax errors carry line
and column, then handed to pyshacl as an rdflib Graph.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pyshacl
import rdflib
from pyshacl.errors import ReportableRuntimeError
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import BNode, Literal, Node, URIRef

from mlkg import ontology
from mlkg.errors import Errors, MlkgError
from mlkg.stores.oxigraph import GRAPH_FILES


class ValidationError(MlkgError):
    """The graph or shapes could not be read: missing, unreadable, or not valid RDF."""

    exit_code = 2  # `mlkg validate`: 0 conforms, 1 violations, 2 unreadable input


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result. IRIs are full; ``path`` is a SPARQL property path; literals are N-Triples."""

    focus: str
    path: str | None
    message: str
    severity: str
    shape: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """The outcome: ``conforms`` is SHACL's (no result of any severity); violations sorted by focus."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int = 0

    def text(self, limit: int | None = 50) -> str:
        """A plain-text report, one violation a line, IRIs shortened by the mlkg prefixes."""
        if self.conforms:
            return f"conforms ({self.triples} triples)"
        lines = [f"does not conform: {len(self.violations)} violation(s) in {self.triples} triples"]
        shown = self.violations if limit is None else self.violations[:limit]
        for v in shown:
            value = f" [{compact(v.value)}]" if v.value is not None else ""
            lines.append(f"{compact(v.focus)}  {compact(v.path or '')}{value}: {v.message}")
        if len(shown) < len(self.violations):
            lines.append(f"... {len(self.violations) - len(shown)} more")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "triples": self.triples,
                "violations": [asdict(v) for v in self.violations]}


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    """Prefix -> namespace for shortening, longest namespace first so that entity/ beats id/."""
    from mlkg.graph.rdf import PREFIXES

    table = {**PREFIXES, "extractor": ontology.RESOURCE_BASE + "extractor/",
             "mlkgsh": "https://w3id.org/mlkg/shapes#", "sh": str(SH)}
    return tuple(sorted(table.items(), key=lambda item: -len(item[1])))


_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:/~+\-]*$")  # for display; may hold / and :
_BRACKETED = re.compile(r"<([^<>\s]+)>")


def _short_iri(iri: str) -> str | None:
    for prefix, namespace in _prefixes():
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            if _LOCAL.match(local) and not local.endswith("."):
                return f"{prefix}:{local}"
    return None


def compact(text: str) -> str:
    """Shorten a full IRI, or the <IRI>s inside a path or literal, with the mlkg prefixes."""
    if not text.startswith(("<", '"', "^", "_:", "(")):
        return _short_iri(text) or text
    return _BRACKETED.sub(lambda m: _short_iri(m.group(1)) or m.group(0), text)


def _read_rdf(path: Path, what: str) -> rdflib.Graph:
    """Parse an RDF file by extension; every failure becomes a one-line ValidationError."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        raise ValidationError(Errors.E250.format(path=path, what=what))
    if not path.is_file():
        raise ValidationError(Errors.E251.format(path=path, what=what))
    try:
        data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object)
                             for q in ox.parse(path=str(path), format=fmt)),
                            format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise ValidationError(Errors.E252.format(path=path, format=fmt.name, detail=message)) from None
    except OSError as exc:
        raise ValidationError(Errors.E253.format(path=path, what=what, detail=exc.strerror or exc)) from None
    graph = rdflib.Graph()
    graph.parse(data=data or b"", format="nt")
    return graph


def load_graph(source: str | Path) -> rdflib.Graph:
    """The graph in an RDF file, or in the graph.nt/graph.ttl/graph.jsonld of a build directory."""
    path = Path(source)
    if path.is_dir():
        found = next((path / name for name in GRAPH_FILES if (path / name).is_file()), None)
        if found is None:
            raise ValidationError(Errors.E254.format(path=path, files=", ".join(GRAPH_FILES)))
        path = found
    return _read_rdf(path, "graph")


def load_shapes(shapes: str | Path | None = None) -> rdflib.Graph:
    """The shipped shapes (``ontology/shapes.ttl``) or a user's shapes file."""
    return _read_rdf(Path(shapes) if shapes is not None else ontology.path("shapes.ttl"), "shapes")


def _term(node: Node) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        return node.n3()
    return str(node)


def _path_text(graph: rdflib.Graph, node: Node) -> str:
    """A SHACL property path as SPARQL property-path syntax (full IRIs in <> when not simple)."""
    if isinstance(node, URIRef):
        return str(node)

    def part(n: Node) -> str:
        text = _path_text(graph, n)
        return text if text.startswith(("^", "(", "_:")) else f"<{text}>"

    for predicate, fmt in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"),
                           (SH.oneOrMorePath, "{}+"), (SH.zeroOrOnePath, "{}?")):
        inner = graph.value(node, predicate)
        if inner is not None:
            return fmt.format(part(inner))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(part(n) for n in Collection(graph, alternatives)) + ")"
    if graph.value(node, RDF.first) is not None:
        return "(" + "/".join(part(n) for n in Collection(graph, node)) + ")"
    return _term(node)


def _violations(report: rdflib.Graph) -> tuple[Violation, ...]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, result) in report:
            continue  # why an sh:node/sh:or value failed: its parent result already says so
        path, value = report.value(result, SH.resultPath), report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        found.append(Violation(
            focus=_term(report.value(result, SH.focusNode)),
            path=_path_text(report, path) if path is not None else None,
            message=str(report.value(result, SH.resultMessage) or "constraint not met"),
            severity=str(severity).removeprefix(str(SH)) if severity is not None else "Violation",
            shape=_term(report.value(result, SH.sourceShape)),
            value=_term(value) if value is not None else None,
        ))
    return tuple(sorted(found, key=lambda v: (v.focus, v.path or "", v.shape, v.message, v.value or "")))


def validate(source: str | Path | rdflib.Graph,
             shapes: str | Path | rdflib.Graph | None = None) -> ValidationResult:
    """Validate a graph (file, build directory or rdflib Graph) against SHACL shapes.

    No inference is run: the shapes name exact classes, which keeps a few thousand
    triples under a second or two. ``advanced`` is on for the shapes' SPARQL targets.
    """
    graph = source if isinstance(source, rdflib.Graph) else load_graph(source)
    shapes_graph = shapes if isinstance(shapes, rdflib.Graph) else load_shapes(shapes)
    # pyshacl logs errors to its own stderr handler on every call; the exception says it all.
    pyshacl_log = logging.getLogger("pyshacl-validate")
    was_disabled, pyshacl_log.disabled = pyshacl_log.disabled, True
    try:
        conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, inference="none",
                                               advanced=True, allow_warnings=False)
    except ReportableRuntimeError as exc:  # malformed shapes: a bad path, a misplaced constraint
        where = shapes if shapes is not None and not isinstance(shapes, rdflib.Graph) else "shapes"
        message = " ".join(str(exc).split("For reference, see")[0].split())
        raise ValidationError(Errors.E255.format(where=where, detail=message)) from None
    finally:
        pyshacl_log.disabled = was_disabled
    if not isinstance(report, rdflib.Graph):  # pyshacl returns, not raises, some shape errors
        where = shapes if shapes is not None and not isinstance(shapes, rdflib.Graph) else "shapes"
        raise ValidationError(Errors.E255.format(where=where, detail=" ".join(str(report).split())))
    return ValidationResult(conforms=bool(conforms), violations=_violations(report), triples=len(graph))
