"""What a reader sees: the table, CSV, TimeML, the page, reprs, merging, the CLI's streaming
and its errors. Expectations come from the Document extracted in the test (event counts
change with the extractor) or from hand-built events."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Document, Event, EventType, Timeline, extract
from timeline.cli import TABLE_COLUMNS, main
from timeline.errors import (
    DCTTypeError,
    DCTValueError,
    InputTypeError,
    InvalidDocumentError,
    InvalidQueryError,
)
from timeline.models import ActorRef, Span, TimeValue
from timeline.render.html import FONT_STACK
from timeline.render.timeml import document_timeml
from timeline.timeline import RECORD_FIELDS

from .strategies import mixed_text

NEWS = ("南宁市教育局工作简报\n"
        "3月4日上午，南宁市教育局召开会议。自3月6日起，南宁市教育局将开展校园检查。"
        "3月5日，南宁市公安局未发现异常。")
DCT = "2020-03-05"


def _cli(*args: str, stdin: bytes = b"", **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin,
                          capture_output=True, timeout=120, **kw)


def _event(doc: str | None, n: int, kind: EventType = EventType.MEETING,
           day: int | None = 4, agent: str | None = "甲局", sources: tuple[str, ...] = ()
           ) -> Event:
    """A hand-built event: document, trigger offset n, type, day of March 2020, agent."""
    time = None if day is None else TimeValue(
        type="DATE", value=f"2020-03-{day:02d}", start=datetime(2020, 3, day),
        end=datetime(2020, 3, day) + timedelta(days=1), granularity="day")
    actors = () if agent is None else (ActorRef(id=f"ORG:{agent}", name=agent, role="agent"),)
    return Event(id=f"{doc}:e{n}", type=kind, trigger=Span(text="开", start=n, end=n + 1),
                 time=time, actors=actors, summary="开会", evidence=Span(text="开", start=n,
                 end=n + 1), doc_id=doc, sources=sources)


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract(NEWS, dct=DCT, doc_id="brief")


# --- the table -------------------------------------------------------------------------------
class TestTable:
    def test_header_says_mod_modality_and_document(self, tmp_path: Path) -> None:
        f = tmp_path / "a.txt"
        f.write_text(NEWS, encoding="utf-8")
        out = _cli("extract", str(f), "--dct", DCT).stdout.decode()
        header, *rows = out.splitlines()
        assert header.split() == list(TABLE_COLUMNS)
        assert {"mod", "modality"} <= set(header.split())
        doc = extract(NEWS, dct=DCT, doc_id=str(f))
        assert len(rows) == len(doc.events) and all(r.startswith(str(f)) for r in rows)
        for row, e in zip(rows, doc.timeline.events, strict=True):
            assert e.modality in row.split() and (e.time is None or e.time.value in row)
            if e.time is not None and e.time.mod:
                assert e.time.mod in row.split()

    def test_errors_print_no_header(self, tmp_path: Path) -> None:
        done = _cli("extract", str(tmp_path / "missing.txt"), str(tmp_path / "gone.txt"))
        assert done.returncode == 1 and done.stdout == b""
        assert len(done.stderr.decode().splitlines()) == 2

    def test_no_event_is_said(self) -> None:
        done = _cli("extract", "-", "--dct", DCT, stdin="今天天气很好。".encode())
        assert done.returncode == 0 and done.stdout.decode() == "-: no event found\n"

    def test_times_columns_stay_apart(self, tmp_path: Path) -> None:
        f = tmp_path / "t.txt"
        f.write_text("自2020年1月27日上午9时至2020年2月10日下午5时30分，值守。次日复工。",
                     encoding="utf-8")
        lines = _cli("times", str(f), "--dct", DCT).stdout.decode().splitlines()
        assert len(lines) >= 2
        for line in lines:
            cells = [c for c in line.strip().split("  ") if c.strip()]
            assert len(cells) >= 4, line  # offset, text, type, value (then mod, interval)


# --- help and version ------------------------------------------------------------------------
class TestHelp:
    def test_version(self) -> None:
        from timeline import __version__

        done = _cli("--version")
        assert done.returncode == 0 and done.stdout.decode().strip() == f"timeline {__version__}"

    def test_help_has_no_rst_and_explains_policy(self) -> None:
        top = _cli("-h").stdout.decode()
        assert "``" not in top and "extract" in top
        sub = _cli("extract", "-h").stdout.decode()
        assert "``" not in sub
        flat = " ".join(sub.split())
        for word in ("past", "future", "nearest", "latest", "earliest", "closest", "--merge"):
            assert word in flat, word


# --- CSV, records, data frames ---------------------------------------------------------------
class TestCSV:
    def test_empty_header_is_the_full_header(self, doc: Document, tmp_path: Path) -> None:
        assert Timeline().to_csv().splitlines() == [",".join(RECORD_FIELDS)]
        assert doc.timeline.to_csv().splitlines()[0] == Timeline().to_csv().strip()
        empty = tmp_path / "empty.txt"
        empty.write_text("今天天气很好。", encoding="utf-8")
        full = tmp_path / "full.txt"
        full.write_text(NEWS, encoding="utf-8")
        heads = [_cli("extract", str(p), "--dct", DCT, "--format", "csv").stdout.decode()
                 .splitlines()[0] for p in (empty, full)]
        assert heads[0] == heads[1] == ",".join(RECORD_FIELDS)

    @pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
    def test_formula_cells_are_text(self, start: str) -> None:
        evil = f"{start}HYPERLINK(\"http://x\")甲局"
        e = _event("d", 0).model_copy(update={"summary": evil})
        rows = list(csv.DictReader(io.StringIO(Timeline([e]).to_csv())))
        assert rows[0]["summary"] == "'" + evil
        assert rows[0]["type"] == "meeting"  # other cells unchanged

    def test_dataframes(self, doc: Document) -> None:
        pd = pytest.importorskip("pandas")
        frame = doc.to_dataframe()
        assert isinstance(frame, pd.DataFrame) and len(frame) == len(doc.events)
        assert list(Timeline().to_dataframe().columns) == list(RECORD_FIELDS)


# --- filter and friends ----------------------------------------------------------------------
class TestQueries:
    @pytest.mark.parametrize("start", [
        "2020-03-05", "2020-03-05T00:00", date(2020, 3, 5), datetime(2020, 3, 5),
        datetime(2020, 3, 4, 16, tzinfo=timezone.utc),  # 2020-03-05 00:00 in UTC+8
    ])
    def test_start_takes_what_dct_takes(self, doc: Document, start: Any) -> None:
        tl = doc.timeline
        assert tl.filter(start=start) == tl.filter(start=datetime(2020, 3, 5))
        assert tl.filter(end=start) == tl.filter(end=datetime(2020, 3, 5))

    def test_window_is_the_overlap(self, doc: Document) -> None:
        kept = doc.timeline.filter(start="2020-03-05")
        for e in doc.timeline:
            overlaps = e.time is not None and (e.time.end is None
                                               or e.time.end > datetime(2020, 3, 5))
            assert (e in kept) == overlaps

    @pytest.mark.parametrize(("kwargs", "error", "words"), [
        ({"start": "yesterday"}, DCTValueError, "start must be an ISO 8601"),
        ({"end": 3.5}, DCTTypeError, "end must be a datetime, date or ISO string"),
        ({"type": "bogus"}, InvalidQueryError, "type must be an event type"),
        ({"type": 3}, InputTypeError, "type must be an EventType"),
        ({"text": b"x"}, InputTypeError, "text must be a str"),
    ])
    def test_bad_arguments(self, doc: Document, kwargs: dict[str, Any],
                           error: type[Exception], words: str) -> None:
        with pytest.raises(error, match=words):
            doc.timeline.filter(**kwargs)

    def test_bogus_type_is_a_value_error(self, doc: Document) -> None:
        with pytest.raises(ValueError, match="'bogus'"):
            doc.timeline.filter(type="bogus")
        with pytest.raises(ValueError, match="group_by takes"):
            doc.timeline.group_by("week")  # type: ignore[arg-type]

    @pytest.mark.parametrize("data", ["{}", "[]", '{"events": 3}', '{"events": [1]}',
                                      '{"events": [], "actors": {}}', '{"events": [], "x": 1}',
                                      "not json"])
    def test_from_json_refuses_what_is_no_timeline(self, data: str) -> None:
        with pytest.raises(InvalidDocumentError, match="Timeline"):
            Timeline.from_json(data)

    def test_reprs_are_short(self, doc: Document) -> None:
        long = extract(NEWS * 40, dct=DCT, doc_id="long")
        for d in (doc, long, Document(text="")):
            text = repr(d)
            assert len(text) <= 400 and str(d) == text
            assert f"{len(d.events)} events" in text and f"{len(d.times)} times" in text
            assert repr(d.id) in text
        assert "2020-03-05" in repr(doc) and "given" in repr(doc)
        assert len(repr(long.timeline)) <= 400


# --- merge -----------------------------------------------------------------------------------
def _merged_slowly(events: list[Event]) -> list[tuple[str, tuple[str, ...]]]:
    """The merge rule written out plainly (quadratic), to check the indexed one against."""
    kept: list[tuple[Event, set[str | None], list[str]]] = []
    for e in events:
        key = None
        if e.time is not None and e.time.start is not None:
            agent = next((r.name for r in e.actors if r.role == "agent"), None)
            key = (e.type, e.time.start.date(), agent)
        twin = None
        if key is not None:
            for k in kept:
                k_agent = next((r.name for r in k[0].actors if r.role == "agent"), None)
                assert k[0].time is not None or True
                same = (k[0].time is not None and k[0].time.start is not None
                        and (k[0].type, k[0].time.start.date(), k_agent) == key)
                if same and e.doc_id not in k[1]:
                    twin = k
                    break
        if twin is None:
            kept.append((e, {e.doc_id, *e.sources}, list(e.sources)))
        else:
            for s in (e.doc_id, *e.sources):
                if s and s not in twin[1]:
                    twin[2].append(s)
            twin[1].update({e.doc_id, *e.sources})
    return sorted((k[0].id, tuple(k[2])) for k in kept)


class TestMerge:
    def test_events_without_agent_merge_too(self) -> None:
        a = Timeline([_event("a", 0, agent=None)])
        b = Timeline([_event("b", 0, agent=None)])
        merged = a.merge(b)
        assert len(merged) == 1 and merged[0].sources == ("b",)

    @pytest.mark.parametrize("other", [
        {"kind": EventType.FIRE}, {"day": 5}, {"agent": "乙局"}, {"agent": None}, {"day": None},
    ])
    def test_what_differs_is_kept_apart(self, other: dict[str, Any]) -> None:
        merged = Timeline([_event("a", 0)]).merge(Timeline([_event("b", 0, **other)]))
        assert len(merged.events) == 2 and all(not e.sources for e in merged.events)

    def test_one_document_never_merges(self) -> None:
        tl = Timeline([_event("a", 0), _event("a", 5)])
        assert len(tl.merge()) == 2

    def test_many_reports_of_many_events(self) -> None:
        # three documents, each reporting the same two meetings: two events, each with the
        # other two documents as sources
        parts = [Timeline([_event(d, 0), _event(d, 9)]) for d in "abc"]
        merged = parts[0].merge(*parts[1:])
        assert [(e.doc_id, e.sources) for e in merged] == [("a", ("b", "c"))] * 2

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]),
                              st.sampled_from([EventType.MEETING, EventType.FIRE]),
                              st.sampled_from([4, 5, None]),
                              st.sampled_from(["甲局", "乙局", None])), max_size=25))
    def test_indexed_merge_is_the_rule(self, specs: list[tuple[Any, ...]]) -> None:
        events = [_event(d, n, kind, day, agent) for n, (d, kind, day, agent) in
                  enumerate(specs)]
        ordered = Timeline(events).events  # merge reads events in timeline order
        merged = Timeline(events).merge()
        assert sorted((e.id, e.sources) for e in merged.events) == _merged_slowly(ordered)

    def test_merge_keeps_documents_for_the_page(self, doc: Document) -> None:
        other = extract(NEWS.replace("工作简报", "动态"), dct=DCT, doc_id="other")
        merged = doc.timeline.merge(other.timeline)
        assert [d.id for d in merged.documents] == ["brief", "other"]
        assert "DCT 2020-03-05" in merged.to_html()


# --- TimeML ----------------------------------------------------------------------------------
class TestTimeML:
    @pytest.mark.parametrize("text", ["今天天气很好。", "3月3日下午，天气很好。", NEWS, ""])
    def test_document_carries_text_dct_and_times(self, text: str) -> None:
        d = extract(text, dct=DCT, doc_id="x")
        root = ET.fromstring(document_timeml(d))
        body = root.find("TEXT")
        assert body is not None and "".join(body.itertext()) == d.text
        assert root.findtext("DOCID") == "x"
        dct = root.find("DCT/TIMEX3")
        assert dct is not None and dct.get("value") == "2020-03-05"
        inline = [(t.text, t.get("value")) for t in body.iter("TIMEX3")]
        assert inline == [(m.text, m.time.value) for m in d.times]
        assert len(list(body.iter("EVENT"))) <= len(d.events)

    @pytest.mark.parametrize("text", ["今天天气很好。", "3月3日下午，天气很好。", NEWS, ""])
    def test_timeline_of_a_document_carries_it(self, text: str) -> None:
        d = extract(text, dct=DCT, doc_id="x")
        root = ET.fromstring(d.timeline.to_timeml())
        body = root.find("TEXT")
        assert body is not None and "".join(body.itertext()) == d.text
        assert [t.text for t in body.iter("TIMEX3")] == [m.text for m in d.times]
        assert root.find("DCT/TIMEX3") is not None and root.findtext("DOCID") == "x"
        assert len(root.findall("EVENT")) == len(d.events)
        bare = ET.fromstring(Timeline(d.events).to_timeml())  # no document known: events only
        assert bare.find("TEXT") is None and len(bare.findall("EVENT")) == len(d.events)

    def test_cli_timeml_of_an_empty_input(self) -> None:
        done = _cli("extract", "-", "--dct", DCT, "--format", "timeml",
                    stdin="3月3日下午，天气很好。".encode())
        root = ET.fromstring(done.stdout)
        assert "".join(root.find("TEXT").itertext()) == "3月3日下午，天气很好。"  # type: ignore[union-attr]
        assert root.find("DCT/TIMEX3") is not None and root.find("TEXT/TIMEX3") is not None

    def test_cli_timeml_of_a_batch_is_one_document(self, tmp_path: Path) -> None:
        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        done = _cli("extract", str(tmp_path), "--dct", DCT, "--format", "timeml")
        root = ET.fromstring(done.stdout)
        assert [t.findtext("DOCID") for t in root.findall("TimeML")] == [
            str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


# --- the page --------------------------------------------------------------------------------
class _Cells(HTMLParser):
    """The evidence cells and section headings of a page, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.evidence: list[str] = []
        self.meta: list[str] = []
        self._cell: list[str] | None = None
        self._depth = 0
        self._skip = False
        self._meta: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self._cell is not None:
            self._depth += 1
            self._skip = self._skip or a.get("class") == "summary"
        elif tag == "td" and a.get("class") == "evidence":
            self._cell, self._depth = [], 0
        elif tag == "p" and a.get("class") == "meta":
            self._meta = []

    def handle_endtag(self, tag: str) -> None:
        if self._cell is not None:
            if self._depth == 0:
                self.evidence.append("".join(self._cell))
                self._cell = None
            else:
                self._depth -= 1
                if tag == "div":
                    self._skip = False
        elif tag == "p" and self._meta is not None:
            self.meta.append("".join(self._meta))
            self._meta = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(data)
        elif self._meta is not None:
            self._meta.append(data)


