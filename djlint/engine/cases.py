"""Rule cases: one YAML file per rule (``rules/cases/DJ602.yaml``), a mapping of named cases.

A case is a text, what the rule must say about it, and optionally whether it is one of the
rule's examples (the ones ``djlint rule CODE`` and the generated docs show)::

    near-and-more-contradict:          # the name says what the case shows (test id DJ602-near-and-more-contradict)
      text: 参加培训的将近400余人。
      findings:
      - at: 1:6-12                     # line:column-end_column
        message: 概数自相矛盾：“将近400余”，请删去其中一个表示约数的词
      example: bad                     # bad | good
      corrected: 参加培训的将近400人。  # what the text should be (must be silent); default: ``fixed``

Keys: ``text``, ``findings`` (required); ``input`` (txt | md | docx), ``config`` (more
``.djlint.yaml`` keys), ``fixed`` (the text after the safe fixes), ``example``, ``corrected``,
``note`` (one line: what the case is about, shown with a .docx example), ``docx`` (how the test
suite builds the .docx of an ``input: docx`` case: ``{layout: {...}}`` or ``{body: [...]}``).
A finding: ``at``, ``message``, ``fix`` (the replacement), ``unsafe: true``, ``severity``.

Read only by ``djlint rule``, the docs generator and the tests: never on the lint path.
djlint's own case files live in the package (``builtin_packs_dir()/cases``); a YAML pack may
keep ``cases/CODE.yaml`` beside its rules the same way.
"""
from __future__ import annotations

import os
import re

from ..errors import RuleLoadError
from ..util.record import record
from .registry import CASES_DIR
from .rule import Example

CASE_KEYS = {"text", "input", "config", "findings", "fixed", "example", "corrected", "note", "docx"}
FINDING_KEYS = {"at", "message", "fix", "unsafe", "severity"}
INPUTS = ("txt", "md", "docx")
EXAMPLE_KINDS = ("bad", "good")
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
AT = re.compile(r"^\d+:\d+-\d+$")


@record
class Case:
    code: str
    name: str
    text: str
    findings: list
    input: str = "txt"
    config: dict | None = None
    fixed: str | None = None
    example: str | None = None
    corrected: str | None = None
    note: str = ""
    docx: dict | None = None
    path: str = ""

    @property
    def id(self) -> str:
        return f"{self.code}-{self.name}"

    def as_example(self) -> Example:
        return Example(self.text, self.example == "bad", self.input, self.config, name=self.name, fixed=self.fixed,
                       corrected=self.corrected, note=self.note, findings=self.findings, docx=self.docx)


