"""Robustness of the whole pipeline: ``timeline.extract`` on any text, bad arguments, odd dates.

For any Unicode string (every general category, lone surrogates ``Cs`` and control characters
included, emoji sequences, mixed scripts) and for text dense with the grammar's own pieces,
``extract``:

* never raises and emits no warning (whole-text problems go to ``Document.warnings``);
* returns offsets that are valid in the original text (``text[start:end] == span.text``) for
  every time mention, actor mention, event trigger and evidence;
* builds events that refer only to actors of the same document (by id, with the same name) and
  to times that are some time mention's ``TimeValue`` (a recurrence is a ``SET`` one);
* gives a ``Document`` that reads back from its own JSON unchanged, lone surrogates included,
  through every path (``model_dump_json``/``model_validate_json``, ``to_json``/``from_json``),
  and whose JSON UTF-8 can always encode;
* gives the same documents when 4 threads run it at once as when one thread runs it.

Bad arguments raise the documented ``timeline.errors`` subclasses of ``TypeError`` /
``ValueError`` with messages that say what was expected; impossible dates become warnings on
the ``TimeValue``; enormous numbers give no interval.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import timeline
from timeline import Document, Extractor, TimeType, extract, find_actors, find_times, parse_time
from timeline.errors import (
    DCTTypeError,
    DCTValueError,
    InputTypeError,
    InvalidDCTError,
    InvalidDocumentError,
    InvalidPolicyError,
    TimelineError,
)

from .conftest import SEED
from .strategies import PIECES, any_text, dcts, grammar_text, mixed_text, policies

# --------------------------------------------------------------------------------------------
# strategies
# --------------------------------------------------------------------------------------------

# every code point hypothesis knows, surrogates (Cs), controls (Cc), format (Cf), private use
# (Co) and unassigned (Cn) included: st.text() alone leaves out the surrogates
every_char = st.characters(exclude_categories=())
all_unicode = st.text(every_char, max_size=200)
controls = st.text(st.characters(categories=["Cc", "Cf", "Cs", "Zl", "Zp", "Zs", "Mn"]),
                   max_size=40)

ODD = [
    "🎉", "👨‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈", "1️⃣", "\u200d", "\ufe0f", "\u200b", "\ufeff", "\u202e",
    "é", "e\u0301", "ß", "Ω", "ﬁ", "ش", "עברית", "カタカナ", "한국어", "देवनागरी", "ไทย",
    "𠀀", "𪚥", "〇", "〡", "\ud800", "\udfff", "\udbff\udc00", "\x00", "\x1b[0m", "\r\n", "\r",
    "\u2028", "\u2029", "\u3000", "\xa0", "１", "０", "Ⅻ", "⑩", "½", "٣", "߁", "ｰ", "～",
    "《", "》", "“", "”", "【", "】", "「", "」", "\\", "\t",
]
NEWS = [
    "国务院", "新华社", "广西壮族自治区林业局", "自治区林业局", "局长", "王明", "同志", "表示",
    "南宁市", "自然资源局", "办公室", "领导小组", "指挥部", "北京市委", "中央电视台",
    "召开", "主持召开", "会议", "部署会", "印发", "《通知》", "《关于做好疫情防控工作的方案》",
    "成立", "启动", "暂停", "恢复", "复工", "决定", "检查", "开展", "建设", "发布", "签署",
    "调研", "发生", "到", "在", "对", "，", "。", "；", "\n", "、", "：",
]
emoji_scripts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(ODD), st.text(every_char, max_size=3)),
    max_size=40,
).map("".join)
news_text = st.lists(st.sampled_from(PIECES + NEWS + NEWS), max_size=60).map("".join)
news_odd = st.lists(st.sampled_from(PIECES + NEWS + ODD), max_size=60).map("".join)

SEED_TEXT = SEED.read_text(encoding="utf-8") if SEED.exists() else "1月30日下午，某厅召开部署会。"


@st.composite
def seed_mutants(draw: st.DrawFn) -> str:
    """A stretch of the seed article (real news) with a few pieces overwritten by odd ones."""
    lo = draw(st.integers(0, len(SEED_TEXT)))
    text = SEED_TEXT[lo:draw(st.integers(lo, min(len(SEED_TEXT), lo + 1500)))]
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 5)))
        piece = draw(st.one_of(st.sampled_from(PIECES + NEWS + ODD), st.text(every_char,
                                                                             max_size=4)))
        text = text[:i] + piece + text[j:]
    return text


texts = st.one_of(all_unicode, controls, any_text, grammar_text, mixed_text, emoji_scripts,
                  news_text, news_odd, news_text, seed_mutants())
extreme_dcts = st.one_of(
    dcts,
    st.datetimes(),  # year 1 .. 9999
    st.dates(),
    st.datetimes(timezones=st.sampled_from([dt.timezone.utc,
                                            dt.timezone(dt.timedelta(hours=14)),
                                            dt.timezone(dt.timedelta(hours=-12))])),
    st.sampled_from(["2020-02-26", "1998-01-31T08:00", " 2020-02-26 ",
                     "2020-02-26T03:26:00+08:00"]),
)

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    database=None)

# --------------------------------------------------------------------------------------------
# the invariants
# --------------------------------------------------------------------------------------------


def _span_ok(text: str, start: int, end: int, s: str, what: str) -> None:
    assert 0 <= start < end <= len(text), f"{what}: span [{start}, {end}) outside the text"
    assert text[start:end] == s, f"{what}: text[{start}:{end}] != {s!r}"


def check_document(text: str, doc: Document) -> None:
    """Every invariant a ``Document`` from ``extract(text)`` must satisfy."""
    assert doc.text == text
    # times: valid spans, in order, not overlapping; ordered intervals
    prev_end = 0
    for m in doc.times:
        _span_ok(text, m.start, m.end, m.text, "time mention")
        assert prev_end <= m.start, f"time mentions overlap or are out of order at {m.start}"
        prev_end = m.end
        t = m.time
        if t.start is not None and t.end is not None:
            assert t.start < t.end, f"empty or reversed interval {t.start} .. {t.end}"
    time_values = {m.time for m in doc.times}
    # actors: unique ids, valid mention spans, references between actors stay in the document
    ids = [a.id for a in doc.actors]
    assert len(ids) == len(set(ids)), f"duplicate actor ids: {ids}"
    names = {a.id: a.name for a in doc.actors}
    for a in doc.actors:
        assert a.mentions, f"actor {a.id} has no mention"
        for am in a.mentions:
            _span_ok(text, am.start, am.end, am.text, f"mention of {a.id}")
        for ref in (a.parent, a.org):
            assert ref is None or ref in names, f"{a.id} points to {ref}, not in doc.actors"
    parents = {a.id: a.parent for a in doc.actors}
    for a in doc.actors:  # parent chains end
        seen, up = {a.id}, a.parent
        while up is not None:
            assert up not in seen, f"parent loop through {up}"
            seen.add(up)
            up = parents.get(up)
    # events: spans, actors by id, times from doc.times
    event_ids = [e.id for e in doc.events]
    assert len(event_ids) == len(set(event_ids)), f"duplicate event ids: {event_ids}"
    triggers = [e.trigger.start for e in doc.events]
    assert triggers == sorted(triggers), "events are not in text order"
    for e in doc.events:
        _span_ok(text, e.trigger.start, e.trigger.end, e.trigger.text, f"trigger of {e.id}")
        _span_ok(text, e.evidence.start, e.evidence.end, e.evidence.text, f"evidence of {e.id}")
        assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end
        for r in e.actors:
            if r.id is None:  # an agent the text does not name: known by its words
                assert r.role == "agent" and r.name, f"event {e.id}: unnamed {r!r}"
                continue
            assert r.id in names, f"event {e.id} refers to actor {r.id} not in doc.actors"
            assert r.name == names[r.id], f"event {e.id}: {r.name!r} != {names[r.id]!r}"
        if e.time is None:
            assert e.time_source == "none"
        else:
            assert e.time in time_values, f"event {e.id}: time {e.time} is no mention's time"
            assert e.time_source != "none"
        if e.recurrence is not None:
            assert e.recurrence.type is TimeType.SET, f"event {e.id}: recurrence not a SET"
            assert e.recurrence in time_values, f"event {e.id}: recurrence is no mention's time"


_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def check_json(doc: Document) -> None:
    """The document reads back from its JSON unchanged (the validators run on the way in),
    through both paths, and its JSON is valid UTF-8 whatever the text holds.

    Except for one thing JSON cannot say: a high surrogate right before a low one is, in
    JSON, the one character the pair encodes (no decoder makes such a pair from bytes).
    """
    payload = doc.model_dump_json()
    payload.encode("utf-8")  # raises on a raw surrogate
    assert payload == doc.to_json()  # one serializer
    if _PAIR.search(doc.text):
        with suppress(InvalidDocumentError):  # the offsets after the pair move: a clear error
            joined = _PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass")
                               .decode("utf-16-le"), doc.text)
            assert Document.from_json(payload).text == joined
        return
    assert Document.model_validate_json(payload) == doc
    assert Document.from_json(payload) == doc


def quiet_extract(text: str, **kwargs: Any) -> Document:
    """``extract`` that must not warn: whole-text problems belong on ``Document.warnings``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = extract(text, **kwargs)
    assert not caught, f"extract warned instead of recording: {[str(w.message) for w in caught]}"
    return doc


