"""djlint.document.segment cuts text exactly as jieba does (HMM off) without loading jieba's dict."""
import glob
import os

import pytest

from djlint.document import segment

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: what a paragraph may hold besides Chinese: letters and digits (glued as jieba glues them),
#: jieba's joiners (+#&._%-), spaces of every kind, \r\n, full-width forms, symbols, astral letters
EDGES = [
    "abc def 12 34 x1y2 中文ABC混合 a-b_c.d%e#f&g+h",
    "\r\n \t\u3000全角空格\u3000中\n",
    "Ｗｏｒｄ版可编辑 ①②③ ㈠㈡ ",
    "2024年12月31日，共发展党员5名、培训积极分子20人次（含2名95后）。",
    "𝒘𝒘𝒘.example.com 下载本文档",
    "二〇二四年", "a", " ", "鿕鿖", "习近平新时代中国特色社会主义思想",
]


def _texts():
    lines = list(EDGES)
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            lines.extend(fh.read().split("\n"))
    return lines


def test_the_cut_is_jiebas():
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(40)
    reference = jieba.Tokenizer()
    texts = _texts()
    assert sum(map(len, texts)) > 30_000
    for text in texts:
        assert segment.tokenize(text) == list(reference.tokenize(text, HMM=False)), text


def test_the_dictionary_is_kept_in_the_cache_folder_and_read_back(tmp_path, monkeypatch):
    pytest.importorskip("jieba")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = segment.load_dictionary()
    files = list((tmp_path / "djlint").glob("segment-*.bin"))
    assert len(files) == 1
    read = segment.load_dictionary()
    assert read is not built and read.total == built.total
    text = "深入学习贯彻习近平新时代中国特色社会主义思想，推动全面从严治党向纵深发展。"
    assert list(read.cut(text)) == list(built.cut(text))
    assert read.count("党建") == built.count("党建") > 0 and read.count("党建工作情况报告") == 0


def test_a_stale_or_broken_file_is_rebuilt(tmp_path, monkeypatch):
    pytest.importorskip("jieba")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    segment.load_dictionary()
    (path,) = (tmp_path / "djlint").glob("segment-*.bin")
    path.write_bytes(path.read_bytes()[:1000])
    again = segment.load_dictionary()
    assert again.count("党建") > 0
    assert path.stat().st_size > 1_000_000
