"""Property test: any bytes in, only LoadError out (or valid Papers)."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlkg.loaders import LOADERS, LoadError, LoadReport, load
from mlkg.model import Paper

SEEDS = [
    b"Title\n\nAbstract text.\n  \xe2\x80\xa2 3 authors\n\xc2\xb7\nMar 2, 2024 5\n",
    b'[{"paper": {"id": "2401.00001", "title": "T", "summary": "S", "upvotes": 1}}]',
    b'{"title": "T", "abstract": "A"}\n',
    b"title,abstract\nT,A\n",
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id>'
     b"<title>T</title><summary>S</summary></entry></feed>"),
]

content = st.one_of(
    st.binary(max_size=600),
    st.sampled_from(SEEDS).flatmap(lambda seed: st.tuples(st.just(seed), st.binary(max_size=40), st.integers(0, len(seed)))
                                   .map(lambda t: t[0][: t[2]] + t[1] + t[0][t[2]:])),
)


def _check(paper: Paper) -> None:
    assert isinstance(paper, Paper)
    assert paper.title and paper.title == paper.title.strip()
    assert paper.id
    assert paper.upvotes is None or paper.upvotes >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=content, fmt=st.sampled_from([None, *sorted(LOADERS)]), gz=st.booleans())
def test_arbitrary_bytes_raise_only_load_error(data: bytes, fmt: str | None, gz: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("input.dat.gz" if gz else "input.dat")
        path.write_bytes(gzip.compress(data) if gz else data)
        try:
            for paper in load(path, format=fmt, report=LoadReport()):
                _check(paper)
        except LoadError as exc:
            assert str(path) in str(exc) or (fmt is None and "format" in str(exc))
