"""DJ203, DJ204, DJ205: what a template leaves for the drafter (blanks, instructions, highlighted text)."""
from __future__ import annotations

import regex as re

from ...engine import Finding, Rule
from ...util import rx
from ...util.zh import BLANK, CN_YEAR, NUMERAL, NUMERAL_CHARS

_SRC = "公文定稿要求：GB/T 9704-2012 第 5 章（公文内容须完整、准确）；范文模板常见占位写法"


class FillInBlank(Rule):
    """留空待填的位置（下划线、空括号、空的年份括号）

    ## 检查内容
    找出连续三个以上的下划线（___、＿＿＿），汉字前的两个下划线（任__镇镇长）、年份里的下划线（20__年）、量词前的
    一个下划线（近_公里），只含空格的括号（（ ）、【 】、[ ]）和空的六角括号
    （〔〕，常见于文号年份没有填写），以及月或日留空的日期（“2026年1月  日”“    年  月  日”，模板的落款日期没有填）。
    责任书、承诺书的签字栏（“责任人（签字）：”“（盖章）”）下面或同一行留空的日期不报：那是签字时手写的。

    ## 为什么
    这些是模板里留给起草人填写的位置，留空就报出去，说明报告没有写完。

    ## 依据
    GB/T 9704-2012 第 5 章、7.2.4（发文字号年份用六角括号）。
    """

    code = "DJ203"
    name = "fill-in-blank"
    severity = "error"
    source = _SRC + "；GB/T 9704-2012 7.2.4"
    _pattern = rx.regex(r"(?<![A-Za-z0-9])[_＿]{3,}|[（(【\[]" + BLANK + r"*[）)】\]]|〔" + BLANK + "*〕"
                        # shorter blanks where only a blank can stand: two before a Chinese word (任__镇镇长, 学习__次),
                        # one or two after the first digits of a year (20__年), one before a measure word (近_公里)
                        r"|(?<![A-Za-z0-9_＿])[_＿]{2}(?=\p{Han})"
                        r"|(?<=(?<![0-9])[12][0-9]{1,2})[_＿]{1,2}(?=年)"
                        r"|(?<=\p{Han})[_＿](?=[多余]?[个名次人项件元年月日天条座家所户篇期场公千万亿])")
    #: the pattern without its lookbehind: an underscore, or a bracket with only blanks inside, a pattern per
    #: opening bracket (a literal the search jumps to; a class of the five was tried at every character)
    #: a date with its month or day left blank (2026年1月  日, 2026年  月  日, 落款的“    年  月  日”): the
    #: template's date line kept as it was; a digit or a numeral on one side, blanks and 月/日 on the other
    _date = rx.regex(r"(?:[0-9０-９]{4}|" + CN_YEAR + ")年" + BLANK + r"+月(?:" + BLANK + r"*[0-9０-９]{1,2}|"
                     + BLANK + r"+)日|(?:[0-9０-９]{4}|" + CN_YEAR + ")年(?:[0-9０-９]{1,2}|" + NUMERAL + "{1,2})月"
                     + BLANK + r"+日|(?<![\p{Han}0-9０-９])年" + BLANK + r"+月" + BLANK + r"+日")
    prefilter = (rx.stdlib("_"), rx.stdlib("＿"), *(rx.stdlib(re.escape(c) + BLANK + r"*[）)】\]〕]") for c in "（(【[〔"),
                 rx.stdlib("月" + BLANK + "+日"), rx.stdlib("年" + BLANK + "+月"))

    def check_paragraph(self, p, ctx):
        for m in self._pattern.finditer(p.text):
            yield Finding(p, m.start(), m.end(), f"留空待填的位置“{m.group()}”，请填写实际内容")
        dates = list(self._date.finditer(p.text))
        if dates and _signed_by_hand(p, ctx):
            return  # 责任人（签字）：…… / 年 月 日: the date of a form signed by hand, filled in with the signature
        for m in dates:
            yield Finding(p, m.start(), m.end(), f"日期“{m.group().strip()}”没有写全（月或日留空），请填写实际日期")


#: a signature field (责任人（签字）：, 签名：, （盖章）): the date line under it is filled in by hand when the form is signed
_SIGNATURE = rx.regex(r"(?:签字|签名|签章|盖章)[）)]?[：:]|[（(]\p{Han}{0,6}?(?:签字|签名|签章|盖章)[）)]")


def _signed_by_hand(p, ctx) -> bool:
    """A signature field in the paragraph or the last non-empty one before it (a 责任书's 签字 line, then its 年 月 日 line)."""
    if _SIGNATURE.search(p.text):
        return True
    paragraphs = ctx.doc.paragraphs
    if p.index <= 0 or p.index >= len(paragraphs) or p is not paragraphs[p.index]:
        return False
    before = next((q.text for q in reversed(paragraphs[:p.index]) if q.text.strip()), "")
    return _SIGNATURE.search(before) is not None


#: the last character of a date or a time (10月中下旬（待定）, 下午3点（待定）)
_WHEN_ENDS = frozenset("年月日旬时点分周天期")


