"""Time extraction against peer libraries on the same text: timeline, JioNLP, dateparser.

The text is a prefix of People's Daily, January 1998 (``benchmarks/corpus.py``): the shortest
run of leading paragraphs with at least ``--chars`` characters (300,000 by default). Every
library gets the same paragraphs, one call per paragraph, with the same reference date
(1998-01-31), on one core:

* ``timeline.find_times(paragraph, dct="1998-01-31")``, best of ``--repeat`` runs;
* ``jionlp.ner.extract_time(paragraph, time_base=1998-01-31)``, one run on the text as it is
  (JioNLP does not read the corpus's full-width digits ``１９９７年``, so it finds far fewer
  times) and one run with the digits and Latin letters converted to half-width first (outside
  the clock), as ``bench_times.py --jionlp-halfwidth`` does;
* ``dateparser.search.search_dates(paragraph, languages=["zh"])`` with ``RELATIVE_BASE`` at
  1998-01-31, one run. dateparser is slow: a short probe estimates its time on the whole prefix
  and, when that exceeds ``--peer-budget`` seconds, it runs on a shorter leading slice (the
  table says so, and timeline is timed on that same slice so that the ratio compares like with
  like). ``--dateparser-chars N`` fixes the slice.

Peers are optional and never dependencies of timeline: a peer that is not importable is
reported with its install command and left out (``pip install jionlp dateparser``).

It prints characters per second, mentions found and each row's speed as a multiple of
timeline's on the same text ("x timeline" < 1 means slower than timeline). It asserts nothing.
Run from the repository root::

    python benchmarks/bench_peers.py                    # 300,000 characters
    python benchmarks/bench_peers.py --chars 100000
    python benchmarks/bench_peers.py --dateparser-chars 50000 --no-jionlp
"""

from __future__ import annotations

import argparse
import datetime
import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_times import HALFWIDTH
from corpus import load_texts, prefix_paragraphs, print_aligned, print_machine, use_repo_source

DCT = "1998-01-31"
BASE = datetime.datetime(1998, 1, 31)
DEFAULT_CHARS = 300_000


@dataclass
class Row:
    method: str
    chars: int
    seconds: float
    found: int
    slice: str  # which text: "prefix" or "slice"
    errors: int = 0

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


def run_each(texts: list[str], call: Callable[[str], object]) -> tuple[float, int, int]:
    """Seconds for ``call`` over every text, mentions found, and calls that raised."""
    found = errors = 0
    start = time.perf_counter()
    for t in texts:
        try:
            result = call(t)
        except Exception:
            errors += 1
            continue
        found += len(result) if result else 0  # type: ignore[arg-type]
    return time.perf_counter() - start, found, errors


def timeline_row(texts: list[str], label: str, which: str, repeat: int) -> Row:
    from timeline import find_times

    for t in texts[:50]:  # lazy tables (the first Chinese numeral costs ~0.1 s), not timed
        find_times(t, dct=DCT)
    best, found = float("inf"), 0
    for _ in range(repeat):
        gc.collect()
        seconds, found, _ = run_each(texts, lambda t: find_times(t, dct=DCT))
        best = min(best, seconds)
    return Row(label, sum(map(len, texts)), best, found, which)


def jionlp_rows(texts: list[str]) -> list[Row]:
    start = time.perf_counter()
    try:
        import jionlp
    except ImportError:
        print("jionlp not installed: pip install jionlp   (left out)")
        return []
    print(f"import jionlp        : {time.perf_counter() - start:.2f} s")
    extract_time = jionlp.ner.extract_time
    extract_time("1998年1月31日上午", time_base=BASE)  # lazy set-up, not timed
    rows = []
    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback per candidate it cannot parse
    try:
        for halfwidth in (False, True):
            given = [t.translate(HALFWIDTH) for t in texts] if halfwidth else texts
            gc.collect()
            seconds, found, errors = run_each(given, lambda t: extract_time(t, time_base=BASE))
            label = "jionlp.ner.extract_time" + (" (half-width digits)" if halfwidth else " (raw)")
            rows.append(Row(label, sum(map(len, given)), seconds, found, "prefix", errors))
    finally:
        logging.disable(logging.NOTSET)
    return rows


