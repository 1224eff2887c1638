"""Word tables of the event layer. The event words and their types live in
``data/event_words.tsv``; the short closed lists below steer predicates and arguments."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

WordClass = Literal["verb", "noun", "support", "light", "statement"]


@lru_cache(maxsize=1)
def event_words() -> dict[str, tuple[str, WordClass]]:
    """word -> (event type, word class), from ``data/event_words.tsv``."""
    data = resources.files("timeline.data").joinpath("event_words.tsv").read_text("utf-8")
    table: dict[str, tuple[str, WordClass]] = {}
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        word, kind, cls = line.split("\t")
        assert cls in ("verb", "noun", "support", "light", "statement"), line
        table[word] = (kind, cls)  # type: ignore[assignment]
    return table


@lru_cache(maxsize=1)
def modifiers() -> frozenset[str]:
    """Words People's Daily tags adverb or adjective in most uses (``data/modifiers.tsv``):
    the tagger calls some of them nouns (依法, 坦率), and no subject ends in one."""
    data = resources.files("timeline.data").joinpath("modifiers.tsv").read_text("utf-8")
    return frozenset(w for w in data.splitlines() if w and not w.startswith("#"))


MIN_VERB_SHARE = 0.3  # of a word outside the event table, to be a predicate

# Verbs that never make an event: copulas, modals, aspect and direction words, and the
# abstract verbs of policy language (加强, 推进, 确保) that report no dated action.
NOT_EVENT_VERBS = frozenset((
    "是", "有", "为", "成为", "作为", "属于", "叫", "叫做", "称为", "要", "想", "能", "能够",
    "是否", "将会", "旨在", "意在", "以期", "力求",
    "遭",  # the passive's marker (遭警员制服): the act is the verb after it
    # a belief, a boundary, a ranking, a use or a remainder: no act of the day
    "相信", "直到", "定于", "值得", "不愿", "位居", "构成", "剩余", "呈", "用于", "理解", "符合",
    "援引", "问及", "問及", "期满", "期滿",
    "会", "可", "可以", "可能", "应", "应该", "应当", "需", "需要", "必须", "得", "让", "使",
    "令", "请", "据", "来", "去", "起来", "下去", "出来", "进来", "上来", "过来", "下来", "上去",
    "回来", "过去", "开来", "起", "看", "看到", "觉得", "知道", "希望", "继续", "开始", "包括",
    "涉及", "根据", "按照", "依照", "经过", "随着", "加强", "提高", "确保", "做好", "坚持",
    "推进", "落实", "实现", "保持", "加快", "增强", "发挥", "提供", "深入", "全力", "相关",
    "一致", "统一", "共同", "合作", "发展", "管理", "服务", "工作", "防控", "保障", "力争",
    "争取", "努力", "积极", "严格", "认真", "切实", "做到", "推动", "促进", "完善", "健全",
    "优化", "提升", "强化", "深化", "扩大", "巩固", "贯彻", "注重", "重视",
    "关注", "支持", "帮助", "鼓励", "引导", "带动", "面对", "面临", "进一步", "不断", "持续",
    "显示", "表现", "体现", "存在", "具有", "拥有", "没有", "等", "等于", "达到", "达", "超过",
    "约", "占", "共有", "高达", "低于", "多于", "不到", "不足", "位于", "处于", "来自", "在",
    "到", "给", "用", "以", "受到", "得到", "遭到", "获知", "带来", "形成", "出现", "属", "成",
    "当", "做", "搞", "干", "弄", "打", "有关", "所", "对", "于", "将", "被", "把", "由", "从",
    "向", "往", "跟", "同", "与", "和", "及", "不要", "别", "不能", "不会", "无法", "难以",
    "未能", "应对", "针对", "围绕", "立足", "聚焦", "确立", "视为", "所谓", "拟", "计划", "准备",
    "打算", "预计", "取得", "这是", "还有", "另有", "还会", "据悉", "估计", "负责", "截至",
    "截止", "防止", "受", "无", "震中", "震感", "预定", "有待", "仍待",
    "有助于", "涉嫌", "充裕", "不变", "类似", "完毕", "邻近", "临近", "兼", "未有",
    "与会", "实到", "应到", "未遂", "累计", "输入", "在场", "涉案", "涉事", "上班", "上课",
    "怀疑", "姓", "加上", "备受", "疑似", "介乎", "名为",
    "称之为", "只有", "也有", "都有", "就是", "即是", "为止", "应予",
    # states and descriptions, never annotated as events on CEC nor on our reports
    "居住", "在读", "就读", "名叫", "变得", "原有", "内有", "已有", "期望", "身着", "耸立",
    "不知", "利用", "健谈", "善谈", "隶属", "依据", "遵照", "驻",  # 驻某国大使: a post
    "中有", "其中有",  # 住户中有一名老人: the tagger's 中有, a state
    "合格", "不合格", "涉",  # 不合格10批次, 涉3家调料店: a result, what it concerns
))

# The source or rule an act follows (根据群众举报, 按照要求): what it names is no event, and
# no subject.
ACCORDING = frozenset(("根据", "依据", "按照", "依照", "遵照"))

# After any verb, these make it a modifier: a body named by its duty (处置部门, 检验机构;
# not 工作组: 派出工作组 sends one).
BODY_HEADS = frozenset(("部门", "单位", "机构", "中心", "小组"))

# A duty before the people or things that do it names them, however tagged (救援官兵,
# 巡逻民警, 救护人员, 抢险车辆); verbs that take people as objects (派出, 出动) are not among them.
DUTY_VERBS = frozenset(("救援", "搜救", "救护", "抢险", "执勤", "巡逻", "值班", "值守", "参战",
                        "施工", "维修", "抢修", "医疗", "养护", "抢险救灾", "救灾",
                        "防汛", "应急", "执法"))
CREW_HEADS = frozenset(("官兵", "民警", "战士", "干部", "消防员", "工人", "分队", "专家", "人员",
                        "队员", "队伍", "力量", "车辆", "指挥部", "工作组", "员"))

# Event types of things that happen to someone or something: nobody does them (相撞, 起火),
# and a noun after them names a property of the happening (起火原因, 死亡人数).
HAPPENING_TYPES = frozenset(("accident", "fire", "disaster", "casualty", "incident"))

# Sent to hospital: a subject before them with no 将/把 between is the one sent (陳男送醫).
SENT_TO_HOSPITAL = frozenset(("送医", "送院", "送往医院", "送医院", "送医治疗", "送医救治"))
# Treatments whose subject, when it counts people or names the sick, is treated: 15人入院救治,
# 易某等3人送往医院, 伤者送医 (医护人员救治: the staff treat).
TREATMENTS = frozenset(("救治", "抢救", "送往", "送医", "送院", "送往医院", "送医院", "治疗",
                        "入院", "隔离", "手术", "留院治疗", "留院观察", "转院"))
PATIENT_WORDS = ("伤者", "伤员", "患者", "病人", "病患", "中毒者", "伤亡人员", "伤病员", "遇险者")

# A verb whose object is the doer of the verb after it (要求该女子出示…, 派民警前往…).
PIVOT_VERBS = frozenset(("要求", "让", "叫", "命令", "责令", "派", "派出", "组织", "安排", "指派",
                         "协助", "帮助", "请", "邀请", "动员", "指导", "督促", "带领", "率领",
                         "遭遇", "遭到", "遇到", "发现", "目击", "指令", "指示", "通知", "出动",
                         "调派", "调集", "派遣", "抽调", "调动", "召集", "调度"))

# Negation before a predicate (skipping adverbs): a negative event (火灾未造成人员伤亡).
NEGATIONS = ("尚未", "并未", "从未", "未曾", "未有", "未能", "无法", "不能", "没有", "并没有",
             "未", "没", "不", "无", "勿", "别")

# Before the doer of a passive or of a delegated action: 被警方带走, 由市长主持, 遭歹徒袭击.
AGENT_MARKERS = frozenset(("被", "由", "遭", "遭到", "受到", "经", "经过"))
# Prepositions whose noun phrase is no subject (到X调研, 对X进行检查, 与X会谈).
PREPOSITIONS = frozenset((
    "在", "于", "对", "向", "给", "为", "从", "自", "到", "至", "往", "把", "将", "与", "和",
    "同", "跟", "以", "就", "按", "按照", "根据", "依据", "通过", "对于", "关于", "针对", "围绕",
    "据", "随", "沿", "朝", "替", "除", "除了", "经", "自从", "截至", "连同", "为了", "为着",
    "和着", "同着", "因", "因为", "由于", "凭", "趁", "当",
))
# Co-verbs of an instrument or a means: like a preposition, their noun phrase is no
# subject (也利用堆高机直接进入 → the subject stands before 利用).
INSTRUMENT_VERBS = frozenset(("利用", "借助", "运用", "凭借", "依靠", "使用", "用"))
# Manner co-verbs: before another verb of their clause they say how it was done (乘坐公交车前往,
# 持刀闯入, 骑机车逃逸: only 前往, 闯入, 逃逸 are events).
MANNER_COVERBS = INSTRUMENT_VERBS | frozenset(("乘坐", "乘", "搭乘", "坐", "驾车", "驾驶", "开车",
                                               "骑", "骑乘", "骑车", "持", "手持", "持刀", "携",
                                               "携带", "带着", "通过"))
# How the reporter came to know (记者从警方获悉，…): they frame what follows, and are no event.
NEWS_GATHERING = frozenset(("获悉", "得知", "了解到", "获知"))
# Verbs of saying whose object clause has a subject of its own (警方指一名男子闯入…: the man).
SAYING_VERBS = frozenset(("指", "称", "说", "表示", "指出", "透露", "介绍", "证实", "声称", "宣称",
                          "据称", "获悉", "得知", "了解到"))
# Parts of the body that end a subject: the person they belong to is meant (该男子背部烧伤).
BODY_PARTS = frozenset(("头部", "背部", "面部", "脸部", "腿部", "手部", "脚部", "胸部", "腹部",
                        "颈部", "腰部", "手臂", "双腿", "双手"))
# Links inside one noun phrase.
NP_LINKS = frozenset(("的", "、", "和", "与", "及", "以及", "或", "暨", "之", "兼"))
# Determiners and pronouns that refer back to the last agent.
PRONOUNS = frozenset(("他", "她", "其", "他们", "她们", "该人", "此人", "对方"))
# Subjects that are no agent: the reporter of a byline, discourse words.
NOT_AGENTS = frozenset(("记者", "本报记者", "本报", "笔者", "我们", "我", "大家", "人们", "有人",
                        "这", "那", "此", "这些", "那些", "其中", "同时", "目前", "当时",
                        "事发", "据悉", "据了解", "另外", "此外", "其间",
                        "全部", "全体", "部分", "一并",  # 被全部送往: how many, not who
                        "社会"))

# An unnamed subject acts only when it names people or a body: its last character is one of
# these (民警, 患者, 双方, 医疗队, 当地政府), or it ends in one of the words below. Things and
# themes (卫星, 线路, 台风, 利率, 诈骗罪) are no agents: their events happen to them.
AGENT_END_CHARS = frozenset(
    "人员者方队警兵军局委厅部院所站组团会府司处科办署家长生工民众属师手客友官主商户校企行"
    "媒社台馆学士庭妇男女童孩")
AGENT_WORDS = ("消防", "领导", "驾驶", "司机", "公司", "集团", "机构", "当局", "政府", "法院",
               "检方", "警察", "医护", "妇女", "男子", "女子", "儿童", "老人", "孩子", "嫌犯",
               "嫌疑人", "官兵", "球队", "代表", "专家", "选手", "网友", "业主", "市民", "村民",
               "中心", "会议", "常务会议", "常委会", "董事会", "股东大会", "全会", "部门",
               "单位", "机场", "球迷", "粉丝", "观众", "姑娘", "游客", "乘客", "旅客", "群众",
               "病例",  # 该病例乘坐…前往: a case's movements in a tracing report
               "青年", "少年", "礼兵", "元首", "考生", "机关", "公安", "特警", "武警")
# After a named doer, words that keep it the doer (周国平一行, 陈某等人, 双方代表).
AFTER_AGENT = frozenset(("一行", "等人", "等", "一家", "夫妇", "本人", "自己", "亲自", "同志",
                         "先生", "女士", "一起", "一同", "共同", "分别", "再次", "已经", "首先"))
# Things whose last character would make them people or bodies (机组 ends like 工作组)
# Vehicles move, fly and land on their own: the subject of such an act is its agent
# (长征七号运载火箭点火升空, 返回舱着陆, 首班车开往).
VEHICLE_WORDS = ("火箭", "飞船", "返回舱", "卫星", "探测器", "着陆器", "组合体", "空间站",
                 "列车", "班车", "动车", "高铁", "航班", "客机", "飞机", "货机", "直升机", "客车",
                 "货车", "轿车", "汽车", "大巴", "车辆", "渔船", "货轮", "轮船", "舰", "台风",
                 "飛船", "衛星", "列車", "班車", "飛機", "貨車", "轎車", "汽車", "客車", "車輛",
                 "颱風", "貨輪")
VEHICLE_ACTS = frozenset(("movement", "land", "launch", "other"))
THING_WORDS = ("机组", "车组", "泵站", "站台", "全长", "总长", "身长", "增长", "延长", "成长")
# A meeting deliberates and decides, but is itself held: no agent of 召开/举行
MEETING_WORDS = ("会议", "常务会议", "常委会", "全会", "股东大会", "董事会会议", "论坛", "峰会")

# A clause that starts so reports a further action of the same subject (随后到南宁市调研).
SEQUENCE_STARTS = (
    "随后", "随即", "之后", "此后", "然后", "会后", "接着", "紧接着", "同日", "当天", "当日",
)
# Before a predicate in its clause, these announce an event for later (将于…召开, 拟…出台).
# 将 alone is often the object marker (将…转为…), so it counts only before these words.
PLAN_CUES = ("将于", "将在", "将要", "将会", "即将", "拟于", "拟", "计划", "准备", "预计", "定于",
             "有望", "力争", "打算", "下一步", "将继续", "将正式", "将全面", "将陆续", "将逐步",
             "将适时", "将尽快", "还将", "也将", "仍将", "将进一步", "将就")
# A cue is no cue when its first character ends another word: 随即/立即 + the disposal 将
# (随即将其抓获), 模拟/虚拟/草拟 (模拟演练). First character → the characters before it that do so.
PLAN_CUE_BLOCKERS = {"即": "随立当旋", "拟": "模虚草比"}

# Before a predicate in its clause, these words make it no fact: a need, a wish, a request, an
# ability or a purpose (需要支援, 希望进场旁听, 请做好防御, 不能进场, 以便核查).
IRREALIS_CUES = frozenset((
    "需要", "需", "希望", "请", "须", "必须", "应", "应当", "应该", "可以", "不能",
    "尚需", "仍需", "还需", "尚须", "仍须", "还须", "亟需", "亟须", "须经", "需经",
    "拒绝", "呼吁", "提醒", "建议", "切勿", "勿", "以便", "以免", "为了", "随时",
    "应予", "确保", "以确保",
    # a habit is no event of a day (平时喜欢看热闹, 经常到此钓鱼)
    "平时", "平日", "平常", "经常", "常常", "往往", "总是", "向来", "通常", "一向", "时常",
    "历来", "素来",
))
# Right before a predicate, these make it a charge or a suspicion, not a deed of the day
# (涉嫌破坏社会安宁而被带返: only 带返 happened).
CHARGE_CUES = frozenset(("涉嫌", "因涉嫌", "涉", "疑涉", "涉嫌参与", "被控", "被指"))
# A condition reaches over the rest of its sentence (如果出现不适，立即送往医院).
CONDITION_CUES = frozenset(("如果", "若", "倘若", "假如", "一旦", "万一", "如若", "要是", "只要",
                            "每当", "每逢"))
# A purpose or a hope reaches over the rest of its sentence as well (此访旨在推进…，深化…，
# 推动…: what the visit is for, not what it did).
PURPOSE_CUES = frozenset(("旨在", "意在", "目的是", "目的在于", "以期", "力求", "希望通过",
                          "期待", "期望", "期盼"))
# An exhortation reaches over the rest of its sentence too (要深入学习…，认真落实…，坚决
# 稳住…: what is to be done, not what was done); 要 alone, as its own word, near the start
# of its clause.
EXHORTATION_CUES = frozenset(("要", "务必", "一定要", "必须要", "更要", "还要", "也要", "都要",
                              "尤其要", "特别要"))
# After an order and its colon, the rest of the sentence is what was ordered, not done
# (下达命令：马上疏散…; 会议要求：各地要…).
ORDER_CUES = ("命令：", "命令:", "指令：", "指令:", "要求：", "要求:", "指示：", "指示:",
              "责令：", "下令：")

# Set phrases built on event words that report no event.
NOT_TRIGGERS = (
    "发布时间", "发稿时间", "更新时间", "发表时间", "发表于", "发布日期", "发稿日期",
    "更新日期",  # a page's meta line
    "剥夺政治权利",  # a penalty's name (判处…，剥夺政治权利终身), no act of its own
    "值得一提的是", "值得注意的是", "报警人", "举报人",  # a discourse phrase; the caller
    "驾驶人", "驾驶员", "乘车人", "駕駛人",  # the driver, the passenger: people, no act
    "表决结果", "票同意", "票反对", "票弃权",  # a board's tally (9票同意，0票弃权): counts
    "开展工作", "通过率", "组织部", "组织优势", "建设性", "发生率", "通报批评", "可通过",
    "排查管控组", "督查组", "改扩建区域", "党组织", "群团组织", "部署要求", "决策部署",
    "改革开放", "对外开放", "现代化建设", "文明建设", "经济建设", "国防建设", "军队建设",
    "社会主义建设", "党的建设", "思想建设", "组织建设", "作风建设", "制度建设", "队伍建设",
    "法制建设", "民主建设", "发生变化", "发生了变化", "发生了很大变化", "发生了巨大变化",
    "发生了深刻变化", "发生了根本性变化", "发生了可喜变化", "北京时间",
    "应急响应", "應急響應",  # the name of a level of alert (启动…应急响应: 启动 acts)
)
