"""Facts as of the report's date (issue 31): each class caught on wrong sentences and silent on
correct look-alikes (fixtures/facts/), as .txt and as .docx; the tables' hygiene; the time a
sentence is judged against."""
import datetime as dt
import os

import pytest

from djlint.checks.facts.data import FILES, build_facts, cn_number, read_table
from djlint.engine import build_registry, builtin_packs_dir
from djlint.lint import lint_path, lint_text
from fixtures import build_docx as B

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "fixtures", "facts")
FACTS = os.path.join(ROOT, "rules", "phrase", "facts")
CLASSES = ["leaders", "anniversaries", "campaigns", "formulations", "repeats", "redaction", "thoughts", "names",
           "meetings", "terms", "titles", "history", "traditional", "posts"]


def load(name: str):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    codes = lines[0].lstrip("# ").split()
    cases = []
    for line in lines[1:]:
        if line.strip():
            year, _, text = line.partition("\t")
            cases.append((year, text.split("⏎")))
    return codes, cases


def report_lines(year: str, paragraphs: list[str]) -> list[str]:
    title = f"{year}年度党建工作报告" if year != "-" else "党建工作情况报告"
    return [title, *paragraphs]


def found_txt(year, paragraphs, codes):
    text = "\n".join(report_lines(year, paragraphs)) + "\n"
    return sorted({d.code for d in lint_text(text, {"select": codes}) if d.code in codes and d.line >= 2})


def found_docx(tmp_path, year, paragraphs, codes):
    path = B.from_lines(str(tmp_path / "case.docx"), report_lines(year, paragraphs), split=3)
    return sorted({d.code for d in lint_path(path, {"select": codes}) if d.code in codes and d.line >= 2})


@pytest.mark.parametrize("cls", CLASSES)
def test_each_class_has_ten_wrong_sentences_and_ten_lookalikes(cls):
    assert len(load(f"{cls}-true.txt")[1]) >= 9 and len(load(f"{cls}-lookalike.txt")[1]) >= 10


@pytest.mark.parametrize("cls", CLASSES)
def test_every_wrong_sentence_is_caught(cls):
    codes, cases = load(f"{cls}-true.txt")
    missed = [(year, p) for year, p in cases if not found_txt(year, p, codes)]
    assert missed == []


@pytest.mark.parametrize("cls", CLASSES)
def test_every_lookalike_is_silent(cls):
    codes, cases = load(f"{cls}-lookalike.txt")
    noisy = {(year, "⏎".join(p)): found_txt(year, p, codes) for year, p in cases}
    assert {k: v for k, v in noisy.items() if v} == {}


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("kind", ["true", "lookalike"])
def test_a_docx_gives_the_same_findings(tmp_path, cls, kind):
    codes, cases = load(f"{cls}-{kind}.txt")
    for year, paragraphs in cases:
        assert found_docx(tmp_path, year, paragraphs, codes) == found_txt(year, paragraphs, codes), (year, paragraphs)


# -- the time a sentence is judged against ------------------------------------------------------

def messages(text, code):
    return [d.message for d in lint_text(text, {"select": [code]}) if d.code == code]


def test_a_fact_wrong_at_every_date_of_the_window_is_reported_with_its_date():
    assert messages("2024年度党建工作报告\n国务院总理李克强出席会议。\n", "DJ431") == [
        "2024年的国务院总理是李强（2023年3月起），请核对“李克强”"]


def test_a_fact_right_at_some_date_of_the_window_is_not():
    # a 2023 annual report tells of the whole of 2023 (李克强 was 总理 until 2023-03-11)
    assert messages("2023年度党建工作报告\n国务院总理李克强出席会议。\n", "DJ431") == []
    # a 2022 annual report is written until March 2023, when 李强 became 总理
    assert messages("2022年度党建工作报告\n国务院总理李强出席会议。\n", "DJ431") == []
    # a half-year summary of 2022 is not
    assert messages("2022年上半年工作总结\n国务院总理李强出席会议。\n", "DJ431")


