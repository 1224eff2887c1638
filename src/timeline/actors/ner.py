"""Statistical PERSON and PLACE names: a character CRF trained on People's Daily, January 1998.

The rule-based finder knows titles, bylines and gazetteers; this model catches the names those
rules have no cue for. It tags one character at a time with BIOES labels (``B-PER``, ``E-LOC``,
``O``, ...) from a few cheap features, so that feature extraction, plain Python, stays linear
and fast: see docs/recognizer.md for the model, its scores and how to retrain it
(``python scripts/train_ner.py``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import pycrfsuite

from ..models import ActorKind
from .gazetteer import single_surnames

__all__ = ["MODEL_FILE", "chunks", "decode", "item_features", "recognize"]

MODEL_FILE = "ner.crfsuite"
"""The model's file name inside the ``timeline.data`` package."""

MAX_CHUNK = 200
"""Longest character sequence tagged at once; longer sentences are cut at punctuation."""

_KINDS = {"PER": ActorKind.PERSON, "LOC": ActorKind.PLACE}

# Sentences are tagged one by one, so a window that is a run of whole sentences sees exactly
# what the whole text sees; a sentence longer than MAX_CHUNK is cut after a comma-like mark.
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
_SOFT_END = re.compile(r"[，,、：:）)》」”\s]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_PAD = "\x02\x02"
_PAD_END = "\x03\x03"


class _CharClass(dict[int, str]):
    """``str.translate`` table: a character -> its class letter, computed on first sight.

    ``S`` one-character surname, ``H`` other Chinese character, ``D`` digit, ``L`` Latin
    letter, ``W`` whitespace, ``P`` punctuation and symbols, ``O`` anything else.
    """

    def __init__(self, surname_chars: frozenset[str]) -> None:
        super().__init__()
        self._surnames = surname_chars

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in self._surnames:
            cls = "S"
        elif "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            cls = "H"
        elif char.isdigit():
            cls = "D"
        elif char.isascii() and char.isalpha():
            cls = "L"
        elif char.isspace():
            cls = "W"
        elif char.isalnum():
            cls = "O"
        else:
            cls = "P"
        if len(self) < 65536:  # bounded: odd input cannot grow the table without end
            self[code] = cls
        return cls


@lru_cache(maxsize=1)
def _classes() -> _CharClass:
    return _CharClass(single_surnames())


def item_features(text: str) -> Iterator[tuple[str, ...]]:
    """The attributes of each character of ``text``, one tuple per character, lazily.

    Character unigrams at -2..+2, bigrams -1/0 and 0/+1, and the class letters of the five
    characters around (a surname before, digits after...). Built column by column over the
    whole text with list comprehensions on shifted slices: a loop building one item per
    character, or a dictionary per character, is much slower.
    """
    n = len(text)
    padded = _PAD + text + _PAD_END
    cls = _PAD + text.translate(_classes()) + _PAD_END
    before = padded[1 : n + 1]
    after = padded[3 : n + 3]
    return zip(
        ["a" + c for c in padded[:n]],
        ["b" + c for c in before],
        ["c" + c for c in text],
        ["d" + c for c in after],
        ["e" + c for c in padded[4 : n + 4]],
        ["f" + x + y for x, y in zip(before, text, strict=True)],
        ["g" + x + y for x, y in zip(text, after, strict=True)],
        ["k" + cls[i : i + 5] for i in range(n)],
        strict=True,
    )


def chunks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into the pieces tagged one at a time: sentences, and a
    sentence longer than MAX_CHUNK cut after the last soft punctuation mark that fits (or
    hard at MAX_CHUNK when there is none), so the cost stays linear in the length."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        _cut(text, pos, m.end(), out)
        pos = m.end()
    if pos < end:
        _cut(text, pos, end, out)
    return out


def _cut(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append ``text[start:end]`` to ``out`` in pieces of at most MAX_CHUNK characters."""
    if end - start <= MAX_CHUNK:
        out.append((start, end))
        return
    soft = [m.end() for m in _SOFT_END.finditer(text, start, end)]
    i = 0
    while end - start > MAX_CHUNK:
        limit = start + MAX_CHUNK
        cut = 0
        while i < len(soft) and soft[i] <= limit:
            if soft[i] > start:
                cut = soft[i]
            i += 1
        if not cut:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, end))


def decode(labels: Sequence[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """BIOES labels -> (start, end, kind) spans, ``kind`` being ``PER`` or ``LOC``.

    Lenient: a name is closed by E, S, O or a label of another kind; an I or E with no open
    name of its kind opens one, so a broken label sequence still yields whole spans.
    """
    spans: list[tuple[int, int, str]] = []
    begin = -1
    kind = ""
    for i, label in enumerate(labels):
        if label == "O":
            if begin >= 0:
                spans.append((offset + begin, offset + i, kind))
                begin = -1
            continue
        tag, _, k = label.partition("-")
        if begin >= 0 and (k != kind or tag in "BS"):
            spans.append((offset + begin, offset + i, kind))
            begin = -1
        if begin < 0:
            begin, kind = i, k
        if tag in "ES":
            spans.append((offset + begin, offset + i + 1, kind))
            begin = -1
    if begin >= 0:
        spans.append((offset + begin, offset + len(labels), kind))
    return spans


@lru_cache(maxsize=1)
def _model() -> bytes:
    """The model file's bytes, read once from the installed package (never downloaded)."""
    return resources.files("timeline.data").joinpath(MODEL_FILE).read_bytes()


_local = threading.local()
_OPENING = threading.Lock()  # crfsuite crashes when two threads open a model at once


def _tagger() -> Any:
    """This thread's tagger (a crfsuite tagger keeps per-sequence state: one per thread)."""
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        with _OPENING:
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(_model())
        _local.tagger = tagger
    return tagger


def recognize(
    norm: str, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, ActorKind]]:
    """PERSON and PLACE names found by the statistical model in the windows `spans` of `norm`
    (all of it when None), as (start, end, kind) with absolute offsets into `norm`, in text order.

    ``norm`` is text passed through :func:`timeline.text.normalize`. Windows are clipped to
    the text, and overlapping or touching ones are joined, so each name comes once.
    """
    tagger = _tagger()
    found: list[tuple[int, int, str]] = []
    for lo, hi in _merged(spans, len(norm)):
        for start, end in chunks(norm, lo, hi):
            piece = norm[start:end]
            if _SURROGATE.search(piece):  # a lone surrogate cannot be encoded for crfsuite
                piece = _SURROGATE.sub("\ufffd", piece)
            found.extend(decode(tagger.tag(item_features(piece)), start))
    return [(start, end, _KINDS[kind]) for start, end, kind in found if kind in _KINDS]


def _merged(spans: Sequence[tuple[int, int]] | None, size: int) -> list[tuple[int, int]]:
    """The windows clipped to the text, sorted, overlapping or touching ones joined."""
    if spans is None:
        return [(0, size)] if size else []
    out: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, lo), min(size, hi)) for lo, hi in spans):
        if lo >= hi:
            continue
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
