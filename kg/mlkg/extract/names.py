"""Detecting names nobody listed yet: coined models, datasets and benchmarks.

A token is a candidate by its shape (TinyViT, SAIL-VL, WebVid-10M, 4D-VLA,
M^2-Encoder, ViT-L/14, LLaVA-1.5), optionally continued by a version
("VideoLLaMA 3", "Something-Something v2") or "Bench". Acronym definitions
add their short forms. What is generic (plural acronyms of common phrases,
undefined two- and three-letter acronyms, capitalised word compounds such as
Vision-Language) is filtered later by the type classifier, which sees the
whole document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.lex_attrs import like_email, like_url
from spacy.language import Language
from spacy.tokens import Doc, Span

from .candidates import Candidate, doc_text, ensure_doc_extensions, sentence_bounds
from .cues import ENUM_BEFORE, INTRO, METRICS
from .shapes import EDITION_NUMERALS, LOWER_BENCH, is_version, name_shape, starts_name
from .spans import abbreviations_of, candidate_token_ranges, write_candidates
from .tokenizer import DESCRIPTIVE
from .words import alternation, word_list, words

# A counter after a number means it is a quantity, not a version: "3 times", "2 layers".
_QUANTITY_NEXT = re.compile(
    r"^(?:%|x|×|[KMBT]|times|fold|layers?|epochs?|steps?|hours?|days?|minutes?|seconds?|images?|samples?|"
    r"tokens?|frames?|languages?|tasks?|datasets?|benchmarks?|models?|points?|categories|classes|examples?|"
    r"parameters?|params|shots?|views?|GPUs?|nodes?|rounds?|turns?|agents?|objects?|domains?|scenes?|hours?)$")
_POSSESSIVES = frozenset({"'s", "\u2019s"})  # "Claude Opus 4.6's quality": the version, then the possessive
# A year after a known set, before its head noun: "the MS COCO 2017 dataset" (not "2017 datasets", a count).
_YEAR_OF_A_SET = re.compile(r"^(?:19|20)\d\d$")
# A title's name before its colon, its dash ("AutoSurfer -- Teaching ..."), or a colon that lost its space
# ("EfficientLLaVA:Generalizable Auto-Pruning ...", not "Zorb-OSS:20b").
_TITLE_PREFIX = re.compile(r"^([^:\n]{2,40}?)(?:\s*:\s+|:(?=[A-Z][a-z])|\s+(?:--|\u2014|\u2013)\s+)\S")
# "Radiology's Last Exam (RadLE): Benchmarking ...": a long form whose short form the title announces.
_TITLE_DEFINED = re.compile(r"^[^:()\n]{2,90}?\s*\(([^()\s]{2,24})\)\s*:\s+\S")
# A title that is a name and the kind of report it is: "Qwen2.5 Technical Report", "Hunyuan-MT Technical Report".
_REPORT_TITLE = re.compile(r"(?:The\s+)?([^:\n]{2,40}?)\s+(?:Technical|Tech|System|Model)\s+Report")
# Title prefixes that label the kind of paper rather than name a system.
_PAPER_KINDS = frozenset({
    "position", "survey", "review", "tutorial", "editorial", "perspective", "commentary", "erratum",
    "correction", "overview", "introduction", "preface", "report", "note", "abstract", "keynote",
})


# (or a short function word a dash glued on: "datasets-AWA2, SUN, and CUB-to verify")
_LOWER_TAIL = re.compile(r"-([a-z]{3,}|to|of|in|on|by|as|at|or)$")
# A reasoning-effort setting after a model's version or tier: "GPT-5.2-xhigh", "o4-mini-high", "GPT-5-medium".
_EFFORT_TAIL = re.compile(r"(?:\d[a-z]?|-mini|-nano)-(?:x?high|medium|low|minimal)$")
# A benchmark's named subset, in lower case after it: "M3-Bench-robot", "M3-Bench-web".
_BENCH_SUBSET = re.compile(r"(?i:bench)-[a-z]{3,}$")
_PHRASE_TAIL = re.compile(r"(?:-(?:as|a|an|the|of|for|in|on|to|with|by))+-[a-z]+$")
# A benchmark's named level or subset, in lower case after it: "Sotopia-hard", "ARC-easy", "GPQA-diamond".
LEVEL_TAILS = frozenset({"hard", "easy", "full", "challenge", "diamond", "verified",
                         "random", "popular", "adversarial"})  # (the splits a benchmark samples: "POPE-random")
# Lower-case tails that are part of a name, not a description of it: tau-bench, Foo-eval, Bar-net; and the
# variant words of a release ("HiDream-I1-dev", "MedGemma3-thinking", "o1-mini", "RoBERTa-base") and of a
# training stage ("Qwen3-8B-openthinker-sft", "AdaLN-zero"), of a model tier ("Claude-3-opus"), and of a
# domain's edition ("ModernBERT-bio", "Qwen2.5-math").
_NAME_TAILS = frozenset({"bench", "eval", "arena", "net", "former", "dev", "thinking", "preview", "reasoning",
                         "sft", "zero", "bio", "med", "math", "legal", "opus", "sonnet", "haiku",
                         # a set's subset by the conditions it was recorded in: "TT100K-night", "ACDC-fog"
                         "night", "fog", "rain", "snow",
                         "std", "schnell",
                         # a detector family's task heads: "YOLOv8n-seg", "YOLO11-pose", "RTMDet-det"
                         "seg", "det", "cls", "pose", "obb"}) | LEVEL_TAILS \
    | words("sizes.variant")

# Lower-case versioned names: gpt-4.1, claude-3.5, llama-3-8b, qwen-2.5-7b-instruct (a dotted version
# or a size after the version; "top-1" and "covid-19" have neither).
_LOWER_VERSIONED = re.compile(
    r"^[a-z]{3,}[a-z0-9]*-(?:v?\d+(?:\.\d+)+[a-z]?|v?\d+(?:\.\d+)*[a-z]?-\d+(?:\.\d+)?[bm])(?:-[a-z0-9.]+)*$"
    # or two words before a "v" version: "mxbai-edge-colbert-v0" (not "covid-19", "top-1")
    r"|^[a-z]{3,}[a-z0-9]*(?:-[a-z][a-z0-9]*)+-v\d+(?:\.\d+)*$"
    # or a whole version before a release's tier or effort: "gpt-5-medium", "grok-3-mini", "o3-high", "o4-mini-high"
    r"|^[a-z]{2,}\d*-\d+[a-z]?(?:-(?:x?high|medium|low|minimal|mini|nano|pro|turbo|preview|instruct|chat|flash|lite))+$"
    r"|^o\d(?:-(?:mini|pro))?-(?:x?high|medium|low|minimal)$")
# Three or more lower-case parts with a digit after the first, as an API id is written: "claude-opus-4-6",
# "medgemma-4b-it" (kept only when the first part is a known model family: classify._lower_release_of_family;
# not a quantity's counter after the number: "sub-20-second").
LOWER_API_ID = re.compile(r"^[a-z]{3,}[a-z0-9]*(?=-[^-]*\d|-.*-[^-]*\d)"
                          r"(?!.*\d-(?:second|minute|hour|day|week|month|year|bit|fold|shot|step|layer|token|time|"
                          r"word|class|way|point|dim|stage|level|hop|turn)s?(?:-|$))(?:-[a-z0-9.]+){2,}$")
# Coined names that start in lower case: iWildCam, reLAIONet, cmKAN, iFlyBot-VLA (two capitals after a short
# lower-case prefix, maybe with hyphened parts; not sRGB, mRNA-seq, mAP-like modifiers nor "eXplainable"),
# pi0-FAST, xyz-LLaDA (a lower-case part with a digit, or a mixed-case part; not human-AI, top-K); not non-IID or
# pre-LN (adjectival prefixes). A benchmark written in lower case (fev-bench) has its own shape (LOWER_BENCH).
_LOWER_CODED = re.compile(
    r"^(?![a-z][A-Z0-9]+(?:-|$))[a-z]{1,5}(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])[A-Z][A-Za-z0-9]{2,}"  # two capitals
    r"(?:-[A-Za-z0-9]+)*$"
    r"|^[a-z]+\d[a-z0-9]*-[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$"  # pi0-FAST (not human-AI, top-K)
    r"|^[a-z][a-z0-9]{1,6}-[A-Z]+[a-z]+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$"  # d1-LLaDA style mixed case
    r"|^[a-z]{1,2}[A-Z][a-z]{2,}\d+$")  # a capitalised word with a year or number after a short prefix: iNat21
_ADJECTIVE_PREFIXES = words("adjectives.prefixes")
# A model size written as its own token after a name: "LLaMA2 7B", "Mistral 7B", "GPT-2 1.5B".
# 7B, 1.5B, 350M, a mixture's 8x22b, and its total and active sizes: "30B-A3B"
SIZE_TOKEN = re.compile(r"^(?:\d+[x×])?\d+(?:\.\d+)?[BMb](?:-A\d+(?:\.\d+)?[BMb])?$")
_TIERS = words("heads.name_tiers")
_VERSION_TIER = re.compile(rf"^\d+(?:\.\d+)?-(?!(?i:{DESCRIPTIVE})$)[A-Z][A-Za-z]{{1,9}}$")  # not "3-Based"
# A capitalised tier joined to its version: "Claude Opus-4.6", "Gemini Pro-1.5".
_TIER_VERSION = re.compile(rf"^(?:{'|'.join(t for t in _TIERS if t[:1].isupper())})-v?\d+(?:\.\d+)?$")
_SECOND_TIERS = frozenset({"Thinking", "Think", "Preview", "Lite", "Instruct"})  # after a first tier
_BARE_TIERS = frozenset({"Pro", "Max", "Ultra", "Plus", "Lite", "Flash", "Turbo"})
# Architecture sizes after a coined name: "ViT Base", "Swin Tiny", "DINOv2 Giant" (not "X Large Language ...").
_SIZE_WORDS = frozenset({"Tiny", "Small", "Base", "Large", "Huge", "Giant"})
# A known model's checkpoint written in lower case: "Whisper large-v3", "GPT-2 medium" (not "large language").
_LOWER_SIZE = re.compile(r"^(?:tiny|base|small|medium|large)(?:-v\d+(?:\.\d+)?)?$")
_LOWER_SIZE_INITIALS = "tbsml"
_SIZED_OR_DECIMAL = re.compile(r"\d\.\d|\d[BbMm]$")
_NOT_AFTER_SIZE = frozenset({"language", "scale", "-", "vision", "multimodal", "amounts", "amount", "number",
                             "numbers", "margin", "margins", "datasets", "data", "corpora", "set", "sets"})
# A coined name, not a capitalised word compound: R-Net, RCNN, FMVNet, YOLOv8 (not Cross-Channel).
_CODED = re.compile(r"[A-Z]{2}|\d|(?:^|-)[A-Z](?:-|$)|[a-z][A-Z]")
_PREFIXES = words("heads.name_prefixes")

# Capitalised words that name something because a lower-case head noun follows: "the Quokka dataset",
# "the Foo-Bar corpus", "the Zed benchmark" (in title case the head is capitalised too, so titles stay out).
_CAP = r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*"
# Each pattern is found from a rare hook (the head word or the cue) and then read around it: scanning
# the whole text for capitalised phrases would cost more than the rest of the name detector.
# Hook tokens, found for a whole Doc by one lexeme flag; "set"/"sets" count after "data ".
_HEAD_WORDS = frozenset(w.split()[-1] for w in word_list("heads.named_data"))
# Before a head noun a name may also end in a lower-case part ("the Poplar-leaf dataset", "the Craftax-classic
# benchmark"; not a descriptive word: "the CLIP-based dataset") or in a year ("the Amazon Reviews 2023 dataset").
_NOT_DESCRIPTIVE = rf"(?!(?:{DESCRIPTIVE})\b)"
# (or a word after a one- or two-letter lower-case prefix: "the iSarcasm dataset"; not "the mRNA dataset")
_HEADED_CAP = rf"(?:[A-Z]|[a-z]{{1,2}}[A-Z](?=[a-z]))[A-Za-z0-9]*(?:-{_NOT_DESCRIPTIVE}[A-Za-z0-9]+)*"
# or in a number ("the Caltech-UCSD Birds 200 dataset", "the Oxford Flowers 102 dataset").
_HEADED_BEFORE = re.compile(rf"(?<![\w.\-])((?:{_HEADED_CAP} ){{0,3}}{_HEADED_CAP}(?: (?:19|20)\d\d| \d{{1,4}}[KkMm]?)?) $")
# Plain capitalised names in a typed list: "two benchmark datasets, Alpha and Beta", "datasets such as
# Alpha, Beta", "evaluated on Alpha, Beta and Gamma", "on Alpha, Beta and Gamma datasets".
_ITEM = rf"{_CAP}(?: {_CAP}){{0,2}}"
_COORDINATED = rf"(?:{_ITEM}, )*{_ITEM},? (?:and|or) {_ITEM}"
_PLURAL_WORDS = frozenset({"datasets", "benchmarks", "corpora", "sets"})
_LIST_AFTER_HEAD = re.compile(
    rf"(?:,? such as|,? like|,? including|:|,? namely,?|,? e\.g\.,?| include) (?:the )?((?:{_ITEM}, )*{_ITEM}"
    rf"(?:,? (?:and|or) {_ITEM})?)(?![\w-])|,? (?:the )?({_COORDINATED})(?![\w-])")  # (and "two datasets A and B")
# The names of the sets a head noun counts, in brackets after it: "four datasets (A, B, and C)".
_DATA_BRACKET = re.compile(rf" \(((?:{_ITEM}, )*{_ITEM}(?:,? (?:and|or) {_ITEM})?)\)")
_SINGLE_DATA_WORDS = frozenset({"dataset", "benchmark", "corpus"})
# A plain word a verb or a preposition takes, set apart by what kind of data it is: "we employ [Costra], a complex
# sentence transformation dataset" (not a sentence's first word: "Finally, a new dataset").
_APPOSED_DATA_BEFORE = re.compile(r"\b(?:[Uu]s(?:e|es|ed|ing)|[Ee]mploy(?:s|ed|ing)?|[Aa]dopt(?:s|ed|ing)?|on|with|"
                                  r"include[sd]?|including|namely)\s+([A-Z][a-z]{2,}(?:-[A-Za-z0-9]+)*),\s+an?\s+"
                                  r"(?:[\w-]+\s+){0,5}$")  # (not "Sourced from Maxar, the VME dataset": a source)
_ONE_BEFORE = re.compile(r"\b(?:one|a|an|another|single) (?:[\w-]+ ){0,3}$")
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|various) "
                             r"(?:[\w-]+ ){0,3}$")
_LIST_BEFORE_HEAD = re.compile(rf"\b(?:(?:on|across|of) (?:the )?|[Tt]he )({_COORDINATED}) $")  # or "the A and B corpora"
_EVAL_WORDS = frozenset({"evaluated", "tested", "experiments", "trained", "fine-tuned", "results", "evaluation",
                         "evaluations", "benchmarked", "evaluate", "test", "train", "experiment", "performance",
                         "accuracy", "percent"})  # ("10.66 percent on Ajami, and 10.11 percent on Muharaf (Arabic)";
# not "%": "100% on the Dynamic Degree" is a metric of the set named before)
# Full text cites a dataset where it names it: "experiments on Quokka [12] and Wombat [13]" (shared with
# the type classifier's lists).
CITATION = r"(?: \[[^\[\]\n]{1,30}\]| \([A-Z][^()\n]{2,40}\d{4}[a-z]?\))"
_CITED_ITEM = rf"{_ITEM}{CITATION}?"
_CITED_COORDINATED = rf"(?:{_CITED_ITEM}, )*{_CITED_ITEM},? (?:and|or) (?:the )?{_CITED_ITEM}"
_CITED_LIST = rf"(?:{_CITED_ITEM}, )*{_CITED_ITEM}(?:,? (?:and|or) (?:the )?{_CITED_ITEM})?"
# One name ends where its clause goes on ("evaluated on Quokka, which ...", "tested on Quokka and
# Wombat."), not before a lower-case word that makes it a description ("on Monte Carlo samples").
_ITEM_END = (r"(?=[.,;:)]|\s(?:and|with|for|to|in|using|while|under|without|as|at|from|by|than|when|where|which"
             r"|on|across)\b|\s\([A-Z][a-z]+\)|$)")  # (or a language or domain noted: "on Muharaf (Arabic)")
# The works a paper compares itself with, in full text often plain words: "outperforms Quokka by 2.1 points",
# "compared with Quokka [12] and Wombat", "Unlike Quokka, ...", "baselines such as Quokka and Wombat".
_OUTDO_WORDS = frozenset({"outperforms", "outperform", "outperforming", "outperformed", "surpasses", "surpass",
                          "surpassing", "beats"})
_COMPARE_WORDS = frozenset({"compared", "Compared", "compare", "compares", "comparing", "comparison", "comparisons"})
_BASELINE_WORDS = frozenset({"baselines", "Baselines"})
# The models a plural names in a bracket after it: "four advanced VLMs (RadFM, M3D, Merlin, CT-CHAT)".
_MODEL_PLURALS = frozenset({"models", "VLMs", "LLMs", "MLLMs", "LVLMs", "LMMs", "methods", "baselines"})
_BRACKET_LIST = re.compile(rf" \(((?:{_ITEM}, )+{_ITEM}(?:,? (?:and|or) {_ITEM})?|{_COORDINATED})\)")
_EVAL_LIST = re.compile(rf"(?:\w+ )?on (?:the )?({_CITED_COORDINATED})(?![\w-])"  # not "Needle" of Needle-in-a-...
                        rf"|(?:\w+ )?on (?:the )?({_CITED_ITEM}){_ITEM_END}")
# A split of a named set: "the test set of Quokka", "the standard train/test split of Quokka".
_SPLIT_WORDS = frozenset({"set", "sets", "split", "splits", "portion", "subset", "partition"})
_SPLIT_BEFORE = re.compile(r"\b(?:test|testing|training|train|validation|dev|development|evaluation|held-out|"
                           r"train/test|official|standard) $")
_SPLIT_OF = re.compile(rf" of (?:the )?({_CITED_ITEM}){_ITEM_END}")
# A compared work's score may follow it in its bracket: "outperforming Alita (75.2%) and Memento (70.9%)".
_SCORED = r" \([+\-\u2212]?\d+(?:\.\d+)?\s?%?\)"
_NOTED_ITEM = rf"{_ITEM}(?:{CITATION}|{_SCORED})?"
_NOTED_COORDINATED = rf"(?:{_NOTED_ITEM}, )*{_NOTED_ITEM},? (?:and|or) (?:the )?{_NOTED_ITEM}"
_OUTDONE = re.compile(rf" (?:the )?(?:(?:state-of-the-art|strong|recent|existing|previous|prior) )?"
                      rf"(?:(?:methods?|models?|baselines?|approaches) )?(?:(?:such as|like|including) )?(?:the )?"
                      rf"(?:({_NOTED_COORDINATED})(?![\w-])|({_NOTED_ITEM}){_ITEM_END})")
_COMPARED = re.compile(rf"(?: (?:it|them|ours|our \w+|this \w+|these \w+))?(?: (?:with|to|against)) (?:the )?"
                       rf"(?:({_NOTED_COORDINATED})(?![\w-])|({_NOTED_ITEM}){_ITEM_END})")
_BASELINES = re.compile(rf"(?:,? such as|,? like|,? including| include|:|,? namely,?|,? e\.g\.,?) (?:the )?"
                        rf"({_NOTED_COORDINATED})(?![\w-])")
_UNLIKE = re.compile(rf" (?:the )?({_CITED_ITEM}),")
# A sentence that opens on its set: "On Quokka, our method ...", "On Quokka and Wombat, ...".
_ON_OPENING = re.compile(rf" (?:the )?({_CITED_LIST}),")
_NOTES = re.compile(rf"{CITATION}|{_SCORED}")  # what follows a listed name and is no part of it
_DIGIT = re.compile(r"\d")
# The path of a link to a code or model host, up to the slash before a name: its owner and repository are no names.
# A model hub checkpoint's lower-case name after its owner's slash: "MCG-NJU/videomae-base-finetuned-kinetics".
_HUB_PATH = re.compile(r"[a-z0-9][a-z0-9._]*-[a-z0-9._-]{2,}[a-z0-9]")
_IN_REPO_PATH = re.compile(r"(?:github\.com|huggingface\.co|gitlab\.com)/(?:[\w.-]+/)*$")
# Shared with the type classifier: how a list of names is split, and words that never start a name.
LIST_SPLIT = re.compile(r",? (?:and|or) |, ")
NEVER_NAME = words("stop_words.never_name")
PLAIN_WORD = re.compile(r"^[A-Z][a-z]+$")  # one plain capitalised word
_LANGUAGE_NAMES = words("nonentity.language_names")
_DATA_MODIFIERS = words("heads.data_modifiers")
# Title-case phrases the paper introduces, ending in a component noun: "we propose a Cross-Scale Fusion
# Block", "we design the Gated Refinement Neck".
_COMPONENT_HEADS = words("heads.component_heads")
# "we propose Confidence-Gated Dynamic Drafting to ...", "we design a dynamic Batch Size Scheduler": a run
# of two or more capitalised words right after an introduce verb (a few lower-case adjectives may come
# between) names what the paper introduces, whatever its last word.
_WE = frozenset({"we", "We"})
_TITLE_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
# What a paper proposes that is a claim, not an artifact: "we propose the Reasoning-Planning Decoupling Hypothesis".
# (Not "law": the gold counts a paper's own scaling law, "the Shannon Scaling Law", as its model.)
CLAIM_HEADS = frozenset({"hypothesis", "hypotheses", "conjecture", "theorem", "principle", "paradox", "phenomenon",
                          "effect", "assumption", "postulate", "dilemma", "fallacy",
                          "mandate", "asymmetry"})  # "a Heterogeneity Mandate", "the Architectural Tribalism Asymmetry"
# What the paper names that is an observation, not an artifact: "a phenomenon we term Energy Decay", "the
# overthinking issue, which we name as ...", "a failure mode that we call ...".
_CLAIM_NAMED = re.compile(r"\b(?:phenomen(?:on|a)|effects?|issues?|problems?|scenarios?|behaviou?rs?|hypothes[ie]s|"
                          r"failure modes?|patterns?|biases|bias|trade-?offs?|paradox|dilemma|bottlenecks?|"
                          r"patholog(?:y|ies)|illusions?|curses?|traps?)\b(?:[^.;:]{0,40}?"
                          r"(?:,\s*)?(?:which\s+|that\s+)?we\s+(?:[a-z]+ly\s+)?|\s*,\s*|\s+)$")  # "a bottleneck, termed X"
_INTRO_RUN = re.compile(
    rf"[Ww]e (?:[a-z]+ly |also |further |then |first |additionally |next |here )?(?:{alternation('cues.intro_verbs')})"
    rf" (?:(?:a|an|the|our) )?((?:[a-z][a-z-]+ ){{0,2}})((?>(?:[1-4]D )?{_TITLE_WORD}(?: {_TITLE_WORD}){{1,5}}))(?![\w-])"
    r"(?!\s*\()")  # (a dimension may open it: "we propose 4D Synchronized Fields")
# "We introduce Presto, a novel video diffusion model": one capitalised word the paper introduces and at once
# describes (on the tunable gold, such a word was a name 74 times in 75).
_INTRO_ONE = re.compile(
    rf"[Ww]e (?:[a-z]+ly |also |further |then |first |additionally |next |here )?(?:{alternation('cues.intro_verbs')})"
    rf" ([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)(?=,\s+(?:an?|the)\s|,?\s+(?:which|that)\s)")
# A plain word the paper names something with: "a framework called Quokka", "dubbed Quokka", "we call our
# method Quokka", "we name this model Quokka", "referred to as Quokka" (shaped names are found by shape).
_NAMING_WORDS = frozenset({"called", "named", "dubbed", "termed", "coined", "call", "name", "refer", "referred",
                           "codenamed"})
_PLAIN_RUN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,2}"
_NAMED_AS = re.compile(rf"(?: to)?(?: (?:it|this|them|these|our|the|proposed|new|resulting|[a-z]+ly)){{0,3}}"
                       rf"(?: (?:approach|method|model|framework|system|network|architecture|algorithm|agent|"
                       rf"pipeline|technique|benchmark|dataset|corpus|suite|module|variant))?(?: as)? [\"“']?({_PLAIN_RUN})"
                       rf"[\"”']?(?=[,.;:)]|\s(?:and|which|that|to|for|with|in|is|was|achieves|outperforms)\b|\s\(|$)")
# (quoted too: 'Our model, codenamed "Pixio", is ...')
# What may follow such a run: a method head noun ("a Dual-Latent Sharing scheme") or a function word; another
# lower-case word makes the run a modifier ("a Flexible Fetal US image generation framework"), and a function
# word before more capitals a longer name ("Next-Scale Autoregression Conditioned by View").
_AFTER_RUN = re.compile(r"\s+([a-z][\w-]*)(\s+[A-Z])?")
_RUN_HEADS = words("heads.model") | words("heads.run_heads")
_TASK_HEADS = words("heads.task")
# Enumerated parts of what a "we propose ..." sentence introduces: "(1) Prior-Guided Knowledge Distillation,
# where ...; (2) Deployment-Oriented Knowledge Transfer, ...".
# The paper's own system, named in apposition: "our final model, Nexus, achieves ...", "our approach, Foundry, is"
# (a plain word, which its shape does not find; a shaped one, "our model, ZorbNet", is found by that).
_OUR_NAMED = re.compile(
    rf"\b[Oo]ur (?:[a-z-]+ ){{0,2}}(?:model|method|framework|system|approach|agent|architecture|pipeline|network|"
    rf"algorithm|benchmark|dataset|tool|library), (?:called |named |dubbed )?[\"“']?({_PLAIN_RUN})[\"”']?"
    rf"(?=[,;:.)]|\s(?:is|was|achieves|outperforms|which|that)\b)")
# ... or with the paper as the subject: "This paper introduces Flowr, a novel agentic AI framework".
_PAPER_INTRO_ONE = re.compile(
    rf"\b(?:[Tt]his|[Oo]ur) (?:paper|work|study|article|report|letter) (?:[a-z]+ly |also |further |then |first )?"
    rf"(?:{alternation('cues.intro_verbs')}) ([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)(?=,\s+(?:an?|the)\s)")


def _paper_introductions(text: str, start: int) -> list[re.Match[str]]:
    """:data:`_PAPER_INTRO_ONE`'s matches in text order, tried only where a subject word stands (found with
    ``str.find``: a search over the whole abstract costs tens of microseconds, and few abstracts introduce a name
    this way)."""
    found = []
    for subject in ("This ", "this ", "Our ", "our "):
        at = text.find(subject, start)
        while at >= 0:
            if (one := _PAPER_INTRO_ONE.match(text, at)) is not None:
                found.append(one)
            at = text.find(subject, at + 1)
    return sorted(found, key=lambda m: m.start())


_WE_INTRO = re.compile(rf"[Ww]e (?:[a-z]+ly |also |further |then |first |additionally |next |here )?"
                       rf"(?:{alternation('cues.intro_verbs')})\b")
_ENUMERATED = re.compile(
    rf"(?:\(\s*(?:\d|[ivx]{{1,4}}|[a-e])\s*\)|(?<![\w(])\d\))\s+((?>{_TITLE_WORD}(?: {_TITLE_WORD}){{1,5}}))"
    r"(?=\s*[,:;.]|\s+(?:that|which|where|to|for|with)\b)")
_NOT_PARTS = re.compile(r"\b(?:challenges?|problems?|issues?|limitations?|questions?|findings?|observations?|"
                        r"insights?|settings?|scenarios?|tasks?)\b")
# A capitalised head ends the name itself: "the Stanford Kelp Treebank", "the Quokka Corpus".
_NAME_HEADS = frozenset({"Dataset", "Corpus", "Treebank", "Benchmark", "Database", "Collection", "Suite",
                         "Leaderboard", "Bench"})  # ("Pencil Puzzle Bench", "Agent Safety Bench")
# "X contains 12,000 images", "X, which consists of 40K annotated samples": a name that holds an amount of data.
_CONTENT_VERBS = frozenset({"contains", "consists", "comprises"})
_DATA_UNITS = alternation("units.data_items")
DATA_AMOUNT = re.compile(
    r" (?:of )?(?:over |about |around |approximately |nearly |more than |roughly )?\d[\d,.]*(?: \d{3})*"
    rf"(?:[KMB]|k| thousand| million| billion)?\+? (?:[a-z0-9][\w-]* ){{0,3}}(?:{_DATA_UNITS})\b")
_CONTAINED_BEFORE = re.compile(rf"(?<![\w.\-])((?:{_CAP} ){{0,2}}{_CAP})(?:,? which|,? that)? $")
# A competition is named in title case up to its head ("the NTIRE 2026 Image Shadow Removal Challenge", "the KDD
# Cup 2024", "the LSVOS Challenge"): the run of capitalised words, numbers and years before the head, and a year
# after it.
CONTEST_HEADS = frozenset({"Challenge", "Cup", "Competition"})
_CONTEST_WORD = r"(?:[A-Z][\w&+.'-]*|(?:19|20)\d\d|\d{1,3})"
_CONTEST_BEFORE = re.compile(rf"(?<![\w.\-])({_CONTEST_WORD}(?: {_CONTEST_WORD}){{0,6}}) $")
_CAPITAL_AFTER = re.compile(r" [A-Z][a-z]")
_CONTEST_YEAR = re.compile(r" (?:19|20)\d\d(?![\w-])")
# A coined name right after a lower-case data head: "the SAR VQA benchmark [SARLANG-Bench]".
_NAME_AFTER_HEAD = re.compile(r" (?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z0-9])[A-Za-z][\w-]*(?=[\s,.;:)]|$)")
_HOOK_WORDS = (_NAME_HEADS | _HEAD_WORDS | _PLURAL_WORDS | _EVAL_WORDS | _COMPONENT_HEADS | _WE | _CONTENT_VERBS
               | _SPLIT_WORDS | _NAMING_WORDS | _OUTDO_WORDS | _COMPARE_WORDS | _BASELINE_WORDS | _MODEL_PLURALS
               | CONTEST_HEADS
               | {"On", "Unlike"})
_COMPONENT_BEFORE = re.compile(
    r"\b(?:a|an|the|our|new|novel|called|named|dubbed|termed) ((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    r" ){0,3}[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)$")


# An architecture and its size written after a model's name: the checkpoint "DFN ViT-L/14", "SAM ViT-H",
# "SapBERT XLMR-Large" is one name (the lexicon already joins the known ones, "CLIP ViT-B/32").
_BACKBONE_AFTER = re.compile(r"[A-Za-z0-9] (?:ViT|DiT|Swin|ConvNeXt|XLMR|XLM-R)-[A-Z0-9]")


def _may_name_backbone(text: str) -> bool:
    """Whether :data:`_BACKBONE_AFTER` may match: it needs one of its words with the hyphen (case-sensitive).
    Six substring tests cost a fraction of the search, which runs on every Doc and almost never matches."""
    return "ViT-" in text or "DiT-" in text or "Swin-" in text or "ConvNeXt-" in text or "XLMR-" in text \
        or "XLM-R-" in text


BACKBONE_SPEC = re.compile(r"(?:ViT|DiT|Swin|ConvNeXt|XLMR|XLM-R)-(?:[A-Z][A-Za-z0-9+]*|\d+[A-Za-z]*)(?:/\d+)?")


def _with_backbone(doc: Doc, text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of a one-word model name and the architecture size written right after it (not a known set's:
    "a supervised ImageNet ViT-B/16 baseline" was trained on ImageNet)."""
    data = {g.start for g in doc.spans.get("mlkg_candidates", ()) if g.kb_id_.startswith(("dataset:", "benchmark:"))}
    longest: dict[int, int] = {}
    for start, end in ranges:
        longest[start] = max(end, longest.get(start, end))
    joined = []
    for start, end in dict.fromkeys(ranges):
        spec_end = longest.get(end)
        if spec_end is None or end - start != 1 or not doc[start].whitespace_ or start in data:
            continue
        first, spec = doc[start].text, text[doc[end].idx:doc[spec_end - 1].idx + len(doc[spec_end - 1])]
        if BACKBONE_SPEC.fullmatch(spec) and not BACKBONE_SPEC.match(first) and name_shape(first) is not None \
                and (start == 0 or doc[start - 1].text != "-"):
            joined.append((start, spec_end))
    return joined


