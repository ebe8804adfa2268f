"""A rule's prefilter (or prefilter words) only saves time: with it and without it, a paragraph
rule reports the same.

Each prefilter is derived by hand from the rule's patterns (a literal or character every match
must contain); this runs every paragraph rule that has one over every rule case (rules/cases)
and every fixture text, once as the engine runs it and once with the prefilter taken away.
"""
import glob
import os

import pytest

from djlint.checks.phrase.lexicon import lexicon_for
from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.cases import cases_of
from djlint.engine.registry import build_registry
from djlint.engine.run import run_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _documents():
    registry = build_registry(())
    texts = [case.text for rule in registry.rules.values() for case in cases_of(rule)]
    docs = [("examples-and-cases.txt", "2024年度党建工作情况报告\n" + "\n".join(texts) + "\n")]
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            docs.append((os.path.relpath(path, ROOT), fh.read()))
    return docs


DOCS = _documents()
PREFILTERED = sorted(code for code, rule in build_registry(()).rules.items()
                     if rule.scope == "paragraph" and (rule.prefilter is not None or rule.prefilter_words))


def _shape(diags):
    return [(d.line, d.column, d.end_column, d.message, d.fix.replacement if d.fix else None) for d in diags]


def _lines_and_noise(seed: int, pieces, shortest: int, longest: int, count: int) -> list[str]:
    """Every line of the texts here, then ``count`` random strings of ``pieces`` (the odd cases a
    shortcut must also get right)."""
    import random

    rnd = random.Random(seed)
    texts = [text for _name, doc in DOCS for text in doc.split("\n")]
    return texts + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(shortest, longest))) for _ in range(count)]


def _runner(code: str, name: str, text: str):
    """A call that runs rule ``code`` alone over ``text`` (read as the .txt ``name``) and gives its findings."""
    registry = build_registry(())
    rule, config = registry.rules[code], Config(select=[code])
    return lambda: _shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config, registry=registry))


@pytest.mark.slow  # seconds in all: out of the quick loop (README 开发), in CI
@pytest.mark.parametrize("code", PREFILTERED)
def test_the_prefilter_drops_no_finding(code, monkeypatch):
    registry = build_registry(())
    rule = registry.rules[code]
    config = Config(select=[code])
    before = []
    for name, text in DOCS:
        before.append(_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config,
                                       registry=registry)))
    monkeypatch.setattr(rule if "prefilter" in vars(rule) else type(rule), "prefilter", None)
    monkeypatch.setattr(rule, "prefilter_words", ())
    assert rule.prefilter is None
    after = [_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config, registry=registry))
             for name, text in DOCS]
    assert after == before
    assert any(before) or code in QUIET, f"{code}: no finding on any text, nothing compared"


#: rules none of whose examples fire in a .txt (they read Word formatting or need a config)
QUIET = {"DJ205", "DJ705"}


def _with_needs():
    from djlint.checks.grammar.base import PatternsRule

    return sorted(code for code, rule in build_registry(()).rules.items()
                  if isinstance(rule, PatternsRule) and any(pat.needs for pat in rule.patterns))


@pytest.mark.slow  # seconds in all: out of the quick loop (README 开发), in CI
@pytest.mark.parametrize("code", _with_needs())
def test_a_patterns_needs_drop_no_finding(code, monkeypatch):
    """The 语病 patterns' ``needs`` (words one of which every match holds) only skip searches."""
    registry = build_registry(())
    rule = registry.rules[code]
    config = Config(select=[code])
    monkeypatch.setattr(rule if "prefilter" in vars(rule) else type(rule), "prefilter", None)
    monkeypatch.setattr(rule, "prefilter_words", ())

    def run():
        return [_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config, registry=registry))
                for name, text in DOCS]

    before = run()
    for pat in rule.patterns:
        monkeypatch.setattr(pat, "needs", ())
        monkeypatch.setattr(pat, "also", None)  # and the second test before the search
        monkeypatch.setattr(pat, "twice", ())  # and the test of a word said twice
    monkeypatch.delitem(rule.__dict__, "_needs", raising=False)  # the index of the needs is built again
    assert run() == before
    assert rule._needs_index()[2] == frozenset(range(len(rule.patterns)))  # every pattern searched everywhere
    assert any(before)


