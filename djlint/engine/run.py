"""Running the selected rules on one Document: isolation, prefilters, superseded findings,
the author's suppressions, and turning a :class:`Finding` into a located Diagnostic.

A rule that raises on a paragraph becomes one DJ902 finding for that file and the run
goes on; a pattern that runs past its time limit becomes DJ903.
"""
from __future__ import annotations

import re

from ..diagnostic import Diagnostic, Fix
from ..document import PART_NAMES, Document, Paragraph
from ..util.spans import spans_overlap
from .context import LintContext
from .literals import paragraphs_matching, paragraphs_with_words
from .rule import Finding, Rule, category_of

INTERNAL_ERROR = ("DJ902", "internal-rule-error")
RULE_TIMEOUT = ("DJ903", "rule-timeout")


def context_window(text: str, start: int, end: int, width: int = 20) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return text[a:b].replace("\n", " ").replace("\t", " ")


def _shown(text: str, start: int, end: int) -> tuple[str, tuple[str, int, int]]:
    """The JSON's context (20 characters each side of the span, :func:`context_window`) and the
    stretch shown under the finding in the text output (30 each side, ellipses where the paragraph
    goes on: the excerpt, and the span's start and end in it).  One slice of the paragraph (it can be
    megabytes) holds both; its tabs and line breaks are made spaces once, one character for one, so
    the offsets stay."""
    n = len(text)
    a = max(0, start - 30)
    b = min(n, max(end, start + 1) + 30)
    shown = text[a:b].replace("\t", " ").replace("\n", " ")
    prefix = "…" if a > 0 else ""
    return (shown[max(0, start - 20) - a:min(n, end + 20) - a],
            (prefix + shown + ("…" if b < n else ""), len(prefix) + start - a, len(prefix) + end - a))


#: the category of each rule code met (a pattern's match per finding before)
_CATEGORY: dict[str, str] = {}


def make_diagnostic(doc: Document, rule_code: str, rule_name: str, severity: str, f: Finding) -> Diagnostic:
    p = f.paragraph
    category = _CATEGORY.get(rule_code)
    if category is None:
        category = _CATEGORY[rule_code] = category_of(rule_code)
    if p is None:
        return Diagnostic(doc.path, 1, 1, 1, 1, rule_code, rule_name, category, severity, f.message,
                          "", "body", None, fix_title=f.fix_title, snippet=f.message)
    text = p.text
    n = len(text)
    fs, fe = f.start, f.end
    start = max(0, min(fs, n))
    end = max(start, min(fe, n))
    col = p.column(start)
    end_col = p.end_column(end) if end > start else col
    fix = Fix(f.replacement, p.line, col, p.line, end_col, f.safe) if f.replacement is not None else None
    message = f.message
    if p.part != "body" and PART_NAMES.get(p.part) and not message.startswith("（"):
        message = f"（{PART_NAMES[p.part]}）{message}"
    snippet = text[fs:fe] if fe > fs else text[:40]
    more = tuple(make_diagnostic(doc, rule_code, rule_name, severity, Finding(q, a, b, message, r, f.safe))
                 for q, a, b, r in f.edits) if fix is not None and f.edits else ()
    context, window = _shown(text, start, end) if text else ("", None)
    return Diagnostic(doc.path, p.line, col, p.line, end_col, rule_code, rule_name, category, severity, message,
                      context, p.part, fix, p, fs, fe, f.fix_title, snippet, window, more)


def _check_document(rule: Rule, doc: Document, ctx: LintContext, emit, failures: list, timeouts: list) -> None:
    try:
        for f in rule.check(doc, ctx):
            emit(f)
    except TimeoutError:
        timeouts.append(None)
    except Exception as e:  # isolation: the file's other findings still come out
        failures.append((None, e))


def _parts_of(ctx) -> frozenset:
    """The parts the document's paragraphs belong to."""
    return frozenset(p.part for p in ctx.doc.paragraphs)


