"""``timeline.integrations.dask`` (also ``timeline.dask``): extraction over a dask Bag, events
as a dask DataFrame.

Scale ``extract`` out over a dask cluster (or dask's local schedulers) without loading a
corpus into one process. Needs the ``dask`` extra: ``pip install 'zh-timeline[dask]'``; dask is
imported when a function here is first called, not when this module is imported, and the rest
of ``timeline`` never imports this module.

* ``extract_bag(bag)`` maps a Bag of texts to a Bag of ``Document`` objects, lazily.
  Elements may be a ``str``, an ``(id, text)`` pair, or a dict with ``"text"`` and optional
  ``"id"`` and ``"dct"`` (other keys are ignored). An element without an id gets its position
  in the bag as its id (``"0"``, ``"1"``, …), as ``Extractor.pipe`` does, so the result is
  the same whatever the partitioning.
* ``events_frame(documents)`` flattens a Bag of documents to a dask DataFrame with one row per
  event: the columns of ``Timeline.to_records`` (``doc_id`` is the document's id), with fixed
  dtypes declared up front, so building the frame computes nothing.

Both are lazy: to get several results from the same documents, compute them in one call
(``dask.compute(frame.shape[0], docs.count())``) or ``persist`` the documents first, so that
each text is extracted once.

>>> import dask.bag as db
>>> from timeline.dask import events_frame, extract_bag
>>> texts = db.from_sequence(["2月2日，某厅印发方案。", "1月30日下午，某厅召开会议。"])
>>> docs = extract_bag(texts, dct="2020-02-26")
>>> [(d.id, [e.type.value for e in d.events]) for d in docs.compute(scheduler="sync")]
[('0', ['issue_document']), ('1', ['meeting'])]
>>> frame = events_frame(docs)  # nothing computed yet
>>> frame.compute(scheduler="sync")[["doc_id", "type", "time"]].values.tolist()
[['0', 'issue_document', '2020-02-02'], ['1', 'meeting', '2020-01-30TAF']]
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

from .._args import coerce_dct
from .._types import DateLike, Policy
from ..actors.find import ActorDictionary
from ..errors import InputTypeError, TimelineError
from ..extract import Extractor
from ..models import Document

__all__ = ["EVENT_COLUMNS", "events_frame", "extract_bag"]

INSTALL_HINT = "pip install 'zh-timeline[dask]'"

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "doc_id", "type", "time", "start", "end", "granularity", "mod", "time_source",
    "modality", "polarity", "recurrence", "agent", "actors", "trigger", "object", "location",
    "summary", "evidence", "sources",
)
"""The columns of ``events_frame``, in order: the keys of ``Timeline.to_records``."""

_DATETIME_COLUMNS = frozenset({"start", "end"})
# microseconds, not pandas' default nanoseconds: a text may name a year outside 1677-2262
_DATETIME_DTYPE = "datetime64[us]"
_STRING_DTYPE = "string"  # pandas' nullable string dtype; missing values are <NA>


def _require(*modules: str) -> list[ModuleType]:
    """Import the optional dependencies, or fail with the install hint."""
    import importlib

    try:
        return [importlib.import_module(name) for name in modules]
    except ImportError as exc:
        raise ImportError(
            f"timeline.dask needs dask and pandas ({exc.name or exc} is missing): {INSTALL_HINT}"
        ) from exc


def extract_bag(bag: Any, *, dct: DateLike | None = None, policy: Policy = "past",
                actors: ActorDictionary | None = None) -> Any:
    """A lazy ``dask.bag.Bag`` of ``Document``: ``bag``'s texts extracted, in bag order.

    Each element is a text (``str``), an ``(id, text)`` pair, or a dict with ``"text"`` and
    optional ``"id"`` and ``"dct"``. An id that is ``None`` or absent becomes the element's
    position in the bag, as a string; other ids are turned into strings. A dict's ``"dct"``
    (when present and not ``None``) replaces ``dct`` for that text; otherwise ``dct`` is used,
    and when it is ``None`` the DCT is read from the text's dateline, as ``extract`` does.

    ``dct`` and ``policy`` are checked here, before any work; a malformed element raises
    ``InputTypeError`` (a ``TypeError``) naming its position when the bag is computed.
    """
    (db, dask_delayed) = _require("dask.bag", "dask.delayed")
    if not isinstance(bag, db.Bag):
        raise InputTypeError(
            f"extract_bag takes a dask.bag.Bag (got {type(bag).__name__}); "
            f"make one with dask.bag.from_sequence(texts) or dask.bag.read_text(paths)"
        )
    extractor = Extractor(policy=policy, actors=actors)  # checks the policy
    coerce_dct(dct)  # fail here, not in a worker
    delayed = dask_delayed.delayed
    shared = delayed(extractor, pure=True)  # one copy in the graph, not one per partition
    offset: Any = 0
    parts: list[Any] = []
    for part in bag.to_delayed():
        items = delayed(list, pure=True)(part)
        parts.append(delayed(_extract_partition, pure=True)(items, offset, shared, dct))
        # a partition's first position is the previous one's plus its length; only these
        # small counts chain the partitions together, the extraction runs in parallel
        offset = delayed(operator.add, pure=True)(offset, delayed(len, pure=True)(items))
    return db.from_delayed(parts)


def _extract_partition(items: list[object], offset: int, extractor: Extractor,
                       dct: DateLike | None) -> list[Document]:
    documents = []
    for position, item in enumerate(items, start=offset):
        text, doc_id, item_dct = _unpack(item, position, dct)
        try:
            documents.append(extractor.extract(text, dct=item_dct, doc_id=doc_id))
        except TimelineError as exc:  # say which element: the traceback is a worker's
            raise type(exc)(f"element {position} of the bag: {exc}") from exc
    return documents


def _unpack(item: object, position: int,
            dct: DateLike | None) -> tuple[str, str, DateLike | None]:
    """(text, id, dct) of one bag element."""
    if isinstance(item, str):
        return item, str(position), dct
    if isinstance(item, (tuple, list)) and len(item) == 2:
        doc_id, text = item
        return text, _id(doc_id, position), dct
    if isinstance(item, Mapping) and "text" in item:
        item_dct = item.get("dct")
        return (item["text"], _id(item.get("id"), position),
                dct if item_dct is None else item_dct)
    raise InputTypeError(
        f"element {position} of the bag must be a str, an (id, text) pair or a dict with a "
        f"'text' key (got {_describe(item)})"
    )


def _id(doc_id: object, position: int) -> str:
    return str(position) if doc_id is None else str(doc_id)


def _describe(item: object) -> str:
    if isinstance(item, Mapping):
        return f"a dict with keys {sorted(map(str, item))}"
    if isinstance(item, (tuple, list)):
        return f"a {type(item).__name__} of length {len(item)}"
    return f"{type(item).__name__}"


def events_frame(documents: Any) -> Any:
    """A lazy ``dask.dataframe.DataFrame`` with one row per event of a Bag of ``Document``.

    Columns are ``EVENT_COLUMNS`` (those of ``Timeline.to_records``; ``doc_id`` is the
    document's id); rows come document by document, each document's events in timeline order
    (dated, then undated). ``start`` and ``end`` are ``datetime64[us]``, every other column
    is pandas' nullable ``string``. The dtypes are declared, not inferred, so nothing is
    computed until you ask; each partition's index starts again at 0.
    """
    (db, pd) = _require("dask.bag", "pandas")
    _require("dask.dataframe")
    if not isinstance(documents, db.Bag):
        raise InputTypeError(
            f"events_frame takes a dask.bag.Bag of Document, such as extract_bag returns "
            f"(got {type(documents).__name__})"
        )
    meta = pd.DataFrame({
        name: pd.Series([], dtype=_DATETIME_DTYPE if name in _DATETIME_COLUMNS
                        else _STRING_DTYPE)
        for name in EVENT_COLUMNS
    })
    # not optimized: an optimized graph fuses its own copy of the extraction tasks into this
    # frame, and computing it together with anything else built on ``documents`` would then
    # extract every document twice
    records = documents.map_partitions(_records)
    return records.to_dataframe(meta=meta, optimize_graph=False)


def _records(documents: Iterable[object]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for doc in documents:
        if not isinstance(doc, Document):
            raise InputTypeError(
                f"events_frame needs a Bag of Document, such as extract_bag returns "
                f"(got an element of type {type(doc).__name__})"
            )
        for row in doc.timeline.to_records():
            row["doc_id"] = doc.id
            rows.append(row)
    return rows
