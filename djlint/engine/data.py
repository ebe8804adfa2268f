"""Reading the files of a pack: YAML (rules, profiles, lexicons) and TSV tables (word lists).
One reader each, strict, naming the file and line in every error."""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

from ..errors import RuleLoadError


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


def read_list(path: str) -> list[str]:
    """One item a line; blank lines and ``#`` comments skipped."""
    try:
        with open(path, encoding="utf-8") as fh:
            items = [unicodedata.normalize("NFC", line.strip()) for line in fh]
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    return [x for x in items if x and not x.startswith("#")]
