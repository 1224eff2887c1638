"""One analysed text shared by every stage: the original, its normalized form, sentences and
words. Stages read it instead of re-deriving the same facts and passing them by hand."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from .text import Span, clauses, normalize, sentences, union_spans
from .tokens import Tokens, tokenize

__all__ = ["PreparedText", "credit_spans", "prepare"]

# A dateline or byline (新华社北京10月30日电（记者王某）, 本报讯, 記者張三／台北報導) and a
# credit line at a paragraph's end (记者 张三 摄影报道, （记者 李四 通讯员 王五）): their
# names report the news, they take no part in it.
_BYLINE = regex.compile(
    r"(?m)^[ \t]*(?:[^，。\n]{0,8}?"
    r"(?:新华社|中新社|中新网|新华网|人民网|央视网|央广网|本报|本台|记者)"
    # 通讯员 holds no 讯 that ends it when the credit goes on to 报道
    r"[^，。\n]{0,30}?(?:电|讯(?!员[^，。\n]{0,30}?报[道导])|报道|报导)"
    r"|[^，。\n]{0,14}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯|报道|报导)"  # 东南网莆田1月17日讯
    r"|[^，。\n]{0,10}?[／/][ \t]*\p{Han}{2,4}[ \t]*(?:综合)?(?:报导|报道)"  # 即时中心／某某报导
    r"|(?:新华社|中新社|中新网|新华网|人民网|央视网|央视新闻|央广网)[ \t]*[|｜丨])"  # 新华社|标题
    r"(?:[ \t]*[（(][^）)\n]{0,30}[）)])?")
_CREDIT = regex.compile(
    r"(?m)[（(]?[ \t]*(?:记者|通讯员|实习生|摄影)[ \t]*[\p{Han}、 \t]{2,30}?"
    r"(?:摄影报道|报道|报导|摄|[）)])[ \t]*$"
    # anywhere in a line: （本网记者 张三）, (通讯员 李四 王五)
    r"|[（(][ \t]*(?:本网|本报|本台)?(?:见习|特约)?(?:记者|通讯员|实习生)[ \t]*"
    r"[\p{Han}、 \t]{2,30}?[）)]")
# a source or editor line (来源：某某晚报, 责任编辑：张三)
_SOURCE = regex.compile(
    r"(?m)(?:来源|稿源|责任编辑|编辑|作者|记者|通讯员)[ \t]*[:：][^，。\n]{0,30}?(?=[ \t]|$)"
    # a page's meta line: date, time, author, source (14-01-17 11:19 某某 来源:某网)
    r"|^[ \t]*[0-9][0-9:/ \t-]{6,20}\p{Han}{2,4}[ \t]+(?=来源|稿源)")
# a last line of names only (张三 李 四): the editors' signature
_SIGNATURE = regex.compile(r"\n[ \t　]*((?:\p{Han}{1,4}[ \t　]+){1,5}\p{Han}{1,4})[ \t　]*\s*\Z")


def credit_spans(norm: str) -> list[Span]:
    """Datelines, bylines, credit, source and signature lines of a normalized text, sorted."""
    signature = _SIGNATURE.search(norm)
    return union_spans([*(m.span() for m in _BYLINE.finditer(norm)),  # disjoint, for bisection
                        *(m.span() for m in _CREDIT.finditer(norm)),
                        *(m.span() for m in _SOURCE.finditer(norm)),
                        *([signature.span(1)] if signature else [])])


@dataclass
class PreparedText:
    """A text analysed once: ``norm`` has the same length as ``text``, so every offset holds
    in both. Words come lazily (``tokens``), on first use."""

    text: str
    norm: str
    sentences: list[Span]
    _tokens: Tokens | None = field(default=None, repr=False)
    _credits: list[Span] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> Tokens:
        """The words and their tags (tagged on first use)."""
        if self._tokens is None:
            self._tokens = tokenize(self.norm)
        return self._tokens

    @property
    def credits(self) -> list[Span]:
        """Datelines, bylines, credit, source and signature lines (``credit_spans``), found
        on first use."""
        if self._credits is None:
            self._credits = credit_spans(self.norm)
        return self._credits

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
        done = 0  # words before this index are emitted
        at = 0  # characters before this offset are emitted
        span_starts = [s for (s, _), _ in fixed]
        for i, ((s, e), tag) in enumerate(fixed):
            if s < at:
                continue  # overlaps a span already made a word
            first = bisect_right(t.starts, s) - 1  # the word holding s
            last = bisect_right(t.starts, e - 1) - 1  # the word holding e - 1
            words += t.words[done:first]  # the words between the spans, as they are
            tags += t.tags[done:first]
            starts += t.starts[done:first]
            head = max(t.starts[first], at)
            if head < s:  # most spans start and end on the tagger's word edges
                _append_piece(self.norm, head, s, words, tags, starts)  # 局 of 局对 …
            words.append(self.norm[s:e])
            tags.append(tag)
            starts.append(s)
            tail_end = t.starts[last] + len(t.words[last])
            # the next span may start inside that word (署今 before 今(18)日): cut it there
            j = bisect_left(span_starts, e, i + 1)
            if j < len(span_starts):
                tail_end = min(tail_end, span_starts[j])
            if e < tail_end:
                _append_piece(self.norm, e, tail_end, words, tags, starts)  # … 对 of 局对
            done, at = last + 1, max(e, tail_end)
        words += t.words[done:]
        tags += t.tags[done:]
        starts += t.starts[done:]
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
