"""HTML: the timeline page (``--format html``, ``Timeline.to_html``, notebooks) and the
document view with its times and actors highlighted.

The page is plain HTML with one inline style and one inline script (no network, no server):
for each document its title and DCT, a time axis whose points carry their labels, one row per
event (time, mod, modality, polarity, type, agent, other actors, the evidence sentence with the
time, the trigger and the actors marked), then the actors with their aliases and parents.
Selects filter the rows by actor and type. The CLI streams it: ``page_start``, one
``document_section`` per document as it is done, then ``page_end``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from ..models import Actor, Document, Event
from ..ordering import placed_at  # the same instant the timeline sorts by

if TYPE_CHECKING:
    from ..timeline import Timeline

__all__ = [
    "FONT_STACK", "actors_html", "document_html", "document_section", "document_title",
    "event_html", "page", "page_end", "page_start", "timeline_html",
]

FONT_STACK = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
              '"Microsoft YaHei", "Hiragino Sans GB", sans-serif')
"""CJK fonts by name, the ones Linux (Debian's fonts-noto-cjk), macOS and Windows ship."""

_COLOURS = {"TIME": "#ffe08a", "ORG": "#a8d8ff", "PERSON": "#ffc2d1", "PLACE": "#c5f0c0",
            "TRIGGER": "#e9d5ff"}

_MOD_WORDS = {
    "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "until", "ON_OR_AFTER": "from",
    "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least", "START": "early", "MID": "middle", "END": "late",
    "APPROX": "about",
}

_STYLE = f"""
.tl{{font-family:{FONT_STACK};color:#1f2933;line-height:1.5}}
.tl h1{{font-size:1.5em;margin:0 0 .2em}} .tl h2{{font-size:1.2em;margin:1.2em 0 .2em}}
.tl .meta{{color:#52606d;margin:0 0 .6em}}
.tl table{{border-collapse:collapse;width:100%;font-size:14px}}
.tl td,.tl th{{border:1px solid #d9e2ec;padding:4px 6px;vertical-align:top;text-align:left}}
.tl th{{background:#f0f4f8}} .tl .evidence{{min-width:22em}}
.tl td.doc{{max-width:9em;word-break:break-all;font-size:12px;color:#52606d}}
.tl td.time,.tl td.agent{{white-space:nowrap}}
.tl .summary{{font-weight:600}} .tl .planned{{color:#9a3412;font-weight:600}}
.tl .negative{{color:#b91c1c;font-weight:600}} .tl .mod{{color:#7c3aed;font-weight:600}}
.tl mark{{border-radius:3px;padding:0 2px}}
.tl mark.time{{background:{_COLOURS["TIME"]}}} .tl mark.trigger{{background:{_COLOURS["TRIGGER"]}}}
.tl mark.ORG{{background:{_COLOURS["ORG"]}}} .tl mark.PERSON{{background:{_COLOURS["PERSON"]}}}
.tl mark.PLACE{{background:{_COLOURS["PLACE"]}}}
.tl .filters{{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #d9e2ec}}
.tl .filters label{{margin-right:1em}} .tl .empty{{color:#52606d;font-style:italic}}
.tl section.doc{{border-left:4px solid var(--doc-colour,#3b82f6);padding-left:.8em;margin:1em 0}}
.tl svg text{{font-family:{FONT_STACK}}}
"""

_DOC_COLOURS = ("#3b82f6", "#f97316", "#10b981", "#a855f7", "#ef4444", "#14b8a6", "#eab308")

_SCRIPT = """
(function(){
  var root=document.currentScript.parentNode;
  var rows=[].slice.call(root.querySelectorAll('tr.event'));
  function fill(id,key){var sel=root.querySelector('#'+id);if(!sel)return null;var seen={};
    rows.forEach(function(r){(r.getAttribute(key)||'').split('|').forEach(function(v){
      if(v&&!seen[v]){seen[v]=1;}});});
    Object.keys(seen).sort().forEach(function(v){var o=document.createElement('option');
      o.value=v;o.textContent=v;sel.appendChild(o);});return sel;}
  var actor=fill('tl-actor','data-actors'),type=fill('tl-type','data-type');
  var count=root.querySelector('#tl-count');
  function apply(){var a=actor?actor.value:'',t=type?type.value:'',n=0;
    rows.forEach(function(r){var ok=(!a||('|'+r.getAttribute('data-actors')+'|')
      .indexOf('|'+a+'|')>=0)&&(!t||r.getAttribute('data-type')===t);
      r.style.display=ok?'':'none';if(ok)n++;});
    if(count)count.textContent=n+' of '+rows.length+' events shown';}
  if(actor)actor.addEventListener('change',apply);if(type)type.addEventListener('change',apply);
  apply();
})();
"""


# --- the document view (notebooks) -------------------------------------------------------
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
    return (f'<div class="timeline-document" style="white-space:pre-wrap;line-height:2;'
            f"font-family:{escape(FONT_STACK)}\">" + "".join(out) + "</div>")


def event_html(e: Event) -> str:
    """One event as a small definition table."""
    t = e.time
    rows = [("type", e.type.value), ("time", t.value if t else "—"),
            ("mod", (t.mod or "—") if t else "—"), ("modality", e.modality),
            ("polarity", e.polarity), ("how", e.time_source),
            ("actors", "、".join(f"{r.name} ({r.role})" for r in e.actors) or "—"),
            ("object", e.object or "—"), ("summary", e.summary),
            ("evidence", e.evidence.text.strip())]
    body = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(v)}</td></tr>"
                   for k, v in rows)
    return f'<table class="timeline-event">{body}</table>'


