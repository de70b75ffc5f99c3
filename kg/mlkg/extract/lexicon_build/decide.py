"""Decisions: group surface variants, tell Generic from named things, type them, apply the gates.

:func:`decide` runs these steps in order:

1. :func:`candidate_groups`: every surface seen in a typed context, an introduction, a
   curated list or an acronym definition, grouped by :func:`~.groups.slug_key`;
2. :func:`phrase_statistics`: papers of multi-word surfaces, and how often long forms and
   Title Case names are written in lower case (a second corpus pass);
3. :func:`join_spelling_variants` and :func:`fold_long_forms`: case/hyphen variants join
   their group, Title Case long forms join their acronym ("Vision Transformer" -> ViT);
4. per group, :func:`measure` the evidence, then :func:`generic_reason` (an acronym of a
   generic phrase?) or else :func:`named_type` and :func:`named_gate`; kept groups get
   their :func:`aliases`;
5. :func:`compose_generic`: names made only of Generic acronyms and common words are Generic.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from mlkg.extract.words import alternation, words

from .contexts import shape_votes
from .definitions import classify_long_form, sense_clusters, singular
from .groups import Group, best_surface, slug_key
from .inputs import Doc
from .stats import _WORD_RE, AcronymStats, Stats, phrase_scan_parallel
from .thresholds import THRESHOLDS, Thresholds
from .tokens import _SIZE_SUFFIX, is_acronym, token_shape
from .vocab import FUNC, HEAD_KIND, STOP, WEAK_STOP

Log = Callable[[str], object]
_TYPED = ("dataset", "benchmark", "model", "eval")


def variant_stats(df: Counter) -> dict[str, list[int]]:
    """prefix -> [distinct variant tokens, papers] for X-7B, X-L/14, Xv2, X2.5, X-4o."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for tok, c in df.items():
        prefix = None
        if "-" in tok:
            head, rest = tok.split("-", 1)
            if head and rest and all(_SIZE_SUFFIX.match(p) for p in rest.split("-")):
                prefix = head
        else:
            m = re.match(r"^([A-Za-z]*[A-Za-z])(v?\d+(?:\.\d+)*[a-z]?)$", tok)
            if m:
                prefix = m.group(1)
        if prefix and len(prefix) >= 2:
            out[prefix][0] += 1
            out[prefix][1] += c
    return out


# ------------------------------------------------------------------ 1-3: the groups


def candidate_groups(st: Stats, curated: dict[str, Counter]
                     ) -> tuple[dict[str, Group], dict[str, AcronymStats]]:
    """Groups of every candidate surface, and the acronyms defined with a name-like shape."""
    groups: dict[str, Group] = {}

    def group_for(surface: str) -> Group:
        key = slug_key(surface)
        g = groups.get(key)
        if g is None:
            g = groups[key] = Group(key)
        g.surfaces.setdefault(surface, 0)
        return g

    for surface, c in st.ctx.items():
        if len(surface) > 1:
            group_for(surface).ctx.update(c)
    for surface, c in st.intro.items():
        group_for(surface).intro.update(c)
    for surface, c in curated.items():
        group_for(surface).curated.update(c)
    acr_ok = {a: s for a, s in st.acr.items() if s.papers >= 1 and token_shape(a) == "strong"}
    for a in acr_ok:
        group_for(a).acronym = a
    return groups, acr_ok


def _typed_of(g: Group) -> int:
    return sum(g.ctx[k] for k in _TYPED)