def _check_paragraphs(rule: Rule, doc: Document, ctx: LintContext, emit, failures: list, timeouts: list) -> None:
    pre = rule.prefilter
    parts = rule.parts
    # a prefilter is searched over the whole document at once (most rules meet few paragraphs)
    paragraphs = rule.candidates(ctx)
    if paragraphs is None and rule.prefilter_words:
        paragraphs = paragraphs_with_words(ctx, rule.prefilter_words)
        if pre is not None:
            more = paragraphs_matching(ctx, pre)
            if more:
                paragraphs = sorted({p.index: p for p in paragraphs + more}.values(), key=lambda p: p.index)
    elif paragraphs is None:
        paragraphs = doc.paragraphs if pre is None else paragraphs_matching(ctx, pre)
    if ctx.shared("engine.run.parts", _parts_of).issubset(parts):
        parts = None  # every part the document has is the rule's (a .txt: all body): no test a paragraph
    for p in paragraphs:
        if not p.text or (parts is not None and p.part not in parts):
            continue
        try:
            for f in rule.check_paragraph(p, ctx):
                emit(f)
        except TimeoutError:
            timeouts.append(p)
        except Exception as e:
            failures.append((p, e))


def _failure_diagnostics(doc: Document, rule: Rule, failures: list, timeouts: list) -> list[Diagnostic]:
    out = []
    if failures:
        p, e = failures[0]
        more = f"，另有 {len(failures) - 1} 处同样失败" if len(failures) > 1 else ""
        out.append(make_diagnostic(doc, INTERNAL_ERROR[0], INTERNAL_ERROR[1], "error", Finding(
            p, 0, 0, f"规则 {rule.code}（{rule.name}）内部出错，已跳过：{type(e).__name__}: {str(e)[:120]}{more}")))
    for p in timeouts[:5]:
        out.append(make_diagnostic(doc, RULE_TIMEOUT[0], RULE_TIMEOUT[1], "warning", Finding(
            p, 0, 0, f"规则 {rule.code}（{rule.name}）在此段超时，已跳过该段；请检查规则的正则表达式")))
    return out


def run_rules(doc: Document, rules: list[Rule], config=None, severities: dict[str, str] | None = None,
              registry=None) -> list[Diagnostic]:
    if registry is None:
        from .registry import build_registry

        registry = build_registry(tuple(getattr(config, "rule_packs", ()) or ()))
    ctx = LintContext(doc, config, registry)
    if registry.segmenter is not None:
        doc.segment_with(registry.segmenter, registry)
    severities = severities or {}
    out: list[Diagnostic] = []
    for rule in rules:
        if rule.inputs is not None and doc.kind not in rule.inputs:
            continue
        failures: list = []
        timeouts: list = []

        def emit(f: Finding, rule=rule):
            sev = severities.get(rule.code) or f.severity or rule.severity
            out.append(make_diagnostic(doc, rule.code, rule.name, sev, f))

        check = _check_document if rule.scope == "document" else _check_paragraphs
        check(rule, doc, ctx, emit, failures, timeouts)
        out.extend(_failure_diagnostics(doc, rule, failures, timeouts))
    out = _drop_superseded(out, rules)
    words = getattr(config, "words", None)
    return _spare_own_words(out, words) if words else out


def _spare_own_words(diags: list[Diagnostic], words: list[str]) -> list[Diagnostic]:
    """The unit's own words (config ``words``) are never “corrected” by a phrase rule."""
    kept = []
    for d in diags:
        if d.category == "phrase" and d.paragraph is not None and _in_own_word(d.paragraph.text, d.start, d.end, words):
            continue
        kept.append(d)
    return kept


def _in_own_word(text: str, start: int, end: int, words: list[str]) -> bool:
    for w in words:
        at = text.find(w, max(0, start - len(w)))
        while 0 <= at < end:
            if at < max(end, start + 1) and start < at + len(w):
                return True
            at = text.find(w, at + 1)
    return False


