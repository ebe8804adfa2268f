"""The compiled-pattern cache (djlint.util.rx): a pattern from the cache behaves exactly like one
compiled afresh, and a damaged, stale or foreign cache only costs the compile."""
from __future__ import annotations

import importlib
import marshal
import os
import re
import shutil
import subprocess
import sys

import pytest
import regex

PATTERNS = [
    (r"(?P<year>(?:19|20)[0-9]{2})年(?P<month>[0-9]{1,2})月", 0, "2024年12月", "re"),
    (r"(?<=认真|积极)地", 0, "积极地落实", "re"),
    (r"(?<=认真|积极|进一步)地", 0, "进一步地落实", "regex"),  # variable-width lookbehind
    (r"[\p{Han}]{2}(?=工作)", 0, "党建工作", "regex"),
    (r"(?:党风廉政建设){e<=1}", int(regex.BESTMATCH), "加强党风廉正建设", "regex"),
    (r"x+", int(re.IGNORECASE), "XXX", "re"),
]


@pytest.fixture()
def rx(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DJLINT_NO_REGEX_CACHE", raising=False)
    from djlint.util import rx as module

    module = importlib.reload(module)
    yield module
    module._dirty = False  # nothing left for atexit to write into a removed folder


def _fresh(rx_module):
    """The module as a new process sees it: entries read again from the cache file."""
    rx_module._entries = None
    rx_module._used.clear()
    return rx_module


def _same(a, b, text):
    assert a.pattern == b.pattern and a.groupindex == b.groupindex and a.groups == b.groups
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize("pattern,flags,text,engine", PATTERNS)
def test_cached_pattern_matches_like_a_fresh_one(rx, pattern, flags, text, engine):
    first = rx.compile(pattern, flags)
    rx.flush()
    key = ("auto" if flags & ~rx.STDLIB_FLAGS == 0 else "regex", pattern, flags)
    assert _fresh(rx)._load()[key][0] == engine  # kept, with the engine that compiled it
    again = rx.compile(pattern, flags)
    assert rx.is_stdlib(again) == (engine == "re")
    _same(first, again, text)
    assert again.search(text) is not None
    reference = (re if engine == "re" else regex).compile(pattern, flags)
    _same(reference, again, text)


def test_second_process_reads_the_cache_instead_of_compiling(rx, monkeypatch):
    rx.compile(r"[0-9]+项", 0)
    rx.regex(r"\p{Han}+", 0)
    rx.flush()
    _fresh(rx)

    def no_compile(*a, **k):  # a hit never goes back to the parsers
        raise AssertionError("compiled again")

    monkeypatch.setattr(rx, "_compile_fresh", no_compile)
    assert rx.compile(r"[0-9]+项", 0).search("共12项").group() == "12项"
    assert rx.regex(r"\p{Han}+", 0).search("ab党建cd").group() == "党建"


def test_damaged_cache_file_is_ignored(rx):
    rx.compile(r"a+b", 0)
    rx.flush()
    with open(rx._path(), "wb") as fh:
        fh.write(b"\x00not marshal")
    assert _fresh(rx).compile(r"a+b", 0).search("xaab").group() == "aab"


def test_cache_from_another_python_build_is_ignored(rx):
    import os

    os.makedirs(os.path.dirname(rx._path()), exist_ok=True)
    with open(rx._path(), "wb") as fh:
        fh.write(marshal.dumps(("0|other python|0", {("auto", "a+", 0): ("re", (0, [1, 2, 3], 0, {}, (None,)))})))
    assert _fresh(rx).compile("a+", 0).search("baa").group() == "aa"


def test_entry_the_core_rejects_is_compiled_afresh(rx):
    rx.compile("q+", 0)
    rx.flush()
    _fresh(rx)._load()[("auto", "q+", 0)] = ("re", ("garbage",))
    assert rx.compile("q+", 0).search("aqq").group() == "qq"


def test_regex_entry_from_another_regex_version_is_recompiled(rx):
    rx.regex(r"\p{Han}{2}", 0)
    rx.flush()
    entries = _fresh(rx)._load()
    kind, (_version, core) = entries[("regex", r"\p{Han}{2}", 0)]
    entries[("regex", r"\p{Han}{2}", 0)] = (kind, ("0.0.0", core))
    assert rx.regex(r"\p{Han}{2}", 0).search("a党建").group() == "党建"
    assert entries[("regex", r"\p{Han}{2}", 0)][1][0] == regex.__version__


def test_invalid_pattern_raises_like_the_engine(rx):
    with pytest.raises(regex.error):
        rx.compile(r"(unclosed", 0)
    with pytest.raises(re.error):
        rx.stdlib(r"\p{Han}", 0)


def test_disabled_cache_writes_nothing(rx, monkeypatch):
    monkeypatch.setattr(rx, "_enabled", False)
    rx.compile(r"b+", 0)
    rx.flush()
    import os

    assert not os.path.exists(rx._path())


def test_unwritable_cache_folder_only_costs_the_compile(rx, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(rx, "cache_root", lambda: str(blocker / "sub"))
    assert rx.compile(r"c+", 0).search("acc").group() == "cc"
    rx.flush()  # no exception


def test_trie_pattern_is_kept_and_matches_like_the_alternation(rx):
    from djlint.util.trie import trie_pattern

    words = ["政治意识", "政治判断力", "政治", "大局意识", "a.b"]
    pattern = trie_pattern(words)
    rx.flush()
    _fresh(rx)._load()
    assert ("trie", "\x00".join(sorted(words))) in rx._texts
    assert trie_pattern(reversed(words)) == pattern  # the same set, served from the cache
    text = "增强政治意识、政治判断力和大局意识，a.b 与 axb"
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    assert [m.group() for m in re.finditer(pattern, text)] == [m.group() for m in re.finditer(plain, text)]


def test_required_literal_reads_what_every_match_holds():
    from djlint.util.rx import required_literal

    assert required_literal("(?<!习近平)(?<!习近平同志)新时代中国特色社会主义思想") == "新时代中国特色社会主义思想"
    assert required_literal("(?<=纪律建设[，,]?)贯穿制度建设始终") == "贯穿制度建设始终"
    assert required_literal("不忘初心[ \\u3000]?牢记使命") == "不忘初心"
    assert required_literal("“[一二三]个意识”") == "个意识”"
    assert required_literal("ab?c") == "a" and required_literal("x\\.y+z") == "x.y"
    assert required_literal("(第[一二三]{1,3})次(全国人民代表大会)") == "全国人民代表大会"
    assert required_literal("(?:甲乙丙)?丁") == "丁" and required_literal("(?P<v>甲乙)+丙") == "甲乙"
    assert required_literal("(甲乙|丙丁)戊") == "戊"
    for unknown in ("a|b", "(?i)abc", "\\u3000", "[ab", "(ab", "\\p{Han}", "a{2}", "."):
        assert required_literal(unknown) is None, unknown


@pytest.mark.slow
def test_a_required_literal_is_in_every_match_of_random_patterns():
    """Random patterns of literals, classes, groups, lookarounds and quantifiers over a small
    alphabet: wherever one matches, its required literal stands in the text."""
    import random

    from djlint.util.rx import required_literal

    rnd = random.Random(28)
    alphabet = "甲乙丙丁ab"

    def piece(depth=0):
        k = rnd.random()
        if k < 0.45:
            return rnd.choice(alphabet)
        if k < 0.55:
            return "[" + "".join(rnd.sample(alphabet, 2)) + "]"
        if k < 0.6:
            return "."
        if k < 0.7 and depth < 2:
            inner = "".join(piece(depth + 1) for _ in range(rnd.randint(1, 3)))
            alt = "|" + "".join(piece(depth + 1) for _ in range(rnd.randint(1, 2))) if rnd.random() < 0.4 else ""
            quantifier = rnd.choice(["", "", "", "?", "*", "+", "{0,2}", "{1,2}", "+?"])
            return rnd.choice(["(", "(?:", "(?P<g>", "(?=", "(?!", "(?<=", "(?<!"]) + inner + alt + ")" + quantifier
        if k < 0.8:
            return rnd.choice(alphabet) + rnd.choice(["?", "*", "+", "{0,2}", "{1,2}", "*?", "+?"])
        return "\\" + rnd.choice(".-“")

    checked = 0
    for _ in range(3000):
        pattern = "".join(piece() for _ in range(rnd.randint(1, 6)))
        lit = required_literal(pattern)
        if lit is None:
            continue
        try:
            compiled = regex.compile(pattern)
        except regex.error:
            continue
        for _ in range(40):
            text = "".join(rnd.choice(alphabet + ".-“") for _ in range(rnd.randint(0, 12)))
            if compiled.search(text):
                checked += 1
                assert lit in text, (pattern, lit, text)
    assert checked > 2000


def test_longest_first_orders_words_of_one_length_by_code_point(rx):
    assert rx.longest_first({"建党", "中国共产党成立", "党成立", "中国共产党诞生"}) == ["中国共产党成立", "中国共产党诞生", "党成立", "建党"]


#: a draft that builds the patterns made from word sets: the anniversaries' forms (DJ7xx), the
#: collocation table's verbs, the adverbs said twice
_HASH_DRAFT = "今年是中国共产党成立100周年，新中国成立75年来成就巨大。\n我们彼此互相学习，认识到肩负的责任，发挥好作用。\n"


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_the_patterns_of_a_run_do_not_depend_on_the_string_hash(tmp_path, spelling_index_files):
    """The text of every pattern and remembered text a lint asks the cache for is the same in two
    processes with different string hashes (PYTHONHASHSEED): a pattern joined from a set in hash
    order has another text in every process, so the cache never holds it and every cold run compiles
    it afresh (four such patterns cost ~15 ms of a ~280 ms cold run)."""
    draft = tmp_path / "a.txt"
    draft.write_text(_HASH_DRAFT, encoding="utf-8")
    (tmp_path / "cache" / "djlint").mkdir(parents=True)
    for index_file in spelling_index_files:
        shutil.copy(index_file, tmp_path / "cache" / "djlint")
    code = ("import sys\nfrom djlint.util import rx\nkeys = set()\ncompile_, remember = rx.compile, rx.remember_text\n"
            "def spy(p, flags=0, engine='auto'):\n    keys.add(repr((engine, p, int(flags))))\n    return compile_(p, flags, engine)\n"
            "def spy_text(kind, key, build):\n    keys.add(repr((kind, key)))\n    return remember(kind, key, build)\n"
            "rx.compile, rx.remember_text = spy, spy_text\n"
            "from djlint.lint import lint_text\nfrom djlint.config import Config\n"
            "lint_text(open(sys.argv[1], encoding='utf-8').read(), Config(), 'a.txt')\n"
            "print(len(keys)); import hashlib; print(hashlib.sha1('\\n'.join(sorted(keys)).encode()).hexdigest())\n")
    outs = []
    for seed in ("0", "1", "2"):  # the first fills the caches (packs, patterns): a cold run asks for more
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, env=env)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout.split())
    assert int(outs[1][0]) > 100  # the rules' patterns were asked for
    assert outs[1] == outs[2]


