"""The misspelling family on our own look-alike sentences, in .txt and .docx: one test per precision
class of issue 29 item 6 (correct text that must stay silent) and per recall class of issue 30 (a
slip, and the correct sentence beside it)."""
import pytest

import fixtures.build_docx as B
from djlint.lint import lint_path

#: issue 29 item 6: correct official prose the detector does not know
PRECISION = {
    "standard form rarer than its variant, literary words of current prose": [
        "全党全国各族人民要勠力同心，共创美好未来。", "我们要赓续红色血脉，传承红色基因。",
        "总书记亲自擘画了发展蓝图。", "全体干部要踔厉奋发、勇毅前行，笃行不怠。", "改革蹄疾步稳，各项工作有序推进。"],
    "slogans of abbreviations and parallel units": [
        "引导党员干部学深悟透、融会贯通。", "开展学纪知纪明纪守纪主题教育。", "坚持深学细悟，推动理论武装走深走实。",
        "做到知责于心、担责于身、履责于行。", "坚持知信行统一，学思用贯通。"],
    "organisation abbreviations and function characters joining names": [
        "县委教育工委召开专题会议。", "两新组织党工委组织集中学习。", "市直机关工委开展督导调研。",
        "全市组织工作会议暨培训班在党校举行。", "局党组与驻局纪检组召开联席会议。"],
    "company and product names": ["康宁药业、蒙牛乳业等企业参加签约。", "华润能源集团捐赠防疫物资。"],
    "policy nicknames of a word and a number": ["认真落实“国十条”各项要求。", "新国九条发布后，资本市场改革提速。",
                                              "水十条实施以来，水环境质量明显改善。"],
    "sayings, place nicknames and coined terms one character from a frequent phrase": [
        "郡县治，天下安。县委书记要把心思用在工作上。", "黄花镇是闻名的三湘第一镇。",
        "“打虎”、“拍蝇”、“猎狐”多管齐下。", "严格落实“三严三实”专题教育各项要求。"],
    # the classes below were each seen drawing a false DJ421 on published text (precision6)
    "names in a list whose other names the dictionary lacks too": ["今年，石岭、兴福、柏溪三个村被评为市级美丽乡村。"],
    "a coined abbreviation in quotes": ["集中整治“懒政怠”问题。"],
    "an idiom the dictionary holds only in a variant (it knows part of the standard form)": [
        "大力推动乡村旅游发展，让民宿经济风生水起。"],
    "a neologism in a series of coined four-character slogans": ["全力建设智慧城市、智造强县、美丽乡村。"],
    "a unit's short name, a level, an abbreviation and the unit's character": ["联合县卫健局、县人社局开展专项检查。"],
    "a series of list items built on one character": ["下面，我将一年来的述职、述学、述廉情况作简要汇报。"],
    # seen on a published tuning set (lead)
    "a company's trade name before what it does and 有限公司": ["今年引进某某市润鑫旺农业开发有限公司加工项目。"],
    "a name after a title on a signature line": ["县人大常委会主任 占聆娜"],
    "a template's slot filled differently in the next item": ["做到一户一策，因户施策、因人施策。"],
    "a common word and words, one character from a set term": ["会议安排部署市政府党组学习教育评估总结工作。"],
    "a unit's short name after a level, its slip inside it": ["根据市纪委办公厅 市监委办公厅联合印发的通知要求，我局开展了自查。"],
    "a dated term of a province's strategy (terms.tsv)": ["全力争当强省会建设排头兵。"],
    "a park's name": ["新湖智造产业园入驻企业7家。"],
    "a facility named with either of two facility characters": ["我们的爱心洗衣坊助老项目获得表彰。"],
    "a dated term of a province's campaign (terms.tsv)": ["推进帮困扶贫、助村惠农等海岛共富行动。"],
    "a current term of the State Council's SASAC (terms.tsv)": ["推动应急救援体系迈向“数智化”。"],
    "a set phrase's first half typed alike where its edge ends a known word": ["该村被评为道路网化建设示范村。"],
    "rare four-character entries read like a commoner one that are words all the same": [
        "他为人处世低调，坚持以理服人、不以力服人。", "各地要因事制宜、因地制宜推进改革。", "这种做法是一种折中主义。"],
    "a coined two-character word in a short quoted slogan, or after a series' repeated head": [
        "学校开展“以法兴企”主题宣讲活动。", "禁止在林区烧荒、烧麦秆、烧枝柱。"],
    "an office's short name beside another unit": ["由人事处会同发规办具体实施。", "会同县委组织部、人社局做好干部管理工作。"],
}

