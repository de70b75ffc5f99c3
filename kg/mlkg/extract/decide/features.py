"""Decision units and their features: what the trained decider sees of each candidate name.

A *unit* is one name of one paper: either an entity the rule classifier kept (with all its
mentions), or a group of candidate mentions it dropped, grouped by their comparison key. The
decider gives every unit a probability of being a Model, Dataset, Benchmark, or nothing.

Features are strings (one-hot, weight 1), so the model is a table from feature to weights and a
new feature costs nothing until training gives it a weight. They describe the rules' verdict
(kept or not, the type voted, why), where the mentions came from (lexicon entry and its type,
shape finder, acronym definition, title), the name's surface (shape, digits, hyphens, case,
suffix), its context (the words around each mention, a head noun such as "dataset" after it, an
introduce cue in its sentence, a citation after it), how often and where the paper names it, and
whether the paper also writes it as an ordinary lower-case word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..abbreviations import spelled_letters
from ..candidates import Candidate, doc_text, sentence_bounds, sentence_starts
from ..classify import (
    BENCHMARK_WORDS,
    DATASET_WORDS,
    MODEL_WORDS,
    abbreviated_word,
    acrostic_word,
    api_id_only,
    best_metric_bracket,
    bracketed_classes,
    changing_quantity,
    describes_apposed_name,
    enumeration_label,
    generic_text,
    hyphened_metric,
    labelled_metric,
    listed_as_metrics,
    listed_as_tasks,
    long_form_of_no_artifact,
    lower_acrostic,
    mean_absolute_error,
    metric_after_number,
    metric_apposed,
    metric_moved,
    metric_nouned,
    names_a_class,
    names_a_kind,
    names_a_language,
    names_a_measure,
    names_a_phenomenon,
    names_a_task,
    non_entity,
    plural_of_plain_acronym,
    run_together,
    scored_code,
    scored_joined_score,
    scored_on_metric,
    task_in_passing,
    unit_after_number,
    unknown_name_kept,
    valued_acronym,
)
from ..cues import ENUM_BEFORE as _ENUM_BEFORE
from ..cues import INTRO, may_introduce
from ..cues import MADE_AFTER as _MADE_AFTER
from ..lexicon import CORPUS_KEYS
from ..metrics import metric_family
from ..names import CLAIM_HEADS
from ..shapes import BENCH_END, PARAMETER_COUNT, name_shape, norm_key, unbalanced
from ..spans import entity_rows, read_candidates

LABELS = ("none", "Model", "Dataset", "Benchmark")
_DECIDED = frozenset(LABELS[1:])
_SKIPPED_SOURCES = frozenset({"repository", "organization"})
_MAX_CONTEXT_MENTIONS = 2
_WINDOW = 6  # tokens either side of a mention in which a head noun speaks for its kind
# Words near a mention that say what it is used as: data ("trained on X, which contains 2M images"),
# an evaluation ("scores 71% accuracy on X") or a system ("X outperforms", "fine-tuned X").
_WINDOW_CUES = frozenset({
    "trained", "evaluated", "tested", "contains", "containing", "consists", "comprising", "images", "videos",
    "samples", "examples", "questions", "annotated", "collected", "curated", "split", "splits", "accuracy",
    "score", "scores", "outperforms", "outperform", "surpasses", "achieves", "fine-tuned", "finetuned",
    "pretrained", "pre-trained", "parameters", "backbone", "baselines", "propose", "introduce", "release",
})
_WINDOW_HEADS = {**{w: "Model" for w in MODEL_WORDS}, **{w: "Dataset" for w in DATASET_WORDS},
                 **{w: "Benchmark" for w in BENCHMARK_WORDS}}
_WORD = re.compile(r"[a-z]+")
_DECIMAL = re.compile(r"\d+\.\d+%?")
# What full-text sentences hold and no rule may let through, whatever the model says: citation
# brackets ("[12]", "[3, 4]"), LaTeX citation keys ("Yang2015", "EtAl:2015", "rush-chopra:2015:EMNLP"),
# pointers into the paper ("Table 3", "Fig. 2", "Eq. 5", "Section 4.1") and equation variables ("h_t", "W").
_NEVER = re.compile(
    r"\[\s*\d+(?:\s*[,;\u2013-]\s*\d+)*\s*\]"
    r"|(?:[A-Z][a-z]{2,}|[A-Z][a-z]*EtAl)[:_]?(?:19[5-9]\d|20[0-4]\d)[a-z]?(?:[A-Z][a-z]+)*"
    r"|\S*\w:(?:19[5-9]\d|20[0-4]\d)(?::\w+)*|[A-Za-z]+_(?:[A-Za-z]+\d\d|[A-Za-z]*(?:19|20)\d\d)[a-z]*"
    r"|[a-z]+(?:19|20)\d\d[a-z]+"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s?\d{1,2}(?:,?\s\d{4})?"
    r"|(?:Table|Tab|Figure|Fig|Section|Sec|Eq|Eqn|Equation|Appendix|App|Algorithm|Alg|Theorem|Lemma|Line|Step)s?"
    r"\.?\s*[A-Z]?\d+(?:\.\d+)*[a-z]?"
    r"|[A-Za-z](?:_\{?\w{1,2}\}?|\^\{?\w{1,2}\}?)?"
    r"|[\u0394\u2206][+\-\u2212]?\d[\d.,]*%?")  # (a difference: "\u03944.1% average points")
# A citation right after a mention: "[12]", "[3, 4]", "(Smith et al., 2019)", "(Smith and Lee 2019)".
_CITE_AFTER = re.compile(r"\s*(?:\[\d+(?:\s*[,;\u2013-]\s*\d+)*\]|\((?:[A-Z][^()]{0,60}?(?:et al\.?|and [A-Z]\w+)?,?"
                         r" (?:19|20)\d\d[a-z]?)(?:; [^()]{0,60})?\))")
# An acronym, then a bracket of the words it stands for, one item each: "M3 (Multi-Modal, Multi-Agent, Multi-Round)".
_ACRONYM_GLOSS = re.compile(r"(?<![\w-])(?P<short>[A-Z][A-Z0-9]{1,7})\s*\((?P<items>[^()]{3,120})\)")
_GLOSS_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _glosses_acronym_before(text: str, m: Candidate) -> bool:
    """The mention is one item of a bracket whose items' initials spell the acronym before it ("M3" is three M's)."""
    open_at = text.rfind("(", max(0, m.start - 100), m.start)
    if open_at < 0 or ")" in text[open_at:m.start]:
        return False
    gloss = _ACRONYM_GLOSS.match(text, max(0, text.rfind(" ", 0, open_at - 1) + 1))
    if gloss is None or gloss.start("items") != open_at + 1 or gloss.end("items") < m.end:
        return False
    items = [it for it in _GLOSS_ITEMS.split(gloss["items"].strip()) if it]
    letters = spelled_letters(gloss["short"])
    return len(items) >= 2 and "".join(it[0] for it in items).upper() == letters.upper()


# A mathematical result named after its author: "LaSalle's invariance principle", "Jensen's inequality".
_PERSONS_RESULT = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:theorem|lemma|inequality|principle|conjecture|identity|"
                             r"criterion|paradox|constant|equation|formula|bound|law)s?\b")
_ET_AL = re.compile(r"\s+et\s+al\b")
_CAPS_WORDS = re.compile(r"[A-Z]+(?:[- ][A-Z]+)*")


@dataclass(slots=True)
class Unit:
    """One name of one paper, as the decider sees it."""

    key: str
    name: str
    mentions: list[Candidate]
    row: int | None = None  # index of the rule classifier's entity row, when the rules kept it
    rule_type: str | None = None
    lexicon_id: str | None = None
    aliases: tuple[str, ...] = ()
    votes: dict[str, float] = field(default_factory=dict)
    coined: bool = False
    stated: bool = False  # the rules' type is what the paper itself says the name is: the model may not retype it
    features: list[str] = field(default_factory=list)
    # known names of each kind in the sentences of its mentions ("on ImageNet, Foo and Bar": Foo's peers are data)
    peers: dict[str, int] = field(default_factory=dict)


def units(doc: Doc, entries: Mapping[str, Any] | None) -> list[Unit]:
    """The kept entities (rows) and the dropped candidate groups of a processed Doc, in text order."""
    out: list[Unit] = []
    covered: set[int] = set()  # characters of the kept entities' mentions
    text = doc_text(doc)
    for i, row in enumerate(entity_rows(doc)):
        if row["type"] not in _DECIDED:
            continue
        mentions = [Candidate(s, e, ts, te, text[s:e], source) for s, e, source, ts, te in row["mentions"]]
        for m in mentions:
            covered.update(range(m.start, m.end))
        out.append(Unit(row["key"], row["name"], mentions, row=i, rule_type=row["type"],
                        lexicon_id=row["lexicon_id"], aliases=tuple(row["aliases"]),
                        votes=dict(row.get("votes") or {}), coined=bool(row["coined"]),
                        stated=bool(row["stated"])))
    groups: dict[str, Unit] = {}
    for cand in read_candidates(doc, entries, skip_sources=_SKIPPED_SOURCES, covered=covered):
        key = norm_key(cand.text)
        if not key:
            continue
        unit = groups.get(key)
        if unit is None:
            unit = groups[key] = Unit(f"doc:{key}", cand.text, [])
        unit.mentions.append(cand)
    out.extend(groups.values())
    _count_peers(doc, out)
    return out


def _count_peers(doc: Doc, found: list[Unit]) -> None:
    """Fill each unit's ``peers``: how many other names that the lexicon knows, by kind, share a sentence with
    one of its first mentions. A name listed among known datasets is likely data, among known models a model."""
    starts = sentence_starts(doc)
    known: dict[int, list[tuple[int, str]]] = {}  # sentence -> (unit index, kind) of known names
    for i, unit in enumerate(found):
        # the rules' type of a known name, else its mentions' first entry's (looked for only then)
        kind = unit.rule_type if unit.lexicon_id is not None else \
            next((m.entry.type for m in unit.mentions if m.entry is not None), None)
        if kind not in _DECIDED:
            continue
        label = "data" if kind in ("Dataset", "Benchmark") else "model"
        for sent in {bisect_right(starts, m.start) for m in unit.mentions[:_MAX_CONTEXT_MENTIONS]}:
            known.setdefault(sent, []).append((i, label))
    if not known:
        return
    for i, unit in enumerate(found):
        for sent in {bisect_right(starts, m.start) for m in unit.mentions[:_MAX_CONTEXT_MENTIONS]}:
            for j, label in known.get(sent, ()):
                if j != i:
                    unit.peers[label] = unit.peers.get(label, 0) + 1


_SIZE_TAIL = re.compile(r"\s(?:\d+(?:\.\d+)?[BMKT]|(?i:large|small|base|tiny|huge|medium|mini|nano))$")


def vetoed(doc: Doc, unit: Unit) -> bool:
    """Names the vocabulary rules out (metrics, modalities, generic phrases, lexicon Generic entries, a
    class of models like LLM, a metric the paper names, a phenomenon's name, the acronym of a task spelled out
    in lower case that the paper does not announce as its own): the decider may not add them back, however its few
    thousand training names voted."""
    if unit.row is not None:
        return False
    # (every test below has no effects, and any one vetoes: the cheap ones that veto most are asked first; a lexicon
    # Generic entry, the cheapest, vetoes over half the dropped names, and the costliest tests veto fewest)
    if any(m.entry is not None and m.entry.type == "Generic" for m in unit.mentions):
        return True
    if any(m.entry is not None and m.entry.type == "Organization" for m in unit.mentions):
        return True  # "dialogue systems at ByteDance and the MultiWOZ 2.2 benchmark": a known maker, never data
    if unit.lexicon_id is None and unit.mentions and all(api_id_only(m.text) for m in unit.mentions):
        return True  # "seq-sat-lama-2011": an API id's shape the rules found no model family for
    if unit.mentions and all(m.source == "versioned" for m in unit.mentions) and _SIZE_TAIL.search(unit.name):
        return True  # "LLMs large and small", "VL 2B": the rules drop a size after a generic name ("LLM 7B" stays
        # generic; not a version, "VQA v2.0", the dataset)
    if unit.lexicon_id is None and " " in unit.name and long_form_of_no_artifact(unit.name):
        return True  # "Average Surface Distance", "Relative Volume Difference": a measure written out, no artifact
    if non_entity(unit.name) or generic_text(unit.name) or hyphened_metric(unit.name) or any(
            long_form_of_no_artifact(m.long_form) or names_a_class(m) or names_a_language(m) for m in unit.mentions):
        return True
    text = doc_text(doc)
    if any(metric_moved(text, m) for m in unit.mentions):
        return True  # "by 5% in APLS", "lowers VTSR by 29-38 percentage points": the metric a number moves in
    if unit.name == "MAE" and any(mean_absolute_error(text, m) for m in unit.mentions):
        return True  # "reducing MSE by 16.7%, MAE by 6.03%": the error the rules read, not the masked autoencoder
    if any(labelled_metric(text, m) for m in unit.mentions):
        return True  # "(AP = 80.0%, PRO = 97.5%)": a metric's acronym labelling its number, as the rules read it
    if any(valued_acronym(text, m) or metric_nouned(text, m) or scored_on_metric(text, m) for m in unit.mentions):
        return True  # "a Category-level Consistency Strategy (CCS) of 0.973", "71.84 on COMETkiwi", "the X (Y) metric":
        # a measure
    if norm_key(unit.name) in bracketed_classes(text):
        return True  # "Large Medical Vision-Language Models (Med-VLMs)": then "the Med-VLM" is one of the class
    if task_in_passing(doc, unit.mentions):
        return True  # "unify ... and object goal navigation (ObjNav)", not "we introduce multi-byte prediction (MBP)"
    if all(unit_after_number(text, m) for m in unit.mentions) and unit.mentions:
        return True  # "from 186.26 GiB to 1.04 GiB"
    if unit.lexicon_id is None and unit.mentions and all(_glosses_acronym_before(text, m) for m in unit.mentions):
        return True  # "We introduce M3 (Multi-Modal, Multi-Agent, Multi-Round)": the words M3 stands for, no names
    if unit.lexicon_id is None and unit.mentions and all(
            " " in m.text and _ENUM_BEFORE.search(text, max(0, m.start - 8), m.start) and text.startswith(":", m.end)
            and m.text.rsplit(" ", 1)[1].lower() not in MODEL_WORDS for m in unit.mentions):  # (a system's head noun:
        # "(1) MathBook Knowledge System: ..." names one)
        return True  # "(2) Enhanced Computational Efficiency: the network ...": a list item's heading, no name
    if all(listed_as_metrics(text, m) for m in unit.mentions) and unit.mentions:
        return True  # "metrics ..., such as CLIP-I, DINO, and CLIP-T"
    if unit.lexicon_id is None and plural_of_plain_acronym(doc, unit.name):
        return True  # "room impulse response (RIR) estimation ... predict the RIRs": a concept's things, in the plural
    if unit.lexicon_id is None and run_together(text, unit.name):
        return True  # "3DGSimembeds physical properties": a name and a word run together
    if unit.lexicon_id is None and unit.mentions and all(abbreviated_word(text, m) for m in unit.mentions):
        return True  # "on the Inst. test": an abbreviation
    if unit.lexicon_id is None and unit.mentions and all(acrostic_word(text, m, joined=True)
                                                         or lower_acrostic(text, m) for m in unit.mentions):
        return True  # "Quick, OUtlier-free Local Explanations" (QOULE): a word capitalised to spell a coined name
    if unit.lexicon_id is None and any(listed_as_tasks(text, m) for m in unit.mentions):
        return True  # "on Masked Language Modeling, Time Series Forecasting, and Recommendation tasks"
    if unit.mentions and all(metric_after_number(text, m) or scored_code(text, m) or best_metric_bracket(text, m)
                             for m in unit.mentions):
        return True  # "(+1.0% in APr)", "46.2 APc on D", "90.8% average QAR on real-world datasets": a metric's
        # acronym after its number, wherever named
    if any(m.entry is not None and names_a_measure(m.entry) for m in unit.mentions):
        return True  # the lexicon's "NLL" = "Negative Log-Likelihood": a metric (a paper's own name is kept, not added)
    if unit.lexicon_id is None and _known_metric(unit.name) and not any(m.long_form for m in unit.mentions):
        return True  # "achieves the highest NMI on every dataset", "+3.83 AP_rare on LVIS": a metric the metric table
        # knows by that very name (with a subscript), undefined here (not "Masked Autoencoders (MAE)")
    # "we propose a new metric, Visual Semantic Matching (VSM)", "a phenomenon known as the X", "a new task called X"
    return any(metric_apposed(text, m) or scored_joined_score(text, m) or names_a_phenomenon(text, m)
               or names_a_task(text, m) or names_a_kind(text, m) or enumeration_label(text, m)
               # "DART, a [Decoupled Agentic] RL Training framework": words that spell the name before them
               or m.source == "titlecase" and describes_apposed_name(text, m) for m in unit.mentions)


_SUBSCRIPTED = re.compile(r"([A-Za-z][A-Za-z@]*)_[A-Za-z0-9]+")


@lru_cache(maxsize=50_000)
def _known_metric(name: str) -> bool:
    """A metric of the metric table by its own name, written as the table writes it, or before a subscript
    ("AP_rare"): one word, not a phrase the table's patterns reach ("Region Alignment Loss")."""
    sub = _SUBSCRIPTED.fullmatch(name)
    base = sub[1] if sub is not None else name
    family = metric_family(base) if " " not in base and base not in _MODEL_TOO else None
    return family is not None and base == family.name


