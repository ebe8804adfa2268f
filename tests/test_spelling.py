"""DJ421 misspelled-word: one character of a word typed as a homophone, found without a list."""
import os
import shutil

import pytest

from djlint.checks import _spelling as S
from djlint.lint import lint_text


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


def test_evidence_is_what_the_suggestion_saves_the_segmentation():
    index = S.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                   [], [])
    text = "要切实加强意识形太工作。"
    s = text.index("意识形太")
    # 意识/形/太 against 意识形态: two characters no longer stand alone
    assert S.evidence(index, text, s, s + 4, "意识形态") >= 1.9
    assert S.segment_cost(index, "意识形态") < S.segment_cost(index, "意识形太")
    # written as two real words: no character stands alone, so no evidence (法治/建设 is not 法制建设)
    text = "深化法治建设。"
    assert S.evidence(index, text, 2, 6, "法制建设") < S.EVIDENCE


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


def test_a_stretch_after_a_surname_is_a_given_name():
    index = S.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                   [], [])
    index.surnames = frozenset("林王张")
    text = "由支部委员张一帆同志记录。"
    s = text.index("一帆")
    assert S._after_surname(index, text, s)
    assert not S._after_surname(index, "这是一帆风顺的一年。", 2)


def test_words_are_indexed_by_how_they_are_read():
    """银行 is yin hang (data/word-readings.tsv), not yin xing as 行's usual reading would make it."""
    assert dj421("到银航办理业务。") == [("疑似错别字：“银航”应为“银行”", "银行")]
    assert dj421("银星社区开展活动。") == []
    index = S.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                   [], [])
    assert index.reading("银行") == index.reading("银航") != index.reading("银星")


def test_a_parallel_phrase_is_not_a_slip():
    """细化实化: the repeated 化 makes a set pattern; 化实 is not a slip for 化石."""
    text = "要细化实化工作举措。"
    assert any(c[2] == "化实" for c in S.candidates(_index(), text)) and S._parallel(text, 3, 5)
    assert dj421(text) == []


def _index():
    return S.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                  [], [])


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


def test_the_index_is_built_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                    data)
    index = S.load(str(data), ["示范词语工程"], [])
    assert index.knows("示范词语工程") and index.knows("意识形态") and not index.knows("意识形太")
    # two- and three-character words: every known one, and the frequent ones that weigh as evidence
    assert index.knows("党建") and index.knows("共产党") and not index.knows("党愿")
    assert index.common("工作") and index.knows("任工") and not index.common("任工")
    assert os.listdir(tmp_path / "cache" / "djlint")
    monkeypatch.setattr(S, "build", lambda *a: pytest.fail("the cached index must be used"))
    assert S.load(str(data), ["示范词语工程"], []).knows("示范词语工程")
    # a changed data file rebuilds it
    with open(data / "terms.tsv", "a", encoding="utf-8") as fh:
        fh.write("另一个新词组\t测试\n")
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert S.load(str(data), [], []).knows("另一个新词组")


def test_junk_dictionary_entries_are_never_suggested():
    index = S.load(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data"),
                   [], [])
    assert not index.knows("团结拼博")
    assert dj421("全体干部团结拼搏。") == []
