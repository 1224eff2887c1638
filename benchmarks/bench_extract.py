"""End-to-end throughput of ``timeline.extract`` on People's Daily, January 1998.

Measures, on one core, best of ``--repeat`` runs: ``Extractor.extract`` per paragraph (times,
actors, events), and, in the same run, JioNLP's ``extract_time`` alone on a prefix of the same
paragraphs (digits half-width, so that it reads the corpus's full-width numbers), when
JioNLP is installed. The targets of issue 4: 500,000 characters per second, and at least
twice JioNLP's time extraction alone.

Run from the repository root:  python benchmarks/bench_extract.py [--no-jionlp]
"""

from __future__ import annotations

import argparse
import time

from bench_times import Row, jionlp_row, print_table
from corpus import load_texts, prefix_paragraphs, use_repo_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-jionlp", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jionlp-chars", type=int, default=300_000)
    args = parser.parse_args()

    use_repo_source()
    from timeline import Extractor

    texts = load_texts()
    prefix = prefix_paragraphs([(t, []) for t in texts], args.jionlp_chars)
    chars = sum(map(len, texts))
    extractor = Extractor()
    extractor.extract(texts[0], dct="1998-01-31")  # build the scanners, not timed
    best, events = float("inf"), 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        events = sum(len(extractor.extract(t, dct="1998-01-31").events) for t in texts)
        best = min(best, time.perf_counter() - start)
    rows = [Row("extract per paragraph (whole corpus)", chars, best, events)]
    prefix_texts = [p for p, _ in prefix]
    best_prefix = min(
        _timed(lambda: [extractor.extract(t, dct="1998-01-31") for t in prefix_texts])
        for _ in range(args.repeat)
    )
    rows.append(Row("extract per paragraph, prefix", sum(map(len, prefix_texts)), best_prefix))
    if not args.no_jionlp:
        row = jionlp_row(prefix, halfwidth=True)
        if row is not None:
            rows.append(row)
    print(f"corpus: {len(texts):,} paragraphs, {chars:,} characters; one core")
    print_table(rows)


def _timed(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
