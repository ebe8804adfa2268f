"""The text output (output/text.render) gives, with colours and without, what its first formulation gave
(kept here): the Word location, the [*] mark, the excerpt, the caret and the fix line."""
from __future__ import annotations

import copy
import glob
import os

import pytest

from djlint.config import Config
from djlint.document import read_path
from djlint.engine.registry import build_registry
from djlint.output import Env, Style
from djlint.output.style import display_width, location
from djlint.output.text import render
from djlint.runner.lint import lint_document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _first_render(diags, env) -> str:
    style = env.style
    blocks = []
    for d in diags:
        mark = " [*]" if d.fix and d.fix.safe else ""
        head = f"{style.bold(location(d))}: {style.severity(d.severity, d.code)}{mark} {d.message}"
        if d.window is None:
            blocks.append(head)
            continue
        shown, start, end = d.window
        pad = display_width(shown[:start])
        width = max(1, display_width(shown[start:end]))
        gutter = str(d.line)
        bar = " " * len(gutter) + " |"
        lines = [head, style.dim(bar), f"{style.dim(gutter + ' |')} {shown}",
                 f"{style.dim(bar)} {' ' * pad}{style.severity(d.severity, '^' * width)}"]
        if d.fix is not None:
            lines.append(f"{style.dim(bar)} {style.cyan(d.fix_label())}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@pytest.mark.slow
def test_the_text_output_is_what_it_was():
    registry = build_registry()
    diags = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))[:40]:
        diags += lint_document(read_path(path), Config(), registry=registry)
    assert len(diags) > 50 and any(d.fix for d in diags) and any(d.fix and not d.fix.safe for d in diags)
    # the same findings as if from a Word file (第N段第M字, the part) and a few without a window
    for i, d in enumerate(diags[:30]):
        w = copy.copy(d)
        w.path = "报告.DOCX" if i % 2 else "报告.docx"
        w.part = "body" if i % 3 else "footnote"
        if i % 5 == 0:
            w.window = None
        diags.append(w)
    for color in (False, True):
        env = Env(Style(color), "0", None, fmt="text", files=[])
        assert render(diags, env) == _first_render(diags, env)


def test_a_replacement_in_its_own_quotation_marks_is_not_quoted_again(tmp_path):
    """blind22: DJ504's fix showed as 改为““第一议题””; a plain replacement keeps its quotation marks."""
    p = tmp_path / "q.txt"
    p.write_text('严格落实"第一议题"制度，认真落实"三会一课"。\n全年开展活动12次,效果良好。\n', encoding="utf-8")
    doc = read_path(str(p))
    registry = build_registry(())
    labels = [(d.code, d.fix_label()) for d in lint_document(doc, Config(select=("DJ504", "DJ501")), registry)]
    assert ("DJ504", "可自动修复：改为“第一议题”") in labels and ("DJ504", "可自动修复：改为“三会一课”") in labels
    assert ("DJ501", "可自动修复：改为“，”") in labels
