"""Word tables of the actor grammar: organization heads, titles, speech verbs, stop words.

Region names and surnames are data files (``timeline/data/divisions.tsv``,
``surnames.tsv``) generated from maintained packages; these tables are the words a grammar
of Chinese officialdom needs on top of them.
"""

from __future__ import annotations

# The last word of an organization's name. Longest first is handled by the grammar.
ORG_HEADS = (
    "集团股份有限公司", "集团控股有限公司", "集团有限公司", "控股有限公司", "股份有限公司",
    "有限责任公司", "有限公司", "分公司", "子公司", "分行", "支行", "分院",
    "人民代表大会常务委员会", "人大常委会", "常委会", "人民政府", "委员会", "领导小组", "工作组",
    "工作领导小组", "指挥部", "办公室", "办公厅", "纪律检查委员会", "监察委员会", "党委", "纪委",
    "监委", "政府", "人民法院", "法院", "人民检察院", "检察院", "公安局", "公安厅", "医院",
    "卫生院", "中心", "研究院", "研究所", "设计院", "科学院", "学院", "大学", "中学", "小学",
    "学校", "协会", "学会", "商会", "联合会", "基金会", "公司", "集团", "银行", "交易所",
    "出版社", "报社", "电视台", "广播电台", "博物馆", "图书馆", "纪念馆", "管理处", "管委会",
    "厅", "局", "委", "部", "署", "总队", "支队", "大队", "中队", "救援站", "消防站", "派出所",
    "分局", "监狱", "海关",
)
# Heads that name a body only right after a national prefix (中国有色网, 中国有色金属报).
NATIONAL_ONLY_HEADS = ("网", "报", "社")
NATIONAL_PREFIXES = (
    "中华人民共和国", "中国共产党", "中共中央", "中共", "中国", "中华", "国家", "全国", "中央",
)

# Bodies known by a bare name, without any region or national prefix.
KNOWN_ORGS = (
    "党中央", "中共中央", "国务院", "全国人大", "全国人大常委会", "全国政协", "中央军委",
    "中央纪委", "国家监委", "最高人民法院", "最高人民检察院", "中央政府", "新华社",
    "人民日报社", "中央电视台", "中央广播电视总台", "国务院办公厅", "外交部", "国防部",
    "国家发展改革委", "国家发改委", "财政部", "商务部", "教育部", "科技部", "工业和信息化部",
    "公安部", "民政部", "司法部", "人力资源社会保障部", "自然资源部", "生态环境部",
    "住房城乡建设部", "交通运输部", "水利部", "农业农村部", "文化和旅游部", "国家卫生健康委",
    "国家卫健委", "应急管理部", "中国人民银行", "审计署", "海关总署", "国家市场监管总局",
    "国家统计局", "国家医保局", "国家林草局", "国家疾控局", "中国科学院", "中国工程院",
    "世界卫生组织", "联合国", "世卫组织", "国家防总", "国家防汛抗旱总指挥部", "长江防总",
    "中央网信办", "国家网信办", "国家航天局", "中国气象局", "中央气象台", "国家能源局",
    "国家外汇管理局", "证监会", "中国证监会", "银保监会", "国家金融监督管理总局",
    # Hong Kong, Macau and Taiwan bodies, written in simplified (the text is normalized)
    "香港特区政府", "特区政府", "澳门特区政府", "香港警方", "警务处", "消防处", "入境处",
    "卫生署", "卫生防护中心", "环境保护署", "环保署", "运输署", "运输及房屋局",
    "食物环境卫生署", "渔农自然护理署", "政府新闻处", "金管局", "香港金融管理局", "香港天文台",
    "廉政公署", "立法会", "行政会议", "行政院", "立法院", "监察院", "内政部", "卫福部",
    "中央气象署", "中央气象局", "食品药物管理署", "交通部公路局", "警政署", "消防署",
)

# Level words that stand for 'this document's region' (自治区人民政府 in a text about 广西).
LEVEL_WORDS = ("自治区", "省", "市", "县", "区", "州", "盟", "旗")
# What may follow a level word to make an organization of that region.
LEVEL_BODIES = (
    "人民政府", "政府", "党委", "纪委", "监委", "人大常委会", "人大", "政协", "委员会",
    "办公厅", "卫生健康委", "卫健委", "发展改革委", "发改委", "公安局", "应急管理局",
    "消防救援支队", "消防救援大队", "消防支队", "消防大队", "交警支队", "交警大队", "气象台",
    "教育局", "公安分局",
)

