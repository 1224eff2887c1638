"""Events and the timeline: the seed article's dated actions, ordering, queries, outputs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from timeline import (
    Document,
    Event,
    EventType,
    Extractor,
    Timeline,
    TimelineError,
    detect_dateline,
    document_schema,
    extract,
)

# time value, type, agent, time source: every dated action of the seed article
SEED_TIMELINE = [
    ("2020-01-27", "decide", "广西壮族自治区人民政府", "sentence"),
    ("2020-01-29", "campaign", "来宾市自然资源局", "recurring"),
    ("2020-01-29", "construction", "广西人民医院邕武医院", "sentence"),
    ("2020-01-30", "establish", "广西自然资源厅", "sentence"),
    ("2020-01-30TAF", "meeting", "广西自然资源厅", "sentence"),
    ("2020-02-01", "issue_document", "广西自然资源厅", "sentence"),
    ("2020-02-02", "issue_document", "广西自然资源厅办公室", "sentence"),
    ("2020-02-03", "suspend", "梧州市自然资源局", "sentence"),
    ("2020-02-03TMO", "meeting", "陈建军", "sentence"),
    ("2020-02-10", "campaign", "广西自然资源厅", "sentence"),
    ("2020-02-11", "meeting", "广西自然资源厅", "sentence"),
]


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return extract(seed_text, doc_id="seed")


def _agent(e: Event) -> str | None:
    return next((r.name for r in e.actors if r.role == "agent"), None)


def _triggers(text: str, dct: str) -> list[str]:
    return [e.trigger.text for e in extract(text, dct=dct).events]


def test_dateline_detected(seed_doc: Document) -> None:
    assert (seed_doc.dct, seed_doc.dct_source) == (datetime(2020, 2, 26, 3, 26), "detected")


def test_seed_dated_actions(seed_doc: Document) -> None:
    # every predicate is an event now: the eleven dated actions stand in timeline order
    # among the others, each with its time, type and agent
    rows = [(e.time.value, e.type.value, _agent(e))
            for e in seed_doc.timeline if e.time is not None and _agent(e)]
    wanted = iter(rows)
    missing = [row for row in SEED_TIMELINE if row[:3] not in wanted]
    assert missing == []


def test_seed_details(seed_doc: Document) -> None:
    by_type: dict[tuple[str, str | None], Event] = {}
    for e in seed_doc.events:  # the first event of each type and time
        by_type.setdefault((e.type.value, e.time.value if e.time else None), e)
    notice = by_type[("issue_document", "2020-02-01")]
    assert notice.object == "《关于加强不动产登记窗口疫情防控工作的通知》"
    group = by_type[("establish", "2020-01-30")]
    assert [(r.name, r.role) for r in group.actors] == [
        ("广西自然资源厅", "agent"), ("新型冠状病毒感染的肺炎疫情防控专项工作领导小组", "target")]
    daily = by_type[("campaign", "2020-01-29")]
    assert daily.time is not None and daily.time.mod == "ON_OR_AFTER" and daily.time.end is None
    assert daily.recurrence is not None and daily.recurrence.value == "P1D"
    meeting = by_type[("meeting", "2020-02-03TMO")]
    assert ("广西自然资源厅", "participant") in [(r.name, r.role) for r in meeting.actors]
    for e in seed_doc.events:
        assert seed_doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.evidence.start <= e.trigger.start < e.evidence.end


def test_every_actor_ref_exists(seed_doc: Document) -> None:
    ids = {a.id for a in seed_doc.actors}
    refs = [r for e in seed_doc.events for r in e.actors]
    assert all(r.id in ids for r in refs if r.id is not None)
    # an agent the text does not name is known by its words: they are in the evidence
    unnamed = [(r, e) for e in seed_doc.events for r in e.actors if r.id is None]
    assert unnamed and all(r.role == "agent" and r.name in seed_doc.text for r, _ in unnamed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("标题\n\n2020年02月26日 3:26 来源：某报", datetime(2020, 2, 26, 3, 26),
                     id="chinese-date"),
        pytest.param("发布时间：2022-03-29 09:06 来源：新华社", datetime(2022, 3, 29, 9, 6),
                     id="iso-with-time"),
        pytest.param("发布日期:2020-01-23\n正文", datetime(2020, 1, 23), id="iso-date"),
        pytest.param("正文没有日期。", None, id="none"),
    ],
)
def test_detect_dateline(text: str, expected: datetime | None) -> None:
    assert detect_dateline(text) == expected


def test_given_dct_wins() -> None:
    doc = extract("发布时间：2022-03-29 09:06\n3月1日，某厅召开会议。", dct="2021-03-05")
    assert (doc.dct_source, doc.events[0].time.value) == ("given", "2021-03-01")  # type: ignore[union-attr]


class TestOrdering:
    TEXT = ("2月3日下午，甲局召开会议。2月3日，乙局印发通知。2月，丙局开展检查。"
            "截至2月1日，丁局完成排查。\n广西林业局还将开展调研。")

    def test_order(self) -> None:
        tl = extract(self.TEXT, dct="2020-02-26").timeline
        # the month starts first; 截至2月1日 is open at its start and sorts at its end;
        # the day comes before its afternoon; a new paragraph without a time is undated
        assert [e.time.value for e in tl] == ["2020-02", "2020-02-01", "2020-02-03",
                                             "2020-02-03TAF"]  # type: ignore[union-attr]
        assert [e.type.value for e in tl.undated] == ["campaign"]

    def test_filter_group_and_index(self) -> None:
        tl = extract(self.TEXT, dct="2020-02-26").timeline
        assert len(tl.filter(type="meeting")) == 1
        assert len(tl.filter(start=datetime(2020, 2, 3), end=datetime(2020, 2, 4))) == 3
        assert len(tl.filter(text="通知")) == 1
        # 截至2月1日 is open at its start: it belongs to its last day, 2月1日
        assert list(tl.group_by("day")) == ["2020-02-01", "2020-02-03"]
        with pytest.raises(TimelineError, match="group_by takes"):
            Timeline().group_by("week")  # type: ignore[arg-type]
        assert isinstance(tl[1:], Timeline) and tl[0].time.value == "2020-02"  # type: ignore[union-attr]


def test_filter_by_actor_alias_and_subunits(seed_doc: Document) -> None:
    tl = seed_doc.timeline
    hospital = tl.filter(actor="广西人民医院邕武医院")
    assert len(hospital) >= 1 and tl.filter(actor="邕武医院") == hospital
    own = tl.filter(actor="广西自然资源厅")
    with_units = tl.filter(actor="广西自然资源厅", subunits=True)
    assert len(with_units) > len(own)
    with pytest.raises(TimelineError, match="no actor named"):
        tl.filter(actor="不存在的机构")


def test_merge_never_merges_within_one_document() -> None:
    doc = extract("3月4日上午，广西林业局召开会议。3月4日下午，广西林业局召开座谈会。",
                  dct="2020-03-10", doc_id="a")
    assert len(doc.timeline.merge()) == 2


def test_merge_keeps_one_event_and_both_sources() -> None:
    a = extract("2月2日，广西林业局召开会议。", dct="2020-02-26", doc_id="a").timeline
    b = extract("广西林业局2月2日召开专题会议。", dct="2020-02-26", doc_id="b").timeline
    merged = a.merge(b)
    assert len(merged) == 1 and merged[0].doc_id == "a" and merged[0].sources == ("b",)


class TestOutputs:
    def test_json_round_trip(self, seed_doc: Document) -> None:
        tl = seed_doc.timeline
        assert Timeline.from_json(tl.to_json()) == tl
        assert Document.model_validate_json(seed_doc.model_dump_json()) == seed_doc

    def test_records_jsonl_csv(self, seed_doc: Document) -> None:
        tl = seed_doc.timeline
        records = tl.to_records()
        assert len(records) == len(tl) + len(tl.undated)
        lines = tl.to_jsonl().splitlines()
        assert [Event.model_validate_json(x) for x in lines] == tl.events
        rows = list(csv.DictReader(io.StringIO(tl.to_csv())))
        assert [r["id"] for r in rows] == [r["id"] for r in records]

    def test_timeml(self, seed_doc: Document) -> None:
        root = ET.fromstring(seed_doc.timeline.to_timeml())
        assert len(root.findall("EVENT")) == len(seed_doc.events)
        assert {t.get("value") for t in root.findall("TIMEX3")} >= {"2020-01-30TAF"}

    def test_schema_and_html(self, seed_doc: Document) -> None:
        schema = document_schema()
        assert schema["title"] == "Document" and "events" in schema["properties"]  # type: ignore[operator]
        assert "<mark" in seed_doc._repr_html_() and "<svg" in seed_doc.timeline._repr_html_()

    def test_dataframe(self, seed_doc: Document) -> None:
        pd = pytest.importorskip("pandas")
        frame = seed_doc.timeline.to_dataframe()
        assert isinstance(frame, pd.DataFrame) and len(frame) == len(seed_doc.events)


def test_extractor_pipe_and_pickle() -> None:
    import pickle

    ex = pickle.loads(pickle.dumps(Extractor(policy="future")))
    docs = list(ex.pipe(["1月5日，甲局召开会议。", "3月1日，乙局印发通知。"], dct="2020-02-26"))
    assert [d.id for d in docs] == ["0", "1"]
    assert [d.events[0].time.value for d in docs] == ["2021-01-05", "2020-03-01"]  # type: ignore[union-attr]


def test_event_types_cover_the_issue() -> None:
    names = {t.value for t in EventType}
    assert names >= {"meeting", "establish", "issue_document", "launch", "suspend", "resume",
                     "decide", "inspect", "campaign", "construction", "publish", "sign",
                     "visit", "incident", "other"}


class TestCLI:
    def run(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin,
                              capture_output=True, timeout=120) # type: ignore[call-overload]

    def test_extract_table(self, seed_text: str, tmp_path: Path) -> None:
        f = tmp_path / "a.txt"
        f.write_text(seed_text, encoding="utf-8")
        done = self.run("extract", str(f))
        out = done.stdout.decode()
        assert done.returncode == 0 and "2020-01-30TAF" in out and "广西自然资源厅" in out

    @pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "html", "timeml"])
    def test_formats(self, tmp_path: Path, fmt: str) -> None:
        f = tmp_path / "a.txt"
        f.write_text("2月2日，广西林业局召开会议。", encoding="utf-8")
        done = self.run("extract", str(f), "--dct", "2020-02-26", "--format", fmt)
        out = done.stdout.decode()
        assert done.returncode == 0 and "2020-02-02" in out
        if fmt == "json":
            assert json.loads(out)[0]["events"][0]["type"] == "meeting"

    def test_gb18030_directory_and_jsonl(self, tmp_path: Path) -> None:
        (tmp_path / "d").mkdir()
        (tmp_path / "d" / "gbk.txt").write_bytes("2月2日，广西林业局召开会议。".encode("gb18030"))
        docs = tmp_path / "docs.jsonl"
        docs.write_text(json.dumps({"id": "x", "text": "3月1日，乙局印发通知。",
                                    "dct": "2020-02-26"}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        done = self.run("extract", str(tmp_path / "d"), str(docs), "--format", "csv",
                        "--dct", "2020-02-26")
        out = done.stdout.decode()
        assert done.returncode == 0 and "2020-02-02" in out and "2020-03-01" in out

    def test_errors_are_one_line_and_the_batch_goes_on(self, tmp_path: Path) -> None:
        good = tmp_path / "good.txt"
        good.write_text("2月2日，广西林业局召开会议。", encoding="utf-8")
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff\xfe\xfa\xfb\x81")
        done = self.run("extract", str(tmp_path / "missing.txt"), str(bad), str(good),
                        "--dct", "2020-02-26")
        err = done.stderr.decode().strip().splitlines()
        assert done.returncode == 1 and len(err) == 2 and "2020-02-02" in done.stdout.decode()

    def test_bad_dct(self) -> None:
        done = self.run("extract", "-", "--dct", "yesterday", stdin=b"x")
        assert done.returncode == 2 and done.stderr.decode().count("\n") == 1

    def test_parse(self) -> None:
        done = self.run("parse", "1月30日下午", "--dct", "2020-02-26")
        assert done.returncode == 0 and json.loads(done.stdout)["value"] == "2020-01-30TAF"


@pytest.mark.parametrize(("text", "expected"), [
    # a time clause between two events is the second event's own, with its open interval
    ("1月25日，南宁市卫生健康委员会发出通知，自1月26日起，全市图书馆暂停开放。",
     [("issue_document", "2020-01-25", "南宁市卫生健康委员会"),
      ("suspend", "2020-01-26", "全市图书馆")]),
    # a clause with no subject of its own shares the one before
    ("2月1日，南宁市卫生健康委员会召开会议，并于2月3日印发工作方案。",
     [("meeting", "2020-02-01", "南宁市卫生健康委员会"),
      ("issue_document", "2020-02-03", "南宁市卫生健康委员会")]),
    # a light verb gives way to the verb it carries (进行部署 → 部署)
    ("2月1日，南宁市卫生健康委员会召开会议，对全市防控工作进行部署。",
     [("meeting", "2020-02-01", "南宁市卫生健康委员会"),
      ("decide", "2020-02-01", "南宁市卫生健康委员会")]),
    # a subject of its own, named or not, is the agent
    ("2月1日，南宁市卫生健康委员会召开会议，冬运中心立即组建工作专班。",
     [("meeting", "2020-02-01", "南宁市卫生健康委员会"), ("establish", "2020-02-01", "冬运中心")]),
    ("2月1日，南宁市卫生健康委员会召开会议，我们随即开展排查。",
     [("meeting", "2020-02-01", "南宁市卫生健康委员会"), ("inspect", "2020-02-01", None)]),
    # a reporting verb is a statement; what follows it is not the speaker's deed
    ("1月30日，厅长陈建军主持召开会议，他强调要做好防控，随后到南宁市调研。",
     [("meeting", "2020-01-30", "陈建军"), ("statement", "2020-01-30", "陈建军"),
      ("movement", "2020-01-30", "陈建军"), ("visit", "2020-01-30", "陈建军")]),
    # serial and coordinated verbs are events of their own, with the clause's agent
    ("2月4日，市领导赶往现场指挥救援，并前往医院探望伤者。",
     [("movement", "2020-02-04", "市领导"), ("other", "2020-02-04", "市领导"),
      ("movement", "2020-02-04", "市领导"), ("visit", "2020-02-04", "市领导")]),
    # a passive's doer is the agent; an event noun after 发生 is the event
    ("2月2日，某路段发生交通事故，司机被警方带走。",
     [("accident", "2020-02-02", None), ("arrest", "2020-02-02", "警方")]),
    # abstract programmes are no dated actions
    ("1月30日以来，当地面貌发生了巨大变化。", []),
])
def test_clauses_agents_and_noun_uses(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    doc = extract(text, dct="2020-02-26")
    got = [(e.type.value, e.time.value if e.time else None, _agent(e)) for e in doc.events]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2月20日，南宁市消防救援支队接到报警。", ["positive"]),
    ("2月20日，火灾未造成人员伤亡。", ["negative"]),
    ("2月20日，警方尚未抓获嫌疑人。", ["negative"]),
    ("2月20日，某局没有暂停营业。", ["negative"]),
    ("2月20日，火未蔓延至邻近楼房。", ["negative"]),  # the tagger joins 火未
    # 按指示: a prepositional phrase
    ("2月20日，警员上前截查，惟他未有按指示停下。", ["positive", "positive", "negative"]),
    # 无/没有 before the subject: nobody suffered it
    ("2月20日，现场无人员被困，所幸没有人员受伤。", ["negative", "negative"]),
])
def test_negation(text: str, expected: list[str]) -> None:
    doc = extract(text, dct="2020-02-26")
    assert [e.polarity for e in doc.events] == expected
    assert [r["polarity"] for r in doc.timeline.to_records()] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2月20日，南宁市卫生健康委员会召开会议。", ["actual"]),
    ("3月5日，南宁市卫生健康委员会召开会议。", ["planned"]),  # after the DCT
    ("南宁市卫生健康委员会拟出台方案。", ["planned"]),
    ("南宁市卫生健康委员会将于下周印发方案。", ["planned"]),
    ("2月1日，南宁市卫生健康委员会将方案印发各地。", ["actual"]),  # 将 marks the object
    # 随即/立即 end in 即: 即将 is no cue there; 模拟 holds no 拟 of a plan
    ("2月1日，民警随即将其抓获。", ["actual"]),
    ("2月1日，消防大队开展模拟演练。", ["actual"]),
    # 将 right before its verb (将会见) is the future; so is 将就
    ("2月1日，外长将会见总统。", ["planned"]),
    ("2月1日，双方将就合作签署协议。", ["planned"]),
])
def test_planned_events(text: str, expected: list[str]) -> None:
    doc = extract(text, dct="2020-02-26")
    assert [e.modality for e in doc.events] == expected
    assert [r["modality"] for r in doc.timeline.to_records()] == expected
    assert ('tense="FUTURE"' in doc.timeline.to_timeml()) == ("planned" in expected)


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # a pivot's object does the verb after it
    ("6月4日，警员要求该女子出示身份证。", "2025-06-05",
     [("statement", "警员"), ("other", "该女子")]),
    # 被捕: a passive in one word takes no agent
    ("6月4日，该名男子被捕。", "2025-06-05", [("arrest", None)]),
    # the court the action is at acts (在…法院审理)
    ("7月10日，该案在榆林市中级人民法院公开审理。", "2018-07-11",
     [("trial", "榆林市中级人民法院")]),
    # a dateline's agency is no agent
    ("新华社北京7月10日电 7月10日，张伟当选主席。", "2018-07-11", [("resolution", "张伟")]),
    # a measure rises: nobody acts
    ("2016年，国内生产总值增长6.7%。", "2017-01-20", [("change", None)]),
    # adverbs the tagger calls nouns are no subject (法院依法指定)
    ("7月10日，法院依法指定辩护人。", "2018-07-11", [("other", "法院")]),
    # a verb naming a kind of people is no event (救援人员): only 赶赴 is
    ("7月6日，救援人员赶赴现场。", "2022-07-07", [("movement", "救援人员")]),
    # the guest acts, not the host who invited; 一行 closes the guest's name
    ("应里昂市市长马丁邀请，武汉市市长周国平一行于5月30日抵达里昂。", "2023-06-02",
     [("other", "马丁"), ("movement", "周国平")]),
    # a transliterated name's family name alone names the same person
    ("5月30日，外长艾伦·摩尔抵达北京。5月31日，摩尔前往上海。", "2023-06-02",
     [("movement", "艾伦·摩尔"), ("movement", "艾伦·摩尔")]),
    # the partner after 同 is no agent, even where the tagger reads 同日 (same day) in 同日本
    ("5月7日，国家主席王明在东京同日本首相田中一郎举行会谈。", "2008-05-08",
     [("talks", "王明")]),
    # what a finding reports is not done by the finder (警方调查发现，…)
    ("11月8日，警方调查发现，嫌犯逃逸后返回住处。", "2025-11-09",
     [("investigate", "警方"), ("statement", "警方"), ("movement", "嫌犯"), ("movement", "嫌犯")]),
    # an unnamed party opening a clause with no predicate is the next clause's subject
    ("6月4日，警员上前截查期间，该名男子情绪激动，拒绝合作。", "2025-06-05",
     [("movement", "警员"), ("patrol", "警员"), ("other", "该名男子")]),
    # a modal before the verb is skipped (该名女子未能…出示)
    ("6月4日，警员上前截查，该名女子未能向警员出示有效身份证明。", "2025-06-05",
     [("movement", "警员"), ("patrol", "警员"), ("other", "该名女子")]),
    # an adverb after the subject is no part of it (全部)
    ("1月29日，全市各中小学全部完成排查。", "2020-02-26", [("other", "全市各中小学")]),
    # a conjunction before the subject is no part of the agent
    ("10月7日，日本队追分，但中国队随即扳平。", "2023-10-08",
     [("compete", "日本队"), ("compete", "中国队")]),
    # a meeting deliberates (会议研究了…) but is itself held (会议召开)
    ("12月25日，会议研究了整改方案。", "2019-12-26", [("decide", "会议")]),
    ("12月25日，会议在北京召开。", "2019-12-26", [("meeting", None)]),
    # a support verb joined to its event noun (举行会谈) is the noun's event
    ("5月31日，双方举行会谈。", "2023-06-02", [("talks", "双方")]),
    # a pronoun with no person before it is someone, not the body of the clause before
    ("2月20日，警员上前截查，惟他未有按指示停下。", "2023-02-21",
     [("movement", "警员"), ("patrol", "警员"), ("other", "他")]),
    # a vehicle that moves, flies or lands is the subject that acts; a theme is no agent
    ("11月2日，卫星顺利进入预定轨道。", "2023-11-03", [("movement", "卫星")]),
    ("11月2日，返回舱在着陆场着陆。", "2023-11-03", [("land", "返回舱")]),
    ("11月2日，长征七号运载火箭点火升空。", "2023-11-03", [("launch", "长征七号运载火箭")]),
    ("11月2日，新车上市。", "2023-11-03", [("resolution", None)]),
    # an aside in brackets is skipped; a body speaks of what it did; a passive verb later in
    # the clause has no agent of its own
    ("澜州市市长韦立新周一(6日)在北京会见客人。", "2023-11-07", [("meeting", "韦立新")]),
    ("警方表示，昨晚在鹭江区拘捕一名男子。", "2023-11-07",
     [("statement", "警方"), ("arrest", "警方")]),
    ("11月6日，5名嫌疑人涉嫌破坏社会秩序而被带返警署。", "2023-11-07",
     [("arrest", None)]),  # 涉嫌破坏: the charge, no event
    # a centre acts as a body (宣布), and a pivot hands the next verb to its object
    ("5月30日，酒泉卫星发射中心宣布发射成功。", "2023-05-31",
     [("announce", "酒泉卫星发射中心"), ("launch", "酒泉卫星发射中心")]),
    ("8月8日，省地震局指令当地防震减灾部门赶赴灾区。", "2017-08-09",
     [("decide", "省地震局"), ("movement", "当地防震减灾部门")]),
    # a place announces through its government; 在场 modifies the people it precedes
    ("11月12日，南投縣宣布照常上班。", "2025-11-12", [("announce", "南投縣")]),
    ("9月22日，由两名战士对在场人员进行疏散。", "2014-09-23", [("rescue", "两名战士")]),
    # a unit the tagger splits off (骑警 组) and people in the plural (队员们) act
    ("3月17日，骑警组迅速赶到现场，队员们迅速追赶。", "2020-03-18",
     [("movement", "骑警组"), ("other", "队员们")]),
    # a body where something happens is no doer of it; a person may cause it
    ("5月11日，沾益县大海煤矿发生事故。", "2015-05-12", [("accident", None)]),
    # 出动 hands the next verb to the units it sends; a machine (机组) is no doer
    ("9月22日，消防大队立即出动3车18人赶赴现场。", "2014-09-23",
     [("dispatch", "消防大队"), ("movement", "3车18人")]),
    ("1月9日，核电站二号机组停堆。", "2016-01-10", [("other", None)]),
    # a warning raised (升级) is the office's act; an airport acts as a body
    ("珠海市气象台已于9月8日5时45分，将暴雨预警信号升级为红色。", "2023-09-08",
     [("decide", "珠海市气象台")]),
    ("6月16日，机场迅速协调各保障单位。", "2013-06-17", [("other", "机场")]),
    # a score is an adverbial, and its colon ends no clause
    ("10月28日，广西选手韦明杰16:9击败对手，赢得冠军。", "2020-10-29",
     [("win", "韦明杰"), ("win", "韦明杰")]),
    ("10月28日，选手韦明杰以1比2不敌对手。", "2020-10-29", [("compete", "韦明杰")]),
    # a long list names its kind in the last item; a counted party ends before a joined verb
    ("8月8日，南宁、柳州、桂林三个消防支队奔赴灾区。", "2020-08-09",
     [("movement", "桂林三个消防支队")]),
    ("5月30日，3名航天员领命出征。", "2020-05-31", [("other", "3名航天员")]),
    # 蔡姓 is "surnamed 蔡": the party opens the clause, the next clause's verb is its own
    ("12月27日上午，一名65岁蔡姓男子情绪激动，追车跌倒。", "2020-12-28",
     [("other", "一名65岁蔡姓男子"), ("other", "一名65岁蔡姓男子")]),
    # the body that opens the clause acts when the words before the verb name a thing
    ("4月3日，澄江区人民法院一审以合同诈骗罪判处刘某有期徒刑。", "2023-04-04",
     [("sentence", "澄江区人民法院")]),
    # 由 and a counted doer: the doer acts in its clause only, the body goes on after it
    ("5月4日，南宁市民政局发挥党员作用，每天由1名处级干部带队，组织党员开展宣传。",
     "2021-05-05", [("other", "1名处级干部"), ("campaign", "南宁市民政局"),
                    ("campaign", "党员")]),
    # a thing a body owns is the subject: nobody acts; a person's manner noun keeps the person
    ("5月4日，受雷雨影响，澜州国际机场部分航班取消。", "2021-05-05", [("suspend", None)]),
    ("5月4日，远航队前锋黄志强头球破门。", "2021-05-05", [("compete", "黄志强")]),
    # verbs before 的 + the subject describe the subject (a relative clause): it acts,
    # and they are no events of their own; after 将 the phrase is the object
    # a name before its titles joined by 兼 acts; 全部 after 被 counts, it does nothing
    ("5月4日，王毅国务委员兼外长会见南非总统。", "2021-05-05", [("meeting", "王毅")]),
    ("5月4日，两车相撞，伤者被全部送往医院。", "2021-05-05",
     [("accident", None), ("medical", None)]),
    # a verb-object word the tagger calls a noun (射水) is part of the act: the doer before
    # the adverb is the subject
    ("5月4日，消防人员一边射水灌救。", "2021-05-05", [("other", "消防人员")]),
    # a word of the act ending the subject's phrase (持刀) is no part of the doer; 法庭 acts
    ("5月4日，一名蒙面男子持刀闯入店内。", "2021-05-05", [("other", "一名蒙面男子")]),
    ("5月4日，法庭恢复开庭后当庭予以宣判。", "2021-05-05",
     [("resume", "法庭"), ("sentence", "法庭")]),
    # the body a 由 phrase makes up acts (由…组成的合议庭进行审理)
    ("5月4日，本案由三名法官和四名人民陪审员组成的七人合议庭进行审理。", "2021-05-05",
     [("trial", "七人合议庭")]),
    # the tagger glues the body's last character to the time after it (署今): both stay
    # words of their own, and the body acts
    ("中央氣象署今(18)日上午8時30分發布颱風警報。", "2023-10-18",
     [("publish", "中央氣象署")]),
    # an instrument's co-verb (利用) is no event and its noun phrase no subject
    ("5月4日，消防员也利用云梯直接进入楼内。", "2021-05-05", [("movement", "消防员")]),
    # a county responds to a disaster through its government; a place where cases are
    # counted or a crash happens does nothing
    ("5月4日，石棉县立即启动一级应急响应，出动救援力量。", "2021-05-05",
     [("launch", "石棉县"), ("dispatch", "石棉县")]),
    ("5月4日，景洪市新增2例确诊病例。", "2021-05-05", [("cases", None)]),
    # cases are found, nobody adds them: not the health commission that reports them
    ("省卫健委5日通报，4日，新增本土病例8例。", "2021-05-05",
     [("publish", "省卫健委"), ("cases", None)]),
    # the pivot's object does the rest of the clause; a duty before people (救援官兵)
    # names them, it is no act
    ("5月4日，雅安市迅速调集石棉县消防大队救援官兵赶往现场救援。", "2021-05-05",
     [("dispatch", "雅安市"), ("movement", "石棉县消防大队"), ("rescue", "石棉县消防大队")]),
    # 不料 ("unexpectedly") opens the clause; it is no part of the doer
    ("5月4日，市民上前询问，不料男子转身逃跑。", "2021-05-05",
     [("movement", "市民"), ("investigate", "市民"), ("other", "男子"), ("movement", "男子")]),
    # a length (全长) is no doer, whatever its last character
    ("5月4日，线路全长22公里，连接两区，当天开通运营。", "2021-05-05",
     [("other", None), ("launch", None)]),
    # a subject after 有 (there are people hurt) acts in its clause only
    ("5月4日，市消防局接报，有民众受伤急需救援，派遣消防车前往。", "2021-05-05",
     [("report_case", "消防局"), ("casualty", None), ("rescue", "民众"),
      ("dispatch", "消防局"), ("movement", None)]),
    ("5月4日，村警郭辉外出办事。当日，前往邻县办完事的郭辉乘坐大巴返回。", "2021-05-05",
     [("other", "郭辉"), ("other", "郭辉"), ("movement", "郭辉")]),  # 乘坐 undated
    # an adverb the tagger joins to a verb (共出动) is cut off; an event word a few words
    # after 致/造成 is the trigger, whatever names stand between
    ("5月4日，共出动执法人员8人次。", "2021-05-05", [("dispatch", None)]),
    ("5月4日，大雨致南宁机场多个航班取消，造成2人死亡。", "2021-05-05",
     [("suspend", None), ("casualty", None)]),
    # with 同/与 before a relative clause, the noun phrase is the partner, not the doer
    ("5月4日，主席周立新在北京同首次访华的某国总统阿里举行会谈。", "2021-05-05",
     [("talks", "周立新")]),
    # a verb after the name of an alert level is no object of it (…应急响应升级为…); 调度
    # sends people, who do the next things
    ("5月4日，澜州市防汛指挥部将三级应急响应升级为二级应急响应，调度一千余人开展抢险。",
     "2021-05-05", [("decide", "澜州市防汛指挥部"), ("dispatch", "澜州市防汛指挥部"),
                    ("rescue", "一千余人")]),
    # a clause that opens with 将 has its doer in the clause before; a relative clause inside
    # the object gives no subject
    ("5月4日，消防人员先利用升降台，将一名正在外墙求助的女子救出。", "2021-05-05",
     [("report_case", "消防人员"), ("rescue", "消防人员")]),
    # what police say (指…) has a subject of its own; a manner co-verb the tagger calls a noun
    # (持刀) and a time of day (晚) stand between it and its verb; a verb before 会 names it
    ("5月4日，警方召开简报会，指一名男子于3日(周一)晚持刀闯入店铺。", "2021-05-05",
     [("meeting", "警方"), ("statement", "警方"), ("other", "一名男子")]),
    # the doer of a manner co-verb does the verb it describes; a case in a tracing report acts
    ("5月4日，事故双方开车离开。该病例乘坐公交车前往市场。", "2021-05-05",
     [("other", "事故双方"), ("movement", "事故双方"), ("other", "该病例"),
      ("movement", "该病例")]),
    # a meeting studies what it relays (传达学习): acts of the day, not slogans
    ("5月4日，省长主持召开常务会议，传达学习文件精神。", "2021-05-05",
     [("meeting", "省长"), ("other", "省长"), ("other", "省长")]),
    # a 根据 phrase between the subject and the verb is an adverbial
    ("5月4日，民警根据群众举报赶到现场。", "2021-05-05", [("movement", "民警")]),
    # a meeting held on a date written with spaces has no agent, however named the body
    # before it; what still needs a vote (尚需股东大会审议) is no fact
    ("5月4日，某某股份有限公司发出通知。会议于 2023 年 8 月 16 日以现场方式召开，"
     "该议案尚需股东大会审议。", "2023-08-17",
     [("issue_document", "某某股份有限公司"), ("meeting", None)]),
    # 获报 is a report received; a duty before its crew is part of the doer's name
    ("5月4日，市消防局10时获报，救护人员到场。", "2021-05-05",
     [("report_case", "消防局"), ("movement", "救护人员")]),
    # people words are doers whatever the tagger calls them (青年 tagged a time); 驻 is a post
    ("5月4日，当地青年向来宾献上鲜花，中国驻柬埔寨大使王文天到机场迎接。", "2021-05-05",
     [("other", "当地青年"), ("movement", "王文天"), ("other", "王文天")]),
    # 以 opens the ground of an act (以涉嫌纵火): the doer stands before it, or after 被
    ("5月4日，一名男子被警方以涉嫌纵火拘捕。警员其后于附近以涉嫌纵火将他拘捕。", "2021-05-05",
     [("arrest", "警方"), ("arrest", "警员")]),
    # 该局 is the body the sentence named before, even after 从 (记者从…获悉); a list with 等
    # inside an object (对调味品等278批次产品) is one noun phrase
    ("11月15日，记者从兰州市市场监督管理局获悉，该局于10月对调味品等278批次产品进行监督抽检，"
     "不合格10批次。", "2023-11-15", [("inspect", "兰州市市场监督管理局")]),
    # a list of people closed by 等 is the subject (its last name stands for it)
    ("5月4日，市领导王冬梅、韩跃武等列席会议。", "2021-05-05", [("meeting", "韩跃武")]),
    # a body part ends a subject: its owner is meant
    ("5月4日，该名男子双手捂住伤口，随后离开医院。", "2021-05-05",
     [("other", "该名男子"), ("movement", "该名男子")]),
    # burns and drownings are casualties: nobody does them
    ("5月4日，该名男子背部烧伤，一名女童溺水。", "2021-05-05",
     [("casualty", None), ("casualty", None)]),
    # death and injury happen to a person: nobody does them
    ("5月4日，伤者张某当场死亡。", "2021-05-05", [("casualty", None)]),
    # after 将/把 a noun phrase with a relative clause is the object, the doer stands before
    ("5月4日，民警迅速将吵架的两个人带上警车，然后疏散围观群众。", "2021-05-05",
     [("other", "民警"), ("rescue", "民警")]),
    # a light verb carries the table verb an untabled one modifies (进行了集中宣判: 宣判);
    # a range of durations (1个月至5年不等) dates nothing
    ("5月4日，市法院对一批案件进行了集中宣判。其他被告人分别被判处1个月至5年不等的有期徒刑。"
     "随后法院召开会议。", "2021-05-05",
     [("sentence", "市法院"), ("sentence", None), ("meeting", "法院")]),
    # a meeting is held, whatever verb stands between (以…表决…的方式: a manner, no act)
    ("5月4日，会议以现场和通讯表决相结合的方式召开。", "2021-05-05", [("meeting", None)]),
    # a clause that opens with a body, its titles and their holder: the holder acts
    ("5月4日，澜州市中级人民法院党组书记、院长周立新率先垂范，担任审判长。", "2021-05-05",
     [("other", "周立新")]),
    # a trial as a noun (庭审活动, 庭审前) is no event
    ("5月4日，此次庭审活动公开直播，庭审前法官阅读了材料。", "2021-05-05",
     [("other", "法官")]),
    # people counted or named sick before a treatment are treated; staff treat
    ("5月4日，工厂起火，15人入院救治，伤者送医。医护人员全力救治伤员。", "2021-05-05",
     [("fire", None), ("medical", None), ("medical", None), ("medical", None),
      ("medical", "医护人员")]),
    # 经/经过 X (的) V: X does it
    ("5月4日，经过全体参战人员奋力扑救，大火熄灭。经医护人员的全力救治，伤员脱险。", "2021-05-05",
     [("rescue", "全体参战人员"), ("other", None), ("medical", "医护人员"), ("other", "伤员")]),
    # a duty before the people doing it names them (道路养护工人); a preposition the tagger
    # glues into the name after it (从石/ng 登乡) opens no subject
    ("5月4日，几名道路养护工人清理路面。司机易某驾驶货车，从石登乡驶往回龙村。", "2021-05-05",
     [("other", "几名道路养护工人"), ("other", "易某"), ("movement", "易某")]),
    # a long unnamed subject is its head after the last 的; a word before 们 is people
    # whatever its tag (考生/v 们); a localizer word (沿街) and a cleft's 是…在 are adverbials
    ("5月4日，澜州市某职业技术学校的师生们来到派出所。考生们整齐列队。执法人员沿街走访商铺。"
     "嫌疑人是在凌晨翻越围墙进入的。", "2021-05-05",
     [("movement", "师生们"), ("other", "考生们"), ("visit", "执法人员"), ("other", "嫌疑人"),
      ("movement", "嫌疑人")]),
    # a duty before a body names it (抢险救灾指挥部); sent to hospital with no 将 before:
    # the one sent; 由救护员: the crew
    ("5月4日，抢险救灾指挥部组织力量。陈男送医治疗，老妇由救护员送往医院。", "2021-05-05",
     [("campaign", "抢险救灾指挥部"), ("medical", None), ("medical", None),
      ("medical", "救护员")]),
    # 在…陪同下, 在…后: a circumstance between the subject and its verb, no act of its own;
    # 在 right before a verb marks it ongoing; a light verb carries a noun by its last verb
    # (进行国事访问); a verb this often a verb acts on a plan (启动预案), not names a kind
    ("5月4日，国家主席林远在总统陪同下检阅仪仗队。林远是在结束访问后抵达的。民警在巡逻中"
     "发现男子。该局启动预案，并进行国事访问。", "2021-05-05",
     [("other", "林远"), ("other", "林远"), ("visit", "林远"), ("movement", "林远"),
      ("patrol", "民警"), ("statement", "民警"),
      ("launch", "该局"), ("visit", "该局")]),
    # a pronoun refers back to the unnamed person before it (杨姓孕妇…她); a gender after a
    # name (熊某某，男，69岁) is no one
    ("5月4日，一名在澜州居住的杨姓孕妇说，当时她在沙发上看电视。", "2021-05-05",
     [("statement", "杨姓孕妇"), ("other", "杨姓孕妇")]),
    ("5月4日，记者获悉，熊某某，男，69岁，已入院。", "2021-05-05", [("medical", "熊某某")]),
    # a place's body is the doer, not the place (中国央行); 机关 and 公安 are bodies
    ("5月4日晚间，中国央行宣布降息。男子被公安机关擒获。", "2021-05-05",
     [("announce", "中国央行"), ("rate_decision", "中国央行"), ("arrest", "公安机关")]),
    # a numbered case the notice speaks of is the subject of what follows it
    ("指揮中心表示，案593為50多歲女性，11月3日回報有輕微鼻塞症狀。", "2020-11-13",
     [("statement", "指揮中心"), ("other", "案593")]),
    # a byline opening the sentence is no part of its subject; a storm's warning (天鸽/nz 的)
    # is the object of 解除, not a relative clause
    ("(中央社記者廖禹揚台北22日電)中央氣象局今天上午11時30分解除颱風天鴿的陸上警報,但仍陸續發布"
     "豪雨特報。", "2017-08-22", [("other", "中央氣象局"), ("publish", "中央氣象局")]),
    # 遭 marks a passive and is no act of its own: the doer after it acts
    ("8月11日清晨，該男子立即逃跑，隨後遭警員制服。", "2025-08-12",
     [("movement", "該男子"), ("arrest", "警員")]),
])
def test_arguments(text: str, dct: str, expected: list[tuple[str, str | None]]) -> None:
    doc = extract(text, dct=dct)
    assert [(e.type.value, _agent(e)) for e in doc.events] == expected


def test_after_jiang_the_relative_clause_describes_the_object() -> None:
    doc = extract("5月4日，医疗队将出现症状的学生送往医院。", dct="2021-05-05")
    assert [(e.trigger.text, _agent(e)) for e in doc.events][-1] == ("送往医院", "医疗队")


def test_a_quoted_case_name_dates_nothing_and_the_story_day_comes_back() -> None:
    # "4·27" names the case; after a paragraph of findings (a flashback) the next one is
    # back on the day of the hearing
    text = ("5月10日，“4·27”抢劫案在澜州中院公开审理。\n经审理查明，4月20日，被告人李某购买"
            "刀具。\n法庭当庭宣判。")
    doc = extract(text, dct="2021-05-11")
    days = {e.trigger.text: e.time.value if e.time else None for e in doc.events}
    assert (days["公开审理"], days["购买"], days["宣判"]) == (
        "2021-05-10", "2021-04-20", "2021-05-10")


def test_a_happening_reported_by_a_support_verb_before_de_dates_the_story() -> None:
    # 发生…相撞的意外: the relative clause is what 发生 reports, so its day goes on to the
    # next sentence (not 2024年4月3日发生的地震, a past one named); an advice before it
    # (都要当心) is no fact and dates nothing
    text = "夜间视线不良，开车都要当心！昨(7)日深夜，发生机车和汽车相撞的意外。当时一名骑士下班。"
    doc = extract(text, dct="2022-03-08")
    days = {e.trigger.text: e.time.value[:10] if e.time else None for e in doc.events}
    assert days["相撞"] == days["下班"] == "2022-03-07"
    assert "当心" not in days


def test_a_part_of_day_dated_only_by_the_dct_is_no_story_day() -> None:
    # 凌晨时分 opens the story undated by the text: the paragraphs after 8月25日 stay on the
    # 25th, not sent back to the DCT's night as after a flashback
    text = ("凌晨时分，市民发现一名男子形迹可疑。\n事情发生在8月25日。当天凌晨3点许，"
            "值班室接到电话。\n30分钟后，民警赶到公园。\n民警将该男子带至派出所询问。")
    doc = extract(text, dct="2025-09-01")
    days = {e.trigger.text: e.time.value[:10] if e.time else None for e in doc.events}
    assert (days["赶到"], days["询问"]) == ("2025-08-25", "2025-08-25")


def test_a_year_naming_a_contest_does_not_date_the_clauses_after_it() -> None:
    doc = extract("8月26日晚，2023年世锦赛最后一场比赛打响，中国队2:1战胜荷兰队。",
                  dct="2023-08-27")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events][-1] == (
        "战胜", "2023-08-26TEV")


def test_a_day_a_figure_is_compared_with_dates_nothing() -> None:
    doc = extract("2日，新增治愈出院病例30例，重症病例较前一日增加3例。", dct="2021-12-03")
    assert {e.time.value for e in doc.events if e.time} == {"2021-12-02"}


def test_a_time_with_nothing_to_count_from_dates_nothing() -> None:
    # 半小时后 resolves to no day (XXXX-XX-XXTXX:XX): the story's day goes on
    doc = extract("6月14日，女士接到电话，半小时后一名男子到住所附近收钱。", dct="2024-06-18")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == [
        ("接到", "2024-06-14"), ("到", "2024-06-14"), ("收钱", "2024-06-14")]


def test_a_year_dates_its_own_sentence_not_the_story_after_it() -> None:
    doc = extract("2022年，公司利润增长。公司发布公告。5月4日，公司召开会议。公司发布公告。",
                  dct="2023-05-05")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == [
        ("增长", "2022"), ("发布公告", None), ("召开", "2023-05-04"), ("发布公告", "2023-05-04")]


@pytest.mark.parametrize(("text", "triggers"), [
    # a credit line at a paragraph's end reports nothing (报道 is no publish event there)
    ("5月4日，某镇一仓库起火。记者 张明 摄影报道", ["起火"]),
    # a happening before 原因 or 人数 names it, it does not report it
    ("5月4日，某镇一仓库起火，起火原因正在调查。", ["起火", "调查"]),
    # a noun the tagger does not know is no verb however it is tagged (战略伙伴, 关心的)
    ("5月4日，双方是全面战略伙伴，就共同关心的问题交换意见。", ["交换"]),
    # the tagger's 该起 is no verb
    ("5月4日，某镇一仓库起火，该起火灾未造成伤亡。", ["起火", "造成伤亡"]),
    # a verb before a noun of people or equipment names them (运行人员); 涉案 and 上班 report
    # nothing
    ("5月4日，运行人员更换滤网，涉案男子照常上班。", ["更换"]),
    # after a movement a verbal noun is the next act, not an object (到场调查)
    ("5月4日，警方接报后到场调查。", ["接报", "到场", "调查"]),
    # a "noun" before 了 is a verb; a person's 的 starts the object, no relative clause
    ("5月4日，代表团参观了会展中心。", ["参观"]),
    ("5月4日，公司董事会收到副总经理周某的辞职报告。", ["收到", "辞职"]),
    # an adjective and 的 before the object make no relative clause (钻进茂密的山林)
    ("5月4日，嫌疑人钻进茂密的山林，民警立即到现场。", ["钻进", "到现场"]),
    # 据了解 is "as we learn"; a verb between a verb and a noun modifies the noun
    ("5月4日，据了解，消防员下达作战命令。", ["下达"]),
    ("5月4日，民警对作战装备进行检查。", ["检查"]),
    # a verb often used as a noun, before an abstract head, names a kind of thing
    ("5月4日，考古队继续发掘工作，通报了运行事件。", ["通报"]),
    # a discourse phrase (值得一提的是) and the caller (报警人) report nothing
    ("5月4日，值得一提的是，民警联系了报警人。", ["联系"]),
    # states and descriptions are no events
    ("5月4日，张某居住在该小区，车内有两人，已有多名邻居。", []),
    ("5月4日，一家住户中有一名老人，消防站接到涉水警情。", ["接到"]),
    ("5月4日，该局隶属市政府。", []),
    # what 根据/按照 introduce is the source of an act, not an act (按照要求开展: 开展 acts)
    ("5月4日，根据群众举报，民警赶到现场。", ["赶到"]),
    ("5月4日，海关根据布控指令对货车进行查验。", ["查验"]),
    ("5月4日，各村按照要求开展排查。", ["排查"]),
    # a short quote is a term or a name (“内部装修”), its verbs no acts; an event noun
    # quoted after 导致 still is one
    ("5月4日，男子因“未列舱单货物”被捕。", ["被捕"]),
    ("5月4日，午餐导致“食物中毒”。", ["食物中毒"]),
    # a kind of case (确诊病例, 治愈出院病例) is no event; the count of new ones is
    ("5月4日，全省报告新增确诊病例5例，新增治愈出院病例3例。", ["报告", "新增", "新增"]),
    # after 这次/此次 a verb is a noun (此次会谈取得成功: the talks, no new event)
    ("5月4日，此次会谈取得成功。", []),
    # a verb before 部门 or 小组 names a body by its duty; the body is the doer
    ("5月4日，案件已移交海关处置部门处理。", ["移交", "处理"]),
    # a charge's name (以绑架罪判处), what was robbed (找到了被抢女子) and 是否 report nothing;
    # the one robbed (女子被抢) was
    ("5月4日，法院以绑架罪判处李某死刑。民警找到了被抢女子。女子被抢。", ["判处", "找到", "抢"]),
    ("5月4日，他追问赎金是否进账。", ["追问", "进账"]),
    # a light verb gives way to the act its object names (开展应急演练 → 演练, 开展专项整治
    # 行动 → 整治); a pivot's people and their act stay two (组织人员灭火)
    ("5月4日，消防大队开展应急演练，警方开展专项整治行动。", ["演练", "整治"]),
    ("5月4日，民警组织人员灭火。", ["组织", "灭火"]),
    # the driver and the passenger are people, no act of driving
    ("5月4日，驾驶人王某受伤，乘车人李某死亡。", ["受伤", "死亡"]),
    # a board's tally reports no act; 符合 is a state
    ("5月4日，董事会召开会议，会议的召开符合规定。表决结果：9票同意，0票反对，0票弃权。",
     ["召开"]),
    # a determiner after a verb opens its object: no relative clause (查看此次…的CT)
    ("5月4日，医生不断查看此次车祸伤者的CT。", ["查看"]),
    # how the reporter learned it is no news; a belief, a boundary, a rank are no acts
    ("5月4日，记者从警方获悉，嫌疑人已被抓获。", ["抓获"]),
    ("5月4日，我们相信该队位居榜首。", []),
    # holding a meeting is one event over the verb and its meeting noun; the noun alone is
    # no new event (发布会上)
    ("5月4日，星途公司在合肥举行新车发布会。发布会上，董事长介绍了新车。",
     ["举行新车发布会", "介绍"]),
])
def test_words_that_report_nothing(text: str, triggers: list[str]) -> None:
    assert _triggers(text, "2021-05-05") == triggers


@pytest.mark.parametrize(("text", "triggers"), [
    # a need, a wish, a request, a refusal or a purpose is no fact
    ("5月4日，派出所赶到现场，需要消防支援。", ["赶到"]),
    ("5月4日，家属希望进场旁听，法院拒绝家属进场。", ["拒绝"]),
    ("5月4日，指挥部发布预警，请市民做好防御。", ["发布"]),
    ("5月4日，民警调取录像，以便核查车辆去向。", ["调取"]),
    # a condition reaches over the rest of its sentence
    ("5月4日，校方联系了家长，如果学生出现不适，立即送往医院。", ["联系"]),
    # 刚要 is no exhortation (test_what_is_to_be_done_or_how_has_no_day)
    ("5月4日，救护车刚要转弯时，与货车相撞。", ["相撞"]),
    # a habit is no event of a day; 只要 is a condition
    ("5月4日，黄某被抓获。他平时喜欢看热闹，只要哪里人多，他就往哪里去。", ["抓获"]),
    # the name of an alert level is no event; starting it is
    ("5月4日，该省启动防汛二级应急响应。", ["启动"]),
    # an ability is no fact; 应保尽保 is a slogan
    ("5月4日，民政局召开会议，群众可以网上办。", ["召开"]),
    ("5月4日，民政局开展核查，做到应保尽保。", ["核查"]),
    # 应…邀请 is an invitation, not "should"
    ("应市长李明邀请，代表团于5月4日抵达。", ["邀请", "抵达"]),
    # a charge (涉嫌…) is no deed of the day; being taken away is
    ("5月4日，10名男女涉嫌破坏社会安宁而被带返警署。", ["带返"]),
    # after an order and its colon, what is ordered is no fact; nor what is to be ensured
    ("5月4日，指挥员下达命令：马上疏散群众，进入楼内搜索。", ["下达"]),
    ("5月4日，队员逐层搜索，确保无人员被困。", ["搜索"]),
    ("5月4日，法院判处其死刑，剥夺政治权利终身，其行为依法应予严惩。", ["判处"]),
    # a purpose or a hope reaches over the rest of its sentence
    ("5月4日，外长抵达南非。此访旨在推进合作，深化互信，推动关系迈上新台阶。", ["抵达"]),
    ("5月4日，外长抵达南非。我们希望通过此访增进互信，提升合作水平。", ["抵达"]),
])
def test_what_is_no_fact_is_no_event(text: str, triggers: list[str]) -> None:
    assert _triggers(text, "2021-05-05") == triggers


@pytest.mark.parametrize(("text", "expected"), [
    # weather after a support verb is the event (突降暴雨 → 暴雨, 迎来强降雨 → 降雨)
    ("7月21日，某市突降暴雨，多处道路受淹。", [("disaster", "突降暴雨"), ("disaster", "受淹")]),
    ("7月21日，某县普降大暴雨。", [("disaster", "普降大暴雨")]),
    ("7月21日，学生出现呕吐症状。", [("other", "出现")]),
    # a cause before 导致 is its own event, and 导致 gives way to what it causes
    ("7月21日，暴雨导致山洪暴发。", [("disaster", "暴雨"), ("disaster", "暴发")]),
    ("7月21日，暴雨引发泥石流。", [("disaster", "暴雨"), ("disaster", "引发泥石流")]),
])
def test_weather_and_symptoms(text: str, expected: list[tuple[str, str]]) -> None:
    doc = extract(text, dct="2023-07-22")
    assert [(e.type.value, e.trigger.text) for e in doc.events] == expected


def test_a_time_deep_in_the_object_does_not_date_the_event() -> None:
    doc = extract("10月17日，双方会谈，签署了两国2024年至2026年的磋商计划。", dct="2023-10-18")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == [
        ("会谈", "2023-10-17"), ("签署", "2023-10-17")]


def test_a_year_in_the_object_does_not_date_the_event() -> None:
    doc = extract("12月25日，会议听取了2020年民生项目的汇报。", dct="2019-12-26")
    first = doc.events[0]
    assert (first.trigger.text, first.time.value if first.time else None) == (
        "听取", "2019-12-25")


def test_introductions_and_list_items_are_no_headings() -> None:
    text = ("10月30日，董事会召开会议。\n经与会董事讨论，审议通过如下议案：\n"
            "（一）审议通过《年度报告》\n")
    triggers = _triggers(text, "2025-10-31")
    assert triggers == ["召开", "讨论", "审议通过", "审议通过"]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's events take the day of the first body sentence, not the dateline's
    ("澜州市发布暴雨预警 全市停课\n2021-05-04 10:20 来源：澜州日报\n"
     "5月3日，澜州市气象台将预警信号升级为红色。",
     [("发布", "2021-05-03"), ("停课", "2021-05-03"), ("升级", "2021-05-03")]),
    # what the body tells again is left to the body; a meta line is no headline
    ("澜州市发布暴雨预警\n5月4日，澜州市气象台发布暴雨预警。", [("发布", "2021-05-04")]),
    ("发布时间：2021-05-04 10:20\n5月4日，澜州市气象台升级预警。", [("升级", "2021-05-04")]),
    # a section heading inside the text still reports nothing
    ("5月4日，澜州市气象台升级预警。\n各区启动应急响应\n5月5日，学校停课。",
     [("升级", "2021-05-04"), ("停课", "2021-05-05")]),
])
def test_the_headline_reports_the_first_events(text: str, expected: list[tuple[str, str]]
                                              ) -> None:
    events = extract(text, dct="2021-05-06").events
    assert [(e.trigger.text, e.time.value if e.time else None) for e in events] == expected


@pytest.mark.parametrize(("text", "triggers"), [
    # a word People's Daily nearly always tags a verb is one when it ends its clause,
    # whatever the tagger says (亮相/n, 升空/vn)
    ("5月30日，3名航天员穿上航天服亮相。", ["亮相"]),
    ("5月30日上午，火箭点火发射升空。", ["点火", "发射升空"]),
    # 到 a place, then the act there, is a movement; 从…到 is a range, 到…为止 a limit
    ("5月30日，工地负责人立即到永乐派出所报案。", ["到", "报案"]),
    ("5月30日，检查组从南宁市到柳州市开展巡查。", ["巡查"]),
    ("5月30日，工作人员到南宁市为止已完成登记。", ["完成", "登记"]),
    # 到 or 去 a noun that names a place (机场, 保健室, 饭店), then the act there
    ("5月30日，老师让学生到保健室休息。大使也到机场迎接。", ["到", "休息", "到", "迎接"]),
    # right after its doer, a word People's Daily nearly always tags a verb is one, whatever
    # the tagger says (休庭/n, 上前/t)
    ("5月30日，法庭休庭后，警员上前截查。", ["休庭", "上前", "截查"]),
    # a four-character word the tagger calls a name where none was found holds its verbs
    # (宣告成立/nr, 拉开帷幕/nr)
    ("5月30日，澜州银行在此宣告成立。中考拉开帷幕。", ["宣告", "成立", "拉开"]),
    # 被 after a verb opens a passive clause that describes the object (稀释被污染的水源)
    ("5月30日，水厂紧急调水，稀释被污染的水源。", ["稀释"]),
])
def test_a_strong_verb_ending_its_clause_is_a_predicate(text: str, triggers: list[str]) -> None:
    assert _triggers(text, "2021-05-31") == triggers


def test_an_event_takes_the_actors_nearest_before_it_not_a_whole_long_clause() -> None:
    # the participants are looked up by bisection and bounded, so a clause that names
    # thousands of actors costs linear time (bench_linear's actor-line)
    from timeline.actors.gazetteer import regions
    provinces = sorted({r.name for r in regions().values() if r.level == "province"})[:30]
    text = "1月1日，" + "、".join(p + "人民政府" for p in provinces) + "代表出席会议。"
    (event,) = extract(text, dct="2020-01-02").events
    names = [r.name for r in event.actors]
    assert len(names) == 24
    assert names[0] == provinces[-1] + "人民政府"  # the agent, nearest the trigger
    assert provinces[0] + "人民政府" not in names


def test_a_verb_after_de_is_a_noun() -> None:
    assert [e.trigger.text for e in extract("会议由王明主持，会议的召开符合规定。").events] == [
        "主持"]


@pytest.mark.parametrize(("text", "expected"), [
    ("5月4日，某公司召开董事会。此前，该公司曾多次发布公告。",
     [("召开", "2023-05-04"), ("发布公告", None)]),
    # a summary of the past years (三年来, 5年以来) is no event of the story's day
    ("5月4日，某法院召开会议。三年来，该院共审结案件1832件。",
     [("召开", "2023-05-04"), ("审结", None)]),
])
def test_background_takes_no_story_day(text: str, expected: list[tuple[str, str | None]]
                                       ) -> None:
    doc = extract(text, dct="2023-05-05")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == expected


def test_a_day_wins_over_a_year_that_names_something() -> None:
    doc = extract("昨日，2023年澜江羽毛球公开赛展开争夺。女单比赛中，王雨桐战胜对手。",
                  dct="2023-08-04")
    assert [(e.trigger.text, e.time.value if e.time else None) for e in doc.events] == [
        ("争夺", "2023-08-03"), ("比赛", "2023-08-03"), ("战胜", "2023-08-03")]


def test_same_day_is_no_plan_when_the_dct_has_no_clock() -> None:
    doc = extract("10日上午，法院开庭审理此案。", dct="2018-07-10")
    assert [e.modality for e in doc.events] == ["actual"]
    later = extract("10日下午，法院开庭审理此案。", dct="2018-07-10T08:00")
    assert [e.modality for e in later.events] == ["planned"]


def test_a_range_ending_at_24_hours_keeps_its_day_for_the_story() -> None:
    doc = extract("9月8日0时至24时，某市新增病例12例。当天，省卫健委派出医疗队。",
                  dct="2023-09-09")
    assert [(m.text, m.time.value) for m in doc.times][-1] == ("当天", "2023-09-08")


def test_a_subject_and_its_change_joined_as_one_word() -> None:
    doc = extract("2016年7月份，食品价格上涨3.3%，消费品价格下降0.1%。", dct="2016-08-09")
    assert [(e.type.value, e.trigger.text) for e in doc.events] == [
        ("change", "上涨"), ("change", "下降")]


@pytest.mark.parametrize(("text", "expected"), [
    # a manner co-verb says how the next verb was done: an event of no day of its own
    ("5月4日，男子持刀闯入店内，随后骑车逃逸。",
     [("闯入", True, "actual"), ("骑车", False, "actual"), ("逃逸", True, "actual")]),
    # an exhortation (要… at a clause's start) reaches over its sentence: planned, no day
    ("5月4日，会议召开。会议指出，要深入学习文件精神，坚决稳住经济大盘。",
     [("召开", True, "actual"), ("指出", True, "actual"), ("学习", False, "planned"),
      ("稳住", False, "planned")]),
    # 都要, 也要 as the tagger cuts them (都/d 要/v) exhort too; 刚要 is "about to"
    ("5月4日，各单位也要加强巡查。司机刚要转弯，发现行人。",
     [("巡查", False, "planned"), ("转弯", True, "actual"), ("发现", True, "actual")]),
])
def test_what_is_to_be_done_or_how_has_no_day(text: str, expected: list[tuple[str, bool, str]]
                                              ) -> None:
    doc = extract(text, dct="2021-05-05")
    assert [(e.trigger.text, e.time is not None, e.modality) for e in doc.events] == expected
