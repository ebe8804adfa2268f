"""The rule kinds the engine provides, for Python families and YAML packs alike.

``PatternRule``
    one or more regexes over a paragraph; ``exceptions`` are regexes whose matches are never
    reported; a match becomes a finding through :meth:`PatternRule.finding` (in YAML: a
    ``message`` template and an optional ``fix: {replacement, safe}`` that may use ``\\1``).
``SubstitutionRule``
    known wrong form → right form, from ``swap:`` or a ``data:`` TSV
    (``wrong<TAB>right[|right2…][<TAB>reason[<TAB>source]]``).  All wrong forms are searched
    with one literal alternation.  ``boundary: token`` only reports matches on jieba word
    boundaries.  Two or more right forms, or a reason, means no automatic fix.
"""
from __future__ import annotations

import os
import re as stdlib_re
from typing import Iterable

import regex as re

from ..document.tables import in_column_of_numbers
from ..errors import RuleLoadError
from ..util import rx
from ..util.spans import SpanSet
from ..util.trie import trie_pattern
from .data import read_list, read_tsv
from .literals import leftmost_longest, literal_hits, paragraphs_with_words
from .patterns import PATTERN_TIMEOUT, LazyPattern, exception_gates, excluded_spans, pattern_gates, set_needs
from .patterns import compile_ as compile_  # the Python families import it from here
from .rule import Finding, Rule


class PatternRule(Rule):
    """A paragraph rule made of regexes.  Subclasses set ``pattern`` (or ``patterns``),
    optional ``exceptions`` and ``needs`` (characters one of which a paragraph must hold:
    a cheap test that spares the regex on most paragraphs), and override :meth:`finding`
    or set ``message`` and ``fix_replacement``."""

    pattern = None
    patterns: tuple = ()
    exceptions: tuple = ()
    needs: str = ""
    message: str = "“{match}”"
    fix_replacement: str | None = None
    fix_safe: bool = True
    fix_title_tpl: str | None = None
    skip_headings: bool = False

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.__dict__.get("needs"):
            set_needs(cls, cls.needs)

    def all_patterns(self) -> tuple:
        return tuple(self.patterns) or ((self.pattern,) if self.pattern is not None else ())

    def format_message(self, template: str, m, replacement: str | None = None) -> str:
        values = {"match": m.group(0), "replacement": replacement or ""}
        for k, v in (m.groupdict() or {}).items():
            values[k] = v or ""
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template

    def message_for(self, p, m) -> str:
        """The message template for the match ``m`` in ``p`` (one for every match here)."""
        return self.message

    def finding(self, p, m) -> Finding | None:
        replacement = m.expand(self.fix_replacement) if self.fix_replacement is not None else None
        title = self.format_message(self.fix_title_tpl, m, replacement) if self.fix_title_tpl else None
        return Finding(p, m.start(), m.end(), self.format_message(self.message_for(p, m), m, replacement), replacement,
                       self.fix_safe, fix_title=title)

    def check_paragraph(self, p, ctx) -> Iterable[Finding]:
        if self.skip_headings and ctx.doc.outline.heading_of(p) is not None:
            return
        text = p.text
        patterns = self.all_patterns()
        # a pattern whose every non-empty match holds one of a few characters is searched where one stands
        present, needs = pattern_gates(self, patterns)
        present = frozenset(present(text)) if present is not None else ()
        found = [list(pattern.finditer(text, timeout=PATTERN_TIMEOUT)) if need is None or not need.isdisjoint(present)
                 else () for pattern, need in zip(patterns, needs)]
        if not any(found):
            return  # most paragraphs: the exceptions need not run at all
        excluded = excluded_spans(self.exceptions, text, exception_gates(self))
        for matches in found:
            for m in matches:
                s, e = m.span()
                if s == e or excluded.overlaps(s, e):
                    continue
                f = self.finding(p, m)
                if f is not None:
                    excluded.add(s, e)  # patterns never report the same characters twice
                    yield f


# ---------------------------------------------------------------------------------------
# YAML-defined rules


def _flags(spec, path) -> int:
    flags = 0
    for f in spec or []:
        if f == "ignorecase":
            flags |= re.IGNORECASE
        elif f == "multiline":
            flags |= re.MULTILINE
        else:
            raise RuleLoadError(f"{path}: 未知的 flags 值 {f!r}（可用 ignorecase、multiline）")
    return flags


