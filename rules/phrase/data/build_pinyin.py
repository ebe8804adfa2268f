"""Regenerate pinyin.tsv and word-readings.tsv, which the misspelling detector (DJ421) uses to
tell homophones:

- pinyin.tsv: the usual reading (tone ignored) of every Chinese character in jieba's dictionary;
  only each character's first (most common) reading, so a rare reading never makes two
  characters homophones;
- word-readings.tsv: the words of jieba's dictionary that are read otherwise in context (银行 is
  yin hang, not yin xing; 长期 is chang qi), with their readings: a word is indexed by how it is
  read, so 银航 is found and 银星 is not taken for a slip.

    pip install pypinyin jieba && python rules/phrase/data/build_pinyin.py

Data: pypinyin (MIT licence, https://pypi.org/project/pypinyin/), its character and phrase tables;
jieba's dictionary (MIT) for which characters and words to list.  Each file's header records this
script's SHA-256, the packages' versions and the SHA-256 of the files read, and the date
(tests/test_data_hygiene.py checks the script has not changed since, and regenerates and compares
where the same versions are installed).
"""
import datetime
import hashlib
import importlib.metadata
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
#: the script's path as the header names it (relative to the repository)
SCRIPT = "rules/phrase/data/build_pinyin.py"


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read().replace(b"\r\n", b"\n")).hexdigest()


def provenance(jieba_dict: str) -> list[str]:
    """The header lines naming this generator, its inputs and the date."""
    import pypinyin

    tables = [n for n in ("pinyin_dict.json", "phrases_dict.json")
              if os.path.exists(os.path.join(os.path.dirname(pypinyin.__file__), n))]
    read = "，".join(f"{n} sha256 {_sha256(os.path.join(os.path.dirname(pypinyin.__file__), n))}" for n in tables)
    return [f"# 生成：{SCRIPT}（sha256 {_sha256(os.path.abspath(__file__))}）",
            f"# 输入：pypinyin {importlib.metadata.version('pypinyin')}（{read}）；"
            f"jieba {importlib.metadata.version('jieba')}（dict.txt sha256 {_sha256(jieba_dict)}）",
            f"# 日期：{datetime.date.today().isoformat()}"]


def main(out_dir: str = HERE) -> None:
    import jieba
    import pypinyin
    from pypinyin import Style

    jieba_dict = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    made = provenance(jieba_dict)
    chars = set()
    with open(jieba_dict, encoding="utf-8") as fh:
        for line in fh:
            chars.update(c for c in line.split(" ", 1)[0] if "\u4e00" <= c <= "\u9fff")
    rows = []
    for c in sorted(chars):
        reading = pypinyin.pinyin(c, style=Style.NORMAL, heteronym=False)[0][0]
        if reading and reading != c:
            rows.append(f"{c}\t{reading}")
    header = ["# 汉字读音表（DJ421 misspelled-word 据此判断同音字）：jieba 词典里每个汉字的常用读音",
              "# 列：汉字<TAB>常用读音（不计声调；多音字只取第一个读音）",
              "# 排序：按第一列",
              "# 出处：pypinyin 的单字读音表（据 pinyin-data）；所收汉字取自 jieba 词典",
              "# 许可：pypinyin、jieba 均为 MIT 许可，见 THIRD-PARTY-NOTICES.md", *made]
    with open(os.path.join(out_dir, "pinyin.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header + rows) + "\n")
    print(len(rows), "characters")
    usual = dict(row.split("\t") for row in rows)
    words = []
    with open(jieba_dict, encoding="utf-8") as fh:
        for line in fh:
            w = line.split(" ", 1)[0]
            if len(w) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in w):
                continue
            read = pypinyin.lazy_pinyin(w, style=Style.NORMAL)
            if len(read) == len(w) and read != [usual.get(c) for c in w]:
                words.append(f"{w}\t{' '.join(read)}")
    header = ["# 词的读音表（DJ421 misspelled-word 按词的实际读音查同音字）：只收读音与各字常用读音不同的词（银行 yin hang）",
              "# 列：词<TAB>读音（不计声调，各字读音之间用空格，与拼音的写法相同）",
              "# 排序：按第一列",
              "# 出处：pypinyin 的词语读音表（据 phrase-pinyin-data）；所收的词取自 jieba 词典",
              "# 许可：pypinyin、jieba 均为 MIT 许可，见 THIRD-PARTY-NOTICES.md", *made]
    with open(os.path.join(out_dir, "word-readings.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header + sorted(words)) + "\n")
    print(len(words), "words read otherwise in context")


if __name__ == "__main__":
    main(*sys.argv[1:])
