"""A blank English pipeline with the mlkg components and a tiny lexicon written for the tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from mlkg.extract.pipeline import create_nlp

LEXICON = [
    {"id": "model:clip", "name": "CLIP", "aliases": ["Contrastive Language-Image Pre-training"], "type": "Model"},
    {"id": "model:transformer", "name": "Transformer", "aliases": ["Transformers"], "type": "Model"},
    # the main data entries carry corpus evidence like the shipped lexicon's (the decider reads it; an entry
    # without any is a name other papers never evaluated on)
    {"id": "dataset:imagenet", "name": "ImageNet", "aliases": [], "type": "Dataset",
     "counts": {"papers": 10, "dataset_ctx": 6, "eval_ctx": 5}},
    {"id": "dataset:cifar-10", "name": "CIFAR-10", "aliases": ["CIFAR10"], "type": "Dataset",
     "counts": {"papers": 10, "dataset_ctx": 6, "eval_ctx": 5}},
    {"id": "dataset:something-something-v2", "name": "Something-Something v2", "aliases": ["SSv2"],
     "type": "Dataset"},
    {"id": "benchmark:mmlu", "name": "MMLU", "aliases": [], "type": "Benchmark",
     "counts": {"papers": 10, "benchmark_ctx": 7, "eval_ctx": 6, "dataset_ctx": 1}},
    {"id": "model:diffusion-policy", "name": "Diffusion Policy", "aliases": [], "type": "Model"},
    {"id": "model:qpo", "name": "QPO", "aliases": ["Quux Preference Optimization"], "type": "Model"},
    {"id": "generic:llm", "name": "LLM", "aliases": ["LLMs", "large language model"], "type": "Generic"},
    {"id": "generic:vqa", "name": "VQA", "aliases": [], "type": "Generic"},
    {"id": "organization:google", "name": "Google", "aliases": [], "type": "Organization"},
    # an acronym's entry with the word it spells as an alias (RULER, "Ruler"), and an acronym several papers
    # coined, each for its own thing (ERA)
    {"id": "benchmark:zaprx", "name": "ZAPRX", "aliases": ["Zaprx"], "type": "Benchmark",
     "counts": {"papers": 10, "benchmark_ctx": 5, "eval_ctx": 4}},
    {"id": "model:qra", "name": "QRA", "aliases": [], "type": "Model",
     "counts": {"papers": 12, "model_ctx": 6, "introduced": 7, "defined": 7}},
]


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the extractor's start-up cache out of the user's cache directory."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MLKG_CACHE_DIR", str(tmp_path_factory.mktemp("mlkg-cache")))
        yield


@pytest.fixture(scope="session")
def lexicon_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("lexicon") / "lexicon.jsonl"
    path.write_text("".join(json.dumps({"source": ["test"], "counts": {"papers": 10}, **rec}) + "\n"
                            for rec in LEXICON), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def nlp(lexicon_path: str) -> Language:
    return create_nlp(lexicon_path)


def lexicon_with_papers(lexicon_path: str, out_dir: Path, papers: dict[str, int]) -> str:
    """A copy of the tests' lexicon in which the named entries are used by as many papers as given (a name
    the corpus knows well), written to ``out_dir``."""
    records = [json.loads(line) for line in Path(lexicon_path).read_text(encoding="utf-8").splitlines()]
    for rec in records:
        if rec["name"] in papers:
            rec["counts"] = {**rec["counts"], "papers": papers[rec["name"]]}
    path = out_dir / "lexicon.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def entities(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    """name -> (type, role) of the entities the pipeline finds in ``text``."""
    doc = nlp(text)
    return {e.name: (e.type, e.role) for e in doc._.mlkg_entities}


@pytest.fixture
def find(nlp: Language):
    return lambda text: entities(nlp, text)


