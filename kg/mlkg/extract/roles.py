"""The role classifier: what the paper does with each entity.

Per mention, the sentence decides: an introduce cue before it ("we propose",
"called", "our"), a comparison cue before it ("outperforms", "surpassing",
"compared with"), a use cue ("trained on", "using", "on"). An entity takes the
strongest role over its mentions, in the guidelines' order introduces >
compares > uses > mentions. The title's announced name, coined acronyms and
variants of an introduced name ("SAIL-VL-2B" of SAIL-VL) are introduced too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import ROLE_STRENGTH, EntityType, Role

from .abbreviations import Abbreviation
from .candidates import Candidate, doc_text, ensure_doc_extensions, sentence_bounds, sentence_starts
from .classify import DocEntity
from .cues import AND_INTRO as _AND_INTRO
from .cues import BLOCKERS as _BLOCKERS
from .cues import ENUM_BEFORE as _ENUM_BEFORE
from .cues import INTRO as _INTRO
from .cues import INTRODUCED_AFTER as _INTRODUCED_AFTER
from .cues import MADE_AFTER as _MADE_AFTER
from .cues import may_introduce
from .lexicon import WELL_KNOWN_PAPERS
from .names import title_name
from .shapes import norm_key
from .sized import sized_runs
from .spans import abbreviations_of, read_entities, update_roles

# not a preposition, nor a verb of finding ("our results show X": what the paper found, not what it named)
_DESCRIBING_WORD = (r"(?!(?:on|in|with|to|for|from|by|of|and|than|over|using|via|shows?|showed|demonstrates?|indicates?|"
                    r"suggests?|reveals?|confirms?|find|finds|found|is|are|was|were)\b)[\w-]+")
# (not the paper's earlier work: "we build upon our earlier Celeb-DF dataset"; but "the academic paper of our
# previous released X" is X's own paper)
_NOT_EARLIER = r"(?!\s+(?:earlier|previous(?!\s+released)|prior|past|former|preceding|original)\b)"
# (not "namely" after a plural: "two strategies, namely ReAct and SPIRAL" lists what exists)
_NAMING = re.compile(r"\b(?:called|named|dubbed|termed|coined|(?<![^s]s, )(?<![^s]s )namely|denoted)(?: as)?\s*\(?$|"
                     rf"\b(?:our{_NOT_EARLIER}|the proposed|proposed|the resulting|"
                     r"(?<!sets )(?<!set )(?<!setting )(?<!achieves )a new|novel"
                     r"|newly (?:introduced|proposed|released))\s+"  # (not "sets a new D record of x")
                     rf"(?:{_DESCRIBING_WORD}\s+){{0,2}}\(?$|"
                     # "on our localized editing benchmark LIMB": a head noun of data after the words
                     rf"\bour{_NOT_EARLIER}\s+(?:[\w-]+\s+){{0,3}}(?:benchmark|dataset|corpus|suite|testbed)\s+$|"
                     # "a novel causal discovery algorithm, CDC-MAS", "the resulting model family, ArgusVLM"
                     rf"\b(?:the resulting|a new|novel)\s+(?:{_DESCRIBING_WORD}\s+){{0,2}}[\w-]+,\s*$|"
                     # "we trained a 2-billion-parameter VLM, Aquila-VL-2B": the model the paper trained, named
                     r"\bwe\s+(?:(?:pre-?)?train(?:ed)?|fine-?tuned?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}"
                     r"(?:model|LLM|VLM|MLLM|network|policy|agent|encoder|detector|classifier)s?,\s*$|"
                     # "With our method, we train SAM2VideoX": what the paper's method makes is its own
                     r"\b(?:with|using|by)\s+(?:our|this)\s+(?:[\w-]+\s+)?(?:method|approach|framework|recipe|"
                     r"pipeline|algorithm),\s+we\s+(?:then\s+)?(?:(?:pre-?)?train(?:ed)?|fine-?tuned?|build|built|"
                     r"obtain(?:ed)?)\s+$|"
                     # "We formalize this baseline as SimpleStream", "we refer to it as X": a name the paper gives
                     r"\bwe\s+(?:formali[sz]e|instantiate|term|call|name|denote|refer\s+to|dub)\s+(?:this|these|it|them|"
                     r"the\s+resulting|our)\b(?:\s+[\w-]+){0,3}?\s+as\s+$|"
                     # "The resulting method, which we refer to as CHAIR-DPO, ...": the method the sentence names
                     r"\b(?:which|that)\s+we\s+(?:refer\s+to|denote|term|call|name|dub)(?:\s+it)?\s+as\s+$",
                     re.IGNORECASE)
# The best of the models a paper ran, not one it made: "our best(-performing) model (X)".
_BEST_OF_RUN = re.compile(r"(?i:\bour\s+(?:(?:best|strongest|top)(?:-performing|-scoring)?|\d+(?:\.\d+)?[BMK])\b)")
# What a known name is brought in for: "we introduce the Transformer to form ...", "... into the decoder".
_BROUGHT_INTO_AFTER = re.compile(r"\s+(?:in)?to\s+(?:form|build|construct|create|model|capture|enhance|improve|"
                                 r"the\b|our\b|a\b|an\b|each\b)")
# "Our system, CultranAI, focused on ...", "our final model, Nexus, achieves": the paper's own, when no other paper
# named it (not "our best-performing model, XGBoost", nor "our baseline model, GPT-4o": models it runs).
_OUR_SYSTEM_NAMED = re.compile(
    rf"\bour{_NOT_EARLIER}\s+(?:(?!(?:baseline|base|backbone|teacher|reference|judge|underlying|chosen|selected|"
    r"target)\b)[\w-]+\s+){0,2}(?:model|method|framework|system|approach|agent|architecture|pipeline|network|"
    r"algorithm|tool|library),\s*$", re.IGNORECASE)
# A verb of making used as an adjective after a determiner ("the proposed framework"), and the word after it.
_ADJECTIVAL_MADE = re.compile(r"\b(?:the|our|this|these)\s+\S+$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s+[a-z]")
# A counted plural head of things that exist, then the rest of its clause: "namely" after it lists them.
_COUNTED_EXISTING = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|\d+)\s+"
                               r"(?:(?!(?:new|novel|proposed)\b)[\w-]+\s+){0,3}(?:benchmarks|datasets|corpora|"
                               r"methods|models|baselines|approaches)\b[^.;]*$", re.IGNORECASE)

# What things are made into, then its name: "integrating them into a coherent longitudinal history dataset, X".
_MADE_INTO = re.compile(r"\binto\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:dataset|benchmark|corpus|suite|testbed),\s*$")
# A word of each alternative of _NAMING (lower case): a text with none of them names nothing.
_NAMING_WORDS = ("called", "named", "dubbed", "termed", "coined", "namely", "denoted", "our", "proposed", "resulting",
                 "a new", "novel", "newly", "train", "tune", " as ")
# The paper's own plural head, then the list of its names: "Using our proposed benchmarks, A and [B], we show"
_OUR_PLURAL_LIST = re.compile(rf"\bour{_NOT_EARLIER}\s+(?:[\w-]+\s+){{0,3}}(?:datasets|benchmarks|corpora|suites|"
                              r"models|methods),\s*"
                              r"(?:[^\s,;()]+(?:\s[^\s,;()]+)??(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$",
                              re.IGNORECASE)
# "Our novel stealthy ..." right before a defined long form: the paper's own new thing
_OUR_NOVEL = re.compile(r"\b(?:[Oo]ur|[Tt]he proposed)\s+(?:novel|new|newly\s+(?:introduced|proposed|developed))\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}$")  # (or "our newly introduced Next Visual Granularity (NVG)")
# An appositive that says the name is new: "X, a novel module that ...", "X, a new benchmark" (not "X, a new
# baseline we outperform": no comparison before it)
_NOVEL_AFTER = re.compile(r"\s*\)?\s*(?:,|-{2,3}|[\u2013\u2014])\s*(?:a|an)\s+"
                          r"(?:novel|new|newly[- ](?:proposed|designed|introduced))\b"
                          r"(?!\s+(?:state[- ]of[- ]the[- ]art|sota|record|best|high|low)\b)",  # (not "75.03 on D,
                          re.IGNORECASE)  # a new state of the art"; or a dash's: "EBTs -- a new class of ...")
# "Evaluating on ReGT, our multilabel reannotation of ...", "X (our new benchmark)": the paper's own
_OURS_AFTER = re.compile(r"\s*(?:,|\()\s*our\s+(?:[\w-]+\s+){0,4}?(?:data ?sets?|benchmarks?|corpus|corpora|suites?|"
                         r"collections?|re-?annotations?)(?:\s+(?:of|for|with|that|which)\b|\s*[,;.)])",
                         re.IGNORECASE)  # (data only: "On X, our method achieves ..." names the set it runs on)
# "a novel SDS approach": a new kind of what a name the background already named names (not "a novel FooNet
# architecture" for a name the paper first gives there)
_KIND_OF_KNOWN = re.compile(r"\s+(?:approach|method|framework|variant|technique|algorithm|formulation|"
                            r"paradigm|strategy|scheme)s?\b", re.IGNORECASE)
# "Our fine-tuned LLaMA 2 model": the paper's version of a known model, which the paper uses
_OUR_ADAPTED = re.compile(r"\bour\s+(?:[\w-]+\s+)?(?:fine-?tuned|finetuned|trained|adapted|distilled|quantized|pruned|"
                          r"modified|customi[sz]ed)\s+$", re.IGNORECASE)
_COMPONENT_AFTER = re.compile(r"(?:\s+[A-Z]{2,6})?\s+(?:agents?|architectures?|backbones?|policy|policies|encoders?|"
                              r"decoders?|models?|networks?)\b")  # (and "a two-stage Transformer model": one built
# on it; "our Florence-2 VQA model": an acronym of what it does between)
# What a known name modifies when a making verb is before it: "proposes a new CLIP contrastive loss function", "a
# novel GPT-4 prompting strategy": the new thing is the loss or the strategy, made for the known model.
_MODIFIED_AFTER = re.compile(r"\s+(?:[a-z][a-z-]+\s+){0,2}(?:loss|losses|objectives?|functions?|regulari[sz](?:er|ation)|"
                             r"prompts?|prompting|features?|embeddings?|tokenizers?|layers?|modules?|heads?|"
                             r"adapters?|distillation|fine-?tuning|guidance|rewards?|decoding)\b")
_APPOSED_NOVEL = re.compile(r"[\w)],\s+(?:a|an)\s+(?:novel|new)\s+(?:[\w-]+\s+){0,2}$")
# What a known name is in "our primary GPT-4o setting", "our Qwen3 backbone": a part of the setup, not the paper's.
_ROLE_AFTER_NAME = re.compile(r"\s+(?:settings?|configurations?|setups?|backbones?|baselines?|teachers?|judges?|"
                              r"evaluators?)\b", re.IGNORECASE)
_COMPARE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|better than|superior to|compared (?:to|with)|"
    r"comparison (?:to|with)|comparable (?:to|with)|against|versus|vs\.?|(?:improvements?|gains?|advantages?|superiority) over|"
    r"rival(?:s|ed|ing)?|match(?:es|ed)|compet(?:es|ing|itive) (?:with|to|against)|(?:on )?(?:par|parity) with|relative to|"
    r"second (?:only )?to|trail(?:s|ing)?|"
    r"(?:better|higher|lower|faster|stronger|larger|smaller|more \w+|worse) than|baselines?|competitors?|"
    r"counterparts?|rivals?|prior (?:methods|approaches|works?|models)|existing (?:methods|approaches|models))\b",
    re.IGNORECASE,
)
# The same pattern, case-sensitive, for lower-cased ASCII text (its words are all lower case): Python's regex
# engine tests the first character of each alternative cheaply only when case matters (3x faster here).
_COMPARE_LOWER = re.compile(_COMPARE.pattern)
# A word of each alternative of _COMPARE (lower case): a text with none of them holds no comparison cue.
_COMPARE_WORDS = ("outperform", "surpass", "exceed", "beat", "than", "superior", "compar", "against", "versus", "vs",
                  "over", "rival", "match", "compet", "par with", "parity with", "relative to", "second", "trail",
                  "baseline", "counterpart", "prior", "existing")
# Cues that compare with a model, not with data ("improves over single-environment ALFWorld performance" uses
# ALFWorld): "improves the harder objective over GDPO", "3.5x fewer parameters than X", "the same FID as X".
_COMPARE_MODEL = re.compile(r"\b(?:(?:improv(?:es|ed|ing|ements?)|gains?|increases?)(?: [\w.%-]+){0,6}? over|"
                            r"preferred over|"
                            r"(?:fewer|less)(?: [\w-]+){0,2} than|(?:the same|similar) [\w-]+ as)\b", re.IGNORECASE)
_COMPARE_MODEL_WORDS = ("improv", "gain", "increase", "preferred over", "fewer", "less", "the same",  # (its words)
                        "similar")
# "improving over SFT by 2.67 points on Qwen3.5-9B": a gain measured on a model the method is applied to.
_GAIN = re.compile(r"\bby\s+[+-]?\d")
_APPLIED_ON = re.compile(r"\b(?:on|for)\s+(?:the\s+)?$")
_MODEL_APPLIED_ON = re.compile(r"\bon\s+(?:the\s+|a\s+)?$")
# (a bracketed list after a head counts: "across four benchmarks (MATH-500, [AIME24]")
_ON_BEFORE = re.compile(r"\b(?:on|in|across|over|from|of|using)\s+(?:the\s+)?(?:[\w.^-]+[\s/,(]+){0,6}$",
                        re.IGNORECASE)
# A score raised on a set: "raising HYMobileBench by 17.7 points" (the set is used, whatever was outdone before)
_RAISED_BEFORE = re.compile(r"\b(?:raising|improving|boosting|lifting|increasing)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|using|via|based on|built on|on top of|initiali[sz]ed (?:from|with))\s+"
                          r"(?:the\s+|a\s+|an\s+)?(?:[\w.^-]+[\s/,]+){0,3}$", re.IGNORECASE)
# A definition right after these words names something used, not introduced ("operates on 3D ... (3DGS)").
_USED_BEFORE = re.compile(r"\b(?:on|with|using|via|based on|than|over|against|from|into)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# "our method outperforms X", "our model uses X": a verb after "our ..." makes X the object, not our name.
_ACTING = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|achiev\w*|improv\w*|us(?:es|ing)|"
                     r"builds?|built|relies|rely|leverag\w*|adopts?|employs?|extends?|is|are|was|were|has|have|"
                     r"matches|rivals)\b", re.IGNORECASE)


# A name joined to a word that makes it the basis of what follows: what is introduced is built on it.
_BUILT_ON_AFTER = re.compile(r"-(?:based|inspired|style|like|guided|driven|powered|enhanced|assisted|augmented|"
                             r"initiali[sz]ed|derived)\b|\s(?:style|based|inspired)\s")  # "a U-Net style network"


# The members before a name in a bracketed list, and the plural head of what the paper makes before the bracket.
_BRACKET_LIST_SO_FAR = re.compile(r"\s*(?:[^(),;]{1,40},\s*){0,6}(?:and\s+|or\s+)?")
_MADE_PLURAL = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:datasets|benchmarks|corpora|suites|models|methods|variants)\s*")


def _intro_end(before: str, intro: re.Match[str]) -> int:
    """Where the making verb of ``intro`` ends, or the last verb of making coordinated after it ("we develop a
    pipeline for X and construct the Y dataset": the words between "construct" and the name count)."""
    end = intro.end()
    for later in _AND_INTRO.finditer(before, end):
        end = later.end()
    shared = _SHARED_OBJECT.match(before, end)
    return shared.end() if shared else end


# A second verb that shares the making verb's object: "we propose and evaluate [FooNet]", "we introduce and publicly
# release [FooCD]" (the object comes next; "we propose and evaluate on X" still has its "on"; not a verb whose object is
# often another's work: "we present and analyze GPT-4 outputs").
_SHARED_OBJECT = re.compile(r"\s+and\s+(?:(?:also|then|further|publicly|openly|empirically|extensively|rigorously)\s+)?"
                            r"(?:evaluat|validat|test|describ|implement|deploy|train|assess|releas|open-sourc)[a-z]*"
                            r"(?=\s+(?:(?:the|a|an|our)\s+)?(?:(?-i:[A-Z])|$)|$)", re.IGNORECASE)


_CODED = re.compile(r"[A-Z0-9].*[A-Z0-9]")  # "UMPE", "Foo2", "ZorbNet"; not a word with a capital ("Transformer")
# What a procedure of the paper's gives, named where the clause ends: "we fine-tune SAM2 on MA-V to obtain
# SAM2-Matte, which ...", "..., yielding FooNet." (not "to obtain CLIP features").
_OBTAINED_BEFORE = re.compile(r"\b(?:to (?:obtain|get|produce|derive)|obtaining|yielding|resulting(?: in)?|"
                              r"producing)\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:which|that|with)\b)")

# A defined name with a data head noun after its bracket: "construct the Matting Anything in Video (MA-V) dataset"
# (data only: "VideoAR, the first Visual Autoregressive (VAR) framework" names the known family VideoAR belongs to)
_DEFINED_HEAD_AFTER = re.compile(r"\s*\)\s+(?:data ?set|corpus|benchmark|suite)s?\b", re.IGNORECASE)


def mention_role(doc: Doc, cand: Candidate, entity_type: str, starts: tuple[int, ...] = (),
                 prior: bool = False) -> Role:
    """The role one mention supports; ``starts`` are where the paper's other names begin; ``prior``: the
    abstract named the entity in its background, before speaking of its own work."""
    text = doc_text(doc)
    s_start, s_end = sentence_bounds(doc, cand.start)
    if _NOVEL_AFTER.match(text, cand.end, s_end) and not _COMPARE.search(text, s_start, cand.start):
        return Role.INTRODUCES  # "LEO-MINI employs MMoE, a novel mixture of multi-modal experts module"
    if _MADE_AFTER.match(text, cand.end, s_end) or _OURS_AFTER.match(text, cand.end, s_end) or (
            _CODED.search(cand.text) and cand.entry is None and _INTRODUCED_AFTER.match(text, cand.end, s_end)):
        return Role.INTRODUCES
    before = text[s_start:cand.start]
    # "we introduce a GLiNER-based framework", "a novel SDS approach": what the new thing is built on or a kind of
    # ("We present Disco4D, a novel Gaussian Splatting framework": the appositive's kind, what the named thing is)
    kind_of = (prior or _APPOSED_NOVEL.search(before[-60:]) is not None) and _KIND_OF_KNOWN.match(text, cand.end)
    built_on = _BUILT_ON_AFTER.match(text, cand.end) is not None or bool(kind_of) \
        or (cand.source == "lexicon" and _OUR_ADAPTED.search(before[-50:]) is not None) \
        or (cand.source == "lexicon" and _MODIFIED_AFTER.match(text, cand.end) is not None) \
        or (cand.source == "lexicon" and _COMPONENT_AFTER.match(text, cand.end) is not None  # "our prompt-based
            and not _title_announces(text, cand.text))  # QwQ-32B agent"
    # (not in a paper whose title announces the name: "Mamba: Linear-Time ..." speaks of "the Mamba architecture";
    # "A Novel Graph-Regulated Disentangling Mamba Model" builds one on Mamba)
    # (the paper's known model ("our fine-tuned LLaMA 2") or a system built on one ("a wavelet-enhanced Mamba
    # architecture"); not in a paper whose title names it: "the Mamba architecture" in Mamba's)
    # (lower-cased for the cheap word tests of the searches below, which run per mention and rarely match; None: a
    # letter outside ASCII, which case-insensitive matching may fold into an ASCII one, so search)
    lower = before.lower() if before.isascii() else None
    naming = _NAMING.search(before[-40:]) if _holds(lower, -40, _NAMING_WORDS) else None
    if naming and naming.group().lower().startswith("namely") and _COUNTED_EXISTING.search(before[-120:]):
        naming = None  # "on three common benchmarks for 3D pose estimation, namely [A], B and C": sets that exist
    if naming and (cand.entry is not None or cand.source == "lexicon") and _BEST_OF_RUN.search(naming.group()):
        naming = None  # "Our best model ([Qwen2.5-VL-7B]) reaches 52.6%": the best of the known models it ran
        # (and "our 3B [LLaMA] outperforms our 8B LLaMA": the sizes of a known model it ran)
    if naming and not _ACTING.search(naming.group()) and not built_on and not _ROLE_AFTER_NAME.match(text, cand.end):
        return Role.INTRODUCES
    if _holds(lower, -80, ("into ",)) and _MADE_INTO.search(before[-80:]) and not built_on:
        return Role.INTRODUCES  # "integrating them into a coherent longitudinal history dataset, [MediLongChat]"
    if cand.source in ("shape", "introduced") and _holds(lower, -60, ("our",)) \
            and _OUR_SYSTEM_NAMED.search(before[-60:]) and not built_on:  # (a known name's source is "lexicon")
        return Role.INTRODUCES
    if _holds(lower, -120, ("our",)) and _OUR_PLURAL_LIST.search(before[-120:]) and not built_on:
        return Role.INTRODUCES  # "Using our proposed benchmarks, A and [B], ..."
    if _OBTAINED_BEFORE.search(before[-30:]) and _CLAUSE_END_AFTER.match(text, cand.end) \
            and _OWN_VOICE.search(before):
        return Role.INTRODUCES
    paren = before.rfind("(")
    if paren > 0 and _BRACKET_LIST_SO_FAR.fullmatch(before, paren + 1):
        made = _INTRO.search(before, 0, paren)  # "we introduce new specialized datasets (FineMath, [Stack-Edu], and"
        if made is not None and _MADE_PLURAL.fullmatch(before, _intro_end(before[:paren], made), paren):
            return Role.INTRODUCES
    # the last clause of making: "we propose a representation ... and we develop [TextRenderNet]"
    makings = list(_INTRO.finditer(before)) if may_introduce(before) else []
    intro = makings[-1] if makings else _own_name_makes(text, before)
    if makings and _ADJECTIVAL_MADE.search(intro.group()) and _LOWER_WORD.match(before, intro.end()):
        intro = None  # "we evaluate the proposed framework across three benchmarks: [A], ...": made before, not here
    if intro and cand.source == "lexicon" and _BROUGHT_INTO_AFTER.match(text, cand.end):
        intro = None  # "we introduce the Transformer to form a novel module T-Encoder": a known name brought in
    if intro and not built_on:
        between = before[_intro_end(before, intro):]
        first = not any(s_start + intro.end() <= s < cand.start for s in starts)
        if first and (not _BLOCKERS.search(between) or len(between.strip()) < 3
                      and not _BLOCKERS.fullmatch(between.strip())):  # (not "we build on [X]": X is what it is built on)
            return Role.INTRODUCES
        if first and _COORDINATED_ADJECTIVES_HEAD.fullmatch(between):
            return Role.INTRODUCES  # "we introduce a programmable and synthetic dataset, [InAbHyD]": the "and" joins
            # two words of the made thing's description, no second object
        if first and _TITLE_CASE_LONG.fullmatch(between):
            return Role.INTRODUCES  # "we present Needle In A Multimodal Haystack ([MM-NIAH])": its words are a name
        if _MADE_PLURAL_LIST.fullmatch(between):
            return Role.INTRODUCES  # "we introduce two novel methods, Visual Activation Patching and [HeadLens]"
        if _MADE_PAIR.fullmatch(between) and cand.source != "lexicon":
            return Role.INTRODUCES  # "we release the Quokka Treebank and the [Kelp Corpus]": the verb's second object
        if _AND_NEXT_MADE.search(between) and _APPOSED_IN.search(between) and _DEFINED_AFTER.match(text, cand.end) \
                and not _COMPARE.search(between):
            return Role.INTRODUCES  # "we propose the X (TIM), a family of LLMs ..., and TIMRUN, an inference runtime"
    compare = _last_compare(before)
    model_from = compare.end() if compare is not None else 0
    if entity_type not in (EntityType.DATASET, EntityType.BENCHMARK) \
            and _holds(lower, model_from, _COMPARE_MODEL_WORDS):
        for later in _COMPARE_MODEL.finditer(before, model_from):
            compare = later
    if compare is not None:
        if _GAIN.search(before, compare.end()) and _APPLIED_ON.search(before):
            return Role.USES
        if entity_type is EntityType.MODEL and _MODEL_APPLIED_ON.search(before[-20:]):
            return Role.USES  # "... surpassing full-gradient updates on the Qwen3-8B base model": what it runs on
        after_cue = before[compare.end():]
        if entity_type in (EntityType.DATASET, EntityType.BENCHMARK) and (
                _ON_BEFORE.search(after_cue) or _RAISED_BEFORE.search(after_cue[-30:])):
            return Role.USES
        if _WITH_BEFORE.search(after_cue):
            return Role.USES
        if not re.search(r"[;:]", after_cue):
            return Role.COMPARES
    return Role.USES  # the default: datasets are evaluated on, models built on; "mentions" needs no cue


# A made thing described with two joined words, then its name: " a programmable and synthetic dataset, [X]".
_COORDINATED_ADJECTIVES_HEAD = re.compile(r"\s*(?:a|an|the|our)\s+(?:[a-z][\w-]*,?\s+){0,2}(?:and|or)\s+"
                                          r"(?:[a-z][\w-]*\s+){1,3}?[a-z][\w-]*,\s*")
# The names a making verb lists after a plural head: "two novel interpretability methods, A and [B]".
_MADE_PLURAL_LIST = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:datasets|benchmarks|corpora|suites|models|methods|variants|"
                               r"modules|components|techniques|strategies|algorithms)\s*[,:]\s*"
                               r"(?:[A-Z0-9][^(),;:]{0,39}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}")
