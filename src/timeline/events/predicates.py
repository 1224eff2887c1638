"""Predicates: every action a clause reports is an event candidate.

A candidate is a word the tagger calls a verb, or a word of the event table whatever its tag
(the tagger calls 开庭审理 a noun and 赶往 an adverb). Light verbs give way to the verb they
carry (进行检查 → 检查); an event noun after 发生/造成 joins it (发生火灾); verbs that only
modify a noun (开往承德的客车), sit inside a name, a time, a 《title》 or a quotation, or belong
to the stop list (是, 要, 加强) are no events.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..prepared import PreparedText
from ..text import has_break
from ..tokens import verb_shares
from .arguments import ZAI, word_before
from .lexicon import (
    ACCORDING,
    BODY_HEADS,
    CREW_HEADS,
    DUTY_VERBS,
    HAPPENING_TYPES,
    MANNER_COVERBS,
    MIN_VERB_SHARE,
    NOT_EVENT_VERBS,
    WordClass,
    event_words,
    modifiers,
)

__all__ = ["Predicate", "manner_of_next", "overlaps_any", "predicates"]

_VERB_TAGS = frozenset(("v", "vd", "vi", "vq"))
_THIS_TIME = frozenset(("这次", "此次", "本次", "该次", "那次", "上次", "此番", "这一", "此"))
_NOUN_OK_BEFORE = frozenset(("的", "之", "一", "该", "此", "这", "那", "其", "各", "本", "次"))
_PHRASE_TAGS = frozenset(("i", "l", "v"))  # idioms that open with a verb (赶赴现场)
_JOINED_TAGS = frozenset(("n", "nz", "vn"))  # verb + verb joined as a noun (暂停营业)
_MISTAGGED = frozenset(("n", "a", "vn"))  # tags the tagger gives verbs it does not know so
_MISTAGGED_SHARE = 0.6  # People's Daily's verb share that overrules such a tag
_OBJECT_VERB_SHARE = 0.8  # a verb this often: 启动预案 is the act on a plan, not a kind of it
_FINAL_VERB_SHARE = 0.9  # ending its clause, a word this often a verb is one (穿上太空衣亮相。)
# or right after its doer (法庭休庭后, 警员上前截查, 派员出庭), whatever the tagger says, unless
# a verb follows that it leads (王明带队检查; a movement the tagger calls a time, 上前, goes on)
_DOER_TAGS = frozenset(("n", "r"))
_OWNER_TAGS = frozenset(("nr", "nrfg", "nrt", "nt", "nz", "r"))  # 周某的, 公司的, 他的, 天鸽的
_CANDIDATE_TAGS = _VERB_TAGS | _PHRASE_TAGS | _JOINED_TAGS | _MISTAGGED
_MIN_ONE_CHAR_SHARE = 0.9  # a one-character verb (吃, 烧) must nearly always be one
_LIGHT_BEFORE_VERB = frozenset(("开展", "组织", "进行", "展开", "实施", "开始", "继续"))
# after a verb, these make it a modifier whatever its tag (整改方案: no event)
_PLAN_NOUNS = frozenset(("方案", "预案", "计划", "机制", "工作组", "专班"))
# after a verb the tagger calls a noun, these too (救援人员, 防护装备)
_NOUN_HEADS = _PLAN_NOUNS | frozenset(("人员", "队员", "队伍", "力量", "车辆", "设备", "装备",
                                       "物资", "机构", "部门", "单位", "中心", "小组", "通道",
                                       "协议", "备忘录", "事件", "系统", "仪式", "工程师",
                                       "笔录", "信号", "渠道", "流程"))
# after a verb often used as a noun, these make it a modifier (发掘工作, 治理情况, 飞行任务)
_ABSTRACT_HEADS = frozenset(("工作", "情况", "任务", "活动", "阶段", "规定", "进展", "结果"))
# after a verb of something happening, these make it a modifier (起火原因, 死亡人数)
_MODIFIED_NOUNS = frozenset(("原因", "地点", "面积", "人数", "经过", "过程", "时间"))
_CREW_HEADS = CREW_HEADS | _NOUN_HEADS  # after a duty (DUTY_VERBS): 救援官兵, 抢险车辆
# 呕吐症状, 确诊病例, 治愈出院病例: a kind of symptom or case, no event
_KIND_NOUNS = frozenset(("症状", "现象", "症候", "病例", "病人", "警情", "险情"))  # 涉水警情
_DEMONSTRATIVES = frozenset("该此这那其")
_NOUN_USE_SHARE = 0.8  # below it, a verb between a verb and a noun modifies the noun
_NO_VERB_AFTER = frozenset(("据",))  # 据了解, 据介绍: "according to", no event
_IDIOM_HEAD_SHARE = 0.8  # People's Daily's verb share of the first two characters
_PHASE_TYPES = frozenset(("suspend", "resume"))
# a support verb that names a cause: the event noun before it is its own event (暴雨导致…)
_CAUSATIVES = frozenset(("造成", "致使", "导致", "引发", "引起", "致", "酿成"))
# a subject joined to what happens to it (价格上涨, 山洪暴发, 房屋倒塌): the second verb
_STATE_CHANGES = frozenset(("change", *HAPPENING_TYPES))
_MANNER_REACH = 6  # words between a manner co-verb and the verb it describes
_RESULT_MARKS = frozenset(("为", "成"))  # 升级为, 调整为: a change to a result is a verb
_LONGEST = 4  # words joined to look up a multi-word entry (接到 报警)
_SUPPORT_REACH = 4  # words after 发生/造成 to look for the event noun (造成 6 人 死亡)


@dataclass(frozen=True, slots=True)
class Predicate:
    """An event candidate: words ``first..last`` (inclusive), its span, type and class."""

    first: int
    last: int
    start: int
    end: int
    type: str
    cls: WordClass


def predicates(p: PreparedText, lo: int, hi: int,
               blocked: Sequence[tuple[int, int]]) -> list[Predicate]:
    """The predicates of the clause ``norm[lo:hi]``, in text order; ``blocked`` spans
    (names, times, titles, quotations; sorted) hold none."""
    table = event_words()
    prefixes = _prefixes()
    shares = verb_shares()
    t = p.tokens
    words, tags, starts = t.words, t.tags, t.starts
    idx = p.word_range(lo, hi)
    out: list[Predicate] = []
    i = idx.start
    stop = idx.stop
    skip_to = -1
    while i < stop:
        if i <= skip_to:
            i += 1
            continue
        w = words[i]
        if w in ACCORDING:
            skip_to = _according_end(words, tags, i, stop)  # 根据群众举报: the source, no act
            i += 1
            continue
        if w in prefixes:
            entry, last = _lookup(words, i, stop, table, prefixes)
        else:
            entry, last = table.get(w), i
        if entry is None and tags[i] not in _CANDIDATE_TAGS and not (
                tags[i] == "t" and shares.get(w, 0.0) >= _FINAL_VERB_SHARE):  # 上前/t
            tail = _after_adverb(w, table) if len(w) >= 4 else None  # 隆重举行: 举行
            if tail is not None:
                out.append(Predicate(i, i, starts[i] + len(w) - len(tail), starts[i] + len(w),
                                     *table[tail]))
            elif len(w) == 4 and tags[i] in _NAME_TAGS:
                out.extend(_verbs_in_name(w, i, starts[i], table, shares))
            i += 1  # most words: neither in the table nor tagged a verb
            continue
        start = starts[i]
        end = starts[last] + len(words[last])
        if i + 1 < stop and words[i + 1] in ("下", "之下") and word_before(
                words, tags, idx.start, i, _ZAI_REACH, ZAI) is not None:
            i += 1  # 在马杜罗陪同下检阅: the circumstance, not an act
            continue
        if entry is None and i + 1 < stop and words[i] in DUTY_VERBS and (
                words[i + 1] in _CREW_HEADS):
            i += 1  # 抢险救灾指挥部: the duty names the body
            continue
        if entry is None and ((len(words[i]) >= 3 and tags[i] in _PHRASE_TAGS)
                              or (len(words[i]) >= 4 and tags[i] in _JOINED_TAGS)):
            joined = _support_noun(words[i], table)  # 举行会谈, 发生火灾 as one word
            if joined is not None:
                out.append(Predicate(i, i, start, end, joined, "noun"))
                i += 1
                continue
            head = _verb_head(words[i], table)  # 赶赴现场, 开展调研 (one word): 赶赴, 开展
            if head is not None:
                out.append(Predicate(i, i, start, start + len(head), *table[head]))
                i += 1
                continue
            tail = words[i][2:]  # 研究部署: two verbs joined as one noun; the second is tabled
            if (len(words[i]) == 4 and tail in table and table[tail][1] == "verb"
                    and ((tags[i] in _JOINED_TAGS
                          and shares.get(words[i][:2], 0.0) >= MIN_VERB_SHARE)
                         or (tags[i] in ("l", "i", "n")
                             and table[tail][0] in _STATE_CHANGES))):
                # 价格上涨: a subject and its change of state joined as one idiom
                out.append(Predicate(i, i, start + 2, end, *table[tail]))
                i += 1
                continue
            head = words[i][:2]  # 交换意见, 发表讲话: an idiom that opens with a common verb
            if (tags[i] in ("i", "l") and shares.get(head, 0.0) >= _IDIOM_HEAD_SHARE
                    and head not in NOT_EVENT_VERBS and not _modifier(words, tags, i, stop)):
                out.append(Predicate(i, i, start, start + 2, "other", "verb"))
                i += 1
                continue
        if entry is None and words[i] in ("到", "去") and _goes_to(words, tags, i, idx.start, stop,
                                                               table):
            out.append(Predicate(i, i, start, end, "movement", "verb"))  # 立即到派出所报案
            i += 1
            continue
        if entry is None:
            w = words[i]
            share = shares.get(w, 1.0)
            before = words[i - 1] if i > idx.start else ""
            if (tags[i] in _VERB_TAGS and w not in NOT_EVENT_VERBS and share >= MIN_VERB_SHARE
                    and w[0] not in _DEMONSTRATIVES  # 该起: the tagger's join, no verb
                    and not (len(w) == 2 and w[1] == "姓")  # 蔡姓男子: surnamed 蔡
                    and not _place_word(w, shares)  # 操场上: a noun and its localizer
                    and not _names_meeting(words, tags, i, stop)  # 召开简报会
                    and before not in _NO_VERB_AFTER
                    and not _in_noun_phrase(tags, i, stop, share)
                    and not (i + 1 < stop and (_kind_follows(words, i + 1, stop)
                                               or words[i + 1] in _NOUN_HEADS
                                               or (share < _NOUN_USE_SHARE
                                                   and words[i + 1] in _ABSTRACT_HEADS)))
                    and (len(w) > 1 or (share >= _MIN_ONE_CHAR_SHARE
                                        and not (i and tags[i - 1] == "m")))  # 5例: a count
                    and not _modifier(words, tags, i, stop)):
                out.append(Predicate(i, i, start, end, "other", "verb"))
            elif ((tags[i] in _MISTAGGED or (tags[i] == "t" and share >= _FINAL_VERB_SHARE))
                  and len(w) > 1 and w in shares
                  and share >= _MISTAGGED_SHARE and not _modifier(words, tags, i, stop)
                  and not (i + 1 < stop and words[i + 1] in _NOUN_HEADS)
                  and w not in NOT_EVENT_VERBS and i > idx.start
                  and ((words[i - 1] in modifiers() and words[i - 1] not in ("将", "把")
                        and words[i - 1] not in table)
                       or (i + 1 < stop and words[i + 1] in ("了", "着", "过"))
                       or (i + 1 < stop and words[i + 1] in _RESULT_MARKS)
                       or (share >= _FINAL_VERB_SHARE and (i + 1 >= stop or tags[i + 1] == "x")
                           and tags[i - 1] not in ("m", "x", "uj", "p") and words[i - 1] != "的")
                       or (share >= _FINAL_VERB_SHARE and tags[i - 1][:1] in _DOER_TAGS
                           and not (i + 1 < stop and (tags[i + 1] in ("uj", "n") or (
                               tags[i] != "t" and (tags[i + 1][:1] == "v"
                                                   or words[i + 1] in table))))))):
                # 迅速联系警方, 基本清理完毕, 参观了: a verb after an adverb or before an
                # aspect particle, whatever the tagger says
                out.append(Predicate(i, i, start, end, "other", "verb"))
            i += 1
            continue
        kind, cls = entry
        if cls == "light":
            target = _carried(words, tags, last + 1, stop, table)
            if target is not None:
                j, (tkind, _) = target
                # from the light verb on: its subject is the carried verb's (市法院…进行了集中宣判)
                out.append(Predicate(i, j, starts[j], starts[j] + len(words[j]), tkind, "verb"))
                skip_to = j
            i = last + 1
            continue
        if cls == "support":
            noun = _event_noun(words, last + 1, min(stop, last + 1 + _SUPPORT_REACH), table)
            if noun is not None:
                j, (nkind, _) = noun
                # 发生火灾 is one trigger; 造成2人死亡, 致南宁机场多个航班取消: the event word
                # 举行新车发布会: the whole holding of the meeting
                lo = start if j == last + 1 or nkind == "meeting" else starts[j]
                out.append(Predicate(i, j, lo, starts[j] + len(words[j]), nkind, "noun"))
                skip_to = j
                i = j + 1
                continue
            out.append(Predicate(i, last, start, end, kind, "verb"))
            i = last + 1
            continue
        if cls == "noun":
            # an event noun before 发生 (火灾发生后) or standing as a verb's object is kept by
            # its support verb; alone, a noun is an event only where a predicate stands
            nxt = _next_word(words, last + 1, stop)
            if nxt is not None and words[nxt] in _CAUSATIVES:
                out.append(Predicate(i, last, start, end, kind, "noun"))  # 暴雨导致…: the
            elif nxt is not None and _class(table, words[nxt]) == "support":  # cause, alone
                out.append(Predicate(i, nxt, start, starts[nxt] + len(words[nxt]), kind, "noun"))
                skip_to = nxt
            i = last + 1
            continue
        before = words[i - 1] if i > idx.start else ""
        if _names_meeting(words, tags, last, stop):
            i = last + 1  # 召开部署会: the verb names the meeting
            continue
        if (before == "的" or before in _THIS_TIME) and cls == "verb":
            i = last + 1  # 会议的召开符合…, 这次访问是…: a verb after 的 or 这次 is a noun
            continue
        if tags[i] == "vn" and (before in _NOUN_OK_BEFORE or (
                out and out[-1].last == i - 1 and out[-1].cls == "verb"
                and out[-1].type != "movement"
                and not overlaps_any(blocked, out[-1].start, out[-1].end))):
            i = last + 1  # 这次调查, 的救援, 指挥救援: a noun use, an object (到场调查: two)
            continue
        if last + 1 < stop and ((tags[i] in ("vn", "n") and words[last + 1] in _NOUN_HEADS
                                 and shares.get(words[i], 0.0) < _OBJECT_VERB_SHARE)
                                or words[last + 1] in BODY_HEADS
                                or (words[i] in DUTY_VERBS and words[last + 1] in _CREW_HEADS)
                                or (kind in HAPPENING_TYPES and words[last + 1] in _MODIFIED_NOUNS)
                                or _kind_follows(words, last + 1, stop)):
            i = last + 1  # 救援人员, 防护装备: the verb names a kind of people or things
            continue
        if words[i] in _LIGHT_BEFORE_VERB and last + 1 < stop:
            obj = _light_object(words, tags, last + 1, stop, table)
            if obj is not None:
                j, tkind = obj  # 开展走访, 开展应急演练 → 演练: one event, of the kind of
                tkind = kind if tkind == "other" else tkind  # the act when it has one
                out.append(Predicate(i, j, starts[j], starts[j] + len(words[j]), tkind, "verb"))
                skip_to = j
                i = last + 1
                continue
        # a table verb in a relative clause still reports an event (赶到现场救援的还有…)
        if out and out[-1].last == i - 1 and out[-1].type in _PHASE_TYPES:
            phase = out.pop()  # 暂停开放, 恢复营业: one event, the phase verb's
            out.append(Predicate(phase.first, last, phase.start, end, phase.type, phase.cls))
        else:
            out.append(Predicate(i, last, start, end, kind, cls))
        i = last + 1
    # names, times, titles, quotations hold no event
    return [x for k, x in enumerate(out) if not overlaps_any(blocked, x.start, x.end)
            and not _cause_of_next(words, out, k)]


_CASE_STATES = frozenset(("出院", "死亡", "确诊", "疑似", "重症", "危重"))  # 治愈出院病例
_CASE_COUNTS = frozenset(("新增", "累计", "现有", "报告", "发现"))  # 新增确诊病例: 新增 counts


_ZAI_REACH = 6  # words between 在 and the verb of its 在…下 phrase (在某人陪同下)


def _names_meeting(words: list[str], tags: list[str], last: int, stop: int) -> bool:
    """Whether the verb ending at ``last`` names a meeting (部署会, 简报会上)."""
    return (last + 1 < stop and words[last + 1] == "会"
            and (last + 2 >= stop or tags[last + 2] == "x"
                 or words[last + 2] in ("上", "后", "前")))


def _kind_follows(words: list[str], j: int, stop: int) -> bool:
    """Whether a kind noun follows at ``j``, or after one more verb (治愈 出院 病例)."""
    return words[j] in _KIND_NOUNS or (j + 1 < stop and words[j + 1] in _KIND_NOUNS
                                       and words[j] in _CASE_STATES
                                       and words[j - 1] not in _CASE_COUNTS)


def _place_word(word: str, shares: dict[str, float]) -> bool:
    """A word the tagger calls a verb that is a noun and a localizer (操场上, 车厢里)."""
    return (len(word) == 3 and word[2] in "上下里中内外" and word not in shares
            and shares.get(word[:2], 0.0) < MIN_VERB_SHARE)


_NAME_TAGS = frozenset(("nr", "ns", "nz", "nt"))  # what the tagger calls 宣告成立, 拉开帷幕
_VERB_HALF_SHARE = 0.9  # of a half of such a word, to be a verb


def _verbs_in_name(word: str, i: int, start: int, table: dict[str, tuple[str, WordClass]],
                   shares: dict[str, float]) -> list[Predicate]:
    """The verbs of a four-character word the tagger calls a name though no name was found
    there: 宣告成立 → 宣告, 成立; 拉开帷幕 → 拉开; 迅速到场 → 到场."""
    out = []
    for lo in (0, 2):
        half = word[lo:lo + 2]
        hit = table.get(half)
        if (hit is not None and hit[1] == "verb") or (
                shares.get(half, 0.0) >= _VERB_HALF_SHARE and half not in NOT_EVENT_VERBS):
            kind = hit[0] if hit is not None and hit[1] == "verb" else "other"
            out.append(Predicate(i, i, start + lo, start + lo + 2, kind, "verb"))
    return out


def _after_adverb(word: str, table: dict[str, tuple[str, WordClass]]) -> str | None:
    """The table verb a word ends with after a two-character adverb (隆重举行, 正式启动)."""
    if len(word) < 4 or word[:2] not in modifiers():
        return None
    hit = table.get(word[2:])
    return word[2:] if hit is not None and hit[1] in ("verb", "support") else None


def _according_end(words: list[str], tags: list[str], i: int, stop: int) -> int:
    """The last word of the phrase 根据/按照 introduces: up to a preposition or a clause's
    end (根据布控指令对其…), or a verb right after a verb (按照要求开展排查: 开展 acts)."""
    for j in range(i + 1, stop):
        if tags[j] in ("x", "p") or (j > i + 1 and tags[j] in _VERB_TAGS
                                     and tags[j - 1] in _VERB_TAGS):
            return j - 1
    return stop - 1


def manner_of_next(words: list[str], preds: Sequence[Predicate], k: int) -> bool:
    """Whether ``preds[k]`` is a manner co-verb before the next verb of its clause (乘坐公交车
    前往: 前往 is the event, 乘坐 says how)."""
    x = preds[k]
    return (x.first == x.last and words[x.first] in MANNER_COVERBS and k + 1 < len(preds)
            and preds[k + 1].first - x.last <= _MANNER_REACH
            and not any(has_break(w) for w in words[x.last + 1:preds[k + 1].first]))


def _cause_of_next(words: list[str], out: list[Predicate], k: int) -> bool:
    """Whether ``out[k]`` is a bare causative (导致) right before the happening it causes
    (导致山洪暴发: the event is 暴发)."""
    x = out[k]
    return (x.first == x.last and words[x.first] in _CAUSATIVES and k + 1 < len(out)
            and out[k + 1].type in HAPPENING_TYPES and out[k + 1].first - x.last <= 2)


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Proper prefixes of the table's words: only these can grow into a longer entry."""
    return frozenset(w[:n] for w in event_words() for n in range(1, len(w)))


