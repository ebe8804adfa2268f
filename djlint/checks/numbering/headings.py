"""DJ301–DJ306 heading labels: the sequence 一、 → （一） → 1. → （1）, the delimiter after a
label, its brackets, inverted levels and a label typed twice.

Labels are checked as the reader sees them: a label Word numbers automatically is rendered
into the paragraph text by the reader, so typed and automatic numbering go through the same
checks.  Fixes are offered only for typed labels (an automatic label is not text to edit).
"""
from __future__ import annotations

from bisect import bisect_left

from ...document.ending import DATE_LINE
from ...document.outline import parse_label
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...engine.literals import paragraphs_matching
from ...util import rx
from ...util.zh import BLANK, BLANK_CHARS, LABEL_DELIMITER_CHARS, LABEL_DIGIT, LABEL_NUMERAL_RUN, int_to_cn
from .labelled import _numbered_headings, inline_bracket_marks, inline_bracket_paragraphs, pasted_again, style_slips

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


_APPENDIX = compile_("^" + BLANK + "*附件" + LABEL_DIGIT + "*[：:]?" + BLANK + "*$"
                     # or the title of a document carried inside another (a 年报's section holding
                     # “2021年工作总结及2022年工作计划”, then 一、…): its numbering is its own too
                     r"|^" + BLANK + r"*[^，。；：、！？“”（）()\s]{0,20}[0-9]{4}年度?[^，。；：、！？“”（）()]{0,20}?"
                     r"(?:工作总结|工作计划|工作要点|工作报告|述职报告)(?:[及和与][^，。；：、！？（）()]{0,20})?" + BLANK + "*$")

#: what every _APPENDIX match holds (附件, or the kind of document a carried document's title names): keys of the engine's
#: literal scan (HeadingSequence.scan_patterns), the paragraphs holding them read off it and only they matched against
#: _APPENDIX, not every body paragraph (~0.8 ms/MB)
APPENDIX_WORDS = rx.stdlib("附件|工作总结|工作计划|工作要点|工作报告|述职报告")


def _sequences(ctx):
    """Yield (heading, previous sibling or None) for each numbered heading, per parent and kind."""
    last: dict[tuple, object] = {}
    # in order: how many come before a heading is one bisection (a sum over them all for each
    # heading was quadratic on a long text of many reports)
    appendix_lines = [p.index for p in paragraphs_matching(ctx, APPENDIX_WORDS) if p.part == "body" and _APPENDIX.match(p.text)]
    appendix_seen = 0
    slipped = style_slips(ctx)
    parents = {id(x): up for x, up in _numbered_headings(ctx)} if slipped else {}
    for h, parent in _numbered_headings(ctx):
        if id(h) in slipped:  # 2. / (3) / 4.: the list goes on through the label typed in another style
            yield h, parent
            up = parents.get(id(parent))
            last[(id(up) if up is not None else None, parent.kind)] = h
            continue
        # an appendix starts its own numbering
        passed = bisect_left(appendix_lines, h.paragraph.index)
        if passed != appendix_seen:
            appendix_seen = passed
            last.clear()
        key = (id(parent) if parent is not None else None, h.kind)
        prev = last.get(key)
        if prev is None and h.number != 1:
            # numbered on across parts: 第二章 / 四、…, or 二、… / 4. after 3. under 一、 (规则的条、
            # 政策措施的条目 run on through the document); the last one of its kind anywhere before
            cousin = last.get(("any", h.kind))
            if cousin is not None and h.number == cousin.number + 1 and cousin.level == h.level:
                prev = cousin
            elif _stands_in(cousin, parent, h):
                prev = parent
        yield h, prev
        last[key] = h
        last[("any", h.kind)] = h


