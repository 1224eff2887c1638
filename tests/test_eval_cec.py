"""The CEC benchmark's article parsing and metrics (``benchmarks/eval_cec.py``), on a made-up
article in CEC's XML format; the corpus itself is not needed."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

# A made-up two-sentence article laid out like CEC: indentation between elements, a space
# after a closing tag, ideographic spaces at the start of a paragraph, an unannotated sentence.
ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>

<Body>
\t<Title>某镇仓库起火</Title>
\t<ReportTime type="absTime">2011年3月9日 14:05</ReportTime>  示例晚报
\t<Content>
\t\t<Paragraph>
\t\t\t<Sentence>\u3000\u3000
\t\t\t\t<Event eid="e1">
\t\t\t\t\t<Time type="relTime" tid="t1">昨天上午</Time>，
\t\t\t\t\t<Location lid="l1">某镇一仓库</Location>
\t\t\t\t\t<Denoter type="emergency" did="d1">起火</Denoter>
\t\t\t\t</Event>，
\t\t\t\t<Event eid="e2">
\t\t\t\t\t<Participant sid="s2">消防员</Participant>
\t\t\t\t\t<Denoter type="movement" did="d2">赶到</Denoter> 现场
\t\t\t\t</Event>。
\t\t\t</Sentence>
\t\t</Paragraph>
\t\t<Paragraph>
\t\t\t<Sentence>天气晴朗。</Sentence>
\t\t</Paragraph>
\t</Content>
\t<eRelation relType="Follow" cause_eid="e1" effect_eid="e2"/>
</Body>
"""

TEXT = (
    "某镇仓库起火\n"
    "2011年3月9日 14:05\n"
    "\u3000\u3000昨天上午，某镇一仓库起火，消防员赶到现场。\n"
    "天气晴朗。"
)


@pytest.fixture(scope="module")
def cec() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("eval_cec")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_text_is_rebuilt_without_layout_whitespace(cec: ModuleType) -> None:
    article = cec.parse_article(ARTICLE.encode("utf-8"), "demo", "火灾")
    assert article.text == TEXT
    assert (article.name, article.category) == ("demo", "火灾")
    assert article.report_time == "2011年3月9日 14:05"
    assert article.dct == datetime(2011, 3, 9, 14, 5)
    assert article.text[article.content_start:].startswith("\u3000\u3000昨天")


def test_event_and_denoter_spans(cec: ModuleType) -> None:
    article = cec.parse_article(ARTICLE)
    text = article.text
    assert [(e.eid, text[e.start:e.end], e.has_time) for e in article.events] == [
        ("e1", "昨天上午，某镇一仓库起火", True),
        ("e2", "消防员赶到现场", False),
    ]
    assert [(d.did, d.type, d.text, text[d.start:d.end]) for d in article.denoters] == [
        ("d1", "emergency", "起火", "起火"),
        ("d2", "movement", "赶到", "赶到"),
    ]
    # sid="s2" marks 消防员 as the subject of e2, whose denoter is d2
    assert [d.subjects for d in article.denoters] == [(), ("消防员",)]


def test_agents_are_scored_where_a_subject_is_marked(cec: ModuleType) -> None:
    article = cec.parse_article(ARTICLE)
    start = article.text.index("赶到")

    def counts(*agents: str) -> tuple[int, int, int, int, int]:
        found = cec.Trigger(start, start + 2, "赶到", True, agents)
        c = cec.score_article(article, [found])
        return (c.subject_actions, c.subject_found, c.subject_right, c.agents_given,
                c.agents_right)

    assert counts("消防员") == (1, 1, 1, 1, 1)
    assert counts("某镇消防员", "消防") == (1, 1, 1, 1, 1)  # one contains the other
    assert counts("仓库") == (1, 1, 0, 1, 0)
    assert counts() == (1, 0, 0, 0, 0)
    assert cec.same_party(("民警",), ("两名民警",)) and not cec.same_party(("",), ("民警",))


