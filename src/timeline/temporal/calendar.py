"""Calendar arithmetic: months, ISO weeks, lunar dates, solar terms and holidays.

Lunar dates and solar terms come from borax (a maintained Chinese-calendar library); this
module only adapts its answers to the shapes the resolver needs.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from .lexicon import Holiday

__all__ = [
    "add_months",
    "days_in_month",
    "holiday_date",
    "holiday_period",
    "iso_week_monday",
    "lunar_to_solar",
    "lunar_year_of",
    "solar_term_date",
]

MIN_YEAR, MAX_YEAR = 1901, 2099  # the range borax's lunar tables cover


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Number of days in a Gregorian month."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12 (got {month})")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(day: date, months: int) -> date:
    """``day`` shifted by whole months, clipped to the month's end (dateutil's rule).

    Plain arithmetic: ``relativedelta`` costs ten times as much, and every partial date
    asks this several times.

    >>> add_months(date(2020, 1, 31), 1)
    datetime.date(2020, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = days_in_month(year, month) if day.day > 28 else day.day
    return date(year, month, min(day.day, last))


def iso_week_monday(year: int, week: int) -> date:
    """The Monday of ISO week ``week`` of ISO year ``year``."""
    return date.fromisocalendar(year, week, 1)


def midnight(day: date) -> datetime:
    """``day`` at 00:00 as a naive datetime."""
    return datetime(day.year, day.month, day.day)


@lru_cache(maxsize=4096)  # borax recomputes from tables on every call
def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian date of a lunar date, or ``None`` if it does not exist.

    ``day`` 0 means the last day of the month (除夕 is month 12, day 0).
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    from borax.calendars.lunardate import LCalendars, LunarDate

    try:
        leap_month = LCalendars.leap_month(year)
        if leap and leap_month != month:
            return None
        length = LCalendars.ndays(year, month, int(leap))
        if day == 0:
            day = length
        if not 1 <= day <= length:
            return None
        solar: date = LunarDate(year, month, day, int(leap)).to_solar_date()
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return solar


@lru_cache(maxsize=4096)
def lunar_year_of(day: date) -> int:
    """The lunar year that ``day`` falls in."""
    from borax.calendars.lunardate import LunarDate

    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return day.year
    year: int = LunarDate.from_solar_date(day.year, day.month, day.day).year
    return year


@lru_cache(maxsize=4096)
def lunar_month_of(day: date) -> tuple[int, int, bool]:
    """The lunar (year, month, leap) that ``day`` falls in."""
    from borax.calendars.lunardate import LunarDate

    ld = LunarDate.from_solar_date(day.year, day.month, day.day)
    return int(ld.year), int(ld.month), bool(ld.leap)


@lru_cache(maxsize=4096)
def solar_term_date(year: int, name: str) -> date | None:
    """The day of the solar term ``name`` (清明, 冬至 …) in Gregorian ``year``."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    from borax.calendars.lunardate import TermUtils

    try:
        result: date = TermUtils.nth_term_day(year, term_name=name)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return result


def holiday_date(holiday: Holiday, year: int) -> date | None:
    """The holiday's day in Gregorian ``year`` (lunar holidays: in lunar ``year``)."""
    if holiday.kind == "fixed":
        return date(year, holiday.month, holiday.day)
    if holiday.kind == "term":
        return solar_term_date(year, holiday.term)
    if holiday.kind == "weekday":  # 母亲节: the second Sunday of May
        first = date(year, holiday.month, 1)
        offset = (holiday.weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (holiday.day - 1))
    return lunar_to_solar(year, holiday.month, holiday.day)


def holiday_period(holiday: Holiday, day: date) -> tuple[date, date]:
    """The ``X期间`` stretch of a holiday that falls on ``day``: ``[start, end)``."""
    start = day + timedelta(days=holiday.period_offset)
    return start, start + timedelta(days=holiday.days)
