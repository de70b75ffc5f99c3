"""mlkg: knowledge graphs of ML models, datasets, benchmarks, organizations and code from paper listings.

The flow reads top to bottom: :mod:`mlkg.loaders` -> :mod:`mlkg.extract` ->
:mod:`mlkg.resolve` -> :mod:`mlkg.graph` -> :mod:`mlkg.export`;
:func:`mlkg.build.pipeline.build` runs it all.
"""

__version__ = "0.1.0"
