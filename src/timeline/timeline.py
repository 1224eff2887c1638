"""``Timeline``: the events of one or more documents, in time order, to query and export.

Order: dated events by the start of their interval (an interval open at its start sorts at
its end), then coarser precision first (a day before its afternoon, a month before its
days), then document and text order. Events whose time has no interval (unknown year,
no time at all) are kept apart in ``undated``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from pydantic import ValidationError

from . import _json
from . import models as _models
from ._args import check_text, coerce_dct
from ._gc import collector_paused
from ._types import DateLike
from .errors import InputTypeError, InvalidDocumentError, InvalidQueryError, TimelineError
from .models import Actor, Event, EventType
from .ordering import placed_at as _placed_at
from .ordering import sort_key as _sort_key

if TYPE_CHECKING:
    from .models import Document

__all__ = ["RECORD_FIELDS", "Timeline"]

GroupKey = Literal["day", "month", "actor", "type"]

RECORD_FIELDS: tuple[str, ...] = (
    "id", "doc_id", "type", "time", "start", "end", "granularity", "mod", "time_source",
    "modality", "polarity", "recurrence", "agent", "actors", "trigger", "object", "location",
    "summary", "evidence", "sources",
)
"""The keys of ``Timeline.to_records`` and the CSV header, in order (also when empty)."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet runs as a formula


