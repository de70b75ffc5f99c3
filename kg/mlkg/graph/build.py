"""Extractions -> KnowledgeGraph: papers, authors, resolved entities, results and provenance-carrying edges."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from mlkg.extract.conditions import split_setting
from mlkg.extract.metrics import canonical_metric, lower_is_better
from mlkg.extract.quantities import parse_quantity
from mlkg.identity import name_key, node_id, slug
from mlkg.model import ROLE_STRENGTH, Entity, Evidence, Extraction, Paper, Result
from mlkg.resolve import Resolution, Target, resolve

from .store import Edge, KnowledgeGraph, Node, Support

RESOLVER = "mlkg_resolve"


def paper_node_id(paper: Paper) -> str:
    return node_id("Paper", paper.id)


def _paper_node(paper: Paper) -> Node:
    url = paper.hf_url or (f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else None)
    props = {
        "title": paper.title,
        "abstract": paper.abstract,
        "arxiv_id": paper.arxiv_id,
        "published": paper.published.isoformat() if paper.published else None,
        "upvotes": paper.upvotes,
        "author_count": paper.author_count,
        "url": url,
        "same_as": f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else None,
        "see_also": paper.hf_url,
        "source_file": paper.source,
        "source_record": paper.record,
    }
    return Node(paper_node_id(paper), "Paper", paper.title,
                {k: v for k, v in props.items() if v not in (None, "")})


def repository_url(node: str, name: str) -> str | None:
    """The web address of a repository node: GitHub, or a Hugging Face model, dataset, Space or collection."""
    scheme = node.split("/", 2)[1] if node.count("/") >= 2 else ""
    path = name.removeprefix("hf:")
    if "/" not in path or not path.isascii() or any(c in path for c in ' <>"{}|\\^`'):
        return None
    base = _REPOSITORY_BASES.get(scheme)
    return base + path if base else None


_REPOSITORY_BASES = {"github": "https://github.com/", "hf": "https://huggingface.co/",
                     "hf-dataset": "https://huggingface.co/datasets/", "hf-space": "https://huggingface.co/spaces/",
                     "hf-collection": "https://huggingface.co/collections/"}


def _target_node(target: Target, resolution: Resolution) -> Node:
    aliases = resolution.aliases.get(target.node_id, ())
    props: dict[str, object] = {"aliases": aliases} if aliases else {}
    if target.type == "Repository" and (url := repository_url(target.node_id, target.name)):
        props["same_as"] = url
    return Node(target.node_id, target.type, target.name, props)


def _hub_pages(graph: KnowledgeGraph, targets: Sequence[Target]) -> None:
    """A model or dataset whose repository the paper names gets the repository's page as
    ``rdfs:seeAlso`` (``huggingface.co/org/Foo-7B`` for the paper's Foo-7B)."""
    pages: dict[str, str] = {}
    for target in targets:
        if target.type == "Repository" and (url := repository_url(target.node_id, target.name)):
            pages.setdefault(name_key(target.name.rsplit("/", 1)[-1]), url)
    for target in targets:
        if target.type in _HUB_TYPES and (url := pages.get(name_key(target.name))):
            graph.add_node(Node(target.node_id, target.type, target.name, {"see_also": (url,)}))


_HUB_TYPES = frozenset({"Model", "Dataset", "Benchmark"})


def _provenance(paper_node: str, extractor: str, confidence: float, evidence_text: str,
                start: int | None, end: int | None) -> dict[str, object]:
    props: dict[str, object] = {"paper": paper_node, "extractor": extractor,
                                "confidence": round(confidence, 4), "evidence": evidence_text}
    if start is not None:
        props["start"], props["end"] = start, end
    return props


def _support(extractor: str, confidence: float, evidence: Sequence[Evidence]) -> tuple[Support, ...]:
    """Every sentence one extractor read an edge from (a reading without one keeps its extractor)."""
    if not evidence:
        return (Support(extractor, round(confidence, 4), ""),)
    return tuple(Support(extractor, round(confidence, 4), ev.text, ev.start, ev.end) for ev in evidence)


def metric_label(result: Result) -> str:
    """The Metric node's label for a result: the metric's canonical name (mlkg.extract.metrics), in the
    singular, without the setting the result carries as its own ("zero-shot top-1 accuracies" of a
    zero-shot result is "top-1 accuracy"). A setting the result does not carry stays in the name."""
    setting, rest = split_setting(result.metric)
    return canonical_metric(rest if setting and setting == result.setting else result.metric)


def metric_key(label: str) -> str:
    """Metric names that differ in case, spacing or plural are one metric (top-1 accuracies = Top-1 accuracy)."""
    return canonical_metric(label).casefold()


def _strongest(extraction: Extraction, resolution: Resolution) -> dict[str, tuple[Entity, Target]]:
    """One edge per paper and node: after resolution two mentions may meet on one node."""
    best: dict[str, tuple[Entity, Target]] = {}
    for index, entity in enumerate(extraction.entities):
        target = resolution.target(extraction.paper.id, index)
        old = best.get(target.node_id)
        if old is None or (ROLE_STRENGTH[entity.role], entity.confidence) > (
                ROLE_STRENGTH[old[0].role], old[0].confidence):
            best[target.node_id] = (entity, target)
    return best


def _add_paper(graph: KnowledgeGraph, extraction: Extraction, resolution: Resolution,
               metric_names: dict[str, str]) -> None:
    paper = extraction.paper
    pid = paper_node_id(paper)
    graph.add_node(_paper_node(paper))
    for old in paper.replaces:
        graph.replaced[node_id("Paper", old)] = pid
    for name in paper.authors:
        person = graph.add_node(Node(node_id("Person", slug(name)), "Person", name))
        graph.add_edge(Edge(pid, "authoredBy", person.id))
    readings: dict[str, list[Support]] = {}
    for index, entity in enumerate(extraction.entities):  # every mention of a node keeps its sentences
        node = resolution.target(paper.id, index).node_id
        readings.setdefault(node, []).extend(_support(entity.extractor, entity.confidence, entity.evidence))
    strongest = _strongest(extraction, resolution)
    for entity, target in strongest.values():
        graph.add_node(_target_node(target, resolution))
        evidence = entity.evidence[0] if entity.evidence else None
        props = _provenance(pid, entity.extractor, entity.confidence, evidence.text if evidence else "",
                            evidence.start if evidence else None, evidence.end if evidence else None)
        support = tuple(dict.fromkeys(readings[target.node_id]))
        graph.add_edge(Edge(pid, entity.role.value, target.node_id, props, support))
    _hub_pages(graph, [target for _, target in strongest.values()])
    for index, result in enumerate(extraction.results):
        if (paper.id, index) not in resolution.results:
            continue  # no model or no dataset named (see Resolver.add)
        model, dataset = resolution.results[(paper.id, index)]
        _add_result(graph, pid, paper.id, result, model, dataset, metric_names, resolution)


def _result_props(result: Result) -> dict[str, object]:
    """A Result node's properties: the value as written, its number and unit ("percent" for a
    percentage; a difference in points or a plain number has none), setting and task when known."""
    props: dict[str, object] = {"value": result.value}
    quantity = parse_quantity(result.value)
    if quantity is not None:
        props["numeric_value"] = quantity.number
        if quantity.unit == "percent":
            props["unit"] = "percent"
    if result.setting:
        props["setting"] = result.setting
    if result.task:
        props["task"] = result.task
    return props


def _add_result(graph: KnowledgeGraph, pid: str, paper_id: str, result: Result, model: Target,
                dataset: Target, metric_names: dict[str, str], resolution: Resolution) -> None:
    key = metric_key(metric_label(result))
    name = metric_names[key]
    metric = graph.add_node(Node(node_id("Metric", slug(key)), "Metric", name,
                                 {"lower_is_better": lower_is_better(name)}))
    setting = f"\x1f{result.setting}" if result.setting else ""  # "x zero-shot" and "x fine-tuned" are two results
    digest = hashlib.sha1(f"{model.node_id}\x1f{dataset.node_id}\x1f{key}\x1f{result.value}{setting}"
                          .encode()).hexdigest()[:12]
    props = _result_props(result)
    where = f" ({result.setting})" if result.setting else ""
    node = graph.add_node(Node(node_id("Result", f"{paper_id}/{digest}"), "Result",
                               f"{model.name} on {dataset.name}: {metric.label} {result.value}{where}", props))
    graph.add_node(_target_node(model, resolution))
    graph.add_node(_target_node(dataset, resolution))
    ev = result.evidence
    graph.add_edge(Edge(pid, "reportsResult", node.id,
                        _provenance(pid, result.extractor, result.confidence, ev.text, ev.start, ev.end),
                        _support(result.extractor, result.confidence, (ev,))))
    graph.add_edge(Edge(node.id, "resultModel", model.node_id))
    graph.add_edge(Edge(node.id, "resultDataset", dataset.node_id))
    graph.add_edge(Edge(node.id, "resultMetric", metric.id))


def _metric_names(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Each metric's label: its canonical name, in the case papers write most (ties: alphabetical)."""
    forms: dict[str, Counter[str]] = {}
    for extraction in extractions:
        for result in extraction.results:
            if not result.ranked:
                continue  # not in the graph (see Resolver.add): its metric's spelling does not count
            label = metric_label(result)
            forms.setdefault(metric_key(label), Counter())[label] += 1
    return {key: min(c, key=lambda f: (-c[f], f)) for key, c in forms.items()}


def build_graph(extractions: Sequence[Extraction], resolution: Resolution | None = None) -> KnowledgeGraph:
    """The graph of ``extractions``, all resolved together (a definition in one paper counts in all)."""
    resolution = resolution if resolution is not None else resolve(extractions)
    graph = KnowledgeGraph()
    metric_names = _metric_names(extractions)
    for extraction in extractions:
        _add_paper(graph, extraction, resolution, metric_names)
    for variant in resolution.variants:
        graph.add_edge(Edge(variant.variant, "variantOf", variant.family,
                            {"extractor": RESOLVER, "confidence": 1.0, "evidence": variant.evidence},
                            (Support(RESOLVER, 1.0, variant.evidence),)))
    return graph
