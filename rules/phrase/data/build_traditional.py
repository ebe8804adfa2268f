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
https://github.com/BYVoid/OpenCC), as shipped in opencc-python-reimplemented; jieba's dictionary
(MIT).  The file's header records this script's SHA-256, the packages' versions and the SHA-256
of the files read, and the date (tests/test_data_hygiene.py checks the script has not changed
since, and regenerates and compares where the same versions are installed).
"""
import datetime
import hashlib
import importlib.metadata
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
#: the script's path as the header names it (relative to the repository)
SCRIPT = "rules/phrase/data/build_traditional.py"
#: OpenCC's character tables, in the package's dictionary folder
TABLES = ("TSCharacters.txt", "STCharacters.txt")


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read().replace(b"\r\n", b"\n")).hexdigest()


def _opencc_dir() -> str:
    import opencc

    return os.path.join(os.path.dirname(opencc.__file__), "dictionary")


def provenance(jieba_dict: str) -> list[str]:
    """The header lines naming this generator, its inputs and the date."""
    read = "，".join(f"dictionary/{n} sha256 {_sha256(os.path.join(_opencc_dir(), n))}" for n in TABLES)
    return [f"# 生成：{SCRIPT}（sha256 {_sha256(os.path.abspath(__file__))}）",
            f"# 输入：opencc-python-reimplemented {importlib.metadata.version('opencc-python-reimplemented')}"
            f"（{read}）；jieba {importlib.metadata.version('jieba')}（dict.txt sha256 {_sha256(jieba_dict)}）",
            f"# 日期：{datetime.date.today().isoformat()}"]


def table(name: str) -> dict:
    out = {}
    with open(os.path.join(_opencc_dir(), name), encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            out[key] = values.split()
    return out


def main(out_dir: str = HERE) -> None:
    import jieba

    jieba_dict = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    used = set()
    with open(jieba_dict, encoding="utf-8") as fh:
        for line in fh:
            used.update(line.split(" ", 1)[0])
    to_simplified = table(TABLES[0])
    to_traditional = table(TABLES[1])
    simplified = set(to_traditional) | {s for values in to_simplified.values() for s in values}
    rows = []
    for t, values in sorted(to_simplified.items()):
        if len(t) != 1 or not "\u4e00" <= t <= "\u9fff" or t in values or t in simplified:
            continue
        forms = [s for s in values if s in used] or values[:1]
        rows.append(f"{t}\t{'|'.join(forms)}")
    header = ["# 繁体字表（DJ706 traditional-character 报告，DJ421 不当作错别字）：只收不是任何简体字写法的繁体字",
              "# 列：繁体字<TAB>简体字（不止一个时用 | 分隔，常用的在前）",
              "# 排序：按第一列",
              "# 出处：OpenCC 字表 TSCharacters.txt、STCharacters.txt；简体字只留 jieba 词典里用到的",
              "# 许可：OpenCC 为 Apache-2.0 许可（改动与 NOTICE 见 THIRD-PARTY-NOTICES.md），jieba 为 MIT 许可",
              *provenance(jieba_dict)]
    with open(os.path.join(out_dir, "traditional.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header + rows) + "\n")
    print(len(rows), "characters,", sum("|" in r for r in rows), "with more than one simplified form")


if __name__ == "__main__":
    main(*sys.argv[1:])
