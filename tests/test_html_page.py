"""`timeline extract --format html` writes a page that a real browser renders: headless
Chromium (Debian's ``chromium`` package) loads it, and its DOM and a screenshot are checked."""

from __future__ import annotations

import functools
import re
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline import Document, extract
from timeline.ordering import placed_at
from timeline.render.html import document_title

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article.txt"
DCT = "2020-02-26"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT = 90  # seconds, for each subprocess


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium not found on PATH: install Debian's chromium package "
                    "(apt-get update && apt-get install -y chromium)")
    return path


def _timeline_command() -> list[str]:
    script = Path(sys.executable).parent / "timeline"
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline"]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("page")


@functools.cache
def _page(workdir: Path) -> Path:
    """The page `timeline extract --format html` writes for the example article."""
    out = workdir / "timeline.html"
    proc = subprocess.run(
        [*_timeline_command(), "extract", str(ARTICLE), "--format", "html", "--dct", DCT],
        capture_output=True, timeout=TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out.write_bytes(proc.stdout)
    assert out.stat().st_size > 0
    return out


def _run_chromium(chromium: str, args: list[str],
                  profile: Path) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=TIMEOUT)
    assert proc.returncode == 0, (f"chromium exited with {proc.returncode}:\n"
                                  + proc.stderr.decode("utf-8", "replace")[-3000:])
    return proc


