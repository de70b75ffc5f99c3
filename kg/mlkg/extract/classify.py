"""The type classifier: one entity per distinct name in a paper, typed by votes.

Signals, each a weighted vote summed over all mentions of the entity:
the lexicon's type; head nouns next to a mention ("the X dataset", "benchmark
X", "X, a new suite of ..."); name shapes (-Bench, -QA, -10M); acronym
expansions ("... Dataset (XD)"); and the title ("X: A Benchmark for ...").
Generic concepts are dropped here, where the whole document is visible:
lexicon Generic entries, plurals of generic acronyms (LLMs), undefined short
acronyms, and word compounds like Vision-Language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import EntityType, Role

from .candidates import Candidate, doc_text, ensure_doc_extensions, sentence_bounds
from .cues import INTRO, INTRODUCED_AFTER, METRICS, may_introduce
from .lexicon import CORPUS_KEYS, LexEntry
from .makers import with_makers
from .names import (
    BACKBONE_SPEC,
    CITATION,
    CONTEST_HEADS,
    DATA_AMOUNT,
    HEAD_AS_TASK,
    LEVEL_TAILS,
    LIST_SPLIT,
    NEVER_NAME,
    PLAIN_WORD,
    SIZE_TOKEN,
    agent_noun,
    lower_versioned,
    lower_word_in,
    title_name,
)
from .shapes import (
    BENCH_END,
    EDITION_NUMERALS,
    LOWER_BENCH,
    NUMBERED_SIBLINGS,
    has_size_suffix,
    name_shape,
    norm_key,
)
from .sized import split_sized
from .spans import abbreviations_of, read_candidates, update_candidates, write_entities
from .words import alternation, words

# Head nouns next to a name that say what it is ("the X dataset"), from data/words.toml.
DATASET_WORDS = words("heads.dataset")
BENCHMARK_WORDS = words("heads.benchmark")
MODEL_WORDS = words("heads.model")
_HEAD_WORDS = {**{w: "Dataset" for w in DATASET_WORDS}, **{w: "Benchmark" for w in BENCHMARK_WORDS},
               **{w: "Model" for w in MODEL_WORDS}}
_WEAK_HEADS = words("heads.weak")
# Long-form last words of named methods (as opposed to fields such as "... Learning").
_METHOD_HEADS = words("heads.method")
# What a set is called before its name: "on the in-domain X" (a split of the data, not a kind of model).
_DATA_ADJECTIVES = ("in-domain ", "out-of-domain ", "held-out ", "unseen ", "challenging ")
_DATA_ADJECTIVE = rf"(?:{'|'.join(_DATA_ADJECTIVES)})?"
_DATA_BEFORE = re.compile(
    r"(?:(?:pre-?)?trained|evaluated|evaluations?|tested|experiments|results|accuracy|performance|fine-tuned|"
    r"benchmarked)"
    rf" (?:\w+ ){{0,2}}?(?:on|in|across) (?:both |the )?{_DATA_ADJECTIVE}$|"
    # "we construct a benchmark from X", "a subset sampled from X": the data a set is made from
    r"\b(?:benchmark|dataset|data set|subset|split|corpus|test set)s?(?: (?:derived|sampled|drawn|collected|curated|"
    r"extracted|constructed|built|selected))? from (?:the )?$|"
    r"\b(?:sampled|drawn|extracted|curated) from (?:the )?$|"
    # "using data from the American National Election Study": a source of data (not "data from GPT-4o", distilled)
    r"\bdata (?:collected |obtained |drawn |taken )?from the $|"
    # "establishes a new state-of-the-art (SOTA) on X", "sets new SOTA records on X"
    r"\b(?:state[- ]of[- ]the[- ]art|sota)\)?(?: (?:results?|performance|records?|scores?|accuracy))? on (?:the )?$|"
    # "for de novo 3D generation on X": the task a score is stated for, on the data
    r"\b(?:generation|classification|segmentation|detection|retrieval|recognition|captioning|summarization)"
    r" on (?:the )?$|(?:datasets?|corpora|benchmarks?)(?: such as| like|,? e\.g\.,?) $|(?:datasets|corpora|benchmarks),?"
    r" including $|\b(?:on|across) (?!(?:the|our|this|its|their) )(?:[\w-]+ ){0,2}(?:dataset|benchmark),? including $"
    # (not "on the D dataset, including [M] (x vs y)", "our dataset, including [M]": the models evaluated on it)
    # "we evaluate EA-Foo on X", "we test our model on X": the present tense, with the evaluated system named
    r"|\bwe (?:evaluate|test|benchmark|train|fine-tune|finetune) (?:[\w.+-]+ ){1,3}on (?:both |the )?$"
    # "fine-tuning Qwen2.5-VL-7B on X", "training ResNet-50 on X": the gerund, with the trained system named
    r"|\b(?:fine-?tuning|finetuning|training|pre-?training|evaluating|testing) (?:[\w.+-]+ ){1,3}on (?:both |the )?$"
    # "we train on X and test on Y", "the test set of X", "the standard train/test split of X"
    r"|\b(?:evaluate|test|train|fine-tune|finetune) on (?:the )?$"
    r"|\b(?:test|testing|training|train|validation|dev|development|evaluation|held-out|train/test)"
    r" (?:set|split|portion|subset|partition)s? of (?:the )?$", re.IGNORECASE)
# _DATA_BEFORE without IGNORECASE, for lower-cased ASCII text: the same matches (its letters are all lower case), and
# case-sensitive matching is faster (no case folding per character).
_DATA_BEFORE_LOWER = re.compile(_DATA_BEFORE.pattern)
# A word that every alternative of _DATA_BEFORE holds (lower-cased): the search is costly, and most windows lack all.
_DATA_BEFORE_WORDS = ("train", "test", "evaluat", "experiments", "results", "accuracy", "performance", "tun",
                      "benchmark", "from ", "art", "sota", "generation", "classification", "segmentation", "detection",
                      "retrieval", "recognition", "captioning", "summarization", "corpora", "set", "split", "portion",
                      "partition")


def _data_before(before_lower: str) -> bool:
    """``_DATA_BEFORE.search(before_lower)``, after a cheap test for the words it needs."""
    if before_lower.isascii():
        for word in _DATA_BEFORE_WORDS:  # (a loop, not any() over a generator: this runs per name)
            if word in before_lower:
                return _DATA_BEFORE_LOWER.search(before_lower) is not None
        return False
    # (case-insensitive matching folds some other letters into ASCII ones: those windows search, as the pattern is)
    return _DATA_BEFORE.search(before_lower) is not None


# A sentence that opens on the set it reports: "On Quokka, our method ..." (for names no corpus knows).
# (after a connective: "Moreover, on both A and B, a 0.5B LLM outperforms ..."; or a list item's label: "(2) On X")
_OPENS_ON = r"(?:^|\. |; |\n)(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-z])\) )?" \
            r"(?:(?:moreover|furthermore|notably|additionally|in addition|finally|specifically|overall|" \
            r"in particular|similarly|meanwhile|also),? )?(?:(?:when )?(?:evaluated|tested|validated|benchmarked) )?" \
            r"(?:on|across) (?:both |all |the )?"
_ON_OPENING = re.compile(rf"{_OPENS_ON}$")
# ... and the later members of a list the sentence opens on: "On ECF, MECAD, and [MEC4], RPCL improves ..."
_ON_OPENING_LIST = re.compile(rf"{_OPENS_ON}(?:[^\s,;.()]+(?: [^\s,;.()]+)?, )+(?:and |or )?$"
                              rf"|{_OPENS_ON}[^\s,;.()]+(?: [^\s,;.()]+)? (?:and|or) $")
# ... or its name in brackets after what it holds: "On Persian (PHTD), joint training achieves ..." (at the sentence's
# start: a match at the window's start is none)
_ON_OPENING_GLOSS = re.compile(rf"{_OPENS_ON}(?:an? )?[\w-]+(?: [\w-]+){{0,2}} \($")
# A split's or a part's code: "S1", "T2" (in brackets after a name: "BEN-14K (S1)").
_SPLIT_CODE = re.compile(r"[A-Z]\d{1,2}")
_NAME_GOES_ON = re.compile(r" [A-Z0-9]")  # ("the task in the NLPCC-2025 M4IVQA challenge": a longer name)
_TASK_IN_BEFORE = re.compile(r"\btasks? (?:in|from) (?:the )?$")
_TASK_WORD = r"(?!(?:across|on|in|of|for|with|like|over|at|and|or)\b)[a-z][\w-]* "  # (not "X's performance across tasks")
_POSSESSED_TASK_AFTER = re.compile(rf"['’]s? (?:{_TASK_WORD}){{0,3}}(?:and [A-Z][\w-]*['’]s? (?:{_TASK_WORD}){{0,3}})?"
                                   r"tasks?\b")
# A sentence that opens on its set: "On SUN RGB-D, ...", "On the KITTI benchmark, ..." (up to a comma).
_OPENED_ON_SET = re.compile(r"On (?:the )?[A-Z][\w.+-]*(?: [\w.+-]+){0,3}, [^;]*")


def _opened_on_another_set(doc: Doc, text: str, cand: Candidate) -> bool:
    """"On SUN RGB-D, X improves ... by +6.1 mIoU on [DFormer]": the sentence opens on its set, so a gain stated on a
    new name later is one on a model the method is applied to (not "On A, B and [C], ...": a set the opening lists)."""
    start = sentence_bounds(doc, cand.start)[0]
    return _OPENED_ON_SET.match(text, start, cand.start) is not None and text.find(cand.text, start, cand.start) < 0
_LIST_CLOSE = re.compile(r",|\s+(?:and|or)\s")  # (the list goes on, or closes with the opening's comma)
# "+3.1% FID on X", "the FID score on X": a score is measured on data (case-sensitive: "IS", "EM" are metrics,
# "is on" is not)
_METRIC_BEFORE = re.compile(rf"(?<![\w-])(?:(?:{METRICS})(?: (?:metric|score)s?)?|[A-Z][\w@-]{{0,10}} metrics?)"
                            r" on (?:the )?$")  # (an acronym the word "metric" names one: "the FD metric on X")
# An appositive that defines the name before it: ", a ...", ", an ...", " (a ...", ", the first ...".
_LONG_FORM_BRACKET = re.compile(r"\s*\([^()]{2,120}\)")
_DEFINING_APPOSITIVE = re.compile(r"(?:\s*(?:,|\(|:|—|–|--)|\s-)\s*(?:an?|the first|the largest)\s", re.IGNORECASE)
# A number and "on": "86.4% J on X", "2.5 points on X" (for names the lexicon does not know; a known model
# after it is what a method is applied to: "+3.1% on Qwen2.5-7B").
# A task the name before it qualifies: "84.2% F1 in TRIZ [contradiction pair identification]" (a field's name, not the
# data the score is on).
_TASK_PHRASE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(words("heads.task"))) + r")\b")
_SCORED_ON = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?\s?(?:%|points?|pp|pts)?(?: (?:average|mean|overall))?"
                        # (not "0.16 gain in PCLD": what a gain is in is its metric)
                        r"(?: (?!(?:gain|improvement|increase|boost|reduction|drop|decrease)s? in )"
                        r"[A-Za-z@-][\w@.&-]{0,11})?"
                        r" (?:on|in) "
                        rf"(?:the )?{_DATA_ADJECTIVE}$"
                        # "AP gains of 3.7% (FSVOD-500), 5.3% (FSYTV-40)": a score, then the data it is on in brackets
                        r"|(?<![\w.-])[+-]?\d+(?:\.\d+)?\s?(?:%|points?|pp|pts) \($"
                        # "9.09% improvement of mLPIPS on DyCheck": a gain in a metric, then the data it is on
                        r"|(?<![\w.-])[+-]?\d+(?:\.\d+)?\s?(?:%|points?|pp|pts)? (?:improvement|gain|increase|boost)s? "
                        r"(?:of|in) [A-Za-z@-][\w@.&-]{0,11} on (?:the )?$")
# "on both PQuAD (F1 88.35)", "on FarsTail (Macro-F1 0.835)": after "on", a name whose bracket states a metric and
# its score is the data the score is on (a model's bracket holds its bare number: "CLIP (56.8%)").
_ON_BEFORE = re.compile(r"\b(?:on|across) (?:both |the |all )?$")
_METRIC_SCORE_BRACKET = re.compile(rf" ?\((?i:{METRICS})(?: ?[=:]| of)? ?[+-]?\d")
# What _METRIC_BEFORE's and _ON_OPENING's matches end in (a cheap test before their searches).
_METRIC_BEFORE_TAILS = (" on ", " on the ")
_ON_OPENING_TAILS = ("on ", "across ", "both ", "all ", "the ")


def _ends_in(text: str, tails: tuple[str, ...]) -> bool:
    """Whether ``text`` ends in one of ``tails``, or does before a final newline (where a pattern's "$" matches too)."""
    return text.endswith(tails) or text.endswith("\n") and text[:-1].endswith(tails)


# What every alternative of _DATA_BEFORE, _METRIC_BEFORE and _SCORED_ON ends in (lower-cased): a cheap test first.
_CUE_TAILS = ("on ", "in ", "of ", "the ", "as ", "like ", "including ", "e.g. ", "e.g., ", "(", "across ", "both ",
              "from ", *_DATA_ADJECTIVES)
# Long-form last words of tasks and fields ("question answering (QA)"), which are not names.
_TASK_HEADS = words("heads.task")
_BENCH_SHAPE = re.compile(r"(?:Bench|BENCH|Eval|EVAL|Arena)(?:[-_ ]?(?:\w{0,6}|v?\d+\.\d+))?$|"
                          r"^Bench|QA(?:v?\d)?$|-QA(?![A-Za-z])|-bench$")  # (not "QUEL-QAL", a library)
_BENCH_JOINED = re.compile(r"(?<=[A-Za-z0-9])(?:Bench|BENCH|-bench)(?:[-_ ]?(?:[A-Z][a-z]{0,5}|v?\d+(?:\.\d+)?))?$")
_LETTER_COMPOUNDS = words("nonentity.letter_compounds")
# Long-form last words that name data: "Penn Discourse Treebank (PDTB)" is a dataset the paper names.
_DATA_LONG_HEADS = words("heads.long_form_dataset")
# Sources of candidates that their context, not their shape, made names (see mlkg.extract.names).
_CONTEXT_SOURCES = frozenset({"headed", "listed", "introduced", "contest"})
_WORD_CHUNK = re.compile(r"^[A-Z]?[a-z]+$|^[a-z]+$")
_RELEASE_TIERS = frozenset({"Pro", "Max", "Ultra", "Flash", "Lite", "Mini", "Plus", "Turbo", "Nano", "Instruct",
                            "Chat", "Thinking", "Coder", "Omni", "Distill"})
_SIZE_LETTER = frozenset({"S", "B", "L", "H", "G", "T", "M", "XL", "XXL", "Ti", "XS", "Huge", "Large", "Base", "Giant"})
# What may stand between "we propose" and the name it gives: an article or "a new/novel".
_DIRECTLY_NAMED = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?$", re.IGNORECASE)
_PLURAL_ACRONYM = re.compile(r"^(\d?[A-Z][A-Za-z0-9]*[A-Z0-9])s$")  # (and "3DBBs")
_NAMING_VERBS = frozenset({"called", "termed", "named", "dubbed", "namely"})
# The head noun a naming verb gives its name: "a dataset [of ...], called AVU" (no sentence or clause break between).
_CALLED_HEADS = r"(?:dataset|benchmark|corpus|model|framework|method)"
_CALLED_HEAD = re.compile(rf"\b({_CALLED_HEADS})\b(?:(?!\b{_CALLED_HEADS}\b)[^.;:()]){{0,80}}?,?\s+"
                          r"(?:called|termed|named|dubbed|namely|refer(?:s|red)?\s+to\s+as)\s+$",
                          re.IGNORECASE)  # the nearest head ("The resulting method, which we refer to as CHAIR-DPO": a
# method, whatever a known CHAIR makes the name)


_DETERMINED_HEAD = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]his)\s+(?:[\w-]+\s+){{0,3}}?({_CALLED_HEADS})\b",
                              re.IGNORECASE)
_NAMING_TAIL = re.compile(r",?\s+(?:called|termed|named|dubbed|namely|refer(?:s|red)?\s+to\s+as)\s+$")
_REFERRED_AS = ("refer to as ", "referred to as ", "refers to as ")


def _determined_head(text: str, start: int) -> str | None:
    """The head of the noun phrase a naming verb names, when a determiner opens it: "the first benchmark in the
    virtual agent domain for reward model training, named SRM" is a benchmark (not the "model" of its modifier)."""
    lo = max(0, start - 160)
    tail = _NAMING_TAIL.search(text, lo, start)
    if tail is None:
        return None
    window = text[lo:tail.start()]
    cut = max(window.rfind(". "), window.rfind(";"), window.rfind(":"))
    heads = list(_DETERMINED_HEAD.finditer(window, cut + 1))
    return heads[-1].group(1) if heads else None


@dataclass(slots=True)
class DocEntity:
    """A distinct entity of one document, with all its mentions."""

    key: str
    name: str
    type: EntityType = EntityType.MODEL
    mentions: list[Candidate] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=dict)
    role: Role = Role.MENTIONS
    confidence: float = 0.5
    lexicon_id: str | None = None
    lexicon_name: str | None = None
    long_form: str | None = None
    coined: bool = False
    stated: bool = False  # the type is what the paper says the name is ("X, a dataset of ..."), not the lexicon's
    extractor: str = "mlkg_names"
    # (text, start, end) sentences, when the component that found the entity chose them (repositories)
    evidence: list[tuple[str, int | None, int | None]] | None = None


def _compound_of_words(text: str) -> bool:
    """Vision-Language, Text-to-Image, X-ray: hyphenated ordinary words, not a name."""
    parts = [p for p in re.split(r"[-/]", text) if p]
    if len(parts) < 2 or BENCH_END.search(text) or parts[-1] in ("Benchmark", "Benchmarks"):
        return False  # "Imagine-Bench", "Sentient-Benchmark": an evaluation suite's name, however plain its first word
    if len(parts) >= 2 and parts[-1] in _SIZE_LETTER and parts[0][:1].isupper() and len(parts[0]) > 2:
        return False  # Swin-B, ViT-L
    if len(parts) == 2 and parts[1] in _RELEASE_TIERS and len(parts[0]) > 2:
        return False  # Janus-Pro, Seed-Thinking: a release tier after a word names a model
    if len(parts[0]) == 1 and parts[0].isalpha() and parts[0].isascii():
        # X-ray, T-shirt, K-Means; but R-Net, Q-Former (a capital letter and a capitalised word),
        # Ω-Net and β-VAE are names
        return not (parts[0].isupper() and len(parts) == 2 and len(parts[1]) >= 2 and parts[1][0].isupper()
                    and text.lower() not in _LETTER_COMPOUNDS)
    return all(_WORD_CHUNK.match(p) for p in parts)


_SPLIT_WORDS = words("heads.splits")


# A head noun followed by one of these is a verb with its object: "VIOLIN scans the image", "X sets a record".
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "each", "every", "this", "these", "their", "our", "all"})


# Adjectives after "the" in an appositive that names what the name is: "X, the large-scale benchmark for ...".
_NAMING_ADJECTIVES = frozenset({"new", "novel", "comprehensive", "unified", "official", "leading", "standard",
                                "popular"})
# Parameter counts in a bracket right after a name: "(1.5B/7B)", "(7B and 14B)".
_SIZES_BRACKET = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s?[BM](?:\s*(?:/|,|and|or)\s*\d+(?:\.\d+)?\s?[BM])*\s*\)")
# A bracketed list right after a plural head (and a few words that describe it), up to a member.
_BRACKET_LIST_KINDS = {"datasets": "Dataset", "corpora": "Dataset", "benchmarks": "Benchmark", "models": "Model",
                       "vlms": "Model", "llms": "Model", "mllms": "Model", "lvlms": "Model", "architectures": "Model",
                       "backbones": "Model", "baselines": "Model"}
_INSTRUMENTS_LISTED = re.compile(r"\b(?:assessment|clinical|psychometric|diagnostic|psychological|psychiatric|"
                                 r"screening)\s+(?:tools|instruments|scales|questionnaires|inventories)\s*\(\s*"
                                 r"(?:[^(),;]{1,30},\s*)*(?:and\s+|or\s+)?$")


def _instruments_listed(text: str, start: int, end: int) -> bool:
    """``_INSTRUMENTS_LISTED.search(text, start, end)``, tried only on a window holding one of its plural nouns
    (case-sensitive, as the pattern is): few windows before a bracket hold one."""
    return (text.find("tools", start, end) >= 0 or text.find("instruments", start, end) >= 0
            or text.find("scales", start, end) >= 0 or text.find("questionnaires", start, end) >= 0
            or text.find("inventories", start, end) >= 0) and _INSTRUMENTS_LISTED.search(text, start, end) is not None


_LISTED_IN_BRACKET = re.compile(r"\b(datasets|corpora|benchmarks|models|VLMs|LLMs|MLLMs|LVLMs|architectures|backbones|"
                                r"baselines)\b"
                                r"(?:\s+(?:for|from|of|on|with|across)\s+(?:(?!\b(?:methods|models|approaches|baselines|"
                                r"systems|algorithms|tools|datasets|benchmarks|frameworks)\b)[^().;,]){1,50}?)?\s*\(\s*"
                                r"(?P<before>(?:[^(),;]{1,30},\s*)*(?:(?:[^(),;\s][^(),;]{0,29}\s)?(?:and|or)\s+)?)$")
_HEADS_BEFORE = frozenset({"dataset", "subset", "benchmark", "corpus", "model", "framework", "method"})
# Tasks described in words, then their benchmark's name in a bracket: "on paper reproduction tasks (PaperBench)".
_TASKS_BRACKET = re.compile(r"\b(?:on|in|across)\s+(?:the\s+)?(?:(?!(?:of|a|an|the)\b)[A-Za-z][\w-]*\s+){1,5}"
                            r"(?P<head>tasks|problems|questions|benchmarks|datasets|corpora)\s*\($")


def _size_tier(text: str, lookup: Callable[[str], LexEntry | None] | None) -> bool:
    """A size letter after a model's name ("ViT-L", "SAM-H"), not a set's variant letter ("IRDST-H"): the
    name before it is known as a model, or written in mixed case as coined model names are."""
    base, _, last = text.rpartition("-")
    if last not in _SIZE_LETTER or not base:
        return False
    if lookup is None or not base.isupper():
        return True
    entry = lookup(base)
    return entry is None and not base.isalpha() or entry is not None and entry.type == "Model"


def _context_votes(doc: Doc, cand: Candidate, lookup: Callable[[str], LexEntry | None] | None = None) -> None:
    n = len(doc)
    tier = _size_tier(cand.text, lookup)
    next_tok = doc[cand.tok_end] if cand.tok_end < n else None  # (read again below: each doc[i] builds a Token)
    nxt = next_tok.lower_ if next_tok is not None else ""
    if nxt == "(":  # "the VIVID++ (indoor-dark) dataset", "the Foo (Lee et al., 2020) corpus"
        close = next((t.i for t in doc[cand.tok_end + 1:min(n, cand.tok_end + 12)] if t.text in (")", "(")), None)
        if close is not None and doc[close].text == ")" and close + 1 < n and doc[close + 1].lower_ in _HEAD_WORDS \
                and doc[close + 1].lower_ not in _WEAK_HEADS:
            nxt = doc[close + 1].lower_
    elif nxt == ")" and cand.tok_end + 1 < n and doc[cand.tok_end + 1].lower_ in _HEAD_WORDS \
            and doc[cand.tok_end + 1].lower_ not in _WEAK_HEADS:
        nxt = doc[cand.tok_end + 1].lower_  # "the Hamburg Driving Scenes (HDS) dataset"
    elif nxt in _SPLIT_WORDS and cand.tok_end + 1 < n and doc[cand.tok_end + 1].lower_ in ("set", "sets", "split",
                                                                                          "splits"):
        nxt = "set"  # "the AG-MNIST test set": a split of a dataset, not a test that evaluates
    if nxt in _HEAD_WORDS and not (cand.tok_end + 1 < n and doc[cand.tok_end].lower_ == nxt and (
            doc[cand.tok_end + 1].lower_ in _OBJECT_DETERMINERS or doc[cand.tok_end + 1].lower_ in HEAD_AS_TASK)):
        cand.vote(_HEAD_WORDS[nxt], 1.0 if nxt in _WEAK_HEADS else 2.0)
        if nxt not in _WEAK_HEADS:
            cand.headed = _HEAD_WORDS[nxt]
    text = doc_text(doc)
    if nxt == "(" and (cand.entry is None or cand.entry.type == "Model") and _SIZES_BRACKET.match(text, cand.end):
        cand.vote("Model", 2.5)  # "experiments on DeepSeek-R1-Distill-Qwen (1.5B/7B)": the sizes of a model
    before = text[max(0, cand.start - 40):cand.start]
    before_lower = before.lower()
    cued = before_lower.endswith(_CUE_TAILS)  # all three patterns end so; most names' contexts do not
    # "On FalconX-7B, ...", "73.1% on FooLM-3.8B": a new name with a parameter count is a model the sentence
    # reports on, not data (a known corpus with a size, LAION-5B, keeps its lexicon type)
    cued = cued and not (cand.entry is None and _PARAMETER_COUNT.search(cand.text))
    if cued and _data_before(before_lower) and not tier:
        cand.vote("Dataset", 1.0)  # not "top-1 accuracy on ViT-L": a size tier names a model variant
    elif cued and _ends_in(before, _METRIC_BEFORE_TAILS) and _METRIC_BEFORE.search(before) and not tier:
        cand.vote("Model" if cand.entry is None and _opened_on_another_set(doc, text, cand) else "Dataset", 1.0)
    elif cued and (cand.entry is None or _coined_often(cand.entry)) and _SCORED_ON.search(before) and not tier \
            and not _BENCH_SHAPE.search(cand.text) and not (
                before_lower.endswith(" in ") and _TASK_PHRASE_AFTER.match(text, cand.end)):
        # "2.5% on PVS-HM": a name no corpus knows (or an acronym many papers coined, each its own way: "70.37% on
        # DART"), with a score stated on it (not a known model's variant: "reduces tokens by 47.3% (Qwen3.5-plus)")
        model_family = cand.entry is None and lookup is not None and _known_family_type(cand.text, lookup) == "Model"
        cand.vote("Model" if model_family or _opened_on_another_set(doc, text, cand) else "Dataset", 1.0)
    opening = cued and _ends_in(before_lower, _ON_OPENING_TAILS) and _ON_OPENING.search(before_lower) is not None \
        or before_lower.endswith("(") \
        and text.startswith("),", cand.end) and (gloss := _ON_OPENING_GLOSS.search(before_lower)) is not None \
        and (gloss.start() > 0 or cand.start <= 40) \
        or before_lower.endswith((", ", "and ", "or ")) \
        and _ON_OPENING_LIST.search(before_lower) is not None and _LIST_CLOSE.match(text, cand.end) is not None \
        and not (cand.entry is None and _PARAMETER_COUNT.search(cand.text)) \
        and not _LIST_THEN_VERB.match(text, cand.end)  # ("On A-7B, B-8B and C-7B": models; "On D, [A] and B
    # achieved x": the opening ends at D, the list after it is the verb's subjects)
    if opening and (cand.entry is None or _untyped_by_contexts(cand.entry)) and not tier \
            and not text.startswith("-", cand.end):  # "On RECAP-trained models": the models are what it reports on
        cand.vote("Dataset", 1.0)  # the set the sentence reports on, "On PVS-HM, our method ..." (and "X, our
        # method" is no apposition)
    if nxt == "(" and (cand.entry is None or _untyped_by_contexts(cand.entry)) and not tier \
            and _ON_BEFORE.search(before_lower) and _METRIC_SCORE_BRACKET.match(text, cand.end):
        cand.vote("Dataset", 1.0)
    if nxt not in _HEAD_WORDS:
        described = _described_head(doc, cand.tok_end)
        if described:
            cand.vote(described, 1.5)  # "the LAE-80C aerial dataset", "the Foo video segmentation benchmark"
            cand.headed = described
    prev = doc[cand.tok_start - 1].lower_ if cand.tok_start > 0 else ""
    if prev == "," and cand.tok_start > 1 and doc[cand.tok_start - 2].lower_ in _HEADS_BEFORE and \
            cand.tok_end < n and doc[cand.tok_end].text == ",":
        prev = doc[cand.tok_start - 2].lower_  # "The dataset, QuokkaSet, contains ...": the head, between commas
    if prev == "(" and cand.tok_start > 1 and doc[cand.tok_start - 2].text in _HEADS_BEFORE and \
            cand.tok_end < n and doc[cand.tok_end].text == ")" and cand.long_form is None:
        prev = doc[cand.tok_start - 2].text  # "a new SVG editing dataset (VG-Edit)": the head names it (not an
        # acronym the words before define, "an inverse dynamics model (IDM)", nor a name's own last word, "the
        # Kelp Benchmark (KB)")
    if prev not in _HEADS_BEFORE and (head_before := _head_then_name(text, cand)):
        prev = head_before  # "a novel benchmark -- X --", "a benchmark, Long Form (X), designed to ..."
    if text.endswith("(", 0, cand.start) and text.startswith(")", cand.end) and (
            tasks := _TASKS_BRACKET.search(text, max(0, cand.start - 90), cand.start)) is not None:
        cand.vote("Dataset" if tasks["head"].lower().startswith(("dataset", "corp")) else "Benchmark", 2.0)
        # "14.3% on Python library development tasks (Commit0)": the bracket names the tasks' benchmark
    if text.rfind("(", max(0, cand.start - 160), cand.start) >= 0 and (
            listed := _LISTED_IN_BRACKET.search(text, max(0, cand.start - 160), cand.start)) and (
            listed.group("before") or text.startswith(",", cand.end)) and not (
            cand.entry is not None and cand.entry.type == "Organization"):  # (not "LLMs from three families (OpenAI,
        # Anthropic, Google)", "vendor architectures (Google ADK, Anthropic)": their makers)
        cand.vote(kind := _BRACKET_LIST_KINDS[listed.group(1).lower()], 2.0)  # "six public datasets for X-ray item
        # detection (OPIXray, CLCXray, ...)", "four advanced VLMs (RadFM, M3D, ...)": what the bracket lists
        if kind == "Model" and cand.entry is not None and cand.entry.type in ("Dataset", "Benchmark"):
            cand.stated = kind  # "architectures (PoinTr, PCN, FoldingNet)": the paper's word outweighs the benchmark
            # a few other papers named PCN
    if prev in _HEADS_BEFORE and _VERB_AFTER_SUBJECT.match(text, cand.end) and _PHRASE_OPENS_HEAD.search(
            text, max(0, cand.start - 80), cand.start):
        pass  # "On this real-world dataset ViFusionTST reaches 0.885": the phrase ends at its head, with no comma
    elif prev in _HEADS_BEFORE:
        cand.vote(_HEAD_WORDS[prev], 2.0)
    elif prev in _NAMING_VERBS or prev == "as" and before_lower.endswith(_REFERRED_AS):
        head_word = _determined_head(text, cand.start)
        called = _CALLED_HEAD.search(text, max(0, cand.start - 100), cand.start) if head_word is None else None
        if head_word or called:  # "a large-scale dataset of multi-view images, termed WebVi3D"
            cand.vote(_HEAD_WORDS[(head_word or called.group(1)).lower()], 2.0)
    end, char_end = cand.tok_end, cand.end
    if next_tok is not None and next_tok.text == ")" and any(
            doc[i].text == "(" for i in range(max(0, cand.tok_start - 3), cand.tok_start)):
        # "the Multi-step Moral Dilemmas (MMDs), the first dataset", "the Tool Decathlon (dubbed as Toolathlon), a
        # benchmark"
        end, char_end = end + 1, next_tok.idx + 1
    at_end = next_tok if end == cand.tok_end else doc[end] if end < n else None
    head = _apposed_head(doc, end) if not opening and not (
        at_end is not None and at_end.text == ":" and "\n" not in text[:cand.start]
        and _PAIRED_BEFORE_COLON.search(text, max(0, cand.start - 6), cand.start)) else None
    if head:
        cand.vote(head, 2.0)
        if _DEFINING_APPOSITIVE.match(text, char_end) or (bracket := _LONG_FORM_BRACKET.match(text, char_end)) \
                and _DEFINING_APPOSITIVE.match(text, bracket.end()):
            cand.stated = head  # "X, a dataset of ...", "X (long form), a framework ...", not "On X, our method ..."
    elif at_end is not None and end + 1 < n and at_end.lower_ in ("is", "was") and _OPENS_SENTENCE.search(before) and (
            head := _head_after(doc, end)):
        cand.vote(head, 2.0)  # "The X is a large-scale dataset with ...": what the sentence it opens says it is
    if _ACTS_AFTER.match(text, cand.end) and _CLAUSE_OPENS.search(before):
        cand.vote("Model", 2.5)  # "..., EPD achieves an FID of 4.47": what scores or outdoes is a model, not data
    if text.startswith(" to benchmark ", cand.end) and before_lower.endswith(_USED_TAILS):
        cand.vote("Benchmark", 2.0)  # "Using MM-Vet v2 to benchmark large multimodal models": what benchmarks them
        cand.stated = "Benchmark"
    if _OUTDONE_BY_AFTER.match(text, cand.end) and _OUTDONE_BEFORE.search(text, max(0, cand.start - 80), cand.start):
        cand.vote("Model", 2.5)  # "outperforms GPT-4o by 5% and PaperQA2 by 7%": what is outdone, by a margin
    contains = _CONTAINS_AFTER.match(text, cand.end)
    if contains and DATA_AMOUNT.match(text, contains.end()):
        cand.vote("Dataset", 2.0)  # "X contains 12,000 images", "X, which consists of 40K samples"
        cand.stated = "Dataset"
    if cand.entry is None and cand.long_form is None and before.endswith(_BRACKET_TAILS) \
            and _TASK_BRACKET_BEFORE.search(before) \
            and _EXPERIMENTS_ON.search(text, sentence_bounds(doc, cand.start)[0], cand.start):
        cand.vote("Dataset", 1.5)  # "experiments on 6-DoF pose estimation (TUD-L) and partial matching (MVP-RG)"
    if (cand.entry is None or cand.entry.type in ("Dataset", "Benchmark")) and _model_list_cue(before) \
            and _MODEL_LIST_BEFORE.search(before):
        cand.vote("Model", 2.0)  # "powerful models like Show-o, Transfusion and Emu3": what the sentence says it is
        if cand.entry is not None:  # outweighs the type other papers' few contexts gave the string (Emu3, a Benchmark)
            cand.stated = "Model"
    if cand.entry is None and (_TASK_IN_BEFORE.search(before) and not _NAME_GOES_ON.match(text, cand.end)
                               or _POSSESSED_TASK_AFTER.match(text, cand.end)):
        cand.vote("Dataset", 1.0)  # "on the turn intention prediction task in Brain4Cars", "in Brain4Cars' intention
        # prediction and AIDE's recognition tasks": the set whose tasks they are
    if cand.entry is None or cand.source != "lexicon":
        referred = _referred_head(doc, text, cand)
        if referred:
            cand.vote(referred, 2.0)  # "we present AgentEHR. This benchmark challenges agents ..."
    if cand.entry is None and before.endswith((" in ", " on ")) and _SCORE_BRACKET_AFTER.match(text, cand.end) \
            and _RANKED_IN_BEFORE.search(before[-60:]):
        cand.vote("Dataset", 1.0)  # "Gemini excelled in Binary_CN (0.687), Single-choice_CN (0.666)": where it scored
    _list_votes(doc, cand)


