"""Entity resolution across papers: which node each extracted mention becomes.

One node per real thing. Mentions meet on one node when their names are
spelling variants (case, hyphens, spaces, ``~``: CIFAR-10 = Cifar-10), when the
lexicon lists them as one entry, or when any paper defines one as the other's
abbreviation ("Contrastive Language-Image Pre-training (CLIP)"). An acronym
that papers define in different senses (SAM: Segment Anything Model,
Sharpness-Aware Minimization) is not allowed to chain those senses together:
the papers of the minority sense get a node of their own.

Distinct names stay distinct (CIFAR-10 and CIFAR-100, CLIP and BiomedCLIP),
and sized or numbered variants are linked to their family (ViT-L/14
variantOf ViT) instead of merged. Node ids come from type + canonical name
(owner/repo for code, the Hugging Face slug for organizations), so a rebuild
gives the same ids and URIs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from mlkg.extract.lexicon import LexEntry, Lexicon, load_lexicon
from mlkg.extract.words import word_list, words
from mlkg.identity import name_key, name_slug, node_id, slug, strip_acronym_plural
from mlkg.model import Entity, EntityType, Extraction

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


def _kind(entity_type: str) -> str:
    """Models and data are different kinds: GQA the benchmark is not Grouped-Query Attention."""
    return "model" if entity_type == EntityType.MODEL.value else "data"


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
        self.pending: list[tuple[str, int, Element | Target]] = []  # a mention's element, or its fixed node
        self._ambiguity: dict[str, bool] = {}
        self.pending_results: list[tuple[str, int, Element, Element]] = []

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
                self.keyed[element] = keyed
            if group == "ml":
                entry = self._lexicon_entry(entity.name, entity.key)
                if entry is not None:
                    self._note_lexicon(element, entry)
            for alias in entity.aliases:
                self._add_alias(paper, entity, element, alias)
            self.pending.append((paper, index, element))
        for index, result in enumerate(extraction.results):
            if not result.model.strip() or not result.dataset.strip():
                continue  # a claim with no model or no dataset named is not a leaderboard entry
            model = self._element("ml", result.model)
            dataset = self._element("ml", result.dataset)
            self.votes[model]["Model"] += RESULT_VOTE
            self.votes[dataset]["Dataset"] += RESULT_VOTE
            for element, name in ((model, result.model), (dataset, result.dataset)):
                self.names[element][name] += 0  # known form, but not counted as a mention
                entry = self._lexicon_entry(name, None)
                if entry is not None:
                    self._note_lexicon(element, entry)
            self.pending_results.append((paper, index, model, dataset))

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
        words = _sense_words(long)
        for sense in self.senses[short_el]:
            if same_sense(sense.words, words):
                break
        else:
            sense = _Sense(words, example=(paper, f"{long} ({short})"))
            self.senses[short_el].append(sense)
        sense.long_keys.add(long_el)
        sense.papers.add(paper)
        sense.types[long_form_kind(long) or _kind(entity_type)] += 1

    # -- deciding

    def _settle_senses(self) -> dict[tuple[str, Element], Element]:
        """Merge each acronym with its long form. An acronym with rival senses keeps only its main one,
        and not even that when the acronym's other mentions are another kind of thing."""
        overrides: dict[tuple[str, Element], Element] = {}
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
                clash = bool(others) and others.most_common(1)[0][0] != sense.types.most_common(1)[0][0]
                if rank == 0 and not clash:
                    self.evidence[short_el].append(MergeEvidence("abbreviation", example, paper))
                    self.uf.union(short_el, first)
                    continue
                # A rival sense: its papers' mentions of the acronym go to the long form's node.
                rival = ranked[0].example[1] if rank else f"{short_el[1]} elsewhere"
                self.evidence[first].append(MergeEvidence("abbreviation", f"{example}; kept apart from {rival}",
                                                          paper))
                for p in sense.papers:
                    overrides[(p, short_el)] = first
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

    def resolve(self) -> Resolution:
        overrides = self._settle_senses()
        clusters = self._clusters()
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
            resolution.results[(paper, index)] = (by_root[self.uf.find(model)], by_root[self.uf.find(dataset)])
        resolution.merges = self._merges(clusters, by_root)
        in_graph = {t.node_id for t in resolution.mentions.values()}
        in_graph.update(t.node_id for pair in resolution.results.values() for t in pair)
        resolution.variants = self._variants(by_root, in_graph)
        return resolution

    def _clusters(self) -> dict[Element, list[Element]]:
        clusters: dict[Element, list[Element]] = defaultdict(list)
        for element in sorted(self.uf.parent):
            clusters[self.uf.find(element)].append(element)
        return clusters

    def _targets(self, clusters: dict[Element, list[Element]]
                 ) -> tuple[dict[Element, Target], list[tuple[Element, Element]]]:
        by_root: dict[Element, Target] = {}
        seen: dict[str, Element] = {}
        collisions: list[tuple[Element, Element]] = []
        for root, members in clusters.items():
            if all(m[1].startswith("lex:") for m in members):
                continue  # a lexicon entry nobody mentioned
            name, entry = self._canonical(members)
            node_type = self._type(members, entry, root[0], name)
            keyed = sorted(self.keyed[m] for m in members if m in self.keyed)
            nid = keyed[0] if keyed else node_id(node_type, name_slug(name))
            if nid in seen and seen[nid] != root:
                collisions.append((seen[nid], root))
                continue
            seen[nid] = root
            by_root[root] = Target(nid, node_type, name)
        return by_root, collisions

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
            for m in sorted(members):
                evidence.extend(self.evidence.get(m, ()))
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
