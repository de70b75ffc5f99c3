from __future__ import annotations

import pytest

from mlkg.model import normalize_arxiv_id, paper_id, title_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2410.08565", "2410.08565"),
        ("2410.08565v3", "2410.08565"),
        ("http://arxiv.org/abs/2101.00001v1", "2101.00001"),
        ("https://arxiv.org/pdf/2101.00001v2.pdf", "2101.00001"),
        ("arXiv:1706.03762", "1706.03762"),
        ("hep-th/9901001v2", "hep-th/9901001"),
        ("math.GT/0309136", "math.GT/0309136"),
        ("not-an-id", None),
        ("", None),
    ],
)
def test_arxiv_ids(raw: str, expected: str | None) -> None:
    assert normalize_arxiv_id(raw) == expected


def test_paper_id_prefers_arxiv_and_hashes_normalized_titles() -> None:
    assert paper_id("2401.00001", "Anything") == "2401.00001"
    a, b = paper_id(None, "Attention Is All You Need"), paper_id(None, "attention is all you need!")
    assert a == b and a.startswith("t-") and len(a) == 18
    assert paper_id(None, "Attention Is Not All You Need") != a
    assert title_key("  Vision–Language   Models: A Survey ") == "vision language models a survey"
