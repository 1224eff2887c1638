"""Holidays, solar terms, lunar dates and zodiac years (converted by ``calendar``, i.e. borax)."""

from __future__ import annotations

from datetime import date

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import holiday_date, lunar_month_of, lunar_to_solar
from ..phrases import CalendarDate
from .context import (
    DAY,
    WINDOW_MONTH,
    Context,
    Resolved,
    day_value,
    infer_year,
    make_day,
    num,
    pick,
    set_span,
)

__all__ = ["holiday", "lunar", "zodiac_year"]

def zodiac_year(animal: str, ctx: Context) -> Resolved | None:
    """虎年: the lunar year of that animal, from its new year to the next one."""
    index = lx.ZODIAC.index(animal)

    def span(y: int) -> tuple[date, date] | None:
        start, end = lunar_to_solar(y, 1, 1), lunar_to_solar(y + 1, 1, 1)
        return (start, end) if start and end else None

    base, anchor = ctx.anchor_day("dct")
    if base is None:
        return None
    near = range(base.year - 12, base.year + 13)
    years = [y for y in (*near, ctx.sentence_year or 0) if (y - 4) % 12 == index and y > 0]
    cands = [(s[0], s[1], y) for y in years if (s := span(y)) is not None]
    governed = [c for c in cands if c[2] == ctx.sentence_year]
    if governed:
        cands = governed  # '2020年是鼠年': the year written in the sentence decides
    if not cands:
        return None
    year = pick(cands, base, ctx.policy, WINDOW_MONTH, ctx.future_cue)
    first, end = span(year) or (date(year, 1, 1), date(year + 1, 1, 1))
    r = Resolved(TimeType.DATE, f"{year:04d}", granularity="year", anchor=anchor, year=year)
    return set_span(r, first, end)


def holiday(c: CalendarDate, year: int | None, anchor: str, ctx: Context) -> Resolved | None:
    """A holiday or solar term, in the year given or inferred."""
    name = c.holiday
    hol = (lx.HOLIDAYS.get(name) or lx.CONTEXT_HOLIDAYS.get(name)) if name else None
    if hol is None:
        hol = lx.Holiday("term", term=c.solar_term or "")
    # 除夕 of lunar year Y falls in Gregorian Y+1: name it by the Gregorian year it falls in
    lunar_shift = 1 if hol.kind == "lunar" and hol.month == 12 else 0

    def make(y: int) -> tuple[date, date] | None:
        d = holiday_date(hol, y - lunar_shift)
        return (d, d + DAY) if d else None

    if year is None:
        year, anchor = infer_year(make, ctx, WINDOW_MONTH)
        if year is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day", holiday=hol)
    span = make(year)
    if span is None:
        return None
    return make_day(span[0], anchor, holiday=hol, explicit_year=anchor == "none" or
                    c.year is not None or c.rel_year is not None)


def lunar(c: CalendarDate, year: int | None, anchor: str, ctx: Context) -> Resolved | None:
    """A lunar date or month (腊月二十八, 农历正月), in the lunar year given or inferred."""
    month = 1 if c.lunar_new_year else lx.LUNAR_MONTHS.get(c.lunar_month or "", 0)  # 大年初一
    leap = c.lunar_leap
    ld = c.lunar_day
    day = num(ld.replace("初", "")) if ld else None
    if ld and day is None:
        return None
    if month == 0:  # a bare 廿八: the lunar month of the anchor
        base, anchor = ctx.anchor_day("narrative")
        if base is None or day is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
        ly, lm, lleap = lunar_month_of(base)
        solar = lunar_to_solar(ly, lm, day, lleap)
        return make_day(solar, anchor) if solar else None

    def make(y: int) -> tuple[date, date] | None:
        # candidates are lunar years; a lunar date of year y falls in Gregorian y or y+1
        if day is None:
            first = lunar_to_solar(y, month, 1, leap)
            last = lunar_to_solar(y, month, 0, leap)
            return (first, last + DAY) if first and last else None
        d = lunar_to_solar(y, month, day, leap)
        return (d, d + DAY) if d else None

    if year is None:
        year, anchor = infer_year(make, ctx, WINDOW_MONTH)
        if year is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
    span = make(year)
    if span is None:
        if day is None or lunar_to_solar(year, month, 1, leap) is None:
            return None
        r = Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day", anchor=anchor)
        r.warnings.append(f"impossible date: lunar month {month} of {year} has no day {day}")
        return r
    if day is None:
        r = Resolved(TimeType.DATE, f"{day_value(span[0])}/{day_value(span[1] - DAY)}",
                     granularity="month", anchor=anchor, year=span[0].year)
        return set_span(r, span[0], span[1])
    return make_day(span[0], anchor)

