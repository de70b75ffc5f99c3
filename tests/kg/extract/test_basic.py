from __future__ import annotations

from mlkg.extract.basic import extract_basic, sentence_bounds
from mlkg.model import EntityType, Organization, Paper, Role


def _paper(**kw: object) -> Paper:
    base = {"id": "2401.00001", "title": "A Title", "abstract": "We do things.", "source": "s", "record": 1}
    base.update(kw)
    return Paper(**base)  # type: ignore[arg-type]


def test_sentence_bounds_stay_in_the_sentence() -> None:
    text = "Title here\n\nFirst one. Code is at https://github.com/a/b. Last one."
    start = text.index("https")
    left, right = sentence_bounds(text, start, start + 5)
    assert text[left:right] == "Code is at https://github.com/a/b."


def test_code_role_evidence_and_listing_field_merge() -> None:
    paper = _paper(abstract="We propose X. Our code is available at https://github.com/Me/X.",
                   github_url="https://github.com/me/x")
    (extraction,) = extract_basic([paper])
    (repo,) = extraction.entities
    assert repo.type is EntityType.REPOSITORY and repo.role is Role.CODE and repo.name == "Me/X"
    in_text = [e for e in repo.evidence if e.start is not None]
    assert in_text and all(paper.text[e.start:e.end] == e.text for e in in_text)
    assert any(e.text.startswith("githubRepo:") for e in repo.evidence)


def test_repository_without_code_cue_is_a_mention() -> None:
    paper = _paper(abstract="We compare with https://github.com/other/baseline in experiments.")
    (extraction,) = extract_basic([paper])
    assert extraction.entities[0].role is Role.MENTIONS


def test_listing_organization_is_an_affiliation_and_urls_are_not_orgs() -> None:
    paper = _paper(organization=Organization("NAVER AI Lab", "naver-ai"),
                   abstract="Code: https://github.com/google-research/foo")
    (extraction,) = extract_basic([paper])
    orgs = [e for e in extraction.entities if e.type is EntityType.ORGANIZATION]
    assert [(o.name, o.role, o.aliases) for o in orgs] == [("NAVER AI Lab", Role.AFFILIATION, ("naver-ai",))]
