"""Arguments of a predicate: its subject (the agent), the doer of a passive, negation.

Read from the words before the predicate, right to left: adverbs, times and negation are
skipped; a noun phrase after a preposition (对X, 到X, 与X) is no subject; after 被/由/遭 it is
the doer; the first other noun phrase is the subject. A clause without one takes the subject
before it (Chinese drops repeated subjects).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.lexicon import TITLES
from ..prepared import PreparedText
from ..tokens import verb_shares
from .lexicon import (
    ACCORDING,
    AGENT_END_CHARS,
    AGENT_MARKERS,
    AGENT_WORDS,
    BODY_HEADS,
    BODY_PARTS,
    CREW_HEADS,
    DUTY_VERBS,
    INSTRUMENT_VERBS,
    MANNER_COVERBS,
    NEGATIONS,
    NP_LINKS,
    PREPOSITIONS,
    VEHICLE_WORDS,
    modifiers,
)

__all__ = ["Arguments", "arguments", "is_nominal"]

_NOMINAL_TAGS = frozenset(("r", "j", "m", "q", "b", "eng", "k", "s", "vn", "l", "an", "nz", "g",
                           "zg", "f"))
_TITLES = frozenset(TITLES)
_PEOPLE = frozenset(AGENT_WORDS)  # doers whatever the tagger calls them (青年 as a time)
# 庭审前法官…, 事发后民警…: a time phrase ends before the subject
_TIME_LOCALIZERS = frozenset(("前", "后", "时", "之前", "之后", "以前", "以后", "期间"))
_NP_VERBS = frozenset(("相关", "有关", "主要", "涉事", "肇事", "涉案", "遇难", "受伤", "失踪",
                        "在场"))
_SKIP_TAGS = frozenset(("d", "ad", "t", "tg", "y", "e", "o", "ul", "uz", "ug", "uv"))
_SKIP_WORDS = frozenset(("将", "已", "已经", "曾", "正", "正在", "也", "都", "还", "又", "再",
                         "均", "共", "分别", "先后", "相继", "立即", "随即", "迅速", "及时",
                         "当场", "当即", "随后", "同时", "一起", "一同", "亲自", "专门", "主动",
                         "要", "应", "会", "能", "可", "拟", "准备", "计划", "一度", "仍", "仍然",
                         "能够", "可以", "无法", "不能", "未能", "需要", "必须", "怀疑", "涉嫌",
                         "疑似", "疑",
                         "了", "着", "并", "而", "且", "就", "便", "才", "则", "即",
                         "开展", "组织", "进行", "展开", "实施", "开始", "继续"))
_STOP_TAGS = frozenset(("x", "w"))
_SCORE_MARKS = frozenset((":", "：", "比"))
_ASIDE_WORDS = 8  # words inside brackets that are still an aside
_VERB_NOUN_SHARE = 0.8  # a "noun" this often a verb in People's Daily is one (王明带队检查)
_TIME_PREPOSITIONS = frozenset(("于", "在", "从", "自", "截至", "至", "到", "自从", "定于"))
_NEG = frozenset(NEGATIONS)
_NO_ONE = frozenset(("无", "没有", "并无", "均无", "暂无", "没"))  # before the subject


def is_nominal(word: str, tag: str) -> bool:
    """Whether a word can be part of a noun phrase (a title is, however the tagger reads
    it: 首相 comes out an adverb after 同日本)."""
    return ((tag[:1] == "n" or tag in _NOMINAL_TAGS) and word not in PREPOSITIONS
            and word not in INSTRUMENT_VERBS) or (
        word in _NP_VERBS) or word in _TITLES or (len(word) == 2 and word[1] == "姓")


@dataclass(frozen=True, slots=True)
class Arguments:
    """What stands before a predicate: its subject span, a passive's doer span (both
    ``None`` when absent), whether the subject is the patient, and negation."""

    subject: tuple[int, int] | None
    doer: tuple[int, int] | None
    passive: bool
    negated: bool


def arguments(p: PreparedText, clause_lo_word: int, first: int) -> Arguments:
    """The arguments of the predicate starting at word ``first`` in a clause whose first
    word is ``clause_lo_word``."""
    t = p.tokens
    words, tags = t.words, t.tags
    negated = False
    doer: tuple[int, int] | None = None
    passive = False
    j = first - 1
    near = True  # still in the adverbs right before the predicate
    while j >= clause_lo_word:
        w, tag = words[j], tags[j]
        if not w.strip():
            j -= 1
            continue
        if near and (w in _NEG or (tag == "d" and len(w) > 1 and w[-1] in "未没")):
            negated = True  # 火未 蔓延: the tagger joins the negation to the subject
            j -= 1
            continue
        if w in MANNER_COVERBS and j + 1 == first:
            j -= 1  # 男子持刀闯入: how he went in (the tagger may call 持刀 a noun)
            near = False
            continue
        if w == "是" and j + 1 < first and (tags[j + 1] in ("p", "t") or words[j + 1] in
                                           _TIME_PREPOSITIONS):
            j -= 1  # 嫌疑人是在凌晨翻墙进入的: a cleft, its subject before 是
            near = False
            continue
        if tag == "f" and len(w) > 1 and near:
            j -= 1  # 执法人员沿街走访: a localizer word as an adverbial
            continue
        if w == "在" and j + 1 == first:
            j -= 1  # 民警在巡逻中: 在 right before the verb marks it ongoing
            continue
        if w in _PHRASE_ENDS and j > clause_lo_word:
            zai = word_before(words, tags, clause_lo_word, j, _ZAI_PHRASE, ZAI)
            if zai is not None:
                j = zai - 1  # 习近平在马杜罗陪同下检阅, 在结束访问后抵达: the circumstance
                near = False
                continue
        if w in AGENT_MARKERS:
            passive = passive or w in ("被", "遭", "遭到", "受到")
            j -= 1
            near = False
            continue
        if w in _TIME_PREPOSITIONS and j + 1 < first and (
                tags[j + 1] == "t" or (not words[j + 1].strip() and j + 2 < first
                                       and tags[j + 2] == "t")):
            j -= 1  # 于3月4日召开, 于 2023 年 8 月 16 日召开: the preposition of a time
            continue
        if (w in _SKIP_WORDS or (tag in _SKIP_TAGS and w not in _PEOPLE)  # 青年/t: people
                or (tag == "c" and w not in NP_LINKS)
                or w in modifiers()  # 法院依法指定: 依法 is an adverb, whatever its tag
                or (tag == "n" and verb_shares().get(w, 0.0) >= _VERB_NOUN_SHARE)):
            j -= 1
            continue
        if (tag[:1] == "v" and j - 1 >= clause_lo_word and j + 1 == first and
                (tags[j - 1] == "p" or words[j - 1] in PREPOSITIONS)):
            j -= 2  # 按指示停下: a preposition's verb-like object is an adverbial
            continue
        if w in (")", "）"):  # 王毅周一(6日)在北京会见: an aside in brackets is skipped
            k = j - 1
            while k >= max(clause_lo_word, j - _ASIDE_WORDS) and words[k] not in ("(", "（"):
                k -= 1
            if k >= clause_lo_word and words[k] in ("(", "（"):
                j = k - 1
                continue
        if (tag == "m" and j - 2 >= clause_lo_word and words[j - 1] in _SCORE_MARKS
                and tags[j - 2] == "m"):
            j -= 3  # 高盼16:9击败, 以1比2不敌: the score is an adverbial
            if j >= clause_lo_word and words[j] == "以":
                j -= 1
            continue
        near = False
        if w in _MEANS and tag == "p":
            j -= 1  # 警员以涉嫌纵火将他拘捕: 以 opens the ground of the act, no subject
            continue
        source = _according_before(words, tags, clause_lo_word, j)
        if source is None and tag[:1] == "v":
            source = word_before(words, tags, clause_lo_word, j, _MEANS_REACH, _MEANS)
        if source is not None:
            j = source - 1  # 民警根据群众举报赶到, 警方以涉嫌纵火将他拘捕: an adverbial
            continue
        if tag in _STOP_TAGS:
            break
        if w == "的" and j - 1 >= clause_lo_word and is_nominal(words[j - 1], tags[j - 1]):
            k = j - 1  # 经医护人员的全力救治: the staff treat
            while k - 1 >= clause_lo_word and is_nominal(words[k - 1], tags[k - 1]):
                k -= 1
            if k - 1 >= clause_lo_word and words[k - 1] in ("经", "经过"):
                return Arguments(None, (t.starts[k], t.end(j - 1)), False, negated)
            break
        if w in BODY_PARTS and j - 1 >= clause_lo_word and is_nominal(words[j - 1], tags[j - 1]):
            j -= 1  # 该名男子背部烧伤: the man's back; he is the subject
            continue
        if is_nominal(w, tag) or w in _PEOPLE or (w in _GROUP_ENDS and j > clause_lo_word and (
                is_nominal(words[j - 1], tags[j - 1]) or w == "们")):  # 韩跃武等, 考生/v 们
            k = j
            while k - 1 >= clause_lo_word and words[k - 1] not in _TIME_LOCALIZERS and (
                    is_nominal(words[k - 1], tags[k - 1]) or words[k] == "们"
                    or (words[k] in BODY_HEADS and tags[k - 1][:1] == "v")  # 处置部门
                    or (words[k] in CREW_HEADS and words[k - 1] in DUTY_VERBS)  # 救护人员
                    or ((words[k - 1] in NP_LINKS or words[k - 1] == "等")  # 调味品等…产品
                        and k - 2 >= clause_lo_word and is_nominal(words[k - 2], tags[k - 2]))):
                k -= 1
            span = (t.starts[k], t.end(j))
            left = words[k - 1] if k - 1 >= clause_lo_word else ""
            m = k - 1  # 由1名处级领导带队: a count and an attribute the tagger calls a verb
            while m > clause_lo_word and k - m <= _COUNT_WORDS and (
                    tags[m] in ("m", "q", "mq", "b") or (tags[m] == "v" and m == k - 1
                                                         and tags[m - 1] in ("m", "q"))):
                m -= 1
            if m < k - 1 and m >= clause_lo_word and words[m] in AGENT_MARKERS:
                k, left = m + 1, words[m]
                span = (t.starts[k], t.end(j))
            if left in AGENT_MARKERS:
                doer = doer or span
                passive = passive or left in ("被", "遭", "遭到", "受到")
                j = k - 2
                continue
            de = k - 1 if left == "的" else next((d for d in range(j, k - 1, -1)
                                                   if words[d] == "的"), None)
            disposal = (_disposal_before(words, tags, clause_lo_word, de)
                        if de is not None else None)
            if disposal is not None:
                j = disposal - 1  # 将吵架的两个人带上: the object; the subject is before 将
                continue
            if left in PREPOSITIONS or left in INSTRUMENT_VERBS or (
                    k - 1 >= clause_lo_word and tags[k - 1] == "p"):
                j = k - 2  # 对X, 到X, 利用X: no subject; look further left
                continue
            if left in _NO_ONE:
                negated = True  # 现场无人员被困, 没有人员受伤: nobody did or suffered it
            if not _headed(words, tags, k, j):
                break  # 多个, 全面, 110: no noun heads it
            disposal = next((m for m in range(k - 1, clause_lo_word - 1, -1)
                             if words[m] in ("将", "把")), None)
            if disposal is not None:  # 将一名正在外墙求助的女子救出, 火箭将3颗卫星送入: what
                j = disposal - 1  # follows 将 is the object; the subject stands before 将
                continue
            return Arguments(span, doer, passive, negated)
        break  # a verb or anything else: the subject, if any, stood in an earlier clause
    return Arguments(None, doer, passive, negated)


ZAI = frozenset(("在",))
_ZAI_PHRASE = 10  # words of a 在…下 / 在…后 circumstance
_PHRASE_ENDS = frozenset(("下", "之下", "后", "之后", "以后", "时", "前", "之前", "中", "期间"))
_COUNT_WORDS = 4  # words of a count and attribute between 由/被 and the doer's noun
_DISPOSAL_REACH = 10  # words between 将/把 and the 的 of its object's relative clause
_SOURCE_REACH = 6  # words of the phrase 根据/按照 introduces
_MEANS = frozenset(("以", "凭"))  # 以涉嫌纵火: the ground of an act, a verb inside it
_MEANS_REACH = 3
# before a relative clause, these make the noun phrase it describes an object or a partner
_OBJECT_MARKERS = frozenset(("将", "把", "同", "与", "跟", "对", "向"))  # not 和: 法官和…组成的


def word_before(words: list[str], tags: list[str], lo: int, j: int, reach: int,
                 wanted: frozenset[str]) -> int | None:
    """The index of the nearest word of ``wanted`` before word ``j``, within ``reach`` words
    and its clause (no punctuation between)."""
    for m in range(j - 1, max(lo, j - reach) - 1, -1):
        if words[m] in wanted:
            return m
        if tags[m] == "x":
            return None
    return None


def _according_before(words: list[str], tags: list[str], lo: int, j: int) -> int | None:
    """Where 根据/按照 opens the phrase that word ``j`` ends (根据群众举报), in its clause."""
    return word_before(words, tags, lo, j, _SOURCE_REACH, ACCORDING)


def _disposal_before(words: list[str], tags: list[str], lo: int, de: int) -> int | None:
    """Where 将/把 (or 同/与/对) stands before the relative clause that ends in the 的 at
    ``de`` (将出现症状的学生送往, 同首次访华的某国总统举行会谈: the noun phrase is the object
    or the partner), within the clause."""
    return word_before(words, tags, lo, de, _DISPOSAL_REACH, _OBJECT_MARKERS)


_GROUP_ENDS = frozenset(("一行", "等", "等人", "们", "一家", "夫妇"))
_HEAD_TAGS = frozenset(("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "r", "j", "ng", "s", "k"))
_NOT_HEADS = frozenset(("全面", "速度", "整个", "同比", "环比", "预计", "预估", "方面", "左右",
                        "情况", "时候", "些时候", "当时", "期间", "以来", "之后", "以后"))


def _headed(words: list[str], tags: list[str], k: int, j: int) -> bool:
    """Whether the noun phrase ``words[k..j]`` ends in a noun that can act."""
    while j > k and words[j] in _GROUP_ENDS:
        j -= 1  # 周国平一行, 张三等: the group of the name before
    if ((tags[j] not in _HEAD_TAGS and words[j] not in _PEOPLE
         and not (len(words[j]) == 1 and words[j] in AGENT_END_CHARS)
         and not words[j].endswith(VEHICLE_WORDS))  # 运载火箭/l: a vehicle heads it
            or words[j] in _NOT_HEADS or words[j] in modifiers()):  # 骑警 组: the tagger's 组
        return False
    return not (tags[j] == "r" and words[j] in ("这", "那", "此", "其", "这些", "那些", "各"))