# The first of two names one making verb takes, then "and": "we release the Quokka Treebank and the [Kelp Corpus]".
_MADE_PAIR = re.compile(r"\s*(?:(?:the|our|a|an)\s+)?[A-Z][^\s,;()]*(?:\s+[A-Z][^\s,;()]*){0,3}\s+(?:and|&)\s+"
                        r"(?:(?:the|our|a|an)\s+)?")
# The second of two things one making verb names, each defined where it is named: ", a family of ..., and [Y], a".
_AND_NEXT_MADE = re.compile(r",\s*and\s+(?:also\s+)?$")
_APPOSED_IN = re.compile(r"\S\s*,\s*(?:an?|the first)\s", re.IGNORECASE)


def _defined_in_list(text: str, entity: DocEntity, abbreviations: list[Abbreviation]) -> bool:
    """The entity's acronym is spelled out as a member of a list of names ("against five alternatives: BGE-M3, LaBSE,
    and Paraphrase-Multilingual-MPNet (mMPNet)"): one of the list's models, not a part the paper makes."""
    key = norm_key(entity.name)
    return any(norm_key(a.short) == key and _LIST_END.search(text, max(0, a.long_start - 6), a.long_start)
               and _CAPITALISED_BEFORE_LIST.search(text, max(0, a.long_start - 40), a.long_start)
               and not _INTRO.search(text, max(text.rfind(". ", 0, a.long_start), 0), a.long_start)
               for a in abbreviations)  # (not "we propose ZorbNet and Kelp Quill Net (KQNet)": the paper's own)


