"""The lexicon of known names, kept as data (``data/lexicon.jsonl``), and its spaCy matcher.

Each record: ``{"id", "name", "aliases", "type", "source", "counts"}``, built
reproducibly from the corpora by ``python -m mlkg.extract.lexicon_build``. ``Generic``
records list name-shaped generic concepts (LLM, SFT, VQA…) that the detector
must not report. Lookups go through :func:`~mlkg.identity.norm_key`, so
CIFAR-10, CIFAR10 and Cifar-10 find the same record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from mlkg.errors import Errors, MlkgError
from mlkg.model import EntityType

from .candidates import Candidate, doc_text, ensure_doc_extensions
from .shapes import norm_key
from .spans import read_candidates, write_candidates
from .startup_cache import load_patterns
from .tokenizer import TOKENIZER_ID, create_tokenizer

_SUPPORT_KEYS = ("dataset_ctx", "benchmark_ctx", "model_ctx", "eval_ctx", "introduced", "curated")
TYPES = frozenset({"Model", "Dataset", "Benchmark", "Organization", "Generic"})


# Corpus counts kept per entry: how the whole corpus writes and uses the name (see docs/lexicon.md).
CORPUS_KEYS = ("dataset_ctx", "benchmark_ctx", "model_ctx", "eval_ctx", "metric_ctx", "introduced", "defined",
               "lower_long", "keyword_papers", "curated", "lower_running", "cap_running")


class LexiconError(MlkgError, ValueError):
    """A lexicon file that cannot be used; the message names the file and line."""


# A name this many papers of the corpus use is well known: the rules' type for it stands against the decider, and
# the paper that writes it builds on it rather than introducing it (unless its title names it).
WELL_KNOWN_PAPERS = 100


@dataclass(frozen=True, slots=True)
class LexEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    papers: int = 0
    support: int = 0  # corpus contexts that typed it (dataset/benchmark/model/eval contexts, introductions)
    corpus: tuple[int, ...] = ()  # the builder's corpus counts, in CORPUS_KEYS order (the decider's evidence)
    guided: bool = False  # typed by the annotation guidelines (corrections.toml), not by corpus statistics

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Lexicon:
    """Entries indexed by normalized form; on a clash the entry seen in more papers wins."""

    def __init__(self, entries: Iterable[LexEntry]) -> None:
        self.entries: dict[str, LexEntry] = {}
        self.by_key: dict[str, LexEntry] = {}
        listed = list(entries)
        for entry in [*listed, *family_entries(listed)]:
            self.entries[entry.id] = entry
            for form in entry.forms:
                key = norm_key(form)
                if not key:
                    continue
                old = self.by_key.get(key)
                if old is None or (form == entry.name and old.name != form) or entry.papers > old.papers:
                    self.by_key[key] = entry

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> LexEntry | None:
        return self.by_key.get(norm_key(name))

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Lexicon:
        return cls(_read(Path(path)))


_SURROGATE = re.compile("[\ud800-\udfff]")  # (as pipeline._make_doc finds them)
_VERSIONED_FORM = re.compile(r"^(.+?)[ -]v?\d+(?:\.\d+)?$")


def family_entries(entries: list[LexEntry]) -> list[LexEntry]:
    """Model families the lexicon knows only by their versions ("Claude Opus 4", "Claude Opus 4.5"):
    the stem becomes a Model too, so that a version released after the lexicon was built ("Claude
    Opus 4.1") is found. Only stems of two or more words, ending capitalised, shared by two or more
    entries: a one-word stem may be an ordinary word ("Stage 1", "Stage 2"). Their corpus counts are
    the sum of their versions'."""
    members: dict[str, list[LexEntry]] = {}
    known = {norm_key(form) for entry in entries for form in entry.forms}
    for entry in entries:
        if entry.type != "Model":
            continue
        for stem in {m.group(1) for form in entry.forms if (m := _VERSIONED_FORM.match(form))}:
            words = stem.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and norm_key(stem) not in known:
                members.setdefault(stem, []).append(entry)
    out = []
    ids = {entry.id for entry in entries}
    for stem, group in sorted(members.items()):
        entry_id = "model:" + re.sub(r"[^a-z0-9.]+", "-", stem.lower()).strip("-")  # the builder's id style
        if len({e.id for e in group}) < 2 or entry_id in ids:
            continue
        ids.add(entry_id)
        corpus = tuple(map(sum, zip(*(e.corpus for e in group), strict=False))) if all(e.corpus for e in group) else ()
        out.append(LexEntry(entry_id, stem, "Model", (),
                            max(e.papers for e in group), sum(e.support for e in group), corpus))
    return out


def _read(path: Path) -> Iterator[LexEntry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(Errors.E100.format(path=path, reason=exc.strerror)) from None
    except UnicodeDecodeError as exc:
        raise LexiconError(Errors.E100.format(path=path, reason=f"not UTF-8 text at byte {exc.start}")) from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            counts = rec.get("counts", {})
            entry = LexEntry(str(rec["id"]), str(rec["name"]), str(rec["type"]),
                             tuple(str(a) for a in rec.get("aliases", ())), int(counts.get("papers", 0)),
                             sum(int(counts.get(k, 0)) for k in _SUPPORT_KEYS),
                             tuple(int(counts.get(k, 0)) for k in CORPUS_KEYS),
                             "guidelines" in rec.get("source", ()))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise LexiconError(Errors.E101.format(path=path, line=lineno, problem=exc)) from None
        if entry.type not in TYPES:
            raise LexiconError(Errors.E102.format(path=path, line=lineno, type=entry.type,
                                                  valid=", ".join(sorted(TYPES))))
        yield entry


def default_path() -> Path:
    return Path(str(resources.files("mlkg.extract").joinpath("data/lexicon.jsonl")))


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon (or ``path``), loaded once per process."""
    target = Path(path) if path else default_path()
    if not target.is_file():
        return Lexicon(())
    return Lexicon.from_jsonl(target)


_VERSION_JOIN = re.compile(r"(?<=[A-Za-z])([- ])(?=v?\d+(?:\.\d+)*[a-z]?\b)")
_LETTER_NUMBER = re.compile(r"^[A-Z]\d{1,2}$")
_PREFIX_JOIN = re.compile(r"^([A-Z]{2,4})([- ])([A-Z][A-Za-z0-9]+)$")


@cache
def written_variants(form: str) -> tuple[str, ...]:
    """The ways papers write one name's version: "Claude-3" / "Claude 3", "Llama 3.1" / "Llama-3.1",
    a model letter in lower case ("O3" / "o3") and a short capital prefix ("MS-MARCO" / "MS MARCO");
    the matcher is case- and token-exact."""
    out = [form]
    swapped = _VERSION_JOIN.sub(lambda m: " " if m.group(1) == "-" else "-", form)
    if swapped != form:
        out.append(swapped)
    if _LETTER_NUMBER.match(form):
        out.append(form.lower())
    prefixed = _PREFIX_JOIN.match(form)
    if prefixed:  # "MS-MARCO" / "MS MARCO", "MS COCO" / "MS-COCO": a short capital prefix, joined either way
        out.append(prefixed.group(1) + ("-" if prefixed.group(2) == " " else " ") + prefixed.group(3))
    coded = _MAKER_CODE.match(form)
    if coded:  # "DeepSeek-R1-Zero" / "DeepSeek R1-Zero", "DeepSeek-V3" / "DeepSeek V3": a maker's word and its code
        out.append(f"{coded.group(1)} {coded.group(2)}")
    suite = _SUITE_JOINED.match(form)
    if suite:  # "AlpacaEval 2.0" / "Alpaca Eval 2.0" / "Alpaca-Eval 2.0": a word and an evaluation suite's head
        out.extend(f"{suite.group(1)}{sep}{suite.group(2)}" for sep in (" ", "-"))
        if suite.group(2) == "Bench":  # "HarmBench" / "Harmbench": the head in lower case, joined
            out.append(suite.group(1) + "bench")
    return tuple(out)


_MAKER_CODE = re.compile(r"^([A-Z][a-z]+[A-Z][a-z]+)-([A-Z]\d[\w.-]*)$")
_SUITE_JOINED = re.compile(r"^([A-Z][a-z]{2,})((?:Eval|Bench|Arena)(?![a-z]).*)$")
_ID_SPELLING = re.compile(r"^[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+$|^[A-Za-z]{3,}[0-9][A-Za-z0-9.]*$")


def id_spelling(form: str) -> str | None:
    """A model name as API and hub ids write it, all in lower case ("GPT-4o" -> "gpt-4o", "Llama-3" ->
    "llama-3", "Qwen2.5" -> "qwen2.5"): only for one-token shapes that hold a digit, which no ordinary
    word has."""
    lowered = form.lower()
    if lowered == form or not _ID_SPELLING.match(form) or not any(ch.isdigit() for ch in form) or len(form) < 4:
        return None
    return lowered


def _matchable(form: str, entry: LexEntry) -> bool:
    """Forms the phrase matcher should look for: not all lower case unless they hold a digit or a Greek
    letter ("τ-bench", which no ordinary word spells), or the guidelines name a hyphened compound as a
    method ("classifier-free guidance"), where a corpus's lower-case long form is a description."""
    return len(form) >= 2 and (any(ch.isupper() for ch in form) or any(ch.isdigit() for ch in form)
                               or any("\u03b1" <= ch <= "\u03c9" for ch in form)
                               or (entry.guided and "-" in form and " " in form))


@Language.factory(
    "mlkg_lexicon",
    assigns=["doc.spans", "doc._.mlkg_candidates"],
    default_config={"path": None},
)
def make_lexicon_matcher(nlp: Language, name: str, path: str | None) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, load_lexicon(path))


class LexiconMatcher:
    """Adds a candidate for every lexicon name or alias written in the text (case-sensitive)."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon) -> None:
        self.name = name
        self.lexicon = lexicon
        ensure_doc_extensions()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.form_entry: dict[str, LexEntry] = {}
        for entry in lexicon.entries.values():
            for written in entry.forms:
                lowered = id_spelling(written) if entry.type == EntityType.MODEL.value else None
                for form in written_variants(written) + ((lowered,) if lowered else ()):
                    if _matchable(form, entry) and self.form_entry.get(form, entry).papers <= entry.papers:
                        self.form_entry[form] = entry
        forms = sorted(self.form_entry)

        def tokenize() -> list[tuple[int, ...]]:
            # A separate tokenizer keeps nlp.tokenizer's cache free of lexicon terms.
            tokenizer = create_tokenizer(spacy.blank("en", vocab=nlp.vocab))
            return [tuple(token.orth for token in doc) for doc in tokenizer.pipe(forms, batch_size=5000)]

        # The patterns are each form's ORTH hashes, as PhraseMatcher keeps them; tokenizing 17k forms
        # is most of the extractor's start, so they are cached on disk (see startup_cache).
        patterns = load_patterns(forms, TOKENIZER_ID, tokenize)
        for start in range(0, len(patterns), 5000):
            self.matcher.add("LEX", patterns[start:start + 5000])

    def __call__(self, doc: Doc) -> Doc:
        candidates = read_candidates(doc, self.lexicon.entries)
        text = doc_text(doc)
        for _, start, end in self.matcher(doc):
            # The match's characters from its first and last token, not a Span (built, and its text joined, per
            # match: a third of this component's time). The text is the Doc's own unless a lone surrogate,
            # tokenized as U+FFFD (pipeline._make_doc), is in it: then the Span's text, as the matcher read it.
            last = doc[end - 1]
            start_char, end_char = doc[start].idx, last.idx + len(last)
            written = text[start_char:end_char]
            if not written.isascii() and _SURROGATE.search(written):
                written = doc[start:end].text
            entry = self.form_entry.get(written) or self.lexicon.lookup(written)
            if entry is None:
                continue
            candidates.append(Candidate(start_char, end_char, start, end, written, "lexicon", entry=entry))
        write_candidates(doc, candidates)
        return doc
