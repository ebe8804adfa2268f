"""DJ4xx: generated tests over the lexicon and the wrong-word table, a 20,000-character body of
correct prose that must stay silent, and the loader's refusal of entries without a source."""
import os

import pytest
import regex
import yaml

from djlint.engine import build_registry
from djlint.errors import RuleLoadError
from djlint.lint import lint_path, lint_text
from djlint.writeback.textfix import apply_text_fixes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "rules", "phrase", "lexicon")
with open(os.path.join(DATA, "formulations.yaml"), encoding="utf-8") as _fh:
    ENTRIES = yaml.safe_load(_fh)["formulations"]
with open(os.path.join(ROOT, "rules", "phrase", "data", "wrong-words.tsv"), encoding="utf-8") as _fh:
    ROWS = [l.rstrip("\n").split("\t") for l in _fh if l.strip() and not l.startswith("#")]
with open(os.path.join(ROOT, "rules", "phrase", "data", "variant-forms.tsv"), encoding="utf-8") as _fh:
    VARIANT_ROWS = [l.rstrip("\n").split("\t") for l in _fh if l.strip() and not l.startswith("#")]


def dj4(text, year=None, select=("DJ4",)):
    head = f"{year}年度党建工作情况报告\n" if year else ""
    return [d for d in lint_text(head + text + "\n", {"select": list(select)}) if d.code.startswith("DJ4")]


def ids(entries):
    return [e["name"][:12] for e in entries]


def test_lexicon_size_and_sources():
    assert len(ENTRIES) >= 150
    assert all(e.get("source") for e in ENTRIES)
    assert len(ROWS) >= 300
    assert all(len(r) >= 4 and r[3].strip() for r in ROWS), "every wrong-word entry names its source"


CURRENT = [e for e in ENTRIES if not e.get("until")]


@pytest.mark.parametrize("entry", CURRENT, ids=ids(CURRENT))
def test_correct_formulation_is_silent(entry):
    year = max(2025, year_of(entry.get("since")))
    text = f"机关党委组织党员认真学习{entry['name']}，结合实际抓好贯彻落实。"
    assert [(d.code, d.message) for d in dj4(text, year)] == []


VARIANTS = [(e, v) for e in ENTRIES for v in e.get("variants") or []]


def year_of(value) -> int:
    """2016 or "2016-07" -> 2016."""
    return int(str(value)[:4]) if value else 0


@pytest.mark.parametrize("entry,variant", VARIANTS, ids=[v["pattern"][:14] for _e, v in VARIANTS])
def test_known_wrong_variant_fires_and_its_fix_gives_the_canonical_text(entry, variant):
    example = variant.get("example") or variant["pattern"]
    assert regex.search(variant["pattern"], example), "the example must match its pattern"
    if variant.get("fix") and regex.escape(variant["pattern"]) != variant["pattern"]:
        assert variant.get("fixed"), "a pattern variant with a fix says what its example becomes (fixed)"
    year = max(2025, year_of(variant.get("since")))
    # a variant that needs a word in the document (习近平) gets it in a sentence of its own; “习近平指出，……”
    # would make the example Xi's own words, which no variant rewrites
    text = f"{year}年度党建工作情况报告\n" + (variant.get("requires", "") + "同志主持会议。") * bool(variant.get("requires")) \
        + f"{example}。\n"
    found = [d for d in lint_text(text, {"select": ["DJ401"]})]
    assert found, text
    if variant.get("fix"):
        fixed, n = apply_text_fixes(text, found, unsafe=True)
        expected = variant.get("fixed") or example.replace(variant["pattern"], variant["fix"])
        assert n == 1 and expected in fixed, fixed
        assert lint_text(fixed, {"select": ["DJ401"]}) == [], "the fixed text is canonical"


FUZZY = [e for e in CURRENT if e.get("fuzzy", True) and len(e["name"]) >= 8 and not e["name"].startswith("《")]