def test_a_patterns_needs_are_the_longer_words_its_regex_tells():
    """Where the parse of a 语病 pattern tells longer words than its given needs, it is looked for by
    them (an alternation of pairs by the pairs, not by their first words); else the needs stay."""
    from djlint.checks.grammar.base import Pattern

    assert Pattern(r"(?P<w>举行召开|召开举行)", "x", needs=("召开",)).needs == ("举行召开", "召开举行")
    assert Pattern(r"(?:提前|事先)预防", "x").needs == ("事先预防", "提前预防")
    assert Pattern(r"(?:把|将)(?P<x>[^，]{1,3})为", "x", needs=("为",)).needs == ("为",)  # 把, 将: one character
    assert Pattern(r"(?:甲乙|丙)丁", "x", needs=("甲乙丁", "丙丁")).needs == ("甲乙丁", "丙丁")  # not longer


@pytest.mark.slow
def test_a_patterns_second_test_passes_every_match():
    """A 语病 pattern's ``also`` (the test tried before its search where its needs are common) holds
    wherever the pattern finds a match: random texts of the words the patterns turn on, list
    items, quotations, dates and marks."""
    import random

    from djlint.checks.grammar.base import PatternsRule

    patterns = [pat for rule in build_registry(()).rules.values() if isinstance(rule, PatternsRule)
                for pat in rule.patterns if pat.also is not None]
    assert len(patterns) >= 5
    rnd = random.Random(443)

    def one(*choices):
        return rnd.choice(choices)

    shapes = (  # what each pattern turns on, with pieces left out or changed at random
        lambda: one("参与", "参加", "投身", "融入", "开展") + one("到", "", "", "其中") + one("社区", "学习", "") + one("活动", "工作", "建设")
        + one("中", "中去", "", "中来") + one("，", "。", ""),
        lambda: one("2019", "二〇一九", "五", "") + one("年", "") + one("至", "到", "—", "-", "~", "", "和") + one("2023", "二〇二三", "九")
        + one("年", "月", "") + one("以来", "来"),
        lambda: one("于", "与", "以", "在") + one("“学习”", "《学习》", "“”", "学习") + one("为", "的") + one("主题", "核心", "题", "内容"),
        lambda: "、".join(one("张贴标语", "悬挂横幅", "集中学习", "张贴标", "学习", "党史") for _ in range(rnd.randint(1, 5)))
        + one("等", "。", "、", "，", ""),
        lambda: "在" + one("机构改革", "工作") + one("中", "下", "期间") + one("，", ",", "") + one("大家都", "")
        + one("，", ",", "。") + one("在", "") + one("机构改革", "工作") + one("中", "下") + one("，", ",", "。"),
        lambda: one("约", "大约", "大概", "", "节约") + one("有", "为", "") + one("30", "三十", "") + one("人", "")
        + one("上下", "左右") + one("，", "。", ""),
        lambda: one("围绕", "紧扣", "把", "以", "") + one("党史学习", "“学习”", "") + one("为", "作为", "") + one("主题", "核心", "题", ""),
        lambda: one("", "一是", "2023年，", "。") + one("我校党组织", "党委", "学校", "") + one("在", "") + one("上级党委的领导", "领导")
        + one("下", "") + one("，", ",", "") + one("我校", "全体党员", "大家", "") + one("干部", ""),
        lambda: one("通过", "随着", "") + one("主题党日活动", "大会", "“学习”", "") + one("的", "") + one("召开", "开展", "圆满完成", "")
        + one("，", ",", "。", "") + one("大家", "在座的学员", "在座", "群众", "职工们", ""),
        lambda: one("被", "在", "") + one("形式主义", "疫情", "") + one("束缚", "影响", "领导") + one("下", "")
        + one("的", "，", ",", "。", "") + one("干部", ""),
        lambda: one("把", "一把", "") + one("任务", "关", "") + one("不", "没有", "未", "") + one("认真", "")
        + one("落实", "做好", "落实到位") + one("，", "。", "的", "、", "了", ""),
        lambda: one("三", "十余", "许多", "各位", "不少", "我", "") + one("位", "名", "个", "") + one("专家", "基层同志", "领导", "")
        + one("的", "和", "") + one("们", "") + one("，", "。", ""),
    )
    pieces = ["，", "。", "、", "等", "中", "以", "的", "为", "年", "“", "”", "至", "张贴标语", "学习"]
    matched = dict.fromkeys(range(len(patterns)), 0)
    for _ in range(43200):  # (12 shapes, 3,600 draws each, as when 10 shapes had 36,000)
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3))) + rnd.choice(shapes)() + \
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 3)))
        for i, pat in enumerate(patterns):
            if pat.regex.search(text) is not None:
                matched[i] += 1
                assert pat.also(text), (pat.regex.pattern, text)
    assert all(n > 20 for n in matched.values()), [(n, patterns[i].regex.pattern[:30]) for i, n in matched.items() if n <= 20]


