"""What a report is as a kind of document (文种): a title that names it (DJ106), the salutation
(DJ107) and closing (DJ108) its profile asks for, and no request for approval inside it (DJ109)."""
from __future__ import annotations

import regex as re

from ...document.ending import unseen_end
from ...document.outline import masthead_line
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...engine.literals import paragraphs_matching
from ...util.zh import BLANK, HEADING_MAX_LEN, LABEL_DIGIT, SALUTATION_WITHIN, SHORT_LINE_LEN
from .analysis import applies, clean_title, known, shorten, structure_of, title_block

_TITLE_LOOK = compile_(r"报告|总结|综述|情况|材料|汇报|述职|检查|剖析|发言|提纲|年报")


class MissingReportTitle(Rule):
    """报告没有标题，或标题没写明文种

    ## 检查内容
    文档开头（第一个“一、”之前）找不到标题；或者第一行像标题，却没有“报告”“总结”“综述”
    “情况”“材料”等文种字样。只查看得出是报告的文稿（报告类型已指定，或按开头“现将……报告如下”、
    按“存在问题”“下一步打算”这样的提纲认出）：方案、制度、讲话、新闻稿不要报告标题。标题按“单位 + 时间 + 事由 + 文种”写，如
    “××党委2024年度全面从严治党主体责任落实情况报告”。

    ## 为什么
    没有标题或标题不写文种，收文单位无法登记，也看不出是哪一年的什么报告。

    ## 依据
    GB/T 9704-2012 7.3.1（标题由发文机关名称、事由和文种组成）。
    """

    code = "DJ106"
    name = "missing-report-title"
    aliases = ("report-title",)
    severity = "info"
    scope = "document"
    source = "GB/T 9704-2012 7.3.1"

    def check(self, doc, ctx):
        if not doc.outline.headings or doc.title is not None or not known(structure_of(ctx)):
            return  # only a report needs a report's title: not a 方案, a speech, a news item
        lines = [p for p in doc.body if p.text.strip()]
        first = next((p for p in lines if not masthead_line(p.text)), None)
        if first is None:
            return
        h = doc.outline.heading_of(first)
        text = first.text.strip()
        if first is not lines[0] and h is None and (len(text) > HEADING_MAX_LEN or text.endswith("。")):
            return  # 雷东府〔2025〕26号 then the text: the 版头 was copied without the title under it (a web page shows it apart)
        if h is not None or (len(doc.outline.top) >= 2 and (len(text) > HEADING_MAX_LEN or text.endswith("。"))):
            # the draft opens with a heading or straight with body text
            yield Finding(first, 0, 0, "没有找到报告标题，请在开头写明“单位 + 时间 + 事由 + 文种”的标题")
            return
        if _DATELINE.match(text) or _SPEAKER.match(text):
            return  # ——2025年3月21日在某区人民代表大会上, 省长 某某: the lines under a title that was not copied
        if len(text) <= SHORT_LINE_LEN and not re.search(r"[。；，：:！？]", text) and not _TITLE_LOOK.search(clean_title(text)) \
                and not _named_by_subtitle(doc, first):
            start = len(first.text) - len(first.text.lstrip())
            yield Finding(first, start, len(first.text.rstrip()),
                          f"标题“{shorten(text)}”没有写明文种，请补上“报告”“总结”等字样")


#: a subtitle under a slogan title that names the document (——某某党委主题教育活动回顾)
_SUBTITLE_NAMES = compile_(r"^" + BLANK + r"*[—－-]{1,2}.{0,60}(?:报告|总结|综述|回顾|纪实|汇报|情况|材料)" + BLANK + r"*$")


def _named_by_subtitle(doc, first) -> bool:
    """The line right under the title is a ——subtitle that says what the document is."""
    body = [p for p in doc.body if p.text.strip()]
    i = next((k for k, p in enumerate(body) if p is first), None)
    return i is not None and i + 1 < len(body) and bool(_SUBTITLE_NAMES.match(body[i + 1].text))


#: the date-and-occasion line of a speech or a congress report (2025年3月21日在……会议上)
_DATELINE = compile_(r"^[（(—－-]*\s*[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日在")


#: the speaker's line of a congress report or a speech: a post, a space and a name (省长 某某某)
_SPEAKER = compile_(r"^\p{Han}{0,16}(?:长|书记|主任|主席|委员|代表)" + BLANK + r"+\p{Han}{2,4}$")
_SALUTATION = compile_(r"^[^，。；！？]{2,40}[：:]$")