def test_the_year_a_sentence_names_decides_and_history_is_left_alone():
    body = "2024年度党建工作报告\n{}\n"
    assert messages(body.format("2022年3月，国务院总理李克强作政府工作报告。"), "DJ431") == []
    assert messages(body.format("2024年3月，国务院总理李克强作政府工作报告。"), "DJ431")
    for history in ("时任国务院总理李克强出席会议。", "原国务院总理李克强同志的遗体在京火化。", "李克强总理曾强调，要稳就业。"):
        assert messages(body.format(history), "DJ431") == [], history


def test_no_report_date_no_finding_that_needs_one():
    text = "党建工作情况报告\n国务院总理李克强出席会议。深入开展党史学习教育。今年是建党102周年。\n"
    assert [d.code for d in lint_text(text, {"select": ["DJ431", "DJ434", "DJ435", "DJ436"]})] == []


def test_dates_beyond_the_tables_are_silent_unless_the_person_left_before():
    # 2031: the tables were last checked in 2026; 李强 may or may not still be 总理, 李克强 certainly is not
    assert messages("2031年度党建工作报告\n国务院总理李强出席会议。\n", "DJ431") == []
    found = messages("2031年度党建工作报告\n国务院总理李克强出席会议。\n", "DJ431")
    assert found and "李强" not in found[0].replace("李克强", "")


def test_quotations_are_not_judged():
    text = "2024年度党建工作报告\n他说：“国务院总理李克强讲过这个问题，今年是建党102周年。”\n"
    assert [d.code for d in lint_text(text, {"select": ["DJ431", "DJ434"]})] == []


def test_anniversary_fix_keeps_the_numerals_of_the_text():
    found = lint_text("2024年是中华人民共和国成立七十四周年。", {"select": ["DJ434"]})
    assert [(d.severity, d.fix.replacement) for d in found] == [("error", "七十五")]
    found = lint_text("2024年是中华人民共和国成立74周年。", {"select": ["DJ434"]})
    assert [d.fix.replacement for d in found] == ["75"]


def test_a_meeting_cited_before_it_met_names_the_last_one_held():
    found = messages("2024年度党建工作报告\n深入学习贯彻党的二十届四中全会精神。\n", "DJ437")
    assert found == ["党的二十届四中全会2025年10月才召开，2024年的报告中请核对届次（此前最近的一次是党的二十届三中全会）"]


def test_a_stale_campaign_gives_the_wording_that_stays_right():
    found = messages("2025年度党建工作报告\n深入开展党纪学习教育。\n", "DJ435")
    assert found and "巩固深化党纪学习教育成果" in found[0]
    # a document looking back over five years tells of campaigns long over
    assert messages("2016年政府工作报告\n过去五年，我们扎实开展党的群众路线教育实践活动。\n", "DJ435") == []


def test_a_report_signed_in_march_also_tells_of_the_year_before():
    body = "关于落实全面从严治党主体责任情况的报告\n深入开展党纪学习教育。\n中共某局委员会\n{}\n"
    assert messages(body.format("2025年2月10日"), "DJ435") == []
    assert messages(body.format("2025年9月10日"), "DJ435")


# -- the tables --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [n for n in FILES if n != "posts.tsv"])
def test_every_fact_row_has_two_sources(name):
    rows = read_table(os.path.join(FACTS, name))
    assert rows
    for r in rows:
        assert r["source"].strip() and r["source2"].strip(), r["_where"]


def test_the_tables_load_and_hold_what_the_rules_need():
    facts = build_facts([FACTS])
    assert {t.post for t in facts.terms} <= set(facts.posts)
    assert set(facts.committees) >= {"十八届", "十九届", "二十届"}
    for c in facts.committees.values():
        assert [o for o, _p in c["members"]] == list(range(1, len(c["members"]) + 1))
    assert {p.name for p in facts.plans.values()} >= {"十三五", "十四五", "十五五"}
    assert facts.plans["十四五"].start_year == 2021 and facts.plans["十五五"].start_year == 2026


