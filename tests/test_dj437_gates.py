"""DJ437 (facts.meetings) searches the six characters before a meeting's name for a verb of study (_HELD_BEFORE,
ending at the name) only where the character before the name is one such a verb ends with (or a newline, before
which ``$`` also stands): over random strings of the verbs, their characters and marks, at every offset, wherever
the search finds a match that character is in _HELD_BEFORE_LAST."""
from __future__ import annotations

import random

from djlint.checks.facts import meetings


def test_a_verb_of_study_ends_with_one_of_the_characters():
    rnd = random.Random(33)
    pieces = ("学习", "贯彻", "学习贯彻", "学习宣传贯彻", "领会", "落实", "传达", "宣传", "学", "习", "彻", "实", "\n", "，",
              "党的", "二十大", "会", "达")
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        for s in range(len(text) + 1):
            if meetings._HELD_BEFORE.search(text, max(0, s - 6), s) is not None:
                assert text[s - 1:s] in meetings._HELD_BEFORE_LAST, (text, s)
                found += 1
    assert found > 10000, found
