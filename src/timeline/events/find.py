"""Events: trigger words joined with the times and actors around them.

A sentence's leading time (``2月2日，…``) governs its clauses; a clause's own time wins; a
sentence with neither takes the time of the last dated event of its paragraph (the
narrative); a recurrence (每天) travels with the event. Sentences with a trigger and no time
anywhere become undated events.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache

import ahocorasick_rs
import regex

from ..models import (
    Actor,
    ActorKind,
    ActorRef,
    Event,
    EventType,
    Modality,
    Span,
    TimeMention,
    TimeSource,
    TimeType,
    TimeValue,
)
from ..text import alternation, clauses, find_words, sentences
from . import lexicon as lx
from .lexicon import NOT_TRIGGERS, TRIGGERS

__all__ = ["find_events"]

_OBJECT_TITLE = regex.compile(r"《[^》]{1,60}》")
_PREPOSITION = regex.compile(r"[到在向对给为从赴至于把将被]")  # not 和/与/及: they join subjects


_Trigger = tuple[int, int, EventType]  # start, end, type


@lru_cache(maxsize=1)
def _triggers() -> tuple[ahocorasick_rs.AhoCorasick, list[EventType]]:
    """Trigger words, leftmost-longest (as a longest-first alternation would match)."""
    kinds = {w: EventType(t) for t, words in TRIGGERS.items() for w in words}
    words = sorted(kinds)
    automaton = ahocorasick_rs.AhoCorasick(
        words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return automaton, [kinds[w] for w in words]


@lru_cache(maxsize=1)
def _not_triggers() -> ahocorasick_rs.AhoCorasick:
    """Words that contain a trigger but are none (leftmost, the first listed first)."""
    return ahocorasick_rs.AhoCorasick(
        list(NOT_TRIGGERS), matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)


def _starts(words: Iterable[str]) -> regex.Pattern[str]:
    return regex.compile(alternation(words))


_CONTINUING = _starts(lx.CONTINUING_STARTS)
_GENERIC_SUBJECT = _starts(lx.GENERIC_SUBJECTS)
_NO_NEW_SUBJECT = _starts(lx.NO_NEW_SUBJECT)
_MARKED_SUBJECT = regex.compile(rf"\p{{Han}}{{2,12}}?(?:{_starts(lx.SUBJECT_MARKERS).pattern})")
_SEQUENCE = regex.compile(rf"[ \t“”\"]*(?:{_starts(lx.SEQUENCE_STARTS).pattern})")
_PLAN_CUE = _starts(lx.PLAN_CUES)
_OPENING_PUNCT = " \t“”\"'「」『』（）()《》,，、|"


def _own_subject(norm: str, lo: int, ts: int, covered: Sequence[tuple[int, int]]) -> bool:
    """Whether the clause ``norm[lo:ts]`` before its trigger names a subject of its own that
    is no actor ('全市图书馆暂停开放', '冬运中心立即组建'); times and actors are cut out,
    leading adverbs skipped."""
    parts, at = [], lo
    for s, e in covered:
        if e <= lo or s >= ts:
            continue
        parts.append(norm[at:max(at, s)])
        at = max(at, e)
    parts.append(norm[at:ts])
    rest = "|".join(parts).lstrip(_OPENING_PUNCT)
    while (m := _CONTINUING.match(rest)) is not None:
        rest = rest[m.end():].lstrip(_OPENING_PUNCT)
    if not rest or (_NO_NEW_SUBJECT.match(rest) and not _GENERIC_SUBJECT.match(rest)):
        return False
    return _GENERIC_SUBJECT.match(rest) is not None or _MARKED_SUBJECT.match(rest) is not None


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start + 1, -1)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def find_events(text: str, norm: str, times: Sequence[TimeMention], actors: Sequence[Actor],
                doc_id: str | None = None, dct: datetime | None = None,
                sents: list[tuple[int, int]] | None = None) -> list[Event]:
    """Every event in ``text`` (``norm`` is its normalized form), in text order; an event
    whose time starts after ``dct`` or whose clause announces it (将于, 拟) is planned."""
    automaton, kinds = _triggers()
    # one scan; clauses take their share by offset
    triggers = [(s, e, kinds[k]) for k, s, e in find_words(automaton, norm)]
    if not triggers:
        return []
    # by start, the longer first: a sub-unit before the parent named inside it
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions),
                      key=lambda x: (x[0], -x[1]))
    mention_spans = [(s, e) for s, e, _ in mentions]
    time_spans = [(t.start, t.end) for t in times]
    time_starts = [t.start for t in times]  # times come in text order
    mention_starts = [s for s, _, _ in mentions]
    blocked = sorted([*time_spans, *((s, e) for _, s, e in find_words(_not_triggers(), norm))])
    events: list[Event] = []
    narrative: TimeValue | None = None
    paragraph_end = -1
    trigger_at = [t[0] for t in triggers]
    for s_lo, s_hi in sents or sentences(norm):
        if s_lo > paragraph_end:  # a new paragraph forgets the narrative time
            narrative = None
            nl = norm.find("\n", s_lo)
            paragraph_end = nl if nl != -1 else len(norm)
        if bisect_left(trigger_at, s_lo) == bisect_left(trigger_at, s_hi):
            continue  # no trigger: nothing happens in this sentence
        in_sentence = times[bisect_left(time_starts, s_lo):bisect_left(time_starts, s_hi)]
        recurrence = next((t.time for t in in_sentence if t.time.type == TimeType.SET), None)
        dated = [t for t in in_sentence if t.time.type in (TimeType.DATE, TimeType.TIME)
                 and t.time.value not in ("PAST_REF", "PRESENT_REF", "FUTURE_REF")]
        sent_actors = mentions[bisect_left(mention_starts, s_lo):bisect_left(mention_starts, s_hi)]
        lead: TimeMention | None = None
        main_found = False
        main_agent: str | None = None
        covered = sorted([*((t.start, t.end) for t in in_sentence),
                          *((s, e) for s, e, _ in sent_actors)])
        run_lo: int | None = None  # where the clauses without a trigger before this one start
        for clause_lo, clause_hi in clauses(norm, (s_lo, s_hi)):
            in_clause = triggers[bisect_left(trigger_at, clause_lo):
                                 bisect_left(trigger_at, clause_hi)]
            found = [t for t in in_clause if t[1] <= clause_hi
                     and not _inside(mention_spans, t[0], t[1])
                     and not _inside(blocked, t[0], t[1])]
            if not found:
                run_lo = clause_lo if run_lo is None else run_lo
                continue
            # after the main event, a time in the clauses just before ('…发出通知，自1月26日起，
            # 全市…暂停开放') is this clause's own; before it, it leads the whole sentence
            time_lo = run_lo if main_found and run_lo is not None else clause_lo
            run_lo = None
            # one event per clause: the trigger of the strongest type is its main verb
            m = min(found, key=lambda t: (_PRIORITY.index(t[2]), t[0]))
            ts = m[0]
            own_actor = any(clause_lo <= s < ts for s, _, a in sent_actors
                            if a.kind is not ActorKind.PLACE)
            own_time = any(time_lo <= t.start < ts for t in dated)
            own_subject = _own_subject(norm, clause_lo, ts, covered)
            if main_found and not (own_actor or own_time or own_subject
                                   or _SEQUENCE.match(norm, clause_lo, ts)):
                continue  # '…召开部署会，部署疫情防控工作': a clause continuing the main event
            if not main_found:
                before = [t for t in dated if t.start < ts]
                lead = before[0] if before else None
            own = [t for t in dated if time_lo <= t.start < ts]
            later = [t for t in dated if ts <= t.start < clause_hi]
            time: TimeValue | None
            source: TimeSource
            if own:
                time, source = own[-1].time, "explicit"
            elif lead is not None:
                time, source = lead.time, "sentence"
            elif later:
                time, source = later[0].time, "explicit"
            elif narrative is not None:
                time, source = narrative, "narrative"
            else:
                time, source = None, "none"
            if recurrence is not None and time is not None:
                source = "recurring"
            planned = _PLAN_CUE.search(norm, clause_lo, ts) is not None or (
                dct is not None and time is not None and time.start is not None
                and time.start > dct)
            event = _event(text, norm, m, time, source, recurrence, sent_actors,
                           (clause_lo, clause_hi), (s_lo, s_hi), doc_id, main_agent,
                           own_subject, "planned" if planned else "actual")
            if not event.actors and time is None:
                continue  # a verb with neither actor nor time is no reportable event
            if not main_found:
                main_agent = next((r.id for r in event.actors if r.role == "agent"), None)
            main_found = True
            if time is not None:
                narrative = time
            events.append(event)
    return events


# When a clause holds several triggers, the first of these types is its main verb.
_PRIORITY = (
    EventType.SUSPEND, EventType.RESUME, EventType.ESTABLISH, EventType.ISSUE_DOCUMENT,
    EventType.MEETING, EventType.SIGN, EventType.DECIDE, EventType.CONSTRUCTION,
    EventType.LAUNCH, EventType.PUBLISH, EventType.CAMPAIGN, EventType.INSPECT,
    EventType.VISIT, EventType.INCIDENT, EventType.OTHER,
)


def _event(text: str, norm: str, m: _Trigger,
           time: TimeValue | None, source: TimeSource, recurrence: TimeValue | None,
           sent_actors: list[tuple[int, int, Actor]], clause: tuple[int, int],
           sentence: tuple[int, int], doc_id: str | None, main_agent: str | None,
           own_subject: bool = False, modality: Modality = "actual") -> Event:
    ts, te, kind = m
    c_lo, c_hi = clause
    acting = [(s, e, a) for s, e, a in sent_actors if a.kind is not ActorKind.PLACE]
    # who acts stands before the trigger and is no object of a preposition (到X调研)
    subjects = [x for x in acting if x[1] <= ts and not _PREPOSITION.match(norm[x[0] - 1:x[0]])]
    in_clause = [x for x in subjects if x[0] >= c_lo]
    after = [x for x in acting if x[0] >= te]
    refs: list[ActorRef] = []
    if in_clause:  # the agent ends closest to the trigger; of a sub-unit and its parent, the unit
        agent: Actor | None = max(in_clause, key=lambda x: (x[1], x[1] - x[0]))[2]
    elif own_subject:  # '全市图书馆暂停开放': a subject that is no actor, not the sentence's
        agent = None
    elif main_agent is not None:  # a clause with no subject shares the sentence's agent
        agent = next((a for _, _, a in subjects if a.id == main_agent), None)
    elif subjects:  # the main event of a sentence whose subject stands in an earlier clause
        agent = max(subjects, key=lambda x: (x[1], x[1] - x[0]))[2]
    else:
        agent = None
    if agent is not None:
        refs.append(ActorRef(id=agent.id, name=agent.name, role="agent"))
        for _, _, a in in_clause:
            new = a.id != agent.id and all(r.id != a.id for r in refs) and a.id != agent.parent
            if new and (a.id == agent.org or a.kind is ActorKind.ORG):
                refs.append(ActorRef(id=a.id, name=a.name, role="participant"))
    for s, _, a in after:
        if s < c_hi and all(r.id != a.id for r in refs):
            refs.append(ActorRef(id=a.id, name=a.name, role="target"))
            break
    place = next((a.name for s, e, a in sent_actors if a.kind is ActorKind.PLACE), None)
    title = _OBJECT_TITLE.search(norm, te, c_hi)
    right_after = next((a for s, _, a in after if s == te), None)
    if title is not None:
        obj: str | None = text[title.start():title.end()]
    elif right_after is not None:  # 成立…领导小组: the actor acted on is the object
        obj = right_after.name
    else:
        rest = text[te:c_hi].split("、")[0].strip("，,。；;：: \n")
        obj = rest[:30] or None
    summary = "".join(p for p in (agent.name if agent else "", text[ts:te], obj or "") if p)
    if len(summary) > 60:
        summary = summary[:59] + "…"
    s_lo, s_hi = sentence
    return Event(
        id=f"{doc_id or 'doc'}:e{ts}",
        type=kind,
        trigger=Span(text=text[ts:te], start=ts, end=te),
        time=time,
        time_source=source,
        modality=modality,
        recurrence=recurrence,
        actors=tuple(refs),
        object=obj,
        location=place,
        summary=summary,
        evidence=Span(text=text[s_lo:s_hi], start=s_lo, end=s_hi),
        doc_id=doc_id,
    )
