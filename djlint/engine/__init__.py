"""The rule engine: what a rule is, the registry, the rule kinds, pack loading, selection and
running rules on one Document.  It knows no rule family: families live in
:mod:`djlint.checks` and bring their pack data through ``PACK_DATA`` (see :mod:`.registry`).

- :mod:`.rule`      Rule, Finding, Example, validation
- :mod:`.context`   LintContext (config, registry, ``shared`` per-document memo)
- :mod:`.kinds`     PatternRule (Python and YAML), SubstitutionRule
- :mod:`.packs`     the YAML loader for packs, rules and family data
- :mod:`.registry`  Registry, entry points, build_registry
- :mod:`.select`    select_rules
- :mod:`.run`       run_rules, make_diagnostic, apply_suppressions
"""
from __future__ import annotations

from .context import LintContext
from .registry import BUILTIN_FAMILIES, Registry, build_registry, builtin_packs_dir
from .rule import DOC_HEADINGS, Example, Finding, Rule, category_of

__all__ = ["BUILTIN_FAMILIES", "DOC_HEADINGS", "Example", "Finding", "LintContext", "Registry", "Rule",
           "build_registry", "builtin_packs_dir", "category_of", "run_rules", "apply_suppressions",
           "select_rules"]


def __getattr__(name):  # the running side loads on first use
    if name in ("run_rules", "apply_suppressions", "make_diagnostic"):
        from . import run

        return getattr(run, name)
    if name == "select_rules":
        from .select import select_rules

        return select_rules
    raise AttributeError(name)
