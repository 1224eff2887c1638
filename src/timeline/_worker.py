"""Imported in ``Extractor.pipe``'s worker processes only (never in the caller's): build the
extractor's tables, then take them out of the collector's sight.

Importing builds every lazily built table (the grammar, the word automata, the models) with
one small text, then calls ``gc.freeze``: the tables live as long as the process, and the
collector would otherwise walk them at every full collection. The forkserver imports this
once, before it forks the workers, so each worker starts with the tables built; under
``spawn`` each worker imports it in its initializer. Freezing is why the caller's process must
never import it: there it would pin the caller's garbage.
"""

from __future__ import annotations

import gc

from .extract import Extractor

__all__: list[str] = []

Extractor(actors={"某厅": "ORG"}).extract(
    "2020年1月30日下午，广西某厅召开会议，厅长王明表示，自2月1日起每天值守。", dct="2020-02-26")
gc.freeze()
