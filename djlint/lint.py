"""Linting one input: read, select rules, run them, filter.  The public API lives here."""
from __future__ import annotations

import os

from .config import Config, config_for
from .diagnostic import SEVERITY_RANK, Diagnostic
from .document import Document, read_bytes, read_path
from .engine import Registry, Rule, apply_suppressions, build_registry, run_rules
from .errors import ConfigError


class Options:
    """Command-line overrides on top of the discovered configuration."""

    def __init__(self, select=None, ignore=None, extend_select=None, preview=False, config_file=None,
                 fail_on=None, profile=None, year=None):
        self.select = list(select) if select else None
        self.ignore = list(ignore or [])
        self.extend_select = list(extend_select or [])
        self.preview = preview
        self.config_file = config_file
        self.fail_on = fail_on
        self.profile = profile
        self.year = year
        #: use the result cache (the command line turns it on; the library API never caches)
        self.cache = False


def _expand(registry: Registry, selectors, where: str) -> set[str]:
    out: set[str] = set()
    for s in selectors:
        if not registry.is_known_selector(s):
            raise ConfigError(f"{where}: 未知的规则或类别 {s!r}（用 djlint rules 查看全部规则）")
        out.update(r.code for r in registry.matches(s))
    return out


def select_rules(registry: Registry, config: Config, path: str | None, options: Options | None = None) -> list[Rule]:
    options = options or Options()
    where = config.path or "命令行"
    if options.select is not None:
        chosen = _expand(registry, options.select, "--select")
        explicit = set(options.select)
    elif config.select is not None:
        chosen = _expand(registry, config.select, where)
        explicit = set(config.select)
    else:
        chosen = set(registry.rules)
        explicit = set()
    chosen |= _expand(registry, config.extend_select, where)
    chosen |= _expand(registry, options.extend_select, "--extend-select")
    explicit |= set(config.extend_select) | set(options.extend_select)
    ignored = _expand(registry, config.ignore, where) | _expand(registry, options.ignore, "--ignore")
    if path is not None:
        ignored |= _expand(registry, config.ignores_for(path), f"{where} per-file-ignores")
    rules = []
    for code in chosen - ignored:
        rule = registry.rules[code]
        if rule.status == "removed":
            continue
        if rule.status == "preview" and not options.preview and code not in {e.upper() for e in explicit}:
            continue
        rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def effective_config(path: str, options: Options | None = None) -> Config:
    options = options or Options()
    cfg = config_for(path, options.config_file)
    if options.profile or options.year or options.fail_on:
        import copy

        cfg = copy.copy(cfg)
        if options.profile:
            cfg.profile = options.profile
        if options.year:
            cfg.year = options.year
        if options.fail_on:
            cfg.fail_on = options.fail_on
    return cfg


def lint_document(doc: Document, config: Config | None = None, options: Options | None = None,
                  registry: Registry | None = None) -> list[Diagnostic]:
    config = config or Config()
    registry = registry or build_registry(tuple(config.rule_packs))
    if config.profile and config.profile not in registry.profiles:
        raise ConfigError(f"profile: 未知的报告类型 {config.profile!r}（可用：{'、'.join(sorted(registry.profiles))}；"
                          f"djlint profiles 查看说明）")
    rules = select_rules(registry, config, doc.path, options)
    diags = run_rules(doc, rules, config, config.severity, registry)
    diags = apply_suppressions(doc, diags)
    diags.sort(key=lambda d: d.sort_key)
    return diags


def _as_config(config) -> Config | None:
    if config is None or isinstance(config, Config):
        return config
    if isinstance(config, dict):
        from .config import config_from_dict

        return config_from_dict(config)
    if isinstance(config, (str, os.PathLike)):
        from .config import load_config

        return load_config(os.fspath(config))
    raise TypeError("config must be a Config, a dict, or a path to a .djlint.yaml")


def lint_path(path, config=None) -> list[Diagnostic]:
    """Lint one file.  ``config``: a dict of .djlint.yaml keys, a path to one, or None to discover it.

    Raises :class:`djlint.errors.ReadError` when the file cannot be read.
    """
    path = os.fspath(path)
    cfg = _as_config(config) or config_for(path)
    return lint_document(read_path(path), cfg)


def lint_text(text: str, config=None, filename: str = "<text>.txt") -> list[Diagnostic]:
    """Lint a string as if it were a .txt file (or .md, by ``filename``)."""
    cfg = _as_config(config) or Config()
    kind = "md" if filename.endswith((".md", ".markdown")) else "txt"
    return lint_document(read_bytes(filename, text.encode("utf-8"), kind), cfg)


def fails(diags: list[Diagnostic], fail_on: str) -> bool:
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK.get(d.severity, 2) >= threshold for d in diags)
