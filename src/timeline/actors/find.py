"""``find_actors``: organizations, people and places, with aliases and sub-units.

One pass of a compiled scanner finds candidate names (region-anchored organizations,
national bodies, 自治区/省-level bodies, titled people, bylines, addresses, places, alias
declarations). A second, linear pass merges mentions of the same actor and ties people to
the organization whose title they hold.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs
import regex

from .._args import actor_records, check_text, coerce_actors
from ..errors import InvalidActorsError, TimelineError
from ..models import Actor, ActorKind, ActorMention
from ..text import DOC_TITLE, find_words, normalize
from ..text import alternation as _alt
from ..tokens import Tokens, tokenize
from . import lexicon as lx
from .gazetteer import (
    Region,
    common_words,
    countries,
    local_places,
    regions,
    single_surnames,
    surnames,
)
from .ner import recognize
from .statistical import around, statistical_names

__all__ = ["ActorDictionary", "actors_of", "find_actors", "load_actor_dictionary"]

ActorDictionary = Mapping[str, str] | Iterable[Mapping[str, object]]
"""User actors: ``{"名称": "ORG"}`` or ``[{"name": …, "kind": …, "aliases": […]}]``."""


_HAN = r"\p{Han}"
# A body between a region and a head: Chinese characters, letters, digits; no function words.
_NOT_IN_BODY = "的和与及在对向将把为是了着过等各该其这那全到被派让给往赴去至已"
_BODY_CHAR = (rf"(?:[\p{{Han}}A-Za-z0-9&&[^{_NOT_IN_BODY}]]"
              r"|(?<=[安健完齐])全)")  # 全市 opens no name, 安全生产 is one
# A one-character head must not be the start of a longer ordinary word (部门, 局长, 委员).
_HEAD_END = r"(?![长门员分面势限托屈级务属署])"


def _heads() -> str:
    """The head alternation, one-character heads guarded against ordinary words."""
    parts = []
    for head in sorted(set(lx.ORG_HEADS), key=lambda w: (-len(w), w)):
        not_after = lx.NOT_HEADS.get(head)
        escaped = regex.escape(head)
        parts.append(rf"(?<![{not_after}]){escaped}" if not_after else escaped)
    return "|".join(parts)


@lru_cache(maxsize=1)
def _regions_automaton() -> ahocorasick_rs.AhoCorasick:
    """An Aho-Corasick automaton over every region name: one linear pass finds them all,
    leftmost-longest (a regular expression alternation of 3,500 names is a hundred times
    slower, pyahocorasick nine times)."""
    return ahocorasick_rs.AhoCorasick(
        list(regions()), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
    )


@lru_cache(maxsize=1)
def _region_tail() -> regex.Pattern[str]:
    """What may follow a run of region names: an address, or the rest of an org's name."""
    return regex.compile(
        rf"(?P<street>{_HAN}{{1,6}}?(?:{_alt(lx.ADDRESS_STREETS)})[0-9]{{1,5}}号)"
        rf"|(?P<body>{_BODY_CHAR}{{0,12}}?)(?:{_heads()}){_HEAD_END}",
        regex.V1,
    )


@lru_cache(maxsize=1)
def _region_venue() -> regex.Pattern[str]:
    """A venue or a part of a city right after a run of region names (宝安体育场, 城区)."""
    return regex.compile(
        rf"{_BODY_CHAR}{{0,8}}?(?:{_alt(lx.VENUE_HEADS)})|(?:主城区|城区|市区|郊区)", regex.V1)


_SCANNER_KINDS = (
    "nat", "known", "lvl", "byline", "titles", "comrade", "speech", "decl",
)


@lru_cache(maxsize=1)
def _scanner_openings() -> tuple[frozenset[str], ...]:
    """The characters each scanner's match starts with: a text holding none of them is not
    searched (most paragraphs name no byline, no 同志, no declaration)."""
    def firsts(*tables: Iterable[str]) -> frozenset[str]:
        return frozenset(w[0] for table in tables for w in table)

    return (
        firsts(lx.NATIONAL_PREFIXES), firsts(lx.KNOWN_ORGS), frozenset("自省市县区州"),
        firsts(lx.BYLINES), firsts(lx.TITLES, lx.ROLES), frozenset("同"), firsts(lx.SPEECH_VERBS),
        frozenset("（("),
    )


@lru_cache(maxsize=1)
def _opening_tests() -> tuple[re.Pattern[str], ...]:
    # the standard library's engine finds one of a set of characters fastest
    return tuple(re.compile(f"[{re.escape(''.join(sorted(o)))}]") for o in _scanner_openings())


@lru_cache(maxsize=1)
def _scanners() -> tuple[regex.Pattern[str], ...]:
    """Everything but region-anchored names. Separate patterns, because the regex engine
    keeps its fast literal searches for each alone but loses them in one big alternation.
    Each starts with one of ``_scanner_openings``."""
    heads = _heads()
    titles = _alt(lx.TITLES + lx.ROLES)
    patterns = (
        rf"(?P<nat>(?:{_alt(lx.NATIONAL_PREFIXES)})(?:{_BODY_CHAR}{{1,10}}?(?:{heads})"
        rf"|(?:(?!队){_BODY_CHAR}){{1,4}}?(?:{_alt(lx.NATIONAL_ONLY_HEADS)})){_HEAD_END})",
        rf"(?P<known>{_alt(lx.KNOWN_ORGS)}){_HEAD_END}",
        rf"(?:(?P<lvl>自治区)|(?<![{_HAN}&&[^和与及、在由对向经据以从到被把将为给同跟至往赴]])(?P<lvl>[省市县区州]))"
        rf"(?P<lbody>{_alt(lx.LEVEL_BODIES)}|委)(?![长员]|常委)",
        rf"(?P<byline>{_alt(lx.BYLINES)})[：: \t]{{0,2}}(?P<bname>{_HAN}{{2,4}})",
        rf"(?P<titles>(?:{titles})(?:、(?:{titles})){{0,3}})(?P<tname>{_HAN}{{2,4}})?",
        r"(?P<comrade>同志)",
        rf"(?P<speech>{_alt(lx.SPEECH_VERBS)})",
        r"(?P<decl>[（(][ \t]{0,2}(?:以下简称|以下称|下称|简称)[“\"「]?(?P<alias>[^）)”\"」]{1,20})"
        r"[”\"」]?[ \t]{0,2}[）)])",
    )
    return tuple(regex.compile(p, regex.V1) for p in patterns)


@lru_cache(maxsize=1)
def _bare_heads() -> regex.Pattern[str]:
    return regex.compile(_alt(lx.BARE_HEADS))


_UNSAFE_FOR_AUTOMATON = regex.compile(r"[\ud800-\udfff\ufffd]")  # see find_words
_BODY = regex.compile(rf"{_BODY_CHAR}+", regex.V1)
_BARE_LEFT = regex.compile(r"[\p{Han}&&[^和与及、在由对向经据将把被为了是从到同往赴至]]", regex.V1)


@lru_cache(maxsize=1)
def _team_heads() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alt(lx.TEAM_HEADS)})(?![员长伍列友])")


def _teams(norm: str) -> Iterator[tuple[int, int]]:
    """Teams: a place or country and a name before 队 (迎战柳州钢城队: 柳州 starts it, the
    nearest such start to the head), else a bare name before it; a name holds no other team."""
    if not any(h in norm for h in lx.TEAM_HEADS):
        return
    bare = {e: s for s, e in _bare_names(norm, _team_heads())}
    table = regions()
    nations = countries()
    out: dict[int, int] = {}
    for m in _team_heads().finditer(norm):
        h = m.start()
        start = None
        for p in range(h - 2, max(0, h - 8) - 1, -1):
            if not _ALL_HAN.fullmatch(norm, p, h):
                break
            if any(norm[p:p + k] in table or norm[p:p + k] + "市" in table
                   or norm[p:p + k] in nations for k in (2, 3)):
                start = p
                break
        if start is None:
            start = bare.get(m.end())
        if start is not None and not _team_heads().search(norm, start, h):
            out[start] = m.end()
    yield from sorted(out.items())


@lru_cache(maxsize=1)
def _venue_heads() -> regex.Pattern[str]:
    return regex.compile(_alt(lx.VENUE_HEADS))


