"""DJ5xx punctuation per GB/T 15834-2011, graded by how firm the standard is."""
from __future__ import annotations


import regex as re

from ..engine import Finding, Rule
from ..engine.kinds import PatternRule, compile_
from ..util import rx
from ..util.zh import BLANK, BLANK_CHARS, HEADING_MAX_LEN, LABEL_DIGIT, NUMERAL, SHORT_LINE_LEN, SPACE

_HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "："})
_SRC = "GB/T 15834-2011"


class HalfWidthPunctuation(PatternRule):
    """中文里用了半角标点（, . ; : ? ! ( )）

    ## 检查内容
    汉字之间或汉字后面的半角逗号、句号、分号、冒号、问号、叹号，以及括住中文的半角括号。
    数字里的小数点和千分位（1,000、3.5%）、时间（10:30）、网址、英文句子、文件名不报。

    ## 为什么
    GB/T 15834-2011 5.1：中文的句号、逗号、顿号、分号、冒号都占一个字的位置（全角）。
    半角标点混在中文里，排版时挤在一起，一眼就能看出是从别处复制来的。

    ## 示例
    全年召开会议12次,开展专题学习4次.

    应改为：

    全年召开会议12次，开展专题学习4次。

    ## 修复说明
    替换为对应的全角标点，安全修复。

    ## 依据
    GB/T 15834-2011 5.1（标点符号的位置和书写形式）。
    """

    code = "DJ501"
    needs = ",;:?!.("
    name = "half-width-punctuation"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 5.1"
    pattern = compile_(
        r"(?<=[\p{Han}”’）》])[,;:?!](?=[ \t]*(?:[\p{Han}“‘（《]|$))"
        r"|(?<=[\p{Han}])[,;:?!](?=[0-9A-Za-z“‘])"
        r"|(?<=[\p{Han}])\.(?=[\p{Han}“‘（《]|[ \t]*$)"
        r"|\((?=[^()]*\p{Han})[^()\n]{1,60}\)"
    )
    # a half-width bracket label at the start of a line is checked by DJ304
    exceptions = (compile_("^" + BLANK + r"*\(" + LABEL_DIGIT + r"{1,3}\)"),
                  compile_(r"(?:https?://|www\.)\S+|[A-Za-z0-9_\-]+\.(?:docx?|xlsx?|pdf|txt|md|pptx?|wps)\b", re.I))
    examples = (
        ("全年召开会议12次,开展专题学习4次.", True),
        ("会议强调:要把学习抓实抓细。", True),
        ("成立工作专班(由办公室牵头)。", True),
        ("全年投入资金1,000万元，占比3.5%，会议于10:30开始。", False),
        ("详见www.example.com及附件report.docx。", False),
        ("他引用了一句英文：Practice makes perfect, as they say.", False),
    )

    def finding(self, p, m):
        t = m.group(0)
        if t.startswith("("):
            new = "（" + t[1:-1] + "）"
            return Finding(p, m.start(), m.end(), f"中文里的半角括号“{t}”应为全角“{new}”", new)
        new = _HALF[t]
        return Finding(p, m.start(), m.end(), f"中文里的半角标点“{t}”应为全角“{new}”", new)


