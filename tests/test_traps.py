"""Things that look like times but are not (CONVENTIONS.md, "Not times").

Each row embeds a trap in a sentence; ``find_times`` must return no mention overlapping the
trap. Mixed rows put a real time next to a trap: the real time must still be found, with the
right value. The DCT is 2020-02-26 unless a row says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from timeline import parse_time
from timeline.models import TimeMention

from .test_conventions import (
    DCT,
    D,
    Dur,
    Expect,
    Ref,
    T,
    check,
    day,
    find,
    hour,
    span,
    the_one_containing,
    want,
)


def overlapping(mentions: list[TimeMention], start: int, end: int) -> list[str]:
    """Texts of the mentions that share at least one character with ``[start, end)``."""
    return [m.text for m in mentions if m.start < end and start < m.end]


def trap_span(text: str, trap: str) -> tuple[int, int]:
    """Where the (unique) trap stands in the text."""
    assert text.count(trap) == 1, f"trap {trap!r} must occur once in {text!r}"
    start = text.index(trap)
    return start, start + len(trap)


def X(text: str, trap: str, id: str, *, dct: Any = DCT) -> Any:
    """One trap row: (text, trap, dct)."""
    return pytest.param(text, trap, dct, id=id)


# --------------------------------------------------------------------------------------------
# Pure traps: no time mention may touch them
# --------------------------------------------------------------------------------------------

TRAPS = [
    # house numbers, buildings, lines, documents
    X("救援队连夜赶往邕武路19号的小区。", "19号", "house-number-yongwu"),
    X("确诊患者曾到过3号楼。", "3号楼", "building-3"),
    X("请到行政中心5号楼二层办理。", "5号楼", "building-5"),
    X("农贸市场位于建设路88号。", "88号", "house-number-88"),
    X("医院位于青秀区民族大道125号。", "125号", "house-number-125"),
    X("他家住在人民路二十号院。", "二十号", "zh-house-number"),
    X("地铁2号线部分站点暂停运营。", "2号线", "metro-line"),
    X("地铁十一号线开通试运行。", "十一号线", "metro-line-11"),
    X("市民可到7号窗口领取证件。", "7号窗口", "window-7"),
    X("他穿着23号球衣上场。", "23号", "jersey"),
    X("省里印发了1号文件。", "1号文件", "document-1"),
    X("病人被转入12号病房。", "12号", "ward-12"),
    X("北门外的31号商铺已经关闭。", "31号", "shop-31"),
    # counts and ordinals
    X("报名人数已突破5800余人。", "5800余人", "count-yuren"),
    X("这是该厂第3次接受抽检。", "第3次", "ordinal-ci"),
    X("委员会召开第十一次全体会议。", "第十一次", "ordinal-shiyi-ci"),
    X("全区共排查33个居民小区。", "33个", "count-ge"),
    X("共有54项服务事项可以网上办理。", "54项", "count-xiang"),
    X("专班下设 4 个工作组。", "4 个工作组", "count-spaced"),
    X("这条消息获得3386次浏览。", "3386次浏览", "count-views"),
    X("全县累计出动车辆120台次。", "120台次", "count-taici"),
    X("本次共发放口罩2万只。", "2万只", "count-wan"),
    X("三十个村全部完成消杀。", "三十个", "zh-count-30"),
    X("全市共组织了15场培训。", "15场", "count-chang"),
    X("第二十七届运动会顺利闭幕。", "第二十七届", "ordinal-jie"),
    X("他是第一批支援队员。", "第一批", "ordinal-pi"),
    X("已有28人治愈出院。", "28人", "count-people"),
    X("全市共有12家企业获得补贴。", "12家", "count-jia"),
    X("30名医护人员驰援一线。", "30名", "count-ming"),
    X("该市排名第5位。", "第5位", "ordinal-wei"),
    X("3年级学生暂缓返校。", "3年级", "grade-nian"),
    X("年满20周岁的居民可以报名。", "20周岁", "age-zhou"),
    X("全市十一个县区全部启动应急预案。", "十一个", "shiyi-ge"),
    # levels
    X("省里启动了重大突发公共卫生事件I级响应。", "I级响应", "level-roman"),
    X("该省已启动一级响应。", "一级响应", "level-zh"),
    X("该街道被列为二级风险区。", "二级", "level-risk"),
    X("沿海将出现8级大风。", "8级", "level-wind"),
    X("当地发生6.2级地震。", "6.2级", "level-quake"),
    # phone numbers
    X("如有疑问请致电010-63971479。", "010-63971479", "phone-beijing"),
    X("服务热线为0771-5512345。", "0771-5512345", "phone-nanning"),
    X("市民可拨打12345政务服务热线。", "12345", "hotline"),
    X("联系人手机号为13907710123。", "13907710123", "mobile"),
    X("紧急情况请拨打120急救电话。", "120", "emergency"),
    # percentages
    X("全市复工率已达35%。", "35%", "percent"),
    X("销售额同比增长12.5%。", "12.5%", "percent-decimal"),
    X("线上业务占比超过百分之三十。", "百分之三十", "percent-zh"),
    X("客流量下降３５％。", "３５％", "percent-fullwidth"),
    X("失业率下降了3.2个百分点。", "3.2个百分点", "percentage-points"),
    # versions
    X("系统已升级到3.2.1版。", "3.2.1", "version"),
    X("新版App 2.0上线。", "2.0", "version-2"),
    X("客户端已更新至V5.1.3。", "V5.1.3", "version-v"),
    X("运行环境为Python 3.10。", "3.10", "version-looks-like-date"),
    # money
    X("每人可领取补助200元。", "200元", "money"),
    X("该项目总投资1.5亿元。", "1.5亿元", "money-yi"),
    X("违规商户被罚款5000元。", "5000元", "money-fine"),
    X("员工自发捐款3.8万元。", "3.8万元", "money-wan"),
    X("口罩单价为12.30元。", "12.30元", "money-looks-like-date"),
    # slogans
    X("机关党委着力开展“十个一”活动。", "十个一", "slogan-shigeyi"),
    X("各支部认真落实“三个一”要求。", "三个一", "slogan-sangeyi"),
    X("要做到“两个维护”。", "两个维护", "slogan-lianggeweihu"),
    # words that merely contain time characters
    X("接到通知后，工作人员第一时间赶到现场。", "第一时间", "diyishijian"),
    X("在抓好防控的同时，企业有序恢复生产。", "同时", "tongshi"),
    X("发现异常情况要及时上报。", "及时", "jishi"),
    X("群众可随时拨打热线反映问题。", "随时", "suishi"),
    X("消息传开，一时间议论纷纷。", "一时间", "yishijian"),
    X("我们要时刻保持警惕。", "时刻", "shike"),
    X("当时现场秩序井然。", "当时", "dangshi"),
    X("这项工作十分重要。", "十分", "shifen"),
    X("他早已做好返岗准备。", "早已", "zaoyi"),
    X("时间紧迫，任务繁重。", "时间", "shijian"),
    X("灾民被安置在临时安置点。", "临时", "linshi"),
    X("各单位要按时报送材料。", "按时", "anshi"),
    # 起 as a classifier
    X("该路段共发生3起交通事故。", "3起", "qi-classifier"),
    X("这样的事故还会有多少起？", "多少起", "duoshaoqi"),
    X("警方查处两起违规案件。", "两起", "liangqi"),
    X("仓库发生一起火灾。", "一起", "yiqi"),
    X("全市共查处违规案件十起。", "十起", "shiqi"),
    # decimals that look like clocks
    X("当地平均气温为二十七点三摄氏度。", "二十七点三", "decimal-27-3"),
    X("患者体温三十七点二度。", "三十七点二", "decimal-37-2"),
    X("选手最终得分为二十五点四分。", "二十五点四分", "decimal-score"),
    # digits inside longer numbers, codes and identifiers
    X("身份证号码为440106172612345678的人员已登记。", "440106172612345678", "id-card"),
    X("订单号20200126001的货物已签收。", "20200126001", "order-number-with-date"),
    X("该批次编号为2019001。", "2019001", "serial"),
    X("车牌号为桂A12345的货车已放行。", "A12345", "plate"),
    X("统一社会信用代码为91450100MA5KX。", "91450100MA5KX", "credit-code"),
    X("备案号2020012345已公示。", "2020012345", "filing-number"),
]


@pytest.mark.parametrize("text,trap,dct", TRAPS)
def test_trap_is_not_a_time(text: str, trap: str, dct: Any) -> None:
    start, end = trap_span(text, trap)
    mentions = find(text, dct)
    assert not overlapping(mentions, start, end), [(m.text, m.time.value) for m in mentions]


# The same traps handed to parse_time alone: the whole string is not a time expression.
PARSE_NONE = [
    pytest.param(s, id=i)
    for s, i in [
        ("3号楼", "building"),
        ("5800余人", "count"),
        ("第3次", "ordinal"),
        ("33个", "count-ge"),
        ("54项", "count-xiang"),
        ("I级响应", "level"),
        ("010-63971479", "phone"),
        ("35%", "percent"),
        ("3.2.1", "version"),
        ("200元", "money"),
        ("十个一", "slogan"),
        ("第一时间", "diyishijian"),
        ("同时", "tongshi"),
        ("及时", "jishi"),
        ("随时", "suishi"),
        ("一时间", "yishijian"),
        ("时刻", "shike"),
        ("十分", "shifen"),
        ("早已", "zaoyi"),
        ("3起", "qi-classifier"),
        ("十一个", "shiyi-ge"),
        ("二十七点三", "decimal"),
        ("4401061726", "long-number"),
    ]
]


@pytest.mark.parametrize("text", PARSE_NONE)
def test_parse_time_rejects_trap(text: str) -> None:
    tv = parse_time(text, dct=DCT)
    assert tv is None, f"{text!r} parsed as {tv!r}"


# --------------------------------------------------------------------------------------------
# Mixed: a real time next to a trap
# --------------------------------------------------------------------------------------------


def M(text: str, trap: str, needle: str, exp: Expect, id: str, *, dct: Any = DCT) -> Any:
    """One mixed row: (text, trap, dct, needle of the real time, expected)."""
    return pytest.param(text, trap, dct, needle, exp, id=id)


MIXED = [
    M(
        "2月3日上午，工作人员对3号楼进行了消杀。",
        "3号楼",
        "2月3日上午",
        want("TIME", "2020-02-03TMO"),
        "pod-and-building",
    ),
    M("1月30日，全市共有5800余人参加志愿服务。", "5800余人", "1月30日", D("2020-01-30"), "count"),
    M(
        "截至2月25日，全县已检查33个农贸市场。",
        "33个",
        "2月25日",
        D("2020-02-25", span(None, "2020-02-26"), mod="ON_OR_BEFORE"),
        "until-and-count",
    ),
    M("2019年第5次常务会议研究了该事项。", "第5次", "2019", D("2019"), "year-and-ordinal"),
    M(
        "自1月29日起，市场管理处及时公布物价。",
        "及时",
        "1月29日",
        D("2020-01-29", span("2020-01-29", None), mod="ON_OR_AFTER"),
        "since-and-jishi",
    ),
    M(
        "2月10日下午，省里启动了I级响应。",
        "I级响应",
        "2月10日下午",
        want("TIME", "2020-02-10TAF"),
        "pod-and-level",
    ),
    M(
        "热线从3月1日起开通，号码为010-63971479。",
        "010-63971479",
        "3月1日",
        D("2020-03-01", mod="ON_OR_AFTER"),
        "since-and-phone",
    ),
    M("2月20日，全市复工率达到35%。", "35%", "2月20日", D("2020-02-20"), "date-and-percent"),
    M("1月27日，系统升级到3.2.1版本。", "3.2.1", "1月27日", D("2020-01-27"), "date-and-version"),
    M(
        "今年以来，每户补贴200元。",
        "200元",
        "今年",
        D("2020", span("2020-01-01", None)),
        "since-and-money",
    ),
    M(
        "2月1日，各社区开展“十个一”活动。",
        "十个一",
        "2月1日",
        D("2020-02-01", day("2020-02-01")),
        "date-and-slogan",
    ),
    M(
        "接到通知后，医疗队第一时间出发，于1月28日晚上抵达。",
        "第一时间",
        "1月28日晚上",
        want("TIME", "2020-01-28TEV"),
        "diyishijian-and-pod",
    ),
    M(
        "在做好防控的同时，2月17日企业陆续复工。",
        "同时",
        "2月17日",
        D("2020-02-17"),
        "tongshi-and-date",
    ),
    M("今年已发生3起交通事故。", "3起", "今年", D("2020"), "jinnian-and-qi"),
    M(
        "3月5日，当地平均气温为二十七点三摄氏度。",
        "二十七点三",
        "3月5日",
        D("2020-03-05"),
        "date-and-decimal",
    ),
    M(
        "2月3日，身份证号为440106172612345678的人员解除隔离。",
        "440106172612345678",
        "2月3日",
        D("2020-02-03"),
        "date-and-id-card",
    ),
    M(
        "1月30日晚上8点，邕武路19号的小区实行封闭管理。",
        "19号",
        "1月30日晚上8点",
        want("TIME", "2020-01-30T20:00", hour("2020-01-30 20:00")),
        "clock-and-house-number",
    ),
    M(
        "本月19号上午，他前往12号窗口办理业务。",
        "12号",
        "19号",
        want("TIME", "2020-02-19TMO"),
        "day-hao-and-window-hao",
    ),
    M("3月19号，新院区4号楼正式投用。", "4号楼", "3月19号", D("2020-03-19"), "hao-and-building"),
    M(
        "据2月18日的通报，当时有5名工作人员在场。",
        "当时",
        "2月18日",
        D("2020-02-18"),
        "date-and-dangshi",
    ),
    M(
        "截至2月26日，该文章已有3386次浏览。",
        "3386次浏览",
        "2月26日",
        D("2020-02-26", mod="ON_OR_BEFORE"),
        "until-and-views",
    ),
    M(
        "2020年3月1日，54项政务服务事项实现网上办理。",
        "54项",
        "2020年3月1日",
        D("2020-03-01", day("2020-03-01")),
        "full-date-and-count",
    ),
    M(
        "1月28日，4 个工作组分赴各地督查。",
        "4 个工作组",
        "1月28日",
        D("2020-01-28"),
        "spaced-count",
    ),
    M(
        "新版本3.2.1将于3月10日发布。",
        "3.2.1",
        "3月10日",
        D("2020-03-10", day("2020-03-10")),
        "version-then-date",
    ),
    M(
        "明天上午，客服中心随时受理群众咨询。",
        "随时",
        "明天上午",
        want("TIME", "2020-02-27TMO"),
        "mingtian-and-suishi",
    ),
    M(
        "救护车在十分钟内赶到，现场十分混乱。",
        "十分混乱",
        "十分钟",
        Dur("PT10M"),
        "shifenzhong-vs-shifen",
    ),
    M(
        "2月3日，全市已完成消杀，各项准备工作早已就绪。",
        "早已",
        "2月3日",
        D("2020-02-03"),
        "date-and-zaoyi",
    ),
    M(
        "订单号20200126001的货物于1月27日发出。",
        "20200126001",
        "1月27日",
        D("2020-01-27", day("2020-01-27")),
        "order-number-and-date",
    ),
    M(
        "上周复工率达到35%，本周有望超过五成。",
        "35%",
        "上周",
        D("2020-W08", span("2020-02-17", "2020-02-24")),
        "week-and-percent",
    ),
    M(
        "他于2019年获评第十一届优秀教师。",
        "第十一届",
        "2019",
        D("2019"),
        "year-and-shiyi-ordinal",
    ),
    M("2月5日，全县发生两起火灾。", "两起", "2月5日", D("2020-02-05"), "date-and-liangqi"),
    M(
        "近日，该小区3号楼出现一例确诊病例。",
        "3号楼",
        "近日",
        Ref("PAST_REF", mod="APPROX"),
        "jinri-and-building",
    ),
    M(
        "下一步，全市将开展“三个一”行动。",
        "三个一",
        "下一步",
        Ref("FUTURE_REF"),
        "xiayibu-and-slogan",
    ),
    M(
        "2月14日，全市十一个县区同步开展检查。",
        "十一个",
        "2月14日",
        D("2020-02-14"),
        "date-and-shiyi-ge",
    ),
    M(
        "2月21日下午3时，罚款5000元的决定送达当事人。",
        "5000元",
        "下午3时",
        want("TIME", "2020-02-21T15:00", hour("2020-02-21 15:00")),
        "clock-and-money",
    ),
    M(
        "2月12日，咨询电话0771-5512345开通。",
        "0771-5512345",
        "2月12日",
        D("2020-02-12"),
        "date-and-phone",
    ),
    M(
        "服务时间为每天上午9点，热线号码为12345。",
        "12345",
        "每天",
        want("SET", quant="EVERY"),
        "set-and-hotline",
    ),
]


@pytest.mark.parametrize("text,trap,dct,needle,exp", MIXED)
def test_real_time_next_to_trap(text: str, trap: str, dct: Any, needle: str, exp: Expect) -> None:
    start, end = trap_span(text, trap)
    mentions = find(text, dct)
    assert not overlapping(mentions, start, end), [(m.text, m.time.value) for m in mentions]
    m = the_one_containing(mentions, needle)
    check(m.time, exp, f"{text} [{m.text}]")


# --------------------------------------------------------------------------------------------
# 十一: National Day only in holiday contexts; 十一点 is a clock time
# --------------------------------------------------------------------------------------------

ELEVEN = [
    pytest.param(
        "会议一直开到十一点才结束。",
        "十一点",
        DCT,
        T("2020-02-26T11:00", hour("2020-02-26 11:00")),
        id="shiyidian-clock",
    ),
    pytest.param(
        "他昨天晚上十一点才离开办公室。",
        "十一点",
        DCT,
        T("2020-02-25T23:00", hour("2020-02-25 23:00")),
        id="wanshang-shiyidian",
    ),
    pytest.param(
        "十一期间，全市接待游客超过百万人次。",
        "十一期间",
        "2020-10-10",
        D("2020-10-01", span("2020-10-01", "2020-10-08")),
        id="shiyi-qijian",
    ),
    pytest.param(
        "十一黄金周，景区实行预约游览。",
        "十一",
        "2020-10-10",
        D("2020-10-01"),
        id="shiyi-huangjinzhou",
    ),
    pytest.param(
        "十一假期，高速公路车流量明显增加。",
        "十一",
        "2020-10-10",
        D("2020-10-01"),
        id="shiyi-jiaqi",
    ),
]


@pytest.mark.parametrize("text,needle,dct,exp", ELEVEN)
def test_shiyi(text: str, needle: str, dct: Any, exp: Expect) -> None:
    mentions = find(text, dct)
    m = the_one_containing(mentions, needle)
    check(m.time, exp, f"{text} [{m.text}]")


NOT_NATIONAL_DAY = [
    pytest.param("会议一直开到十一点才结束。", id="shiyidian"),
    pytest.param("全市十一个县区全部启动应急预案。", id="shiyige"),
    pytest.param("委员会召开第十一次全体会议。", id="di-shiyi-ci"),
    pytest.param("地铁十一号线开通试运行。", id="shiyi-haoxian"),
]


@pytest.mark.parametrize("text", NOT_NATIONAL_DAY)
def test_shiyi_outside_holiday_context_is_not_national_day(text: str) -> None:
    values = [m.time.value for m in find(text, "2020-10-10")]
    assert not any("10-01" in v for v in values), values
