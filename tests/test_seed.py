"""Golden test: the seed article, every time in it, and none inside its numeric traps."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import TimeMention, find_times

DCT = "2020-02-26T03:26"
D = datetime

# (text, type, value, start, end, mod, quant) for every time the article states, in order
GOLD = [
    ("2020年02月26日 3:26", "TIME", "2020-02-26T03:26", D(2020, 2, 26, 3, 26),
     D(2020, 2, 26, 3, 27), None, None),
    ("2020年新年伊始", "DATE", "2020", D(2020, 1, 1), D(2020, 5, 1), "START", None),
    ("1月30日", "DATE", "2020-01-30", D(2020, 1, 30), D(2020, 1, 31), None, None),
    ("1 月 30 日下午", "TIME", "2020-01-30TAF", D(2020, 1, 30, 12), D(2020, 1, 30, 18), None,
     None),
    ("2月2日", "DATE", "2020-02-02", D(2020, 2, 2), D(2020, 2, 3), None, None),
    ("2月3日上午", "TIME", "2020-02-03TMO", D(2020, 2, 3, 6), D(2020, 2, 3, 12), None, None),
    ("2020年", "DATE", "2020", D(2020, 1, 1), D(2021, 1, 1), None, None),
    ("自1月29日起", "DATE", "2020-01-29", D(2020, 1, 29), None, "ON_OR_AFTER", None),
    ("每天", "SET", "P1D", None, None, None, "EVERY"),
    ("2月10日", "DATE", "2020-02-10", D(2020, 2, 10), D(2020, 2, 11), None, None),
    ("2月1日", "DATE", "2020-02-01", D(2020, 2, 1), D(2020, 2, 2), None, None),
    ("从2月3日起", "DATE", "2020-02-03", D(2020, 2, 3), None, "ON_OR_AFTER", None),
    ("1月27日", "DATE", "2020-01-27", D(2020, 1, 27), D(2020, 1, 28), None, None),
    ("1月29日", "DATE", "2020-01-29", D(2020, 1, 29), D(2020, 1, 30), None, None),
    ("2月11日", "DATE", "2020-02-11", D(2020, 2, 11), D(2020, 2, 12), None, None),
    ("下一步", "DATE", "FUTURE_REF", None, None, None, None),
]

TRAPS = ["3386次", "I级", "第一时间", "4 个工作组", "第3次", "33个", "5800余人", "十个一",
         "54项", "邕武路19号", "010-63971479", "同时", "及时", "疫情当前", "四个意识", "一次"]


@pytest.fixture(scope="module")
def mentions(seed_text: str) -> list[TimeMention]:
    return find_times(seed_text, dct=DCT)


def _row(m: TimeMention) -> tuple[object, ...]:
    t = m.time
    return (m.text, t.type.value, t.value, t.start, t.end, t.mod, t.quant)


def test_every_time_in_order(mentions: list[TimeMention]) -> None:
    assert [_row(m) for m in mentions] == GOLD


def test_offsets_point_into_the_original(seed_text: str, mentions: list[TimeMention]) -> None:
    for m in mentions:
        assert seed_text[m.start:m.end] == m.text


@pytest.mark.parametrize("trap", TRAPS)
def test_no_time_inside_traps(seed_text: str, mentions: list[TimeMention], trap: str) -> None:
    start = seed_text.index(trap)
    while start != -1:
        end = start + len(trap)
        assert not [m for m in mentions if m.start < end and start < m.end], trap
        start = seed_text.find(trap, end)


def test_without_dct_the_dateline_anchors_the_rest(seed_text: str) -> None:
    # no DCT: the dateline is the first fully resolved date, so later dates take its year
    values = [m.time.value for m in find_times(seed_text)]
    assert values[0] == "2020-02-26T03:26"
    assert "2020-01-30" in values and "2020-02-11" in values
    assert not [v for v in values if v.startswith("XXXX")]
