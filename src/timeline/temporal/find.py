"""``find_times`` and ``parse_time``: scan a text, then resolve mentions left to right."""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from datetime import date, datetime, timedelta

import regex

from .._args import check_policy, check_text, coerce_dct
from .._types import DateLike, Policy
from ..errors import ScanTimeoutWarning
from ..models import TimeMention, TimeType, TimeValue, trusted
from ..text import normalize, sentences
from . import lexicon as lx
from .grammar import scanner
from .phrases import (
    CalendarDate,
    Core,
    DatePhrase,
    DurationPhrase,
    DurationWord,
    ReferencePhrase,
    WeekPhrase,
)
from .reader import read_match, read_part, read_prefix, read_spans, read_weekday
from .resolve import Context, Resolved, apply_affixes, combine_range, resolve_core

__all__ = ["coerce_dct", "find_times", "parse_time", "times_of"]

# what may follow a bare 'N点' for it to be a clock time ('3点建议' is three suggestions)
_AFTER_BARE_CLOCK = regex.compile(
    r"[ \t]{0,2}(?:[，。、；,;!?！？)）]|$|前|后|起|至|到|开|左右|许|整|以|之|钟|的)"
)
_CJK = regex.compile(r"\p{Han}")
# quotation marks, and the line ends that close a quote left open on its line
_QUOTE_MARK = re.compile(r'[“”「」『』"\n\r\x0b\x0c\x85\u2028\u2029]')
_QUOTE_OPEN, _QUOTE_CLOSE = "“「『", "”」』"
_OPEN_BRACKETS = ("(", "（", "(", " (", " （")
# what may stand between a date and the weekday that names it: 1月26日（星期日）, 1月26日，星期日
_BESIDE_WEEKDAY = (*_OPEN_BRACKETS, "，", ",", " ", "， ", ", ")
# what joins the days of a list: 9月10号，11号、12号
_LIST_SEPARATORS = ("，", "、", ",", "和", "及", "与", ", ")
# 距离震中最近, 离家最近的: nearest, not recently
_NEAREST = regex.compile(r"(?:距离|距|离)[^，。；;,！？!?\s]{0,12}$")


def _check(text: object, policy: object) -> None:
    check_text(text)  # one check for every entry point (timeline._args)
    check_policy(policy)


def _sentence_index(spans: list[tuple[int, int]], pos: int, hint: int) -> int:
    i = hint
    while i + 1 < len(spans) and spans[i][1] <= pos:
        i += 1
    return i


def _not_a_time(core: Core, norm: str, start: int, end: int) -> bool:
    """Context checks that a pattern alone cannot make (traps next to real times)."""
    if isinstance(core, ReferencePhrase) and core.word == "当前":
        before = norm[start - 1] if start else ""
        after = norm[end] if end < len(norm) else ""
        if _CJK.match(before) and (not after or after in "，。,.；;！!"):
            return True  # 疫情当前，: 'in the face of', not 'now'
        if norm.startswith(lx.NOT_TIME_AFTER_DANGQIAN, end):
            return True  # 当前位置 (page furniture), 当前热点
    if (isinstance(core, ReferencePhrase) and core.word == "最近"
            and _NEAREST.search(norm, max(0, start - 14), start)):
        return True
    head = core.head if isinstance(core, DatePhrase) else None
    if (isinstance(head, WeekPhrase) and head.weekday is not None and head.weekday_shift is None
            and norm[max(0, start - 3):start].endswith(lx.NAMED_WEEKDAY_QUALIFIERS)):
        return True  # 圣周五, 复活节星期一: a named day, not this week's Friday
    if (isinstance(head, CalendarDate) and head.holiday is not None and head.year is None
            and head.rel_year is None):
        if norm[max(0, start - 6):start].endswith(lx.FOREIGN_QUALIFIERS):
            return True  # 以色列国庆节: another country's day, not 10月1日
        if norm.startswith(lx.HOLIDAY_AS_MODIFIER, end):
            return True  # 新年民俗, 元宵灯会: a thing named after the holiday
    clock = core.clock if isinstance(core, DatePhrase) else None
    if isinstance(core, DatePhrase) and clock is not None and clock.hour_text is not None:
        hour = clock.hour_text
        if not core.names_day and core.pod is None and clock.precision == "hour":
            if clock.unit == "点钟" or clock.approx:
                return False
            if hour == "一" or (not hour.isascii() and clock.unit == "时" and len(hour) < 2):
                return True  # 一点, 一时, 三时: idioms ('近一点') more often than hours
            if start and norm[start - 1] in "到至于在从":
                return False
            return not _AFTER_BARE_CLOCK.match(norm, end)
    return False


