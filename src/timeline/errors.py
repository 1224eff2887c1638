"""Exceptions raised by timeline.

The whole tree::

    TimelineError                 base of every error this library raises on purpose
    ├── InvalidDCTError           (also a TypeError or ValueError, see below)
    │   ├── DCTTypeError          dct is not a datetime, date or ISO string
    │   └── DCTValueError         dct is a string that is not an ISO date
    ├── InvalidPolicyError        policy is not "past", "future" or "nearest" (a ValueError)
    └── InputTypeError            the text is not a str (None, bytes, a number …; a TypeError)

Warnings: ``ScanTimeoutWarning`` (a ``RuntimeWarning``) when a text took too long to scan;
``extract`` records it on ``Document.warnings`` instead.

Each error is also the matching built-in (``TypeError`` or ``ValueError``), so code that
already catches those keeps working.
"""

from __future__ import annotations

__all__ = [
    "DCTTypeError",
    "DCTValueError",
    "InputTypeError",
    "InvalidDCTError",
    "InvalidPolicyError",
    "ScanTimeoutWarning",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of the errors timeline raises on purpose."""


class InvalidDCTError(TimelineError):
    """The document creation time (``dct``) could not be used."""


class DCTTypeError(InvalidDCTError, TypeError):
    """``dct`` has a type timeline cannot read."""


class DCTValueError(InvalidDCTError, ValueError):
    """``dct`` is a string that is not an ISO 8601 date or datetime."""


class InvalidPolicyError(TimelineError, ValueError):
    """``policy`` is not one of the known year-inference policies."""


class InputTypeError(TimelineError, TypeError):
    """The text to analyse is not a ``str``."""


class ScanTimeoutWarning(RuntimeWarning):
    """Scanning a text for times ran out of time; the times found before that are kept."""
