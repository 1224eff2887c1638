"""The scan budget: a count of work, so a long text gives the same times on any machine and
under any load; past it, a warning and the times found so far, never a hang or a crash."""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

from timeline import ScanTimeoutWarning, extract, find_times
from timeline.temporal import find

TEXT = "1月30日下午开会。" * 2000


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(find, "SCAN_BUDGET", 150)
    return 150


@pytest.mark.parametrize("budget", [0, 1, 7, 150])
def test_find_times_warns_and_returns_what_the_budget_allowed(
        monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    monkeypatch.setattr(find, "SCAN_BUDGET", budget)
    with pytest.warns(ScanTimeoutWarning, match="time scan stopped"):
        mentions = find_times(TEXT, dct="2020-02-26")
    assert len(mentions) == budget  # one candidate per sentence here, each a time
    full = find_times(TEXT[:len("1月30日下午开会。") * budget], dct="2020-02-26") if budget else []
    assert mentions == full


def test_the_same_text_gives_the_same_times_in_parallel(small_budget: int) -> None:
    text = "1月" * 5000
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ScanTimeoutWarning)
        alone = find_times(text, dct="2020-02-26")
        with ThreadPoolExecutor(4) as pool:
            runs = list(pool.map(lambda t: find_times(t, dct="2020-02-26"), [text] * 8))
    assert len(alone) == small_budget
    assert all(run == alone for run in runs)


def test_extract_records_it_on_the_document(small_budget: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # extract must not warn: it records
        doc = extract(TEXT, dct="2020-02-26")
    assert len(doc.warnings) == 1 and "time scan stopped" in doc.warnings[0]
    assert f"{small_budget:,} candidate phrases" in doc.warnings[0]


def test_no_warning_within_the_budget() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(find_times(TEXT, dct="2020-02-26")) == 2000
    assert extract(TEXT[:500], dct="2020-02-26").warnings == ()
