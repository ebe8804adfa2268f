"""Configuration: ``.djlint.yaml`` / ``.djlint.yml``, found by walking up from each file.

The walk stops at the repository root (a folder holding ``.git``).  ``--config`` names
one file for every input.  YAML is read with safe loading only; unknown keys and wrong
types are a clear error naming the key.  (``.djlintrc`` and ``[tool.djlint]`` belong to
the unrelated HTML linter of that name and are never read.)
"""
from __future__ import annotations

import fnmatch
import os

from .diagnostic import SEVERITIES
from .errors import ConfigError
from .util.record import field, record
from .util.zh import YEAR_MAX, YEAR_MIN

CONFIG_NAMES = (".djlint.yaml", ".djlint.yml")
KEYS = {
    "select": list,
    "ignore": list,
    "extend-select": list,
    "severity": dict,
    "per-file-ignores": dict,
    "rule-packs": list,
    "fail-on": str,
    "profile": str,
    "year": int,
    "exclude": list,
    "rule-options": dict,
    "words": list,
    "words-file": str,
}
TYPE_NAMES = {list: "列表", dict: "映射", str: "字符串", int: "整数"}


@record
class Config:
    path: str | None = None
    root: str = "."
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_packs: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    profile: str | None = None
    #: where ``profile`` came from when not from the file: "cli" (--profile) or "web" (chosen on the page)
    profile_source: str | None = None
    year: int | None = None
    exclude: list[str] = field(default_factory=list)
    rule_options: dict = field(default_factory=dict)
    #: the unit's own words (names of places, projects, brands, people): never "corrected" by DJ4xx
    words: list[str] = field(default_factory=list)

    def ignores_for(self, path: str) -> list[str]:
        out: list[str] = []
        rel = _relpath(path, self.root)
        for pattern, codes in self.per_file_ignores.items():
            if _glob_match(rel, pattern) or _glob_match(os.path.basename(path), pattern):
                out.extend(codes)
        return out

    def is_excluded(self, path: str) -> bool:
        rel = _relpath(path, self.root)
        return any(_glob_match(rel, p) or _glob_match(os.path.basename(path), p) for p in self.exclude)

    def key(self) -> str:
        """A stable description of the effective configuration (for caches)."""
        import json

        return json.dumps({k: getattr(self, k) for k in (
            "select", "ignore", "extend_select", "severity", "per_file_ignores", "rule_packs",
            "fail_on", "profile", "profile_source", "year", "exclude", "rule_options", "words")}, sort_keys=True,
            ensure_ascii=False)


def _relpath(path: str, root: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(root)).replace(os.sep, "/")
    except ValueError:
        return path.replace(os.sep, "/")


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/")
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.endswith("/"):
        return rel.startswith(pattern)
    if "**/" in pattern and fnmatch.fnmatchcase(rel, pattern.replace("**/", "")):
        return True
    return False


