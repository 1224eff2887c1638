"""The temporal grammar: lexicon tables compiled into one scanner, and a parser.

``SCANNER`` finds candidate phrases in one left-to-right pass; ``reader.read_core`` turns the
named groups of one match into a typed phrase (``phrases``: what the text *says*, with no
calendar arithmetic). Every quantifier is bounded, so the work at each text position is
bounded too and a scan is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress

import regex

from ..text import alternation as _alt
from . import lexicon as lx

__all__ = ["CORE", "core_re", "named_groups", "parse_number", "scanner"]


S = r"[ \t]{0,2}"  # spaces allowed between the parts of an expression
_CN = lx.CN_NUMBER_CHARS
_CN_DIGIT = f"[{lx.CN_DIGITS}]"
NOT_CN = rf"(?<![{_CN}])"
NOT_AR = r"(?<![0-9.])"
SEP = r"(?:至|到|-|—{1,2}|~|～)"

# numbers ------------------------------------------------------------------------------
_TWO_DIGIT_YEAR = (f"(?=[{lx.CN_DIGITS}]{{2}}[ \t]{{0,2}}年)(?!{'|'.join(lx.APPROXIMATE_PAIRS)})"
                   f"[{lx.CN_DIGITS}]{{2}}")
YEAR_NUM = (
    rf"(?:(?<![0-9./:-])[12][0-9]{{3}}(?![0-9])|{NOT_CN}{_CN_DIGIT}{{4}}"
    rf"|{NOT_AR}[0-9]{{2}}(?={S}年{S}(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){S}月)"
    # a year from 3000 on only with its month (9999年12月31日); alone it is an amount;
    # two-digit years: 07年, 19年底 (digits), 九七年 (not 三四年, a count)
    rf"|(?=[0-9]{{2,4}}[ \t]{{0,2}}年)(?<![0-9./:-])(?:[3-9][0-9]{{3}}(?={S}年{S}(?:1[0-2]|0?[1-9]){S}月)"
    rf"|0[0-9](?={S}年)|[0-9]{{2}}(?={S}年(?:底|末|初)))"
    rf"|{NOT_CN}{_TWO_DIGIT_YEAR}(?={S}年))"
)
YEAR_NUM2 = rf"(?:[12][0-9]{{3}}(?![0-9])|{_CN_DIGIT}{{4}})"
MONTH_NUM = rf"(?:{NOT_AR}(?:1[0-9]|0?[1-9])(?![0-9])|{NOT_CN}(?:十[一二]?|[一二三四五六七八九]))"
MONTH_NUM2 = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY_AR = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
DAY_CN = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
DAY_NUM = rf"(?:{NOT_AR}{DAY_AR}|{NOT_CN}{DAY_CN})"
LUNAR_DAY = r"(?:初(?:[一二三四五六七八九十]|10|0?[1-9](?![0-9]))|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
LUNAR_MONTH = r"(?:正|腊|冬|十[一二]?|[一二三四五六七八九])"
HOUR_NUM = (
    rf"(?:{NOT_AR}(?:[01]?[0-9]|2[0-4])(?![0-9])"
    rf"|{NOT_CN}(?:二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二三四五六七八九两]))"
)
MINUTE_NUM = r"(?:[0-5]?[0-9](?![0-9])|[二三四五]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])"
AMOUNT = rf"(?:{NOT_AR}[0-9]{{1,6}}(?:\.[0-9]{{1,3}})?(?![0-9])(?:万|千)?|{NOT_CN}[{_CN}]{{1,6}})"

# slots --------------------------------------------------------------------------------
_NOT_AFTER_NIAN = r"(?!代|级|纪|龄|轻|头|华|薪|金|货|画|糕|会|报|鉴|检|息|利)"
YEAR = (
    rf"(?:(?P<y>{YEAR_NUM})(?:{S}(?P<ysep>{SEP}){S}(?P<y2>{YEAR_NUM2}|(?<=[0-9][至到~～—-])[0-9]{{2}}(?![0-9])))?"
    rf"{S}年{_NOT_AFTER_NIAN}"
    rf"|(?P<ry>{_alt(k for k in lx.REL_YEARS if k != '这一')})年{_NOT_AFTER_NIAN}"
    rf"|民国{S}(?P<roc>[0-9]{{1,3}}|[〇零一二三四五六七八九十百]{{1,5}}){S}年{_NOT_AFTER_NIAN})"
)
MONTH = (
    rf"(?:(?P<m>{MONTH_NUM})(?:{S}(?P<msep>{SEP}){S}(?P<m2>{MONTH_NUM2}))?{S}月(?:份)?"
    rf"(?![球亮光饼台子])"
    rf"|(?P<rm>{_alt(lx.REL_MONTHS)})月(?![球亮光饼台子]))"
)
DAY = (
    rf"(?P<d>{DAY_NUM})(?:{S}(?P<dsep>{SEP}){S}(?P<d2>{NOT_AR}{DAY_AR}|{DAY_CN}))?"
    rf"{S}(?P<du>日|号(?![楼院线室栋门牌码称召角]))"
)
_YEAR_PART = r"(?P<yp>年?(?:初|底|末|终|内)|年中(?![国央共华外日美]))"
_MONTH_PART = r"(?:月(?=[初中底末]))?(?P<mp>上中旬|中下旬|上旬|中旬|下旬|初(?![一二三四五六七八九十])|中(?![国央共华外日美旬])|底|末)"
_QUARTER = (
    # 第三个季度 is the third quarter, 三个季度 three quarters (a duration)
    r"(?:第?(?P<q>[一二三四1-4]|首)(?:个(?:(?<=第[一二三四1-4]个)|(?<=首个)))?季度(?P<qp>初|末)?"
    r"|前(?P<qn>[二三两2-3])(?:个)?季度)"
)
_REL_QUARTER = rf"(?P<rq>{_alt(lx.REL_QUARTERS)})季度(?P<qp>初|末)?"
_FIRST_MONTHS = r"前(?P<fm>[两二三四五六七八九十]|十[一二]|[1-9]|1[0-2])(?:个)?月(?:份)?"
_HALF = r"(?P<half>上|下)半年"
_SEASON = r"(?P<sn>[春夏秋冬])(?:季|天)"
# the N-th week, weekday or day of a month or year: 本月第2周, 十月的第一个星期一, 上月最后五天
_NTH = (
    # and its first N days: 这个月前两天, 4月前4天 (前 only before a count of days)
    r"(?:的)?(?P<nthd>第|最后|前(?=(?:[两二三四五六七八九十]|[2-9](?![0-9])|[12][0-9](?![0-9]))天))"
    r"(?P<nthn>[一二三四五六七八九十百]{1,4}|[1-9][0-9]{0,2}(?![0-9])|两)?(?:个)?"
    r"(?P<nthu>周(?![一二三四五六日天年])|星期(?![一二三四五六日天])|礼拜(?![一二三四五六日天])"
    r"|(?:星期|周|礼拜)[一二三四五六日天]|天|日)"
)
# the first of listed days may leave out its 日: 2月2及8日, 3月5、6日
# and a day of month after its month may leave out 日 where nothing follows it but a range's
# separator or the end of a clause: 1月3至2月10, 截至10月31，
_LISTED_DAY = (rf"(?P<d>{DAY_NUM})(?:(?={S}[及和、]{S}{DAY_NUM}{S}[日号])"
               r"|(?<=[0-9])(?=[ \t]{0,2}(?:至|到|—|~|～|[，。；、,;！？!?）)\n]|-(?![0-9]{1,2}[日号])|$)))")
# 三日后, 十日之前: a one-character number of days counted from now, not a day of month
_DAYS_COUNTED_AFTER = r"(?:以前|之前|以后|之后|前|后(?![来面续勤方台果者]))"
_DAYS_COUNTED = rf"(?![一二三四五六七八九十]{S}日{S}{_DAYS_COUNTED_AFTER})"
_BARE_SEASON = r"(?P<sn>[春夏秋冬])(?![节装风季运耕游茶晚联日雨雪令假光色至分])"  # 2021年春
# windows of N whole units beside the anchor's: 前两天, 上两周, 下三个月, 过去的一周, 今明两年;
# not the end of a verb (经过三天的努力, 提前两天: a duration)
_WINDOW = (
    rf"(?:(?<![经通超度越穿跨错走提])(?P<wdir>{_alt(lx.WINDOW_DIRECTIONS)})(?P<wn>两|[一二三四五六七八九十]|[1-9](?![0-9]))"
    r"|(?P<wdir>今明)(?P<wn>两))(?:个)?(?P<wu>天|日|周|星期|月|年)(?![前后以之内来])"
)
_AMBIGUOUS_TERMS = ("雨水", "小雪", "大雪", "霜降", "清明", "白露", "大寒", "小寒", "谷雨")
_TERM_CONTEXT = r"(?=节气|节|时节|前后|当天|期间|之际|到来|来临|假期|小长假|长假|那天|这天|以来|前夕|[，。、；,;]|$)"
_HOLIDAY = (
    rf"(?:(?P<hol>{_alt(lx.HOLIDAYS)})(?!伊始|[路街道村镇桥]|小学|中学|大学|广场|大街)"
    rf"|(?P<hol>{_alt(lx.CONTEXT_HOLIDAYS)})(?=节|{_alt(lx.HOLIDAY_CONTEXT)})"
    rf"|(?P<term>{_alt(t for t in lx.SOLAR_TERMS if t not in _AMBIGUOUS_TERMS)})"
    rf"|(?P<term>{_alt(_AMBIGUOUS_TERMS)}){_TERM_CONTEXT})"
)
_LUNAR = (
    rf"(?:(?P<lunar>农历|阴历){S}(?:(?P<y>{YEAR_NUM2}){S}年{S})?(?P<lleap>闰)?"
    rf"(?P<lm>{LUNAR_MONTH}|1[0-2](?![0-9])|0?[1-9](?![0-9]))月"
    rf"(?:{S}(?P<ld>{LUNAR_DAY}|{NOT_AR}{DAY_AR})(?:日|号)?)?"
    rf"|(?P<lleap>闰)(?P<lm>{LUNAR_MONTH}|1[0-2](?![0-9])|0?[1-9](?![0-9]))月"
    rf"(?:{S}(?P<ld>{LUNAR_DAY}|{NOT_AR}{DAY_AR})(?:日|号)?)?"
    rf"|(?P<lleap>闰)?(?P<lm>正|腊|冬)月(?:{S}(?P<ld>{LUNAR_DAY}|{NOT_AR}{DAY_AR})(?:日)?)?"
    rf"|(?P<lleap>闰)?(?P<lm>{NOT_CN}{LUNAR_MONTH})月{S}(?P<ld>{LUNAR_DAY})(?![ \t]{{0,2}}[一二三四五六七八九十日号])"
    rf"|(?P<lny>大年)(?P<ld>初[一二三四五六七八九十])"
    rf"|(?P<ld>{NOT_CN}廿[一二三四五六七八九])(?![{_CN}日号])"
    r")"
)
_YEAR_WORDS = (
    rf"(?P<yw>{_alt(lx.YEAR_START_WORDS + lx.YEAR_END_WORDS)}|年中(?![国央共华外日美])"
    r"|(?<![今去明本上下前后当同次翌])年内)"
)
_ZODIAC = rf"(?P<zod>[{lx.ZODIAC}])年(?!马月|级|代|纪|龄)"
_MONTH_WORDS = r"(?P<mw>月初|月底|月末|月中(?![国央共华外日美旬])|上中旬|中下旬|上旬|中旬|下旬)(?!日)"
WEEKDAY = (
    rf"(?:(?P<rw>{_alt(lx.REL_WEEKS)}){S}(?:周|星期|礼拜)?{S})?(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])"
    rf"(?![一二三四五六七八九十0-9个次年岁])"
)
_WEEK = (
    rf"(?:(?P<rweek>{_alt(lx.REL_WEEKS)}){S}(?:周|星期|礼拜)(?![边围期刊全密转折游岁年])"
    r"(?P<we>末)?(?P<wpart>前期|后期)?"
    r"|(?P<we>周末))"
)
_REL_DAY = (
    rf"(?P<rd>{_alt(k for k in lx.REL_DAYS if k not in lx.REL_DAY_NOT_BEFORE)}"
    + "".join(f"|{k}(?![{v}])" for k, v in lx.REL_DAY_NOT_BEFORE.items()) + ")"
)
# Newspaper style: a relative day or month with its day of month in brackets, the 日 after
# the bracket or inside it: 昨（26）日, 今(27)日, 明(十五)日, 今(2日), 本月(5日); Taiwan's
# papers write 天 after the bracket (今（18）天)
_PAREN_DAY = (
    rf"[（(]{S}(?P<d>{DAY_AR}|{DAY_CN})"
    rf"(?:{S}[）)]{S}(?P<du>[日天])|{S}(?P<du>日){S}[）)])"
)
_REL_DAY_PAREN = rf"(?P<rdp>今|昨|明|前|本){S}{_PAREN_DAY}"
_REL_MONTH_PAREN = rf"(?P<rm>{_alt(lx.REL_MONTHS)})月{S}{_PAREN_DAY}"
_POD_LONG = rf"(?:{_alt(k for k in lx.PARTS_OF_DAY if k not in lx.POD_SHORT)})(?!好)"  # not 晚上好
# (晚会, 早餐, 晚报, 早已, 晚些时候 are no parts of a day after a date, but 4日晚会见 is one)
_POD_ANY = (rf"(?:{_POD_LONG}|晚(?![上间里晚餐饭报期稻点些]|会(?![见谈晤]))"
            r"|[早晨](?![上间里晚餐饭报期稻点些已]|会(?![见谈晤]))|夜(?![上间里晚会餐饭报期稻点些已在]))")
_CLOCK = (
    rf"(?:(?P<hh>{NOT_AR}(?:[01]?[0-9]|2[0-4]))[:：](?P<mi>[0-5][0-9])(?:[:：](?P<ss>[0-5][0-9]))?(?![0-9:：])"
    r"(?:时(?![间期刻候代节段常光局效尚机速髦空事针装]))?"  # 17:00时, as notices write it
    rf"(?:{S}(?P<ampm>[aApP])\.?[mM]\.?(?![a-zA-Z]))?"
    rf"|(?P<h>{HOUR_NUM})(?:{S}(?P<hsep>{SEP}){S}(?P<h2>{HOUR_NUM}))?{S}(?P<hu>点钟|点|时)(?![间期刻候代节段常光局效尚机速髦空事针装])"
    rf"(?:{S}(?:(?P<qtr>[一1]刻|[三3]刻)(?!钟)|(?P<mi>{MINUTE_NUM}){S}(?P<fen>分(?!之|钟))?(?:{S}(?P<ss>{MINUTE_NUM}){S}秒)?"
    r"|(?P<hlf>半)|(?P<zheng>整)|多(?:钟)?(?![少人个名家次种万亿元年])))?)"
    r"(?P<xu>许)?"
)
_NUMERIC_DATE = (
    # each form behind a lookahead on its separators: digits are everywhere in news
    # (the second of two dotted dates may follow a hyphen: 1999.08-2002.02, 15:20-2020.01.12)
    r"(?:(?=(?:19|20)[0-9]{2}[-/.])(?:(?<![0-9./:-])|(?<=[./][0-9]-)|(?<=[./:][0-9]{2}-))(?:"
    r"(?P<ny>(?:19|20)[0-9]{2})(?P<ns>[-/.])(?P<nm>1[0-2]|0?[1-9])(?P=ns)"
    r"(?P<nd>3[01]|[12][0-9]|0?[1-9])(?![0-9./]|-(?!(?:19|20)[0-9]{2}[./]))"
    # 1999.08: a year and a two-digit month, not an amount (1999.08元)
    r"|(?P<ny>(?:19|20)[0-9]{2})[./](?P<nm>1[0-2]|0[1-9])"
    # (a hyphen may join two of them: 1999.08-2002.02)
    r"(?![0-9./]|-(?!(?:19|20)[0-9]{2}[./](?:1[0-2]|0[1-9]))"
    r"|[ \t]{0,2}(?:万|亿|元|美元|%|％|倍|米|公里|吨|克|人|个))"
    r")"
    # 19/12/2023: day first, where the day cannot be a month
    r"|(?<![0-9./:-])(?=[0-9]{2}/)(?P<nd>3[01]|2[0-9]|1[3-9])/(?P<nm>1[0-2]|0?[1-9])/"
    r"(?P<ny>(?:19|20)[0-9]{2})(?![0-9./-])"
    # 6·30, 7·21: month and day joined by a middle dot
    # (the dot is also a decimal point: 5·8万名, 9·5％, 13·4亿 are numbers)
    r"|(?<![0-9./:·-])(?=[0-9]{1,2}·)(?P<m>1[0-2]|[1-9])·(?P<d>3[01]|[12][0-9]|[1-9])"
    r"(?![0-9·.万亿元%％点倍米吨个名人户千公斤克秒分级度岁年月日]|[ \t]{0,2}(?:美元|港元|日元|欧元))"
    r")"
)
_DECADE = (
    rf"(?:(?P<cent>{NOT_AR}[0-9]{{1,2}}|二十一|二十|十九|十八|十七){S}世纪{S})?"
    rf"(?P<dec>{NOT_AR}[1-9]0|{NOT_CN}[一二三四五六七八九]十)年代(?P<decp>初期|末期|初|末|中期|前期|后期)?"
    rf"|(?P<cent>{NOT_AR}[0-9]{{1,2}}|{NOT_CN}(?:二十一|二十|十九|十八|十七)){S}世纪(?P<cp>初|末|中叶|上半叶|下半叶)?"
    r"|(?P<rcent>本|上|下)世纪(?:(?P<dec>[1-9]0|[一二三四五六七八九]十)年代(?P<decp>初期|末期|初|末|中期|前期|后期)?"
    r"|(?P<cp>初|末|中叶|上半叶|下半叶))?"
)

_DATEPART_BRANCHES = (
    _NUMERIC_DATE,
    rf"{YEAR}(?:{S}(?:{_LUNAR}|{MONTH}(?:{S}(?:{DAY}|{_MONTH_PART}|{_NTH}|{_LISTED_DAY}))?|{_NTH}|{_QUARTER}|{_HALF}|{_SEASON}"
    rf"|{_FIRST_MONTHS}|{_HOLIDAY}|{_BARE_SEASON}|(?P<hol>{_alt(lx.CONTEXT_HOLIDAYS)})(?![{_CN}个点时日号])|{_LUNAR}"
    rf"|{_YEAR_PART}|(?P<yw>新年伊始|开年|伊始)))?",
    _LUNAR,
    _REL_MONTH_PAREN,
    rf"{MONTH}(?:{S}(?:{DAY}|{_MONTH_PART}|{_NTH}|{_LISTED_DAY}))?",
    r"(?P<nthd>第)(?P<nthn>[三四五六七八九]|十[一二三四五六七八九]?|[3-9](?![0-9]))(?P<nthu>天)",
    r"(?P<rys>今|去|明)(?P<sn>[春夏秋冬])(?![节装风天季])",
    _REL_DAY_PAREN, rf"{_DAYS_COUNTED}{DAY}",
    # 这一年 (这一年来 is the past year, a duration): a branch of its own, since 这 opens
    # too many phrases to try every year form at it
    rf"(?P<ry>这一)年{_NOT_AFTER_NIAN}(?!来)",
    _HOLIDAY, _REL_QUARTER, _QUARTER, _HALF, _REL_DAY, _WINDOW, WEEKDAY, _WEEK,
    _SEASON, _YEAR_WORDS, _MONTH_WORDS, _ZODIAC,
)
DATEPART = "(?:" + "|".join(_DATEPART_BRANCHES) + ")"
_APPOSITION = rf"(?:{S}(?:星期|周|礼拜)(?P<wda>[一二三四五六日天])(?![一二三四五六七八九十0-9个次年岁]))"


def _datetime(datepart: str) -> str:
    return (
        rf"(?:{datepart}{_APPOSITION}?(?:{S}(?P<pod>{_POD_ANY}))?(?:{S}{_CLOCK})?"
        rf"|(?!{_alt(lx.POD_AFTER_A_DAY)})(?P<pod>{_POD_LONG})(?:{S}{_CLOCK})?"
        rf"|(?P<pod>[早晚夜])(?=[ \t]{{0,2}}[0-9一二三四五六七八九十])(?:{S}{_CLOCK})"
        rf"|{_CLOCK})"
    )


DATETIME = _datetime(DATEPART)

# 俩 and 仨 (two, three) count units, but not after the people they count (他俩, 兄弟仨)
_PAIR_OF = r"[俩仨](?<![他她它我你咱们妹弟妻子女儿兄孙婆爷侣口俩仨][俩仨])"
# (each look-behind after its character, so that it runs only where that character is)
_DUR_UNITS = (r"世纪|年(?!级|代|纪|龄|轻|头|华|薪|金|货|画|糕|会)|个月"
              r"|月(?:(?<=[个多余半数几俩仨]月)|(?<=近[两二三四五六七八九十俩仨]月))|个?星期"
              r"|个?礼拜|周(?!年|岁|边|围)|天"
              r"|日(?:(?<=[数几多余连两]日)|(?<=[0-9]日)(?=内|以内|之内)"
              rf"|(?<=[一二三四五六七八九十]日)(?={S}{_DAYS_COUNTED_AFTER})"
              # more than 31 days cannot be a day of the month: 90日, 180日 (5月32日 is a typo)
              r"|(?<=3[2-9]日)(?<!月[0-9]{2}日)|(?<=[4-9][0-9]日)(?<!月[0-9]{2}日)|(?<=[0-9]{3}日))"
              r"|个?小时|个?钟头|分钟|秒钟|秒|个?季度|刻钟|分(?=[0-9零〇一二三四五六七八九十]{1,3}秒)"
              r"|工作日|交易日")
# the later parts of a compound duration: 四年六个月, 1分57秒, 2小时15分18秒
_DUR_PART_UNITS = (r"个月|个?星期|周|天|个?小时|个?钟头|分钟|分(?=[0-9零〇一二三四五六七八九十]{1,3}秒)"
                   r"|秒钟|秒")
# after hours the minutes may leave out 钟 (5小时30分); after days they may be a score
_DUR_PART = rf"(?:{AMOUNT}{S}(?:{_DUR_PART_UNITS})|(?<=[时头]){AMOUNT}{S}分(?![钟之]))"
DURATION = (
    rf"(?:(?P<dpre>近|约|大约|未来|过去|此后|最近|今后|不到|不足|超过|至少){S})?"
    rf"(?<!第)(?P<dn>{AMOUNT}|数十|几十|数百|几百|上百|数|几|若干|多|半|{_PAIR_OF})"
    rf"{S}(?P<ge>个)?{S}(?P<dm>多|余|来|半|几(?<=[十百千]几))?{S}(?P<du>{_DUR_UNITS})"
    rf"(?P<dx>(?:{S}{_DUR_PART}){{1,3}})?(?P<dh>半)?(?P<dm2>多|余)?"
    rf"(?:{S}(?P<doff>以前|之前|以后|之后|以来|前|后(?![来面续勤方台果者])|来))?"
)
_DURATION_WORDS = r"(?P<dw>近年来|近些年来|近年|近些年|连日来|连日)"
SET = (
    r"(?:(?P<every>每逢|每隔|每|逢)"
    rf"{S}(?:(?P<sn_>{AMOUNT}|半){S}(?:个)?{S}|个(?=工作日|交易日|月|星期|礼拜|小时|钟头|季度|周末))?"
    rf"(?:(?:周|星期|礼拜)(?P<swd>[一二三四五六日天])(?![次个遍回])"
    rf"|月{S}(?P<smd>{DAY_NUM}){S}[日号]"
    rf"|年{S}(?P<sym>{MONTH_NUM}){S}月(?:{S}(?P<syd>{DAY_NUM}){S}[日号])?"
    rf"|年{S}(?P<shol>{_alt(lx.HOLIDAYS)})(?!伊始)"
    r"|年(?:的)?(?P<ssn>[春夏秋冬])(?:季|天)"
    r"|(?P<su>年|月|周末|周工作日|周(?!年|岁|边|围)|星期|礼拜|天|日|晚|夜|早|小时|钟头|分钟|秒钟|秒|季度"
    r"|工作日|交易日|周末))"
    # (的 may join the time of day: 每个工作日的下午三点)
    rf"(?:(?:{S}的(?={S}(?:{_POD_LONG}|[0-9一二三四五六七八九十两])))?{S}(?P<spod>{_POD_LONG}))?"
    rf"(?:{S}{_CLOCK})?"
    rf"|(?P<su>天天|日日|夜夜))"
)
REFERENCE = (
    r"(?<![体表实出呈展发浮显闪再重涌凸])(?P<ref>现在)"
    r"|(?<![走跑飞看说传拿送递混熬挺撑晕昏扑冲转移开爬游划跳赶绕迈踩])(?P<ref>过去)(?!了)"
    rf"|(?P<ref>{_alt(k for k in lx.REFERENCES if k not in lx.CLAUSE_INITIAL_REFERENCES and k not in ('现在', '过去'))})"
    rf"|(?:^|(?<=[，。；：、！？,;:\s“”\"（(]))(?P<ref>{_alt(lx.CLAUSE_INITIAL_REFERENCES)})"
)

_CORE_BRANCHES = (DATETIME, SET, _DECADE, DURATION, _DURATION_WORDS, REFERENCE)
CORE = "(?:" + "|".join(_CORE_BRANCHES) + ")"
PREFIX = r"(?P<pre>自从|自|从|截至|截止到|截止至|截止|到|直到|直至|大约|约)[ \t]{0,2}$"
WEEKDAY_ONLY = regex.compile(r"(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])")
_SUFFIX = (
    r"(?P<suf>以来|开始|为止|止(?![步于痛损])|至今|期间|小长假|长假|假期|黄金周|前后|左右|前夕|以前|之前|以后|之后"
    r"|起(?![草床飞来诉身步点航源因义到码色])|前(?![往来进去行身线台0-9一二三两四五六七八九十几])|后(?![来面续勤方台果者期]))"
)


def _phrase(core: str, second: str | None = None) -> str:
    second = core if second is None else second
    # 自5月26日起至29日止, 从2001年起至今: 起 may stand before the separator of a range
    return (rf"(?P<c1>{core})(?:{S}(?:起{S})?(?P<sep>{SEP}){S}(?P<c2>{second}))?"
            rf"(?:{S}(?:起{S}(?=至今))?{_SUFFIX})?")


PHRASE = _phrase(CORE)
"""The grammar of one phrase: an expression, an optional second end, an optional suffix."""


def _char_class(chars: str) -> str:
    return "".join("\\" + c if c in "-]\\^[" else c for c in chars)


Prefilter = tuple[tuple[str, str], ...]
"""Pairs (first characters, characters that may follow them) that can open a phrase."""


def _prefilter() -> Prefilter:
    import json
    from importlib import resources

    data = resources.files("timeline.data").joinpath("prefilter.json").read_text("utf-8")
    return tuple((first, second) for first, second in json.loads(data)["openings"])


def compute_prefilter() -> Prefilter:
    """Which two-character openings a phrase can have, grouped by first characters that
    allow the same followers.

    Found by asking the phrase pattern itself (a partial match), so they cannot drift
    from the grammar; ``scripts/gen_prefilter.py`` stores them, a test checks they are current.
    """
    raw = regex.compile(PHRASE, regex.V0)
    alphabet = sorted(set(PHRASE) | set("0123456789 \t"))
    groups: dict[str, list[str]] = {}
    for a in alphabet:
        if raw.match(a, partial=True):
            follow = "".join(b for b in alphabet if raw.match(a + b, partial=True))
            if follow:  # a first character no second one can follow opens nothing (黎明 alone)
                groups.setdefault(follow, []).append(a)
    return tuple(sorted(("".join(firsts), follow) for follow, firsts in groups.items()))


def _guarded(branches: Iterable[str], alphabet: str) -> str:
    """An alternation whose branches are each skipped with one set look-up when they cannot
    start at the current character (the regex engine would otherwise try each in full)."""
    out = []
    for branch in branches:
        pattern = regex.compile(branch, regex.V0)
        first = "".join(c for c in alphabet if pattern.match(c, partial=True))
        out.append(rf"(?=[{_char_class(first)}])(?:{branch})")
    return "(?:" + "|".join(out) + ")"


@lru_cache(maxsize=1)
def _guarded_core() -> str:
    alphabet = "".join(sorted(set(PHRASE) | set("0123456789 \t")))
    datetime_ = _datetime(_guarded(_DATEPART_BRANCHES, alphabet))
    return _guarded((datetime_, *_CORE_BRANCHES[1:]), alphabet)


def _for_stdlib(pattern: str) -> str:
    """``pattern`` for the standard library's engine, which runs this grammar three to four
    times faster than ``regex``: a name used by several groups (``regex`` allows it) becomes
    ``name__2``, ``name__3`` …, and a back-reference points at the latest group of its name."""
    seen: dict[str, int] = {}
    latest: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return f"(?P={latest[m.group(2)]})"
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        latest[name] = name if seen[name] == 1 else f"{name}__{seen[name]}"
        return f"(?P<{latest[name]}>"

    return re.sub(r"\(\?P<(\w+)>|\(\?P=(\w+)\)", rename, pattern)


@lru_cache(maxsize=1)
def scanner() -> re.Pattern[str]:
    """The compiled scanner over normalized text (see ``timeline.text.normalize``).

    The same language as ``PHRASE``, compiled for speed on first use (not at import): a
    two-character lookahead rejects most positions, and each branch is guarded by the set
    of characters it can start with. ``named_groups`` reads a match.
    """
    pairs = _prefilter()
    first = "".join(sorted({c for f, _ in pairs for c in f}))
    second = "".join(sorted({c for _, t in pairs for c in t}))
    exact = "|".join(f"[{_char_class(f)}][{_char_class(t)}]" for f, t in pairs)
    # a cheap two-set test at every position, the exact openings only where it passes
    return re.compile(_for_stdlib(
        rf"(?=[{_char_class(first)}][{_char_class(second)}])(?=(?:{exact}))"
        rf"(?:{_phrase(_guarded_core(), _uncaptured(_guarded_core()))})"
    ))


def _uncaptured(pattern: str) -> str:
    """``pattern`` without its named groups, but those a back-reference needs: the second end
    of a range is re-read with ``core_re``, and fewer groups make every match cheaper."""
    referenced = set(re.findall(r"\(\?P=(\w+)\)", pattern))
    return re.sub(r"\(\?P<(\w+)>",
                  lambda m: m.group(0) if m.group(1) in referenced else "(?:", pattern)


@lru_cache(maxsize=1)
def core_re() -> re.Pattern[str]:
    """One expression alone, to re-read each end of a range."""
    return re.compile(_for_stdlib(_guarded_core()))


def __getattr__(name: str) -> re.Pattern[str]:
    # SCANNER and CORE_RE as attributes, compiled lazily (benchmarks use them)
    if name == "SCANNER":
        return scanner()
    if name == "CORE_RE":
        return core_re()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PREFIX_RE = regex.compile(PREFIX, regex.V0)


# --- reading a match ------------------------------------------------------------------

_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0}


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Read an Arabic or Chinese numeral: '12', '1.5', '二〇二〇', '二十八', '廿八', '两'.

    >>> parse_number("廿八"), parse_number("二〇二〇"), parse_number("千")
    (28.0, 2020.0, 1000.0)
    """
    if not text:
        return None
    if text[0].isascii():
        scale = {"万": 10_000.0, "千": 1000.0}.get(text[-1], 1.0)  # 2万, 1.5千
        try:
            return float(text[:-1] if scale != 1.0 else text) * scale
        except ValueError:
            return None
    if len(text) >= 2 and all(c in _CN_DIGIT_VALUE and c != "两" for c in text):
        # digit by digit, as years are written (二〇二〇)
        return float("".join(str(_CN_DIGIT_VALUE[c]) for c in text))
    text = (text.replace("廿", "二十").replace("卅", "三十").replace("两", "二")
            .replace("俩", "二").replace("仨", "三"))
    if text[0] in "十百千万":
        text = "一" + text
    import cn2an  # imported here: it is slow to import and only numerals need it

    try:
        return float(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError, TypeError):
        return None


_NAMES: dict[str, tuple[str, ...]] = {}


def _names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Each group's name as the grammar wrote it ('' for unnamed groups). Keyed by the
    pattern's text, whose hash Python keeps (hashing a compiled pattern walks its program)."""
    names = _NAMES.get(pattern.pattern)
    if names is None:
        found = [""] * pattern.groups
        for name, index in pattern.groupindex.items():
            found[index - 1] = name.split("__")[0]
        names = _NAMES[pattern.pattern] = tuple(found)
    return names


def named_groups(m: re.Match[str]) -> dict[str, str]:
    """The named groups that took part in the match; of groups sharing a name, the last."""
    groups = m.groups()
    names = _names(m.re)
    # the indices of the groups that matched (a C loop), then only those: most are None
    found = {names[i]: groups[i] for i in compress(range(len(names)), groups)}  # last wins
    found.pop("", None)
    return found
