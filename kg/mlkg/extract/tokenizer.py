"""spaCy's English tokenizer, taught to keep ML names whole.

The stock rules split "SceneSplat-7K" into "SceneSplat-7" + "K" and "Swin-B."
into "Swin", "-", "B.". A ``token_match`` for joined alphanumeric chunks with a
capital or digit (ViT-L/14, M^2-Encoder, Qwen2.5-VL-7B) and three suffix rules
for a final period after such names fix that without touching ordinary words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex

from .shapes import JOINED_TOKEN

_EXTRA_SUFFIXES = (r"(?<=-[A-Z])\.", r"(?<=[0-9][A-Z])\.", r"(?<=[a-z][A-Z])\.")


def create_tokenizer(nlp: Language) -> Tokenizer:
    """Adjust ``nlp``'s tokenizer in place and return it."""
    tokenizer = nlp.tokenizer
    tokenizer.token_match = JOINED_TOKEN.match
    tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + list(_EXTRA_SUFFIXES)).search
    return tokenizer
