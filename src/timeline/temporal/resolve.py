"""Resolution: from what an expression says (a ``Core``) to a normalized ``TimeValue``.

The resolver knows the document creation time (DCT), the narrative time (the last fully
resolved day before the expression), the year-inference policy, and a few facts about the
sentence (an explicit year that governs it, a future cue). See docs/time-semantics.md.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TypeVar, cast

import regex

from ..models import Anchor, Granularity, Mod, TimeType, TimeValue
from . import lexicon as lx
from .calendar import (
    MIN_YEAR,
    add_months,
    days_in_month,
    holiday_date,
    holiday_period,
    lunar_month_of,
    lunar_to_solar,
    midnight,
)
from .grammar import Clock, Core, parse_number

__all__ = ["Context", "Resolved", "apply_affixes", "combine_range", "resolve_core"]

T = TypeVar("T")
DAY = timedelta(days=1)
_WINDOW_DAY = timedelta(days=7)  # a bare day may lie this far after its anchor (policy past)
_WINDOW_MONTH = timedelta(days=31)  # a month-day without year may lie this far after it
_WEEKDAY_NAMES = "一二三四五六日"
# groups that name a calendar date or period (as opposed to weeks, relative days, clocks)
_CALENDAR_GROUPS = ("y", "ry", "roc", "m", "rm", "d", "hol", "term", "lm", "ld", "q", "qn", "fm",
                    "half", "sn", "yw", "mw", "zod")
# 将 is a future cue only as 'will' (将于, 将举行), not as the object marker (将…转为…)
_FUTURE_CUE = regex.compile(
    "将(?:于|在|会|要|继续|举行|召开|开展|迎来|开始|进行|启动|实施|持续|推出|发布|正式|全面|陆续)|"
    + "|".join(c for c in lx.FUTURE_CUES if not c.startswith("将"))
)
_PERIOD_SUFFIXES = ("期间", "假期", "长假", "小长假", "黄金周")


@dataclass
class Context:
    """What the resolver knows besides the expression itself."""

    dct: datetime | None
    policy: str = "past"
    narrative: date | None = None
    sentence_year: int | None = None
    sentence: tuple[str, int, int] | None = None  # (text, start, end) of the sentence
    _cue: bool | None = None
    sentence_day: date | None = None  # a day resolved earlier in the same sentence
    inherit: Resolved | None = None  # the first end of a range, for its second end
    quotes: Sequence[tuple[int, int]] = ()  # the text's quotations, in order (find.quote_spans)
    in_quote: bool = False  # whether the expression being resolved is inside one
    _cue_unquoted: bool | None = None

    @property
    def future_cue(self) -> bool:
        """Whether the sentence announces something to come (将于, 预计 …); looked up once.

        For an expression outside quotation marks, only the sentence outside them counts: a
        speaker's 将 is the speaker's (他说：“我们将于6月1日开工。” does not make the
        reporter's date future)."""
        if self.quotes and not self.in_quote and self.sentence is not None:
            if self._cue_unquoted is None:
                self._cue_unquoted = self._unquoted_cue(*self.sentence)
            return self._cue_unquoted
        if self._cue is None:
            self._cue = self.sentence is not None and bool(_FUTURE_CUE.search(*self.sentence))
        return self._cue

    def _unquoted_cue(self, text: str, start: int, end: int) -> bool:
        i = bisect_right(self.quotes, (start, end))
        if i and self.quotes[i - 1][1] > start:
            i -= 1  # a quote that began before the sentence and runs into it
        pos = start
        while pos < end:
            q_start, q_end = self.quotes[i] if i < len(self.quotes) else (end, end)
            stop = min(q_start, end)
            if stop > pos and _FUTURE_CUE.search(text, pos, stop):
                return True
            pos, i = max(pos, q_end), i + 1
        return False

    def enter_sentence(self, text: str, start: int, end: int) -> None:
        """Forget what was known about the previous sentence."""
        self.sentence, self._cue, self._cue_unquoted = (text, start, end), None, None
        self.sentence_year = self.sentence_day = None

    def anchor_day(self, kind: str) -> tuple[date | None, str]:
        """The anchor day for a word anchored to ``kind`` ('dct' or 'narrative')."""
        dct_day = self.dct.date() if self.dct else None
        inherit = self.inherit
        if kind == "narrative" and inherit is not None and inherit.year is not None:
            if inherit.day is not None:
                return inherit.day, inherit.anchor
            return date(inherit.year, inherit.month or 1, 1), inherit.anchor
        if kind == "narrative":
            if self.narrative:
                return self.narrative, "narrative"
            return dct_day, "dct" if dct_day else "none"
        if dct_day:
            return dct_day, "dct"
        return self.narrative, "narrative" if self.narrative else "none"


@dataclass
class Resolved:
    """A value being built; turned into a ``TimeValue`` at the end."""

    type: TimeType
    value: str
    start: datetime | None = None
    end: datetime | None = None
    granularity: str | None = None
    mod: str | None = None
    quant: str | None = None
    anchor: str = "none"
    warnings: list[str] = field(default_factory=list)
    day: date | None = None  # a definite day this value pins down (for narrative time)
    year: int | None = None  # the (possibly inferred) year, for ranges
    month: int | None = None
    holiday: lx.Holiday | None = None
    explicit_year: bool = False
    pod: str | None = None  # the part-of-day word, for the second end of a range
    boundary: bool = False  # 24时 / 晚上12点: an instant at midnight; as an end, ends there

    def to_value(self) -> TimeValue:
        start, end = self.start, self.end
        if start is not None and end is not None and not start < end:
            self.warnings.append(f"empty interval: {start} to {end}; interval dropped")
            start = end = None
        # the resolver only ever writes the literals the model allows; the model checks it
        return TimeValue(
            type=self.type, value=self.value, start=start, end=end,
            granularity=cast(Granularity, self.granularity), mod=cast(Mod, self.mod),
            quant=self.quant, anchor=cast(Anchor, self.anchor), warnings=tuple(self.warnings),
        )


# --- small helpers ---------------------------------------------------------------------


def _num(text: str | None) -> int | None:
    if not text:
        return None
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def _day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _day(d: date, anchor: str = "none", **kw: object) -> Resolved:
    r = Resolved(TimeType.DATE, _day_value(d), midnight(d), midnight(d) + DAY, "day",
                 anchor=anchor, day=d, year=d.year, month=d.month)
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def _month(year: int, month: int, anchor: str = "none") -> Resolved:
    start = date(year, month, 1)
    return Resolved(TimeType.DATE, f"{year:04d}-{month:02d}", midnight(start),
                    midnight(add_months(start, 1)), "month", anchor=anchor, year=year,
                    month=month)


def _year(year: int, anchor: str = "none") -> Resolved:
    return Resolved(TimeType.DATE, f"{year:04d}", datetime(year, 1, 1), datetime(year + 1, 1, 1),
                    "year", anchor=anchor, year=year)


def _span(r: Resolved, start: date, end: date) -> Resolved:
    r.start, r.end = midnight(start), midnight(end)
    return r


def _pick(cands: Sequence[tuple[date, date, T]], anchor: date, policy: str,
          window: timedelta, future_cue: bool) -> T:
    """Choose among candidate occurrences ``(start, end, payload)`` as CONVENTIONS says."""
    if future_cue or policy == "future":
        later = [c for c in cands if c[1] > anchor]
        return min(later, key=lambda c: c[0])[2] if later else max(cands, key=lambda c: c[0])[2]
    if policy == "nearest":
        def dist(c: tuple[date, date, T]) -> int:
            if c[0] <= anchor < c[1]:
                return 0
            return min(abs((c[0] - anchor).days), abs((c[1] - DAY - anchor).days))
        return min(cands, key=lambda c: (dist(c), c[0]))[2]
    soon = [c for c in cands if anchor < c[0] <= anchor + window]
    if soon:
        return min(soon, key=lambda c: c[0])[2]
    past = [c for c in cands if c[0] <= anchor]
    if past:
        return max(past, key=lambda c: c[0])[2]
    return min(cands, key=lambda c: c[0])[2]


def _valid_year(year: int) -> bool:
    return 1 <= year <= 9999


# --- parts of the day and clock times --------------------------------------------------


def _apply_time(base: Resolved | None, pod_word: str | None, clock: Clock | None,
                ctx: Context) -> Resolved:
    """Put a part of day and/or a clock time on ``base`` (a day, or None for 'unknown day')."""
    day = base.day if base else None
    anchor = base.anchor if base else "none"
    warnings = list(base.warnings) if base else []
    # the date part as far as it is known: 1月30日下午 without a DCT is XXXX-01-30TAF
    prefix = base.value if base and (day or base.granularity == "day") else "XXXX-XX-XX"
    pod = lx.PARTS_OF_DAY.get(pod_word) if pod_word else None
    if clock is None:
        assert pod is not None
        if pod_word == "午夜" and day:  # 午夜 alone is the midnight that ends the day
            day = day + DAY
            prefix = _day_value(day)
        r = Resolved(TimeType.TIME, f"{prefix}T{pod.token}", granularity="part_of_day",
                     anchor=anchor, warnings=warnings, day=day)
        if pod_word == "午夜" and day:
            r.start, r.end = midnight(day), midnight(day) + timedelta(hours=1)
        elif day:
            r.start = midnight(day) + timedelta(hours=pod.start)
            r.end = midnight(day) + timedelta(hours=pod.end)
        return r
    hour = clock.hour
    if pod is not None and not clock.explicit_24h:
        afternoon = pod.token in lx.POD_PM and hour < 12
        evening = pod.token == "EV" or (pod.token == "NI" and pod.start >= 12)
        midnight_word = evening and hour == 12  # 晚上12点, 深夜12点: the next day's 00:00
        after_noon = pod.token == "MI" and hour < 6  # 中午1点 is 13:00
        late_night = pod.token == "NI" and pod.start >= 12 and hour < 12  # 深夜11点
        if evening and hour == 0:  # 晚上0点
            hour = 24
        elif afternoon or midnight_word or after_noon or late_night:
            hour += 12
        elif pod.token == "NI" and pod.start == 0 and hour == 12:
            hour = 0
    boundary = hour == 24
    if day is not None and hour == 24:
        day, hour = day + DAY, 0
        prefix = _day_value(day)
    elif hour == 24:
        hour = 0
    text = f"{hour:02d}:{clock.minute:02d}"
    if clock.precision == "second":
        text += f":{clock.second:02d}"
    step = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1),
            "second": timedelta(seconds=1)}[clock.precision]
    r = Resolved(TimeType.TIME, f"{prefix}T{text}", granularity=clock.precision, anchor=anchor,
                 warnings=warnings, day=day, mod="APPROX" if clock.approx else None,
                 boundary=boundary)
    if day is not None:
        r.start = midnight(day) + timedelta(hours=hour, minutes=clock.minute,
                                            seconds=clock.second)
        r.end = r.start + step
    return r