def _lookup(words: list[str], i: int, stop: int, table: dict[str, tuple[str, WordClass]],
            prefixes: frozenset[str]) -> tuple[tuple[str, WordClass] | None, int]:
    """The longest table entry made of words ``i..``, and its last word."""
    joined = words[i]
    best = table.get(joined)
    last = i
    j = i + 1
    while joined in prefixes and j < min(stop, i + _LONGEST):
        joined += words[j]
        hit = table.get(joined)
        if hit is not None:
            best, last = hit, j
        j += 1
    return best, last


def _class(table: dict[str, tuple[str, WordClass]], word: str) -> str:
    hit = table.get(word)
    return hit[1] if hit is not None else ""


def _support_noun(word: str, table: dict[str, tuple[str, WordClass]]) -> str | None:
    """The event type of a support verb joined to its event noun in one word (举行会谈)."""
    for n in (2, 3):
        head, rest = table.get(word[:n]), table.get(word[n:])
        if (head is not None and head[1] == "support" and rest is not None
                and rest[1] in ("noun", "verb") and rest[0] != "other"):
            return rest[0]
    return None


def _verb_head(word: str, table: dict[str, tuple[str, WordClass]]) -> str | None:
    """The event verb a longer word starts with (赶赴现场 → 赶赴, 紧急送往 is no start)."""
    for n in range(len(word) - 2 if len(word) >= 4 else len(word) - 1, 1, -1):
        hit = table.get(word[:n])
        if hit is not None and hit[1] == "verb":
            return word[:n]
    return None


