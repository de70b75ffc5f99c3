"""Entity resolution across papers: which node each extracted mention becomes.

One node per real thing. Mentions meet on one node when their names are
spelling variants (case, hyphens, spaces, ``~``: CIFAR-10 = Cifar-10), when the
lexicon lists them as one entry, or when any paper defines one as the other's
abbreviation ("Contrastive Language-Image Pre-training (CLIP)"). An acronym
that papers define in different senses (SAM: Segment Anything Model,
Sharpness-Aware Minimization) is not allowed to chain those senses together:
the papers of the minority sense get a node of their own.

Three more merges: a two-digit year is the four-digit one (AIME24 = AIME 2024,
when both are written), a "v" before a release number is notation (SQuAD v2 = SQuAD 2.0; HumanEval Plus =
HumanEval+; when both are written), and a paper that introduces "Foo Transformer" and
"Foo" names one model twice. Two more splits, each needing positive evidence:
a name that several unrelated papers introduce in their titles ("HiFlow: ...")
is one node per introducing paper (papers sharing an author count as one), and
a paper's own new name that earlier, unrelated papers (no shared author, no
co-occurring name in common) already used for something else gets a node of
its own. Every merge and split is explained (:class:`Merge`, :class:`Split`).

Distinct names stay distinct (CIFAR-10 and CIFAR-100, CLIP and BiomedCLIP),
and sized or numbered variants are linked to their family (ViT-L/14
variantOf ViT) instead of merged. Node ids come from the canonical name
(owner/repo for code, the Hugging Face slug for organizations), so a rebuild
gives the same ids and URIs. Models, datasets and benchmarks share the prefix
``entity/``: the type is the papers' vote, and it may change without the IRI
changing. Two nodes resolution keeps apart never share an id (:meth:`Resolver._distinct_ids`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from mlkg.extract.lexicon import LexEntry, Lexicon, load_lexicon
from mlkg.extract.words import word_list, words
from mlkg.identity import name_key, name_slug, native_slug, node_id, slug, strip_acronym_plural
from mlkg.model import Entity, EntityType, Extraction, Paper, Role

_WORDS = re.compile(r"[a-z0-9]+")
_SIZE_WORDS = words("sizes.variant")
_VARIANT_TOKEN = re.compile(r"^(?:[vV]?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[KMBTkmbt]|[A-Z](?:\d+(?:\.\d+)?[A-Z]?)?)$")
_SEPARATORS = "-_/ ~"
# Words that do not tell senses apart: Segment Anything (Model) is one thing.
_FUNCTION_WORDS = words("function_words.sense")
# Head words that say a long form names a method or model, or data; GQA the benchmark is not
# Grouped-Query Attention.
_MODEL_HEADS = word_list("heads.long_form_model")
_DATA_HEADS = word_list("heads.long_form_data")
ML_TYPES = frozenset({EntityType.MODEL, EntityType.DATASET, EntityType.BENCHMARK})
_ML_LEXICON_TYPES = frozenset(t.value for t in ML_TYPES)
# A result's model and dataset names vote weakly for their type.
RESULT_VOTE = 0.25
HEAD_VOTE = 1.0
LEXICON_VOTE = 0.5  # the extractor already weighed the lexicon per paper; this breaks ties
MAX_MERGE_EVIDENCE = 5
# "AIME24", "AIME 24", "AIME'24", "AIME-24": a name ending in a two-digit year.
_YEAR_SUFFIX = re.compile(r"^(.*[A-Za-z])[\s\-_~'\u2019]?(\d{2})$")
_OWN_MODEL_SUFFIX = words("heads.own_model_suffix")
# A co-occurring name shared by more papers than this is no sign of a shared topic (GPT-4o, ImageNet).
RARE_SHARE = 0.002


def keyed_node_id(entity: Entity) -> str | None:
    """The node of an entity whose key fixes its identity (a repository, a listed organization)."""
    if not entity.key or entity.key.startswith("lex:"):
        return None
    scheme, _, rest = entity.key.partition(":")
    return node_id(entity.type.value, f"{scheme}/{rest}" if rest else slug(scheme))


def entity_node_id(entity: Entity) -> str:
    """The node one entity gets on its own, before resolution across papers."""
    keyed = keyed_node_id(entity)
    if keyed:
        return keyed
    if entity.key and entity.key.startswith("lex:"):
        return node_id(entity.type.value, name_slug(entity.key.rsplit(":", 1)[-1]))
    return node_id(entity.type.value, name_slug(entity.name))


# ------------------------------------------------------------ name shapes


def is_abbreviation_pair(short: str, long: str) -> bool:
    """An acronym and its long form, as abbreviation detection pairs them (CLIP / Contrastive ...)."""
    return " " not in short.strip() and " " in long.strip() and len(short) < len(long)


def _sense_words(long_form: str) -> tuple[frozenset[str], str]:
    """Word stems of a long form, and its letters run together, for telling senses of an acronym apart.

    Stems are words cut to five letters (plurals and endings do not make a new
    sense); the run-together letters make low-rank = low rank = lowrank.
    """
    words = [w for w in _WORDS.findall(long_form.casefold().replace("-", " ")) if w not in _FUNCTION_WORDS]
    joined = "".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)
    return frozenset(w[:5] for w in words if len(w) > 1), joined


def same_sense(a: tuple[frozenset[str], str], b: tuple[frozenset[str], str]) -> bool:
    """Two long forms of one acronym name the same thing (Vision Transformer(s), Segment Anything (Model),
    low-rank / low rank adaptation); Reasoning / Recursive Language Models and Speculative (Pipeline)
    Decoding stay apart."""
    (stems_a, joined_a), (stems_b, joined_b) = a, b
    if not stems_a or not stems_b:
        return False
    if joined_a == joined_b or SequenceMatcher(None, joined_a, joined_b).ratio() >= 0.9:
        return True
    return len(stems_a & stems_b) / len(stems_a | stems_b) >= 0.75


def long_form_kind(long_form: str) -> str | None:
    """'model' or 'data' when the long form's head word says so (Grouped-Query Attention: model)."""
    words = _WORDS.findall(long_form.casefold())
    head = words[-1].rstrip("s") if words else ""
    if any(head.startswith(h) for h in _MODEL_HEADS):
        return "model"
    if any(head.startswith(h) for h in _DATA_HEADS):
        return "data"
    return None


