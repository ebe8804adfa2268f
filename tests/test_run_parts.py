"""engine/run.py reads a paragraph of a part a rule does not read never, and tests each paragraph's part only
when the document has a part the rule does not read (speed46: a .txt is all body, so its paragraphs are not
tested one by one)."""
from djlint.document import read_bytes
from djlint.engine import Finding, Rule, run_rules


class FirstChar(Rule):
    """每段首字（测试用）"""

    code = "TST461"
    name = "first-char"
    source = "测试"

    def check_paragraph(self, p, ctx):
        yield Finding(p, 0, 1, f"首字{p.part}")


class BodyOnly(FirstChar):
    """只读正文（测试用）"""

    code = "TST462"
    parts = ("body",)


class FootersOnly(FirstChar):
    """只读页脚（测试用）"""

    code = "TST463"
    parts = ("footer",)


def _doc():
    doc = read_bytes("a.txt", "正文一\n\n正文二\n页眉\n页脚\n".encode())
    doc.paragraphs[3].part = "header"
    doc.paragraphs[4].part = "footer"
    return doc


def _seen(diags, code):
    return [(d.line, d.message) for d in diags if d.code == code]


def test_a_rule_reads_only_its_parts_and_no_empty_paragraph():
    diags = run_rules(_doc(), [FirstChar(), BodyOnly(), FootersOnly()])
    assert _seen(diags, "TST461") == [(1, "首字body"), (3, "首字body"), (4, "（页眉）首字header"), (5, "（页脚）首字footer")]
    assert _seen(diags, "TST462") == [(1, "首字body"), (3, "首字body")]
    assert _seen(diags, "TST463") == [(5, "（页脚）首字footer")]


def test_an_all_body_document_is_read_whole_by_a_body_rule():
    doc = read_bytes("a.txt", "正文一\n\n正文二\n".encode())
    diags = run_rules(doc, [BodyOnly(), FootersOnly()])
    assert _seen(diags, "TST462") == [(1, "首字body"), (3, "首字body")]
    assert _seen(diags, "TST463") == []
