"""The public surface: argument checking, errors a user can act on, models."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import timeline
from timeline import (
    DCTTypeError,
    DCTValueError,
    InputTypeError,
    InvalidPolicyError,
    TimeMention,
    TimeValue,
    find_times,
    parse_time,
)
from timeline.temporal.grammar import _prefilter as stored_prefilter
from timeline.temporal.grammar import compute_prefilter


class TestDCT:
    @pytest.mark.parametrize(
        "dct",
        ["2020-02-26", "2020-02-26T10:00", date(2020, 2, 26), datetime(2020, 2, 26, 9),
         datetime(2020, 2, 26, 9, tzinfo=timezone.utc)],
    )
    def test_accepted_forms(self, dct: object) -> None:
        assert parse_time("1月30日", dct=dct).value == "2020-01-30"  # type: ignore[arg-type,union-attr]

    @pytest.mark.parametrize("dct", [3.5, 20200226, ["2020"], b"2020-02-26"])
    def test_wrong_type(self, dct: object) -> None:
        with pytest.raises(DCTTypeError, match="dct must be a datetime, date or ISO string"):
            find_times("1月30日", dct=dct)  # type: ignore[arg-type]

    def test_wrong_type_is_a_type_error(self) -> None:
        with pytest.raises(TypeError):
            find_times("1月30日", dct=3.5)  # type: ignore[arg-type]

    @pytest.mark.parametrize("dct", ["yesterday", "2020-13-01", "26/02/2020", ""])
    def test_bad_string(self, dct: str) -> None:
        with pytest.raises(DCTValueError, match="ISO 8601"):
            find_times("1月30日", dct=dct)


class TestInput:
    @pytest.mark.parametrize("text", [None, b"1\xe6\x9c\x88", 42, ["1月30日"]])
    def test_text_must_be_str(self, text: object) -> None:
        with pytest.raises(InputTypeError, match="text must be a str"):
            find_times(text)  # type: ignore[arg-type]

    def test_bytes_hint(self) -> None:
        with pytest.raises(InputTypeError, match="decode"):
            find_times(b"abc")  # type: ignore[arg-type]

    def test_unknown_policy(self) -> None:
        with pytest.raises(InvalidPolicyError, match="'past', 'future', 'nearest'"):
            find_times("1月30日", policy="latest")  # type: ignore[arg-type]

    def test_empty(self) -> None:
        assert find_times("") == []

    def test_extract_leaves_the_collector_as_it_found_it(self) -> None:
        import gc
        assert gc.isenabled()
        timeline.extract("1月3日，某厅召开会议。", dct="2020-01-05")
        assert gc.isenabled()
        gc.disable()
        try:
            timeline.extract("1月3日，某厅召开会议。", dct="2020-01-05")
            assert not gc.isenabled()
        finally:
            gc.enable()

    def test_a_timeline_takes_events_not_documents(self) -> None:
        doc = timeline.extract("1月3日，某厅召开会议。", dct="2020-01-05")
        with pytest.raises(InputTypeError, match=r"events\[0\] must be an Event.*doc\.timeline"):
            timeline.Timeline([doc])  # type: ignore[list-item]
        assert len(timeline.Timeline(doc.events)) == len(doc.events)


class TestParseTime:
    def test_one_expression(self) -> None:
        value = parse_time(" 1月30日下午 ", dct="2020-02-26")
        assert value is not None and value.value == "2020-01-30TAF"

    @pytest.mark.parametrize("text", ["开会", "1月30日和2月3日", "1月30日开会"])
    def test_not_exactly_one(self, text: str) -> None:
        assert parse_time(text, dct="2020-02-26") is None


class TestModels:
    def test_frozen(self) -> None:
        value = parse_time("1月30日", dct="2020-02-26")
        assert value is not None
        with pytest.raises(Exception, match="frozen"):
            value.value = "x"  # type: ignore[misc]

    def test_extra_forbidden(self) -> None:
        with pytest.raises(Exception, match="extra"):
            TimeValue(type="DATE", value="2020", colour="red")  # type: ignore[call-arg]

    def test_interval_order_checked(self) -> None:
        with pytest.raises(Exception, match="start must be before end"):
            TimeValue(type="DATE", value="2020", start=datetime(2021, 1, 1),
                      end=datetime(2020, 1, 1))

    def test_mention_span_checked(self) -> None:
        value = TimeValue(type="DATE", value="2020")
        with pytest.raises(Exception, match="does not fit"):
            TimeMention(text="2020年", start=0, end=3, time=value)

    def test_json_round_trip(self) -> None:
        for m in find_times("自1月29日起，每天下午3点", dct="2020-02-26"):
            assert TimeMention.model_validate_json(m.model_dump_json()) == m

    def test_public_module_path(self) -> None:
        assert TimeValue.__module__ == "timeline"
        assert repr(find_times).startswith("<function find_times")
        assert set(timeline.__all__) >= {"find_times", "parse_time", "TimeValue", "TimeMention"}


def test_prefilter_data_is_current() -> None:
    """Fails when the grammar changed without `python scripts/gen_prefilter.py`."""
    assert compute_prefilter() == stored_prefilter()