def _stands_in(cousin, parent, h) -> bool:
    """一、…… / 第二部分 …… / 三、: a heading of another style took the place of the number between two of ``h``'s
    kind (and, one level up, became ``h``'s parent): ``h`` goes on from it, the count is not restarted."""
    return cousin is not None and parent is not None and parent.kind != h.kind and cousin.level == h.level and \
        parent.number == cousin.number + 1 and h.number > parent.number and \
        cousin.paragraph.index < parent.paragraph.index


class HeadingSequence(Rule):
    """标题编号不连续、重复、颠倒，或不从一开始

    ## 检查内容
    同一上级标题下、同一种编号（一、 /（一）/ 1. /（1））按顺序检查：（四）之后是（六）、两个（三）、
    （五）之后又是（三）、第一个就是（二）。每个上级标题下重新计数；十以上的汉字序号（十一、二十三）
    和两位以上的阿拉伯数字都能识别。Word 自动编号与手工输入的编号一样检查。
    同一段下的“1.”列举项，中间隔了正文又从 1 开始，视为新的列举，不报。跨上级标题接续编号
    （规则、办法的条目在“第二章”下接着“四、”，政策措施在“二、”下接着“4.”）是通行写法，不报；附件和文中收录的
    另一份文件（“2025年工作总结及2026年工作计划”这样的标题行之后）重新编号。
    一串编号中间换了样式的一个编号（（二）/ 1、/（四），或 2. /（3）/ 4.）正好补上缺的那个号时，报它应改为的编号，
    不把后面的（四）当成跳号；与前文某段一字不差的段落（整段重复粘贴，DJ708 也报）不算编号的一步：提示删去这一段，
    不给改编号的修复（改了编号，重复的那段还在）。

    ## 为什么
    稿件反复剪贴后，编号最容易出错，审稿人一眼就能看出来。

    ## 修复说明
    跳过或重复了一个号、后面各号又依次相接时（（一）（二）（四）（五）），后面的编号都要跟着改：
    一条提示列出整串改法（“（四）”→“（三）”，“（五）”→“（四）”），--fix 一次改完（.docx 写成修订）。
    手工输入、已是标准写法的编号是安全修复；顺序颠倒、不从一开始的只作建议（--unsafe-fixes 才应用）。
    Word 自动编号不改，请在 Word 里调整列表。

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

    def scan_patterns(self, registry):
        return (APPENDIX_WORDS,)  # _sequences's appendix lines

    def check(self, doc, ctx):
        slipped, pasted = style_slips(ctx), pasted_again(ctx)
        for run in _runs(ctx):
            yield from self._check_run(doc, run, slipped, pasted)
        yield from self._style_slips(ctx, slipped)

    def _style_slips(self, ctx, slipped):
        """2. / (3) / 4.: the label typed in another style gets the list's own (a person confirms)."""
        hs = _numbered_headings(ctx) if slipped else ()
        for i, (x, parent) in enumerate(hs):
            if id(x) in slipped:
                y = hs[i + 1][0]
                want = render(parent, parent.number + 1)
                p = x.paragraph
                yield Finding(p, x.label_start, x.label_end,
                              f"编号样式不一致：“{parent.label}”“{y.label}”之间的“{x.label}”应为“{want}”",
                              want if _is_typed(p, x) else None, safe=False)

    def _check_run(self, doc, run, slipped=frozenset(), pasted=None):
        """One sequence of sibling labels: the first fault of a tail that is otherwise in order
        (a skipped or repeated number shifts everything after it) is one finding with the whole
        renumbering; other faults are reported one by one."""
        if run and run[0].number > CITED_FROM and run[0].kind.startswith("arabic"):
            return  # 56. ……  86. ……: items cited by their numbers in another list (a report's tasks), not a sequence
        i = 0
        counted = None  # the number a label reported on stands for, when the ones after it go on from that
        while i < len(run):
            h = run[i]
            prev = run[i - 1] if i else None
            want = 1 if prev is None else (prev.number if counted is None else counted) + 1
            counted = None
            if id(h) in slipped:
                counted = want  # a label of another style in its place (told by _style_slips): the list goes on
                i += 1
                continue
            if pasted and id(h.paragraph) in pasted:
                # the paragraph pasted twice (DJ708): renumbering it (and the labels after it) would keep the copy
                yield Finding(h.paragraph, h.label_start, h.label_end,
                              f"编号“{h.label}”不接上文：这一段与第{pasted[id(h.paragraph)].line}段完全相同，疑为重复粘贴，"
                              f"删去这一段，不要改编号")
                counted = want - 1  # the labels after it go on from the one before the copy
                i += 1
                continue
            if h.number == want or (prev is None and h.kind == "part") or \
                    (h.number == 2 and _first_unread(doc, h)) or (prev is None and _all_read_as_decimals(doc, h)) or \
                    (prev is not None and h.number == want + 1 and _read_as_decimal(doc, h, want)) or \
                    _behind_line_break(doc, prev, h) or (h.number == 1 and _label_line_between(doc, prev, h)):
                i += 1
                continue
            # the tail is copied only when it is renumbered: a long text of many reports has runs of
            # hundreds of labels, each restart a fault (a copy per fault was quadratic)
            if i + 1 < len(run) and _in_order(run, i) and (prev is None or h.number >= prev.number):
                yield self._renumber(prev, run[i:], want)
                return
            yield self._one(prev, h, want, last=i == len(run) - 1)
            if i + 1 < len(run) and run[i + 1].number == want + 1:
                counted = want  # 一、三.三、四、: only “三.” slipped; the next “三、” is right, not a repeat
            i += 1

    def _message(self, prev, h, want: int) -> str:
        here, expected = h.label, render(h, want)
        if prev is None:
            return f"编号应从“{expected}”开始，此处为“{here}”"
        before, m = prev.label, prev.number
        if h.number == m:
            return f"编号重复：“{before}”之后又是“{here}”，应为“{expected}”"
        if h.number > m + 1:
            return f"编号不连续：“{before}”之后应为“{expected}”，此处为“{here}”"
        return f"编号顺序颠倒：“{before}”之后应为“{expected}”，此处为“{here}”"

    def _one(self, prev, h, want: int, last: bool):
        p = h.paragraph
        expected = render(h, want)
        # the last of its sequence: nothing after it shifts, so a typed label in the standard
        # form is safely renumbered (an inverted order is not a slip of one number)
        # (after a heading of another style standing in for a number, 第二部分 … 四、, a person decides)
        safe = prev is not None and prev.kind == h.kind and h.number >= prev.number and _plain(h) and last
        return Finding(p, h.label_start, h.label_end, self._message(prev, h, want),
                       expected if _is_typed(p, h) else None, safe=safe)

    def _renumber(self, prev, tail, want: int):
        """One finding for a tail shifted by one slip: “（四）”→“（三）”，“（五）”→“（四）”."""
        h = tail[0]
        shift = want - h.number
        new = [render(x, x.number + shift) for x in tail]
        pairs = [f"“{x.label}”→“{n}”" for x, n in zip(tail, new)]
        shown = "，".join(pairs[:8]) + (f"……共 {len(pairs)} 处" if len(pairs) > 8 else "")
        message = f"{self._message(prev, h, want)}；后面的编号跟着改：{shown}"
        typed = all(_is_typed(x.paragraph, x) for x in tail)  # Word's automatic numbering is not edited
        safe = prev is not None and all(_plain(x) for x in tail)
        edits = tuple((x.paragraph, x.label_start, x.label_end, n) for x, n in zip(tail[1:], new[1:]))
        return Finding(h.paragraph, h.label_start, h.label_end, message, new[0] if typed else None, safe=safe,
                       fix_title="依次改为" + "、".join(f"“{n}”" for n in new) if typed else None,
                       edits=edits if typed else ())