def dateparser_rows(paragraphs: list[str], fixed: int | None, budget: float,
                    repeat: int) -> list[Row]:
    start = time.perf_counter()
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: pip install dateparser   (left out)")
        return []
    print(f"import dateparser    : {time.perf_counter() - start:.2f} s")
    settings = {"RELATIVE_BASE": BASE}

    def call(t: str) -> object:
        return search_dates(t, languages=["zh"], settings=settings)

    call("1998年1月31日上午，国务院召开会议。")  # loads its language data, not timed
    total = sum(map(len, paragraphs))
    if fixed is not None:
        chosen = [p for p, _ in prefix_paragraphs([(p, []) for p in paragraphs], fixed)]
        why = f"--dateparser-chars {fixed:,}"
    else:
        probe = [p for p, _ in prefix_paragraphs([(p, []) for p in paragraphs], 10_000)]
        seconds, _, _ = run_each(probe, call)
        rate = sum(map(len, probe)) / seconds
        estimate = total / rate
        if estimate <= budget:
            chosen, why = paragraphs, ""
        else:
            keep = int(rate * budget)
            chosen = [p for p, _ in prefix_paragraphs([(p, []) for p in paragraphs], keep)]
            why = (f"estimated {estimate:.0f} s on the whole prefix > --peer-budget {budget:g} s")
        print(f"dateparser probe     : {rate:,.0f} chars/s on the first "
              f"{sum(map(len, probe)):,} characters")
    rows = []
    which = "prefix"
    if len(chosen) < len(paragraphs):
        chars = sum(map(len, chosen))
        which = "slice"
        print(f"dateparser slice     : the leading {len(chosen):,} paragraphs, {chars:,} "
              f"characters ({why}); timeline is timed on the same slice")
        rows.append(timeline_row(chosen, "timeline.find_times (dateparser's slice)", which,
                                 repeat))
    gc.collect()
    seconds, found, errors = run_each(chosen, call)
    rows.append(Row('dateparser search_dates(languages=["zh"])', sum(map(len, chosen)), seconds,
                    found, which, errors))
    return rows


def print_table(rows: list[Row]) -> None:
    """chars/s, mentions, and the speed ratio to timeline's row on the same text."""
    reference = {r.slice: r for r in rows if r.method.startswith("timeline")}
    header = ("method", "text", "characters", "seconds", "chars/s", "x timeline", "mentions")
    lines = [header]
    for r in rows:
        ref = reference.get(r.slice)
        ratio = f"{r.rate / ref.rate:.3f}" if ref is not None else "-"
        found = f"{r.found:,}" + (f" ({r.errors} raised)" if r.errors else "")
        lines.append((r.method, r.slice, f"{r.chars:,}", f"{r.seconds:.3f}", f"{r.rate:,.0f}",
                      ratio, found))
    print_aligned(lines, left=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=DEFAULT_CHARS, metavar="N",
                        help=f"leading paragraphs up to N characters (default {DEFAULT_CHARS:,})")
    parser.add_argument("--repeat", type=int, default=3, help="timeline runs, best kept")
    parser.add_argument("--no-jionlp", action="store_true")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--dateparser-chars", type=int, metavar="N",
                        help="run dateparser on the leading paragraphs up to N characters")
    parser.add_argument("--peer-budget", type=float, default=60.0, metavar="S",
                        help="shrink dateparser's slice when its estimate exceeds S seconds")
    args = parser.parse_args()

    print_machine()
    paragraphs = load_texts(args.chars)
    chars = sum(map(len, paragraphs))
    print(f"corpus prefix        : {len(paragraphs):,} paragraphs, {chars:,} characters, "
          f"reference date {DCT}")

    use_repo_source()
    start = time.perf_counter()
    import timeline

    print(f"import timeline      : {time.perf_counter() - start:.2f} s "
          f"({Path(timeline.__file__).parent})")
    rows = [timeline_row(paragraphs, "timeline.find_times", "prefix", args.repeat)]
    if not args.no_jionlp:
        rows += jionlp_rows(paragraphs)
    if not args.no_dateparser:
        rows += dateparser_rows(paragraphs, args.dateparser_chars, args.peer_budget, args.repeat)
    print()
    print_table(rows)
    print()
    print('text: "prefix" is the whole prefix above; "slice" a shorter leading part of it. '
          '"x timeline" divides each row\'s chars/s by timeline\'s on the same text.')


if __name__ == "__main__":
    main()
