"""Regenerate pinyin.txt: the usual reading (tone ignored) of every Chinese character in jieba's
dictionary, which the misspelling detector (DJ421) uses to tell homophones.

    pip install pypinyin jieba && python rules/phrase/data/build_pinyin.py

Data: pypinyin (MIT licence, https://pypi.org/project/pypinyin/); only each character's first
(most common) reading is kept, so a rare reading never makes two characters homophones.
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
    with open(os.path.join(HERE, "pinyin.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 汉字<TAB>常用读音（不计声调）。由 build_pinyin.py 从 pypinyin（MIT 许可）生成\n")
        fh.write("\n".join(rows) + "\n")
    print(len(rows), "characters")


if __name__ == "__main__":
    main()