# Titles of people, longest first in the grammar. A title stands before or after a name.
TITLES = (
    "党组书记", "党组副书记", "党委书记", "党委副书记", "专职副书记", "纪委书记", "总书记",
    "副书记", "书记", "副主席", "主席", "副总理", "总理", "国务委员", "部长", "副部长", "厅长",
    "副厅长", "局长", "副局长", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长",
    "副区长", "主任", "副主任", "处长", "副处长", "科长", "院长", "副院长", "校长", "副校长",
    "所长", "站长", "队长", "组长", "副组长", "秘书长", "董事长", "总经理", "副总经理", "经理",
    "总裁", "首席执行官", "总工程师", "主任医师", "教授", "研究员", "新闻发言人", "发言人",
    "检察长", "庭长", "法官", "大使", "总统", "首相", "国王", "委员", "会长", "理事长",
    "支队长", "大队长", "中队长", "政委", "行长", "副行长", "副董事长", "监事长", "总监",
    "警长", "外长", "国务卿", "议长", "州长", "署长", "司长", "副司长", "团长", "主教练",
    "教练", "院士", "特首", "行政长官", "国家主席", "国家副主席",
)
# Words after a name that say it is a person speaking or acting.
PERSON_FOLLOWERS = (
    "介绍说", "介绍", "表示", "指出", "强调", "说", "认为", "透露", "称", "告诉", "主持", "要求",
    "出席", "参加", "一行", "同志", "等", "在", "对", "是", "的", "和", "与", "及", "为",
    "任", "担任", "获得", "来到", "带队", "率队", "讲话", "回答", "答", "会见", "宣布", "致辞",
    "发言", "解释", "说明", "建议", "提出", "发表", "签署", "带领", "率领", "陪同", "接受",
    "主持召开", "出任", "当选", "访问", "抵达", "到", "赴", "前往", "检查", "调研", "视察",
    "考察", "走访", "慰问", "部署", "召开", "督导", "巡查", "摄", "先生", "女士", "夫人",
    "赶往", "赶赴", "赶到", "指挥", "率", "向", "就", "也", "还", "已", "立即", "随即", "当即",
)
# Verbs of speaking and presiding: the name right before one is a person (江泽民指出).
SPEECH_VERBS = ("介绍说", "表示", "指出", "强调", "主持", "认为", "宣布", "透露", "告诉", "说")
# Bylines: 责任编辑：张三
BYLINES = ("责任编辑", "编辑", "记者", "通讯员", "摄影", "撰稿", "校对", "审核")

# Nouns with organization heads that are not organizations.
NOT_ORGS = (
    "党旗", "团旗", "国旗", "QQ群", "微信群", "朋友圈", "十个一", "四个意识", "四个自信",
    "两个维护", "中心城区", "市中心", "中心工作", "政府部门", "有关部门", "相关部门", "各部门",
)

# Generic words that name a kind of body, not one body: never actors on their own.
GENERIC_BODIES = (
    "部门", "单位", "机构", "政府", "局", "厅", "委", "部", "中心", "领导小组", "工作组", "小组",
    "办公室", "党委", "纪委", "医院", "公司", "集团", "银行", "大学", "学校", "机关",
)

# Where a name cannot start: words a name stands after (verbs and prepositions).
LEFT_STOPS = (
    "成立", "设立", "组建", "召开", "印发", "发布", "举行", "由", "在", "对", "向", "与", "和",
    "及", "是", "为", "将", "把", "经", "据", "被", "给", "从", "到", "同", "让", "使", "请",
    "负责", "联合", "会同", "组织", "派出", "所属", "下属", "下设", "隶属", "担任",
)

# Streets and buildings in an address: 南宁市邕武路19号
ADDRESS_STREETS = ("大道", "大街", "路", "街", "巷", "道", "胡同", "弄", "里")

# Surnames common today that the classical list lacks.
EXTRA_SURNAMES = ("肖", "付", "覃", "冼", "区", "麦", "农", "韦", "黎", "谭")

# Ordinary words that end in a one-character head (干部 is not a 部, 大厅 not a 厅).
NOT_HEADS = {
    "部": "干全内外局中南北东西头底顶腹胸背肢俱",
    "厅": "大客餐展舞",
    "局": "格布结大全时政骗开残",
    "委": "编",
    "署": "部签",
}
# Verbs that never stand inside an organization's name: a sub-unit chunk holding one is
# the start of a predicate (…局充分发挥…, …局进驻政务中心).
VERBS_IN_NAMES = (
    "发挥", "进驻", "推动", "开展", "召开", "印发", "提供", "成立", "负责", "实施", "做好",
    "加强", "全力", "迅速", "充分", "积极", "认真", "统筹", "坚持", "深入", "学习", "贯彻", "部署",
    "落实", "暂停", "办理", "完成", "主持", "表示", "要求", "制定", "发布", "启动", "参加",
    "出席", "举行", "通过", "决定", "确定", "改造", "扩建", "检查", "督促", "指导",
    "定点", "收治", "改为", "转为", "走访", "调研", "慰问", "看望", "视察", "考察", "探望",
    # movement: 被送往医院, 并前往医院 name no hospital
    "前往", "赶往", "送往", "送到", "送至", "赶到", "赶赴", "抵达", "到达", "来到", "返回",
    "进入", "离开", "转往", "转至", "转送", "送医",
)