@pytest.mark.parametrize(("written", "expected"), [
    ("2008年04月05日 09:12", datetime(2008, 4, 5, 9, 12)),
    ("2008-6-7", datetime(2008, 6, 7)),
    ("2006-8-14 9:34:32", datetime(2006, 8, 14, 9, 34, 32)),
    ("2009/03/02", datetime(2009, 3, 2)),
    ("25/07/2009", datetime(2009, 7, 25)),
    ("2014-04-30 13:430", datetime(2014, 4, 30, 13, 43)),
    ("时间：2010-01-02 03:04:05\u3000来源: 某网", datetime(2010, 1, 2, 3, 4, 5)),
    ("2005-12", None),
    ("", None),
])
def test_parse_dct(cec: ModuleType, written: str, expected: datetime | None) -> None:
    assert cec.parse_dct(written) == expected


def test_span_predicates(cec: ModuleType) -> None:
    assert cec.overlaps(0, 3, 2, 5) and cec.overlaps(2, 5, 0, 3)
    assert not cec.overlaps(0, 2, 2, 4)  # touching is not overlapping
    assert cec.inside(2, 4, 0, 4) and cec.inside(0, 4, 0, 4)
    assert not cec.inside(2, 5, 0, 4)
    assert cec.trim(" \u3000ab\n", 0, 5) == (2, 4)
    assert cec.trim("  ", 0, 2) == (2, 2)


def test_sentence_at(cec: ModuleType) -> None:
    text = "甲发生。乙赶到现场。\n丙"
    assert cec.sentence_at(text, 5, 7) == "乙【赶到】现场。"
    assert cec.sentence_at(text, 11, 12) == "【丙】"


def test_verb_spans(cec: ModuleType) -> None:
    tokens = [("消防员", "n"), ("赶到", "v"), ("现场", "s"), ("。", "x"), ("起火", "vn")]
    assert cec.verb_spans(tokens) == [(3, 5, "赶到"), (8, 10, "起火")]


def test_score_article(cec: ModuleType) -> None:
    article = cec.parse_article(ARTICLE)
    text = article.text

    def trigger(word: str, dated: bool) -> object:
        start = text.index(word, article.content_start)
        return cec.Trigger(start, start + len(word), word, dated)

    title = cec.Trigger(0, 2, "某镇", True)  # in the title line: no annotation there
    # e1: dated trigger inside; e2: only an undated one, which still finds the movement
    # denoter; 晴朗 is outside every event.
    triggers = [title, trigger("起火", True), trigger("赶到", False), trigger("晴朗", True)]
    diagnostics = cec.Diagnostics()
    counts = cec.score_article(article, triggers, diagnostics)
    assert (counts.articles, counts.chars, counts.events) == (1, len(text), 2)
    assert (counts.events_inside, counts.events_overlap) == (1, 1)
    assert (counts.timed, counts.timed_inside, counts.timed_overlap) == (1, 1, 1)
    assert (counts.actions, counts.actions_found) == (1, 1)
    assert (counts.triggers, counts.dated_triggers, counts.triggers_supported) == (4, 3, 2)
    assert (counts.content_triggers, counts.content_supported) == (3, 2)
    assert diagnostics.false_positives == {"某镇": 1, "晴朗": 1}
    assert not diagnostics.missed
    assert diagnostics.fp_examples[1] == "天气【晴朗】。"

    # A dated trigger straddling e2's start overlaps e2 without lying inside it.
    start = text.index("，消防员")
    straddling = cec.Trigger(start, start + 2, text[start:start + 2], True)
    missed = cec.Diagnostics()
    counts = cec.score_article(article, [straddling], missed)
    assert (counts.events_inside, counts.events_overlap, counts.timed_overlap) == (0, 1, 0)
    assert (counts.actions_found, counts.triggers_supported) == (0, 1)
    assert missed.missed == {"赶到": 1}
    assert missed.missed_examples == ["昨天上午，某镇一仓库起火，消防员【赶到】现场。"]

    total = cec.Counts()
    total += counts
    total += counts
    assert (total.articles, total.events_overlap) == (2, 2)


def test_ratio(cec: ModuleType) -> None:
    assert cec.ratio(1, 3) == "0.333"
    assert cec.ratio(0, 0) == "-"