def phrase_statistics(groups: dict[str, Group], acr_ok: dict[str, AcronymStats], df: Counter,
                      docs: list[Doc], jobs: int, log: Log, th: Thresholds
                      ) -> tuple[Counter, dict[tuple, Counter]]:
    """Pass 2: papers of multi-token surfaces, and the case statistics of the long forms of
    frequent acronyms ("lf") and of Title Case names ("tc")."""
    multi = sorted(s for g in groups.values() if _typed_of(g) or g.intro or g.curated
                   for s in g.surfaces if " " in s)
    folded: dict[tuple, set] = defaultdict(set)
    for a, s in acr_ok.items():
        if s.papers < th.generic_min_defs or df[a] < th.generic_min_papers:
            continue
        for lf in sense_clusters(s.long_forms)[0][1]:  # the main meaning's spellings
            words = tuple(w.lower() for w in _WORD_RE.findall(lf))
            folded[words].add(("lf", a))
            last = words[-1]
            alt = last[:-1] if last.endswith("s") else last + "s"
            folded[words[:-1] + (alt,)].add(("lf", a))
    for g in groups.values():
        if _typed_of(g) < th.weak_min_typed and not g.curated:
            continue
        for s in g.surfaces:
            if all(token_shape(t) in ("title", "version") for t in s.split()):
                folded[tuple(w.lower() for w in _WORD_RE.findall(s))].add(("tc", s))
    t0 = time.time()
    exact_df, case = phrase_scan_parallel(docs, multi, folded, jobs)
    log(f"phrase scan: {len(multi)} multi-token surfaces, {len(folded)} folded phrases "
        f"({time.time() - t0:.0f} s)")
    return exact_df, case


def count_surface_papers(groups: dict[str, Group], df: Counter, exact_df: Counter) -> None:
    """Each surface's papers: token counts for one word, the phrase scan for several."""
    for g in groups.values():
        for s in list(g.surfaces):
            g.surfaces[s] = exact_df[s] if " " in s else df[s]


def join_spelling_variants(groups: dict[str, Group], df: Counter, th: Thresholds) -> None:
    """Case/hyphen variants seen in the corpus join the group (ImageNet-1k / ImageNet-1K / ...)."""
    variants_by_key: dict[str, list[str]] = defaultdict(list)
    for tok in df:
        k = slug_key(tok)
        if k in groups:
            variants_by_key[k].append(tok)
    for k, toks in variants_by_key.items():
        g = groups[k]
        top = max((df[t] for t in toks), default=0)
        for t in toks:
            if t not in g.surfaces and token_shape(t) == "strong" and singular(t) == t and \
                    t.isascii() and df[t] >= max(2, th.variant_min_share * top):
                g.surfaces[t] = df[t]


def _ambiguous(a: AcronymStats, clusters: list, th: Thresholds) -> bool:
    """Two meanings ("mean absolute error" / "masked autoencoder"): the second one is common."""
    return len(clusters) > 1 and \
        clusters[1][0] >= max(3, th.ambiguous_second_sense * sum(a.long_forms.values()))


def fold_long_forms(groups: dict[str, Group], acr_ok: dict[str, AcronymStats],
                    th: Thresholds) -> None:
    """Fold Title Case long forms into their acronym ("Vision Transformer" -> ViT)."""
    long_owner: dict[str, tuple[int, str]] = {}
    for a in sorted(acr_ok):
        s = acr_ok[a]
        clusters = sense_clusters(s.long_forms)
        if _ambiguous(s, clusters, th):
            continue  # an ambiguous acronym does not absorb either meaning's long form
        top = set(clusters[0][1])
        for lf, c in s.long_forms.items():
            if len(lf.split()) < 2 or lf not in top:
                continue
            for k in (slug_key(singular_phrase(lf)), slug_key(lf)):
                if (c, a) > long_owner.get(k, (0, "")):
                    long_owner[k] = (c, a)
    for k in sorted(groups):
        owner = long_owner.get(k)
        if owner and slug_key(owner[1]) in groups and slug_key(owner[1]) != k:
            g = groups.pop(k)
            tgt = groups[slug_key(owner[1])]
            tgt.ctx.update(g.ctx)
            tgt.intro.update(g.intro)
            tgt.curated.update(g.curated)
            tgt.long_forms.extend(g.surfaces)


def singular_phrase(phrase: str) -> str:
    words = phrase.split()
    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


# ------------------------------------------------------------------ 4: one group