# --- dates -----------------------------------------------------------------------------


def _year_of(g: dict[str, str], ctx: Context) -> tuple[int | None, str, bool]:
    """The year a date names: (year, anchor, explicit)."""
    if "y" in g:
        y = _num(g["y"])
        if y is not None and y < 100:
            y += 1900 if y >= 50 else 2000
        return y, "none", True
    if "roc" in g:  # 民國109年: years of the Republic of China count from 1912
        roc = _num(g["roc"])
        return (roc + 1911 if roc else None), "none", True
    if "ry" in g:
        rel = lx.REL_YEARS[g["ry"]]
        base, anchor = ctx.anchor_day(rel.anchor)
        return (base.year + rel.offset if base else None), anchor, True
    inherit = ctx.inherit
    if inherit is not None and inherit.year is not None:
        month = _num(g.get("m"))
        later = month is not None and inherit.month is not None and month < inherit.month
        return inherit.year + later, inherit.anchor, False
    if ctx.sentence_year is not None:
        return ctx.sentence_year, "narrative", False
    return None, "none", False


def _anchor_for_inference(ctx: Context) -> tuple[date | None, str]:
    return ctx.anchor_day("dct")


def _weekday_fits(d: date, wda: str | None) -> bool:
    return not wda or d.isoweekday() == lx.WEEKDAYS[wda]


