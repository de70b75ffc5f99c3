"""Generic English vocabulary as data: ``data/words.toml``, read once per process.

Head nouns, function words, units, size words and cue verbs are knowledge, not
code (as scispaCy keeps them): the extractor, the resolver and the lexicon
builder all read them from that one file. Lists come back as frozensets for
membership tests, or as tuples in file order where order matters (regular
expression alternatives).
"""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources

from mlkg.errors import Errors, MlkgError

__all__ = ["alternation", "word_list", "words"]


class WordListError(MlkgError, KeyError):
    """A word list that ``data/words.toml`` does not have."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, list[str]]]:
    with resources.files(__package__).joinpath("data", "words.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The list ``table.key`` of words.toml (e.g. ``"heads.dataset"``), in file order."""
    table, _, key = name.partition(".")
    try:
        return tuple(_tables()[table][key])
    except KeyError:
        raise WordListError(Errors.E200.format(name=name)) from None


@cache
def words(name: str) -> frozenset[str]:
    """The list ``table.key`` as a set, for membership tests."""
    return frozenset(word_list(name))


def alternation(name: str) -> str:
    """The list ``table.key`` as the body of a regular-expression alternation, ``a|b|c``."""
    return "|".join(word_list(name))
