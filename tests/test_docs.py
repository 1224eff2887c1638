"""The docs cannot fall behind the code.

* Every name in ``timeline.__all__`` has a heading or an inline-code mention in docs/api.md.
* Every subcommand of the ``timeline`` command (read from the argparse parser that
  ``timeline.cli.main`` builds) has its own heading in docs/api.md, and that section names each
  of the subcommand's options and arguments; ``python -m timeline`` is documented too.
* Every fenced ``python`` block with ``>>>`` lines in docs/*.md runs under ``doctest`` and
  prints exactly what the page shows. The blocks of one page share one namespace, in page
  order, like one interpreter session; failures point at the line in the markdown file.
"""

from __future__ import annotations

import argparse
import doctest
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn
from unittest import mock

import pytest

import timeline
import timeline.cli

DOCS = Path(__file__).resolve().parent.parent / "docs"
API = DOCS / "api.md"
PAGES = sorted(DOCS.glob("*.md"))

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")


# --- reading the markdown -------------------------------------------------------------------


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _word(name: str) -> re.Pattern[str]:
    """``name`` as a whole identifier (not part of a longer one)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _headings(text: str) -> list[tuple[int, str, int]]:
    """``(level, title, line index)`` of every markdown heading outside code fences."""
    found: list[tuple[int, str, int]] = []
    fenced = False
    for i, line in enumerate(text.splitlines()):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = _HEADING.match(line)
        if match and not fenced:
            found.append((len(match.group(1)), match.group(2), i))
    return found


def _documented(name: str, text: str) -> bool:
    """True if ``name`` appears in a heading or in an inline code span of ``text``."""
    word = _word(name)
    if any(word.search(title) for _, title, _ in _headings(text)):
        return True
    return any(word.search(span) for span in _INLINE_CODE.findall(text))


def _section(text: str, title_part: str) -> str:
    """The text under the first heading containing ``title_part``, up to the next heading of
    the same or a higher level; empty if there is no such heading."""
    lines = text.splitlines()
    heads = _headings(text)
    for k, (level, title, index) in enumerate(heads):
        if title_part in title:
            end = next((i for lv, _, i in heads[k + 1 :] if lv <= level), len(lines))
            return "\n".join(lines[index:end])
    return ""


def _example_source(text: str) -> str:
    """``text`` with every line blanked except those of python blocks that hold ``>>>``.

    Line numbers are kept, so doctest reports point at the markdown file itself.
    """
    lines = text.splitlines()
    keep = [""] * len(lines)
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```python":
            j = i + 1
            while j < len(lines) and lines[j].strip() != "```":
                j += 1
            block = lines[i + 1 : j]
            if any(line.lstrip().startswith(">>>") for line in block):
                keep[i + 1 : j] = block
            i = j + 1
        else:
            i += 1
    return "\n".join(keep) + "\n"


# --- the command-line parser -----------------------------------------------------------------


class _Captured(Exception):
    """Carries the parser out of ``timeline.cli.main`` before it parses anything."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        super().__init__("parser captured")
        self.parser = parser


def _capture(self: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
    raise _Captured(self)


def _cli_parser() -> argparse.ArgumentParser:
    """The parser ``timeline.cli.main`` builds, taken just before it would parse."""
    with mock.patch.object(argparse.ArgumentParser, "parse_args", _capture):
        try:
            timeline.cli.main([])
        except _Captured as captured:
            return captured.parser
    raise AssertionError("timeline.cli.main did not build an argparse parser")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _cli_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the timeline command has no subcommands")


def _arguments(parser: argparse.ArgumentParser) -> Iterator[str]:
    """The long option strings and positional names a subcommand accepts (not -h)."""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        if action.option_strings:
            yield max(action.option_strings, key=len)
        else:
            yield str(action.metavar or action.dest)


SUBCOMMANDS = _subcommands()


# --- (a) everything public is documented ---------------------------------------------------


@pytest.mark.parametrize("name", sorted(timeline.__all__))
def test_public_name_is_documented(name: str) -> None:
    assert _documented(name, _read(API)), (
        f"timeline.{name} is public but docs/api.md has no heading or `code` mention of it"
    )


def test_cli_has_subcommands() -> None:
    assert SUBCOMMANDS, "no subcommands found in the parser of timeline.cli.main"


@pytest.mark.parametrize("command", sorted(SUBCOMMANDS))
def test_cli_subcommand_has_a_section(command: str) -> None:
    section = _section(_read(API), f"timeline {command}")
    assert section, f"docs/api.md has no heading for the CLI command `timeline {command}`"


@pytest.mark.parametrize(
    ("command", "argument"),
    [(c, a) for c, p in sorted(SUBCOMMANDS.items()) for a in _arguments(p)],
)
def test_cli_arguments_are_documented(command: str, argument: str) -> None:
    section = _section(_read(API), f"timeline {command}")
    assert _word(argument).search(section), (
        f"the section of `timeline {command}` in docs/api.md does not mention {argument}"
    )


def test_python_m_timeline_is_documented() -> None:
    assert _section(_read(API), "python -m timeline"), "docs/api.md: no `python -m timeline`"


# --- (b) every example in the docs runs ----------------------------------------------------


def test_docs_pages_exist() -> None:
    names = {p.name for p in PAGES}
    assert {"index.md", "api.md", "time-semantics.md"} <= names, names


@pytest.mark.parametrize("page", ["api.md", "time-semantics.md"])
def test_pages_have_examples(page: str) -> None:
    assert ">>>" in _example_source(_read(DOCS / page)), f"docs/{page} has no >>> examples"


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_examples_run(path: Path) -> None:
    source = _example_source(_read(path))
    globs: dict[str, Any] = {"__name__": f"docs.{path.stem}"}
    test = doctest.DocTestParser().get_doctest(source, globs, path.name, str(path), 0)
    report: list[str] = []
    runner = doctest.DocTestRunner(verbose=False)
    try:
        result = runner.run(test, out=report.append)
    finally:
        globs.clear()
    assert result.failed == 0, f"{result.failed} example(s) failed in docs/{path.name}:\n" + (
        "".join(report)
    )
