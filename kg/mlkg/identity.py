"""Identity: which names are one name, and the ids and URIs the graph gives them.

Everything that decides identity lives here, so that the extractor, the
resolver, the graph, the exporters, the evaluation and the viewer agree:

- :func:`norm_key`: the comparison key of a name (case, spaces, hyphens and
  punctuation do not count: CIFAR-10 = Cifar10);
- :func:`name_key`: the same, with an acronym's plural folded (ViTs = ViT);
- :func:`slug`: a readable id fragment; :func:`name_slug` the slug of a name's key;
- :func:`node_id` and :func:`uri`: the stable node id and its absolute URI.

Models, datasets and benchmarks share one id prefix (``entity/``): their type is a vote
of the papers that mention them, and one more paper must not change an IRI.

Unicode is handled one way everywhere: text is NFKC-normalised first, so
full-width letters are the ASCII ones (ＧＰＴ-4 = GPT-4) and sub- and superscript
digits are plain digits (π₀ = π0, M²-Encoder = M2-Encoder). Letters of any
script count as letters, so π0 and φ0 are two names and Ω-Net is not Net.
Pure-ASCII text takes the historical fast path; its keys and ids never change.

Slugs (not keys) spell Latin letters in ASCII (Candès -> ``candes``, Łukasz -> ``lukasz``,
with the ``anyascii`` tables), so an IRI reads the same in every tool. Letters of other
scripts are kept as written (percent-encoded in the URI): transliterating them would make
π0 the same id as p0. Keys keep every letter: Candès and Candes are two spellings for
comparison, and only a slug may see them as one (resolution tells such a clash apart).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from anyascii import anyascii

from mlkg.ontology import RESOURCE_BASE
from mlkg.ontology.schema import schema

__all__ = ["name_key", "name_slug", "native_slug", "node_id", "norm_key", "slug", "strip_acronym_plural", "uri"]

_NORM_DROP = re.compile(r"[^0-9a-z:/+]+")
# Casefolded text holds no ASCII capitals, so for ASCII this is [^0-9a-z._+/-]+ (the historical rule).
_SLUG_DROP = re.compile(r"[^\w.+/-]+")
_ACRONYM_PLURAL = re.compile(r"(?<=[A-Z])s$")
_KEY_PUNCT = frozenset(":/+")


@lru_cache(maxsize=200_000)
def norm_key(name: str) -> str:
    """The comparison key of a name, as the gold guidelines define it: lower case, then only
    letters, digits, ':', '/' and '+' (letters and digits of any script, after NFKC)."""
    if name.isascii():
        return _NORM_DROP.sub("", name.lower())
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum() or ch in _KEY_PUNCT)


def strip_acronym_plural(name: str) -> str:
    """``name`` without an acronym's plural s (ViTs -> ViT, CDs -> CD); other names unchanged."""
    return _ACRONYM_PLURAL.sub("", name.strip())


def name_key(name: str) -> str:
    """The spelling-insensitive key of a name: case, hyphens, spaces, ``~`` and punctuation do not
    count (CIFAR-10 = Cifar10), and an acronym's plural is the acronym (ViTs = ViT, CDs = CD),
    so that case folding never makes it another acronym (VITS, CDS)."""
    return norm_key(strip_acronym_plural(name))


@lru_cache(maxsize=200_000)
def slug(name: str) -> str:
    """A readable, stable id fragment: NFKC, lower case, Latin letters in ASCII, runs of other
    characters as '-' (Emmanuel Candès -> ``emmanuel-candes``).

    Letters of other scripts are kept (π0 -> ``π0``), so names that differ only in non-Latin
    letters keep distinct ids; the URI percent-encodes them.
    """
    if name.isascii():
        return native_slug(name)
    return native_slug(_latin_in_ascii(unicodedata.normalize("NFKC", name).casefold()))


def native_slug(name: str) -> str:
    """The slug with every letter as written (Candès -> ``candès``): ids before slugs were
    transliterated. Resolution compares these to tell one name from two that only transliterate alike."""
    folded = unicodedata.normalize("NFKC", name).casefold().replace("/", "-")
    return _SLUG_DROP.sub("-", folded).strip("-") or "x"


class _LatinInAscii(dict[int, str]):
    """A ``str.translate`` table, filled as characters are first seen: a Latin letter in lower-case
    ASCII (è -> e, ß -> ss, ø -> o, æ -> ae), a combining accent dropped (one no precomposed
    letter carries: NFKC composed the others), any other character kept."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        name = unicodedata.name(ch, "")
        spelled = anyascii(ch).lower() if name.startswith("LATIN ") else "" if name.startswith("COMBINING ") else ch
        self[code] = spelled
        return spelled


_LATIN_IN_ASCII = _LatinInAscii()


def _latin_in_ascii(text: str) -> str:
    """``text`` with its Latin letters in ASCII and stray accents dropped; other characters kept."""
    return text.translate(_LATIN_IN_ASCII)


def name_slug(name: str) -> str:
    """Spelling variants share a slug (CIFAR-10, CIFAR10, Cifar-10; Something-Something~v2),
    while different names keep theirs (CIFAR-100, TinyViT)."""
    key = name_key(name)
    return slug(key) if key else slug(name)


def node_id(node_type: str, local: str) -> str:
    """The id of a node: its type's prefix (``model``, ``paper``, ...) and a local part."""
    return f"{schema().node(node_type).id_prefix}/{local}"


def uri(node: str) -> str:
    """Absolute URI of a node id (non-ASCII characters percent-encoded as UTF-8)."""
    return RESOURCE_BASE + quote(node, safe="/._-~+:")
