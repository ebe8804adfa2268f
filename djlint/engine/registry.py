"""The registry: one code → rule table, filled from three places.

* djlint's own rule families (``djlint/checks/<family>.py``, or a package ``djlint/checks/<family>/``
  whose ``__init__`` exposes what a module would) and third-party plugins, both
  through the entry point group ``djlint.rules`` (so every run goes through the plugin path);
  :data:`BUILTIN_FAMILIES` is the same list, used when the package metadata is missing;
* YAML packs: ``rules/<family>/`` inside the package, then the user's ``rule-packs``.

The engine knows no family.  A family that keeps data in packs (report profiles, the
formulation lexicon) names the pack sub-folder it reads in ``PACK_DATA``; the pack loader
hands it that folder, and the family keeps what it loaded in :meth:`Registry.data`.
"""
from __future__ import annotations

import importlib
import os
import re
from typing import Any, Callable

from ..errors import ConfigError, RuleLoadError
from ..util.record import record
from .rule import Rule, validate_rule

ENTRY_POINT_GROUP = "djlint.rules"
#: djlint's own rule families, in the order they register (pyproject.toml lists the same
#: modules as entry points; a test keeps the two in step)
BUILTIN_FAMILIES = ("djlint.checks.input", "djlint.checks.placeholder", "djlint.checks.residue",
                    "djlint.checks.structure", "djlint.checks.numbering", "djlint.checks.punctuation",
                    "djlint.checks.number", "djlint.checks.phrase", "djlint.checks.grammar", "djlint.checks.facts",
                    "djlint.checks.format")


