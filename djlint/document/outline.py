"""The document outline, found once and shared by the rules.

Headings are recognised by their label (一、 → （一） → 1. → （1）, GB/T 9704-2012 7.3.3),
whether typed or rendered from Word automatic numbering, and otherwise by a Word heading
style, ``w:outlineLvl`` or Markdown ``#``.  A heading may run on into its paragraph
(“一、加强政治建设。全年……”): its title is the text up to the first sentence end.
"""
from __future__ import annotations

from ..util import rx
from ..util.record import field, record
from ..util.zh import (
    BLANK,
    HEADING_MAX_LEN,
    LABEL_DELIMITER_CHARS,
    LABEL_NUMERAL_RUN,
    LEADING_BLANK,
    LEADING_BLANK_CHARS,
    NUMERAL_CHARS,
    NUMERAL_RUN,
    TITLE_WITHIN,
    cn_to_int,
)

# Paragraph and Document (model.py) appear in annotations only, never imported: model.py builds
# the outline lazily from here, and this module needs nothing of it at run time.

#: (kind, level, pattern).  Groups: open bracket, number, close bracket/delimiter.  What may
#: stand before a label: LEADING_BLANK (indented headings)
_AFTER_BRACKET = "[" + LABEL_DELIMITER_CHARS + "]?"
LABELS = [
    ("part", 0, rx.regex("^" + LEADING_BLANK + "*第(" + NUMERAL_RUN + ")(部分|篇|章)(?:" + BLANK + "|[：:])*")),
    # 一. before a year (四.2025年工作思路) is still a label: a Chinese numeral has no decimals
    ("cn", 1, rx.regex("^" + LEADING_BLANK + "*()(" + LABEL_NUMERAL_RUN + r")[ \t]*([、，,]|[．.])")),
    ("cn-paren", 2, rx.regex("^" + LEADING_BLANK + r"*([（(])[ \t]*(" + LABEL_NUMERAL_RUN + r")[ \t]*([）)])" + _AFTER_BRACKET)),
    # 2、2024年……, 1、9月11日……: an item whose text starts with a year or a full date (a 、 is no decimal point; 1、2月
    # stays unread: January and February)
    ("arabic", 3, rx.regex("^" + LEADING_BLANK + r"*()([0-9０-９]{1,3})[ \t]*([.．、，,](?![0-9０-９])|、(?=[0-9０-９]{4}年)|"
                           r"、(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日)|(?=[ \t]*[\p{Han}]))")),
    ("arabic-paren", 4, rx.regex("^" + LEADING_BLANK + r"*([（(])[ \t]*([0-9０-９]{1,3})[ \t]*([）)])" + _AFTER_BRACKET)),
    ("circled", 5, rx.regex("^" + LEADING_BLANK + "*()([①-⑳])()")),
]
_LEADING = rx.regex("^" + LEADING_BLANK + "*")
_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@record
class Heading:
    paragraph: "Paragraph"
    level: int
    kind: str
    label: str = ""
    number: int | None = None
    delimiter: str = ""
    open_bracket: str = ""
    title: str = ""
    #: the heading's text continues into body text in the same paragraph
    runin: bool = False
    label_start: int = 0
    label_end: int = 0
    children: list["Heading"] = field(default_factory=list)


#: the characters each kind of label begins with after LEADING_BLANK (what its pattern holds there)
_FIRST_OF_KIND = {"part": "第", "cn": NUMERAL_CHARS + "百", "cn-paren": "（(", "arabic": "0123456789０１２３４５６７８９",
                  "arabic-paren": "（(", "circled": "".join(map(chr, range(ord("①"), ord("⑳") + 1)))}
#: for each such character, the labels that may begin with it, in LABELS' order: a paragraph beginning
#: with anything else has no label (most body text), and one beginning with （ is not matched
#: against the patterns of 一、, 1. or ①
_LABELS_BY_FIRST: dict[str, list] = {}
for _label in LABELS:
    for _c in _FIRST_OF_KIND[_label[0]]:
        _LABELS_BY_FIRST.setdefault(_c, []).append(_label)


