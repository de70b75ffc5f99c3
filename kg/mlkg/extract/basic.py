"""The listing-metadata extractor: repositories from URLs and the listing's organization.

It needs no NLP model and runs at loader speed. Repositories are found as the spaCy
pipeline's ``mlkg_repositories`` component finds them (:mod:`mlkg.extract.repos`); the
pipeline adds models, datasets and benchmarks on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Role

from .repos import evidence_for, repository_entities, sentence_bounds

__all__ = ["evidence_for", "extract_basic", "organization_entities", "repository_entities", "sentence_bounds"]


def organization_entities(paper: Paper) -> list[Entity]:
    org = paper.organization
    if org is None:
        return []
    shown = f"{org.slug} {org.name}" if org.slug and org.slug != org.name else org.name
    key = f"hf-org:{org.slug.lower()}" if org.slug else None
    aliases = (org.slug,) if org.slug and org.slug != org.name else ()
    return [Entity(org.name, EntityType.ORGANIZATION, Role.AFFILIATION, 1.0,
                   (Evidence(f"organization: {shown}"),), "mlkg_listing", aliases=aliases, key=key)]


def extract_basic(papers: Iterable[Paper]) -> Iterator[Extraction]:
    """Listing-level extraction: repositories and affiliation, no language model needed."""
    for paper in papers:
        yield Extraction(paper, tuple(organization_entities(paper) + repository_entities(paper)))
