"""The scan time limit: a warning and the times found so far, never a hang or a crash."""

from __future__ import annotations

import warnings

import pytest

from timeline import ScanTimeoutWarning, extract, find_times
from timeline.temporal import find


@pytest.fixture
def tiny_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "SCAN_TIMEOUT", 0.0)


TEXT = "1月30日下午开会。" * 2000


def test_find_times_warns_and_returns(tiny_limit: None) -> None:
    with pytest.warns(ScanTimeoutWarning, match="time scan stopped"):
        mentions = find_times(TEXT, dct="2020-02-26")
    assert len(mentions) < 2000


def test_extract_records_it_on_the_document(tiny_limit: None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # extract must not warn: it records
        doc = extract(TEXT, dct="2020-02-26")
    assert len(doc.warnings) == 1 and "time scan stopped" in doc.warnings[0]


def test_no_warning_within_the_limit() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(find_times(TEXT, dct="2020-02-26")) == 2000
    assert extract(TEXT[:500], dct="2020-02-26").warnings == ()
