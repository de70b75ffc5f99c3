from __future__ import annotations

from mlkg.model import Entity, EntityType, Evidence, Role
from mlkg.resolve import entity_node_id


def _entity(name: str, kind: EntityType = EntityType.DATASET, key: str | None = None) -> Entity:
    return Entity(name, kind, Role.USES, 0.9, (Evidence(name),), "test", key=key)


def test_spelling_variants_share_a_node_and_distinct_names_do_not() -> None:
    ids = {name: entity_node_id(_entity(name)) for name in
           ("CIFAR-10", "CIFAR10", "Cifar-10", "CIFAR-100", "Something-Something v2", "Something-Something~v2")}
    assert ids["CIFAR-10"] == ids["CIFAR10"] == ids["Cifar-10"]
    assert ids["CIFAR-100"] != ids["CIFAR-10"]
    assert ids["Something-Something v2"] == ids["Something-Something~v2"]
    assert entity_node_id(_entity("ViT", EntityType.MODEL)) != entity_node_id(_entity("TinyViT", EntityType.MODEL))


def test_lexicon_keys_and_names_meet_on_one_node() -> None:
    assert entity_node_id(_entity("CIFAR10", key="lex:dataset:cifar-10")) == entity_node_id(_entity("CIFAR-10"))
    assert entity_node_id(_entity("x", EntityType.REPOSITORY, key="github:owner/repo")) == "repo/github/owner/repo"
