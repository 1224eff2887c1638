"""The ``"timeline"`` spaCy pipeline component: times, actors and events on a ``Doc``.

Why a module of its own: spaCy is an optional dependency and a heavy one, so the core never
imports it (``import timeline`` stays light). spaCy finds this module through the
``spacy_factories`` entry point ``timeline``, so after ``pip install 'zh-timeline[spacy]'`` any
pipeline can add the component by name, without importing ``timeline`` first and without a
model download (``spacy.blank("zh")`` segments Chinese into characters, and every offset the
extractor reports falls on a token boundary)::

    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> _ = nlp.add_pipe("timeline", config={"dct": "2020-02-26"})
    >>> doc = nlp("1月30日下午，某厅召开部署会。")
    >>> [(s.text, s.label_, s.kb_id_) for s in doc.spans["timeline_times"]]
    [('1月30日下午', 'TIME', '2020-01-30TAF')]
    >>> [(e.type.value, e.time.value) for e in doc._.timeline]
    [('meeting', '2020-01-30TAF')]

The component runs ``timeline.Extractor(policy=..., actors=...).extract(doc.text, dct=...)``
and sets:

* ``doc.spans["timeline_times"]``: one span per time mention, label the TIMEX3 type (DATE,
  TIME, DURATION, SET), ``kb_id_`` the TIMEX3 value, ``span._.timex`` the ``TimeValue``;
* ``doc.spans["timeline_actors"]``: one span per actor mention, label ORG, PERSON or PLACE,
  ``kb_id_`` the actor's id (``"ORG:广西林业局"``);
* ``doc.ents``: the entities already on the doc plus both groups, with overlaps resolved by
  ``spacy.util.filter_spans`` (the longer span wins; on a tie the entity already there wins);
* ``doc._.timeline_document``: the ``timeline.Document``; ``doc._.timeline``: its ``Timeline``.

With ``config={"labels": "spacy"}`` the spans carry spaCy's usual entity names instead, for
pipelines that expect them: ORG, PERSON, GPE (a division or country) or LOC (a street, venue
or other site), DATE (dates, durations, sets) and TIME::

    >>> nlp = spacy.blank("zh")
    >>> _ = nlp.add_pipe("timeline", config={"dct": "2020-02-26", "labels": "spacy"})
    >>> [(e.text, e.label_) for e in nlp("1月30日下午，南宁市公安局召开会议。").ents]
    [('1月30日下午', 'TIME'), ('南宁市公安局', 'ORG')]

Character offsets become spans with ``doc.char_span(..., alignment_mode="expand")``, so a
word-segmenting tokenizer widens a mention to whole tokens; a mention that maps to no span is
left out of the span groups (it stays in ``doc._.timeline_document``).

Document creation time: the config's ``dct`` (an ISO string) applies to every doc; a doc may
carry its own in ``doc._.timeline_dct`` (set it before the component runs; it wins over the
config). With neither, the extractor looks for a dateline at the top of the text. Use an ISO
string for ``doc._.timeline_dct`` when docs cross processes (``nlp.pipe(..., n_process=2)``
sends docs as msgpack, which has no datetime)::

    doc = nlp.make_doc(text)
    doc._.timeline_dct = "2020-02-26"
    doc = nlp(doc)

Processes: the component is a small picklable object (its ``Extractor`` and the DCT string),
and the ``Document`` is kept in ``doc.user_data`` as JSON, so docs survive ``Doc.to_bytes``,
``DocBin`` and ``nlp.pipe(texts, n_process=...)``; ``doc._.timeline_document`` and
``doc._.timeline`` read it back (parsed once and cached).
"""

from functools import lru_cache
from typing import Any, Literal

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
    from spacy.util import filter_spans
except ImportError as err:  # the test suite hides spaCy to check this message
    raise ImportError(
        "timeline.integrations.spacy needs spaCy, which is not installed: "
        "pip install 'zh-timeline[spacy]'"
    ) from err

from .._args import coerce_dct
from .._types import Policy
from ..actors.find import ActorDictionary
from ..errors import InvalidConfigError
from ..extract import Extractor
from ..models import Document, TimeValue
from ..timeline import Timeline

__all__ = ["ACTORS_KEY", "TIMES_KEY", "TimelineComponent", "make_timeline_component"]

Labels = Literal["timeline", "spacy"]
"""The names the spans carry: the library's own, or spaCy's usual entity names."""

TIMES_KEY = "timeline_times"
"""The ``doc.spans`` key of the time mentions."""

ACTORS_KEY = "timeline_actors"
"""The ``doc.spans`` key of the actor mentions."""

_DATA_KEY = "timeline.document"
"""Where a doc keeps its ``Document``, as JSON, in ``doc.user_data`` (msgpack-safe)."""


