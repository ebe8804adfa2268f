"""DJ421's look-alikes inside three-character words (djlint/checks/spelling/shapes.py)."""
import pytest

from djlint.checks.spelling import confusion, shapes, verdict


@pytest.fixture
def index(spelling_index):
    """DJ421's index as djlint loads it: built once per test session (tests/conftest.py)."""
    return spelling_index


def _candidates(index, text):
    return [c[:5] for c in confusion.candidates(index, text) if c[5] == confusion.WORD_SHAPE]


def test_a_look_alike_that_makes_a_word_of_three_is_a_candidate(index):
    # the slip after a common word of two characters (医疗|隧 → 医疗队; 拘留|掀 → 拘留所)
    assert (2, 5, "医疗隧", "医疗队", 4) in _candidates(index, "社区医疗隧")
    assert (2, 5, "拘留掀", "拘留所", 4) in _candidates(index, "加强拘留掀")


def test_no_candidate_where_a_common_word_covers_the_character(index):
    # 医疗队 written right, and 队 of 队伍 covered by a common word: nothing to put back
    assert _candidates(index, "社区医疗队") == []
    assert _candidates(index, "医疗队伍建设") == []


def test_a_look_alike_gives_way_to_a_homophone_that_explains_the_stretch_as_well(index):
    # the same stretch read as 脑膜炎 (by shape) weighs below what the word index's verdict gives it
    text = "治疗急性脚膜炎，需要及时用药。"
    sound = verdict.plausible(index, text, 4, 7, 4, "脚膜炎", "角膜炎", None)
    shape = verdict.plausible(index, text, 4, 7, 4, "脚膜炎", "脑膜炎", None)
    weighed = shapes.shape_slip(index, text, 4, 7, 4, "脚膜炎", "脑膜炎")
    assert sound is not None and shape is not None and weighed is not None
    assert weighed < shape and abs(sound - shape) < 1e-9
    assert weighed == pytest.approx(shape - shapes.BELOW_SOUND)


def test_a_character_in_an_attested_pair_does_not_stand_alone(index):
    # 生津 (of 生津止渴) and 太大 are pairs the dictionary's words hold; 隧 beside 疗 and 、 is none
    assert shapes._attested_pair(index, "生津化痰", 1)
    assert shapes._attested_pair(index, "太大的", 0)
    assert not shapes._attested_pair(index, "医疗隧、", 2)