def _infer_year(make: Callable[[int], tuple[date, date] | None], ctx: Context,
                window: timedelta, *, narrative: bool = False,
                weekday_evidence: bool = False) -> tuple[int | None, str]:
    """Pick a year for a partial date; ``make(year)`` gives the candidate's interval."""
    anchor, kind = ctx.anchor_day("narrative") if narrative else _anchor_for_inference(ctx)
    if anchor is None:
        return None, "none"
    cands = []
    for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1, anchor.year + 2):
        if abs(y - anchor.year) == 2 and not weekday_evidence:
            continue
        span = make(y)
        if span is not None:
            cands.append((span[0], span[1], y))
    if not cands:
        return None, kind
    return _pick(cands, anchor, ctx.policy, window, ctx.future_cue), kind


def _weekday_check(r: Resolved, wda: str | None) -> None:
    if not wda or r.day is None:
        return
    want = lx.WEEKDAYS[wda]
    if r.day.isoweekday() != want:
        actual = _WEEKDAY_NAMES[r.day.isoweekday() - 1]
        r.warnings.append(
            f"weekday mismatch: {_day_value(r.day)} is 星期{actual}, the text says 星期{wda}"
        )


def _gregorian(g: dict[str, str], ctx: Context) -> Resolved | None:
    year, anchor, explicit = _year_of(g, ctx)
    month = _num(g.get("m"))
    if "rm" in g:
        rel = lx.REL_MONTHS[g["rm"]]
        base, anchor = ctx.anchor_day(rel.anchor)
        if base is None:
            return Resolved(TimeType.DATE, "XXXX-XX", granularity="month")
        first = add_months(base.replace(day=1), rel.offset)
        year, month, explicit = first.year, first.month, True
    day = _num(g.get("d"))
    if month is not None and not 1 <= month <= 12:
        if month == 0 or "d" not in g:
            return None
        r = _partial(year, None, day, g)
        r.value = r.value.replace("-XX-", f"-{month:02d}-")
        r.warnings.append(f"impossible date: there is no month {month}")
        return r
    if day is not None and not 1 <= day <= 31:
        return None
    wda = g.get("wda")
    if day is None and month is None and "mw" in g and "y" not in g and "ry" not in g:
        base, anchor = ctx.anchor_day("dct")
        if base is None:
            return _with_month_part(Resolved(TimeType.DATE, "XXXX-XX", granularity="month"),
                                    g, None, None)
        year, month = base.year, base.month
    if day is None:
        return _month_level(g, year, month, anchor, explicit, ctx)
    if "rdp" in g:
        return _rel_day_paren(g["rdp"], day, ctx)
    if month is None:
        # a bare day: the narrative month, else inferred around the DCT
        if g.get("du") == "号" and "pod" not in g and "h" not in g and "hh" not in g:
            return None
        if len(g["d"]) == 1 and not g["d"].isascii() and "pod" not in g:
            return None  # 一日, 三日 alone are counts more often than dates
        inherit = ctx.inherit
        if inherit is not None and inherit.day is not None:
            year, month = inherit.day.year, inherit.day.month
            if day < inherit.day.day:
                nxt = add_months(inherit.day.replace(day=1), 1)
                year, month = nxt.year, nxt.month
            anchor = inherit.anchor
        elif inherit is not None and inherit.month is not None:
            r = _partial(inherit.year, inherit.month, day, g)
            return r
        elif ctx.narrative is not None and "rdp" not in g:
            n = ctx.narrative
            year, month, anchor = n.year, n.month, "narrative"
            if day < n.day:
                nxt = add_months(n.replace(day=1), 1)
                if date(nxt.year, nxt.month, 1) + timedelta(days=day - 1) <= n + _WINDOW_DAY:
                    year, month = nxt.year, nxt.month
        else:
            base, anchor = ctx.anchor_day("dct")
            if base is None:
                return _partial(None, None, day, g)
            cands = []
            for k in (-1, 0, 1):
                first = add_months(base.replace(day=1), k)
                if day <= days_in_month(first.year, first.month):
                    d = first.replace(day=day)
                    cands.append((d, d + DAY, d))
            if wda:
                matching = [c for c in cands if c[0].isoweekday() == lx.WEEKDAYS[wda]]
                cands = matching or cands
            chosen = _pick(cands, base, ctx.policy, _WINDOW_DAY, ctx.future_cue)
            year, month = chosen.year, chosen.month
    if year is None:
        base, _ = _anchor_for_inference(ctx)
        if base is None:
            return _partial(None, month, day, g)

        def make(y: int) -> tuple[date, date] | None:
            if day > days_in_month(y, month):
                return None
            d = date(y, month, day)
            if wda and d.isoweekday() != lx.WEEKDAYS[wda]:
                return None
            return d, d + DAY

        year, anchor = _infer_year(make, ctx, _WINDOW_MONTH, weekday_evidence=bool(wda))
        if year is None and wda:  # no candidate has that weekday: ignore it, warn below
            year, anchor = _infer_year(
                lambda y: ((date(y, month, day), date(y, month, day) + DAY)
                           if day <= days_in_month(y, month) else None), ctx, _WINDOW_MONTH)
        if year is None:
            r = _partial(None, month, day, g)
            r.warnings.append(f"impossible date: {month}月{day}日 exists in no nearby year")
            return r
    if not _valid_year(year) or day > days_in_month(year, month):
        r = Resolved(TimeType.DATE, f"{year:04d}-{month:02d}-{day:02d}", granularity="day",
                     anchor=anchor, year=year, month=month)
        r.warnings.append(f"impossible date: {year}-{month:02d} has no day {day}")
        return r
    r = _day(date(year, month, day), anchor, explicit_year=explicit)
    d2 = _num(g.get("d2"))
    if d2 is not None and d2 > day and d2 <= days_in_month(year, month):
        end = date(year, month, d2)
        r.value = f"{r.value}/{_day_value(end)}"
        r.end = midnight(end + DAY)
    _weekday_check(r, wda)
    return r


