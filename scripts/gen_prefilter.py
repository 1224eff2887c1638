"""Regenerate ``src/timeline/data/prefilter.json`` after changing the temporal grammar.

The scanner starts with a two-character lookahead so that it can skip most positions
cheaply; the characters come from the grammar itself (see ``compute_prefilter``).
Run: ``python scripts/gen_prefilter.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from timeline.temporal.grammar import compute_prefilter


def main() -> None:
    pairs = compute_prefilter()
    out = Path(__file__).resolve().parents[1] / "src" / "timeline" / "data" / "prefilter.json"
    data = {
        "generated_by": "scripts/gen_prefilter.py; do not edit",
        "about": "[first characters, characters that may follow them] opening a time expression",
        "openings": [list(pair) for pair in pairs],
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(pairs)} groups of opening characters")

if __name__ == "__main__":
    main()
