"""Tables of a .docx: where a cell stands on the table's grid, and what the other cells of its column hold."""
from __future__ import annotations

from ..util import rx
from .wordml import q

_TC_PR = q("tcPr")
_GRID_SPAN = q("gridSpan")
_VAL = q("val")

#: a cell holding a number (12, 1,024, 3.5, 95%, -2): what a column of figures holds
_NUMBER = rx.regex(r"[+\-－]?[0-9０-９][0-9０-９,，.．]*[%％]?")


def grid_span(tc) -> int:
    """How many columns of the table's grid the cell ``w:tc`` spans (w:gridSpan; 1 without one)."""
    pr = tc.find(_TC_PR)
    span = pr.find(_GRID_SPAN) if pr is not None else None
    try:
        return max(1, int(span.get(_VAL))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def columns(doc) -> dict:
    """The cells of every table column, ``(table, column) → {row: text}``, the text of a cell's
    paragraphs joined and stripped."""
    out: dict = {}
    for p in doc.paragraphs:
        if p.cell is not None:
            table, row, column = p.cell
            cells = out.setdefault((table, column), {})
            cells[row] = (cells.get(row, "") + p.text).strip()
    return out


def is_number(text: str) -> bool:
    return _NUMBER.fullmatch(text) is not None


def in_column_of_numbers(ctx, p, blank) -> bool:
    """Whether the other cells of ``p``'s column are figures: at least two of them, and none that is
    not a figure, a blank of the same kind (``blank`` matches its text) or the heading row's name."""
    if p.cell is None:
        return False
    table, row, column = p.cell
    cells = ctx.shared("table-columns", lambda c: columns(c.doc)).get((table, column), {})
    numbers = 0
    for r, text in cells.items():
        if r == row or not text or blank.fullmatch(text):
            continue
        if is_number(text):
            numbers += 1
        elif r != min(cells):
            return False  # a column of words or marks (✓ and x), not of figures
    return numbers >= 2
