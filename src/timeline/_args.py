"""The one place where the public functions check their arguments.

``extract``, ``Extractor``, ``find_times``, ``parse_time``, ``find_actors``, the CLI, the spaCy
component and the Dask helpers all call these, so an argument means the same thing, and a bad
one fails with the same message, whichever way it comes in.

Time zones: the library's datetimes are naive and read as the text's local time, which for
Chinese news is China Standard Time (UTC+8: mainland China, Hong Kong, Macau, Taiwan). An aware
DCT (``2020-02-25T19:26Z``, or a ``datetime`` with ``tzinfo``) is *converted* to UTC+8 and then
made naive (``2020-02-26 03:26``), not truncated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

import regex
from dateutil.parser import isoparse

from ._types import POLICIES, DateLike, Policy
from .errors import (
    ActorsTypeError,
    DCTTypeError,
    DCTValueError,
    InputTypeError,
    InvalidActorsError,
    InvalidPolicyError,
)
from .models import ActorKind

__all__ = [
    "LOCAL_TIME",
    "UserActor",
    "actor_records",
    "check_doc_id",
    "check_policy",
    "check_text",
    "coerce_actors",
    "coerce_dct",
]

LOCAL_TIME = timezone(timedelta(hours=8), "UTC+08:00")
"""The time zone naive datetimes are read in (China Standard Time); aware DCTs go to it."""

UserActor = tuple[str, ActorKind, tuple[str, ...]]
"""One checked user actor: canonical name, kind, aliases."""


def check_text(text: object, name: str = "text") -> str:
    """``text`` if it is a ``str``, else ``InputTypeError`` naming the parameter."""
    if isinstance(text, str):
        return text
    hint = (" (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray)) else "")
    raise InputTypeError(f"{name} must be a str (got {type(text).__name__}){hint}")


def check_policy(policy: object) -> Policy:
    """``policy`` if it is one of ``POLICIES``, else ``InvalidPolicyError``."""
    if isinstance(policy, str) and policy in POLICIES:
        return policy  # type: ignore[return-value]
    raise InvalidPolicyError(
        f"policy must be one of {', '.join(repr(p) for p in POLICIES)} (got {policy!r})"
    )


def check_doc_id(doc_id: object) -> str | None:
    """``doc_id`` if it is ``None`` or a ``str``, else ``InputTypeError``."""
    if doc_id is None or isinstance(doc_id, str):
        return doc_id
    raise InputTypeError(
        f"doc_id must be a str or None (got {_show(doc_id)}); pass str({doc_id!r}) "
        f"to use it as an id"
    )


def coerce_dct(dct: DateLike | None, name: str = "dct") -> datetime | None:
    """The accepted DCT forms as a naive datetime in local time (see the module doc);
    ``name`` is the parameter the messages name (``Timeline.filter`` reads ``start`` and
    ``end`` this way).

    >>> coerce_dct("2020-02-26")
    datetime.datetime(2020, 2, 26, 0, 0)
    >>> coerce_dct("2020-02-25T19:26Z")
    datetime.datetime(2020, 2, 26, 3, 26)
    """
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return _local(dct)
    if isinstance(dct, date):
        return datetime(dct.year, dct.month, dct.day)
    if isinstance(dct, str):
        return _parse_dct(dct, name)
    raise DCTTypeError(f"{name} must be a datetime, date or ISO string (got {_show(dct)})")


# a whole calendar date first (2020-02-26, 20200226), then anything dateutil's ISO parser
# takes; a bare year or month ('2020', '2020-02') or a week is too coarse to anchor a text
_FULL_DATE = regex.compile(r"[0-9]{4}(?:-[0-9]{2}-[0-9]{2}|[0-9]{4})(?:[T ].*)?", regex.DOTALL)


@lru_cache(maxsize=64)  # a batch passes the same string for every text
def _parse_dct(dct: str, name: str = "dct") -> datetime:
    text = dct.strip()
    try:
        if not _FULL_DATE.fullmatch(text):
            raise ValueError
        parsed = isoparse(text)
    except (ValueError, OverflowError):
        raise DCTValueError(
            f"{name} must be an ISO 8601 date or datetime such as '2020-02-26' or "
            f"'2020-02-26T03:26' (got {dct!r})"
        ) from None
    return _local(parsed)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment
    try:
        return moment.astimezone(LOCAL_TIME).replace(tzinfo=None)
    except OverflowError:  # 9999-12-31T23:00-05:00 is in the year 10000 in UTC+8
        raise DCTValueError(
            f"dct {moment.isoformat()} is outside the years 1 to 9999 in local time (UTC+8)"
        ) from None


def coerce_actors(actors: object) -> list[UserActor]:
    """A user actor dictionary, checked, as ``(name, kind, aliases)`` entries.

    Accepted: ``{"名称": "ORG"}``; an iterable of ``{"name": …, "kind": …, "aliases": […]}``
    (``kind`` defaults to ORG) or of ``(name, kind)`` pairs. Kinds are ORG, PERSON or PLACE in
    any case. Names and aliases must be non-empty strings: an empty one would match everywhere.
    """
    if actors is None:
        return []
    if isinstance(actors, Mapping):
        return [_entry(name, kind, (), f"actors[{name!r}]") for name, kind in actors.items()]
    if isinstance(actors, (str, bytes)) or not isinstance(actors, Iterable):
        raise ActorsTypeError(
            f"actors must be a dict {{name: kind}} or a list of {{'name', 'kind', 'aliases'}} "
            f"dicts (got {_show(actors)})"
        )
    out: list[UserActor] = []
    for i, item in enumerate(actors):
        where = f"actors[{i}]"
        if isinstance(item, Mapping):
            unknown = sorted(map(str, set(item) - {"name", "kind", "aliases"}))
            if unknown:
                raise InvalidActorsError(
                    f"{where} has unknown keys {unknown}; a user actor has 'name', 'kind' and "
                    f"'aliases'"
                )
            out.append(_entry(item.get("name"), item.get("kind", "ORG"),
                              item.get("aliases") or (), where))
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(_entry(item[0], item[1], (), where))
        elif isinstance(item, tuple) and len(item) == 3:  # our own checked form
            out.append(_entry(*item, where))
        else:
            hint = (f"; for names alone write {{{item!r}: 'ORG'}}"
                    if isinstance(item, str) else "")
            raise ActorsTypeError(
                f"{where} must be a {{'name', 'kind', 'aliases'}} dict or a (name, kind) pair "
                f"(got {_show(item)}){hint}"
            )
    return out


def _entry(name: object, kind: object, aliases: object, where: str) -> UserActor:
    if not isinstance(name, str):
        raise ActorsTypeError(f"{where}: the name must be a str (got {_show(name)})")
    if not name.strip():
        raise InvalidActorsError(f"{where}: the name is empty; an empty name matches everywhere")
    if isinstance(aliases, (str, bytes)) or not isinstance(aliases, Iterable):
        raise ActorsTypeError(
            f"{where}: 'aliases' of {name!r} must be a list of str (got {_show(aliases)})")
    checked: list[str] = []
    for alias in aliases:
        if not isinstance(alias, str):
            raise ActorsTypeError(
                f"{where}: 'aliases' of {name!r} must be a list of str (got {_show(alias)} in it)")
        if not alias.strip():
            raise InvalidActorsError(
                f"{where}: an alias of {name!r} is empty; an empty alias matches everywhere")
        checked.append(alias)
    return name, _kind(kind, name), tuple(checked)


def _kind(kind: object, name: str) -> ActorKind:
    if isinstance(kind, ActorKind):
        return kind
    if isinstance(kind, str):
        try:
            return ActorKind(kind.strip().upper())
        except ValueError:
            pass
    raise InvalidActorsError(
        f"kind of user actor {name!r} must be ORG, PERSON or PLACE (got {kind!r})"
    )


def _show(value: object) -> str:
    """A value and its type for a message, cut short: ``3.5: float``."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{shown}: {type(value).__name__}"


def actor_records(entries: object, source: str) -> list[dict[str, object]]:
    """``coerce_actors(entries)`` as ``{name, kind, aliases}`` dicts, its errors prefixed with
    ``source`` (the file they came from)."""
    try:
        checked = coerce_actors(entries)
    except InvalidActorsError as exc:
        raise type(exc)(f"{source}: {exc}") from None
    return [{"name": name, "kind": kind.value, **({"aliases": list(aliases)} if aliases else {})}
            for name, kind, aliases in checked]