# 记者从市消防救援大队: a reporter and a preposition are no part of a name
_NOT_IN_BARE = regex.compile(
    r"记者|通讯员|组织(?!部)|[从由经据被把将对向](?=[省市县区])|\G(?:随后|尽管|但是)"
    r"|\G(?:附近|就近|当地|周边|邻近|最近)")  # 送往附近医院: a hospital, no name


def _bare_names(norm: str, heads: regex.Pattern[str] | None = None
                ) -> Iterator[tuple[int, int]]:
    """Names known only by a distinctive head (清华大学, 复旦大学): found from the head
    leftwards, two to eight characters, starting after punctuation or a function word.
    (A regular expression trying every position is five times slower.)"""
    done = 0
    for m in (heads or _bare_heads()).finditer(norm):
        h = m.start()
        for p in range(max(done, h - 8), h - 1):
            if norm[p] in lx.BARE_NOT_START or not _BODY.fullmatch(norm, p, h):
                continue
            if (p and _BARE_LEFT.match(norm[p - 1])) or _NOT_IN_BARE.search(norm, p, h):
                continue
            yield p, m.end()
            done = m.end()
            break


def _candidates(norm: str) -> list[tuple[int, int, str, regex.Match[str] | None]]:
    """Region runs and scanner matches, in text order: (start, end, kind, match)."""
    out: list[tuple[int, int, str, regex.Match[str] | None]] = []
    run_start = run_end = -1
    for _, start, end in find_words(_regions_automaton(), norm):
        if start == run_end and run_end - run_start < 12:
            run_end = end  # 广西壮族自治区南宁市: one run
            continue
        if run_start >= 0:
            out.append((run_start, run_end, "region", None))
        run_start, run_end = start, end
    if run_start >= 0:
        out.append((run_start, run_end, "region", None))
    for kind, pattern, opening in zip(_SCANNER_KINDS, _scanners(), _opening_tests(),
                                      strict=True):
        first = opening.search(norm)
        if first is not None:
            out.extend((m.start(), m.end(), kind, m)
                       for m in pattern.finditer(norm, first.start()))
    out.extend((s, e, "bare", None) for s, e in _bare_names(norm))
    out.extend((s, e, "venue", None) for s, e in _bare_names(norm, _venue_heads()))
    out.extend((s, e, "team", None) for s, e in _teams(norm))
    out.sort(key=lambda c: (c[0], -c[1]))
    return out


@lru_cache(maxsize=1)
def _heads_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_heads()}){_HEAD_END}", regex.V1)


@lru_cache(maxsize=1)
def _sub_unit_re() -> regex.Pattern[str]:
    # a sub-unit right after an organization: 办公室, 机关党委, 自然资源确权登记局
    return regex.compile(rf"{_BODY_CHAR}{{0,8}}?(?:{_heads()}){_HEAD_END}", regex.V1)


_NAME_END = regex.compile(
    rf"(?:{_alt(lx.PERSON_FOLLOWERS)}|{_alt(lx.TITLES)}|[^\p{{Han}}]|$)", regex.V1
)
_ROLE_SET = frozenset(lx.ROLES)
_FOLLOWER = regex.compile(rf"(?:{_alt(lx.PERSON_FOLLOWERS)}|{_alt(lx.TITLES)})", regex.V1)
_ALL_HAN = regex.compile(r"\p{Han}+", regex.V1)
_COMMON_TAGS = frozenset(("n", "v", "vn", "a", "ad", "an", "d", "t", "m"))
_FUNCTION_TAGS = frozenset(("p", "d", "m", "f", "c", "uj", "ul", "r", "vn"))
_MODIFIED = regex.compile(r"[\p{Han}&&[^的和与及、以在由对向经据将把被为了是从到（(“]]", regex.V1)
_VERB = regex.compile(_alt(lx.VERBS_IN_NAMES))
_TITLE_END = regex.compile(rf"(?:{_alt(lx.TITLES)})$", regex.V1)
_TITLE_START = regex.compile(rf"(?:{_alt(lx.TITLES)})", regex.V1)
_LEFT_STOP = regex.compile(rf"(?:{_alt(lx.LEFT_STOPS)}|[^\p{{Han}}])$", regex.V1)


@dataclass
class _Actor:
    kind: ActorKind
    name: str
    key: tuple[str, ...]
    mentions: dict[tuple[int, int], None] = field(default_factory=dict)  # an ordered set
    aliases: list[str] = field(default_factory=list)
    parent: _Actor | None = None
    titles: list[str] = field(default_factory=list)
    org: _Actor | None = None

    @property
    def id(self) -> str:
        return f"{self.kind.value}:{self.name}"


