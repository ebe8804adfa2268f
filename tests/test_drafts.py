"""What every set of planted drafts asserts (fixtures/drafts/: redteam12, blind13 … blind22; each set's own file holds
its look-alikes and the tests only it needs): every required planted defect is found on its words and no finding
falls outside the key; for the blind sets, the .docx (runs cut mid-word, tables, automatic numbering) gives the same
findings as the draft pasted as plain text (redteam12's own test allows its table columns)."""
import os

import pytest

from djlint.lint import lint_path, lint_text
from fixtures.build_drafts import HERE, build_draft, plain_text, score, sources

SETS = os.path.dirname(HERE)
BLIND = [src for n in range(13, 23) for src in sources(os.path.join(SETS, f"blind{n}"))]
ALL = sources(HERE) + BLIND


def _id(src: str) -> str:
    return f"{os.path.basename(os.path.dirname(src))}/{os.path.basename(src)[:-4]}"


@pytest.mark.parametrize("src", ALL, ids=[_id(s) for s in ALL])
def test_planted_defects_found_and_nothing_else(src, tmp_path):
    path, key = build_draft(src, str(tmp_path))
    missed, extra = score(key, [d.to_dict() for d in lint_path(path)])
    assert missed == [] and extra == []


@pytest.mark.parametrize("src", BLIND, ids=[_id(s) for s in BLIND])
def test_the_docx_reads_as_the_pasted_text(src, tmp_path):
    path, _key = build_draft(src, str(tmp_path))
    docx = sorted((d.line, d.code, d.snippet) for d in lint_path(path) if d.part == "body")
    text = sorted((d.line, d.code, d.snippet) for d in lint_text(plain_text(src)))
    assert docx == text


def test_every_set_is_read():
    assert len(sources(HERE)) >= 8 and len(BLIND) >= 72
