"""Code repositories in text: GitHub URLs -> ``owner/repo``, Hugging Face URLs -> ``hf:owner/name``.

URLs come in every form in abstracts: with or without scheme, ``/tree/main/X``
sub-paths, ``.git``, trailing punctuation, and arXiv line breaks (joined by the
loaders). GitHub Pages (``user.github.io``) are project pages, not repositories.

One path for both extractors: the ``mlkg_repositories`` component and the ``basic``
extractor build each repository with :func:`repository_entity`, and the listing's
githubRepo/projectPage fields are merged by :func:`with_listing_repositories`. A mention's
evidence sentence comes from :func:`sentence_bounds` (a regex splitter), not from the
pipeline's sentencizer: the two disagree on a few texts (on the first 10k arXiv abstracts,
1 of 1,564 repository mentions: "... 92.5% on J&F. Our implementation ..."), and the
published graphs keep the evidence they had.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import ROLE_STRENGTH, Entity, EntityType, Evidence, Paper, Role

from .candidates import Candidate, doc_text, ensure_doc_extensions
from .classify import DocEntity
from .spans import write_entities

_GITHUB = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?github\.com/"
    r"(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?P<repo>[A-Za-z0-9._-]{1,100})"
    r"(?P<rest>[^\s\"'<>\]\)}]*)",
    re.IGNORECASE,
)
_HF = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/"
    r"(?P<kind>datasets/|spaces/|collections/)?(?P<owner>[A-Za-z0-9][\w.-]{0,95})/(?P<name>[A-Za-z0-9][\w.-]{0,95})"
    r"(?P<rest>[^\s\"'<>\]\)}]*)",
    re.IGNORECASE,
)
# First path segments that are GitHub or Hugging Face pages, not accounts.
_GITHUB_RESERVED = frozenset({
    "about", "apps", "blog", "collections", "contact", "customer-stories", "enterprise", "events",
    "explore", "features", "issues", "login", "marketplace", "new", "notifications", "orgs",
    "pricing", "pulls", "search", "security", "settings", "site", "sponsors", "topics", "trending",
})
_HF_RESERVED = frozenset({
    "api", "blog", "chat", "collections", "docs", "join", "learn", "login", "models", "new",
    "organizations", "papers", "posts", "pricing", "settings", "spaces", "tasks",
})
_HF_KINDS = {"": "hf", "datasets/": "hf-dataset", "spaces/": "hf-space", "collections/": "hf-collection"}
_TRAILING = ".,;:!?*'\"`"
# Cues that a repository is the paper's own code, or someone else's that it uses or compares with.
_CODE_CUE = re.compile(
    r"\b(?:code|codes|source|implementation|available|release[sd]?|open[- ]?source[sd]?|"
    r"repository|project page|models? (?:are|is) (?:available|released))\b",
    re.IGNORECASE,
)
_OTHER_CUE = re.compile(r"\b(?:we (?:use|adopt|build on|extend)|based on|built (?:on|upon)|compare|baseline)\b",
                        re.IGNORECASE)


def is_own_code(sentence: str, url: str) -> bool:
    """A repository is the paper's code unless its sentence says it is used or compared with."""
    rest = sentence.replace(url, " ")
    return bool(_CODE_CUE.search(rest)) or not _OTHER_CUE.search(rest)


@dataclass(frozen=True, slots=True)
class RepoMatch:
    """A repository mention: canonical name, identity key, and the URL's offsets."""

    name: str
    key: str
    url: str
    start: int
    end: int


# A sentence run on after the link, its space lost: "github.com/owner/Lingua-SafetyBench.Warning: this paper ...".
_RUN_ON_WORD = re.compile(r"(?<=[A-Za-z0-9])\.[A-Z][a-z]+$")


def _clean(name: str) -> str:
    name = name.rstrip(_TRAILING)
    name = _RUN_ON_WORD.sub("", name) if "." in name else name
    return name[:-4] if name.lower().endswith(".git") else name


