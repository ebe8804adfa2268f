"""The 语病 family (DJ44x): its collocation table, its numeral reader, one finding per fault with
every rule on, the segmenter left alone on correct text, and .docx like .txt.
Every sentence here is our own."""
import os

import pytest

from djlint.checks.grammar import RULES
from djlint.checks.grammar.collocation import read_table, table_path
from djlint.checks.grammar.text import clauses, numeral_value
from djlint.errors import RuleLoadError
from djlint.lint import lint_path, lint_text
from fixtures import build_docx as B


def _same_in_txt_and_docx(tmp_path, lines, split, want):
    """The 语病 family finds ``want`` ((line, code), sorted) in ``lines`` as a .txt and as a .docx whose
    paragraphs are cut into runs of ``split`` characters."""
    txt = tmp_path / "a.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docx = str(tmp_path / "a.docx")
    B.from_lines(docx, lines, split=split)
    for path in (str(txt), docx):
        found = sorted((d.line, d.code) for d in lint_path(path, {"select": ["DJ44"]}))
        assert found == want, path


def test_collocation_rows_are_complete_and_unique(tmp_path):
    table = read_table(table_path())
    assert len(table.wrong) >= 25 and len(table.right) >= 40
    assert not set(table.wrong) & table.right, "a pair both right and wrong"
    with open(table_path(), encoding="utf-8") as fh:
        pairs = [tuple(line.split("\t")[:2]) for line in fh if line.strip() and not line.startswith("#")]
    assert len(pairs) == len(set(pairs)), "a pair listed twice"
    for (verb, noun), (instead, note) in table.wrong.items():
        assert instead and verb not in instead and note.strip(), (verb, noun)
    for (verb, noun), (head, note) in table.short.items():
        assert head and note.strip() and (verb, noun + head[0]) not in table.wrong, (verb, noun)
    assert not set(table.short) & (set(table.wrong) | table.right)
    bad = tmp_path / "bad.tsv"
    bad.write_text("发挥\t职责\twrong\t\t没有改法\n", encoding="utf-8")
    with pytest.raises(RuleLoadError, match="改用"):
        read_table(str(bad))
    bad.write_text("发挥\t引领\tshort\t\t没有中心语\n", encoding="utf-8")
    with pytest.raises(RuleLoadError, match="中心语"):
        read_table(str(bad))


def test_collocation_prefilter_names_every_verb_of_the_table():
    from djlint.checks.grammar.collocation import Collocation

    table = read_table(table_path())
    assert {v for v, _n in table.faulty} == set(Collocation.VERBS)


def test_collocation_verb_cut_in_two_or_glued_to_its_object():
    """Word edges come from the segmenter, which may cut a verb (筑/牢) or glue it to its object
    (加强监督, 发挥作用): the verb is read on the characters at word edges either way."""
    found = lint_text("教育党员筑牢纪律意识，加强监督检查力度。\n", {"select": ["DJ442"]})
    assert [d.snippet for d in found] == ["筑牢纪律意识", "加强监督检查力度"]
    assert lint_text("认真履行职责、发挥作用，树牢纪律意识。\n", {"select": ["DJ442"]}) == []