def _compile(pattern: str, flags: int, path: str, lazy: bool = False):
    """A pack's regex, with the ``regex`` module (timeouts apply).  ``lazy``: the file is unchanged
    since it last loaded cleanly, so the pattern compiles on first use instead of now."""
    if not isinstance(pattern, str):
        raise RuleLoadError(f"{path}: 正则表达式须为字符串")
    if lazy:
        return LazyPattern(pattern, flags | re.V0)
    try:
        return rx.regex(pattern, flags | re.V0)
    except re.error as e:
        raise RuleLoadError(f"{path}: 正则表达式无效：{e}（{pattern}）") from None


def _prefilter(pattern: str, flags: int, path: str, lazy: bool = False) -> LazyPattern:
    """A pack's prefilter: the standard library where it can compile it (it scans a whole
    document several times faster than ``regex``), else ``regex``."""
    compiled = LazyPattern(pattern, flags)
    if not lazy:
        try:
            compiled.compiled
        except (re.error, stdlib_re.error) as e:
            raise RuleLoadError(f"{path}: prefilter 正则表达式无效：{e}（{pattern}）") from None
    return compiled


class YamlMeta:
    """The metadata every YAML rule reads from its spec."""

    def _read_meta(self, spec: dict, path: str) -> None:
        self.path = path
        self.code = str(spec.get("code", ""))
        self.name = str(spec.get("name", ""))
        self.severity = spec.get("severity", "warning")
        self.source = spec.get("source", "")
        self.link = spec.get("link", "")
        self.status = spec.get("status", "stable")
        self.since = str(spec.get("since", "0.1.0"))
        self.summary_text = spec.get("summary", "")
        self.doc_text = (spec.get("doc") or "").strip()
        self.message = spec.get("message") or "“{match}”"
        self.fix_title_tpl = spec.get("fix_title")
        self.skip_headings = bool(spec.get("skip_headings", False))
        self.aliases = tuple(spec.get("aliases") or ())
        parts = spec.get("parts")
        if parts is not None:
            if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
                raise RuleLoadError(f"{path}: parts 须为列表")
            self.parts = tuple(parts)
        ex = spec.get("examples") or {}
        if not isinstance(ex, dict) or set(ex) - {"bad", "good"}:
            raise RuleLoadError(f"{path}: examples 须为 {{bad: [...], good: [...]}}")
        examples = []
        for key, bad in (("bad", True), ("good", False)):
            for item in ex.get(key) or []:
                if not isinstance(item, str):
                    raise RuleLoadError(f"{path}: examples.{key} 的每一项须为字符串")
                examples.append((item, bad))
        self.examples = tuple(examples)


def _read_lists(spec, path: str) -> dict[str, str]:
    """``lists: {name: data/file.txt}``: each file one item a line (``#`` comments; in a .tsv the
    first column, the others say why the row is there), offered to the patterns as ``<<name>>``
    (a literal alternation, longest first)."""
    lists = spec.get("lists") or {}
    if not isinstance(lists, dict):
        raise RuleLoadError(f"{path}: lists 须为 名称: 数据文件 的映射")
    out = {}
    for name, rel in lists.items():
        items = [row.split("\t", 1)[0] for row in read_list(os.path.join(os.path.dirname(path), str(rel)))]
        # re.escape leaves letters as they are: called only for an item with something else in it
        out[str(name)] = "(?:" + "|".join(x if x.isalnum() else re.escape(x)
                                          for x in sorted(items, key=len, reverse=True)) + ")"
    return out


def _expand_lists(pattern, lists: dict[str, str], path: str):
    if not isinstance(pattern, str) or not lists:
        return pattern
    for name, alternation in lists.items():
        pattern = pattern.replace(f"<<{name}>>", alternation)
    unknown = re.search(r"<<[\w-]+>>", pattern)
    if unknown:
        raise RuleLoadError(f"{path}: 正则里引用了未定义的列表 {unknown.group(0)}")
    return pattern