class _Dom(HTMLParser):
    """The rows of table.timeline-events, the circles and point labels of svg.timeline-axis,
    the sections' headings and the glyph check's result."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.header: list[str] = []
        self.circles: list[dict[str, str | None]] = []
        self.labels: list[str] = []
        self.axes = 0
        self.title = ""
        self.sections: list[str | None] = []
        self.glyphs = ""
        self._in_table = self._in_svg = self._in_title = self._in_label = False
        self._in_glyphs = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "title" and not self._in_svg:
            self._in_title = True
        elif tag == "section" and a.get("class") == "doc":
            self.sections.append(a.get("data-doc"))
        elif tag == "pre" and a.get("id") == "glyph-check":
            self._in_glyphs = True
        elif tag == "table" and a.get("class") == "timeline-events":
            self._in_table = True
        elif tag == "svg" and a.get("class") == "timeline-axis":
            self._in_svg = True
            self.axes += 1
        elif tag == "circle" and self._in_svg:
            self.circles.append(a)
        elif tag == "text" and self._in_svg and a.get("class") == "point-label":
            self._in_label = True
            self.labels.append("")
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "pre":
            self._in_glyphs = False
        elif tag == "table":
            self._in_table = False
        elif tag == "svg":
            self._in_svg = False
        elif tag == "text":
            self._in_label = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row and all(c in COLUMNS for c in self._row):
                self.header = self._row
            else:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._in_label:
            self.labels[-1] += data
        elif self._in_glyphs:
            self.glyphs += data
        elif self._in_title:
            self.title += data


COLUMNS = ("document", "time", "mod", "modality", "polarity", "type", "agent", "actors",
           "evidence")

# Drawn on a canvas in the page's own font (an evidence cell's computed font-family): distinct
# Chinese characters must give distinct pictures, and none the picture of a character no
# font has (U+E000, private use), which is the missing-glyph box. With no CJK font every
# Chinese character is that same box.
GLYPH_CHECK = """<pre id="glyph-check"></pre><script>
(function(){
  var family = getComputedStyle(document.querySelector('td.evidence')).fontFamily;
  function draw(ch){var c=document.createElement('canvas');c.width=c.height=48;
    var x=c.getContext('2d');x.fillStyle='#fff';x.fillRect(0,0,48,48);x.fillStyle='#000';
    x.font='40px '+family;x.textBaseline='top';x.fillText(ch,4,2);
    var d=x.getImageData(0,0,48,48).data,s=[];for(var i=0;i<d.length;i+=4)s.push(d[i]<128?1:0);
    return s.join('');}
  var box=draw('\\ue000'),seen={},out=[];
  '广西自然资源厅召开会议'.split('').forEach(function(ch){var p=draw(ch);
    out.push(ch+' '+(p===box?'box':'glyph')+' '+(seen[p]?'same':'own'));seen[p]=1;});
  document.getElementById('glyph-check').textContent=family+'\\n'+out.join('\\n');
})();
</script>"""


def _parse(text: str) -> _Dom:
    parsed = _Dom()
    parsed.feed(text)
    parsed.close()
    return parsed


def _dump(chromium: str, page: Path, profile: Path) -> str:
    proc = _run_chromium(chromium, ["--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
                         profile)
    text = proc.stdout.decode("utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>"), text[:500]
    return text


@functools.cache
def _dom(workdir: Path) -> _Dom:
    """The page as Chromium's DOM (--dump-dom), parsed. Called inside the tests, not from a
    fixture, so that a missing chromium makes them fail rather than error."""
    return _parse(_dump(_chromium(), _page(workdir), workdir / "profile-dom"))


def _article() -> Document:
    return extract(ARTICLE.read_text(encoding="utf-8"), dct=DCT, doc_id=str(ARTICLE))


def test_chromium_renders_the_events_table(workdir: Path) -> None:
    dom = _dom(workdir)
    doc = _article()
    assert dom.title == document_title(doc)
    assert dom.header == list(COLUMNS)
    # one row per event, as the library extracts them, each naming its document
    events = doc.timeline.events
    assert len(events) >= 8 and len(dom.rows) == len(events)
    for row, e in zip(dom.rows, events, strict=True):
        t = e.time
        assert row[0] == str(ARTICLE)
        assert row[1].split()[0] == (t.value if t else "—")
        assert row[2] == ((t.mod or "") if t else "")
        assert row[3:6] == [e.modality, e.polarity, e.type.value]
        assert row[6] == next((r.name for r in e.actors if r.role == "agent"), "")
        assert row[8] == e.summary + e.evidence.text.strip()
    days = [r[1] for r in dom.rows if len(r[1]) == 10]  # day-precise rows, in time order
    assert days == sorted(days)


def test_chromium_shows_title_and_dct(workdir: Path) -> None:
    text = _dump(_chromium(), _page(workdir), workdir / "profile-meta")
    assert f"DCT {DCT} (given)" in text and "<h2>" in text


def test_chromium_renders_the_labelled_axis(workdir: Path) -> None:
    dom = _dom(workdir)
    assert dom.axes == 1
    days = {placed_at(e).date() for e in _article().timeline}  # type: ignore[union-attr]
    assert len(dom.circles) == len(dom.labels) == len(days) >= 5  # one labelled point a day
    xs = [float(c["cx"] or "nan") for c in dom.circles]
    assert xs == sorted(xs), xs  # left to right in time order
    assert all(label.split()[0] in {f"{d:%m-%d}" for d in days} for label in dom.labels)


def test_chinese_renders_as_glyphs_not_boxes(workdir: Path) -> None:
    checked = workdir / "glyphs.html"
    checked.write_text(_page(workdir).read_text(encoding="utf-8").replace(
        "</body>", GLYPH_CHECK + "</body>"), encoding="utf-8")
    dom = _parse(_dump(_chromium(), checked, workdir / "profile-glyphs"))
    family, *lines = dom.glyphs.strip().splitlines()
    assert "Noto Sans CJK SC" in family, family
    assert len(lines) == len("广西自然资源厅召开会议")
    # the characters are all different: a box, or a picture shared with another, is a miss
    boxes = [line for line in lines if line.split()[1:] != ["glyph", "own"]]
    assert not boxes, ("Chinese characters render as the missing-glyph box: install a CJK "
                       "font (Debian: apt-get install fonts-noto-cjk)\n" + dom.glyphs)


def test_batch_page_keeps_documents_apart(workdir: Path) -> None:
    batch = workdir / "batch"
    batch.mkdir(exist_ok=True)
    (batch / "a.txt").write_text("3月4日上午，南宁市教育局召开会议。次日，南宁市教育局印发通知。",
                                 encoding="utf-8")
    (batch / "b.txt").write_text("3月6日，梧州市公安局开展巡查。", encoding="utf-8")
    proc = subprocess.run([*_timeline_command(), "extract", str(batch), "--format", "html",
                           "--dct", "2020-03-10"], capture_output=True, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    page = workdir / "batch.html"
    page.write_bytes(proc.stdout)
    dom = _parse(_dump(_chromium(), page, workdir / "profile-batch"))
    assert dom.sections == [str(batch / "a.txt"), str(batch / "b.txt")]
    assert dom.axes == 2
    docs = [extract((batch / n).read_text(encoding="utf-8"), dct="2020-03-10",
                    doc_id=str(batch / n)) for n in ("a.txt", "b.txt")]
    assert [r[0] for r in dom.rows] == [e.doc_id for d in docs for e in d.timeline.events]


def test_chromium_takes_a_screenshot(workdir: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    shot = tmp_path / "page.png"
    _run_chromium(chromium, ["--window-size=1000,800", f"--screenshot={shot}",
                             _page(workdir).as_uri()], tmp_path / "profile")
    assert shot.exists(), "chromium wrote no screenshot"
    data = shot.read_bytes()
    assert len(data) > 0
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (1000, 800)


def test_filters_run_in_the_page(workdir: Path) -> None:
    """The selects are filled from the rows, and choosing a type or an actor hides the
    other rows, with no server: the page's own script does it."""
    doc = _article()
    kind = doc.timeline.events[0].type.value
    agent = next(r.name for e in doc.timeline.events for r in e.actors)
    for select, value in (("tl-type", kind), ("tl-actor", agent)):
        chooser = (f"<script>var s=document.getElementById('{select}');s.value='{value}';"
                   "s.dispatchEvent(new Event('change'));</script>")
        page = workdir / f"filter-{select}.html"
        page.write_text(_page(workdir).read_text(encoding="utf-8").replace(
            "</body>", chooser + "</body>"), encoding="utf-8")
        text = _dump(_chromium(), page, workdir / f"profile-{select}")
        shown = re.findall(r'<tr class="event" data-type="([^"]*)" data-actors="([^"]*)"'
                           r' data-evidence="[^"]*"(?: style="([^"]*)")?>', text)
        assert len(shown) == len(doc.timeline.events)
        for etype, actors, style in shown:
            wanted = etype == value if select == "tl-type" else value in actors.split("|")
            assert ("none" not in (style or "")) == wanted, (etype, actors, style)
        kept = sum(1 for etype, actors, style in shown if "none" not in (style or ""))
        assert 0 < kept < len(shown)  # some rows shown, some hidden
        assert f"{kept} of {len(shown)} events shown" in text
        assert f'<option value="{value}">{value}</option>' in text
