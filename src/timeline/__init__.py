"""timeline: Chinese news text to an ordered, queryable timeline of events.

>>> from timeline import find_times
>>> [(m.text, m.time.value) for m in find_times("1月30日下午开会", dct="2020-02-26")]
[('1月30日下午', '2020-01-30TAF')]
"""

from __future__ import annotations

from .actors.find import ActorDictionary, find_actors, load_actor_dictionary
from .errors import (
    DCTTypeError,
    DCTValueError,
    InputTypeError,
    InvalidDCTError,
    InvalidPolicyError,
    TimelineError,
)
from .models import (
    Actor,
    ActorKind,
    ActorMention,
    Anchor,
    Granularity,
    Mod,
    TimeMention,
    TimeType,
    TimeValue,
)
from .temporal.find import find_times, parse_time

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorDictionary",
    "ActorKind",
    "ActorMention",
    "Anchor",
    "DCTTypeError",
    "DCTValueError",
    "Granularity",
    "InputTypeError",
    "InvalidDCTError",
    "InvalidPolicyError",
    "Mod",
    "TimeMention",
    "TimeType",
    "TimeValue",
    "TimelineError",
    "find_actors",
    "find_times",
    "load_actor_dictionary",
    "parse_time",
]

for _name in ("Actor", "ActorKind", "ActorMention", "find_actors", "load_actor_dictionary",
              "TimeMention", "TimeValue", "TimeType", "find_times", "parse_time",
              "TimelineError", "InvalidDCTError", "DCTTypeError", "DCTValueError",
              "InvalidPolicyError", "InputTypeError"):
    globals()[_name].__module__ = "timeline"
