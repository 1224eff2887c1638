"""Speed and held-out quality of the statistical name recognizer (timeline.actors.ner).

Speed: ``recognize`` over whole normalized paragraphs of People's Daily 1998 (the leading
``--chars`` characters of the corpus), on one core, best of ``--repeat`` runs, in characters
per second. Quality: precision, recall and F1 per kind, exact span match, on the held-out
part of the corpus (the last 10 % of the paragraphs, never trained on; see
scripts/train_ner.py for the split and how gold names are read from the tags).

    python benchmarks/bench_ner.py
"""

from __future__ import annotations

import argparse
import sys
import time

from corpus import REPO, load_paragraphs, prefix_paragraphs, print_machine, use_repo_source

use_repo_source()
sys.path.insert(0, str(REPO / "scripts"))

from train_ner import Name, print_scores, scores, split  # noqa: E402

from timeline.actors.ner import recognize  # noqa: E402
from timeline.models import ActorKind  # noqa: E402
from timeline.text import normalize  # noqa: E402

_KIND = {ActorKind.PERSON: "PER", ActorKind.PLACE: "LOC"}


def _names(norm: str) -> list[Name]:
    return [(start, end, _KIND[kind]) for start, end, kind in recognize(norm)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=500_000, help="characters to time")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best counts")
    args = parser.parse_args()

    paragraphs = load_paragraphs()
    texts = [normalize(text) for text, _ in prefix_paragraphs(paragraphs, args.chars)]
    size = sum(map(len, texts))
    recognize(texts[0])  # load the model outside the timing
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        began = time.perf_counter()
        found = sum(len(recognize(text)) for text in texts)
        best = min(best, time.perf_counter() - began)
    print_machine()
    print(f"characters timed     : {size:,} ({len(texts):,} paragraphs, best of {args.repeat})")
    print(f"names found          : {found:,}")
    print(f"speed                : {size / best:,.0f} characters per second")
    _, held_out = split(paragraphs)
    print(f"held-out paragraphs  : {len(held_out):,} (the last 10 % of the corpus)")
    print_scores(scores(held_out, _names))


if __name__ == "__main__":
    main()
