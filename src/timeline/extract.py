"""``extract``: a news text to a ``Document`` with its times, actors, events and timeline."""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice
from multiprocessing.context import BaseContext
from typing import Literal

import regex

from ._args import check_doc_id, check_policy, check_text, coerce_actors, coerce_dct
from ._gc import collector_paused
from ._types import DateLike, Policy
from .actors.find import ActorDictionary, actors_of, story_actors
from .events.find import find_events
from .models import Document, trusted
from .prepared import prepare
from .temporal.find import times_of
from .text import normalize

__all__ = ["Extractor", "detect_dateline", "extract"]

# A dateline near the top: '2020年02月26日 3:26', '发布时间：2022-03-29 09:06',
# '发布日期:2020-01-23'
_DATELINE = regex.compile(
    r"(?:(?P<label>(?:发布|发表|更新|来源)?(?:时间|日期)[:：])\s{0,2})?"
    r"(?P<y>(?:19|20)[0-9]{2})\s{0,2}(?:年|[-/.])\s{0,2}(?P<m>1[0-2]|0?[1-9])\s{0,2}(?:月|[-/.])"
    r"\s{0,2}(?P<d>3[01]|[12][0-9]|0?[1-9])(?:日)?(?![0-9])"
    r"(?:\s{0,3}(?P<H>[01]?[0-9]|2[0-3])[:：](?P<M>[0-5][0-9])(?::[0-5][0-9])?)?"
)
_DATELINE_WINDOW = 400  # characters from the top where a dateline may stand


def detect_dateline(text: str) -> datetime | None:
    """The publication time a text states near its top, or ``None``.

    >>> detect_dateline("标题\\n\\n发布时间：2022-03-29 09:06 来源：新华社")
    datetime.datetime(2022, 3, 29, 9, 6)
    """
    head = normalize(check_text(text)[:_DATELINE_WINDOW])
    m = next((m for m in _DATELINE.finditer(head) if _is_dateline(head, m)), None)
    if m is None:
        return None
    try:
        return datetime(int(m["y"]), int(m["m"]), int(m["d"]),
                        int(m["H"] or 0), int(m["M"] or 0))
    except ValueError:
        return None


def _is_dateline(head: str, m: regex.Match[str]) -> bool:
    """A dateline has a label, a clock time, or nothing but spaces after it on its line
    ('2019年10月9日，某局召开会议' is a sentence, not a dateline)."""
    if m["label"] or m["H"]:
        return True
    rest = head[m.end():].split("\n", 1)[0]
    return not rest.strip() or rest[:1] in " \t　"


class Extractor:
    """Reusable, picklable configuration for extracting documents.

    >>> ex = Extractor(policy="past")
    >>> doc = ex.extract("2月2日，某厅印发方案。", dct="2020-02-26")
    >>> [e.type.value for e in doc.events]
    ['issue_document']
    """

    def __init__(self, *, policy: Policy = "past", actors: ActorDictionary | None = None) -> None:
        self.policy: Policy = check_policy(policy)
        # checked once here, kept as plain (name, kind, aliases) entries: picklable, and
        # what every worker process gets
        self.actors = [{"name": name, "kind": kind.value, "aliases": list(aliases)}
                       for name, kind, aliases in coerce_actors(actors)] or None
        self._given = frozenset(str(a["name"]) for a in self.actors or ())

    def extract(self, text: str, *, dct: DateLike | None = None,
                doc_id: str | None = None) -> Document:
        """Times, actors and events of one text, with its DCT given or detected."""
        check_text(text)
        check_doc_id(doc_id)
        given = coerce_dct(dct)
        detected = detect_dateline(text) if given is None else None
        used = given or detected
        source: Literal["given", "detected", "none"] = (
            "given" if given else "detected" if detected else "none")
        notes: list[str] = []
        with collector_paused():  # linear on a long text (see _gc)
            prepared = prepare(text)  # once, shared by every stage
            times = times_of(text, prepared.norm, used, self.policy, notes, prepared.sentences)
            actors = story_actors(actors_of(text, prepared.norm, self.actors, prepared.tokens),
                                  prepared.credits, self._given)
            events = find_events(prepared, times, actors, doc_id, used)
        # every part was checked on the way in or built by the stages: not validated again
        return trusted(Document, id=doc_id, text=text, dct=used, dct_source=source,
                       times=tuple(times), actors=tuple(actors), events=tuple(events),
                       warnings=tuple(notes))

    def pipe(self, texts: Iterable[str], *, dct: DateLike | None = None, n_process: int = 1,
             batch_size: int = 256) -> Iterator[Document]:
        """Extract many texts lazily, in input order; ``doc_id`` is each text's position.

        With ``n_process > 1`` the texts are spread over that many worker processes in
        batches of ``batch_size``; results still come back in input order and are equal to
        what one process gives. At most ``2 * n_process`` batches are in flight: ``texts`` is
        read only that far ahead of the results you have taken, so an endless or huge
        iterable streams in bounded memory; a batch of long texts closes early, at about 64 k
        characters. The default batch is large enough that the parent's
        share (receiving and rebuilding the documents) stays small (benchmarks/bench_parallel.py).
        """
        if not (isinstance(n_process, int) and isinstance(batch_size, int)):
            raise TypeError(f"n_process and batch_size must be whole numbers "
                            f"(got {n_process!r} and {batch_size!r})")
        if n_process < 1 or batch_size < 1:
            raise ValueError(f"n_process and batch_size must be at least 1 "
                             f"(got n_process={n_process}, batch_size={batch_size})")
        coerce_dct(dct)  # fail at the call, not at the first iteration or in a worker
        return self._pipe(texts, dct, n_process, batch_size)

    def _pipe(self, texts: Iterable[str], dct: DateLike | None, n_process: int,
              batch_size: int) -> Iterator[Document]:
        if n_process == 1:
            for i, text in enumerate(texts):
                yield self.extract(text, dct=dct, doc_id=str(i))
            return
        from concurrent.futures import Future, ProcessPoolExecutor

        batches = _batches(texts, batch_size)
        pool = ProcessPoolExecutor(n_process, mp_context=_context(),
                                   initializer=_init_worker, initargs=(self,))
        in_flight: deque[Future[bytes]] = deque()
        try:
            for batch in islice(batches, _IN_FLIGHT * n_process):
                in_flight.append(pool.submit(_extract_batch, batch, dct))
            while in_flight:
                payload = in_flight.popleft().result()
                for batch in islice(batches, 1):  # one batch out, one batch in
                    in_flight.append(pool.submit(_extract_batch, batch, dct))
                yield from _loads(payload)
        finally:  # also when the caller stops early: no worker keeps extracting
            pool.shutdown(wait=True, cancel_futures=True)