class DoubledPunctuation(PatternRule):
    """标点重复或叠用（，， 。。 ，。）

    ## 检查内容
    同一个点号连写两次（，，。。、、；；），或两个不同的点号挨在一起（，。；。、，）。
    问号、叹号连用三个以内不报（GB/T 15834 允许），四个以上报告。省略号、破折号不在此列。

    ## 为什么
    标点叠用多半是改稿时删字留下的，读起来像打错了。

    ## 示例
    全年召开会议12次，，开展学习4次。。

    应改为：

    全年召开会议12次，开展学习4次。

    ## 修复说明
    同一点号重复时删去多余的（安全修复）；两个不同点号挨在一起时需要判断保留哪个，不自动修复。

    ## 依据
    GB/T 15834-2011 4.2.3.3、4.3.3.3（问号、叹号至多叠用三个）；标点检查的通行做法。
    """

    code = "DJ502"
    name = "doubled-punctuation"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15834-2011 4.2.3.3、4.3.3.3"
    #: two marks in a row (searched over the whole document: most paragraphs have none)
    prefilter = rx.stdlib(r"[，,、；;：:。]{2}|[？！]{4}")
    #: a half-width mark in the cluster counts too (学习,,提高 / 完成,。): the whole cluster is one finding
    pattern = compile_(r"(?<=[\p{Han}0-9”’）》])[，,、；;：:。]{2,}(?![0-9])|([？！])\1{3,}")
    supersedes = ("DJ501",)
    examples = (
        ("全年召开会议12次，，开展学习4次。。", True),
        ("全年召开会议12次，。", True),
        ("要认真学习,,提高认识。", True),
        ("任务全部完成,。", True),
        ("全年召开会议12次，开展学习4次。", False),
        ("这难道不值得深思吗？！", False),
    )

    def finding(self, p, m):
        t = m.group(0)
        full = t.translate(_TO_FULL)
        if len(set(full)) == 1:
            keep = full[0] if full[0] not in "？！" else full[0] * 3
            word = "重复" if len(set(t)) == 1 else "重复（含半角标点）"
            return Finding(p, m.start(), m.end(), f"标点{word}“{t}”，应为“{keep}”", keep)
        if "。" in full:
            return Finding(p, m.start(), m.end(), f"标点叠用“{t}”，句末保留“。”", "。")
        return Finding(p, m.start(), m.end(), f"标点叠用“{t}”，请保留一个")


_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〈": "〉"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_MARKS = compile_("[" + "".join(_PAIRS) + "".join(_CLOSERS) + "]")
_LABEL_HALF = compile_("^" + BLANK + "*" + LABEL_DIGIT + "{1,3}）")


class UnpairedMarks(Rule):
    """引号、书名号、括号不成对

    ## 检查内容
    一段之内“ ” ‘ ’ 《 》 （ ） 【 】 〈 〉 左右不成对或交叉（《…“…》…”）。
    跨段引用（每段开头都有前引号、只在最后一段有后引号）不报；“1）”这样的序号另行处理。

    ## 为什么
    引号、书名号缺一半，通常是删改时删多了，会让读者看不出引用到哪里结束。

    ## 示例
    认真学习《中国共产党章程，严格遵守党的纪律。

    应改为：

    认真学习《中国共产党章程》，严格遵守党的纪律。

    ## 依据
    GB/T 15834-2011 4.8、4.9、4.15（引号、括号、书名号成对使用）。
    """

    code = "DJ503"
    name = "unpaired-marks"
    severity = "warning"
    source = "GB/T 15834-2011 4.8、4.9、4.15"
    examples = (
        ("认真学习《中国共产党章程，严格遵守党的纪律。", True),
        ("坚决做到“两个维护，不断提高政治判断力。", True),
        ("认真学习《中国共产党章程》，坚决做到“两个维护”。", False),
        ("1）加强学习。", False),
    )

    prefilter = _MARKS  # a character class

    def check_paragraph(self, p, ctx):
        text = p.text
        skip_first = bool(_LABEL_HALF.match(text))
        stack: list[tuple[str, int]] = []
        bad: list[tuple[int, str]] = []
        for m in _MARKS.finditer(text):
            i, c = m.start(), m.group()
            if c in _PAIRS:
                if c == "“" and stack and stack[-1][0] == "“":
                    continue  # nested double quotes: DJ505 says so; keep pairing the outer ones
                stack.append((c, i))
            elif c in _CLOSERS:
                if skip_first and c == "）" and not stack and text[:i + 1].strip() == _LABEL_HALF.match(text).group(0).strip():
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
        if not bad:
            return
        # a quotation running over paragraphs: only the opening “ of each paragraph is left open
        if all(o == "“" for _, o in bad) and text.lstrip().startswith("“") and len(bad) == 1:
            nxt = _next_paragraph(ctx.doc, p)
            if nxt is not None and nxt.text.lstrip().startswith("“"):
                return
        for i, c in sorted(bad):
            other = _PAIRS.get(c) or _CLOSERS.get(c)
            yield Finding(p, i, i + 1, f"“{c}”没有对应的“{other}”，请补全或删去")


def _next_paragraph(doc, p):
    for q in doc.paragraphs[p.index + 1:]:
        if q.part == p.part and q.text.strip():
            return q
    return None


