"""Dates: calendar dates with year and month inference, relative days, weekdays and weeks,
and the part of day or clock time on them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import add_months, days_in_month, midnight
from ..phrases import CalendarDate, Clock, DatePhrase, NumericDate, RelativeDay, WeekPhrase
from .affixes import combine_range
from .clock import apply_time
from .context import (
    DAY,
    WINDOW_DAY,
    WINDOW_MONTH,
    Context,
    Resolved,
    anchor_for_inference,
    day_value,
    infer_year,
    make_day,
    make_month,
    num,
    pick,
    set_span,
    valid_year,
    weekday_check,
)
from .periods import from_first_year, month_level, nth, rel_quarter, window, with_month_part

__all__ = ["date_", "week"]


def _year_of(c: CalendarDate, ctx: Context) -> tuple[int | None, str, bool]:
    """The year a date names: (year, anchor, explicit)."""
    if c.year is not None:
        y = num(c.year)
        if y is not None and y < 100:
            y += 1900 if y >= 50 else 2000
        return y, "none", True
    if c.roc_year is not None:  # 民國109年: years of the Republic of China count from 1912
        roc = num(c.roc_year)
        return (roc + 1911 if roc else None), "none", True
    if c.rel_year is not None:
        rel = lx.REL_YEARS[c.rel_year]
        if rel.anchor == "narrative" and ctx.narrative_year is not None and ctx.inherit is None:
            return ctx.narrative_year + rel.offset, "narrative", True  # 2024年5月…同年
        base, anchor = ctx.anchor_day(rel.anchor)
        return (base.year + rel.offset if base else None), anchor, True
    inherit = ctx.inherit
    if inherit is not None and inherit.year is not None:
        month = num(c.month)
        later = month is not None and inherit.month is not None and month < inherit.month
        return inherit.year + later, inherit.anchor, False
    if ctx.sentence_year is not None:
        return ctx.sentence_year, "narrative", False
    return None, "none", False




_NOTHING = CalendarDate()


def _gregorian(p: DatePhrase, c: CalendarDate, ctx: Context) -> Resolved | None:
    """A calendar date: its year and month as written, inherited or inferred."""
    if c.rel_quarter is not None:
        return rel_quarter(c.rel_quarter, c.quarter_part, ctx)
    if c.window_unit is not None:
        return window(c.window_direction or "", c.window_count or "", c.window_unit, ctx)
    if c.nth_unit is not None:
        period = replace(c, nth_from=None, nth_count=None, nth_unit=None)
        if period == _NOTHING:
            # 第三天 alone: the third day of the narrative (its first day is the anchor); with
            # no day told yet it is a count (第3天 of a treatment), not a date
            base, kind = ctx.narrative, "narrative"
            count = num(c.nth_count)
            if base is None or count is None:
                return None
            counted = make_day(base + timedelta(days=count - 1), kind)
            counted.ordinal = True
            return counted
        outer = _gregorian(p, period, ctx)
        return nth(outer, c.nth_from or "第", c.nth_count, c.nth_unit) if outer else None
    year, anchor, explicit = _year_of(c, ctx)
    if c.roc_year is not None and year is None:
        return None  # 民国0年: there is none
    month = num(c.month)
    if c.rel_month is not None:
        rel = lx.REL_MONTHS[c.rel_month]
        base, anchor = ctx.anchor_day(rel.anchor)
        if base is None:
            return Resolved(TimeType.DATE, "XXXX-XX", granularity="month")
        first = add_months(base.replace(day=1), rel.offset)
        year, month, explicit = first.year, first.month, True
    day = num(c.day)
    if month is not None and not 1 <= month <= 12:
        if month == 0 or c.day is None:
            return None
        r = _partial(year, None, day)
        r.value = r.value.replace("-XX-", f"-{month:02d}-")
        r.warnings.append(f"impossible date: there is no month {month}")
        return r
    if day is not None and not 1 <= day <= 31:
        return None
    wda = p.weekday_apposition
    if (day is None and month is None and c.month_word is not None and c.year is None
            and c.rel_year is None):
        base, anchor = ctx.anchor_day("dct")
        if base is None:
            return with_month_part(Resolved(TimeType.DATE, "XXXX-XX", granularity="month"),
                                   c, None, None)
        year, month = base.year, base.month
    if day is None:
        level = month_level(c, year, month, anchor, explicit, ctx)
        if level is not None and month is not None:
            return from_first_year(level, c, year)
        return level
    if c.paren_rel_day is not None:
        return _rel_day_paren(c.paren_rel_day, day, ctx)
    if month is None:
        # a bare day: the narrative month, else inferred around the DCT
        # a bare 19号 or 三日 is a day only beside another day: the end of a range (到十五号)
        # or a list (9月10号，11号); alone, a house number or a count
        beside = ctx.inherit is not None or ctx.listed
        if c.day_unit == "号" and p.pod is None and p.clock is None and not beside:
            return None
        written = c.day or ""
        if len(written) == 1 and not written.isascii() and p.pod is None and not beside:
            return None  # 一日, 三日 alone are counts more often than dates
        inherit = ctx.inherit
        if inherit is not None and inherit.day is not None:
            year, month = inherit.day.year, inherit.day.month
            if day < inherit.day.day:
                nxt = add_months(inherit.day.replace(day=1), 1)
                year, month = nxt.year, nxt.month
            anchor = inherit.anchor
        elif inherit is not None and inherit.month is not None:
            return _partial(inherit.year, inherit.month, day)
        elif ctx.narrative is not None:
            n = ctx.narrative
            year, month, anchor = n.year, n.month, "narrative"
            if day < n.day:
                nxt = add_months(n.replace(day=1), 1)
                if date(nxt.year, nxt.month, 1) + timedelta(days=day - 1) <= n + WINDOW_DAY:
                    year, month = nxt.year, nxt.month
            dct_day = ctx.dct.date() if ctx.dct is not None else None
            if (ctx.policy == "past" and dct_day is not None and not ctx.future_cue
                    and n <= dct_day and day <= days_in_month(year, month)
                    and date(year, month, day) > dct_day + WINDOW_DAY):
                # 2日…，28日晚: a report of the 3rd that tells of past days cannot mean
                # the 28th to come; the month before, as the policy has it
                prev = add_months(date(year, month, 1), -1)
                if day <= days_in_month(prev.year, prev.month):
                    year, month = prev.year, prev.month
            if day > days_in_month(year, month):  # 30日 after 2月10日: the nearest month with it
                near = [add_months(date(year, month, 1), k) for k in (-1, 1)]
                have = [f.replace(day=day) for f in near if day <= days_in_month(f.year, f.month)]
                if have:
                    chosen = min(have, key=lambda d: abs((d - n).days))
                    year, month = chosen.year, chosen.month
        else:
            base, anchor = ctx.anchor_day("dct")
            if base is None:
                return _partial(None, None, day)
            cands = []
            for k in (-1, 0, 1):
                first = add_months(base.replace(day=1), k)
                if day <= days_in_month(first.year, first.month):
                    d = first.replace(day=day)
                    cands.append((d, d + DAY, d))
            if wda:
                matching = [x for x in cands if x[0].isoweekday() == lx.WEEKDAYS[wda]]
                cands = matching or cands
            chosen = pick(cands, base, ctx.policy, WINDOW_DAY, ctx.future_cue)
            year, month = chosen.year, chosen.month
    if year is None:
        base, _ = anchor_for_inference(ctx)
        if base is None:
            return _partial(None, month, day)

        def make(y: int) -> tuple[date, date] | None:
            if day > days_in_month(y, month):
                return None
            d = date(y, month, day)
            if wda and d.isoweekday() != lx.WEEKDAYS[wda]:
                return None
            return d, d + DAY

        year, anchor = infer_year(make, ctx, WINDOW_MONTH, weekday_evidence=bool(wda))
        if year is None and wda:  # no candidate has that weekday: ignore it, warn below
            year, anchor = infer_year(
                lambda y: ((date(y, month, day), date(y, month, day) + DAY)
                           if day <= days_in_month(y, month) else None), ctx, WINDOW_MONTH)
        if year is None:
            r = _partial(None, month, day)
            r.warnings.append(f"impossible date: {month}月{day}日 exists in no nearby year")
            return r
    if not valid_year(year) or day > days_in_month(year, month):
        r = Resolved(TimeType.DATE, f"{year:04d}-{month:02d}-{day:02d}", granularity="day",
                     anchor=anchor, year=year, month=month)
        r.warnings.append(f"impossible date: {year}-{month:02d} has no day {day}")
        return r
    r = make_day(date(year, month, day), anchor, explicit_year=explicit)
    d2 = num(c.day_end)
    if d2 is not None and d2 > day and d2 <= 31:
        last = days_in_month(year, month)
        if d2 > last:  # 本月2至31日 in February: the range ends with the month, and says so
            r.warnings.append(f"impossible date: {year}-{month:02d} has no day {d2}; "
                              f"the range ends on day {last}")
        end = date(year, month, min(d2, last))
        r.value = f"{r.value}/{day_value(end)}"
        r.end = midnight(end + DAY)
    weekday_check(r, wda)
    return from_first_year(r, c, year)


_REL_DAY_PAREN_OFFSETS = {"今": 0, "本": 0, "昨": -1, "明": 1, "前": -2}


def _rel_day_paren(word: str, day: int, ctx: Context) -> Resolved:
    """明(十五)日, 今(2日), 昨（11）日: the day the relative word names, whose day of month the
    number gives. When they disagree the number wins: that day of the month of the DCT, or of
    the month before or after it when that is nearer to the named day, with a warning."""
    base, anchor = ctx.anchor_day("dct")
    if base is None:
        return _partial(None, None, day)
    named = base + timedelta(days=_REL_DAY_PAREN_OFFSETS[word])
    if named.day == day:
        return make_day(named, anchor)
    cands = []
    for k in (-1, 0, 1):
        first = add_months(base.replace(day=1), k)
        if day <= days_in_month(first.year, first.month):
            cands.append(first.replace(day=day))
    chosen = min(cands, key=lambda d: (abs((d - named).days), d))
    r = make_day(chosen, anchor)
    r.warnings.append(
        f"day mismatch: {word}日 is {day_value(named)}, the text says {day}日; "
        f"the date follows the number"
    )
    return r


def _partial(year: int | None, month: int | None, day: int | None) -> Resolved:
    y = f"{year:04d}" if year else "XXXX"
    m = f"{month:02d}" if month else "XX"
    if day is None:
        return Resolved(TimeType.DATE, f"{y}-{m}", granularity="month", month=month)
    return Resolved(TimeType.DATE, f"{y}-{m}-{day:02d}", granularity="day", month=month)



def week(w: WeekPhrase, ctx: Context) -> Resolved | None:
    """A weekday in the anchor's ISO week (or one shifted), or a week, weekend, its part."""
    base, anchor = ctx.anchor_day("dct")
    if w.weekday is not None:
        wd = lx.WEEKDAYS[w.weekday]
        if ctx.inherit is not None and ctx.inherit.day is not None and w.weekday_shift is None:
            base, anchor = ctx.inherit.day, ctx.inherit.anchor
        if base is None:
            return Resolved(TimeType.DATE, f"XXXX-WXX-{wd}", granularity="day")
        shift = lx.REL_WEEKS[w.weekday_shift] if w.weekday_shift is not None else 0
        d = base - timedelta(days=base.isoweekday() - 1) + timedelta(days=wd - 1 + 7 * shift)
        if w.weekday_shift is None and ctx.policy == "future" and d < base and ctx.inherit is None:
            d += timedelta(days=7)
        return make_day(d, anchor)
    if base is None:
        return Resolved(TimeType.DATE, "XXXX-WXX", granularity="week")
    shift = lx.REL_WEEKS.get(w.week_shift or "", 0)
    monday = base - timedelta(days=base.isoweekday() - 1) + timedelta(days=7 * shift)
    iso = monday.isocalendar()
    r = Resolved(TimeType.DATE, f"{iso[0]:04d}-W{iso[1]:02d}", granularity="week", anchor=anchor)
    set_span(r, monday, monday + timedelta(days=7))
    if w.weekend:
        r.value += "-WE"
        set_span(r, monday + timedelta(days=5), monday + timedelta(days=7))
    elif w.part:
        r.mod = "START" if w.part == "前期" else "END"
    return r


