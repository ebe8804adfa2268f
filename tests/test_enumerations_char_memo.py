"""speed45: DJ311-DJ313's tests of the character before a marker (_MARK_AFTER, _LOOSE_AFTER) answered per character
and remembered: the same markers as the patterns' own matches at the offset, on every BMP character and on texts."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from djlint.checks.numbering import enumerations as E

ROOT = Path(__file__).resolve().parent.parent


def _old_marks(text):
    return [m.span() for m in E._MARK.finditer(text) if m.start() == 0 or E._MARK_AFTER.match(text, m.start() - 1)]


def _old_loose(text):
    return [m.span() for m in E._LOOSE_MARK.finditer(text)
            if m.start() > 0 and text[m.start() - 1] not in E._LOOSE_NOT_AFTER
            and E._LOOSE_AFTER.match(text, m.start() - 1)]


@pytest.mark.parametrize("pattern", [E._MARK_AFTER, E._LOOSE_AFTER])
def test_one_char_agrees_on_every_bmp_character(pattern):
    test = E._one_char(pattern)
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF] + ["\U00020000", "\U0002a6d6", "\U0001f600"]
    told = [c for c in chars if test(c) != (pattern.match(c) is not None)]
    assert told == []
    # answered again from memory: the same
    assert all(test(c) == (pattern.match(c) is not None) for c in chars[::97])
    assert sum(map(test, chars)) > 10  # the class holds characters: the test is not vacuous


def _texts():
    texts = []
    for path in sorted((ROOT / "rules" / "cases").glob("DJ31*.yaml")):
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values():
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    for path in sorted((ROOT / "fixtures").rglob("*.txt")):
        texts.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    rnd = random.Random(45)
    pool = list("一二三四五六七八九十百是第要的否非统唯之万同专单" "，,：:；;。！？（(“”、…）).．") + [
        "加强", "学习", "党建", "各县（市、区）", " ", "\t", "\x1c", "\u3000", "\u2028", "\u00a0", "〇", "々", "㐀", "a", "1",
        "\U00020000", "一是", "二是", "三是", "第一，", "第二，", "三要"]
    for _ in range(3000):
        texts.append("".join(rnd.choice(pool) for _ in range(rnd.randint(1, 60))))
    lines = [t for t in texts if t]
    for _ in range(3000):  # real lines cut and joined in random order
        a, b = rnd.choice(lines), rnd.choice(lines)
        texts.append(a[rnd.randint(0, len(a)):] + b[:rnd.randint(0, len(b))])
    return texts


def test_marks_agree_with_the_patterns_matches(monkeypatch):
    texts = _texts()
    assert len(texts) > 6000
    found = 0
    for text in texts:
        assert [m.span() for m in E._marks(text)] == _old_marks(text), text
        assert [m.span() for m in E._loose_marks(text)] == _old_loose(text), text
        found += len(_old_marks(text)) + len(_old_loose(text))
    assert found > 1000
    new = [list(E._markers(t)) for t in texts]
    monkeypatch.setattr(E, "_after_mark", lambda ch: E._MARK_AFTER.match(ch) is not None)
    monkeypatch.setattr(E, "_after_loose", lambda ch: E._LOOSE_AFTER.match(ch) is not None)
    monkeypatch.setattr(E, "_marks", lambda t: [m for m in E._MARK.finditer(t)
                                                if m.start() == 0 or E._MARK_AFTER.match(t, m.start() - 1)])
    assert new == [list(E._markers(t)) for t in texts]
    assert sum(map(len, new)) > 1000
