"""Prefilters that are plain alternations of literals, searched by the document's own search (not read off the
engine's scan), are searched as the trie of their words (engine/alternations.py).  The paragraphs must be
exactly the pattern's own."""
import random
import re

from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.alternations import words_trie
from djlint.engine.context import LintContext
from djlint.engine.literals import exact_words, literal_index, paragraphs_matching
from djlint.engine.registry import build_registry

REGISTRY = build_registry(())


def _prefilters() -> list:
    out = []
    for rule in REGISTRY.rules.values():
        pre = rule.prefilter
        if pre is not None:
            out.append(pre)
    return out


def _searched_as_tries() -> list:
    """The prefilters (or members of a tuple of them) searched by the trie of their words."""
    index = literal_index(REGISTRY)
    return [p for pre in _prefilters() for p in (pre if isinstance(pre, tuple) else (pre,))
            if id(p) not in index.classes and id(p) not in index.gates and words_trie(p, exact_words) is not None]


def test_exact_words_of_plain_alternations_only():
    assert exact_words(re.compile("发挥|履行|营造")) == ({"发挥", "履行", "营造"}, "发挥|履行|营造")
    assert exact_words(re.compile("习(?!近)[一-鿿]平|丁薛")) is None  # a lookahead, then a class of thousands
    assert exact_words(re.compile("主席")) is None  # one first character: its own search jumps to it


def test_the_trie_matches_where_a_word_starts():
    pattern = re.compile("甲乙|丙丁|甲乙丙丁|戊己")
    trie = words_trie(pattern, exact_words)
    assert trie is not None and trie.pattern != pattern.pattern and words_trie(pattern, exact_words) is trie
    text = "丙丁甲乙丙丁戊己甲乙丙"
    for i in range(len(text) + 1):
        assert (trie.match(text, i) is None) == (pattern.match(text, i) is None), i
    assert words_trie(trie, exact_words) is None  # a trie already: searched as it is


def _lines(seed: int, patterns: list) -> list[str]:
    rnd = random.Random(seed)
    words = sorted({w for p in patterns for w in exact_words(p)[0]})
    chars = sorted({c for w in words for c in w}) + list("，。、的是在")
    pieces = words + chars
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(3000)]


def _spied(doc) -> list:
    """The patterns ``doc``'s own search of its joined text is asked for, in order."""
    asked = []
    search = doc._search_paragraphs

    def spy(pattern):
        asked.append(pattern)
        return search(pattern)
    doc._search_paragraphs = spy
    return asked


def test_paragraphs_are_the_union_of_the_patterns_own():
    taken = _searched_as_tries()
    # the registry's plain alternations the scan does not read (DJ611's digit words; DJ442's verbs until speed46,
    # that rule reads every paragraph now): each must be searched as its trie, which the spy below tells
    assert len(taken) >= 1
    for seed in (1, 2):
        doc = read_bytes("tries.txt", "\n".join(_lines(seed, taken)).encode("utf-8"), "txt")
        ctx = LintContext(doc, Config(), REGISTRY)
        asked = _spied(doc)
        got = {id(pre): [p.index for p in paragraphs_matching(ctx, pre)] for pre in _prefilters()}
        engine_asked = list(asked)
        for pre in _prefilters():
            members = pre if isinstance(pre, tuple) else (pre,)
            own = sorted({p.index for one in members for p in doc.paragraphs_matching(one)})
            assert got[id(pre)] == own, [getattr(p, "pattern", p) for p in members]
        for p in taken:  # the engine searched the trie of the words, never the alternation itself
            trie = words_trie(p, exact_words)
            assert trie is not None and trie.pattern != p.pattern
            assert any(a is trie for a in engine_asked), p.pattern
            assert not any(a is p for a in engine_asked), p.pattern
        for p in taken:
            assert 0 < len(doc.paragraphs_matching(p)) < len(doc.paragraphs)  # not two empty lists, nor two full ones
