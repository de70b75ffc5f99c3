"""``mlkg serve``: a build directory over HTTP, read-only.

:mod:`mlkg.serve.app` is the web app (security headers, size limits, reload on ``mlkg build
--update``); the SPARQL 1.1 Protocol endpoint and the ready-made queries run in the query
worker processes of :mod:`mlkg.serve.pool`, which stop a query at its time limit; the explorer's
pages come from :mod:`mlkg.serve.explorer`. docs/serve.md is the user's guide.
"""