@pytest.mark.slow
def test_dj404_runs_its_fuzzy_pattern_wherever_a_near_miss_may_be():
    """DJ404 skips a window where _may_fit says no string one edit from the name fits; on random
    texts over a small alphabet, every window in which the fuzzy pattern finds a match passes."""
    import random

    import regex

    from djlint.checks.phrase.nearwindows import may_fit as _may_fit
    from djlint.checks.phrase.nearwindows import one_edit as _one_edit

    rnd = random.Random(404)
    alphabet = "甲乙丙丁戊"
    for _ in range(5000):
        want = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6)))
        got = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 7)))
        assert _one_edit(got, want) == bool(regex.fullmatch(f"(?:{want}){{e<=1}}", got)), (got, want)
    found = 0
    for _ in range(6000):
        name = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(8, 10)))
        chars = list("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 4))) + name
                     + "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 4))))
        for _ in range(rnd.randint(0, 2)):  # a slip or two
            i = rnd.randrange(len(chars))
            op = rnd.random()
            if op < 0.33:
                chars[i] = rnd.choice(alphabet)
            elif op < 0.66:
                del chars[i]
            else:
                chars.insert(i, rnd.choice(alphabet))
        text = "".join(chars)
        a = rnd.randint(0, 3)
        b = rnd.randint(max(a, len(text) - 3), len(text))
        fuzzy = regex.compile(f"(?:{name}){{e<=1}}", regex.BESTMATCH)
        if any(True for _ in fuzzy.finditer(text, a, b, overlapped=False)):
            found += 1
            half = len(name) // 2
            assert _may_fit(text, a, b, (name[:half], name[half:])), (text, a, b, name)
    assert found > 3000


@pytest.mark.slow
def test_inline_labels_and_markers_are_found_as_by_the_full_patterns():
    """enumerations._resets finds what (?:^|(?<=[。；！？：:”]))(?:（二）|三、) finds after the start,
    _marks and _loose_marks what the markers' full patterns with their lookbehinds find, and
    _markers nothing in a paragraph _MAY_MARK or _MARKER_SHAPE passes over (random strings and fixtures)."""

    import regex

    from djlint.checks.numbering import enumerations as E

    full = regex.compile(r"(?:^|(?<=[。；！？：:”]))(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")
    mark = regex.compile(r"(?<=^|[：:；;，,。！？\s（(“”、…）).．])"
                         r"(?:(?P<shi>[一二三四五六七八九十]+)是(?![的否非])(?!(?P=shi))|第(?P<di>[一二三四五六七八九十]+)(?=[，,：:]))")
    loose = regex.compile(r"(?<=[\p{Han}])(?<![统唯之万同专单第归合划整均如其一二三四五六七八九十])"
                          r"([一二三四五六七八九十]+)是(?![的否非])")
    alphabet = "一二三十（）(、。；！？：:”是第党的否，, \t\u3000\x1c“…统a1."
    texts = _lines_and_noise(311, alphabet, 0, 12, 30000)
    for text in texts:
        assert list(E._resets(text)) == [m.span() for m in full.finditer(text) if m.start() > 0], text
        assert [m.group(0, "shi", "di") + m.span() for m in E._marks(text)] == \
            [m.group(0, "shi", "di") + m.span() for m in mark.finditer(text)], text
        assert [m.span(1) for m in E._loose_marks(text)] == [m.span(1) for m in loose.finditer(text)], text
        if not E._MAY_MARK.search(text) or not E._MARKER_SHAPE.search(text):
            assert not list(E._markers(text)), text
    assert sum(bool(E._MAY_MARK.search(t)) and not E._MARKER_SHAPE.search(t) for t in texts) > 300  # the shape asked


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_dj503_passes_over_flat_pairs_only_where_its_walk_finds_nothing(monkeypatch):
    """DJ503 returns at once for a paragraph whose marks all pair side by side; with that shortcut
    taken away it reports the same on random strings of marks and on every text here."""
    from djlint.checks.punctuation import pairs
    from djlint.engine.kinds import compile_

    alphabet = "“”‘’《》（）【】〈〉党1 "
    texts = _lines_and_noise(503, alphabet, 0, 10, 20000)
    doc = "\n".join(texts) + "\n"

    run = _runner("DJ503", "marks.txt", doc)

    before = run()
    monkeypatch.setattr(pairs, "_FLAT", compile_("(?!)"))
    assert run() == before
    assert before


@pytest.mark.slow
def test_dj503_reads_the_paragraphs_its_one_search_finds_not_flat():
    """DJ503's candidates (one search of the joined document) are exactly the paragraphs that
    _FLAT.fullmatch does not pass, on random strings of marks and on every text here."""
    from djlint.checks.punctuation import pairs
    from djlint.engine.context import LintContext

    alphabet = "“”‘’《》（）【】〈〉党1 "
    texts = _lines_and_noise(5031, alphabet, 0, 10, 20000)
    doc = read_bytes("marks.txt", ("\n".join(texts) + "\n").encode("utf-8"), "txt")
    found = [p.index for p in pairs._not_flat(LintContext(doc, Config(), build_registry(())))]
    want = [p.index for p in doc.paragraphs if not pairs._FLAT.fullmatch(p.text)]
    assert found == want
    assert 1000 < len(want) < len(doc.paragraphs) - 1000


@pytest.mark.slow
def test_dj444_passes_over_only_sentences_where_it_finds_nothing(monkeypatch):
    """DJ444 skips a sentence holding none of 使、让、了、此次…, nor 通过/经过 with 表明、启发…; with the
    skip taken away it reports the same on every text here."""
    from djlint.checks.grammar import subject
    from djlint.engine.kinds import compile_

    registry = build_registry(())
    rule = registry.rules["DJ444"]
    config = Config(select=["DJ444"])

    def run():
        return [_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config, registry=registry))
                for name, text in DOCS]

    before = run()
    monkeypatch.setattr(subject, "_MAY_FIND", compile_(""))  # matches every sentence: nothing skipped
    assert run() == before
    assert any(before)


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_dj401_literals_of_its_variants_drop_no_finding(monkeypatch):
    """Each variant's literals (one of which every match holds: a branch each for 总书纪|总书计, the
    leading group's for (“三个代表”|三个代表)(?=思想)) pick DJ401's paragraphs; without them the
    variants' one alternation is searched everywhere, and the findings are the same."""
    from djlint.engine.words import literals_of as _literals_of

    assert _literals_of("总书纪|总书计") == ("总书纪", "总书计")
    # the leading group's, read on into the lookahead at the end (思想 follows every match)
    assert _literals_of("(“三个代表”|三个代表)(?=思想)") == ("“三个代表”思想", "三个代表思想")
    # a lookbehind in front is text just before every match; a lookaround elsewhere is left out
    assert _literals_of("(?<=主席)习(?![近主总书])(?=[\u4e00-\u9fff])") == ("主席习",)
    assert _literals_of("(?<![政产])党(?=十[八九]大)") == ("党十九大", "党十八大")  # sorted by code point
    assert _literals_of("甲(?<=乙甲)丙") == ("甲丙",)  # a lookbehind after a character: not text before it
    assert _literals_of("甲乙(?=丙丁)丙") == ("甲乙丙",)  # a lookahead before a character: not text after it
    assert _literals_of("(?<=甲)(?<=乙甲)丙") == ("甲丙",)  # the first lookbehind only
    # each branch of a top-level alternation read the same way
    assert _literals_of("(?<=基层)党组(?!织)|党组(?=战斗堡垒)") == ("基层党组", "党组战斗堡垒")
    assert _literals_of("(?:甲|乙)?丙") == ("丙",)
    assert _literals_of("(?:甲|乙)*") == ()
    assert _literals_of("甲|(?:乙)?") == ()
    # the words every match begins with, when longer: 以 is in a third of all paragraphs
    assert _literals_of("以(毛泽东|邓小平)为(核心|首)的") == ("以毛泽东为核心的", "以毛泽东为首的", "以邓小平为核心的",
                                                          "以邓小平为首的")
    assert _literals_of("(?<![一二])((?:十[六七]|二十)大)(?:会议|會議)") == (
        "二十大会议", "二十大會議", "十七大会议", "十七大會議", "十六大会议", "十六大會議")  # a lookbehind takes nothing
    assert _literals_of("(?i)以(毛泽东|邓小平)为") == ()  # one case of many: not told
    registry = build_registry(())
    rule = registry.rules["DJ401"]
    config = Config(select=["DJ401"])
    lex = lexicon_for(registry)
    assert lex.variant_needs is not None

    def run():
        return [_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), [rule], config, registry=registry))
                for name, text in DOCS]

    before = run()
    monkeypatch.setattr(lex, "variant_needs", None)
    assert run() == before
    assert any(before)