# --------------------------------------------------------------------------------------------
# any text
# --------------------------------------------------------------------------------------------


@settings(SETTINGS, max_examples=2500)
@given(texts, extreme_dcts, policies)
@example("\ud800 1月3日，国务院召开会议。", None, "past")
@example("\x00" * 5 + "2020年2月30日" + "\u202e" * 3, "2020-02-26", "future")
@example("每天上午，国务院召开会议，每周一开展检查。", "2020-02-26", "nearest")
@example("9999年12月31日，国务院召开会议。明年再开。", dt.datetime(9999, 12, 31, 23, 59), "future")
@example("去年，国务院召开会议。", dt.date(1, 1, 1), "past")
@example("北京\u2f00委局北京\u2f00委", None, "past")  # a merged body's sub-unit kept its parent
@example("1月30日，某厅成立疫情防控工作领导小组(以下简称\t)2020年", None, "past")  # empty alias
@example("发生\r召开", None, "past")  # a support verb reached its noun across a line end
def test_extract_never_raises_and_keeps_every_invariant(text: str, dct: Any, policy: str) -> None:
    doc = quiet_extract(text, dct=dct, policy=policy)
    check_document(text, doc)
    check_json(doc)


@settings(SETTINGS, max_examples=600)
@given(texts, dcts)
def test_extract_is_deterministic_and_agrees_with_find_times(text: str, dct: Any) -> None:
    doc = quiet_extract(text, dct=dct)
    assert quiet_extract(text, dct=dct) == doc
    if dct is not None:  # with a given dct, extract's times are find_times' times
        assert list(doc.times) == find_times(text, dct=dct)


