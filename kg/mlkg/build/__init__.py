"""The build machinery: run the stages over partitions, cache and shard what extraction found, report.

:func:`mlkg.build.pipeline.build` is what ``mlkg build`` runs.
"""

DEFAULT_PARTITION_SIZE = 1000
"""Papers per extraction partition: one shard each, the unit of parallel work and of ``--resume``."""
