"""``Timeline``: the events of one or more documents, in time order, to query and export.

Order: dated events by the start of their interval (an interval open at its start sorts at
its end), then coarser precision first (a day before its afternoon, a month before its
days), then document and text order. Events whose time has no interval (unknown year,
no time at all) are kept apart in ``undated``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, Literal, overload

from . import _json
from . import models as _models
from .errors import TimelineError
from .models import Actor, Event, EventType
from .ordering import placed_at as _placed_at
from .ordering import sort_key as _sort_key

__all__ = ["Timeline"]

GroupKey = Literal["day", "month", "actor", "type"]


class Timeline(Sequence[Event]):
    """An ordered, queryable sequence of events.

    >>> from timeline import extract
    >>> doc = extract("2月2日，某厅印发方案。1月30日下午，某厅召开会议。", dct="2020-02-26")
    >>> [e.time.value for e in doc.timeline]
    ['2020-01-30TAF', '2020-02-02']
    """

    def __init__(self, events: Iterable[Event] = (), actors: Iterable[Actor] = ()) -> None:
        events = list(events)
        self._dated = sorted((e for e in events if _placed_at(e) is not None), key=_sort_key)
        self._undated = [e for e in events if _placed_at(e) is None]
        self._actors = {a.id: a for a in actors}

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
            return Timeline(self._dated[index], self._actors.values())
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

    # --- queries ----------------------------------------------------------------------
    def filter(self, *, actor: str | None = None, type: str | EventType | None = None,
               start: datetime | None = None, end: datetime | None = None,
               text: str | None = None, subunits: bool = False) -> Timeline:
        """Events matching every condition given.

        ``actor`` matches an actor's name, aliases or id (with ``subunits``, also the
        organizations under it); ``start``/``end`` keep events whose interval overlaps
        ``[start, end)``; ``text`` searches the evidence sentence.
        """
        ids = self._actor_ids(actor, subunits) if actor is not None else None
        kind = EventType(type) if type is not None else None

        def keep(e: Event) -> bool:
            if ids is not None and not any(r.id in ids for r in e.actors):
                return False
            if kind is not None and e.type != kind:
                return False
            if text is not None and text not in e.evidence.text:
                return False
            if start is not None or end is not None:
                t = e.time
                if t is None or (t.start is None and t.end is None):
                    return False  # nothing to compare with the window
                if start is not None and t.end is not None and t.end <= start:
                    return False
                if end is not None and t.start is not None and t.start >= end:
                    return False
            return True

        out = Timeline([e for e in self._dated if keep(e)], self._actors.values())
        out._undated = [e for e in self._undated if keep(e)]
        return out

    def _actor_ids(self, actor: str, subunits: bool) -> set[str]:
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
            raise TimelineError(f"group_by takes 'day', 'month', 'actor' or 'type' (got {key!r})")
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
        return {k: Timeline(v, self._actors.values()) for k, v in groups.items()}

    def merge(self, *others: Timeline) -> Timeline:
        """One timeline of several documents. An event reported twice (same type, same day,
        a shared actor name) is kept once; the other report's document goes in ``sources``."""
        kept: list[Event] = []
        for e in [*self.events, *(x for o in others for x in o.events)]:
            twin = next((k for i, k in enumerate(kept) if _same_event(k, e)), None)
            if twin is None:
                kept.append(e)
                continue
            extra = tuple(s for s in (e.doc_id, *e.sources) if s and s not in twin.sources
                          and s != twin.doc_id)
            kept[kept.index(twin)] = twin.model_copy(update={"sources": twin.sources + extra})
        actors = {**self._actors, **{a.id: a for o in others for a in o._actors.values()}}
        return Timeline(kept, actors.values())

    # --- outputs ----------------------------------------------------------------------
    def _repr_html_(self) -> str:
        from .render.html import timeline_html

        return timeline_html(self._dated, self._undated)

    def to_html(self, title: str = "timeline") -> str:
        """A standalone HTML page: the time axis and the table of events."""
        from .render.html import page, timeline_html

        return page(title, timeline_html(self._dated, self._undated))

    def plot(self, ax: Any = None) -> Any:
        """Events on a time axis with matplotlib (the ``plot`` extra); returns the axes."""
        try:
            import matplotlib.pyplot as plt
        except ImportError:
            raise ImportError("plot needs matplotlib: pip install 'zh-timeline[plot]'") from None
        if ax is None:
            _, ax = plt.subplots(figsize=(10, 3))
        types = sorted({e.type.value for e in self._dated})
        for row, kind in enumerate(types):  # one colour per event type
            points = [_placed_at(e) for e in self._dated if e.type.value == kind]
            ax.scatter(points, [row] * len(points), s=30, label=kind)
        ax.set_yticks(range(len(types)), types)
        ax.set_xlabel("time")
        ax.figure.autofmt_xdate()  # slanted date labels do not overlap
        return ax

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON of events and actors; ``Timeline.from_json`` reads it back unchanged."""
        data = {"events": [e.model_dump(mode="json") for e in self.events],
                "actors": [a.model_dump(mode="json") for a in self._actors.values()]}
        return _json.dumps(data, indent=indent)  # carries lone surrogates, as UTF-8 can

    @classmethod
    def from_json(cls, data: str) -> Timeline:
        """The inverse of ``to_json``."""
        raw = json.loads(data)
        return cls((Event.model_validate(e) for e in raw["events"]),
                   (Actor.model_validate(a) for a in raw.get("actors", [])))

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per event (dated, then undated), for tables and data frames."""
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

    def to_csv(self) -> str:
        """The records as CSV text (UTF-8, a header row)."""
        rows = self.to_records()
        buf = io.StringIO()
        fields = list(rows[0]) if rows else ["id"]
        writer = csv.DictWriter(buf, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        return buf.getvalue()

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "to_dataframe needs pandas: pip install 'zh-timeline[pandas]'"
            ) from None
        return pd.DataFrame(self.to_records())

    def to_timeml(self) -> str:
        """The events and their times as TimeML XML (EVENT, TIMEX3 and TLINK elements)."""
        from .render.timeml import timeline_to_timeml

        return timeline_to_timeml(self.events)


def _same_event(a: Event, b: Event) -> bool:
    if a.doc_id == b.doc_id:
        return False  # one document reporting two such events means two events
    if a.type != b.type or a.time is None or b.time is None:
        return False
    if a.time.start is None or b.time.start is None:
        return False
    if a.time.start.date() != b.time.start.date():
        return False
    names_a = {r.name for r in a.actors}
    return any(r.name in names_a for r in b.actors)


def _document_html(doc: Any) -> str:
    from .render.html import document_html

    return document_html(doc)


def _event_html(e: Event) -> str:
    from .render.html import event_html

    return event_html(e)


def _timeline_html(dated: Any, undated: Any) -> str:
    from .render.html import timeline_html

    return timeline_html(dated, undated)


# models sits below this module and imports nothing above it: lend it what it shows
_models.lend(timeline=Timeline, document_html=_document_html, event_html=_event_html,
             timeline_html=_timeline_html)