# A score in a bracket right after a name: "(0.687)", "(71.2%)", "(+3.5%,".
_SCORE_BRACKET_AFTER = re.compile(r"\s*\(\s*[+-]?\d*\.?\d+\s?%?\s*[),;]")
# What ranks a model in or on a set: "excelled in", "ranked highest in", "performs best on", "leads on".
_RANKED_IN_BEFORE = re.compile(r"\b(?:excel\w*|rank\w*(?: \w+)?|(?:perform\w*|scor\w*|did|does) (?:best|highest|well)|"
                               r"(?:best|highest|strongest|top)|led|leads?|wins?|won) (?:in|on) $")


# A head noun of _HEADS_BEFORE set off before the name by a dash or a colon (or, before a defined long form, a comma).
_HEAD_SET_OFF = re.compile(rf"\b({'|'.join(sorted(_HEADS_BEFORE))})\s*(--|—|–|:|,)\s*$")
_DASH_CLOSE = re.compile(r"\s*(?:--|—|–|,|\.|;)")


def _head_then_name(text: str, cand: Candidate) -> str | None:
    """The head noun a new name is set off from: "a novel benchmark -- X --" ("benchmark: X"), or, for an
    acronym defined in a bracket, the one before its long form: "a novel benchmark, Cross-Modal ... (X), ..."."""
    before = text[max(0, cand.start - 160):cand.start]
    if before.rstrip().endswith(("-", "—", "–", ":")) and (m := _HEAD_SET_OFF.search(before)) \
            and m.group(2) != "," and _DASH_CLOSE.match(text, cand.end):
        return m.group(1)
    if cand.long_form and before.endswith("(") and text.startswith(")", cand.end):
        lead = before[:-1].rstrip()
        if lead.endswith(cand.long_form) and (m := _HEAD_SET_OFF.search(lead, 0, len(lead) - len(cand.long_form))):
            return m.group(1)
    return None


# A list of names that a plural head of models opens: "models like Show-o, Transfusion and [Emu3]".
_MODEL_LIST_CUE = re.compile(r"\b(?:like|such as|including|e\.g\.)")


def _model_list_cue(before: str) -> bool:
    """``_MODEL_LIST_CUE.search(before)``, searched only where one of its words is (case-sensitive, as the pattern
    is): it runs per name, and few windows hold one."""
    return ("like" in before or "such as" in before or "including" in before or "e.g." in before) \
        and _MODEL_LIST_CUE.search(before) is not None


_MODEL_LIST_BEFORE = re.compile(
    r"\b(?:models|LLMs|MLLMs|VLMs|LVLMs|LMMs|architectures|backbones|baselines|methods|systems|agents|frameworks),?\s+"
    r"(?:such as|like|including|e\.g\.,?)\s+"
    r"(?:[A-Z][\w.+-]*(?:\s+[\w.+-]+){0,3}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}$")


# A name in brackets after the task it is data for, in a sentence that reports experiments on it.
_TASK_BRACKET_BEFORE = re.compile(r"\b[a-z][\w-]*\s+(?:estimation|matching|detection|segmentation|classification|"
                                  r"retrieval|recognition|tracking|registration|answering|generation|reasoning)\s*\($")
# What every match of _TASK_BRACKET_BEFORE ends with ("$" matches before a final newline too): tested first.
_BRACKET_TAILS = ("(", "(\n")
_EXPERIMENTS_ON = re.compile(r"\b(?:experiments|evaluations?|results|tests|evaluated|tested|validated|benchmarked)\b"
                             r"[^.;]{0,200}?\bon\b", re.IGNORECASE)
# The next sentence refers back to what the paper just introduced: "We present X. This benchmark ...".
_THIS_HEAD = re.compile(r"\s*(?:This|The|Our)\s+(?:new\s+|proposed\s+|novel\s+)?(benchmark|dataset|corpus|suite|"
                        r"model|framework|method)\b")


def _referred_head(doc: Doc, text: str, cand: Candidate) -> str | None:
    """The type the sentence after an introducing sentence gives its last name, by referring back to it."""
    if not _SENTENCE_END_AFTER.match(text, cand.end):
        return None  # the name ends the sentence: "... we present AgentEHR." (tested first: most names do not)
    s_start, s_end = sentence_bounds(doc, cand.start)
    head = _THIS_HEAD.match(text, s_end)
    intro = INTRO.search(text, s_start, cand.start) if head is not None else None
    if intro is None or not _MADE_OBJECT.fullmatch(text, intro.end(), cand.start):
        return None  # (not "We introduce a dataset ... distilled from X. The dataset ...": X is no object of the verb)
    return _HEAD_WORDS[head.group(1).lower()]


_MADE_OBJECT = re.compile(r"\s+(?:(?:a|an|the|our|new|novel)\s+)*")


_SENTENCE_END_AFTER = re.compile(r"\s*[.!]\s")


# (A score stated on a name, "86.4% J on X", was a Dataset vote here: measured on 2026-12-01 it cost gold-train
# 0.005 and gold-val 0.002 once the decider was retrained, which reads the same context from its features.)
# Head nouns that a few lower-case words may separate from the name: not the weak ones, nor after a participle
# ("the CLIP-generated dataset" names no CLIP data) or a model word ("the BERT training corpus").
_DESCRIBED_HEADS = {w: t for w, t in _HEAD_WORDS.items() if t != "Model" and w not in _WEAK_HEADS
                    and not w.endswith("s") and w not in ("collection", "split", "subset")}


def _described_head(doc: Doc, end: int) -> str | None:
    """The data head one to three lower-case descriptive words after a name: "X aerial dataset" -> Dataset,
    "the X camera viewpoint perturbation benchmark" -> Benchmark."""
    n = len(doc)
    i = end
    for _ in (1, 2, 3):
        if i + 1 >= n:
            return None
        word = doc[i]
        if not (_language_pair(word.lower_) and word.whitespace_):  # (as "the WMT 24 English-Chinese benchmark")
            if _joined_words(doc, i):
                i += 2  # "the X question-answering benchmark": one description of two words joined
                word = doc[i]
            if not (word.is_alpha and word.is_lower) or word.lower_ in _HEAD_WORDS or word.lower_ in _NOT_DESCRIPTIONS \
                    or word.lower_.endswith(("ed", "ing")) and word.lower_ not in _FIELD_GERUNDS or not word.whitespace_:
                return None
        i += 1
        if i >= n:
            return None
        head = _DESCRIBED_HEADS.get(doc[i].lower_)
        if head is not None:
            return head
    return None


def _joined_words(doc: Doc, i: int) -> bool:
    """Two lower-case words joined by a hyphen start at token ``i`` ("question-answering")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i].is_alpha and doc[i].is_lower


# Fields named by a gerund, which describe data as any adjective does ("the X remote sensing dataset", "the X
# question answering benchmark"; not "the BERT training corpus" nor "the CLIP-generated dataset").
_FIELD_GERUNDS = frozenset({"sensing", "driving", "imaging", "reasoning", "answering", "captioning", "grounding",
                            "parsing", "planning", "tracking", "editing", "forecasting", "modeling", "modelling",
                            "mapping", "reading", "writing", "coding", "programming", "ranking", "matching",
                            "hashing", "inpainting", "dehazing", "deblurring", "denoising", "understanding",
                            "processing", "computing", "manufacturing", "shopping", "banking", "nursing"})
_NOT_DESCRIPTIONS = frozenset({"and", "or", "of", "on", "in", "for", "to", "with", "from", "by", "as", "is", "are",
                               "was", "were", "the", "a", "an", "its", "their", "our", "this", "that", "which",
                               "than", "vs", "versus", "at", "into", "over", "under", "via", "per", "be", "has",
                               "have", "based", "style", "like", "only", "also", "not", "new"})


@lru_cache(maxsize=100_000)
def _language_pair(word: str) -> bool:
    """"english-chinese", "en-de": two languages joined, a description of translation data."""
    parts = _LANGUAGE_JOIN.split(word)
    return len(parts) == 2 and all(part in _LANGUAGE_NAMES for part in parts)


# A name that opens a clause and scores, or beats another: "EPD achieves an FID of 4.47", "X outperforms Y". Not
# "BERT fine-tuned on SQuAD achieves": the name must open the clause, and the verb must follow it directly.
# (either tense: "X achieved", "X outperformed")
_ACTS_AFTER = re.compile(r" (?:achiev|attain|obtain|reach|scor|outperform|surpass|beat)(?:e?s|e?d)?"
                         r" (?:(?:an?|the|new|state-of-the-art|competitive|average|overall|top-1|strong|mean) ){0,3}"
                         r"(?:[\w@.-]+ ){0,3}?(?:of )?[\d+]|"  # "achieves a macro F1 score of 0.832"
                         r" (?:outperform|surpass|beat)(?:e?s|ed)? (?:the |all |existing |prior |previous )?[A-Z]")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,)]\s+|\n|\b(?:and|while|whereas|but|Overall|Notably|Moreover|"
                           r"(?:show|shows|showed|find|finds|found|demonstrate|demonstrates|reveal|reveals) that)\s+)$")
# A verb right after the name: the name opens the main clause ("Despite being trained on a limited dataset,
# X achieves ..."), it is no appositive of the head before the comma.
_VERB_AFTER_SUBJECT = re.compile(r" (?:achieves|attains|obtains|reaches|scores|outperforms|surpasses|beats|improves|"
                                 r"yields|shows|demonstrates|delivers|sets|establishes|matches|exceeds|performs|"
                                 r"generalizes|remains|learns|uses|leverages|employs|"
                                 r"reduces|lowers|raises|boosts|increases|decreases|enhances|halves|doubles|"
                                 r"reduced|lowered|raised|boosted|increased|decreased|enhanced|halved|doubled|"
                                 r"achieved|attained|obtained|reached|scored|outperformed|surpassed|improved|"
                                 r"yielded|showed|demonstrated|delivered|exceeded|performed)\b")
# A phrase that opens a sentence and ends at a head noun, before the subject: "[On this real-world dataset] X reaches".
_PHRASE_OPENS_HEAD = re.compile(r"(?:^|[.;:]\s+|\n)(?:On|In|Across|For|With|Using) (?:this|these|that|those|each|the|our)"
                                r"(?: [\w-]+){0,3} [a-z]+ $")
# The rest of a list of names, then a verb of the list as its subject: "[, B and C] achieve".
_LIST_THEN_VERB = re.compile(r"(?:,\s*[A-Z][\w.+-]*){0,5},?\s+(?:and|or)\s+[A-Z][\w.+-]*"
                             + _VERB_AFTER_SUBJECT.pattern)
# The name outdone, right after the verb or after the margin of another one outdone: "outperforms [X] by 5%",
# "outperforms A by 5% and [X] by 7%" (not "outperforms A on [D] by 5%": a set, after "on").
_OUTDONE_BEFORE = re.compile(r"\b(?:outperform|surpass|beat|outscor)\w*\s+(?:the\s+)?"
                             r"(?:[^,;.()]{1,40}?\s+by\s+[+]?\d+(?:\.\d+)?\s?%?(?:\s*points?)?\s*,?\s*(?:and\s+)?)?$")
_OUTDONE_BY_AFTER = re.compile(r"\s+by\s+(?:up to\s+|about\s+|nearly\s+|over\s+)?[+]?\d")
_USED_TAILS = ("use ", "using ", "uses ", "used ", "adopt ", "adopting ", "employ ", "employing ")
_CONTAINS_AFTER = re.compile(r"(?:,? which|,? that)? (?:contains|consists|comprises)")


# After a name's comma, a noun phrase that is the subject of a verb: a new clause ("on X, an agent improves").
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?!(?:that|which|who)\b)[a-z][\w-]*\s+"
                                 r"(?:achieves|attains|obtains|reaches|scores|improves|gains|drops|rises|falls|"
                                 r"achieved|attained|obtained|reached|scored|improved|gained|dropped|rose|fell)\s+"
                                 r"(?:from\s+|by\s+|up\s+to\s+|only\s+|just\s+)?[+\d]")  # (a number's clause)
# A title's second name before its colon, whose subtitle describes both names ("From EduVisBench to EduVisAgent: A
# Benchmark and Multi-Agent Framework"): the subtitle's first head is not the second name's.
_PAIRED_BEFORE_COLON = re.compile(r"(?:\band|\bto|&|,)\s+$")
# A way of doing something, not a system: "An Approach to Evaluating X" is a method, not a benchmark.
_METHOD_WORDS = frozenset({"approach", "approaches", "method", "methods", "technique", "algorithm", "strategy",
                           # trained systems, whatever they probe or score ("a deepfake detector that probes ...")
                           "detector", "classifier", "network", "model", "encoder", "architecture"})


def _apposed_head(doc: Doc, end: int) -> str | None:
    """The type an appositive after a name gives: "X, a large-scale benchmark for ...", "X (a new dataset)",
    "X, the first benchmark ...", "X, a multimodal, multilingual dataset", "X (long form), a framework ...".

    The head is the last of a run of head nouns ("an agent evaluation framework" is a framework)."""
    n = len(doc)
    tok = doc[end] if end < n else None  # (read again below: each doc[i] builds a Token)
    if tok is not None and tok.text == "(" and (end + 1 >= n or doc[end + 1].lower_ not in ("a", "an")):
        close = next((t.i for t in doc[end + 1:min(n, end + 30)] if t.text == ")"), None)
        if close is None:
            return None
        end = close + 1  # past the definition: "TRACE (Turning ... Environments), an end-to-end system"
        tok = doc[end] if end < n else None
    if tok is None or end + 1 >= n:
        return None
    spaced_hyphen = tok.text == "-" and bool(tok.whitespace_) \
        and bool(doc[end - 1].whitespace_)  # "PhysXNet - the first physics-grounded 3D dataset"
    if not (tok.text in (",", "(", ":", "--", "\u2014", "\u2013") or spaced_hyphen):
        return None
    if tok.text == "," and _CLAUSE_AFTER_COMMA.match(doc_text(doc), tok.idx):
        return None  # "on ALFWorld, an RL-only agent improves from x": the subject of the next clause, no appositive
    return _head_after(doc, end)


def _head_after(doc: Doc, end: int) -> str | None:
    """The head noun of the noun phrase after the token at ``end`` (a comma, a bracket, a colon, "is")."""
    n = len(doc)
    end = _past_hedge(doc, end + 1) - 1  # "X: to our knowledge, the first ..."
    if end + 1 >= n:
        return None
    first = doc[end + 1].lower_
    # "X, our new out-of-distribution dataset"; "A and B, two scalable datasets"
    if first in ("a", "an", "our") or (first in ("two", "three", "four", "both") and doc[end].text == ","):
        start = end + 2
    elif first == "the" and end + 2 < n and (doc[end + 2].lower_ in _ORDINALS or doc[end + 2].lower_.endswith("est")
                                             or doc[end + 2].lower_ in _NAMING_ADJECTIVES
                                             or doc[end + 2].lower_ == "large" and end + 4 < n
                                             and doc[end + 3].text == "-" and doc[end + 4].lower_ == "scale"):
        start = end + 3  # "X, the first benchmark for ...", "X, the largest dataset of ...", "X, the large-scale
        # benchmark for this task"
    else:
        return None
    found: str | None = None
    skip_to = start
    for tok in doc[start:min(n, start + 16)]:  # "X, the first large-scale, real-world 3D dataset"
        if tok.i < skip_to:
            continue
        if tok.text == "(":  # "an efficient Mixture-of-Experts (MoE) vision-language model": a defined acronym
            close = next((t.i for t in doc[tok.i + 1:min(n, tok.i + 5)] if t.text == ")"), None)
            if close is not None and found is None:
                skip_to = close + 1
                continue
        inside_compound = (doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_  # "end-to-end"
                           or not tok.whitespace_ and tok.i + 1 < n and doc[tok.i + 1].text == "-")  # "in-the-wild"
        if (tok.is_punct and tok.text not in ("-", ",")) or (tok.lower_ in _APPOSITIVE_STOPS and not inside_compound):
            if (found == "Model" and doc[tok.i - 1].lower_ not in _METHOD_WORDS
                    or found is None and doc[tok.i - 1].lower_ in _EVALUATION_SYSTEMS) and _evaluates(doc, tok.i):
                found = "Benchmark"  # "X: A Framework for Evaluating ...", "X, a protocol that measures ..."
            elif found is not None and tok.lower_ == "of" and doc[tok.i - 1].lower_ in _GROUP_HEADS:
                found = _member_head(doc, tok.i + 1) or found  # "X, a suite of safety moderation models"
            break  # "X, a test set for evaluating the reward model": the head comes before "for"
        head = _HEAD_WORDS.get(tok.lower_)
        if head and not tok.whitespace_ and tok.i + 1 < n and doc[tok.i + 1].text == "-":
            continue  # a compound's first part: "a solver-instrumented benchmark" is a benchmark
        if head and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and tok.whitespace_ and \
                tok.i + 1 < n and doc[tok.i + 1].is_alpha and doc[tok.i + 1].lower_ not in _APPOSITIVE_STOPS:
            continue  # a compound's last part before the noun it qualifies: "a token-subset alignment method"
        if head == "Model" and tok.i > 0 and doc[tok.i - 1].lower_ in _EVALUATION_WORDS:
            head = "Benchmark"  # "X, an agent evaluation framework for ..."
        if head and tok.lower_ not in _WEAK_HEADS:
            if found != "Benchmark":  # "a benchmark dataset" stays a benchmark, as "X benchmark" does
                found = head
        elif found == "Model" and tok.lower_ in ("and", "&") and doc[tok.i - 1].lower_ not in _METHOD_WORDS and \
                tok.i + 1 < n and (paired := _HEAD_WORDS.get(doc[tok.i + 1].lower_)) in ("Dataset", "Benchmark"):
            found, skip_to = paired, tok.i + 2  # "X, a new framework and benchmark for ...": a suite, with the code
            continue  # that runs it (not "a new model and dataset": which the name is, is unclear)
        elif found is not None and not (head and tok.lower_ in _WEAK_HEADS):
            later = next((t for t in doc[tok.i + 1:min(n, tok.i + 3)] if _HEAD_WORDS.get(t.lower_)
                          and t.lower_ not in _WEAK_HEADS), None)
            if later is not None and all(t.is_alpha and t.lower_ not in _APPOSITIVE_STOPS
                                         and t.lower_ not in ("and", "or")  # (not "a benchmark and framework")
                                         for t in doc[tok.i:later.i]):
                found, skip_to = _HEAD_WORDS[later.lower_], later.i  # "a subset selection approach": the
                continue  # first head noun qualifies the last
            break  # the run of head nouns is over
        if tok.text == "," and found is not None:
            break
    return found


# Nothing but an article or a possessive between the sentence's start and a name.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:the|our|this)\s+)?$", re.IGNORECASE)
_HEDGES = (("to", "our", "knowledge"), ("to", "the", "best", "of", "our", "knowledge"))


def _past_hedge(doc: Doc, start: int) -> int:
    """The token after "to our knowledge," / "to the best of our knowledge," at ``start`` (else ``start``)."""
    if start >= len(doc) or doc[start].lower_ != "to":
        return start  # both hedges open with "to": most appositives need no span of tokens built
    for hedge in _HEDGES:
        stop = start + len(hedge)
        if stop < len(doc) and tuple(t.lower_ for t in doc[start:stop]) == hedge:
            return stop + 1 if doc[stop].text == "," else stop
    return start


_APPOSITIVE_STOPS = frozenset({"of", "for", "on", "with", "that", "which", "to", "in", "from", "by", "where",
                               "who", "whose", "consisting", "comprising", "containing", "built",
                               "designed", "exhibiting", "based", "using", "via", "across",
                               # (what the noun is measured against: "OSWorld -- an improvement over the base model")
                               "over", "than", "against", "versus", "at", "between", "into", "under", "through",
                               "without", "beyond"})


_ORDINALS = frozenset({"first", "second", "third", "only", "new", "largest", "most", "first-ever", "first-of-its-kind"})


# Words that turn a method head into an evaluation one: "evaluation framework", "benchmarking framework".
_EVALUATION_WORDS = frozenset({"evaluation", "benchmarking", "evaluating", "testing"})
# What a system head ("framework", "protocol", "toolkit") is for when the name is an evaluation:
# "a framework for evaluating ...", "a protocol that measures ...", "a game designed to probe ...".
_EVALUATES = re.compile(r"(?:for|that|which|to|designed to)\s+(?:(?:systematically|automatically|rigorously|"
                        r"holistically|comprehensively)\s+){0,2}"
                        r"(?:(?:evaluat|assess|benchmark|measur|test|audit|diagnos|stress-test)\w*|"
                        r"prob(?:e|es|ed|ing))\b(?!-time)"  # (not "a framework for test-time compute scaling")
                        # (not "a framework that evaluates and improves LLM behavior": a method, which also scores)
                        r"(?!\s+and\s+(?:improv|correct|enhanc|mitigat|refin|repair|fix|optimi[sz])\w*)"
                        # (a method that scores its input, "for assessing the credibility of documents", is none)
                        r"(?!\s+(?:the\s+)?(?:credibility|quality|uncertainty|reliability|confidence|similarity|"
                        r"importance|difficulty|relevance|trustworthiness|faithfulness|risk)\b)",
                        re.IGNORECASE)  # (not "for probabilistic estimation")
# Heads that name an evaluation when what they are for is one ("a protocol that measures ...").
_EVALUATION_SYSTEMS = frozenset({"protocol", "toolkit", "harness", "testbed", "infrastructure", "platform", "game",
                                 "diagnostic", "methodology"})
# Heads of a group whose members say its kind ("a suite of ... models", "a collection of datasets").
_GROUP_HEADS = frozenset({"suite", "family", "series", "collection", "set"})
_MEMBER_HEADS = {"models": "Model", "llms": "Model", "networks": "Model", "encoders": "Model",
                 "autoencoders": "Model", "classifiers": "Model", "detectors": "Model", "checkpoints": "Model",
                 "agents": "Model", "datasets": "Dataset", "corpora": "Dataset", "benchmarks": "Benchmark",
                 "tasks": "Benchmark", "transformers": "Model"}
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)")  # "pretrained", "spanning": the members' description begins


def _member_head(doc: Doc, start: int) -> str | None:
    """The kind of the members a group head names ("a suite of ... models"): the first plural head within a few
    words, before any punctuation (a hyphenated word counts its parts: "state-of-the-art" is seven tokens) and
    before the words that describe the members ("a family of small vision transformers [pretrained on ...
    datasets]": not a family of datasets)."""
    for tok in doc[start:min(len(doc), start + 12)]:
        if tok.is_punct and tok.text != "-":
            return None
        if (tok.lower_ in _APPOSITIVE_STOPS or _PARTICIPLE.fullmatch(tok.lower_)) and not (
                doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_) and not (  # ("LLM-based" goes on)
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _MEMBER_HEADS):  # "embedding models" is a noun's
            return None
        if tok.lower_ in _MEMBER_HEADS:
            return _MEMBER_HEADS[tok.lower_]
    return None


def _evaluates(doc: Doc, at: int) -> bool:
    """Whether the words from token ``at`` say what the appositive's system is for is evaluating."""
    window = doc[at:min(len(doc), at + 6)]
    return _EVALUATES.match(window.text) is not None


# A name inside a list that a plural head closes or opens takes the list's type:
# "on A, B and C datasets", "benchmarks: A, B and C", "a new dataset, A".
_WORD = r"(?:[A-Z0-9]|[a-z][a-z-]*\d)(?:[^\s,;:()]*[^\s,;:().])?"  # tau2-bench too
# A list's names may carry their scores or a note on what they hold: "the SummEval (+0.03), TopicalChat (-0.03), and
# HANNA (+0.05) benchmarks", "on Gen1 (+0.8 mAP and 1.7x faster), ...", "four datasets, Quokka (X-ray classification),
# Wombat (MRI segmentation) and ...".
_SCORE_NOTE = r"(?: \([^()\n]{1,48}\))?"
# ... or a citation, in full text: "on Quokka [12] and Wombat (Lee et al., 2019)".
_LIST_ITEM = rf"{_WORD}(?: {_WORD})?{_SCORE_NOTE}{CITATION}?"
_LIST_AFTER = re.compile(
    rf"{_SCORE_NOTE}(?:,? (?:and |or )?{_LIST_ITEM}){{1,6}} (datasets|benchmarks|corpora)\b"
    # (or a list that closes on others of its kind: "on GONE and other benchmarks", "A, B, and several other datasets")
    rf"|{_SCORE_NOTE}(?:, {_LIST_ITEM}){{0,6}},? (?:and|or) (?:several |many |various |some |the |all |\w+ )?other "
    rf"(?:[a-z][\w-]* ){{0,2}}(datasets|benchmarks|corpora)\b")
# "on A, B, and C histology image datasets": a coordinated list, then a few lower-case words describing the
# data, then the plural head (not "A and B on three datasets": function words and counts end the description).
_DESCRIBED_LIST = re.compile(
    rf"(?:{_LIST_ITEM}, ){{0,6}}{_LIST_ITEM},? (?:and|or) {_LIST_ITEM}"
    r" (?:(?!(?:on|in|of|for|across|with|from|to|over|at|by|and|or|the|a|an|all|both|these|those|our|their|its"
    r"|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|other|such)\b)[a-z][\w-]* ){1,3}"
    r"(datasets|benchmarks|corpora)\b")
_TRAINED_ON_BEFORE = re.compile(r"trained (?:on|with) (?:[\w-]+,? ){0,3}$")
_LIST_BEFORE = re.compile(
    rf"\b(datasets|benchmarks|corpora)(?:,? such as|,? like|,? including|:|,? namely,?|,? e\.g\.,?| include"
    rf"| --| \u2014|\u2014)"
    rf" (?:the )?(?:{_LIST_ITEM},? ){{0,6}}(?:and |or )?$"
    # (or right after the head, once an item has begun the list: "three egocentric datasets A, [B], and [C]")
    rf"|\b(datasets|benchmarks|corpora),? (?:{_LIST_ITEM}, ){{1,6}}(?:and |or )?$")  # (and "datasets, A, B, and [C]")
# The rest of a coordinated list after its first name, right after the plural head: "datasets A, B, and C".
_LIST_REST = re.compile(rf"(?:, {_LIST_ITEM}){{0,6}},? (?:and|or) {_LIST_ITEM}(?![\w-])")
_PLURAL_HEAD_END = re.compile(r"\b(datasets|benchmarks|corpora) $")
# "two benchmark datasets, A and B": a counted plural head, a comma and a coordinated list of names
# ("across three benchmarks, A improves ..." is no list).
# (or the paper's own, the list closed by a comma: "Using our proposed benchmarks, A and B, we show")
_COUNTED_HEAD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|various|our) (?:[\w-]+ ){0,3}"
    r"(datasets|benchmarks|corpora)(?:,| --| \u2014| \u2013|\u2014) (?:the )?")  # (or a dash: "three benchmarks -- A,")
_COORDINATED = re.compile(rf"(?:{_LIST_ITEM}, ){{0,6}}{_LIST_ITEM},? (?:and|or) {_LIST_ITEM}")
# The later names of an evaluation list take the first one's context: "evaluated on A, B and C".
_EVAL_CUES = r"(?i:evaluated|tested|experiments|trained|fine-tuned|results|evaluations?|benchmarked|evaluate|test|train" \
             r"|performance|accuracy)"
_EVAL_LIST_BEFORE = re.compile(
    rf"\b{_EVAL_CUES} (?:\w+ ){{0,2}}(?:on|across) (?:both |the )?(?:{_LIST_ITEM}, ){{1,6}}(?:and |or )?$"
    rf"|\b{_EVAL_CUES} (?:\w+ ){{0,2}}(?:on|across) (?:both |the )?(?:{_LIST_ITEM}, ){{0,6}}{_LIST_ITEM},? (?:and |or )$")
# What every match of _EVAL_LIST_BEFORE ends with ("$" matches before a final newline too): tested before its search.
_EVAL_LIST_TAILS = (", ", "and ", "or ", "\n")
# "three benchmark datasets (A, B, and C)": a parenthesised list after the plural head, or after a short
# lower-case description of the data ("four datasets covering finger and wrist veins (A, B, C)").
# (not "datasets on the four most common methods (A, B)": the description ends at a plural head of models;
# "datasets (i.e., A, B, C)" and "(e.g., A, B)" open the list too)
_PAREN_LIST_BEFORE = re.compile(rf"\b(?:(datasets|benchmarks|corpora) (?:(?!(?:methods|models|baselines|approaches|"
                                rf"architectures|networks|algorithms)\b)"
                                rf"(?:[a-z][\w'-]*|[A-Z]{{2,}}|[A-Z][a-z]+'s),? ){{0,8}}"
                                rf"|(benchmark) (?!datasets|corpora)[a-z]+ )"
                                rf"\((?:(?:i\.e\.|e\.g\.|namely),? )?(?:{_LIST_ITEM},? ){{0,6}}(?:and |or )?$")