def _carried(words: list[str], tags: list[str], i: int, stop: int,
             table: dict[str, tuple[str, WordClass]]) -> tuple[int, tuple[str, WordClass]] | None:
    """The verb a light verb carries: within a few words (进行全面检查, 予以严肃处理)."""
    untabled: tuple[int, tuple[str, WordClass]] | None = None
    for j in range(i, min(stop, i + 4)):
        w = words[j]
        hit = table.get(w)
        if hit is not None and hit[1] in ("verb", "statement"):
            return j, hit  # 进行了集中宣判: 宣判, not the untabled 集中 right before it
        tail = table.get(w[-2:]) if len(w) >= 4 and tags[j] in ("n", "vn", "nz", "l") else None
        if tail is not None and tail[1] in ("verb", "noun") and tail[0] != "other":
            return j, tail  # 进行国事访问, 开展专项整治: the kind of the word's last verb
        if untabled is not None:
            return untabled  # 进行包扎处理: the first verb
        if tags[j] in ("v", "vn") and w not in NOT_EVENT_VERBS and len(w) > 1:
            untabled = j, ("other", "verb")
        if tags[j] == "x":
            break
    return untabled


_OBJECT_TAGS = frozenset(("n", "vn", "v", "nz", "b", "a", "l"))
_LIGHT_OBJECT_ENDS = frozenset(("行动",))  # 开展专项整治行动: the act is 整治


