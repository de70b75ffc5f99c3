"""Extraction shards: round trips, and every way a shard can be unusable is caught by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlkg.build import shards
from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Result, Role

META = {"mlkg_extractions": 1, "extractor": "test", "mlkg_version": "0"}


def paper(n: int) -> Paper:
    return Paper(id=f"paper/2501.{n:05d}", title=f"Paper {n}: a title with “quotes” and <b>markup</b>",
                 abstract=f"Abstract {n}.", source="test.jsonl", record=n + 1, arxiv_id=f"2501.{n:05d}")


def extraction(n: int) -> Extraction:
    ev = Evidence(f"We use Model{n}.", 0, 14)
    return Extraction(paper(n), (Entity(f"Model{n}", EntityType.MODEL, Role.USES, 0.8, (ev,), "t", (f"M{n}",)),),
                      (Result(f"Model{n}", "ImageNet", "accuracy", f"{n}%", ev, 0.6, "t"),))


def test_partitions_cut_in_input_order() -> None:
    papers = [paper(n) for n in range(7)]
    parts = shards.partitions(papers, 3)
    assert [(start, [p.arxiv_id for p in part]) for start, part in parts] == [
        (0, ["2501.00000", "2501.00001", "2501.00002"]), (3, ["2501.00003", "2501.00004", "2501.00005"]),
        (6, ["2501.00006"])]
    with pytest.raises(ValueError):
        shards.partitions(papers, 0)


def test_encode_decode_round_trip_onto_the_builds_papers() -> None:
    items = [extraction(n) for n in range(3)]
    papers = [x.paper for x in items]
    decoded = shards.decode(shards.encode(10, items), papers)
    assert decoded == items
    assert all(d.paper is p for d, p in zip(decoded, papers))  # the abstracts are not held twice
    with pytest.raises(shards.ShardError, match="other papers"):
        shards.decode(shards.encode(10, items), papers[::-1])


def test_keys_change_with_papers_order_and_extractor() -> None:
    a, b = [paper(1), paper(2)], [paper(2), paper(1)]
    assert shards.partition_key(a, META) == shards.partition_key(list(a), META)
    assert shards.partition_key(a, META) != shards.partition_key(b, META)
    assert shards.partition_key(a, META) != shards.partition_key(a, {**META, "extractor": "other"})


@pytest.fixture
def store(tmp_path: Path) -> shards.ShardStore:
    return shards.ShardStore.open(tmp_path, META, resume=False)


def _written(store: shards.ShardStore) -> tuple[list[Paper], str, dict]:
    items = [extraction(n) for n in range(4)]
    papers = [x.paper for x in items]
    key = shards.partition_key(papers, store.meta)
    manifest: dict = {}
    store.write(0, key, shards.encode(0, items), manifest)
    return papers, key, manifest


def test_a_written_shard_reads_back_after_reopening(store: shards.ShardStore, tmp_path: Path) -> None:
    papers, key, _ = _written(store)
    again = shards.ShardStore.open(tmp_path, META, resume=True)
    manifest = again.manifest()
    assert [x.paper for x in again.read(0, key, papers, manifest)] == papers


def test_opening_without_resume_clears_old_shards(store: shards.ShardStore, tmp_path: Path) -> None:
    _written(store)
    fresh = shards.ShardStore.open(tmp_path, META, resume=False)
    assert fresh.manifest() == {} and not list(fresh.root.glob("part-*"))


def test_a_manifest_of_another_extractor_is_ignored(store: shards.ShardStore, tmp_path: Path) -> None:
    _written(store)
    assert shards.ShardStore.open(tmp_path, {**META, "extractor": "other"}, resume=True).manifest() == {}


def test_flipped_bytes_are_reported_by_file_name(store: shards.ShardStore) -> None:
    papers, key, manifest = _written(store)
    path = store.path(0)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(shards.ShardError, match=rf"{path.name}: corrupt shard \(its SHA-256"):
        store.read(0, key, papers, manifest)


def test_a_truncated_shard_with_a_matching_hash_is_still_caught(store: shards.ShardStore) -> None:
    papers, key, manifest = _written(store)
    path = store.path(0)
    path.write_bytes(path.read_bytes()[:100])
    import hashlib

    manifest["0"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(shards.ShardError, match="unreadable shard"):
        store.read(0, key, papers, manifest)


def test_a_shard_of_other_papers_or_a_missing_file_is_refused(store: shards.ShardStore) -> None:
    papers, key, manifest = _written(store)
    with pytest.raises(shards.ShardError, match="not a finished shard"):
        store.read(0, "another key", papers, manifest)
    with pytest.raises(shards.ShardError, match="other papers"):
        store.read(0, key, list(reversed(papers)), manifest)
    store.path(0).unlink()
    with pytest.raises(shards.ShardError, match=store.path(0).name):
        store.read(0, key, papers, manifest)


def test_the_manifest_is_json_naming_each_shard(store: shards.ShardStore) -> None:
    _written(store)
    data = json.loads(store.manifest_path.read_text())
    assert data["shards"]["0"]["file"] == store.path(0).name
    assert len(data["shards"]["0"]["sha256"]) == 64
