"""The listing-metadata extractor: repositories from URLs and the listing's organization.

It needs no NLP model and runs at loader speed. The spaCy pipeline (issue 3)
adds models, datasets and benchmarks on top and reuses these helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from mlkg.model import ROLE_STRENGTH, Entity, EntityType, Evidence, Extraction, Paper, Role

from .repos import find_repositories, is_own_code, normalize_repository_url

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


def repository_entities(paper: Paper) -> list[Entity]:
    """Repositories in the text, plus the listing's GitHub field as the paper's own code."""
    text = paper.text
    found: dict[str, Entity] = {}
    for match in find_repositories(text):
        ev = evidence_for(text, match.start, match.end)
        role = Role.CODE if is_own_code(ev.text, match.url) else Role.MENTIONS
        entity = Entity(match.name, EntityType.REPOSITORY, role, 0.95 if role is Role.CODE else 0.7,
                        (ev,), "mlkg_repos", aliases=(match.url,), key=match.key)
        found[match.key] = _stronger(found.get(match.key), entity)
    for field, url in (("githubRepo", paper.github_url), ("projectPage", paper.project_url)):
        match = normalize_repository_url(url) if url else None
        if match is None:
            continue
        entity = Entity(match.name, EntityType.REPOSITORY, Role.CODE, 1.0,
                        (Evidence(f"{field}: {url}"),), "mlkg_listing", aliases=(url,), key=match.key)
        found[match.key] = _stronger(found.get(match.key), entity)
    return list(found.values())


def organization_entities(paper: Paper) -> list[Entity]:
    org = paper.organization
    if org is None:
        return []
    shown = f"{org.slug} {org.name}" if org.slug and org.slug != org.name else org.name
    key = f"hf-org:{org.slug.lower()}" if org.slug else None
    aliases = (org.slug,) if org.slug and org.slug != org.name else ()
    return [Entity(org.name, EntityType.ORGANIZATION, Role.AFFILIATION, 1.0,
                   (Evidence(f"organization: {shown}"),), "mlkg_listing", aliases=aliases, key=key)]


def _stronger(old: Entity | None, new: Entity) -> Entity:
    """Keep one entry per entity: the stronger role, with both pieces of evidence."""
    if old is None:
        return new
    best, other = (new, old) if ROLE_STRENGTH[new.role] > ROLE_STRENGTH[old.role] else (old, new)
    evidence = best.evidence + tuple(e for e in other.evidence if e not in best.evidence)
    aliases = tuple(dict.fromkeys(best.aliases + other.aliases))
    return replace(best, evidence=evidence, aliases=aliases, confidence=max(old.confidence, new.confidence))


def extract_basic(papers: Iterable[Paper]) -> Iterator[Extraction]:
    """Listing-level extraction: repositories and affiliation, no language model needed."""
    for paper in papers:
        yield Extraction(paper, tuple(organization_entities(paper) + repository_entities(paper)))
