"""Ready-made queries over a built graph: SPARQL in ``NAME.rq``, its Cypher twin in ``NAME.cypher``.

Each file starts with a ``# description`` line, then ``# param: name (default)
what it is`` lines for the variables a user may bind (``mlkg query --name
leaderboard --bind dataset=CIFAR-10``). Keeping them as plain ``.rq`` files
means they run unchanged in any SPARQL tool once the mlkg prefixes are declared.
The Cypher twin asks the same question of the Neo4j export (same columns, IRIs
from the nodes' ``uri`` property, parameters as ``$name``); a test runs each pair
and compares the answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from mlkg.errors import Errors, MlkgError

_PARAM = re.compile(r"#\s*param:\s*(?P<name>\w+)\s*(?:\((?P<default>[^)]*)\))?\s*(?P<help>.*)")


class UnknownQuery(MlkgError, LookupError):
    """No ready-made query has that name (or that parameter); the message lists the valid ones."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None
    help: str


@dataclass(frozen=True)
class ReadyQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    cypher: str | None = None

    def bindings(self, given: Mapping[str, str] | None = None) -> dict[str, str]:
        """Defaults overridden by ``given``; a name that is not a parameter is an error, not ignored."""
        names = {p.name for p in self.params}
        unknown = sorted(set(given or {}) - names)
        if unknown:
            valid = ", ".join(sorted(names)) or "none"
            raise UnknownQuery(Errors.E531.format(name=self.name, param=unknown[0], valid=valid))
        values = {p.name: p.default for p in self.params if p.default is not None}
        return {**values, **(given or {})}


def parse(name: str, text: str) -> ReadyQuery:
    """A query file's description, parameters and text; the description is its first comment line."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise ValueError(f"{name}.rq: the first line must be a '# description' comment")
    params = tuple(Param(m["name"], m["default"], m["help"].strip())
                   for m in (_PARAM.fullmatch(line.strip()) for line in lines) if m)
    return ReadyQuery(name, lines[0].lstrip("#").strip(), params, text)


@cache
def available() -> dict[str, ReadyQuery]:
    """Every shipped query by name (its file name without ``.rq``), sorted."""
    files = sorted((f for f in resources.files(__name__).iterdir() if f.name.endswith(".rq")),
                   key=lambda f: f.name)
    queries = {}
    for f in files:
        name = f.name[:-3]
        twin = resources.files(__name__).joinpath(f"{name}.cypher")
        cypher = twin.read_text(encoding="utf-8") if twin.is_file() else None
        queries[name] = replace(parse(name, f.read_text(encoding="utf-8")), cypher=cypher)
    return queries


def get(name: str) -> ReadyQuery:
    try:
        return available()[name]
    except KeyError:
        raise UnknownQuery(Errors.E530.format(name=name, valid=", ".join(available()))) from None
