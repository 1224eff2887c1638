"""Instructions, not seconds: ``Extractor.extract`` on the corpus's leading paragraphs under
``valgrind --tool=callgrind``, which counts the same total for the same code and input
whatever else the machine is doing (this VM's speed drifts by a quarter over hours).

The script runs itself twice under valgrind: once warming up only (a first pass over
60,000 characters from the corpus's end builds the scanners and fills the caches), once
warming up and then extracting the leading ``--chars`` characters, paragraph by paragraph.
The difference is the cost of the measured pass; it prints that in millions of
instructions. Compare two commits by running it in each. valgrind runs the interpreter about
fifty times slower, so the default 100,000 characters take a minute or two.

Run from the repository root:  python benchmarks/bench_instructions.py [--chars 100000]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

WARM_CHARS = 60_000


def _take(texts: list[str], limit: int) -> list[str]:
    out, n = [], 0
    for t in texts:
        if n >= limit:
            break
        out.append(t)
        n += len(t)
    return out


def _child(chars: int, measure: bool) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import load_texts

    from timeline import Extractor

    texts = load_texts()
    extractor = Extractor()
    for text in _take(texts[::-1], WARM_CHARS):
        extractor.extract(text, dct="1998-01-31")
    if measure:
        for text in _take(texts, chars):
            extractor.extract(text, dct="1998-01-31")


def _count(chars: int, measure: bool) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
           __file__, "--child", "--chars", str(chars)] + (["--measure"] if measure else [])
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        sys.exit(f"valgrind printed no instruction count:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.chars, args.measure)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    warm, total = _count(args.chars, False), _count(args.chars, True)
    print(f"extract, leading {args.chars:,} characters of the corpus: "
          f"{(total - warm) / 1e6:,.0f} M instructions (warm-up excluded)")


if __name__ == "__main__":
    main()
