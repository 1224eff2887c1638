"""Words and part-of-speech tags (jieba-rs through rjieba), with offsets into the text.

The tagger reads the normalized text (simplified characters, ASCII digits), so one tag set
serves simplified and traditional input alike. Tags follow jieba's ICTCLAS-style set: ``v``
verb, ``vn`` verbal noun, ``n`` noun, ``nr`` person, ``ns`` place, ``nt`` organization,
``d`` adverb, ``p`` preposition, ``t`` time, ``x`` punctuation and other characters …
The tagger reads ASCII prose punctuation full-width (``text.wide_punctuation``), and an adverb
or conjunction it glues to the next word into a word no dictionary has is cut off again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

import rjieba

from .text import wide_punctuation

__all__ = ["Tokens", "tokenize", "verb_shares"]

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
    safe = wide_punctuation(safe)  # 平,樊婷婷: the tagger learnt 平，樊婷婷
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
    if any((w[0] in _LEADS and 2 <= len(w) <= 3) or (w[0] in _PREPOSITION_LEADS and len(w) == 2)
           or w[0] in _PARTNER_LEADS for w in words):
        words, tags, starts = _split_leads(words, tags, starts)
    return Tokens(words, tags, starts)


@lru_cache(maxsize=1)
def verb_shares() -> dict[str, float]:
    """word -> share of its uses People's Daily tags a verb (``data/verbs.tsv``): a word the
    tagger calls a verb but the corpus rarely does (组长, 作用) is no predicate."""
    data = resources.files("timeline.data").joinpath("verbs.tsv").read_text("utf-8")
    table: dict[str, float] = {}
    for line in data.splitlines():
        if line and not line.startswith("#"):
            word, share, _ = line.split("\t")
            table[word] = float(share)
    return table


# An adverb or a conjunction the tagger joins to the word after it, making a word no
# dictionary has (共出动, 已致, 及台): cut off again.
_ADVERB_LEADS = frozenset("已共均都曾再又也还仍并将便即就才")
_CONJUNCTION_LEADS = frozenset("及和与")
# a preposition glued into a bound morpheme of the name after it (从石/ng 登乡/ns)
_PREPOSITION_LEADS = frozenset("从自向往到于在对")
_LEADS = _ADVERB_LEADS | _CONJUNCTION_LEADS
# a partner's preposition glued to the name after it at a clause's start (，同勒德/nr 里昂)
_PARTNER_LEADS = frozenset("同与跟")
_JOINED_TAGS = frozenset(("l", "d", "q", "i", "n", "m"))
_NO_WORD_TAGS = frozenset(("q", "m"))  # 及台: a measure word no text writes so
_VERB_AFTER_LEAD = 0.8  # People's Daily's verb share of what follows the adverb


def _split_leads(words: list[str], tags: list[str], starts: list[int]
                 ) -> tuple[list[str], list[str], list[int]]:
    """The words with each glued lead cut off: 共出动 → 共 + 出动, 及台 → 及 + 台, 从石/ng →
    从 + 石 (a word People's Daily knows, 就是 or 与会者, stays whole)."""
    shares = verb_shares()
    out_w: list[str] = []
    out_t: list[str] = []
    out_s: list[int] = []
    prev_tag = "x"
    for w, tag, s in zip(words, tags, starts, strict=True):
        rest = w[1:]
        clause_start, prev_tag = prev_tag == "x", tag
        if w[0] in _PARTNER_LEADS and len(w) == 3 and tag == "nr" and clause_start:
            out_w += [w[0], rest]
            out_t += ["p", "nr"]
            out_s += [s, s + 1]
        elif w[0] in _PREPOSITION_LEADS and len(w) == 2 and tag == "ng":
            out_w += [w[0], rest]
            out_t += ["p", rjieba.tag(rest)[0][1]]
            out_s += [s, s + 1]
        elif (w[0] in _LEADS and 2 <= len(w) <= 3 and tag in _JOINED_TAGS and w not in shares
                and (shares.get(rest, 0.0) >= _VERB_AFTER_LEAD
                     or (w[0] in _CONJUNCTION_LEADS and tag in _NO_WORD_TAGS))):
            out_w += [w[0], rest]
            if shares.get(rest, 0.0) >= _VERB_AFTER_LEAD:
                out_t += ["d" if w[0] in _ADVERB_LEADS else "c", "v"]
            else:
                out_t += ["c", rjieba.tag(rest)[0][1]]
            out_s += [s, s + 1]
        else:
            out_w.append(w)
            out_t.append(tag)
            out_s.append(s)
    return out_w, out_t, out_s
