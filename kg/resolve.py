"""Entity resolution: which node each extracted entity becomes.

Identity comes from the entity's key when the extractor knows one (a GitHub
``owner/repo``, a Hugging Face org slug, a lexicon id), else from its type and
a normalized name, so rebuilding gives the same node ids and URIs.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from mlkg.extract.shapes import norm_key
from mlkg.model import Entity
from mlkg.ontology import RESOURCE_BASE
from mlkg.schema import schema

_SLUG_DROP = re.compile(r"[^0-9a-z._+/-]+")


def slug(name: str) -> str:
    """A readable, stable id fragment: NFKC, lower case, runs of other characters as '-'."""
    folded = unicodedata.normalize("NFKC", name).casefold().replace("/", "-")
    return _SLUG_DROP.sub("-", folded).strip("-") or "x"


def node_id(node_type: str, local: str) -> str:
    return f"{schema().node(node_type).id_prefix}/{local}"


def entity_node_id(entity: Entity) -> str:
    """The node an entity resolves to."""
    if entity.key and entity.key.startswith("lex:"):
        return node_id(entity.type.value, name_slug(entity.key.rsplit(":", 1)[-1]))
    if entity.key:
        scheme, _, rest = entity.key.partition(":")
        local = f"{scheme}/{rest}" if rest else slug(scheme)
        return node_id(entity.type.value, local)
    return node_id(entity.type.value, name_slug(entity.name))


def name_slug(name: str) -> str:
    """Spelling variants share a slug (CIFAR-10, CIFAR10, Cifar-10; Something-Something~v2),
    while different names keep theirs (CIFAR-100, TinyViT)."""
    return slug(norm_key(name)) if norm_key(name) else slug(name)


def uri(node: str) -> str:
    """Absolute URI of a node id."""
    return RESOURCE_BASE + quote(node, safe="/._-~+:")
