"""The same draft in every container gives identical findings (line, column, code)."""
import docx

from djlint import lint_path
from fixtures import build_docx as B


def _key(diags):
    return [(d.line, d.column, d.end_column, d.code) for d in diags]


def test_same_draft_same_findings_in_every_container(tmp_path, sample_lines):
    text = "\n".join(sample_lines) + "\n"
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    (tmp_path / "draft.md").write_text(text, encoding="utf-8")
    d = docx.Document()
    for line in sample_lines:
        d.add_paragraph(line)
    d.save(str(tmp_path / "python-docx.docx"))
    B.from_lines(str(tmp_path / "split.docx"), sample_lines, split=1)
    B.from_lines(str(tmp_path / "split3.docx"), sample_lines, split=3)
    B.from_lines(str(tmp_path / "auto.docx"), sample_lines, auto_numbering=True)
    results = {name: _key(lint_path(tmp_path / name, {}))
               for name in ("utf8.txt", "gb.txt", "draft.md", "python-docx.docx", "split.docx", "split3.docx",
                            "auto.docx")}
    expected = results["utf8.txt"]
    # three placeholders (（1） directly under （一） skips a level, which is allowed)
    assert [c for *_, c in expected] == ["DJ201", "DJ201", "DJ201"]
    for name, got in results.items():
        assert got == expected, name
