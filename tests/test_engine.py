import os
import subprocess
import sys
import textwrap

import pytest

from djlint.document import read_bytes
from djlint.engine import DOC_HEADINGS, Finding, Rule, build_registry, run_rules
from djlint.errors import RuleLoadError


class Boom(Rule):
    """总是出错的规则（测试用）"""

    code = "TST101"
    name = "boom"
    source = "测试"

    def check_paragraph(self, p, ctx):
        if "坏" in p.text:
            raise KeyError("boom")
        yield Finding(p, 0, 1, "首字")


def test_a_rule_that_raises_becomes_one_internal_finding():
    doc = read_bytes("a.txt", "好段落\n坏段落\n又一个坏段落\n好\n".encode())
    diags = run_rules(doc, [Boom()])
    codes = [(d.code, d.line) for d in diags]
    assert codes.count(("TST101", 1)) == 1 and ("TST101", 4) in codes
    internal = [d for d in diags if d.code == "DJ902"]
    assert len(internal) == 1 and "TST101" in internal[0].message and "另有 1 处" in internal[0].message


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_catastrophic_user_pattern_times_out_and_the_rest_goes_on(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: slow\n", encoding="utf-8")
    (pack / "slow.yaml").write_text(textwrap.dedent("""\
        code: ORG101
        name: slow-pattern
        kind: pattern
        summary: 回溯灾难
        source: 测试
        pattern: '(?:a|aa)+b'
    """), encoding="utf-8")
    from djlint import lint_text

    # a b after the run: the pattern's literal (its derived prefilter) is there, so it runs and backtracks
    text = "会议x次\n" + "a" * 40 + "，b\n"
    diags = lint_text(text, {"rule-packs": [str(pack)]})
    codes = sorted(d.code for d in diags)
    assert codes == ["DJ201", "DJ903"]


@pytest.mark.parametrize("body, message", [
    ("code: ORG1\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\n", "代码"),
    ("code: ORG101\nname: Bad_Name\nkind: pattern\nsummary: s\nsource: s\npattern: a\n", "name"),
    ("code: ORG101\nname: x\nkind: nope\nsummary: s\nsource: s\n", "未知的规则类型"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nsevertiy: error\n", "未知的键 severtiy"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: '(a'\n", "正则表达式无效"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\npattern: a\n", "缺少依据"),
    ("code: [\n", "YAML 格式错误"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nprefilter: '(a'\n", "prefilter"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nprefilter: []\n", "prefilter"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nmessage_after: {after: b}\n", "message_after"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nmessage_after:\n- {after: '(b', message: m}\n",
     "正则表达式无效"),
    ("code: ORG101\nname: x\nkind: pattern\nsummary: s\nsource: s\npattern: a\nnumber_cell: {cell: x}\n", "number_cell"),
    ("code: ORG101\nname: x\nkind: pairs\nsummary: s\nsource: s\npairs: []\n", "pairs 须为列表"),
    ("code: ORG101\nname: x\nkind: pairs\nsummary: s\nsource: s\npairs:\n- {pattern: 'a', right: b, why: c}\n", "pairs 第1项"),
    ("code: ORG101\nname: x\nkind: pairs\nsummary: s\nsource: s\n"
     "pairs:\n- {pattern: '(?:启示|启事)', right: b, why: c, source: d}\n", "固定的词"),
    ("code: ORG101\nname: x\nkind: pairs\nsummary: s\nsource: s\nmessage: '{who}'\n"
     "pairs:\n- {pattern: '启示', right: b, why: c, source: d}\n", "message 只能用"),
])
def test_pack_loader_is_strict(tmp_path, body, message):
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "r.yaml").write_text(body, encoding="utf-8")
    from djlint.engine import Registry
    from djlint.engine.packs import load_pack_dir

    with pytest.raises(RuleLoadError) as e:
        load_pack_dir(Registry(), str(pack), "test")
    assert message in str(e.value) and "r.yaml" in str(e.value) or message in str(e.value)


def test_a_built_in_category_folder_without_pack_yaml_is_an_error_not_left_out(tmp_path):
    """A newcomer's rules/residue/x.yaml, where rules/residue/ is no pack yet, used to load nothing silently."""
    from djlint.engine import registry

    base = tmp_path / "rules"
    for name, files in {"residue": ["wechat-prompt.yaml"], "cases": ["DJ709.yaml"], "notes": ["a.txt"]}.items():
        (base / name).mkdir(parents=True)
        for f in files:
            (base / name / f).write_text("code: DJ709\n", encoding="utf-8")
    with pytest.raises(RuleLoadError, match=r"residue: 规则包缺少 pack\.yaml"):
        registry.load_builtin_packs(registry.Registry(), str(base))
    (base / "residue" / "wechat-prompt.yaml").unlink()
    registry.load_builtin_packs(registry.Registry(), str(base))  # the case files and a folder of no YAML are no packs


def test_a_code_defined_twice_names_both_files(tmp_path):
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "dup.yaml").write_text("code: DJ201\nname: dup\nkind: pattern\nsummary: s\nsource: s\npattern: a\n",
                                   encoding="utf-8")
    with pytest.raises(RuleLoadError) as e:
        build_registry((str(pack),))
    assert "规则代码 DJ201 重复" in str(e.value) and "dup.yaml" in str(e.value)
    assert os.path.join("placeholder", "unfilled-placeholder.yaml") in str(e.value)


