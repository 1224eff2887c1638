"""``extract``: a news text to a ``Document`` with its times, actors, events and timeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Literal

import regex

from ._types import POLICIES, DateLike, Policy
from .actors.find import ActorDictionary, actors_of
from .errors import InputTypeError, InvalidPolicyError
from .events.find import find_events
from .models import Document
from .prepared import prepare
from .temporal.find import coerce_dct, times_of
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
    head = normalize(text[:_DATELINE_WINDOW])
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
        if policy not in POLICIES:
            raise InvalidPolicyError(
                f"policy must be one of {', '.join(repr(p) for p in POLICIES)} (got {policy!r})"
            )
        self.policy: Policy = policy
        self.actors = list(actors.items()) if isinstance(actors, dict) else (
            list(actors) if actors is not None else None)

    def _user_actors(self) -> ActorDictionary | None:
        if self.actors is None:
            return None
        if self.actors and isinstance(self.actors[0], tuple):
            return dict(self.actors)  # type: ignore[arg-type]
        return self.actors  # type: ignore[return-value]

    def extract(self, text: str, *, dct: DateLike | None = None,
                doc_id: str | None = None) -> Document:
        """Times, actors and events of one text, with its DCT given or detected."""
        if not isinstance(text, str):
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
                text, (bytes, bytearray)) else ""
            raise InputTypeError(f"text must be a str (got {type(text).__name__}){hint}")
        given = coerce_dct(dct)
        detected = detect_dateline(text) if given is None else None
        used = given or detected
        source: Literal["given", "detected", "none"] = (
            "given" if given else "detected" if detected else "none")
        prepared = prepare(text)  # once, shared by every stage
        notes: list[str] = []
        times = times_of(text, prepared.norm, used, self.policy, notes, prepared.sentences)
        actors = actors_of(text, prepared.norm, self._user_actors(), prepared.tokens)
        events = find_events(prepared, times, actors, doc_id, used)
        return Document(id=doc_id, text=text, dct=used, dct_source=source,
                        times=tuple(times), actors=tuple(actors), events=tuple(events),
                        warnings=tuple(notes))

    def pipe(self, texts: Iterable[str], *, dct: DateLike | None = None, n_process: int = 1,
             batch_size: int = 64) -> Iterator[Document]:
        """Extract many texts lazily, in input order; ``doc_id`` is each text's position.

        With ``n_process > 1`` the texts are spread over that many worker processes in
        batches of ``batch_size``; results still come back in input order and are equal to
        what one process gives.
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
        jobs = ((text, dct, str(i)) for i, text in enumerate(texts))
        if n_process == 1:
            for text, job_dct, doc_id in jobs:
                yield self.extract(text, dct=job_dct, doc_id=doc_id)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # 'spawn' keeps workers independent of the parent's threads and state; a worker
        # that dies raises BrokenProcessPool here instead of hanging (as Pool would)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker,
                                 initargs=(self,)) as pool:
            yield from pool.map(_extract_job, jobs, chunksize=batch_size)


_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor


def _extract_job(job: tuple[str, DateLike | None, str]) -> Document:
    assert _WORKER is not None
    text, dct, doc_id = job
    return _WORKER.extract(text, dct=dct, doc_id=doc_id)


def extract(text: str, *, dct: DateLike | None = None, doc_id: str | None = None,
            policy: Policy = "past", actors: ActorDictionary | None = None) -> Document:
    """A text's times, actors, events and timeline in one ``Document``.

    >>> doc = extract("1月30日下午，某厅召开部署会。", dct="2020-02-26")
    >>> [(e.type.value, e.time.value) for e in doc.events]
    [('meeting', '2020-01-30TAF')]
    """
    return Extractor(policy=policy, actors=actors).extract(text, dct=dct, doc_id=doc_id)
