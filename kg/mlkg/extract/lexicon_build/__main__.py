"""``python -m mlkg.extract.lexicon_build``: rebuild the extraction lexicon (docs/lexicon.md)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __doc__ as _package_doc
from .output import build, summary, write

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "lexicon.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mlkg.extract.lexicon_build",
                                 description=(_package_doc or "").split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("..") / "shared" / "data",
                    help="folder of the shared corpora (default: ../shared/data)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="the lexicon file to write (default: the package's data/lexicon.jsonl)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the corpus passes (default 2)")
    args = ap.parse_args(argv)
    t0 = time.time()
    records = build(args.data.resolve(), jobs=max(1, args.jobs))
    write(records, args.out)
    summary(records)
    size = args.out.stat().st_size
    print(f"wrote {len(records)} records, {size / 1e6:.1f} MB to {args.out} "
          f"in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