@pytest.mark.parametrize("text,value", [("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99),
                                        ("3", 3), ("１２", 12), ("百", 100), ("三百", 300), ("", None), ("个", None)])
def test_numeral_value(text, value):
    assert numeral_value(text) == value


def test_clauses_are_offsets_of_the_paragraph():
    text = "一是加强学习，提高认识；二是压实责任。"
    assert [text[a:b] for a, b in clauses(text)] == ["一是加强学习", "提高认识", "二是压实责任"]


@pytest.mark.slow
def test_every_rule_is_a_warning_in_the_phrase_category_with_examples_both_ways():
    """Each 语病 rule shows sentences both ways, and each wrong one with its corrected sentence
    (its case's ``corrected``, which the case tests hold silent)."""
    from djlint.engine import build_registry
    from djlint.engine.cases import examples_of

    reg = build_registry()
    for cls in RULES:
        rule = reg.get(cls.code)
        assert rule.code.startswith("DJ44") and rule.category == "phrase" and rule.severity == "warning"
        examples = examples_of(rule)
        assert {e.bad for e in examples} == {True, False}, rule.code
        corrected = [e for e in examples if e.bad and (e.corrected or e.fixed)]
        assert len(corrected) >= 2, f"{rule.code}: wrong sentences need their corrections"


def test_about_and_zuoyou_is_one_finding_with_every_rule_on():
    """约……左右 moved from DJ602 to DJ441: one fault, one finding."""
    diags = [d for d in lint_text("全年约有300人左右参加培训。\n", {"select": ["ALL"]}) if d.category in ("phrase", "number")]
    assert [d.code for d in diags] == ["DJ441"]
    diags = [d for d in lint_text("参加培训的不到30人左右。\n", {"select": ["ALL"]}) if d.category in ("phrase", "number")]
    assert [d.code for d in diags] == ["DJ602"]


def test_collocation_does_not_segment_correct_prose(monkeypatch):
    """A correct draft whose clauses hold a table verb and noun that are no object pair
    (提高党的建设质量, 发挥好把方向、管大局、保落实的领导作用) is never segmented."""
    from djlint.document import model

    calls = []
    real = model.Document.tokens
    monkeypatch.setattr(model.Document, "tokens", lambda self, p: calls.append(p.text) or real(self, p))
    text = ("不断提高党的建设质量，切实发挥好把方向、管大局、保落实的领导作用。\n"
            "加强质量管理，提升服务水平，营造风清气正的良好氛围。\n")
    assert lint_text(text, {"select": ["DJ44"]}) == []
    assert calls == []


def test_collocation_object_several_words_away_and_a_verb_governing_another_noun():
    found = lint_text("切实发挥纪委在推进全面从严治党中的监督责任。\n", {"select": ["DJ442"]})
    assert [d.message for d in found] == ["动宾搭配不当：“责任”不能“发挥”，把“发挥”改为“履行”（或“落实”“担负”）"]
    assert lint_text("认真履行监督职责、充分发挥监督作用。\n", {"select": ["DJ442"]}) == []


def test_count_mismatch_across_paragraphs_and_in_a_docx(tmp_path):
    lines = ["2024年度机关党建工作情况报告", "今年重点抓好三个方面工作：", "一是加强理论武装。", "二是压实主体责任。",
             "三是深化作风建设。", "四是强化队伍建设。", "二、存在问题"]
    txt = tmp_path / "a.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docx = str(tmp_path / "a.docx")
    B.from_lines(docx, lines, split=3)
    for path in (str(txt), docx):
        found = [(d.line, d.code) for d in lint_path(path, {"select": ["DJ448"]})]
        assert found == [(2, "DJ448")], path
    lines[5] = "同时，要持续强化队伍建设。"
    B.from_lines(docx, lines, split=3)
    assert lint_path(docx, {"select": ["DJ448"]}) == []


def test_safe_fixes_of_the_family(tmp_path):
    from djlint.writeback.textfix import apply_text_fixes

    text = "再次重申纪律要求，深入开展“两学一做学习教育”，结果已公诸于众。\n"
    fixed, n = apply_text_fixes(text, lint_text(text, {"select": ["DJ44"]}))
    assert n == 3 and fixed == "重申纪律要求，深入开展“两学一做”学习教育，结果已公之于众。\n"


def test_fixtures_prose_is_silent():
    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures")
    paths = [os.path.join(root, "prose", f) for f in ("correct-prose.txt", "handwritten.txt")]
    paths += [os.path.join(root, "prose", "years", f) for f in os.listdir(os.path.join(root, "prose", "years"))]
    for path in paths:
        assert lint_path(path, {"select": ["DJ44"]}) == [], path


def test_second_round_patterns_read_the_same_in_txt_and_docx(tmp_path):
    """The rules that look across a full stop (DJ444's cut-off 使, DJ449's purpose without a main
    clause) and across word edges (DJ442) give the same findings in a .docx cut into small runs."""
    lines = ["2024年度机关党支部工作总结",
             "为进一步规范党员发展工作，提高发展党员质量。3月12日，支部召开了发展党员工作专题会。",
             "支部组织党员参观了革命纪念馆。进一步坚定了党员的理想信念。",
             "通过此次主题党日活动，进一步增强了党员的宗旨意识。",
             "全年开展了两次专题组织生活会，加强执纪问责力度。",
             "围绕“学党史、强信念”为主题开展系列活动。",
             "支部召开了专题组织生活会，加大执纪问责力度，以“学党史、强信念”为主题开展系列活动。"]
    _same_in_txt_and_docx(tmp_path, lines, 4,
                          [(2, "DJ449"), (3, "DJ444"), (4, "DJ444"), (5, "DJ442"), (5, "DJ442"), (6, "DJ443")])


def test_faults4_class_patterns_read_the_same_in_txt_and_docx(tmp_path):
    """The patterns widened from the faults4 classes (a second 并通过 phrase before 使, 严禁……不得,
    本着……为目的 across commas, 增加……力度, 付诸于) find the same in a .docx cut into small runs,
    and their look-alikes stay silent in both."""
    lines = ["2024年度机关党支部工作总结",
             "通过听取村党支部的经验介绍，并通过对村史馆的参观学习，使我们深切感受到乡村振兴带来的变化。",
             "《通知》严禁各级党组织不得以任何名义违规收受礼品礼金。",
             "我们本着提升党员干部理论素养，让读书成为习惯为目的，开展读书月活动。",
             "要进一步增加执纪问责力度，整改方案已付诸于实施。",
             "通过听取经验介绍，并通过参观学习，我们深切感受到乡村振兴带来的变化。",
             "严禁公款吃喝，不得违规发放津贴补贴；本着公开公平的原则，以群众满意为目标。",
             "要进一步加大执纪问责力度，整改方案已付诸实施。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ444"), (3, "DJ446"), (4, "DJ443"), (5, "DJ441"), (5, "DJ442")])


