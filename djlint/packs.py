"""YAML rule packs and the rule kinds the engine provides.

A pack is a folder: ``pack.yaml`` (name, description, version, sources), one
``<rule-name>.yaml`` per rule, and ``data/`` for long lists (TSV).  The loader is strict:
an unknown key, a wrong type or a bad regex is a load error naming the file.

Kinds:

``pattern``
    one or more regexes; ``exceptions`` are regexes whose matches must never be reported;
    optional ``fix: {replacement, safe}`` where the replacement may use ``\\1`` groups.
``substitution``
    known wrong form → right form, from ``swap:`` or a ``data:`` TSV
    (``wrong<TAB>right[|right2…][<TAB>reason]``).  All wrong forms are searched with one
    alternation.  ``boundary: token`` only reports matches on jieba word boundaries.
    Two or more right forms, or a reason, means no automatic fix.
"""
from __future__ import annotations

import os
import unicodedata
from typing import Iterable

import regex as re
import yaml

from .engine import Finding, LintContext, Registry, Rule
from .document import Paragraph
from .errors import RuleLoadError
from .spans import SpanSet

PATTERN_TIMEOUT = 1.0  # seconds per paragraph for a pack's regex
COMMON_KEYS = {"code", "name", "kind", "severity", "summary", "source", "link", "message", "doc", "examples",
               "status", "since", "parts", "fix_title", "skip_headings"}
KIND_KEYS = {
    "pattern": {"pattern", "patterns", "exceptions", "flags", "fix", "needs"},
    "substitution": {"swap", "data", "boundary", "exceptions", "flags", "safe"},
}
PACK_KEYS = {"name", "description", "version", "requires", "sources", "author", "license", "url"}


def _safe_load(path: str):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise RuleLoadError(f"{path}: YAML 格式错误{where}：{getattr(e, 'problem', e)}") from None
    except UnicodeDecodeError:
        raise RuleLoadError(f"{path}: 不是 UTF-8 文本") from None


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


def _compile(pattern: str, flags: int, path: str):
    if not isinstance(pattern, str):
        raise RuleLoadError(f"{path}: 正则表达式须为字符串")
    try:
        return re.compile(pattern, flags | re.V0)
    except re.error as e:
        raise RuleLoadError(f"{path}: 正则表达式无效：{e}（{pattern}）") from None


def read_tsv(path: str) -> list[tuple[str, list[str], str]]:
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 2 or not cols[0] or not cols[1]:
                    raise RuleLoadError(f"{path}:{n}: 每行须为 错误形式<TAB>正确形式[<TAB>说明]")
                rows.append((unicodedata.normalize("NFC", cols[0]), cols[1].split("|"), cols[2] if len(cols) > 2 else ""))
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    return rows


class YamlRule(Rule):
    """A rule defined in a YAML pack."""

    def __init__(self, spec: dict, path: str):
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

    def format_message(self, template: str, m: re.Match, replacement: str | None = None) -> str:
        values = {"match": m.group(0), "replacement": replacement or ""}
        for k, v in (m.groupdict() or {}).items():
            values[k] = v or ""
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


class PatternRule(YamlRule):
    def __init__(self, spec: dict, path: str):
        super().__init__(spec, path)
        flags = _flags(spec.get("flags"), path)
        pats = spec.get("patterns") or ([spec["pattern"]] if spec.get("pattern") else [])
        if not pats:
            raise RuleLoadError(f"{path}: pattern 规则须有 pattern 或 patterns")
        self.patterns = [_compile(p, flags, path) for p in pats]
        self.exceptions = [_compile(p, flags, path) for p in spec.get("exceptions") or []]
        needs = spec.get("needs")
        if needs is not None:
            if not isinstance(needs, str) or not needs:
                raise RuleLoadError(f"{path}: needs 须为字符串：段落中至少含其中一个字符时才检查")
            import re as stdlib_re

            chars = needs if not flags & re.IGNORECASE else needs.lower() + needs.upper()
            self.prefilter = stdlib_re.compile("[" + stdlib_re.escape(chars) + "]")
        fix = spec.get("fix")
        self.fix_replacement = None
        self.fix_safe = True
        if fix is not None:
            if not isinstance(fix, dict) or "replacement" not in fix or set(fix) - {"replacement", "safe"}:
                raise RuleLoadError(f"{path}: fix 须为 {{replacement: ..., safe: true|false}}")
            self.fix_replacement = str(fix["replacement"])
            self.fix_safe = bool(fix.get("safe", True))
            self.fix = "sometimes"

    def check_paragraph(self, p: Paragraph, ctx: LintContext) -> Iterable[Finding]:
        text = p.text
        if self.skip_headings and ctx.doc.outline.heading_of(p) is not None:
            return
        found = [list(pattern.finditer(text, timeout=PATTERN_TIMEOUT)) for pattern in self.patterns]
        if not any(found):
            return  # most paragraphs: the exceptions need not run at all
        excluded = SpanSet(m.span() for ex in self.exceptions for m in ex.finditer(text, timeout=PATTERN_TIMEOUT)
                           if m.end() > m.start())
        for matches in found:
            for m in matches:
                s, e = m.span()
                if s == e:
                    continue
                if excluded.overlaps(s, e):
                    continue
                excluded.add(s, e)  # patterns never report the same characters twice
                replacement = m.expand(self.fix_replacement) if self.fix_replacement is not None else None
                yield Finding(p, s, e, self.format_message(self.message, m, replacement), replacement,
                              self.fix_safe,
                              fix_title=self.format_message(self.fix_title_tpl, m, replacement) if self.fix_title_tpl else None)


