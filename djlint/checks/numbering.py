"""DJ3xx numbering: heading labels (一、 → （一） → 1. → （1）) and 一是/二是 enumerations.

Labels are checked as the reader sees them: a label Word numbers automatically is rendered
into the paragraph text by the reader, so typed and automatic numbering go through the same
checks.  Fixes are offered only for typed labels (an automatic label is not text to edit).
"""
from __future__ import annotations

from ..document.outline import parse_label
from ..engine.kinds import compile_
from ..engine import Finding, Rule
from ..util.zh import (BLANK, BLANK_CHARS, LABEL_DELIMITER_CHARS, LABEL_DIGIT, LABEL_NUMERAL_RUN, NUMERAL_CHARS,
                       NUMERAL_RUN, SENTENCE_END_CHARS, cn_to_int, int_to_cn)

_SRC_9704 = "GB/T 9704-2012 7.3.3（结构层次序数：一、（一）1.（1））"
_SRC_15834 = "GB/T 15834-2011 附录B.3（序次语之后的标点）"
_SEQ_KINDS = ("part", "cn", "cn-paren", "arabic", "arabic-paren", "circled")
_NUM_IN_LABEL = compile_(LABEL_NUMERAL_RUN + r"|[0-9０-９]+|[①-⑳]")


#: the standard form of each kind of label (GB/T 9704-2012 7.3.3; GB/T 15834 附录B.3)
_CANONICAL = {"cn": "{}、", "cn-paren": "（{}）", "arabic": "{}.", "arabic-paren": "（{}）"}


def render(h, n: int) -> str:
    """The label of heading ``h`` with its number replaced by ``n``, in the standard form
    (never copying a wrong delimiter or bracket: “（二)” → “（三）”)."""
    if h.kind == "circled":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else h.label
    if h.kind in _CANONICAL:
        return _CANONICAL[h.kind].format(str(n) if h.kind.startswith("arabic") else int_to_cn(n))
    return _NUM_IN_LABEL.sub(int_to_cn(n), h.label, count=1)


def _is_typed(p, h) -> bool:
    return not p.label or h.label_start >= len(p.label)


def _numbered_headings(ctx):
    """(heading, parent) for every labelled heading in the body, outside tables (computed once
    per document: five rules walk it)."""
    return ctx.shared("numbering.headings", _find_numbered_headings)


def _find_numbered_headings(ctx):
    stack = []
    out = []
    for h in ctx.doc.outline.headings:
        if h.paragraph.in_table or h.kind not in _SEQ_KINDS or h.number is None:
            continue
        while stack and stack[-1].level >= h.level:
            stack.pop()
        out.append((h, stack[-1] if stack else None))
        stack.append(h)
    return out


_APPENDIX = compile_("^" + BLANK + "*附件" + LABEL_DIGIT + "*[：:]?" + BLANK + "*$")


def _sequences(ctx):
    """Yield (heading, previous sibling or None) for each numbered heading, per parent and kind."""
    doc = ctx.doc
    last: dict[tuple, object] = {}
    appendix_lines = {p.index for p in doc.body if _APPENDIX.match(p.text)}
    appendix_seen = 0
    for h, parent in _numbered_headings(ctx):
        # an appendix starts its own numbering
        passed = sum(1 for i in appendix_lines if i < h.paragraph.index)
        if passed != appendix_seen:
            appendix_seen = passed
            last.clear()
        key = (id(parent) if parent is not None else None, h.kind)
        prev = last.get(key)
        yield h, prev
        last[key] = h


