"""DJ421 misspelled-word: one character of a word typed as a homophone, found without a list."""
import os
import shutil

import pytest

from djlint.checks.spelling import build as building
from djlint.checks.spelling import candidates as cand
from djlint.checks.spelling import confusion, constructions, names, patterns, store, verdict
from djlint.checks.spelling import evidence as ev
from djlint.checks.spelling import index as idx
from djlint.lint import lint_text


@pytest.fixture
def index(spelling_index):
    """DJ421's index as djlint loads it: built once per test session (tests/conftest.py)."""
    return spelling_index


def dj421(text, config=None):
    return [(d.message, d.fix.replacement) for d in lint_text(text, {"select": ["DJ421"], **(config or {})})]


@pytest.mark.parametrize("text,written,right", [
    ("要切实加强意识形太工作。", "意识形太", "意识形态"),
    ("推进党风廉正建设。", "党风廉正", "党风廉政"),  # the shortest stretch that shows the slip
    ("工作上精益求经。", "精益求经", "精益求精"),
    ("全体党员兢兢业叶干事业。", "兢兢业叶", "兢兢业业"),
    ("全面从严治当，永远在路上。", "从严治当", "从严治党"),  # the shortest stretch that shows the slip
])
def test_slips_are_found_with_the_right_word(text, written, right):
    assert dj421(text) == [(f"疑似错别字：“{written}”应为“{right}”", right)]


@pytest.mark.parametrize("text", [
    "中国共产党愿在此基础上加强合作。",  # a word, then a word (共产党 + 愿)
    "把一切权力关进制度的笼子。",  # 权力 is a word of its own
    "组织产煤大省及重点企业对接协调。",  # 及 is a function word between two words
    "使党务岗位成为既成就事业又成就人才的平台。",
    "要切实加强意识形态工作，兢兢业业干事业。",
])
def test_real_words_on_both_sides_stay_silent(text):
    assert dj421(text) == []


@pytest.mark.parametrize("text", [
    "坚持与时具进，开拓创新。",  # 具 alone: 与/时/具/进 against one idiom
    "坚持于时俱进。",  # a function word where a word belongs needs more evidence: 于/时/俱/进 has it
])
def test_evidence_finds_slips_the_old_guards_let_pass(text):
    assert dj421(text)


def test_evidence_is_what_the_suggestion_saves_the_segmentation(index):
    text = "要切实加强意识形太工作。"
    s = text.index("意识形太")
    # 意识/形/太 against 意识形态: two characters no longer stand alone
    assert ev.evidence(index, text, s, s + 4, "意识形态") >= 1.9
    assert ev.segment_cost(index, "意识形态") < ev.segment_cost(index, "意识形太")
    # written as two real words: no character stands alone, so no evidence (法治/建设 is not 法制建设)
    text = "深化法治建设。"
    assert ev.evidence(index, text, 2, 6, "法制建设") < verdict.EVIDENCE


def test_two_character_words_on_strong_evidence():
    assert dj421("大家要积级参加学习。") == [("疑似错别字：“积级”应为“积极”", "积极")]
    assert dj421("大家要积极参加学习。") == []


@pytest.mark.parametrize("text,written,right", [
    ("加强卫戌部队建设。", "卫戌部队", "卫戍部队"),
    ("坚决反对拨苗助长。", "拨苗助长", "拔苗助长"),
])
def test_look_alikes_are_found(text, written, right):
    assert dj421(text) == [(f"疑似错别字：“{written}”应为“{right}”", right)]


def test_a_look_alike_that_makes_a_common_word_is_left_alone():
    assert dj421("落实贷款贴息政策。") == []  # 贷款 is a word: not 货款贴息


def test_three_character_words_need_the_pairs_to_read_better():
    assert dj421("推进新型工业画、信息化。") == [("疑似错别字：“工业画”应为“工业化”", "工业化")]
    # a slip at the edge with more text beyond may be a word the dictionary lacks: more evidence needed
    assert dj421("推进新型工业画建设。") == []
    assert dj421("做一名负责任的党员干部。") == []  # 负责/任 reads as well as 负责人: not reported


def test_a_stretch_after_a_surname_is_a_given_name(index, monkeypatch):
    monkeypatch.setattr(index, "surnames", frozenset("林王张"))
    text = "由支部委员张一帆同志记录。"
    s = text.index("一帆")
    assert names._after_surname(index, text, s)
    assert not names._after_surname(index, "这是一帆风顺的一年。", 2)


def test_words_are_indexed_by_how_they_are_read(index):
    """银行 is yin hang (data/word-readings.tsv), not yin xing as 行's usual reading would make it."""
    assert dj421("到银航办理业务。") == [("疑似错别字：“银航”应为“银行”", "银行")]
    assert dj421("银星社区开展活动。") == []
    assert index.reading("银行") == index.reading("银航") != index.reading("银星")


def test_a_parallel_phrase_is_not_a_slip(index):
    """细化实化: the repeated 化 makes a set pattern; 化实 is not a slip for 化石."""
    text = "要细化实化工作举措。"
    assert any(c[2] == "化实" for c in cand.candidates(index, text)) and patterns._parallel(text, 3, 5)
    assert dj421(text) == []


