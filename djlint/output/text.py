"""``--format text`` (the default): ruff's full format, and the summary line."""
from __future__ import annotations

from collections import Counter

from .style import display_width, is_word, location


def render(diags, env) -> str:
    """ruff's full format: location, code and message, the line, a caret under the span."""
    style = env.style
    bold, severity, dim, cyan = style.bold, style.severity, style.dim, style.cyan
    word_files: dict[str, bool] = {}  # whether each path is a Word file (a long report: 10,000 findings of one path)
    blocks = []
    append = blocks.append
    for d in diags:
        path, fix = d.path, d.fix
        word = word_files.get(path)
        if word is None:
            word = word_files[path] = is_word(d)
        mark = " [*]" if fix and fix.safe else ""
        where = location(d) if word else f"{path}:{d.line}:{d.column}"
        head = f"{bold(where)}: {severity(d.severity, d.code)}{mark} {d.message}"
        if d.window is None:
            append(head)
            continue
        shown, start, end = d.window
        pad = display_width(shown[:start])
        width = max(1, display_width(shown[start:end]))
        gutter = str(d.line)
        bar = dim(" " * len(gutter) + " |")  # a style gives the same text for the same text: made once
        block = f"{head}\n{bar}\n{dim(gutter + ' |')} {shown}\n{bar} {' ' * pad}{severity(d.severity, '^' * width)}"
        if fix is not None:
            block = f"{block}\n{bar} {cyan(d.fix_label())}"
        append(block)
    return "\n\n".join(blocks)


def summary_line(n_files: int, diags, n_errors: int, seconds: float) -> str:
    """The last line.  ``n_files``: the files actually read; a run that read nothing says so
    and does not claim that nothing was found."""
    if n_files == 0 and n_errors:
        return f"没有检查任何文件：{n_errors} 个文件无法读取（原因见上），用时 {seconds:.2f} 秒"
    c = Counter(d.severity for d in diags)
    fixable = sum(1 for d in diags if d.fix and d.fix.safe)
    parts = [f"检查了 {n_files} 个文件"]
    if diags:
        parts.append(f"发现 {len(diags)} 个问题（错误 {c['error']}，警告 {c['warning']}，提示 {c['info']}）")
    else:
        parts.append("未发现问题")
    if fixable:
        parts.append(f"{fixable} 个有安全的修改建议（[*]）")
    if n_errors:
        parts.append(f"{n_errors} 个文件无法读取")
    parts.append(f"用时 {seconds:.2f} 秒")
    return "，".join(parts)


def file_summaries(files, results, unreadable) -> list[str]:
    """One line per file when several were checked: where the problems are."""
    if len(files) < 2:
        return []
    bad = {path for path, _m in unreadable}
    lines = ["", "各文件："]
    for path in files:
        r = results[path]
        if r.path in bad or path in bad:
            lines.append(f"  {r.path}：无法读取")
            continue
        c = Counter(d.severity for d in r.diagnostics)
        lines.append(f"  {r.path}：" + (f"错误 {c['error']}，警告 {c['warning']}，提示 {c['info']}" if r.diagnostics
                                        else "未发现问题"))
    return lines