class Timeline(Sequence[Event]):
    """An ordered, queryable sequence of events.

    >>> from timeline import extract
    >>> doc = extract("2月2日，某厅印发方案。1月30日下午，某厅召开会议。", dct="2020-02-26")
    >>> [e.time.value for e in doc.timeline]
    ['2020-01-30TAF', '2020-02-02']
    """

    def __init__(self, events: Iterable[Event] = (), actors: Iterable[Actor] = (),
                 documents: Iterable[Document] = ()) -> None:
        events = list(events)
        for i, e in enumerate(events):
            if not isinstance(e, Event):
                hint = (" (a Document: use doc.timeline, or Timeline(doc.events, doc.actors))"
                        if isinstance(e, _models.Document) else "")
                raise InputTypeError(
                    f"events[{i}] must be an Event (got {type(e).__name__}){hint}")
        self._dated = sorted((e for e in events if _placed_at(e) is not None), key=_sort_key)
        self._undated = [e for e in events if _placed_at(e) is None]
        self._actors = {a.id: a for a in actors}
        # the documents the events come from, when known (doc.timeline, merges of those):
        # the page shows their titles, DCTs and highlighted evidence; JSON does not carry them
        self._documents: dict[str | None, Document] = {d.id: d for d in documents}

    def _like(self, events: Iterable[Event]) -> Timeline:
        """A timeline of ``events`` with this one's actors and documents."""
        return Timeline(events, self._actors.values(), self._documents.values())

    # --- sequence ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._dated)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._dated)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Event | Timeline:
        if isinstance(index, slice):
            return self._like(self._dated[index])
        return self._dated[index]

    def __repr__(self) -> str:
        return f"<Timeline: {len(self._dated)} dated, {len(self._undated)} undated events>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return (self._dated, self._undated, self._actors) == (
            other._dated, other._undated, other._actors)

    __hash__ = None  # type: ignore[assignment]

    @property
    def undated(self) -> list[Event]:
        """The events with no placeable time (no time, or an unknown year), in text order."""
        return list(self._undated)

    @property
    def events(self) -> list[Event]:
        """Dated events in timeline order, then undated ones in text order."""
        return [*self._dated, *self._undated]

    @property
    def actors(self) -> list[Actor]:
        """The actors the events refer to."""
        return list(self._actors.values())

    @property
    def documents(self) -> list[Document]:
        """The documents the events come from, when the timeline knows them (a document's
        timeline and merges of such timelines do; one read from JSON does not)."""
        return list(self._documents.values())

    # --- queries ----------------------------------------------------------------------
    def filter(self, *, actor: str | None = None, type: str | EventType | None = None,
               start: DateLike | None = None, end: DateLike | None = None,
               text: str | None = None, subunits: bool = False) -> Timeline:
        """Events matching every condition given.

        ``actor`` matches an actor's name, aliases or id (with ``subunits``, also the
        organizations under it); ``start``/``end`` (what ``dct=`` accepts: a datetime, a
        date or an ISO string; an aware datetime is converted to UTC+8) keep events whose
        interval overlaps ``[start, end)``; ``text`` searches the evidence sentence.

        >>> from timeline import extract
        >>> tl = extract("1月30日，某厅召开会议。2月2日，某厅印发方案。", dct="2020-02-26").timeline
        >>> [e.time.value for e in tl.filter(start="2020-02-01")]
        ['2020-02-02']
        """
        ids = self._actor_ids(actor, subunits) if actor is not None else None
        kind = _event_type(type) if type is not None else None
        lo, hi = _moment(start, "start"), _moment(end, "end")
        if text is not None:
            check_text(text)

        def keep(e: Event) -> bool:
            if ids is not None and not any(r.id in ids for r in e.actors):
                return False
            if kind is not None and e.type != kind:
                return False
            if text is not None and text not in e.evidence.text:
                return False
            if lo is not None or hi is not None:
                t = e.time
                if t is None or (t.start is None and t.end is None):
                    return False  # nothing to compare with the window
                if lo is not None and t.end is not None and t.end <= lo:
                    return False
                if hi is not None and t.start is not None and t.start >= hi:
                    return False
            return True

        out = self._like(e for e in self._dated if keep(e))
        out._undated = [e for e in self._undated if keep(e)]
        return out

    def _actor_ids(self, actor: str, subunits: bool) -> set[str]:
        if not isinstance(actor, str):
            raise InputTypeError(f"actor must be a name, alias or id (got {actor!r}: "
                                 f"{_name(actor)})")
        ids = {a.id for a in self._actors.values()
               if actor in (a.id, a.name) or actor in a.aliases}
        if not ids:
            known = ", ".join(sorted(a.name for a in self._actors.values())[:8])
            raise TimelineError(f"no actor named {actor!r} in this timeline (known: {known} …)")
        if subunits:
            changed = True
            while changed:
                more = {a.id for a in self._actors.values() if a.parent in ids} - ids
                ids |= more
                changed = bool(more)
        return ids

    def group_by(self, key: GroupKey) -> dict[str, Timeline]:
        """Dated events grouped by ``day``, ``month``, ``actor`` (each actor taking part)
        or ``type``; groups in timeline order of their first event."""
        if key not in ("day", "month", "actor", "type"):
            raise InvalidQueryError(
                f"group_by takes 'day', 'month', 'actor' or 'type' (got {key!r})")
        groups: dict[str, list[Event]] = {}
        for e in self._dated:
            at = _placed_at(e)
            assert at is not None
            if key == "day":
                names = [at.strftime("%Y-%m-%d")]
            elif key == "month":
                names = [at.strftime("%Y-%m")]
            elif key == "type":
                names = [e.type.value]
            else:
                names = [r.name for r in e.actors]
            for name in names:
                groups.setdefault(name, []).append(e)
        return {k: self._like(v) for k, v in groups.items()}

    def merge(self, *others: Timeline) -> Timeline:
        """One timeline of several documents, each event reported by several kept once.

        One rule for every event: two events from *different* documents are the same event
        when they have the same type, are placed on the same day and have the same agent
        (the same name, or no agent in both). The first report is kept; the others'
        documents go in its ``sources``. Undated events and events of one document are never
        merged. Linear: kept events are indexed by that key.
        """
        with collector_paused():  # the copies are acyclic
            kept = _merged([*self.events, *(x for o in others for x in o.events)])
        actors = {**self._actors, **{a.id: a for o in others for a in o._actors.values()}}
        documents = {**self._documents, **{k: d for o in others
                                           for k, d in o._documents.items()}}
        return Timeline(kept, actors.values(), documents.values())

    # --- outputs ----------------------------------------------------------------------
    def _repr_html_(self) -> str:
        from .render.html import timeline_html

        return timeline_html(self)

    def to_html(self, title: str | None = None) -> str:
        """A standalone HTML page: for each document its title and DCT, a labelled time axis,
        the events (time with mod and modality, type, actors, the evidence sentence with the
        time, trigger and actors marked), then the actors; filters by actor and type run in
        the page itself (no server, no network). ``title`` defaults to the document's title
        (or ``"timeline"``)."""
        from .render.html import page

        if title is not None:
            check_text(title, "title")
        return page(self, title)

    def plot(self, ax: Any = None) -> Any:
        """Events on a time axis with matplotlib (the ``plot`` extra); returns the axes.

        Date labels are matplotlib's concise ones (the year or month once, then days), so
        they do not overlap at any span."""
        try:
            import matplotlib.dates as mdates
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError("plot needs matplotlib: pip install 'zh-timeline[plot]'") from None
        if ax is None:
            _, ax = plt.subplots(figsize=(10, 3), layout="constrained")
        types = sorted({e.type.value for e in self._dated})
        for row, kind in enumerate(types):  # one colour per event type
            points = [_placed_at(e) for e in self._dated if e.type.value == kind]
            ax.scatter(points, [row] * len(points), s=30, label=kind)
        ax.set_yticks(range(len(types)), types)
        dates: Any = mdates  # typed loosely: matplotlib's own hints are partial
        locator = dates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
        ax.set_xlabel("time")
        return ax

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON of events and actors; ``Timeline.from_json`` reads it back unchanged."""
        data = {"events": [e.model_dump(mode="json") for e in self.events],
                "actors": [a.model_dump(mode="json") for a in self._actors.values()]}
        return _json.dumps(data, indent=indent)  # carries lone surrogates, as UTF-8 can

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Timeline:
        """The inverse of ``to_json``. Raises ``InvalidDocumentError`` (a ``ValueError``) for
        JSON that is not a timeline: no ``events`` list, or an event or actor that does not
        fit its model."""
        raw = _json.loads(data, what="Timeline JSON")
        if not isinstance(raw, dict) or not isinstance(raw.get("events"), list):
            raise InvalidDocumentError(
                "not a Timeline: expected an object with an 'events' list (and optionally "
                f"'actors'), as Timeline.to_json writes (got {_shape(raw)})")
        actors = raw.get("actors", [])
        if not isinstance(actors, list):
            raise InvalidDocumentError(f"not a Timeline: 'actors' must be a list "
                                       f"(got {_shape(actors)})")
        unknown = set(raw) - {"events", "actors"}
        if unknown:
            raise InvalidDocumentError(f"not a Timeline: unknown keys {sorted(unknown)}")
        return cls(_validated(Event, raw["events"], "events"),
                   _validated(Actor, actors, "actors"))

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per event (dated, then undated), keys ``RECORD_FIELDS``, for tables
        and data frames."""
        rows = []
        for e in self.events:
            t = e.time
            rows.append({
                "id": e.id, "doc_id": e.doc_id, "type": e.type.value,
                "time": t.value if t else None, "start": t.start if t else None,
                "end": t.end if t else None, "granularity": t.granularity if t else None,
                "mod": t.mod if t else None, "time_source": e.time_source,
                "modality": e.modality, "polarity": e.polarity,
                "recurrence": e.recurrence.value if e.recurrence else None,
                "agent": next((r.name for r in e.actors if r.role == "agent"), None),
                "actors": "、".join(r.name for r in e.actors), "trigger": e.trigger.text,
                "object": e.object, "location": e.location, "summary": e.summary,
                "evidence": e.evidence.text.strip(), "sources": "、".join(e.sources),
            })
        return rows

    def to_jsonl(self) -> str:
        """One JSON object per line per event (``Event`` JSON)."""
        return "".join(e.model_dump_json() + "\n" for e in self.events)

    def to_csv(self, *, header: bool = True) -> str:
        """The records as CSV text (UTF-8), with the full header row even when empty.

        A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
        ``@``, a tab or a carriage return) is written with a leading ``'``, which spreadsheets
        show as text; ``header=False`` leaves the header out (the CLI writes it once)."""
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=RECORD_FIELDS)
        if header:
            writer.writeheader()
        for row in self.to_records():
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return buf.getvalue()

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (needs the ``pandas`` extra); the columns are
        ``RECORD_FIELDS`` even when there is no event."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "to_dataframe needs pandas: pip install 'zh-timeline[pandas]'"
            ) from None
        return pd.DataFrame(self.to_records(), columns=list(RECORD_FIELDS))

    def to_timeml(self) -> str:
        """The events and their times as TimeML XML (EVENT, TIMEX3 and TLINK elements); a
        document's timeline also carries its DOCID, DCT and text with its times marked, with
        events or without."""
        from .render.timeml import timeline_to_timeml

        docs = list(self._documents.values())
        one = docs[0] if len(docs) == 1 and all(
            e.doc_id == docs[0].id for e in self.events) else None
        return timeline_to_timeml(self.events, one)