def test_a_function_word_between_words_the_dictionary_lacks_is_not_a_slip():
    assert dj421("组织产煤大省及重点企业对接协调。") == []  # 及, not 省级重点


def test_a_name_is_not_a_slip():
    assert dj421("公司位于意识形太大街。") == []  # a street, a company, a town: 大街 药业 镇 …


def test_a_stretch_repeated_in_the_document_is_a_name():
    assert dj421("兢兢业叶在会上发言。\n兢兢业叶作了总结。\n") == []


def test_the_units_own_words_are_never_corrected(tmp_path):
    assert dj421("兢兢业叶合作社开展活动。", {"words": ["兢兢业叶"]}) == []
    (tmp_path / ".djlint.yaml").write_text("select: [DJ4]\n", encoding="utf-8")
    (tmp_path / ".djlint-words.txt").write_text("# 本单位名称\n兢兢业叶\n", encoding="utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text("兢兢业叶合作社开展活动。\n", encoding="utf-8")
    from djlint.lint import lint_path

    assert lint_path(str(draft)) == []


def test_the_own_words_silence_the_other_phrase_rules_too():
    assert lint_text("九洲同庆。", {"select": ["DJ411"]})
    assert lint_text("九洲同庆。", {"select": ["DJ411"], "words": ["九洲"]}) == []


def test_quotations_are_checked_for_slips_but_never_fixed_automatically():
    found = lint_text("习近平总书记强调：“要加强意识形太工作。”", {"select": ["DJ421"]})
    assert found and not found[0].fix.safe


def test_junk_dictionary_entries_are_never_suggested(index):
    assert not index.knows("团结拼博")
    assert dj421("全体干部团结拼搏。") == []


def test_regular_compounds_are_suggested_even_when_jieba_calls_them_names(index):
    """安全感 and 幸福感 are tagged as people's names in jieba's dictionary, 问责制 has a placeholder
    frequency: a frequent word and a productive suffix make them words all the same."""
    assert index.suggestable("安全感") and index.suggestable("问责制")
    assert not index.suggestable("王国维")  # a name: 维 is no productive suffix
    assert "感" in index.suffixes and "化" in index.suffixes and "新" in index.prefixes
    assert dj421("不断增强群众的获得感、幸福杆。") == [("疑似错别字：“幸福杆”应为“幸福感”", "幸福感")]


def test_a_stretch_as_regular_as_the_suggestion_is_not_a_slip(index):
    """防控网 is a word and 网 just as 防空网 is: the written text is no less a word."""
    assert index.suggestable("防空网") and not index.knows("防控网")
    text = "织密疫情防控网。"
    s = text.index("防控网")
    assert verdict._regular_shape(index, "防控网", 1)
    assert verdict.plausible(index, text, s, s + 3, s + 1, "防控网", "防空网", text) is None
    assert dj421(text) == []


def test_a_word_read_otherwise_is_found_under_both_readings():
    """长风破浪 is chang feng po lang; 长 usually reads zhang here.  A slip in 风 leaves 长 read as
    usual, so the word must be found under its characters' usual readings too."""
    assert dj421("我们要长奉破浪，勇毅前行。") == [("疑似错别字：“长奉破浪”应为“长风破浪”", "长风破浪")]


def test_a_two_character_run_between_punctuation_is_checked():
    """Quoted and listed words stand between punctuation: “抱告” has no Chinese neighbour."""
    assert dj421("认真学习“两会”抱告，统一思想。") == [("疑似错别字：“抱告”应为“报告”", "报告")]
    assert dj421("认真学习“两会”报告，统一思想。") == []


def test_strong_evidence_needs_the_pairs_less(index):
    """市工图 is three characters standing alone; 施工图 turns them into one word: that is strong
    enough without the character pairs reading better."""
    text = "把“市工图”变为“实景图”。"
    s = text.index("市工图")
    found = verdict.plausible(index, text, s, s + 3, s, "市工图", "施工图", text)
    assert found is not None and found >= verdict.EVIDENCE_3 + verdict.STRONG[3][0]
    assert ev.pair_evidence(index, text, s, s + 3, "施工图") < verdict.PAIRS_3


def test_a_guarded_slip_is_taken_when_the_text_reads_far_likelier(index):
    """长效/及/制 against 长效机制: 及 is a function word, so the evidence needed is more; by word
    frequency the corrected text is thousands of times likelier, which 大省/及/重点 is not."""
    text = "健全诚信建设长效及制。"
    s = text.index("长效及制")
    assert ev.evidence(index, text, s, s + 4, "长效机制") < verdict.EVIDENCE + 1.0  # short of what the guard asks
    assert ev.gain(index, text, s, s + 4, "长效机制") >= verdict.RESCUE[4]
    assert dj421(text) == [("疑似错别字：“长效及制”应为“长效机制”", "长效机制")]
    text = "组织产煤大省及重点企业对接协调。"
    s = text.index("省及重点")
    assert ev.gain(index, text, s, s + 4, "省级重点") < verdict.RESCUE[4]
    assert dj421(text) == []


def test_log_probability_prefers_frequent_words(index):
    assert ev.log_probability(index, "意识形态") > ev.log_probability(index, "意识形太")
    assert ev.log_probability(index, "工作") > ev.log_probability(index, "工") + ev.log_probability(index, "作")


def test_current_terms_are_words_and_a_company_name_is_no_slip():
    assert dj421("深化国际抗疫合作，在战疫一线。") == []  # terms.tsv: 抗疫 and 战疫 are words
    assert dj421("入驻尚品国际等商业项目。") == []  # 国际 after it: a company or a building


def test_a_word_jieba_tags_as_a_name_is_a_word_unless_it_begins_with_a_surname(index):
    assert index.suggestable("幼儿园") and index.suggestable("智能化")  # tagged nr, no surname first
    assert not index.suggestable("王国维")  # 王 is a surname: a name


def test_our_own_terms_are_suggested_without_the_pair_test(index):
    """不想腐 and 碳中和 are in terms.tsv; the dictionary's character pairs hardly know them."""
    assert "不想腐" in index.own_words and "碳中和" in index.own_words
    text = "有序推进碳达峰、碳中河工作。"
    s = text.index("碳中河")
    assert ev.pair_evidence(index, text, s, s + 3, "碳中和") < verdict.PAIRS_3
    assert dj421(text) == [("疑似错别字：“碳中河”应为“碳中和”", "碳中和")]
    assert dj421("一体推进不敢腐、不能腐、不相腐。") == [("疑似错别字：“不相腐”应为“不想腐”", "不想腐")]
    assert dj421("一体推进不敢腐、不能腐、不想腐。") == []


@pytest.mark.parametrize("text,written,right", [
    ("深入开展人居环境整冶，改善村容村貌。", "整冶", "整治"),  # 整治 is common, though not frequent enough for a homophone
    ("新建商场年内投人运营。", "投人", "投入"),
    ("加强乡村冶理体系建设。", "冶理", "治理"),
])
def test_two_character_look_alikes_need_less(text, written, right):
    assert dj421(text) == [(f"疑似错别字：“{written}”应为“{right}”", right)]


def test_a_look_alike_in_correct_text_stays_silent():
    assert dj421("投资入驻的企业明显增加。") == []  # 入驻 is a word: not 投资人
    assert dj421("人居环境整治取得成效，投入运营的项目增加。") == []


@pytest.mark.parametrize("text,written,right,floor", [
    # 由/点 reads well enough as written; 有点 would make it only a little likelier
    ("区域化党建由点到线，示范区初具规模。", "由点", "有点", "MIN_GAIN_2"),
    # 结果/时 (when the results ...) is likelier by frequency than 结果实 (bear fruit)
    ("汇总考核结果时，要逐项复核。", "结果时", "结果实", "MIN_GAIN_3"),
])
def test_a_short_suggestion_must_make_the_text_likelier_by_frequency(text, written, right, floor, index):
    s, n = text.index(written), len(written)
    assert ev.evidence(index, text, s, s + n, right) >= (verdict.EVIDENCE_2 if n == 2 else verdict.EVIDENCE_3) - verdict.EPS
    assert ev.gain(index, text, s, s + n, right) < getattr(verdict, floor)
    assert dj421(text) == []


def test_a_productive_prefix_before_a_word_is_regular(index):
    """非 begins many words (非法, 非正式 ...): 非静态 is as regular as 非晶态."""
    assert "非" in index.prefixes
    assert dj421("区分静态和非静态两类数据。") == []


@pytest.mark.parametrize("text,written,right", [
    ("积极参与“一代一路”建设。", "一代一路", "一带一路"),  # 一代/一路: two words, nothing stands alone
    ("坚定道路自信、立论自信、制度自信。", "立论自信", "理论自信"),
])
def test_a_long_word_written_as_two_words_is_found_when_far_likelier(text, written, right, index):
    s = text.index(written)
    assert ev.evidence(index, text, s, s + 4, right) < verdict.EVIDENCE
    assert ev.gain(index, text, s, s + 4, right) >= verdict.GAIN_TWO_WORDS  # 一带一路: terms.tsv; 理论自信: the lexicon
    assert dj421(text) == [(f"疑似错别字：“{written}”应为“{right}”", right)]


def test_a_whole_quotation_needs_no_guard_evidence():
    """“十二吴”: quoted, the term has no context to explain it; unquoted, a numeral asks for more."""
    assert dj421("“十二吴”时期经济平稳较快发展。") == [("疑似错别字：“十二吴”应为“十二五”", "十二五")]
    assert dj421("十二吴时期经济平稳较快发展。") == []
    assert dj421("严格执行“十不得”纪律要求。") == []  # a quoted rule of its own, not 使不得


def test_a_surname_beginning_a_three_character_name_is_not_a_slip():
    """钟国东: 钟 is a surname and 东 begins no word, so 钟国 is the start of a name, not 中国."""
    assert dj421("经研究，同意钟国东同志任支部书记。") == []
    assert dj421("负责人：江玲英，联系电话见附表。") == []
    assert dj421("推动钟国的发展。") == [("疑似错别字：“钟国”应为“中国”", "中国")]  # 的 begins no name


def test_text_in_traditional_script_is_not_a_page_of_slips():
    """加強 reads as 加强 and 主體 as 主题: a traditional-script passage is no homophone slip."""
    assert dj421("全面從嚴治黨，加強黨風廉政建設，落實主體責任，推進國家治理體系現代化。") == []
    assert dj421("過去一年，經濟社會發展取得新成就。") == []
    assert dj421("要切实加强意识形太工作。") == [("疑似错别字：“意识形太”应为“意识形态”", "意识形态")]


def test_the_traditional_list_holds_no_simplified_character():
    from djlint.checks.hanzi import traditional_forms

    forms = traditional_forms()
    assert {"強", "體", "國", "黨"} <= set(forms) and forms["黨"] == ["党"] and forms["畫"][0] == "画"
    # characters that are simplified forms as well (著, 乾, 於, 台) are not listed
    assert not {"著", "乾", "於", "台", "发", "了", "强"} & set(forms)
    assert len(forms) > 3000 and not set(forms) & {s for v in forms.values() for s in v}


@pytest.mark.parametrize("text", [
    "会议由会计史玉主持。",  # not 会计师
    "会议由委员张明主持。",  # not 委员长
    "会议由校长蒋海刚主持。",  # not 长江
    "会议由局长闫安主持。",  # not 延安
    "会议由校长石信永主持。",  # not 信用: 长石 is a word, but 校长 is a title and 石 a surname
])
def test_a_name_after_a_title_is_not_a_slip(text):
    assert dj421(text) == []


def test_a_surname_that_ends_a_word_does_not_make_a_name(index, monkeypatch):
    """队伍 and 实施 end in 伍 and 施, both surnames: the stretch after them is no given name."""
    assert dj421("加强干部队伍能历建设。") == [("疑似错别字：“能历”应为“能力”", "能力")]
    monkeypatch.setattr(index, "surnames", frozenset("林施伍"))
    assert not names._after_surname(index, "印发实施义见。", 4)
    assert names._after_surname(index, "由副书记林一凡记录。", 5)


def test_a_place_before_a_place_suffix_is_not_a_slip():
    assert dj421("安泉片区、阁金片区完成改造。") == []  # not 安全


@pytest.mark.parametrize("text", [
    "会议由组长钟波家主持，主席刘军永作总结。",  # 永作: 永 ends the name 刘军永, not 用作
    "闫兰同志主持会议，蒋军同志作报告。",  # 蒋军 before a title is a name, not 将军
])
def test_the_edges_of_names_are_not_slips(text):
    assert dj421(text) == []


def test_the_dictionarys_own_misspellings_are_found(index):
    """jieba's dictionary holds 雷历风行 (3) beside 雷厉风行 (92): read alike, one character apart,
    far rarer. Such entries are neither known nor suggested; a rare correct word of that shape
    (职业资格 beside 执业资格) is two common words, which the evidence leaves alone."""
    assert not index.knows("雷历风行") and index.knows("雷厉风行")
    assert dj421("全体干部雷历风行抓落实。") == [("疑似错别字：“雷历风行”应为“雷厉风行”", "雷厉风行")]
    assert dj421("党的政策家谕户晓。") == [("疑似错别字：“家谕户晓”应为“家喻户晓”", "家喻户晓")]
    assert dj421("取得职业资格证书的人员增加。") == []


def test_the_dictionarys_own_three_character_misspellings_are_found(index):
    """jieba also holds rare three-character slips beside a far more frequent homophone (天燃气 4
    beside 天然气 1218, 坐谈会, 竟争力): taken out, they are found.  An entry that differs at an edge
    whose other two characters are a frequent word is a regular compound (电视局 beside 电视剧,
    相城区 beside 襄城区, 飞行棋 beside 飞行器): it stays a word."""
    assert not index.knows("天燃气") and not index.knows("坐谈会")
    assert index.knows("电视局") and index.knows("相城区") and index.knows("飞行棋")
    assert dj421("加快推进城区天燃气管网改造。") == [("疑似错别字：“天燃气”应为“天然气”", "天然气")]
    assert dj421("召开党员坐谈会听取意见。") == [("疑似错别字：“坐谈会”应为“座谈会”", "座谈会")]
    assert dj421("企业核心竟争力明显增强。") == [("疑似错别字：“竟争力”应为“竞争力”", "竞争力")]
    assert dj421("市广播电视局召开专题会议。") == []
    assert dj421("在相城区开展专题调研。") == []
    assert dj421("社区组织老人下飞行棋。") == []
    assert dj421("天然气管网建设加快推进。") == []


def test_forms_the_listed_rules_report_are_not_reported_twice(index):
    """走头无路 is in wrong-words.tsv (DJ411), 再接再砺 in variant-forms.tsv (DJ419)."""
    found = lint_text("我们要再接再砺，不能走头无路。", {})
    assert sorted(d.code for d in found if d.code in ("DJ411", "DJ419", "DJ421")) == ["DJ411", "DJ419"]
    assert not index.suggestable("走头无路")


def test_packed_comparison_finds_what_comparing_the_words_finds(index):
    """Candidates compare a stretch with the words read like it as packed integers; the result
    must be what comparing the unpacked words character by character gives."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(here, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        text = fh.read()[:6000] + "要切实加强意识形太工作，坚持与时具进，推进党风廉正建设。"

    def by_words():
        for run in cand.HAN_RUN.finditer(text):
            t = run.group()
            cover = confusion.covered(index, t)
            for k in range(len(t) - 1):
                for L in (2, 3, 4):
                    if k + L > len(t) or index.knows(t[k:k + L]) or (L == 3 and all(cover[k:k + 3])):
                        continue  # three characters common words cover are no candidate (cand.COVERED_TWO)
                    words = index.words_reading(idx.reading_key(idx.reading_codes(index, t[k:k + L])))
                    for c in cand._differing(index, t, run.start(), k, L, words):
                        if L > 2 or not cover[c[4] - run.start()]:  # nor a covered slip in two
                            yield c

    packed = {c for c in cand.candidates(index, text) if c[1] - c[0] <= idx.PACKED_MAX
              and idx.reading_codes(index, c[2]) == idx.reading_codes(index, c[3])}  # not the look-alikes
    assert packed == set(by_words()) and any(c[2] == "形太" for c in packed)


def test_a_covered_character_is_no_slip_of_a_short_word(index):
    """A two-character stretch whose slipped character a common word covers (会一 in 开会一次: 一次), or
    three characters common words cover (工作指 in 工作指南), is no candidate of the word index
    (cand.COVERED_TWO); an uncovered slip still is (形太), and so is three characters with one left
    alone (检查院: 院 stands alone)."""
    def stretches(text):
        return {c[2] for c in cand.candidates(index, text)}

    assert "会一" not in stretches("每月开会一次。") and "工作指" not in stretches("修订工作指南。")
    assert "形太" in stretches("加强意识形太工作。") and "检查院" in stretches("报人民检查院批准。")
    assert dj421("到银航办理业务。") == [("疑似错别字：“银航”应为“银行”", "银行")]


def test_the_paragraphs_cover_is_each_runs_cover(index):
    """confusion.paragraph_cover tests a whole paragraph's windows against the common words at once; each
    run's slice must be what Index.common of the run's windows of two and three characters says (the runs beside
    letters and digits too: a window across a run's edge is no word of the sets, which hold Chinese words only)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(here, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        lines = fh.read()[:6000].splitlines() + ["做X光检查，3号楼会议室，开会一次，加强意识形太工作"]
    runs = 0
    for text in lines:
        whole = confusion.paragraph_cover(index, text)
        for run in cand.HAN_RUN.finditer(text):
            t, runs = run.group(), runs + 1
            want = [False] * len(t)
            for a in range(len(t) - 1):
                for b in (a + 2, a + 3):
                    if b <= len(t) and index.common(t[a:b]):
                        want[a:b] = [True] * (b - a)
            assert [bool(x) for x in whole[run.start():run.end()]] == want == confusion.covered(index, t), t
    assert runs > 300


def test_a_neighbours_characters_are_those_of_its_range(index):
    """confusion._lasts: the characters at the slip of the words a neighbour begins, read off its range
    of the sorted table (the first time) or kept as a set (from the second), are those of every key whose
    upper lanes are the neighbour."""
    table = index.confusion[3]  # two-character words, forwards: the neighbour before, the character after
    memo: dict = {}
    for ch in "的和加党务":
        prefix = ord(ch)
        want = frozenset(k & 0xFFFF for k in table if k >> 16 == prefix)
        first, again = frozenset(confusion._lasts(table, memo, prefix)), confusion._lasts(table, memo, prefix)
        assert first == want == again == confusion._lasts(table, memo, prefix) and type(again) is frozenset
    assert confusion._lasts(table, memo, ord("加")) and not confusion._lasts(table, memo, 0x3000)
    assert not confusion._lasts(table, memo, 0x3000)


def test_the_three_of_four_gate_turns_away_no_shape_slip(index, monkeypatch):
    """candidates._shape_in_four tries a lane's look-alikes only where index.three_of_four has the window's
    other three characters: what it finds must be what trying every look-alike finds."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(here, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        lines = fh.read()[:6000].splitlines() + ["经受住风吻雨打的考验", "工作中谨小慎衡，不敢担当"]

    def shapes():
        return [c for text in lines for run in cand.HAN_RUN.finditer(text) if len(run.group()) >= 4
                for c in cand._shape_in_four(index, run.group(), run.start(), {})]

    gated = shapes()
    assert index.three_of_four and {c[3] for c in gated} >= {"风吹雨打", "谨小慎微"}
    monkeypatch.setattr(index, "three_of_four", b"")
    assert gated == shapes()


def test_without_jiebas_dictionary_the_rule_stays_silent(monkeypatch, index):
    """Run from a source tree whose Python lacks jieba, the index held only our terms, and 战役 (a
    word) read as a slip for 战疫. Without the dictionary nothing can tell a word from a slip."""
    from djlint.checks.phrase import misspelling

    here = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data")
    bare = building.build(None, here, [])
    assert not bare.has_dictionary and index.has_dictionary
    text = "打赢疫情防控这场战役。"
    assert any(c[3] == "战疫" for c in cand.candidates(bare, text))  # what it would have said
    monkeypatch.setattr(misspelling, "spelling_index", lambda registry: bare)
    assert dj421(text) == [] and dj421("要切实加强意识形太工作。") == []


def test_a_name_starting_inside_the_stretch_and_a_historical_name_are_not_slips(index):
    assert dj421("由虞子娜负责，尹霞平配合。") == []  # 虞 begins a name: 由虞 is not 由于
    assert not index.suggestable("福康安")  # a person's name jieba tags nr: 福康 begins no word


# the cache file, on an index built from a dictionary of a few words (milliseconds, not seconds)

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data")
#: a jieba-style dictionary (word, count, tag) standing in for the 350,000 entries of the real one
TINY_DICT = """意识 20000 n
意识形态 5000 n
形态 3000 n
工作 90000 vn
党建 3000 n
共产党 8000 nt
任工 3 n
加强 40000 v
兢兢业业 800 i
"""


@pytest.fixture
def tiny_install(tmp_path, monkeypatch):
    """A cache folder of the test's own and a jieba dictionary of a few words; ``install(name)``
    copies the phrase pack's data to a folder of that name, as another install would hold it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(TINY_DICT, encoding="utf-8")
    monkeypatch.setattr(store, "jieba_dict", lambda: str(dictionary))

    def install(name="data"):
        shutil.copytree(DATA, tmp_path / name)
        return str(tmp_path / name)

    return install


def _builds(monkeypatch):
    """Count the index builds from here on."""
    calls = []
    real = store.build
    monkeypatch.setattr(store, "build", lambda *a: calls.append(a) or real(*a))
    return calls


def _index_files(tmp_path):
    folder = tmp_path / "cache" / "djlint"
    return sorted(folder / n for n in os.listdir(folder) if n.startswith("spelling-"))


def test_the_index_is_built_once_and_kept(tiny_install, tmp_path, monkeypatch):
    data = tiny_install()
    builds = _builds(monkeypatch)
    index = store.load(data, ["示范词语工程"], [])
    assert index.knows("示范词语工程") and index.knows("意识形态") and not index.knows("意识形太")
    # two- and three-character words: every known one, and the frequent ones that weigh as evidence
    assert index.knows("党建") and index.knows("共产党") and not index.knows("党愿")
    assert index.common("工作") and index.knows("任工") and not index.common("任工")
    assert len(builds) == 1 and len(_index_files(tmp_path)) == 1
    again = store.load(data, ["示范词语工程"], [])
    assert len(builds) == 1 and again.knows("示范词语工程") and again.common("工作")  # read from the file
    # a changed data file, or a new layout of the file, rebuilds it
    with open(os.path.join(data, "terms.tsv"), "a", encoding="utf-8") as fh:
        fh.write("另一个新词组\t测试\n")
    assert store.load(data, [], []).knows("另一个新词组") and len(builds) == 2
    monkeypatch.setattr(store, "FORMAT", store.FORMAT + 1)
    assert store.load(data, [], []).knows("另一个新词组") and len(builds) == 3


def test_the_cache_file_reads_back_what_was_written(tiny_install, tmp_path):
    data = tiny_install()
    built = store.build(store.jieba_dict(), data, ["示范词语工程"], frozenset("张"))
    raw = store._dump(built, "stamp")
    target = tmp_path / "index.bin"
    target.write_bytes(raw)
    read = store._read(str(target), "stamp")
    assert store._dump(read, "stamp") == raw  # every array and table as built
    for word in ("意识形态", "示范词语工程", "工作", "任工", "意识形太"):
        assert (read.knows(word), read.suggestable(word)) == (built.knows(word), built.suggestable(word)), word
    assert store._read(str(target), "another stamp") is None


def test_the_reading_tables_are_read_only_when_asked_for(tiny_install, tmp_path):
    """Word boundaries (every rule's doc.tokens) need the arrays and the longer words only; DJ421's
    reading tables stay marshalled until something asks for one, then all come at once."""
    from djlint.checks.spelling.segment import tokenize

    data = tiny_install()
    built = store.build(store.jieba_dict(), data, ["示范词语工程"], frozenset("张"))
    target = tmp_path / "index.bin"
    target.write_bytes(store._dump(built, "stamp"))
    read = store._read(str(target), "stamp")
    assert tokenize(read, "推进意识形态工作") == tokenize(built, "推进意识形态工作")
    assert read.knows("示范词语工程") and not set(store._READINGS) & set(vars(read))
    assert read.codes == built.codes and set(store._READINGS) <= set(vars(read))
    assert (read.long_lengths, read.shapes) == (built.long_lengths, built.shapes)


@pytest.mark.parametrize("damage", ["empty", "garbage", "magic", "header", "arrays"])
def test_a_damaged_cache_file_is_built_again(tiny_install, tmp_path, monkeypatch, damage):
    """A file cut short (a full disk, a killed process) or overwritten is read as missing: built again
    and replaced, never a crash or an index with arrays cut short."""
    data = tiny_install()
    store.load(data, [], [])
    (target,) = _index_files(tmp_path)
    raw = target.read_bytes()
    target.write_bytes({"empty": b"", "garbage": b"\x00" * 64, "magic": b"XXXX" + raw[4:],
                        "header": raw[:40], "arrays": raw[:len(raw) - 8]}[damage])
    builds = _builds(monkeypatch)
    assert store.load(data, [], []).knows("意识形态") and len(builds) == 1
    assert store.load(data, [], []).common("工作") and len(builds) == 1  # the file was written again


def test_a_cache_file_of_an_earlier_layout_is_built_again_never_misread(tiny_install, tmp_path, monkeypatch):
    """A file under the right name and stamp whose arrays are laid out otherwise (an earlier FORMAT's
    sorted word arrays where the hash tables now are) is rebuilt and replaced, not probed as a table."""
    import marshal

    data = tiny_install()
    store.load(data, [], [])
    (target,) = _index_files(tmp_path)
    raw = target.read_bytes()
    size = int.from_bytes(raw[4:12], "little")
    header = list(marshal.loads(raw[12:12 + size]))
    old = [("short2" if name == "slots2" else name, fmt, offset, n) for name, fmt, offset, n in header[1]]
    for changed in ([header[0], old, *header[2:]], header[:8]):  # renamed arrays; the old header's eight fields
        body = marshal.dumps(tuple(changed), 2)
        pad = -(12 + len(body)) % 8
        target.write_bytes(raw[:4] + (len(body) + pad).to_bytes(8, "little") + body + b"\0" * pad + raw[12 + size:])
        builds = _builds(monkeypatch)
        assert store.load(data, [], []).knows("意识形态") and len(builds) == 1
        assert target.read_bytes() == raw  # written again, whole
        monkeypatch.undo()
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        monkeypatch.setattr(store, "jieba_dict", lambda: str(tmp_path / "dict.txt"))


def test_the_word_tables_find_every_word_and_only_those():
    """index.word_table: every key in its slot (a free slot ends each probe, none runs off the end,
    clustered keys included), every other key told absent; the frequencies beside the keys."""
    import random

    rnd = random.Random(5)
    keys = sorted({(rnd.randrange(0x4E00, 0x9FA6) << 16) | rnd.randrange(0x4E00, 0x9FA6) for _ in range(3000)})
    mod = idx._prime_at_least(idx.SLOTS_PER_WORD * (len(keys) + 40))
    keys += [mod - 1 + j * mod for j in range(1, 41)]  # forty keys of the last slot: the table grows past it
    weights = [k % 251 for k in keys]
    table = idx.word_table(keys, weights, "I")
    slots, info, mod = table
    assert slots[mod - 1] and len(slots) >= mod + 40 and slots[-1] == 0 and len(slots) == len(info)
    assert sorted(k for k in slots if k) == sorted(keys)
    for k, q in zip(keys, weights):
        h = idx.find(table, k)
        assert h >= 0 and slots[h] == k and info[h] == q
    others = {(rnd.randrange(0x4E00, 0x9FA6) << 16) | rnd.randrange(0x4E00, 0x9FA6) for _ in range(3000)} - set(keys)
    assert others and all(idx.find(table, k) == -1 for k in others)
    last = max(range(len(slots)), key=lambda h: (slots[h] != 0, h))
    assert idx.find(table, slots[last]) == last  # the slot furthest on is still found


def test_two_installs_sharing_a_cache_folder_keep_an_index_each(tiny_install, tmp_path, monkeypatch):
    """A pre-commit environment and a pip install read the same data from different paths: each
    keeps its own index file instead of rebuilding the other's in turn; old files are pruned."""
    first, second = tiny_install("one"), tiny_install("two")
    folder = tmp_path / "cache" / "djlint"
    folder.mkdir(parents=True)
    for i in range(4):  # earlier versions' files
        stale = folder / f"spelling-0.0.{i}-00000000.bin"
        stale.write_bytes(b"old")
        os.utime(stale, (1_000_000 + i, 1_000_000 + i))
    store.load(first, [], [])
    store.load(second, [], [])
    files = [p.name for p in _index_files(tmp_path)]
    assert len(files) == store.KEEP and sum(n.startswith("spelling-0.0.") for n in files) == store.KEEP - 2
    builds = _builds(monkeypatch)
    assert store.load(first, [], []).knows("意识形态") and store.load(second, [], []).knows("意识形态")
    assert builds == []  # each install's index was kept


@pytest.mark.parametrize("text,written,right", [
    ("面对困难，大家不怕风吻雨打，迎难而上。", "风吻雨打", "风吹雨打"),
    ("谈问题不能和盘托凸，也要讲方法。", "和盘托凸", "和盘托出"),
])
def test_a_look_alike_that_breaks_a_four_character_word_is_found(text, written, right):
    """No word explains any of the four characters; one look-alike (shape-confusion.tsv) put back
    makes an idiom."""
    assert dj421(text) == [(f"疑似错别字：“{written}”应为“{right}”", right)]


@pytest.mark.parametrize("text", [
    "在初心广场举行升旗仪式。",  # 初心 and 广场 are words: not 中心广场
    "对问题既要照单全收，更要照单全改。",  # the phrase itself is in the paragraph: a variation on it
])
def test_a_four_character_look_alike_with_words_in_it_stays_silent(text, index):
    assert dj421(text) == []


def test_a_three_character_homophone_far_likelier_needs_no_pair_test(index):
    text = "为发展注入更强的源动力。"
    s = text.index("源动力")
    assert ev.pair_evidence(index, text, s, s + 3, "原动力") < verdict.PAIRS_3  # the pairs alone would not do
    assert ev.gain(index, text, s, s + 3, "原动力") >= verdict.GAIN_3_NO_PAIRS
    assert dj421(text) == [("疑似错别字：“源动力”应为“原动力”", "原动力")]


def test_a_saying_in_parallel_clauses_is_not_a_slip(index):
    text = "要做到防之于未萌，识之于未发。"
    s = text.index("识之于")
    assert patterns._parallel_clauses(text, s, s + 3)
    assert not patterns._parallel_clauses("我们识之于心。", 2, 5)


def test_a_surname_and_a_title_around_three_characters_make_a_name(index, monkeypatch):
    monkeypatch.setattr(index, "surnames", frozenset("辛林"))
    text = "会议由辛保国董事长主持。"
    s = text.index("辛保国")
    assert names.in_a_name(index, text, s, s + 3, s, 3)
    assert not names.in_a_name(index, "会议由辛保国主持。", s, s + 3, s, 3)


def test_a_measure_word_after_a_count_is_not_a_slip(index):
    """What follows a count is its measure word (一百多例 of cases, 三千余人), which the frequencies
    around it cannot choose: the dictionary's 一百多里 is no evidence against 一百多例.  An ordinal
    or a name made of numerals (十九大) is no count: a slip after it is still weighed."""
    assert constructions.after_a_count("全年完成手术一百多例。", 9)
    assert constructions.after_a_count("共接待3例。", 4)
    assert constructions.after_a_count("参加培训三千余人次。", 7)
    assert not constructions.after_a_count("学习十九大精神。", 4)
    assert not constructions.after_a_count("落实第一议题制度。", 4)
    assert dj421("本院全年完成此类手术一百多例，效果良好。") == []
    assert dj421("全体干部雷历风行抓落实。") != []


def test_a_listed_wrong_form_inside_a_longer_stretch_is_reported_once_by_dj411():
    # 组成部份, 意识型态, 印像派: DJ421 would read the longer word (组成部分) around DJ411's wrong form (部份)
    text = "该项工作是党建工作的重要组成部份，要加强意识型态工作，他是印像派画家。\n"
    found = [(d.code, d.message) for d in lint_text(text, {"select": ["DJ411", "DJ421"]})]
    assert found == [("DJ411", "错别字：“部份”应为“部分”"), ("DJ411", "错别字：“型态”应为“形态”"),
                     ("DJ411", "错别字：“印像”应为“印象”")]
    # a stretch with no listed form inside is still DJ421's (集团股粉: 股粉 is no word and listed nowhere)
    found = [(d.code, d.message) for d in lint_text("某某集团股粉有限公司召开党委会。\n", {"select": ["DJ411", "DJ421"]})]
    assert found == [("DJ421", "疑似错别字：“集团股粉”应为“集团股份”")]
    # 股分 is a variant form DJ419 lists (GF 1001-2001, 股份—股分): DJ419's, once, with its fix
    found = [(d.code, d.message) for d in lint_text("某某集团股分有限公司召开党委会。\n", {"select": ["DJ411", "DJ419", "DJ421"]})]
    assert found == [("DJ419", "非推荐词形（异形词）：“股分”宜写作“股份”")]


def test_the_gain_bound_bounds_the_gain(index):
    """evidence.gain_bound is never below gain() for a confusion candidate (verdict.confident turns a
    candidate away on the bound alone), and is below the confusion sets' need for most candidates
    of correct prose while a real slip (宗合 for 综合) still reaches the gain's test."""
    from djlint.checks.spelling import confusion

    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(here, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        texts = fh.read()[:4000].splitlines() + ["会议要求宗合考虑各方面因素。", "加强森态环境保护。"]
    found = []
    for text in texts:
        for run in cand.HAN_RUN.finditer(text):
            for s, e, _w, suggested, at, _kind in confusion.candidates(index, run.group(), run.start()):
                bound = ev.gain_bound(index, text, s, e, at, suggested)
                assert ev.gain(index, text, s, e, suggested) <= bound + 1e-9
                found.append((text[s:e], suggested, bound))
    assert len(found) > 50 and sum(b < verdict.CONFUSION_GAIN["same"] for _w, _s, b in found) > 0.8 * len(found)
    assert any(w == "宗合" and s == "综合" and b >= verdict.CONFUSION_GAIN["same"] for w, s, b in found)
    assert dj421("会议要求宗合考虑各方面因素。") == [("疑似错别字：“宗合”应为“综合”", "综合")]


def test_a_slogan_title_of_a_work_is_not_a_document_title():
    """A work's title that quotes a slogan (a film's, a programme's) puns by sound on purpose; a
    document's title quotes too but ends in its kind and stays checked."""
    film = "观看《匠筑“大通道”崛起“小康路”》宣传片。"
    s = film.index("匠")
    assert patterns._in_a_slogan_title(film, s, s + 2)
    doc = "印发《关于推进“清廉机关”建设的实施放案》。"
    s = doc.index("放")
    assert not patterns._in_a_slogan_title(doc, s, s + 2)
    plain = "学习《匠筑大通道》一文。"  # no slogan quoted: a title like any other
    assert not patterns._in_a_slogan_title(plain, 3, 5)
    assert not patterns._in_a_slogan_title("《“一”字》匠筑之后", 6, 8)  # after the title closed
