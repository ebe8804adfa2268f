"""DJ1xx: required sections per report profile, order, duplicates, empty sections, title,
salutation, closing, requests inside a report."""
import os

import pytest

from djlint.checks.structure import classify, groups_of, structure_of
from djlint.document import read_path
from djlint.engine import LintContext, build_registry
from djlint.lint import lint_path, lint_text
from fixtures.build_docx import build, from_lines, p, r

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFTS = os.path.join(ROOT, "fixtures", "structure")
PROFILES = ["work-report", "zhuti-zeren", "shuzhi", "duizhao-jiancha", "summary"]


def lines_of(profile):
    with open(os.path.join(DRAFTS, f"{profile}.txt"), encoding="utf-8") as fh:
        return fh.read().splitlines()


def codes(diags, prefix="DJ1"):
    return [d.code for d in diags if d.code.startswith(prefix)]


def lint_lines(lines, **cfg):
    return lint_text("\n".join(lines) + "\n", cfg or None)


def drop_section(lines, heading_start):
    """Remove the 一、-level section whose heading starts with ``heading_start`` and renumber nothing."""
    out, skipping = [], False
    for line in lines:
        if line.startswith(heading_start):
            skipping = True
            continue
        if skipping and (line[:2] in ("一、", "二、", "三、", "四、", "五、") or line.startswith("特此报告")):
            skipping = False
        if not skipping:
            out.append(line)
    return out


# -- complete drafts are silent --------------------------------------------------------------

@pytest.mark.parametrize("profile", PROFILES)
def test_complete_draft_is_silent(profile):
    diags = lint_path(os.path.join(DRAFTS, f"{profile}.txt"), {"select": ["ALL"]})
    assert [(d.code, d.message) for d in diags] == []


@pytest.mark.parametrize("profile", PROFILES)
def test_profile_is_recognised_from_title(profile):
    doc = read_path(os.path.join(DRAFTS, f"{profile}.txt"))
    a = structure_of(LintContext(doc, registry=build_registry()))
    assert a.profile.name == profile and a.how == "按标题识别"


@pytest.mark.parametrize("profile", PROFILES)
def test_complete_docx_with_automatic_numbering_is_silent(profile, tmp_path):
    path = from_lines(str(tmp_path / f"{profile}.docx"), lines_of(profile), auto_numbering=True)
    doc = read_path(path)
    assert any(par.label == "一、" for par in doc.body)  # the labels are Word's, not typed
    assert codes(lint_path(path, {"select": ["DJ1"]})) == []


@pytest.mark.parametrize("profile", PROFILES)
def test_complete_docx_headings_in_bold_body_paragraphs_are_silent(profile, tmp_path):
    body = []
    for line in lines_of(profile):
        is_heading = line[:2] in ("一、", "二、", "三、", "四、")
        body.append(p(r(line, bold=True)) if is_heading else p(r(line)) if line else p())
    path = build(str(tmp_path / f"{profile}.docx"), body)
    assert codes(lint_path(path, {"select": ["DJ1"]})) == []


def test_run_in_top_level_headings_are_silent():
    lines = ["市财政局机关党委2024年度党建工作情况报告", "",
             "一、主要工作情况。全年组织集中学习12次，发展党员5名。",
             "二、存在的问题。理论学习的系统性还不够强。",
             "三、下一步工作打算。持续深化理论武装，抓好支部建设。"]
    assert codes(lint_lines(lines)) == []


# -- each required group missing ------------------------------------------------------------

MISSING = [
    ("work-report", "一、", "工作情况"), ("work-report", "二、", "存在问题"), ("work-report", "三、", "下一步打算"),
    ("zhuti-zeren", "一、", "工作情况"), ("zhuti-zeren", "二、", "存在问题"), ("zhuti-zeren", "三、", "下一步打算"),
    ("shuzhi", "三、", "存在问题"), ("shuzhi", "四、", "今后努力方向"),
    ("duizhao-jiancha", "二、", "查摆的问题"), ("duizhao-jiancha", "三、", "原因分析"), ("duizhao-jiancha", "四、", "整改措施"),
    ("summary", "一、", "工作情况"), ("summary", "二、", "存在问题"), ("summary", "三、", "下一步打算"),
]