# A long form and its bracket before an acronym ("named Deformation Wired Table (DWTAL)"): the cue
# before the long form speaks for the acronym.
_LONG_FORM_OPEN = re.compile(r"(?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|in|on)\s+)?){0,7}[A-Z][\w'-]*\s*\($")
_LOWER_LONG_FORM_OPEN = re.compile(r"(?<=[:,] )(?:(?:and|or) )?(?:[a-z][\w'-]*\s+){0,6}[a-z][\w'-]*\s*\($")
_DEFINED_ITEMS = re.compile(r"((?:[:,]|\b(?:and|or)) )(?:[a-z][\w'-]*\s+){1,7}\(([A-Z][\w.-]*)\)")
_APPOSED_AFTER_HEAD = re.compile(
    r"\b(?:a|an|new|the first|the largest|the only|our) (?:[\w-]+ ){0,5}(dataset|benchmark|corpus|suite|leaderboard)"
    r"(?: (?:for|of|on) (?:[\w-]+ ){0,3}[\w-]+,)?,? "  # (and what it is for: "a new benchmark dataset for American
    r"(?:called |named |dubbed )?$"  # Sign Language, [ZorbSign]")
    r"|\b(?:a|an|new) (?:[\w-]+ ){0,8}(model|framework|method|system|agent|architecture|network),? "
    r"(?:called|named|dubbed|termed) $")


def _list_votes(doc: Doc, cand: Candidate) -> None:
    text = doc_text(doc)
    end = min(len(text), cand.end + 120)
    after = _LIST_AFTER.match(text, cand.end, end) if _plural_head_in(text, cand.end, end) else None
    before = text[max(0, cand.start - 120):cand.start]
    if before.endswith("(") and _capital_in_last_word(before[:-1].rstrip()):
        before = _LONG_FORM_OPEN.sub("", before)
    # (the searches below run on most names of a corpus; each needs a word that most contexts lack)
    headed = _plural_head_in(before) or "benchmark " in before
    listed = before
    if "(" in before and before.endswith(("(", ", ", "and ", "or ")) and _plural_head_in(text, max(0, cand.start - 250),
                                                                                       cand.start):
        # "three datasets: real life trial interviews (RLTD), instructed deception (MU3D)": items written as a
        # lower-case long form and their name read as the names alone (from further back: long forms are long)
        listed = _DEFINED_ITEMS.sub(r"\1\2", _LOWER_LONG_FORM_OPEN.sub("", text[max(0, cand.start - 250):cand.start]))
        headed = headed or _plural_head_in(listed)
    match = after or (headed and (_LIST_BEFORE.search(listed) or _PAREN_LIST_BEFORE.search(before))) or \
        (_APPOSED_AFTER_HEAD.search(before.lower()) if _apposed_tail(before)
         and not _VERB_AFTER_SUBJECT.match(text, cand.end) else None) or \
        (headed and ", " in before and _counted_list(text, before, cand))
    if not match and cand.start > 120 and "), " in before and _plural_head_in(text, max(0, cand.start - 250),
                                                                                cand.start - 120):
        # a list whose names carry notes reaches further back to its head: "four datasets, A (X-ray classification),
        # B (X-ray segmentation), C (MRI classification and segmentation), and [D] (CT classification)"
        match = _counted_list(text, text[max(0, cand.start - 250):cand.start], cand)
    if not match and before.endswith(("datasets ", "benchmarks ", "corpora ")) and _LIST_REST.match(text, cand.end):
        match = _PLURAL_HEAD_END.search(before)  # "on evaluation datasets [A], B, and C": the first of the list
    if not match:
        following = text[cand.end:cand.end + 80]
        if " datasets" in following or " benchmarks" in following or " corpora" in following:
            match = _described_list(text, cand)
    if match:
        head = _HEAD_WORDS[next(g for g in match.groups() if g).lower()]
        cand.vote(head, 2.0)
        if cand.entry is not None and (cand.entry.type == "Model" and match.re is _LIST_BEFORE
                                       and not _TRAINED_ON_BEFORE.search(listed, 0, match.start())
                                       or cand.entry.type == "Organization"):  # ("HTC datasets: WoS and Amazon",
            cand.stated = head  # "three benchmarks including A, CARGO and B": what the paper lists it as
            # outweighs the model a few other papers named CARGO (not "models pretrained on large datasets, such
            # as CLIP": what the list names may be the models); "the Amazon and Yelp review datasets": a company's
            # name in a list of data names the company's data
    elif (" on " in before or " across " in before) and before.endswith(_EVAL_LIST_TAILS) \
            and _EVAL_LIST_BEFORE.search(before) and not _VERB_AFTER_SUBJECT.match(text, cand.end):
        cand.vote("Dataset", 1.0)  # (not "Trained on FooIT, FooNet demonstrates ...": the clause's subject)


def abbreviated_word(text: str, cand: Candidate) -> bool:
    """"on the Inst. test", "the manually curated Inst. reports": a plain word cut short by a full stop that no
    sentence ends at (a lower-case word follows) is an abbreviation, no name."""
    return text.startswith(". ", cand.end) and text[cand.end + 2:cand.end + 3].islower() \
        and PLAIN_WORD.match(cand.text) is not None


# A word capitalised to spell a coined name: "Quick, OUtlier-free ...", "a SYNthetic DAtaset for CApsule Testing"
# (not "BERTScore", "LLaMA": the capitals of a name, with fewer lower-case letters after them).
_ACROSTIC_WORD = re.compile(r"[A-Z]{2,3}[a-z]{3,}")
_ACROSTIC_NEXT = re.compile(r"\s+(?:(?:for|of|the|in|on|with)\s+)?[A-Z]{2,3}[a-z]{3,}\b")


_LOWER_ACROSTIC = re.compile(r"[a-z][A-Z][a-z]{3,}")  # "gEnerative", "eXplainable" (and "iFormer", a coined name)
# ... beside another word capitalised alike, or after a list of capitalised words the acronym spells: "Tames
# Identity, Geometry, and gEnerative pRiors" (TIGER)
_LOWER_ACROSTIC_NEXT = re.compile(r"\s+(?:(?:and|of|for|the)\s+)?[a-z][A-Z][a-z]{2,}\b")
_TITLE_LIST_BEFORE = re.compile(r"[A-Z][a-z]+,\s+(?:and\s+|&\s+)?$")


def lower_acrostic(text: str, cand: Candidate) -> bool:
    """A word starting in lower case with its second letter capitalised to spell an acronym: "and gEnerative pRiors"
    (not "iFormer" or "xVerify", coined names, which no other word so capitalised follows)."""
    return _LOWER_ACROSTIC.fullmatch(cand.text) is not None and (
        _LOWER_ACROSTIC_NEXT.match(text, cand.end) is not None
        or _TITLE_LIST_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None)


def acrostic_word(text: str, cand: Candidate, joined: bool = False) -> bool:
    """Whether the name is a word capitalised to spell an acronym, with the spelling going on after it: the next
    word capitalised alike ("a SYNthetic DAtaset for ...", not a list: "IHEval and IHChallenge"), or (``joined``)
    the word joined to the next ("Quick, OUtlier-free ...", which also a coined name may be: "VPoser-based")."""
    if not _ACROSTIC_WORD.fullmatch(cand.text):
        return False
    if text.startswith("-", cand.end):
        return joined and cand.text[2:3].islower()
    return _ACROSTIC_NEXT.match(text, cand.end) is not None


def _capital_in_last_word(text: str) -> bool:
    """Whether the run of [\\w'-] characters that ends ``text`` holds a capital A-Z: what every match of
    :data:`_LONG_FORM_OPEN` ends with before its bracket (a cheap test first: its search costs microseconds)."""
    for ch in reversed(text):
        if not (ch.isalnum() or ch in "_'-"):
            return False
        if "A" <= ch <= "Z":
            return True
    return False


def _plural_head_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a plural data head that the list patterns end or start with occurs in ``text[start:end]``."""
    # (three finds, not any() over a generator: this runs several times per name)
    return text.find("datasets", start, end) >= 0 or text.find("benchmarks", start, end) >= 0 \
        or text.find("corpora", start, end) >= 0


_APPOSED_TAIL_WORDS = frozenset({"dataset", "benchmark", "corpus", "suite", "leaderboard", "called", "named", "dubbed",
                                 "termed"})


def _apposed_tail(before: str) -> bool:
    """Whether ``before`` ends in a word that :data:`_APPOSED_AFTER_HEAD` ends in ("a new dataset, called ")."""
    return before.rstrip(", ").rpartition(" ")[2].lower() in _APPOSED_TAIL_WORDS \
        or before.endswith(", ") and _HEAD_FOR_TAIL.search(before, max(0, len(before) - 80)) is not None


# A data head with what it is for, then the comma of an apposition: "a benchmark dataset for American Sign Language, ".
# (not "sets a new benchmark for low-cost, GSM-powered automation": the idiom, no set)
_HEAD_FOR_TAIL = re.compile(r"(?<!set a new )(?<!sets a new )(?<!setting a new )(?<!establishes a new )"
                            r"\b(?:dataset|benchmark|corpus|suite|leaderboard) (?:for|of|on) (?:[\w-]+ ){0,3}[\w-]+, $",
                            re.IGNORECASE)


def _described_list(text: str, cand: Candidate) -> re.Match[str] | None:
    """The described plural head of a coordinated list that holds ``cand`` ("A, B and C histology datasets")."""
    lo, hi = max(0, cand.start - 120), min(len(text), cand.end + 80)
    if text.find(" and ", lo, hi) < 0 and text.find(" or ", lo, hi) < 0:
        return None  # the pattern's list is coordinated: without the word, no costly search
    for found in _DESCRIBED_LIST.finditer(text, lo, hi):
        if found.start() <= cand.start and cand.end <= found.start(1) and found.start() > lo:
            return found
    return None


def _counted_list(text: str, before: str, cand: Candidate) -> re.Match[str] | None:
    """The counted head of a coordinated list that holds ``cand`` ("two datasets, A, B and C")."""
    for head in _COUNTED_HEAD.finditer(before):
        list_start = cand.start - len(before) + head.end()
        items = _COORDINATED.match(text, list_start)
        if items and items.end() >= cand.end and (
                not head.group().startswith("our ") or text.startswith(",", items.end())):
            return head
    return None


# Last parts of a name that only model releases take (not "Pro", "Plus" or "Lite": MMLU-Pro is a benchmark).
_MODEL_RELEASES = frozenset({"mini", "nano", "instruct", "chat", "turbo", "flash", "thinking", "coder", "preview", "it",
                             "sft", "dpo", "base"})  # (and a checkpoint's training stage: "UI-TARS-7B-SFT")
_TRAINING_STAGES = frozenset({"sft", "dpo", "base"})  # ... after a coded name only (a size, a run of capitals)
_CODED_PREFIX = re.compile(r"\d|[A-Z]{2}")


def _shape_votes(cand: Candidate, *, with_shape: bool = True, with_long_form: bool = True) -> None:
    for label, weight in _shape_vote_list(cand.text if with_shape else "", cand.long_form if with_long_form else None):
        cand.vote(label, weight)


# A model hub checkpoint: its owner, a slash and its lower-case name ("MCG-NJU/videomae-base-finetuned-kinetics").
_HUB_ID = re.compile(r"[A-Za-z][\w.-]*/[a-z0-9][a-z0-9._]*-[a-z0-9._-]{2,}[a-z0-9]")
# An architecture's name in a name with a size: the size counts parameters ("InternViT-300M", "SigLIP-400M"; not
# "Net", which ImageNet-21K and GastroNet-5M hold).
_MODEL_STEM = re.compile(r"ViT|BERT|GPT|[a-z]LM\b|LLM|[Ff]ormer\b|CLIP\b|LIP\b|LLaMA|Llama|Qwen|Mamba|DiT\b")
# A competition's name: what comes before its head ("S23DR" of "S23DR Challenge 2025").
_CONTEST_NAME = re.compile(rf"^(.+?) (?:{'|'.join(sorted(CONTEST_HEADS))})(?: (?:19|20)\d\d)?$")
# A data head written into a one-word name, after a lower-case letter or a digit ("KoalaSet", "PropBank").
_MODEL_CAMEL_END = re.compile(r"(?<=[a-z0-9])Model$")
_YEAR_EDITION = re.compile(r"(?<=[A-Za-z0-9]) (?:19|20)\d\d$")
_SIZED_TAG = re.compile(r"[A-Za-z][\w.-]*:\d+(?:\.\d+)?[bBmM]")
# (or a data head joined to an acronym: "DMSPdataset")
_DATA_CAMEL_END = re.compile(r"(?<=[a-z0-9])(?:Set|Bank|Corpus)$|(?<=[A-Z0-9])(?:[Dd]ataset|DATASET)$")
# A Roman numeral that numbers a name's edition: "Kelp Dataset III" is headed by "Dataset".
_EDITION = re.compile(rf" {EDITION_NUMERALS}$")


@lru_cache(maxsize=100_000)
def _shape_vote_list(text: str, long_form: str | None) -> tuple[tuple[str, float], ...]:
    """The votes a name's shape and long form give, in order (cached: the same names recur across papers)."""
    votes: list[tuple[str, float]] = []
    if not text:
        pass  # the long form's votes only
    elif _BENCH_SHAPE.search(text):
        votes.append(("Benchmark", 3.0 if _BENCH_JOINED.search(text) else 1.5))  # "SVBench", "LRR-Bench": a
        # benchmark's head written into the name outweighs a title's "Models" or "Framework"
    if text and "/" in text and _HUB_ID.fullmatch(text):
        votes.append(("Model", 2.0))  # "PKOBP/polish-roberta-8k": a hub checkpoint, its size a model's
    elif text and has_size_suffix(text) and not text.endswith("B") and not _MODEL_STEM.search(text):
        votes.append(("Dataset", 1.5))  # WebVid-10M, JFT-300M (not InternViT-300M, SigLIP-400M: a model's parameters)
    if text and ":" in text and _SIZED_TAG.fullmatch(text):
        votes.append(("Model", 3.0))  # "Llama3.2:1b", "qwen2.5:7b": a local runner's tag, its size a model's
    last = re.split(r"[-_ ]", _EDITION.sub("", text))[-1].lower()
    if text and last != text.lower() and last in _MODEL_RELEASES and (
            last not in _TRAINING_STAGES or _CODED_PREFIX.search(text[:-len(last)])):  # (not "Pre-SFT Alignment")
        if _BENCH_SHAPE.search(text[:-len(last) - 1]):
            votes.append(("Benchmark", 1.5))  # "CyberSecEval-Instruct": a benchmark's part for instructed models
        else:
            votes.append(("Model", 1.5))  # GPT-5.4-nano, Qwen2.5-7B-Instruct, Gemini-2.0-Flash: a model's release
    if text and last != text.lower() and last in _HEAD_WORDS and last not in _WEAK_HEADS:
        votes.append((_HEAD_WORDS[last], 1.5))  # MegaStyle-Encoder, Foo-Dataset, Bar-Bench
    elif text and last != text.lower() and last in ("data", "db", "kg") and text[-len(last) - 1] in "-_":
        votes.append(("Dataset", 1.5))  # GenEvolve-Data, Foo-DB, Perovskite-KG: a name's data release, a knowledge
        # graph ("data" alone heads nothing)
    if " " in text and BACKBONE_SPEC.fullmatch(text.rsplit(" ", 1)[1]):
        votes.append(("Model", 2.0))  # "SapBERT XLMR-Large", "DFN ViT-L/14": a model's checkpoint at one size
    if " " in text and _CONTEST_NAME.match(text):
        votes.append(("Benchmark", 2.0))  # "KDD Cup 2024", "the LSVOS Challenge": a competition evaluates
    elif text and _YEAR_EDITION.search(text):
        votes.append(("Benchmark", 1.0))  # "BirdCLEF 2024", "SMM4H 2025": a yearly edition (models version
        # otherwise; a set's edition, "COCO 2017", is typed by what the lexicon knows of it)
    if text and _DATA_CAMEL_END.search(text):
        votes.append(("Dataset", 1.0))  # KoalaSet, DocBank, PropBank: a data word joined to the name
    elif text and _MODEL_CAMEL_END.search(text):
        votes.append(("Model", 1.0))  # ServImageModel: a model word joined to the name (not its family's type)
    if long_form:
        lower = long_form.lower()
        head = _long_form_head(lower)  # "Aerial Image Database for Emergency Response": "database"
        if "benchmark" in lower:
            votes.append(("Benchmark", 2.0))
        elif re.search(r"\b(?:dataset|corpus|collection)\b", lower) or lower.split()[-1] in _DATA_LONG_HEADS or (
                head in _DATA_LONG_HEADS):
            votes.append(("Dataset", 2.0))
        elif lower.split()[-1] in ("environment", "environments", "suite", "arena", "challenge", "leaderboard",
                                   "test", "evaluation", "assessment", "exam") and long_form[:1].isupper():
            votes.append(("Benchmark", 1.5))  # "Drill-Down and Fabricate Test (DDFT)", "Causal ... Evaluation (CAGE)"
        elif lower.split()[-1] in _METHOD_HEADS:
            votes.append(("Model", 1.5))
    return tuple(votes)


# What a long form's head is for, after it: "Aerial Image Database [for Emergency Response]".
_LONG_FORM_TAIL = re.compile(r"\s(?:for|of|on|in|with|from)\s")


def _long_form_head(long_form: str) -> str:
    """The last word before what a long form's head is for, lower-cased ("database" of "Aerial Image Database for
    Emergency Response"); "" for no words."""
    words_ = _LONG_FORM_TAIL.split(long_form, 1)[0].split()
    return words_[-1].lower() if words_ else ""


# A title whose rest says the named thing evaluates: "X: Evaluating Future Forecasting ...",
# "X: Replaying World Events to Evaluate Adaptive Agents", "X: Benchmarking ...".
_EVALUATING_TITLE = re.compile(r"^\s*(?:Evaluating|Benchmarking)\b|\bto (?:Evaluate|Benchmark)\b")


# Words after which a subtitle says what its name is for or how it works, no longer what it is.
_TITLE_PURPOSE = frozenset({"for", "via", "with", "through", "using", "by", "towards", "toward"})


# A subtitle's opening verbs of making, growing or renewing a thing, which it then names: "X: Building a Dataset for
# ...", "X: Expanding a Healthcare Benchmark", "X: Pushing the Frontiers of Post-Training Datasets" (or of doing it
# at a scale, "X: Scaling ... with a Large-Scale Dataset").
_MAKING_GERUNDS = frozenset({"building", "constructing", "curating", "creating", "introducing", "synthesizing",
                             "generating", "collecting", "compiling", "assembling", "sourcing", "crowdsourcing",
                             "annotating", "extending", "expanding", "enriching", "presenting", "releasing",
                             "developing", "designing", "establishing", "pioneering", "adapting", "translating",
                             "scaling", "advancing", "exploring", "sharing", "bootstrapping", "pushing", "revisiting",
                             "refining", "cleaning", "relabeling", "upgrading", "updating"})


# Words in "-ing" that open a subtitle as a noun, an adjective or a preposition, not an action: "X: Reasoning
# Environments for ...", "X: Spiking Human Action Recognition Benchmark Dataset", "X: Driving Scene Dataset".
_NOUN_GERUNDS = frozenset({"reasoning", "spiking", "learning", "computing", "streaming", "planning", "driving",
                           "coding", "programming", "trading", "shopping", "engineering", "reading", "writing",
                           "speaking", "listening", "sketching", "swimming", "cooking", "walking", "existing",
                           "emerging", "challenging", "interesting", "promising", "leading", "missing", "during"})


# What a subtitle's data is called, which after a name in running text need not be data ("GPT-4 annotations"):
# "YawDD+: Frame-level Annotations for Accurate Yawn Prediction".
_TITLE_DATA_HEADS = {"annotations": "Dataset", "labels": "Dataset", "recordings": "Dataset", "captions": "Dataset"}


# An action noun a head word can qualify in a subtitle: "Database Probing", "Dataset Generation", "Model Comparison".
_ACTION_NOUN = re.compile(r"\w{3}(?:ing|tion|sion|ison|ysis|ment)$")


def _title_votes(doc: Doc, entity: DocEntity) -> None:
    text = doc_text(doc)
    first_line = text[:text.find("\n")] if "\n" in text else text
    if ":" not in first_line:
        return
    prefix, _, rest = first_line.partition(":")
    if norm_key(prefix) not in {norm_key(m.text) for m in entity.mentions}:
        return
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", rest.lower())[:8]
    if _EVALUATING_TITLE.search(rest):
        entity.votes["Benchmark"] = entity.votes.get("Benchmark", 0.0) + 1.5  # "X: Evaluating ...", "... to Evaluate ..."
        return
    acting = bool(words) and words[0].endswith("ing") and words[0] not in _MAKING_GERUNDS \
        and words[0] not in _NOUN_GERUNDS
    purpose = False
    for i, word in enumerate(words):
        # after "for", "via", ... a subtitle says what its name is for ("X: Logical Chain Augmentation for Scientific
        # Corpus Cleaning"): a means to data is a method, not data, and a means to models is a method too
        purpose = purpose or (i > 0 and word in _TITLE_PURPOSE) or (
            i + 1 < len(words) and words[i + 1] == "of" and bool(_ACTION_NOUN.search(word) or word.endswith("sis")))
        # ("X: Controllable Synthesis of Interactive Indoor Environments": what an action is of, not what X is)
        if "-" in word:  # a compound's last part heads it only at the phrase's end: "Token-Subset Representation
            if i + 1 < len(words) and words[i + 1] not in _TITLE_PURPOSE:  # Alignment" is no subset
                continue
            word = word.rpartition("-")[2]
        head = _HEAD_WORDS.get(word) or _TITLE_DATA_HEADS.get(word)
        if word in _GROUP_HEADS and i + 1 < len(words) and words[i + 1] == "of":
            # "X: A Novel Suite of LLMs for ...": a suite of models is models (the first plural head after "of")
            head = next((_MEMBER_HEADS[w] for w in words[i + 2:i + 6] if w in _MEMBER_HEADS), head)
        if purpose and head in ("Dataset", "Benchmark"):
            continue
        if acting and head in ("Dataset", "Benchmark"):
            continue  # a subtitle opening on an action other than making says what its name does to the data it
            # names ("X: Quantifying Uncertainty from the Pre-training Corpus", "X: Correcting Noisy Labels with ..."),
            # not what the name is
        if head and i + 1 < len(words) and _ACTION_NOUN.search(words[i + 1]) and words[i + 1] not in _HEAD_WORDS:
            continue  # "X: Synergizing Database Probing and ...": a head word before an action noun qualifies it
        if head == "Model" and i > 0 and words[i - 1] in _EVALUATION_WORDS:
            head = "Benchmark"  # "X: A Benchmarking Framework for ..."
        if head and word not in _WEAK_HEADS:
            later = next((w for w in words[i + 1:i + 3] if _HEAD_WORDS.get(w) and w not in _WEAK_HEADS), None)
            if later is not None and not any(w in _TITLE_PURPOSE or w in ("and", "or")
                                             for w in words[i + 1:words.index(later, i + 1)]):
                head = _HEAD_WORDS[later]  # "X: A Subset Selection Approach ...": the first head qualifies the last
            entity.votes[head] = entity.votes.get(head, 0.0) + 2.0
            return


# Characters that match an ASCII letter under re.IGNORECASE without being ASCII (İ, ı, ſ, Kelvin sign).
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _long_form_ranges(text: str, abbreviations: object) -> list[tuple[int, int]]:
    """Where each defined long form is written, at its definition and anywhere else.

    Each long form matches as ``re.escape(long) + r"s?\b"`` case-insensitively. Compiling that
    regex costs more than the rest of the document's classification, so ASCII long forms in a
    text without :data:`_ASCII_CASE_TWINS` use the equivalent plain search of :func:`_find_spelled`.
    """
    ranges: list[tuple[int, int]] = []
    lower: str | None = None
    plain = not any(ch in text for ch in _ASCII_CASE_TWINS)
    for abbr in abbreviations:  # type: ignore[attr-defined]
        long = abbr.long
        if plain and long and long.isascii():
            if lower is None:
                lower = text.lower()  # same length as text: only U+0130 lower-cases to two characters
            ranges.extend(_find_spelled(text, lower, long.lower()))
            continue
        pattern = re.compile(re.escape(long) + r"s?\b", re.IGNORECASE)
        ranges.extend(m.span() for m in pattern.finditer(text))
    return ranges


def _is_word(text: str, i: int) -> bool:
    """re's ``\\w`` at ``text[i]`` (False outside the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _find_spelled(text: str, lower: str, long: str) -> list[tuple[int, int]]:
    """``re.finditer(re.escape(long) + r"s?\b", text, re.IGNORECASE)`` spans, for an ASCII ``long``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (start := lower.find(long, pos)) >= 0:
        end = start + len(long)
        if lower[end:end + 1] == "s" and _is_word(text, end) != _is_word(text, end + 1):
            end += 1
        elif _is_word(text, end - 1) == _is_word(text, end):
            pos = start + 1
            continue
        spans.append((start, end))
        pos = end
    return spans


_STRONG_VOTE = 2.0  # a lexicon type or a head noun (shape and default votes are weaker)
_WEAK_VOTE = 1.0  # a shape or a context cue
_DEFAULT_VOTES = {"Model": 0.5}  # what a name no evidence typed gets


_COMBINATION = re.compile(r"[^\s+]+(?:\+[^\s+]+)+")


_NAMING_BEFORE = re.compile(r"(?i:\b(?:propos|present|introduc|call|nam|dub|term|develop|design|build|buil)\w*\s+"
                            r"(?:[\w-]+\s+){0,3}$)")


def _named_here(text: str, name: str) -> bool:
    """The paper names ``name`` as its own: in its title, or right after a verb of naming or making."""
    first_line = text.split("\n", 1)[0]
    if name in first_line:
        return True
    at = text.find(name)
    while at >= 0:
        if _NAMING_BEFORE.search(text, max(0, at - 60), at):
            return True
        at = text.find(name, at + len(name))
    return False


def _split_combinations(candidates: list[Candidate], lookup: object) -> list[Candidate]:
    """"BERT+LoRA", "CLIP+GPT-2": a combination written as one token names each of its known parts
    (the guidelines want one entity per thing); a part no lexicon knows keeps the whole ("LLaVA-NeXT+")."""
    out: list[Candidate] = []
    for cand in candidates:
        numbered = NUMBERED_SIBLINGS.match(cand.text) if "/" in cand.text else None
        if numbered:  # "CIFAR-10/100": the first name, known by itself where the lexicon knows it
            first = numbered.group(1)
            out.append(Candidate(cand.start, cand.start + len(first), cand.tok_start, cand.tok_end, first, cand.source,
                                 entry=lookup(first) or cand.entry, long_form=cand.long_form))  # type: ignore[operator]
            stem, at = re.sub(r"\d+(?:\.\d+)?$", "", first), cand.start + len(first)
            for number in cand.text[len(first) + 1:].split("/"):  # ... and each sibling the lexicon knows
                entry = lookup(stem + number)  # type: ignore[operator]
                if entry is not None and entry.type in ("Model", "Dataset", "Benchmark"):
                    out.append(Candidate(at + 1, at + 1 + len(number), cand.tok_start, cand.tok_end, stem + number,
                                         "lexicon", entry=entry))  # "CIFAR-100", written "/100"
                at += 1 + len(number)
            continue
        if "+" not in cand.text or not _COMBINATION.fullmatch(cand.text):
            out.append(cand)
            continue
        parts = cand.text.split("+")
        entries = [lookup(part) for part in parts]  # type: ignore[operator]
        if not all(e is not None and e.type in ("Model", "Dataset", "Benchmark") for e in entries) or any(
                part.islower() and not any(form.islower() for form in e.forms)  # type: ignore[union-attr]
                for part, e in zip(parts, entries, strict=True)):
            out.append(cand)  # ("DINOv2+reg": a lower-case word, not REG, whose entry is never written so)
            continue
        at = cand.start
        for part, entry in zip(parts, entries, strict=True):
            out.append(Candidate(at, at + len(part), cand.tok_start, cand.tok_end, part, "lexicon", entry=entry))
            at += len(part) + 1
    return out


# Between two names of one list: the gaps of NAME_LIST_GAP, after an optional lower-case gloss of the name
# ("CIFAR-100 (classification), PASCAL VOC"), or "as well as".
# (or a bracketed score: "ScanNet (+1.1 mAP50), ARKitScenes (+19.4 mAP25)", or its change: "A (57% to 90.0%) and B")
_PEER_GAP = re.compile(r"^(?:\s*\((?:[a-z][a-z0-9 -]{0,30}|(?:[A-Za-z][\w@.-]{0,11} ?[=:]? ?)?[+-]?\d+(?:\.\d+)?\s?%?"
                       r"(?: [\w@.-]{1,12})?"  # (a metric before the score: "A (F1 88.3) and B (F1 49.1)")
                       r"|\d+(?:\.\d+)?\s?%?\s*(?:to|->|→)\s*\d+(?:\.\d+)?\s?%?)\))?"
                       r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?(?:the\s+)?"
                       r"|and\s+(?:the\s+)?|or\s+|as\s+well\s+as\s+(?:the\s+)?|/|&\s*)$"
                       # a list of results: "80.2% A, 48.5% B", "15.3% on A, 29.2% on B, and 40.4% on C"
                       r"|^\s*,\s*(?:and\s+)?\d+(?:\.\d+)?\s*\\?%\s+(?:on\s+)?(?:the\s+)?$"
                       # ... each name in brackets after its number: "3.7% (A), 5.3% (B), and 4.5 (C)"
                       r"|^\)\s*,\s*(?:and\s+)?[+-]?\d+(?:\.\d+)?\s*\\?%?\s*\($")


_COMMA_ONLY = re.compile(r"^\s*,\s*(?:the\s+)?$")
# Each name's score in brackets: "on A (57% to 90.0%) and B (...)" pairs A and B as bare "and" would.
_SCORE_BRACKET = re.compile(r"^\s*\((?:[A-Za-z][\w@.-]{0,11} ?[=:]? ?)?[+-]?\d[^()]*\)(?=\s+(?:and|or)\s)")
_PAIR_GAP = re.compile(r"^\s+(?:and|or)\s+(?:the\s+)?$|^\s*/\s*$")
_FINAL_JOIN = re.compile(r"\b(?:and|or)\b|&")


def _peer_types(text: str, entities: list[DocEntity]) -> None:
    """Names coordinated in one list are of one kind: "GSM8K, MATH, MBPP and HumanEval" makes MATH a
    Benchmark like its typed peers, when nothing strong (lexicon, head noun) typed MATH itself; "on BAGEL
    and Janus-Pro" makes Janus-Pro a model like BAGEL, whatever the weak "experiments on" said."""
    mentions = sorted((m.start, m.end, i) for i, e in enumerate(entities) for m in e.mentions if m.source != "title")
    groups: list[list[int]] = []
    tight: list[bool] = []  # whether the group's first join is a bare "and", "or" or "/" ("A and B", not "A, and B")
    closed = False  # "A, B, and C, D improves": after "and C" the list has ended
    for k, (start, end, i) in enumerate(mentions):
        gap = text[mentions[k - 1][1]:start] if k else ""
        if k and _PEER_GAP.match(gap) and mentions[k - 1][2] != i and not (closed and _COMMA_ONLY.match(gap)):
            if len(groups[-1]) == 1:
                tight[-1] = bool(_PAIR_GAP.match(_SCORE_BRACKET.sub("", gap))) and text[end:end + 1] != "-"
            groups[-1].append(i)
            closed = closed or bool(_FINAL_JOIN.search(gap))
        else:
            groups.append([i])
            tight.append(False)
            closed = False
    votes: dict[int, dict[str, int]] = {}
    for group, pair_ok in zip(groups, tight, strict=True):
        # A pair is a list too ("experiments on BAGEL and Janus-Pro"), when a bare "and" joins two whole names.
        # Measured on 2026-12-01 over the tunable splits and SciREX: pairs joined any way fixed six types and
        # broke two; the bare join keeps four of the fixes and neither break ("X, and FooNet-trained models").
        if len(group) < 2 or (len(group) == 2 and not pair_ok):
            continue
        strong = [entities[i].type.value for i in group if max(entities[i].votes.values()) >= _STRONG_VOTE]
        # a name nothing typed (the default vote alone) follows peers typed by weaker evidence too: "on both
        # CapsBench and CompreCap", where a shape made CapsBench a benchmark
        typed = [entities[i].type.value for i in group if max(entities[i].votes.values()) >= _WEAK_VOTE
                 and entities[i].votes != _DEFAULT_VOTES]
        for i in group:
            if max(entities[i].votes.values()) < _STRONG_VOTE:
                tally = votes.setdefault(i, {})
                for label in strong if strong or entities[i].votes != _DEFAULT_VOTES else typed:
                    tally[label] = tally.get(label, 0) + 1
    for i, tally in votes.items():
        label, count = max(sorted(tally.items()), key=lambda kv: kv[1], default=(None, 0))
        total = sum(tally.values())
        # two typed peers and a majority, or the list's one typed peer ("Across EuroSAT, A, and B")
        if label in ("Model", "Dataset", "Benchmark") and (count >= 2 and count > total / 2 or count == total == 1):
            entities[i].type = EntityType(label)
            continue
        # peers split between datasets and benchmarks are still data: "on DOTA-v1.0/DOTA-v1.5/DIOR/STAR/RSAR"
        data = {k: v for k, v in tally.items() if k in ("Dataset", "Benchmark")}
        if sum(data.values()) >= 2 and sum(data.values()) > total / 2 and entities[i].type.value not in data:
            entities[i].type = EntityType(max(sorted(data), key=lambda k: data[k]))


