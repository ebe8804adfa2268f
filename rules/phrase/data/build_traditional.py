"""Regenerate traditional.tsv: traditional characters and their simplified forms.

- DJ421 (misspelled-word) leaves stretches with these characters alone: text pasted from a
  traditional-script source reads like a page of homophone slips (加強 read as 加强 written wrong).
- DJ706 (traditional-character) reports them in a simplified draft, with the simplified form.

Only characters that are never simplified forms themselves are listed (著, 乾 and 於 are both and
stay out), within the Basic Multilingual Plane's unified ideographs. A character's simplified
forms are those of OpenCC's table that occur in jieba's dictionary (the rare variants OpenCC adds,
such as 𫖸 beside 愿, are dropped), most usual first; one with two (畫: 画|划, 鍊: 炼|链) is a
suggestion, not a safe fix.

    pip install opencc-python-reimplemented jieba && python rules/phrase/data/build_traditional.py

Data: OpenCC's TSCharacters.txt and STCharacters.txt (Apache License 2.0,
https://github.com/BYVoid/OpenCC), as shipped in opencc-python-reimplemented.
"""
import os

import jieba
import opencc

HERE = os.path.dirname(os.path.abspath(__file__))


def table(name: str) -> dict:
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", name)
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            out[key] = values.split()
    return out


def main() -> None:
    used = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            used.update(line.split(" ", 1)[0])
    to_simplified = table("TSCharacters.txt")
    to_traditional = table("STCharacters.txt")
    simplified = set(to_traditional) | {s for values in to_simplified.values() for s in values}
    rows = []
    for t, values in sorted(to_simplified.items()):
        if len(t) != 1 or not "\u4e00" <= t <= "\u9fff" or t in values or t in simplified:
            continue
        forms = [s for s in values if s in used] or values[:1]
        rows.append(f"{t}\t{'|'.join(forms)}")
    with open(os.path.join(HERE, "traditional.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 繁体字<TAB>简体字（不止一个时用 | 分隔，常用的在前）。只收不是任何简体字写法的繁体字。"
                 "由 build_traditional.py 从 OpenCC（Apache-2.0 许可）TSCharacters.txt、STCharacters.txt 生成\n")
        fh.write("\n".join(rows) + "\n")
    print(len(rows), "characters,", sum("|" in r for r in rows), "with more than one simplified form")


if __name__ == "__main__":
    main()
