"""The hand-annotated reports benchmark's scoring (``benchmarks/eval_reports.py``), on a made-up
two-sentence report and hand-built library output; no report folder is needed."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

TEXT = "昨天上午，某县法院开庭审理一起盗窃案。当天下午，警方在车站抓获另一名嫌疑人。"
START_TRIAL = TEXT.index("开庭审理")
START_ARREST = TEXT.index("抓获")


@pytest.fixture(scope="module")
def ev() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("eval_reports")
    finally:
        sys.path.remove(str(BENCHMARKS))


def time_value(value: str, start: datetime | None = None) -> SimpleNamespace:
    return SimpleNamespace(value=value, start=start)


def event(trigger: str, time: SimpleNamespace | None, agent: tuple[str, str] | None = None,
          occurrence: int = 0) -> SimpleNamespace:
    start = TEXT.index(trigger)
    for _ in range(occurrence):
        start = TEXT.index(trigger, start + 1)
    refs = [SimpleNamespace(id=agent[0], name=agent[1], role="agent")] if agent else []
    span = SimpleNamespace(text=trigger, start=start, end=start + len(trigger))
    return SimpleNamespace(trigger=span, time=time, actors=refs)


def actor(id_: str, name: str, kind: str, aliases: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(id=id_, name=name, aliases=aliases, kind=SimpleNamespace(value=kind))


@pytest.fixture
def gold(ev: ModuleType) -> list[Any]:
    return [
        ev.GoldEvent("开庭审理", START_TRIAL, "2024-03-04", "某县法院"),
        ev.GoldEvent("抓获", START_ARREST, "2024-03-04", "警方"),
    ]


def test_time_matches_by_value_prefix_or_start_day(ev: ModuleType) -> None:
    assert ev.time_matches(time_value("2024-03-04TMO"), "2024-03-04")
    assert ev.time_matches(time_value("2024-03"), "2024-03")
    assert ev.time_matches(time_value("2024-03-04T09:00"), "2024")
    assert ev.time_matches(time_value("P1D", datetime(2024, 3, 4, 9)), "2024-03-04")
    assert not ev.time_matches(time_value("2024-03-05"), "2024-03-04")
    assert not ev.time_matches(time_value("P1D", datetime(2024, 3, 4)), "2024-03")
    assert not ev.time_matches(None, "2024-03-04")


def test_agent_matches_equal_or_contained(ev: ModuleType) -> None:
    assert ev.agent_matches("某县法院", ["某县法院"])
    assert ev.agent_matches("某县法院", ["法院"])
    assert ev.agent_matches("法院", ["某县人民法院"])
    assert not ev.agent_matches("警方", ["某县法院"])
    assert ev.agent_matches(None, [])
    assert not ev.agent_matches(None, ["警方"])
    assert not ev.agent_matches("警方", [])


def test_agent_names_take_the_actor_aliases(ev: ModuleType) -> None:
    e = event("开庭审理", None, ("ORG:某县人民法院", "某县人民法院"))
    actors = [actor("ORG:某县人民法院", "某县人民法院", "ORG", ("某县法院",))]
    assert ev.agent_names(e, actors) == ["某县人民法院", "某县人民法院", "某县法院"]
    assert ev.agent_names(event("抓获", None), actors) == []


def test_score_events_recall_and_precision(ev: ModuleType, gold: list[Any]) -> None:
    day = time_value("2024-03-04")
    events = [
        event("审理", day, ("ORG:某县法院", "某县法院")),  # overlaps 开庭审理, right day and agent
        event("抓获", time_value("2024-03-03"), ("ORG:警方", "警方")),  # right trigger, wrong day
        event("盗窃", day),  # no gold trigger there
        event("嫌疑人", None),  # undated: not in precision
    ]
    score = ev.score_events(gold, events, [])
    assert (score.gold, score.found, score.found_agent) == (2, 1, 1)
    assert (score.dated, score.dated_right, score.dated_overlap) == (3, 1, 2)
    assert [g.trigger for g in score.missed] == ["抓获"]
    assert [(t, v) for t, v, _ in score.unmatched] == [
        ("抓获", "2024-03-03"), ("盗窃", "2024-03-04")]


def test_wrong_agent_counts_for_day_recall_only(ev: ModuleType, gold: list[Any]) -> None:
    events = [event("开庭审理", time_value("2024-03-04"), ("ORG:警方", "警方")),
              event("抓获", time_value("2024-03-04"))]
    score = ev.score_events(gold, events, [])
    assert (score.found, score.found_agent) == (2, 0)
    assert [(g.trigger, got) for g, got in score.wrong_agent] == [
        ("开庭审理", "警方"), ("抓获", None)]


def test_score_actors_by_name_alias_and_kind(ev: ModuleType) -> None:
    gold = [ev.GoldActor("某县法院", "ORG"), ev.GoldActor("警方", "ORG"),
            ev.GoldActor("车站", "PLACE")]
    library = [
        actor("ORG:某县人民法院", "某县人民法院", "ORG", ("某县法院",)),  # by alias
        actor("PERSON:警方", "警方", "PERSON"),  # right name, wrong kind
        actor("PLACE:某县", "某县", "PLACE"),  # not gold
    ]
    score = ev.score_actors(gold, library)
    assert (score.gold, score.predicted) == (3, 3)
    assert (score.gold_found, score.predicted_right) == (1, 1)
    assert (score.gold_found_any, score.predicted_right_any) == (2, 2)
    assert [a.name for a in score.missed] == ["警方", "车站"]


def test_ratio_and_f1(ev: ModuleType) -> None:
    assert ev.ratio(1, 4) == 0.25
    assert ev.ratio(3, 0) == 0.0
    assert ev.f1(0.5, 0.5) == 0.5
    assert ev.f1(0.0, 0.0) == 0.0


def test_load_reports_checks_offsets(ev: ModuleType, tmp_path: Path) -> None:
    annotation = {"dct": "2024-03-05",
                  "events": [{"trigger": "抓获", "start": START_ARREST, "when": "2024-03-04",
                              "agent": "警方", "negated": False}],
                  "actors": [{"name": "警方", "kind": "ORG"}]}
    (tmp_path / "01-court.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "01-court.json").write_text(json.dumps(annotation, ensure_ascii=False),
                                            encoding="utf-8")
    (tmp_path / "02-lone.txt").write_text(TEXT, encoding="utf-8")  # no .json: skipped
    [report] = ev.load_reports(tmp_path)
    assert (report.name, report.dct, report.text) == ("01-court", "2024-03-05", TEXT)
    assert report.events[0].end == START_ARREST + 2
    annotation["events"][0]["start"] += 1
    (tmp_path / "01-court.json").write_text(json.dumps(annotation), encoding="utf-8")
    with pytest.raises(ValueError, match="抓获"):
        ev.load_reports(tmp_path)
