"""Forms beyond the conventions' own examples: zodiac and ROC years, Taiwan-style days,
centuries, and the context rules that keep look-alike words out."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import find_times

D = datetime


@pytest.mark.parametrize(
    ("text", "dct", "mention", "value", "start", "end"),
    [
        pytest.param("送走牛年，迎来虎年", "1998-01-31", "虎年", "1998", D(1998, 1, 28),
                     D(1999, 2, 16), id="zodiac-current"),
        pytest.param("送走牛年，迎来虎年", "1998-01-31", "牛年", "1997", D(1997, 2, 7),
                     D(1998, 1, 28), id="zodiac-previous"),
        pytest.param("2020年是鼠年", "1998-01-31", "鼠年", "2020", D(2020, 1, 25),
                     D(2021, 2, 12), id="zodiac-governed-by-year"),
        pytest.param("争取年内完成", "2020-02-26", "年内", "2020", D(2020, 1, 1),
                     D(2021, 1, 1), id="nian-nei"),
        pytest.param("来年再聚", "2020-02-26", "来年", "2021", D(2021, 1, 1), D(2022, 1, 1),
                     id="lai-nian"),
        pytest.param("行政院昨（26）日下午宣布", "2020-02-27", "昨（26）日下午", "2020-02-26TAF",
                     D(2020, 2, 26, 12), D(2020, 2, 26, 18), id="taiwan-bracket-day"),
        pytest.param("民國109年2月26日公布", "2020-03-01", "民國109年2月26日", "2020-02-26",
                     D(2020, 2, 26), D(2020, 2, 27), id="roc-year"),
        pytest.param("本世纪初", "2020-02-26", "本世纪初", "20", D(2000, 1, 1), D(2100, 1, 1),
                     id="this-century"),
        pytest.param("上世纪90年代", "2020-02-26", "上世纪90年代", "199", D(1990, 1, 1),
                     D(2000, 1, 1), id="last-century-decade"),
        pytest.param("发表新年讲话", "1998-01-31", "新年", "1998-01-01", D(1998, 1, 1),
                     D(1998, 1, 2), id="xin-nian"),
        pytest.param("今年前两个月，零售额增长", "2021-03-15", "今年前两个月", "2021-01/2021-02",
                     D(2021, 1, 1), D(2021, 3, 1), id="first-months"),
        pytest.param("3月28日0—24时，新增病例", "2022-03-29", "3月28日0—24时",
                     "2022-03-28T00:00/2022-03-29T00:00", D(2022, 3, 28), D(2022, 3, 29),
                     id="whole-day-hours"),
        pytest.param("下午3-5点开放", "2020-02-10", "下午3-5点",
                     "2020-02-10T15:00/2020-02-10T17:00", D(2020, 2, 10, 15), D(2020, 2, 10, 18),
                     id="inline-hour-range"),
        pytest.param("2月中下旬完成", "2020-02-10", "2月中下旬", "2020-02", D(2020, 2, 11),
                     D(2020, 3, 1), id="mid-late-month"),
        pytest.param("晚7时开幕", "2020-02-10", "晚7时", "2020-02-10T19:00", D(2020, 2, 10, 19),
                     D(2020, 2, 10, 20), id="short-evening-clock"),
        pytest.param("以色列总理府三日晚宣布", "1998-01-05", "三日晚", "1998-01-03TEV",
                     D(1998, 1, 3, 18), D(1998, 1, 4), id="cn-day-with-evening"),
    ],
)
def test_extension(text: str, dct: str, mention: str, value: str, start: datetime,
                   end: datetime) -> None:
    found = [m for m in find_times(text, dct=dct) if m.text == mention]
    assert len(found) == 1, [m.text for m in find_times(text, dct=dct)]
    t = found[0].time
    assert (t.value, t.start, t.end) == (value, start, end)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("这体现在三个方面", "现在", id="ti-xian-zai"),
        pytest.param("民警再次发现在逃人员", "现在", id="fa-xian-zai"),
        pytest.param("笑容浮现在脸上", "现在", id="fu-xian-zai"),
        pytest.param("他走过去看了看", "过去", id="directional-guo-qu"),
        pytest.param("这件事过去了", "过去", id="guo-qu-le"),
        pytest.param("说得近一点，", "一点", id="yi-dian"),
        pytest.param("猴年马月才能办成", "猴年", id="idiom-monkey-year"),
        pytest.param("每周一次例会", "每周一", id="weekly-once"),
        pytest.param("1990年代", "90年代", id="decade-inside-number"),
        pytest.param("晚上好，各位", "晚上", id="greeting"),
        pytest.param("1月10日开始，2月18日结束", "开始", id="bare-kaishi-not-in-span"),
    ],
)
def test_not_a_time(text: str, absent: str) -> None:
    assert not [m for m in find_times(text, dct="2020-02-26") if absent in m.text]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("过去一年，我们做了很多", "P1Y", id="guo-qu-duration"),
        pytest.param("与过去相比", "PAST_REF", id="guo-qu-ref"),
        pytest.param("现在开始", "PRESENT_REF", id="xian-zai"),
    ],
)
def test_reference_words_still_found(text: str, value: str) -> None:
    assert [m.time.value for m in find_times(text, dct="2020-02-26")] == [value]


def test_until_midnight_ends_at_midnight() -> None:
    (m,) = find_times("截至2月9日24时，累计确诊", dct="2020-02-10")
    assert (m.time.mod, m.time.start, m.time.end) == ("ON_OR_BEFORE", None, D(2020, 2, 10))


@pytest.mark.parametrize(
    ("text", "mention", "value", "mod", "warning"),
    [
        pytest.param("约3月10日", "约3月10日", "2020-03-10", "APPROX", None, id="approx-date"),
        pytest.param("大约2020年3月", "大约2020年3月", "2020-03", "APPROX", None,
                     id="approx-year-month"),
        pytest.param("一个半月", "一个半月", "P45D", None, None, id="month-and-a-half"),
        pytest.param("两个半小时", "两个半小时", "PT150M", None, None, id="hours-and-a-half"),
        pytest.param("十来天", "十来天", "P10D", "APPROX", None, id="about-ten-days"),
        pytest.param("深夜12点", "深夜12点", "2020-02-27T00:00", None, None, id="late-night-12"),
        pytest.param("晚上0点", "晚上0点", "2020-02-27T00:00", None, None, id="evening-0"),
        pytest.param("下午3:30", "下午3:30", "2020-02-26T15:30", None, None, id="colon-pm"),
        pytest.param("３：２６", "３：２６", "2020-02-26T03:26", None, None, id="wide-colon"),
        pytest.param("二月初二", "二月初二", "2020-02-24", None, None, id="lunar-no-nongli"),
        pytest.param("五月二十一日", "五月二十一日", "2019-05-21", None, None,
                     id="gregorian-cn-day"),
        pytest.param("11月至次年2月", "11月至次年2月", "2019-11/2020-02", None, None,
                     id="next-year-range-end"),
        pytest.param("每周末", "每周末", "XXXX-WXX-WE", None, None, id="every-weekend"),
        pytest.param("午夜", "午夜", "2020-02-27TNI", None, None, id="midnight-alone"),
        pytest.param("2019年2月29日下午", "2019年2月29日下午", "2019-02-29TAF", None,
                     "impossible", id="impossible-with-afternoon"),
        pytest.param("13月5日", "13月5日", "XXXX-13-05", None, "no month 13",
                     id="impossible-month"),
    ],
)
def test_fixed_forms(text: str, mention: str, value: str, mod: str | None,
                     warning: str | None) -> None:
    (m,) = find_times(text, dct="2020-02-26")
    assert (m.text, m.time.value, m.time.mod) == (mention, value, mod)
    if warning:
        assert any(warning in w for w in m.time.warnings)
    else:
        assert m.time.warnings == ()


def test_narrative_after_range_is_its_last_day() -> None:
    values = [m.time.value for m in find_times("3月2日至6日，次日", dct="2020-02-26")]
    assert values == ["2020-03-02/2020-03-06", "2020-03-07"]


def test_ordinal_day_is_not_a_time() -> None:
    assert find_times("第3天", dct="2020-02-26") == []
