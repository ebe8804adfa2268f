"""Applying fixes to plain text (.txt/.md): non-overlapping, right to left, line by line."""
from __future__ import annotations


def apply_text_fixes(text: str, diags, unsafe: bool = False) -> tuple[str, int]:
    """Return the text with the diagnostics' fixes applied, and how many were applied.

    A fix with several edits (``Diagnostic.more``: a renumbered sequence of headings) gives
    each of them.  Columns are 1-based code points into the source line (end exclusive).  A fix that
    overlaps one already taken is skipped (the next run picks it up); unsafe fixes only
    with ``unsafe=True``.
    """
    import re

    from ..util.spans import spans_overlap

    parts = re.split(r"(\r\n|\r|\n)", text)
    lines, seps = parts[0::2], parts[1::2]
    by_line: dict[int, list] = {}
    for d in (e for c in diags for e in (c, *c.more)):  # every edit of a fix that has several
        f = d.fix
        if f is None or (not f.safe and not unsafe) or f.line != f.end_line:
            continue
        by_line.setdefault(f.line, []).append(f)
    applied = 0
    for line_no, fixes in by_line.items():
        if not 1 <= line_no <= len(lines):
            continue
        line = lines[line_no - 1]
        taken: list[tuple[int, int]] = []
        chosen = []
        for f in sorted(fixes, key=lambda f: (f.column, f.end_column)):
            s, e = f.column - 1, f.end_column - 1
            if any(spans_overlap(a, b, s, e) for a, b in taken):
                continue
            taken.append((s, e))
            chosen.append(f)
        for f in sorted(chosen, key=lambda f: -f.column):
            s, e = f.column - 1, f.end_column - 1
            line = line[:s] + f.replacement + line[e:]
            applied += 1
        lines[line_no - 1] = line
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(seps):
            out.append(seps[i])
    return "".join(out), applied