@pytest.mark.parametrize("profile,heading,name", MISSING)
def test_missing_group_is_an_error(profile, heading, name):
    lines = drop_section(lines_of(profile), heading)
    diags = [d for d in lint_lines(lines) if d.code == "DJ101"]
    assert len(diags) == 1, [d.message for d in lint_lines(lines)]
    d = diags[0]
    assert d.severity == "error"
    assert f"缺少“{name}”部分" in d.message and "报告类型" in d.message
    assert d.message.count("“") >= 3  # names accepted headings


def test_missing_section_points_at_the_heading_it_belongs_before():
    lines = drop_section(lines_of("work-report"), "二、")
    d = next(d for d in lint_lines(lines) if d.code == "DJ101")
    assert lines[d.line - 1].startswith("三、2025年工作打算")
    assert "三、2025年工作打算" in d.message


def test_missing_last_section_points_at_the_last_heading():
    lines = drop_section(lines_of("work-report"), "三、")
    d = next(d for d in lint_lines(lines) if d.code == "DJ101")
    assert lines[d.line - 1].startswith("二、存在的问题")


def test_problems_mentioned_only_inline_is_the_milder_finding():
    lines = drop_section(lines_of("work-report"), "二、")
    lines.insert(6, "对照上级要求，工作中还存在一些不足，主要是学习的系统性不够强。")
    diags = lint_lines(lines)
    assert codes(diags) == ["DJ102"]
    d = next(d for d in diags if d.code == "DJ102")
    assert d.severity == "warning" and d.line == 7
    assert lines[6][d.column - 1:d.end_column - 1] == "还存在一些不足"


def test_profile_from_config_overrides_recognition():
    lines = lines_of("work-report")
    doc_cfg = {"profile": "duizhao-jiancha"}
    diags = lint_lines(lines, **doc_cfg)
    assert "DJ101" in codes(diags)
    assert all("配置指定" in d.message for d in diags if d.code == "DJ101")


