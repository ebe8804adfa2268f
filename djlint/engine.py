"""The rule engine: one registry of rules, selection, running, isolation, suppression.

Rules come from three places, all into one code → rule table:

* YAML packs (``rules/`` inside the package, and the user's ``rule-packs``), using the
  rule kinds in :mod:`djlint.packs`;
* Python rule classes, registered through the entry point group ``djlint.rules``
  (djlint's own families go through the same group, see pyproject.toml);
* third-party plugins, through that same group.

A rule that raises on a paragraph becomes one DJ902 finding for that file and the run
goes on; a pattern that runs past its time limit becomes DJ903.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable

import regex as re

from .diagnostic import CATEGORIES, SEVERITIES, Diagnostic, Fix
from .document import PART_NAMES, Document, Paragraph
from .errors import ConfigError, RuleLoadError

ENTRY_POINT_GROUP = "djlint.rules"
#: djlint's own Python rule modules, used directly when the package metadata is missing
BUILTIN_MODULES = ("djlint.checks.inputs", "djlint.checks.placeholders", "djlint.checks.residue",
                   "djlint.checks.structure", "djlint.checks.numbering", "djlint.checks.punctuation",
                   "djlint.checks.numbers", "djlint.checks.phrases")
TEXT_PARTS = ("body", "header", "footer", "footnote", "endnote", "textbox")
STATUSES = ("stable", "preview", "deprecated", "removed")
FIX_AVAILABILITY = ("never", "sometimes", "always")
DOC_HEADINGS = ("## 检查内容", "## 为什么", "## 示例", "## 修复说明", "## 依据")
_CODE = re.compile(r"^[A-Z]{2,10}[0-9]{3}$")


@dataclass
class Finding:
    """What a rule yields: a span of one paragraph (or the whole document) and a message."""

    paragraph: Paragraph | None
    start: int = 0
    end: int = 0
    message: str = ""
    replacement: str | None = None
    safe: bool = True
    severity: str | None = None
    fix_title: str | None = None
    code: str | None = None  # a rule may report under a sibling code it owns


@dataclass
class Example:
    text: str
    bad: bool
    input: str = "txt"
    config: dict | None = None


class Rule:
    """Base class for every rule.  Subclasses set the metadata and override a ``check``.

    The class docstring is the rule's documentation (Chinese, with the headings in
    ``DOC_HEADINGS``); its first line is the summary.
    """

    code: str = ""
    name: str = ""
    severity: str = "warning"
    source: str = ""
    link: str = ""
    fix: str = "never"
    scope: str = "paragraph"  # paragraph | document
    status: str = "stable"
    since: str = "0.1.0"
    parts: tuple[str, ...] = TEXT_PARTS
    #: examples: (text, bad?) pairs; bad ones must fire, good ones must stay silent
    examples: tuple = ()
    origin: str = "djlint"
    #: input kinds the rule applies to (docx-only rules read highlights, comments, revisions)
    inputs: tuple[str, ...] = ("docx", "txt", "md")
    #: codes whose findings this rule replaces where their spans overlap (a more specific message)
    supersedes: tuple[str, ...] = ()
    #: paragraph rules: a compiled pattern a paragraph must contain for the rule to look at it
    #: (the engine tests it, so most paragraphs cost one C-level search per rule)
    prefilter: Any = None
    summary_text: str = ""
    doc_text: str = ""

    @property
    def category(self) -> str:
        return category_of(self.code)

    @property
    def summary(self) -> str:
        if self.summary_text:
            return self.summary_text
        doc = (type(self).__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    @property
    def doc(self) -> str:
        if self.doc_text:
            return self.doc_text
        import inspect

        doc = inspect.cleandoc(type(self).__doc__ or "")
        lines = doc.splitlines()
        return "\n".join(lines[1:]).strip()

    def example_list(self) -> list[Example]:
        out = []
        for ex in self.examples:
            if isinstance(ex, Example):
                out.append(ex)
            elif isinstance(ex, dict):
                out.append(Example(ex["text"], ex["bad"], ex.get("input", "txt"), ex.get("config")))
            else:
                out.append(Example(ex[0], bool(ex[1])))
        return out

    # -- checking ------------------------------------------------------------------------
    def check(self, doc: Document, ctx: "LintContext") -> Iterable[Finding]:
        """Document scope: yield findings for the whole document."""
        return ()

    def check_paragraph(self, paragraph: Paragraph, ctx: "LintContext") -> Iterable[Finding]:
        """Paragraph scope: yield findings for one paragraph."""
        return ()


_DJ_CODE = re.compile(r"^DJ([1-9])\d\d$")


def category_of(code: str) -> str:
    m = _DJ_CODE.match(code)
    if m:
        return CATEGORIES[m.group(1)]
    return "plugin"


class LintContext:
    """What a rule may read besides the document: the effective configuration."""

    def __init__(self, doc: Document, config=None, registry: "Registry | None" = None):
        self.doc = doc
        self.config = config
        self._registry = registry

    @property
    def registry(self) -> "Registry":
        if self._registry is None:
            packs = tuple(getattr(self.config, "rule_packs", ()) or ()) if self.config is not None else ()
            self._registry = build_registry(packs)
        return self._registry

    @cached_property
    def structure(self):
        """The document's report profile and its top-level sections (DJ1xx rules share it)."""
        from .profiles import analyse

        reg = self.registry
        return analyse(self.doc, reg.profiles, reg.groups, self.profile)

    @cached_property
    def year(self) -> int | None:
        if self.config is not None and getattr(self.config, "year", None):
            return self.config.year
        from .document.outline import find_year

        return find_year(self.doc)

    @property
    def profile(self) -> str | None:
        return getattr(self.config, "profile", None) if self.config is not None else None

    def option(self, code: str, key: str, default=None):
        if self.config is None:
            return default
        return (getattr(self.config, "rule_options", {}) or {}).get(code, {}).get(key, default)