def test_dj401_every_variant_example_holds_a_literal():
    """Each variant's example (a sentence it must find) holds one of the variant's literals, the
    words read with a lookbehind's and a lookahead's text included: one that did not would make DJ401
    skip its paragraph."""
    lex = lexicon_for(build_registry(()))
    checked = 0
    for (_f, v), lits in zip(lex.variant_index, lex.variant_literals):
        if v.example and v.pattern.search(v.example):
            assert any(w in v.example for w in lits), (v.pattern.pattern, lits)
            checked += 1
    assert checked > 100


def test_dj442_asks_only_the_clauses_its_noun_scan_finds():
    """collocation.find asks _may_end_object only about the clauses _clauses_worth_it gives (a
    wrong noun where an object ends, a verb faulted with it before it); asking every clause that
    holds a verb, as it did before, finds the same pairs, on random clauses of the table's verbs,
    nouns, ends and marks and on every text here."""
    from djlint.checks.grammar import collocation_search as C
    from djlint.checks.grammar.collocation import table_for
    from djlint.checks.grammar.text import clause_at

    table = table_for(build_registry(()))

    def every_clause(text, tokens):
        out, seen, toks = [], set(), None
        for m in table.verb_pattern.finditer(text):
            cs, ce = clause_at(text, m.start())
            if (cs, ce) in seen:
                continue
            seen.add((cs, ce))
            if C._may_end_object(text, table, m.start(), cs, ce):
                toks = toks or tokens()
                out.append((cs, ce))
        return out

    def asked(text):
        return [(cs, ce) for cs, ce in C._clauses_worth_it(table, text)
                if C._may_end_object(text, table, table.verb_pattern.search(text, cs, ce).start(), cs, ce)]

    verbs = sorted({v for v, _n in table.faulty})
    nouns = sorted(table.wrong_nouns)  # a set: sorted, so the random texts do not depend on the hash seed
    pieces = verbs + nouns + list(C._AFTER_HEAD) + ["的", "的通知", "，", "。", "、", "和", "党", "工作", "会议", "建设", "的"] * 3
    texts = _lines_and_noise(442, pieces, 1, 14, 20000)
    found = 0
    for text in texts:
        want = every_clause(text, lambda: [])
        assert asked(text) == want, text
        found += bool(want)
    assert found > 1000


