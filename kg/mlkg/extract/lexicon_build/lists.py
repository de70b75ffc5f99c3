"""Names in lists around head words: "on X, Y and the Z datasets", "datasets such as X and Y"."""

from __future__ import annotations

import re

from .tokens import token_shape
from .vocab import _STOP_NOUNS, FUNC, FUNC_WORDS, HEAD_KIND, STOP, WEAK_STOP

# --------------------------------------------------------------------------------------
# Name lists around head words
# --------------------------------------------------------------------------------------
_SEG_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+]*(?:['’]?[-./][A-Za-z0-9+]+)*|,|;|:|\(|\)|\S")
_LIST_SEP = {",", "and", "or", "&", "/"}


def _name_ok(tokens: list[str], sentence_initial: bool, in_title: bool) -> tuple[str, bool] | None:
    """Validate a token sequence as a name; returns (surface, strong?) or None."""
    if not tokens or len(tokens) > 4:
        return None
    shapes = [token_shape(t) for t in tokens]
    if shapes[0] in ("version", "junk", "lower"):
        return None
    if any(s in ("junk", "lower") for s in shapes):
        return None
    if any(t.lower() in STOP for t in tokens[:-1]) or \
            (tokens[-1].lower() in STOP and tokens[-1].lower() not in HEAD_KIND) or \
            (len(tokens) == 1 and tokens[0].lower() in STOP):
        return None
    strong = any(s == "strong" for s in shapes)
    if not strong:
        # Title-case names only outside titles and not at a sentence start, and not generic words.
        if in_title or (sentence_initial and len(tokens) == 1):
            return None
        if all(t.lower() in WEAK_STOP for t in tokens if token_shape(t) == "title"):
            return None
    return " ".join(tokens), strong


def parse_list_backward(segment: str, sentence_initial_at: int | None = None,
                        in_title: bool = False) -> list[tuple[str, bool]]:
    """Names in a list that ends right before a head word: "on X, Y and the Z" -> [X, Y, Z].

    ``segment`` is the text immediately left of the head word. Returns (surface, strong) pairs
    in text order. Parsing stops at the first token that is neither a name nor a separator.
    """
    toks = [(m.group(0), m.start()) for m in _SEG_TOKEN.finditer(segment)]
    names: list[tuple[str, bool]] = []
    i = len(toks) - 1
    while i >= 0:
        j = i
        while j >= 0 and i - j < 4 and toks[j][0] not in _LIST_SEP and toks[j][0] not in ",;:()" \
                and token_shape(toks[j][0]) in ("strong", "title", "version") \
                and toks[j][0].lower() not in STOP:
            j -= 1
        cand = [t for t, _ in toks[j + 1:i + 1]]
        # trim leading tokens until the sequence validates (longest valid suffix)
        got = None
        for k in range(len(cand)):
            start_pos = toks[j + 1 + k][1]
            sent_init = start_pos == 0 and sentence_initial_at == 0
            got = _name_ok(cand[k:], sent_init, in_title)
            if got:
                break
        if not got:
            break
        names.append(got)
        if k > 0:  # something non-name-like preceded the name: the list ends here
            break
        i = j
        if i >= 0 and toks[i][0].lower() == "the":  # "X, Y and the Z"
            i -= 1
        # separators: ", ", " and ", ", and ", " or ", "/"
        seen_sep = False
        while i >= 0 and toks[i][0] in _LIST_SEP:
            seen_sep = True
            i -= 1
        if not seen_sep:
            break
    names.reverse()
    return names




def _modifies_next(tok: str) -> bool:
    """Does a name followed by ``tok`` modify it ("NVIDIA GPUs", "English text")?"""
    if not tok[:1].isalnum():
        return False
    low = tok.lower()
    if low in HEAD_KIND or low in FUNC_WORDS or low in FUNC or (low in STOP and
                                                                 low not in _STOP_NOUNS):
        return False
    shape = token_shape(tok)
    return shape == "junk" or (shape == "lower" and tok.isalpha() and len(tok) > 2)


def parse_list_forward(segment: str, in_title: bool = False) -> list[tuple[str, bool]]:
    """Names in a list that starts the segment: "X, Y, and Z ..." -> [X, Y, Z]."""
    toks = [m.group(0) for m in _SEG_TOKEN.finditer(segment)]
    names: list[tuple[str, bool]] = []
    i = 0
    if i < len(toks) and toks[i].lower() == "the":
        i += 1
    while i < len(toks):
        j = i
        while j < len(toks) and j - i < 4 and toks[j] not in _LIST_SEP and toks[j] not in ",;:()" \
                and token_shape(toks[j]) in ("strong", "title", "version") \
                and toks[j].lower() not in STOP:
            j += 1
        got = None
        for k in range(j, i, -1):  # longest valid prefix
            got = _name_ok(toks[i:k], False, in_title)
            if got:
                break
        if not got:
            break
        if k == j and j < len(toks) and (_modifies_next(toks[j]) or toks[j] in ("'", "’")):
            break  # "on NVIDIA GPUs", "on English text": a modifier; "OpenAI's o1": a possessor
        names.append(got)
        if k < j:
            break
        i = j
        seen = False
        while i < len(toks) and (toks[i] in _LIST_SEP or toks[i].lower() == "the"):
            seen = seen or toks[i] in _LIST_SEP
            i += 1
        if not seen:
            break
    return names


