"""Regenerate ontology/vocab.py from ontology/mlkg.ttl: ``python -m mlkg.ontology [OUT]``."""

import sys
from pathlib import Path

from mlkg.ontology import vocab_source

target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "vocab.py"
target.write_text(vocab_source(), encoding="utf-8")
print(f"wrote {target}")