@pytest.mark.parametrize("groups", [1, 2, 4])
@pytest.mark.slow
def test_dj442_noun_ends_are_every_place_the_one_trie_matches(groups, monkeypatch):
    """nounends.noun_ends (tries of the wrong nouns, each scanned for itself, some nouns found by their
    second character) gives every place the table's one pattern ``noun_at_end`` matches, overlapping
    ones too (one trie: 生活 inside 组织生活), with what it matches there, from any start on: random
    strings of the nouns, the ends after them, marks and newlines, and every text here."""
    from djlint.checks.grammar import collocation_search as C
    from djlint.checks.grammar import nounends
    from djlint.checks.grammar.collocation import table_for
    from djlint.checks.grammar.nounends import _groups, noun_ends

    table = table_for(build_registry(()))
    monkeypatch.setattr(nounends, "GROUPS", groups)
    monkeypatch.delitem(table.__dict__, "_noun_groups", raising=False)
    assert len(_groups(table)) == groups + 1 and _groups(table)[-1][1]  # and the one found by a second character
    assert sum(len(nounends._by_second({c: [w for w in table.wrong_nouns if w[0] == c]})) for c in "作建") == 2  # 作风 by 风, 建设 by 设
    nouns = sorted(table.wrong_nouns)
    # two nouns run together where the end of one begins the other (a noun found inside another)
    joined = [a + b[k:] for a in nouns for b in nouns for k in range(1, min(len(a), len(b))) if a.endswith(b[:k])]
    pieces = nouns + joined + list(C._AFTER_HEAD) + ["的", "，", "。", "\n", "建设", "党", "施工"] * 4
    texts = _lines_and_noise(4421, pieces, 1, 10, 20000)
    found = inside = 0
    for text in texts:
        every = [(i, m.group()) for i in range(len(text)) for m in [table.noun_at_end.match(text, i)] if m]
        assert noun_ends(table, text) == every, text
        start = len(text) // 3
        assert noun_ends(table, text, start) == [(i, w) for i, w in every if i >= start], text
        found += len(every) > 1
        inside += any(j < i + len(w) for (i, w), (j, _v) in zip(every, every[1:]))
    assert found > 1000 and inside > 100
    table.__dict__.pop("_noun_groups")  # the registry's table: the rule's own tries again after the test