# The list member before: "LaBSE, and [long form]", "E5-large, [long form]".
_CAPITALISED_BEFORE_LIST = re.compile(r"[A-Z][\w.+-]*[A-Z0-9][\w.+-]*\s*(?:\([^()]*\)\s*)?"
                                      r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _title_announces(text: str, name: str) -> bool:
    """Whether the title announces ``name`` ("Mamba: Linear-Time ...", "Mamba-2 and ...") or, with no name of its
    own announced, holds it among its words ("Scaling Mamba to ...")."""
    title_end = max(text.find("\n"), 0)
    if name not in text[:title_end]:
        return False
    span = title_name(text)
    if span is not None:
        return text[span[0]:span[1]] == name
    return not _MADE_IN_TITLE.search(text, 0, title_end)


# A title that says the paper makes a new thing of some kind: "A Novel ... Mamba Model for ...".
_MADE_IN_TITLE = re.compile(r"^(?:An?\s+)?(?:Novel|New)\b", re.IGNORECASE)


def _holds(lower: str | None, start: int, words: tuple[str, ...]) -> bool:
    """Whether ``lower[start:]`` (a lower-cased ASCII text) holds one of ``words``, which a pattern needs;
    None (a text with other letters) may hold them."""
    if lower is None:
        return True
    window = lower[start:]
    for word in words:  # (a loop, not any() over a generator: this runs several times per mention)
        if word in window:
            return True
    return False


def _last_compare(before: str) -> re.Match[str] | None:
    """The last comparison cue in ``before`` (run per mention). ASCII text, nearly all, is searched lower-cased
    with :data:`_COMPARE_LOWER`: the same matches at the same offsets as :data:`_COMPARE` on the text itself;
    most of it holds none of the pattern's words, and is not searched."""
    pattern, text = (_COMPARE_LOWER, before.lower()) if before.isascii() else (_COMPARE, before)
    if pattern is _COMPARE_LOWER:
        for word in _COMPARE_WORDS:  # (a loop, not any() over a generator: this runs per mention)
            if word in text:
                break
        else:
            return None
    last = None
    for last in pattern.finditer(text):
        pass
    return last


# A name defined where it is named: ", a ...", ", an ...", ", the first ...", ", the largest ..."
# (a bracket may stand between: "TA1C (for Te Ahorré Un Click), the first dataset")
_DEFINED_AFTER = re.compile(r"(?:\s*\([^()]{1,80}\))?\s*,\s*(?:an?|the first|the largest)\s"
                            r"(?!(?:recent|recently|popular|widely|well-known|"
                            r"standard|existing|prior|previous|classic|common|commonly|state-of-the-art)\b)",
                            re.IGNORECASE)
# A title-case name and the bracket of its short form after a verb of making: "we present Needle In A Multimodal
# Haystack (", whose capitalised small words ("In", "A") are no blockers
_TITLE_CASE_LONG = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?[A-Z][\w-]*,?\s+(?:(?:of|for|and|in|with|to|on|from|the)\s+)?"
                              r"(?:[A-Z][\w-]*,?\s+(?:(?:of|for|and|in|with|to|on|from|the)\s+)?){1,7}\(\s*")