def test_substitution_kind_with_data_file_and_token_boundary(tmp_path):
    pack = tmp_path / "p"
    (pack / "data").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "data" / "words.tsv").write_text("既使\t即使\n做为\t作为\n", encoding="utf-8")
    (pack / "w.yaml").write_text("code: ORG201\nname: org-words\nkind: substitution\nsummary: 错别字\n"
                                 "source: 测试\ndata: data/words.tsv\nboundary: none\n", encoding="utf-8")
    from djlint import lint_text

    diags = [d for d in lint_text("既使困难再大，也要做为表率。\n", {"rule-packs": [str(pack)]}) if d.code == "ORG201"]
    assert [(d.column, d.message, d.fix.replacement) for d in diags] == [
        (1, "“既使”应为“即使”", "即使"), (10, "“做为”应为“作为”", "作为")]


def test_pairs_kind_reports_a_word_only_in_its_deciding_context(tmp_path):
    """kind: pairs — the word the regex consumes, with lookarounds that decide; the suggestion is
    per pair and never applied automatically."""
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "w.yaml").write_text(
        "code: ORG202\nname: org-pairs\nkind: pairs\nsummary: 易混词\nsource: 测试\n"
        "message: '“{match}”应为“{replacement}”（{why}）'\npairs:\n"
        "- {pattern: '(?<=招聘)启示', right: 启事, why: 告知的文字, source: 词典}\n"
        "- {pattern: '登陆(?=平台)', right: 登录, why: 进入系统, source: 词典}\n", encoding="utf-8")
    from djlint import lint_text

    diags = [d for d in lint_text("发布招聘启示，登陆平台；几点启示，台风登陆。\n", {"rule-packs": [str(pack)]})
             if d.code == "ORG202"]
    assert [(d.column, d.message, d.fix.replacement, d.fix.safe) for d in diags] == [
        (5, "“启示”应为“启事”（告知的文字）", "启事", False), (8, "“登陆”应为“登录”（进入系统）", "登录", False)]


@pytest.mark.slow
def test_registry_metadata_is_complete():
    """Every rule has a summary and a source; djlint's own rules have docs with the headings in
    order, the ``## 示例`` section coming from their case files (as ``djlint rule`` shows it)."""
    from djlint.ruledoc import full_doc

    reg = build_registry()
    assert reg.rules, "no rules loaded"
    for code, rule in reg.rules.items():
        assert rule.code == code and rule.summary and rule.source, code
        if code.startswith("DJ"):
            assert rule.category != "plugin"
            doc = full_doc(rule, live=False)
            headings = [h for h in DOC_HEADINGS if h in doc]
            required = [h for h in DOC_HEADINGS if h != "## 修复说明" or rule.fix != "never"]
            assert set(required) <= set(headings), f"{code} docs lack {set(required) - set(headings)}"
            positions = [doc.index(h) for h in headings]
            assert positions == sorted(positions), f"{code} doc headings out of order"


