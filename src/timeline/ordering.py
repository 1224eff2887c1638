"""Where an event stands in time: the instant it sorts at, and the order of a timeline.

A module of its own, below ``timeline`` and ``render``, so that both read the same order
without importing each other (``Timeline`` sorts by it, the HTML axis places events by it).

Order: dated events by the start of their interval (an interval open at its start sorts at
its end), then coarser precision first (a day before its afternoon, a month before its days),
then document and text order.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .models import Event

__all__ = ["PRECISION", "placed_at", "sort_key"]

PRECISION: tuple[str | None, ...] = (
    "century", "decade", "year", "half_year", "season", "quarter", "month", "week", "day",
    "part_of_day", "hour", "minute", "second", None,
)
"""Granularities from coarsest to finest (``None``, no granularity, last)."""


def placed_at(e: Event) -> datetime | None:
    """The instant an event sorts at: its start, or for an interval open at its start the
    last instant before its end; ``None`` when it has no interval."""
    t = e.time
    if t is None:
        return None
    if t.start is not None:
        return t.start
    # open at its start (截至3月2日): placed at its last instant, on its last day
    return t.end - timedelta(microseconds=1) if t.end is not None else None


def sort_key(e: Event) -> tuple[datetime, int, str, int]:
    """The key a dated event sorts by (``placed_at`` must not be ``None``)."""
    at = placed_at(e)
    assert at is not None and e.time is not None
    return (at, PRECISION.index(e.time.granularity), e.doc_id or "", e.trigger.start)
