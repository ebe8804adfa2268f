"""grammar.base.PatternsRule.check_paragraph finds, on every paragraph of the fixtures' texts (traditional
script among them) and on shuffled paragraphs made of their sentences, what its first formulation (kept
here) found: the paragraph's scan keys met with the rule's words (and with a pattern's ``twice`` words) as a
set intersection, and a paragraph that admits no pattern left before anything else is made."""
from __future__ import annotations

import glob
import os
import random

import pytest
import yaml

from djlint.checks.grammar.base import _NO_HITS, PatternsRule
from djlint.checks.grammar.script import reading
from djlint.checks.grammar.text import in_cited_title
from djlint.config import Config
from djlint.document import read_path
from djlint.engine import Finding
from djlint.engine.context import LintContext
from djlint.engine.kinds import PATTERN_TIMEOUT
from djlint.engine.literals import literal_hits
from djlint.engine.registry import build_registry
from djlint.util.spans import SpanSet

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _first_twice(words: tuple, text: str, hits) -> bool:
    if hits is None:
        for w in words:
            at = text.find(w)
            if at >= 0 and text.find(w, at + len(w) + 1) >= 0:
                return True
        return False
    for w in words:
        ats = hits.get(w)
        if ats is not None and ats[-1] - ats[0] > len(w):
            return True
    return False


def _first_check_paragraph(self, p, ctx):
    text, converted = reading(p, ctx)
    taken = SpanSet()
    words, chars, always = self._needs_index()
    present = set(always)
    if converted:
        for w, ids in words.items():
            if w in text:
                present |= ids
    hits = None if converted else literal_hits(ctx).get(p.index, _NO_HITS)
    for w in (() if hits is None else hits):
        ids = words.get(w)
        if ids is not None:
            present |= ids
    for ch, ids in chars:
        if ch in text:
            present |= ids
    patterns = self.patterns
    for i in sorted(present):
        pat = patterns[i]
        if pat.also is not None and not pat.also(text):
            continue
        if pat.twice and not _first_twice(pat.twice, text, hits):
            continue
        for m in pat.regex.finditer(text, timeout=PATTERN_TIMEOUT):
            s, e = m.span(pat.span or 0)
            if s == e or taken.overlaps(s, e) or (not pat.titles and in_cited_title(text, s)):
                continue
            if pat.accept is not None and not pat.accept(text, m, ctx, p):
                continue
            taken.add(s, e)
            values = {k: v or "" for k, v in m.groupdict().items()}
            message = pat.message.format(match=m.group(0), **values)
            replacement = pat.fix(m) if pat.fix is not None else None
            if replacement is not None and (pat.span or converted):
                replacement = None
            yield Finding(p, s, e, message, replacement, safe=pat.safe)


def _seen(findings) -> list:
    return [(f.paragraph.index, f.start, f.end, f.message, f.replacement, f.safe) for f in findings]


def _case_texts(codes) -> list[str]:
    """The texts of the family's rule cases (what each must find and the look-alikes it must not)."""
    texts = []
    for code in codes:
        with open(os.path.join(ROOT, "rules", "cases", f"{code}.yaml"), encoding="utf-8") as fh:
            texts.extend(case["text"] for case in yaml.safe_load(fh).values() if isinstance(case, dict) and "text" in case)
    return texts


def _written(tmp_path, name: str, lines: list[str]) -> str:
    out = tmp_path / name
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(out)


def _shuffled(paths, cases: list[str]) -> list[str]:
    """Paragraphs of two to six sentences drawn from the fixtures and the cases."""
    rnd = random.Random(30)
    sentences = [s + "。" for text in cases for s in text.split("。") if len(s) > 3]
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                sentences.extend(s + "。" for s in line.strip().split("。") if len(s) > 3)
    return ["".join(rnd.sample(sentences, rnd.randint(2, 6))) for _ in range(3000)]


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_the_family_finds_what_its_first_formulation_found(tmp_path):
    registry = build_registry(())
    rules = [r for r in registry.rules.values() if isinstance(r, PatternsRule)]
    assert len(rules) >= 3
    paths = sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))
    cases = _case_texts(sorted(r.code for r in rules))
    compared = found = converted = 0
    for path in [*paths, _written(tmp_path, "cases.txt", cases), _written(tmp_path, "shuffled.txt", _shuffled(paths, cases))]:
        doc = read_path(path)
        ctx = LintContext(doc, Config(), registry)
        for p in doc.paragraphs:
            if not p.text:
                continue
            converted += reading(p, ctx)[1]
            for rule in rules:
                now = _seen(rule.check_paragraph(p, ctx))
                assert now == _seen(_first_check_paragraph(rule, p, ctx)), (rule.code, path, p.text)
                compared += 1
                found += len(now)
    assert compared > 15_000 and found > 300 and converted > 0, (compared, found, converted)


def test_a_word_twice_is_told_as_before_on_random_texts():
    """_twice read off a paragraph's hits (every occurrence of every key) answers as the first formulation:
    a word twice with something between, not twice run together, nor once."""
    from djlint.checks.grammar.base import _twice

    rnd = random.Random(30)
    vocabulary = ["提高", "加强", "高加", "党建", "建设", "设党", "提高党建"]
    told = {True: 0, False: 0}
    for _ in range(5000):
        text = "".join(rnd.choice(("提高", "加强", "党建", "设", "，")) for _ in range(rnd.randint(0, 14)))
        keys = rnd.sample(vocabulary, rnd.randint(1, len(vocabulary)))
        hits = {k: [i for i in range(len(text)) if text.startswith(k, i)] for k in keys}
        hits = {k: at for k, at in hits.items() if at}
        words = tuple(rnd.sample(keys, rnd.randint(1, len(keys))))
        for given in (hits, None):
            got = _twice(words, text, given)
            assert got == _first_twice(words, text, given), (words, text)
            told[got] += 1
    assert min(told.values()) > 1000, told