def parse_label(text: str):
    """Match a heading label at the start of ``text``; return (kind, level, match) or None."""
    first = text[:1]
    labels = _LABELS_BY_FIRST.get(first)
    if labels is None and first in LEADING_BLANK_CHARS:  # (a copy of the text only when it is indented)
        labels = _LABELS_BY_FIRST.get(text.lstrip(LEADING_BLANK_CHARS)[:1])
    if labels is None:
        return None
    for kind, level, pattern in labels:
        m = pattern.match(text)
        if not m:
            continue
        if kind == "arabic":
            # "2023年…" and "10万元" are not labels: require a delimiter, or a short heading
            if not m.group(3):
                continue
        elif kind in ("cn", "cn-paren") and len(m.group(2)) > 1 and not _canonical(m.group(2)):
            continue  # 五一、端午: a holiday's name, not 五十一 (a heading's numeral is written 五十一)
        elif kind == "cn" and m.group(3) == "、" and _next_numbers_unit(text, m):
            return None  # 三、四月份雨水偏多: two numbers of months (groups, grades) listed, not a label
        return kind, level, m
    return None


#: after “三、”: the next number and a unit counted in consecutive numbers (三、四月份, 六、七组, 五、六年级,
#: 八、九十年代): the 顿号 lists two numbers, as 1、2月 does in digits (“arabic” leaves that unread)
#: 三、四季度, 一、二产业, 三、四级 and 一、二类 too when a comma comes before the sentence's end (三、四季度是冲刺阶段，
#: 各乡镇要……; 一、二产业增加值分别增长3.2%和6.8%，……): a title (二、三级公路建设) has none
_LISTED_NUMBER = rx.regex("(" + NUMERAL_RUN + ")(?:月|组|年级|十年代|(?:季度|产业|级|类)(?=[^。！？；]*[，,]))")


def _next_numbers_unit(text: str, m) -> bool:
    """Whether the label ``m`` (一、) is the first of two consecutive numbers listed with their unit (三、四月份)."""
    n = _LISTED_NUMBER.match(text, m.end())
    return n is not None and cn_to_int(n.group(1)) == cn_to_int(m.group(2)) + 1


def _canonical(run: str) -> bool:
    """A numeral written as headings write it (十一, 二十, 一百零五: with 十 or 百), not digit by digit (五一)."""
    return "十" in run or "百" in run


def heading_from(paragraph: "Paragraph") -> Heading | None:
    text = paragraph.text
    if not text or text.isspace():
        return None
    parsed = parse_label(text)
    styled = paragraph.outline_level is not None or paragraph.md_heading is not None
    if parsed is None:
        if not styled:
            return None
        level = (paragraph.md_heading if paragraph.md_heading is not None else paragraph.outline_level) + 1
        title, runin = _title(text, 0)
        return Heading(paragraph, level, "style", title=title, runin=runin)
    kind, level, m = parsed
    if kind == "part":
        number = cn_to_int(m.group(1))
        opener, delim = "", m.group(2)
    else:
        opener, raw, delim = m.group(1), m.group(2), m.group(3)
        raw = raw.translate(_FW_DIGITS)
        if kind in ("cn", "cn-paren"):
            number = cn_to_int(raw)
        elif kind == "circled":
            number = ord(raw) - ord("①") + 1
        else:
            number = int(raw)
    label_start = _LEADING.match(text).end()
    title, runin = _title(text, m.end())
    # a bare "1." item that runs on for long is an enumeration item, still a level-3 label
    return Heading(paragraph, level, kind, label=text[label_start:m.end()].strip(), number=number,
                   delimiter=delim or "", open_bracket=opener or "", title=title, runin=runin,
                   label_start=label_start, label_end=m.end())


