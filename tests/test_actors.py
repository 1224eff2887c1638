"""Actors: the seed article's organizations, people and places, other kinds of actors,
what must not be found, and user dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Actor, TimelineError, extract, find_actors, load_actor_dictionary

from .strategies import any_text, mixed_text

# kind, name, parent name, titles, org name, aliases (a subset that must be there)
SEED_ACTORS = [
    ("PERSON", "习近平", None, ("总书记",), None, ()),
    ("ORG", "党中央", None, (), None, ()),
    ("ORG", "广西自然资源厅", None, (), None, ()),
    ("ORG", "新型冠状病毒感染的肺炎疫情防控专项工作领导小组", None, (), None, ("领导小组",)),
    ("ORG", "广西林业局", None, (), None, ()),
    ("ORG", "广西海洋局", None, (), None, ()),
    ("ORG", "广西自然资源厅办公室", "广西自然资源厅", (), None, ()),
    ("PERSON", "陈建军", None, ("党组书记", "厅长"), "广西自然资源厅", ()),
    ("PERSON", "李克强", None, ("总理",), None, ()),
    ("ORG", "广西壮族自治区党委", None, (), None, ("自治区党委",)),
    ("ORG", "广西壮族自治区人民政府", None, (), None, ("自治区人民政府",)),
    ("ORG", "广西壮族自治区纪委", None, (), None, ("自治区纪委",)),
    ("ORG", "贵港市自然资源局", None, (), None, ()),
    ("ORG", "来宾市自然资源局", None, (), None, ()),
    ("ORG", "容县自然资源局", None, (), None, ()),
    ("ORG", "广西自然资源厅机关党委", "广西自然资源厅", (), None, ()),
    ("PERSON", "侯宪国", None, ("专职副书记",), "广西自然资源厅机关党委", ()),
    ("ORG", "广西自然资源厅自然资源确权登记局", "广西自然资源厅", (), None, ()),
    ("PERSON", "陈秀贵", None, ("局长",), "广西自然资源厅自然资源确权登记局", ()),
    ("ORG", "贵港市政务服务中心", None, (), None, ()),
    ("ORG", "梧州市不动产登记中心", None, (), None, ()),
    ("ORG", "梧州市自然资源局", None, (), None, ()),
    ("ORG", "广西人民医院", None, (), None, ()),
    ("ORG", "广西人民医院邕武医院", "广西人民医院", (), None, ("邕武医院",)),
    ("ORG", "南宁市自然资源信息中心", None, (), None, ()),
    ("ORG", "国务院", None, (), None, ()),
    ("PERSON", "张雪卉", None, (), None, ()),
    ("ORG", "中国有色网", None, (), None, ()),
    ("ORG", "中国有色金属报", None, (), None, ()),
    ("PLACE", "南宁市邕武路19号", None, (), None, ()),
    ("PLACE", "贵港市", None, (), None, ()),
    ("PLACE", "梧州市", None, (), None, ()),
]


@pytest.fixture(scope="module")
def seed_actors(seed_text: str) -> list[Actor]:
    return find_actors(seed_text)


def _by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


@pytest.mark.parametrize(
    ("kind", "name", "parent", "titles", "org", "aliases"), SEED_ACTORS,
    ids=[row[1] for row in SEED_ACTORS],
)
def test_seed_actor(seed_actors: list[Actor], kind: str, name: str, parent: str | None,
                    titles: tuple[str, ...], org: str | None, aliases: tuple[str, ...]) -> None:
    found = _by_name(seed_actors)
    assert name in found, sorted(found)
    a = found[name]
    assert a.kind.value == kind
    assert a.parent == (f"ORG:{parent}" if parent else None)
    assert a.titles == titles
    assert a.org == (f"ORG:{org}" if org else None)
    assert set(aliases) <= set(a.aliases)


def test_seed_actors_each_once_and_nothing_else(seed_actors: list[Actor]) -> None:
    ids = [a.id for a in seed_actors]
    assert len(ids) == len(set(ids))
    expected = {row[1] for row in SEED_ACTORS} | {"广西壮族自治区"}  # 广西 as a place
    assert {a.name for a in seed_actors} == expected


def test_seed_mentions_point_into_the_text(seed_text: str, seed_actors: list[Actor]) -> None:
    spans = []
    for a in seed_actors:
        for m in a.mentions:
            assert seed_text[m.start:m.end] == m.text
            spans.append((m.start, m.end, a))
    by_id = {a.id: a for a in seed_actors}
    for s1, e1, a1 in spans:
        for s2, e2, a2 in spans:
            if e1 - s1 > e2 - s2 and s1 < e2 and s2 < e1:
                # the only overlap allowed: a parent named inside its sub-unit's name
                assert s1 <= s2 and e2 <= e1 and a1.parent == a2.id, (a1.name, a2.name)
                assert by_id[a2.id].kind.value == "ORG"
            elif (s1, e1) == (s2, e2):
                assert a1 is a2


def test_seed_alias_mentions(seed_text: str, seed_actors: list[Actor]) -> None:
    hospital = _by_name(seed_actors)["广西人民医院邕武医院"]
    # the full name once, then the declared short name wherever the text uses it alone
    assert [m.text for m in hospital.mentions] == ["广西人民医院邕武医院", "邕武医院", "邕武医院"]


@pytest.mark.parametrize("word", ["党旗", "团旗", "QQ群", "十个一", "朋友圈", "领导小组"])
def test_seed_non_actors(seed_actors: list[Actor], word: str) -> None:
    assert word not in {a.name for a in seed_actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("北京市第一中级人民法院今天公开审理此案。",
                     [("ORG", "北京市第一中级人民法院")], id="court"),
        pytest.param("湖南省长沙市岳麓区人民检察院提起公诉。",
                     [("ORG", "湖南省长沙市岳麓区人民检察院")], id="procuratorate"),
        pytest.param("阿里巴巴集团控股有限公司（简称阿里巴巴）发布财报。",
                     [("ORG", "阿里巴巴集团控股有限公司")], id="company-declared-alias"),
        pytest.param("清华大学、北京大学和复旦大学发布校历。",
                     [("ORG", "清华大学"), ("ORG", "北京大学"), ("ORG", "复旦大学")],
                     id="universities"),
        pytest.param("教育部、国家卫生健康委员会联合印发通知。",
                     [("ORG", "教育部"), ("ORG", "国家卫生健康委员会")], id="ministries"),
        pytest.param("中国工商银行深圳分行签署协议。",
                     [("ORG", "中国工商银行"), ("ORG", "中国工商银行深圳分行")], id="bank-branch"),
        pytest.param("浙江省人民政府办公厅印发意见。省委书记李强在杭州市主持会议。",
                     [("ORG", "浙江省人民政府"), ("ORG", "浙江省人民政府办公厅"),
                      ("ORG", "浙江省委"), ("PERSON", "李强"), ("PLACE", "杭州市")],
                     id="province-level-bodies"),
        pytest.param("廣東省衛生健康委員會今天發布通報，副主任張偉表示…",
                     [("ORG", "廣東省衛生健康委員會"), ("PERSON", "張偉")], id="traditional"),
        pytest.param("记者 王晓明 报道：会议今天召开。", [("PERSON", "王晓明")], id="byline"),
    ],
)
def test_other_actors(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind.value, a.name) for a in find_actors(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("各级政府部门要高度重视，有关部门负责落实。", id="generic-bodies"),
        pytest.param("党旗飘扬，十个一活动在QQ群和朋友圈里开展。", id="slogans-and-chats"),
        pytest.param("他考上了一所大学，这家医院很好。", id="counted-nouns"),
        pytest.param("广大党员干部积极行动起来。", id="cadres-are-no-department"),
        pytest.param("各位来宾，欢迎光临。", id="guests-are-no-city"),
        pytest.param("台风已致机场多个航班取消。", id="an-adverb-opens-no-venue"),
        pytest.param("林远检阅仪仗队。他在陪同下检阅礼宾队。", id="a-person-and-verb-open-no-team"),
        # a level's committee or government with no place (区委, 县政府) is a kind of body
        pytest.param("自治区党委召开会议。", id="unplaced-region-committee"),
        pytest.param("市场监管、卫健、公安等部门正在调查。", id="department-short-names"),
        pytest.param("事发后，区委、区政府高度重视。",
                     id="unnamed-level-bodies"),
    ],
)
def test_not_over_finding(text: str) -> None:
    assert find_actors(text) == []


def test_person_tied_to_org() -> None:
    actors = _by_name(find_actors("广西林业局局长王明表示，要加快造林。"))
    assert actors["王明"].org == "ORG:广西林业局"
    assert actors["王明"].titles == ("局长",)


class TestUserActors:
    TEXT = "星火科技今天发布新品，星火的创始人老周出席。"

    def test_mapping(self) -> None:
        actors = find_actors(self.TEXT, actors={"星火科技": "ORG", "老周": "PERSON"})
        assert [(a.kind.value, a.name) for a in actors] == [("ORG", "星火科技"),
                                                           ("PERSON", "老周")]

    def test_aliases(self) -> None:
        actors = find_actors(self.TEXT, actors=[
            {"name": "星火科技", "kind": "ORG", "aliases": ["星火"]}])
        (spark,) = actors
        assert [m.text for m in spark.mentions] == ["星火科技", "星火"]

    def test_json_and_tsv_files(self, tmp_path: Path) -> None:
        j = tmp_path / "actors.json"
        j.write_text(json.dumps([{"name": "星火科技", "kind": "ORG", "aliases": ["星火"]}]),
                     encoding="utf-8")
        t = tmp_path / "actors.tsv"
        t.write_text("# name\tkind\taliases\n星火科技\tORG\t星火\n", encoding="utf-8")
        assert load_actor_dictionary(j) == load_actor_dictionary(t)

    def test_bad_kind(self) -> None:
        with pytest.raises(TimelineError, match="must be ORG, PERSON or PLACE"):
            find_actors(self.TEXT, actors={"星火科技": "COMPANY"})

    def test_bad_file(self, tmp_path: Path) -> None:
        bad = tmp_path / "bad.tsv"
        bad.write_text("星火科技\n", encoding="utf-8")
        with pytest.raises(TimelineError, match="name<TAB>kind"):
            load_actor_dictionary(bad)


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        find_actors(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(mixed_text)
def test_never_raises_and_spans_are_valid(text: str) -> None:
    for a in find_actors(text):
        for m in a.mentions:
            assert text[m.start:m.end] == m.text and m.start < m.end


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_any_text(text: str) -> None:
    assert isinstance(find_actors(text), list)


def test_a_township_is_named_again_by_its_short_form() -> None:
    # 鳳林鎮 … 鳳林: the township again, not a person or a new place
    (place,) = find_actors("鳳林鎮今天停班停課，鳳林居民已撤離。")
    assert (place.kind.value, place.name, place.aliases) == ("PLACE", "鳳林鎮", ("鳳林",))
    assert [m.text for m in place.mentions] == ["鳳林鎮", "鳳林"]


def test_short_form_without_region() -> None:
    text = ("广西自然资源厅召开会议。会后，自然资源厅印发通知。"
            "贵港市自然资源局和来宾市自然资源局参加，自然资源局表示支持。")
    actors = _by_name(find_actors(text))
    assert [m.text for m in actors["广西自然资源厅"].mentions] == ["广西自然资源厅", "自然资源厅"]
    # two bureaus share the short form 自然资源局: it names neither
    assert [m.text for m in actors["贵港市自然资源局"].mentions] == ["贵港市自然资源局"]
    assert [m.text for m in actors["来宾市自然资源局"].mentions] == ["来宾市自然资源局"]


_WORDS = st.lists(st.text(alphabet="甲乙丙\ud800\ufffd", min_size=1, max_size=3),
                  min_size=1, max_size=6)


@given(words=_WORDS, text=st.text(alphabet="甲乙丙丁\ud800\ufffd", max_size=60))
def test_alias_occurrences_are_the_same_by_find_and_by_automaton(
        words: list[str], text: str) -> None:
    from timeline.actors import find as actor_find

    plain = [[i for i in range(len(text)) if text.startswith(w, i)] for w in words]
    assert actor_find._occurrences(text, words) == plain
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actor_find, "_AUTOMATON_WORK", 0)  # the automaton on a short text
        patch.setattr(actor_find, "_AUTOMATON_WORDS", 0)
        assert actor_find._occurrences(text, words) == plain


def test_a_long_text_finds_the_same_people_by_either_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.actors import find as actor_find

    para = ("3月2日，市长张伟明主持会议。张伟明指出，要抓好落实。"
            "厅长陈建军到南宁市调研。陈建军强调安全。\n")
    by_find = find_actors(para * 400)
    monkeypatch.setattr(actor_find, "_AUTOMATON_WORK", 0)
    monkeypatch.setattr(actor_find, "_AUTOMATON_WORDS", 0)
    by_automaton = find_actors(para * 400)
    assert by_automaton == by_find
    people = {a.name: len(a.mentions) for a in by_find if a.kind.value == "PERSON"}
    assert people == {"张伟明": 800, "陈建军": 800}


@given(text=mixed_text)
def test_every_scanner_match_starts_with_one_of_its_openings(text: str) -> None:
    from timeline.actors import find as actor_find
    from timeline.text import normalize

    norm = normalize(text) + "同志说（简称甲）记者王小明国务院自治区政府部长李强"
    for pattern, openings in zip(actor_find._scanners(), actor_find._scanner_openings(),
                                 strict=True):
        assert all(norm[m.start()] in openings for m in pattern.finditer(norm))


@pytest.mark.parametrize(("text", "people"), [
    # a bare verb after a word is no name: frequent words, words opening or closing the run
    ("有人说，今年的雪特别大。", []),
    ("许多人表示，活动办得很好。", []),
    ("大家高兴地说，日子越过越好。", []),
    ("有关负责人向记者介绍了情况。", []),
    ("国家主席江泽民会见了客人。", ["江泽民"]),
    # real names stay: before a speech verb, after a title, in a photo credit
    ("王建国说，工程已经完工。", ["王建国"]),
    ("局长高明指出，要抓紧落实。", ["高明"]),
    ("本报记者刘宇摄", ["刘宇"]),
    # beside a title, words the tagger reads as function words are no name (向 办案, 后
    # 首次, 尚未 看); a name the tagger cuts short stays (蔡绍/nr 中/f)
    ("被害人周春梅多次向办案法官打招呼。", ["周春梅"]),
    ("会议由主席后首次主持。", []),
    ("NCC委員尚未看到报告。", []),
    ("原任董事長蔡紹中與其他董事。", ["蔡紹中"]),
])
def test_words_before_a_verb_are_not_people(text: str, people: list[str]) -> None:
    assert [a.name for a in find_actors(text) if a.kind.value == "PERSON"] == people


def test_a_short_form_before_a_body_head_is_no_place_of_its_own() -> None:
    # 南投 in 南投地檢署 names the prosecutors' office, not the county again
    names = [a.name for a in find_actors("南投縣埔里鎮發生搶案，嫌犯被移送南投地檢署。")]
    assert "南投縣埔里鎮" in names
    assert not any(n in ("南投", "南投縣") for n in names)


@pytest.mark.parametrize(("text", "expected"), [
    # a role introduces the name after it, as a title does
    ("决赛中，广西选手韦明杰以10:9击败对手。", [("PLACE", "广西壮族自治区"), ("PERSON", "韦明杰")]),
    ("载荷专家黄立新和工程师苏海涛下达命令。", [("PERSON", "黄立新"), ("PERSON", "苏海涛")]),
    ("市政协副主席唐震列席会议。", [("ORG", "市政协"), ("PERSON", "唐震")]),
    # but no name stands before a role: 明火被 is no person
    ("凌晨4时，明火被消防员扑灭。", []),
    # a county's shortened bureaus, a bare school, a Taiwan precinct
    ("县卫健局、县市监局、县疾控中心等部门赶到现场。",
     [("ORG", "县卫健局"), ("ORG", "县市监局"), ("ORG", "县疾控中心")]),
    ("家长反映“澜江城南中学很多学生身体不适”。", [("ORG", "澜江城南中学")]),
    ("澜水警大山分局獲報後趕到。", [("ORG", "澜水警大山分局")]),
    # a region starts no name inside one of the tagger's words (嘉义县: no 义县 of Liaoning)
    ("嘉義縣政府宣布停班停課。", [("ORG", "嘉義縣政府")]),
    ("苗栗以南縣市幾乎都放假。", [("PLACE", "苗栗")]),
    # a titled name ends before 等 (肖捷等陪同人员: 肖捷)
    ("国务委员兼国务院秘书长肖捷等陪同人员同机抵达。", [("ORG", "国务院"), ("PERSON", "肖捷")]),
    # a venue right after a city is one place; a union of countries is a body
    ("座無虛席的深圳寶安體育場響起歌聲。", [("PLACE", "深圳寶安體育場")]),
    ("总统首次访问东盟以外的国家，欧盟表示欢迎。", [("ORG", "东盟"), ("ORG", "欧盟")]),
    # a team's name starts after the verb an adverb opens (再度捧起); 暂委 is no sub-unit
    ("時隔4年後再度捧起大運女足冠軍獎盃。", [("ORG", "大運女足")]),
    ("區域法院暫委法官嚴文謙判處被告入獄。", [("ORG", "區域法院"), ("PERSON", "嚴文謙")]),
    # a country is no person, even before a title; rescue teams and weather offices are bodies
    ("老挝、越南、东帝汶外长将访华。", [("PLACE", "老挝"), ("PLACE", "越南"), ("PLACE", "东帝汶")]),
    ("商丘市义务救援队队员赶到现场。", [("ORG", "商丘市义务救援队")]),
    ("珠海市气象台发布暴雨预警。", [("ORG", "珠海市气象台")]),
    ("岭澳核电站一台机组停堆。", [("PLACE", "岭澳核电站")]),
    # a county named in full is named again by its short form, which is no person
    ("縣市包括雲林縣、花蓮縣。雲林縣長張麗善表示，雲林今天風雨不大；花蓮則有三鄉鎮停課。",
     [("PLACE", "雲林縣"), ("PLACE", "花蓮縣"), ("PERSON", "張麗善")]),
    # a name found from its head starts after a preposition or a verb before a place
    ("一台机组跳闸，触发岭澳核电站二号机组停堆。", [("PLACE", "岭澳核电站")]),
    ("列车从内蒙古赤峰南站出发。", [("PLACE", "内蒙古赤峰南站")]),
    # a province's bureau, a Macau police body
    ("省文物局派员赶到。", [("ORG", "省文物局")]),
    ("澳門司警拘捕一名男子。", [("ORG", "澳門司警")]),
    # a verb ends the body: 县卫健局组织医院 is the bureau organizing the hospital
    ("二、县卫健局组织医院医生入户走访。", [("ORG", "县卫健局")]),
    # company titles in Latin letters and founders introduce people as other titles do
    ("澜星集团创始人、董事长兼CEO林澈出席仪式。", [("ORG", "澜星集团"), ("PERSON", "林澈")]),
    # names listed with 、 beside a person found are people too, on either side
    ("火箭将景海鹏、陈冬2名航天员送入太空。", [("PERSON", "景海鹏"), ("PERSON", "陈冬")]),
    ("会议由王明主持，李华、张伟、刘洋出席。",
     [("PERSON", "王明"), ("PERSON", "李华"), ("PERSON", "张伟"), ("PERSON", "刘洋")]),
    # a district's 区 before 某 is no surname; bodies named by their kind act
    ("河北省唐山市路北区某烧烤店发生案件。", [("PLACE", "河北省唐山市路北区")]),
    # 有局部大雨 holds no bureau after a place
    ("高雄山區有局部大雨，澎湖有局部陣雨。", [("PLACE", "高雄"), ("PLACE", "澎湖")]),
    # 中院 and 高院 head a court after its city
    ("衡阳中院二审开庭审理此案。", [("ORG", "衡阳中院")]),
    # a health notice's patients by case number are people; 方案, 提案 are no cases
    ("指揮中心表示，案593為50多歲女性，7月至菲律賓探親。該方案已通過，提案2件。",
     [("PERSON", "案593"), ("PLACE", "菲律賓")]),
    # a Hong Kong area before 站 names its station; 站在 is the verb
    ("港鐵大圍站往來啟德站開通。市民站在旺角街頭。",
     [("ORG", "港鐵"), ("PLACE", "大圍站"), ("PLACE", "啟德站"), ("PLACE", "旺角")]),
    ("河北、江苏公安机关抓获嫌犯，检察机关批准逮捕。",
     [("PLACE", "河北省"), ("PLACE", "江苏省"), ("ORG", "公安机关"), ("ORG", "检察机关")]),
])
def test_roles_and_local_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind.value, a.name) for a in find_actors(text)] == expected


@pytest.mark.parametrize(("text", "people"), [
    ("美国国防部长今天说，会谈很成功。", []),  # 部长 of 国防部: 国国防 is no name
    ("国防部长张万年出席会议。", ["张万年"]),
    ("王建国部长出席会议。", ["王建国"]),
])
def test_a_title_inside_a_ministry_name_has_no_name_before_it(
        text: str, people: list[str]) -> None:
    assert [a.name for a in find_actors(text) if a.kind.value == "PERSON"] == people


# The statistical stage: names without a cue (actors/statistical.py)
@pytest.mark.parametrize(("text", "expected"), [
    ("李明华在深圳协助调查。", [("PERSON", "李明华"), ("PLACE", "深圳")]),
    ("代表团抵达日本，随后前往美国。", [("PLACE", "日本"), ("PLACE", "美国")]),
    ("事故发生在瑞宁路与宛平南路交叉口。", [("PLACE", "瑞宁路"), ("PLACE", "宛平南路")]),
    ("警方接报后赶到，消防随即到场。", [("ORG", "警方"), ("ORG", "消防")]),
    ("消防员和消防车赶到现场。", []),  # 消防 inside a word is no body
    ("让青春在奋斗中闪光，不要扎堆上门。", []),  # the tagger's "places" the model rejects
    ("向办案民警了解情况。", []),  # a speech verb alone, unconfirmed: no person
    # a given name may end in a place character (建国); a two-character name is found
    # again where it is a word of its own
    ("民警王建国外出办事。王建国乘坐大巴。", [("PERSON", "王建国")]),
    # a level word before a bureau or a hospital makes a body, also after 至/往 (转至…)
    ("患者被转至自治区第四人民医院治疗。", [("ORG", "自治区第四人民医院")]),
    ("州人力资源社会保障局、州安全监管局负责人参加会议。",
     [("ORG", "州人力资源社会保障局"), ("ORG", "州安全监管局")]),
    # a dispatch verb ends a body's name: the unit sent is another one (调集…大队)
    ("南宁市公安局调集交警大队赶往。", [("ORG", "南宁市公安局")]),
    ("南宁市公安局胡集派出所民警赶往。", [("ORG", "南宁市公安局胡集派出所")]),
    # parts of the country, river basins and basins are places, whole
    ("黄河流域和四川盆地降雨，西北地区、港澳台地区和江淮也有。",
     [("PLACE", "黄河流域"), ("PLACE", "四川盆地"), ("PLACE", "西北地区"), ("PLACE", "港澳台地区"),
      ("PLACE", "江淮")]),
    ("西北风很大，东北方向有雨。", []),
    # a hospital's name starts after 送往; a nearby hospital is none; Hong Kong police
    # districts are bodies
    ("傷者被送往伊利沙伯醫院及附近醫院治理。", [("ORG", "伊利沙伯醫院")]),
    ("沙田警區人員拘捕一名男子。", [("ORG", "沙田警區")]),
    # ASCII commas of web text read as the model learnt them (平,樊婷婷 as 平，樊婷婷)
    ("雙方戰至1比1平,樊婷婷隨後頭球絕殺。", [("PERSON", "樊婷婷")]),
    # a prefecture-level city or a Taiwan county written alone is that place, as written
    ("南投、花蓮遊客上山，武汉游客也来了。",
     [("PLACE", "南投"), ("PLACE", "花蓮"), ("PLACE", "武汉")]),
    # fire and police units are bodies by their head (分隊, 大队, 中队)
    ("台中市消防局派遣溪湳、大里分隊。", [("ORG", "台中市消防局"), ("ORG", "大里分隊")]),
    ("武警南昌市消防二中队赶到。", [("ORG", "武警南昌市消防二中队")]),
    # Hong Kong and Macau areas in a text about them; an area that is a word too (大坑, 太子)
    # only where a place suffix or preposition frames it; a street does not run past 的
    ("警員昨凌晨在旺角巡邏，石澳、薄扶林及赤柱亦有安排。",
     [("PLACE", "旺角"), ("PLACE", "石澳"), ("PLACE", "薄扶林"), ("PLACE", "赤柱")]),
    ("大坑一帶的道路封閉，旅客可前往氹仔。", [("PLACE", "大坑"), ("PLACE", "氹仔")]),
    ("他自称太子，住在香港。", [("PLACE", "香港特别行政区")]),
    ("旺角有人聚集，他自稱太子。", [("PLACE", "旺角")]),
    # well-known bodies named by their usual short names; a short one inside the tagger's
    # word is none (平台铁定)
    ("台鐵今天發布消息，铁道部昨日发布通知，平台铁定上线。", [("ORG", "台鐵"), ("ORG", "铁道部")]),
])
def test_names_without_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind.value, a.name) for a in find_actors(text)] == expected


@pytest.mark.parametrize(("text", "mentions"), [
    ("村警郭辉外出办事。郭辉乘坐大巴。", [(2, 4), (9, 11)]),
    ("民警王建国外出办事。王建国乘坐大巴。", [(2, 5), (10, 13)]),
    ("村警郭辉外出办事。郭辉煌的成就。", [(2, 4)]),  # 辉煌 is the word there: no name
])
def test_later_mentions_of_a_person(text: str, mentions: list[tuple[int, int]]) -> None:
    people = [a for a in find_actors(text) if a.kind.value == "PERSON"]
    assert [(m.start, m.end) for m in people[0].mentions] == mentions


@pytest.mark.parametrize(("text", "expected"), [
    # transliterated names joined by a middle dot are one person, whatever stands around them
    ("新西兰外交部长杰克·伍德于昨日抵达。", [("PLACE", "新西兰"), ("PERSON", "杰克·伍德")]),
    ("总统安东尼·马丁·卢卡斯表示，", [("PERSON", "安东尼·马丁·卢卡斯")]),
    ("会见了约翰·史密斯和玛丽·安·琼斯。", [("PERSON", "约翰·史密斯"), ("PERSON", "玛丽·安·琼斯")]),
    ("中·俄两国", []),  # one-character parts are abbreviations, not a name
    # a run of places that ends in a street is one address
    ("沈阳市铁西区兴华街一栋楼起火。", [("PLACE", "沈阳市铁西区兴华街")]),
    ("南宁市江南区星光大道三段发生事故。", [("PLACE", "南宁市江南区星光大道三段")]),
    ("在北京街头散步。", [("PLACE", "北京市")]),  # 街头 is no street
    # a title, then a name the tagger splits after its surname, then an honorific
    ("董事长吴启明先生出席并致辞。", [("PERSON", "吴启明")]),
    ("支队长周立新赶往现场指挥救援。", [("PERSON", "周立新")]),
    # a name the tagger glued to the word after it (陈语 桐以)
    ("女单比赛中，陈语桐以2比0战胜对手。", [("PERSON", "陈语桐")]),
])
def test_names_of_other_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind.value, a.name) for a in find_actors(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place the tagger found, then an organization head: that place's body
    ("澄江区人民政府召开会议。", [("ORG", "澄江区人民政府")]),
    ("荆州市沙市区一所学校出现病例。", [("PLACE", "荆州市沙市区")]),  # 一所学校: no name
    ("同时召集省内5家医院的医生。", []),  # a count of hospitals names none
    # names listed after a titled one share its title; 市委常委 is a title, not a body
    ("市委常委、副市长王建华，副市长李明、张荣海出席会议。",
     [("PERSON", "王建华"), ("PERSON", "李明"), ("PERSON", "张荣海")]),
    # a known body's sub-unit, with 安全 inside it
    ("国务院安全生产督导组抵达。", [("ORG", "国务院"), ("ORG", "国务院安全生产督导组")]),
    # a body's name holds no preposition or verb of motion
    ("南宁市教育局派工作组前往学校。", [("ORG", "南宁市教育局")]),
    ("南宁市教育局局长王明被南宁市纪委带走。",
     [("ORG", "南宁市教育局"), ("PERSON", "王明"), ("ORG", "南宁市纪委")]),
    ("北京时间3月5日，美国宣布加息。", [("PLACE", "美国")]),  # a time zone is no place
    # 高 inside the tagger's word 省高院 starts no name; level courts are bodies
    ("这起案件由省人民检察院公诉，省高院派法官主审。",
     [("ORG", "省人民检察院"), ("ORG", "省高院")]),
    ("阮驭铭、李忠言、陈丕星等4名被告人到庭。",
     [("PERSON", "阮驭铭"), ("PERSON", "李忠言"), ("PERSON", "陈丕星")]),
    # a body named again by the tail of its name is one actor; a head is no given name
    ("花蓮鳳林分局接獲報案。鳳林分局隨即組成專案小組。", [("ORG", "花蓮鳳林分局")]),
    ("南宁市公安局召开会议。公安局局长出席。", [("ORG", "南宁市公安局")]),
    # a storm's name is no person
    ("超强台风“罗莎”逼近，“罗莎”将于6日登陆。", []),
    ("31个省和新疆生产建设兵团报告新增病例。", [("ORG", "新疆生产建设兵团")]),
    # a name inside a document's title names the document
    ("会议符合《中华人民共和国公司法》和《某某集团股份有限公司章程》。", []),
    ("中國國家主席習近平出席會議。", [("PLACE", "中國"), ("PERSON", "習近平")]),
    # a run of divisions is one place
    ("四川省阿坝州松潘县发生地震。", [("PLACE", "四川省阿坝州松潘县")]),
    # venues are places, even when 中心 could head a body
    ("比赛在南宁市体育中心举行。", [("PLACE", "南宁市体育中心")]),
    ("双方在钓鱼台国宾馆会谈。", [("PLACE", "钓鱼台国宾馆")]),
    # a level body after a preposition; a generic word inside a name is part of it
    ("记者从市消防救援大队获悉。", [("ORG", "市消防救援大队")]),
    ("石狮鸿山消防救援站立即出动3部消防车。", [("ORG", "石狮鸿山消防救援站")]),  # no 3部
    ("接到报警后，澄江北山消防救援站赶赴现场。", [("ORG", "澄江北山消防救援站")]),
    ("消防人员到场后，警方车辆封路。", []),  # people and things of a body are no body
    # teams, also after the verb of a match; units (医疗队, 国家队) are no names
    ("南宁飞鹰队主场迎战柳州钢城队。", [("ORG", "南宁飞鹰队"), ("ORG", "柳州钢城队")]),
    ("医疗队抵达灾区，国家队出征。", []),
    ("但随后中国队连得3分，尽管日本队顽强追分。", [("ORG", "中国队"), ("ORG", "日本队")]),
    ("中国女排击败日本队。", [("ORG", "中国女排"), ("ORG", "日本队")]),  # one team each
    # a place the model read as a person, then an organization head: that place's body
    ("花蓮鳳林分局接獲報案。", [("ORG", "花蓮鳳林分局")]),
    # a level body keeps its sub-units, and its name as written (traditional stays so)
    ("市消防支隊指揮中心接到報警。", [("ORG", "市消防支隊"), ("ORG", "市消防支隊指揮中心")]),
    # a province and its city written together are two places; a deeper run is one
    ("陕西西安、甘肃兰州的队伍待命。", [("PLACE", "陕西省"), ("PLACE", "西安市"),
                                      ("PLACE", "甘肃省"), ("PLACE", "兰州市")]),
    ("四川阿坝州九寨沟县发生地震。", [("PLACE", "四川阿坝州九寨沟县")]),
    # a province's command posts and departments, named after the province the text is about
    ("四川省阿坝州松潘县发生地震，省消防救援总队调派力量。",
     [("PLACE", "四川省阿坝州松潘县"), ("ORG", "四川省消防救援总队")]),
])
def test_bodies_and_places_around_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind.value, a.name) for a in find_actors(text)] == expected


@pytest.mark.parametrize(("text", "people"), [
    ("被告人张某某合同诈骗一案", ["张某某"]),
    ("嫌疑人王某、欧阳某被抓获", ["王某", "欧阳某"]),
    ("刘某于某日被捕", ["刘某"]),  # 某日 is "some day"
    ("某地发生事故", []),
])
def test_withheld_names(text: str, people: list[str]) -> None:
    assert [a.name for a in find_actors(text) if a.kind.value == "PERSON"] == people


@pytest.mark.parametrize(("text", "story"), [
    # the dateline's agency and place and the byline's reporter report the story
    ("新华社南宁5月4日电（记者张伟）5月4日，南宁市公安局召开会议。", ["南宁市公安局"]),
    ("〔記者林小美／南寧報導〕南寧市政府今日發布通知。", ["南寧市政府"]),
    ("5月4日，某镇一仓库起火。\n记者 王立 摄影报道", []),
    ("2023年5月4日 08:00  来源：南宁晚报\n南宁市公安局召开会议。", ["南宁市公安局"]),
    ("5月4日，南宁市公安局召开会议。\n\n张慧君 顾 辉\n", ["南宁市公安局"]),  # signature
    # a name the story uses too stays
    ("新华社南宁5月4日电 5月4日，南宁市召开会议，新华社记者到场。", ["新华社", "南宁市"]),
    # a site's dateline, a credit in brackets, a desk's byline, a page's meta line
    ("某某网讯（本网记者 徐晓明）5月4日，南宁市公安局召开会议。", ["南宁市公安局"]),
    ("邕城网南宁5月4日讯（通讯员 韦丽华）南宁市公安局召开会议。", ["南宁市公安局"]),
    ("某某网讯 记者 徐晓明 通讯员 韦丽华 王芳 报道:5月4日，南宁市公安局召开会议。",
     ["南宁市公安局"]),  # 通讯员 ends no byline
    ("即時中心／林志為報導\n南寧市政府今日發布通知。", ["南寧市政府"]),
    ("23-05-04 08:00 韦丽华 来源：某某网\n南宁市公安局召开会议。", ["南宁市公安局"]),
    ("新华社｜南宁市公安局召开会议\n南宁市公安局5月4日召开会议。", ["南宁市公安局"]),
    # a body named only inside a longer name is no actor of the story
    ("南宁市公安局西乡塘分局接到报警。", ["南宁市公安局西乡塘分局"]),
    ("南宁市公安局召开会议。南宁市公安局西乡塘分局接到报警。",
     ["南宁市公安局", "南宁市公安局西乡塘分局"]),
])
def test_extract_lists_the_story_actors(text: str, story: list[str]) -> None:
    assert [a.name for a in extract(text, dct="2023-05-05").actors] == story
    # find_actors still reports every name, credits included
    assert len(find_actors(text)) >= len(story)