@settings(SETTINGS, max_examples=600)
@given(st.one_of(texts, st.text(every_char, max_size=200)), dcts)
def test_json_round_trip_is_exact(text: str, dct: Any) -> None:
    check_json(quiet_extract(text, dct=dct))


@pytest.mark.parametrize("text", ["\ud800", "1月3日，国务院召开会议。\udfff", "\udbff\udc00某厅",
                                  "\ud800" * 3 + "2月2日印发"])
def test_json_round_trip_with_a_lone_surrogate(text: str) -> None:
    doc = quiet_extract(text, dct="2020-02-26")
    check_json(doc)
    assert "\\ud" in doc.model_dump_json() or "\\udbff" in doc.model_dump_json()


# --------------------------------------------------------------------------------------------
# threads
# --------------------------------------------------------------------------------------------

THREADS = 4


def _concurrently(run: Callable[[int], list[Document]]) -> list[list[Document]]:
    """``run(worker)`` in THREADS threads released together by a barrier."""
    barrier = threading.Barrier(THREADS)

    def worker(i: int) -> list[Document]:
        barrier.wait()
        return run(i)

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(worker, range(THREADS)))


@settings(SETTINGS, max_examples=100)
@given(st.lists(st.one_of(news_text, news_odd, mixed_text, all_unicode, seed_mutants()), min_size=4,
                max_size=16),
       dcts, policies)