# --- the page --------------------------------------------------------------------------
def document_title(doc: Document | None, doc_id: str | None = None) -> str:
    """A document's title: its first line when it reads as a headline, else its id."""
    if doc is not None:
        for line in doc.text.splitlines():
            line = line.strip()
            if line:
                if len(line) <= 60 and not line.endswith(("。", "；", "，")):
                    return line
                break
        doc_id = doc.id
    return doc_id or "document"


def page_start(title: str) -> str:
    """The page up to its first document: head, style, title and the filters."""
    return ('<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title>"
            f"<style>body{{margin:1.5em 2em;font-family:{FONT_STACK}}}{_STYLE}</style>"
            f'</head><body><div class="tl timeline"><h1>{escape(title)}</h1>{_filters()}')


def page_end(actors: Iterable[Actor] = ()) -> str:
    """The rest of the page: the list of actors, the filter script, the closing tags."""
    return f"{actors_html(actors)}<script>{_SCRIPT}</script></div></body></html>\n"


def page(tl: Timeline, title: str | None = None) -> str:
    """The whole page of a timeline (``Timeline.to_html``)."""
    groups = _by_document(tl)
    if title is None:
        title = (document_title(*groups[0][:2]) if len(groups) == 1 else
                 f"timeline of {len(groups)} documents" if groups else "timeline")
    body = "".join(document_section(events, doc, doc_id, tl.actors, n)
                   for n, (doc, doc_id, events) in enumerate(groups))
    if not groups:
        body = '<p class="empty">No event was found.</p>'
    return page_start(title) + body + page_end(tl.actors)


def timeline_html(tl: Timeline) -> str:
    """The page's body as one block, for notebooks (``_repr_html_``)."""
    groups = _by_document(tl)
    body = "".join(document_section(events, doc, doc_id, tl.actors, n)
                   for n, (doc, doc_id, events) in enumerate(groups))
    return (f'<div class="tl timeline"><style>{_STYLE}</style>{_filters()}'
            f"{body or '<p class=empty>No event was found.</p>'}{actors_html(tl.actors)}"
            f"<script>{_SCRIPT}</script></div>")


def _filters() -> str:
    return ('<div class="filters"><label>actor <select id="tl-actor"><option value="">all'
            '</option></select></label><label>type <select id="tl-type"><option value="">all'
            '</option></select></label><span id="tl-count"></span></div>')


def _by_document(tl: Timeline) -> list[tuple[Document | None, str | None, list[Event]]]:
    """Events grouped by document, documents in the order the timeline knows them."""
    known = {d.id: d for d in tl.documents}
    groups: dict[str | None, list[Event]] = {k: [] for k in known}
    for e in tl.events:
        groups.setdefault(e.doc_id, []).append(e)
    return [(known.get(k), k, v) for k, v in groups.items()]


