"""The per-document and per-registry tables the rules ask for at every paragraph (the literal scan, the
traditional-script paragraphs, the lexicon, the collocation and facts indexes) are built once and then
read with one dictionary lookup (``ctx.tables``, ``registry.built``): the same object every time, the
factory run once, and the same answers as a fresh build."""
from __future__ import annotations

from djlint.checks.facts.base import meetings_index
from djlint.checks.facts.leaders import index_for
from djlint.checks.grammar.collocation_table import table_for
from djlint.checks.grammar.script import is_traditional, reading
from djlint.checks.phrase.context import has_traditional
from djlint.checks.phrase.lexicon import lexicon_for
from djlint.config import Config
from djlint.document import read_path
from djlint.engine import literals
from djlint.engine.context import LintContext
from djlint.engine.registry import build_registry

TEXT = ("各级党组织要提高政治站位，加强党的建设。\n"
        "堅持以習近平新時代中國特色社會主義思想為指導，全面從嚴治黨。\n"
        "深入学习贯彻党的二十大精神，推动党建和业务深度融合。\n")


def _context(tmp_path, registry=None):
    path = tmp_path / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_path(str(path))
    return LintContext(doc, Config(), registry or build_registry(()))


def test_the_literal_scan_runs_once_a_document(tmp_path, monkeypatch):
    ctx = _context(tmp_path)
    scans = []
    scan = literals.LiteralIndex.scan
    monkeypatch.setattr(literals.LiteralIndex, "scan", lambda self, doc: scans.append(doc) or scan(self, doc))
    first = literals.literal_hits(ctx)
    assert literals.literal_hits(ctx) is first and ctx.tables["engine.literals"] is first
    assert len(scans) == 1
    assert first[0]["提高"] == [6] and first[2]["二十大"] == [8]
    other = _context(tmp_path, ctx.registry)  # another document: its own scan
    assert literals.literal_hits(other) is not first and len(scans) == 2


def test_traditional_paragraphs_are_read_in_simplified_characters(tmp_path):
    ctx = _context(tmp_path)
    simple, trad, after = ctx.doc.paragraphs[:3]
    assert is_traditional(trad.text) and not is_traditional(simple.text)
    for _ in range(2):  # the first call builds the document's table, the second reads it
        assert reading(simple, ctx) == (simple.text, False)
        text, converted = reading(trad, ctx)
        assert converted and "习近平" in text and len(text) == len(trad.text)
        assert reading(after, ctx) == (after.text, False)
        assert has_traditional(trad, ctx) and not has_traditional(simple, ctx)
    assert ctx.tables.get("grammar.traditional-ids") == frozenset({id(trad)})
    # a copy of a paragraph with another text (not the document's own) is searched itself
    copy = trad.__class__.__new__(trad.__class__)
    copy.__dict__.update(vars(trad))
    copy.text = simple.text
    assert reading(copy, ctx) == (simple.text, False) and not has_traditional(copy, ctx)
    copy.text = trad.text
    assert reading(copy, ctx)[1] and has_traditional(copy, ctx)
    copy = simple.__class__.__new__(simple.__class__)
    copy.__dict__.update(vars(simple))
    copy.text = trad.text
    assert reading(copy, ctx)[1] and has_traditional(copy, ctx)


def test_a_registrys_tables_are_built_once():
    registry = build_registry(())
    for get, key, kind in ((lexicon_for, "phrase.lexicon", "Lexicon"), (table_for, "grammar.collocations", "Table"),
                           (meetings_index, "facts.meetings", "NameIndex"), (index_for, "facts.leaders", "_Index")):
        first = get(registry)
        assert type(first).__name__ == kind
        assert get(registry) is first and registry.built[key] is first
        assert registry.memo(key, lambda: None) is first


def test_the_report_date_is_found_once_a_document_even_when_nothing_says(tmp_path, monkeypatch):
    from djlint.document import dating

    calls = []
    found = dating.report_date
    monkeypatch.setattr(dating, "report_date", lambda doc, year: calls.append(doc) or found(doc, year))
    ctx = _context(tmp_path)
    assert ctx.report_date is None and ctx.year is None and ctx.report_date is None
    assert len(calls) == 1
    path = tmp_path / "dated.txt"
    path.write_text("市财政局党组2024年度党建工作情况报告\n2024年，我们坚持以党的政治建设为统领。\n", encoding="utf-8")
    dated = LintContext(read_path(str(path)), Config(), ctx.registry)
    first = dated.report_date
    assert first is not None and dated.year == 2024 and dated.report_date is first
    assert len(calls) == 2


def test_quotations_are_found_once_a_paragraph(tmp_path, monkeypatch):
    from djlint.checks.phrase import context

    calls = []
    find = context._find_quotations
    monkeypatch.setattr(context, "_find_quotations", lambda text: calls.append(text) or find(text))
    ctx = _context(tmp_path)
    p = ctx.doc.paragraphs[0]
    first = context.quotations(ctx, p)
    assert context.quotations(ctx, p) is first and len(calls) == 1
    assert ctx.tables["phrase.quotes"] == {p.index: first}
