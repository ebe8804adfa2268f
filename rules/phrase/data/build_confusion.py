"""Regenerate shape-confusion.tsv, the look-alike characters the misspelling detector (DJ421) tries
at a character no word explains (五笔、手写输入和扫描识别的形近字):

    python rules/phrase/data/build_confusion.py PATH/TO/ECSpell/shape-confusion.tsv

From ECSpell's shape confusion table (Lv et al. 2022, "General and Domain Adaptive Chinese Spelling
Check with Error Consistent Pretraining", MIT licence, copyright (c) 2022 Aopolin-Lv; the notice is
kept in the generated file's header), kept only for the characters of jieba's dictionary
(pinyin.tsv lists them); each row: a character, a tab, the characters that look like it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

NOTICE = """# 形近字表：字<TAB>与它形近的字。DJ421 在没有词能解释的字上试这些字（五笔、手写输入和扫描识别的形近字）。
# 由 build_confusion.py 从 ECSpell 的 shape-confusion.tsv 生成，只留 jieba 词典里有的字；另加 djlint 自编的
# 二十几对常见形近字（厂广、日目、白自、于干、呆保……，见 build_confusion.py 的 EXTRA，MIT 许可）。
# 列：字<TAB>与它形近的字（连写，每字一个）
# 出处：ECSpell 的形近字表（https://github.com/Aopolin-Lv/ECSpell）；另加 djlint 自编的几十对
# 许可：ECSpell 为 MIT 许可（声明如下，另见 THIRD-PARTY-NOTICES.md）；自编部分 MIT（见仓库根目录 LICENSE）
# ECSpell (https://github.com/Aopolin-Lv/ECSpell), MIT License, Copyright (c) 2022 Aopolin-Lv:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
# USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


#: look-alikes ECSpell's table lacks (one a pair, both ways), ours (MIT, with djlint): a stroke or a
#: component more or less, from the usual 形近字 drills
EXTRA = "厂广 日目 白自 予子 于干 亚业 八入 候侯 历厉 竟竞 衰哀 王玉 玉主 刀力 今令 贝见 呆保 本体 仼任 阀阈 朕联 纤纠".split()


def main(source: str) -> None:
    known = set()
    with open(os.path.join(HERE, "pinyin.tsv"), encoding="utf-8") as fh:
        known.update(line[0] for line in fh if not line.startswith("#") and line.strip())
    rows = []
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            ch, _, alts = line.rstrip("\n").partition("\t")
            alts = "".join(dict.fromkeys(a for a in alts if a in known and a != ch))
            if len(ch) == 1 and ch in known and alts:
                rows.append(f"{ch}\t{alts}")
    table = dict(row.split("\t") for row in rows)
    for a, b in EXTRA:
        for x, y in ((a, b), (b, a)):
            if y not in table.get(x, ""):
                table[x] = table.get(x, "") + y
    rows = [f"{k}\t{v}" for k, v in table.items()]
    with open(os.path.join(HERE, "shape-confusion.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(NOTICE + "\n".join(sorted(rows)) + "\n")
    print(len(rows), "characters")


if __name__ == "__main__":
    main(sys.argv[1])
