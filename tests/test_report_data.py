"""Checks of the annotated report table ``tests/data/reports.json`` itself.

These tests look only at the data: offsets, dates, kinds and names must be consistent with the
texts they annotate. They never run the library; tests of the library's output against the
table live elsewhere. The annotation rules are in ``tests/data/README.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

TABLE = Path(__file__).resolve().parent / "data" / "reports.json"

KINDS = {
    "court",
    "police",
    "fire",
    "traffic",
    "company",
    "diplomacy",
    "health",
    "disaster",
    "central-bank",
    "sport",
    "science",
    "government",
    "hk-tw",
}
SCRIPTS = {"simplified", "traditional"}
ACTOR_KINDS = {"ORG", "PERSON", "PLACE"}
DOC_KEYS = {"id", "kind", "script", "dct", "text", "events", "actors"}
EVENT_KEYS = {"trigger", "start", "when", "agent", "negated", "planned"}
ACTOR_KEYS = {"name", "kind"}

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTH = re.compile(r"\d{4}-\d{2}")
# characters that only the traditional script writes (their simplified forms differ)
TRADITIONAL_ONLY = set("發報導區處時過國會對將長後這們車機場經濟歲顧記氣東")
BYLINE = re.compile(r"記者([^／/〕\]]+)[／/]")
SENTENCE_END = re.compile(r"[。！？]")


def _load() -> list[dict[str, Any]]:
    with TABLE.open(encoding="utf-8") as f:
        data: list[dict[str, Any]] = json.load(f)
    return data


DOCS = _load()
IDS = [doc["id"] for doc in DOCS]


def _parse_when(value: str) -> dt.date:
    """The first day of an ISO day (2023-05-11) or month (2023-05)."""
    if DAY.fullmatch(value):
        return dt.date.fromisoformat(value)
    if MONTH.fullmatch(value):
        return dt.date.fromisoformat(value + "-01")
    raise ValueError(f"not an ISO day or month: {value!r}")


def _body(text: str) -> str:
    """The text after its dateline line."""
    return text.split("\n", 1)[1] if "\n" in text else text


def _dateline_end(text: str) -> int:
    """Offset where the story starts: after the dateline line and any 〔記者…報導〕 byline."""
    start = text.index("\n") + 1 if "\n" in text else 0
    if text.startswith("〔", start):
        start = text.index("〕", start) + 1
    return start


def test_file_is_strict_json_in_the_agreed_layout() -> None:
    raw = TABLE.read_text(encoding="utf-8")
    assert isinstance(DOCS, list)
    assert raw == json.dumps(DOCS, ensure_ascii=False, indent=1) + "\n"


def test_ids_are_unique() -> None:
    assert [i for i, n in Counter(IDS).items() if n > 1] == []


def test_every_kind_has_at_least_two_texts_and_both_scripts_occur() -> None:
    kinds = Counter(doc["kind"] for doc in DOCS)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 2
    assert sum(doc["script"] == "traditional" for doc in DOCS) >= 3


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_document_fields(doc: dict[str, Any]) -> None:
    assert set(doc) == DOC_KEYS
    assert doc["kind"] in KINDS
    assert doc["id"].startswith(doc["kind"] + "-")
    assert doc["script"] in SCRIPTS
    assert isinstance(doc["text"], str)
    assert isinstance(doc["events"], list)
    assert isinstance(doc["actors"], list)


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_text_is_a_short_news_report(doc: dict[str, Any]) -> None:
    text = doc["text"]
    assert 150 <= len(text) <= 600
    sentences = [s for s in SENTENCE_END.split(_body(text)) if s.strip()]
    assert 3 <= len(sentences) <= 8
    assert text == text.strip()


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_script_matches_the_characters(doc: dict[str, Any]) -> None:
    found = TRADITIONAL_ONLY & set(doc["text"])
    if doc["script"] == "traditional":
        assert found, "a traditional text should write traditional characters"
    else:
        assert not found, f"simplified text holds traditional characters {sorted(found)}"


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_dct_is_the_dateline_date(doc: dict[str, Any]) -> None:
    dct = doc["dct"]
    if dct is None:
        return
    assert DAY.fullmatch(dct)
    day = dt.date.fromisoformat(dct)
    first_line = doc["text"].split("\n", 1)[0]
    written = {
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    }
    assert any(form in first_line for form in written), first_line


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_events(doc: dict[str, Any]) -> None:
    text = doc["text"]
    events = doc["events"]
    assert len(events) >= 3
    story = _dateline_end(text)
    for event in events:
        assert set(event) == EVENT_KEYS, event
        trigger, start = event["trigger"], event["start"]
        assert isinstance(trigger, str)
        assert trigger
        assert isinstance(start, int)
        assert not isinstance(start, bool)
        assert text[start : start + len(trigger)] == trigger, event
        assert start >= story, f"{trigger} lies in the dateline or byline"
        _parse_when(event["when"])
        assert isinstance(event["negated"], bool)
        assert isinstance(event["planned"], bool)
        agent = event["agent"]
        assert agent is None or (isinstance(agent, str) and agent and agent in text), event
    starts = [event["start"] for event in events]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


def _compare_with_dct(when: str, dct: dt.date) -> int:
    """-1, 0 or 1 as ``when`` (a day, or a month as a whole) lies before, on or after the DCT."""
    day = _parse_when(when)
    if MONTH.fullmatch(when):
        a, b = (day.year, day.month), (dct.year, dct.month)
    else:
        a, b = (day.year, day.month, day.day), (dct.year, dct.month, dct.day)
    return (a > b) - (a < b)


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_planned_matches_the_dct(doc: dict[str, Any]) -> None:
    """Planned events are not before the DCT; events after the DCT are planned."""
    if doc["dct"] is None:
        return
    dct = dt.date.fromisoformat(doc["dct"])
    for event in doc["events"]:
        order = _compare_with_dct(event["when"], dct)
        if event["planned"]:
            assert order >= 0, event
        if order > 0:
            assert event["planned"], event
        assert not (event["planned"] and event["negated"]), event


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_actors(doc: dict[str, Any]) -> None:
    body = doc["text"][_dateline_end(doc["text"]) :]
    names = [actor["name"] for actor in doc["actors"]]
    assert len(set(names)) == len(names)
    for actor in doc["actors"]:
        assert set(actor) == ACTOR_KEYS, actor
        assert actor["kind"] in ACTOR_KINDS
        assert isinstance(actor["name"], str)
        assert actor["name"] in body, actor


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_reporters_are_neither_agents_nor_actors(doc: dict[str, Any]) -> None:
    reporters = set(BYLINE.findall(doc["text"]))
    agents = {event["agent"] for event in doc["events"]}
    names = {actor["name"] for actor in doc["actors"]}
    assert not reporters & agents
    assert not reporters & names
