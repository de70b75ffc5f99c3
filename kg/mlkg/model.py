"""Typed records that flow through mlkg: loaders -> extract -> resolve -> graph.

Every record is a frozen dataclass so that stages cannot mutate what an
earlier stage produced, and records can be hashed, compared and cached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

_ARXIV_NEW = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
_ARXIV_OLD = re.compile(r"^([a-z-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize_arxiv_id(value: str | None) -> str | None:
    """Return the versionless arXiv id in ``value`` (an id or an abs/pdf URL), else None."""
    if not value:
        return None
    text = value.strip()
    for prefix in ("arXiv:", "arxiv:"):
        text = text.removeprefix(prefix)
    if "arxiv.org/" in text:
        text = text.split("arxiv.org/", 1)[1]
        text = text.split("/", 1)[1] if "/" in text else text  # drop abs/ or pdf/
        text = text.removesuffix(".pdf")
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(text)
        if match:
            return match.group(1)
    return None


def title_key(title: str) -> str:
    """The normalized title used to recognise the same paper across sources."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return _NON_ALNUM.sub(" ", folded).strip()


def paper_id(arxiv_id: str | None, title: str) -> str:
    """Stable paper id: the arXiv id when known, else a hash of the normalized title."""
    if arxiv_id:
        return arxiv_id
    digest = hashlib.sha1(title_key(title).encode("utf-8")).hexdigest()[:16]
    return f"t-{digest}"


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization as a listing gives it: Hugging Face slug and display name."""

    name: str
    slug: str | None = None


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper of a listing, normalized; ``source``/``record`` say where it came from."""

    id: str
    title: str
    abstract: str
    source: str
    record: int
    arxiv_id: str | None = None
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    published: dt.date | None = None
    upvotes: int | None = None
    organization: Organization | None = None
    github_url: str | None = None
    project_url: str | None = None
    hf_url: str | None = None
    categories: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    # Ids this paper had before (a title-hash id, until a record gave its arXiv id): their IRIs
    # are retired, and the graph says by what (dcterms:isReplacedBy).
    replaces: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Title and abstract as one document; extraction offsets point into this string."""
        return f"{self.title}\n\n{self.abstract}" if self.abstract else self.title

    def merged_with(self, other: Paper) -> Paper:
        """Combine two records of the same paper, keeping every field either one knows.

        The first record wins where both have a value, except where a later
        snapshot is more complete: the arXiv id, the longer author list, the
        higher upvote count, and the earlier publication date. When the id changes (the arXiv
        id of a paper known by its title hash), the old id is kept in ``replaces``.
        """
        updates: dict[str, object] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if mine in (None, "", ()) and theirs not in (None, "", ()):
                updates[f.name] = theirs
        if len(other.authors) > len(self.authors):
            updates["authors"] = other.authors
        if other.author_count and (self.author_count or 0) < other.author_count:
            updates["author_count"] = other.author_count
        if other.upvotes is not None and (self.upvotes or 0) < other.upvotes:
            updates["upvotes"] = other.upvotes
        if other.published and self.published and other.published < self.published:
            updates["published"] = other.published
        arxiv = updates.get("arxiv_id", self.arxiv_id)
        new_id = paper_id(arxiv, self.title)  # type: ignore[arg-type]
        updates["id"] = new_id
        retired = (*self.replaces, *other.replaces, *((self.id,) if self.id != new_id else ()))
        updates["replaces"] = tuple(sorted(set(retired) - {new_id}))
        return replace(self, **updates)  # type: ignore[arg-type]


class EntityType(StrEnum):
    MODEL = "Model"
    DATASET = "Dataset"
    BENCHMARK = "Benchmark"
    ORGANIZATION = "Organization"
    REPOSITORY = "Repository"


class Role(StrEnum):
    """What a paper does with an entity, strongest first (see ROLE_STRENGTH)."""

    INTRODUCES = "introduces"
    COMPARES = "compares"
    USES = "uses"
    CODE = "code"
    AFFILIATION = "affiliation"
    MENTIONS = "mentions"


ROLE_STRENGTH: dict[Role, int] = {
    Role.INTRODUCES: 5,
    Role.CODE: 4,
    Role.AFFILIATION: 4,
    Role.COMPARES: 3,
    Role.USES: 2,
    Role.MENTIONS: 1,
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read. Offsets index ``Paper.text``; None for listing metadata."""

    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One distinct entity that one paper names, with what the paper does with it."""

    name: str
    type: EntityType
    role: Role
    confidence: float
    evidence: tuple[Evidence, ...]
    extractor: str
    aliases: tuple[str, ...] = ()
    key: str | None = None  # identity hint for resolution, e.g. "github:owner/repo"


@dataclass(frozen=True, slots=True)
class Result:
    """A claimed result: model, dataset or benchmark, metric and value, and the setting ("zero-shot")
    and task ("image classification") it is stated under, when its sentence says. ``model`` is empty for
    a claim of the paper's own method that the paper never names ("our approach reaches 85.3% on X"):
    such a claim stays in the extractions and out of the graph, where every result links to a model."""

    model: str
    dataset: str
    metric: str
    value: str
    evidence: Evidence
    confidence: float = 0.5
    extractor: str = "mlkg_results"
    setting: str | None = None
    task: str | None = None

    @property
    def ranked(self) -> bool:
        """A leaderboard entry: it names both a model and a dataset, so the graph links it to both."""
        return bool(self.model.strip() and self.dataset.strip())


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one paper."""

    paper: Paper
    entities: tuple[Entity, ...] = ()
    results: tuple[Result, ...] = field(default=())
