"""The numbering family reads only the paragraphs a search of the whole document admits (speed43): DJ303's labels run
on inside a paragraph (（1）、 after a comma) only where a mark, a bracket and a digit or numeral stand together.  On
the rule cases, the fixtures' lines, 3,000 shuffled paragraphs of their sentences and 3,000 random strings of the
pieces, every paragraph with such a label is admitted, and the findings are those of reading every paragraph."""
from __future__ import annotations

import glob
import pathlib
import random
import re

from djlint.checks.numbering import headings, labelled
from djlint.document import read_bytes
from djlint.engine.cases import cases_of
from djlint.engine.registry import build_registry
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
_PIECES = ["（", "(", "）", ")", "1", "12", "3", "一", "二", "十", "、", "，", ",", "；", ";", "：", ":", "。", ".", "．",
           "对下游", "“", "加强", "第", "项", "上述", "（1）、", "，（2）", "(3).", "；（一）", "（二）、"]


def _lines() -> list[str]:
    texts = [case.text for rule in build_registry(()).rules.values() for case in cases_of(rule)]
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "**" / "*.txt"), recursive=True)):
        texts += pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    return [t for t in texts if t.strip()]


LINES = _lines()


def _documents() -> list[str]:
    rnd = random.Random(303)
    sentences = [s for t in LINES for s in re.findall(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+", t) if s.strip()]
    shuffled = ["".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 4))) for _ in range(3000)]
    pieced = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    return ["\n".join(group[i:i + 500]) for group in (LINES, shuffled, pieced) for i in range(0, len(group), 500)]


DOCUMENTS = _documents()


def test_every_paragraph_with_an_inline_label_is_admitted():
    found = 0
    for text in DOCUMENTS:
        doc = read_bytes("t.txt", text.encode("utf-8"), "txt")
        admitted = {p.index for p in labelled.inline_bracket_paragraphs(doc)}
        for p in doc.body:
            if list(labelled.inline_bracket_marks(p)):
                found += 1
                assert p.index in admitted, p.text
    assert found > 50, found


def test_dj303_finds_what_reading_every_paragraph_found(monkeypatch):
    def findings():
        return [[(d.line, d.column, d.end_column, d.message) for d in lint_text(t, {"select": ["DJ303"]})] for t in DOCUMENTS]

    gated = findings()
    monkeypatch.setattr(headings, "inline_bracket_paragraphs", lambda doc: doc.body)
    every = findings()
    assert sum(map(len, every)) > 300
    assert gated == every


_HEADED = ["一、总体情况", "二、主要做法", "三、存在问题", "四、下步打算", "（一）加强学习", "（二）压实责任", "（三）严肃纪律",
           "1.开展培训", "2.完善制度", "3.强化督查", "附件", "附件1", "附件2：", "　附件3", "2023年度工作总结", "2024年工作计划",
           "区委办2023年工作要点", "2022年度述职报告及2023年打算", "年度工作报告", "我们认真开展工作。", "附件材料已报送。"]


def test_the_appendix_lines_are_read_off_the_scan_as_from_every_paragraph(monkeypatch):
    """DJ301's sequences start afresh after an appendix line or a carried document's title (_APPENDIX): only the
    paragraphs holding one of APPENDIX_WORDS are matched against it; the findings are those of matching every one."""
    rnd = random.Random(301)
    texts = ["\n".join(rnd.choice(_HEADED) for _ in range(rnd.randint(3, 30))) for _ in range(400)]
    for word in ("附件", "工作总结", "工作计划", "工作要点", "工作报告", "述职报告"):
        assert word in headings.APPENDIX_WORDS.pattern.split("|")

    def findings():
        return [[(d.code, d.line, d.column, d.message) for d in lint_text(t, {"select": ["DJ301", "DJ302"]})] for t in texts]

    gated = findings()
    monkeypatch.setattr(headings, "paragraphs_matching", lambda ctx, pattern: ctx.doc.paragraphs)
    every = findings()
    assert sum(map(len, every)) > 300
    assert gated == every
    seeds = ["附件", "附件12：", "　附件3　", "2023年度工作总结", "区委办2024年工作计划", "某局2022年工作要点", "2021年工作报告",
             "2023年度述职报告及2024年工作打算", "2023年工作总结和2024年工作计划"]
    alphabet = "附件年度工作总结计划要点报告述职及和与，：:　 （2023"
    rnd_lines = []
    for _ in range(20000):  # a seed with a character taken out, put in or changed
        s = list(rnd.choice(seeds))
        i = rnd.randint(0, len(s))
        what = rnd.randint(0, 3)
        if what == 1 and i < len(s):
            del s[i]
        elif what == 2:
            s.insert(i, rnd.choice(alphabet))
        elif what == 3 and i < len(s):
            s[i] = rnd.choice(alphabet)
        rnd_lines.append("".join(s))
    matched = 0
    for line in rnd_lines:
        if headings._APPENDIX.match(line):
            matched += 1
            assert headings.APPENDIX_WORDS.search(line), line
    assert 2000 < matched < 20000, matched