PACK_WITH_EXAMPLES = {
    "pack.yaml": "name: org\n",
    "org-short-name.yaml": textwrap.dedent("""\
        code: ORG201
        name: org-short-name
        kind: substitution
        summary: 单位简称不规范
        source: 本单位公文规范第 3 条
        swap: {我司: 本公司}
        doc: |
          ## 检查内容
          “我司”写全称。
        examples:
          bad: [我司召开党委会议。, 我们召开党委会议。]
          good: [本公司召开党委会议。]
    """),
}


def test_a_packs_inline_examples_are_run_and_shown(tmp_path):
    """A unit's YAML pack keeps its inline ``examples: {bad, good}``: ``djlint rule`` runs each and
    shows what djlint says, and says so when a bad example is not reported."""
    from djlint.engine.cases import examples_of
    from djlint.ruledoc import full_doc

    pack = tmp_path / "org"
    pack.mkdir()
    for name, body in PACK_WITH_EXAMPLES.items():
        (pack / name).write_text(body, encoding="utf-8")
    rule = build_registry((str(pack),)).get("ORG201")
    assert [(e.text, e.bad) for e in examples_of(rule)] == [
        ("我司召开党委会议。", True), ("我们召开党委会议。", True), ("本公司召开党委会议。", False)]
    doc = full_doc(rule)
    assert doc.startswith("## 检查内容") and "## 示例\n" in doc
    assert "错误示例：我司召开党委会议。\n  → 1:1 ORG201 “我司”应为“本公司”（建议改为“本公司”）" in doc
    assert "错误示例：我们召开党委会议。\n  → 无问题（注意：这是错误示例，规则却没有报告" in doc
    assert "正确示例：本公司召开党委会议。\n  → 无问题" in doc


PLUGIN = '''
from djlint.engine import Rule, Finding

class OrgName(Rule):
    """单位简称不规范（插件示例）

    ## 检查内容
    测试用。
    """
    code = "ORG101"
    name = "org-short-name"
    source = "单位规定"
    examples = (("我司召开会议。", True), ("本公司召开会议。", False))

    def check_paragraph(self, p, ctx):
        i = p.text.find("我司")
        if i >= 0:
            yield Finding(p, i, i + 2, "“我司”应写全称", "本公司", True)

def get_rules():
    return [OrgName]
'''


def test_third_party_plugin_through_entry_points(tmp_path):
    site = tmp_path / "site"
    (site / "djlint_org").mkdir(parents=True)
    (site / "djlint_org" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "djlint_org-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: djlint-org\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[djlint.rules]\norg = djlint_org\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("我司召开会议x次。\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] += os.pathsep + root
    proc = subprocess.run([sys.executable, "-m", "djlint", "--format", "concise", "a.txt"], capture_output=True,
                          cwd=tmp_path, env=env, text=True)
    assert "a.txt:1:1: ORG101 [*] “我司”应写全称" in proc.stdout, proc.stderr
    assert "DJ201" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "djlint", "rule", "ORG101"], capture_output=True, cwd=tmp_path,
                          env=env, text=True)
    assert "# org-short-name (ORG101)" in proc.stdout and "plugin:org" in proc.stdout
    assert "定义：" in proc.stdout and "djlint_org/__init__.py（OrgName）" in proc.stdout
    # the plugin's inline examples, its own "## 示例"-less doc: run and shown in the examples section
    assert "## 示例\n\n错误示例：我司召开会议。\n  → 1:1 ORG101 “我司”应写全称（建议改为“本公司”）" in proc.stdout
    assert "正确示例：本公司召开会议。\n  → 无问题" in proc.stdout


def test_broken_plugin_is_a_warning_not_a_crash(tmp_path):
    site = tmp_path / "site"
    (site / "broken_plugin").mkdir(parents=True)
    (site / "broken_plugin" / "__init__.py").write_text("raise ImportError('missing dependency')\n")
    dist = site / "broken_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[djlint.rules]\nbroken = broken_plugin\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), root]))
    proc = subprocess.run([sys.executable, "-m", "djlint", "rules"], capture_output=True, cwd=tmp_path, env=env, text=True)
    assert proc.returncode == 0 and "DJ201" in proc.stdout
    assert "broken" in proc.stderr and "Traceback" not in proc.stderr


