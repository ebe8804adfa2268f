"""YAML rule packs: the one loader for rules and the data families keep in packs.

A pack is a folder: ``pack.yaml`` (name, description, version, sources), one
``<rule-name>.yaml`` per rule (a kind from :mod:`djlint.engine.kinds`), ``data/`` for long
lists (TSV) that rules name, and sub-folders a family reads (``profiles/`` for the
structure family, ``lexicon/`` for the phrase family: see ``PACK_DATA`` in their modules).
The loader is strict: an unknown key, a wrong type or a bad regex is a load error naming the file.
"""
from __future__ import annotations

import os
import unicodedata
from typing import NamedTuple

from ..errors import RuleLoadError
from .kinds import KINDS
from .rule import Rule

COMMON_KEYS = {"code", "name", "kind", "severity", "summary", "source", "link", "message", "doc", "examples",
               "status", "since", "parts", "fix_title", "skip_headings", "aliases"}
PACK_KEYS = {"name", "description", "version", "requires", "sources", "author", "license", "url"}


def load_yaml(path: str):
    """Read one YAML file of a pack (safe loader); a syntax error names the file and line."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise RuleLoadError(f"{path}: YAML 格式错误{where}：{getattr(e, 'problem', e)}") from None
    except UnicodeDecodeError:
        raise RuleLoadError(f"{path}: 不是 UTF-8 文本") from None
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取（{e.strerror}）") from None


class TsvRow(NamedTuple):
    wrong: str
    rights: list[str]
    reason: str
    source: str
    line: int


def read_tsv(path: str) -> list[TsvRow]:
    """``wrong<TAB>right[|right2…][<TAB>reason[<TAB>source]]``; ``#`` lines are comments."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 2 or not cols[0] or not cols[1]:
                    raise RuleLoadError(f"{path}:{n}: 每行须为 错误形式<TAB>正确形式[<TAB>说明[<TAB>出处]]")
                rows.append(TsvRow(unicodedata.normalize("NFC", cols[0]), cols[1].split("|"),
                                   cols[2] if len(cols) > 2 else "", cols[3] if len(cols) > 3 else "", n))
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    return rows


def load_rule_file(path: str) -> Rule:
    spec = load_yaml(path)
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{path}: 规则文件须为 YAML 映射")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise RuleLoadError(f"{path}: 未知的规则类型 kind={kind!r}（可用：{', '.join(KINDS)}）")
    unknown = set(spec) - COMMON_KEYS - KINDS[kind].KEYS
    if unknown:
        raise RuleLoadError(f"{path}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    return KINDS[kind](spec, path)


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
