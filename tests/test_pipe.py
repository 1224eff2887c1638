"""``Extractor.pipe``: worker processes give what one process gives, in input order.

The texts are written for these tests (none comes from the seed article). ``pipe`` checks its
arguments when it is called, before it reads a text or starts a worker.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterator
from typing import Any

import pytest

from timeline import (
    DCTTypeError,
    DCTValueError,
    Document,
    Extractor,
    InputTypeError,
    extract,
)

from .samples import DCT, NEWS

TEXTS = [
    *NEWS,
    "1月5日，市科技馆举办未来城市展览。上周五，展览闭幕。",
    "自2月1日起，绍兴市交警支队每天安排警力在高速路口值守。",
    "12月31日晚，湖州市政府举行新年音乐会。",
    "2020年7月，杭州市文化广电旅游局发布暑期旅游指南。",
    "",  # an empty text is a text
    "3月19日，嘉兴市人民政府召开新闻发布会，宣布恢复公交运营。",
]
TIMEOUT = 120


def one_by_one(texts: list[str], dct: str | None = DCT, **kwargs: Any) -> list[Document]:
    return [extract(t, dct=dct, doc_id=str(i), **kwargs) for i, t in enumerate(texts)]


class Recorder:
    """An iterable of texts that counts how many were read."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for text in self.texts:
            self.read += 1
            yield text


@pytest.fixture
def no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting worker processes fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pipe started worker processes")

    monkeypatch.setattr(multiprocessing, "get_context", refuse)


class TestSameAsOneProcess:
    @pytest.mark.parametrize("batch_size", [1, 2, 5, 64])
    def test_two_processes_equal_one(self, batch_size: int) -> None:
        ex = Extractor()
        one = list(ex.pipe(TEXTS, dct=DCT))
        two = list(ex.pipe(TEXTS, dct=DCT, n_process=2, batch_size=batch_size))
        assert two == one == one_by_one(TEXTS)

    def test_order_is_kept_and_ids_are_positions(self) -> None:
        texts = TEXTS * 3  # more batches than processes
        docs = list(Extractor().pipe(texts, dct=DCT, n_process=2, batch_size=2))
        assert [d.id for d in docs] == [str(i) for i in range(len(texts))]
        assert [d.text for d in docs] == texts
        assert all(e.doc_id == d.id for d in docs for e in d.events)

    def test_events_are_found(self) -> None:
        docs = list(Extractor().pipe(TEXTS, dct=DCT, n_process=2, batch_size=3))
        assert sum(len(d.events) for d in docs) >= 10
        assert [e.type.value for e in docs[0].events] == ["meeting", "issue_document"]

    def test_dateline_read_in_the_workers(self) -> None:
        docs = list(Extractor().pipe(TEXTS, n_process=2, batch_size=2))
        assert docs == one_by_one(TEXTS, dct=None)
        assert docs[0].dct_source == "detected"

    def test_policy_and_actors_reach_the_workers(self) -> None:
        ex = Extractor(policy="future", actors={"星河实验室": "ORG"})
        docs = list(ex.pipe(TEXTS, dct=DCT, n_process=2, batch_size=2))
        assert docs == list(ex.pipe(TEXTS, dct=DCT))
        assert docs == one_by_one(TEXTS, policy="future", actors={"星河实验室": "ORG"})
        assert docs[1].events[0].time is not None
        assert docs[1].events[0].time.value == "2021-11-08"  # 'past' gives 2020-11-08
        assert "ORG:星河实验室" in {a.id for a in docs[4].actors}

    def test_a_generator_of_texts(self) -> None:
        docs = list(Extractor().pipe((t for t in TEXTS), dct=DCT, n_process=2, batch_size=4))
        assert docs == one_by_one(TEXTS)

    def test_more_processes_than_texts(self) -> None:
        assert list(Extractor().pipe(TEXTS[:1], dct=DCT, n_process=3)) == one_by_one(TEXTS[:1])

    @pytest.mark.parametrize("n_process", [1, 2])
    def test_no_texts(self, n_process: int) -> None:
        assert list(Extractor().pipe([], dct=DCT, n_process=n_process)) == []

    def test_results_stream(self) -> None:
        endless = itertools.cycle(TEXTS)
        first = list(itertools.islice(Extractor().pipe(endless, dct=DCT), 3))
        assert first == one_by_one(TEXTS[:3])

    def test_a_bad_text_raises_in_the_caller(self) -> None:
        texts: list[Any] = [TEXTS[0], TEXTS[1], b"bytes", TEXTS[2]]
        with pytest.raises(InputTypeError, match="text must be a str"):
            list(Extractor().pipe(texts, dct=DCT, n_process=2, batch_size=1))