def test_token_boundary_keeps_a_pair_from_firing_inside_another_word(tmp_path):
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "w.yaml").write_text("code: ORG301\nname: org-boundary\nkind: substitution\nsummary: 边界测试\n"
                                 "source: 测试\nboundary: token\nswap: {党员: 同志}\n", encoding="utf-8")
    from djlint import lint_text

    diags = [d for d in lint_text("全体党员参加。优秀共产党员发言。\n", {"rule-packs": [str(pack)]}) if d.code == "ORG301"]
    assert [d.column for d in diags] == [3]


def test_pack_cache_forgets_packs_that_are_gone(tmp_path, monkeypatch):
    """The parsed-YAML cache keeps no entries for pack files that no longer exist (an old
    environment, a deleted pack): they would slow every later start-up."""
    from djlint.engine import data

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kept, gone = tmp_path / "kept.yaml", tmp_path / "gone.yaml"
    kept.write_text("a: 1\n", encoding="utf-8")
    gone.write_text("b: 2\n", encoding="utf-8")
    first = data._PackCache()
    monkeypatch.setattr(data, "_PACKS", first)
    assert data.load_yaml(str(kept)) == {"a": 1} and data.load_yaml(str(gone)) == {"b": 2}
    first.save()
    gone.unlink()
    second = data._PackCache()
    monkeypatch.setattr(data, "_PACKS", second)
    assert str(gone) in second.load()
    assert data.load_yaml(str(kept)) == {"a": 1}  # served from the cache
    assert str(kept) in second.hits
    second.dirty = True
    second.save()
    third = data._PackCache()
    assert set(third.load()) == {str(kept)}


def test_a_packs_prefilter_decides_which_paragraphs_are_searched(tmp_path):
    """``prefilter:`` (one pattern or a list: any of them) is searched once over the document; a
    paragraph without a match of it is not searched with the rule's patterns."""
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "r.yaml").write_text(textwrap.dedent("""\
        code: ORG101
        name: org-doubled-verb
        kind: pattern
        summary: 叠词
        source: 测试
        pattern: '(?<=开展)(?:开展)'
        prefilter: ['开展开展', '落实落实']
    """), encoding="utf-8")
    from djlint import lint_text
    from djlint.engine import Registry
    from djlint.engine.packs import load_pack_dir

    registry = Registry()
    load_pack_dir(registry, str(pack), "test")
    assert isinstance(registry.rules["ORG101"].prefilter, tuple)
    diags = lint_text("全年开展开展活动。\n全年开展活动。\n", {"rule-packs": [str(pack)], "select": ["ORG101"]})
    assert [(d.code, d.line, d.column) for d in diags] == [("ORG101", 1, 5)]


def test_message_after_picks_the_message_by_what_follows(tmp_path):
    """``message_after``: the first entry whose ``after`` matches right after the match gives the message;
    with none, ``message``."""
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (pack / "r.yaml").write_text(textwrap.dedent("""\
        code: ORG101
        name: org-blank
        kind: pattern
        summary: 空白
        source: 测试
        pattern: '〇〇'
        message: '“{match}”请填写'
        message_after:
          - after: '[次个]'
            message: '“{match}”请填写数字'
          - after: '年'
            message: '“{match}”请填写年份'
    """), encoding="utf-8")
    from djlint import lint_text

    diags = lint_text("开会〇〇次，〇〇年，由〇〇主持。\n", {"rule-packs": [str(pack)], "select": ["ORG101"]})
    assert [d.message for d in diags] == ["“〇〇”请填写数字", "“〇〇”请填写年份", "“〇〇”请填写"]