def _light_object(words: list[str], tags: list[str], i: int, stop: int,
                  table: dict[str, tuple[str, WordClass]]) -> tuple[int, str] | None:
    """The act a light verb such as 开展 names by its object (开展应急演练 → 演练): the
    object's head when it is a verb, else the last table verb before the head."""
    end = i  # a plain verb only right after the light verb: 组织人员灭火 is two acts
    while end < min(stop, i + 4) and tags[end] in _OBJECT_TAGS and not has_break(words[end]) and (
            end == i or tags[end] != "v"):
        end += 1
    if end == i:
        return None
    head = end - 1
    hit = table.get(words[head])
    if hit is not None and hit[1] == "verb":
        return head, hit[0]
    if (hit is None and tags[head] in ("v", "vn") and len(words[head]) > 1
            and words[head] not in _ABSTRACT_HEADS | _NOUN_HEADS | _LIGHT_OBJECT_ENDS
            and words[head] not in NOT_EVENT_VERBS):
        return head, "other"
    for j in range(head - 1, i - 1, -1):
        hit = table.get(words[j])
        if hit is not None and hit[1] == "verb":
            return j, hit[0]
    return None


def _event_noun(words: list[str], i: int, stop: int, table: dict[str, tuple[str, WordClass]]
                ) -> tuple[int, tuple[str, WordClass]] | None:
    """The event noun or verb after 发生/造成 (发生交通事故, 造成6人死亡)."""
    for j in range(i, stop):
        hit = table.get(words[j])
        if hit is not None and hit[1] in ("noun", "verb") and hit[0] not in ("other",):
            return j, hit
        if has_break(words[j]) or words[j] == "的":  # no support verb reaches across a
            return None  # clause's end, nor out of a relative clause (出现症状的学生送往)
    return None