def mutate(name):
    """One wrong character in the middle, not a numeral, a joiner or punctuation."""
    for i in range(len(name) // 2, len(name) - 1):
        if name[i] not in "一二三四五六七八九十两和、，及与“”的之为了":
            return name[:i] + "甲" + name[i + 1:]
    return None


@pytest.mark.parametrize("entry", FUZZY, ids=ids(FUZZY))
def test_one_character_off_fires(entry):
    bad = mutate(entry["name"])
    if bad is None:
        pytest.skip("no mutable character")
    found = dj4(f"要认真落实{bad}的要求。", max(2025, year_of(entry.get("since"))), select=("DJ404", "DJ401"))
    assert any(d.code == "DJ404" and d.fix and d.fix.replacement == entry["name"] for d in found), found


MEMBERS = [e for e in ENTRIES if len(e.get("members") or []) >= 3 and e.get("sep", "、")]


@pytest.mark.parametrize("entry", MEMBERS, ids=ids(MEMBERS))
def test_members_out_of_order_fire(entry):
    members = entry["members"]
    sep = entry.get("sep", "、")
    swapped = [members[1], members[0]] + members[2:]
    text = f"全体党员要做到{sep.join(swapped)}。"
    found = dj4(text, max(2025, year_of(entry.get("since"))), select=("DJ402",))
    assert found and found[0].fix is not None and found[0].fix.replacement == sep.join(members)
    assert dj4(f"全体党员要做到{sep.join(members)}。", max(2025, year_of(entry.get("since"))), select=("DJ402",)) == []


DATED = [e for e in ENTRIES if year_of(e.get("since")) > 2000]


@pytest.mark.parametrize("entry", DATED, ids=ids(DATED))
def test_formulation_used_before_it_existed(entry):
    """An annual report of year Y is written from January of Y to March of Y+1: a formulation
    first used in April of Y+1 or later cannot be in it; one first used in early Y+1 (or in a
    year with no month known) can."""
    text = f"认真学习{entry['name']}。"
    since = year_of(entry["since"])
    month = int(str(entry["since"])[5:] or 0) if "-" in str(entry["since"]) else None
    assert any(d.code == "DJ403" for d in dj4(text, since - 2, select=("DJ403",)))
    earlier = dj4(text, since - 1, select=("DJ403",))
    assert bool(earlier) == (month is not None and month >= 4), "a year-Y report may be written until March of Y+1"
    assert not dj4(text, since, select=("DJ403",))
    assert not dj4(text, None, select=("DJ403",)), "the year unknown: nothing that depends on it"


def test_old_wording_after_it_was_replaced():
    found = dj4("紧密团结在以习近平同志为总书记的党中央周围。", 2023, select=("DJ403",))
    assert found and found[0].fix.replacement == "以习近平同志为核心的党中央" and not found[0].fix.safe


def test_missing_member_after_the_name_and_a_stranger():
    assert "少了“看齐意识”" in dj4("增强“四个意识”，即政治意识、大局意识、核心意识。", 2025)[0].message
    msgs = [d.message for d in dj4("树牢政治意识、大局意识、服务意识、看齐意识。", 2025)]
    assert any("“服务意识”不是“四个意识”的内容" in m for m in msgs)


def test_subsets_and_short_lists_are_silent():
    for text in ("严明政治纪律和组织纪律。", "推动数字、绿色、创新等领域合作。", "坚决反对官僚主义、形式主义。"):
        assert dj4(text, 2025, select=("DJ402",)) == []


def test_near_miss_edges_and_numerals_are_silent():
    for text in ("落实意识形态工作责任清单。", "学习党的十九届五中全会精神。", "实现第一个百年奋斗目标。",
                 "坚持以党的政治建设统领各项工作。"):
        assert dj4(text, 2025, select=("DJ404",)) == [], text


def test_name_dropped_where_the_name_appears_or_in_a_units_own_text():
    """The short form is his own: his reports and speeches name the thought without his name.  A
    text that names him, or a unit's own report, plan or notice (by its title), writes it in full."""
    text = "坚持用新时代中国特色社会主义思想统一思想。"
    speech = lambda body: [d for d in lint_text(f"同志们：\n{body}\n", {"select": ["DJ401"]})]
    assert speech(text) == []  # a speech that never names him: maybe his own
    assert speech("习近平总书记强调要抓好学习。" + text)
    assert dj4(text, 2025, select=("DJ401",))  # 2025年度党建工作情况报告: a unit's own report
    for title in ("关于开展理论学习的通知", "2025年理论学习中心组学习计划", "述职报告"):
        assert lint_text(f"{title}\n{text}\n", {"select": ["DJ401"]}), title
    assert lint_text(f"在全市宣传工作会议上的讲话\n{text}\n", {"select": ["DJ401"]}) == []
    # quoting him or the congress report, or the congress's theme, is his wording
    for quoted in ("习近平总书记指出，要坚持用新时代中国特色社会主义思想统一思想。",
                   "党的二十大报告强调，坚持用新时代中国特色社会主义思想统一思想。",
                   "高举中国特色社会主义伟大旗帜，全面贯彻新时代中国特色社会主义思想。"):
        assert dj4(quoted, 2025, select=("DJ401",)) == [], quoted


def test_consistency_inside_one_document():
    # the 19th Congress theme (comma) and the campaign's name (顿号) are both right in one report
    assert dj4("开展“不忘初心、牢记使命”主题教育。\n牢记“不忘初心，牢记使命”。", 2019, select=("DJ405",)) == []
    found = dj4("开展“五比五看”活动。\n深化“六比六看”成果。", 2025, select=("DJ405",))
    assert len(found) == 1 and "“五比五看”" in found[0].message and found[0].line == 3


# -- wrong words ----------------------------------------------------------------------------

@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_wrong_word_fires_and_right_form_is_silent(row):
    wrong, rights = row[0], row[1].split("|")
    found = [d for d in lint_text(f"文稿中出现了（{wrong}）。\n", {"select": ["DJ411"]})]
    if len(row) > 2 and row[2].strip():  # a row with a note (a proper name also written so): no fix
        assert found and found[0].fix is None and row[2] in found[0].message, wrong
    else:
        assert found and found[0].fix is not None and found[0].fix.replacement == rights[0], wrong
    for right in rights:
        assert lint_text(f"文稿中出现了（{right}）。\n", {"select": ["DJ411"]}) == [], right


@pytest.mark.parametrize("row", VARIANT_ROWS, ids=[r[0] for r in VARIANT_ROWS])
def test_variant_form_is_told_once_and_its_recommended_form_is_silent(row):
    """Every row of variant-forms.tsv: the variant is DJ419's alone (no DJ411 or DJ421 finding beside
    it) with the recommended form as its fix, and the recommended form draws no DJ4xx finding."""
    variant, right = row[0], row[1].split("|")[0]
    found = [(d.code, d.fix.replacement if d.fix else None) for d in lint_text(f"文稿中写作“{variant}”。\n", {"select": ["DJ4"]})]
    assert found == [("DJ419", right)], variant
    assert lint_text(f"文稿中写作“{right}”。\n", {"select": ["DJ4"]}) == [], right


def test_a_listed_wrong_word_is_never_also_a_variant_form():
    """A DJ411 row that holds a variant (重蹈复辙, 积极份子) is DJ411's: DJ419 says nothing there."""
    both = [row[0] for row in ROWS
            if any(d.code == "DJ419" for d in lint_text(f"文稿中出现了（{row[0]}）。\n", {"select": ["DJ411", "DJ419"]}))]
    assert both == []


def test_wrong_word_never_fires_inside_another_word():
    assert lint_text("除了望远镜以外，其他设备都已到位。\n", {"select": ["DJ411"]}) == []


# -- the correct-prose body ------------------------------------------------------------------

@pytest.mark.slow
def test_correct_prose_body_is_silent_for_phrases_punctuation_and_numbers():
    import sys

    sys.path.insert(0, os.path.join(ROOT, "fixtures", "prose"))
    from build_prose import build, right_forms

    text = build()
    assert len(text) >= 20_000
    names = [e["name"] for e in CURRENT]
    assert sum(name in text for name in names) >= 0.9 * len(names)
    assert all(r in text for r in right_forms())
    diags = lint_text(text, {"select": ["DJ4", "DJ5", "DJ6"]})
    assert [(d.line, d.code, d.message) for d in diags] == []
    with open(os.path.join(ROOT, "fixtures", "prose", "correct-prose.txt"), encoding="utf-8") as fh:
        assert fh.read() == text, "run python fixtures/prose/build_prose.py"


def _org_pack(tmp_path, formulations: str):
    """A unit's rule pack whose lexicon is ``formulations`` (YAML)."""
    pack = tmp_path / "org"
    (pack / "data").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: org\n", encoding="utf-8")
    (pack / "data" / "formulations.yaml").write_text(formulations, encoding="utf-8")
    return pack


def test_entry_without_source_does_not_load(tmp_path):
    pack = _org_pack(tmp_path, "formulations:\n  - name: 三抓三促\n")
    from djlint.checks.phrase import lexicon_for

    with pytest.raises(RuleLoadError, match="source"):
        lexicon_for(build_registry((str(pack),)))


def test_user_pack_adds_formulations(tmp_path):
    pack = _org_pack(tmp_path, "formulations:\n  - name: 三抓三促\n    variants: [{pattern: 三抓三推, fix: 三抓三促}]\n"
                               "    source: 本单位文件\n")
    found = [d for d in lint_text("开展三抓三推行动。\n", {"rule-packs": [str(pack)], "select": ["DJ401"]})]
    assert found and found[0].fix.replacement == "三抓三促"


# -- correct prose per report year -------------------------------------------------------------

YEARS_DIR = os.path.join(ROOT, "fixtures", "prose", "years")
YEAR_FILES = sorted(f for f in os.listdir(YEARS_DIR) if f.endswith(".txt"))


def test_there_is_a_correct_report_for_each_period():
    assert [f[:4] for f in YEAR_FILES] == ["2013", "2015", "2018", "2021", "2024"]


@pytest.mark.parametrize("name", YEAR_FILES)
def test_formulations_right_for_their_year_are_silent(name):
    """Each report uses the formulations of its own year (三个自信 in 2013, 四个全面 with 全面建成
    小康社会 in 2015 and 2018, 不易腐 in 2013): none is flagged."""
    diags = lint_path(os.path.join(YEARS_DIR, name), {"select": ["DJ4"]})
    assert [(d.line, d.code, d.message) for d in diags] == []


def test_the_same_reports_dated_a_decade_later_are_flagged():
    """The year decides: the 2013 report's formulations, in a 2024 report, are out of date."""
    with open(os.path.join(YEARS_DIR, "2013.txt"), encoding="utf-8") as fh:
        text = fh.read()
    diags = lint_text(text, {"select": ["DJ4"], "year": 2024})
    flagged = {text.splitlines()[d.line - 1][d.column - 1:d.end_column - 1] for d in diags}
    assert {"以习近平同志为总书记的党中央", "《中国共产党党员领导干部廉洁从政若干准则》"} <= flagged


def test_safe_fixes_leave_correct_prose_unchanged(tmp_path):
    """`djlint --fix` on every correct-prose fixture changes nothing."""
    import shutil

    from click.testing import CliRunner

    from djlint.cli import main

    sources = [os.path.join(YEARS_DIR, f) for f in YEAR_FILES] + [
        os.path.join(ROOT, "fixtures", "prose", n) for n in ("correct-prose.txt", "handwritten.txt")]
    copies = []
    for src in sources:
        dst = tmp_path / os.path.basename(src)
        shutil.copyfile(src, dst)
        copies.append((src, dst))
    result = CliRunner().invoke(main, ["--no-cache", "--fix", *[str(d) for _s, d in copies]])
    assert result.exit_code in (0, 1), result.output
    for src, dst in copies:
        with open(src, encoding="utf-8") as a, open(dst, encoding="utf-8") as b:
            assert a.read() == b.read(), f"--fix changed {os.path.basename(src)}"


def test_a_pack_variant_anchored_to_the_paragraph_still_finds_it(tmp_path):
    """DJ401 finds its paragraphs with one search of the whole document, unless a variant looks at
    a paragraph's edges (^, $) or could match across them: then it checks paragraph by paragraph."""
    pack = _org_pack(tmp_path, "formulations:\n  - name: 三抓三促\n    variants: [{pattern: '三抓三推$', fix: 三抓三促}]\n"
                               "    source: 本单位文件\n")
    from djlint.checks.phrase import lexicon_for

    assert not lexicon_for(build_registry((str(pack),))).variant_joinable
    assert lexicon_for(build_registry()).variant_joinable
    found = lint_text("第一段。\n深入开展三抓三推\n第三段。\n", {"rule-packs": [str(pack)], "select": ["DJ401"]})
    assert [d.line for d in found] == [2]


def test_word_pairs_never_report_what_another_spelling_rule_reports():
    """DJ425 (a word decided by its context) and the list rules (DJ411, DJ421…) must not both
    report the same characters: on every DJ425 case text, no DJ425 finding overlaps another DJ4xx one."""
    import os

    import yaml

    from djlint.lint import lint_text

    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "cases", "DJ425.yaml")
    with open(path, encoding="utf-8") as fh:
        cases = yaml.safe_load(fh)
    checked = 0
    for name, case in cases.items():
        found = lint_text(case["text"], {"select": ["DJ4"]})
        pairs = [d for d in found if d.code == "DJ425"]
        others = [d for d in found if d.code != "DJ425"]
        checked += len(pairs)
        for d in pairs:
            clash = [o.code for o in others if o.line == d.line and o.start < d.end and d.start < o.end]
            assert not clash, f"{name}: DJ425 and {clash} both report {d.paragraph.text[d.start:d.end]}"
    assert checked > 40


