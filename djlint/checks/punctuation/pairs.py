"""Marks that come in pairs: quotation marks, brackets and title marks left open (DJ503), ASCII
quotes (DJ504), the same marks nested (DJ505), a 顿号 between quoted items (DJ506) and title
marks around an event's name (DJ510)."""
from __future__ import annotations

from bisect import bisect_right

from ...document.ending import unseen_end
from ...engine import Finding, Rule
from ...engine.kinds import PatternRule, compile_
from ...util import rx
from ...util.zh import BLANK, BLANK_CHARS, HEADING_MAX_LEN, LABEL_DIGIT, NUMERAL_CHARS

_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〈": "〉"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_MARKS = compile_("[" + "".join(_PAIRS) + "".join(_CLOSERS) + "]")
_LABEL_HALF = compile_("^" + BLANK + "*" + LABEL_DIGIT + "{1,3}" + BLANK + "*）")  # 1） and, spaced, 1 ）
_NO_MARK = "[^" + "".join(_PAIRS) + "".join(_CLOSERS) + "]*"
#: a paragraph whose marks all come in pairs side by side, none inside another (most): nothing to report
_FLAT = compile_("(?:" + _NO_MARK + "(?:" + "|".join(o + _NO_MARK + c for o, c in _PAIRS.items()) + "))*" + _NO_MARK)
_SENTENCE_PUNCT = compile_(r"[，。；！？]")
_HAN = compile_(r"\p{Han}")


#: _FLAT over the document's joined text (paragraphs joined by NUL), from a paragraph's start: it
#: matches flat paragraphs one after another and stops at the first mark that breaks the pairs
_FLAT_RUN = "[^" + "".join(_PAIRS) + "".join(_CLOSERS) + "\\x00]*"
_FLAT_PARAGRAPHS = rx.stdlib("(?:" + _FLAT_RUN + "(?:" + "|".join(o + _FLAT_RUN + c for o, c in _PAIRS.items())
                             + "|\\x00))*" + _FLAT_RUN)


def _not_flat(ctx) -> list:
    """The paragraphs whose marks do not all pair side by side (what _FLAT.fullmatch does not
    pass; the only ones DJ503 can report in): one match of _FLAT_PARAGRAPHS from one such
    paragraph to the next, not a search and a match per paragraph.  The match is deterministic
    (a run of no mark ends where a mark or NUL stands; each mark has one way on), so it ends
    at the first mark of a paragraph that cannot be paired, or at the end of the text."""
    text, starts = ctx.doc.joined
    paragraphs = ctx.doc.paragraphs
    out = []
    pos, n, size = 0, len(starts), len(text)
    match = _FLAT_PARAGRAPHS.match
    while True:
        end = match(text, pos).end()
        if end >= size:
            return out
        i = bisect_right(starts, end) - 1
        out.append(paragraphs[i])
        if i + 1 >= n:
            return out
        pos = starts[i + 1]


