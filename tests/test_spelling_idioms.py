"""DJ421's slips inside a frequent idiom that no confusion table pairs (djlint/checks/spelling/idioms.py)."""
import shutil

import pytest

from djlint.checks.spelling import confusion, idioms, store, verdict
from djlint.lint import lint_text


@pytest.fixture
def index(spelling_index):
    """DJ421's index as djlint loads it: built once per test session (tests/conftest.py)."""
    return spelling_index


def _candidates(index, text):
    return [c[:5] for c in idioms.candidates(index, text, 0, confusion.covered(index, text))]


def _slip(index, text, written):
    s = text.index(written)
    found = [c for c in _candidates(index, text) if c[0] == s and c[2] == written]
    assert len(found) == 1, found
    s, e, written, idiom, at = found[0]
    return idiom, verdict.idiom_slip(index, text, s, e, at, written, idiom)


def dj421(text):
    return [(d.message, d.fix.replacement) for d in lint_text(text, {"select": ["DJ421"]})]


def test_the_frame_table_holds_the_frequent_idioms_only(index):
    assert idioms.frequent_idiom(index, "游刃有余") and idioms.frequent_idiom(index, "猝不及防")
    assert not idioms.frequent_idiom(index, "迎刃有余")  # no idiom
    assert not idioms.frequent_idiom(index, "意识形态")  # a word of four, no idiom (jieba's tag n)
    assert len(index.idiom_keys) == len(index.idiom_chars) and list(index.idiom_keys) == sorted(index.idiom_keys)


def test_a_character_no_table_pairs_is_a_candidate_and_a_slip(index):
    # 措/猝 neither read nor look alike: 措手不及 holds 措 with 不 and 及 (two idioms run together)
    idiom, gain = _slip(index, "面对暴雨，值班人员措不及防。", "措不及防")
    assert idiom == "猝不及防" and gain >= verdict.CONFUSION_GAIN[idioms.IDIOM]
    # 迎刃而解 holds 迎 beside 刃, as the text does
    idiom, gain = _slip(index, "讲起党课来迎刃有余。", "迎刃有余")
    assert idiom == "游刃有余" and gain is not None


def test_a_slogan_on_an_idiom_frame_is_no_slip(index):
    # 以案为鉴 is one character from 以史为鉴 and the text far likelier with it (e^18), but 案 has nothing of 史
    idiom, gain = _slip(index, "各级干部要以案为鉴，汲取教训。", "以案为鉴")
    assert idiom == "以史为鉴" and gain is None
    assert not idioms.resembles(index, "以案为鉴", "以史为鉴", 1)
    # a first sound shared is not enough (扬/有 y-)
    assert not idioms.resembles(index, "各扬所长", "各有所长", 1)


def test_a_written_character_at_home_beside_its_neighbour_is_a_variant(index):
    # 不渝 is a pair many idioms hold (始终不渝, 矢志不渝): 坚定不渝 resembles 坚定不移, and is left alone
    assert idioms.resembles(index, "坚定不渝", "坚定不移", 3)
    assert index.pair_score("不渝") >= idioms.AT_HOME
    idiom, gain = _slip(index, "我们要坚定不渝走好新时代长征路。", "坚定不渝")
    assert idiom == "坚定不移" and gain is None


def test_a_frame_two_idioms_share_gives_no_candidate(index):
    # 同心_力: 同心协力 and 同心戮力 both (a frame slogans fill: 同心聚力)
    assert _candidates(index, "大家同心聚力抓落实。") == []


def test_a_stretch_whose_other_characters_all_join_words_is_not_looked_at(index):
    # 措 stands alone, but 不及 and 防范 are words: the window 措不及防 has one lone character, no candidate
    assert _candidates(index, "值班人员措不及防") and _candidates(index, "他措不及防范措施") == []


def test_no_frames_no_candidates(index, monkeypatch):
    assert _candidates(index, "值班人员措不及防")
    from array import array

    monkeypatch.setattr(index, "idiom_keys", array("Q"))
    assert _candidates(index, "值班人员措不及防") == []


def test_the_rule_reports_them_once_each(index):
    assert dj421("值班人员措不及防，谁都不能置身度外。") == [
        ("疑似错别字：“措不及防”应为“猝不及防”", "猝不及防"), ("疑似错别字：“置身度外”应为“置身事外”", "置身事外")]
    assert dj421("老支书对年轻干部耳提而命，倾囊相授。") == [("疑似错别字：“耳提而命”应为“耳提面命”", "耳提面命")]


def test_a_frequent_idioms_half_no_word_is_taken_as_an_idioms_slip_asks(index):
    # 渊源 (a frequent word) typed for 源远 (no word): the whole idiom e^14 likelier
    assert not verdict._half_reads_otherwise(index, "这门手艺渊源流长。", 4, 8, 4, "源远流长")
    assert dj421("这门手艺渊源流长。") == [("疑似错别字：“渊源流长”应为“源远流长”", "源远流长")]


TINY_DICT = """游刃有余 100 i
迎刃而解 300 i
冷门成语 5 i
意识形态 5000 n
有余 3000 v
"""


def test_the_frames_are_built_from_jiebas_idioms_and_kept_in_the_cache_file(tmp_path, monkeypatch):
    from tests.test_spelling import DATA

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(TINY_DICT, encoding="utf-8")
    data = str(tmp_path / "data")
    shutil.copytree(DATA, data)
    built = store.build(str(dictionary), data, [], frozenset())
    # idioms (tag i) counted at least MIN_IDIOM_COUNT, four frames each; not 冷门成语 (5) nor 意识形态 (n)
    assert len(built.idiom_keys) == 8
    assert idioms.frequent_idiom(built, "游刃有余") and not idioms.frequent_idiom(built, "冷门成语")
    target = tmp_path / "index.bin"
    target.write_bytes(store._dump(built, "stamp"))
    read = store._read(str(target), "stamp")
    assert list(read.idiom_keys) == list(built.idiom_keys) and bytes(read.idiom_bits) == bytes(built.idiom_bits)
    assert idioms.frequent_idiom(read, "迎刃而解") and idioms.idioms_with(read, "刃") == ["游刃有余", "迎刃而解"]