_LIST_ITEM_REST = r"[\w.'’+-]*(?: [A-Z0-9][\w.+-]*){0,3}"  # a list item after its capital
_LIST_ITEM_TEXT = rf"[A-Z]{_LIST_ITEM_REST}"
# (the first capital before its look-behind, as in names._TC_RUN: the engine then skips ahead to the next capital)
# (each item may carry its score in brackets: "ALFWorld (73% to 89%), Wordcraft (55% to 64%), and X (75%)")
_ITEM_SCORE = r"(?: \([+-]?\d[\d.]*\s?%[^()]{0,24}\))?"  # (a percentage: not "Meta (4.83 m)", a measurement)
_NAME_LIST = re.compile(rf"([A-Z](?<![\w-][A-Z]){_LIST_ITEM_REST}{_ITEM_SCORE}"
                        rf"(?:, {_LIST_ITEM_TEXT}{_ITEM_SCORE}){{1,8}},? (?:and|or) {_LIST_ITEM_TEXT})(?![\w-])")
_SCORE_TAIL = re.compile(rf"{_ITEM_SCORE[3:-2]}$")
_ITEM_SCORE_AT = re.compile(_ITEM_SCORE[3:-2])
_SPLIT_SUFFIX = re.compile(r"-(?:test|val|valid|validation|dev|train|full|lite|mini|hard|easy)")
_PLAIN_WORDS = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2}$")  # "Stack-Edu" too


# A lower-case word that goes on the phrase a single capitalised word opens ("Text editing systems"), not a plural
# head that names what the list's members are ("Gemini models").
_LOWER_PHRASE_AFTER = re.compile(r" (?!(?:models?|systems?|datasets?|benchmarks?|corpora|corpus|families|family|"
                                 r"series|variants?)\b)[a-z][a-z-]*ing\b")


# A lower-case noun the name qualifies, after its bracketed long form if any: "an FPGA (...) [implementation]".
# (not a head the name names, "the SRL module", nor a participle: "(MCP) featuring three caches"; or a hyphened
# adjective: "an ACID-[compliant] agent system")
_MODIFIES_NOUN_AFTER = re.compile(r"\)?(?:\s*\([^()]{1,80}\))?(?:\s+|-(?=[a-z]))"
                                  r"(?!(?:and|or|with|for|to|that|which|is|are|as|in|on|of|by)\b)"
                                  rf"(?!(?:{alternation('heads.named_by')})s?\b)(?![a-z]+ing\b)"
                                  r"[a-z][a-z-]{2,}")


def _plain_list_members(doc: Doc, text: str, entities: list[DocEntity]) -> list[DocEntity]:
    """"Gemini, Llama, Grok, GPT, and Claude", "Plant Doc, PlantVillage, and PlantWild": a plain capitalised
    member of a list whose other members include two found names is a name of their kind, which no shape
    shows (on the tunable gold, 8 such members in 9 were names)."""
    if len(entities) < 2:
        return []
    at = {(m.start, m.end): e for e in entities for m in e.mentions}
    # "SPED, Pitts30k-test, MSLS-val and Nordland": a found name with its split's suffix is that name
    at_start = {m.start: (m.end, e) for e in entities for m in e.mentions}
    listed = [s for s, e in at if LIST_SPLIT.match(text, e) or (  # a list of found names has one before a comma
        scored := _ITEM_SCORE_AT.match(text, e)) is not None and LIST_SPLIT.match(text, scored.end())]
    if not listed:
        return []
    found: dict[str, DocEntity] = {}
    window = text[:min(len(text), max(listed) + 400)]
    for match in _NAME_LIST.finditer(window, max(0, min(listed) - 400)):
        items, pos = [], match.start(1)
        for part in LIST_SPLIT.split(match.group(1)):
            part = _SCORE_TAIL.sub("", part)
            start = text.index(part, pos)
            items.append((start, start + len(part), part))
            pos = start + len(part)
        members = [at[(s, e)] if (s, e) in at else at_start[s][1] for s, e, _ in items
                   if (s, e) in at or s in at_start and _SPLIT_SUFFIX.fullmatch(text, at_start[s][0], e)]
        kinds = [m.type.value for m in members if m.type.value in ("Model", "Dataset", "Benchmark")]
        if len(kinds) < 2:
            continue
        kind = max(sorted(set(kinds)), key=kinds.count)
        for start, end, part in items:
            if (start, end) in at or not _PLAIN_WORDS.match(part) or any(w.lower() in NEVER_NAME for w in part.split()):
                continue
            if " " not in part and _LOWER_PHRASE_AFTER.match(text, end):
                continue  # "..., and Text editing systems": the capital of a lower-case phrase's first word
            if start == match.start(1) and (start == 0 or text[:start].rstrip()[-1:] in ".!?:\n"):
                continue  # a sentence's first word is capitalised anyway
            if start == match.start(1) and _SETTING_OPENS.search(text, max(0, start - 4), start) \
                    and text.startswith(",", end) or "tasks" in text and part in _tasks_listed(text):
                continue  # "in Trip Planning, A and B reach ...": where the list's members are tested (a task the
                # paper lists as one: "3 key tasks: Trip Planning, ..."), not a member
            span = doc.char_span(start, end)
            if span is None:
                continue
            key = f"doc:{norm_key(part)}"
            entity = found.get(key) or DocEntity(key, part, type=EntityType(kind))
            cand = Candidate(start, end, span.start, span.end, part, "listed")
            cand.vote(kind, 1.0)
            entity.mentions.append(cand)
            entity.votes[kind] = entity.votes.get(kind, 0.0) + 1.0
            found[key] = entity
    taken = {e.key for e in entities} | {norm_key(e.name) for e in entities}
    return [e for k, e in found.items() if k not in taken and norm_key(e.name) not in taken]


def _inherit_family_types(entities: list[DocEntity], lookup: Callable[[str], Any] | None = None) -> None:
    """A variant with no type evidence of its own takes its family's: HaluMem-Long is a Benchmark like HaluMem.
    The family is a name of this paper, else a known name it starts with ("ImageNet-512x512", "FooQA-Hard")."""
    by_key = {norm_key(e.name): e for e in entities}
    for entity in entities:
        # weak votes for data ("61.0 on X-Hard") say it is data, not which kind: the family tells
        data_only = set(entity.votes) <= {"Dataset", "Benchmark"} and \
            max(entity.votes.values(), default=0.0) < _STRONG_VOTE
        if max(entity.votes.values(), default=0.0) > 0.5 and not data_only:
            continue
        key = norm_key(entity.name)
        family = next((by_key[k] for k in sorted(by_key, key=len, reverse=True)
                       if k != key and key.startswith(k) and len(k) >= 3), None)
        stem, dash, tail = entity.name.rpartition("-")
        sibling = next((e for e in entities if e is not entity and len(stem) >= 3 and e.type in ("Dataset", "Benchmark")
                        and e.name.rpartition("-")[0] == stem and _VARIANT_LETTER.fullmatch(e.name.rpartition("-")[2])),
                       None) if family is None and dash and _VARIANT_LETTER.fullmatch(tail) else None
        if sibling is not None and entity.type == "Model" and entity.votes.get("Model", 0.0) <= _DEFAULT_VOTES["Model"]:
            entity.type = sibling.type  # "by 8.6% on VisionHarm-T and by 15.5% on VisionHarm-C": a set's sibling
            continue
        if family is not None and family.type != "Model" and _PARAMETER_COUNT.search(entity.name):
            entity.type = EntityType.MODEL  # "FooData-8B": a model trained on the paper's FooData
        elif family is not None and family.type == "Model" and _SIZE_TIER.search(entity.name):
            entity.type = EntityType.MODEL  # "on BERTimbau-Large": a size of the paper's model, whatever "on" says
        elif family is not None:
            if not data_only or family.type in ("Dataset", "Benchmark"):
                entity.type = family.type
        elif lookup is not None:
            known = _known_family_type(entity.name, lookup)
            if known is not None and (not data_only or known in ("Dataset", "Benchmark") or (
                    known == "Model" and (_NUMBERED_RELEASE.search(entity.name) or _MODE_TAG.search(entity.name)))):
                # ("on the ResNet-20": a depth; "on Wan2.1-I2V": the image-to-video release)
                entity.type = EntityType(known)
            elif known is None and _release_of_known_model(entity.name, lookup):
                entity.type = EntityType.MODEL  # "from 62.4% to 10.4% in Gemini-1.5": a release of a known model
            elif known is None and not entity.aliases and (data := _known_data_suffix(entity.name, lookup)):
                entity.type = EntityType(data)  # "on VAA-KITTI, it improves ...": a variant of a known set (not a
                # name the paper spells out: "Dual-Regime Absorbing Markov Chain (DR-AMC)")


_VARIANT_LETTER = re.compile(r"[A-Z][0-9]?")  # a lettered variant: "VisionHarm-T", "VisionHarm-C"
_MODE_TAG = re.compile(r"[-\s](?:T2V|I2V|TI2V|V2V|T2I|I2I|TTS|ASR)$")  # what a generator's release maps from and to
_FAMILY_SPLIT = re.compile(r"[-\s/]+")
_NUMBERED_RELEASE = re.compile(r"[A-Za-z][-\s]\d{1,3}$")  # "ResNet-20", "VGG 16": a known model's depth or size
_SIZE_TIER = re.compile(r"[-\s](?:Tiny|Small|Base|Medium|Large|Huge|Giant|XL|XXL|[SMLBH])$")
_PARAMETER_COUNT = re.compile(r"[-\s]\d+(?:\.\d+)?B$")  # "-8B", " 1.5B": a parameter count (a data size is K or M)
_CLASS_COUNT = re.compile(r"[1-9]\d{1,3}")
_VERSION_REST = re.compile(r"^v?\d{1,2}(?:\.\d{1,2})?[A-Za-z]?$")  # "1.5", "3", "v2", "5.2R": a release number
_NEXT_VERSION = re.compile(r"^[A-Z][\w]{2,}-\d{1,2}(?:\.\d)?$")  # "GPT-6", "PaLM-3", "Qwen-4.5"


def _known_family_type(name: str, lookup: Callable[[str], Any], min_length: int = 4) -> str | None:
    """The type of the longest known name that ``name`` starts with, up to a hyphen or space. A plain
    word ("Med-PaLM", "Open-X") or a name few papers use is no family, nor one shorter than ``min_length``."""
    cuts = [m.start() for m in _FAMILY_SPLIT.finditer(name)]
    if name.endswith("+") and len(name.rstrip("+")) >= min_length:
        cuts.append(len(name.rstrip("+")))  # "GenEval++", "RefCOCO+": an extended edition of a known set or model
    for cut in reversed(cuts):
        prefix = name[:cut]
        entry = lookup(prefix)
        if entry is None:
            continue
        if len(prefix) < min_length or _WORD_CHUNK.match(prefix) or entry.papers < 3 \
                or entry.type not in ("Model", "Dataset", "Benchmark"):
            return None
        return str(entry.type)
    return None


def _known_data_suffix(name: str, lookup: Callable[[str], Any]) -> str | None:
    """The type of a well-known dataset or benchmark that a hyphened name ends in ("VAA-KITTI", "Tiny-ImageNet"),
    when the suffix is written as that set is (not a plain word: "Open-Data")."""
    rest, sep, last = name.rpartition("-")
    if not sep or not rest or " " in name or len(last) < 3 or rest.lower() in ("anti", "non", "counter"):
        return None  # ("Anti-DreamBooth" works against the set, a method)
    entry = lookup(last)
    if entry is None or entry.type not in ("Dataset", "Benchmark") or entry.papers < _FAMILY_PAPERS \
            or last not in entry.forms:
        return None
    return str(entry.type)


def _member_of_named_family(name: str, lookup: Callable[[str], Any]) -> bool:
    """"Qwen-Math", "Swin-Tiny": a hyphened compound whose first word is a model family the corpus writes
    capitalised and knows well, not an ordinary word ("Vision-Language", "Data-Centric", which only
    an acronym of the lexicon spells: VISION, DATA)."""
    first, sep, rest = name.partition("-")
    if not sep or not rest or " " in name:
        return False
    entry = lookup(first)
    if entry is None or entry.type != "Model" or entry.papers < _FAMILY_PAPERS or first not in entry.forms:
        return False
    counts = dict(zip(CORPUS_KEYS, entry.corpus, strict=False))
    return counts.get("lower_running", 0) * 10 <= counts.get("cap_running", 0)


def api_id_only(text: str) -> bool:
    """A lower-case hyphened name with a digit that only the API-id shape proposes (names.LOWER_API_ID), whole or
    with a word cut off its end ("sub-1" of "sub-1-spp"): only its family vouches for it."""
    return "-" in text and text.islower() and text.isascii() and any(ch.isdigit() for ch in text) \
        and not lower_versioned(text) and not LOWER_BENCH.match(text.split(" ", 1)[0])  # (and "ifc-bench v2")


def _lower_release_of_family(name: str, lookup: Callable[[str], Any]) -> bool:
    """"claude-opus-4-6", "kimi-k2-instruct-0905": a release written as its API id, all in lower case, whose
    first word is a model family the lexicon knows well (or was given): the provider's spelling of a model."""
    first, sep, rest = name.partition("-")
    if not sep or not first.isalnum() or not _LOWER_RELEASE_REST.fullmatch(rest):
        return False
    entry = lookup(first)
    return entry is not None and entry.type == "Model" and any(form.lower() == first for form in entry.forms) and (
        entry.papers >= _FAMILY_PAPERS or dict(zip(CORPUS_KEYS, entry.corpus, strict=False)).get("curated", 0) > 0)


_LOWER_RELEASE_REST = re.compile(r"(?=.*\d)[a-z0-9.]+(?:-[a-z0-9.]+)*")  # (a digit somewhere: a release)
_FAMILY_PAPERS = 20
# A known acronym written by fewer papers than this is no name where a paper spells it out in plain words.
_FEW_PAPERS = 10
# The rest of a list of capitalised names that the plural "tasks" ends.
_LIST_MEMBER = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LIST_THEN_TASKS = re.compile(rf"(?:{_LIST_JOIN}{_LIST_MEMBER})*\s+tasks\b")
_LIST_JOIN_BEFORE = re.compile(rf"{_LIST_JOIN}$")
_METRICS_SUCH_AS = re.compile(rf"\bmetrics\b(?:(?!\b(?:[A-Z]*LLMs?|models?|systems?|methods?|baselines?|approaches|"
                              rf"agents?)\b)[^.;()]){{0,80}}?,?\s+(?:such as|including|e\.g\.,?)\s+"
                              rf"(?:{_LIST_MEMBER}{_LIST_JOIN})*$")
_PLAIN_WORDS_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)*")
_NAMED_RIGHT_BEFORE = re.compile(r"\b(?:called|named|dubbed|termed)\s*$")


def _release_of_known_model(name: str, lookup: Callable[[str], Any]) -> bool:
    """"Gemini-1.5", "GPT-5.2R": a release number after a model family that many papers name (an acronym,
    or a word the corpus writes capitalised)."""
    first, _, rest = name.partition("-")
    if not _VERSION_REST.match(rest):
        return False
    if first.isupper() and len(first) >= 2:
        if _CLASS_COUNT.fullmatch(rest):
            return False  # "PC-59", "PAS-20": a set's number of classes after an acronym, no release of a model
        entry = lookup(first)
        return entry is not None and entry.type == "Model" and entry.papers >= _FAMILY_PAPERS
    return _member_of_named_family(name, lookup)


# A word joined before a known benchmark's capitals: "DarijaMMLU", "KoMMLU", "ArabicGLUE" (four capitals at
# least: three-letter ones are often tasks or formats that model names end in, "OmniSVG", "FineCIR").
_SUITE_VARIANT = re.compile(r"^[A-Z][a-z]+([A-Z]{4,}[A-Za-z0-9-]*)$")


def _suite_variant(name: str, lookup: Callable[[str], Any]) -> str | None:
    """The type of the well-known benchmark or dataset a joined name ends in ("DarijaMMLU" -> MMLU's)."""
    match = _SUITE_VARIANT.match(name)
    if match is None:
        return None
    entry = lookup(match.group(1))
    if entry is None or entry.type not in ("Benchmark", "Dataset") or entry.papers < _FAMILY_PAPERS \
            or match.group(1) not in entry.forms or _non_entity(match.group(1)):
        return None
    return str(entry.type)


def _spells_out(abbr: object) -> bool:
    """Whether the long form has a word per letter of the acronym ("neural networks (NNs)"), not a part of a
    longer name the detector matched ("... for Artificial General Intelligence (ARC-AGI)")."""
    letters = re.sub(r"[^A-Za-z]", "", abbr.short.removesuffix("s"))  # type: ignore[attr-defined]
    return len(letters) == len(abbr.long.split())  # type: ignore[attr-defined]


def _same_sense(entry: object, abbr: object) -> bool:
    """Whether a lexicon entry means what this paper's definition says (acronyms are ambiguous)."""
    return _names_the_sense(entry.forms, abbr.long)  # type: ignore[attr-defined]


@lru_cache(maxsize=20_000)
def _names_the_sense(entry_forms: tuple[str, ...], long_form: str) -> bool:
    """:func:`_same_sense` on the entry's forms (cached: it runs on every mention of a defined acronym, and
    the fuzzy match of a misspelt long form was 1% of extraction)."""
    long_key = norm_key(long_form)
    forms = _form_keys(entry_forms)
    if long_key in forms or long_key.rstrip("s") in forms or long_key + "s" in forms:
        return True
    # a misspelt long form is still the known sense: "Neural Radiated Field (NeRF)"
    if any(len(form) > 10 and _similar(long_key, form) for form in forms):
        return True
    # another ending of each word, too: "low-rank adapters (LoRA)" for Low-Rank Adaptation
    stems = _stems(long_form)
    return len(stems) >= 2 and any(_stems(f) == stems for f in entry_forms)


def _similar(a: str, b: str) -> bool:
    """``SequenceMatcher(None, a, b).ratio() >= 0.85``, its cheap upper bounds tested first: most pairs fail them."""
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


def _stems(text: str) -> tuple[str, ...]:
    """Each word's first five letters ("low-rank adapters" -> low, rank, adapt)."""
    return tuple(w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=20_000)
def _form_keys(forms: tuple[str, ...]) -> frozenset[str]:
    """The comparison keys of a lexicon entry's forms (cached: entries recur across papers)."""
    return frozenset(norm_key(f) for f in forms)


_GENERIC_PHRASE_HEADS = frozenset({
    "learning", "pretraining", "pre-training", "training", "model", "models", "network", "networks",
    "transformers", "methods", "systems", "language", "vision", "processing", "data", "x-ray", "x-rays",
})


_METRIC_NAME = re.compile(rf"^(?:{METRICS})$", re.IGNORECASE)
# A hyphened tail naming the part of the data or the averaging a metric is taken over.
_METRIC_SPLIT_TAIL = re.compile(r"-(?:IN|OUT|In|Out|ID|OOD|avg|Avg|AVG|macro|micro|Macro|Micro|weighted)$")
_METRIC_VALUE = re.compile(rf"^[a-z]?(?:{METRICS})\s?[=:]?\s?[+\-\u2212]?\d+\.\d+\s?%?$|"
                           rf"^(?:{alternation('results.metric_acronyms')})\s?[=:]?\s?[+\-\u2212]?\d+\.\d+\s?%?$",
                           re.IGNORECASE)
# A data head noun right after a definition's bracket: "(SNLI) corpus", "(HDS) dataset", "(XB) benchmark".
_DATA_HEAD_AFTER = re.compile(r"\s*\)\s+(?:data ?set|corpus|benchmark|database|treebank|collection|cohort)"
                              r"(?P<plural>s)?\b", re.IGNORECASE)


# A generic-looking title name that is the paper's own ("Mix-and-Match Pruning: ..."): plain words joined
# by "and" or spaces, not a description joined by "-to-" or "-by-" ("Text-to-Stage"), nor two names ("A & B").
_OWN_TITLE_PHRASE = re.compile(r"^(?!.*-(?:to|of|in|for|on|vs|from|by|with)-)[^&]+$")
_NOT_CONVERSION = re.compile(r"^(?!.*-(?:to|vs)-)[^&]+$")


def _known_singular_model(cand: Candidate) -> bool:
    """A model many papers name, written in the singular: a name however plain its words ("extracted by the
    Segment Anything Model"), where a plural ("Diffusion Transformers", "Speech Language Models") is a class."""
    return cand.entry is not None and cand.entry.type == "Model" and cand.entry.papers >= 20 \
        and not cand.text.endswith("s")


_ACTION_GERUNDS = frozenset(words("nonentity.action_gerunds"))


def _action_phrase(text: str) -> bool:
    """A title's verb phrase that the lexicon build kept as a name ("Leveraging CLIP", "Scaling LLM Reasoning"):
    a research action's gerund and at most two words after it (not "Moving MNIST", a named set)."""
    first, _, rest = text.partition(" ")
    return bool(rest) and rest.count(" ") < 2 and first.lower() in _ACTION_GERUNDS


_METHOD_KIND_HEADS = frozenset({"framework", "frameworks", "method", "approach", "module", "system", "pipeline",
                                "mechanism", "strategy", "scheme", "technique", "paradigm"})


def _plain_method_phrase(text: str) -> bool:
    """Two plain capitalised words naming a kind of method: "Adaptation Framework", "Fusion Module"."""
    words_ = text.split()
    return len(words_) == 2 and words_[1].lower() in _METHOD_KIND_HEADS and all(PLAIN_WORD.match(w) for w in words_)


def _generic_phrase(cand: Candidate) -> bool:
    """Plain capitalised words ending in a generic head: "Reinforcement Learning", "Foundation Models"."""
    return _generic_text(cand.text)


@lru_cache(maxsize=100_000)
def _generic_text(text: str) -> bool:
    """:func:`_generic_phrase` of a mention's text (cached: the same names recur across papers)."""
    if _METRIC_NAME.match(text) or "/" in text and all(_METRIC_NAME.match(part) for part in text.split("/")):
        return True  # AUROC, mAP, BLEU, "AUC/F1": metrics, not models
    if "-" in text and (split := _METRIC_SPLIT_TAIL.search(text)) and _METRIC_NAME.match(text, 0, split.start()):
        return True  # "AUPR-IN", "AUROC-OOD", "F1-macro": a metric on a part of the data
    if re.search(r"-(?:to|and|of|in|for|on|vs|from|by|with)-", text):
        return True  # Text-to-Image, Vision-and-Language, Structure-from-Motion: descriptions
    words = text.split()
    if len(words) < 2 and "-" not in text:
        return False
    parts = [p for w in words for p in w.split("-") if p]
    plain = all(re.match(r"^[A-Z]?[a-z]*$", p) for p in parts)
    return plain and (parts[-1].lower() in _GENERIC_PHRASE_HEADS or words[-1].lower() in _GENERIC_PHRASE_HEADS)


_PLACE_NAMES = words("nonentity.places")
_NON_ENTITY = frozenset(w for key in ("modalities", "venues", "formats", "metrics", "concepts", "platforms",
                                      "paradigms", "tasks", "software", "statistics", "places", "sports_events",
                                      "section_headings", "instruction_sets", "regulations", "protocols", "operations",
                                      "difficulty_levels", "labels")
                        for w in words(f"nonentity.{key}"))
_STANDARD_NUMBER = re.compile(r"P?\d{3,4}(?:\.\d{1,2})+[a-z]{0,2}")
_OPERATIONS = words("nonentity.operations")
_PARADIGMS = words("nonentity.paradigms")  # (the acronym of a paradigm of AI is none either: "Embodied AI (EAI)")
# Units written like names, after their number: "from 186.26 GiB to 1.04 GiB" (not "SeC", a model, alone).
_UNITS = words("units.lexicon")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
_SPORTS_EVENT = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, sorted(words('nonentity.sports_events'))))})$")
_ADJECTIVE_ENDS = words("adjectives.suffix_words") | words("nonentity.adjective_suffixes")
_HARDWARE_LINE = re.compile(r"^(?:nvidia[- ])?(?:jetson|geforce|quadro|tesla [a-z]?\d|rtx[- ]?(?:a?\d{3,4}|pro)"
                            r"|iphone(?:[- ]?\d{1,2})?|ipad|macbook|raspberry[- ]pi|pixel[- ]\d{1,2}|galaxy[- ]s\d{1,2}"
                            r"|snapdragon|apple[- ]m\d|imx\d{3}|hbm\d?e?$|socs?$"
                            # lidar sensors: "VLP-16", "Mid-360"
                            r"|(?:velodyne[- ])?(?:vlp|hdl)-\d{2}e?|(?:livox[- ])?mid-\d{2,3}"
                            r"|gtx[- ]?\d{3,4}|agx[- ]orin|orin[- ](?:nx|nano)|(?:amd[- ])?(?:instinct[- ])?mi\d{3}[a-z]{0,2}$)"
                            r"\b")  # "AGX Orin", "Orin Nano", "MI355X"
# An author's name, a year and a word: a LaTeX citation key ("Dauner2024_navsim", "smith2023learning").
_CITATION_KEY = re.compile(r"[A-Za-z][a-z]+(?:19|20)\d\d(?:_[a-z]|[a-z]{4,}$)")
_BOARD_NUMBER = re.compile(r"\d{3,4}(?:\s?ti)?")
_HARDWARE_MAKER = re.compile(r"^(?:nvidia|amd|intel|google|apple|qualcomm|huawei)[- ](?:geforce[- ])?")
_LANGUAGES = words("nonentity.languages")
_LANGUAGE_NAMES = words("nonentity.language_names")
_LANGUAGE_JOIN = re.compile(r"\s*(?:->|-|\u2192|\u2013|/)\s*")
_LANGUAGE_PAIR = re.compile(r"^([A-Za-z]{2})\s*(?:-|/|→|->|2)\s*([A-Za-z]{2})$")
# Counts and speed-ups, not names: "2.2times", "3x", "2-billion", "10K+", and hardware counts ("8xH100").
_QUANTITY = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:-?(?:times|fold|x|×)|-?(?:hundred|thousand|million|billion|trillion)s?"
                       r"|[KMBT]\+)$|^\d+\s*[x×]\s*[A-Z]{1,3}\d{2,4}[A-Za-z]?$"  # "10K+", "8xH100"
                       # ranges and alternatives of sizes: "100M-10B", "4B/8B", "2D/3D"; a memory size: "A800-80GB"
                       r"|^\d+(?:\.\d+)?[A-Z]{0,2}(?:\s*[-/–]\s*\d+(?:\.\d+)?[A-Z]{0,2})+$|[-\s]\d+\s?[GMT]B$"
                       r"|^(?:USD|EUR|GBP|RMB|CNY|JPY)\s?\d"  # money: "USD 5.58"
                       r"|^\d+(?:\.\d+)?\s?(?:[kmg]?bps|[kmg]?hz|db|ms|fps|tops|flops)$"  # rates: "0.35kbps", "24FPS"
                       r"|^\d+(?:\.\d+)?-(?-i:[a-z]+)$"  # a count joined to its unit: "a 7-percentage-point gain" (not
                       # "7-Scenes")
                       r"|^\d+(?:\.\d+)?\s?[A-Za-zμµ]{1,6}\s?/\s?[a-z]{1,10}$"  # per item: "49.20s/image"
                       # a parameter count as a word: "42M-Parameter", "4B-parameter Small", "6Bparameter"
                       r"|^\d+(?:\.\d+)?[KMBT]-?[Pp]arameters?\b"
                       r"|^\d+\^?(?:st|nd|rd|th)\s?/\s?\d+$"  # a rank among entries: "5^th/20", "3rd/14"
                       r"|^\d+(?:\.\d+)?\s?(?:km|m|cm|mm)(?:\^?[23]|²|³)$"  # areas and volumes: "6.5km^2"
                       r"|^(?:km|m|cm|mm|μm|nm)(?:\^[23]|²|³)$"  # the unit alone: "TOPS/mm^2"
                       r"|^\d+(?:\.\d+)?\s?[x×]\s?10\^-?\d+$"  # a number in scientific notation: "9.9x10^85"
                       r"|^\d+(?:\.\d+)?[eE]\^?[-+]?\d+$"  # ... or in E notation: "3.4e^2", "1e-4"
                       r"|^\d+\s?-?\s?(?:NFEs?|steps?|shots?|hops?|turns?|bits?|DoFs?|degrees?)$"  # "1-NFE", "4-step",
                       r"|^\d+-(?:years?|months?|weeks?|days?|hours?|minutes?)(?:-old)?$"  # "a 50-year-old regularity"
                       # "3-DOF", "3-degree(-of-freedom)"
                       r"|\^circ"  # degrees a LaTeX source left: "360^circtimes180^circ"
                       r"|^W\d+A\d+(?:KV\d+)?(?:-(?:FP|INT)\d*)?$"  # a quantization's bit widths: "W4A8", "W8A8-FP"
                       r"|^([A-Z])\d+\s*[-/–]\s*\1?\d+$", re.IGNORECASE)  # a range of levels: "L1/L2", "L3-L4"
# Metrics written like names: "Pass@K", "AUC@30", "cIoU", "Rank-5", "AUROC_2", "F1-micro".
_SCORE_TAIL_OF = re.compile(r"^(\S+) \d+\.\d+$")
_METRIC_SHAPE = re.compile(r"^[A-Za-z]+@|^[a-z]{0,2}IoU$|^(?:Rank|Top|Hits?|Recall|Precision|Pass|NDCG|AUC|AUROC|AUPRC|TPR|FPR|mAP|AP)"
                           r"[-_@^]?(?:\d+|[Kk])$"  # (and "Pass^4": all of k tries pass)
                           r"|^(?:F1|AUC|AP|AUROC|AUPRC|mAP|ROC-AUC|Recall|Precision|Acc)[-_ ](?:micro|macro|weighted)$"
                           # a score with a short prefix naming its variant: "CE-F1", "mF1", "Cls.mIoU"
                           r"|^(?:[A-Z][A-Za-z]{0,3}[-.]|m)(?:F1|m?IoU|m?AP|AUC|m?Acc|EER|WER|CER|BLEU|PSNR|SSIM|FID)$"
                           # ... or a longer one, joined by an underscore, or a word's F1: "Taxo_F1", "BCubed-F1"
                           r"|^[A-Za-z][A-Za-z0-9]{1,10}_(?:F1|m?IoU|m?AP|AUC|m?Acc)$|^[A-Z]{1,2}[a-z]{2,}-F1$"
                           # ... or the best or mean of one over frames or runs: "maxIoU", "maxDice", "meanDice"
                           r"|^(?:max|min|mean|avg)(?:IoU|Dice|DSC|F1|AP|AUC|Acc|PSNR|SSIM)$"
                           # ... or the level it is read at: "Pixel-AUROC", "Image-AUROC"
                           r"|^(?:Pixel|Image|Region|Instance|Object|Frame|Video|Sample)-(?:AUROC|AUPRC|AUC|AP|F1|PRO)$"
                           # ... or a task's code with a one-letter subscript: "+3.8 in DET_l" (not "PIQA_bn", a set
                           # in one language)
                           r"|^[A-Z]{2,5}_[a-z]$")