class TestPage:
    def test_page_has_dct_evidence_and_fonts(self, doc: Document) -> None:
        page = doc.timeline.to_html()
        cells = _Cells()
        cells.feed(page)
        assert cells.evidence == [e.evidence.text.strip() for e in doc.timeline.events]
        for e in doc.events:  # also as plain text, which a search of the page finds
            assert f'data-evidence="{e.evidence.text.strip()}"' in page
        assert any("DCT 2020-03-05 (given)" in m for m in cells.meta)
        for font in ("Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"):
            assert font in FONT_STACK and font in page
        assert "<title>南宁市教育局工作简报</title>" in page  # the first line is the title
        assert "http" not in page.replace('http://x', '')  # nothing from the network

    def test_marks_are_time_trigger_and_actors(self, doc: Document) -> None:
        page = doc.timeline.to_html()
        for e in doc.events:
            assert f'<mark class="trigger" title="trigger: {e.type.value}">' \
                   f"{e.trigger.text}</mark>" in page
        assert '<mark class="time"' in page and '<mark class="ORG"' in page
        for m in ("planned", "ON_OR_AFTER", "negative"):  # what this text holds
            if any(m in (e.modality, e.polarity, e.time.mod if e.time else None)
                   for e in doc.events):
                assert m in page

    @pytest.mark.parametrize("title", [None, "简报"])
    def test_title(self, doc: Document, title: str | None) -> None:
        page = doc.timeline.to_html(title=title)
        assert f"<title>{title or '南宁市教育局工作简报'}</title>" in page

    def test_title_must_be_text(self, doc: Document) -> None:
        with pytest.raises(InputTypeError, match="title must be a str"):
            doc.timeline.to_html(title=5)  # type: ignore[arg-type]

    def test_empty_page_says_so(self) -> None:
        assert "No event was found" in Timeline().to_html()
        empty = extract("今天天气很好。", dct=DCT, doc_id="e")
        assert "No event was found in this document" in empty.timeline.to_html()

    def test_batch_page_keeps_documents_apart(self, tmp_path: Path) -> None:
        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        page = _cli("extract", str(tmp_path), "--dct", DCT, "--format", "html").stdout.decode()
        assert page.count('<section class="doc"') == 2
        assert f'data-doc="{tmp_path / "a.txt"}"' in page
        assert page.rstrip().endswith("</html>") and page.count("<html") == 1

    def test_axis_points_are_labelled(self, doc: Document) -> None:
        page = doc.timeline.to_html()
        assert page.count("<circle") == page.count('class="point-label"') >= 1