def test_entries_of_another_version_go_when_they_outnumber_the_used_ones(rx):
    old = [rx.compile(f"旧版{i}+", 0) for i in range(6)]
    rx.flush()
    assert len(_fresh(rx)._load()) == len(old)
    rx.compile("新版a+", 0)  # the next version: one pattern of its own, six of the old never used
    rx.flush()
    assert set(_fresh(rx)._load()) == {("auto", "新版a+", 0)}


def test_a_run_that_uses_most_of_the_cache_keeps_the_rest(rx):
    for i in range(6):
        rx.compile(f"共用{i}+", 0)
    rx.flush()
    _fresh(rx)
    for i in range(4):
        rx.compile(f"共用{i}+", 0)
    rx.compile("新的+", 0)
    rx.flush()
    assert len(_fresh(rx)._load()) == 7  # two unused of seven: kept for the run that needs them


def test_a_run_that_only_reads_the_cache_never_rewrites_it(rx):
    for i in range(6):
        rx.compile(f"只读{i}+", 0)
    rx.flush()
    before = os.stat(rx._path()).st_mtime_ns
    _fresh(rx).compile("只读0+", 0)
    rx.flush()
    assert os.stat(rx._path()).st_mtime_ns == before
    assert len(_fresh(rx)._load()) == 6