# Metric names that name a model as often: the masked autoencoder (MAE).
_MODEL_TOO = frozenset({"MAE"})


def never(doc: Doc, unit: Unit) -> bool:
    """Names no rule or model may keep (full-text sentences are full of them): citation markers and
    keys, dates, pointers into the paper and equation variables (``_NEVER``), an author's name before
    "et al.", an unknown acronym whose value the sentence moves ("improves TPF from 2.04 to 5.47"),
    and ordinary words of a title set in capitals ("GRAPH ATTENTION NETWORKS"): named nowhere
    else, unknown to the lexicon, not defined, and written in lower case in the text ("graph
    attention networks"); a coined "BOOKFOO" of such a title stays. In running text an ordinary word
    in capitals ("the UPDATE step", but also the MATH benchmark) is left to the model (``doc_lower``)."""
    if _never_name(unit.name):
        return not any(m.source == "title" for m in unit.mentions)  # (but "T3: ..." announces "T^3", a name)
    text = doc_text(doc)
    if unit.mentions and all(_ET_AL.match(text, m.end) or unit.lexicon_id is None and (
            changing_quantity(text, m) or _PERSONS_RESULT.match(text, m.end)) for m in unit.mentions):
        return True  # (or "improves [TPF] from 2.04 to 5.47" wherever it is named: a quantity; or "[LaSalle]'s
        # invariance principle": the mathematician whose result it is)
    if " " in unit.name and unit.name.rsplit(" ", 1)[1].lower() in CLAIM_HEADS and unit.lexicon_id is None \
            and not unit.aliases:
        return True  # "the Parametric Compression-Coverage Hypothesis": a claim the paper makes, not an artifact
    # (isupper first: a name the pattern matches is upper case, and most names are not)
    if not unit.name.isupper() or not _CAPS_WORDS.fullmatch(unit.name) or unit.lexicon_id is not None \
            or unit.aliases or any(m.entry is not None or m.long_form for m in unit.mentions):
        return False
    starts = sentence_starts(doc)
    return len(starts) >= 2 and all(m.start < starts[1] for m in unit.mentions) and \
        caps_title(text[:starts[1]]) and all(lower_in(w, text[starts[1]:]) for w in re.split(r"[- ]", unit.name))


