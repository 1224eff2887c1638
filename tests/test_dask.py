"""``timeline.dask`` on a real two-process ``LocalCluster``: same documents as ``extract``.

The texts are written for these tests (none comes from the seed article). One cluster serves
the whole module and is closed at the end.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

import dask
import dask.bag as db
import pandas as pd
from distributed import Client, LocalCluster, get_task_stream

import timeline.dask as tdask
from timeline import (
    DCTValueError,
    Document,
    Extractor,
    InputTypeError,
    InvalidPolicyError,
    extract,
)
from timeline.dask import EVENT_COLUMNS, events_frame, extract_bag

from .samples import DCT, NEWS

SRC = Path(__file__).resolve().parents[1] / "src" / "timeline"
TEXTS = [
    *NEWS,
    # 1500: a year outside the range of pandas' nanosecond timestamps
    "1500年，当地修建了一座石桥。1月5日，市科技馆举办未来城市展览。",
]
TIMEOUT = 120  # seconds a computation may take before the test fails instead of hanging


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                           dashboard_address=None)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def run(client: Client, collection: Any) -> Any:
    """Compute ``collection`` on the cluster (not a local scheduler), with a time limit."""
    return client.compute(collection).result(timeout=TIMEOUT)


def one_by_one(texts: list[str], dct: str | None = DCT, **kwargs: Any) -> list[Document]:
    return [extract(t, dct=dct, doc_id=str(i), **kwargs) for i, t in enumerate(texts)]


# --- extract_bag --------------------------------------------------------------------------


class TestExtractBag:
    def test_same_documents_as_extract_one_by_one(self, client: Client) -> None:
        bag = db.from_sequence(TEXTS, npartitions=3)
        with get_task_stream(client) as stream:
            docs = run(client, extract_bag(bag, dct=DCT))
        assert docs == one_by_one(TEXTS)
        assert [d.id for d in docs] == [str(i) for i in range(len(TEXTS))]
        assert sum(len(d.events) for d in docs) >= 8  # the texts do have events
        # the work ran in the cluster's worker processes
        workers = {task["worker"] for task in stream.data}
        assert workers and workers <= set(client.scheduler_info()["workers"])

    def test_a_lone_surrogate_loses_nothing(self, client: Client) -> None:
        texts = [TEXTS[0] + "\udc9d", "\ud800", *TEXTS[1:3]]
        bag = db.from_sequence(texts, npartitions=2)
        docs = run(client, extract_bag(bag, dct=DCT))
        assert docs == one_by_one(texts)
        frame = run(client, events_frame(extract_bag(bag, dct=DCT)))
        assert len(frame) == sum(len(d.events) for d in docs)
        for d in docs:
            assert Document.from_json(d.model_dump_json()) == d

    def test_plain_compute_uses_the_client(self, client: Client) -> None:
        docs = extract_bag(db.from_sequence(TEXTS[:3], npartitions=2), dct=DCT).compute()
        assert docs == one_by_one(TEXTS[:3])

    @pytest.mark.parametrize("npartitions", [1, 2, len(TEXTS)])
    def test_ids_are_positions_whatever_the_partitioning(self, client: Client,
                                                         npartitions: int) -> None:
        bag = db.from_sequence(TEXTS, npartitions=npartitions)
        docs = run(client, extract_bag(bag, dct=DCT))
        assert docs == list(Extractor().pipe(TEXTS, dct=DCT))

    def test_without_dct_the_dateline_is_read(self, client: Client) -> None:
        docs = run(client, extract_bag(db.from_sequence(TEXTS[:2])))
        assert docs == one_by_one(TEXTS[:2], dct=None)
        assert docs[0].dct == datetime(2021, 3, 15, 10, 20)
        assert docs[0].dct_source == "detected"
        assert docs[1].dct_source == "none"

    def test_policy_and_actors_reach_the_workers(self, client: Client) -> None:
        actors = {"星河实验室": "ORG", "星河公司": "ORG"}
        bag = db.from_sequence(TEXTS, npartitions=2)
        docs = run(client, extract_bag(bag, dct=DCT, policy="future", actors=actors))
        assert docs == one_by_one(TEXTS, policy="future", actors=actors)
        assert docs[1].events[0].time is not None
        assert docs[1].events[0].time.value == "2021-11-08"  # 'past' would give 2020-11-08
        assert "ORG:星河实验室" in {a.id for a in docs[4].actors}

    def test_id_text_pairs(self, client: Client) -> None:
        pairs = [(f"doc-{i}", t) for i, t in enumerate(TEXTS)]
        docs = run(client, extract_bag(db.from_sequence(pairs, npartitions=3), dct=DCT))
        assert docs == [extract(t, dct=DCT, doc_id=i) for i, t in pairs]
        assert {e.doc_id for e in docs[0].events} == {"doc-0"}

    def test_dicts(self, client: Client) -> None:
        items = [
            {"id": "a", "text": TEXTS[0]},
            {"text": TEXTS[1]},  # no id: its position
            {"id": 7, "text": TEXTS[2], "dct": "2019-12-01"},  # its own dct; the id as a str
            {"id": None, "text": TEXTS[3], "dct": None, "url": "https://example.org/x"},
        ]
        docs = run(client, extract_bag(db.from_sequence(items, npartitions=2), dct=DCT))
        assert docs == [
            extract(TEXTS[0], dct=DCT, doc_id="a"),
            extract(TEXTS[1], dct=DCT, doc_id="1"),
            extract(TEXTS[2], dct="2019-12-01", doc_id="7"),
            extract(TEXTS[3], dct=DCT, doc_id="3"),
        ]

    def test_mixed_elements_and_json_pairs(self, client: Client) -> None:
        items: list[Any] = [TEXTS[0], ["j", TEXTS[1]], ("t", TEXTS[2]), {"text": TEXTS[3]}]
        docs = run(client, extract_bag(db.from_sequence(items, npartitions=2), dct=DCT))
        assert [d.id for d in docs] == ["0", "j", "t", "3"]
        assert [d.text for d in docs] == TEXTS[:4]

    def test_empty_bag(self, client: Client) -> None:
        assert run(client, extract_bag(db.from_sequence([], npartitions=1), dct=DCT)) == []

    @pytest.mark.parametrize(
        ("item", "message"),
        [
            (42, r"element 1 of the bag must be a str, an \(id, text\) pair .*got int"),
            ({"id": "x"}, r"element 1 .*got a dict with keys \['id'\]"),
            (("a", "b", "c"), r"element 1 .*got a tuple of length 3"),
            (("x", b"bytes"), r"element 1 of the bag: text must be a str \(got bytes\)"),
        ],
    )
    def test_a_bad_element_names_its_position(self, client: Client, item: object,
                                              message: str) -> None:
        bag = db.from_sequence([TEXTS[0], item], npartitions=1)
        with pytest.raises(InputTypeError, match=message):
            run(client, extract_bag(bag, dct=DCT))

    def test_a_bad_dct_in_a_dict_names_its_position(self, client: Client) -> None:
        bag = db.from_sequence([{"text": TEXTS[0]}, {"text": TEXTS[1], "dct": "someday"}])
        with pytest.raises(DCTValueError, match="element 1 of the bag: dct must be an ISO"):
            run(client, extract_bag(bag))

    def test_arguments_are_checked_before_any_work(self) -> None:
        bag = db.from_delayed([dask.delayed(_never_run)()])
        with pytest.raises(DCTValueError, match="ISO 8601"):
            extract_bag(bag, dct="yesterday")
        with pytest.raises(InvalidPolicyError):
            extract_bag(bag, policy="latest")  # type: ignore[arg-type]
        with pytest.raises(InputTypeError, match=r"takes a dask\.bag\.Bag"):
            extract_bag(TEXTS)

    def test_nothing_is_computed_until_asked(self) -> None:
        bag = db.from_delayed([dask.delayed(_never_run)(), dask.delayed(_never_run)()])
        docs = extract_bag(bag, dct=DCT)  # builds a graph only
        frame = events_frame(docs)
        assert list(frame.columns) == list(EVENT_COLUMNS)
        assert docs.npartitions == 2
        with pytest.raises(RuntimeError, match="computed"):
            frame.compute(scheduler="sync")  # in this process: the function is not shipped


def _never_run() -> list[str]:
    raise RuntimeError("computed")


# --- events_frame -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def documents() -> Any:
    return extract_bag(db.from_sequence(TEXTS, npartitions=3), dct=DCT)


@pytest.fixture(scope="module")
def frame(client: Client, documents: Any) -> pd.DataFrame:
    return run(client, events_frame(documents))


class TestEventsFrame:
    def test_columns_are_those_of_to_records(self) -> None:
        records = extract(TEXTS[0], dct=DCT).timeline.to_records()
        assert list(EVENT_COLUMNS) == list(records[0])

    def test_meta_is_declared(self, documents: Any) -> None:
        lazy = events_frame(documents)
        assert list(lazy.columns) == list(EVENT_COLUMNS)
        assert str(lazy.dtypes["start"]) == "datetime64[us]"
        assert str(lazy.dtypes["end"]) == "datetime64[us]"
        assert all(str(lazy.dtypes[c]) == "string" for c in EVENT_COLUMNS
                   if c not in ("start", "end"))

    def test_computed_frame_matches_the_meta(self, documents: Any,
                                             frame: pd.DataFrame) -> None:
        assert list(frame.columns) == list(EVENT_COLUMNS)
        assert frame.dtypes.to_dict() == events_frame(documents).dtypes.to_dict()

    def test_one_row_per_event_in_document_then_timeline_order(self,
                                                               frame: pd.DataFrame) -> None:
        docs = one_by_one(TEXTS)
        expected = [dict(r, doc_id=d.id) for d in docs for r in d.timeline.to_records()]
        assert len(frame) == sum(len(d.events) for d in docs) == len(expected)
        got = [
            {k: (None if pd.isna(v) else v.to_pydatetime() if isinstance(v, pd.Timestamp)
                 else v) for k, v in row.items()}
            for row in frame.to_dict(orient="records")
        ]
        assert got == expected

    def test_rows_for_a_known_text(self, frame: pd.DataFrame) -> None:
        rows = frame[frame["doc_id"] == "0"]
        assert list(rows["type"]) == ["meeting", "issue_document"]
        assert list(rows["time"]) == ["2021-03-12TMO", "2021-03-13"]
        # 该局 in the second sentence is the same body
        assert list(rows["agent"]) == ["湖州市应急管理局", "湖州市应急管理局"]
        assert rows["start"].iloc[1] == pd.Timestamp("2021-03-13")

    def test_a_year_outside_the_nanosecond_range(self, frame: pd.DataFrame) -> None:
        rows = frame[frame["doc_id"] == "6"]
        times = list(rows["time"])
        assert times[0] == "1500" and "2021-01-05" in times
        assert rows["start"].iloc[0] == pd.Timestamp("1500-01-01")  # no overflow, no NaT

    def test_documents_without_events_give_no_rows(self, frame: pd.DataFrame) -> None:
        assert "5" not in set(frame["doc_id"])

    def test_doc_id_is_the_documents_id(self, client: Client) -> None:
        bag = extract_bag(db.from_sequence([("first", TEXTS[0]), ("second", TEXTS[2])]),
                          dct=DCT)
        frame = run(client, events_frame(bag))
        assert list(dict.fromkeys(frame["doc_id"])) == ["first", "second"]

    def test_groupby_on_the_cluster(self, client: Client, documents: Any) -> None:
        counts = run(client, events_frame(documents).groupby("type").size())
        docs = one_by_one(TEXTS)
        assert counts.sum() == sum(len(d.events) for d in docs)
        assert counts["meeting"] == 2

    @pytest.mark.filterwarnings("ignore:Computing mixed collections:UserWarning")
    def test_computed_with_its_documents_extracts_once(self, client: Client) -> None:
        docs = extract_bag(db.from_sequence(TEXTS, npartitions=3), dct=DCT)
        with get_task_stream(client) as stream:
            frame, documents = client.compute([events_frame(docs), docs], sync=True)
        assert documents == one_by_one(TEXTS)
        assert len(frame) == sum(len(d.events) for d in documents)
        keys = [t["key"][0] if isinstance(t["key"], tuple) else t["key"] for t in stream.data]
        extractions = [k for k in keys if "extract_partition" in k]
        assert len(extractions) == docs.npartitions, extractions

    def test_needs_a_bag_of_documents(self, client: Client) -> None:
        with pytest.raises(InputTypeError, match=r"takes a dask\.bag\.Bag of Document"):
            events_frame(one_by_one(TEXTS))
        with pytest.raises(InputTypeError, match="got an element of type str"):
            run(client, events_frame(db.from_sequence(TEXTS)))


# --- the optional dependency --------------------------------------------------------------


class TestOptional:
    @pytest.mark.parametrize(
        ("missing", "calls"),
        [("dask", ["extract_bag", "events_frame"]), ("dask.bag", ["extract_bag", "events_frame"]),
         ("dask.dataframe", ["events_frame"]), ("pandas", ["events_frame"])],
    )
    def test_missing_dependency_names_the_extra(self, missing: str, calls: list[str]) -> None:
        # in a fresh interpreter where ``missing`` cannot be imported (hiding modules in this
        # one would pull them from under the running client)
        code = textwrap.dedent(f"""
            import sys

            class Hide:
                def find_spec(self, name, path=None, target=None):
                    if name == {missing!r} or name.startswith({missing!r} + "."):
                        raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)

            sys.meta_path.insert(0, Hide())
            import timeline.dask
            for call in {calls!r}:
                try:
                    getattr(timeline.dask, call)(None)
                except ImportError as exc:
                    print(call, "|", exc)
        """)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=TIMEOUT)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.splitlines()
        assert [line.split(" | ")[0] for line in lines] == calls, proc.stdout
        for line in lines:
            assert "pip install 'zh-timeline[dask]'" in line
            assert f"({missing} is missing)" in line

    def test_importing_timeline_dask_does_not_import_dask(self) -> None:
        code = textwrap.dedent("""
            import sys
            import timeline, timeline.extract, timeline.timeline, timeline.cli
            assert "timeline.dask" not in sys.modules, "a core module imported timeline.dask"
            before = set(sys.modules)
            import timeline.dask
            new = {m.split(".")[0] for m in set(sys.modules) - before}
            assert not new & {"dask", "distributed", "pandas"}, f"imported at import: {new}"
        """)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=TIMEOUT)
        assert proc.returncode == 0, proc.stderr

    def test_core_modules_never_import_timeline_dask(self) -> None:
        offenders = []
        for path in sorted(SRC.rglob("*.py")):
            if path == SRC / "dask.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = _absolute(node, package)
                    names = [base, *(f"{base}.{a.name}" for a in node.names)]
                else:
                    continue
                if {"timeline.dask", "timeline.integrations.dask"} & set(names):
                    offenders.append(f"{path.relative_to(SRC.parent)}:{node.lineno}")
        assert not offenders, f"core modules import timeline.dask: {offenders}"

    def test_module_is_documented_and_exports(self) -> None:
        assert tdask.__doc__ and "zh-timeline[dask]" in tdask.__doc__
        assert set(tdask.__all__) == {"EVENT_COLUMNS", "events_frame", "extract_bag"}


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])