class UnpairedMarks(Rule):
    """引号、书名号、括号不成对

    ## 检查内容
    一段之内“ ” ‘ ’ 《 》 （ ） 【 】 〈 〉 左右不成对或交叉（《…“…》…”）。
    跨段引用（每段开头都有前引号、只在最后一段有后引号）不报；“1）”这样的序号另行处理。
    标题回行（“关于印发《……标兵”下一行“……实施方案》的通知”）不报；文稿停在句子中间时，
    最后一段里只开了头的引号、书名号不报（后一半在没贴进来的部分）。引用的条文分几项、前引号开头的
    一项以分号结尾时，引号在后面的项里收尾，不报。

    引号方向写反了的（“廉洁自律红线“，不碰底线：后一个应为右引号”），只要把这一个引号掉过来，全段的标号就都成对，
    报“写反了”，不报“不成对”。

    ## 为什么
    引号、书名号缺一半，通常是删改时删多了，会让读者看不出引用到哪里结束。输入法在中文引号上常常打反方向。

    ## 修复说明
    写反了的引号改为另一个方向，需要确认（不安全修复）；缺一半的不修复。

    ## 依据
    GB/T 15834-2011 4.8、4.9、4.15（引号、括号、书名号成对使用）。
    """

    code = "DJ503"
    name = "unpaired-marks"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15834-2011 4.8、4.9、4.15"

    prefilter = _MARKS  # a character class

    def candidates(self, ctx):
        return ctx.shared("punctuation.not-flat", _not_flat)

    def check_paragraph(self, p, ctx):
        text = p.text
        bad = _unpaired(text)
        if not bad:
            return
        # a quotation running over paragraphs: only the opening “ of each paragraph is left open
        if all(o == "“" for _, o in bad) and text.lstrip().startswith("“") and len(bad) == 1:
            nxt = _next_paragraph(ctx.doc, p)
            if nxt is not None and nxt.text.lstrip().startswith("“"):
                return
            if text.rstrip().endswith(_ITEM_GOES_ON):
                return  # a quoted article of several items: “依法登记，……；（二）……。”
        if all(c == "”" for _, c in bad) and len(bad) == 1:
            before = _previous_paragraph(ctx.doc, p)
            if before is not None and _continues_quote(before.text):
                return  # …… the end of that quoted article
        if p is unseen_end(ctx):
            # the text was cut in this paragraph: what it opened may close in the part not pasted
            bad = [(i, c) for i, c in bad if c not in _PAIRS]
        bad = [(i, c) for i, c in bad if not _wrapped_title(ctx.doc, p, c)]
        turned = _reversed_quote(text) if bad and all(c in _TURNED for _, c in bad) else None
        if turned is not None:
            c = text[turned]
            yield Finding(p, turned, turned + 1, f"引号方向写反了：这里应为{_MARK_NAMES[_TURNED[c]]}{_TURNED[c]}，写成了{_MARK_NAMES[c]}{c}",
                          _TURNED[c], safe=False)
            return
        for i, c in sorted(bad):
            yield Finding(p, i, i + 1, _unpaired_message(c))


#: a quotation mark and the mark it is when turned round (an IME's wrong direction: 红线“，)
_TURNED = {"“": "”", "”": "“", "‘": "’", "’": "‘"}
#: quotation marks of other sets (〝〞 of converted files, full-width and ASCII straight quotes, 「」)
_OTHER_QUOTES = "〝〞＂\"「」"


def _reversed_quote(text: str) -> int | None:
    """The offset of the one quotation mark that, turned round, leaves every mark of ``text`` paired
    (None when no mark or more than one does: then a half is missing, not reversed)."""
    marks = [i for i, c in enumerate(text) if c in _TURNED]
    if len(marks) > 40 or any(c in text for c in _OTHER_QUOTES):
        return None  # “……〞: a converted file's other closing mark pairs the “, not a reversed “
    fits = [i for i in marks if not _unpaired(text[:i] + _TURNED[text[i]] + text[i + 1:])]
    return fits[0] if len(fits) == 1 else None


#: what the marks are called (GB/T 15834-2011 4.8, 4.9, 4.15), to name them in the message: a bare mark in quotes
#: (““”没有对应的“””) cannot be read
_MARK_NAMES = {"“": "左引号", "”": "右引号", "‘": "左单引号", "’": "右单引号", "《": "左书名号", "》": "右书名号",
               "（": "左括号", "）": "右括号", "【": "左方头括号", "】": "右方头括号", "〈": "左单书名号", "〉": "右单书名号"}


def _unpaired_message(c: str) -> str:
    """左引号“没有对应的右引号”，请补上或删去"""
    other = _PAIRS.get(c) or _CLOSERS[c]
    return f"{_MARK_NAMES[c]}{c}没有对应的{_MARK_NAMES[other]}{other}，请补上或删去"


_ITEM_GOES_ON = ("；", "：", "，")