class _Builder:
    """Collects mentions and merges those that name the same actor."""

    def __init__(self, text: str, norm: str) -> None:
        self.text, self.norm = text, norm
        self.by_key: dict[tuple[str, ...], _Actor] = {}
        self.by_alias: dict[str, _Actor] = {}
        # normalized name -> (order of creation, the first person so named)
        self.people: dict[str, tuple[int, _Actor]] = {}
        self._spans: list[tuple[int, int]] = []  # taken spans, sorted, never overlapping
        self.tokens: Tokens | None = None  # the tagger's words, once known

    def add(self, kind: ActorKind, name: str, start: int, end: int,
            key: tuple[str, ...] | None = None) -> _Actor:
        key = key or (kind.value, name)
        actor = self.by_key.get(key) or self.by_alias.get(name)
        if actor is None:
            actor = _Actor(kind, name, key)
            self.by_key[key] = actor
            if kind is ActorKind.PERSON:
                self.people.setdefault(normalize(name), (len(self.people), actor))
        surface = self.text[start:end]
        generic = self.norm[start:end] in lx.GENERIC_BODIES  # 政府 in 党委、政府: a mention only
        if (kind is ActorKind.PLACE and actor.kind is ActorKind.PLACE
                and len(surface) > len(actor.name) and surface.startswith(actor.name)):
            actor.aliases.append(actor.name)  # 南宁 in a dateline, then 南宁市: the full form
            actor.name = surface
            if surface in actor.aliases:
                actor.aliases.remove(surface)
        if surface != actor.name and surface not in actor.aliases and not generic:
            actor.aliases.append(surface)
        actor.mentions[(start, end)] = None
        self.take(start, end)
        return actor

    def inside_word(self, offset: int, shortest: int = 3) -> bool:
        """Whether ``offset`` falls inside one of the tagger's words of ``shortest`` or more
        characters (省高院; 嘉义县 for a region): no name starts there."""
        t = self.tokens
        if t is None:
            return False
        k = bisect.bisect_right(t.starts, offset) - 1
        return k >= 0 and t.starts[k] < offset and len(t.words[k]) >= shortest and (
            t.end(k) > offset)

    def common_word_at(self, start: int, end: int) -> bool:
        """Whether the tagger reads ``[start, end)`` as one common noun, verb or modifier
        (各位来宾: guests, not the city 来宾)."""
        t = self.tokens
        if t is None:
            return False
        k = bisect.bisect_right(t.starts, start) - 1
        return (k >= 0 and t.starts[k] == start and t.end(k) == end
                and t.tags[k] in _COMMON_TAGS)

    def function_word_at(self, start: int) -> bool:
        """Whether the tagger reads a function word (a preposition, adverb, numeral,
        localizer, conjunction, particle, pronoun) where ``[start, end)`` opens: 向办案,
        后首次, 尚未看 are no names (inside one the tagger errs: 黄/a 立新/d)."""
        t = self.tokens
        if t is None:
            return False
        k = bisect.bisect_right(t.starts, start) - 1
        return k >= 0 and t.tags[k] in _FUNCTION_TAGS

    def release(self, start: int, end: int) -> None:
        """Give a span back (its mention moved into a longer name)."""
        self._spans.remove((start, end))

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._spans, (start, end))
        if not (i < len(self._spans) and self._spans[i] == (start, end)):
            self._spans.insert(i, (start, end))

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no span taken so far (an enclosing org may extend
        a span it took itself: see ``take``)."""
        i = bisect.bisect_left(self._spans, (start, end))
        before = self._spans[i - 1] if i else None
        after = self._spans[i] if i < len(self._spans) else None
        return (before is None or before[1] <= start) and (after is None or end <= after[0])

    def last_end_before(self, pos: int) -> int:
        i = bisect.bisect_left(self._spans, (pos, pos))
        return max((e for _, e in self._spans[max(0, i - 3):i] if e <= pos), default=0)

    def alias(self, actor: _Actor, alias: str) -> None:
        if not alias.strip():
            return  # (以下简称\t): no name declared
        if alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)
        self.by_alias[alias] = actor


def _is_name(norm: str, start: int, end: int, known: frozenset[str]) -> bool:
    """Whether norm[start:end] is surname + one or two given characters (no country:
    东帝汶外长)."""
    surname = 2 if norm[start:start + 2] in known else 1 if norm[start:start + 1] in known else 0
    return bool(surname) and 1 <= end - start - surname <= 2 and bool(
        _ALL_HAN.fullmatch(norm, start, end)) and norm[start:end] not in countries()


def _word_not_name(candidate: str) -> bool:
    """Whether a candidate name is more likely an ordinary word: a frequent word itself,
    opening with one (许多人) or ending in one (有消息, 于去年), or ending in a particle."""
    words = common_words()
    return (candidate in words or candidate[-1] in lx.NOT_NAME_ENDS
            or (len(candidate) >= 3 and (candidate[:2] in words or candidate[1:] in words)))


_NOT_GIVEN_END = "等和与在对将把被"  # function words after a name, not its last character


def _person_name(norm: str, start: int, known: frozenset[str]) -> int | None:
    """End of a person's name at ``start``: a name followed by a word people do (主持, 表示,
    a title) beats one followed only by punctuation (高明说 is 高明 who says)."""
    weak = None
    for length in (3, 2, 4):
        end = start + length
        if (end > len(norm) or not _is_name(norm, start, end, known)
                or norm[end - 1] in _NOT_GIVEN_END):
            continue  # 肖捷等陪同人员, 林远在总统陪同下: 肖捷, and 等 follows him
        if _FOLLOWER.match(norm, end) and not _FOLLOWER.match(norm, start + 1):
            return end
        if weak is None and _NAME_END.match(norm, end):
            weak = end
    return weak


@lru_cache(maxsize=256)
def _org_stems(title: str) -> tuple[str, ...]:
    """What stands before ``title`` when the title's head is a known organization's last
    characters: 国防 for 部长 (国防部), 外交 for 部长 (外交部)."""
    return tuple(sorted({org[:-j] for org in lx.KNOWN_ORGS for j in range(1, len(title) + 1)
                         if len(org) > j and org[-j:] == title[:j]}))


def _name_before(b: _Builder, at: int, title: str | None,
                 known: frozenset[str]) -> _Actor | None:
    """A name written right before a title, 同志 or a speech verb (习近平同志, 李克强总理,
    王明副市长, 江泽民指出)."""
    norm = b.norm
    if title is not None and any(norm.endswith(p, 0, at) for p in _org_stems(title)):
        return None  # 美国国防部长: the title belongs to 国防部, no name stands before it
    for length in (3, 2, 4):
        start = at - length
        if start < 0 or not _is_name(norm, start, at, known) or not b.free(start, at):
            continue
        if _TITLE_END.search(norm, max(0, start - 6), start + 1):
            continue  # 主任小李: the 任 ends a title, it starts no name
        if b.inside_word(start):
            continue  # 省高院派法官: 高 is the tagger's word 省高院, no surname
        if _heads_re().search(norm, start, at):
            continue  # 公安局局长: a body's head, not a given name
        # 吴刚还说: a person the text already named, then an adverb
        named = _named_person(b, start, length)
        if named is not None:
            return b.add(ActorKind.PERSON, named.name, start, start + len(named.name), named.key)
        if norm[start:at] in common_words() or (title is None and _word_not_name(norm[start:at])):
            continue  # 国家主席, 有人说, 许多人表示, 向记者介绍: words, not names
        # a two-character name needs a clear left edge (阿里巴巴首席执行官 is no 巴巴)
        if length == 2 and _MODIFIED.match(norm[start - 1] if start else ""):
            continue
        if b.function_word_at(start):
            continue
        person = b.add(ActorKind.PERSON, b.text[start:at], start, at)
        if title and title not in person.titles:
            person.titles.append(title)
        return person
    return None


def _named_person(b: _Builder, start: int, length: int) -> _Actor | None:
    """The person named first whose (shorter) name starts at ``start``."""
    best: tuple[int, _Actor] | None = None
    for n in range(2, length):
        hit = b.people.get(b.norm[start:start + n])
        if hit is not None and (best is None or hit[0] < best[0]):
            best = hit
    return best[1] if best is not None else None


def _titled_person(b: _Builder, m: regex.Match[str], last_org: tuple[_Actor, int] | None,
                   known: frozenset[str]) -> None:
    """Titles then a name (党组书记、厅长陈建军), or a name then its title (李克强总理)."""
    titles = m.group("titles").split("、")
    ns = m.start("titles") if m.group("tname") is None else m.start("tname")
    ne = _person_name(b.norm, ns, known) if m.group("tname") is not None else None
    if ne is not None and (_FOLLOWER.match(b.norm, ns) or b.function_word_at(ns)):
        ne = None  # 总书记强调: a verb, not a name, follows the title; 主席后首次 neither
    if ne is None:
        if titles[0] not in _ROLE_SET:
            _name_before(b, m.start(), titles[0], known)
        return
    person = b.add(ActorKind.PERSON, b.text[ns:ne], ns, ne)
    for title in titles:
        if title not in person.titles:
            person.titles.append(title)
    if last_org is not None and last_org[1] == m.start("titles"):
        person.org = person.org or last_org[0]
    # 副市长侯华锋、张荣海、王大金: the names listed after a titled one share its title
    norm = b.norm
    while ne < len(norm) and norm[ne] == "、":
        start = ne + 1
        end = _listed_name(norm, start, known)
        if end is None or not b.free(start, end):
            break
        listed = b.add(ActorKind.PERSON, b.text[start:end], start, end)
        for title in titles:
            if title not in listed.titles:
                listed.titles.append(title)
        ne = end


def _listed_name(norm: str, start: int, known: frozenset[str]) -> int | None:
    """End of a name in a list (…、张荣海、…): one that ends where the list goes on or stops."""
    for length in (3, 2):
        end = start + length
        if (end <= len(norm) and _is_name(norm, start, end, known)
                and (end == len(norm) or norm[end] in "、，,。；;" or _FOLLOWER.match(norm, end))
                and norm[start:end] not in common_words()):
            return end
    return None


def _region_pieces(rg: str) -> list[tuple[int, int, Region]]:
    """The region names a run is made of, longest first at each point (四川成都 → 四川, 成都)."""
    table = regions()
    pieces: list[tuple[int, int, Region]] = []
    i = 0
    while i < len(rg):
        for j in range(len(rg), i, -1):
            region = table.get(rg[i:j])
            if region is not None:
                pieces.append((i, j, region))
                i = j
                break
        else:
            i += 1
    return pieces


def _province_and_city(rg: str) -> list[tuple[int, int, Region]] | None:
    """A run that is a province and one of its cities, each written alone (四川成都, 甘肃省陇南):
    news lists places so, and means two. Deeper runs (四川省阿坝州松潘县) name one place."""
    pieces = _region_pieces(rg)
    if (len(pieces) == 2 and pieces[0][:2] == (0, pieces[1][0]) and pieces[1][1] == len(rg)
            and pieces[0][2].level == "province" and pieces[1][2].level == "city"
            and pieces[1][2].province == pieces[0][2].code):
        return pieces
    return None


def _region_key(rg: str) -> tuple[str, Region | None]:
    """The code of the innermost region in a run of region names (广西南宁市 → 南宁市)."""
    pieces = _region_pieces(rg)
    return (pieces[-1][2].code, pieces[-1][2]) if pieces else (rg, None)


def _declared_name(norm: str, decl_start: int, floor: int) -> int:
    """Where a name declared by (以下简称X) starts: back to a verb, a punctuation mark or
    the end of the previous mention."""
    i = decl_start
    while i > floor and "\u4e00" <= norm[i - 1] <= "\u9fff":
        if _LEFT_STOP.search(norm, max(floor, i - 3), i) and i < decl_start:
            # the characters just before i are a stop word: the name starts at i
            stop = _LEFT_STOP.search(norm, max(floor, i - 3), i)
            if stop is not None and stop.end() == i:
                break
        i -= 1
    return i


def find_actors(text: str, *, actors: ActorDictionary | None = None) -> list[Actor]:
    """Every organization, person and place ``text`` names, each once, in order of appearance.

    >>> [(a.kind.value, a.name) for a in find_actors("南宁市自然资源局局长张伟表示，…")]
    [('ORG', '南宁市自然资源局'), ('PERSON', '张伟')]
    """
    return actors_of(check_text(text), normalize(text), actors)


def actors_of(text: str, norm: str, actors: ActorDictionary | None = None,
              tokens: Tokens | None = None) -> list[Actor]:
    """``find_actors`` on a text already normalized (``norm``), with its words when the
    pipeline has them."""
    b = _Builder(text, norm)
    candidates = _candidates(norm)
    home = _home_province(norm, ((s, e) for s, e, _, m in candidates if m is None))
    last_org: tuple[_Actor, int] | None = None  # an organization and where it ended
    for start, end, kind, name, key in _user_mentions(norm, actors):
        b.add(kind, name, start, end, key)
    given = set(b.by_key)  # the user's actors are never second-guessed
    tokens = tokens if tokens is not None else tokenize(norm)
    b.tokens = tokens
    _foreign_names(b, tokens)
    _anonymised(b, {e for _, e, kind, _ in candidates if kind == "region"})
    given.update(_numbered_cases(b))  # a case number is a person by its form alone
    surnames_ = surnames()
    for s, e, source, m in candidates:
        if not b.free(s, e):
            continue
        if source == "region" and _time_zone(norm, e):
            continue
        if source == "region":  # a run of region names
            if b.inside_word(s, shortest=2):
                continue  # 嘉义县 holds no 义县, 以南县市 no 南县 (its end may: 南宁市公安局)
            last_org = _after_region(b, s, e) or last_org
            continue
        if source == "team":
            opens = _name_start(tokens, s, e)
            if opens is None or not b.free(opens, e):
                continue
            s = opens
            name = norm[s:e]
            if (not _VERB.search(name) and _han_only(name) and len(name) >= 3
                    and not name[:-1].endswith(lx.TEAM_NOT_BEFORE)):
                team = b.add(ActorKind.ORG, b.text[s:e], s, e)
                ne = _person_name(norm, e, surnames_)  # 江苏队吕淑文: the team's player
                if ne is not None and b.free(e, ne):
                    b.add(ActorKind.PERSON, b.text[e:ne], e, ne).org = team
            continue
        if source == "venue":
            opens = _name_start(tokens, s, e)
            if opens is not None and b.free(opens, e):
                name = norm[opens:e]
                if not _VERB.search(name) and _han_only(name):
                    b.add(ActorKind.PLACE, b.text[opens:e], opens, e)
            continue
        if source == "bare":
            opens = _name_start(tokens, s, e, after_verbs=True)
            if opens is not None and b.free(opens, e):
                name = norm[opens:e]
                if (not _VERB.search(name) and name not in lx.GENERIC_BODIES
                        and not _COUNTED.search(name)):  # 省内5家医院: some hospitals
                    last_org = _organization(b, opens, e, ("ORG", name))
            continue
        assert m is not None  # every other source is a scanner match
        if source == "nat":
            last_org = _organization(b, s, e, ("ORG", m.group()))
        elif source == "known":  # 国务院 安全生产督导组: its sub-units too
            if e - s <= 2 and b.inside_word(s, shortest=2):
                continue  # 平台铁定: no 台铁 inside the tagger's 平台
            known_org = b.add(ActorKind.ORG, b.text[s:e], s, e, ("ORG", m.group()))
            last_org = _sub_units(b, known_org, s, e, known_org.key)
        elif source == "lvl":
            last_org = _level_org(b, m, home)
        elif source == "byline":
            ns = m.start("bname")
            ne = _person_name(norm, ns, surnames_)
            if ne is not None:
                b.add(ActorKind.PERSON, b.text[ns:ne], ns, ne)
        elif source == "titles":
            _titled_person(b, m, last_org, surnames_)
        elif source in ("comrade", "speech"):
            _name_before(b, s, None, surnames_)
        else:
            _declaration(b, m, last_org)
    _confirm_people(b, tokens, given)
    _countries(b)
    _areas(b)
    _local_places(b)
    _statistical(b, tokens)
    _listed_people(b, surnames_)
    _orgs_after_places(b)
    _addresses(b)
    _short_forms(b)
    _county_short_forms(b)
    _alias_mentions(b)
    return _finish(b)


_JOINED_NAME = regex.compile(r"\p{Han}+(?:[·・•]\p{Han}+)+", regex.V1)
_FOREIGN_PART = 6  # characters of one part of a transliterated name at most
_NAME_BREAK = regex.compile(r"[和与及、的了在于将对向就也还已被把同跟是为]", regex.V1)
_NOT_NAME_TAGS = frozenset(("v", "vn", "p", "c", "u", "uj", "ul", "d", "t", "m", "f", "r"))


_ANONYMISED = regex.compile(r"某某?(?![日天时年月地处些种个部单位人市县区镇乡村项次件类])")


# A patient known by a health authority's case number (案593為50多歲本國籍女性): a person.
_CASE_NUMBER = regex.compile(r"(?<!\p{Han})案[0-9]{1,5}(?![0-9])", regex.V1)


def _numbered_cases(b: _Builder) -> list[tuple[str, ...]]:
    """Patients named by their case number (案591, 案593), as health notices write them;
    their keys."""
    keys: list[tuple[str, ...]] = []
    if "案" not in b.norm:
        return keys
    for m in _CASE_NUMBER.finditer(b.norm):
        s, e = m.span()
        if b.free(s, e):
            keys.append(b.add(ActorKind.PERSON, b.text[s:e], s, e).key)
    return keys


def _anonymised(b: _Builder, region_ends: set[int]) -> None:
    """Names withheld by the report (刘某, 张某某): a surname, then 某; not the last
    character of a region (``region_ends``: where the region runs end)."""
    norm = b.norm
    if "某" not in norm:
        return
    singles = single_surnames()
    for m in _ANONYMISED.finditer(norm):
        s = m.start() - 1
        if s < 0 or norm[s] not in singles:
            continue
        if s + 1 in region_ends:
            continue  # 唐山市路北区某烧烤店: the district's 区, no surname 区
        if s and norm[s - 1:s + 1] in surnames():
            s -= 1  # 欧阳某
        if b.free(s, m.end()):
            b.add(ActorKind.PERSON, b.text[s:m.end()], s, m.end())


def _joined_names(norm: str) -> Iterator[tuple[int, int]]:
    """Runs of Han characters with middle dots, split at 和, 、 and other joints."""
    for m in _JOINED_NAME.finditer(norm):
        lo = m.start()
        for cut in [*(x.start() for x in _NAME_BREAK.finditer(norm, lo, m.end())), m.end()]:
            if any(norm[i] in "·・•" for i in range(lo, cut)):
                yield lo, cut
            lo = cut + 1


def _foreign_names(b: _Builder, tokens: Tokens) -> None:
    """Transliterated names joined by a middle dot (艾伦·摩尔, 雷杰普·塔伊普·埃尔多安): one
    person, from after the title or word before it to the end of the word after the dot."""
    norm = b.norm
    if "·" not in norm and "・" not in norm and "•" not in norm:
        return
    for start, end in _joined_names(norm):
        dots = [i for i in range(start, end) if norm[i] in "·・•"]
        for cut in range(start + 1, dots[0]):  # 外交部长艾伦: the name starts after the title
            if (_TITLE_END.search(norm, start, cut) or _LEFT_STOP.search(norm, start, cut)
                    or _NAME_BREAK.match(norm, cut - 1)):
                start = cut
        k = bisect.bisect_right(tokens.starts, dots[-1] + 1) - 1
        while k + 1 < len(tokens.words) and tokens.starts[k + 1] < end:
            # 勒克莱尔邀请, 摩尔于昨日: the name ends where a verb or function word starts
            nxt = k + 1
            word = tokens.words[nxt]
            if ((tokens.tags[nxt] in _NOT_NAME_TAGS and len(word) > 1)
                    or _NAME_BREAK.fullmatch(word) or _FOLLOWER.match(word)):
                end = tokens.starts[nxt]
                break
            k = nxt
        parts = regex.split(r"[·・•]", norm[start:end])
        if (len(parts) < 2 or not all(0 < len(x) <= _FOREIGN_PART for x in parts)
                or max(map(len, parts)) < 2 or not b.free(start, end)):
            continue
        person = b.add(ActorKind.PERSON, b.text[start:end], start, end)
        if len(parts[-1]) >= 2:  # 艾伦·摩尔 … 摩尔: the family name alone names them again
            b.alias(person, parts[-1])


def story_actors(actors: list[Actor], credits: list[tuple[int, int]],
                 given: frozenset[str] = frozenset()) -> list[Actor]:
    """The actors the story names: without those named only in its dateline, byline or
    credit lines (新华社, the reporter), unless the user listed them (``given`` names)."""
    # mentions inside a longer one (定西市公安局 within 定西市公安局安定分局), in one sweep:
    # a span is inside when one before it in (start, longest first) order reaches its end
    covered: set[tuple[int, int]] = set()
    reach = -1
    for span in sorted({(m.start, m.end) for a in actors for m in a.mentions},
                       key=lambda x: (x[0], -x[1])):
        if reach >= span[1]:
            covered.add(span)
        reach = max(reach, span[1])
    starts = [cs for cs, _ in credits]

    def credited(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s) - 1  # credits are sorted and disjoint
        return k >= 0 and e <= credits[k][1]

    kept = [a for a in actors if a.name in given or not all(
        credited(m.start, m.end) or (m.start, m.end) in covered for m in a.mentions)]
    if len(kept) == len(actors):
        return actors
    ids = {a.id for a in kept}
    return [a if (a.parent is None or a.parent in ids) and (a.org is None or a.org in ids)
            else a.model_copy(update={"parent": a.parent if a.parent in ids else None,
                                      "org": a.org if a.org in ids else None})
            for a in kept]


@lru_cache(maxsize=1)
def _countries_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(
        sorted(c for c in countries() if len(c) >= 2),
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _countries(b: _Builder) -> None:
    """Countries wherever the text names them, whatever the tagger's words (同日/本 hides
    日本 in 同日本首相); not as a demonym (日本人) or inside a longer name."""
    norm = b.norm
    for _, s, e in find_words(_countries_automaton(), norm):
        if b.inside_word(s, shortest=2):
            continue  # 增加纳税: no 加纳
        if b.free(s, e) and norm[e:e + 1] not in ("人", "籍", "队", "语", "式", "方"):
            b.add(ActorKind.PLACE, b.text[s:e], s, e)


@lru_cache(maxsize=1)
def _areas_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{_alt(lx.GEO_DIRECTIONS)})地区|(?:{_alt(lx.GEO_AREAS)})(?:地区)?"
        rf"|(?:{_BODY_CHAR}){{1,3}}[河江湖]流域|(?:{_BODY_CHAR}){{2,3}}盆地|(?:台湾|香港|澳门)地区",
        regex.V1)


_HK_MO = regex.compile(r"香港|港岛|九龙|新界|警区|港铁|澳门|氹仔|路环")
_PLACE_SUFFIX = frozenset("道街路站区邨村警港湾码")  # 旺角道, 太子站, 山顶一带
_PLACE_BEFORE = frozenset("在于至往到赴近")  # 在太子, 前往山顶
_PLACE_AFTER = ("一带", "附近", "区内", "警区", "地区", "港铁站", "站")


@lru_cache(maxsize=1)
def _local_automaton() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(
        list(local_places()), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _local_places(b: _Builder) -> None:
    """Areas of Hong Kong and Macau in a text about them (one that names them, or written in
    traditional characters): 旺角, 铜锣湾, 氹仔 are places; one that
    is an ordinary word too (太子, 山顶) only where a place suffix or preposition frames it."""
    norm = b.norm
    if _HK_MO.search(norm) is None and b.text == norm:
        return  # neither named nor written in traditional characters: no Hong Kong text
    ambiguous = local_places()
    for _, s, e in find_words(_local_automaton(), norm):
        if not b.free(s, e):
            continue
        after = norm[e:e + 1]
        if ambiguous[norm[s:e]] and not (
                after in _PLACE_SUFFIX or norm.startswith(_PLACE_AFTER, e)
                or (norm[s - 1:s] in _PLACE_BEFORE and not _ALL_HAN.fullmatch(after))):
            continue
        if after == "站" and norm[e + 1:e + 2] not in _STANDING and b.free(e, e + 1):
            e += 1  # 大围站, 启德站: the station is the place
        b.add(ActorKind.PLACE, b.text[s:e], s, e)


_STANDING = frozenset("在着立起了出")  # 站在, 站着: the verb 站, no station


def _areas(b: _Builder) -> None:
    """Parts of the country, river basins and basins (西北地区, 江淮, 淮河流域, 四川盆地)."""
    if "地区" not in b.norm and "流域" not in b.norm and "盆地" not in b.norm and not any(
            a in b.norm for a in lx.GEO_AREAS):
        return
    matches = list(_areas_re().finditer(b.norm))
    if not matches:
        return
    starts = set(b.tokens.starts) if b.tokens is not None else set()
    # every mention once, sorted, so that each match looks at its neighbours only (linear)
    held = sorted((ms, me, a) for a in b.by_key.values() for ms, me in a.mentions)
    held_starts = [ms for ms, _, _ in held]
    for m in matches:
        s, e = m.span()
        while (s not in starts or b.function_word_at(s)) and e - s > 3 and starts:
            s += 1  # 塔里木盆地 from its first word, 以黑龙江流域 after the preposition
        near = held[bisect.bisect_left(held_starts, s - _AREA_REACH):
                    bisect.bisect_left(held_starts, e)]
        if s not in starts or b.inside_word(s, shortest=2) or any(
                ms < e and s < me and not (s <= ms and me <= e) for ms, me, _ in near):
            continue  # 江南区, 江淮汽车: a longer name holds it
        for ms, me, a in near:  # 四川 of 四川盆地, 台湾 of 台湾地区: the longer place
            if a.kind is ActorKind.PLACE and s <= ms and me <= e and (ms, me) in a.mentions:
                del a.mentions[(ms, me)]
                b.release(ms, me)
        if b.free(s, e):
            b.add(ActorKind.PLACE, b.text[s:e], s, e)


_AREA_REACH = 30  # characters a mention that overlaps an area may start before it


_LOOSE_TAGS = frozenset(("p", "c", "r", "u", "uj"))


def _name_start(t: Tokens, s: int, e: int, after_verbs: bool = False) -> int | None:
    """Where a name found from its head leftwards really starts: after the last
    preposition, conjunction, pronoun or verb before a place in it (列车从内蒙古赤峰南站,
    触发岭澳核电站); ``None`` when too little is left. (It may start inside a word: the
    tagger cuts unknown names badly, 从澜|州市.)"""
    k = max(0, bisect.bisect_right(t.starts, s) - 1)
    while k + 1 < len(t.starts) and t.starts[k + 1] < e:
        if t.tags[k] in _LOOSE_TAGS or (t.tags[k] == "v" and (
                after_verbs or t.tags[k + 1] == "ns"
                or (k and t.tags[k - 1] in ("d", "nr", "nrfg", "r")))):
            # 再度捧起大运女足, 习近平检阅仪仗队: a verb after an adverb or a person is a
            # predicate, not part of the name
            s = t.starts[k + 1]  # 市政府调集消防大队: the unit named by its head alone
        k += 1
    return s if e - s >= 3 else None


def _time_zone(norm: str, end: int) -> bool:
    """Whether a place name ending at ``end`` names a time zone (北京时间), not a place."""
    return norm.startswith("时间", end)


def _confirm_people(b: _Builder, tokens: Tokens, given: set[tuple[str, ...]]) -> None:
    """A person found only by the verb after the name (向办案民警说, 金管局表示) stays only if
    the tagger or the model reads a person there too; titled people stand on their title."""
    doubtful = [a for a in b.by_key.values()
                if a.kind is ActorKind.PERSON and not a.titles and a.key not in given
                and a.mentions]
    if not doubtful:
        return
    windows = [around(s, e) for a in doubtful for s, e in a.mentions]
    seen = [(s, e) for s, e, kind in recognize(b.norm, windows) if kind is ActorKind.PERSON]
    seen += [(s, s + len(w)) for w, tag, s in zip(tokens.words, tokens.tags, tokens.starts,
                                                  strict=True) if tag in ("nr", "nrfg", "nrt")]
    for a in doubtful:
        if not any(ms < e and s < me for ms, me in a.mentions for s, e in seen):
            a.mentions.clear()


# after a listed name: what may follow the last item of a list of people
_LIST_END = regex.compile(
    r"[、，,。；;：:和与及等\d两三四五六七八九十（(\n]|$|[一二]名|同志|先生|女士")


def _listed_people(b: _Builder, known: frozenset[str]) -> None:
    """Names listed with 、 next to a person found (景海鹏、陈冬2名航天员; 丁薛祥、王毅、栗战书等):
    a surname and one or two characters between list marks are people too."""
    norm = b.norm
    people = sorted((s, e) for a in b.by_key.values() if a.kind is ActorKind.PERSON
                    for s, e in a.mentions)
    for s, e in people:
        at = e  # rightwards: 、name、name
        while norm[at:at + 1] == "、":
            ne = next((at + 1 + n for n in (3, 2) if _is_name(norm, at + 1, at + 1 + n, known)
                       and _LIST_END.match(norm, at + 1 + n) and b.free(at + 1, at + 1 + n)
                       and not _word_not_name(norm[at + 1:at + 1 + n])), None)
            if ne is None:
                break
            b.add(ActorKind.PERSON, b.text[at + 1:ne], at + 1, ne)
            at = ne
        at = s  # leftwards: name、 before the person
        while at > 0 and norm[at - 1] == "、":
            ns = next((at - 1 - n for n in (3, 2) if at - 1 - n >= 0
                       and _is_name(norm, at - 1 - n, at - 1, known)
                       and (at - 1 - n == 0 or not _ALL_HAN.fullmatch(norm, at - 2 - n, at - 1 - n)
                            or norm[at - 2 - n] in "、，,：:（(")
                       and b.free(at - 1 - n, at - 1)
                       and not _word_not_name(norm[at - 1 - n:at - 1])), None)
            if ns is None:
                break
            b.add(ActorKind.PERSON, b.text[ns:at - 1], ns, at - 1)
            at = ns


def _statistical(b: _Builder, tokens: Tokens) -> None:
    """People and places no rule found (see ``actors.statistical``); 警方 and 消防 as bodies
    when the tagger reads them as words of their own."""
    words = tokens.words
    generic = lx.GENERIC_ACTORS
    for k in [k for k, w in enumerate(words) if w in generic]:  # a C-level scan of the words
        w, s = words[k], tokens.starts[k]
        if (b.free(s, s + len(w))
                and (k + 1 == len(words) or words[k + 1] not in lx.MEMBER_WORDS)):
            b.add(ActorKind.ORG, b.text[s:s + len(w)], s, s + len(w))
    table = regions()
    for s, e, kind in statistical_names(b.norm, tokens, b.free):
        if not b.free(s, e) or _time_zone(b.norm, e):
            continue
        name = b.norm[s:e]
        region = next((table[n] for n in (name, name + "市", name + "省") if n in table), None)
        if kind is ActorKind.PLACE and region is not None:
            b.add(kind, b.text[s:e], s, e, ("PLACE", region.code))
        else:
            b.add(kind, b.text[s:e], s, e)


def _home_province(norm: str, runs: Iterable[tuple[int, int]]) -> str | None:
    """The province a text is about: the one its region names point to most often."""
    counts: dict[str, int] = {}
    for s, e in runs:
        _, region = _region_key(norm[s:e])
        if region is not None:
            counts[region.province] = counts.get(region.province, 0) + 1
    return max(sorted(counts), key=lambda c: counts[c]) if counts else None


def _after_region(b: _Builder, s: int, e: int) -> tuple[_Actor, int] | None:
    """A run of region names starts an address, an organization, or is a place itself."""
    tail = _region_tail().match(b.norm, e)
    code, region = _region_key(b.norm[s:e])
    if tail is not None and tail.group("street") is not None:
        b.add(ActorKind.PLACE, b.text[s:tail.end()], s, tail.end())
        return None
    if tail is not None:
        org_end = tail.end()
        if not _VERB.search(b.norm, e, org_end) and not _COUNTED.search(b.norm, e, org_end):
            return _organization(b, s, org_end, ("ORG", code, b.norm[e:org_end]))
    venue = _region_venue().match(b.norm, e)  # 深圳宝安体育场, 万州城区: one place
    if venue is not None and not _VERB.search(b.norm, e, venue.end()):
        b.add(ActorKind.PLACE, b.text[s:venue.end()], s, venue.end())
        return None
    pair = _province_and_city(b.norm[s:e])
    if pair is not None:
        for i, j, piece in pair:  # 四川成都, 陕西西安: a province and its city, two places
            city = b.add(ActorKind.PLACE, piece.name, s + i, s + j, ("PLACE", piece.code))
        b.alias(city, b.text[s:e])  # and the run names the city too
    elif region is not None and region.name == b.norm[s:e]:
        b.add(ActorKind.PLACE, b.text[s:e], s, e, ("PLACE", code))  # as written: 雲林縣
    elif region is not None and region.level == "province":
        b.add(ActorKind.PLACE, region.name, s, e, ("PLACE", code))
    elif (region is not None and region.level == "city" and region.short == b.norm[s:e]
          and not b.common_word_at(s, e)):
        b.add(ActorKind.PLACE, b.text[s:e], s, e, ("PLACE", code))  # 南投, 武汉 written alone
    return None


_NOT_SUB_UNIT = regex.compile(
    r"[0-9]|立即|迅速|随即|马上|当即|紧急|连夜|及时|已|正在|组织(?!部)|暂委")  # 暂委法官: acting


def _organization(b: _Builder, s: int, e: int, key: tuple[str, ...]) -> tuple[_Actor, int]:
    actor = b.add(ActorKind.ORG, b.text[s:e], s, e, key)
    return _sub_units(b, actor, s, e, key)


def _sub_units(b: _Builder, actor: _Actor, s: int, e: int, key: tuple[str, ...]
               ) -> tuple[_Actor, int]:
    """Sub-units written right after a body: 广西自然资源厅办公室, …机关党委."""
    norm = b.norm
    while True:
        sub = _sub_unit_re().match(norm, e)
        if (sub is None or _VERB.search(sub.group()) or _NOT_SUB_UNIT.search(sub.group())
                or _TITLE_START.match(norm, sub.end() - 1)):
            break  # '…局充分发挥…' is a predicate; '…局局长' a title; '…站立即出动3部' a count
        child = b.add(ActorKind.ORG, b.text[s:sub.end()], s, sub.end(), (*key, norm[e:sub.end()]))
        child.parent = child.parent or actor
        actor, e = child, sub.end()
    return actor, e


def _level_org(b: _Builder, m: regex.Match[str], home: str | None) -> tuple[_Actor, int]:
    """自治区人民政府, 省委: a body of the region the text is about."""
    level, body = m.group("lvl"), m.group("lbody")
    full_body = "人民政府" if body == "政府" else body
    table = regions()
    name = b.text[m.start():m.end()]  # as written (市消防支隊 stays traditional)
    key: tuple[str, ...] = ("ORG", m.group())
    home_region = next((r for r in table.values() if r.code == home), None) if home else None
    if home_region is not None and home_region.name.endswith(level) and not (
            level == "区" and body != "党委"
            and ("ORG", home_region.code, "党委") not in b.by_key):
        # 区委, 区政府: a district's; 区党委 and the 区政府 after it: the region's
        name = home_region.name + full_body
        key = ("ORG", home_region.code, full_body)
    s, e = m.span()
    actor = b.add(ActorKind.ORG, name, s, e, key)
    # 自治区党委政府 / 自治区党委、政府: the government of the same level follows
    tail = regex.match(r"、?政府", b.norm[e:e + 3])
    if body == "党委" and tail is not None:
        gov_name = (home_region.name + "人民政府") if key[1:2] and home_region else level + "政府"
        gov_key = ("ORG", home_region.code, "人民政府") if home_region else ("ORG", gov_name)
        gs = e + tail.end() - 2
        b.add(ActorKind.ORG, gov_name, gs, gs + 2, gov_key)
        return actor, e
    return _sub_units(b, actor, s, e, key)  # 市消防支队 指挥中心


def _declaration(b: _Builder, m: regex.Match[str], last_org: tuple[_Actor, int] | None) -> None:
    alias = m.group("alias").strip()
    s = m.start()
    b.take(s, m.end())  # the declaration itself names nothing new
    if last_org is not None and last_org[1] == s:
        b.alias(last_org[0], alias)
        return
    floor = b.last_end_before(s)
    start = _declared_name(b.norm, s, floor)
    if s - start < 2 or not _heads_re().search(b.norm, start, s):
        return
    actor = b.add(ActorKind.ORG, b.text[start:s], start, s)
    b.alias(actor, alias)


def _short_forms(b: _Builder) -> None:
    """An organization named with its region may be named again without it (广西自然资源厅 →
    自然资源厅), when no other organization in the text has the same short form."""
    owners: dict[str, list[_Actor]] = {}
    for actor in b.by_key.values():
        if actor.kind is ActorKind.ORG and len(actor.key) == 3 and actor.parent is None:
            short = actor.key[2]
            if len(short) >= 3 and short not in lx.GENERIC_BODIES:
                owners.setdefault(short, []).append(actor)
    for short, actors in owners.items():
        if len(actors) == 1 and short not in b.by_alias:
            b.by_alias[short] = actors[0]


def _county_short_forms(b: _Builder) -> None:
    """A county or township the text names in full may be named again by its short form
    (花蓮縣 … 花蓮, 萬榮鄉 … 萬榮): that is the place, not a person the tagger or the model saw.
    (County short forms alone are too often ordinary words to be places: gazetteer.)"""
    table = regions()
    words = common_words()
    shorts: dict[str, _Actor] = {}
    for a in b.by_key.values():
        if a.kind is not ActorKind.PLACE:
            continue
        name = normalize(a.name)
        region = table.get(name)
        if region is not None:
            short = region.short if region.level == "county" else ""
        else:  # a county or township the gazetteer does not hold (花蓮縣, 萬榮鄉 of Taiwan)
            short = name[:-1] if len(name) == 3 and name[-1] in "县市乡镇" else ""
        if len(short) >= 2 and short != name and short not in table and short not in words:
            shorts.setdefault(short, a)
    if not shorts:
        return
    people = {normalize(a.name): a for a in b.by_key.values() if a.kind is ActorKind.PERSON}
    found = _occurrences(b.norm, list(shorts))
    for (short, place), starts in zip(shorts.items(), found, strict=True):
        person = people.get(short)
        if person is not None:  # 雲林 the "person" is 雲林縣
            for span in list(person.mentions):
                del person.mentions[span]
                b.release(*span)
        for at in starts:
            end = at + len(short)
            if (b.free(at, end) and b.norm[end:end + 1] not in ("县", "市", "区", "乡", "镇")
                    and not _sub_unit_re().match(b.norm, end)):  # 南投地检署: a body's
                b.add(ActorKind.PLACE, place.name, at, end, place.key)


def _alias_mentions(b: _Builder) -> None:
    """Later uses of declared aliases, of region-less short forms (自然资源厅), and of
    people's full names (a three-character name is rarely an ordinary word)."""
    people = [(normalize(a.name), a) for a in b.by_key.values()
              if a.kind is ActorKind.PERSON and len(a.name) >= 2 and a.mentions]
    names = [*b.by_alias.items(), *people]
    found = _occurrences(b.norm, [alias for alias, _ in names])
    edges = set(b.tokens.starts) if b.tokens is not None else set()
    for (alias, actor), starts in zip(names, found, strict=True):
        first = min(actor.mentions)[0] if actor.mentions else 0
        end = first + 1
        short = actor.kind is ActorKind.PERSON and len(alias) == 2
        for at in starts:
            if at < end:
                continue
            if short and not (at in edges and (at + 2 in edges or at + 2 == len(b.norm))):
                continue  # a two-character name only as a word of its own (郭辉乘坐)
            end = at + len(alias)
            before = b.norm[at - 1] if at else ""
            # 专项领导小组 is another group than the one called 领导小组
            if not _MODIFIED.match(before) and b.free(at, end):
                b.add(actor.kind, actor.name, at, end, actor.key)