# --- the plot --------------------------------------------------------------------------------
@pytest.mark.parametrize("days", [0.2, 3, 40, 400, 4000])
def test_plot_labels_never_overlap(days: float) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    start = datetime(2020, 1, 1)
    events = []
    for n in range(30):
        at = start + timedelta(days=days * n / 29)
        t = TimeValue(type="TIME", value=f"{at:%Y-%m-%dT%H:%M}", start=at,
                      end=at + timedelta(minutes=1), granularity="minute")
        events.append(_event("d", n).model_copy(update={"time": t}))
    ax = Timeline(events).plot()
    fig = ax.figure
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()]
    assert len(boxes) >= 2
    for a, b in itertools.pairwise(boxes):
        assert not a.overlaps(b), [t.get_text() for t in ax.get_xticklabels()]
    plt.close(fig)


# --- the CLI: streaming, files that cannot be read, outputs that cannot be written ---------
class TestStreaming:
    def test_each_document_is_written_when_done(self, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
        from timeline.extract import Extractor

        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        real = Extractor.extract
        seen: list[str] = []

        def extract_then_stop(self: Extractor, text: str, **kw: Any) -> Document:
            if seen:  # the second document: what the first printed is out already
                seen.append(capsys.readouterr().out)
                raise KeyboardInterrupt
            seen.append("")
            return real(self, text, **kw)

        monkeypatch.setattr(Extractor, "extract", extract_then_stop)
        for fmt in ("csv", "jsonl", "table"):
            seen.clear()
            with pytest.raises(KeyboardInterrupt):
                main(["extract", str(tmp_path), "--dct", DCT, "--format", fmt])
            assert str(tmp_path / "a.txt") in seen[1], fmt

    @pytest.mark.parametrize("odd", ["\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c"])
    def test_json_keeps_line_ends_other_than_newline(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str], odd: str) -> None:
        path = tmp_path / "odd.txt"
        text = f"3月4日{odd}南宁市教育局召开会议。"
        path.write_text(text, encoding="utf-8")
        assert main(["extract", str(path), "--dct", DCT, "--format", "json"]) == 0
        assert [d["text"] for d in json.loads(capsys.readouterr().out)] == [text]

    def test_json_streams_a_valid_array(self, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        assert main(["extract", str(tmp_path), "--dct", DCT, "--format", "json"]) == 0
        docs = json.loads(capsys.readouterr().out)
        assert [d["id"] for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
        assert main(["extract", str(tmp_path / "none.txt"), "--format", "json"]) == 1
        assert json.loads(capsys.readouterr().out) == []

    def test_merge_is_an_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        for name in ("a", "b"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        main(["extract", str(tmp_path), "--dct", DCT, "--format", "jsonl"])
        apart = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        main(["extract", str(tmp_path), "--dct", DCT, "--format", "jsonl", "--merge"])
        merged = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        doc = extract(NEWS, dct=DCT, doc_id="a")
        expected = Timeline().merge(doc.timeline, extract(NEWS, dct=DCT, doc_id="b").timeline)
        assert len(apart) == 2 * len(doc.events) and len(merged) == len(expected.events)
        assert all(e["sources"] == [] for e in apart)

    def test_progress_on_a_single_file(self, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
        f = tmp_path / "long.txt"
        f.write_text(NEWS * 20, encoding="utf-8")
        assert main(["extract", str(f), "--dct", DCT, "--progress"]) == 0
        err = capsys.readouterr().err
        assert f"{len(NEWS * 20):,} characters" in err and "events in" in err


class TestUnreadable:
    def test_vanished_file_in_a_directory(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
        (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link
        done = _cli("extract", str(tmp_path), "--dct", DCT, "--format", "csv")
        err = done.stderr.decode().splitlines()
        assert done.returncode == 1 and len(err) == 1 and "gone.txt" in err[0]
        assert str(tmp_path / "a.txt") in done.stdout.decode()

    def test_unreadable_file_in_a_directory(self, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
        for name in ("a", "b", "c"):
            (tmp_path / f"{name}.txt").write_text(NEWS, encoding="utf-8")
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self.name == "b.txt":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
        assert main(["extract", str(tmp_path), "--dct", DCT, "--format", "jsonl"]) == 1
        out, err = capsys.readouterr()
        assert err == f"timeline: {tmp_path / 'b.txt'}: Permission denied\n"
        docs = {json.loads(x)["doc_id"] for x in out.splitlines()}
        assert docs == {str(tmp_path / "a.txt"), str(tmp_path / "c.txt")}

    def test_fifo_in_a_directory_does_not_block(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
        os.mkfifo(tmp_path / "pipe.txt")
        done = _cli("extract", str(tmp_path), "--dct", DCT)  # the timeout would fire
        err = done.stderr.decode().splitlines()
        assert done.returncode == 1 and len(err) == 1 and "not a regular file" in err[0]
        assert str(tmp_path / "a.txt") in done.stdout.decode()


class TestUnwritable:
    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
    @pytest.mark.parametrize("command", [["extract", "-"], ["times", "-"], ["parse", "次日"]])
    def test_dev_full(self, command: list[str]) -> None:
        with open("/dev/full", "wb") as full:
            done = subprocess.run([sys.executable, "-m", "timeline", *command, "--dct", DCT],
                                  input=NEWS.encode(), stdout=full, stderr=subprocess.PIPE,
                                  timeout=120)
        err = done.stderr.decode()
        assert done.returncode == 1
        assert err == "timeline: cannot write the output: No space left on device\n"

    def test_closed_stdout(self) -> None:
        done = subprocess.run(
            ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "timeline", "extract",
             "-", "--dct", DCT], input=NEWS.encode(), stderr=subprocess.PIPE, timeout=120)
        assert done.returncode == 1
        assert done.stderr.decode() == ("timeline: cannot write the output: standard output "
                                        "is closed\n")


# --- any input: every format is well-formed -------------------------------------------------
_ANY = st.one_of(mixed_text, st.text(max_size=60),
                 st.lists(st.sampled_from(["3月4日", "南宁市教育局", "召开会议", "。", "\x01",
                                           "\x0b", "=", "-", "@", "\ufffe", "\n", "自", "起",
                                           "将"]), max_size=20).map("".join))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(_ANY)
def test_any_text_gives_well_formed_output_in_every_format(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path / "any.txt"
    path.write_text(text, encoding="utf-8")
    status = main(["extract", str(path), "--dct", DCT, "--format", "json"])
    out, err = capsys.readouterr()
    if status:  # an input that cannot be read: one line, nothing else
        assert len(err.splitlines()) == 1 and json.loads(out) == []
        return
    (doc,) = (Document.model_validate(d) for d in json.loads(out))
    events = doc.timeline.events
    outputs = {}
    for fmt in ("table", "jsonl", "csv", "html", "timeml"):
        assert main(["extract", str(path), "--dct", DCT, "--format", fmt]) == 0
        outputs[fmt], err = capsys.readouterr()
        assert err == ""
    reader = csv.DictReader(io.StringIO(outputs["csv"]))
    assert reader.fieldnames == list(RECORD_FIELDS)
    rows = list(reader)
    assert [r["id"] for r in rows] == [e.id for e in events]
    assert [json.loads(x)["id"] for x in outputs["jsonl"].splitlines()] == [e.id for e in events]
    root = ET.fromstring(outputs["timeml"])
    body = root.find("TEXT")
    assert body is not None and len("".join(body.itertext())) == len(doc.text)
    page = outputs["html"]
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert page.count('<tr class="event"') == len(events)
    lines = outputs["table"].splitlines()
    if events:
        assert lines[0].split() == list(TABLE_COLUMNS) and len(lines) >= 1 + len(events)
    else:
        assert lines == [f"{path}: no event found"]
