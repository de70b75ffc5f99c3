"""A small hand-built graph whose answer to every ready-made query is known by construction.

Papers (P1..P4) and what they do:
  P1 2024-01-15  introduces AlphaNet (alias Alpha), BenchX; uses CIFAR-10; compares CLIP, ResNet;
                 code; OpenAI; results AlphaNet/CIFAR-10 top-1 91.5%, top-5 99.1%, zero-shot top-1
                 70.2%, FID 3.1
  P2 2024-01-20  uses CLIP, CIFAR-10; compares ResNet, ViT; mentions ImageNet; introduces BenchY;
                 OpenAI (no code); results CLIP/CIFAR-10 top-1 88.0%, zero-shot top-1 62.0%, FID 12.4
  P3 2024-02-03  introduces BenchX (again, later), BenchW; compares CLIP, ResNet; uses ImageNet;
                 code; Meta; results ResNet/ImageNet top-1 76.1%, ViT/CIFAR-10 top-1 "SOTA" (no number),
                 ResNet/CIFAR-10 FID 7.5, ViT/CIFAR-10 FID "n/a" (no number)
  P4 (no date)   introduces BenchZ; uses CIFAR-10; mentions CLIP
SVHN appears only as a result's dataset (no paper names it); ViT-L/14 is a variant of ViT.
P1's title holds quotes, markup and a newline, to test escaping.
"""

from __future__ import annotations

from mlkg.graph.store import Edge, KnowledgeGraph, Node

P1, P2, P3, P4 = "paper/2401.00001", "paper/2401.00002", "paper/2402.00003", "paper/2403.00004"
TRICKY_TITLE = 'AlphaNet: "quoted", <script>alert(1)</script> & [red]markup[/red]\nsecond line, with comma'

_ENTITIES = [
    Node("entity/alphanet", "Model", "AlphaNet", {"aliases": ("Alpha",)}),
    Node("entity/clip", "Model", "CLIP"),
    Node("entity/resnet", "Model", "ResNet"),
    Node("entity/vit", "Model", "ViT"),
    Node("entity/vit-l-14", "Model", "ViT-L/14"),
    Node("entity/cifar-10", "Dataset", "CIFAR-10", {"aliases": ("CIFAR10",)}),
    Node("entity/imagenet", "Dataset", "ImageNet"),
    Node("entity/svhn", "Dataset", "SVHN"),
    Node("entity/bench-x", "Benchmark", "BenchX"),
    Node("entity/bench-y", "Benchmark", "BenchY"),
    Node("entity/bench-w", "Benchmark", "BenchW"),
    Node("entity/bench-z", "Benchmark", "BenchZ"),
    Node("org/openai", "Organization", "OpenAI"),
    Node("org/meta", "Organization", "Meta"),
    Node("repo/github/a/alpha", "Repository", "a/alpha"),
    Node("repo/github/c/gamma", "Repository", "c/gamma"),
    Node("metric/top-1-accuracy", "Metric", "top-1 accuracy", {"lower_is_better": False}),
    Node("metric/top-5-accuracy", "Metric", "top-5 accuracy", {"lower_is_better": False}),
    Node("metric/fid", "Metric", "FID", {"lower_is_better": True}),
    Node("person/ada", "Person", "Ada"),
]

_PAPERS = {
    P1: (TRICKY_TITLE, "2024-01-15", [
        ("introduces", "entity/alphanet"), ("introduces", "entity/bench-x"), ("uses", "entity/cifar-10"),
        ("compares", "entity/clip"), ("compares", "entity/resnet"), ("code", "repo/github/a/alpha"),
        ("affiliation", "org/openai")]),
    P2: ("Second paper", "2024-01-20", [
        ("uses", "entity/clip"), ("uses", "entity/cifar-10"), ("compares", "entity/resnet"),
        ("compares", "entity/vit"), ("mentions", "entity/imagenet"), ("introduces", "entity/bench-y"),
        ("affiliation", "org/openai")]),
    P3: ("Third paper", "2024-02-03", [
        ("introduces", "entity/bench-x"), ("introduces", "entity/bench-w"), ("compares", "entity/clip"),
        ("compares", "entity/resnet"), ("uses", "entity/imagenet"), ("code", "repo/github/c/gamma"),
        ("affiliation", "org/meta")]),
    P4: ("Fourth paper, undated", None, [
        ("introduces", "entity/bench-z"), ("uses", "entity/cifar-10"), ("mentions", "entity/clip")]),
}

