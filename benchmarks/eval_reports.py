"""Score ``timeline.extract`` on hand-annotated news reports: dated events, agents and actors.

What it reads: a folder of pairs ``NN-kind.txt`` (the report, UTF-8) and ``NN-kind.json`` (its
annotation). The reports are never part of this repository; the script only reads the folder it
is given. A JSON file holds::

    {"dct": "2023-05-12" | null,
     "events": [{"trigger": "开庭审理", "start": 123, "when": "2023-05-11",
                 "agent": "南宁市中级人民法院" | null, "negated": false}, ...],
     "actors": [{"name": "南宁市中级人民法院", "kind": "ORG"}, ...]}

``events`` lists every event the text dates (``when`` is ISO at the precision the text gives:
``2023-05-11``, ``2023-05``, ``2016-Q3``, ``1939``); ``start`` is the trigger's offset in the
``.txt`` file. Each text goes through ``timeline.extract(text, dct=dct)`` (``dct`` None when
null) and is scored as follows:

* events recall (day and trigger): a gold event is found when a library event's trigger span
  overlaps the gold trigger span and its time matches ``when``: ``event.time`` is set and its
  ``value`` starts with ``when``, or (a day) ``event.time.start.date()`` is that day;
* the same with the agent as well: the library event's agent (its ``agent`` ActorRef; the
  names are the ref's name plus the name and aliases of that actor in ``doc.actors``) equals
  the gold agent or one contains the other; a null gold agent wants an event without agent;
* dated-event precision: of the library events with a time, the share whose trigger overlaps
  a gold trigger and whose time matches that gold event's ``when``; and a loose variant that
  asks for the trigger overlap only;
* actors: gold (name, kind) against ``doc.actors``; a gold actor is found when a library actor
  of that kind has that name or alias; precision counts library actors that are some gold
  actor. A kind-agnostic variant ignores the kind.

``--verbose`` prints, per report, the missed gold events and the library's dated events that
matched nothing, so the errors can be read.

Run from the repository root::

    python benchmarks/eval_reports.py /path/to/reports
    python benchmarks/eval_reports.py /path/to/reports --verbose
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from corpus import print_machine, use_repo_source


class _Span(Protocol):
    start: int
    end: int
    text: str


class _Time(Protocol):
    value: str
    start: Any  # datetime | None


class _Ref(Protocol):
    id: str
    name: str
    role: str


class _Event(Protocol):
    trigger: _Span
    time: _Time | None
    actors: Sequence[_Ref]


class _Actor(Protocol):
    id: str
    name: str
    aliases: Sequence[str]
    kind: Any  # ActorKind, whose .value is "ORG", "PERSON" or "PLACE"


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event: trigger as written, its offset, when, agent, negation."""

    trigger: str
    start: int
    when: str
    agent: str | None = None
    negated: bool = False

    @property
    def end(self) -> int:
        """Offset just past the trigger."""
        return self.start + len(self.trigger)


@dataclass(frozen=True)
class GoldActor:
    """One annotated actor: name as written and kind (ORG, PERSON, PLACE)."""

    name: str
    kind: str


@dataclass
class Report:
    """A report's text, DCT and annotation."""

    name: str
    text: str
    dct: str | None
    events: list[GoldEvent]
    actors: list[GoldActor]