_Key = tuple[EventType, date, str | None]


def _merge_key(e: Event) -> _Key | None:
    at = _placed_at(e)
    if at is None:
        return None
    for r in e.actors:
        if r.role == "agent":
            return (e.type, at.date(), r.name)
    return (e.type, at.date(), None)


def _merged(events: list[Event]) -> list[Event]:
    """``Timeline.merge``'s rule over ``events`` in order, with kept events indexed by key."""
    kept: list[Event] = []
    docs: list[set[str | None]] = []  # the documents each kept event stands for
    by_key: dict[_Key, list[int]] = {}
    # per key and document, where the search for a twin starts: an entry only gains
    # documents, so an entry that already stands for the document is passed for good
    cursor: dict[tuple[_Key, str | None], int] = {}
    for e in events:
        key = _merge_key(e)
        if key is None:
            kept.append(e)
            docs.append({e.doc_id})
            continue
        entries = by_key.setdefault(key, [])
        at = cursor.get((key, e.doc_id), 0)
        while at < len(entries) and e.doc_id in docs[entries[at]]:
            at += 1
        cursor[(key, e.doc_id)] = at
        if at == len(entries):
            entries.append(len(kept))
            kept.append(e)
            docs.append({e.doc_id, *e.sources})
            continue
        n = entries[at]
        extra = tuple(dict.fromkeys(s for s in (e.doc_id, *e.sources) if s and s not in docs[n]))
        docs[n].update((e.doc_id, *e.sources))
        if extra:
            kept[n] = kept[n].model_copy(update={"sources": kept[n].sources + extra})
    return kept


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _name(value: object) -> str:
    return type(value).__name__


