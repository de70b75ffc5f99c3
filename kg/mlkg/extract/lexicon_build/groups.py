"""A group: the surface variants of one candidate name, with everything counted about it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


def slug_key(surface: str) -> str:
    """The grouping key of a surface: ImageNet-1k, ImageNet-1K and ImageNet1k are one group."""
    return re.sub(r"[^a-z0-9.+]", "", surface.lower())


def make_id(type_: str, name: str) -> str:
    """A record's id, ``<type>:<slug>`` (``dataset:imagenet-1k``)."""
    slug = re.sub(r"[^a-z0-9.+]+", "-", name.lower()).strip("-") or "x"
    return f"{type_.lower()}:{slug}"


@dataclass
class Group:
    key: str
    surfaces: Counter = field(default_factory=Counter)  # surface -> papers
    ctx: Counter = field(default_factory=Counter)
    intro: Counter = field(default_factory=Counter)
    curated: Counter = field(default_factory=Counter)
    keyword_papers: int = 0
    long_forms: list = field(default_factory=list)
    acronym: str | None = None
    counts: dict = field(default_factory=dict)
    type: str | None = None
    name: str = ""
    aliases: list = field(default_factory=list)
    gate: str = ""
    strong: bool = True
    debug: dict = field(default_factory=dict)


def best_surface(surfaces: Counter) -> str:
    """The surface in most papers (ties: alphabetical)."""
    return min(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0]