class HeadingSequence(Rule):
    """标题编号不连续、重复、颠倒，或不从一开始

    ## 检查内容
    同一上级标题下、同一种编号（一、 /（一）/ 1. /（1））按顺序检查：（四）之后是（六）、两个（三）、
    （五）之后又是（三）、第一个就是（二）。每个上级标题下重新计数；十以上的汉字序号（十一、二十三）
    和两位以上的阿拉伯数字都能识别。Word 自动编号与手工输入的编号一样检查。
    同一段下的“1.”列举项，中间隔了正文又从 1 开始，视为新的列举，不报。

    ## 为什么
    稿件反复剪贴后，编号最容易出错，审稿人一眼就能看出来。

    ## 示例
    （四）加强作风建设
    （六）加强纪律建设

    应改为：

    （四）加强作风建设
    （五）加强纪律建设

    ## 修复说明
    手工输入的编号给出应有的编号作为建议，但标为不安全（后面的编号可能都要跟着改），
    需用 --unsafe-fixes 才会应用；Word 自动编号请在 Word 里调整列表。

    ## 依据
    GB/T 9704-2012 7.3.3。
    """

    code = "DJ301"
    #: the same characters: one finding with one fix (“二.” is not also a half-width full stop)
    supersedes = ("DJ302", "DJ303", "DJ304", "DJ501", "DJ502", "DJ503")
    name = "heading-sequence"
    severity = "error"
    scope = "document"
    source = _SRC_9704
    fix = "sometimes"
    examples = (
        ("一、工作情况\n（一）加强政治建设\n（二）加强思想建设\n（四）加强作风建设\n", True),
        ("一、工作情况\n二、存在问题\n二、下一步打算\n", True),
        ("（二）加强思想建设\n（三）加强作风建设\n", True),
        ("一、工作情况\n（一）加强政治建设\n（二）加强思想建设\n二、存在问题\n（一）学习不够深入\n", False),
        ("".join(f"{int_to_cn(i)}、第{i}项工作\n" for i in (*range(1, 11), 12)), True),
        ("".join(f"{int_to_cn(i)}、第{i}项工作\n" for i in range(1, 14)), False),
    )

    def check(self, doc, ctx):
        for h, prev in _sequences(ctx):
            n = h.number
            here = h.label  # as typed; the suggestion is always in the standard form
            p = h.paragraph
            span = (h.label_start, h.label_end)
            fixable = _is_typed(p, h)
            if prev is None:
                if n != 1 and h.kind != "part":
                    first = render(h, 1)
                    yield Finding(p, *span, f"编号应从“{first}”开始，此处为“{here}”",
                                  first if fixable else None, safe=False)
                continue
            m = prev.number
            expected = render(h, m + 1)
            before = prev.label
            if n == m + 1:
                continue
            if n == 1 and h.kind in ("arabic", "arabic-paren", "circled") and _text_between(doc, prev, h):
                continue  # a new list of items under the same heading
            if n == m:
                msg = f"编号重复：“{before}”之后又是“{here}”，应为“{expected}”"
            elif n > m + 1:
                msg = f"编号不连续：“{before}”之后应为“{expected}”，此处为“{here}”"
            else:
                msg = f"编号顺序颠倒：“{before}”之后应为“{expected}”，此处为“{here}”"
            yield Finding(p, *span, msg, expected if fixable else None, safe=False)


def _text_between(doc, a, b) -> bool:
    """A paragraph of body text (not a heading) lies between headings ``a`` and ``b``."""
    outline = doc.outline
    for p in doc.paragraphs[a.paragraph.index + 1:b.paragraph.index]:
        if p.part == "body" and p.text.strip() and outline.heading_of(p) is None:
            return True
    return False


class CnLabelDelimiter(Rule):
    """序号后的标点用错：“一.”“一，”应为“一、”，“1、”应为“1.”

    ## 检查内容
    汉字序号（一、二、三）后用顿号；阿拉伯数字序号后用下脚点（1. 2. 3.）。
    “一.”“一，”“1、”“1，”都要改。

    ## 为什么
    GB/T 15834-2011 附录B.3.2、B.3.3 明确规定了序次语后面的标点。

    ## 示例
    一.加强政治建设
    1、开展专题学习

    应改为：

    一、加强政治建设
    1.开展专题学习

    ## 修复说明
    手工输入的序号可自动修复（替换标点）；Word 自动编号请在“定义新编号格式”里修改。

    ## 依据
    GB/T 15834-2011 附录B.3.2、B.3.3。
    """

    code = "DJ302"
    #: the same characters: one finding with one fix (“二.” is not also a half-width full stop)
    supersedes = ("DJ501",)
    name = "label-delimiter"
    severity = "warning"
    scope = "document"
    source = _SRC_15834
    fix = "sometimes"
    examples = (
        ("一.加强政治建设\n二.加强思想建设\n", True),
        ("（一）开展学习\n1、开展专题学习\n2、开展集中研讨\n", True),
        ("一、加强政治建设\n（一）开展学习\n1.开展专题学习\n2.开展集中研讨\n", False),
        ("1.5万元用于支部活动。\n", False),
    )

    def check(self, doc, ctx):
        for h, _parent in _numbered_headings(ctx):
            p = h.paragraph
            if h.kind == "cn" and h.delimiter != "、":
                want, why = "、", "汉字序号后用顿号"
            elif h.kind == "arabic" and h.delimiter in ("、", "，", ","):
                want, why = ".", "阿拉伯数字序号后用下脚点"
            else:
                continue
            start = h.label_start + h.label.rfind(h.delimiter)
            typed = _is_typed(p, h)
            yield Finding(p, start, start + 1, f"“{h.label}”应为“{render(h, h.number)[:-1]}{want}”（{why}）",
                          want if typed else None, safe=True)