# one automaton pass beats a str.find pass per word only for many words over a long text
_AUTOMATON_WORDS = 32
_AUTOMATON_WORK = 2_000_000  # words x characters


def _occurrences(norm: str, words: list[str]) -> list[list[int]]:
    """Where each word occurs in ``norm`` (overlaps included), word by word. ``str.find``
    per word for the usual short text; one automaton pass when words times text is large,
    so that a long text with many names stays linear."""
    joined = "".join(words)
    if (len(words) < _AUTOMATON_WORDS or len(words) * len(norm) < _AUTOMATON_WORK
            or _UNSAFE_FOR_AUTOMATON.search(joined)):
        out = []
        for word in words:
            starts, at = [], norm.find(word)
            while at != -1:
                starts.append(at)
                at = norm.find(word, at + 1)
            out.append(starts)
        return out
    unique = list(dict.fromkeys(words))
    hits: dict[str, list[int]] = {w: [] for w in unique}
    automaton = ahocorasick_rs.AhoCorasick(unique)
    for k, start, _ in find_words(automaton, norm, overlapping=True):
        hits[unique[k]].append(start)
    return [sorted(hits[w]) for w in words]


def _user_mentions(norm: str, actors: ActorDictionary | None
                   ) -> list[tuple[int, int, ActorKind, str, tuple[str, ...]]]:
    if not actors:
        return []
    entries = coerce_actors(actors)  # checked: timeline._args
    names = {n: (kind, canon) for canon, kind, aliases in entries for n in (canon, *aliases)}
    found: list[tuple[int, int, ActorKind, str, tuple[str, ...]]] = []
    for m in regex.finditer(_alt(normalize(n) for n in names), norm):
        kind, canon = names.get(m.group(), next(
            (v for n, v in names.items() if normalize(n) == m.group()), (ActorKind.ORG, m.group())))
        found.append((m.start(), m.end(), kind, canon, (kind.value, canon)))
    return found


