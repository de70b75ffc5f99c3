"""Token shapes of raw text: name-shaped, Title Case, version, lower case or junk."""

from __future__ import annotations

import re
from functools import lru_cache

from .vocab import _ADJ_PREFIX, _ADJ_SUFFIX, _ADJ_WORD, UNITS

# --------------------------------------------------------------------------------------
# Token shapes
# --------------------------------------------------------------------------------------
TOKEN_RE = re.compile(r"(?<![\w+])[A-Za-z0-9][A-Za-z0-9+]*(?:['’]?[-./][A-Za-z0-9+]+)*")
_NUMERIC_JUNK = re.compile(
    r"^(?:[+-]?\d+(?:[.,]\d+)*(?:[KMBGTkmbgt%x×]|[KMGT]B|ms|s|h|hz|Hz|fps|px|D|d|K|k|st|nd|rd|th|"
    r"p|P|bit|bits|b)?|\d+x\d+(?:x\d+)?|v\d+(?:\.\d+)*|\d+(?:-\d+)+|\d+[a-z]?)$")
_MATH_VAR = re.compile(r"^[a-z]\d{0,2}$|^[A-Za-z]_\w+$|^[A-Z][a-z]?\d?[a-z]$")
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*[a-z]?|[IVX]{1,4})$")
_SIZE_SUFFIX = re.compile(
    r"^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMKT]|[BLHSGTM]|XL|XXL|[Bb]ase|[Ll]arge|[Ss]mall|"
    r"[Tt]iny|[Hh]uge|[Gg]iant|[Mm]ini|[Nn]ano|Pro|Plus|Max|Ultra|Flash|Lite|Turbo|Instruct|Chat|"
    r"[A-Z]\d+|\d+[a-z]|o)(?:/\d+)?$")


def _parts(tok: str) -> list[str]:
    return [p for p in re.split(r"[-./]", tok) if p]


@lru_cache(maxsize=1 << 18)
def is_junk(tok: str) -> bool:
    """Numbers, units, math variables and bookkeeping tokens."""
    low = tok.lower()
    if low in UNITS or low.rstrip("s") in UNITS:
        return True
    if _NUMERIC_JUNK.match(tok) or _MATH_VAR.match(tok):
        return True
    letters = sum(c.isalpha() for c in tok)
    if letters < 2 and not re.fullmatch(r"[A-Z]\d{1,2}", tok):  # but T5, R1 can be names
        return True
    # 3D, 2D, 7B, 4K, 3D-2D
    return bool(re.fullmatch(r"\d+[A-Za-z]{1,2}(?:-\d+[A-Za-z]{1,2})*", tok))



def _is_compound_adjective(tok: str) -> bool:
    parts = tok.split("-")
    last, first = parts[-1], parts[0]
    if "to" in parts[1:-1] or (first.isalpha() and first.islower() and len(first) >= 3):
        return True  # "Text-to-SQL", "image-to-3D" (tasks); "human-AI", "text-only"
    if last.isalpha() and last.islower() and len(last) >= 4 and \
            all(re.fullmatch(r"\d+(?:\.\d+)?[A-Za-z]?", p) for p in parts[:-1]):
        return True  # "30B-parameter", "8K-token"
    if last.isalpha() and last.islower() and _ADJ_SUFFIX.match(last):
        return True
    if last.isalpha() and last.istitle() and _ADJ_WORD.match(last.lower()):
        return True  # "LLM-Based", "AI-Driven"
    return first.isalpha() and first.islower() and first in _ADJ_PREFIX


@lru_cache(maxsize=1 << 18)
def token_shape(tok: str) -> str:
    """'strong' (name-shaped), 'title' (Capitalised word), 'version', 'lower' or 'junk'."""
    if _VERSION.match(tok):
        return "version"
    if is_junk(tok):
        return "junk"
    parts = _parts(tok)
    if "-" in tok and _is_compound_adjective(tok):
        return "lower"
    has_digit = any(c.isdigit() for c in tok)
    for p in parts:
        letters = [c for c in p if c.isalpha()]
        if not letters:
            continue
        if any(c.isupper() for c in p[1:]) and not p[1:].islower():
            return "strong"  # ViT, ImageNet, GPT, LLaMA, MMLU
        if len(letters) >= 2 and p.isupper():
            return "strong"
    if tok[0].isupper():
        return "strong" if has_digit else "title"  # Kinetics-400, Places365 / Mamba, Cityscapes
    if has_digit and sum(c.isalpha() for c in tok) >= 3 and tok[0].isalpha():
        return "strong"  # word2vec, wav2vec
    return "lower"


def is_acronym(name: str) -> bool:
    """All-caps (or mostly caps) short token such as LLM, CoT, MoE, VQA, 3DGS."""
    if " " in name or len(name) > 10:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return name[0].isupper() or name[0].isdigit() if upper >= max(2, len(letters) - 1) else False


