"""Typed contexts in one document: what each name is said to be, introduced, evaluated on."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from mlkg.extract.shapes import BENCH_END

from .definitions import find_definitions, singular
from .lists import _name_ok, parse_list_backward, parse_list_forward
from .tokens import token_shape
from .vocab import _HEAD_ALT, HEAD_KIND, HEAD_RE, PLURAL_HEADS

# --------------------------------------------------------------------------------------
# Typed contexts in one document
# --------------------------------------------------------------------------------------
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(\[])|\n+")
_FWD_MARK = re.compile(r"\s*(?:\(|,|:|—|–)?\s*(?:such\s+as|including|includes|include|like|"
                       r"e\.g\.,?|i\.e\.,?|namely|specifically|viz\.?)\s+|"
                       r"\s*(?::|\()\s*(?=[A-Z0-9])", re.IGNORECASE)
_EVAL_TRIGGER = re.compile(r"\b(?=[rReEaApPoOsStTbBiIgGvVdD])(?:[Rr]esults?|[Ee]xperiments?|"
                           r"[Ee]valuat|[Aa]ccuracy|[Pp]erformance|[Aa]chiev|[Oo]utperform|"
                           r"[Ss]tate-of-the-art|SOTA|[Tt]ested|[Bb]enchmark|[Ii]mprov|[Ss]urpass|"
                           r"[Ss]cores?|[Gg]ains?|[Vv]alidated|[Dd]emonstrat)")
_EVAL_ON = re.compile(r"\b(?:on|across)\s+(?:the\s+)?(?:(?:challenging|popular|standard|public|"
                      r"widely[- ]used|large-scale|several|multiple|two|three|four|five|six|seven|"
                      r"diverse|various|real-world|established|mainstream|representative|"
                      r"well-known|benchmark|benchmarks|datasets?)[\s,]+)*(?:(?:such\s+as|"
                      r"including|like|e\.g\.,?)\s+)?")
_TRAIN_ON = re.compile(r"\b(?=[pPtTfFdD])(?:[Pp]re-?train(?:ed|ing)|[Tt]rain(?:ed|ing)?|"
                       r"[Ff]ine-?tun(?:ed|ing)|[Dd]istilled)\s+(?:\w+\s+){0,2}?"
                       r"on\s+(?:the\s+)?(?:large-scale\s+|public\s+)?")
_COMPARE = re.compile(
    r"\b(?=[oOsSbBeErRcCvViI])(?:[Oo]utperform(?:s|ed|ing)?|[Ss]urpass(?:es|ed|ing)?|"
    r"[Bb]eat(?:s|ing)?|[Ee]xceed(?:s|ed|ing)?|[Rr]ival(?:s|ing)?|"
    r"[Cc]ompar(?:ed|ison|ing)\s+(?:to|with|against)|better\s+than|superior\s+to|versus|vs\.?|"
    r"competitive\s+with|on\s+par\s+with|[Bb]uilt\s+(?:on|upon)|[Bb]ased\s+on|"
    r"[Ii]nitiali[sz]ed\s+(?:from|with)|backbones?\s+(?:of|from))\s+"
    r"(?:the\s+)?(?:(?:strong|state-of-the-art|existing|previous|prior|leading|competitive|"
    r"proprietary|open-source|closed-source|commercial|larger|recent|popular|powerful|"
    r"pretrained|pre-trained|frozen|original|vanilla|standard)\s+)*"
    r"(?:(?:models?|methods?|baselines?|approaches|systems|LLMs|MLLMs|VLMs|counterparts|"
    r"architectures?|backbones?|encoders?)\s*,?\s*(?:such\s+as|including|like|e\.g\.,?)?\s*)?")
_INTRO_VERB = re.compile(
    r"\b(?=[Wwp])(?:[Ww]e|paper|work)\s+(?:\w+ly\s+)?(?:propose|present|introduce|develop|design|"
    r"release|build|construct|curate|collect|create|contribute|establish|offer|describe|devise)"
    r"[sd]?\s+")
_INTRO_HEAD_FIRST = re.compile(
    r"^(?:a|an|the)\s+((?:[\w-]+\s+){0,6}?)(" + _HEAD_ALT + r")\s*(?:,|:|—|–)?\s*"
    r"(?:(?:called|named|dubbed|termed|coined|namely|i\.e\.,?)\s+)?(?=[A-Z0-9])", re.IGNORECASE)
_DUBBED = re.compile(r"(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?(?=[A-Z0-9])")
_APPOSITIVE = re.compile(r"^\s*(?:\([^()]{0,80}\))?\s*(?:,|:|—|–|--)\s*(?:which\s+is\s+)?"
                         r"(?:a|an|the|our)?\s*((?:[\w-]+\s+){0,6}?)(" + _HEAD_ALT + r")\b",
                         re.IGNORECASE)
_METRIC_VALUE = re.compile(r"(?:[=≈]| of) ?[+-]?\d")
_PREV_TOKEN = re.compile(r"(?<![\w+])([A-Za-z0-9][A-Za-z0-9+]*(?:[-./][A-Za-z0-9+]+)*)"
                         r"(?:\s+scores?)?$")
_PAREN_ACR_END = re.compile(r"\(([A-Za-z0-9][A-Za-z0-9+.\-]{0,15})\)\s$")
_TITLE_NAME = re.compile(r"^\s*([^:]{1,60}?)\s*(?::|\s[-–—]\s)\s*\S")


_SIZE_END = re.compile(r"[-_ ](?i:small|base|large|tiny|medium|huge|xl|xxl)$")


def shape_votes(name: str) -> Counter:
    """Type hints from the shape of a name: -Bench, -1M/-7K sizes, -7B parameter counts."""
    votes: Counter = Counter()
    if BENCH_END.search(name):
        votes["benchmark"] += 6  # the name says what it is: "VTC-Bench" is never a model
    elif re.search(r"Bench|[-_ ]bench\b", name):
        votes["benchmark"] += 2
    if re.search(r"[- ]\d+(?:\.\d+)?[KM]\b", name):
        votes["dataset"] += 2
    if re.search(r"[- ]\d+(?:\.\d+)?[Bb]\b(?!\w)", name):
        votes["model"] += 4  # a parameter count: "Qwen2.5-Math-1.5B" is a checkpoint, whatever "on" it follows
    elif _SIZE_END.search(name):
        votes["model"] += 4  # an architecture's size: "GPT2-small", "DiT-XL", "BERT Base" (experiments "on" them)
    elif re.search(r"[-_](?:Instruct|Chat|Base|Coder)\b", name):
        votes["model"] += 1
    return votes


@dataclass
class DocFacts:
    contexts: set = field(default_factory=set)  # (surface, kind)
    definitions: list = field(default_factory=list)
    introduced: set = field(default_factory=set)  # (surface, kind or "")


def _kind_of_head(head: str) -> str:
    return HEAD_KIND[re.sub(r"\s+", " ", head.lower())]


def _title_is_shouting(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def scan_document(text: str) -> DocFacts:
    """Typed contexts, acronym definitions and introductions found in one title+abstract."""
    facts = DocFacts()
    title, _, body = text.partition("\n\n")
    if _title_is_shouting(title):
        title = ""
    facts.definitions.extend(find_definitions(body))
    facts.definitions.extend(d for d in find_definitions(title) if d.kind != "lower")
    acr_of_long = {d.long_form: d.acronym for d in facts.definitions}

    def add(names: list[tuple[str, bool]], kind: str) -> None:
        for surface, _strong in names:
            facts.contexts.add((singular(surface), kind))

    def resolve_name(surface: str, rest: str) -> str:
        """'Dynamic Token Pruning (DTP)' -> 'DTP' when the parenthesis defines it."""
        m = re.match(r"^\s*\(([^()]{2,16})\)", rest)
        if m and acr_of_long.get(surface) == singular(m.group(1)):
            return singular(m.group(1))
        return surface

    # Title: "Name: subtitle" introduces Name.
    m = _TITLE_NAME.match(title) if title else None
    if m:
        got = _name_ok(m.group(1).split(), False, False)
        if got and got[1]:
            rest = title[m.end(1):].lower()
            kinds = [_kind_of_head(h.group(1)) for h in HEAD_RE.finditer(rest)]
            kinds = [k for k in kinds if k != "metric"]
            facts.introduced.add((singular(got[0]), kinds[0] if kinds else ""))

    for part_i, part in enumerate((title, body)):
        in_title = part_i == 0
        for sent in _SENT_SPLIT.split(part):
            if len(sent) < 4:
                continue
            for h in HEAD_RE.finditer(sent):
                head = re.sub(r"\s+", " ", h.group(1).lower())
                kind = HEAD_KIND[head]
                # A capitalised head word mid-sentence is part of a name: "Segment Anything
                # Model", "Diffusion Policy"; followed by another capitalised word it is inside
                # a longer name ("Group Relative Policy Optimization") and says nothing.
                cap_head = h.group(1)[0].isupper() and not in_title and h.start() > 0
                if cap_head:
                    nxt = re.match(r"\s+([A-Za-z0-9])", sent[h.end():h.end() + 3])
                    if nxt and (nxt.group(1).isupper() or nxt.group(1).isdigit()):
                        continue
                seg = sent[max(0, h.start() - 160):h.start()]
                if seg.endswith(" ") and not seg.endswith("  "):
                    seg_start_is_sentence = h.start() - 160 <= 0
                    acr = _PAREN_ACR_END.search(seg)
                    if acr and token_shape(acr.group(1)) == "strong" and \
                            singular(acr.group(1)) in acr_of_long.values():
                        # "the Segment Anything Model (SAM) model": the acronym is the name
                        names = [(singular(acr.group(1)), True)]
                    else:
                        names = parse_list_backward(seg.rstrip(),
                                                    0 if seg_start_is_sentence else None, in_title)
                    if cap_head and len(names) == 1 and not names[0][1]:
                        got = _name_ok(names[0][0].split() + [h.group(1)], False, False)
                        if got:
                            add([got], kind)
                        continue
                    if names:
                        before = seg.rstrip()[: len(seg.rstrip()) - len(names[0][0])]
                        article = re.search(r"\b(?:a|an|any|each|every|one)\s*$", before,
                                            re.IGNORECASE)
                        if len(names) == 1 and (head in PLURAL_HEADS or article):
                            add(names, "mod")
                        else:
                            add(names, kind)
                if head in PLURAL_HEADS or kind == "benchmark":
                    fm = _FWD_MARK.match(sent, h.end())
                    if fm:
                        add(parse_list_forward(sent[fm.end():fm.end() + 200], in_title), kind)
            if in_title:
                continue
            if _EVAL_TRIGGER.search(sent):
                for em in _EVAL_ON.finditer(sent):
                    names = parse_list_forward(sent[em.end():em.end() + 200])
                    add([n for n in names if n[1]], "eval")
            for tm in _TRAIN_ON.finditer(sent):
                names = parse_list_forward(sent[tm.end():tm.end() + 200])
                add([n for n in names if n[1]], "dataset")
            for cm in _COMPARE.finditer(sent):
                names = parse_list_forward(sent[cm.end():cm.end() + 200])
                add([n for n in names if n[1]], "model")
            for im in _INTRO_VERB.finditer(sent):
                rest = sent[im.end():im.end() + 240]
                hf = _INTRO_HEAD_FIRST.match(rest)
                kind = ""
                if hf:
                    kind = _kind_of_head(hf.group(2))
                    rest = rest[hf.end():]
                names = parse_list_forward(rest)[:1]
                if not names or not names[0][1] and len(names[0][0].split()) < 2:
                    continue
                surface = names[0][0]
                after = rest[rest.find(surface) + len(surface):] if surface in rest else ""
                surface = resolve_name(surface, after)
                if not kind:
                    ap = _APPOSITIVE.match(after)
                    if ap:
                        kind = _kind_of_head(ap.group(2))
                if kind == "metric":
                    kind = ""
                facts.introduced.add((singular(surface), kind))
            for dm in _DUBBED.finditer(sent):
                if dm.start() and (sent[dm.start() - 1].isalnum() or
                                   sent[max(0, dm.start() - 3):dm.start()] == "so-"):
                    continue
                names = parse_list_forward(sent[dm.end():dm.end() + 120])[:1]
                if not names or not names[0][1]:
                    continue
                window = sent[max(0, dm.start() - 80):dm.start()]
                heads = [_kind_of_head(x.group(1)) for x in HEAD_RE.finditer(window)]
                heads = [k for k in heads if k != "metric"]
                facts.introduced.add((singular(names[0][0]), heads[-1] if heads else ""))
    for mv in _METRIC_VALUE.finditer(body):
        pm = _PREV_TOKEN.search(body, max(0, mv.start() - 48), mv.start())
        if pm and token_shape(pm.group(1)) == "strong":
            facts.contexts.add((pm.group(1), "metric"))
    for d in facts.definitions:
        words = d.long_form.split()
        last = re.sub(r"[^a-z ]", "", words[-1].lower()) if words else ""
        if last in HEAD_KIND and HEAD_KIND[last] != "metric":
            facts.contexts.add((d.acronym, HEAD_KIND[last]))
    return facts


