"""The extractor's shortcuts give what the plain regexes give (issue 7: faster, same output)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from mlkg.extract.classify import _long_form_ranges
from mlkg.extract.repos import find_repositories

TEXTS = [
    "Vision Transformer (ViT) beats vision transformers; a VISION TRANSFORMER_x and vision transformer.",
    "Vision Transformers, vision transformer's, Vision-Transformer, vision transformerS",
    "Die Vision Transformer für Bilder — vision transformer-based models, Vision Transformerß",
    "Kelvin \u212a: vision transformer and v\u0130sion transformer (non-ASCII twins take the regex path)",
    "Graph Neural Network (GNN)s: graph neural networks and graph neural network. Graph Neural Network(",
]
LONGS = ["Vision Transformer", "vision transformer", "Graph Neural Network", "Network", "x", "network."]


def _regex_ranges(text: str, long: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.compile(re.escape(long) + r"s?\b", re.IGNORECASE).finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_long_form_ranges_match_the_regex(text: str) -> None:
    abbreviations = [SimpleNamespace(long=long) for long in LONGS]
    expected = [span for long in LONGS for span in _regex_ranges(text, long)]
    assert _long_form_ranges(text, abbreviations) == expected


def test_repository_pre_check_keeps_every_case() -> None:
    text = "Code: HTTPS://GitHub.COM/Owner/Repo and HuggingFace.co/org/model, HF.CO/datasets/a/b."
    assert [m.key for m in find_repositories(text)] == ["github:owner/repo", "hf:org/model", "hf-dataset:a/b"]
    assert list(find_repositories("no links here (github pages: user.github.io)")) == []