def load_actor_dictionary(path: str | Path) -> list[dict[str, object]]:
    """Read user actors from a JSON file (a list of ``{name, kind, aliases}`` or a
    ``{name: kind}`` object) or a TSV file (``name<TAB>kind<TAB>alias|alias``)."""
    p = Path(path)
    text = p.read_text(encoding="utf-8-sig")  # a BOM (Excel writes one) is no part of a name
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidActorsError(f"{path}: not JSON ({exc.msg} at line {exc.lineno} "
                                     f"column {exc.colno})") from None
        if isinstance(data, dict):
            return actor_records(data, str(path))
        if isinstance(data, list):
            return actor_records(data, str(path))
        raise TimelineError(f"{path}: expected a JSON list or object of actors")
    out: list[dict[str, object]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise TimelineError(f"{path}:{n}: expected name<TAB>kind[<TAB>alias|alias]")
        aliases = [a for a in cols[2].split("|") if a] if len(cols) > 2 else []
        out.append({"name": cols[0], "kind": cols[1], "aliases": aliases})
    return out


_COUNTED = regex.compile(r"[0-9一二三四五六七八九十两几多][所家个名栋座处间辆支]")  # 一所学校


@lru_cache(maxsize=1)
def _head_only() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_heads()})", regex.V1)