_REL_DAY_PAREN_OFFSETS = {"今": 0, "本": 0, "昨": -1, "明": 1, "前": -2}


def _rel_day_paren(word: str, day: int, ctx: Context) -> Resolved:
    """明(十五)日, 今(2日), 昨（11）日: the day the relative word names, whose day of month the
    number gives. When they disagree the number wins: that day of the month of the DCT, or of
    the month before or after it when that is nearer to the named day, with a warning."""
    base, anchor = ctx.anchor_day("dct")
    if base is None:
        return _partial(None, None, day, {})
    named = base + timedelta(days=_REL_DAY_PAREN_OFFSETS[word])
    if named.day == day:
        return _day(named, anchor)
    cands = []
    for k in (-1, 0, 1):
        first = add_months(base.replace(day=1), k)
        if day <= days_in_month(first.year, first.month):
            cands.append(first.replace(day=day))
    chosen = min(cands, key=lambda d: (abs((d - named).days), d))
    r = _day(chosen, anchor)
    r.warnings.append(
        f"day mismatch: {word}日 is {_day_value(named)}, the text says {day}日; "
        f"the date follows the number"
    )
    return r


def _partial(year: int | None, month: int | None, day: int | None,
             g: dict[str, str]) -> Resolved:
    y = f"{year:04d}" if year else "XXXX"
    m = f"{month:02d}" if month else "XX"
    if day is None:
        return Resolved(TimeType.DATE, f"{y}-{m}", granularity="month", month=month)
    return Resolved(TimeType.DATE, f"{y}-{m}-{day:02d}", granularity="day", month=month)


def _month_level(g: dict[str, str], year: int | None, month: int | None, anchor: str,
                 explicit: bool, ctx: Context) -> Resolved | None:
    """Dates without a day: years, months, and their parts."""
    if month is None:
        return _year_level(g, year, anchor, explicit, ctx)
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
            year, anchor = _infer_year(make, ctx, _WINDOW_MONTH, narrative=narrative)
        if year is None:
            return _with_month_part(Resolved(TimeType.DATE, f"XXXX-{month:02d}",
                                             granularity="month"), g, None, month)
    r = _month(year, month, anchor)
    r.explicit_year = explicit
    m2 = _num(g.get("m2"))
    if m2 is not None and 1 <= m2 <= 12 and m2 > month:
        r.value = f"{r.value}/{year:04d}-{m2:02d}"
        r.end = midnight(add_months(date(year, m2, 1), 1))
        return r
    return _with_month_part(r, g, year, month)


def _with_month_part(r: Resolved, g: dict[str, str], year: int | None,
                     month: int | None) -> Resolved:
    part = g.get("mp") or (g.get("mw", "")[1:] if g.get("mw", "").startswith("月") else
                           g.get("mw"))
    if not part:
        return r
    mod, first, last = lx.MONTH_PARTS[part]
    r.mod = mod
    if year is not None and month is not None and r.start is not None:
        last = last or days_in_month(year, month)
        r.start = datetime(year, month, first)
        r.end = datetime(year, month, last) + DAY
    return r


