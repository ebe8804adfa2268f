"""``python -m djlint.devtools case CODE TEXT [--name NAME] [--example bad|good] [--add]``

Prints the case for TEXT as djlint sees it now (only CODE selected): the findings and, when
there are safe fixes, the fixed text.  Read it before you keep it: a case records what the
rule *should* say, so a wrong finding printed here is a bug to fix, not a case to add.
``--add`` appends it to the rule's case file (rules/cases/CODE.yaml, created if need be).
"""
from __future__ import annotations

import os
import sys

from ..engine.cases import builtin_cases_dir, read_case_file, shape
from .caseyaml import dump_case, join_blocks, split_blocks
from .convert import HEADER, _pinyin, name_for


def case_for(code: str, text: str, input_kind: str = "txt", config: dict | None = None) -> dict:
    from ..lint import lint_text
    from ..writeback.textfix import apply_text_fixes

    diags = [d for d in lint_text(text, {"select": [code], **(config or {})}, filename=f"case.{input_kind}")
             if d.code == code]
    spec: dict = {"text": text}
    if input_kind != "txt":
        spec["input"] = input_kind
    if config:
        spec["config"] = config
    spec["findings"] = [shape(d) for d in diags]
    if any(d.fix and d.fix.safe for d in diags):
        spec["fixed"] = apply_text_fixes(text, diags)[0]
    return spec


def main(args) -> int:
    from ..engine import build_registry

    rule = build_registry().get(args.code)
    if rule is None:
        print(f"no rule {args.code}", file=sys.stderr)
        return 2
    text = args.text.replace("\\n", "\n")
    config = {"year": args.year} if args.year else None
    spec = case_for(rule.code, text, args.input, config)
    if args.example:
        spec["example"] = args.example
    path = os.path.join(builtin_cases_dir(), f"{rule.code}.yaml")
    existing = {c.name for c in read_case_file(path)} if os.path.exists(path) else set()
    name = args.name or name_for(spec, set(existing), _pinyin())
    if name in existing:
        print(f"{path} already has a case named {name}", file=sys.stderr)
        return 2
    block = dump_case(name, spec)
    if not args.add:
        print(block, end="")
        return 0
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else HEADER.format(code=rule.code, name=rule.name)
    head, blocks = split_blocks(text)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(join_blocks(head, blocks + [(name, block)]))
    print(f"{path}: added {rule.code}-{name}")
    return 0
