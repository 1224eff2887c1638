"""One JSON serializer: every export carries any string, and ``Document.from_json`` checks what a
document promises.

The texts are written for these tests. Lone surrogates stand for what scraped or badly decoded
text holds (``surrogateescape`` turns each undecodable byte into one, U+DC80 to U+DCFF).
"""

from __future__ import annotations

import json
import pickle
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import (
    Document,
    Event,
    InvalidDocumentError,
    Timeline,
    TimeMention,
    TimeValue,
    extract,
    parse_time,
)
from timeline._json import MAX_DEPTH, dumps, loads

from .strategies import PIECES

DCT = "2020-02-26"
# a story whose every part (time, actor, event) a surrogate may sit next to
NEWS = "1月30日下午，南宁市某局召开部署会。次日，该局印发方案。"
ODD = ["\ud800", "\udc9d", "\udfff", "\udcff\udc80", "\x00", "\u2028", "🎉", "\ufeff"]
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")

odd_news = st.lists(st.sampled_from([*PIECES, *ODD, "南宁市某局", "召开", "会议", "印发", "。"]),
                    max_size=30).map("".join).filter(lambda t: not _PAIR.search(t))


def surrogate_doc() -> Document:
    return extract(NEWS.replace("下午", "下午\udc9d").replace("。次日", "。\ud800次日"), dct=DCT)


class TestEveryExportCarriesSurrogates:
    def test_the_document_has_them(self) -> None:
        doc = surrogate_doc()
        assert doc.events and "\udc9d" in doc.text
        assert any("\ud800" in e.evidence.text or "\udc9d" in e.evidence.text
                   for e in doc.events)

    @pytest.mark.parametrize("export", [
        "model_dump_json", "model_dump_json indent", "to_json", "to_json indent",
        "Timeline.to_json", "Timeline.to_jsonl", "events model_dump_json"])
    def test_output_is_utf8_and_reads_back(self, export: str) -> None:
        doc = surrogate_doc()
        tl = doc.timeline
        outputs: dict[str, Any] = {
            "model_dump_json": lambda: doc.model_dump_json(),
            "model_dump_json indent": lambda: doc.model_dump_json(indent=2),
            "to_json": lambda: doc.to_json(),
            "to_json indent": lambda: doc.to_json(indent=2),
            "Timeline.to_json": lambda: tl.to_json(),
            "Timeline.to_jsonl": lambda: tl.to_jsonl(),
            "events model_dump_json": lambda: "".join(e.model_dump_json() for e in doc.events),
        }
        out = outputs[export]()
        out.encode("utf-8")  # strict: a raw surrogate would raise
        assert "\\ud800" in out or "\\udc9d" in out
        if export.startswith(("model_dump_json", "to_json")):
            assert Document.model_validate_json(out) == doc == Document.from_json(out)
        elif export == "Timeline.to_json":
            assert Timeline.from_json(out) == tl
        elif export == "Timeline.to_jsonl":
            events = [Event.model_validate_json(line) for line in out.splitlines()]
            assert events == tl.events

    def test_same_output_as_pydantic_when_there_is_no_surrogate(self) -> None:
        doc = extract(NEWS, dct=DCT)
        from pydantic import BaseModel

        for indent in (None, 2):
            assert doc.model_dump_json(indent=indent) == BaseModel.model_dump_json(
                doc, indent=indent)
            assert dumps(doc.model_dump(mode="json"), indent=indent) == doc.model_dump_json(
                indent=indent)

    def test_pickle_carries_them(self) -> None:
        doc = surrogate_doc()
        again = pickle.loads(pickle.dumps(doc))
        assert again == doc and again.model_fields_set == doc.model_fields_set

    def test_a_time_value(self) -> None:
        value = parse_time("1月30日", dct=DCT)
        assert value is not None
        odd = value.model_copy(update={"warnings": ("\udfff",)})
        assert TimeValue.model_validate_json(odd.model_dump_json()) == odd

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(odd_news)
    def test_any_text_round_trips(self, text: str) -> None:
        doc = extract(text, dct=DCT)
        out = doc.model_dump_json()
        out.encode("utf-8")
        assert Document.from_json(out) == doc
        assert Document.model_validate_json(out.encode("utf-8")) == doc


def _json_of(doc: Document) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(doc.to_json())
    return data


def _broken(change: str) -> str:
    """The JSON of a good document with one invariant broken."""
    data = _json_of(extract(NEWS, dct=DCT))
    assert data["times"] and data["actors"] and data["events"]
    if change == "mention text":
        data["times"][0]["text"] = "2" + data["times"][0]["text"][1:]  # same length
    elif change == "mention past the end":
        m = data["times"][0]
        m["start"], m["end"] = len(NEWS) + 2, len(NEWS) + 2 + len(m["text"])
    elif change == "actor mention":
        data["actors"][0]["mentions"][0]["start"] += 1
        data["actors"][0]["mentions"][0]["end"] += 1
    elif change == "trigger":
        data["events"][0]["trigger"]["text"] = "举行"
    elif change == "evidence":
        data["events"][0]["evidence"]["start"] += 1
    elif change == "unknown actor":
        data["events"][0]["actors"] = [{"id": "ORG:别的局", "name": "别的局", "role": "agent"}]
    elif change == "aware dct":
        data["dct"] = "2020-02-26T00:00:00+08:00"
    elif change == "aware interval":
        data["times"][0]["time"]["start"] = "2020-01-30T12:00:00Z"
    elif change == "unknown field":
        data["colour"] = "red"
    elif change == "not an object":
        return json.dumps([data])
    return json.dumps(data, ensure_ascii=False)