@dataclass
class Evidence:
    """What the corpus says about one group's name, as :func:`measure` counts it."""

    name: str
    papers: int
    acronym: AcronymStats | None
    intro_total: int
    intro_typed: Counter
    curated: Counter  # by kind, SciREX n-ary and NLP-TDMS votes weighing 3
    shape: Counter
    lower_long: int
    title_long: int
    coined_long: int
    n_defs: int
    plural_df: int
    variant_tokens: int
    variant_df: int
    typed_ctx: int
    typed: int
    clusters: list
    ambiguous: bool
    named_defs: bool  # mostly Title Case / coined definitions: evidence of a named thing


def measure(g: Group, surfaces: Counter, acr_ok: dict[str, AcronymStats], df: Counter,
            var: dict[str, list[int]], kw_lookup: dict[str, int], th: Thresholds) -> Evidence:
    """Count the evidence of one group; sets its name, acronym, strength and counts."""
    name = best_surface(surfaces)
    g.name = name
    papers = max(surfaces.values())
    g.strong = any(token_shape(t) == "strong" for t in name.split())
    ctx = g.ctx
    intro_typed = Counter({k: v for k, v in g.intro.items() if k})
    cur: Counter = Counter()
    for k, v in g.curated.items():
        src, kind = k.split(":")
        cur[kind] += v * (3 if src in ("scirex_nary", "nlp_tdms") else 1)
    if name in acr_ok:
        g.acronym = name
    else:
        defined_forms = sorted((s for s in surfaces if s in acr_ok),
                               key=lambda s: (-acr_ok[s].papers, s))
        g.acronym = defined_forms[0] if defined_forms else None
    a = acr_ok[g.acronym] if g.acronym else None
    v_n, v_df = var.get(name, [0, 0]) if " " not in name else (0, 0)
    g.keyword_papers = kw_lookup.get(g.key, 0)
    typed_ctx = ctx["dataset"] + ctx["benchmark"] + ctx["model"] + ctx["eval"]
    clusters = sense_clusters(a.long_forms) if a else []
    kinds = a.kinds if a else Counter()
    n_defs = sum(kinds.values()) if a else 0
    ev = Evidence(
        name=name, papers=papers, acronym=a, intro_total=sum(g.intro.values()),
        intro_typed=intro_typed, curated=cur, shape=shape_votes(name),
        lower_long=kinds["lower"] if a else 0, title_long=kinds["title"] if a else 0,
        coined_long=kinds["coined"] if a else 0, n_defs=n_defs,
        plural_df=df[name + "s"] if " " not in name else 0, variant_tokens=v_n, variant_df=v_df,
        typed_ctx=typed_ctx, typed=typed_ctx + sum(intro_typed.values()), clusters=clusters,
        ambiguous=bool(a) and _ambiguous(a, clusters, th),
        named_defs=bool(a) and n_defs >= th.generic_min_defs and
        (kinds["title"] + kinds["coined"]) >= th.generic_min_defs and
        kinds["lower"] <= th.named_max_lower_defs * n_defs,
    )
    g.counts = {
        "papers": papers, "dataset_ctx": ctx["dataset"] + intro_typed["dataset"],
        "benchmark_ctx": ctx["benchmark"] + intro_typed["benchmark"],
        "model_ctx": ctx["model"] + intro_typed["model"], "eval_ctx": ctx["eval"],
        "metric_ctx": ctx["metric"] + cur["metric"], "introduced": ev.intro_total,
        "defined": a.papers if a else 0, "lower_long": ev.lower_long,
        "title_long": ev.title_long, "coined_long": ev.coined_long, "plural": ev.plural_df,
        "variants": v_df, "keyword_papers": g.keyword_papers, "curated": sum(g.curated.values()),
    }
    return ev


def _modifier_rate(g: Group, ev: Evidence) -> float:
    uses = g.ctx["mod"] + ev.typed_ctx
    return g.ctx["mod"] / uses if uses else 0.0