class YamlPatternRule(YamlMeta, PatternRule):
    KEYS = {"pattern", "patterns", "exceptions", "flags", "fix", "needs", "prefilter", "lists", "message_after",
            "number_cell"}
    message_after: tuple = ()
    #: (pattern, message): a .docx table cell holding nothing but a match is found (with the message) in a
    #: column of figures only, whatever the patterns say
    number_cell: tuple | None = None

    def __init__(self, spec: dict, path: str, lazy: bool = False):
        self._read_meta(spec, path)
        flags = _flags(spec.get("flags"), path)
        lists = _read_lists(spec, path)
        self.message_after = _read_message_after(spec.get("message_after"), flags, path, lazy)
        pats = spec.get("patterns") or ([spec["pattern"]] if spec.get("pattern") else [])
        if not pats:
            raise RuleLoadError(f"{path}: pattern 规则须有 pattern 或 patterns")
        sources = [_expand_lists(p, lists, path) for p in pats]
        self.patterns = tuple(_compile(p, flags, path, lazy) for p in sources)
        self.exceptions = tuple(_compile(_expand_lists(p, lists, path), flags, path, lazy)
                                for p in spec.get("exceptions") or [])
        needs = spec.get("needs")
        if needs is not None:
            if not isinstance(needs, str) or not needs:
                raise RuleLoadError(f"{path}: needs 须为字符串：段落中至少含其中一个字符时才检查")
            set_needs(self, needs, bool(flags & re.IGNORECASE))
        pre = spec.get("prefilter")
        if pre is not None:
            # what every match holds, searched once over the whole document (paragraphs joined by a
            # NUL): literals and classes, no anchors or lookarounds; a list: any of them
            items = pre if isinstance(pre, list) else [pre]
            if not items or not all(isinstance(x, str) and x for x in items):
                raise RuleLoadError(f"{path}: prefilter 须为正则表达式（或其列表）：段落中有其匹配时才检查")
            compiled = tuple(_prefilter(_expand_lists(x, lists, path), flags, path, lazy) for x in items)
            self.prefilter = compiled[0] if len(compiled) == 1 else compiled
            self.prefilter_words = ()  # it, not needs, picks the paragraphs
        elif not flags & re.IGNORECASE:
            # without one: the literal every match of each pattern holds, when each has one (做出 for
            # 做出(?=…)), is a narrower prefilter than needs
            literals = [rx.required_literal(p) if isinstance(p, str) else None for p in sources]
            if all(literals) and len(set(literals)) == 1:
                self.prefilter = LazyPattern(trie_pattern(literals))  # one literal: the library jumps to it
                self.prefilter_words = ()  # it, not needs, picks the paragraphs
            elif all(literals):
                # several (市市委|省省委…): a trie of them is tried at every character; the engine's one
                # literal scan of the document finds them instead
                self.prefilter = None
                self.prefilter_words = tuple(dict.fromkeys(literals))
        cell = spec.get("number_cell")
        if cell is not None:
            if not isinstance(cell, dict) or set(cell) != {"cell", "message"}:
                raise RuleLoadError(f"{path}: number_cell 须为 {{cell: 正则, message: 提示}}")
            self.number_cell = (_compile(str(cell["cell"]), flags, path, lazy), str(cell["message"]))
        fix = spec.get("fix")
        if fix is not None:
            if not isinstance(fix, dict) or "replacement" not in fix or set(fix) - {"replacement", "safe"}:
                raise RuleLoadError(f"{path}: fix 须为 {{replacement: ..., safe: true|false}}")
            self.fix_replacement = str(fix["replacement"])
            self.fix_safe = bool(fix.get("safe", True))
            self.fix = "sometimes"

    def check_paragraph(self, p, ctx) -> Iterable[Finding]:
        m = None
        if self.number_cell is not None and p.cell is not None:
            text = p.text.strip()
            m = self.number_cell[0].fullmatch(text)
        if m is None:
            yield from super().check_paragraph(p, ctx)
            return
        # a table cell holding a lone mark is judged by its column: in a column of figures (a 次数 column
        # with one cell not filled in) a blank, in a column of ✓ and × marks or of words a cross
        if in_column_of_numbers(ctx, p, self.number_cell[0]):
            start = p.text.index(text)
            yield Finding(p, start, start + len(text), self.format_message(self.number_cell[1], m))

    def message_for(self, p, m) -> str:
        for after, template in self.message_after:
            if after.match(p.text, m.end()):
                return template
        return self.message


def _read_message_after(items, flags: int, path: str, lazy: bool) -> tuple:
    """``message_after: [{after: 正则, message: 模板}]``: the first whose pattern matches right after the match
    gives the message (共x次 → 请填写实际数字); none, ``message``."""
    if items is None:
        return ()
    if not isinstance(items, list) or not all(isinstance(x, dict) and set(x) == {"after", "message"} for x in items):
        raise RuleLoadError(f"{path}: message_after 须为 [{{after: 正则, message: 提示}}] 的列表")
    return tuple((_compile(str(x["after"]), flags, path, lazy), str(x["message"])) for x in items)


