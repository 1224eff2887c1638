"""Generate ``src/timeline/data/countries.tsv``, the country and region names news writes.

Why: a country is a place actor wherever the text names it (东帝汶外长, 同日本首相), and the
tagger alone misses many (or tags them as people). The list must come from a maintained
source, not be typed by hand.

What it reads: the ISO 3166-1 names of the installed ``pycountry`` package and their
simplified-Chinese translations (its ``zh_CN`` gettext catalogue): each country's ``name``,
``common_name`` and ``official_name`` where translated. To these it adds the curated head of
the current file (continents, regions and the short forms news uses: 欧洲, 中东, 美国),
kept as it stands above the marker line. ``pycountry`` is a generation-time tool
(``pip install pycountry``); the project does not depend on it.

Output: the header, the curated names, the marker, then the generated names sorted by
code point, one per line; names of one character and names already curated are left out.

Usage::

    python scripts/gen_countries.py [--output PATH]
"""

from __future__ import annotations

import argparse
import gettext
import sys
from importlib import metadata
from pathlib import Path

MARKER = "# generated from pycountry below this line: scripts/gen_countries.py"
DEFAULT = Path(__file__).resolve().parents[1] / "src/timeline/data/countries.tsv"


def generated() -> set[str]:
    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    out: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            english = getattr(country, field, None)
            if english is None:
                continue
            name = zh.gettext(english)
            if name != english and len(name) > 1 and all("\u4e00" <= c <= "\u9fff" for c in name):
                out.add(name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    lines = args.output.read_text(encoding="utf-8").splitlines()
    head = lines[:lines.index(MARKER)] if MARKER in lines else lines
    curated = {x for x in head if x and not x.startswith("#")}
    names = sorted(generated() - curated)
    version = metadata.version("pycountry")
    body = [*head, MARKER, f"# pycountry {version}, {len(names)} names", *names]
    args.output.write_text("\n".join(body) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(curated)} curated, {len(names)} generated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