def find_repositories(text: str) -> Iterator[RepoMatch]:
    """Every GitHub or Hugging Face (model/dataset) repository URL in ``text``, in order."""
    # The regexes try every position; a plain search for a piece each needs skips most texts.
    # (The pieces hold no i, k or s, the only ASCII letters with non-ASCII case twins under re.I.)
    lower = text.lower()
    github = lower.find("thub.com/")
    hugging_face = _first_start(lower.find("ngface.co/"), 16, lower.find("hf.co/"), 12)
    if len(lower) != len(text):  # (a letter whose lower case is longer: offsets in ``lower`` are not the text's)
        github, hugging_face = min(github, 0), min(hugging_face, 0)
    # (each search starts where its first match may: the scheme, "www." and the name's first letters before the
    # piece found; the look-behind still reads the text before that)
    for match in _GITHUB.finditer(text, max(0, github - 14)) if github >= 0 else ():
        owner, repo = match.group("owner"), _clean(match.group("repo"))
        if owner.lower() in _GITHUB_RESERVED or not repo or repo in {".", ".."}:
            continue
        end = _url_end(text, match)
        name = f"{owner}/{repo}"
        yield RepoMatch(name, f"github:{name.lower()}", text[match.start():end], match.start(), end)
    for match in _HF.finditer(text, max(0, hugging_face)) if hugging_face >= 0 else ():
        kind = (match.group("kind") or "").lower()
        owner, repo = match.group("owner"), _clean(match.group("name"))
        if (not kind and owner.lower() in _HF_RESERVED) or not repo:
            continue
        end = _url_end(text, match)
        name = f"hf:{owner}/{repo}"
        # a Space is a git repository of a demo's code; a collection lists the paper's released models and data
        prefix = _HF_KINDS[kind]
        yield RepoMatch(name, f"{prefix}:{owner.lower()}/{repo.lower()}", text[match.start():end],
                        match.start(), end)


def _url_end(text: str, match: re.Match[str]) -> int:
    """Where a link ends: before trailing punctuation, and before a sentence run on after it."""
    end = match.end() - (len(match.group(0)) - len(match.group(0).rstrip(_TRAILING)))
    run_on = _RUN_ON_WORD.search(text, match.start(), end) if text.find(".", match.start(), end) >= 0 else None
    return run_on.start() if run_on is not None else end


def _first_start(first: int, first_lead: int, second: int, second_lead: int) -> int:
    """The first offset a match may start at, from where each of two pieces is first found (-1: not found) and
    how many characters a match may hold before it; -1 when neither is found."""
    starts = [at - lead for at, lead in ((first, first_lead), (second, second_lead)) if at >= 0]
    return max(0, min(starts)) if starts else -1


def normalize_repository_url(url: str) -> RepoMatch | None:
    """The repository a single URL points at, or None (e.g. a project page)."""
    return next(find_repositories(url.strip()), None)


# A sentence ends at . ! ? followed by space and an upper-case letter or digit.
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(\[])")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence (or title/paragraph) containing text[start:end]."""
    left = max(text.rfind("\n", 0, start) + 1, 0)
    for match in _SENT_END.finditer(text, left, start):
        left = match.end()
    newline = text.find("\n", end)
    right = newline if newline != -1 else len(text)
    stop = _SENT_END.search(text, end, right)
    return left, (stop.start() if stop else right)


def evidence_for(text: str, start: int, end: int) -> Evidence:
    left, right = sentence_bounds(text, start, end)
    return Evidence(text[left:right], left, right)


def repositories_in(text: str) -> dict[str, list[RepoMatch]]:
    """The repository URLs in ``text``, grouped by repository (first mention first)."""
    found: dict[str, list[RepoMatch]] = {}
    for match in find_repositories(text):
        found.setdefault(match.key, []).append(match)
    return found


