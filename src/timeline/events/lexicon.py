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
)