def test_round3_class_patterns_read_the_same_in_txt_and_docx(tmp_path):
    """The shapes widened from the faults5/faults6 classes (凝聚……作用, 召开了“……”为题的, 以“……”主题,
    通过开展……，既是, 将……得到落实, 通过开展……，有效增强了, 通過……，讓……, 旨在 after a full stop)
    find the same in a .docx cut into small runs, and their look-alikes stay silent in both."""
    lines = ["2024年度机关党支部工作总结",
             "各支部通过举办主题活动，凝聚党支部的战斗堡垒作用和广大党员的先锋模范力量。",
             "团支部召开了“读原著，悟原理”为题的主题学习会，社区开展了以“文明家庭”主题演讲比赛。",
             "通过举办此次知识竞赛，既是对学习成果的一次检阅，也是一次再动员。",
             "组织党员到社区报到，将志愿服务在实践中得到落实。",
             "通过开展防诈骗入户宣传劝阻，有效增强了群众的防范意识。",
             "通過參觀紅色教育基地，讓全體黨員深切感受到革命先輩的崇高精神。",
             "支部开展了读书月活动。旨在培养党员良好的阅读习惯。",
             "发挥党支部的战斗堡垒作用，凝聚奋进力量，为全县发展奠定坚实基础。",
             "团支部召开了以“读原著，悟原理”为题的主题学习会，以“文明家庭”主题教育为契机开展活动。",
             "此次知识竞赛既是一次检阅，也是一次再动员；通过开展防诈骗宣传，群众增强了防范意识。",
             "各项惠民政策将进一步得到落实。通過參觀紅色教育基地，全體黨員深切感受到革命先輩的崇高精神。",
             "支部开展了读书月活动，旨在培养党员良好的阅读习惯。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ442"), (3, "DJ443"), (3, "DJ443"), (4, "DJ443"), (5, "DJ443"),
                                               (6, "DJ444"), (7, "DJ444"), (8, "DJ444")])


def test_traditional_script_is_read_in_simplified_characters(tmp_path):
    """A paragraph in traditional script holds the same faults (夯實……作用, 再次重申, 原因是……造成的);
    read character for character in simplified ones, its findings point at the user's own characters
    and carry no fix (a fix from the simplified reading would change the script); the corrected
    sentences in traditional script stay silent, and a .docx reads the same."""
    lines = ["2024年度黨支部工作總結",
             "各支部要不斷夯實黨支部的戰鬥堡壘作用。",
             "會議再次重申了廉潔紀律的各項要求。",
             "出現問題的主要原因是制度執行不嚴造成的。",
             "各支部要充分發揮黨支部的戰鬥堡壘作用。",
             "會議重申了廉潔紀律的各項要求。",
             "出現問題的主要原因是制度執行不嚴。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ442"), (3, "DJ441"), (4, "DJ443")])
    found = lint_text("\n".join(lines) + "\n", {"select": ["DJ44"]})
    assert [d.snippet for d in found] == ["夯實黨支部的戰鬥堡壘作用", "再次重申", "原因是制度執行不嚴造成的"]
    assert all(d.fix is None for d in found)
    # the same sentence in simplified characters has its fix
    assert lint_text("会议再次重申了廉洁纪律的各项要求。\n", {"select": ["DJ441"]})[0].fix is not None


