"""Public data models: what the library returns.

All models are frozen pydantic models that forbid unknown fields, so a result can be hashed,
shared between threads and read back from JSON unchanged.

This module is the bottom layer: at run time it imports only ``_json`` and ``errors``, never
the modules built on it. What ``Document.timeline`` and the notebook views need from above
(the ``Timeline`` class, the HTML renderer) is lent to it by ``timeline.timeline`` when that
is imported (see ``lend``), which ``import timeline`` always does.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, NaiveDatetime, ValidationError, model_validator

from . import _json
from .errors import InvalidDocumentError

if TYPE_CHECKING:  # for the annotations only; never imported at run time
    from typing_extensions import Self

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


_LENT: dict[str, Callable[..., Any]] = {}


def lend(**views: Callable[..., Any]) -> None:
    """Called by the layers above with what models needs of them: ``timeline`` (the
    ``Timeline`` class), ``document_html`` and ``event_html`` (the notebook views)."""
    _LENT.update(views)


def _lent(name: str) -> Callable[..., Any]:
    try:
        return _LENT[name]
    except KeyError:
        raise RuntimeError(f"{name} is not loaded yet: import timeline first") from None


_set = object.__setattr__
_new = object.__new__


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _restore(cls: type[_Model], fields: dict[str, Any], fields_set: set[str]) -> _Model:
    """Rebuild a pickled model: its checked fields as they were, without validating again.

    Models with the same fields set share one ``__pydantic_fields_set__`` (a model only ever
    replaces it, on a copy): a third fewer objects for the collector to walk."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", fields)
    key = frozenset(fields_set)
    shared = _FIELDS_SETS.get(key)
    if shared is None:
        shared = _FIELDS_SETS.setdefault(key, fields_set) if len(_FIELDS_SETS) < 4096 else (
            fields_set)
    _set(obj, "__pydantic_fields_set__", shared)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # a quarter less to pickle and unpickle than pydantic's __getstate__/__setstate__:
        # Extractor.pipe sends every document back from its workers this way
        return (_restore, (type(self), self.__dict__, self.__pydantic_fields_set__))

    def model_dump_json(self, *, indent: int | None = None, **options: Any) -> str:
        """pydantic's ``model_dump_json``, which also carries lone surrogates (written as
        ``\\udXXX`` escapes, so the output is always valid UTF-8; see ``timeline._json``)."""
        return _json.dump_model(self, indent=indent, **options)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> Self:
        """pydantic's ``model_validate_json``, which also reads the escapes of lone
        surrogates that ``model_dump_json`` writes."""
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError as exc:
            if not any(e["type"] == "json_invalid" for e in exc.errors()):
                raise
            try:
                data = _json.loads(json_data)
            except InvalidDocumentError:
                raise exc from None
            return cls.model_validate(data, **options)


_M = TypeVar("_M", bound="_Model")

_TEMPLATES: dict[type[_Model], dict[str, Any]] = {}


def _template(cls: type[_Model]) -> dict[str, Any]:
    """Every field of ``cls`` in declaration order, with its default (required ones too, to
    hold their place: ``trusted``'s callers always give them)."""
    made = _TEMPLATES[cls] = {name: None if info.is_required() else info.get_default()
                              for name, info in cls.model_fields.items()}
    return made


def trusted(cls: type[_M], **fields: Any) -> _M:
    """A model from values the library computed itself, already of the schema's types
    (enums, tuples, naive datetimes), without validating them again: the same fields in the
    same order as validation gives. Extraction builds a few hundred thousand small models
    per megabyte of text, and validating them took a tenth of its time; a test checks that
    both ways give equal models (tests/test_trusted_models.py)."""
    try:
        values = dict(_TEMPLATES[cls])
    except KeyError:
        values = dict(_template(cls))
    values.update(fields)
    obj = _new(cls)  # what BaseModel.__new__ is, without looking it up
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(fields))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


