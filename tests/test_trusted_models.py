"""Models built without validation (``models.trusted``) equal the validated ones: same
fields, same types (an enum, not its string; a tuple, not a list), same fields set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import timeline
from timeline.models import Event, Span, trusted

REPORTS = json.loads((Path(__file__).parent / "data" / "reports.json").read_text("utf-8"))


def _revalidated(value: Any) -> Any:
    """``value`` rebuilt bottom-up through the models' validation, from the fields it set."""
    if isinstance(value, BaseModel):
        fields = {name: _revalidated(getattr(value, name)) for name in value.model_fields_set}
        return type(value)(**fields)
    if isinstance(value, tuple):
        return tuple(_revalidated(x) for x in value)
    return value


def _same(built: Any, checked: Any, where: str = "doc") -> None:
    assert type(built) is type(checked), f"{where}: {type(built)} != {type(checked)}"
    if isinstance(built, BaseModel):
        assert list(built.__dict__) == list(checked.__dict__), where
        assert built.model_fields_set == checked.model_fields_set, where
        for name in built.__dict__:
            _same(built.__dict__[name], checked.__dict__[name], f"{where}.{name}")
    elif isinstance(built, tuple):
        assert len(built) == len(checked), where
        for i, (a, b) in enumerate(zip(built, checked, strict=True)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert built == checked, where


@pytest.mark.parametrize("report", REPORTS[:8], ids=lambda r: r["id"])
def test_extracted_documents_equal_validated_ones(report: dict[str, Any]) -> None:
    doc = timeline.extract(report["text"], dct=report["dct"], doc_id=report["id"])
    assert doc.events and doc.actors and doc.times
    checked = _revalidated(doc)
    _same(doc, checked)
    assert doc == checked and hash(doc) == hash(checked)
    assert doc.to_json() == checked.to_json()


def test_trusted_fills_defaults_in_field_order() -> None:
    trigger = Span(text="发布", start=0, end=2)
    fields: dict[str, Any] = {"id": "d:e0", "type": "meeting", "trigger": trigger,
                              "summary": "发布", "evidence": trigger}
    built = trusted(Event, **{**fields, "type": timeline.EventType.MEETING})
    _same(built, Event(**fields))