@dataclass
class EventScore:
    """Event counts of one report (or a sum), with the misses for ``--verbose``."""

    gold: int = 0
    found: int = 0
    found_agent: int = 0
    dated: int = 0
    dated_right: int = 0
    dated_overlap: int = 0
    missed: list[GoldEvent] = field(default_factory=list)
    wrong_agent: list[tuple[GoldEvent, str | None]] = field(default_factory=list)
    unmatched: list[tuple[str, str, str | None]] = field(default_factory=list)

    def add(self, other: EventScore) -> None:
        """Add another score's counts to this one."""
        for name in ("gold", "found", "found_agent", "dated", "dated_right", "dated_overlap"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ActorScore:
    """Actor counts: gold, predicted, and matches with and without the kind."""

    gold: int = 0
    predicted: int = 0
    gold_found: int = 0
    predicted_right: int = 0
    gold_found_any: int = 0
    predicted_right_any: int = 0
    missed: list[GoldActor] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: ActorScore) -> None:
        """Add another score's counts to this one."""
        for name in ("gold", "predicted", "gold_found", "predicted_right", "gold_found_any",
                     "predicted_right_any"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 for an empty whole."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_report(txt: Path) -> Report:
    """The report ``NN-kind.txt`` and its annotation ``NN-kind.json``; offsets are checked."""
    text = txt.read_text(encoding="utf-8")
    data = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    events = [GoldEvent(e["trigger"], e["start"], e["when"], e.get("agent"),
                        bool(e.get("negated", False))) for e in data.get("events", [])]
    for event in events:
        if text[event.start:event.end] != event.trigger:
            raise ValueError(f"{txt.name}: no {event.trigger!r} at offset {event.start}")
    actors = [GoldActor(a["name"], a["kind"]) for a in data.get("actors", [])]
    return Report(txt.stem, text, data.get("dct"), events, actors)


def load_reports(folder: Path) -> list[Report]:
    """Every ``*.txt`` in ``folder`` that has a ``.json`` beside it, in name order."""
    return [load_report(txt) for txt in sorted(folder.glob("*.txt"))
            if txt.with_suffix(".json").is_file()]


def time_matches(time_value: _Time | None, when: str) -> bool:
    """Whether a library time fits a gold ``when``: value prefix, or the start's day."""
    if time_value is None:
        return False
    if time_value.value.startswith(when):
        return True
    start = time_value.start
    return len(when) == 10 and start is not None and start.date().isoformat() == when


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two half-open spans share a character."""
    return start < other_end and other_start < end


def agent_names(event: _Event, actors: Iterable[_Actor]) -> list[str]:
    """The names of an event's agent: the ref's name, that actor's name and aliases."""
    ref = next((r for r in event.actors if r.role == "agent"), None)
    if ref is None:
        return []
    names = [ref.name]
    for actor in actors:
        if actor.id == ref.id:
            names += [actor.name, *actor.aliases]
    return names


def agent_matches(gold: str | None, names: Sequence[str]) -> bool:
    """Gold agent against the library agent's names: equal or one inside the other."""
    if gold is None:
        return not names
    return any(name and (name in gold or gold in name) for name in names)


def score_events(gold: Sequence[GoldEvent], events: Sequence[_Event],
                 actors: Sequence[_Actor]) -> EventScore:
    """Recall of the gold events (day, day and agent) and precision of the dated events."""
    score = EventScore(gold=len(gold))
    for g in gold:
        hits = [e for e in events if overlaps(e.trigger.start, e.trigger.end, g.start, g.end)
                and time_matches(e.time, g.when)]
        if not hits:
            score.missed.append(g)
            continue
        score.found += 1
        if any(agent_matches(g.agent, agent_names(e, actors)) for e in hits):
            score.found_agent += 1
        else:
            names = agent_names(hits[0], actors)
            score.wrong_agent.append((g, names[0] if names else None))
    for e in events:
        if e.time is None:
            continue
        score.dated += 1
        near = [g for g in gold if overlaps(e.trigger.start, e.trigger.end, g.start, g.end)]
        if near:
            score.dated_overlap += 1
        if any(time_matches(e.time, g.when) for g in near):
            score.dated_right += 1
        else:
            names = agent_names(e, actors)
            score.unmatched.append((e.trigger.text, e.time.value, names[0] if names else None))
    return score


def score_actors(gold: Sequence[GoldActor], actors: Sequence[_Actor]) -> ActorScore:
    """Gold actors found among the library's (by name or alias), with and without the kind."""
    score = ActorScore(gold=len(gold), predicted=len(actors))
    named = [({a.name, *a.aliases}, str(a.kind.value)) for a in actors]
    for g in gold:
        if any(g.name in names and kind == g.kind for names, kind in named):
            score.gold_found += 1
        else:
            score.missed.append(g)
        if any(g.name in names for names, _ in named):
            score.gold_found_any += 1
    for names, kind in named:
        if any(g.name in names and g.kind == kind for g in gold):
            score.predicted_right += 1
        else:
            score.extra.append((min(names, key=len), kind))
        if any(g.name in names for g in gold):
            score.predicted_right_any += 1
    return score


def summary_row(name: str, events: EventScore, actors: ActorScore) -> str:
    """One table row: event recall and precision, actor precision, recall and F1."""
    rec, rec_agent = ratio(events.found, events.gold), ratio(events.found_agent, events.gold)
    prec, loose = ratio(events.dated_right, events.dated), ratio(events.dated_overlap, events.dated)
    a_prec = ratio(actors.predicted_right, actors.predicted)
    a_rec = ratio(actors.gold_found, actors.gold)
    any_f1 = f1(ratio(actors.predicted_right_any, actors.predicted),
                ratio(actors.gold_found_any, actors.gold))
    return (f"{name:<20} {events.gold:>4} {rec:>6.1%} {rec_agent:>6.1%} {events.dated:>5} "
            f"{prec:>6.1%} {loose:>6.1%} {actors.gold:>4} {actors.predicted:>4} {a_prec:>6.1%} "
            f"{a_rec:>6.1%} {f1(a_prec, a_rec):>6.1%} {any_f1:>6.1%}")


HEADER = (f"{'report':<20} {'gold':>4} {'R day':>6} {'R+agt':>6} {'dated':>5} {'P day':>6} "
          f"{'P trg':>6} {'act':>4} {'pred':>4} {'A P':>6} {'A R':>6} {'A F1':>6} {'anyF1':>6}")


def print_errors(events: EventScore, actors: ActorScore) -> None:
    """The misses of one report, for ``--verbose``."""
    for g in events.missed:
        neg = " (negated)" if g.negated else ""
        print(f"    missed   {g.trigger}@{g.start} when={g.when} agent={g.agent}{neg}")
    for g, got in events.wrong_agent:
        print(f"    agent    {g.trigger}@{g.start} when={g.when} gold={g.agent} got={got}")
    for trigger, value, agent in events.unmatched:
        print(f"    extra    {trigger} time={value} agent={agent}")
    if actors.missed:
        print("    actors missed: " + ", ".join(f"{a.name}/{a.kind}" for a in actors.missed))
    if actors.extra:
        print("    actors extra : " + ", ".join(f"{n}/{k}" for n, k in actors.extra))


def extract_with_retry(extract: Any, text: str, dct: str | None, tries: int) -> Any:
    """``extract(text, dct=dct)``, tried again after a pause if it raises (None at the end)."""
    for attempt in range(tries):
        try:
            return extract(text, dct=dct)
        except Exception as exc:  # the library may be mid-edit; report and go on
            print(f"    extract raised {type(exc).__name__}: {exc}", file=sys.stderr)
            if attempt + 1 < tries:
                time.sleep(2.0)
    return None


def main() -> None:
    """Score every report in the folder and print the table (and the errors if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of NN-kind.txt + NN-kind.json pairs")
    parser.add_argument("--verbose", action="store_true", help="print each report's errors")
    parser.add_argument("--tries", type=int, default=3, help="attempts per report if it raises")
    args = parser.parse_args()

    use_repo_source()
    import timeline

    reports = load_reports(args.folder)
    if not reports:
        sys.exit(f"no *.txt + *.json pairs in {args.folder}")
    print_machine(None)
    print(f"reports              : {len(reports)} in {args.folder}")
    print(HEADER)
    all_events, all_actors = EventScore(), ActorScore()
    failed: list[str] = []
    for report in reports:
        doc = extract_with_retry(timeline.extract, report.text, report.dct, args.tries)
        if doc is None:
            failed.append(report.name)
            events, actors = score_events(report.events, [], []), score_actors(report.actors, [])
        else:
            events = score_events(report.events, doc.events, doc.actors)
            actors = score_actors(report.actors, doc.actors)
        all_events.add(events)
        all_actors.add(actors)
        print(summary_row(report.name, events, actors))
        if args.verbose:
            print_errors(events, actors)
    print(summary_row("ALL", all_events, all_actors))
    if failed:
        print(f"extract failed on {len(failed)} report(s), scored as empty: {', '.join(failed)}")
    print("R day: gold events found with trigger overlap and matching time; R+agt: and agent;")
    print("P day: dated library events on a gold trigger with its time; P trg: on a gold trigger;")
    print("A P/R/F1: actors by name or alias and kind; anyF1: the same ignoring the kind.")


if __name__ == "__main__":
    main()
