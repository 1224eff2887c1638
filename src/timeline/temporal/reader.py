"""The reader: scanner matches to typed phrases (``timeline.temporal.phrases``).

This is the only code that knows the grammar's group names: everything after it works on
typed fields that ``mypy`` checks. A match that cannot be a time (``3点5`` is a decimal, a
minute of 75) reads as ``None``.
"""

from __future__ import annotations

import re

from ..text import normalize
from .grammar import (
    _DUR_PART_UNITS,
    AMOUNT,
    PREFIX_RE,
    WEEKDAY_ONLY,
    core_re,
    named_groups,
    parse_number,
)
from .phrases import (
    CalendarDate,
    Clock,
    Core,
    DatePhrase,
    DecadePhrase,
    DurationPhrase,
    DurationWord,
    NumericDate,
    PhraseSpans,
    ReferencePhrase,
    RelativeDay,
    SetPhrase,
    WeekPhrase,
)

__all__ = ["read_core", "read_prefix", "read_spans", "read_text", "read_weekday"]

# group name -> field of CalendarDate
_CALENDAR = {
    "y": "year", "y2": "year_end", "ry": "rel_year", "roc": "roc_year", "m": "month",
    "m2": "month_end", "rm": "rel_month", "d": "day", "d2": "day_end", "du": "day_unit",
    "rdp": "paren_rel_day", "yp": "year_part", "mp": "month_part", "q": "quarter",
    "qp": "quarter_part", "qn": "first_quarters", "fm": "first_months", "half": "half",
    "sn": "season", "rys": "season_rel_year", "hol": "holiday", "term": "solar_term",
    "lm": "lunar_month", "ld": "lunar_day", "yw": "year_word", "zod": "zodiac",
    "mw": "month_word", "rq": "rel_quarter", "wdir": "window_direction", "wn": "window_count",
    "wu": "window_unit", "nthd": "nth_from", "nthn": "nth_count", "nthu": "nth_unit",
}
_CALENDAR_FLAGS = {"lleap": "lunar_leap", "lny": "lunar_new_year"}
# groups whose presence makes a date a calendar date (the others only qualify one)
_CALENDAR_HEADS = frozenset(("y", "ry", "roc", "m", "rm", "d", "hol", "term", "lm", "ld", "q",
                             "qn", "fm", "half", "sn", "yw", "mw", "zod", "rq", "wu", "nthu"))
_DAILY = ("天天", "日日", "夜夜")
_DURATION_PART = re.compile(rf"[ \t]{{0,2}}({AMOUNT})[ \t]{{0,2}}({_DUR_PART_UNITS}|分)")


def _clock(g: dict[str, str]) -> Clock | None:
    if g.get("hh"):
        hour, minute = int(g["hh"]), int(g["mi"])
        second = int(g["ss"]) if g.get("ss") else 0
        precision = "second" if g.get("ss") else "minute"
        half = g.get("ampm", "").lower()
        if half and hour > 12:
            return None  # 15:15pm
        if half == "p" and hour < 12:
            hour += 12  # 3:15pm
        elif half == "a" and hour == 12:
            hour = 0  # 12:30am
        return Clock(hour, minute, second, precision, bool(g.get("xu")), hour > 12 or bool(half))
    if not g.get("h"):
        return None
    hour_f = parse_number(g["h"])
    if hour_f is None or hour_f > 24:
        return None
    hour = int(hour_f)
    minute, second, precision = 0, 0, "hour"
    if g.get("hlf"):
        minute, precision = 30, "minute"
    elif g.get("qtr"):
        minute, precision = (15 if g["qtr"][0] in "一1" else 45), "minute"
    elif g.get("mi"):
        mi = g["mi"]
        # '3点5' and '二十七点三' are decimals, not times: a minute without 分 needs two digits
        if not g.get("fen") and (len(mi) < 2 or (mi[0].isascii() and len(mi) != 2)):
            return None
        m = parse_number(mi)
        if m is None or m >= 60:
            return None
        minute, precision = int(m), "minute"
        if g.get("ss"):
            s = parse_number(g["ss"])
            if s is None or s >= 60:
                return None
            second, precision = int(s), "second"
    return Clock(hour, minute, second, precision, bool(g.get("xu")), hour > 12,
                 g["h"], g.get("hu"), g.get("h2"))