# "(1) SegFlow is a 2.96M-parameter segmentation model": an enumerated part the paper defines (not "is a
# popular ..." nor "is an existing ...")
_IS_A_AFTER = re.compile(r"\s+(?:is|are)\s+(?:an?)\s(?!(?:recent|recently|popular|widely|well-known|standard|existing|"
                         r"prior|previous|classic|common|commonly|state-of-the-art)\b)", re.IGNORECASE)
# Words before a name that make it someone else's work the paper takes up ("we extend LabelMaker, a ...").
_TAKEN_UP = re.compile(r"\b(?:extend\w*|adapt\w*|analy[sz]\w*|uses?|used|using|adopt\w*|employ\w*|leverag\w*|"
                       r"follow\w*|similar to|like|unlike|reproduc\w*|revisit\w*|study|studies|investigat\w*)\b",
                       re.IGNORECASE)
_SUCH_AS = re.compile(r"\b(?:such as|e\.g\.,?|including|like)\s+(?:[\w.-]+(?:,\s*|\s+and\s+))*(?:the\s+)?$",
                      re.IGNORECASE)
_LIST_END = re.compile(r"(?:,|\band|\bor)\s*$")  # "CUA-World and OSExpert-Eval, a ... agent": a list's last item


def _taken_up(doc: Doc, text: str, cand: Candidate) -> bool:
    """A cue right before the name that it is someone else's: "such as X", "models like A and X", "on the X"."""
    s_start, _ = sentence_bounds(doc, cand.start)
    before = text[s_start:cand.start]
    return bool(_USED_BEFORE.search(before) or _SUCH_AS.search(before[-40:]))


