"""Regenerate pinyin.tsv and word-readings.tsv, which the misspelling detector (DJ421) uses to
tell homophones:

- pinyin.tsv: the usual reading (tone ignored) of every Chinese character in jieba's dictionary;
  only each character's first (most common) reading, so a rare reading never makes two
  characters homophones;
- word-readings.tsv: the words of jieba's dictionary that are read otherwise in context (银行 is
  yin hang, not yin xing; 长期 is chang qi), with their readings: a word is indexed by how it is
  read, so 银航 is found and 银星 is not taken for a slip.

    pip install pypinyin jieba && python rules/phrase/data/build_pinyin.py

Data: pypinyin (MIT licence, https://pypi.org/project/pypinyin/), its character and phrase tables.
"""
import os

import jieba
import pypinyin
from pypinyin import Style

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    chars = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            chars.update(c for c in line.split(" ", 1)[0] if "\u4e00" <= c <= "\u9fff")
    rows = []
    for c in sorted(chars):
        reading = pypinyin.pinyin(c, style=Style.NORMAL, heteronym=False)[0][0]
        if reading and reading != c:
            rows.append(f"{c}\t{reading}")
    with open(os.path.join(HERE, "pinyin.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 汉字<TAB>常用读音（不计声调）。由 build_pinyin.py 从 pypinyin（MIT 许可）生成\n")
        fh.write("\n".join(rows) + "\n")
    print(len(rows), "characters")
    usual = dict(row.split("\t") for row in rows)
    words = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            w = line.split(" ", 1)[0]
            if len(w) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in w):
                continue
            read = pypinyin.lazy_pinyin(w, style=Style.NORMAL)
            if len(read) == len(w) and read != [usual.get(c) for c in w]:
                words.append(f"{w}\t{' '.join(read)}")
    with open(os.path.join(HERE, "word-readings.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 词<TAB>该词中各字的读音（不计声调），只收与各字常用读音不同的词（银行 yin hang）。"
                 "由 build_pinyin.py 从 pypinyin（MIT 许可）生成\n")
        fh.write("\n".join(sorted(words)) + "\n")
    print(len(words), "words read otherwise in context")


if __name__ == "__main__":
    main()