def test_words_of_one_meaning_said_twice_and_a_modal_said_twice(tmp_path):
    """Redundancy by meaning class: two adverbs of “always” (始终时刻), “once more” twice (又再一次),
    two verbs of seeing a task through (做好抓好), and one modal on both sides of the clause's
    prepositional phrase (要在……中要); the look-alikes share the words and stay silent (关键时刻始终,
    学好用好, 要……要求/重要/首要, 以……为要, a comma between two 要, 也要 that adds)."""
    lines = ["2024年度机关党支部工作总结",
             "全体党员要始终时刻绷紧廉洁自律这根弦。",
             "支部书记又再一次强调了值班值守纪律。",
             "下半年主要做好抓好基层党组织标准化建设。",
             "各支部要在日常工作中要不断增强纪律意识。",
             "全体党员在关键时刻始终冲锋在前，时刻绷紧廉洁自律这根弦。",
             "支部书记再一次强调了值班值守纪律，又一次提醒大家注意安全。",
             "要学好用好党的创新理论，做好基层党组织标准化建设。",
             "要在日常工作中增强纪律意识，要对照要求逐项整改，要把学习作为首要任务。",
             "要以实干为要，要在学习上下功夫，要在工作中也要讲究方法。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ441"), (3, "DJ441"), (4, "DJ441"), (5, "DJ441")])
    found = lint_text("\n".join(lines) + "\n", {"select": ["DJ441"]})
    assert [d.snippet for d in found] == ["始终时刻", "又再", "做好抓好", "要"]
    assert "说了两次" in found[-1].message


def test_round4_collocation_groups_read_the_same_in_txt_and_docx(tmp_path):
    """Verb–object rows by meaning (召开 only meetings, 慰问 only people, 树立 no 方针, 认识到 no
    责任感), two verbs joined by 、 over one object (推动、触动……积极性), an object that ends in an
    ellipsis (……作用……); the look-alikes share the words and stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "支部组织召开“学党章、守纪律”主题教育。",
             "春节前走访慰问困难党员的生活情况。",
             "各单位要牢固树立“安全第一、预防为主”的方针。",
             "全体干部要认识到防汛工作的责任感和紧迫感。",
             "要推动、触动全体党员参加志愿服务的积极性。",
             "支部书记要调动每一名党员的先锋模范作用……",
             "支部召开主题教育动员会，组织开展“学党章、守纪律”主题教育。",
             "春节前走访慰问困难党员，了解他们的生活情况。",
             "各单位要牢固树立安全发展理念，坚持“安全第一、预防为主”的方针。",
             "全体干部要认识到防汛工作的重要性，增强责任感和紧迫感。",
             "要调动、激发全体党员参加志愿服务的积极性，形成班子成员分工负责、支部推进落实的工作格局。",
             "支部书记要发挥每一名党员的先锋模范作用……"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ442"), (3, "DJ442"), (4, "DJ442"), (5, "DJ442"), (6, "DJ442"),
                                               (6, "DJ442"), (7, "DJ442")])


def test_by_means_of_then_after_and_aspects_as_content_read_the_same_in_txt_and_docx(tmp_path):
    """Two frames run together: “通过……” with “……后” (the time frame of 经过) and “从……方面” with
    “以……为主要内容”; 通过 meaning “pass” a test (通过考核后), 经过……后, 从……方面为大家 stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "通过几天的集中学习后，全体党员对党章有了更深的理解。",
             "王书记从理论、历史、实践三个方面为主要内容讲授专题党课。",
             "学员通过结业考核后，颁发结业证书；方案经支委会审议通过后印发实施。",
             "经过几天的集中学习后，全体党员对党章有了更深的理解。",
             "王书记从理论、历史、实践三个方面为大家讲授专题党课，以党章学习为主要内容开展研讨。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ443"), (3, "DJ443")])


def test_what_an_event_did_with_no_subject_more_verbs(tmp_path):
    """通过 an event, then what it did with no subject: 为……奠定了, 不但改善了, 充分体现了, 不仅让……;
    a subject before (支部通过……), a means not an event (通过建立……制度), a subject after the comma
    (党员们不仅……) stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "通过本次集中学习，为下一步支部标准化建设奠定了基础。",
             "通过这次清扫活动，不但改善了小区环境，也拉近了党群距离。",
             "通过此次走访慰问，充分体现了支部对老党员的关心。",
             "通过本次志愿服务，不仅让老人感受到温暖，也锻炼了青年党员。",
             "支部通过本次集中学习，为下一步支部标准化建设奠定了基础。",
             "通过建立联系群众制度，为基层治理提供了保障。",
             "通过这次清扫活动，党员们不但改善了小区环境，也拉近了党群距离。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(2, "DJ444"), (3, "DJ444"), (4, "DJ444"), (5, "DJ444")])


def test_round5_objects_by_meaning_read_the_same_in_txt_and_docx(tmp_path):
    """Objects by meaning: 水平、效率 only rise (不能夯实、深化), a degree or rate only rises (不能加强),
    力度 is not 深化ed, 知识 not 强化ed, 锻炼 is 加强ed, 原则 is 坚持ed, 突破 is 实现ed, 工作 is not
    发挥ed; 开阔视野、增长知识 has two verbs with their own objects, 高效率、高质量 is a manner.
    The look-alikes share the words and stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "不断夯实基层党组织规范化水平。",
             "各科室逐年加强对档案工作的重视程度。",
             "我们将继续深化宣传工作的创新力度。",
             "活动强化了居民的垃圾分类知识。",
             "党员要自觉增强党性锻炼。",
             "注重将理论与实践紧密结合的原则。",
             "新设的科室打破了本院该项技术零的突破。",
             "支部要创新发挥基层党建工作，带动群众增收。",
             "不断夯实基层党组织规范化建设基础，提高规范化水平。",
             "各科室逐年提高对档案工作的重视程度。",
             "我们将继续加大宣传工作的创新力度，深化宣传工作改革。",
             "活动普及了垃圾分类知识，党员在阅读中开阔视野、增长知识。",
             "党员要自觉加强党性锻炼。",
             "坚持理论与实践紧密结合的原则，注重实效。",
             "新设的科室实现了本院该项技术零的突破，打破了纪录。",
             "支部要创新基层党建工作，充分发挥党员作用，带动群众增收。",
             "要推进基层党建工作高效率、高质量落实。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ442") for n in range(2, 10)])