def _runs(ctx) -> list[list]:
    """The sequences of sibling labels (same parent, same kind; an appendix and a new list of
    “1.” items after body text start afresh), each in document order."""
    doc = ctx.doc
    runs: list[list] = []
    where: dict[int, list] = {}
    for h, prev in _sequences(ctx):
        run = where.get(id(prev)) if prev is not None else None
        if run is not None and h.number == 1 and h.kind in ("arabic", "arabic-paren", "circled") and \
                _text_between(doc, prev, h):
            run = None  # a new list of items under the same heading
        elif run is not None and h.number == 1 and (_article_between(doc, prev, h) or _dated_between(doc, prev, h)):
            # 第三条 谈话内容 / （一）…: each article of a rule numbers its items afresh; after a notice's 成文日期
            # (2023年1月3日) the document it carries numbers its own
            run = None
        if run is None:
            run = []
            runs.append(run)
        run.append(h)
        where[id(h)] = run
    return runs


def _behind_line_break(doc, prev, h) -> bool:
    """A label of ``h``'s kind stands after a manual line break (Shift+Enter) in a paragraph from
    ``prev``'s (or the start) up to ``h``'s: the outline does not see it, so the step from ``prev``
    to ``h`` is not judged (二、 after a line break, then 三、 in a paragraph of its own)."""
    start = prev.paragraph.index if prev is not None else 0
    for p in doc.paragraphs[start:h.paragraph.index]:
        if "\n" in p.text and p.part == h.paragraph.part:
            for line in p.text.split("\n")[1:]:
                parsed = parse_label(line)
                if parsed is not None and parsed[0] == h.kind:
                    return True
    return False