def _own_name_makes(text: str, before: str) -> re.Match[str] | None:
    """"TinyFormer introduces a Parallel Bi-fusion Module (PBM)": the paper's own model, named by its title, as
    the subject of a verb of making (as "we introduce ...")."""
    # (a verb of making first: the pattern needs one, case-sensitive as it is, and few sentences hold one)
    for verb in _MAKES_VERBS:  # (a loop, not any() over a generator: this runs per mention)
        if verb in before:
            break
    else:
        return None
    made = _NAME_MAKES.search(before)
    if made is None:
        return None
    title = title_name(text)
    return made if title is not None and norm_key(made.group(1)) == norm_key(text[title[0]:title[1]]) else None


_MAKES_VERBS = ("introduces", "proposes", "presents", "designs", "develops", "incorporates", "devises", "constructs")
_NAME_MAKES = re.compile(rf"\b([A-Z][\w.+-]*)\s+(?:also\s+|further\s+|first\s+)?(?:{'|'.join(_MAKES_VERBS)})\b")


def _built_upon(doc: Doc, text: str, entity: DocEntity, abbreviations: list[Abbreviation]) -> bool:
    """The acronym's definition follows what the paper builds on: "we build our system upon the renderable
    3D gaussian (3DGS) representation", "based on the ..."."""
    for abbr in abbreviations:
        if norm_key(abbr.short) == norm_key(entity.name):
            s_start, _ = sentence_bounds(doc, abbr.short_start)
            return _UPON_BEFORE.search(text, s_start, abbr.long_start) is not None
    return False