# ---------------------------------------------------------------------------------------
# Registry


class Registry:
    def __init__(self):
        self.rules: dict[str, Rule] = {}
        self.warnings: list[str] = []
        self.packs: list[dict] = []
        #: report profiles and the section groups they use (see :mod:`djlint.profiles`)
        self.profiles: dict = {}
        self.groups: dict = {}

    def add(self, rule: Rule, origin: str) -> None:
        validate_rule(rule, origin)
        rule.origin = origin
        if rule.code in self.rules:
            other = self.rules[rule.code].origin
            raise RuleLoadError(f"规则代码 {rule.code} 重复：{origin} 与 {other} 都定义了它")
        names = {r.name: r.code for r in self.rules.values()}
        if rule.name in names:
            raise RuleLoadError(f"规则名 {rule.name} 重复：{rule.code} 与 {names[rule.name]}")
        self.rules[rule.code] = rule

    def get(self, code: str) -> Rule | None:
        code = code.strip()
        if code.upper() in self.rules:
            return self.rules[code.upper()]
        for r in self.rules.values():
            if r.name == code:
                return r
        return None

    def sorted(self) -> list[Rule]:
        return [self.rules[c] for c in sorted(self.rules, key=_code_key)]

    def matches(self, selector: str) -> list[Rule]:
        """Rules a selector names: ALL, a code or code prefix, a category, or a rule name."""
        s = selector.strip()
        if not s:
            return []
        if s.upper() == "ALL":
            return list(self.rules.values())
        up = s.upper()
        out = [r for r in self.rules.values() if r.code.startswith(up)]
        if out:
            return out
        out = [r for r in self.rules.values() if r.category == s.lower() or r.name == s]
        return out

    def is_known_selector(self, selector: str) -> bool:
        s = selector.strip().upper()
        if s == "ALL" or self.matches(selector):
            return True
        # a prefix of the DJ code space is fine even if no rule uses it yet (DJ8)
        return bool(re.match(r"^DJ[0-9]{0,3}$", s))


def _code_key(code: str):
    m = re.match(r"^([A-Z]+)(\d+)$", code)
    return (m.group(1) != "DJ", m.group(1), int(m.group(2))) if m else (True, code, 0)


