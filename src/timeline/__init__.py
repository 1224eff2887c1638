"""timeline: Chinese news text to an ordered, queryable timeline of events.

>>> from timeline import find_times
>>> [(m.text, m.time.value) for m in find_times("1月30日下午开会", dct="2020-02-26")]
[('1月30日下午', '2020-01-30TAF')]
"""

from __future__ import annotations

from .actors.find import ActorDictionary, find_actors, load_actor_dictionary
from .errors import (
    ActorsTypeError,
    DCTTypeError,
    DCTValueError,
    InputError,
    InputTypeError,
    InvalidActorsError,
    InvalidConfigError,
    InvalidDCTError,
    InvalidDocumentError,
    InvalidPolicyError,
    InvalidQueryError,
    ScanTimeoutWarning,
    TimelineError,
)
from .extract import Extractor, detect_dateline, extract
from .models import (
    Actor,
    ActorKind,
    ActorMention,
    ActorRef,
    Anchor,
    Document,
    Event,
    EventType,
    Granularity,
    Mod,
    Span,
    TimeMention,
    TimeType,
    TimeValue,
)
from .temporal.find import find_times, parse_time
from .timeline import Timeline

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorDictionary",
    "ActorKind",
    "ActorMention",
    "ActorRef",
    "ActorsTypeError",
    "Anchor",
    "DCTTypeError",
    "DCTValueError",
    "Document",
    "Event",
    "EventType",
    "Extractor",
    "Granularity",
    "InputError",
    "InputTypeError",
    "InvalidActorsError",
    "InvalidConfigError",
    "InvalidDCTError",
    "InvalidDocumentError",
    "InvalidPolicyError",
    "InvalidQueryError",
    "Mod",
    "ScanTimeoutWarning",
    "Span",
    "TimeMention",
    "TimeType",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "detect_dateline",
    "document_schema",
    "extract",
    "find_actors",
    "find_times",
    "load_actor_dictionary",
    "parse_time",
]



def document_schema() -> dict[str, object]:
    """The JSON Schema of ``Document`` (what ``Document.model_dump_json`` writes)."""
    schema: dict[str, object] = Document.model_json_schema()
    return schema


for _name in ("Actor", "ActorKind", "ActorMention", "find_actors", "load_actor_dictionary",
              "ActorRef", "Document", "Event", "EventType", "Extractor", "Span", "Timeline",
              "detect_dateline", "extract", "ScanTimeoutWarning",
              "TimeMention", "TimeValue", "TimeType", "find_times", "parse_time",
              "TimelineError", "InvalidDCTError", "DCTTypeError", "DCTValueError",
              "InvalidPolicyError", "InputTypeError", "InvalidActorsError", "ActorsTypeError",
              "InputError", "InvalidDocumentError"):
    globals()[_name].__module__ = "timeline"
