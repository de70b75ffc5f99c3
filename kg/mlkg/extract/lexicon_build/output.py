"""Final counts, conflicts between types, the records and the file."""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from mlkg.errors import Errors, MlkgError
from mlkg.extract.shapes import unbalanced
from mlkg.identity import norm_key

from .corrections import apply_corrections
from .known import apply_known
from .decide import decide
from .groups import Group, make_id, slug_key
from .inputs import Doc, load_corpus, load_curated
from .organizations import organizations
from .stats import collect_parallel
from .thresholds import THRESHOLDS, Thresholds
from .tokens import TOKEN_RE
from .vocab import COUNT_KEYS, SOURCES, TYPES


# --------------------------------------------------------------------------------------
# Final counts, conflicts, output
# --------------------------------------------------------------------------------------
class LexiconBuildError(MlkgError, ValueError):
    """The lexicon cannot be built from the given data folder."""


def count_papers(docs: list[Doc], records: list[Group]) -> None:
    """counts.papers = distinct papers containing the name or a surface variant (whole tokens,
    case-sensitive); also fills the arxiv/hf sources."""
    single: dict[str, list[int]] = defaultdict(list)
    first: dict[str, list[tuple[tuple, int]]] = defaultdict(list)
    for idx, g in enumerate(records):
        forms = {g.name} | {a for a in g.aliases if slug_key(a) == g.key}
        if g.type == "Organization":
            forms |= {a for a in g.aliases if " " in a or a[:1].isupper()}
        if g.type == "Generic":
            forms |= {a for a in g.aliases if a == g.name + "s"}
        for f in forms:
            toks = tuple(TOKEN_RE.findall(f))
            if len(toks) == 1 and toks[0] == f:
                single[f].append(idx)
            elif len(toks) > 1 and " ".join(toks) == f:
                first[toks[0]].append((toks, idx))
    papers = [0] * len(records)
    srcs: list[set] = [set() for _ in records]
    for doc in docs:
        toks = TOKEN_RE.findall(doc.text)
        hit: set[int] = set()
        for t in set(toks):
            hit.update(single.get(t, ()))
        if first:
            for i, t in enumerate(toks):
                for cand, idx in first.get(t, ()):
                    if idx in hit or tuple(toks[i:i + len(cand)]) != cand:
                        continue
                    if " ".join(cand) in doc.text:
                        hit.add(idx)
        for idx in hit:
            papers[idx] += 1
            srcs[idx].update(doc.sources)
    for idx, g in enumerate(records):
        g.counts["papers"] = papers[idx]
        g.counts.setdefault("_sources", set()).update(srcs[idx])


def sources_of(g: Group) -> list[str]:
    out = set(g.counts.get("_sources", ()))
    if g.keyword_papers:
        out.add("hf_keywords")
    for k in g.curated:
        src = k.split(":")[0]
        out.add({"scirex_nary": "scirex", "slug": "hf_org"}.get(src, src))
    if g.ctx.get("hf_org"):
        out.add("hf_org")
    return sorted(s for s in out if s in SOURCES)


STRONG_GENERIC_GATES = {"generic_lowercase", "generic_plural", "generic_modifier"}


def resolve_conflicts(named: list[Group], orgs: list[Group], log) -> list[Group]:
    """Unique names; an alias is kept only on the strongest record that carries it."""
    by_key = {g.key: g for g in named}
    kept_orgs = []
    dropped = Counter()
    for o in orgs:
        other = by_key.get(o.key)
        if other is None:
            kept_orgs.append(o)
            continue
        typed = sum(other.counts.get(k, 0) for k in ("dataset_ctx", "benchmark_ctx", "model_ctx",
                                                     "eval_ctx", "introduced"))
        strong_generic = other.type == "Generic" and other.gate in STRONG_GENERIC_GATES
        papers = other.counts.get("papers", 0)
        if strong_generic or other.type != "Generic" and typed >= max(5, 0.1 * papers):
            dropped["org_name_taken"] += 1
        else:
            del by_key[o.key]
            dropped["named_replaced_by_org"] += 1
            kept_orgs.append(o)
    records = sorted(list(by_key.values()) + kept_orgs,
                     key=lambda g: (-g.counts.get("papers", 0), g.type, g.name))
    dropped["family_reference"] = sum(1 for g in records if _family_reference(g.name))
    records = [g for g in records if not _family_reference(g.name)]
    names = {slug_key(g.name): g for g in records}
    owner: dict[str, Group] = {}
    for g in records:
        clean = []
        for a in g.aliases:
            k = a.casefold()
            if not a.strip() or slug_key(a) in names and names[slug_key(a)] is not g:
                dropped["alias_is_other_name"] += 1
                continue
            if _family_reference(a):
                dropped["alias_family_reference"] += 1  # "Llama-family" refers to Llama's models; it names none
                continue
            if unbalanced(a):
                dropped["alias_with_stray_bracket"] += 1  # "LSTM)", cut from "(... Memory (LSTM)"
                continue
            if k in owner and owner[k] is not g:
                dropped["alias_on_two_records"] += 1
                continue
            owner[k] = g
            clean.append(a)
        g.aliases = clean
    log("  conflicts: " + ", ".join(f"{k}={v}" for k, v in sorted(dropped.items())))
    return records


