"""DJ512: a byline opening a paragraph with no dateline (记者 王某 强震突袭，……) is layout only when each of its names
begins with a surname; a verb spaced from the role (记者 发现 问题后) is prose, its stray space still told (prec439).
Not a rule case: fixing that space makes the one before it the next finding, which a case's fixed text cannot hold."""
from djlint.lint import lint_text


def _columns(text):
    return [d.column for d in lint_text(text, {"select": ["DJ512"]})]


def test_a_verb_spaced_from_the_role_is_no_byline():
    assert _columns("记者 发现 问题后，立即向有关部门反映了情况。") == [6]


def test_a_name_spaced_from_the_role_is_a_byline():
    assert _columns("记者 陈某 强震突袭，地处震中的铁路局管内设备设施遭受严重破坏。") == []
