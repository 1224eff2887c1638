"""What one expression says, before any calendar arithmetic: one frozen type per family.

``reader.read_core`` builds these from a scanner match (it alone knows the grammar's group
names); the resolver (``timeline.temporal.resolve``) takes them and computes values. Numbers
stay as written (``"二十八"``, ``"28"``) unless a field says otherwise: whether a day was
written in Chinese or in digits is itself evidence (``一日`` alone is a count).

>>> from timeline.temporal.reader import read_text
>>> read_text("1月30日下午")
DatePhrase(head=CalendarDate(month='1', day='30', day_unit='日'), pod='下午')
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import NamedTuple

__all__ = [
    "CalendarDate",
    "Clock",
    "Core",
    "DatePhrase",
    "DecadePhrase",
    "DurationPhrase",
    "DurationWord",
    "NumericDate",
    "PhraseSpans",
    "ReferencePhrase",
    "RelativeDay",
    "SetPhrase",
    "WeekPhrase",
]


@dataclass(frozen=True, slots=True, repr=False)
class Clock:
    """A time of day as written: hour, minute, second and how precise it is.

    ``hour_text`` and ``unit`` are the hour as written and its unit (点, 时, 点钟) for the
    ``3点`` forms; both are ``None`` for colon forms (``15:30``). ``hour_end`` is the second
    hour of ``下午3-5点``.
    """

    hour: int
    minute: int = 0
    second: int = 0
    precision: str = "hour"  # "hour", "minute" or "second"
    approx: bool = False
    explicit_24h: bool = False  # written 13-24, or with a colon
    hour_text: str | None = None
    unit: str | None = None
    hour_end: str | None = None


# --- the heads of a date ------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class NumericDate:
    """A dotted, slashed or dashed date with all three parts (``2020.04.02``)."""

    year: int
    month: int
    day: int | None = None  # 1999.08 names a month


@dataclass(frozen=True, slots=True, repr=False)
class RelativeDay:
    """A day named relative to the DCT or the narrative (今天, 次日, 昨晚)."""

    word: str


@dataclass(frozen=True, slots=True, repr=False)
class WeekPhrase:
    """A weekday (``上周三``) or a week (``本周``, ``周末``, ``本周前期``)."""

    weekday: str | None = None  # 一 … 日 of a weekday
    weekday_shift: str | None = None  # 上 / 下 / 本 before a weekday
    week_shift: str | None = None  # 上 / 下 / 本 before a week
    weekend: bool = False
    part: str | None = None  # 前期 / 后期


@dataclass(frozen=True, slots=True, repr=False)
class CalendarDate:
    """Years, months, days and their parts, holidays, solar terms and lunar dates."""

    year: str | None = None
    year_end: str | None = None  # 2019-2020年
    rel_year: str | None = None  # 今 of 今年
    roc_year: str | None = None  # 民国109年
    month: str | None = None
    month_end: str | None = None  # 3-5月
    rel_month: str | None = None  # 上 of 上月
    day: str | None = None
    day_end: str | None = None  # 27-31日
    day_unit: str | None = None  # 日 or 号
    paren_rel_day: str | None = None  # 今 of 今(2日)
    year_part: str | None = None  # 年初, 年底 after a year
    month_part: str | None = None  # 上旬, 底 after a month
    quarter: str | None = None
    quarter_part: str | None = None  # 初 / 末
    rel_quarter: str | None = None  # 上 of 上季度
    window_direction: str | None = None  # 前 of 前两天, 今明 of 今明两年
    window_count: str | None = None
    window_unit: str | None = None
    nth_from: str | None = None  # 第 (from the start) or 最后 (from the end)
    nth_count: str | None = None
    nth_unit: str | None = None  # 周, 星期一, 天 …
    first_quarters: str | None = None  # 前三季度
    first_months: str | None = None  # 前两个月
    half: str | None = None  # 上 / 下 of 上半年
    season: str | None = None
    season_rel_year: str | None = None  # 今 of 今春
    holiday: str | None = None
    solar_term: str | None = None
    lunar_leap: bool = False
    lunar_month: str | None = None
    lunar_day: str | None = None
    lunar_new_year: bool = False  # 大年初一
    year_word: str | None = None  # 年初, 新年伊始 standing alone
    zodiac: str | None = None
    month_word: str | None = None  # 月底, 下旬 standing alone


@dataclass(frozen=True, slots=True, repr=False)
class DatePhrase:
    """A date, a time of day, or both: a head (``None`` for a bare part of day or clock)."""

    head: NumericDate | RelativeDay | WeekPhrase | CalendarDate | None = None
    pod: str | None = None  # the part-of-day word
    clock: Clock | None = None
    weekday_apposition: str | None = None  # 1月26日(星期三): evidence for the year

    @property
    def names_day(self) -> bool:
        """Whether the phrase names a day or a period around it (a bare ``3点`` does not)."""
        head = self.head
        if isinstance(head, CalendarDate):
            return any((head.year, head.rel_year, head.month, head.rel_month, head.day,
                        head.holiday, head.lunar_day))
        if isinstance(head, WeekPhrase):
            return head.weekday is not None
        return isinstance(head, RelativeDay)


# --- the other families -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class DurationPhrase:
    """An amount of a unit (``3天``, ``一个多月``), perhaps an offset (``3天后``)."""

    amount: str
    unit: str
    lead: str | None = None  # 近, 约, 此后, 不到 … before the amount
    classifier: bool = False  # 个 of 3个月
    modifier: str | None = None  # 多, 余, 来, 半 between amount and unit
    half_after: bool = False  # 半 after the unit (一年半)
    more_after: bool = False  # 多 / 余 after the unit (一年多)
    offset: str | None = None  # 前, 后, 以来 … after the unit
    parts: tuple[tuple[str, str], ...] = ()  # the later (amount, unit) of 2小时15分18秒


@dataclass(frozen=True, slots=True, repr=False)
class DurationWord:
    """A vague stretch written as one word (近年来, 连日)."""

    word: str


@dataclass(frozen=True, slots=True, repr=False)
class SetPhrase:
    """A recurrence: ``每天``, ``每周一``, ``每月5日``, ``每晚``, ``天天``."""

    every: str | None = None  # 每, 逢, 每逢
    count: str | None = None  # 3 of 每3天
    weekday: str | None = None
    month_day: str | None = None  # 每月5日
    year_month: str | None = None  # 每年3月5日
    year_day: str | None = None
    unit: str | None = None
    pod: str | None = None
    clock: Clock | None = None
    holiday: str | None = None  # 每年春节
    season: str | None = None  # 每年秋天


@dataclass(frozen=True, slots=True, repr=False)
class ReferencePhrase:
    """A reference to the present, past or future (目前, 此前, 今后)."""

    word: str


@dataclass(frozen=True, slots=True, repr=False)
class DecadePhrase:
    """Decades and centuries: ``90年代``, ``20世纪``, ``上世纪80年代末``."""

    century: str | None = None
    rel_century: str | None = None  # 本 / 上 / 下 of 上世纪
    decade: str | None = None
    decade_part: str | None = None
    century_part: str | None = None


def _repr(self: object) -> str:
    """The fields the text gave (those that differ from their defaults), so a repr reads as
    what was written: ``CalendarDate(month='1', day='30', day_unit='日')``."""
    parts = []
    for f in fields(self):  # type: ignore[arg-type]
        value = getattr(self, f.name)
        if value != f.default:
            parts.append(f"{f.name}={value!r}")
    return f"{type(self).__name__}({', '.join(parts)})"


for _cls in (Clock, NumericDate, RelativeDay, WeekPhrase, CalendarDate, DatePhrase,
             DurationPhrase, DurationWord, SetPhrase, ReferencePhrase, DecadePhrase):
    _cls.__repr__ = _repr  # type: ignore[method-assign]

Core = DatePhrase | DurationPhrase | DurationWord | SetPhrase | ReferencePhrase | DecadePhrase
"""One expression of any family."""


class PhraseSpans(NamedTuple):
    """Where the parts of one scanned phrase lie: its first expression, the second end of a
    range (``1月27日至31日``) and a suffix (``起``, ``以来``), as offsets into the text (a
    named tuple: one is made for every candidate)."""

    first: tuple[int, int]
    second: tuple[int, int] | None
    suffix: str | None
    suffix_end: int