def _name_parts(offset: int, text: str) -> list[tuple[int, int]]:
    """Character spans of the name(s) in a candidate string.

    "PIVOT-trained" -> "PIVOT" (a name with a descriptive suffix); "ResNet50/ViT-B32"
    -> two names; "ViT-L/14" stays whole; "3-shot" or "X-ray" -> nothing.
    """
    phrase = _PHRASE_TAIL.search(text)
    tail = _LOWER_TAIL.search(text)
    if phrase and " " not in text:
        text = text[: phrase.start()]  # "GPT-4o-as-judge", "Claude-3.5-as-a-judge": the model, in a role
    elif tail and " " not in text and tail.group(1) not in _NAME_TAILS and not _BENCH_SUBSET.search(text) \
            and not _EFFORT_TAIL.search(text):
        text = text[: tail.start()]
    text = text.rstrip("-")
    parts: list[tuple[int, int]] = []
    pieces = re.split(r"/(?=[A-Za-z]{2})", text) if "/" in text else [text]
    if len(pieces) > 1 and not all(re.search(r"[A-Za-z]{2}", p) for p in pieces):
        pieces = [text]
    pos = offset
    for piece in pieces:
        if name_shape(piece.split(" ")[0]) is not None or (" " in piece and name_shape(piece.split(" ")[0])):
            parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return parts