def test_the_collector_is_paused_for_a_document_and_restored_after():
    import gc

    from djlint import lint_text
    from djlint.runner.lint import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (the CLI's read and lint_document): the outer one restores it
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    lint_text("全年召开会议x次。\n")
    assert gc.isenabled()
    gc.disable()
    try:
        lint_text("全年召开会议x次。\n")
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_a_pack_rule_without_prefilter_gets_the_literal_its_patterns_hold(tmp_path):
    """Each pattern's required literal (rx.required_literal) picks the paragraphs when every
    pattern has one and the rule is case-sensitive (several: as words of the engine's literal
    scan); otherwise needs (or nothing) stays, its characters as words of that scan."""
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    body = "code: ORG10{n}\nname: r{n}\nkind: pattern\nsummary: s\nsource: s\n"
    (pack / "a.yaml").write_text(body.format(n=1) + "patterns: ['做出(?=决定)', '(?<=认真)地学']\n", encoding="utf-8")
    (pack / "b.yaml").write_text(body.format(n=2) + "pattern: '做出|作出'\nneeds: 做作\n", encoding="utf-8")
    (pack / "c.yaml").write_text(body.format(n=3) + "pattern: 'word'\nflags: [ignorecase]\n", encoding="utf-8")
    from djlint.engine import Registry
    from djlint.engine.packs import load_pack_dir

    registry = Registry()
    load_pack_dir(registry, str(pack), "test")
    first = registry.rules["ORG101"]
    assert first.prefilter is None and first.prefilter_words == ("做出", "地学")
    second = registry.rules["ORG102"]  # a top-level |: needs stays
    assert second.prefilter is None and second.prefilter_words == ("做", "作")
    assert registry.rules["ORG103"].prefilter is None and not registry.rules["ORG103"].prefilter_words
    from djlint.document import read_bytes
    from djlint.engine.run import run_rules

    doc = read_bytes("a.txt", "会上做出决定。\n认真地学。\n认真学习，做好工作。\n".encode("utf-8"), "txt")
    found = run_rules(doc, [first, second], None, registry=registry)
    assert sorted((d.code, d.line) for d in found) == [("ORG101", 1), ("ORG101", 2), ("ORG102", 1)]
def test_a_packs_case_file_takes_the_place_of_its_inline_examples(tmp_path):
    from djlint.engine.cases import examples_of
    from djlint.ruledoc import full_doc

    pack = tmp_path / "org"
    (pack / "cases").mkdir(parents=True)
    for name, body in PACK_WITH_EXAMPLES.items():
        (pack / name).write_text(body, encoding="utf-8")
    (pack / "cases" / "ORG201.yaml").write_text(
        "wosi-for-the-company:\n  text: 我司召开党委会议。\n  findings:\n  - at: 1:1-3\n    message: “我司”应为“本公司”\n"
        "    fix: 本公司\n  fixed: 本公司召开党委会议。\n  example: bad\n", encoding="utf-8")
    rule = build_registry((str(pack),)).get("ORG201")
    assert [(e.name, e.text, e.fixed) for e in examples_of(rule)] == [
        ("wosi-for-the-company", "我司召开党委会议。", "本公司召开党委会议。")]
    doc = full_doc(rule)
    assert "错误示例：我司召开党委会议。\n  → 1:1 ORG201 “我司”应为“本公司”（建议改为“本公司”）\n  应改为：本公司召开党委会议。" in doc
    assert "我们召开党委会议" not in doc


def _old_window(text, start, end, margin=30):
    """make_diagnostic's excerpt as it was computed before speed23 (a slice of its own)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    a = max(0, start - margin)
    b = min(len(text), max(end, start + 1) + margin)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text) else ""
    shown = text[a:b].replace("\t", " ").replace("\n", " ")
    return prefix + shown + suffix, len(prefix) + start - a, len(prefix) + end - a


def test_a_findings_context_and_excerpt_are_cut_from_one_slice_as_from_two():
    """The JSON's context and the text output's excerpt come from one slice of the paragraph: the
    same as :func:`context_window` and the excerpt's own slice, at the paragraph's ends, over tabs and
    line breaks, for empty and out-of-range spans."""
    import random

    from djlint.document import Paragraph
    from djlint.engine.run import context_window, make_diagnostic

    rnd = random.Random(23)
    doc = read_bytes("a.txt", "一\n".encode())
    for _ in range(3000):
        n = rnd.choice((0, 1, 5, 25, 40, 61, 80, 200))
        text = "".join(rnd.choice("党建工作\t\n，。ab“”") for _ in range(n))
        s = rnd.randint(-2, n + 3)
        e = rnd.randint(s - 2, n + 5)
        p = Paragraph(text=text, index=0, line=3)
        d = make_diagnostic(doc, "DJ501", "x", "warning", Finding(p, s, e, "m"))
        if not text:
            assert (d.context, d.window) == ("", None)
            continue
        start = max(0, min(s, n))
        end = max(start, min(e, n))
        assert d.context == context_window(text, start, end)
        assert d.window == _old_window(text, s, e)
        assert d.category == "punctuation" and (d.start, d.end) == (s, e)
