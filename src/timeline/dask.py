"""``timeline.dask``: the Dask helpers, kept importable under their first name.

They live in ``timeline.integrations.dask``, beside the spaCy component; this name is the same
module object (``timeline.dask is timeline.integrations.dask``), so patching one patches both.
"""

from __future__ import annotations

import sys

from .integrations import dask as _module
from .integrations.dask import EVENT_COLUMNS, events_frame, extract_bag

__all__ = ["EVENT_COLUMNS", "events_frame", "extract_bag"]

sys.modules[__name__] = _module