class TestBoundedReading:
    """``pipe`` reads its input only a few batches ahead of the results taken."""

    @pytest.mark.parametrize(("n_process", "batch_size"), [(2, 1), (2, 3)])
    def test_reads_a_few_batches_ahead(self, n_process: int, batch_size: int) -> None:
        texts = Recorder(TEXTS * 20)
        docs = Extractor().pipe(texts, dct=DCT, n_process=n_process, batch_size=batch_size)
        first = next(docs)
        # in flight: two batches per worker, and one more once a batch came back
        bound = (2 * n_process + 1) * batch_size
        assert texts.read <= bound < len(texts.texts)
        taken = [first, *itertools.islice(docs, 5)]
        assert texts.read <= bound + 5 * batch_size
        docs.close()
        assert taken == one_by_one(TEXTS * 20)[:6]

    def test_long_texts_make_short_batches(self) -> None:
        long_text = "3月1日，某局召开会议。" * 1000  # 12,000 characters
        texts = Recorder([long_text] * 60)
        docs = Extractor().pipe(texts, dct=DCT, n_process=2, batch_size=256)
        first = next(docs)
        per_batch = -(-65_536 // len(long_text))  # a batch closes at about 64 k characters
        assert texts.read <= 5 * per_batch < 60
        docs.close()
        assert first == extract(long_text, dct=DCT, doc_id="0")

    def test_an_endless_input_streams(self) -> None:
        endless = itertools.cycle(TEXTS)
        docs = Extractor().pipe(endless, dct=DCT, n_process=2, batch_size=2)
        first = list(itertools.islice(docs, 7))
        docs.close()  # stops the workers
        assert first == one_by_one((TEXTS * 2)[:7])

    def test_stopping_early_ends_the_workers(self) -> None:
        docs = Extractor().pipe(itertools.cycle(TEXTS), dct=DCT, n_process=2, batch_size=1)
        next(docs)
        children = multiprocessing.active_children()
        docs.close()
        for child in children:
            child.join(TIMEOUT)
        assert all(not c.is_alive() for c in children)

    def test_the_callers_collector_is_left_on(self) -> None:
        import gc

        assert gc.isenabled()
        list(Extractor().pipe(TEXTS, dct=DCT, n_process=2, batch_size=2))
        assert gc.isenabled()
        assert "timeline._worker" not in __import__("sys").modules


class TestArguments:
    @pytest.mark.parametrize(
        ("n_process", "batch_size"), [(0, 64), (-1, 64), (-4, 1), (2, 0), (1, -3)]
    )
    def test_bad_n_process_or_batch_size(self, no_workers: None, n_process: int,
                                         batch_size: int) -> None:
        texts = Recorder(TEXTS)
        with pytest.raises(ValueError, match="n_process and batch_size must be at least 1"):
            next(Extractor().pipe(texts, dct=DCT, n_process=n_process, batch_size=batch_size))
        assert texts.read == 0

    def test_message_names_the_values(self) -> None:
        with pytest.raises(ValueError, match=r"n_process=0, batch_size=256"):
            next(Extractor().pipe(TEXTS, n_process=0))

    @pytest.mark.parametrize(
        ("dct", "error"),
        [("yesterday", DCTValueError), ("2021-13-01", DCTValueError), (3.5, DCTTypeError),
         (20210320, DCTTypeError)],
    )
    @pytest.mark.parametrize("n_process", [1, 2])
    def test_bad_dct_raises_before_any_work(self, no_workers: None, dct: Any,
                                            error: type[Exception], n_process: int) -> None:
        texts = Recorder(TEXTS)
        with pytest.raises(error, match="dct must be"):
            next(Extractor().pipe(texts, dct=dct, n_process=n_process))
        assert texts.read == 0  # no text read, and (the fixture) no worker started

    def test_checks_run_at_the_call(self, no_workers: None) -> None:
        texts = Recorder(TEXTS)
        with pytest.raises(ValueError, match="n_process and batch_size"):
            Extractor().pipe(texts, n_process=0)  # not iterated
        with pytest.raises(DCTValueError):
            Extractor().pipe(texts, dct="yesterday", n_process=2)
        assert texts.read == 0

    def test_bad_dct_is_a_value_or_type_error(self) -> None:
        with pytest.raises(ValueError):
            next(Extractor().pipe(TEXTS, dct="yesterday", n_process=2))
        with pytest.raises(TypeError):
            next(Extractor().pipe(TEXTS, dct=3.5, n_process=2))  # type: ignore[arg-type]
