"""Names the rules have no cue for: people and places from the tagger and the CRF model.

The word tagger (jieba's dictionary) marks likely names (``nr`` people, ``ns`` places) at no
extra cost. Where it marks a person, the character CRF (``actors.ner``) reads that sentence
and gives the spans; the model runs only where such candidates are, so extraction stays fast.
A dictionary place the tagger knows (深圳, 云南, 美国) is a place by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..models import ActorKind
from ..text import Span, wide_punctuation
from ..tokens import Tokens
from . import lexicon as lx
from .gazetteer import common_words, countries, regions, single_surnames
from .ner import recognize

__all__ = ["CONTEXT", "around", "statistical_names"]

# one-character words the tagger glues to a name's last character (陈语 桐以): a name may end
# inside such a word
_GLUED = frozenset("以在和于将被对与向的是也还已就等")
_PERSON_TAGS = frozenset(("nr", "nrfg", "nrt"))
_PLACE_TAGS = frozenset(("ns",))
_NAME_TAGS = _PERSON_TAGS | _PLACE_TAGS
# place-word characters that given names often end in (建国, 振江, 青山)
_NAME_LIKE_PLACE_ENDS = frozenset("国江山河湖")
_han = re.compile(r"[\u4e00-\u9fff]+").fullmatch


def statistical_names(norm: str, tokens: Tokens, free: Callable[[int, int], bool]
                      ) -> Iterator[tuple[int, int, ActorKind]]:
    """(start, end, kind) of people and places in text order, where ``free`` says no rule
    found a name (the model reads no candidate the rules already named)."""
    words, tags, starts = tokens.words, tokens.tags, tokens.starts
    n = len(words)
    windows: list[Span] = []
    places: list[tuple[int, int, ActorKind]] = []
    tagged_places: set[Span] = set()
    # only the words that can start a candidate, found with two scans in C rather than
    # one Python step per word (the words of a corpus are a million): the tagger's names,
    # and the words before a place suffix (瑞宁 路)
    suffixes = lx.PLACE_SUFFIXES
    at = {i for i, tag in enumerate(tags) if tag in _NAME_TAGS}
    at.update(i - 1 for i, w in enumerate(words) if w in suffixes and i)
    skip = -1  # the suffix word of a street just read
    for i in sorted(at):
        if i == skip:
            continue
        w, tag, s = words[i], tags[i], starts[i]
        if (tag in _PERSON_TAGS and 2 <= len(w) <= 4 and _han(w) and w not in common_words()
                and free(s, s + len(w))):
            windows.append(around(s, s + len(w)))
        elif (tag in _PERSON_TAGS and len(w) == 1 and i + 1 < n and w in single_surnames()
              and 1 <= len(words[i + 1]) <= 2 and _han(words[i + 1]) and free(s, s + 1)):
            # 陈/启明, 赵/立新: the tagger splits a name after its surname; the model joins it
            windows.append(around(s, s + 1 + len(words[i + 1])))
        if (tag[:1] == "n" and i + 1 < n and words[i + 1] in suffixes
                and 2 <= len(w) <= 4 and _han(w) and w not in common_words()):
            end = starts[i + 1] + len(words[i + 1])  # 瑞宁 路, 龙华 中路: a street, a place
            places.append((s, end, ActorKind.PLACE))
            skip = i + 1
            continue
        if (tag in _PLACE_TAGS and len(w) >= 2 and _han(w) and w not in lx.NOT_PLACES
                and free(s, s + len(w))):
            if _known_place(w):
                places.append((s, s + len(w), ActorKind.PLACE))
            else:  # the tagger's dictionary calls 上门 and 青春 places: ask the model
                tagged_places.add((s, s + len(w)))
                windows.append(around(s, s + len(w)))
    found = recognize(wide_punctuation(norm), windows) if windows else []
    edges = set(starts) if found else set()
    named = [(s, e, kind) for s, e, kind in found
             if s in edges and (e in edges or e == len(norm)
                                or (norm[e] in _GLUED and e + 1 in edges))
             and ((s, e) in tagged_places or _plausible(norm[s:e], kind))]
    yield from sorted({*places, *named})


CONTEXT = 6
"""Characters on each side of a candidate that the model reads: its features look two
characters away, and a name is at most a few characters long."""


def around(start: int, end: int) -> Span:
    """The window the model reads for a candidate name at ``[start, end)``."""
    return max(0, start - CONTEXT), end + CONTEXT


def _known_place(word: str) -> bool:
    """A division or country we know."""
    if word in lx.NOT_PLACES:
        return False
    table = regions()
    return (word in countries() or word in table or word + "市" in table
            or word + "省" in table)


def _plausible(name: str, kind: ActorKind) -> bool:
    """A model's name that the words bear out: a person's is no frequent word, ends in no
    particle and no place word (龙耀路); a place's is no frequent word either."""
    if not _han(name) or name in lx.NOT_PLACES or any(c in name for c in "及和与、"):
        return False  # 湾仔区及东区: two places, or none
    if kind is ActorKind.PERSON:
        if name in common_words() or name in lx.NOT_PEOPLE:
            return False
        return 2 <= len(name) <= 4 and name[-1] not in lx.NOT_NAME_ENDS and (
            name[-1] not in lx.PLACE_END_CHARS
            or (len(name) == 3 and name[-1] in _NAME_LIKE_PLACE_ENDS  # 王建国, 李振江
                and name[0] in single_surnames() and not _known_place(name)))
    return len(name) >= 2 and not any(v in name for v in lx.MOVEMENT_INFIXES) and (
        name[-1] in lx.PLACE_END_CHARS or _known_place(name))  # 长春开往岔路: two places