@lru_cache(maxsize=100_000)
def _never_name(name: str) -> bool:
    """The tests of :func:`never` that read the name alone (cached: the same names recur across papers)."""
    return _NEVER.fullmatch(name) is not None or unbalanced(name)


def lower_in(name: str, text: str) -> bool:
    """Does ``text`` write ``name`` in lower case as a word of its own ("transformer" for "Transformer")?"""
    low = name.lower()
    if low == name:
        return False
    # str.find and a look at the characters either side, not a regex compiled per name (hot path)
    start = text.find(low)
    while start != -1:
        end = start + len(low)
        if not (start and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end])):
            return True
        start = text.find(low, start + 1)
    return False


def _joins(ch: str) -> bool:
    """A character that continues a word (as the regex class [\\w-])."""
    return ch.isalnum() or ch in "_-"


@lru_cache(maxsize=4096)
def caps_title(title: str) -> bool:
    """A title written in capitals: at least three words of three letters or more, 80% of its letters upper case."""
    letters = [c for c in title if c.isalpha()]
    words = [w for w in title.split() if sum(c.isalpha() for c in w) >= 3]
    return len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def featurize(doc: Doc, unit: Unit, entries: Mapping[str, Any] | None) -> list[str]:
    """The feature strings of ``unit`` (see the module docstring)."""
    feats: list[str] = ["bias"]
    kept = unit.row is not None
    feats.append(f"kept={kept}")
    if unit.rule_type:
        feats.append(f"rule_type={unit.rule_type}")
    feats.extend(_surface(unit.name))
    if not unknown_name_kept(unit.name):
        feats.append(f"unlike_name={kept}")
    sources = sorted({m.source for m in unit.mentions})
    feats.extend(f"src={s}" for s in sources)
    feats.extend(f"kept_src={kept}:{s}" for s in sources)
    n = len(unit.mentions)
    feats.append(f"mentions={min(n, 4)}")
    long_forms = unit.aliases or tuple(m.long_form for m in unit.mentions if m.long_form)
    if long_forms:
        feats.append("has_alias")
        feats.extend(f"alias_head={w}" for w in _last_words(long_forms))
        case = _long_form_case(long_forms[0])
        if case:  # "dissolved oxygen (DO)" is a concept's short form, "Quokka Fusion Network (QFN)" a name's
            feats.append(f"alias_case={case}")
            feats.append(f"alias_case={case}:{kept}")
    if unit.coined:
        feats.append("coined")
    if unit.votes:
        total = sum(unit.votes.values()) or 1.0
        top = max(sorted(unit.votes), key=lambda t: unit.votes[t])
        feats.append(f"vote_top={top}")
        feats.append(f"vote_share={top}:{min(int(unit.votes[top] / total * 4), 3)}")
        feats.append(f"vote_total={min(int(total), 6)}")
        feats.extend(f"voted={label}" for label in sorted(unit.votes))
    for entry in _entries(unit, entries):
        feats.append(f"lex_type={entry.type}")
        feats.append(f"kept_lex={kept}:{entry.type}")
        feats.append(f"lex_papers={_bucket(getattr(entry, 'papers', 0))}")
        feats.extend(_corpus(entry.type, getattr(entry, "corpus", ())))
    text = doc_text(doc)
    starts = sentence_starts(doc)
    for m in unit.mentions[:_MAX_CONTEXT_MENTIONS]:
        sent_start, sent_end = sentence_bounds(doc, m.start)
        feats.extend(_context(doc, m, text, sent_start, sent_end))
        if starts and len(starts) > 1 and m.start < starts[1]:
            feats.append("in_title")
        before = text[sent_start:m.start]
        if may_introduce(before) and INTRO.search(before):
            feats.append("intro_before")
        if _CITE_AFTER.match(text, m.end):
            feats.append("cited")  # full text cites the work that made a method or dataset
        if _MADE_AFTER.match(text, m.end, sent_end):
            feats.append("made_after")  # "X, a benchmark we introduce", "X, which we propose"
    for label, count in sorted(unit.peers.items()):
        feats.append(f"peers_{label}={min(count, 3)}")
    if len(unit.peers) == 2:
        feats.append("peers_mixed")
    elif unit.peers:
        feats.append(f"peers_only={next(iter(unit.peers))}:{unit.rule_type}")
    if unit.name[:1].isupper() and " " not in unit.name and lower_in(unit.name, text):
        feats.append(f"doc_lower={kept}")  # the paper also writes the name as an ordinary word
    elif " " in unit.name and unit.name[:1].isupper() and lower_in(unit.name, text):
        feats.append(f"doc_lower_phrase={kept}")  # "Vision Transformer" and "vision transformer": a concept
    return list(dict.fromkeys(feats))


