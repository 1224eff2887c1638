"""Words and part-of-speech tags (jieba-rs through rjieba), with offsets into the text.

The tagger reads the normalized text (simplified characters, ASCII digits), so one tag set
serves simplified and traditional input alike. Tags follow jieba's ICTCLAS-style set: ``v``
verb, ``vn`` verbal noun, ``n`` noun, ``nr`` person, ``ns`` place, ``nt`` organization,
``d`` adverb, ``p`` preposition, ``t`` time, ``x`` punctuation and other characters …
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

import rjieba

__all__ = ["Tokens", "tokenize"]

_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's words as parallel lists: ``words[i]`` starts at ``starts[i]`` and has tag
    ``tags[i]``; the words cover the text in order, so ``starts`` is sorted."""

    words: list[str]
    tags: list[str]
    starts: list[int]

    def end(self, i: int) -> int:
        """Offset just past word ``i``."""
        return self.starts[i] + len(self.words[i])


def tokenize(norm: str) -> Tokens:
    """Tag ``norm``: every character belongs to exactly one word.

    >>> t = tokenize("消防员赶到现场")
    >>> list(zip(t.words, t.tags))
    [('消防员', 'n'), ('赶到', 'v'), ('现场', 'n')]
    """
    # the tagger takes UTF-8 only: a lone surrogate becomes U+FFFD, one character for one
    safe = _SURROGATE.sub("\ufffd", norm) if _SURROGATE.search(norm) else norm
    tagged = rjieba.tag(safe)
    words = [w for w, _ in tagged]
    tags = [t for _, t in tagged]
    starts = list(accumulate(map(len, words), initial=0))
    at = starts.pop()
    if safe is not norm:  # the words as the text has them, not as the tagger read them
        words = [norm[s:s + len(w)] for s, w in zip(starts, words, strict=True)]
    if at != len(norm):  # never seen; keep the invariant rather than trust the tagger
        words.append(norm[at:])
        tags.append("x")
        starts.append(at)
    return Tokens(words, tags, starts)
