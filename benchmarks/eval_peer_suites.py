"""The peers' own test suites as a benchmark: Duckling's Chinese time corpus and JioNLP's tests.

What it measures: each peer ships its expectations as test data. Duckling's
``Duckling/Time/ZH/Corpus.hs`` (and the regional ``ZH/CN``, ``HK``, ``MO``, ``TW`` corpora)
lists phrases under an expected value, ``datetime (2013, 2, 12, 4, 30, 0) Second`` (a point at
a grain), ``datetimeInterval ((..), (..)) Day`` (``[start, end)``) or the holiday variants of
both, all against the reference time 2013-02-12 04:30:00. JioNLP's
``test/test_time_parser.py`` lists ``[phrase, time_base, expected]`` for ``jio.parse_time``:
a ``time_point`` or ``time_span`` with ``[start, end]`` (end inclusive, to the second, ``inf``
and ``-inf`` open), a ``time_delta`` (``{'day': 3.0}``, or a range of two deltas) or a
``time_period`` (a set: a ``delta`` and a first ``point``); the section that passes
``ret_future=True`` is run with ``policy="future"``, the others with ``past`` (our default
for news) or ``--policy``: Duckling answers as an assistant does, which is our ``future``.
JioNLP's ``test/test_time_extractor.py`` lists texts with the spans ``jio.ner.extract_time``
must find (no values, no time base).

Each phrase goes through ``timeline.find_times(phrase, dct=reference)`` and is counted:

1. recognized whole: one mention covers the phrase (surrounding white space aside);
2. value agreeing: that mention agrees with the expected value at the peer's granularity. A
   point or span is the interval ``[start, end)`` (a Duckling point of grain ``g`` is
   ``[t, t + 1 g)``; a JioNLP end ``23:59:59`` is the next ``00:00:00``); the peer's grain is
   the coarsest unit both ends are aligned to, and the mention agrees when its start floored and
   its end ceiled to that unit are the peer's ends (an open end must be open). A duration agrees
   when its value is the same length (weeks as 7 days, quarters as 3 months; a range with an
   open side compares its closed side and wants a MORE/LESS mod); a set agrees when the
   mention is a SET whose value repeats at the peer's ``delta`` (a period of the same length,
   or a calendar shape: ``XXXX-WXX-3`` weekly) and holds the first point's hour when that
   point is shorter than a day.

For the extractor's texts it counts the expected spans found exactly and the texts without a
time where the library finds one.

``--verbose`` lists every disagreement: the suite, the reference, the phrase, the expected
value and what the library gave. The peers' data is read from the checkouts given on the
command line (a work tree or a bare git directory, read at HEAD) and never copied here::

    python benchmarks/eval_peer_suites.py --duckling /path/to/duckling --jionlp /path/to/JioNLP
    python benchmarks/eval_peer_suites.py --jionlp /path/to/JioNLP --verbose
    python benchmarks/eval_peer_suites.py --duckling /path/to/duckling --policy future
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from corpus import print_machine, use_repo_source

DUCKLING_FILES = tuple(f"Duckling/Time/ZH/{region}Corpus.hs"
                       for region in ("", "CN/", "HK/", "MO/", "TW/"))
JIONLP_PARSER = "test/test_time_parser.py"
JIONLP_EXTRACTOR = "test/test_time_extractor.py"
DUCKLING_REFERENCE = datetime(2013, 2, 12, 4, 30)
JIONLP_EXTRACT_DCT = datetime(2021, 6, 14, 1, 6, 40)  # the parser tests' _ts_1
CHINA = timezone(timedelta(hours=8))  # JioNLP's time stamps are read in China's local time
GRAINS = ("year", "month", "day", "hour", "minute", "second")
_GRAIN_NAMES = {"Year": "year", "Quarter": "month", "Month": "month", "Week": "day",
                "Day": "day", "Hour": "hour", "Minute": "minute", "Second": "second"}
_DUCKLING_EXAMPLE = re.compile(
    r"examples\s*\(\s*(?P<kind>datetime(?:Interval)?(?:Holiday)?)\s*"
    r"(?P<args>\(\([^)]*\)\s*,\s*\([^)]*\)\)|\([^)]*\))\s*(?P<grain>[A-Z][a-z]+)"
    r"(?:\s*\"[^\"]*\")?\s*\)\s*\[(?P<phrases>[^\]]*)\]")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ISO_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<m>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$")


@dataclass(frozen=True)
class Case:
    """One phrase of a peer's suite and what the peer expects of it."""

    suite: str
    phrase: str
    reference: datetime | None
    kind: str  # "interval", "duration" or "set"
    expected: Any  # (start, end) with None for an open side; a duration; a set's description
    policy: str = "past"
    note: str = ""  # an option of the peer's call that the library does not have