class SubstitutionRule(YamlMeta, PatternRule):
    KEYS = {"swap", "data", "boundary", "exceptions", "flags", "safe", "names"}

    def __init__(self, spec: dict, path: str, lazy: bool = False):
        self._read_meta(spec, path)
        if "message" not in spec:
            self.message = "“{match}”应为“{replacement}”"
        pairs: list[tuple[str, list[str], str]] = []
        swap = spec.get("swap") or {}
        if not isinstance(swap, dict):
            raise RuleLoadError(f"{path}: swap 须为 错误形式: 正确形式 的映射")
        for wrong, right in swap.items():
            rights = right if isinstance(right, list) else str(right).split("|")
            pairs.append((str(wrong), [str(r) for r in rights], ""))
        if spec.get("data"):
            pairs.extend((row.wrong, row.rights, row.reason)
                         for row in read_tsv(os.path.join(os.path.dirname(path), spec["data"])))
        if not pairs:
            raise RuleLoadError(f"{path}: substitution 规则须有 swap 或 data")
        self.table = {w: (r, reason) for w, r, reason in pairs}
        self.boundary = spec.get("boundary", "none")
        if self.boundary not in ("none", "token"):
            raise RuleLoadError(f"{path}: boundary 须为 none 或 token")
        flags = _flags(spec.get("flags"), path)
        # literals only, as a trie: the standard library scans it several times faster than the
        # regex module scans a flat alternation, and a literal trie cannot backtrack (no timeout)
        self.lookup = LazyPattern(trie_pattern(self.table), stdlib_re.IGNORECASE if flags & re.IGNORECASE else 0)
        #: case-sensitive tables are found by the engine's one scan for every rule's literals;
        #: an ignorecase table scans itself (its trie doubles as the prefilter)
        self.shared_scan = not flags & re.IGNORECASE
        if not self.shared_scan:
            self.prefilter = self.lookup
        self.exceptions = tuple(_compile(p, flags, path, lazy) for p in spec.get("exceptions") or [])
        self.safe_default = bool(spec.get("safe", True))
        self.fix = "sometimes"
        #: ``names: data/forms.txt``: wrong forms that may be a person's given name (高建义), left alone where
        #: the registry's name_guard says they stand as one
        self.name_forms = frozenset(read_list(os.path.join(os.path.dirname(path), spec["names"]))) if spec.get("names") else frozenset()

    def literal_keys(self, registry):
        return self.table if self.shared_scan else ()

    def candidates(self, ctx):
        if not self.shared_scan:
            return None
        return paragraphs_with_words(ctx, self.table.keys())

    def _matches(self, p, ctx, bounds=None) -> list:
        if not self.shared_scan:
            return list(self.lookup.finditer(p.text))
        found = literal_hits(ctx).get(p.index)
        if found and bounds is not None:
            # only word-aligned occurrences compete: one off the word edges (时侯 in 同时/侯选人)
            # must not hide an aligned one it overlaps
            found = {k: [i for i in pos if i in bounds and i + len(k) in bounds] for k, pos in found.items()}
        return [_Literal(p.text, s, e) for s, e, _k in leftmost_longest(found, self.table)] if found else []

    def check_paragraph(self, p, ctx) -> Iterable[Finding]:
        text = p.text
        if self.shared_scan and not literal_hits(ctx).get(p.index):
            return  # no listed form in the paragraph: no word boundaries needed
        matches = None if self.shared_scan else self._matches(p, ctx)
        if matches == []:
            return
        bounds = None
        if self.boundary == "token":
            toks = ctx.doc.tokens(p)
            bounds = {s for _, s, _ in toks} | {e for _, _, e in toks}
        if matches is None:
            matches = self._matches(p, ctx, bounds)  # the shared scan's hits, word-aligned ones only where bounds are known
        excluded = excluded_spans(self.exceptions, text, exception_gates(self))
        for m in matches:
            s, e = m.span()
            if excluded.overlaps(s, e):
                continue
            if bounds is not None and (s not in bounds or e not in bounds):
                continue
            if self.name_forms and m.group(0) in self.name_forms and _stands_as_a_name(ctx, text, s, e):
                continue  # 高建义 摄: a given name, not 建议
            rights, reason = self.table.get(m.group(0), self.table.get(m.group(0).lower(), ([], "")))
            replacement = rights[0] if rights else None
            fixable = len(rights) == 1 and not reason
            msg = self.format_message(self.message, m, "”或“".join(rights))
            if reason:
                msg = f"{msg}（{reason}）"
            yield Finding(p, s, e, msg, replacement if fixable else None, self.safe_default)


def _stands_as_a_name(ctx, text: str, s: int, e: int) -> bool:
    registry = ctx.registry
    guard = getattr(registry, "name_guard", None) if registry is not None else None
    return guard is not None and guard(registry, text, s, e)