def test_a_de_that_the_de_rules_report_is_not_reported_again_by_dj421():
    """经的起、来的及: DJ421 reads 的 as a homophone slip inside the words 经得起、来得及, DJ422 as 的 before a complement;
    one slip, one finding (DJ421 defers to DJ413 and DJ422 as it does to DJ411's list).  Where DJ422 is silent
    (来的及: 及 is no complement it lists), DJ421 keeps what it finds."""
    from djlint.lint import lint_text

    found = lint_text("党员干部要经的起考验，关键时刻冲的上。\n", {"select": ["DJ4"]})
    assert [(d.code, d.paragraph.text[d.start:d.end]) for d in found] == [("DJ422", "的"), ("DJ422", "的")]
    alone = lint_text("整改时间还来的及。\n", {"select": ["DJ4"]})
    assert [(d.code, d.paragraph.text[d.start:d.end]) for d in alone] == [("DJ421", "来的及")]


def test_a_quotations_close_is_found_mark_to_mark_as_character_by_character():
    """phrase/context._closing jumps from one quotation mark to the next: the same close as the walk
    over every character it replaced, nested and unbalanced quotations and a missing close included."""
    import random

    from djlint.checks.phrase.context import _closing

    def walk(text, i):
        depth, j = 0, i
        while j < len(text):
            if text[j] == "“":
                depth += 1
            elif text[j] == "”":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        return j

    rnd = random.Random(23)
    for _ in range(5000):
        text = "".join(rnd.choice("“”“”党建，。") for _ in range(rnd.randint(0, 30)))
        for i in range(len(text) + 1):
            assert _closing(text, i) == walk(text, i), (text, i)