@lru_cache(maxsize=64)
def title_name(text: str) -> tuple[int, int] | None:
    """Offsets of a name that a title announces before its colon ("TinyViT: Fast ...") (cached: names, types
    and roles each ask it of the same text)."""
    first_line = text.split("\n", 1)[0]
    defined = _TITLE_DEFINED.match(first_line)
    if defined and name_shape(defined.group(1)) is not None:
        return defined.start(1), defined.end(1)
    match = _TITLE_PREFIX.match(first_line) or _REPORT_TITLE.fullmatch(first_line.strip())
    if not match:
        alone = first_line.strip().rstrip(":;,.- ")  # ("FractalNet:", a title cut after its name)
        if alone and " " not in alone and name_shape(alone) in ("mixed", "acronym", "alnum", "joined"):
            start = first_line.index(alone)
            return start, start + len(alone)  # "TextArena": a title that is the name alone
        return _title_phrase(text, first_line)
    prefix = _DOCUMENT_PART.sub("", match.group(1).strip())  # "HY-WU (Part I): ...": the name, not its part
    team = _AT_SHARED_TASK.match(prefix)
    if team is not None and name_shape(team.group(1)) is not None:
        start = first_line.index(prefix)  # "LogSigma at SemEval-2026 Task 3: ...": the system a team submitted
        return start, start + len(team.group(1))
    words = prefix.split()
    if len(words) in (2, 3) and words[0] == "The" and (name_shape(words[1]) in ("mixed", "acronym", "alnum", "joined")
                                                       or _written_without_article(text, prefix[4:], len(first_line))):
        prefix, words = prefix[4:], words[1:]  # "The NazoNazo Benchmark: ...": the article opens the title
        # ("The Reactor: ..." and the abstract's "an agent called Reactor"; but "the Pile" keeps its article)
    if len(words) > 3 or prefix.lower() in _PAPER_KINDS:
        return None
    if len(words) > 1 and words[0].lower() in _TITLE_OPENERS:
        return None  # "Towards World Simulator: ...": a phrase the title opens with, not what the paper names
    if len(words) > 1 and _GERUND.match(words[0]):
        return None  # "Securing AI Agents: ...", "Scaling FooNet: ...": what the paper does (names inside are found anyway)
    if len(words) == 3 and _GERUND.match(words[1]) and words[0].rstrip("s").upper() == words[0].rstrip("s") \
            and words[2].rstrip("s").upper() == words[2].rstrip("s") and not is_version(words[2]):  # ("BIS Reasoning
        # 1.0: ..." is a name with its release)
        return None  # "LLMs Improving LLMs: ...": a clause about a class, not a name
    if len(words) > 1 and _acronym_in_phrase(text, words, len(first_line)):
        return None  # "CLIP Meets Diffusion: ...", "That's So FETCH: ...": a phrase around the name
    lower_words = sum(1 for w in words if w[:1].islower() and "-" not in w and not _LETTER_VERSION.match(w)
                      and not is_version(w))  # ("Alice v1: ...")
    if lower_words >= 1 and len(words) > 1:
        return None
    if len(words) > 1 and not any(name_shape(w) in ("mixed", "acronym", "alnum") or is_version(w) or
                                  _LETTER_VERSION.match(w) or
                                  (name_shape(w) == "joined" and re.search(r"\d|[a-z][A-Z]|[A-Z]{2}", w))
                                  for w in words) and not SIZE_TOKEN.match(words[-1]) and not _agent_name(words) and \
            not _reused_capitalised(text, prefix, len(first_line)) and not _article_name(text, words, len(first_line)):
        return None  # "Measuring Image-Relation Alignment" is a phrase, not a name
    start = first_line.index(prefix)
    return start, start + len(prefix)