def _defined_generic_reason(g: Group, ev: Evidence, case: dict[tuple, Counter],
                            gate_counts: Counter, th: Thresholds) -> str:
    """A frequent, often defined acronym: Generic when written mostly in lower case, mostly
    in the plural, or mostly as a modifier; never when ambiguous, versioned or coined."""
    a = ev.acronym
    assert a is not None
    senses = [(cl[1][0], cl[0]) for cl in ev.clusters[:2]]
    lc = case.get(("lf", ev.name), Counter())
    run_low = lc["lower"] / (lc["lower"] + lc["cap"]) \
        if lc["lower"] + lc["cap"] >= th.running_min else None
    low_def = ev.lower_long / ev.n_defs if ev.n_defs else 0.0
    lowness = low_def if run_low is None else (low_def + run_low) / 2
    plural_rate = ev.plural_df / ev.papers if ev.papers else 0.0
    variant_rate = ev.variant_df / ev.papers if ev.papers else 0.0
    mod_rate = _modifier_rate(g, ev)
    g.counts["lower_running"] = lc["lower"]
    g.counts["cap_running"] = lc["cap"]
    g.debug = {"senses": senses, "run_low": run_low, "low_def": low_def, "lowness": lowness,
                   "plural_rate": plural_rate, "variant_rate": variant_rate, "mod_rate": mod_rate,
                   "ambiguous": ev.ambiguous}
    if ev.ambiguous:
        gate_counts["generic_rejected_ambiguous"] += 1
    elif variant_rate >= th.generic_max_variants:
        gate_counts["generic_rejected_variants"] += 1
    elif ev.coined_long > ev.lower_long:
        gate_counts["generic_rejected_coined"] += 1
    elif lowness >= th.generic_lowness:
        return "lowercase"
    elif plural_rate >= th.generic_plural and lowness >= th.generic_lowness_plural:
        return "plural"
    elif g.ctx["mod"] >= th.modifier_min and mod_rate >= th.generic_modifier and \
            lowness >= th.generic_lowness_modifier:
        return "modifier"
    return ""


def generic_reason(g: Group, ev: Evidence, case: dict[tuple, Counter], gate_counts: Counter,
                   th: Thresholds) -> str:
    """Why the group is a Generic concept ("lowercase", "plural", "modifier",
    "modifier_undefined", "metric"), or "" when it is not."""
    reason = ""
    a = ev.acronym
    if a and is_acronym(ev.name) and a.papers >= th.generic_min_defs and \
            ev.papers >= th.generic_min_papers:
        reason = _defined_generic_reason(g, ev, case, gate_counts, th)
    if not reason and not a and is_acronym(ev.name) and ev.papers >= th.generic_min_papers:
        mod_rate = _modifier_rate(g, ev)
        if g.ctx["mod"] >= th.modifier_min and mod_rate >= th.generic_modifier_undefined and \
                ev.variant_df < th.generic_max_variants * ev.papers:
            reason = "modifier_undefined"
            g.debug = {"mod_rate": mod_rate}
    if not reason and not ev.ambiguous and g.counts["metric_ctx"] >= th.metric_min and \
            g.counts["metric_ctx"] >= 2 * (ev.typed + ev.curated["dataset"] + ev.curated["model"]):
        reason = "metric"
    return reason


# What "results on X" says for X being data or a benchmark. X is also often the base model a method is applied
# to ("experiments on HunyuanVideo"); measured on 2026-12-01, 0.4 turned as many real datasets (ASDiv, DROID,
# MAMO) into models as it fixed models, so it stays 0.5.
_EVAL_SHARE = 0.5


