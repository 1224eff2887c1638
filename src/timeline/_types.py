"""Accepted-input aliases shared by the public functions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

DateLike = datetime | date | str
"""A document creation time: a ``datetime``, a ``date`` or an ISO 8601 string."""

Policy = Literal["past", "future", "nearest"]
"""How to pick the year (or month) of a partial date when the text gives no evidence."""

POLICIES: tuple[str, ...] = ("past", "future", "nearest")