def _year_level(g: dict[str, str], year: int | None, anchor: str, explicit: bool,
                ctx: Context) -> Resolved | None:
    """Years and their parts: quarters, halves, seasons, 年初, holidays, lunar dates."""
    if "hol" in g or "term" in g:
        return _holiday(g, year, anchor, ctx)
    if "zod" in g:
        return _zodiac_year(g["zod"], ctx)
    if "lm" in g or "ld" in g:
        return _lunar(g, year, anchor, ctx)
    if year is None:
        if not any(k in g for k in ("q", "qn", "fm", "half", "sn", "yp", "yw", "y", "ry", "roc",
                                    "zod")):
            return None
        base, anchor = ctx.anchor_day("dct")
        if "rys" in g:
            base, anchor = ctx.anchor_day("dct")
        if base is None:
            return Resolved(TimeType.DATE, "XXXX", granularity="year")
        year = base.year
    if "rys" in g:
        year += lx.REL_SEASON_YEARS[g["rys"]]
    if not MIN_YEAR - 900 <= year <= 9999:
        return None
    r = _year(year, anchor)
    r.explicit_year = explicit
    y2 = _num(g.get("y2"))
    if y2 is not None and y2 > year:
        r.value = f"{year:04d}/{y2:04d}"
        r.end = datetime(y2 + 1, 1, 1)
        return r
    if "q" in g:
        q = _num(g["q"]) or int(g["q"])
        r.value, r.granularity = f"{year:04d}-Q{q}", "quarter"
        _span(r, date(year, 3 * q - 2, 1), add_months(date(year, 3 * q - 2, 1), 3))
        if g.get("qp"):
            r.mod = "START" if g["qp"] == "初" else "END"
    elif "fm" in g:  # 今年前两个月: the first n months
        n = _num(g["fm"]) or 0
        if not 1 <= n <= 12:
            return None
        r.value, r.granularity = f"{year:04d}-01/{year:04d}-{n:02d}", "month"
        _span(r, date(year, 1, 1), add_months(date(year, 1, 1), n))
    elif "qn" in g:
        n = _num(g["qn"]) or 2
        r.value, r.granularity = f"{year:04d}-Q1/{year:04d}-Q{n}", "quarter"
        _span(r, date(year, 1, 1), add_months(date(year, 1, 1), 3 * n))
    elif "half" in g:
        h = 1 if g["half"] == "上" else 2
        r.value, r.granularity = f"{year:04d}-H{h}", "half_year"
        _span(r, date(year, 6 * h - 5, 1), add_months(date(year, 6 * h - 5, 1), 6))
    elif "sn" in g:
        token, first = lx.SEASONS[g["sn"]]
        r.value, r.granularity = f"{year:04d}-{token}", "season"
        _span(r, date(year, first, 1), add_months(date(year, first, 1), 3))
    elif "yp" in g or "yw" in g:
        word = g.get("yp") or g["yw"]
        key = word[-1]
        if word in lx.YEAR_START_WORDS or word in ("新年伊始", "开年"):
            key = "初"
        elif word in lx.YEAR_END_WORDS:
            key = "底"
        if key == "内":
            return r
        mod, first, months = lx.YEAR_PARTS[key]
        r.mod = mod
        _span(r, date(year, first, 1), add_months(date(year, first, 1), months))
    return r


def _zodiac_year(animal: str, ctx: Context) -> Resolved | None:
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
    year = _pick(cands, base, ctx.policy, _WINDOW_MONTH, ctx.future_cue)
    first, end = span(year) or (date(year, 1, 1), date(year + 1, 1, 1))
    r = Resolved(TimeType.DATE, f"{year:04d}", granularity="year", anchor=anchor, year=year)
    return _span(r, first, end)


def _holiday(g: dict[str, str], year: int | None, anchor: str, ctx: Context) -> Resolved | None:
    name = g.get("hol")
    hol = (lx.HOLIDAYS.get(name) or lx.CONTEXT_HOLIDAYS.get(name)) if name else None
    if hol is None:
        hol = lx.Holiday("term", term=g["term"])
    # 除夕 of lunar year Y falls in Gregorian Y+1: name it by the Gregorian year it falls in
    lunar_shift = 1 if hol.kind == "lunar" and hol.month == 12 else 0

    def make(y: int) -> tuple[date, date] | None:
        d = holiday_date(hol, y - lunar_shift)
        return (d, d + DAY) if d else None

    if year is None:
        year, anchor = _infer_year(make, ctx, _WINDOW_MONTH)
        if year is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day", holiday=hol)
    span = make(year)
    if span is None:
        return None
    return _day(span[0], anchor, holiday=hol, explicit_year=anchor == "none" or
                "y" in g or "ry" in g)


