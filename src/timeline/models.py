"""Public data models: what the library returns.

All models are frozen pydantic models that forbid unknown fields, so a result can be hashed,
shared between threads and read back from JSON unchanged.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMention",
    "ActorRef",
    "Anchor",
    "Document",
    "Event",
    "EventType",
    "Granularity",
    "Mod",
    "Span",
    "TimeMention",
    "TimeType",
    "TimeValue",
]


class TimeType(str, Enum):
    """The TIMEX3 type of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


Granularity = Literal[
    "century", "decade", "year", "half_year", "season", "quarter", "month", "week",
    "day", "part_of_day", "hour", "minute", "second",
]
"""How precise a time is: the size of the unit its value names."""

Mod = Literal[
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
    "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
]
"""The TIMEX3 ``mod`` attribute."""

Anchor = Literal["dct", "narrative", "none"]
"""What a relative or partial expression was resolved against."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeValue(_Model):
    """A normalized time: TIMEX3 type and value plus a half-open interval ``[start, end)``.

    >>> from timeline import parse_time
    >>> parse_time("1月30日下午", dct="2020-02-26").value
    '2020-01-30TAF'
    """

    type: TimeType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET.")
    value: str = Field(description="TIMEX3 value, e.g. '2020-01-30', 'XXXX-01-30', 'P3D'.")
    start: datetime | None = Field(
        default=None, description="Inclusive start of the interval; None if open or unknown."
    )
    end: datetime | None = Field(
        default=None, description="Exclusive end of the interval; None if open or unknown."
    )
    granularity: Granularity | None = Field(
        default=None, description="Unit of the value's precision (None for references)."
    )
    mod: Mod | None = Field(default=None, description="TIMEX3 mod, e.g. APPROX, START, END.")
    quant: str | None = Field(default=None, description="TIMEX3 quant of a SET, e.g. EVERY.")
    anchor: Anchor = Field(
        default="none", description="What the value was resolved against: dct, narrative, none."
    )
    warnings: tuple[str, ...] = Field(
        default=(), description="Problems found while resolving (weekday mismatch, bad date)."
    )

    @model_validator(mode="after")
    def _ordered(self) -> TimeValue:
        if self.start is not None and self.end is not None and not self.start < self.end:
            raise ValueError(f"start must be before end (got {self.start} >= {self.end})")
        return self


class TimeMention(_Model):
    """A time expression found in a text: its exact span and its normalized value.

    ``text == source[start:end]`` always holds for the source the mention came from.
    """

    text: str = Field(description="The expression as written in the original text.")
    start: int = Field(ge=0, description="Offset of the first character in the original text.")
    end: int = Field(ge=0, description="Offset just past the last character.")
    time: TimeValue = Field(description="The normalized time.")

    @model_validator(mode="after")
    def _span(self) -> TimeMention:
        if self.end - self.start != len(self.text) or self.end <= self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) does not fit text of length {len(self.text)}"
            )
        return self


class ActorKind(str, Enum):
    """What kind of actor: an organization, a person or a place."""

    ORG = "ORG"
    PERSON = "PERSON"
    PLACE = "PLACE"


class ActorMention(_Model):
    """One place in the text where an actor is named (``text == source[start:end]``)."""

    text: str = Field(description="The name as written in the original text.")
    start: int = Field(ge=0, description="Offset of the first character in the original text.")
    end: int = Field(ge=0, description="Offset just past the last character.")


class Actor(_Model):
    """Someone or something that acts in a text: an organization, a person or a place.

    >>> from timeline import find_actors
    >>> [a.name for a in find_actors("广西林业局局长王明表示，…")]
    ['广西林业局', '王明']
    """

    id: str = Field(description="Stable id: kind and canonical name, e.g. 'ORG:广西林业局'.")
    name: str = Field(description="Canonical name: the fullest form the text uses.")
    kind: ActorKind = Field(description="ORG, PERSON or PLACE.")
    aliases: tuple[str, ...] = Field(
        default=(), description="Other names the text uses for the same actor."
    )
    mentions: tuple[ActorMention, ...] = Field(
        default=(), description="Every mention, in text order, with offsets into the original."
    )
    parent: str | None = Field(
        default=None, description="Id of the organization this one is part of (办公室 of a 厅)."
    )
    titles: tuple[str, ...] = Field(
        default=(), description="A person's titles as the text gives them (党组书记, 厅长)."
    )
    org: str | None = Field(
        default=None, description="Id of the organization the text ties a person to."
    )


class EventType(str, Enum):
    """What kind of thing happens."""

    MEETING = "meeting"
    ESTABLISH = "establish"
    ISSUE_DOCUMENT = "issue_document"
    LAUNCH = "launch"
    SUSPEND = "suspend"
    RESUME = "resume"
    DECIDE = "decide"
    INSPECT = "inspect"
    CAMPAIGN = "campaign"
    CONSTRUCTION = "construction"
    PUBLISH = "publish"
    SIGN = "sign"
    VISIT = "visit"
    INCIDENT = "incident"
    ACCIDENT = "accident"
    FIRE = "fire"
    DISASTER = "disaster"
    CASUALTY = "casualty"
    RESCUE = "rescue"
    MEDICAL = "medical"
    ATTACK = "attack"
    ARREST = "arrest"
    PATROL = "patrol"
    INVESTIGATE = "investigate"
    REPORT_CASE = "report_case"
    TRIAL = "trial"
    SENTENCE = "sentence"
    APPEAL = "appeal"
    RESOLUTION = "resolution"
    ANNOUNCE = "announce"
    RESULTS = "results"
    RATE_DECISION = "rate_decision"
    CASES = "cases"
    DISPATCH = "dispatch"
    TALKS = "talks"
    WIN = "win"
    COMPETE = "compete"
    LAND = "land"
    MOVEMENT = "movement"
    CHANGE = "change"
    STATEMENT = "statement"
    OTHER = "other"


TimeSource = Literal["explicit", "sentence", "narrative", "recurring", "none"]
"""How an event got its time: in its own clause, from a time leading the sentence, from the
narrative (an earlier sentence), from a recurrence (每天), or not at all."""

Polarity = Literal["positive", "negative"]
"""Whether an event happened or is reported as not having happened (未造成人员伤亡)."""

Modality = Literal["actual", "planned"]
"""Whether an event is reported as done or announced for later (将于…召开, 拟…, a time after
the DCT)."""

ActorRole = Literal["agent", "participant", "target"]
"""What an actor does in an event: acts, takes part, or is acted on."""


class Span(_Model):
    """A stretch of the original text (``text == source[start:end]``)."""

    text: str = Field(description="The characters of the original text.")
    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset just past the last character.")


class ActorRef(_Model):
    """An actor taking part in an event, by id, with its name and role."""

    id: str | None = Field(
        default=None,
        description="The actor's id (see ``Actor.id``); None for an agent the text does not "
        "name (警方, 市领导), known by its words only.")
    name: str = Field(description="The actor's canonical name, or the words of an unnamed one.")
    role: ActorRole = Field(description="agent, participant or target.")


class Event(_Model):
    """Something that happens: its type, trigger word, time, actors and evidence."""

    id: str = Field(description="Stable id: document id and the trigger's offset.")
    type: EventType = Field(description="What kind of event.")
    trigger: Span = Field(description="The word that signals the event.")
    time: TimeValue | None = Field(default=None, description="When; None if undated.")
    time_source: TimeSource = Field(default="none", description="How the time was obtained.")
    recurrence: TimeValue | None = Field(
        default=None, description="A repetition (每天) that the event follows, if any."
    )
    modality: Modality = Field(
        default="actual", description="actual, or planned: announced for later."
    )
    polarity: Polarity = Field(
        default="positive", description="positive, or negative: reported as not done (未…)."
    )
    actors: tuple[ActorRef, ...] = Field(default=(), description="Who acts and takes part.")
    object: str | None = Field(default=None, description="What is acted on, e.g. a 《title》.")
    location: str | None = Field(default=None, description="Where, if the sentence names it.")
    summary: str = Field(description="A short readable phrase built from the clause.")
    evidence: Span = Field(description="The sentence the event was read from.")
    doc_id: str | None = Field(default=None, description="The document the event is from.")
    sources: tuple[str, ...] = Field(
        default=(), description="Other documents that report the same event (after a merge)."
    )

    def _repr_html_(self) -> str:
        from .render.html import event_html

        return event_html(self)


class Document(_Model):
    """One analysed text: its times, actors and events. ``doc.timeline`` orders the events."""

    id: str | None = Field(default=None, description="The document's id, if given.")
    text: str = Field(description="The original text.")
    dct: datetime | None = Field(default=None, description="Document creation time used.")
    dct_source: Literal["given", "detected", "none"] = Field(
        default="none", description="Where the DCT came from: the caller, the text's dateline."
    )
    times: tuple[TimeMention, ...] = Field(default=(), description="Every time mention.")
    actors: tuple[Actor, ...] = Field(default=(), description="Every actor.")
    events: tuple[Event, ...] = Field(default=(), description="Every event, in text order.")
    warnings: tuple[str, ...] = Field(
        default=(), description="Problems with the whole text (e.g. a scan that timed out)."
    )

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON that ``Document.from_json`` reads back unchanged, for any text.

        Unlike ``model_dump_json`` it also carries lone surrogates (escaped as ``\\udXXX``),
        which scraped text sometimes holds and UTF-8 cannot encode.
        """
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str) -> Document:
        """The inverse of ``to_json``."""
        import json

        return cls.model_validate(json.loads(data))

    def _repr_html_(self) -> str:
        from .render.html import document_html, timeline_html

        tl = self.timeline
        return document_html(self) + timeline_html(list(tl), tl.undated)

    @property
    def timeline(self) -> Timeline:
        """The document's events in time order (see ``timeline.Timeline``)."""
        from .timeline import Timeline

        return Timeline(self.events, self.actors)