# (paper, local id, model, dataset, metric, value, numeric value, setting)
_RESULTS = [
    (P1, "r1", "entity/alphanet", "entity/cifar-10", "metric/top-1-accuracy", "91.5%", 91.5, None),
    (P1, "r2", "entity/alphanet", "entity/cifar-10", "metric/top-5-accuracy", "99.1%", 99.1, None),
    (P2, "r3", "entity/clip", "entity/cifar-10", "metric/top-1-accuracy", "88.0%", 88.0, None),
    (P3, "r4", "entity/resnet", "entity/imagenet", "metric/top-1-accuracy", "76.1%", 76.1, None),
    (P3, "r5", "entity/vit", "entity/cifar-10", "metric/top-1-accuracy", "SOTA", None, None),
    (P3, "r6", "entity/resnet", "entity/svhn", "metric/top-1-accuracy", "97.0%", 97.0, None),
    (P1, "r7", "entity/alphanet", "entity/cifar-10", "metric/top-1-accuracy", "70.2%", 70.2, "zero-shot"),
    (P2, "r8", "entity/clip", "entity/cifar-10", "metric/top-1-accuracy", "62.0%", 62.0, "zero-shot"),
    # FID: lower is better, so 3.1 leads; the value a larger-first sort would put first (12.4) comes last
    (P2, "r9", "entity/clip", "entity/cifar-10", "metric/fid", "12.4", 12.4, None),
    (P1, "r10", "entity/alphanet", "entity/cifar-10", "metric/fid", "3.1", 3.1, None),
    (P3, "r11", "entity/resnet", "entity/cifar-10", "metric/fid", "7.5", 7.5, None),
    (P3, "r12", "entity/vit", "entity/cifar-10", "metric/fid", "n/a", None, None),
]


def _provenance(paper: str, sentence: str) -> dict[str, object]:
    return {"paper": paper, "extractor": "spacy", "confidence": 0.9, "evidence": sentence,
            "start": 0, "end": len(sentence)}


def toy_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node in _ENTITIES:
        graph.add_node(Node(node.id, node.type, node.label, dict(node.props)))
    for paper, (title, published, edges) in _PAPERS.items():
        props: dict[str, object] = {"title": title, "arxiv_id": paper.split("/")[1], "upvotes": 3}
        if published:
            props["published"] = published
        graph.add_node(Node(paper, "Paper", title, props))
        graph.add_edge(Edge(paper, "authoredBy", "person/ada"))
        for rel, target in edges:
            graph.add_edge(Edge(paper, rel, target, _provenance(paper, f"{paper} {rel} {target}.")))
    for paper, local, model, dataset, metric, value, number, setting in _RESULTS:
        result = f"result/{paper.split('/')[1]}/{local}"
        props: dict[str, object] = {"value": value} if number is None else {"value": value, "numeric_value": number}
        if setting:
            props["setting"] = setting
        graph.add_node(Node(result, "Result", f"{model} on {dataset}: {value}", props))
        graph.add_edge(Edge(paper, "reportsResult", result, _provenance(paper, f"{model} reaches {value}.")))
        graph.add_edge(Edge(result, "resultModel", model))
        graph.add_edge(Edge(result, "resultDataset", dataset))
        graph.add_edge(Edge(result, "resultMetric", metric))
    graph.add_edge(Edge("entity/vit-l-14", "variantOf", "entity/vit"))
    return graph