def _continues_quote(text: str) -> bool:
    """A paragraph that opens a quotation at its start and leaves it open at an item's end (；)."""
    t = text.strip()
    return t.startswith("“") and t.endswith(_ITEM_GOES_ON) and [c for _, c in _unpaired(t)] == ["“"]


def _unpaired(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every mark in ``text`` without its partner."""
    if _FLAT.fullmatch(text):
        return []  # every opener is closed before the next mark: the walk below would find nothing
    skip_first = bool(_LABEL_HALF.match(text))
    stack: list[tuple[str, int]] = []
    bad: list[tuple[int, str]] = []
    nested = 0  # nested “ skipped inside an open “ (DJ505 tells them): each takes the next ” for its own
    for m in _MARKS.finditer(text):
        i, c = m.start(), m.group()
        if c in _PAIRS:
            if c == "“" and stack and stack[-1][0] == "“":
                nested += 1
                continue  # nested double quotes: DJ505 says so; keep pairing the outer ones
            stack.append((c, i))
        elif c == "”" and nested and stack and stack[-1][0] == "“":
            nested -= 1  # the nested quotation's own close, not the outer one's
        elif c in _CLOSERS:
            if skip_first and c == "）" and not stack and text[:i + 1].strip() == _LABEL_HALF.match(text).group(0).strip():
                continue
            if c == "）" and _item_label(text, i):
                continue
            opener = _CLOSERS[c]
            if stack and stack[-1][0] == opener:
                stack.pop()
            elif any(o == opener for o, _ in stack):
                while stack and stack[-1][0] != opener:
                    o, j = stack.pop()
                    bad.append((j, o))
                stack.pop()
            else:
                bad.append((i, c))
    bad.extend((j, o) for o, j in stack)
    return bad


#: what comes before an enumerator run into the text: “要求：1）……；2）……” (a half bracket after a number is a
#: label, GB/T 15834-2011 4.9 lets 1） stand alone)
_BEFORE_ITEM = frozenset(BLANK_CHARS + "：；。，:;,")


def _item_label(text: str, i: int) -> bool:
    """Whether the ） at ``i`` ends a label of one or two digits standing where an item starts."""
    j = i
    while j > 0 and i - j < 3 and text[j - 1].isdigit():
        j -= 1
    return 0 < i - j <= 2 and (j == 0 or text[j - 1] in _BEFORE_ITEM)


def _title_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= HEADING_MAX_LEN and not _SENTENCE_PUNCT.search(text)


def _wrapped_title(doc, p, mark: str) -> bool:
    """A title broken over two lines (回行) inside its 《》 or “”: 关于印发《……标兵 / ……实施方案》的通知.
    Both lines are title lines (short, no sentence punctuation); the first leaves ``mark`` open
    and the next closes it, or the other way round."""
    if not _title_line(p.text):
        return False
    if mark in _PAIRS:
        other = _next_paragraph(doc, p)
        want = _PAIRS[mark]
    else:
        other = _previous_paragraph(doc, p)
        want = _CLOSERS[mark]
    return other is not None and _title_line(other.text) and any(c == want for _, c in _unpaired(other.text))


def _previous_paragraph(doc, p):
    for q in reversed(doc.paragraphs[:p.index]):
        if q.part == p.part and q.text.strip():
            return q
    return None


def _next_paragraph(doc, p):
    for q in doc.paragraphs[p.index + 1:]:
        if q.part == p.part and q.text.strip():
            return q
    return None


class AsciiQuotes(PatternRule):
    """中文里用了英文直引号（"两个维护"）

    ## 检查内容
    括住中文的英文双引号 "…"，应使用中文弯引号 “…”。英文句子里的引号不报。括住一个简短中文名称的英文单引号
    （'书记项目'）也报，改为“…”（在双引号里面的改为‘…’）；英文的撇号（Party's）不报。

    ## 为什么
    GB/T 15834-2011 4.8.2：中文引号为 “ ” ‘ ’。直引号在中文排版中上下不分，很不规范。

    ## 修复说明
    替换为中文引号，安全修复。

    ## 依据
    GB/T 15834-2011 4.8.2。
    """

    code = "DJ504"
    needs = "\"'"
    name = "ascii-quotes"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 4.8.2"
    #: straight double quotes paired in order from the start of the paragraph (reported when what they hold has
    #: Chinese in it and is not long); straight single quotes round a short Chinese name only ('书记项目'), not an
    #: apostrophe of English (Party's) nor a quote round English words. Pairing in order matters: a pair round
    #: English ("xxxx") skipped by a lookahead left its closing quote to open a pair with the next one, and the
    #: safe fix turned the text between two quotations into one
    pattern = compile_(r'"([^"\n]+)"'
                       r"|(?<![A-Za-z0-9])'(?P<single>\p{Han}[\p{Han}·]{0,19})'(?![A-Za-z0-9])")

    def finding(self, p, m):
        if m.group(1) is not None and (len(m.group(1)) > 80 or not _HAN.search(m.group(1))):
            return None
        if m.group("single"):
            before = p.text[:m.start()]
            inner = before.count("“") > before.count("”")  # inside a double quote: the single one stays single
            new = f"‘{m.group('single')}’" if inner else f"“{m.group('single')}”"
            return Finding(p, m.start(), m.end(), f"英文单引号应改为中文引号：{new}", new)
        new = f"“{m.group(1)}”"
        return Finding(p, m.start(), m.end(), f"英文引号应改为中文引号：“{m.group(1)}”", new)


class NestedMarks(PatternRule):
    """书名号或双引号套用了同一种（《…《…》…》、“…“…”…”）

    ## 检查内容
    书名号里再用书名号，内层应改为〈〉；双引号里再用双引号，内层应改为单引号‘’。书名号里的书名用了尖括号“<>”
    （《关于印发<……>的通知》）也报：内层的书名号是〈〉，不是数学的小于号、大于号。
    反过来，最外层用了单引号（不在双引号里面的‘一岗双责’），或用了直排的直角引号「」，也报，应改为“”；
    文稿标题（新闻标题习惯用单引号）不报。

    ## 为什么
    GB/T 15834-2011 4.15.3、4.8.3.4：书名号、引号里面还要用时，外层用双、内层用单；4.8.3.5：直角引号用于竖排文字。

    ## 依据
    GB/T 15834-2011 4.8.3.4、4.15.3。
    """

    code = "DJ505"
    #: two 《 or two “ with no closing mark between (the pattern's first half; a NUL ends a paragraph), a pattern
    #: each: one that begins with a literal is searched by a jump to it, an alternation of two tried at every character;
    #: a single quotation mark or a corner bracket (outer single quotes, 「」); an inner title in angle brackets
    prefilter = (compile_("《[^《》\n\x00]*《"), compile_("“[^“”\n\x00]*“"), compile_("‘"), compile_("「"),
                 compile_("《[^《》\n\x00]*[<＜]"))
    name = "nested-marks"
    severity = "warning"
    source = "GB/T 15834-2011 4.8.3.4、4.15.3"
    pattern = compile_(r"《[^《》\n]*(《[^《》\n]*》)[^《》\n]*》|“[^“”\n]*(“[^“”\n]*”)[^“”\n]*”"
                       r"|《[^《》\n]*?([<＜][^<>＜＞《》\n]+[>＞])[^《》\n]*》")

    def check_paragraph(self, p, ctx):
        yield from super().check_paragraph(p, ctx)
        if ("‘" in p.text or "「" in p.text) and not _headline(ctx.doc, p):
            yield from _outer_single_quotes(p)

    def finding(self, p, m):
        if m.group(3):  # 《关于印发<……>的通知》: the inner title in angle brackets, not in 〈〉
            new = "〈" + m.group(3)[1:-1] + "〉"
            return Finding(p, m.start(3), m.end(3), f"书名号内的书名号应改为单书名号：{new}（不用尖括号“<>”）")
        inner = m.group(1) or m.group(2)
        s = m.start(1) if m.group(1) else m.start(2)
        between = p.text[m.start():s]
        single = ("〈", "〉") if inner.startswith("《") else ("‘", "’")
        if between.count(single[0]) > between.count(single[1]):
            return None  # 《…〈…《…》…〉…》: the third level alternates back, as it should

        if inner.startswith("《"):
            new = "〈" + inner[1:-1] + "〉"
            return Finding(p, s, s + len(inner), f"书名号内的书名号应改为单书名号：{new}")
        new = "‘" + inner[1:-1] + "’"
        return Finding(p, s, s + len(inner), f"引号内的引号应改为单引号：{new}")


#: a quotation in single marks or corner brackets, short and holding Chinese (not an English apostrophe: Xi’an)
_SINGLE_QUOTED = compile_(r"‘(?=[^‘’“”\n]{0,30}\p{Han})[^‘’“”\n]{1,30}’|「[^「」\n]{1,40}」")


def _headline(doc, p) -> bool:
    """The document's title, or its first line when that reads as a headline (short, no full stop): a news
    headline's single quotes are the paper's style."""
    if p is doc.title:
        return True
    first = next((q for q in doc.paragraphs if q.text.strip()), None)
    return p is first and len(p.text.strip()) <= HEADING_MAX_LEN and "。" not in p.text


def _outer_single_quotes(p):
    """‘一岗双责’ with no “ open around it, and 「双减」: GB/T 15834-2011 4.8.3.4 puts the double marks
    outside (single ones only inside double ones); 「」 are the marks of vertical text (4.8.3.5).  A news
    headline's single quotes (the paper's own style) are the title's, which is not read here."""
    text = p.text
    for m in _SINGLE_QUOTED.finditer(text):
        s, e = m.span()
        inner = m.group()[1:-1]
        new = "“" + inner + "”"
        if m.group().startswith("「"):
            yield Finding(p, s, e, f"横排文字的引号用“”，不用直角引号：{new}")
        elif text.count("“", 0, s) <= text.count("”", 0, s) and text.count('"', 0, s) % 2 == 0:
            # (inside an open ASCII "…": its marks are DJ504's, and then the single ones sit right)
            yield Finding(p, s, e, f"最外层的引号应用双引号（单引号只用在双引号里面）：{new}")


