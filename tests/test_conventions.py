"""Table-driven tests of the time semantics contract (/work/shared/CONVENTIONS.md).

Every row names only the fields it cares about; the helpers compare exactly those. Unless a row
says otherwise the document creation time (DCT) is 2020-02-26, a Wednesday in ISO week 9, and
the policy is ``past``. Lunar and solar-term days were taken from a maintained lunar calendar
(lunardate / borax), never computed by hand.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from typing import Any, TypedDict, cast

import pytest

from timeline import find_times, parse_time
from timeline.models import TimeMention, TimeValue

DCT = "2020-02-26"

Interval = tuple[datetime | None, datetime | None]


class _Unset(enum.Enum):
    TOKEN = 0


UNSET = _Unset.TOKEN
"""Marks a field a row does not specify (``None`` is a real expectation)."""


class Expect(TypedDict, total=False):
    """The fields of a TimeValue a row specifies; absent keys are not compared."""

    type: str
    value: str
    start: datetime | None
    end: datetime | None
    granularity: str | None
    mod: str | None
    quant: str | None
    anchor: str
    warns: str
    clean: bool


# --------------------------------------------------------------------------------------------
# Helpers that build expectations
# --------------------------------------------------------------------------------------------


def t(text: str) -> datetime:
    """Parse ``2020-01-30`` or ``2020-01-30 15:00[:20]`` into a naive datetime."""
    return datetime.fromisoformat(text)


def span(start: str | None, end: str | None) -> Interval:
    """An interval given by its two ends (either may be open)."""
    return (t(start) if start else None, t(end) if end else None)


def day(text: str) -> Interval:
    """The whole day ``text``."""
    s = t(text)
    return (s, s + timedelta(days=1))


def hour(text: str) -> Interval:
    """The hour starting at ``text``."""
    s = t(text)
    return (s, s + timedelta(hours=1))


def minute(text: str) -> Interval:
    """The minute starting at ``text``."""
    s = t(text)
    return (s, s + timedelta(minutes=1))


def second(text: str) -> Interval:
    """The second starting at ``text``."""
    s = t(text)
    return (s, s + timedelta(seconds=1))


def month(year: int, mon: int) -> Interval:
    """The calendar month ``year-mon``."""
    nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return (datetime(year, mon, 1), datetime(nxt[0], nxt[1], 1))


def year(y: int) -> Interval:
    """The calendar year ``y``."""
    return (datetime(y, 1, 1), datetime(y + 1, 1, 1))


def want(
    type_: str | _Unset = UNSET,
    value: str | _Unset = UNSET,
    iv: Interval | _Unset | None = UNSET,
    *,
    gran: str | _Unset | None = UNSET,
    mod: str | _Unset | None = UNSET,
    quant: str | _Unset | None = UNSET,
    anchor: str | _Unset = UNSET,
    warns: str | _Unset = UNSET,
    clean: bool = False,
) -> Expect:
    """Build an expectation; ``iv=None`` means both ends are None."""
    e: Expect = {}
    if type_ is not UNSET:
        e["type"] = type_
    if value is not UNSET:
        e["value"] = value
    if iv is None:
        e["start"] = None
        e["end"] = None
    elif iv is not UNSET:
        e["start"], e["end"] = iv
    if gran is not UNSET:
        e["granularity"] = gran
    if mod is not UNSET:
        e["mod"] = mod
    if quant is not UNSET:
        e["quant"] = quant
    if anchor is not UNSET:
        e["anchor"] = anchor
    if warns is not UNSET:
        e["warns"] = warns
    if clean:
        e["clean"] = True
    return e


def D(
    value: str,
    iv: Interval | _Unset | None = UNSET,
    *,
    gran: str | _Unset | None = UNSET,
    mod: str | _Unset | None = UNSET,
    anchor: str | _Unset = UNSET,
    clean: bool = False,
) -> Expect:
    """A DATE expectation."""
    return want("DATE", value, iv, gran=gran, mod=mod, anchor=anchor, clean=clean)


def T(
    value: str,
    iv: Interval | _Unset | None = UNSET,
    *,
    gran: str | _Unset | None = UNSET,
    mod: str | _Unset | None = UNSET,
    anchor: str | _Unset = UNSET,
) -> Expect:
    """A TIME expectation."""
    return want("TIME", value, iv, gran=gran, mod=mod, anchor=anchor)


def Dur(value: str, mod: str | _Unset | None = UNSET) -> Expect:
    """A DURATION expectation: never an interval unless anchored."""
    return want("DURATION", value, None, mod=mod)


def Every(value: str) -> Expect:
    """A SET expectation with quant EVERY."""
    return want("SET", value, quant="EVERY")


def Ref(value: str, iv: Interval | _Unset | None = None, *, mod: str | None = None) -> Expect:
    """A PAST_REF / PRESENT_REF / FUTURE_REF expectation."""
    return want("DATE", value, iv, mod=mod)


# --------------------------------------------------------------------------------------------
# Helpers that compare
# --------------------------------------------------------------------------------------------


def _name(x: Any) -> Any:
    """The plain string of a str Enum member (or the object itself)."""
    return x.value if isinstance(x, enum.Enum) else x


def check(tv: TimeValue | None, exp: Expect, where: str) -> None:
    """Assert that ``tv`` has every field ``exp`` specifies; report all mismatches at once."""
    assert tv is not None, f"{where}: no time value"
    spec = cast(dict[str, Any], exp)
    problems: list[str] = []
    fields: list[tuple[str, Any]] = [
        ("type", _name(tv.type)),
        ("value", tv.value),
        ("start", tv.start),
        ("end", tv.end),
        ("granularity", tv.granularity),
        ("mod", _name(tv.mod)),
        ("quant", tv.quant),
        ("anchor", tv.anchor),
    ]
    for key, got in fields:
        if key in spec and spec[key] != got:
            problems.append(f"{key}: want {spec[key]!r}, got {got!r}")
    if "warns" in exp and not any(exp["warns"] in w.lower() for w in tv.warnings):
        problems.append(f"warnings: want one containing {exp['warns']!r}, got {tv.warnings!r}")
    if exp.get("clean") and tv.warnings:
        problems.append(f"warnings: want none, got {tv.warnings!r}")
    assert not problems, f"{where}: " + "; ".join(problems)


def check_offsets(text: str, mentions: list[TimeMention]) -> None:
    """Every mention points into ``text``; mentions are in order and do not overlap."""
    last_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text, f"offsets {m.start}:{m.end} do not give {m.text!r}"
        assert m.start >= last_end, f"{m.text!r} overlaps or precedes the mention before it"
        last_end = m.end


def run_parse(text: str, dct: Any, policy: str, exp: Expect) -> None:
    """parse_time on one expression, then compare the fields the row names."""
    check(parse_time(text, dct=dct, policy=policy), exp, text)  # type: ignore[arg-type]


def find(text: str, dct: Any = DCT, policy: str = "past") -> list[TimeMention]:
    """find_times with offsets checked."""
    mentions = find_times(text, dct=dct, policy=policy)  # type: ignore[arg-type]
    check_offsets(text, mentions)
    return mentions


def the_one_containing(mentions: list[TimeMention], needle: str) -> TimeMention:
    """The single mention whose text contains ``needle``."""
    hits = [m for m in mentions if needle in m.text]
    assert len(hits) == 1, (
        f"want one mention containing {needle!r}, got {[m.text for m in mentions]}"
    )
    return hits[0]


def P(text: str, exp: Expect, id: str, *, dct: Any = DCT, policy: str = "past") -> Any:
    """One parse_time row: (text, dct, policy, expected)."""
    return pytest.param(text, dct, policy, exp, id=id)


PARSE_ARGS = "text,dct,policy,exp"


# --------------------------------------------------------------------------------------------
# Numbers and scripts: ASCII, full-width, Chinese digits, 廿 卅 两, white space
# --------------------------------------------------------------------------------------------

NUMERALS = [
    P("2020年1月30日", D("2020-01-30", day("2020-01-30"), gran="day", anchor="none"), "ascii"),
    P("２０２０年１月３０日", D("2020-01-30", day("2020-01-30"), gran="day"), "fullwidth"),
    P("二〇二〇年一月三十日", D("2020-01-30", day("2020-01-30"), gran="day"), "zh-ling-circle"),
    P("二零二零年一月三十日", D("2020-01-30", day("2020-01-30"), gran="day"), "zh-ling"),
    P("2020 年 1 月 30 日", D("2020-01-30", day("2020-01-30"), gran="day"), "spaced-full"),
    P("1 月 30 日", D("2020-01-30", day("2020-01-30"), gran="day"), "spaced-month-day"),
    P("2020年02月26日", D("2020-02-26", day("2020-02-26")), "leading-zeros"),
    P("2019年12月31日", D("2019-12-31", day("2019-12-31")), "year-end"),
    P("2020年2月29日", D("2020-02-29", day("2020-02-29"), clean=True), "leap-day"),
    P("一月三十日", D("2020-01-30", day("2020-01-30")), "zh-month-day"),
    P("十二月三十一日", D("2019-12-31", day("2019-12-31")), "zh-twelve"),
    P("二月二十九日", D("2020-02-29", day("2020-02-29")), "zh-feb-29"),
    P("一月廿五日", D("2020-01-25", day("2020-01-25")), "nian-25"),
    P("三月卅日", D("2020-03-30", day("2020-03-30")), "sa-30", dct="2020-04-05"),
    P("廿五日", D("2020-02-25", day("2020-02-25")), "nian-bare-day"),
    P("三十日", D("2020-03-30", day("2020-03-30")), "zh-bare-30", dct="2020-03-31"),
    P("1月30号", D("2020-01-30", day("2020-01-30")), "hao"),
    P("一月三十号", D("2020-01-30", day("2020-01-30")), "zh-hao"),
    P("２月３日", D("2020-02-03", day("2020-02-03")), "fullwidth-month-day"),
    P("2019年", D("2019", year(2019), gran="year"), "year-only"),
    P("二〇一九年", D("2019", year(2019), gran="year"), "zh-year-only"),
    P("１９９８年", D("1998", year(1998), gran="year"), "fullwidth-year"),
    P("2020年3月", D("2020-03", month(2020, 3), gran="month"), "year-month"),
    P("二〇二〇年三月", D("2020-03", month(2020, 3), gran="month"), "zh-year-month"),
    P("1月", D("2020-01", month(2020, 1), gran="month"), "bare-month"),
    P("两天前", D("2020-02-24", day("2020-02-24")), "liang"),
    P("两年前", D("2018", year(2018)), "liang-years"),
]


@pytest.mark.parametrize(PARSE_ARGS, NUMERALS)
def test_numerals(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Partial dates under each policy; the 7-day and 31-day windows of `past`
# --------------------------------------------------------------------------------------------

POLICIES = [
    # month-day, DCT 2020-02-26 (the contract's own examples first)
    P("1月30日", D("2020-01-30", day("2020-01-30"), anchor="dct"), "past-jan30"),
    P("3月1日", D("2020-03-01", day("2020-03-01")), "past-mar1-window"),
    P("12月30日", D("2019-12-30", day("2019-12-30")), "past-dec30"),
    P("3月20日", D("2020-03-20", day("2020-03-20")), "past-23-days-ahead"),
    P("3月28日", D("2020-03-28", day("2020-03-28")), "past-31-days-ahead-edge"),
    P("3月29日", D("2019-03-29", day("2019-03-29")), "past-32-days-ahead-too-far"),
    P("4月10日", D("2019-04-10", day("2019-04-10")), "past-april-too-far"),
    P("2月26日", D("2020-02-26", day("2020-02-26")), "past-dct-day"),
    P("8月20日", D("2019-08-20", day("2019-08-20")), "past-aug20"),
    P("1月30日", D("2021-01-30", day("2021-01-30")), "future-jan30", policy="future"),
    P("3月1日", D("2020-03-01", day("2020-03-01")), "future-mar1", policy="future"),
    P("12月30日", D("2020-12-30", day("2020-12-30")), "future-dec30", policy="future"),
    P("2月26日", D("2020-02-26", day("2020-02-26")), "future-dct-day", policy="future"),
    P("8月20日", D("2020-08-20", day("2020-08-20")), "future-aug20", policy="future"),
    P("1月30日", D("2020-01-30", day("2020-01-30")), "nearest-jan30", policy="nearest"),
    P("12月30日", D("2019-12-30", day("2019-12-30")), "nearest-dec30", policy="nearest"),
    P("8月20日", D("2020-08-20", day("2020-08-20")), "nearest-aug20-ahead", policy="nearest"),
    P("8月30日", D("2019-08-30", day("2019-08-30")), "nearest-aug30-behind", policy="nearest"),
    # day without month
    P("25日", D("2020-01-25", day("2020-01-25")), "past-25-from-feb10", dct="2020-02-10"),
    P("20日", D("2020-02-20", day("2020-02-20")), "past-20-from-feb19", dct="2020-02-19"),
    P("26日", D("2020-02-26", day("2020-02-26")), "past-7-days-edge", dct="2020-02-19"),
    P("27日", D("2020-01-27", day("2020-01-27")), "past-8-days-too-far", dct="2020-02-19"),
    P("5日", D("2020-02-05", day("2020-02-05")), "past-5th"),
    P("28日", D("2020-02-28", day("2020-02-28")), "past-2-days-ahead"),
    P("25日", D("2020-02-25", day("2020-02-25")), "future-25", dct="2020-02-10", policy="future"),
    P("5日", D("2020-03-05", day("2020-03-05")), "future-5th", policy="future"),
    P("25日", D("2020-02-25", day("2020-02-25")), "nearest-25", dct="2020-02-10", policy="nearest"),
    P("5日", D("2020-03-05", day("2020-03-05")), "nearest-5th-ahead", policy="nearest"),
    P("20日", D("2020-02-20", day("2020-02-20")), "nearest-20th-behind", policy="nearest"),
    # month without year
    P("12月", D("2019-12", month(2019, 12), gran="month"), "past-december"),
    P("12月", D("2020-12", month(2020, 12)), "future-december", policy="future"),
    P("12月", D("2019-12", month(2019, 12)), "nearest-december", policy="nearest"),
    P("2月", D("2020-02", month(2020, 2)), "past-current-month"),
    # an explicit year governs
    P("今年12月30日", D("2020-12-30", day("2020-12-30")), "jinnian-governs"),
    P("明年1月5日", D("2021-01-05", day("2021-01-05")), "mingnian-governs"),
    P("去年3月1日", D("2019-03-01", day("2019-03-01")), "qunian-governs"),
    P("本月19号", D("2020-02-19", day("2020-02-19")), "benyue-19hao"),
    P("3月19号", D("2020-03-19", day("2020-03-19")), "month-19hao"),
    # DCT given as date / datetime / ISO string with time
    P("昨天", D("2020-02-25", day("2020-02-25")), "dct-date", dct=date(2020, 2, 26)),
    P("昨天", D("2020-02-25", day("2020-02-25")), "dct-datetime", dct=datetime(2020, 2, 26, 9)),
    P("昨天", D("2020-02-25", day("2020-02-25")), "dct-iso-datetime", dct="2020-02-26T09:30:00"),
]


@pytest.mark.parametrize(PARSE_ARGS, POLICIES)
def test_partial_dates_and_policies(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Parts of the day: alone they take the DCT's day (no narrative in parse_time)
# --------------------------------------------------------------------------------------------

_POD_WORDS: list[tuple[str, str, str, int, int]] = [
    ("凌晨", "lingchen", "TNI", 0, 6),
    ("早上", "zaoshang", "TMO", 6, 12),
    ("早晨", "zaochen", "TMO", 6, 12),
    ("清晨", "qingchen", "TMO", 6, 12),
    ("上午", "shangwu", "TMO", 6, 12),
    ("中午", "zhongwu", "TMI", 11, 13),
    ("正午", "zhengwu", "TMI", 11, 13),
    ("下午", "xiawu", "TAF", 12, 18),
    ("午后", "wuhou", "TAF", 12, 18),
    ("傍晚", "bangwan", "TEV", 17, 19),
    ("黄昏", "huanghun", "TEV", 17, 19),
    ("晚上", "wanshang", "TEV", 18, 24),
    ("晚间", "wanjian", "TEV", 18, 24),
    ("夜间", "yejian", "TEV", 18, 24),
    ("当晚", "dangwan", "TEV", 18, 24),
    ("深夜", "shenye", "TNI", 22, 24),
    ("半夜", "banye", "TNI", 22, 24),
    ("白天", "baitian", "TDT", 6, 18),
    ("白日", "bairi", "TDT", 6, 18),
    ("晚間", "trad-wanjian", "TEV", 18, 24),
]


def _pod(date_text: str, tok: str, lo: int, hi: int, anchor: str | _Unset = UNSET) -> Expect:
    base = t(date_text)
    iv = (base + timedelta(hours=lo), base + timedelta(hours=hi))
    return T(f"{date_text}{tok}", iv, gran="part_of_day", anchor=anchor)


PARTS_OF_DAY = [
    P(word, _pod("2020-02-26", tok, lo, hi, "dct"), f"pod-{label}")
    for word, label, tok, lo, hi in _POD_WORDS
] + [
    P("1月30日下午", _pod("2020-01-30", "TAF", 12, 18), "date-xiawu"),
    P("2月3日凌晨", _pod("2020-02-03", "TNI", 0, 6), "date-lingchen"),
    P("2月3日上午", _pod("2020-02-03", "TMO", 6, 12), "date-shangwu"),
    P("2019年12月31日晚上", _pod("2019-12-31", "TEV", 18, 24, "none"), "fulldate-wanshang"),
    P("1月30日中午", _pod("2020-01-30", "TMI", 11, 13), "date-zhongwu"),
    P("1月30日傍晚", _pod("2020-01-30", "TEV", 17, 19), "date-bangwan"),
    P("1月30日深夜", _pod("2020-01-30", "TNI", 22, 24), "date-shenye"),
    P("1 月 30 日下午", _pod("2020-01-30", "TAF", 12, 18), "spaced-date-xiawu"),
    P("今天下午", _pod("2020-02-26", "TAF", 12, 18, "dct"), "jintian-xiawu"),
    P("昨天晚上", _pod("2020-02-25", "TEV", 18, 24, "dct"), "zuotian-wanshang"),
    P("明天上午", _pod("2020-02-27", "TMO", 6, 12, "dct"), "mingtian-shangwu"),
    P("19号上午", _pod("2020-02-19", "TMO", 6, 12), "19hao-shangwu"),
]


@pytest.mark.parametrize(PARSE_ARGS, PARTS_OF_DAY)
def test_parts_of_day(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


def test_wuye_alone_is_midnight() -> None:
    tv = parse_time("午夜", dct=DCT)
    assert tv is not None
    assert _name(tv.type) == "TIME"
    assert tv.start is not None
    assert (tv.start.hour, tv.start.minute) == (0, 0)


# --------------------------------------------------------------------------------------------
# Clock times: hour precision [t, t+1h), minute [t, t+1min), second [t, t+1s)
# --------------------------------------------------------------------------------------------

_CLOCKS: list[tuple[str, str, str, str | None, str]] = [
    # text, HH:MM[:SS], granularity, mod, id
    ("下午3点", "15:00", "hour", None, "xiawu-3dian"),
    ("晚上8点半", "20:30", "minute", None, "wanshang-8-ban"),
    ("凌晨2时许", "02:00", "hour", "APPROX", "lingchen-2shi-xu"),
    ("中午12点", "12:00", "hour", None, "zhongwu-12"),
    ("3:26", "03:26", "minute", None, "colon-3-26"),
    ("15:30", "15:30", "minute", None, "colon-15-30"),
    ("15时30分", "15:30", "minute", None, "shi-fen"),
    ("3点", "03:00", "hour", None, "3dian"),
    ("3点半", "03:30", "minute", None, "3dian-ban"),
    ("3点一刻", "03:15", "minute", None, "3dian-yike"),
    ("3点45", "03:45", "minute", None, "3dian-45"),
    ("3点45分", "03:45", "minute", None, "3dian-45fen"),
    ("9时许", "09:00", "hour", "APPROX", "9shi-xu"),
    ("十二时", "12:00", "hour", None, "zh-12shi"),
    ("15时30分20秒", "15:30:20", "second", None, "shi-fen-miao"),
    ("15:30:20", "15:30:20", "second", None, "colon-seconds"),
    ("上午10点", "10:00", "hour", None, "shangwu-10"),
    ("上午十点", "10:00", "hour", None, "shangwu-zh-10"),
    ("晚上9点", "21:00", "hour", None, "wanshang-9"),
    ("傍晚6点", "18:00", "hour", None, "bangwan-6"),
    ("凌晨1点", "01:00", "hour", None, "lingchen-1"),
    ("早上7点", "07:00", "hour", None, "zaoshang-7"),
    ("中午1点", "13:00", "hour", None, "zhongwu-1"),
    ("下午3时", "15:00", "hour", None, "xiawu-3shi"),
    ("下午三点", "15:00", "hour", None, "xiawu-zh-3"),
    ("下午３点", "15:00", "hour", None, "xiawu-fullwidth-3"),
    ("下午3点15分", "15:15", "minute", None, "xiawu-3-15"),
    ("下午3点半", "15:30", "minute", None, "xiawu-3-ban"),
    ("下午15时", "15:00", "hour", None, "xiawu-15shi"),
    ("晚上十一点", "23:00", "hour", None, "wanshang-11"),
    ("十一点", "11:00", "hour", None, "shiyi-dian-is-clock"),
    ("两点", "02:00", "hour", None, "liang-dian"),
    ("下午两点", "14:00", "hour", None, "xiawu-liang-dian"),
    ("下午两点半", "14:30", "minute", None, "xiawu-liang-dian-ban"),
    ("晚上7时30分", "19:30", "minute", None, "wanshang-7-30"),
    ("晚上八時廿八分", "20:28", "minute", None, "nian-in-minutes"),  # 廿 = 二十, not a lunar day
    ("上午9时", "09:00", "hour", None, "shangwu-9shi"),
    ("下午3点左右", "15:00", "hour", "APPROX", "xiawu-3-zuoyou"),
    ("约10时", "10:00", "hour", "APPROX", "yue-10shi"),
    ("下午三點鐘", "15:00", "hour", None, "trad-dianzhong"),
    ("晚間8點", "20:00", "hour", None, "trad-wanjian-8"),
]

_PRECISION = {"hour": hour, "minute": minute, "second": second}


def _clock(date_text: str, hhmm: str, gran: str, mod: str | None) -> Expect:
    iv = _PRECISION[gran](f"{date_text} {hhmm}")
    return T(f"{date_text}T{hhmm}", iv, gran=gran, mod=mod)


CLOCKS = [
    P(text, _clock("2020-02-26", hhmm, gran, mod), f"clock-{cid}")
    for text, hhmm, gran, mod, cid in _CLOCKS
] + [
    P("1月30日下午3点", _clock("2020-01-30", "15:00", "hour", None), "date-xiawu-3"),
    P("2020年2月3日上午9时", _clock("2020-02-03", "09:00", "hour", None), "full-shangwu-9"),
    P("2月5日20时", _clock("2020-02-05", "20:00", "hour", None), "date-20shi"),
    P("2020年2月3日14:30", _clock("2020-02-03", "14:30", "minute", None), "full-colon"),
    P("1 月 30 日下午 3 点", _clock("2020-01-30", "15:00", "hour", None), "spaced-date-clock"),
    P("昨天晚上8点", _clock("2020-02-25", "20:00", "hour", None), "zuotian-8pm"),
    P("明天上午10点", _clock("2020-02-27", "10:00", "hour", None), "mingtian-10am"),
    P("1月30日15时30分20秒", _clock("2020-01-30", "15:30:20", "second", None), "date-seconds"),
]


@pytest.mark.parametrize(PARSE_ARGS, CLOCKS)
def test_clock_times(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


def test_wanshang_12_is_next_midnight() -> None:
    tv = parse_time("晚上12点", dct=DCT)
    assert tv is not None
    assert _name(tv.type) == "TIME"
    assert tv.start == t("2020-02-27 00:00")


# --------------------------------------------------------------------------------------------
# Relative days, weeks, months, years and weekdays (DCT-anchored)
# --------------------------------------------------------------------------------------------


def _rel_day(text: str) -> Expect:
    return D(text, day(text), gran="day", anchor="dct")


W07 = span("2020-02-10", "2020-02-17")
W08 = span("2020-02-17", "2020-02-24")
W09 = span("2020-02-24", "2020-03-02")
W10 = span("2020-03-02", "2020-03-09")
W11 = span("2020-03-09", "2020-03-16")

RELATIVE = [
    P("今天", _rel_day("2020-02-26"), "jintian"),
    P("今日", _rel_day("2020-02-26"), "jinri"),
    P("昨天", _rel_day("2020-02-25"), "zuotian"),
    P("昨日", _rel_day("2020-02-25"), "zuori"),
    P("前天", _rel_day("2020-02-24"), "qiantian"),
    P("明天", _rel_day("2020-02-27"), "mingtian"),
    P("明日", _rel_day("2020-02-27"), "mingri"),
    P("后天", _rel_day("2020-02-28"), "houtian"),
    P("今年", D("2020", year(2020), gran="year", anchor="dct"), "jinnian"),
    P("去年", D("2019", year(2019), gran="year"), "qunian"),
    P("前年", D("2018", year(2018), gran="year"), "qiannian"),
    P("明年", D("2021", year(2021), gran="year"), "mingnian"),
    P("本月", D("2020-02", month(2020, 2), gran="month", anchor="dct"), "benyue"),
    P("上月", D("2020-01", month(2020, 1), gran="month"), "shangyue"),
    P("下月", D("2020-03", month(2020, 3), gran="month"), "xiayue"),
    P("上个月", D("2020-01", month(2020, 1), gran="month"), "shang-ge-yue"),
    P("下个月", D("2020-03", month(2020, 3), gran="month"), "xia-ge-yue"),
    P("本周", D("2020-W09", W09, gran="week", anchor="dct"), "benzhou"),
    P("上周", D("2020-W08", W08, gran="week"), "shangzhou"),
    P("下周", D("2020-W10", W10, gran="week"), "xiazhou"),
    P("周末", D("2020-W09-WE", span("2020-02-29", "2020-03-02")), "zhoumo"),
    P("本周末", D("2020-W09-WE", span("2020-02-29", "2020-03-02")), "ben-zhoumo"),
    P("本周前期", D("2020-W09", W09, mod="START"), "benzhou-qianqi"),
    P("本周后期", D("2020-W09", W09, mod="END"), "benzhou-houqi"),
    P("3天后", _rel_day("2020-02-29"), "3-tian-hou"),
    P("三天之后", _rel_day("2020-02-29"), "san-tian-zhihou"),
    P("两天前", _rel_day("2020-02-24"), "liang-tian-qian"),
    P("2天以前", _rel_day("2020-02-24"), "2-tian-yiqian"),
    P("5天前", _rel_day("2020-02-21"), "5-tian-qian"),
    P("10天后", _rel_day("2020-03-07"), "10-tian-hou-over-leap-day"),
    P("十天后", _rel_day("2020-03-07"), "zh-10-tian-hou"),
    P("两周前", D("2020-W07", W07, gran="week"), "liang-zhou-qian"),
    P("一周前", D("2020-W08", W08, gran="week"), "yi-zhou-qian"),
    P("两周后", D("2020-W11", W11, gran="week"), "liang-zhou-hou"),
    P("3个月后", D("2020-05", month(2020, 5), gran="month"), "3-ge-yue-hou"),
    P("3个月前", D("2019-11", month(2019, 11), gran="month"), "3-ge-yue-qian"),
    P("两个月后", D("2020-04", month(2020, 4), gran="month"), "liang-ge-yue-hou"),
    P("两年前", D("2018", year(2018), gran="year"), "liang-nian-qian"),
    P("一年前", D("2019", year(2019), gran="year"), "yi-nian-qian"),
    P("三年后", D("2023", year(2023), gran="year"), "san-nian-hou"),
    # bare weekdays: the one in the anchor's ISO week (policy future: the next one)
    P("周三", _rel_day("2020-02-26"), "zhou3-today"),
    P("星期三", _rel_day("2020-02-26"), "xingqi3"),
    P("礼拜三", _rel_day("2020-02-26"), "libai3"),
    P("周一", _rel_day("2020-02-24"), "zhou1-same-week"),
    P("周五", _rel_day("2020-02-28"), "zhou5-same-week"),
    P("周日", _rel_day("2020-03-01"), "zhouri-same-week"),
    P("星期日", _rel_day("2020-03-01"), "xingqiri"),
    P("星期天", _rel_day("2020-03-01"), "xingqitian"),
    P("上周三", _rel_day("2020-02-19"), "shangzhou3"),
    P("下周三", _rel_day("2020-03-04"), "xiazhou3"),
    P("下周一", _rel_day("2020-03-02"), "xiazhou1"),
    P("周一", _rel_day("2020-03-02"), "future-zhou1-next", policy="future"),
    P("周五", _rel_day("2020-02-28"), "future-zhou5-next", policy="future"),
]


@pytest.mark.parametrize(PARSE_ARGS, RELATIVE)
def test_relative(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Calendar units: quarters, half years, seasons
# --------------------------------------------------------------------------------------------

CALENDAR_UNITS = [
    P("一季度", D("2020-Q1", span("2020-01-01", "2020-04-01"), gran="quarter"), "q1"),
    P("第一季度", D("2020-Q1", span("2020-01-01", "2020-04-01"), gran="quarter"), "di-q1"),
    P("今年一季度", D("2020-Q1", span("2020-01-01", "2020-04-01")), "jinnian-q1"),
    P("二季度", D("2020-Q2", span("2020-04-01", "2020-07-01"), gran="quarter"), "q2"),
    P("第三季度", D("2020-Q3", span("2020-07-01", "2020-10-01")), "q3"),
    P("四季度末", D("2020-Q4", mod="END"), "q4-end"),
    P("2019年第四季度", D("2019-Q4", span("2019-10-01", "2020-01-01")), "2019-q4"),
    P("上半年", D("2020-H1", span("2020-01-01", "2020-07-01"), gran="half_year"), "h1"),
    P("下半年", D("2020-H2", span("2020-07-01", "2021-01-01"), gran="half_year"), "h2"),
    P("去年下半年", D("2019-H2", span("2019-07-01", "2020-01-01")), "qunian-h2"),
    P("2020年上半年", D("2020-H1", span("2020-01-01", "2020-07-01")), "2020-h1"),
    P("春季", D("2020-SP", span("2020-03-01", "2020-06-01"), gran="season"), "spring"),
    P("夏季", D("2020-SU", span("2020-06-01", "2020-09-01"), gran="season"), "summer"),
    P("秋季", D("2020-FA", span("2020-09-01", "2020-12-01"), gran="season"), "autumn"),
    P("冬季", D("2020-WI", gran="season"), "winter"),
    P("明年春季", D("2021-SP", span("2021-03-01", "2021-06-01")), "mingnian-spring"),
    P("2019年秋季", D("2019-FA", span("2019-09-01", "2019-12-01")), "2019-autumn"),
]


@pytest.mark.parametrize(PARSE_ARGS, CALENDAR_UNITS)
def test_calendar_units(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Ranges: one interval from the first start to the second end; the second end inherits
# --------------------------------------------------------------------------------------------

_JAN27_31 = D("2020-01-27/2020-01-31", span("2020-01-27", "2020-02-01"))

RANGES = [
    P("1月27日至31日", _JAN27_31, "zhi"),
    P("1月27日到31日", _JAN27_31, "dao"),
    P("1月27日-31日", _JAN27_31, "hyphen"),
    P("1月27日—31日", _JAN27_31, "em-dash"),
    P("1月27日~31日", _JAN27_31, "tilde"),
    P("1月27日～31日", _JAN27_31, "fullwidth-tilde"),
    P("一月二十七日至三十一日", _JAN27_31, "zh-numerals"),
    P("１月２７日至３１日", _JAN27_31, "fullwidth-digits"),
    P("1 月 27 日至 31 日", _JAN27_31, "spaced"),
    P("1月27日至2月2日", D("2020-01-27/2020-02-02", span("2020-01-27", "2020-02-03")), "months"),
    P("2月1日-2月5日", D("2020-02-01/2020-02-05", span("2020-02-01", "2020-02-06")), "hyph-md"),
    P("2月28日至3月2日", D("2020-02-28/2020-03-02", span("2020-02-28", "2020-03-03")), "leap"),
    P(
        "12月30日至1月3日",
        D("2019-12-30/2020-01-03", span("2019-12-30", "2020-01-04")),
        "second-end-follows-first",
    ),
    P(
        "2019年12月30日至2020年1月3日",
        D("2019-12-30/2020-01-03", span("2019-12-30", "2020-01-04")),
        "full-dates",
    ),
    P(
        "3日至5日",
        D("2020-02-03/2020-02-05", span("2020-02-03", "2020-02-06")),
        "days-only",
        dct="2020-02-20",
    ),
    P("2018年至2020年", D("2018/2020", span("2018-01-01", "2021-01-01")), "years"),
    P(
        "2019年11月至2020年1月",
        D("2019-11/2020-01", span("2019-11-01", "2020-02-01")),
        "year-months",
    ),
    P("2020年3月至5月", D("2020-03/2020-05", span("2020-03-01", "2020-06-01")), "months-inherit"),
    P(
        "1月27日至31日",
        D("2021-01-27/2021-01-31", span("2021-01-27", "2021-02-01")),
        "future-policy",
        policy="future",
    ),
    P(
        "下午2点至4点",
        T("2020-02-26T14:00/2020-02-26T16:00", span("2020-02-26 14:00", "2020-02-26 17:00")),
        "clock-inherits-xiawu",
    ),
    P(
        "1月30日8时至12时",
        T("2020-01-30T08:00/2020-01-30T12:00", span("2020-01-30 08:00", "2020-01-30 13:00")),
        "date-clock-range",
    ),
]


@pytest.mark.parametrize(PARSE_ARGS, RANGES)
def test_ranges(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Open intervals: 自…起 从…起 …以来 (open end), 截至… 到…为止 (open start)
# --------------------------------------------------------------------------------------------


def _since(value: str, start: str) -> Expect:
    return D(value, span(start, None), mod="ON_OR_AFTER")


def _until(value: str, end: str) -> Expect:
    return D(value, span(None, end), mod="ON_OR_BEFORE")


OPEN = [
    P("自1月29日起", _since("2020-01-29", "2020-01-29"), "zi-qi"),
    P("从2月3日起", _since("2020-02-03", "2020-02-03"), "cong-qi"),
    P("1月29日以来", _since("2020-01-29", "2020-01-29"), "yilai"),
    P("自1月29日以来", _since("2020-01-29", "2020-01-29"), "zi-yilai"),
    P("1月29日以來", _since("2020-01-29", "2020-01-29"), "trad-yilai"),
    P("自2020年1月1日起", _since("2020-01-01", "2020-01-01"), "zi-full-date"),
    P("从3月1日起", _since("2020-03-01", "2020-03-01"), "cong-window"),
    P("2019年12月以来", _since("2019-12", "2019-12-01"), "month-yilai"),
    P("今年以来", _since("2020", "2020-01-01"), "jinnian-yilai"),
    P("年初以来", _since("2020", "2020-01-01"), "nianchu-yilai"),
    P("去年以来", _since("2019", "2019-01-01"), "qunian-yilai"),
    P("截至2月10日", _until("2020-02-10", "2020-02-11"), "jiezhi"),
    P("截至2月25日", _until("2020-02-25", "2020-02-26"), "jiezhi-25"),
    P("到2月10日为止", _until("2020-02-10", "2020-02-11"), "dao-weizhi"),
    P("到3月15日为止", _until("2020-03-15", "2020-03-16"), "dao-weizhi-window"),
]


@pytest.mark.parametrize(PARSE_ARGS, OPEN)
def test_open_intervals(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Fuzzy and modified expressions, references
# --------------------------------------------------------------------------------------------

_DCT_DAY = day(DCT)

FUZZY = [
    P("1月上旬", D("2020-01", span("2020-01-01", "2020-01-11"), mod="START"), "shangxun"),
    P("1月中旬", D("2020-01", span("2020-01-11", "2020-01-21"), mod="MID"), "zhongxun"),
    P("1月下旬", D("2020-01", span("2020-01-21", "2020-02-01"), mod="END"), "xiaxun"),
    P("2月下旬", D("2020-02", span("2020-02-21", "2020-03-01"), mod="END"), "xiaxun-leap-feb"),
    P(
        "2019年12月下旬",
        D("2019-12", span("2019-12-21", "2020-01-01"), mod="END"),
        "xiaxun-december",
    ),
    P("本月上旬", D("2020-02", span("2020-02-01", "2020-02-11"), mod="START"), "benyue-shangxun"),
    P("月初", D("2020-02", span("2020-02-01", "2020-02-11"), mod="START"), "yuechu"),
    P("月中", D("2020-02", span("2020-02-11", "2020-02-21"), mod="MID"), "yuezhong"),
    P("月底", D("2020-02", span("2020-02-21", "2020-03-01"), mod="END"), "yuedi"),
    P("月末", D("2020-02", span("2020-02-21", "2020-03-01"), mod="END"), "yuemo"),
    P("上月底", D("2020-01", span("2020-01-21", "2020-02-01"), mod="END"), "shangyue-di"),
    P("下月初", D("2020-03", span("2020-03-01", "2020-03-11"), mod="START"), "xiayue-chu"),
    P("1月底", D("2020-01", span("2020-01-21", "2020-02-01"), mod="END"), "jan-di"),
    P("年初", D("2020", span("2020-01-01", "2020-05-01"), mod="START"), "nianchu"),
    P("今年年初", D("2020", span("2020-01-01", "2020-05-01"), mod="START"), "jinnian-nianchu"),
    P("年中", D("2020", span("2020-05-01", "2020-09-01"), mod="MID"), "nianzhong"),
    P("年底", D("2020", span("2020-09-01", "2021-01-01"), mod="END"), "niandi"),
    P("年末", D("2020", span("2020-09-01", "2021-01-01"), mod="END"), "nianmo"),
    P("岁末", D("2020", span("2020-09-01", "2021-01-01"), mod="END"), "suimo"),
    P("去年年底", D("2019", span("2019-09-01", "2020-01-01"), mod="END"), "qunian-niandi"),
    P("新年伊始", D("2020", span("2020-01-01", "2020-05-01"), mod="START"), "xinnian-yishi"),
    P("开年", D("2020", span("2020-01-01", "2020-05-01"), mod="START"), "kainian"),
    P("春节前夕", D("2020-01-25", mod="BEFORE"), "chunjie-qianxi"),
    P("春节前后", D("2020-01-25", mod="APPROX"), "chunjie-qianhou"),
    P("1月30日前后", D("2020-01-30", day("2020-01-30"), mod="APPROX"), "date-qianhou"),
    P("2月10日左右", D("2020-02-10", day("2020-02-10"), mod="APPROX"), "date-zuoyou"),
    P("约3天", Dur("P3D", "APPROX"), "yue-3-tian"),
    P("3天左右", Dur("P3D", "APPROX"), "3-tian-zuoyou"),
    P("近日", Ref("PAST_REF", mod="APPROX"), "jinri-recent"),
    P("日前", Ref("PAST_REF", mod="APPROX"), "riqian"),
    P("最近", Ref("PAST_REF", mod="APPROX"), "zuijin"),
    P("近期", Ref("PAST_REF", mod="APPROX"), "jinqi"),
    P("目前", want("DATE", "PRESENT_REF", _DCT_DAY, mod=None, anchor="dct"), "muqian"),
    P("当前", Ref("PRESENT_REF", _DCT_DAY), "dangqian"),
    P("现在", Ref("PRESENT_REF", _DCT_DAY), "xianzai"),
    P("至今", Ref("PRESENT_REF", _DCT_DAY), "zhijin"),
    P("截至目前", want("DATE", "PRESENT_REF"), "jiezhi-muqian"),
    P("此前", Ref("PAST_REF"), "ciqian"),
    P("以前", Ref("PAST_REF"), "yiqian"),
    P("过去", Ref("PAST_REF"), "guoqu"),
    P("下一步", Ref("FUTURE_REF"), "xiayibu"),
    P("今后", Ref("FUTURE_REF"), "jinhou"),
    P("未来", Ref("FUTURE_REF"), "weilai"),
    P("将来", Ref("FUTURE_REF"), "jianglai"),
]


@pytest.mark.parametrize(PARSE_ARGS, FUZZY)
def test_fuzzy_and_refs(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Durations and sets
# --------------------------------------------------------------------------------------------

DURATIONS = [
    P("3天", Dur("P3D", None), "3-tian"),
    P("三天", Dur("P3D", None), "san-tian"),
    P("两周", Dur("P2W", None), "liang-zhou"),
    P("一周", Dur("P1W", None), "yi-zhou"),
    P("两个星期", Dur("P2W", None), "liang-ge-xingqi"),
    P("一个多月", Dur("P1M", "MORE_THAN"), "yi-ge-duo-yue"),
    P("一年多", Dur("P1Y", "MORE_THAN"), "yi-nian-duo"),
    P("半年", Dur("P6M", None), "ban-nian"),
    P("24小时", Dur("PT24H", None), "24-xiaoshi"),
    P("二十四小时", Dur("PT24H", None), "zh-24-xiaoshi"),
    P("30分钟", Dur("PT30M", None), "30-fenzhong"),
    P("45分钟", Dur("PT45M", None), "45-fenzhong"),
    P("五个小时", Dur("PT5H", None), "wu-ge-xiaoshi"),
    P("两小时", Dur("PT2H", None), "liang-xiaoshi"),
    P("10秒钟", Dur("PT10S", None), "10-miaozhong"),
    P("数日", Dur("PXD"), "shu-ri"),
    P("几天", Dur("PXD"), "ji-tian"),
    P("数月", Dur("PXM"), "shu-yue"),
    P("数年", Dur("PXY"), "shu-nian"),
    P("两个月", Dur("P2M", None), "liang-ge-yue"),
    P("3个月", Dur("P3M", None), "3-ge-yue"),
    P("三年", Dur("P3Y", None), "san-nian"),
    P("两年", Dur("P2Y", None), "liang-nian"),
    P("14天", Dur("P14D", None), "14-tian"),
    P("十四天", Dur("P14D", None), "zh-14-tian"),
    P("１４天", Dur("P14D", None), "fullwidth-14-tian"),
    P("三十天", Dur("P30D", None), "zh-30-tian"),
    P("未来一周", Dur("P1W"), "weilai-yi-zhou"),
    P("未来几天", Dur("PXD"), "weilai-ji-tian"),
    P("近几日", Dur("PXD"), "jin-ji-ri"),
    P("近两个月", Dur("P2M", "APPROX"), "jin-liang-ge-yue"),
    P("近千天", Dur("P1000D", "APPROX"), "jin-qian-tian"),
    P("近一个月", Dur("P1M", "APPROX"), "jin-yi-ge-yue"),
    P("近3年", Dur("P3Y", "APPROX"), "jin-3-nian"),
]


@pytest.mark.parametrize(PARSE_ARGS, DURATIONS)
def test_durations(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


SETS = [
    P("每天", Every("P1D"), "meitian"),
    P("每日", Every("P1D"), "meiri"),
    P("天天", Every("P1D"), "tiantian"),
    P("每周", Every("P1W"), "meizhou"),
    P("每月", Every("P1M"), "meiyue"),
    P("每年", Every("P1Y"), "meinian"),
    P("每晚", Every("TEV"), "meiwan"),
    P("每周一", Every("XXXX-WXX-1"), "meizhou-1"),
    P("每周三", Every("XXXX-WXX-3"), "meizhou-3"),
    P("每周日", Every("XXXX-WXX-7"), "meizhou-ri"),
    P("每星期五", Every("XXXX-WXX-5"), "mei-xingqi-5"),
    P("每月5日", Every("XXXX-XX-05"), "meiyue-5ri"),
    P("每月5号", Every("XXXX-XX-05"), "meiyue-5hao"),
    P("每月1日", Every("XXXX-XX-01"), "meiyue-1ri"),
    P("每月十五日", Every("XXXX-XX-15"), "meiyue-zh-15"),
]


@pytest.mark.parametrize(PARSE_ARGS, SETS)
def test_sets(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Holidays (fixed and lunar), lunar dates, solar terms, X期间
# --------------------------------------------------------------------------------------------


def _hol(text: str) -> Expect:
    return D(text, day(text), gran="day")


HOLIDAYS = [
    # fixed
    P("元旦", _hol("2020-01-01"), "yuandan"),
    P("2020年元旦", _hol("2020-01-01"), "yuandan-2020"),
    P("情人节", _hol("2020-02-14"), "qingrenjie"),
    P("妇女节", _hol("2020-03-08"), "funvjie-window"),
    P("植树节", _hol("2020-03-12"), "zhishujie-window"),
    P("今年劳动节", _hol("2020-05-01"), "laodongjie"),
    P("劳动节", _hol("2020-05-01"), "laodongjie-future", policy="future"),
    P("今年五一", _hol("2020-05-01"), "wuyi"),
    P("今年青年节", _hol("2020-05-04"), "qingnianjie"),
    P("今年儿童节", _hol("2020-06-01"), "ertongjie"),
    P("今年建党节", _hol("2020-07-01"), "jiandangjie"),
    P("今年七一", _hol("2020-07-01"), "qiyi"),
    P("今年建军节", _hol("2020-08-01"), "jianjunjie"),
    P("今年八一", _hol("2020-08-01"), "bayi"),
    P("今年教师节", _hol("2020-09-10"), "jiaoshijie"),
    P("今年国庆节", _hol("2020-10-01"), "guoqingjie"),
    P("2020年國慶節", _hol("2020-10-01"), "trad-guoqingjie"),
    P("圣诞节", _hol("2019-12-25"), "shengdanjie-past"),
    P("去年圣诞节", _hol("2019-12-25"), "qunian-shengdanjie"),
    P("圣诞节", _hol("2020-12-25"), "shengdanjie-future", policy="future"),
    # lunar festivals
    P("春节", _hol("2020-01-25"), "chunjie"),
    P("2021年春节", _hol("2021-02-12"), "chunjie-2021"),
    P("元宵节", _hol("2020-02-08"), "yuanxiao"),
    P("元宵节", _hol("2021-02-26"), "yuanxiao-future", policy="future"),
    P("今年端午节", _hol("2020-06-25"), "duanwu"),
    P("端午节", _hol("2020-06-25"), "duanwu-future", policy="future"),
    P("今年七夕", _hol("2020-08-25"), "qixi"),
    P("今年中秋节", _hol("2020-10-01"), "zhongqiu"),
    P("去年中秋节", _hol("2019-09-13"), "qunian-zhongqiu"),
    P("中秋节", _hol("2019-09-13"), "zhongqiu-past"),
    P("今年重阳节", _hol("2020-10-25"), "chongyang"),
    P("腊八", _hol("2020-01-02"), "laba", dct="2020-01-10"),
    P("小年", _hol("2020-01-17"), "xiaonian", dct="2020-01-20"),
    P("除夕", _hol("2020-01-24"), "chuxi"),
    # lunar dates
    P("农历正月初一", _hol("2020-01-25"), "nongli-zhengyue-chuyi"),
    P("農曆正月初一", _hol("2020-01-25"), "trad-nongli"),
    P("正月十五", _hol("2020-02-08"), "zhengyue-15"),
    P("正月初六", _hol("2020-01-30"), "zhengyue-chuliu"),
    P("腊月二十八", _hol("2020-01-22"), "layue-28"),
    P("腊月廿八", _hol("2020-01-22"), "layue-nian8"),
    P("臘月二十八", _hol("2020-01-22"), "trad-layue"),
    P("冬月初三", _hol("2019-11-28"), "dongyue-chusan"),
    P("农历八月十五", _hol("2019-09-13"), "nongli-8-15"),
    P("2020年农历五月初五", _hol("2020-06-25"), "nongli-with-year"),
    # solar terms
    P("今年清明", _hol("2020-04-04"), "qingming"),
    P("今年清明节", _hol("2020-04-04"), "qingmingjie"),
    P("2021年清明节", _hol("2021-04-04"), "qingmingjie-2021"),
    P("立春", _hol("2020-02-04"), "lichun"),
    P("惊蛰", _hol("2020-03-05"), "jingzhe-window"),
    P("春分", _hol("2020-03-20"), "chunfen-window"),
    P("今年夏至", _hol("2020-06-21"), "xiazhi"),
    P("去年冬至", _hol("2019-12-22"), "dongzhi"),
    P("大寒", _hol("2020-01-20"), "dahan"),
    # X期间 / 假期
    P("春节期间", D("2020-01-25", span("2020-01-24", "2020-01-31")), "chunjie-qijian"),
    P("春节假期", D("2020-01-25", span("2020-01-24", "2020-01-31")), "chunjie-jiaqi"),
    P(
        "2021年春节期间",
        D("2021-02-12", span("2021-02-11", "2021-02-18")),
        "chunjie-qijian-2021",
    ),
    P("今年国庆期间", D("2020-10-01", span("2020-10-01", "2020-10-08")), "guoqing-qijian"),
    P(
        "国庆期间",
        D("2020-10-01", span("2020-10-01", "2020-10-08")),
        "guoqing-qijian-after",
        dct="2020-10-20",
    ),
    P(
        "十一期间",
        D("2020-10-01", span("2020-10-01", "2020-10-08")),
        "shiyi-qijian",
        dct="2020-10-20",
    ),
    P("十一黄金周", D("2020-10-01"), "shiyi-huangjinzhou", dct="2020-10-20"),
    P("十一假期", D("2020-10-01"), "shiyi-jiaqi", dct="2020-10-20"),
]


@pytest.mark.parametrize(PARSE_ARGS, HOLIDAYS)
def test_holidays_lunar_and_solar_terms(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Traditional characters mean the same
# --------------------------------------------------------------------------------------------

TRADITIONAL = [
    P("週三", _rel_day("2020-02-26"), "zhou3"),
    P("上週五", _rel_day("2020-02-21"), "shangzhou5"),
    P("週末", D("2020-W09-WE", span("2020-02-29", "2020-03-02")), "zhoumo"),
    P("1月30號", D("2020-01-30", day("2020-01-30")), "hao"),
    P("後天", _rel_day("2020-02-28"), "houtian"),
    P("兩週", Dur("P2W", None), "liang-zhou"),
    P("兩週前", D("2020-W07", W07), "liang-zhou-qian"),
    P("兩個月", Dur("P2M", None), "liang-ge-yue"),
    P("一個多月", Dur("P1M", "MORE_THAN"), "yi-ge-duo-yue"),
    P("三個月後", D("2020-05", month(2020, 5)), "san-ge-yue-hou"),
    P("兩天後", _rel_day("2020-02-28"), "liang-tian-hou"),
    P("三點鐘", _clock("2020-02-26", "03:00", "hour", None), "san-dianzhong"),
    P("十分鐘", Dur("PT10M", None), "shi-fenzhong"),
    P("每週一", Every("XXXX-WXX-1"), "mei-zhou-1"),
    P("今年以來", _since("2020", "2020-01-01"), "jinnian-yilai"),
    P("1月30日晚間", _pod("2020-01-30", "TEV", 18, 24), "date-wanjian"),
]


@pytest.mark.parametrize(PARSE_ARGS, TRADITIONAL)
def test_traditional_characters(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# No DCT and no narrative anchor: partial values keep their X's, no interval
# --------------------------------------------------------------------------------------------

NO_DCT = [
    P("1月30日", D("XXXX-01-30", None), "month-day", dct=None),
    P("10月9日", D("XXXX-10-09", None), "contract-example", dct=None),
    P("25日", D("XXXX-XX-25", None), "bare-day", dct=None),
    P("3月", D("XXXX-03", None), "bare-month", dct=None),
    P("下午", T("XXXX-XX-XXTAF", None), "xiawu", dct=None),
    P("下午3点", T("XXXX-XX-XXT15:00", None), "xiawu-3dian", dct=None),
    P("晚上8点半", T("XXXX-XX-XXT20:30", None), "wanshang-8-ban", dct=None),
    P("1月27日至31日", D("XXXX-01-27/XXXX-01-31", None), "range", dct=None),
    P("2020年1月30日", D("2020-01-30", day("2020-01-30")), "full-date-still-full", dct=None),
    P("2020年1月30日下午", _pod("2020-01-30", "TAF", 12, 18), "full-date-pod", dct=None),
    P("3天", Dur("P3D"), "duration", dct=None),
    P("每天", Every("P1D"), "set", dct=None),
]


@pytest.mark.parametrize(PARSE_ARGS, NO_DCT)
def test_without_dct(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --------------------------------------------------------------------------------------------
# Impossible dates: reported, never silently fixed
# --------------------------------------------------------------------------------------------

IMPOSSIBLE = [
    P("2月30日", want(warns="impossible", iv=None), "feb-30"),
    P("2019年2月29日", want(warns="impossible", iv=None), "feb-29-non-leap"),
    P("2021年2月29日", want(warns="impossible", iv=None), "feb-29-2021"),
    P("2020年4月31日", want(warns="impossible", iv=None), "apr-31"),
    P("6月31日", want(warns="impossible", iv=None), "jun-31"),
    P("二月三十日", want(warns="impossible", iv=None), "zh-feb-30"),
]


@pytest.mark.parametrize(PARSE_ARGS, IMPOSSIBLE)
def test_impossible_dates(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


def test_impossible_date_in_text_is_a_mention() -> None:
    text = "通知上写的2月30日显然是笔误。"
    mentions = find(text)
    m = the_one_containing(mentions, "2月30日")
    check(m.time, want(warns="impossible", iv=None), text)


# --------------------------------------------------------------------------------------------
# find_times: one mention per sentence, exact span
# --------------------------------------------------------------------------------------------


def S(
    text: str, mention: str, exp: Expect, id: str, *, dct: Any = DCT, policy: str = "past"
) -> Any:
    """One single-mention row: (text, dct, policy, mention text, expected)."""
    return pytest.param(text, dct, policy, mention, exp, id=id)


SENTENCES = [
    S("省政府于1月30日下午召开专题会议。", "1月30日下午", _pod("2020-01-30", "TAF", 12, 18), "pod"),
    S("新规自3月1日起施行。", "自3月1日起", _since("2020-03-01", "2020-03-01"), "zi-qi"),
    S("从2月3日起，各窗口暂停现场受理。", "从2月3日起", _since("2020-02-03", "2020-02-03"), "cong"),
    S("1月29日以来，志愿者坚持上门走访。", "1月29日以来", _since("2020-01-29", "2020-01-29"), "yl"),
    S("截至2月10日，累计排查车辆逾万辆。", "截至2月10日", _until("2020-02-10", "2020-02-11"), "jz"),
    S("线上报名到2月20日为止。", "到2月20日为止", _until("2020-02-20", "2020-02-21"), "weizhi"),
    S("展览于1月27日至31日在市博物馆举行。", "1月27日至31日", _JAN27_31, "range"),
    S("今年以来，全市新增就业岗位持续增加。", "今年以来", _since("2020", "2020-01-01"), "jn-yl"),
    S("气象台预报，一股冷空气下周影响我省。", "下周", D("2020-W10", W10), "xiazhou"),
    S(
        "全市中小学推迟到3月中旬开学。",
        "3月中旬",
        D("2020-03", span("2020-03-11", "2020-03-21"), mod="MID"),
        "tuichi-zhongxun",
    ),
    S("他在方舱医院连续工作了一个多月。", "一个多月", Dur("P1M", "MORE_THAN"), "duration"),
    S("病房每天消毒两次。", "每天", Every("P1D"), "set"),
    S("解除隔离后还需居家观察14天。", "14天", Dur("P14D"), "14-tian"),
    S("物价在近两个月保持平稳。", "近两个月", Dur("P2M", "APPROX"), "jin-inside-span"),
    S(
        "春节期间，景区暂停开放。",
        "春节期间",
        D("2020-01-25", span("2020-01-24", "2020-01-31")),
        "chunjie-qijian",
    ),
    S(
        "记者2月26日 星期三从市卫健委获悉。",
        "2月26日 星期三",
        D("2020-02-26", day("2020-02-26"), clean=True),
        "weekday-apposition",
    ),
    S(
        "该店1月21日 星期二停止营业。",
        "1月21日 星期二",
        D("2020-01-21", day("2020-01-21"), clean=True),
        "weekday-apposition-2",
    ),
    S("展会定于5月10日开幕。", "5月10日", D("2020-05-10", day("2020-05-10")), "cue-dingyu"),
    S("比赛计划在12月底结束。", "12月底", D("2020-12", mod="END"), "cue-jihua"),
    S("这批物资预计3月29日运抵。", "3月29日", D("2020-03-29"), "cue-yuji"),
    S("新规将于1月15日正式实施。", "1月15日", D("2021-01-15"), "cue-jiangyu"),
    S("活动推迟至4月20日举行。", "4月20日", D("2020-04-20"), "cue-tuichizhi"),
    S(
        "气象部门预测4月2日前后有明显降雨。",
        "4月2日前后",
        D("2020-04-02", mod="APPROX"),
        "cue-yuce",
    ),
    S("工人们将于后天返岗。", "后天", _rel_day("2020-02-28"), "houtian"),
    S("晚上8点半，街道上已空无一人。", "晚上8点半", _clock(DCT, "20:30", "minute", None), "clock"),
    S("货车凌晨2时许抵达仓库。", "凌晨2时许", _clock(DCT, "02:00", "hour", "APPROX"), "xu"),
    S("会议在下午3点半结束。", "下午3点半", _clock(DCT, "15:30", "minute", None), "ban"),
    S("３月５日，工厂全面复产。", "３月５日", D("2020-03-05", day("2020-03-05")), "fullwidth"),
    S(
        "二〇一九年十二月三十日，当地发布首份通报。",
        "二〇一九年十二月三十日",
        D("2019-12-30", day("2019-12-30"), anchor="none"),
        "zh-full-date",
    ),
    S("他在 1 月 30 日下午抵达。", "1 月 30 日下午", _pod("2020-01-30", "TAF", 12, 18), "spaced"),
    S("我们于 2020 年 2 月 3 日收到通知。", "2020 年 2 月 3 日", D("2020-02-03"), "spaced-2"),
    S("目前，全省交通运输秩序正常。", "目前", Ref("PRESENT_REF", _DCT_DAY), "muqian"),
    S("近日，市场监管部门开展专项检查。", "近日", Ref("PAST_REF", mod="APPROX"), "jinri"),
    S("下一步，我们将加快项目审批。", "下一步", Ref("FUTURE_REF"), "xiayibu"),
    S("复工复产工作在一季度取得进展。", "一季度", D("2020-Q1"), "q1"),
    S("新院区计划于明年春季投入使用。", "明年春季", D("2021-SP"), "spring"),
    S("两周前，该社区出现首例病例。", "两周前", D("2020-W07", W07), "liang-zhou-qian"),
    S("居民每周一可到服务站领取物资。", "每周一", Every("XXXX-WXX-1"), "meizhou-1"),
    S("首批医疗队腊月二十八出发。", "腊月二十八", _hol("2020-01-22"), "lunar"),
    S("项目于2020年1月20日开工。", "2020年1月20日", D("2020-01-20", anchor="none"), "full"),
    S("各單位於2月28號報送材料。", "2月28號", D("2020-02-28"), "trad-hao"),
    S("他們後天將返回單位。", "後天", _rel_day("2020-02-28"), "trad-houtian"),
    S("工程歷時兩週。", "兩週", Dur("P2W"), "trad-liang-zhou"),
]


@pytest.mark.parametrize("text,dct,policy,mention,exp", SENTENCES)
def test_single_mention_sentences(
    text: str, dct: Any, policy: str, mention: str, exp: Expect
) -> None:
    mentions = find(text, dct, policy)
    assert [m.text for m in mentions] == [mention]
    m = mentions[0]
    assert (m.start, m.end) == (text.index(mention), text.index(mention) + len(mention))
    check(m.time, exp, text)


# --------------------------------------------------------------------------------------------
# find_times over whole texts: narrative anchoring, left to right
# --------------------------------------------------------------------------------------------


def Q(
    text: str,
    expected: list[tuple[str, Expect]],
    id: str,
    *,
    dct: Any = DCT,
    policy: str = "past",
) -> Any:
    """One sequence row: (text, dct, policy, [(mention text, expected), ...])."""
    return pytest.param(text, dct, policy, expected, id=id)


SEQUENCES = [
    Q(
        "2020年1月27日，项目启动。次日，首批工人进场。",
        [
            ("2020年1月27日", D("2020-01-27", anchor="none")),
            ("次日", D("2020-01-28", day("2020-01-28"), anchor="narrative")),
        ],
        "ciri",
    ),
    Q(
        "2020年1月27日，方案出台。第二天，专班成立。",
        [("2020年1月27日", D("2020-01-27")), ("第二天", D("2020-01-28", anchor="narrative"))],
        "di-er-tian",
    ),
    Q(
        "1月27日，通告发布；翌日，各卡口开始值守。",
        [("1月27日", D("2020-01-27")), ("翌日", D("2020-01-28", anchor="narrative"))],
        "yiri",
    ),
    Q(
        "2019年12月31日，预案启动。次日，全员到岗。",
        [("2019年12月31日", D("2019-12-31")), ("次日", D("2020-01-01", day("2020-01-01")))],
        "ciri-across-year",
    ),
    Q(
        "1月30日上午，指挥部召开会议；下午3点，物资全部到位。",
        [
            ("1月30日上午", _pod("2020-01-30", "TMO", 6, 12)),
            ("下午3点", want("TIME", "2020-01-30T15:00", hour("2020-01-30 15:00"))),
        ],
        "clock-takes-narrative-day",
    ),
    Q(
        "1月30日上午，检查组出发，下午返回。",
        [
            ("1月30日上午", _pod("2020-01-30", "TMO", 6, 12)),
            ("下午", _pod("2020-01-30", "TAF", 12, 18, "narrative")),
        ],
        "pod-takes-narrative-day",
    ),
    Q(
        "2019年12月31日晚上，系统升级；翌日凌晨恢复运行。",
        [
            ("2019年12月31日晚上", _pod("2019-12-31", "TEV", 18, 24)),
            ("翌日凌晨", _pod("2020-01-01", "TNI", 0, 6)),
        ],
        "yiri-lingchen",
    ),
    Q(
        "2月2日，小区实行封闭管理。5日，封闭措施升级。",
        [
            ("2月2日", D("2020-02-02")),
            ("5日", D("2020-02-05", day("2020-02-05"), anchor="narrative")),
        ],
        "bare-day-after-date",
    ),
    Q(
        "1月30日，医疗队出发。2日，医疗队抵达目的地。",
        [("1月30日", D("2020-01-30")), ("2日", D("2020-02-02", day("2020-02-02")))],
        "bare-day-next-month-within-7-days",
    ),
    Q(
        "2020年1月20日，专家组到达。当天晚上，专家组召开会议。",
        [("2020年1月20日", D("2020-01-20")), ("当天晚上", _pod("2020-01-20", "TEV", 18, 24))],
        "dangtian-wanshang",
    ),
    Q(
        "1月30日上午，会议召开。当晚，工作组连夜出发。",
        [
            ("1月30日上午", _pod("2020-01-30", "TMO", 6, 12)),
            ("当晚", _pod("2020-01-30", "TEV", 18, 24)),
        ],
        "dangwan",
    ),
    Q(
        "2月10日，调度会召开。同日，第二批物资运抵。",
        [("2月10日", D("2020-02-10")), ("同日", D("2020-02-10", day("2020-02-10")))],
        "tongri",
    ),
    Q(
        "2月2日，物资到达。同一天，消毒作业完成。",
        [("2月2日", D("2020-02-02")), ("同一天", D("2020-02-02", anchor="narrative"))],
        "tongyitian",
    ),
    Q(
        "1月30日，会议召开，当日下发通知。",
        [("1月30日", D("2020-01-30")), ("当日", D("2020-01-30", anchor="narrative"))],
        "dangri",
    ),
    Q(
        "2月10日，通知印发。前一天，企业已提交申请。",
        [("2月10日", D("2020-02-10")), ("前一天", D("2020-02-09", day("2020-02-09")))],
        "qianyitian",
    ),
    Q(
        "2019年11月5日，调查结果公布。9月，调查组已进驻。",
        [
            ("2019年11月5日", D("2019-11-05")),
            ("9月", D("2019-09", month(2019, 9), anchor="narrative")),
        ],
        "bare-month-after-date",
        dct="2021-06-01",
    ),
    Q(
        "2020年3月1日，新学期开始。3日至5日，学生分批返校。",
        [
            ("2020年3月1日", D("2020-03-01")),
            ("3日至5日", D("2020-03-03/2020-03-05", span("2020-03-03", "2020-03-06"))),
        ],
        "range-takes-anchor-month",
        dct="2020-03-10",
    ),
    Q(
        "昨天上午，市里召开会议；下午3点，督查组出发。",
        [
            ("昨天上午", _pod("2020-02-25", "TMO", 6, 12, "dct")),
            ("下午3点", want("TIME", "2020-02-25T15:00", hour("2020-02-25 15:00"))),
        ],
        "relative-date-becomes-narrative",
    ),
    Q(
        "2019年5月4日，大桥通车。今年，大桥完成检修。",
        [("2019年5月4日", D("2019-05-04")), ("今年", D("2020", year(2020), anchor="dct"))],
        "jinnian-stays-dct",
    ),
    Q(
        "1月27日，方案印发。昨天，方案完成修订。",
        [("1月27日", D("2020-01-27")), ("昨天", D("2020-02-25", anchor="dct"))],
        "zuotian-stays-dct",
    ),
    Q(
        "2019年12月30日，预警发布。次日，应急响应启动。1月3日，专家组抵达。当天，专家组开展调查。",
        [
            ("2019年12月30日", D("2019-12-30")),
            ("次日", D("2019-12-31")),
            ("1月3日", D("2020-01-03")),
            ("当天", D("2020-01-03", anchor="narrative")),
        ],
        "left-to-right",
    ),
    Q(
        "2月3日上午9时，车队出发，11时30分抵达。",
        [
            ("2月3日上午9时", want("TIME", "2020-02-03T09:00", hour("2020-02-03 09:00"))),
            ("11时30分", want("TIME", "2020-02-03T11:30", minute("2020-02-03 11:30"))),
        ],
        "second-clock-same-day",
    ),
    Q(
        "2020年1月30日，会议召开。次日，通知下发。",
        [("2020年1月30日", D("2020-01-30")), ("次日", D("2020-01-31", day("2020-01-31")))],
        "narrative-without-dct",
        dct=None,
    ),
    Q(
        "下午，检查组抵达现场。",
        [("下午", T("XXXX-XX-XXTAF", None))],
        "pod-without-any-anchor",
        dct=None,
    ),
    Q(
        "1月30日下午，会议召开。2月2日，方案印发。",
        [("1月30日下午", _pod("2020-01-30", "TAF", 12, 18)), ("2月2日", D("2020-02-02"))],
        "two-dates",
    ),
    Q(
        "2020年1月27日，方案出台。此后三天，专班连续调度。",
        [
            ("2020年1月27日", D("2020-01-27")),
            ("此后三天", want("DURATION", "P3D", span("2020-01-28", "2020-01-31"))),
        ],
        "anchored-duration-cihou",
    ),
    Q(
        "1月20日，工作组成立。25日，工作组完成首轮排查。",
        [("1月20日", D("2020-01-20")), ("25日", D("2020-01-25", anchor="narrative"))],
        "bare-day-jan",
    ),
]


@pytest.mark.parametrize("text,dct,policy,expected", SEQUENCES)
def test_sequences(text: str, dct: Any, policy: str, expected: list[tuple[str, Expect]]) -> None:
    mentions = find(text, dct, policy)
    assert [m.text for m in mentions] == [w for w, _ in expected]
    for m, (_, exp) in zip(mentions, expected, strict=True):
        check(m.time, exp, f"{text} [{m.text}]")


# --------------------------------------------------------------------------------------------
# find_times where the exact span is not fixed by the contract: find the mention by content
# --------------------------------------------------------------------------------------------


def C(text: str, needle: str, exp: Expect, id: str, *, dct: Any = DCT, policy: str = "past") -> Any:
    """One loose row: the single mention containing ``needle`` has the expected fields."""
    return pytest.param(text, dct, policy, needle, exp, id=id)


CONTAINING = [
    C("今年清明节，市民可通过网络预约祭扫。", "清明", _hol("2020-04-04"), "jinnian-qingming"),
    C(
        "今年劳动节假期从5月1日至5日。",
        "5月1日",
        D("2020-05-01/2020-05-05", span("2020-05-01", "2020-05-06")),
        "year-governs-range",
    ),
    C(
        "今年国庆期间，景区实行预约游览。",
        "国庆",
        want(iv=span("2020-10-01", "2020-10-08")),
        "guoqing-qijian",
    ),
    C(
        "国庆期间，全市受理量明显下降。",
        "国庆",
        want(iv=span("2020-10-01", "2020-10-08")),
        "guoqing-qijian-oct",
        dct="2020-10-20",
    ),
    C(
        "2020年3月5日 14:20，车辆抵达。",
        "14:20",
        want("TIME", "2020-03-05T14:20", minute("2020-03-05 14:20")),
        "date-space-clock",
    ),
    C("1月30日起，各小区实行封闭管理。", "1月30日", want(value="2020-01-30"), "qi-without-zi"),
    C("去年12月30日，该项目通过验收。", "12月30日", D("2019-12-30"), "qunian-md"),
    C("今年12月30日前后，新线有望开通。", "12月30日", want(value="2020-12-30"), "jinnian-md"),
    C(
        "1月26日(星期三)，各部门召开视频会议。",
        "1月26日",
        D("2022-01-26", day("2022-01-26"), clean=True),
        "weekday-picks-year",
        dct="2023-03-01",
    ),
    C(
        "1月26日(星期三)，各部门召开视频会议。",
        "星期三",
        D("2022-01-26", clean=True),
        "weekday-mention-same-value",
        dct="2023-03-01",
    ),
    C(
        "5月6日（星期三），展馆恢复开放。",
        "5月6日",
        D("2020-05-06", day("2020-05-06")),
        "weekday-beats-policy",
    ),
    C(
        "5月6日（星期三），展馆恢复开放。",
        "星期三",
        D("2020-05-06"),
        "weekday-beats-policy-weekday-mention",
    ),
    C(
        "2020年1月21日(星期二)，通知印发。",
        "2020年1月21日",
        D("2020-01-21", day("2020-01-21"), clean=True),
        "bracketed-weekday-date",
    ),
    C(
        "2020年1月21日(星期二)，通知印发。",
        "星期二",
        D("2020-01-21", clean=True),
        "bracketed-weekday-own-mention",
    ),
    C("2月26日 週三，各校開展線上教學。", "2月26日", D("2020-02-26", clean=True), "trad-zhou3"),
    C(
        "2020年1月21日（星期三），通知印发。",
        "2020年1月21日",
        D("2020-01-21", day("2020-01-21")),
        "mismatch-keeps-date",
    ),
]


@pytest.mark.parametrize("text,dct,policy,needle,exp", CONTAINING)
def test_mentions_by_content(text: str, dct: Any, policy: str, needle: str, exp: Expect) -> None:
    m = the_one_containing(find(text, dct, policy), needle)
    check(m.time, exp, f"{text} [{m.text}]")


# --------------------------------------------------------------------------------------------
# Weekday mismatch: a warning, the date unchanged
# --------------------------------------------------------------------------------------------

WEEKDAY_MISMATCH = [
    pytest.param("2020年1月21日 星期三，通知印发。", "2020-01-21", id="space-no-bracket"),
    pytest.param("2020年1月21日（星期三），通知印发。", "2020-01-21", id="fullwidth-bracket"),
    pytest.param("2020年1月21日(星期三)，通知印发。", "2020-01-21", id="ascii-bracket"),
    pytest.param("2020年2月27日周三，社区恢复开放。", "2020-02-27", id="zhou-no-space"),
    pytest.param("2020年2月27日 礼拜三，社区恢复开放。", "2020-02-27", id="libai"),
    pytest.param("2020年2月27日(週三)，社區恢復開放。", "2020-02-27", id="trad-zhou"),
]


@pytest.mark.parametrize("text,value", WEEKDAY_MISMATCH)
def test_weekday_mismatch_is_reported(text: str, value: str) -> None:
    mentions = find(text)
    assert any(m.time.value == value for m in mentions), [m.time.value for m in mentions]
    assert all(m.time.value == value for m in mentions), "the weekday must not move the date"
    warned = [w for m in mentions for w in m.time.warnings if "weekday" in w.lower()]
    assert warned, f"no weekday warning in {[m.time.warnings for m in mentions]}"