def test_a_deferred_pattern_the_cache_holds_compiles_when_first_searched(rx, monkeypatch):
    """rx.deferred: a pattern the cache holds is compiled at its first search, then matches like compile's."""
    pattern = r"(?<=认真|进一步)(?P<w>落实|贯彻)"
    rx.regex(pattern)
    rx.flush()
    _fresh(rx)
    made = []
    real = rx._from_core
    monkeypatch.setattr(rx, "_from_core", lambda *a: made.append(a[1]) or real(*a))
    lazy = rx.deferred(pattern)
    assert isinstance(lazy, rx.Deferred) and lazy.pattern == pattern and made == []  # its text needs no compile
    text = "要进一步落实，认真贯彻"
    reference = regex.compile(pattern)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in reference.finditer(text)]
    assert lazy.search(text, 3, timeout=1.0).group("w") == "落实" and made == [pattern]
    assert lazy.match(text, 4).span() == reference.match(text, 4).span() and made == [pattern]  # compiled once
    assert lazy.groupindex == reference.groupindex and lazy.flags == rx.regex(pattern).flags


def test_a_deferred_pattern_the_cache_lacks_is_compiled_at_once(rx):
    """Not in the cache (or an entry another regex version wrote): compiled where it is loaded, so a wrong
    pattern fails there, as compile's does."""
    with pytest.raises(regex.error):
        rx.deferred(r"(unclosed")
    got = rx.deferred(r"\p{Han}{3}")
    assert not isinstance(got, rx.Deferred) and got.search("ab党建工作").group() == "党建工"
    rx.flush()
    entries = _fresh(rx)._load()
    kind, (_version, core) = entries[("regex", r"\p{Han}{3}", 0)]
    entries[("regex", r"\p{Han}{3}", 0)] = (kind, ("0.0.0", core))
    assert not isinstance(rx.deferred(r"\p{Han}{3}"), rx.Deferred)