class TemplateInstruction(Rule):
    """模板里的填写说明和待办标记（【填写单位名称】、此处填写、待补充、TODO）

    ## 检查内容
    找出括号里的填写说明（【填写单位名称】、[此处填写数据]、（此处插入图表））、“待补充”“待完善”
    “待核实”和 TODO、TBD 等待办标记。在 .docx 中，被高亮的说明文字同样报告。通知里请收文单位
    填写的附件（“（填写附件1）”）、日期时间后面的“（待定）”（“拟于10月中下旬（待定）举行”：时间还没定，是通知的内容）、写着具体日期的括号
    （“填写申请表（9月1日—9月10日）”：通知的时间安排）不报。

    ## 为什么
    这些是给起草人看的提示，不是报告内容，留在稿子里说明还没有改完。

    ## 依据
    GB/T 9704-2012 第 5 章；范文模板的说明性文字。
    """

    code = "DJ204"
    name = "template-instruction"
    severity = "error"
    source = _SRC
    _bracketed = rx.regex(r"[【\[（(〔<《][^】\]）)〕>》]{0,30}?(?:填写|填入|插入|替换|补充|此处|请输入|单位名称|姓名|待定)"
                            r"[^】\]）)〕>》]{0,30}[】\]）)〕>》]")
    #: a form attached to a notice (填写附件1, 填报附表2): what the readers fill in, not a blank of the draft
    _attachment = rx.regex(r"(?:附件|附表)" + BLANK + r"*[0-9０-９" + NUMERAL_CHARS + "]")
    #: a date in the brackets (（2008年9月1日—9月10日，新生……填写时间为……）): the notice's timetable, not a note to the drafter
    _dated = rx.regex(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
    #: 有待完善, 亟待补充, 尚待核实, 仍待确认, 等待确认, 留待补充: the verb 待 of a sentence, not a marker
    _todo = rx.regex(r"(?<![有亟尚仍还急等期留])待(?:补充|完善|核实|更新|填写|确认)"
                     r"|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])")
    #: a keyword every match of _bracketed or _todo holds
    prefilter_words = ("填写", "填入", "插入", "替换", "补充", "此处", "请输入", "单位名称", "姓名", "待定", "待完善", "待核实",
                       "待更新", "待确认", "TODO", "TBD", "FIXME")

    def check_paragraph(self, p, ctx):
        seen = []
        for m in self._bracketed.finditer(p.text):
            inner = m.group()[1:-1]
            if "《" in m.group()[:1] and "填写" not in inner and "此处" not in inner:
                continue
            if self._attachment.search(inner) or self._dated.search(inner) or (
                    inner == "待定" and p.text[m.start() - 1:m.start()] in _WHEN_ENDS):
                # 报区政府督查室（填写附件1）: a notice telling its readers which form to fill in;
                # 拟于10月中下旬（待定）举行: a date not yet fixed is the notice's content
                continue
            seen.append(m.span())
            yield Finding(p, m.start(), m.end(), f"模板的填写说明“{m.group()}”，请换成实际内容")
        for m in self._todo.finditer(p.text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            yield Finding(p, m.start(), m.end(), f"待办标记“{m.group()}”，请补全内容后删除")


class HighlightedPlaceholder(Rule):
    """Word 中被高亮的待填内容，以及没有填写的内容控件

    ## 检查内容
    .docx 中被高亮（突出显示）的文字，如果看起来是占位或说明（含 X、*、填写、待、核实、括号等），
    报告为待填内容。起草人常用黄色高亮标出“这里还要改”。模板里还没有填写的内容控件（Word/WPS 显示的是
    灰色的提示文字，如“单击或点击此处输入文字。”）同样报告。

    ## 为什么
    高亮本身就是“未定稿”的标记，报告上报前应当改好并取消高亮。内容控件里的提示文字打印和上报时
    同样会出现在正文里，说明这一处还没有填写。

    ## 依据
    GB/T 9704-2012 第 5 章；起草中以高亮标记待改内容的习惯做法。
    """

    code = "DJ205"
    name = "highlighted-placeholder"
    inputs = ("docx",)
    severity = "warning"
    source = _SRC
    parts = ("body", "header", "footer", "footnote", "endnote", "textbox")
    _signal = rx.regex(r"[xX×*＊○□_＿]|填写|待|核实|确认|补充|此处|单位|姓名|数据|[【\[（(]")

    def check_paragraph(self, p, ctx):
        for s, e in p.highlights:
            text = p.text[s:e]
            if text.strip() and self._signal.search(text):
                yield Finding(p, s, e, f"高亮的待填内容“{text.strip()[:20]}”，请改好并取消高亮")
        for s, e in p.placeholders:
            if p.text[s:e].strip() and not any(a <= s and e <= b for a, b in p.highlights):
                yield Finding(p, s, e, f"内容控件还没有填写（显示的是提示文字“{p.text[s:e].strip()[:20]}”），请填写实际内容")