def quote_spans(norm: str) -> list[tuple[int, int]]:
    """The stretches of ``norm`` inside quotation marks (“…” 「…」 『…』 "…"), from the
    opening mark to just after the closing one, nested quotes inside the outer one.

    One pass over the marks. A quote may span several sentences; one left open is closed at
    the end of its line (a quote over several paragraphs opens again on each of them).

    >>> quote_spans('他说：“第二天去了。”随后')
    [(3, 11)]
    """
    spans: list[tuple[int, int]] = []
    depth, straight, start = 0, False, 0
    for m in _QUOTE_MARK.finditer(norm):
        c = m.group()
        inside = depth > 0 or straight
        if c in _QUOTE_OPEN:
            depth += 1
        elif c in _QUOTE_CLOSE:
            depth = max(depth - 1, 0)
        elif c == '"':
            straight = not straight
        else:  # a line end
            depth, straight = 0, False
            if inside:
                spans.append((start, m.start()))
            continue
        now = depth > 0 or straight
        if now and not inside:
            start = m.start()
        elif inside and not now:
            spans.append((start, m.end()))
    if depth > 0 or straight:
        spans.append((start, len(norm)))
    return spans


def _alone_on_line(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is all its line holds (but a colon after it)."""
    # walk the blanks on either side only, not the whole line: on a long line without
    # breaks a scan to its ends for every time was quadratic
    i = start
    while i > 0 and norm[i - 1] != "\n" and norm[i - 1].isspace():
        i -= 1
    if i > 0 and norm[i - 1] != "\n":
        return False
    j, size = end, len(norm)
    while j < size and norm[j] in _LINE_TAIL:
        j += 1
    return j == size or norm[j] == "\n"


_LINE_TAIL = frozenset(" \t：:\u3000\r")  # what may follow a time alone on its line


def _family(core: Core) -> type:
    """The family of an expression, for a range whose ends must be alike."""
    return DurationPhrase if isinstance(core, DurationWord) else type(core)


_MEMO_AFTER = 32  # candidates in one sentence before resolutions are remembered (hashing a
# phrase costs more than resolving it once, and news sentences rarely repeat a phrase)


def _resolve_part(core: Core | None, ctx: Context,
                  weekday: str | None = None) -> tuple[Core, Resolved] | None:
    if core is None:
        return None
    if weekday and isinstance(core, DatePhrase) and core.weekday_apposition is None:
        # '1月26日(星期三)': the weekday is evidence for the year
        core = replace(core, weekday_apposition=weekday)
    ctx.seen += 1
    if ctx.inherit is not None or ctx.seen <= _MEMO_AFTER:
        r = resolve_core(core, ctx)
    else:  # a sentence dense with times: the same phrase in the same state resolves alike
        key = (core, *ctx.state())
        if key in ctx.memo:
            known = ctx.memo[key]
            r = known.clone() if known is not None else None
        else:
            r = resolve_core(core, ctx)
            ctx.memo[key] = r.clone() if r is not None else None
    return (core, r) if r is not None else None


def find_times(text: str, *, dct: DateLike | None = None,
               policy: Policy = "past") -> list[TimeMention]:
    """Every time expression in ``text``, in order, non-overlapping, longest first.

    >>> [m.time.value for m in find_times("1月30日下午开会，次日发文。", dct="2020-02-26")]
    ['2020-01-30TAF', '2020-01-31']
    """
    _check(text, policy)
    return times_of(text, normalize(text), coerce_dct(dct), policy)


SCAN_BUDGET = 1_000_000
"""Candidate phrases one text may examine; past that, scanning stops with a note. A count of
work, not seconds, so the same text gives the same times on any machine and under any load.
Each candidate costs bounded work (the grammar's quantifiers are bounded), about 10-40 µs; news
has one per 50-100 characters, so only inputs of tens of megabytes (or of millions of bare
``1月``) reach it; the bound protects batch workers."""


def times_of(text: str, norm: str, dct: datetime | None, policy: str,
             notes: list[str] | None = None,
             sents: list[tuple[int, int]] | None = None) -> list[TimeMention]:
    """``find_times`` on a text already normalized (``norm``), arguments already checked.

    Problems that concern the whole text (a scan that used up ``SCAN_BUDGET``) are appended
    to ``notes`` when given, else issued as a ``ScanTimeoutWarning``.
    """
    if not text:
        return []
    out, stopped = _scan(text, norm, scanner(), sents, dct, policy, SCAN_BUDGET)
    if stopped is not None:
        note = (f"time scan stopped after {SCAN_BUDGET:,} candidate phrases at character "
                f"{stopped} of {len(text)}: times after it were not looked for")
        if notes is not None:
            notes.append(note)
        else:
            warnings.warn(ScanTimeoutWarning(note), stacklevel=3)
    return out


def _scan(text: str, norm: str, sc: re.Pattern[str], sents: list[tuple[int, int]] | None,
          dct: datetime | None, policy: str,
          budget: int) -> tuple[list[TimeMention], int | None]:
    """The mentions, and where the scan stopped if it examined ``budget`` candidates."""
    out: list[TimeMention] = []
    nxt = sc.search(norm, 0)
    if nxt is None:
        return out, None  # many paragraphs: no context, sentences or quotes to build
    ctx = Context(dct, policy)
    if sents is None:
        sents = sentences(norm)
    prev_end = 0
    prev: Resolved | None = None
    sent_i = -1
    # a time inside a quotation is the speaker's, not the narrative's: what it sets is put
    # back once the quote is over (saved = narrative, its year, last clock, sentence day,
    # sentence year, sentence)
    quotes = ctx.quotes = quote_spans(norm)
    quote_i = 0
    saved: tuple[date | None, int | None, datetime | None, date | None, int | None, int] | None
    saved = None
    header: str | None = None  # the part of day heading a schedule block
    leading: str | None = None  # a weekday standing before the next date (星期日，1月26日)
    examined = 0
    while nxt is not None:
        if examined >= budget:
            return out, nxt.start()
        m = nxt
        examined += 1
        nxt = sc.search(norm, m.end())
        s = m.start()
        i = _sentence_index(sents, s, max(sent_i, 0))
        if i != sent_i:
            sent_i = i
            lo, hi = sents[i]
            ctx.enter_sentence(norm, lo, hi)
        if quotes:
            while quote_i < len(quotes) and quotes[quote_i][1] <= s:
                quote_i += 1
            quoted = ctx.in_quote = quote_i < len(quotes) and quotes[quote_i][0] <= s
            if saved is not None and not quoted:
                same_sentence = saved[5] == sent_i
                ctx.narrative, ctx.narrative_year, ctx.last_clock = saved[:3]
                ctx.sentence_day = saved[3] if same_sentence else None
                ctx.sentence_year = saved[4] if same_sentence else None
                saved = None
            if quoted and saved is None:
                saved = (ctx.narrative, ctx.narrative_year, ctx.last_clock, ctx.sentence_day,
                         ctx.sentence_year, sent_i)
        ctx.inherit = None
        spans = read_spans(m)
        c1s, c1e = spans.first
        bracketed, leading = leading, None  # a weekday that stood before this date
        if (nxt is not None and nxt.start() - m.end() <= 2
                and norm[m.end():nxt.start()] in _BESIDE_WEEKDAY):
            bracketed = read_weekday(nxt.group()) or bracketed
        # without a second end, the scanner's own groups are those of the first core
        phrase = read_match(m) if spans.second is None else read_part(norm, c1s, c1e)
        if isinstance(phrase, DatePhrase):
            if phrase.head is None and phrase.clock is None and phrase.pod is not None:
                if _alone_on_line(norm, s, c1e):
                    header = phrase.pod  # a schedule's block header: 下午 on its own line
            elif phrase.head is not None:
                header = None  # a date ends the block
            elif (header is not None and phrase.pod is None and phrase.clock is not None
                  and not phrase.clock.explicit_24h):
                phrase = replace(phrase, pod=header)  # 2:30 under 下午 is 14:30
        ctx.listed = (prev is not None and s - prev_end <= 2 and prev.granularity == "day"
                      and prev.day is not None and norm[prev_end:s] in _LIST_SEPARATORS)
        first = _resolve_part(phrase, ctx, bracketed)
        if first is None or _not_a_time(first[0], norm, c1s, c1e):
            # not a time after all ('大约2020年' read as a duration): look again from the
            # next character, so a shorter expression inside it is still found
            nxt = sc.search(norm, s + 1)
            continue
        core, r = first
        # a weekday in brackets right after a date names that date; one before a date and a
        # comma (星期日，1月26日) names the date after it
        head = core.head if isinstance(core, DatePhrase) else None
        alone = (isinstance(head, WeekPhrase) and head.weekday is not None
                 and head.weekday_shift is None and isinstance(core, DatePhrase)
                 and core.pod is None and core.clock is None)
        named: Resolved | None = None
        if alone and prev is not None and out and prev.day is not None and (
                norm[out[-1].end:s] in _BESIDE_WEEKDAY):
            named = prev
        elif (alone and isinstance(head, WeekPhrase) and nxt is not None
              and nxt.start() - c1e <= 2 and norm[c1e:nxt.start()] in _BESIDE_WEEKDAY):
            after = read_match(nxt) if read_spans(nxt).second is None else None
            if (isinstance(after, DatePhrase) and isinstance(after.head, CalendarDate)
                    and after.head.day is not None):
                peek = _resolve_part(after, ctx, head.weekday)
                if peek is not None and peek[1].day is not None:
                    named, leading = peek[1], head.weekday
        if named is not None and isinstance(head, WeekPhrase) and head.weekday:
            r = Resolved(**{**named.__dict__, "warnings": []})
            wd = lx.WEEKDAYS[head.weekday]
            if r.day is not None and r.day.isoweekday() != wd:
                names = "一二三四五六日"
                r.warnings.append(
                    f"weekday mismatch: {r.value} is 星期{names[r.day.isoweekday() - 1]}, "
                    f"the text says 星期{head.weekday}"
                )
        end = c1e
        ranged = False
        if spans.second is not None:
            ctx.inherit = r
            second = _resolve_part(read_part(norm, *spans.second), ctx)
            ctx.inherit = None
            if second is not None and _family(second[0]) is _family(core):
                r = combine_range(r, second[1])
                ranged = True
                end = spans.second[1]
            elif (second is not None and isinstance(second[0], ReferencePhrase)
                  and second[1].value == "PRESENT_REF" and second[1].start is not None
                  and r.type == TimeType.DATE and r.start is not None):
                # 去年到现在: up to the DCT's day
                now = second[1].clone()
                now.value = now.start.strftime("%Y-%m-%d") if now.start else now.value
                r = combine_range(r, now)
                ranged = True
                end = spans.second[1]
        suffix = spans.suffix if spans.second is None or end == spans.second[1] else None
        if suffix is not None:
            end = spans.suffix_end
        pm = read_prefix(norm, max(prev_end, s - 6), s)
        if suffix == "开始" and pm is None:
            # '1月10日开始' without 从/自 is when something starts, not an open interval
            suffix, end = None, (spans.second[1] if ranged and spans.second else c1e)
        start = s
        prefix = None
        if pm is not None:
            prefix = pm[0]
            needs_end = prefix in ("到", "直到", "直至") and suffix not in ("为止", "止")
            if needs_end or (prefix in ("约", "大约") and r.type == TimeType.DURATION):
                prefix = None  # '到3月' alone is a destination; 约 on a duration is its own
            else:
                start = pm[1]
        if ranged and suffix in ("止", "为止"):
            suffix = None  # 自2月1日至5日止: 止 closes the range it ends
        r = apply_affixes(r, None if ranged else prefix, suffix, ctx)
        if r.type in (TimeType.DATE, TimeType.TIME):
            if r.day is not None and "X" not in r.value.split("T")[0] and not r.ordinal:
                day = r.day
                if ranged or r.type == TimeType.TIME:
                    # 9月8日0时至24时, 2月7日0—24时: the last day the range covers, not the
                    # midnight its 24时 ends at
                    value = r.to_value()
                    if value.end is not None and value.start is not None and (
                            ranged or (value.end.date() == day and value.start.date() < day)):
                        day = (value.end - timedelta(microseconds=1)).date()
                ctx.narrative = day
                ctx.sentence_day = day
                ctx.narrative_year = day.year
                ctx.last_clock = r.start if r.type == TimeType.TIME and not ranged else None
            if r.explicit_year and r.year is not None:
                ctx.sentence_year = ctx.narrative_year = r.year
        prev = r
        prev_end = end
        out.append(trusted(  # the scanner's span and a checked value: no need to validate
            TimeMention, text=text[start:end], start=start, end=end, time=r.to_value()))
    return out, None


def parse_time(text: str, *, dct: DateLike | None = None,
               policy: Policy = "past") -> TimeValue | None:
    """Parse ``text`` as one time expression; ``None`` if it is not exactly one.

    >>> parse_time("腊月二十八", dct="2020-02-26").value
    '2020-01-22'
    """
    mentions = find_times(text, dct=dct, policy=policy)
    stripped = text.strip()
    if len(mentions) == 1 and mentions[0].text == stripped:
        return mentions[0].time
    return None
