"""The indexes that keep long sentences linear give what a full rescan gave (no timing)."""

from __future__ import annotations

from timeline import extract, find_actors
from timeline.temporal.find import _alone_on_line


def test_alone_on_line_walks_only_the_blanks_beside() -> None:
    assert _alone_on_line("1月3日", 0, 4)
    assert _alone_on_line(" 1月3日：\n正文", 1, 5)
    assert _alone_on_line("标题\n  1月 \r\n正文", 5, 7)
    assert not _alone_on_line("正文1月", 2, 4)
    assert not _alone_on_line("1月正文", 0, 2)


def test_name_in_a_title_is_dropped_but_not_the_same_name_outside() -> None:
    actors = find_actors("《国务院关于某事的通知》和国务院，《国务院》")
    spans = [(m.start, m.end) for a in actors for m in a.mentions]
    assert spans == [(13, 16), (18, 21)]  # inside the longer title: gone; a whole title: kept


def test_events_of_a_long_sentence_keep_their_time_and_actors() -> None:
    unit = "国务院召开会议部署工作"
    doc = extract("1月3日" + unit * 30, dct="1998-01-31")
    assert doc.events
    assert all(e.time is not None and e.time.value == "1998-01-03" for e in doc.events)
    assert all(any(r.name == "国务院" for r in e.actors) for e in doc.events)
