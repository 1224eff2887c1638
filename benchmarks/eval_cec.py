"""Event extraction against the CEC corpus: recall of annotated events, triggers and precision.

What it measures: CEC (Chinese Emergency Corpus, 332 news articles on traffic accidents,
earthquakes, terrorist attacks, fires and food poisoning) annotates every event of every
article: an ``<Event>`` element spans the clause, its ``<Denoter type=...>`` is the trigger
word, and ``<Time>``, ``<Location>``, ``<Participant>``, ``<Object>`` children mark its
arguments. Each article is rebuilt as plain text (``parse_article``), passed to
``timeline.extract(text, dct=<ReportTime>)``, and the library's events are scored:

1. dated-event recall: annotated events for which some event with a time has its trigger
   inside the annotated event's span (and a looser variant where overlapping is enough);
   the same over the annotated events that carry a ``<Time>``;
2. action-trigger recall: denoters of type action, movement or operation that some trigger
   (dated or not) overlaps;
3. trigger precision: triggers that overlap some annotated event's span; and, on the action
   denoters found, the agent: CEC marks an event's subject with ``sid="sN"`` on a
   ``<Participant>`` or ``<Object>`` (N the event's number); our agent is right when one of its
   names and a marked subject contain one another. CEC leaves many subjects unmarked (a
   dropped subject, a list), so "right" among the agents given is a lower bound;
4. events emitted and annotated per article.

``--diagnose`` adds the most frequent missed denoters and unsupported triggers with example
sentences; ``--baseline rjieba`` scores every verb of ``rjieba.tag`` (POS starting with "v")
as a dated trigger instead of the library.

The text of an article is the ``<Title>``, a newline, the ``<ReportTime>`` content, a
newline, then the ``<Content>``: every text node in document order (tails included), one
line per ``<Paragraph>``. Whitespace that contains a newline is XML indentation and is
dropped; other spaces, ideographic spaces (U+3000) included, are kept as written. Spans are
trimmed of surrounding whitespace. CEC annotates only emergency events, so a trigger outside
every ``<Event>`` is not always wrong: precision here is a bound.

The corpus is read from a checkout given on the command line (never copied here)::

    python benchmarks/eval_cec.py /work/cec --diagnose
    python benchmarks/eval_cec.py /work/cec --baseline rjieba
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from corpus import print_aligned, print_machine, use_repo_source

ACTION_TYPES = frozenset({"action", "movement", "operation"})
# Whitespace that holds a newline, or that starts or ends a text node, only lays out the XML.
_LAYOUT = re.compile(r"[ \t\r]*\n[ \t\r\n]*|^[ \t\r]+|[ \t\r]+$")
_BLOCKS = frozenset({"Paragraph", "Title"})  # elements that start a line of their own
_YMD = re.compile(
    r"(?P<y>\d{4})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})?(?:\s*[:：]\s*(?P<S>\d{2}))?)?"
)
_DMY = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")
_SENTENCE_END = "。！？!?\n"
# The corpus's folders, named in ASCII so that the table's columns line up.
CATEGORY_LABELS = {"交通事故": "traffic", "地震": "earthquake", "恐怖袭击": "terrorism",
                   "火灾": "fire", "食物中毒": "food poisoning"}


@dataclass(frozen=True)
class GoldEvent:
    """An annotated ``<Event>``: its span in the article's text and whether it has a Time."""

    eid: str
    start: int
    end: int
    has_time: bool


@dataclass(frozen=True)
class GoldDenoter:
    """An annotated ``<Denoter>`` (the trigger word) with its type."""

    did: str
    start: int
    end: int
    type: str
    text: str
    subjects: tuple[str, ...] = ()  # the texts CEC marks as this event's subject (sid)


@dataclass(frozen=True)
class Article:
    """One CEC article rebuilt as plain text with its annotations as spans into it."""

    name: str
    category: str
    text: str
    dct: datetime | None
    report_time: str
    content_start: int
    events: tuple[GoldEvent, ...]
    denoters: tuple[GoldDenoter, ...]


@dataclass(frozen=True)
class Trigger:
    """A predicted event trigger: its span, text and whether its event has a time."""

    start: int
    end: int
    text: str
    dated: bool
    agents: tuple[str, ...] = ()  # the agent's names (ref name, actor name and aliases)


