"""Regenerate traditional.txt, the traditional characters the misspelling detector (DJ421) leaves
alone: text pasted from a traditional-script source reads like a page of homophone slips (加強 is
read as 加强 written wrong, 主體 as 主题), which it is not.

Only characters that are never simplified forms themselves are listed (著, 乾 and 麼 are both and
stay out), within the Basic Multilingual Plane's unified ideographs.

    pip install opencc-python-reimplemented && python rules/phrase/data/build_traditional.py

Data: OpenCC's TSCharacters.txt and STCharacters.txt (Apache License 2.0,
https://github.com/BYVoid/OpenCC), as shipped in opencc-python-reimplemented.
"""
import os

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
    to_simplified = table("TSCharacters.txt")
    to_traditional = table("STCharacters.txt")
    simplified = set(to_traditional) | {s for values in to_simplified.values() for s in values}
    chars = sorted(t for t, values in to_simplified.items()
                   if len(t) == 1 and "\u4e00" <= t <= "\u9fff" and t not in values and t not in simplified)
    with open(os.path.join(HERE, "traditional.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# 繁体字（不是任何简体字的写法；DJ421 不把它们当同音错字）。由 build_traditional.py 从 OpenCC"
                 "（Apache-2.0 许可）TSCharacters.txt、STCharacters.txt 生成，每行 40 字\n")
        for i in range(0, len(chars), 40):
            fh.write("".join(chars[i:i + 40]) + "\n")
    print(len(chars), "characters")


if __name__ == "__main__":
    main()
