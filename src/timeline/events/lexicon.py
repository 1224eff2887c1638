"""Trigger words of events, by type. Longer triggers win over shorter ones they contain."""

from __future__ import annotations

# type -> trigger words (verbs and verb phrases as news writes them)
TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": ("主持召开", "召开", "举行", "举办", "主持", "会见", "会谈", "座谈"),
    "establish": ("成立", "设立", "组建", "挂牌", "揭牌", "下设"),
    "issue_document": ("印发", "下发", "出台", "颁布", "发出通知", "制定"),
    "launch": ("正式启动", "启动", "开工", "开通", "上线", "投入使用", "开业", "开幕"),
    "suspend": ("暂停", "停止", "关闭", "停运", "停工", "封控", "闭馆"),
    "resume": ("恢复", "复工", "复产", "重启", "解封", "开放"),
    "decide": ("确定", "决定", "批准", "同意", "通过", "部署"),
    "inspect": ("检查", "排查", "督查", "巡查", "核查", "调查", "摸排"),
    "campaign": ("开展", "组织", "发起", "号召", "推行", "推动"),
    "construction": ("改扩建", "改造", "扩建", "建设", "施工", "修建", "竣工"),
    "publish": ("发布", "公布", "通报", "披露", "报道"),
    "sign": ("签署", "签订", "签约"),
    "visit": ("视察", "考察", "调研", "走访", "慰问", "到访", "进驻"),
    "incident": ("发生", "爆发", "遭遇", "造成", "致使"),
}

# Words that look like triggers inside other words or fixed phrases and are not events.
NOT_TRIGGERS = (
    "开展工作", "通过率", "组织部", "组织优势", "建设性", "发生率", "通报批评", "可通过", "通过“",
    "排查管控组", "督查组", "建设设计", "改扩建工程建设", "改扩建区域", "党组织", "群团组织",
    "部署要求", "决策部署",
    # abstract programmes and set phrases built on trigger words: no dated action
    "改革开放", "对外开放", "现代化建设", "文明建设", "经济建设", "国防建设", "军队建设",
    "社会主义建设", "党的建设", "思想建设", "组织建设", "作风建设", "制度建设", "队伍建设",
    "法制建设", "民主建设", "发生变化", "发生了变化", "发生了很大变化", "发生了巨大变化",
    "发生了深刻变化", "发生了根本性变化", "发生了可喜变化",
)

# A clause that starts with one of these (after its time and leading adverbs) has a subject of
# its own that is no actor ('全市图书馆暂停开放'): it does not borrow the sentence's agent.
GENERIC_SUBJECTS = (
    "全市", "全区", "全省", "全县", "全国", "全镇", "全乡", "全校", "各地", "各级", "各类", "各",
    "所有", "广大", "许多", "不少", "部分", "一些", "有关", "相关", "其他", "其它", "这", "那",
    "此", "该", "人们", "群众", "市民", "居民", "村民", "学生", "家长", "企业", "商家", "游客",
    "大家", "我们", "他们", "她们", "双方", "各方",
)
# Words a clause may start with and still continue the sentence's subject.
CONTINUING_STARTS = (
    "并且", "并", "而且", "同时", "随后", "随即", "此后", "之后", "然后", "还", "也", "又",
    "再", "已经", "已", "正在", "正", "将", "要", "立即", "及时", "迅速", "一次", "又一次",
    "再次", "首次", "进一步", "全面", "认真", "积极", "继续", "共同", "专门", "正式", "分别",
    "先后", "相继", "陆续", "均", "都", "真正", "切实", "大力", "主动", "从而", "以",
)
# An adverb after a noun phrase marks that noun phrase as the clause's own subject
# ('冬运中心立即组建', '南非方面已同意').
SUBJECT_MARKERS = (
    "已经", "已", "正在", "都", "也", "将", "立即", "随即", "均", "仍", "没有", "未", "曾",
    "一直", "纷纷", "相继", "陆续", "共同", "分别", "开始",
)
# Prepositions and pronouns: a clause starting so has no new subject ('对全区工作进行部署',
# '于1月30日召开', '他同…会谈' refers back to the sentence's subject).
NO_NEW_SUBJECT = (
    "对", "向", "在", "于", "为", "按照", "根据", "围绕", "针对", "就", "与", "同", "跟", "把",
    "将", "通过", "从", "由", "经", "赴", "到", "给", "他", "她", "其", "我",
)
# A clause that starts so reports a further action of the same subject, not the purpose or
# manner of the one before ('…主持召开会议，随后到南宁市调研').
SEQUENCE_STARTS = (
    "随后", "随即", "之后", "此后", "然后", "会后", "接着", "紧接着", "同日", "当天", "当日",
)
# Before a trigger in its clause, these announce an event for later (将于…召开, 拟…出台).
# 将 alone is often the object marker (将…转为…), so it counts only before these words.
PLAN_CUES = ("将于", "将在", "将要", "将会", "即将", "拟于", "拟", "计划", "准备", "预计", "定于",
             "有望", "力争", "打算", "下一步", "将继续", "将正式", "将全面", "将陆续", "将逐步",
             "将适时", "将尽快")