def initials_match(short: str, long: str) -> bool:
    """The acronym's capitals and digits are initials of the long form's words, in order
    (PPO / Proximal Policy Optimization, not PPO / Policy Optimization); one may be missing
    from acronyms of four or more."""
    wanted = [c.casefold() for i, c in enumerate(short) if c.isupper() or c.isdigit() or i == 0]
    initials: list[str] = []
    for word in re.split(r"[\s\-/]+", long.strip()):
        initials.extend(c.casefold() for i, c in enumerate(word) if c.isalnum() and (i == 0 or c.isupper()
                                                                                      or c.isdigit()))
    misses, pos = 0, 0
    for char in wanted:
        found = initials.index(char, pos) if char in initials[pos:] else -1
        if found < 0:
            misses += 1
        else:
            pos = found + 1
    return misses == 0 or (misses == 1 and len(wanted) >= 4)


def same_spelling(a: str, b: str) -> bool:
    """Two names of one thing in one paper that differ only in punctuation (ViT-B/32 = ViT-B32,
    M2-Encoder = M^2-Encoder) or in an acronym's plural; RMS is not RM."""
    def letters(text: str) -> str:
        return "".join(ch for ch in strip_acronym_plural(text).casefold() if ch.isalnum())

    return letters(a) == letters(b)


def year_expanded(name: str) -> str | None:
    """The four-digit-year form of a name ending in a two-digit year (AIME24 -> AIME2024), else None.

    Years 00-79 are 20xx, 80-99 are 19xx; the part before the year needs two letters (not "V24")."""
    match = _YEAR_SUFFIX.match(name.strip())
    if match is None or sum(ch.isalpha() for ch in match.group(1)) < 2:
        return None
    yy = match.group(2)
    return f"{match.group(1)}{'19' if int(yy) >= 80 else '20'}{yy}"


# "SQuAD v2", "VQAv2", "SQuAD 2.0", "SQuAD v1.1", "SQuAD 1.1": a name ending in a release number.
_V_VERSION = re.compile(r"^(.*[A-Za-z])[\s\-_~]?[vV](\d+(?:\.\d+)*)$")
_DOT_VERSION = re.compile(r"^(.*[A-Za-z])[\s\-_~](\d+(?:\.\d+)+)$")
_ZERO_MINOR = re.compile(r"(?:\.0)+$")
# "HumanEval+" and "HumanEval Plus" (also "HumanEvalPlus"): the sign and the word are one suffix.
_PLUS_SIGN = re.compile(r"^(.*[A-Za-z0-9])\s?\+$")
_PLUS_WORD = re.compile(r"^(.*[A-Za-z0-9])[\s\-_]?Plus$")


def version_key(name: str) -> tuple[str, str, bool] | None:
    """(key of the part before the release, the release without trailing ".0", written with "v"?) of a
    name that ends in a release number ("SQuAD v2" -> ("squad", "2", True), "SQuAD 2.0" -> ("squad", "2",
    False)), else None. A "v" before a number is notation: v2 = 2.0, v1.1 = 1.1. A "+" suffix is the
    release "+", and the word "Plus" counts as the "v" form ("HumanEval Plus" = "HumanEval+"). The part
    before needs two letters (not "Rv2")."""
    stripped = name.strip()
    plus = _PLUS_WORD.match(stripped) or _PLUS_SIGN.match(stripped)
    if plus is not None:
        base = name_key(plus.group(1))
        return (base, "+", stripped.endswith("Plus")) if sum(ch.isalpha() for ch in plus.group(1)) >= 2 else None
    match = _V_VERSION.match(stripped)
    written_v = match is not None
    if match is None:
        match = _DOT_VERSION.match(stripped)
    if match is None or sum(ch.isalpha() for ch in match.group(1)) < 2:
        return None
    base = name_key(match.group(1))
    return (base, _ZERO_MINOR.sub("", match.group(2)), written_v) if base else None


def own_model_base(name: str) -> str | None:
    """"Foo" for "Foo Transformer" / "Foo-Net" (the last word names the whole model), else None."""
    for sep in (" ", "-"):
        base, found, last = name.strip().rpartition(sep)
        if found and base and last.casefold() in _OWN_MODEL_SUFFIX:
            return base.rstrip(" -")
    return None


def title_head(title: str) -> str | None:
    """The name a title puts before its colon ("HiFlow: Training-free ..." -> "HiFlow"), else None."""
    head, found, _ = title.partition(":")
    head = head.strip()
    return head if found and head and len(head) <= 40 else None


def paper_month(paper: Paper) -> int | None:
    """The month a paper first appeared, as year * 12 + month: its arXiv id's yymm or its date,
    whichever is earlier (a later version keeps the month of the first)."""
    months = []
    if paper.arxiv_id and re.match(r"^\d{4}\.\d{4,5}$", paper.arxiv_id):
        months.append((2000 + int(paper.arxiv_id[:2])) * 12 + int(paper.arxiv_id[2:4]) - 1)
    if paper.published is not None:
        months.append(paper.published.year * 12 + paper.published.month - 1)
    return min(months) if months else None


def _variant_token(token: str) -> bool:
    """A version or size: 2, 3.5, v2, 4o, 7B, 1.5T, B16, A3B, a single capital (ViT-B), Large, Instruct."""
    return bool(_VARIANT_TOKEN.match(token)) or token.casefold() in _SIZE_WORDS


def family_candidates(name: str) -> Iterator[str]:
    """Family names a sized or numbered variant may belong to, longest first.

    ViT-L/14 -> ViT-L, ViT; Qwen2.5-7B -> Qwen2.5, Qwen; ResNet50 -> ResNet; LLaMA 2 -> LLaMA.
    Everything cut off must be versions and sizes, so UI2Code is no variant of UI,
    Mask R-CNN none of Mask, and Qwen2.5-VL none of Qwen2.5.
    """
    cuts: set[int] = set()
    for i in range(1, len(name)):
        ch, prev = name[i], name[i - 1]
        if ch in _SEPARATORS and prev not in _SEPARATORS:
            cuts.add(i)
        elif ch.isdigit() and prev.isalpha():
            if prev not in "vV":
                cuts.add(i)
            elif i >= 2 and name[i - 2].isalpha():
                cuts.add(i - 1)  # YOLOv8 -> YOLO; "Something v2" is cut at the space
    for cut in sorted(cuts, reverse=True):
        family = name[:cut].rstrip(_SEPARATORS + ".")
        rest = [t for t in re.split(r"[-_/ ~]+", name[cut:]) if t]
        if sum(ch.isalpha() for ch in family) < 2 or not rest:
            continue
        if all(_variant_token(t) for t in rest):
            yield family