def test_threads_give_what_one_thread_gives(batch: list[str], dct: Any, policy: str) -> None:
    alone = [extract(t, dct=dct, policy=policy) for t in batch]  # type: ignore[arg-type]

    def run(i: int) -> list[Document]:
        order = batch[i:] + batch[:i]  # each thread walks the batch from another place
        docs = [extract(t, dct=dct, policy=policy) for t in order]  # type: ignore[arg-type]
        return docs[len(batch) - i:] + docs[:len(batch) - i]

    for docs in _concurrently(run):
        assert docs == alone


def test_threads_on_the_seed_article(seed_text: str) -> None:
    texts = [seed_text, *seed_text.split("\n")]
    extractor = Extractor()
    alone = [extractor.extract(t, dct="2020-02-26") for t in texts]
    for docs in _concurrently(lambda _: [extractor.extract(t, dct="2020-02-26") for t in texts]):
        assert docs == alone
    for doc, text in zip(alone, texts, strict=True):
        check_document(text, doc)
        check_json(doc)


COLD_START = r"""
import sys, threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
import timeline
texts = sys.stdin.read().split("\x1e")
barrier = threading.Barrier(4)
def work(i):
    barrier.wait()  # the first calls, which build the lazy tables, race each other
    return [timeline.extract(t, dct="2020-02-26").model_dump_json() for t in texts]
with ThreadPoolExecutor(4) as pool:
    results = list(pool.map(work, range(4)))
alone = [timeline.extract(t, dct="2020-02-26").model_dump_json() for t in texts]
sys.exit(0 if all(r == alone for r in results) else 1)
"""