@dataclass(frozen=True)
class ExtractCase:
    """One text of JioNLP's extractor test and the spans expected in it."""

    text: str
    spans: tuple[tuple[int, int], ...]


# --- reading the checkouts --------------------------------------------------------------------


def read_source(checkout: Path, relpath: str) -> str | None:
    """A file of a checkout: from its work tree, else (a bare git directory) from HEAD."""
    path = checkout / relpath
    if path.is_file():
        return path.read_text(encoding="utf-8")
    git_dir = checkout / ".git" if (checkout / ".git").exists() else checkout
    result = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{relpath}"],
                            capture_output=True, check=False)
    return result.stdout.decode("utf-8") if result.returncode == 0 else None


def _duckling_datetime(numbers: Sequence[int]) -> datetime:
    year, month, day, hour, minute, second = numbers
    return datetime(year, month or 1, day or 1, hour, minute, second)  # month 0, day 0: none


def add_grain(moment: datetime, grain: str) -> datetime:
    """``moment`` plus one unit of ``grain`` (a Duckling grain name)."""
    if grain == "Year":
        return moment.replace(year=moment.year + 1)
    if grain in ("Month", "Quarter"):
        months = moment.month - 1 + (3 if grain == "Quarter" else 1)
        return moment.replace(year=moment.year + months // 12, month=months % 12 + 1)
    units = {"Week": timedelta(weeks=1), "Day": timedelta(days=1), "Hour": timedelta(hours=1),
             "Minute": timedelta(minutes=1), "Second": timedelta(seconds=1)}
    return moment + units[grain]


def duckling_cases(source: str, suite: str) -> list[Case]:
    """The phrases of a Duckling ``Corpus.hs`` under their expected interval."""
    source = re.sub(r"--[^\n]*", "", source)  # comments
    cases = []
    for match in _DUCKLING_EXAMPLE.finditer(source):
        numbers = [int(n) for n in re.findall(r"-?\d+", match["args"])]
        grain = match["grain"]
        if "Interval" in match["kind"]:
            expected = (_duckling_datetime(numbers[:6]), _duckling_datetime(numbers[6:12]))
        else:
            start = _duckling_datetime(numbers[:6])
            expected = (start, add_grain(start, grain))
        for phrase in _STRING.findall(match["phrases"]):
            cases.append(Case(suite, phrase, DUCKLING_REFERENCE, "interval", expected))
    return cases


class _Evaluator:
    """Evaluates the literal expressions of JioNLP's test lists (numbers, strings, lists,
    dicts, the ``_ts_*`` names and ``datetime.datetime(...)``)."""

    def __init__(self, names: dict[str, Any]) -> None:
        self.names = names

    def __call__(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("datetime"):
            return datetime(*(self(arg) for arg in node.args))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "time.time":
            return self.names.get("_ts_1")  # "now": the tests' first stamp, so runs repeat
        if isinstance(node, ast.Name):
            return self.names[node.id]
        if isinstance(node, ast.List | ast.Tuple):
            return [self(e) for e in node.elts]
        if isinstance(node, ast.Dict):
            return {self(k): self(v) for k, v in zip(node.keys, node.values, strict=True)
                    if k is not None}
        return ast.literal_eval(node)


def jionlp_reference(base: Any) -> datetime | None:
    """A JioNLP ``time_base`` as a naive local datetime (a dict or a short list gives its
    fields, the missing month and day are the first ones)."""
    if base is None:
        return None
    if isinstance(base, datetime):
        return base
    if isinstance(base, int | float):
        return datetime.fromtimestamp(base, CHINA).replace(tzinfo=None)
    if isinstance(base, list):  # [2019] or [2019, 5]: the parts missing are the first ones
        return datetime(*base, *(1,) * (3 - len(base)))
    if isinstance(base, dict):
        return datetime(base.get("year", 1), base.get("month", 1), base.get("day", 1))
    raise ValueError(f"unknown time_base {base!r}")


def _jionlp_moment(text: str, end: bool) -> datetime | None:
    if text in ("inf", "-inf"):
        return None
    moment = datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    return moment + timedelta(seconds=1) if end else moment


def jionlp_expected(result: dict[str, Any]) -> tuple[str, Any]:
    """A ``jio.parse_time`` result as (kind, expected) for ``agrees``."""
    kind = result["type"]
    value = result["time"]
    if kind == "time_delta":
        return "duration", value
    if kind == "time_period":
        return "set", value
    return "interval", (_jionlp_moment(value[0], False), _jionlp_moment(value[1], True))


def _parse_time_options(loop: ast.For) -> dict[str, Any]:
    for node in ast.walk(loop):
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("parse_time"):
            return {k.arg: ast.literal_eval(k.value) for k in node.keywords
                    if k.arg and isinstance(k.value, ast.Constant)}
    return {}


def jionlp_cases(source: str) -> list[Case]:
    """Every ``[phrase, time_base, (count,) expected]`` of JioNLP's parser test, in order."""
    cases: list[Case] = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        names: dict[str, Any] = {"None": None}
        pending: list[ast.expr] = []
        for statement in function.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = ast.unparse(statement.targets[0])
                if isinstance(statement.value, ast.Constant):
                    names[target] = statement.value.value
                elif isinstance(statement.value, ast.List):
                    pending = statement.value.elts
            elif isinstance(statement, ast.For) and pending:
                options = _parse_time_options(statement)
                evaluate = _Evaluator(names)
                policy = "future" if options.get("ret_future") else "past"
                note = ", ".join(f"{k}={v}" for k, v in options.items()
                                 if k not in ("ret_future", "period_results_num", "time_base"))
                for element in pending:
                    item = evaluate(element)
                    kind, expected = jionlp_expected(item[-1])
                    partial = isinstance(item[1], dict) or (
                        isinstance(item[1], list) and len(item[1]) < 3)
                    case_note = ", ".join(filter(None, (note, "partial time_base" * partial)))
                    cases.append(Case("jionlp", item[0], jionlp_reference(item[1]), kind,
                                      expected, policy, case_note))
                pending = []
    return cases


def jionlp_extract_cases(source: str) -> list[ExtractCase]:
    """The texts of JioNLP's extractor test with the spans expected in each."""
    cases = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "text_string_list":
            for text, expected in ast.literal_eval(node.value):
                cases.append(ExtractCase(text, tuple(tuple(e["offset"]) for e in expected)))
    return cases


# --- comparing --------------------------------------------------------------------------------


def floor(moment: datetime, grain: str) -> datetime:
    """``moment`` truncated to the start of its ``grain`` (one of GRAINS)."""
    keep = GRAINS.index(grain)
    fields = {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0}
    return moment.replace(microsecond=0, **{k: v for k, v in fields.items()
                                            if GRAINS.index(k) > keep})


def ceil(moment: datetime, grain: str) -> datetime:
    """The first start of a ``grain`` at or after ``moment``."""
    low = floor(moment, grain)
    if low == moment:
        return low
    if grain == "year":
        return low.replace(year=low.year + 1)
    if grain == "month":
        return low.replace(year=low.year + low.month // 12, month=low.month % 12 + 1)
    return low + {"day": timedelta(days=1), "hour": timedelta(hours=1),
                  "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}[grain]


def grain_of(start: datetime | None, end: datetime | None) -> str:
    """The coarsest of GRAINS that both (non-open) ends are aligned to."""
    ends = [m for m in (start, end) if m is not None]
    for grain in GRAINS:
        if all(floor(m, grain) == m for m in ends):
            return grain
    return "second"


def duration_length(parts: dict[str, float]) -> tuple[float, float, float]:
    """(months, seconds, working days) of a duration given by unit."""
    months = 12 * parts.get("year", 0) + 3 * parts.get("quarter", 0) + parts.get("month", 0)
    seconds = (86400 * (7 * parts.get("week", 0) + parts.get("day", 0))
               + 3600 * parts.get("hour", 0) + 60 * parts.get("minute", 0)
               + parts.get("second", 0))
    return round(months, 6), round(seconds, 3), parts.get("workday", 0)


def iso_duration_parts(value: str) -> dict[str, float] | None:
    """``P1Y6M`` -> ``{'year': 1, 'month': 6}``; None for an unknown (``PXD``) or no duration."""
    match = _ISO_DURATION.match(value)
    if match is None or value == "P":
        return None
    names = {"Y": "year", "M": "month", "W": "week", "D": "day", "h": "hour", "m": "minute",
             "s": "second"}
    return {names[k]: float(v) for k, v in match.groupdict().items() if v}


_MORE = ("MORE_THAN", "EQUAL_OR_MORE")
_LESS = ("LESS_THAN", "EQUAL_OR_LESS")


def agrees(case: Case, time: Any) -> bool:
    """Whether a mention's ``TimeValue`` agrees with what the peer expects of the phrase."""
    if case.kind == "interval":
        start, end = case.expected
        if (start is None) != (time.start is None) or (end is None) != (time.end is None):
            return False
        if time.start is None and time.end is None:
            return False
        grain = grain_of(start, end)
        return ((start is None or floor(time.start, grain) == start)
                and (end is None or ceil(time.end, grain) == end))
    if case.kind == "duration":
        if time.type.value != "DURATION":
            return False
        parts = iso_duration_parts(time.value)
        if parts is None:
            return False
        expected = case.expected
        if isinstance(expected, list):  # a range of two deltas
            low, high = expected
            if high.get("infinite"):
                expected, mods = low, _MORE
            elif low.get("zero"):
                expected, mods = high, _LESS
            else:
                return False
            if time.mod not in mods:
                return False
        return duration_length(parts) == duration_length(expected)
    # a set
    if time.type.value != "SET":
        return False
    delta = case.expected.get("delta") or {}
    value = time.value
    repeats = {(("day", 1),): ("P1D", "XXXX-XX-XX"), (("day", 7),): ("P1W", "XXXX-WXX"),
               (("month", 1),): ("P1M", "XXXX-XX-"), (("year", 1),): ("P1Y", "XXXX-")}
    parts = iso_duration_parts(value) if value.startswith("P") else None
    if parts is not None:  # 每隔3天 P3D, 每半年 P6M: the same length as the delta
        if duration_length(parts) != duration_length(delta):
            return False
    else:
        shapes = repeats.get(tuple(sorted((k, int(v)) for k, v in delta.items())))
        if shapes is None or not value.startswith(shapes):
            return False
    point = (case.expected.get("point") or {}).get("time")
    if point:
        first = point[0] if isinstance(point[0], list) else point
        start, end = _jionlp_moment(first[0], False), _jionlp_moment(first[1], True)
        if start is not None and end is not None and end - start < timedelta(days=1):
            return f"T{start.hour:02d}" in value
    return True


@dataclass
class Tally:
    """The counts of one suite."""

    phrases: int = 0
    whole: int = 0
    agreeing: int = 0


def covering(mentions: Sequence[Any], phrase: str) -> Any | None:
    """The one mention that covers ``phrase`` but its surrounding white space, if any."""
    start = len(phrase) - len(phrase.lstrip())
    end = len(phrase.rstrip())
    for mention in mentions:
        if mention.start <= start and mention.end >= end:
            return mention
    return None


def describe(mentions: Sequence[Any]) -> str:
    """What the library gave, for ``--verbose``."""
    if not mentions:
        return "nothing"
    return "; ".join(
        f"{m.text} {m.time.type.value} {m.time.value}"
        + (f" mod {m.time.mod}" if m.time.mod else "")
        + (f" [{m.time.start:%Y-%m-%d %H:%M}, "
           + (f"{m.time.end:%Y-%m-%d %H:%M})" if m.time.end else "open)")
           if m.time.start else (f" [open, {m.time.end:%Y-%m-%d %H:%M})" if m.time.end else ""))
        for m in mentions)


def show_expected(case: Case) -> str:
    """The peer's expectation, for ``--verbose``."""
    if case.kind == "interval":
        start, end = case.expected
        return (f"[{start:%Y-%m-%d %H:%M:%S}" if start else "[open") + ", " + (
            f"{end:%Y-%m-%d %H:%M:%S})" if end else "open)")
    return f"{case.kind} {case.expected}"


def run_cases(cases: Sequence[Case], verbose: bool, policy: str | None = None) -> dict[str, Tally]:
    """Run every case through ``find_times`` (with ``policy`` instead of the default
    ``past`` where given); print disagreements when ``verbose``."""
    from timeline import find_times

    tallies: dict[str, Tally] = {}
    for case in cases:
        tally = tallies.setdefault(case.suite, Tally())
        tally.phrases += 1
        used = policy if policy is not None and case.policy == "past" else case.policy
        mentions = find_times(case.phrase, dct=case.reference, policy=used)  # type: ignore[arg-type]
        mention = covering(mentions, case.phrase)
        tally.whole += mention is not None
        ok = mention is not None and agrees(case, mention.time)
        tally.agreeing += ok
        if verbose and not ok:
            reference = f"{case.reference:%Y-%m-%d %H:%M}" if case.reference else "no dct"
            print(f"  {case.suite:<9} {reference} {used:<6} {case.phrase!r}: "
                  f"want {show_expected(case)}{' (' + case.note + ')' if case.note else ''}; "
                  f"got {describe(mentions)}")
    return tallies


def run_extract(cases: Sequence[ExtractCase], verbose: bool) -> Counter[str]:
    """Spans of JioNLP's extractor test found exactly, and times found in texts without one."""
    from timeline import find_times

    counts: Counter[str] = Counter()
    for case in cases:
        mentions = find_times(case.text, dct=JIONLP_EXTRACT_DCT)
        found = {(m.start, m.end) for m in mentions}
        counts["texts"] += 1
        counts["spans"] += len(case.spans)
        counts["exact"] += sum(span in found for span in case.spans)
        if not case.spans:
            counts["no time"] += 1
            counts["spurious"] += bool(mentions)
        wrong = (not case.spans and mentions) or any(s not in found for s in case.spans)
        if verbose and wrong:
            want = ", ".join(case.text[s:e] for s, e in case.spans) or "nothing"
            print(f"  extract   {case.text!r}: want {want}; got {describe(mentions)}")
    return counts


def load_cases(args: argparse.Namespace) -> tuple[list[Case], list[ExtractCase]]:
    """The cases of every checkout given."""
    cases: list[Case] = []
    extract: list[ExtractCase] = []
    if args.duckling:
        for relpath in DUCKLING_FILES:
            source = read_source(args.duckling, relpath)
            if source is None:
                sys.exit(f"no {relpath} in {args.duckling}: pass a checkout of facebook/duckling")
            region = relpath.split("/")[-2]
            cases += duckling_cases(source, "duckling" if region == "ZH" else f"duckling-{region}")
    if args.jionlp:
        source = read_source(args.jionlp, JIONLP_PARSER)
        if source is None:
            sys.exit(f"no {JIONLP_PARSER} in {args.jionlp}: pass a checkout of dongrixinyu/JioNLP")
        cases += jionlp_cases(source)
        source = read_source(args.jionlp, JIONLP_EXTRACTOR)
        if source is not None:
            extract = jionlp_extract_cases(source)
    return cases, extract


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the arguments, run every suite and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", type=Path, help="facebook/duckling checkout or git dir")
    parser.add_argument("--jionlp", type=Path, help="dongrixinyu/JioNLP checkout or git dir")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--policy", choices=["past", "future", "nearest"],
                        help="run the phrases with this policy (default past; the section "
                             "of JioNLP's tests that asks ret_future=True is always future)")
    args = parser.parse_args(argv)
    if not (args.duckling or args.jionlp):
        parser.error("give --duckling and/or --jionlp")

    use_repo_source()
    print_machine()
    cases, extract = load_cases(args)
    started = time.perf_counter()
    if args.verbose:
        print("disagreements:")
    tallies = run_cases(cases, args.verbose, args.policy)
    counts = run_extract(extract, args.verbose) if extract else Counter()
    seconds = time.perf_counter() - started
    print()
    total = Tally()
    for suite, tally in [*tallies.items(), ("all", None)]:
        if tally is None:
            tally = total
        else:
            total.phrases += tally.phrases
            total.whole += tally.whole
            total.agreeing += tally.agreeing
        print(f"{suite:<12} phrases {tally.phrases:>4}   recognized whole {tally.whole:>4}"
              f" ({tally.whole / tally.phrases:.1%})   value agreeing {tally.agreeing:>4}"
              f" ({tally.agreeing / tally.phrases:.1%})")
    if extract:
        print(f"{'extractor':<12} texts {counts['texts']}   spans {counts['spans']}, found exactly "
              f"{counts['exact']}   texts without a time {counts['no time']}, "
              f"with a time found {counts['spurious']}")
    print(f"time         {seconds:.2f} s")


if __name__ == "__main__":
    main()

