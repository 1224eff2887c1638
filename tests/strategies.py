"""Hypothesis strategies: arbitrary text, and text dense with the grammar's own pieces."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    "2020年", "1月", "30日", "下午", "3点", "半", "自", "起", "至", "到", "以来", "截至", "为止",
    "次日", "当天", "前天", "每天", "每周一", "春节", "期间", "腊月", "二十八", "廿八", "农历",
    "正月", "初一", "上旬", "月底", "年初", "新年伊始", "近日", "目前", "当前", "下一步", "3天",
    "后", "前", "个月", "多", "余", "两", "周三", "星期", "(", "（", "）", "，", "。", " ",
    "19号", "号楼", "第3次", "010-63971479", "十一", "点", "时", "分", "许", "左右", "-", "—",
    "～", "１", "２０", "臘月", "週", "後天", "二〇二〇", "年代", "世纪", "季度", "上半年",
    "立春", "清明", "2020-02-26", "09:06", "3:26", "今年", "明年", "去年", "本周", "周末",
]

grammar_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
any_text = st.text(max_size=300)
mixed_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map(
    "".join
)
dcts = st.one_of(
    st.none(),
    st.datetimes(min_value=__import__("datetime").datetime(1902, 1, 1),
                 max_value=__import__("datetime").datetime(2098, 12, 31)),
)
policies = st.sampled_from(["past", "future", "nearest"])