def _cited_coinage(text: str, entity: DocEntity, abbreviations: list[Abbreviation], background_end: int = -1) -> bool:
    """A coined acronym spelled out as what inspired the paper or as an existing method ("Inspired by Dynamic
    sAmpling Policy Optimization (DAPO), ...", "methods such as Group reward-Decoupled ... (GDPO)"), or in the
    background before the paper speaks of its own work ("Visual AutoRegressive (VAR) modeling has garnered
    significant attention. ... we present ..."): another paper's coinage, not this one's."""
    key = norm_key(entity.name)
    return any(norm_key(a.short) == key and (
        _CITED_BEFORE.search(text, max(0, a.long_start - 60), a.long_start) or a.short_end < background_end)
        for a in abbreviations)


# "Molmo and PixMo: Open Weights and Open Data": a title that announces two names before its colon
_PAIRED_TITLE = re.compile(r"^([A-Z][\w.+-]+) (?:and|&) ([A-Z][\w.+-]+): ")
# "LandslideAgent with Multimodal LandslideBench: ...": a coined name with the coined one it comes with.
_WITH_TITLE = re.compile(r"^([A-Z][\w.+-]+) with (?:[A-Z][a-z]+ )?([A-Z][\w.+-]+): ")


# A title's opening words up to what they are for: "Mean Flows [for One-step Generative Modeling]".
_TITLE_OPENING = re.compile(r"((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+?)s?\s+(?:for|via|with|in|on)\s")


def _spaced_title_keys(text: str) -> set[str]:
    """The coined word a title's opening capitalised words make, singular ("meanflow" of "Mean Flows for ..."),
    when the abstract writes it as one word."""
    opening = _TITLE_OPENING.match(text)
    if opening is None:
        return set()
    coined = "".join(opening.group(1).split())
    return {norm_key(coined)} if re.search(rf"\b{re.escape(coined)}s?\b", text[opening.end():]) else set()


