"""Eight whole drafts with 10–20 planted defects each, as a 党办 reviewer gets them (redteam12):
a township's annual 党建 summary, a bureau's 主体责任 report, a hospital's 党风廉政 summary, a school's
half-year summary, a deputy head's 述职述廉, an 意识形态 责任制 report, a 巡察整改 report and a 2027
work plan.  Built as .docx the way Word and WPS write them (runs split mid-word, automatic numbering on
some headings, a table, a header and footer) and linted as a user runs ``djlint draft.docx``: every
planted defect is found on its line and words, and nothing else is reported.  The key is written into
the drafts (fixtures/build_drafts.py)."""
import os

import pytest

from djlint.lint import lint_path, lint_text
from fixtures.build_drafts import build_draft, plain_text, sources

DRAFTS = sources()



@pytest.mark.parametrize("src", DRAFTS, ids=[os.path.basename(s)[:-4] for s in DRAFTS])
def test_the_docx_reads_as_the_pasted_text(src, tmp_path):
    """Runs cut mid-word, Word's automatic heading numbers and the table's cells give the body the
    same findings, on the same lines and words, as the draft pasted as plain text (a cell a line)."""
    path, key = build_draft(src, str(tmp_path))
    docx = sorted((d.line, d.code, d.snippet) for d in lint_path(path) if d.part == "body")
    text = sorted((d.line, d.code, d.snippet) for d in lint_text(plain_text(src)))
    # but for what only a table's columns tell: a lone x in a column of figures (the pasted text has no
    # columns), each a planted DJ201 of the key
    columns = [f for f in docx if f not in text]
    assert all(code == "DJ201" and snippet == "x" and any(k.line == line and ("DJ201",) in k.codes for k in key)
               for line, code, snippet in columns), columns
    assert [f for f in docx if f not in columns] == text


def test_the_drafts_hold_every_class_of_defect(tmp_path):
    """Between them the drafts plant 10–20 defects each, of every class the README's 规则 table claims
    that a draft shows: placeholders, structure, numbering, formulations and their dates, punctuation,
    residue, 的地得, wrong words, slips, 语病, facts, redaction, repetition, numbers."""
    codes, per_draft = set(), []
    for src in DRAFTS:
        _path, key = build_draft(src, str(tmp_path))
        per_draft.append(len(key))
        codes |= {c for k in key for alt in k.codes for c in alt}
    assert len(DRAFTS) == 8 and all(10 <= n <= 20 for n in per_draft), per_draft
    families = {c[:4] for c in codes}
    assert {"DJ1", "DJ2", "DJ3", "DJ4", "DJ5", "DJ6", "DJ7"} <= {c[:3] for c in codes}
    assert {"DJ20", "DJ30", "DJ40", "DJ41", "DJ42", "DJ43", "DJ44", "DJ50", "DJ60", "DJ70"} <= families


def test_a_template_note_line_is_reported_once():
    """（注：……填写，可根据情况增减）is one note to delete (DJ702), not also a blank to fill in (DJ204)."""
    found = [(d.code, d.column, d.end_column) for d in lint_text("（注：本部分根据单位实际情况填写，可根据情况增减）")]
    assert found == [("DJ702", 1, 26)]


def test_a_paywall_bracket_goes_with_the_watermark():
    """The （ that opens 未完，全文共……字 is the site's: DJ701 reports it, DJ503 does not again; a report's own
    unpaired bracket elsewhere still is."""
    text = "组织生活质量明显提升。（未完，全文共6831字，当前仅显示2399字，请阅读下面提示信息。"
    assert [d.code for d in lint_text(text)] == ["DJ701"]
    assert [d.code for d in lint_text("整改完成率91.7%（剩余1个问题需长期坚持。")] == ["DJ503"]