def named_type(g: Group, ev: Evidence) -> str:
    """Model, Dataset or Benchmark by votes of contexts, introductions, shape, curated lists and the heads of
    the long forms that define it: half a vote per paper that defines it as a method ("Odds Ratio Preference
    Optimization (ORPO)"), when most definitions do and the corpus does not use it more often as data."""
    ctx, intro, sv, cur = g.ctx, ev.intro_typed, ev.shape, ev.curated
    defined = _defined_model_papers(ev.acronym)
    if defined * 2 < ev.n_defs or ctx["model"] < ctx["dataset"] + ctx["benchmark"]:
        defined = 0  # most definitions say something else (OpenStreetMap), or the uses say data (GQA, the set)
    score = {
        "Model": ctx["model"] + 2 * intro["model"] + sv["model"] + cur["model"] + _DEFINED_SHARE * defined,
        "Dataset": ctx["dataset"] + 2 * intro["dataset"] + sv["dataset"] +
        cur["dataset"] + _EVAL_SHARE * ctx["eval"],
        "Benchmark": ctx["benchmark"] + 2 * intro["benchmark"] + sv["benchmark"] +
        _EVAL_SHARE * ctx["eval"],
    }
    order = {"Dataset": 0, "Benchmark": 1, "Model": 2}
    best = min(score.items(), key=lambda kv: (-kv[1], order[kv[0]]))
    return best[0] if best[1] > 0 else "Model"


_DEFINED_SHARE = 0.5
# (the list the resolver reads too: a last word that starts with one says model, "Grouped-Query Attention")
_MODEL_LONG_HEADS = tuple(sorted(words("heads.long_form_model")))


def _defined_model_papers(acronym: AcronymStats | None) -> int:
    """How many papers define the name by a long form that ends in a method or model word."""
    if acronym is None:
        return 0
    return sum(n for long, n in acronym.long_forms.items()
               if long.split() and long.split()[-1].lower().startswith(_MODEL_LONG_HEADS))


@dataclass(frozen=True)
class _NamedEvidence:
    curated_strong: bool  # SciREX n-ary / NLP-TDMS list it (not as a metric)
    curated_weak: bool  # SciERC / SciREX mention it
    total_typed: int
    variant_rich: bool
    rate_ok: bool


def _named_evidence(g: Group, ev: Evidence, th: Thresholds) -> _NamedEvidence:
    curated_weak = any(k.split(":")[0] in ("scierc", "scirex") for k in g.curated)
    typed, papers = ev.typed, ev.papers
    variant_rich = ev.variant_df >= th.variant_evidence * papers and ev.variant_tokens >= 2
    return _NamedEvidence(
        curated_strong=any(k.split(":")[0] in ("scirex_nary", "nlp_tdms") and
                           not k.endswith("metric") for k in g.curated),
        curated_weak=curated_weak,
        total_typed=typed + (1 if curated_weak else 0) + (1 if g.keyword_papers else 0) * (typed > 0),
        variant_rich=variant_rich,
        rate_ok=papers < th.rate_min_papers or typed >= th.typed_rate * papers or (
            (variant_rich or ev.named_defs) and typed >= th.named_typed_rate * papers),
    )


def _strong_gate(g: Group, ev: Evidence, ne: _NamedEvidence, gate_counts: Counter,
                 th: Thresholds) -> str:
    """The gate of a name-shaped name (ViT, ImageNet, Kinetics-400), or "" when rejected."""
    typed, papers, name = ev.typed, ev.papers, ev.name
    short = len(re.sub(r"[^A-Za-z0-9]", "", name)) <= 2
    small_acronym = is_acronym(name) and len(name) <= 4 and papers < th.small_acronym_papers
    defined = ev.acronym.papers if ev.acronym else 0
    if short and (typed < th.short_min_typed or typed < th.short_typed_rate * papers):
        gate_counts["rejected_short_name"] += 1  # "AD", "SD", "EU": too ambiguous
    elif ev.ambiguous and (typed < th.short_min_typed or typed < th.ambiguous_typed_rate * papers):
        gate_counts["rejected_ambiguous_acronym"] += 1  # two meanings, weak evidence
    elif small_acronym and typed < 2 and not (
            defined and ev.lower_long == 0 and ev.title_long + ev.coined_long > 0):
        gate_counts["rejected_small_acronym"] += 1  # "SRP", "CNE": reused by many papers
    elif papers >= th.min_papers and ne.total_typed >= th.min_typed and not ne.rate_ok:
        gate_counts["rejected_typed_rate"] += 1
    elif papers >= th.min_papers and ne.total_typed >= th.min_typed:
        return "typed_context"
    elif ev.intro_total and papers >= th.min_papers_intro:
        return "introduced"
    elif ne.curated_strong and papers >= th.curated_min_papers:
        return "curated"
    elif ne.curated_weak and papers >= th.min_papers_intro and typed >= 1:
        return "curated_weak"
    return ""