@dataclass
class Counts:
    """Counters of one article or a sum of articles; ``+=`` adds another."""

    articles: int = 0
    chars: int = 0
    events: int = 0
    events_inside: int = 0
    events_overlap: int = 0
    timed: int = 0
    timed_inside: int = 0
    timed_overlap: int = 0
    actions: int = 0
    actions_found: int = 0
    triggers: int = 0
    dated_triggers: int = 0
    triggers_supported: int = 0
    content_triggers: int = 0
    content_supported: int = 0
    subject_actions: int = 0
    subject_found: int = 0
    subject_right: int = 0
    agents_given: int = 0
    agents_right: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


@dataclass
class Diagnostics:
    """Missed action denoters and unsupported triggers, with example sentences."""

    missed: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    missed_examples: list[str] = field(default_factory=list)
    fp_examples: list[str] = field(default_factory=list)


# --- spans ------------------------------------------------------------------------------------


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether half-open spans ``[a_start, a_end)`` and ``[b_start, b_end)`` share a character."""
    return a_start < b_end and b_start < a_end


def inside(start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """Whether ``[start, end)`` lies within ``[outer_start, outer_end)``."""
    return outer_start <= start and end <= outer_end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without leading and trailing whitespace (ideographic spaces too)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)`` with the span in 【】, cut at 。！？ or a newline."""
    left = max((text.rfind(c, 0, start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return f"{text[left:start]}【{text[start:end]}】{text[end:right]}".strip()


# --- articles ---------------------------------------------------------------------------------


def parse_dct(report_time: str) -> datetime | None:
    """The ReportTime as a datetime (date, and hour and minute when given), None without a day.

    Reads ``2008年04月05日 09:12``, ``2008-6-7``, ``2006-8-14 9:34:32``, ``2009/03/02``,
    ``25/07/2009`` (day first) and ignores text around them (``来源：…``).
    """
    match = _YMD.search(report_time) or _DMY.search(report_time)
    if match is None:
        return None
    parts = match.groupdict()
    y, m, d, hour, minute, second = (int(parts.get(k) or 0) for k in "ymdHMS")
    try:
        return datetime(y, m, d, hour, minute, second)
    except ValueError:  # an impossible clock time (13:430 is read as 13:43, 25:00 is not)
        try:
            return datetime(y, m, d)
        except ValueError:
            return None


class _TextBuilder:
    """Accumulates text pieces; a pending line break is written before the next piece."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.pending_break = False

    def emit(self, raw: str | None) -> None:
        piece = _LAYOUT.sub("", raw or "")
        if not piece:
            return
        if self.pending_break and self.length:
            self.pieces.append("\n")
            self.length += 1
        self.pending_break = False
        self.pieces.append(piece)
        self.length += len(piece)

    def line_break(self) -> None:
        self.pending_break = True

    def text(self) -> str:
        return "".join(self.pieces)


def parse_article(xml: str | bytes, name: str = "", category: str = "") -> Article:
    """A CEC XML document -> its plain text, DCT, and event and denoter spans in that text."""
    root = ET.fromstring(xml)
    builder = _TextBuilder()
    raw_spans: list[tuple[ET.Element, int, int]] = []

    def walk(element: ET.Element) -> None:
        block = element.tag in _BLOCKS
        if block:
            builder.line_break()
        start = builder.length
        builder.emit(element.text)
        for child in element:
            walk(child)
            builder.emit(child.tail)
        if element.tag in ("Event", "Denoter"):
            raw_spans.append((element, start, builder.length))
        if block:
            builder.line_break()

    title = root.find("Title")
    if title is not None:
        walk(title)
    report = root.find("ReportTime")
    report_time = "".join(report.itertext()).strip() if report is not None else ""
    builder.emit(report_time)
    builder.line_break()
    content = root.find("Content")
    content_start = builder.length + 1 if builder.length else 0
    if content is not None:
        walk(content)
    text = builder.text()
    subjects: dict[str, list[str]] = {}  # "s12" -> the texts marked as event e12's subject
    for element in root.iter():
        if element.tag in ("Participant", "Object") and element.get("sid"):
            words = _LAYOUT.sub("", "".join(element.itertext())).strip()
            for sid in element.get("sid", "").split(","):
                subjects.setdefault(sid.strip(), []).append(words)

    events: list[GoldEvent] = []
    denoters: list[GoldDenoter] = []
    for element, raw_start, raw_end in raw_spans:
        start, end = trim(text, raw_start, raw_end)
        if start == end:
            continue
        if element.tag == "Event":
            has_time = element.find("Time") is not None
            events.append(GoldEvent(element.get("eid", ""), start, end, has_time))
        else:
            kind = element.get("type", "")
            did = element.get("did", "")
            denoters.append(GoldDenoter(did, start, end, kind, text[start:end],
                                        tuple(subjects.get("s" + did[1:], ()))))
    events.sort(key=lambda e: (e.start, e.end))
    denoters.sort(key=lambda d: (d.start, d.end))
    return Article(name, category, text, parse_dct(report_time), report_time,
                   min(content_start, len(text)), tuple(events), tuple(denoters))


def corpus_files(checkout: Path) -> list[Path]:
    """The XML files of a CEC checkout, given its root or its ``CEC/`` folder, sorted."""
    folder = checkout / "CEC" if (checkout / "CEC").is_dir() else checkout
    files = sorted(folder.glob("*/*.xml"))
    if not files:
        sys.exit(f"no CEC articles (<category>/*.xml) under {checkout}: clone the CEC-Corpus "
                 "repository of shijiebei2009 on GitHub and pass its path")
    return files


def load_articles(checkout: Path) -> list[Article]:
    """Every article of the checkout, parsed."""
    return [parse_article(path.read_bytes(), path.stem, path.parent.name)
            for path in corpus_files(checkout)]


# --- scoring ----------------------------------------------------------------------------------


def score_article(article: Article, triggers: Sequence[Trigger],
                  diagnostics: Diagnostics | None = None, examples: int = 15) -> Counts:
    """Count recall of annotated events and action denoters, and trigger precision."""
    counts = Counts(articles=1, chars=len(article.text), events=len(article.events),
                    triggers=len(triggers), dated_triggers=sum(t.dated for t in triggers))
    dated = [t for t in triggers if t.dated]
    for event in article.events:
        hit_inside = any(inside(t.start, t.end, event.start, event.end) for t in dated)
        hit_overlap = hit_inside or any(
            overlaps(t.start, t.end, event.start, event.end) for t in dated)
        counts.events_inside += hit_inside
        counts.events_overlap += hit_overlap
        if event.has_time:
            counts.timed += 1
            counts.timed_inside += hit_inside
            counts.timed_overlap += hit_overlap
    for denoter in article.denoters:
        if denoter.type not in ACTION_TYPES:
            continue
        counts.actions += 1
        found = [t for t in triggers if overlaps(t.start, t.end, denoter.start, denoter.end)]
        if found:
            counts.actions_found += 1
            _score_agent(counts, denoter, found[0])
        elif diagnostics is not None:
            diagnostics.missed[denoter.text] += 1
            if len(diagnostics.missed_examples) < examples:
                diagnostics.missed_examples.append(
                    sentence_at(article.text, denoter.start, denoter.end))
    for trigger in triggers:
        in_content = trigger.start >= article.content_start
        counts.content_triggers += in_content
        if any(overlaps(trigger.start, trigger.end, e.start, e.end) for e in article.events):
            counts.triggers_supported += 1
            counts.content_supported += in_content
        elif diagnostics is not None:
            diagnostics.false_positives[trigger.text] += 1
            if len(diagnostics.fp_examples) < examples:
                diagnostics.fp_examples.append(
                    sentence_at(article.text, trigger.start, trigger.end))
    return counts


def same_party(ours: Sequence[str], gold: Sequence[str]) -> bool:
    """Whether one of our agent's names and one gold subject contain one another."""
    return any(a and g and (a in g or g in a) for a in ours for g in gold)


def _score_agent(counts: Counts, denoter: GoldDenoter, trigger: Trigger) -> None:
    """Agent figures of one found action denoter: recall over denoters with a marked
    subject, precision over our agents on denoters."""
    right = same_party(trigger.agents, denoter.subjects)
    if denoter.subjects:
        counts.subject_actions += 1
        counts.subject_found += bool(trigger.agents)
        counts.subject_right += right
    if trigger.agents:
        counts.agents_given += 1
        counts.agents_right += right


def ratio(part: int, whole: int) -> str:
    """``part / whole`` with three decimals, or a dash for an empty whole."""
    return f"{part / whole:.3f}" if whole else "-"


# --- predictors -------------------------------------------------------------------------------

Predictor = Callable[[Article], list[Trigger]]


class LibraryPredictor:
    """``timeline.extract`` as a predictor; a raising call is retried after ``wait`` seconds
    (the event layer may be mid-rewrite). ``types`` counts the event types emitted."""

    def __init__(self, retries: int = 5, wait: float = 60.0) -> None:
        from timeline import extract

        self._extract = extract
        self.retries = retries
        self.wait = wait
        self.types: Counter[str] = Counter()

    def __call__(self, article: Article) -> list[Trigger]:
        for attempt in range(self.retries + 1):
            try:
                doc = (self._extract(article.text, dct=article.dct) if article.dct is not None
                       else self._extract(article.text))
                break
            except Exception as error:
                if attempt == self.retries:
                    raise
                print(f"extract raised on {article.category}/{article.name}: {error!r}; "
                      f"retrying in {self.wait:.0f} s", file=sys.stderr)
                time.sleep(self.wait)
        self.types.update(e.type.value for e in doc.events)
        names = {a.id: (a.name, *a.aliases) for a in doc.actors}
        return [Trigger(e.trigger.start, e.trigger.end, e.trigger.text, e.time is not None,
                        _agent_names(e, names)) for e in doc.events]


def _agent_names(event: Any, names: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The agent's words and, when it is linked to an actor, that actor's name and aliases."""
    for ref in event.actors:
        if ref.role == "agent":
            return (ref.name, *names.get(ref.id, ()))
    return ()


def verb_spans(tokens: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """``[(word, pos), ...]`` covering a text in order -> spans of the words tagged ``v*``."""
    spans = []
    position = 0
    for word, pos in tokens:
        if pos.startswith("v"):
            spans.append((position, position + len(word), word))
        position += len(word)
    return spans


def rjieba_predictor() -> Predictor:
    """Every token ``rjieba.tag`` tags as a verb, as a dated trigger."""
    import rjieba

    def predict(article: Article) -> list[Trigger]:
        tokens = rjieba.tag(article.text)
        covered = sum(len(word) for word, _ in tokens)
        if covered != len(article.text):
            raise ValueError(f"rjieba tokens cover {covered} of {len(article.text)} characters")
        return [Trigger(s, e, w, True) for s, e, w in verb_spans(tokens)]

    return predict


# --- report -----------------------------------------------------------------------------------


def print_report(per_category: dict[str, Counts], total: Counts) -> None:
    """The overall figures and a per-category table."""
    print(f"articles             : {total.articles}")
    print(f"characters           : {total.chars:,}")
    print(f"annotated events     : {total.events:,} ({total.timed:,} with a <Time>)")
    print(f"action denoters      : {total.actions:,} (action, movement, operation)")
    print(f"triggers emitted     : {total.triggers:,} ({total.dated_triggers:,} dated)")
    print()
    print("1. dated-event recall (an event with a time, trigger in the annotated span)")
    print(f"   all events       inside {ratio(total.events_inside, total.events)}"
          f"   overlap {ratio(total.events_overlap, total.events)}")
    print(f"   events with Time inside {ratio(total.timed_inside, total.timed)}"
          f"   overlap {ratio(total.timed_overlap, total.timed)}")
    print(f"2. action-trigger recall   {ratio(total.actions_found, total.actions)}"
          f"   ({total.actions_found:,} / {total.actions:,})")
    print(f"3. trigger precision       {ratio(total.triggers_supported, total.triggers)}"
          f"   ({total.triggers_supported:,} / {total.triggers:,})")
    print(f"   Content only            {ratio(total.content_supported, total.content_triggers)}"
          f"   ({total.content_supported:,} / {total.content_triggers:,}; the Title and"
          " ReportTime lines carry no annotation)")
    right, marked = total.subject_right, total.subject_actions
    print(f"   agent, where CEC marks a subject: right {ratio(right, marked)} ({right:,} / "
          f"{marked:,} found denoters; an agent given {ratio(total.subject_found, marked)})")
    print(f"   agents given on action denoters: right "
          f"{ratio(total.agents_right, total.agents_given)}"
          f" ({total.agents_right:,} / {total.agents_given:,})")
    print(f"4. per article             emitted {total.triggers / total.articles:.1f}"
          f" (dated {total.dated_triggers / total.articles:.1f})"
          f"   annotated {total.events / total.articles:.1f}")
    print()
    header = ("category", "articles", "chars", "events", "dated in", "dated ovl",
              "Time in", "Time ovl", "action rec", "precision", "emitted/art", "annot/art")
    rows: list[tuple[str, ...]] = [header]
    for name, c in [*per_category.items(), ("all", total)]:
        label = CATEGORY_LABELS.get(name, name)
        rows.append((label, str(c.articles), f"{c.chars:,}", str(c.events),
                     ratio(c.events_inside, c.events), ratio(c.events_overlap, c.events),
                     ratio(c.timed_inside, c.timed), ratio(c.timed_overlap, c.timed),
                     ratio(c.actions_found, c.actions), ratio(c.triggers_supported, c.triggers),
                     f"{c.triggers / c.articles:.1f}", f"{c.events / c.articles:.1f}"))
    print_aligned(rows)


def print_diagnostics(diagnostics: Diagnostics, top: int = 40) -> None:
    """The most frequent missed denoters and unsupported triggers, and example sentences."""
    _print_words("missed action/movement/operation denoters", diagnostics.missed,
                 diagnostics.missed_examples, top)
    _print_words("triggers outside every annotated event", diagnostics.false_positives,
                 diagnostics.fp_examples, top)


def _print_words(title: str, counts: Counter[str], examples: Sequence[str], top: int) -> None:
    print()
    print(f"{title} ({sum(counts.values()):,}), top {top}:")
    print("  " + "  ".join(f"{w} {n}" for w, n in counts.most_common(top)))
    print("examples:")
    for sentence in examples:
        print(f"  {sentence}")


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the arguments, score every article and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="CEC-Corpus checkout (its root or CEC/)")
    parser.add_argument("--diagnose", action="store_true",
                        help="print missed denoters, unsupported triggers and examples")
    parser.add_argument("--baseline", choices=["rjieba"],
                        help="score rjieba's verbs (all dated) instead of the library")
    args = parser.parse_args(argv)

    use_repo_source()
    print_machine()
    wall = started = time.perf_counter()
    articles = load_articles(args.checkout)
    parse_seconds = time.perf_counter() - started
    no_dct = [a for a in articles if a.dct is None]
    print(f"corpus               : {corpus_files(args.checkout)[0].parent.parent}")
    print(f"parsed               : {len(articles)} articles in {parse_seconds:.2f} s; "
          f"{len(no_dct)} without a usable ReportTime (extracted without dct)"
          + "".join(f"; {a.category}/{a.name}: {a.report_time!r}" for a in no_dct))
    if args.baseline == "rjieba":
        predict: Predictor = rjieba_predictor()
        print("predictor            : rjieba.tag, every token with a POS starting with v, dated")
    else:
        predict = LibraryPredictor()
        print("predictor            : timeline.extract(text, dct=ReportTime)")

    diagnostics = Diagnostics() if args.diagnose else None
    per_category: dict[str, Counts] = {}
    total = Counts()
    seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        triggers = predict(article)
        seconds += time.perf_counter() - started
        counts = score_article(article, triggers, diagnostics)
        per_category.setdefault(article.category, Counts())
        per_category[article.category] += counts
        total += counts
    print(f"time                 : {seconds:.2f} s for {total.chars:,} characters "
          f"({total.chars / seconds:,.0f} chars/s, prediction only)")
    if isinstance(predict, LibraryPredictor):
        print("event types          : "
              + ", ".join(f"{t} {n}" for t, n in predict.types.most_common()))
    print()
    print_report(per_category, total)
    if diagnostics is not None:
        print_diagnostics(diagnostics)
    print()
    print(f"total wall time      : {time.perf_counter() - wall:.2f} s "
          "(parsing, prediction and scoring)")


if __name__ == "__main__":
    main()
