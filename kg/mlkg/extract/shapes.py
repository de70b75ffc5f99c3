"""What ML names look like: the string tests shared by the tokenizer, detector and classifiers.

Coined names mix case (TinyViT, LaVIT), digits (4D-VLA, WebVid-10M), joiners
(ViT-L/14, M^2-Encoder, LLaVA-1.5) or are acronyms (CLIP, DINO). Ordinary
capitalised words, units and sizes are not names on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A token made of alphanumeric chunks joined by - / ^ + . with some capital or digit.
JOINED_TOKEN = re.compile(r"^(?=\S*[A-Z0-9])[A-Za-z0-9]+(?:[-/^+.][A-Za-z0-9]+)+\+*$")
_HAS_LOWER = re.compile(r"[a-z]")
_INNER_UPPER = re.compile(r"^.[^\s]*[A-Z]")
_ALPHA = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_NUMBERISH = re.compile(r"^[\d.,:/x×%+\-]+[A-Za-z]{0,2}$")  # 10M, 3D, 7B, 2x, 1.5T, 24fps
_UNIT = re.compile(r"^(?:\d+(?:\.\d+)?)?(?:[KMGT]B|[kMGT]?Hz|FLOPs?|TFLOPs?|GFLOPs?|FPS|fps|ms|GPUs?|TPUs?|CPUs?)$")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
_VERSION = re.compile(r"^(?:v|V)?\d+(?:\.\d+)*[a-z]?$")
_NORM_DROP = re.compile(r"[^0-9a-z:/+]+")
_SIZE_SUFFIX = re.compile(r"[-_ ]?\d+(?:\.\d+)?[KMBT]$")


@lru_cache(maxsize=200_000)
def norm_key(name: str) -> str:
    """The comparison key of a name, as the gold guidelines define it."""
    return _NORM_DROP.sub("", name.lower())


@lru_cache(maxsize=200_000)
def name_shape(text: str) -> str | None:
    """Classify a token's surface: 'acronym', 'mixed', 'joined', 'alnum' or None (not name-like)."""
    if len(text) < 2 or len(text) > 60 or not _ALPHA.search(text):
        return None
    if _NUMBERISH.match(text) or _UNIT.match(text) or _ROMAN.match(text):
        return None
    if JOINED_TOKEN.match(text):
        return "joined"
    if not _HAS_LOWER.search(text):
        letters = sum(ch.isalpha() for ch in text)
        return "acronym" if letters >= 2 else None
    if _INNER_UPPER.match(text):
        return "mixed"
    if _DIGIT.search(text) and text[0].isalpha():
        return "alnum"  # ResNet50 handled as mixed; word2vec, resnet50, t5
    return None


def is_version(text: str) -> bool:
    """A version or size that may continue a name: '3', 'v2', '1.5', 'V3'."""
    return bool(_VERSION.match(text))


def family_of(name: str) -> str | None:
    """The family a sized or numbered variant belongs to: ViT-L/14 -> ViT, ResNet-50 -> ResNet."""
    base = re.split(r"[-_/ ]", name, maxsplit=1)[0]
    if base != name and len(base) >= 2 and _ALPHA.search(base):
        return base
    stripped = re.sub(r"\d+$", "", name)
    return stripped if stripped != name and len(stripped) >= 2 else None


def has_size_suffix(name: str) -> bool:
    """Names ending in a size: WebVid-10M, SceneSplat-7K, LAION-5B."""
    return bool(_SIZE_SUFFIX.search(name))