def _weak_gate(g: Group, ev: Evidence, ne: _NamedEvidence, case: dict[tuple, Counter],
               gate_counts: Counter, th: Thresholds) -> str:
    """The gate of a Title Case name (Mamba, Cityscapes): mostly capitalised, not a modifier."""
    typed, papers = ev.typed, ev.papers
    if not (papers >= th.min_papers and ne.total_typed >= th.weak_min_typed or ne.curated_strong):
        return ""
    tc = case.get(("tc", ev.name), Counter())
    cap_share = tc["cap"] / (tc["cap"] + tc["lower"]) if tc["cap"] + tc["lower"] else 0
    modifier_rate = tc["cap_modifier"] / tc["cap"] if tc["cap"] else 0
    g.counts["lower_running"] = tc["lower"]
    g.counts["cap_running"] = tc["cap"]
    g.debug = {"cap_share": cap_share, "modifier_rate": modifier_rate}
    if cap_share < th.weak_cap_share:
        gate_counts["weak_rejected_lowercase"] += 1
    elif modifier_rate >= th.weak_max_modifier:
        gate_counts["weak_rejected_modifier"] += 1
    elif ne.total_typed >= th.weak_min_typed and (typed >= th.weak_typed_rate * papers or (
            ne.variant_rich and typed >= th.named_typed_rate * papers)):
        return "weak_typed_context"
    elif ne.curated_strong and papers >= th.curated_min_papers:
        return "curated"
    else:
        gate_counts["weak_rejected_rate"] += 1
    return ""


def named_gate(g: Group, ev: Evidence, case: dict[tuple, Counter], gate_counts: Counter,
               th: Thresholds) -> str:
    """The gate that keeps a named thing, or "" when the evidence is too weak."""
    ne = _named_evidence(g, ev, th)
    if g.strong:
        return _strong_gate(g, ev, ne, gate_counts, th)
    return _weak_gate(g, ev, ne, case, gate_counts, th)


def aliases(g: Group, surfaces: Counter, ev: Evidence, th: Thresholds) -> list[str]:
    """Other surfaces, then acronym long forms (never an ambiguous acronym's, for a named
    thing: they would alias the wrong meaning), at most 10."""
    name, a = ev.name, ev.acronym
    found = [s for s, c in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0])) if s != name]
    if a and not (ev.ambiguous and g.type != "Generic"):
        top_forms = {lf for c, lfs in sense_clusters(a.long_forms)
                     if c >= max(1, th.ambiguous_second_sense * sum(a.long_forms.values()))
                     for lf in lfs}
        forms = [(lf, c) for lf, c in sorted(a.long_forms.items(), key=lambda kv: (-kv[1], kv[0]))
                 if lf in top_forms]
        if g.type != "Generic":
            named = [(lf, c) for lf, c in forms if classify_long_form(lf, True) != "lower"]
            forms = named or forms[:1]
        found.extend(lf for i, (lf, c) in enumerate(forms[:3])
                     if i == 0 or c >= max(2, 0.02 * ev.n_defs))
        if g.type == "Generic" and ev.plural_df:
            found.append(name + "s")
    found.extend(sorted(g.long_forms))  # sorted: independent of hash/dict order
    seen = {name}
    return [x for x in found if not (x in seen or seen.add(x))][:10]


