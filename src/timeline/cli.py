"""Command line: ``timeline extract``, ``timeline times`` and ``timeline parse``.

Every failure is one line on stderr and a non-zero exit status; in a batch, the other
inputs are still processed.
"""

from __future__ import annotations

import argparse
import io
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import _json
from .errors import InputError, TimelineError
from .extract import Extractor
from .inputs import decode, parse_record
from .models import Document
from .temporal.find import coerce_dct, find_times, parse_time
from .timeline import Timeline

FORMATS = ("table", "json", "jsonl", "csv", "html", "timeml")


def _decode(data: bytes, name: str) -> str:
    decoded = decode(data, name)  # UTF-8, UTF-16 with BOM, or a guess: GB18030 or Big5
    if decoded.guessed:
        print(f"timeline: {name}: read as {decoded.encoding} (a guess: not UTF-8)",
              file=sys.stderr)
    return decoded.text


Input = tuple[str, str | None, str | None]


def _inputs(paths: Sequence[str]) -> Iterator[Input | TimelineError]:
    """(name, text, dct from a JSONL record) for every input, or the error that stops one
    input: a batch goes on past a missing file, an undecodable file or a bad JSONL line."""
    for raw in paths:
        if raw == "-":
            yield from _decoded("-", sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield InputError(f"{raw}: directory has no .txt files")
            for f in files:
                yield from _decoded(str(f), f.read_bytes())
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield InputError(f"{raw}: {exc.strerror or exc}")
            continue
        if path.suffix != ".jsonl":
            yield from _decoded(raw, data)
            continue
        try:
            lines = _decode(data, raw).splitlines()
        except InputError as exc:
            yield exc
            continue
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield parse_record(line, raw, n)
            except InputError as exc:
                yield exc


def _decoded(name: str, data: bytes) -> Iterator[Input | TimelineError]:
    try:
        yield name, _decode(data, name), None
    except InputError as exc:
        yield exc


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _table(docs: Sequence[Document]) -> str:
    rows = [("time", "type", "agent", "summary")]
    tl = Timeline().merge(*(d.timeline for d in docs)) if docs else Timeline()
    for e in tl.events:
        agent = next((r.name for r in e.actors if r.role == "agent"), "")
        rows.append((e.time.value if e.time else "—", e.type.value, agent, e.summary))
    widths = [max(_width(r[i]) for r in rows) for i in range(3)]
    return "\n".join("  ".join(_pad(c, widths[i]) if i < 3 else c for i, c in enumerate(r))
                     for r in rows) + "\n"


def _render(docs: Sequence[Document], fmt: str) -> str:
    if fmt == "table":
        return _table(docs)
    if fmt == "json":
        return _json.dumps([d.model_dump(mode="json") for d in docs], indent=2) + "\n"
    tl = Timeline().merge(*(d.timeline for d in docs))
    if fmt == "jsonl":
        return tl.to_jsonl()
    if fmt == "csv":
        return tl.to_csv()
    if fmt == "html":
        return tl.to_html(title="timeline")
    return tl.to_timeml() + "\n"


def _cmd_extract(args: argparse.Namespace) -> int:
    extractor = Extractor(policy=args.policy)
    docs: list[Document] = []
    status = 0
    progress = sys.stderr.isatty() and (len(args.files) > 1 or any(
        Path(f).is_dir() or f.endswith(".jsonl") for f in args.files))
    items = list(_inputs(args.files))  # read first, so that progress knows the total
    total = len(items)
    for n, item in enumerate(items, 1):
        if isinstance(item, TimelineError):
            print(f"timeline: {item}", file=sys.stderr)
            status = 1
            continue
        name, text, dct = item
        try:
            docs.append(extractor.extract(text or "", dct=dct or args.dct, doc_id=name))
        except TimelineError as exc:
            print(f"timeline: {name}: {exc}", file=sys.stderr)
            status = 1
        if progress:
            print(f"\r[{n}/{total}] {name[:60]}", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    sys.stdout.write(_render(docs, args.format))
    return status


def _cmd_times(args: argparse.Namespace) -> int:
    status = 0
    for item in _inputs(args.files):
        if isinstance(item, TimelineError):
            print(f"timeline: {item}", file=sys.stderr)
            status = 1
            continue
        name, text, dct = item
        for m in find_times(text or "", dct=dct or args.dct, policy=args.policy):
            if args.format == "json":
                print(_json.dumps({"file": name, **m.model_dump(mode="json")}))
            else:
                t = m.time
                interval = f"[{t.start or '…'}, {t.end or '…'})" if t.start or t.end else ""
                mod = f" {t.mod}" if t.mod else ""
                print(f"{m.start:>6}  {_pad(m.text, 18)}{t.type.value:<8} {t.value}{mod}  "
                      f"{interval}")
    return status


def _cmd_parse(args: argparse.Namespace) -> int:
    value = parse_time(args.expression, dct=args.dct, policy=args.policy)
    if value is None:
        print(f"timeline: not one time expression: {args.expression!r}", file=sys.stderr)
        return 1
    print(value.model_dump_json(indent=2))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dct", help="document creation time, ISO 8601 (e.g. 2020-02-26)")
    common.add_argument("--policy", default="past", choices=["past", "future", "nearest"])
    ex = sub.add_parser("extract", parents=[common], help="events and timeline of texts")
    ex.add_argument("files", nargs="+",
                    help="text files (UTF-8, UTF-16, GB18030, Big5), directories of .txt, "
                    ".jsonl, or - for stdin")
    ex.add_argument("--format", choices=FORMATS, default="table")
    ex.set_defaults(func=_cmd_extract)
    times = sub.add_parser("times", parents=[common], help="list the times in files")
    times.add_argument("files", nargs="+",
                       help="text files (UTF-8, UTF-16, GB18030, Big5), or - for stdin")
    times.add_argument("--format", choices=["table", "json"], default="table")
    times.set_defaults(func=_cmd_times)
    parse = sub.add_parser("parse", parents=[common], help="normalize one expression")
    parse.add_argument("expression")
    parse.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``timeline`` command."""
    args = _parser().parse_args(argv)
    # a lone surrogate in a text (JSON escapes it) is written as \udXXX in the table, CSV and
    # HTML outputs, instead of an encoding error that loses the whole batch's output
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        coerce_dct(args.dct)
    except TimelineError as exc:
        print(f"timeline: --dct: {exc}", file=sys.stderr)
        return 2
    try:
        result: int = args.func(args)
    except BrokenPipeError:  # '| head' closed the pipe: stop quietly, as Unix tools do
        sys.stderr.close()
        return 0
    return result


if __name__ == "__main__":
    raise SystemExit(main())
