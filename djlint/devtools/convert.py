"""``python -m djlint.devtools convert-cases LEGACY.yaml ... [--into rules/cases]``

Turns the legacy case lists (``tests/rules/<family>.yaml``: a list of ``{rule, text, findings, …}``)
into per-rule case files (``rules/cases/<CODE>.yaml``: named cases).  A case already in the target
file (same text, input and config) is not added twice; if its expectation differs, the legacy
one replaces it (it is the newer) and the tool says so.  New cases get a name made from what
they show: a failing case from the text the first finding marks (``jiang-jin-400-yu``), a
passing one ``ok-`` and the start of its text, in pinyin; rename them to say what they show
(the test id is ``CODE-name``).  Comment lines right above a legacy case go with it.
"""
from __future__ import annotations

import os
import re

import yaml

from ..engine.cases import CASE_KEYS, builtin_cases_dir
from .caseyaml import dump_case, join_blocks, split_blocks

LEGACY_KEYS = CASE_KEYS | {"rule"}
_HAN = re.compile(r"[\u3400-\u9fff]")
HEADER = "# {code} {name}: cases (the format: djlint/engine/cases.py; run: pytest tests/test_rule_cases.py -k {code})\n"


def _pinyin() -> dict[str, str]:
    from ..engine.registry import builtin_packs_dir

    table = {}
    with open(os.path.join(builtin_packs_dir(), "phrase", "data", "pinyin.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            char, reading = line.rstrip("\n").split("\t", 1)
            table[char] = reading.split()[0] if reading.split() else ""
    return table


def slug(text: str, table: dict[str, str], words: int = 5) -> str:
    """ASCII words for a piece of Chinese text: 将近400余 → jiang-jin-400-yu."""
    out: list[str] = []
    buf = ""
    for ch in text:
        if ch.isascii() and ch.isalnum():
            buf += ch.lower()
            continue
        if buf:
            out.append(buf)
            buf = ""
        if _HAN.match(ch) and table.get(ch):
            out.append(table[ch])
        if len(out) >= words:
            break
    if buf:
        out.append(buf)
    return "-".join(out[:words]) or "case"


def _marked(case: dict) -> str:
    """The text the first finding marks (or, for a finding on a whole paragraph, the quoted part of its message)."""
    first = case["findings"][0]
    line, cols = str(first["at"]).split(":")
    start, end = (int(x) for x in cols.split("-"))
    lines = case["text"].split("\n")
    marked = lines[int(line) - 1][start - 1:end - 1] if 0 < int(line) <= len(lines) else ""
    if len(marked.strip()) < 1 or end - start > 12:
        quoted = re.search(r"“([^”]{1,12})”", first.get("message", ""))
        marked = quoted.group(1) if quoted else marked[:8] or first.get("message", "")[:8]
    return marked


def name_for(case: dict, taken: set[str], table: dict[str, str]) -> str:
    base = slug(_marked(case), table) if case.get("findings") else "ok-" + slug(case["text"], table, 4)
    if not isinstance(yaml.safe_load(base), str):  # 2, no, on: YAML reads them as a number or a flag
        base = "case-" + base
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def read_legacy(path: str) -> list[tuple[dict, list[str]]]:
    """The cases of a legacy list file, each with the comment lines right above it."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    cases = yaml.safe_load(text) or []
    if not isinstance(cases, list):
        raise SystemExit(f"{path}: not a legacy case list (a YAML list of {{rule, text, findings}})")
    comments: list[list[str]] = []
    pending: list[str] = []
    header = True  # the comment lines at the top of the file are its header, not the first case's
    for line in text.splitlines():
        if line.startswith("#"):
            pending.append(line)
        elif line.startswith("- "):
            comments.append([] if header else pending)
            pending, header = [], False
        elif not line.strip():
            pending, header = [], False  # a blank line ends a comment that belongs to no case
    for case in cases:
        unknown = set(case) - LEGACY_KEYS
        if unknown or "rule" not in case:
            raise SystemExit(f"{path}: a case with unknown keys {sorted(unknown)} or no rule: {case}")
    return list(zip(cases, comments if len(comments) == len(cases) else [[]] * len(cases)))


def _key(case: dict) -> tuple:
    return (case["text"], case.get("input", "txt"), yaml.safe_dump(case.get("config"), sort_keys=True))


def _covers(old: dict, new: dict) -> bool:
    """Whether the case already in the file says all ``new`` says (a duplicate that also names
    the severity covers one that does not)."""
    a, b = old.get("findings") or [], new.get("findings") or []
    return (old.get("fixed") == new.get("fixed") and len(a) == len(b)
            and all(set(y.items()) <= set(x.items()) for x, y in zip(a, b)))


def convert(paths: list[str], into: str, registry=None) -> list[str]:
    """Convert; return one line per file written, then one per case updated or skipped."""
    table = _pinyin()
    by_code: dict[str, list[tuple[dict, list[str]]]] = {}
    for path in paths:
        for case, comments in read_legacy(path):
            by_code.setdefault(str(case["rule"]), []).append((case, comments))
    os.makedirs(into, exist_ok=True)
    files, report = [], []
    for code, items in sorted(by_code.items()):
        target = os.path.join(into, f"{code}.yaml")
        text = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
        head, blocks = split_blocks(text)
        if not head and not blocks:
            rule = registry.get(code) if registry is not None else None
            head = HEADER.format(code=code, name=rule.name if rule else "")
        existing = {name: (yaml.safe_load(block) or {}).get(name) for name, block in blocks}
        index = {_key(c): n for n, c in existing.items() if isinstance(c, dict)}
        taken = set(existing)
        added = updated = 0
        for case, comments in items:
            spec = {k: v for k, v in case.items() if k != "rule"}
            name = index.get(_key(spec))
            if name is not None:
                old = existing[name]
                if not _covers(old, spec):
                    keep = {k: v for k, v in old.items() if k in ("example", "corrected", "note")}
                    merged = {**spec, **keep}
                    blocks = [(n, dump_case(n, merged, comments) if n == name else b) for n, b in blocks]
                    report.append(f"  {code}-{name}: expectation updated from the legacy file")
                    updated += 1
                continue
            name = name_for(spec, taken, table)
            blocks.append((name, dump_case(name, spec, comments)))
            index[_key(spec)] = name
            existing[name] = spec
            added += 1
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(join_blocks(head, blocks))
        files.append(f"{target}: {added} added, {updated} updated, {len(items) - added - updated} already there")
    return files + report


def main(args) -> int:
    into = args.into or builtin_cases_dir()
    from ..engine import build_registry

    for line in convert(args.paths, into, build_registry()):
        print(line)
    total = sum(len(read_legacy(p)) for p in args.paths)
    print(f"{total} legacy cases read from {len(args.paths)} file(s); "
          "name the new ones for what they show, then: pytest tests/test_rule_cases.py")
    return 0
