"""Word tables of the temporal grammar.

Everything the grammar knows by heart lives here as plain data; ``grammar.py`` turns these
tables into one compiled scanner and ``resolve.py`` reads their meanings. Keys are written
in simplified characters: the text is folded to simplified before it is scanned.
"""

from __future__ import annotations

from typing import NamedTuple

# --- numbers ---------------------------------------------------------------------------

CN_DIGITS = "〇○零一二三四五六七八九"  # ○ (U+25CB, a circle) is written for 〇 too
CN_NUMBER_CHARS = "〇○零一二三四五六七八九十百千万两廿卅"

# --- parts of the day -------------------------------------------------------------------


class PartOfDay(NamedTuple):
    """A TIMEX3 part-of-day token and its interval in hours (end may be 24)."""

    token: str
    start: int
    end: int


_MO = PartOfDay("MO", 6, 12)
_MI = PartOfDay("MI", 11, 13)
_AF = PartOfDay("AF", 12, 18)
_EV_DUSK = PartOfDay("EV", 17, 19)
_EV = PartOfDay("EV", 18, 24)
_NI_LATE = PartOfDay("NI", 22, 24)
_NI_EARLY = PartOfDay("NI", 0, 6)
_DT = PartOfDay("DT", 6, 18)

PARTS_OF_DAY: dict[str, PartOfDay] = {
    "凌晨": _NI_EARLY,
    "早上": _MO, "早晨": _MO, "清晨": _MO, "上午": _MO, "早间": _MO, "晨": _MO, "早": _MO,
    "中午": _MI, "正午": _MI, "午间": _MI,
    "下午": _AF, "午后": _AF,
    "傍晚": _EV_DUSK, "黄昏": _EV_DUSK,
    "晚上": _EV, "晚间": _EV, "夜间": _EV, "夜里": _EV, "夜晚": _EV, "晚": _EV, "夜": _EV,
    "深夜": _NI_LATE, "半夜": _NI_LATE, "午夜": _NI_LATE,
    "白天": _DT, "白日": _DT,
    "黎明": PartOfDay("MO", 4, 7), "拂晓": PartOfDay("MO", 4, 7),
    "后半夜": _NI_EARLY, "下半夜": _NI_EARLY,  # 前天后半夜: the small hours of that day
}
# Parts of day that count only right after a day (昨天黎明): alone, 黎明 is also a name
POD_AFTER_A_DAY = ("黎明", "拂晓")
# One-character parts of day only count right after a day ("30日晚", "当天早").
POD_SHORT = ("晨", "早", "晚", "夜")

# Whether a clock hour after this part of day is in the afternoon/evening half.
POD_PM = {"AF", "EV"}

# --- relative days ----------------------------------------------------------------------


class RelDay(NamedTuple):
    """A word naming a day relative to the DCT or to the narrative time."""

    offset: int
    anchor: str  # "dct" or "narrative"
    pod: str | None = None  # a part of day folded into the word (今晨, 昨晚)


