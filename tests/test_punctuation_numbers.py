"""DJ5xx punctuation and DJ6xx numbers: errors, correct look-alikes, fixes that settle."""
import pytest

from djlint.writeback.textfix import apply_text_fixes
from djlint.lint import lint_text

SELECT = {"select": ["DJ5", "DJ6"]}


def found(text, code=None, cfg=SELECT):
    return [d for d in lint_text(text + "\n", cfg) if code is None or d.code == code]


ERRORS = [
    ("全年召开会议12次,开展专题学习4次.", "DJ501", "，"),
    ("会议强调:要把学习抓实抓细。", "DJ501", "："),
    ("这难道不值得深思吗?", "DJ501", "？"),
    ("成立工作专班(由办公室牵头)。", "DJ501", "（由办公室牵头）"),
    ("全年召开会议12次，，开展学习4次。", "DJ502", "，"),
    ("全年召开会议12次，。", "DJ502", None),
    ("认真学习《中国共产党章程，严格遵守党的纪律。", "DJ503", None),
    ("坚决做到“两个维护，不断提高政治判断力。", "DJ503", None),
    ('坚决做到"两个维护"。', "DJ504", "“两个维护”"),
    ("学习《关于学习《党章》的通知》。", "DJ505", None),
    ("开展学习、研讨、等活动。", "DJ507", ""),
    ("组织参观、调研……等。", "DJ507", ""),
    ("开展学习、研讨...", "DJ508", "……"),
    ("开展学习、研讨。。。", "DJ508", "……"),
    ("开展学习、研讨…", "DJ508", "……"),
    ("两学一做--学党章党规、学系列讲话。", "DJ509", "——"),
    ("开通北京-上海的专线。", "DJ509", "—"),
    ("组织开展《党史学习教育活动》。", "DJ510", None),
    ("全年召开会议12次， 开展学习4次 。", "DJ512", ""),
    ("覆盖5-10万人。", "DJ601", "5万～10万"),
    ("参与率15～30%。", "DJ601", "15%～30%"),
    ("每次培训2-3个小时。", "DJ601", "2～3"),
    ("2024-2025年度目标。", "DJ601", "2024—2025"),
    ("今年1-10月，累计新增减税降费3亿元。", "DJ601", "1—10"),
    ("参加培训的将近400余人。", "DJ602", None),
    ("历时近半个多月。", "DJ602", None),
    ("至少30人以上参加。", "DJ602", None),
    ("约10余人参加。", "DJ602", None),
    ("23年度考核结果为优秀。", "DJ603", "2023年"),
    ("二0二四年十二月", "DJ604", "二〇二四"),
    ("二OO九年", "DJ604", "二〇〇九"),
    ("深入学习贯彻党的20届3中全会精神。", "DJ605", "二十届三中全会"),
    ("学习党的20大报告。", "DJ605", "二十大"),
    ("2025年01月09日", "DJ606", "2025年1月9日"),
    ("今年2024年是关键一年。", "DJ607", "2024年"),
    ("二〇二四年12月8日", "DJ609", None),
]


@pytest.mark.parametrize("text,code,replacement", ERRORS)
def test_error_is_caught(text, code, replacement):
    diags = found(text, code)
    assert diags, [(d.code, d.message) for d in found(text)]
    if replacement is not None:
        assert any(d.fix is not None and d.fix.replacement == replacement for d in diags), \
            [(d.message, d.fix) for d in diags]