def _orgs_after_places(b: _Builder) -> None:
    """A place the tagger or the model found, then an organization head: that place's body
    (江澄区 + 人民政府, 鹭江市 + 交通运输局), the way a known region starts one."""
    norm = b.norm
    places = sorted((s, e, a) for a in list(b.by_key.values())
                    if a.kind is ActorKind.PLACE or (a.kind is ActorKind.PERSON and not a.titles)
                    for s, e in a.mentions)
    generic = {(s, e): a for a in b.by_key.values() if a.name in lx.GENERIC_ACTORS
               for s, e in a.mentions}
    for s, e, a in places:
        sub = _sub_unit_re().match(norm, e)
        if (sub is None or _VERB.search(sub.group()) or _COUNTED.search(sub.group())
                or _TITLE_START.match(norm, sub.end() - 1)):
            continue
        if a.kind is ActorKind.PERSON and not _head_only().fullmatch(sub.group()):
            continue  # 花莲凤林 分局: a misread place; not 王明 说学校
        inside = [(gs, ge) for gs, ge in generic if e <= gs and ge <= sub.end()]
        for gs, ge in inside:  # 石狮鸿山 消防 救援站: the generic word is part of the name
            generic.pop((gs, ge)).mentions.pop((gs, ge), None)
            b.release(gs, ge)
        if not b.free(e, sub.end()):
            continue
        a.mentions.pop((s, e), None)
        b.release(s, e)
        _organization(b, s, sub.end(), ("ORG", norm[s:sub.end()]))