def _names_the_title(text: str, name: str) -> bool:
    """Whether the repository is named as the title's name ("MAXS: Meta-Adaptive ..." and .../exoskeletonzj/MAXS):
    the paper's own code, whatever the sentence says of the method ("a framework based on LLM agents")."""
    first = text.split("\n", 1)[0]
    head, colon, _ = first.partition(":")
    repo = name.rpartition("/")[2]
    return bool(colon) and len(repo) >= 3 and _KEY_CHARS.sub("", head.lower()) == _KEY_CHARS.sub("", repo.lower())


_KEY_CHARS = re.compile(r"[^a-z0-9]")


def repository_entity(text: str, matches: list[RepoMatch]) -> Entity:
    """One repository from its mentions: the strongest role, each mention's sentence as evidence."""
    entity: Entity | None = None
    for match in matches:
        ev = evidence_for(text, match.start, match.end)
        role = Role.CODE if is_own_code(ev.text, match.url) or _names_the_title(text, match.name) else Role.MENTIONS
        entity = _stronger(entity, Entity(match.name, EntityType.REPOSITORY, role,
                                          0.95 if role is Role.CODE else 0.7, (ev,), "mlkg_repos",
                                          aliases=(match.url,), key=match.key))
    assert entity is not None, "a repository needs a mention"
    return entity


def with_listing_repositories(found: dict[str, Entity], paper: Paper) -> list[Entity]:
    """``found`` (repositories by key) with the listing's GitHub and project-page fields as the paper's code."""
    found = dict(found)
    for field, url in (("githubRepo", paper.github_url), ("projectPage", paper.project_url)):
        match = normalize_repository_url(url) if url else None
        if match is None:
            continue
        entity = Entity(match.name, EntityType.REPOSITORY, Role.CODE, 1.0,
                        (Evidence(f"{field}: {url}"),), "mlkg_listing", aliases=(url,), key=match.key)
        found[match.key] = _stronger(found.get(match.key), entity)
    return list(found.values())


def repository_entities(paper: Paper) -> list[Entity]:
    """Repositories in the text, plus the listing's GitHub field as the paper's own code."""
    text = paper.text
    found = {key: repository_entity(text, matches) for key, matches in repositories_in(text).items()}
    return with_listing_repositories(found, paper)


def _stronger(old: Entity | None, new: Entity) -> Entity:
    """Keep one entry per entity: the stronger role, with both pieces of evidence."""
    if old is None:
        return new
    best, other = (new, old) if ROLE_STRENGTH[new.role] > ROLE_STRENGTH[old.role] else (old, new)
    evidence = best.evidence + tuple(e for e in other.evidence if e not in best.evidence)
    aliases = tuple(dict.fromkeys(best.aliases + other.aliases))
    return replace(best, evidence=evidence, aliases=aliases, confidence=max(old.confidence, new.confidence))


@Language.factory(
    "mlkg_repositories",
    assigns=["doc._.mlkg_entities", "doc.ents", "doc.spans"],
    default_config={},
)
def make_repository_finder(nlp: Language, name: str) -> RepositoryFinder:
    return RepositoryFinder(name)


class RepositoryFinder:
    """Adds one Repository entity per distinct repository URL in the text (as :func:`repository_entity`)."""

    def __init__(self, name: str) -> None:
        self.name = name
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[DocEntity] = []
        for key, matches in repositories_in(text).items():  # its own pre-check ignores case
            entity = repository_entity(text, matches)
            mentions = []
            for match in matches:
                span = doc.char_span(match.start, match.end, alignment_mode="expand")
                if span is not None:
                    mentions.append(Candidate(match.start, match.end, span.start, span.end, match.url, "repository"))
            found.append(DocEntity(key, entity.name, type=EntityType.REPOSITORY, mentions=mentions,
                                   aliases=list(entity.aliases), role=entity.role, confidence=entity.confidence,
                                   extractor=entity.extractor,
                                   evidence=[(ev.text, ev.start, ev.end) for ev in entity.evidence]))
        if found:
            write_entities(doc, found, append=True)
        return doc