# A shared task's system paper: "LogSigma at SemEval-2026 Task 3", "CultranAI at PalmX 2025".
_AT_SHARED_TASK = re.compile(r"([A-Z][\w.+-]*) at \S.*?(?:(?:19|20)\d\d|\bTask\b|\bShared\b|\bChallenge\b)")
# A bracket after a title's name that says which part or version of the document this is: "(Part I)".
_DOCUMENT_PART = re.compile(r"\s*\((?:Part|Vol\.?|Volume|Extended|Technical|Short|Long|Preprint|Draft)\b[^()]*\)$")
_PHRASE_HEADS = frozenset({"benchmark", "bench", "dataset", "corpus", "suite", "challenge", "leaderboard", "arena"})
_DOCUMENT_KINDS = words("nonentity.document_kinds")


def _acronym_in_phrase(text: str, words: list[str], body_start: int) -> bool:
    """Whether a title's words are one acronym among plain capitalised words ("RANSAC Revisited", "Let's CONFER",
    "CLIP Meets Diffusion") that the abstract writes alone but never together, in any spelling: the paper's
    handle is the acronym, and the phrase around it is the title's wording."""
    phrase = " ".join(words).lower()
    if words[-1].lower() in _PHRASE_HEADS or any(phrase.endswith(" " + kind) for kind in _DOCUMENT_KINDS):
        return False  # "PRGB Benchmark: ...", "SKYLENAGE Technical Report: ...": the acronym and what it names
    acronyms = [w for w in words if name_shape(w) == "acronym"]
    if len(acronyms) != 1 or any(w != acronyms[0] and (name_shape(w) is not None or not w[:1].isupper()
                                                       or any(ch.isdigit() for ch in w)) for w in words):
        return False
    body = text[body_start:]
    if re.search(rf"(?<![\w-]){re.escape(acronyms[0])}(?![\w-])", body) is None:
        return False
    return re.sub(r"[^a-z0-9]", "", "".join(words).lower()) not in re.sub(r"[^a-z0-9]", "", body.lower())


_GERUND = re.compile(r"^[A-Z][a-z]{2,}ing$")
_TITLE_OPENERS = frozenset(words("function_words.title_openers"))
# A title that opens on its method's name in title case, up to an architecture head and the task after it:
# "Full-Resolution Residual Networks for Semantic Segmentation", "Locality-Attending Vision Transformer",
# "Gated-Attention Readers for Text Comprehension". A hyphenated capitalised compound marks the name (a bare
# "Convolutional Neural Networks for Sentence Classification" or "Deformable Convolutional Networks" names a
# kind of network, not one the paper makes).
_TITLE_PHRASE = re.compile(
    r"^(?:An?\s+)?((?:[A-Z0-9][\w]*(?:-[A-Za-z0-9][\w]*)*\s+){1,5}?"
    r"(?:Networks?|Nets?|Transformers?|Readers?|Parsers?|Trackers?|Decoders?|Encoders?|Autoencoders?|GANs?|"
    r"Models?|Regression|Distillation|Flow|SLAM))(?=\s+(?:for|on|with|via|in|using|from|towards)\s|\s*$)")
_CAPITAL_COMPOUND = re.compile(r"^[A-Z][a-z]+-(?:[A-Z][a-z]*|[Tt]o-[A-Z][a-z]+)$")


def _title_phrase(text: str, first_line: str) -> tuple[int, int] | None:
    """The method name a title without a colon opens on (see ``_TITLE_PHRASE``), when the abstract writes it
    again, in any case ("... we propose full-resolution residual networks (FRRNs)"): a phrase the abstract
    never repeats describes a model it names otherwise ("Body-Hand Modality Expertized Networks ..." for
    BHaRNet)."""
    match = _TITLE_PHRASE.match(first_line)
    if match is None:
        return None
    words = match.group(1).split()
    if _GERUND.match(words[0]) or words[0] in _TITLE_PRAISE or not any(
            _CAPITAL_COMPOUND.match(w) and not set(w.lower().split("-")) <= _MEDIA for w in words[:-1]):
        return None  # (a pair of media, "Vision-Language Foundation Model", is a kind of model)
    stem = re.escape(match.group(1).rstrip("s")).replace("\\ ", r"\s+")
    if re.search(rf"(?<![\w-]){stem}s?(?![\w-])", text[len(first_line):], re.IGNORECASE) is None:
        return None
    return match.start(1), match.end(1)


_MEDIA = frozenset({"vision", "language", "text", "image", "video", "audio", "visual", "speech", "action"})
_TITLE_PRAISE = frozenset({"Novel", "New", "Simple", "Unified", "General", "Generic", "Efficient", "Improved"})


