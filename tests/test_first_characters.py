"""Patterns rewritten so that the standard library's search can jump to their first characters (one
class, or literals, first): an alternation whose branches begin with a class, or a pattern that begins
with a lookbehind or a repeat, is tried at every character of the text.  Each rewritten pattern finds,
with the same groups, what its first formulation found, over random strings of the characters that
matter to it."""
import random
import re

import pytest

from djlint.checks import number
from djlint.checks.facts import repeats
from djlint.checks.grammar import campaign, negation
from djlint.checks.grammar import text as grammar_text
from djlint.checks.number import NumberWording
from djlint.checks.numbering import enumerations
from djlint.util.zh import NUMERAL_CHARS, NUMERAL_RUN

_CLAUSE_MARKS = grammar_text.CLAUSE_MARKS
_ELLIPSIS = grammar_text.ITEM_ELLIPSIS

CASES = [
    # (name, the pattern now, its first formulation, the characters of the random strings)
    ("clause marks", grammar_text.CLAUSE_MARK_RE, "[" + _CLAUSE_MARKS + "]|" + _ELLIPSIS,
     "，,；;。！？!?：:……一二是要（(1、.．）)中文 \n"),
    ("up to the last mark", grammar_text._UP_TO_MARK, ".*(?:[" + _CLAUSE_MARKS + "]|" + _ELLIPSIS + ")",
     "，；。……一二是要（1、）中 \n"),
    ("inline label", enumerations._LABEL_BODY, "（" + NUMERAL_RUN + "）|" + NUMERAL_RUN + "、",
     "（）()一二三十、，是第中"),
    ("marker shape", enumerations._MARKER_SHAPE, NUMERAL_RUN + "是|第" + NUMERAL_RUN + "(?=[，,：:])",
     "第一二三十是，,：:中的"),
    ("loose mark", enumerations._LOOSE_MARK, "(" + NUMERAL_RUN + ")是(?![的否非])", "一二三十是的否非第，中"),
    ("把 with its negation", negation.PATTERNS[0].regex,
     r"(?<![" + NUMERAL_CHARS + r"两几这那哪])把(?!关|握|控|脉|手|持|守|玩|戏|柄|式|头|门|子|稳)"
     r"(?P<obj>[^，,。；;！？!?：:、“”（）()不没未]{1,20}?)(?P<neg>不|没有|没|未)(?:认真|努力|及时|真正|切实|好好|能|曾)?"
     r"(?P<v>" + negation._BA_VERBS + r")(?=[，,。；;！？!?]|$|了)",
     ["把", "把", "把工作", "把工作", "一", "这", "几", "关", "握", "工作", "问题", "不", "没有", "没", "未", "认真", "做好",
      "落实", "没有做好", "没有做好", "不落实", "不落实", "把问题", "未认真落实", "，", "。", "了"]),
    ("campaign", campaign._CAMPAIGN,
     r"(?<![作成认因行以])(?P<pre>为了?|要|将|必须)(?:深入|全面|认真|扎实|积极|切实|进一步|持续|不断|更好地?)*"
     r"(?P<v>学习宣传贯彻|学习贯彻|贯彻落实|贯彻)"
     r"(?:(?!开展|推进|组织|参加|参与|巩固|深化|启动|部署|做好|抓好|落实|结合|的)[^，,。；;！？!?：:、“”《》]){2,40}?"
     r"(?P<n>主题教育|学习教育|集中教育)(?=[，,。；;！？!?]|$)",
     ["作", "认", "以", "为", "为了", "要", "将", "必须", "必", "须", "深入", "学习贯彻", "贯彻", "党史", "主题教育", "学习教育",
      "开展", "，", "的", "为深入学习贯彻", "要贯彻", "主题教育。", "主题教育，", "党史学习教育"]),
    ("a title's character twice (DJ439)", repeats._TITLE_CHAR_TWICE,
     r"(?<!一)副副(?=[\u4e00-\u9fff])|(?<![陈自口叙表论描转复详概综上前讲阐著撰引评])述述(?=职|责|廉)",
     ["副", "副", "副副", "述", "述", "述述", "一", "陈", "评", "自", "职", "责", "廉", "会长", "中", "，", "a", " "]),
    ("what follows a digit (DJ611's prefilter)", NumberWording.prefilter[-1],
     r"[0-9](?:[%％万亿]|游客|党员|干部|群众|学生|职工|农户|居民|志愿者|村民|师生|教师|代表|选手|考生)|[0-9](?:全年|第?[一二三四]季度)",
     ["0", "2", "9", "%", "％", "万", "亿", "游客", "党员", "志愿者", "教师", "全年", "全", "年", "第", "一", "四", "季度", "季",
      "中", "，"]),
]


