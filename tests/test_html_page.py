"""`timeline extract --format html` writes a page that a real browser renders: headless
Chromium (Debian's ``chromium`` package) loads it, and its DOM and a screenshot are checked."""

from __future__ import annotations

import functools
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline import extract

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
    """The rows of table.timeline-events and the circles of svg.timeline-axis."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.header: list[str] = []
        self.circles: list[dict[str, str | None]] = []
        self.axes = 0
        self.title = ""
        self._in_table = self._in_svg = self._in_title = False
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "title" and not self._in_svg:
            self._in_title = True
        elif tag == "table" and a.get("class") == "timeline-events":
            self._in_table = True
        elif tag == "svg" and a.get("class") == "timeline-axis":
            self._in_svg = True
            self.axes += 1
        elif tag == "circle" and self._in_svg:
            self.circles.append(a)
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._in_table and tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "table":
            self._in_table = False
        elif tag == "svg":
            self._in_svg = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self.header:
                self.rows.append(self._row)
            else:
                self.header = self._row
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._in_title:
            self.title += data


@functools.cache
def _dom(workdir: Path) -> _Dom:
    """The page as Chromium's DOM (--dump-dom), parsed. Called inside the tests, not from a
    fixture, so that a missing chromium makes them fail rather than error."""
    chromium = _chromium()
    page = _page(workdir)
    proc = _run_chromium(chromium, ["--dump-dom", page.as_uri()], workdir / "profile-dom")
    text = proc.stdout.decode("utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>"), text[:500]
    parsed = _Dom()
    parsed.feed(text)
    parsed.close()
    return parsed


def test_chromium_renders_the_events_table(workdir: Path) -> None:
    dom = _dom(workdir)
    assert dom.title == "timeline"
    assert dom.header == ["time", "type", "agent", "summary"]
    # one row per event, as the library extracts them
    doc = extract(ARTICLE.read_text(encoding="utf-8"), dct=DCT)
    expected = [[e.time.value if e.time else "—", e.type.value,
                 next((r.name for r in e.actors if r.role == "agent"), ""), e.summary]
                for e in doc.timeline.events]
    assert len(expected) >= 8
    assert dom.rows == expected
    establish = ["2020-01-30", "establish", "广西自然资源厅", "广西自然资源厅成立疫情防控领导小组"]
    assert establish in dom.rows
    assert ["2020-02-03T09:00", "meeting", "陈建军", "陈建军主持召开今年第3次党组会议"] in dom.rows
    days = [r[0] for r in dom.rows if len(r[0]) == 10]  # day-precise rows, in time order
    assert days[0] == "2020-01-27" and days == sorted(days)


def test_chromium_renders_the_svg_axis(workdir: Path) -> None:
    dom = _dom(workdir)
    assert dom.axes == 1
    dated = [r for r in dom.rows if r[0] != "—"]
    assert len(dom.circles) == len(dated) >= 8
    xs = [float(c["cx"] or "nan") for c in dom.circles]
    assert xs == sorted(xs), xs  # left to right in time order
    assert xs[0] == pytest.approx(20.0) and xs[-1] == pytest.approx(740.0)
    assert all(c["cy"] == "30" and c["r"] == "5" for c in dom.circles)


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
