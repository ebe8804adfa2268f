"""Report profiles: which parts each kind of report must have, in which order.

A profile is data (``profiles/<name>.yaml`` inside a rule pack); the section groups it
refers to live in ``profiles/_groups.yaml``.  A user pack may add profiles, or groups, or
replace a built-in one by using its name.  This module is their schema and loader; what one
document makes of them is :mod:`.analysis`.
"""
from __future__ import annotations

import os

import regex as re

from ...errors import RuleLoadError
from ...util import rx
from ...util.record import field, record

GROUP_KEYS = {"name", "examples", "patterns", "unless", "inline", "generic", "exclusive", "unique", "over"}
PROFILE_KEYS = {"name", "title", "default", "priority", "detect", "detect_unless", "sections", "salutation", "closing"}
SECTION_KEYS = {"group", "required", "name", "examples"}
EXTRA_KEYS = {"when_title", "severity", "patterns", "wording"}


@record
class Group:
    key: str
    name: str
    examples: list[str]
    patterns: list
    unless: list = field(default_factory=list)
    inline: list = field(default_factory=list)
    generic: bool = False
    exclusive: bool = False
    unique: bool = False
    over: list[str] = field(default_factory=list)

    def matches(self, title: str) -> bool:
        return any(p.search(title) for p in self.patterns) and not any(p.search(title) for p in self.unless)


@record
class Section:
    group: str
    required: bool
    name: str
    examples: list[str]


@record
class Extra:
    """A salutation or closing the profile asks for."""

    when_title: object | None
    severity: str
    patterns: list
    #: what the message offers to add (a closing: “特此报告。”; a 述职报告's “以上述职，请予评议。”)
    wording: str = ""


@record
class Profile:
    name: str
    title: str
    sections: list[Section]
    detect: list
    detect_unless: list
    priority: int = 0
    default: bool = False
    salutation: Extra | None = None
    closing: Extra | None = None
    origin: str = ""

    def section(self, group: str) -> Section | None:
        for s in self.sections:
            if s.group == group:
                return s
        return None


def _compile_all(items, where: str) -> list:
    if items is None:
        return []
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise RuleLoadError(f"{where}: 须为正则表达式列表")
    import re as stdlib_re

    out = []
    for x in items:
        try:
            # the standard library when it can (faster), else regex-module syntax (\p{Han}, variable lookbehind)
            out.append(rx.compile(x))
        except (re.error, stdlib_re.error) as e:
            raise RuleLoadError(f"{where}: 正则表达式无效：{e}（{x}）") from None
    return out


def _check_keys(spec, allowed, where):
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{where}: 须为 YAML 映射")
    unknown = set(spec) - allowed
    if unknown:
        raise RuleLoadError(f"{where}: 未知的键 {', '.join(sorted(map(str, unknown)))}")


def _str_list(v, where) -> list[str]:
    if v is None:
        return []
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise RuleLoadError(f"{where}: 须为字符串列表")
    return list(v)


def load_groups(spec, path: str) -> dict[str, Group]:
    _check_keys(spec, {"groups"}, path)
    groups = spec.get("groups") or {}
    if not isinstance(groups, dict):
        raise RuleLoadError(f"{path}: groups 须为映射")
    out = {}
    for key, g in groups.items():
        where = f"{path}: groups.{key}"
        _check_keys(g, GROUP_KEYS, where)
        if not g.get("name") or not g.get("patterns"):
            raise RuleLoadError(f"{where}: 须有 name 和 patterns")
        out[str(key)] = Group(str(key), str(g["name"]), _str_list(g.get("examples"), where + ".examples"),
                              _compile_all(g["patterns"], where + ".patterns"),
                              _compile_all(g.get("unless"), where + ".unless"),
                              _compile_all(g.get("inline"), where + ".inline"),
                              bool(g.get("generic", False)), bool(g.get("exclusive", False)),
                              bool(g.get("unique", False)), _str_list(g.get("over"), where + ".over"))
    return out


