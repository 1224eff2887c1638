"""Pausing the cyclic garbage collector while the library builds many acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block, if it runs.

    Extraction, merging and unpickling make tens of thousands of small objects that hold no
    cycles (refcounting frees them); each time the collector runs meanwhile it walks every
    object alive, so on a long input the run grows faster than the input (bench_linear's
    actor-line, bench_parallel's receiving side). Process-wide, as ``gc.disable`` is: a
    thread that finds it paused leaves it so, and the one that paused it resumes it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