#: issue 30: slips, each with the sentence written right (which must stay silent)
RECALL = {
    "homophone in a two-character word": ("会议要求宗合考虑各方面因素。", "宗合", "综合", "会议要求综合考虑各方面因素。"),
    "fuzzy reading (sen/sheng)": ("全面加强森态文明建设。", "森态文明建设", "生态文明建设", "全面加强生态文明建设。"),
    "look-alike": ("健全基层组织，配强领导斑子。", "领导斑子", "领导班子", "健全基层组织，配强领导班子。"),
    "real word breaking a set phrase": ("坚持改革开发不动摇。", "改革开发", "改革开放", "坚持改革开放不动摇，加快开发区建设。"),
    "real word breaking a set phrase right after another set phrase": (
        "进一步深化改革开发，扩大高水平对外开放。", "改革开发", "改革开放", "进一步深化改革开放，扩大高水平对外开放。"),
    "a misspelled idiom the dictionary holds at its placeholder count": (
        "这位老同志的书法造诣卓而不群。", "卓而不群", "卓尔不群", "这位老同志的书法造诣卓尔不群。"),
    "a two-character slip whose pairs gain little, the text far likelier with the word": (
        "会议对下一步工作进行了步署。", "步署", "部署", "会议对下一步工作进行了部署。"),
    "real word typed by its initials": ("维护群众切实利益。", "切实利益", "切身利益", "切实维护群众切身利益。"),
    "权利/权力": ("推行权利清单制度。", "权利清单", "权力清单", "推行权力清单制度，依法保障公民权利。"),
    "look-alike in a series of coined four-character slogans": (
        "坚持党建引领、分类冶理、整体推进。", "冶理", "治理", "坚持党建引领、分类治理、整体推进。"),
    "slip in a series of list items that the suggestion joins": (
        "我国的民族自治地方分为自治区、自制州、自治县三级。", "自制州", "自治州", "我国的民族自治地方分为自治区、自治州、自治县三级。"),
    "slip in a short quoted term": ("牢记“不忘出心”的要求。", "不忘出心", "不忘初心", "牢记“不忘初心”的要求。"),
    "slip in a series item that differs from its neighbour elsewhere too": (
        "全面加强思想建设、组织建设、作风见设和纪律建设。", "作风见设", "作风建设", "全面加强思想建设、组织建设、作风建设和纪律建设。"),
    "slip in a term whose first word is rarer than the term's": (
        "各级党组织扎实开展党记学习教育。", "党记学习教育", "党纪学习教育", "各级党组织扎实开展党纪学习教育。"),
    # (股分 itself is a variant form GF 1001-2001 lists: DJ419's, see test_spelling)
    "slip in a company's suffix": ("某某集团股粉有限公司召开党委会。", "集团股粉", "集团股份", "某某集团股份有限公司召开党委会。"),
}


def _write(tmp_path, kind: str, lines: list[str]):
    path = tmp_path / f"draft.{kind}"
    if kind == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        B.from_lines(str(path), lines)
    return path


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("cls", list(PRECISION))
def test_correct_prose_of_each_class_stays_silent(tmp_path, kind, cls):
    found = lint_path(_write(tmp_path, kind, PRECISION[cls]), {"select": ["DJ4"]})
    assert [(d.code, d.message) for d in found] == []


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("cls", list(RECALL))
def test_a_slip_of_each_class_is_found_and_its_correct_look_alike_is_not(tmp_path, kind, cls):
    wrong, written, right, correct = RECALL[cls]
    found = lint_path(_write(tmp_path, kind, [wrong, correct]), {"select": ["DJ4"]})
    assert [(d.line, d.code, d.message, d.fix.replacement) for d in found] == [
        (1, "DJ421", f"疑似错别字：“{written}”应为“{right}”", right)]
