"""Region names and surnames, read once from the data files shipped with the package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import EXTRA_SURNAMES

__all__ = ["Region", "regions", "surnames"]

# Full names of some districts are everyday words; they never count as places on their own.
_COMMON_WORDS = frozenset({"城区", "郊区", "矿区", "新区", "市中区", "开发区", "东区", "西区",
                           "南区", "北区", "中区", "高新区", "市区", "林区", "特区"})


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative division: official code, full and short name, level, parent."""

    code: str
    name: str
    short: str
    level: str  # province, city or county
    parent: str | None

    @property
    def province(self) -> str:
        """The code of the province-level division this one lies in."""
        return self.code[:2] + "0000"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("timeline.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def regions() -> dict[str, Region]:
    """Every name a region is written with (full and, where safe, short) → the region.

    Short names are kept for provinces and prefecture-level cities only: county short
    names (和平, 朝阳, 长安) are too often ordinary words.
    """
    table: dict[str, Region] = {}
    rows = sorted(_rows("divisions.tsv"), key=lambda r: ("province", "city", "county").index(r[3]))
    for code, name, short, level, parent in rows:
        region = Region(code, name, short, level, parent or None)
        if name not in _COMMON_WORDS:
            table.setdefault(name, region)
        if level != "county" and len(short) >= 2 and short != name:
            table.setdefault(short, region)
            if name.endswith("自治州"):
                table.setdefault(short + "州", region)  # 阿坝州, 凉山州
    return table


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, single- and two-character."""
    return frozenset(r[0] for r in _rows("surnames.tsv")) | frozenset(EXTRA_SURNAMES)


@lru_cache(maxsize=1)
def single_surnames() -> frozenset[str]:
    """The one-character surnames (陈, 王): a name the tagger splits starts with one."""
    return frozenset(x for x in surnames() if len(x) == 1)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent two- and three-character words (from JioNLP's idf table; see
    scripts/gen_common_words.py): no name of a person a bare verb points at."""
    return frozenset(r[0] for r in _rows("common_words.tsv"))


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries, continents and regions (``data/countries.tsv``), as news writes them."""
    return frozenset(r[0] for r in _rows("countries.tsv"))


@lru_cache(maxsize=1)
def local_places() -> dict[str, bool]:
    """Areas of Hong Kong and Macau (``data/local_places.tsv``), simplified: name -> whether
    the name is an ordinary word too (太子, 山顶)."""
    return {row[0]: row[2] == "1" for row in _rows("local_places.tsv")}