def _paired_title_keys(text: str) -> set[str]:
    """The keys of both names a title pairs before its colon, when one at least is coined ("Molmo and PixMo";
    not "Vision and Language: ...")."""
    m = _PAIRED_TITLE.match(text)
    if m is None and " with " in text[:80]:
        m = _WITH_TITLE.match(text)  # (both coined: "CLIP with Quality Captions" is a known name used with words)
        return {norm_key(m.group(1)), norm_key(m.group(2))} if m and _CODED.search(m.group(1)) and _CODED.search(
            m.group(2)) else set()
    return {norm_key(m.group(1)), norm_key(m.group(2))} if m and (_CODED.search(m.group(1)) or _CODED.search(
        m.group(2))) else set()


def _in_title(text: str, title_end: int, name: str) -> bool:
    """The title writes the name, as a word or the start of a longer name ("MIDOG" of "MIDOG 2025")."""
    at = text.find(name, 0, title_end)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if not (before.isalnum() or before in "_-" and before) and not (after.isalnum() or after == "_"):
            return True
        at = text.find(name, at + 1, title_end)
    return False


_CITED_BEFORE = re.compile(r"\b(?:inspired by|motivated by|such as|like|e\.g\.,?|following|existing|prior|previous|"
                           r"recent)\s+(?:the\s+|methods?\s+|approaches?\s+|works?\s+)?$", re.IGNORECASE)


_UPON_BEFORE = re.compile(r"\b(?:upon|on top of|based on|built on|builds on|build on|building on|grounded in)\s+"
                          r"(?:the\s+|a\s+|an\s+)?"
                          r"(?:[\w.^-]+\s+){0,3}$", re.IGNORECASE)


def _variant_of(name: str, base: str) -> bool:
    """Is ``name`` ``base`` with more after a break: "DeltaSeg-L", "Foo 2", "FooNet_v2", "KelpLM-7B"? Not
    "SegFormer" after "SE", nor "Transformer" after "Trans": the rest must not go on the base's last word."""
    if len(name) <= len(base) or not name.startswith(base) or not base:
        return False
    nxt = name[len(base)]
    return not nxt.isalpha() or (nxt.isupper() and base[-1].islower())  # "FooNetV2", not "SEgFormer"


def _own_part(doc: Doc, text: str, cand: Candidate, own_start: int) -> bool:
    """A name no corpus knows, defined by an appositive in the paper's account of its own work and with no
    cue of use or comparison before it: "(ii) Tool-GRPO, a reinforcement learning algorithm that ...",
    "Central to this framework is MoTok, a diffusion-based tokenizer", "(1) SegFlow is a segmentation model"."""
    if cand.start < own_start or not (_DEFINED_AFTER.match(text, cand.end) or (
            _ENUM_BEFORE.search(text, max(0, cand.start - 8), cand.start) and _IS_A_AFTER.match(text, cand.end))):
        return False
    s_start, _ = sentence_bounds(doc, cand.start)
    before = text[s_start:cand.start]
    return not (_COMPARE.search(before) or _WITH_BEFORE.search(before) or _USED_BEFORE.search(before)
                or _ON_BEFORE.search(before[-30:]) or _TAKEN_UP.search(before) or _LIST_END.search(before))


# A sentence in which the paper speaks of its own work ("we", "our", "this paper", "is proposed").
_OWN_VOICE = re.compile(r"\b(?:we|our|us|this (?:paper|work|study|article|report)|in this|here,|"
                        r"(?:is|are) (?:proposed|presented|introduced|developed|designed))\b", re.IGNORECASE)


# _OWN_VOICE without IGNORECASE, for lower-cased ASCII text (its letters are all lower case): case-sensitive matching
# skips the case folding of every character it reads.
_OWN_VOICE_LOWER = re.compile(_OWN_VOICE.pattern)


def _own_work_start(doc: Doc, text: str, title_end: int) -> int:
    """Where the abstract's first sentence about the paper's own work starts: what comes before it is
    background. An abstract that never says "we" or "our" has no background (the title's end)."""
    starts = sentence_starts(doc)
    # ASCII text is searched lower-cased with _OWN_VOICE_LOWER: the same matches at the same offsets, faster
    pattern, searched = (_OWN_VOICE_LOWER, text.lower()) if text.isascii() else (_OWN_VOICE, text)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if start > title_end and pattern.search(searched, start, end):
            return start
    return title_end


@Language.factory(
    "mlkg_roles",
    assigns=["doc._.mlkg_entities"],
    requires=["doc._.mlkg_entities", "doc._.abbreviations", "token.is_sent_start"],
    default_config={"path": None},
)
def make_role_classifier(nlp: Language, name: str, path: str | None) -> RoleClassifier:
    from .lexicon import load_lexicon

    return RoleClassifier(name, {k: e.papers for k, e in load_lexicon(path).entries.items()})