def test_a_deferred_pattern_counts_as_used_by_its_run(rx):
    """A run that defers a cached pattern and never searches it keeps it in the cache (see flush)."""
    for i in range(6):
        rx.regex(f"延后{i}+")
    rx.flush()
    _fresh(rx)
    for i in range(6):
        assert isinstance(rx.deferred(f"延后{i}+"), rx.Deferred)
    rx.compile("新的一条+", 0)
    rx.flush()
    assert len(_fresh(rx)._load()) == 7


def test_a_deferred_pattern_copies_and_pickles_as_its_text(rx):
    import copy
    import pickle

    rx.regex(r"第[一二三]次")
    rx.flush()
    lazy = _fresh(rx).deferred(r"第[一二三]次")
    assert isinstance(lazy, rx.Deferred)
    for other in (copy.copy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert other.pattern == lazy.pattern and other.search("召开第二次会议").group() == "第二次"


def test_compiled_code_is_kept_as_bytes_and_read_back_as_the_list(rx):
    """The cache keeps each pattern's code words as the bytes of an array (speed47: marshal reads a list
    one int at a time); what is read back is the very list the parser made, for both engines."""
    stdlib_args = rx._compile_re(r"(?P<n>[0-9]+)项(?=工作)", 0)[1]
    regex_args = rx._compile_regex(r"[\p{Han}]{2}(?<=认真|进一步)", 0)[1]
    for packed, plain in ((rx._packed(stdlib_args), stdlib_args), (rx._packed(regex_args[1]), regex_args[1])):
        assert type(packed[1]) is bytes and len(packed[1]) == 4 * len(plain[1])
        assert rx._unpacked(packed) == plain and packed[2:] == plain[2:]
    rx.compile(r"(?P<n>[0-9]+)项(?=工作)", 0)
    rx.regex(r"[\p{Han}]{2}(?<=认真|进一步)", 0)
    rx.flush()
    with open(rx._path(), "rb") as fh:
        _stamp, entries, _texts = marshal.loads(fh.read())
    assert type(entries[("auto", r"(?P<n>[0-9]+)项(?=工作)", 0)][1][1]) is bytes
    assert type(entries[("regex", r"[\p{Han}]{2}(?<=认真|进一步)", 0)][1][1][1]) is bytes
    assert _fresh(rx).compile(r"(?P<n>[0-9]+)项(?=工作)", 0).search("共12项工作").group("n") == "12"
    assert rx.regex(r"[\p{Han}]{2}(?<=认真|进一步)", 0).search("要进一步落实").group() == "一步"


def test_code_that_does_not_pack_stays_a_list(rx):
    """A word that an unsigned 32-bit array cannot hold keeps the list (and a list, as FORMAT 2 kept it, is
    handed to the core as it is)."""
    args = (0, [1, 2**32, 3], 0, {}, (None,))
    assert rx._packed(args) is args and rx._packed((0, [-1], 0)) == (0, [-1], 0)
    assert rx._unpacked(args) is args
    rx.compile("列表+", 0)
    rx.flush()
    entries = _fresh(rx)._load()
    kind, packed = entries[("auto", "列表+", 0)]
    entries[("auto", "列表+", 0)] = (kind, rx._unpacked(packed))  # the list form
    assert rx.compile("列表+", 0).search("x列表表").group() == "列表表"


def test_a_record_init_is_compiled_once_and_read_back_from_the_cache(rx, monkeypatch):
    source = "def __init__(self, a, b=_default_b):\n    self.a = a\n    self.b = b"
    first = rx.remember_code(source, "<record T>")
    rx.flush()
    _fresh(rx)

    def no_compile(*a, **k):  # a hit is the kept code object, not compiled again
        raise AssertionError("compiled again")

    monkeypatch.setattr(rx.builtins, "compile", no_compile)
    again = rx.remember_code(source, "<record T>")
    assert again == first and again.co_filename == "<record T>"
    env = {"_default_b": 7}
    exec(again, env)  # noqa: S102 - the test's own source
    obj = type("T", (), {"__init__": env["__init__"]})(1)
    assert (obj.a, obj.b) == (1, 7)
    with pytest.raises(AssertionError):  # another source is compiled (and this test's stand-in says so)
        rx.remember_code(source + "\n    self.c = 0", "<record T>")


def test_records_defined_in_a_new_process_behave_alike_with_the_cache(tmp_path):
    import subprocess
    import sys

    code = ("from djlint.util.record import record, field\n"
            "@record\nclass P:\n    a: int\n    b: list = field(default_factory=list)\n    c: str = 'x'\n"
            "p = P(1); p.b.append(2); print(p, P(1, [2], 'x') == p, P(3).b is not P(3).b)")
    env = dict(__import__("os").environ, XDG_CACHE_HOME=str(tmp_path))
    env.pop("DJLINT_NO_REGEX_CACHE", None)
    outs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]  # the first compiles and keeps, the second reads the code back
    assert outs[0] == outs[1] == "P(a=1, b=[2], c='x') True True\n"
    assert any(n.startswith("regex-") for n in __import__("os").listdir(tmp_path / "djlint"))


def test_a_required_literal_is_kept_between_runs_none_included(rx, monkeypatch):
    from djlint.engine import kinds

    patterns = ["甲|乙", "甲乙(丙)?丁", "(?<=招聘)启示(?=会)", "x\\.y+z", "甲(?=乙)丙"]
    first = [rx.required_literal(p) for p in patterns]
    outside = [kinds._outside_groups(p) for p in patterns]
    assert first == [None, "甲乙", "启示", "x.y", "甲"] and outside == [None, None, "启示", None, "甲丙"]
    rx.flush()
    _fresh(rx)

    def no_reading(*a, **k):  # a kept answer is not worked out again
        raise AssertionError("read again")

    monkeypatch.setattr(rx, "_required_literal", no_reading)
    monkeypatch.setattr(kinds, "_read_outside_groups", no_reading)
    assert [rx.required_literal(p) for p in patterns] == first
    assert [kinds._outside_groups(p) for p in patterns] == outside