_PLACE_TAGS = frozenset(("ns", "nt", "s"))
_PLACE_END_CHARS = frozenset("场室院站馆所店村镇区楼口厅校园点馆局厂港")  # nouns that are places
_RANGE_STARTS = frozenset(("从", "自", "由", "直", "截", "截至"))


def _goes_to(words: list[str], tags: list[str], i: int, lo: int, stop: int,
             table: dict[str, tuple[str, WordClass]]) -> bool:
    """Whether 到 or 去 at ``i`` is a movement: a place, then the act done there (到派出所报案,
    到机场迎接, 去饭店吃饭), and
    no 从…到 range or 到…为止 before or after it."""
    if i + 2 >= stop or not (tags[i + 1] in _PLACE_TAGS or (
            tags[i + 1] == "n" and words[i + 1][-1] in _PLACE_END_CHARS)):
        return False  # 到派出所, 到机场, 去饭店
    if any(words[k] in _RANGE_STARTS for k in range(max(lo, i - 6), i)) or "为止" in words[
            i + 1:min(stop, i + 4)]:
        return False
    return any(tags[k] in _VERB_TAGS or _class(table, words[k]) == "verb"
               for k in range(i + 2, min(stop, i + 5))) and not any(
        has_break(words[k]) for k in range(i + 1, min(stop, i + 3)))