def _title(text: str, start: int) -> tuple[str, bool]:
    rest = text[start:]
    m = _SENTENCE_END.search(rest)
    if m is None:
        return rest.strip(), False
    title = rest[: m.start()].strip()
    tail = rest[m.end():].strip()
    return title, bool(tail)


@record
class Outline:
    headings: list[Heading]
    #: lines after a manual line break (Shift+Enter, w:br) that begin with a top-level label (一、,
    #: 第一部分): a draft pasted into one paragraph, whose sections the outline cannot see
    hidden_sections: int = 0

    def __post_init__(self):
        self._by_paragraph = {id(h.paragraph): h for h in self.headings}

    def heading_of(self, paragraph: "Paragraph") -> Heading | None:
        return self._by_paragraph.get(id(paragraph))

    @property
    def top(self) -> list[Heading]:
        """The headings of the highest level the document uses (一、 in most reports)."""
        if not self.headings:
            return []
        level = min(h.level for h in self.headings)
        return [h for h in self.headings if h.level == level]


#: how many paragraphs a table of contents without a 目录 line may run
_TOC_MAX = 120


def _unannounced_toc(body, heads: dict | None = None) -> set[int]:
    """The paragraphs of a table of contents with no 目录 line above it (a budget statement's: 第一部分
    部门概况 / 一、主要职责 / …… then 第一部分 部门概况 again where the text starts; a draft regulation's
    chapters after its title and a notice about it): in a run of headings (and short lines that wrap
    one), three or more entries from the run's first heading until it comes again.  Empty if none.
    Runs do not overlap, so each paragraph is read once.  ``heads``: {id(paragraph): its heading or
    None} of the paragraphs read, filled for the outline (one parse a paragraph)."""
    heads = {} if heads is None else heads
    i, n = 0, len(body)
    while i < n:
        start = None  # where the run's first heading stands
        first = None  # its text without blanks, made when a second heading is compared with it
        j = i
        while j < n and j - i < _TOC_MAX:
            text = body[j].text
            if text and not text.isspace():
                h = heads[id(body[j])] = heading_from(body[j])
                heading = h is not None
                # the text without blanks, made only where it is compared or measured: a sentence end
                # is in it where it is in the text (no blank is one), and it is no longer than the text
                if heading and start is not None:
                    if first is None:
                        first = _SPACES.sub("", body[start].text.strip())
                    if _SPACES.sub("", text.strip()) == first:
                        entries = {id(q) for q in body[start:j] if q.text.strip()}
                        if len(entries) >= 3:
                            return entries
                if _SENTENCE_END.search(text) or (not heading and len(text) > HEADING_MAX_LEN
                                                  and len(_SPACES.sub("", text.strip())) > HEADING_MAX_LEN):
                    outline = _outline_above(body, start, j, heads)
                    if outline:
                        return outline
                    j += 1  # running text or a list's items: the headings were the text's own
                    break
                if heading and start is None:
                    start = j  # most runs end at the next paragraph, with no second heading to compare
            j += 1
        i = max(j, i + 1)
    return set()


#: an outline (提纲) put above a report: at least this many headings in a row, nothing under any of them
_OUTLINE_MIN = 5
#: how many paragraphs (the report's title, its opening paragraph) may stand between such an outline and the text
_OUTLINE_GAP = 3


def _outline_above(body, start, end, heads: dict) -> set[int]:
    """The entries of an outline put above a report (一、主要工作情况 （一）…（七） 二、存在问题 …… then the
    title, an opening paragraph, and 一、主要工作情况 again where the text starts): a run of ``_OUTLINE_MIN`` or
    more headings from ``start`` (nothing but headings and short lines up to ``end``, where running text
    stands) whose first heading comes again within ``_OUTLINE_GAP`` paragraphs after ``end``.  A report's
    unwritten outline is not repeated: its headings stay.  Empty if none."""
    if start is None:
        return set()
    entries = [q for q in body[start:end] if q.text.strip() and heads.get(id(q)) is not None]
    if len(entries) < _OUTLINE_MIN:
        return set()
    first = _SPACES.sub("", body[start].text.strip())
    seen = 0
    for q in body[end:]:
        if not q.text.strip():
            continue
        if seen > _OUTLINE_GAP:
            break
        seen += 1
        if _SPACES.sub("", q.text.strip()) == first:
            return {id(q) for q in entries}
    return set()


