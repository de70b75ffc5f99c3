"""Claimed results: (model, dataset or benchmark, metric, value) from result sentences.

"FooNet achieves 85.3% top-1 accuracy on ImageNet", "an F1 of 93.2 on the SQuAD dev set",
"67.2%, 94.1% and 78.9% accuracy on A, B and C respectively", "On X, it reaches 45.1 BLEU",
"improves Y by +2.1 points". Only sentences with a digit in documents with a Dataset or Benchmark
mention are read.

Each number is first judged on its own: a cost, a size or a speed ("2% extra parameters",
"2.4x faster", "reduces memory by 40%") is never a result, nor the starting point of "from A to B" or "A → B",
a bound ("surpassed 60%"), or the unnamed other side of "x vs. y". A spread is kept with its mean,
as written ("85.3 ± 0.4", "0.85 +/- 0.01"), never as a value of its own.
A number stated as a gain ("by 2.1 points", "+2.7%", "-12.2% BD-rate", "a 4% improvement") is *relative*: as
the annotation guidelines say, it is kept only for a dataset that has no absolute number in the paper. Where
a change got to ("from 11.3% to [34.5%]", "from 0.72 cm to [0.08 cm]", "falls to [4.9%]") is a score with the
clause's metric, even in a sentence that names no set.

The dataset is an entity the earlier components typed (``doc.spans["mlkg_entities"]``), found by
the first rule that applies: parallel lists ("A, B and C ... x, y and z (respectively)", "45.1 AP
and 38.2 AP on A and B", "45.1/38.2 AP on A/B"); a compared model's bracketed numbers in the order
of the sentence's datasets ("CLIP (43.2% and 46.7%)"); "x on D"; "D ... x" in the same clause; the
one dataset of the sentence when the number carries its metric (or is a named model's, "A (71.2%) and
B (69.8%) ... on D"), unless a nearer number of the same metric is stated on it ("x overall, which falls
to y on D"). A second number for another setting is on the same dataset ("x on D and y with
distillation"). A sentence that names no dataset
pairs "x, y and z, respectively" with the previous sentence's list of as many, or states its
numbers on the one it refers back to ("on this benchmark"), else on the paper's only dataset or
the one benchmark it introduces, unless it describes another set ("on a held-out split", "on the
remaining cases"), names one no component found, lists unnamed others or several sets with
"respectively", or restates a metric already claimed there (another setting) without opening by
naming that setting ("Under the harder X protocol, ..."). Every place the text
writes a found name counts as its mention, with a split written onto it too ("D-test"); a set named as
what a model was pre-trained or fine-tuned on ("With D pre-training, ...") is no place of a claim.
The model is a named model the number is written with ("CLIP (56.8%)", "82% by CLIP"), or the member of
a list of named models that is the subject of as many numbers ("A, B and C reach x, y and z"), else a
Model named in the clause before the number (not one compared against, a member of a compared list,
one improved or one built upon), else the paper's own introduced model; no model when the clause's
subject is unnamed others ("human annotators", "existing methods", "recurrent models achieving"), and
no claim without a model.

The claims are stored the spaCy way: ``doc.spans["mlkg_results"]`` holds the span of each value,
its ``id_`` the row of ``doc._.mlkg_result_rows`` (a plain :class:`DocResult` row), and
``span._.mlkg_result_model`` / ``_dataset`` / ``_metric`` / ``_value`` read that row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from mlkg.model import EntityType, Role

from .candidates import doc_text, ensure_doc_extensions, sentence_starts
from .conditions import conditions_of, names_conditions
from .cues import NAME_LIST_GAP
from .decide.pairs import PairCandidate, PairModel, load_pair_weights, pair_features
from .metrics import canonical_metric, lower_is_better, metric_family, metric_table
from .names import LIST_SPLIT, NEVER_NAME
from .shapes import BENCH_END
from .spans import RESULTS, entity_rows, read_entities, set_doc_value
from .words import alternation, words

if TYPE_CHECKING:
    from .classify import DocEntity

_METRIC_NAMES = rf"(?:(?i:{alternation('results.metric_words')})|{alternation('results.metric_acronyms')})"
_METRIC_TAIL = (r"(?:@\d{1,3}(?![\d.]))?"  # (a rank or a count of tries: "ASR@1")
                r"(?:_[A-Za-z0-9]{1,4}(?:[.:][0-9]{1,2})?)?"  # (a subscript: "mAP_0.5", "IoU_3D", "mAP_50:95")
                r"(?:-\d{1,3}[Kk])?"  # (a sample count: "FID-50K")
                r"(?:-(?i:macro|micro|weighted)(?![\w-]))?"  # (its averaging after it: "F1-Macro", "AP-micro")
                r"(?:(?<=[A-Z])s)?(?:\s+(?i:scores?)\b)?(?![\w@-])")  # (an acronym in the plural: "record FIDs of")
# (or a score coined in one word, "DeBERTaScore", "ZorbScore": a name in capitals that ends on "Score", unless a
# metric follows it, whose set it names: "74.9 JumpScore mAP"; see _unwritten_score)
_METRIC_CORE = rf"(?:{_METRIC_NAMES}|[A-Z][A-Za-z]{{1,14}}Score(?!\s+{_METRIC_NAMES}(?![\w-]))){_METRIC_TAIL}"
_QUALIFIER = rf"(?i:{alternation('results.metric_qualifiers')})"
# A metric as written: up to two qualifier words, then the core ("zero-shot top-1 accuracy", "box AP").
# (a name that is only a metric's: not a score coined in one word, which may be a model's, "MantisScore")
_METRIC_ONLY = re.compile(rf"(?<![\w@-]){_METRIC_NAMES}{_METRIC_TAIL}")
_QUALIFIERS_END = re.compile(rf"(?<![\w@-])(?:{_QUALIFIER}\s+){{1,2}}$")
# Any one or two words naming what an accuracy or a rate is of ("request accuracy", "joint goal accuracy"),
# read only right after the number and before the dataset.
_FREE_QUAL = (r"(?:(?:(?!(?:of|in|on|at|the|and|or|for|with|by|to|than|higher|lower|better|worse|more|less|relative|"
              r"absolute|while|whilst|when|without|preserv\w*|maintain\w*|retain\w*|keep\w*|"  # ("x while preserving")
              r"under|over|across|per|from|via|using|versus|vs|among|between|after|within|main|metrics?)\b)"
              # ("60.4% under LPIPS": the measure a saving is read in; "in the main metric CIDEr")
              r"(?:[a-z][a-z-]{2,}|[A-Z][a-z]+-[A-Za-z][a-z-]+)\s+){1,3}"  # "Length-Controlled Win Rate"
              r"(?:(?=(?i:accurac|success\b|error rate|win rate|pass rate|coverage)"
              rf"|(?:{alternation('results.metric_acronyms')})(?![\w@-]))"
              # ("slot F1", "pedestrian AP", "human injection ASR", and an acronym between: "pedestrian BEV AP")
              rf"|[A-Z]{{2,4}}\s+(?=(?:{alternation('results.metric_acronyms')})(?![\w@-])))"
              # "Equal Error Rate"
              r"|(?:[A-Z][a-z]{2,}\s+){1,2}(?=(?:Accuracy|Success Rate|Error Rate|Win Rate|Pass Rate|Coverage)\b)"
              # an acronym naming which of a metric's variants: "95.94% BEV AP", "41.2 PQ^Th"... (not a set: "COCO AP")
              rf"|[A-Z]{{2,4}}\s+(?=(?:{alternation('results.metric_acronyms')})(?![\w@-])))")
# After the number, qualifiers may be joined ("in OOD and ID macro-accuracy").
_METRIC_AFTER = re.compile(rf"^\s*\(?(?:(?i:(?:(?:relative|absolute)\s+)?(?:gains?|improvements?|increases?|boosts?|"
                           rf"reductions?|decreases?|drops?)\s+)?(?i:in\s+terms\s+of|of|in|on)\s+|at\s+(?=[\w-]+@))?"
                           rf"(?:the\s+)?"
                           rf"(?:(?i:relative|absolute)\s+)?"
                           rf"(?P<m>(?:(?:{_QUALIFIER}(?:\s+(?:and|or)\s+{_QUALIFIER})?"
                           rf"(?:\s+|-)){{0,2}}|{_FREE_QUAL}){_METRIC_CORE})")
# A metric that labels the number after it ("F1=96.4 (AUROC=97.9)"), not the one before.
_LABELS_NEXT = re.compile(r"\s*[=:]\s*[+-]?\.?\d")
# ... and one bracketed after a number with numbers of its own: "93.9% (macro F1 scores[ of 0.913] and 0.948)".
_OF_NUMBER_NEXT = re.compile(r"\s+of\s+[+-]?\.?\d")
# A gain stated in its own metric: "43% lower RMSE and [5%] higher accuracy" (the metric before is the other gain's).
_ONLY_BEFORE = re.compile(r"(?i:\b(?:only|just|merely|slightly)\s+(?:an?\s+|by\s+)?(?:about\s+|around\s+)?)$")
_COMPARED_METRIC_AFTER = re.compile(rf"\s*%?\s*(?i:higher|lower|better|greater)\s+(?P<m>(?:(?:{_QUALIFIER}\s+){{0,2}}|"
                                    rf"{_FREE_QUAL}){_METRIC_CORE})")
# A share kept of what another configuration scores, written without "of": "retaining [99%] performance" (not
# "maintains 92% task accuracy": a score).
_KEPT_BEFORE = re.compile(r"(?i:\b(?:retain|preserv|recover|keep)\w*\s+(?:(?:over|about|nearly|approximately|roughly|"
                          r"more than|at least|up to)\s+|~\s*)?)$")
_KEPT_SHARE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?i:performance|capabilit(?:y|ies)|quality)\b")
# One capitalised name right after a number, before its metric: "45.9% [ADE20K] mIoU".
_NAME_THEN = re.compile(r"\s*%?\s*(?P<n>[A-Z][\w.-]*[A-Za-z0-9])(?=\s)")
_WORD_TAIL = re.compile(r"-[a-z]+$")  # (not "27.4% LLM-based accuracy drop": a word, no name)
_METRIC_AFTER_ASIDE = re.compile(rf"^\s*%?\s*(?:[\w-]+\s*)?(?:\([^()]{{1,40}}\)|\))\s*(?P<m>{_METRIC_CORE})")
# Qualifiers are looked for only once a core is found (see _with_qualifiers): searching for them
# at every position costs more than the rest of the component.
_METRIC_BEFORE = re.compile(
    rf"(?<![\w@-])(?P<m>(?:(?i:macro|micro|weighted)-)?{_METRIC_CORE})\)?(?:\s+(?i:score|rate|values?(?=\s+of\s)))?"
    r"\s*(?:\([A-Za-z][\w@. -]{0,24}\)\s*)?"  # "Inception Score (IS) of", "macro-F1 (optimal threshold) of"
    r"(?:(?i:at\s+(?:IoU\s+)?\d*\.?\d+|from\s+\d*\.?\d+\s+to\s+\d*\.?\d+|0?\.(?:5|50|75|95))\s+(?=of\s))?"
    # "mean average precision at IoU 0.50 of [84 percent]", "... from 0.50 to 0.95 of [58 percent]", "a mAP 0.5 of
    # [95.6]": at its thresholds
    r"(?:(?:of|=|:|is|was|are|were|reaches|reaching|to|by|improvements? of|gains? of|increases? of|"
    r"(?<=s\s)at|"  # "the highest average F1-scores at [91.5%] and 87.3%" (not "recall at 95% precision")
    r"(?:(?:rises|increases|decreases|drops|falls|grows)\s+(?:[a-z]+ly\s+){0,2})?from\s+\S+(?:\s+[a-zμ]{1,3})?\s+to)"
    r"\s+|\s*[=:])?"  # (and "F1=[96.4]", "PA-MPJPE increases only marginally from 9.0 mm to [9.1 mm]")
    r"(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|only\s+|just\s+|"
    r"merely\s+|roughly\s+|approximately\s+)?\(?$")

# A metric the word lists do not know, written as an acronym with "of": "an OSCR of [0.99]", ", EER of [1.5%]",
# "achieves NCC of [0.983]", "best UIQM of [3.414]".
_ACRONYM_OF = re.compile(r"(?:\b(?:an?|and|the|best|highest|lowest|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|"
                         r"attain(?:s|ed|ing)?)\s+|,\s*)(?P<m>[A-Z][A-Z0-9]{1,5}(?:@\d+)?)\s+of\s+$")
# ... or defined in brackets before "of", or given as a label: "a mean radial error (MRE) of [1.23 mm]",
# "AFPF-Net (MRE = [1.25 mm]".
_DEFINED_ACRONYM_OF = re.compile(r"\b[A-Za-z][a-z-]+\s+\((?P<m>[A-Z][A-Za-z0-9]{1,6}(?:@\d+)?)\)\s+of\s+$")
# ... or before "score of", which names it, not a score of its own: "a Clinical Intent Alignment (CIA) score of [60.12%]".
_DEFINED_SCORE_OF = re.compile(r"\b[A-Za-z][a-z-]+\s+\((?P<m>(?!SOTA\))[A-Z][A-Za-z0-9]{1,6})\)\s+score\s+of\s+$")
# ... but not a condition the result is read under: "under a channel with a signal-to-noise ratio (SNR) of 20 dB".
_SETTING_DEFINED_OF = re.compile(r"\b(?:with|under|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,5}\([A-Z][A-Za-z0-9]{1,6}\)"
                                 r"\s+of\s+(?:[\d.]+\s?\w{0,3}\s+and\s+(?:[\w-]+\s+){1,8}\([A-Z][A-Za-z0-9]{1,6}\)\s+of\s+)?$")
# A spread's label, not a metric: "85% accuracy (SEM = 0.4)", "a mean of 4.1 (SD = 1.29)".
_SPREAD = re.compile(r"SEM|SE|SD|STD|IQR")
# A metric's code labelling its number: "(PICP=[92.6%])", "achieves PICP=[92.6%]", "with F1-ERR=[0.98]" (not
# "(CLIP: 0.357)", a model's).
_ACRONYM_LABEL = re.compile(r"(?:[(,;]|\b(?:achiev|attain|reach|obtain|yield)\w*\s|\bwith\s)"
                            r"\s*(?P<m>[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,5})?(?:@\d+)?)\s*=\s*$")
# A coined metric's acronym after a result verb, its number in brackets: "achieves the highest LFAcc ([27.8%])".
_VERB_ACRONYM_BRACKET = re.compile(r"(?i:\b(?:achiev|attain|reach|obtain|yield)\w*\s+(?:an?\s+|the\s+)?"
                                   r"(?:(?:highest|best|lowest|top|overall|average|mean)\s+)?)"
                                   r"(?P<m>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9@-]{0,10})\s+\($")
# ... or before "of" with no article: "achieving GriTS_Con of [0.964]", "reaches the best PaQ of [0.8]".
_VERB_CODED_OF = re.compile(r"(?i:\b(?:achiev|attain|reach|obtain|yield)\w*\s+(?:(?:the\s+)?(?:highest|best|lowest|top|"
                            r"overall|average|mean)\s+)?)"
                            r"(?P<m>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]{0,10}(?:_[A-Za-z0-9]{1,5})?)\s+of\s+$")
# A metric at a rank or threshold defined in brackets before its number: "(mAP@0.5) of [0.967]".
_BRACKETED_AT_METRIC = re.compile(r"\((?P<m>[A-Za-z][\w-]{0,10}@[\d.:]{1,9})\)\s*(?:of|=|:|is|was)\s+$")
# ... and a known metric's acronym bracketed after words the metric reader takes only in part: "word error rates
# (WER) of [25.0%]", "an equal error rate (EER) of [5.35%]" (not "error rate")
_BRACKETED_ACRONYM_METRIC = re.compile(rf"\((?P<m>{alternation('results.metric_acronyms')})\)\s*(?:of|=|:|is|was)\s+$")
# The Hausdorff distance at its 95th percentile, written out before its number: "a 95% Hausdorff Distance of [3.50]".
_HD95_BEFORE = re.compile(r"\b95\s?%\s+(?i:hausdorff\s+distances?)\s*(?:of|=|:|is|was)\s+$")
_PARTIAL_METRICS = frozenset({"error rate", "error", "rate", "score", "accuracy", "precision", "distance"})
# A metric at a rank or threshold written as a label: "D (R1@0.7: [52.9%]", "; Recall@10 = [70.3%]".
_LABEL_METRIC = re.compile(r"[(,;]\s*(?P<m>[A-Za-z][\w.]{0,10}@[\d.]{1,6})\s*[:=]\s*$")
# A metric's acronym as the label of a number bracketed after the quality it measures: "text adherence (CLIP-T:
# [0.281])", "image quality (IQ: [0.523])" (not a model's number: "baselines (GPT-4: 0.8)" has no quality word).
_QUALITY_LABEL = re.compile(rf"\b(?:{alternation('results.quality_nouns')})\s+\((?P<m>[A-Z][A-Za-z0-9-]{{1,10}})\s*:\s*$")
# A metric's compound name given as a label: "BERTScore-F1 = [0.545]", "Kendall-τ = [0.096]".
_COMPOUND_LABEL = re.compile(r"(?:^|[(,;:]\s*|\b(?:and|with|reaches|reaching|achieves|achieved|achieving)\s+)"
                             # (or "with CE-F1 51.88")
                             r"(?P<m>[A-Za-z][\w.@]*-[\w.@]*[^\W_]|[A-Za-z][\w.@]*-[τρκ])\s*(?:=\s*)?$")

# A lower-case noun phrase with its number in brackets: "state-of-the-art temporal consistency (26.07)".
# Not after a determiner: "the ungated base policy (0.233)" is a thing with its score.
_NAMED_QUANTITY = re.compile(r"(?<![\w+-])(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bits )(?<!\bthis )(?<!\bthat )(?<!\bthese )"
                             r"(?<!\bthose )(?<!\btheir )(?P<m>[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,}){0,2}) \($")
# A coded name right before such words: "[DeBERTa] mean-pooling (0.6516)", "a [GPT-4o] judge (0.7284)".
_CODED_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*?[A-Z0-9][\w.-]*\s$")
# A metric and "of" right before the words a bracketed number follows: "The success rate of D2Snap-downsampled DOM".
_METRIC_OF_BEFORE = re.compile(rf"(?<![\w@-])(?P<m>{_METRIC_CORE})\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$")
_RIVALS = re.compile(r"(?i:\b(?:surpass\w*|outperform\w*|beat(?:s|ing)?|exceed\w*|compared (?:to|with)|than|versus)\b)")
_NOT_QUANTITY_WORDS = frozenset({"and", "the", "with", "from", "than", "for", "are", "was", "were", "has", "have",
                                 "chance", "near-chance", "random",  # "degrades its accuracy to near-chance (59.7%)"
                                 # a setting or a count, not a measure: "in the HumanML3D format (0.043)", "61
                                 # collisions out of 12,146 scenarios (0.5%)"
                                 "format", "settings", "protocol", "scenario", "scenarios", "context",
                                 "its", "their", "our", "model", "models", "method", "methods", "baseline", "baselines",
                                 "approach", "respectively", "only", "about", "around", "nearly", "over", "set", "split",
                                 "policy", "agent", "system", "variant", "counterpart", "teacher", "student", "backbone",
                                 "arm", "arms", "configuration", "setting", "version", "place", "rank", "position",
                                 # what a method costs: "fewer parameters (9.3%), training data (0.5%), and GPU
                                 # resources ([0.2%])"
                                 "resources", "parameters", "data", "memory", "latency", "cost", "costs", "tokens",
                                 # a judgement, not a measure: "cheapest but substantially weaker ([0.4809])"
                                 "but", "yet", "weaker", "stronger", "better", "worse", "cheaper", "costlier",
                                 # how much data is mixed in: "injecting a minimal amount ([1%]) of synthetic data"
                                 "amount", "fraction", "proportion", "portion",
                                 # a rank, not a measure: "the RBA scored lowest ([0.64])", "B close behind ([0.89])"
                                 "lowest", "highest", "best", "worst", "behind", "ahead"})
_SYSTEM_HEADS = frozenset({"network", "networks", "architecture", "framework", "pipeline", "detector", "classifier"})
# Split names before a bracketed count: "train (2,549), validation (149), test (281)" are sizes (a share,
# "RefCOCO val (66.78%)", is a score on the split).
_SPLIT_WORDS = words("heads.splits")
_NOT_COUNTED = re.compile(rf"(?i:\b(?:{alternation('results.not_result')}|{alternation('results.not_result_before')})\b)")
_PRAISE = frozenset({"state-of-the-art", "sota", "strong", "stronger", "best", "high", "higher", "competitive",
                     "superior", "new", "leading", "improved", "better", "excellent", "remarkable", "overall", "average",
                     "significant", "substantial", "notable", "considerable", "consistent"})
_RESULT_VERB_WORD = re.compile(alternation("results.result_verbs"))
_PRAISE_ONLY = _PRAISE - {"overall", "average", "best"}  # (what qualifies a metric is kept: "average accuracy")


def _narrower_acronym(metric: str, acronym: str) -> bool:
    """The bracketed acronym is a known metric of another family than the words before it: "Hausdorff Distance
    (HD95)" is the 95th percentile, not the maximum (and "quadratic weighted kappa (QWK)"; not the plain IoU
    bracketed after "mean Intersection over Union", which its words say is averaged)."""
    family, own = metric_family(acronym), metric_family(metric)
    return family is not None and own is not None and family.name != own.name and own.name != f"m{family.name}"


def _unpraised(metric: str) -> str:
    """The metric without the praise in front: "a remarkable codebook utilization of" names "codebook utilization"."""
    words_ = metric.split()
    while len(words_) > 1 and words_[0].lower() in _PRAISE_ONLY:
        words_ = words_[1:]
    return " ".join(words_)


# Coded tokens after a number that are no metric: units and counts ("7B on", "4K in", "2x on").
_NOT_METRIC_TOKEN = re.compile(r"^(?:\d.*|[KMBTG]B?|[kK]|x|X|GPUs?|FLOPs?|GFLOPs?|TFLOPs?|FPS|fps|Hz|MB|GB|ms|AM|PM|[A-Z][a-z]+)$")
# A number: sign, digits, optional decimals, optional unit (% / percent / points / pp).
_VALUE = re.compile(
    r"(?<![\w.\-@^,–±])(?<![\d%]~)(?<![\d%] ~)(?<!± )(?<!\dpm )(?<!\d pm )(?<!\+/- )(?<![A-Za-z]/)(?<!\d:)"
    r"(?P<sign>[+]?|(?<=[\s(\[])[-−]|(?<=\band\s)\+\s)(?P<num>\d+(?:\.\d+)?)"
    r"(?P<unit>\s?%\s?p(?:ts?)?\b|\s?%|\s?(?:percent|pct)\b|[\s-](?:percentage[\s-])?points?\b|\s?pp\b|\s?dB\b"
    r"|\sdecibels?\b"
    r"|\s(?:ms|bpm|BPM|cm|mm|degrees|deg)\b"  # an error in physical units, as written: "0.66 bpm", "0.08 cm", "227.2 ms"
    r"|\s(?:kg/m(?:\^2|\u00b2)|[Mk]g/ha|t/ha)(?![\w/^])"  # ... or in mass per area: "an AGB error of 1.22 kg/m^2"
    r"|°(?![CFK]\b)"  # ... or an angle: "an MAE of 1.23°" (not a temperature)
    r"|(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))\s?(?:px|pixels?)\b"  # ... or in pixels, a decimal ("0.23 px", "9.91
    # pixels"; not "512 px" images)
    r"|(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))\s?m\b(?!\s+(?:parameters|params|samples|tokens|images)))?"  # ... or
    # in metres: "an L2 error of 0.32m", "MAE from 13.18 m to 1.80 m"
    # a spread stays with its mean, as written: "85.3 ± 0.4", "0.014 +/- 0.015", "71.2% ± 1.3%"
    r"(?P<pm>\s?(?:±|\+/-|\+-)\s?\d+(?:\.\d+)?(?:\s?%|\s(?:ms|cm|mm|dB|m)\b)?)?"  # (its unit after: "0.79 ± 2.17 mm")
    r"(?![\w×]|\s×(?!\s?\d)|[.,]\d|-[A-Za-z])")  # not "a 19.3-fold reduction", "a 7-day window", "a 1.25× speedup"
# (as "1.25x"), "1.86 × acceleration" (but "1.2 × 10^-3" is a number)
# Where a _VALUE match may start: a sign or digit after no character its first lookbehind refuses (tested after the
# character, so that a search scans for those characters only).
_VALUE_START = re.compile(r"[+\-−\d](?<![\w.\-@^,–±].)")
_SIGNS = ("+", "-", "−")  # a signed number is a change: "+2.7%", "BD-rate -12.2%"
_ABOUT_SIGNS = ("~", "~ ", "≈", "≈ ")  # an approximate score is a score: "a success rate of ~77%"
_SLASH = re.compile(r"^%?/")
# Not "65.3 on Natural Questions": a name after "on" is where the number is stated, not what it counts.
# (Not through a preposition and a word: "87.68 in class-conditional video generation" is the task, "90% under
# fixed compute budgets" a condition; "40 hours" or "in 2 hours" a cost.)
_NOT_AFTER = re.compile(rf"^\s*%?\s*(?!(?:within|after|with|using|in)\s+(?:only\s+|just\s+)?(?:\d|(?:one|two|three|four|"
                        r"five|six|eight|ten|a\s+single)\s))"  # (not "0.98 within 1k steps" nor "an FID of 1.32 with
                        # two steps": the budget it was reached in; nor "41.2% while reducing token consumption", a
                        # cost the next clause saves)
                        r"(?!,?\s*(?:while|whereas|but|without)\b)"  # (nor "48.1% without any additional
                        # training": a cost not paid)
                        r"(?:(?!(?:on|in|at|across|for|under|over|than|against)\s+[A-Za-z]|at\s)"  # (nor "55.5% at
                        # 32 frames per second": the speed it runs at, not what the number counts)
                        r"(?!and\s|with\s+(?:fewer|less|lower|smaller|reduced)\s)[\w-]+\s+){0,2}"
                        # (not a word that describes a metric: "task completion accuracy", "a frame-level AUC"; nor
                        # what a gain is over: "by 33% over baseline video generators"; nor a cost noted after the
                        # metric: "0.674 SSIM with fewer training epochs")
                        rf"(?i:{alternation('results.not_result')})\b(?!-|\s+(?:[\w-]+\s+)?(?i:accuracy|success|completion|"
                        r"rates?|scores?|(?:panoptic\s+)?quality)\b)|"  # ("48.2% Video Panoptic Quality": a metric)
                        # "a 96% reduction in communication bandwidth": a cost saved
                        rf"^\s*%?\s*(?i:reductions?|decreases?|savings?|increases?|drops?|cuts?|"
                        # (and "a 76% relative improvement in computational savings")
                        rf"(?:relative\s+)?improvements?)\s+(?i:in|of)\s+"
                        rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?i:{alternation('results.not_result_before')})\b")
# A number's own benchmark, named with its score right after it: "86.9 DPG overall score".
_NAMED_SCORE_AFTER = re.compile(r"\s*%?\s*(?P<n>[A-Z][\w-]*[A-Z0-9][\w-]*)\s+"
                                r"(?:(?:overall|average|mean|total)\s+)?scores?\b")
# A saving, and the list it goes on through: "saves [61.24%] bandwidth on A, 83.68% on B, and 42.25% on C".
_SAVING_BEFORE = re.compile(r"(?i:\b(?:saves?|saving|cuts?|cutting|reduc(?:es|ing)|lowers?|lowering)\s+"
                            r"(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?)$")
_NAME_START = re.compile(r"(?!(?:The|This|These|Our|We|It|Its)\b)[A-Z]")
_COST_LIST_GAP = re.compile(r"\s*%?(?:\s+[\w-]+){0,2}?(?:\s+(?:on|for|in)\s+(?:the\s+)?[^,;()]{1,30}?)?"
                            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+)?")
_SAVING_LIST_GAP = re.compile(r"\s*%?(?:\s+[\w-]+){0,2}?(?:\s+(?:on|for|in)\s+(?:the\s+)?[^,;()]{1,30}?)?"
                              r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# A capitalised word right before a number with no unit, metric or verb: the number is the word's release.
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,} $")
_AP_THRESHOLD = re.compile(r"0?\.(?:5|50|75|95)")
_AP_BEFORE = re.compile(r"(?<![\w@-])(?:m?AP|IoU)\s$")
_CODED_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*-[A-Z][A-Za-z]* $")
# A gap to another system, narrowed: "narrows the performance gaps from 27% to just [11%]".
_GAP_FROM_TO = re.compile(r"(?i:\bgaps?\s+(?:[\w-]+\s+){0,3}?from\s+[+]?\d+(?:\.\d+)?\s?%?\s+to\s+"
                          r"(?:just\s+|only\s+|about\s+|around\s+)?)$")
# An operating point a score is read at: "at 89.04% coverage", "at 95% recall", "at 1% FPR".
_AT_POINT_BEFORE = re.compile(r"(?i:\bat\s+(?:an?\s+|the\s+)?)$")
_OPERATING_POINT_AFTER = re.compile(r"^\s*%?\s*(?i:coverage|recall|precision|sensitivity|specificity|"
                                    r"false positive rate|true positive rate|FPR|TPR|IoU|intersection[- ]over[- ]union|"
                                    # ("mAP at [50%] Intersection over Union": a threshold; "the true detect rate at
                                    # [1%] false detect rate")
                                    r"overlap|threshold|false\s+[a-z-]+\s+rate)\b")
# ... or with the measure first: "improved from 72.64% to 83.31% at an FMR of [0.0001%]", "at a False Match Rate
# (FMR) of [0.01%]", "precision at a recall of [90%]" (not "at an accuracy of 10%", a score)
_AT_MEASURE_POINT_BEFORE = re.compile(r"\bat\s+(?:an?\s+|the\s+)?(?:(?i:false\s+[a-z-]+\s+rates?|true\s+positive\s+rate|"
                                      r"coverage|recall)(?:\s*\([^()]{1,10}\))?|FPR|FMR|FAR|FPIR|FNMR|TPR)"
                                      r"\s*(?:of|=|≤|<=?)\s*$")
_REDUCTION_OF_BEFORE = re.compile(r"(?i:\b(?:reductions?|decreases?|savings?|cuts?)\s+of\s+"
                                  r"(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?)$")
_IN_COST_AFTER = re.compile(rf"^\s*%?\s*(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
                            rf"(?i:{alternation('results.not_result_before')})\b")
# What a saving costs: "with only a [1.25%] drop in accuracy", "a negligible 0.3-point degradation".
# (also bracketed: "with negligible (-0.07% VBench score) degradation")
_SMALL_COST_BEFORE = re.compile(r"(?i:\b(?:only|just|merely|minimal|negligible|marginal|slight|small|minor)\s+"
                                r"(?:an?\s+)?(?:\(\s*[+\-\u2212]?)?)$")
_DROP_AFTER = re.compile(r"^\s*%?\s*(?:[\w-]+\s+){0,2}?(?:[\w-]+\s*\)\s*)?"
                         r"(?i:drops?|degradations?|decreases?|declines?|reductions?|differences?|gaps?|collapses?|"
                         r"losses)\b")
# The words around a number that make it no claim: "at [89.04%] coverage" (an operating point), "a reduction of
# [59%] in response latency" (a cost saved), "with only a [1.25%] drop in accuracy" (a cost paid).
# What a comparison is over, listed: "outperforms individual models and [strong CNN baselines]".
_COMPARED_LIST_BEFORE = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?)\s+[^,;.]{1,40}?"
                                   r"\s+(?:and|or)\s+$")
_AGREEMENT_BEFORE = re.compile(r"(?i:\b(?:inter|intra)-?(?:rater|annotator|judge|coder|observer|reader)s?\s+"
                              r"(?:agreement|kappa|reliability|correlation)(?:\s*\([^()]{1,20}\))?"
                              r"\s*(?:=|:|of|was|is|reached|reaching)?\s*"
                              # ... or its acronym: "aligned with the clinical consensus (IRR: 0.81)"
                              r"|\b(?-i:IRR|IAA)s?\s*(?:=|:|of|was|is)?\s*)$")
_IOU_THRESHOLD_BEFORE = re.compile(r"(?:\(|\bat\s+(?:an?\s+)?|@)\s*(?i:IoU|intersection[- ]over[- ]union)\s*"
                                   r"(?:threshold\s*)?(?:of\s+|=\s*|≥\s*|>=?\s*)?$"
                                   r"|(?i:\bIoU\s+thresholds?\s+(?:of\s+)?)$"
                                   r"|\bm?AP\s+at\s+$")  # ("95.10 percent mAP at [0.5]": the threshold it is read at)
_KAPPA_BEFORE = re.compile(r"(?i:\bkappa\s*(?:=|:|of)?\s*)$")
_VALIDATED_AGAINST = re.compile(r"(?i:\b(?:validat\w*|agree\w*|annotators?|raters?|human\s+(?:judg|expert|label)\w*|"
                                r"judges?|panel)\b)")  # (and "a blind three-judge LLM panel ... weighted kappa = 0.605")
# "degrading GQA accuracy from [60.38%] to [58.86%]" (the "to" group: the second number)
# "adopting Avg-Pooling lowers performance to [76.73%]": a harm shown, no claim
_LOWERED_TO = re.compile(r"(?i:\b(?:lowers|lowered|degrades|degraded|reduces|reduced|drops|dropped|hurts|hurt)\s+"
                         r"(?:the\s+)?(?:overall\s+)?(?:performance|accuracy)\s+to\s+(?:only\s+|just\s+)?)$")
_DEGRADED_FROM = re.compile(r"(?i:\bdegrad\w*\s+(?:[\w-]+\s+){0,4}from\s+(?P<to>[+]?\d+(?:\.\d+)?\s?%?\s+to\s+)?)$")
_DROP_BETWEEN_AFTER = re.compile(r"\s*%?\s*(?:[\w-]+\s+){0,2}?(?:drop|decline|degradation|decrease|gap)\s+"
                                 r"(?:from|between|across|among)\s")
# ("a 33 pp performance gap across 11 systems": the spread of a set of systems)
# A gap between settings that ranges over models: "the text-to-voice gap ranges from [1.8 points] for A to [4.8]".
_GAP_RANGES_BEFORE = re.compile(r"(?i:\bgaps?\s+(?:[\w-]+\s+){0,2}?(?:ranges?|ranging|varies|varying)\s+"
                                r"(?:from\s+)?(?:[^;]{0,60}?\s(?:to|and)\s+)?)$")
# "while reducing AP50 by only [2.7%]": a small loss in a score, the price of a saving (not "reducing the error by
# only 2%", a small gain; nor "performance on D decreases by only 5.5%" with compressed labels, the finding itself)
_SMALL_LOSS_BEFORE = re.compile(r"(?i:\b(?:while|whilst)\s+(?:reduc|lower|decreas|drop|degrad|sacrific|los)\w*\s+"
                                r"(?:the\s+)?"
                                r"(?!(?:[\w@-]+\s+){0,2}?(?:errors?|loss|latency|WER|CER|FID|EER|MAE|RMSE)\b)"
                                r"(?:[\w@-]+\s+){0,3}?by\s+(?:only|just|merely|less than|under|a mere)\s+)$")
_ANYTHING = re.compile("")
# A reduction that names nothing reduced, after a cost the sentence reduces ("reduces think tokens by x, with a [y]
# reduction on D").
_BARE_REDUCTION_AFTER = re.compile(r"^\s*%?\s*(?:relative\s+)?reductions?\b(?!\s+(?:in|of)\b)")
_COST_REDUCED = re.compile(rf"(?i:\b(?:reduc|cut|lower|sav)\w*\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:{alternation('results.not_result_before')})\b)")
# An error that rises: "with RMSE increasing from [0.0391] to [0.2632]" (a degradation, no claim).
_ERROR_RISE_TO = re.compile(r"(?i:\b(?:RMSE|MSE|MAE|errors?|error rates?|loss|FID|WER|CER|perplexity)\s+"
                            r"(?:increas|ris|grow|jump|climb|soar)\w*\s+(?:(?:from\s+)?[\d.]+\s?%?\s+)?"
                            r"(?:to\s+|from\s+)?)$")
# A condition under which a result holds: "when view count reduces by [40%]", "as the noise rate increases to [50%]".
_CHANGED_CONDITION = re.compile(r"\b(?:when|as|if)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:reduces|drops|decreases|increases|"
                                r"grows|rises|is\s+(?:reduced|increased|raised|lowered))\s+(?:by|to)\s+(?:up\s+to\s+)?$")
_LISTED_NUMBER_BEFORE = re.compile(r"\d\s?%?\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)$")
# A score reached some steps earlier: "reaches [0.5] and 0.75 success 30 and 60 updates earlier" (a threshold).
_REACHED_EARLIER = re.compile(r"\s*%?(?P<more>(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)[\d.]+\s?%?)*)"
                              r"\s+(?:[\w-]+\s+){0,2}?"
                              r"\d[\d,.]*(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)\d[\d,.]*)*\s+(?:[\w-]+\s+)?"
                              r"(?:updates|steps|epochs|iterations|rounds|episodes|hours|tokens|samples)\s+"
                              r"(?:earlier|sooner)\b")
# "maintaining only a [5.73%] increase in perplexity": a measure that is better lower, risen a little (a cost paid)
_ERROR_RISE_AFTER = re.compile(r"^\s*%?\s*(?:relative\s+)?(?i:increases?|rises?|growth|gains?)\s+in\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+)?(?i:perplexity|errors?|loss|latency|FID|WER|CER|costs?|memory|runtime)\b")
_NO_CLAIM = ((_AT_POINT_BEFORE, _OPERATING_POINT_AFTER), (_REDUCTION_OF_BEFORE, _IN_COST_AFTER),
             (_SMALL_COST_BEFORE, _DROP_AFTER), (_SMALL_LOSS_BEFORE, _ANYTHING), (_SMALL_COST_BEFORE, _ERROR_RISE_AFTER),
             (_AT_MEASURE_POINT_BEFORE, _ANYTHING))
_SHORT_OF_AFTER = re.compile(r"^\s*(?i:below|behind|short of)\b")  # "16.0%, [82 points] below the human baseline"
# How far short of another system a score stays: "just 0.6 CoNLL F1 points below a full-prefix baseline".
_GAP_AFTER = re.compile(r"^\s*%?\s*(?:[\w@-]+\s+){0,3}(?i:points?|pp|pts|percentage points)\s+"
                        r"(?i:below|behind|short of)\b")
# A fall in a score that others show: "we observe performance declines of up to [27%]" (no one's result).
# (... and the list it goes on with: "drops of 3.25% on A and [10.02%] on B")
_SCORE_DROP = re.compile(r"(?i:\b(?:performance|accuracy|scores?)\s+(?:declines?|drops?|degradations?|decreases?|"
                         r"losses|dropping|declining|falling|falls)\s+(?:of\s+|by\s+)?"
                         r"(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?"
                         # "with Pass^3 dropping up to 24%": a metric's fall, no score
                         rf"|(?<![\w@-]){_METRIC_CORE}\s+(?:dropping|declining|falling|falls|drops|declines)\s+"
                         r"(?:by\s+)?(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?"
                         # "while CoT degrades performance by [15pp] on HumanEval": a loss, no score
                         # (and "can reduce LLM accuracy by up to [17.9%]": the accuracy of what is named)
                         r"|\b(?:degrad|hurt|reduc|lower|harm)\w*\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:(?-i:[A-Z][\w-]*)\s+)?(?:performance|accuracy|scores?)"
                         r"\s+by\s+(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?"
                         # "while sacrificing only [0.9%] clean accuracy": what a gain costs
                         r"|\b(?:sacrific\w*|giving\s+up|at\s+the\s+(?:cost|expense)\s+of)\s+(?:only\s+|just\s+)?"
                         r"(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+)?)"
                         r"(?:[+\-\u2212]?\d+(?:\.\d+)?\s?%?(?:\s+(?:on|in)\s+[^,;.()]{1,40}?)?"
                         r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
# What every match of _SCORE_DROP holds, lower-cased: one of its verbs (tested first: its search costs tens of us).
_SCORE_DROP_VERBS = ("drop", "declin", "fall", "degrad", "decrease", "losses", "sacrific", "giving up", "cost of",
                     "expense of", "hurt", "reduc", "lower", "harm")


# What a score is given up for: speed, size or cost, named before it ("1.10x faster, with 0.66x fewer parameters").
_TRADED_FOR = re.compile(r"(?i:\b(?:faster|fewer|smaller|speed-?ups?|compress\w*|prun\w+|quantiz\w+|cheaper|"
                         r"lower\s+(?:latency|cost|memory))\b)")


def _lost_score(dropped: str) -> bool:
    """Whether the words before a drop name a score that is better higher ("mAP accuracy reduction", "F1 drop"):
    a score lost, not an error cut ("error reduction") or a saving ("latency reduction")."""
    words = [w.strip("()%") for w in dropped.split()[:-1]]
    return any(metric_family(w) is not None and not lower_is_better(w) for w in words if w)


def _score_drop(before: str) -> bool:
    """``_SCORE_DROP.search(before)``, after a test for its verbs on ASCII text (case-blind matching maps a few
    non-ASCII letters to ASCII ones: there the regex decides alone)."""
    if before.isascii():
        lower = before.lower()
        if not any(verb in lower for verb in _SCORE_DROP_VERBS):
            return False
    return _SCORE_DROP.search(before) is not None


# A fall of a score: "with 0.01% performance drop", "with average declines of [48.0%] on D"
# (not a fall of an error, which is a gain: "a 40% drop in error rate").
_IN_ERROR = (r"(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?i:errors?|loss|latency|FID|perplexity|WER|CER|hallucinations?|"
             r"toxicity|failures?|violations?|costs?|memory|time|runtime)")
_DROP_FOUND_AFTER = re.compile(r"^\s*%?\s*(?:(?i:average|relative|absolute|overall)\s+)?"
                               r"(?:(?i:performance|accuracy|score|success(?: rate)?)\s+)?"
                               rf"(?i:drops?|degradations?|declines?|collapses?)\b(?!\s+{_IN_ERROR})")
_WITH_DROP_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}$")
_DECLINES_OF = re.compile(r"(?i:\b(?:declines?|drops?|degradations?)\s+of\s+"
                          r"(?:up to\s+|about\s+|around\s+|over\s+|nearly\s+|only\s+)?)$")
_IN_ERROR_AFTER = re.compile(rf"^\s*%?\s*{_IN_ERROR}")
# A whole number that counts what follows it, however described ("21 state-of-the-art multimodal models").
_COUNTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:models|methods|LLMs|MLLMs|VLMs|LVLMs|systems|agents|baselines|"
                            r"tasks|benchmarks|datasets|languages|domains|categories|participants|annotators|papers|"
                            r"problems|questions|samples|images|videos|subjects|patients)\b"
                            # or any plural noun right after it ("up to 100 customers"), but a score's unit
                            r"|\s+(?!(?:points|scores|wins|percents|percentage)\b)[a-z][a-z-]*[a-rt-z]s\b(?!-)")
# The rest of a list of whole numbers, the last of which counts ("[30] and 60 updates earlier").
_VALUE_LIST_REST = re.compile(r"\s*%?(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[+\-]?\d+(?:\.\d+)?\s?%?)+")
_WHOLE_LIST_REST = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?![\d.%]))+")
# "minimal ([0.29%]) overlap with existing datasets": a statistic of the data, even from inside its bracket.
_OVERLAP_AFTER = re.compile(r"^\s*%?\s*\)?\s*(?i:overlaps?|duplicates?|contamination)\b")
# "reduces memory by [40%]": the words before "by/of/to/from" are checked once that cheap tail is found.
_NOT_BEFORE_TAIL = re.compile(r"\b(?:by|of|to|from(?:\s+[+-]?\d[\d.,]*\s?[^\s\d]{0,4}\s+to)?)\s+"
                              r"(?:only\s+|up to\s+)?[+]?$|\bup\s+to\s+$")  # (or "cost reductions up to [33%]")
# (and "from": "reduces decoding steps from [256] to [30]", both numbers of a cost)
_NOT_WORDS = re.compile(rf"(?i:{alternation('results.not_result_before')})")
_FROM = re.compile(r"(?i:\bfrom)\s+(?:[A-Z][\w.+-]*'s\s+)?$")  # (or "from TTRL's [4.6%] to 16.4%")
# Words between "to" and the score reached: "to an impressive [57.3%]", "to nearly [90%]".
_TO_QUALIFIER = (r"(?:an?\s+(?:[a-z]+\s+){1,2}|"
                 r"(?:nearly|almost|about|around|approximately|roughly|below|under|above|over|just|only)\s+)?")
# "from 36.9 to [40.3]", "from 0.72 cm to [0.08 cm]", "from 34.2% for the base model to [71.5%]"
_FROM_GAP = (r"(?:\s+(?:for|with|of|in|at|under|using|without)\b[^\d;:()]{0,60}?|\s*\([^()]{1,60}\)"  # or "(CLIP)"
             r"|\s+(?:[A-Za-z][\w-]*\s+){0,2}?baseline)?")  # or "from a 46.9% VLM baseline to [71.37%]"
_FROM_NUMBER = (r"[+]?\d+(?:\.\d+)?(?:\s?±\s?\d+(?:\.\d+)?)?"  # (with its spread: "from 53.75 ± 3.57% ... to")
                r"(?:\s?%|[x×]|\s(?:percent|pct|points?|dB|ms|bpm|cm|mm|degrees?))?")
_FROM_TO = re.compile(rf"(?i:\bfrom\s+(?:an?\s+)?(?:[A-Z][\w.+-]*'s\s+)?"
                      # ("from a text-only baseline of 22.1 to [50.5]")
                      rf"(?:(?:[a-z][\w-]*\s+){{0,2}}baseline\s+(?:of\s+)?)?"
                      rf"{_FROM_NUMBER}{_FROM_GAP}\s+(?:to|->|→)\s+{_TO_QUALIFIER})$")
# A second measure of the same model changed after the first: "increases the accuracy of B from 26.4% to 51.9% and
# its appearance score from 3.0 to [3.9]" (and "... and raises the appearance score from 3.4 to [3.7]").
_FROM_TO_AGAIN = re.compile(rf"(?i:\bfrom\s+{_FROM_NUMBER}\s+(?:to|->|\u2192)\s+{_FROM_NUMBER}\s*,?\s+and\s+"
                            rf"(?:(?:raises|improves|increases|boosts|lifts)\s+)?(?:its|the|their)\s+"
                            rf"(?:[a-z][\w-]*\s+){{0,3}}?){_FROM_TO.pattern}")
# A second change with its "from" left out: "from 70.9% to 77.6% on A and [46.9%] to 59.1% on B".
_GAPPED_HEAD = (rf"\bfrom\s+{_FROM_NUMBER}\s+to\s+{_TO_QUALIFIER}{_FROM_NUMBER}"
                # (a name's own number, "AlpacaEval 2", does not end it)
                r"(?:[^.;\d]|(?<=[A-Za-z] )\d{1,4}(?![\d.%x×])){1,80}?(?:,\s*|\s)and\s+(?:from\s+)?")  # (or kept:
# "advances from 73.9 to 78.3 on A, and from [28.8] to 34.4 on B")
_GAPPED_FROM = re.compile(rf"(?i:{_GAPPED_HEAD})$")
_GAPPED_FROM_TO = re.compile(rf"(?i:{_GAPPED_HEAD}{_FROM_NUMBER}\s+to\s+{_TO_QUALIFIER})$")  # ... and its end
# "a 1.4x success-rate improvement (42.5% to 58.5%)": a change detailed in a bracket, percentages both sides.
# (or decimals both sides: "BLEU increased by 84% (0.173 to [0.318])")
_PERCENT_TO_PERCENT = re.compile(r"^(?:\s*%?\s*to\s+[+]?\d+(?:\.\d+)?\s?%|\s*to\s+[+]?\d*\.\d+)\s*\)")
_BRACKET_TO = re.compile(r"\(\s*(?:[+]?\d+(?:\.\d+)?\s?%|[+]?\d*\.\d+)\s*to\s+$")
_PERCENT_CLOSE = re.compile(r"[+]?\d+(?:\.\d+)?\s?%\s*\)|[+]?\d*\.\d+\s*\)")
_RANGE = re.compile(r"^\s*%?\s*(?:[~–—-]{1,2}\s*\d|to\s+[+\-\u2212]?\d)")  # "60%~70%", "60-70%", "10--20%",
# "28% to 46%", "-0.53 to -0.64"
# Verbs of outdoing, and the words between "by" and a gain: "outperforms B by up to [36%]".
_OUTDOING_VERB = r"(?:outperform|surpass|beat|exceed|outscor)\w*"
_BY_QUALIFIER = r"(?:(?:up to|about|around|over|at least|more than|nearly|roughly|an average of)\s+)?"
# A compared name's gain after it: "... and C by [37%]" (see _model), after a verb of outdoing.
_BY_GAIN = re.compile(rf"\s+by\s+{_BY_QUALIFIER}")
# A listed name the verb of outdoing reaches, with its margin after it: "..., [C] by 6.1 points, and reduces".
# (and a margin that closes a comparison: "exceeds B [by 10.4] points and improves ...", see _start_owner)
_BY_NUMBER_AFTER = re.compile(rf"\s+by\s+{_BY_QUALIFIER}[+\-\u2212]?\d")
_OUTDOING = re.compile(rf"(?i:\b{_OUTDOING_VERB})")
# A task or setting of a benchmark, singular: "on the pathogen classification task", "in block-free settings".
_PART_OF_BENCHMARK = re.compile(r"(?:\bon\s+the\s+(?:[a-z][\w-]*\s+){1,3}task|"
                                r"\bin\s+(?:[a-z][\w-]*\s+){1,2}settings?)$")
# What a subject that outperforms others states its gain with: "outperforms B by [36%]", "surpasses the baseline,
# achieving an average relative improvement of [5.2%]" (read from the subject's name to the number).
_GAIN_OVER = re.compile(rf"\s+(?:(?:consistently|significantly|substantially|clearly|also|further|markedly)\s+)?"
                        rf"{_OUTDOING_VERB}\b[^;.()]{{0,80}}?(?:\bby\s+{_BY_QUALIFIER}|"
                        r"\b(?:achieving|yielding|with)\s+(?:an?\s+)?"
                        r"(?:(?:average|mean|relative|absolute|overall)\s+){0,2}(?:improvement|gain)s?\s+of\s+(?:up to\s+)?)")
# A verb of solving right before a share: "completes only [60.4%] of rubric items", "solves 45.2% of the tasks".
_SOLVED_BEFORE = re.compile(r"(?i:\b(?:solv|complet|resolv|answer|identifi|pass|execut|accomplish|fix)(?:es|ed|ing|s)?"
                            r"\s+(?:(?:only|merely|just|over|nearly|about|around|approximately|correctly|successfully|"
                            r"up to|less than|more than|at least|at most)\s+){0,2})$")
# ... by a subject no one names ("humans solve 92% of the tasks"): no claim. (Narrower than _UNNAMED_SUBJECT, which
# also takes "Across 13 leading MLLMs, the strongest (Gemini) identifies 58.7% of tools" for an unnamed subject.)
_UNNAMED_SOLVER = re.compile(r"(?i:\b(?:humans?|annotators|experts|participants|random|chance)\b)")
_SHARE_NOUN = re.compile(r"\bof\s+(?:the\s+|all\s+)?(?P<n>[\w-]+(?:\s+(?!(?:in|on|of|for|with|by|at|and|or|from|to|"
                         r"under|when|while|across|that|which|where|who)\b)[a-z][\w-]*){0,2})")  # ("75% of the prompts
# that standard models fail": the prompts)
_PERCENTILE_METRIC_AFTER = re.compile(r"\s*(?i:hausdorff|HD\b)")  # "[95%] Hausdorff distance": HD95's percentile
_CI_BRACKET_BEFORE = re.compile(r"[(\[]\s*(?:\d{2}(?:\.\d+)?\s?%\s*)?(?i:CI|confidence intervals?)\b[^()\[\]]{0,30}$")
_COST_NAMED = re.compile(rf"(?i:\b(?:{alternation('results.not_result_before')})$)")
_OF_METRIC = re.compile(rf"\s*of\s+(?:the\s+)?{_METRIC_CORE}")
_SHARE_OF = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?i:performance|accuracy)\s+)?of\s+(?:the\s+|all\s+)?(?![\d+])[\w-]+")
# An unnamed reference's number: "the previous best score of [0.80]", "the baseline accuracy of [9.4%]" (not
# a name that starts with the word: "the Human Eval test ([90.9%]"; nor one that ends in it: "75.8% on NL2SVA-Human
# and [84.0%] on NL2SVA-Machine").
_BASELINE = re.compile(r"(?i:(?<![\w-])(?:baselines?|previous(?:ly)?|prior|"
                       # "a mere 0.8% drop from the original model ([96.8%])": the model before the method
                       r"(?:original|unpruned|uncompressed|full-precision|vanilla)\s+(?:models?|networks?|LLMs?)|"
                       r"(?<!without )(?<!no )humans?(?!\s+(?-i:[A-Z]))|"  # (not "without human tuning: [1976.3] on
                       r"random|chance|"  # A": no human's number)
                       # ("compared to an English-only result of [91.3%]": the reference's)
                       r"compared\s+(?:to|with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:results?|scores?|accuracy))"
                       r"\b(?:'s)?"
                       r"[^,;()\d]{0,30}?"
                       r"(?:\bof|:|=|\bis|\bwas|\bat|'s|\((?:[^();]{0,40}?,[^();,]{0,20}?[:=])?)?\s*"
                       r"(?:[A-Z][\w@.-]*(?:\s*=\s*|\s+))?)$")  # "human performance (AUROC [0.81])", "random
# guessing (AUC = [0.5])", "random baselines (Random Uniform, F1 score: [20.38])"
# A baseline written with its name: "the OmniWeaving baseline", "the Qwen2.5-7B baselines" (not "the 7B baseline").
# "6x fewer than the 46.62 required by direct action prediction at [32.9%] SR": what is compared stands at x.
# Outdoing an unnamed reference before a bracket that compares: "can exceed human expert performance (x vs. y)".
_OUTDOES = re.compile(r"(?i:\b(?:(?:exceed|surpass|outperform|beat|outdo)\w*|improv\w*\s+(?:over|upon))\s+(?:the\s+)?"
                      r"(?:[^,;()\d]|(?<=[A-Za-z])\d){0,60}\(\s*)$")  # ("improves over a SAM2 baseline (x vs. y)")
# An unnamed reference the subject outdoes, described in plain words, with its number in a bracket: "outperforming an
# agent without skills ([40.9%])", "outperforms a static mixture ([2.3093])" (not a named model's, "GPT-4o (59%)").
_OUTDONE_UNNAMED = re.compile(r"(?i:\b(?:exceed|surpass|outperform|beat|outdo)\w*)\s+(?:the|an?)\s+"
                              r"[a-z][a-z -]{0,40}?\(\s*$")
_OUTDONE_LIST_GAP = re.compile(r"\s*%?\s*(?:[A-Za-z][\w@-]*\s*)?\)\s*,?\s*(?:and|or)?\s*(?:the\s+|an?\s+)?[a-z][\w-]*"
                               r"(?:\s+[a-z][\w-]*){0,2}\s*\(\s*")  # (and "baseline (0.48 F1) and a non-KG council (")
_BRACKET_CLOSES = re.compile(r"\s*%?\s*(?:[A-Za-z][\w@-]*\s*)?\)")
_THAN_AT = re.compile(r"\bthan\b(?:(?!\b(?:with|while|whereas|achiev\w*|reach\w*|attain\w*)\b)(?:[^;.()]|\.\d))*"
                      r"\bat\s+$")
_BARE_ON = re.compile(r"\s+on\s+(?:the\s+)?")
_A_SCORE_BEFORE = re.compile(r"(?:\b(?:with|of)\s+an?\s+|,\s+(?:and\s+)?)$")
_NAME_SHAPED = re.compile(r"\b[A-Za-z][a-z]*[A-Z0-9][\w.-]*")  # "SVDQuant", "GPT-4", "CLIP" (not "Random")
_LISTED_NAME = re.compile(r"\b(?:including|such as|like|e\.g\.,?|namely)\s+(?:the\s+)?[A-Z][\w.-]*\s*$")
# A metric, then a bracket of "name value" pairs: "PPV (CheXpert 0.133, Open-i [0.105])".
_METRIC_PER_NAME = re.compile(rf"(?<![\w@-])(?P<m>{_METRIC_CORE})\s*\((?:\s*[A-Z][\w.+-]*\s+[+]?\d+(?:\.\d+)?\s?%?,)*"
                              r"\s*(?P<n>[A-Z][\w.+-]*)\s+$")


def _metric_per_name(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_METRIC_PER_NAME.search(text, start, end)``, tried only where its bracket is (most windows have none)."""
    return _METRIC_PER_NAME.search(text, start, end) if text.find("(", start, end) >= 0 else None


_SPACE_ONLY = re.compile(r"\s+")
_CODED_WORD = re.compile(r"[A-Z][^\s]*[A-Z0-9]")  # two capitals or a digit after one: CLIP, Qwen2.5
_NAMED_BASELINE = re.compile(r"\bthe\s+(?:[\w.-]*[A-Z][\w.-]*)\s+$")
# "improving over the previous best IS of 52.5 and FID of [18.6]": the earlier record's numbers, up to a
# result verb that states the paper's own.
_PREVIOUS = re.compile(r"(?i:\b(?:previous|prior|former)\s+(?:best|state[- ]of[- ]the[- ]art|sota|records?)\b)")
_RESULT_VERB = re.compile(rf"(?i:\b(?:{alternation('results.result_verbs')})\b)")
_BRACKET_OR_BREAK = re.compile(r"[;()]")
_POINTS = re.compile(r"(?i:points?)(?![\w-])")  # the unit, not a metric after the number
# "by", maybe hedged: "by over", "by up to", "by about", "by nearly", "by approximately"
_BY_HEDGED = r"\bby\s+(?:over\s+|up\s+to\s+|about\s+|nearly\s+|approximately\s+|at\s+least\s+|more\s+than\s+)?"
_BY_NUMBER = re.compile(rf"{_BY_HEDGED}[+]?\d")  # a gain over what went before
_RANGE_END = re.compile(r"(?<![\w@.])\d+(?:\.\d+)?\s?%?\s*(?:[~–-]|to)\s*$")  # not "Recall@10 to [70.3%]"
_RANGING = re.compile(r"(?i:\b(?:(?:rang|var)\w* from|between)\s+\S+\s+(?:to|and)\s+)$")  # "gains ranging from 5 to [11]"
# "exceeding seed-only gains by [70.7%]": how much one gain outdoes another, no score or gain of a model on a set
_GAINS_BY = re.compile(r"(?i:\b(?:exceed|surpass|outperform|outdo)\w*\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:gains?|improvements?)\s+by\s+)$")
# (or a variable's range of settings: "across K from 4 to 7")
_COUNT_FROM_TO = re.compile(r"(?i:(?:\bnumber of\b[^.;,()]{0,50}?|(?<![\w-])[A-Za-z\u03b1-\u03c9]\s+)"
                            r"\bfrom\s+(?:\d+\s+to\s+)?)$")
_VARYING = re.compile(r"(?i:\b(?:rang\w*|var\w*|between))\s+from\s+$")
# "improves accuracy on D to [85.3%]", "boosts the mIoU to [52.1]", "detection falls to [4.9%]": the value reached.
_RAISED_TO = re.compile(r"(?i:\b(?:improv|increas|boost|rais|lift|push|bring|brought|reduc|lower|decreas|fall|fell|drop|"
                        r"declin|collaps|degrad)\w*\b(?:[^.;,()\d]|(?<=[A-Za-z.-])\d|(?<=\d)\.(?=\d)){0,50}?\bto\s+"
                        # ("L2 error", "boosts Zorb-1.5-7B to")
                        r"(?:about\s+|nearly\s+|around\s+)?)$")
_TO = re.compile(rf"^\s*%?{_FROM_GAP}\s*(?i:to|->|→)\s+{_TO_QUALIFIER}[+]?\d")
# The next member of a list of "<name> to <number>" after the first: ", GTA1-7B to ", ", and Zorb-8B to ".
_NAME_TO = re.compile(r"\d\s?%?\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}\s+to\s+$")
# "(88.8% → [93.9%])", "(9.87=>15.98)": the first is where it started
# The number a change goes to, after its start: " to 31.2", " → 58.5%" (its metric may follow).
_TO_VALUE = re.compile(r"\s*%?\s*(?:to|->|→|=>|⇒)\s*[+]?\d+(?:\.\d+)?(?:\s?%)?")
_ARROW = re.compile(r"^\s*%?\s*(?:->|→|=>|⇒)\s*[+]?\d")
_ARROW_END = re.compile(r"\d\s?%?\s*(?:->|→|=>|⇒)\s*[+]?$")  # ... and the second where it got to
_REL_BEFORE = re.compile(
    r"(?i:\b(?:plus|minus)\s+$)|"  # ("achieves plus 17 percent MC1 accuracy (0.500 to 0.585)": a gain written out)
    r"(?i:\b(?:by|(?:gains?|improvements?|enhancements?|increases?|boosts?|margins?|reductions?|drops?|"
    r"decreases?)\s+(?:of|reaching))"  # ("with combined improvements reaching [10%]": a gain too)
    r"\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|at least\s+|more than\s+|approximately\s+|roughly\s+|"
    r"an average of\s+|only\s+|"
    r"on average\s+|a remarkable\s+|a large\s+|(?:an?\s+)?(?:absolute|relative)\s+)?(?:[≈~]\s*)?|"
    r"\bby\s+(?-i:[A-Z][\w@.-]*[A-Z0-9][\w@.-]*)\s+|"  # "improves the baseline by Top-1 [2.9%]": the metric first
    r"\b(?:rais|lift|boost|improv|increas)(?:e|es|ed|ing|s)?\s+(?:by\s+)?"
    # ... or goes on through a list of numbers after "by": "by 9.6%, [6.6%], and [3.9%] on A, B and C"
    r"|\bby\s+(?:up to\s+)?[+]?\d+(?:\.\d+)?\s?%?(?:\s*,\s*[+]?\d+(?:\.\d+)?\s?%?)*\s*(?:,\s*(?:and\s+)?|and\s+))$")
_REL_AFTER = re.compile(
    # (not "from below 20% to above 80%": a bound; nor "from x to [y] and increases IS from ...": the next clause's verb)
    r"^\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:(?!to\s|(?:and|or|while|whereas)\s+(?:increases|boosts|raises|improves|"
    r"enhances|reduces|decreases|drops|lowers|cuts)\b)\w+\s+)?"
    r"(?![A-Z]{3,}\b)"  # (a name in capitals is no word of change: "82.2% on DROP")
    r"(?i:relative|absolute|higher|lower|improvements?|enhancements?|gains?|"
    r"increases?|boosts?|"
    r"reductions?|drops?|decreases?|better|worse|more|margin|above|below|over (?:the |its |their )?(?:baselines?|base|"
    r"previous|prior|state|sota|best|strongest|vanilla))\b"
    # "8.7% GenEval score improvement" (not the next clause's verb: "to 96% and PickScore increases from ...")
    r"|^\s*%?\s*(?:(?!(?i:and|or|while|whereas)\s)[\w@-]+\s+){2}(?i:improvements?|enhancements?|gains?|increases?|"
    r"boosts?)\b(?!\s+(?:from|by|to)\b)"  # (nor "47.9 AP50 and boosts inference speed": the next clause's verb)
    r"|^\s*%?\s*(?!(?i:and|or|while|whereas)\s)(?:[\w@-]+\s+){1,2}(?i:reductions?)\b(?!\s+(?:from|by|to|in)\b)")
# Points in a clause about gains are a gain: "the largest improvements over the base model reach [24.7 points]".
_GAIN_CLAUSE = re.compile(r"(?i:\b(?:improv(?:es|ed|ing|ements?)|gains?|boosts?|increases?|outperform\w*|surpass\w*)\b)")
_VERB_BEFORE = re.compile(rf"(?i:\b(?:{alternation('results.result_verbs')}))\s+"
                          r"(?i:an?\s+(?:[a-z-]+\s+)?|only\s+|just\s+|merely\s+|about\s+|around\s+|nearly\s+|up to\s+|"
                          r"over\s+|roughly\s+|approximately\s+|(?:highest|best|lowest)\s+(?:at|with)\s+)?$")
# ("GPT-5-mini scoring highest at [40.93%]")
# A model's place with its number bracketed: "B performed best ([0.91]), with C close behind ([0.89])".
_RANKED_BEFORE = re.compile(r"(?i:\b(?:(?:perform|scor|rank|finish|plac)ed\s+(?:the\s+)?"
                            r"(?:best|highest|lowest|worst|first|second|last)|close\s+behind)\s*\(\s*)$")
# A new best stated at a number: "establishes a new state of the art (SoTA) at [69.9%]", "a new record of [81.2]".
_NEW_BEST_AT = re.compile(r"(?i:\b(?:state[- ]of[- ]the[- ]art|SoTA|record)(?:\s*\([^()]{1,10}\))?"
                          r"(?:\s+(?:performance|results?))?\s+(?:at|of|with)\s+)$")  # ("... performance with [48.1%]")
# What a result verb says a number is, in words no list knows: "achieves a mean leaderboard percentile of [74.4%]".
_VERB_OF = re.compile(r"(?i:\b(?:achiev|attain|obtain|reach|record|deliver)\w*\s+(?:an?|the)\s+)"
                      r"(?P<m>(?:[A-Za-z][\w@-]*\s+){0,3}[A-Za-z][\w@-]*)\s+of\s+(?i:up to\s+|about\s+|around\s+)?$")
# ... or an error brought down to the number: "reduces counting error to [2.97%]", "lowers the word error rate to".
_ERROR_TO = re.compile(r"(?i:\b(?:reduc|lower|cut|decreas|bring|brought|push)\w*\s+(?:the\s+|its\s+|their\s+)?)"
                       r"(?P<m>(?:[A-Za-z][\w-]*\s+){0,3}(?i:errors?|error rates?|loss|distance))\s+(?:down\s+)?to\s+$")
# A measure named right before the change of its value: "the role overstepping rate decreases from 46.4% to [8.4%]",
# "the useful evidence selection rate increases from 0.272 to [0.965]" (and "... to 8.4% and from 43.4% to [0.2%]").
_CHANGED_MEASURE = re.compile(
    r"\b(?:the|its|our|their)\s+(?P<m>(?:[a-z][a-z-]*\s+){0,3}(?:rate|score|ratio|accuracy|error|precision|recall))"
    r"(?:\s+of\s+[A-Z][\w.+-]*)?\s+(?:\w+ly\s+)?(?:(?:de|in)creas(?:es|ed)|drops|dropped|rises|rose|improves|improved|"
    r"falls|fell|grows|grew|jumps|jumped|climbs|climbed|declines|declined)\s+(?:\w+ly\s+)?from\s+[^\s,;]+\s+to\s+"
    r"(?:[^\s,;]+\s+and\s+from\s+[^\s,;]+\s+to\s+)?$")
# ... or a measure the verb before it changes: "improves the rejection rate of invalid instructions to [87.04%]".
_MEASURE_BROUGHT_TO = re.compile(
    r"\b(?:improv|increas|rais|boost|lift|reduc|lower|decreas|cut)\w*\s+(?:the|its|their)\s+"
    r"(?P<m>(?:[a-z][a-z-]*\s+){0,3}(?:rate|score|ratio|accuracy|error|precision|recall))"
    r"(?:\s+of(?:\s+[a-z][\w-]*){1,3}?)?\s+(?:from\s+[^\s,;]+\s+)?to\s+$")
# ... or a coded metric the word lists do not know, brought down to the number: "reduces SDLogJ to [0.11]" (a model
# is raised, not reduced: "it raises CLIP to x").
_ACRONYM_CORE = r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*"
_MEASURE_DETERMINER = r"(?:(?i:the|its|their|mean|average)\s+)?"
_ACRONYM_TO = re.compile(rf"\b(?i:reduc|lower|decreas|cut|bring|brought)\w*\s+{_MEASURE_DETERMINER}(?P<m>{_ACRONYM_CORE})"
                         r"\s+to\s+$")
# ... or brought down by the number: "lowers DTW by [9%]", "reduces CVR by up to [19.26%]": an acronym the word
# lists do not know, as the object of lowering, is an error-like measure (and "lowers ARE and DTW by x and y" a list
# of them, one per number), never the model whose number it is.
_LOWERED = r"\b(?i:reduc(?:es|ed|ing|e)|lower(?:s|ed|ing)?|decreas(?:es|ed|ing|e)|cut(?:s|ting)?)\s+"
_ACRONYMS_BY = re.compile(rf"{_LOWERED}{_MEASURE_DETERMINER}(?P<m>{_ACRONYM_CORE}"
                          rf"(?:\s*,\s*{_ACRONYM_CORE})*(?:\s*,?\s+and\s+{_ACRONYM_CORE})?)\s+{_BY_HEDGED}$")
# ... or called a metric: "raising the AUP metric by [9%]" (the words before it may name another measure).
_NAMED_METRIC_BY = re.compile(rf"\b(?:the|its|their)\s+(?P<m>[A-Z][A-Za-z0-9@-]{{1,10}})\s+metric\s+{_BY_HEDGED}$")
# Around a mention that a number lowers: the verb (and the list members) before it, "by" and the number after it.
_LOWERED_BEFORE = re.compile(rf"{_LOWERED}{_MEASURE_DETERMINER}"
                             rf"(?:{_ACRONYM_CORE}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_LOWERED_BY_AFTER = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_ACRONYM_CORE})*\s+by\s+(?:[a-z]+\s+){{0,2}}"
                               r"[+\-\u2212]?\d")
# ... or a metric on a set, then "is": "The best performance on the Marmot benchmark is [9.18%]".
_METRIC_ON_SET_IS = re.compile(rf"(?<![\w@-])(?P<m>{_METRIC_CORE})\s+on\s+(?:the\s+)?[A-Z][^,;()]{{0,40}}?\s+"
                               r"(?:is|was|reaches|reached|stands at|remains)\s+(?:only\s+|just\s+|about\s+)?$")
# ... but not a gain, a cost, or a count: "an improvement of", "a speedup of", "a total of".
_NOT_VERB_OF = re.compile(r"(?i:\b(?:improvements?|gains?|increases?|boosts?|margins?|reductions?|drops?|decreases?|"
                          r"speed\w*|latency|time|memory|costs?|parameters?|flops|throughput|total|number|average of|"
                          r"maximum|minimum|rate of change|agreement)\b)")
# A bound, not a stated number: "exceeding 90%", "below 50%", "at least 3".
_BOUND = re.compile(r"(?i:\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|below|under|beyond|within|less than|(?<!by )more than|greater than|"
                    r"fewer than|(?<!by )at least|at most|(?<!by )over|higher than|lower than)\s+|(?:[<≤≥]|(?<![-=])>)\s*"
                    # "none of them reach 60% accuracy", "no model achieves 50%": a ceiling no one reached
                    r"|(?i:\b(?:none(?:\s+of\s+(?:them|these|the\s+\w+))?|no\s+(?:single\s+)?(?:model|method|system|"
                    r"agent|LLM)s?)\s+(?:\w+ly\s+)?(?:reach|achieve|attain|score|exceed|surpass)(?:e?s)?\s+"
                    r"(?:even\s+|above\s+|over\s+)?))$")
# A threshold a number sets: "among the 12 above a [3%] overall-accuracy floor" (not "90% at a threshold of x").
_THRESHOLD_AFTER = re.compile(r"\s*%?\s*(?:(?!(?:at|with|under|for|on|in|using|and|or)\s)[\w-]+\s+){0,2}?"
                              r"(?:floor|cut-?off|ceiling|threshold)s?\b(?!-)")  # (not "threshold-swept F1")
# "within a 1% gap of the original": a bound even when a gap word follows (not a gain).
_WITHIN = re.compile(r"(?i:\bwithin\s+(?:an?\s+|only\s+|just\s+)?)$")
# A bound that caps what is reached: "none surpasses x", "all stay below x".
_CAPPING_BOUND = re.compile(r"(?i:\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|below|under|less than|at most|"
                            r"lower than|fewer than)\s+)$")
_PRUNED_BY = re.compile(r"(?i:\b(?:prun(?:e|es|ing)|sparsif(?:y|ies|ying))\s+(?:(?!(?:improv|increas|boost|rais|achiev|"
                        r"reach|lift|enhanc)\w*\s)[\w.+/-]+,?\s+){0,6}?by\s+|\bpruned\s+by\s+)$")
_SPED_UP_BY = re.compile(r"(?i:\b(?:accelerat\w*|speeds?\s+up|sped\s+up)\s+(?:the\s+)?(?:[\w.+-]+\s+){0,3}?by\s+"
                         r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|roughly\s+)?)$")
_SHARE_SETUP_AFTER = re.compile(r"\s*(?:%|percent)?\s+(?:[A-Z][\w.+-]*\s+)(?:setup|setting|split|subset|regime)s?\b")
# A release tier among a bracket's members: "(1.5, XL, 3.5 Large)".
_RELEASE_MEMBER = re.compile(r"(?:\d+(?:\.\d+)?\s+)?(?:XXL|XL|Large|Base|Small|Medium|Pro|Turbo|Lite|Mini|Max|Ultra|"
                             r"Flash|Plus|Nano|Schnell|Dev)")


def _in_release_list(sent: str, at: int) -> bool:
    """The number is a member of a bracketed list of a model's releases, one of them a tier word ("Stable Diffusion
    (1.5, XL, 3.5 Large)")."""
    opened = sent.rfind("(", max(0, at - 40), at)
    closed = sent.find(")", at)
    if opened < 0 or closed < 0 or closed - opened > 80 or ")" in sent[opened:at]:
        return False
    members = [w.strip() for w in re.split(r",|\band\b", sent[opened + 1:closed])]
    return len(members) >= 2 and any(_RELEASE_MEMBER.fullmatch(w) for w in members) and "%" not in sent[opened:closed]


# An average over everything, after its number or before it: "[+4.43] average overall gain", "an overall average
# of [x]".
_OVERALL_AFTER = re.compile(r"\s*%?\s*(?:points?\s+)?(?i:(?:average|avg\.?|mean)\s+overall|overall\s+(?:average|mean)|"
                            r"on\s+average|averaged?\s+(?:across|over))\b")
_OVERALL_BEFORE = re.compile(r"(?i:\b(?:(?:average|mean)\s+overall|overall\s+(?:average|mean))\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:of|by|to|reaches|at)?\s*)$")
_HUMAN_LEVEL_BRACKET = re.compile(r"(?i:\bhuman-level\s+[\w\s-]{0,30}\(\s*)$")
# A loss a capping bound keeps small: "less than [10%] relative performance drop", "under [1%] degradation".
_LOSS_NOUNS = r"(?:drops?|degradations?|loss(?:es)?|decreases?|declines?)"
_CAPPED_LOSS = re.compile(rf"\s*%?\s*(?:[\w-]+\s+){{0,3}}?{_LOSS_NOUNS}\b")
# ... or one said to be small, before its number: "with a minimal accuracy reduction of only [0.2%]".
_SMALL_LOSS_BEFORE = re.compile(r"(?i:\b(?:minimal|negligible|slight|small|marginal|minor|modest)\s+(?:[\w-]+\s+){0,2}?"
                                rf"(?:reductions?|{_LOSS_NOUNS})\s+(?:of\s+)?"
                                r"(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|less\s+than\s+)*)$")
# A price: its currency's sign before the number, or its name after it ("$0.002", "5.58 USD", "3 cents").
_CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3", "\u00a5", "USD ", "US$ ")
_CURRENCY_AFTER = re.compile(r"\s*(?:USD|dollars?|cents?|euros?|EUR|RMB|CNY)\b")
# The rest of a list of gains after its first number: "over [36%] and 20% improvements".
_LISTED_GAINS_AFTER = re.compile(r"\s*%?(?:\s*,\s*[+]?\d+(?:\.\d+)?\s*%?)*\s*,?\s+and\s+[+]?\d+(?:\.\d+)?\s*%?\s+"
                                 r"(?:relative\s+|absolute\s+)?(?:improvements?|gains?|increases?)\b")
# Between a bound's number and the next one of its list: "surpasses 21.1% recall or [6.1%]", "above 80% and [75%]".
_BOUND_LIST_GAP = re.compile(r"\s*%?(?:\s+[A-Za-z][\w@-]*){0,2}\s*(?:,\s*)?(?:or|and|nor|,)\s+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+)?$")
_ON_NAME_AFTER = re.compile(r"\s*%?\s*on\s+(?:the\s+)?[A-Z]")
_ON_NAME_AND_GAP = re.compile(r"\s*%?\s*on\s+(?:the\s+)?(?P<n>[A-Z][\w.+-]*[\w+])\s*,?\s+and\s+")
_ON_NAME_AFTER_VALUE = re.compile(r"\s*%?\s*on\s+(?:the\s+)?(?P<n>[A-Z][\w.+-]*[\w+])")
_ON_NAME_AND = re.compile(r"\d\s+on\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}?\s+and\s+$")
_ARXIV_ID = re.compile(r"^[0-9]{4}\.[0-9]{4,5}$")
# A share of items as the subject of what happened to them: "34% improved and 28% deteriorated".
_SHARE_THAT_CHANGED = re.compile(r"\s+(?:(?:of\s+(?:the\s+)?)?(?:items|questions|cases|samples|problems)\s+)?(?:improved|"
                                 r"deteriorated|declined|worsened|regressed|flipped|changed)"
                                 r"(?=\s*(?:[,;.)]|and\b|or\b|for\b|while\b|under\b|after\b|$))")  # (not "a 5% improved
# accuracy": an adjective)
_TOP_SHARE = re.compile(r"(?i:\btop[- ]?)$")
_ENUM_MARK = re.compile(r"\(\d\)\s+[A-Za-z]")  # "(2) a web app", "(3) Performance gains": a list item's number
# "x on D": a value, its metric if any, then on/in/for the dataset.
_GAIN_WORDS = r"improvements?|gains?|increases?|boosts?|enhancements?|reductions?"  # (of an error: "in SAD")
_CHANGE_WORDS = rf"{_GAIN_WORDS}|decreases?|drops?"  # (either way: "a 9.1% increase in SIM-O", "a 4% drop in WER")
# A metric the word lists do not know, written as a coded token between a number and "on" + a name:
# "81.5% cIoU on D", "89.2% J&F on D", "34.2 AP3D on D" (a capital, "&" or "@" in it; not "higher").
# (not a plural acronym: "17 LLMs on X" counts models, "8 GPUs" hardware)
_CODED_METRIC = r"(?![A-Z]{2,}s\b)(?=[\w&@.+/-]*[A-Z&@])[A-Za-z][\w&@.+/-]{0,14}"
# ... or before "score", "rate": "a 33.8% All-Pass@4 score"
_CODED_METRIC_ON = re.compile(rf"^\s*(?P<m>{_CODED_METRIC})\s+(?:(?:on|in)\s+(?:the\s+)?[A-Z]|(?:score|rate)\b)")
# ... or after a gain's noun and "in", closing the item: "a 9.1% increase in SIM-O,".
_GAIN_IN_CODED = re.compile(rf"^\s*(?:(?i:relative|absolute)\s+)?(?i:{_CHANGE_WORDS})\s+in\s+(?:the\s+)?"
                            rf"(?P<m>{_CODED_METRIC})"
                            rf"(?=\s*(?:[,;)]|and\b|\.(?:\s|$)|$|(?:on|over|for|compared|than|while)\b))")
_DROPS_BY = re.compile(rf"(?i:\b(?:drop|declin|fall|fell|degrad|decreas)\w*\s+){_BY_HEDGED}$")
_BY_TAIL = re.compile(rf"{_BY_HEDGED}$")  # (read first: cheap)
_REDUCED_COST = re.compile(r"(?i:\b(?:reduc|cut|lower|sav|decreas)\w*\s+(?:the\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}"
                           rf"(?:{alternation('results.not_result_before')})\b[^,;.%]{{0,40}}{_BY_HEDGED})$")
# The score before a slash that the number after it bounds: "23.5/[30] points" (not "94%/[90%]": a list of scores).
_OUT_OF_BEFORE = re.compile(r"(?<![\d.%/])(\d+(?:\.\d+)?)/$")
# A cost a verb changes from one number to another: "reduces average token usage on GSM8K from 917 to [328]".
_COST_FROM_TO = re.compile(r"(?i:\b(?:reduc|cut|lower|sav|decreas|shrink|compress)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                           rf"(?:{alternation('results.not_result_before')})\b(?:\s+(?:on|in|for)\s+[^,;%]{{1,40}}?)?"
                           r"\s+from\s+(?:[\d.,]+\s*%?\s*(?:[A-Za-z]+\s+)?to\s+)?)$")
_COST_REDUCTION_AFTER = re.compile(rf"\s*%?\s*(?:(?i:reductions?|savings?|decreases?|cuts?)\s+(?:in|of)\s+(?:the\s+)?"
                                   rf"(?:[\w-]+\s+){{0,2}}(?i:{alternation('results.not_result_before')})\b)")
_HYPERPARAMETER_BEFORE = re.compile(r"(?i:\b(?:dropout(?:\s+rate)?|learning\s+rate|lr|weight\s+decay|batch\s+size|"
                                    r"momentum|warm-?up|top-[pk]|sampling\s+temperature|temperature)"
                                    r"\s*(?:\(|=|:|\bof\b|\bto\b|\bat\b)?\s*$)"
                                    # a perturbation's or a loss's weight set to it: "PGD-20 (epsilon = [0.031])"
                                    r"|(?:\b(?i:epsilon|lambda)|[ελ])\s*(?:=|≤|<=?)\s*$")
# What restates a gain just claimed: "..., representing relative improvements of [10.1%]", "(i.e., a [3.1] point gain)".
_RESTATING = (r"[,(]\s*(?:representing|corresponding\s+to|equivalent\s+to|amounting\s+to|i\.e\.,?|"
              r"which\s+(?:represents?|corresponds?\s+to|amounts?\s+to|translates?\s+(?:in)?to))\s+(?:an?\s+|the\s+)?")
_GAIN_NOUNS = r"(?:improvements?|gains?|increases?|reductions?|boosts?|decreases?)"
_GAIN_KINDS = r"(?:(?:relative|absolute|average|overall|performance)\s+){0,2}"
_HEDGE = r"(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?"
_RESTATED_GAIN = re.compile(rf"(?i:{_RESTATING}{_GAIN_KINDS}{_GAIN_NOUNS}\s+(?:of\s+)?{_HEDGE}[+]?)$")
_RESTATING_BEFORE = re.compile(rf"(?i:{_RESTATING}{_HEDGE}[+]?)$")
_GAIN_NOUN_AFTER = re.compile(rf"(?i:\s*(?:%|-?\s*(?:points?|pp|percentage\s+points?))?\s*{_GAIN_KINDS}{_GAIN_NOUNS}\b)")
_COUNT_SHARE_BEFORE = re.compile(r"(?<![\w.,])\d+\s+(?:of|out\s+of)\s+\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}"
                                 r"[a-z][\w-]*\s*\(\s*$"
                                 # ... or a count of things and its share: "confirms 2,580 errors ([12.08%])"
                                 r"|\b(?:confirm|find|found|identif|flag|detect|contain|includ)\w*\s+(?:over\s+|about\s+)?"
                                 r"\d[\d,]*\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s*\(\s*$")
_LISTED_ACRONYM_AFTER = re.compile(r"\s*(?P<m>[A-Z][A-Z0-9]{1,5})(?=\s*(?:[,;)]|and\b|\.(?:\s|$)|$)"
                                   r"|\s+(?:in|for)\s+[a-z])")
_METRIC_THEN_GAP = re.compile(r"\s*%?\s*[A-Za-z][\w@.:-]*(?:\s+(?:in|for|on)\s+(?:[a-z][\w-]*\s+){1,4}?(?:[a-z][\w-]*))?"
                              r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # (or "+3.4% mAP in lane segment perception and")
_COMPARATIVE = r"(?:(?i:higher|lower|better|greater|absolute|relative)\s+)?"  # "a 0.4% higher accuracy on D"
_ON = re.compile(rf"^(?:@[\w.-]+)?\s*\)?\s*(?:\([+-][^()]{{0,12}}\)\s*(?=[A-Za-z]))?"
                 rf"(?:(?i:in\s+|at\s+(?=[\w-]+@))?{_COMPARATIVE}"
                 rf"(?:(?:{_QUALIFIER}\s+){{0,2}}|{_FREE_QUAL}){_METRIC_CORE}\s*|{_CODED_METRIC}\s+)?"
                 rf"(?:\([^()]{{0,30}}\)\s*)?"
                 rf"(?:(?i:(?:relative\s+|absolute\s+|mean\s+|average\s+)?(?:{_GAIN_WORDS}))\s+(?:(?i:over|against)\s+"
                 rf"(?:the\s+)?[\w.-]+\s+|(?i:of|in)\s+(?:the\s+)?(?:{_QUALIFIER}\s+){{0,2}}{_METRIC_CORE}\s+)?)?"  # "+14.1
                 # improvement of mAP50 on D", "a +4.4% mean improvement of the intersection over the union on D"
                 # "x in class-conditional generation on D", "a correlation of x with human evaluations on D", "x for
                 # TQA on D" (a task's acronym)
                 r"(?:(?i:in|for|with)\s+(?:[a-z][\w-]*\s+|[A-Z]{2,}[\w-]*\s+){1,4}?(?=on\s))?"
                 r"(?i:on average,?\s+|overall,?\s+)?(?i:on|in|for|across|at)\s+"  # "x on average on D": D's mean
                 # ("+14.78 points overall on D")
                 r"(?:(?:the\s+)?\d[\d,]*\s+(?:[a-z][\w-]*\s+){0,2}"  # "on 500 GSM8K problems": a count of D's items
                 r"|(?:the|both|our|their|its)\s+(?:[a-z][\w-]*\s+|(?:OOD|ID)\s+){0,3}"  # ("the challenging OOD D")
                 r"|(?:[a-z]+-[a-z][\w-]*\s+){1,2}"  # "FVD of x on class-conditional D", "on zero-shot D"
                 r"|the\s+(?:[\w-]+\s+){0,3}(?:dataset|benchmark|set)\s*\(\s*"
                 r"|an?\s+(?:[a-z][\w-]*\s+){0,4}(?:benchmark|dataset|suite|corpus)\s+"  # "on a web agent dataset D"
                 r"|the\s+(?:[a-z][\w-]*\s+|[A-Z][A-Z0-9]{1,6}\s+){0,4}"  # ("on the SAR VQA benchmark D": capitals
                 r"(?:task|benchmark|dataset|suite|splits?|sets?|corpus|leaderboard)\s+"  # that say what D is about)
                 r"(?:(?:(?<=split\s)|(?<=set\s)|(?<=splits\s)|(?<=sets\s))of\s+(?:the\s+)?)?)?$")  # "on the hardest
# split of D", "on the unseen validation splits of D"
# A gain's own noun right after its number, then its set: "a [7.8-point] improvement on B" (the item names no metric),
# after a change the other way that named its metric with "in": "a 35.9% relative reduction in hallucination rates".
_OWN_GAIN_ITEM = re.compile(r"[-\s]*(?:points?|pp)?\s*(?:absolute\s+|relative\s+)?(?i:improvements?|gains?|boosts?|"
                            r"increases?)\s+(?:on|over)\s")
_GAIN_IN_BEFORE = re.compile(r"(?i:\b(?:reductions?|decreases?|drops?)\s+in\s+(?:the\s+)?[\w-]+)")  # (the other way)
# A gain's noun right after a number's metric: "a 31% generation FID improvement".
_GAIN_AFTER_METRIC = re.compile(rf"\s+(?i:{_CHANGE_WORDS})\b")
# A list of numbers each with its metric, which a gain noun after the last closes: "1.3 mAP and 1.5 NDS gains".
_BARE_METRIC_JOIN = re.compile(r"\s*%?\s*[A-Za-z][\w@.-]*\s*(?:,\s*(?:and\s+)?|and\s+)")
_LIST_GAIN_NOUN = re.compile(r"\s*%?\s*[A-Za-z][\w@.-]*\s+(?i:gains|improvements|increases|boosts)\b")
# Between the members of a list that names each member's metric: "91.9% precision, 85.2% recall and".
_METRIC_LIST_GAP = re.compile(r"^\s*(?:\([^()]{0,20}\)\s*)?(?:(?:in|on|of)\s+)?(?:[\w@.-]+\s+){0,2}?[\w@.)-]*"
                              r"\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)(?:an?\s+)?$")  # ("97.75% accuracy and a 97.77% F1")
# Between a number with its metric after it and one with its quantity before: "0.94 rFID and codebook usage of 97%".
_MIXED_LIST_GAP = re.compile(r"^\s*[\w@.)-]+\s*,?\s*and\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w@.+-]*\s+){1,3}of\s*$")
# Between two numbers that each follow their metric: "an accuracy of x and an F1-macro of y" (on one set).
_OF_LIST_GAP = re.compile(r"^(?:\s*\([-+−]?\d[^()]{0,12}\))?\s*,?\s*(?:and\s+)?(?:an?\s+|the\s+)?"
                          r"(?:[A-Za-z][\w@.+-]*\s+){1,3}(?:\([A-Za-z][\w@.+-]{0,11}\)\s+)?(?:of|=|:|by|to)\s*$")
# (and "Overall Accuracy (OA) of"; "improves Hits@1 by x and F1 by y on D"; "reduces A to x (-7.4%) and B to y")
# (a bracketed setting may follow each number: "x (20-way 1-shot) and y (500-way 5-shot)")
# (a bracketed setting may hold capitals when it opens on its number: "2.58 (1-NFE) and 2.15 (2-NFE)")
_LIST_GAP_VALUES = re.compile(r"^(?:@[\w.-]+)?\s*"
                               r"(?:\((?![^()]*[%±])(?:(?=[^()]*\d)[^()A-Z]{1,25}|\d[\w.-]{0,10}|[a-z][a-z -]{2,24})\)\s*)?"
                               r"(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*|vs\.?\s+|versus\s+)"
                               r"(?:[~\u2248]\s?)?$")  # ("x% / y%"; "~10% and [~12%]": each about)
_HARD_BREAK = re.compile(r";|\b(?:while|whereas|although|though)\b|,\s*but\b|\.\s+(?=[A-Z])")
_SENTENCE_BREAK = re.compile(r";|\.\s+(?=[A-Z])")
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|although|though)\b|,\s*(?:but|which)\b|\.\s+(?=[A-Z])")
# "reduces tokens on D while improving accuracy by [x]": the participle goes on in the clause, on its set
_PARTICIPLE_WHILE = re.compile(r"\b(?:while|whilst)\s+(?:also\s+|still\s+|simultaneously\s+)?[a-z]+ing\s+"
                               r"(?=(?:the\s+|its\s+)?[a-z])")  # (not "while raising SEA-HELM NLG": another set's)
# A sentence whose subject is the paper's own system, by pronoun: "It achieves ...", "The proposed model reaches".
_IT_OPENS = re.compile(r"\s*(?:It|This (?:model|method|approach|framework)|The proposed (?:\w+\s+)?"
                       r"(?:model|method|approach|framework|network))\s+(?!is\b|was\b|has been\b)")
_PRONOUN_SUBJECT = re.compile(r"(?i:\b(?:it|we|ours|our (?:\w+\s+)?(?:method|model|approach|framework|system|"
                              r"agent|policy|best model)s?|this (?:method|model|approach)|the proposed)\b)")
# (not a count: "more than 17 open source LLMs", "over 30 models")
_COMPARED = re.compile(r"(?i:\b(?:than|over|surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|beats?|exceed(?:s|ed|ing)?|"
                       r"compared (?:to|with)|relative to|in comparison (?:to|with)|versus|vs\.?|against|improves?|"
                       r"boosts?|"
                       r"comparabl[ey] (?:with|to)|on par with|similar (?:\w+ )?(?:as|to)|"
                       r"competitive with|match(?:es|ing)?|rival(?:s|ing)?|second (?:only )?to|behind|trail(?:s|ing)?)\s"
                       r"(?!\d[\d,]*\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:models|LLMs|MLLMs|VLMs|methods|systems|agents|baselines)\b))")
_OUTPERFORMS = re.compile(r"(?i:\b(?:surpass(?:es|ed)?|outperform(?:s|ed)?|beats?|exceed(?:s|ed)?)\s)")
# A kind of methods named by a model, before examples of it: "outperforms [ResNet]-based methods like MVF-Net".
_KIND_COMPOUND = re.compile(r"-(?:based|style|like|type|family|derived)\s+(?:[a-z][\w-]*\s+){1,3}"
                            r"(?:like|such as|including|e\.g\.,?)\s")  # (not "a QRA-based [B] detector": B itself)
# Right before a model another is built from: "the variant built upon CLIP reaches [x]" is not CLIP's number.
# ("using vanilla DiT backbones": what the subject uses)
_BUILT_ON = re.compile(r"(?i:\b(?:built|based|fine-tuned|trained) (?:up)?on|\bon top of|\busing|"
                       r"\b(?:instantiated|equipped|paired) with|\b(?:powered|driven|backed) by)\s+"
                       r"(?:(?:only|just|merely)\s+)?(?:the\s+|an?\s+)?"  # ("using only a 3D ResNet-18")
                       r"(?:(?:vanilla|standard|frozen|pre-?trained|off-the-shelf|[23]D)\s+)?$")
# "surpassing the original model's score of 18.93": after a comparison, with no model named, the baseline's number.
_BASELINE_VALUE = re.compile(r"(?i:\b(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|than|"
                             # not "outperforms B with a parsing accuracy of [x]", "surpasses B, achieving a score of":
                             # the subject's own number
                             r"compared (?:to|with)|versus|vs\.?)\s(?:(?!\bwith\b|\bachiev|\breach|\battain)[^.;(),])*"
                             r"\b(?:scores?|accuracy|performance|"
                             r"rates?|results?)\s+(?:of|at)\s*$)")
_RESPECTIVELY = re.compile(r"(?i:\brespectively\b)")
_SEMICOLON_SETTING = re.compile(r";\s*(?:and\s+)?(?:in|on|for|under|with)\s+(?:the\s+|an?\s+)?[a-z]")  # (unnamed)
_AND_UNNAMED_AFTER = re.compile(r"\s+(?:(?:data ?set|benchmark|corpus)\s+)?and\s+(?:the\s+|on\s+|in\s+|an?\s+)?"
                                r"(?:[a-z][\w-]*\s+){0,4}(?:scenarios|settings|environments|deployments?|experiments|"
                                r"tests|data|robots?|world|cohorts?|data ?sets?|collections?|corpus)\b")  # ("the MIMIC
# dataset and a private electronic health records cohort")
_THESE_SETS = re.compile(r"(?i:\b(?:these|the above|those|the three|the four|the two|all three|all four)\s+"
                         r"(?:[\w-]+\s+)?(?:benchmarks|datasets|data sets|tasks|corpora|test sets)\b)")
_OTHER_PAIR = re.compile(r"\w\s+(?:and|or)\s+\w")  # "at the 1B and 3B scales, respectively": what the values go with
_DIGIT = re.compile(r"\d")
# "x on τ²-Bench" where that name is no dataset the pipeline found: x is stated on something else.
# not "in": "in OOD accuracy", "in Table 2"; not "based on GPT-4" (what a model is built on)
# (Not a numbered part of a set, "on Level-3 tasks", "on Track 2": a part of the set the sentence is about.)
_ON_CAPITAL = re.compile(r"(?<![Bb]ased )(?<![Bb]uilt )\b(?:on|(?<![^.;:] )On)\s+(?:the\s+)?(?:(?:more|most|even|highly|very|"
                         r"particularly|especially|notoriously|widely[- ]used|well[- ]known|popular|challenging|"
                         r"difficult|demanding|competitive|harder|hardest|recent|established|standard|full|entire|"
                         r"whole|complete)\s+){0,3}"
                         r"(?!(?:Level|Tier|Track|Task|Part|Stage|Phase|Subset|Split)[- ]?(?:\d+|[IVX]+)\b)"
                         r"[\"“']?(?:[A-Z]|[^\x00-\x7f]|[a-z](?=[\w.-]*[A-Z])|\d(?=[\w.]*-[A-Z][a-z]))")  # or a coined
# name: "on xbench-DS", "on 7-Scenes"
# (or quoted: 'adaptation on "Doubao Seedream 4.0"')
_ON_OTHER = re.compile(
    rf"\s*(?:{_COMPARATIVE}(?:{_QUALIFIER}\s+){{0,2}}{_METRIC_CORE}\s*)?"
    rf"(?:(?:(?i:absolute|relative|average|mean)\s+)?(?i:{_GAIN_WORDS})\s+)?"
    r"(?:(?i:on|for|across)\s+(?:the\s+)?(?=[A-Z]|[^\x00-\x7f])|"
    # (after the gain's metric: "in ROUGE score in title generation tasks")
    r"(?:(?i:in)\s+[A-Za-z][\w@.-]*(?:\s+(?i:score))?\s+)?"
    r"(?i:on|in)\s+(?!the\s+(?:[a-z][\w-]*\s+){0,3}setting\b)(?:[a-z][\w-]*\s+){0,4}(?:tasks?|settings?|scenarios?|"
    r"experiments?|evaluations?|environments?|domains?|trials?|robots?|hardware)\b|"  # ("26% absolute gains on real
    # robots"; not "x in the intra-subject setting": the protocol of the set the sentence names)
    # "91% error reduction on photographed documents": items described in lower case, not a set found
    r"(?:[a-z][\w-]*\s+){0,2}?on\s+(?!(?:the|its|their|our|all|both|each|these|those|this|that|a|an)\b)"
    r"(?:(?:[a-z][\w-]*\s+){1,3}(?:documents|images|photos|videos|scenes|scans|clips|recordings)|"
    r"(?!(?:[a-z][\w-]*\s+){0,2}?(?:held-out|test|validation|dev|evaluation)\b)(?:[a-z][\w-]*\s+){2,3}data)\b|"
    # ("47.3% MOTA on real satellite video data"; not "on held-out test data", the named set's split)
    r"(?i:on|in)\s+(?:the\s+)?held[- ]out\b|"  # "a perplexity of 6.76 on held out Sardinian"
    # (after a metric's acronym too: "49.7% mF1 and [72.8%] OA on the new dataset")
    r"(?:[A-Za-z][\w@-]{0,10}\s+)?"
    r"(?i:on|in|for)\s+(?:(?:a|an|our|their|this|its)\s+[^.;,]{0,40}?\b(?i:set|split|dataset|data|benchmark|corpus|"
    r"subsets?|collection|suite|videos|images|recordings|scans)|"
    r"the\s+[^.;,]{0,40}?\b(?i:datasets?|data(?: sets)?|benchmarks?|corpus|corpora|collections?))\b|"
    r"(?i:on|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|multiple|various)\s"
    # (not models counted on the way to the set: "80.1% ASR@1 across three victim models on AdvBench")
    r"(?!(?:[\w-]+\s+){0,5}?(?:models|LLMs|MLLMs|VLMs|backbones|architectures|seeds|runs)\s+on\s+(?:the\s+)?[A-Z])"
    # (nor the number's repetitions: "a mean F1 of 0.98 across 10 independent trials", on the set named before)
    r"(?!(?:[\w-]+\s+){0,2}?(?:trials|runs|seeds|folds|repeats|repetitions|initiali[sz]ations)\b))")
# A task the words after a number describe, with no set named: "52.7% on incident response recommendations, and".
_ON_TASK = re.compile(r"\s*%?\s*on\s+(?!(?:average|both|all|it|its|this|these|that|those|each|the|our|their|top|par)\b)"
                      r"(?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*(?=\s*(?:[,;.)]|\s+and\b|\s+while\b))")
# A number over all the sets: "+3.34 on D and [+1.11] in aggregate" (not "85.5% overall accuracy": a metric).
_IN_AGGREGATE_AFTER = re.compile(r"\s*%?\s*(?:points?\s+|pp\s+)?in\s+(?:aggregate|total)\b")
_ON_UNSEEN_AFTER = re.compile(r"\s*%?\s*(?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+){0,3}?(?:on|in|for)\s+(?:the\s+)?(?:unseen|"
                              r"held-out|out-of-domain|out-of-distribution|real-world)\s+"
                              r"(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+)?(?:websites|tasks|domains|environments|scenes|datasets|"
                              r"benchmarks|games|apps|applications|scenarios|experiments|trials)\b")
# ("76.9% average OOD success in real-world ALOHA experiments": not on the set of the list's item before)
# (not "[29.14%] mIoU on novel categories": a split of the set the sentence is on)
_REAL_WORLD = re.compile(r"(?i:\breal-world\s+(?:[\w-]+\s+){0,2}?(?:success(?:\s+rates?)?|performance|accuracy)\b)")


def _real_world_before(sent: str, v: _Value, data: list[tuple[int, int, str]]) -> bool:
    """The clause before the number measures the real world ("doubles real-world success ... from 25.8% to [61.5%]"),
    with no set named since."""
    if "real-world" not in sent and "Real-world" not in sent:
        return False
    last = None
    for last in _REAL_WORLD.finditer(sent, max(0, v.start - 80), v.start):
        pass
    return last is not None and not _CLAUSE_BREAK.search(sent, last.end(), v.start) and not any(
        last.end() <= d[0] < v.start for d in data)


_LIST_ON = re.compile(r"[\w-]*\s*(?:,\s*|and\s+|&\s*)"
                      r"(?!\s*(?:and\s+)?(?:the\s+)?(?:\d|[a-z]+ing\b|respectively|while|which|"
                      # (a clause on the numbers goes on: "on A and B, at about 0.4M parameters")
                      r"(?:at|with|for|under|by|from|as|over|than|across|without|within)\s|"
                      r"and\s+(?:our|we|it|its|they|their|this)\b|"
                      r"an?\s+(?:[\w-]+\s+){0,3}?(?:subset|split|version|variant|benchmark|dataset|corpus|suite)\b))")
# (not ", and our model ...": a new clause; nor ", and 0.88 on C": the next number of a list; nor ", a
# tree-focused subset of B": what the set is)
_COMPARED_DATA = re.compile(r"(?i:\b(?:than|compared (?:to|with)|in comparison (?:to|with)|relative to|versus|vs\.?|"
                            r"improv(?:es|ed|ing)\s+over)"  # ("improving over SRTM by 18%": what is outdone;
                            # not the noun: "a 5.7% improvement over TruthfulQA" is on it)
                            r"\s+(?:the\s+|on\s+)?)$")
_LABEL_GAP = re.compile(r"^\s*(?:(?:benchmark|dataset|test|set|split|suite|subset)\s+){0,2}"  # "D benchmark test (90.9%"
                        r"(?:[:(]|\(\s*[\w\s@.-]{0,20}:)\s*$")  # "MMLU: 45.1", "MMLU (79.0%", "D (acc: 79.0"
# A lower-case word closing the bracket after a number: "CIFAR-10 (20% asym)", a setting of the set, unless a metric.
_WORD_NOTE_AFTER = re.compile(r"\s*%?\s*(?P<w>[a-z][\w-]*)\s*\)")


def _setting_note(sent: str, end: int) -> bool:
    """"D (20% asym)": the bracketed number, with a word that is no metric, is a setting of D, not its score."""
    note = _WORD_NOTE_AFTER.match(sent, end)
    return note is not None and note["w"] not in _SCORE_NOTES and not _METRIC_ONLY.fullmatch(note["w"])


# "MMLU (79.0% acc)", "CIFAR-10 (4.62% error)": a score, noted as such
_SCORE_NOTES = frozenset({"acc", "avg", "mean", "average", "overall", "accuracy", "error", "err"})


# A model's name that a metric is named after: "CLIP Score", "CLIP-Score" (CLIPScore); not the verb of "CLIP scores
# 76.2%".
_NAMED_METRIC_AFTER = re.compile(r"(?P<gap>[- ]?)(?i:score)(?:s(?!\s+[\d~+]))?\b")


def _lowered_by_number(text: str, start: int, end: int) -> bool:
    """The acronym at ``start:end`` is what a number lowers: "lowers [DTW] by 9%", "lowers ARE and [DTW] by x and y"."""
    return _LOWERED_BY_AFTER.match(text, end) is not None and _LOWERED_BEFORE.search(
        text, max(0, start - 80), start) is not None


# A Fréchet or kernel distance computed in a named model's features: "Fréchet [DINOv2] Distance".
_FRECHET_BEFORE = re.compile(r"(?i:\b(?:fr[e\u00e9]chet|kernel))[\s-]+$")
_DISTANCE_AFTER = re.compile(r"[\s-]+(?i:distances?)\b")


def _metric_named_after(text: str, mention: tuple[int, int, str]) -> bool:
    """The mention is the first part of a known metric's name ("a CLIP Score of 0.69"), or the measure a number
    lowers ("lowers DTW by 9%"), no model of the sentence."""
    if _lowered_by_number(text, mention[0], mention[1]):
        return True
    if _FRECHET_BEFORE.search(text, max(0, mention[0] - 12), mention[0]) and _DISTANCE_AFTER.match(text, mention[1]):
        return True  # "a Frechet BiomedCLIP Distance (FBD) of 1450": the distance in that model's features
    m = _NAMED_METRIC_AFTER.match(text, mention[1])
    return m is not None and f"{text[mention[0]:mention[1]]}{m['gap']}score".lower() in metric_table().by_alias


# A short note bracketed after a listed name: "surpass GPT-4 Turbo (April 2024) and GPT-4o".
_NAME_NOTE = re.compile(r"^\s*\([^()]{1,30}\)")
# A member's setting written before it: "outperforms fine-tuned A and [zero-shot] B by x and y" (both compared).
_MEMBER_SETTING = re.compile(r"(?<=\s)(?:[a-z]+-(?:shot|tuned|trained|source)|fine-?tuned|finetuned)\s+$")
_OWN_BRACKET = re.compile(r"\s*(?:(?:network|model|baseline|variant|detector|classifier)\s*(?=\())?"
                          r"(?:\([^()]*|with\s+(?:an?\s+|only\s+)?)$")  # "CLIP (F1 15.6", "CLIP with [0.74]", "the
# CuBa-LIF network ([71%])": a name's head noun between it and its bracket
# Between a model and its own number, or a number and its model (see _owner).
_AT_AFTER_NAME = re.compile(r"\s+at\s+")
_STANDS_AT = re.compile(r"\s+(?:trails|lags|stands|sits|remains|peaks|plateaus|leads|comes\s+in|struggle[sd]|"
                        r"trailed|lagged|stood|remained|peaked|plateaued)\s+"  # ("while B struggled at [33.9%]")
                        r"(?:far\s+)?(?:behind\s+)?"
                        r"at\s+(?:only\s+|just\s+|about\s+|around\s+)?")
# In a bracket, a model and its number: "([GPT-4V] with MMD-Agent at [74.0%] F1)", "(vs. [B] at [80.8%])".
_AT_IN_BRACKET = re.compile(r"\s+(?:with\s+[^,;()]{1,40}?\s+)?at\s+(?:only\s+|just\s+|about\s+|around\s+)?")
_BRACKET_OPENS_BEFORE = re.compile(r"\(\s*(?:(?:vs\.?|versus|compared\s+(?:to|with))\s+)?$")
# ... and "the best results ([Qwen-72B], [57.8%] F1)": the bracket opened after a plain word ("baseline (", "open
# LLMs ("), not after a set's name ("4D-Dress (MPJPE-All, 33.0%)": its metric).
_COMMA_IN_BRACKET = re.compile(r",\s*(?:with\s+|at\s+)?")
_WORD_BRACKET_BEFORE = re.compile(r"\b(?:[a-z]+|M?LLMs?|L?VLMs?)\s*\(\s*$")
# The other side of a contrast, on the same set: "A achieved 80.4% on D, while [B] struggled at [33.9%]".
_WHILE_OTHER_AT = re.compile(r"\s*%?[^;()]{0,60}?,\s*(?:while|whereas)\s+(?:the\s+)?[^,;()\s]+(?:\s+[^,;()\s]+){0,3}?"
                             + _STANDS_AT.pattern)
# A plural subject whose members a bracket lists: "Modern CNN backbones ([A and B]) provided ...".
_PLURAL_BRACKET_OPENING = re.compile(r"(?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*s\s*\(\s*")
# A report that opens the sentence before its subject: "(On D,) the results indicate that [A and B] surpass ...".
_REPORT_OPENING = re.compile(r"(?:(?:On|In|For)\s[^,;()]{1,40},\s*)?(?:(?:[Tt]he|[Oo]ur)\s+)?(?:[\w-]+\s+)?"
                             r"(?:results|experiments|findings|evaluations?)\s+"
                             r"(?:show|reveal|demonstrate|indicate|suggest|confirm)\s+that\s+(?:both\s+)?")
# The paper's own method, unnamed, as the subject of a number: "..., our method reaches [0.56]" (not "our CIGPose-x
# model achieves": a named one).
_OWN_REACHES = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:method|approach|model|framework|system|agent)\s+"
                          r"(?:reaches|achieves|attains|obtains|scores)\s+(?:only\s+|up\s+to\s+)?$")
_FOLLOWED_BY = re.compile(r"\bfollowed\s+(?:closely\s+)?by\b")
# (the bracket may name the metric first: "DiT-XL/2 (gFID 2.74 vs. 3.04)", "X (mAP: 45.2)"; or "B (accuracies of",
# and "over the B baseline (x)")
_OWNER_BEFORE = re.compile(r"(?:\s+baseline)?\s*(?:\(\s*(?:[A-Za-z][\w@.-]{1,15}\s*[:=]?\s*|[a-z]+\s+of\s+)?|:\s*|"
                           r",\s*which\s+(?:\w+\s+){0,3}?(?:an?\s+)?)")
_LABELLED_IN_NAME_BRACKET = re.compile(r"\s*[:,]\s*(?:[A-Za-z][\w@.-]*(?:\s+[A-Za-z][\w@.-]*){0,2}\s*[:=]\s*[+\-]?\d[\d.]*"
                                       r"\s*%?\s*[,;]\s*)*[A-Za-z][\w@.-]*(?:\s+[A-Za-z][\w@.-]*){0,2}\s*[:=]\s*")
_LABELLED_AFTER_NAME = re.compile(r",\s*(?:[A-Za-z][\w@.-]*\s+){0,2}[A-Za-z][\w@.-]*\s*[:=]\s*")
_NAME_BRACKET_BEFORE = re.compile(r"\s*%?\s*\(\s*")  # "80.42% ([Gemini 2.5 Pro])"
_BRACKET_CLOSE = re.compile(r"\s*\)")
_OWNER_AFTER = re.compile(r"\s*(?:(?:[\w-]+\s+){0,3}?|,\s*(?=(?:achieved|obtained|reached|attained|scored)\s))"
                          r"(?:(?:achieved|obtained|reached|attained|scored)\s+)?"
                          # (or with the owner's description: "compared to 44.2% by the state-of-the-art S2CTrans")
                          r"(?:by|for)\s+(?:the\s+(?:(?!(?:of|on|in|at|with|and|or|to|by|for)\s)[a-z][\w-]*\s+){0,2}?)?"
                          r"|\s+from\s+(?:the\s+)?(?:vanilla\s+|original\s+)?")  # "(82.6 from CLIP)"
# "11.3% for the X portion": X names a part of the data, not the model the number is of.
_DATA_HEAD = re.compile(r"\s+(?:portion|subset|split|set|part|section|track|partition|domain)s?\b")
# A clause whose subject is the paper's own method, unnamed: "Our method can speed up [GRPO] training ..., and achieve
# a [19.3%] gain" (what it acts on is no subject either).
_OWN_SUBJECT_OPENS = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:method|approach|model|"
                                r"framework|system|technique|algorithm)|[Ww]e)\s")  # (after an opener: "Additionally, we")
# The image backbones a detector or a segmenter is built with: "Mask R-CNN with [ResNet-50]".
_BACKBONE_FAMILY = re.compile(r"(?:ResNe[tX]|Wide-ResNet|EfficientNet|MobileNet|ViT|Swin|ConvNeXt|VGG|DenseNet|RegNet|"
                              r"HRNet|(?:CSP)?Darknet|Xception|Inception)(?![a-z])")
# Right before a model the paper's own subject puts to use: "Our framework leverages [ViT]'s ability to ..., achieving".
_USED_BY_OWN = re.compile(r"(?:\b(?:leverag|utili[sz]|employ|adopt|integrat|incorporat|harness|exploit)(?:es|ed|ing|e|s)?"
                          # (or what it combines its parts with: "we propose a framework combining perception and
                          # reasoning agents with [GPT-4], achieving x")
                          r"|\bcombin(?:es|ed|ing|e)\s+[^,;()]{1,50}?\s+with)"
                          r"\s+(?:the\s+|an?\s+)?(?:(?:pre-?trained|frozen|powerful|strong)\s+)?$")
# Right before a model the clause says is improved ("boosts CLIP", "for CLIP, ..."), not the improver.
_OBJECT_OF_VERB = re.compile(r"(?i:\b(?:accelerat|speed|boost|enhanc|strengthen|augment|extend|compress|prun)\w*"
                             r"(?:\s+up)?\s+(?:the\s+|existing\s+|off-the-shelf\s+)?"  # (and "speed up [B]")
                             r"|\bon\s+(?:the\s+)?"  # (and "A retains 92% of its performance on [B]": B is run)
                             # ("A produces an open-source replication of Google's [B] tokenizer, ..., and achieves")
                             r"|\b(?:replicat|reproduc|re-?implement)\w*\s+of\s+(?:[A-Z][\w-]*['’]s\s+)?)$")
# From a boosted model's gain to the next boosted model: "boosting A by 9.1% on D and [B] by ...".
_OBJECT_GAIN_GAP = re.compile(r"\s+by\s+(?:up\s+to\s+)?[+-]?\d[^;()]{0,60}?,?\s+and\s+")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")  # (a variant's word: "with Selective [LoRA]")
_PART_HEAD_AFTER = re.compile(r"(?:\s+[A-Z][\w.+-]*){0,2}\s+(?:backbones?|encoders?|decoders?|necks?|attention|"
                              r"layers?|blocks?|modules?|heads?)\b")  # ("with local Point Transformer attention")
_BY_FINE_TUNING = re.compile(r"(?i:\b(?:by\s+fine-?tuning|(?:fine-?tuned|initiali[sz]ed|distilled)\s+from)\s+"
                             r"(?:the\s+)?)$")
_IMPROVE_STEMS = r"improv|boost|rais|lift|increas|enhanc|push|bring|help"
# An opening phrase of what the subject went through: "After [PPO] fine-tuning, WAM achieves x".
_OPENING_AFTER = re.compile(r"\s*(?:After|Following|Through|Via)\s+(?:the\s+)?")
_RUN_TO_COMMA = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,")
_OPENING_WITH = re.compile(r"\s*(?:With|Using|Under|Together\s+with)\s+(?:the\s+)?")  # ("Together with WATER-R,
# carefully reorganized from real data, our strong baseline reaches 90.40%")
_IMPROVE_VERB_BEFORE = re.compile(rf"(?i:\b(?:{_IMPROVE_STEMS})\w*\s+(?:[\w-]+\s+){{0,4}}?(?:of|for)\s+(?:the\s+)?$)")
_IMPROVED_CUE = re.compile(rf"(?i:\b(?:{_IMPROVE_STEMS})\w*\s+(?:the\s+|an?\s+)?"
                           # ("enhances the base model [B] by 16%": B is improved, the gain the subject's; "improves a
                           # [B] multimodal judge from x to y")
                           r"(?:(?:base|baseline|backbone|underlying|original|vanilla)\s+)?(?:(?:models?|LLMs?)\s+)?|"
                           # ("Applied to B, ours improves ... from [x]")
                           r"\b(?:for|of|(?:applied|added)\s+to|on\s+top\s+of)\s+(?:the\s+)?)$")
# (a short bracket may follow the name: "SphereAR-B (208M) reaches [1.92]")
_SUBJECT_GAP = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:only\s+|also\s+|still\s+|just\s+)?"
                          rf"(?i:{alternation('results.result_verbs')})"
                          r"\s+(?:an?\s+|only\s+|just\s+|merely\s+|about\s+|around\s+|nearly\s+|roughly\s+|"
                          r"approximately\s+|(?:highest|best|lowest)\s+(?:at|with)\s+)?")
# ... or what it outdoes, then its own number: "A outperforms most existing 7B models with an impressive [55.1] on D".
_OUTDOES_WITH_GAP = re.compile(r"\s+(?:outperform|surpass|beat|exceed|outdo|outpac)\w*\s+"
                               r"(?:[^.;,()\d]|\d+(?=[A-Za-z])){1,60}?\s+"  # (a size may stand there: "7B models")
                               r"(?:with|achieving|reaching|scoring|attaining)\s+(?:an?\s+(?:[a-z]+\s+)?)?")
# Between a list of models and the numbers its verb states: "A, B and C [models] reach accuracies of".
_FOR_LIST_AFTER = re.compile(r"\s*%?\s*,?\s*(?:for|by)\s+(?:the\s+)?")  # "x and y [for ]A and B, respectively"
_RELATIVE_OPENS = re.compile(r"\s*,?\s+(?:that|which|who)\s")
_LIST_SUBJECT_GAP = re.compile(rf"\s*,?\s+(?:[a-z][\w-]*\s+)?(?:only\s+|also\s+|respectively\s+)?"
                               rf"(?i:{alternation('results.result_verbs')})\b(?:[^.;,()\d]|(?<=[A-Za-z])\d){{0,40}}")
# (a digit inside a metric's name may stand between: "achieve the highest average F1-scores at x and y")
# Where a bracket of examples opens after its plural: "the strongest models (e.g., [A and B]) achieve ...".
_EXAMPLE_CUE = r"(?:e\.g\.|i\.e\.|such as|including)"
_EXAMPLES_OPEN_BEFORE = re.compile(rf"\({_EXAMPLE_CUE}\s*,?\s*$")
_RAISED_LIST_GAP = re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+)?")
_RAISING_BEFORE = re.compile(r"\b(?:rais|boost|lift|bring|bringing|improv|push)\w*\s+(?:the\s+)?$")
# Where an example opens its own clause: "..., e.g., [A and B reach ...]", "...: [A and B reach ...]".
_EXAMPLE_OPENS = re.compile(r"(?:\be\.g\.|\\eg\b|\b(?i:for (?:example|instance)))\s*,?\s*|:\s+")
# A pronoun for a list of models before it: "while A and B reach x, they still fall short, with ...".
_THEY_BETWEEN = re.compile(r"[,;]\s*(?:but\s+|yet\s+)?(?:they|both(?:\s+models)?|these\s+models)\s+"
                           r"(?![^,;]*\b(?:than|over)\b)")
# A report of a finding, whose clause has a subject of its own words ("results show that [CoT prompting] improves
# F1"; not "it", "they", the paper's own, or a name)
_REPORTED_THAT = re.compile(r"\b(?:demonstrat|show|reveal|indicat|confirm|suggest)\w*\s+that\s+")
_NOUN_SUBJECT = re.compile(r"(?!(?i:it|they|this|these|those|our|we|the\s+(?:proposed|resulting|model|method|approach))\b)"
                           r"(?:the\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:[a-z]+ly\s+)?"
                           rf"(?:{_IMPROVE_STEMS}|reduc|lower|achiev|yield|outperform|reach)\w*\b")
# Where a reported finding opens: "..., and found that [A, B and C reach ...]".
_SAID_THAT = re.compile(r"\b(?:found|find|finds|show|shows|showed|observe|observed|reveal|reveals|revealed)\s+that\s+")
_SETTING_PREP_BEFORE = re.compile(r"\b(?:with|using|for|from|under|via)\s+(?:the\s+)?$")
_LIST_GAIN_GAP = re.compile(r"\s*,?\s+(?:also\s+|both\s+)?(?:outperform|surpass|beat|exceed|improve|boost)\w*\s+"
                            r"[^.;,()\d]{0,60}?\s+by\s+(?:up to\s+|about\s+|roughly\s+)?")
_VERSUS = re.compile(r"\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*")  # ("(47.5% compared to 26.67%)")
# The outdone ones listed after their plural: "outperforms all baselines on D, including [B]" (the verb is where the
# subject's clause ends).
_OUTDONE_INCLUDING = re.compile(r"(?i:\b(?:outperform|surpass|beat|exceed|outscor)\w*\s+[^.;]{0,120}?"
                                r"(?:baselines|methods|models|approaches|competitors|systems),?\s+[^.;]{0,80}?,?\s*"
                                r"(?:including|such as|e\.g\.,?)\s+$)")
_VERSUS_METRIC = re.compile(rf"\s*%?\s*(?:vs\.?|versus)\s*[+-]?\d+(?:\.\d+)?\s?%?\s+(?P<m>{_METRIC_CORE})")
_VERSUS_BASELINE_WAS = re.compile(r"\b(?:versus|vs\.?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?baselines?\s+"
                                  r"(?:was|were|is|are)\s+$")
# "x vs. y": x is one side of a comparison
_VERSUS_NUMBER = re.compile(r"\s*%?\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*[+-]?\d")
# A word of what a gain is over: no number of its own, but a model's name may hold digits ("GPT-4o", "Qwen2.5-7B") or
# end in a version right before the set ("over SAM 2.1 on D").
_OVER_WORD = r"(?:[^\s,;()\d]+|(?=[^\s,;()]*[A-Za-z])[^\s,;()]*\d[^\s,;()]*|\d+(?:\.\d+)?(?=\s+(?:on|in)\s))"  # (each
# word one way only: without digits, with digits and a letter, or a bare version number)
_GAIN_OVER_ON = re.compile(rf"\s*%?\s*(?:(?:(?i:relative|absolute|average)\s+)?(?:{_GAIN_WORDS})\s+"
                           # (or a metric said to be higher: "a 4.75% higher accuracy compared to the baseline on D")
                           r"|(?i:higher|lower|better|greater)\s+(?:[A-Za-z][\w@-]*\s+){0,2}?"
                           r"(?=than\b|compared\b|over\b))?"
                           r"(?:over|against|compared\s+(?:to|with)|(?i:higher|lower|better|greater)\s+than|than)\s+"
                           r"(?:the\s+)?"
                           rf"(?=[^,;()]{{1,60}}?\s+(?:on|in)\s)(?:{_OVER_WORD}\s+){{0,8}}?{_OVER_WORD}"  # (or "10.1%
                           r"\s+(?:on|in)\s+(?:the\s+)?")  # higher than standard methods on D")
# A gain "over" a set, the set itself named right after: "a 5.7% improvement over TruthfulQA, [2.5%] over UltraFeedback"
# (not "over ImageNet pre-training", a baseline trained on it).
_GAIN_OVER_SET = re.compile(rf"\s*%?\s*(?:(?:(?i:relative|absolute|average)\s+)?(?:{_GAIN_WORDS})\s+)?over\s+(?:the\s+)?")
_BASELINE_OF_SET = re.compile(r"[\s-]*(?i:pre-?train|fine-?tun|train|initiali[sz]|baseline|supervis|model)")
_VERSUS_ON = re.compile(r"^\s*%?\s*(?:vs\.?|versus)\s+\d+(?:\.\d+)?\s?%?\s*\)?\s+(?:on|in)\s+(?:the\s+)?$")
# A gain's bracket that gives the two scores it is the difference of: "by 0.42 ([0.73] vs. 0.31)".
_GAIN_BRACKET = re.compile(r"(?i:\b(?:by|of)\s+[+]?\d+(?:\.\d+)?\s?(?:%|points?|pp)?(?:\s+[^()\d.;]{1,50}?)?\s*\(\s*)$")
# (or "an improvement of 17.3% compared to end-to-end methods ([99.8%] versus 82.5%)")
# The compared model of "x vs. y", after its cue and a few describing words: "outperforms the DDPM", "comparably
# with a standard CLIP", "outperforms the 10× larger Qwen", "outperforms state-of-the-art diffusion model DiT" (not
# "outperforms methods using CLIP").
_COMPARED_BEFORE = re.compile(r"(?i:\b(?:than|over|surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|beats?|beating|"
                              r"exceed(?:s|ed|ing)?|compared (?:to|with)|versus|vs\.?|comparabl[ey] (?:with|to)|"
                              r"on par with|parity with)\s+(?:(?:the|an?)\s+)?"
                              r"(?:(?!(?:with|using|on|in|by|for|of|and|or|to|from|at|via)\b)[a-z0-9][^\s,;()]*\s+)"
                              # (and "over the top zero-shot model, [B]", "over strong baselines such as [B]")
                              r"{0,3}(?:[a-z][\w-]*,\s+|(?:such\s+as|like|including)\s+)?)$")
# ... or the model a claim matches, with the two numbers in its bracket: "A matches [B] (x vs. y)".
_MATCHED_BEFORE = re.compile(r"(?i:\b(?:match(?:es|ed|ing)?|rival(?:s|ed|ing)?)\s+(?:(?:the|an?)\s+)?"
                             r"(?:(?!(?:with|using|on|in|by|for|of|and|or|to|from|at|via)\b)[a-z0-9][^\s,;()]*\s+)"
                             r"{0,3})$")
_OUTDOING_BEFORE = re.compile(r"(?i:\b(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|beats?|beating|"
                              r"exceed(?:s|ed|ing)?)\s+"
                              r"(?:(?:the|an?)\s+)?(?:[a-z0-9][^\s,;()]*\s+){0,2}(?:(?:such\s+as|like|including)\s+)?)$")
_INSIDE_WORD = re.compile(r"[\w]|-\w")  # a mention cut out of a longer name ("TT100K" of "TT100K-night")
# ... but a split written onto a dataset's name is that dataset ("22.7% on xView-test", "D-val").
_SPLIT_SUFFIX = re.compile(r"-(?i:val|valid|validation|test|test-dev|testdev|dev|train)(?![\w-])")
_STATES = re.compile(rf"(?i:\b(?:{alternation('results.result_verbs')}|from|compared|than|while|with)\b)")
_WITH_GAP = re.compile(r"^\s*,?\s*with\s+(?:an?\s+)?$")
# "x on D[ (split)], and [y] with distillation": the gap before a value stated for another setting ...
_SETTING_GAP = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:[\w-]+(?:\.\d+)?\s*?){0,2}?\s*,?\s*(?:and|or)\s+"
                          r"(?:up to\s+|even\s+)?$")
_FOR_TASK = (r"for\s+(?:[a-z][\w-]*\s+){0,3}?(?:classification|detection|segmentation|recognition|estimation|"
             r"prediction|tracking|localization|retrieval|generation)\b")
_FOR_TASK_AFTER = re.compile(rf"\s*%?\s*{_FOR_TASK}")
_FOR_TASK_GAP = re.compile(rf"\s*%?\s*(?:[\w-]+\s+){{0,2}}?{_FOR_TASK}\s*,?\s*(?:and|or)\s+")
# ... and what follows it: the setting, not another set
_SETTING_AFTER = re.compile(rf"\s*(?:(?:{_QUALIFIER}\s+){{0,2}}{_METRIC_CORE}\s*)?,?\s*(?:\(\s*)?(?i:with|using|when|after|"
                            r"under|at|if|given|without|w/o?|via|by (?:using|adding|scaling)|once)\b")
# A sentence that opens by naming the setting its numbers are stated under.
_NAMED_SETTING = re.compile(r"\s*(?:Under|In|For|With)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,4}?(?:protocol|setting|"
                            r"regime|configuration|condition|evaluation|split)s?\b")
# A number the words after give to an unnamed baseline: "to 22% compared to [31.9%] with the best-performing
# baseline", "[45.1%] for the previous state of the art".
_BASELINE_AFTER = re.compile(r"\s*%?\s*(?:with|for|by|of|from)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:baselines?|previous (?:best|methods?|state[- ]of[- ]the[- ]art)|"
                             r"prior (?:art|methods?|"
                             r"state[- ]of[- ]the[- ]art))\b")
# A set's bracket that states a metric's value: "D benchmark (Pearson r = 0.9581)", "D (mIoU: 45.2".
_SET_BRACKET_METRIC = re.compile(r"\s*(?:benchmark|dataset|data set|test set|suite)?\s*\(\s*(?:mean\s+|average\s+)?"
                                 r"[A-Za-z][\w@.-]*(?:\s[A-Za-z][\w@.-]*){0,2}\s*(?:=|:)\s*")
# From the end of a list of numbers to the set whose named parts they are on: "x, y and z higher accuracies
# respectively for the classification tasks on the A, B, and C subsets of [D]".
_RUN_PARTS_OF = re.compile(r"\s*%?[^.;()]{0,140}?\bon\s+the\s+[^.;()]{1,80}?\b(?:subsets|splits|partitions|variants|"
                           r"tracks|versions|settings)\s+of\s+(?:the\s+)?")
# Between two numbers of one metric under two settings, the first's setting: "74.8%[ in-domain and ]71.6% out-of-domain".
_QUALIFIED_AND = re.compile(r"\s*%?\s*(?:in-domain|out-of-domain|in-distribution|out-of-distribution|ID|OOD|seen|unseen|"
                            r"zero-shot|few-shot|\d+-shot)\s+and\s+")
# The next member of a bracket of scores each after its metric's name: "(BLEU-4 12.29[, METEOR ]27.98)", and the
# bracket's opening after its set, up to its first score: "Flickr30k-1k[ (BLEU-4 ]12.29".
_NEXT_NAMED_METRIC = re.compile(r"\s*%?\s*[,;]\s*(?:and\s+)?[A-Za-z][\w@.+-]*(?:\s[A-Za-z][\w@.+-]*)?\s*")
_METRIC_BRACKET_OPEN = re.compile(r"\s*\(\s*[A-Za-z][\w@.+-]*(?:\s[A-Za-z][\w@.+-]*)?\s*[=:]?\s*")
# The next labelled member of a bracket of scores: "(Top-1: 55.13%[, Top-5: ]78.87%)".
_NEXT_LABELLED = re.compile(r"\s*[,;]\s*(?:and\s+)?[A-Za-z][\w@.-]*(?:\s[A-Za-z][\w@.-]*){0,2}\s*(?:=|:)\s*")
# An open bracket of scores each stated on its set, up to the next: "(84.0% on A and [38.0%] on B",
# "(81.3% in A, 38.0% on B, [12.1%] on C".
_SCORE_BRACKET_BEFORE = re.compile(r"\(\s*(?:[+-]?\d[\d.]*\s*%?\s+(?:on|in)\s+[^()%,;]{1,40}?"
                                   r"(?:,\s*(?:and\s+)?|\s+and\s+))+$")


def _in_score_bracket(sent: str, at: int) -> bool:
    """The number at ``at`` follows members of an open bracket of scores each stated on its set."""
    opened = sent.rfind("(", 0, at)
    return opened >= 0 and _SCORE_BRACKET_BEFORE.fullmatch(sent, opened, at) is not None


# "while retaining (approximately) [90%] on D" (not "retaining 95% of its accuracy": a share, no "on" after it)
_RETAINING_BEFORE = re.compile(r"\bretain(?:s|ed|ing)\s+(?:(?:approximately|about|around|roughly|nearly|over)\s+)?$"
                               # "excelling in complex reasoning with [94.43%] on D": the score the clause has on D
                               r"|\b(?:excel\w*|reasoning|performance|results?)\s+with\s+$")
_PAREN = re.compile(r"^\s*\(\s*(?:(?:on|in)\s+(?:the\s+)?)?$")  # "0.755 (BDD-X)", "by up to 7.3% (on D)"
# The bracket's close after its set, a resolution between them: "3.42 (ImageNet 64x64)".
_SET_CLOSE = re.compile(r"(?:\s+\d+\s*(?:x|×|times|\*)\s*\d+)?\s*\)")
# An average's metric: "a [65.9%] average accuracy on A, B and C" is over the list.
_AVERAGED_METRIC = re.compile(r"(?i:average|avg)\b(?!\s+(?i:precision|recall)\b)")  # (not "mean recall", AP: metrics)
# ... or an average's number, before it: "an average of [11.0%] F-score on A, B, and C" (or the most of them: "up to
# a [38%] gain ... on A, B, and C").
_AVERAGE_OF_BEFORE = re.compile(r"\b(?:(?i:average|mean)\s+(?:[a-z][\w-]*\s+){0,2}?of\s+(?:about\s+|around\s+|over\s+)?"
                                r"|up\s+to\s+(?:an?\s+)?)$")
_ACROSS = re.compile(r"(?i:\b(?:across|on average,?\s+(?:on|over|in))\s+(?:the\s+|all\s+)?)$")
# Another evaluation set, named (maybe missed by the pipeline) or described: no carry-over.
# A sentence naming no dataset that points back to the one named before it.
_BACK_REFERENCE = re.compile(r"(?i:\b(?:this|that|the same|the (?:proposed|new|introduced|above))\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:benchmark|dataset|data ?set|corpus|test set|leaderboard|suite)\b|\bon it\b)")
# "On the val split, X achieves ...": the split of the set the sentence before named (its test split) ...
_SPLIT_BACK = re.compile(r"(?i:\b(?:on|in)\s+the\s+(?:val|validation|dev|development|test|testing)\s+(?:split|set)\b"
                         r"(?!\s+(?:of|from)\b))")
# "x on the benchmark": the one set the sentence carries, in the singular with nothing after it.
_THE_SET = re.compile(r"(?i:\b(?:on|in)\s+the\s+(?:benchmark|dataset|data ?set|corpus|leaderboard)\b"
                      r"(?!\s+(?:of|for|from|with|that|which)\b|-))")
# "on our benchmark", "in our new dataset": the paper's own set, not another.
_OWN_SET = re.compile(r"(?i:\b(?:on|in|across)\s+our\s+(?:[\w-]+\s+){0,2}?(?:benchmark|dataset|data ?set|corpus|suite)\b)")
# ... or that describes another set than any named: "on a held-out split", "across all benchmarks".
_OTHER_SET = re.compile(
    r"(?i:\b(?:on|in|across|for|over)\s+(?:a|an|another|other|each|every|our|their|its|these|those|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|multiple|various|all|both|most|many|new|unseen|held-out|"
    r"proprietary|private|internal|in-house|real-world|synthetic|industrial|external|additional)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:(?<!test\s)(?<!validation\s)(?<!dev\s)(?:sets?|splits?)|datasets?|data|benchmarks?|"
    r"corpus|corpora|subsets?|collections?|tasks?|domains?|environments?|settings?|scenarios?|languages?|games?|"
    r"suites?|platforms?|robots?)\b|"  # (not "on a class-balanced test set": the split of the set the paper evaluates on)
    # a set described by who labelled it: "On the manually annotated set, X achieved ..." (not the set named before)
    r"\b(?:on|in|for)\s+the\s+(?:manually|hand|human|expert|clinician|radiologist)[- ]?(?:annotated|labell?ed|"
    r"curated|verified|reviewed)\s+(?:[\w-]+\s+){0,2}?(?:sets?|subsets?|data|cases|samples|reports|images)\b|"
    # a part of the set: "on the remaining cases", "on the hardest subset", "on long videos"
    r"\b(?:on|in|for)\s+(?:the\s+)?(?:remaining|hardest|hard|easiest|easy|harder|easier|longer|shorter|long|short|"
    r"unseen|difficult|challenging|complex|rare|out-of-distribution|OOD|in-distribution)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cases|examples|samples|instances|subsets?|splits?|questions|problems|queries|tasks|videos|images|items|"
    r"categories|classes|levels?)\b)")
_SUBJECT_LIST = re.compile(r"\w\s+(?:and|or)\s+\w[^,]*$")  # "A and B models ", "A, B and C "
# "D and Other", "the D benchmark and Other"
_COORDINATED = re.compile(r"\s*(?:(?:benchmark|dataset|data set|suite|corpus)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?[A-Z]")
# Who states a number when no model is named: people, or others' models described, not named (not "human" that
# says what data is of: "on two human preference datasets").
_UNNAMED_SUBJECT = re.compile(
    r"(?i:\b(?:humans?(?![\s-]+(?:[\w-]+\s+)?(?:data|datasets?|benchmarks?|corpus|corpora)\b)|"
    r"human (?:experts?|annotators?|raters?|evaluators?|participants|performance)|annotators|"
    r"experts|radiologists|pathologists|clinicians|physicians|doctors|participants|crowd ?workers|"
    r"(?:inter|intra)-?(?:rater|annotator|observer|pathologist|radiologist|reader|judge|coder)s?\s+"
    r"(?:agreement|kappa|reliability)|"
    r"(?:existing|prior|previous|current|competing|other|leading|frontier|proprietary|commercial|baseline|"
    r"state[- ]of[- ]the[- ]art|sota|strong(?:est)?|best[- ]performing|top[- ]performing|open[- ]source|"
    r"closed[- ]source)\s+"
    r"(?:[\w-]+\s+)?(?:models|methods|approaches|systems|agents|LLMs|VLMs|MLLMs|baselines|detectors|works|solutions)|"
    r"the\s+(?:(?:best|strongest|top)[\w-]*|most\s+(?:advanced|capable|powerful|accurate)|leading)\s+(?:[\w-]+\s+)?"
    r"(?:model|method|system|agent|baseline)s?|"  # (and "the most advanced models achieve only 32.8%")
    r"the\s+(?:current|previous|prior|existing|competing|baseline|vanilla|original|naive)\s+"  # ("the vanilla method
    r"(?:state[- ]of[- ]the[- ]art\s+|best\s+|sota\s+)?"  # yields virtually no improvement (0%)")
    r"(?:approach|method|model|system|agent|detector)|"
    # "a baseline model distilled from a X teacher achieves 46.17": a baseline no one names
    r"an?\s+(?:[\w-]+\s+)?baseline(?:\s+(?:model|method|system|agent|policy))?(?!\s+(?:by|of|on)\b)|"
    # (and "the baseline achieved 67.2% accuracy, while the variant reached ...": not "the GRPO baseline", a name)
    r"the\s+(?:[a-z][\w-]*\s+)?baseline(?:\s+(?:model|method|system|agent|policy))?(?=\s+(?:only\s+)?"
    r"(?:achiev|reach|attain|obtain|scor|yield|get)\w*\b)|"
    # (and any baselines described in lower case: "outperforming homogeneous role-play baselines, which score 80%")
    r"(?-i:[a-z][\w-]*)\s+baselines(?=,?\s+(?:which|that|who)\s)|"
    # an average over others: "Across all systems, we observe low performance (avg. 27.9%)"
    r"(?:across|among)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:models|methods|approaches|systems|agents|"
    r"LLMs|VLMs|MLLMs|baselines))\b)")
# The best of several models, unnamed, as the subject of the verb that states a number: "the best model reaching".
_BEST_UNNAMED_REACHING = re.compile(r"(?i:\bthe\s+(?:best|strongest|top)[\w-]*\s+(?:[\w-]+\s+)?(?:model|method|"
                                    r"system|agent|LLM|VLM)\s+(?:only\s+)?"
                                    r"(?:reach|achiev|attain|obtain|scor|yield|get)\w*\b)")
# Unnamed models as the subject of the verb that states a number: "recurrent models achieving", "detectors reach".
_PLURAL_SUBJECT = re.compile(rf"\b(?:[a-z][\w-]*\s+){{0,2}}(?:models|methods|approaches|systems|agents|baselines|"
                             rf"detectors|variants|networks|architectures|LLMs|VLMs|MLLMs)\s+(?:only\s+|also\s+|still\s+)?"
                             rf"(?i:{alternation('results.result_verbs')})\b")
_OWN_WORDS = re.compile(r"(?i:\b(?:we|our|ours|it|its|this (?:[a-z][\w-]* ){0,2}?(?:method|model|approach|work|paper|"
                        r"framework|technique|strategy|pipeline)|"
                        r"the proposed|the resulting (?:model|method|system|agent|policy)|"
                        # "the full approach yields gains of x and y": the whole of the paper's own method
                        r"the (?:full|complete) (?:model|method|approach|framework|system|pipeline))\b)")
_SPACED_SLASHED = re.compile(r"(?P<parts>[\w@.+-]+(?: / [\w@.+-]+)+)")
_SLASHED = re.compile(r"^\s*(?:\((?P<bracketed>[\w@.-]+(?:/[\w@.-]+)+)\)"
                      r"|(?P<parts>[\w@.-]+(?::\d+)?(?:/[\w@.-]+(?::\d+)?)+)"
                      r"(?:\s+(?P<tail>[A-Za-z][\w-]*))?)")  # (or in a bracket: "66.0%/91.9% (Top-1/Top-5)"; a
# metric's range: "60.6%/80.1% mAP50:95/mAP50")
# (or with each number's metric: "baseline (0.9274 OA, [0.9300] macro F1, [0.9169] Kappa)")
_BASELINE_LIST_GAP = re.compile(r"\s*%?(?:\s+(?:for|on|in)\s+[^,;()\d]{1,30}?)?"
                                r"(?:\s+[A-Za-z][\w@-]*(?:\s+[A-Za-z][\w@-]*)?(?<!\band)(?<!\bfor)(?<!\bon))?"
                                r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_GAIN_FOR = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:for|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?")
_GAIN_FOR_BEFORE = re.compile(r"(?i:\b(?:improv|boost|rais|increas|enhanc|lift)\w*\s+(?:the\s+)?(?:[\w@-]+\s+){0,3}?"
                              r"(?:on\s+(?:the\s+)?[^\s,;()]+(?:\s+[^\s,;()]+)?\s+)?(?:for|of)\s+(?:the\s+)?)$")
_BY_GAIN_BEFORE = re.compile(r"\bby\s+(?:up\s+to\s+|over\s+|about\s+|around\s+|nearly\s+)?[+-]?$")  # "WER by [x]"
_BY_AFTER = re.compile(r"\s+(?:on\s+(?:the\s+)?[^\s,;()]+(?:\s+[^\s,;()]+)?\s+)?by\s+(?:up\s+to\s+)?")
_SEVERAL_SETS = re.compile(r"(?i:\b(?:datasets|data sets|benchmarks|corpora)\b)")
_ABLATION_OPENS = re.compile(r"\s*(?:(?:Our|The|Further|Extensive|Comprehensive)\s+)?(?:[Aa]blations?|[Aa]blation\s+"
                             r"(?:stud(?:y|ies)|experiments?|analys[ie]s|results))\b")
_ABLATION = re.compile(r"(?i:\b(?:remov(?:e|es|ed|ing)|without(?!\s+(?:"  # (not how the method works: "without
                       # retraining the backbone", "without any extra data")
                       r"(?:any\s+|additional\s+|extra\s+|further\s+)?(?:re-?|pre-?)?(?:training|fine-?tuning|tuning)|"
                       r"requiring|needing|relying|sacrificing|compromising|any|additional|extra|further)\b)|"
                       r"w/o|ablat\w*|disabl(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|"
                       r"dropping|excluding|deactivat(?:e|es|ed|ing)|mask(?:s|ed|ing)\s+(?:out\s+)?the|"
                       r"bypass(?:es|ed|ing)?|omit(?:s|ted|ting)?)\b)")  # "bypassing Stage-1 degrades OA by [8.8 pp]"
# The end of a metric's threshold range, then "of" and its score: "from 0.50 to [0.95] of 58 percent" (a single
# threshold, "at IoU [0.50] of 84 percent", is _IOU_THRESHOLD_BEFORE's).
_THRESHOLD_OF_AFTER = re.compile(r"^\s*of\s+[+]?\d")
_THRESHOLD_BEFORE = re.compile(r"\bfrom\s+\d*\.?\d+\s+to\s+$")
# An open bracket that assigns a setting's variable before the number: "(σ=255, SNR = ", "(k=16, ".
_ASSIGNED_SETTING_BRACKET = re.compile(r"\((?:[^()]*?[,;]\s*)?(?<![\w])[σλαβγεηkKnNT]\s*=\s*[\d.]+\s*[,;][^()]*$")
# A tolerance on its own, no mean before it: "(+/- 0.05 mm", "(± 2 px".
_TOLERANCE_BEFORE = re.compile(r"(?:\(|^|[^\d\s)%]\s)\s*(?:\+/-|±)\s*$")
# A perturbation of the input as what worsens a score: "observation perturbations reduce accuracy by [5%]".
_PERTURBATION_WORSENS = re.compile(r"(?i:\b(?:perturbations?|corruptions?|noise|attacks?)\s+(?:\w+\s+){0,2}?"
                                   r"(?:reduc|degrad|drop|lower|decreas|hurt|cut)\w*)")
# ("masking the top-5% selected heads drops D from 48.2% to [5.7%]": what the parts taken away were worth)
_WORSENS = re.compile(r"(?i:\b(?:degrad|drop|fall|fell|decreas|declin|deteriorat|collaps|plummet|hurt|lower)\w*|"
                      r"\bcut(?:s|ting)?\b(?!-))")  # "replacing A with B cuts [3%] in performance"
# ... whose effect it is not when a comparison or raising verb follows it ("replacing X with ours improves ...").
_RAISES = re.compile(r"(?i:\b(?:improv(?:es|ed|ing)|boost(?:s|ed|ing)|rais(?:es|ed|ing)|increas(?:es|ed|ing))\b)")
# (Not a task the set is scored on: "an Acc of 82.3% for lane line segmentation" is on the set the sentence is about.)
_FOR_PART = re.compile(r"\s*%?\s*(?:[\w-]+\s+){0,3}?(?:(?:was|were|is|are)\s+(?:\w+\s+){0,2})?for\s+(?!(?:the\s+)?first\b)"
                       r"(?!(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:detection|segmentation|classification|estimation|"
                       r"prediction|recognition|tracking|localization|captioning|forecasting|reconstruction)\b)"
                       r"(?!(?!(?:training|testing|validating)\b)[a-z]+ing\b)"  # (nor the task as an action: "F1 =
                       # 0.72 for classifying healthy and MCI individuals")
                       r"(?:the\s+)?[a-z]")
_OPEN_BRACKET = re.compile(r"\(\s*$")
_POSSESSIVE = re.compile(r"^['’]s\s*$")
_DATA_TYPES = frozenset({EntityType.DATASET.value, EntityType.BENCHMARK.value})
# A set named as what a model learned from, not where a number was measured: "With Objects365 pre-training".
_CODED_NAME = re.compile(r"[\d/-]|[a-z][A-Z]")
# Data added to training: "With the additional UBody dataset, X is further boosted to 67.5% AP" (not where it is scored).
_EXTRA_DATA_BEFORE = re.compile(r"(?i:\bwith\s+(?:the\s+)?(?:additional|extra)\s+(?:training\s+)?)$")


def _extra_training_data(text: str, start: int) -> bool:
    """The set named at ``start`` is data added to training ("With the additional UBody dataset"; a word test first:
    few mentions follow one)."""
    lo = max(0, start - 30)
    return (text.find("dditional", lo, start) >= 0 or text.find("xtra", lo, start) >= 0) and \
        _EXTRA_DATA_BEFORE.search(text, lo, start) is not None
_TRAINED_ON_AFTER = re.compile(r"\s*(?:-?\s*only\s+)?(?:and\s+(?:[a-z][\w-]*\s+){1,3}?)?"  # ("ImageNet and masked
                               # reconstruction initialisations")
                               r"(?i:pre-?training|pre-?trained|fine-?tuning|fine-?tuned|"
                               r"supervision|initiali[sz]ations?|initiali[sz]ed|weights|checkpoints?)\b")
# Other names listed with a set, that no component found as data: "(TGS, [SEAM], F3, GBS)".
_LISTED_BEFORE = re.compile(r"[(,]\s*[A-Z][\w-]*,\s*(?:and\s+|or\s+)?$")
_LISTED_AFTER = re.compile(r",\s*(?:and\s+|or\s+)?[A-Z][\w-]*[,)]")
_WORDS_BRACKET = re.compile(r"\([a-z][a-z -]{2,24}\)")
_ACROSS_PAIR_BEFORE = re.compile(r"\bacross\s+(?:the\s+|both\s+)?[\w-]+(?:\s*,\s*[\w-]+)*,?\s+(?:and|&)\s+$")
_ITEM_JOIN = re.compile(r"\s*,\s*(?:and\s+)?")
_COMPARING_ASIDE = re.compile(r",\s+(?:exceeding|outperforming|surpassing|beating|improving\s+(?:on|over|upon))\s")
_ON_END = re.compile(r"\bon\s+(?:the\s+)?$")
# Between a number and the set named in a bracket after the tasks it is on: "26.7% absolute on paper reproduction
# tasks (D)".
_ON_DESCRIBED_TASKS = re.compile(r"\s*%?\s*(?:(?:absolute|relative|points?|pp)\s+)?on\s+(?:the\s+)?"
                                 r"(?:(?!(?:of|a|an|the)\b)[A-Za-z][\w-]*\s+){1,5}(?:tasks|problems|questions|"
                                 r"benchmarks|datasets)\s*\(\s*")
# The next item of a list of "measure of number": ", causal coherence of [x]" (and the join before it).
_NEXT_ITEM_OF = re.compile(r"(?<![\w-])(?!(?:and|or|the|with|its|our)\b)(?P<m>[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,}){0,2})"
                           r" of\s+$")
_ITEM_JOIN_BEFORE = re.compile(r"\s*%?\s*,\s*(?:and\s+)?|\s+and\s+")
_COMPARED_WITH_VALUE = re.compile(r"(?i:\b(?:compared\s+(?:with|to)|as\s+opposed\s+to)\s+(?:only\s+|just\s+)?$)")
_NEW_ITEM_GAP = re.compile(r"\s*(?:,\s*and|;\s*(?:and)?|\s+and)\s+")  # (and "on A and [x] mAP@50 and y AP on B")
_OWN_MEASURE_AFTER = re.compile(r"\s*(?:lower|higher|better|worse|fewer|less|more|smaller|larger)\s+[a-z]")
# A split written right after a set, before the bracket of its score: "MMMU (val) (77.3%)", "MMMU-val (77.3%)".
_SPLIT_THEN_SCORE = re.compile(r"(?:-(?:val|test|dev)|\s\((?:val|test|dev|validation|test-dev|test-std)\))"
                               r"(?=\s\(\s*[+-]?\d)")
# A named part of a named set: "on the RAGTruth subset of the LLM-AggreFact benchmark" is on RAGTruth.
# The parts or protocols of a set, listed in a bracket right after it: "NTU RGB+D 60 (X-Sub, X-View)".
_PARTS_BRACKET = re.compile(r"\s*\(((?:[A-Z][\w-]{0,15}, ){1,4}(?:and )?[A-Z][\w-]{0,15})\)")
_PART_OF_SET = re.compile(r"\s+(?:subset|split|partition|portion|track|subtask)\s+of\s+(?:the\s+)?")
# Between a number and the dataset right after it, for a number with no metric, verb or owner: "80.2% D",
# "80.2% on D", "(80.2%) on the D" (not "in D": "only 6% in D" may be a share).
_ADJACENT = re.compile(r"\s*\)?\s*(?:on\s+(?:the\s+)?)?")
PAIR_CANDIDATES = "mlkg_pair_candidates"  # doc.user_data keys of the pairs kept for training ...
RULE_CLAIMS = "mlkg_rule_claims"  # ... and of the rules' own claims (value start, value, dataset)
_MAX_GAP_CHARS = 90  # "D ... x" in one clause: at most this far apart
# ... or this far for a named model's own number ("On D, ours reaches x, a gain of y over the baseline (CLIP: [z])")
_MAX_OWNED_GAP_CHARS = 160  # ... or from the one set a sentence opens on: "Tested on the D dataset with A and B, ..."
_OPENS_ON_SET = re.compile(r"(?i:(?:(?:when\s+)?(?:tested|evaluated|validated|benchmarked)\s+|experiments\s+)?"
                           r"(?:on|across)\s+(?:the\s+)?)$")


class DocResult(NamedTuple):
    """One claim as the component found it; stored on the Doc as a plain row."""

    model: str
    dataset: str
    metric: str
    value: str
    sent_start: int
    sent_end: int
    value_start: int = -1
    value_end: int = -1
    relative: bool = False
    setting: str = ""  # "zero-shot", "5-shot", "fine-tuned" ... as the sentence ties it to the value
    task: str = ""  # "image classification" ... (see mlkg.extract.conditions)
    own: bool = False  # with no model: the paper's own method states it unnamed ("our approach reaches x")

    @property
    def confidence(self) -> float:
        """A stated absolute number is surer than a gain, which the guidelines keep only when alone."""
        return 0.4 if self.relative else 0.6


class _Value(NamedTuple):
    start: int
    end: int
    value: str
    relative: bool
    metric: str  # as written, "" when the number carries none
    scored: bool  # a result verb stands right before it ("reaching 0.75")
    stated: bool = True  # the metric is written next to the number, not only earlier in the clause
    after: bool = False  # ... and after it ("45.1 mAP"), not before ("an F1 of 93.2")
    owned: bool = False  # written with a named model: "CLIP (56.8%)", "82% by CLIP" (see _owner)
    start_of: bool = False  # the starting point of "from x to y": a claim only of the model improved (_start_owner)
    subject: bool = False  # its clause names the model that states it: "while CLIP reaches [0.85]"
    measure: str = ""  # a gain's measure in words before its "by", for a claim whose metric names none


@Language.factory(
    "mlkg_results",
    assigns=["doc.spans", "doc._.mlkg_results", "doc._.mlkg_result_rows"],
    requires=["doc._.mlkg_entities"],
    default_config={"pairs": None, "decide": True},
)
def make_results(nlp: Language, name: str, pairs: str | None, decide: bool) -> ResultExtractor:
    """``pairs``: the results decider's weights (None: the shipped ones); ``decide=False``: the rules alone."""
    return ResultExtractor(name, load_pair_weights(pairs) if decide else None)


class ResultExtractor:
    """The rules find claims; the results decider (:mod:`mlkg.extract.decide.pairs`), when given,
    adds the (number, dataset) pairs they missed and drops the ones it finds unlikely."""

    def __init__(self, name: str, pairs: PairModel | None = None) -> None:
        self.name = name
        self.pairs = pairs
        self.collect = False  # training: keep every pair's features in doc.user_data[PAIR_CANDIDATES]
        ensure_doc_extensions()  # registers doc._.mlkg_results and the span._.mlkg_result_* getters

    def __call__(self, doc: Doc) -> Doc:
        rows = self._find(doc)
        set_doc_value(doc, "mlkg_result_rows", [list(r) for r in rows])
        if rows:
            spans = []
            for i, row in enumerate(rows):
                span = doc.char_span(row.value_start, row.value_end, alignment_mode="expand")
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label=canonical_metric(row.metric) or "score",
                                      span_id=str(i)))
            doc.spans[RESULTS] = spans
        return doc

    def _find(self, doc: Doc) -> list[DocResult]:
        if not any(row["type"] in _DATA_TYPES and row["mentions"] for row in entity_rows(doc)):
            return []  # no dataset named: no claim (and no entities to read)
        # arXiv abstracts keep LaTeX's escaped percent ("84\\%"): read it as "% " (same length, offsets hold);
        # an arrow whose backslash was lost on the way ("66.3 %rightarrow72.9 %") as an arrow, padded alike.
        text = doc_text(doc).replace("\\%", "% ")
        if "rightarrow" in text:  # (which every arrow the pattern finds holds: few abstracts write one)
            text = _LATEX_ARROW.sub(_arrow_padded, text)
        text = _LATEX_MATH_NAME.sub(r" \1 ", text)
        if "(+" in text or "(-" in text:  # "93.8%(+0.5%), 92.6%(+0.3%) and 89.3%(+1.1%) on A, B and C": a score's
            # bracketed gain is an aside of it, no number of the list (blanked, so that offsets hold)
            text = _SCORE_GAIN_ASIDE.sub(lambda m: m["score"] + " " * (len(m.group()) - len(m["score"])), text)
        if not any(_VALUE.match(text, at.start()) for at in _VALUE_START.finditer(text)):
            return []  # (as _VALUE.search, which tries every offset: only those a match may start at are tried)
        entities = read_entities(doc)
        data = _outermost(sorted({*((c.start, c.end, e.name) for e in entities if e.type.value in _DATA_TYPES
                                    for c in e.mentions if not _inside_data_word(text, c.end)),
                                  *_written_again(text, [e for e in entities if e.type.value in _DATA_TYPES])}))
        model_starts = {c.start for e in entities if e.type is EntityType.MODEL and _CODED_NAME.search(e.name)
                        and not _metric_name(e.name)  # (not "raises DrawBench HPSv3 from x": D's metric)
                        for c in e.mentions}  # (a release's code: not "PLUS" of "HC3 PLUS")
        data = [d for d in data if not _TRAINED_ON_AFTER.match(text, d[1])  # "With Objects365 pre-training, ..."
                and not _extra_training_data(text, d[0])  # "With the additional UBody dataset, X is boosted to x"
                and not (d[1] + 1 in model_starts and text.startswith(" ", d[1]))]  # "a supervised ImageNet ViT-B/16"
        # (the whole of "on the RAGTruth subset of the LLM-AggreFact benchmark" is no place of the sentence's claims,
        # but stays what a later sentence may refer back to: "over the full benchmark")
        parents = {d[0] for i, d in enumerate(data) if i and _PART_OF_SET.fullmatch(text, data[i - 1][1], d[0])}
        if not data:
            return []
        named = [e for e in entities if e.type is EntityType.MODEL and not _metric_name(e.name)
                 and not _score_labelling_a_number(text, e)]
        models = _defined_once(text, _outermost(sorted({*((c.start, c.end, e.name) for e in named for c in e.mentions),
                                                       *_written_again(text, named)})))
        parts = [(m.start(1), m.end(1)) for d in data if (m := _PARTS_BRACKET.match(text, d[1]))]
        models = [m for m in models if not any(a <= m[0] < b for a, b in parts)  # no owner: a set's parts
                  and not _metric_named_after(text, m)]  # (nor the model of "a CLIP Score of x")
        own = next((e.name for e in sorted(entities, key=lambda e: min(c.start for c in e.mentions))
                    if e.type is EntityType.MODEL and e.role is Role.INTRODUCES
                    and not _named_in_long_form(text, e, entities)), "")
        own_models = {e.name for e in entities if e.type is EntityType.MODEL and e.role is Role.INTRODUCES}
        introduced = [e.name for e in entities if e.type is EntityType.BENCHMARK and e.role is Role.INTRODUCES]
        own_sets = frozenset(e.name for e in entities if e.type.value in _DATA_TYPES and e.role is Role.INTRODUCES)
        introduced = introduced or sorted(own_sets)  # (else the one data set it introduces: "ZorbQA-60 dataset")
        default = data[0][2] if len({d[2] for d in data}) == 1 and not all(
            _LISTED_BEFORE.search(text, max(0, a - 24), a) or _LISTED_AFTER.match(text, b) for a, b, _ in data) \
            and not all(_PRETRAINED_ON.search(text, max(0, a - 60), a) for a, _, _ in data) \
            else introduced[0] if len(introduced) == 1 else ""  # (not the one set found of "four datasets (A, [B],
        # C, D)": the paper's numbers may be on any of them; nor one named only as what a model was pretrained on)
        starts = sentence_starts(doc)
        data_starts = [d[0] for d in data]
        found: list[DocResult] = []
        # A claim's dataset is named in its own sentence, or is the one the sentence refers back to ("this
        # benchmark"), or the only one of the paper (or the one benchmark it introduces) when the sentence
        # describes no other set and states no second number of a metric already claimed there.
        for k, s_start in enumerate(starts):
            s_end = starts[k + 1] if k + 1 < len(starts) else len(text)
            sent = text[s_start:s_end]
            lo, hi = bisect_left(data_starts, s_start), bisect_left(data_starts, s_end)
            sent_data = [(a - s_start, b - s_start, name) for a, b, name in data[lo:hi] if a not in parents]
            if "(" in sent:  # "MMMU (val) (77.3%)", "MMMU-val (77.3%)": the split written after the set goes with it
                sent_data = [(a, m.end(), name) if (m := _SPLIT_THEN_SCORE.match(sent, b)) is not None else (a, b, name)
                             for a, b, name in sent_data]
            carried = "" if sent_data or not lo or not _DIGIT.search(sent) else _carried(sent, data, lo, starts, default,
                                                                                          own_sets)
            if carried and k and _THIS_SETTING.search(sent) and _OTHER_SET.search(text, starts[k - 1], s_start):
                carried = ""  # "... on real-world tasks with live search. In this realistic setting, X reaches [84%]"
            if carried and _DOWNSTREAM.search(sent) and not _SET_NAMED_BACK.search(sent):
                carried = ""  # "It transfers to downstream tasks, achieving 90.6 PDMS": scores on other, unnamed data
            if not carried and not sent_data and lo and not default and k and _DIGIT.search(sent) and any(
                    s_start <= m[0] < s_end for m in models):
                carried = _recent_set(text, sent, data, lo, starts, k)
            if not carried and not sent_data and k and (_THIS_COMPARES.match(sent) or _FURTHER_TO.search(sent)):
                # "X reaches 76.1% on D. This outperforms CLIP ([72.0%]) ...": the claim just made, compared (or
                # taken further: "With a context reset, accuracy further improves to [73.3%]")
                previous = {r.dataset for r in found if r.sent_start == starts[k - 1]}
                carried = previous.pop() if len(previous) == 1 else ""
            if carried and _RESPECTIVELY.search(sent) or not carried and not sent_data and lo and (
                    _RESPECTIVELY.search(sent) or _THESE_SETS.search(sent)) and _DIGIT.search(sent):
                # "We test on A, B and C. FooNet reaches x, y and z, respectively." ("... in the above datasets")
                back = k - 1  # "... on these benchmarks, respectively" may look past a sentence without sets
                while _THESE_SETS.search(sent) and back > max(0, k - 3) and not any(
                        starts[back] <= d[0] for d in data[:lo]):
                    back -= 1
                previous = list(dict.fromkeys(d[2] for d in data[:lo] if d[0] >= starts[max(back, 0)]))
                sent_models = [(a - s_start, b - s_start, n) for a, b, n in models if s_start <= a < s_end]
                # "... including A, B, C and our private dataset": one more number, last, for the set not named
                unnamed_last = bool(previous) and _UNNAMED_LAST_SET.match(text, data[lo - 1][1]) is not None
                rows = _respective(sent, previous, sent_models, own, unnamed_last) if len(previous) >= 2 else []
                found.extend(DocResult(m, d, metric, v.value, s_start, s_start + len(sent.rstrip()), s_start + v.start,
                                       s_start + v.end, v.relative) for v, d, m, metric in rows)
                if rows:
                    continue
            if carried:
                sent_models = [(a - s_start, b - s_start, n) for a, b, n in models if s_start <= a < s_end]
                values = _outside(_values(sent), sent_models, sent)
                if values and _RESPECTIVELY.search(sent) and (_listed_subjects(sent, values[0].start, sent_models) or (
                        _SEVERAL_SETS.search(sent)) or (
                        _UNNAMED_SUBJECT.search(sent, 0, values[0].start) and not any(m[0] < values[0].start
                                                                                        for m in sent_models))):
                    continue  # "A agents and B agents reach x and y, respectively", "x and y in the data sets,
                    # respectively": whose numbers, or on which set, is unclear
                # "Under the harder X protocol, the best results are x": a named setting may restate a metric,
                # and an unnamed subject's numbers are those of the one model the sentence before claimed there
                setting = _NAMED_SETTING.match(sent)
                claimed = {(r.dataset, r.metric) for r in found} if not setting else set()
                claimed_by = {(r.dataset, r.metric, r.model) for r in found}
                split_named = _SPLIT_BACK.search(sent) is not None
                before_models = {r.model for r in found if r.dataset == carried and r.sent_end <= s_start
                                 and r.sent_start >= starts[max(k - 1, 0)]} if setting else set()
                listed = _listed_owners(sent, values, [""] * len(values), sent_models, [])  # "A and B reach x and y"
                gain_run: set[int] = set()
                for i, v in enumerate(values):
                    owner = _start_owner(sent, v, sent_models, own, values[i + 1].end if i + 1 < len(values) else -1) \
                        if v.start_of else listed[i] or _owner(sent, v, sent_models, values[i - 1].end if i else -1, own)
                    if not owner and v.scored and not v.start_of and own and _IT_OPENS.match(sent) and not any(
                            m[0] < v.start for m in sent_models):
                        owner = own  # "It demonstrated superior Dice scores ..., achieving [92.59] for WT": the paper's
                    if not owner and v.scored and v.metric and not v.start_of and own and _OWN_REACHES.search(
                            sent, max(0, v.start - 50), v.start):
                        owner = own  # "ADaPT, which achieves a 0.52 success rate, our method reaches [0.56]": the
                        # paper's own number, in the measure just named
                    metric = _as_defined(text, v.metric) if v.metric else "score"
                    other = _ON_OTHER.match(sent, v.end) or (  # "x on a held-out split"; not "x on this dataset"
                        None if owner else _FOR_PART.match(sent, v.end))  # "0.96 for the right scapula": a part
                    if other is not None and _for_defined_part(text, sent, v.end):
                        other = None  # "92.59 for WT", "whole tumor (WT)" defined: a part of the data, in capitals
                    if other is not None and owner and sent.startswith(owner, other.end()):
                        other = None  # "an F1-score of 97.61% for Gemini": whose the number is, not another set
                    if other is not None and introduced == [carried] and _PART_OF_BENCHMARK.search(other.group(0)):
                        other = None  # "GPT-5 achieves [34.93%] accuracy on the pathogen classification task" of the
                        # one benchmark the paper introduces: a task (or setting) of it, not other data
                    # "A only achieving [51%] on it"; "A outperforms B by [5%]"
                    subject = v.scored and _named_subject(sent, v, sent_models) or (
                        v.relative and (_gains_over(sent, v, sent_models) or i in gain_run))
                    if subject and v.relative and i + 1 < len(values) and _LIST_GAP_VALUES.fullmatch(
                            sent[v.end:values[i + 1].start]):
                        gain_run.add(i + 1)  # "A outperforms B, C and D by [16.1%], [12.7%], and [19.1%], respectively"
                    reached = bool(v.metric) and _reached(sent, v)  # "from 11.3% to [34.5%]": the new score
                    if v.start_of and not owner or not (v.stated or owner or subject or reached) or not owner and i and _VERSUS.fullmatch(
                            sent, values[i - 1].end, v.start) or (
                            other and not _BACK_REFERENCE.search(sent, v.end, other.end() + 20)
                            and not _OWN_SET.search(sent, v.end, other.end() + 1)
                            and not _THE_SET.search(sent, v.end, other.end() + 12)):
                        continue
                    model = owner or (next(iter(before_models)) if len(before_models) == 1 and not any(
                        m[0] < v.start for m in sent_models) and not _UNNAMED_SUBJECT.search(sent, 0, v.start)
                        and not _OWN_WORDS.search(sent, 0, v.start) else "") or _model(
                        sent, v.start, sent_models, own, tuple(w.end for w in values), v.relative)  # (a gain's owner
                    # is no model it improves: "the PAP structure improves UniAD's accuracy by [10%]")
                    if model and model == v.metric and _labels(sent, model, v.start):
                        continue  # "achieves RHAE=0.30": the label is the number's metric (see below)
                    if (carried, metric) in claimed and not split_named and not (  # restated: another setting, unless
                            # another model (not another split: "On the val split, X achieves 56.2 NDS"),
                            model and (carried, metric, model) not in claimed_by and any(  # named before it, states
                                m[2] == model and m[0] < v.start for m in sent_models)) and not (  # it ("AGUNet
                            # yielded a mean Dice score of 90.38"), or the claim taken further ("further improves to")
                            _FURTHER_TO.search(sent, max(0, v.start - 40), v.end)):
                        continue
                    if v.relative and not v.metric:
                        metric = "improvement"
                    if v.measure and metric in _VAGUE_METRICS:
                        metric = v.measure  # "improving background continuity by [21.6%]"
                    found.append(DocResult(model, carried, metric, v.value, s_start, s_start + len(sent.rstrip()),
                                           s_start + v.start, s_start + v.end, v.relative))
            elif sent_data and _DIGIT.search(sent):
                sent_models = [(a - s_start, b - s_start, n) for a, b, n in models if s_start <= a < s_end]
                values = _outside(_values(sent), sent_models + sent_data, sent)
                if values:
                    owners = [_start_owner(sent, v, sent_models, own, values[i + 1].end if i + 1 < len(values) else -1)
                              if v.start_of else
                              _owner(sent, v, sent_models, values[i - 1].end if i else -1, own)
                              for i, v in enumerate(values)]
                    owners = _listed_owners(sent, values, owners, sent_models, sent_data)
                    for i in range(1, len(values)):  # "CLIP (43.2% and 46.7%)": the bracket's numbers are all CLIP's
                        if not owners[i] and owners[i - 1] and not values[i].start_of and _LIST_GAP_VALUES.match(
                                sent[values[i - 1].end:values[i].start]) and sent.rfind(
                                "(", 0, values[i].start) > sent.rfind(")", 0, values[i].start):
                            owners[i] = owners[i - 1]
                    for i in range(2, len(values)):  # "A improves from x to y on D and [z] to w on E": the start
                        if values[i].start_of and not owners[i] and values[i - 2].start_of and owners[i - 2] and \
                                _GAPPED_FROM.search(sent, values[i - 2].start - 6, values[i].start):  # left out is A's
                            owners[i] = owners[i - 2]
                    compared = _compared_values(sent, values)
                    keep = [i for i, v in enumerate(values) if owners[i] or not (i and _VERSUS.fullmatch(
                        sent, values[i - 1].end, v.start)) and i not in compared]  # "(89.1% vs. [89.3%])": the
                    # other side's, unnamed
                    values, owners = [values[i] for i in keep], [owners[i] for i in keep]
                    values, owners = _drop_unowned_starts(values, owners)
                    if not values:
                        continue
                    values = [v._replace(scored=True, owned=True) if o else
                              v._replace(subject=True) if _named_subject(sent, v, sent_models) else v
                              for v, o in zip(values, owners, strict=True)]
                    owner_of = {v.start: o for v, o in zip(values, owners, strict=True)}
                    ends = tuple(v.end for v in values)
                    assigned = _with_start_datasets(values, _assign(sent, values, sent_data,
                                                                    {m[1] for m in sent_models}))
                    if _gains_over_unpaired(sent, values, assigned):
                        assigned = []
                    for value, dataset in assigned:
                        if _other_sets_between(sent, value, dataset, sent_data):
                            continue  # "x on D, and on coding benchmarks [y]": y is over other sets
                        named = _NAMED_SCORE_AFTER.match(sent, value.end)
                        if named is not None and not _METRIC_ONLY.fullmatch(named["n"]) and not any(
                                named["n"] in d[2] for d in sent_data):
                            continue  # "0.87 GenEval score and [86.9] DPG overall score": a set of its own, unfound
                        if value.metric and not _GENERIC_SCORE.fullmatch(value.metric) and dataset not in value.metric \
                                and _named_as_score_only(sent, dataset, sent_data) and not (
                                    (scored := _SET_SCORE_AFTER.match(sent, value.end)) is not None
                                    and BENCH_END.search(dataset) and sent.startswith(dataset + " score", scored.end())):
                            continue  # "an FID of [4.7] and a GenEval score of 0.81": the set names the other
                            # number's metric only, and FID is no GenEval score
                        if (other_after := _OTHER_AFTER.match(sent, value.end)) is not None and not _framed_by(
                                sent, dataset, sent_data) and not _plural_named(sent, other_after, sent_data):
                            continue  # "wins all D tasks and reaches [x] mean success on a 20-task suite"
                        # (the paper's own model named in the sentence, when it has several: "we train A-7B, which
                        # ..., exceeding B on D by [4.60%]" is A-7B's, not that of a module named earlier)
                        own_here = next((m[2] for m in sent_models if m[2] in own_models and m[0] < value.start
                                         and _OWN_SUBJECT_AFTER.match(sent, m[1])
                                         and not _OWN_OBJECT_BEFORE.search(sent, max(0, m[0] - 30), m[0])), own)
                        model = owner_of[value.start] or _model(sent, value.start, sent_models, own_here, ends,
                                                                value.relative) or (
                            _gain_for(sent, value, sent_models) if value.relative else "")
                        if model and model == value.metric and _labels(sent, model, value.start):
                            continue  # "achieves RHAE=0.30": the label is the number's metric (typed a model), and
                            # whose number it is, unsaid (nor the model's own, of a name that labels numbers)
                        metric = _as_defined(text, value.metric) if value.metric else (
                            "improvement" if value.relative else "score")
                        if metric == "improvement" and (coded := _CODED_GAIN_OF.search(
                                sent, max(0, value.start - 40), value.start)) is not None and not any(
                                    a <= coded.start("m") < b for a, b, _ in sent_data + sent_models):
                            metric = coded["m"]  # "a Bpp reduction of approximately [20.43%]": the gain's measure, coded
                        if metric == "improvement" and (coded := _SIGNED_IN_CODE.match(sent, value.end)) is not None \
                                and (value.value[:1] in "+-\u2212" or _COINED_SCORE.fullmatch(coded["m"])) and not any(
                                    a <= coded.start("m") < b for a, b, _ in sent_data + sent_models):
                            metric = coded["m"]  # "+4.4 in OLS": the gain in a metric the tables do not know
                        if value.measure and metric in _VAGUE_METRICS:
                            metric = value.measure  # "improving background continuity by [21.6%], character ..."
                        if metric == "points" and not value.relative:
                            metric = "score"  # "by 2.3 points (65.1 vs. 62.8)": points name the gain, not the score
                        found.append(DocResult(model, dataset, metric, value.value, s_start,
                                               s_start + len(sent.rstrip()), s_start + value.start,
                                               s_start + value.end, value.relative))
        if self.pairs is not None and not self.pairs.inert or self.collect:
            pairs = _pairs(text, starts, data, models, entities, own, default, found)
            if self.collect:
                doc.user_data[PAIR_CANDIDATES] = [c for c, _ in pairs]
                doc.user_data[RULE_CLAIMS] = [(r.value_start, r.value, r.dataset) for r in _keep(found)]
            if self.pairs is not None:
                found = _decide_pairs(self.pairs, pairs, found)
        if not own:  # "our approach reaches x on D": the paper's own method, which it never names
            introduced = {(m[1] or m[2]).lower() for m in _INTRODUCED_PHRASE.finditer(text)}
            found = [r._replace(own=True) if not r.model and (
                _own_subject(text[r.sent_start:r.value_start])
                or _trained_on_own_set(text[r.sent_start:r.value_start], own_sets - {r.dataset})
                or _introduced_subject(text[r.sent_start:r.value_start], introduced)) else r
                for r in found]
        names = {e.name.lower() for e in entities if e.type is EntityType.MODEL}  # (with "ODS", which _metric_name
        # keeps out of the owners; in any case: the model DICE is no metric Dice)
        found = _shared_by_listed_sets(text, _applied_claims(text, found, models, own), data)
        return [_with_conditions(text, _without_set_name(text, r, names), models) for r in _keep(found)]


# A number stated once on two sets listed right after it: "by approximately 10% on both A and B", "84% accuracy on
# A and B" (each set holds it, as the annotators write it; not a list the sentence pairs "respectively").
_SHARED_BY_SETS = re.compile(r"[^.;()\d]{0,60}?\b(?:on|across|for)\s+(?:both\s+)?(?:the\s+)?$")
# A number, then a set's score: "[1.9%] higher VBench score".
_SET_SCORE_AFTER = re.compile(r"\s*%?\s*(?:points?\s+)?(?:higher|lower|better|improved|increased|gains?\s+(?:in|on))?\s*"
                              r"(?:the\s+)?(?=[A-Z])")
_NOT_A_CLAIM_GAP = re.compile(r"(?i:\b(?:reduc|lower|cut|sav|decreas)\w*\s+(?:[\w-]+\s+){0,3}by\s+$)")
_VERSUS_THEN_NEXT = re.compile(r"\s*%?\s*\((?:vs\.?|versus|compared (?:to|with))\s[^()]{0,60}\)\s*,\s*(?:and\s+)?"
                               r"(?:an?\s+)?[A-Za-z][\w@.-]*(?:\s+[A-Za-z][\w@.-]*){0,2}\s+(?:of\s+|=\s*|:\s*)?")
_CLAUSE_ON_END = re.compile(r"(?:^|[;:]\s*|\.\s+)(?:and\s+)?(?i:on)\s+(?:the\s+)?$")  # "...; on D, [x] / y"
_SLASH_PARTNER_GAP = re.compile(r"\s*%?\s*/\s*")
_ENDS_SENTENCE = re.compile(r"\s*(?:(?:benchmark|dataset|test set)\s*)?[.!?]?\s*$")
# A sentence that opens on two sets: "On MATH-V and VLM-S2H, ...".
_OPENS_ON_PAIR = re.compile(r"\s*(?:On|Across|For)\s+(?:both\s+)?(?:the\s+)?(\S[^,;]{0,40}?)(?=\s*(?:and|&|/))")
_PAIR_OPENER_END = re.compile(r"\s*(?:(?:benchmarks?|datasets?)\s*)?,")
_SECOND_SET_GAP = re.compile(r"\s*(?:(?:benchmarks?|datasets?)\s*)?(?:and|&|/)\s*(?:the\s+)?$|\s*/\s*$")


def _shared_by_listed_sets(text: str, found: list[DocResult], data: list[tuple[int, int, str]]) -> list[DocResult]:
    """Each claim whose value is stated once on a pair of sets named right after it (or that its sentence opens on),
    copied onto the second set."""
    out = list(found)
    for r in found:
        if r.value_end < 0 or "respectively" in text[r.sent_start:r.sent_end]:
            continue
        opener = _OPENS_ON_PAIR.match(text, r.sent_start)
        first = next(((a, b) for a, b, n in data if n == r.dataset and r.value_end < a < r.sent_end
                      and _SHARED_BY_SETS.fullmatch(text, r.value_end, a)), None) or next(
            ((a, b) for a, b, n in data if n == r.dataset and r.sent_start <= a < r.value_start
             and opener is not None and opener.end(1) == b), None)
        if first is None:
            continue
        second = next((n for a, _, n in data if a > first[1] and n != r.dataset and a < r.sent_end
                       and _SECOND_SET_GAP.fullmatch(text, first[1], a)), None)
        if second is None or any(o.dataset == second and r.sent_start == o.sent_start for o in found):
            continue
        out.append(r._replace(dataset=second))
    return out


_LATEX_ARROW = re.compile(r"\\?rightarrow")


# A metric written as LaTeX math, "$J&F$", "$\\mathcal{J}$": its letters, the dollars as spaces (offsets hold).
_LATEX_MATH_NAME = re.compile(r"\$([A-Za-z\\][^$\d]{0,15})\$")


def _as_defined(text: str, metric: str) -> str:
    """The metric's canonical name, unless the text defines its acronym as another measure: "Final Pass Rate (FPR)" is
    no false positive rate (an acronym defined as no measure, "change detection (CD)", or as a measure the table
    names only by its head word, "nuScenes detection score (NDS)", keeps the table's reading)."""
    if not (metric.isupper() and 2 <= len(metric) <= 6) or f"({metric})" not in text:
        return canonical_metric(metric)
    defined = re.search(rf"((?:[A-Za-z][\w-]*\s+){{{len(metric)}}})\({re.escape(metric)}\)", text)
    if defined is None or "".join(w[0] for w in defined[1].split()).upper() != metric:
        return canonical_metric(metric)
    long, table = metric_family(defined[1].strip()), metric_family(metric)
    return canonical_metric(defined[1].strip()) if long is not None and table is not None and long.name != table.name \
        and long.name not in _HEAD_FAMILIES else canonical_metric(metric)


# Families named by a measure's head word alone, which a long form of any specific measure falls into ("nuScenes
# detection score" is a score, and NDS still the table's name for it).
_HEAD_FAMILIES = frozenset({"score", "error", "accuracy", "distance", "performance", "improvement", "rate"})


def _named_in_long_form(text: str, entity: DocEntity, entities: list[DocEntity]) -> bool:
    """"SegFormer" of "UnderWater SegFormer (UWSegFormer)": a name written only inside the long form of another name
    the paper introduces is what that name is built on, not the paper's own model."""
    spans = []
    for other in entities:
        if other is entity or other.role is not Role.INTRODUCES:
            continue
        for alias in other.aliases:
            if entity.name in alias and alias != entity.name:
                at = text.find(alias)
                while at >= 0:
                    spans.append((at, at + len(alias)))
                    at = text.find(alias, at + 1)
    return bool(spans) and all(any(a <= c.start and c.end <= b for a, b in spans) for c in entity.mentions)


def _arrow_padded(match: re.Match[str]) -> str:
    """" → " padded with spaces to the length of the LaTeX arrow it stands for."""
    return " \u2192 ".ljust(len(match.group()))


def _without_set_name(text: str, row: DocResult, models: set[str]) -> DocResult:
    """The metric without the set's name it was written with ("45.2 COCO AP" is AP, on COCO), and never a name: the
    benchmark's own ("0.87 GenEval score" is a score) or a model's ("ODS is a framework ... DeepSeek-R1 achieves
    [82.4%]" reads the model ODS, not the edge-detection metric ODS, as the clause's metric), unless the name is
    written with the number ("an average BPCER of 0.09% and APCER of [1.2%]": what a component took for a model).
    ``models`` are the paper's model names in lower case (the model DICE is no metric Dice)."""
    if row.dataset and row.metric.startswith(row.dataset + " "):
        return row._replace(metric=canonical_metric(row.metric[len(row.dataset) + 1:]))
    if row.dataset and row.metric == row.dataset or row.metric.lower() in models and not _written_with_value(text, row):
        return row._replace(metric="improvement" if row.relative else "score")
    return row


def _metric_brought_to(sent: str, start: int, end: int) -> bool:
    """The name at ``start`` is a metric brought down to a number: "reduces [SDLogJ] to 0.11"."""
    to = _TO_NUMBER.match(sent, end)
    return to is not None and (lowered := _ACRONYM_TO.search(sent, max(0, start - 40), to.end())) is not None \
        and lowered.start("m") == start


_TO_NUMBER = re.compile(r"\s+to\s+(?=[+\-−]?\d)")


def _written_with_value(text: str, row: DocResult) -> bool:
    """The row's metric is written right before its number, with "of" ("APCER of [1.2%]"), or right after it
    ("[-30.69%] MSS")."""
    if row.value_start < 0:
        return False
    if text[row.value_end:row.value_end + 40].lstrip(" %").startswith(row.metric):
        return True
    at = text.rfind(row.metric, 0, row.value_start)
    return at >= 0 and (_NAMES_THE_VALUE.fullmatch(text, at + len(row.metric), row.value_start) is not None
                        or _metric_brought_to(text, at, at + len(row.metric))
                        or _lowered_by_number(text, at, at + len(row.metric))
                        # "improving ZorbScore to [0.677]": a score coined in one word, written with its number
                        or _COINED_SCORE.fullmatch(row.metric) is not None
                        and _coined_score_with_number(text, at, at + len(row.metric)))


# A score and its gain in a bracket of its own: "93.8%(+0.5%)", "71.2 (-0.4)" (see _find).
# (a number of its own, not a name's last digits: "CIFAR-10 (+0.45%)" is a gain on a set; and not before words that
# make the bracket part of a gain or of a setting: "a 0.0696 (+17.24%) gain", "0.448 (+8.2%) with threshold tuning")
_SCORE_GAIN_ASIDE = re.compile(r"(?<![\w.+\-])(?P<score>\d+(?:\.\d+)?\s?%?)"
                               r"\s?\(\s?[+-]\d+(?:\.\d+)?\s?(?:%|pp|points?)?\s?\)"
                               r"(?!\s*(?:gains?|improvements?|increases?|boosts?|reductions?|drops?|decreases?|higher|"
                               r"lower|better|worse|more|less|over|than|with|relative)\b)")
# A score coined in one word (see _METRIC_CORE), and one written right before its number.
_COINED_SCORE = re.compile(r"[A-Z][A-Za-z]{1,14}Score")
_COINED_SCORE_WITH_NUMBER = re.compile(r"Score\s*(?:(?:to|of)\s+|[=:]\s*|(?:(?:rises|increases|improves|grows|jumps|"
                                       r"climbs|drops|falls|decreases)\s+)?(?:from\s+[+-]?\d[\d.]*\s?%?\s+)?"
                                       r"(?:from|to)\s+)[+-]?")


def _with_conditions(text: str, row: DocResult, models: list[tuple[int, int, str]]) -> DocResult:
    """The row with the setting and task its sentence ties to its value (mlkg.extract.conditions)."""
    start = row.sent_start
    sent = text[start:row.sent_end]
    if not names_conditions(sent):
        return row._replace(setting="", task="")  # (as conditions_of finds: the sentence's numbers are not read)
    names = [(a - start, b - start, name) for a, b, name in models if start <= a < row.sent_end]
    found = conditions_of(sent, (row.value_start - start, row.value_end - start),
                          [(v.start, v.end) for v in _values(sent)], row.model, names)
    return row._replace(setting=found.setting, task=found.task)


# Other sets, described in the plural, in the clause of a number: "on coding benchmarks", "across tasks".
_PLURAL_SETS = re.compile(r"(?i:\b(?:on|in|across|for|over)\s+(?:(?!the\b|this\b)[\w-]+\s+){0,3}?"
                          r"(?:benchmarks|datasets|data sets|tasks|suites|corpora|domains)\b)")


def _other_sets_between(sent: str, value: _Value, dataset: str, data: list[tuple[int, int, str]]) -> bool:
    """The dataset is named before the number's clause, and that clause, before the number, says the
    number is over other sets in the plural: the dataset is not where the number is stated."""
    before = [d for d in data if d[2] == dataset and d[1] <= value.start]
    if not before or any(d[2] == dataset and d[0] >= value.end for d in data):
        return False
    start = max(before[-1][1], _clause_start(sent, value.start))
    plural = _PLURAL_SETS.search(sent, start, value.start)
    if plural is not None and plural.start() == before[-1][1] + 1 and not _DATA_LIST.match(sent, plural.end()):
        plural = _PLURAL_SETS.search(sent, plural.end(), value.start)  # "D across five domains": D's own parts
    return plural is not None


_DATA_LIST = re.compile(r"\s*(?:\(|:|,?\s*(?:including|such as|e\.g\.))")


# After a number and its metric words, a set the sentence describes and does not name: "[63.8%] mean success
# on a twenty-task simulation suite", "x on a held-out split".
_OTHER_AFTER = re.compile(r"\s*%?\s*(?:[a-z][\w-]*\)?\s+){0,3}?(?:on|in|across|over)\s+"
                          r"(?:(?:a|an|another|other)\s+[^.;,()]{0,40}?"
                          r"\b(?:set|split|dataset|benchmark|corpus|subset|collection|suite)\b"
                          # "74.4% average accuracy on offline video benchmarks": other sets, unnamed, in the plural
                          # (and "a 6.2% average gain over six mathematics benchmarks")
                          r"|(?:[a-z][\w-]*\s+){1,3}(?:benchmarks|datasets|data sets|corpora|suites)\b)")
# "On D, ...": the sentence opens with the set it is about, so a split described later is a split of D.
_FRAME = re.compile(r"\s*(?:On|For|In|Across|Evaluated on|Tested on)\s+(?:the\s+)?")


def _share_metric_runs(values: list[_Value], runs: list[list[int]], pairs: dict[int, str],
                       elsewhere: frozenset[int] | set[int] = frozenset()) -> None:
    """"gains of +4% accuracy and +5.1% mAP on D", "0.94 rFID and codebook usage of 97% on D": a run of numbers
    each with its metric after it is on the set its last member is on (``runs``: the sentence's runs of numbers,
    each written with its metric)."""
    for run in runs:
        last = run[-1]
        if len(run) >= 2 and last in pairs and all(values[i].after and i not in pairs and i not in elsewhere
                                                   for i in run[:-1]) and len({values[i].relative for i in run}) == 1:
            for i in run[:-1]:
                pairs[i] = pairs[last]
        elif len(run) >= 4 and last in pairs:  # "x F1 and y IoU on A, and z F1 and w IoU on B": each part of the run
            pending: list[int] = []  # is on the set its own last member is on
            for i in run:
                if i in pairs:
                    if pending and all(values[k].after and k not in elsewhere and values[k].relative
                                       == values[i].relative for k in pending):
                        pairs.update((k, pairs[i]) for k in pending)
                    pending = []
                else:
                    pending.append(i)


def _plural_named(sent: str, plural: re.Match[str], data: list[tuple[int, int, str]]) -> bool:
    """The plural sets after a number are named right after, each to take its own number: "x and [y] on two
    benchmarks, A and B", "... on the benchmarks (A and B), respectively" (not "on math benchmarks such as A":
    one number over many sets)."""
    return (_COUNTED_PLURAL.search(plural.group()) is not None or _RESPECTIVELY.search(sent) is not None) and any(
        _NAMES_FOLLOW.fullmatch(sent, plural.end(), a) for a, _, _ in data)


# A plural data head after a set's name, and a list's member (capitalised) before it.
_PLURAL_HEAD = re.compile(r"\s+(?:benchmarks|datasets|data sets|corpora)\b")
_NAME_LISTED_BEFORE = re.compile(r"[A-Z][\w.+-]*\s*(?:,\s*(?:and\s+)?|\band\s+)(?:\([^()]{0,60}\)\s*)?(?:the\s+)?$")


def _last_of_plural_list(sent: str, mention: tuple[int, int, str]) -> bool:
    """The set is the last of a list with a plural head ("on A, B, and (newly collected) C datasets"): a number
    stated later in the sentence is not on it alone (as it is on one suite named in the plural, "On D
    benchmarks, X achieves [x]")."""
    return _PLURAL_HEAD.match(sent, mention[1]) is not None and _NAME_LISTED_BEFORE.search(
        sent, max(0, mention[0] - 100), mention[0]) is not None


_COUNTED_PLURAL = re.compile(r"(?i:\b(?:two|three|four|five|both)\s+(?:[\w-]+\s+){0,2}(?:benchmarks|datasets|"
                             r"data sets|corpora|suites)\b)")
_NAMES_FOLLOW = re.compile(r"\s*(?:[,:(]\s*)?(?:(?:namely|i\.e\.)\s*,?\s*)?(?:the\s+)?")


def _framed_by(sent: str, dataset: str, data: list[tuple[int, int, str]]) -> bool:
    opened = _FRAME.match(sent)
    return bool(opened) and any(start == opened.end() and name == dataset for start, _, name in data)


# Downstream tasks are other data than the set named before, unless the sentence points back to it.
_DOWNSTREAM = re.compile(r"(?i:\bdownstream\b|\breal-world\s+(?:[\w-]+\s+)?(?:success|experiments?|deployments?|"
                         r"tests?|trials?|robots?|tasks)\b|\bin\s+the\s+real\s+world\b|\bon\s+(?:a\s+)?real\s+robots?\b)")
# (or "it raises real-world policy success from 52.5% to [72.5%]": not on the benchmark the sentence before named)
_SET_NAMED_BACK = re.compile(rf"{_BACK_REFERENCE.pattern}|(?i:\b(?:the|our)\s+(?:dataset|benchmark|corpus)\b)")
# A sentence about the setting the one before it described: "In this realistic setting, ...".
_THIS_SETTING = re.compile(r"(?i:\b(?:this|that|such|these)\s+(?:[\w-]+\s+)?(?:settings?|scenarios?|regimes?)\b)")
# A sentence that compares the claim of the sentence before: "This not only outperforms CLIP (72.0%) ...".
_FURTHER_TO = re.compile(r"(?i:\bfurther\s+(?:improves?|improved|increases?|increased|rises?|rose|boosts?|"
                         r"boosted|climbs?|climbed)\s+to\s+(?:about\s+|nearly\s+)?\d)")
_THIS_COMPARES = re.compile(r"\s*(?:This|It)\s+(?:(?:not only|also|further|clearly|even|thus|therefore)\s+)?"
                            r"(?:outperforms|surpasses|beats|exceeds)\b")


def _after_aside_gain(sent: str, values: list[_Value], i: int) -> bool:
    """The number before ``values[i]`` is a gain in an aside after a score, and ``values[i]`` the list's next item:
    "x on A, exceeding baselines by 5%, and [y] on B" (y is a score, not a gain)."""
    return i >= 2 and _aside_gain_between(sent, values[i - 2], values[i - 1], values[i].start)


def _aside_gain_between(sent: str, score: _Value, gain: _Value, start: int) -> bool:
    """``gain`` is in an aside after ``score`` (", exceeding baselines by 5%"), and a list item goes on at ``start``."""
    return not score.relative and _ITEM_JOIN.fullmatch(sent, gain.end, start) is not None \
        and _COMPARING_ASIDE.search(sent, score.end, gain.start) is not None


def _carried(sent: str, data: list[tuple[int, int, str]], before: int, starts: list[int], default: str,
             own_sets: frozenset[str] = frozenset()) -> str:
    """The dataset a sentence that names none states its numbers on: the one named last before it when
    the sentence refers back to it ("on this benchmark", "on it"), else ``default`` (the paper's only
    dataset or the one benchmark it introduces); none when the sentence describes another set or
    names something after "on" that no component found."""
    if default and _OWN_SET.search(sent) and any(d[2] == default for d in data[:before]):
        if default not in own_sets:
            return ""  # "on our name-based dataset", in a paper that only uses BBQ: its own set, unnamed
        return "" if _ON_CAPITAL.search(sent) else default  # "51% on our benchmark": the one the paper introduces
    if _BACK_REFERENCE.search(sent) or _SPLIT_BACK.search(sent):
        last = data[before - 1]
        sent_lo = starts[bisect_left(starts, last[0] + 1) - 1]
        carried = last[2] if len({d[2] for d in data[:before] if d[0] >= sent_lo}) == 1 else ""
    else:
        carried = default if default and any(d[2] == default for d in data[:before]) else ""
    return "" if not carried or _ON_CAPITAL.search(sent) or _OTHER_SET.search(sent) or _OPENS_ON_DESCRIBED.match(
        sent) else carried


def _recent_set(text: str, sent: str, data: list[tuple[int, int, str]], lo: int, starts: list[int], k: int) -> str:
    """The one set the evaluation named in one of the two sentences before, for a named model's number in a sentence
    that names none: "We benchmark five detectors on the LAE-80C aerial dataset. ... the best model (OWLv2) achieves
    only [27.6%] F1-score" (in a paper that names other sets too, later)."""
    last = data[lo - 1]
    if last[0] < starts[max(0, k - 2)] or _ON_CAPITAL.search(sent) or _OTHER_SET.search(sent) \
            or _OPENS_ON_DESCRIBED.match(sent):
        return ""
    at = bisect_right(starts, last[0]) - 1
    sent_lo, sent_hi = starts[at], starts[at + 1] if at + 1 < len(starts) else len(text)
    names = {d[2] for d in data if sent_lo <= d[0] < sent_hi}
    return last[2] if len(names) == 1 and _EVALUATED_ON.search(text, sent_lo, sent_hi) else ""


# A sentence that says what the work evaluates on: "We benchmark five models on D", "Experiments on D".
_EVALUATED_ON = re.compile(r"(?i:\b(?:evaluat\w*|benchmark(?:s|ed|ing)?|experiments?|tested|test\s+on)\b)")


# What a model was pretrained on: "ResNet50, a deep network pretrained on ImageNet" (not where it is tested).
_PRETRAINED_ON = re.compile(r"(?i:\bpre-?train(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?(?:large-scale\s+)?)$")


# A sentence that opens on data it describes in lower case ("On brain MRI, X achieves ...", "On real-world scans,"):
# its numbers are on that data, not on the set the paper names elsewhere.
# (Not a task: "On lymph-node metastasis detection, it achieved ..." may be on the paper's one set.)
_OPENS_ON_DESCRIBED = re.compile(r"\s*On\s+(?!(?:average|the|both|all|each|every|this|these|those|that|it|its|our|"
                                 r"their|top|par|balance|one|a|an)\b)[a-z][\w-]*"
                                 r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,6}s?)){0,3}"
                                 r"(?<!detection)(?<!segmentation)(?<!classification)(?<!recognition)(?<!prediction)"
                                 r"(?<!generation)(?<!retrieval)(?<!estimation)(?<!tracking)(?<!reasoning)"
                                 r"(?<!answering),")


def _respective(sent: str, names: list[str], models: list[tuple[int, int, str]],
                own: str, unnamed_last: bool = False) -> list[tuple[_Value, str, str, str]]:
    """"x, y and z, respectively" in a sentence naming no dataset, after a sentence that lists as many:
    (value, dataset, model, metric) member by member; none when the pairing is not that one list.
    ``unnamed_last``: the list ends in a set it does not name, whose number (the last) is no claim."""
    if _ON_CAPITAL.search(sent) or any(not _THESE_SETS.search(m.group(0)) for m in _OTHER_SET.finditer(sent)):
        return []  # (but "on these benchmarks" refers back to the list)
    values = _values(sent)
    runs = [r for r in _lists(sent, [(v.start, v.end) for v in values], _LIST_GAP_VALUES)
            if len(r) == len(names) + unnamed_last]
    if not runs or _listed_subjects(sent, values[runs[0][0]].start, models):
        return []
    for run in runs:  # the sentence's own list pairs the numbers: "AP and AP50 improved by [x] and [y],
        # respectively", "x and y gains in segmentation (F1) and detection (AUROC), respectively"
        run_metrics = [values[i].metric for i in run]
        resp = _RESPECTIVELY.search(sent, values[run[-1]].end)
        if all(run_metrics) and len(set(map(canonical_metric, run_metrics))) == len(run) or resp is not None and \
                _AND.search(sent, values[run[-1]].end, resp.start()):
            return []
    # several runs, one a metric ("F1 of a, b and c, and MIoU of d, e and f in the above datasets"), or one
    metrics = [values[r[0]].metric for r in runs]
    if len(runs) > 1 and (not all(metrics) or len({canonical_metric(m) for m in metrics}) < len(runs)):
        return []
    out = []
    for run in runs:
        for i, name in zip(run[:len(names)], names, strict=True):
            v = values[i]
            if v.start_of or not (v.stated or v.scored):
                return []
            model = _model(sent, v.start, models, own, tuple(w.end for w in values))
            metric = canonical_metric(v.metric) if v.metric else ("improvement" if v.relative else "score")
            out.append((v, name, model, metric))
    return out


# The last member of a list of sets, not named: "DRIVE, STARE, HRF and our private dataset".
_UNNAMED_LAST_SET = re.compile(r",?\s+and\s+(?:our|an?|one)\s+(?:own\s+)?(?:private|in-house|internal|proprietary|own|"
                               r"self-collected|clinical)\s+(?:[\w-]+\s+)?"
                               r"(?:dataset|data ?set|benchmark|corpus|cohort)\b")


def _listed_subjects(sent: str, at: int, models: list[tuple[int, int, str]]) -> bool:
    """The result verb before ``at`` has a list of unnamed things as its subject ("Search agents and web
    agents reach"), so "respectively" pairs the numbers with those, not with the paper's model."""
    verb = None
    for verb in _RESULT_VERB.finditer(sent, 0, at):
        pass
    if verb is None:
        return False
    start = _clause_start(sent, verb.start())
    subject = sent[start:verb.start()]
    return bool(_SUBJECT_LIST.search(subject)) and not _PRONOUN_SUBJECT.search(subject) and not any(
        start <= m[0] < verb.start() for m in models)


def _score_labelling_a_number(text: str, entity: DocEntity) -> bool:
    """A score coined in one word, taken for a model, that the text writes with a number ("(GPTScore: 53.5 vs. 25.1)",
    "ViTScore = 0.799", "DeBERTaScore to 0.677", "51.62 NexusScore"): the number's metric, no model it could be of
    (a model so named is written otherwise: "DoveScore outperforms ...")."""
    return _COINED_SCORE.fullmatch(entity.name) is not None and any(
        _coined_score_with_number(text, c.start, c.end) for c in entity.mentions)


def _coined_score_with_number(text: str, start: int, end: int) -> bool:
    """The score coined in one word at ``start:end`` is written with a number: "ZorbScore to 0.677", "a ZorbScore of
    0.677", "ViTScore = 0.799", "PickScore increases from 20.46 to 23.81", "51.62 NexusScore"."""
    after = _COINED_SCORE_WITH_NUMBER.match(text, end - len("Score"))
    return after is not None and text[after.end():after.end() + 1].isdigit() \
        or _NUMBER_RIGHT_BEFORE.search(text, max(0, start - 12), start) is not None


_NUMBER_RIGHT_BEFORE = re.compile(r"\d\s?%?\s$")


def _metric_name(name: str) -> bool:
    """A name made of metric names ("EM/F1", "MAE") is no model a number could be of."""
    return all(_METRIC_ONLY.fullmatch(part) for part in name.split("/"))


def _written_again(text: str, entities: list[DocEntity]) -> list[tuple[int, int, str]]:
    """Every place the text writes an entity's name or one of its mentions' forms as a whole word: the
    entity components keep the mentions their candidates found, and a later "On the large-scale D
    benchmark" may not be one of them."""
    forms = {m.text: e.name for e in entities for m in e.mentions if len(m.text) >= 3}
    forms.update((e.name, e.name) for e in entities if len(e.name) >= 3)
    out = []
    for form, name in forms.items():  # str.find per form: a few forms, cheaper than compiling a pattern per doc
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")) and not _inside_data_word(text, end):
                out.append((at, end, name))
            at = text.find(form, end)
    return out


def _respective_runs(sent: str, values: list[_Value], runs: list[list[int]]) -> set[int] | None:
    """The numbers of the runs that each "respectively" of the sentence closes ("a, b and c, respectively"),
    or None when one of them closes no run of numbers (then every number's pairing is unclear)."""
    owned: set[int] = set()
    for resp in _RESPECTIVELY.finditer(sent):
        run = next((r for r in runs if len(r) >= 2 and 0 <= resp.start() - values[r[-1]].end <= 40
                    and not any(resp.start() > w.end > values[r[-1]].end for w in values)), None)
        if run is None:
            return None
        owned.update(run)
    return owned


def _inside_data_word(text: str, end: int) -> bool:
    """The name found ends inside a longer word, and that word is not the name with its split ("D-test")."""
    return _INSIDE_WORD.match(text, end) is not None and _SPLIT_SUFFIX.match(text, end) is None


_DEFINING_BRACKET = re.compile(r"\s*\(\s*")


def _defined_once(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A long form and its bracketed acronym, "Direct Preference Optimization (DPO)", as one mention: the
    acronym is no new subject after a verb that compares the long form ("A outperforms Direct ... (DPO) by 5%")."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and out[-1][2] == span[2] and _DEFINING_BRACKET.fullmatch(text, out[-1][1], span[0]):
            close = _BRACKET_CLOSE.match(text, span[1])
            out[-1] = (out[-1][0], close.end() if close else span[1], span[2])
            continue
        out.append(span)
    return out


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mentions not inside a longer one ("AIME" inside "AIME 2024")."""
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


def _outside(values: list[_Value], names: list[tuple[int, int, str]], sent: str = "") -> list[_Value]:
    """The values not written inside a found name ("w2v-BERT 2.0", "NTU RGB+D 60") nor as the first of the
    versions written after one ("RoboTwin 1.0&2.0"): a version is no score."""
    if not names:
        return values
    return [v for v in values if not any(a <= v.start and v.end <= b or v.start == b + 1 and sent[b:b + 1] == " "
                                         and _NEXT_VERSION.match(sent, v.end) and _VERSION.fullmatch(v.value)
                                         for a, b, _ in names)]


_VERSION = re.compile(r"\d{1,2}\.\d")
_NEXT_VERSION = re.compile(r"\s?[&/]\s?v?\d{1,2}\.\d\b")  # "1.0&2.0", "1.5 / 2.0"


# A signed gain, then "in" and a code the metric tables do not know: "+4.4 in [OLS]" (see classify._GAIN_IN_BEFORE).
# ... or a code before the gain's noun: "a Bpp reduction of approximately [20.43%]".
_CODED_GAIN_OF = re.compile(rf"\b(?P<m>{_CODED_METRIC})\s+(?:reduction|improvement|gain|increase|decrease|drop)\s+of\s+"
                            r"(?:approximately\s+|about\s+|around\s+|nearly\s+|up\s+to\s+|over\s+)?$")
_SIGNED_IN_CODE = re.compile(r"\s*(?:%|pp\b|points?\b)?\s+in\s+(?P<m>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:_[a-z]{1,3})?)"
                             r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|on|over|compared|versus|vs\.?|than|while|with|for|"
                             r"across|at|relative|respectively)\b)")  # (not "+19.5 points in QA score": the words after)


def _labels(sent: str, name: str, at: int) -> bool:
    """The name is written as the label of the number at ``at``: "RHAE=[0.30]"."""
    before = sent[:at].rstrip()
    return before.endswith("=") and before[:-1].rstrip().endswith(name)


def _values(sent: str) -> list[_Value]:
    """The numbers of a sentence that may be results, each with its metric as written (read once per
    sentence: the rules and the results decider both ask)."""
    return list(_sentence_values(sent))


@lru_cache(maxsize=256)
def _sentence_values(sent: str) -> tuple[_Value, ...]:
    out: list[_Value] = []
    shares: set[int] = set()  # "33% (A) and 7% (B) of the charts": shares of something, not scores
    baseline_end = -1
    bound_end = -1
    saving_end = -1
    drop_end = -1
    cost_end = -1
    outdone_end = -1
    restated_end = -1
    outdone_bracket_end = -1
    raised_end = -1  # where the last number of a list of "<name> to <number>" ends
    for m in _VALUE.finditer(sent):
        num, unit = m.group("num"), (m.group("unit") or "").strip().lstrip("-").replace("-", " ")
        if not unit and (_YEAR.match(num) or num in ("0", "1")):
            continue  # a year; "0/1 accuracy reward": a bare 0 or 1 is no score
        if not unit and len(num) == 1 and _ENUM_MARK.match(sent, max(0, m.start() - 1)):
            continue  # "(2) a web app": an item's number
        if not unit and _ARXIV_ID.match(num):
            continue  # "inspired by IFEval (arXiv:2311.07911)": a paper's identifier
        if "." not in num and (over := _OUT_OF_BEFORE.search(sent, max(0, m.start() - 12), m.start())) is not None \
                and float(over.group(1)) <= float(num):
            continue  # "attains 23.5/[30] points": the most there is to score, no claim
        if unit and _TOP_SHARE.search(sent, max(0, m.start() - 8), m.start()):
            continue  # "the top 1% and top [5%] validation accuracy": a share of the ranking, the metric's name
        before, after = sent[max(0, m.start() - 60):m.start()], sent[m.end():m.end() + 60]
        if before.endswith(_ABOUT_SIGNS):
            before = before.rstrip(" ~≈") + " "  # "a success rate of ~77%": read as "of 77%"
        if not unit and num.startswith("0.") and _IOU_THRESHOLD_BEFORE.search(before):
            continue  # "45.2% mAP (IoU = [0.5])", "at IoU = 0.5", "(IoU threshold 0.7)": where the metric is read
        if "reduction" in after and _BARE_REDUCTION_AFTER.match(after) and _COST_REDUCED.search(
                sent, max(0, m.start() - 120), m.start()):
            continue  # "reduces average think tokens by 69.71%, with a [90.35%] reduction on HotpotQA": more saved
        if ("increas" in before or "ris" in before or "grow" in before) and _ERROR_RISE_TO.search(before):
            continue  # "suffer significant degradation, with RMSE increasing from [0.0391] to [0.2632]": a loss
        if ("when " in before or "as " in before or "if " in before) and _CHANGED_CONDITION.search(before):
            continue  # "maintaining nearly identical quality when view count reduces by [40%]": a condition
        if (" earlier" in after or " sooner" in after) and (early := _REACHED_EARLIER.match(sent, m.end())) and (
                early["more"] or _LISTED_NUMBER_BEFORE.search(before)):
            continue  # "reaches [0.5] and [0.75] success 30 and 60 updates earlier": a list of thresholds, reached
            # sooner (not "reaches 81.2% accuracy 30 and 60 updates earlier", the one score reached)
        if _AGREEMENT_BEFORE.search(before) or _KAPPA_BEFORE.search(before) and _VALIDATED_AGAINST.search(
                sent, 0, m.start()):
            continue  # "a protocol with inter-judge kappa = 0.88": how well the annotators agree, no result (nor a
            # judge "validated against a blind human annotator on 400 claims: Cohen's kappa = 0.863")
        if restated_end >= 0 and _BOUND_LIST_GAP.fullmatch(sent, restated_end, m.start()) or out and any(
                v.scored or v.relative for v in out) and (_RESTATED_GAIN.search(before) or _RESTATING_BEFORE.search(
                before) and _GAIN_NOUN_AFTER.match(after)):
            restated_end = m.end()
            continue  # "increasing AP by 4.6 and mAP by 2.6, representing relative improvements of [10.1%] and
            # [6.1%]": the gains just claimed, restated in another unit
        if unit == "%" and (counted := _COUNT_SHARE_BEFORE.search(before)) is not None and not _SOLVED_BEFORE.search(
                before, 0, counted.start()):
            continue  # "improves over the baselines in just 1 of 15 evaluations ([6.7%])": a count, as a share (not
            # "solves 12 of 50 tasks ([24%])": a score)
        if unit == "%" and _KEPT_BEFORE.search(before) and _KEPT_SHARE_AFTER.match(after):
            continue  # "students retaining [99%] performance at baseline cost": a share of another's, no score
        if _HYPERPARAMETER_BEFORE.search(before):
            continue  # "Adam optimization (lr=1e-4), dropout ([0.3])": a training setting, no result
        if _DROP_BETWEEN_AFTER.match(after) or "gap" in before and _GAP_RANGES_BEFORE.search(before):
            continue  # "a 9.00% performance drop from English to Indic languages": a gap between settings
        if (degraded := _DEGRADED_FROM.search(before)) is not None and (degraded["to"] or _TO.match(after)) or \
                before.endswith(("to ", "only ", "just ")) and _LOWERED_TO.search(before):
            continue  # "this backfires, degrading GQA accuracy from 60.38% to [58.86%]": a harm shown, no claim
        if not unit and "." not in num and (_COUNTED_AFTER.match(after) or (
                rest := _WHOLE_LIST_REST.match(after)) is not None and _COUNTED_AFTER.match(after, rest.end())):
            continue  # "the performance of 21 state-of-the-art multimodal foundation models": a count
        if saving_end >= 0 and _SAVING_LIST_GAP.fullmatch(sent, saving_end, m.start()):
            saving_end = m.end()
            continue  # "saves 61.24% bandwidth on A, [83.68%] on B": the saving goes on through the list
        if _GAP_FROM_TO.search(sent, max(0, m.start() - 120), m.start()) or any(
                words_before.search(before) and words_after.match(after) for words_before, words_after in _NO_CLAIM):
            if _SMALL_COST_BEFORE.search(before) and _DROP_AFTER.match(after):
                cost_end = m.end()
            continue  # a narrowed gap, an operating point, a cost saved or a small cost paid (see _NO_CLAIM)
        if cost_end >= 0 and _COST_LIST_GAP.fullmatch(sent, cost_end, m.start()) and _DROP_AFTER.match(after):
            cost_end = m.end()
            continue  # "only a 0.01 drop on A and a [0.26] decrease on B": the small cost goes on through the list
        if _SAVING_BEFORE.search(before) and _NOT_AFTER.match(after):
            saving_end = m.end()
            continue
        if _WITH_DROP_BEFORE.search(before) and (_DROP_FOUND_AFTER.match(after) or (
                rest := _VALUE_LIST_REST.match(after)) is not None and _DROP_FOUND_AFTER.match(after[rest.end():])
                or _DECLINES_OF.search(before) and (
                not _IN_ERROR_AFTER.match(after))) or drop_end >= 0 and _SAVING_LIST_GAP.fullmatch(sent, drop_end,
                                                                                                  m.start()):
            drop_end = m.end()
            continue  # "with 1.1% and [0.9%] drops on A and B", "with average declines of [48.0%]": what a method
            # costs, or what unnamed models lose (not "GPT-4o experiences a 30.5% performance drop": a finding)
        # "GPT-4 solves [45.2%] of the tasks": the share it solves is its score, whatever the items are
        solved = unit == "%" and _SOLVED_BEFORE.search(before) and _SHARE_OF.match(after) is not None \
            and not _UNNAMED_SOLVER.search(sent, 0, m.start())
        if _CI_BRACKET_BEFORE.search(before):
            continue  # "an AUC of 0.864 (95% CI: [0.852], [0.875])": a confidence interval's bounds
        if unit == "%" and _PERCENTILE_METRIC_AFTER.match(after):
            continue  # "a [95%] Hausdorff distance of 3.50 pixels": the metric's percentile, not a score
        if _SPED_UP_BY.search(before) or ("prun" in before or "sparsif" in before) and _PRUNED_BY.search(before):
            continue  # "MaMe accelerates VideoMAE-L by [48.5%] on Kinetics-400": a speed-up, no score (nor "pruning
            # ViT, BeiT, and DeiT models by [50%]": the share taken out)
        if _SHARE_SETUP_AFTER.match(sent, m.end()):
            continue  # "+6.59 AP with a [1] percent COCO setup": the share of a set a setting uses, no score
        if unit == "%" and _SHARE_THAT_CHANGED.match(after):
            continue  # "[34%] improved and [28%] deteriorated for Llama": the share of items that moved, no score
        if not unit and _in_release_list(sent, m.start()):
            continue  # "three variants of Stable Diffusion ([1.5], XL, [3.5] Large)": releases, not scores
        if not solved and _NOT_AFTER.match(after) or _not_before(before) or _gapped_cost(sent, m.start()) \
                or not unit and _NUMBERED_BEFORE.search(before) \
                or _OVERLAP_AFTER.match(after) \
                or _score_drop(before) \
                or _GAP_AFTER.match(after) or ("point" in unit or unit == "pp") and _SHORT_OF_AFTER.match(after) \
                or (listed := _VALUE_LIST_REST.match(after)) is not None \
                and _NOT_AFTER.match(after[listed.end():]):  # "at 10%, [20%], and 50% sparsity": each is a setting
            continue
        if before.endswith("(") and (named := _NAMED_QUANTITY.search(before)) is not None and _COST_NAMED.search(
                named["m"]):
            continue  # "a 95% attack success rate with a low injection rate ([1%] in ToolBench)": what it spends
        if _DROPS_BY.search(before) and (lost := _METRIC_AFTER.match(after)) is not None \
                and metric_family(lost["m"]) is not None and not lower_is_better(lost["m"]):
            continue  # "models that reach over 70 F1 ... drop by more than [30] F1 points": a score lost, no claim
            # (not "the error drops by 30%": a gain)
        if outdone_end >= 0 and _VERSUS.fullmatch(sent, outdone_end, m.start()):
            outdone_end = -1
            continue  # "exceeds human expert performance (62.5% vs. [50%] accuracy)": the unnamed reference's
        if (dropped := _DROP_AFTER.match(after)) is not None and _TRADED_FOR.search(sent, 0, m.start()) \
                and _lost_score(after[:dropped.end()]):
            continue  # "1.10x faster, with a [1.0] mAP accuracy reduction": a score given up for speed, no claim (not
            # "GPT-4o experiencing a 30.5% performance drop" on a harder task: a finding)
        closes = _BRACKET_CLOSES.match(after) is not None
        listed_from = max(outdone_bracket_end, baseline_end)
        of_baseline = not m.group("sign") and (_baseline(before) and not _OUTDONE_WITH.search(
            sent, max(0, m.start() - 160), m.start()) or _BASELINE_AFTER.match(after) is not None or (
            closes and (_OUTDONE_UNNAMED.search(before) is not None or listed_from >= 0 and _OUTDONE_LIST_GAP.fullmatch(
                sent, listed_from, m.start()) is not None)))
        if of_baseline and _HUMAN_LEVEL_BRACKET.search(before) and _ON_NAME_AFTER.match(after):
            of_baseline = False  # "can achieve human-level accuracy ([68.5%] on MELD)": the subject's, on a set (not
            # "reaches human-level performance (72.58 for A and 62.37 for B)": the level it reaches)
        if of_baseline and _VERSUS_NUMBER.match(after) and _VERSUS_BASELINE_WAS.search(before):
            of_baseline = False  # "AUC for X versus the baseline was [0.897] versus 0.880": the two sides in order
        if of_baseline and closes:
            outdone_bracket_end = m.end()  # "outperforming the vision-only (0.282) and [text-only] (0.33) models"
        if of_baseline and _VERSUS_NUMBER.match(after) and _OUTDOES.search(before):
            outdone_end = m.end()  # "exceeds human expert performance ([62.5%] vs. 50%)": the subject's number
        elif of_baseline or not m.group("sign") and _THAN_AT.search(sent, max(0, m.start() - 120), m.start()) or \
                _after_previous_best(before) or (  # "the baseline (+9.2%": a gain
                baseline_end >= 0 and m.start() - baseline_end < 60 and _BASELINE_LIST_GAP.fullmatch(sent, baseline_end,
                                                                                                    m.start())):
            baseline_end = m.end()  # "(72.58 for A and [62.37] for B)": the rest of a baseline's list too
            continue  # "surpassing the previous best score of 0.80", "the human baseline of 91%": not the claim
        start_of = (bool(_FROM.search(before) and _TO.match(after)) and not _VARYING.search(before)
                    or _TO.match(after) is not None and _GAPPED_FROM.search(sent, max(0, m.start() - 240), m.start())
                    or _ARROW.match(after) is not None
                    or before.endswith("(") and _PERCENT_TO_PERCENT.match(after) is not None)  # "([42.5%] to 58.5%)"
        if "from" in before and _COST_FROM_TO.search(sent, max(0, m.start() - 160), m.start()):
            continue  # "reduces average token usage on GSM8K from [917] to [328]": a cost, both ends
        if bound_end >= 0 and _BOUND_LIST_GAP.fullmatch(sent, bound_end, m.start()):
            bound_end = m.end()
            continue  # "none surpasses 21.1% recall or [6.1%] precision": the bound goes on through the list
        if _CAPPING_BOUND.search(before) and not _REL_AFTER.match(after):
            bound_end = m.end()  # (not "over 6% and [4%] on D": a lower bound is often a gain's, and the list is)
        if _CAPPING_BOUND.search(before) and _CAPPED_LOSS.match(after):
            continue  # "less than 10% relative performance drop on MMLU": a loss kept small, a cost paid
        if before.endswith(_CURRENCY_SIGNS) and "%" not in m.group() and not after.startswith("%") \
                and "$" not in after or _CURRENCY_AFTER.match(after):  # (not LaTeX's "$54.9% \rightarrow 55.3%$")
            continue  # "runs the identical script at [$0.002] on OpenRouter", "USD 5.58 per 1,000 reports": a price
        if _SMALL_LOSS_BEFORE.search(before):
            continue  # "with a minimal accuracy reduction of only [0.2%]": a loss said to be small, a cost paid
        if (not start_of and _RANGE.match(after)
                or _BOUND.search(before) and not _REL_AFTER.match(after)  # "over 10% improvement" is a gain
                and not _LISTED_GAINS_AFTER.match(after)  # (and "over [36%] and 20% improvements", both)
                and not (m.group("sign") == "+" and not _CAPPING_BOUND.search(before))  # (and "over [+20%] on D")
                or _WITHIN.search(before)
                or _RANGE_END.search(before) and not _from_to_end(sent, m.start()) or _RANGING.search(before)
                or not unit and _COUNT_FROM_TO.search(before) or _GAINS_BY.search(before)
                or _THRESHOLD_AFTER.match(after)):
            continue  # "from 36.9 to 40.3": the starting point; "60-70%": a range; "as the number of rollouts
            # increases from 1 to [16]": a count that changes; "above a [3%] overall-accuracy floor": a threshold
        relative = bool(m.group("sign")) or bool(_REL_BEFORE.search(before)) or bool(_REL_AFTER.match(after)) and not (
            _from_to_end(sent, m.start()) and _OVER_AFTER.match(after)) or (
            "point" in unit or unit.endswith("pp")) and _GAIN_CLAUSE.search(sent, _clause_start(sent, m.start()),
                                                                             m.start()) is not None
        if relative and not m.group("sign") and len(out) >= 2 and not _REL_AFTER.match(after) \
                and _aside_gain_between(sent, out[-2], out[-1], m.start()):
            relative = False  # "x on A, exceeding baselines by 5%, and [y] on B": the list of scores goes on
        if relative and _ABLATION_OPENS.match(sent):
            continue  # "Ablation studies ... highlight the IAF module, which provides a gain of [0.70%]": a part's share
        if _BY_TAIL.search(before) and _REDUCED_COST.search(sent, max(0, m.start() - 120), m.start()) \
                or _COST_REDUCTION_AFTER.match(after):
            continue  # "reducing the number of trainable parameters for scene encoding by over [50%]", "over [50%]
            # reduction in KV cache": a cost saved
        if _THRESHOLD_OF_AFTER.match(after) and _THRESHOLD_BEFORE.search(before):
            continue  # "mean average precision from 0.50 to [0.95] of 58 percent": the metric's thresholds; its value
            # follows
        if "=" in before and _ASSIGNED_SETTING_BRACKET.search(before):
            continue  # "under extreme Gaussian noise (σ=255, SNR = [0.72 dB])": the bracket sets the condition
        if _TOLERANCE_BEFORE.search(before):
            continue  # "high-precision 3D models (+/- [0.05 mm] accuracy)": a tolerance of the data, no score
        if relative and _PERTURBATION_WORSENS.search(sent, _clause_start(sent, m.start()), m.start()):
            continue  # "transition perturbations reduce accuracy by roughly [40%]": what a perturbation costs models
        if relative and _ablation(sent, _clause_start(sent, m.start()), m.start()):
            continue  # "removing the retriever lowers accuracy by 4.1 points": an ablation's effect, no claim
        if not relative and _ablation(sent, 0, m.start()) and (_worsened(sent, m.start()) or _DROP_AFTER.match(after)):
            continue  # "disabling X causes failure: CER degrades from 0.129 to [0.982]", "deactivating X causes a
            # [23.5%] performance collapse": what the ablation costs
        metric_after = _METRIC_AFTER.match(after)
        own_gain = _COMPARED_METRIC_AFTER.match(after)  # "43% lower RMSE and [5%] higher accuracy": its own metric
        if own_gain is not None and after[own_gain.start():own_gain.start("m")].strip(" %").lower() == "lower" \
                and not lower_is_better(own_gain["m"]) and metric_family(own_gain["m"]) is not None \
                and _ONLY_BEFORE.search(before):
            continue  # "with only a [5%] lower test accuracy": what the gain elsewhere costs, no score
        metric_before = (_DEFINED_SCORE_OF.search(before) if before.endswith(") score of ") else None) \
            or _METRIC_BEFORE.search(before) or _ACRONYM_OF.search(before) or _LABEL_METRIC.search(before) \
            or _QUALITY_LABEL.search(before) \
            or _VERB_ACRONYM_BRACKET.search(before) or _VERB_CODED_OF.search(before) \
            or (_DEFINED_ACRONYM_OF.search(before) if not _SETTING_DEFINED_OF.search(
                sent, max(0, m.start() - 160), m.start()) else None) \
            or ("." in num or unit) and (label := _ACRONYM_LABEL.search(before)) is not None \
            and not _NOT_COUNTED.fullmatch(label["m"]) and not _SPREAD.fullmatch(label["m"]) and label \
            or (compound := _COMPOUND_LABEL.search(before)) is not None and metric_family(compound["m"]) is not None \
            and compound
        lowered_by = (_ACRONYMS_BY.search(before) or _NAMED_METRIC_BY.search(before)) if "by " in before else None
        if lowered_by is not None and (not metric_before or metric_before.start("m") < lowered_by.start("m")):
            metric_before = lowered_by  # "reduces FID by x, and lowers DTW by [y]": the acronym lowered right before
            # the number (of a list of them, the first here, each its own in _metric_list)
        after_ok = bool(metric_after) and not _POINTS.match(metric_after.group("m")) \
            and not _LABELS_NEXT.match(after, metric_after.end()) and not (  # (but "point-wise AUROC"; not "F1=96.4
                after.lstrip().startswith("(") and _OF_NUMBER_NEXT.match(after, metric_after.end()))  # (AUROC=98.0)",
        # nor "accuracies of 90.2% and [93.9%] (macro F1 scores of 0.913 and 0.948)": the bracket's numbers' metric)
        if after_ok and not relative and _GAIN_AFTER_METRIC.match(after, metric_after.end()):
            relative = True  # "a [31%] generation FID improvement from 7.85 to 5.38": a gain in the metric
        if after_ok and metric_before and metric_before is not lowered_by and after.lstrip().startswith(
                "(") and (before_family := metric_family(metric_before["m"])) is not None \
                and before_family.name not in _UNNAMED_METRICS and before_family.name != "points" \
                and metric_family(metric_after["m"]) is not None:
            after_ok = False  # "an F1-score of [48.90%] (Pass@3)": the metric stated before; the bracket, its setting
        metric = (metric_after.group("m") if after_ok else LIST_SPLIT.split(metric_before["m"])[0]
                  if metric_before and metric_before is lowered_by else
                  _with_qualifiers(before, metric_before.start("m"), metric_before.group("m")) if metric_before else "")
        if metric and not after_ok and (bracketed := _BRACKETED_AT_METRIC.search(before)) is not None:
            metric = bracketed["m"]  # "a mean Average Precision at 0.5 IoU (mAP@0.5) of [0.967]": the bracket's
            # acronym names the metric whole, threshold and all (not the IoU of its long form, nor bare mAP)
        elif metric and not after_ok and (bracketed := _BRACKETED_ACRONYM_METRIC.search(before)) is not None and (
                canonical_metric(metric) in _PARTIAL_METRICS or _narrower_acronym(metric, bracketed["m"])):
            metric = bracketed["m"]  # (and "an average Hausdorff Distance (HD95) of [14.682]": the acronym's own family)
        if metric and not after_ok and _HD95_BEFORE.search(before):
            metric = "HD95"  # "a 95% Hausdorff Distance of [3.50] pixels": the distance's 95th percentile
        if own_gain:  # (not the metric of the gain before it)
            metric, after_ok = own_gain["m"], True
        elif not after_ok and " in " in after[:40] and (coded_gain := _GAIN_IN_CODED.match(after)) is not None \
                and not _NOT_METRIC_TOKEN.match(coded_gain["m"]):
            metric, after_ok = coded_gain["m"], True  # "a 26.1% reduction in WER, a [9.1%] increase in SIM-O": a
            # measure the word lists do not know, named by its gain (not the one of the gain before)
        if not after_ok and (called := _IN_NAMED_METRIC.match(after)) is not None:
            metric, after_ok = called["m"], True  # "(+6.1% in FD metric on D)": an acronym the word "metric" names
        if not metric and (spelled := _IN_SPELLED_METRIC.match(after)) is not None and (
                _METRIC_ONLY.fullmatch(spelled["m"]) or _METRIC_HEAD.search(spelled["lf"])):
            metric, after_ok = spelled["m"], True  # "an absolute improvement of [0.45] in Concordance Correlation
            # Coefficient (CCC)": the bracketed acronym of the metric spelled out before it
        if not metric and (aside := _METRIC_AFTER_ASIDE.match(after)) is not None:
            metric, after_ok = aside["m"], True  # "47.9% single-scale (48.9% multi-scale) mIoU": both mIoU
        if not metric and (coded := _CODED_METRIC_ON.match(after)) and not _NOT_METRIC_TOKEN.match(coded.group("m")):
            metric, after_ok = coded.group("m"), True
        if not metric and (named := _NAME_THEN.match(after)) is not None and not _WORD_TAIL.search(named["n"]) and (
                set_metric := _METRIC_AFTER.match(after[named.end():])) is not None and not _POINTS.match(
                set_metric.group("m")):
            metric, after_ok = set_metric.group("m"), True  # "45.9% ADE20K mIoU", "82.4% ImageNet-1K top-1": the
            # metric after the set's name
        if not metric and out and out[-1].after and (listed := _LISTED_ACRONYM_AFTER.match(after)) is not None \
                and _METRIC_THEN_GAP.fullmatch(sent, out[-1].end, m.start()):
            metric, after_ok = listed["m"], True  # "+28.96% SPL, -30.69% [MSS], and -46.40% [NE]": a list of numbers,
            # each with its metric after it, goes on with metrics the word lists do not know
        if not metric and (at_k := _ON_METRIC.match(after) or _ON_SET_METRIC.match(after)
                           or _ON_SET_IN_TERMS.match(after)) is not None:
            metric, after_ok = at_k.group("m"), True  # "+13.3% on Cons@5", "45% on CIRCO (mAP@5)"
        if not metric and outdone_end == m.end() and (versus := _VERSUS_METRIC.match(after)) is not None:
            metric, after_ok = versus.group("m"), True  # "improves over the baseline ([35.9%] vs. 14.7% mIoU)"
        elif not metric and after.startswith(")") and (named := _NAMED_QUANTITY.search(before)) and (
                coded := _CODED_NAME_BEFORE.search(before, 0, named.start())) is not None and \
                [w for w in named["m"].split() if w not in _PRAISE and w not in _NOT_QUANTITY_WORDS] and (
                variant_of := _clause_metric(sent, _clause_start(sent, m.start()),
                                             m.start() - len(before) + coded.start())):
            metric = variant_of  # "reaches 0.9075 Macro-F1, above DeBERTa mean-pooling ([0.6516]) and a GPT-4o judge
            # ([0.7284])": the words name a variant of the system, the number is in the clause's metric
        elif not metric and after.startswith(")") and (named := _NAMED_QUANTITY.search(before)):
            words_ = named.group("m").split()
            while words_ and (words_[0] in _NOT_QUANTITY_WORDS or words_[0] in _PRAISE
                              or _RESULT_VERB_WORD.fullmatch(words_[0])):  # ("achieving significant improvements (x)")
                words_ = words_[1:]
            if words_ and words_[-1] in _SYSTEM_HEADS and (system := _clause_metric(
                    sent, _clause_start(sent, m.start()), m.start() - len(before) + named.start())):
                metric = system  # "the accuracy of the TDE network ([89%])": a named system's score, in the clause's
                # metric (the head noun is no measure)
            elif words_ and words_[-1] not in _NOT_QUANTITY_WORDS and not words_[-1].endswith("ly") \
                    and not _NOT_COUNTED.search(" ".join(words_)) and not (
                    words_[-1] in _SPLIT_WORDS and not unit and "." not in num):
                metric = " ".join(words_)  # "temporal consistency (26.07) and dynamic degree (56.25)"
                clause = _clause_start(sent, m.start())
                if (measured := _METRIC_OF_BEFORE.search(before, 0, named.start())) is not None:
                    metric = measured["m"]  # "The success rate of D2Snap-downsampled DOM snapshots ([67%])": the
                    # measure of what the bracket follows
                elif _RIVALS.search(sent, clause, m.start()) and (earlier := _clause_metric(
                        sent, clause, m.start() - len(before) + named.start())):
                    metric = earlier  # "an 84.5% pass rate, outperforming iterative improvement (77.0%)": a compared
                    # method's score, in the metric the clause states
        if not metric and (verb_of := _VERB_OF.search(before)) is not None and not _NOT_VERB_OF.search(verb_of["m"]):
            metric, after_ok = _unpraised(verb_of["m"]), False  # "achieves a mean leaderboard percentile of [74.4%]"
        if not metric and before.endswith(" to ") and (changed := _CHANGED_MEASURE.search(before)
                                                       or _MEASURE_BROUGHT_TO.search(before)) is not None:
            metric, after_ok = changed["m"], False  # "the role overstepping rate decreases from 46.4% to [8.4%]": the
            # measure the sentence changes, not a metric its earlier clause names
        if not metric and (lowered := _ERROR_TO.search(before) or _ACRONYM_TO.search(before)) is not None:
            metric, after_ok = lowered["m"], False  # "reduces counting error to [2.97%]", "reduces SDLogJ to [0.11]"
        if not metric and unit == "%" and before.endswith(" at ") and (metric_at := _METRIC_AT.search(before)):
            metric, after_ok = metric_at["m"], False  # "the highest overall accuracy at [30%]" (not "mAP at 50": the
            # threshold the metric is read at)
        if not metric and " on " in before and (on_set := _METRIC_ON_SET_IS.search(before)) is not None:
            metric, after_ok = on_set["m"], False  # "the best performance on the Marmot benchmark is [9.18%]"
        if not metric and start_of and (to := _TO_VALUE.match(after)) is not None and (
                to_metric := _METRIC_AFTER.match(after[to.end():])) is not None and not _POINTS.match(to_metric["m"]):
            metric, after_ok = to_metric["m"], True  # "improves B on D from [30.3] to 31.2 mAP": the metric the
            # change ends in (not one of an earlier clause's scores, "1.59 NDS gain")
        sign = m.group("sign").rstrip()  # ("and + 6%": a gain whose sign is set apart)
        if unit.replace(" ", "") in ("%p", "%pt", "%pts"):
            value = f"{sign}{num}{unit.replace(' ', '')}"
        elif unit in ("%", "percent", "pct"):
            value = f"{sign}{num}%"
        elif unit == "°":
            value = f"{sign}{num}°"
        elif unit:
            value = f"{sign}{num} {unit}"
        else:
            value = f"{sign}{num}"
        if m.group("pm"):
            value = f"{value} {' '.join(m.group('pm').replace('±', ' ± ').split())}"
        raised_to = _RAISED_TO.search(before) is not None  # (asked once: the list of "<name> to <number>" needs it)
        scored = bool(_VERB_BEFORE.search(before) or _from_to_end(sent, m.start()) or before.endswith("'s ") or start_of
                      or _RANKED_BEFORE.search(before)
                      or raised_to or _ARROW_END.search(before)
                      or _GAIN_BRACKET.search(before) and _VERSUS_NUMBER.match(after) or _NEW_BEST_AT.search(before)
                      # "achieves 43.0% on A for Pass@1; [65.0%] on B, ...": the list of scores goes on after a
                      # semicolon, under the same verb
                      or bool(out) and out[-1].scored and not out[-1].relative and _AFTER_SEMICOLON.search(before)
                      and _ON_NAME_AFTER.match(after)
                      # "boosts A to 56.1%, B to [61.7%], and C to [65.3%]": the list goes on under the same verb
                      or raised_end >= 0 and bool(out) and out[-1].end == raised_end and _NAME_TO.search(before))
        if not (unit or metric or scored) and out and (out[-1].scored or out[-1].metric) and _ON_NAME_AFTER.match(after) \
                and (on_and := _ON_NAME_AND.search(before)) is not None \
                and out[-1].end == m.start() - len(before) + on_and.start() + 1:
            metric, scored = out[-1].metric, True  # "FVD scores of 545 on UCF-101 and [539] on MSR-VTT": the list of
            # scores, each on its set, goes on after "and" in the same metric
        if not (unit or metric or scored) and _TITLE_WORD_BEFORE.search(before):
            continue  # "the Chinese Corpora Internet 3.0 (CCI3.0)": a release number in a name, no score
        if ("=" in before[-4:] or "<" in before[-4:] or ">" in before[-4:]) and _TEST_STATISTIC_BEFORE.search(before):
            continue  # "(DeepSeek: d=[0.41], p=[0.002])": an effect size and a p-value, no score
        if not unit and _AP_THRESHOLD.fullmatch(num) and _AP_BEFORE.search(before):
            continue  # "a mAP 0.5 of 95.6", "evaluated using mAP 0.5, precision, recall": the metric's IoU threshold
        if not unit and num.isdigit() and _CODED_WORD_BEFORE.search(before):
            continue  # "improves Labeled-S 15 forced-choice accuracy by +2.6 points": a number in a setting's name
        if not (unit or metric or scored or "." in num):
            continue  # a bare integer with nothing that makes it a score ("19 benchmarks", "(1)")
        if solved:  # "Gemini identifies only [58.7%] of tools and completes 21.0% of queries"
            scored = True
            noun = _SHARE_NOUN.search(after)  # (after a bracket too: "45.2% (n=300) of the tasks")
            metric = metric or (f"share of {noun['n']}" if noun else "share")
        stated = bool(metric) and not own_gain  # (a gain in its own metric is stated where its set is named:
        # "[61.2%] higher accuracy on hard cases" takes no set from elsewhere)
        if _COMPARED_WITH_VALUE.search(before) and not (after_ok and out and canonical_metric(metric) not in {
                canonical_metric(w.metric) for w in out if w.metric}):
            stated = scored = False  # "0.727 Dice, compared with [0.710] Dice for ...": the compared one's number
            # (not "94.7% pass@4 (compared to [78.2%] pass@1)": the same model at another budget)
        # (not "performance (PSNR 35.49, SSIM 0.9433)": metrics, each with its value)
        if not metric and (per_set := _metric_per_name(before, 0, len(before))) is not None \
                and not _METRIC_ONLY.fullmatch(per_set["n"]):
            metric = per_set["m"]  # "superior PPV (CheXpert [0.133], Open-i [0.105])": the metric the bracket
            stated = True  # gives a value of per named set
        if not metric and out and out[-1].stated and (item := _NEXT_ITEM_OF.search(before)) is not None and \
                _ITEM_JOIN_BEFORE.fullmatch(sent, out[-1].end, m.start() - len(before) + item.start()) and \
                item["m"].split()[0] not in _NOT_QUANTITY_WORDS:
            metric, stated = item["m"], True  # "ROUGE-1 score of 0.2604, causal coherence of [81.25%]": a list of
            # measures, each named before its number
        if not metric and out and out[-1].after and out[-1].stated and _LABELLED_ITEM_GAP.fullmatch(
                sent, out[-1].end, m.start()) and (label := _OWN_LABEL_AFTER.match(sent, m.end())) is not None:
            metric, stated, after_ok = label["m"], True, True  # "65.60% SR, 46.22 [Compliance], and 66.67% [PD]":
            # each number's own measure after it, as the first's is
        if not metric and before.endswith("of ") and (
                named := _BRACKET_NAMED_MEASURE.search(before)) is not None:
            metric, stated = named["m"], True  # "improves factual consistency (FactCC of [87.50])": the bracket's
            # measure, which no metric table knows
        if not metric and not (_OWN_GAIN_ITEM.match(after) and _GAIN_IN_BEFORE.search(sent, 0, m.start())) and not (
                _NAME_LABEL_AFTER.match(after) and _METRIC_LABEL_BEFORE.search(sent, 0, m.start())) and not (
                (noun := _NOUN_LABEL_BEFORE.search(before)) is not None and noun["m"] not in _NOT_LABEL_WORDS):
            # (not "7.59 FID and [0.74] GenEval", "(7.94 FID / [0.71] GenEval)", "3.01 rFVD with [32.6%] MSRVTT
            # retrieval": the benchmark's own score, not the measure that labels the number before; nor "reaches
            # F1=0.556 with hallucination [0.320]": a measure of its own, named right before it)
            # "accuracies of 88.5% on A and 80.7% on B": the clause's metric, stated once before (not "a 35.9%
            # reduction in hallucination rates on A and a [7.8-point] improvement on B": a gain of its own words)
            metric = _clause_metric(sent, _clause_start(sent, m.start()), m.start())
            if metric and before.endswith(("=", "= ")) and _CORRELATION_WORD.search(metric) and \
                    _STATISTIC_SYMBOL_BEFORE.search(before):
                stated = True  # "in correlation (r = [0.975] vs. 0.962)": the symbol stands for the metric named
        if before.endswith(("=", "= ")) and not _CORRELATION_WORD.search(metric) and \
                _STATISTIC_SYMBOL_BEFORE.search(before):
            continue  # "a strong correlation between PMI and accuracy (r=[0.97] ...)": what an analysis finds, no score
        if not unit and num.isdigit() and len(num) >= 4 and (not metric or (
                family := metric_family(metric)) is not None and family.unit == "ratio"):
            continue  # "reduces reasoning tokens from [3790] to [2125]", "tokens decrease from 14321 to [10287] with a
            # 2.1% accuracy gain": a count, no score (not "an Elo of 1250", on its own scale)
        if unit and not solved and _SHARE_OF.match(after) and not (relative and _OF_METRIC.match(after)):
            shares.add(len(out))  # (not a gain "by 3.95% of accuracy": in accuracy)
        if not start_of and (raised_to or raised_end >= 0 and bool(out) and out[-1].end == raised_end
                             and _NAME_TO.search(before)):
            raised_end = m.end()
        if not after_ok and (in_terms := _IN_TERMS_LATER.match(after) or _BY_LIST_IN.match(after)) is not None and (
                not metric or (
                vague := metric_family(metric)) is not None and vague.name in _VAGUE_METRICS):
            metric, after_ok = in_terms["m"], True  # "the performance is improved by [4.09%] and [37.77%] under
            # different training settings in terms of RMSE": the measure named later, not a word for any (or none)
        out.append(_Value(m.start(), m.end(), value, relative and not start_of, metric, scored, stated, after_ok,
                          start_of=start_of))
    out = _share_list_metrics(sent, out)
    for i in range(len(out) - 2, -1, -1):  # "(NFCorpus: [+7.0%], TREC-COVID: [+1.6%], AorB: +2.8% NDCG@3)": the
        if out[i + 1].after and out[i + 1].metric and not out[i].after and out[i].relative == out[i + 1].relative \
                and _NAMED_ITEM_GAP.fullmatch(sent, out[i].end, out[i + 1].start):  # metric after the last labelled
            out[i] = out[i]._replace(metric=out[i + 1].metric, stated=True, after=True)  # member is every member's
    named_by = False  # "improving background continuity by [21.6%], character consistency by [9.6%] and ...": each
    for i, v in enumerate(out):  # gain's own measure, in words before "by", when the tables name none
        if not v.relative or v.after or v.metric and ((family := metric_family(v.metric)) is None
                                                      or family.name not in _VAGUE_METRICS):
            named_by = False
            continue
        by = _MEASURE_BY_NEXT.fullmatch(sent, out[i - 1].end, v.start) if named_by and i else \
            _MEASURE_BY_BEFORE.search(sent, max(0, v.start - 60), v.start)
        named_by = by is not None and _MEASURE_HEAD.search(by["m"]) is not None and _NOT_MEASURE_BY.search(
            by["m"]) is None and _COST_NAMED.search(by["m"]) is None  # (nor a cost's: "noise rate", "frame rate")
        if named_by:
            out[i] = v._replace(measure=by["m"])  # (a name for the gain's measure, not a claim where none was)
    for i in range(1, len(out)):  # "Dice scores of 85.06% for WT, [80.61%] for TC, and [71.26%] for ET": one metric
        if out[i - 1].stated and not out[i].stated and (out[i].metric == out[i - 1].metric or not out[i].after) and \
                _FOR_ITEM_GAP.fullmatch(sent, out[i - 1].end, out[i].start):
            out[i] = out[i]._replace(metric=out[i - 1].metric, stated=True)  # (over a guess from words further
            # back: "improved performance on D, raising the AUP metric by 9% for A and [12%] for B")
    for i in range(1, len(out)):  # "a 37.47% weighted F1 score at the run level and [44.6%] at the subject level"
        if out[i - 1].stated and not out[i].stated and not out[i].after and _AT_LEVEL_GAP.fullmatch(
                sent, out[i - 1].end, out[i].start) and _AT_LEVEL.match(sent, out[i].end):
            out[i] = out[i]._replace(metric=out[i - 1].metric, stated=True)
    for i in range(1, len(out)):  # "(FactCC of 87.50) over strong baselines like BART ([86.67])": the compared
        if not out[i].metric and out[i - 1].stated and out[i - 1].metric and not out[i].relative and not out[
                i - 1].relative and _OVER_COMPARED_BRACKET.fullmatch(sent, out[i - 1].end, out[i].start):
            out[i] = out[i]._replace(metric=out[i - 1].metric)  # one's bare number is in the claim's metric
    for i in range(1, len(out)):  # "CE-F1 51.88 on IU X-Ray and [40.39] on MIMIC-CXR": the label the clause's
        if out[i - 1].stated and not out[i].stated and out[i].metric != out[i - 1].metric and not out[i].relative \
                and out[i - 1].relative == out[i].relative and _ON_ITEM_GAP.fullmatch(sent, out[i - 1].end, out[i].start):
            out[i] = out[i]._replace(metric=out[i - 1].metric)  # metric words cannot name ("performance" before)
    for i in range(1, len(out)):  # "outperforms X by 2.7% on A, 1.3% on B": gains until a result verb
        prev, cur = out[i - 1], out[i]
        if (prev.relative and not cur.relative and (not prev.value.startswith(_SIGNS)  # "(79.0%, +6.2%), B (75.4%": no
                                                     or _FOR_NAME_AND.fullmatch(sent, prev.end, cur.start))  # ("+13.44%
                # for A, and [18.51%] for B": the same gain for each backbone)
                and not _CLAUSE_BREAK.search(sent, prev.end, cur.start) and not _STATES.search(sent, prev.end, cur.start)
                and "(" not in sent[prev.end:cur.start]  # "by 2.3 points (65.1 vs. 62.8)": the scores themselves
                and ")" not in sent[prev.end:cur.start]  # "x on A (1.0% improvement), [90.0%] on B": the aside ends
                and not _after_aside_gain(sent, out, i)):
            out[i] = cur._replace(relative=True)  # (not after a gain in an aside: "x on A, exceeding baselines by
            # 5%, and [y] on B", the list of scores goes on)
    drop: set[int] = set(shares)
    for run in _lists(sent, out, _METRIC_LIST_GAP):  # "a gain of 1.9% in precision, 6.1% in recall and 2.0% in mAP"
        signs = [out[i].value.startswith(_SIGNS) for i in run]
        if len(run) >= 2 and (all(signs) or not any(signs)) and all(out[i].after and out[i].metric for i in run) \
                and _LIST_GAIN_NOUN.match(sent, out[run[-1]].end) and all(
                    _BARE_METRIC_JOIN.fullmatch(sent, out[a].end, out[b].start) for a, b in pairwise(run)):
            for i in run:  # "up to 1.3 mAP and [1.5] NDS gains": the gain noun after the list is every member's
                out[i] = out[i]._replace(relative=True)
        first_gain = next((k for k, i in enumerate(run) if out[i].relative), None)
        if len(run) >= 2 and first_gain is not None and (all(signs) or not any(signs)):
            for k, i in enumerate(run[first_gain:], first_gain):  # a gain makes the members after it gains, not
                gap = sent[out[run[k - 1]].end:out[i].start]
                if k > first_gain and (")" in gap and "(" not in gap or _after_aside_gain(sent, out, i)):
                    break  # (a bracketed gain is an aside: "x on A (1.0% improvement), [y] on B")
                out[i] = out[i]._replace(relative=True)  # those before: "35.2 mAP on A, 4.1 points higher than B"
        if shares.intersection(run):
            drop.update(run)
        if len(run) >= 2 and any(out[i].scored for i in run):  # "reaching 0.75 on A and 85.8 on B"
            for i in run:
                out[i] = out[i]._replace(scored=True)
    fits = [i for i, v in enumerate(out) if v.metric and (family := metric_family(v.metric)) is not None
            and family.name == "R^2"]
    if fits and _FIT_ANALYSIS.search(sent):
        for i in fits:  # "We fit a regression (R^2=[0.916])", "a strong linear correlation (R^2 ≈ [0.95]) between",
            # "distance predicts accuracy (partial R^2 = [0.245], p < 1e-7)": how well an analysis's variables explain
            # each other, no model's result (the number read as if no metric were written)
            out[i] = out[i]._replace(metric="", stated=False, after=False)
    return tuple(_unwritten_score(sent, v) for i, v in enumerate(out) if i not in drop)


def _unwritten_score(sent: str, v: _Value) -> _Value:
    """A score coined in one word is the number's metric only when written with it: "ZorbScore to [0.677]", "a
    ZorbScore of [0.677]", "ViTScore = [0.799]", "[51.62] NexusScore"; a model so named is what the sentence is
    about ("DoveScore outperforms ... by over [8%]"), and the number's metric is another or none."""
    if not v.metric or not _COINED_SCORE.fullmatch(v.metric) or metric_family(v.metric) is not None:
        return v
    if sent[v.end:v.end + len(v.metric) + 4].lstrip(" %").startswith(v.metric):
        return v
    at = sent.rfind(v.metric, 0, v.start)
    if at < 0:
        return v._replace(metric="")
    if _coined_score_with_number(sent, at, at + len(v.metric)):
        return v
    # the metric the sentence names without that word: "the Spearman correlation between MantisScore and humans can
    # reach [77.1]" (read again with the word blanked, offsets kept)
    blanked = sent[:at] + " " * len(v.metric) + sent[at + len(v.metric):]
    return v._replace(metric=next((w.metric for w in _sentence_values(blanked) if w.start == v.start), ""))


def _named_as_score_only(sent: str, dataset: str, sent_data: list[tuple[int, int, str]]) -> bool:
    """Each mention of ``dataset`` in the sentence names a score ("GenEval score", "VBench scores"), none a place."""
    ends = [b for _, b, name in sent_data if name == dataset]
    return bool(ends) and all(_NAMED_METRIC_AFTER.match(sent, b) is not None for b in ends)


_GENERIC_SCORE = re.compile(r"(?i:(?:(?:overall|average|mean|total)\s+)?scores?)")


def _from_to_end(sent: str, at: int) -> bool:
    """The number at ``at`` ends "from a to [b]" (the words between may describe a: "from 34.2% for the
    base model to [71.5%]", so the window is wider than the 60 characters the other tests read), or a
    bracket's "(a% to [b%])" after the change it details."""
    return _FROM_TO.search(sent, max(0, at - 140), at) is not None or (
        _GAPPED_FROM_TO.search(sent, max(0, at - 280), at) is not None) or (
        _BRACKET_TO.search(sent, max(0, at - 30), at) is not None and _PERCENT_CLOSE.match(sent, at) is not None)


def _ablation(sent: str, start: int, end: int) -> bool:
    """A part taken away before the number, with no comparison or raising verb since: "removing the retriever
    lowers accuracy by [4.1 points]", not "runs without a search stack and outperforms the agent by [15.8
    points]" nor "replacing the old corpus with ours improves both, raising A by [17.7 points]"."""
    last = _last_ablation(sent, start, end)
    return last is not None and not _OUTPERFORMS.search(sent, last.end(), end) \
        and not _RAISES.search(sent, last.end(), end)


def _last_ablation(sent: str, start: int, end: int) -> re.Match[str] | None:
    """The last cue of a part taken away ("removing", "without", "disabling") in ``sent[start:end]``."""
    last = None
    for last in _ABLATION.finditer(sent, start, end):
        pass
    return last


def _worsened(sent: str, end: int) -> bool:
    """A worsening verb between the sentence's last ablation cue and ``end``: "disabling X causes ... CER
    degrades from 0.129 to", "without Y, accuracy drops to"."""
    last = _last_ablation(sent, 0, end)
    return last is not None and (_WORSENS.search(sent, last.end(), end) is not None or (
        _REMOVAL.match(last.group()) is not None and _REDUCES.search(sent, last.end(), end) is not None))


# A part taken out (not "without X", a setting, nor "replacing A with ours"), whose removal "reduces BAcc to 57.5".
_REMOVAL = re.compile(r"(?i:remov|disabl|ablat|dropping|excluding|deactivat|mask)")
_REDUCES = re.compile(r"(?i:\breduc(?:es|ed|ing)\b)")


def _reached(sent: str, v: _Value) -> bool:
    """The number is where a change got to ("from 11.3% to [34.5%]", "raises accuracy to [72.3%]",
    "88.8% → [93.9%]"): the new score itself, with the clause's metric."""
    before = sent[max(0, v.start - 60):v.start]
    return bool(_from_to_end(sent, v.start) or _RAISED_TO.search(before) or _ARROW_END.search(before))


_SCORE_NOUN = re.compile(r"(?i:scores?|results?)(?:\s+of|\s*[:=])\s*")


# "surpassing prior monocular and stereo baselines with mIoU scores of [18.2%]", "surpassing human performance on D
# with [98.1%] accuracy": the subject's number, with which it outdoes the reference
_OUTDONE_WITH = re.compile(r"(?i:\b(?:surpass|outperform|exceed|beat|outscor|outpac)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,4}"
                           r"(?:baselines?|methods|models|humans?|experts?)(?:\s+performance)?(?:\s+on\s+[^\s,;()]+)?"
                           r"\s+with\s+(?:an?\s+|the\s+)?(?:[\w@-]+\s+){0,3}(?:of\s+)?$)")


def _baseline(before: str) -> bool:
    """An unnamed reference's number ("the human baseline of 91%"), unless a result verb stands between
    ("the previous state of the art and reaches [85.1%]") or it is a gain over it."""
    m = _BASELINE.search(before)
    if m is not None and _FROM_TO.search(before):
        return False  # "raises accuracy from a 46.9% VLM baseline to [71.37%]": where the change ends
    if m is not None and _FROM.search(before) and _NAMED_BASELINE.search(before, 0, m.start()):
        return False  # "improves the OmniWeaving baseline from [0.475] to ...": a named model's start
    if m is None:
        return False
    bracket = before.find("(", m.start())  # "random baselines (Random Uniform, F1 score: [x]": "score" names the metric
    if bracket >= 0 and (named := _NAMED_BASELINE.search(before, 0, m.start())) is not None and _CODED_WORD.search(
            named.group()) and not before[m.end():bracket].strip():  # (a coded name: not "the Citrinet baseline")
        return False  # "a 9.7% improvement over the Qwen2.5-14B-Instruct baseline ([0.690])": the named model's number
    if bracket >= 0 and (_NAME_SHAPED.search(before, m.start(), bracket)
                         or _LISTED_NAME.search(before, m.start(), bracket)):
        return False  # "the prior state-of-the-art SVDQuant (FID [18.9]": a named model's own number; so is a plain
        # word's that the baselines list ("baselines including Alita ([75.2%])")
    verb = _RESULT_VERB.search(before, m.start(), bracket if bracket >= 0 else len(before))
    if verb is not None and _SCORE_NOUN.fullmatch(before, verb.start()):
        verb = None  # "far below the human score of [82.3%]": the noun that names the reference's number
    return verb is None and not _REL_BEFORE.search(before)


def _after_previous_best(before: str) -> bool:
    """The number is one of a list that states the previous best, with no result verb since."""
    last = None
    for last in _PREVIOUS.finditer(before):
        pass
    return (last is not None and not _RESULT_VERB.search(before, last.end())
            and not _BRACKET_OR_BREAK.search(before, last.end()) and not _REL_BEFORE.search(before)
            and not _BY_NUMBER.search(before, last.end()))  # "surpasses the prior SOTA by 8% on A and [10%] on B"


_TRAILING_ACRONYM = re.compile(r"\s*\([^()]{1,15}\)\s*$")


def _not_before(before: str) -> bool:
    """A cost, size or speed word right before "by/of/to" and the number ("memory by 40%")."""
    tail = _NOT_BEFORE_TAIL.search(before)
    if tail is None:
        return False
    words = _TRAILING_ACRONYM.sub("", before[:tail.start()]).split()[-3:]  # "time to first token (TTFT) by"
    return any(_NOT_WORDS.fullmatch(" ".join(words[-k:])) for k in range(1, len(words) + 1))


_AND_BY = re.compile(r"(?:,\s*|\s)and\s+by\s+(?:up to\s+|about\s+|over\s+)?$")


def _gapped_cost(sent: str, start: int) -> bool:
    """"reducing runtime by 95% on A (...) and by [92%] on B": the verb and its cost left out of the second item."""
    gapped = _AND_BY.search(sent, max(0, start - 30), start)
    if gapped is None:
        return False
    first = sent.rfind(" by ", 0, gapped.start())
    return first >= 0 and _not_before(sent[max(0, first - 60):first + 4])


def _with_qualifiers(text: str, at: int, core: str) -> str:
    """The metric core found at ``at`` with the qualifier words written before it ("zero-shot top-1")."""
    quals = _QUALIFIERS_END.search(text, max(0, at - 60), at)
    return f"{quals.group(0)}{core}" if quals else core


# The word that makes a bare "score" a metric of its own: "improves driving score and success rate by x and y".
_SCORE_KIND = re.compile(r"(?<![\w-])([a-z][a-z-]{2,})\s+$")
_NOT_SCORE_KIND = frozenset({"the", "and", "our", "its", "their", "this", "that", "with", "higher", "lower", "better",
                             "best", "worse", "high", "low", "new", "final", "improved", "achieves", "achieved"})


def _metric_list(sent: str, start: int, end: int, n: int) -> list[str]:
    """The last ``n`` metrics before ``end``, if they form one list ("Pearson and Spearman", "driving score and
    success rate"), else []."""
    found: list[tuple[int, int]] = []
    for m in _METRIC_ONLY.finditer(sent, start, end):
        word = m.group(0).lower()
        if word.startswith("point"):
            continue
        if word.startswith("score"):
            kind = _SCORE_KIND.search(sent, start, m.start())
            if kind is None or kind.group(1) in _NOT_SCORE_KIND:
                continue
            found.append((kind.start(1), m.end()))
        else:
            found.append((m.start(), m.end()))
    if found and len(found) < n and (kinds := _QUALIFIERS_LISTED.search(sent, start, found[-1][0])) is not None:
        words_ = LIST_SPLIT.split(kinds["q"])  # "image-level and pixel-level AUROC": one metric, as
        if len(words_) == n and all(_QUALIFIER_WORD.fullmatch(w) for w in words_):  # many kinds of it
            return [f"{w} {sent[found[-1][0]:found[-1][1]]}" for w in words_]
    # "Pearson's linear correlation coefficient (PLCC), Spearman's ... (SROCC), and ... (KROCC)": each long form's
    # bracketed acronym is the metric (not the long form's own metric word)
    found = [f for k, f in enumerate(found) if not any(sent.startswith(")", g[1]) and _TO_BRACKET.fullmatch(
        sent, f[1], g[0]) for g in found[k + 1:k + 4])]
    if n > 1 and (lowered := _ACRONYMS_BY.search(sent, max(start, end - 120), end)) is not None:
        names = LIST_SPLIT.split(lowered["m"])  # "lowers ARE and DTW by x and y": one acronym per number
        return names if len(names) == n else []
    if len(found) > n and _RANKED_METRIC.fullmatch(sent, *found[-2]) and _RANK_TAIL_GAP.fullmatch(
            sent, found[-2][1], found[-1][0]) and all(_RANKED_METRIC.fullmatch(sent, *f) for f in found[-n - 1:-1]) \
            and all(NAME_LIST_GAP.match(sent[a[1]:b[0]]) for a, b in zip(found[-n - 1:-2], found[-n:-1])):
        tail = sent[found[-2][1]:found[-1][1]]  # "Top-1 and Top-5 retrieval accuracy by x and y": each rank with
        return [sent[a:b] + tail for a, b in found[-n - 1:-1]]  # the words they share
    if len(found) < n:
        return []
    found = found[-n:]
    starts = [a for a, _ in found]
    for k in range(n - 1):
        (a, a_end), (b, _) = found[k], found[k + 1]
        if NAME_LIST_GAP.match(sent[a_end:b]) or sent.startswith(")", a_end) and _BRACKETED_LIST_GAP.fullmatch(
                sent, a_end, b):
            continue
        shared = _QUALIFIED_LIST_GAP.fullmatch(sent, a_end, b)  # "box precision and box recall": both qualified
        if shared is None:
            return []
        q = "q" if shared["q"] is not None else "q2"
        if starts[k] == a and sent.endswith(shared[q] + " ", 0, a):
            starts[k] = a - len(shared[q]) - 1  # (and "precision, normalized precision and AUC": the second alone)
        starts[k + 1] = shared.start(q)
    return [sent[starts[k]:end] for k, (_, end) in enumerate(found)]


# A metric read at a rank ("Top-1", "R@5", "Hits@10"), and the qualifier words between the last of a list of them
# and the metric word they share: "Top-1 and Top-5 [retrieval] accuracy".
_RANKED_METRIC = re.compile(r"(?i:top|rank|hits|recall|r|pass)[-@]?\d{1,3}")
_RANK_TAIL_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,2}")
_TO_BRACKET = re.compile(r"[^(),;]{0,50}\(")
_BRACKETED_LIST_GAP = re.compile(r"\)\s*,?\s*(?:and\s+)?[^(),;]{1,60}\(")
_QUALIFIED_LIST_GAP = re.compile(rf"\s*(?:,?\s*(?:and|or|&)\s+(?!(?:the|a|an|its|their|our)\s)(?P<q>[a-z][\w-]*)"
                                 rf"|,\s*(?P<q2>(?-i:{_QUALIFIER})|[a-z]+(?:ed|al|ive)))\s+")  # (after a comma alone,
# a qualifier's word: "precision, normalized precision and AUC", not "performance, with nDCG@5 scores")
_QUALIFIERS_LISTED = re.compile(r"(?<![\w-])(?P<q>(?:[a-z0-9][\w-]*, ){0,3}[a-z0-9][\w-]*,? (?:and|or) "
                                r"[a-z0-9][\w-]*)\s+$")
# (a kind of a metric: a qualifier the word lists know, or a joined or numbered word, "image-level", "top-5")
_QUALIFIER_WORD = re.compile(rf"{_QUALIFIER}|[a-z0-9]+-[\w-]+|[a-z]*\d[\w-]*")


def _lists(sent: str, items: list, gap: re.Pattern[str]) -> list[list[int]]:
    """Runs of consecutive items (indices) separated only by list punctuation."""
    runs: list[list[int]] = []
    for i in range(len(items)):
        if runs and gap.match(sent[items[runs[-1][-1]][1]:items[i][0]]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _split_at_asides(sent: str, values: list[_Value], runs: list[list[int]]) -> list[list[int]]:
    """The runs, each cut before a number that follows a gain in an aside (see :func:`_after_aside_gain`)."""
    out: list[list[int]] = []
    for run in runs:
        out.append([run[0]])
        for i in run[1:]:
            if _after_aside_gain(sent, values, i):
                out.append([i])
            else:
                out[-1].append(i)
    return out


_UNIT_OF = re.compile(r"[+-]?[\d.,]+\s*(?P<u>%|[A-Za-z]+\b)?")


# (a list of these shares one metric; "percentage" is the first word of "percentage points")
_SHARE_UNITS = frozenset({"", "%", "points", "point", "pp", "pts", "percentage"})


def _unit_of(value: str) -> str:
    """The unit written after a value's number ("m" of "1.9 m", "%"), or ""."""
    m = _UNIT_OF.match(value)
    return (m["u"] or "") if m else ""


# From a number to the next, labelled by a noun or a code of its own: "F1=[0.556] with hallucination 0.320",
# "MCC=[0.77] with F1-ERR=0.98".
_WITH_LABELLED_NEXT = re.compile(r"\s*%?\s+with\s+(?:[a-z][a-z-]{3,}\s+(?:(?:of|=|:)\s*)?|[A-Za-z][\w@.-]{0,11}\s*=\s*)")
# A lower-case noun right before a number, after "with" or "and": the measure that labels it ("with hallucination
# [0.320]"), unless a word of amount or of the list ("with only [x]", "and nearly [y]").
_NOUN_LABEL_BEFORE = re.compile(r"\b(?:with|and)\s+(?P<m>[a-z][a-z-]{3,})\s+$")  # (no article: "and an outstanding [x]")
_NOT_LABEL_WORDS = frozenset({"only", "just", "about", "around", "nearly", "almost", "approximately", "roughly",
                              "over", "under", "above", "below", "then", "still", "also", "even", "reaching",
                              "achieving", "obtaining", "scoring", "attaining", "yielding", "reaches", "achieves",
                              "scores", "obtains", "attains", "yields", "respectively", "further", "more", "less",
                              "than", "from", "between", "within", "without", "maintains", "maintaining"})


def _share_list_metrics(sent: str, values: list[_Value]) -> list[_Value]:
    """"67.2%, 94.1%, and 78.9% accuracy": the list's metric, stated once, belongs to every member;
    "mAP and NDS of 71.5% and 73.6%": a list of as many metrics goes member by member."""
    header: list[str] = []  # the metrics a slashed header names, for later slashed runs of as many numbers
    for run in _split_at_asides(sent, values, _lists(sent, values, _LIST_GAP_VALUES)):
        if len(run) < 2 or len(units := {_unit_of(values[i].value) for i in run}) > 1 and units - _SHARE_UNITS:
            continue  # "an error of 1.9 m, 89% precision, and 77% recall": a length is no share of the next metric
        if (unit := _POINTS_UNIT.search(values[run[-1]].value)) is not None and all(
                _BARE_NUMBER.fullmatch(values[i].value) and values[i].value.startswith(_SIGNS)
                == values[run[-1]].value.startswith(_SIGNS) for i in run[:-1]):  # (a score and a gain share none)
            for i in run[:-1]:  # "8.08, 10.71, and 3.92 percentage point improvements": each in points
                values[i] = values[i]._replace(value=values[i].value + unit.group())
        slashed = _slash_metrics(sent, values[run[-1]].end, len(run)) or \
            _listed_metrics_after(sent, values[run[-1]].end, len(run)) or \
            _slashed_groups(sent, values, run)
        if not slashed and all(sent.startswith("/", values[i].end) for i in run[:-1]):
            # "(ACC/AUC/F1: 0.939/0.983/0.946), B (0.935/0.979/0.931)": the header's metrics, member by member
            header = _slash_metrics_before(sent, values[run[0]].start, len(run)) or header
            slashed = header if len(header) == len(run) else []
        if slashed:  # "85.3%/92.1% top-1/top-5 accuracy", "0.88, 0.77 and 0.82 in precision, recall and F1"
            gains = any(values[i].relative for i in run) and len({values[i].value.startswith(_SIGNS) for i in run}) == 1
            for i, name in zip(run, slashed, strict=True):  # ("x and y improvements in A and B": gains, both)
                values[i] = values[i]._replace(metric=name, stated=True, after=True,
                                               relative=values[i].relative or gains)
            continue
        if not any(values[i].after for i in run):
            names = _metric_list(sent, _clause_start(sent, values[run[0]].start), values[run[0]].start, len(run))
            if names:
                for i, name in zip(run, names, strict=True):
                    values[i] = values[i]._replace(metric=name, stated=True)
                continue
        metrics = [values[i].metric for i in run if values[i].metric]
        first, last = values[run[0]], values[run[-1]]
        if last.after and any(values[i].metric and values[i].stated and not values[i].after and _unit_of(
                values[i].value) != _unit_of(last.value) and _OF_RIGHT_BEFORE.search(
                    sent, max(0, values[i].start - 6), values[i].start) for i in run[:-1]):
            continue  # "an F1 of [0.90] and 79.06% accuracy", "a WISE score of [0.90] and ...": each its own metric
            # (not "accuracies of 92.0% and 60.7% Top-1 ACC", one metric written twice)
        if last.after and not any(values[i].after for i in run[:-1]):  # "67.2, 94.1 and 78.9 accuracy"
            metrics = [last.metric]
        elif first.metric and not first.after and not any(values[i].after for i in run):  # "F1 of 71.2 and 68.4"
            metrics = [first.metric]
        if len(set(metrics)) == 1 and len(run) == 2 and (pair := _QUALIFIER_PAIR.fullmatch(metrics[0])) is not None:
            for i, qualifier in zip(run, (pair[1], pair[2]), strict=True):  # "23.5% and 59.2% improvement in
                values[i] = values[i]._replace(metric=f"{qualifier} {pair[3]}", stated=True)  # table-level and
                # cell-level Hit Rates": one qualifier each
        elif len(set(metrics)) == 1:
            stated = any(values[i].stated and values[i].metric == metrics[0] for i in run)
            for i in run:
                values[i] = values[i]._replace(metric=metrics[0], stated=values[i].stated or stated)
        signs = [values[i].value.startswith(_SIGNS) for i in run]
        if any(values[i].relative for i in run) and (all(signs) or not any(signs)):
            # "improvements of 17.9, 15.8 and 12.3 points"; not "79.0%, +6.2%", where the sign tells them apart
            for i in run:
                values[i] = values[i]._replace(relative=True)
        last = values[run[-1]].value
        if last.endswith("%") and not any(values[i].value.endswith(("%", "points")) for i in run[:-1]) \
                and len(set(signs)) == 1:  # (not "nDCG@5: 0.5776, +20.5% over the baseline": a score, then a gain)
            for i in run[:-1]:  # "93.7, 95.5 and 96.9 percent accuracy"
                values[i] = values[i]._replace(value=values[i].value + "%")
    return values


_OF_RIGHT_BEFORE = re.compile(r"(?:\bof|[=:])\s*$")  # "an F1 of [0.90]" (not "scores [67.2]": the verb)
# Two qualifiers of one metric, one per number of a pair: "table-level and cell-level Hit Rates".
_QUALIFIER_PAIR = re.compile(r"([\w-]+-(?:level|wise|shot|side|domain|subject|task))\s+and\s+([\w-]+)\s+(.+)")
# A capitalised word or acronym right after a number, closing its list item; the gap from the item before.
_OWN_LABEL_AFTER = re.compile(r"\s+(?P<m>[A-Z][A-Za-z]{1,15}|[A-Z]{2,6})(?=\s*(?:,|\band\b|\)|;|\.(?!\w)))")
_LABELLED_ITEM_GAP = re.compile(r"\s*[A-Za-z@-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_IN_METRICS = re.compile(r"\s*%?\s*,?\s*(?:(?:relative\s+|absolute\s+)?(?:improvements?|gains?|increases?|reductions?|"
                         r"decreases?|drops?|boosts?)\s+)?"  # ("x and y improvements in A and B")
                         r"(?:in|for)\s+(?:terms\s+of\s+)?(?:the\s+)?"
                         r"(?:(?:(?:main|key|primary|two|both)\s+)?(?:evaluation\s+)?metrics?\s*[,:]?\s+)?")  # ("in main
# metrics Dice and HD95, respectively")
_METRIC_SUFFIX = re.compile(r"@[\d.:]+|-(?:micro|macro|weighted)\b")
_AVERAGING_SUFFIX = re.compile(r"-(?:micro|macro|weighted)$")
_METRIC_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _listed_metrics_after(sent: str, end: int, n: int) -> list[str]:
    """The ``n`` metrics of a list after ``n`` numbers and "in"/"for": "0.883, 0.771 and 0.823 in Precision,
    Recall and F1-score, respectively" goes member by member; [] unless exactly ``n`` metrics follow as a list."""
    lead = _IN_METRICS.match(sent, end)
    if lead is None:
        return []
    names: list[str] = []
    pos = lead.end()
    while len(names) < n:
        hit = _METRIC_ONLY.match(sent, pos)
        if hit is None:
            return []
        suffix = _METRIC_SUFFIX.match(sent, hit.end())
        stop = suffix.end() if suffix else hit.end()
        names.append(sent[hit.start():stop])
        gap = _METRIC_GAP.match(sent, stop)
        if len(names) < n and gap is None:
            return []
        pos = gap.end() if gap else stop
    return names if not _METRIC_ONLY.match(sent, pos) else []


def _slashed_groups(sent: str, values: list[_Value], run: list[int]) -> list[str]:
    """"36.89/0.9516 and 30.54/0.8721 PSNR/SSIM": groups of slashed numbers, each in the order of the slashed metrics
    after the last, or []."""
    for k in (2, 3):
        if len(run) <= k or len(run) % k:
            continue
        groups = [run[g:g + k] for g in range(0, len(run), k)]
        if all(sent.startswith("/", values[i].end) for group in groups for i in group[:-1]) and not any(
                sent.startswith("/", values[group[-1]].end) for group in groups[:-1]) and (
                names := _slash_metrics(sent, values[run[-1]].end, k)):
            return names * len(groups)
    return []


def _slash_metrics(sent: str, end: int, n: int) -> list[str]:
    """The ``n`` metrics of "top-1/top-5 accuracy", "AP/AR" written right after a list of ``n`` numbers, or []."""
    m = _SLASHED.match(sent[end:end + 80])
    if m is None:
        return []
    parts, tail = (m.group("parts") or m.group("bracketed")).split("/"), m.group("tail") or ""
    if len(parts) != n:
        return []
    names = [f"{part} {tail}".strip() if tail and not _METRIC_ONLY.fullmatch(part) else part for part in parts]
    return names if all(_METRIC_ONLY.search(name) for name in names) else []


_SLASHED_BEFORE = re.compile(r"(?<![\w@./-])(?P<parts>[A-Za-z][\w@.-]*(?:/[A-Za-z][\w@.-]*)+)\s*"
                             r"(?:(?:scores?|values?|gains?)\s+)?(?:[:=]|\b(?:of|by)\b)?\s*$")


def _slash_metrics_before(sent: str, start: int, n: int) -> list[str]:
    """The ``n`` metrics of a slashed header right before a slashed list of ``n`` numbers ("ACC/AUC/F1:
    0.939/0.983/0.946", "EM/F1 of 71.2/80.4"), or []."""
    m = _SLASHED_BEFORE.search(sent, max(0, start - 60), start)
    if m is None:
        return []
    parts = m.group("parts").split("/")
    return parts if len(parts) == n and all(_METRIC_ONLY.fullmatch(part) for part in parts) else []


# Between the members of a list of datasets: a name list's gap, or one that describes the next member
# ("A, B, and the proposed C", "A and our new C").
_DATA_LIST_GAP = re.compile(rf"(?:{NAME_LIST_GAP.pattern})|^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|our\s+)?"
                            r"(?:proposed|new|newly\s+(?:proposed|collected|built|constructed|curated)|introduced|"
                            r"challenging|"
                            r"recent|popular|widely[- ]used|public|standard)\s+$"
                            # a level after a member: "on LCB v6 Hard and LCB-Pro Easy"
                            r"|^\s+(?:Hard|Easy|Medium|Full|Lite|Mini)\s*(?:,\s*(?:and\s+)?|and\s+)$"
                            # ... or its head noun: "on the A benchmark and B simulation"
                            r"|^\s+(?:benchmark|dataset|suite|corpus)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$"
                            # ... or its split in brackets: "on MLVU (test), LVBench, and LongVideoBench"
                            r"|^\s*\([a-z][\w -]{0,15}\)\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _slashed_names(sent: str, data: list[tuple[int, int, str]], end: int) -> list[str] | None:
    """The datasets of a slashed list of names right after ``end`` ("... on A/B/C"), member by member
    ("" for a member no component found); None when the first dataset after ``end`` starts no such list."""
    j = next((j for j, d in enumerate(data) if d[0] >= end), None)
    if j is not None and sent.startswith(" / ", data[j][1]):  # spaced: "(52.8 / 73.1 mAP on A / B)"
        spaced = _SPACED_SLASHED.match(sent, data[j][0])
        parts = spaced.group("parts").split(" / ") if spaced is not None else None
    elif j is None or not sent.startswith("/", data[j][1]):
        return None
    else:
        m = _SLASHED.match(sent[data[j][0]:data[j][0] + 200])
        parts = m.group("parts").split("/") if m is not None and m.group("parts") is not None else None
    if parts is None:
        return None
    found = {sent[a:b]: name for a, b, name in data}
    return [found.get(part.rstrip(".,;:"), "") for part in parts]


def _split_at(run: list[int], cut: Callable[[int, int], bool]) -> list[list[int]]:
    """``run`` cut between each two neighbours ``i``, ``j`` for which ``cut(i, j)`` holds."""
    parts = [[run[0]]]
    for i, j in pairwise(run):
        if cut(i, j):
            parts.append([j])
        else:
            parts[-1].append(j)
    return parts


def _unbracketed(text: str) -> str:
    """``text`` with what is inside brackets blanked (a bracket left open runs to the end): the list of other
    models' numbers in "(7.78 from A; 1.94 from B)" is one aside, whatever punctuation splits it."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        depth += ch == "("
        out.append(" " if depth else ch)
        depth -= ch == ")" and depth > 0
    return "".join(out)


def _assign(sent: str, values: list[_Value], data: list[tuple[int, int, str]],
            model_ends: set[int] | None = None) -> list[tuple[_Value, str]]:
    """Pair each value with the dataset it is stated on (values with none are dropped). ``model_ends`` are
    where the sentence's model mentions end (a bracket after one holds that model's numbers)."""
    pairs: dict[int, str] = {}
    value_spans = [(v.start, v.end) for v in values]
    # "x vs y on A, and z vs w on B": two models compared on each set, no list of numbers over the sets
    value_runs = [part for run in _lists(sent, value_spans, _LIST_GAP_VALUES) for part in _split_at(
        run, lambda i, j: _VERSUS.fullmatch(sent, values[i].end, values[j].start) is not None)]
    data_runs = [r for r in _lists(sent, data, _DATA_LIST_GAP) if len(r) >= 2]
    respectively = bool(_RESPECTIVELY.search(sent))
    # 1. parallel lists: "on A, B and C ... x, y and z" (the nearest data list of the same length), also
    # when each number carries its metric: "45.1 AP and 38.2 AP on A and B"
    covered = {i for run in value_runs if len(run) >= 2 for i in run}
    metric_lists = _lists(sent, value_spans, _METRIC_LIST_GAP)  # (read by several steps below; built once)
    metric_runs = [run for run in metric_lists
                   if len(run) >= 2 and not covered.intersection(run) and all(values[i].after for i in run)]
    unlisted: set[int] = set()  # members of a list on a list of names, whose own name no component found
    for run in value_runs + metric_runs:
        if len(run) < 2:
            continue
        same = [d for d in data_runs if len(d) == len(run)]
        if not same:
            if respectively and run in value_runs and _RESPECTIVELY.search(sent, values[run[-1]].end,
                                                                           values[run[-1]].end + 40):
                # "MAE of a on A and b on B, and accuracy of x and y respectively": the sets named before, in order
                named = list(dict.fromkeys(d[2] for d in data if d[1] <= values[run[0]].start))
                if len(named) == len(run) and not any(d[0] > values[run[0]].start for d in data):
                    for i, name in zip(run, named, strict=True):
                        pairs[i] = name
            if run in value_runs and len(run) == 2 and not any(i in pairs for i in run) and len(
                    data) == 1 and data[0][1] < values[run[0]].start and (res := _RESOLUTION_TAIL.search(data[0][2])) \
                    and (other := _AND_RESOLUTION.match(sent, data[0][1])) is not None:
                # "On ImageNet 256×256 and 512×512, X achieves FIDs of [1.63] and [1.92] (respectively)": the set at
                # each resolution
                pairs[run[0]] = data[0][2]
                pairs[run[1]] = data[0][2][:res.start()] + " " + other["res"]
            if respectively and run in value_runs and not any(i in pairs for i in run) and (
                    listed := _sets_listed_before(sent, data, values[run[0]].start, len(run))) is not None:
                # "Evaluated on a private cohort and the D benchmark, X reaches F1 scores of a and [b],
                # respectively": member by member, the list before the numbers, of which a member is no set found
                for i, name in zip(run, listed, strict=True):
                    if name is not None:
                        pairs[i] = name
                    else:
                        unlisted.add(i)
            if respectively and run in value_runs and not any(i in pairs for i in run) and (
                    items := _listed_items(sent, values[run[-1]].end)) is not None and len(items) == len(run):
                    # "56.2, 28.2 and 15.4 mIoU on A, <a name not found> and C, respectively": member by member,
                    # for the names found
                    names = [next((d[2] for d in data if d[0] == at), None) for at in items]
                    for i, name in zip(run, names, strict=True):  # (a list of sets: not "for A and B, respectively",
                        if name is not None:  # the models found)
                            pairs[i] = name
                        elif any(names):
                            unlisted.add(i)  # (on the name not found: no other set's)
            continue
        if not respectively and any(_WORDS_BRACKET.search(sent, values[a].end, values[b].start)
                                    for a, b in pairwise(run)):
            continue  # "16.8% (text-to-image) and 40.1% (image-to-text) gains on A and B": the brackets say what
            # each number is, not which set
        distinct_metrics = len({values[i].metric for i in run}) == len(run) and all(values[i].metric for i in run)
        if distinct_metrics and not respectively:
            continue  # "99.1% top-1, 99.7% top-5 and 97.4% F1": one dataset, several metrics
        best = min(same, key=lambda d: abs(data[d[0]][0] - values[run[0]].start))
        if len(best) == 2 and sent.endswith("both ", 0, data[best[0]][0]):
            continue  # "outperforms A and B by [x] and [y], ... on both C and D": the numbers are not one per set
        if data[best[-1]][1] < values[run[0]].start and any(
                data[best[-1]][1] < d[0] < values[run[0]].start for d in data):
            continue  # "(ScanNet++, Replica) ... 90.6% IoU on ScanNet++'s Selected Subset, improving by +15.9 and
            # +30.4 points": a set named since the list; the numbers are not the list's, member by member
        if data[best[0]][0] < values[run[0]].start and (on := _ON_CAPITAL.search(
                sent, values[run[-1]].end, values[run[-1]].end + 80)) is not None and not _CLAUSE_BREAK.search(
                sent, values[run[-1]].end, on.start()) and any(
                k not in best and on.start() < d[0] <= on.end() for k, d in enumerate(data)):
            continue  # "x and y on A and B, and z and w on C and -Stuff": the run's own sets follow it, fewer of
            # them found than it has numbers
        lo, hi = sorted((data[best[-1]][1], values[run[0]].start)) if data[best[0]][0] < values[run[0]].start \
            else sorted((values[run[-1]].end, data[best[0]][0]))
        if _CLAUSE_BREAK.search(sent, lo, hi):
            continue  # "... on A and B; the variant reaches x and y": another claim
        if respectively and data[best[0]][0] > values[run[-1]].end and (
                resp := _RESPECTIVELY.search(sent, values[run[-1]].end, data[best[0]][0])) and \
                _OTHER_PAIR.search(sent, values[run[-1]].end, resp.start()):
            continue  # "+1.5 and +1.3 at the 1B and 3B scales, respectively, with gains on A and B": not A's and B's
        for i, j in zip(run, best, strict=True):
            pairs[i] = data[j][2]
    # 2. "x [metric] on D", "x (D)"; not "x across A, B and C" (an average over several); "D (metric = x)"
    in_data_list = {j for run in data_runs for j in run}
    for i, v in enumerate(values):
        if i in pairs:
            continue
        prev_set = next((j for j in range(len(data) - 1, -1, -1) if data[j][1] <= v.start), None) if v.metric else None
        if prev_set is not None and prev_set not in in_data_list and _SET_BRACKET_METRIC.fullmatch(
                sent, data[prev_set][1], v.start):
            pairs[i] = data[prev_set][2]  # "on the IC9600 benchmark (Pearson r = [0.9581])": the bracket states D's
            continue  # score (not the last of "A, B, C (Dice=[0.81] vs 0.59, 0.66 vs 0.56, ..., resp.)")
        if i and i - 1 in pairs and v.metric and _NEXT_LABELLED.fullmatch(sent, values[i - 1].end, v.start) \
                and _SET_BRACKET_METRIC.match(sent, data[prev_set][1] if prev_set is not None else 0) is not None:
            pairs[i] = pairs[i - 1]  # "on A (Top-1: 55.13%, Top-5: [78.87%]) and on B (...)": the same bracket's
            continue
        if i and i - 1 in pairs and _WHILE_OTHER_AT.fullmatch(sent, values[i - 1].end, v.start):
            pairs[i] = pairs[i - 1]  # "A achieved 80.4% accuracy on D, while B struggled at [33.9%]": on D too
            continue
        j = next((j for j, d in enumerate(data) if d[0] >= v.end), None)
        if j is None:
            continue
        gap = sent[v.end:data[j][0]]
        on = _ON.match(gap)
        if j in in_data_list and (on and (_ACROSS.search(gap) or v.metric and _AVERAGED_METRIC.match(v.metric))
                                  or (on or v.relative and _GAIN_OVER_ON.fullmatch(gap))
                                  and _AVERAGE_OF_BEFORE.search(sent, max(0, v.start - 30), v.start)):
            continue  # (and "a [65.9%] average accuracy on A, B and C", "an average of [11.0%] F-score on A, B, and
            # C", "an average improvement of [12.74%] on A and B": the mean over the list, not A's)
        if (on or not gap.strip() or _PAREN.match(gap) and _SET_CLOSE.match(sent, data[j][1])) and (
                v.metric or v.scored or v.relative):  # "x on D", "+0.8% D", "x (D)"
            pairs[i] = data[j][2]
        elif _ON_DESCRIBED_TASKS.fullmatch(gap) and _SET_CLOSE.match(sent, data[j][1]) and (
                v.metric or v.scored or v.relative):
            pairs[i] = data[j][2]  # "by [26.7%] absolute on paper reproduction tasks (D)": the bracket names the set
        elif on and v.subject and "." in v.value:
            pairs[i] = data[j][2]  # "A outperforms most 7B models with an impressive [55.1] on D": its number on D
        elif on and ("%" in v.value or "." in v.value) and (
                _RESULT_VERB.search(sent, _clause_start(sent, v.start), v.start) or sent[:v.start].endswith("(")
                or _in_score_bracket(sent, v.start)
                or _RETAINING_BEFORE.search(sent, max(0, v.start - 40), v.start)
                or i - 1 in pairs and _ON_ITEM_GAP.fullmatch(sent, values[i - 1].end, v.start)):
            pairs[i] = data[j][2]  # "achieves state-of-the-art results, e.g., 72.3% on D": the clause states it;
            # "generalizes to harder tasks (47.5% on D)": a bracket states a score, and so do its later members
            # ("benchmarks (84.0% on A and [38.0%] on B) show"); "while retaining [90%] on D": a score kept on D (and
            # the list it opens: "with 94.43% on A and [75.95%] on B")
        elif v.relative and _GAIN_OVER_ON.fullmatch(gap):
            pairs[i] = data[j][2]  # "a 5.0% improvement over the prior state of the art on D": a gain on D
            # (and "a 3.5% boost on A and [1.42%] over dense sampling on B": a gain whose noun is left out)
        elif v.relative and _GAIN_OVER_SET.fullmatch(gap) and not _BASELINE_OF_SET.match(sent, data[j][1]):
            pairs[i] = data[j][2]  # "a notable 5.7% improvement over TruthfulQA, [2.5%] over UltraFeedback": on it
        elif _VERSUS_ON.match(gap) and ("%" in v.value or "." in v.value):
            pairs[i] = data[j][2]  # "62.4 vs 62.2 on D": the first number is the claim's
        elif "." in v.value and not v.relative and _BARE_ON.fullmatch(gap) and _A_SCORE_BEFORE.search(
                sent, max(0, v.start - 12), v.start):
            pairs[i] = data[j][2]  # "state-of-the-art ... with a [70.9] on D, and 63.3 on E": a decimal on a set
    for i in range(len(values) - 2, -1, -1):  # "reaches F1=[0.556] with hallucination 0.320 on D": the number and
        if i not in pairs and i + 1 in pairs and values[i].metric and _WITH_LABELLED_NEXT.fullmatch(  # the one it
                sent, values[i].end, values[i + 1].start):  # comes with, on the set named after both
            pairs[i] = pairs[i + 1]
    unclear_members: set[int] = set()  # (which the later steps leave unpaired too)
    for run in value_runs:
        if len(run) < 2:
            continue
        named = {pairs[i] for i in run if i in pairs}
        if len(named) == 1 and _LIST_ON.match(sent, data[_last_on(data, values[run[-1]].end)][1]):
            for i in run:  # "x and y on A and <a name not found>": which is which is unclear
                pairs.pop(i, None)
                if _listed_on(sent, data[_last_on(data, values[run[-1]].end)][1]):
                    unclear_members.add(i)  # (and stays so, when a capitalised name follows: not ", far surpassing")
        elif len(named) == 1 and (slashed := _slashed_names(sent, data, values[run[-1]].end)) is not None:
            # "x/y/z on A/B/C": member by member, for the names found; which is which is clear
            for i, name in zip(run, slashed, strict=False):
                pairs.pop(i, None)
                if name:
                    pairs[i] = name
        elif len(named) == 1 and respectively and (resp := _RESPECTIVELY.search(
                sent, values[run[-1]].end, values[run[-1]].end + 80)) and not any(
                values[run[-1]].end < w.start < resp.start() for w in values) and sum(
                1 for e in model_ends or () if e <= values[run[0]].start) < len(run) and not (
                len(run) == 2 and values and _PAIRED_BEFORE.search(sent, max(0, values[0].start - 80),
                                                                   values[0].start)):
            # (not "image-level and pixel-level AUROC of x and y on A, and z and w on B, respectively": each pair is
            # the two metrics named before)
            for i in run:  # "x, y and z on A 1.0, 2.0 and Pro, respectively": one value each for things not found
                pairs.pop(i, None)
        elif not named and len(run) == 2 and respectively and _RESPECTIVELY.search(
                sent, values[run[-1]].end, values[run[-1]].end + 120) and len(data) == 1 and data[0][1] <= \
                values[run[0]].start and _AND_UNNAMED_AFTER.match(sent, data[0][1]):
            pairs[run[0]] = data[0][2]  # "on the D dataset and real-world deployment, reducing RMSE by [x] and y,
            unclear_members.add(run[1])  # respectively": the second is on what has no name
        elif len(named) == 1:  # a list without its own datasets shares the dataset of the member that has one
            for i in run:  # (not a member stated on a name not found: "0.1 in VBench Total, and [0.3] in VisionReward")
                if i in pairs or not _named_unfound_after(sent, values[i], data, model_ends or set()):
                    pairs.setdefault(i, next(iter(named)))
    metric_runs_all = metric_lists + _lists(sent, value_spans, _MIXED_LIST_GAP)
    _share_metric_runs(values, metric_runs_all, pairs)
    # (a change bracketed after each number is no member: "reducing Abs Rel to x (-7.4%) and RMSE to y (-5.4%) on D")
    unbracketed = [i for i, v in enumerate(values) if not (v.relative and _OPEN_BRACKET.search(sent, 0, v.start))]
    for part in _lists(sent, [value_spans[i] for i in unbracketed], _OF_LIST_GAP):  # "an accuracy of x and an F1
        run = [unbracketed[k] for k in part]  # of y on D, and ... on E"
        last = run[-1]
        if len(run) >= 2 and last in pairs and all(values[i].metric and not values[i].after and i not in pairs
                                                   for i in run[:-1]) and len({values[i].relative for i in run}) == 1:
            for i in run[:-1]:
                pairs[i] = pairs[last]
    # 2b. "x on A and y on B, competitive to CLIP's scores of [x'] and [y']": a list of numbers with no set of
    # its own, after as many numbers each stated on its own set, is on those sets in order
    for run in value_runs:
        if len(run) < 2 or any(i in pairs or values[i].relative or values[i].start_of for i in run) or any(
                d[0] >= values[run[-1]].end for d in data):
            continue
        stated_on = list(dict.fromkeys(pairs[i] for i in range(run[0]) if i in pairs and not values[i].relative))
        if len(stated_on) == len(run) and sum(1 for i in range(run[0]) if i in pairs and not values[i].relative) == len(
                run):
            pairs.update(zip(run, stated_on, strict=True))
    # 2c. "improves A from x to [y], and B from z to w on D": the verb and the set left out of the first change
    for i in range(len(values) - 2, 0, -1):
        if i not in pairs and not values[i].start_of and values[i - 1].start_of and values[i + 1].start_of and \
                i + 2 in pairs and _PARALLEL_CHANGE.fullmatch(sent, values[i].end, values[i + 1].start):
            pairs[i] = pairs[i + 2]
    # 3. "D [metric] ... x" in the same clause, no other number between, D not one of a list
    # "a [13%] average gain for conditional 3D generation on QM9", "a [43.9] recall rate on the COCO dataset": the
    # number's own set, after plain words the patterns above do not read (not the set named before it)
    listed = {i for run in value_runs if len(run) >= 2 for i in run}
    for i, v in enumerate(values):
        if i not in pairs and i not in listed and not v.owned and (v.metric or v.scored or v.relative) and (
                later := _later_set(sent, v, data, in_data_list)):
            pairs[i] = later
        elif i not in pairs and (scored := _SET_SCORE_AFTER.match(sent, v.end)) is not None:
            named = next((d[2] for d in data if d[0] == scored.end()), None)  # "and [1.9%] higher VBench score": the
            if named is not None and BENCH_END.search(named) and sent.startswith(
                    " score", next(d[1] for d in data if d[0] == scored.end())):
                pairs[i] = named  # benchmark whose score it is (not "32% higher LLaVA-IQA scores": a metric's name)
    # 3a. "44.3 BLEU for English-to-Chinese and 25.1 BLEU for English-to-German on D": numbers each for a setting of
    # their own, the set named once after the last
    for i in range(len(values) - 2, -1, -1):
        if i not in pairs and i + 1 in pairs and not values[i].start_of and (
                values[i].metric or values[i].relative) and _FOR_SETTING_GAP.fullmatch(
                    sent, values[i].end, values[i + 1].start) and (setting := _FOR_SETTING_TO_ON.match(
                        sent, values[i + 1].end)) is not None and any(
                            d[0] == setting.end() and d[2] == pairs[i + 1] for d in data):
            pairs[i] = pairs[i + 1]
    for run in value_runs:  # "[1.9%] and [2.7%] increases in F1-score and IoU for cropland segmentation on D": a
        if len(run) >= 2 and not any(i in pairs for i in run) and len({values[i].relative for i in run}) == 1 and (
                to_on := _RUN_TO_ON.match(sent, values[run[-1]].end)) is not None:  # list's words go on to its set
            on = next((d[2] for j, d in enumerate(data) if d[0] == to_on.end() and j not in in_data_list), "")
            if on:
                pairs.update((i, on) for i in run)
    elsewhere = {i for i, v in enumerate(values) if i not in pairs and not v.owned and not _ON_METRIC.match(
        sent, v.end) and (_on_other_set(sent, v, model_ends or set(), values, data) or _on_unfound_after(
            sent, v, data, model_ends or set()) or _named_unfound_after(sent, v, data, model_ends or set()))}
    # ("[x] in recall on LME", not found)
    elsewhere |= unclear_members
    # "(+5% CUB, [+2%] SCars)": a peer's set is written right after its number; this one's name, after it, was not found
    if any(_UNIT_GAP.fullmatch(sent, v.end, d[0]) for v in values for d in data):
        elsewhere.update(i for i, v in enumerate(values) if i not in pairs and _on_bare_unfound(sent, v, data))
    # "x on A and y on B, outperforming CLIP (x' and y')": a named model's bracketed numbers follow the
    # sentence's datasets in order when there are as many; otherwise which is which is unclear
    for run in value_runs:
        first = values[run[0]]
        if len(run) < 2 or any(i in pairs or not values[i].owned for i in run) or not _OPEN_BRACKET.search(
                sent, 0, first.start):
            continue
        names = list(dict.fromkeys(d[2] for d in data if d[1] <= first.start))
        if len(names) == len(run):
            pairs.update(zip(run, names, strict=True))
        elif len({values[i].metric for i in run}) == 1 and len(names) > 1:
            elsewhere.update(run[1:])  # one metric, several datasets: which is which is unclear
    for run in value_runs + metric_lists:
        if elsewhere.intersection(run):
            elsewhere.update(i for i in run if i not in pairs)
    # "respectively" pairs lists, and none matched: the pairing is not clear, unless the sentence names one
    # dataset alone and the list pairs the numbers with settings ("On D, x/y AP with text and box prompts,
    # respectively")
    for run in value_runs:  # "[0.19%], [1.22%], and [0.72%] higher accuracies respectively for ... on the OBJ-BG,
        # OBJ-ONLY, and PB-T50-RS subsets of ScanObjectNN": parts no component names, of the one set named
        if len(run) >= 2 and not any(i in pairs for i in run) and (nxt := next(
                (d for d in data if d[0] >= values[run[-1]].end), None)) is not None and _RUN_PARTS_OF.fullmatch(
                sent, values[run[-1]].end, nxt[0]):
            pairs.update((i, nxt[2]) for i in run)
    unclear = respectively and not _lone_dataset(sent, data)
    # ... the "respectively" of another list of numbers ("x/y on A, and ..., gains of a, b, c and d,
    # respectively") leaves the numbers outside that list clear
    owned_by = _respective_runs(sent, values, value_runs) if unclear else None
    for i, v in enumerate(values):
        if i in pairs or unclear and (owned_by is None or i in owned_by) or i in elsewhere:
            continue
        j = next((j for j in range(len(data) - 1, -1, -1) if data[j][1] <= v.start), None)
        # the distance counts from D or from the last number already stated on D ("on D, A improves from a
        # to x, B from b to y, and C from c to z")
        near = max((w.end for k, w in enumerate(values) if w.end <= v.start and j is not None
                    and pairs.get(k) == data[j][2]), default=data[j][1] if j is not None else 0)
        if j is None or j in in_data_list or _last_of_plural_list(sent, data[j]) or v.start - near > (
                _MAX_OWNED_GAP_CHARS if v.owned and not v.start_of or len(data) == 1 and _OPENS_ON_SET.match(
                    sent, 0, data[j][0]) else _MAX_GAP_CHARS) or \
                _COMPARED_DATA.search(sent, max(0, data[j][0] - 30), data[j][0]):
            continue  # "better than on A, with gains of 4%": A is the comparison, not the claim
        if data[j][2] in pairs.values() and (_OVERALL_AFTER.match(sent, v.end) or _OVERALL_BEFORE.search(
                sent, max(0, v.start - 40), v.start)):
            continue  # "outperforms it by 3.26 points on IFEval with [+4.43] average overall gain": D has its number;
            # the average is over all the paper's sets
        gap = sent[data[j][1]:v.start]
        if v.owned or v.subject and i not in elsewhere:  # a named model's own number ("D ... CLIP, which
            # reaches x", "D ... 82% by CLIP", "x on D, while CLIP reaches y"): others' numbers may stand between
            if (_HARD_BREAK if v.owned else _SENTENCE_BREAK).search(_unbracketed(gap) if v.owned else gap) or \
                    _ON_CAPITAL.search(gap) or _COMPARED_DATA.search(sent, max(0, data[j][0] - 30), data[j][0]):
                continue  # (a semicolon inside a bracket of owned numbers breaks nothing: "(7.78 from A; [1.94] from
                # B)")
        elif _CLAUSE_BREAK.search(_PARTICIPLE_WHILE.sub(" ", gap) if "whil" in gap else gap) \
                or _ON_CAPITAL.search(gap) or any(
                data[j][1] <= w.start < v.start for k, w in enumerate(values)
                if w is not v and not w.start_of and not (w.relative and not v.relative)  # "by 5% over X, reaching y"
                and not _in_same_run(value_runs, values, w, v)
                and not (v.scored and pairs.get(k) == data[j][2])):  # "on D, A improves from a to x, B from b to y"
            continue
        if ")" in gap and (opened := sent.rfind("(", 0, data[j][0])) > sent.rfind(")", 0, data[j][0]) and not (
                sent[opened + 1:data[j][0]].strip() == "" and sent.startswith(")", data[j][1])
                and _CAPITAL_WORD_END.search(sent, 0, opened)):
            continue  # "+1.2 pp (A/D) and [+1.0 pp] (B/E)": D is in the bracket of the number before (not the acronym
            # of "the Massive Text Embedding Benchmark (MTEB), improving by [9.3%]", the set spelled out before it)
        if _POSSESSIVE.match(gap):
            continue  # "surpassing D's 0.91": D is what is scored (a metric or judge), not where
        if _ACROSS_PAIR_BEFORE.search(sent, max(0, data[j][0] - 40), data[j][0]):
            continue  # "across ICGC-C and [TCGA-PRAD] cohorts, HIT improved AUCs by 10%": over both, not one
        if _ITEM_JOIN.fullmatch(gap) and _ON_END.search(sent, max(0, data[j][0] - 8), data[j][0]) \
                and _OWN_MEASURE_AFTER.match(sent, v.end):
            continue  # "19x better retention on D, and [69%] lower perplexity degradation": the list's next item,
            # with a measure of its own, is not on the set that ended the item before
        if _ON_UNNAMED_SET_AFTER.match(sent, v.end):
            continue  # "training on D ..., the best model reaches [0.747] Pearson ... on a held-out test set"
        if v.stated or v.scored or v.relative or _LABEL_GAP.match(gap) and not _setting_note(sent, v.end) or (
                gap.strip() == "," and _CLAUSE_ON_END.search(sent, max(0, data[j][0] - 12), data[j][0])) or (
                _WITH_GAP.match(gap) or not gap.strip() and ("%" in v.value or "." in v.value)) and \
                _RESULT_VERB.search(sent, _clause_start(sent, v.start), data[j][0]):  # "sets the SOTA on D with x",
            # "scores D1 85.3, D2 72.1"
            pairs[i] = data[j][2]
    for i in range(1, len(values)):  # "on Celeb-DF v2, 94.9% / [0.981]": the slashed partner, on the same set
        if i not in pairs and i - 1 in pairs and i not in elsewhere and not values[i].owned \
                and _SLASH_PARTNER_GAP.fullmatch(sent, values[i - 1].end, values[i].start) and any(
                    d[2] == pairs[i - 1] and d[1] <= values[i - 1].start for d in data):  # (not "x/[y] on A/B")
            pairs[i] = pairs[i - 1]
    for i in range(len(values) - 2, -1, -1):  # "an mAP of [97.4] (vs. 96.2 for PAT-T), OF1 of 92.3, and CF1 of 91.4
        shut = sent.find(")", values[i].end)  # on D": a list item whose
        k = next((k for k in range(i + 1, len(values)) if values[k].start > shut), None) if shut >= 0 else None
        if k is not None and i not in pairs and k in pairs and i not in elsewhere and not values[i].owned \
                and _VERSUS_THEN_NEXT.fullmatch(sent, values[i].end, values[k].start):  # compared number stands in
            pairs[i] = pairs[k]  # a bracket, on the set the list ends on
    for run in metric_lists:  # "on D, +12.0% on Pass@1 and [+13.3%] on Cons@5": the
        first = run[0]  # metrics listed after the set the first is on
        if len(run) >= 2 and first in pairs and all(values[i].after and values[i].stated for i in run) and all(
                i not in pairs for i in run[1:]) and len({values[i].relative for i in run}) == 1 and not any(
                values[first].end <= d[0] < values[run[-1]].end for d in data):
            for i in run[1:]:
                pairs[i] = pairs[first]
    for run in metric_lists:  # "47.3% mIoU on A, and [44.5%] box AP and 40.5% mask AP on B": a new item's
        # numbers, each with its metric, are on the set that ends the item (not on the one before it)
        last = run[-1]
        after = next((d for d in data if d[0] >= values[last].end), None)
        before = next((d for d in reversed(data) if d[1] <= values[last].start), None)
        item = [i for i in run if before is not None and values[i].start > before[1]]
        if len(item) >= 2 and after is not None and pairs.get(last) == after[2] != before[2] \
                and all(pairs.get(i) == before[2] and values[i].after for i in item[:-1]) \
                and _NEW_ITEM_GAP.fullmatch(sent, before[1], values[item[0]].start) \
                and _ON_END.search(sent, max(0, after[0] - 8), after[0]):
            for i in item[:-1]:
                pairs[i] = after[2]
    _same_set_settings(sent, values, data, pairs, elsewhere, in_data_list)
    # 3b. "On D, ...": a sentence that opens on its one dataset states its numbers there, however far
    # ("On the CinePile benchmark, A shows gains over a baseline of +5.6% in X, +5% in Y and +8.2% in Z")
    opening = _SCOPE_OPENING.match(sent) or (  # (or a clause's, after a semicolon: "...; on D, it yields [x]")
        _SEMICOLON_SCOPE.search(sent, 0, data[0][0]) if data and ";" in sent[:data[0][0]] else None)
    closing = _SCOPE_CLOSE
    if opening is None and (opening := _EXPERIMENTS_ON.match(sent)) is not None:
        closing = _SHOW_THAT  # "Experiments on D demonstrate that ours ..., yielding [x]"
    # (up to the clause a semicolon opens on another set: "On A, X improves ... by [x]; on B, it ...")
    scope = sent.find("; on ", data[0][1]) if data else -1
    scope = scope if scope >= 0 and _ON_CAPITAL.match(sent, scope + 2) else len(sent)
    if opening and data and data[0][0] == opening.end() and closing.match(sent, data[0][1]) and \
            _lone_dataset(sent, [d for d in data if d[0] < scope]) and not any(
                not _on_model_base(sent, on.end() - 1, model_ends or set())
                for on in _ON_CAPITAL.finditer(sent, data[0][1], scope)):
        for i, v in enumerate(values):  # ("...; on E, [x]": E's)
            if i not in pairs and i not in elsewhere and (v.stated or v.scored or v.relative) and not v.start_of \
                    and data[0][1] < v.start < scope and not _HARD_BREAK.search(sent, data[0][1], v.start):  # "...,
                pairs[i] = data[0][2]  # but B is stronger, by [x]"
    # 4. the one dataset of the sentence, for a number with its metric
    names = list(dict.fromkeys(d[2] for d in data))
    only = names[0] if len(names) == 1 else None
    if only is not None and _ACROSS_PAIR_BEFORE.search(sent, max(0, data[0][0] - 40), data[0][0]):
        only = None  # "across ZQC-C and [MMLU] cohorts": the one set found is one of those the numbers are over
    if only is not None:
        at = next(d[0] for d in data if d[2] == only)
        # "x and y on (both) D and <a name not typed a dataset>(, respectively)": which is which is unclear
        listed = {i for run in value_runs if len(run) >= 2 for i in run} if any(
            d[2] == only and _COORDINATED.match(sent, d[1]) for d in data) else set()
        listed_runs = value_runs + metric_lists
        only_starts = frozenset(d[0] for d in data if d[2] == only)
        for i, v in enumerate(values):
            if i in pairs or i in elsewhere or not v.stated and not (  # a named model's "A (71.2%) ... on D"
                    v.owned and at >= v.end and not _CLAUSE_BREAK.search(sent, v.end, at)) and not (
                    v.scored and v.metric and not v.relative and at < v.start) or i in listed:  # "..., reaching [x]"
                continue
            far = _MAX_OWNED_GAP_CHARS if _ENDS_SENTENCE.match(sent, next(d[1] for d in data if d[0] == at)) and not any(
                v.end < w.start < at and not _NOT_A_CLAIM_GAP.search(sent, v.end, w.start) for w in values) \
                else _MAX_GAP_CHARS  # (farther when the set closes the sentence, no other claim between: "a 10.7%
            # improvement in accuracy while reducing latency by 25.9% compared to a standalone large model on AIME25.")
            if at > v.end + far or _other_set_between(sent, min(at, v.end), max(at, v.start), model_ends or set(),
                                                      only_starts):
                continue  # the dataset far after the number, or another set named between them
            if at < v.start and ";" in sent[at:v.start] and _SEMICOLON_SETTING.search(
                    sent, max(d[1] for d in data if d[2] == only and d[1] <= v.start), v.start):
                continue  # "...: on D, it improves success by x; in real-world experiments, it improves it by [35%]"
            if at > v.end and _ON_TASK.match(sent, v.end):
                continue  # "52.7% on incident response recommendations, and 63.9% on D": a task, not D
            if at > v.end and (";" in sent[v.end:at] or _BUT_ALSO.search(sent, v.end, at)):
                continue  # "A and B reach only [x] and y, respectively; on a D protocol, both ...": the next clause's
                # ("not only surpassing Y by [x] in FID, but also achieves a new record on D")
            if at < v.start and _COMPARED_DATA.search(sent, max(0, at - 30), at):
                continue  # "a sharp drop compared to D, with the best agent achieving [x]": D is the comparison
            if at < v.start and _ON_UNNAMED_SET_AFTER.match(sent, v.end):
                continue  # (as above: the number is on a set of its own words)
            if at < v.start and _DESCRIBED_OTHER.search(sent, at, v.start):
                continue  # "... on D, and excels in a real-world anode structure problem with [97%] accuracy"
            if any(v.end <= w.start and w.end <= at and not w.stated and not (v.owned and w.owned) and not _in_same_run(
                    listed_runs, values, w, v) and not (w.owned and _VERSUS_BRACKET.search(sent, max(0, w.start - 40),
                                                                                           w.start))
                   for w in values):
                continue  # "x overall, which falls to y on D": D is where the nearer number (same metric) is stated
                # (not a compared model's in its bracket: "a rFID of [x] (versus y for B) ... on D")
            pairs[i] = only
        # "reducing WER by x, WIL by y, and improving quality by z on D": gains listed measure by measure, then
        # the one set they are all on
        gains = [i for i, v in enumerate(values) if v.relative and not v.start_of and i not in elsewhere
                 and _BY_GAIN_BEFORE.search(sent, max(0, v.start - 30), v.start)]
        if len(gains) >= 2 and pairs.get(gains[-1]) == only and at > values[gains[-1]].end and not _HARD_BREAK.search(
                sent, values[gains[0]].end, at):
            for i in gains:
                pairs.setdefault(i, only)
        for i in range(1, len(values)):  # "increasing D accuracy by 1.3% on DeiT-T and [2.0%] on DeiT-S": a
            if i not in pairs and i not in elsewhere and pairs.get(i - 1) == only and model_ends and (  # number per
                    gap := _ON_NAME_AND_GAP.fullmatch(sent, values[i - 1].end, values[i].start)) is not None \
                    and gap.end("n") in model_ends and (on := _ON_NAME_AFTER_VALUE.match(sent, values[i].end)) \
                    and on.end("n") in model_ends:  # model it runs with, on the sentence's one set
                pairs[i] = only
    _same_set_settings(sent, values, data, pairs, elsewhere, in_data_list)  # "... of [x] with A and [y] with B"
    _share_metric_runs(values, metric_runs_all, pairs, elsewhere)  # (again: "improvements of [x] in R@1 and y in
    # mIoU on an absolute scale ... on D", whose last member only the sentence's one set pairs)
    named_ends = {d[1] for d in data} | (model_ends or set())
    for i, v in enumerate(values):  # "on A (69.8% pass@32), Ineq-Comp-Seed ([52.2%] pass@32)": the bracket is the
        bracket = _NAME_BRACKET.search(sent, max(0, v.start - 60), v.start)  # score of a name no component found
        if bracket is not None and v.metric and bracket.group(1) == v.metric:
            bracket = None  # "achieves competitive Dice ([0.200])": the metric the bracket gives the value of
        if i in pairs and not v.owned and bracket is not None and bracket.end(1) not in named_ends and not any(
                d[2] == pairs[i] and v.end <= d[0] < sent.find(")", v.end) for d in data):  # (not "SFT (+12% on D)":
            del pairs[i]  # the set is named inside the bracket)
        elif i in pairs and not v.owned and _on_unfound_after(sent, v, data, model_ends or set()) and not (
                (tasks := _ON_DESCRIBED_TASKS.match(sent, v.end)) is not None
                and any(d[0] == tasks.end() and d[2] == pairs[i] for d in data)):  # ("on Python library tasks (D)")
            del pairs[i]  # "[96.8%] F1 on Kaggle and 91.9% on WELFake": its own words name a set nothing found
        elif i in pairs and (per_set := _metric_per_name(sent, max(0, v.start - 160), v.start)) \
                and not _METRIC_ONLY.fullmatch(per_set["n"]) and not any(
                d[2] == pairs[i] and _SPACE_ONLY.fullmatch(sent, d[1], v.start) for d in data):
            del pairs[i]  # "PPV (CheXpert 0.133, Open-i [0.105])": the name before it, which nothing found
    for i in range(len(values) - 2, -1, -1):  # "+18.6% F1 / +13.0% EM on A and +10.3% F1 / +8.7% EM on B": a slashed
        if i + 1 in pairs and _SLASH_PAIR.fullmatch(sent, values[i].end, values[i + 1].start):  # pair is on one set
            pairs[i] = pairs[i + 1]
    for i in range(1, len(values)):  # "by +4.0 pp on A, [+7.1 pp] on B, and [+2.0 pp] on C": the gains of one set with
        if i not in pairs and i - 1 in pairs and values[i].relative == values[i - 1].relative and (  # each model
                on_model := _ON_MODEL_GAP.fullmatch(sent, values[i - 1].end, values[i].start)) is not None and \
                on_model.end("n") in (model_ends or set()):
            pairs[i] = pairs[i - 1]
    for i in range(len(values) - 2, -1, -1):  # "an FID of [1.32] with two steps and 1.76 with one step (NFE=1) on D":
        if i not in pairs and i + 1 in pairs and values[i].relative == values[i + 1].relative and \
                _SETTING_AND.fullmatch(sent, values[i].end, values[i + 1].start):  # the numbers of two settings, on
            pairs[i] = pairs[i + 1]  # the set the second names
    for i in range(1, len(values)):  # "x (vs. [y] for B) on D": the compared number, in the bracket right after the
        if i in pairs and i - 1 in pairs and _VERSUS_BRACKET_OPEN.fullmatch(sent, values[i - 1].end, values[i].start):
            pairs[i] = pairs[i - 1]  # is on the claim's set, not on one the sentence named before (an unpaired one,
            # "to 75.6% (vs. 74.1%)", stays unpaired: nobody's)
    for i in range(1, len(values)):  # "on D with 74.8% in-domain and [71.6%] out-of-domain accuracy": one set, two
        if i not in pairs and i - 1 in pairs and values[i].metric and values[i].relative == values[i - 1].relative \
                and _QUALIFIED_AND.fullmatch(sent, values[i - 1].end, values[i].start):  # settings of one metric
            pairs[i] = pairs[i - 1]
    for i in range(1, len(values)):  # "on A (BLEU-4 12.29, METEOR [27.98], BERTScore-F1 [71.20])": the same bracket's
        if i in pairs or i - 1 not in pairs or not values[i].metric or not _NEXT_NAMED_METRIC.fullmatch(
                sent, values[i - 1].end, values[i].start) or metric_family(values[i].metric) is None:
            continue
        j = i - 1
        while j and _NEXT_NAMED_METRIC.fullmatch(sent, values[j - 1].end, values[j].start):
            j -= 1
        if any(d[2] == pairs[i - 1] and _METRIC_BRACKET_OPEN.fullmatch(sent, d[1], values[j].start) for d in data):
            pairs[i] = pairs[i - 1]
    for i in range(1, len(values)):  # "an F of x (vs. [y] on D validation set)": the bracket names the set both
        if i - 1 not in pairs and i in pairs and _VERSUS_BRACKET_OPEN.fullmatch(sent, values[i - 1].end, values[i].start) \
                and (close := sent.find(")", values[i].end)) >= 0 and any(  # numbers are on; the bracket's own is an
                    d[2] == pairs[i] and values[i].end < d[0] < close for d in data):  # unnamed rival's
            pairs[i - 1] = pairs.pop(i)
    for i in range(1, len(values)):  # "improves F1 on D by 73% over A and by [36%] over B": margins over two
        if i not in pairs and i - 1 in pairs and values[i].relative and values[i - 1].relative and not \
                values[i].owned and _MARGIN_OVER_GAP.fullmatch(sent, values[i - 1].end, values[i].start):  # baselines,
            pairs[i] = pairs[i - 1]  # on one set, in one measure
            if not values[i].metric and values[i - 1].metric:
                values[i] = values[i]._replace(metric=values[i - 1].metric, stated=True)
    _rivals_on_the_claims_set(sent, values, pairs)
    _pair_with_unfound_partner(sent, values, data, value_runs, pairs, model_ends or set())
    _pair_compared_runs(sent, values, pairs, metric_lists)
    if not pairs and not respectively and len(data) == 2 and (opener := _OPENS_ON_PAIR.match(sent)) is not None \
            and opener.end(1) == data[0][1] and _SECOND_SET_GAP.fullmatch(sent, data[0][1], data[1][0]) \
            and _PAIR_OPENER_END.match(sent, data[1][1]):
        for i, v in enumerate(values):  # "On A and B, X improves accuracy by [9.7%] ... and surpasses Y by [7.3%]":
            if not v.start_of and not v.owned and (v.relative or v.metric or v.stated):  # on both (the first
                pairs[i] = data[0][2]  # here; the claims are copied onto the second with the rest)
    # ("by up to 9.4% on D and [13.9%] on unseen websites", "more than doubles real-world success from 25.8% to
    # [61.5%]": the number's own words say it is on other, unnamed data)
    return [(values[i], pairs[i]) for i in sorted(pairs) if i not in unlisted
            and not _ON_UNSEEN_AFTER.match(sent, values[i].end) and not _real_world_before(sent, values[i], data)
            and not _IN_AGGREGATE_AFTER.match(sent, values[i].end)  # "+3.34 on D and [+1.11] in aggregate": over all
            and not _named_score_before(sent, values[i], data)
            and not (respectively and _bare_member_before(sent, values, i))
            and not _unfound_set_metric_before(sent, values[i], data, model_ends or set())
            and not (i and pairs.get(i - 1) == pairs[i] and _BARE_PAIR_BRACKET.fullmatch(
                sent, max(0, values[i - 1].start - 1), min(len(sent), values[i].end + 1))
                     and _LABELLED_PAIR_BRACKET.search(sent, 0, values[i - 1].start) is not None)]


# Two bare numbers in one bracket, a row of a table whose columns a bracket before named ("WER (24.1% A, 27.4% B),
# followed by C (32.8%, [39.5%])"): the second is on the second column's set, not the first's.
_BARE_PAIR_BRACKET = re.compile(r"\([^()\w]*\d[\d.]*\s?%?\s*[,;]\s*[^()\w]*\d[\d.]*\s?%?\)")
_LABELLED_PAIR_BRACKET = re.compile(r"\(\s*\d[\d.]*\s?%?\s+[A-Z][\w.+-]*\s*[,;]\s*\d[\d.]*\s?%?\s+[A-Z][\w.+-]*\s*\)")


# "raises the D resolve rate by +3.8% and the long-context [Oolong] accuracy by [+2.2 points]": a capitalised name
# before the metric a gain moves, as the set found is named before its own.
_SET_METRIC_BY = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+)?(?P<name>[A-Z][\w.+-]*)\s+(?P<m>(?:[a-z][\w-]*\s+){1,2})by\s+"
                            r"(?:up\s+to\s+|about\s+|over\s+)?$")


def _unfound_set_metric_before(sent: str, v: _Value, data: list[tuple[int, int, str]], model_ends: set[int]) -> bool:
    """The gain is in the metric of a capitalised name no component found, named the way the sentence names a set
    found before its own metric: that name's set, not the one found."""
    if not v.metric or sent.find(" by ", max(0, v.start - 8), v.start) < 0:
        return False
    m = _SET_METRIC_BY.search(sent, max(0, v.start - 60), v.start)
    if m is None or v.metric.split()[-1] not in m.group("m") or m.end("name") in model_ends or any(
            d[1] == m.end("name") for d in data) or _METRIC_ONLY.fullmatch(m.group("name")):
        return False
    return any(_METRIC_BY_AFTER.match(sent, d[1]) for d in data)


_METRIC_BY_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}by\s")


# Between two models' runs of numbers, the second model: "..., and 95.13% F-score compared to EfficientNet with a".
_COMPARED_RUN_GAP = re.compile(r"^[^.;()\d]{0,40}?\b(?:compared\s+(?:to|with)|versus|vs\.?|than|over)\s+"
                               r"[^.;()\d]{1,40}?\s+(?:with|at|of|achieving|reaching|scoring)\s+(?:an?\s+|only\s+)?$")


def _pair_compared_runs(sent: str, values: list[_Value], pairs: dict[int, str], metric_lists: list[list[int]]) -> None:
    """"A reaches [x] AUC, [y] accuracy and [z] F-score compared to B with x' AUC, y' accuracy and z' F-score on D": the
    first run, metric by metric the same as the second, is on the second's set too (``metric_lists``: the runs of
    numbers, each with its metric, that :func:`_assign` read)."""
    runs = [r for r in metric_lists if len(r) >= 2]
    for first, second in pairwise(runs):
        if len(first) != len(second) or any(i in pairs for i in first) or not all(i in pairs for i in second) \
                or len({pairs[i] for i in second}) != 1 \
                or any(not values[i].metric or values[i].metric != values[j].metric for i, j in zip(first, second)) \
                or not _COMPARED_RUN_GAP.match(_run_gap(sent, values, first, second)):
            continue
        pairs.update((i, pairs[second[0]]) for i in first)


def _run_gap(sent: str, values: list[_Value], first: list[int], second: list[int]) -> str:
    """The words between the last number of a run (past its metric) and the first of the next."""
    gap = sent[values[first[-1]].end:values[second[0]].start]
    metric = values[first[-1]].metric
    at = gap.find(metric) if metric else -1
    return gap[at + len(metric):] if at >= 0 else gap


# The capitalised partner of a found set in a pair of names: "D and [Geneval]" (not found), "[Geneval] and D".
_PARTNER_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?([A-Z][\w.+-]*)(?![\w.+-]|\s+(?:and|&|,)\s)")
_PARTNER_BEFORE = re.compile(r"(?<![\w.+-])(?<!,\s)([A-Z][\w.+-]*)\s+(?:and|&)\s+(?:the\s+)?$")


def _pair_with_unfound_partner(sent: str, values: list[_Value], data: list[tuple[int, int, str]],
                               value_runs: list[list[int]], pairs: dict[int, str], model_ends: set[int]) -> None:
    """"Experiments on D and Geneval with improvements of up to [x] and y": two numbers over a pair of names of
    which only D was found go with the names in order; y is the unfound partner's, not D's."""
    for run in value_runs:
        if len(run) != 2 or not all(i in pairs for i in run) or pairs[run[0]] != pairs[run[1]]:
            continue
        name = pairs[run[0]]
        spans = [d for d in data if d[2] == name]
        if len(spans) != 1 or spans[0][1] > values[run[0]].start:
            continue  # the pair of names comes before its numbers
        start, end, _ = spans[0]
        found_ends = {d[1] for d in data} | model_ends
        after = _PARTNER_AFTER.match(sent, end)
        before = _PARTNER_BEFORE.search(sent, max(0, start - 40), start)
        if after is not None and after.end(1) not in found_ends and after.group(1).lower() not in NEVER_NAME:
            del pairs[run[1]]  # D first: the first number is D's
        elif before is not None and before.end(1) not in found_ends and before.group(1).lower() not in NEVER_NAME:
            del pairs[run[0]]


# A number that numbers what it follows: "for dubbing setting [2.0]", "in stage 2", "on Level 3".
_NUMBERED_BEFORE = re.compile(r"\b(?i:setting|version|level|stage|phase|round|track|task|scenario|case|mode|tier)\s+$")
_VALUE_ON_BEFORE = re.compile(r"\d\s*(?:%|pp|points?)?\s+on\s+(?:the\s+)?$")
_ON_MODEL_GAP = re.compile(r"\s*%?\s*on\s+(?:the\s+)?(?P<n>[^,;()]{1,40}?)\s*,\s*(?:and\s+)?")
_RUN_TO_ON = re.compile(r"\s*%?\s*(?:(?:increases?|gains?|improvements?|boosts?|reductions?|decreases?)\s+)?"
                        # ("reductions in median translation and rotation errors on D")
                        r"(?:in|of)\s+(?:(?:median|mean|average)\s+)?"
                        r"[\w@-]+(?:\s+(?:and|&)\s+[\w@-]+)+(?:\s+(?:errors?|scores?|rates?))?\s+"
                        r"(?:(?:for|in)\s+(?:[a-z][\w-]*\s+){1,3})?on\s+(?:the\s+)?")
_SETTING_AND = re.compile(r"\s*%?\s*(?:with|using|under|at)\s+[^,;()\d]{1,40}?(?:\s*\([^()]{1,20}\))?\s+and\s+")
_CAPITAL_WORD_END = re.compile(r"[A-Z][\w-]*\s*$")  # (the end of a long form, before its acronym's bracket)
_VERSUS_BRACKET_OPEN = re.compile(r"\s*%?\s*\(\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*")


def _gains_over_unpaired(sent: str, values: list[_Value], assigned: list[tuple[_Value, str]]) -> bool:
    """Only gains were paired with sets, and the clause states scores before them that were not ("On A and B,
    X reaches 67.1% success and 27.3% reward, exceeding the baseline by [+12.8] and [+8.6] points"): the gains
    are over those scores, which a claim states instead of its gains; which score is on which set is unclear."""
    if not assigned or not all(v.relative for v, _ in assigned):
        return False
    first = min(v.start for v, _ in assigned)
    paired = {v.start for v, _ in assigned}
    return any(not v.relative and v.start not in paired and v.end <= first and v.metric and v.stated
               and ("%" in v.value or "." in v.value) and not _HARD_BREAK.search(sent, v.end, first) for v in values)


def _same_set_settings(sent: str, values: list[_Value], data: list[tuple[int, int, str]], pairs: dict[int, str],
                       elsewhere: set[int], in_data_list: set[int]) -> None:
    """"x on D and y with distillation": the same dataset under another setting, which the clause states."""
    for i in range(1, len(values)):
        v, prev = values[i], values[i - 1]
        if i in pairs or i - 1 not in pairs or i in elsewhere or v.owned or v.start_of or v.relative or prev.relative:
            continue
        j = next((j for j in range(len(data) - 1, -1, -1) if data[j][1] <= v.start), None)
        if j is not None and data[j][2] == pairs[i - 1] and j not in in_data_list and (_SETTING_AFTER.match(
                sent, v.end) and _SETTING_GAP.match(sent[max(data[j][1], prev.end):v.start])  # "On D, x, or [y] with"
                or _FOR_TASK_AFTER.match(sent, v.end) and _FOR_TASK_GAP.fullmatch(sent, prev.end, v.start)):
            pairs[i] = data[j][2]  # (or "on D, with 96.38% accuracy for letter classification and [97.22%] for
            # positional classification": the same set, another task)


# A gain's measure in lower-case words, after a verb of change and before "by" ("improving background continuity by
# [21.6%]"), and the next of a list of them ("..., character consistency by [9.6%]").
_MEASURE_WORDS = r"(?P<m>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
_MEASURE_BY_BEFORE = re.compile(r"\b(?:improv|increas|reduc|decreas|boost|rais|lower|lift|enhanc|cut)\w*\s+"
                                rf"(?:the\s+|its\s+|their\s+)?{_MEASURE_WORDS}\s+{_BY_HEDGED}$")
_MEASURE_BY_NEXT = re.compile(rf"\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+){_MEASURE_WORDS}\s+{_BY_HEDGED}")
# ... but not words for what is improved, or how: "improves it by", "improves the baseline by", "improves greatly by".
_NOT_MEASURE_BY = re.compile(r"\b(?:it|them|this|that|these|those|results?|baselines?|models?|methods?|approach(?:es)?|"
                             r"systems?|state-of-the-art|sota|[a-z]+ly|the|a|an|over|on|in|of|for|with)$"
                             r"|^(?:and|or|to|[a-z]+ing)\b")  # (nor a verb's words: "..., improving B by")
# The head words of a measure written out in lower case: "background continuity", "joint position error".
_MEASURE_HEAD = re.compile(r"\b(?:consistency|continuity|fidelity|quality|accuracy|error|rate|score|precision|recall|"
                           r"robustness|alignment|similarity|correctness|coherence|diversity|realism|faithfulness|"
                           r"validity|naturalness|smoothness|helpfulness|harmlessness|safety|reward|success|coverage|"
                           r"agreement|hallucinations?|performance)$")
# A sentence opening on the model it reports on: "For [Phi-2], this recovers ...", "Notably, for [B], ...".
_FOR_SETTING_OPENS = re.compile(r"\s*(?:(?:[A-Z][a-z]+|In particular|For example|For instance),\s+)?"
                                r"(?:For|for)\s+(?:the\s+)?")
# Between two members of a bracketed list of labelled numbers: "(NFCorpus: +7.0%[, TREC-COVID: ]+1.6%, ...".
_NAMED_ITEM_GAP = re.compile(r"\s*%?\s*,\s*(?:and\s+)?[A-Z][\w.+-]*(?:\s[\w.+-]+){0,2}\s*:\s*")
# Between two margins over two baselines: "by 73% [over ReAct+UE and by ]36% over UAM".
_MARGIN_OVER_GAP = re.compile(r"\s*%?\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?over\s+[^,;()\d]{1,50}?,?\s+and\s+"
                              r"(?:by\s+)?")
# A capitalised name right before the bracket a number opens: "Ineq-Comp-Seed (52.2% ...".
_NAME_BRACKET = re.compile(r"(?<![\w-])([A-Z][\w.+-]*[A-Za-z0-9])\s*\(\s*$")



_SCOPE_OPENING = re.compile(r"^\s*(?:(?:First|Second|Third|Finally|Moreover|Furthermore|Additionally|Notably|Specifically|"
                            r"In particular|For example|For instance),\s+(?:on|in|for|across)|"  # ("First, on D, ...")
                            r"On|In|For|Across|Evaluated on|When evaluated on|Tested on)\s+(?:the\s+)?")
_EXPERIMENTS_ON = re.compile(r"\s*(?:(?:Extensive|Comprehensive|Further|Our)\s+)?(?:[Ee]xperiments|[Ee]xperimental "
                             r"results|[Rr]esults|[Ee]valuations?)\s+on\s+(?:the\s+)?")
_SHOW_THAT = re.compile(r"\s*(?:(?:benchmark|dataset|data set|test set)\s+)?(?:demonstrate|show|reveal|indicate|"
                        r"confirm|verify|suggest)s?\s+that\s")
_SEMICOLON_SCOPE = re.compile(r";\s*(?:on|in|for|across)\s+(?:the\s+)?$")
_SCOPE_CLOSE = re.compile(r"\s*(?:(?:[A-Za-z][\w-]*\s+){0,2}?(?:benchmark|dataset|data set|test set|suite|corpus)"
                          r"\s*)?,\s"
                          r"(?![A-Z][\w.-]*(?:,|\s+(?:and|or)\b))")  # not "Across A, B, and C, ..."
_COORDINATED_BEFORE = re.compile(r"(?:[A-Z][\w.+-]*|\b(?:benchmark|dataset|data set|suite|corpus))\s*(?:,|\band|&)\s*"
                                 r"(?:the\s+)?$")  # (or "the General AI Assistants benchmark and D")


# The list a run of numbers is on, up to "respectively": "... mIoU on [A, B-1, and C], respectively".
_ITEMS_RESPECTIVELY = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:on|across|for)\s+(?:the\s+)?"
                                 r"(?P<items>[A-Z][^;:.()]{0,160}?)(?:\s+(?:datasets|benchmarks))?,?\s+respectively\b")
_RESOLUTION_TAIL = re.compile(r"\s+\d{2,4}\s?[×x]\s?\d{2,4}$")  # "ImageNet 256×256"
_AND_RESOLUTION = re.compile(r"\s+and\s+(?P<res>\d{2,4}\s?[×x]\s?\d{2,4})\b")  # "... 256×256 and 512×512"
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _sets_listed_before(sent: str, data: list[tuple[int, int, str]], at: int, n: int) -> list[str | None] | None:
    """The ``n`` members of the list of sets the sentence opens its numbers' clause with ("on a private cohort and the
    D benchmark", "on outdoor (A) and indoor (B) benchmarks"), each the set found in it or None; None unless some
    members hold a set found and some none (when all are found, the lists pair as they are)."""
    last = max((d for d in data if d[1] <= at), key=lambda d: d[0], default=None)
    if last is None or any(d[0] >= at for d in data):
        return None
    opener = None
    for opener in _SET_LIST_OPENER.finditer(sent, max(0, last[0] - 160), last[0]):
        pass
    close = _SET_LIST_CLOSE.search(sent, last[1], at)
    if opener is None or close is None:
        return None
    members, begin = [], opener.end()
    for sep in _SET_LIST_SEP.finditer(sent, begin, close.start()):
        if sent.count("(", begin, sep.start()) == sent.count(")", begin, sep.start()):  # (not inside a bracket)
            members.append((begin, sep.start()))
            begin = sep.end()
    members.append((begin, close.start()))
    if len(members) != n:
        return None
    names = []
    for lo, hi in members:
        if _NOT_A_SET_MEMBER.search(sent, lo, hi) or len(sent[lo:hi].split()) > 6:
            return None  # "on D and observe that, while A and B reach x and y, respectively": no list of sets
        inside = [d[2] for d in data if lo <= d[0] and d[1] <= hi]
        if len(inside) > 1:
            return None
        if not inside and names and _PART_LABEL.fullmatch(sent, lo, hi):
            inside = names[-1:]  # "On D Part I and II": the second part is of the same set
        names.append(inside[0] if inside else None)
    return names if None in names and any(names) else None


# Where a list of sets before a clause's numbers opens and closes, and what parts it ("Evaluated on a cohort and the D
# benchmark using A, X reaches ...").
_SET_LIST_OPENER = re.compile(r"\b(?:[Oo]n|[Aa]cross)\s+(?:both\s+)?")
_SET_LIST_CLOSE = re.compile(r",|\s+(?:using|with|show|shows|showed|demonstrate|demonstrates|reveal|reveals|confirm|"
                             r"confirms|indicate|indicates)\b|[;:]")
_SET_LIST_SEP = re.compile(r"\s+(?:and|or)\s+")
_PART_LABEL = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[A-Z])")
_NOT_A_SET_MEMBER = re.compile(r"\b(?:that|observe[sd]?|find|found|finds|show[sn]?|showed|demonstrates?|note|see|"
                               r"evaluated?|achieves?|reach(?:es)?|we|it|they)\b")


def _listed_items(sent: str, at: int) -> list[int] | None:
    """Where each item of the capitalised list after the numbers ending at ``at`` starts (the list closed by
    "respectively"); None when there is none or an item is no capitalised name."""
    m = _ITEMS_RESPECTIVELY.match(sent, at)
    if m is None:
        return None
    starts, pos = [m.start("items")], m.start("items")
    for sep in _ITEM_SEP.finditer(sent, pos, m.end("items")):
        starts.append(sep.end())
    return starts if all(sent[i:i + 1].isupper() or sent[i:i + 1].isdigit() for i in starts) else None


def _other_set_between(sent: str, lo: int, hi: int, model_ends: set[int], same: frozenset[int] = frozenset()) -> bool:
    """A name after "on" between ``lo`` and ``hi`` that is no model found: another set the number may be on (not
    "x on PixArt-Σ over the D dataset", the model it runs with; nor the set itself again, starting at one of
    ``same``: "Experiments on D ...: on D, it improves success by [x]")."""
    for on in _ON_CAPITAL.finditer(sent, lo, hi):
        if on.end() - 1 in same or (long_form := _LONG_FORM_THEN_BRACKET.match(sent, on.end() - 1)) is not None \
                and long_form.end() in same:
            continue  # (or its long form: "on the Android-in-the-Wild ([AitW]) benchmark")
        name = _NAME_TOKEN.match(sent, on.end() - 1)
        if name is not None and _METRIC_ONLY.fullmatch(_AVERAGING_SUFFIX.sub("", name.group())):
            continue  # "tying on [AP-micro] (0.636)": the metric the number is in, no set
        if name is None or name.end() not in model_ends:
            return True
    return False


def _on_unfound_after(sent: str, v: _Value, data: list[tuple[int, int, str]], model_ends: set[int]) -> bool:
    """The number's own words go on to "on <a capitalised name>" that no component found (neither a set nor
    a model, "by 2% on LLaVA-1.5"): it is stated there."""
    m = _WORDS_TO_ON.match(sent, v.end)
    if m is None or _ON_METRIC.match(sent, v.end):
        return False
    on = _ON_CAPITAL.match(sent, m.end())
    if on is None or any(d[0] == on.end() - 1 for d in data):
        return False
    name = _NAME_TOKEN.match(sent, on.end() - 1)
    if name is not None and name.group() in ("OOD", "ID") and any(d[0] == name.end() + 1 for d in data):
        return False  # "on the challenging OOD [SimplerEnv] benchmark": which of the set's splits, before its name
    if name is not None and (head := _DESCRIBED_SET_AFTER.match(sent, name.end())) is not None and any(
            d[0] == head.end() for d in data):
        return False  # "80.68% on the SAR VQA benchmark [SARLANG-Bench]": capitals describing the set found after
    if _long_form_of_found(sent, on.end() - 1, data):
        return False  # "87.9% on the Android-in-the-Wild ([AitW]) benchmark": the found set's long form
    return name is None or name.end() not in model_ends


def _long_form_of_found(sent: str, at: int, data: list[tuple[int, int, str]]) -> bool:
    """The capitalised words at ``at`` spell out a set found in the bracket right after them: "on the Massive
    Multitask Language Understanding ([MMLU]) benchmark" is on MMLU, no other set."""
    long_form = _LONG_FORM_THEN_BRACKET.match(sent, at)
    return long_form is not None and any(d[0] == long_form.end() for d in data)


# The words of an analysis that reads the coefficient of determination as a fit, not as a model's score.
_FIT_ANALYSIS = re.compile(r"(?i:\b(?:regressions?|correlat\w*|explain\w*|variance|fit|fits|fitted|linear\w*|"
                           r"pattern|effects?|predict\w*|partial)\b|\bp\s*[<=])")
# A set's long form in capitalised words, then the bracket of its found acronym: "Android-in-the-Wild (", "Massive
# Multitask Language Understanding (".
_LONG_FORM_THEN_BRACKET = re.compile(r"[A-Z][\w.+-]*(?:[\s-]+(?:[A-Z0-9][\w.+-]*|of|in|the|for|and|on|with|to|a)){0,8}"
                                     r"\s*\(")


_DESCRIBED_SET_AFTER = re.compile(r"(?:\s+[A-Z][A-Z0-9]{1,6}){0,3}\s+(?:benchmark|dataset|suite|corpus)\s+")
_SLASH_PAIR = re.compile(r"\s*%?\s*[A-Za-z][\w@.-]{0,11}\s*/\s*")
_PAIRED_BEFORE = re.compile(r"\b[\w-]+\s+and\s+[\w-]+(?:\s+[\w@-]+){0,2}\s+(?:of|are|were|reach|reaching)\s+$")
_FOR_NAME_AND = re.compile(r"\s*%?\s+for\s+[A-Z][^\s,;()]*,?\s+and\s+")
_NAME_TOKEN = re.compile(r"[^\s,;()]*[^\s,;().]")
# "+12.0% on Pass@1 and +13.3% on Cons@5": what the number measures, named after "on", not where.
_ON_METRIC = re.compile(r"\s*%?\s+on\s+(?P<m>[A-Z][A-Za-z]*@(?:\d+|[Kk]))(?![\w@-])")
# "45% on CIRCO (mAP@5) and 57% on CIRR (Recall@1)": the metric bracketed after the set the number is on
_ON_SET_METRIC = re.compile(rf"\s*%?\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?\s*"
                            rf"\((?P<m>(?:(?i:macro|micro|weighted)-)?{_METRIC_CORE})\)")
# ... or named "in terms of" after it: "outperforms LARP by 25% on UCF-101 in terms of rFVD"
_ON_SET_IN_TERMS = re.compile(rf"\s*%?\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?"
                              rf"(?:\s+(?:dataset|benchmark))?,?\s+in\s+terms\s+of\s+(?:the\s+)?"
                              rf"(?P<m>{_METRIC_CORE})(?![\w@-])")
# "x in VisionReward", "x (MGH)": a coined name (two capitals, or a capital and a digit) right after the number
_IN_NAMED = re.compile(r"\s*%?\s*(?:[a-z][\w-]*\s+){0,2}?(?:(?P<prep>in|on)\s+(?:the\s+)?|\(\s*)"
                       r"(?=(?P<name>[A-Z][\w.-]*[A-Z0-9][\w.+-]*)(?:\s*\)|[\s,;.]))")  # (and "(FF++)")


def _named_unfound_after(sent: str, v: _Value, data: list[tuple[int, int, str]], model_ends: set[int]) -> bool:
    """The number's words go on to a coined name that is no set found, nor a metric or a qualifier ("92.1% in
    STT": a short acronym after "in" names a metric), nor a model found after "on" or in brackets (what the
    method runs on, "by 2% on LLaVA-1.5", or whose number it is): the number is stated there ("0.335 in
    VisionReward"), not on the set of the list it is in."""
    m = _IN_NAMED.match(sent, v.end)
    if m is None or any(d[0] == m.end() for d in data):
        return False
    name = m.group("name")
    model = m.end() + len(name) in model_ends
    metric = bool(_METRIC_ONLY.fullmatch(name) or _QUALIFIER_ONLY.fullmatch(name) or _SPREAD.fullmatch(name)
                  or _COINED_SCORE.fullmatch(name)) or m.group("prep") is None \
        and _spells(name, sent[v.end:m.start("name")])  # "84.0% balanced accuracy (BAcc)": the metric's acronym
    # (nor a spread's label: "85% accuracy (SEM = 0.4)")
    if m.group("prep") == "in":
        return not metric and (model or not (name.isupper() and len(name) <= 5))
    return not metric and not model


_QUALIFIER_ONLY = re.compile(_QUALIFIER)
# A score the paper or its field coins, one word ending in "Score": "an improvement of 43% in ABPScore".
_COINED_SCORE = re.compile(r"[A-Z][\w-]+Score")
# A capitalised name right after a number, closing a list member: "+2% SCars,", "+4% Aircraft)".
_BARE_NAME_AFTER = re.compile(r"\s*%?\s*(?P<name>[A-Z][\w.-]*[A-Za-z0-9])(?=\s*[,;)]|\s+and\s|\s*$)")


def _on_bare_unfound(sent: str, v: _Value, data: list[tuple[int, int, str]]) -> bool:
    """The number is followed right away by a name no component found, nor a metric: "(+5% CUB, [+2%] SCars)"."""
    m = _BARE_NAME_AFTER.match(sent, v.end)
    return m is not None and not any(d[0] == m.start("name") for d in data) and not (
        _METRIC_ONLY.fullmatch(m["name"]) or _QUALIFIER_ONLY.fullmatch(m["name"]) or _SPREAD.fullmatch(m["name"]))


def _rivals_on_the_claims_set(sent: str, values: list[_Value], pairs: dict[int, str]) -> None:
    """"a RULER score of 76.03 and the highest average on LongBench, surpassing LCEG ([72.24]), ...": the
    rivals' bracketed numbers are compared with the claim's number, so they are on its set, not on the set
    named last before them when that set has no number of its own in the sentence."""
    claimed = {pairs[k] for k, w in enumerate(values) if k in pairs and not w.owned}
    for i, v in enumerate(values):
        if i not in pairs or not v.owned or pairs[i] in claimed or not sent[:v.start].rstrip().endswith("("):
            continue
        claim = next((k for k in range(i - 1, -1, -1) if k in pairs and not values[k].owned), None)
        if claim is not None and _RIVALS.search(sent, values[claim].end, v.start) and not _CLAUSE_BREAK.search(
                sent, values[claim].end, v.start):
            pairs[i] = pairs[claim]


# A bare number listed before one with its unit: "gains of 5 and [10 points] on A and B, respectively" (the
# first member shares the unit, so the list has more members than the numbers read).
_BARE_MEMBER_BEFORE = re.compile(r"(?<![\w.\-/@])\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+)?|and\s+)$")  # (not "AP@0.5 and")


def _bare_member_before(sent: str, values: list[_Value], i: int) -> bool:
    """A number that the numbers read do not hold is listed right before number ``i``."""
    m = _BARE_MEMBER_BEFORE.search(sent, max(0, values[i].start - 30), values[i].start)
    return m is not None and not any(v.start <= m.start() < v.end for v in values)


# "a DPG score of [86.7]": a name's score, right before the number.
_SCORE_OF_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w.+-]*[A-Z0-9][\w.+-]*)[- ]scores?\s+(?:of\s+|=\s*|:\s*)?$")


def _named_score_before(sent: str, v: _Value, data: list[tuple[int, int, str]]) -> bool:
    """The number is the score of a coined name that is no set found nor a known metric, in a sentence that
    gives a set found its score the same way ("a DPG score of 86.7 and a GenEval score of 0.79"): its own
    set's, not that set's. (Alone, "a HOTA-Temporal score of x on D" names a metric.)"""
    m = _SCORE_OF_BEFORE.search(sent, max(0, v.start - 60), v.start)
    if m is None or any(d[1] == m.end("name") for d in data) or not any(
            _NAMED_METRIC_AFTER.match(sent, d[1]) for d in data):
        return False
    name = m.group("name")
    return not _METRIC_ONLY.fullmatch(name) and f"{name} score".lower() not in metric_table().by_alias


_WORD_START = re.compile(r"[A-Za-z]\w*")
_AND = re.compile(r"\band\b")


# After a model named right after "on": the base a gain is read on ("by 24.2% on the Qwen2.5-VL baseline").
_BASE_AFTER = re.compile(r"\s+(?:baselines?|backbones?|(?:base\s+)?models?)\b")


def _on_model_base(sent: str, at: int, model_ends: set[int]) -> bool:
    """The name at ``at`` (right after "on") is a model the sentence names, called the base of the run ("on the
    Qwen2.5-VL baseline"): no other set."""
    name = _NAME_TOKEN.match(sent, at)
    return name is not None and name.end() in model_ends and _BASE_AFTER.match(sent, name.end()) is not None


def _on_other_set(sent: str, v: _Value, model_ends: set[int], values: list[_Value],
                  data: list[tuple[int, int, str]]) -> bool:
    """The number is stated on another set than those found ("x on a held-out split", "x for Zorb"), not for or on
    a model the sentence names ("(+13.44% for Qwen3-8B, ...)": the gain with that backbone; "improving D by +8.8
    points on GPT-5.5"), unless an earlier number stands on a set the same way ("by 50% on A and by 42% on [SGD]":
    a set, whatever else the name is)."""
    other = _ON_OTHER.match(sent, v.end)
    if other is None:
        return False
    if _DESCRIBED_PART.search(sent, other.start(), other.end()) and (frame := _FRAME.match(sent)) is not None and any(
            d[0] == frame.end() for d in data):
        return False  # "On Cybench, it attains a [15.0%] success rate in unguided tasks": tasks of the set it opens on
    word = sent[other.start():other.end()].strip().lower()
    if word.startswith("for") and _DEFINED_PART.match(sent, other.end()) and not any(
            other.end() <= d[0] < other.end() + 40 for d in data):
        return False  # "Dice of 85.06% for Whole Tumor (WT)": a part of the set, defined there, not another set
    if _long_form_of_found(sent, other.end(), data):
        return False  # "87.9% on the Android-in-the-Wild ([AitW]) benchmark"
    name = _NAME_TOKEN.match(sent, other.end())
    if name is None or name.end() not in model_ends:
        return True
    if word.startswith("for"):
        return False
    return not word.startswith("on") or any(
        _VALUE_ON.fullmatch(sent, w.end, d[0]) for w in values if w.end <= v.start for d in data)


# Tasks or settings described in lower case, no set's name: "in unguided tasks".
_DESCRIBED_PART = re.compile(r"\b(?:in|on)\s+(?:[a-z][\w-]*\s+){1,4}(?:tasks?|settings?|scenarios?)\b")
_POINTS_UNIT = re.compile(r"\s(?:percentage\s+)?points?$|\s?pp$")
_BARE_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
# From a claim to the bare number a compared model's bracket gives: "(FactCC of 87.50) over strong baselines like
# BART (".
_OVER_COMPARED_BRACKET = re.compile(r"\s*%?\s*\)?\s*,?\s*(?:over|than|outperform\w*|surpass\w*|compared\s+(?:to|with))"
                                    r"\s+[^()%\d;]{1,80}\(\s*")
# A level each number of a pair is read at: "37.47% weighted F1 at the run level and [44.6%] at the subject level".
_AT_LEVEL = re.compile(r"\s*%?\s+(?:at|for)\s+the\s+[\w-]+[- ]level\b")
_AT_LEVEL_GAP = re.compile(r"\s*%?\s+[^,;()]{0,40}?(?:at|for)\s+the\s+[\w-]+[- ]level\s*(?:,\s*(?:and\s+)?|and\s+)")
_ON_ITEM_GAP = re.compile(r"\s*%?\s+on\s+(?:the\s+)?[^,;()]{1,40}?\s*(?:,\s*(?:and\s+)?|and\s+)")
_FOR_ITEM_GAP = re.compile(r"\s*%?\s+for\s+[^,;()]{1,40}?(?:\s*\([^()]{1,12}\))?(?:\s+[a-z][\w-]*)?"
                           r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_DEFINED_PART = re.compile(r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,3}\s*\([A-Z]{2,4}\)")
_VALUE_ON = re.compile(r"\s*%?\s*(?:\([^()]{0,40}\)\s*)?(?:[\w@-]+\s+){0,2}?on\s+(?:the\s+)?")


def _spells(acronym: str, words: str) -> bool:
    """Do the capitals of ``acronym`` spell the initials of the last words before it ("BAcc", "balanced accuracy")?"""
    capitals = [ch.lower() for ch in acronym if ch.isupper()]
    initials = [w[0].lower() for w in _WORD_START.findall(words)]
    return len(capitals) >= 2 and initials[-len(capitals):] == capitals
# (plain words: no coordination, comparison, "respectively" or verb in the past: "19% accuracy improved on X")
# ("across" only before other sets: "x across eight lesion classes on D" is on D, "x across five tasks on D" not)
_WORDS_TO_LATER_ON = re.compile(r"\s*%?\s*(?:(?!(?:and|or|but|while|whereas|which|that|than|over|compared|vs|"
                                r"respectively)\b|across\s+(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks|data sets|"
                                r"corpora|suites|tasks|domains|languages|settings)\b|[\w-]+ed\s)[\w-]+\s+){1,8}?"
                                r"on\s+(?:the\s+)?")

# "by [18.7%] on geometry problem-solving tasks in MathVista": the tasks of the set named after them
# (or its items: "of 0.79 mm on six specimens from the DeepFluoro dataset")
_ON_TASKS_IN = re.compile(r"\s*%?\s*(?:[A-Za-z][\w@-]*\s+){0,2}?on\s+(?:\d+\s+|all\s+|the\s+)?"
                          r"(?:[A-Za-z][\w-]*\s+){0,4}?(?:tasks?|problems|questions|"
                          r"subsets?|splits?|specimens|samples|images|videos|cases|scans|subjects|patients|sequences|"
                          r"scenes)\s+"
                          r"(?:in|of|from)\s+(?:the\s+)?")

# (or the set bracketed after its task: "a 7.8% improvement in the grounding task (Multi3DRefer)")
_TASK_BRACKET = re.compile(r"\s*%?\s*(?:[a-z][\w-]*\s+){0,2}?(?:in|on|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                           r"(?:task|benchmark|setting)\s*\(\s*")

# (or the set whose labelled share it was trained with: "+15.5 mAP with 5% Cityscapes labeled data")
_WITH_SHARE_OF = re.compile(r"\s*%?\s*(?:[\w@.-]+\s+)?with\s+(?:just\s+|only\s+)?\d+(?:\.\d+)?\s?%\s+(?:of\s+)?"
                            r"(?:the\s+)?(?=\S+(?:\s+\S+){0,2}\s+(?:labell?ed|annotated|training)\b)")

# (or across a bracketed alternative: "47.9% single-scale (48.9% multi-scale) mIoU on ADE20K", for both numbers)
_ASIDE_TO_ON = re.compile(r"\s*%?\s*(?:(?!(?:and|or|but|while)\b)[\w-]+\s*){0,4}?(?:\([^()]{1,40}\)|\))\s*"  # (or "1.76
                          # with just one step (NFE=1) on D")
                          r"(?:(?!(?:and|or|but|while)\b)[\w@-]+\s+){0,2}?on\s+(?:the\s+)?")

# (or across the budget it was reached with: "90% accuracy with just 0.7% KV storage on D", "at 4.5 GMACs on D")
_BUDGET_TO_ON = re.compile(r"\s*%?\s*(?:(?!(?:and|or|but|while|than|over|vs)\b)[\w-]+\s+){0,3}?(?:with|using|at)\s+"
                           r"(?:just\s+|only\s+|merely\s+)?\d+(?:\.\d+)?\s?[%x\u00d7]?\s+"
                           r"(?:(?!(?:and|or|but|while|than|over|vs)\b)[\w-]+\s+){0,3}?on\s+(?:the\s+)?")

_TO_LATER_SET = (_WORDS_TO_LATER_ON, _ON_TASKS_IN, _TASK_BRACKET, _WITH_SHARE_OF, _ASIDE_TO_ON, _BUDGET_TO_ON)


def _later_set(sent: str, v: _Value, data: list[tuple[int, int, str]], listed: set[int]) -> str:
    """The set the number's own clause goes on to, in plain words: "x <words> on <a set found>", not the first of a
    list of sets ("" if none)."""
    m = next((m for pattern in _TO_LATER_SET if (m := pattern.match(sent, v.end)) is not None), None)
    if m is None:
        return ""
    long_form = _LONG_FORM_THEN_BRACKET.match(sent, m.end())  # (or its long form: "on the Android-in-the-Wild (AitW)")
    return next((d[2] for j, d in enumerate(data) if (d[0] == m.end() or long_form and d[0] == long_form.end())
                 and j not in listed and not _listed_on(sent, d[1])), "")  # (nor "on A, <a name not found>")


def _listed_on(sent: str, end: int) -> bool:
    """The set that ends at ``end`` is the first of a list whose next member is a name: "on A, Zorbland datasets"."""
    listed = _LIST_ON.match(sent, end)
    return listed is not None and _NAME_START.match(sent, listed.end()) is not None


# (or a metric's words: "0.7953 Macro-F1 on ZqMag")
_WORDS_TO_ON = re.compile(rf"\s*%?\s*(?:(?:[a-z][\w-]*|(?:{_QUALIFIER}-)?{_METRIC_CORE})\s+){{0,3}}?(?=on\s)")


def _lone_dataset(sent: str, data: list[tuple[int, int, str]]) -> bool:
    """The sentence names one dataset, never in a list with another capitalised name ("on D and E")."""
    return len({d[2] for d in data}) == 1 and not any(
        _COORDINATED.match(sent, d[1]) or _COORDINATED_BEFORE.search(sent, max(0, d[0] - 40), d[0]) for d in data)


def _last_on(data: list[tuple[int, int, str]], end: int) -> int:
    """The first data mention after character ``end``."""
    return next((j for j, d in enumerate(data) if d[0] >= end), len(data) - 1)


# "GPT-5-mini scores highest at 40.93%": the verb, not a metric
_SCORES_VERB = re.compile(r"(?i:scor(?:es|ed|ing))\s+(?:highest|best|lowest|worst|higher|lower|better|worse)\b")


# A number labelled by a capitalised name of no metric ("0.74 GenEval"), after a number labelled by its metric
_NAME_LABEL_AFTER = re.compile(r"\s+(?!(?:on|in|at|for|and|or|with|of)\b)[A-Z][\w-]*[A-Za-z0-9](?=\s|[,;/).]|$)")
_METRIC_LABEL_BEFORE = re.compile(rf"\d\s?%?\s+{_METRIC_CORE}\s*(?:,|/|and|,\s*and|with)\s*$")
# The measure of an operating point, after "at a": "from x to y at an FMR [of 0.0001%] on A and from z to [w] on B"
_POINT_OF_AFTER = re.compile(r"(?:\s*\([^()]{1,10}\))?\s*(?:of|=|≤|<=?)\s*[+]?\d")


def _clause_metric(sent: str, start: int, end: int) -> str:
    """The last metric written between ``start`` and ``end`` (with its qualifiers), or "" (not one of the labels of
    a closed bracket's numbers: "(BLEU: 24.60, chrF: 29.16), followed by B at [24.87]" is not chrF; nor the
    measure of an operating point, "at an FMR of 0.0001%")."""
    last = next((x for x in reversed(list(_METRIC_ONLY.finditer(sent, start, end)))
                 if not x.group(0).lower().startswith("point") and not _SCORES_VERB.match(sent, x.start())
                 and not _labels_in_closed_bracket(sent, x.end(), end)
                 and not (_POINT_OF_AFTER.match(sent, x.end()) and _AT_POINT_BEFORE.search(sent, 0, x.start()))), None)
    return _with_qualifiers(sent, last.start(), last.group(0)) if last else ""


def _labels_in_closed_bracket(sent: str, at: int, end: int) -> bool:
    """The metric ending at ``at`` labels a number in a bracket of two or more labelled numbers that closes before
    ``end``: a row of scores ("(BLEU: 24.60, chrF: 29.16)"), each label its own number's."""
    if _LABELS_NEXT.match(sent, at) is None:
        return False
    opened, shut = sent.rfind("(", 0, at), sent.find(")", at, end)
    return opened >= 0 and shut >= 0 and sent.rfind(")", opened, at) < 0 and len(
        _LABELS_NEXT.findall(sent, opened, shut)) >= 2


def _clause_start(sent: str, at: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(sent, 0, at):
        start = m.end()
    return start


def _in_same_run(runs: list[list[int]], values: list[_Value], a: _Value, b: _Value) -> bool:
    ia, ib = values.index(a), values.index(b)
    return any(ia in run and ib in run for run in runs)


# A bracket that opens right after a name and glosses it, up to the next name: "A (a fine-tuned version of [B]".
_GLOSSED_BEFORE = re.compile(r"\s*\((?:an?|the)\s[^()]*")


_POSSESSED_START = re.compile(r"'s\s+[+]?\d+(?:\.\d+)?\s?%?\s+(?:to|->|→)\s+")  # "from X's 4.6% to "


def _model(sent: str, at: int, models: list[tuple[int, int, str]], own: str, value_ends: tuple[int, ...] = (),
           relative: bool = False) -> str:
    """The Model named in the clause before the value, unless compared against; else the paper's own."""
    if (" across " in sent or " among " in sent) and _AVERAGED_OVER_AFTER.match(sent, at):
        return ""  # "evaluate nine models, including A and B, observing high average rates ([80.8%]) across them"
    if not relative and (sent.find("which", max(0, at - 60), at) >= 0 or sent.find("that", max(0, at - 60), at) >= 0):
        scored = [m[2] for m in models if at - 60 <= m[1] < at and _RELATIVE_SCORE.fullmatch(sent, m[1], at)]
        if scored:
            return scored[-1]  # "outperforming GPT-4o, which scored [71.0]": the name the relative clause is about
    clause_start = _clause_start(sent, at)
    if _SUBJECTLESS_WHILE.match(sent, clause_start):  # "A reaches x on D, while maintaining [y] on E": the clause
        clause_start = _clause_start(sent, clause_start - len(" while"))  # has no subject; A's is the one before
    inside = [m for m in models if clause_start <= m[0] < at and not _in_closed_aside(sent, m[0], at)]
    if not relative and sent[at:at + 1] not in "+-\u2212" and (outdone := _OUTDONE_BRACKET.search(
            sent, max(clause_start, at - 120), at)) is not None \
            and not _VERSUS_IN_BRACKET.match(sent, at) and not any(  # (not "(98.06% vs. 97.80%)", nor a gain)
                _OWN_BRACKET.match(sent, m[1], at) or _POSSESSED_NUMBER.fullmatch(sent, m[1], at) for m in inside):
        named = [m[2] for m in inside if outdone.start("np") <= m[0] and not _CLASS_OF_AFTER.match(sent, m[1])]
        return named[-1] if named else ""  # "surpassing GPT-4 based evaluators ([0.521])": the outdone ones' number,
        # unnamed; "surpassing TSN alone ([0.77])", "our WALT reproduction ([45.2%])": the named outdone one's
    baseline = _BASELINE_VALUE.search(sent, clause_start, at)
    if baseline and not any(m[0] >= baseline.start() for m in inside):
        return ""  # "surpassing the original model's score of 18.93": an unnamed baseline's number
    approached = _APPROACHED_BRACKET.search(sent, clause_start, at) if sent.rfind("(", clause_start, at) >= 0 \
        else None  # (the pattern ends on an open bracket: most clauses have none, and the search is per number)
    if approached and not any(m[0] >= approached.start() for m in inside) and not _VERSUS_IN_BRACKET.match(sent, at):
        return ""  # "an AUROC of 0.805, closely approaching the performance of real follow-up scans (AUROC [0.819])":
        # the unnamed reference's number (not "comparable to it ([85.3] vs 86.1)", the claim beside the reference's)
    if any(_REACHED_BY_THEM_LIST.fullmatch(sent, m.end(), at)
           for m in _UNNAMED_SUBJECT.finditer(sent, max(0, clause_start - 120), at)):
        return ""  # "with CLIP, an improvement over prior approaches that reached only [24%]": theirs (and "the
        # baseline model, which scored 0.083 and [0.043]": a clause of its own, and its list)
    if "best" in sent or "top" in sent or "strongest" in sent:
        best = None
        for best in _BEST_UNNAMED_REACHING.finditer(sent, max(0, clause_start - 60), at):
            pass
        if best is not None and not any(best.end() <= m[0] < at for m in models) and sum(
                1 for m in models if m[1] <= best.start()) >= 2:
            return ""  # "including A and B, with the best model reaching an F1 score of [67]": which one, unnamed
    unnamed = _UNNAMED_IMPROVED_TO.search(sent, max(clause_start, at - 120), at) if " to " in sent[
        max(0, at - 12):at] else None
    if unnamed is not None and not any(unnamed.start() <= m[0] < at for m in models):
        return own  # "boosting A by 13.8%, B by 16.8%, and improving a vanilla 7B model from 14.1% to [23.9%]": the
        # method's number on a model it does not name, not that of one named before
    outdone_from = len(inside)
    for k in range(len(inside) - 1, -1, -1):
        if k >= outdone_from:
            continue
        start, end, name = inside[k]
        if sent.startswith("'s", end) and sent.endswith("from ", 0, start) and (
                owned := _POSSESSED_START.match(sent, end)) is not None and owned.end() <= at:
            continue  # "lifts A's pass@1 from TTRL's 4.6% to [16.4%]": the start is TTRL's, the end is not
        if name != own and sent.endswith(("our ", "Our "), 0, start) and _OURS_MADE_WITH.match(sent, end):
            return own  # "our [GRPO]-aligned policy model achieves 68.9%": the paper's model, made with the name
        if _WITH_SUBJECT_BEFORE.search(sent, max(0, start - 12), start) and _VERB_AFTER_NAME.match(sent, end):
            return name  # "All variants outperform the baseline (29.0%), with [DeWin] achieving [48.5%]", "A and B
            # outperform their predecessors, and [A] in particular maintains [0.7 F1]": a new subject
        if _NAME_METRIC_OF.fullmatch(sent, end, at):
            return name  # "versus the strong baseline Qwen3 F-1 score of [38.56]": the name's own number
        if _BACKBONE_AFTER.match(sent, end) and _BUILT_ON_BEFORE.search(sent, max(0, start - 40), start):
            continue  # "Our best-performing model, built upon an extended [LoRATv2] backbone, ... achieving x": what the
            # model is built on, not the model
        if _MADE_FROM_ASIDE.search(sent, max(0, start - 40), start) and sent.startswith(",", end):
            continue  # "Our top-performing model, distilled from [Llama3-8B-Instruct], achieves x": what the subject is
            # made from, in an aside, not the subject
        if _FEATURES_AFTER.match(sent, end) and _FROM_FEATURES_BEFORE.search(sent, max(0, start - 30), start):
            continue  # "generates fluent captions from [ResNet50] features with ROUGE-L scores up to 0.52": what it
            # reads, not who scores
        if _NAMES_THE_VALUE.fullmatch(sent, end, at) or any(_UNIT_GAP.fullmatch(sent, e, start) for e in value_ends) \
                or _metric_brought_to(sent, start, end):
            continue  # "an average BPCER of 0.09% and [APCER] of [1.2%]", "-30.69% [MSS], and [-46.40%] NE", "reduces
            # [SDLogJ] to [0.11]": the name is a number's metric
        if _PREDICATE_KIND_BEFORE.search(sent, max(clause_start, start - 50), start) and _KIND_HEAD_AFTER.match(sent, end):
            continue  # "VLU-Net is the first all-in-one [DUN] framework and outperforms ... by 3.74 dB": the kind the
            # subject is said to be, not a subject
        before_k = k
        while before_k and _KIND_COMPOUND.match(sent, inside[before_k - 1][1]):
            before_k -= 1  # "outperforms [ResNet]-based methods like CLIP": a kind named by a model is no new subject
        since = inside[before_k - 1][1] if before_k else clause_start
        if (bracket := _OWN_BRACKET.match(sent, end, at)) is not None and not (
                relative and ("(" not in bracket.group() and _COMPARED.search(sent, since, start)
                              or _COMPARED_BEFORE.search(sent, clause_start, start))):
            return name  # "baselines such as GPT-4o (Average Score 15.6)", "compared to CLIP with 0.746": that
            # model's number (not the gain of "A outperforms B with a [60%] improvement", nor "A improves over B
            # (+9.4% on D)": the subject's)
        if k and _GLOSSED_BEFORE.fullmatch(sent, inside[k - 1][1], start) and ")" in sent[end:at]:
            continue  # "our WebResummer-30B (a ReSum-GRPO-trained version of [WebSailor-30B]) achieves x": the
            # bracket says what the name before it is made from; that name is the subject
        since = max((e for e in value_ends if since <= e <= start), default=since)  # "A improves from
        # x to y, B from ...": a number after the cue ends what it says of the next name
        first = k  # "outperforms CLIP and Transformer": every member of a compared list is compared (and the name a
        # name right before qualifies: "outperforms a Pix2Pix [cGAN] baseline")
        # (not past a list "and" closed, to the subject after its comma: "rivaling models like A and B, [C] achieves x")
        closed = k >= 2 and sent[inside[k - 1][1]:start].strip() == "," and _VERB_AFTER_NAME.match(sent, end) \
            and _AND_OR.search(sent, inside[k - 2][1], inside[k - 1][0]) is not None
        while first and not closed and (NAME_LIST_GAP.match(_MEMBER_SETTING.sub("", _NAME_NOTE.sub(
                "", sent[inside[first - 1][1]:inside[first][0]], 1))) or inside[first][0] - inside[first - 1][1] == 1):
            first -= 1
        listed_since = max((e for e in value_ends if (inside[first - 1][1] if first else clause_start) <= e
                            <= inside[first][0]), default=inside[first - 1][1] if first else clause_start)
        if _POSSESSED_NUMBER.fullmatch(sent, end, at):
            return name  # "surpassing GPT-5's [93.2%]", "exceeding RoBERTa's performance ([89.5%])": the possessor's
        if (_COMPARED.search(sent, since, start) or first < k and _COMPARED.search(
                sent, listed_since, inside[first][0])) and (
                    not sent.startswith("'s", end) or _OUTDONE_RIGHT_BEFORE.search(sent, max(since, start - 24), start)):
            continue  # "outperforms the strong (CLIP)": compared against (and "match CLIP's performance", whose
            # possessive is the compared one's, not "improves CLIP's accuracy")
        if k and sent.startswith("-", inside[k - 1][1]) and _BASE_COMPOUND_TAIL.fullmatch(
                sent, inside[k - 1][1] + 1, start) and _COMPARED.search(
                    sent, max(inside[k - 2][1] if k > 1 else clause_start, inside[k - 1][0] - 24), inside[k - 1][0]):
            continue  # "versus BPE-based [GPT-2-fa] (12% better compression), 5.4pp gain": the compound compared
        if _VERSUS_BRACKET.search(sent, max(0, start - 80), start) and 0 <= sent.find(")", end) < at:
            continue  # "a rFID of 0.38 (versus 0.87 for [B]) and an accuracy of x": B is the bracket's
        if relative and _BY_GAIN.fullmatch(sent, end, at) and _OUTDOING.search(sent, 0, start):
            outdone_from = first
            continue  # "A surpasses B by 28% on D and [C] by [37%] on E": C is outdone too (and "C and D by x" both)
        if relative and k and _BY_NUMBER_AFTER.match(sent, end) and _OUTDOING.search(sent, 0, start):
            continue  # "A outperforms B by 11.2 points, [C] by 6.1 points, and reduces EPE by [12.37%]": C, outdone
            # in the list, is no subject of the verb after it
        if _TRAINING_AFTER.match(sent, end) and _WITH_TRAINING_BEFORE.search(sent, max(since, start - 24), start):
            continue  # "using only a 3D ResNet-18 with vanilla [CLIP] training, including 83.8% AUC": the recipe the
            # subject is trained with
        if _AS_AID_AFTER.match(sent, end) or _RUN_KIND_AFTER.match(sent, end):
            continue  # "with GPT-5-mini as the teacher, achieving gains of x": a model the subject is helped by
            # (and "We conduct SFT and [DPO] experiments and show that fine-tuning ... achieves x": a kind of run)
        if (said := _REPORTED_THAT.search(sent, end, at)) is not None and _NOUN_SUBJECT.match(sent, said.end()):
            continue  # "Experiments with [LLaMa3-8B] backbones demonstrate that CoT prompting improves F1 by +6.0": the
            # clause after "that" has a subject of its own
        if k == 0 and sent.startswith(",", end) and _OPENING_WITH.fullmatch(sent, 0, start):
            continue  # "With deepseek-v4-flash, incremental repair improves D from 80% to [95%]": the backbone the
            # sentence's results are read with, not its subject
        if k == 0 and _OPENING_AFTER.fullmatch(sent, 0, start) and _RUN_TO_COMMA.match(sent, end):
            continue  # "After [PPO] fine-tuning, WAM achieves 92.8%": the step the subject went through, not it
        if sent.endswith(("w/o ", "without "), max(since, start - 8), start):
            continue  # "reduces gFID w/o [CFG] from 27.98 to 14.80": the setting left out, not the subject
        if k and inside[k - 1][1] == start - 2 and sent[start - 2:start] == " (" and sent.startswith(")", end):
            continue  # "YOLOv8m (SGD) achieved x": what the model before was run with, in brackets after its name
        if " across " in sent and any(m.start() < start < m.end()
                                      for m in _ACROSS_MODEL_LIST.finditer(sent, clause_start, at)):
            continue  # "delivering gains on RULER across Qwen, Mistral, and [Llama] models (up to [25 points])": the
            # models the subject runs with, not the subject
        if k and _ACROSS_INCLUDING.search(sent, inside[0][1], start):
            continue  # "We evaluate A across five backbones, including B and [C], ..., achieving x": A's, run on them
        if _BUILT_ON.search(sent, since, start) or k and sent.endswith(" under ", 0, start) or any(
                _WITH_AFTER_VALUE.fullmatch(sent, e, start) for e in value_ends if e <= start):
            continue  # (and "A under [B]": B is the harness A runs in; "x with [B]": B is x's setting)
        if relative and since in value_ends and _AND_GAP.fullmatch(sent, since, start) and _COMPARED.search(
                sent, clause_start, start):
            continue  # "A outperforms B by 5% and [C] by 7%": the verb left out still compares C
        if _NUMBER_BRACKET.search(sent, max(0, start - 70), start) and _BRACKET_END.match(sent, end):
            continue  # "from 2.11 (CLIP) to [0.30]": the bracket names whose the number before it is
        if relative and (_IMPROVED_CUE.search(sent, since, start) and not _FOR_SETTING_OPENS.fullmatch(
                sent, 0, start) or k and NAME_LIST_GAP.match(
                sent[inside[k - 1][1]:start]) and _IMPROVED_CUE.search(sent, inside[k - 2][1] if k > 1 else clause_start,
                                                                       inside[k - 1][0])):
            continue  # "A improves B's accuracy by 7.3%": the gain is A's (and "A improves B and [C]'s performance";
            # not "For [Phi-2], this recovers +6.0 EM points": the model the sentence opens on is its setting)
        if not relative and k and _IMPROVE_VERB_BEFORE.search(sent, inside[k - 1][1], start) and _IMPROVED_CUE.search(
                sent, since, start) and _from_to_end(sent, at):
            continue  # "COCA raises the accuracy of [ViT-Base] on D from 51.7% to [64.5%]": where the change ends is
            # the subject's, with B (B's start is B's)
        if relative and _VALUE_ON_BEFORE.search(sent, max(0, start - 24), start):
            continue  # "A lifts accuracy by +4.0 pp on [B], [+7.1 pp] on C": B is the base of the gain before
        if not k and _OWN_SUBJECT_OPENS.match(sent, clause_start) and _USED_BY_OWN.search(
                sent, max(since, start - 70), start):
            continue  # "Our framework leverages [ViT]'s ability ..., achieving x": what the subject uses, not it
        if (k or _OWN_SUBJECT_OPENS.match(sent, clause_start)) and _OBJECT_OF_VERB.search(
                sent, max(since, start - 40), start) or relative and k and \
                _OBJECT_GAIN_GAP.fullmatch(sent, inside[k - 1][1], start) and _OBJECT_OF_VERB.search(
                    sent, max(0, inside[k - 1][0] - 40), inside[k - 1][0]):
            # (and "boosting A by 9.1% on D and [B] by [18.7%] on E": B, like A, is what the subject boosts)
            continue  # "A ... accelerates [B] and MLLMs, achieving 67.0% on D", "A ... on [B], outperforming others by
            # 7.1%": B is what A acts on, not the subject
        if k and sent[inside[k - 1][1]:start] == " with " and _BACKBONE_FAMILY.match(name):
            continue  # "Mask R-CNN with [ResNet-50] fine-tuned from ... weights is the most effective strategy,
            # achieving x", "U-Net++ with [EfficientNet-B3] achieved": the backbone the model before is built with (not
            # "Qwen3-14B with AEPO achieves", the method the model runs with)
        if k and _PART_HEAD_AFTER.match(sent, end):
            continue  # "Mask R-CNN with a ResNet-101 [FPN] backbone, achieved x": the part, not the model measured
        if k and sent.startswith(")", end) and _BRACKETED_AFTER_SET.search(sent, max(0, start - 60), start):
            continue  # "DuSAR reaches 37.1% success on ALFWorld ([Llama3.1-70B]) ... and [4.02%] on Mind2Web": the
            # backbone a number was read with, not the subject of the next
        if k and name != own and sent.startswith("-", end) and _BASE_COMPOUND_TAIL.match(sent, end + 1):
            continue  # "we propose NeuralSBS, a [HuBERT]-backed model achieving x": the base of the model before
        if k and _BY_FINE_TUNING.search(sent, max(since, start - 20), start):
            continue  # "A, obtained by fine-tuning [B] on D, improves ... to 0.74" ("A, fine-tuned from [B], achieved"):
            # B is what A was made from
        if k and name != own and _WITH_BEFORE.search(sent, max(since, start - 24), start) and any(
                m[2] == own for m in inside[:k]):
            continue  # "Adapting [A] to D with [B] yields 54.0": B, not the paper's own, is the backbone of its A
        owned_measure = _POSSESSED_MEASURE.match(sent, end)
        measured_from = owned_measure.end() if owned_measure else end + 1
        if not relative and (owned_measure is not None or sent.startswith(" ", end)) and (
                _FROM_TO.fullmatch(sent, measured_from, at) or _FROM_TO_AGAIN.fullmatch(sent, measured_from, at)) \
                and (improved := [
                j for j, (s0, e0, _) in enumerate(inside[:k + 1]) if _IMPROVED_CUE.search(sent, 0, s0) and (
                    _FROM_AFTER.match(sent, e0) or _ON_FROM_AFTER.match(sent, e0))]) and (
                improved[-1] == k or _GAPPED_START.search(sent, max(0, start - 12), start)):
            outdone_from = improved[0]
            continue  # "it improves (the accuracy of) A from x to [y]": the subject's number, with A; "... and [B] from
            # z to [w]": B, like A, is what the subject improves
        if name == own and sent.startswith("-", end) and _OWN_COMPOUND_TAIL.match(sent, end + 1):
            return name  # "ACP-powered generalist systems reach [28.3%]": systems built on the paper's own, its number
            # (not "CLIP-based detectors reach x": others' systems, unnamed)
        plural = _PLURAL_SUBJECT.search(sent, end, at)
        if plural and sent[end:plural.start()].strip() and not _OWN_WORDS.search(sent, end, plural.end()) and \
                not _OUTPERFORMS.search(sent, end, plural.start()):  # "A outperforms neural models with [x]": A's
            return ""  # "combining A with B helps, with recurrent models achieving [47.5%]": unnamed models' number
        if _PRONOUN_SUBJECT.search(sent, end, at):
            return own  # "for Qwen3-8B, it improves ...": the subject is the paper's own
        return name
    unnamed = _unnamed_subject_at(sent, clause_start, at)
    if unnamed is not None and not _OWN_WORDS.search(sent, unnamed.start(), at) and (
            not _OWN_WORDS.search(sent, clause_start, unnamed.start())
            or _VERB_AFTER_SUBJECT.match(sent, unnamed.end())
            or _FOUND_THAT.search(sent, max(clause_start, unnamed.start() - 40), unnamed.start())):
        return ""  # "Human annotators achieve 91%", "existing methods reach 70.1%": nobody named (and "We
        # introduce D and show ...: human annotators achieve [84.0]", where "we" opens the sentence, not the clause;
        # not "our models achieve strong performance among unified systems: [0.85] on D")
    code = next(_CODE_SUBJECT.finditer(sent, clause_start, at), None)
    if code is not None and own and not code["n"].startswith(own[:3]) and metric_family(code["n"]) is None:
        return ""  # "In contrast, the cache-based TDA achieves a lower accuracy of [67.97%]": another method, which
        # no component found, is the subject (not the paper's own)
    if _FOR_COMPARISON.match(sent) and not _OWN_WORDS.search(sent, 0, at):
        return ""  # "As a comparison, Cube R-CNN adds 3 datasets ..., increases IoU from 36.2 to [37.8]": another's
    return own


# The paper's model as a subject: a verb of results after it, or a relative clause ("we train A-7B, which sets"), and
# no preposition or comparison before it ("the principles of A, which achieves", "outperforming A on D").
_OWN_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:which|that)\s|\s+(?:also\s+|further\s+|then\s+|even\s+|consistently\s+)?"
                                rf"(?:{alternation('results.result_verbs')}|improv|outperform|surpass|exceed|beat|"
                                r"boost|lift|rais|reduc|lower|match)")
_OWN_OBJECT_BEFORE = re.compile(r"(?i:\b(?:of|using|with|from|than|over|to|by|for|on|in|against|outperform\w*|"
                                r"surpass\w*|exceed\w*|beat\w*|vs\.?|versus)\s+(?:the\s+)?$)")
# The models a result is taken across: "gains on D across Qwen, Mistral, and Llama models".
_ACROSS_MODEL_LIST = re.compile(r"\bacross\s+(?:the\s+)?(?:[A-Z][\w.+-]*,\s+)+(?:and\s+|or\s+)?[A-Z][\w.+-]*\s+"
                                r"(?:models|LLMs|VLMs|MLLMs|backbones|families|architectures|series)\b")
# The models a named subject is run across, listed by example: "across five top-tier backbones, including".
_ACROSS_INCLUDING = re.compile(r"\b(?:across|with|using|over|on)\s+(?:[\w-]+\s+){0,4}?(?:backbones?|(?:base\s+)?models?|"
                               r"M?LLMs?|VLMs?|architectures?|families)\s*,?\s*(?:including|such as|e\.g\.,?|like)\s")
# A name in what the subject is said to be: "VLU-Net is the first all-in-one [DUN] framework".
_PREDICATE_KIND_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?$")
_KIND_HEAD_AFTER = re.compile(r"(?:[\s-]+[a-z][\w-]*)?[\s-]+(?:frameworks?|methods?|models?|approach(?:es)?|"
                              r"architectures?|networks?|paradigms?|pipelines?|famil(?:y|ies)|variants?)\b")
_CLASS_OF_AFTER = re.compile(r"[\s-](?:based|style|like)\b")  # "GPT-4 based evaluators": a class, unnamed
# A name's possessive, then its number, or its measure and the bracket: "GPT-5's [93.2%]", "RoBERTa's performance
# ([89.5%])".
_POSSESSED_NUMBER = re.compile(r"['’]s\s+(?:(?:[a-z][\w-]*\s+){0,3}\(\s*|(?:of\s+|at\s+)?)")
_OUTDONE_RIGHT_BEFORE = re.compile(r"(?i:\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|match(?:es|ed|ing)?|"
                                   r"rival\w*|than|over)\s+(?:the\s+)?$)")
# A number alone in the bracket after what the claim outdoes (not a margin: "outperforms B by 5% (x vs. y)").
# (the later members of a list of them too: "outperforming A (60.0%) and B ([77.0%])"; not a set's bracket: "surpass
# CLIP in pass@1 on the Human Eval benchmark test ([90.9%])")
_OUTDONE_BRACKET = re.compile(r"(?i:\b(?:surpass\w*|outperform\w*|beat(?:s|ing)?|exceed\w*|ahead\s+of|"
                              r"doubling\s+(?:the\s+)?(?:performance|score|accuracy|success(?:\s+rate)?)\s+of)\s+"
                              r"(?:[^,;()]{1,80}\(\s*\d[\d.]*\s*%?\s*\)\s*(?:,\s*(?:and\s+)?|and\s+))*"
                              r"(?![^,;()]*\b(?:by|on|in|across)\b)(?P<np>[^,;()]{1,80})\(\s*)$")
# A sentence that opens on what the paper's work is set against: "As a comparison, ...", "For comparison, ...".
_FOR_COMPARISON = re.compile(r"\s*(?:As a|For|By|In) comparison\b")


# The rest of a clause opened by "while" with a participle, no subject of its own: "..., while maintaining".
# (and after an adverb: "while substantially increasing the success rate by [17.25%]")
_SUBJECTLESS_WHILE = re.compile(r"(?<=\bwhile)\s+(?:still\s+|also\s+|[a-z]+ly\s+)?[a-z]+ing\b")
# A correlation's symbol right before its number, in the bracket after the metric's name: "(r = 0.975", "(ρ=0.81".
# A measure no table knows, named in a bracket before "of" its value: "(FactCC of [87.50])" (not "(Quill: [0.82])").
_BRACKET_NAMED_MEASURE = re.compile(r"\(\s*(?P<m>[A-Z][A-Za-z][\w@.+-]{1,14})\s+of\s+$")
# A test statistic's symbol: a p-value, Cohen's d, t, z, a sample size.
_TEST_STATISTIC_BEFORE = re.compile(r"(?<![\w@.-])(?:p|d|t|z|n|N|Cohen's\s+d)\s*(?:[=<>≤≥]|<=|>=)\s*$")
_STATISTIC_SYMBOL_BEFORE = re.compile(r"\(\s*(?:Pearson(?:'s)?\s+|Spearman(?:'s)?\s+)?[rρτκ]\s*=\s*$")
_CORRELATION_WORD = re.compile(r"(?i:correlat|pearson|spearman|kendall|kappa|agreement)")
# "in Concordance Correlation Coefficient (CCC)": a metric's long form after "in", then its acronym; the long form
# ends on a measure's head word (not "in Visual Question Answering (VQA)", a task).
_IN_SPELLED_METRIC = re.compile(r"\s*%?\s*(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?(?P<lf>(?:[A-Za-z][\w-]*\s+){1,5}?)"
                                r"\((?P<m>[A-Z][A-Za-z0-9@-]{1,10})\)")
_METRIC_HEAD = re.compile(r"(?i:\b(?:score|coefficient|rate|accuracy|error|precision|recall|distance|index|ratio|"
                          r"similarity|measure)\s*$)")
# An acronym the word "metric" names after the number: "(+6.1% in FD metric on D)".
_IN_NAMED_METRIC = re.compile(r"\s*(?:in|on)\s+(?:the\s+)?(?P<m>[A-Z][\w@-]{0,10})\s+metric\b")
_UNIT_GAP = re.compile(r"\s*%?\s*")  # between a number and a name written right after it
# A reference the claim comes near, its number first in the bracket after it: "approaching the performance of real
# scans (AUROC [0.819]", "close to the oracle ([0.819]".
_APPROACHED_BRACKET = re.compile(r"(?i:\b(?:approach(?:ed|ing)|match(?:ed|ing)|close\s+to|comparable\s+(?:to|with)|"
                                 r"on\s+par\s+with|rival(?:ed|ing|ling)|nearing)\s+(?:that\s+of\s+|the\s+"
                                 r"(?:performance|accuracy|results?|scores?)\s+of\s+)?[^,;()\d]{1,60}?\(\s*"
                                 # (the bracket's later members too: "(AUROC: 0.819, AUPRC: [0.393])")
                                 r"(?:[A-Za-z][\w@.-]*\s*[:=]?\s*\d[\d.]*\s*%?\s*[,;]\s*)*"
                                 r"(?:[A-Za-z][\w@.-]*\s*[:=]?\s*)?)$")
_VERSUS_IN_BRACKET = re.compile(r"[^()]{0,24}?\b(?:vs\.?|versus)(?=\s)")
# A recipe or objective a name gives a run: "with vanilla CLIP training", "via DPO fine-tuning".
_WITH_TRAINING_BEFORE = re.compile(r"\b(?:with|using|via|through)\s+(?:(?:vanilla|standard|plain|simple|regular|"
                                   r"conventional|the)\s+)?$")
_TRAINING_AFTER = re.compile(r"\s+(?:pre-?training|training|fine-?tuning|distillation|objectives?|loss(?:es)?)\b")
# A model named with the part it plays for the subject: "with GPT-5-mini as the teacher", "using X as a judge", "a
# baseline distilled from a X teacher".
# A method named as the kind of experiments or training run: "We conduct SFT and DPO experiments".
_RUN_KIND_AFTER = re.compile(r"\s+(?:experiments?|training\s+runs?|ablations?)\b")
_AS_AID_AFTER = re.compile(r"\s+as\s+(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+)?(?:teachers?|judges?|evaluators?|"
                           r"annotators?|graders?|critics?|verifiers?|reward\s+models?|labell?ers?|oracles?|"
                           r"backbones?|base\s+models?|encoders?|decoders?|retrievers?|simulators?|"
                           r"user\s+simulators?|planners?|supervisors?)\b"
                           r"|\s+teachers?\b")  # (or named before the part: "distilled from a Llama-3.1 70B teacher")
# A relative clause that gives a name its own score: "slightly outperforming GPT-4o which scored [71.0]".
# (a citation may stand between: "ADaPT (Prasad et al., 2024), which achieves")
_RELATIVE_SCORE = re.compile(r"(?:\s*\([^()]{1,40}\d{4}[a-z]?\))?"
                             r"\s*,?\s*(?:which|that)\s+(?:only\s+|also\s+|still\s+)?(?:scored|scores|achieved|"
                             r"achieves|reached|reaches|obtained|obtains|attained|attains)\s+(?:only\s+|just\s+)?"
                             r"(?:an?\s+|the\s+)?(?:[A-Za-z][\w@-]*\s+){0,3}?(?:of\s+)?")
_WITH_SUBJECT_BEFORE = re.compile(r"[,;]\s+(?:with|and|while|whereas)\s+$")
_AND_OR = re.compile(r"\b(?:and|or)\b")
_VERB_AFTER_NAME = re.compile(r"(?:\s+(?:in\s+particular|alone|also|still|even|only))?\s+"
                              rf"(?i:{alternation('results.result_verbs')}|maintain(?:s|ed|ing)?)\b")
_NAME_METRIC_OF = re.compile(rf"\s+(?:{_METRIC_CORE})(?:[- ]scores?)?\s+(?:of|=|:)\s*")  # "Qwen3 F-1 score of [x]"
_BACKBONE_AFTER = re.compile(r"\s+(?:backbones?|encoders?|base\s+models?)\b")
_BUILT_ON_BEFORE = re.compile(r"\b(?:built\s+(?:up)?on|based\s+on|on\s+top\s+of|upon)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
_MADE_FROM_ASIDE = re.compile(r",\s*(?:(?:distill|fine-?tun|initiali[sz]|train|deriv|adapt)ed\s+(?:from|on)|"
                              r"(?:built|based)\s+(?:up)?on)\s+(?:an?\s+|the\s+)?$")
_FEATURES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:features|embeddings|representations|activations)\b")
_FROM_FEATURES_BEFORE = re.compile(r"\b(?:from|of|on|using|with)\s+(?:the\s+)?"
                                   r"(?:(?:frozen|pre-?trained|fine-?tuned)\s+)?$")
_NAMES_THE_VALUE = re.compile(r"\s+of\s+(?:up to\s+|about\s+|only\s+|just\s+)?")
# Another problem the words before a number describe, after the set: "and excels in a real-world MFC anode structure
# problem with [97%] accuracy".
# After a number, an unnamed set it is stated on: "[0.747] Pearson correlation with the proxy on a held-out test set".
_ON_UNNAMED_SET_AFTER = re.compile(r"[^.;,()\d]{0,60}?\bon\s+an?\s+(?:[\w-]+\s+){0,3}?(?:test\s+|evaluation\s+)?"
                                   r"(?:set|split|dataset|benchmark|corpus)\b")
_BUT_ALSO = re.compile(r"\bbut\s+also\b")
_DESCRIBED_OTHER = re.compile(r"\b(?:in|on)\s+an?\s+(?:[\w-]+\s+){0,6}?(?:problem|application|scenario|case\s+study|"
                              r"use\s+case|deployment)s?\b")
# A code-like name, after its determiner, as the subject of a result verb: "the cache-based TDA achieves".
_CODE_SUBJECT = re.compile(r"\b(?i:the|an?)\s+(?:[\w-]+\s+){0,2}?(?P<n>[A-Z][A-Za-z0-9]*[A-Z][\w.+-]*)\s+"
                           r"(?:only\s+|also\s+|still\s+)?(?:achiev|reach|obtain|attain|yield|deliver)\w*\s")
_METRIC_AT = re.compile(rf"(?<![\w@-])(?P<m>{_METRIC_CORE})\s+at\s+$")
# A number taken over the models the sentence listed: "rates (80.8%) across them".
# (not "STAB raises the rate from 50.43% to [73.45%] on average across open-source LLMs": the subject's, over the
# backbones it runs with)
_AVERAGED_OVER_AFTER = re.compile(r"[+-]?\d[\d.]*\s?%?\s*\)?\s*(?:on\s+average\s+)?(?:across|among)\s+(?:them|these|"
                                  r"all\s+of\s+them)\b")
# A bracket opened right after a number's set: "37.1% success on ALFWorld (".
_BRACKETED_AFTER_SET = re.compile(r"\d\s?%?\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?[A-Z][\w.+-]*"
                                  r"(?:\s[\w.+-]+){0,2}\s*\($")
_BASE_COMPOUND_TAIL = re.compile(r"(?:backed|based|powered|initiali[sz]ed)\s")
# A participle joined to a name that "our" opens: what the paper's own model is made with ("our GRPO-aligned").
_OURS_MADE_WITH = re.compile(r"-[a-z]+ed\s+[a-z]")
_OWN_COMPOUND_TAIL = re.compile(r"(?:powered|based|enhanced|augmented|equipped|driven|integrated)\b")
_FOR_ACRONYM = re.compile(r"\s*%?\s*for\s+([A-Z][A-Z0-9]{1,5})\b")


_DASH = re.compile(r"\s(?:--|—|–)\s")


_NOUN_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?!(?:and|or|with|of|on|in|by|to|for|from|than|over)\s)[a-z]{3,} \($")
_PARTS_IN_BRACKET = re.compile(r",|\band\b|\s\+\s|→|->")
_EXAMPLE_MARK = re.compile(rf"\s*(?:{_EXAMPLE_CUE}\s*,?\s*)?")  # (one example is a member)


def _in_closed_aside(sent: str, start: int, at: int) -> bool:
    """The name at ``start`` is inside a dashed aside that closes before ``at``: "ODS augments any LLM -- for
    example, [DeepSeek-R1] that achieves 82.4% -- to achieve 88.3%" (88.3% is not the example's), or in a
    bracket of numbers that closes before it: "(23.9 -> 39.6; ahead of [Gemini 2.5 Pro]), +6.9 pp on D ([46.2])", or
    among the parts an unnamed whole's bracket lists."""
    opened = sent.rfind("(", 0, start)
    if opened >= 0 and sent.find(")", opened, start) < 0 and 0 <= (shut := sent.find(")", start)) < at and (
            sent.find(";", opened, start) >= 0 and any(c.isdigit() for c in sent[opened:start])
            or _NOUN_BEFORE_BRACKET.search(sent, max(0, opened - 30), opened + 1)
            and _PARTS_IN_BRACKET.search(sent, _EXAMPLE_MARK.match(sent, opened + 1).end(), shut)):
        return True  # (or the parts of an unnamed whole, in a bracket after its noun: "a cascade mechanism (Phi-4 ->
        # [GPT-OSS], k=5) achieves x", "two baselines (A and [B]) achieved x": the number is the whole's; not "the
        # strongest models (e.g., [GPT-4o]) achieve x", the one example's)
    if "-- " not in sent and "—" not in sent and "–" not in sent:
        return False
    dashes = [d.start() for d in _DASH.finditer(sent)]
    return sum(1 for d in dashes if d < start) % 2 == 1 and any(start < d < at for d in dashes)


def _for_defined_part(text: str, sent: str, end: int) -> bool:
    """"[92.59] for WT" where the paper defines "whole tumor (WT)" in lower case: the score of a part or region
    the acronym stands for, not of another, unfound set."""
    acronym = _FOR_ACRONYM.match(sent, end)
    return acronym is not None and re.search(rf"\b[a-z][a-z-]+\s*\({acronym.group(1)}\)", text) is not None


def _unnamed_subject(sent: str, start: int, end: int) -> bool:
    """An unnamed subject in ``sent[start:end]`` that is not what a comparison is over ("improvements over strong
    baselines, achieving gains of x" are the paper's own gains)."""
    return _unnamed_subject_at(sent, start, end) is not None


def _unnamed_subject_at(sent: str, start: int, end: int) -> re.Match[str] | None:
    """The last such unnamed subject in ``sent[start:end]``, if any."""
    found = [m for m in _UNNAMED_SUBJECT.finditer(sent, start, end)
             if not _COMPARED.search(sent, max(start, m.start() - 25), m.start())
             and not _COMPARED_LIST_BEFORE.search(sent, max(start, m.start() - 60), m.start())]
    return found[-1] if found else None


# ... or the verb of a relative clause about it: "over prior approaches that reached only [24%]".
_REACHED_BY_THEM = re.compile(rf"\s*,?\s+(?:that|which|who)\s+(?:only\s+|just\s+|still\s+)?"
                              rf"(?i:{alternation('results.result_verbs')})\s+(?:only\s+|just\s+|merely\s+)?"
                              r"(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?of\s+)?")
_REACHED_BY_THEM_LIST = re.compile(_REACHED_BY_THEM.pattern + r"(?:[+-]?\d[\d.]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+))*")
# An unnamed subject's own verb of a result: "human annotators [achieve]", "the best agent only [reaches]".
_VERB_AFTER_SUBJECT = re.compile(rf"\s+(?:only\s+|also\s+|still\s+)?(?i:{alternation('results.result_verbs')})\b")
# What "we" report, with a subject of its own: "We find that [humans] significantly outperform o1-preview".
_FOUND_THAT = re.compile(r"\b(?:find|found|show|showed|shown|observe|observed|see|note)\s+that\s+(?:the\s+)?$")


# The numbers either side of "vs.", to tell which is better (see _worse_first).
_NUMBER_AFTER_VERSUS = re.compile(r"\s*%?\s*(?:vs\.?|versus)\s*([+-]?\d+(?:\.\d+)?)")
_LEADING_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_NUMBER_BEFORE_END = re.compile(r"([+-]?\d+(?:\.\d+)?)\s*%?$")


def _worse_first(v: _Value, after: str) -> bool:
    """"x vs. y" where x is the worse of the two in the number's metric (a higher accuracy, a lower error): written
    after the verb of outdoing, x is then the outdone one's, not the subject's."""
    other = _NUMBER_AFTER_VERSUS.match(after)
    first = _LEADING_NUMBER.match(v.value)
    if other is None or first is None or not v.metric or metric_family(v.metric) is None:
        return False
    x, y = float(first.group()), float(other.group(1))
    return x > y if lower_is_better(v.metric) else x < y


def _owner(sent: str, v: _Value, models: list[tuple[int, int, str]], prev_end: int = -1, own: str = "") -> str:
    """The named model a stated number is written with: "GPT-4V (56.8%)", "TETFN: 0.324", "CLIP, which
    reaches 53.2%", "82% by GPT-4", "80.1% for CLIP", or the compared model of "outperforms CLIP ...
    (65.1 vs. 62.8)". Such a number is a score, of that model. In "A outperforms the larger B (x vs. y)"
    x is the subject's: A, or the paper's own model (``own``) after "we", "ours" or "our agent"."""
    if v.relative:
        return ""  # "by 3% for CLIP": a gain, whose model the clause tells
    # (a name taken for the metric says nothing of which number is better: "ADE surpasses DeBERTa (98.06% vs. 97.80%)")
    named_metric = bool(v.metric) and (v.metric == own or any(name == v.metric for _, _, name in models))
    if named_metric:
        models = [m for m in models if m[2] != v.metric]  # "image quality (IQ: [0.523])": the label is the metric
    if prev_end >= 0 and _VERSUS.fullmatch(sent, prev_end, v.start):
        clause_start = _clause_start(sent, v.start)
        compared = [name for start, end, name in models if clause_start <= start and end <= v.start
                    and (_COMPARED_BEFORE.search(sent, clause_start, start) or _MATCHED_BEFORE.search(
                        sent, clause_start, start) or _OUTDONE_INCLUDING.search(sent, max(0, start - 160), start))]
        if compared and (before := _NUMBER_BEFORE_END.search(sent, max(0, prev_end - 16), prev_end)) is not None and \
                not named_metric and _OUTDOING.search(sent, clause_start, prev_end) and \
                _worse_first(v._replace(value=before.group(1)), sent[prev_end:v.end]):
            compared = []  # "outperforms a DLP baseline (68.8% vs. [93.0%] accuracy)": the better number, the subject's
        if compared:
            return compared[-1]
    for start, end, name in reversed(models):
        if end <= v.start and _AT_AFTER_NAME.fullmatch(sent, end, v.start) and _FOLLOWED_BY.search(sent, 0, start):
            return name  # "A reaches x, followed by B at [y] and C at [z]": a ranking's members, each with its score
        if end <= v.start and _STANDS_AT.fullmatch(sent, end, v.start):
            return name  # "while GPT-4o trails at [61.59%]"
        if end <= v.start and sent.startswith(",", end) and _COMMA_IN_BRACKET.fullmatch(sent, end, v.start) and \
                _WORD_BRACKET_BEFORE.search(sent, max(0, start - 12), start):
            return name  # "surpassing the best results ([Qwen-72B], [57.8%] F1)": the bracket's model and its number
            # (not "such as 4D-Dress (MPJPE-All, 33.0%)": a set's bracket, of its metric)
        if end <= v.start and _AT_IN_BRACKET.fullmatch(sent, end, v.start) and _BRACKET_OPENS_BEFORE.search(
                sent, max(0, start - 16), start):
            return name  # "outperforming the strongest baseline ([GPT-4V] with MMD-Agent at [74.0%] F1)": the bracket's
        if end <= v.start and (_LABELLED_AFTER_NAME.fullmatch(sent, end, v.start) or _LABELLED_IN_NAME_BRACKET.fullmatch(
                sent, end, v.start) and not _VERSUS_NUMBER.match(sent, v.end)) and sent[:start].rstrip().endswith("("):
            return name  # "surpassing the state of the art (U-VLM, macro F1 = [0.414])": the bracket's model's score
            # (and "(BART: micro-F1 = [0.80], macro-F1 = [0.76])": each labelled member of the model's bracket)
        if end <= v.start and _OWNER_BEFORE.fullmatch(sent, end, v.start):
            clause_start = _clause_start(sent, start)
            cue = _VERSUS_NUMBER.match(sent, v.end) and (_COMPARED_BEFORE.search(sent, clause_start, start)
                                                         or _MATCHED_BEFORE.search(sent, clause_start, start))
            if cue and not named_metric and _OUTDOING.search(sent, clause_start, start) and _worse_first(
                    v, sent[v.end:v.end + 24]):
                return name  # "Sentinel outperforms a content-only DLP baseline ([68.8%] vs. 93.0% accuracy)": the
                # worse number first, the outdone one's
            if cue:  # the subject: named before the comparison, or the paper's own in its own words
                subject = own if _own_subject(sent[clause_start:cue.start()]) else ""
                return next((n for s, e, n in reversed(models) if clause_start <= s and e <= cue.start()), subject)
            if _VERSUS_NUMBER.match(sent, v.end) and (
                    outdone := _OUTDONE_INCLUDING.search(sent, max(0, start - 160), start)) is not None:
                # "A outperforms all baselines on D, including [B] (x vs y)": x is A's, in the clause before
                subject = own if _own_subject(sent[:outdone.start()]) else ""
                return next((n for s, e, n in reversed(models) if e <= outdone.start()), subject)
            # "second only to ReMA with [GPT-5] ([17.62%])": the system the named model runs in is measured
            return next((n for s, e, n in models if sent[e:start] == " with " and n != name), name)
    for start, end, name in models:
        if start >= v.end and not _INSIDE_WORD.match(sent, end) and _OWNER_AFTER.fullmatch(sent, v.end, start) \
                and not _DATA_HEAD.match(sent, end):
            return name
        if start >= v.end and _NAME_BRACKET_BEFORE.fullmatch(sent, v.end, start) and _BRACKET_CLOSE.match(sent, end):
            return name  # "the top models achieve 80.42% (Gemini 2.5 Pro), 79.84% (GPT-4.1)": the bracket is whose
    return ""


_NEXT_RUN_GAP = re.compile(r"\s*%?\s+(?:on|in)\s+(?:the\s+)?[^,;()]{1,40}?,?\s+and\s+")


_RESPECTIVELY_AFTER_VALUE = re.compile(r"\s*%?\s*,?\s*(?i:respectively)\b")


def _listed_owners(sent: str, values: list[_Value], owners: list[str], models: list[tuple[int, int, str]],
                   data: list[tuple[int, int, str]]) -> list[str]:
    """"A, B and C reach x, y and z (on D)": a list of named models as the subject of the verb that states
    as many numbers owns them member by member. Not when the sentence also lists as many datasets
    (which list "respectively" pairs is unclear), nor for a list of compared models ("outperforms A and B")."""
    model_runs = [r for r in _lists(sent, models, NAME_LIST_GAP) if len(r) >= 2
                  and len({models[j][2] for j in r}) == len(r)
                  and not (len(r) == 2 and sent[models[r[0]][1]:models[r[1]][0]].strip() == ","
                           and _SETTING_PREP_BEFORE.search(sent, max(0, models[r[0]][0] - 12), models[r[0]][0]))]
    # (not "with A, B achieves x and y": a setting's model, then the subject)
    if not model_runs:
        return owners
    data_lengths = {len(r) for r in _lists(sent, data, NAME_LIST_GAP)}
    out = list(owners)
    # "scores of [x] and [y] for A and B, respectively": the list after the numbers, member by member
    for run in _lists(sent, [(v.start, v.end) for v in values], _LIST_GAP_VALUES):
        after = _FOR_LIST_AFTER.match(sent, values[run[-1]].end) if len(run) >= 2 else None
        owner_run = next((r for r in model_runs if after and models[r[0]][0] == after.end()), None)
        if owner_run is not None and len(owner_run) == len(run) and _RESPECTIVELY.match(
                sent, models[owner_run[-1]][1] + 2 if sent.startswith(", ", models[owner_run[-1]][1])
                else models[owner_run[-1]][1] + 1):
            for i, j in zip(run, owner_run, strict=True):
                out[i] = models[j][2]
    # "fine-tuning with A and B on D yields gains of [x] and [y] respectively": the models the work runs with, listed
    # before, member by member (the one list of as many models; no list of as many sets)
    for run in _lists(sent, [(v.start, v.end) for v in values], _LIST_GAP_VALUES):
        if len(run) < 2 or len(run) in data_lengths or any(out[i] for i in run) or not \
                _RESPECTIVELY_AFTER_VALUE.match(sent, values[run[-1]].end):
            continue
        before = [r for r in model_runs if len(r) == len(run) and models[r[-1]][1] <= values[run[0]].start]
        if len(before) == 1 and _SETTING_PREP_BEFORE.search(sent, max(0, models[before[0][0]][0] - 12),
                                                             models[before[0][0]][0]):
            for i, j in zip(run, before[0], strict=True):
                out[i] = models[j][2]
    done: list[tuple[list[int], list[int]]] = []  # (the run of numbers, the run of its subject models)
    for run in _lists(sent, [(v.start, v.end) for v in values], _LIST_GAP_VALUES):
        relative = {values[i].relative for i in run}
        if len(run) < 2 or len(run) in data_lengths or len(relative) > 1 or any(
                out[i] or values[i].start_of for i in run):
            continue
        first = values[run[0]].start
        clause = _clause_start(sent, first)
        subject = next((r for r in reversed(model_runs) if len(r) == len(run) and models[r[0]][0] >= clause
                        and models[r[-1]][1] <= first), None)
        # (gains through a verb over unnamed others: "A and B outperform the instruct models by [x] and [y]")
        gap = _LIST_GAIN_GAP if True in relative else _LIST_SUBJECT_GAP
        # ("A and B achieved a [x] and [y] improvement": a result verb, the gains theirs too)
        if subject is not None and sent.startswith(")", models[subject[-1]][1]) and _EXAMPLES_OPEN_BEFORE.search(
                sent, max(0, models[subject[0]][0] - 16), models[subject[0]][0]) and _LIST_SUBJECT_GAP.fullmatch(
                sent, models[subject[-1]][1] + 1, first):
            pass  # "the strongest models (e.g., A and B) achieve only [x] and [y]": the examples, each with its number
        elif subject is None or not (gap.fullmatch(sent, models[subject[-1]][1], first) or True in relative and
                                   _LIST_SUBJECT_GAP.fullmatch(sent, models[subject[-1]][1], first) or (
                # "raising A and B to [x] and [y] accuracy": the models raised, each to its number
                True not in relative and _RAISED_LIST_GAP.fullmatch(sent, models[subject[-1]][1], first)
                and _RAISING_BEFORE.search(sent, max(0, models[subject[0]][0] - 24), models[subject[0]][0]))):
            # "A and B reach x and y on D and [z] and [w] on E": the same subjects' next run, on its own set
            subject = next((owned for prev, owned in done if len(prev) == len(run)
                            and _NEXT_RUN_GAP.fullmatch(sent, values[prev[-1]].end, first)), None)
            if subject is None and _RESPECTIVELY_AFTER_VALUE.match(sent, values[run[-1]].end):
                # "while A and B reach ..., they still fall short, with F1 scores of [x] and [y], respectively":
                # the list the pronoun stands for, member by member
                subject = next((r for r in reversed(model_runs) if len(r) == len(run) and models[r[-1]][1] <= first
                                and _THEY_BETWEEN.search(sent, models[r[-1]][1], first)), None)
            if subject is None and _RESPECTIVELY_AFTER_VALUE.match(sent, values[run[-1]].end) and len(
                    same := [r for r in model_runs if len(r) == len(run)]) == 1 and models[same[0][-1]][1] <= first:
                # "The results indicate that GPT-4o and Claude 3.7 surpass human pass thresholds (70%), with average
                # accuracies of [82%] and [83%], respectively": the one list of as many models, opening the sentence
                said = max((m.end() for m in _SAID_THAT.finditer(sent, 0, models[same[0][0]][0])), default=0)
                opening = sent[said:models[same[0][0]][0]]
                subject = same[0] if not opening.strip(" ,") or _REPORT_OPENING.fullmatch(opening) or (
                    _PLURAL_BRACKET_OPENING.fullmatch(opening) and sent.startswith(")", models[same[0][-1]][1])) else None
                # (or the list bracketed after the plural subject: "Modern CNN backbones (ResNet-50 and ConvNeXt-Tiny)
                # provided the strongest baselines, with QWK up to [0.919] and [0.914], respectively")
            if subject is None:
                continue
        said = max((m.end() for m in _SAID_THAT.finditer(sent, clause, models[subject[0]][0])), default=clause)
        # ("... improve both tasks, e.g., A and B achieved x and y": an example opens the subjects' own clause)
        said = max((m.end() for m in _EXAMPLE_OPENS.finditer(sent, said, models[subject[0]][0])), default=said)
        if _COMPARED.search(sent, said, models[subject[0]][0]) and not _RELATIVE_OPENS.match(
                sent, models[subject[-1]][1]):
            continue  # (what the subject list is compared with; not "tested against this benchmark, and found that";
            # but "outperforming models such as A and B that achieve [x] and [y], respectively": theirs)
        for i, j in zip(run, subject, strict=True):
            out[i] = models[j][2]
        done.append((run, subject))
    return out


def _gain_for(sent: str, v: _Value, models: list[tuple[int, int, str]]) -> str:
    """The model a gain is stated for when the clause names no other: "a 10-point gain on D for the
    public CLIP model"."""
    after = next((name for start, end, name in models if start >= v.end and not _INSIDE_WORD.match(sent, end)
                  and _GAIN_FOR.fullmatch(sent, v.end, start)), "")
    if after:
        return after
    # "improve accuracy on D for M by [7.2%]", "improves the accuracy of M on D by [7.2%]": the model the gain
    # is for, between a gain verb and the value
    return next((name for start, end, name in reversed(models) if end <= v.start
                 and _GAIN_FOR_BEFORE.search(sent, 0, start) and _BY_AFTER.fullmatch(sent, end, v.start)), "")


def _gains_over(sent: str, v: _Value, models: list[tuple[int, int, str]]) -> bool:
    """The sentence's first named model outperforms others by the gain ``v`` ("A outperforms B by [36%]"):
    its claim, on the set the sentence carries."""
    first = next((m for m in models if m[0] < v.start), None)
    return first is not None and not _CLAUSE_OPENER.search(sent, 0, first[0]) and \
        _GAIN_OVER.fullmatch(sent, first[1], v.start) is not None


# Words that make a name's clause a subordinate one: "Unlike A, which outperforms B by 3%, ...".
_CLAUSE_OPENER = re.compile(r"(?i:\b(?:unlike|while|whereas|although|though|if|when|compared (?:to|with)|than|"
                            r"like|as|since|because|where)\b)")


def _named_subject(sent: str, v: _Value, models: list[tuple[int, int, str]]) -> bool:
    """A named model is the subject of the verb that states the number, in the number's own clause
    ("..., while CLIP achieves [0.85]")."""
    clause_start = _clause_start(sent, v.start)
    return any(clause_start <= start and (_SUBJECT_GAP.fullmatch(sent, end, v.start)
                                          or _OUTDOES_WITH_GAP.fullmatch(sent, end, v.start)) or (
        _BEST_APPOSED.search(sent, 0, start) and (harness := _UNDER_HARNESS.match(sent, end)) is not None
        and _SUBJECT_GAP.fullmatch(sent, harness.end() + 1, v.start)) for start, end, _ in models)


# A bracket that compares with the name: "(versus 0.87 for [B])", "(+2.9 pp vs. A, +6.6 pp vs. [B])".
_VERSUS_BRACKET = re.compile(r"\((?:[^()]*\s)?(?:versus|vs\.?|compared (?:to|with))\s[^()]*$")
# "x with [B]", "x on D with [B]": B is x's setting (backbone), no owner of the numbers after it.
_WITH_AFTER_VALUE = re.compile(r"\s*%?\s*(?:on\s+[^,;()]{1,40}?\s+)?(?:with|using)\s+(?:the\s+)?")
# The harness a named model runs in, before the comma that closes it: "the strongest, A[ under B], reaches".
_UNDER_HARNESS = re.compile(r"(?:\s+under\s+[^,;()]{1,40}?)?(?=,)")


# The best of a field, then its name between commas: "the best model, X, reaches", "the best, X, achieves"
# (or "the best system, OpenAI's X, reaches").
_BEST_APPOSED = re.compile(r"(?i:\bthe\s+(?:best|strongest|top)(?:[\w-]*)(?:\s+(?:[\w-]+\s+){0,2}?(?:models?|systems?|"
                           r"agents?|LLMs?|VLMs?|MLLMs?|methods?|performers?|one))?),\s+(?:[A-Z][\w.-]*'s\s+)?$")


# A named model as the subject that itself moves from a number to another: "CLIP advances from [x] to y".
_AND_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "from x to [y] over its best alternative": y is the score reached; "over" names what it is compared with.
_OVER_AFTER = re.compile(r"\s*%?\s*(?:over|against|relative\s+to)\b")  # ("from 78% to [97%] relative to its baseline")
# A setting each number of a list is for: "[44.3] BLEU for English-to-Chinese and [25.1] BLEU for English-to-German
# translations on D", "by [2.50%] for night scene and 2.61% for rainy scene on D".
_FOR_SETTING_GAP = re.compile(rf"\s*%?\s*(?:{_METRIC_CORE}\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+\s*,?\s+and\s+")
_FOR_SETTING_TO_ON = re.compile(rf"\s*%?\s*(?:{_METRIC_CORE}\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?on\s+(?:the\s+)?")
# The verb left out of a second "from x to y": "improves A from x to y, and B from [z] to w".
# Between a change's end and the next change's start, when the verb is left out: "to [62.0%], and B from 67.0%".
_PARALLEL_CHANGE = re.compile(r"\s*%?\s*,?\s+(?:and|while)\s+(?:[\w.+-]+\s+){1,4}?from\s+")
_GAPPED_START = re.compile(r"(?:,\s*|\s)(?:and|while)\s+$")
# ... the same with an article and words before the name and a head noun after it: "and a proprietary [B] agent from".
_GAPPED_HEADED_START = re.compile(r"(?:,\s*|\s)(?:and|while)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}$")
_HEAD_FROM_AFTER = re.compile(r"\s+(?:agent|model|judge|policy|baseline|backbone|LLM|VLM|MLLM)s?\s+from\s+")
_POSSESSED = r"['’]s\s+(?:[\w-]+\s+){0,4}?"  # "B['s aerial mAP ]from x to y": the measure of B that changes
_FROM_AFTER = re.compile(rf"(?:{_POSSESSED}|\s+)from\s+")  # (and "improves B's accuracy from x to [y]")
_POSSESSED_MEASURE = re.compile(rf"{_POSSESSED}(?=from\s)")
_ON_FROM_AFTER = re.compile(r"\s+on\s+[^,;()]{1,40}?\s+from\s+")  # "improves A on D from x to y, and [B] from"
_IMPROVES_FROM = re.compile(r"\s+(?:improves|improved|increases|increased)\s+from\s+")
_OURS_APPLIED = re.compile(r"(?i:\b(?:by\s+)?(?:using|with|applying|adding)\s+(?:our|the\s+proposed)\s+[\w-]+"
                           r"(?:\s+[\w-]+)?\s*,?\s*)$")
_BRACKET_FROM = re.compile(r"\s*\)\s+from\s+")
_IMPROVE_VERB = re.compile(rf"(?i:\b(?:{_IMPROVE_STEMS})\w*\s)")  # (anywhere before, not right before: see
# _IMPROVED_CUE)
_MOVES_FROM = re.compile(r"\s+(?:\w+\s+)?(?:advances|advanced|rises|rose|moves|moved|goes|went|jumps|jumped|climbs|"
                         r"climbed|grows|grew)\s+from\s+")


# An unnamed model improved from a start: "improving a vanilla 7B model from [x] to y".
# (in lower-case words: "improves the OmniWeaving baseline from [x]" is the named one's)
_UNNAMED_MODEL_FROM = (r"\b(?i:improv|boost|rais|increas|lift|enhanc)\w*\s+(?:a|an|the)\s+"
                       r"(?:[a-z][a-z-]*\s+){0,4}(?:\d+(?:\.\d+)?[BM]\s+)?"
                       r"(?:model|baseline|LLM|backbone|policy|agent|network)s?\s+from\s+")
_UNNAMED_IMPROVED = re.compile(rf"{_UNNAMED_MODEL_FROM}$")
# ... and where it ends up: "improving a vanilla 7B model from 14.1% to [23.9%]".
_UNNAMED_IMPROVED_TO = re.compile(rf"{_UNNAMED_MODEL_FROM}{_FROM_NUMBER}\s+to\s+{_TO_QUALIFIER}$")


def _compared_values(sent: str, values: list[_Value]) -> set[int]:
    """The numbers right after "compared to", and the rest of their list: "compared to [82.50%] and [74.82%] for
    single-model training" are what the claim is set against."""
    out: set[int] = set()
    for i, v in enumerate(values):
        if _COMPARED_WITH_VALUE.search(sent, max(0, v.start - 24), v.start) and not _own_other_metric(values, i) \
                or i - 1 in out and _LIST_GAP_VALUES.match(sent[values[i - 1].end:v.start]):
            out.add(i)
    return out


def _own_other_metric(values: list[_Value], i: int) -> bool:
    """The number after "compared to" is in another metric than the claim's before it: "[94.7%] pass@4 (compared to
    78.2% pass@1)" is the same model at another budget, no other's number."""
    later = [w for w in values[i:] if w.after]
    return bool(i and later and canonical_metric(later[0].metric) not in {
        canonical_metric(w.metric) for w in values[:i] if w.metric})  # (not "96.2% accuracy ..., compared with
    # [44.9%] accuracy": the claim's metric)


# After a change's end: the unnamed model its start is of ("... to 97% relative to its zero-shot baseline").
_UNNAMED_BASELINE_AFTER = re.compile(r"\s*%?\s*,?\s*(?:relative\s+to|compared\s+(?:to|with)|over)\s+(?:its|their|the)\s+"
                                     r"(?:[a-z][\w-]*\s+){0,2}?(?:baselines?|base\s+models?|counterparts?|backbones?)\b")


def _start_owner(sent: str, v: _Value, models: list[tuple[int, int, str]], own: str, reached: int = -1) -> str:
    """The model whose number the start of "from x to y" is: one the clause names as what is improved
    ("boosts CLIP's accuracy from x", "for CLIP, it improves D from x", "raises CLIP from x"), not the
    paper's own model nor the subject that does the improving. In "from x to y for CLIP" (``reached`` is
    the end of y) whose x it is is unclear (CLIP's, or the previous best's): none, unless a named method or
    the paper's own makes the change ("rStar boosts accuracy from x to y for CLIP"): then x is CLIP's."""
    if reached >= 0 and any(start >= reached and _OWNER_AFTER.fullmatch(sent, reached, start) for start, _, _ in models):
        # ... unless a named method makes the change: "rStar boosts D accuracy from [x] to y for A": A's own start
        after = next((name for start, _, name in models if start >= reached
                      and _FOR_AFTER_VALUE.fullmatch(sent, reached, start)), None)
        agent = _change_agent(sent, v.start, models, own) if after is not None else None
        return after if after is not None and agent is not None and agent[0] != after else ""
    if _UNNAMED_IMPROVED.search(sent, max(0, v.start - 80), v.start):
        return ""  # "boosting A by 13.8%, and improving a vanilla 7B model from [x]": the unnamed model's start
    if reached >= 0 and _UNNAMED_BASELINE_AFTER.match(sent, reached):
        return ""  # "boosts success from [78%] to 97% relative to its zero-shot baseline": the unnamed baseline's
    clause_start = _clause_start(sent, v.start)
    if (its := _ITS_CHANGE.search(sent, clause_start, v.start)) is not None:
        # "applying X to M increases its success rate from [x]", "augmenting M with X raises its score from [x]",
        # "fine-tuning M with PPO boosts its score from [x]": the model the paper's method is applied to
        applied = [name for start, end, name in models if clause_start <= start and end <= its.start() and name != own
                   and not _INSIDE_WORD.match(sent, end) and not _AID_BEFORE.search(sent, max(0, start - 8), start)]
        if applied:
            return applied[-1]
    for start, end, name in reversed([m for m in models if clause_start <= m[0] and m[1] <= v.start]):
        if name == own or _INSIDE_WORD.match(sent, end):
            continue
        if sent.startswith("'s", end) or _improved_next(sent, clause_start, start, end, v.start, models, own) \
                or _MOVES_FROM.fullmatch(sent, end, v.start) or _second_change(sent, start, end, v.start, models):
            return name  # ... or "CLIP advances from [x] to y": the subject that moves is the one measured
        if _IMPROVES_FROM.fullmatch(sent, end, v.start) and _OURS_APPLIED.search(sent, clause_start, start) or (
                sent.endswith("(", 0, start) and _BRACKET_FROM.fullmatch(sent, end, v.start)
                and _IMPROVE_VERB.search(sent, clause_start, start)):
            return name  # "by using our method, CLIP improves from [x] to y": the model the paper's method is applied
            # to; "our X can improve a strong LLM (CLIP) from [x] to y": the bracket names what is improved
    for start, end, name in models:  # "from [3.31x] (CLIP) to 2.38x", "from [0.063] (95% CI, 0.04-0.10, CLIP)"
        if start > v.end and _START_BRACKET.fullmatch(sent, v.end, start) and _BRACKET_END.match(sent, end):
            return name
    # The one model the sentence compares the paper's work with: "improves over CLIP, reducing the error from [x]
    # to y", "Compared with the CLIP tokenizer, ours improves FID from [x] to y"; or the one it is built on: "X,
    # based on CLIP, improves accuracy on D ([x] -> y)".
    compared = {name for start, end, name in models if name != own and not _INSIDE_WORD.match(sent, end)
                and (_COMPARED_BEFORE.search(sent, max(0, start - 60), start)
                     or _BASED_ON_BEFORE.search(sent, max(0, start - 30), start)) and (
                    start < v.start and ";" not in sent[end:v.start] and not (
                        _BY_NUMBER_AFTER.match(sent, end) and _CHANGE_VERB.search(sent, end, v.start))
                    or start > v.start and not _OUTDOING_BEFORE.search(sent, max(0, start - 60), start))}
    # (not "from [x] to y, even surpassing B": B is outdone by the change's end; "from [x] to y when compared with
    # B" is B's start; nor "exceeds B by 10.4 points and improves the score from [x] to y", a comparison closed by
    # its margin before another change, unlike "outperforms B by 7.4% (from [x] to y)"; nor one before a semicolon)
    if len(compared) > 1:  # "Built upon CLIP, X raises the score from [x] to y, ... 10 points over vanilla B": the one
        # model built on before the change, when the others are named after it (a margin's)
        based = [(start, name) for start, end, name in models if name in compared and start < v.start
                 and _BASED_ON_BEFORE.search(sent, max(0, start - 30), start)]
        if len(based) == 1 and not any(start < v.start and name in compared and name != based[0][1]
                                       for start, _, name in models):
            return based[0][1]
    return compared.pop() if len(compared) == 1 else ""


def _improved_next(sent: str, clause_start: int, start: int, end: int, at: int, models: list[tuple[int, int, str]],
                   own: str) -> bool:
    """The model at ``start`` is what the clause improves ("boosts [CLIP]'s accuracy from", "improves a [B] judge
    from"), with no other model between it and the number at ``at`` ("improving a A agent from x to y and a
    proprietary B agent from [z]": z is not A's), but for one that helps it ("the TMR of [A] when fused with B
    improved from x to y ... and from [z] to w")."""
    return _IMPROVED_CUE.search(sent, clause_start, start) is not None and not any(
        end <= s0 < at and n0 != own and not _AID_BEFORE.search(sent, max(0, s0 - 8), s0) for s0, _, n0 in models)


def _second_change(sent: str, start: int, end: int, at: int, models: list[tuple[int, int, str]]) -> bool:
    """The model at ``start`` is the second of "improves A from x to y, and [B] from [z] to w" (or "improving a A
    agent from x to y and a proprietary [B] agent from [z] to w"), after a first model improved the same way."""
    if not (_GAPPED_START.search(sent, max(0, start - 12), start) and _FROM_AFTER.fullmatch(sent, end, at)
            or _GAPPED_HEADED_START.search(sent, max(0, start - 40), start) and _HEAD_FROM_AFTER.fullmatch(sent, end, at)):
        return False
    return any(_IMPROVED_CUE.search(sent, 0, s0) and (_FROM_AFTER.match(sent, e0) or _ON_FROM_AFTER.match(sent, e0)
                                                      or _HEAD_FROM_AFTER.match(sent, e0))
               for s0, e0, _ in models if e0 < start)


# A change of "its" number, after the model it is applied to: "... increases its success rate from x to y".
_ITS_CHANGE = re.compile(r"\b(?:boost|improv|rais|increas|lift|elevat|push|enhanc)\w*\s+its\b")
_AID_BEFORE = re.compile(r"\b(?:with|using|via|by)\s+(?:the\s+)?$")
_BASED_ON_BEFORE = re.compile(r"(?i:\b(?:based on|built (?:up)?on|initiali[sz]ed (?:from|with)|fine-?tuned from)\s+"
                              r"(?:the\s+)?)$")
_START_BRACKET = re.compile(r"\s*%?\s*\((?:[^()]{0,50}?[,;]\s*)?")
_NUMBER_BRACKET = re.compile(r"\d\s*[%x×]?\s*\((?:[^()]{0,50}?[,;]\s*)?$")
_BRACKET_END = re.compile(r"\s*[);]")


# A change one named method makes to another model it is applied to: "MVP boosts [UI-TARS] to 56.1%, [GTA1-7B] to
# 61.7%", "rStar boosts GSM8K accuracy from 12.51% to 63.91% for [LLaMA2-7B]", "CASPO ..., reducing the failure ratio
# to 7.3% for [Qwen2.5-VL-7B]": the number the change reaches is the method's, run on that model (the gold writes
# "VideoCoCo improves the OmniWeaving baseline from 0.475 to [0.558]" as VideoCoCo's), the start the model's own.
_CHANGE_VERB = re.compile(r"\b(?:(?:boost|lift|push|lower|bring)(?:s|ed|ing)?|"
                          r"(?:rais|elevat|improv|increas|enhanc|reduc|decreas)(?:es|ed|ing|e))\b")
_AGENT_GAP = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:[a-z]+ly|also|further|can|could|still|consistently)\s+){0,2}")
_OWN_AGENT = re.compile(r"(?:\b[Ii]t|\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:method|approach|framework|model|system|technique|"
                        r"algorithm|pipeline|agent)|\b[Tt]his\s+(?:[\w-]+\s+)?(?:method|approach|framework|model))"
                        r"(?:\s+(?:[a-z]+ly|also|further|can|could|still|consistently)){0,2}\s+$")
# (a verb whose subject is the clause's before it: "A enhances X, [reducing] ...", "it improves ..., and [raises] ...")
_SHARED_SUBJECT_GAP = re.compile(r",\s+(?:and\s+)?(?:[a-z]+ly\s+)?$|,?\s+and\s+(?:[a-z]+ly\s+)?$")
_SUBJECT_VERB_AFTER = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?\s+(?:[a-z]+ly\s+)?"
                                 rf"(?:(?i:{alternation('results.result_verbs')})|"
                                 rf"(?:{_IMPROVE_STEMS}|reduc|lower|outperform|surpass|exceed|beat)\w*)\b")
# (or any verb after the name, when the name opens the clause: "On D, [A] repairs the subset, raising ...")
_SUBJECT_BEFORE = re.compile(r"(?:^\s*|\bthat\s+|,\s+|:\s+)(?:the\s+)?$")
_ANY_VERB_AFTER = re.compile(r"(?:\s*\([^()]{0,80}\))?\s+(?:[a-z]+ly\s+)?[a-z]{3,}s\b")
# Which end of a change a number is (not "up to", a bound, nor a comparison's "compared to"):
_CHANGE_MARK = re.compile(r"\b(?<!up )(?<!compared )(?<!relative )(?<!close )(?<!equal )(?<!similar )(?<!comparable )"
                          r"(?<!contrast )(?<!due )(?<!applied )(?<!able )(?:from|to|by)\s")
# From "to" to a number of its run: "to [x]", "to x for A and [y]", "to x via SFT, [y] with RL", "to SOTA (x and [y]".
_TO_RUN_GAP = re.compile(r"(?:(?:SOTA|state[- ]of[- ]the[- ]art)\s*\(\s*)?(?:[+\-]?\d[\d.,]*\s*%?\s*"
                         r"(?:(?:for|on|in|via|with|using|after|under)\s+[^,;()]{1,40}?\s*)?(?:,\s*(?:and\s+)?|and\s+))*")
_START_AFTER = re.compile(r"\s*%?\s*(?:percent\s+)?to\s+[+\-]?\d")
_INTRANSITIVE_AFTER = re.compile(r"\s+(?:(?:[a-z]+ly|further)\s+)?(?:from|to|by)\b")
_FOR_AFTER_VALUE = re.compile(r"\s*%?\s*(?:[A-Za-z@-]+\s+){0,2}?for\s+(?:the\s+)?")


def _change_agent(sent: str, at: int, models: list[tuple[int, int, str]], own: str,
                  depth: int = 0) -> tuple[str, int] | None:
    """The model whose change a number at ``at`` states, and where its change verb ends: the subject of the
    last change verb of the clause before it, named ("MVP boosts"), the paper's own in its own words ("it
    raises", "our method improves": ``own``, which may be unnamed), or that of a verb the change verb shares
    it with ("CASPO enhances X, reducing ...", "it improves A's score ..., and raises ...": the first verb's
    end). None when the clause names none, or when each model changes itself ("A improves from x to y")."""
    clause = _clause_start(sent, at)
    verb = None
    for verb in _CHANGE_VERB.finditer(sent, clause, at):
        pass
    if verb is None or _INTRANSITIVE_AFTER.match(sent, verb.end()):
        return None
    for _, end, name in models:
        if end <= verb.start() and _AGENT_GAP.fullmatch(sent, end, verb.start()):
            return name, verb.end()
    if _OWN_AGENT.search(sent, max(0, verb.start() - 60), verb.start()):
        return own, verb.end()
    shared = _SHARED_SUBJECT_GAP.search(sent, max(clause, verb.start() - 16), verb.start())
    if shared is None or depth:
        return None
    before = [m for m in models if clause <= m[0] and m[1] <= shared.start()]
    if len(before) == 1 and (_SUBJECT_VERB_AFTER.match(sent, before[0][1]) or _SUBJECT_BEFORE.search(
            sent[clause:before[0][0]]) and _ANY_VERB_AFTER.match(sent, before[0][1])):
        return before[0][2], verb.end()  # the one model of the clause, its subject
    return _change_agent(sent, shared.start(), models, own, 1)


def _applied_to(sent: str, start: int, end: int, models: list[tuple[int, int, str]], model: str, own: str) -> str | None:
    """The method a number (``start``..``end``) reached by a change belongs to, when ``model`` is the model the
    change is applied to (named between the change verb and the number, or "for" it right after); None when
    the number is not such a one."""
    marks = list(_CHANGE_MARK.finditer(sent, _clause_start(sent, start), start))
    if not marks or marks[-1].group().strip() != "to" or not _TO_RUN_GAP.fullmatch(sent, marks[-1].end(), start) \
            or _START_AFTER.match(sent, end):
        return None  # the start of the change ("from x", "and [x] to y"), a gain ("by x"), or no change at all
    found = _change_agent(sent, start, models, own)
    if found is None or found[0] == model:
        return None
    agent, verb_end = found
    if any(n == model and (verb_end <= a and b <= start or a >= end and _FOR_AFTER_VALUE.fullmatch(sent, end, a))
           for a, b, n in models):
        return agent
    return None


# A sentence whose subject is a method applied ("[Applying] IRSN to six backbones, including A and B, improved
# accuracy by 6.9%", "Meanwhile, applying MiRA to Gemma3-12B increases its success rate from 6.4% to 43.0%",
# "[Integrating] GPT-5 with the B retriever further enhances its accuracy to 70.1%"), after openers of its own
# ("In experiments, ", "Under GiGPO, "): the applied method, named right after the gerund.
_GERUND_SUBJECT = re.compile(r"^\s*(?:[A-Z][^,;]{0,80},\s+){0,2}"
                             r"(?:[Aa]pplying|[Ii]ntegrating|[Ii]ncorporating|[Aa]dding|[Pp]lugging(?:\s+in)?)\s+"
                             r"(?:our\s+|the\s+)?$")
# What may stand between the method and the verb: words without a comma ("to the open Gemma3-12B model"), or a
# list after "including" or "such as" (not "Applying X to Y, we identify ...": the subject is "we")
_GERUND_GAP = re.compile(r"[^,;:()]{0,100}?(?:,?\s*\b(?:including|such as|e\.g\.,?)\s+[^;:()]{0,100}?,)?\s+"
                         r"(?:(?:[a-z]+ly|also|further|consistently)\s+)?$")


def _gerund_agent(sent: str, at: int, models: list[tuple[int, int, str]]) -> str | None:
    """The method a gerund subject applies, when the change verb before ``at`` is that subject's (see
    _GERUND_SUBJECT); None otherwise."""
    verb = next(iter(_CHANGE_VERB.finditer(sent, 0, at)), None)
    if verb is None or ";" in sent[:at]:
        return None
    for start, end, name in models:
        if end <= verb.start() and _GERUND_SUBJECT.match(sent[:start]) and _GERUND_GAP.fullmatch(sent, end, verb.start()):
            return name
    return None


def _applied_claims(text: str, found: list[DocResult], models: list[tuple[int, int, str]], own: str) -> list[DocResult]:
    """Each number a method's change reaches on a model it is applied to, given to the method (see _applied_to
    and _gerund_agent; the start of "from x to y" stays the model's own)."""
    out = []
    for r in found:
        if r.value_start >= 0:
            sent = text[r.sent_start:r.sent_end]
            here = [(a - r.sent_start, b - r.sent_start, n) for a, b, n in models if r.sent_start <= a < r.sent_end]
            at, end = r.value_start - r.sent_start, r.value_end - r.sent_start
            agent = _applied_to(sent, at, end, here, r.model, own) if r.model and not r.relative else None
            if agent is None and (gerund := _gerund_agent(sent, at, here)) is not None and gerund != r.model and \
                    not _START_AFTER.match(sent, end):
                agent = gerund
            if agent is not None:
                r = r._replace(model=agent, own=not agent)
        out.append(r)
    return out


def _drop_unowned_starts(values: list[_Value], owners: list[str]) -> tuple[list[_Value], list[str]]:
    keep = [i for i, v in enumerate(values) if not v.start_of or owners[i]]
    return [values[i] for i in keep], [owners[i] for i in keep]


def _with_start_datasets(values: list[_Value], pairs: list[tuple[_Value, str]]) -> list[tuple[_Value, str]]:
    """A start "from x to y" is on the dataset of y (the value just after it): "from a to b on A and from
    [x] to y on B" is on B, whatever else pairs it; without a dataset for y it keeps its own, if any, and
    y is on it too."""
    dataset_of = {v.start: d for v, d in pairs}
    for v, nxt in pairwise(values):
        if v.start_of and nxt.start in dataset_of:
            dataset_of[v.start] = dataset_of[nxt.start]
        elif v.start_of and v.start in dataset_of and not nxt.start_of:
            dataset_of[nxt.start] = dataset_of[v.start]  # "an FID improvement from [x] to [y]": y where x is
    by_start = {v.start: v for v, _ in pairs} | {v.start: v for v in values}
    return sorted(((by_start[start], d) for start, d in dataset_of.items()), key=lambda p: p[0].start)


def _pairs(text: str, starts: list[int], data: list[tuple[int, int, str]], models: list[tuple[int, int, str]],
           entities: list[DocEntity], own: str, default: str,
           found: list[DocResult]) -> list[tuple[PairCandidate, DocResult]]:
    """Every (number, dataset) pair the results decider weighs, with the row it would add: each
    number of a sentence with each dataset the sentence names or, when it names none, with the one
    named last before it and the paper's own (``default``).

    The rules' vetoes hold: no pair for a number that is no score by its own words (no metric, no
    result verb, no named owner), one stated on another set or a part ("on a held-out split"), the score
    of a name not found ("a DPG score of x"), the unnamed other side of "x vs. y", a restated metric in a
    sentence naming no dataset (another setting), a dataset named after a nearer number ("x, which falls
    to y on D"), or any number of a sentence with "respectively" (the rules pair those lists, or find
    the pairing unclear)."""
    kind = {e.name: ((e.role.value if e.role else "none"), e.type.value) for e in entities}
    kept = _keep(found)  # the rules' claims as they would stand
    rule_pairs = {(r.value_start, r.dataset) for r in kept}
    rule_values = {r.value_start for r in kept}
    claimed = {(r.dataset, r.metric) for r in found}
    data_starts = [d[0] for d in data]
    out: list[tuple[PairCandidate, DocResult]] = []
    for k, s_start in enumerate(starts):
        s_end = starts[k + 1] if k + 1 < len(starts) else len(text)
        sent = text[s_start:s_end]
        if not _DIGIT.search(sent) or _RESPECTIVELY.search(sent):
            continue
        lo, hi = bisect_left(data_starts, s_start), bisect_left(data_starts, s_end)
        if not lo and lo == hi:
            continue  # no dataset named yet
        sent_data = [(a - s_start, b - s_start, name) for a, b, name in data[lo:hi]]
        if not sent_data and (_ON_CAPITAL.search(sent) or _OTHER_SET.search(sent)):
            continue  # the sentence is about another set than any named before it
        sent_models = [(a - s_start, b - s_start, n) for a, b, n in models if s_start <= a < s_end]
        values = _outside(_values(sent), sent_models + sent_data, sent)
        if not values:
            continue
        ends = tuple(v.end for v in values)
        names = list(dict.fromkeys(d[2] for d in sent_data))
        if names:
            options = [(name, "same") for name in names]
        else:
            last = data[lo - 1][2]
            options = [(last, "back")]
            # the other datasets of the sentence that named the last one ("We test on A and B. It reaches x.")
            prev_start = starts[bisect_left(starts, data[lo - 1][0] + 1) - 1]
            options += [(name, "back_other") for name in dict.fromkeys(
                d[2] for d in data[:lo] if d[0] >= prev_start and d[2] != last)]
            if default and all(default != o[0] for o in options) and any(d[2] == default for d in data[:lo]):
                options.append((default, "own"))
        setting = bool(_NAMED_SETTING.match(sent))
        runs = _lists(sent, [(w.start, w.end) for w in values], _LIST_GAP_VALUES) + _lists(sent, values, _METRIC_LIST_GAP)
        for v_i, v in enumerate(values):
            if v.start_of:
                continue
            owner = _owner(sent, v, sent_models, values[v_i - 1].end if v_i else -1, own)
            other = _ON_OTHER.match(sent, v.end) or _FOR_PART.match(sent, v.end)
            if other and (any(other.start() < d[0] <= other.end() + 1 for d in sent_data)
                          or _BACK_REFERENCE.search(sent, v.end, other.end() + 20)):
                other = None  # "x on D": the set named is a dataset found
            after = min((d[0] for d in sent_data if d[0] >= v.end), default=None)
            adjacent = after is not None and _ADJACENT.fullmatch(sent, v.end, after) is not None
            if not (v.stated or v.scored or owner or adjacent) or not owner and (
                    other or v_i and _VERSUS.fullmatch(sent, values[v_i - 1].end, v.start)):
                continue
            at = s_start + v.start
            if at not in rule_values and _named_score_before(sent, v, sent_data):
                continue  # "a DPG score of [86.7]": the score of a name not found, on no set found
            nearest = min(sent_data, key=lambda d: abs(d[0] - v.start)) if sent_data else None
            row_model = owner or _model(sent, v.start, sent_models, own, ends, v.relative) or (
                _gain_for(sent, v, sent_models) if v.relative else "")
            metric = canonical_metric(v.metric) if v.metric else ("improvement" if v.relative else "score")
            for d_i, (name, where) in enumerate(options):
                if where != "same" and not setting and (name, metric) in claimed and (at, name) not in rule_pairs:
                    continue  # a metric claimed there already, restated: another setting
                span = None
                between = 0
                if where == "same":
                    mention = min((d for d in sent_data if d[2] == name), key=lambda d: abs(d[0] - v.start))
                    span = (mention[0], mention[1])
                    lo_c, hi_c = (mention[1], v.start) if mention[1] <= v.start else (v.end, mention[0])
                    between = sum(1 for d in sent_data if d[2] != name and lo_c <= d[0] < hi_c)
                    if (at, name) not in rule_pairs and mention[1] <= v.start and _last_of_plural_list(sent, mention):
                        continue  # "on A, B, and C datasets, X improves by [x]": the list's last, not the set
                    if (at, name) not in rule_pairs and mention[0] >= v.end and any(
                            v.end <= w.start and w.end <= mention[0] and not _in_same_run(runs, values, w, v)
                            for w in values if w is not v):
                        continue  # "x overall, which falls to y on D": D is where the nearer number is stated
                rule = "pair" if (at, name) in rule_pairs else "other" if at in rule_values else "none"
                role, dtype = kind.get(name, ("none", "Dataset"))
                feats = pair_features(sent, v._replace(owned=bool(owner)), span, where=where, rule=rule,
                                      n_data=len(names), n_values=len(values), v_index=v_i, d_index=d_i,
                                      nearest=nearest is not None and nearest[2] == name, role=role, dtype=dtype,
                                      others_between=between)
                out.append((PairCandidate(at, s_start + v.end, v.value, name, where, rule == "pair", feats),
                            DocResult(row_model, name, metric, v.value, s_start, s_start + len(sent.rstrip()), at,
                                      s_start + v.end, v.relative)))
    return out


def _decide_pairs(model: PairModel, pairs: list[tuple[PairCandidate, DocResult]],
                  found: list[DocResult]) -> list[DocResult]:
    """Drop the rule claims the model finds unlikely; add, for each number the rules claimed nothing
    of, its likeliest pair when the model is confident."""
    th = model.thresholds
    scored = [(model.probability(c.features), c, row) for c, row in pairs]
    dropped = {(c.value_start, c.dataset) for p, c, _ in scored if c.rule and p < th.drop}
    kept = [r for r in found if (r.value_start, r.dataset) not in dropped]
    claimed = {r.value_start for r in found}
    best: dict[int, tuple[float, DocResult]] = {}
    for p, c, row in scored:
        if c.value_start in claimed or p < th.add:
            continue
        if c.value_start not in best or p > best[c.value_start][0]:
            best[c.value_start] = (p, row)
    if not best:
        return kept
    return sorted([*kept, *(row for _, row in best.values())], key=lambda r: (r.value_start, r.dataset))


# Training on a set, before the number: "finetuning MLLMs on [PGT] data leads to boosts of x on D".
_TRAINED_ON = re.compile(r"(?i:\b(?:(?:pre-?|post-?)?train(?:ed|ing)?|fine-?tun(?:ed|ing|e)|"
                         r"instruction[- ]tun(?:ed|ing)|distill(?:ed|ing)?)\b[^.;()]{0,60}?\b"
                         r"(?:on|with|using)\s+(?:the\s+)?)$")


def _trained_on_own_set(before: str, own_sets: frozenset[str]) -> bool:
    """The clause before a number trains on the set the paper introduces ("finetuning state-of-the-art MLLMs on
    PGT data leads to boosts of up to [+5.5%] on D"): the number is the paper's own claim, for its data (on another
    set: the caller leaves out the claim's own, "training with X yields a 20% improvement" states none on X)."""
    return any((at := before.find(name)) >= 0 and _TRAINED_ON.search(before, max(0, at - 80), at) is not None
               for name in own_sets)


# A lower-case method the paper introduces, never named: "we introduce [dual-trace] memory encoding".
_INTRODUCED_PHRASE = re.compile(r"\b[Ww]e (?:introduce|propose|present|develop) (?:(?:a |an |the )?([a-z][a-z]*-[a-z]+)\s|"
                                 # (or two plain words it then describes: "We propose plan conditioning, a ... method")
                                 r"([a-z]{3,}(?:-[a-z]+)? [a-z]{3,}(?:-[a-z]+)?),\s+(?:a|an)\s)")
# The subject that opens a sentence (after the set it is on), then its verb: "Dual-trace achieves", "On D, plan
# conditioning improves".
_OPENING_SUBJECT = re.compile(r"\s*(?:(?:On|In|For|Across)\s[^,;()]{1,60},\s*)?"
                              r"([A-Za-z][a-z]*-[a-z]+|[A-Za-z][a-z]{2,} [a-z]{3,}(?:-[a-z]+)?)(?:\s+[a-z]+){0,2}?\s+"
                              r"(?:achieves|reaches|attains|obtains|"
                              r"yields|improves|outperforms|scores)\b")


def _introduced_subject(before: str, introduced: set[str]) -> bool:
    """The sentence opens on the lower-case method the paper introduces: "we introduce dual-trace memory
    encoding ... Dual-trace achieves [73.7%] overall accuracy"."""
    opening = _OPENING_SUBJECT.match(before)
    return opening is not None and opening[1].lower() in introduced


def _own_subject(before: str) -> bool:
    """The sentence before a number speaks of the paper's own work ("we", "our method", "the proposed")
    and of no other unnamed subject ("human experts", "existing models achieve"). A report's frame ("our
    experiments show that ...") is not the subject: what follows it is, unless that is a method ("that
    combining A and B ...")."""
    if _COMPARED_BRACKET.search(before) or _NONE_OF.search(before):
        return False  # "comparable with approaches using tuned scaffolds ([32%])": the compared ones' number; "none
        # of them reach [35%]": a bound on others
    frame = _REPORT_FRAME.search(before)
    if frame:
        before = before[frame.end():]
    elif (bare := _BARE_REPORT.match(before)) is not None:
        # "Experiments on A and B show superior AUC, with gains of [7%] on A": the paper's own experiments,
        # stating its own results when no other subject is named after the frame
        rest = before[bare.end():]
        return not _unnamed_subject(rest, 0, len(rest)) and not _PLURAL_SUBJECT.search(rest)
    return bool(_OWN_WORDS.search(before) or _OWN_DEFINITE.match(before)) and not _unnamed_subject(before, 0, len(before)) \
        and not _PLURAL_SUBJECT.search(before)  # (not counting what it outperforms: "outperforms A and strong baselines")


# Nobody reaching a number: "even the most advanced models struggle, where none of them reach [35%] accuracy".
_NONE_OF = re.compile(r"(?i:\bnone\s+of\s+(?:them|these|the\s+\w+)\b[^.;]{0,40}$)")
# A number alone in brackets after what the claim is set against: "comparable with approaches using carefully tuned
# scaffolds ([32%])", "than methods trained on more data ([71.2])" (not "by a wide margin (45.2 vs 40.1)").
_COMPARED_BRACKET = re.compile(r"(?i:\b(?:comparable|compared|on par)\s+(?:with|to)|\b(?:than|versus|vs\.?|against))"
                               r"\s+(?![^,;()]*\b(?:margin|gap|by)\b)[^,;()]{1,80}\(\s*$")


# The clause's subject is "the system" (or framework, method, ...) with nothing before it but an opening
# ("On D, the system achieved [81.2%]"): in a paper that names no model of its own, its own.
# (after a structured abstract's label, "Results: On D the framework achieved [80.10]", with or without the comma)
_OWN_DEFINITE = re.compile(r"\s*(?:(?:Results|Findings|Conclusions?):\s*)?"
                           r"(?:(?:On|In|For|Across|Overall|Finally|Moreover|Additionally|Furthermore)\b"
                           r"(?:[^,;()]{0,80},|[^,;()]{0,80}?(?=\s[Tt]he\s))\s*"
                           # "Trained on D with augmentation, the model achieved ...": how it was made, then it
                           r"|(?:Trained|Fine-tuned|Evaluated|Tested|Validated|Applied)\s[^,;()]{0,120},\s*)?"
                           # (or made from another by the paper's own work: "the compressed pipeline reaches ...")
                           r"[Tt]he\s+(?:(?:full|final|overall|complete|resulting|trained|custom|developed|same|"
                           r"compressed|distilled|pruned|quantized|fused|integrated|improved|enhanced|presented)\s+)?"
                           r"(?:system|framework|approach|method|pipeline|model|agent|architecture|network|tool|"
                           r"proposal|CNN|classifier|detector|ensemble)"  # ("The custom CNN achieved [95.96%]")
                           # "The final model, based on X, achieved"
                           r"(?:,\s+(?:based on|built on|trained on|using)\s[^,;()]{1,60},)?\s+"
                           r"(?!(?:of|from|by|in|on|for|with|that|which|and|or)\b)[a-z]+")


# A sentence opening on the paper's experiments, without "our": "Extensive experiments on A and B show ...".
_BARE_REPORT = re.compile(r"\s*(?:(?:Extensive|Comprehensive|Further|Experimental|Empirical|The)\s+)?"
                          r"(?:[Ee]xperiments?|[Rr]esults|[Ee]valuations?)"
                          r"\b[^.;]{0,80}?\b(?:show|reveal|demonstrate|indicate|confirm)s?\b")


# "Our results show that", "our experiments reveal": what the paper found, of whatever the clause after it names.
_REPORT_FRAME = re.compile(r"(?i:\bour\s+(?:[\w-]+\s+)?(?:experiments?|results|findings|analys[ie]s|evaluations?|"
                           r"stud(?:y|ies)|observations?)\s+(?:\w+\s+)?(?:show|reveal|demonstrate|indicate|suggest|"
                           r"confirm|find|highlight)s?\s+that\s+)(?![a-z]+ing\b)")  # not "that combining A and B": a method


def _keep(found: list[DocResult]) -> list[DocResult]:
    """One row per claim with a named model, or of the paper's own unnamed method; a gain only for a
    dataset with no absolute number in the paper, and only from the first sentence that states one for
    it (later ones are over other baselines or settings)."""
    absolute = {r.dataset for r in found if not r.relative}
    first_gain: dict[str, int] = {}
    for r in found:
        if r.relative:
            first_gain.setdefault(r.dataset, r.sent_start)
    out: list[DocResult] = []
    seen: set[tuple[str, str, str]] = set()
    stated: set[tuple[str, str, str]] = set()
    for r in found:
        if not r.model and not r.own:
            continue  # a number nobody in the paper is named for ("the best agent reaches 58%"): no claim
        if r.relative and (r.dataset in absolute or first_gain[r.dataset] != r.sent_start):
            continue
        key = (r.dataset, r.value, r.metric.casefold())  # ("36.4% APs on COCO ... (36.4% vs. 32.0%) APS": one claim)
        if key in seen or r.metric in _UNNAMED_METRICS and (r.dataset, r.value, r.model) in stated:
            continue  # (nor "an FID of 1.02 ... a margin of 1.33 ([1.02] vs 2.35)": the claim restated, no metric)
        seen.add(key)
        stated.add((r.dataset, r.value, r.model))
        out.append(r)
    return out


_UNNAMED_METRICS = frozenset({"score", "performance"})
# The words that name no measure (a gain's too), which a measure named later in the clause replaces.
_VAGUE_METRICS = _UNNAMED_METRICS | {"improvement"}
# ... named "in terms of" later in the clause (after the list of numbers it is in), one measure alone (a list of them
# goes number by number).
_IN_TERMS_LATER = re.compile(rf"\s?%?(?:\s*,?\s*(?:and\s+)?[+]?\d+(?:\.\d+)?\s?%?)*"
                             rf"[^,;()]{{0,90}}?,?\s+in\s+terms\s+of\s+(?:the\s+)?"
                             rf"(?P<m>(?:{_QUALIFIER}(?:\s+|-)){{0,2}}{_METRIC_CORE})"
                             r"(?![\w@-])(?!\s*(?:,|/|\band\b|\bor\b))")
# ... or "in" it, after the rest of a list of margins: "surpasses the specialized framework by [41.4%] and GPT-4o by
# 23.4% in macro-average F1 score".
_BY_LIST_IN = re.compile(rf"\s?%?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.+-]+\s+){{1,3}}?by\s+[+]?\d+(?:\.\d+)?\s?%?)+"
                         rf"\s+in\s+(?:the\s+)?(?P<m>(?:{_QUALIFIER}(?:\s+|-)){{0,2}}{_METRIC_CORE})(?![\w@-])"
                         r"(?!\s*(?:,|/|\band\b|\bor\b))")
