"""``python -m djlint.devtools docs [--check]``: the parts of README.md and docs/layout.md that
say what the code says — the rule table, the layout rules with their option defaults, the font
family aliases — written from the registry between markers::

    <!-- generated: rules-table (python -m djlint.devtools docs) -->
    …
    <!-- end generated: rules-table -->

tests/test_devtools.py fails when a block is stale and prints the command to run.
"""
from __future__ import annotations

import os
import re

COMMAND = "python -m djlint.devtools docs"
FIX_WORDS = {"never": "—", "sometimes": "有时", "always": "✓"}
SEVERITY_WORDS = {"error": "错误", "warning": "警告", "info": "提示"}
#: a name offices install that the default alias table does not know: the docs' example of adding one
EXAMPLE_FONT = "华康仿宋W4"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _own_rules(registry):
    """djlint's own rules (not a plugin installed beside it)."""
    return [r for r in registry.sorted() if r.origin == "djlint" or r.origin.startswith("djlint:")]


def rules_table(registry) -> str:
    lines = ["| 代码 | 名称 | 类别 | 级别 | 修复 | 说明 |", "|---|---|---|---|---|---|"]
    for r in _own_rules(registry):
        notes = [note for note, on in (("默认关闭", r.opt_in), ("预览", r.status == "preview")) if on]
        summary = r.summary + (f"（{'，'.join(notes)}）" if notes else "")
        lines.append(f"| {r.code} | `{r.name}` | {r.category} | {SEVERITY_WORDS.get(r.severity, r.severity)} | "
                     f"{FIX_WORDS.get(r.fix, r.fix)} | {_cell(summary)} |")
    return "\n".join(lines)


def _default(value) -> str:
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value)


def _layout_rules(registry):
    return [r for r in _own_rules(registry) if r.category == "format"]


def layout_rules(registry) -> str:
    lines = ["| 代码 | 检查 | 可改的设置（默认值） | 依据 |", "|---|---|---|---|"]
    for r in _layout_rules(registry):
        shown = [f"`{o.name}: {_default(o.default)}` {o.doc}" for o in r.options if not isinstance(o.default, (dict, list))]
        lines.append(f"| {r.code} `{r.name}` | {_cell(r.summary)} | {'<br>'.join(map(_cell, shown)) or '—'} | "
                     f"{_cell(r.source)} |")
    return "\n".join(lines)


def layout_options(registry) -> str:
    from ..checks.format import FAMILIES

    lines = ["```yaml", "rule-options:"]
    for r in _layout_rules(registry):
        values = [f"{o.name}: {_default(o.default)}" for o in r.options if not isinstance(o.default, (dict, list))]
        if values:
            lines.append(f"  {r.code}: {{{', '.join(values)}}}")
    shared = sorted({o.name for r in _layout_rules(registry) for o in r.options if isinstance(o.default, dict)})
    if "font-families" in shared:
        names = ", ".join(FAMILIES["仿宋"] + [EXAMPLE_FONT])
        lines += ["  DJ8:                       # 全部版式规则共用：字体名的别名表（写出的类别替换默认表里的那一类）",
                  "    font-families:", f"      仿宋: [{names}]"]
    lines.append("```")
    return "\n".join(lines)


def font_families(registry) -> str:
    from ..checks.format import FAMILIES, SHOWN

    lines = ["| 字体类别 | 消息里的写法 | 算作这一类的字体名 |", "|---|---|---|"]
    for family, names in FAMILIES.items():
        lines.append(f"| {family} | {SHOWN.get(family, family)} | {'、'.join(names)} |")
    return "\n".join(lines)


#: file (from the checkout's root) → the blocks it holds
BLOCKS = {
    "README.md": {"rules-table": rules_table},
    os.path.join("docs", "layout.md"): {"layout-rules": layout_rules, "layout-options": layout_options,
                                         "font-families": font_families},
}


def _marker(name: str) -> tuple[str, str]:
    return f"<!-- generated: {name} ({COMMAND}) -->", f"<!-- end generated: {name} -->"


def fill(text: str, name: str, body: str, where: str = "") -> str:
    start, end = _marker(name)
    pattern = re.compile(re.escape(start) + r"\n.*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{where}: no markers for the generated block {name!r}: {start} … {end}")
    return pattern.sub(lambda _m: f"{start}\n{body}\n{end}", text, count=1)


def checkout_root() -> str:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if not os.path.isfile(os.path.join(root, "README.md")) or not os.path.isdir(os.path.join(root, "docs")):
        raise SystemExit("run this in a source checkout of djlint (README.md and docs/ beside djlint/)")
    return root


def regenerate(root: str, write: bool = True) -> list[str]:
    """Fill every generated block; return ``file: block`` for each that was stale."""
    from ..engine import build_registry

    registry = build_registry()
    stale = []
    for rel, blocks in BLOCKS.items():
        path = os.path.join(root, rel)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        new = text
        for name, make in blocks.items():
            new = fill(new, name, make(registry), rel)
            if new != text and f"{rel}: {name}" not in stale and _block(new, name) != _block(text, name):
                stale.append(f"{rel}: {name}")
        if new != text and write:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(new)
    return stale


def _block(text: str, name: str) -> str:
    start, end = _marker(name)
    a = text.find(start)
    return text[a:text.find(end, a)] if a >= 0 else ""


def main(args) -> int:
    stale = regenerate(checkout_root(), write=not args.check)
    if args.check:
        for line in stale:
            print(f"stale: {line}")
        if stale:
            print(f"run: {COMMAND}")
        return 1 if stale else 0
    for line in stale:
        print(f"updated: {line}")
    if not stale:
        print("the generated blocks are up to date")
    return 0