def _lunar(g: dict[str, str], year: int | None, anchor: str, ctx: Context) -> Resolved | None:
    month = 1 if "lny" in g else lx.LUNAR_MONTHS.get(g.get("lm", ""), 0)  # 大年初一
    leap = "lleap" in g
    ld = g.get("ld")
    day = _num(ld.replace("初", "")) if ld else None
    if ld and day is None:
        return None
    if month == 0:  # a bare 廿八: the lunar month of the anchor
        base, anchor = ctx.anchor_day("narrative")
        if base is None or day is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
        ly, lm, lleap = lunar_month_of(base)
        solar = lunar_to_solar(ly, lm, day, lleap)
        return _day(solar, anchor) if solar else None

    def make(y: int) -> tuple[date, date] | None:
        # candidates are lunar years; a lunar date of year y falls in Gregorian y or y+1
        if day is None:
            first = lunar_to_solar(y, month, 1, leap)
            last = lunar_to_solar(y, month, 0, leap)
            return (first, last + DAY) if first and last else None
        d = lunar_to_solar(y, month, day, leap)
        return (d, d + DAY) if d else None

    if year is None:
        year, anchor = _infer_year(make, ctx, _WINDOW_MONTH)
        if year is None:
            return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
    span = make(year)
    if span is None:
        return None
    if day is None:
        r = Resolved(TimeType.DATE, f"{_day_value(span[0])}/{_day_value(span[1] - DAY)}",
                     granularity="month", anchor=anchor, year=span[0].year)
        return _span(r, span[0], span[1])
    return _day(span[0], anchor)


def _week(g: dict[str, str], ctx: Context) -> Resolved | None:
    base, anchor = ctx.anchor_day("dct")
    if "wd" in g:
        wd = lx.WEEKDAYS[g["wd"]]
        if ctx.inherit is not None and ctx.inherit.day is not None and "rw" not in g:
            base, anchor = ctx.inherit.day, ctx.inherit.anchor
        if base is None:
            return Resolved(TimeType.DATE, f"XXXX-WXX-{wd}", granularity="day")
        shift = lx.REL_WEEKS[g["rw"]] if "rw" in g else 0
        d = base - timedelta(days=base.isoweekday() - 1) + timedelta(days=wd - 1 + 7 * shift)
        if "rw" not in g and ctx.policy == "future" and d < base and ctx.inherit is None:
            d += timedelta(days=7)
        return _day(d, anchor)
    if base is None:
        return Resolved(TimeType.DATE, "XXXX-WXX", granularity="week")
    shift = lx.REL_WEEKS.get(g.get("rweek", ""), 0)
    monday = base - timedelta(days=base.isoweekday() - 1) + timedelta(days=7 * shift)
    iso = monday.isocalendar()
    r = Resolved(TimeType.DATE, f"{iso[0]:04d}-W{iso[1]:02d}", granularity="week", anchor=anchor)
    _span(r, monday, monday + timedelta(days=7))
    if "we" in g:
        r.value += "-WE"
        _span(r, monday + timedelta(days=5), monday + timedelta(days=7))
    elif g.get("wpart"):
        r.mod = "START" if g["wpart"] == "前期" else "END"
    return r


def _date(core: Core, ctx: Context) -> Resolved | None:
    g = core.groups
    if "ny" in g:
        y, m, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
        if d > days_in_month(y, m):
            return None
        base: Resolved | None = _day(date(y, m, d), explicit_year=True)
    elif "rd" in g:
        rel = lx.REL_DAYS[g["rd"]]
        anchor_day, kind = ctx.anchor_day(rel.anchor)
        if anchor_day is None:
            base = Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
        else:
            base = _day(anchor_day + timedelta(days=rel.offset), kind)
        if rel.pod and "pod" not in g:
            g = {**g, "pod": rel.pod}
    elif "wd" in g or "rweek" in g or "we" in g:
        base = _week(g, ctx)
    elif any(k in g for k in _CALENDAR_GROUPS):
        base = _gregorian(g, ctx)
    else:
        base = None  # a bare part of day or clock time
        inherited = ctx.inherit
        inherited_day = inherited.day if inherited is not None else None
        if inherited is not None and inherited_day is not None:
            base = _day(inherited_day, inherited.anchor)
            if "pod" not in g and inherited.pod:
                g = {**g, "pod": inherited.pod}
        else:
            anchor_day, kind = ctx.anchor_day("narrative")
            if anchor_day is not None:
                base = _day(anchor_day, kind)
        if "pod" not in g and core.clock is None:
            return None
        if base is None:
            timed = _apply_time(None, g.get("pod"), core.clock, ctx)
            timed.pod = g.get("pod")
            return timed
    if base is None:
        return None
    if "wda" in g and "wd" not in g and base.day is not None and "d" not in g:
        _weekday_check(base, g["wda"])
    if "pod" in g or core.clock is not None:
        if base.day is None and base.granularity not in ("day", None):
            return base  # '2020年下午' is not a time of day
        if base.day is None and base.warnings:  # 2019年2月29日下午: keep the date and the warning
            return _apply_time(base, g.get("pod"), core.clock, ctx)
        day_base = base if base.day or base.granularity == "day" else None
        timed = _apply_time(day_base, g.get("pod"), core.clock, ctx)
        timed.pod = g.get("pod")
        h2 = _num(g.get("h2"))
        if h2 is not None and core.clock is not None and h2 <= 24:  # 0—24时, 下午3-5点
            second = _apply_time(day_base, g.get("pod"), Clock(h2), ctx)
            return combine_range(timed, second)
        return timed
    return base


# --- durations, offsets, sets, references, decades --------------------------------------

_HALF_DOWN = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
              "MIN": ("S", 60), "Q": ("M", 3), "CE": ("Y", 100)}


