"""Quickstart: one news article to a timeline of events.

Run it from anywhere:

    python examples/quickstart.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from timeline import extract

ARTICLE = Path(__file__).with_name("article.txt")


def width(s: str) -> int:
    """Display width: Chinese characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - width(s))


def main() -> None:
    text = ARTICLE.read_text(encoding="utf-8")

    # No dct= given: the publication time is read from the article's dateline.
    doc = extract(text)
    dct = f"{doc.dct:%Y-%m-%d %H:%M}" if doc.dct else "none"
    where = {"given": "passed as dct=", "detected": "read from the article's dateline",
             "none": "no dateline found"}[doc.dct_source]
    print(f"DCT: {dct} (source: {doc.dct_source}, {where})")
    print()

    tl = doc.timeline
    print(f"Timeline: {len(tl)} dated events")
    rows = [("time", "type", "agent", "summary")]
    for e in tl:
        agent = next((r.name for r in e.actors if r.role == "agent"), "-")
        rows.append((e.time.value if e.time else "-", e.type.value, agent, e.summary))
    widths = [max(width(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        cells = [pad(c, w) for c, w in zip(r[:3], widths, strict=True)]
        print("  ".join([*cells, r[3]]))
    print()
    print(f"Undated events: {len(tl.undated)}")
    for e in tl.undated:
        print(f"  {e.type.value}  {e.summary}")
    print()

    # Queries: the events of one actor (any name or alias it goes by), and counts by month.
    office = tl.filter(actor="自然资源厅")
    print(f"filter(actor='自然资源厅'): {len(office)} events")
    for e in office:
        print(f"  {e.time.value if e.time else '-'}  {e.type.value}  {e.summary}")
    print("group_by('month'):")
    for month, events in tl.group_by("month").items():
        types = ", ".join(e.type.value for e in events)
        print(f"  {month}: {len(events)} event{'s' if len(events) != 1 else ''} ({types})")


if __name__ == "__main__":
    main()
