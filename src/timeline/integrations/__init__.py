"""Bridges from ``timeline`` to other libraries, each in its own optional module.

Nothing here is imported by the core: ``import timeline`` never loads a third-party NLP
library, and this package itself imports none. Each module imports its library at the top and
is loaded only by that library (through an entry point) or by an explicit import:

* ``timeline.integrations.spacy``: the ``"timeline"`` spaCy pipeline component
  (``pip install 'zh-timeline[spacy]'``, then ``nlp.add_pipe("timeline")``).
"""

from __future__ import annotations

__all__: list[str] = []
