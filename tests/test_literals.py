"""The engine's one scan for every rule's literal keys (djlint.engine.literals): it finds every
occurrence, overlapping ones included, in the right paragraph; a table's leftmost-longest
selection from it equals what a regex alternation of that table finds; and the rules that use
it report exactly what they reported when each scanned for itself."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from djlint.document.model import Document, Paragraph
from djlint.engine import literals
from djlint.engine.literals import LiteralIndex, leftmost_longest

ALPHABET = "党建工作从严治全面意识形态的了"
KEYS = ["从严治党", "全面从严治党", "治党", "意识形态", "形态", "意识", "党建", "建工", "工作", "作从"]


def _doc(texts):
    return Document("t.txt", "txt", [Paragraph(text=t, line=i + 1) for i, t in enumerate(texts)])


def _brute(keys, text):
    return sorted((i, k) for k in set(keys) for i in range(len(text)) if text.startswith(k, i))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=30), min_size=1, max_size=5),
       st.lists(st.sampled_from(KEYS), min_size=1, max_size=len(KEYS), unique=True))
def test_scan_finds_every_occurrence_in_its_paragraph(texts, keys):
    found = LiteralIndex(keys).scan(_doc(texts))
    for i, text in enumerate(texts):
        got = sorted((pos, k) for k, positions in found.get(i, {}).items() for pos in positions)
        assert got == _brute(keys, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40),
       st.lists(st.sampled_from(KEYS), min_size=1, max_size=len(KEYS), unique=True))
def test_leftmost_longest_equals_the_regex_alternation(text, table):
    # the index may hold other rules' keys too: a table sees only its own
    found = LiteralIndex(KEYS).scan(_doc([text])).get(0, {})
    plain = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    assert [(s, e, k) for s, e, k in leftmost_longest(found, set(table))] == \
        [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]


def test_many_first_characters_are_split_over_several_tries(monkeypatch):
    # five rare first characters (each expected RARE times per 100,000): a trie closes at two of them
    monkeypatch.setattr(literals, "PASS_COST", 4 * literals.RARE)
    keys = ["鼋鼍", "鼍鼐", "鼐鼗", "鼗鼙", "鼙鼛"]
    assert not set("鼋鼍鼐鼗鼙") & set(literals._expected())
    index = LiteralIndex(keys)
    assert len(index.patterns) == 3
    found = index.scan(_doc(["鼋鼍鼐鼗鼙鼛"])).get(0, {})
    assert {k: v for k, v in found.items()} == {"鼋鼍": [0], "鼍鼐": [1], "鼐鼗": [2], "鼗鼙": [3], "鼙鼛": [4]}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "，。", max_size=30), min_size=1, max_size=5),
       st.lists(st.sampled_from(KEYS + ["，。", "，党建", "的了", "了的", "。党"]), min_size=1, max_size=8, unique=True),
       st.sampled_from([1.0, 50.0, 3_000.0, 120_000.0, 1e12]))
def test_how_the_first_characters_are_grouped_does_not_change_what_is_found(texts, keys, cost):
    # frequent first characters (，。的党) and rare ones (意形作), one trie each or all in one: the same hits
    original = literals.PASS_COST
    literals.PASS_COST = cost
    try:
        index = LiteralIndex(keys)
    finally:
        literals.PASS_COST = original
    found = index.scan(_doc(texts))
    for i, text in enumerate(texts):
        got = sorted((pos, k) for k, positions in found.get(i, {}).items() for pos in positions)
        assert got == _brute(keys, text)


def test_keys_inside_a_hit_are_told_by_the_hit_or_matched_where_one_may_run_on(monkeypatch):
    # one trie for all: inside the hit 全面从严治党, 从严治党 and 治党 end within it (told by the hit itself), while
    # at its 党 a key may run on past its end (党建 in 从严治党建设, not in 从严治党。): the text is matched there
    monkeypatch.setattr(literals, "PASS_COST", 1e12)
    keys = ["全面从严治党", "从严治党", "治党", "党建", "党建设", "严治"]
    index = LiteralIndex(keys)
    assert len(index.patterns) == 1
    texts = ["全面从严治党建设，全面从严治党。", "全面从严治党建", "全面从严治党"]
    found = index.scan(_doc(texts))
    for i, text in enumerate(texts):
        got = sorted((pos, k) for k, positions in found.get(i, {}).items() for pos in positions)
        assert got == _brute(keys, text)
    assert found[0]["党建设"] == [5] and found[1]["党建"] == [5] and "党建" not in found[2]
    assert dict(index.inner[0]["全面从严治党"]) == {2: "从严治党", 3: "严治", 4: "治党", 5: None}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "，。", max_size=30), min_size=1, max_size=6),
       st.lists(st.sampled_from(KEYS + ["，。", "，党建", "的了", "了的", "。党"]), min_size=1, max_size=8, unique=True),
       st.sampled_from([1, 2, 5, 17, 40]))
def test_the_text_read_in_stretches_gives_what_one_pass_gives(texts, keys, stretch):
    # the tries read a stretch of whole paragraphs at a time (STRETCH characters, then on to the next
    # paragraph's start): the same hits, in the same order (paragraphs, keys within one, offsets), as one
    # pass over the whole text; a stretch cut anywhere but at a paragraph's start loses the keys across it
    index = LiteralIndex(keys)
    original = literals.STRETCH
    try:
        literals.STRETCH = 10**9
        whole = index.scan(_doc(texts))
        literals.STRETCH = stretch
        stretched = index.scan(_doc(texts))
    finally:
        literals.STRETCH = original
    assert [(i, list(found.items())) for i, found in stretched.items()] == \
        [(i, list(found.items())) for i, found in whole.items()]
    for i, text in enumerate(texts):
        got = sorted((pos, k) for k, positions in stretched.get(i, {}).items() for pos in positions)
        assert got == _brute(keys, text)


def test_frequent_first_characters_share_small_tries():
    # ``re`` tests every first character of a trie where none of its keys matches: the characters that
    # begin keys all over a report (，。的党) go in small tries, the rare ones in large ones
    from djlint.engine.frequent import BANDS
    from djlint.engine.registry import build_registry

    keys = literals.literal_index(build_registry()).keys
    by_first: dict = {}
    for k in keys:
        by_first.setdefault(k[0], []).append(k)
    groups = literals.trie_groups(by_first)
    assert sorted(c for g in groups for c in g) == sorted(by_first)
    size = {c: len(g) for g in groups for c in g}
    frequent = [c for c in BANDS[0][1] if c in by_first]
    assert len(frequent) >= 4 and max(size[c] for c in frequent) <= 16
    assert max(size.values()) >= 100
    means = [mean for mean, _chars in BANDS]
    banded = "".join(chars for _mean, chars in BANDS)
    assert means == sorted(means, reverse=True) and len(set(banded)) == len(banded)


def test_wrong_word_and_lexicon_rules_share_one_scan():
    from djlint.engine.registry import build_registry
    from djlint.engine.run import run_rules

    registry = build_registry()
    doc = _doc(["认真布署全面从严治党工作，增强政治意识、大局意识、核心意识、看齐意思。"])
    rules = [registry.rules[c] for c in ("DJ411", "DJ402")]
    calls = []
    original = LiteralIndex.scan

    def counting(self, d):
        calls.append(d)
        return original(self, d)

    try:
        LiteralIndex.scan = counting
        codes = sorted(d.code for d in run_rules(doc, rules, None, {}, registry))
    finally:
        LiteralIndex.scan = original
    assert len(calls) == 1
    assert "DJ411" in codes  # 布署


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET + "、多：", max_size=30), min_size=1, max_size=6),
       st.lists(st.sampled_from(["、", "多", "：", "了", *KEYS]), min_size=1, max_size=6, unique=True))
def test_one_character_prefilter_words_are_found_without_being_keys(texts, words):
    # a one-character prefilter word is no key of the tries (every 、 of a text would be a hit to
    # file); its paragraphs come from one search of a class of such characters
    from djlint.engine.context import LintContext
    from djlint.engine.registry import build_registry

    registry = build_registry()
    index = literals.literal_index(registry)
    assert {"、", "多", "："} <= index.chars
    assert not index.chars & index.keys
    doc = _doc(texts)
    found = literals.paragraphs_with_words(LintContext(doc, None, registry), tuple(words))
    chars = [w for w in words if w in index.chars]
    keys = [w for w in words if w not in index.chars and w in index.keys]
    assert [p.index for p in found] == [i for i, t in enumerate(texts) if any(w in t for w in chars + keys)]