def test_no_two_people_hold_one_post_at_once():
    facts = build_facts([FACTS])
    for post in facts.posts:
        if facts.posts[post].several:
            continue  # 国务院副总理, 国务委员: several at once (test_several_holders_are_the_decided_ones)
        terms = sorted((t for t in facts.terms if t.post == post), key=lambda t: t.start or dt.date.min)
        for a, b in zip(terms, terms[1:]):
            assert a.end is not None and b.start is not None and a.end <= b.start, (a, b)


def test_several_holders_are_the_decided_ones():
    """国务院副总理 and 国务委员 (posts.tsv holders several): on any day the table covers, as many hold the post as the
    NPC decided (four vice premiers, five state councillors, fewer after a removal), and 常务副总理 is one of them."""
    facts = build_facts([FACTS])
    assert [p for p in facts.posts if facts.posts[p].several] == ["国务院副总理", "国务委员"]
    for post, most in (("国务院副总理", 4), ("国务委员", 5)):
        day = facts.posts[post].covered_from
        while day <= facts.posts[post].covered_to:
            held = {t.person for t in facts.terms if t.post == post and t.overlaps(day, day)}
            # the day one term ends and the next begins both count: at most twice as many that day
            assert 0 < len(held) <= most or day in {t.start for t in facts.terms if t.post == post}, (post, day, held)
            day += dt.timedelta(days=1)
    for t in facts.terms:
        if t.post == "国务院常务副总理":
            assert any(v.person == t.person and v.post == "国务院副总理" and v.start == t.start for v in facts.terms)
    assert [t.person for t in facts.holders("国务委员", dt.date(2024, 1, 1), dt.date(2024, 12, 31))] == [
        "王小洪", "吴政隆", "谌贻琴"]


def test_meeting_names_are_unique():
    facts = build_facts([FACTS])
    names = [n for m in facts.meetings for n in m.names]
    assert len(names) == len(set(names))


def test_the_built_in_tables_are_the_ones_the_registry_reads():
    from djlint.checks.facts.data import facts_for

    assert os.path.samefile(os.path.join(builtin_packs_dir(), "phrase", "facts"), FACTS)
    assert facts_for(build_registry()).terms


def test_a_pack_may_add_rows(tmp_path):
    pack = tmp_path / "pack"
    (pack / "facts").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: 本单位\ndescription: 测试\n", encoding="utf-8")
    (pack / "facts" / "plans.tsv").write_text(
        "# licence: test\n# columns: name\tstart_year\tend_year\tsource\tsource2\n十六五\t2031\t2035\t测试\t测试\n",
        encoding="utf-8")
    from djlint.checks.facts.data import facts_for

    assert "十六五" in facts_for(build_registry((str(pack),))).plans


@pytest.mark.parametrize("written,value", [("103", 103), ("一百零三", 103), ("八十八", 88), ("十", 10), ("七十五", 75),
                                           ("一百", 100), ("二〇二四", 2024), ("两", 2), ("", None), ("百x", None)])
def test_cn_number(written, value):
    assert cn_number(written) == value


def test_a_formulation_in_traditional_script_is_read_in_simplified_and_offered_no_fix():
    """習近平新時代先進思想 is the same wrong name as its simplified form; the fix would write simplified
    characters into a traditional text, so none is offered (DJ706 reports the script itself)."""
    text = "2021年度党建工作报告\n支部組織黨員深入學習新時代中國特色社會主義思想。\n把習近平新時代先進思想落實到崗位。\n"
    found = [d for d in lint_text(text, {"select": ["DJ401"]}) if d.code == "DJ401"]
    assert [(d.line, d.column) for d in found] == [(2, 11), (3, 2)]
    assert all(d.fix is None for d in found)
    assert "“新時代中國特色社會主義思想”" in found[0].message and "习近平新时代中国特色社会主义思想" in found[0].message
    simplified = "2021年度党建工作报告\n支部组织党员深入学习新时代中国特色社会主义思想。\n"
    assert [d.fix.replacement for d in lint_text(simplified, {"select": ["DJ401"]}) if d.code == "DJ401"] == [
        "习近平新时代中国特色社会主义思想"]