# Heads distinctive enough to name an organization without a region or national prefix
# (清华大学, 复旦大学), when the name stands after punctuation or a function word.
BARE_HEADS = (
    "消防救援站", "消防救援大队", "消防救援支队", "消防中队", "消防大队", "派出所", "交警大队",
    "公安分局",
    "大学", "学院", "医院", "银行", "集团", "研究院", "研究所", "法院", "检察院", "协会",
    "基金会", "出版社", "报社", "电视台", "有限公司", "股份有限公司", "有限责任公司",
    "集团股份有限公司", "集团控股有限公司", "集团有限公司", "控股有限公司",
)
# Heads of venues, stations, roads and scenic areas: what ends in one is a place, even when
# an organization head (中心) is part of it (南宁市体育中心, 酒泉卫星发射中心).
VENUE_HEADS = (
    "体育中心", "会展中心", "展览中心", "会议中心", "发射中心", "体育馆", "体育场", "宾馆",
    "国宾馆", "大会堂", "大剧院", "剧院", "景区", "风景区", "大桥", "火车站", "高铁站", "机场",
    "国际机场", "广场", "公园", "公路", "高速公路", "码头", "港口", "客运站", "西站", "东站",
    "南站", "北站",
)
# Teams: a name then 队 (南宁远航队), unless the words before 队 make a kind of unit
# (医疗队, 消防中队, 国家队).
TEAM_NOT_BEFORE = (
    "医疗", "救援", "工作", "消防", "突击", "服务", "巡逻", "国家", "志愿", "考察", "调查",
    "专家", "护卫", "代表", "施工", "运输", "维修", "抢险", "搜救", "应急", "民兵", "护航",
    "执法", "防疫", "宣讲", "督导", "检查", "联防", "侦查", "刑侦", "特警", "交警", "防暴",
    "中", "大", "支", "小", "分", "总", "车", "梯", "排", "部", "军", "团", "乐", "舰", "联",
    "领", "带", "站", "入", "归", "整", "球", "舞", "编", "列", "插", "排", "车", "船",
)
# A bare name does not start with these (一所大学, 这家医院, 各银行).
BARE_NOT_START = (
    "一二三四五六七八九十两几多每各该这那此其某本我你他她它们全所家个座今昨明前去据由会当说并被送到往"
)

# A name a bare verb points at never ends in these (高兴地说, 他们的, 会议中, 此时说).
NOT_NAME_ENDS = frozenset("地的得们中时说摄都还也就又则却")

# Bodies named by a common noun that act in news (警方接报后…): actors when the word stands
# alone (消防 in 消防员 is no body).
GENERIC_ACTORS = frozenset((
    "警方", "消防", "消防处", "消防局", "消防队", "交警", "检方", "校方", "院方", "海关", "海警",
    "武警", "特警", "天文台", "气象台", "气象局", "卫生署", "警务处", "入境处", "海关总署",
))
# After a generic body, these make it people or things of that body (消防人员, 警方车辆)
MEMBER_WORDS = frozenset(("人员", "官兵", "队员", "战士", "指战员", "车", "车辆", "部门", "干警"))
# Words the tagger calls places that name no place in news (中华民族, 东方).
NOT_PLACES = frozenset((
    "中华", "华夏", "神州", "东方", "西方", "南方", "北方", "中原", "内地", "海内外", "国内",
    "国外", "境外", "境内", "全国", "各地", "当地", "本地", "外地", "异地", "两岸", "北京时间",
))
# A word after a name that makes it a street or a site (瑞宁路, 宛平南路, 莲塘口岸).
PLACE_SUFFIXES = frozenset((
    "路", "道", "街", "大道", "大街", "巷", "苑", "村", "镇", "站", "口岸", "机场", "码头", "广场",
    "公园", "大桥", "中路", "南路", "北路", "东路", "西路", "湖", "岛", "半岛", "水库", "隧道",
))
# The last character of a place name the model found, if the words are to bear it out.
PLACE_END_CHARS = frozenset("市省县区镇乡村州路道街巷苑岛湖江河山港湾站国")
