"""DJ449 (grammar.fragment, grammar.missing) reads the sentences that hold 为/通过/经过 from the words (each
sentence's bounds the sentence ends around its first word) instead of listing all the paragraph's sentences,
takes the sentence after one by a search, and searches _HEAD_LEFT and _TITLE only where what ends each of
their matches stands.  The first formulations are kept here; they are compared on the fixtures' lines, the
rule's cases, 3,000 shuffled paragraphs of their sentences and random strings of the marks and words."""
from __future__ import annotations

import glob
import os
import random

import yaml

from djlint.checks.grammar import fragment, missing

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _first_walk(text: str) -> list[tuple[int, int, int, int]]:
    """The sentences the rule read first (all listed, those without a word skipped) and each one's next."""
    spans = [m.span() for m in fragment._SENTENCE.finditer(text)]
    words = [m.start() for m in fragment._OPENING_WORD.finditer(text)]
    out = []
    j, n = 0, len(words)
    for i, (s, e) in enumerate(spans):
        while j < n and words[j] < s:
            j += 1
        if j == n:
            break
        if words[j] >= e or text[e - 1] not in "。！？!?":
            continue
        ns, ne = spans[i + 1] if i + 1 < len(spans) else (e, e)
        out.append((s, e, ns, ne))
    return out


def _walk(text: str) -> list[tuple[int, int, int, int]]:
    out = []
    for s, e in fragment.opening_sentences(text):
        nxt = fragment._SENTENCE.search(text, e)
        ns, ne = nxt.span() if nxt is not None else (e, e)
        out.append((s, e, ns, ne))
    return out


def _texts() -> list[str]:
    lines = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            lines.extend(line.rstrip("\n") for line in fh)
    with open(os.path.join(ROOT, "rules", "cases", "DJ449.yaml"), encoding="utf-8") as fh:
        cases = [c["text"] for c in yaml.safe_load(fh).values() if isinstance(c, dict) and "text" in c]
    rnd = random.Random(33)
    sentences = [s + rnd.choice("。。。！？!?；") for t in cases + lines for s in t.split("。") if len(s) > 3]
    shuffled = ["".join(rnd.sample(sentences, rnd.randint(2, 6))) for _ in range(3000)]
    pieces = ("为", "为了", "通过", "经过", "通", "过", "。", "！", "？", "!", "?", "，", "；", "的", "工作", "提高", "党员",
              "的。", "的通知", "的决定", "》", "《", "\n", "关于", "表彰", "市委", "办公室", "提高了", "全体党员")
    randoms = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    return lines + cases + shuffled + randoms


def test_the_sentences_read_are_the_first_formulations():
    read = 0
    for text in _texts():
        now = _walk(text)
        assert now == _first_walk(text), text
        read += len(now)
    assert read > 10000, read


def test_the_gated_searches_miss_no_match():
    """Every match of _HEAD_LEFT is where _OF_AT_END finds, every match of _TITLE where 》 or _TITLE_ENDS
    stands, so missing_parts finds what it found with 的 and the length as the only gates."""
    gated = {"head": 0, "title": 0}
    for text in _texts():
        if missing._HEAD_LEFT.search(text):
            assert missing._OF_AT_END.search(text), text
            gated["head"] += 1
        if missing._TITLE.search(text):
            assert "》" in text or text.endswith(missing._TITLE_ENDS), text
            gated["title"] += 1
    assert min(gated.values()) > 50, gated