@lru_cache(maxsize=50_000)
def _corpus(lex_type: str, counts: tuple[int, ...]) -> tuple[str, ...]:
    """The corpus's evidence on a lexicon name: in which contexts the whole corpus uses it, how
    consistently it is capitalised in running text, whether papers introduce or define it."""
    if len(counts) != len(CORPUS_KEYS):
        return ()
    c = dict(zip(CORPUS_KEYS, counts, strict=True))
    out = []
    ctx = {k: c[f"{k}_ctx"] for k in ("dataset", "benchmark", "model", "eval", "metric")}
    total = sum(ctx.values())
    if total:
        top = max(sorted(ctx), key=lambda k: ctx[k])
        out.append(f"corpus_ctx={top}")
        out.append(f"corpus_ctx_type={lex_type}:{top}")
        out.append(f"corpus_ctx_n={_bucket(total)}")
    else:
        out.append("corpus_ctx=none")
    if c["metric_ctx"]:
        out.append("corpus_metric")
    running = c["lower_running"] + c["cap_running"]
    if running:
        out.append(f"corpus_lower_share={min(int(c['lower_running'] / running * 4), 3)}")
    for key in ("introduced", "defined", "lower_long", "keyword_papers", "curated"):
        if c[key]:
            out.append(f"corpus_{key}")
    return tuple(out)


