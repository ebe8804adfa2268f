import pytest

"""Property tests: no rule raises on arbitrary text; every span lies inside its paragraph.

Bounded for CI; set DJLINT_HYPOTHESIS_EXAMPLES=2000 for a longer local run."""
import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from djlint.document import read_bytes
from djlint.engine import build_registry
from djlint.errors import ReadError
from djlint.lint import lint_document
from fixtures import build_docx as B

EXAMPLES = int(os.environ.get("DJLINT_HYPOTHESIS_EXAMPLES", "150"))
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("，。、；：？！“”‘’（）《》【】〔〕……——xX*＊×○□_＿ \t\u3000一二三四五六七八九十0123456789.,;:()-"))
TEXT = st.lists(st.one_of(CJK, PUNCT, st.characters(blacklist_categories=("Cs",))), max_size=200).map("".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=6))
@pytest.mark.slow
def test_no_rule_raises_and_spans_are_inside(lines):
    text = "\n".join(lines)
    try:
        doc = read_bytes("p.txt", text.encode("utf-8"), "txt")
    except ReadError as e:  # binary-looking text is refused with one line
        assert "\n" not in str(e)
        return
    diags = lint_document(doc, None)
    assert not [d for d in diags if d.code in ("DJ902", "DJ903")], [d.message for d in diags if d.code == "DJ902"]
    for d in diags:
        if d.paragraph is not None:
            assert 0 <= d.start <= d.end <= len(d.paragraph.text)
            assert 1 <= d.column <= d.end_column


def test_random_byte_mutations_of_a_docx_never_traceback(tmp_path):
    path = B.from_lines(str(tmp_path / "seed.docx"), ["一、工作情况", "全年召开会议x次。", "（一）加强学习"])
    data = bytearray(open(path, "rb").read())
    rnd = random.Random(1234)
    build_registry()
    for i in range(max(40, EXAMPLES // 3)):
        mutated = bytearray(data)
        for _ in range(rnd.randint(1, 20)):
            mutated[rnd.randrange(len(mutated))] = rnd.randrange(256)
        try:
            doc = read_bytes("m.docx", bytes(mutated))
        except ReadError as e:
            assert "\n" not in str(e)
            continue
        lint_document(doc, None)


@settings(max_examples=int(os.environ.get("DJLINT_HYPOTHESIS_EXAMPLES", "200")), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=30),
       st.integers(0, 70), st.integers(0, 8))
def test_spanset_agrees_with_a_plain_list(ranges, s, width):
    from djlint.util.spans import SpanSet

    spans = SpanSet()
    plain = []
    for a, w in ranges:
        spans.add(a, a + w)
        plain.append((a, max(a + w, a + 1)))
    e = s + width
    expected = any(a < max(e, s + 1) and s < b for a, b in plain)
    assert spans.overlaps(s, e) == expected