class TimelineComponent:
    """Annotates a ``Doc`` with its times, actors, events and timeline (see the module doc).

    >>> import spacy
    >>> component = TimelineComponent(dct="2020-02-26")
    >>> [s.text for s in component(spacy.blank("zh")("2月2日，某厅印发方案。")).ents]
    ['2月2日']
    """

    def __init__(
        self,
        name: str = "timeline",
        *,
        dct: str | None = None,
        policy: Policy = "past",
        actors: ActorDictionary | None = None,
        labels: Labels = "timeline",
    ) -> None:
        coerce_dct(dct)  # a bad DCT fails when the pipeline is built, not on the first doc
        if labels not in ("timeline", "spacy"):
            raise InvalidConfigError(
                f"labels must be 'timeline' or 'spacy' (got {labels!r})")
        self.name = name
        self.dct = dct
        self.labels: Labels = labels
        self.extractor = Extractor(policy=policy, actors=actors)

    def __call__(self, doc: Doc) -> Doc:
        own = doc._.timeline_dct
        document = self.extractor.extract(doc.text, dct=self.dct if own is None else own)
        payload = document.model_dump_json()
        doc.user_data[_DATA_KEY] = payload
        spacy_names = self.labels == "spacy"
        times = _spans(doc, [(m.start, m.end, _TIME_LABELS[m.time.type.value] if spacy_names
                              else m.time.type.value, m.time.value) for m in document.times])
        actors = _spans(doc, [(m.start, m.end, _actor_label(a.kind.value, a.name) if spacy_names
                               else a.kind.value, a.id)
                              for a in document.actors for m in a.mentions])
        doc.spans[TIMES_KEY] = times
        doc.spans[ACTORS_KEY] = actors
        doc.ents = filter_spans([*doc.ents, *times, *actors])
        return doc

    def __repr__(self) -> str:
        return (f"TimelineComponent(name={self.name!r}, dct={self.dct!r}, "
                f"policy={self.extractor.policy!r})")


@Language.factory(
    "timeline",
    default_config={"dct": None, "policy": "past", "actors": None, "labels": "timeline"},
    assigns=["doc.ents", "doc.spans", "doc._.timeline", "doc._.timeline_document",
             "span._.timex"],
)
def make_timeline_component(
    nlp: Language,
    name: str,
    dct: str | None,
    policy: Policy,
    actors: dict[str, str] | list[dict[str, Any]] | None,
    labels: Labels = "timeline",
) -> TimelineComponent:
    """Build the ``"timeline"`` component (what ``nlp.add_pipe("timeline")`` calls).

    ``dct``: an ISO 8601 document creation time for every doc, or ``None``; ``policy``:
    ``"past"``, ``"future"`` or ``"nearest"`` (see ``timeline.Extractor``); ``actors``: a user
    dictionary of actors, as ``timeline.find_actors`` takes it; ``labels``: ``"timeline"``
    (DATE/TIME/DURATION/SET, ORG/PERSON/PLACE) or ``"spacy"`` (spaCy's usual entity names).
    """
    return TimelineComponent(name, dct=dct, policy=policy, actors=actors, labels=labels)


# spaCy's entity names (OntoNotes): durations and sets are DATE, as spaCy's own models tag them
_TIME_LABELS = {"DATE": "DATE", "TIME": "TIME", "DURATION": "DATE", "SET": "DATE"}
_SITE_ENDS = ("路", "街", "道", "巷", "号", "段", "站", "场", "馆", "宾馆", "中心", "景区",
              "公园", "广场", "大桥", "机场", "码头", "港", "堂", "公路")


def _actor_label(kind: str, name: str) -> str:
    """ORG and PERSON as they are; a place is GPE (a division, a country) or LOC (a site)."""
    if kind != "PLACE":
        return kind
    return "LOC" if name.endswith(_SITE_ENDS) else "GPE"


def _spans(doc: Doc, mentions: list[tuple[int, int, str, str]]) -> list[Span]:
    """Spans for ``(start, end, label, kb_id)`` character ranges, widened to whole tokens,
    without duplicates, in text order; ranges that map to no span are skipped."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Span] = []
    for start, end, label, kb_id in mentions:
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is None or (span.start, span.end, label) in seen:
            continue
        seen.add((span.start, span.end, label))
        out.append(span)
    out.sort(key=lambda s: (s.start, s.end))
    return out


@lru_cache(maxsize=256)
def _parse(payload: str) -> Document:
    return Document.model_validate_json(payload)


def _get_document(doc: Doc) -> Document | None:
    payload = doc.user_data.get(_DATA_KEY)
    return _parse(payload) if isinstance(payload, str) else None


def _get_timeline(doc: Doc) -> Timeline | None:
    document = _get_document(doc)
    return None if document is None else document.timeline


def _get_timex(span: Span) -> TimeValue | None:
    """The time of the mention this span was made from (the same tokens), or ``None``."""
    document = _get_document(span.doc)
    if document is None:
        return None
    for m in document.times:
        if span.start_char <= m.start and m.end <= span.end_char:
            found = span.doc.char_span(m.start, m.end, alignment_mode="expand")
            if found is not None and (found.start, found.end) == (span.start, span.end):
                return m.time
    return None


def _register_extensions() -> None:
    """Register the ``._`` attributes; safe to repeat (``force=True``)."""
    Doc.set_extension("timeline_dct", default=None, force=True)
    Doc.set_extension("timeline_document", getter=_get_document, force=True)
    Doc.set_extension("timeline", getter=_get_timeline, force=True)
    Span.set_extension("timex", getter=_get_timex, force=True)


_register_extensions()