def test_round5_frames_run_into_another_frame_read_the_same_in_txt_and_docx(tmp_path):
    """One frame run into another: 对 for the 把 of a verb that moves its object (对……吸收为、对……上报到),
    以……为 with 作为 or with 从……出发, 于 for 以 before “……”为主题, 在……方面中, a verb said before 对 and
    again after it, 抓好……落到实处.  The look-alikes use each frame whole and stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "经支委会研究，对3名同志吸收为中共预备党员。",
             "各村要对排查出的隐患上报到镇应急办。",
             "晚会以全体党员齐唱一首歌为作为结束。",
             "这一部署是以从全局出发作出的安排。",
             "支部党员参加了于“学党史、强信念”为主题的读书会。",
             "宣讲了党支部在基层治理等方面中的作用。",
             "支委会认真分析对检查中发现的问题分析研究其原因。",
             "持续抓好惠民政策落到实处。",
             "号召党员带头做好营造节俭办事的良好风尚。",
             "经支委会研究，将3名同志吸收为中共预备党员，对吸收为预备党员的同志进行谈话。",
             "各村要将排查出的隐患上报到镇应急办，对上报到镇里的隐患及时整改。",
             "晚会以全体党员齐唱一首歌作为结束，以从严治党为主线，可以从实际出发。",
             "支部党员参加了以“学党史、强信念”为主题的读书会。",
             "宣讲了党支部在基层治理等方面的作用，在工作中发挥作用。",
             "支委会认真分析检查中发现的问题，对问题逐条分析，研究对策。",
             "持续抓好惠民政策的落实，把惠民政策落到实处。",
             "号召党员带头做好营造节俭办事良好风尚的工作，抓好贯彻落实，抓好落实是关键。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ443") for n in range(2, 11)])


def test_round5_event_then_what_it_did_read_the_same_in_txt_and_docx(tmp_path):
    """通过 an event then two verbs of what it did (继承并发扬了, 吸引和号召了, 向……宣传普及了); 在……的行动中，
    感染了; a scene and a speaker before 通过……，让; 会上通过……，使; 的深入了解 is no predicate.
    A subject after the comma, 会上通过了 (adopted), 通过……专项整治行动 (a means) stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "通过本次志愿服务，继承并发扬了老党员的优良传统。",
             "通过演讲比赛和展板宣传，吸引和号召了大批居民参与其中。",
             "通过此次普法活动，进一步向村民宣传普及了反诈知识。",
             "同时，在党员们清扫楼道的行动中，感染了许多居民。",
             "座谈结束后，大家纷纷表示，通过对村史的深入了解，让我们更加珍惜今天的生活。",
             "会上通过支部书记的动员讲话，使全体党员明确了任务。",
             "通过本次志愿服务，党员们继承并发扬了老党员的优良传统。",
             "会上通过了《支部议事规则》，明确了分工。",
             "通过拒收礼品等专项整治行动，促进了教师重温初心。",
             "座谈结束后，大家纷纷表示，通过学习，认识到了差距。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ444") for n in range(2, 8)])