class BracketLabelPunctuation(Rule):
    """括号序号后又加了标点：“（一）、”“（1）.”

    ## 检查内容
    带括号的序号（（一）（1））本身已起分隔作用，后面不再加顿号、逗号或下脚点。

    ## 为什么
    GB/T 15834-2011 附录B.3.4：序次语为带括号的数字时，括号后不用任何点号。

    ## 示例
    （一）、加强政治建设

    应改为：

    （一）加强政治建设

    ## 修复说明
    手工输入的序号可自动删去多余的标点。

    ## 依据
    GB/T 15834-2011 附录B.3.4。
    """

    code = "DJ303"
    #: the same characters: one finding with one fix (“二.” is not also a half-width full stop)
    supersedes = ("DJ501", "DJ502")
    name = "bracket-label-punctuation"
    severity = "warning"
    scope = "document"
    source = "GB/T 15834-2011 附录B.3.4"
    fix = "sometimes"
    examples = (
        ("（一）、加强政治建设\n（二）、加强思想建设\n", True),
        ("（1）.开展专题学习\n", True),
        ("（一）加强政治建设\n（1）开展专题学习\n", False),
    )

    def check(self, doc, ctx):
        for h, _parent in _numbered_headings(ctx):
            if h.kind not in ("cn-paren", "arabic-paren"):
                continue
            text = h.paragraph.text
            end = h.label_end
            if end > 0 and text[end - 1] in LABEL_DELIMITER_CHARS:
                yield Finding(h.paragraph, end - 1, end, f"括号序号“{h.label}”后不加标点，请删去“{text[end - 1]}”",
                              "" if _is_typed(h.paragraph, h) else None, safe=True)


_OPEN_CLOSE = compile_(r"^([（(])[ \t]*([^（()）]+?)[ \t]*([）)])")


class LabelBrackets(Rule):
    """序号的括号全角半角混用或用了半角：“（一)”“(1）”“(一)”

    ## 检查内容
    带括号的序号应使用一对全角括号：（一）（1）。左右不配（“（一)”“(1）”）是错误；
    一对半角括号“(一)”是警告，“(1)”是提示。

    ## 为什么
    中文公文中的括号用全角；半边全角半边半角多半是输入法切换时留下的。

    ## 示例
    （一)加强政治建设

    应改为：

    （一）加强政治建设

    ## 修复说明
    手工输入的序号可自动改成全角括号。

    ## 依据
    GB/T 15834-2011 5.1.1（标点符号的全角形式）；GB/T 9704-2012 7.3.3。
    """

    code = "DJ304"
    #: the same characters: one finding with one fix (“二.” is not also a half-width full stop)
    supersedes = ("DJ501", "DJ503")
    name = "label-brackets"
    severity = "warning"
    scope = "document"
    source = "GB/T 15834-2011 5.1.1；GB/T 9704-2012 7.3.3"
    fix = "sometimes"
    examples = (
        ("（一)加强政治建设\n", True),
        ("(2）开展专题学习\n", True),
        ("(一)加强政治建设\n", True),
        ("（一）加强政治建设\n（1）开展专题学习\n", False),
    )

    def check(self, doc, ctx):
        for h, _parent in _numbered_headings(ctx):
            if h.kind not in ("cn-paren", "arabic-paren"):
                continue
            p = h.paragraph
            m = _OPEN_CLOSE.match(p.text, h.label_start)
            if not m:
                continue
            o, c = m.group(1), m.group(3)
            fixed = f"（{m.group(2)}）"
            typed = _is_typed(p, h)
            if (o == "（") != (c == "）"):
                yield Finding(p, m.start(), m.end(), f"序号括号不配对：“{m.group(0)}”应为“{fixed}”",
                              fixed if typed else None, safe=True, severity="error")
            elif o == "(":
                sev = "warning" if h.kind == "cn-paren" else "info"
                yield Finding(p, m.start(), m.end(), f"序号应使用全角括号：“{m.group(0)}”应为“{fixed}”",
                              fixed if typed else None, safe=True, severity=sev)