class Registry:
    def __init__(self):
        self.rules: dict[str, Rule] = {}
        #: rule name -> code of the rules added (a name is checked for duplicates against it, not
        #: against a dictionary built again for each rule)
        self._codes_by_name: dict[str, str] = {}
        self.warnings: list[str] = []
        self.packs: list[dict] = []
        #: pack sub-folder name → loader(registry, folder, origin), from the families' PACK_DATA
        self.data_loaders: dict[str, Callable] = {}
        self._data: dict[str, Any] = {}
        self._memo: dict[Any, Any] = {}
        #: what :meth:`memo` has built, by key: ``registry.built.get(key)`` is a lookup with no call, for
        #: the tables the rules fetch at every paragraph (the lexicon, the collocations); None before
        self.built = self._memo
        #: old rule names that still select their rule (renamed rules keep working in configs)
        self.aliases: dict[str, str] = {}
        #: the families' checks of the configuration (``check_config(registry, config)``)
        self.config_checks: list[Callable] = []
        #: the families' ``warm(registry)``: build what they load lazily, before worker processes fork
        self.warmers: list[Callable] = []
        #: a family's ``segmenter(registry)``: the word segmentation ``doc.tokens(p)`` serves (the
        #: phrase family's, from DJ421's mapped index: jieba stays unimported); None: jieba's
        self.segmenter: Callable | None = None
        #: a family's ``name_guard(registry, text, s, e)``: whether ``text[s:e]`` stands as a person's given name
        #: (a substitution rule's ``names`` forms are left alone there); None: no form is
        self.name_guard: Callable | None = None

    def add(self, rule: Rule, origin: str) -> None:
        validate_rule(rule, origin)
        rule.origin = origin
        if rule.code in self.rules:
            other = self.rules[rule.code]
            raise RuleLoadError(f"规则代码 {rule.code} 重复：{_written_in(rule)}（{origin}）与 {_written_in(other)}"
                                f"（{other.origin}）都定义了它；djlint rules 列出已用的代码")
        if rule.name in self._codes_by_name:
            raise RuleLoadError(f"规则名 {rule.name} 重复：{rule.code} 与 {self._codes_by_name[rule.name]}")
        self.rules[rule.code] = rule
        self._codes_by_name[rule.name] = rule.code
        for old in getattr(rule, "aliases", ()) or ():
            self.aliases[old] = rule.code

    def warm(self) -> None:
        """Load now what the families would load on first use (a lexicon, an index), so that
        forked workers share it instead of each loading it again."""
        for warm in self.warmers:
            try:
                warm(self)
            except Exception:  # noqa: BLE001 - a family that cannot warm up loads on first use instead
                pass

    def check_config(self, config) -> None:
        """Refuse ``rule-options`` the rules do not declare, and let each family refuse
        configuration it owns (an unknown report profile): ConfigError."""
        if getattr(config, "rule_options", None):
            self._check_rule_options(config)
        for check in self.config_checks:
            check(self, config)

    def _check_rule_options(self, config) -> None:
        where = getattr(config, "path", None) or "配置"
        for key, values in config.rule_options.items():
            rules = [r for c, r in self.rules.items() if c.startswith(key)] if re.fullmatch(r"[A-Z]{2,10}\d{0,3}", key) else []
            if not rules:
                named = self.get(key)
                hint = f"，规则 {key} 的代码是 {named.code}" if named else ""
                raise ConfigError(f"{where}: rule-options 的 {key} 不是规则代码或代码前缀（如 DJ804、DJ8）{hint}")
            declared = {o.name: o for r in rules for o in r.options}
            if not declared:
                raise ConfigError(f"{where}: rule-options.{key}：{key} 没有可设置的选项（djlint rule {rules[0].code} 查看说明）")
            if not isinstance(values, dict):
                raise ConfigError(f"{where}: rule-options.{key} 须为映射（选项: 值），可用的选项：{'、'.join(declared)}")
            for name, value in values.items():
                opt = declared.get(str(name))
                if opt is None:
                    import difflib

                    close = difflib.get_close_matches(str(name), list(declared), n=1)
                    hint = (f"，是否想写 {close[0]}？" if close else "；") + f"可用的选项：{'、'.join(declared)}"
                    raise ConfigError(f"{where}: rule-options.{key} 中未知的选项 {name}{hint}")
                if value is not None and not opt.accepts(value):
                    from .rule import OPTION_TYPES

                    raise ConfigError(f"{where}: rule-options.{key}.{name} 须为{OPTION_TYPES[opt.type]}，"
                                      f"实际为 {value!r}")

    def data(self, key: str, default_factory: Callable[[], Any] | None = None):
        """A family's pack data (filled by its loader): ``registry.data("profiles", dict)``."""
        if key not in self._data and default_factory is not None:
            self._data[key] = default_factory()
        return self._data.get(key)

    def memo(self, key, factory: Callable[[], Any]):
        """Something built once per registry from its data (a compiled lexicon)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = factory()
            return value

    def get(self, code: str) -> Rule | None:
        code = code.strip()
        if code.upper() in self.rules:
            return self.rules[code.upper()]
        if code in self.aliases:
            return self.rules[self.aliases[code]]
        for r in self.rules.values():
            if r.name == code:
                return r
        return None

    def sorted(self) -> list[Rule]:
        return [self.rules[c] for c in sorted(self.rules, key=_code_key)]

    def matches(self, selector: str) -> list[Rule]:
        """Rules a selector names: ALL, a code or code prefix, a category, or a rule name (or an old name)."""
        s = selector.strip()
        if not s:
            return []
        if s.upper() == "ALL":
            return list(self.rules.values())
        up = s.upper()
        out = [r for r in self.rules.values() if r.code.startswith(up)]
        if out:
            return out
        if s in self.aliases:
            return [self.rules[self.aliases[s]]]
        return [r for r in self.rules.values() if r.category == s.lower() or r.name == s]

    def is_known_selector(self, selector: str) -> bool:
        s = selector.strip().upper()
        if s == "ALL" or self.matches(selector):
            return True
        # a prefix of the DJ code space is fine even if no rule uses it yet (DJ8)
        return bool(re.match(r"^DJ[0-9]{0,3}$", s))


def _written_in(rule: Rule) -> str:
    """A YAML rule's file, or a Python rule's module and class."""
    return getattr(rule, "path", None) or f"{type(rule).__module__}.{type(rule).__qualname__}"


def _code_key(code: str):
    m = re.match(r"^([A-Z]+)(\d+)$", code)
    return (m.group(1) != "DJ", m.group(1), int(m.group(2))) if m else (True, code, 0)


#: the folder of djlint's own case files, inside the built-in packs folder (and beside a pack's rules)
CASES_DIR = "cases"


def builtin_packs_dir() -> str:
    """The YAML packs shipped inside the package (``rules/`` in a source checkout)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    installed = os.path.join(here, "builtin_rules")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "rules")


@record
class _EntryPoint:
    name: str
    value: str
    dist_name: str

    def load(self):
        module_name, _, attr = self.value.partition(":")
        module = importlib.import_module(module_name.strip())
        for part in filter(None, attr.strip().split(".")):
            module = getattr(module, part)
        return module