def date_(p: DatePhrase, ctx: Context) -> Resolved | None:
    """A date, a time of day on it, or a bare part of day or clock time."""
    head, pod, clock = p.head, p.pod, p.clock
    if isinstance(head, NumericDate):
        y, m, d = head.year, head.month, head.day
        if d is None:
            month_of = make_month(y, m)
            month_of.explicit_year = True
            base: Resolved | None = month_of
        elif d > days_in_month(y, m):
            return None
        else:
            base = make_day(date(y, m, d), explicit_year=True)
    elif isinstance(head, RelativeDay):
        rel = lx.REL_DAYS[head.word]
        anchor_day, kind = ctx.anchor_day(rel.anchor)
        if anchor_day is None:
            base = Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
        else:
            base = make_day(anchor_day + timedelta(days=rel.offset), kind)
        if rel.pod and pod is None:
            pod = rel.pod
    elif isinstance(head, WeekPhrase):
        base = week(head, ctx)
    elif isinstance(head, CalendarDate):
        base = _gregorian(p, head, ctx)
    else:
        base = None  # a bare part of day or clock time
        inherited = ctx.inherit
        inherited_day = inherited.day if inherited is not None else None
        if inherited is not None and inherited_day is not None:
            base = make_day(inherited_day, inherited.anchor)
            if pod is None and inherited.pod:
                pod = inherited.pod
        else:
            anchor_day, kind = ctx.anchor_day("narrative")
            if anchor_day is not None and clock is not None and _past_midnight(
                    anchor_day, clock.hour, pod, ctx.last_clock):
                anchor_day += timedelta(days=1)  # 23时53分…；1时30分: the night went on
            if anchor_day is not None:
                base = make_day(anchor_day, kind)
        if pod is None and clock is None:
            return None
        if base is None:
            timed = apply_time(None, pod, clock, ctx)
            timed.pod = pod
            return timed
    if base is None:
        return None
    if (p.weekday_apposition and base.day is not None
            and not (isinstance(head, WeekPhrase) and head.weekday is not None)
            and not (isinstance(head, CalendarDate) and head.day is not None)):
        weekday_check(base, p.weekday_apposition)
    if pod is not None or clock is not None:
        if base.day is None and base.granularity not in ("day", None):
            return base  # '2020年下午' is not a time of day
        if base.day is None and base.warnings:  # 2019年2月29日下午: keep the date and the warning
            return apply_time(base, pod, clock, ctx)
        day_base = base if base.day or base.granularity == "day" else None
        timed = apply_time(day_base, pod, clock, ctx)
        timed.pod, timed.ordinal = pod, base.ordinal
        h2 = num(clock.hour_end) if clock is not None else None
        if h2 is not None and clock is not None and h2 <= 24:  # 0—24时, 下午3-5点
            # minutes written after the unit belong to the second hour: 9~12点半 is 9:00-12:30
            first = apply_time(day_base, pod, Clock(clock.hour, approx=clock.approx,
                                                    explicit_24h=clock.explicit_24h), ctx)
            first.pod = pod
            second = apply_time(day_base, pod, Clock(h2, clock.minute, clock.second,
                                                     clock.precision), ctx)
            return combine_range(first, second)
        return timed
    return base


_LATE_EVENING = 20  # an hour from which a bare small-hours clock time is the next day's
_SMALL_HOURS = 6
_NIGHT_PARTS = frozenset((None, "凌晨", "深夜", "半夜", "午夜"))


def _past_midnight(day: date, hour: int | None, pod: str | None,
                   last: datetime | None) -> bool:
    """Whether a bare clock time in the small hours follows a late-evening one of the same
    narrative day (23时53分开始清理…；1时30分扑灭): the story has gone past midnight."""
    return (hour is not None and hour < _SMALL_HOURS and pod in _NIGHT_PARTS
            and last is not None and last.date() == day and last.hour >= _LATE_EVENING)