class InvertedLevel(Rule):
    """标题层次颠倒：“（一）”下面用“一、”，“1.”下面用“（一）”

    ## 检查内容
    高一级的编号从“一”开始出现在低一级标题之下（“（一）学习”下面是“一、学原文”），这是层次颠倒。
    跳过一级（“一、”下面直接用“1.”）是允许的：GB/T 9704-2012 7.3.3 说层次序数“依次可以用”，
    GB/T 15834-2011 附录B.3.8 说“通常”，所以不报。

    ## 为什么
    层次颠倒会让读者误判内容的从属关系；多半是删改、合稿时把两级标题弄反了。

    ## 示例
    （一）加强学习
    一、学原文

    应改为：

    （一）加强学习
    1.学原文

    ## 依据
    GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3.8。
    """

    code = "DJ305"
    name = "inverted-level"
    aliases = ("skipped-level",)
    severity = "warning"
    scope = "document"
    source = _SRC_9704 + "；GB/T 15834-2011 附录B.3.8"
    examples = (
        ("（一）加强学习\n一、学原文\n二、悟原理\n", True),
        ("1.加强学习\n（一）学原文\n（二）悟原理\n", True),
        ("一、工作情况\n（一）加强理论学习\n1.开展专题学习\n", False),
        ("一、工作情况\n1.开展专题学习\n2.开展集中研讨\n", False),
    )

    def check(self, doc, ctx):
        prev = None
        for h, _parent in _numbered_headings(ctx):
            # a list of a higher level starts right under a lower-level heading (（一）… then 一、…),
            # which only happens when the writer swapped the levels
            if (prev is not None and h.number == 1 and h.kind in ("cn", "cn-paren") and h.level < prev.level
                    and prev.kind in ("cn-paren", "arabic", "arabic-paren") and not _APPENDIX_BETWEEN(doc, prev, h)):
                yield Finding(h.paragraph, h.label_start, h.label_end,
                              f"层次颠倒：“{h.label}”出现在下一级标题“{prev.label}”之下，"
                              f"应按 一、→（一）→1.→（1）的顺序使用")
            prev = h


def _APPENDIX_BETWEEN(doc, a, b) -> bool:
    return any(_APPENDIX.match(p.text) for p in doc.paragraphs[a.paragraph.index + 1:b.paragraph.index])


class DoubleLabel(Rule):
    """序号重复输入：Word 已自动编号，又手工打了一个（“一、一、”）

    ## 检查内容
    段落已有 Word 自动编号，正文开头又手工输入了序号；或者同一序号手工输入了两遍。

    ## 为什么
    屏幕上会出现“一、一、工作情况”，打印出来一目了然。

    ## 示例
    一、（自动编号）一、工作情况

    应改为：

    一、（自动编号）工作情况

    ## 修复说明
    删除手工输入的那个序号（安全修复）。

    ## 依据
    GB/T 9704-2012 7.3.3。
    """

    code = "DJ306"
    name = "double-label"
    severity = "error"
    scope = "document"
    source = _SRC_9704
    fix = "sometimes"
    examples = (
        ("一、一、工作情况\n全年开展学习12次。\n", True),
        ("一、工作情况\n全年开展学习12次。\n", False),
    )

    def check(self, doc, ctx):
        for p in doc.body:
            text = p.text
            if p.label and text.startswith(p.label):
                start = len(p.label)
            else:
                first = parse_label(text)
                if first is None:
                    continue
                start = first[2].end()
            rest = text[start:]
            second = parse_label(rest)
            if second is None:
                continue
            kind, _level, m = second
            if not p.label and kind != first[0]:
                continue  # “一、（一）…” typed: a heading and its first sub-heading run together
            lead = len(rest) - len(rest.lstrip(BLANK_CHARS))
            s, e = start + lead, start + m.end()
            typed = text[s:e].strip()
            auto = "Word 已自动编号" if p.label else "序号重复"
            yield Finding(p, s, e, f"{auto}“{text[:start].strip()}”，又输入了“{typed}”，请删去一个", "", safe=True)