def document_section(events: Sequence[Event], doc: Document | None, doc_id: str | None,
                     actors: Iterable[Actor] = (), number: int = 0) -> str:
    """One document: title, DCT, axis and the events table (dated first, in time order)."""
    by_id = {a.id: a for a in (doc.actors if doc is not None else actors)}
    name = doc.id if doc is not None else doc_id
    meta = [f"document {escape(name or '—')}"]
    if doc is not None:
        meta.append("DCT " + (f"{doc.dct:%Y-%m-%d %H:%M}".removesuffix(" 00:00")
                              + f" ({doc.dct_source})" if doc.dct else "none (not given, "
                              "no dateline found)"))
    dated = [e for e in events if placed_at(e) is not None]
    meta.append(f"{len(events)} events ({len(dated)} dated)")
    head = (f'<section class="doc" data-doc="{escape(name or "")}" '
            f'style="--doc-colour:{_DOC_COLOURS[number % len(_DOC_COLOURS)]}">'
            f"<h2>{escape(document_title(doc, doc_id))}</h2>"
            f'<p class="meta">{" · ".join(meta)}</p>')
    if not events:
        return head + '<p class="empty">No event was found in this document.</p></section>'
    cols = ("document", "time", "mod", "modality", "polarity", "type", "agent", "actors",
            "evidence")
    rows = "".join(_event_row(e, doc, by_id) for e in events)
    return (head + _axis(dated)
            + '<table class="timeline-events"><thead><tr>'
            + "".join(f"<th>{c}</th>" for c in cols) + f"</tr></thead><tbody>{rows}"
            + "</tbody></table></section>")


def _event_row(e: Event, doc: Document | None, actors: Mapping[str, Actor]) -> str:
    t = e.time
    agent = next((r.name for r in e.actors if r.role == "agent"), "")
    others = "、".join(f"{r.name} ({r.role})" for r in e.actors if r.role != "agent")
    names = "|".join(dict.fromkeys(r.name for r in e.actors))
    mod = t.mod if t and t.mod else ""
    docs = escape(e.doc_id or "—") + (
        f"<br><small>also: {escape('、'.join(e.sources))}</small>" if e.sources else "")
    time = escape(t.value) if t else "—"
    if t and mod:
        time += f' <span class="mod">({escape(_MOD_WORDS.get(mod, mod))})</span>'
    # the sentence once more as plain text: the cell's marks split it, a search should not
    return (f'<tr class="event" data-type="{escape(e.type.value)}" data-actors="{escape(names)}"'
            f' data-evidence="{escape(e.evidence.text.strip())}">'
            f'<td class="doc">{docs}</td><td class="time">{time}</td>'
            f'<td class="mod">{escape(mod)}</td>'
            f'<td class="{e.modality}">{escape(e.modality)}</td>'
            f'<td class="{e.polarity}">{escape(e.polarity)}</td>'
            f'<td>{escape(e.type.value)}</td><td class="agent">{escape(agent)}</td>'
            f"<td>{escape(others)}</td>"
            f'<td class="evidence"><div class="summary">{escape(e.summary)}</div>'
            f"{_evidence(e, doc, actors)}</td></tr>")


def _evidence(e: Event, doc: Document | None, actors: Mapping[str, Actor]) -> str:
    """The evidence sentence with the event's time, trigger and actors marked."""
    ev = e.evidence
    marks: list[tuple[int, int, str, str]] = [(e.trigger.start, e.trigger.end, "trigger",
                                               f"trigger: {e.type.value}")]
    if doc is not None and e.time is not None:
        marks.extend((m.start, m.end, "time", f"time: {m.time.value}") for m in doc.times
                     if ev.start <= m.start and m.end <= ev.end
                     and m.time.value == e.time.value)
    for r in e.actors:
        a = actors.get(r.id) if r.id else None
        if doc is not None and a is not None:
            spans = [(m.start, m.end) for m in a.mentions]
        else:  # no document to read offsets from: the names where the sentence has them
            spans = []
            for name in {r.name, *(a.aliases if a else ())}:
                at = ev.text.find(name) if name else -1
                while at >= 0:
                    spans.append((ev.start + at, ev.start + at + len(name)))
                    at = ev.text.find(name, at + len(name))
        kind = a.kind.value if a is not None else "ORG"
        marks.extend((s, x, kind, f"{r.role}: {r.name}") for s, x in spans
                     if ev.start <= s and x <= ev.end)
    marks.sort(key=lambda m: (m[0], -m[1]))
    out, pos = [], ev.start
    for start, end, cls, title in marks:
        if start < pos:
            continue  # overlapping or nested: the first, outer mark shows
        out.append(escape(ev.text[pos - ev.start:start - ev.start]))
        out.append(f'<mark class="{cls}" title="{escape(title)}">'
                   f"{escape(ev.text[start - ev.start:end - ev.start])}</mark>")
        pos = end
    out.append(escape(ev.text[pos - ev.start:]))
    return "".join(out).strip()


