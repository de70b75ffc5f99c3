"""The corpora: arXiv and Hugging Face papers, and the curated SciERC / SciREX / NLP-TDMS names."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .definitions import singular
from .lists import _name_ok


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------
@dataclass
class Doc:
    text: str
    sources: set
    keywords: tuple = ()
    org: tuple | None = None  # (display name, slug)


def load_corpus(data: Path) -> list[Doc]:
    """arXiv + Hugging Face papers, merged by paper id (title + abstract via Paper.text)."""
    from mlkg.loaders import load_all

    docs: dict[str, Doc] = {}
    inputs = (("arxiv", data / "arxiv" / "arxiv_daily_abstracts.jsonl.gz"),
              ("hf", data / "hf_daily_api"))
    for source, path in inputs:
        if not path.exists():
            print(f"warning: {path} not found, skipped", file=sys.stderr)
            continue
        for paper in load_all([str(path)]).papers:
            doc = docs.get(paper.id)
            if doc is None:
                doc = docs[paper.id] = Doc(paper.text, set())
            elif len(paper.text) > len(doc.text):
                doc.text = paper.text
            doc.sources.add(source)
            if paper.keywords:
                doc.keywords = tuple(paper.keywords)
            if paper.organization is not None and paper.organization.name:
                doc.org = (paper.organization.name, paper.organization.slug)
    return [docs[k] for k in sorted(docs)]


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s*([/.])\s*(?=\w)", r"\1", s)
    s = re.sub(r"\(\s*", "(", s)
    return re.sub(r"\s*\)", ")", s).strip()


def _curated_name(raw: str) -> str | None:
    """Clean a curated surface and keep it only when it is name-shaped."""
    s = re.sub(r"\([^()]*\)", " ", raw)
    s = re.sub(r"(?<=\d)_(?=\d)", ".", s)
    s = re.sub(r"_+", " ", s)
    s = " ".join(s.split()).strip(" -,:;")
    if not s or len(s) > 40:
        return None
    toks = s.split()
    got = _name_ok(toks, False, False)
    if got is None:
        return None
    return singular(got[0])


def load_curated(data: Path) -> dict[str, Counter]:
    """Typed votes from SciERC, SciREX and NLP-TDMS: surface -> Counter of 'src:kind'.

    SciERC's test split is left out: it is a locked evaluation split (docs/quality.md), and the
    lexicon's types would otherwise carry its labels into the scores measured on it."""
    votes: dict[str, Counter] = defaultdict(Counter)
    scierc = data / "scierc"
    for split in ("train", "dev"):
        path = scierc / f"{split}.json"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            words = [w for sent in doc["sentences"] for w in sent]
            seen = set()
            for sent_spans in doc.get("ner", []):
                for start, end, label in sent_spans:
                    kind = {"Method": "model", "Material": "dataset"}.get(label)
                    name = _curated_name(_detok(words[start:end + 1])) if kind else None
                    if name and (name, kind) not in seen:
                        seen.add((name, kind))
                        votes[name][f"scierc:{kind}"] += 1
    scirex = data / "scirex" / "train.jsonl.gz"
    if scirex.exists():
        with gzip.open(scirex, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                words = doc["words"]
                seen = set()
                for rel in doc.get("n_ary_relations", []):
                    for label, kind in (("Material", "dataset"), ("Method", "model")):
                        name = _curated_name(rel.get(label) or "")
                        if name and (name, "nary" + kind) not in seen:
                            seen.add((name, "nary" + kind))
                            votes[name][f"scirex_nary:{kind}"] += 1
                for start, end, label in doc.get("ner", []):
                    kind = {"Method": "model", "Material": "dataset"}.get(label)
                    name = _curated_name(_detok(words[start:end])) if kind else None
                    if name and (name, kind) not in seen:
                        seen.add((name, kind))
                        votes[name][f"scirex:{kind}"] += 1
    tdms = data / "nlp_tdms"
    for fname, kind in (("datasetKB.tsv", "dataset"), ("evaMatrixKB.tsv", "metric")):
        path = tdms / fname
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                name = _curated_name(cols[1])
                if name:
                    votes[name][f"nlp_tdms:{kind}"] += 1
    return votes