def _spans(pattern, s):
    return [(m.span(), m.groups()) for m in pattern.finditer(s)]


@pytest.mark.parametrize("name,now,first,alphabet", CASES, ids=[c[0] for c in CASES])
def test_the_rewritten_pattern_finds_what_its_first_formulation_found(name, now, first, alphabet):
    flags = now.flags & re.DOTALL
    before = re.compile(first, flags)
    rng = random.Random(name)
    found = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        want = _spans(before, s)
        found += bool(want)
        assert _spans(now, s) == want, s
        if name == "up to the last mark":  # clause_at asks it with an end: the ellipsis's test cannot see past it
            for end in range(len(s) + 1):
                a, b = before.match(s, 0, end), now.match(s, 0, end)
                assert (a and a.span()) == (b and b.span()), (s, end)
    assert found > 1000


def test_two_digit_years_are_found_as_before():
    from djlint.checks import number

    first_yy = r"(?<![0-9０-９.．\-—–~～/])([0-9]{2})"
    pairs = [(number._CANDIDATE, first_yy + "年"), (number._RANGE, first_yy + r"[—–\-~～至到]([0-9]{2})年"),
             (number._STRONG, first_yy + "年" + number._YEAR_SUFFIX)]
    rng = random.Random(611)
    pieces = ["23", "24", "9", "2023", "０", ".", "．", "-", "—", "~", "/", "年", "至", "到", "度", "上半年", "5月", "底",
              "第一季度", "第", "一", "，", "中", "23至24年", "22-23", "—24年", "-9年"]
    for now, first in pairs:
        before = re.compile(first)
        found = 0
        for _ in range(20000):
            s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
            want = _spans(before, s)
            found += bool(want)
            assert _spans(now, s) == want, s
            for at in range(len(s)):  # _STRONG is matched at a place
                a, b = before.match(s, at), now.match(s, at)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (s, at)
        assert found > 300


def _lookbehind_first(now: str, char: str, before: str) -> str:
    """The first formulation of ``now``: the test of the character before ``char`` ahead of it."""
    moved = char + "(?<![" + before + "]" + char + ")"
    assert moved in now
    return now.replace(moved, "(?<![" + before + "])" + char)


def test_a_test_of_the_character_before_moved_after_it_finds_the_same():
    from djlint.checks.grammar import blends, frame_verbs

    cases = [(blends.PATTERNS[0].regex, "受", "接感享承遭忍难蒙备身饱耐深",
              ["根据", "受", "受到", "接受", "感", "领导下，", "下", "，", "在", "的", "工作", "工作中，", "基础上，", "。",
               "疫情影响下，", "党员"]),
             (frame_verbs.PATTERNS[0].regex, "要", "主重需只纲摘提扼紧必不想还首次简概显将就也更都又才总为切",
              ["要", "重要", "主", "坚持", "求", "为", "为指导", "为核心", "以", "，", "党建", "工作", "作为", "要求",
               "党的建设"])]
    rng = random.Random(442)
    for pattern, char, before, pieces in cases:
        now = pattern.compiled
        first = re.compile(_lookbehind_first(now.pattern, char, before), now.flags)
        found = 0
        for _ in range(20000):
            s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
            want = [(m.span(), m.groupdict()) for m in first.finditer(s)]
            found += bool(want)
            assert [(m.span(), m.groupdict()) for m in now.finditer(s)] == want, s
        assert found > 200, pattern.pattern[:20]


def test_every_count_after_a_list_holds_what_is_searched_first():
    # DJ448 reads a paragraph's 、-lists only where _COUNT_NOUN finds the count's end (a class first): every
    # match of the list pattern holds one, so no list is passed over
    from djlint.checks.grammar import counts

    rng = random.Random(448)
    pieces = ["、", "德", "能", "勤", "党建", "等", "这", "共", "三", "五", "12", "个", "项", "方面", "要求", "，", "。", "阶段"]
    found = 0
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        m = counts._AFTER_LIST.search(s)
        if m is not None:
            found += 1
            assert counts._COUNT_NOUN.search(s, m.start("n"), m.end()) is not None, s
        elif counts._COUNT_NOUN.search(s) is None:
            assert not list(counts._AFTER_LIST.finditer(s))
    assert found > 100