def _axis(events: Sequence[Event]) -> str:
    """An SVG time axis: one point per day (or instant, within one day) with events, each
    labelled under the line; labels that would overlap go down to the next lane."""
    points: dict[datetime, list[Event]] = {}
    instants = [(placed_at(e), e) for e in events]
    days = {at.date() for at, _ in instants if at is not None}
    for at, e in instants:
        if at is None:
            continue
        key = at if len(days) == 1 else datetime(at.year, at.month, at.day)
        points.setdefault(key, []).append(e)
    if not points:
        return ""
    lo, hi = min(points), max(points)
    fmt = "%H:%M" if len(days) == 1 else "%m-%d" if lo.year == hi.year else "%Y-%m-%d"
    span = (hi - lo).total_seconds() or 1.0
    width, left, right, char = 900, 30, 30, 6.6
    lanes: list[float] = []  # where each lane's last label ends
    parts, lowest = [], 0
    for at in sorted(points):
        group = points[at]
        x = left + (width - left - right) * (at - lo).total_seconds() / span
        if len(points) == 1:
            x = width / 2
        label = f"{at:{fmt}} " + (group[0].type.value if len(group) == 1
                                  else f"×{len(group)}")
        w = len(label) * char
        x0 = min(max(x - w / 2, 2.0), width - w - 2)
        lane = next((i for i, end in enumerate(lanes) if end + 8 <= x0), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = x0 + w
        lowest = max(lowest, lane)
        y = 56 + 16 * lane
        tip = escape("; ".join(f"{e.type.value}: {e.summary}" for e in group))
        parts.append(
            f'<line x1="{x:.1f}" y1="36" x2="{x:.1f}" y2="{y - 11}" stroke="#cbd2d9"/>'
            f'<circle cx="{x:.1f}" cy="30" r="{5 + min(len(group) - 1, 4)}" fill="#3b82f6" '
            f'data-events="{len(group)}"><title>{tip}</title></circle>'
            f'<text class="point-label" x="{x0:.1f}" y="{y}" font-size="11">'
            f"{escape(label)}</text>")
    height = 70 + 16 * lowest
    return (f'<svg class="timeline-axis" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="time axis">'
            f'<line x1="{left}" y1="30" x2="{width - right}" y2="30" stroke="#888"/>'
            f'<text x="{left}" y="14" font-size="11">{lo:%Y-%m-%d}</text>'
            f'<text x="{width - right}" y="14" font-size="11" text-anchor="end">'
            f"{hi:%Y-%m-%d}</text>" + "".join(parts) + "</svg>")


def actors_html(actors: Iterable[Actor]) -> str:
    """The actors with their kinds, aliases and parents (organizations they belong to)."""
    actors = list(actors)
    if not actors:
        return ""
    names = {a.id: a.name for a in actors}
    rows = "".join(
        f'<tr><td><mark class="{a.kind.value}">{escape(a.name)}</mark></td>'
        f"<td>{a.kind.value}</td><td>{escape('、'.join(a.aliases))}</td>"
        f"<td>{escape(names.get(a.parent, a.parent or '') if a.parent else '')}</td>"
        f"<td>{escape('、'.join(a.titles))}</td></tr>"
        for a in sorted(actors, key=lambda a: (a.kind.value, a.name)))
    return ('<section class="actors"><h2>Actors</h2><table class="timeline-actors"><thead>'
            "<tr><th>name</th><th>kind</th><th>aliases</th><th>part of</th><th>titles</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></section>")