def test_parse_label_tries_only_the_labels_that_begin_with_the_first_character():
    """outline.parse_label matches a paragraph against the labels its first character (after the
    leading blanks) may begin; trying every label in order finds the same (random strings of label
    characters and blanks, and every line here)."""
    from djlint.document import outline

    def every_label(text):
        for kind, level, pattern in outline.LABELS:
            m = pattern.match(text)
            if m and kind == "cn" and m.group(3) == "、" and outline._next_numbers_unit(text, m):
                return None  # 三、四月份: two numbers listed, no label of any kind
            if m and not (kind == "arabic" and not m.group(3)) and not (
                    kind in ("cn", "cn-paren") and len(m.group(2)) > 1 and not outline._canonical(m.group(2))):
                return kind, level, m.span()
        return None

    alphabet = "第一二十百（()）0１2①⑳、，,．. \t\u3000\u00a0部分章党年xX"
    texts = _lines_and_noise(101, alphabet, 0, 8, 30000)
    labelled = 0
    for text in texts:
        got = outline.parse_label(text)
        assert (got and got[:2] + (got[2].span(),)) == (every_label(text) or None), text
        labelled += got is not None
    assert labelled > 1000


@pytest.mark.slow  # seconds in all: out of the quick loop (README 开发), in CI
def test_dj207_searches_a_pattern_only_where_its_needs_stand(monkeypatch):
    """DJ207 searches each masked-name pattern only in a paragraph holding the word or mark every
    match of it holds (the third element of its _REDACTED entry); searching them all everywhere (an
    entry without one is searched everywhere) reports the same, on random
    strings of the names, marks and set words and on every text here."""
    from djlint.checks.placeholder import leaders

    pieces = ["习", "近平", "总书记", "同志", "为核心", "为主要代表", "以", "的", "新时代中国特色社会主义思想", "关于",
              "重要论述", "XJP", "xjp", "*", "**", "x", "X", "○", "·", "党", "中央的核心、全", "D", "。", "，", "的重要思想"]
    doc = "\n".join(_lines_and_noise(207, pieces, 1, 10, 20000)) + "\n"
    run = _runner("DJ207", "names.txt", doc)

    before = run()
    assert any(len(entry) == 3 for entry in leaders._REDACTED)
    monkeypatch.setattr(leaders, "_REDACTED", tuple(entry[:2] for entry in leaders._REDACTED))
    monkeypatch.setattr(leaders, "_IN_NAME_MARK", leaders._IN_NAME_HINT)
    assert run() == before
    assert len(before) > 1000


def test_dj207_tests_before_each_masked_name_search_pass_every_match():
    """Each of DJ207's masked-name patterns is searched only where its test says a match may be; on
    random texts made of pieces of the names, titles and marks, every text a pattern matches passes its test."""
    import random

    from djlint.checks.placeholder.leaders import _ANY_MARK, _IN_NAME_MARK, _REDACTED, _asked

    # the paragraph's one mark search (_IN_NAME_MARK) stands for _ANY_MARK's too: every mark of it is one of its
    assert all(_IN_NAME_MARK.search(ch) for ch in "*＊×✕○□●■·•xXＸｘ")
    rnd = random.Random(207)
    pieces = ["习", "近平", "总书记", "同志", "的", "以", "为核心", "为主要代表", "新时代中国特色社会主义思想", "新时代中国特色",
              "*", "**", "XXX", "X", "xjp", "XJP", "《", "谈", "治国理政", "学习", "贯彻", "思想", "关于", "重要论述",
              "受中央政治局委托", "就《决定》向全会", "代表第十九届中央委员会", "党", "中央的核心、全", "，", "。", "a", "主席"]
    matched = 0
    for _ in range(32000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        for entry in _REDACTED:
            if len(entry) > 2 and entry[0].search(text) is not None:
                matched += 1
                mark = _IN_NAME_MARK.search(text) is not None and _ANY_MARK.search(text) is not None
                assert entry[2](text, _asked(text, mark)), (entry[0].pattern, text)
    assert matched > 1000


def test_grammar_reading_looks_up_the_documents_traditional_paragraphs():
    """reading(p, ctx) takes whether a paragraph is in traditional script from the document's one
    search; it gives what reading(p) works out alone, for the document's paragraphs and for one
    that is not the document's (looked at alone)."""
    from djlint.checks.grammar.script import reading
    from djlint.document import Paragraph
    from djlint.engine.context import LintContext

    lines = ["我們始終時刻堅持黨的領導。", "我们始终坚持党的领导。", "於是開會", "一個後來的人", "", "全面從嚴治黨，夯實基層基礎。",
             "关于後续的安排"]  # one traditional-only character: read as it is
    doc = read_bytes("t.txt", "\n".join(lines * 3).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), build_registry(()))
    got = [reading(p, ctx) for p in doc.paragraphs]
    assert got == [reading(p) for p in doc.paragraphs]
    assert sum(converted for _t, converted in got) == 12  # four lines of two or more, three times
    alone = Paragraph(text=lines[0], line=1)  # index 0, not the document's first paragraph
    assert reading(alone, ctx) == reading(alone) == got[0]