def test_unknown_profile_is_a_config_error(run_cli, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n".join(lines_of("work-report")), encoding="utf-8")
    code, out, err = run_cli("--profile", "nonsense", str(f))
    assert code == 2 and "nonsense" in err


def test_default_profile_for_untitled_report():
    lines = [l for l in lines_of("work-report")[2:]]
    doc = read_path_lines(lines)
    a = structure_of(LintContext(doc, registry=build_registry()))
    assert a.profile.name == "work-report"


def read_path_lines(lines):
    from djlint.document import read_bytes

    return read_bytes("x.txt", ("\n".join(lines) + "\n").encode("utf-8"), "txt")


def test_non_report_documents_are_not_judged_as_reports():
    lines = ["关于加强机关作风建设的实施意见", "", "一、总体目标", "全面提升机关工作效能。",
             "二、重点任务", "（一）精简会议文件。", "三、保障措施", "加强组织领导。"]
    assert codes(lint_lines(lines), "DJ10") == []


def test_document_without_headings_is_not_judged():
    text = "市财政局机关党委2024年度党建工作情况报告。" + "全年开展集中学习12次。" * 50
    assert codes(lint_text(text)) == []


# -- order, duplicates, empty sections ------------------------------------------------------

def test_sections_out_of_order():
    lines = lines_of("work-report")
    i2 = lines.index(next(l for l in lines if l.startswith("二、")))
    i3 = lines.index(next(l for l in lines if l.startswith("三、")))
    problems = lines[i2:i3]
    nxt = lines[i3:]
    swapped = lines[:i2] + nxt + problems
    diags = [d for d in lint_lines(swapped) if d.code == "DJ103"]
    assert len(diags) == 1
    assert "“存在问题”部分应在“三、2025年工作打算”之前" in diags[0].message


def test_duplicate_problems_section():
    lines = lines_of("work-report")
    i3 = lines.index(next(l for l in lines if l.startswith("三、")))
    lines[i3:i3] = ["三、存在的不足", "制度执行还有差距。"]
    diags = [d for d in lint_lines(lines) if d.code == "DJ104"]
    assert len(diags) == 1 and diags[0].line == i3 + 1


def test_work_split_over_several_headings_is_not_a_duplicate():
    lines = ["市财政局机关党委2024年度党建工作情况报告", "", "一、主要做法", "建立学习台账。",
             "二、取得的成效", "学习覆盖率达到100%。", "三、主要经验体会", "领导带头是关键。",
             "四、存在的问题", "深度不够。", "五、下一步打算", "持续深化。"]
    assert codes(lint_lines(lines)) == []


def test_empty_section():
    lines = lines_of("work-report")
    i2 = lines.index(next(l for l in lines if l.startswith("二、")))
    del lines[i2 + 1]
    diags = [d for d in lint_lines(lines) if d.code == "DJ105"]
    assert len(diags) == 1 and diags[0].line == i2 + 1
    assert "下面没有内容" in diags[0].message


def test_empty_subsection_at_end_of_document():
    lines = lines_of("work-report") + ["（四）加强队伍建设"]
    diags = [d for d in lint_lines(lines) if d.code == "DJ105"]
    assert [d.line for d in diags] == [len(lines)]


def test_enumeration_items_are_not_empty_sections():
    lines = lines_of("work-report")[:-3] + ["（一）持续深化理论武装；", "（二）着力提升组织力；", "（三）驰而不息改进作风。"]
    assert "DJ105" not in codes(lint_lines(lines))


# -- title, salutation, closing, requests ---------------------------------------------------

def test_missing_title():
    lines = lines_of("work-report")[2:]
    lines = [l for l in lines if not l.startswith("2024年，机关党委")]
    diags = [d for d in lint_lines(lines) if d.code == "DJ106"]
    assert len(diags) == 1 and diags[0].severity == "info" and diags[0].line == 1


def test_title_without_document_type():
    lines = ["市财政局机关党委2024年度", ""] + lines_of("work-report")[2:]
    diags = [d for d in lint_lines(lines) if d.code == "DJ106"]
    assert len(diags) == 1 and "文种" in diags[0].message


def test_spaced_title_counts_as_title():
    lines = ["2024年机关党建工作", "情  况  报  告", ""] + lines_of("work-report")[2:]
    assert "DJ106" not in codes(lint_lines(lines))


def test_salutation_and_closing_for_report_to_superior():
    lines = [l for l in lines_of("zhuti-zeren") if l not in ("中共南山市委：", "特此报告。")]
    diags = lint_lines(lines)
    assert sorted(codes(diags)) == ["DJ107", "DJ108"]
    assert all(d.severity == "info" for d in diags if d.code in ("DJ107", "DJ108"))


def test_summary_title_does_not_ask_for_salutation():
    lines = lines_of("zhuti-zeren")
    lines[0] = "市水务局党组2024年度落实全面从严治党主体责任情况总结"
    lines = [l for l in lines if l not in ("中共南山市委：", "特此报告。")]
    assert codes(lint_lines(lines)) == []


def test_duty_report_closing():
    lines = [l for l in lines_of("shuzhi") if not l.startswith("特此报告")]
    assert codes(lint_lines(lines)) == ["DJ108"]


def test_request_in_report():
    lines = lines_of("work-report") + ["以上报告，请批复。"]
    diags = [d for d in lint_lines(lines) if d.code == "DJ109"]
    assert len(diags) == 1 and lines[-1][diags[0].column - 1:diags[0].end_column - 1] == "请批复"


# -- heading variants per group ------------------------------------------------------------

VARIANTS = {
    "work": ["工作情况", "主要工作", "工作开展情况", "主要做法和成效", "落实全面从严治党主体责任情况", "2024年工作情况",
             "2024年机关党建和党风廉政建设工作情况", "落实管党治党责任情况", "主要工作及成效", "一年来的主要工作",
             "履行职责情况", "基本情况", "工作回顾", "2023年工作回顾", "主要做法", "取得的成效", "履行第一责任人职责情况"],
    "problems": ["存在问题", "存在的问题", "存在的不足", "问题和不足", "短板弱项", "存在的问题和不足",
                 "存在的主要问题", "问题与不足", "存在的差距和不足", "局党委2024年存在的主要问题", "查摆的主要问题",
                 "检视出的问题", "存在的困难和问题", "不足之处", "问题查摆"],
    "next": ["下一步工作打算", "下一步打算", "下一步工作计划", "今后工作打算", "2025年工作思路", "2025年工作安排",
             "2024年工作计划", "下半年工作谋划", "下步打算", "今后努力方向", "下一步工作措施", "2020年工作思路",
             "明年工作打算", "努力方向和整改措施", "今后工作设想", "下半年工作计划"],
    "causes": ["原因分析", "产生问题的原因", "问题根源剖析", "产生问题的原因分析", "存在问题的原因",
               "问题产生的根源", "深层次原因剖析", "原因剖析", "问题原因分析", "产生问题的根源"],
}


@pytest.mark.parametrize("group", sorted(VARIANTS))
def test_heading_variants_are_accepted(group):
    reg = build_registry()
    allowed = set(groups_of(reg))
    assert len(VARIANTS[group]) >= 10
    wrong = [v for v in VARIANTS[group] if group not in classify(v, groups_of(reg), allowed)]
    assert wrong == []


@pytest.mark.parametrize("title,expected", [
    ("上一年度民主生活会整改措施落实情况", {"previous"}),
    ("存在问题的原因", {"causes"}),
    ("2023年重点工作完成情况", {"work"}),
    ("过去五年的主要任务", {"next"}),
    ("加强政治建设", set()),
])
def test_classification_edges(title, expected):
    reg = build_registry()
    assert classify(title, groups_of(reg), set(groups_of(reg))) == expected


@pytest.mark.slow
def test_user_pack_adds_a_profile(tmp_path):
    pack = tmp_path / "org"
    (pack / "profiles").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: org\n", encoding="utf-8")
    (pack / "profiles" / "tuanwei.yaml").write_text(
        "name: tuanwei\ntitle: 团委工作报告\npriority: 100\ndetect: [团委]\n"
        "sections:\n  - {group: work, required: true}\n  - {group: next, required: true}\n", encoding="utf-8")
    lines = ["市团委2024年工作报告", "", "一、工作情况", "开展活动。", "二、存在问题", "不足。"]
    diags = lint_text("\n".join(lines), {"rule-packs": [str(pack)]})
    d = [d for d in diags if d.code == "DJ101"]
    assert len(d) == 1 and "团委工作报告" in d[0].message


@pytest.mark.slow
def test_profile_with_unknown_key_is_a_load_error(tmp_path):
    from djlint.errors import RuleLoadError

    pack = tmp_path / "bad"
    (pack / "profiles").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: bad\n", encoding="utf-8")
    (pack / "profiles" / "x.yaml").write_text("name: x\nsectoins: []\n", encoding="utf-8")
    with pytest.raises(RuleLoadError, match="sectoins"):
        build_registry((str(pack),))


def test_profiles_command_lists_profiles(run_cli):
    code, out, _ = run_cli("profiles")
    assert code == 0
    for name in PROFILES + ["dahui-baogao"]:
        assert name in out
    assert "存在的问题和不足" in out
    # what a profile is recognised by reads as words, not as regular expressions
    detect = [line for line in out.splitlines() if line.strip().startswith("识别")]
    assert detect and not any(c in line for line in detect for c in "|(?:.{}\\[]")
    assert any("政府工作报告" in line and line.endswith("等") for line in detect)
