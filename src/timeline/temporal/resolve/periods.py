"""Dates without a day: months and their parts, years, quarters, halves, seasons."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import MIN_YEAR, add_months, days_in_month, midnight
from ..phrases import CalendarDate
from .context import (
    DAY,
    WINDOW_MONTH,
    Context,
    Resolved,
    day_value,
    infer_year,
    make_day,
    make_month,
    make_year,
    num,
    set_span,
)
from .festivals import holiday, lunar, zodiac_year

__all__ = ["month_level", "nth", "rel_quarter", "window", "with_month_part"]


def nth(outer: Resolved, start_or_end: str, count: str | None, unit: str) -> Resolved | None:
    """The N-th week (its Monday in the period), weekday or day of a month or year, or its
    first or last N days: 本月第2周, 十月的第一个星期一, 2025年第一天, 上月最后五天, 4月前4天."""
    if outer.start is None or outer.end is None or outer.granularity not in ("month", "year"):
        return None
    r = _nth(outer, start_or_end, count, unit)
    if r is not None:
        r.explicit_year, r.year = outer.explicit_year, outer.year  # 1998年第一天 governs
    return r


def _nth(outer: Resolved, start_or_end: str, count: str | None, unit: str) -> Resolved | None:
    assert outer.start is not None and outer.end is not None
    first, end = outer.start.date(), outer.end.date()
    n = num(count) if count else 1
    if n is None or n < 1:
        return None
    last = start_or_end == "最后"
    if unit in ("天", "日"):
        if start_or_end == "前":  # 这个月前两天: its first n days
            hi = first + timedelta(days=n)
            if hi > end:
                return None
            r = Resolved(TimeType.DATE, f"{day_value(first)}/{day_value(hi - DAY)}",
                         granularity="day", anchor=outer.anchor)
            return set_span(r, first, hi)
        if last:
            lo = end - timedelta(days=n)
            r = Resolved(TimeType.DATE, day_value(lo) if n == 1 else
                         f"{day_value(lo)}/{day_value(end - DAY)}", granularity="day",
                         anchor=outer.anchor)
            return set_span(r, lo, end)
        d = first + timedelta(days=n - 1)
        return make_day(d, outer.anchor) if d < end else None
    weekday = lx.WEEKDAYS.get(unit[-1], 1) if unit[-1] in lx.WEEKDAYS else 1
    if last:
        d = end - DAY - timedelta(days=((end - DAY).isoweekday() - weekday) % 7)
        d -= timedelta(days=7 * (n - 1))
    else:
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    if not first <= d < end:
        return None
    if unit in ("周", "星期", "礼拜"):  # a week: the one whose Monday that is
        iso = d.isocalendar()
        r = Resolved(TimeType.DATE, f"{iso[0]:04d}-W{iso[1]:02d}", granularity="week",
                     anchor=outer.anchor)
        return set_span(r, d, d + timedelta(days=7))
    return make_day(d, outer.anchor)


def window(direction: str, count: str, unit: str, ctx: Context) -> Resolved | None:
    """前两天, 上两周, 下三个月, 今明两年: N whole units just before or after the anchor's
    (今明 counts the anchor's own). The value names the first and last unit."""
    n = num(count)
    if n is None or not 1 <= n <= (3 if unit == "年" else 12):
        return None  # 前十年 is more often the first ten years than a window
    if direction == "前" and n == 1:
        return None  # 前一年: the year before the narrative's, not a window
    if direction == "过" and unit not in ("天", "日"):
        return None  # 再过三年: in three years, not a window
    base, anchor = ctx.anchor_day("dct")
    if base is None:
        return None
    step = lx.WINDOW_DIRECTIONS[direction]
    if unit in ("天", "日"):
        first_day = base + timedelta(days=-n if step < 0 else (0 if step == 0 else 1))
        last_day = first_day + timedelta(days=n - 1)
        start, end, granularity = first_day, last_day + DAY, "day"
        names = (day_value(first_day), day_value(last_day))
    elif unit in ("周", "星期"):
        monday = base - timedelta(days=base.isoweekday() - 1)
        start = monday + timedelta(days=7 * (-n if step < 0 else (0 if step == 0 else 1)))
        end, granularity = start + timedelta(days=7 * n), "week"
        iso = [d.isocalendar() for d in (start, end - timedelta(days=7))]
        names = tuple(f"{y:04d}-W{w:02d}" for y, w, _ in iso)  # type: ignore[assignment]
    elif unit == "月":
        this = base.replace(day=1)
        start = add_months(this, -n if step < 0 else (0 if step == 0 else 1))
        end, granularity = add_months(start, n), "month"
        last = add_months(end, -1)
        names = (f"{start.year:04d}-{start.month:02d}", f"{last.year:04d}-{last.month:02d}")
    else:
        first_year = base.year + (-n if step < 0 else (0 if step == 0 else 1))
        start, end, granularity = date(first_year, 1, 1), date(first_year + n, 1, 1), "year"
        names = (f"{first_year:04d}", f"{first_year + n - 1:04d}")
    value = names[0] if names[0] == names[1] else f"{names[0]}/{names[1]}"
    r = Resolved(TimeType.DATE, value, granularity=granularity, anchor=anchor)
    return set_span(r, start, end)


def rel_quarter(word: str, part: str | None, ctx: Context) -> Resolved:
    """上个季度, 本季度, 下季度: the quarter beside the DCT's."""
    base, anchor = ctx.anchor_day("dct")
    if base is None:
        return Resolved(TimeType.DATE, "XXXX-QX", granularity="quarter")
    first = add_months(date(base.year, 3 * ((base.month - 1) // 3) + 1, 1),
                       3 * lx.REL_QUARTERS[word])
    q = (first.month - 1) // 3 + 1
    r = Resolved(TimeType.DATE, f"{first.year:04d}-Q{q}", granularity="quarter", anchor=anchor,
                 year=first.year)
    if part:
        r.mod = "START" if part == "初" else "END"
    return set_span(r, first, add_months(first, 3))

def month_level(c: CalendarDate, year: int | None, month: int | None, anchor: str,
                 explicit: bool, ctx: Context) -> Resolved | None:
    """Dates without a day: years, months, and their parts."""
    if month is None:
        return year_level(c, year, anchor, explicit, ctx)
    if year is None:
        inherit = ctx.inherit
        if inherit is not None and inherit.year is not None:
            year, anchor = inherit.year, inherit.anchor
            if inherit.month is not None and month < inherit.month:
                year += 1
        else:
            def make(y: int) -> tuple[date, date]:
                start = date(y, month, 1)
                return start, add_months(start, 1)

            narrative = ctx.narrative is not None
            year, anchor = infer_year(make, ctx, WINDOW_MONTH, narrative=narrative)
        if year is None:
            return with_month_part(Resolved(TimeType.DATE, f"XXXX-{month:02d}",
                                             granularity="month"), c, None, month)
    r = make_month(year, month, anchor)
    r.explicit_year = explicit
    m2 = num(c.month_end)
    if m2 is not None and 1 <= m2 <= 12 and m2 > month:
        r.value = f"{r.value}/{year:04d}-{m2:02d}"
        r.end = midnight(add_months(date(year, m2, 1), 1))
        return r
    return with_month_part(r, c, year, month)


def second_year(c: CalendarDate, year: int) -> int | None:
    """The year a range of years ends in: 2019-2020年, and 1985到89年 in the first's century."""
    y2 = num(c.year_end)
    if y2 is not None and y2 < 100 and c.year_end is not None and len(c.year_end) == 2:
        y2 += year // 100 * 100
        if y2 < year:
            y2 += 100
    return y2


def from_first_year(r: Resolved, c: CalendarDate, year: int | None) -> Resolved:
    """1985到89年9月: a range whose first end names only its year runs from that year's
    first day to the end of what the second end names (its month or day)."""
    if year is None or c.year_end is None or r.start is None or r.end is None:
        return r
    y2 = second_year(c, year)
    if y2 is None or y2 <= year or r.start.year != year:
        return r
    shift = y2 - year
    try:
        end = r.end.replace(year=r.end.year + shift)
    except ValueError:  # 29 February in a year without it
        end = r.end.replace(year=r.end.year + shift, day=28)
    first = r.value.split("/")[0]
    r.value = f"{year:04d}/{y2:04d}{first[4:]}"
    r.start, r.end = datetime(year, 1, 1), end
    r.granularity = r.granularity or "year"
    return r


def with_month_part(r: Resolved, c: CalendarDate, year: int | None,
                    month: int | None) -> Resolved:
    """上旬, 月底 …: the part of the month, its mod and days."""
    word = c.month_word or ""
    part = c.month_part or (word[1:] if word.startswith("月") else c.month_word)
    if not part:
        return r
    mod, first, last = lx.MONTH_PARTS[part]
    r.mod = mod
    if year is not None and month is not None and r.start is not None:
        last = last or days_in_month(year, month)
        r.start = datetime(year, month, first)
        r.end = datetime(year, month, last) + DAY
    return r


def year_level(c: CalendarDate, year: int | None, anchor: str, explicit: bool,
                ctx: Context) -> Resolved | None:
    """Years and their parts: quarters, halves, seasons, 年初, holidays, lunar dates."""
    if c.holiday is not None or c.solar_term is not None:
        return holiday(c, year, anchor, ctx)
    if c.zodiac is not None:
        return zodiac_year(c.zodiac, ctx)
    if c.lunar_month is not None or c.lunar_day is not None:
        return lunar(c, year, anchor, ctx)
    if year is None:
        if all(v is None for v in (c.quarter, c.first_quarters, c.first_months, c.half, c.season,
                                   c.year_part, c.year_word, c.year, c.rel_year, c.roc_year)):
            return None
        base, anchor = ctx.anchor_day("dct")
        if base is None:
            return Resolved(TimeType.DATE, "XXXX", granularity="year")
        year = base.year
    if c.season_rel_year is not None:
        year += lx.REL_SEASON_YEARS[c.season_rel_year]
    if not MIN_YEAR - 900 <= year <= 9999:
        return None
    r = make_year(year, anchor)
    r.explicit_year = explicit
    y2 = second_year(c, year)
    if y2 is not None and y2 > year:
        r.value = f"{year:04d}/{y2:04d}"
        r.end = datetime(y2 + 1, 1, 1)
        return r
    if c.quarter is not None:
        q = 1 if c.quarter == "首" else (num(c.quarter) or int(c.quarter))
        r.value, r.granularity = f"{year:04d}-Q{q}", "quarter"
        set_span(r, date(year, 3 * q - 2, 1), add_months(date(year, 3 * q - 2, 1), 3))
        if c.quarter_part:
            r.mod = "START" if c.quarter_part == "初" else "END"
    elif c.first_months is not None:  # 今年前两个月: the first n months
        n = num(c.first_months) or 0
        if not 1 <= n <= 12:
            return None
        r.value, r.granularity = f"{year:04d}-01/{year:04d}-{n:02d}", "month"
        set_span(r, date(year, 1, 1), add_months(date(year, 1, 1), n))
    elif c.first_quarters is not None:
        n = num(c.first_quarters) or 2
        r.value, r.granularity = f"{year:04d}-Q1/{year:04d}-Q{n}", "quarter"
        set_span(r, date(year, 1, 1), add_months(date(year, 1, 1), 3 * n))
    elif c.half is not None:
        h = 1 if c.half == "上" else 2
        r.value, r.granularity = f"{year:04d}-H{h}", "half_year"
        set_span(r, date(year, 6 * h - 5, 1), add_months(date(year, 6 * h - 5, 1), 6))
    elif c.season is not None:
        token, first = lx.SEASONS[c.season]
        r.value, r.granularity = f"{year:04d}-{token}", "season"
        set_span(r, date(year, first, 1), add_months(date(year, first, 1), 3))
    elif c.year_part is not None or c.year_word is not None:
        word = c.year_part or c.year_word or ""
        key = word[-1]
        if word in lx.YEAR_START_WORDS or word in ("新年伊始", "开年", "伊始"):
            key = "初"
        elif word in lx.YEAR_END_WORDS:
            key = "底"
        if key == "内":
            return r
        mod, first, months = lx.YEAR_PARTS[key]
        r.mod = mod
        set_span(r, date(year, first, 1), add_months(date(year, first, 1), months))
    return r

