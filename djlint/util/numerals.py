"""Numbers written in Chinese numerals: one implementation for the numbering renderer (Word's
chineseCounting) and the rules that suggest a label or a year."""
from __future__ import annotations

CN_DIGITS = "零一二三四五六七八九"
CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def chinese_number(n: int, digits: str = CN_DIGITS, units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一 (as LibreOffice renders it)."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = chinese_number(low, digits, units) if low else ""
        if rest and low < 1000:
            rest = digits[0] + rest
        return chinese_number(high, digits, units) + "万" + rest
    parts = []
    s = str(n)
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - i - 1
        if d == 0:
            zero = True
            continue
        if zero and parts:
            parts.append(digits[0])
        zero = False
        if not (d == 1 and pos == 1 and i == 0 and units[0] == "十"):
            parts.append(digits[d])
        if pos:
            parts.append(units[pos - 1])
    return "".join(parts)