def _yaml_loader():
    """PyYAML's safe loader, refusing a name used twice in one mapping (PyYAML keeps the last
    silently: a second case of the same name would replace the first without a word)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = set()
        for key_node, _value in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in keys:
                raise yaml.constructor.ConstructorError(None, None, f"重复的名字 {key!r}", key_node.start_mark)
            keys.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return Loader


def read_case_file(path: str, code: str | None = None) -> list[Case]:
    """The cases of one file, checked: RuleLoadError naming the file and the case."""
    import yaml

    code = code or os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise RuleLoadError(f"{path}: YAML 格式错误{where}：{getattr(e, 'problem', e)}") from None
    if data is None:
        return []
    if not isinstance(data, dict):
        raise RuleLoadError(f"{path}: 用例文件须为 用例名: 用例 的映射")
    return [_case(code, str(name), spec, path) for name, spec in data.items()]


def _case(code: str, name: str, spec, path: str) -> Case:
    where = f"{path}: 用例 {name}"
    if not NAME.match(name):
        raise RuleLoadError(f"{where}: 用例名须为小写字母、数字和短横线（如 near-and-more-contradict）")
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{where}: 须为映射（text、findings……）")
    unknown = set(spec) - CASE_KEYS
    if unknown:
        raise RuleLoadError(f"{where}: 未知的键 {', '.join(sorted(map(str, unknown)))}（可用：{', '.join(sorted(CASE_KEYS))}）")
    docx = "docx" in spec or spec.get("input") == "docx"
    if not isinstance(spec.get("text", "" if docx else None), str) or not isinstance(spec.get("findings"), list):
        raise RuleLoadError(f"{where}: 须有 text（字符串；.docx 用例可省略）和 findings（列表，没有问题时写 []）")
    for f in spec["findings"]:
        if not isinstance(f, dict) or set(f) - FINDING_KEYS or not AT.match(str(f.get("at", ""))) or "message" not in f:
            raise RuleLoadError(f"{where}: findings 的每一项须有 at（行:列-结束列）和 message，"
                                f"可选 {', '.join(sorted(FINDING_KEYS - {'at', 'message'}))}")
    kind = spec.get("input", "docx" if "docx" in spec else "txt")
    if kind not in INPUTS or ("docx" in spec) != (kind == "docx"):
        raise RuleLoadError(f"{where}: input 须为 {'/'.join(INPUTS)}；input: docx 的用例须写 docx（怎样生成文件）")
    if docx and (not spec.get("note") or "corrected" in spec or not isinstance(spec["docx"], dict)):
        raise RuleLoadError(f"{where}: .docx 用例须写 note（一句话说明文件是什么样的），docx 须为映射，不用 corrected")
    example = spec.get("example")
    if example is not None and example not in EXAMPLE_KINDS:
        raise RuleLoadError(f"{where}: example 须为 bad 或 good")
    if example == "bad" and not spec["findings"] or example == "good" and spec["findings"]:
        raise RuleLoadError(f"{where}: example: bad 的用例须有 findings，example: good 的用例须没有")
    if "corrected" in spec and example != "bad":
        raise RuleLoadError(f"{where}: corrected 只用于 example: bad 的用例")
    for key in ("fixed", "corrected", "note"):
        if key in spec and not isinstance(spec[key], str):
            raise RuleLoadError(f"{where}: {key} 须为字符串")
    if spec.get("config") is not None and not isinstance(spec["config"], dict):
        raise RuleLoadError(f"{where}: config 须为映射")
    return Case(code, name, spec.get("text", ""), spec["findings"], kind, spec.get("config"), spec.get("fixed"), example,
                spec.get("corrected"), spec.get("note") or "", spec.get("docx"), path)


def builtin_cases_dir() -> str:
    from .registry import builtin_packs_dir

    return os.path.join(builtin_packs_dir(), CASES_DIR)


def case_file(rule) -> str | None:
    """Where ``rule``'s case file is (whether or not it exists): djlint's own rules in the
    built-in cases folder, a YAML pack's rules in ``cases/`` of their pack; None for a
    plugin's Python rule (its ``examples`` are inline)."""
    if rule.origin == "djlint" or rule.origin.startswith("djlint:"):
        return os.path.join(builtin_cases_dir(), f"{rule.code}.yaml")
    path = getattr(rule, "path", None)
    if path:
        return os.path.join(os.path.dirname(path), CASES_DIR, f"{rule.code}.yaml")
    return None


def cases_of(rule) -> list[Case]:
    path = case_file(rule)
    if path and os.path.isfile(path):
        return read_case_file(path, rule.code)
    return []


def examples_of(rule) -> list[Example]:
    """What the docs show for ``rule``: its cases marked ``example``, else its inline
    ``examples`` (a plugin's rule, a pack written before case files)."""
    marked = [c.as_example() for c in cases_of(rule) if c.example]
    return marked or rule.example_list()


def all_case_files(directory: str | None = None) -> list[str]:
    directory = directory or builtin_cases_dir()
    if not os.path.isdir(directory):
        return []
    return sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith((".yaml", ".yml")))


def shape(d) -> dict:
    """A finding as a case writes it: ``at``, ``message``, the fix (``unsafe`` when it needs a person)."""
    out = {"at": f"{d.line}:{d.column}-{d.end_column}", "message": d.message}
    if d.fix is not None:
        out["fix"] = d.fix.replacement
        if not d.fix.safe:
            out["unsafe"] = True
    return out