def build_outline(doc: "Document") -> Outline:
    headings: list[Heading] = []
    toc: set[str] | None = None  # the entries of a table of contents (目录) being read, as _toc_keys
    heads: dict = {}  # the headings the search for an unannounced table of contents parsed
    unannounced = _unannounced_toc(doc.body, heads)
    before_toc = doc.meta.get("before_toc") or ()
    for p in doc.body:
        if unannounced and id(p) in unannounced:
            if toc is not None:  # 目录 above a table read as unannounced: its entries are the 目录's too
                toc.update(_toc_keys(_SPACES.sub("", p.text)))
            continue
        # the text without blanks: only a table of contents asks for it (目录 holds 录: most paragraphs do not)
        key = _SPACES.sub("", p.text) if toc is not None or "录" in p.text else p.text
        if key == "目录" or (key.endswith("目录") and len(key) <= HEADING_MAX_LEN and not _SENTENCE_END.search(key)
                              and heading_from(p) is None):
            # 目录, or a title line announcing one (……2021年预算公开目录); a Word table of contents
            # under it was left out by the reader, so no entries follow
            toc = None if id(p) in before_toc else set()
            continue
        if toc is not None and not key:
            continue  # an empty line between the entries (a web page's copy puts one after each line: dev-prec452 38)
        h = heads[id(p)] if id(p) in heads else heading_from(p)
        if toc is not None:
            # a regulation's 目录 lists its chapters as headings with nothing under them; the text starts
            # where the first entry comes again (第一章 总则 … 第一章 总则 第一条……)
            keys = _toc_keys(key) if h is not None else ()
            if h is not None and toc.isdisjoint(keys):
                toc.update(keys)
                continue
            if h is None and key and len(key) <= HEADING_MAX_LEN and not _SENTENCE_END.search(key):
                continue  # an entry wrapped onto a second line, or a page number
            toc = None
        if h is not None and not _TOC_ENTRY.search(p.text):
            headings.append(h)
    # nest: each heading's parent is the closest earlier heading of a lower level
    stack: list[Heading] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        if stack:
            stack[-1].children.append(h)
        stack.append(h)
    return Outline(headings, _hidden_sections(doc.body))


#: a heading line that ends in a run of leader dots and a page number (第一章 总述……3) is an entry of a table of
#: contents, whatever stands above it: no heading of a text ends so (a cut page, or a 目录 line left out, shows no 目录)
_TOC_ENTRY = rx.regex(r"(?:[.．·…‥]{2,}|…)" + BLANK + r"*(?:[0-9０-９]{1,4}|[（(]" + BLANK + r"*[0-9０-９]{1,4}" + BLANK
                      + r"*[）)])" + BLANK + r"*$")  # the page number bare or in brackets (……（5）: dev-prec452)
#: what ends a table-of-contents entry after its heading: leader dots or a dash, and the page number
_TOC_PAGE = rx.regex(r"[.．·…‥—－_-]*[0-9０-９]{1,4}[—－-]*$|[.．·…‥]{2,}[（(][0-9０-９]{1,4}[）)]$|[.．·…‥]{2,}$")


def _toc_keys(key: str) -> tuple[str, ...]:
    """An entry of a table of contents (its text without blanks) as it is compared with the heading
    where the text starts: without its leader dots and page number (一、主要工作情况……1), and also
    without its label (a copy that lost Word's automatic numbering heads the text 主要工作情况)."""
    key = _TOC_PAGE.sub("", key) or key
    parsed = parse_label(key)
    bare = key[parsed[2].end():] if parsed is not None else ""
    return (key, bare) if bare else (key,)