def _shape(value: object) -> str:
    text = repr(value)
    return f"{text[:60]}{'…' if len(text) > 60 else ''}: {_name(value)}"


def _moment(value: DateLike | None, name: str) -> datetime | None:
    """``start``/``end`` of ``filter``, read as ``dct=`` is (the same forms, the same zone)."""
    return coerce_dct(value, name)


def _event_type(value: str | EventType) -> EventType:
    if isinstance(value, EventType):
        return value
    if not isinstance(value, str):
        raise InputTypeError(f"type must be an EventType or its name (got {value!r}: "
                             f"{_name(value)})")
    try:
        return EventType(value)
    except ValueError:
        names = ", ".join(t.value for t in EventType)
        raise InvalidQueryError(f"type must be an event type, one of {names} "
                                f"(got {value!r})") from None


def _validated(model: type[Any], items: list[Any], where: str) -> list[Any]:
    out = []
    for i, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(map(str, (where, i, *first["loc"])))
            raise InvalidDocumentError(
                f"not a Timeline: {loc}: {first['msg']} ({exc.error_count()} error(s))"
            ) from None
    return out


def _timeline_of(events: Iterable[Event], actors: Iterable[Actor],
                 documents: Iterable[Document] = ()) -> Timeline:
    return Timeline(events, actors, documents)


def _document_html(doc: Any) -> str:
    from .render.html import document_html

    return document_html(doc)


def _event_html(e: Event) -> str:
    from .render.html import event_html

    return event_html(e)


def _timeline_html(tl: Timeline) -> str:
    from .render.html import timeline_html

    return timeline_html(tl)


# models sits below this module and imports nothing above it: lend it what it shows
_models.lend(timeline=_timeline_of, document_html=_document_html, event_html=_event_html,
             timeline_html=_timeline_html)
