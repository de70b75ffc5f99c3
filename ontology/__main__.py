"""Regenerate the files derived from ontology/mlkg.ttl.

``python -m mlkg.ontology`` rewrites ``ontology/vocab.py`` and ``ontology/context.jsonld``;
``python -m mlkg.ontology doc [OUT]`` writes the ontology's documentation page with pyLODE
(default ``docs/ontology.html`` of the source checkout).
"""

import sys
from pathlib import Path

from mlkg.ontology import vocab_source
from mlkg.ontology.context import context_source

here = Path(__file__).resolve().parent
if sys.argv[1:2] == ["doc"]:
    from mlkg.ontology.doc import DOC_PAGE, write_doc

    target = write_doc(Path(sys.argv[2]) if len(sys.argv) > 2 else DOC_PAGE)
    print(f"wrote {target}")
elif len(sys.argv) > 1:
    sys.exit(f"usage: python -m mlkg.ontology [doc [OUT]]; got {' '.join(sys.argv[1:])!r}")
else:
    for name, text in (("vocab.py", vocab_source()), ("context.jsonld", context_source())):
        (here / name).write_text(text, encoding="utf-8")
        print(f"wrote {here / name}")