def test_post_forms_before_a_name_by_their_last_character_are_the_forms_walked_in_order():
    # DJ431 asks only the post forms whose last character stands right before a name: the chain it finds is
    # the one walking every form (longest first) finds
    from djlint.checks.facts import leaders
    from djlint.engine.registry import build_registry

    ix = leaders.index_for(build_registry(()))
    forms = ix.before_forms

    def walked(text, s):
        out, end = [], s
        while True:
            form = leaders._form_before(text, end, forms)
            if form is None:
                return out
            out.append((end - len(form), end, form))
            end -= len(form)
            if end > 0 and text[end - 1] == "、":
                end -= 1
            else:
                return out

    rng = random.Random(431)
    pieces = list(forms[:12]) + ["副", "委", "、", "中共", "国家", "书记", "主席", "总理", "，", "同志"]
    found = 0
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for at in range(len(s) + 1):
            want = walked(s, at)
            found += bool(want)
            assert leaders._posts_before(ix, s, at) == want, (s, at)
    assert found > 1000


def test_equal_list_entries_have_the_same_name():
    # DJ402 compares a new candidate entry only with the taken ones of its name: that is every entry it can equal
    from djlint.checks.phrase.lexicon import Formulation
    from djlint.util.record import fields

    assert "name" in [f.name for f in fields(Formulation) if f.compare]
    a = Formulation(name="四个意识", source="s", members=["政治意识", "大局意识", "核心意识", "看齐意识"])
    b = Formulation(name="四个意识", source="s", members=["政治意识", "大局意识", "核心意识", "看齐意识"])
    c = Formulation(name="四个自信", source="s", members=["政治意识", "大局意识", "核心意识", "看齐意识"])
    assert a == b and a is not b and a != c


def test_every_count_with_men_holds_what_is_searched_first():
    # DJ441's 三位专家们 is searched only where its count's last character, a noun and 们 stand (also)
    from djlint.checks.grammar import overlap

    pattern = overlap.PATTERNS[-1]
    assert pattern.also is not None and "们" in pattern.regex.pattern
    rng = random.Random(441)
    pieces = ["三", "十余", "名", "位", "个", "许多", "不少", "各位", "多名", "专家", "同志", "领导", "的", "我", "们", "，", "和"]
    found = 0
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        if pattern.regex.search(s) is not None:
            found += 1
            assert pattern.also(s), s
    assert found > 300


def test_the_number_range_before_zuoyou_finds_what_its_first_formulation_found():
    # DJ441's range (3-4%左右, 三四个月左右): a class of its first characters first, the lookbehinds of its two
    # branches after it; the whole pattern, and the range alone, against the first formulation
    from djlint.checks.grammar import redundancy

    pattern = next(p for p in redundancy.PATTERNS if "(?P<range>" in p.regex.pattern).regex.compiled
    assert redundancy._RANGE in pattern.pattern
    whole = re.compile(pattern.pattern.replace(redundancy._RANGE, redundancy.RANGE_FIRST))
    pairs = [(pattern, whole), (re.compile(redundancy._RANGE), re.compile(redundancy.RANGE_FIRST))]
    pieces = ["3", "45", "０", "2023", ".", "．", ":", "：", "/", "-", "－", "～", "~", "—", "——", "至", "到", "%",
              "一", "两", "三", "四", "七", "八", "九", "十", "百", "千", "万", "半", "几", "数", "第", "周", "期", "拜",
              "个", "人", "月", "左右", "左右", "左右", "上下", "上下", "，", "。", "）", "约", "中", "\n"]
    rng = random.Random(4411)
    found = [0, 0]
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for i, (now, first) in enumerate(pairs):
            want = [(m.span(), m.groupdict()) for m in first.finditer(s)]
            found[i] += bool(want)
            assert [(m.span(), m.groupdict()) for m in now.finditer(s)] == want, s
            at = rng.randint(0, len(s))
            assert [m.span() for m in now.finditer(s, at)] == [m.span() for m in first.finditer(s, at)], (s, at)
    assert found[0] > 150 and found[1] > 1000, found