# ---------------------------------------------------------------------------------------
# 一是/二是 enumerations

_MARK = compile_(
    r"(?<=^|[：:；;，,。！？\s（(“”、…])"
    r"(?:(?P<shi>" + NUMERAL_RUN + r")是(?![的否非])(?!(?P=shi))|第(?P<di>" + NUMERAL_RUN + r")(?=[，,：:]))"
)
_LOOSE_MARK = compile_(r"(?<=[\p{Han}])(?<![统唯之万同专单第归合划整均如其" + NUMERAL_CHARS + r"])"
                       r"(" + NUMERAL_RUN + r")是(?![的否非])")
_CARRY = 2  # marker-less paragraphs a list may run across


def _markers(text: str):
    seen = set()
    for _s, e in _resets(text):
        m = _LOOSE_ONE.match(text, e)
        if m:
            seen.add(m.start(1))
            yield 1, ("shi" if m.group(1) == "一是" else "di"), m.start(1), m.end(1)
    # “党委一是……，二是……”: a marker right after the subject counts when its neighbour is there too
    loose = {}
    for m in _LOOSE_MARK.finditer(text):
        n = cn_to_int(m.group(1))
        if n is not None:
            loose.setdefault(n, []).append(m)
    strict = {cn_to_int(m.group("shi") or m.group("di")) for m in _MARK.finditer(text)}
    for n, ms in loose.items():
        if {n + 1, n - 1} & (strict | set(loose)):
            for m in ms:
                if m.start() not in seen:
                    seen.add(m.start())
                    yield n, "shi", m.start(), m.end()
    for m in _MARK.finditer(text):
        if m.start() in seen:
            continue
        raw = m.group("shi") or m.group("di")
        n = cn_to_int(raw)
        if n is None or n > 30:
            continue
        yield n, ("shi" if m.group("shi") else "di"), m.start(), m.end()


_INLINE_LABEL = compile_(r"(?:^|(?<=[。；！？：:”]))(?:（" + NUMERAL_RUN + "）|" + NUMERAL_RUN + "、)")
_LOOSE_ONE = compile_("[^" + SENTENCE_END_CHARS + r"]{0,40}?(一是|第一(?=[，,]))")


def _resets(text: str):
    """Inline section labels (（二） or 三、 after a sentence end): flattened headings."""
    for m in _INLINE_LABEL.finditer(text):
        if m.start() == 0:
            continue
        yield m.start(), m.end()


def _new_list(style, n, p, s, e):
    return {"style": style, "first": n, "last": n, "count": 1, "first_at": (p, s, e), "para": p}


def _mark_text(n: int, style: str) -> str:
    return f"{int_to_cn(n)}是" if style == "shi" else f"第{int_to_cn(n)}"