class AsciiQuotes(PatternRule):
    """中文里用了英文直引号（"两个维护"）

    ## 检查内容
    括住中文的英文双引号 "…"，应使用中文弯引号 “…”。英文句子里的引号不报。

    ## 为什么
    GB/T 15834-2011 4.8.2：中文引号为 “ ” ‘ ’。直引号在中文排版中上下不分，很不规范。

    ## 示例
    坚决做到"两个维护"。

    应改为：

    坚决做到“两个维护”。

    ## 修复说明
    替换为中文引号，安全修复。

    ## 依据
    GB/T 15834-2011 4.8.2。
    """

    code = "DJ504"
    needs = '"'
    name = "ascii-quotes"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 4.8.2"
    pattern = compile_(r'"(?=[^"\n]{0,80}\p{Han})([^"\n]{1,80})"')
    examples = (
        ('坚决做到"两个维护"。', True),
        ("坚决做到“两个维护”。", False),
        ('He said "hello" to everyone.', False),
    )

    def finding(self, p, m):
        new = f"“{m.group(1)}”"
        return Finding(p, m.start(), m.end(), f"英文引号应改为中文引号：“{m.group(1)}”", new)


class NestedMarks(PatternRule):
    """书名号或双引号套用了同一种（《…《…》…》、“…“…”…”）

    ## 检查内容
    书名号里再用书名号，内层应改为〈〉；双引号里再用双引号，内层应改为单引号‘’。

    ## 为什么
    GB/T 15834-2011 4.15.3、4.8.3.4：书名号、引号里面还要用时，外层用双、内层用单。

    ## 示例
    学习《关于学习《党章》的通知》。

    应改为：

    学习《关于学习〈党章〉的通知》。

    ## 依据
    GB/T 15834-2011 4.8.3.4、4.15.3。
    """

    code = "DJ505"
    needs = "《“"
    name = "nested-marks"
    severity = "warning"
    source = "GB/T 15834-2011 4.8.3.4、4.15.3"
    pattern = compile_(r"《[^《》\n]*(《[^《》\n]*》)[^《》\n]*》|“[^“”\n]*(“[^“”\n]*”)[^“”\n]*”")
    examples = (
        ("学习《关于学习《党章》的通知》。", True),
        ("他说：“要落实“两个维护”的要求。”", True),
        ("学习《关于学习〈党章〉的通知》。", False),
        ("学习《关于〈中共中央关于《若干问题》的决议〉的说明》。", False),
        ("他说：“要落实‘两个维护’的要求。”", False),
    )

    def finding(self, p, m):
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