class RoleClassifier:
    def __init__(self, name: str, papers: Mapping[str, int] | None = None) -> None:
        self.name = name
        self.papers = papers or {}  # lexicon id -> how many papers of the corpus use the name
        ensure_doc_extensions()

    @staticmethod
    def _defined_in_intro(doc: Doc, entity: DocEntity, abbreviations: list[Abbreviation]) -> bool:
        """A new acronym defined in a sentence that says we propose/design/introduce something. A name
        the lexicon knows counts only with a head noun after it ("construct the Matting Anything in
        Video (MA-V) dataset"): other papers' use of the letters says nothing of this definition."""
        text = doc_text(doc)
        for abbr in abbreviations:
            if norm_key(abbr.short) == norm_key(entity.name):
                if entity.lexicon_id is not None and not _DEFINED_HEAD_AFTER.match(text, abbr.short_end):
                    continue
                s_start, _ = sentence_bounds(doc, abbr.short_start)
                before = text[s_start:abbr.long_start]
                intro = _INTRO.search(before)
                if intro and not _USED_BEFORE.search(before) and (
                        not _BLOCKERS.search(before, _intro_end(before, intro)) or _NAMING.search(before[-40:])):
                    return True  # (not "we construct SonicSet using the Freesound Dataset 50k (FSD50K)")
                if _OUR_NOVEL.search(before):
                    return True  # "Our novel stealthy Visual Memory Injection (VMI) attack"
        return False

    def __call__(self, doc: Doc) -> Doc:
        entities = read_entities(doc)
        if not entities:
            return doc
        abbreviations = abbreviations_of(doc)
        text = doc_text(doc)
        title = title_name(text)
        title_keys = {norm_key(text[title[0]:title[1]])} if title else _paired_title_keys(text)
        if not title:  # "Mean Flows for One-step Generative Modeling", then "MeanFlow achieves ...": the title's
            title_keys |= _spaced_title_keys(text)  # opening words, written as one coined word
        title_end = text.find("\n")
        title_end = len(text) if title_end < 0 else title_end
        starts = tuple(sorted({m.start for e in entities for m in e.mentions}))
        own_start = _own_work_start(doc, text, title_end)
        for entity in entities:
            best = Role.MENTIONS
            # named in the background (a mention, or the words of a title-case run written there again)
            prior = any(title_end < c.start < own_start for c in entity.mentions) or (
                " " in entity.name and 0 <= text.find(entity.name, title_end, own_start))
            for cand in entity.mentions:
                if cand.source in ("title", "introduced") or norm_key(cand.text) in title_keys:
                    role = Role.INTRODUCES
                elif cand.source == "titlecase":  # a title-case run is the paper's own part ("Multi-Scale Linear
                    # Attention"), unless named in the background (here or in another mention: "surface extraction via
                    # Marching Cubes", then "a multi-labeled Marching Cubes algorithm") or as what is used or compared
                    # ("models such as AnimateDiff and Stable Video Diffusion", "training on the Stable Video Diffusion
                    # model")
                    role = Role.USES if cand.start < own_start or prior or _taken_up(doc, text, cand) \
                        else Role.INTRODUCES
                elif cand.start < title_end:
                    continue  # other title mentions: the abstract says what the paper does
                elif any(a.long_start <= cand.start and cand.end <= a.long_end and a.long_end <= a.short_start
                         and cand.end - cand.start < a.long_end - a.long_start for a in abbreviations):
                    role = Role.USES  # "we present UnderWater SegFormer (UWSegFormer)": the acronym is introduced,
                    # the name inside its long form is what it builds on
                else:
                    role = mention_role(doc, cand, entity.type, starts, prior=prior)
                if ROLE_STRENGTH[role] > ROLE_STRENGTH[best]:
                    best = role
                    if best is Role.INTRODUCES:
                        break  # the strongest role: the other mentions cannot change it (their tests have no effects)
            background_end = own_start if entity.coined and own_start > title_end and not _in_title(
                text, title_end, entity.name) else -1  # (not a name the title writes: "... the MIDOG 2025 Challenge")
            if entity.coined and not _cited_coinage(text, entity, abbreviations, background_end) \
                    and not _defined_in_list(text, entity, abbreviations) or \
                    self._defined_in_intro(doc, entity, abbreviations):
                best = Role.INTRODUCES
            elif best in (Role.USES, Role.MENTIONS) and entity.lexicon_id is None and \
                    any(_own_part(doc, text, m, own_start) for m in entity.mentions):
                best = Role.INTRODUCES  # "At its core is QuART, a query-conditioned gating module"
            elif (entity.lexicon_id is None and entity.aliases and best in (Role.USES, Role.MENTIONS)
                  and entity.type is EntityType.MODEL
                  and min((c.start for c in entity.mentions if c.start > title_end), default=-1) >= own_start
                  and not _built_upon(doc, text, entity, abbreviations)
                  and not _cited_coinage(text, entity, abbreviations)
                  and not _defined_in_list(text, entity, abbreviations)):
                best = Role.INTRODUCES  # an acronym no corpus knows, spelled out here: the paper's own part (not in
                # the background: "Recently, Vision Graph Neural Network (ViG) has gained attention")
            if best is Role.INTRODUCES and not entity.coined and entity.lexicon_id is not None \
                    and self.papers.get(entity.lexicon_id, 0) >= WELL_KNOWN_PAPERS \
                    and 0 > text.find(entity.name, 0, max(title_end, 0)) and not any(
                    c.source == "title" or c.start < title_end or norm_key(c.text) in title_keys
                    for c in entity.mentions):  # (nor in the title's own name: "VBench++" extends VBench)
                best = Role.USES  # "PI-LoRA (Path-Integrated LoRA)", "we propose a multi-condition ControlNet": a name
                # hundreds of papers use is what the paper builds on, unless its title names it as its own
            if best is Role.MENTIONS and all(c.start < title_end for c in entity.mentions):
                best = Role.USES
            elif best is Role.USES and all(title_end < c.start < own_start for c in entity.mentions):
                best = Role.MENTIONS  # named only in the background, before the paper speaks of its own work
            entity.role = best
        for run in sized_runs(text, entities):  # "we develop FooLM-2B/4B/8B": all three sizes
            strongest = max((entities[i].role for i in run), key=lambda r: ROLE_STRENGTH[r])
            for i in run:
                entities[i].role = strongest
        introduced = [(e.name, norm_key(e.name)) for e in entities if e.role is Role.INTRODUCES]
        for entity in entities:  # a variant of an introduced name is introduced too: "DeltaSeg-L", "FooNet 2"
            key = norm_key(entity.name)
            if entity.role is not Role.INTRODUCES and any(
                    _variant_of(entity.name, name) or len(k) >= 4 and key.startswith(k) and key != k
                    for name, k in introduced):  # (a short acronym starts many names: "SE", "SegFormer")
                entity.role = Role.INTRODUCES
        update_roles(doc, entities)
        return doc
