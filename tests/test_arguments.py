"""Arguments: one check for every entry point, with the library's own errors.

The texts are written for these tests. Every bad argument must raise a ``timeline.errors``
class that is also the matching built-in, with a message that names the parameter.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    ActorsTypeError,
    DCTTypeError,
    DCTValueError,
    Extractor,
    InputTypeError,
    InvalidActorsError,
    InvalidPolicyError,
    TimelineError,
    detect_dateline,
    extract,
    find_actors,
    find_times,
    load_actor_dictionary,
    parse_time,
)
from timeline._args import LOCAL_TIME, coerce_actors, coerce_dct

SRC = Path(__file__).resolve().parents[1] / "src" / "timeline"
TEXT = "2月2日，某厅印发方案。"


class TestDCT:
    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            ("2020-02-26", datetime(2020, 2, 26)),
            ("20200226", datetime(2020, 2, 26)),  # fromisoformat on Python 3.10 refuses it
            ("2020-02-26T03:26", datetime(2020, 2, 26, 3, 26)),
            ("2020-02-26 03:26:00", datetime(2020, 2, 26, 3, 26)),
            (" 2020-02-26 ", datetime(2020, 2, 26)),
            ("2020-02-26T03:26+08:00", datetime(2020, 2, 26, 3, 26)),  # already local
            ("2020-02-25T19:26Z", datetime(2020, 2, 26, 3, 26)),  # converted, not truncated
            ("2020-02-26T03:26:00-05:00", datetime(2020, 2, 26, 16, 26)),
            (date(2020, 2, 26), datetime(2020, 2, 26)),
            (datetime(2020, 2, 26, 9, 0), datetime(2020, 2, 26, 9, 0)),
            (datetime(2020, 2, 26, 1, 0, tzinfo=timezone.utc), datetime(2020, 2, 26, 9, 0)),
            (None, None),
        ],
    )
    def test_accepted_forms(self, given: Any, expected: datetime | None) -> None:
        assert coerce_dct(given) == expected

    @pytest.mark.parametrize(
        "given", ["2020", "2020-02", "2020-W09", "yesterday", "", "26/02/2020", "2020-02-30",
                  "2020-13-01", "2020年2月26日", "2020-02-26T25:00"])
    def test_refused_strings(self, given: str) -> None:
        with pytest.raises(DCTValueError, match="dct must be an ISO 8601"):
            coerce_dct(given)

    @pytest.mark.parametrize("given", [
        datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
        "9999-12-31T23:00-05:00", datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=9)))])
    def test_an_aware_dct_past_the_calendar(self, given: Any) -> None:
        with pytest.raises(DCTValueError, match="outside the years 1 to 9999"):
            coerce_dct(given)

    @pytest.mark.parametrize("given", [3.5, 20200226, ["2020-02-26"], b"2020-02-26"])
    def test_refused_types(self, given: Any) -> None:
        with pytest.raises(DCTTypeError, match="dct must be a datetime, date or ISO string"):
            coerce_dct(given)

    @settings(max_examples=200, deadline=None)
    @given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 12, 30),
                        timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-7)),
                                                   timezone(timedelta(hours=5, minutes=30))])))
    def test_an_aware_dct_names_the_same_instant(self, moment: datetime) -> None:
        local = coerce_dct(moment)
        assert local is not None and local.tzinfo is None
        assert local.replace(tzinfo=LOCAL_TIME) == moment
        assert coerce_dct(moment.isoformat()) == local  # the string says the same

    def test_every_entry_point_reads_the_dct_alike(self) -> None:
        dct = "2020-02-25T19:26Z"  # 2020-02-26 in Beijing
        assert parse_time("今天", dct=dct) == parse_time("今天", dct="2020-02-26T03:26")
        assert extract("今天，某厅召开会议。", dct=dct).dct == datetime(2020, 2, 26, 3, 26)
        assert [m.time.value for m in find_times("今天", dct=dct)] == ["2020-02-26"]


ENTRY_POINTS: dict[str, Callable[..., object]] = {
    "extract": extract,
    "Extractor.extract": lambda text, **kw: Extractor().extract(text, **kw),
    "find_times": find_times,
    "parse_time": parse_time,
    "find_actors": find_actors,
    "detect_dateline": detect_dateline,
}


class TestText:
    @pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
    @pytest.mark.parametrize("text", [None, b"2\xe6\x9c\x88", 5, ["某厅"]])
    def test_not_a_str(self, entry: str, text: Any) -> None:
        with pytest.raises(InputTypeError, match=r"^text must be a str \(got "):
            ENTRY_POINTS[entry](text)

    @pytest.mark.parametrize("doc_id", [5, 3.5, b"n1", ("n", 1)])
    def test_doc_id_must_be_a_str(self, doc_id: Any) -> None:
        with pytest.raises(InputTypeError, match="doc_id must be a str or None"):
            extract(TEXT, doc_id=doc_id)

    def test_policy(self) -> None:
        for call in (lambda: extract(TEXT, policy="latest"),
                     lambda: find_times(TEXT, policy="latest"),
                     lambda: Extractor(policy="latest")):
            with pytest.raises(InvalidPolicyError, match="policy must be one of"):
                call()  # type: ignore[no-untyped-call]


class TestActors:
    @pytest.mark.parametrize(
        ("actors", "error", "message"),
        [
            ({1: "ORG"}, ActorsTypeError, r"actors\[1\]: the name must be a str"),
            (["某厅"], ActorsTypeError, r"for names alone write \{'某厅': 'ORG'\}"),
            ([1, 2], ActorsTypeError, r"actors\[0\] must be a"),
            ("某厅", ActorsTypeError, "actors must be a dict"),
            (5, ActorsTypeError, "actors must be a dict"),
            ({"": "ORG"}, InvalidActorsError, "the name is empty"),
            ({"  ": "ORG"}, InvalidActorsError, "the name is empty"),
            ([{"name": "某厅", "aliases": [""]}], InvalidActorsError, "alias of '某厅' is empty"),
            ([{"name": "某厅", "aliases": "厅"}], ActorsTypeError, "must be a list of str"),
            ([{"name": "某厅", "aliases": [3]}], ActorsTypeError, "must be a list of str"),
            ([{"name": "某厅", "alias": ["厅"]}], InvalidActorsError, "unknown keys"),
            ({"某厅": "COMPANY"}, InvalidActorsError, "must be ORG, PERSON or PLACE"),
            ([("某厅", "ORG", "x", "y")], ActorsTypeError, r"a \(name, kind\) pair"),
        ],
    )
    @pytest.mark.parametrize("entry", ["extract", "find_actors", "Extractor"])
    def test_bad_dictionaries(self, actors: Any, error: type[Exception], message: str,
                              entry: str) -> None:
        calls: dict[str, Callable[[], object]] = {
            "extract": lambda: extract(TEXT, actors=actors),
            "find_actors": lambda: find_actors(TEXT, actors=actors),
            "Extractor": lambda: Extractor(actors=actors),
        }
        with pytest.raises(error, match=message) as caught:
            calls[entry]()
        assert isinstance(caught.value, TimelineError)
        builtin = TypeError if issubclass(error, ActorsTypeError) else ValueError
        assert isinstance(caught.value, builtin)

    @pytest.mark.parametrize(
        "actors",
        [{"星河实验室": "ORG"}, [("星河实验室", "ORG")], [{"name": "星河实验室", "kind": "org"}],
         [{"name": "星河实验室"}], (("星河实验室", "ORG"),)],
    )
    def test_the_accepted_shapes_mean_the_same(self, actors: Any) -> None:
        text = "3月1日，星河实验室发布年度报告。"
        found = [a.id for a in find_actors(text, actors=actors)]
        assert "ORG:星河实验室" in found
        assert found == [a.id for a in extract(text, actors=actors).actors]

    def test_an_empty_name_never_gives_empty_mentions(self) -> None:
        with pytest.raises(InvalidActorsError):
            coerce_actors([{"name": "某厅", "aliases": ["厅", ""]}])

    @pytest.mark.parametrize(
        ("name", "content", "error", "message"),
        [
            ("a.json", "[1, 2]", ActorsTypeError, r"a\.json: actors\[0\] must be a"),
            ("a.json", '[{"name": ""}]', InvalidActorsError, "the name is empty"),
            ("a.json", '{"某厅": 3}', InvalidActorsError, "must be ORG, PERSON or PLACE"),
            ("a.json", '"某厅"', TimelineError, "expected a JSON list or object"),
            ("a.json", "[{]", InvalidActorsError, r"a\.json: not JSON \(.* line 1 column 3\)"),
        ],
    )
    def test_bad_dictionary_files(self, tmp_path: Path, name: str, content: str,
                                  error: type[Exception], message: str) -> None:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(error, match=message):
            load_actor_dictionary(path)

    @pytest.mark.parametrize("suffix", [".tsv", ".json"])
    def test_a_bom_is_no_part_of_the_first_name(self, tmp_path: Path, suffix: str) -> None:
        path = tmp_path / f"actors{suffix}"
        content = "星河实验室\tORG\n" if suffix == ".tsv" else json.dumps({"星河实验室": "ORG"})
        path.write_text(content, encoding="utf-8-sig")
        entries = load_actor_dictionary(path)
        assert [e["name"] for e in entries] == ["星河实验室"]
        assert "ORG:星河实验室" in {a.id for a in find_actors("星河实验室发布报告。",
                                                             actors=entries)}


def _runtime_imports(path: Path) -> set[str]:
    """The package modules a module imports when it runs (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.level:
            base = node.module or ""
            found |= {base} if base else {a.name for a in node.names}
    return found


class TestLayers:
    def test_models_imports_nothing_above_it(self) -> None:
        assert _runtime_imports(SRC / "models.py") <= {"_json", "errors"}

    @pytest.mark.parametrize("module", ["_json.py", "errors.py", "_types.py"])
    def test_the_bottom_modules(self, module: str) -> None:
        assert _runtime_imports(SRC / module) <= {"errors"}

    def test_ordering_is_below_timeline_and_render(self) -> None:
        assert _runtime_imports(SRC / "ordering.py") <= {"models"}
        assert "timeline" not in _runtime_imports(SRC / "render" / "html.py")

    def test_one_argument_check(self) -> None:
        # the checks live in _args only: no other module builds these messages
        for path in SRC.rglob("*.py"):
            if path.name == "_args.py":
                continue
            source = path.read_text(encoding="utf-8")
            for message in ("dct must be", "policy must be one of", "must be a str (got"):
                assert message not in source, f"{path.name} checks its own arguments"