_IN_FLIGHT = 2
"""Batches per worker process submitted ahead: one running, one queued behind it."""

_BATCH_CHARS = 65_536
"""A batch closes early once its texts hold this many characters, so that what is in flight
(texts out, documents back) stays bounded in memory when the texts are long."""


def _batches(texts: Iterable[str], batch_size: int) -> Iterator[list[tuple[int, str]]]:
    """``(position, text)`` batches of at most ``batch_size`` texts and about ``_BATCH_CHARS``
    characters, read from ``texts`` only as each batch is asked for."""
    batch: list[tuple[int, str]] = []
    chars = 0
    for i, text in enumerate(texts):
        batch.append((i, text))
        chars += len(text) if isinstance(text, str) else 0  # a bad text fails in its worker
        if len(batch) >= batch_size or chars >= _BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _context() -> BaseContext:
    """Where the platform has it, the forkserver, which imports ``timeline._worker`` (and so
    builds the tables) once and forks every worker from that: a worker starts in milliseconds,
    and later ``pipe`` calls reuse the server. Elsewhere 'spawn'. Never plain 'fork', which
    copies the caller's threads' locks. Either way a worker that dies raises
    ``BrokenProcessPool`` instead of hanging."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["timeline._worker"])
        return context
    return multiprocessing.get_context("spawn")


_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    """In a worker: tables built (``timeline._worker``), the caller's extractor kept."""
    global _WORKER
    import timeline._worker  # noqa: F401  (already imported under the forkserver)

    _WORKER = extractor


def _extract_batch(batch: list[tuple[int, str]], dct: DateLike | None) -> bytes:
    """One batch's documents, pickled here: the parent then unpickles them itself (see
    ``_loads``), with its collector paused, rather than in the executor's thread."""
    assert _WORKER is not None, "_init_worker runs first in every worker"
    docs = [_WORKER.extract(text, dct=dct, doc_id=str(i)) for i, text in batch]
    return pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(payload: bytes) -> list[Document]:
    """Unpickle a batch with the cyclic garbage collector paused.

    Measured (benchmarks/bench_parallel.py): rebuilding a batch makes tens of thousands of
    objects, and each time the collector runs meanwhile it walks every document the caller
    already holds, so with the collector running the parent spent most of its time there;
    the objects are acyclic, so pausing it loses nothing.
    """
    with collector_paused():
        docs: list[Document] = pickle.loads(payload)
    return docs


def extract(text: str, *, dct: DateLike | None = None, doc_id: str | None = None,
            policy: Policy = "past", actors: ActorDictionary | None = None) -> Document:
    """A text's times, actors, events and timeline in one ``Document``.

    >>> doc = extract("1月30日下午，某厅召开部署会。", dct="2020-02-26")
    >>> [(e.type.value, e.time.value) for e in doc.events]
    [('meeting', '2020-01-30TAF')]
    """
    return Extractor(policy=policy, actors=actors).extract(text, dct=dct, doc_id=doc_id)