def decide_group(g: Group, acr_ok: dict[str, AcronymStats], df: Counter,
                 case: dict[tuple, Counter], var: dict[str, list[int]], kw_lookup: dict[str, int],
                 gate_counts: Counter, th: Thresholds) -> bool:
    """Type one group and pass it through the gates; True when it is kept."""
    surfaces = Counter({s: c for s, c in g.surfaces.items() if c > 0 or g.curated})
    if not surfaces:
        return False
    ev = measure(g, surfaces, acr_ok, df, var, kw_lookup, th)
    reason = generic_reason(g, ev, case, gate_counts, th)
    g.counts.setdefault("lower_running", 0)
    g.counts.setdefault("cap_running", 0)
    if reason:
        g.type = "Generic"
        g.gate = "generic_" + reason
    else:
        g.type = named_type(g, ev)
        g.gate = named_gate(g, ev, case, gate_counts, th)
    if not g.gate:
        gate_counts["rejected"] += 1
        return False
    gate_counts[g.gate] += 1
    g.aliases = aliases(g, surfaces, ev, th)
    return True


# ------------------------------------------------------------------ 5 and the whole


_LANGUAGE_NAMES = words("nonentity.language_names")


def compose_generic(kept: list[Group], df: Counter, gate_counts: Counter, th: Thresholds) -> None:
    """Names made only of Generic acronyms and common words ("LLM Agent", "Multimodal LLMs",
    "Agentic RAG", "LLM/VLM") are Generic too."""
    generic_names = {g.name for g in kept if g.type == "Generic"}
    generic_names |= {n + "s" for n in generic_names}

    def common(word: str) -> bool:
        """A lower/Title-case English word used mostly in lower case ("Agent", "Efficient"), or a language's
        name ("Arabic LLM", "Korean Benchmark": which language a generic thing is in)."""
        low = word.lower()
        if low in WEAK_STOP or low in HEAD_KIND or low in STOP or low in FUNC or low in _LANGUAGE_NAMES:
            return True
        return word.isalpha() and (word.islower() or word.istitle()) and \
            df[low] >= max(th.common_word_min_papers, df[word])

    for g in kept:
        if g.type == "Generic" or g.type is None or g.intro or shape_votes(g.name) or any(
                k.endswith(":dataset") for k in g.curated):
            continue  # (a dataset a curated list names, "AG News", is named whatever its words are)
        parts = [p for p in re.split(r"\s+|/", g.name) if p]
        language = parts[0].lower() in _LANGUAGE_NAMES and g.type != "Organization"  # (not "Chinese Academy of")
        if len(parts) > 1 and (any(p in generic_names for p in parts) or language) and \
                all(p in generic_names or common(p) for p in parts):
            _regate(g, "Generic", "generic_composed", gate_counts)


_PARAMETER_SIZE = re.compile(r"^(?P<family>.+?)[- ]?\d+(?:\.\d+)?[MB]$")


# An architecture's size and patch size: "DiT-XL/2", "ViT-B/16" (no data set is named so).
_PATCH_TIER = re.compile(r"[- ](?:Ti|S|B|L|XL|XXL|H|G)/\d+$")


def sized_models(kept: list[Group], gate_counts: Counter) -> None:
    """"Pythia-410M", "SmolLM2-360M": a model family's size, however few papers use it as a model (the "M"
    reads like a data size, WebVid-10M), when no paper uses the name as data; "DiT-XL/2": a size and patch
    size, which "FID on DiT-XL/2" makes no data set."""
    models = {g.name.lower() for g in kept if g.type == "Model"}
    for g in kept:
        sized = _PARAMETER_SIZE.match(g.name)
        if g.type in ("Dataset", "Benchmark") and (sized and sized.group("family").lower() in models
                                                    or _PATCH_TIER.search(g.name)) \
                and not g.ctx["dataset"] + g.ctx["benchmark"] + g.intro["dataset"] + g.intro["benchmark"]:
            _regate(g, "Model", "sized_model", gate_counts)


# A metric's name, as the result extractor reads one ("AbsRel", "FDE"), alone or after a task's prefix or
# before a version ("ASR-BLEU", "NTA-IoU", "COMET-22").
_METRIC_NAME = re.compile(rf"(?:[A-Za-z]+-)?(?:{alternation('results.metric_acronyms')})(?:-\d+)?")