@pytest.mark.slow
def test_a_list_written_whole_is_passed_over_only_where_the_full_check_finds_nothing(monkeypatch):
    """DJ402 passes over a list written whole, joined by 、, each member once (members._written_whole):
    over generated paragraphs of every 、-joined list (the list whole, then a member again, a stranger,
    the list reordered, a member dropped or one character changed, before or after it), the findings are
    those of the full check with the shortcut off, and the shortcut is taken in some of them."""
    import random

    from djlint.checks.phrase import members as mod

    lists = [e for e in ENTRIES if len(e.get("members") or []) >= 2 and e.get("sep", "、") == "、"]
    rnd = random.Random(24)
    texts = []
    for e in lists:
        ms = list(e["members"])
        whole = "、".join(ms)
        swapped = "、".join([ms[1], ms[0]] + ms[2:])
        near = "、".join(ms[:-1] + [ms[-1][:-1] + ("党" if ms[-1][-1] != "党" else "国")])
        for extra in (ms[0], ms[-1], "服务意识", swapped, "、".join(ms[1:]), near, "、".join(ms[:-1]), e["name"]):
            for joined in (f"{whole}，{extra}", f"{extra}，{whole}", f"{whole}、{extra}", f"“{e['name']}”，即{whole}"):
                texts.append(f"全体党员要做到{joined}。")
        texts.append(f"{rnd.choice(['坚持', '增强', '做到'])}{whole}。")
    taken = []
    real = mod._written_whole

    def spy(text, ms):
        got = real(text, ms)
        taken.append(got)
        return got

    def run():
        return [[(d.line, d.column, d.end_column, d.message) for d in dj4(t, 2025, select=("DJ402",))] for t in texts]

    monkeypatch.setattr(mod, "_written_whole", spy)
    fast = run()
    monkeypatch.setattr(mod, "_written_whole", lambda text, ms: False)
    assert run() == fast
    assert sum(taken) > 50 and not all(taken)


def test_a_slip_in_a_formulation_is_one_finding_not_two():
    """DJ421 and DJ404 both see 政治声态 in 风清气正的政治生态: the formulation's finding (with its fix) is the one
    shown, as DJ401's variants replace DJ421's; a slip outside any formulation is still DJ421's."""
    found = lint_text("营造风清气正的政治声态，维护群众切实利益。\n", {"select": ["DJ4"]})
    assert [(d.code, d.column) for d in found if d.code in ("DJ404", "DJ421")] == [("DJ404", 3), ("DJ421", 17)], found