class CommaBetweenQuotes(PatternRule):
    """并列的引号或书名号之间用了顿号（“…”、“…”）

    ## 检查内容
    并列的引语或书名之间，通常不用顿号：“四个意识”“四个自信”，《党章》《准则》。
    中间有括注等其他成分隔开时不报。

    ## 为什么
    GB/T 15834-2011 4.5.3.5：标有引号或书名号的并列成分之间通常不用顿号。标准用的是“通常”，
    而中央文件（如党的二十大报告）普遍保留顿号，学界也有放宽的主张，所以这条规则默认不启用
    （预览规则）：单位规范要求时，用 `--preview`、`select: [DJ506]` 或 `extend-select` 打开。

    ## 修复说明
    删去顿号，安全修复。

    ## 依据
    GB/T 15834-2011 4.5.3.5。
    """

    code = "DJ506"
    needs = "、"
    name = "comma-between-quotes"
    severity = "warning"
    # official texts (the 20th Congress report among them) keep the 顿号 throughout: opt-in only
    status = "preview"
    fix = "always"
    source = "GB/T 15834-2011 4.5.3.5"
    pattern = compile_(r"(?<=”)、(?=“)|(?<=》)、(?=《)")

    def finding(self, p, m):
        return Finding(p, m.start(), m.end(), "并列的引号或书名号之间通常不用顿号，请删去", "")