def _iso_duration(amount: float | None, unit: str) -> str:
    if amount is None:
        n = "X"
    else:
        while amount != int(amount) and unit in _HALF_DOWN:
            unit, factor = _HALF_DOWN[unit]
            amount *= factor
        n = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    if unit == "Q":
        return f"P{n if n == 'X' else int(n) * 3}M"
    if unit == "CE":
        return f"P{n if n == 'X' else int(n) * 100}Y"
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


def _duration_unit(du: str) -> tuple[str, str]:
    designator, granularity = lx.DURATION_UNITS[du]
    if granularity == "minute":
        designator = "MIN"
    return designator, granularity


def _duration(core: Core, ctx: Context) -> Resolved | None:
    g = core.groups
    if "dw" in g:
        unit = "Y" if "年" in g["dw"] else "D"
        return Resolved(TimeType.DURATION, f"PX{unit}",
                        granularity="year" if unit == "Y" else "day")
    du, dn = g["du"], g["dn"]
    if du == "月" and "ge" not in g and "dm" not in g and dn != "半" and dn not in lx.VAGUE_AMOUNTS:
        return None
    if du == "日" and dn not in lx.VAGUE_AMOUNTS and "dm" not in g and "dpre" not in g:
        return None
    vague = dn in lx.VAGUE_AMOUNTS
    amount: float | None = None if vague else parse_number("1" if dn == "半" else dn)
    if not vague and amount is None:
        return None
    if amount is not None and du == "年" and amount >= 1000 and "ge" not in g:
        return None  # '2020年' is a year, not a duration
    if amount is not None:
        if dn == "半":
            amount = 0.5
        if g.get("dm") == "半" or "dh" in g:
            amount += 0.5
        if amount <= 0 or amount > 1_000_000:
            return None
    unit, granularity = _duration_unit(du)
    mod = None
    if g.get("dm") in ("多", "余") or "dm2" in g:
        mod = "MORE_THAN"
    elif g.get("dm") == "来":  # 十来天: about ten days
        mod = "APPROX"
    pre = g.get("dpre")
    mod = {"近": "APPROX", "约": "APPROX", "大约": "APPROX", "不到": "LESS_THAN",
           "不足": "LESS_THAN", "超过": "MORE_THAN", "至少": "EQUAL_OR_MORE"}.get(pre or "", mod)
    off = g.get("doff")
    if off in ("前", "以前", "之前", "后", "以后", "之后") and pre is None:
        return _offset(amount, unit, granularity, -1 if "前" in off else 1, ctx)
    r = Resolved(TimeType.DURATION, _iso_duration(amount, unit), granularity=granularity, mod=mod)
    if pre == "此后" and amount is not None and unit in ("D", "W") and amount == int(amount):
        base, kind = ctx.anchor_day("narrative")
        if base is not None:
            days = int(amount) * (7 if unit == "W" else 1)
            _span(r, base + DAY, base + DAY + timedelta(days=days))
            r.anchor = kind
    return r


def _offset(amount: float | None, unit: str, granularity: str, sign: int,
            ctx: Context) -> Resolved | None:
    if ctx.sentence_day is not None:
        base: date | None = ctx.sentence_day
        kind = "narrative"
    else:
        base, kind = ctx.anchor_day("dct")
    if amount is None:
        return Resolved(TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF",
                        anchor="none", mod="APPROX")
    while amount != int(amount) and unit in _HALF_DOWN:
        unit, factor = _HALF_DOWN[unit]
        amount *= factor
    n = int(amount) * sign
    if unit in ("H", "MIN", "S"):
        if ctx.dct is None or (ctx.dct.hour, ctx.dct.minute) == (0, 0):
            return Resolved(TimeType.TIME, "XXXX-XX-XXTXX:XX", granularity=granularity)
        step = {"H": timedelta(hours=1), "MIN": timedelta(minutes=1),
                "S": timedelta(seconds=1)}[unit]
        t = ctx.dct + n * step
        r = Resolved(TimeType.TIME, t.strftime("%Y-%m-%dT%H:%M"), t, t + timedelta(minutes=1),
                     "minute", anchor="dct")
        return r
    if base is None:
        return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity=granularity)
    try:
        if unit == "D":
            return _day(base + timedelta(days=n), kind)
        if unit == "W":
            d = base + timedelta(days=7 * n)
            week = _week({"rweek": "本"}, Context(datetime(d.year, d.month, d.day)))
            if week is not None:
                week.anchor = kind
            return week
        if unit in ("M", "Q"):
            d = add_months(base, n * (3 if unit == "Q" else 1))
            return _month(d.year, d.month, kind)
        if unit in ("Y", "CE"):
            return _year(base.year + n * (100 if unit == "CE" else 1), kind)
    except (ValueError, OverflowError):
        return None
    return None


