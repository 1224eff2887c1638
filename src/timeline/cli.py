"""Command line: timeline extract, timeline times and timeline parse.

Every failure is one line on stderr and a non-zero exit status; in a batch, the other
inputs are still processed. Output is written a document at a time, as each is done.
"""

from __future__ import annotations

import argparse
import io
import os
import stat
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import _json
from .errors import InputError, TimelineError
from .extract import Extractor
from .inputs import decode, parse_record
from .models import Actor, Document, Event
from .render import html, timeml
from .temporal.find import coerce_dct, find_times, parse_time
from .timeline import Timeline

FORMATS = ("table", "json", "jsonl", "csv", "html", "timeml")

POLICY_HELP = (
    "how to choose the year (or month) of a date the text leaves partial when nothing in "
    "the text decides it: past (default, for news) takes the latest occurrence not after "
    "the anchor (the DCT or the last date of the narrative), except one a few days ahead "
    "(a schedule); future takes the earliest at or after it; nearest the closest one")

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
            yield from _directory(raw, path)
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


def _directory(raw: str, path: Path) -> Iterator[Input | TimelineError]:
    """Every .txt file under ``path``: one that cannot be read (vanished, unreadable, not a
    regular file such as a FIFO, which would block) is a one-line error, the rest go on."""
    try:
        entries = sorted(path.rglob("*.txt"))
    except OSError as exc:
        yield InputError(f"{raw}: {exc.strerror or exc}")
        return
    found = False
    for f in entries:
        try:
            mode = f.stat().st_mode
        except OSError as exc:  # vanished since the listing, or a dangling link
            found = True
            yield InputError(f"{f}: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            continue
        found = True
        if not stat.S_ISREG(mode):
            yield InputError(f"{f}: not a regular file (a FIFO, socket or device), skipped")
            continue
        try:
            data = f.read_bytes()
        except OSError as exc:
            yield InputError(f"{f}: {exc.strerror or exc}")
            continue
        yield from _decoded(str(f), data)
    if not found:
        yield InputError(f"{raw}: directory has no .txt files")


def _decoded(name: str, data: bytes) -> Iterator[Input | TimelineError]:
    try:
        yield name, _decode(data, name), None
    except InputError as exc:
        yield exc


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


TABLE_COLUMNS = ("doc", "time", "mod", "modality", "polarity", "type", "agent", "summary")


class _Output:
    """One output format, written a document at a time (``begin``, ``document`` …, ``end``)
    so that an interrupted run keeps what was done; ``timeline`` is the ``--merge`` path."""

    def __init__(self, fmt: str, write: Callable[[str], None], single: bool) -> None:
        self.fmt, self.write, self.single = fmt, write, single
        self.count = 0
        self.widths = [_width(c) for c in TABLE_COLUMNS]
        self.header_done = False
        self.actors: dict[str, Actor] = {}

    def begin(self) -> None:
        if self.fmt == "csv":
            self.write(Timeline().to_csv())  # the full header, even when nothing follows
        elif self.fmt == "json":
            self.write("[")
        elif self.fmt == "timeml" and not self.single:
            self.write('<?xml version=\'1.0\' encoding=\'utf-8\'?>\n<TimeMLDocuments>\n')

    def document(self, doc: Document) -> None:
        self.count += 1
        tl = doc.timeline
        if self.fmt == "table":
            self.write(self._table(tl.events, doc.id))
        elif self.fmt == "json":
            body = _json.dumps(doc.model_dump(mode="json"), indent=2)
            # indent by "\n" alone: JSON escapes it inside strings, not U+0085 or U+2028,
            # which textwrap.indent would also take for line ends
            lines = "\n".join("  " + line for line in body.split("\n"))
            self.write(("," if self.count > 1 else "") + "\n" + lines)
        elif self.fmt == "jsonl":
            self.write(tl.to_jsonl())
        elif self.fmt == "csv":
            self.write(tl.to_csv(header=False))
        elif self.fmt == "html":
            if self.count == 1:
                self.write(html.page_start(html.document_title(doc) if self.single
                                           else "timeline"))
            self.write(html.document_section(tl.events, doc, doc.id, number=self.count - 1))
            self.actors.update((a.id, a) for a in doc.actors)
        else:
            self.write(timeml.document_timeml(doc, declaration=self.single) + "\n")

    def timeline(self, tl: Timeline) -> None:
        """The merged timeline of every document (``--merge``), in one piece."""
        if self.fmt == "table":
            self.write(self._table(tl.events, None))
        elif self.fmt == "json":
            self.write(tl.to_json(indent=2) + "\n")
        elif self.fmt == "jsonl":
            self.write(tl.to_jsonl())
        elif self.fmt == "csv":
            self.write(tl.to_csv())
        elif self.fmt == "html":
            self.write(tl.to_html())
        else:
            self.write(tl.to_timeml() + "\n")

    def end(self) -> None:
        if self.fmt == "json":
            self.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "html":
            if not self.count:
                self.write(html.page_start("timeline") + '<p class="empty">No document.</p>')
            self.write(html.page_end(self.actors.values()))
        elif self.fmt == "timeml" and not self.single:
            self.write("</TimeMLDocuments>\n")

    def _table(self, events: Sequence[Event], name: str | None) -> str:
        """The rows of one document (or of the merged timeline): the header comes once, with
        the first rows; columns widen as documents need, never narrow."""
        if not events:
            return f"{name or 'timeline'}: no event found\n"
        rows = []
        for e in events:
            t = e.time
            doc = (e.doc_id or "—") + (f" (+{len(e.sources)})" if e.sources else "")
            rows.append((doc, t.value if t else "—", (t.mod or "") if t else "", e.modality,
                         e.polarity, e.type.value,
                         next((r.name for r in e.actors if r.role == "agent"), ""), e.summary))
        last = len(TABLE_COLUMNS) - 1
        for r in rows:
            self.widths = [max(w, _width(c)) for w, c in zip(self.widths, r, strict=True)]
        lines = [] if self.header_done else [TABLE_COLUMNS]
        self.header_done = True
        return "".join("  ".join(_pad(c, self.widths[i]) if i < last else c
                                 for i, c in enumerate(r)).rstrip() + "\n"
                       for r in [*lines, *rows])


class _Stdout:
    """Writes to standard output and flushes after each piece; remembers a failed write
    (a full disk, a closed pipe) so that the run stops with one clear line."""

    def __init__(self) -> None:
        self.failed: str | None = None

    def __call__(self, text: str) -> None:
        if self.failed is not None:
            return
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            self.failed = exc.strerror or str(exc)
            _silence_stdout()


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that the flush at exit cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


class _Progress:
    """Progress on standard error. On a terminal one line, rewritten in place, whose seconds
    tick while a long file is extracted; elsewhere (``--progress`` into a log) one line when
    a document starts and one when it is done."""

    def __init__(self, on: bool) -> None:
        self.on, self.tty = on, on and sys.stderr.isatty()
        self.began = 0.0
        self.line = ""
        self.open = False
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def _show(self, text: str) -> None:
        if self.tty:
            sys.stderr.write(f"\r\033[K{text}")
            self.open = True
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            self._show(f"{self.line} … {time.perf_counter() - self.began:.0f} s")

    def start(self, line: str) -> None:
        if not self.on:
            return
        self.line, self.began = line, time.perf_counter()
        self._show(f"{line} …")
        if self.tty:
            self._stop.clear()
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def _halt(self) -> None:
        if self._ticker is not None:
            self._stop.set()
            self._ticker.join()
            self._ticker = None

    def done(self, line: str) -> None:
        if not self.on:
            return
        self._halt()
        self._show(f"{line} in {time.perf_counter() - self.began:.1f} s")

    def interrupt(self) -> None:
        """End the line in place, so that a message or the end of the run starts afresh."""
        self._halt()
        if self.open:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.open = False


def _single(files: Sequence[str]) -> bool:
    """Whether the arguments can only give one document (one file, or standard input)."""
    if len(files) != 1:
        return False
    path = Path(files[0])
    return files[0] == "-" or (not path.is_dir() and path.suffix != ".jsonl")


def _cmd_extract(args: argparse.Namespace) -> int:
    extractor = Extractor(policy=args.policy)
    write = _Stdout()
    out = _Output(args.format, write, _single(args.files))
    progress = _Progress(args.progress or sys.stderr.isatty())
    docs: list[Document] = []
    status = 0
    if not args.merge:
        out.begin()
    n = 0
    for item in _inputs(args.files):
        if isinstance(item, TimelineError):
            progress.interrupt()
            print(f"timeline: {item}", file=sys.stderr)
            status = 1
            continue
        name, text, dct = item
        n += 1
        progress.start(f"[{n}] {name[-60:]}: {len(text or ''):,} characters")
        try:
            doc = extractor.extract(text or "", dct=dct or args.dct, doc_id=name)
        except TimelineError as exc:
            progress.interrupt()
            print(f"timeline: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        progress.done(f"[{n}] {name[-60:]}: {len(doc.events):,} events")
        if args.merge:
            docs.append(doc)
        else:
            out.document(doc)
        if write.failed:
            break
    progress.interrupt()
    if args.merge and (docs or args.format != "table"):  # no header when nothing was read
        out.timeline(Timeline().merge(*(d.timeline for d in docs)))
    else:
        out.end()
    if write.failed:
        print(f"timeline: cannot write the output: {write.failed}", file=sys.stderr)
        return 1
    return status


def _cmd_times(args: argparse.Namespace) -> int:
    status = 0
    write = _Stdout()
    for item in _inputs(args.files):
        if isinstance(item, TimelineError):
            print(f"timeline: {item}", file=sys.stderr)
            status = 1
            continue
        name, text, dct = item
        found = find_times(text or "", dct=dct or args.dct, policy=args.policy)
        if args.format == "json":
            write("".join(_json.dumps({"file": name, **m.model_dump(mode="json")}) + "\n"
                          for m in found))
        else:  # columns as wide as this file's longest mention and value, so they stay apart
            text_w = max((_width(m.text) for m in found), default=0)
            value_w = max((len(m.time.value) for m in found), default=0)
            lines = []
            for m in found:
                t = m.time
                interval = f"[{t.start or '…'}, {t.end or '…'})" if t.start or t.end else ""
                lines.append(f"{m.start:>6}  {_pad(m.text, text_w)}  {t.type.value:<8}  "
                             f"{t.value:<{value_w}}  {t.mod or '':<12}  {interval}".rstrip()
                             + "\n")
            write("".join(lines))
        if write.failed:
            print(f"timeline: cannot write the output: {write.failed}", file=sys.stderr)
            return 1
    return status


def _cmd_parse(args: argparse.Namespace) -> int:
    value = parse_time(args.expression, dct=args.dct, policy=args.policy)
    if value is None:
        print(f"timeline: not one time expression: {args.expression!r}", file=sys.stderr)
        return 1
    write = _Stdout()
    write(value.model_dump_json(indent=2) + "\n")
    if write.failed:
        print(f"timeline: cannot write the output: {write.failed}", file=sys.stderr)
        return 1
    return 0


def _version() -> str:
    from . import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Chinese news text to a timeline of events: times, actors, events.",
        epilog="Run 'timeline COMMAND -h' for the options of a command.")
    parser.add_argument("--version", action="version", version=f"timeline {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dct", help="document creation time, ISO 8601 (e.g. 2020-02-26); "
                        "without it each text's dateline is used when it has one")
    common.add_argument("--policy", default="past", choices=["past", "future", "nearest"],
                        help=POLICY_HELP)
    ex = sub.add_parser("extract", parents=[common], help="events and timeline of texts",
                        description="Extract the events of each input and print them, a "
                        "document at a time as each is done.")
    ex.add_argument("files", nargs="+",
                    help="text files (UTF-8, UTF-16, GB18030, Big5), directories of .txt, "
                    ".jsonl, or - for stdin")
    ex.add_argument("--format", choices=FORMATS, default="table",
                    help="table (default), json (the documents), jsonl or csv (one record "
                    "per event), html (the timeline page), timeml")
    ex.add_argument("--merge", action="store_true",
                    help="print one timeline of all inputs, an event that several documents "
                    "report (same type, day and agent) once, with the others in its sources; "
                    "printed at the end")
    ex.add_argument("--progress", action="store_true",
                    help="show progress on standard error (the default when it is a terminal)")
    ex.set_defaults(func=_cmd_extract)
    times = sub.add_parser("times", parents=[common], help="list the times in files")
    times.add_argument("files", nargs="+",
                       help="text files (UTF-8, UTF-16, GB18030, Big5), or - for stdin")
    times.add_argument("--format", choices=["table", "json"], default="table",
                       help="table (default) or json (one mention per line)")
    times.set_defaults(func=_cmd_times)
    parse = sub.add_parser("parse", parents=[common], help="normalize one expression")
    parse.add_argument("expression")
    parse.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``timeline`` command."""
    args = _parser().parse_args(argv)
    if sys.stdout is None:  # started with standard output closed ('>&-')
        print("timeline: cannot write the output: standard output is closed", file=sys.stderr)
        return 1
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
