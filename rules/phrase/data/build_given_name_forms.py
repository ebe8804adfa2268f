"""Regenerate given-name-forms.txt: the two-character wrong forms of wrong-words.tsv (DJ411) that are plausible
given names, so DJ411 leaves them alone where they stand as one (高建义 摄 is a name, not 建议):

    python rules/phrase/data/build_given_name_forms.py

Measured, not guessed: jieba's dictionary tags people's names ``nr``; its three-character ``nr`` entries whose first
character is a one-character surname of the placeholder pack's surnames.txt give how often each character stands
first and last in a two-character given name.  A wrong form is name-like when its first character stands first in
at least MIN_NAMES of those names and its second stands last in at least MIN_NAMES (建义: 建 248, 义 108; 布署: 布 0).
"""
import collections
import datetime
import hashlib
import importlib.metadata
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.dirname(os.path.dirname(HERE))
SCRIPT = "rules/phrase/data/build_given_name_forms.py"
WRONG_WORDS = os.path.join(HERE, "wrong-words.tsv")
SURNAMES = os.path.join(RULES, "placeholder", "data", "surnames.txt")
#: how many names of jieba's dictionary each character must stand in (first, last) for the form to be name-like
MIN_NAMES = 20


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read().replace(b"\r\n", b"\n")).hexdigest()


def _rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [x.rstrip("\n").split("\t") for x in fh if x.strip() and not x.startswith("#")]


def name_counts(jieba_dict: str, surnames: set) -> tuple:
    """How often each character stands first and last in the given names of jieba's three-character names."""
    first, last = collections.Counter(), collections.Counter()
    with open(jieba_dict, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "nr" and len(parts[0]) == 3 and parts[0][0] in surnames:
                first[parts[0][1]] += 1
                last[parts[0][2]] += 1
    return first, last


def main(out_dir: str = HERE) -> None:
    import jieba

    jieba_dict = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    first, last = name_counts(jieba_dict, {r[0] for r in _rows(SURNAMES) if len(r[0]) == 1})
    forms = sorted({r[0] for r in _rows(WRONG_WORDS)
                    if len(r[0]) == 2 and first[r[0][0]] >= MIN_NAMES and last[r[0][1]] >= MIN_NAMES})
    header = ["# 像人名的错误词形（DJ411 wrong-word 的 names）：错别字表里两个字都常作名字用字的条目，在人名的位置上"
              "（姓氏之后、署名和名单里、“同志”“摄”“表示”之前）不报：“高建义 摄”是人名，不是“建议”",
              "# 排序：按第一列",
              f"# 出处：wrong-words.tsv 的两字条目；jieba 词典里标为人名（nr）、首字是 placeholder/data/surnames.txt 的单姓的三字词："
              f"错误词形的第一字作名字第一字、第二字作名字第二字都至少 {MIN_NAMES} 次的收入",
              "# 许可：djlint 项目自编（MIT，见仓库根目录 LICENSE）；据以统计的 jieba 词典为 MIT 许可",
              f"# 生成：{SCRIPT}（sha256 {_sha256(os.path.abspath(__file__))}）",
              f"# 输入：jieba {importlib.metadata.version('jieba')}（dict.txt sha256 {_sha256(jieba_dict)}）；"
              f"wrong-words.tsv sha256 {_sha256(WRONG_WORDS)}，surnames.txt sha256 {_sha256(SURNAMES)}",
              f"# 日期：{datetime.date.today().isoformat()}"]
    with open(os.path.join(out_dir, "given-name-forms.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header + forms) + "\n")
    print(len(forms), "name-like wrong forms")


if __name__ == "__main__":
    main(*sys.argv[1:])