def _str_list(value, key: str, path: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ConfigError(f"{path}: 配置项 {key} 须为字符串列表")
    return [str(v) for v in value]


def _only_comments(text: str) -> bool:
    """Whether a configuration file holds nothing but blank lines and ``#`` comments (a placeholder
    that stops the search for one, as ``# defaults``): YAML reads it as an empty document."""
    for line in text.lstrip("\ufeff").split("\n"):
        line = line.rstrip("\r").lstrip(" ")
        if line and not (line.startswith("#") and line.isprintable()):  # a tab, a control character: YAML decides
            return False
    return True


def load_config(path: str) -> Config:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise ConfigError(f"{path}: 配置文件不存在") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: 无法读取配置文件（{getattr(e, 'strerror', None) or e}）") from None
    if _only_comments(text):
        return config_from_dict({}, path)  # what YAML reads it as (None), without importing yaml (~10 ms)
    import yaml  # only when there is a configuration file to read

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader: tags like !!python are refused
    except yaml.constructor.ConstructorError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise ConfigError(f"{path}: {where}含有不允许的 YAML 标签（{getattr(e, 'problem', '')}），配置只能是普通数据") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else ""
        raise ConfigError(f"{path}: YAML 语法错误{where}：{getattr(e, 'problem', None) or e}") from None
    return config_from_dict(data or {}, path)


def _severity(cfg, value, path):
    for code, sev in value.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{path}: severity.{code} 须为 {'/'.join(SEVERITIES)}")
    cfg.severity = {str(k).upper(): v for k, v in value.items()}


def _per_file_ignores(cfg, value, path):
    cfg.per_file_ignores = {str(g): _str_list(v if isinstance(v, list) else [v], f"per-file-ignores.{g}", path)
                            for g, v in value.items()}


def _rule_packs(cfg, value, path):
    cfg.rule_packs = [os.path.normpath(os.path.join(cfg.root, p)) for p in _str_list(value, "rule-packs", path)]


def _fail_on(cfg, value, path):
    if value not in SEVERITIES:
        raise ConfigError(f"{path}: fail-on 须为 {'/'.join(SEVERITIES)}")
    cfg.fail_on = value


def _words_file(cfg, value, path):
    target = os.path.join(cfg.root, value)
    try:
        with open(target, encoding="utf-8-sig") as fh:
            cfg.words += [w.strip() for w in fh if w.strip() and not w.startswith("#")]
    except OSError as e:
        raise ConfigError(f"{path}: 无法读取 words-file {value}（{e.strerror}）") from None


def _year(cfg, value, path):
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise ConfigError(f"{path}: year 须为四位年份")
    cfg.year = value


def _code_key(key) -> str:
    """A rule code or code prefix in upper case (dj804 → DJ804); anything else as written, so
    the error can say what was meant."""
    key = str(key)
    return key.upper() if key[:2].isalpha() and key.isascii() and key.replace("-", "").isalnum() and "-" not in key else key


def _list_setter(attr: str, key: str):
    def set_(cfg, value, path):
        setattr(cfg, attr, _str_list(value, key, path))

    return set_


#: how each key of .djlint.yaml lands on Config (its type is checked first, from KEYS)
_SETTERS = {
    "select": _list_setter("select", "select"),
    "ignore": _list_setter("ignore", "ignore"),
    "extend-select": _list_setter("extend_select", "extend-select"),
    "exclude": _list_setter("exclude", "exclude"),
    "severity": _severity,
    "per-file-ignores": _per_file_ignores,
    "rule-packs": _rule_packs,
    "fail-on": _fail_on,
    "profile": lambda cfg, value, path: setattr(cfg, "profile", value),
    "year": _year,
    "rule-options": lambda cfg, value, path: setattr(cfg, "rule_options", {_code_key(k): v for k, v in value.items()}),
    "words": lambda cfg, value, path: cfg.words.extend(_str_list(value, "words", path)),
    "words-file": _words_file,
}


def config_from_dict(data, path: str = "<config>") -> Config:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: 配置文件顶层须为键值映射")
    base = os.path.dirname(os.path.abspath(path)) if path != "<config>" else os.getcwd()
    cfg = Config(path=path if path != "<config>" else None, root=base)
    for key, value in data.items():
        if key not in KEYS:
            close = [k for k in KEYS if k.replace("-", "_") == str(key).replace("-", "_")]
            hint = f"，是否想写 {close[0]}？" if close else f"；可用的键：{', '.join(sorted(KEYS))}"
            raise ConfigError(f"{path}: 未知的配置项 {key}{hint}")
        want = KEYS[key]
        if value is None:
            continue
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: 配置项 {key} 须为{TYPE_NAMES[want]}，实际为 {type(value).__name__}")
        _SETTERS[key](cfg, value, path)
    if "words-file" not in data and path != "<config>":
        default = os.path.join(base, ".djlint-words.txt")  # beside .djlint.yaml, like Vale's accept.txt
        if os.path.isfile(default):
            _words_file(cfg, ".djlint-words.txt", path)
    return cfg


_DISCOVERY_CACHE: dict[str, str | None] = {}


def find_config_file(start: str) -> str | None:
    """Walk up from ``start`` (a file or folder) to the repository root."""
    d = os.path.abspath(start)
    if not os.path.isdir(d):
        d = os.path.dirname(d)
    visited = []
    found = None
    while True:
        if d in _DISCOVERY_CACHE:
            found = _DISCOVERY_CACHE[d]
            break
        visited.append(d)
        hit = next((os.path.join(d, n) for n in CONFIG_NAMES if os.path.isfile(os.path.join(d, n))), None)
        if hit:
            found = hit
            break
        parent = os.path.dirname(d)
        if os.path.exists(os.path.join(d, ".git")) or parent == d:
            break
        d = parent
    for v in visited:
        _DISCOVERY_CACHE[v] = found
    return found


_LOADED: dict[str, Config] = {}


def config_for(path: str, explicit: str | None = None) -> Config:
    cfg_path = explicit or find_config_file(path)
    if cfg_path is None:
        return Config()
    cfg_path = os.path.abspath(cfg_path)
    if cfg_path not in _LOADED:
        _LOADED[cfg_path] = load_config(cfg_path)
    return _LOADED[cfg_path]
