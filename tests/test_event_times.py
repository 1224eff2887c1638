"""Time forms that matter for events' times: newspaper day numbers in brackets (明(十五)日),
quoted speech and the narrative time, sentence ends, counts that look like dates, and times
inside book titles. Each table row is a sentence of its own."""

from __future__ import annotations

from itertools import pairwise

import pytest

from timeline import extract, find_times
from timeline.temporal.find import quote_spans
from timeline.text import clauses, sentences


def mentions(text: str, dct: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.time.value) for m in find_times(text, dct=dct)]


# --- 1. relative word + (day number) + 日 -----------------------------------------------

# (text, dct, the one mention, its value, whether the number and the word disagree)
PAREN_DAYS = [
    ("明(十五)日，代表团启程回国。", "2023-05-14", "明(十五)日", "2023-05-15", False),
    ("明（15）日，代表团启程回国。", "2023-05-14", "明（15）日", "2023-05-15", False),
    ("今(2日)，市政府召开常务会议。", "2023-05-02", "今(2日)", "2023-05-02", False),
    ("今（2）日，市政府召开常务会议。", "2023-05-02", "今（2）日", "2023-05-02", False),
    ("今(2日)上午，市政府召开常务会议。", "2023-05-02", "今(2日)上午", "2023-05-02TMO", False),
    ("昨（11）日晚，暴雨袭击县城。", "2023-05-12", "昨（11）日晚", "2023-05-11TEV", False),
    ("昨(十一)日晚，暴雨袭击县城。", "2023-05-12", "昨(十一)日晚", "2023-05-11TEV", False),
    ("前（10）日，双方签署协议。", "2023-05-12", "前（10）日", "2023-05-10", False),
    ("本月(5日)，新规正式施行。", "2023-05-14", "本月(5日)", "2023-05-05", False),
    ("上月（28）日，工程通过验收。", "2023-05-14", "上月（28）日", "2023-04-28", False),
    ("明(1日)，新线开通。", "2023-05-31", "明(1日)", "2023-06-01", False),
    ("昨（30）日，学校放假。", "2023-05-01", "昨（30）日", "2023-04-30", False),
    ("台北讯，今（廿）日下午3点举行记者会。", "2023-05-20", "今（廿）日下午3点", "2023-05-20T15:00",
     False),
    # the number and the word disagree: the number wins, the month comes from the DCT
    ("今(2日)上午，市政府召开常务会议。", "2023-05-14", "今(2日)上午", "2023-05-02TMO", True),
    ("明(十五)日，代表团启程回国。", "2023-05-02", "明(十五)日", "2023-05-15", True),
    ("今（5）日，展览开幕。", "2023-05-02", "今（5）日", "2023-05-05", True),
    ("昨(30)日，学校放假。", "2023-05-02", "昨(30)日", "2023-04-30", True),
]


@pytest.mark.parametrize(("text", "dct", "mention", "value", "mismatch"), PAREN_DAYS)
def test_relative_word_with_bracketed_day(text: str, dct: str, mention: str, value: str,
                                          mismatch: bool) -> None:
    found = find_times(text, dct=dct)
    assert [(m.text, m.time.value) for m in found] == [(mention, value)]
    m = found[0]
    assert text[m.start:m.end] == mention
    assert m.time.start is not None and m.time.start.date().isoformat() == value[:10]
    warned = any("day mismatch" in w for w in m.time.warnings)
    assert warned == mismatch


def test_bracketed_day_without_dct_keeps_its_number() -> None:
    assert mentions("今(2日)上午，市政府召开会议。", None) == [("今(2日)上午", "XXXX-XX-02TMO")]


def test_bracketed_day_sets_the_narrative_time() -> None:
    assert mentions("今(2日)上午，会议开幕。次日，代表分组讨论。", "2023-05-02") == [
        ("今(2日)上午", "2023-05-02TMO"), ("次日", "2023-05-03")]


# --- 2. quoted speech does not move the narrative time ----------------------------------

