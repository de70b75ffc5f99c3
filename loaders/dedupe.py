"""Merging the same paper seen more than once (across days, files or formats).

Same means the same arXiv id, or the same normalized title when at least one
of the two records has no arXiv id. Two different arXiv ids stay two papers
even when their titles agree ("Technical Report" happens).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from mlkg.model import Paper, title_key


@dataclass
class Deduplicator:
    """Collects papers in first-seen order and merges repeats into the first record."""

    papers: list[Paper] = field(default_factory=list)
    duplicates: int = 0
    _by_arxiv: dict[str, int] = field(default_factory=dict)
    _by_title: dict[str, list[int]] = field(default_factory=dict)

    def add(self, paper: Paper) -> bool:
        """Add ``paper``; return True when it merged into an earlier record."""
        slot = self._find(paper)
        if slot is None:
            slot = len(self.papers)
            self.papers.append(paper)
            merged = False
        else:
            self.papers[slot] = self.papers[slot].merged_with(paper)
            self.duplicates += 1
            merged = True
        current = self.papers[slot]
        if current.arxiv_id:
            self._by_arxiv[current.arxiv_id] = slot
        slots = self._by_title.setdefault(title_key(current.title), [])
        if slot not in slots:
            slots.append(slot)
        return merged

    def _find(self, paper: Paper) -> int | None:
        if paper.arxiv_id and paper.arxiv_id in self._by_arxiv:
            return self._by_arxiv[paper.arxiv_id]
        for slot in self._by_title.get(title_key(paper.title), ()):
            other = self.papers[slot].arxiv_id
            if not paper.arxiv_id or not other or other == paper.arxiv_id:
                return slot
        return None

    def __iter__(self) -> Iterator[Paper]:
        return iter(self.papers)

    def __len__(self) -> int:
        return len(self.papers)
