"""Table-driven tests of forms the peers' own suites (Duckling's Chinese corpus, JioNLP's time
tests) showed the engine getting wrong under CONVENTIONS.md, in phrases and sentences written
for these tests (``benchmarks/eval_peer_suites.py`` runs the peers' suites themselves).

Each row names only the fields it cares about (helpers from ``test_conventions``). Unless a row
says otherwise the DCT is 2020-02-26, a Wednesday, and the policy is ``past``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_conventions import (
    PARSE_ARGS,
    D,
    Dur,
    Every,
    P,
    T,
    day,
    hour,
    minute,
    month,
    run_parse,
    span,
    year,
)
from tests.test_news_times import SENTENCE_ARGS, S, run_sentence

# --- a range whose first end names only its year: the second end's year may drop its century

YEAR_FIRST_RANGES = [
    P("1985到89年9月", D("1985/1989-09", span("1985-01-01", "1989-10-01"), gran="month"),
      "two-digit-second-year-with-month"),
    P("2001至2003年5月", D("2001/2003-05", span("2001-01-01", "2003-06-01")),
      "four-digit-years-with-month"),
    P("1998到2001年3月10日", D("1998/2001-03-10", span("1998-01-01", "2001-03-11")),
      "years-then-a-day"),
    P("2016到18年", D("2016/2018", span("2016-01-01", "2019-01-01"), gran="year"),
      "two-digit-second-year"),
    P("1997到03年", D("1997/2003", span("1997-01-01", "2004-01-01")), "second-year-next-century"),
    P("2019-2020年", D("2019/2020", year(2019)[:1] + year(2020)[1:]), "plain-year-range-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, YEAR_FIRST_RANGES)
def test_ranges_whose_first_end_is_a_year(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)



# --- a day of month after its month without 日, where a separator or a clause end follows --

BARE_DAYS = [
    S("会期为1月3至2月10，地点另行通知", "1月3",
      D("2020-01-03/2020-02-10", span("2020-01-03", "2020-02-11")), "range-of-bare-days"),
    S("展览从11月20-12月5，免费参观", "11月20",
      D("2019-11-20/2019-12-05", span("2019-11-20", "2019-12-06")), "hyphen-range-of-bare-days"),
    S("截至10月31，全市累计接种", "10月31",
      D("2019-10-31", span(None, "2019-11-01"), mod="ON_OR_BEFORE"), "before-a-comma"),
    S("2019年12月5，记者来到现场", "12月5", D("2019-12-05", day("2019-12-05")), "with-its-year"),
    S("报名截止日期是2月3", "2月3", D("2020-02-03", day("2020-02-03")), "at-the-end"),
    S("5月3家企业复工", "5月3", None, "a-count-follows"),
    S("3月15%的用户", "3月15", None, "a-percentage"),
    S("5月3-5日举行", "5月3-5日", D("2019-05-03/2019-05-05"), "day-range-with-ri-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, BARE_DAYS)
def test_days_without_ri(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- a number that counts units is no ordinal: 三个季度 (not the third quarter), 近三月 --------

COUNTS = [
    P("三个季度后", D("2020-Q4", span("2020-10-01", "2021-01-01"), gran="quarter"),
      "three-quarters-later"),
    P("两个季度前", D("2019-Q3", span("2019-07-01", "2019-10-01")), "two-quarters-ago"),
    P("第三个季度", D("2020-Q3", span("2020-07-01", "2020-10-01")), "the-third-quarter"),
    P("三季度", D("2020-Q3"), "third-quarter-unchanged"),
    P("首个季度", D("2020-Q1"), "first-quarter-unchanged"),
    P("近三月", Dur("P3M", mod="APPROX"), "near-three-months"),
    P("近两月来", Dur("P2M", mod="APPROX"), "near-two-months-since"),
    P("三月", D("2020-03", month(2020, 3)), "march-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, COUNTS)
def test_counted_units(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


# --- relative words of every calendar unit: 这一年 like 这一周, 下下下周, 上上个季度 -----------

RELATIVE_UNITS = [
    P("这一年", D("2020", year(2020), anchor="dct"), "this-one-year"),
    P("這一年", D("2020", year(2020)), "this-one-year-traditional"),
    P("下下下周一", D("2020-03-16", day("2020-03-16")), "three-weeks-on-monday"),
    P("上上上周", D("2020-W06", span("2020-02-03", "2020-02-10")), "three-weeks-back"),
    P("下下个季度", D("2020-Q3", span("2020-07-01", "2020-10-01")), "quarter-after-next"),
    P("上上季度", D("2019-Q3", span("2019-07-01", "2019-10-01")), "quarter-before-last"),
]


@pytest.mark.parametrize(PARSE_ARGS, RELATIVE_UNITS)
def test_relative_units(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


@pytest.mark.parametrize(SENTENCE_ARGS, [
    S("这一年来，他走访了百余户", "一年来", Dur("P1Y"), "the-past-year-stays-a-duration"),
])
def test_relative_units_in_sentences(text: str, needle: str, exp: Any, dct: Any,
                                     policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 日 counts days after a one-character number with 前/后: 三日后 like 两日后 and 3天后 ------

DAYS_COUNTED = [
    P("三日后", D("2020-02-29", day("2020-02-29")), "three-days-later"),
    P("十日前", D("2020-02-16", day("2020-02-16")), "ten-days-ago"),
    P("五日以前", D("2020-02-21"), "five-days-before"),
    P("三日之后", D("2020-02-29"), "three-days-after"),
    P("3月三日后", D("2020-03-03", span("2020-03-04", None), mod="AFTER"),
      "after-a-day-of-month-unchanged"),
    P("二十日后", D("2020-02-20", mod="AFTER"), "two-character-day-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, DAYS_COUNTED)
def test_days_counted_with_ri(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


# --- an amount written with 万 or 千 may pass a million: 2000万小时 is no 万小时 ------------------

LARGE_AMOUNTS = [
    S("全市志愿者累计服务2000万小时", "小时", Dur("PT20000000H"), "twenty-million-hours"),
    S("项目耗时二千万小时", "小时", Dur("PT20000000H"), "chinese-digits"),
    S("近2万分钟的录像", "分钟", Dur("PT20000M", mod="APPROX"), "small-amount-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, LARGE_AMOUNTS)
def test_large_amounts(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- sets of every unit a duration has: 每隔200秒, 每半年, 每个周末, 每年秋天 ---------------

SETS = [
    P("每隔200秒", Every("PT200S"), "every-200-seconds"),
    P("每30分钟", Every("PT30M"), "every-30-minutes"),
    P("每隔2个钟头", Every("PT2H"), "every-two-hours"),
    P("每半年", Every("P6M"), "every-half-year"),
    P("每半个钟头", Every("PT30M"), "every-half-hour"),
    P("每半月", Every("P15D"), "every-half-month"),
    P("每个周末", Every("XXXX-WXX-WE"), "every-weekend"),
    P("每年秋天", Every("XXXX-FA"), "every-autumn"),
    P("每年的冬季", Every("XXXX-WI"), "every-winter"),
    P("每小时", Every("PT1H"), "every-hour-unchanged"),
    P("每周工作日9点", Every("XXXX-WXX-WDT09:00"), "every-working-day-of-the-week"),
    P("每个工作日的下午三点", Every("XXXX-WXX-WDT15:00"), "de-before-the-time-of-day"),
    P("每天的下午4点", Every("XXXX-XX-XXT16:00"), "de-after-every-day"),
]


@pytest.mark.parametrize(PARSE_ARGS, SETS)
def test_sets_of_every_unit(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


@pytest.mark.parametrize(SENTENCE_ARGS, [
    S("系统每秒处理10万次请求", "每秒", None, "a-rate-per-second"),
    S("心脏每分钟跳动70次", "每分钟", None, "a-rate-per-minute"),
])
def test_rates_are_no_sets(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- the leap-month marker in any digits: 闰4月 like 闰四月 -----------------------------------

LEAP_MONTHS = [
    P("闰4月", D("2020-05-23/2020-06-20", span("2020-05-23", "2020-06-21")), "leap-fourth-month",
      dct="2020-08-01"),
    P("闰4月初八", D("2020-05-30", day("2020-05-30")), "leap-month-lunar-day", dct="2020-08-01"),
    P("闰4月8日", D("2020-05-30", day("2020-05-30")), "leap-month-digit-day", dct="2020-08-01"),
    P("闰2月", D("2023-03-22/2023-04-19"), "leap-second-month", dct="2023-06-01"),
    P("闰四月", D("2020-05-23/2020-06-20"), "chinese-digit-unchanged", dct="2020-08-01"),
]


@pytest.mark.parametrize(PARSE_ARGS, LEAP_MONTHS)
def test_leap_months_in_any_digits(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


# --- another calendar's named days are no times rather than wrong ones -----------------------

NAMED_DAYS = [
    S("教堂将在圣周五举行礼拜", "周五", None, "good-friday"),
    S("信众在圣灰星期三领受圣灰", "星期三", None, "ash-wednesday"),
    S("复活节星期一是当地的公众假期", "星期一", None, "easter-monday"),
    S("商场黑色星期五促销", "星期五", None, "black-friday"),
    S("圣周星期四晚上有弥撒", "星期四", None, "holy-thursday"),
    S("伊斯兰教新年当天", "新年", None, "islamic-new-year"),
    S("伊斯兰历新年到来之际", "新年", None, "hijri-new-year"),
    S("他周五去了医院", "周五", D("2020-02-28"), "a-weekday-unchanged"),
    S("元旦当天", "元旦", D("2020-01-01"), "new-year-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, NAMED_DAYS)
def test_named_days_of_other_calendars(text: str, needle: str, exp: Any, dct: Any,
                                       policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 刻钟 before 前/后 is an offset like 分钟: 一刻钟后 is the minute it reaches ----------------

QUARTER_HOURS = [
    P("一刻钟后", T("2020-02-26T10:15", minute("2020-02-26 10:15")), "a-quarter-hour-later",
      dct="2020-02-26 10:00"),
    P("两刻钟前", T("2020-02-26T09:30"), "half-an-hour-ago", dct="2020-02-26 10:00"),
    P("三刻钟以后", T("2020-02-26T10:45"), "three-quarters-later", dct="2020-02-26 10:00"),
    P("一刻钟", Dur("PT15M"), "a-quarter-hour-unchanged", dct="2020-02-26 10:00"),
]


@pytest.mark.parametrize(PARSE_ARGS, QUARTER_HOURS)
def test_quarter_hour_offsets(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


# --- the minutes of a compound duration after its hours may leave out 钟: 5小时30分 ----------

COMPOUND_MINUTES = [
    S("救援持续36天5小时30分，终于完成", "36天", Dur("P36DT5H30M"), "days-hours-minutes"),
    S("全程用时2小时15分", "2小时", Dur("PT2H15M"), "hours-minutes"),
    S("比分3天30分", "30分", None, "minutes-after-days-are-no-minutes"),
    S("用时1分57秒", "1分57秒", Dur("PT1M57S"), "minutes-seconds-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, COMPOUND_MINUTES)
def test_compound_minutes(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 俩 and 仨 count units (俩礼拜, 近仨月), but not after the people they count --------------

COLLOQUIAL_COUNTS = [
    S("他出差俩礼拜才回来", "礼拜", Dur("P2W"), "two-weeks"),
    S("装修花了俩月", "月", Dur("P2M"), "two-months"),
    S("近仨月以来订单翻倍", "月", Dur("P3M", mod="APPROX"), "about-three-months"),
    S("排队等了仨小时", "小时", Dur("PT3H"), "three-hours"),
    S("他俩天天在一起", "俩天", None, "the-two-of-them"),
    S("兄弟仨月底回家", "仨月", None, "the-three-brothers"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, COLLOQUIAL_COUNTS)
def test_colloquial_counts(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- working and trading days: counted as days, and Monday to Friday when they offset ---------

WORKING_DAYS = [
    S("公司将于5个交易日之后公告结果", "交易日", D("2020-03-04", day("2020-03-04")),
      "five-trading-days-on-skip-the-weekend"),
    S("材料已在3个工作日前寄出", "工作日", D("2020-02-21", day("2020-02-21")),
      "three-working-days-back-skip-the-weekend"),
    S("审核需要五个工作日", "工作日", Dur("P5D"), "a-count-of-working-days"),
    S("停牌15个交易日", "交易日", Dur("P15D"), "a-count-of-trading-days"),
    S("每个工作日上午开放", "工作日", Every("XXXX-WXX-WDTMO"), "every-working-day-unchanged"),
    S("第5个工作日起报名", "工作日", None, "an-ordinal-is-no-count"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, WORKING_DAYS)
def test_working_days(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 起 before a range's separator: 自5月26日起至29日止, 从2001年起至今 ------------------------

RANGES_AFTER_QI = [
    S("活动自2019-05-26起至2019-05-29止", "05-26",
      D("2019-05-26/2019-05-29", span("2019-05-26", "2019-05-30")), "from-qi-to-zhi"),
    S("从3月1日起至3月10日，景区暂停开放", "3月1日",
      D("2020-03-01/2020-03-10", span("2020-03-01", "2020-03-11")), "from-qi-to-a-date"),
    S("自1月27日起至31日，全市停课", "1月27日",
      D("2020-01-27/2020-01-31", span("2020-01-27", "2020-02-01")), "second-end-inherits"),
    S("他从2001年起至今一直在这里工作", "2001年",
      D("2001/2020-02-26", span("2001-01-01", "2020-02-27")), "from-qi-until-now"),
    S("3月1日起实施", "3月1日", D("2020-03-01", span("2020-03-01", None), mod="ON_OR_AFTER"),
      "qi-alone-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, RANGES_AFTER_QI)
def test_ranges_after_qi(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 前 after a range bounds its second end: 2020至2025年前 runs from 2020 to 2025 ------------

RANGES_BEFORE = [
    S("计划2020至2025年前完成改造", "2020",
      D("2020/2025", span("2020-01-01", "2025-01-01"), mod=None), "years-before-the-second"),
    S("3月1日至5日前提交材料", "3月1日",
      D("2020-03-01/2020-03-05", span("2020-03-01", "2020-03-05")), "days-before-the-second"),
    S("2025年前完成", "2025年", D("2025", span(None, "2025-01-01"), mod="BEFORE"),
      "before-one-end-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, RANGES_BEFORE)
def test_ranges_before(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- holiday names with their 节 or their full title ----------------------------------------

HOLIDAY_NAMES = [
    S("元旦节当天，商场客流回升", "元旦节", D("2020-01-01", day("2020-01-01")), "yuandan-jie"),
    S("国际消费者权益日前夕发布报告", "国际消费者权益日", D("2020-03-15"), "full-title"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, HOLIDAY_NAMES)
def test_holiday_names(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- two dotted dates joined by a hyphen are one range: 1999.08-2002.02 ------------------------

DOTTED_RANGES = [
    S("任职经历：1999.08-2002.02 在某厂工作", "1999.08",
      D("1999-08/2002-02", span("1999-08-01", "2002-03-01")), "year-months"),
    S("展期2019.05.29-2020.01.12，欢迎参观", "2019.05.29",
      D("2019-05-29/2020-01-12", span("2019-05-29", "2020-01-13")), "days"),
    S("停电时间2019.05.29 15:20-2020.01.12 12:10", "15:20",
      T("2019-05-29T15:20/2020-01-12T12:10", span("2019-05-29 15:20", "2020-01-12 12:11")),
      "date-times"),
    S("1999.08入职", "1999.08", D("1999-08", month(1999, 8)), "one-year-month-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, DOTTED_RANGES)
def test_dotted_ranges(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- the first N days of a month or a year, like its last N days: 这个月前两天, 4月前4天 --------

FIRST_DAYS = [
    P("这个月前两天", D("2020-02-01/2020-02-02", span("2020-02-01", "2020-02-03")),
      "first-two-days-of-this-month"),
    P("4月前4天", D("2019-04-01/2019-04-04", span("2019-04-01", "2019-04-05")),
      "first-four-days-of-april"),
    P("2018年前10天", D("2018-01-01/2018-01-10", span("2018-01-01", "2018-01-11")),
      "first-ten-days-of-a-year"),
    P("上月最后五天", D("2020-01-27/2020-01-31", span("2020-01-27", "2020-02-01")),
      "last-five-days-unchanged"),
    P("前两天", D("2020-02-24/2020-02-25"), "a-window-unchanged"),
]


@pytest.mark.parametrize(PARSE_ARGS, FIRST_DAYS)
def test_first_days_of_a_period(text: str, dct: Any, policy: str, exp: Any) -> None:
    run_parse(text, dct, policy, exp)


# --- 十几, 二十几 and 1000多 are amounts of their own: the mention covers them ---------------

SOME_TENS = [
    S("十几天后，他回到家乡", "十几天", D("FUTURE_REF", mod="APPROX"),
      "some-ten-days-later"),
    S("二十几年前，这里还是荒地", "二十几年前", D("PAST_REF", mod="APPROX"),
      "twenty-some-years-ago"),
    S("连续工作了十几个小时", "十几个小时", Dur("PTXH"), "some-ten-hours"),
    S("1000多年之后，人们仍会记得", "1000多年之后", D("3020", year(3020)),
      "a-thousand-odd-years-later"),
    S("三十多年前，他来到这里", "三十多年前", D("1990", year(1990)), "thirty-odd-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, SOME_TENS)
def test_some_tens(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- more than 31 日 cannot be a day of the month: a count of days -------------------------

MANY_DAYS = [
    S("审批期限为90日。", "90日", Dur("P90D"), "ninety-days"),
    S("180日后生效", "180日后", D("2020-08-24", day("2020-08-24")), "after-180-days"),
    S("1月31日截止", "31日", D("2020-01-31"), "a-day-of-month-unchanged"),
    S("5月32日", "32日", None, "a-typo-after-a-month-stays-out"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, MANY_DAYS)
def test_many_days(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- a colon clock may carry 时 as notices write it: 17:00时 ------------------------------------

COLON_CLOCKS_WITH_SHI = [
    S("开放时间为2020年3月2日9:00时至2020年3月6日17:00时。", "9:00时",
      T("2020-03-02T09:00/2020-03-06T17:00", span("2020-03-02 09:00", "2020-03-06 17:01")),
      "range-of-date-times"),
    S("截止到17:00时", "17:00时", T("2020-02-26T17:00", mod="ON_OR_BEFORE"), "one-clock"),
    S("17:00时间到", "17:00", T("2020-02-26T17:00"), "shijian-stays-out"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, COLON_CLOCKS_WITH_SHI)
def test_colon_clocks_with_shi(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- X至今 has begun: a start whose year is inferred is not taken from the weeks ahead --------

UNTIL_NOW = [
    S("3月1日至今，已有百余人报名", "3月1日至今",
      D("2019-03-01/2020-02-26", span("2019-03-01", "2020-02-27")), "last-years-march"),
    S("他自3月1日起至今未归", "3月1日",
      D("2019-03-01/2020-02-26", span("2019-03-01", "2020-02-27")), "with-zi-and-qi"),
    S("1月5日至今", "1月5日至今", D("2020-01-05/2020-02-26"), "this-years-january-unchanged"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, UNTIL_NOW)
def test_until_now_has_begun(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)


# --- 多 after an hour stays in its hour: 下午5点多钟 is 17:00-18:00 -----------------------------

HOURS_AND_A_BIT = [
    S("下午5点多钟，雨停了", "5点多钟", T("2020-02-26T17:00", hour("2020-02-26 17:00")),
      "five-odd-oclock"),
    S("昨天晚上8点多，他离开了", "8点多", T("2020-02-25T20:00", hour("2020-02-25 20:00")),
      "eight-odd"),
    S("5点多人参加", "5点多", None, "a-count-of-people"),
    S("再多一点多好", "一点多", None, "a-little-more"),
]


@pytest.mark.parametrize(SENTENCE_ARGS, HOURS_AND_A_BIT)
def test_hours_and_a_bit(text: str, needle: str, exp: Any, dct: Any, policy: str) -> None:
    run_sentence(text, needle, exp, dct, policy)