# (text, dct, every mention as (text, value))
QUOTES = [
    ("5月3日，他说：“第二天我们就去了。”随后，次日他们离开。", "2023-05-14",
     [("5月3日", "2023-05-03"), ("第二天", "2023-05-04"), ("次日", "2023-05-04")]),
    ("5月3日，村主任说：“我们将于6月1日开工。”次日，记者赶到工地。", "2023-05-14",
     [("5月3日", "2023-05-03"), ("6月1日", "2023-06-01"), ("次日", "2023-05-04")]),
    # a quote over several sentences; inside it, times follow each other as usual
    ("5月3日，他介绍：“6月1日开工。次日验收。7月2日交付。”当天，记者赶到。", "2023-05-14",
     [("5月3日", "2023-05-03"), ("6月1日", "2023-06-01"), ("次日", "2023-06-02"),
      ("7月2日", "2022-07-02"), ("当天", "2023-05-03")]),
    ("5月3日，他回忆道：「那年10月5日，第二天就下雪了。」25日，调查组进村。", "2023-05-31",
     [("5月3日", "2023-05-03"), ("10月5日", "2022-10-05"), ("第二天", "2022-10-06"),
      ("25日", "2023-05-25")]),
    ("3月8日，她说：『我们计划4月1日复工。』当天下午，工厂通电。", "2023-05-14",
     # the speaker's 计划 governs the speaker's date
     [("3月8日", "2023-03-08"), ("4月1日", "2024-04-01"), ("当天下午", "2023-03-08TAF")]),
    ('3月8日，经理说："4月1日复工。"次日，工厂通电。', "2023-05-14",
     [("3月8日", "2023-03-08"), ("4月1日", "2023-04-01"), ("次日", "2023-03-09")]),
    # nested quotes count as one
    ("3月8日，他说：“文件写着‘4月1日复工’，『次日』验收。”次日，工厂通电。", "2023-05-14",
     [("3月8日", "2023-03-08"), ("4月1日", "2023-04-01"), ("次日", "2023-04-02"),
      ("次日", "2023-03-09")]),
    # a 将 inside the quote is the speaker's: it does not make the reporter's date future
    ("5月3日，他说：“工厂将于下月投产。”", "2023-05-14",
     [("5月3日", "2023-05-03"), ("下月", "2023-06")]),
    # an explicit year inside a quote does not govern the reporter's dates either
    ("他说：“2019年我们来过”，3月5日又来了。", "2023-05-14",
     [("2019年", "2019"), ("3月5日", "2023-03-05")]),
    # the quote left open ends with its line
    ("3月8日，他说：“4月1日复工。\n次日，工厂通电。", "2023-05-14",
     [("3月8日", "2023-03-08"), ("4月1日", "2023-04-01"), ("次日", "2023-03-09")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), QUOTES)
def test_quoted_times_do_not_move_the_narrative(text: str, dct: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert mentions(text, dct) == expected


def test_without_quotes_the_narrative_moves_as_before() -> None:
    assert mentions("5月3日，他说，第二天我们就去了。随后，次日他们离开。", "2023-05-14") == [
        ("5月3日", "2023-05-03"), ("第二天", "2023-05-04"), ("次日", "2023-05-05")]


QUOTE_SPANS = [
    ("他说：“好。”然后", [(3, 7)]),
    ("“一。”“二。”", [(0, 4), (4, 8)]),
    ("「外『内』外」后", [(0, 7)]),
    ('他说"好"', [(2, 5)]),
    ("“开着\n下一行", [(0, 3)]),
    ("“到结尾", [(0, 4)]),
    ("多余的”右引号", []),
]


@pytest.mark.parametrize(("text", "spans"), QUOTE_SPANS)
def test_quote_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert quote_spans(text) == spans


# --- 3. sentence ends -------------------------------------------------------------------

SENTENCES = [
    ("第一句\r第二句", ["第一句\r", "第二句"]),
    ("第一句\r\n第二句", ["第一句\r\n", "第二句"]),
    ("第一句\u2028第二句", ["第一句\u2028", "第二句"]),
    ("第一句\u2029第二句", ["第一句\u2029", "第二句"]),
    ("第一句\n第二句", ["第一句\n", "第二句"]),
    ("抗洪一线见闻\n连日来，暴雨不断。", ["抗洪一线见闻\n", "连日来，暴雨不断。"]),
    ("抗洪一线见闻\r\n连日来，暴雨不断。", ["抗洪一线见闻\r\n", "连日来，暴雨不断。"]),
    ("暴雨不断。\n（记者 张三）\n次日，雨停。",
     ["暴雨不断。\n", "（记者 张三）\n", "次日，雨停。"]),
    ("暴雨不断。\r記者張三／台北報導\r次日，雨停。",
     ["暴雨不断。\r", "記者張三／台北報導\r", "次日，雨停。"]),
    ("暴雨不断。\u2028责任编辑：李四", ["暴雨不断。\u2028", "责任编辑：李四"]),
    ("他说：“好。”随后离开。", ["他说：“好。”", "随后离开。"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == expected
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_clauses_still_split_at_commas_and_colons_only() -> None:
    text = "标题\r正文，第二分句：第三分句"
    assert [text[a:b] for a, b in clauses(text)] == ["标题\r正文，", "第二分句：", "第三分句"]


def test_a_carriage_return_ends_the_sentence_a_future_cue_governs() -> None:
    # 计划 is in the heading's sentence only: the date on the next line is not future
    assert mentions("明年工作计划\r3月8日，展览开幕。", "2023-05-14") == [
        ("明年", "2024"), ("3月8日", "2023-03-08")]


# --- 4. counts that look like years or dates --------------------------------------------

NOT_TIMES = [
    "第三次会议", "十三届全国人大三次会议", "第十四届", "第2次", "三届二次全会", "第一百二十三条",
    "2号线", "3号文件", "国发〔2023〕5号", "国发[2023]5号", "国办发〔2022〕12号文件",
    "第３次", "２號線", "十四届全国人大一次会议", "二十届三中全会",
]


@pytest.mark.parametrize("trap", NOT_TIMES)
def test_counts_and_document_numbers_are_not_times(trap: str) -> None:
    text = f"根据{trap}的要求，各地抓紧落实。"
    assert mentions(text, "2023-05-14") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2025年第三季度报告显示，营收增长。", [("2025年第三季度", "2025-Q3")]),
    ("十三届全国人大三次会议22日开幕。", [("22日", "2020-05-22")]),
    ("地铁2号线3月5日开通。", [("3月5日", "2020-03-05")]),
    ("国发〔2019〕5号文件于3月5日印发。", [("3月5日", "2020-03-05")]),
])
def test_real_times_next_to_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text, "2020-05-24") == expected


# --- 5. times inside book titles are mentions, with their spans -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("会议审议《2020年工作报告》。", [("2020年", "2020")]),
    ("省里印发《关于2月10日起恢复生产的通知》。", [("2月10日起", "2020-02-10")]),
    ("《2月10日》是一部纪录片。", [("2月10日", "2020-02-10")]),
    ("他读了《明(十五)日》一文。", [("明(十五)日", "2020-02-15")]),
])
def test_times_inside_book_titles(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, dct="2020-02-14")
    assert [(m.text, m.time.value) for m in found] == expected
    for m in found:
        assert text[m.start:m.end] == m.text
        assert text.index("《") < m.start and m.end <= text.index("》")


