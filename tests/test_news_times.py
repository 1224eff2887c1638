"""Table-driven tests of issue 11's real-news phenomena, in sentences written for these tests.

Each row names only the fields it cares about (helpers from ``test_conventions``). Unless a row
says otherwise the DCT is 2020-02-26, a Wednesday, and the policy is ``past``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_conventions import (
    DCT,
    PARSE_ARGS,
    D,
    Dur,
    Every,
    Expect,
    P,
    T,
    check,
    day,
    find,
    hour,
    minute,
    month,
    run_parse,
    span,
    the_one_containing,
    want,
    year,
)


def S(text: str, needle: str, exp: Expect | None, id: str, *, dct: Any = DCT,
      policy: str = "past") -> Any:
    """One sentence row: the mention containing ``needle`` has ``exp``; ``None``: no mention
    contains it."""
    return pytest.param(text, needle, exp, dct, policy, id=id)


SENTENCE_ARGS = "text,needle,exp,dct,policy"


def run_sentence(text: str, needle: str, exp: Expect | None, dct: Any, policy: str) -> None:
    mentions = find(text, dct, policy)
    if exp is None:
        assert not [m for m in mentions if needle in m.text], [m.text for m in mentions]
        return
    check(the_one_containing(mentions, needle).time, exp, f"{text} / {needle}")


# --- schedules: a part of day on its own line governs the clock times under it ------------

SCHEDULES = [
    S("议程\n下午\n2:30 分组讨论\n4:00 总结", "2:30",
      T("2020-02-26T14:30", minute("2020-02-26 14:30")), "header-pm"),
    S("议程\n下午\n2:30 分组讨论\n4:00 总结", "4:00", T("2020-02-26T16:00"), "header-pm-second"),
    S("上午：\n9:00 报到\n下午：\n3:00 参观", "3:00", T("2020-02-26T15:00"), "header-colon"),
    S("上午：\n9:00 报到\n下午：\n3:00 参观", "9:00", T("2020-02-26T09:00"), "header-am"),
    S("下午\n3月2日\n2:30 出发", "2:30", T("2020-03-02T02:30"), "a-date-ends-the-block"),
    S("会议下午召开。\n2:30 开始签到", "2:30", T("2020-02-26T02:30"), "not-a-header"),
    S("下午\n14:30 出发", "14:30", T("2020-02-26T14:30"), "24h-clock-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, SCHEDULES)
def test_schedule_blocks(text: str, needle: str, exp: Expect | None, dct: Any,
                         policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- future cues lean forward but never a year past a date just gone ----------------------

FUTURE = [
    S("预计4月1日起恢复运营。", "4月1日", D("2020-04-01", span("2020-04-01", None)),
      "cue-recent-day", dct="2020-04-02"),
    S("新馆将于1月10日开放。", "1月10日", D("2021-01-10", day("2021-01-10")), "cue-next-year"),
    S("比赛将于3月1日举行。", "3月1日", D("2020-03-01"), "cue-soon"),
    S("预计25日夜间降温。", "25日", T("2020-02-25TEV"), "cue-bare-day-just-gone"),
    S("定于2月20日至22日举办。", "2月20日", D("2020-02-20/2020-02-22"), "cue-range-just-gone"),
]


# --- a bare day after the narrative's day, in a report of past days ---------------------

BARE_DAYS = [
    S("2日，新增病例80例。28日晚间，一人自外地进入本市。", "28日",
      T("2021-11-28TEV"), "after-the-dct-is-the-month-before", dct="2021-12-03"),
    S("12月3日，工程开工。28日，工程完工。", "28日", D("2021-12-28"),
      "before-the-dct-stays-in-the-month", dct="2021-12-30"),
    S("3月3日，会议召开。10日至12日，代表报到。", "10日", D("2020-03-10/2020-03-12"),
      "a-narrative-to-come-goes-on"),
    S("2日开工，将于28日竣工。", "28日", D("2021-12-28"), "a-future-cue-leans-forward",
      dct="2021-12-03"),
    # a bare small-hours clock after a late-evening one of the same day is the next day's
    S("12月25日20时47分，接到报警。23时53分，开始清理。1时30分，火势扑灭。", "1时30分",
      T("2016-12-26T01:30"), "the-night-goes-past-midnight", dct="2016-12-26"),
    S("12月25日8时，出发。1时30分，抵达。", "1时30分", T("2016-12-25T01:30"),
      "a-morning-clock-does-not-roll-over", dct="2016-12-26"),
    # 同年 is the year of the last date read, even a month (2024年5月), not the DCT's
    S("2024年5月，有消费者投诉。同年5月8日，门店回应。", "同年5月8日", D("2024-05-08"),
      "same-year-after-a-month", dct="2025-03-24"),
    S("2019年3月5日开工。次年建成。", "次年", D("2020"), "next-year-after-a-day",
      dct="2025-03-24"),
    # a year inside a quotation is the speaker's: 同年 after it is the narrative's year
    S("2024年5月，某公司成立。董事长说：“2019年我们开始筹备。”同年8月，公司上市。", "同年8月",
      D("2024-08"), "same-year-skips-a-quoted-year", dct="2025-03-24"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, BARE_DAYS)
def test_bare_days_after_the_narrative(text: str, needle: str, exp: Expect | None, dct: Any,
                                       policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


@pytest.mark.parametrize(SENTENCE_ARGS, FUTURE)
def test_future_cues(text: str, needle: str, exp: Expect | None, dct: Any,
                     policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- sets keep what they are made of ------------------------------------------------------

SETS = [
    P("每周三上午十点", Every("XXXX-WXX-3T10:00"), "weekday-clock"),
    P("每天下午4点半", Every("XXXX-XX-XXT16:30"), "daily-clock"),
    P("逢星期二下午", Every("XXXX-WXX-2TAF"), "weekday-pod"),
    P("每周六上午9点", Every("XXXX-WXX-6T09:00"), "saturday-clock"),
    P("每天早上", Every("XXXX-XX-XXTMO"), "daily-pod"),
    P("每月5日上午", Every("XXXX-XX-05TMO"), "month-day-pod"),
    P("每晚", Every("TEV"), "every-evening-unchanged"),
    P("每周", Every("P1W"), "weekly-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, SETS)
def test_sets_keep_their_day(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


# --- clock times and ranges ------------------------------------------------------------------

CLOCKS = [
    P("半夜1点", T("2020-02-26T01:00", hour("2020-02-26 01:00")), "banye-1"),
    P("深夜2点", T("2020-02-26T02:00"), "shenye-2"),
    P("深夜11点", T("2020-02-26T23:00"), "shenye-11-unchanged"),
    P("昨天后半夜", T("2020-02-25TNI", span("2020-02-25", "2020-02-25 06:00")), "hou-banye"),
    P("9~12点半", T("2020-02-26T09:00/2020-02-26T12:30",
                     span("2020-02-26 09:00", "2020-02-26 12:31")), "minutes-end-the-range"),
    P("下午3-5点", T("2020-02-26T15:00/2020-02-26T17:00",
                     span("2020-02-26 15:00", "2020-02-26 18:00")), "pm-range-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, CLOCKS)
def test_clocks(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


RANGES = [
    S("展览自2月1日至2月5日止，免费参观。", "2月1日",
      D("2020-02-01/2020-02-05", span("2020-02-01", "2020-02-06"), mod=None), "zi-zhi-zhi"),
    S("从2018年12月九号到十五号，全市停水。", "九号",
      D("2018-12-09/2018-12-15", span("2018-12-09", "2018-12-16")), "hao-second-end"),
    S("一月七日至九日，代表们分组讨论。", "七日",
      D("2020-01-07/2020-01-09", span("2020-01-07", "2020-01-10")), "one-character-second-end"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, RANGES)
def test_ranges(text: str, needle: str, exp: Expect | None, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- days beside other days: lists, the month that has the day, the weekday after a comma ---

DAYS = [
    S("9月10号，11号，12号三天分批入场。", "11号", D("2019-09-11", day("2019-09-11")), "list-2nd"),
    S("9月10号，11号，12号三天分批入场。", "12号", D("2019-09-12"), "list-3rd"),
    S("3月2日、3日两天停课。", "3日", D("2020-03-03"), "list-bare-ri"),
    S("住在3号楼的居民。", "3号", None, "house-number-still-no-day"),
    S("2022年2月10日开工，30日完工。", "30日", D("2022-01-30", day("2022-01-30"), clean=True),
      "no-february-30", dct=None),
    S("会议1月26日，星期日召开。", "星期日", D("2020-01-26", day("2020-01-26")),
      "weekday-after-comma"),
    S("会议1月26日，星期日召开。", "1月26日", D("2020-01-26"), "date-before-weekday"),
    S("1月20日，周三上午开会。", "周三上午", T("2020-02-26TMO"), "weekday-with-pod-is-its-own"),
    S("星期日，1月26日，天气晴。", "星期日", D("2020-01-26", day("2020-01-26")),
      "weekday-before-a-date"),
    S("星期三，1月26日，天气晴。", "1月26日", D("2022-01-26"), "weekday-before-fixes-the-year"),
    S("周三，会议召开。", "周三", D("2020-02-26"), "weekday-before-no-date"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, DAYS)
def test_days_beside_days(text: str, needle: str, exp: Expect | None, dct: Any,
                          policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- not times, and calendar edges ----------------------------------------------------------

TRAPS = [
    S("当前位置：首页 > 新闻", "当前", None, "dangqian-weizhi"),
    S("离家最近的超市关门了。", "最近", None, "li-zuijin"),
    S("这是距离震中最近的村庄。", "最近", None, "juli-zuijin"),
    S("最近，全市开展了检查。", "最近", D("PAST_REF"), "zuijin-still-recently"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, TRAPS)
def test_not_times(text: str, needle: str, exp: Expect | None, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


EDGES = [
    P("9999年12月31日", want("DATE", "9999-12-31", span("9999-12-31", None),
                               warns="calendar edge"), "last-day-keeps-its-year"),
    P("9999年12月", want("DATE", "9999-12", span("9999-12-01", None), warns="calendar edge"),
      "last-month"),
    P("2021年正月三十", want("DATE", "XXXX-XX-XX", None, warns="impossible date"),
      "no-lunar-30"),
]


@pytest.mark.parametrize(PARSE_ARGS, EDGES)
def test_calendar_edges_warn(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


def test_minguo_zero_is_no_year() -> None:
    assert [m.text for m in find("民国0年")] == []


# --- forms: compound and decimal durations, two-digit years, multi-step words, quarters ----

FORMS = [
    P("1分57秒", Dur("PT1M57S"), "minute-second"),
    P("2小时15分18秒", Dur("PT2H15M18S"), "hour-minute-second"),
    P("四年六个月", Dur("P4Y6M"), "year-month"),
    P("3天2小时", Dur("P3DT2H"), "day-hour"),
    P("2.4天", Dur("P2.4D"), "decimal-day"),
    P("1.5小时", Dur("PT90M"), "half-decimal-steps-down"),
    P("0.3小时", Dur("PT0.3H"), "decimal-hour"),
    P("半年", Dur("P6M"), "half-steps-down"),
    P("近2万分钟", Dur("PT20000M", "APPROX"), "wan-multiplier"),
    P("一刻钟", Dur("PT15M"), "yike-zhong"),
    P("三刻钟", Dur("PT45M"), "sanke-zhong"),
    P("两日", Dur("P2D"), "liang-ri"),
    P("三四年", Dur("PXY"), "approximate-pair"),
    P("07年", D("2007", year(2007)), "two-digit-year-zero"),
    P("九七年", D("1997", year(1997)), "two-digit-year-chinese"),
    P("19年底", D("2019", span("2019-09-01", "2020-01-01"), mod="END"), "two-digit-year-end"),
    P("上上周", D("2020-W07", span("2020-02-10", "2020-02-17")), "shangshang-zhou"),
    P("下下周", D("2020-W11"), "xiaxia-zhou"),
    P("上上个月", D("2019-12", month(2019, 12)), "shangshang-ge-yue"),
    P("大前年", D("2017", year(2017)), "da-qian-nian"),
    P("大后年", D("2023", year(2023)), "da-hou-nian"),
    P("上一年", D("2019", year(2019)), "shang-yi-nian"),
    P("这一周", D("2020-W09", span("2020-02-24", "2020-03-02")), "zhe-yi-zhou"),
    P("下一个月", D("2020-03", month(2020, 3)), "xia-yi-ge-yue"),
    P("上个季度", D("2019-Q4", span("2019-10-01", "2020-01-01")), "shang-ge-jidu"),
    P("本季度", D("2020-Q1", span("2020-01-01", "2020-04-01")), "ben-jidu"),
    P("下季度", D("2020-Q2"), "xia-jidu"),
]


@pytest.mark.parametrize(PARSE_ARGS, FORMS)
def test_forms(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


FORM_SENTENCES = [
    S("用时1分57秒，刷新纪录。", "57秒", Dur("PT1M57S"), "compound-in-sentence"),
    S("5秒3分", "5秒", Dur("PT5S"), "not-largest-first"),
    S("一年三百六十五天都在岗。", "三百六十五天", Dur("P365D"), "part-too-large-is-no-compound"),
    S("60日内完成整改。", "60日", Dur("P60D"), "ri-before-nei"),
    S("他工作了19年。", "19年", Dur("P19Y"), "two-digits-alone-are-years-of-work"),
    S("过去2万年的气候", "2万年", Dur("P20000Y"), "wan-years"),
    # a notice's 即日 is the day of the notice
    S("自即日起，全市恢复通行。", "自即日起", D("2025-09-24", mod="ON_OR_AFTER"),
      "from-this-day-on", dct="2025-09-24"),
    # Taiwan's papers write 天 after the bracketed day
    S("中央銀行今（18）天舉行理監事會。", "今（18）天", D("2025-12-18"), "bracketed-day-tian",
      dct="2025-12-18"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, FORM_SENTENCES)
def test_form_sentences(text: str, needle: str, exp: Expect | None, dct: Any,
                        policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- holidays: more fixed days, weekday holidays, other calendars, holidays as names --------

HOLIDAYS = [
    P("今年母亲节", D("2020-05-10", day("2020-05-10")), "mother-second-sunday-of-may"),
    P("今年父亲节", D("2020-06-21"), "father-third-sunday-of-june"),
    P("今年感恩节", D("2020-11-26"), "thanksgiving-fourth-thursday"),
    P("今年愚人节", D("2020-04-01"), "april-fools"),
    P("今年万圣节", D("2020-10-31"), "halloween"),
    P("今年澳门回归纪念日", D("2020-12-20"), "macao"),
    P("元宵期间", D("2020-02-08"), "yuanxiao-in-a-holiday-context"),
]


@pytest.mark.parametrize(PARSE_ARGS, HOLIDAYS)
def test_more_holidays(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


HOLIDAY_SENTENCES = [
    S("以色列国庆节当天，使馆举行招待会。", "国庆节", None, "another-countrys-day"),
    S("他们庆祝伊斯兰新年。", "新年", None, "another-calendars-new-year"),
    S("东正教圣诞节在1月7日。", "圣诞节", None, "orthodox-christmas"),
    S("市长发表新年贺词。", "新年", None, "new-year-address"),
    S("村里保留着许多新年民俗。", "新年", None, "new-year-customs"),
    S("记者参加新春走基层活动。", "新春", None, "a-column"),
    S("公园里的元宵灯会开幕了。", "元宵", None, "lantern-show"),
    S("一家人围坐在一起吃元宵。", "元宵", None, "the-food"),
    S("送上元宵节的美好祝福。", "元宵节", None, "wishes"),
    S("元宵节当天，游客很多。", "元宵节", D("2020-02-08"), "the-day-is-a-time"),
    S("春节期间，景区照常开放。", "春节期间", D("2020-01-25"), "period-is-a-time"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, HOLIDAY_SENTENCES)
def test_holiday_sentences(text: str, needle: str, exp: Expect | None, dct: Any,
                           policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- numbers and numeric dates, clock suffixes, lunar markers, seasons, month parts --------

MORE_FORMS = [
    P("二○二○年一月三十日", D("2020-01-30", day("2020-01-30")), "circle-zero"),
    P("1999.08", D("1999-08", month(1999, 8)), "dotted-year-month"),
    P("6·30", D("2019-06-30", day("2019-06-30")), "middle-dot-month-day"),
    P("19/12/2023", D("2023-12-19", day("2023-12-19")), "day-first-slashes"),
    P("3:15pm", T("2020-02-26T15:15", minute("2020-02-26 15:15")), "pm"),
    P("12:30am", T("2020-02-26T00:30"), "am-midnight-hour"),
    P("农历8月23号", D("2019-09-21", day("2019-09-21")), "lunar-marker-digits"),
    P("阴历二〇二一年六月", D("2021-07-10/2021-08-07", span("2021-07-10", "2021-08-08")),
      "lunar-marker-year"),
    P("闰四月", D("2020-05-23/2020-06-20"), "leap-month-alone"),
    P("正月初8", D("2020-02-01", day("2020-02-01")), "chuba-digit"),
    P("2021年春", D("2021-SP", span("2021-03-01", "2021-06-01")), "season-after-year"),
    P("十一月月底", D("2019-11", span("2019-11-21", "2019-12-01"), mod="END"),
      "yue-di-after-month"),
]


@pytest.mark.parametrize(PARSE_ARGS, MORE_FORMS)
def test_more_forms(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


NUMBER_SENTENCES = [
    S("增速达到9·5％左右。", "9·5", None, "middle-dot-decimal-percent"),
    S("全市5·8万名职工参加。", "5·8", None, "middle-dot-decimal-count"),
    S("“7·21”特大暴雨造成损失。", "7·21", D("2019-07-21"), "middle-dot-event-name"),
    S("净利润1999.08万元。", "1999.08", None, "dotted-amount"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, NUMBER_SENTENCES)
def test_number_sentences(text: str, needle: str, exp: Expect | None, dct: Any,
                          policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- windows of N units beside the anchor's, and "these days" ---------------------------

WINDOWS = [
    P("前两天", D("2020-02-24/2020-02-25", span("2020-02-24", "2020-02-26")), "qian-liang-tian"),
    P("上两周", D("2020-W07/2020-W08", span("2020-02-10", "2020-02-24")), "shang-liang-zhou"),
    P("下三个月", D("2020-03/2020-05", span("2020-03-01", "2020-06-01")), "xia-san-ge-yue"),
    P("过去的一周", D("2020-W08", span("2020-02-17", "2020-02-24")), "guoqu-de-yi-zhou"),
    P("今明两年", D("2020/2021", span("2020-01-01", "2022-01-01")), "jin-ming-liang-nian"),
    P("过两天", D("2020-02-27/2020-02-28"), "guo-liang-tian"),
    P("这两天", want("DATE", "PRESENT_REF", day("2020-02-26")), "zhe-liang-tian"),
    P("前一天", D("2020-02-25", anchor="dct"), "qian-yi-tian-unchanged"),
    P("近两个月", Dur("P2M", "APPROX"), "jin-liang-ge-yue-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, WINDOWS)
def test_windows(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


@pytest.mark.parametrize(("text", "expected"), [
    # newspaper relative days: 前晚, 前日, 昨/今 with a part of day (DCT 2020-02-26)
    ("警方前晚拘捕一名男子。", [("前晚", "2020-02-24TEV")]),
    ("前晚9时许，民警赶到。", [("前晚9时许", "2020-02-24T21:00")]),
    ("警员昨凌晨在旺角巡逻。", [("昨凌晨", "2020-02-25TNI")]),
    ("前日凌晨，货车侧翻。", [("前日凌晨", "2020-02-24TNI")]),
    ("会议今下午召开，昨早已有通知。", [("今下午", "2020-02-26TAF"), ("昨早", "2020-02-25TMO")]),
    ("前日本首相访华。", []),  # 前 日本: no day
])
def test_newspaper_relative_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.time.value) for m in find(text)] == expected


@pytest.mark.parametrize(("text", "words", "value"), [
    ("经过三天的努力，道路修复。", "三天", "P3D"),  # 经过 is a verb: how long it took
    ("队伍提前两天到达。", "两天", "P2D"),
    ("他通过两天的考核。", "两天", "P2D"),
])
def test_a_verb_ending_in_a_window_word_opens_no_window(text: str, words: str, value: str
                                                         ) -> None:
    assert [(m.text, m.time.value) for m in find(text)] == [(words, value)]


SET_FORMS = [
    P("每隔3天", Every("P3D"), "meige-3-tian"),
    P("每年9月", Every("XXXX-09"), "every-september"),
    P("每年春节", Every("P1Y"), "every-spring-festival-moves"),
    P("每年国庆节", Every("XXXX-10-01"), "every-national-day"),
    P("每个工作日9点", Every("XXXX-WXX-WDT09:00"), "every-working-day"),
    P("每个月", Every("P1M"), "meige-yue"),
    P("每隔一两年", Every("PXY"), "approximate-count"),
]


@pytest.mark.parametrize(PARSE_ARGS, SET_FORMS)
def test_set_forms(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


NTH = [
    P("本月第3周", D("2020-W08", span("2020-02-17", "2020-02-24")), "third-week-of-month"),
    P("今年九月的第一个星期二", D("2020-09-01", day("2020-09-01")), "first-tuesday"),
    P("3月最后一个星期五", D("2020-03-27"), "last-friday"),
    P("2025年第一天", D("2025-01-01", day("2025-01-01")), "first-day-of-year"),
    P("上月最后三天", D("2020-01-29/2020-01-31", span("2020-01-29", "2020-02-01")),
      "last-three-days"),
    P("本月最后一天", D("2020-02-29"), "last-day-of-february"),
]


@pytest.mark.parametrize(PARSE_ARGS, NTH)
def test_nth_of_a_period(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


NTH_SENTENCES = [
    S("2019年7月1日开工，第三天完工。", "第三天", D("2019-07-03", anchor="narrative"),
      "third-day-of-the-narrative"),
    S("2019年7月1日开工，第三天浇筑，第五天完工。", "第五天", D("2019-07-05"),
      "counted-from-the-same-day"),
    S("1998年第一天，人们在元旦上午登山。", "元旦", T("1998-01-01TMO"),
      "the-year-governs-the-sentence"),
    S("1998年第一天，元旦晚会举行。", "元旦", None, "a-show-named-after-the-holiday"),
    S("代表团8日晚会见了市长。", "8日晚", T("2020-02-08TEV"), "evening-then-meet"),
    S("春节晚会收视率很高。", "春节", None, "the-gala"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, NTH_SENTENCES)
def test_nth_sentences(text: str, needle: str, exp: Expect | None, dct: Any,
                       policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


MORE_RANGES = [
    S("本月2至31日，商场延长营业。", "本月", want("DATE", "2020-03-02/2020-03-31",
                                               span("2020-03-02", "2020-04-01")),
      "month-with-31-days", dct="2020-03-05"),
    S("本月2至31日，商场延长营业。", "本月", want("DATE", "2020-02-02/2020-02-29",
                                               span("2020-02-02", "2020-03-01"),
                                               warns="has no day 31"), "february-ends-it"),
    S("2月2及8日两次停电。", "2月2", D("2020-02-02", day("2020-02-02")), "first-listed-day"),
    S("2月2及8日两次停电。", "8日", D("2020-02-08", day("2020-02-08")), "second-listed-day"),
    S("3月5、6日两天降雨。", "6日", D("2020-03-06"), "listed-with-dunhao"),
    S("去年到现在，全市新增绿地。", "去年", D("2019/2020-02-26", span("2019-01-01", "2020-02-27")),
      "last-year-to-now"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, MORE_RANGES)
def test_more_ranges(text: str, needle: str, exp: Expect | None, dct: Any,
                     policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


PEER_FORMS = [
    P("大大后天", D("2020-03-01", day("2020-03-01")), "dadahoutian"),
    P("二〇二三年伊始", D("2023", span("2023-01-01", "2023-05-01"), mod="START"), "year-yishi"),
    P("2023年首季度", D("2023-Q1", span("2023-01-01", "2023-04-01")), "first-quarter"),
    P("二十世纪八十年代末期", D("198", mod="END"), "decade-moqi"),
    P("腊月16", D("2020-01-10", day("2020-01-10")), "layue-digits", dct="2020-03-01"),
    P("下周周五", D("2020-03-06", day("2020-03-06")), "next-week-friday"),
    P("上周星期三", D("2020-02-19"), "last-week-wednesday"),
    P("5月3日19时3刻", T("2019-05-03T19:45"), "digit-quarter-hour"),
    P("前天黎明", T("2020-02-24TMO", span("2020-02-24 04:00", "2020-02-24 07:00")), "dawn"),
    P("今年第二十个星期", D("2021-W20", span("2021-05-17", "2021-05-24")), "nth-week-of-year",
      dct="2021-06-14"),
    P("2024年第二十天上午9点", T("2024-01-20T09:00"), "nth-day-with-clock"),
]


@pytest.mark.parametrize(PARSE_ARGS, PEER_FORMS)
def test_peer_forms(text: str, dct: Any, policy: str, exp: Expect) -> None:
    run_parse(text, dct, policy, exp)


def test_dawn_alone_is_no_time() -> None:
    assert [m.text for m in find("黎明前的黑暗")] == []  # also a name, alone


def test_every_opening_can_be_followed() -> None:
    from timeline.temporal.grammar import compute_prefilter

    assert all(first and follow for first, follow in compute_prefilter())