def _set(core: Core, ctx: Context) -> Resolved | None:
    g = core.groups
    r = Resolved(TimeType.SET, "", quant="EVERY")
    n = _num(g.get("sn_")) if g.get("sn_") else 1
    if n is None or n <= 0:
        return None
    if "swd" in g:
        r.value, r.granularity = f"XXXX-WXX-{lx.WEEKDAYS[g['swd']]}", "day"
    elif "smd" in g:
        d = _num(g["smd"])
        if d is None or not 1 <= d <= 31:
            return None
        r.value, r.granularity = f"XXXX-XX-{d:02d}", "day"
    elif "sym" in g:
        m, d = _num(g["sym"]), _num(g["syd"])
        if m is None or d is None or not 1 <= m <= 12 or not 1 <= d <= 31:
            return None
        r.value, r.granularity = f"XXXX-{m:02d}-{d:02d}", "day"
    else:
        su = g["su"]
        table = {"年": ("P{n}Y", "year"), "月": ("P{n}M", "month"), "周": ("P{n}W", "week"),
                 "星期": ("P{n}W", "week"), "礼拜": ("P{n}W", "week"), "天": ("P{n}D", "day"),
                 "日": ("P{n}D", "day"), "天天": ("P1D", "day"), "日日": ("P1D", "day"),
                 "小时": ("PT{n}H", "hour"), "季度": ("P{q}M", "quarter"),
                 "晚": ("TEV", "part_of_day"), "夜": ("TEV", "part_of_day"),
                 "夜夜": ("TEV", "part_of_day"), "早": ("TMO", "part_of_day"),
                 "工作日": ("XXXX-WXX-WD", "day"), "周末": ("XXXX-WXX-WE", "day")}
        pattern, r.granularity = table[su]
        r.value = pattern.format(n=n, q=3 * n)
    if g.get("spod"):
        r.value, r.granularity = f"T{lx.PARTS_OF_DAY[g['spod']].token}", "part_of_day"
    if core.clock is not None:
        clock = core.clock
        hour = clock.hour
        pod = lx.PARTS_OF_DAY.get(g.get("spod", ""))
        if pod is not None and pod.token in lx.POD_PM and hour < 12:
            hour += 12
        r.value = f"T{hour % 24:02d}:{clock.minute:02d}"
        r.granularity = "minute" if clock.precision != "hour" else "hour"
    return r


def _reference(core: Core, ctx: Context) -> Resolved:
    value, mod = lx.REFERENCES[core.groups["ref"]]
    r = Resolved(TimeType.DATE, value, mod=mod)
    if value == "PRESENT_REF" and ctx.dct is not None:
        _span(r, ctx.dct.date(), ctx.dct.date() + DAY)
        r.anchor = "dct"
    return r


def _decade(core: Core, ctx: Context) -> Resolved | None:
    g = core.groups
    century = _num(g.get("cent")) if g.get("cent") else None
    anchor = "none"
    if "rcent" in g:
        base, anchor = ctx.anchor_day("dct")
        if base is None:
            return Resolved(TimeType.DATE, "XX", granularity="century")
        century = base.year // 100 + 1 + {"本": 0, "上": -1, "下": 1}[g["rcent"]]
    if "dec" in g:
        dec = _num(g["dec"])
        if dec is None:
            return None
        if century is not None:
            year = (century - 1) * 100 + dec
        else:
            base, anchor = ctx.anchor_day("dct")
            if base is None:
                return Resolved(TimeType.DATE, f"XX{dec // 10}", granularity="decade")
            ref = base.year
            year = (ref // 100) * 100 + dec
            if year > ref:
                year -= 100
        r = Resolved(TimeType.DATE, f"{year // 10:03d}", datetime(year, 1, 1),
                     datetime(year + 10, 1, 1), "decade", year=year, anchor=anchor)
        part = g.get("decp")
    else:
        if century is None or not 1 <= century <= 99:
            return None
        year = (century - 1) * 100
        r = Resolved(TimeType.DATE, f"{century - 1:02d}", datetime(max(year, 1), 1, 1),
                     datetime(year + 100, 1, 1), "century", year=year, anchor=anchor)
        part = g.get("cp")
    if part:
        r.mod = {"初": "START", "前期": "START", "上半叶": "START", "末": "END", "后期": "END",
                 "下半叶": "END", "中期": "MID", "中叶": "MID"}[part]
    return r


def resolve_core(core: Core, ctx: Context) -> Resolved | None:
    """Resolve one expression; ``None`` when it turns out not to be a time."""
    try:
        if core.kind == "date":
            return _date(core, ctx)
        if core.kind == "duration":
            return _duration(core, ctx)
        if core.kind == "set":
            return _set(core, ctx)
        if core.kind == "ref":
            return _reference(core, ctx)
        return _decade(core, ctx)
    except (ValueError, OverflowError):
        # a date beyond what datetime can hold (年 9999 …): not a usable time
        return None


# --- ranges and affixes -----------------------------------------------------------------


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
            r.value = f"{r.value}/{_day_value(today)}"
            r.end = midnight(today + DAY)
        else:
            r.mod, r.end = "ON_OR_AFTER", None
    elif since:
        r.mod, r.end = "ON_OR_AFTER", None
    elif until:
        r.mod, r.start, r.end = "ON_OR_BEFORE", None, r.start if r.boundary else r.end
    elif suffix in _PERIOD_SUFFIXES and r.holiday is not None and r.day is not None:
        start, end = holiday_period(r.holiday, r.day)
        _span(r, start, end)
    elif suffix in ("左右", "前后") or prefix in ("约", "大约"):
        r.mod = "APPROX"
    elif suffix == "前夕":
        r.mod = "BEFORE"
    elif suffix in ("前", "以前", "之前"):
        bound = r.end if r.mod == "END" else r.start
        r.mod, r.start, r.end = "BEFORE", None, bound
    elif suffix in ("后", "以后", "之后"):
        r.mod, r.start, r.end = "AFTER", r.end, None
    return r
