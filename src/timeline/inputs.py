"""Reading inputs as they come: bytes in the encodings Chinese text uses, JSONL records.

Encodings, in this order:

1. a byte-order mark says it: UTF-8 with BOM, UTF-16 (little or big endian) with BOM;
2. bytes that are valid UTF-8 are UTF-8 (other encodings of Chinese almost never are);
3. otherwise a guess between GB18030 (a superset of GBK and GB2312) and Big5, by
   charset-normalizer, which scores how readable each decoding is. The result says it was
   a guess (``Decoded.guessed``), and the CLI says so on stderr.

Nothing else is tried: a Latin-1 or Shift-JIS file is refused (``InputError``) rather than
read as mojibake.

A JSONL record is a JSON object with a string ``text``, and optionally ``id`` (a string or a
number) and ``dct`` (an ISO 8601 string); anything else is an ``InputError`` naming the file and
line, so a batch goes on past it.
"""

from __future__ import annotations

import codecs
import json
from typing import Any, NamedTuple

from ._args import coerce_dct
from .errors import InputError, InvalidDCTError

__all__ = ["ENCODINGS", "Decoded", "Record", "decode", "parse_record"]

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "big5")
"""Every encoding ``decode`` may use."""

_GUESSES = ["gb18030", "big5"]  # what charset-normalizer chooses among

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Decoded(NamedTuple):
    """A decoded input: its text, the encoding used, and whether that was a guess."""

    text: str
    encoding: str
    guessed: bool


class Record(NamedTuple):
    """One JSONL record: its name (``file:id``), text and DCT string (or ``None``)."""

    name: str
    text: str
    dct: str | None


def decode(data: bytes, name: str) -> Decoded:
    """The text of ``data`` (see the module doc), or ``InputError`` naming ``name``.

    >>> decode("某厅".encode("big5"), "a.txt")
    Decoded(text='某廳', encoding='big5', guessed=True)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, False)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is "
                                 f"not {encoding} ({exc.reason} at byte {exc.start})") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_GUESSES).best()
    if best is None or best.encoding not in _GUESSES:
        raise InputError(f"{name}: not text in UTF-8, UTF-16 (with a byte-order mark), GB18030 "
                         f"or Big5; convert it to UTF-8 first")
    try:
        return Decoded(data.decode(best.encoding), best.encoding, True)
    except UnicodeDecodeError as exc:  # the detector may read a sample only
        raise InputError(f"{name}: not valid {best.encoding} ({exc.reason} at byte "
                         f"{exc.start}); convert it to UTF-8 first") from None


def parse_record(line: str, name: str, number: int) -> Record:
    """One JSONL line as a ``Record``; ``InputError`` naming ``name:number`` otherwise."""
    where = f"{name}:{number}"
    try:
        rec: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: expected a JSON object with a 'text' "
                         f"(got {type(rec).__name__})")
    if "text" not in rec:
        raise InputError(f"{where}: the record has no 'text'")
    text = rec["text"]
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string (got {json.dumps(text)[:40]})")
    doc_id = rec.get("id", number)
    if doc_id is None:
        doc_id = number
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise InputError(f"{where}: 'id' must be a string or a number "
                         f"(got {json.dumps(doc_id)[:40]})")
    dct = rec.get("dct")
    if dct is not None:
        if not isinstance(dct, str):
            raise InputError(f"{where}: 'dct' must be an ISO 8601 string "
                             f"(got {json.dumps(dct)[:40]})")
        try:
            coerce_dct(dct)
        except InvalidDCTError as exc:
            raise InputError(f"{where}: 'dct': {exc}") from None
    return Record(f"{name}:{doc_id}", text, dct)