def test_threads_racing_on_a_cold_start(seed_text: str) -> None:
    """In a fresh interpreter, 4 threads make the very first calls at once."""
    texts = [seed_text, "1月30日下午，某厅召开部署会。每天上午开展检查。",
             "腊月二十八，南宁市启动。"]
    proc = subprocess.run([sys.executable, "-c", COLD_START], input="\x1e".join(texts),
                          capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr[-2000:] or "threads disagreed with one thread"


# --------------------------------------------------------------------------------------------
# hand-picked hostile texts
# --------------------------------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\n" * 50,
    "\ud800\udc00",  # a surrogate pair written as two code points
    "1月3日\ud800国务院召开会议",
    "\x00" * 100,
    "（" * 500 + "1月3日" + "）" * 500,
    "《" * 300 + "通知" + "》" * 300,
    "“" * 300 + "国务院召开会议" + "”" * 300,
    "年" * 2000,
    "1月" * 1000,
    "至" * 1000 + "1月3日",
    "1月3日至" * 300,
    "每" * 500 + "天",
    "第" * 500 + "3次",
    "一二三年月日号点时分上下午前后至到自起每周第" * 40,
    "0" * 5000,
    "１" * 3000 + "年",
    "2020-" * 500,
    "09:06:" * 500,
    "召开" * 1000,
    "国务院" * 700,
    "局长王明同志表示" * 200,
    "🎉" * 1000 + "1月3日",
    "e\u0301" * 500,
    "\u202e1月3日\u202c国务院召开会议",
    "2020年1月3日(星期八)国务院召开会议",
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
@pytest.mark.parametrize("dct", [None, "2020-02-26", dt.datetime(9999, 12, 31), dt.date(1, 1, 1)],
                         ids=["no-dct", "2020", "max", "min"])
def test_hostile_texts(text: str, dct: Any) -> None:
    doc = quiet_extract(text, dct=dct)
    check_document(text, doc)
    check_json(doc)


# --------------------------------------------------------------------------------------------
# bad arguments
# --------------------------------------------------------------------------------------------

BAD_TEXTS = [None, b"1\xe6\x9c\x88", bytearray(b"abc"), 5, 3.5, ["1月3日"], {"text": "x"},
             memoryview(b"x")]
TEXT_ENTRY_POINTS: dict[str, Callable[[Any], object]] = {
    "extract": lambda t: extract(t),
    "Extractor.extract": lambda t: Extractor().extract(t),
    "Extractor.pipe": lambda t: list(Extractor().pipe(["1月3日", t])),
    "find_times": lambda t: find_times(t),
    "parse_time": lambda t: parse_time(t),
    "find_actors": lambda t: find_actors(t),
}


@pytest.mark.parametrize("entry", TEXT_ENTRY_POINTS)
@pytest.mark.parametrize("bad", BAD_TEXTS, ids=lambda b: type(b).__name__)
def test_text_of_the_wrong_type(entry: str, bad: object) -> None:
    with pytest.raises(TypeError) as info:
        TEXT_ENTRY_POINTS[entry](bad)
    assert isinstance(info.value, InputTypeError) and isinstance(info.value, TimelineError)
    message = str(info.value)
    assert "text must be a str" in message and type(bad).__name__ in message


@pytest.mark.parametrize(
    ("dct", "error", "hint"),
    [
        (1.5, DCTTypeError, "datetime, date or ISO string"),
        (math.nan, DCTTypeError, "datetime, date or ISO string"),
        (20200226, DCTTypeError, "datetime, date or ISO string"),
        (True, DCTTypeError, "datetime, date or ISO string"),
        (b"2020-02-26", DCTTypeError, "datetime, date or ISO string"),
        (["2020-02-26"], DCTTypeError, "datetime, date or ISO string"),
        (dt.time(3, 26), DCTTypeError, "datetime, date or ISO string"),
        ("garbage", DCTValueError, "2020-02-26"),
        ("", DCTValueError, "2020-02-26"),
        ("2020-13-05", DCTValueError, "2020-02-26"),
        ("2020-02-30", DCTValueError, "2020-02-26"),
        ("2020年2月26日", DCTValueError, "2020-02-26"),
        ("26/02/2020", DCTValueError, "2020-02-26"),
        ("2020-02-26T25:00", DCTValueError, "2020-02-26"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("entry", ["extract", "Extractor.pipe", "find_times", "parse_time"])
def test_invalid_dct(dct: object, error: type[Exception], hint: str, entry: str) -> None:
    calls: dict[str, Callable[[], object]] = {
        "extract": lambda: extract("1月3日", dct=dct),  # type: ignore[arg-type]
        "Extractor.pipe": lambda: list(Extractor().pipe(["1月3日"], dct=dct)),  # type: ignore[arg-type]
        "find_times": lambda: find_times("1月3日", dct=dct),  # type: ignore[arg-type]
        "parse_time": lambda: parse_time("1月3日", dct=dct),  # type: ignore[arg-type]
    }
    with pytest.raises(error) as info:
        calls[entry]()
    exc = info.value
    assert isinstance(exc, InvalidDCTError) and isinstance(exc, TimelineError)
    assert isinstance(exc, TypeError if error is DCTTypeError else ValueError)
    message = str(exc)
    assert message.startswith("dct must be") and hint in message and repr(dct) in message


@pytest.mark.parametrize("policy", ["sometimes", "PAST", "", None, 1, "past "])
@pytest.mark.parametrize("entry", ["extract", "Extractor", "find_times", "parse_time"])
def test_unknown_policy(policy: object, entry: str) -> None:
    calls: dict[str, Callable[[], object]] = {
        "extract": lambda: extract("1月3日", policy=policy),  # type: ignore[arg-type]
        "Extractor": lambda: Extractor(policy=policy),  # type: ignore[arg-type]
        "find_times": lambda: find_times("1月3日", policy=policy),  # type: ignore[arg-type]
        "parse_time": lambda: parse_time("1月3日", policy=policy),  # type: ignore[arg-type]
    }
    with pytest.raises(InvalidPolicyError) as info:
        calls[entry]()
    assert isinstance(info.value, ValueError) and isinstance(info.value, TimelineError)
    message = str(info.value)
    assert all(p in message for p in ("'past'", "'future'", "'nearest'"))
    assert repr(policy) in message


def test_the_errors_are_public() -> None:
    for name in ("DCTTypeError", "DCTValueError", "InputTypeError", "InvalidDCTError",
                 "InvalidPolicyError", "TimelineError"):
        assert getattr(timeline, name) is getattr(timeline.errors, name)


# --------------------------------------------------------------------------------------------
# impossible dates and enormous numbers
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2月30日，国务院召开会议。", "2月30日"),
        ("13月5日，国务院召开会议。", "13月5日"),
        ("2020年2月30日", "2020年2月30日"),
        ("2019年2月29日开会", "2019年2月29日"),
        ("4月31日", "4月31日"),
        ("6月31日至7月2日", "6月31日"),
        ("２月３０日", "２月３０日"),
    ],
)
@pytest.mark.parametrize("policy", ["past", "future", "nearest"])
def test_impossible_dates_warn_on_the_time_value(text: str, date: str, policy: str) -> None:
    doc = quiet_extract(text, dct="2020-02-26", policy=policy)
    check_document(text, doc)
    check_json(doc)
    covering = [m for m in doc.times if m.start <= text.index(date) < m.end]
    assert covering, f"no time mention covers {date!r}: {doc.times}"
    t = covering[0].time
    assert any("impossible" in w for w in t.warnings), t
    assert t.start is None and t.end is None, f"an impossible date got an interval: {t}"


HUGE = "99999999999999999999"
ENORMOUS = [
    f"{HUGE}年",
    "1e309天",
    f"{HUGE}天后",
    f"{HUGE}天前",
    f"{HUGE}个月后",
    f"{HUGE}小时前",
    f"{HUGE}年前，国务院召开会议。",
    f"第{HUGE}天",
    f"每{HUGE}天",
    f"{HUGE}世纪",
    f"{HUGE}年代",
    f"{HUGE}年{HUGE}月{HUGE}日",
    f"{HUGE}点{HUGE}分",
    f"近{HUGE}年来",
    "九千九百九十九亿年前",
    "一万亿年后",
    "9" * 400 + "年",
    "2000000000年",
    "3000000天后",
]


@pytest.mark.parametrize("text", ENORMOUS)
@pytest.mark.parametrize("dct", [None, "2020-02-26", dt.datetime(9999, 12, 31)],
                         ids=["no-dct", "2020", "max"])
def test_enormous_numbers_give_no_interval(text: str, dct: Any) -> None:
    doc = quiet_extract(text, dct=dct)
    check_document(text, doc)
    check_json(doc)
    for m in doc.times:
        digits = max((len(run) for run in "".join(c if c.isdigit() else " " for c in m.text)
                      .split()), default=0)
        if digits >= 7 or "亿" in m.text or "万" in m.text:
            assert m.time.start is None and m.time.end is None, f"bogus interval for {m}"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_document_to_json_round_trips_any_text(text: str) -> None:
    """``Document.to_json`` carries every string, lone surrogates included."""
    doc = extract(text, dct="2020-02-26")
    assert Document.from_json(doc.to_json()) == doc