def test_round5_said_twice_read_the_same_in_txt_and_docx(tmp_path):
    """A document's kind said after its title again (《……的通知》的通知要求), two verbs of one meaning
    (举行召开、诞生成立), a clock time with a colon and 分; 《……规则》的通知, 14:30 and 2时30分 stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "按照县委《关于开展支部评星工作的通知》的通知要求，支部完成了自评。",
             "支部及时组织党员举行召开专题会议。",
             "回顾党的诞生成立和发展壮大的历程。",
             "本周五下午15:00分，支部召开党员大会。",
             "县委印发了《关于开展支部评星工作的通知》，转发了《党支部议事规则》的通知。",
             "支部及时组织党员召开专题会议，举行入党宣誓仪式。",
             "回顾党的诞生和发展壮大的历程，推动党建与业务融合，结合实际抓落实。",
             "本周五下午15:00，支部召开党员大会，下午5时30分散会。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ441") for n in range(2, 6)])


def test_round6_objects_by_meaning_read_the_same_in_txt_and_docx(tmp_path):
    """Objects by meaning, round 6: a need is met (增强了……的需要), a duty carried out (拓展……义务), 了解 only
    deepens (提升……了解), life is not held (举办……生活), an activity is not drawn up (制定……活动), also when a
    quoted name stands before it; 具有 right after the verb opens a modifier of its object (构建具有……的理念).
    The look-alikes share the words: 是提高……的需要 (the need to raise it), 满足……的需要, 履行义务,
    加深了解, 举办……活动 and 丰富……生活, 制定……活动方案, 构建具有……的体系, 开展……教育暨……宣讲会 stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "这次集中学习增强了党员实现自身价值的需要。",
             "为提高党性觉悟、拓展党员义务，支部开展主题党日活动。",
             "讲座提升了居民对防汛知识的了解。",
             "社区举办形式活泼、内涵丰富的一系列群众文化生活。",
             "支部特制定“守初心、强担当”主题党日活动。",
             "社区积极构建具有共同服务群众的理念。",
             "这是提高党的执政能力的需要，也满足了党员提升自身素质的需要。",
             "为提高党性觉悟、履行党员义务，支部开展主题党日活动。",
             "讲座加深了居民对防汛知识的了解。",
             "社区举办形式活泼的一系列群众文化活动，丰富群众文化生活。",
             "支部特制定“守初心、强担当”主题党日活动方案。",
             "社区积极构建具有地方特色的服务体系。",
             "镇里开展“感党恩”群众教育暨“书记讲给书记听”主题宣讲会。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ442") for n in range(2, 8)])


def test_round6_two_constructions_in_one_clause_read_the_same_in_txt_and_docx(tmp_path):
    """Two constructions run together, round 6: 增强 before a verb phrase with its own object (增强做好……工作),
    a means without its preposition (……的方式宣传), the object of 开展了 made the subject of 火热进行, a subject
    before 在……下 and another after the comma, an event as subject before 通过……的形式 and the people after the
    comma, an event's 圆满完成 left hanging before 在座的学员.  The look-alikes use each construction whole."""
    lines = ["2024年度机关党支部工作总结",
             "为切实增强做好汛期安全工作，支部制定了方案。",
             "党员干部进村入户，与群众面对面拉家常的方式宣传惠民政策。",
             "社区携手街道工会开展了“便民服务进社区”活动火热进行。",
             "一年来，机关党支部在局党组的正确领导下，我们认真学习党的创新理论。",
             "本次主题党日活动通过参观和座谈的形式，支部党员重温了入党誓词。",
             "本次专题培训的圆满完成，在座的学员认真听讲。",
             "为切实增强做好汛期安全工作的责任感，支部制定了方案。",
             "党员干部进村入户，以与群众面对面拉家常的方式宣传惠民政策，采取上门走访的形式开展宣讲。",
             "社区携手街道工会开展的“便民服务进社区”活动火热进行。",
             "一年来，在局党组的正确领导下，我们认真学习党的创新理论；机关党支部在局党组的领导下，认真学习。",
             "本次主题党日活动通过参观和座谈的形式，让支部党员重温了入党誓词。",
             "随着本次专题培训的圆满完成，学员们回到了工作岗位。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ443") for n in range(2, 8)])


