"""Command line: ``timeline times FILE`` and ``timeline parse EXPRESSION``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import TimelineError
from .temporal.find import find_times, parse_time


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TimelineError(f"{path}: not UTF-8 or GB18030 text")


def _cmd_times(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            text = _read(path)
            mentions = find_times(text, dct=args.dct, policy=args.policy)
        except (OSError, TimelineError) as exc:
            print(f"timeline: {exc}", file=sys.stderr)
            status = 1
            continue
        for m in mentions:
            if args.format == "json":
                print(json.dumps({"file": path, **m.model_dump(mode="json")}, ensure_ascii=False))
            else:
                t = m.time
                interval = f"[{t.start or '…'}, {t.end or '…'})" if t.start or t.end else ""
                mod = f" {t.mod}" if t.mod else ""
                print(f"{m.start:>6}  {m.text:<16}\t{t.type.value:<8} {t.value}{mod}  {interval}")
    return status


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        value = parse_time(args.expression, dct=args.dct, policy=args.policy)
    except TimelineError as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 2
    if value is None:
        print(f"timeline: not one time expression: {args.expression!r}", file=sys.stderr)
        return 1
    print(value.model_dump_json(indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``timeline`` command."""
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dct", help="document creation time, ISO 8601 (e.g. 2020-02-26)")
    common.add_argument("--policy", default="past", choices=["past", "future", "nearest"])
    times = sub.add_parser("times", parents=[common], help="list the times in files")
    times.add_argument("files", nargs="+", help="UTF-8 or GB18030 text files, or - for stdin")
    times.add_argument("--format", choices=["table", "json"], default="table")
    times.set_defaults(func=_cmd_times)
    parse = sub.add_parser("parse", parents=[common], help="normalize one expression")
    parse.add_argument("expression")
    parse.set_defaults(func=_cmd_parse)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
