"""Inputs as they come: the encodings Chinese text is stored in, JSONL records, and the CLI
paths that read them. The texts are written for these tests.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import InputError, TimelineError
from timeline.cli import main
from timeline.inputs import Record, decode, parse_record

SIMPLIFIED = "3月4日上午，南宁市教育局召开会议，部署新学期开学准备工作。次日，该局印发通知。"
TRADITIONAL = "3月4日上午，臺北市政府召開記者會，宣佈自下週一起實施新的交通管制措施。"


class TestDecode:
    @pytest.mark.parametrize(
        ("data", "text", "encoding", "guessed"),
        [
            (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8", False),
            (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig", False),
            (SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "utf-16", False),  # with its BOM
            (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16", False),
            (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030", True),
            (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030", True),  # GBK is inside GB18030
            (TRADITIONAL.encode("big5"), TRADITIONAL, "big5", True),
            (TRADITIONAL.encode("gb18030"), TRADITIONAL, "gb18030", True),
            (b"", "", "utf-8", False),
            (b"plain ASCII 2020-03-04", "plain ASCII 2020-03-04", "utf-8", False),
        ],
    )
    def test_encodings(self, data: bytes, text: str, encoding: str, guessed: bool) -> None:
        decoded = decode(data, "news.txt")
        assert (decoded.text, decoded.encoding, decoded.guessed) == (text, encoding, guessed)

    def test_big5_is_not_read_as_gb18030_mojibake(self) -> None:
        data = TRADITIONAL.encode("big5")
        data.decode("gb18030")  # it decodes, into nonsense: why a guess must score readability
        assert decode(data, "news.txt").text == TRADITIONAL

    @pytest.mark.parametrize("data", [b"\xff\xfe\xfa", codecs.BOM_UTF8 + b"\xff\xff",
                                      bytes(range(128, 256)) * 3])
    def test_undecodable(self, data: bytes) -> None:
        with pytest.raises(InputError, match=r"^news\.txt: "):
            decode(data, "news.txt")

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=300))
    def test_any_bytes_decode_or_fail_clearly(self, data: bytes) -> None:
        try:
            decoded = decode(data, "x.txt")
        except InputError as exc:
            assert str(exc).startswith("x.txt: ")
        else:
            assert decoded.encoding in ("utf-8", "utf-8-sig", "utf-16", "gb18030", "big5")
            assert isinstance(decoded.text, str)


class TestRecords:
    @pytest.mark.parametrize(
        ("line", "record"),
        [
            ('{"text": "开会"}', Record("b.jsonl:7", "开会", None)),
            ('{"id": "n1", "text": "开会", "dct": "2020-03-10"}', Record("b.jsonl:n1", "开会",
                                                                         "2020-03-10")),
            ('{"id": 12, "text": "开会", "dct": null}', Record("b.jsonl:12", "开会", None)),
            ('{"id": null, "text": "", "source": "x"}', Record("b.jsonl:7", "", None)),
        ],
    )
    def test_good_records(self, line: str, record: Record) -> None:
        assert parse_record(line, "b.jsonl", 7) == record

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ('{"text": null}', "'text' must be a string (got null)"),
            ('{"text": 5}', "'text' must be a string (got 5)"),
            ('{"id": "n1"}', "the record has no 'text'"),
            ('{"text": "开会", "dct": "soon"}', "'dct': dct must be an ISO 8601"),
            ('{"text": "开会", "dct": 20200310}', "'dct' must be an ISO 8601 string"),
            ('{"text": "开会", "id": [1]}', "'id' must be a string or a number"),
            ('{"text": "开会", "id": true}', "'id' must be a string or a number"),
            ('["开会"]', "expected a JSON object with a 'text' (got list)"),
            ("{", "not JSON"),
            ("[" * 100_000, "JSON"),
        ],
    )
    def test_bad_records(self, line: str, message: str) -> None:
        with pytest.raises(InputError) as caught:
            parse_record(line, "b.jsonl", 7)
        assert str(caught.value).startswith("b.jsonl:7: ")
        assert message in str(caught.value)

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=80), st.dictionaries(
        st.sampled_from(["text", "id", "dct", "other"]),
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                  st.sampled_from(["2020-03-10", "20200310", "2020-03-10T08:00Z"])),
        max_size=4).map(json.dumps)))
    def test_any_line_is_a_record_or_a_clear_error(self, line: str) -> None:
        try:
            record = parse_record(line, "b.jsonl", 1)
        except InputError as exc:
            assert str(exc).startswith("b.jsonl:1: ")
        else:
            assert isinstance(record.text, str)


class TestCommandLine:
    def test_a_guessed_encoding_is_said(self, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "notice.txt"
        path.write_bytes(TRADITIONAL.encode("big5"))
        assert main(["times", str(path), "--dct", "2020-03-10", "--format", "json"]) == 0
        out, err = capsys.readouterr()
        assert f"timeline: {path}: read as big5 (a guess: not UTF-8)" in err
        texts = [json.loads(line)["text"] for line in out.splitlines()]
        assert texts[0] == "3月4日上午" and any("下週一" in t for t in texts)

    def test_utf8_says_nothing(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "notice.txt"
        path.write_text(SIMPLIFIED, encoding="utf-8")
        assert main(["times", str(path), "--dct", "2020-03-10"]) == 0
        assert capsys.readouterr().err == ""

    @pytest.mark.parametrize("command", ["times", "extract"])
    def test_bad_records_are_errors_and_the_batch_goes_on(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
        path = tmp_path / "batch.jsonl"
        path.write_text("\n".join([
            json.dumps({"id": "a", "text": "3月4日，某局召开会议。", "dct": "not a date"}),
            json.dumps({"id": "b", "text": None}),
            json.dumps({"id": "c", "text": "3月5日，某局印发通知。", "dct": "2020-03-10"}),
        ]), encoding="utf-8")
        status = main([command, str(path), "--dct", "2020-03-10", "--format", "json"])
        out, err = capsys.readouterr()
        assert status == 1
        lines = err.splitlines()
        assert any(f"{path}:1: 'dct': dct must be an ISO 8601" in line for line in lines)
        assert any(f"{path}:2: 'text' must be a string (got null)" in line for line in lines)
        assert "None" not in out  # {"text": null} is not the text "None"
        assert "3月5日" in out

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.binary(max_size=200))
    def test_any_file_gives_output_or_one_line_errors(
            self, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
        path = tmp_path / "any.txt"
        path.write_bytes(data)
        status = main(["times", str(path), "--dct", "2020-03-10"])
        _, err = capsys.readouterr()
        assert status in (0, 1)
        for line in err.splitlines():
            assert line.startswith("timeline: ")

    def test_errors_are_timeline_errors(self) -> None:
        assert issubclass(InputError, TimelineError) and issubclass(InputError, ValueError)


class TestLineEnds:
    """Every line end ends a sentence (``\\r``, ``\\r\\n``, U+2028, U+2029, U+0085 as ``\\n``):
    text from old Mac files, Windows files and web pages splits as Unix text does."""

    @pytest.mark.parametrize("end", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b",
                                     "\x0c"])
    def test_a_line_end_ends_a_sentence(self, end: str) -> None:
        from timeline import extract
        from timeline.text import sentences

        text = f"3月4日，某局召开会议{end}次日，该局印发通知"
        spans = sentences(text)
        assert [text[a:b].rstrip(end) for a, b in spans] == [
            "3月4日，某局召开会议", "次日，该局印发通知"]
        doc = extract(text, dct="2020-03-10")
        for e in doc.events:  # no evidence runs across the line end
            assert end not in e.evidence.text.rstrip(end)
        assert [e.time.value for e in doc.events if e.trigger.text == "印发" and e.time] == [
            "2020-03-05"]