# ------------------------------------------------------------ results of resolution


@dataclass(frozen=True, slots=True)
class Target:
    """The node a mention resolves to."""

    node_id: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class MergeEvidence:
    """Why two names were put on one node: spelling, lexicon, abbreviation, alias or shared name."""

    kind: str
    detail: str
    paper: str | None = None


@dataclass(frozen=True, slots=True)
class Merge:
    """One node that several distinct names resolved to, with the evidence for it."""

    node_id: str
    name: str
    forms: tuple[str, ...]
    papers: int
    types: dict[str, int]  # papers that typed it so, when they disagree
    evidence: tuple[MergeEvidence, ...]

    def as_dict(self) -> dict[str, object]:
        return {"node": self.node_id, "name": self.name, "forms": list(self.forms), "papers": self.papers,
                **({"types": self.types} if len(self.types) > 1 else {}),
                "evidence": [{"kind": e.kind, "detail": e.detail, **({"paper": e.paper} if e.paper else {})}
                             for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Split:
    """One name that resolution kept apart as several nodes, and why."""

    name: str
    nodes: tuple[str, ...]  # the main node first
    # "sense" (rival long forms), "introduced" (introduced by unrelated papers), "earlier use",
    # "id" (two nodes whose names give one id: the later one's id is told apart)
    kind: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "nodes": list(self.nodes), "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Variant:
    """A sized or numbered variant linked to its family: ViT-L/14 variantOf ViT."""

    variant: str
    family: str
    evidence: str


@dataclass
class Resolution:
    """Where every mention of every paper goes, plus the node-level facts resolution found."""

    mentions: dict[tuple[str, int], Target] = field(default_factory=dict)
    results: dict[tuple[str, int], tuple[Target, Target]] = field(default_factory=dict)
    nodes: dict[str, Target] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)

    def target(self, paper_id: str, index: int) -> Target:
        return self.mentions[(paper_id, index)]


# ------------------------------------------------------------ the resolver

Element = tuple[str, str]  # (group, key): ("ml", "cifar10"), ("ml", "lex:dataset:cifar-10"), ("org", ...)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Element, Element] = {}

    def add(self, x: Element) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: Element) -> Element:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Element, b: Element) -> None:
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root, so the outcome does not depend on input order.
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Sense:
    """One meaning papers give an acronym: its long forms, the papers defining it, their entity kinds."""

    words: tuple[frozenset[str], str]
    long_keys: set[Element] = field(default_factory=set)
    papers: set[str] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)
    example: tuple[str, str] = ("", "")  # (paper, "long (SHORT)")


def _top(counts: Counter[str]) -> str:
    """The most frequent key; a tie goes to the first in sorted order, not to the first seen."""
    return min(counts, key=lambda k: (-counts[k], k))


def _kind(entity_type: str) -> str:
    """Models and data are different kinds: GQA the benchmark is not Grouped-Query Attention."""
    return "model" if entity_type == EntityType.MODEL.value else "data"


def _long_forms(entity: Entity) -> list[tuple[frozenset[str], str]]:
    return [_sense_words(a) for a in entity.aliases if is_abbreviation_pair(entity.name, a)]


def _case_shape(name: str) -> str:
    return "".join("A" if ch.isupper() else "a" for ch in name if ch.isalpha())


def _differ(earlier: Entity, own: Entity) -> bool:
    """Positive evidence that two mentions of one name are two things: another kind (model / data),
    rival long forms, or another capitalisation of the same letters (SIRI / Siri, CLEAR / CLeaR;
    an all-lower-case spelling is carelessness, not a name)."""
    if _kind(earlier.type.value) != _kind(own.type.value):
        return True
    mine, theirs = _long_forms(own), _long_forms(earlier)
    if mine and theirs and not any(same_sense(a, b) for a in mine for b in theirs):
        return True
    a, b = earlier.name.strip(), own.name.strip()
    return (a.casefold() == b.casefold() or name_key(a) == name_key(b)) and not a.islower() and not b.islower() \
        and _case_shape(a) != _case_shape(b)