class _EnumScan:
    """One pass over the body that follows every 一是/第一 list: per style the list being
    read, lists a restart in this paragraph set aside (``pending``), and the findings."""

    def __init__(self):
        self.out: list[tuple[str, Finding]] = []
        self.state: dict[str, dict] = {}
        self.pending: dict[str, dict] = {}

    def close(self, style: str) -> None:
        lst = self.state.pop(style, None)
        if lst and lst["first"] == 1 and lst["count"] == 1:
            p, s, e = lst["first_at"]
            self.out.append(("DJ312", Finding(p, s, e, f"只有“{_mark_text(1, style)}”，没有“{_mark_text(2, style)}”："
                                                      f"只有一项时不必编号，或补上其余各项")))

    def close_all(self) -> None:
        for style in list(self.state):
            self.close(style)

    def paragraph(self, p, marks) -> None:
        self.pending = {}  # style -> the list a restart in this paragraph set aside
        text = p.text
        events = sorted([(s, 0, n, style, e) for n, style, s, e in marks] + [(s, -1, 0, "", e) for s, e in _resets(text)])
        for s, what, n, style, e in events:
            if what < 0:  # an inline section label (flattened text): every list ends here
                self.close_all()
                self.pending.clear()
            elif style not in self.state:
                self.start(p, n, style, s, e)
            else:
                self.mark(p, n, style, s, e)

    def start(self, p, n, style, s, e) -> None:
        here = _mark_text(n, style)
        other = next((o for o in self.state.values() if o["style"] != style and o["last"] == n - 1), None)
        if n != 1 and other is not None:
            self.out.append(("DJ313", Finding(p, s, e, f"同一组列举混用“{_mark_text(other['first'], other['style'])}”"
                                                       f"和“{here}”，请统一写法")))
            other.update(last=n, count=other["count"] + 1, para=p)
            return
        if n != 1:
            self.out.append(("DJ311", Finding(p, s, e, f"列举应从“{_mark_text(1, style)}”开始，此处为“{here}”")))
        self.state[style] = _new_list(style, n, p, s, e)

    def resume(self, style, resumed, n, p) -> None:
        del self.pending[style]
        resumed.update(last=n, count=resumed["count"] + 1, para=p)
        self.state[style] = resumed

    def mark(self, p, n, style, s, e) -> None:
        lst = self.state[style]
        m = lst["last"]
        here = _mark_text(n, style)
        resumed = self.pending.get(style)
        if resumed is not None and n == resumed["last"] + 1 and lst["count"] == 1:
            # 一是…二是…一是…三是: the second 一是 broke a list that goes on
            rp, rs, re_ = lst["first_at"]
            self.out.append(("DJ311", Finding(rp, rs, re_, f"同一段中列举编号重新开始：“{_mark_text(resumed['last'], style)}”"
                                                         f"之后又出现“{_mark_text(1, style)}”，后面还有“{here}”")))
            self.resume(style, resumed, n, p)
        elif n == m + 1:
            lst.update(last=n, count=lst["count"] + 1, para=p)
        elif resumed is not None and n == resumed["last"] + 1:
            # a nested list (一是…二是[一是…二是…]三是) ended; the outer one goes on, but a reader
            # sees two runs of the same markers side by side: the inner list wants other markers
            rp, rs, re_ = lst["first_at"]
            inner = "（1）（2）" if style == "shi" else "（1）（2）或“一是、二是”"
            self.out.append(("DJ311", Finding(rp, rs, re_, f"同一段中“{_mark_text(resumed['first'], style)}……"
                                                         f"{_mark_text(resumed['last'], style)}”之间又套了一组从"
                                                         f"“{_mark_text(1, style)}”开始的列举，后面的“{here}”分不清属于哪一组；"
                                                         f"内层请改用{inner}或“首先、其次”")))
            self.resume(style, resumed, n, p)
        elif n == 1:
            if lst["para"] is p:
                self.pending[style] = lst
            else:
                self.close(style)
            self.state[style] = _new_list(style, 1, p, s, e)
        else:
            self.out.append(("DJ311", Finding(p, s, e, _sequence_message(m, n, style))))
            lst.update(last=max(m, n), count=lst["count"] + 1, para=p)


def _sequence_message(m: int, n: int, style: str) -> str:
    here, expected, before = _mark_text(n, style), _mark_text(m + 1, style), _mark_text(m, style)
    if n == m:
        return f"列举编号重复：“{before}”之后又是“{here}”，应为“{expected}”"
    if n > m + 1:
        return f"列举编号不连续：“{before}”之后应为“{expected}”，此处为“{here}”"
    return f"列举编号顺序颠倒：“{before}”之后应为“{expected}”，此处为“{here}”"


def _scan_enumerations(ctx) -> list[tuple[str, Finding]]:
    doc = ctx.doc
    scan = _EnumScan()
    idle = 0
    outline = doc.outline
    for p in doc.body:
        if not p.text.strip():
            continue
        if outline.heading_of(p) is not None:
            scan.close_all()
            idle = 0
        # every marker holds 是 or 第 (一是、第一): most paragraphs need no regex at all
        marks = list(_markers(p.text)) if ("是" in p.text or "第" in p.text) else []
        if marks:
            idle = 0
            scan.paragraph(p, marks)
            continue
        idle += 1
        if idle > _CARRY:
            scan.close_all()
    scan.close_all()
    return scan.out


