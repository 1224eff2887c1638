"""Exceptions raised by timeline.

The whole tree::

    TimelineError                 base of every error this library raises on purpose
    ├── InvalidDCTError           (also a TypeError or ValueError, see below)
    │   ├── DCTTypeError          dct is not a datetime, date or ISO string
    │   └── DCTValueError         dct is a string that is not an ISO date
    ├── InvalidPolicyError        policy is not "past", "future" or "nearest" (a ValueError)
    ├── InputTypeError            an argument is not of the type it must be: the text is not a
    │                             str (None, bytes, a number …), doc_id is not a str (a TypeError)
    ├── InvalidActorsError        a user actor dictionary that cannot be used (a ValueError):
    │   │                         an empty name or alias, an unknown kind, an unknown key
    │   └── ActorsTypeError       … or of the wrong shape (a str, a list of numbers; also a
    │                             TypeError)
    ├── InputError                an input that cannot be read: a file that cannot be opened
    │                             or decoded, a JSONL record without a text (a ValueError)
    ├── InvalidDocumentError      JSON that is not a valid Document or Timeline: bad JSON, too
    │                             deeply nested, or offsets and texts that disagree (a ValueError)
    └── InvalidQueryError         a Timeline query it cannot answer: an unknown event type or
                                  actor in ``filter``, an unknown ``group_by`` key (a ValueError)

Warnings: ``ScanTimeoutWarning`` (a ``RuntimeWarning``) when a text took too long to scan;
``extract`` records it on ``Document.warnings`` instead.

Each error is also the matching built-in (``TypeError`` or ``ValueError``), so code that
already catches those keeps working. Every message names the parameter (or the file and line)
and says what was expected and what came.
"""

from __future__ import annotations

__all__ = [
    "ActorsTypeError",
    "DCTTypeError",
    "DCTValueError",
    "InputError",
    "InputTypeError",
    "InvalidActorsError",
    "InvalidConfigError",
    "InvalidDCTError",
    "InvalidDocumentError",
    "InvalidPolicyError",
    "InvalidQueryError",
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
    """An argument (the text to analyse, ``doc_id`` …) is not of the type it must be."""


class InvalidActorsError(TimelineError, ValueError):
    """A user actor dictionary (``actors=``, ``load_actor_dictionary``) cannot be used."""


class ActorsTypeError(InvalidActorsError, TypeError):
    """A user actor dictionary, or an entry of it, has the wrong shape or type."""


class InputError(TimelineError, ValueError):
    """An input that cannot be read: unopenable or undecodable file, bad JSONL record."""


class InvalidConfigError(TimelineError, ValueError):
    """An integration's configuration names an option it does not have (spaCy ``labels``)."""


class InvalidDocumentError(TimelineError, ValueError):
    """JSON that does not describe a valid ``Document`` (or ``Timeline``)."""


class InvalidQueryError(TimelineError, ValueError):
    """A ``Timeline`` query names what the timeline cannot have: an unknown event type, an
    actor it does not know, a ``group_by`` key other than day, month, actor or type."""


class ScanTimeoutWarning(RuntimeWarning):
    """Scanning a text for times ran out of time; the times found before that are kept."""
