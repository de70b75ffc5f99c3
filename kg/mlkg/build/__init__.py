"""The build machinery: run the stages over partitions, cache and shard what extraction found, report.

:func:`mlkg.build.pipeline.build` is what ``mlkg build`` runs.
"""
