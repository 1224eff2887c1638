"""Invariants that hold for any input: no exception, valid spans, valid intervals."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import TimeMention, find_times
from timeline.temporal.grammar import PHRASE, named_groups, scanner
from timeline.text import has_break, normalize, union_spans

from .strategies import any_text, dcts, grammar_text, mixed_text, policies

texts = st.one_of(any_text, grammar_text, mixed_text)


def _check(text: str, mentions: list[TimeMention]) -> None:
    prev_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert prev_end <= m.start < m.end <= len(text)
        prev_end = m.end
        t = m.time
        if t.start is not None and t.end is not None:
            assert t.start < t.end


@settings(max_examples=300, deadline=None)
@given(texts, dcts, policies)
def test_never_raises_and_spans_are_valid(text: str, dct: datetime | None, policy: str) -> None:
    _check(text, find_times(text, dct=dct, policy=policy))  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(texts, dcts)
def test_deterministic(text: str, dct: datetime | None) -> None:
    assert find_times(text, dct=dct) == find_times(text, dct=dct)


@settings(max_examples=150, deadline=None)
@given(texts, dcts)
def test_json_round_trip(text: str, dct: datetime | None) -> None:
    for m in find_times(text, dct=dct):
        assert TimeMention.model_validate_json(m.model_dump_json()) == m


@settings(max_examples=200, deadline=None)
@given(st.one_of(grammar_text, mixed_text))
def test_scanner_matches_the_grammar(text: str) -> None:
    """The scanner (prefiltered, on the standard library's engine) finds what the grammar
    compiled by ``regex`` finds, with the same groups for a single expression."""
    import regex

    raw = regex.compile(PHRASE)
    norm = normalize(text)
    ours, theirs = list(scanner().finditer(norm)), list(raw.finditer(norm))
    assert [m.span() for m in ours] == [m.span() for m in theirs]
    for a, b in zip(ours, theirs, strict=True):
        if b.group("c2") is None:  # regex shares one slot between the ends' groups
            assert named_groups(a) == {k: v for k, v in b.groupdict().items() if v is not None}


@given(any_text)
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50))))
def test_union_spans_is_a_sorted_disjoint_cover(pairs: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in pairs]
    out = union_spans(spans)
    assert all(s < e for s, e in out)
    assert all(a[1] <= b[0] for a, b in pairwise(out))  # sorted and disjoint
    covered = {i for s, e in spans for i in range(s, e)}
    assert covered == {i for s, e in out for i in range(s, e)}


@pytest.mark.parametrize(("piece", "expected"), [
    ("，", True), ("。", True), ("\r", True), ("\u2028", True), ("：", True),
    (" ", False), ("召开", False), ("16:9", False), ("1,200", False),
])
def test_has_break(piece: str, expected: bool) -> None:
    assert has_break(piece) is expected