_STREET_TAIL = regex.compile(
    r"(?:(?!的|一带|附近|道路)\p{Han}){0,4}?(?:大道|大街|中路|南路|北路|东路|西路|路|街|巷)"
    r"(?:[一二三四五六七八九十0-9]{1,3}段|[0-9]{1,5}号)?(?![头上边角坊区])", regex.V1)
_NUMBER = r"[一二三四五六七八九十0-9]{1,3}段|[0-9]{1,5}号"
_STREET_NUMBER = regex.compile(_NUMBER)
_STREET_END = regex.compile(rf"(?:大道|大街|路|街|巷)(?:{_NUMBER})?$")


def _addresses(b: _Builder) -> None:
    """A run of places is one place (四川省阿坝州松潘县), and so is a run that ends in a street
    (沈阳市铁西区兴华街, 台中市西屯区台湾大道三段): the text names one place there."""
    places = sorted((s, e, a) for a in b.by_key.values() if a.kind is ActorKind.PLACE
                    for s, e in a.mentions)
    i = 0
    while i < len(places):
        j = i
        while j + 1 < len(places) and places[j + 1][0] == places[j][1]:
            j += 1
        start, end = places[i][0], places[j][1]
        tail = _STREET_TAIL.match(b.norm, end)
        if tail is not None and b.free(end, tail.end()) and tail.end() > end:
            end = tail.end()
        elif _STREET_END.search(b.norm, start, end):
            number = _STREET_NUMBER.match(b.norm, end)  # 星光大道 三段
            end = number.end() if number is not None and b.free(end, number.end()) else end
        elif j == i:
            i = j + 1
            continue
        if j == i + 1 and end == places[j][1] and _province_and_city(b.norm[start:end]):
            i = j + 1  # 陕西西安: two places (see _province_and_city)
            continue
        if j > i or end > places[j][1]:  # more than one part
            for s, e, a in places[i:j + 1]:
                a.mentions.pop((s, e), None)
                b.release(s, e)
            b.add(ActorKind.PLACE, b.text[start:end], start, end)
        i = j + 1