def _next_word(words: list[str], i: int, stop: int) -> int | None:
    for j in range(i, min(stop, i + 2)):
        if has_break(words[j]):  # no support verb reaches across a clause's end
            return None
        if words[j].strip():
            return j
    return None


def _in_noun_phrase(tags: list[str], i: int, stop: int, share: float) -> bool:
    """Whether a verb often used as a noun sits between a verb or preposition and a noun, as
    a modifier in the object (下达作战命令, 对留样食品, 查验进货渠道)."""
    return (share < _NOUN_USE_SHARE and i > 0 and i + 1 < stop
            and (tags[i - 1] in _VERB_TAGS or tags[i - 1] == "p") and tags[i + 1] == "n")


def _modifier(words: list[str], tags: list[str], i: int, stop: int) -> bool:
    """Whether the verb at ``i`` modifies a noun: ``V (object) 的 noun`` with no other verb
    or punctuation before the 的 (开往承德的客车, 发布的通知)."""
    if i + 1 < stop and words[i + 1] == "被":
        return False  # 稀释被污染的水源: the passive clause describes the object
    if i + 1 < stop and words[i + 1] in _THIS_TIME:
        return False  # 查看此次车祸伤者的CT: a determiner opens the object
    for j in range(i + 1, min(stop, i + 5)):
        w, tag = words[j], tags[j]
        if w == "的":
            if tags[j - 1] in ("a", "z") and j > i + 1:
                return False  # 钻进茂密的山林, 给予孩子们最好的祝福: an adjective and 的
                # modify the object
            if tags[j - 1] in _OWNER_TAGS:
                return False  # 收到周某的辞职报告: a person's or a body's, the object
            return j + 1 < stop and tags[j + 1] != "x" and words[j + 1] not in ("是",)
        if tag == "x" or tag in _VERB_TAGS or w in ("了", "着", "过"):
            return False
    return False


def overlaps_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, disjoint)."""
    k = bisect_right(spans, (start, 1 << 62)) - 1
    if k >= 0 and spans[k][1] > start:
        return True
    return k + 1 < len(spans) and spans[k + 1][0] < end
