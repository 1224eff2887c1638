"""The statistical name recognizer (timeline.actors.ner): names found in sentences written for
these tests (never corpus text), valid spans, no exception on odd strings, windows that agree
with the whole text, determinism."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.ner import MAX_CHUNK, chunks, decode, recognize
from timeline.models import ActorKind
from timeline.text import normalize, sentences

PERSON, PLACE = ActorKind.PERSON, ActorKind.PLACE

ARTICLE = normalize(
    "本报讯 记者张建国报道：董事长阮立平先生表示，公司将在明年扩大生产。"
    "李明华在武汉市调研时指出，要抓好春耕。王海燕女士说，村里的道路已经修好了。"
    "省长刘志强昨天会见了来访的客人。"
)


def names(text: str, kind: ActorKind | None = None) -> list[str]:
    """The names the model finds in ``text`` (of ``kind`` if given), as strings."""
    return [text[s:e] for s, e, k in recognize(text) if kind is None or k is kind]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("记者张建国报道", "张建国"),
        ("董事长阮立平先生表示，公司将扩大生产。", "阮立平"),
        ("李明华在武汉市调研。", "李明华"),
        ("王海燕女士说，道路已经修好了。", "王海燕"),
        ("省长刘志强昨天会见了客人。", "刘志强"),
    ],
)
def test_finds_a_person_without_title_or_honorific(sentence: str, person: str) -> None:
    assert person in names(normalize(sentence), PERSON)


def test_finds_a_place() -> None:
    assert "武汉市" in names("李明华在武汉市调研。", PLACE)


def test_finds_nothing_in_a_sentence_without_names() -> None:
    assert recognize("今天天气很好，我们一起去公园散步。") == []


def test_offsets_are_absolute_inside_a_window() -> None:
    text = "前面的句子没有名字。记者张建国报道"
    start = text.index("记者")
    found = recognize(text, [(start, len(text))])
    assert (text.index("张建国"), text.index("张建国") + 3, PERSON) in found


def test_windows_agree_with_the_whole_text() -> None:
    whole = recognize(ARTICLE)
    assert len(whole) >= 5
    assert recognize(ARTICLE, sentences(ARTICLE)) == whole
    for start, end in sentences(ARTICLE):
        inside = [n for n in whole if start <= n[0] and n[1] <= end]
        assert recognize(ARTICLE, [(start, end)]) == inside


def test_overlapping_windows_give_each_name_once_in_text_order() -> None:
    found = recognize(ARTICLE, [(0, len(ARTICLE)), (0, len(ARTICLE) // 2)])
    assert found == recognize(ARTICLE)


def test_windows_outside_the_text_are_clipped_or_skipped() -> None:
    assert recognize(ARTICLE, [(-50, len(ARTICLE) + 50)]) == recognize(ARTICLE)
    assert recognize(ARTICLE, [(10, 5), (len(ARTICLE) + 1, len(ARTICLE) + 9)]) == []


def test_deterministic_across_calls_and_threads() -> None:
    first = recognize(ARTICLE)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(recognize, [ARTICLE] * 16))
    assert all(r == first for r in results)
    assert recognize(ARTICLE) == first


@pytest.mark.parametrize(
    "text",
    ["", "\ud800", "张\udfff建国", "\ufffd" * 10, "\x00\x01\x02\n\t\r", "　", "。" * 500,
     "张" * 5000, "李明华" * 2000, "\U0001f600王小明\U0010ffff"],
)
def test_never_raises_on_odd_strings(text: str) -> None:
    for start, end, kind in recognize(text):
        assert 0 <= start < end <= len(text)
        assert kind in (PERSON, PLACE)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.lists(st.tuples(st.integers(-5, 420), st.integers(-5, 420))))
def test_spans_are_valid_for_any_text_and_windows(
    text: str, windows: list[tuple[int, int]]
) -> None:
    for found in (recognize(text), recognize(text, windows)):
        assert found == sorted(found)
        for start, end, kind in found:
            assert 0 <= start < end <= len(text)
            assert text[start:end]
            assert kind in (PERSON, PLACE)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("张王李明华国建在市省，。、：的了 \n"), max_size=1500))
def test_chunks_cover_the_text_in_short_pieces(text: str) -> None:
    pieces = chunks(text)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(0 < e - s <= MAX_CHUNK for s, e in pieces)


def test_long_window_without_punctuation_is_cut() -> None:
    text = "我们" * 20_000
    assert all(e - s <= MAX_CHUNK for s, e in chunks(text))
    assert isinstance(recognize(text), list)


def test_decode_is_lenient() -> None:
    assert decode(["B-PER", "I-PER", "E-PER", "O", "S-LOC"]) == [(0, 3, "PER"), (4, 5, "LOC")]
    assert decode(["I-PER", "E-PER", "B-LOC"], offset=10) == [(10, 12, "PER"), (12, 13, "LOC")]
    assert decode(["B-PER", "B-PER", "O"]) == [(0, 1, "PER"), (1, 2, "PER")]
    assert decode(["B-PER", "E-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
