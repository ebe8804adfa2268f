"""YAML rule packs: the one loader for rules and the data families keep in packs.

A pack is a folder: ``pack.yaml`` (name, description, version, sources), one
``<rule-name>.yaml`` per rule (a kind from :mod:`djlint.engine.kinds`), ``data/`` for long
lists (TSV) that rules name, and sub-folders a family reads (``profiles/`` for the
structure family, ``lexicon/`` for the phrase family: see ``PACK_DATA`` in their modules).
The loader is strict: an unknown key, a wrong type or a bad regex is a load error naming the file.
"""
from __future__ import annotations

import os

from ..errors import RuleLoadError
from .data import confirm, known_good, load_yaml
from .kinds import KINDS
from .rule import Rule

COMMON_KEYS = {"code", "name", "kind", "severity", "summary", "source", "link", "message", "doc", "examples",
               "status", "since", "parts", "fix_title", "skip_headings", "aliases"}
PACK_KEYS = {"name", "description", "version", "requires", "sources", "author", "license", "url"}


def load_rule_file(path: str) -> Rule:
    spec = load_yaml(path, keep=False)
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{path}: 规则文件须为 YAML 映射")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise RuleLoadError(f"{path}: 未知的规则类型 kind={kind!r}（可用：{', '.join(KINDS)}）")
    unknown = set(spec) - COMMON_KEYS - KINDS[kind].KEYS
    if unknown:
        raise RuleLoadError(f"{path}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    rule = KINDS[kind](spec, path, lazy=known_good(path))
    confirm(path)
    return rule


def load_pack_dir(registry, directory: str, origin: str) -> None:
    meta_path = os.path.join(directory, "pack.yaml")
    if not os.path.isfile(meta_path):
        raise RuleLoadError(f"{directory}: 规则包缺少 pack.yaml")
    meta = load_yaml(meta_path) or {}
    if not isinstance(meta, dict):
        raise RuleLoadError(f"{meta_path}: 须为 YAML 映射")
    unknown = set(meta) - PACK_KEYS
    if unknown:
        raise RuleLoadError(f"{meta_path}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    registry.packs.append({"path": directory, **meta})
    for name in sorted(os.listdir(directory)):
        sub = os.path.join(directory, name)
        if name in registry.data_loaders and os.path.isdir(sub):
            registry.data_loaders[name](registry, sub, origin)
    for name in sorted(os.listdir(directory)):
        if name == "pack.yaml" or not name.endswith((".yaml", ".yml")):
            continue
        registry.add(load_rule_file(os.path.join(directory, name)), origin)
