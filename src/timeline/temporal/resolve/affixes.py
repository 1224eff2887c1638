"""Ranges (``X至Y``) and affixes: 自/从/截至 before, 起/以来/为止/前/后/期间/左右 after."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import holiday_period, midnight
from .context import DAY, Context, Resolved, day_value, set_span

__all__ = ["apply_affixes", "combine_range"]


def combine_range(first: Resolved, second: Resolved) -> Resolved:
    """One interval from the start of ``first`` to the end of ``second``."""
    kind = TimeType.TIME if TimeType.TIME in (first.type, second.type) else TimeType.DATE
    end = second.start if second.boundary else second.end
    r = replace(first, type=kind, value=f"{first.value}/{second.value}", end=end,
                mod=None, warnings=first.warnings + second.warnings, boundary=False,
                day=second.day or first.day)
    if r.start is None or r.end is None:
        r.start = r.end = None
    elif r.end <= r.start:
        r.warnings.append(f"range ends ({second.value}) before it starts ({first.value})")
        r.start = r.end = None
    return r


def _year_back(r: Resolved) -> None:
    """The same date a year earlier, for a start whose year was inferred."""
    if r.start is None or not r.value[:4].isdigit() or "/" in r.value:
        return
    try:
        start = r.start.replace(year=r.start.year - 1)
        end = r.end.replace(year=r.end.year - 1) if r.end is not None else None
    except ValueError:  # 29 February
        return
    r.value = f"{r.start.year - 1:04d}{r.value[4:]}"
    r.start, r.end = start, end
    if r.day is not None:
        r.day = r.day.replace(year=r.day.year - 1)
    if r.year is not None:
        r.year -= 1


def _start_of(value: str) -> datetime | None:
    """Where an ISO year, month or day value (2025, 2025-03, 2025-03-05) starts."""
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    year, month, day = (*(int(p) for p in parts), 1, 1)[:3]
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def apply_affixes(r: Resolved, prefix: str | None, suffix: str | None,
                  ctx: Context) -> Resolved:
    """Apply 自/从/截至 before and 起/以来/为止/前/后/期间/左右 after an expression."""
    if r.type in (TimeType.DURATION, TimeType.SET):
        if suffix in ("左右", "前后"):
            r.mod = "APPROX"
        return r
    since = suffix in ("起", "以来", "开始") or (prefix in ("自", "从", "自从") and not suffix)
    until = prefix in ("截至", "截止", "截止到", "截止至") or suffix in ("为止", "止")
    if suffix == "至今":
        r.mod = None
        if ctx.dct is not None and r.start is not None:
            today = ctx.dct.date()
            if r.start.date() > today and not r.explicit_year:
                _year_back(r)  # 3月1日至今 on 26 February: last year's, it has begun
            r.value = f"{r.value}/{day_value(today)}"
            r.end = midnight(today + DAY)
        else:
            r.mod, r.end = "ON_OR_AFTER", None
    elif since:
        r.mod, r.end = "ON_OR_AFTER", None
    elif until:
        r.mod, r.start, r.end = "ON_OR_BEFORE", None, r.start if r.boundary else r.end
    elif suffix in lx.PERIOD_SUFFIXES and r.holiday is not None and r.day is not None:
        start, end = holiday_period(r.holiday, r.day)
        set_span(r, start, end)
    elif suffix in ("左右", "前后") or prefix in ("约", "大约"):
        r.mod = "APPROX"
    elif suffix == "前夕":
        r.mod = "BEFORE"
    elif suffix in ("前", "以前", "之前") and "/" in r.value and r.start is not None:
        # 2020至2025年前: the range runs to where its second end starts
        second = _start_of(r.value.split("/")[1])
        if second is not None and second > r.start:
            r.mod, r.end = None, second
    elif suffix in ("前", "以前", "之前"):
        bound = r.end if r.mod == "END" else r.start
        r.mod, r.start, r.end = "BEFORE", None, bound
    elif suffix in ("后", "以后", "之后"):
        r.mod, r.start, r.end = "AFTER", r.end, None
    return r
