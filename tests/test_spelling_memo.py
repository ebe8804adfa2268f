"""DJ421 remembers what a paragraph's text gives (a re-lint, a server's next request): the same
findings as a first look, and the document's count still read each time."""
from djlint.checks.phrase import misspelling
from djlint.lint import lint_text

SLIP = "要切实加强意识形太工作。"
OTHER = "全体党员兢兢业叶干事业。"


def dj421(text):
    return [(d.line, d.message) for d in lint_text(text, {"select": ["DJ421"]})]


def test_a_paragraph_seen_before_gives_what_it_gave(monkeypatch):
    first = dj421(SLIP + "\n" + OTHER)
    assert [m for _l, m in first] == ["疑似错别字：“意识形太”应为“意识形态”", "疑似错别字：“兢兢业叶”应为“兢兢业业”"]
    # the remembered answer is used: the candidates are not asked for again
    calls = []
    real = misspelling._plausible_slips
    monkeypatch.setattr(misspelling, "_plausible_slips", lambda *a: calls.append(a[1]) or real(*a))
    assert dj421(SLIP + "\n" + OTHER) == first and calls == []
    assert dj421("新的一段话没有错字。\n" + SLIP)[-1] == (2, first[0][1]) and calls == ["新的一段话没有错字。"]


def test_the_document_count_is_read_again_for_a_remembered_paragraph():
    """The same stretch written twice in one document is a name, not a slip: a paragraph remembered
    from a document where it stood once is still silent in one where it stands twice."""
    assert len(dj421(SLIP)) == 1
    assert dj421(SLIP + "\n" + "这里也写了意识形太工作。") == []
    assert len(dj421(SLIP)) == 1


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(misspelling, "PARAGRAPH_MEMO", 3)
    texts = [f"第{i}段：要切实加强意识形太工作。" for i in range(7)]
    for t in texts:
        assert len(dj421(t)) == 1
    memos = [v for v in _indexes() if getattr(v, "_paragraph_slips", None)]
    assert memos and all(len(m._paragraph_slips) <= 3 for m in memos)


def _indexes():
    import gc

    from djlint.checks.spelling.index import Index

    return [o for o in gc.get_objects() if isinstance(o, Index)]


def test_a_long_paragraph_is_not_kept(monkeypatch):
    """The memo keeps the paragraphs' texts: one longer than PARAGRAPH_MEMO_CHARS is linted afresh each time."""
    monkeypatch.setattr(misspelling, "PARAGRAPH_MEMO_CHARS", 20)
    long = "这一段比较长，" * 5 + SLIP
    assert len(dj421(long)) == 1 and len(dj421(long)) == 1
    assert all(long not in getattr(i, "_paragraph_slips", {}) for i in _indexes())
    assert len(dj421(SLIP)) == 1 and any(SLIP in getattr(i, "_paragraph_slips", {}) for i in _indexes())
