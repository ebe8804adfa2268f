"""Which rules run on a file: ``select``/``extend-select``/``ignore`` from the command line
and the configuration, per-file ignores, preview and removed rules."""
from __future__ import annotations

from ..errors import ConfigError
from .registry import Registry
from .rule import Rule


def expand(registry: Registry, selectors, where: str) -> set[str]:
    out: set[str] = set()
    for s in selectors:
        if not registry.is_known_selector(s):
            raise ConfigError(f"{where}: 未知的规则或类别 {s!r}（用 djlint rules 查看全部规则）")
        out.update(r.code for r in registry.matches(s))
    return out


def select_rules(registry: Registry, config, path: str | None, options=None) -> list[Rule]:
    """The rules to run: the selection (command line over configuration; all rules when neither
    selects), plus the extensions, minus the ignores.  A preview rule runs when its code is
    named or with --preview; an opt-in rule (the DJ8xx layout checks) only when a selector names
    it (DJ8, DJ801, format, ALL)."""
    where = config.path or "命令行"
    cli_select = getattr(options, "select", None)
    cli_extend = list(getattr(options, "extend_select", None) or [])
    named: set[str] = set()  # what the user's selectors name, for opt-in rules
    if cli_select is not None:
        chosen, explicit = expand(registry, cli_select, "--select"), set(cli_select)
        named |= chosen
    elif config.select is not None:
        chosen, explicit = expand(registry, config.select, where), set(config.select)
        named |= chosen
    else:
        chosen, explicit = set(registry.rules), set()
    extended = expand(registry, config.extend_select, where) | expand(registry, cli_extend, "--extend-select")
    chosen |= extended
    named |= extended
    explicit |= set(config.extend_select) | set(cli_extend)
    ignored = expand(registry, config.ignore, where) | expand(registry, getattr(options, "ignore", None) or [], "--ignore")
    if path is not None:
        ignored |= expand(registry, config.ignores_for(path), f"{where} per-file-ignores")
    preview = bool(getattr(options, "preview", False))
    explicit_codes = {e.upper() for e in explicit}
    rules = []
    for code in chosen - ignored:
        rule = registry.rules[code]
        if rule.status == "removed" or (rule.opt_in and code not in named):
            continue
        if rule.status == "preview" and not preview and code not in explicit_codes:
            continue
        rules.append(rule)
    return sorted(rules, key=lambda r: r.code)