_FAMILY_REFERENCE = re.compile(r"[-\s](?:family|families|series|style|like|based)$", re.IGNORECASE)


def _family_reference(name: str) -> bool:
    """"YOLO-series", "Llama-family", "GPT-style": a reference to a family of names, which names nothing
    itself (the shape finder cuts the tail off and finds the family's name)."""
    return bool(_FAMILY_REFERENCE.search(name))


def to_record(g: Group) -> dict:
    counts = {k: int(g.counts.get(k, 0)) for k in COUNT_KEYS}
    return {"id": make_id(g.type, g.name), "name": g.name, "aliases": list(g.aliases),
            "type": g.type, "source": sources_of(g), "counts": counts}


def build(data: Path, log=print, jobs: int = 2, th: Thresholds = THRESHOLDS) -> list[dict]:
    """The lexicon's records from the corpora in ``data``, sorted by id (see docs/lexicon.md)."""
    t0 = time.time()
    docs = load_corpus(data)
    if not docs:
        raise LexiconBuildError(Errors.E201.format(path=data))
    log(f"papers: {len(docs)} ({sum('arxiv' in d.sources for d in docs)} arXiv, "
        f"{sum('hf' in d.sources for d in docs)} HF) [{time.time() - t0:.0f} s]")
    st = collect_parallel(docs, jobs)
    log(f"pass 1: {len(st.df)} tokens, {len(st.ctx)} context surfaces, {len(st.acr)} acronyms "
        f"[{time.time() - t0:.0f} s]")
    curated = load_curated(data)
    log(f"curated surfaces: {len(curated)}")
    named = decide(st, curated, docs, log, jobs, th)
    orgs = organizations(st, log, {g.name for g in named if g.type == "Generic"}, th)
    records = resolve_conflicts(named, orgs, log)
    count_papers(docs, records)
    records = [g for g in records
               if g.counts["papers"] > 0 or g.curated or g.type == "Organization"]
    out = [to_record(g) for g in records]
    ids = Counter(r["id"] for r in out)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        log(f"  duplicate ids merged away: {len(dup)}")
        seen = set()
        out = [r for r in sorted(out, key=lambda r: -r["counts"]["papers"])
               if not (r["id"] in seen or seen.add(r["id"]))]
    out = apply_known(out)  # well-known public datasets and benchmarks the corpus may miss (known.toml)
    out = _without_slashed_pairs(out, log)
    out = apply_corrections(out)  # the guidelines' decisions the statistics get wrong (corrections.toml)
    log(f"records: {len(out)} [{time.time() - t0:.0f} s]")
    return out


_SIZE_PART = re.compile(r"\d+(?:\.\d+)?[KMBT]")


def _without_slashed_pairs(records: list[dict], log=print) -> list[dict]:
    """Drop a slash-joined name whose every part is another record's name or a model size ("BERT/RoBERTa",
    "4B/8B"): several things written together, which the extractor finds one by one; "ViT-B/16" and
    "CIFAR-10/100" have a part that names nothing alone and stay."""
    names = {norm_key(f) for r in records for f in (r["name"], *r["aliases"])}

    def pair(r: dict) -> bool:
        parts = r["name"].split("/")
        return r["type"] not in ("Organization", "Generic") and len(parts) >= 2 and all(
            _SIZE_PART.fullmatch(p) or (p and norm_key(p) in names and norm_key(p) != norm_key(r["name"]))
            for p in parts)

    kept = [r for r in records if not pair(r)]
    log(f"  slash-joined pairs dropped: {len(records) - len(kept)}")
    return kept


def write(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(records: list[dict], log=print) -> None:
    by_type = Counter(r["type"] for r in records)
    by_source = Counter(s for r in records for s in r["source"])
    log("per type: " + ", ".join(f"{t}={by_type[t]}" for t in TYPES))
    log("per source: " + ", ".join(f"{s}={by_source[s]}" for s in SOURCES))

