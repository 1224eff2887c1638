"""The token layer: prose punctuation the tagger reads full-width, glued leads cut off."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.text import wide_punctuation
from timeline.tokens import tokenize, verb_shares


@pytest.mark.parametrize(("text", "expected"), [
    ("平,樊婷婷绝杀!", "平，樊婷婷绝杀！"),
    ("他说:好;走(快)?", "他说：好；走（快）？"),
    ("共1,000人", "共1,000人"),  # a number keeps its comma
    ("10:30开会", "10:30开会"),  # a clock keeps its colon
    ("全角，已是", "全角，已是"),
])
def test_wide_punctuation(text: str, expected: str) -> None:
    assert wide_punctuation(text) == expected


@given(st.text(alphabet=st.sampled_from(list("平,:;?!()0123456789，樊a ")), max_size=40))
def test_wide_punctuation_keeps_the_length(text: str) -> None:
    assert len(wide_punctuation(text)) == len(text)


@pytest.mark.parametrize(("text", "word", "pieces"), [
    ("当日，共出动执法人员8人次。", "共出动", [("共", "d"), ("出动", "v")]),
    ("台风已致两地机场航班取消。", "已致", [("已", "d"), ("致", "v")]),
    # a preposition the tagger glues into a bound morpheme of the name after it
    ("货车从石登乡驶往回龙村。", "从石", [("从", "p"), ("石", "n")]),
    # a partner's preposition glued to a name at a clause's start
    ("外长将会见法国领导人，同勒德里昂外长举行会谈。", "同勒德", [("同", "p"), ("勒德", "nr")]),
])
def test_a_lead_glued_to_a_verb_is_cut_off(text: str, word: str, pieces: list[tuple[str, str]]
                                           ) -> None:
    t = tokenize(text)
    pairs = list(zip(t.words, t.tags, strict=True))
    assert word not in t.words
    k = t.words.index(pieces[0][0])
    assert pairs[k:k + len(pieces)] == pieces


@pytest.mark.parametrize("word", ["与会者", "就是", "已经"])
def test_a_dictionary_word_stays_whole(word: str) -> None:
    assert word in tokenize(f"他说{word}来了。").words


@pytest.mark.parametrize(("text", "word"), [
    # a word that opens with a preposition's character is cut only in a bound morpheme (ng),
    # never as an adverb's lead is
    ("游客自带干粮上山。", "自带"),
    ("村民自产的蔬菜。", "自产"),
])
def test_a_word_opening_with_a_preposition_stays_whole(text: str, word: str) -> None:
    assert word in tokenize(text).words


@given(st.text(alphabet=st.sampled_from(list("已共及和与出动台会者8,，。")), max_size=30))
def test_words_still_cover_the_text(text: str) -> None:
    t = tokenize(text)
    assert "".join(t.words) == text
    assert t.starts == [sum(map(len, t.words[:i])) for i in range(len(t.words))]


def test_verb_shares_read_peoples_daily() -> None:
    shares = verb_shares()
    assert shares["出动"] >= 0.8 and min(shares.values()) >= 0.0 and max(shares.values()) <= 1.0