def _label_line_between(doc, prev, h) -> bool:
    """A short unnumbered line ending in a colon stands between ``prev`` and a new 一、 (会议议题：一、……三、 then
    会议议定事项： and 一、……): a new list under its own label, not the old one restarted.  A sentence ending in a colon
    (一年来，我们主要做了以下工作：) after 一、 is the list one level down reusing its parent's labels: reported."""
    if prev is None or prev.number < 2:
        return False
    return any(len(t) <= 12 and t.endswith(("：", ":")) and "，" not in t and "," not in t and parse_label(t) is None
               for t in (p.text.strip() for p in doc.paragraphs[prev.paragraph.index + 1:h.paragraph.index]))


def _in_order(run, start: int = 0) -> bool:
    """Whether ``run[start:]`` numbers on one by one."""
    return all(run[k + 1].number == run[k].number + 1 for k in range(start, len(run) - 1))


#: a list of arabic numbers that begins above this cites another list's items by their numbers
CITED_FROM = 20


def _plain(h) -> bool:
    """A typed label already in the standard form: renumbering it touches nothing another rule fixes."""
    return _is_typed(h.paragraph, h) and h.label == render(h, h.number)


def _between(doc, a, b) -> list:
    """The paragraphs between headings ``a`` and ``b``."""
    return doc.paragraphs[a.paragraph.index + 1:b.paragraph.index]


def _text_between(doc, a, b) -> bool:
    """A paragraph of body text (not a heading) lies between headings ``a`` and ``b``."""
    outline = doc.outline
    return any(p.part == "body" and p.text.strip() and outline.heading_of(p) is None for p in _between(doc, a, b))


#: an article of a rule or a regulation (第三条 谈心谈话内容): not a label the outline numbers, but
#: the items under it (（一）（二）…) start afresh at the next article
_ARTICLE = compile_("^" + BLANK + "*第" + LABEL_NUMERAL_RUN + "条")


def _dated_between(doc, a, b) -> bool:
    """A date line (the 成文日期 that ends a document) lies between headings ``a`` and ``b``."""
    return any(DATE_LINE.match(p.text) for p in _between(doc, a, b))


def _article_between(doc, a, b) -> bool:
    return any(_ARTICLE.match(p.text) for p in _between(doc, a, b))


