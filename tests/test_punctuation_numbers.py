"""DJ5xx punctuation and DJ6xx numbers: errors, correct look-alikes, fixes that settle."""
import pytest

from djlint.lint import lint_text
from djlint.writeback.textfix import apply_text_fixes

SELECT = {"select": ["DJ5", "DJ6"]}


def found(text, code=None, cfg=SELECT):
    return [d for d in lint_text(text + "\n", cfg) if code is None or d.code == code]


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