class TestFromJsonChecks:
    @pytest.mark.parametrize(("change", "message"), [
        ("mention text", r"times\.0: text '2月30日.*' is not the text at"),
        ("mention past the end", r"times\.0: offsets .* are outside the text"),
        ("actor mention", r"actors\.0\.mentions\.0: text"),
        ("trigger", r"events\.0\.trigger: text '举行'"),
        ("evidence", r"events\.0\.evidence: text"),
        ("unknown actor", r"actor 'ORG:别的局' is not an actor of the document"),
        ("aware dct", r"dct: Input should not have timezone info"),
        ("aware interval", r"times\.0\.time\.start: Input should not have timezone info"),
        ("unknown field", r"colour: Extra inputs are not permitted"),
        ("not an object", r"not a Document"),
    ])
    def test_a_broken_invariant(self, change: str, message: str) -> None:
        with pytest.raises(InvalidDocumentError, match=message):
            Document.from_json(_broken(change))

    @pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000, 1_000_000])
    @pytest.mark.parametrize("opening", ["[", '{"a":'])
    def test_deep_nesting_is_refused_without_recursing(self, depth: int, opening: str) -> None:
        closing = "]" if opening == "[" else "}"
        with pytest.raises(InvalidDocumentError, match=f"nests {depth} levels deep"):
            Document.from_json(opening * depth + "1" + closing * depth)

    def test_brackets_inside_strings_are_no_nesting(self) -> None:
        text = "[" * 200 + "1月30日，某局召开会议。" + "{" * 200
        doc = extract(text, dct=DCT)
        assert Document.from_json(doc.to_json()) == doc

    @pytest.mark.parametrize("data", ["", "{", "null", "nul", '{"text": 5}', b"\xff\xfe",
                                      "{}"])
    def test_not_a_document(self, data: str | bytes) -> None:
        with pytest.raises(InvalidDocumentError):
            Document.from_json(data)

    def test_invalid_document_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError):
            Document.from_json("[]")

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=200),
                     st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                                  lambda inner: st.lists(inner, max_size=4)
                                  | st.dictionaries(st.sampled_from(
                                      ["text", "times", "actors", "events", "dct", "id", "start",
                                       "end", "mentions"]), inner, max_size=4),
                                  max_leaves=30).map(json.dumps)))
    def test_fuzz_gives_a_document_or_a_clear_error(self, data: str) -> None:
        try:
            doc = Document.from_json(data)
        except InvalidDocumentError as exc:
            assert str(exc)
        else:
            assert Document.from_json(doc.to_json()) == doc

    @settings(max_examples=200, deadline=None)
    @given(st.data())
    def test_fuzz_edits_of_a_good_document(self, data: st.DataObject) -> None:
        good = extract(NEWS, dct=DCT).to_json()
        at = data.draw(st.integers(0, len(good) - 1))
        cut = data.draw(st.integers(0, 5))
        piece = data.draw(st.sampled_from(["", "0", "9", '"', "[", "}", "-1", "\\ud800", "x"]))
        edited = good[:at] + piece + good[at + cut:]
        try:
            doc = Document.from_json(edited)
        except InvalidDocumentError:
            return
        for m in doc.times:  # whatever is accepted keeps every promise
            assert doc.text[m.start:m.end] == m.text


class TestLoads:
    def test_reads_surrogate_escapes(self) -> None:
        assert loads('{"t": "a\\udc9db"}') == {"t": "a\udc9db"}

    def test_counts_depth_outside_strings(self) -> None:
        assert loads(json.dumps({"t": "[" * 5000})) == {"t": "[" * 5000}

    def test_time_mention_json(self) -> None:
        m = TimeMention(text="1月30日", start=0, end=5,
                        time=TimeValue(type="DATE", value="2020-01-30"))
        assert TimeMention.model_validate_json(m.model_dump_json()) == m


class TestCommandLine:
    @pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "html", "timeml"])
    def test_a_surrogate_in_one_input_loses_no_output(self, tmp_path: Any, fmt: str) -> None:
        import subprocess
        import sys

        batch = tmp_path / "batch.jsonl"
        batch.write_text(
            json.dumps({"id": "a", "text": "3月4日，某局召开\ud800会议。"}) + "\n"
            + json.dumps({"id": "b", "text": "3月5日，某局印发通知。"}) + "\n", encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "timeline", "extract", str(batch), "--dct", "2020-03-10",
             "--format", fmt], capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        out = done.stdout.decode("utf-8")  # strict: the output is valid UTF-8
        assert "印发" in out and "召开" in out  # both documents' events
        assert "\\ud800" in out or fmt == "timeml"  # written as its escape where text is shown