# A decimal or a percentage right before a name, and no noun after it: the name is what the number measures.
_DECIMAL_BEFORE = re.compile(r"(?<![\d,])(?:\d+\.\d+\s?%?|\d+(?:\.\d+)?\s?%)\s(?:(?:average|mean|overall|avg\.?)\s)?$")
# (not a list or a bracket: "(80.2% AndroidWorld, 62.6% ScreenShot-Pro)" gives a score per benchmark)
_CLAUSE_GOES_ON = re.compile(r"\s+(?:in|on|for|at|with|while|across|when|compared|versus|vs|and|or)\s+(?:the\s+|both\s+|all\s+)?"
                             r"[a-z]")
_JOINED_SCORE = re.compile(r"[A-Za-z]Score(?:[- ]?v?\d+)?$")
# "improv(es) [X] by 3", "boosts A and [X] by": a quantity a gain raises (for names joined to "Score" only: "improves
# LLaVA by 3%" improves a model)
_RAISED_BEFORE = re.compile(r"\b(?:improv|increas|rais|boost|enhanc|lift)\w*\s+(?:the\s+)?(?:[\w-]+\s*(?:,|and)\s+)?$")
_RAISED_BY = re.compile(r"(?:\s*(?:,|and)\s+[\w-]+)?\s+by\s+(?:up to\s+|about\s+)?[+]?\d")
# A word joined to an error or overlap measure's acronym: "NodeMSE", "BoxIoU", "EdgeAUROC" (not MAE: Point-MAE).
_JOINED_METRIC = re.compile(r"^[A-Z][a-z]{2,}(?:MSE|RMSE|AUC|AUROC|AUPRC|IoU|BLEU|EER|PSNR|SSIM|NDCG|MRR|WER|CER)$")
_DOCUMENT_KINDS = "|".join(re.escape(w) for w in sorted(words("nonentity.document_kinds"), key=len, reverse=True))
_DOCUMENT_KIND = re.compile(rf"^(.*?\S)\s+(?:{_DOCUMENT_KINDS})$", re.IGNORECASE)


_LICENSE_WORDS = frozenset({"license", "licence", "licenses", "licences", "licensed"})


_STATISTICS = frozenset({"SD", "SE", "SEM", "IQR", "CI"})
_STATISTIC_VALUE_AFTER = re.compile(r"\s?(?:[=:]\s?)?[\u00b1+-]?\d+(?:\.\d+)?\s?%?(?![\w.])")
_DECIMAL_AFTER = re.compile(r"\s?(?:[=:]\s?|of\s)?[+-]?\d*\.\d+(?![\w.])|\s?=\s?[+-]?\d+(?![\w.])")  # (or "MAE = 489")
# A name's own score after it in its bracket: "(Go-Browse, 21.7%)", "(Quill: 0.82)".
_SCORE_IN_BRACKET = re.compile(r"\s*[,:]\s*[+-]?\d+(?:\.\d+)?\s*%?\s*\)")
# A score in brackets right after the name, with its metric: "Ineq-Comp-Seed (52.2% pass@32)", "Foo-Bar (81.3 F1)".
_PLAIN_COMPOUND = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)+$")  # "Complex-Edit" (not the metric "SR-5")
# A sentence opening on a compound, whose clause then states a score: "On Skill-Inject with codex+gpt-5.2, POISE
# achieves an 89.3% ASR".
_ON_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)On\s+(?:the\s+)?$")
_SCORED_LATER = re.compile(rf"(?:[^.;]|\.(?!\s)){{0,80}}?\b(?:{alternation('results.result_verbs')})\b[^.;]{{0,24}}?"
                           r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?!\s?(?:\u00d7|x\b|times\b))")  # (a score, not a speed-up)
_SCORED_BRACKET_AFTER = re.compile(rf"\s*\(\s*\d+(?:\.\d+)?\s*%?\s*(?:{METRICS})[\s,;)]", re.IGNORECASE)
_METRIC_NEXT = frozenset({"metric", "metrics", "score", "scores"})
_METRIC_LONG_HEADS = words("nonentity.metric_long_heads")
# Long-form last words of measured quantities ("Relative Volume Difference (RVD)", "blood oxygen level (BOL)"),
# of sensing modalities ("intraoperative ultrasound (iUS)") and of devices ("laser scanner (LS)"); not "unit":
# "Gated Recurrent Unit (GRU)" is a method.
_MEASURE_WORDS = frozenset({"difference", "differences", "level", "levels", "concentration", "concentrations",
                            "temperature", "pressure", "intensity", "density", "volume"})
_MEASURE_HEADS = _MEASURE_WORDS | words("nonentity.modalities") | words("nonentity.device_heads")
_CONDITION_HEADS = words("nonentity.condition_heads")
_PEOPLE_HEADS = words("nonentity.people_heads")
# Imaging techniques written in lower case ("volume electron microscopy (vEM)", "atomic force microscopy (AFM)"); in
# title case the long form may be a method the paper names ("the proposed Inter-event Interval Microscopy (IEIM)").
_TECHNIQUE_HEADS = frozenset({"microscopy", "tomography", "spectroscopy", "imaging"})
_MODALITIES = words("nonentity.modalities")
_NESS_NOUNS = frozenset({"harness", "business", "witness", "wilderness"})  # things, not qualities
_MODALITY_PLURAL = re.compile(r"[A-Z][A-Z-]*s")  # an acronym in the plural: "CTs", "MRIs"
_SENSORS = _MODALITIES | {"camera", "cameras", "thermal", "depth", "event", "infrared", "audio", "dvs", "vis", "nir",
                                            "video", "image", "text", "optical", "radio"}
_HARDWARE = frozenset({"cpu", "cpus", "gpu", "gpus", "tpu", "tpus", "npu", "npus", "ssd", "ssds", "hdd", "ram",
                       "dram", "sram", "hbm", "fpga", "fpgas", "asic", "asics", "dsp", "nvme", "pcie", "disk", "host",
                       "device"})
_MEMORY_CHIPS = frozenset({"dram", "sram", "rram", "reram", "mram", "hbm", "nvme", "fpga", "fpgas", "asic", "asics",
                           "cpu", "cpus", "gpu", "gpus", "tpu", "tpus", "npu", "npus"})
# A number right before a name, and "on" + a capitalised name after it: the name is what the number measures.
_SCORE_AT = r"\d(?:\.\d+)?\s?%?\s"
_SCORE_BEFORE = re.compile(rf"{_SCORE_AT}$")
_SCORE_IN_BEFORE = re.compile(rf"{_SCORE_AT}(?:(?:in|of)\s)?$")  # ... or "(+1.0% in [APr])"
# "improves/increases/reduces [X] (on D) from 2.04 to": X is the quantity that changes.
_SHORT_CAPS = re.compile(r"[A-Z]{2,5}")
# "PCLD", "SubER": two capitals or more (with a subscript: "TOP_ll", "DET_l")
_METRIC_CODE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,6}(?:_[a-z]{1,3})?")
_GAIN_IN_BEFORE = re.compile(r"\d\s?%?\s+(?:(?:absolute|relative|average)\s+)?(?:gain|improvement|increase|boost|"
                             r"reduction|decrease|drop)s?\s+in\s+(?:the\s+)?$"
                             # "outperforms the state of the art by 5% in APLS": what the margin is in
                             r"|\bby\s+(?:up\s+to\s+|over\s+|about\s+)?[+-]?\d+(?:\.\d+)?\s?(?:%|pp|points?)\s+in\s+$"
                             # "+3.8 in DET_l, +5.4 in TOP_ll on subset_A": a signed gain, in its metric
                             r"|(?<![\w.])[+]\d+(?:\.\d+)?\s?%?\s+in\s+$")
_CAMEL_CODE = re.compile(r"[A-Z][a-z]{1,3}[A-Z]")  # "improving online AssA by +2.3": a tracking metric's code
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:improv|increas|rais|boost|reduc|lower|decreas|cut)\w*\s+"
                                 r"(?:the\s+|its\s+|their\s+)?"
                                 r"(?:(?!(?:on|over|upon|against|than|with|by)\b)[a-z]+\s+)?$")
_CHANGED_FROM = re.compile(r"\s+(?:on\s+(?:the\s+)?[\w.-]+\s+)?(?:from\s+[+-]?\d|by\s+(?:up\s+to\s+|over\s+|about\s+)?"
                           r"(?:[+-]?\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s?"
                           r"(?:%|pp\b|points?\b|percentage\s+points?\b)"
                           r"|[+-]\d+\.\d+\b))")  # "improves ADVV by
# 2.084%", "improving online AssA by +2.3"
# A quantity's own verb of change, the code (and the names coordinated with it) its subject: "[SPK-SIM] and EMO-SIM
# increases from 82.48%" (not "improves" or "rises": "Gemma-2-2B-Instruct rises from 38.5 to 58.7" is a model's score).
_RISES_FROM_AFTER = re.compile(r"(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w@.-]*)*\s+(?:increase|decrease)s?\s+"
                               r"(?:(?:significantly|substantially|sharply|markedly)\s+)?from\s+[+-]?\d")
_CAPS_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,6}")
_ON_NAME_AFTER = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?[A-Z]")
# "... SPK-SIM 78.30% to 89.38%, EMO-SIM 66.24% to 75.56%": a quantity written with its change
_CHANGES_AFTER = re.compile(r"\s+[+-]?\d+(?:\.\d+)?\s?%?\s+(?:to|→|->)\s+[+-]?\d")


_LEVEL_TAIL = re.compile(rf"^(.+?)-(?:{'|'.join(sorted(LEVEL_TAILS))})$")


def _metric_moved(text: str, cand: Candidate) -> bool:
    """"improves TPF on GSM8K from 2.04 to 5.47": an unknown acronym whose value changes; "(at least 0.16 gain in
    PCLD)", "a 15% improvement in SubER", "by 5% in APLS": what a gain is in, an unknown code, is its metric."""
    return _changing_quantity(text, cand) or cand.entry is None and _METRIC_CODE.fullmatch(cand.text) is not None \
        and _GAIN_IN_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None


def _changing_quantity(text: str, cand: Candidate) -> bool:
    """"improves/increases [TPF] (on D) from 2.04 to 5.47" (or "by 2.1%"): an acronym no lexicon knows, whose
    value the sentence moves, is the quantity measured (no rule or model may keep it). So is an unknown name
    that itself rises from a number ("the [SPK-SIM] and EMO-SIM increases from 82.48% to 89.74%") or that labels
    one ("GDP achieved ROUGE-L = 0.135 and [BERTScore-F1] = 0.545", "Kendall-τ = 0.096")."""
    return cand.entry is None and ((_SHORT_CAPS.fullmatch(cand.text) or _CAMEL_CODE.fullmatch(cand.text)) is not None
                                   and _CHANGE_VERB_BEFORE.search(
        text, max(0, cand.start - 40), cand.start) is not None and _CHANGED_FROM.match(text, cand.end) is not None
        or _CAPS_CODE.fullmatch(cand.text) is not None and (_RISES_FROM_AFTER.match(text, cand.end) is not None
                                                             or _CHANGES_AFTER.match(text, cand.end) is not None)
        or _EQUALS_VALUE_AFTER.match(text, cand.end) is not None)


# "we propose a new metric, Visual Semantic Matching (VSM)": a metric the paper names, by the apposition before it
# ("two novel metric families: Interest Groundedness (IG), ... and Interest Specificity (IS)")
_METRIC_APPOSED_BEFORE = re.compile(r"\b(?:a|an|the|new|novel|our|proposed|two|three|four)\s+(?:[\w-]+\s+){0,3}"
                                    r"(?:metric|measure)s?(?:\s+famil(?:y|ies))?\s*[,:]?\s+"
                                    r"(?:(?:called|named|termed|dubbed)\s+)?$", re.IGNORECASE)

# A definition the word "metric" or "score" follows, after its acronym or its long form: "the Clinical Intent
# Alignment (CIA) score of 60.12%", "the Memory Removal Difficulty (MRD) metric"; not a long form that ends on a
# model's head noun ("Process Reward Model (PRM) scores": a model's).
_METRIC_NOUN_AFTER = re.compile(r"\s*\)\s+(?:metric|score|index)s?\b(?!-)(?!\s+(?:model|network|function|head|predictor|"
                                r"estimator|learning|matching|distillation)s?\b)")
_LONG_METRIC_NOUN_AFTER = re.compile(r"\s*\(\s*[A-Z][\w-]{0,10}" + _METRIC_NOUN_AFTER.pattern)  # (the long form's)
_MODEL_LONG_END = re.compile(r"(?i:\b(?:models?|networks?|nets?|transformers?|encoders?|decoders?|classifiers?|agents?|"
                             r"LLMs?|systems?|frameworks?|modules?|learners?|predictors?|estimators?)$)")
# ... or after it: "we propose HarmScore, a jailbreak metric that ..." (not "a metric learning method")
_VALUE_OF_AFTER = re.compile(r"\s*\)\s+of\s+[+-]?\d[\d.]*\s?%?\s*(?:and|,|\.|;|\s(?:on|in|for|with)\b)")
_METRIC_APPOSED_AFTER = re.compile(r"(?:\s+at\s+\w+%?)?\s*\)?\s*(?:\([^()]{1,80}\)\s*)?,\s*(?:a|an|our)\s+"
                                   r"(?:new\s+|novel\s+)?"
                                   r"(?:(?!(?:that|which|to|and|or)\b)[\w-]+\s+){0,2}(?:metric|measure)s?\b"
                                   r"(?!\s+(?:learning|space|suite|benchmark|model|network))")


def _metric_apposed(text: str, cand: Candidate) -> bool:
    """Whether an apposition before the name (or before its long form) says it is a metric."""
    named_at = cand.start
    if cand.long_form:  # "a new metric, Visual Semantic Matching (VSM)": before the long form
        at = text.rfind(cand.long_form, max(0, cand.start - len(cand.long_form) - 4), cand.start)
        named_at = at if at >= 0 else cand.start
    return _metric_word_in(text, max(0, named_at - 60), named_at) and \
        _METRIC_APPOSED_BEFORE.search(text, max(0, named_at - 60), named_at) is not None or \
        cand.end <= _last_metric_word(text) and _METRIC_APPOSED_AFTER.match(text, cand.end) is not None


@lru_cache(maxsize=64)
def _last_metric_word(text: str) -> int:
    """Where the text's last "metric" or "measure" starts (-1: none): :data:`_METRIC_APPOSED_AFTER` needs one after
    the name, and most names have none after them (cached per text: it is asked per name)."""
    return max(text.rfind("metric"), text.rfind("measure"))


def _metric_word_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold the "metric" or "measure" that :data:`_METRIC_APPOSED_BEFORE` needs:
    a cheap test before its search, which runs on most names of a corpus and rarely matches."""
    window = text[start:end]
    if not window.isascii():
        return True  # case-insensitive matching folds some other letters into ASCII ones ("ſ" into "s")
    window = window.lower()
    return "metric" in window or "measure" in window


def scored_joined_score(text: str, cand: Candidate) -> bool:
    """A score joined to its name, right after a number ("a 69.8% FActScore"; not "on WorldScore"), or what a gain
    raises ("improves YawScore and OccScore by 12.60 and 15.10 points"): a metric."""
    if "Score" not in cand.text or not _JOINED_SCORE.search(cand.text):  # (the word first: the pattern needs it)
        return False
    return _SCORE_BEFORE.search(text, max(0, cand.start - 12), cand.start) is not None or cand.entry is None and (
        _RAISED_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None
        and _RAISED_BY.match(text, cand.end) is not None)


def _metric_after_number(text: str, cand: Candidate, acronym: bool | None = None) -> bool:
    """A metric's acronym (or a metric word joined to a prefix) right after its number: "(+1.0% in APr)", "46.2 mAP",
    "+0.87 in MPrecision" (``acronym``: :func:`_metric_acronym` of the name, when the caller has it)."""
    if acronym is None:
        acronym = _metric_acronym(cand.text)
    return bool(acronym or cand.text.endswith(_JOINED_METRIC_ENDS) and _JOINED_METRIC_TAIL.search(cand.text)) \
        and _SCORE_IN_BEFORE.search(text, max(0, cand.start - 16), cand.start) is not None


_CAMEL_RATE = re.compile(r"(?:[A-Z][a-z]+)+Rates?")


# "achieves the highest LFAcc ([27.8%])": a coined metric's acronym after a result verb, its number bracketed after it
_BEST_BEFORE = re.compile(r"(?i:\b(?:achiev|attain|reach|obtain|yield)\w*\s+(?:the\s+)?(?:highest|best|lowest|top)\s+)$")
_NUMBER_BRACKET_AFTER = re.compile(r"\s*\(\s*[+-]?\d+(?:\.\d+)?\s?%?\s*\)")


def _best_metric_bracket(text: str, cand: Candidate) -> bool:
    """"Fine-tuned FooNet achieves the highest LFAcc (27.8%)": the metric the number is of (not a model)."""
    return _BEST_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None \
        and _NUMBER_BRACKET_AFTER.match(text, cand.end) is not None


def _scored_code(text: str, cand: Candidate) -> bool:
    """"only 0.07 SPIDEr in captioning", "about 90% MIR-E on both splits": what the number right before measures (not
    "1,000 COCO images", nor "62.6% ScreenShot-Pro)"); a short acronym the corpus knows as several things may be a
    metric too: "90.8% average CAR on real-world datasets"."""
    return (cand.entry is None or _SHORT_CAPS.fullmatch(cand.text) is not None) \
        and _CLAUSE_GOES_ON.match(text, cand.end) is not None \
        and _DECIMAL_BEFORE.search(text, max(0, cand.start - 24), cand.start) is not None


# A gain written onto the name before it, then the set: "PixelAcc[+4.5 on] COCOStuff-27".
_GLUED_GAIN_AFTER = re.compile(r"[+\u2212]\d+(?:\.\d+)?\s*%?\s+(?:on|in)\s")


# What a definition's acronym is called right after it: "Maximize Received Probability (MRP) algorithm", "Masked
# Token Probability (GMTP), a novel defense method".
_METHOD_AFTER_DEFINITION = re.compile(r"\)\s*(?:(?:algorithm|method|approach|model)s?\b|,\s+(?:an?|the)\s+"
                                      r"(?:[\w-]+\s+){0,3}(?:algorithm|method|approach|model|defen[cs]e)\b)")


def _method_defined(text: str, cand: Candidate) -> bool:
    """A long form ending on a measure's or a condition's word ("Probability", "Value", "Lesion") whose defining
    bracket is followed by the kind of method it is: a method, not a measure."""
    last = cand.long_form.split()[-1].lower().strip(".,)") if cand.long_form else ""
    if last not in _METRIC_LONG_HEADS and last not in _MEASURE_WORDS and last not in _CONDITION_HEADS:
        return False  # (not a modality's or a device's: "Rational Polynomial Camera (RPC) models" are cameras')
    at = text.find(f"({cand.text})")
    return at >= 0 and _METHOD_AFTER_DEFINITION.match(text, at + len(cand.text) + 1) is not None


def _names_a_metric(doc: Doc, cand: Candidate) -> bool:
    """"positive predictive value (PPV)", "the CBS metric", "the CHE scores", "a new metric, X (Y)": a metric,
    defined by its long form, named by the word after it or by the apposition before it."""
    if _long_form_of_no_artifact(cand.long_form) and not _method_defined(doc_text(doc), cand):
        return True
    if hyphened_metric(cand.text):
        return True
    if cand.entry is None and _CAMEL_RATE.fullmatch(cand.text):
        return True  # "the best PassRate reaches only 41.2%": a rate written as one word, not a model
    text, lo = doc_text(doc), max(0, cand.start - 12)
    if _metric_apposed(text, cand):
        return True
    if cand.entry is None and _SCORE_BEFORE.search(text, lo, cand.start) and _ON_NAME_AFTER.match(text, cand.end):
        return True  # "34.2 AP3D on Omni3D", "89.2% J&F on DAVIS": what the number measures, on a named set
    if cand.text == "MAE" and _mean_absolute_error(text, cand):
        return True  # "RCSNet reduces average MAE, MSE, and RMSE by 11.5%", "13.8 bpm MAE": the error, not the
        # autoencoder
    if cand.entry is None and text.endswith("(", 0, cand.start) and _OF_NUMBER_AFTER.match(text, cand.end):
        return True  # "improves factual consistency (FactCC of 87.50)": the measure its bracket gives a value of
    acronym = _metric_acronym(cand.text)
    if acronym and _scored_on_metric(text, cand):
        return True  # "scores of up to 71.84 on COMETkiwi and 81.77 on XCOMET": the metric a score is on, no set
    if acronym and _MEASURE_CHANGES_AFTER.match(text, cand.end):
        return True  # "PA-MPJPE increases only marginally from 9.0 mm to 9.1 mm": the measure that changes
    if acronym and _labelled_metric(text, cand):
        return True  # "scoring accuracy (MAE 0.87 to 0.73)": the metric with its value (not the autoencoder MAE)
    if _metric_after_number(text, cand, acronym):
        return True  # "(+1.0% in APr)", "46.2 mAP": a metric's acronym right after its number (or a metric word
        # joined to a prefix: "+0.87 in MPrecision")
    if acronym and (_METRIC_PEER_BEFORE.search(text, max(0, cand.start - 30), cand.start)
                    or _METRIC_PEER_AFTER.match(text, cand.end)) or cand.entry is None and cand.text.isupper() and \
            len(cand.text) <= 6 and _METRIC_PART_PEER_BEFORE.search(text, max(0, cand.start - 30), cand.start):
        return True  # "improves MSE, MAE, SSIM, and CSI metrics": a metric among metrics (not the autoencoder MAE;
        # an acronym no lexicon knows after its metric peers is one too: "AUPR-IN, AUPR-OUT and AUTC")
    if cand.text in _STATISTICS and _STATISTIC_VALUE_AFTER.match(text, cand.end):
        return True  # "(mean accuracy drop -11.14%, SD 15.74%)": a standard deviation, not Stable Diffusion
    if _metric_moved(text, cand):
        return True
    if scored_joined_score(text, cand):
        return True
    if _scored_code(text, cand) or _best_metric_bracket(text, cand):
        return True
    if cand.entry is None and _GLUED_GAIN_AFTER.match(text, cand.end):
        return True  # "AR+11.1 on UVO, PixelAcc+4.5 on COCOStuff-27": a metric written onto its gain
    end, n = cand.tok_end, len(doc)
    tok = doc[end] if end < n else None  # (each doc[i] builds a Token: once per position)
    if tok is not None and tok.text == ")":
        end += 1  # "the Critical Bias Sensitivity (CBS) metric"
        tok = doc[end] if end < n else None
    word = tok.lower_ if tok is not None else ""
    if word not in _METRIC_NEXT:
        return False
    if end == cand.tok_end and tok is not None and _METRIC_ACRONYM.fullmatch(cand.text + tok.text.capitalize()):
        return True  # "in both FID and CLIP score", "BERT score": a metric's own name (CLIPScore) written apart
    # a known name is the thing the score is computed with or on ("the PageRank score", "the MMLU score")
    return word.startswith("metric") or (cand.entry is None and not _BENCH_SHAPE.search(cand.text))


# A measure as the subject of its own change: "PA-MPJPE increases only marginally from 9.0 mm to 9.1 mm".
_MEASURE_CHANGES_AFTER = re.compile(r"\s+(?:(?:only|just|slightly|further|[a-z]+ly)\s+){0,2}(?:increas|decreas|drop|rise|"
                                    r"rose|fell|fall|reduc|declin|grow|grew)\w*\s+"
                                    r"(?:(?:only|just|slightly|[a-z]+ly)\s+){0,2}(?:from|to|by)\s+[+\-−]?\d")
_EQUALS_VALUE_AFTER = re.compile(r"\s*=\s*[+\-−]?\d")
# MAE as the mean absolute error: a paper that reports another error metric too, or a number written at the name
# ("13.8 bpm MAE", "43% lower MAE", "a test MAE of 0.0461", "(MAE: 3.087m)", "reduces test MAE by 6.3%", "MAE
# decreased by 38%").
_ERROR_PEERS = re.compile(r"(?<![\w-])(?:RMSE|MSE|MAPE|SMAPE|RMSLE|R\^?2|R²)(?![\w-])")
_NUMBER_BEFORE_ERROR = re.compile(r"(?:\d\s*(?:%|[a-zμ]{1,3})?|\b(?:low|lowest|lower|higher|test|average|mean|overall|"
                                  r"regression|voxel-level))\s+$")
_NUMBER_AFTER_ERROR = re.compile(r"\s*(?:of|from|:|=|below|above|is|was|(?:decreas|reduc|drop|dropp|fell|fall|improv|"
                                 r"increas|rose|rise|rising)\w*\s+(?:by|to|from)|\()?"
                                 r"\s*(?:up to\s+|about\s+|~|≈)?[+\-−]?\d")
# ("a low MAE (0.025±0.019)": the number in a bracket after it)
_REDUCED_ERROR = re.compile(r"\b(?:reduc|lower|decreas|cut)\w*\s+(?:[\w-]+\s+){0,2}$")


def _labelled_metric(text: str, cand: Candidate) -> bool:
    """A metric's acronym that labels the number after it: "(AP = 80.0%, PRO = 97.5%)" (not the method PRO)."""
    return _metric_acronym(cand.text) and _DECIMAL_AFTER.match(text, cand.end) is not None


def _mean_absolute_error(text: str, cand: Candidate) -> bool:
    """Whether "MAE" is the error metric here, not the masked autoencoder (which a paper that means it spells out or
    builds on: "masked autoencoding (MAE)", "Point-MAE"; then the name stays a model)."""
    if "utoencod" in text or "-MAE" in text or "MAE-" in text:
        return False
    lo = max(0, cand.start - 24)
    return _ERROR_PEERS.search(text) is not None or _NUMBER_BEFORE_ERROR.search(text, lo, cand.start) is not None \
        or _NUMBER_AFTER_ERROR.match(text, cand.end) is not None or (
            text.startswith(" by ", cand.end) and _REDUCED_ERROR.search(text, lo, cand.start) is not None)


# A class of models by size: "Large Speech-Language Models", "Small Reasoning Models", "Large Vision Models".
_CLASS_LONG = re.compile(r"^(?:[A-Z][a-z]+-)?(?:(?:Multimodal )?Large|Small|Tiny)\b[\w\s-]*\bModels$")  # (and
# "Vision-Large Language Models (vLLMs)")


_CODE_BRACKET_AFTER = re.compile(r"\s\((?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]*\)")  # " (REVNET)", " (ViT)"
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*\s$")
_CLASS_BRACKET = re.compile(r"\b(?:[Ll]arge|[Ss]mall|[Tt]iny)\s[\w\s-]{0,60}?\b[Mm]odels\s\(([A-Z][\w-]*?[A-Z])s\)")


@lru_cache(maxsize=64)
def _bracketed_classes(text: str) -> frozenset[str]:
    """Keys of the short forms a text brackets in the plural after a class of models, whether or not their letters
    spell the words out ("Large Medical Vision-Language Models (Med-VLMs)"): med-vlm and med-vlms. (Cached: the
    decider asks once per name it may add.)"""
    if "odels (" not in text:
        return frozenset()
    return frozenset(norm_key(m.group(1) + plural) for m in _CLASS_BRACKET.finditer(text) for plural in ("", "s"))


def _names_a_class(cand: Candidate) -> bool:
    """An acronym for a class of models, like LLM: defined here in the plural ("Large Speech-Language Models
    (LSLMs)"), or spelled out only so by other papers (LVM: "Large Vision Models", "Large Video Models"). A
    model named in the singular ("Large View Synthesis Model (LVSM)") is one model."""
    if cand.long_form is not None:
        # (the last word first: the pattern needs it, and few long forms end so)
        return cand.long_form.endswith("Models") and _CLASS_LONG.match(cand.long_form) is not None
    if cand.entry is None or cand.entry.type != "Model":
        return False
    return _spelled_as_class(cand.entry.aliases)


@lru_cache(maxsize=20_000)
def _spelled_as_class(aliases: tuple[str, ...]) -> bool:
    """Whether a known model's aliases spell it out, each as a class of models (cached: it runs on every mention
    of a known model, and some have many aliases)."""
    spelled = [a for a in aliases if a[:1].isupper() and " " in a and a.split()[-1].startswith("Model")]
    return bool(spelled) and all(_CLASS_LONG.match(a) for a in spelled)


def _names_a_language(cand: Candidate) -> bool:
    """An acronym the paper defines as a language or a variety of one ("American English (AmE)", "Modern
    Standard Arabic (MSA)"): what the text is written in, not a model or data (whatever MSA meant elsewhere)."""
    words_ = cand.long_form.split() if cand.long_form else ()
    return 0 < len(words_) <= 4 and words_[-1].lower() in _LANGUAGE_NAMES  # ("African American Vernacular English")


# A government body's long form, opened or closed by its kind: "the U.S. Department of Labor (DOL)", "the Food and
# Drug Administration (FDA)": an authority, no model or data.
_GOVERNMENT_BODY = re.compile(r"^(?:U\.S\.\s+|US\s+|United States\s+|National\s+|Federal\s+|European\s+)?"
                              r"(?:Ministry|Department|Bureau|Directorate)\s+of\b|\b(?:Administration|Agency)$")


def _names_a_license(doc: Doc, cand: Candidate) -> bool:
    """"the MIT license", "Apache 2.0 licensed": a software license, not the dataset or model of that name."""
    return cand.tok_end < len(doc) and doc[cand.tok_end].lower_ in _LICENSE_WORDS


_VENUES = words("nonentity.venues")
_NUMBERED_WORDS = words("nonentity.numbered_words")
_NUMBERED_WORD = re.compile(r"^([a-z]+)[ -]?(?:\d+(?:\.\d+)?[a-z]?|[ivx]{1,4})$")
_ANY_DIGIT = re.compile(r"\d")
_MODEL_CLASS_PLURALS = frozenset({"llms", "vlms", "mllms", "lms", "lvlms", "slms", "models"})
_DIFFERENCE = re.compile(r"^(?:delta|\u0394)\s?[+\-\u2212]?\d[\d.]*%?$")
_DIMENSIONS = re.compile(r"^\d[Dd](?:\s?[+/&]\s?(?:\d[Dd]|depth|Depth|RGB|rgb))+$")  # "2D+3D", "3D/depth"
_GRADE_BAND = re.compile(r"^(?:Pre-?)?K-(?:[1-9]|1[0-2])$")
_ORPHAN_TIER = re.compile(r"^\d+(?:\.\d+)+-[A-Z][A-Za-z]*$")
_WAY_SHOT = re.compile(r"^\d+-way(?:[ -]\d+(?:-shot)?)?$")
_COUNT_COMPOUND = re.compile(r"^\d[\d.,]*[- ](?:thousand|million|billion|trillion)[- ][a-z]+$")
_DURATION = re.compile(r"^(?:\d+(?:\.\d+)?-(?:seconds?|minutes?|hours?|days?|frames?|steps?)(?:\s+\d{3,4}p)?"
                       r"|\d{3,4}p)$")
_VERSIONED_WORD = re.compile(r"^(.+?)[ -]v\d+(?:\.\d+)*$")
# (or a score there: "ICLR 4.90")
_VENUE_YEAR = re.compile(r"^([a-z]+(?:-[a-z]+)?)(?:[ -]?(?:19|20)\d\d|\s?'\d\d|\s\d\.\d+)$")


_METRIC_ACRONYM = re.compile(alternation("results.metric_acronyms"))
_NUMBER_ON_BEFORE = re.compile(r"\d\s?%?\s+on\s+(?:the\s+)?$")


@lru_cache(maxsize=100_000)
def _metric_acronym(text: str) -> bool:
    """Whether ``text`` is a metric's acronym, whole (cached: asked of every name, and names recur)."""
    return _METRIC_ACRONYM.fullmatch(text) is not None