def test_round8_purpose_and_result_a_missing_wei_and_frames_that_take_no_object(tmp_path):
    """Two constructions run together, round 8: a purpose (旨在、为推动) told with the 了 of a result, the goal of a
    为 phrase with no 为 in its sentence (助力……提供保障), 将 before a predicate that takes no object (深入人心), 占
    said twice, the adverb 纷纷 after 的, 更为 as the 为 of 为……起到作用, 在……经验下, 按照……部署下召开, 通过以……为契机,
    如果……的居民，可……, 引发火灾发生, 由“……”两项活动 without 组成.
    The look-alikes share the words and use each construction whole."""
    lines = ["2024年度机关党支部工作总结",
             "本次座谈会旨在凝聚了各方共识。",
             "志愿服务为推动了社区治理打下了基础。",
             "支部将继续围绕中心工作，助力乡村振兴提供坚强组织保障。",
             "为进一步将廉洁文化理念深入人心，支部开展了专题学习。",
             "在各类矛盾纠纷中，因邻里琐事所占的比例占到了六成。",
             "这种上门服务的做法得到了居民的纷纷称赞。",
             "志愿者清扫街巷，更为周边群众起到了带头作用。",
             "在总结去年换届工作经验下，今年的方案更加完善。",
             "本次会议按照上级党委统一部署下召开。",
             "社区通过以学雷锋纪念日为契机，开展了志愿服务。",
             "如果在检查期间因事外出的居民，可以电话预约。",
             "由于线路老化，引发火灾发生。",
             "读书月由“好书共读”“书香家庭”两项活动，将阅读和家风建设融为一体。",
             "本次座谈会旨在凝聚各方共识，与会同志了解了基层的意见；本次活动旨在让党员了解党史。",
             "志愿服务为社区治理营造了良好氛围，这项改革因为推动了资源下沉，成效明显。",
             "支部将继续围绕中心工作，为乡村振兴提供坚强组织保障。",
             "为进一步使廉洁文化理念深入人心，支部开展了专题学习，廉洁理念将进一步深入人心。",
             "因邻里琐事引发的纠纷所占的比例为六成。",
             "居民纷纷称赞这种上门服务的做法，得到了居民的一致好评。",
             "志愿者清扫街巷，对周边群众起到了带头作用，更为有效地起到了示范作用。",
             "在总结去年换届工作经验的基础上，今年的方案更加完善。",
             "本次会议在上级党委统一部署下召开，会议按照上级党委统一部署召开。",
             "社区以学雷锋纪念日为契机，通过以案促改的方式开展了志愿服务。",
             "在检查期间因事外出的居民，可以电话预约；如果有因事外出的居民，可以电话预约。",
             "线路老化引发火灾，也会导致触电事故发生，要防止引起隐患的发生。",
             "读书月由“好书共读”“书香家庭”两项活动组成，将阅读和家风建设融为一体。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ443") for n in range(2, 15)])


def test_round8_a_word_whose_meaning_already_holds_the_word_beside_it(tmp_path):
    """Redundancy, round 8, each pair with its reason: 过半 is 超过半数 (过半数以上), 高度 already says the degree
    (更加高度重视), the 的 phrase already names the set of 其中 (……的其中之一), 品德 is 道德品质, 安检 is 安全检查,
    走进 takes its place (走进在社区).  The look-alikes share the words: 过半数、超过半数的、高度重视、项目之一，
    其中之一、品德和道德品质、安全检查和安检、走进在建项目、来到在校学生中间."""
    lines = ["2024年度机关党支部工作总结",
             "全村过半数以上的农户种植茶叶。",
             "支部要更加高度重视意识形态工作。",
             "这项工作是支部今年为群众办实事的其中之一。",
             "学校注重培养学生的道德品德。",
             "工作人员对辖区商户开展检查安检。",
             "志愿者走进在社区，为老人理发。",
             "全村过半数农户种植茶叶，超过半数的党员参加。",
             "支部高度重视意识形态工作，要更加重视宣传工作。",
             "这项工作是今年为群众办实事的项目之一，其中之一是修路。",
             "学校注重培养学生的品德和道德品质。",
             "工作人员对辖区商户开展安全检查和安检。",
             "志愿者走进社区，走进在建项目工地，来到在校学生中间。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ441") for n in range(2, 8)])


def test_a_paragraph_is_traditional_from_two_traditional_only_characters():
    """script.is_traditional (a search per character found) says what counting the class's matches
    says, on random text of traditional-only, simplified and other characters."""
    import random

    from djlint.checks.grammar import script
    from djlint.engine.registry import build_registry

    build_registry(())
    cls = script._class()
    trad = "時實於後國會議"
    rnd = random.Random(8)
    for _ in range(3000):
        text = "".join(rnd.choice(trad + "时实于后国会议，。 a1") for _ in range(rnd.randint(0, 10)))
        assert script.is_traditional(text) == (len(cls.findall(text)) >= script.MIN_CHARS), text
    assert script.is_traditional("夯實基礎") and not script.is_traditional("夯實基础")


