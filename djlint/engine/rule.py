"""What a rule is: its metadata, what it yields (:class:`Finding`), and the checks every
rule must pass to be registered."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from ..diagnostic import CATEGORIES, SEVERITIES
from ..errors import RuleLoadError
from ..util import rx
from ..util.record import record

if TYPE_CHECKING:
    from ..document import Document, Paragraph

TEXT_PARTS = ("body", "header", "footer", "footnote", "endnote", "textbox")
STATUSES = ("stable", "preview", "deprecated", "removed")
FIX_AVAILABILITY = ("never", "sometimes", "always")
#: the headings of a rule's doc, in this order; ``## 示例`` is made from the rule's examples
DOC_HEADINGS = ("## 检查内容", "## 为什么", "## 示例", "## 修复说明", "## 依据")
_CODE = rx.stdlib(r"^[A-Z]{2,10}[0-9]{3}$")


@record
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
    #: further edits of the same fix elsewhere, ``(paragraph, start, end, replacement)``: applied
    #: together with it (a renumbered sequence of headings is one fix)
    edits: tuple = ()


#: the types a rule option may declare, as the configuration's YAML gives them, with their Chinese names
OPTION_TYPES = {"number": "数字", "integer": "整数", "text": "字符串", "flag": "true/false", "list": "列表",
                "mapping": "映射"}


@record
class Option:
    """One setting a rule declares, set in the configuration as ``rule-options: {CODE: {name: value}}``
    (or under a code prefix such as ``DJ8`` for every rule of that prefix that declares it)."""

    name: str
    #: one of :data:`OPTION_TYPES`
    type: str
    default: Any
    #: one line of Chinese: what it sets (shown by ``djlint rule CODE``)
    doc: str = ""

    def accepts(self, value) -> bool:
        if isinstance(value, bool):
            return self.type == "flag"
        return isinstance(value, {"number": (int, float), "integer": int, "text": str, "flag": bool, "list": list,
                                  "mapping": dict}[self.type])

    def shown(self) -> str:
        """``size（数字，默认 16）：正文字号（磅）``"""
        default = self.default
        if isinstance(default, float) and default == int(default):
            default = int(default)
        if isinstance(default, (dict, list)):
            default = "见说明" if default else "无"
        return f"{self.name}（{OPTION_TYPES[self.type]}，默认 {default}）：{self.doc}"


@record
class Example:
    """One example the docs show: a rule's inline ``examples`` entry, or a case of its case file
    marked ``example`` (:mod:`djlint.engine.cases`), which brings its name and what it expects."""

    text: str
    bad: bool
    input: str = "txt"
    config: dict | None = None
    name: str = ""
    #: the text after the safe fixes (a case's ``fixed``)
    fixed: str | None = None
    #: the corrected text shown under a bad example (a case's ``corrected``; default ``fixed``)
    corrected: str | None = None
    note: str = ""
    #: what the case expects (a .docx example is shown with these: the docs cannot build the file)
    findings: list | None = None
    docx: dict | None = None


class Rule:
    """Base class for every rule.  Subclasses set the metadata and override a ``check``.

    The class docstring is the rule's documentation (Chinese, with the headings in
    ``DOC_HEADINGS``); its first line is the summary.  djlint's own rules do not write the
    ``## 示例`` section: ``djlint rule`` makes it from the cases of the rule's case file marked
    ``example`` (:mod:`djlint.ruledoc`), so every example shown is a tested case.
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
    #: inline examples, for rules outside djlint (a plugin's, a pack's): (text, bad?) pairs; bad
    #: ones must fire, good ones must stay silent.  djlint's own rules keep theirs as cases
    #: marked ``example`` in their case file (rules/cases/CODE.yaml)
    examples: tuple = ()
    origin: str = "djlint"
    #: former names that still select this rule in configurations and on the command line
    aliases: tuple[str, ...] = ()
    #: off unless a selector names it (select/extend-select DJ8, its code, its category, ALL)
    opt_in: bool = False
    #: input kinds the rule applies to (docx-only rules read highlights, comments, revisions);
    #: None: every kind a reader produces
    inputs: tuple[str, ...] | None = None
    #: codes whose findings this rule replaces where their spans overlap (a more specific message)
    supersedes: tuple[str, ...] = ()
    #: paragraph rules: a compiled pattern a paragraph must contain for the rule to look at it.
    #: The engine searches it over the whole document's text (paragraphs joined by NUL) at
    #: once, so it must be literals and character classes: no anchors, no lookaround.  A tuple
    #: of such patterns: a paragraph must contain a match of one of them.  The standard library
    #: scans fastest for a pattern that begins with a literal (a jump to each occurrence of its
    #: first character); an alternation one of whose branches is a character class is tried at
    #: every character (ten times slower): make such a class a pattern of its own in a tuple.
    prefilter: Any = None
    #: paragraph rules: literal words one of which a paragraph must hold, found by the engine's one
    #: literal scan of the document (:mod:`djlint.engine.literals`) instead of a search of their
    #: own: cheaper than a prefilter for a set of words that begin with many different characters.
    #: With a prefilter too, a paragraph passes when it holds a word or matches the prefilter.
    prefilter_words: tuple[str, ...] = ()
    #: False: the prefilter searches the document itself even where the engine could read it off
    #: the literal scan (:func:`djlint.engine.literals.gate_of`): words so common in reports that
    #: the scan's every hit of them would cost more than the search
    prefilter_scan: bool = True
    #: the settings this rule reads (:class:`Option`); ``rule-options`` may set only these
    options: tuple = ()
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

    def option(self, ctx, name: str):
        """The value of the declared option ``name`` for this run: the configuration's
        ``rule-options`` under this rule's code, else under a prefix of it (``DJ8``), else the
        declared default."""
        for opt in self.options:
            if opt.name == name:
                return ctx.option_value(self.code, name, opt.default)
        raise KeyError(f"{self.code} reads option {name!r} it does not declare")

    # -- checking ------------------------------------------------------------------------
    def check(self, doc: Document, ctx) -> Iterable[Finding]:
        """Document scope: yield findings for the whole document (``ctx`` is a LintContext)."""
        return ()

    def check_paragraph(self, paragraph: Paragraph, ctx) -> Iterable[Finding]:
        """Paragraph scope: yield findings for one paragraph."""
        return ()

    def literal_keys(self, registry) -> "Iterable[str]":
        """Literal words this rule looks for, found for it by the engine's one scan of each
        document (:func:`djlint.engine.literals.literal_hits`); empty: the rule scans itself."""
        return ()

    def scan_patterns(self, registry) -> "Iterable[Any]":
        """Patterns this rule finds the paragraphs of with
        :func:`djlint.engine.literals.paragraphs_matching` (in ``check`` or ``candidates``): the
        engine reads them off its one scan where the words their matches begin with can be told."""
        return ()

    def candidates(self, ctx) -> list[Paragraph] | None:
        """Paragraph scope: the paragraphs worth checking, when the rule can tell from a scan of
        the whole document it shares with others (the lexicon keys); None: every paragraph that
        passes :attr:`prefilter`.  Returning a paragraph the rule would pass over is harmless;
        leaving out one it would report is a bug."""
        return None


_DJ_CODE = rx.stdlib(r"^DJ([1-9])\d\d$")


def category_of(code: str) -> str:
    m = _DJ_CODE.match(code)
    if m:
        return CATEGORIES[m.group(1)]
    return "plugin"


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
    for opt in rule.options:
        if not isinstance(opt, Option) or opt.type not in OPTION_TYPES or not opt.accepts(opt.default):
            raise RuleLoadError(f"{where}: 选项 {getattr(opt, 'name', opt)!r} 的声明有误（类型须为 "
                                f"{'/'.join(OPTION_TYPES)}，默认值须合类型）")
    if rule.scope not in ("paragraph", "document"):
        raise RuleLoadError(f"{where}: scope 须为 paragraph 或 document")