def _hidden_sections(body) -> int:
    """How many lines after a line break inside a paragraph begin with 一、 or 第一部分."""
    n = 0
    for p in body:
        if "\n" in p.text and not p.in_table:
            for line in p.text.split("\n")[1:]:
                parsed = parse_label(line)
                n += parsed is not None and parsed[0] in ("part", "cn")
    return n


_TITLE_WORDS = rx.regex(r"报告|总结|情况|材料|汇报|发言|讲话|述职|方案|计划|要点|意见|通知|说明|剖析|检查")
_SPACES = rx.regex(BLANK + "+")
#: where a sentence ends (a run-in title ends there, not at a colon: 一、目标：……。 keeps 目标：…… as its title);
#: the standard library searches a class faster
_SENTENCE_END = rx.stdlib(r"[。；;！？!?]")
_SALUTATION = rx.regex(r"[：:]\s*$")


#: a 发文字号 of the 版头 (GB/T 9704-2012 7.2.4: 机关代字 + 〔年份〕 + 序号): 雷东府〔2025〕26号, 某政办发〔2024〕3号, or the
#: year and number alone (〔2024〕12号), with or without the 签发人 written on the same line; or a 签发人 line of its own
_DOC_NUMBER_LINE = rx.regex("^" + BLANK + r"*(?:(?:\p{Han}{0,12}[〔\[［][0-9０-９]{4}[〕\]］]" + BLANK + r"*[0-9０-９]{1,5}" + BLANK
                            + r"*号)(?:" + BLANK + r"*签发人[：:]" + BLANK + r"*(?:\p{Han}|" + BLANK + "){2,30})?|签发人[：:]" + BLANK
                            + r"*(?:\p{Han}|" + BLANK + "){2,30})" + BLANK + "*$")


def is_document_number(text: str) -> bool:
    """Whether the line is a 发文字号 (and its 签发人) or a 签发人 line: a part of the 版头 above the title, never
    the title itself (GB/T 9704-2012 7.2.4, 7.2.5)."""
    return ("号" in text or "签发人" in text) and _DOC_NUMBER_LINE.match(text) is not None


#: the other 版头 lines of a 公文 above its title (GB/T 9704-2012 7.2): 份号 (six digits), 密级和保密期限
#: (机密★1年), 紧急程度 (特急), 发文机关标志 (……文件)
_MASTHEAD = rx.regex(
    r"^(?:[0-9０-９]{6}|(?:绝密|机密|秘密)(?:" + BLANK + r"*★.{0,8})?|特急|加急|特提|平急"
    r"|(?!.*关于)[\p{Han}（）()]{1,30}(?:委|部|局|厅|办|组|院|会|府|室|处|署|支|心|所|站|队|校|司|行|团|联|社)文件)$")


def masthead_line(text: str) -> bool:
    """A 版头 line of a 公文 (份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人): above the title, not it."""
    text = text.strip()
    return is_document_number(text) or bool(_MASTHEAD.match(text))


def find_title(doc: "Document") -> "Paragraph | None":
    """The report's title: the first short, non-heading, non-salutation paragraph near the top (the
    版头 lines above it, 份号 to 发文字号 and its 签发人, are not counted: the title is the next line, if any)."""
    seen = 0
    for p in doc.body:
        text = p.text.strip()
        if not text or masthead_line(text):
            continue
        seen += 1
        if seen > TITLE_WITHIN:
            break
        if p.style and p.style.lower() in ("title", "标题"):
            return p
        if parse_label(text) is not None:
            return None
        if _SALUTATION.search(text) or len(text) > HEADING_MAX_LEN or text.endswith("。"):
            continue
        if _TITLE_WORDS.search(_SPACES.sub("", text)):
            return p
    return None
