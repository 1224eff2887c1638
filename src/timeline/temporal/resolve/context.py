"""What the resolver knows besides the expression, the value it builds, and the policy.

``Context`` holds the document creation time (DCT), the narrative time (the last fully
resolved day before the expression), the year-inference policy and a few facts about the
sentence; ``Resolved`` is a value being built. ``pick`` chooses among candidate occurrences
as docs/time-semantics.md says.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar, cast

import regex

from ...models import Anchor, Granularity, Mod, TimeType, TimeValue
from .. import lexicon as lx
from ..calendar import add_months, midnight
from ..grammar import parse_number

T = TypeVar("T")
DAY = timedelta(days=1)
WINDOW_DAY = timedelta(days=7)  # a bare day may lie this far after its anchor (policy past)
WINDOW_MONTH = timedelta(days=31)  # a month-day without year may lie this far after it
_WEEKDAY_NAMES = "一二三四五六日"
_FUTURE_CUE = regex.compile(
    "将(?:" + "|".join(lx.FUTURE_AFTER_JIANG) + ")|" + "|".join(lx.FUTURE_CUES)
)


@dataclass
class Context:
    """What the resolver knows besides the expression itself."""

    dct: datetime | None
    policy: str = "past"
    narrative: date | None = None
    narrative_year: int | None = None  # the year of the last date read (2024年5月), for 同年
    last_clock: datetime | None = None  # the last clock time read, for a night that goes on
    sentence_year: int | None = None
    sentence: tuple[str, int, int] | None = None  # (text, start, end) of the sentence
    _cue: bool | None = None
    sentence_day: date | None = None  # a day resolved earlier in the same sentence
    inherit: Resolved | None = None  # the first end of a range, for its second end
    quotes: Sequence[tuple[int, int]] = ()  # the text's quotations, in order (find.quote_spans)
    in_quote: bool = False  # whether the expression being resolved is inside one
    _cue_unquoted: bool | None = None
    memo: dict[tuple[object, ...], Resolved | None] = field(default_factory=dict)
    seen: int = 0  # candidates resolved in this sentence
    listed: bool = False  # the expression follows a day in a list (9月10号，11号)

    def state(self) -> tuple[object, ...]:
        """Everything a resolution may read, but the range's first end: a phrase resolved
        twice in the same state resolves the same (``1月1月1月…``)."""
        return (self.dct, self.policy, self.narrative, self.narrative_year, self.last_clock,
                self.sentence_year, self.sentence_day, self.sentence, self.in_quote, self.listed)

    @property
    def future_cue(self) -> bool:
        """Whether the sentence announces something to come (将于, 预计 …); looked up once.

        For an expression outside quotation marks, only the sentence outside them counts: a
        speaker's 将 is the speaker's (他说：“我们将于6月1日开工。” does not make the
        reporter's date future)."""
        if self.quotes and not self.in_quote and self.sentence is not None:
            if self._cue_unquoted is None:
                self._cue_unquoted = self._unquoted_cue(*self.sentence)
            return self._cue_unquoted
        if self._cue is None:
            self._cue = self.sentence is not None and bool(_FUTURE_CUE.search(*self.sentence))
        return self._cue

    def _unquoted_cue(self, text: str, start: int, end: int) -> bool:
        i = bisect_right(self.quotes, (start, end))
        if i and self.quotes[i - 1][1] > start:
            i -= 1  # a quote that began before the sentence and runs into it
        pos = start
        while pos < end:
            q_start, q_end = self.quotes[i] if i < len(self.quotes) else (end, end)
            stop = min(q_start, end)
            if stop > pos and _FUTURE_CUE.search(text, pos, stop):
                return True
            pos, i = max(pos, q_end), i + 1
        return False

    def enter_sentence(self, text: str, start: int, end: int) -> None:
        """Forget what was known about the previous sentence."""
        self.sentence, self._cue, self._cue_unquoted = (text, start, end), None, None
        self.sentence_year = self.sentence_day = None
        self.seen = 0

    def anchor_day(self, kind: str) -> tuple[date | None, str]:
        """The anchor day for a word anchored to ``kind`` ('dct' or 'narrative')."""
        dct_day = self.dct.date() if self.dct else None
        inherit = self.inherit
        if kind == "narrative" and inherit is not None and inherit.year is not None:
            if inherit.day is not None:
                return inherit.day, inherit.anchor
            return date(inherit.year, inherit.month or 1, 1), inherit.anchor
        if kind == "narrative":
            if self.narrative:
                return self.narrative, "narrative"
            return dct_day, "dct" if dct_day else "none"
        if dct_day:
            return dct_day, "dct"
        return self.narrative, "narrative" if self.narrative else "none"


_VALUES: dict[tuple[object, ...], TimeValue] = {}
_VALUES_MAX = 8192


@dataclass
class Resolved:
    """A value being built; turned into a ``TimeValue`` at the end."""

    type: TimeType
    value: str
    start: datetime | None = None
    end: datetime | None = None
    granularity: str | None = None
    mod: str | None = None
    quant: str | None = None
    anchor: str = "none"
    warnings: list[str] = field(default_factory=list)
    day: date | None = None  # a definite day this value pins down (for narrative time)
    year: int | None = None  # the (possibly inferred) year, for ranges
    month: int | None = None
    holiday: lx.Holiday | None = None
    explicit_year: bool = False
    pod: str | None = None  # the part-of-day word, for the second end of a range
    boundary: bool = False  # 24时 / 晚上12点: an instant at midnight; as an end, ends there
    ordinal: bool = False  # 第三天: counted from the narrative, which it does not move

    def clone(self) -> Resolved:
        """A copy to change freely (its warnings are its own)."""
        twin = object.__new__(Resolved)
        twin.__dict__.update(self.__dict__)
        twin.warnings = list(self.warnings)
        return twin

    def to_value(self) -> TimeValue:
        start, end = self.start, self.end
        if start is not None and end is not None and not start < end:
            self.warnings.append(f"empty interval: {start} to {end}; interval dropped")
            start = end = None
        # values repeat (the same day in many paragraphs): one frozen model for each
        key = (self.type, self.value, start, end, self.granularity, self.mod, self.quant,
               self.anchor, tuple(self.warnings))
        made = _VALUES.get(key)
        if made is None:
            if len(_VALUES) >= _VALUES_MAX:
                _VALUES.clear()
            # the resolver only ever writes the literals the model allows; the model checks it
            made = _VALUES[key] = TimeValue(
                type=self.type, value=self.value, start=start, end=end,
                granularity=cast(Granularity, self.granularity), mod=cast(Mod, self.mod),
                quant=self.quant, anchor=cast(Anchor, self.anchor), warnings=key[-1],
            )
        return made


# --- small helpers ---------------------------------------------------------------------


def num(text: str | None) -> int | None:
    if not text:
        return None
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


_EDGE = "calendar edge: the interval ends after 9999-12-31 and is left open"


def make_day(d: date, anchor: str = "none", **kw: object) -> Resolved:
    last = d == date.max  # 9999年12月31日 keeps its value; its end is past what datetime holds
    r = Resolved(TimeType.DATE, day_value(d), midnight(d), None if last else midnight(d) + DAY,
                 "day", anchor=anchor, day=d, year=d.year, month=d.month,
                 warnings=[_EDGE] if last else [])
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def make_month(year: int, month: int, anchor: str = "none") -> Resolved:
    start = date(year, month, 1)
    last = (year, month) == (9999, 12)
    return Resolved(TimeType.DATE, f"{year:04d}-{month:02d}", midnight(start),
                    None if last else midnight(add_months(start, 1)), "month", anchor=anchor,
                    year=year, month=month, warnings=[_EDGE] if last else [])


def make_year(year: int, anchor: str = "none") -> Resolved:
    last = year == 9999
    return Resolved(TimeType.DATE, f"{year:04d}", datetime(year, 1, 1),
                    None if last else datetime(year + 1, 1, 1), "year", anchor=anchor,
                    year=year, warnings=[_EDGE] if last else [])


def set_span(r: Resolved, start: date, end: date) -> Resolved:
    r.start, r.end = midnight(start), midnight(end)
    return r


def pick(cands: Sequence[tuple[date, date, T]], anchor: date, policy: str,
          window: timedelta, future_cue: bool) -> T:
    """Choose among candidate occurrences ``(start, end, payload)`` as CONVENTIONS says."""
    if future_cue or policy == "future":
        # a cue leans forward, but never a year past a date just gone (预计4月1日起 on 4月2日)
        later = ([c for c in cands if c[0] >= anchor - window] if future_cue and
                 policy != "future" else [c for c in cands if c[1] > anchor])
        return min(later, key=lambda c: c[0])[2] if later else max(cands, key=lambda c: c[0])[2]
    if policy == "nearest":
        def dist(c: tuple[date, date, T]) -> int:
            if c[0] <= anchor < c[1]:
                return 0
            return min(abs((c[0] - anchor).days), abs((c[1] - DAY - anchor).days))
        return min(cands, key=lambda c: (dist(c), c[0]))[2]
    soon = [c for c in cands if anchor < c[0] <= anchor + window]
    if soon:
        return min(soon, key=lambda c: c[0])[2]
    past = [c for c in cands if c[0] <= anchor]
    if past:
        return max(past, key=lambda c: c[0])[2]
    return min(cands, key=lambda c: c[0])[2]


def valid_year(year: int) -> bool:
    return 1 <= year <= 9999

def anchor_for_inference(ctx: Context) -> tuple[date | None, str]:
    return ctx.anchor_day("dct")


def infer_year(make: Callable[[int], tuple[date, date] | None], ctx: Context,
                window: timedelta, *, narrative: bool = False,
                weekday_evidence: bool = False) -> tuple[int | None, str]:
    """Pick a year for a partial date; ``make(year)`` gives the candidate's interval."""
    anchor, kind = ctx.anchor_day("narrative") if narrative else anchor_for_inference(ctx)
    if anchor is None:
        return None, "none"
    cands = []
    for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1, anchor.year + 2):
        if abs(y - anchor.year) == 2 and not weekday_evidence:
            continue
        span = make(y)
        if span is not None:
            cands.append((span[0], span[1], y))
    if not cands:
        return None, kind
    return pick(cands, anchor, ctx.policy, window, ctx.future_cue), kind


def weekday_check(r: Resolved, wda: str | None) -> None:
    if not wda or r.day is None:
        return
    want = lx.WEEKDAYS[wda]
    if r.day.isoweekday() != want:
        actual = _WEEKDAY_NAMES[r.day.isoweekday() - 1]
        r.warnings.append(
            f"weekday mismatch: {day_value(r.day)} is 星期{actual}, the text says 星期{wda}"
        )