LOOKALIKES = [
    "全年投入资金1,000万元，占比3.5%，会议于10:30开始。",
    "详见www.example.com及附件report.docx，或访问https://www.example.com/a,b。",
    "他引用了一句英文：Practice makes perfect, as they say.",
    "坚持“1+1”帮扶模式，推行“1+X”证书制度。",
    "小数点后保留两位，即3.14，温度-5℃。",
    "情  况  报  告",
    "签发人：张明 李华",
    "中共中央 国务院关于实施乡村振兴战略的意见",
    "局长　张明",
    "认真学习《中国共产党章程》，坚决做到“两个维护”。",
    "他说：“要落实‘两个维护’的要求。”",
    "开展学习、研讨等活动，内容包括……",
    "两学一做——学党章党规、学系列讲话。开通北京—上海的专线。",
    "印发《关于召开2024年党建工作会议的通知》。",
    "覆盖5万～10万人，参与率15%～30%，每次2～3个小时，2024—2025年度。",
    "2024-03-15印发，编号2024-3号，电话0571-8888。",
    "参加培训的将近400人，另有300余人在线收看，附近200多米有活动室。",
    "近年来开展活动100多次，支部成立已有20年。",
    "二〇二四年十二月八日；2024年12月8日。",
    "深入学习贯彻党的二十大和二十届三中全会精神。",
    "这难道不值得深思吗？！",
    "1.5万元用于支部活动，增长12.5%。",
    "Excel表格中的数据已核对。",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_silent(text):
    assert [(d.code, d.message) for d in found(text)] == []


def test_spaced_title_line_in_a_document():
    text = "2024年机关党建工作\n情  况  报  告\n\n全年召开会议12次。"
    assert found(text) == []


def test_multi_paragraph_quotation_is_not_unpaired():
    text = "“第一段引文，\n“第二段引文。”"
    assert found(text, "DJ503") == []


def test_heading_full_stop():
    assert [d.code for d in found("一、工作情况\n（一）加强政治建设。\n全年召开党委会议12次。")] == ["DJ511"]
    assert found("一、工作情况\n（一）加强政治建设。全年召开党委会议12次。") == []


def test_plan_year_against_report_year():
    draft = ("2024年度党建工作情况报告\n一、2024年工作情况\n全年开展学习12次。\n二、存在问题\n深度不够。\n"
             "三、2023年工作打算\n持续深化。")
    diags = found(draft, "DJ608")
    assert len(diags) == 1 and "2023年" in diags[0].message and diags[0].line == 6


def test_serial_comma_rule_is_preview_only():
    assert found("牢固树立“四个意识”、“四个自信”。", "DJ506", {"select": ["DJ5"]}) == []
    assert found("牢固树立“四个意识”、“四个自信”。", "DJ506", {"select": ["DJ506"]})


MESSY = ("全年召开会议12次,开展专题学习4次.会议强调:要抓实抓细。\n"
         "全年召开会议12次，，开展学习4次。。研讨...\n"
         '坚决做到"两个维护"，学习党的20届3中全会精神。\n'
         "覆盖5-10万人，参与率15～30%，2025年01月09日。\n"
         "两学一做--学党章党规 。")


def test_fixes_applied_twice_change_nothing():
    first, n1 = apply_text_fixes(MESSY, lint_text(MESSY, SELECT))
    assert n1 >= 10
    second, n2 = apply_text_fixes(first, lint_text(first, SELECT))
    third, n3 = apply_text_fixes(second, lint_text(second, SELECT))
    assert third == second and n3 == 0
    fixable = [d for d in lint_text(second, SELECT) if d.fix is not None and d.fix.safe]
    assert fixable == []
    assert "全年召开会议12次，开展专题学习4次。会议强调：要抓实抓细。" in second
    assert "5万～10万人" in second and "15%～30%" in second and "2025年1月9日" in second
    assert "二十届三中全会" in second and "“两个维护”" in second and "——" in second


def test_mixed_count_forms_in_one_paragraph():
    found = [d for d in lint_text("全年召开会议12次，开展专题学习十二次。\n", SELECT) if d.code == "DJ610"]
    assert len(found) == 1 and found[0].severity == "info"
    for text in ("全年召开会议12次，走访三个社区。", "召开第十次党代会，选举产生12名委员。", "制定十项措施，帮扶企业12家。",
                 "全年召开会议十二次，开展专题学习二十次。"):
        assert not [d for d in lint_text(text + "\n", SELECT) if d.code == "DJ610"], text