def _only_evaluated(g: Group) -> bool:
    """Typed data only by what papers report "on" it: no paper calls it data, a benchmark or a model,
    introduces it, or lists it, and its shape says nothing ("on RTX 4090", "on PostgreSQL", "on GPT-J" read
    like sets; so do real ones, "on VidVRD")."""
    return g.type in ("Dataset", "Benchmark") and not (
        g.ctx["dataset"] + g.ctx["benchmark"] + g.ctx["model"] + sum(g.intro.values())) and not any(
        not k.endswith("metric") for k in g.curated) and not shape_votes(g.name)


def weakly_typed(kept: list[Group], df: Counter, gate_counts: Counter, th: Thresholds) -> list[Group]:
    """Settle the names typed only by "on X" contexts: a metric's name is Generic ("results on AbsRel"); a
    member of a model family (three models or more named "<family>-...", the family no common word: not
    "Video-") is a Model ("GPT-J", "Phi-3.5", "LLaVA-OV": what a method was run on); one
    such context in the whole corpus is too little to type a name, which is left to the extractor
    (measured on 2026-12-04: most of them were hardware, software, metrics or fields, "8xH100", "MySQL",
    "AURC", "sEMG")."""
    models = [g.name for g in kept if g.type == "Model"]
    families = Counter(name.split("-", 1)[0] for name in models if "-" in name)
    out = []
    for g in kept:
        if _only_evaluated(g):
            first = g.name.split("-", 1)[0]  # (a hyphen: "NVIDIA Jetson AGX" is no NVIDIA model)
            if _METRIC_NAME.fullmatch(g.name):
                _regate(g, "Generic", "generic_metric_name", gate_counts)
            elif first != g.name and families[first] >= th.family_min_models and \
                    df[first.lower()] < max(th.common_word_min_papers, df[first]):
                _regate(g, "Model", "family_model", gate_counts)
            elif g.ctx["eval"] <= 1:
                gate_counts[g.gate] -= 1
                gate_counts["rejected_evaluated_once"] += 1
                continue
        out.append(g)
    return out


def _regate(g: Group, type_: str, gate: str, gate_counts: Counter) -> None:
    """Retype a kept group by a later rule, moving its count from the gate that kept it to the rule's."""
    gate_counts[g.gate] -= 1
    g.type, g.gate = type_, gate
    gate_counts[gate] += 1


def decide(st: Stats, curated: dict[str, Counter], docs: list[Doc], log: Log,
           jobs: int = 1, th: Thresholds = THRESHOLDS) -> list[Group]:
    """Group surface variants, decide Generic vs named type, apply the gates.

    Returns the kept groups (type, name, aliases and counts filled in); ``log`` receives how
    many candidates each gate kept or rejected.
    """
    df = st.df
    groups, acr_ok = candidate_groups(st, curated)
    log(f"candidate surfaces: {sum(len(g.surfaces) for g in groups.values())} "
        f"in {len(groups)} groups")
    exact_df, case = phrase_statistics(groups, acr_ok, df, docs, jobs, log, th)
    count_surface_papers(groups, df, exact_df)
    join_spelling_variants(groups, df, th)
    fold_long_forms(groups, acr_ok, th)
    var = variant_stats(df)
    kw_lookup: dict[str, int] = defaultdict(int)
    for kw, c in st.keywords.items():
        kw_lookup[slug_key(singular(kw))] += c
    gate_counts: Counter = Counter()
    kept = [g for g in groups.values()
            if decide_group(g, acr_ok, df, case, var, kw_lookup, gate_counts, th)]
    compose_generic(kept, df, gate_counts, th)
    sized_models(kept, gate_counts)
    kept = weakly_typed(kept, df, gate_counts, th)
    for k in sorted(gate_counts):
        log(f"  gate {k}: {gate_counts[k]}")
    return kept