def _written_without_article(text: str, name: str, body_start: int) -> bool:
    """Whether the abstract writes ``name`` without "the" before it ("called Reactor", "Reactor is")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[body_start:]):
        if not text[max(body_start, body_start + m.start() - 4):body_start + m.start()].lower().endswith("the "):
            return True
    return False


def _article_name(text: str, words: list[str], body_start: int) -> bool:
    """"The Well: ..." and the abstract writes "the Well" inside a sentence, the word capitalised after a
    lower-case article: a name that keeps its article, as "the Pile" and "the Stack" do."""
    if len(words) != 2 or words[0] != "The" or not re.fullmatch(r"[A-Z][a-z]+", words[1]):
        return False
    return re.search(rf"(?<=[a-z,;] )the {re.escape(words[1])}\b", text[body_start:]) is not None


def _reused_capitalised(text: str, prefix: str, body_start: int) -> bool:
    """"Agile Deliberation: ..." and the abstract writes "Agile Deliberation" again, capitalised,
    inside a sentence: the paper uses the phrase as its name (a title-case phrase comes back in
    lower case, or not at all)."""
    if not all(w[:1].isupper() for w in prefix.split()) or prefix.split()[0].lower().endswith("ing"):
        return False
    at = text.find(prefix, body_start)  # (each place it is written, not overlapping: a regex per title did so)
    while at >= 0:
        before = text[body_start:at].rstrip()
        if before and before[-1] not in ".!?:\n":
            return True
        at = text.find(prefix, at + len(prefix))
    return False


def agent_noun(word: str) -> bool:
    """"Predictor", "Harmonizer", "Encoder": a noun of what does something (not "Better", "Together")."""
    return len(word) > 4 and word.endswith(("er", "or")) and word.lower() not in _NOT_AGENTS \
        and not word.lower().endswith("ther")


def _agent_name(words: list[str]) -> bool:
    """"Pixel Reasoner", "Video Planner": capitalised words ending in an agent noun name a system,
    unlike a phrase ("Measuring Image Alignment", "Rethinking the Encoder")."""
    last = words[-1]
    return (all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and agent_noun(last) and not any(w.endswith("ing") for w in words))


# Words ending in -er/-or that are no agent: comparatives and adverbs ("Better Together", "Go Deeper"), and
# things, quantities and conditions ("Matrix Product Operator", "House Number", "Autism Spectrum Disorder").
_NOT_AGENTS = frozenset({
    "better", "faster", "deeper", "larger", "smaller", "longer", "stronger", "wider", "easier", "harder",
    "higher", "lower", "bigger", "greater", "cheaper", "safer", "smarter", "simpler", "clearer", "closer",
    "never", "ever", "under", "over", "after", "later", "sooner", "error", "matter", "paper", "layer",
    "power", "order", "color", "colour", "minor", "major", "mirror", "factor", "vector", "tensor",
    "number", "operator", "parameter", "indicator", "disorder", "cancer", "tumor", "tumour", "answer",
    "character", "behavior", "behaviour", "center", "centre", "cluster", "letter", "chapter", "member", "user",
    "water", "border", "register", "manner", "sensor", "sector", "transfer", "prior", "anchor", "barrier",
    "carrier", "frontier", "partner", "speaker", "interior", "exterior", "senior", "junior", "meter", "filter",
    "corridor", "floor", "door", "doctor", "donor", "trigger", "container", "marker", "poster", "quarter",
    "cover", "driver", "governor", "winter", "summer", "kronecker",
})


@Language.factory(
    "mlkg_names",
    assigns=["doc.spans", "doc._.mlkg_candidates"],
    default_config={},
)
def make_name_detector(nlp: Language, name: str) -> NameDetector:
    return NameDetector(nlp, name)


def lower_versioned(text: str) -> bool:
    """A lower-case versioned name by its shape alone ("gpt-4.1", "grok-3-mini"), not only an API id."""
    return bool(_LOWER_VERSIONED.match(text))


def _name_shaped(text: str) -> bool:
    """Whether a token with this text can start a name (URLs and e-mails aside): capital, digit or Greek
    letter, and name shape; or a lower-case versioned name (gpt-4.1)."""
    if starts_name(text) and name_shape(text) is not None:
        return True
    # (asked of every new word: the four lower-case shapes open on a lower-case letter, the first three hold a
    # hyphen and the fourth a capital, so most words skip their patterns)
    if not "a" <= text[:1] <= "z":
        return False
    if "-" in text and (_LOWER_VERSIONED.match(text) or LOWER_BENCH.match(text) or LOWER_API_ID.match(text)):
        return True
    return not text.islower() and bool(_LOWER_CODED.match(text)) \
        and text.split("-")[0].lower() not in _ADJECTIVE_PREFIXES


# An image resolution after a known name: "ImageNet 256x256", "ImageNet 512×512".
_RESOLUTION = re.compile(r"^\d{2,4}[x\u00d7]\d{2,4}$")
_SIDE = re.compile(r"^\d{2,4}$")  # one side of a resolution written with spaces: "256 x 256"
# A metric's name, whose number is a score, not a version ("FID 18.9", "AUROC 0.94").
_METRIC_WORD = re.compile(rf"^(?:{METRICS})$")
# Words joined by hyphens, which a title capitalises: "A Fine-Grained Benchmark" names nothing.
_WORD_COMPOUND = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+$")
# Capitalised head nouns that end a known name ("MMLU Benchmark", "Waymo Open Dataset"; not "the Foo dataset").
_NAMED_HEADS = frozenset({"Bench", "Benchmark", "Dataset", "Corpus"})


# A release written as a lower-case letter and its number after a name: "Kimi k1.5", "MiniMax m1" (not a
# rank, "LoRA r16", a CPU, "Intel i7", nor a factor, "x4"); or as one of the capital release letters with one
# digit: "Dolphin R1", "Kimi K2", "MiniMax M1", "Ernie X1" (not an MRI sequence, "T1", a norm, "L2", nor the
# coefficient of determination, "R2").
_LETTER_VERSION = re.compile(r"^(?:[a-hj-qs-uwyz]\d+(?:\.\d+)?|(?!R2\b)[RKMX]\d(?:\.\d)?|[A-Z]\d\.\d)$")  # ("GR00T N1.5")


def _tier(text: str) -> bool:
    """A release tier, or two joined: "Pro", "Flash-Lite" ("Gemini 2.5 Flash-Lite")."""
    return text in _TIERS or ("-" in text and all(part in _TIERS for part in text.split("-")))


@lru_cache(maxsize=65536)
def _continues_name_token(text: str) -> bool:
    """A token that may continue the name before it (a lexeme flag): see :func:`_extend_name`. (Cached: also asked
    per Doc of every marked token, whose texts recur.)"""
    # (each pattern tried only where its matches have their first letter: a digit first, one of the sizes'
    # initials, a digit second; a new word is asked this once)
    lead = text[:1]
    digit_first = lead.isdigit()
    return text in _NAMED_HEADS or (len(text) <= 4 and is_version(text)) or _tier(text) or \
        digit_first and (bool(_RESOLUTION.match(text)) or bool(_VERSION_TIER.match(text))) or \
        text in _SIZE_WORDS or digit_first and bool(SIZE_TOKEN.match(text)) or \
        lead in _LOWER_SIZE_INITIALS and bool(_LOWER_SIZE.match(text)) or \
        text[1:2].isdigit() and bool(_LETTER_VERSION.match(text)) or \
        lead.isupper() and bool(_TIER_VERSION.match(text))


def _bracket_open(doc: Doc, end: int) -> bool:
    """Is a bracket open before token ``end`` (within 20 tokens)? "(e.g., VideoLLaMA 3)" closes one; "GLM-4
    1) rivals GPT-4, 2) ..." numbers a list item."""
    for tok in reversed(doc[max(0, end - 20):end]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            return True
    return False


_TWO_DECIMALS = re.compile(r"\d+\.\d\d")
_POSSESSIVE = frozenset({"'s", "’s"})  # "Llama 3 8B's accuracy": the size before it stays with the name


# A decimal too large for a release number: the name's score ("ProfBench 65.9"), not its version.
_SCORE_NOT_VERSION = re.compile(r"(?:[2-9]\d|\d{3,})\.\d+")


def _extend_name(doc: Doc, end: int, known: bool = False) -> int:
    """Where a name ending before token ``end`` really ends: a version ("VideoLLaMA 3"), "Bench", a tier
    after a version ("Gemini 2.5 Pro", "GPT-4o mini") and a model size ("LLaMA2 7B", "Mistral 7B")."""
    n = len(doc)
    versioned = any(ch.isdigit() for ch in doc[end - 1].text)
    if end < n:
        nxt = doc[end]
        after = doc[end + 1].text if end + 1 < n else ""
        if known and _RESOLUTION.match(nxt.text) and doc[end - 1].whitespace_:
            return end + 1  # "ImageNet 256x256": a known set at one resolution
        if known and end + 3 <= n and _SIDE.match(nxt.text) and doc[end + 1].text in ("x", "\u00d7") \
                and _SIDE.match(doc[end + 2].text) and doc[end - 1].whitespace_:
            return end + 3  # "ImageNet 256 x 256", spaced
        if nxt.text in _NAMED_HEADS:
            in_title = not 0 <= doc_text(doc).find("\n") < nxt.idx  # a title capitalises every word
            if nxt.text in ("Bench", "Benchmark") and not (in_title and _WORD_COMPOUND.match(doc[end - 1].text)):
                return end + 1  # "Foo Bench", not "A Fine-Grained Benchmark" of a title
            if known and nxt.text in ("Dataset", "Corpus") and not in_title:
                return end + 1  # "the Waymo Open Dataset" ("the KelpX3 Dataset" of a coined name is KelpX3)
        if (nxt.text in _TIERS and not versioned and is_version(after) and len(after) <= 4 and doc[end - 1].whitespace_
                and nxt.whitespace_ and (end + 2 == n or doc[end + 1].whitespace_ or doc[end + 2].is_punct)
                and not _QUANTITY_NEXT.match(doc[end + 2].text if end + 2 < n else "")):
            end += 2  # a tier before the version: "Mistral Medium 3.1", then maybe a size ("Qwen Coder 2.5 7B")
            versioned = True
        elif known and (_VERSION_TIER.match(nxt.text) or not versioned and _TIER_VERSION.match(nxt.text)) \
                and doc[end - 1].whitespace_:
            end += 1  # "Qwen 3.7-Plus", "Phi 3.5-MoE": a version joined to its tier or variant ("Claude Opus-4.6")
            versioned = True
        elif _LETTER_VERSION.match(nxt.text) and doc[end - 1].whitespace_ and (
                not versioned or nxt.text[:1].isupper() and "." in nxt.text) \
                and doc[end - 1].text[:1].isupper() and (nxt.whitespace_ or end + 1 == n or doc[end + 1].is_punct) \
                and not _METRIC_WORD.match(doc[end - 1].text):  # "AUC M1": a metric's variant
            end += 1  # "Kimi k1.5", "MiniMax m1": a release letter with its number
            versioned = True
        elif (is_version(nxt.text) and len(nxt.text) <= 4 and doc[end - 1].whitespace_
                and (nxt.whitespace_ or end + 1 == n or doc[end + 1].is_punct or doc[end + 1].text in _POSSESSIVES)
                and not (not nxt.whitespace_ and after == "-")  # "OSWorld 15-step": a count joined to its unit
                and not (_QUANTITY_NEXT.match(after) and nxt.text[:1].isdigit()  # "v2 benchmark" counts nothing
                         and not (known and _YEAR_OF_A_SET.match(nxt.text) and after in ("dataset", "benchmark")))
                and not _METRIC_WORD.match(doc[end - 1].text)
                and not (after == ")" and nxt.text.isdigit() and not _bracket_open(doc, end))  # "GLM-4 1) rivals"
                and not (versioned and _TWO_DECIMALS.match(nxt.text))  # "WikiText-2 5.47 to 4.91": a score
                and not _SCORE_NOT_VERSION.fullmatch(nxt.text)  # "APEX-v1 64.2, ProfBench 65.9": scores
                and not (after in ("to", "→") and "." in nxt.text)):  # "MMLU 45.1 to 52.3": a score that changes
            end += 1
            versioned = True
    if end < n and (_tier(doc[end].text) if versioned else doc[end].text in _BARE_TIERS) and doc[end - 1].whitespace_:
        end += 1  # "Gemini 2.5 Pro"; a release tier needs no version: "Nano Banana Pro", "FooNet Ultra"
    elif known and end < n and _LOWER_SIZE.match(doc[end].text) and doc[end - 1].whitespace_ and \
            (end + 1 == n or doc[end + 1].lower_ not in _NOT_AFTER_SIZE) and \
            not _SIZED_OR_DECIMAL.search(doc[end - 1].text) and \
            not (doc[end].lower_ == "base" and end + 1 < n and doc[end + 1].lower_ in ("model", "models")):
        end += 1  # "Whisper large-v3", "GPT-2 small" (not the effort of "GPT-5.2 medium", the "Qwen3-8B base" model,
        # nor "a DiT base model": the untuned model)
    elif end < n and doc[end].text in _SIZE_WORDS and doc[end - 1].whitespace_ and (known or _CODED.search(doc[end - 1].text)) \
            and not (end + 1 < n and doc[end + 1].text[:1].isupper() and doc[end].whitespace_) \
            and 0 <= doc_text(doc).find("\n") < doc[end].idx:  # (a title capitalises words: "Making LLaVA Tiny")
        end += 1  # "ViT Base", "Swin Tiny": an architecture's size (not "ViT Large Language Models")
    if end < n and doc[end].text in _SECOND_TIERS and doc[end - 1].text in _TIERS and doc[end - 1].whitespace_:
        end += 1  # "Gemini 2.0 Flash Thinking", "Gemini 3 Pro Preview", "Claude 3.7 Sonnet Thinking": a second tier
    if end < n and SIZE_TOKEN.match(doc[end].text) and doc[end - 1].whitespace_ and \
            (end + 1 == n or doc[end].whitespace_ or doc[end + 1].is_punct or doc[end + 1].lower_ in _POSSESSIVE) and \
            not (end + 2 < n and doc[end + 1].lower_ in ("and", "or", ",", "/") and SIZE_TOKEN.match(doc[end + 2].text)):
        end += 1  # but "Llama-3 3B and 8B models" names two sizes of one family
        if end < n and doc[end].text in _TIERS and doc[end - 1].whitespace_ and doc[end].text[:1].isupper():
            end += 1  # "Llama 3 70B Chat", "Mixtral 8x22b Instruct": a release after the size
    return end


def _written_alone(text: str, name: str, start: int) -> list[int]:
    r"""Where ``name`` is written as words of their own from ``start`` on, not overlapping (the matches of the
    regex (?<![\w-])name(?![\w-]), without compiling one per name)."""
    out = []
    at = text.find(name, start)
    while at >= 0:
        if _stands_alone(text, at, at + len(name)):
            out.append(at)
            at = text.find(name, at + len(name))
        else:
            at = text.find(name, at + 1)
    return out


def lower_word_in(text: str, word: str) -> bool:
    """Whether ``word`` is also written in lower case in ``text``: then it is an ordinary word."""
    # (str.find and the characters either side, as the regex (?<![\w-])word(?![\w-]) would: not a regex per word)
    low = word.lower()
    start = text.find(low)
    while start >= 0:
        if _stands_alone(text, start, start + len(low)):
            return True
        start = text.find(low, start + 1)
    return False


def _stands_alone(text: str, start: int, end: int) -> bool:
    r"""Whether no letter, digit, "_" or "-" joins ``text[start:end]`` on either side (``[\w-]`` in a regex)."""
    return not (start and (text[start - 1].isalnum() or text[start - 1] in "_-")) and \
        not (end < len(text) and (text[end].isalnum() or text[end] in "_-"))


def _plain_name(text: str, start: int, end: int, *, sentence_start_ok: bool = False,
                language_ok: bool = False) -> tuple[int, int] | None:
    """The name part of a capitalised phrase (a sentence's first word and stop words trimmed), or None
    when it is ordinary words: capitalised only at a sentence start, or written in lower case elsewhere."""
    words_ = text[start:end].split(" ")
    before = text[max(0, start - 20):start]
    stripped = before.rstrip()
    if not sentence_start_ok and ((start <= 20 and not stripped) or "\n" in before[len(stripped):]
                                  or stripped[-1:] in (".", "!", "?", ":")):
        start += len(words_[0]) + 1
        words_ = words_[1:]
    while words_ and words_[0].lower() in NEVER_NAME:
        start += len(words_[0]) + 1
        words_ = words_[1:]
    if not words_ or any(w.lower() in NEVER_NAME for w in words_) or (len(words_) == 1 and len(words_[0]) < 2) \
            or (all if language_ok else any)(w.lower() in _LANGUAGE_NAMES for w in words_):
        return None  # (a language is no name, "the Roman Urdu dataset"; before a name's own capital head, with
        # other words, it may be: "the Tajik Web Corpus")
    if all(PLAIN_WORD.match(w) and (lower_word_in(text, w) or w.lower() in _DATA_MODIFIERS
                                     or w.lower() in _LANGUAGE_NAMES) for w in words_):
        return None  # ordinary words: "the Training dataset", "the Synthetic Image corpus", "the English Training set"
    return start, start + len(" ".join(words_))


# A capitalised word before a known model that makes the paper's variant of it, mid-sentence after an article or
# before a part's head noun: "the Memory Mamba network", "a modular Phase ControlNet branch" (not a kind,
# "the Vanilla Transformer", nor a language's model: "a German BERT model").
_ARTICLES = frozenset({"the", "a", "an", "our", "its", "their", "this"})
_PART_HEADS = frozenset({"branch", "network", "block", "module", "baseline", "backbone", "architecture", "encoder",
                         "decoder", "layer", "head", "unit", "variant"})
_KIND_WORDS = words("adjectives.kind_before_known")


def _word_before_known(doc: Doc, start: int, end: int) -> bool:
    """Whether the word before a known model names the paper's variant of it (see above); only before a one-word
    known model of a coded shape or an architecture's word ("Information Gain" and "Attack" of the lexicon are
    other things)."""
    word, before = doc[start - 1], doc[start - 2]
    if end - start != 1 or not (_CODED.search(doc[start].text) or doc[start].text in ("Transformer", "Mamba")):
        return False
    if not (word.is_alpha and word.is_title and len(word) > 3 and word.whitespace_) or word.is_sent_start \
            or word.is_stop or not before.text.islower() or word.lower_ in _KIND_WORDS \
            or word.lower_ in _LANGUAGE_NAMES or (end < len(doc) and doc[end].text[:1].isupper()):
        return False  # (nor a word of a longer capitalised name: "the Temporal Kolmogorov-Arnold Networks")
    if 0 <= doc_text(doc).find("\n") > word.idx:
        return False  # a title capitalises every word
    return before.lower_ in _ARTICLES or (end < len(doc) and doc[end].lower_.rstrip("s") in _PART_HEADS)


def _coined_before_known(doc: Doc, span: Span, taken: set[tuple[int, int]]) -> bool:
    """Whether a headed name ends in a known name and opens on coined words, each of a name's shape with a capital
    inside or a digit ("VQualA FIQA"), not plain capitalised ones ("Stanford", "Chinese")."""
    inside = [(s, e) for s, e in taken if s < span.end and span.start < e]
    if not inside or any(s < span.start or e > span.end for s, e in inside):
        return False
    first = min(s for s, _ in inside)
    return first > span.start and max(e for _, e in inside) == span.end and all(
        name_shape(doc[i].text) in ("mixed", "alnum") for i in range(span.start, first))


def _extends_known(doc: Doc, span: Span, taken: set[tuple[int, int]]) -> bool:
    """Whether a headed name starts with a known name and goes on in capitalised words that are not a
    split or a kind of data: "Yelp Review Polarity", "Open Images V4" ("the ImageNet Validation set" does not)."""
    inside = [(s, e) for s, e in taken if s < span.end and span.start < e]
    if not inside or any(s < span.start or e >= span.end for s, e in inside):
        return False
    if min(s for s, _ in inside) != span.start:
        return False
    last = max(e for _, e in inside)
    # (not a split, a kind of data, a language pair or a compound of words: "WMT14 English-French",
    # "MPII Multi-Person", "BFCL V3 Multi-turn")
    return all((doc[i].text[:1].isupper() or doc[i].text[:1].isdigit())
               and ("-" not in doc[i].text or _DIGIT.search(doc[i].text))
               and doc[i].lower_ not in _DATA_MODIFIERS and doc[i].lower_ not in _SPLIT_WORDS
               and doc[i].lower_ not in _LANGUAGE_NAMES for i in range(last, span.end))


def _continues_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` is capitalised (not a stop word) or holds a digit: the name may
    begin earlier ("Time-Of-Flight Magnetic Resonance Angiography dataset", "8-Calves Image dataset")."""
    before = text[max(0, start - 40):start]
    if not before.endswith(" "):
        return False
    words_ = before.split()
    word = words_[-1] if words_ else ""
    if word in ("of", "for") and len(words_) >= 3 and words_[-2][:1].isupper() and words_[-2][-1].isalnum() \
            and words_[-2].lower() not in NEVER_NAME and not words_[-3].endswith((".", ":", ";", "!", "?")):
        return True  # "Wyoming Department of Transportation corpus": the name's start is further back (not a
        # sentence's first word: "Evaluation of Quokka dataset")
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and word.lower() not in NEVER_NAME \
        and word[-1].isalnum()


def _hook_or_continuation(text: str) -> bool:
    """A lexeme flag: a token that may start or end a context that names something, or continue a name."""
    return text in _HOOK_WORDS or _continues_name_token(text)


def _starts_name_token(text: str) -> bool:
    """A lexeme flag: :func:`_name_shaped`, URLs and e-mail addresses aside."""
    return _name_shaped(text) and not like_url(text) and not like_email(text)


# A Roman numeral that numbers a named head's edition: "Chronos Benchmark II", "Kelp Dataset III".
# A head word that, with the noun after it, names a task the words before qualify ("High-IPC Dataset
# Distillation", "Robust Model Merging"): no name ends on that head.
HEAD_AS_TASK = frozenset({"distillation", "condensation", "pruning", "selection", "curation", "compression",
                          "synthesis", "shift", "bias", "merging", "editing"})
_TASK_AFTER_HEAD = re.compile(r" ([a-z]+)\b", re.IGNORECASE)
# A single title-case word and "and" right after "the", before a headed name's one word: the first half of a name
# with "and" in it ("the [Touch and] Go dataset"), not a list ("on ImageNet and COCO datasets" has no "the").
# ("the Bias in Bios dataset", "the multimodal Reading in the Wild dataset")
_AND_NAME_BEFORE = re.compile(r"(?:(?<=\bthe )|(?<=[a-z]al )|(?<=[a-z]-scale ))"
                              r"([A-Z][a-z]+ (?:and|in|of|on|with) (?:the )?)$")
_HEAD_NUMERAL = re.compile(rf" {EDITION_NUMERALS}(?![\w-]|\.\w)")


def _data_head_start(text: str, start: int, word: str) -> int | None:
    """Where a head word starts, with "data" of "data set(s)"; None for a bare "set"."""
    if word in ("set", "sets"):
        return start - 5 if text[max(0, start - 5):start] == "data " else None
    return start


def _spells(words: list[str], short: str) -> bool:
    """Whether the words' initials spell the short form's capitals ("Lookahead PArallel Decoding" -> LoPA)."""
    capitals = [ch for ch in short if ch.isupper()]
    uppers = iter(ch for w in words for ch in w if ch.isupper())  # the capitals a coinage takes: "PArallel"
    return len(capitals) >= 2 and words[0][:1] == capitals[0] and all(ch in uppers for ch in capitals)


def _in_subtitle(text: str, at: int) -> bool:
    """Whether ``at`` is in a title's subtitle that describes the name before the colon ("X: A ... Benchmark")."""
    title_end = text.find("\n")
    colon = text.find(": ", 0, title_end if title_end >= 0 else len(text))
    return colon >= 0 and colon < at and (title_end < 0 or at < title_end) and bool(
        re.match(r": (?:A|An|The)\s", text[colon:colon + 6]))


def _opens_sentence(text: str, start: int, title_end: int) -> bool:
    """Whether the word at ``start`` opens a sentence of the abstract (after a line break or ". ")."""
    return start > title_end and (text[start - 1] == "\n" or text[start - 2:start] == ". ")


def _phrase_names(text: str, hooks: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Names that their context, not their shape, reveals: (start, end, source). ``hooks`` are the
    (word, start, end) of the Doc's hook tokens: reading around them is cheaper than scanning the text."""
    found: list[tuple[int, int, str]] = []
    title_end = text.find("\n")
    for word, start, end in hooks:
        named = word in _NAME_HEADS
        hook_start = start if named else _data_head_start(text, start, word) if word in _HEAD_WORDS else None
        if hook_start is None or hook_start < 2 or text[hook_start - 1] != " " or \
                not text[hook_start - 2].isalnum():
            continue
        match = _HEADED_BEFORE.search(text, max(0, hook_start - 80), hook_start)
        if match is None or match.start() < title_end or _continues_name(text, match.start()):
            continue  # title case, or a longer name whose start we cannot tell ("Shanghai Library Corpus corpus")
        span = _plain_name(text, *match.span(1), language_ok=named)
        if span and not any(c.isalpha() for c in text[span[0]:span[1]]):
            continue  # "Across 13 benchmark scenes": a count, once the sentence's first word is dropped
        if span and text.endswith("& ", 0, span[0]):
            continue  # "(Event-Level & Time-Sensitive Video Understanding Benchmark)": the name began before "&"
        if span and named and not (all(PLAIN_WORD.match(p) for w in text[span[0]:span[1]].split(" ")
                                       for p in w.split("-"))  # (hyphened too: "Ambiguous-Prompt Benchmark")
                                   and text[max(0, span[0] - 3):span[0]] not in (" a ", "an ")):
            continue  # "ExCap3D Dataset" is ExCap3D; "a Mined Factor Database" is a part, not a name
        if named and (task := _TASK_AFTER_HEAD.match(text, end)) and task.group(1).lower() in HEAD_AS_TASK:
            continue  # "the Kelp Dataset Distillation method": the head opens a task's name
        if not named and _NAME_AFTER_HEAD.match(text, end):
            continue  # "on the SAR VQA benchmark SARLANG-Bench": the words before the head describe the name after it
        if span and (joined := _AND_NAME_BEFORE.search(text, max(0, span[0] - 30), span[0])) is not None:
            span = (joined.start(1), span[1])  # "the Touch and Go dataset", "the Map and Locate benchmark": one name
        if span:
            numbered = _HEAD_NUMERAL.match(text, end) if named else None
            found.append((span[0], numbered.end() if numbered else end if named else span[1], "headed"))
    for word, start, end in hooks:
        if word not in CONTEST_HEADS or start < title_end or _CAPITAL_AFTER.match(text, end):
            continue  # (nor "the Live Challenge Day": the name goes on past the head)
        match = _CONTEST_BEFORE.search(text, max(0, start - 90), start)
        span = _plain_name(text, *match.span(1)) if match else None
        if span and text[span[0]:span[1]].lower() not in NEVER_NAME:
            year = _CONTEST_YEAR.match(text, end)
            found.append((span[0], year.end() if year else end, "contest"))
    for word, start, end in hooks:
        if word not in _SINGLE_DATA_WORDS or start < title_end:
            continue
        match = _APPOSED_DATA_BEFORE.search(text, max(0, start - 100), start)
        span = _plain_name(text, *match.span(1)) if match else None
        if span and text[span[0]:span[1]].lower() not in NEVER_NAME:
            found.append((*span, "headed"))  # "we employ Costra, a complex sentence transformation dataset"
    for word, start, end in hooks:
        if word not in _CONTENT_VERBS or not DATA_AMOUNT.match(text, end) or start < title_end:
            continue
        match = _CONTAINED_BEFORE.search(text, max(0, start - 60), start)
        if match is not None and not _continues_name(text, match.start()):
            span = _plain_name(text, *match.span(1), sentence_start_ok=True)
            if span:
                found.append((*span, "headed"))
    lists: list[tuple[int, str, bool]] = []  # (where, the list, whether its acronyms are names too)
    evaluated_on: set[int] = set()  # (where the lists of what experiments are run on start)
    for word, start, hook_end in hooks:
        if word in _SINGLE_DATA_WORDS and (bracket := _DATA_BRACKET.match(text, hook_end)) is not None \
                and _ONE_BEFORE.search(text, max(0, start - 60), start):
            lists.append((bracket.start(1), bracket.group(1), True))  # "and one medical dataset (Universal Medical)"
        hook_start = _data_head_start(text, start, word) if word in _PLURAL_WORDS else None
        if hook_start is None:
            continue
        after = _LIST_AFTER_HEAD.match(text, hook_end)
        if after and (after.group(1) or _COUNTED_BEFORE.search(text, max(0, hook_start - 60), hook_start)):
            group = 1 if after.group(1) else 2
            lists.append((after.start(group), after.group(group), True))
        if (bracket := _DATA_BRACKET.match(text, hook_end)) is not None:
            lists.append((bracket.start(1), bracket.group(1), True))  # "three industrial datasets (A, B, and C)"
        if text[hook_start - 2:hook_start - 1].isalnum():
            before = _LIST_BEFORE_HEAD.search(text, max(0, hook_start - 150), hook_start)
            if before:
                lists.append((before.start(1), before.group(1), True))
    for word, start, hook_end in hooks:
        items = _EVAL_LIST.match(text, hook_end + 1) if word in _EVAL_WORDS else None
        if items:
            group = 1 if items.group(1) else 2
            lists.append((items.start(group), items.group(group), False))
            evaluated_on.add(items.start(group))
        if word in _SPLIT_WORDS and _SPLIT_BEFORE.search(text, max(0, start - 20), start):
            items = _SPLIT_OF.match(text, hook_end)
            if items:
                lists.append((items.start(1), items.group(1), False))
        if word in _OUTDO_WORDS or word in _COMPARE_WORDS:
            items = (_OUTDONE if word in _OUTDO_WORDS else _COMPARED).match(text, hook_end)
            if items:
                group = 1 if items.group(1) else 2
                lists.append((items.start(group), items.group(group), False))
        if word in _BASELINE_WORDS:
            items = _BASELINES.match(text, hook_end)
            if items:
                lists.append((items.start(1), items.group(1), False))
        if word in _MODEL_PLURALS:
            items = _BRACKET_LIST.match(text, hook_end)
            if items:
                lists.append((items.start(1), items.group(1), True))
        if word == "Unlike" and _opens_sentence(text, start, title_end):
            items = _UNLIKE.match(text, hook_end)
            if items:
                lists.append((items.start(1), items.group(1), False))
        if word == "On" and _opens_sentence(text, start, title_end):
            items = _ON_OPENING.match(text, hook_end)
            sentence_end = text.find(". ", hook_end)
            if items and _DIGIT.search(text, items.end(), sentence_end if sentence_end > 0 else len(text)):
                # a sentence that reports a number on it ("On Quokka, ours reaches 81.2%"; not "On Linux, ...")
                lists.append((items.start(1), items.group(1), False))
    if "% on " in text:  # "11% on Game of 24, 20% on Checkmate-in-One": what a score is on is named data
        for m in _SCORED_ON_NAME.finditer(text, max(title_end, 0)):
            span = _plain_name(text, m.start("name"), m.end("name"), sentence_start_ok=True)
            words_ = text[span[0]:span[1]].lower().split() if span else []
            if words_ and " ".join(words_) not in NEVER_NAME and words_[0] not in _NOT_SCORED_ON \
                    and words_[0] not in _LANGUAGE_NAMES and words_[-1] not in _MEASURED_LAST:
                found.append((*span, "listed"))
    for pos, group, acronyms in lists:
        evaluated = pos in evaluated_on
        for item in LIST_SPLIT.split(_NOTES.sub("", group)):
            start = text.find(item, pos)
            pos = start + len(item)
            if evaluated and " " in item and item.rsplit(" ", 1)[1].lower() in _TASK_HEADS:
                continue  # "experiments on Image Classification, Object Detection, ...": tasks, in capitals
            if all(PLAIN_WORD.match(w) for w in item.split(" ")):
                span = _plain_name(text, start, pos, sentence_start_ok=True)
                if span:
                    found.append((*span, "listed"))
            elif acronyms and _LISTED_ACRONYM.fullmatch(item) and item.lower() not in NEVER_NAME \
                    and _is_whole_word(text, start, pos) and f"({item})" not in text:
                found.append((start, pos, "listed"))  # "the C3 and URO benchmarks" (a task's, "the QA and NLI
                # datasets", is a Generic word of the lexicon, which keeps it out; a defined one, "bilingual lexicon
                # induction (BLI)", is its definition's to name; and only in a list of data or of bracketed models:
                # "outperforms TIE and RIE methods" lists tasks' acronyms)
    return found


_LISTED_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def _is_whole_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is not part of a longer word ("RAGEC" of "DeRAGEC")."""
    return start >= 0 and not (start and (text[start - 1].isalnum() or text[start - 1] in "-_")) and not (
        end < len(text) and (text[end].isalnum() or text[end] in "-_"))


# A capitalised phrase a percentage is stated on, up to the clause's end: "51% on Checkmate-in-One".
# (Plain words only: a name with a digit or an inner capital is found by its shape, "VisDrone2019-DET-val".)
_SCORED_ON_NAME = re.compile(r"\d%\s+on\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*"
                             r"(?:\s+(?:of\s+|in\s+)?(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*|\d+)){0,3})"
                             r"(?=\s*(?:[,;.)]|and\b|or\b|$))")
_NOT_SCORED_ON = frozenset({"average", "mean", "overall", "total", "all", "both", "each", "top"})
# Last words of what a score measures, not where: "100% on Dynamic Degree", "on Subject Consistency".
_MEASURED_LAST = frozenset({"degree", "consistency", "quality", "score", "accuracy", "smoothness", "rate", "fidelity",
                            "alignment", "flickering", "dynamics", "aesthetics"})
_TC_REST = r"[a-z]+(?:-[A-Za-z][a-z]+)*"  # a capitalised word after its capital
# The capital comes first and the look-behind after it ("no word character before that capital"): a pattern
# that opens with a character class lets the regex engine skip ahead to the next capital instead of trying
# every position of the text, which made this search 2x faster.
_TC_RUN = re.compile(rf"[A-Z](?<![\w-][A-Z]){_TC_REST}(?:\s(?:(?:of|for|and)\s)?[A-Z]{_TC_REST}){{1,7}}(?![\w-])")


_JOINED_RUN = re.compile(r" (?:and|or) ")
_DETERMINED = re.compile(r"(?<![\w-])(?:a|an|the|our|its|their|each|this)\s(?:[a-z][a-z-]+\s)?$")


# Function words that open a sentence, never a name: a run they start is a sentence start (not "Novel ...").
_OPENING_WORDS = frozenset({"for", "in", "on", "with", "to", "from", "by", "at", "of", "as", "and", "or", "but", "the",
                            "a", "an", "this", "these", "those", "that", "we", "our", "it", "its", "when", "while",
                            "if", "after", "before", "since", "because", "although", "however", "thus", "then"})


_LOWER_PART_WORD = re.compile(r"^[A-Z][a-z]+-[a-z]")
_HONORIFICS = frozenset({"Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Dean", "President"})


def _title_case_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words inside an abstract's sentences ("the Side-View Normal Discriminator"):
    ML abstracts capitalise the names of their parts; whether a run is one is for the decider, which
    learned it from the gold (proposed for recall: the rules keep few of them)."""
    body = text.find("\n")
    if body < 0:
        return []
    out = []
    for m in _TC_RUN.finditer(text, body):
        if _tc_run_kept(text, m.start(), m.end()):
            out.append((m.start(), m.end()))
    return out


def _tc_run_kept(text: str, start: int, end: int) -> bool:
    """Whether a run of capitalised words may be a name (see :func:`_title_case_runs`)."""
    words = text[start:end].split()
    if len(words) < 3 and "-" not in text[start:end] and not _DETERMINED.search(text, max(0, start - 30), start):
        return False  # two words: only as a noun after a determiner ("a Fact Executor", "the dedicated Step Planner")
    last = start  # the last character before the run that is not a space (not a copy of the text)
    while last > 0 and text[last - 1].isspace():
        last -= 1
    if not last or text[last - 1] in ".!?:\n":
        return False  # a sentence's first word is capitalised anyway
    if words[0].lower() in _OPENING_WORDS:
        return False  # "For English Czech, ...": a sentence the splitter did not see start
    if words[0] in _HONORIFICS:
        return False  # "led by Professor Charlie Goldenberg": a person
    # "(2) Over-densification of Gaussians occurs": an item opens like a sentence, and the rest is no title ("(1)
    # Sub-score Dynamic Weighting, which ..." is a name)
    return not (_LOWER_PART_WORD.match(words[0]) and any(w[:1].islower() for w in words[1:])
                and ENUM_BEFORE.search(text, max(0, last - 8), start))


def _component_names(doc: Doc, text: str, hooks: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Title-case components the paper introduces: "we propose a Cross-Scale Fusion Block"."""
    found: list[tuple[int, int, str]] = []
    for word, hook_start, _ in hooks:
        if word not in _WE:
            continue
        if _WE_INTRO.match(text, hook_start):
            _, sentence_end = sentence_bounds(doc, hook_start)
            # (a closing bracket first: every item's number has one, and most sentences none)
            items = _ENUMERATED.finditer(text, hook_start, sentence_end) \
                if text.find(")", hook_start, sentence_end) >= 0 else ()
            for item in items:
                if _NOT_PARTS.search(text, hook_start, item.start()):
                    break  # "we address three challenges: (1) Narrative Fragmentation: ..."
                if item.group(1).split()[0].lower() not in NEVER_NAME:
                    found.append((item.start(1), item.end(1), "introduced"))
        one = _INTRO_ONE.match(text, hook_start)
        if one and one.group(1).lower() not in NEVER_NAME:
            found.append((one.start(1), one.end(1), "introduced"))
        match = _INTRO_RUN.match(text, hook_start)
        if match is None or any(w in NEVER_NAME for w in match.group(1).split()):
            continue  # "we propose to use Gaussian Splatting": the name is not what is introduced
        after = _AFTER_RUN.match(text, match.end(2))
        if after and after.group(1) not in _RUN_HEADS and (after.group(1) not in NEVER_NAME or after.group(2)):
            continue
        run = match.group(2).split(" ")
        end = match.end(2)
        if len(run) >= 3 and name_shape(run[-1]) in ("acronym", "mixed", "alnum", "joined") and (
                run[-2] in _NAME_HEADS or _spells(run[:-1], run[-1])):
            continue  # "we introduce a Multi-Image Relational Benchmark MIRB", "Lookahead PArallel Decoding LoPA": the
            # coined name after its head or its long form, found by its shape
        if run[-1] in _NAME_HEADS and not all(PLAIN_WORD.match(w) for w in run[:-1]):
            end -= len(run[-1]) + 1  # "the KelpX3 Dataset" introduces KelpX3
            run = run[:-1]
        if len(run) >= 2 and run[0].lower() not in NEVER_NAME and run[-1].lower() not in CLAIM_HEADS:
            found.append((match.start(2), end, "introduced"))
    for word, hook_start, hook_end in hooks:
        named = _NAMED_AS.match(text, hook_end) if word in _NAMING_WORDS else None
        if named and named.group(1).split()[0].lower() not in NEVER_NAME and \
                not text.startswith(" after", hook_end) and \
                not _CLAIM_NAMED.search(text, max(0, hook_start - 60), hook_start):
            # ("named after Quokka" names no new thing; nor does "a phenomenon we term Energy Decay")
            found.append((named.start(1), named.end(1), "introduced"))
    for named in _OUR_NAMED.finditer(text, text.find("\n") + 1):
        if named.group(1).split()[0].lower() not in NEVER_NAME:
            found.append((named.start(1), named.end(1), "introduced"))
    for one in _paper_introductions(text, text.find("\n") + 1):
        if one.group(1).lower() not in NEVER_NAME:
            found.append((one.start(1), one.end(1), "introduced"))
    for word, hook_start, end in hooks:
        if word not in _COMPONENT_HEADS or text[hook_start - 1:hook_start] != " ":
            continue
        hook_start -= 1
        match = _COMPONENT_BEFORE.search(text, max(0, hook_start - 120), hook_start)
        if match is None or text[end:end + 1] == "-" or text[end:end + 3].lstrip().startswith("("):
            continue  # "Block-wise"; "Fusion Block (FB)" is defined by its acronym
        start = match.start(1)
        if match.group(1).split()[0].lower() in NEVER_NAME:
            continue
        sentence_start, _ = sentence_bounds(doc, start)
        if INTRO.search(text, sentence_start, start):
            found.append((start, end, "introduced"))
    return found


_DOTTED = re.compile(r"^(?:v?\d+\.\d+|v\d+)$")  # (or a "v" and a whole number: "Alice v1")
_NOT_VERSIONED = words("nonentity.versioned_words")


def _plain_versioned(doc: Doc, text: str, versions: set[int], covered: set[int]) -> list[tuple[int, int]]:
    """A capitalised word with a dotted version after it names a release ("Ideogram 2.0", "Claude 3.5
    Sonnet"), unless the word is an ordinary one: written in lower case elsewhere in the text, a stop
    word, or one that versions a standard or a platform ("Industry 4.0", "Python 3.10")."""
    out: list[tuple[int, int]] = []
    for i in sorted(versions):
        if i < 1 or i in covered or i - 1 in covered or not _DOTTED.match(doc[i].text):
            continue
        word = doc[i - 1]
        if not (word.whitespace_ and PLAIN_WORD.match(word.text) and len(word.text) > 2) or \
                word.lower_ in NEVER_NAME or word.lower_ in _NOT_VERSIONED or lower_word_in(text, word.text):
            continue
        if i >= 2 and (doc[i - 2].text[:1].isupper() or doc[i - 2].text[:1].isdigit()) and doc[i - 2].whitespace_ \
                and doc[i - 2].lower_ not in NEVER_NAME:
            continue  # "GPT Image 1.5", "Stable Diffusion 3.5": a longer name whose start is not this word
        end = _extend_name(doc, i)
        if any(j in covered for j in range(i, end)):
            continue
        out.append((i - 1, end))
    return out + _plain_sized(doc, text, covered, {s for s, _ in out})


# Where a parameter count ends (its token is checked whole): its letter, after a digit (the letter first: a search
# scans for three letters faster than for any digit, and finds the same places, one character on).
_SIZE_END = re.compile(r"[BMb](?<=\d.)(?![\w-])")


def _plain_sized(doc: Doc, text: str, covered: set[int], taken: set[int]) -> list[tuple[int, int]]:
    """A capitalised word, a release tier maybe, and a parameter count name a model ("Janus Pro 7B",
    "Falcon 40B"), with the same exclusions as a versioned word (and not a sentence's first word)."""
    out: list[tuple[int, int]] = []
    for size in _SIZE_END.finditer(text):  # (most abstracts state no parameter count: no token walk)
        span = doc.char_span(size.start() - 1, size.end(), alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        i = tok.i
        if i < 1 or i in covered or not SIZE_TOKEN.match(tok.text):
            continue
        start = i - 2 if i >= 2 and doc[i - 1].text in _TIERS and doc[i - 1].text[:1].isupper() else i - 1
        word = doc[start]
        if start in covered or start in taken or word.is_sent_start or not word.whitespace_ \
                or not PLAIN_WORD.match(word.text) or len(word.text) < 3 or word.lower_ in NEVER_NAME \
                or word.lower_ in _NOT_VERSIONED or lower_word_in(text, word.text) \
                or len(word.text) > 5 and word.text.endswith("ing"):  # "Improving 7B Language Models": a verb
            continue
        before = doc[start - 1] if start >= 1 else None
        if before is not None and (before.text[:1].isupper() or before.text[:1].isdigit()) and before.whitespace_ \
                and before.lower_ not in NEVER_NAME and not before.is_sent_start:
            continue  # a longer capitalised run: its start is not this word
        out.append((start, i + 1))
    return out


class NameDetector:
    """Adds shape-based candidates, acronym short forms and the title's announced name."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # A lexeme flag: computed once per word by spaCy and read for a whole Doc by one to_array call.
        # Two lexeme flags: may start a name (not a URL or an e-mail); a hook or a name's continuation.
        self.columns = [nlp.vocab.add_flag(_starts_name_token), nlp.vocab.add_flag(_hook_or_continuation)]
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        taken = set(candidate_token_ranges(doc))
        covered = {i for start, end in taken for i in range(start, end)}
        candidates: list[Candidate] = []
        text_all = doc_text(doc)
        abbreviations = abbreviations_of(doc)
        long_forms = [(a.long_start, a.long_end) for a in abbreviations]
        # Name shapes depend on the token text only: cached per ORTH id, so only name-like tokens become Tokens.
        flags = doc.to_array(self.columns)
        name_like = flags[:, 0] == 1
        generic: set[int] | None = None  # tokens of generic lexicon names, which a longer name may hold
        added: set[tuple[int, int]] = set()
        marked = [(i, tok.text, tok.idx) for i in flags[:, 1].nonzero()[0].tolist() if (tok := doc[i]) is not None]
        hooks = [(text, idx, idx + len(text)) for _, text, idx in marked if text in _HOOK_WORDS]
        continuing = {i for i, text, _ in marked if _continues_name_token(text)}
        for start_char, end_char, source in dict.fromkeys(_phrase_names(text_all, hooks) +
                                                          _component_names(doc, text_all, hooks)):
            span = doc.char_span(start_char, end_char)
            if span is None or (span.start, span.end) in added or any(s < end_char and start_char < e for s, e in long_forms):
                continue  # acronym long forms ("Input Dependent Soft Prompting (IDSP)") name it already
            if source == "introduced" and not any(s < span.end and span.start < e and (s < span.start or e > span.end
                                                                                        or (s, e) == (span.start, span.end))
                                                  for s, e in taken):
                pass  # the paper's new "Hierarchical MoE Adapter" holds a known name, and is more than it
            elif source == "headed" and (_extends_known(doc, span, taken) or _coined_before_known(doc, span, taken)):
                pass  # "the Yelp Review Polarity dataset": the known "Yelp" starts a longer name ("the VQualA FIQA
                # benchmark": a coined word before the known one opens it)
            elif source == "contest" and not any(s < span.start or e > span.end for s, e in taken
                                                 if s < span.end and span.start < e):
                pass  # "the NTIRE 2026 Robust Deepfake Detection Challenge" holds the known names in it
            elif any(i in covered for i in range(span.start, span.end)):
                if generic is None:
                    generic = {i for group in doc.spans.get("mlkg_candidates", ()) if group.kb_id_.startswith("generic:")
                               for i in range(group.start, group.end)}
                if any(i in covered and i not in generic for i in range(span.start, span.end)):
                    continue  # a known name wins
            candidates.append(Candidate(start_char, end_char, span.start, span.end, text_all[start_char:end_char],
                                        source))
            covered.update(range(span.start, span.end))
            added.add((span.start, span.end))
        for start_char, end_char in _title_case_runs(text_all):
            span = doc.char_span(start_char, end_char)
            if span is None or (span.start, span.end) in added or any(i in covered for i in range(span.start, span.end)) \
                    or any(s < end_char and start_char < e for s, e in long_forms):
                continue
            if _JOINED_RUN.search(span.text) and name_like[span.start:span.end].any():
                continue  # "Zorbo-Pro and Quill-Flash": two names of their own shape, not one run
            candidates.append(Candidate(start_char, end_char, span.start, span.end, text_all[start_char:end_char],
                                        "titlecase"))
            covered.update(range(span.start, span.end))
            added.add((span.start, span.end))
        models: set[tuple[int, int]] | None = None  # known models' tokens, read when a word before one may name it
        for start, end in sorted(taken):  # known names with a version, tier or size: "Gemini 2.5 Pro"
            longer = _extend_name(doc, end, known=True) if end in continuing else end
            if longer == end + 1 and doc[end].text in ("Dataset", "Corpus") and start and doc[start - 1].text[:1].isupper() \
                    and not doc[start - 1].is_sent_start:
                longer = end  # "the GPT-Image-2 Twitter Dataset": the known "Twitter" is inside a longer name
            first = start - 1 if start > 0 and doc[start - 1].text in _PREFIXES and start - 1 not in covered and \
                _CODED.search(doc[start].text) else start  # "Improved MeanFlow"
            if first == start and start > 1 and start - 1 not in covered and _word_before_known(doc, start, end):
                if models is None:
                    models = {(g.start, g.end) for g in doc.spans.get("mlkg_candidates", ())
                              if g.kb_id_.startswith("model:")}
                first = start - 1 if (start, end) in models else start  # "the Memory Mamba network"
            if longer == end + 1 and doc[end].text in _NAME_HEADS and _in_subtitle(text_all, doc[start].idx):
                continue  # "CogToM: A Comprehensive Theory of Mind Benchmark ...": what the title's name is, not a name
            if longer > end or first < start:  # (a longer known name, too, then hides the shorter ones in it)
                span = doc[first:longer]
                candidates.append(Candidate(span.start_char, span.end_char, first, longer, span.text, "versioned"))
        for start, end in _plain_versioned(doc, text_all, continuing, covered):  # "Ideogram 2.0", "Claude 3.5 Sonnet"
            span = doc[start:end]
            candidates.append(Candidate(span.start_char, span.end_char, start, end, span.text, "named_version"))
            covered.update(range(start, end))
        next_free = 0  # a version or "Bench" joined to the previous name is not a name start of its own
        for i in name_like.nonzero()[0].tolist():
            if i < next_free or i in covered:
                continue
            token = doc[i]
            idx = token.idx
            if long_forms and any(s <= idx < e for s, e in long_forms):
                continue
            if text_all[idx - 1:idx] == "/" and _IN_REPO_PATH.search(text_all, max(0, idx - 80), idx):
                continue  # "https: //github.com/Owner/Repo": a broken link's path, which the tokenizer split
            end = _extend_name(doc, i + 1) if i + 1 in continuing else i + 1
            prefix = doc[i - 1] if i > 0 and doc[i - 1].text in _PREFIXES and i - 1 not in covered and \
                _CODED.search(token.text) else None
            last = token if end == i + 1 else doc[end - 1]  # (most names are one token: no second Token built)
            whole_end = last.idx + len(last)
            hub_end = 0
            for start_char, end_char in _name_parts(idx, text_all[idx:whole_end]):
                if start_char < hub_end:
                    continue
                if text_all.startswith("/", end_char) and (hub := _HUB_PATH.match(text_all, end_char + 1)):
                    end_char = hub_end = hub.end()  # "(MCG-NJU/videomae-base-finetuned-kinetics)": a hub
                    # checkpoint, named whole (its owner alone is no model, nor its path a name of its own)
                if prefix is not None and start_char == idx:
                    start_char = prefix.idx  # "Faster R-Net": the prefix is part of the name
                if start_char == idx and end_char == whole_end:
                    tokens = (i, end)  # the whole run of tokens, as char_span would expand it (most names: no Span)
                elif (span := doc.char_span(start_char, end_char, alignment_mode="expand")) is not None:
                    tokens = (span.start, span.end)
                else:
                    continue
                if tokens not in taken:
                    candidates.append(Candidate(start_char, end_char, *tokens, text_all[start_char:end_char], "shape"))
                end = max(end, tokens[1])  # (a hub checkpoint's path holds no name of its own)
            next_free = end
        for abbr in abbreviations:
            span = doc.char_span(abbr.short_start, abbr.short_end)
            if span is not None and (span.start, span.end) not in taken:
                candidates.append(Candidate(span.start_char, span.end_char, span.start, span.end,
                                            span.text, "abbreviation", long_form=abbr.long))
        title = title_name(text_all)
        if title:
            spans = [doc.char_span(*title, alignment_mode="expand")]
            name = text_all[title[0]:title[1]]
            if " " in name:  # "SAM 3D: ..." and "We present SAM 3D, ...": the name again, not the known "SAM" in it
                spans += [doc.char_span(at, at + len(name)) for at in _written_alone(text_all, name, title[1])
                          if not any(s <= at < e for s, e in long_forms)]  # (a long form is its acronym's)
            for span in spans:
                if span is not None and (span.start, span.end) not in taken and not any(
                        c.tok_start == span.start and c.tok_end == span.end for c in candidates):
                    candidates.append(Candidate(span.start_char, span.end_char, span.start, span.end,
                                                span.text, "title"))
        if _may_name_backbone(text_all) and _BACKBONE_AFTER.search(text_all):
            ranges = sorted(taken | {(c.tok_start, c.tok_end) for c in candidates})
            for start, end in _with_backbone(doc, text_all, ranges):
                span = doc[start:end]
                candidates.append(Candidate(span.start_char, span.end_char, start, end, span.text, "versioned"))
        write_candidates(doc, candidates, append=True)
        return doc
