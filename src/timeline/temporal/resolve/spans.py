"""Durations, offsets (``3天后``), sets, references and decades."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ...models import TimeType
from .. import lexicon as lx
from ..calendar import add_months
from ..grammar import parse_number
from ..phrases import (
    DecadePhrase,
    DurationPhrase,
    DurationWord,
    ReferencePhrase,
    SetPhrase,
    WeekPhrase,
)
from .context import DAY, Context, Resolved, make_day, make_month, make_year, num, set_span
from .dates import week

__all__ = ["decade", "duration", "duration_word", "reference", "set_"]

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


def duration_word(w: DurationWord) -> Resolved:
    """近年来, 连日: an unknown number of years or days."""
    unit = "Y" if "年" in w.word else "D"
    return Resolved(TimeType.DURATION, f"PX{unit}", granularity="year" if unit == "Y" else "day")


_PART_LIMITS = {"M": 12, "D": 31, "H": 24, "MIN": 60, "S": 60, "W": 53}  # of a later part


def _compound(p: DurationPhrase) -> Resolved | None:
    """四年六个月 P4Y6M, 1分57秒 PT1M57S: one value, units largest first."""
    amounts: dict[str, float] = {}
    granularity = "second"
    for dn, du in ((p.amount, p.unit), *p.parts):
        amount = parse_number(dn)
        unit, granularity = _duration_unit(du)
        if amount is None or amount <= 0 or amount > 1_000_000 or unit in amounts:
            return None
        if amounts and (lx.DURATION_ORDER.index(unit) <= lx.DURATION_ORDER.index(list(amounts)[-1])
                        or amount >= _PART_LIMITS.get(unit, 1_000_000)):
            return None  # 5秒3分, 一年三百六十五天: no compound
        amounts[unit] = amount
    if "W" in amounts and len(amounts) > 1:  # ISO does not mix weeks with other units
        amounts["D"] = amounts.get("D", 0) + 7 * amounts.pop("W")
    if "QH" in amounts:
        amounts["MIN"] = amounts.get("MIN", 0) + 15 * amounts.pop("QH")
    if "CE" in amounts:
        amounts["Y"] = amounts.get("Y", 0) + 100 * amounts.pop("CE")
    if "Q" in amounts:
        amounts["M"] = amounts.get("M", 0) + 3 * amounts.pop("Q")

    def n(unit: str) -> str:
        return f"{amounts[unit]:g}"

    date_part = "".join(f"{n(u)}{u}" for u in ("Y", "M", "W", "D") if u in amounts)
    time_part = "".join(f"{n(u)}{'M' if u == 'MIN' else u}" for u in ("H", "MIN", "S")
                        if u in amounts)
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    mod = {"近": "APPROX", "约": "APPROX", "大约": "APPROX", "不到": "LESS_THAN",
           "不足": "LESS_THAN", "超过": "MORE_THAN", "至少": "EQUAL_OR_MORE"}.get(p.lead or "")
    return Resolved(TimeType.DURATION, value, granularity=granularity, mod=mod)


_OFFSETS = ("前", "以前", "之前", "后", "以后", "之后")


def _largest(written: str) -> float:
    """The largest amount a duration may have: a million, or ten billion where the amount
    is written with 万 or 千 (志愿服务2000万小时)."""
    return 1e10 if written.endswith(("万", "千")) else 1_000_000


def duration(p: DurationPhrase, ctx: Context) -> Resolved | None:
    """An amount of a unit; with 前/后 after it, the day, week, month or year it reaches."""
    if p.parts:
        return _compound(p)
    du, dn = p.unit, p.amount
    if du == "刻钟":  # 一刻钟: fifteen minutes
        quarters = parse_number(dn)
        if quarters is None or not 0 < quarters <= 100:
            return None
        if p.offset in _OFFSETS and p.lead is None:  # 一刻钟后: the minute it reaches
            return _offset(quarters * 15, "MIN", "minute", -1 if "前" in p.offset else 1, ctx)
        return Resolved(TimeType.DURATION, f"PT{quarters * 15:g}M", granularity="minute")
    if (du == "月" and not p.classifier and p.modifier is None and dn != "半"
            and dn not in lx.VAGUE_AMOUNTS and p.lead != "近" and dn not in ("俩", "仨")):
        # 近三月, 俩月: months counted
        return None
    if (du == "日" and dn not in lx.VAGUE_AMOUNTS and p.modifier is None and p.lead is None
            and dn != "两" and not dn.isascii() and p.offset is None):
        return None  # 三日 alone is a date; 两日 and 60日内 are durations
    vague = (dn in lx.VAGUE_AMOUNTS or dn in lx.APPROXIMATE_PAIRS  # 三四年: three or four
             or p.modifier == "几")  # 十几天, 二十几年前: some ten or twenty
    amount: float | None = None if vague else parse_number("1" if dn == "半" else dn)
    if not vague and amount is None:
        return None
    if (amount is not None and du == "年" and amount >= 1000 and not p.classifier
            and p.modifier is None and not (dn[0].isascii() and dn.endswith(("万", "千")))):
        return None  # '2020年' is a year, not a duration
    if amount is not None:
        if dn == "半":
            amount = 0.5
        if p.modifier == "半" or p.half_after:
            amount += 0.5
        if amount <= 0 or amount > _largest(dn):
            return None
    unit, granularity = _duration_unit(du)
    mod = None
    if p.modifier in ("多", "余") or p.more_after:
        mod = "MORE_THAN"
    elif p.modifier == "来":  # 十来天: about ten days
        mod = "APPROX"
    pre = p.lead
    mod = {"近": "APPROX", "约": "APPROX", "大约": "APPROX", "不到": "LESS_THAN",
           "不足": "LESS_THAN", "超过": "MORE_THAN", "至少": "EQUAL_OR_MORE"}.get(pre or "", mod)
    off = p.offset
    if du in lx.WORKING_DAYS and off in _OFFSETS and pre is None and amount is not None:
        return _working_offset(int(amount), -1 if "前" in (off or "") else 1, ctx)
    if off in _OFFSETS and pre is None:
        return _offset(amount, unit, granularity, -1 if "前" in off else 1, ctx)
    value = _iso_duration(amount, unit)
    if ("." in dn and amount is not None and p.modifier is None and not p.half_after
            and amount * 2 != int(amount * 2)):
        # a decimal stays one in its unit: 2.4天 P2.4D (halves step down: 1.5小时 PT90M)
        value = _iso_duration(1, unit).replace("1", f"{amount:g}", 1)
    r = Resolved(TimeType.DURATION, value, granularity=granularity, mod=mod)
    if pre == "此后" and amount is not None and unit in ("D", "W") and amount == int(amount):
        base, kind = ctx.anchor_day("narrative")
        if base is not None:
            days = int(amount) * (7 if unit == "W" else 1)
            set_span(r, base + DAY, base + DAY + timedelta(days=days))
            r.anchor = kind
    return r


def _offset_base(ctx: Context) -> tuple[date | None, str]:
    """The day an offset counts from: the sentence's day, else the DCT's."""
    if ctx.sentence_day is not None:
        return ctx.sentence_day, "narrative"
    return ctx.anchor_day("dct")


def _offset(amount: float | None, unit: str, granularity: str, sign: int,
            ctx: Context) -> Resolved | None:
    base, kind = _offset_base(ctx)
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
            return make_day(base + timedelta(days=n), kind)
        if unit == "W":
            d = base + timedelta(days=7 * n)
            that = week(WeekPhrase(week_shift="本"), Context(datetime(d.year, d.month, d.day)))
            if that is not None:
                that.anchor = kind
            return that
        if unit == "Q":  # 三个季度后: the quarter it reaches
            first = add_months(date(base.year, 3 * ((base.month - 1) // 3) + 1, 1), 3 * n)
            r = Resolved(TimeType.DATE, f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}",
                         granularity="quarter", anchor=kind, year=first.year)
            return set_span(r, first, add_months(first, 3))
        if unit == "M":
            d = add_months(base, n)
            return make_month(d.year, d.month, kind)
        if unit in ("Y", "CE"):
            return make_year(base.year + n * (100 if unit == "CE" else 1), kind)
    except (ValueError, OverflowError):
        return None
    return None


def _working_offset(n: int, sign: int, ctx: Context) -> Resolved | None:
    """5个交易日之后: the day n working days (Monday to Friday) from the anchor. Public
    holidays and swapped working days are not known, so they are counted as written."""
    base, kind = _offset_base(ctx)
    if base is None:
        return Resolved(TimeType.DATE, "XXXX-XX-XX", granularity="day")
    if n != int(n) or not 0 < n <= 10_000:
        return None
    day = base
    while n:
        day += timedelta(days=sign)
        if day.isoweekday() <= 5:
            n -= 1
    return make_day(day, kind)


def set_(p: SetPhrase, ctx: Context) -> Resolved | None:
    """A recurrence: its value and granularity (quant EVERY)."""
    r = Resolved(TimeType.SET, "", quant="EVERY")
    vague = p.count in lx.APPROXIMATE_PAIRS  # 每隔一两年
    if p.count == "半":  # 每半年, 每半个钟头: half the unit, in the unit below
        half = _HALF_UNITS.get(p.unit or "")
        if half is None or p.clock is not None or p.pod is not None:
            return None
        r.value, r.granularity = half
        return r
    n = 1 if vague else (num(p.count) if p.count else 1)
    if n is None or n <= 0 or (p.count is None and p.unit in ("分钟", "秒钟", "秒")):
        return None  # 每秒, 每分钟 alone are rates (每秒10万次), not times
    if p.season is not None:  # 每年秋天
        r.value, r.granularity = f"XXXX-{lx.SEASONS[p.season][0]}", "season"
    elif p.weekday is not None:
        r.value, r.granularity = f"XXXX-WXX-{lx.WEEKDAYS[p.weekday]}", "day"
    elif p.month_day is not None:
        d = num(p.month_day)
        if d is None or not 1 <= d <= 31:
            return None
        r.value, r.granularity = f"XXXX-XX-{d:02d}", "day"
    elif p.year_month is not None:
        m, d = num(p.year_month), num(p.year_day)
        if m is None or not 1 <= m <= 12 or (d is not None and not 1 <= d <= 31):
            return None
        if d is None:  # 每年9月
            r.value, r.granularity = f"XXXX-{m:02d}", "month"
        else:
            r.value, r.granularity = f"XXXX-{m:02d}-{d:02d}", "day"
    elif p.holiday is not None:
        # 每年国庆节 XXXX-10-01; 每年春节 P1Y: a lunar or solar-term day moves in the calendar
        hol = lx.HOLIDAYS[p.holiday]
        fixed = hol.kind == "fixed"
        r.value = f"XXXX-{hol.month:02d}-{hol.day:02d}" if fixed else "P1Y"
        r.granularity = "day" if fixed else "year"
    else:
        su = p.unit or ""
        table = {"年": ("P{n}Y", "year"), "月": ("P{n}M", "month"), "周": ("P{n}W", "week"),
                 "星期": ("P{n}W", "week"), "礼拜": ("P{n}W", "week"), "天": ("P{n}D", "day"),
                 "日": ("P{n}D", "day"), "天天": ("P1D", "day"), "日日": ("P1D", "day"),
                 "小时": ("PT{n}H", "hour"), "钟头": ("PT{n}H", "hour"),
                 "分钟": ("PT{n}M", "minute"), "秒钟": ("PT{n}S", "second"),
                 "秒": ("PT{n}S", "second"), "季度": ("P{q}M", "quarter"),
                 "晚": ("TEV", "part_of_day"), "夜": ("TEV", "part_of_day"),
                 "夜夜": ("TEV", "part_of_day"), "早": ("TMO", "part_of_day"),
                 "工作日": ("XXXX-WXX-WD", "day"), "交易日": ("XXXX-WXX-WD", "day"),
                 "周工作日": ("XXXX-WXX-WD", "day"),
                 "周末": ("XXXX-WXX-WE", "day")}
        pattern, r.granularity = table[su]
        r.value = pattern.format(n="X" if vague else n, q="X" if vague else 3 * n)
    # a set keeps the day it recurs on before its time: 每周三上午十点 XXXX-WXX-3T10:00
    day = r.value if r.value.startswith("XXXX") else (
        "XXXX-XX-XX" if p.unit in _DAILY_UNITS else "")
    if p.pod:
        r.value, r.granularity = f"{day}T{lx.PARTS_OF_DAY[p.pod].token}", "part_of_day"
    if p.clock is not None:
        clock = p.clock
        hour = clock.hour
        pod = lx.PARTS_OF_DAY.get(p.pod or "")
        if pod is not None and pod.token in lx.POD_PM and hour < 12:
            hour += 12
        r.value = f"{day}T{hour % 24:02d}:{clock.minute:02d}"
        r.granularity = "minute" if clock.precision != "hour" else "hour"
    return r


_DAILY_UNITS = ("天", "日", "天天", "日日")
_HALF_UNITS = {"年": ("P6M", "month"), "月": ("P15D", "day"), "小时": ("PT30M", "minute"),
               "钟头": ("PT30M", "minute"), "天": ("PT12H", "hour"), "日": ("PT12H", "hour")}


def reference(p: ReferencePhrase, ctx: Context) -> Resolved:
    """目前, 此前, 今后: PRESENT_REF (the DCT's day), PAST_REF or FUTURE_REF."""
    value, mod = lx.REFERENCES[p.word]
    r = Resolved(TimeType.DATE, value, mod=mod)
    if value == "PRESENT_REF" and ctx.dct is not None:
        set_span(r, ctx.dct.date(), ctx.dct.date() + DAY)
        r.anchor = "dct"
    return r


def decade(p: DecadePhrase, ctx: Context) -> Resolved | None:
    """90年代, 20世纪, 上世纪80年代末: the decade or century and its part."""
    century = num(p.century) if p.century else None
    anchor = "none"
    if p.rel_century is not None:
        base, anchor = ctx.anchor_day("dct")
        if base is None:
            return Resolved(TimeType.DATE, "XX", granularity="century")
        century = base.year // 100 + 1 + {"本": 0, "上": -1, "下": 1}[p.rel_century]
    if p.decade is not None:
        dec = num(p.decade)
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
        part = p.decade_part
    else:
        if century is None or not 1 <= century <= 99:
            return None
        year = (century - 1) * 100
        r = Resolved(TimeType.DATE, f"{century - 1:02d}", datetime(max(year, 1), 1, 1),
                     datetime(year + 100, 1, 1), "century", year=year, anchor=anchor)
        part = p.century_part
    if part:
        r.mod = {"初": "START", "前期": "START", "上半叶": "START", "末": "END", "后期": "END",
                 "初期": "START", "末期": "END",
                 "下半叶": "END", "中期": "MID", "中叶": "MID"}[part]
    return r

