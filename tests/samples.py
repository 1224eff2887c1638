"""Short news texts shared by the batch tests (pipe, Dask): each exercises a different event."""

from __future__ import annotations

DCT = "2021-03-20"
NEWS = [
    "发布时间：2021-03-15 10:20\n\n3月12日上午，湖州市应急管理局召开安全生产工作会议。"
    "次日，该局印发检查方案。",
    "11月8日，青山县人民政府与星河公司签署合作协议。",
    "2019年10月9日，浙江省交通运输厅启动冬季道路养护专项行动。",
    "昨天下午，余杭区卫生健康委员会组织专家检查辖区医院。",
    "今年6月，南湖大学成立人工智能研究院，星河实验室随后发布年度报告。",
    "天气晴朗，适合出行。",  # no event at all
]