class SubstitutionRule(YamlRule):
    def __init__(self, spec: dict, path: str):
        super().__init__(spec, path)
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
            pairs.extend(read_tsv(os.path.join(os.path.dirname(path), spec["data"])))
        if not pairs:
            raise RuleLoadError(f"{path}: substitution 规则须有 swap 或 data")
        self.table = {w: (r, reason) for w, r, reason in pairs}
        self.boundary = spec.get("boundary", "none")
        if self.boundary not in ("none", "token"):
            raise RuleLoadError(f"{path}: boundary 须为 none 或 token")
        flags = _flags(spec.get("flags"), path)
        alternation = "|".join(re.escape(w) for w in sorted(self.table, key=len, reverse=True))
        # literals only: the standard library scans a large alternation about three times faster,
        # and a literal alternation cannot backtrack, so it needs no timeout
        import re as stdlib_re

        self.pattern = stdlib_re.compile(f"(?:{alternation})", stdlib_re.IGNORECASE if flags & re.IGNORECASE else 0)
        self.exceptions = [_compile(p, flags, path) for p in spec.get("exceptions") or []]
        self.safe_default = bool(spec.get("safe", True))
        self.fix = "sometimes"

    def check_paragraph(self, p: Paragraph, ctx: LintContext) -> Iterable[Finding]:
        text = p.text
        matches = list(self.pattern.finditer(text))
        if not matches:
            return
        excluded = SpanSet(m.span() for ex in self.exceptions for m in ex.finditer(text, timeout=PATTERN_TIMEOUT)
                           if m.end() > m.start())
        bounds = None
        if self.boundary == "token":
            toks = ctx.doc.tokens(p)
            bounds = {s for _, s, _ in toks} | {e for _, _, e in toks}
        for m in matches:
            s, e = m.span()
            if excluded.overlaps(s, e):
                continue
            if bounds is not None and (s not in bounds or e not in bounds):
                continue
            rights, reason = self.table.get(m.group(0), self.table.get(m.group(0).lower(), ([], "")))
            replacement = rights[0] if rights else None
            fixable = len(rights) == 1 and not reason
            msg = self.format_message(self.message, m, "”或“".join(rights))
            if reason:
                msg = f"{msg}（{reason}）"
            yield Finding(p, s, e, msg, replacement if fixable else None, self.safe_default)


KINDS = {"pattern": PatternRule, "substitution": SubstitutionRule}


def load_rule_file(path: str) -> Rule:
    spec = _safe_load(path)
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{path}: 规则文件须为 YAML 映射")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise RuleLoadError(f"{path}: 未知的规则类型 kind={kind!r}（可用：{', '.join(KINDS)}）")
    unknown = set(spec) - COMMON_KEYS - KIND_KEYS[kind]
    if unknown:
        raise RuleLoadError(f"{path}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    return KINDS[kind](spec, path)


def load_pack_dir(registry: Registry, directory: str, origin: str) -> None:
    meta_path = os.path.join(directory, "pack.yaml")
    if not os.path.isfile(meta_path):
        raise RuleLoadError(f"{directory}: 规则包缺少 pack.yaml")
    meta = _safe_load(meta_path) or {}
    if not isinstance(meta, dict):
        raise RuleLoadError(f"{meta_path}: 须为 YAML 映射")
    unknown = set(meta) - PACK_KEYS
    if unknown:
        raise RuleLoadError(f"{meta_path}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    registry.packs.append({"path": directory, **meta})
    profiles_dir = os.path.join(directory, "profiles")
    if os.path.isdir(profiles_dir):
        from .profiles import load_profiles_dir

        load_profiles_dir(registry, profiles_dir, origin, _safe_load)
    for name in sorted(os.listdir(directory)):
        if name == "pack.yaml" or not name.endswith((".yaml", ".yml")):
            continue
        rule = load_rule_file(os.path.join(directory, name))
        registry.add(rule, origin)