def test_a_document_searches_a_pattern_once_for_every_rule_that_asks(monkeypatch):
    """Document.paragraphs_matching keeps what a pattern found: the same pattern (its source,
    flags and kind) asked again is not searched again, and each caller gets a list of its own."""
    import re

    doc = read_bytes("t.txt", "甲乙\n丙丁\n乙丙\nabc\n".encode("utf-8"), "txt")
    searched = []
    search = type(doc)._search_paragraphs
    monkeypatch.setattr(type(doc), "_search_paragraphs", lambda self, p: searched.append(p) or search(self, p))
    first = doc.paragraphs_matching(re.compile("乙|丁"))
    assert [p.text for p in first] == ["甲乙", "丙丁", "乙丙"]
    first.clear()
    again = doc.paragraphs_matching(re.compile("乙|丁"))  # another object of the same source
    assert [p.text for p in again] == ["甲乙", "丙丁", "乙丙"] and len(searched) == 1
    assert [p.text for p in doc.paragraphs_matching(re.compile("ABC", re.I))] == ["abc"]
    assert doc.paragraphs_matching(re.compile("ABC")) == [] and len(searched) == 3


@pytest.mark.slow  # seconds in all: out of the quick loop (README 开发), in CI
def test_dj207_prefilter_words_admit_every_paragraph_it_reports(monkeypatch):
    """DJ207's prefilter names what a match holds besides a mark (总书记受, 近平同志…, not 总书记 or
    近平 alone): on random strings of the names, titles, set words and marks, run with the
    prefilter and without it, the findings are the same."""
    pieces = ["习", "近平", "总书记", "同志", "曾", "指出", "强调", "在", "领导下", "为核心", "为主要代表", "以", "的", "党中央",
              "新时代中国特色社会主义思想", "关于", "重要论述", "系列重要讲话", "受中央政治局委托", "就《决定》向全会",
              "代表第二十届中央委员会", "主席", "核心", "思想", "贯彻", "《", "谈", "“", "”", "XJP", "*", "**", "x", "○", "中央的核心、全",
              "党", "，", "。"]
    doc = "\n".join(_lines_and_noise(2071, pieces, 1, 8, 20000)) + "\n"
    run = _runner("DJ207", "names.txt", doc)
    before = run()
    rule = build_registry(()).rules["DJ207"]
    monkeypatch.setattr(type(rule), "prefilter", None)
    assert run() != [] and run() == before
    assert len(before) > 1000


def test_dj439_opening_again_is_looked_for_where_two_colons_stand_close():
    """DJ439 reads a paragraph for a quotation's opening typed twice round a second colon only where one
    of _COLONS_CLOSE (a colon, two to six characters, a colon) matches: random strings of the verbs,
    colons of both widths, blanks and words, every match of _OPENING_AGAIN has one."""
    import random

    from djlint.checks.facts import repeats as R

    rnd = random.Random(439)
    pieces = ["宣告", "宣布", "说", "强调", "写道", "：", ":", "中华", "人民", "共和国", " ", "\u3000", "，", "中", "新"]
    words = ["中华", "人民", "共和国", "中", "新", "：", " "]

    def some(k):
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, k)))

    def word():
        return "".join(rnd.choice(words) for _ in range(rnd.randint(1, 4)))

    matched = 0
    for _ in range(30000):
        said = word()
        text = (some(3) + rnd.choice(["宣告", "说", "强调", "写道", "新"]) + rnd.choice("：:，") + said + rnd.choice("：:")
                + rnd.choice(["", " ", "\u3000"]) + rnd.choice([said, word()]) + some(3))
        if R._OPENING_AGAIN.search(text) is not None:
            matched += 1
            assert any(c.search(text) is not None for c in R._COLONS_CLOSE), text
    assert matched > 20