def test_a_name_cut_short_in_traditional_script_is_read_in_simplified_and_offered_no_fix():
    text = "2022年度工作总结\n全力支持以習總書記為核心的黨中央。\n"
    found = [d for d in lint_text(text, {"select": ["DJ207"]}) if d.code == "DJ207"]
    assert [(d.column, d.message, d.fix) for d in found] == [
        (5, "领导人姓名被删去或打码：“以習總書記為核心”应为“以习近平同志为核心”", None)]
    simplified = "2022年度工作总结\n全力支持以习总书记为核心的党中央。\n"
    assert [d.fix.replacement for d in lint_text(simplified, {"select": ["DJ207"]}) if d.code == "DJ207"] == [
        "以习近平同志为核心"]


def test_the_facts_rules_read_traditional_script_on_the_users_characters_without_a_fix():
    """One mechanism for the family (grammar.script.reads_traditional): a paragraph in traditional script is
    read in simplified characters; the finding stands on the user's characters, quotes them as written,
    names the right form in simplified characters, and offers no fix (DJ706 reports the script itself)."""
    text = "2023年度党建工作报告\n全體黨員認真學習習近平總書記總書記的重要講話。\n國務院總理李克強作報告，組織開展黨史學習教育。\n"
    found = [d for d in lint_text(text) if d.code.startswith("DJ43")]
    assert [(d.code, d.line, d.column, d.message, d.fix) for d in found] == [
        ("DJ439", 2, 12, "“總書記”重复了，疑为多打了一遍", None),
        ("DJ435", 3, 15, "党史学习教育于2021年2月至2022年1月开展，2023年的报告写“開展黨史學習教育”已不合时，可写“推动党史学习教育常态化长效化”",
         None)]  # 李克強 was still the premier in early 2023: silent
    simplified = "2023年度党建工作报告\n全体党员认真学习习近平总书记总书记的重要讲话。\n"
    assert [d.fix.replacement for d in lint_text(simplified, {"select": ["DJ439"]}) if d.code == "DJ439"] == ["总书记"]
    # a list's stranger quoted as written too (DJ402 reads traditional script by its own scan)
    members = "2024年度党建工作报告\n全體黨員牢固樹立政治意識、大局意識、核心意識、責任意識。\n"
    assert [d.message for d in lint_text(members, {"select": ["DJ402"]}) if d.code == "DJ402"] == [
        "“責任意識”不是“四个意识”的内容：此处应为“看齐意识”"]


def test_each_observance_row_is_borne_out_by_its_sources():
    """Every source of observances.tsv quotes a dated ordinal (2024年……第九个……); the first year must give it."""
    import re

    rows = read_table(os.path.join(FACTS, "observances.tsv"))
    assert len(rows) >= 8
    checked = 0
    for r in rows:
        first = int(r["first_year"])
        for cell in (r["source"], r["source2"]):
            m = re.search(r"((?:19|20)[0-9]{2})年[^第]{0,20}?第([0-9]+|[一二三四五六七八九十]+)个", cell)
            assert m, (r["_where"], cell)
            assert cn_number(m.group(2)) == int(m.group(1)) - first + 1, (r["_where"], m.group())
            checked += 1
    assert checked == 2 * len(rows)


def test_every_observance_has_a_prefilter_word_of_its_rule():
    """DJ434 is run only on paragraphs holding one of its prefilter words: a day added to observances.tsv
    without its word there would never be checked."""
    from djlint.checks.facts.anniversaries import AnniversaryNumber

    words = AnniversaryNumber.prefilter_words
    for r in read_table(os.path.join(FACTS, "observances.tsv")):
        for form in r["forms"].split("|"):
            assert any(w in form for w in words), (r["_where"], form)
