"""Prefilters that are one class of rare characters (DJ701's full-width letters, DJ707's pinyin tones,
DJ207's byline marks…) are answered from the engine's one search of its one-character words, the
class widened by their characters (djlint.engine.literals: class_of, class_source, LiteralIndex.classes),
not searched one by one: the paragraphs must be exactly those the pattern's own search finds."""
from __future__ import annotations

import random
import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from djlint.document.model import Document, Paragraph
from djlint.engine import literals
from djlint.engine.context import LintContext
from djlint.engine.literals import CLASS_SIZE, class_of, class_source
from djlint.engine.registry import build_registry


def _doc(texts):
    return Document("t.txt", "txt", [Paragraph(text=t, line=i + 1) for i, t in enumerate(texts)])


def test_class_of_takes_one_class_of_literals_and_ranges_only():
    assert class_of(re.compile("[abc]")) == frozenset("abc")
    assert class_of(re.compile("[a-d１]")) == frozenset("abcd１")
    assert class_of(re.compile(r"[\-\]x]")) == frozenset("-]x")
    assert class_of(re.compile("[\uFF10-\uFF19]")) == frozenset(map(chr, range(0xFF10, 0xFF1A)))
    assert class_of(re.compile("[ab]|c")) == frozenset("abc")  # the parser makes it one class: it is one
    for not_one in ("[^abc]", r"\d", r"[\d]", r"[\w。]", "[ab]c", "a[bc]", "[ab]|cd", "(?:[ab])+", "[ab]{2}",
                    "[a-b]?", "a", "ab"):
        assert class_of(re.compile(not_one)) is None, not_one
    assert class_of(re.compile("[ab]", re.I)) is None  # IGNORECASE: A and B match too
    assert class_of(re.compile("[ab]", re.X)) is None
    assert class_of(re.compile("[一-鿿]")) is None  # the CJK block: bigger than CLASS_SIZE
    assert 0x9FFF - 0x4E00 > CLASS_SIZE
    assert class_of(regex.compile("[ab]")) is None  # the regex module's: it searches for itself
    assert class_of("[ab]") is None


@settings(max_examples=300, deadline=None)
@given(st.sets(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_class_source_matches_exactly_its_characters(chars):
    pattern = re.compile(class_source(chars))
    # one character is parsed as a literal (the library's search jumps to it): no class to widen
    assert class_of(pattern) == (frozenset(chars) if len(chars) > 1 else None)
    probe = list(chars) + [chr(ord(c) + d) for c in chars for d in (-1, 1) if 0 <= ord(c) + d < 0x110000
                           and not 0xD800 <= ord(c) + d < 0xE000]
    for c in probe:
        assert bool(pattern.fullmatch(c)) == (c in chars), (c, pattern.pattern)


def test_the_rare_classes_are_taken_and_the_quotation_marks_are_not():
    index = literals.literal_index(build_registry())
    taken = {chars for _, chars in index.classes.values()}
    assert any("０" in chars and "Ｚ" in chars for chars in taken)  # DJ701's full-width letters and digits
    assert any("ǎ" in chars for chars in taken)  # DJ707's pinyin tones
    assert any("□" in chars for chars in taken)  # DJ207's marks (prefilter_scan False: that is about words)
    assert not any("“" in chars for chars in taken)  # DJ503's quotation marks: a hit each, ~1,700 a 100,000
    for pattern, chars in index.classes.values():
        assert index.char_pattern.search("".join(sorted(chars))) is not None
        assert literals._rare(chars, literals._expected())
    assert not literals._rare(frozenset("“”《》（）"), literals._expected())


def _texts(rng, chars):
    """Paragraphs of report prose, some with one character of the classes (a range's ends among them)."""
    prose = ["全面从严治党向纵深发展", "召开专题会议3次", "落实主体责任，", "", "“两个确立”", "x"]
    out = []
    for _ in range(60):
        text = rng.choice(prose)
        if rng.random() < 0.3:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(chars) + text[at:]
        out.append(text)
    return out


def test_every_class_finds_the_paragraphs_its_own_search_finds():
    registry = build_registry()
    index = literals.literal_index(registry)
    rng = random.Random(28)
    every = sorted(set().union(*(chars for _, chars in index.classes.values())) | index.chars)
    near = [chr(ord(c) + d) for c in every for d in (-1, 1) if not 0xD800 <= ord(c) + d < 0xE000]
    for _ in range(20):
        doc = _doc(_texts(rng, every + near))
        ctx = LintContext(doc, None, registry)
        for pattern, _chars in index.classes.values():
            got = literals.paragraphs_matching(ctx, pattern)
            assert [p.index for p in got] == [p.index for p in doc.paragraphs_matching(pattern)], pattern.pattern


def test_every_character_a_class_matches_is_found():
    # each character its own pattern matches (the whole BMP and the plane of the mathematical letters asked),
    # one a paragraph, and the characters just outside: the same paragraphs as the pattern's own search
    registry = build_registry()
    index = literals.literal_index(registry)
    planes = [*range(1, 0xD800), *range(0xE000, 0x10000), *range(0x1D000, 0x1E000)]
    for pattern, _chars in index.classes.values():
        hits = [i for i in planes if pattern.fullmatch(chr(i))]
        near = sorted({i + d for i in hits for d in (-1, 1)} - set(hits) - set(range(0xD800, 0xE000)) - {0})
        doc = _doc(["党建" + chr(i) for i in hits + near] + ["工作"])
        got = literals.paragraphs_matching(LintContext(doc, None, registry), pattern)
        assert [p.index for p in got] == list(range(len(hits))), pattern.pattern


def test_a_class_answer_is_the_shared_search_not_a_search_of_its_own(monkeypatch):
    registry = build_registry()
    index = literals.literal_index(registry)
    pattern = next(p for p, chars in index.classes.values() if "ǎ" in chars)
    doc = _doc(["拼音ǎ", "没有", "ā在这里"])
    monkeypatch.setattr(Document, "_search_paragraphs", lambda self, p: (_ for _ in ()).throw(AssertionError(p)))
    got = literals.paragraphs_matching(LintContext(doc, None, registry), pattern)
    assert [p.index for p in got] == [0, 2]


def test_the_kept_classes_are_what_a_parse_tells():
    # class_of keeps its answer in the pattern cache (keyed by _CLASS_VERSION, CLASS_SIZE, the flags and the
    # pattern): what it gives, from the cache or not, is what _told_class tells of the pattern now
    registry = build_registry()
    seen = 0
    for rule in registry.rules.values():
        pre = rule.prefilter
        for pattern in (pre if isinstance(pre, tuple) else (pre,) if pre is not None else ()):
            compiled = literals._compiled(pattern)
            if compiled is None or not compiled.pattern.startswith("["):
                continue
            told = literals._told_class(compiled)
            assert class_of(compiled) == (frozenset(told[1:]) if told != "-" else None), compiled.pattern
            seen += 1
    assert seen >= 5
    fresh = re.compile("[\u00e0\u00e1]")  # a pattern no cache has met: parsed, then kept
    assert class_of(fresh) == frozenset("\u00e0\u00e1") == class_of(fresh)
