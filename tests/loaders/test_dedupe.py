from __future__ import annotations

import datetime as dt
from pathlib import Path

from mlkg.loaders import Deduplicator, load_all
from mlkg.model import Organization, Paper, paper_id


def _paper(title: str, arxiv: str | None = None, **kw: object) -> Paper:
    return Paper(id=paper_id(arxiv, title), title=title, abstract=kw.pop("abstract", "abs"),  # type: ignore[arg-type]
                 source="s", record=1, arxiv_id=arxiv, **kw)  # type: ignore[arg-type]


def test_same_arxiv_id_merges_keeping_the_most_complete_fields() -> None:
    d = Deduplicator()
    d.add(_paper("A Title", "2401.00001", upvotes=3, published=dt.date(2024, 1, 3)))
    d.add(_paper("A title (v2)", "2401.00001", upvotes=9, published=dt.date(2024, 1, 2),
                 organization=Organization("Lab", "lab"), authors=("X", "Y")))
    (merged,) = d.papers
    assert d.duplicates == 1
    assert merged.title == "A Title" and merged.upvotes == 9
    assert merged.published == dt.date(2024, 1, 2) and merged.organization == Organization("Lab", "lab")
    assert merged.authors == ("X", "Y")


def test_same_title_merges_and_adopts_the_arxiv_id() -> None:
    d = Deduplicator()
    d.add(_paper("Vision Transformers: An Image is Worth 16x16 Words"))
    d.add(_paper("vision transformers -- an image is worth 16x16 words!", "2010.11929"))
    (merged,) = d.papers
    assert merged.id == "2010.11929" and merged.arxiv_id == "2010.11929"


def test_same_title_different_arxiv_ids_stay_apart() -> None:
    d = Deduplicator()
    d.add(_paper("Technical Report", "2401.00001"))
    d.add(_paper("Technical Report", "2402.00002"))
    assert len(d) == 2 and d.duplicates == 0


def test_same_paper_across_files_and_formats(data_dir: Path, tmp_path: Path) -> None:
    jsonl = data_dir / "arxiv_listing.jsonl"
    unique = load_all([jsonl, data_dir / "arxiv_query.atom", jsonl])
    assert len(unique) == len(jsonl.read_text().splitlines())
    assert unique.duplicates == 3 + len(unique)


def test_a_paper_that_learns_its_arxiv_id_keeps_its_title_hash_id_as_retired() -> None:
    title = "Vision Transformers: An Image is Worth 16x16 Words"
    d = Deduplicator()
    d.add(_paper(title))
    d.add(_paper(title, "2010.11929"))
    (merged,) = d.papers
    assert merged.id == "2010.11929" and merged.replaces == (paper_id(None, title),)
    d.add(_paper(title + "!", "2010.11929"))  # a third record changes nothing more
    assert d.papers[0].replaces == (paper_id(None, title),)


def test_a_paper_known_by_its_arxiv_id_first_retires_nothing() -> None:
    d = Deduplicator()
    d.add(_paper("A Title", "2401.00001"))
    d.add(_paper("A Title"))
    d.add(_paper("A Title", "2401.00001"))
    assert d.papers[0].id == "2401.00001" and d.papers[0].replaces == ()
