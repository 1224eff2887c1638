"""HTML: a document with its times and actors highlighted, and a timeline as a table with
an inline SVG time axis. Used by the notebooks' ``_repr_html_`` and by ``--format html``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from ..models import Document, Event
from ..ordering import placed_at  # the same instant the timeline sorts by

__all__ = ["document_html", "event_html", "page", "timeline_html"]

_COLOURS = {"TIME": "#ffe08a", "ORG": "#a8d8ff", "PERSON": "#ffc2d1", "PLACE": "#c5f0c0"}


def document_html(doc: Document) -> str:
    """The text with time mentions and actor mentions marked, like spaCy's displacy."""
    marks: list[tuple[int, int, str, str]] = [
        (t.start, t.end, "TIME", t.time.value) for t in doc.times
    ]
    for a in doc.actors:
        marks.extend((m.start, m.end, a.kind.value, a.name) for m in a.mentions)
    marks.sort(key=lambda m: (m[0], -m[1]))
    out, pos = [], 0
    for start, end, label, title in marks:
        if start < pos:
            continue  # nested (a parent inside its sub-unit): the outer mark shows
        out.append(escape(doc.text[pos:start]))
        out.append(
            f'<mark style="background:{_COLOURS[label]};padding:0 2px;border-radius:3px" '
            f'title="{escape(label)}: {escape(title)}">{escape(doc.text[start:end])}'
            f'<sub style="font-size:60%;margin-left:2px">{label}</sub></mark>'
        )
        pos = end
    out.append(escape(doc.text[pos:]))
    return ('<div class="timeline-document" style="white-space:pre-wrap;line-height:2">'
            + "".join(out) + "</div>")


def event_html(e: Event) -> str:
    """One event as a small definition table."""
    rows = [("type", e.type.value), ("time", e.time.value if e.time else "—"),
            ("how", e.time_source), ("actors", "、".join(f"{r.name} ({r.role})"
                                                         for r in e.actors) or "—"),
            ("object", e.object or "—"), ("summary", e.summary)]
    body = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(v)}</td></tr>"
                   for k, v in rows)
    return f'<table class="timeline-event">{body}</table>'


def _axis(events: Sequence[Event]) -> str:
    dated: list[Event] = []
    points: list[datetime] = []
    for e in events:
        at = placed_at(e)
        if at is not None:
            dated.append(e)
            points.append(at)
    if not dated:
        return ""
    lo, hi = min(points), max(points)
    span = (hi - lo).total_seconds() or 1.0
    width, left, right = 760, 20, 20
    ticks = []
    for e, at in zip(dated, points, strict=True):
        x = left + (width - left - right) * (at - lo).total_seconds() / span
        label = escape(f"{at:%m-%d} {e.type.value}")
        ticks.append(f'<circle cx="{x:.1f}" cy="30" r="5" fill="#3b82f6"><title>{label}: '
                     f"{escape(e.summary)}</title></circle>")
    return (f'<svg class="timeline-axis" width="{width}" height="60" role="img" '
            f'aria-label="time axis">'
            f'<line x1="{left}" y1="30" x2="{width - right}" y2="30" stroke="#888"/>'
            + "".join(ticks)
            + f'<text x="{left}" y="55" font-size="11">{lo:%Y-%m-%d}</text>'
            f'<text x="{width - right}" y="55" font-size="11" text-anchor="end">'
            f"{hi:%Y-%m-%d}</text></svg>")


def timeline_html(events: Sequence[Event], undated: Sequence[Event] = ()) -> str:
    """A table of events in time order, an SVG time axis above it, undated ones after."""
    head = "<tr><th>time</th><th>type</th><th>agent</th><th>summary</th></tr>"
    rows = []
    for e in [*events, *undated]:
        agent = next((r.name for r in e.actors if r.role == "agent"), "")
        rows.append(f"<tr><td>{escape(e.time.value if e.time else '—')}</td>"
                    f"<td>{escape(e.type.value)}</td><td>{escape(agent)}</td>"
                    f"<td>{escape(e.summary)}</td></tr>")
    return (f'<div class="timeline">{_axis(events)}<table class="timeline-events">'
            f"{head}{''.join(rows)}</table></div>")


def page(title: str, body: str) -> str:
    """A standalone HTML page."""
    return ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
            "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}"
            f"</style></head><body><h1>{escape(title)}</h1>{body}</body></html>")