def test_a_clause_under_mu_qian_is_on_the_reports_day_and_the_story_stays() -> None:
    # 目前 dates its clause by the DCT (PRESENT_REF, on the DCT's day), not the story's day,
    # and the story goes on at its own day afterwards
    doc = extract("6月28日，省长主持召开会议。目前，我省已进入主汛期。会后，省长赶往堤坝。",
                  dct="2015-06-29")
    rows = [(e.trigger.text, e.time.value if e.time else None,
             e.time.start.date().isoformat() if e.time and e.time.start else None)
            for e in doc.events]
    assert rows == [("主持召开", "2015-06-28", "2015-06-28"),
                    ("进入", "PRESENT_REF", "2015-06-29"),
                    ("赶往", "2015-06-28", "2015-06-28")]


def test_a_sentence_opening_in_an_earlier_event_takes_its_time() -> None:
    # 访问南非期间: the visit's days, not the day of the briefing; the visit is not told again
    doc = extract("10月16日，发言人宣布，外长将于10月17日至23日访问南非。访问南非期间，外长"
                  "将会见总统。", dct="2019-10-16")
    assert [(e.trigger.text, e.time.value if e.time else None, e.modality) for e in doc.events
            ][-2:] == [("访问", "2019-10-17/2019-10-23", "planned"),
                       ("会见", "2019-10-17/2019-10-23", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that only sets the scene dates the events of the next one
    ("9月13日上午10时，操场上彩旗招展。校长周立新出席典礼。",
     [("出席", "2008-09-13T10:00")]),
    # a day to come sets no scene for what is told after it
    ("9月20日，天气晴好。校长周立新出席典礼。", [("出席", None)]),
])
def test_a_scene_sentence_dates_what_follows(text: str, expected: list[tuple[str, str | None]]
                                             ) -> None:
    doc = extract(text, dct="2008-09-17")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == expected


def test_an_adverb_joined_to_a_verb_by_the_tagger_still_gives_the_verb() -> None:
    doc = extract("9月13日，新生开学典礼在新校区隆重举行。", dct="2008-09-17")
    assert [(e.type.value, e.trigger.text) for e in doc.events] == [("meeting", "举行")]


@pytest.mark.parametrize("span", ["0—24时", "0-24时", "0时至24时"])
def test_a_day_counted_to_24_hours_is_the_story_day(span: str) -> None:
    # the range ends at the next midnight, but the day it covers is the 7th
    times = find_times(f"2月7日{span}，全国新增病例。当日新增治愈。", dct="2022-02-08")
    assert [(t.text, t.time.value) for t in times][-1] == ("当日", "2022-02-07")


def test_a_past_event_named_in_a_relative_clause_does_not_move_the_story() -> None:
    # the record quake of 2024 is named to compare; the story stays on the 21st
    doc = extract("10月21日9时，某海峡发生3.5级地震。最大地震是2024年4月3日在某县发生的7.3级"
                  "地震。地震发生后，多地市民感受到震感。", dct="2025-10-21")
    last = doc.events[-1]
    assert (last.trigger.text, last.time.value if last.time else None) == (
        "感受", "2025-10-21T09:00")
