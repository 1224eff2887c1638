"""The one JSON serializer of timeline: every export writes through it, every reader reads
through it.

Why: scraped text sometimes holds lone surrogates (``"\\ud800"``), which UTF-8 cannot encode.
pydantic's ``model_dump_json`` raises on them and ``json.dumps(..., ensure_ascii=False)``
returns a ``str`` that cannot be written to a UTF-8 file, so one such character lost a whole
batch's output. Here a lone surrogate is written as its JSON escape (``\\ud800``) and every
other character as itself, so the output is always valid UTF-8 and reads back to the same
string (``json.loads`` reads the escape; pydantic's parser does not, so ``loads`` falls back
to it).

The output is what ``model_dump_json`` writes (compact, or indented with ``indent``), whether or
not the text held a surrogate.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from .errors import InvalidDocumentError

__all__ = ["MAX_DEPTH", "dump_model", "dumps", "loads"]

MAX_DEPTH = 64
"""The deepest nesting ``loads`` accepts (a ``Document`` is about 6 deep): deeper input is
refused with a clear error instead of a ``RecursionError`` from deep inside a parser."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(data: Any, *, indent: int | None = None) -> str:
    """``data`` (what ``model_dump(mode="json")`` gives) as JSON text that UTF-8 can encode.

    >>> dumps({"text": "某厅\\ud800"})
    '{"text":"某厅\\\\ud800"}'
    """
    separators = (",", ":") if indent is None else (",", ": ")
    out = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _SURROGATE.sub(_escape, out)


def dump_model(model: BaseModel, *, indent: int | None = None, **options: Any) -> str:
    """``model.model_dump_json(indent=..., **options)``, which also carries lone surrogates.

    The fast path is pydantic's own serializer; a string it cannot encode sends the model
    through ``dumps`` instead, with the same output apart from the escapes.
    """
    try:
        return BaseModel.model_dump_json(model, indent=indent, **options)
    except PydanticSerializationError as exc:
        if "surrogates not allowed" not in str(exc):
            raise
    ensure_ascii = bool(options.pop("ensure_ascii", False))
    data = model.model_dump(mode="json", **options)
    if ensure_ascii:
        return json.dumps(data, ensure_ascii=True, indent=indent,
                          separators=(",", ":") if indent is None else (",", ": "))
    return dumps(data, indent=indent)


def loads(text: str | bytes | bytearray, *, what: str = "JSON") -> Any:
    """Parsed JSON, or ``InvalidDocumentError`` saying where it is wrong or that it nests
    deeper than ``MAX_DEPTH``."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidDocumentError(f"{what} is not UTF-8 ({exc.reason} at byte "
                                       f"{exc.start})") from None
    if not isinstance(text, str):
        raise InvalidDocumentError(f"{what} is neither text nor bytes (got {type(text).__name__})")
    depth = _depth(text)
    if depth > MAX_DEPTH:
        raise InvalidDocumentError(
            f"{what} nests {depth} levels deep; at most {MAX_DEPTH} are read")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidDocumentError(
            f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None


def _depth(text: str) -> int:
    """The deepest nesting of brackets outside strings (a linear scan, no recursion)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0  # too few brackets to be too deep: skip the scan
    depth = deepest = 0
    for m in _STRUCTURE.finditer(text):
        c = m.group()
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
    return deepest