class SerialCommaBetweenQuotes(PatternRule):
    """并列的引号或书名号之间用了顿号（“…”、“…”）

    ## 检查内容
    并列的引语或书名之间，通常不用顿号：“四个意识”“四个自信”，《党章》《准则》。
    中间有括注等其他成分隔开时不报。

    ## 为什么
    GB/T 15834-2011 4.5.3.5：标有引号或书名号的并列成分之间通常不用顿号。标准用的是“通常”，
    而中央文件（如党的二十大报告）普遍保留顿号，学界也有放宽的主张，所以这条规则默认不启用
    （预览规则）：单位规范要求时，用 `--preview`、`select: [DJ506]` 或 `extend-select` 打开。

    ## 示例
    牢固树立“四个意识”、“四个自信”。

    应改为：

    牢固树立“四个意识”“四个自信”。

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
    examples = (
        ("牢固树立“四个意识”、“四个自信”。", True),
        ("认真学习《党章》、《准则》和《条例》。", True),
        ("牢固树立“四个意识”“四个自信”。", False),
        ("增强“四个意识”、坚定“四个自信”。", False),
    )

    def finding(self, p, m):
        return Finding(p, m.start(), m.end(), "并列的引号或书名号之间通常不用顿号，请删去", "")


class EtcAfterList(PatternRule):
    """“、等”或“……等”

    ## 检查内容
    顿号之后紧跟“等”（苹果、香蕉、等），或省略号后再加“等”（……等）。

    ## 为什么
    GB/T 15834-2011 附录B.1.2：“等”前不用顿号；附录A.9.2：省略号和“等”不能同时用。

    ## 示例
    开展学习、研讨、等活动；组织参观、调研……等。

    应改为：

    开展学习、研讨等活动；组织参观、调研等。

    ## 修复说明
    “、等”删去顿号（安全）；“……等”删去省略号（需确认，不安全）。

    ## 依据
    GB/T 15834-2011 附录A.9.2、B.1.2。
    """

    code = "DJ507"
    needs = "等"
    name = "etc-after-list"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 附录A.9.2、B.1.2"
    pattern = compile_(r"、(?=等)|…+(?=等)")
    examples = (
        ("开展学习、研讨、等活动。", True),
        ("组织参观、调研……等。", True),
        ("开展学习、研讨等活动。", False),
    )

    def finding(self, p, m):
        if m.group(0) == "、":
            return Finding(p, m.start(), m.end(), "“等”前不用顿号，请删去", "")
        return Finding(p, m.start(), m.end(), "省略号和“等”不能同时用，请删去其一", "", safe=False)


class EllipsisForm(PatternRule):
    """省略号写成了 ... 或 。。。 或单个 …

    ## 检查内容
    中文里的省略号是六个点“……”，占两个字的位置。“...”“。。。”“…”“………”都要改。

    ## 为什么
    GB/T 15834-2011 4.11.2、5.1.5。

    ## 示例
    开展学习、研讨...

    应改为：

    开展学习、研讨……

    ## 修复说明
    替换为“……”，安全修复。

    ## 依据
    GB/T 15834-2011 4.11.2、5.1.5。
    """

    code = "DJ508"
    supersedes = ("DJ502",)  # 。。。 is one wrong ellipsis, not also doubled full stops
    #: three points or an ellipsis character, not any full stop: most paragraphs end with 。
    prefilter = rx.stdlib(r"\.\.\.|。。。|···|…")
    name = "ellipsis-form"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 4.11.2、5.1.5"
    pattern = compile_(r"(?<=[\p{Han}，、；：”》）])(?:\.{3,}|。{3,}|·{3,})|(?<!…)…(?!…)|(?<!…)…{3}(?!…)|(?<!…)…{5}(?!…)")
    examples = (
        ("开展学习、研讨...", True),
        ("开展学习、研讨。。。", True),
        ("开展学习、研讨…", True),
        ("开展学习、研讨……", False),
        ("Version 1...2", False),
    )

    def finding(self, p, m):
        t = m.group(0)
        new = "……" if not set(t) <= {"…"} or len(t) < 4 else "…………"
        return Finding(p, m.start(), m.end(), f"省略号“{t}”应为“{new}”", new)


class DashForm(PatternRule):
    """破折号写成了 -- 或 -

    ## 检查内容
    汉字之间的“--”“－－”应为破折号“——”（两个字长的一条线）。汉字之间单个“-”多为
    地名、时间的连接号，应为一字线“—”（北京—上海），作为提示并建议修改（不安全）。

    ## 为什么
    GB/T 15834-2011 4.10.2、4.13：破折号占两个字，不能断开；连接地点、时间用一字线。

    ## 示例
    两学一做--学党章党规、学系列讲话。

    应改为：

    两学一做——学党章党规、学系列讲话。

    ## 修复说明
    “--”换成“——”（安全）；单个“-”换成“—”需确认（不安全）。

    ## 依据
    GB/T 15834-2011 4.10.2、4.13。
    """

    code = "DJ509"
    needs = "-－—"
    name = "dash-form"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 4.10.2、4.13"
    pattern = compile_(r"(?<=[\p{Han}”》）])[ \t]*(?:--+|－－+|—(?!—)(?<!——))[ \t]*(?=[\p{Han}“《（])|(?<=\p{Han})-(?=\p{Han})")
    examples = (
        ("两学一做--学党章党规、学系列讲话。", True),
        ("开通北京-上海的专线。", True),
        ("两学一做——学党章党规、学系列讲话。", False),
        ("开通北京—上海的专线。", False),
        ("编号为2024-03-15的文件。", False),
    )

    def finding(self, p, m):
        t = m.group(0)
        if t == "-":
            return Finding(p, m.start(), m.end(), "汉字之间的“-”：连接地点、时间应用一字线“—”，插入说明应用破折号“——”",
                           "—", safe=False, severity="info")
        if t.strip() == "—":
            return None  # a single 一字线 between words is a legitimate connector
        return Finding(p, m.start(), m.end(), f"破折号“{t.strip()}”应为“——”", "——")


_EVENT = r"(?:活动|会议|大会|论坛|比赛|竞赛|评比|培训班|主题教育|主题党日|宣讲)"


class TitleMarksForEvents(PatternRule):
    """会议、活动的名称用了书名号（《…活动》）

    ## 检查内容
    书名号用于书名、篇名、文件名等，不用于会议、活动、课程、奖项、机构的名称。

    ## 为什么
    GB/T 15834-2011 附录A.13.1；常见错误如《“不忘初心、牢记使命”主题教育》。

    ## 示例
    组织开展《党史学习教育活动》。

    应改为：

    组织开展党史学习教育活动。

    ## 依据
    GB/T 15834-2011 附录A.13.1。
    """

    code = "DJ510"
    needs = "《"
    name = "title-marks-for-events"
    severity = "warning"
    source = "GB/T 15834-2011 附录A.13.1"
    pattern = compile_(r"《[^《》\n]{1,30}" + _EVENT + r"》")
    examples = (
        ("组织开展《党史学习教育》活动，举办《青年理论学习》培训班。", False),
        ("组织开展《党史学习教育活动》。", True),
        ("召开《2024年党建工作会议》。", True),
        ("印发《关于召开2024年党建工作会议的通知》。", False),
    )

    def finding(self, p, m):
        return Finding(p, m.start(), m.end(), f"会议、活动名称不用书名号：{m.group(0)}")


class HeadingFullStop(Rule):
    """独立成行的标题末尾用了句号

    ## 检查内容
    “一、”“（一）”级标题单独成行（下面是正文）时，末尾不加句号。标题和正文写在同一段的
    （“（一）加强学习。全年……”）不报；一行一句的列举项不报。

    ## 为什么
    GB/T 15834-2011 附录B.4：标题末尾通常不用点号；公文中单独成行的标题不用句号。

    ## 示例
    （一）加强政治建设。
    全年召开党委会议12次……

    应改为：

    （一）加强政治建设
    全年召开党委会议12次……

    ## 修复说明
    删去句号，安全修复。

    ## 依据
    GB/T 15834-2011 附录B.4。
    """

    code = "DJ511"
    name = "heading-full-stop"
    severity = "warning"
    fix = "always"
    scope = "document"
    source = "GB/T 15834-2011 附录B.4"
    examples = (
        ("一、工作情况\n（一）加强政治建设。\n全年召开党委会议12次。\n", True),
        ("一、工作情况\n（一）加强政治建设\n全年召开党委会议12次。\n", False),
        ("一、工作情况\n（一）加强政治建设。全年召开党委会议12次。\n", False),
        ("一、下一步打算\n（一）加强政治建设。\n（二）加强思想建设。\n", False),
    )

    def check(self, doc, ctx):
        body = [p for p in doc.body if p.text.strip()]
        outline = doc.outline
        for i, p in enumerate(body):
            h = outline.heading_of(p)
            if h is None or h.kind not in ("part", "cn", "cn-paren", "style") or h.runin or p.in_table:
                continue
            text = p.text.rstrip()
            if not text.endswith("。") or len(text) > HEADING_MAX_LEN or "。" in text[:-1]:
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is None or outline.heading_of(nxt) is not None:
                continue  # a list of one-line items, not a heading over body text
            yield Finding(p, len(text) - 1, len(text), "单独成行的标题末尾不用句号，请删去", "")


_SPACE_CHARS = compile_(BLANK)
_HAN_GAP = compile_(r"(?<=\p{Han})" + SPACE + r"+(?=\p{Han})")
_SPACE_RUN = compile_(SPACE + "+")
_SENTENCE_PUNCT = compile_(r"[，。；！？]")
_QUOTED = compile_(r"“[^“”]{1,40}”|《[^《》]{1,40}》")
_HAN = compile_(r"\p{Han}")
_SPACED_TITLE = compile_("^" + BLANK + r"*(?:\p{Han}" + BLANK + r"+){1,}\p{Han}" + BLANK + "*$")


class StraySpaces(PatternRule):
    """汉字之间、中文标点前后多了空格，或段末有空格

    ## 检查内容
    汉字与汉字之间、中文标点前后的空格，以及段末的空格。故意拉开的标题（“情  况  报  告”）、
    “签发人”后的人名、用空格隔开的人名名单不报；段末空格只在 .txt 中报（.md 里是换行标记，
    .docx 里看不见也不影响排版）。

    ## 为什么
    中文排版不用空格分词；多出的空格多半是从网页或 PDF 复制时带进来的，打印出来字距不匀。

    ## 示例
    全年召开会议 12次， 开展学习4次 。

    应改为：

    全年召开会议12次，开展学习4次。

    ## 修复说明
    删去空格，安全修复。

    ## 依据
    GB/T 15834-2011 5.1（标点占一个字的位置，前后不加空格）；中文排版通行要求。
    """

    code = "DJ512"
    needs = BLANK_CHARS
    name = "stray-spaces"
    severity = "info"
    fix = "always"
    source = "GB/T 15834-2011 5.1"
    pattern = compile_(
        r"(?<=\p{Han})" + SPACE + r"(?=\p{Han})(?!" + NUMERAL + "{1,3}、)"
        r"|(?<=\S)" + SPACE + "+(?=[，。、；：？！”’）》])"
        "|(?<=[，。、；：？！“‘（《])" + SPACE + r"(?=\S)"
        r"|(?<=\S)" + BLANK + "+$"
        # 开展 “主题党日”、学习 《党章》、“三会一课” 制度：a space outside quotation marks and brackets
        r"|(?<=\p{Han})" + SPACE + "+(?=[“‘《（【])"
        "|(?<=[”’》）】])" + SPACE + r"+(?=\p{Han})"
    )
    exceptions = (compile_(r"(?:签发人|参加人员|参会人员|出席|列席|主持人|记录人)[：:].*$"),)
    examples = (
        ("全年召开会议12次， 开展学习4次 。", True),
        ("全年召开会议 开展学习。", True),
        ("各支部开展 “主题党日”活动。", True),
        ("情  况  报  告", False),
        ("签发人：张明 李华", False),
        ("中共中央 国务院关于实施乡村振兴战略的意见", False),
        ("局长　张明", False),
        ("全年召开会议12次，开展学习4次。", False),
    )

    def check_paragraph(self, p, ctx):
        text = p.text
        if _SPACED_TITLE.match(text):
            return
        if not _SPACE_CHARS.search(text):
            return
        gaps = _HAN_GAP.findall(text)
        if len(gaps) >= 2 and all(len(seg) <= 4 for seg in _SPACE_RUN.split(text.strip())):
            return  # a list of names separated by spaces
        # a title, signature or issuer line (中共中央 国务院关于……；区长　张某): spaces are layout there
        short_line = len(text.strip()) <= SHORT_LINE_LEN and not _SENTENCE_PUNCT.search(text)
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        for f in super().check_paragraph(p, ctx):
            between_han = (0 < f.start and f.end < len(text) and _HAN.match(text[f.start - 1])
                           and _HAN.match(text[f.end]))
            if between_han and (short_line or any(a < f.start and f.end < b for a, b in quoted)):
                continue  # “不忘初心 牢记使命”-style slogans are checked by the phrase rules
            at_end = f.end >= len(text.rstrip(BLANK_CHARS)) and not text[f.start:f.end].strip() and f.end == len(text)
            if at_end and ctx.doc.kind in ("md", "docx"):
                continue  # a line break in Markdown; invisible and harmless at the end of a Word paragraph
            if f.start == 0:
                continue  # indentation
            yield f

    def finding(self, p, m):
        if m.end() == len(p.text):
            return Finding(p, m.start(), m.end(), "段末有多余的空格，请删去", "")
        text = p.text
        if text[m.end():m.end() + 1] in "“‘《（【" or text[m.start() - 1:m.start()] in "”’》）】":
            return Finding(p, m.start(), m.end(), "引号、书名号或括号外多了空格，请删去", "")
        return Finding(p, m.start(), m.end(), "中文之间多了空格，请删去", "")


RULES = (HalfWidthPunctuation, DoubledPunctuation, UnpairedMarks, AsciiQuotes, NestedMarks, SerialCommaBetweenQuotes,
         EtcAfterList, EllipsisForm, DashForm, TitleMarksForEvents, HeadingFullStop, StraySpaces)