_EVENT = r"(?:活动|会议|大会|论坛|比赛|竞赛|评比|培训班|主题教育|主题党日|宣讲)"
#: what follows a journal's name (a journal may be called 论坛: 《前进论坛》 of the 农工党): its articles, issues, awards
_PUBLICATION_AFTER = compile_(r"(?:上|刊发|刊登|发表|杂志|期刊|刊物|编辑部|第[0-9" + NUMERAL_CHARS + "]+期|[0-9]{4}年第|好文章|优秀文章|文章|专栏|栏目|约稿|征文)")


#: what follows the name of a column, a programme or a series, which takes the marks whatever it is named after
#: (……《2023年某某上市公司高质量发展论坛》等专题专栏, published115)
_COLUMN_AFTER = compile_(r"(?:《[^《》\n]{1,30}》)*(?:等|和|及)?(?:专题)?(?:专栏|栏目|节目|专题片|系列报道|频道)")


#: a question inside the marks makes them a talk's or an article's title (《中小学校党支部如何开展好……主题教育》的专题辅导,
#: 《新时代为什么要开展……主题教育》宣讲, dev-prec433): an event is never named by a question
_QUESTION = compile_(r"如何|怎样|怎么|为什么|为何")


class TitleMarksForEvents(PatternRule):
    """会议、活动的名称用了书名号（《…活动》）

    ## 检查内容
    书名号用于书名、篇名、文件名等，不用于会议、活动、课程、奖项、机构的名称，也不用于“××会议精神”（《全国两会精神》）、讲话和指示的精神（领学《……重要指示精神》《中央八项规定及其实施细则精神》），也不用于对讲话的称述（《习近平总书记在……时的重要讲话》：讲话单行本的篇名是《在……上的讲话》）。写在“学习”“传达”“领学”等之后的才报，“观看《……精神》专题片”之类的片名不报。书名号里是一个问句（《……如何开展好……主题教育》《新时代为什么要开展……主题教育》）的，是报告、讲座或文章的题目，不报；后面是“专栏”“栏目”“节目”的（《……论坛》等专题专栏），是栏目名，不报。

    ## 为什么
    GB/T 15834-2011 附录A.13.1；常见错误如《“不忘初心、牢记使命”主题教育》。

    ## 依据
    GB/T 15834-2011 附录A.13.1。
    """

    code = "DJ510"
    needs = "《"
    name = "title-marks-for-events"
    severity = "warning"
    source = "GB/T 15834-2011 附录A.13.1"
    pattern = compile_(r"《[^《》\n]{1,30}" + _EVENT + r"》|(?<=学习|学习了|传达|传达了|贯彻|领会|领学|研读|》和|》、)"
                       r"《(?!学习|贯彻|深入|认真|全面|领会|落实|宣传|传达|把握|读懂|深刻|牢记|奋力|推动)"
                       r"(?:[^《》\n]{1,40}(?:会(?:议)?|讲话|指示|批示|实施细则)精神|习近平总书记[^《》\n]{2,60}?重要(?:讲话|指示|批示))》")

    def finding(self, p, m):
        text = m.group(0)
        if _QUESTION.search(text):
            return None  # a talk's or an article's title, asking a question, names no event
        if text.endswith("论坛》") and _PUBLICATION_AFTER.match(p.text, m.end()):
            return None  # 《前进论坛》好文章奖, 在《……论坛》上发表: a journal named 论坛, a title like any other
        if _COLUMN_AFTER.match(p.text, m.end()):
            return None  # 《……论坛》等专题专栏: a column's or a programme's name
        if text.endswith(("会精神》", "会议精神》")):
            return Finding(p, m.start(), m.end(), f"会议精神不是文件名，不用书名号：{text}")
        if text.endswith("精神》"):
            return Finding(p, m.start(), m.end(), f"讲话、指示或规定的精神不是文件名，不用书名号：{text}")
        if text.startswith("《习近平总书记"):
            return Finding(p, m.start(), m.end(), f"“习近平总书记……重要讲话”是对讲话的称述，不是篇名，不用书名号：{text}")
        return Finding(p, m.start(), m.end(), f"会议、活动名称不用书名号：{text}")