def _first_unread(doc, h) -> bool:
    """The paragraph right before a list's first label holds its item 1 in a form the outline does
    not read as a label: “1.14周岁至40周岁” (a number right after “1.” reads as a decimal), or the
    item written on the line that announces the list (“附：1、有关文件”)."""
    i = h.paragraph.index
    prev = next((p for p in reversed(doc.paragraphs[:i]) if p.text.strip()), None)
    if prev is None:
        return False
    firsts = (render(h, 1), _NUM_IN_LABEL.sub("1" if h.kind.startswith("arabic") else int_to_cn(1), h.label, count=1))
    text = prev.text.strip(BLANK_CHARS)
    announced = _ANNOUNCED_FIRST.match(text)
    if announced is not None:
        text = text[announced.end():]
    return text.startswith(firsts)


def _read_as_decimal(doc, h, number: int) -> bool:
    """The paragraph right before label ``h`` holds item ``number`` with a number right after its
    label (“2.3月底前……”: item 2, then 3月), which the outline reads as a decimal, not a label."""
    i = h.paragraph.index
    prev = next((p for p in reversed(doc.paragraphs[:i]) if p.text.strip()), None)
    if prev is None or not h.kind.startswith("arabic"):
        return False
    return _label_then_digit(prev.text.strip(BLANK_CHARS), render(h, number))


def _all_read_as_decimals(doc, h) -> bool:
    """Every item before a list's first label ``h`` (number n) was read as a decimal: the n - 1 paragraphs
    before it hold items 1 … n-1, each with a number right after its label (附件：“1.2023年……”“2.2022年……”
    then “3.……”)."""
    if h.number < 2 or not h.kind.startswith("arabic"):
        return False
    before = [p for p in reversed(doc.paragraphs[:h.paragraph.index]) if p.text.strip()][:h.number - 1]
    return len(before) == h.number - 1 and all(
        _label_then_digit(p.text.strip(BLANK_CHARS), render(h, k)) for k, p in zip(range(h.number - 1, 0, -1), before))


def _label_then_digit(text: str, label: str) -> bool:
    return text.startswith(label) and text[len(label):len(label) + 1].isdigit()


#: the line that announces a list and carries its first item (附：1、…, 附件：1.…, 特别提醒：1.…, 重点：1、…)
_ANNOUNCED_FIRST = compile_("^[^，。；：:,;]{1,10}[：:]" + BLANK + "*")


def _goes_on(last_at: dict, i: int, prev) -> bool:
    """A label after ``prev``'s number, of its kind, comes after the ``i``-th label (（一）… 一、… 二、…
    （二）): its list goes on.  ``last_at``: where each (kind, number) is last (see :func:`_last_at`)."""
    return last_at.get((prev.kind, prev.number + 1), -1) > i


def _last_at(labelled) -> dict:
    """{(kind, number): index of its last label}: whether one comes after a place is one look-up, not
    a walk over every later label (a long text of many reports made that quadratic)."""
    return {(x.kind, x.number): i for i, (x, _parent) in enumerate(labelled)}


def _appendix_between(doc, a, b) -> bool:
    """An appendix line (附件1：) or a carried document's title lies between headings ``a`` and ``b``:
    its numbering is its own."""
    return any(_APPENDIX.match(p.text) for p in _between(doc, a, b))