def _one_fix_per_spot(diags: list[Diagnostic], rules: list[Rule]) -> None:
    """Two rules never offer two different fixes for the same characters: where fixes overlap,
    the more severe rule's (then the one that claims more characters, then the lower code's) stays,
    the other finding keeps only its message."""
    rank = {"error": 0, "warning": 1, "info": 2}
    with_fix = sorted((d for d in diags if d.fix is not None and d.paragraph is not None),
                      key=lambda d: (rank.get(d.severity, 3), d.start - d.end, d.code))
    kept: dict[int, list] = {}
    for d in with_fix:
        spans = kept.setdefault(id(d.paragraph), [])
        if any(spans_overlap(a, b, d.start, d.end) and (a, b, r) != (d.start, d.end, d.fix.replacement)
               for a, b, r in spans):
            d.fix = None
        else:
            spans.append((d.start, d.end, d.fix.replacement))


def _drop_superseded(diags: list[Diagnostic], rules: list[Rule]) -> list[Diagnostic]:
    """A rule that ``supersedes`` another replaces its findings where their spans overlap."""
    diags = _drop_supersed_pairs(diags, rules)
    _one_fix_per_spot(diags, rules)
    return diags


def _drop_supersed_pairs(diags: list[Diagnostic], rules: list[Rule]) -> list[Diagnostic]:
    pairs = [(r.code, s) for r in rules for s in r.supersedes]
    if not pairs:
        return diags
    # the winners' spans by paragraph: a loser is compared with those of its own paragraph only
    # (comparing it with every winner of the document made a long text quadratic)
    by_code: dict[str, dict[int, list[tuple[int, int]]]] = {}
    at_of: dict[str, list[int]] = {}
    for i, d in enumerate(diags):
        if d.paragraph is not None:
            by_code.setdefault(d.code, {}).setdefault(id(d.paragraph), []).append((d.start, d.end))
            at_of.setdefault(d.code, []).append(i)
    drop = set()
    for winner, loser in pairs:
        wins = by_code.get(winner)
        if not wins:
            continue
        for i in at_of.get(loser, ()):
            d = diags[i]
            if any(spans_overlap(a, b, d.start, d.end) for a, b in wins.get(id(d.paragraph), ())):
                drop.add(i)
    return [d for i, d in enumerate(diags) if i not in drop]


# ---------------------------------------------------------------------------------------
# The author's suppressions


def apply_suppressions(doc: Document, diags: list[Diagnostic]) -> list[Diagnostic]:
    """Drop findings the author silenced inside the document (md comments, Word comments)."""
    if not doc.suppressions and not doc.comments:
        return diags
    ranges = []
    for c in doc.comments:
        m = re.match(r"^\s*djlint\s*[:：]\s*ignore\b(.*)$", c.text, re.S | re.I)
        if not m or c.start is None:
            continue
        codes = {x.upper() for x in re.findall(r"[A-Za-z]+\d+", m.group(1))} or None
        ranges.append((c.start, c.end or c.start, codes))
    kept = []
    for d in diags:
        sup = doc.suppressions.get(d.line, False) if d.part == "body" and doc.kind == "md" else False
        if sup is None or (sup and d.code in sup):
            continue
        if d.paragraph is not None and _in_comment_ranges(d, ranges):
            continue
        kept.append(d)
    return kept


def _in_comment_ranges(d: Diagnostic, ranges) -> bool:
    p: Paragraph = d.paragraph
    for (sp, so), (ep, eo), codes in ranges:
        if (codes is not None and d.code not in codes) or sp.part != p.part:
            continue
        pos = (p.index, d.start)
        endpos = (p.index, max(d.end, d.start))
        if (sp.index, so) <= pos and endpos <= (ep.index, max(eo, so if sp is ep else eo)):
            return True
        # a comment on a whole paragraph silences findings in it even when zero-width
        if sp is p and ep is p and so == eo:
            return True
    return False
