"""One analysed text shared by every stage: the original, its normalized form, sentences and
words. Stages read it instead of re-deriving the same facts and passing them by hand."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from .text import Span, clauses, normalize, sentences
from .tokens import Tokens, tokenize

__all__ = ["PreparedText", "prepare"]


@dataclass
class PreparedText:
    """A text analysed once: ``norm`` has the same length as ``text``, so every offset holds
    in both. Words come lazily (``tokens``), on first use."""

    text: str
    norm: str
    sentences: list[Span]
    _tokens: Tokens | None = field(default=None, repr=False)

    @property
    def tokens(self) -> Tokens:
        """The words and their tags (tagged on first use)."""
        if self._tokens is None:
            self._tokens = tokenize(self.norm)
        return self._tokens

    def clauses(self, sentence: Span) -> list[Span]:
        """The clauses of one sentence, split at commas and colons."""
        return clauses(self.norm, sentence)

    def word_range(self, lo: int, hi: int) -> range:
        """Indices of the words that start in ``[lo, hi)``."""
        starts = self.tokens.starts
        return range(bisect_left(starts, lo), bisect_left(starts, hi))

    def word_at(self, offset: int) -> int:
        """Index of the word holding ``offset``."""
        return max(0, bisect_right(self.tokens.starts, offset) - 1)

    def fix_words(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Make each span (a name or a time found by the rules) one word with the given tag:
        the tagger's words that overlap it are cut at its edges (局对 after 自然资源局 → 对)."""
        t = self.tokens
        fixed = sorted({(s, e): tag for s, e, tag in spans if 0 <= s < e <= len(self.norm)}
                       .items())
        if not fixed:
            return
        words: list[str] = []
        tags: list[str] = []
        starts: list[int] = []
        i, n = 0, len(t.words)
        at = 0  # everything before ``at`` is emitted
        for (s, e), tag in fixed:
            if s < at:
                continue  # overlaps a span already made a word
            while i < n and t.starts[i] + len(t.words[i]) <= s:
                if t.starts[i] >= at:
                    words.append(t.words[i])
                    tags.append(t.tags[i])
                    starts.append(t.starts[i])
                i += 1
            if i < n and t.starts[i] < s:  # a word that runs into the span: keep its head
                head_from = max(t.starts[i], at)
                _append_piece(self.norm, head_from, s, words, tags, starts)
            words.append(self.norm[s:e])
            tags.append(tag)
            starts.append(s)
            while i < n and t.starts[i] + len(t.words[i]) <= e:
                i += 1
            if i < n and t.starts[i] < e:  # a word that runs out of the span: keep its tail
                _append_piece(self.norm, e, t.starts[i] + len(t.words[i]), words, tags, starts)
                at = t.starts[i] + len(t.words[i])
                i += 1
            else:
                at = e
        while i < n:
            if t.starts[i] >= at:
                words.append(t.words[i])
                tags.append(t.tags[i])
                starts.append(t.starts[i])
            i += 1
        self._tokens = Tokens(words, tags, starts)


def _append_piece(norm: str, lo: int, hi: int, words: list[str], tags: list[str],
                  starts: list[int]) -> None:
    """Tag a piece cut off a word anew (a piece is short: the tagger's cost is small)."""
    if lo >= hi:
        return
    piece = tokenize(norm[lo:hi])
    for w, tag, s in zip(piece.words, piece.tags, piece.starts, strict=True):
        words.append(w)
        tags.append(tag)
        starts.append(lo + s)


def prepare(text: str, norm: str | None = None) -> PreparedText:
    """Analyse ``text`` once (``norm`` when the caller has normalized it already)."""
    norm = normalize(text) if norm is None else norm
    return PreparedText(text, norm, sentences(norm))