@pytest.mark.slow
def test_dj442_unfit_predicates_searched_only_with_their_words():
    """predicates.unfit_predicates searches a pattern only where one of its ``_NEEDS`` words stands; searching
    every pattern of a paragraph with any word of WORDS, as it did before, finds the same, on random clauses
    of the patterns' words and what stands around them, and on every text here."""
    from djlint.checks.grammar import predicates as P

    assert set(P.WORDS) == {w for ws in P._NEEDS for w in ws} and len(P._NEEDS) == len(P._PAIRS)

    def every_pattern(text):
        if P._ANY_WORD.search(text) is None:
            return []
        out = []
        for regex, message in P._PAIRS:
            for m in regex.finditer(text):
                g = {k: v for k, v in m.groupdict().items() if v}
                out.append((m.start(), m.end(), message.format(n=g.get("n") or g.get("n2"), o=g.get("o") or g.get("o2"))))
        return out

    pieces = list(P.WORDS) + ["事迹", "精神", "是", "成为", "积极性", "日益", "任务", "如何", "开展", "工作", "的", "问题",
                              "酷热", "气温", "很", "寒冷", "，", "。", "就", "才", "而是", "但是", "也", "秋天的北京",
                              "美丽", "张某某同志", "被", "先进集体", "推进和发展", "改革", "现代化", "走上", "了",
                              "要", "干", "学习", "哪怕", "纵然", "只要", "被评为", "被授予", "被表彰为", "浓郁", "即便",
                              "获评", "王某同志", "任务是如何", "目标是怎样", "落实责任", "的问题", "先进单位", "纵使"] * 2
    texts = _lines_and_noise(4422, pieces, 1, 12, 60000)
    found = set()
    for text in texts:
        want = every_pattern(text)
        assert P.unfit_predicates(text) == want, text
        found.update(m for _s, _e, m in want)
    assert len(found) >= len(P._PAIRS) - 1  # the patterns' messages, nearly all met


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_grammar_twice_guard_drops_no_finding(monkeypatch):
    """A pattern marked ``twice`` (a word of its ``needs`` said again after something between: 传承……传承,
    联合……联合) is searched only where the scan's offsets (or, in traditional script, the text) hold one of
    its words twice, the second past the first's end; with the guard and without it DJ441 and DJ443 report the
    same, on random clauses of the words and what stands between them, traditional paragraphs among them,
    and on every text here."""
    import random

    from djlint.checks.grammar import base

    registry = build_registry(())
    rules = [registry.rules["DJ441"], registry.rules["DJ443"]]
    marked = [p for r in rules for p in r.patterns if p.twice]
    assert len(marked) >= 6
    words = sorted({w for p in marked for w in p.needs})
    pieces = words * 3 + ["红色基因", "能力", "的", "工作", "，", "。", "、", "和", "开展", "氛围", "活动", "了", "推进",
                          "知识", "作用", "单位", "一", "提", "高", "传", "承", "党员", "国務院", "這裡", "們"]
    rnd = random.Random(4423)
    lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 14))) for _ in range(30000)]
    docs = [("random.txt", "\n".join(lines) + "\n"), *DOCS]
    config = Config(select=["DJ441", "DJ443"])

    def run():
        return [_shape(run_rules(read_bytes(name, text.encode("utf-8"), "txt"), rules, config, registry=registry))
                for name, text in docs]

    searched = []
    twice = base._twice
    monkeypatch.setattr(base, "_twice", lambda *a: searched.append(twice(*a)) or searched[-1])
    guarded = run()
    assert searched.count(False) > 1000 and searched.count(True) > 1000
    for p in marked:
        monkeypatch.setattr(p, "twice", ())
    unguarded = run()
    assert guarded == unguarded
    assert sum(map(len, guarded)) > 100


def _may_fit_by_lengths(text, a, b, halves):
    """DJ404's window test as it was before speed38: every length one edit allows tried with one_edit."""
    from djlint.checks.phrase.nearwindows import one_edit

    first, second = halves
    i = text.find(first, a, b)
    while i >= 0:
        j = i + len(first)
        if any(j + n <= b and one_edit(text[j:j + n], second) for n in (len(second), len(second) - 1, len(second) + 1)):
            return True
        i = text.find(first, i + 1, b)
    j = text.find(second, a, b)
    while j >= 0:
        if any(j - n >= a and one_edit(text[j - n:j], first) for n in (len(first), len(first) - 1, len(first) + 1)):
            return True
        j = text.find(second, j + 1, b)
    return False


@pytest.mark.slow
def test_dj404_window_test_equals_trying_every_length():
    """may_fit compares a half's neighbour with the other half once (common prefix or suffix, then the
    three edits' rests) instead of slicing three lengths for one_edit: the same answer on random
    windows over small alphabets (edges, halves of one character, windows cut inside a half)."""
    import random

    from djlint.checks.phrase.nearwindows import may_fit

    rnd = random.Random(38)
    agreed = 0
    for _ in range(40000):
        alphabet = "甲乙丙丁"[:rnd.randint(2, 4)]
        first = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5)))
        second = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5)))
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        want = _may_fit_by_lengths(text, a, b, (first, second))
        assert may_fit(text, a, b, (first, second)) == want, (text, a, b, first, second)
        agreed += want
    assert agreed > 2000