def _extra(spec, where) -> Extra | None:
    if spec is None:
        return None
    _check_keys(spec, EXTRA_KEYS, where)
    sev = spec.get("severity", "info")
    if sev not in ("info", "warning", "error"):
        raise RuleLoadError(f"{where}: severity 须为 info/warning/error")
    when = spec.get("when_title")
    wording = spec.get("wording", "")
    if not isinstance(wording, str):
        raise RuleLoadError(f"{where}: wording 须为字符串")
    return Extra(_compile_all(when, where + ".when_title")[0] if when else None, sev,
                 _compile_all(spec.get("patterns"), where + ".patterns"), wording)


def load_profile(spec, path: str, origin: str) -> Profile:
    _check_keys(spec, PROFILE_KEYS, path)
    name = spec.get("name")
    if not isinstance(name, str) or not re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", name):
        raise RuleLoadError(f"{path}: name 须为小写短横线形式（如 work-report）")
    sections = []
    for i, s in enumerate(spec.get("sections") or []):
        where = f"{path}: sections[{i}]"
        _check_keys(s, SECTION_KEYS, where)
        if not isinstance(s.get("group"), str):
            raise RuleLoadError(f"{where}: 须有 group")
        sections.append(Section(s["group"], bool(s.get("required", False)), s.get("name") or "",
                                _str_list(s.get("examples"), where + ".examples")))
    if not sections:
        raise RuleLoadError(f"{path}: 须有 sections")
    return Profile(name, str(spec.get("title") or name), sections,
                   _compile_all(spec.get("detect"), f"{path}: detect"),
                   _compile_all(spec.get("detect_unless"), f"{path}: detect_unless"),
                   int(spec.get("priority", 0)), bool(spec.get("default", False)),
                   _extra(spec.get("salutation"), f"{path}: salutation"),
                   _extra(spec.get("closing"), f"{path}: closing"), origin)


def profiles_of(registry) -> dict[str, Profile]:
    return registry.data("profiles", dict)


def groups_of(registry) -> dict[str, Group]:
    return registry.data("groups", dict)


def load_profiles_dir(registry, directory: str, origin: str) -> None:
    """Load ``profiles/`` of a pack into the registry's ``profiles`` and ``groups`` data."""
    from ...engine.data import load_yaml

    profiles, groups = profiles_of(registry), groups_of(registry)
    names = sorted(n for n in os.listdir(directory) if n.endswith((".yaml", ".yml")))
    for n in names:
        if n.startswith("_"):
            groups.update(load_groups(load_yaml(os.path.join(directory, n)) or {}, os.path.join(directory, n)))
    for n in names:
        if not n.startswith("_"):
            path = os.path.join(directory, n)
            p = load_profile(load_yaml(path) or {}, path, origin)
            profiles[p.name] = p
    for p in profiles.values():
        for s in p.sections:
            if s.group not in groups:
                raise RuleLoadError(f"报告类型 {p.name}（{p.origin}）引用了未定义的部分 {s.group}")


#: a year in a profile's example title, counted from the report's: {年+1}工作思路, {年-1}工作回顾
_EXAMPLE_YEAR = rx.stdlib(r"\{年([+-][0-9])?\}")
_YEAR_WORDS = {-1: "上一年度", 0: "本年度", 1: "下一年度"}


def example_title(example: str, date=None) -> str:
    """A profile's example heading with its year counted from the report's (a ReportDate, or None):
    2024年工作思路 for {年+1}工作思路 in a 2023 report; 下半年工作思路 in a report written within the
    first two thirds of its year (a half-year report: its next part is the second half); in words
    where the date is unknown (下一年度工作思路)."""
    half = date is not None and date.written_from.year == date.written_to.year and date.written_to.month <= 8

    def words(m) -> str:
        k = int(m.group(1) or 0)
        if half:
            return "下半年" if k == 1 else "上半年"
        return f"{date.year + k}年" if date is not None else _YEAR_WORDS.get(k, "本年度")
    return _EXAMPLE_YEAR.sub(words, example)