def _han_only(name: str) -> bool:
    return bool(_ALL_HAN.fullmatch(name))


def _drop_names_in_titles(b: _Builder) -> None:
    """A name inside a 《title》 that is not the whole title (《中华人民共和国公司法》,
    《某公司章程》) names a document, not a party to the story."""
    titles = [m.span(1) for m in DOC_TITLE.finditer(b.norm)]
    if not titles:
        return
    # the titles do not overlap, so their starts and ends both rise: a mention looks at the
    # titles starting at or before it, back only while they still end at or after it (not at
    # every title for every mention, quadratic in a text of many titles and names)
    starts = [ts for ts, _ in titles]
    for a in b.by_key.values():
        for s, e in list(a.mentions):
            k = bisect.bisect_right(starts, s) - 1
            while k >= 0 and titles[k][1] >= e:
                if titles[k] != (s, e):
                    del a.mentions[(s, e)]
                    break
                k -= 1


_STORM_CUE = regex.compile(r"(?:台风|热带风暴|飓风)[“\"「]?")  # 强台风, 超强台风 end so too


def _drop_storm_names(b: _Builder) -> None:
    """A name after 台风 (台风“罗莎”) names a storm, not a person."""
    if "台风" not in b.norm and "风暴" not in b.norm and "飓风" not in b.norm:
        return
    people: dict[str, list[_Actor]] = {}
    for a in b.by_key.values():
        if a.kind is ActorKind.PERSON and a.mentions:
            people.setdefault(normalize(a.name), []).append(a)
    lengths = sorted({len(n) for n in people})
    for m in _STORM_CUE.finditer(b.norm):  # each storm word, then the names right after it
        for n in lengths:
            for a in people.get(b.norm[m.end():m.end() + n], ()):
                a.mentions.clear()


def _merge_tails(b: _Builder) -> None:
    """An organization named by the tail of another one's name (花莲凤林分局 … 凤林分局) is
    that one again, when no other organization ends the same way."""
    orgs = [a for a in b.by_key.values() if a.kind is ActorKind.ORG and a.mentions]
    by_tail: dict[str, list[_Actor]] = {}  # every proper tail of 4+ characters → its orgs
    for a in orgs:
        full_name = normalize(a.name)
        for i in range(1, len(full_name) - 3):
            by_tail.setdefault(full_name[i:], []).append(a)
    for short in orgs:
        name = normalize(short.name)
        if len(name) < 4 or name in lx.GENERIC_BODIES:
            continue
        longer = [a for a in by_tail.get(name, ()) if a is not short and a.parent is not short
                  and short.parent is not a]
        if len(longer) != 1:
            continue
        full = longer[0]
        for span in list(short.mentions):
            full.mentions[span] = None
        short.mentions.clear()
        if short.name not in full.aliases:
            full.aliases.append(short.name)
        for a in orgs:  # who pointed at the short one points at the full one, barring a loop
            if a.parent is short:
                a.parent = None if _is_or_under(full, a) else full
            if a.org is short:
                a.org = full


def _is_or_under(actor: _Actor, unit: _Actor) -> bool:
    """Whether ``unit`` is ``actor`` or one of its parents."""
    seen: _Actor | None = actor
    while seen is not None:
        if seen is unit:
            return True
        seen = seen.parent
    return False


_LEVEL_BODY_NAMES = frozenset(("委", "党委", "政府", "人民政府"))


def _unplaced_level_body(name: str) -> bool:
    """Whether a name is a level's committee or government with no place (区委, 县政府,
    自治区党委 the text ties to no region): a kind of body, not one body."""
    return any(name.startswith(level) and name[len(level):] in _LEVEL_BODY_NAMES
               for level in lx.LEVEL_WORDS)


def _finish(b: _Builder) -> list[Actor]:
    _merge_tails(b)
    _drop_names_in_titles(b)
    _drop_storm_names(b)
    for a in b.by_key.values():
        if a.kind is ActorKind.ORG and a.name.endswith(lx.VENUE_HEADS):
            a.kind = ActorKind.PLACE  # 南宁市体育中心: a venue, though 中心 heads bodies too
        elif a.kind is ActorKind.PLACE and normalize(a.name) in lx.BLOCS:
            a.kind = ActorKind.ORG  # 东盟, 欧盟 on their own: bodies that act (欧盟统计局 too)
    actors = sorted(b.by_key.values(), key=lambda a: min(a.mentions) if a.mentions else (0, 0))
    kept = {a.id for a in actors
            if a.mentions and a.name not in lx.NOT_ORGS and a.name not in lx.GENERIC_BODIES
            and not (a.kind is ActorKind.ORG and _unplaced_level_body(a.name))}
    out = []
    for a in actors:
        if a.id not in kept:
            continue
        mentions = tuple(ActorMention(text=b.text[s:e], start=s, end=e)
                         for s, e in sorted(a.mentions))
        out.append(Actor(
            id=a.id, name=a.name, kind=a.kind, aliases=tuple(a.aliases), mentions=mentions,
            parent=a.parent.id if a.parent and a.parent.id in kept else None,
            titles=tuple(a.titles), org=a.org.id if a.org and a.org.id in kept else None,
        ))
    return out