def _entries(unit: Unit, entries: Mapping[str, Any] | None) -> Iterator[Any]:
    seen: set[str] = set()
    for m in unit.mentions:
        entry = m.entry
        if entry is not None and entry.id not in seen:
            seen.add(entry.id)
            yield entry
    if entries is not None and unit.lexicon_id is not None and unit.lexicon_id not in seen:
        entry = entries.get(unit.lexicon_id)
        if entry is not None:
            yield entry


def _context(doc: Doc, m: Candidate, text: str, sent_start: int, sent_end: int) -> list[str]:
    """Words around a mention, and head nouns near it in its sentence (``sent_start``-``sent_end``, characters)."""
    out: list[str] = []
    n = len(doc)
    lo, hi = max(0, m.tok_start - _WINDOW), min(n, m.tok_end + _WINDOW)
    # (offset, lower-case text) of the window's tokens either side, each Token built once: the words next to the
    # mention are the window's nearest. (Indexing, not slicing: a slice of a Doc costs as much as several tokens.)
    before = [(tok.idx, tok.lower_) for tok in map(doc.__getitem__, range(lo, m.tok_start))]
    after = [(tok.idx, tok.lower_) for tok in map(doc.__getitem__, range(m.tok_end, hi))]
    if m.tok_start > 0:
        out.append(f"w-1={before[-1][1]}")
        if m.tok_start > 1:
            out.append(f"w-2={before[-2][1]}")
    else:
        out.append("w-1=<s>")
    if m.tok_end < n:
        nxt = after[0][1]
        out.append(f"w+1={nxt}")
        if m.tok_end + 1 < n:
            nxt2 = after[1][1]
            out.append(f"w+2={nxt2}")
            out.append(f"w+1,2={nxt}_{nxt2}")
    else:
        out.append("w+1=</s>")
    # An item of an enumeration: "(1) Tool Invocation: the agent ...", "(ii) Kelp Fusion, which ...", "(2) Step
    # Planning to generate ...": a step's label, or the paper's named part; what follows tells which.
    # (the bracket first: every label the pattern matches closes one, and few names follow one)
    if text.find(")", max(0, m.start - 8), m.start) >= 0 and _ENUM_BEFORE.search(text, max(0, m.start - 8), m.start):
        nxt = doc[m.tok_end].text if m.tok_end < n else "</s>"
        label = "colon" if nxt == ":" else "to" if nxt == "to" else "comma" if nxt == "," else "bracket" \
            if nxt == "(" else "other"
        out.append(f"enum_item={label}")
    # Head nouns near the mention, not only next to it: "trained on X, which contains 2M images and
    # is the largest dataset", "X and Y are used as backbone models".
    for side, window in (("<", before), (">", after)):
        for idx, word in window:
            if not sent_start <= idx < sent_end:
                continue
            kind = _WINDOW_HEADS.get(word)
            if kind is not None:
                out.append(f"near{side}{kind}")
            elif word in _WINDOW_CUES:
                out.append(f"near{side}{word}")
            elif word == "%" or "." in word and _DECIMAL.fullmatch(word):  # (the point first: few words hold one)
                out.append(f"near{side}score")  # "84.02% H-mean on the arbitrarily-shaped X dataset": scored on
    return out