_JOINED_METRIC_TAIL = re.compile(r"(?<=[A-Za-z])(?:Precision|Recall|Accuracy|Acc|IoU|F1|AUC|Error|Score)$")
# What a text must end with for _JOINED_METRIC_TAIL to match ("$" also matches before a final newline).
_JOINED_METRIC_ENDS = ("Precision", "Recall", "Accuracy", "Acc", "IoU", "F1", "AUC", "Error", "Score", "\n")
_HYPHENED_METRIC_TAIL = re.compile(r"-(?:Precision|Recall|Accuracy|Acc|F1|AUC|AUROC|AUPRC|AURC|IoU|Score|chrF|BLEU|"
                                   r"Dice|DICE)$")


def hyphened_metric(text: str) -> bool:
    """A metric's word after the name's last hyphen: "R-Precision", "BERTScore-F1", "I-AUROC", "H-Score" are
    metrics, whatever the words around them say."""
    return "-" in text and _HYPHENED_METRIC_TAIL.search(text) is not None


_SPACED_SCORE = re.compile(r"\S\s+(?:Score|score|SCORE)s?$")
# A metric written next to another in a list: "MSE, [MAE], SSIM", "[MAE] and RMSE".
_METRIC_PEER_BEFORE = re.compile(rf"(?<![\w-])(?:{METRICS}),\s*(?:and\s+|or\s+)?$", re.IGNORECASE)
# ... a metric on a part of the data, then any acronym: "AUPR-IN, AUPR-OUT and [AUTC]" (not "DiCE, [CFNOW]")
_METRIC_PART_PEER_BEFORE = re.compile(rf"(?<![\w-])(?i:{METRICS}){_METRIC_SPLIT_TAIL.pattern[:-1]},?\s+"
                                      r"(?:and\s+|or\s+)?$")
_METRIC_PEER_AFTER = re.compile(rf"\s*(?:,|/|and|or)\s*(?:and\s+|or\s+)?(?:{METRICS})(?![\w-])", re.IGNORECASE)


# A value right after a name in its bracket: "(FactCC of 87.50)", "(X = 0.3)".
_OF_NUMBER_AFTER = re.compile(r"\s+(?:of|=|:)\s*[+-]?\d+(?:\.\d+)?\s?%?\s*[),;]")
_NOTATION = re.compile(r"[ANT]C\^\{?\d\}?$|[Δ∆][a-z]|[EI][SN][TF][JP]$")
_COINAGE_PIECE = re.compile(r"^[A-Z]{2}[a-z]{3,}$")
# A capitalised word or a linking word next to a piece of an expansion: "Local, [CAusal] explanations", "Egocentric
# and [RObust] Visual", "[STreaming] Evaluation of Memory".
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'-]*,?\s+(?:(?:and|or|of|for)\s+)?$")
_CAPITAL_WORD_AFTER = re.compile(r",?\s+(?:(?:and|or|of|for|via|as)\s+)?[A-Z][a-z]")


_ODD_CAPITAL_PART = re.compile(r"(?:^|-)[a-z]+[A-Z][a-z]+(?:$|-)")  # "Attention-aWare"
_ODD_CAPITAL_NEXT = re.compile(r"\s+(?:[A-Z]{2}[a-z]{2,}|[a-z]+[A-Z][a-z]+)\b")  # " VEctor", " aWare"
_ODD_CAPITAL_BEFORE = re.compile(r"\b[a-z]+[A-Z][a-z]+\s+$|\b[A-Z]{2}[a-z]{2,}\s+$")  # "aWare ", "VEctor "


def _acrostic_piece(text: str, cand: Candidate, candidates: list[Candidate]) -> bool:
    """Whether a word with two leading capitals ("CAusal", "REgion") capitalises its letters to spell a coined name
    nearby ("LOCA", "FireEdit"), in an expansion of capitalised words, or as an ordinary word the paper also writes
    in lower case; not a name of that shape ("QAlign", "DBpedia") nor a piece of the coined name ("TRivia-3B")."""
    letters = cand.text[:2]
    low = cand.text.lower()
    if not any(c.text != cand.text and abs(c.start - cand.start) < 150 and sum(ch.isupper() for ch in c.text) >= 2
               and letters in c.text.upper() and low not in c.text.lower() for c in candidates):
        # ... or a name the paper coins in lower case: "the wave index, an Attention-aWare [VEctor] index" (an
        # ordinary word, written alone too, beside a word so capitalised)
        return _ODD_CAPITAL_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None \
            and _written_alone(text, low)
    return _CAPITAL_WORD_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None \
        or _CAPITAL_WORD_AFTER.match(text, cand.end) is not None or _written_alone(text, low)
_APPOSED_TO = re.compile(r"([^\s,]+),\s+(?:(our)|an?|the)\s+$")  # "DiDi, a [Distractor-Distilled] dataset"


# A subtitle's opening words up to a capitalised compound and a head ("X: A [LiDAR-Visual-Thermal] Dataset").
_SUBTITLE_OPENING = re.compile(r"[^\n:]+: (?:An?|The) ")
_SUBTITLE_HEAD = re.compile(r" (?:Dataset|Benchmark|Corpus|Suite|Model|Framework)\b")


def _describes_title_name(text: str, cand: Candidate) -> bool:
    """A capitalised compound of words (two of them plain: "Visual", "Thermal") right after the article that opens a
    title's subtitle, before the head noun: it describes the name before the colon ("R-LiViT: A LiDAR-Visual-Thermal
    Dataset"; not "X: The BEA-Dialogue+ Corpus", a name)."""
    parts = cand.text.split("-")
    return len(parts) >= 2 and all(part.isalpha() and part[:1].isupper() for part in parts) and \
        sum(part[1:].islower() for part in parts) >= 2 and \
        _SUBTITLE_OPENING.fullmatch(text, 0, cand.start) is not None and \
        _SUBTITLE_HEAD.match(text, cand.end) is not None


def _describes_apposed_name(text: str, cand: Candidate) -> bool:
    """The candidate's words, in an appositive after a name, describe that name: "our" makes them the paper's
    description ("X, our English-language OCR benchmark"); after "a", their initials spell the name's capitals
    ("DiDi, a Distractor-Distilled dataset")."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", cand.text) if word).upper()
    if cand.source == "titlecase" and (after := _ACRONYM_AFTER_RUN.match(text, cand.end)) is not None:
        letters = "".join(ch for ch in after["acronym"] if ch.isupper())
        if len(initials) >= 2 and letters.startswith(initials) and letters != initials \
                and text[cand.end:after.start("acronym") - 1].strip():  # (not the whole long form: "X Y (XYP)")
            return True  # "Nodule-Aligned Multimodal (Latent) Diffusion (NAMD)": the first words of the acronym's
            # long form, cut by a bracket in it
    apposed = _APPOSED_TO.search(text, max(0, cand.start - 40), cand.start)
    if apposed is None:
        return False
    capitals = "".join(ch for ch in apposed.group(1) if ch.isupper())
    if cand.source == "titlecase":  # (a run of capitalised words: "X, our Latent Guard" may name a part)
        return not apposed.group(2) and len(initials) >= 2 and capitals.startswith(initials) \
            and _CAPITAL_NEXT.match(text, cand.end) is not None  # "DART, a [Decoupled Agentic] RL Training
        # framework": the first words of the spelling, cut where an acronym stands in it
    if apposed.group(2):
        return True
    return len(capitals) >= 2 and capitals == initials


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# What may stand between a cut run and its acronym: "(Latent) Diffusion (NAMD)".
_ACRONYM_AFTER_RUN = re.compile(r"(?:\s+\([A-Z][a-z]+\))?(?:\s+[A-Z][\w-]*){0,3}\s+"
                                r"\((?P<acronym>[A-Z][A-Za-z0-9-]{1,10})\)")


# "a phenomenon known as the Data Wall", "an effect termed Lost-in-the-Middle": a concept's name, no artifact
_PHENOMENON_BEFORE = re.compile(r"\b(?:phenomen(?:on|a)|effects?|paradox(?:es)?|laws?|principles?|hypothes[ie]s|curses?|"
                                r"traps?|bottlenecks?|dilemmas?|regimes?|behaviou?rs?)\s*,?\s+(?:(?:is|are|was)\s+)?"
                                r"(?:known as|called|termed|dubbed|referred to as|coined|"
                                # ("a phenomenon we term the Repeat Curse")
                                r"(?:that\s+|which\s+)?we\s+(?:term|call|dub|name|coin|refer\s+to\s+as))"
                                r"\s+(?:it\s+|this\s+)?(?:the\s+)?[\"“']?$")


# "We identify Training-Distribution Hallucination, a recurring phenomenon in which ...": the same, apposed
_PHENOMENON_AFTER = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:phenomen(?:on|a)|effect|paradox|"
                               r"failure mode|pathology)\b")


def _names_a_phenomenon(text: str, cand: Candidate) -> bool:
    """A name given to a phenomenon or a law ("a phenomenon known as the Data Wall", "X, a recurring phenomenon in
    which ..."), not to an artifact."""
    if cand.entry is not None:
        return False
    window = text[max(0, cand.start - 60):cand.start]
    # (the search needs one of its naming verbs, case-sensitive as the pattern is, and few windows hold one)
    named = "called" in window or "termed" in window or "known as" in window or "dubbed" in window \
        or "coined" in window or "referred to as" in window or "we term" in window or "we call" in window \
        or "we dub" in window or "we name" in window or "we coin" in window or "we refer" in window
    return named and _PHENOMENON_BEFORE.search(text, max(0, cand.start - 60), cand.start) is not None \
        or _PHENOMENON_AFTER.match(text, cand.end) is not None


# "a new task called Word Sense Linking (WSL)", "a novel task, termed X": the name of a problem to solve, no artifact
_TASK_NAMED_BEFORE = re.compile(r"\btasks?\s*,?\s+(?:(?:is|are)\s+)?"
                                r"(?:called|named|termed|dubbed|coined|referred to as)\s+(?:as\s+)?(?:the\s+)?"
                                r"[\"“']?$")


# The words of an apposition before its head noun: "[a more realistic ]task", "[a novel restoration ]task" (not past
# what the head is for or of: "a benchmark for the task of ...").
_APPOSED_WORDS = r"(?:a|an|the)\s+(?:(?!(?:for|of|to|that|which|and|with|in|on)\b)[\w-]+\s+){0,4}?"
_TASK_APPOSED_AFTER = re.compile(rf",\s+{_APPOSED_WORDS}(?:task|problem)\b")


# Two modalities a task maps between: "improves S1 to S2 retrieval", "RGB-to-depth translation".
_MAPPING_TASK = r"\s+(?:[a-z]+\s+)?(?:retrieval|translation|transfer|mapping|conversion|registration|matching|synthesis)\b"
_DIRECTION_AFTER = re.compile(rf"(?:\s+to\s+|-to-)[A-Z][\w-]{{0,10}}{_MAPPING_TASK}")
_MAPPING_TASK_AFTER = re.compile(_MAPPING_TASK)
_DIRECTION_BEFORE = re.compile(r"\b[A-Z][\w-]{0,10}(?:\s+to\s+|-to-)$")


def _names_a_direction(text: str, cand: Candidate) -> bool:
    """"CR-JEPA improves S1 to S2 retrieval from 61.23% to 75.82%": the two ends of a cross-modal task, modalities,
    not the models a lexicon knows by the same short names (s1)."""
    return len(cand.text) <= 6 and " " not in cand.text and " to" in text[max(0, cand.start - 6):cand.end + 6] and (
        _DIRECTION_AFTER.match(text, cand.end) is not None or _MAPPING_TASK_AFTER.match(text, cand.end) is not None
        and _DIRECTION_BEFORE.search(text, max(0, cand.start - 16), cand.start) is not None)


def _names_a_task(text: str, cand: Candidate) -> bool:
    """A name the paper gives to a task ("we present a new task called Word Sense Linking (WSL)"), or the acronym
    of one: the task is what systems are built for, not an artifact, whatever other papers called the acronym."""
    at = [cand.start]
    if cand.long_form:  # where the paper spells it out (the title may too: every place)
        found = text.find(cand.long_form)
        while found >= 0:
            at.append(found)
            found = text.find(cand.long_form, found + 1)
    for a in at:  # ("task" first: the pattern needs it, and most windows lack it)
        if text.find("task", max(0, a - 60), a) >= 0 and _TASK_NAMED_BEFORE.search(text, max(0, a - 60), a):
            return True
    # "We introduce Talking Characters, a more realistic task to generate ...": the apposition says it is a task
    # (a name in plain words: a coined one so described is a set's, "CTIBench-RCM, a security CVE-to-CWE task")
    return cand.entry is None and text.find("task", cand.end, cand.end + 60) >= 0 \
        and _PLAIN_WORDS.match(cand.text) is not None and _TASK_APPOSED_AFTER.match(text, cand.end) is not None


# The kinds a set is split into, listed after a colon: "videos comprising four types: Authentic-Clean (A-C), ...";
# or the tasks a benchmark poses: "four tasks, namely Emotion State Identification (ESI), ...".
_KINDS_LISTED = re.compile(r"\b(?:types|categories|classes|kinds|groups|subsets|subgroups|conditions|tasks|subtasks)"
                           r"\s*(?::|,?\s+namely)\s*"
                           r"(?:[^:;.()]{1,80}(?:\([^()]{1,20}\))?\s*,\s*(?:and\s+|or\s+)?){0,8}$")


def _names_a_kind(text: str, cand: Candidate) -> bool:
    """The acronym of a kind a set is split into, defined in the list of them ("comprising four types:
    Authentic-Clean (A-C), Authentic-Spoofed (A-S), ..."): a part of the data, not an artifact."""
    if not cand.long_form or _CODED_WORD.search(first := cand.long_form.split()[0]) and first in cand.text:
        return False  # (not "two subsets: VisionHarm Third-party (VisionHarm-T) and ...": named after a coined set)
    found = text.rfind(cand.long_form + " (", 0, cand.start)
    if found < 0:
        return False
    window = text[max(0, found - 400):found]
    # (the colon or "namely" and a word of kinds first, case-sensitive as the pattern is: it needs both, and most
    # windows lack them; "groups" is in "subgroups", "tasks" in "subtasks")
    return (":" in window or "namely" in window) and (
        "types" in window or "categories" in window or "classes" in window or "kinds" in window
        or "groups" in window or "subsets" in window or "conditions" in window or "tasks" in window) \
        and _KINDS_LISTED.search(text, max(0, found - 400), found) is not None


_LABEL = re.compile(r"^([A-Z])(\d)$")
_CODED_WORD = re.compile(r"[a-z][A-Z]")  # a capital inside a word: a coined name's ("VisionHarm")


def _enumeration_label(text: str, cand: Candidate) -> bool:
    """"C1: Table Structure Understanding, C2: ..., C3: ...": a label of an enumeration with a colon, next to the
    label before or after it, not the C3 or C4 other papers named."""
    if not text.startswith(":", cand.end):
        return False  # (the colon first: few names have one right after them)
    label = _LABEL.match(cand.text)
    if label is None:
        return False
    letter, digit = label.group(1), int(label.group(2))
    return f"{letter}{digit - 1}:" in text or f"{letter}{digit + 1}:" in text


def _special_token(text: str, cand: Candidate) -> bool:
    """"a <CALL> token", "<EOS>": a token of a model's vocabulary in angle brackets, not an artifact; so is an
    upper-case slot of a template in square brackets ("a photo of a [CLASS]", "[MASK]")."""
    before, after = text[cand.start - 1:cand.start], text[cand.end:cand.end + 1]
    return before == "<" and after == ">" or before == "[" and after == "]" and cand.text.isupper()


_GREEK_WORDS = frozenset({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                          "lambda", "mu", "nu", "xi", "omicron", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
                          "omega"})


def _named_in_sentence(abbr: object, doc: Doc) -> bool:
    """The sentence of a definition introduces or names it: "a framework ... called Grammar Forced Translation"."""
    start = abbr.long_start  # type: ignore[attr-defined]
    window = doc_text(doc)[sentence_bounds(doc, start)[0]:start].lower()
    return INTRO.search(window) is not None or _NAMED_RIGHT_BEFORE.search(window) is not None


# A list the plural data head opens, up to where a definition stands in it: "benchmarks: A, ", "datasets including A,
# B and " (not "datasets of nouns, and design a framework with A, B and": the list is of something else).
_DATA_LIST_OPENS = re.compile(r"\b(?:datasets|benchmarks|corpora)\s*(?::|,?\s+(?:including|such\s+as|namely|e\.g\.,?))\s+"
                              r"[^.;:]*$")


def _listed_as_data(abbr: object, doc: Doc) -> bool:
    """A capitalised definition as a member of a list of data: "three NLU benchmarks: GLUE, Stanford Natural
    Language Inference (SNLI), and SciTail" (a set named for its task, not the task)."""
    start = abbr.long_start  # type: ignore[attr-defined]
    text = doc_text(doc)
    window = text[sentence_bounds(doc, start)[0]:start]
    return abbr.long[:1].isupper() and window.endswith((", ", ": ", "and ")) and _plural_head_in(window) \
        and _DATA_LIST_OPENS.search(window) is not None  # type: ignore[attr-defined]


def _plain_long_form(abbr: object, doc: Doc) -> bool:
    """A long form in plain lower-case words, its first capitalised only where it opens the sentence
    ("Continuous-variable quantum key distribution (CV-QKD) requires ...")."""
    words_ = abbr.long.split()  # type: ignore[attr-defined]
    if not all(w[:1].islower() or not w[:1].isalpha() for w in words_[1:]):
        return False
    start = abbr.long_start  # type: ignore[attr-defined]
    return words_[0][:1].islower() or sentence_bounds(doc, start)[0] == start


_PLURAL_OF_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s")


def plural_of_plain_acronym(doc: Doc, name: str) -> bool:
    """An acronym the paper spells out in plain lower-case words, used in the plural or defined so: "room impulse
    response (RIR)", then "predict the RIRs"; "object detection models (ODMs)", then "each ODM": the things of a
    concept, no name (one led by a digit, "3D bounding boxes (3DBBs)", the type rules hold to the same test)."""
    plural = _PLURAL_OF_ACRONYM.fullmatch(name) is not None
    if not plural and not _PLURAL_OF_ACRONYM.fullmatch(name + "s"):
        return False
    short = name[:-1] if plural else name + "s"
    return any((a.short == short or a.short == name and plural) and _plain_long_form(a, doc)  # type: ignore[attr-defined]
               for a in abbreviations_of(doc))


def listed_as_tasks(text: str, cand: Candidate) -> bool:
    """"on Masked Language Modeling, Time Series Forecasting, and Recommendation tasks": a list of tasks (not
    "nine real-robot NeoReal tasks", a suite's own name before the plural)."""
    if not _PLAIN_WORDS_NAME.fullmatch(cand.text):
        return False  # a coded name ("MUC-6 and MUC-7 English NE tasks"): a set whose tasks these are
    if "tasks" in text and cand.text in _tasks_listed(text):
        return True  # "3 key tasks: Trip Planning, Meeting Planning, and ...", then "in Trip Planning, A reaches"
    rest = _LIST_THEN_TASKS.match(text, cand.end)
    return rest is not None and (rest.end() - cand.end > 7
                                 or _LIST_JOIN_BEFORE.search(text, max(0, cand.start - 6), cand.start) is not None)


_SETTING_OPENS = re.compile(r"\b(?:in|on|for) $")
# A list of plain-word names that "tasks" opens: "3 key tasks: Trip Planning, Meeting Planning, and Calendar
# Scheduling", "tasks such as Story Writing and Code Review".
_TASKS_OPEN_LIST = re.compile(r"\btasks\s*(?::|,?\s+(?:namely|including|such as|like|e\.g\.,?))\s+"
                              r"((?:[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)*(?:,\s*|,?\s+(?:and|or)\s+)){1,7}"
                              r"[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)*)")


@lru_cache(maxsize=64)
def _tasks_listed(text: str) -> frozenset[str]:
    """The plain-word names of ``text`` that a list opened by "tasks" holds (cached: asked once per candidate)."""
    return frozenset(name for m in _TASKS_OPEN_LIST.finditer(text) for name in LIST_SPLIT.split(m.group(1)))


_VERB_TAIL = re.compile(r"[a-z](?:ed|s|ing)$")


def run_together(text: str, name: str) -> bool:
    """"3DGSimembeds physical properties", "the LoRAtuned process": a name and a lower-case word (a verb form)
    with the space between them lost, the name written alone elsewhere in ``text``."""
    if not _VERB_TAIL.search(name):
        return False
    for k in range(3, len(name) - 3):
        prefix, rest = name[:k], name[k:]
        if rest.isalpha() and rest.islower() and prefix[-1].isalnum() and not prefix.islower() \
                and _written_alone(text, prefix):
            return True
    return False


def _written_alone(text: str, word: str) -> bool:
    """``word`` stands somewhere in ``text`` with no word character or hyphen either side (found with
    ``str.find``: a regex compiled per name and prefix would cost more than the test)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
            return True
        at = text.find(word, at + 1)
    return False


def listed_as_metrics(text: str, cand: Candidate) -> bool:
    """"Existing metrics commonly compute these signals using embeddings, such as CLIP-I, DINO, and CLIP-T":
    named as metrics (DINO too, here)."""
    lo = max(0, cand.start - 160)
    if text.startswith(":", cand.end) and _QUALITY_LABEL_BEFORE.search(text, max(0, cand.start - 16), cand.start) \
            and _LABELLED_NUMBER.match(text, cand.end):
        return True  # "image quality (IQ: 0.523)": the label of a quality's number is its metric
    # (the pattern opens on the word, case-sensitive as it is: most windows lack it)
    return text.find("metrics", lo, cand.start) >= 0 and _METRICS_SUCH_AS.search(text, lo, cand.start) is not None


# A quality, then a bracket opening on a label and its number: "text adherence (CLIP-T: 0.281)".
_QUALITY_LABEL_BEFORE = re.compile(rf"\b(?:{alternation('results.quality_nouns')})\s+\($")
_LABELLED_NUMBER = re.compile(r":\s*[+-]?\d")


def unit_after_number(text: str, cand: Candidate) -> bool:
    """"from 186.26 GiB to 1.04 GiB": a unit written like a name, after its number."""
    return cand.text.lower() in _UNITS and _NUMBER_BEFORE.search(text, max(0, cand.start - 2), cand.start) is not None


_CAPITAL_RUNS = re.compile(r"[A-Z]+")
_SCRIPT_CODES = frozenset({"hans", "hant", "latn", "cyrl", "arab", "deva", "jpan", "kore", "grek", "hebr", "thai",
                           "beng", "taml", "ethi"})
# (a code-style label has a long word: not "OBJ_BG"; a symbol is no pi, which names models: "π0")
_LABEL_CONSTANT = re.compile(r"(?=[A-Z_]*[A-Z]{6})[A-Z]{2,}(?:_[A-Z]{2,})+|[\u0370-\u039f\u03a1-\u03bf\u03c1-\u03ff][_^]"
                             r"\{?\d{1,2}\}?|\d+(?:\.\d+)+\.[A-Z][a-z]+")  # (a subscript written out: "β_0", not "φ0")


@lru_cache(maxsize=100_000)
def _non_entity(text: str) -> bool:
    """Vocabulary written like a name that names no artifact: modalities, venues, formats, metrics,
    generic concepts, platforms, language pairs, adjectival compounds ("LLM-Guided") and quantities."""
    lower = text.lower()
    # (each pattern tried only on a text holding what its matches need: a digit or "^circ", a decimal point)
    if lower in _NON_ENTITY or _base_text(text).lower() in _NON_ENTITY \
            or (_ANY_DIGIT.search(text) or "^" in text) and _QUANTITY.search(text) or _METRIC_SHAPE.search(text):
        return True
    if " " in text and (scored := _SCORE_TAIL_OF.match(text)) is not None and _METRIC_SHAPE.search(scored.group(1)):
        return True  # "Item-F1 92.8 against Row-F1 53.7": a metric and its score, no name with a version
    if _STANDARD_NUMBER.fullmatch(text):
        return True  # "IEEE P1918.1", "802.11ax": a standard's number, no artifact
    if lower in NEVER_NAME and not text.islower() and not text.isupper() and not text.istitle():
        return True  # "Benchmark DataSet", "FrameWork": a common word in odd capitals (an acronym, "AT", may be one)
    stem, subscript, index = text.partition("_")
    if subscript and index.isalnum() and len(index) <= 3 and _METRIC_ACRONYM.fullmatch(stem):
        return True  # "MAE_z", "RMSE_z", "F1_c": a metric with its subscript (MAE alone may be the autoencoder)
    if subscript and stem.lower() in _LANGUAGES and index.lower() in _SCRIPT_CODES:
        return True  # "Zh_Hans and Zh_Hant": a language written in a script (ISO 15924), no name
    if subscript and (stem.lower() in _GREEK_WORDS or len(stem) == 1 and stem.isascii()) or "," in text:
        return True  # "Delta_MSE", "lambda_1", "I_1", "(I_1,I_2,I_3)": a formula's quantities (not "π_0")
    if text.endswith("s") and text[:-1] != "MAE" and _METRIC_ACRONYM.fullmatch(text[:-1]):
        return True  # "ROC-AUCs", "FIDs": a metric's plural ("MAEs" may be masked autoencoders)
    if _CITATION_KEY.search(text):
        return True  # "NavsimDauner2024_navsim", "smith2023learning": a citation key left in the text
    if "\\" in text or "--" in text or "^-" in text:
        return True  # "μ_{(2)})\\log(P": a formula's TeX left in the text; "CS--US": a pair set apart by a dash
    if _NOTATION.match(text):
        return True  # "TC^0" (a complexity class), "ΔdCor" (a change in a measure), "ESTJ" (a personality type)
    if _SPACED_SCORE.search(text) or _JOINED_METRIC.match(text):
        return True  # "a Joint Score", "the Overall Score": a score's name (joined ones: _JOINED_SCORE); "NodeMSE"
    maker = _HARDWARE_MAKER.match(lower)
    if maker and (lower[maker.end():] in _NON_ENTITY or _BOARD_NUMBER.fullmatch(lower, maker.end())) \
            or _HARDWARE_LINE.match(lower):
        return True  # "NVIDIA-L20", "NVIDIA A100": the listed board, with its maker (or its number alone: "NVIDIA
        # 4090"); "Jetson Orin NX", "RTX 4060 Ti"
    if SIZE_TOKEN.match(text):
        return True  # "30B-A3B" alone: a mixture's total and active sizes, no name
    if _LICENSE.fullmatch(text) or _STANDARD.match(text):
        return True  # "licensed under CC BY 4.0", "CC BY-NC-SA 4.0": a licence; "ISO/IEC 42001": a standard
    if _MODALITY_PAIR.fullmatch(text):
        return True  # "RGB+Thermal", "RGB-Event": the modalities a tracker takes, no data set
    if _LOWER_LED_PLURAL.fullmatch(text):
        return True  # "vLLMs", "mLLMs", "dLLMs": a class of models a letter qualifies (vision, multimodal, diffusion)
    if "\\'" in text:
        return True  # "GPU\\'92s" (an escaped apostrophe left in the text): no name
    if "." in text and _METRIC_VALUE.match(text) or "->" in text or "\u2192" in text:
        return True  # "STARFlow (gFID 2.40)": a score, metric and value; "AU->emotion": a mapping, no name
    if _SPORTS_EVENT.search(lower):
        return True  # "the 2022 Qatar FIFA World Cup": a sports event, with its year and host
    if text[1:2] in ("D", "d") and _DIMENSIONS.match(text):
        return True  # "2D+3D", "2D/3D": kinds of data joined, no artifact
    if _GRADE_BAND.match(text):
        return True  # "grades K-5", "K-12 education": school grades
    if _ORPHAN_TIER.match(text):
        return True  # "Phi 3.5-MoE" read without its unknown family: a version and a tier name nothing alone
    if _WAY_SHOT.match(lower) or _DURATION.match(lower) or _COUNT_COMPOUND.match(lower):
        return True  # "5-way 1-shot": a few-shot episode's shape; "a 5-second 256p video", "720p": a clip's length;
        # "A 172-Billion-Token Study": a count of what the work spans
    versioned = _VERSIONED_WORD.match(lower)
    if versioned and versioned.group(1) in _NON_ENTITY:
        return True  # "API v2", "SDK v3": a version of a common noun, not a named artifact
    if "/" in lower and all(part in _NON_ENTITY or len(part) == 1 for part in lower.split("/")):
        return True  # "Twitter/X": a platform with its other name
    if "+" in lower.strip("+") and all(part in _NON_ENTITY or part in _SENSORS for part in lower.split("+") if part):
        return True  # "SFT+RL", "DVS+Radar": training stages or sensors joined, no artifact
    head, _, tail = lower.rpartition("-")
    if tail in _MODALITIES and not tail.startswith("rgb") and 0 < len(head) <= 4 and head.isalnum():
        return True  # "DCE-MRI", "4D-CT", "SP-LiDAR", "UAV-LiDAR": a kind of scan or sensor, not an artifact (an
        # RGB-D set keeps its name: "SUN-RGBD")
    if "-" in lower and all(part in _SENSORS for part in lower.split("-")):
        return True  # "camera-LiDAR aligned labels", "RGB-thermal": the sensors a pair of streams comes from
    if lower in _MEMORY_CHIPS and text.isupper():
        return True  # "SRAM and RRAM arrays": memory and processor hardware, not a model (not SSD, RAM or DSP, which
        # also name models: the Single Shot Detector, the Recognize Anything Model)
    if "-" in lower and all(part in _HARDWARE for part in lower.split("-")):
        return True  # "an SSD-CPU-GPU hierarchy", "CPU-GPU transfers": the hardware, not an artifact
    numbered = _NUMBERED_WORD.match(lower)
    if numbered and numbered.group(1) in _NUMBERED_WORDS:
        return True  # "Stage 1", "Phase 2", "Type-2": a numbered part of the work, not a named artifact
    if _DIFFERENCE.match(lower):
        return True  # "67.7% on IFEval (Delta11%)": a difference written out, "Δ11%" in the source
    kind, _, plural = lower.rpartition(" ")
    if plural in _MODEL_CLASS_PLURALS and kind in _NON_ENTITY:
        return True  # "across multiple MoE LLMs": a class of models named by a concept, no artifact
    venue = _VENUE_YEAR.match(lower) if lower[-1:].isdigit() or lower.endswith("\n") else None  # (it ends so)
    if venue and all(part in _VENUES for part in venue.group(1).split("-")):
        return True  # ICLR 2025, NeurIPS'24, LREC-COLING 2024: a venue's edition
    if re.search(r"-as-(?:an?-)?(?:judges?|evaluators?)\b|-as-an?-", lower):
        return True  # LLM-as-a-Judge: a way of using a model
    pair = _LANGUAGE_PAIR.match(text)
    if pair and pair.group(1).lower() in _LANGUAGES and pair.group(2).lower() in _LANGUAGES \
            and pair.group(1)[1:].isupper() == pair.group(2)[1:].isupper():
        return True  # EN-ZH, En-De: a language pair
    if text[:1].islower() and text[-1:].isupper() and text[-2:-1].islower() and len(text) >= 5 and text.isalpha() \
            and len(caps := _CAPITAL_RUNS.findall(text)) >= 2 and all(len(c) == 1 for c in caps):
        return True  # "multi-modal rEtinaL vEsseL segMENTation": a word capitalised to spell a name (not "eGeMAPS",
        # nor a compound's words: "miniImageNet", "iWildCam")
    if _LABEL_CONSTANT.fullmatch(text):
        return True  # "SENTENCE_CUT", "PARTIAL_SUMMARIZATION": an action's label in code style, no artifact; "β_0": a
        # symbol; "0.612.Different": a number run into the next sentence
    if len(text) == 2 and text[0].isupper() and text[1].islower() and lower in _LANGUAGES:
        return True  # "the NEWSTEST2021 En to Zh dataset": a language's code, alone
    if any(j in lower for j in ("-", "\u2192", "/")) and \
            all(part in _LANGUAGE_NAMES for part in _LANGUAGE_JOIN.split(lower)):
        return True  # English-Hebrew, Chinese-English, English→Russian
    if " " not in text and "-" in text:
        head, _, last = text.rpartition("-")
        # (or any participle after an acronym: "LLM-Choreographed", "VLM-Curated")
        return bool(head) and last[1:].islower() and (last.lower() in _ADJECTIVE_ENDS or (
            head.isupper() and len(last) >= 6 and last.endswith("ed")))
    return False


def _strip_document_kind(cand: Candidate) -> bool:
    """"X Technical Report", "X Survey" in a title: the name is X, the rest says what the document is."""
    match = _DOCUMENT_KIND.match(cand.text)
    if not (match and match.group(1).split()[-1][:1].isupper()):
        return False
    cand.tok_end -= len(cand.text[len(match.group(1)):].split())
    cand.end -= len(cand.text) - len(match.group(1))
    cand.text = match.group(1)
    return True


def _sized_like(key: str, name: str, family: DocEntity) -> DocEntity:
    """One size of a listed family ("Qwen 8B" of "Qwen 1.7B, 8B, and 14B"): a model like the family."""
    return DocEntity(key, name, type=family.type, votes=dict(family.votes), confidence=family.confidence)


def _display_name(entity: DocEntity) -> str:
    """The form written in the text: a defined acronym, the lexicon's own form, a one-word form, the first."""
    texts = [_base_text(m.text) for m in entity.mentions if m.source != "title"] or \
        [_base_text(m.text) for m in entity.mentions]
    short = entity.key.removeprefix("doc:")
    lexicon_name = entity.lexicon_name
    for wanted in (short, norm_key(lexicon_name) if lexicon_name else None):
        for text in texts:
            if norm_key(text) == wanted:
                return text
    single = [t for t in texts if " " not in t]
    return (single or texts)[0]


# "We propose MLP, a ...": a generic name the paper says it proposes, then describes.
_PROPOSED_BEFORE = re.compile(rf"\b(?:we|this (?:paper|work|study)) (?:{alternation('cues.intro_verbs')})"
                              r"\s+(?:the |a |an |our )?$", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r"\s*(?:,|:|\(|--|—)\s*(?:a|an|the|which|that)\b", re.IGNORECASE)


def _proposed_here(doc: Doc, cand: Candidate) -> bool:
    """Whether the paper proposes this very name ("we introduce MLP, a ..."), even if the lexicon finds
    it generic."""
    return _proposed_at(doc_text(doc), cand.start, cand.end)


def _proposed_at(text: str, start: int, end: int) -> bool:
    # (the match after the name first: it is anchored, and fails on most names; both have no effects)
    return bool(_DESCRIBED_AFTER.match(text, end, end + 12) and _PROPOSED_BEFORE.search(text[max(0, start - 60):start]))


def _proposed_anywhere(text: str, name: str) -> bool:
    """Whether the text proposes ``name`` at any of its mentions, as :func:`_proposed_here` reads one."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if (not at or not text[at - 1].isalnum()) and _proposed_at(text, at, end):
            return True
        at = text.find(name, end)
    return False


def _merge_variants(entities: dict[str, DocEntity], lookup: Callable[[str], Any] | None = None,
                    text: str = "") -> None:
    """Fold "M^2-Encoders" into "M^2-Encoder" when the paper names both, a name its maker prefixes
    ("Zorbo-q1", "Zorbo q1", where Zorbo is a known organization) into the bare name the paper also writes,
    and a second name the paper gives the same thing ("MEENA (also known as PersianMMMU)") into the first."""
    by_key = {key.removeprefix("doc:"): key for key in entities}
    for short, key in list(by_key.items()):
        if short.endswith("s") and short[:-1] in by_key and key in entities \
                and _PLURAL_END.search(entities[key].name):  # (not the variant "SPIO-S" of SPIO)
            _fold_entity(entities, key, entities[by_key[short[:-1]]])
    if len(entities) < 2:
        return
    # "S23DR" and "the S23DR Challenge 2025" in one paper: the competition, written short
    contests = {norm_key(m.group(1)): e for e in entities.values()
                if " " in e.name and (m := _CONTEST_NAME.match(e.name))}
    for key, entity in list(entities.items()):
        target = contests.get(norm_key(entity.name))
        if target is not None and target is not entity and key in entities:
            _fold_entity(entities, key, target)
    by_name = {norm_key(e.name): e for e in entities.values()}
    if "known as" in text or "a.k.a" in text:
        for known in _ALSO_KNOWN_AS.finditer(text):
            first, second = by_name.get(norm_key(known.group(1))), by_name.get(norm_key(known.group(2)))
            if first is not None and second is not None and first is not second and second.key in entities:
                _fold_entity(entities, second.key, first)
    # "we propose a Dual-Anchoring Framework" in a paper titled "Dual-Anchoring: ...": the name with its head
    by_name = {norm_key(e.name): e for e in entities.values()}
    for key, entity in list(entities.items()):
        headed = _HEADED_NAME.match(entity.name) if key.startswith("doc:") else None
        target = by_name.get(norm_key(headed.group(1))) if headed else None
        if target is not None and target is not entity and key in entities:
            _fold_entity(entities, key, target)
    # "Claude Sonnet 4.5 ... from 85% (Sonnet 4.5) to ...": a versioned name written without its family's first word
    models = [e for key, e in entities.items() if key.startswith("model:") and " " in e.name]  # (known models)
    for key, entity in list(entities.items()) if models else ():
        if not key.startswith("doc:") or " " not in entity.name or not any(ch.isdigit() for ch in entity.name):
            continue
        targets = [m for m in models if m is not entity and m.name.endswith(" " + entity.name)]
        stem = lookup(entity.name.split()[0]) if lookup is not None else None
        if stem is not None and stem.type not in ("Model", "Organization"):
            continue  # "ML-SUPERB 2.0", a known benchmark's release, inside a challenge named after it
        if len(targets) == 1 and key in entities:
            _fold_entity(entities, key, targets[0])
    if lookup is None or len(entities) < 2:
        return
    by_name = {norm_key(e.name): e for e in entities.values()}
    for key, entity in list(entities.items()):
        maker = _MAKER_PREFIX.match(entity.name)
        if maker is None or (entry := lookup(maker.group(1))) is None or entry.type != "Organization":
            continue
        target = by_name.get(norm_key(maker.group(2)))
        if target is not None and target is not entity and key in entities:
            _fold_entity(entities, key, target)


# A plural's ending: "M^2-Encoders", "FooVAEs" (not a variant's letter: "SPIO-S", "ViT-S").
_PLURAL_END = re.compile(r"[^-_\s]s$")
# Two names of one thing: "MEENA (also known as PersianMMMU)", "X, a.k.a. Y" (groups 1 and 2).
_ALSO_KNOWN_AS = re.compile(r"([^\s(),]+)\s*(?:\(|,)\s*(?:also known as|a\.k\.a\.?)\s+([^\s(),]+)\s*[),]")
# A name and a capitalised head noun of what it is: "Dual-Anchoring Framework" (group 1 the name).
_HEADED_NAME = re.compile(r"^(\S.*?)\s+(?:Framework|Model|Network|Method|Architecture|System|Approach|Pipeline)$")
# A maker written before its model: "OpenAI-o1", "Zorbo q1" (group 1 the maker, group 2 the model).
_MAKER_PREFIX = re.compile(r"^([A-Z][A-Za-z]+)[- ](\S+)$")


def _fold_entity(entities: dict[str, DocEntity], key: str, target: DocEntity) -> None:
    """Move the entity under ``key`` into ``target``: its mentions, and its names as aliases."""
    other = entities.pop(key)
    target.mentions.extend(other.mentions)
    target.aliases.extend(a for a in [other.name, *other.aliases] if a not in target.aliases)


def _sentence_capital_of_a_word_here(doc: Doc, cand: Candidate) -> bool:
    """A plain word capitalised only because a sentence starts with it, which the paper also writes in lower
    case ("ruler-embedded images ... Ruler and lesion segmentation"): the word, not the acronym it spells."""
    text = cand.text
    if not (text.istitle() and text.isalpha() and cand.entry is not None and cand.entry.name.isupper()
            and cand.tok_start < len(doc) and doc[cand.tok_start].is_sent_start):
        return False  # (an acronym's entry, RULER: a name written as a word, Transformer, stays)
    return lower_word_in(doc_text(doc), text)


def _case_clash(text: str, entry: LexEntry) -> bool:
    """A word in title case ("Duo", "Arena") whose lexicon entry is only ever written in capitals (DUO,
    ARENA): another paper's acronym, not this word (a generic entry still says the word is vocabulary)."""
    return text.istitle() and text[1:].isalpha() and entry.type != "Generic" and all(
        form.isupper() for form in entry.forms if norm_key(form) == norm_key(text))


@lru_cache(maxsize=100_000)
def _base_text(text: str) -> str:
    """The singular of a plural acronym: ViTs -> ViT, LLMs -> LLM."""
    match = _PLURAL_ACRONYM.match(text)
    return match.group(1) if match else text


_STANDARD = re.compile(r"ISO(?:/IEC)?[ -]\d")
_MODALITY_PAIR = re.compile(r"(?i:RGB[+/-](?:thermal|depth|event|D|T|E|NIR|IR|LiDAR|radar|sonar))")
_LICENSE = re.compile(r"(?:CC[- ])?BY(?:-(?:SA|NC|ND))*(?:[- ]\d\.\d)?")
# The plural of an acronym one lower-case letter opens: "vLLMs" (the class; the serving library is vLLM).
_LOWER_LED_PLURAL = re.compile(r"[a-z][A-Z]{2,5}s")


# "8-GPU cluster", "2-Dimensional State Space Models", "4-Clues": a count joined to a word (a known name of the shape,
# "7-Scenes", has its lexicon entry; a list's member, "over GRPO, 20-Entropy and JustRL", is a name like its peers)
_COUNT_WORD = re.compile(r"\d+-(?:[A-Z][a-z]+|GPUs?|CPUs?|TPUs?)")


def _listed_data_member(text: str, cand: Candidate) -> bool:
    """"three public datasets (EAV, FACED and SEED)": a member of a bracketed list of data, however short (a short
    acronym no lexicon knows is otherwise no name)."""
    if text.rfind("(", max(0, cand.start - 160), cand.start) < 0:
        return False
    listed = _LISTED_IN_BRACKET.search(text, max(0, cand.start - 160), cand.start)
    return listed is not None and listed.group(1).lower() in ("datasets", "corpora", "benchmarks") and bool(
        listed.group("before") or text.startswith(",", cand.end)) \
        and not _HEAD_OF_OTHER.search(text, max(0, listed.start() - 40), listed.start())
    # (not "storage formats for point cloud datasets (e.g., PLY, XYZ, BIN)": the bracket lists the formats)


_HEAD_OF_OTHER = re.compile(r"\b(?:for|of)\s+(?:[\w-]+\s+){0,3}$")
# The members of a coordinated list either side of a name: "across MATH, GSM8k, and [CQA]".
_LIST_MEMBERS_BEFORE = re.compile(r"((?:[A-Z][\w.+-]*(?: [\w.+-]+)?, ){1,5}(?:and |or )?"
                                  r"|(?:[A-Z][\w.+-]*(?: [\w.+-]+)?,? (?:and|or) ))$")
_LIST_MEMBERS_AFTER = re.compile(r"(?:(?:,|,? and|,? or) [A-Z][\w.+-]*(?: [\w.+-]+)?(?=[,.;: )]|$)){1,5}")


def _generic_among_known_sets(text: str, cand: Candidate, lookup: Callable[[str], LexEntry | None]) -> bool:
    """Whether an acronym the lexicon calls generic is listed among known data sets and nothing generic: "across
    MATH, GSM8k, and CQA" names the set CQA, not the task (not "on NER, POS and QA", a list of tasks)."""
    if not (cand.text.isupper() and 2 <= len(cand.text) <= 6):
        return False
    if not (text.endswith((", ", " and ", " or "), 0, cand.start) or text.startswith((",", " and ", " or "), cand.end)):
        return False  # (no list joins it: most acronyms, and the searches below cost microseconds)
    before = _LIST_MEMBERS_BEFORE.search(text, max(0, cand.start - 120), cand.start)
    after = _LIST_MEMBERS_AFTER.match(text, cand.end)
    members = [m.strip() for part in (before.group(1) if before else "", after.group(0) if after else "")
               for m in re.split(r",|\band\b|\bor\b", part) if m.strip()]
    entries = [lookup(m) for m in members]
    return sum(e is not None and e.type in ("Dataset", "Benchmark") for e in entries) >= 2 and not any(
        e is None or e.type not in ("Dataset", "Benchmark") for e in entries)


@lru_cache(maxsize=100_000)
def _unknown_name_kept(text: str) -> bool:
    """Whether a name no lexicon entry or definition vouches for looks like a name, not a generic term."""
    shape = name_shape(text.split()[0]) if text.split() else None
    if shape == "acronym" and len(text) <= 3:
        return False
    if text.isupper() and len(text) <= 5 and text.endswith(("VLM", "LLM", "LMM", "SLM")):
        return False  # "adaptive MVLM deployment": a kind of model (medical VLMs), named by no one
    base = _base_text(text)
    if text != base and not re.search(r"[a-z][A-Z]", base):
        return False  # plural of an unknown acronym: a class of things (VLMs, MLLMs); FooVAEs are FooVAE
    if shape == "joined" and " " not in text and _compound_of_words(text) and not text.endswith("-bench"):
        return False
    parts = re.split(r"[-/]", text)
    if shape == "joined" and len(parts) == 2 and len(parts[1]) == 1 and parts[0].isupper() and len(parts[0]) <= 3:
        return False  # RGB-D, 3D-X style descriptors
    # word2vec, resnet50 are lower-case words; π0, φ0 name models with a Greek letter.
    return not (shape == "alnum" and text[:1].islower() and text[:1].isascii())


# What a rate is counted per: "MACs per second", "tokens per joule", "cost per query".
_RATE_UNIT = re.compile(r"(?:second|minute|hour|day|joule|watt|character|token|pixel|image|sample|query|querie|dollar|"
                        r"step|frame|parameter|byte|word|cycle|iteration|epoch|user|request)s?")


# (not "consistency" nor "similarity": "we propose a mask label consistency (MLC) loss" names the paper's own part)
_QUALITY_HEADS = frozenset({"quality", "adherence", "fidelity", "realism"})


# A lower-case long form that counts or shares out things: "average number of ...", "percentage of ...".
_COUNT_OF_LONG = re.compile(r"(?:(?:average|mean|total|expected)\s+)?(?:number|percentage|proportion|fraction|ratio|"
                            r"share|rate|amount|count)\s+of\s")


def _long_form_of_no_artifact(long_form: str | None) -> bool:
    """An acronym's long form that names a measure, a modality or people ("absolute true positive rate (aTPR)",
    "Relative Volume Difference (RVD)", "intraoperative ultrasound (iUS)", a metric's acronym after lower-case
    qualifiers: "image-level AUROC (I-AUROC)"), not a model or a dataset."""
    words_ = long_form.split() if long_form else []
    if not words_:
        return False
    if long_form.lower() in _PLACE_NAMES:
        return True  # "New York City (NYC)": a place's acronym is the place
    if long_form.endswith(" AI") and long_form.lower() in _PARADIGMS or long_form.lower() in _OPERATIONS:
        return True  # "Embodied AI (EAI) systems are ...", "applies Fast Fourier Transform (FFT)": the acronym of a
        # paradigm of AI or of a signal transform is no artifact either
    written = words_[-1].strip(".,)")
    last = words_[-1].lower().strip(".,)")
    if last in _METRIC_LONG_HEADS or last in _MEASURE_HEADS or last in _CONDITION_HEADS or last in _PEOPLE_HEADS \
            or last in ("problem", "problems"):  # ("the Fleet Size and Mix Vehicle Routing Problem (FSMVRP)": a task)
        return True
    if "-" in last and (last.rsplit("-", 1)[1] in _METRIC_LONG_HEADS or "-per-" in last) and len(words_) == 1:
        return True  # "per-vertex-error (PVE)", "time-per-output-token (TPOT)": a measure written as one hyphened word
    if _MODALITY_PLURAL.fullmatch(written) and last[:-1] in _MODALITIES:
        return True  # "synthetic CTs (sCTs)": scans of a modality (not "Oxford-IIIT Pets")
    if len(words_) >= 3 and words_[-2].lower() == "per" and _RATE_UNIT.fullmatch(last):
        return True  # "MACs per second (MACpS)", "bits per character (BPC)": a rate
    if long_form[:1].islower() and last in _QUALITY_HEADS:
        return True  # "image quality (IQ)", "text adherence (TA)": a quality an evaluation measures
    if _COUNT_OF_LONG.match(long_form):
        return True  # "average number of questions per image with the same answer (ANQA)": a count or share of things
    if last.endswith("ness") and last not in _NESS_NOUNS and len(words_) <= 3:
        return True  # "Blind Goal-Directedness (BGD)": a quality (not an "Agentic Harness")
    return last in _TECHNIQUE_HEADS and not long_form[:1].isupper() or (
        long_form[:1].islower() and _metric_acronym(written))


_QUALITY_ASSESSMENT = " quality assessment"  # a task in any case, anywhere: "Video Quality Assessment (VQA)"


def _long_form_of_task(long_form: str | None) -> bool:
    """A long form written in lower case that ends in a task's head ("object goal navigation (ObjNav)",
    "novelty detection (ND)"), or in plain capitalised words ("Radiography Report Generation (RRG)"): the
    acronym names a task, whatever else the context suggests."""
    if not long_form:
        return False
    if long_form.lower().endswith(_QUALITY_ASSESSMENT):
        return True  # "Video Quality Assessment (VQA)", "Blind Image Quality Assessment (BIQA)": the task
    if not long_form[:1].islower() or any(w[:1].isupper() for w in long_form.split()):
        return _TITLE_CASE_TASK.fullmatch(long_form) is not None and \
            long_form.rsplit(" ", 1)[-1].lower() in _CAPITALISED_TASK_HEADS
    return long_form.split()[-1].lower().strip(".,)") in _TASK_HEADS


# A data head noun after a mention: "the VidSitu dataset" (a set named after its task).
_DATA_HEAD_NOUN = re.compile(r"\s+(?:data ?set|benchmark|corpus)s?\b", re.IGNORECASE)
# Task heads that capitalised also name algorithms: "Greedy Best-First Search (GBFS)", "Federated Learning",
# "Principal Component Analysis (PCA)"; the rest end a task's name in capitals.
_CAPITALISED_TASK_HEADS = _TASK_HEADS - {"search", "learning", "inference", "compression", "planning", "processing",
                                         "analysis"}
# A task's name in plain capitalised words: "Road Surface Reconstruction" (no coined word: "ZorbNet Segmentation").
_TITLE_CASE_TASK = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,4}")


