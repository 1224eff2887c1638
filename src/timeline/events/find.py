"""Events: every action predicate of a clause, with its time, agent, object and polarity.

Times: a clause's own time wins; else the latest dated time before the predicate in its
sentence; else a time later in the clause; else the narrative (the last dated event of the
paragraph). Times inside a 《title》 date no event. Agents: the clause's subject, a passive's
doer, or the subject carried from the clause before; after a reporting verb (表示，…) the
reported clauses carry no subject from the speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache

import ahocorasick_rs
import regex

from ..actors.lexicon import TITLES
from ..models import (
    Actor,
    ActorKind,
    ActorRef,
    ActorRole,
    Event,
    EventType,
    Modality,
    Span,
    TimeMention,
    TimeSource,
    TimeType,
    TimeValue,
    trusted,
)
from ..prepared import PreparedText
from ..text import DOC_TITLE, alternation, find_words, union_spans
from ..tokens import verb_shares
from . import lexicon as lx
from .arguments import Arguments, arguments, is_nominal
from .predicates import Predicate, manner_of_next, overlaps_any, predicates

__all__ = ["find_events"]

_ASIDE = regex.compile(r"[（(][^）)\n]{1,40}[）)]")  # (以下简称…): no event inside
# 以现场和通讯表决相结合的方式召开: the manner of an act holds no act of its own
_MANNER = regex.compile(r"(?:以|通过)[^，,。；;：:\n]{1,20}?的?(?:方式|形式)")  # not 采取…方式:
# what is taken is done (采取封闭收费站、间断放行等方式)
_SHORT_QUOTE = 12  # a quote this long, its marks included, is speech
# support verbs that report the happening named after them, in a short quote (导致“食物中毒”)
# or in a relative clause (发生机车和汽车相撞的意外)
_REPORTING_SUPPORTS = frozenset(("导致", "造成", "引发", "发生", "突发", "出现", "引起"))
_QUOTE = regex.compile(r"“[^”\n]{2,400}”|「[^」\n]{2,400}」|『[^』\n]{2,400}』")
_PLAN_CUE = regex.compile("|".join(
    (f"(?<![{lx.PLAN_CUE_BLOCKERS[c[0]]}])" if c[0] in lx.PLAN_CUE_BLOCKERS else "") + c
    for c in alternation(lx.PLAN_CUES).split("|")))
_TYPES = {t.value: t for t in EventType}
_KIND_TAG = {ActorKind.ORG: "nt", ActorKind.PERSON: "nr", ActorKind.PLACE: "ns"}
_UNDATED = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_DURATION_STARTS = frozenset(("PT", *(f"P{d}" for d in "0123456789")))  # P1M, PT2H, not PRESENT
# what a place does through its government (花蓮則宣布, 南投縣宣布照常上班)
_PLACE_ACTS = frozenset(("announce", "statement", "decide", "issue_document", "publish", "launch",
                         "dispatch", "rescue", "campaign", "establish"))
_ACTING_VENUES = ("中心", "机场")  # venues that are bodies too: 发射中心宣布, 机场启动
_MAX_UNNAMED = 12  # characters of an unnamed agent's words
_PERSON_ENDS = frozenset("人男女妇子童孩者")  # an unnamed person a pronoun refers back to
_GENDERS = frozenset(("男", "女"))  # 熊某某，男，69岁: the gender of the one before
_COUNTED_PARTY = regex.compile(r"[0-9一二两三四五六七八九十百千几多数]+[名个位支批]")
_MAX_PARTY_WORDS = 6  # words of a party opening a clause (一名 65 岁 蔡姓 男子)
_COUNTED_PEOPLE = regex.compile(
    rf"(?:[0-9一二两三四五六七八九十百千几多数余]+[名位]?(?:\p{{Han}}{{0,3}}[人生工])|"
    rf"{alternation(lx.PATIENT_WORDS)})$")  # 15人, 3名学生, 伤者: the treated
_HELD = frozenset(("meeting", "launch", "suspend"))  # what a meeting undergoes, not does
_HAPPENINGS = lx.HAPPENING_TYPES | {"change", "cases"}  # a measure rises, cases are found
_BACKGROUND = regex.compile(
    r"[ \t\n“]*(?:此前|之前|早前|先前|以前|以往|过去|曾经|近年来|多年来|近年|近期以来|长期以来"
    r"|[一二两三四五六七八九十几0-9]{1,3}年(?:以)?来)")  # 三年来, 5年以来: a summary of years
_LEAD_IN = regex.compile(
    r"(?:但是|但|尽管|虽然|不过|随后|而且|而|并且|并|同时|此后|其后|惟|则|且|不料|谁知|没想到)+")
_TAIL_ADVERB = regex.compile(r"(?:全部|全都|均|都|也|还|已)$")
# 应保尽保, 应收尽收: "every one that should be, is" — a policy slogan, no event
_ALL_THAT_SHOULD = regex.compile(r"应(\p{Han}{1,2})尽\1")
_INVITATION = regex.compile(r"[ \t“]*应[^，,。]{1,30}(?:邀请|之邀)")
_COARSE = frozenset(("century", "decade", "year", "half_year", "season", "quarter"))
_STORY_DAYS = 2  # a text that dates at most this many days tells one story across paragraphs


@lru_cache(maxsize=1)
def _not_triggers() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(
        list(lx.NOT_TRIGGERS), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _within(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect_right(spans, (start, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


class _Agent:
    """A subject: its span, the actor it names (if any) and its words."""

    __slots__ = ("actor", "end", "name", "start")

    def __init__(self, start: int, end: int, actor: Actor | None, name: str) -> None:
        self.start, self.end, self.actor, self.name = start, end, actor, name


def find_events(p: PreparedText, times: Sequence[TimeMention], actors: Sequence[Actor],
                doc_id: str | None = None, dct: datetime | None = None) -> list[Event]:
    """Every event in the prepared text, in text order; an event whose time starts after
    ``dct`` or whose clause announces it (将于, 拟) is planned."""
    norm = p.norm
    bylines = p.credits
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions
                       if not _within(bylines, m.start, m.end)),
                      key=lambda x: (x[0], -x[1]))
    named = union_spans([(s, e) for s, e, _ in mentions])
    # a time that overlaps a name dates nothing (同日本首相: 同日 is no day; 春节晚会剧组)
    times = [t for t in times if not overlaps_any(named, t.start, t.end)]
    titles = [m.span() for m in DOC_TITLE.finditer(norm)]
    quotes = [m.span() for m in _QUOTE.finditer(norm)
              if m.end() - m.start() >= _SHORT_QUOTE or norm[m.start() - 2:m.start()] not in
              _REPORTING_SUPPORTS]  # a short quote is a term (“入口未列舱单货物”), no act
    set_phrases = [(s, e) for _, s, e in find_words(_not_triggers(), norm)]
    p.fix_words([*((s, e, _KIND_TAG[a.kind]) for s, e, a in mentions),
                 *((t.start, t.end, "t") for t in times),
                 *((s, e, "nz") for s, e in titles),
                 *((s, e, "n") for s, e in set_phrases)])  # 应急响应: one noun, no verb
    blocked = union_spans([*((s, e) for s, e, _ in mentions), *((t.start, t.end) for t in times),
                      *titles, *quotes, *bylines, *(m.span() for m in _ASIDE.finditer(norm)),
                      *(m.span() for m in _MANNER.finditer(norm)),
                      *set_phrases,
                      *(m.span() for m in _ALL_THAT_SHOULD.finditer(norm))])
    title_spans = union_spans(titles)
    cues = [m.span() for m in _PLAN_CUE.finditer(norm)]
    cue_starts = [c[0] for c in cues]
    found = predicates(p, 0, len(norm), blocked)  # one pass; clauses take their share
    found_at = [x.start for x in found]
    cache = _Refs(titles)
    mention_starts = [s for s, _, _ in mentions]
    time_starts = [t.start for t in times]
    events: list[Event] = []
    narrative: TimeValue | None = None
    carried: _Agent | None = None  # the subject a clause without one takes
    last_person: _Agent | None = None
    paragraph_end = -1
    days = _Days()  # the days the text has dated so far
    story_day: TimeValue | None = None  # the first day the body tells events on
    paragraph = story_paragraph = narrative_paragraph = 0
    for s_lo, s_hi in p.sentences:
        if s_lo >= paragraph_end:  # a new paragraph forgets the subject, not the narrative
            carried, last_person = None, None
            if len(days.seen) > _STORY_DAYS and (days.rising or days.falling):
                narrative = None  # a round-up of many days: a paragraph starts undated
            elif _earlier(narrative, story_day) and narrative_paragraph > story_paragraph:
                narrative = story_day  # after a paragraph of flashback (经审理查明，2018年
                # 4月27日…) the next one is back on the story's day
            paragraph += 1
            nl = norm.find("\n", s_lo)
            paragraph_end = nl + 1 if nl != -1 else len(norm) + 1
        headline = False
        if _heading(norm, s_lo, s_hi):
            if norm[:s_lo].strip():
                continue  # a section heading summarizes; the body reports the events
            # the headline reports the story's first events, on the day the lede gives them
            narrative = _lede_time(norm, times, time_starts, s_hi, bylines, title_spans)
            if narrative is None:
                continue
            headline = True
        in_sentence = times[bisect_left(time_starts, s_lo):bisect_left(time_starts, s_hi)]
        recurrence = next((t.time for t in in_sentence if t.time.type == TimeType.SET), None)
        dated = [t for t in in_sentence if _dates_events(norm, t, title_spans)]
        dated_index = _Dated(dated)
        # once per sentence, while the story has no day yet: the times that write a day
        written_days = ({id(t.time) for t in dated if _NAMES_A_DAY.search(t.text)}
                        if story_day is None else set())
        a_lo, a_hi = bisect_left(mention_starts, s_lo), bisect_left(mention_starts, s_hi)
        sent_actors, sent_starts = mentions[a_lo:a_hi], mention_starts[a_lo:a_hi]
        first_place = next((a.name for _, _, a in sent_actors if a.kind is ActorKind.PLACE), None)
        narrative_before, events_before = narrative, len(events)
        if not headline:
            days.add(t.time.value[:10] for t in dated)
        # 此前，… / 去年以来，…: what the sentence tells happened before the story's day
        background = _BACKGROUND.match(norm, s_lo, s_hi) is not None
        during_at = _during(norm, s_lo, s_hi, events)  # 访问南非期间，…: in the visit's time
        during_end, during = during_at if during_at is not None else (s_lo, None)
        condition = _first_cue(p, s_lo, s_hi, lx.CONDITION_CUES)
        purpose = _first_cue(p, s_lo, s_hi, lx.PURPOSE_CUES)
        if purpose is not None and (condition is None or purpose < condition):
            condition = purpose
        exhortation = _exhortation(p, s_lo, s_hi)
        order = _order_content(norm, s_lo, s_hi)
        if order is not None and (condition is None or order < condition):
            condition = order
        run_lo: int | None = None  # where the trigger-less clauses before this one start
        for c_lo, c_hi in p.clauses((s_lo, s_hi)):
            c_lo = _past_credit(bylines, c_lo, c_hi)  # (中央社記者…電)中央氣象局…: the body
            preds = found[bisect_left(found_at, c_lo):bisect_left(found_at, c_hi)]
            if not preds:
                run_lo = c_lo if run_lo is None else run_lo
                opening = _opening_actor(norm, c_lo, sent_actors) or _opening_party(
                    p, c_lo, c_hi, sent_actors, last_person)
                if opening is not None:  # '来宾市自然资源局充分发挥…作用，…组织党员…'
                    carried = opening
                continue
            time_lo = run_lo if run_lo is not None else c_lo
            run_lo = None
            k_lo, k_hi = bisect_left(sent_starts, c_lo), bisect_left(sent_starts, c_hi)
            clause_actors = _ClauseActors(sent_actors[k_lo:k_hi], sent_starts[k_lo:k_hi],
                                          first_place)
            first_word = p.word_range(c_lo, c_hi).start
            clause_agent: _Agent | None = None
            before_clause = carried
            by_doer = False
            bare = False  # the clause opens with its predicate: maybe a relative clause
            existential = False  # 有民众受伤: that subject acts in this clause only
            clause_events = len(events)
            unreal = _first_cue(p, c_lo, c_hi, lx.IRREALIS_CUES)
            if unreal is not None and _INVITATION.match(norm, c_lo, c_hi):
                unreal = None  # 应某某邀请: "at the invitation of", no "should"
            if condition is not None and (unreal is None or condition < unreal):
                unreal = condition
            for n, pred in enumerate(preds):
                agent, patient = carried, None
                if n == 0:
                    args = arguments(p, first_word, pred.first)
                    existential = args.subject is not None and norm[
                        args.subject[0] - 1:args.subject[0]] == "有"
                    subject = _agent_of(p, args.subject, sent_actors, last_person, carried,
                                        pred.type)
                    if subject is None and not args.passive and args.subject is not None:
                        subject, args = _subject_before(p, first_word, args, sent_actors,
                                                        last_person, carried, pred.type)
                    if subject is None and not args.passive:
                        # 某法院一审以诈骗罪判处: the body that opens the clause acts
                        opening = _opening_actor(norm, c_lo, sent_actors)
                        if opening is not None and opening.end <= pred.start:
                            subject = opening
                            args = Arguments(
                                (opening.start, opening.end), args.doer, False, args.negated)
                    doer = _agent_of(p, args.doer, sent_actors, last_person)
                    if args.passive:
                        patient, agent = subject, doer
                    elif args.doer is not None:  # 由X主持
                        agent = doer
                        by_doer = True  # 由某领导带队，组织…: the topic goes on
                    elif args.subject is not None:
                        agent = subject
                    negated = args.negated
                    treated = (args.subject is not None and not args.passive
                               and args.doer is None and (_COUNTED_PEOPLE.search(
                                   norm, args.subject[0], args.subject[1]) is not None or (
                                   norm[pred.start:pred.end] in lx.SENT_TO_HOSPITAL
                                   and not any(w in ("将", "把") for w in
                                               p.tokens.words[first_word:pred.first]))))
                    clause_agent = agent
                    bare = (args.subject is None and not args.passive
                            and (args.doer is None or norm[args.doer[0] - 1:args.doer[0]] == "由")
                            and not any(w in lx.PREPOSITIONS and w != "由" for w in
                                        p.tokens.words[first_word:pred.first]))
                    # 将43名…的学生送往: the phrase after 将 is the object; 由…组成的合议庭
                    # 进行审理: the body the 由 phrase makes up acts
                else:  # serial and coordinated verbs share the clause's agent
                    prev = preds[n - 1]
                    args = arguments(p, prev.last + 1, pred.first)
                    negated = args.negated
                    agent = clause_agent
                    head = _relative_head(p, norm, args, prev.end, sent_actors,
                                          last_person) if bare else None
                    if head is not None:  # 前往山东办完事的郭辉乘坐…: the verbs before
                        del events[clause_events:]  # 的 describe the subject; it acts
                        agent = clause_agent = head
                    bare = False
                    if args.passive:  # 涉嫌破坏…而被带返: the clause's subject is acted on
                        patient, agent = agent, _agent_of(p, args.doer, sent_actors, last_person)
                    if (p.tokens.words[prev.last] in lx.PIVOT_VERBS
                            or p.tokens.words[prev.last] in lx.SAYING_VERBS
                            ) and args.subject is not None:
                        # 要求该女子出示证件, 指一名男子闯入: the object or the reported
                        # subject does the next things
                        agent = _agent_of(p, args.subject, sent_actors, last_person, carried)
                        if agent is not None:
                            clause_agent = agent
                if norm[pred.start] == "被" and pred.end - pred.start > 1:
                    patient, agent = agent, None  # 该男子被捕: the subject is acted on
                elif treated and norm[pred.start:pred.end] in lx.TREATMENTS:
                    patient, agent = agent, None  # 15人入院救治: they are treated
                if (agent is None or agent.actor is None) and n == 0 and not args.passive:
                    # 该案在某法院审理: the court, not the case, acts
                    agent = _place_of_action(p, first_word, pred.first, sent_actors) or agent
                if agent is not None and pred.type in _HELD and (
                        (agent.actor is None and agent.name.endswith(lx.MEETING_WORDS))
                        or (n == 0 and args.subject is not None and args.doer is None
                            and norm[args.subject[0]:args.subject[1]].endswith(
                                lx.MEETING_WORDS))):
                    agent = None  # 会议于…以…表决的方式召开: the meeting is held
                if pred.type in _HAPPENINGS and agent is not None and (
                        agent.actor is None or agent.actor.kind is not ActorKind.PERSON
                        or pred.type == "casualty"):  # 张某当场死亡: it happens to him
                    agent = None  # 某路段发生事故, 煤矿发生事故: things happen, nobody acts;
                    # a person may cause one (李某驾车撞向…)
                elif agent is not None and not args.passive and not by_doer and not existential:
                    carried = agent
                    if agent.actor is not None and agent.actor.kind is ActorKind.PERSON:
                        last_person = agent
                if unreal is not None and unreal < pred.start:
                    continue  # 需要支援, 希望旁听, 如果出现…: no fact, no event
                if pred.start < during_end:
                    continue  # 访问南非期间: the visit told before, no new event
                if norm[pred.start:pred.end] in lx.NEWS_GATHERING:
                    continue  # 记者获悉: how the news was gathered, not news
                manner = manner_of_next(p.tokens.words, preds, n)  # 乘坐公交车前往: how 前往
                if pred.first and p.tokens.words[pred.first - 1] in lx.CHARGE_CUES:
                    continue  # 涉嫌破坏社会安宁: the charge, not what was done that day
                if norm[pred.end:pred.end + 1] == "罪" or _robbed_thing(p, pred):
                    continue  # 以绑架罪判处: the charge's name; 接过被抢手机: what was robbed
                if headline and norm.find(norm[pred.start:pred.end], s_hi) != -1:
                    continue  # the body tells it again, in full: no copy from the headline
                k = bisect_left(cue_starts, c_lo)
                cued = (k < len(cues) and cues[k][1] <= pred.start) or (
                    pred.first > 0 and p.tokens.words[pred.first - 1] == "将")  # 将会见
                # an announced event is not dated by the narrative of what was done
                time, source = _time_of(pred.start, pred.end, time_lo, c_lo, c_hi, dated_index,
                                        during or (None if cued or background else narrative))
                if recurrence is not None and time is not None:
                    source = "recurring"
                exhorted = exhortation is not None and exhortation < pred.start
                if exhorted or manner:  # 要尽快查明原因: what is to be done, of no day yet;
                    time, source = None, "none"  # a manner co-verb is dated by its verb
                planned = cued or exhorted or _after(time, dct)
                event = _event(p, cache, pred, time, source, recurrence, agent, patient,
                               clause_actors, (s_lo, s_hi), doc_id,
                               "planned" if planned else "actual", negated,
                               preds[n + 1].start if n + 1 < len(preds) else c_hi)
                if time is None and not event.actors and pred.type == "other":
                    continue  # an untabled verb with neither when nor who (适合出行)
                events.append(event)
                if (time is not None and source in ("explicit", "sentence") and not planned
                        and time.value not in _UNDATED  # 目前 dates its clause, not the story
                        and time.granularity not in _COARSE  # 2022年实现营收: no story day
                        and (norm[pred.end:pred.end + 1] != "的"  # 2024年4月3日发生的地震:
                             or _reported_by_support(p, time_lo, pred.start))):
                    # a past one named to compare, not the day the story goes on
                    narrative, narrative_paragraph = time, paragraph
                    if story_day is None and not headline and id(time) in written_days:
                        # a day the text writes (8月25日, 当天), not a part of the day that
                        # only the DCT dates (凌晨时分 opening the story)
                        story_day, story_paragraph = time, paragraph
            if preds[-1].cls == "statement" and _ends_clause(norm, preds[-1].end, c_hi):
                # '楊金龍坦言，' what follows is reported, not done by the speaker; a body
                # speaks of what it did (警方表示，已拘捕2人)
                if carried is not None and carried.actor is not None and (
                        carried.actor.kind is ActorKind.PERSON):
                    carried = None
            elif _INVITATION.match(norm, c_lo, c_hi):
                carried = before_clause  # 应某某邀请，…: the host invites, the guest acts
        if narrative is narrative_before and not headline:
            # a sentence that only sets the scene (9月13日上午10时，操场彩旗招展) dates the
            # events after it: its last written day, unless it is to come
            scene = next((t.time for t in reversed(dated) if _NAMES_A_DAY.search(t.text)
                          and t.time.start is not None and t.time.granularity not in _COARSE
                          and not _after(t.time, dct)), None)
            if scene is not None and not any(e.time is not None
                                             for e in events[events_before:]) and not (
                    _earlier(scene, narrative)):  # 最大地震是2024年4月3日…: a record, no scene
                narrative, narrative_paragraph = scene, paragraph
        if headline:
            narrative, carried, last_person = None, None, None
    return events


_DURING = regex.compile(r"(?:在)?(\p{Han}{2,12}?)(?:期间|之际)[，,]")


def _past_credit(credits: Sequence[tuple[int, int]], lo: int, hi: int) -> int:
    """Where a clause starts once a dateline or byline that opens it is passed."""
    k = bisect_right(credits, (lo, 1 << 62)) - 1
    if k >= 0 and credits[k][0] <= lo < credits[k][1]:
        return min(credits[k][1], hi)
    return lo


def _during(norm: str, lo: int, hi: int, events: Sequence[Event]
            ) -> tuple[int, TimeValue] | None:
    """Where the opening phrase ends and the time of the earlier event it names, when a
    sentence opens in one (访问南非期间，… after 将于10月17日至23日对南非进行正式访问):
    the last dated event whose trigger the phrase holds."""
    m = _DURING.match(norm, lo, hi)
    if m is None:
        return None
    phrase = m.group(1)
    time = next((e.time for e in reversed(events)
                 if e.time is not None and e.trigger.text in phrase), None)
    return None if time is None else (m.end(), time)


_HEADING_MAX = 40
_LIST_ITEM = regex.compile(r"[（(][一二三四五六七八九十0-9]{1,3}[）)]")


_LEDE_REACH = 300  # characters after a headline to look for the day of its story


def _dates_events(norm: str, t: TimeMention, titles: Sequence[tuple[int, int]]) -> bool:
    """Whether a time can date the events of its sentence: a day or clock time that says
    when, outside a 《title》, and no count (2020年第3次会议)."""
    return (t.time.type in (TimeType.DATE, TimeType.TIME)
            and (t.time.value not in _UNDATED  # 目前 with a DCT: the day of the report
                 or (t.time.value == "PRESENT_REF" and t.time.start is not None))
            and t.time.value[:2] not in _DURATION_STARTS  # 1个月至5年不等: durations
            and _informative(t.time) and not _within(titles, t.start, t.end)
            and norm[t.end:t.end + 1] not in ("第", "度")
            and not (norm[t.start - 1:t.start] in _OPEN_QUOTES
                     and _NAMED_CASE.match(norm, t.end) is not None)
            and not norm.endswith(_COMPARED_WITH, max(0, t.start - 2), t.start))


# a time after these is what a figure is compared with (较前一日增加3例), not when
_COMPARED_WITH = ("较", "比", "相比", "同比", "环比", "比起")
_OPEN_QUOTES = ("“", "「", "『", '"')
# a quoted day that names a case or an incident ("4·27"杀害学生案件): a name, no date
_NAMED_CASE = regex.compile(r"[”」』\"]\p{Han}{0,8}?(?:案件|案|事件|事故|惨案|专案|行动)")


def _lede_time(norm: str, times: Sequence[TimeMention], time_starts: list[int], at: int,
               credits: Sequence[tuple[int, int]], titles: Sequence[tuple[int, int]]
               ) -> TimeValue | None:
    """The first day the body gives after a headline (not a dateline's), if it gives one soon."""
    for t in times[bisect_left(time_starts, at):]:
        if t.start - at > _LEDE_REACH:
            return None
        lo = norm.rfind("\n", max(0, t.start - _LEDE_REACH), t.start) + 1
        hi = norm.find("\n", t.end, t.end + _LEDE_REACH)
        line = norm[max(lo, t.start - _LEDE_REACH):hi if hi != -1 else t.end + _LEDE_REACH]
        if (_dates_events(norm, t, titles) and t.time.start is not None
                and t.time.granularity not in _COARSE and not _within(credits, t.start, t.end)
                and any(c in line for c in "，。,")):  # a body sentence, no dateline's date
            return t.time
    return None


_NAMES_A_DAY = regex.compile(r"[日号號天]|\d{1,4}[-/.·]\d")


def _earlier(time: TimeValue | None, than: TimeValue | None) -> bool:
    """Whether ``time`` falls on a day before ``than``'s."""
    return (time is not None and than is not None and time.start is not None
            and than.start is not None and time.start.date() < than.start.date())


def _informative(time: TimeValue) -> bool:
    """Whether a time says when at all: 半小时后 with nothing to count from (XXXX-XX-XXTXX:XX)
    does not, a clock time on an unknown day (XXXX-XX-XXT15:00) does."""
    return time.start is not None or any(c.isdigit() for c in time.value)


class _Days:
    """The days a text dates, and whether they came in order, one after another: a round-up
    (3月1日 … 3月3日 … 3月5日), not one story told with a flashback (27日 … 26日 … 27日).
    Kept as they come, so that asking per paragraph costs nothing."""

    __slots__ = ("falling", "last", "rising", "seen")

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.last: str | None = None
        self.rising = self.falling = True

    def add(self, days: Iterable[str]) -> None:
        for day in days:
            if day in self.seen:
                continue
            self.seen.add(day)
            if self.last is not None:
                self.rising = self.rising and day > self.last
                self.falling = self.falling and day < self.last
            self.last = day


_CO_VERB_SHARE = 0.9  # of a word's first character as a verb: 持 in 持刀, not 股 in 股票


def _subject_before(p: PreparedText, first_word: int, args: Arguments,
                    sent_actors: list[tuple[int, int, Actor]], last_person: _Agent | None,
                    carried: _Agent | None, kind: str) -> tuple[_Agent | None, Arguments]:
    """When the noun phrase before a predicate is no doer but ends in a word of the act
    (一名男子持刀闯入), or an adverb parts it from a doer before (消防人员一边射水灌救: 射水 is
    part of the act), that doer is the subject."""
    assert args.subject is not None
    lo, hi = args.subject
    at = p.word_at(lo)
    last = p.word_at(hi - 1)
    tail = p.tokens.words[last]
    if at < last and len(tail) == 2 and verb_shares().get(tail[0], 0.0) >= _CO_VERB_SHARE:
        # 一名蒙面男子持刀闯入: the tagger's noun 持刀 (a verb and its object) ends the
        cut = p.tokens.starts[last]  # phrase; the doer is the phrase without it
        subject = _agent_of(p, (lo, cut), sent_actors, last_person, carried, kind)
        if subject is not None and (subject.actor is None
                                    or subject.actor.kind is not ActorKind.PLACE):
            return subject, Arguments((lo, cut), None, False, args.negated)
    if at - 1 < first_word or p.tokens.tags[at - 1] not in ("d", "ad"):
        return None, args
    before = arguments(p, first_word, at)
    if before.subject is None or before.passive or before.doer is not None:
        return None, args
    subject = _agent_of(p, before.subject, sent_actors, last_person, carried, kind)
    if subject is None or (subject.actor is not None
                           and subject.actor.kind is ActorKind.PLACE):
        return None, args
    return subject, Arguments(before.subject, None, False, args.negated or before.negated)


def _relative_head(p: PreparedText, norm: str, args: Arguments, prev_end: int,
                   sent_actors: list[tuple[int, int, Actor]], last_person: _Agent | None
                   ) -> _Agent | None:
    """The subject a relative clause describes (办完事的郭辉 → 郭辉), when the words before
    a predicate end in 的 + a doer: the clause's first verbs modify it."""
    if args.subject is None or args.passive:
        return None
    lo, hi = args.subject
    de = norm.rfind("的", prev_end, hi)
    if de == -1 or de + 1 >= hi:
        return None
    head = _agent_of(p, (max(lo, de + 1), hi), sent_actors, last_person)
    if head is None or (head.actor is None and not _ends_like_doer(head.name)):
        return None
    return head


_ORDER = regex.compile(alternation(lx.ORDER_CUES))


def _order_content(norm: str, lo: int, hi: int) -> int | None:
    """Where what an order asks for starts (after 命令：), if the sentence gives one."""
    m = _ORDER.search(norm, lo, hi)
    return m.end() if m else None


def _heading(norm: str, lo: int, hi: int) -> bool:
    """A short line of its own without final punctuation, with more text after it."""
    line = norm[lo:hi]
    if "\n" not in line and hi < len(norm):
        return False
    body = line.strip()
    if (not body or len(body) > _HEADING_MAX or body[-1] in "。！？!?；;…”\"：:"
            or _LIST_ITEM.match(body)):
        return False  # a sentence, an introduction (…如下议案：) or a list item ((一)审议通过…)
    at_line_start = lo == 0 or norm[lo - 1] == "\n"
    return at_line_start and bool(norm[hi:].strip())


_TITLE_GAP = 14  # characters of titles between a body and the person who holds them
_TITLES_ONLY = regex.compile(rf"(?:(?:{alternation(TITLES)})、?)+")


def _opening_actor(norm: str, c_lo: int, sent_actors: list[tuple[int, int, Actor]]
                   ) -> _Agent | None:
    """A named organization or person that opens a clause (after spaces and quotes)."""
    lo = c_lo + len(norm[c_lo:c_lo + 8]) - len(norm[c_lo:c_lo + 8].lstrip(" \n“\"「"))
    for k, (s, e, a) in enumerate(sent_actors):
        if s == lo and a.kind is not ActorKind.PLACE:
            for m in range(k + 1, len(sent_actors)):  # 某法院党组书记、院长马国: the holder
                s2, e2, a2 = sent_actors[m]
                if s2 - e > _TITLE_GAP or not _TITLES_ONLY.fullmatch(norm, e, s2):
                    break
                if a2.kind is ActorKind.PERSON:
                    return _Agent(s2, e2, a2, a2.name)
            return _Agent(s, e, a, a.name)
    return None


def _opening_party(p: PreparedText, c_lo: int, c_hi: int,
                   sent_actors: list[tuple[int, int, Actor]], last_person: _Agent | None
                   ) -> _Agent | None:
    """An unnamed party that opens a clause with no predicate (该名男子情绪激动，拒绝合作):
    the subject the next clauses take."""
    t = p.tokens
    words = p.word_range(c_lo, c_hi)
    k = words.start
    while k < words.stop and not t.words[k].strip():
        k += 1
    j = k
    while j < words.stop and is_nominal(t.words[j], t.tags[j]):
        j += 1
    if j == k or j - k > _MAX_PARTY_WORDS:
        return None
    for end in range(j, k, -1):  # 该名男子情绪激动: the longest phrase that names a party
        agent = _agent_of(p, (t.starts[k], t.end(end - 1)), sent_actors, last_person)
        if agent is not None:
            return agent if agent.actor is None else None
    return None


_EXHORTATION_REACH = 3  # words from its clause's start an exhortation's 要 stands within




def _exhortation(p: PreparedText, lo: int, hi: int) -> int | None:
    """Where an exhortation opens in ``norm[lo:hi]``: 要/务必 near the start of a clause
    (要深入学习…, 我们要…), not 刚要转弯 nor 因为要接受检疫."""
    if "要" not in p.norm[lo:hi] and "务必" not in p.norm[lo:hi]:
        return None  # most sentences: no word of an exhortation at all
    t = p.tokens
    opened = -1  # the index of the clause's first word
    for j in p.word_range(lo, hi):
        if opened < 0 or t.tags[j - 1] == "x":
            opened = j
        if t.words[j] in lx.EXHORTATION_CUES and j - opened < _EXHORTATION_REACH and (
                j == opened or t.tags[j - 1] in ("r", "n", "nr", "nt", "ns")):
            return t.starts[j]
        if (t.words[j] == "要" and j > opened and j - opened <= _EXHORTATION_REACH
                and t.words[j - 1] + "要" in lx.EXHORTATION_CUES):
            return t.starts[j]  # 骑车开车都要当心: the tagger's 都 + 要 (not 刚要)
    return None


def _first_cue(p: PreparedText, lo: int, hi: int, cues: frozenset[str]) -> int | None:
    """Where the first word of ``cues`` in ``norm[lo:hi]`` starts."""
    t = p.tokens
    for j in p.word_range(lo, hi):
        if t.words[j] in cues:
            return t.starts[j]
    return None


def _after(time: TimeValue | None, dct: datetime | None) -> bool:
    """Whether a time starts after the DCT; a DCT without a clock time (midnight) is its
    whole day, so 10日上午 on the 10th is no plan."""
    if dct is None or time is None or time.start is None:
        return False
    if dct.hour == dct.minute == dct.second == 0:
        return time.start.date() > dct.date()
    return time.start > dct


def _place_of_action(p: PreparedText, lo_word: int, first: int,
                     sent_actors: list[tuple[int, int, Actor]]) -> _Agent | None:
    """An organization the clause puts its action at, when it has no subject: 在某法院公开审理
    (the court tries), 在市政府召开 (the city government holds)."""
    t = p.tokens
    for j in range(first - 1, max(lo_word, first - 8) - 1, -1):
        if t.words[j] in ("在", "于") and j + 1 < first:
            s = t.starts[j + 1]
            for ms, me, a in sent_actors:
                if ms == s and a.kind is ActorKind.ORG:
                    return _Agent(ms, me, a, a.name)
            return None
    return None


def _reported_by_support(p: PreparedText, lo: int, hi: int) -> bool:
    """Whether a support verb that reports a happening stands in ``norm[lo:hi]``."""
    r = p.word_range(lo, hi)
    return any(w in _REPORTING_SUPPORTS for w in p.tokens.words[r.start:r.stop])


def _robbed_thing(p: PreparedText, pred: Predicate) -> bool:
    """Whether a one-character verb right after 被 describes the noun after it (接过被抢手机,
    找到了被抢女子): 被 follows a verb, an aspect particle or 的, not the one it happened to
    (女子被抢); 烧伤被送到医院 is sent."""
    words, tags = p.tokens.words, p.tokens.tags
    i, j = pred.first, pred.last
    return (i >= 2 and i == j and len(words[i]) == 1 and words[i - 1] == "被" and j + 1 < len(words)
            and tags[j + 1][:1] == "n" and (tags[i - 2][:1] == "v" or words[i - 2] in ("了", "的")))


def _ends_clause(norm: str, end: int, c_hi: int) -> bool:
    return not norm[end:c_hi].strip(" ，,：:\"“”")


_OBJECT_TIME_GAP = 2  # characters between a trigger and a time that dates it (召开了3月5日会议)


class _Dated:
    """A sentence's dated times in text order, indexed once so that each predicate finds its
    time by bisection instead of rescanning them all (quadratic in a long sentence)."""

    __slots__ = ("last_fine", "starts", "times")

    def __init__(self, times: list[TimeMention]) -> None:
        self.times = times
        self.starts = [t.start for t in times]
        # last_fine[i]: the index of the last time at or before i finer than a year, or -1
        self.last_fine: list[int] = []
        last = -1
        for i, t in enumerate(times):
            if t.time.granularity not in _COARSE:
                last = i
            self.last_fine.append(last)


def _time_of(ts: int, te: int, time_lo: int, c_lo: int, c_hi: int, dated: _Dated,
             narrative: TimeValue | None) -> tuple[TimeValue | None, TimeSource]:
    times, starts = dated.times, dated.starts
    below = bisect_left(starts, ts)  # times[:below] start before the predicate
    first_own = bisect_left(starts, time_lo, 0, below)
    if first_own < below:  # in the clause itself, or in the time-only clauses that lead it
        # a finer time wins over a year that names something (昨日，2023年某公开赛…)
        fine = dated.last_fine[below - 1]
        last = times[fine] if fine >= first_own else times[below - 1]
        return last.time, "explicit" if last.start >= c_lo else "sentence"
    if below:  # the same: a year that names a contest (2023年某世锦赛) does not date it
        fine = dated.last_fine[below - 1]
        return times[fine if fine >= 0 else below - 1].time, "sentence"
    later = times[below] if below < len(times) and times[below].start < c_hi else None
    if later is not None and (narrative is None or (later.start - te <= _OBJECT_TIME_GAP
                                                    and later.time.granularity not in _COARSE)):
        return later.time, "explicit"  # 召开3月5日会议; not 签署2024年至2026年的计划
    if narrative is not None:
        return narrative, "narrative"
    return None, "none"


def _agent_of(p: PreparedText, span: tuple[int, int] | None,
              sent_actors: list[tuple[int, int, Actor]], last_person: _Agent | None,
              carried: _Agent | None = None, kind: str = "") -> _Agent | None:
    """The actor a noun phrase names (the one ending last inside it: 厅长陈建军 → 陈建军), or
    its words when it names none (警方, 市领导); pronouns refer back to the last person."""
    if span is None:
        return None
    s, e = span
    inside = [(ms, me, a) for ms, me, a in sent_actors
              if ms < e and me > s and (a.kind is not ActorKind.PLACE or kind in _PLACE_ACTS
                                        or a.name.endswith(_ACTING_VENUES))]
    if inside:
        ms, me, a = max(inside, key=lambda x: (x[1], x[1] - x[0]))
        if a.kind is not ActorKind.PERSON and _owned_thing(p, me, e):
            return None  # 某机场部分航班取消, 某公司二号机组跳闸: the body owns the thing that acts
        if (a.kind is ActorKind.PLACE and me < e and e - s <= _MAX_UNNAMED
                and p.norm[me:e] not in lx.NOT_AGENTS and _ends_like_doer(p.norm[me:e])):
            return _Agent(s, e, None, p.text[s:e])  # 中国央行, 当地政府: the body of the place
        return _Agent(ms, me, a, a.name)
    lead_in = _LEAD_IN.match(p.norm, s, e)  # 但日本队, 惟他: a conjunction, then the subject
    if lead_in is not None and lead_in.end() < e:
        s = lead_in.end()
    tail = _TAIL_ADVERB.search(p.norm, s, e)  # 33个养殖场全部: the adverb is no part of it
    if tail is not None and tail.start() > s:
        e = tail.start()
    words = p.norm[s:e]
    if words in lx.PRONOUNS:  # 他 with no person before: someone, not the last body
        if last_person is None and carried is not None and carried.actor is None and (
                carried.name[-1:] in _PERSON_ENDS):
            return carried  # 杨姓孕妇说，当时她在…: the unnamed person before
        return last_person or _Agent(s, e, None, p.text[s:e])
    if words[:1] in ("该", "本") and 2 <= len(words) <= 4:
        if carried is not None and (
                carried.actor is not None and carried.actor.name.endswith(words[1:])):
            return carried  # 该局 after 湖州市应急管理局: the same body
        named = next((x for x in reversed(sent_actors) if x[1] <= s and x[2].kind is
                      ActorKind.ORG and x[2].name.endswith(words[1:])), None)
        if named is not None:  # 记者从兰州市市场监督管理局获悉，该局…: the body named before
            return _Agent(named[0], named[1], named[2], named[2].name)
    if len(words) > _MAX_UNNAMED and "的" in words[:-1]:
        cut = words.rindex("的") + 1  # 某计算机学校的师生们: the head after the last 的
        s, words = s + cut, words[cut:]
    if len(words) > _MAX_UNNAMED and "、" in words:
        cut = words.rindex("、") + 1  # 成都、乐山两个消防支队: the last item names its kind
        s, words = s + cut, words[cut:]
    if not _ends_like_doer(words) and _COUNTED_PARTY.match(words):
        # 3名太空人领命: the tagger joined a verb to the subject; the doer ends before it
        for k in range(len(words) - 1, 1, -1):
            if words[k - 1] in lx.AGENT_END_CHARS and p.tokens.starts[p.word_at(s + k)] == s + k:
                e, words = s + k, words[:k]
                break
    if (kind in lx.VEHICLE_ACTS and words.endswith(lx.VEHICLE_WORDS)
            and len(words) <= _MAX_UNNAMED):
        return _Agent(s, e, None, p.text[s:e])  # 长征七号运载火箭点火升空: the rocket goes up
    if words in lx.NOT_AGENTS or len(words) > _MAX_UNNAMED or any(
            words.startswith(w) for w in ("记者", "本报")):
        return None
    if kind not in _PLACE_ACTS and any(
            ms < e <= me and not a.name.endswith(_ACTING_VENUES) for ms, me, a in sent_actors):
        return None  # a place as subject (南宁市发生…): no agent; 成都、乐山两个消防支队 acts
    head = words.removesuffix("们") or words  # 队员们: people in the plural
    if not _ends_like_doer(head) or head.endswith(lx.THING_WORDS) or head in _GENDERS:
        return None  # 卫星送入轨道, 线路开通, 二号机组停堆: a thing or theme, not a doer
    if words.endswith(lx.MEETING_WORDS) and kind in _HELD:
        return None  # 会议召开: the meeting is held, it holds nothing (会议决定: it decides)
    return _Agent(s, e, None, p.text[s:e])


def _ends_like_doer(words: str) -> bool:
    """Whether words end as people or a body do (民警, 医疗队, 当地政府)."""
    return words[-1:] in lx.AGENT_END_CHARS or words.endswith(lx.AGENT_WORDS)


_THING_TAGS = frozenset(("n", "nz", "ng", "b", "vn", "an"))  # the words of a plain noun phrase


def _owned_thing(p: PreparedText, lo: int, hi: int) -> bool:
    """Whether ``norm[lo:hi]``, after a named body in a subject, is a thing it owns (部分航班,
    二号机组): a plain noun phrase that names no doer."""
    rest = p.norm[lo:hi].strip()
    if len(rest) < 2 or rest in lx.AFTER_AGENT or _ends_like_doer(rest):
        return False
    t = p.tokens
    return all(t.tags[k] in _THING_TAGS or t.words[k] in ("部分", "号")
               for k in p.word_range(lo, hi) if t.words[k].strip())


class _Refs:
    """Frozen parts shared by the events of one text: an evidence span per sentence, an
    actor reference per actor and role (building them once keeps extraction fast)."""

    def __init__(self, titles: list[tuple[int, int]]) -> None:
        self.spans: dict[tuple[int, int], Span] = {}
        self.refs: dict[tuple[str | None, str, str], ActorRef] = {}
        self.titles = titles
        self.title_starts = [t[0] for t in titles]

    def title_after(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first 《title》 inside [lo, hi)."""
        k = bisect_left(self.title_starts, lo)
        if k < len(self.titles) and self.titles[k][1] <= hi:
            return self.titles[k]
        return None

    def span(self, text: str, lo: int, hi: int) -> Span:
        got = self.spans.get((lo, hi))
        if got is None:
            got = self.spans[(lo, hi)] = Span(text=text[lo:hi], start=lo, end=hi)
        return got

    def ref(self, id_: str | None, name: str, role: ActorRole) -> ActorRef:
        got = self.refs.get((id_, name, role))
        if got is None:
            got = self.refs[(id_, name, role)] = ActorRef(id=id_, name=name, role=role)
        return got


_MAX_PARTICIPANTS = 24  # actors right before a trigger that take part (a clause may name 1,000)


class _ClauseActors:
    """The actors named in one clause, sorted, with their starts, and the clause's place
    (else the sentence's first): looked up per event by bisection, never rescanned."""

    __slots__ = ("actors", "place", "starts")

    def __init__(self, actors: list[tuple[int, int, Actor]], starts: list[int],
                 sentence_place: str | None) -> None:
        self.actors, self.starts = actors, starts
        self.place = next((a.name for _, _, a in actors if a.kind is ActorKind.PLACE),
                          sentence_place)


def _event(p: PreparedText, cache: _Refs, pred: Predicate, time: TimeValue | None,
           source: TimeSource,
           recurrence: TimeValue | None, agent: _Agent | None, patient: _Agent | None,
           clause_actors: _ClauseActors,
           sentence: tuple[int, int], doc_id: str | None, modality: Modality,
           negated: bool, obj_end: int) -> Event:
    text = p.text
    ts, te = pred.start, pred.end
    refs: list[ActorRef] = []
    if agent is not None:
        named = agent.actor
        refs.append(cache.ref(named.id if named else None, named.name if named else agent.name,
                              "agent"))
    seen = {r.id for r in refs if r.id is not None}
    if patient is not None and patient.actor is not None and patient.actor.id not in seen:
        refs.append(cache.ref(patient.actor.id, patient.actor.name, "target"))
        seen.add(patient.actor.id)
    actors, starts = clause_actors.actors, clause_actors.starts
    k = bisect_left(starts, ts)
    for _, _, a in actors[max(0, k - _MAX_PARTICIPANTS):k]:  # others named before it take part
        if a.id not in seen and a.kind is not ActorKind.PLACE and (
                agent is None or agent.actor is None or a.id != agent.actor.parent):
            refs.append(cache.ref(a.id, a.name, "participant"))
            seen.add(a.id)
    after = next(((actors[i][0], actors[i][2])  # by index: a slice would copy the rest
                  for i in range(bisect_left(starts, te), len(actors))
                  if actors[i][2].kind is not ActorKind.PLACE), None)
    if after and after[1].id not in seen:
        refs.append(cache.ref(after[1].id, after[1].name, "target"))
    place = clause_actors.place
    title = cache.title_after(te, obj_end)
    obj: str | None
    if title is not None:
        obj = text[title[0]:title[1]]
    elif after and after[0] - te <= 2:
        obj = after[1].name  # 成立…领导小组: the actor acted on is the object
    else:  # the words up to the next predicate (赶往现场指挥救援 → 现场)
        obj = text[te:obj_end].split("、")[0].strip("，,。；;：: \n了着过")[:30] or None
    trigger = text[ts:te]
    summary = "".join(x for x in (agent.name if agent else "", "未" if negated else "",
                                  trigger, obj or "") if x)
    if len(summary) > 60:
        summary = summary[:59] + "…"
    s_lo, s_hi = sentence
    return trusted(  # built from checked parts: models.trusted, not validated again
        Event,
        id=f"{doc_id or 'doc'}:e{ts}",
        type=_TYPES[pred.type],
        trigger=Span(text=trigger, start=ts, end=te),
        time=time,
        time_source=source,
        modality=modality,
        polarity="negative" if negated else "positive",
        recurrence=recurrence,
        actors=tuple(refs),
        object=obj,
        location=place,
        summary=summary,
        evidence=cache.span(text, s_lo, s_hi),
        doc_id=doc_id,
    )