def validate_rule(rule: Rule, origin: str) -> None:
    where = f"{origin}: 规则 {rule.code or '?'}"
    if not _CODE.match(rule.code or ""):
        raise RuleLoadError(f"{where}: 代码须为大写前缀加三位数字（如 DJ201 或 ORG101）")
    if rule.code.startswith("DJ") and origin.startswith("plugin:"):
        raise RuleLoadError(f"{where}: 插件规则不得使用 DJ 前缀，请用自己的前缀（如 ORG101）")
    if not re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", rule.name or ""):
        raise RuleLoadError(f"{where}: name 须为小写短横线形式（如 unfilled-placeholder）")
    if rule.severity not in SEVERITIES:
        raise RuleLoadError(f"{where}: severity 须为 {'/'.join(SEVERITIES)}")
    if rule.status not in STATUSES:
        raise RuleLoadError(f"{where}: status 须为 {'/'.join(STATUSES)}")
    if rule.fix not in FIX_AVAILABILITY:
        raise RuleLoadError(f"{where}: fix 须为 {'/'.join(FIX_AVAILABILITY)}")
    if not rule.summary:
        raise RuleLoadError(f"{where}: 缺少一句话说明（summary）")
    if not rule.source:
        raise RuleLoadError(f"{where}: 缺少依据（source）；没有依据的规则不能发布")
    if rule.scope not in ("paragraph", "document"):
        raise RuleLoadError(f"{where}: scope 须为 paragraph 或 document")


_REGISTRY_CACHE: dict[tuple, Registry] = {}


def builtin_packs_dir() -> str:
    """The YAML packs shipped inside the package (``rules/`` in a source checkout)."""
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "builtin_rules")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "rules")


@dataclass
class _EntryPoint:
    name: str
    value: str
    dist_name: str

    @property
    def dist(self):
        return type("Dist", (), {"name": self.dist_name})()

    def load(self):
        module_name, _, attr = self.value.partition(":")
        module = importlib.import_module(module_name.strip())
        for part in filter(None, attr.strip().split(".")):
            module = getattr(module, part)
        return module


