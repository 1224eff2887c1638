"""The examples run and show what they say: examples/quickstart.py and examples/timeline.ipynb."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
QUICKSTART = EXAMPLES / "quickstart.py"
NOTEBOOK = EXAMPLES / "timeline.ipynb"


# --- quickstart.py ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def quickstart_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    # run from an unrelated directory: the script must find article.txt by itself
    cwd = tmp_path_factory.mktemp("quickstart")
    proc = subprocess.run([sys.executable, str(QUICKSTART)], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, f"quickstart.py failed:\n{proc.stdout}\n{proc.stderr}"
    assert proc.stderr == "", f"quickstart.py wrote to stderr:\n{proc.stderr}"
    return proc.stdout


def _row(output: str, time: str, type_: str) -> list[str]:
    """The cells of the timeline row with this time and type (cells split on 2+ spaces)."""
    for line in output.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if cells[:2] == [time, type_]:
            return cells
    raise AssertionError(f"no row {time} {type_} in the quickstart output:\n{output}")


def test_quickstart_prints_the_dct_and_its_source(quickstart_output: str) -> None:
    assert "DCT: 2020-02-26 03:26 (source: detected" in quickstart_output


def test_quickstart_prints_the_timeline(quickstart_output: str) -> None:
    assert re.search(r"^time\s+type\s+agent\s+summary$", quickstart_output, re.M)
    establish = _row(quickstart_output, "2020-01-30", "establish")
    assert establish[2] == "广西自然资源厅"
    assert "领导小组" in establish[3]
    decide = _row(quickstart_output, "2020-01-27", "decide")
    assert decide[2] == "广西壮族自治区人民政府"
    meeting = _row(quickstart_output, "2020-02-03T09:00", "meeting")
    assert meeting[2] == "陈建军"
    # '两天后' after 1月27日 in the same sentence: two days later
    _row(quickstart_output, "2020-01-29", "construction")
    # '次日' after 1月30日
    _row(quickstart_output, "2020-01-31", "issue_document")


def test_quickstart_rows_are_in_time_order(quickstart_output: str) -> None:
    times = [m[1] for m in re.finditer(r"^(20\d\d-\d\d(?:-\d\d)?\S*)\s{2,}", quickstart_output,
                                       re.M)]
    assert len(times) >= 8, quickstart_output
    assert times == sorted(times), times


def test_quickstart_prints_undated_count_and_queries(quickstart_output: str) -> None:
    assert re.search(r"^Undated events: \d+$", quickstart_output, re.M)
    assert re.search(r"filter\(actor='自然资源厅'\): [2-9]\d* events", quickstart_output)
    assert "group_by('month'):" in quickstart_output
    assert re.search(r"^  2020-01: \d+ events \(.*establish.*\)$", quickstart_output, re.M)


# --- timeline.ipynb -----------------------------------------------------------------------


def test_notebook_is_committed_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"outputs left in cell {cell.metadata.get('tags')}"
            assert cell.execution_count is None


@pytest.fixture(scope="module")
def executed_notebook() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", allow_errors=True,
        resources={"metadata": {"path": str(EXAMPLES)}},  # the notebook reads article.txt
    )
    client.execute()  # on the in-memory copy: the file on disk keeps its cleared outputs
    return nb


def _cell(nb: Any, tag: str) -> Any:
    cells = [c for c in nb.cells if tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}, found {len(cells)}"
    return cells[0]


def _stream(cell: Any) -> str:
    return "".join(o.text for o in cell.outputs
                   if o.output_type == "stream" and o.name == "stdout")


def _data(cell: Any, mime: str) -> str:
    found = [o.data[mime] for o in cell.outputs
             if o.output_type in ("execute_result", "display_data") and mime in o.data]
    assert found, f"cell {cell.metadata.tags} has no {mime} output: {cell.outputs}"
    return str(found[-1])


def test_notebook_runs_without_errors(executed_notebook: Any) -> None:
    errors = [(c.metadata.get("tags"), o.ename, o.evalue)
              for c in executed_notebook.cells if c.cell_type == "code"
              for o in c.outputs if o.output_type == "error"]
    assert errors == []
    unrun = [c.metadata.get("tags") for c in executed_notebook.cells
             if c.cell_type == "code" and c.execution_count is None]
    assert unrun == []


def test_notebook_find_times_and_actors(executed_notebook: Any) -> None:
    times = _stream(_cell(executed_notebook, "find_times"))
    assert re.search(r"3月2日上午\s+TIME\s+2021-03-02TMO", times), times
    assert re.search(r"次日\s+DATE\s+2021-03-03 .*anchor=narrative", times), times
    assert re.search(r"自3月5日起\s+DATE\s+2021-03-05 .*mod=ON_OR_AFTER", times), times
    assert re.search(r"每周\s+SET\s+P1W", times), times
    actors = _stream(_cell(executed_notebook, "find_actors"))
    assert "ORG:杭州市交通运输局" in actors and "'交通运输局'" in actors, actors


def test_notebook_shows_documents_as_html(executed_notebook: Any) -> None:
    small = _data(_cell(executed_notebook, "small_document"), "text/html")
    assert '<div class="timeline-document"' in small
    assert "<mark" in small and "TIME" in small and "ORG" in small
    assert "<svg" in small and "2021-03-03" in small

    cell = _cell(executed_notebook, "document")
    assert _stream(cell).strip() == "2020-02-26 03:26:00 detected"
    html = _data(cell, "text/html")
    assert "<mark" in html and "<svg" in html and "<circle" in html
    assert re.search(r'<td class="time">2020-01-30</td>(<td[^>]*>[^<]*</td>){3}'
                     r'<td>establish</td><td class="agent">广西自然资源厅</td>', html)


def test_notebook_timeline_and_filter(executed_notebook: Any) -> None:
    cell = _cell(executed_notebook, "timeline")
    assert re.search(r"<Timeline: ([1-9]\d*) dated, \d+ undated events> undated: \d+",
                     _stream(cell))
    html = _data(cell, "text/html")
    assert '<table class="timeline-events">' in html and "<svg" in html
    assert html.count("<circle") == html.count('class="point-label"') >= 5  # one a day
    assert re.search(r'<td class="time">2020-01-30</td>(<td[^>]*>[^<]*</td>){3}'
                     r"<td>establish</td>", html)

    cell = _cell(executed_notebook, "filter")
    assert re.fullmatch(r"<Timeline: [2-9]\d* dated, 0 undated events>",
                        _data(cell, "text/plain"))
    html = _data(cell, "text/html")
    agents = re.findall(r'<td class="agent">([^<]*)</td>', html)
    assert len(agents) >= 2 and set(agents) == {"广西自然资源厅"}, agents


def test_notebook_group_by(executed_notebook: Any) -> None:
    out = _stream(_cell(executed_notebook, "group_by"))
    by_type, by_month = out.strip().splitlines()
    assert "'establish': " in by_type and "'meeting': " in by_type, by_type
    assert by_month.startswith("{'2020-01': ["), by_month
    assert re.search(r"'2020-02': \[[^]]*'suspend'[^]]*'meeting'", by_month), by_month


def test_notebook_dataframe_has_rows(executed_notebook: Any) -> None:
    cell = _cell(executed_notebook, "dataframe")
    shape = re.fullmatch(r"\((\d+), (\d+)\)", _stream(cell).strip())
    assert shape, _stream(cell)
    rows, columns = int(shape[1]), int(shape[2])
    assert rows >= 8 and columns >= 4
    html = _data(cell, "text/html")
    assert "<table" in html and html.count("<tr") == rows + 1  # the header row, then one each
    assert "establish" in html and "广西自然资源厅" in html


def test_notebook_plot_draws_a_figure(executed_notebook: Any) -> None:
    cell = _cell(executed_notebook, "plot")
    png = base64.b64decode(_data(cell, "image/png"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    stderr = "".join(o.text for o in cell.outputs
                     if o.output_type == "stream" and o.name == "stderr")
    assert "Glyph" not in stderr, stderr  # the axis labels are in a font that has them
