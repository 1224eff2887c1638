"""The ``"timeline"`` spaCy component (``timeline.integrations.spacy``).

Pipelines are ``spacy.blank("zh")`` (character segmentation, no model download) with the
component added by its entry-point name. Unless a test says otherwise the DCT is 2020-02-26
and the policy ``past``. Checks that need a fresh interpreter (entry-point discovery, the core
not importing spaCy, the error without spaCy, the ``spawn`` start method) run in a subprocess.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import textwrap
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest.importorskip("spacy")

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, DocBin, Span

import timeline
from timeline.errors import DCTValueError
from timeline.integrations.spacy import (
    ACTORS_KEY,
    TIMES_KEY,
    TimelineComponent,
    make_timeline_component,
)

DCT = "2020-02-26"
MEETING = "1月30日下午，广西林业局召开会议。"
INSPECTION = "3月2日上午，柳州市交通运输局局长李强到鹿寨县检查春运工作。"
LATE_DECEMBER = "12月30日，蓝鲸召开会议。"
DATELINE = "发布时间：2021-03-01 09:00\n2月27日，某局召开会议。"
SRC = Path(__file__).resolve().parents[1] / "src" / "timeline"

Triple = tuple[str, str, str]


def make_nlp(**config: object) -> Language:
    """A blank Chinese pipeline with only the timeline component, configured by ``config``."""
    nlp = spacy.blank("zh")
    nlp.add_pipe("timeline", config=config)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp(dct=DCT)


def spans(doc: Doc, key: str) -> list[Triple]:
    """``(text, label, kb_id)`` of a span group."""
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[key]]


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def annotated(doc: Doc) -> tuple[object, ...]:
    """Everything the component sets, in comparable form, with token offsets."""
    def offsets(group: object) -> list[tuple[int, int, str, str]]:
        return [(s.start, s.end, s.label_, s.kb_id_) for s in group]  # type: ignore[attr-defined]

    return (offsets(doc.spans[TIMES_KEY]), offsets(doc.spans[ACTORS_KEY]), offsets(doc.ents),
            doc._.timeline_document)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter of this environment."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=300, check=False)


# --------------------------------------------------------------------------------------------


class TestRegistration:
    def test_entry_point_names_the_factory(self) -> None:
        (ep,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == "timeline"]
        assert ep.value == "timeline.integrations.spacy:make_timeline_component"
        assert ep.load() is make_timeline_component

    def test_fresh_blank_zh_finds_the_component_through_the_entry_point(self) -> None:
        proc = run_python(f"""
            import sys
            import spacy
            nlp = spacy.blank("zh")
            assert nlp.tokenizer.segmenter == "char", nlp.tokenizer.segmenter
            assert "timeline" in nlp.factory_names
            nlp.add_pipe("timeline", config={{"dct": "{DCT}"}})
            doc = nlp("{MEETING}")
            print([(s.text, s.label_) for s in doc.spans["timeline_times"]])
            print("timeline.integrations.spacy" in sys.modules)
        """)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split("\n")[:2] == ["[('1月30日下午', 'TIME')]", "True"]

    def test_core_never_imports_the_integration(self) -> None:
        proc = run_python("""
            import sys
            import timeline, timeline.integrations, timeline.cli
            timeline.extract("1月30日下午开会", dct="2020-02-26")
            print(sorted(m for m in sys.modules
                         if m == "spacy" or m.startswith(("spacy.", "timeline.integrations."))))
        """)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "[]"

    def test_no_core_module_imports_integrations(self) -> None:
        pattern = re.compile(r"^\s*(?:from|import)\s+[\w.]*integrations", re.MULTILINE)
        # timeline/dask.py is no core module: it is the old name of integrations/dask.py
        offenders = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                     if "integrations" not in p.parts and p != SRC / "dask.py"
                     and pattern.search(p.read_text("utf-8"))]
        assert offenders == []

    def test_missing_spacy_is_a_clear_import_error(self) -> None:
        proc = run_python("""
            import sys
            sys.modules["spacy"] = None  # as if spaCy were not installed
            try:
                import timeline.integrations.spacy
            except ImportError as err:
                print(err)
        """)
        assert proc.returncode == 0, proc.stderr
        assert "pip install 'zh-timeline[spacy]'" in proc.stdout

    def test_extensions_register_idempotently(self) -> None:
        from timeline.integrations import spacy as integration

        integration._register_extensions()
        integration._register_extensions()
        doc = make_nlp(dct=DCT)(MEETING)
        assert [e.type.value for e in doc._.timeline] == ["meeting"]

    def test_analysis_declares_what_it_assigns(self, nlp: Language) -> None:
        analysis = nlp.analyze_pipes(pretty=False)
        assert analysis is not None
        assigns = analysis["summary"]["timeline"]["assigns"]
        assert {"doc.ents", "doc.spans", "doc._.timeline", "doc._.timeline_document"} <= set(
            assigns)


class TestAnnotations:
    @pytest.mark.parametrize(
        ("text", "times", "actors"),
        [
            (MEETING, [("1月30日下午", "TIME", "2020-01-30TAF")],
             [("广西林业局", "ORG", "ORG:广西林业局")]),
            (INSPECTION, [("3月2日上午", "TIME", "2020-03-02TMO")],
             [("柳州市交通运输局", "ORG", "ORG:柳州市交通运输局"),
              ("李强", "PERSON", "PERSON:李强"), ("鹿寨县", "PLACE", "PLACE:鹿寨县")]),
            ("今天天气很好。", [("今天", "DATE", "2020-02-26")], []),
            ("没有时间也没有机构。", [], []),
            ("", [], []),
        ],
    )
    def test_span_groups(self, nlp: Language, text: str, times: list[Triple],
                         actors: list[Triple]) -> None:
        doc = nlp(text)
        assert spans(doc, TIMES_KEY) == times
        assert spans(doc, ACTORS_KEY) == actors

    def test_offsets_are_the_mentions_offsets(self, nlp: Language) -> None:
        doc = nlp(INSPECTION)
        document = doc._.timeline_document
        assert [(s.start_char, s.end_char) for s in doc.spans[TIMES_KEY]] == [
            (m.start, m.end) for m in document.times]
        assert [(s.start_char, s.end_char) for s in doc.spans[ACTORS_KEY]] == [
            (m.start, m.end) for a in document.actors for m in a.mentions]

    def test_timex_carries_the_time_value(self, nlp: Language) -> None:
        doc = nlp(MEETING)
        (span,) = doc.spans[TIMES_KEY]
        assert span._.timex == timeline.parse_time("1月30日下午", dct=DCT)
        assert span._.timex.type == timeline.TimeType.TIME
        assert doc.ents[0]._.timex == span._.timex
        assert doc[0:5]._.timex is None  # '1月30日' is not the mention's span
        assert doc.spans[ACTORS_KEY][0]._.timex is None

    def test_ents_are_the_union(self, nlp: Language) -> None:
        doc = nlp(INSPECTION)
        assert ents(doc) == [("3月2日上午", "TIME"), ("柳州市交通运输局", "ORG"),
                             ("李强", "PERSON"), ("鹿寨县", "PLACE")]

    def test_timeline_has_the_meeting(self, nlp: Language) -> None:
        doc = nlp(MEETING)
        tl = doc._.timeline
        assert isinstance(tl, timeline.Timeline)
        (event,) = list(tl)
        assert event.type == timeline.EventType.MEETING
        assert event.time is not None and event.time.value == "2020-01-30TAF"
        assert [(a.name, a.role) for a in event.actors] == [("广西林业局", "agent")]

    def test_document_is_what_extract_returns(self, nlp: Language) -> None:
        doc = nlp(INSPECTION)
        assert isinstance(doc._.timeline_document, timeline.Document)
        assert doc._.timeline_document == timeline.extract(INSPECTION, dct=DCT)

    def test_a_doc_the_component_never_saw(self, nlp: Language) -> None:
        doc = nlp.make_doc(MEETING)
        assert doc._.timeline is None
        assert doc._.timeline_document is None
        assert doc[0:7]._.timex is None

    def test_running_twice_replaces_the_annotations(self, nlp: Language) -> None:
        doc = nlp(nlp(MEETING))
        assert spans(doc, TIMES_KEY) == [("1月30日下午", "TIME", "2020-01-30TAF")]
        assert ents(doc) == [("1月30日下午", "TIME"), ("广西林业局", "ORG")]


class TestOverlaps:
    """``doc.ents`` never overlaps and never raises: the longer span wins, an existing
    entity wins a tie; the span groups keep every mention."""

    def test_an_actor_containing_a_time(self) -> None:
        # '2020年' is a time inside the task force's name: the longer actor wins in ents
        nlp = make_nlp(dct=DCT, actors={"2020年春运工作专班": "ORG"})
        doc = nlp("2020年春运工作专班3月1日召开会议。")
        assert [s.text for s in doc.spans[TIMES_KEY]] == ["2020年", "3月1日"]
        assert spans(doc, ACTORS_KEY) == [("2020年春运工作专班", "ORG", "ORG:2020年春运工作专班")]
        assert ents(doc) == [("2020年春运工作专班", "ORG"), ("3月1日", "DATE")]

    @pytest.mark.parametrize(
        ("pattern", "label", "expected"),
        [
            # shorter existing entity inside ours: ours wins
            ("广西", "GPE", [("1月30日下午", "TIME"), ("广西林业局", "ORG")]),
            # longer existing entity over ours: it stays, ours is dropped from ents
            ("林业局召开会议", "EVENT", [("1月30日下午", "TIME"), ("林业局召开会议", "EVENT")]),
            # the same tokens: the existing entity wins the tie
            ("广西林业局", "GOV", [("1月30日下午", "TIME"), ("广西林业局", "GOV")]),
            # elsewhere: both kept
            ("会议", "THING", [("1月30日下午", "TIME"), ("广西林业局", "ORG"), ("会议", "THING")]),
        ],
    )
    def test_existing_entities(self, pattern: str, label: str,
                               expected: list[tuple[str, str]]) -> None:
        nlp = spacy.blank("zh")
        ruler = nlp.add_pipe("entity_ruler")
        assert isinstance(ruler, EntityRuler)
        ruler.add_patterns([{"label": label, "pattern": pattern}])
        nlp.add_pipe("timeline", config={"dct": DCT})
        doc = nlp(MEETING)
        assert ents(doc) == expected
        assert spans(doc, ACTORS_KEY) == [("广西林业局", "ORG", "ORG:广西林业局")]

    def test_entities_set_by_hand(self, nlp: Language) -> None:
        doc = nlp.make_doc(MEETING)
        doc.ents = [Span(doc, 2, 10, label="X")]  # '30日下午，广西' overlaps both mentions
        assert ents(nlp(doc)) == [("30日下午，广西", "X")]


class TestConfig:
    @pytest.mark.parametrize(
        ("policy", "value"),
        [("past", "2019-12-30"), ("future", "2020-12-30"), ("nearest", "2019-12-30")],
    )
    def test_policy(self, policy: str, value: str) -> None:
        doc = make_nlp(dct=DCT, policy=policy)(LATE_DECEMBER)
        assert [s.kb_id_ for s in doc.spans[TIMES_KEY]] == [value]
        assert [e.time.value for e in doc._.timeline] == [value]

    def test_dct(self) -> None:
        doc = make_nlp(dct="2021-02-26")(MEETING)
        assert [s.kb_id_ for s in doc.spans[TIMES_KEY]] == ["2021-01-30TAF"]

    def test_no_dct_leaves_partial_times_unresolved(self) -> None:
        doc = make_nlp()(MEETING)
        (span,) = doc.spans[TIMES_KEY]
        assert span.text == "1月30日下午"
        assert span.kb_id_.startswith("XXXX")
        assert span._.timex.start is None
        assert doc._.timeline_document.dct is None

    def test_no_dct_uses_the_dateline(self) -> None:
        doc = make_nlp()(DATELINE)
        assert doc._.timeline_document.dct_source == "detected"
        assert spans(doc, TIMES_KEY)[-1] == ("2月27日", "DATE", "2021-02-27")

    def test_config_dct_wins_over_the_dateline(self) -> None:
        doc = make_nlp(dct=DCT)(DATELINE)
        assert spans(doc, TIMES_KEY)[-1] == ("2月27日", "DATE", "2020-02-27")

    @pytest.mark.parametrize("own", ["2021-02-26", date(2021, 2, 26)])
    def test_per_doc_dct_wins_over_the_config(self, nlp: Language, own: object) -> None:
        doc = nlp.make_doc(MEETING)
        doc._.timeline_dct = own
        doc = nlp(doc)
        assert [s.kb_id_ for s in doc.spans[TIMES_KEY]] == ["2021-01-30TAF"]
        other = nlp(MEETING)  # the config's DCT still holds for docs without their own
        assert [s.kb_id_ for s in other.spans[TIMES_KEY]] == ["2020-01-30TAF"]

    def test_bad_policy_fails_when_the_pipe_is_added(self) -> None:
        with pytest.raises(Exception, match="policy"):
            make_nlp(policy="sometimes")

    def test_bad_dct_fails_when_the_pipe_is_added(self) -> None:
        with pytest.raises(DCTValueError, match="yesterday"):
            make_nlp(dct="yesterday")

    @pytest.mark.parametrize(
        "actors", [{"蓝鲸": "ORG"}, [{"name": "蓝鲸", "kind": "ORG", "aliases": []}]]
    )
    def test_user_actors(self, actors: object) -> None:
        assert spans(make_nlp(dct=DCT)(LATE_DECEMBER), ACTORS_KEY) == []
        doc = make_nlp(dct=DCT, actors=actors)(LATE_DECEMBER)
        assert spans(doc, ACTORS_KEY) == [("蓝鲸", "ORG", "ORG:蓝鲸")]
        assert [a.name for a in doc._.timeline[0].actors] == ["蓝鲸"]

    def test_the_factory_function_builds_the_component(self) -> None:
        component = make_timeline_component(spacy.blank("zh"), "tl", DCT, "future", None)
        assert isinstance(component, TimelineComponent)
        assert repr(component) == "TimelineComponent(name='tl', dct='2020-02-26', policy='future')"


class TestSerialization:
    def test_config_holds_the_component(self) -> None:
        nlp = make_nlp(dct=DCT, policy="nearest", actors={"蓝鲸": "ORG"})
        assert nlp.pipe_names == ["timeline"]
        assert dict(nlp.config["components"]["timeline"]) == {
            "factory": "timeline", "dct": DCT, "policy": "nearest", "actors": {"蓝鲸": "ORG"},
            "labels": "timeline"}
        assert "[components.timeline]" in nlp.config.to_str()

    def test_defaults_in_the_config(self) -> None:
        assert dict(make_nlp().config["components"]["timeline"]) == {
            "factory": "timeline", "dct": None, "policy": "past", "actors": None,
            "labels": "timeline"}

    def test_config_string_round_trip(self) -> None:
        nlp = make_nlp(dct=DCT, policy="future", actors={"蓝鲸": "ORG"})
        config = spacy.util.load_config_from_str(nlp.config.to_str())
        again = spacy.util.load_model_from_config(config)
        assert again.config["components"]["timeline"] == nlp.config["components"]["timeline"]
        assert annotated(again(LATE_DECEMBER)) == annotated(nlp(LATE_DECEMBER))

    def test_to_disk_and_load(self, tmp_path: Path) -> None:
        nlp = make_nlp(dct=DCT, actors={"蓝鲸": "ORG"})
        nlp.to_disk(tmp_path / "pipeline")
        again = spacy.load(tmp_path / "pipeline")
        assert annotated(again(LATE_DECEMBER)) == annotated(nlp(LATE_DECEMBER))

    def test_component_pickles(self, nlp: Language) -> None:
        component = nlp.get_pipe("timeline")
        again = pickle.loads(pickle.dumps(component))
        assert repr(again) == repr(component)
        assert annotated(again(nlp.make_doc(INSPECTION))) == annotated(nlp(INSPECTION))

    def test_doc_bytes_keep_everything(self, nlp: Language) -> None:
        doc = nlp(INSPECTION)
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert annotated(again) == annotated(doc)
        assert again.spans[TIMES_KEY][0]._.timex == doc.spans[TIMES_KEY][0]._.timex

    def test_docbin_keeps_everything(self, nlp: Language) -> None:
        docs = [nlp(MEETING), nlp(INSPECTION)]
        data = DocBin(docs=docs, store_user_data=True).to_bytes()
        again = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
        assert [annotated(d) for d in again] == [annotated(d) for d in docs]


    @pytest.mark.parametrize("odd", ["\udc9d", "\ud800", "\udfff\x00"])
    def test_the_payload_carries_a_lone_surrogate(self, nlp: Language, odd: str) -> None:
        # spaCy's own string store refuses such text, so no Doc can hold one; what the
        # component stores and reads back (the Document's JSON) carries it all the same
        with pytest.raises(UnicodeEncodeError):
            nlp(MEETING + odd)
        from timeline.integrations.spacy import _parse

        document = timeline.extract(MEETING.replace("下午", "下午" + odd), dct=DCT)
        payload = document.model_dump_json()
        payload.encode("utf-8")
        assert _parse(payload) == document


class TestPipe:
    TEXTS = (MEETING, INSPECTION, LATE_DECEMBER, "今天天气很好。", "", DATELINE) * 3

    def test_two_processes_match_one(self, nlp: Language) -> None:
        one = [annotated(d) for d in nlp.pipe(self.TEXTS)]
        two = [annotated(d) for d in nlp.pipe(self.TEXTS, n_process=2, batch_size=4)]
        assert two == one
        assert [d[0] for d in one[:2]] == [[(0, 7, "TIME", "2020-01-30TAF")],
                                           [(0, 6, "TIME", "2020-03-02TMO")]]

    def test_per_doc_dct_crosses_processes(self, nlp: Language) -> None:
        docs = []
        for year in (2019, 2021, 2022):
            doc = nlp.make_doc(MEETING)
            doc._.timeline_dct = f"{year}-02-26"
            docs.append(doc)
        out = list(nlp.pipe(docs, n_process=2, batch_size=1))
        assert [d.spans[TIMES_KEY][0].kb_id_ for d in out] == [
            "2019-01-30TAF", "2021-01-30TAF", "2022-01-30TAF"]
        assert [d._.timeline[0].time.value for d in out] == [
            "2019-01-30TAF", "2021-01-30TAF", "2022-01-30TAF"]

    def test_as_tuples_keeps_the_context(self, nlp: Language) -> None:
        pairs = [(MEETING, 1), (INSPECTION, 2)]
        out = [(spans(d, TIMES_KEY)[0][0], ctx)
               for d, ctx in nlp.pipe(pairs, as_tuples=True, n_process=2)]
        assert out == [("1月30日下午", 1), ("3月2日上午", 2)]

    def test_spawned_workers(self, tmp_path: Path) -> None:
        """The start method of macOS and Windows: the component itself is pickled."""
        script = tmp_path / "spawn.py"
        script.write_text(textwrap.dedent(f"""
            import multiprocessing
            import spacy

            if __name__ == "__main__":
                multiprocessing.set_start_method("spawn")
                nlp = spacy.blank("zh")
                nlp.add_pipe("timeline", config={{"dct": "{DCT}"}})
                texts = ["{MEETING}", "{LATE_DECEMBER}"] * 3
                docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
                print([d.spans["timeline_times"][0].kb_id_ for d in docs[:2]])
                print([len(d._.timeline) for d in docs])
        """), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                              timeout=300, check=False)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split("\n")[:2] == ["['2020-01-30TAF', '2019-12-30']",
                                               "[1, 1, 1, 1, 1, 1]"]



@pytest.mark.parametrize(("text", "expected"), [
    ("1月30日下午，南宁市公安局召开会议。", [("1月30日下午", "TIME"), ("南宁市公安局", "ORG")]),
    ("2月2日，王明到南宁市调研。", [("2月2日", "DATE"), ("王明", "PERSON"), ("南宁市", "GPE")]),
    ("事故发生在瑞宁路，持续三天。", [("瑞宁路", "LOC"), ("三天", "DATE")]),
])
def test_spacy_entity_names(text: str, expected: list[tuple[str, str]]) -> None:
    doc = make_nlp(dct=DCT, labels="spacy")(text)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_an_unknown_label_set_fails_when_the_pipe_is_added() -> None:
    from confection import ConfigValidationError

    from timeline.errors import InvalidConfigError
    from timeline.integrations.spacy import TimelineComponent
    with pytest.raises(ConfigValidationError, match="labels"):
        make_nlp(labels="ontonotes")
    with pytest.raises(InvalidConfigError, match="labels must be"):
        TimelineComponent(labels="ontonotes")  # type: ignore[arg-type]