def test_round10_subject_swallowed_after_a_connective_or_inside_the_sentence(tmp_path):
    """A connective is no subject (特别是通过……，使……); inside a sentence 但由于（但通过）……，使…… turns to a cause
    whose 使 has none, and 在……下，使我…… after a clause of 我 (我 cannot 使 我); 令 is a 使 too.  A subject
    after the comma, 使我们的……, 在……下，使 a third party after another subject, 令人 stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "支部原定五月召开组织生活会，但由于疫情反复，使会议推迟到七月。",
             "三是抓好廉政教育。特别是通过观看警示教育片，使党员干部受到了警醒。",
             "我到社区工作已经一年了，在书记的悉心指导下，在同事们的热情帮助下，使我很快熟悉了业务。",
             "经过半年的集中整治，令村容村貌焕然一新。",
             "但是通过这次专题培训，让大家掌握了基本技能。",
             "支部原定五月召开组织生活会，但由于疫情反复，会议推迟到七月。",
             "三是抓好廉政教育。特别是通过观看警示教育片，党员干部受到了警醒。",
             "我们深入基层调研，在镇党委的指导下，使我们的调研更加扎实。",
             "公司加大投入力度，在各级政府的大力支持下，使项目按期建成投产。",
             "通过这次活动，令人难忘的是老党员的发言。",
             "特别是在县委的坚强领导下，全镇各项工作取得了新进展。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ444") for n in range(2, 7)])


def test_round10_event_then_what_it_did_with_no_comma(tmp_path):
    """通过 an event and, with no comma, what it did (通过宣传活动提高……, 通过这次慰问活动给……送去, 通过这些宣传
    切实有效地架起了): the event reads as the subject and is none.  A subject before 通过 or after the event,
    a means and its end (通过……活动达到……目的), the whole phrase as what the clause is about (……是一项长期任务),
    an event named with its verb (开展……学习教育), a bare verb that may begin a noun (观看警示教育片), a quoted
    event and a comma stay silent."""
    lines = ["2024年度机关党支部工作总结",
             "通过普法宣传活动提高村民的法治意识，减少矛盾纠纷。",
             "通过这次走访慰问活动给困难党员送去了组织的关怀。",
             "通过这些志愿服务切实有效地架起了党群连心桥。",
             "二是通过主题党日活动进一步激发党员干事创业的热情。",
             "支部通过普法宣传活动提高了村民的法治意识。",
             "通过这次活动党员们提高了认识。",
             "通过组织开展系列活动达到三个目的。",
             "通过经常性的教育培训提高党员素质是一项长期任务。",
             "通过扎实开展党纪学习教育，推动全面从严治党向纵深发展。",
             "通过“三会一课”活动提高了党员的党性修养。",
             "通过观看警示教育片警醒党员干部。",
             "通过开展主题党日活动，进一步激发党员干事创业的热情。"]
    _same_in_txt_and_docx(tmp_path, lines, 3, [(n, "DJ444") for n in range(2, 6)])


def test_verbs_and_nouns_found_by_their_edge_characters_are_the_walks_of_the_whole_table():
    # _verb_ending and head_nouns ask only the verbs that begin or end with the token's edge characters and
    # the nouns that end with the word's last one: the same answers as a walk over every verb and noun
    import random

    from djlint.checks.grammar import collocation_search as C
    from djlint.checks.grammar import nounends as N
    from djlint.engine.registry import build_registry

    registry = build_registry()
    table = read_table(table_path())

    def walk(text, toks, k, starts, clause_start):  # the walk before the index (the first fit wins)
        ts, te = toks[k][1], toks[k][2]
        pres = [pre for pre in C._ADVERB_PREFIXES if text.startswith(pre, ts)]
        for v in table.verbs:
            if text.startswith(v, ts):
                return v, ts
            for pre in pres:
                if text.startswith(v, ts + len(pre)):
                    return v, ts + len(pre)
            s = te - len(v)
            if clause_start <= s < ts and s in starts and text[s:te] == v:
                return v, s
        return None

    rnd = random.Random(7)
    words = table.verbs + table.nouns + sorted(C._ADVERB_PREFIXES) + list("的了和在对把筑牢会")
    texts = ["切实履行监督职责，充分发挥党支部战斗堡垒作用，筑牢思想防线，召开动员大会。"]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(400)]
    cut = registry.segmenter(registry)  # the words a lint run reads (the index's segmentation)
    told = 0
    for text in texts:
        toks = cut(text)
        starts = {s for _w, s, _e in toks}
        for k in range(len(toks)):
            for clause_start in (0, toks[k][1]):
                got = C._verb_ending(table, text, toks, k, starts, clause_start)
                assert got == walk(text, toks, k, starts, clause_start), (text, toks[k])
                told += got is not None
            nouns = [n for n in table.nouns if toks[k][0].endswith(n)]
            if "会" in nouns and (toks[k][0] in N._NOT_MEETING or any(toks[k][0].endswith(x) for x in N._NOT_MEETING
                                                                    if len(x) > 1)):
                nouns.remove("会")
            assert N.head_nouns(table, toks[k][0]) == nouns
    assert told > 100
