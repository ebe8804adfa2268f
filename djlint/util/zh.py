"""The vocabulary of Chinese text that every family shares: numerals both ways, the regex
fragments several rules spell (numeral classes, blanks with the ideographic space, sentence
ends, label delimiters), and the named lengths and windows the rules agree on.

Plain strings and two small functions: imported on the plain lint path, so nothing here
compiles a pattern (compile with :mod:`djlint.util.rx` where the pattern is used).  Regex
fragments are raw pattern text, usable by the standard library and by ``regex`` alike; join
them with ``+`` (an f-string would need every ``{m,n}`` doubled).
"""
from __future__ import annotations

from functools import lru_cache

# ---- numerals -----------------------------------------------------------------------------

#: the digits 〇 to 九 as Chinese numerals write them (index = value)
CN_DIGITS = "零一二三四五六七八九"
#: the same in the financial (大写) form Word's ``chineseLegalSimplified`` numbering uses
CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
#: what a Chinese numeral's characters are worth; 〇, 零 and ○ (a circle typed for 〇) are 0
_VALUES = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}


_UNITS = {"十": 10, "百": 100, "千": 1000}


@lru_cache(maxsize=4096)  # the same few numerals, over and over (一是、二是, headings)
def cn_to_int(s: str) -> int | None:
    """A Chinese numeral's value: 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; digit by digit
    without 十 or 百 (二〇二四 → 2024).  None if ``s`` is not a Chinese numeral."""
    if not s or any(c not in _VALUES and c not in _UNITS for c in s):
        return None
    if not any(c in _UNITS for c in s):
        return int("".join(str(_VALUES[c]) for c in s))
    total = current = 0
    for c in s:
        if c in _UNITS:
            total += (current or 1) * _UNITS[c]
            current = 0
        else:
            current = _VALUES[c]
    return total + current