def _parse_entry_points(text: str, dist: str) -> list[_EntryPoint]:
    found = []
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


def entry_points() -> list[_EntryPoint]:
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
            if ENTRY_POINT_GROUP in text:
                found.extend(_parse_entry_points(text, dist))
    return found


def _load_module(registry: Registry, module, origin: str) -> list[str]:
    """Register a family module's rules and data loaders; return the pack folders it ships."""
    get_rules = getattr(module, "get_rules", None)
    rules = get_rules() if callable(get_rules) else getattr(module, "RULES", ())
    for r in rules:
        registry.add(r() if isinstance(r, type) else r, origin)
    registry.data_loaders.update(getattr(module, "PACK_DATA", {}) or {})
    if callable(getattr(module, "check_config", None)):
        registry.config_checks.append(module.check_config)
    if callable(getattr(module, "warm", None)):
        registry.warmers.append(module.warm)
    if callable(getattr(module, "segmenter", None)) and registry.segmenter is None:
        registry.segmenter = module.segmenter
    if callable(getattr(module, "name_guard", None)) and registry.name_guard is None:
        registry.name_guard = module.name_guard
    get_packs = getattr(module, "get_packs", None)
    return [os.fspath(p) for p in get_packs()] if callable(get_packs) else []


def _load_modules(registry: Registry) -> list[tuple[str, str]]:
    seen: set[str] = set()
    plugin_packs: list[tuple[str, str]] = []
    for ep in entry_points():
        module_name = ep.value.split(":")[0].strip()
        if module_name in seen:
            continue
        seen.add(module_name)
        origin = "djlint" if module_name.startswith("djlint.") else f"plugin:{ep.name}"
        try:
            module = ep.load()
            plugin_packs.extend((p, origin) for p in _load_module(registry, module, origin))
        except RuleLoadError:
            raise
        except Exception as e:  # a broken plugin is contained: one warning, the run goes on
            if origin == "djlint":
                raise  # djlint's own family: a bug to see, not a plugin to skip
            registry.warnings.append(f"插件 {ep.name}（{ep.dist_name}）加载失败，已跳过：{type(e).__name__}: {e}")
    for module_name in BUILTIN_FAMILIES:
        if module_name not in seen:
            _load_module(registry, importlib.import_module(module_name), "djlint")
    return plugin_packs


_REGISTRY_CACHE: dict[tuple, Registry] = {}


def load_builtin_packs(registry: Registry, base: str) -> None:
    """Each folder of ``base`` with a ``pack.yaml`` (``rules/phrase`` …); a folder that holds rule
    files but no ``pack.yaml`` (a newcomer's ``rules/residue/x.yaml``) is an error, not left out."""
    from .packs import load_pack_dir

    if not os.path.isdir(base):
        return
    for name in sorted(os.listdir(base)):
        d = os.path.join(base, name)
        if os.path.isfile(os.path.join(d, "pack.yaml")):
            load_pack_dir(registry, d, origin=f"djlint:{name}")
        elif name != CASES_DIR and os.path.isdir(d) and any(f.endswith((".yaml", ".yml")) for f in os.listdir(d)):
            raise RuleLoadError(f"{d}: 规则包缺少 pack.yaml（其中的规则不会加载；照 rules/phrase/pack.yaml 写一个）")


def build_registry(extra_packs: tuple[str, ...] = ()) -> Registry:
    """All rules: families and plugins first (they bring the pack data loaders), then the
    built-in packs, the plugins' packs and the configuration's ``rule-packs``.  Cached per
    process by the list of extra packs."""
    key = tuple(extra_packs)
    if key in _REGISTRY_CACHE:
        return _REGISTRY_CACHE[key]
    from .packs import load_pack_dir

    registry = Registry()
    plugin_packs = _load_modules(registry)
    load_builtin_packs(registry, builtin_packs_dir())
    for path, origin in plugin_packs:
        load_pack_dir(registry, path, origin=f"{origin}:{os.path.basename(path)}")
    for path in extra_packs:
        if not os.path.isdir(path):
            raise ConfigError(f"rule-packs: 找不到规则包文件夹 {path}")
        load_pack_dir(registry, path, origin=f"pack:{os.path.basename(os.path.abspath(path))}")
    _REGISTRY_CACHE[key] = registry
    return registry
