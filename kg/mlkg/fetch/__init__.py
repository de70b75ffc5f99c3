"""Getting listings from the services that publish them: the only part of mlkg that uses the network.

``fetch`` stores a source's raw responses in a directory (with a manifest) that ``mlkg build``
reads offline; ``update`` fetches what is new and updates a build from it. The flow:
sources (what to ask, how to check the answer) -> client (pace, retries) -> run (files, manifest)
-> update (fetch, then ``build --update``).
"""

from __future__ import annotations

from .client import FetchError, RetryPolicy, ServiceError
from .manifest import Manifest
from .run import FetchResult, Outcome, fetch, resolve_base_url
from .sources import SOURCES, get_source
from .update import UpdateResult, update

__all__ = ["SOURCES", "FetchError", "FetchResult", "Manifest", "Outcome", "RetryPolicy", "ServiceError", "UpdateResult",
           "fetch", "get_source", "resolve_base_url", "update"]