@lru_cache(maxsize=4096)
def int_to_cn(n: int, digits: str = CN_DIGITS, units: str = "十百千") -> str:
    """``n`` as a Chinese numeral: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一 (as
    LibreOffice renders Word's chineseCounting); ``digits``/``units`` give other forms (CN_LEGAL)."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = int_to_cn(low, digits, units) if low else ""
        if rest and low < 1000:
            rest = digits[0] + rest
        return int_to_cn(high, digits, units) + "万" + rest
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


# ---- regex fragments and character sets ---------------------------------------------------

#: the numerals 一 to 十, the characters of labels (一、（二）), 一是/二是 and 届次 (十九届)
NUMERAL_CHARS = "一二三四五六七八九十"
#: one of them, as a regex class
NUMERAL = "[" + NUMERAL_CHARS + "]"
#: a numeral up to 九十九: 一, 十二, 二十三
NUMERAL_RUN = NUMERAL + "+"
#: a heading label's number, which may run past 九十九 (一百零一、)
LABEL_NUMERAL_RUN = "[" + NUMERAL_CHARS + "百]+"
#: one character of a short label number, in digits or numerals: (1) 1） 附件2 附件二
LABEL_DIGIT = "[0-9" + NUMERAL_CHARS + "]"
#: a digit of a year written in Chinese numerals (二〇二四; 零 and a typed ○ stand for 〇 too)
YEAR_DIGIT = "[一二三四五六七八九〇零○]"
#: the zeros a year in numerals is miswritten with: the digit 0, the letter O (二0二七, 二O二四; DJ604 reports them)
MISWRITTEN_ZEROS = "0OoＯ０"
#: a year written in numerals, its zeros right or miswritten: 二〇二四, 二零二四, 二0二七
CN_YEAR = "[一二][一二三四五六七八九〇零○" + MISWRITTEN_ZEROS + "]{3}"


def cn_year(s: str) -> int | None:
    """The value of a year written in numerals (二〇二四, 二0二七 → 2024, 2027); None if it is not one."""
    return cn_to_int("".join("〇" if c in MISWRITTEN_ZEROS else c for c in s))

#: every character that writes a number in words (the zeros, 两, the units up to 亿)
#: the characters before which 约 ends a word (节约、签约、预约、公约…) rather than meaning “about”: a
#: lookbehind class for the approximation rules (约300人左右, 约10余人)
ABOUT_WORD_HEADS = "节制契公条预签违履邀婚践相隐缔守失特合赴誓和规解"
#: 约 right after 损失、流失、丢失 (“挽回损失约300万元”): the 失 ends a noun there, it is no 失约; a lookbehind
ABOUT_AFTER_LOSS = "(?<=[损流丢]失约)"
NUMBER_WORD_CHARS = frozenset("〇零一二两三四五六七八九十百千万亿")

#: blanks in Chinese text: space, tab and the ideographic (full-width) space U+3000
BLANK_CHARS = " \t\u3000"
BLANK = r"[ \t\u3000]"
#: a space between words, half- or full-width (no tab)
SPACE_CHARS = " \u3000"
SPACE = r"[ \u3000]"
#: characters that take no room on the page but sit in the text (copied from web pages and PDFs):
#: zero-width space, non-joiner and joiner, word joiner, soft hyphen, a BOM inside the text
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
INVISIBLE = "[" + INVISIBLE_CHARS + "]"
#: spaces that do not break a line and look like a space (or like nothing, when narrow) on the page, copied
#: from web pages and PDFs: no-break space, figure space, narrow no-break space
NO_BREAK_SPACE_CHARS = "\u00a0\u2007\u202f"
NO_BREAK_SPACE = "[" + NO_BREAK_SPACE_CHARS + "]"
#: what may stand before a heading label: blanks, no-break and other Unicode spaces, a BOM
LEADING_BLANK = r"[ \t\u00a0\u2000-\u200b\u3000\ufeff]"
#: the characters LEADING_BLANK stands for (for str.lstrip)
LEADING_BLANK_CHARS = " \t\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u3000\ufeff"

#: the full-width marks that end a sentence (a colon ends none: 强调：“…”)
SENTENCE_END_CHARS = "。；！？"
#: what may follow a bracketed label by mistake, or a label's number as its delimiter
LABEL_DELIMITER_CHARS = "、，,．."

# ---- lengths and windows ------------------------------------------------------------------

#: a heading, a title or a note standing on a line of its own is at most this many characters;
#: a longer paragraph is running text
HEADING_MAX_LEN = 60
#: a line this short without sentence punctuation is a title, a signature or an issuer line,
#: not a sentence
SHORT_LINE_LEN = 40
#: the report's title is looked for among this many first non-empty paragraphs
TITLE_WITHIN = 4
#: the salutation (主送机关) among this many first non-empty paragraphs before a heading
SALUTATION_WITHIN = 5
#: the text a report profile is recognised from: the title block within this many first paragraphs
TITLE_BLOCK_WITHIN = 8

#: the years a report may be of: from the Party's founding to a far future
YEAR_MIN, YEAR_MAX = 1921, 2100

# ---- messages --------------------------------------------------------------------------------


def quote(text: str) -> str:
    """``text`` in double quotes for a message, its own double quotes made single (GB/T 15834-2011 4.8.3.2:
    引号里面还要用引号时，里面一层用单引号): “扎实开展‘不忘初心、牢记使命’主题教育”, not “…“…”…”."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


#: what a numeral (三, 四 …) stands before when it is a number or a set phrase's head, not a list marker that lost
#: its 是 (……；二是……；三持之以恒……): measure words, units of time, 三会一课, 三农, 三重一大, 三严三实, 三务公开,
#: 三公经费, 三同时
NOT_AN_ITEM = frozenset(NUMERAL_CHARS + "是个次项年月日天周人名位条点批家所种类级届大方面分成倍层期轮支件部篇本场座台辆元"
                        "万千百会农重严实务资公违同讲字型化好有要")