class Resolver:
    """Collects every mention of every paper, then decides the nodes in one pass.

    Resolution is global: a definition in one paper merges mentions in all
    others, so :meth:`resolve` must see every extraction of the build.
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.uf = _UnionFind()
        self.names: dict[Element, Counter[str]] = defaultdict(Counter)
        self.votes: dict[Element, Counter[str]] = defaultdict(Counter)
        self.papers: dict[Element, set[str]] = defaultdict(set)
        self.kinds: dict[Element, list[tuple[str, str]]] = defaultdict(list)
        self.lex: dict[Element, LexEntry] = {}
        self.keyed: dict[Element, str] = {}  # element -> fixed node id (listing organizations)
        self.evidence: dict[Element, list[MergeEvidence]] = defaultdict(list)
        self.senses: dict[Element, list[_Sense]] = defaultdict(list)
        self.definitions: dict[Element, list[tuple[Element, str, str, str, str]]] = defaultdict(list)
        self.pending: list[tuple[str, int, Element | Target]] = []  # a mention's element, or its fixed node
        self._ambiguity: dict[str, bool] = {}
        self.pending_results: list[tuple[str, int, Element, Element]] = []
        # Evidence for the year, own-model and homonym rules.
        self.extractions: dict[str, Extraction] = {}
        self.months: dict[str, int | None] = {}
        self.year_names: set[Element] = set()  # elements with a name ending in two digits
        self.paper_elements: dict[str, set[Element]] = defaultdict(set)
        self.introducers: dict[Element, set[str]] = defaultdict(set)
        self.claims: dict[Element, set[str]] = defaultdict(set)  # papers whose title introduces the name
        self.own_models: list[tuple[str, Element, Element, str, str]] = []  # paper, base, full, names
        self.node_suffix: dict[Element, str] = {}  # a split-off node: its id gets this suffix
        self.splits: list[tuple[str, Element, list[Element], str]] = []  # kind, main, split-off, reason
        self.main_sense: dict[Element, set[str]] = {}  # acronym -> papers defining its main sense

    # -- collecting

    def _element(self, group: str, name: str) -> Element:
        key = name_key(name) or slug(name)
        element = (group, key)
        self.uf.add(element)
        return element

    def _lexicon_entry(self, name: str, key: str | None) -> LexEntry | None:
        entry = self.lexicon.entries.get(key[4:]) if key and key.startswith("lex:") else None
        if entry is not None and name_key(name) not in {name_key(form) for form in entry.forms}:
            entry = None  # matched through plain case folding: "CDs" is not the CDS entry
        if entry is None:
            entry = self.lexicon.lookup(strip_acronym_plural(name))
        if entry is None or entry.type not in _ML_LEXICON_TYPES:
            return None
        if " " in name.strip() and name_key(name) != name_key(entry.name):
            if self._ambiguous(entry):
                return None  # a long form of an acronym the lexicon knows in several senses (RLM)
            kind = long_form_kind(name)
            if kind is not None and kind != _kind(entry.type):
                return None  # Grouped-Query Attention is not the GQA dataset
        return entry

    def _ambiguous(self, entry: LexEntry) -> bool:
        known = self._ambiguity.get(entry.id)
        if known is None:
            senses: list[frozenset[str]] = []
            for alias in entry.aliases:
                if is_abbreviation_pair(entry.name, alias):
                    words = _sense_words(alias)
                    if not any(same_sense(words, other) for other in senses):
                        senses.append(words)
            known = self._ambiguity[entry.id] = len(senses) > 1
        return known

    def _note_lexicon(self, element: Element, entry: LexEntry) -> None:
        lex_element = (element[0], "lex:" + entry.id)
        self.lex[lex_element] = entry
        if self.uf.parent.get(lex_element) is None or self.uf.find(lex_element) != self.uf.find(element):
            self.evidence[element].append(MergeEvidence("lexicon", entry.id))
        self.uf.union(element, lex_element)

    def add(self, extraction: Extraction) -> None:
        paper = extraction.paper.id
        self.extractions[paper] = extraction
        self.months[paper] = paper_month(extraction.paper)
        head = title_head(extraction.paper.title)
        head_key = name_key(head) if head else None
        own: dict[str, tuple[Entity, Element]] = {}
        for index, entity in enumerate(extraction.entities):
            if entity.type == EntityType.REPOSITORY:
                self.pending.append((paper, index, Target(entity_node_id(entity), entity.type.value, entity.name)))
                continue
            group = "ml" if entity.type in ML_TYPES else "org"
            element = self._element(group, entity.name)
            self.names[element][entity.name] += 1
            self.votes[element][entity.type.value] += entity.confidence
            self.papers[element].add(paper)
            self.kinds[element].append((paper, entity.type.value))
            keyed = keyed_node_id(entity)
            if keyed:
                # the smallest key, so that paper order does not choose the node (NYU: nyu / new-york-university)
                self.keyed[element] = min(keyed, self.keyed.get(element, keyed))
            if group == "ml":
                entry = self._lexicon_entry(entity.name, entity.key)
                if entry is not None:
                    self._note_lexicon(element, entry)
                self.paper_elements[paper].add(element)
                if entity.name[-2:].isdigit():
                    self.year_names.add(element)
                if entity.role == Role.INTRODUCES:
                    self.introducers[element].add(paper)
                    if head_key is not None and head_key == element[1]:
                        self.claims[element].add(paper)
                    if entity.type == EntityType.MODEL:
                        own[entity.name] = (entity, element)
            for alias in entity.aliases:
                self._add_alias(paper, entity, element, alias)
            self.pending.append((paper, index, element))
        self._note_own_models(paper, own)
        for index, result in enumerate(extraction.results):
            if not result.ranked:
                continue  # a claim with no model or no dataset named is not a leaderboard entry
            model = self._element("ml", result.model)
            dataset = self._element("ml", result.dataset)
            self.votes[model]["Model"] += RESULT_VOTE
            self.votes[dataset]["Dataset"] += RESULT_VOTE
            for element, name in ((model, result.model), (dataset, result.dataset)):
                self.names[element][name] += 0  # known form, but not counted as a mention
                if name[-2:].isdigit():
                    self.year_names.add(element)
                entry = self._lexicon_entry(name, None)
                if entry is not None:
                    self._note_lexicon(element, entry)
            self.pending_results.append((paper, index, model, dataset))

    def _note_own_models(self, paper: str, own: dict[str, tuple[Entity, Element]]) -> None:
        """"Foo Transformer" and "Foo", both introduced as models by one paper: one model named twice,
        unless the paper spells "Foo" out as something else ("Foo (Fused Object Ordering)", a part)."""
        for full in sorted(own):
            base = own_model_base(full)
            if base is None or base not in own:
                continue
            base_entity, base_el = own[base]
            if any(" " in a and own_model_base(a) is None for a in base_entity.aliases):
                continue
            self.own_models.append((paper, base_el, own[full][1], base, full))

    def _add_alias(self, paper: str, entity: Entity, element: Element, alias: str) -> None:
        """An alias the extractor tied to a mention in one paper: an abbreviation pair, a spelling
        variant, or for organizations the listing's slug. Anything else is not trusted across papers."""
        group = element[0]
        if "://" in alias:
            return
        other = self._element(group, alias)
        if other == element:
            if alias != entity.name:
                self.names[element][alias] += 0
            return
        if group == "ml" and (is_abbreviation_pair(entity.name, alias) or is_abbreviation_pair(alias, entity.name)):
            short, long = (entity.name, alias) if " " not in entity.name.strip() else (alias, entity.name)
            if not initials_match(short, long):
                return
            short_el, long_el = (element, other) if short == entity.name else (other, element)
            self.names[long_el][long] += 0
            self.names[short_el][short] += 0
            self._add_sense(paper, short_el, long_el, short, long, entity.type.value)
            return
        if group == "ml" and not same_spelling(entity.name, alias):
            return
        self.names[other][alias] += 0
        self.evidence[element].append(MergeEvidence("alias", f"{entity.name} = {alias}", paper))
        self.uf.union(element, other)

    def _add_sense(self, paper: str, short_el: Element, long_el: Element, short: str, long: str,
                   entity_type: str) -> None:
        """Note one definition; senses are formed once all are in (:meth:`_group_senses`)."""
        self.definitions[short_el].append((long_el, paper, long, short, entity_type))

    def _group_senses(self) -> None:
        """Group each acronym's definitions into senses, in sorted order: grouping by similarity is
        not transitive, so input order must not decide it."""
        for short_el in sorted(self.definitions):
            for long_el, paper, long, short, entity_type in sorted(self.definitions[short_el]):
                self._sense_of(paper, short_el, long_el, short, long, entity_type)

    def _sense_of(self, paper: str, short_el: Element, long_el: Element, short: str, long: str,
                  entity_type: str) -> None:
        words = _sense_words(long)
        for sense in self.senses[short_el]:
            if same_sense(sense.words, words):
                break
        else:
            sense = _Sense(words, example=(paper, f"{long} ({short})"))
            self.senses[short_el].append(sense)
        sense.long_keys.add(long_el)
        sense.papers.add(paper)
        if paper < sense.example[0]:  # the same example whatever the order papers come in
            sense.example = (paper, f"{long} ({short})")
        sense.types[long_form_kind(long) or _kind(entity_type)] += 1

    # -- deciding

    def _settle_senses(self) -> dict[tuple[str, Element], Element]:
        """Merge each acronym with its long form. An acronym with rival senses keeps only its main one,
        and not even that when the acronym's other mentions are another kind of thing."""
        overrides: dict[tuple[str, Element], Element] = {}
        self._group_senses()
        for short_el, senses in self.senses.items():
            ranked = sorted(senses, key=lambda s: (-len(s.papers), min(s.long_keys)))
            defining = set().union(*(s.papers for s in senses))
            others: Counter[str] = Counter()
            for paper, entity_type in self.kinds.get(short_el, ()):
                if paper not in defining:
                    others[_kind(entity_type)] += 1
            for rank, sense in enumerate(ranked):
                first = min(sense.long_keys)
                for long_el in sorted(sense.long_keys):
                    self.uf.union(first, long_el)
                paper, example = sense.example
                clash = bool(others) and _top(others) != _top(sense.types)
                if rank == 0 and not clash:
                    self.evidence[short_el].append(MergeEvidence("abbreviation", example, paper))
                    self.uf.union(short_el, first)
                    self.main_sense[short_el] = set(sense.papers)
                    continue
                # A rival sense: its papers' mentions of the acronym go to the long form's node.
                rival = ranked[0].example[1] if rank else f"{short_el[1]} elsewhere"
                self.evidence[first].append(MergeEvidence("abbreviation", f"{example}; kept apart from {rival}",
                                                          paper))
                for p in sense.papers:
                    overrides[(p, short_el)] = first
                self.splits.append(("sense", short_el, [first], f"{example} in {paper}; elsewhere "
                                    + (ranked[0].example[1] if rank else "another kind of thing")))
        return overrides

    def _canonical(self, members: list[Element]) -> tuple[str, LexEntry | None]:
        """The lexicon's name when the cluster holds an entry, else the form papers use most."""
        entries = [self.lex[m] for m in members if m in self.lex]
        if entries:
            entry = max(entries, key=lambda e: (e.papers, e.id))
            return entry.name, entry
        counts: Counter[str] = Counter()
        for m in members:
            counts.update(self.names.get(m, Counter()))
        if not counts:
            return members[0][1], None
        # Most mentions; then a form that is not all lower case; then the shortest; then alphabetical.
        return min(counts, key=lambda n: (-counts[n], n.islower(), len(n), n)), None

    def _type(self, members: list[Element], entry: LexEntry | None, group: str, name: str) -> str:
        if group == "org":
            return EntityType.ORGANIZATION.value
        votes: Counter[str] = Counter()
        for m in members:
            votes.update(self.votes.get(m, Counter()))
        if entry is not None and entry.type in ("Model", "Dataset", "Benchmark"):
            votes[entry.type] += LEXICON_VOTE
        head = long_form_kind(name) if " " in name else None
        if head is not None:  # "... Attention" is a method, "... Benchmark" a benchmark, whatever a paper said
            words = name.casefold().split()
            votes["Model" if head == "model" else "Benchmark" if "bench" in words[-1] else "Dataset"] += HEAD_VOTE
        if not votes:
            return EntityType.MODEL.value
        order = ("Model", "Dataset", "Benchmark")
        return max(order, key=lambda t: (votes.get(t, 0.0), -order.index(t)))

    def _merge_years(self) -> None:
        """AIME24 = AIME 2024, when papers write both: a two-digit year is the four-digit one."""
        for element in sorted(self.year_names):
            for name in sorted(n for n in self.names[element] if n[-2:].isdigit()):
                expanded = year_expanded(name)
                other = ("ml", name_key(expanded)) if expanded else None
                if other is None or other == element or not self.papers.get(other):
                    continue
                if self.uf.find(other) != self.uf.find(element):
                    written = max(sorted(self.names[other]), key=lambda n: self.names[other][n])
                    self.evidence[element].append(MergeEvidence("year", f"{name} = {written}"))
                    self.uf.union(element, other)

    def _merge_versions(self) -> None:
        """SQuAD v2 = SQuAD 2.0, VQAv2 = VQA 2.0, HumanEval Plus = HumanEval+, when papers write both: "v"
        before a release number is notation, and so is "Plus" for "+". Only a "v" (or "Plus") form meets a
        dotted (or "+") one; two dotted forms ("X 2.0", "X 2.1") stay apart."""
        by_release: dict[tuple[str, str], list[tuple[bool, str, Element]]] = defaultdict(list)
        for element in sorted(e for e in self.names if e[0] == "ml" and self.papers.get(e)):
            for name in sorted(self.names[element]):
                key = version_key(name)
                if key is not None:
                    by_release[key[:2]].append((key[2], name, element))
        for forms in by_release.values():
            v_forms = [(name, element) for written_v, name, element in forms if written_v]
            if not v_forms or len({element for _, _, element in forms}) < 2:
                continue
            first_name, first = v_forms[0]
            for _, name, element in forms:
                if self.uf.find(element) != self.uf.find(first):
                    kind = "plus" if name.endswith(("+", "Plus")) else "version"
                    self.evidence[element].append(MergeEvidence(kind, f"{name} = {first_name}"))
                    self.uf.union(element, first)

    def _lexicon_ids(self, element: Element) -> set[str]:
        root = self.uf.find(element)
        return {e[1] for e in self.lex if self.uf.find(e) == root}

    def _merge_own_models(self, overrides: dict[tuple[str, Element], Element]) -> None:
        """A paper's "Foo Transformer" and "Foo": one node. Everywhere, when no other paper introduces
        "Foo" on its own and the lexicon does not know them as two entries; else in that paper only."""
        by_pair: dict[tuple[Element, Element], list[tuple[str, str, str]]] = defaultdict(list)
        for paper, base_el, full_el, base, full in self.own_models:
            if base_el != full_el:
                by_pair[(base_el, full_el)].append((paper, base, full))
        for (base_el, full_el), uses in sorted(by_pair.items()):
            papers = {paper for paper, _, _ in uses}
            paper, base, full = min(uses)
            detail = f'{paper} introduces "{full}" and calls it "{base}"'
            lex_base, lex_full = self._lexicon_ids(base_el), self._lexicon_ids(full_el)
            alone = self.introducers.get(base_el, set()) - papers
            if not alone and not (lex_base and lex_full and lex_base != lex_full):
                if self.uf.find(base_el) != self.uf.find(full_el):
                    self.evidence[full_el].append(MergeEvidence("own model", detail, paper))
                    self.uf.union(base_el, full_el)
                continue
            self.evidence[full_el].append(MergeEvidence("own model", detail + " (in that paper only)", paper))
            for p in sorted(papers):
                overrides.setdefault((p, base_el), full_el)

    def resolve(self) -> Resolution:
        self._merge_years()
        self._merge_versions()
        overrides = self._settle_senses()
        self._merge_own_models(overrides)
        clusters = self._clusters()
        for new in self._split_homonyms(overrides, clusters):
            clusters[new] = [new]
        resolution = Resolution()
        by_root: dict[Element, Target] = {}
        for _ in range(3):  # clusters whose canonical names collide are one thing under one name
            by_root, collisions = self._targets(clusters)
            if not collisions:
                break
            for a, b in collisions:
                self.evidence[a].append(MergeEvidence("name", f"same canonical name as {b[1]}"))
                self.uf.union(a, b)
            clusters = self._clusters()
        by_root = self._distinct_ids(by_root, clusters)
        for root, target in by_root.items():
            resolution.nodes[target.node_id] = target
            forms = sorted({n for m in clusters[root] for n in self.names.get(m, ())} - {target.name})
            resolution.aliases[target.node_id] = tuple(forms)
        for paper, index, where in self.pending:
            if isinstance(where, Target):
                resolution.mentions[(paper, index)] = where
                continue
            element = overrides.get((paper, where), where)
            resolution.mentions[(paper, index)] = by_root[self.uf.find(element)]
        for paper, index, model, dataset in self.pending_results:
            model, dataset = overrides.get((paper, model), model), overrides.get((paper, dataset), dataset)
            resolution.results[(paper, index)] = (by_root[self.uf.find(model)], by_root[self.uf.find(dataset)])
        resolution.merges = self._merges(clusters, by_root)
        resolution.splits = self._split_report(by_root)
        in_graph = {t.node_id for t in resolution.mentions.values()}
        in_graph.update(t.node_id for pair in resolution.results.values() for t in pair)
        resolution.variants = self._variants(by_root, in_graph)
        return resolution

    # -- homonyms: one name, unrelated things

    def _split_homonyms(self, overrides: dict[tuple[str, Element], Element],
                        clusters: dict[Element, list[Element]]) -> list[Element]:
        """Give a name's unrelated introductions nodes of their own (see the module docstring).

        The main node keeps the plain id: the name's earliest introduction, or the earlier
        unrelated use. A split-off node's id ends in its introducing paper's id.
        """
        created: list[Element] = []
        rare = max(3, int(RARE_SHARE * len(self.extractions)))
        for element in sorted(self.claims):
            claimed = sorted(p for p in self.claims[element] if (p, element) not in overrides)
            if not claimed:
                continue
            groups = self._author_groups(claimed)
            anchored = self.main_sense.get(element, set())
            root = self.uf.find(element)
            members = set(clusters[root])
            others = sorted(set().union(*(self.papers.get(m, set()) for m in members)) - set(claimed))
            split_off: list[tuple[list[str], str, str, list[str]]] = []
            for rank, group in enumerate(groups):
                if anchored & set(group):
                    continue  # the paper defines the acronym's main sense: it is the main node
                earlier = self._earlier_unrelated(group, others, members, rare)
                if earlier:
                    shown = ", ".join(earlier[:3]) + (f" and {len(earlier) - 3} more" if len(earlier) > 3 else "")
                    reason = (f"{group[0]} introduces it; earlier papers with no author or co-occurring name "
                              f"in common used it for something else ({shown})")
                    split_off.append((group, "earlier use", reason, self._followers(group, others, earlier, members)))
                elif rank > 0 and not anchored:
                    reason = f"{group[0]} and {groups[0][0]} both introduce it in their titles and share no author"
                    split_off.append((group, "introduced", reason, []))
            for group, kind, reason, followers in split_off:
                created.append(self._move(element, group, overrides, followers))
                self.splits.append((kind, element, [created[-1]], reason))
        return created

    def _author_groups(self, papers: list[str]) -> list[list[str]]:
        """Papers that share an author are one project (a follow-up, a longer version): one group each,
        earliest first."""
        groups: list[tuple[set[str], list[str]]] = []
        for paper in papers:
            authors = set(self.extractions[paper].paper.authors)
            joined = [g for g in groups if authors & g[0]]
            merged = (authors.union(*(g[0] for g in joined)), sorted([paper, *(p for g in joined for p in g[1])]))
            groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
        def first(group: tuple[set[str], list[str]]) -> tuple[int, str]:
            months = [m for m in (self.months[p] for p in group[1]) if m is not None]
            return (min(months) if months else 1 << 30, group[1][0])
        return [g[1] for g in sorted(groups, key=first)]

    def _earlier_unrelated(self, group: list[str], others: list[str], members: set[Element],
                           rare: int) -> list[str]:
        """Papers that used the name before the group introduced it for something else.

        Empty when any earlier paper looks related (a shared author, or a co-occurring name few
        papers write: the same thing, released before its paper), when dates are unknown, or
        when fewer than half of the earlier papers show a difference: another kind of thing
        (a model, not data), another long form, or another capitalisation (SIRI / Siri).
        Spelling alone (Foo-Bench / Foo Bench) and silence are no evidence.
        """
        months = [m for m in (self.months[p] for p in group) if m is not None]
        if not months:
            return []
        start = min(months)
        candidates = [p for p in others if (self.months.get(p) or start) < start]
        if not candidates:
            return []
        authors = set().union(*(self.extractions[p].paper.authors for p in group))
        topic = set().union(*(self.paper_elements.get(p, set()) for p in group)) - members
        topic = {e for e in topic if len(self.papers.get(e, ())) <= rare}
        own = [e for p in group for e in self._mentions(p, members)]
        earlier, differing = [], 0
        for paper in candidates:
            if authors & set(self.extractions[paper].paper.authors) or topic & self.paper_elements.get(paper, set()):
                return []
            earlier.append(paper)
            differing += any(_differ(e, o) for e in self._mentions(paper, members) for o in own)
        return earlier if differing and 2 * differing >= len(earlier) else []

    def _followers(self, group: list[str], others: list[str], earlier: list[str], members: set[Element]) -> list[str]:
        """Later papers that write the new name as its introducers spell it, a spelling the earlier
        use never had (Foo-Bench, not FooBench): they cite the new thing."""
        new = {e.name for p in group for e in self._mentions(p, members)}
        new -= {e.name for p in earlier for e in self._mentions(p, members)}
        if not new:
            return []
        start = min(m for m in (self.months[p] for p in group) if m is not None)
        return [p for p in others if p in self.extractions and p not in earlier
                and (self.months[p] or 0) >= start
                and any(e.name in new for e in self._mentions(p, members))]

    def _mentions(self, paper: str, members: set[Element]) -> list[Entity]:
        return [e for e in self.extractions[paper].entities
                if e.type in ML_TYPES and ("ml", name_key(e.name) or slug(e.name)) in members]

    def _move(self, element: Element, group: list[str], overrides: dict[tuple[str, Element], Element],
              followers: list[str]) -> Element:
        """Point the group's mentions of ``element`` (and those of papers sharing an author with it, and
        ``followers``) to a new element of their own."""
        new = (element[0], f"{element[1]}@{group[0]}")
        self.uf.add(new)
        self.node_suffix[new] = slug(group[0])
        authors = set().union(*(self.extractions[p].paper.authors for p in group))
        papers = set(group) | {p for p in self.papers.get(element, ())
                               if p not in group and (p, element) not in overrides
                               and (p in followers or authors & set(self.extractions[p].paper.authors))}
        moved_kinds = []
        for paper in sorted(papers):
            overrides[(paper, element)] = new
            for entity in self.extractions[paper].entities:
                if entity.type in ML_TYPES and ("ml", name_key(entity.name) or slug(entity.name)) == element:
                    self.names[new][entity.name] += 1
                    self.votes[new][entity.type.value] += entity.confidence
                    self.names[element][entity.name] -= 1
                    self.votes[element][entity.type.value] -= entity.confidence
                    moved_kinds.append((paper, entity.type.value))
            self.papers[new].add(paper)
            self.papers[element].discard(paper)
        self.names[element] = Counter({n: c for n, c in self.names[element].items() if c > 0})
        self.kinds[new] = moved_kinds
        self.kinds[element] = [k for k in self.kinds.get(element, []) if k[0] not in papers]
        return new

    def _split_report(self, by_root: dict[Element, Target]) -> list[Split]:
        splits = []
        for kind, main, parts, reason in self.splits:
            nodes = [by_root[self.uf.find(e)].node_id for e in [main, *parts] if self.uf.find(e) in by_root]
            nodes = list(dict.fromkeys(nodes))
            if len(nodes) > 1:
                names = self.names.get(main) or self.names.get(parts[0]) or Counter({main[1]: 1})
                name = max(sorted(names), key=lambda n: names[n])
                splits.append(Split(name, tuple(nodes), kind, reason))
        return sorted(splits, key=lambda s: (s.nodes, s.kind, s.reason))

    def _clusters(self) -> dict[Element, list[Element]]:
        clusters: dict[Element, list[Element]] = defaultdict(list)
        for element in sorted(self.uf.parent):
            clusters[self.uf.find(element)].append(element)
        return clusters

    def _targets(self, clusters: dict[Element, list[Element]]
                 ) -> tuple[dict[Element, Target], list[tuple[Element, Element]]]:
        """Each cluster's node, and the pairs of clusters that are one thing under one name.

        One name is one type and one slug of the name as written (``native_slug``), as node ids
        were before they were type-free and transliterated: a model and a dataset named alike,
        or Müller-Net and MullerNet, are not merged here but told apart by :meth:`_distinct_ids`.
        """
        by_root: dict[Element, Target] = {}
        seen: dict[tuple[str, str], Element] = {}
        collisions: list[tuple[Element, Element]] = []
        for root, members in clusters.items():
            if all(m[1].startswith("lex:") for m in members):
                continue  # a lexicon entry nobody mentioned
            name, entry = self._canonical(members)
            node_type = self._type(members, entry, root[0], name)
            keyed = sorted(self.keyed[m] for m in members if m in self.keyed)
            suffix = self.node_suffix.get(root)
            key = name_key(name)
            local = name_slug(name)
            native = native_slug(key) if key else native_slug(name)
            if suffix:
                local, native = f"{local}-{suffix}", f"{native}-{suffix}"
            one_name = (node_type, keyed[0] if keyed else native)
            if one_name in seen and seen[one_name] != root:
                collisions.append((seen[one_name], root))
                continue
            seen[one_name] = root
            by_root[root] = Target(keyed[0] if keyed else node_id(node_type, local), node_type, name)
        return by_root, collisions

    def _distinct_ids(self, by_root: dict[Element, Target],
                      clusters: dict[Element, list[Element]]) -> dict[Element, Target]:
        """``by_root`` with one id per node: never two nodes on one id, never one silently dropped.

        Ids clash when resolution keeps apart what one slug names: a model and a dataset of one
        name (their type is no longer in the id), or names that differ only in accents (Müller-Net,
        MullerNet). The earliest node keeps the plain id; each other one takes, of these, the first
        that is free: its name as written (``entity/müllernet``), the plain id with its first
        paper's id (``entity/ptb-2407.12327``, as split-off homonyms are named), or with a hash of
        its key. Each is reported as a split of kind "id".
        """
        by_id: dict[str, list[Element]] = defaultdict(list)
        for root, target in by_root.items():
            by_id[target.node_id].append(root)
        taken = set(by_id)
        distinct = dict(by_root)
        for nid in sorted(by_id):
            roots = sorted(by_id[nid], key=lambda r: self._id_claim(r, by_root[r], clusters[r]))
            for root in roots[1:]:
                target = by_root[root]
                new = next(c for c in self._other_ids(root, target, clusters[root]) if c not in taken)
                taken.add(new)
                distinct[root] = Target(new, target.type, target.name)
                if not any(self.names.get(m) for m in clusters[root]):
                    continue  # a name seen only as an untrusted alias: no node of the graph
                first = by_root[roots[0]]
                why = (f"a {first.type} and a {target.type}" if first.type != target.type
                       else f"{first.name} and {target.name} are different names")
                self.splits.append(("id", roots[0], [root],
                                    f"both would be {nid}; resolution keeps them apart ({why})"))
        return distinct

    def _id_claim(self, root: Element, target: Target, members: list[Element]) -> tuple[object, ...]:
        """Who keeps a contested id: a node papers name, not a split-off one, whose name is ASCII
        as written, first seen earliest (a later paper does not take the id away)."""
        papers = self._cluster_papers(members)
        months = [m for m in (self.months.get(p) for p in papers) if m is not None]
        key = name_key(target.name) or target.name
        return (not papers, root in self.node_suffix, native_slug(key) != slug(key),
                min(months) if months else 1 << 30, min(papers) if papers else "", root)

    def _other_ids(self, root: Element, target: Target, members: list[Element]) -> Iterator[str]:
        """Ids for a node whose plain id another node keeps, most readable first (see :meth:`_distinct_ids`)."""
        key = name_key(target.name) or target.name
        suffix = self.node_suffix.get(root)
        native = native_slug(key) + (f"-{suffix}" if suffix else "")
        if not self.keyed.keys() & set(members):
            yield node_id(target.type, native)
        papers = sorted(self._cluster_papers(members), key=lambda p: (self.months.get(p) or 1 << 30, p))
        if papers:
            yield f"{target.node_id}-{slug(papers[0])}"
        digest = hashlib.sha1("\x1f".join(sorted(m[1] for m in members)).encode()).hexdigest()
        for n in range(8, len(digest) + 1):
            yield f"{target.node_id}-{digest[:n]}"
        for n in range(2, 1 << 30):
            yield f"{target.node_id}-{digest}-{n}"

    def _cluster_papers(self, members: list[Element]) -> set[str]:
        return set().union(*(self.papers.get(m, set()) for m in members))

    def _merges(self, clusters: dict[Element, list[Element]], by_root: dict[Element, Target]) -> list[Merge]:
        merges = []
        for root, target in sorted(by_root.items(), key=lambda kv: kv[1].node_id):
            members = clusters[root]
            forms = sorted({n for m in members for n in self.names.get(m, ())})
            typed = {(p, t) for m in members for p, t in self.kinds.get(m, ())}
            types = Counter(t for _, t in typed)
            if len(forms) < 2 and len(types) < 2:
                continue
            evidence: list[MergeEvidence] = []
            keys = {m for m in members if not m[1].startswith("lex:")}
            for m in sorted(keys):
                spelled = sorted(self.names.get(m, ()))
                if len(spelled) > 1:
                    evidence.append(MergeEvidence("spelling", " = ".join(spelled)))
            for m in sorted(members):  # each name's evidence in paper order, not input order
                evidence.extend(sorted(self.evidence.get(m, ()), key=lambda e: (e.paper or "", e.kind, e.detail)))
            if len(types) > 1:  # one name that papers type differently (Dataset / Benchmark): the papers' votes
                votes = ", ".join(f"{t} in {n} paper{'s' if n > 1 else ''}" for t, n in sorted(types.items()))
                evidence.append(MergeEvidence("types", f"same name, typed {votes}; the node is a {target.type}"))
            papers: set[str] = set()
            for m in members:
                papers |= self.papers.get(m, set())
            merges.append(Merge(target.node_id, target.name, tuple(forms), len(papers),
                                dict(sorted(types.items())),
                                tuple(dict.fromkeys(evidence))[:MAX_MERGE_EVIDENCE]))
        return merges

    def _variants(self, by_root: dict[Element, Target], in_graph: set[str]) -> list[Variant]:
        """Variant links between nodes that papers name (a name seen only as an alias is no node)."""
        variants = []
        for root, target in sorted(by_root.items(), key=lambda kv: kv[1].node_id):
            if root[0] != "ml" or target.node_id not in in_graph:
                continue
            for family_name in family_candidates(target.name):
                element = ("ml", name_key(family_name))
                if element not in self.uf.parent:
                    continue
                family = by_root.get(self.uf.find(element))
                if family is None or family.node_id == target.node_id or family.node_id not in in_graph:
                    continue
                if (family.type == "Model") != (target.type == "Model"):
                    continue  # a model is not a variant of a dataset, nor the reverse
                variants.append(Variant(target.node_id, family.node_id,
                                        f"{target.name} is a sized or numbered variant of {family.name}"))
                break
        return variants


def resolve(extractions: Iterable[Extraction], lexicon: Lexicon | None = None) -> Resolution:
    """Resolve every mention of ``extractions`` to its node (see the module docstring)."""
    resolver = Resolver(lexicon)
    for extraction in extractions:
        resolver.add(extraction)
    return resolver.resolve()