def _entry_points():
    """The ``djlint.rules`` entry points of the installed distributions.

    Reads ``entry_points.txt`` of each ``*.dist-info``/``*.egg-info`` on ``sys.path`` directly:
    importlib.metadata parses every distribution's metadata and costs tens of milliseconds
    at every start-up, which a pre-commit hook pays on every commit."""
    import sys

    found: list[_EntryPoint] = []
    seen: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in sorted(names):
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = name.rsplit(".", 1)[0].rsplit("-", 1)[0].lower().replace("-", "_")
            if dist in seen:
                continue
            seen.add(dist)
            try:
                with open(os.path.join(entry or ".", name, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if ENTRY_POINT_GROUP not in text:
                continue
            section = None
            for line in text.splitlines():
                line = line.strip()
                if not line or line.startswith(("#", ";")):
                    continue
                if line.startswith("[") and line.endswith("]"):
                    section = line[1:-1].strip()
                elif section == ENTRY_POINT_GROUP and "=" in line:
                    key, _, value = line.partition("=")
                    found.append(_EntryPoint(key.strip(), value.strip(), dist))
    return found


def _load_module_rules(registry: Registry, module, origin: str) -> list[str]:
    packs = []
    get_rules = getattr(module, "get_rules", None)
    rules = get_rules() if callable(get_rules) else getattr(module, "RULES", ())
    for r in rules:
        registry.add(r() if isinstance(r, type) else r, origin)
    get_packs = getattr(module, "get_packs", None)
    if callable(get_packs):
        packs.extend(os.fspath(p) for p in get_packs())
    return packs


def build_registry(extra_packs: tuple[str, ...] = ()) -> Registry:
    key = tuple(extra_packs)
    if key in _REGISTRY_CACHE:
        return _REGISTRY_CACHE[key]
    from .packs import load_pack_dir

    registry = Registry()
    base = builtin_packs_dir()
    if os.path.isdir(base):
        for name in sorted(os.listdir(base)):
            d = os.path.join(base, name)
            if os.path.isfile(os.path.join(d, "pack.yaml")):
                load_pack_dir(registry, d, origin=f"djlint:{name}")
    seen_modules = set()
    plugin_packs: list[tuple[str, str]] = []
    for ep in _entry_points():
        module_name = ep.value.split(":")[0].strip()
        if module_name in seen_modules:
            continue
        seen_modules.add(module_name)
        builtin = module_name.startswith("djlint.")
        origin = "djlint" if builtin else f"plugin:{ep.name}"
        try:
            module = ep.load()
            plugin_packs.extend((p, origin) for p in _load_module_rules(registry, module, origin))
        except RuleLoadError:
            raise
        except Exception as e:  # a broken plugin is contained: one warning, the run goes on
            dist = getattr(getattr(ep, "dist", None), "name", "?")
            registry.warnings.append(f"插件 {ep.name}（{dist}）加载失败，已跳过：{type(e).__name__}: {e}")
    for module_name in BUILTIN_MODULES:
        if module_name not in seen_modules:
            _load_module_rules(registry, importlib.import_module(module_name), "djlint")
    for path, origin in plugin_packs:
        load_pack_dir(registry, path, origin=f"{origin}:{os.path.basename(path)}")
    for path in extra_packs:
        if not os.path.isdir(path):
            raise ConfigError(f"rule-packs: 找不到规则包文件夹 {path}")
        load_pack_dir(registry, path, origin=f"pack:{os.path.basename(os.path.abspath(path))}")
    _REGISTRY_CACHE[key] = registry
    return registry


# ---------------------------------------------------------------------------------------
# Running

INTERNAL_ERROR = ("DJ902", "internal-rule-error")
RULE_TIMEOUT = ("DJ903", "rule-timeout")


def context_window(text: str, start: int, end: int, width: int = 20) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return text[a:b].replace("\n", " ").replace("\t", " ")


def make_diagnostic(doc: Document, rule_code: str, rule_name: str, severity: str, f: Finding) -> Diagnostic:
    p = f.paragraph
    if p is None:
        line = col = end_col = 1
        part = "body"
        context = ""
    else:
        line = p.line
        start = max(0, min(f.start, len(p.text)))
        end = max(start, min(f.end, len(p.text)))
        col = p.column(start)
        end_col = p.end_column(end) if end > start else col
        part = p.part
        context = context_window(p.text, start, end)
    fix = None
    if f.replacement is not None and p is not None:
        fix = Fix(f.replacement, line, col, line, end_col, f.safe)
    message = f.message
    if p is not None and p.part != "body" and PART_NAMES.get(p.part) and not message.startswith("（"):
        message = f"（{PART_NAMES[p.part]}）{message}"
    snippet = (p.text[f.start:f.end] if f.end > f.start else p.text[:40]) if p is not None else message
    window = _window(p.text, f.start, f.end) if p is not None and p.text else None
    return Diagnostic(doc.path, line, col, line, end_col, rule_code, rule_name, category_of(rule_code),
                      severity, message, context, part, fix, paragraph=p,
                      start=f.start if p is not None else 0, end=f.end if p is not None else 0,
                      fix_title=f.fix_title, snippet=snippet, window=window)


def _window(text: str, start: int, end: int, margin: int = 30) -> tuple[str, int, int]:
    """A stretch of the paragraph around the span, for showing it under the finding."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    a = max(0, start - margin)
    b = min(len(text), max(end, start + 1) + margin)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text) else ""
    shown = text[a:b].replace("\t", " ").replace("\n", " ")  # slice first: paragraphs can be megabytes
    return prefix + shown + suffix, len(prefix) + start - a, len(prefix) + end - a


def run_rules(doc: Document, rules: list[Rule], config=None, severities: dict[str, str] | None = None,
              registry: Registry | None = None) -> list[Diagnostic]:
    ctx = LintContext(doc, config, registry)
    severities = severities or {}
    out: list[Diagnostic] = []
    allowed = {r.code for r in rules}

    def emit(rule: Rule, f: Finding):
        code = f.code or rule.code
        if code != rule.code and code not in allowed:
            return
        name = rule.name
        if code != rule.code:
            sibling = _registry_rule(code)
            name = sibling.name if sibling else name
        sev = severities.get(code) or f.severity or (rule.severity if code == rule.code else
                                                     (_registry_rule(code).severity if _registry_rule(code) else rule.severity))
        out.append(make_diagnostic(doc, code, name, sev, f))

    for rule in rules:
        if doc.kind not in rule.inputs:
            continue
        failures: list[tuple[Paragraph | None, Exception]] = []
        timeouts: list[Paragraph | None] = []
        if rule.scope == "document":
            try:
                for f in rule.check(doc, ctx):
                    emit(rule, f)
            except TimeoutError:
                timeouts.append(None)
            except Exception as e:  # isolation: the file's other findings still come out
                failures.append((None, e))
        else:
            pre = rule.prefilter
            for p in doc.paragraphs:
                if p.part not in rule.parts or not p.text or (pre is not None and not pre.search(p.text)):
                    continue
                try:
                    for f in rule.check_paragraph(p, ctx):
                        emit(rule, f)
                except TimeoutError:
                    timeouts.append(p)
                except Exception as e:
                    failures.append((p, e))
        if failures:
            p, e = failures[0]
            more = f"，另有 {len(failures) - 1} 处同样失败" if len(failures) > 1 else ""
            out.append(make_diagnostic(doc, INTERNAL_ERROR[0], INTERNAL_ERROR[1], "error", Finding(
                p, 0, 0, f"规则 {rule.code}（{rule.name}）内部出错，已跳过：{type(e).__name__}: {str(e)[:120]}{more}")))
        for p in timeouts[:5]:
            out.append(make_diagnostic(doc, RULE_TIMEOUT[0], RULE_TIMEOUT[1], "warning", Finding(
                p, 0, 0, f"规则 {rule.code}（{rule.name}）在此段超时，已跳过该段；请检查规则的正则表达式")))
    return _drop_superseded(out, rules)


def _drop_superseded(diags: list[Diagnostic], rules: list[Rule]) -> list[Diagnostic]:
    pairs = [(r.code, s) for r in rules for s in r.supersedes]
    if not pairs:
        return diags
    drop = set()
    for winner, loser in pairs:
        wins = [d for d in diags if d.code == winner and d.paragraph is not None]
        for i, d in enumerate(diags):
            if d.code == loser and d.paragraph is not None and any(
                    w.paragraph is d.paragraph and w.start < max(d.end, d.start + 1) and d.start < max(w.end, w.start + 1)
                    for w in wins):
                drop.add(i)
    return [d for i, d in enumerate(diags) if i not in drop]


def _registry_rule(code: str) -> Rule | None:
    for reg in _REGISTRY_CACHE.values():
        if code in reg.rules:
            return reg.rules[code]
    return None


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
        end = c.end or c.start
        ranges.append((c.start, end, codes))
    kept = []
    for d in diags:
        sup = doc.suppressions.get(d.line, False) if d.part == "body" and doc.kind == "md" else False
        if sup is None or (sup and d.code in sup):
            continue
        if d.paragraph is not None and _in_comment_ranges(doc, d, ranges):
            continue
        kept.append(d)
    return kept


def _in_comment_ranges(doc: Document, d: Diagnostic, ranges) -> bool:
    p = d.paragraph
    for (sp, so), (ep, eo), codes in ranges:
        if codes is not None and d.code not in codes:
            continue
        if sp.part != p.part:
            continue
        pos = (p.index, d.start)
        endpos = (p.index, max(d.end, d.start))
        if (sp.index, so) <= pos and endpos <= (ep.index, max(eo, so if sp is ep else eo)):
            return True
        # a comment on a whole paragraph silences findings in it even when zero-width
        if sp is p and ep is p and so == eo:
            return True
    return False