#: a test of the character before a character (or a class of them) moved after it: ``C(?<![X]C)`` for the first
#: formulation ``(?<![X])C``.  At offset i both say text[i] is C and text[i-1] is not in X (at the text's start
#: neither lookbehind has room, so both pass); the search jumps to C instead of trying every character
#: (the character after the class is read apart from the one before it: a move written with another character
#: is undone into a different first formulation, and the comparison fails)
_MOVED = re.compile(r"([一-龥]|\[[一-龥]+\])\(\?<!\[([^\]\\]+)\]([一-龥]|\[[一-龥]+\])\)")


def _moved_first(source: str) -> str:
    return _MOVED.sub(lambda m: "(?<![" + m.group(2) + "])" + m.group(1), source)


def _grammar_sources_with_a_moved_lookbehind() -> dict:
    import importlib
    import pkgutil

    import djlint.checks.grammar as family
    from djlint.checks.grammar.base import Pattern
    from djlint.engine.patterns import LazyPattern

    found = {}
    for info in pkgutil.iter_modules(family.__path__):
        module = importlib.import_module("djlint.checks.grammar." + info.name)
        for name, value in vars(module).items():
            for v in value if isinstance(value, tuple) else (value,):
                source = v.regex.source if isinstance(v, Pattern) else v.source if isinstance(v, LazyPattern) else None
                if source and _MOVED.search(source):
                    found.setdefault(source, f"{info.name}.{name}")
    return found


@pytest.mark.slow
def test_every_moved_lookbehind_of_the_grammar_family_finds_what_its_first_formulation_found():
    # the 语病 family's rule cases, and each with the character before a moved one replaced by one of its class
    # and by one outside it; and random strings of the pattern's own words and the classes' characters
    import regex

    from djlint.engine.cases import cases_of
    from djlint.engine.registry import build_registry

    registry = build_registry(())
    texts = [case.text for code, rule in sorted(registry.rules.items()) if code.startswith("DJ44")
             for case in cases_of(rule)]
    sources = _grammar_sources_with_a_moved_lookbehind()
    assert len(sources) >= 40, len(sources)
    rng = random.Random(2644)
    matched = 0
    for source, where in sources.items():
        try:
            now, first = re.compile(source), re.compile(_moved_first(source))
        except re.error:  # regex-module syntax
            now, first = regex.compile(source), regex.compile(_moved_first(source))
        assert first.pattern != source
        moved = _MOVED.findall(source)
        classes = "".join(x for _c, x, _again in moved)
        pieces = sorted(set(re.findall("[一-龥]+", source)) | set(classes) | set("，。“”《》、的"))
        tried = list(texts)
        for t in texts:
            for i in (i for i in range(1, len(t)) if any(re.fullmatch(c, t[i]) for c, _x, _again in moved)):
                tried.append(t[:i - 1] + rng.choice(classes) + t[i:])
                tried.append(t[:i - 1] + "中" + t[i:])
        tried += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
        for s in tried:
            want = [(m.span(), m.groups()) for m in first.finditer(s)]
            matched += bool(want)
            assert [(m.span(), m.groups()) for m in now.finditer(s)] == want, (where, s)
    assert matched > 3000, matched


def test_every_year_without_its_nian_is_in_a_paragraph_the_bare_year_search_finds():
    """DJ603 reads _NO_NIAN only in the paragraphs _BARE_YEAR finds: a paragraph with a match of the one has one of the other."""
    alphabet = ["19", "20", "5", "9", "0", "2", "3", "2023", "2023", "1995", "工作", "工作", "日", "人员", "政府", "信息", "教育系统", "上半年", "下半年", "全",
                "省", "市", "人", "我", "局", "第", "-", ".", "（", "中", "，", "年"]
    rng = random.Random("DJ603")
    found = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        gated = any(p.search(s) for p in number._BARE_YEAR)
        # (the years of both centuries _NO_NIAN reads, each pattern searched from its two digits: never more than the
        # one pattern of four digits of any century found)
        assert not gated or re.search(r"[0-9]{4}(?:工作|政府|教育|[上下]半|全|我)", s), s
        if number._NO_NIAN.search(s):
            found += 1
            assert gated, s
    assert found > 100