class LabelDelimiter(Rule):
    """序号后的标点用错：“一.”“一，”应为“一、”，“1、”应为“1.”

    ## 检查内容
    汉字序号（一、二、三）后用顿号；阿拉伯数字序号后用下脚点（1. 2. 3.）。
    “一.”“一，”“1、”“1，”都要改。

    ## 为什么
    GB/T 15834-2011 附录B.3.2、B.3.3 明确规定了序次语后面的标点。

    ## 修复说明
    手工输入的序号可自动修复（替换标点；序号后紧接数字的“1、9月”改成“1.9月”像小数，只建议不自动改）；Word 自动编号请在“定义新编号格式”里修改。

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
                          want if typed else None, safe=not p.text[start + 1:start + 2].isdigit())


class BracketLabelPunctuation(Rule):
    """括号序号后又加了标点：“（一）、”“（1）.”

    ## 检查内容
    带括号的序号（（一）（1））本身已起分隔作用，后面不再加顿号、逗号或下脚点。段落中间接排的列举
    （……调度，（1）、对下游……；（2）……）也一样；“第（1）、（2）项”“上述（一）、（二）两部分”里两个序号之间的顿号是对的，不报。

    ## 为什么
    GB/T 15834-2011 附录B.3.4：序次语为带括号的数字时，括号后不用任何点号。

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

    def check(self, doc, ctx):
        for h, _parent in _numbered_headings(ctx):
            if h.kind not in ("cn-paren", "arabic-paren"):
                continue
            text = h.paragraph.text
            end = h.label_end
            if end > 0 and text[end - 1] in LABEL_DELIMITER_CHARS:
                yield Finding(h.paragraph, end - 1, end, f"括号序号“{h.label}”后不加标点，请删去“{text[end - 1]}”",
                              "" if _is_typed(h.paragraph, h) else None, safe=True)
        for p in inline_bracket_paragraphs(doc):
            for label, at in inline_bracket_marks(p):
                yield Finding(p, at, at + 1, f"括号序号“{label}{p.text[at]}”后不加标点，请删去“{p.text[at]}”", "", safe=True)


_OPEN_CLOSE = compile_(r"^([（(])[ \t]*([^（()）]+?)[ \t]*([）)])")


class LabelBrackets(Rule):
    """序号的括号全角半角混用或用了半角：“（一)”“(1）”“(一)”

    ## 检查内容
    带括号的序号应使用一对全角括号：（一）（1）。左右不配（“（一)”“(1）”）是错误；
    一对半角括号“(一)”是警告，“(1)”是提示。

    ## 为什么
    中文公文中的括号用全角；半边全角半边半角多半是输入法切换时留下的。

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

    ## 依据
    GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3.8。
    """

    code = "DJ305"
    name = "inverted-level"
    aliases = ("skipped-level",)
    severity = "warning"
    scope = "document"
    source = _SRC_9704 + "；GB/T 15834-2011 附录B.3.8"

    def check(self, doc, ctx):
        prev = None
        labelled = _numbered_headings(ctx)
        last_at = _last_at(labelled)
        lowest = None  # the lowest level of the labels before the i-th
        for i, (h, _parent) in enumerate(labelled):
            # a list of a higher level starts right under a lower-level heading (（一）… then 一、…),
            # which only happens when the writer swapped the levels; not after a whole list of lower
            # items that never goes on and opens the document (亮点盘点 1.……6. then 一、参观接待: a
            # preface's list, then the parts)
            if (prev is not None and h.number == 1 and h.kind in ("cn", "cn-paren") and h.level < prev.level
                    and prev.kind in ("cn-paren", "arabic", "arabic-paren") and not _appendix_between(doc, prev, h)
                    and (prev.number == 1 or _goes_on(last_at, i, prev) or lowest <= h.level)):
                yield Finding(h.paragraph, h.label_start, h.label_end,
                              f"层次颠倒：“{h.label}”出现在下一级标题“{prev.label}”之下，"
                              f"应按 一、→（一）→1.→（1）的顺序使用")
            prev = h
            lowest = h.level if lowest is None else min(lowest, h.level)


class DoubleLabel(Rule):
    """序号重复输入：Word 已自动编号，又手工打了一个（“一、一、”）

    ## 检查内容
    段落已有 Word 自动编号，正文开头又手工输入了序号；或者同一序号手工输入了两遍。

    ## 为什么
    屏幕上会出现“一、一、工作情况”，打印出来一目了然。

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
