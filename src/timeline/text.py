"""Text normalization, splitting and word-list search, with offsets that stay valid in the
original text.

Normalization is length-preserving by design: every change is one character for one
character (full-width digits and letters to ASCII, traditional characters to simplified,
ideographic space to space). So an offset into the normalized text *is* the offset into
the original text, and no offset map is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import ahocorasick_rs
import regex

__all__ = ["DOC_TITLE", "Span", "alternation", "clauses", "find_words", "has_break", "normalize",
           "sentences", "union_spans", "wide_punctuation"]

Span = tuple[int, int]

DOC_TITLE = regex.compile(r"《([^》\n]{1,80})》")
"""A 《title》 of a document, law or work (group 1 its words): no event and no party inside."""

# Full-width forms U+FF01..U+FF5E map to ASCII U+0021..U+007E, but Chinese punctuation
# that carries meaning in the grammar (，。：；（）～！？) is kept as it is.
_KEEP_WIDE = set("，。：；（）～！？、")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        if chr(code) not in _KEEP_WIDE:
            table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "
    for dash in "－–":
        table[ord(dash)] = "-"
    data = resources.files("timeline.data").joinpath("t2s.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, simp = line.split("\t")
        table.setdefault(ord(trad), simp)
    return table


# ASCII punctuation of Chinese prose (a comma that joins no digits of a number): the tagger
# and the name model learnt the full-width forms
_ASCII_PUNCTUATION = re.compile(r"(?<![0-9])[,:]|[,:](?![0-9])|[;?!()]")
_WIDE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def wide_punctuation(norm: str) -> str:
    """``norm`` with the ASCII commas, colons, semicolons, brackets, question and exclamation
    marks of prose made full-width (the same length; 1,000 and 10:30 keep theirs).

    >>> wide_punctuation("雙方戰至1比1平,樊婷婷絕殺!共1,000人")
    '雙方戰至1比1平，樊婷婷絕殺！共1,000人'
    """
    if not _ASCII_PUNCTUATION.search(norm):
        return norm
    return _ASCII_PUNCTUATION.sub(lambda m: _WIDE[m.group()], norm)


def normalize(text: str) -> str:
    """Return ``text`` with full-width forms and traditional characters folded.

    The result has exactly the same length as ``text``.

    >>> normalize("２０２０年臘月")
    '2020年腊月'
    """
    return text.translate(_table())


# a line end of any kind (those of str.splitlines: \r, \r\n, U+2028 …) always ends a sentence,
# so a heading or a byline on a line of its own is a sentence of its own
# (no class or feature only ``regex`` has: the standard library's engine, faster on short texts)
_SENTENCE_END = re.compile(
    r"[。！？!?；;\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+[”’」』)）]*"
)
# not 、 (it joins items of one list), not the colon of a score or the comma of a number
_CLAUSE_END = re.compile(r"[，：]|(?<![0-9])[,:]|[,:](?![0-9])")


def sentences(text: str) -> list[Span]:
    r"""Split ``text`` into sentence spans ``(start, end)`` covering the text in order.

    A sentence ends after 。！？；(and their ASCII forms) with any closing quotes or brackets
    that follow, and at every line end (``\n``, ``\r``, ``\r\n``, U+2028, U+2029 …).

    >>> [(a, b) for a, b in sentences("标题\r\n正文。\u2028（记者 张三）")]
    [(0, 4), (4, 8), (8, 15)]
    """
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def clauses(text: str, span: Span | None = None) -> list[Span]:
    """Split a sentence span (default: all of ``text``) into clause spans at commas and colons."""
    lo, hi = span if span is not None else (0, len(text))
    out: list[Span] = []
    start = lo
    for m in _CLAUSE_END.finditer(text, lo, hi):
        out.append((start, m.end()))
        start = m.end()
    if start < hi:
        out.append((start, hi))
    return out


def has_break(piece: str) -> bool:
    """Whether ``piece`` holds a character that ends a clause or a sentence."""
    return bool(_CLAUSE_END.search(piece) or _SENTENCE_END.search(piece))


def union_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, disjoint cover of ``spans`` (empty ones dropped), for bisection."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of literal words, longest first so that the longest
    word wins where several start at one place."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def find_words(automaton: ahocorasick_rs.AhoCorasick, text: str,
               overlapping: bool = False) -> list[tuple[int, int, int]]:
    """``(word index, start, end)`` of the automaton's words in ``text``, with lone
    surrogates read as U+FFFD (the automaton reads UTF-8 only; one character for one keeps
    the offsets)."""
    try:
        return automaton.find_matches_as_indexes(text, overlapping=overlapping)
    except UnicodeEncodeError:
        return automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text),
                                                 overlapping=overlapping)