REL_DAYS: dict[str, RelDay] = {
    "今天": RelDay(0, "dct"), "今日": RelDay(0, "dct"), "本日": RelDay(0, "dct"),
    "即日": RelDay(0, "dct"),  # 自即日起: from the day of the notice
    "昨天": RelDay(-1, "dct"), "昨日": RelDay(-1, "dct"),
    "前天": RelDay(-2, "dct"), "大前天": RelDay(-3, "dct"),
    "明天": RelDay(1, "dct"), "明日": RelDay(1, "dct"),
    "后天": RelDay(2, "dct"), "大后天": RelDay(3, "dct"), "大大后天": RelDay(4, "dct"),
    "大大前天": RelDay(-4, "dct"),
    "今晨": RelDay(0, "dct", "清晨"), "今早": RelDay(0, "dct", "早上"),
    "今晚": RelDay(0, "dct", "晚上"), "今夜": RelDay(0, "dct", "晚上"),
    "昨晚": RelDay(-1, "dct", "晚上"), "昨夜": RelDay(-1, "dct", "晚上"),
    "明晚": RelDay(1, "dct", "晚上"), "明早": RelDay(1, "dct", "早上"),
    "当天": RelDay(0, "narrative"), "当日": RelDay(0, "narrative"),
    "同日": RelDay(0, "narrative"), "同一天": RelDay(0, "narrative"),
    "当晚": RelDay(0, "narrative", "晚上"), "当夜": RelDay(0, "narrative", "晚上"),
    "次日": RelDay(1, "narrative"), "翌日": RelDay(1, "narrative"),
    "第二天": RelDay(1, "narrative"), "隔天": RelDay(1, "narrative"),
    "次晨": RelDay(1, "narrative", "清晨"), "翌晨": RelDay(1, "narrative", "清晨"),
    "前一天": RelDay(-1, "narrative"), "前一日": RelDay(-1, "narrative"),
    "前日": RelDay(-2, "dct"), "前晚": RelDay(-2, "dct", "晚上"),
    "昨早": RelDay(-1, "dct", "早上"), "昨晨": RelDay(-1, "dct", "清晨"),
    # 昨/今 with a part of day, as newspapers write them (昨凌晨, 今下午, 昨深夜)
    **{f"{day}{pod}": RelDay(offset, "dct", pod) for day, offset in (("昨", -1), ("今", 0))
       for pod in ("凌晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "深夜", "午夜", "半夜")},
}

# Relative days that are the start of another word before these characters (前日本首相)
REL_DAY_NOT_BEFORE: dict[str, str] = {"前日": "本军元方语文籍式产资企韩"}

# --- relative years, months, weeks ------------------------------------------------------

# prefix + 年: offset and anchor.
REL_YEARS: dict[str, RelDay] = {
    "今": RelDay(0, "dct"), "本": RelDay(0, "dct"), "去": RelDay(-1, "dct"),
    "上": RelDay(-1, "dct"), "前": RelDay(-2, "dct"), "明": RelDay(1, "dct"),
    "后": RelDay(2, "dct"), "下": RelDay(1, "dct"),
    "同": RelDay(0, "narrative"), "当": RelDay(0, "narrative"),
    "次": RelDay(1, "narrative"), "翌": RelDay(1, "narrative"), "来": RelDay(1, "dct"),
    "大前": RelDay(-3, "dct"), "大后": RelDay(3, "dct"),
    "上一": RelDay(-1, "dct"), "下一": RelDay(1, "dct"),
    "这一": RelDay(0, "dct"),  # 这一年: a grammar branch of its own
}
# prefix + (个)月
REL_MONTHS: dict[str, RelDay] = {
    "本": RelDay(0, "dct"), "这": RelDay(0, "dct"), "这个": RelDay(0, "dct"),
    "上": RelDay(-1, "dct"), "上个": RelDay(-1, "dct"),
    "下": RelDay(1, "dct"), "下个": RelDay(1, "dct"),
    "当": RelDay(0, "narrative"), "同": RelDay(0, "narrative"),
    "次": RelDay(1, "narrative"), "翌": RelDay(1, "narrative"),
    "上上": RelDay(-2, "dct"), "上上个": RelDay(-2, "dct"), "下下": RelDay(2, "dct"),
    "下下个": RelDay(2, "dct"), "上一个": RelDay(-1, "dct"), "下一个": RelDay(1, "dct"),
    "这一个": RelDay(0, "dct"),
}
# prefix + 周/星期/礼拜
REL_WEEKS: dict[str, int] = {
    "本": 0, "这": 0, "这个": 0, "上": -1, "上个": -1, "下": 1, "下个": 1,
    "上上": -2, "上上个": -2, "下下": 2, "下下个": 2, "这一": 0, "上一": -1, "下一": 1,
    "这一个": 0, "上一个": -1, "下一个": 1,
    "上上上": -3, "上上上个": -3, "下下下": 3, "下下下个": 3,
}
# before N units: the window of N whole units before (-1) or after (1) the anchor's unit
WINDOW_DIRECTIONS: dict[str, int] = {
    "前": -1, "上": -1, "过去的": -1, "下": 1, "过": 1, "接下来的": 1,
    "今明": 0,
}
# prefix + 季度: 上个季度, 本季度
REL_QUARTERS: dict[str, int] = {
    "本": 0, "这": 0, "这个": 0, "这一": 0, "当": 0, "上": -1, "上个": -1, "上一": -1,
    "上一个": -1, "下": 1, "下个": 1, "下一": 1, "下一个": 1,
    "上上": -2, "上上个": -2, "下下": 2, "下下个": 2,
}
# seasons with a one-character year word: 今春, 去冬, 明夏
REL_SEASON_YEARS: dict[str, int] = {"今": 0, "去": -1, "明": 1}

WEEKDAYS: dict[str, int] = {
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7,
    "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
}

# --- parts of years, months, weeks ------------------------------------------------------

# (mod, first month, months) of a year part
YEAR_PARTS: dict[str, tuple[str, int, int]] = {
    "初": ("START", 1, 4), "中": ("MID", 5, 4), "底": ("END", 9, 4), "末": ("END", 9, 4),
    "终": ("END", 9, 4),
}
# mod and (first day, last day or 0 for the month's end)
MONTH_PARTS: dict[str, tuple[str, int, int]] = {
    "上旬": ("START", 1, 10), "中旬": ("MID", 11, 20), "下旬": ("END", 21, 0),
    "上中旬": ("START", 1, 20), "中下旬": ("END", 11, 0),
    "初": ("START", 1, 10), "中": ("MID", 11, 20), "底": ("END", 21, 0), "末": ("END", 21, 0),
}
SEASONS: dict[str, tuple[str, int]] = {  # token, first month (winter runs into next year)
    "春": ("SP", 3), "夏": ("SU", 6), "秋": ("FA", 9), "冬": ("WI", 12),
}

# --- holidays ---------------------------------------------------------------------------


class Holiday(NamedTuple):
    """A holiday: fixed Gregorian (month, day), lunar (month, day), or a solar term.

    ``lunar_day`` 0 means the last day of the lunar year (除夕). ``days`` is the length of
    the ``X期间`` stretch counted from ``period_offset`` days after the holiday itself.
    """

    kind: str  # "fixed", "lunar", "term" or "weekday" (the day-th weekday of the month)
    month: int = 0
    day: int = 0
    term: str = ""
    days: int = 1
    period_offset: int = 0
    weekday: int = 0  # ISO weekday of a "weekday" holiday


_SPRING = Holiday("lunar", 1, 1, days=7, period_offset=-1)  # 除夕 to 初六
_NATIONAL = Holiday("fixed", 10, 1, days=7)
_LABOUR = Holiday("fixed", 5, 1, days=5)

HOLIDAYS: dict[str, Holiday] = {
    "元旦": Holiday("fixed", 1, 1), "元旦节": Holiday("fixed", 1, 1),
    "新年": Holiday("fixed", 1, 1),
    "情人节": Holiday("fixed", 2, 14),
    "妇女节": Holiday("fixed", 3, 8), "三八妇女节": Holiday("fixed", 3, 8),
    "三八节": Holiday("fixed", 3, 8),
    "植树节": Holiday("fixed", 3, 12),
    "劳动节": _LABOUR, "五一劳动节": _LABOUR, "五一国际劳动节": _LABOUR,
    "国际劳动节": _LABOUR,
    "青年节": Holiday("fixed", 5, 4), "五四青年节": Holiday("fixed", 5, 4),
    "儿童节": Holiday("fixed", 6, 1), "六一儿童节": Holiday("fixed", 6, 1),
    "国际儿童节": Holiday("fixed", 6, 1),
    "建党节": Holiday("fixed", 7, 1),
    "建军节": Holiday("fixed", 8, 1), "八一建军节": Holiday("fixed", 8, 1),
    "教师节": Holiday("fixed", 9, 10),
    "国庆节": _NATIONAL, "国庆": _NATIONAL,
    "平安夜": Holiday("fixed", 12, 24),
    "圣诞节": Holiday("fixed", 12, 25), "圣诞": Holiday("fixed", 12, 25),
    "春节": _SPRING, "新春": _SPRING, "农历新年": _SPRING,
    "元宵节": Holiday("lunar", 1, 15),
    "端午节": Holiday("lunar", 5, 5), "端午": Holiday("lunar", 5, 5),
    "七夕节": Holiday("lunar", 7, 7), "七夕": Holiday("lunar", 7, 7),
    "中秋节": Holiday("lunar", 8, 15), "中秋": Holiday("lunar", 8, 15),
    "重阳节": Holiday("lunar", 9, 9), "重阳": Holiday("lunar", 9, 9),
    "腊八节": Holiday("lunar", 12, 8), "腊八": Holiday("lunar", 12, 8),
    "小年": Holiday("lunar", 12, 23),
    "除夕": Holiday("lunar", 12, 0), "大年三十": Holiday("lunar", 12, 0),
    "年三十": Holiday("lunar", 12, 0),
    "清明节": Holiday("term", term="清明"),
    "愚人节": Holiday("fixed", 4, 1), "万圣节": Holiday("fixed", 10, 31),
    "消费者权益日": Holiday("fixed", 3, 15), "国际消费者权益日": Holiday("fixed", 3, 15),
    "三一五": Holiday("fixed", 3, 15),
    "澳门回归纪念日": Holiday("fixed", 12, 20), "香港回归纪念日": Holiday("fixed", 7, 1),
    "母亲节": Holiday("weekday", 5, 2, weekday=7), "父亲节": Holiday("weekday", 6, 3, weekday=7),
    "感恩节": Holiday("weekday", 11, 4, weekday=4),
}
# A holiday after one of these is another calendar's or country's: no time, not a wrong one
FOREIGN_QUALIFIERS = (
    "以色列", "犹太", "伊斯兰", "伊斯兰教", "伊斯兰历", "穆斯林", "回历", "东正教", "藏历", "彝族",
    "傣族", "美国", "法国",
    "俄罗斯", "朝鲜", "韩国", "越南", "印度", "泰国", "日本", "蒙古", "伊朗", "埃及", "希腊",
    "加拿大", "巴西", "墨西哥", "古巴", "波斯", "英国", "德国", "意大利", "澳大利亚", "土耳其",
)
# A weekday after one of these is a named day of another calendar, not the weekday of this
# week (圣周五 Good Friday, 圣灰星期三, 复活节星期一, 黑色星期五): no time, not a wrong one
NAMED_WEEKDAY_QUALIFIERS = ("圣", "圣周", "圣灰", "复活节", "受难", "黑色", "沈默", "沉默", "煎饼")
# A holiday before these names a thing, not a time (新年民俗, 元宵灯会, 新春走基层)
HOLIDAY_AS_MODIFIER = (
    "民俗", "习俗", "贺词", "贺卡", "祝福", "走基层", "灯会", "晚会", "联欢晚会", "食品", "礼包",
    "特辑", "歌曲", "红包", "对联", "的美好祝福", "的祝福", "的问候", "的习俗", "的传统",
)
# Short numeric holiday names that are holidays only in a holiday context (十一期间).
CONTEXT_HOLIDAYS: dict[str, Holiday] = {
    "五一": _LABOUR, "五四": Holiday("fixed", 5, 4), "六一": Holiday("fixed", 6, 1),
    "七一": Holiday("fixed", 7, 1), "八一": Holiday("fixed", 8, 1), "十一": _NATIONAL,
    "元宵": Holiday("lunar", 1, 15),  # alone, the food (吃元宵)
}
# Suffixes that stretch a holiday to its period (春节期间, 国庆长假).
PERIOD_SUFFIXES = ("期间", "假期", "长假", "小长假", "黄金周")
HOLIDAY_CONTEXT = (*PERIOD_SUFFIXES, "节日", "前夕", "当天", "之际")

SOLAR_TERMS = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)

# The twelve animals of the lunar years, from the rat (a year ≡ 4 mod 12, e.g. 2020).
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"

LUNAR_MONTHS: dict[str, int] = {
    "正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "十": 10, "冬": 11, "十一": 11, "腊": 12, "十二": 12,
    **{str(n): n for n in range(1, 13)}, **{f"0{n}": n for n in range(1, 10)},
}

# --- references and fuzzy words ----------------------------------------------------------

# word -> (value, mod)
REFERENCES: dict[str, tuple[str, str | None]] = {
    "近日": ("PAST_REF", "APPROX"), "日前": ("PAST_REF", "APPROX"),
    "最近": ("PAST_REF", "APPROX"), "近期": ("PAST_REF", "APPROX"),
    "近来": ("PAST_REF", "APPROX"), "前不久": ("PAST_REF", "APPROX"),
    "不久前": ("PAST_REF", "APPROX"), "早些时候": ("PAST_REF", "APPROX"),
    "此前": ("PAST_REF", None), "以前": ("PAST_REF", None), "过去": ("PAST_REF", None),
    "以往": ("PAST_REF", None), "早前": ("PAST_REF", None),
    "目前": ("PRESENT_REF", None), "当前": ("PRESENT_REF", None),
    "现在": ("PRESENT_REF", None), "如今": ("PRESENT_REF", None),
    "当今": ("PRESENT_REF", None), "眼下": ("PRESENT_REF", None),
    "当下": ("PRESENT_REF", None), "现阶段": ("PRESENT_REF", None),
    "这两天": ("PRESENT_REF", None), "这几天": ("PRESENT_REF", None),
    "这些天": ("PRESENT_REF", None), "这些日子": ("PRESENT_REF", None),
    "至今": ("PRESENT_REF", None), "迄今": ("PRESENT_REF", None),
    "迄今为止": ("PRESENT_REF", None), "截至目前": ("PRESENT_REF", None),
    "截止目前": ("PRESENT_REF", None), "目前为止": ("PRESENT_REF", None),
    "到目前为止": ("PRESENT_REF", None), "截至目前为止": ("PRESENT_REF", None),
    "下一步": ("FUTURE_REF", None), "今后": ("FUTURE_REF", None),
    "未来": ("FUTURE_REF", None), "将来": ("FUTURE_REF", None),
    "日后": ("FUTURE_REF", None), "晚些时候": ("FUTURE_REF", None),
}
# 当前 before these is page furniture or a label, not 'now' (当前位置：首页)
NOT_TIME_AFTER_DANGQIAN = ("位置", "热点", "页面", "栏目", "所在位置", "页")
# References that only count at the start of a clause ("过去，…" but not "走过去").
CLAUSE_INITIAL_REFERENCES = ("以前",)

# Fuzzy whole-period words: word -> (unit, mod). 新年伊始 is the start of the year.
YEAR_START_WORDS = ("新年伊始", "开年", "年初", "岁初")
YEAR_END_WORDS = ("年底", "年末", "岁末", "年终")

# --- durations --------------------------------------------------------------------------

# unit word -> ISO designator and granularity
DURATION_UNITS: dict[str, tuple[str, str]] = {
    "世纪": ("CE", "century"), "年": ("Y", "year"), "个月": ("M", "month"),
    "月": ("M", "month"), "周": ("W", "week"), "星期": ("W", "week"),
    "个星期": ("W", "week"), "礼拜": ("W", "week"), "个礼拜": ("W", "week"),
    "天": ("D", "day"), "日": ("D", "day"), "小时": ("H", "hour"), "个小时": ("H", "hour"),
    "钟头": ("H", "hour"), "个钟头": ("H", "hour"), "分钟": ("M", "minute"),
    "秒": ("S", "second"), "秒钟": ("S", "second"), "季度": ("Q", "quarter"),
    "个季度": ("Q", "quarter"), "分": ("M", "minute"), "刻钟": ("QH", "minute"),
    "工作日": ("D", "day"), "交易日": ("D", "day"),  # counted Monday to Friday when offset
}
WORKING_DAYS = ("工作日", "交易日")
# the order of units in a compound duration (四年六个月, 2小时15分18秒): largest first
DURATION_ORDER = ("CE", "Y", "Q", "M", "W", "D", "H", "MIN", "QH", "S")
# Two Chinese digits that count (三四年 is three or four years), not a two-digit year (九七年)
APPROXIMATE_PAIRS = ("一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五", "一两",
                     "两三")
# Vague amounts: 数日 PXD.
VAGUE_AMOUNTS = ("数十", "几十", "数百", "几百", "上百", "数", "几", "若干", "多")

# --- cues -------------------------------------------------------------------------------

# Words that announce something to come: the sentence's partial dates lean forward.
FUTURE_CUES = (
    "拟", "计划", "预计", "预估", "预报", "预测", "即将", "届时", "定于",
    "下一步", "推迟到", "推迟至", "延期至", "确保", "力争", "起施行",
)
# 将 is a future cue only as 'will' (将于, 将举行), not as the object marker (将…转为…)
FUTURE_AFTER_JIANG = (
    "于", "在", "会", "要", "继续", "举行", "召开", "开展", "迎来", "开始", "进行", "启动",
    "实施", "持续", "推出", "发布", "正式", "全面", "陆续",
)