class MissingSalutation(Rule):
    """上报的报告缺少主送机关

    ## 检查内容
    报告类型要求主送机关时（如向上级党委报送的主体责任落实情况报告），标题之后、正文之前
    应有一行顶格的主送机关，以全角冒号结尾，如“中共××市委：”。

    ## 为什么
    报告是上行文，写明主送机关，收文单位才能登记办理。

    ## 依据
    GB/T 9704-2012 7.3.2（主送机关）。
    """

    code = "DJ107"
    name = "missing-salutation"
    aliases = ("salutation",)
    severity = "info"
    scope = "document"
    source = "GB/T 9704-2012 7.3.2"

    def check(self, doc, ctx):
        a = structure_of(ctx)
        extra = a.profile.salutation
        if extra is None or not applies(a) or not _wanted(extra, doc):
            return
        for p in _opening(doc):
            if _SALUTATION.match(p.text.strip()):
                return
        anchor = doc.title or next((p for p in doc.body if p.text.strip()), None)
        yield Finding(anchor, 0, 0, f"没有主送机关，请在标题下一行顶格写上级机关名称并以全角冒号结尾（{a.label()}）",
                      severity=extra.severity)


def _wanted(extra, doc) -> bool:
    if extra.when_title is None:
        return True
    head = clean_title(doc.title.text) if doc.title is not None else title_block(doc)
    return bool(extra.when_title.search(head))


def _opening(doc):
    out = []
    for p in doc.body:
        if not p.text.strip():
            continue
        if doc.outline.heading_of(p) is not None or len(out) >= SALUTATION_WITHIN:
            break
        out.append(p)
    return out


class MissingClosing(Rule):
    """上报的报告缺少“特此报告”等结束语

    ## 检查内容
    报告类型要求结束语时（主体责任落实情况报告、述职报告），正文最后几段应有结束语：上报的报告写“特此报告。”，
    述职报告写“以上述职，请予评议。”（或“以上报告，请审议。”“特此报告，请予评议。”）；提示里给出的是报告类型的
    写法。文稿停在句子中间或停在标题上（没有贴完整）时不报。
    落款后的附件（“附件：……统计表”之后的内容）和表格不算正文的最后几段。

    ## 为什么
    “特此报告”表明正文结束，是报告这一文种的习惯用语；缺了它，报告像是没写完。

    ## 依据
    各地公文写作规范：报告以“特此报告”结尾；述职报告以“以上述职，请予评议”“特此报告，请予评议”结尾。
    """

    code = "DJ108"
    name = "missing-closing"
    aliases = ("closing",)
    severity = "info"
    scope = "document"
    source = "《党政机关公文处理工作条例》第八条；报告结束语的通行写法"

    def check(self, doc, ctx):
        a = structure_of(ctx)
        extra = a.profile.closing
        if extra is None or not applies(a) or not _wanted(extra, doc) or unseen_end(ctx) is not None:
            return
        filled = [p for p in doc.body if p.text.strip()]
        text = [p for p in filled if not p.in_table]
        tail = _before_attachments(text)[-6:]
        # 特此报告 after an 附件 line, or in the table a whole form-like report is written in, still counts
        for p in tail + text[-6:] + filled[-6:]:
            if any(pat.search(p.text) for pat in extra.patterns):
                return
        if tail:
            last = tail[-1]
            say = extra.wording or "“特此报告。”"
            yield Finding(last, 0, 0, f"正文后没有结束语，请在正文最后另起一段补上{say}（{a.label()}）",
                          severity=extra.severity)


#: the label of what follows the signed report (附件：…统计表, 附件2, 附表): the closing is before it
_ATTACHMENT = compile_(r"^" + BLANK + r"*附(?:件|表)" + BLANK + r"*" + LABEL_DIGIT + r"{0,3}" + BLANK + r"*(?:[：:]|$)")


def _before_attachments(paragraphs):
    """The report's own paragraphs: an attachment (a table of figures, a list) after the signature
    is not where 特此报告 goes; table cells are left out before this (a table pasted after the date)."""
    for i, p in enumerate(paragraphs):
        if i and _ATTACHMENT.match(p.text):
            return paragraphs[:i]
    return paragraphs


_REQUEST = compile_(r"(?:妥否|当否|可否|是否可行)[，,]?\s*请(?:予)?(?:批示|批复|审批|指示)|请(?:予)?(?:批复|审批)")


class RequestInReport(Rule):
    """报告里夹带请示事项（“请批复”“妥否，请批示”）

    ## 检查内容
    标题是“报告”的文稿里出现“请批复”“请审批”“妥否，请批示”等请示用语。

    ## 为什么
    报告不需要上级答复，上级不会对报告作批复；需要批准的事项应另行请示，否则会被耽误。

    ## 依据
    《党政机关公文处理工作条例》第十五条：不得在报告等非请示性公文中夹带请示事项。
    """

    code = "DJ109"
    name = "request-in-report"
    severity = "warning"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十五条"

    def scan_patterns(self, registry):
        return (_REQUEST,)

    def check(self, doc, ctx):
        head = title_block(doc)
        if "报告" not in head or "请示" in head:
            return
        # _REQUEST has no anchor or lookaround and cannot match a NUL: one search of the whole
        # document finds the paragraphs holding one
        for p in paragraphs_matching(ctx, _REQUEST):
            if p.part != "body":
                continue
            for m in _REQUEST.finditer(p.text):
                yield Finding(p, m.start(), m.end(),
                              f"报告中不应夹带请示事项“{m.group(0)}”：需要批复的事项请另行请示，报告以“特此报告”结尾")
