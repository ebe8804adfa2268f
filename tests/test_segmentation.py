"""Word boundaries on the lint path come from DJ421's mapped index, not from jieba (issue 30 item 4):
jieba's segmenter costs ~0.8 s to load, and a draft with one slip the wrong-word list names made
every run pay it."""
import os
import subprocess
import sys

import pytest

import fixtures.build_docx as B
from djlint.checks.phrase import spelling_index
from djlint.checks.spelling.segment import tokenize
from djlint.engine import build_registry
from djlint.lint import lint_text

DRAFT = ["关于2024年度党建工作情况的报告", "一年来，全体党员再接再励，认真学习贯彻会议精神，不断加强理论武装。",
         "支部书记带头讲党课，组织开展主题党日活动12次。"] + ["扎实推进基层党组织标准化规范化建设，切实发挥战斗堡垒作用。"] * 40

CODE = ("import sys\nfrom djlint import fastpath\n"
        "try:\n    fastpath.main(['--no-cache', '--format', 'json', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print('JIEBA' if 'jieba' in sys.modules else 'NO-JIEBA')")


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """One fresh cache folder for the module: the index is built by the first run, mapped after."""
    return tmp_path_factory.mktemp("cache")


def _run(path, cache):
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", CODE, str(path)], capture_output=True, text=True, env=env)


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_lint_run_with_a_listed_slip_never_imports_jieba(tmp_path, cache, kind):
    path = tmp_path / f"draft.{kind}"
    if kind == "txt":
        path.write_text("\n".join(DRAFT) + "\n", encoding="utf-8")
    else:
        B.from_lines(str(path), DRAFT)
    for _ in range(2):  # the first run builds the index, the second maps it
        out = _run(path, cache)
        assert "再接再励" in out.stdout and "再接再厉" in out.stdout, out.stdout + out.stderr
        assert out.stdout.strip().splitlines()[-1] == "NO-JIEBA", out.stderr


def test_rules_that_ask_for_word_boundaries_are_served_without_jieba():
    # DJ411's boundary check and the 语病 rules' verb–object pairs both read doc.tokens(p)
    code = ("import sys\nfrom djlint.lint import lint_text\n"
            "ds = lint_text('全体党员再接再励。\\n要发挥纪委的监督职责，加强干部队伍素质。\\n')\n"
            "print(sorted({d.code for d in ds}), 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    codes, imported = out.stdout.strip().rsplit(" ", 1)
    assert "DJ411" in codes, out.stdout + out.stderr
    assert imported == "False"


SENTENCES = ["我们要认真学习贯彻会议精神，推动各项工作落地见效。", "支部书记带头讲党课，党员干部踊跃发言。",
             "今年以来，共发放宣传资料3000余份，接待群众来访56人次。", "加强Word文档和PDF文件的管理。",
             "会议要求，各单位要高度重视，抓好整改落实。"]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.slow
def test_the_index_segments_as_jieba_does(text):
    """Same blocks, same route, same ties as jieba's cut without HMM (on text without our own
    long terms, which the index knows as words and jieba's dictionary does not)."""
    from djlint.document.segment import tokenize as jieba_tokenize

    index = spelling_index(build_registry())
    ours = tokenize(index, text)
    assert ours == jieba_tokenize(text)
    assert "".join(w for w, _s, _e in ours) == text
    assert all(text[s:e] == w for w, s, e in ours)


def test_the_segmenter_keeps_every_character_and_joins_latin_runs():
    index = spelling_index(build_registry())
    text = "第3季度 共计A2B类，\r\n 完成率98.5%。"
    toks = tokenize(index, text)
    assert "".join(w for w, _s, _e in toks) == text
    assert ("\r\n", text.index("\r\n"), text.index("\r\n") + 2) in toks


def test_a_listed_wrong_word_is_reported_only_on_word_boundaries():
    assert [d.code for d in lint_text("全体党员再接再励，争创佳绩。") if d.code == "DJ411"] == ["DJ411"]


# -- jieba's dictionary where jieba is not installed ----------------------------------------------

def test_the_bundled_dictionary_is_jiebas(monkeypatch):
    """The gzipped copy djlint ships is jieba 0.42.1's dict.txt byte for byte (the version the
    generated tables name), and is used when jieba cannot be found."""
    import gzip
    import hashlib
    import importlib.util

    from djlint.checks.spelling import build as spelling_build

    with gzip.open(spelling_build.BUNDLED_DICT, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules", "phrase", "data",
                           "pinyin.tsv"), encoding="utf-8") as fh:
        assert f"jieba 0.42.1（dict.txt sha256 {digest}）" in fh.read()
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "jieba" else real(name, *a))
    assert spelling_build.jieba_dict() == spelling_build.BUNDLED_DICT


@pytest.mark.slow
def test_misspellings_are_found_without_jieba_installed(tmp_path):
    # a checkout run on PYTHONPATH, or an environment without the dependency: the index is built
    # from the bundled copy, and DJ421 still finds its slips
    code = ("import sys\nsys.modules['jieba'] = None\nfrom djlint.lint import lint_text\n"
            "print(sorted({d.code for d in lint_text('全面加强森态文明建设，要切实加强意识形太工作。')}))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert "DJ421" in out.stdout, out.stdout + out.stderr