def enumeration_findings(ctx):
    """All enumeration findings as (code, Finding), computed once per document."""
    return ctx.shared("numbering.enumerations", _scan_enumerations)


class _EnumRule(Rule):
    scope = "document"
    source = "GB/T 15834-2011 4.6.3.3、附录A.5（分项列举）；公文写作中“一是、二是”的通行用法"

    def check(self, doc, ctx):
        for code, f in enumeration_findings(ctx):
            if code == self.code:
                yield f


class EnumerationSequence(_EnumRule):
    """“一是、二是、三是”列举编号不连续、重复或重新开始

    ## 检查内容
    段落内和相邻段落间的“一是……二是……三是……”（以及“第一，……第二，……”）：跳号、重号、
    顺序颠倒、不从“一是”开始，以及同一段中“一是……二是……一是……三是……”这样中途重新开始。
    一段里先后有两组完整的列举（“一是……二是……；一是……二是……”）不报。十以上（十一是）也能识别。

    ## 为什么
    列举项删改后最容易漏改编号，审稿人读到“二是”之后是“四是”就会退稿。

    ## 示例
    一是加强学习；二是严格管理；四是强化监督。

    应改为：

    一是加强学习；二是严格管理；三是强化监督。

    ## 依据
    GB/T 15834-2011 4.6.3.3、附录A.5。
    """

    code = "DJ311"
    name = "enumeration-sequence"
    severity = "warning"
    examples = (
        ("支部着力抓好三项工作：一是加强学习；二是严格管理；四是强化监督。\n", True),
        ("支部着力抓好三项工作：一是加强学习；二是严格管理；二是强化监督。\n", True),
        ("一是加强学习；二是严格管理；一是落实制度；三是强化监督。\n", True),
        ("二是严格管理；三是强化监督。\n", True),
        ("支部着力抓好三项工作：一是加强学习；二是严格管理；三是强化监督。\n", False),
        ("在学习上，一是读原著，二是写心得；在工作上，一是抓落实，二是重实效。\n", False),
        ("坚持一是一、二是二，实事求是反映情况。\n", False),
    )


class LoneEnumeration(_EnumRule):
    """只有“一是”，没有“二是”

    ## 检查内容
    一组列举只有“一是”（或“第一，”），后面没有“二是”，本段和紧接着的段落里都没有。

    ## 为什么
    多半是删改时删掉了后面几项；只有一项时也不必编号。

    ## 示例
    下一步，一是加强理论学习。

    应改为：

    下一步，一是加强理论学习，二是严格组织生活。

    ## 依据
    公文写作中“一是、二是”列举的通行用法。
    """

    code = "DJ312"
    name = "lone-enumeration"
    severity = "info"
    examples = (
        ("下一步，一是加强理论学习。\n", True),
        ("下一步，支部一是加强理论学习，二是严格组织生活。\n", False),
        ("一是加强理论学习。\n二是严格组织生活。\n", False),
    )


class MixedEnumeration(_EnumRule):
    """同一组列举混用“一是”和“第二”等不同写法

    ## 检查内容
    一组列举中，前面用“一是、二是”，后面换成“第三，”（或反过来）。

    ## 为什么
    同一组列举应使用同一种序次语，混用显得粗糙，多半是从不同稿子拼接而来。

    ## 示例
    一是加强学习；二是严格管理；第三，强化监督。

    应改为：

    一是加强学习；二是严格管理；三是强化监督。

    ## 依据
    GB/T 15834-2011 附录B.3.1（序次语）；公文写作通行用法。
    """

    code = "DJ313"
    name = "mixed-enumeration"
    severity = "warning"
    examples = (
        ("一是加强学习；二是严格管理；第三，强化监督。\n", True),
        ("第一，加强学习；第二，严格管理；第三，强化监督。\n", False),
    )


RULES = (HeadingSequence, CnLabelDelimiter, BracketLabelPunctuation, LabelBrackets, InvertedLevel, DoubleLabel,
         EnumerationSequence, LoneEnumeration, MixedEnumeration)
