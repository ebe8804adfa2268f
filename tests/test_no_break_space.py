"""A no-break space between two Chinese characters is DJ512's (a safe delete), not DJ404's near miss."""
from __future__ import annotations

import pytest

from djlint.lint import lint_text


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u202f"])
def test_no_break_space_inside_a_formulation_is_told_as_a_space(space):
    text = f"坚持以习近平新时代中国特色社会{space}主义思想为指导。\n"
    diags = lint_text(text, {}, filename="稿.txt")
    codes = [(d.code, d.column) for d in diags]
    assert ("DJ512", 16) in codes
    assert not [d for d in diags if d.code == "DJ404"], codes
