"""Resolution: from what an expression says (a typed phrase) to a normalized value.

The resolver knows the document creation time (DCT), the narrative time (the last fully
resolved day before the expression), the year-inference policy, and a few facts about the
sentence (an explicit year that governs it, a future cue). See docs/time-semantics.md.

One module per family: ``context`` (what is known, the value being built, the policy),
``dates`` (calendar dates, relative days, weeks), ``periods`` (months, years and their parts),
``festivals`` (holidays, lunar dates, zodiac years), ``clock`` (parts of day, clock times),
``spans`` (durations, offsets, sets, references, decades) and ``affixes`` (ranges, 起, 以来 …).
"""

from __future__ import annotations

from ..phrases import (
    Core,
    DatePhrase,
    DurationPhrase,
    DurationWord,
    ReferencePhrase,
    SetPhrase,
)
from .affixes import apply_affixes, combine_range
from .context import Context, Resolved
from .dates import date_
from .spans import decade, duration, duration_word, reference, set_

__all__ = ["Context", "Resolved", "apply_affixes", "combine_range", "resolve_core"]


def resolve_core(core: Core, ctx: Context) -> Resolved | None:
    """Resolve one expression; ``None`` when it turns out not to be a time."""
    try:
        if isinstance(core, DatePhrase):
            return date_(core, ctx)
        if isinstance(core, DurationPhrase):
            return duration(core, ctx)
        if isinstance(core, DurationWord):
            return duration_word(core)
        if isinstance(core, SetPhrase):
            return set_(core, ctx)
        if isinstance(core, ReferencePhrase):
            return reference(core, ctx)
        return decade(core, ctx)
    except (ValueError, OverflowError):
        # the calendar's edge only (a DCT in year 1 or 9999, 9999年 plus a day): datetime
        # cannot hold the value. Ordinary "not a time" is a None from the family's resolver.
        return None
