"""Code repositories in text: GitHub URLs -> ``owner/repo``, Hugging Face URLs -> ``hf:owner/name``.

URLs come in every form in abstracts: with or without scheme, ``/tree/main/X``
sub-paths, ``.git``, trailing punctuation, and arXiv line breaks (joined by the
loaders). GitHub Pages (``user.github.io``) are project pages, not repositories.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import Candidate, doc_text, ensure_doc_extensions, sentence_bounds
from .classify import DocEntity

_GITHUB = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?github\.com/"
    r"(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?P<repo>[A-Za-z0-9._-]{1,100})"
    r"(?P<rest>[^\s\"'<>\]\)}]*)",
    re.IGNORECASE,
)
_HF = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/"
    r"(?P<kind>datasets/|spaces/)?(?P<owner>[A-Za-z0-9][\w.-]{0,95})/(?P<name>[A-Za-z0-9][\w.-]{0,95})"
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


def _clean(name: str) -> str:
    name = name.rstrip(_TRAILING)
    return name[:-4] if name.lower().endswith(".git") else name


def find_repositories(text: str) -> Iterator[RepoMatch]:
    """Every GitHub or Hugging Face (model/dataset) repository URL in ``text``, in order."""
    # The regexes try every position; a plain search for a piece each needs skips most texts.
    # (The pieces hold no i, k or s, the only ASCII letters with non-ASCII case twins under re.I.)
    lower = text.lower()
    github = "thub.com/" in lower
    hugging_face = "ngface.co/" in lower or "hf.co/" in lower
    for match in _GITHUB.finditer(text) if github else ():
        owner, repo = match.group("owner"), _clean(match.group("repo"))
        if owner.lower() in _GITHUB_RESERVED or not repo or repo in {".", ".."}:
            continue
        end = match.end() - (len(match.group(0)) - len(match.group(0).rstrip(_TRAILING)))
        name = f"{owner}/{repo}"
        yield RepoMatch(name, f"github:{name.lower()}", text[match.start():end], match.start(), end)
    for match in _HF.finditer(text) if hugging_face else ():
        kind = (match.group("kind") or "").lower()
        owner, repo = match.group("owner"), _clean(match.group("name"))
        if kind == "spaces/" or (not kind and owner.lower() in _HF_RESERVED) or not repo:
            continue
        end = match.end() - (len(match.group(0)) - len(match.group(0).rstrip(_TRAILING)))
        name = f"hf:{owner}/{repo}"
        prefix = "hf-dataset" if kind else "hf"
        yield RepoMatch(name, f"{prefix}:{owner.lower()}/{repo.lower()}", text[match.start():end],
                        match.start(), end)


def normalize_repository_url(url: str) -> RepoMatch | None:
    """The repository a single URL points at, or None (e.g. a project page)."""
    return next(find_repositories(url.strip()), None)


@Language.factory(
    "mlkg_repositories",
    assigns=["doc._.mlkg_entities"],
    default_config={},
)
def make_repository_finder(nlp: Language, name: str) -> RepositoryFinder:
    return RepositoryFinder(name)


class RepositoryFinder:
    """Adds one Repository entity per distinct repository URL in the text."""

    def __init__(self, name: str) -> None:
        self.name = name
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "github" not in text and "huggingface.co" not in text and "hf.co" not in text:
            return doc
        found: dict[str, DocEntity] = {}
        for match in find_repositories(text):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            entity = found.get(match.key)
            if entity is None:
                entity = found[match.key] = DocEntity(match.key, match.name, type="Repository", role="mentions",
                                                      confidence=0.7, extractor="mlkg_repos")
                entity.aliases.append(match.url)
            entity.mentions.append(Candidate(match.start, match.end, span.start, span.end, match.url, "repository"))
            s_start, s_end = sentence_bounds(doc, match.start)
            if is_own_code(text[s_start:s_end], match.url):
                entity.role, entity.confidence = "code", 0.95
        doc._.mlkg_entities = (doc._.mlkg_entities or []) + list(found.values())
        return doc