def _long_form_case(long_form: str) -> str | None:
    """How a long form is written: "lower" (every word in lower case), "first" (only its first word
    capitalised, as at a sentence start) or "title"; None for one word, which says nothing."""
    words = [w for w in long_form.split() if w[:1].isalpha()]
    if len(words) < 2:
        return None
    if all(w[:1].islower() for w in words):
        return "lower"
    if all(w[:1].islower() for w in words[1:]):
        return "first"
    return "title"


def _last_words(aliases: tuple[str, ...]) -> list[str]:
    out = []
    for alias in aliases[:2]:
        words = _WORD.findall(alias.lower())
        if words:
            out.append(words[-1])
    return out


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-4" if n < 5 else "5-19" if n < 20 else "20+"


@lru_cache(maxsize=200_000)
def _surface(name: str) -> tuple[str, ...]:
    """Features of the name's own letters (cached: names recur across papers)."""
    words = name.split()
    feats = [f"shape={name_shape(words[0]) if words else None}", f"ntok={min(len(words), 4)}",
             f"wshape={_word_shape(name)}", f"suffix3={name[-3:].lower()}", f"len={min(len(name) // 3, 8)}"]
    if any(ch.isdigit() for ch in name):
        feats.append("digit")
    if "-" in name:
        feats.append("hyphen")
    if name[:1].islower():
        feats.append("lower_start")
    if name.isupper():
        feats.append("all_upper")
    if name.endswith("s") and len(name) > 3 and name[-2].isupper():
        feats.append("plural_acronym")
    if PARAMETER_COUNT.search(name):
        feats.append("param_count")
    if BENCH_END.search(name):
        feats.append("bench_end")
    tail = _TAIL.search(name)
    if tail:  # "FSVOD-500", "SIB-200" (classes or languages), "Uni-Edit-148k" (items), "WebArena-Lite-v2"
        feats.append(f"tail={tail.lastgroup}")
    if len(words) > 1:
        feats.append(f"last_word={words[-1].lower()}")
        feats.append(f"first_word={words[0].lower()}")
        # "SignDW Transformer", "Hunyuan3D DiT" hold a coined word; "Tool Invocation" is plain words
        coined = sum(name_shape(w) in ("mixed", "acronym", "alnum") for w in words)
        feats.append(f"coined_words={min(coined, 2)}")
    return tuple(feats)


# The last part of a name after a hyphen, a space or letters: a count, a number of items or a version.
_TAIL = re.compile(r"(?:(?<=[A-Za-z]-)|(?<=[A-Za-z] )|(?<=[A-Za-z]))(?:(?P<int>\d{2,})|(?P<items>\d+(?:\.\d+)?[kK])"
                   r"|(?P<version>v\d+(?:\.\d+)*))$")


def _word_shape(text: str) -> str:
    """spaCy-like shape, runs collapsed: "ResNet-50" -> "XxXx-d"."""
    out: list[str] = []
    for ch in text[:20]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)