# A task written with its words after the first in lower case: "LiDAR semantic segmentation", "3D object detection".
_TASK_PHRASE = re.compile(rf"^\S+(?:\s+[a-z][\w-]*)*\s+(?:{'|'.join(sorted(_TASK_HEADS))})$")


def _task_in_passing(doc: Doc, mentions: list[Candidate]) -> bool:
    """A name whose long form is a task in lower case ("object goal navigation (ObjNav)"), neither spelled in the
    title nor announced as the paper's own ("we introduce multi-byte prediction (MBP)")."""
    task = next((m.long_form for m in mentions if _long_form_of_task(m.long_form)), None)
    if task is None:
        return False
    text = doc_text(doc)
    title_end = text.find("\n")
    title = text[:title_end].lower() if title_end >= 0 else ""
    if title and (title.startswith(task.lower()) if task[:1].isupper() else task.lower() in title):
        return False  # (a task in capitals anywhere else in the title is the paper's topic: "... for Radiography
        # Report Generation")
    at = text.find(task, max(title_end, 0))  # the definition (a mention's sentence when not written so)
    if task[:1].isupper() and not task.lower().endswith(_QUALITY_ASSESSMENT) and (
            at < 0 or text[title_end + 1:sentence_bounds(doc, at)[0]].strip()
            or any(_DATA_HEAD_NOUN.match(text, m.end) or m.start < at for m in mentions)):
        return False  # (in capitals, only a task the abstract opens on, as its field: "Road Surface Reconstruction
        # (RSR) is crucial for ..."; later, the paper's own part may be so named: "Cascaded Prior Generation (CPG)";
        # nor a set the task is named after: "the VidSitu dataset"; nor a name its words gloss after it: "I present
        # Lepton (Letter Prediction), a classifier")
    for start in ([at] if at >= 0 else [m.start for m in mentions]):
        if INTRO.search(text, sentence_bounds(doc, start)[0], start) or _METHOD_CALLED.search(text, max(0, start - 30),
                                                                                               start):
            return False
    return True


_LISTED_MADE = re.compile(r"[:;]\s+(?:(?:the|a|an)\s+)?[^:;,()]{0,40}(?:\([^()]{1,20}\)[^:;,()]{0,20})?(?:,?\s+and\s+)?$")
# The paper's own new thing, right before its long form: "our newly introduced", "the proposed" (lower case).
_OUR_NEW_BEFORE = re.compile(r"\b(?:our|the)\s+(?:newly\s+)?(?:introduced|proposed|developed|designed|novel)\s+$")
# A method given a name in a task's words: "an efficient method called greedy block verification (GBV)".
_TASK_NOUN_AFTER = re.compile(rf"\)?\s*(?:,\s*{_APPOSED_WORDS})?(?:task|problem|setting|challenge|paradigm|metric|"
                              r"measure)s?\b")
_METHOD_CALLED = re.compile(r"(?i:\b(?:method|approach|algorithm|scheme|technique|procedure|framework)\s+(?:called|"
                            r"named|dubbed|termed)\s*$)")


_CONTEST_LONG_HEADS = frozenset({"olympiad", "olympiads", "competition", "contest", "examination"})


def _long_form_ends_in(entry: LexEntry, heads: frozenset[str]) -> bool:
    """Whether one of the entry's written-out forms ends in one of ``heads`` (its acronym's long form)."""
    return any(" " in form and form.rsplit(" ", 1)[1].lower() in heads for form in entry.aliases)


_DEFINED = CORPUS_KEYS.index("defined")
_INTRODUCED = CORPUS_KEYS.index("introduced")
_CURATED = CORPUS_KEYS.index("curated")


def _untyped_by_contexts(entry: LexEntry) -> bool:
    """A rare entry that no corpus context typed (no "X dataset", "trained on X", "X outperforms", nor a curated
    list): its type is a guess the paper's own words should outweigh ("On FutureX and FutureWorld, ...")."""
    corpus = entry.corpus
    return len(corpus) > _CURATED and not any(corpus[:4]) and not corpus[_CURATED]


def _coined_often(entry: LexEntry) -> bool:
    """A short acronym that several papers define, each its own way (ERA, RECAP): another paper's type says
    little when this one's head noun says otherwise."""
    return entry.name.isupper() and len(entry.name) <= 5 and entry.papers < 30 and len(entry.corpus) > _DEFINED \
        and entry.corpus[_DEFINED] >= 3  # (not a well-known one: LSTM, SIFT)


def _coined_by_many(entry: LexEntry) -> bool:
    """A name most of whose papers introduce it, each its own thing (SAGE, PRISM, SCOPE): the type most of them gave
    it says little of the one a paper names with a head noun of another kind."""
    return len(entry.corpus) > _INTRODUCED and entry.corpus[_INTRODUCED] >= 3 \
        and entry.corpus[_INTRODUCED] * 5 >= entry.papers * 2


def _contest_type(entry: LexEntry) -> str:
    """The entry's type, but a contest's problems are a benchmark whatever the corpus typed them ("IMO" =
    "International Mathematical Olympiad", typed Model by papers whose models solve it)."""
    return "Benchmark" if entry.type == "Model" and _long_form_ends_in(entry, _CONTEST_LONG_HEADS) else entry.type


def _names_a_condition(entry: LexEntry) -> bool:
    """A lexicon entry whose long form is a medical condition's ("EDS" = "Ehlers-Danlos Syndrome"): another
    paper's data was about it; it names no artifact here either."""
    return _long_form_ends_in(entry, _CONDITION_HEADS)


# Last words of a measure's long form (not "value": "Receptance Weighted Key Value" is RWKV).
_MEASURE_LONG_HEADS = (_METRIC_LONG_HEADS - {"value", "values"}) | {"likelihood", "log-likelihood"}


@lru_cache(maxsize=20_000)
def _names_a_measure(entry: LexEntry) -> bool:
    """A lexicon entry whose long form is a measure's ("NLL" = "Negative Log-Likelihood", "EPE" = "End-Point Error",
    "KID" = "Kernel Inception Distance"): a metric, whichever type the corpus statistics gave it (not "CT RATE", a
    name written in capitals)."""
    return not entry.guided and any(" " in form and (last := form.rsplit(" ", 1)[1]).lower() in _MEASURE_LONG_HEADS
                                    and not last.isupper() for form in entry.aliases)  # (nor a method the
    # guidelines name: DIRE, a detector named after the error it measures)


_DATA_HEADS_AFTER = frozenset({"dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks"})


# Platforms and hosting services (data/words.toml): the organization finder reads them too.
PLATFORMS = words("nonentity.platforms")
_SET_HEAD_AFTER = re.compile(r"\s+(?:(?!(?:and|or|the|a|an|of|on|in|to|for|from|with)\b)[a-z]+\s+){0,2}"
                             r"(?:dataset|benchmark)s?\b")


def _platform_set(text: str, cand: Candidate) -> bool:
    """"the TikTok dataset", "the AIST++ and TikTok dance video datasets": a set named after the platform its data
    comes from, as a name is written, after "the" or in a list (not "a proprietary ScienceDirect dataset", "from
    arXiv dataset", nor "TikTok comments")."""
    return cand.text.lower() in PLATFORMS and _SET_HEAD_AFTER.match(text, cand.end) is not None \
        and text.endswith(("the ", "such as ", "and ", ", "), 0, cand.start)


def _data_headed(doc: Doc, cand: Candidate) -> bool:
    """"the SEED dataset", "SEED and SEED-IV datasets": a data head noun right after the name, or after the list it
    opens, says the name is data here, whatever measure another paper's acronym spelled out."""
    for tok in doc[cand.tok_end:min(len(doc), cand.tok_end + 4)]:
        if tok.lower_ in _DATA_HEADS_AFTER:
            return True
        if not (tok.lower_ in ("and", ",", "or") or tok.i > cand.tok_end and tok.text[:1].isupper()):
            return False
    return False


def _scored_on_metric(text: str, cand: Candidate) -> bool:
    """A metric's acronym a number is stated on: "up to 71.84 on COMETkiwi"."""
    return _NUMBER_ON_BEFORE.search(text, max(0, cand.start - 20), cand.start) is not None \
        and _metric_acronym(cand.text)


def _valued_acronym(text: str, cand: Candidate) -> bool:
    """An acronym in the bracket of its definition, followed by its value: "achieving a Category-level Consistency
    Strategy (CCS) of 0.973": a measure the paper reports, not a model."""
    return text.endswith("(", 0, cand.start) and _VALUE_OF_AFTER.match(text, cand.end) is not None


def _defines_a_measure(text: str, at: int, long: str, after: re.Pattern[str] = _METRIC_NOUN_AFTER) -> bool:
    """Whether the word "metric" or "score" follows a definition at ``at`` (``after``: right after its acronym, or
    after the long form's bracket) whose long form ``long`` does not end on a model's head noun."""
    return after.match(text, at) is not None and not _MODEL_LONG_END.search(long)


def _metric_nouned(text: str, cand: Candidate) -> bool:
    """Either form of a definition the word "metric" or "score" follows: "the Coverage-Order-Detail Assessment (CODA)
    metric", "a Clinical Intent Alignment (CIA) score of 60.12%": a measure the paper reports, not a model (not
    "Process Reward Model (PRM) scores", a model's)."""
    if text.endswith("(", 0, cand.start):
        return _defines_a_measure(text, cand.end, text[max(0, cand.start - 40):cand.start - 1].rstrip())
    return _defines_a_measure(text, cand.end, cand.text, _LONG_METRIC_NOUN_AFTER)


# The vocabulary tests, for the trained decider's veto and features (mlkg.extract.decide).
metric_moved = _metric_moved
mean_absolute_error = _mean_absolute_error
labelled_metric = _labelled_metric
valued_acronym = _valued_acronym
metric_nouned = _metric_nouned
scored_on_metric = _scored_on_metric
long_form_of_no_artifact = _long_form_of_no_artifact
task_in_passing = _task_in_passing
names_a_class = _names_a_class
names_a_language = _names_a_language
names_a_phenomenon = _names_a_phenomenon
describes_apposed_name = _describes_apposed_name
names_a_task = _names_a_task
names_a_kind = _names_a_kind
enumeration_label = _enumeration_label
bracketed_classes = _bracketed_classes
metric_apposed = _metric_apposed
metric_after_number = _metric_after_number
scored_code = _scored_code
best_metric_bracket = _best_metric_bracket
names_a_measure = _names_a_measure
generic_text = _generic_text
changing_quantity = _changing_quantity
non_entity = _non_entity
unknown_name_kept = _unknown_name_kept


@Language.factory(
    "mlkg_types",
    assigns=["doc._.mlkg_entities", "doc.ents", "doc.spans"],
    requires=["doc._.mlkg_candidates"],
    default_config={"path": None},
)
def make_type_classifier(nlp: Language, name: str, path: str | None) -> TypeClassifier:
    from .lexicon import load_lexicon

    return TypeClassifier(name, load_lexicon(path))


def _known_set_phrase(cand: Candidate) -> bool:
    """A benchmark or dataset many papers name with words a description would use: "Needle-in-a-Haystack" (NIAH)."""
    return cand.entry is not None and cand.entry.type in ("Dataset", "Benchmark") and cand.entry.papers >= _FEW_PAPERS \
        and _HYPHENED_PHRASE.search(cand.text) is not None


_HYPHENED_PHRASE = re.compile(r"-(?:in|and|of)-(?:an?-|the-)?[A-Z]")


def _known_artifact(entry: Any) -> bool:
    """A lexicon entry of a named artifact (not a Generic word, an organization or a task)."""
    return entry is not None and entry.type in ("Model", "Dataset", "Benchmark")