class TimeValue(_Model):
    """A normalized time: TIMEX3 type and value plus a half-open interval ``[start, end)``.

    >>> from timeline import parse_time
    >>> parse_time("1月30日下午", dct="2020-02-26").value
    '2020-01-30TAF'
    """

    type: TimeType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET.")
    value: str = Field(description="TIMEX3 value, e.g. '2020-01-30', 'XXXX-01-30', 'P3D'.")
    start: NaiveDatetime | None = Field(
        default=None, description="Inclusive start of the interval; None if open or unknown."
    )
    end: NaiveDatetime | None = Field(
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
        html: str = _lent("event_html")(self)
        return html


class Document(_Model):
    """One analysed text: its times, actors and events. ``doc.timeline`` orders the events."""

    id: str | None = Field(default=None, description="The document's id, if given.")
    text: str = Field(description="The original text.")
    dct: NaiveDatetime | None = Field(
        default=None, description="Document creation time used (naive, local time).")
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

        It is ``model_dump_json``: lone surrogates, which scraped text sometimes holds and
        UTF-8 cannot encode, are written as ``\\udXXX`` escapes.
        """
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Document:
        """The inverse of ``to_json``, which checks what a ``Document`` promises.

        Raises ``InvalidDocumentError`` (a ``ValueError``) when ``data`` is not JSON, nests
        deeper than any document does, does not fit the model (unknown fields, an aware
        datetime) or breaks an invariant: every mention's and span's text is the slice of
        ``text`` at its offsets, and every event names actors the document has.
        """
        raw = _json.loads(data, what="Document JSON")
        try:
            doc = cls.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "the top level"
            raise InvalidDocumentError(
                f"not a Document: {where}: {first['msg']} ({exc.error_count()} error(s) in all)"
            ) from None
        _check_invariants(doc)
        return doc

    def _repr_html_(self) -> str:
        html: str = _lent("document_html")(self) + _lent("timeline_html")(self.timeline)
        return html

    @property
    def timeline(self) -> Timeline:
        """The document's events in time order (see ``timeline.Timeline``)."""
        made: Timeline = _lent("timeline")(self.events, self.actors, (self,))
        return made

    # --- views added for the outputs (issue 13): a short repr and the timeline's frame ---
    def __repr__(self) -> str:
        dct = f"{self.dct:%Y-%m-%d %H:%M} ({self.dct_source})" if self.dct else "none"
        head = self.text[:24].replace("\n", " ")
        return (f"Document(id={self.id!r}, dct={dct}, {len(self.text):,} characters "
                f"{head!r}{'…' if len(self.text) > 24 else ''}, {len(self.times)} times, "
                f"{len(self.actors)} actors, {len(self.events)} events"
                f"{f', {len(self.warnings)} warnings' if self.warnings else ''})")

    __str__ = __repr__

    def to_dataframe(self) -> Any:
        """The events as a pandas DataFrame, one row per event (``Timeline.to_dataframe``)."""
        return self.timeline.to_dataframe()


def _check_invariants(doc: Document) -> None:
    """What extraction guarantees and JSON may break: offsets inside the text, each
    mention's text the slice at its offsets, events naming the document's actors."""
    text = doc.text

    def span(where: str, piece: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(text):
            raise InvalidDocumentError(
                f"{where}: offsets [{start}, {end}) are outside the text "
                f"(of length {len(text)})")
        if text[start:end] != piece:
            raise InvalidDocumentError(
                f"{where}: text {piece!r} is not the text at [{start}, {end}) "
                f"({text[start:end]!r})")

    for i, m in enumerate(doc.times):
        span(f"times.{i}", m.text, m.start, m.end)
    ids = set()
    for i, a in enumerate(doc.actors):
        ids.add(a.id)
        for j, am in enumerate(a.mentions):
            span(f"actors.{i}.mentions.{j}", am.text, am.start, am.end)
    known = ids | {None}
    for a in doc.actors:
        for ref, field in ((a.parent, "parent"), (a.org, "org")):
            if ref not in known:
                raise InvalidDocumentError(
                    f"actor {a.id!r}: {field} {ref!r} is not an actor of the document")
    for i, e in enumerate(doc.events):
        span(f"events.{i}.trigger", e.trigger.text, e.trigger.start, e.trigger.end)
        span(f"events.{i}.evidence", e.evidence.text, e.evidence.start, e.evidence.end)
        for r in e.actors:
            if r.id not in known:
                raise InvalidDocumentError(
                    f"events.{i} ({e.id}): actor {r.id!r} is not an actor of the document")