class _Literal:
    """What a rule reads of a match, for a literal found by the engine's shared scan."""

    __slots__ = ("string", "_s", "_e")

    def __init__(self, string: str, s: int, e: int):
        self.string, self._s, self._e = string, s, e

    def span(self):
        return self._s, self._e

    def start(self):
        return self._s

    def end(self):
        return self._e

    def group(self, n=0):
        if n != 0:
            raise IndexError("no such group")
        return self.string[self._s:self._e]

    def groupdict(self):
        return {}



def _outside_groups(pattern: str) -> str | None:
    """The characters of ``pattern`` outside every group (``(?<=招聘)启示(?=…)`` → 启示) when they
    are plain word characters, else None; kept between runs with the patterns (the ~150 pairs' patterns
    read one character at a time were ~1 ms of every start-up)."""
    return rx.remember_text("outside-groups", f"{_OUTSIDE_VERSION}\x00{pattern}", lambda: (_read_outside_groups(pattern),))[0]


#: part of the kept words' key: change it when :func:`_read_outside_groups` tells other words
_OUTSIDE_VERSION = 1


def _read_outside_groups(pattern: str) -> str | None:
    """:func:`_outside_groups` worked out."""
    out, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if depth == 0:
                return None
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(c)
        i += 1
    word = "".join(out)
    return word if word and all(ch.isalnum() for ch in word) else None


class ContextPairRule(YamlMeta, PatternRule):
    """``pairs:``: a word that is right in one context and a slip for its confusable partner in
    another (渡过/度过, 启示/启事, 权利/权力): each pair a regex holding the wrong word with the
    context that decides (lookbehind, lookahead), the right word, why, and optionally since (a year:
    only drafts of that year or later are told; undated ones are not).  The word itself is what
    the regex consumes; a pair reports nothing where its context does not decide."""

    KEYS = {"pairs"}

    def __init__(self, spec: dict, path: str, lazy: bool = False):
        self._read_meta(spec, path)
        pairs = spec.get("pairs")
        if not isinstance(pairs, list) or not pairs:
            raise RuleLoadError(f"{path}: pairs 须为列表，每项 {{pattern, right, why}}")
        table = []
        for i, item in enumerate(pairs, 1):
            if not isinstance(item, dict) or set(item) - {"pattern", "right", "why", "source", "since"} \
                    or not all(isinstance(item.get(k), str) and item.get(k) for k in ("pattern", "right", "why", "source")) \
                    or not isinstance(item.get("since", 0), int):
                raise RuleLoadError(f"{path}: pairs 第{i}项须为 {{pattern, right, why, source}}（均为非空字符串），"
                                    "可加 since（年份：该年及以后的文稿才报）")
            literal = _outside_groups(item["pattern"]) or rx.required_literal(item["pattern"])
            if not literal:
                raise RuleLoadError(f"{path}: pairs 第{i}项的正则须含一个固定的词（{item['pattern']}）")
            table.append((literal, _compile(item["pattern"], 0, path, lazy), item["right"], item["why"], item.get("since")))
        self.pairs = tuple(table)
        try:
            self.message.format(match="", replacement="", why="")
        except (KeyError, IndexError, ValueError):
            raise RuleLoadError(f"{path}: message 只能用 {{match}}、{{replacement}}、{{why}}") from None
        self.prefilter = None
        self.prefilter_words = tuple(dict.fromkeys(lit for lit, *_ in table))
        self.fix_safe = False
        self.fix = "sometimes"

    def all_patterns(self) -> tuple:
        return tuple(pat for _lit, pat, _r, _w, _since in self.pairs)

    def check_paragraph(self, p, ctx) -> Iterable[Finding]:
        text = p.text
        # the engine's one scan says where each pair's word is: each pair is tried there only
        found = literal_hits(ctx).get(p.index) or {}
        taken = SpanSet(())
        for literal, pattern, right, why, since in self.pairs:
            if since is not None and (ctx.year is None or ctx.year < since):
                continue  # a formulation of a later year: an older or undated draft may use the earlier word
            for at in found.get(literal, ()):
                m = pattern.match(text, at, timeout=PATTERN_TIMEOUT)
                if m is None:
                    continue
                s, e = m.span()
                if s == e or taken.overlaps(s, e):
                    continue
                taken.add(s, e)
                msg = self.message.format(match=m.group(0), replacement=right, why=why)
                yield Finding(p, s, e, msg, right, False)


KINDS = {"pattern": YamlPatternRule, "substitution": SubstitutionRule, "pairs": ContextPairRule}