# A long form every word of which opens with a capital ("Latent-space Vision Monitor"): a name, not a phrase.
_TITLE_CASE_PARTS = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|in|on|with|to|via)\s+)?[A-Z][\w'-]*)+")
# What the paper's own system is said to be made of: "X introduces a lightweight ...", "our framework comprises ...".
_MAKES_PART = re.compile(r"\s+(?:first\s+|further\s+|also\s+|additionally\s+|then\s+)?(?:introduces|proposes|"
                         r"presents|features|incorporates|employs|comprises|consists\s+of|contains|includes|"
                         r"integrates|designs|devises|develops|adds)\s+(?:(?:a|an|the|two|three|its|our|new|novel)\s+)?"
                         r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"(?i:\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}?(?:method|model|framework|approach|"
                          r"system|pipeline|architecture|network|agent|design)|\bit)$")


def _own_part_made(doc: Doc, window: str) -> bool:
    """Whether the words before a definition say the paper's own system is made with it: its title's name or
    "our framework" (or "it") as the subject of a making verb ("VLA-Corrector introduces a lightweight")."""
    made = _MAKES_PART.search(window)
    if made is None:
        return False
    subject = window[:made.start()].rstrip(" ,")
    if _OWN_SUBJECT.search(subject):
        return True
    text = doc_text(doc)
    title = title_name(text)
    return title is not None and subject.lower().endswith(text[title[0]:title[1]].lower())


_last_definitions: tuple[Doc | None, dict[object, bool]] = (None, {})
"""The Doc last asked about and whether each of its definitions names a thing (see
:meth:`TypeClassifier._named_definition`); held until the next Doc's first question."""


class TypeClassifier:
    """Groups candidates into entities, drops generic ones, and picks each entity's type."""

    def __init__(self, name: str, lexicon: object) -> None:
        self.name = name
        self.lexicon = lexicon
        ensure_doc_extensions()

    def _keep(self, cand: Candidate, defined: dict[str, object], doc: Doc, title_key: str | None) -> bool:
        entry = cand.entry
        text = cand.text
        if cand.source == "titlecase":
            return False  # proposed for the trained decider (mlkg_decide), which learned which runs are names
        if cand.source == "title" or (title_key and norm_key(text) == title_key):
            # (a vocabulary word the title announces is the paper's name when the abstract proposes it:
            # "ARM: ...", then "This paper introduces ARM, a ... model")
            return entry is None or entry.type != "Generic" or _proposed_anywhere(doc_text(doc), text)
        if entry is None and api_id_only(text):
            return _lower_release_of_family(text, self.lexicon.lookup)  # "claude-opus-4-6", not "seq-sat-lama-2011"
        if entry is not None:
            if entry.type != "Generic" and entry.papers < _FEW_PAPERS:
                abbr = defined.get(norm_key(_base_text(text)))
                if abbr is not None and self._spells_a_concept(abbr, doc):
                    return False  # "an effective test-time compute scaling (TTCS) method", "Differential Morphing
                    # Attack Detection (D-MAD)": this paper spells out a concept or a task, whatever the few papers
                    # that wrote the acronym before made of it
            return entry.type != "Generic" or _proposed_here(doc, cand) \
                or norm_key(text) not in defined and _generic_among_known_sets(doc_text(doc), cand, self.lexicon.lookup)
        if cand.source in _CONTEXT_SOURCES or cand.source in ("versioned", "named_version"):
            return True
        if cand.source == "abbreviation" or norm_key(_base_text(text)) in defined:
            abbr = defined.get(norm_key(_base_text(text)))
            # "CAGE (Causal Abstraction Gap Evaluation), a benchmark of ...": the appositive names it; "Open
            # X-Embodiment (OXE)": the acronym of a known name is that name
            return abbr is not None and (self._named_definition(abbr, doc)
                                         or _apposed_head(doc, cand.tok_end) is not None
                                         or self._long_form_known(abbr))
        if _COUNT_WORD.fullmatch(text) and not (doc_text(doc).endswith(", ", 0, cand.start)
                                                 or doc_text(doc).startswith((",", " and ", " or "), cand.end)):
            return False
        return _unknown_name_kept(text) or _member_of_named_family(text, self.lexicon.lookup) \
            or (cand.tok_start > 0 and doc[cand.tok_start - 1].lower_ in _NAMING_VERBS) \
            or (cand.tok_start > 0 and doc[cand.tok_start - 1].text == "(" and _SCORE_IN_BRACKET.match(
                doc_text(doc), cand.end) is not None) \
            or _SCORED_BRACKET_AFTER.match(doc_text(doc), cand.end) is not None \
            or _listed_data_member(doc_text(doc), cand) \
            or _PLAIN_COMPOUND.match(text) is not None and doc_text(doc).endswith(" on ", 0, cand.start) \
            and _SCORED_ON.search(doc_text(doc), max(0, cand.start - 40), cand.start) is not None \
            or _PLAIN_COMPOUND.match(text) is not None and _ON_OPENS_SENTENCE.search(
                doc_text(doc), max(0, cand.start - 8), cand.start) is not None \
            and _SCORED_LATER.match(doc_text(doc), cand.end) is not None
        # "a dataset, called AVU"; "the previous best (Go-Browse, 21.7%)"; "Ineq-Comp-Seed (52.2% pass@32)"; "8.78 on
        # Complex-Edit" (a compound of plain words that a score is stated on)

    def _spells_a_concept(self, abbr: object, doc: Doc) -> bool:
        """A definition in plain words or of a task the sentence does not name as the paper's: "test-time compute
        scaling (TTCS)", "Differential Morphing Attack Detection (D-MAD)" (not "a framework called X (Y)")."""
        return (_plain_long_form(abbr, doc) or abbr.long.split()[-1].lower() in _TASK_HEADS  # type: ignore[attr-defined]
                and not _named_in_sentence(abbr, doc) and not _listed_as_data(abbr, doc)) \
            and not self._named_definition(abbr, doc)

    def _long_form_known(self, abbr: object) -> bool:
        """The long form is a known artifact's name, not a task's ("Open X-Embodiment (OXE)", not "Document
        Question Answering (DocQA)")."""
        long = abbr.long  # type: ignore[attr-defined]
        return _known_artifact(self.lexicon.lookup(long)) and long.split()[-1].lower() not in _TASK_HEADS

    def _introduced(self, cand: Candidate, defined: dict[str, object], doc: Doc, title_key: str | None) -> bool:
        """Whether the paper names this itself: its title's name, or a definition it coins or introduces."""
        key = norm_key(_base_text(cand.text))
        if key == title_key:
            return True
        abbr = defined.get(key)
        return abbr is not None and self._named_definition(abbr, doc)

    @staticmethod
    def _names_itself(cand: Candidate, defined: dict[str, object], doc: Doc, title_key: str | None) -> bool:
        """Whether the paper gives a vocabulary word as its own name: the title's name, or "we propose
        [a/the] NAME" (or "we propose LONG FORM (NAME)") with nothing between. A definition somewhere in
        an introducing sentence is not enough: "we propose X, which combines a Mixture-of-Experts (MoE)
        ..." does not make MoE a name."""
        key = norm_key(_base_text(cand.text))
        if title_key is not None and key == title_key:
            return True
        abbr = defined.get(key)
        start = cand.start if abbr is None else min(abbr.long_start, abbr.short_start)  # type: ignore[attr-defined]
        # ("we introduce ACER (Automated Curriculum-Enhanced Regimen)": the name before its long form)
        sentence_start, _ = sentence_bounds(doc, start)
        before = doc_text(doc)[sentence_start:start]
        last = None
        for last in INTRO.finditer(before) if may_introduce(before) else ():
            pass
        return last is not None and bool(_DIRECTLY_NAMED.match(before[last.end():]))

    @staticmethod
    def _named_definition(abbr: object, doc: Doc) -> bool:
        """A definition names a thing when it is coined, introduced, or headed by a method noun (kept per Doc:
        the test reads the text alone, and runs for each mention of the acronym, and of its long form)."""
        global _last_definitions

        last = _last_definitions  # (read once: another thread may replace it meanwhile)
        if last[0] is not doc:
            last = _last_definitions = (doc, {})
        named = last[1].get(abbr)
        if named is None:
            named = last[1][abbr] = TypeClassifier._names_by_definition(abbr, doc)
        return named

    @staticmethod
    def _names_by_definition(abbr: object, doc: Doc) -> bool:
        """:meth:`_named_definition`, computed."""
        if abbr.coined:  # type: ignore[attr-defined]
            return True
        head = _DATA_HEAD_AFTER.match(doc_text(doc), abbr.short_end)  # type: ignore[attr-defined]
        if abbr.long[:1].isupper() and head and not (head["plural"] and abbr.long.split()[-1].lower().strip(".,")
                                                     in _TASK_HEADS):  # type: ignore[attr-defined]
            return True  # "the Stanford Natural Language Inference (SNLI) corpus": a task's name on named data (not
            # "Temporal Action Localization (TAL) datasets": the task's sets, each with its own name)
        sentence_start, _ = sentence_bounds(doc, abbr.long_start)  # type: ignore[attr-defined]
        window = doc_text(doc)[sentence_start:abbr.long_start].lower()  # type: ignore[attr-defined]
        if abbr.long.split()[-1].lower().strip(".,") in _TASK_HEADS:  # type: ignore[attr-defined]
            # "novelty detection (ND)": a task, not a named thing (but "an efficient method called greedy block
            # verification (GBV)" names its method)
            if _METHOD_CALLED.search(window) is not None or _listed_as_data(abbr, doc):
                return True  # (or a set named for its task, in a list of sets: "benchmarks: A, Stanford Natural
                # Language Inference (SNLI), and B")
            last_intro = None
            for last_intro in INTRO.finditer(window) if may_introduce(window) else ():
                pass
            # "We propose Agentic Reasoning for Tree Search (ARTS)": a capitalised long form the paper proposes,
            # with nothing between, names its method (not a task or a metric: "the X (Y) task", "X (Y), a novel task")
            return last_intro is not None and _DIRECTLY_NAMED.match(window[last_intro.end():]) is not None \
                and _TITLE_CASE_PARTS.fullmatch(abbr.long) is not None \
                and _TASK_NOUN_AFTER.match(doc_text(doc), abbr.short_end) is None  # type: ignore[attr-defined]
        intro = None
        for intro in INTRO.finditer(window) if may_introduce(window) else ():
            pass
        if intro is not None and not abbr.long[:1].isupper() and (  # type: ignore[attr-defined] (and "3D bounding boxes")
                len(window) - intro.end() > 60 or ", " in window[intro.end():]) and not _LISTED_MADE.search(
                window, intro.end()):
            intro = None  # "We introduce a ... module ..., enabling representations to capture blood volume pulse
            # (BVP) variations": a term in plain words far past the verb, no name of what the paper makes (not "we
            # propose two methods ...: empty ray omission (ERO) and ...", the list of what it makes)
        if intro is not None or re.search(r"\b(?:called|named|dubbed|termed)\s*$", window) \
                or _OUR_NEW_BEFORE.search(window):
            return True  # (and "through our newly introduced Next Visual Granularity (NVG) framework")
        if INTRODUCED_AFTER.match(doc_text(doc), abbr.short_end):  # type: ignore[attr-defined]
            return True  # "Unified Multi-modal Positional Encoding (UMPE) is introduced to align ..."
        long, long_start = abbr.long, abbr.long_start  # type: ignore[attr-defined]
        if _TITLE_CASE_PARTS.fullmatch(long) and (agent_noun(long.split()[-1])
                                                  or _own_part_made(doc, doc_text(doc)[sentence_start:long_start])):
            # "VLA-Corrector introduces a lightweight Latent-space Vision Monitor (LVM)": its own part; "the
            # Cross-view Scale-invariant Depth Predictor (CSDP)": a part named for what it does
            return True
        last = abbr.long.split()[-1].lower().strip(".,")  # type: ignore[attr-defined]
        # (or, in a capitalised long form, the data head before what it is for: "Aerial Image Database for
        # Emergency Response (AIDER)"; not a method's: "Drug Mechanism of Action (MoA)" is a concept)
        head = _long_form_head(long) if long[:1].isupper() else last
        return last in _METHOD_HEADS or last in _DATA_LONG_HEADS or head in _DATA_LONG_HEADS

    def __call__(self, doc: Doc) -> Doc:
        candidates = read_candidates(doc, self.lexicon.entries)  # type: ignore[attr-defined]
        read_as = [(c.entry, c.long_form) for c in candidates]
        abbreviations = abbreviations_of(doc)
        defined = {norm_key(_base_text(a.short)): a for a in abbreviations}
        long_to_short = {norm_key(a.long): norm_key(_base_text(a.short)) for a in abbreviations}
        lookup = self.lexicon.lookup  # type: ignore[attr-defined]
        entities: dict[str, DocEntity] = {}
        text = doc_text(doc)
        # acronyms the paper defines as metrics ("a new metric, Zorbic Semantic Matching (ZSM)"): every mention
        metric_keys = {key for key, a in defined.items()
                       if _metric_word_in(text, max(0, a.long_start - 60), a.long_start)
                       and _METRIC_APPOSED_BEFORE.search(text, max(0, a.long_start - 60), a.long_start)
                       # ... or whose definition is followed by its value: "achieving a Category-level Consistency
                       # Strategy (CCS) of 0.973"
                       or _VALUE_OF_AFTER.match(text, a.short_end)}
        # ... or whose definition the word "metric" or "score" follows, both forms: "the Clinical Intent Alignment
        # (CIA) score of 60.12%", "the Memory Removal Difficulty (MRD) metric" (not "Process Reward Model (PRM)
        # scores": a model's)
        nouned = [(key, a.long) for key, a in defined.items()
                  if _defines_a_measure(text, a.short_end, a.long)]
        metric_keys.update(k for key, long in nouned for k in (key, norm_key(long)))
        # acronyms the paper defines in the plural as a class of models ("Large Medical Vision-Language Models
        # (Med-VLMs)"): the singular later ("improving the Med-VLM") is one of the class, not a name
        class_keys = {key for key, a in defined.items() if _CLASS_LONG.match(a.long)} | _bracketed_classes(text)
        # ... or whose apposition says so ("HarmScore, a jailbreak metric that ..."): every mention
        metric_keys.update(norm_key(_base_text(c.text)) for c in candidates
                           if c.end <= _last_metric_word(text) and _METRIC_APPOSED_AFTER.match(text, c.end))
        spelled = _long_form_ranges(text, abbreviations)
        titled = [(c.start, c.end) for c in candidates if c.source == "title"]
        title = title_name(text)
        title_key = norm_key(text[title[0]:title[1]]) if title else None
        kept: list[tuple[Candidate, str, str]] = []
        same_as: dict[str, str] = {}
        if title_key is not None:
            stripped = _DOCUMENT_KIND.match(text[title[0]:title[1]])
            title_key = norm_key(stripped.group(1)) if stripped else title_key
        stripped_titles = [i for i, c in enumerate(candidates) if c.source == "title" and _strip_document_kind(c)]
        # "Gemini 2.5 Pro": a known name with a version, tier or size replaces the bare name it starts with.
        known_base = {(c.start, c.end): c.entry for c in candidates if c.source == "lexicon"}
        versioned: dict[tuple[int, int], object] = {}
        for cand in candidates:
            if cand.source == "versioned":
                base_entry = next((e for (s, end), e in known_base.items()
                                   if cand.start <= s and end <= cand.end and end - s < cand.end - cand.start), None)
                if base_entry is not None and base_entry.type != "Generic":
                    versioned[(cand.start, cand.end)] = base_entry
                    spelled.append((cand.start, cand.end))
            elif cand.entry is None and _NEXT_VERSION.match(cand.text) and lookup(cand.text) is None:
                # "GPT-6": a new version of a family whose other versions are known is of the family's type
                # ("DSM-5" is no version of the known DSM, which has no numbered versions)
                family = cand.text[:cand.text.rindex("-")]
                if _known_family_type(cand.text, lookup, min_length=3) is not None and \
                        any(lookup(f"{family}{sep}{n}") is not None for n in range(1, 10) for sep in ("-", " ", "")):
                    versioned[(cand.start, cand.end)] = lookup(family)
            elif cand.entry is None and (level := _LEVEL_TAIL.match(cand.text)) is not None:
                # "Sotopia-hard", "ARC-easy": a known benchmark's named level is of the benchmark's type
                base_entry = lookup(level.group(1))
                if base_entry is not None and base_entry.type in ("Dataset", "Benchmark") and lookup(cand.text) is None:
                    versioned[(cand.start, cand.end)] = base_entry
        candidates = [c for c in candidates if not (c.source == "lexicon" and _action_phrase(c.text))]
        known = [(c.start, c.end) for c in candidates if c.source == "lexicon" and " " in c.text]
        # a headed name that a known name starts ("the Yelp Review Polarity dataset") is the name written
        known += [(c.start, c.end) for c in candidates if c.source in ("headed", "contest")]
        # the title's name of several words wherever it is written: "SAM 3D", not the known "SAM" in it
        known += [(c.start, c.end) for c in candidates if c.source in ("title", "introduced") and " " in c.text]
        coded: list[tuple[int, str]] | None = None  # (built when first needed: few names are coinage pieces)
        # where known sets end (a space before a bracket after them): "ScanObjectNN (PB_50_RS)"
        cand_ends = {c.end for c in candidates}
        data_ends = {c.end for c in candidates if c.source == "lexicon" and c.entry is not None
                     and c.entry.type in ("Dataset", "Benchmark")}
        # Known acronyms whose long form is a measure, which the paper names as its own somewhere ("we propose BIS, a
        # prompt-centric evaluation framework"; the lexicon's BIS is a "Backdoor Isolation Score"): all their
        # mentions stay (few papers name one; the set is built only then).
        own_measures = {norm_key(_base_text(c.text)) for c in candidates if c.entry is not None
                        and _names_a_measure(c.entry) and self._names_itself(c, defined, doc, title_key)} \
            if any(c.entry is not None and _names_a_measure(c.entry) for c in candidates) else set()
        for cand in sorted(_split_combinations(candidates, lookup), key=lambda c: (c.start, -(c.end - c.start))):
            # (a capital second letter first: the pattern needs one, and most names have none)
            if cand.text[1:2].isupper() and _COINAGE_PIECE.match(cand.text) and cand.entry is None \
                    and norm_key(cand.text) not in defined:
                if coded is None:
                    coded = [(c.start, "".join(ch for ch in c.text if ch.isupper())) for c in candidates
                             if c.text.isalnum() and sum(ch.isupper() for ch in c.text) >= 2]
                if any(0 < start - cand.end < 60 and cand.text[0] in capitals for start, capitals in coded):
                    continue  # "Lookahead PArallel Decoding LoPA": a word capitalised to spell the coined name after
                    # it (not an acronym the paper defines: "ZorbGuard (ZGuard), a model trained on ZorbEval")
                if norm_key(cand.text) != title_key and _acrostic_piece(text, cand, candidates):
                    continue  # "we propose QOULE, giving Quick, OUtlier-free Local Explanations": its expansion's word
            if cand.entry is None and "-" in cand.text and _ODD_CAPITAL_PART.search(cand.text) \
                    and _ODD_CAPITAL_NEXT.match(text, cand.end) and norm_key(cand.text) not in defined:
                continue  # "the wave index, an [Attention-aWare] VEctor index": words capitalised to spell the name
            if cand.entry is None and "-" in cand.text and norm_key(cand.text) not in defined and all(
                    norm_key(part) in defined and defined[norm_key(part)].long[:1].islower()
                    for part in cand.text.split("-")) and not _named_here(text, cand.text):
                continue  # "LR-HR consistency" after "low-resolution (LR)" and "high-resolution (HR)": a pair of the
                # paper's acronyms of lower-case terms, no name (not one the paper names its own, "SAR-NAS: ...",
                # nor one of its coined names: "DBP-MAE" after "Decorrelated BackPropagation (DBP)")
            if cand.source == "shape" and cand.entry is None and _describes_title_name(text, cand):
                continue  # "R-LiViT: A LiDAR-Visual-Thermal Dataset for ...": the subtitle says what the name is
            if cand.source in ("headed", "titlecase") and cand.entry is None and _describes_apposed_name(text, cand):
                continue  # "DiDi, a Distractor-Distilled dataset", "X-Bench, our English-language OCR benchmark": the
                # words describe the name before, they are no second name
            # (each list tested before its generator is built: many papers have none)
            if spelled and any(s <= cand.start and cand.end <= e and (cand.end - cand.start) < (e - s)
                               for s, e in spelled):
                continue  # "Transformer" inside "Vision Transformer", spelled out for ViT
            if cand.source != "title" and titled and any(
                    s <= cand.start and cand.end <= e and (cand.end - cand.start) < (e - s) for s, e in titled):
                continue  # "WxC" inside "Prithvi WxC", the paper's own name: a part of it
            if cand.source == "lexicon" and cand.text.lower() in _METHOD_HEADS and _CODE_BRACKET_AFTER.match(
                    text, cand.end) and _CAPITAL_BEFORE.search(text, max(0, cand.start - 40), cand.start):
                continue  # "the Rotation-Equivariant Anchor Transformer (REVNET)": the last word of the name the
                # paper defines, whose letters do not spell it out
            if cand.source in ("lexicon", "versioned") and any(s <= cand.start and cand.end <= e
                                                               and (s, e) != (cand.start, cand.end) for s, e in known):
                continue  # "Transformer" inside "Swin Transformer": the longest known name wins (and "ICDAR 2026"
                # inside "the ICDAR 2026 Sci-ImageMiner Challenge")
            if _sentence_capital_of_a_word_here(doc, cand):
                continue  # "Ruler and lesion segmentation reach ...", in a paper on ruler masks: not RULER
            if cand.source == "shape" and cand.entry is None and cand.long_form is None \
                    and text[cand.start - 1:cand.start] == "(" and text.startswith(")", cand.end) \
                    and cand.start - 2 in data_ends and not _DATA_HEAD_AFTER.match(text, cand.end):
                continue  # "97.5% on ScanObjectNN (PB_50_RS)": the known set's split, no name of its own (not "the
                # Data Fusion Contest (DFC2018) dataset": the set's own short name)
            if cand.source == "versioned" and (cand.start, cand.end) not in versioned:
                continue  # a generic name with a size ("LLM 7B") stays generic
            if cand.source == "lexicon" and _SPLIT_CODE.fullmatch(cand.text) and text[cand.start - 1:cand.start] == "(" \
                    and text.startswith(")", cand.end) and cand.start - 2 in cand_ends:
                continue  # "5.1% on BEN-14K (S1), 7.4% on BEN-14K (S2)": a split of the name before it, not the
                # model s1 other papers name
            base = _base_text(cand.text)
            if cand.entry is None:
                cand.entry = lookup(cand.text) or lookup(base)
                if cand.entry is not None and _case_clash(cand.text, cand.entry):
                    cand.entry = None  # "compared to Duo": not the acronym DUO another paper coined
            key_text = norm_key(base)
            if key_text not in long_to_short and " " in base:  # ... in the plural or the singular ("Flow-Anchored
                other = key_text[:-1] if key_text.endswith("s") else key_text + "s"  # Consistency Models", FACM
                key_text = other if other in long_to_short else key_text  # defined as one "Model")
            if key_text in long_to_short:  # a long form written out: same entity as its acronym
                key_text = long_to_short[key_text]
                short_entry = lookup(defined[key_text].short)  # type: ignore[attr-defined]
                if (cand.entry is None or cand.entry.papers < _FEW_PAPERS) and (
                        short_entry is None or short_entry.papers < _FEW_PAPERS) and self._spells_a_concept(
                        defined[key_text], doc):
                    continue  # "In-Image Machine Translation (IIMT)": a task's name, spelled out, as its acronym is
                    # (not "Graph Retrieval-Augmented Generation (GraphRAG)", a method many papers name)
            if key_text in defined and cand.long_form is None:
                cand.long_form = defined[key_text].long  # type: ignore[attr-defined]
            if key_text in defined and cand.entry is not None and not _same_sense(cand.entry, defined[key_text]):
                # an ambiguous acronym that this paper defines otherwise; a generic long form makes it generic
                # ("neural networks (NNs)", whatever other papers meant by NNs)
                abbr = defined[key_text]
                sense = lookup(abbr.long) if _spells_out(abbr) else None  # type: ignore[attr-defined]
                cand.entry = sense if sense is not None and sense.type == "Generic" else None
            if (cand.start, cand.end) not in versioned and not self._keep(cand, defined, doc, title_key):
                continue  # (before the vocabulary's tests below, which have no effects, as _keep has none: a name
                # either drops is dropped, and _keep, cheaper, drops many, every title-case run among them)
            # (the title's announced name is the paper's own, however plain: "Mix-and-Match Pruning: ...")
            # (nor is an acronym the paper coins for what it proposes, whatever metric it spells: "we propose the
            # Cascaded Early Rejection (CER) framework")
            # ("Learn-by-interact: ..." and "We propose Learn-by-interact, a ...": the title's own, proposed by name;
            # not a conversion, "Text-to-Kelp", which describes a task however it is introduced)
            if (_generic_phrase(cand) and not (key_text == title_key and (
                    _OWN_TITLE_PHRASE.match(cand.text) or (_NOT_CONVERSION.match(cand.text)
                                                           and self._names_itself(cand, defined, doc, None))))
                    and not _known_singular_model(cand) and not _known_set_phrase(cand)
                    and not (key_text in defined and cand.entry is None and _METRIC_NAME.match(cand.text)
                             and not _long_form_of_no_artifact(cand.long_form)
                             and self._names_itself(cand, defined, doc, title_key))) \
                    or _names_a_license(doc, cand) or _special_token(text, cand) \
                    or (key_text in defined and _GOVERNMENT_BODY.search(defined[key_text].long) is not None) \
                    or _names_a_phenomenon(text, cand) or _names_a_task(text, cand) or _names_a_direction(text, cand) \
                    or _names_a_kind(text, cand) or _enumeration_label(text, cand) \
                    or _names_a_metric(doc, cand) \
                    or _names_a_class(cand) or _names_a_language(cand) or key_text in metric_keys \
                    or key_text in class_keys and not _known_artifact(cand.entry) \
                    or (cand.entry is None and _task_in_passing(doc, [cand])):
                continue
            # (a known name's other spelling is what the name is: "Composed Image Retrieval" is the task CIR)
            if " " in cand.text and cand.text.lower() in _PARADIGMS and not self._names_itself(
                    cand, defined, doc, None):
                continue  # "Agentic AI: A Comprehensive Survey of ...": a paradigm a title names is none of the paper's
            if (_non_entity(cand.text) or (cand.entry is not None and (
                    _non_entity(cand.entry.name) or _names_a_condition(cand.entry)
                    or _names_a_measure(cand.entry) and key_text not in own_measures
                    and not _data_headed(doc, cand) and not _listed_data_member(text, cand)))) \
                    and not _platform_set(text, cand) and not (self._names_itself(cand, defined, doc, title_key) and (
                        key_text == title_key or _MODIFIES_NOUN_AFTER.match(
                            text, getattr(defined.get(key_text), "short_end", cand.end)) is None)):
                continue  # (a vocabulary word the paper proposes by name is its name, "We propose MLP, a new model";
                # not one that qualifies what it proposes: "we propose an FPGA (Field-Programmable Gate Array)
                # implementation")
            if unit_after_number(text, cand):
                continue
            if cand.entry is None and (abbreviated_word(text, cand) or acrostic_word(text, cand)
                                       or lower_acrostic(text, cand)):
                continue
            if cand.entry is None and run_together(text, cand.text):
                continue
            if cand.entry is None and listed_as_tasks(text, cand):
                continue
            if listed_as_metrics(text, cand):
                continue
            if text.rfind("(", max(0, cand.start - 120), cand.start) >= 0 and _instruments_listed(
                    text, max(0, cand.start - 120), cand.start):
                continue  # "psychiatric assessment tools (PHQ-9, PDI, PANSS)": questionnaires, not artifacts of ML
            if cand.source == "lexicon" and cand.entry is not None and " " in cand.text \
                    and norm_key(cand.text) != norm_key(cand.entry.name) and _long_form_of_no_artifact(cand.text):
                continue  # "evaluated using Jensen-Shannon Divergence": a measure's name, spelled out (whatever a
                # few papers' contexts made of its acronym)
            if cand.source == "lexicon" and cand.entry is not None and norm_key(cand.text) != norm_key(cand.entry.name) \
                    and _plain_method_phrase(cand.text):
                continue  # "a Domain Adaptation Framework": another paper's long form of its acronym (AAF), in words
                # any paper uses for its kind of method
            if cand.source == "lexicon" and _TASK_PHRASE.match(cand.text):
                continue  # "LiDAR semantic segmentation": another paper's long form of its acronym, a task
            key = cand.entry.id if cand.entry is not None else f"doc:{key_text}"
            if cand.entry is not None and key_text in defined:
                same_as[f"doc:{key_text}"] = cand.entry.id
            kept.append((cand, key, key_text))
        long_form_votes: set[str] = set()
        shape_votes: set[tuple[str, str]] = set()
        # names the paper gives ("a segmentation method ..., hereby named OASIS"): another paper's sense of the
        # same letters (the OASIS brain scans) says little of what this one is
        named_here = {key_text for cand, _, key_text in kept
                      if cand.tok_start > 0 and doc[cand.tok_start - 1].lower_ in _NAMING_VERBS}
        for cand, key, key_text in kept:
            base = _base_text(cand.text)
            key = same_as.get(key, key)
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = DocEntity(key, base, lexicon_id=cand.entry.id if cand.entry else None)
            entity.mentions.append(cand)
            if cand.long_form and cand.long_form not in entity.aliases:
                entity.aliases.append(cand.long_form)
                abbr = defined.get(key_text)
                entity.coined = entity.coined or bool(abbr and abbr.coined)  # type: ignore[attr-defined]
            _context_votes(doc, cand, lookup)
            # The long form votes once per entity: a definition repeated on every mention would outvote
            # what the text says of the name ("TRACE (... Environments), an end-to-end system").
            # So does the name's own shape: "X-VQA" named five times is no more a benchmark than once.
            long_form_voted = key in long_form_votes
            _shape_votes(cand, with_shape=(key, cand.text) not in shape_votes, with_long_form=not long_form_voted)
            if cand.entry is None and (key, cand.text) not in shape_votes and has_size_suffix(cand.text) \
                    and _known_family_type(cand.text, lookup) == "Model":
                cand.vote("Model", 3.0)  # "SmolLM2-135M": a known model's parameter count, not a data size (over
                # "by 93% on SmolVLM-256M", which reads like a set)
            if cand.entry is None and (key, cand.text) not in shape_votes and (
                    suite := _suite_variant(cand.text, lookup)):
                cand.vote(suite, 2.0)  # "DarijaMMLU", "ArabicMMLU": a known benchmark made for a language or field
            shape_votes.add((key, cand.text))
            if cand.long_form:
                long_form_votes.add(key)
            if cand.entry is not None and cand.entry.type in ("Model", "Dataset", "Benchmark"):
                weight = 3.0 if cand.entry.papers >= 5 else 0.5 if _untyped_by_contexts(cand.entry) else 2.0
                if title_key is not None and key_text == title_key and cand.entry.papers < 20:
                    # the paper's own new name: another paper's use of it says little (CRAB), once
                    weight = 1.0 if cand.start < text.find("\n") else 0.0
                elif key_text in named_here:
                    weight = 1.0
                elif _coined_often(cand.entry) and any(
                        w >= 1.0 for t, w in cand.votes.items() if t != _contest_type(cand.entry)):
                    weight = 1.0  # "the unseen ERA dataset": an acronym many papers coined, each for its own thing
                elif cand.entry.type == "Model" and cand.headed in ("Dataset", "Benchmark") \
                        and _coined_by_many(cand.entry):
                    weight = 1.0  # "on the MIRAGE question-answering benchmark": a name most of whose papers coin it
                    # for their own thing, here with a head noun of data
                cand.vote(_contest_type(cand.entry), weight)
                entity.lexicon_name = entity.lexicon_name or cand.entry.name
                if cand.entry.name not in entity.aliases and cand.entry.name != entity.name:
                    entity.aliases.append(cand.entry.name)
            if cand.entry is not None and cand.entry.type == "Organization":
                cand.vote("Organization", 3.0)
            base_entry = versioned.get((cand.start, cand.end))
            if base_entry is not None and cand.entry is None and base_entry.type in ("Model", "Dataset", "Benchmark") \
                    and cand.long_form is None:  # (the paper's own long form says what it is: "the Self-Annotated
                cand.vote(base_entry.type, 2.0)  # type: ignore[attr-defined]  # Reddit Corpus (SARC 2.0)")
        _merge_variants(entities, lookup, text)
        result = []
        for entity in entities.values():
            entity.name = _display_name(entity)
        for entity in entities.values():
            for cand in entity.mentions:
                for label, weight in cand.votes.items():
                    entity.votes[label] = entity.votes.get(label, 0.0) + weight
            _title_votes(doc, entity)
            if not entity.votes:
                entity.votes.update(_DEFAULT_VOTES)
            entity.type = EntityType(max(sorted(entity.votes), key=lambda t: entity.votes[t]))
            stated = {c.stated for c in entity.mentions if c.stated}
            if len(stated) == 1 and entity.lexicon_id is not None:
                # what this paper says the name is ("TIDE, a dataset of 10,000 dialogues") outweighs what
                # other papers used the same string for (the lexicon's vote on every mention)
                entity.type, entity.stated = EntityType(stated.pop()), True
            elif stated == {"Dataset", "Benchmark"} and entity.lexicon_id is not None:
                # "STAR: A Benchmark for ..." and "STAR, a large-scale ... dataset": data either way, not the
                # model other papers named STAR
                entity.type = EntityType(max(sorted(stated), key=lambda t: entity.votes.get(t, 0.0)))
            if entity.type == "Organization":
                continue
            total = sum(entity.votes.values())
            # all-zero votes (a title name whose only mentions vote 0.0) leave the share undefined: whole
            share = entity.votes[entity.type] / total if total > 0 else 1.0
            entity.confidence = round(min(0.99, 0.45 + 0.1 * max(total, 0.0)) * share, 3)
            result.append(entity)
        _peer_types(text, result)
        result.extend(_plain_list_members(doc, text, result))
        _inherit_family_types(result, lookup)
        result = split_sized(doc, text, result, _sized_like)
        with_makers(doc, text, result)
        changed = [i for i, (c, (entry, long_form)) in enumerate(zip(candidates, read_as))
                   if c.entry is not entry or c.long_form != long_form or i in stripped_titles]
        if changed:
            update_candidates(doc, candidates, changed)  # with the entries and long forms resolved here
        write_entities(doc, result)
        return doc