def _head(g: dict[str, str]) -> NumericDate | RelativeDay | WeekPhrase | CalendarDate | None:
    if "ny" in g:
        return NumericDate(int(g["ny"]), int(g["nm"]), int(g["nd"]) if "nd" in g else None)
    if "rd" in g:
        return RelativeDay(g["rd"])
    if "wd" in g or "rweek" in g or "we" in g:
        return WeekPhrase(g.get("wd"), g.get("rw"), g.get("rweek"), "we" in g, g.get("wpart"))
    if _CALENDAR_HEADS.isdisjoint(g):
        return None
    fields: dict[str, str | bool] = {_CALENDAR[k]: v for k, v in g.items() if k in _CALENDAR}
    for k, name in _CALENDAR_FLAGS.items():
        if k in g:
            fields[name] = True
    return CalendarDate(**fields)  # type: ignore[arg-type]  # values typed by _CALENDAR


_READ: dict[tuple[tuple[str, str], ...], Core | None] = {}
_READ_MAX = 8192


def read_core(g: dict[str, str]) -> Core | None:
    """One expression from the named groups of its match; ``None`` if not a time.

    The same groups read the same (phrases are frozen), and news repeats its phrases: one
    reading of each is kept."""
    key = tuple(g.items())
    if key in _READ:
        return _READ[key]
    if len(_READ) >= _READ_MAX:
        _READ.clear()
    phrase = _READ[key] = _read(g)
    return phrase


def _read(g: dict[str, str]) -> Core | None:
    if "dw" in g:
        return DurationWord(g["dw"])
    if "dn" in g and "every" not in g:
        parts = tuple((a, u) for a, u in _DURATION_PART.findall(g["dx"])) if "dx" in g else ()
        return DurationPhrase(g["dn"], g["du"], g.get("dpre"), "ge" in g, g.get("dm"),
                              "dh" in g, "dm2" in g, g.get("doff"), parts)
    if "every" in g or g.get("su") in _DAILY:
        clock = _clock(g)
        if ("h" in g or "hh" in g) and clock is None:
            return None
        return SetPhrase(g.get("every"), g.get("sn_"), g.get("swd"), g.get("smd"),
                         g.get("sym"), g.get("syd"), g.get("su"), g.get("spod"), clock,
                         g.get("shol"), g.get("ssn"))
    if "ref" in g:
        return ReferencePhrase(g["ref"])
    if "dec" in g or "cent" in g or "rcent" in g:
        return DecadePhrase(g.get("cent"), g.get("rcent"), g.get("dec"), g.get("decp"),
                            g.get("cp"))
    clock = _clock(g)
    if ("h" in g or "hh" in g) and clock is None:
        return None
    return DatePhrase(_head(g), g.get("pod"), clock, g.get("wda"))


def read_match(m: re.Match[str]) -> Core | None:
    """The first expression of a scanner match that has no second end."""
    return read_core(named_groups(m))


def read_part(norm: str, lo: int, hi: int) -> Core | None:
    """The expression at ``norm[lo:hi]`` (one end of a range), read again on its own."""
    # match without an end bound, so lookaheads past the core still see the text
    m = core_re().match(norm, lo)
    if m is None or m.end() != hi:
        m = core_re().fullmatch(norm, lo, hi)
    return read_core(named_groups(m)) if m is not None else None


def read_spans(m: re.Match[str]) -> PhraseSpans:
    """Where the first expression, the second end and the suffix of a match lie."""
    c2 = m.span("c2") if m.group("c2") is not None else None
    suffix = m.group("suf")
    return PhraseSpans(m.span("c1"), c2, suffix, m.end("suf") if suffix is not None else -1)


def read_prefix(norm: str, lo: int, hi: int) -> tuple[str, int] | None:
    """A prefix (自, 从, 截至, 约 …) ending at ``hi``, found from ``lo``: (word, start)."""
    pm = PREFIX_RE.search(norm, lo, hi)
    return (pm.group("pre"), pm.start()) if pm is not None else None


def read_weekday(text: str) -> str | None:
    """The weekday of a phrase that is only a weekday (``星期三`` → ``三``), else ``None``."""
    wm = WEEKDAY_ONLY.fullmatch(text)
    return wm.group("wd") if wm else None


def read_text(text: str) -> Core | None:
    """The one expression that is all of ``text``, for tests and exploration.

    >>> read_text("每周三")
    SetPhrase(every='每', weekday='三')
    """
    norm = normalize(text)
    return read_part(norm, 0, len(norm))
