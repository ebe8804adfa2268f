"""Lines and blanks: a heading on its own line ending in 。 (DJ511) and stray spaces in Chinese
text (DJ512)."""
from __future__ import annotations

import copy

from ...document.outline import masthead_line
from ...engine import Finding, Rule
from ...engine.kinds import PatternRule, compile_
from ...util.zh import (
    BLANK,
    BLANK_CHARS,
    HEADING_MAX_LEN,
    INVISIBLE,
    INVISIBLE_CHARS,
    NO_BREAK_SPACE,
    NO_BREAK_SPACE_CHARS,
    NUMERAL,
    NUMERAL_CHARS,
    SENTENCE_END_CHARS,
    SHORT_LINE_LEN,
    SPACE,
    SPACE_CHARS,
    int_to_cn,
)
from .credits import REPORTER as _ROLE
from .credits import credit_spans

#: an item of a meeting's minutes (一、会议听取了……的汇报。): a sentence of what the meeting did, not a heading
_MINUTES_ITEM = compile_(r"会议(?:听取|审议|研究|传达|学习|讨论|通报|强调|指出|要求|认为|决定|同意|明确|部署)")


#: a term and its definition after the item's number (（一）预先警报：发现……时发出的警报。): a sentence
#: follows the colon, so the line ends as a sentence does
_TERM_DEFINED = compile_(r"^[^：:，。]{2,12}[：:][^：:]{6,}$")


#: a notice's closing lines (联系人：…, 附件：…, 特此通知。, the date): what follows the last item of its list, not the
#: text of a section, so the item before them is no heading over body text
_CLOSING_LINE = compile_("^" + BLANK + r"*(?:(?:联系人|联系电话|联系方式|咨询电话|附件|附表)[0-9" + NUMERAL_CHARS + r"]{0,2}"
                         r"[：:]|特此(?:通知|报告|函告|公告|通报)|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日" + BLANK + "*$)")
#: an item of a regulation, written as a sentence that binds someone (一、会员企业，应当恪守……，不得损害……。): no heading says
#: 应当/不得/必须
_RULE_ITEM = compile_(r"，[^，。]{0,12}(?:应当|不得|必须|严禁|禁止|不准)")


class HeadingFullStop(Rule):
    """独立成行的标题末尾用了句号

    ## 检查内容
    “一、”“（一）”级标题单独成行（下面是正文）时，末尾不加句号；文件第一行（版头之下）“关于……的通知（请示、报告……）”式的公文标题也不加句号。标题和正文写在同一段的
    （“（一）加强学习。全年……”）不报；一行一句的列举项（前一项以句号或分号结尾，或前面的同级条目本身是一句超过标题长度的话）、会议纪要的议项（“二、会议听取了……
    的汇报。”）、通知里后面紧接联系人、附件、“特此通知”或日期的最后一项、制度里写明谁应当、不得做什么的条目（“一、会员企业，应当……，不得……。”）、“术语：释义。”式的条目（“（一）预先警报：发现……时发出的警报。”）、上一段叙述中已有“第一部分……”、这一段以“第二部分……”接着叙述的（“会议分两个部分进行。第一部分由……”）不报。

    ## 为什么
    GB/T 15834-2011 附录B.4：标题末尾通常不用点号；公文中单独成行的标题不用句号。

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

    def check(self, doc, ctx):
        body = [p for p in doc.body if p.text.strip()]
        yield from _document_title_full_stop(body)
        outline = doc.outline
        for i, p in enumerate(body):
            h = outline.heading_of(p)
            if h is None or h.kind not in ("part", "cn", "cn-paren", "style") or h.runin or p.in_table:
                continue
            text = p.text.rstrip()
            if not text.endswith("。") or len(text) > HEADING_MAX_LEN or "。" in text[:-1] or _MINUTES_ITEM.match(h.title) \
                    or _TERM_DEFINED.search(h.title) or _RULE_ITEM.search(h.title):
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is None or outline.heading_of(nxt) is not None or _ARTICLE.match(nxt.text) or _CLOSING_LINE.match(nxt.text):
                continue  # a list of one-line items, not a heading over body text (第四条, 联系人：… are no body text)
            if _sentence_items_before(body, i, h.kind, outline) or _narrated_sibling(body, i, h):
                continue
            yield Finding(p, len(text) - 1, len(text), "单独成行的标题末尾不用句号，请删去", "")


#: a 公文 title on its first line: 关于……的 and a kind of document (《党政机关公文处理工作条例》第八条、第九条(五):
#: 发文机关名称、事由和文种), nothing after the kind but the full stop
_DOCUMENT_TITLE = compile_(r"^" + BLANK + r"*[^，,。；;：:！？!?]{0,30}关于[^，,。；;：:！？!?]{2,60}的"
                           r"(?:通知|通报|请示|报告|意见|决定|批复|函|复函|通告|公告|纪要|方案|办法|规定)"
                           r"(?P<stop>。)" + BLANK + "*$")


def _document_title_full_stop(body):
    """The document's first line (below its 版头 lines) a 公文 title ending in 。 (关于……的通知。): the
    title finder passes over a line with a full stop, so the headings' test never sees it."""
    for p in body:
        if masthead_line(p.text):
            continue
        m = _DOCUMENT_TITLE.match(p.text)
        if m is not None and not p.in_table:
            yield Finding(p, m.start("stop"), m.end("stop"), "单独成行的标题末尾不用句号，请删去", "")
        return


def _narrated_sibling(body, i, h) -> bool:
    """The label before this one in the count opens a sentence inside the paragraph before (会议共分两个部分
    进行。第一部分由……): the account narrates the parts, and this line is its next sentence, not a heading."""
    if i == 0 or h.number is None or h.number < 2 or not h.label.startswith("第"):
        return False
    previous = h.label.replace(int_to_cn(h.number), int_to_cn(h.number - 1), 1)
    text = body[i - 1].text
    k = text.find(previous)
    return k > 0 and text[k - 1] in SENTENCE_END_CHARS + "，,；;："


def _sentence_items_before(body, i, kind, outline) -> bool:
    """The item at ``body[i]`` is one of a list of sentence items: the previous paragraph is a sibling
    written as an item (ending 。；，, or run in: （四）工作交流。围绕……) — the last of a list of one-line
    items before a signature or a date — or the nearest earlier sibling of the same kind is a sentence
    of its own longer than any heading, with lines of other kinds between (二、……按规定执行。 1.…… 2.…… 三、……另行通知。)."""
    for j in range(i - 1, -1, -1):
        prev = body[j]
        ph = outline.heading_of(prev)
        if ph is None or ph.kind != kind:
            continue
        text = prev.text.rstrip()
        if j == i - 1:
            return ph.runin or text.endswith(("。", "；", ";", "，", ","))
        return not ph.runin and text.endswith(("。", "；")) and len(text) > HEADING_MAX_LEN
    return False


_SPACE_CHARS = compile_(BLANK)
_HAN_GAP = compile_(r"(?<=\p{Han})" + SPACE + r"+(?=\p{Han})")
_SPACE_RUN = compile_(SPACE + "+")
_SENTENCE_PUNCT = compile_(r"[，。；！？]")
_QUOTED = compile_(r"“(?:[^“”]|“[^“”]{1,20}”){1,60}”|《[^《》]{1,100}》")  # a cited title may be long
_HAN = compile_(r"\p{Han}")
#: invisible characters next to a Chinese character (not in an English word's soft hyphen or an emoji's joiner)
_INVISIBLE_BY_HAN = compile_(r"(?<=\p{Han}" + INVISIBLE + "*)" + INVISIBLE + "+|" + INVISIBLE + r"+(?=\p{Han})")
#: a no-break space between two Chinese characters: read as the space it looks like (the same layout exemptions)
_NO_BREAK_BY_HAN = compile_(r"(?<=\p{Han})" + NO_BREAK_SPACE + r"+(?=\p{Han})")
#: a news item's credit line in brackets: （记者 王某） （县委组织部 供稿） （文/王某 图/李某 审核/赵某）
#: （文：王某 图：李某） （王某 || 责任编辑 李某）: its fields are spaced by custom; also when cut before its ）
_CREDIT = compile_(r"[（(【](?=[^（）()【】。]{0,80}?(?:记者|通讯员|编辑|责编|审核|初审|复审|终审|审校|校对|供稿|供图|制图|来源|摄影|摄|撰稿|"
                   r"作者|文/|图/|(?<!\p{Han})[文图][：:]|文图|出品|编审|监制|策划|通讯))[^（）()【】。]{1,80}(?:[）)】]|$)")
#: where a credit line starts: after a dateline (本报讯、某某融媒3月24日讯) or a sentence, or the paragraph
_CREDIT_BEFORE = "讯。！？”"
#: a credit at a paragraph's end, after its last sentence: （李 博） （驻某局纪检监察组 王某某）
#: also with its names joined by 、 after the unit: （某某建设公司 王某、李某）
_CREDIT_END = compile_(r"(?<=[。！？”]" + BLANK + r"*)[（(][^（）()，。；：、]{2,30}(?:、\p{Han}{2,4}){0,4}[）)]" + BLANK + "*$")
#: a two-character name spaced to the width of three (谷 池，某中学……主任) opening an author's note or a list entry
_SPACED_NAME = compile_("^" + BLANK + r"*\p{Han}" + SPACE + r"\p{Han}(?=[，,：:（(])")
#: a byline glued to the paragraph's last sentence when a page is copied: ……百强的目标。傅 轩 (a two-character name
#: padded to the width of three); whether it is a name is told by _glued_byline
_GLUED_BYLINE = compile_(r"(?<=[。！？])(?P<n>\p{Han})" + SPACE + r"{1,2}(?P<g>\p{Han})" + BLANK + "*$")
#: a list entry opening with a two-character name padded to the width of three and spaced from the post that follows
#: (李 杰 某市委常委，市纪委书记: a panel's guests, a list of members); whether it is a name is told by _padded_name_entry
_PADDED_NAME_ENTRY = compile_("^" + BLANK + r"*(?P<n>\p{Han})" + SPACE + r"(?P<g>\p{Han})(?P<sep>" + SPACE + r"+)(?=\p{Han})")
#: a speaker's label opening a paragraph: 【县林业局局长 王某】：…… (post and name spaced as in a credit)
_SPEAKER = compile_("^" + BLANK + r"*【[^【】。，]{2,30}】(?=[：:])")
#: the same label unbracketed: 某中学党支部书记 王某：…… (a post that names a person, a space, the name, the colon)
_SPEAKER_BARE = compile_("^" + BLANK + r"*[^，。；：:“”【】\s]{0,30}?(?:书记|校长|主任|局长|院长|委员|教师|党员|代表|经理|队长|站长|所长|"
                         r"村民|群众|学生|老师|负责人|干部|会长|主席|部长|处长|科长|医生|护士|组长|社长|馆长|厂长|职工|员工|志愿者)"
                         + SPACE + r"+\p{Han}{2,4}(?=[：:])")
#: names in brackets opening a news item's paragraph: （王某某 李某）1月8日，……
_CREDIT_START = compile_("^" + BLANK + r"*[（(]\p{Han}{2,4}(?:" + SPACE + r"+\p{Han}{2,4}){1,3}[）)]")
#: names in brackets between the outlet that opens a news item and the item's date, with no 讯 (某某在线（王某 李某）
#: 2月1日，……; 某某融媒（王某 李某）近日，……): the reporters' credit, its names spaced apart by custom
_CREDIT_AFTER_OUTLET = compile_("^" + BLANK + r"*[^\s，。；：、（）()“”]{2,14}(?P<c>[（(]\p{Han}{2,4}(?:" + SPACE
                                + r"+\p{Han}{2,4}){1,3}[）)])(?=" + BLANK + r"*(?:[0-9]{1,2}月|" + NUMERAL
                                + r"{1,3}月|近日|日前|昨天|昨日|今天|今日|连日来|当天))")
#: names in brackets after an outlet and its colon opening a news item (某某法制传媒网：（王某某 李某）根据……): the
#: reporters' credit, whatever follows it
_CREDIT_AFTER_OUTLET_COLON = compile_("^" + BLANK + r"*[^\s，。；：、（）()“”]{0,12}(?:网|报|台|社|融媒|在线|客户端|频道)[：:](?P<c>[（(]"
                                      + r"\p{Han}{2,4}(?:" + SPACE + r"+\p{Han}{2,4}){1,3}[）)])")
#: a column's or a campaign's title in brackets, its phrases spaced apart as the title is printed (（奋斗百年路 启航新征程·
#: 学党史 悟思想 办实事 开新局）): runs of phrases of three to seven characters joined by a middle dot (see _slogans)
_SLOGAN_IN_BRACKETS = compile_(r"[（(](?P<t>\p{Han}{3,7}(?:" + SPACE + r"+\p{Han}{3,7})+(?:·\p{Han}{3,7}(?:" + SPACE
                               + r"+\p{Han}{3,7})+)*)[）)]")
#: a credit right after a dateline: 本报讯 （俞某某）近日……, 某某新闻网消息（王某 李某）
_CREDIT_AFTER_DATELINE = compile_(r"(?:讯|日电|日\p{Han}{2,6}电|网消息)" + BLANK + r"*(?P<c>[（(][^（）()，。；：、]{2,20}[）)])")
#: what opens a news item's dateline: up to fourteen characters without a clause mark (本报, 某某日报3月5日)
_DATELINE_HEAD = "^" + BLANK + r"*[^\s，。；：、]{0,14}"
#: how a dateline ends: 讯 (本报讯), 日电 (某某社北京3月5日电), or the place after the date and 电 (中国日报2020年1月7日
#: 乌鲁木齐电 记者某某: dev-prec448)
_DATELINE_END = r"(?:讯|日电|日\p{Han}{2,6}电)"
#: credits without brackets after a dateline: 本报讯 全媒体记者某某 通讯员某某报道 为进一步……
_BARE_CREDITS = compile_(_DATELINE_HEAD + _DATELINE_END + r"(?P<c>(?:" + SPACE + "+" + _ROLE
                         + r"\p{Han}{2,4}?(?:报道)?(?=" + SPACE + r"|$))+)")
#: roles, each followed by its names spaced apart, after a dateline, and the 报道 that may close them:
#: 某某晚报讯 通讯员 王某 李某记者张某在……; 某某讯 记者 王某 特约记者 李某 通讯员 赵某 报道：……
_ROLE_THEN_NAMES = compile_(_DATELINE_HEAD + _DATELINE_END + r"(?P<c>(?:" + SPACE + "+" + _ROLE + SPACE + r"+\p{Han}{2,3}(?:" + SPACE
                            + r"+(?!" + _ROLE + r")\p{Han}{2,3})*)+(?:" + SPACE + r"*报道)?)")
#: credits glued to their roles and closed by 报道： after a dateline (本网讯记者王某 李某 通讯员赵某报道：……): all of it
#: between 讯 and 报道 is the byline
#: also with the reporter's outlets before the role and a space after 报道 (本报讯 王某某晚报、某某客户端记者李某报道 今天……):
#: the space ends the byline as the colon does
_CREDITS_REPORTED = compile_(_DATELINE_HEAD + _DATELINE_END + r"(?P<c>" + SPACE + r"*(?:[^\s，。；：:（）()“”]{1,30}?)?" + _ROLE
                             + r"[^，。；：:、（）()“”]{2,40}?报道)(?=[：:]|" + SPACE + ")")
#: a byline opening a news item's first paragraph with no dateline before it (记者 王某 强震突袭，……; 通讯员 李某 张某
#: 近日，……): the role, its names spaced apart, and the space that ends the byline before the first sentence; each
#: name's first character a surname (_opening_byline), so 记者 发现 问题 is prose with stray spaces
_OPENING_BYLINE = compile_("^" + BLANK + "*(?P<c>" + _ROLE + "(?P<names>(?:" + SPACE + r"+\p{Han}{2,3}){1,3}))(?=" + SPACE
                           + r"+\p{Han}[^。！？]{8,}?[，,；;。])")
#: a news item's dateline at the paragraph's start: 本报讯, 本网讯, 某某融媒讯, 某某日报3月5日讯, 某某社北京3月5日电
_DATELINE = compile_(_DATELINE_HEAD + r"(?:消息|" + _DATELINE_END[3:] + r"(?=" + BLANK + ")")
#: the run-in label of an editor's note at the paragraph's start, set off by a space as papers print it
#: (编者按　以时间为纵……; 编后 ……): the space is the label's layout, as after a dateline
_NOTE_LABEL = compile_("^" + BLANK + r"*(?:编者按|编者的话|编后语?|按语)(?=" + BLANK + ")")
def _dateline(text: str):
    """A news item's dateline at the paragraph's start (本报讯 近日，……), or an editor's note's run-in label laid out
    the same way (编者按 以……): the space after either is layout."""
    if "讯" in text[:16] or "消息" in text[:18] or "电" in text[:22]:
        m = _DATELINE.match(text)
        if m is not None:
            return m
    return _NOTE_LABEL.match(text) if ("编" in text[:8] or "按语" in text[:8]) else None


#: an article of a regulation or a chapter: 第一条　为了……（a space after it is the standard layout）, opening a
#: paragraph or, where a copy ran articles together, after a sentence: 。第二条　……
_ARTICLE = compile_("(?:^" + BLANK + "*|(?<=[。；]))第" + NUMERAL + "{1,4}[条章节]")
#: a headline: no sentence punctuation, phrases of four or more characters spaced apart
#: （立足更高定位 彰显更大作为 推动……；学校召开党委常委会（扩大）会议 传达学习……）
_HEADLINE_MAX_LEN = 120
#: the label of a list item that may cite a headline (1.……；)
_ITEM_LABEL = compile_(r"[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[）)]")
#: how the first part of a cited headline ends: what someone said or did (……时强调, ……隆重举行)
_HEADLINE_VERB = compile_(r"(?:强调|指出|表示|讲话|举行|召开|出席|主持|会见|考察|调研|致信|回信|贺信)$")
#: the space between two issuers of a joint document (中共中央办公厅 国务院办公厅印发……; 《中共某省委组织部
#: 某省人力资源和社会保障厅关于……的通知》): GB/T 9704-2012 7.2.3 lists joint issuers this way
_JOINT_ISSUERS = compile_(r"(?<=\p{Han}(?:办公厅|办公室|委员会|[部厅局委办院署]|政府|中央|国务院|党委|党组))" + SPACE
                          + r"+(?!关于|印发)(?=[^，。；！？、“”]{2,40}?(?:关于|联合印发|印发|联合下发|下发|发布))")
#: a paragraph's first sentence, short and without other punctuation: a run-in heading when its
#: phrases are spaced apart (see _is_headline)
_RUN_IN_HEADING = compile_("^" + BLANK + r"*([^，。；：、！？“”]{8,40})。")
#: a yearbook's entry title run into its text without 【】: 调研成果 综合调研室每年编印……，……
_ENTRY_TITLE = compile_("^" + BLANK + r"*\p{Han}{2,8}(?P<gap>" + SPACE + r"+)(?=\p{Han}[^。！？]{18,}?[，；。])")
#: a heading's or a list item's label (一、 （二） 3.)
_LABEL = r"(?:" + NUMERAL + r"{1,3}、|[（(]" + NUMERAL + r"{1,3}[）)]|[0-9]{1,2}[.．、])"
#: a numbered heading run into its text with a space (一、围绕中心，服务大局 五年来，……; 1、文明自习 教室是……): the
#: space ends the heading, as a line break would
_LABELLED_HEADING = compile_("^" + BLANK + "*" + _LABEL + BLANK + r"*(?P<t>[^。；;！？!?“”：:\s]{2,30})(?P<gap>" + SPACE + r"+)(?=\p{Han}[^。！？]{18,}?[，；。])")
_SPACED_TITLE = compile_("^" + BLANK + r"*(?:\p{Han}" + BLANK + r"+){1,}\p{Han}" + BLANK + "*$")


def _credits(text: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's credit lines (their spacing is custom), and the gap after a
    yearbook entry's title (widened by a character each side, so it holds the space found there)."""
    credits = [m.span() for m in _CREDIT.finditer(text)] if ("（" in text or "(" in text or "【" in text) else []
    credits += [m.span() for m in _CREDIT_END.finditer(text)] if ("）" in text or ")" in text) else []
    credits += [m.span("c") for m in _CREDIT_AFTER_DATELINE.finditer(text)] if ("讯" in text or "电" in text or "网消息" in text) else []
    bare = _BARE_CREDITS.match(text) if ("记者" in text[:40] or "通讯员" in text[:40]) else None
    credits += [bare.span("c")] if bare is not None else []
    named = _ROLE_THEN_NAMES.match(text) if bare is None and ("记者" in text[:40] or "通讯员" in text[:40]) else None
    credits += [named.span("c")] if named is not None else []
    # (after a bare credit too when 报道 closes it further on: 本报讯 记者王某 李某某报道 日前，…… — the names after
    # the first are the same byline's)
    reported = _CREDITS_REPORTED.match(text) if named is None and "报道" in text[:60] else None
    credits += [reported.span("c")] if reported is not None and (bare is None or reported.start("c") == bare.start("c")) else []
    credits += [m.span() for m in _CREDIT_START.finditer(text)] if text.lstrip(BLANK_CHARS)[:1] in "（(" else []
    outlet = _CREDIT_AFTER_OUTLET.match(text) if ("（" in text[:20] or "(" in text[:20]) else None
    outlet = outlet or (_CREDIT_AFTER_OUTLET_COLON.match(text) if ("：" in text[:16] or ":" in text[:16]) else None)
    credits += [outlet.span("c")] if outlet is not None else []
    credits += credit_spans(text)  # a photo's or an item's credit ending the paragraph (credits.py)
    credits += [m.span() for m in _SPEAKER.finditer(text)] if text.lstrip(BLANK_CHARS)[:1] == "【" else []
    speaker = _SPEAKER_BARE.match(text) if ("：" in text[:40] or ":" in text[:40]) else None
    credits += [speaker.span()] if speaker is not None else []
    credits += [(m.start() - 1, m.end() + 1) for m in _SPACED_NAME.finditer(text)]
    if "：" in text or ":" in text:  # fields of a contact line: 联系人：李某 邮箱：……
        credits += [(m.start("gap") - 1, m.end("gap") + 1) for m in _NEXT_FIELD.finditer(text)]
    entry = _ENTRY_TITLE.match(text)
    if entry is not None:
        credits.append((entry.start("gap") - 1, entry.end("gap") + 1))
    return credits + _numbered_headlines(text)


def _bylines(text: str, ctx) -> list[tuple[int, int]]:
    """The spans of a byline glued after the paragraph's last sentence and of one opening the paragraph (see
    _glued_byline, _opening_byline)."""
    return [span for span in (_glued_byline(text, ctx), _opening_byline(text, ctx), _padded_name_entry(text, ctx))
            if span is not None]


def _padded_name_entry(text: str, ctx) -> tuple[int, int] | None:
    """The span (a character wider each side) of a padded two-character name opening the paragraph and the space that
    parts it from the post after it (李 杰 某市委常委，市纪委书记……): its first character a surname, the two no word of
    the dictionary, so 加 强 党的建设 is prose with stray spaces."""
    m = _PADDED_NAME_ENTRY.match(text)
    if m is None:
        return None
    from ..phrase import spelling_index

    index = spelling_index(ctx.registry)
    if m.group("n") not in index.surnames or index.knows(m.group("n") + m.group("g")):
        return None
    return m.start("n") - 1, m.end("sep") + 1


def _opening_byline(text: str, ctx) -> tuple[int, int] | None:
    """The span of a reporter's byline opening the paragraph without a dateline (记者 王某 强震突袭，……): each name's
    first character a surname, so a verb spaced from its subject (记者 发现 问题) is no byline."""
    if not any(r in text[:12] for r in ("记者", "通讯员")):
        return None
    m = _OPENING_BYLINE.match(text)
    if m is None:
        return None
    from ..phrase import spelling_index

    index = spelling_index(ctx.registry)
    if not all(name[:1] in index.surnames for name in m.group("names").split()):
        return None
    return m.start("c"), m.end("c")


def _glued_byline(text: str, ctx) -> tuple[int, int] | None:
    """The span (a character wider each side) of the space in a padded two-character name glued after the
    paragraph's last sentence (……的目标。傅 轩): its first character a surname, the two no word of the
    dictionary (……的目标。全 面 is a word's stray space, and still found)."""
    tail = text.rstrip(BLANK_CHARS)
    m = _GLUED_BYLINE.search(text) if len(tail) >= 4 and tail[-2] in SPACE_CHARS else None
    if m is None:
        return None
    from ..phrase import spelling_index

    index = spelling_index(ctx.registry)
    if m.group("n") not in index.surnames or index.knows(m.group("n") + m.group("g")):
        return None
    return m.start("n"), m.end("g")


def _after_inner_quote(text: str, s: int, e: int) -> bool:
    """The gap follows a quotation closed inside another and a character follows it (“红色‘水管家’ 服务送到家”):
    the space between a slogan's two parts, as between two characters."""
    return 0 < s and e < len(text) and text[s - 1] in "’”" and _HAN.match(text[e]) is not None


#: the label of the next item, after a sentence and a space (……如下： 一、…… 二、……)
_NEXT_ITEM = compile_(_LABEL + "(?![0-9])")


def _heading_run_on(text: str):
    """A numbered heading run into its text with a space, its phrases of four characters or more
    (一、围绕中心，服务大局 五年来，……); not a sentence with a stray space (（一）加强学习，我们 组织了……)."""
    m = _LABELLED_HEADING.match(text) if text.lstrip(BLANK_CHARS)[:1] in "（(0123456789" + NUMERAL_CHARS else None
    return m if m is not None and all(len(u) >= 4 for u in _COMMAS.split(m.group("t"))) else None


_COMMAS = compile_("[，,]")
#: the space between two fields of a line (联系人：李某 电话：……; 地址：某路1号 邮编：100000)
_NEXT_FIELD = compile_(r"[：:][^，。；：:" + BLANK_CHARS + r"]{1,30}(?P<gap>" + SPACE + r"+)(?=\p{Han}{2,6}[：:])")


#: the label of a slogan in a run of numbered slogans on one line (1 .…… 2 .…… 10.……)
_SLOGAN_LABEL = compile_(r"(?:^|(?<=" + SPACE + r"))[0-9]{1,2}" + SPACE + r"?[.．、](?=\S)")


def _numbered_headlines(text: str) -> list[tuple[int, int]]:
    """The spans of numbered slogans run together on one line (1 .以……为指导 奋力推动…… 2 .……), each a
    headline of phrases spaced apart (see _is_headline): three labels or more, else none."""
    labels = list(_SLOGAN_LABEL.finditer(text)) if any(c in text for c in SPACE_CHARS) else []
    if len(labels) < 3:
        return []
    spans = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        if _is_headline(text[m.end():end]):
            spans.append((m.end() - 1, end))
    return spans


#: what ends a sentence: a line without any is a title or a heading, commas or not
_SENTENCE_END = compile_("[" + SENTENCE_END_CHARS + ";!?]")
#: the longest title line whose phrases, commas inside them, are spaced apart
_TITLE_LINE_MAX_LEN = 60


def _is_title_line(text: str) -> bool:
    """A title line whose phrases are spaced apart, commas inside them (某某党支部——党建引领，示范带动
    助推……扎实开展): no sentence ends in it, each spaced part four characters or more."""
    core = text.strip()
    parts = _SPACE_RUN.split(core)
    return (len(core) <= _TITLE_LINE_MAX_LEN and "，" in core and not _SENTENCE_END.search(core)
            and len(parts) >= 2 and all(len(seg) >= 4 for seg in parts))


def _slogans(text: str) -> list[tuple[int, int]]:
    """The spans of titles in brackets whose phrases are spaced apart (_SLOGAN_IN_BRACKETS), each run of phrases
    parallel, as long as one another (奋斗百年路 启航新征程; 学党史 悟思想 办实事 开新局): a stray space splits
    phrases of different lengths (（全县党员 干部）).  Phrases of three characters take four in a run: two or three
    are names as likely (两位代表（陈思远 林晓东）)."""
    if "（" not in text and "(" not in text:
        return []
    return [m.span() for m in _SLOGAN_IN_BRACKETS.finditer(text) if all(_parallel_run(run) for run in m.group("t").split("·"))]


def _parallel_run(run: str) -> bool:
    """A run of spaced phrases as long as one another: of four characters or more, or four phrases of three."""
    lengths = [len(w) for w in _SPACE_RUN.split(run)]
    return len(set(lengths)) == 1 and (lengths[0] >= 4 or len(lengths) >= 4)


def _is_headline(text: str) -> bool:
    """A headline: phrases of four or more characters spaced apart, no sentence punctuation; also one
    cited as a numbered item (1.习近平……时强调 坚持运用……；)."""
    core = text.strip()
    label = _ITEM_LABEL.match(core)
    if label is not None and _HEADLINE_VERB.search(_SPACE_RUN.split(core, 1)[0]):
        core = core[label.end():].rstrip("；;。")
    parts = _SPACE_RUN.split(core)
    return (len(core) <= _HEADLINE_MAX_LEN and not _SENTENCE_PUNCT.search(core)
            and len(parts) >= 2 and all(len(seg) >= 4 for seg in parts))


class StraySpaces(PatternRule):
    """汉字之间、中文标点前后多了空格，或段末有空格

    ## 检查内容
    汉字与汉字之间、中文标点前后的空格，以及段末的空格；汉字旁边看不见的字符（零宽空格、软连字符、
    文中的 BOM，多半是从网页复制带来的，会让提法检查和查找出错），以及汉字之间的不换行空格（U+00A0、U+2007、U+202F，
    看起来和普通空格一样，按普通空格检查）。故意拉开的标题（“情  况  报  告”）、
    “签发人”后的人名、用空格隔开的人名名单、新闻稿的署名（“本报讯 （记者 王某）”“某某网：（王某 李某）”“某某日报2020年1月7日某地电 记者王某 ……”（地名在日期后的电头）“本报讯 某某晚报、某某客户端记者王某报道 今天……”、段首没有电头的“记者 王某 近日……”（人名以常见姓氏开头）“（县委组织部 供稿）”
    “（文/王某 图/李某 审核/赵某）”“（文：王某 图：李某）”“（王某 || 责任编辑 李某）”）、段末图片和稿件的署名（“某县融媒体中心记者 王某 摄”
    “某省社科联 供图”“文/王某 图/李某”“编辑：王某 审核：李某”，单独一行、在图注的句号后，或在没有句号的图注后隔一个空格）、括号里照印出的样子用空格排开的栏目名（“（奋斗百年路 启航新征程·学党史 悟思想 办实事 开新局）”，每组短语一样长）、用空格隔开的两段式标题（“勤学善思悟真谛
    笃行实干开新局——……”）、没有句内标点的新闻标题（“召开党委会议 传达学习……”）、段末括号里的署名
    （“（李 某）”）、复制网页时粘在段末句号后、按三字宽排开的两字署名（“……的目标。韩 梅”，首字为常见姓氏、两字不成词）、段首按三字宽排开的两字姓名和后面的职务之间的空格（嘉宾、成员名单：“李 某 某市委常委，市纪委书记”，首字为常见姓氏、两字不成词）、段首发言人标注里职务和姓名之间的空格（“【某局局长 王某】：”，不带【】的“某中学党支部书记 王某：”也一样）、没有句末标点、各段用空格隔开的
    标题行（“某某党支部——党建引领，示范带动 助推……扎实开展”）、党内法规条文“第一条”后的空格、联合发文机关之间的
    空格（“中共中央办公厅 国务院办公厅印发”）、一行里几个栏目之间的空格（“联系人：王某 邮箱：……”）、大事记条目开头的日期后的
    空格（“1月15日　县委召开……”）不报；段末空格只在
    .txt 中报（.md 里是换行标记，.docx 里看不见也不影响排版）。带编号的标题和正文只隔一个空格写在同一段的（“一、围绕中心，
    服务大局 五年来，……”），提示在标题后加句号或另起一段，不删空格；句号、冒号后只隔空格接着下一条编号的（“……如下： 一、……。 二、……”），
    是几条粘成了一段，提示另起一段。

    ## 为什么
    中文排版不用空格分词；多出的空格多半是从网页或 PDF 复制时带进来的，打印出来字距不匀。

    ## 修复说明
    删去空格，安全修复；标题和正文之间的空格建议改为句号，需人工确认。

    ## 依据
    GB/T 15834-2011 5.1（标点占一个字的位置，前后不加空格）；中文排版通行要求。
    """

    code = "DJ512"
    needs = BLANK_CHARS + INVISIBLE_CHARS + NO_BREAK_SPACE_CHARS
    #: an invisible character inside a formulation is the fault, not a near miss (“社会主义” with a
    #: zero-width space was told “……社会主义思想”应为“……社会主义思想”, the same words as the user sees them)
    supersedes = ("DJ404",)
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
    exceptions = (compile_(r"(?:签发人|参加人员|参会人员|出席|列席|主持人|记录人)[：:].*$"),
                  # a yearbook's or a bulletin's entry: 【公务用车改革】  按照……（the space after the entry's title is its layout）
                  compile_("^" + BLANK + r"*【[^【】]{1,20}】" + BLANK + "+"),
                  # a chronicle's entry (大事记, a 志书's or a yearbook's): 1月15日　县委召开……, 3月上旬　…… (the space after
                  # the date that opens the line is its layout; dev-prec445 probe); under a month's heading the entry opens
                  # with the day alone or a date told by the one before (10日　……, 是月　……, 同日　……: dev-prec452 37).  Not
                  # where the time goes on after the space (5月9日 上午，……: a news item's date split), nor spaces ending a
                  # date line (a signature's date)
                  compile_("^" + BLANK + r"*(?:(?:[0-9]{4}年)?[0-9" + NUMERAL_CHARS + r"]{1,3}月(?:[0-9" + NUMERAL_CHARS
                           + r"]{1,3}日)?(?:上旬|中旬|下旬|初|底|中)?|[0-9" + NUMERAL_CHARS + r"]{1,3}日|(?:是|同|本)[年月日])"
                           + BLANK + r"+(?=\p{Han})(?!上午|下午|中午|晚上|傍晚|凌晨|早上|早晨|夜间|晚|时|起|至)"))

    def check_paragraph(self, p, ctx):
        for m in _INVISIBLE_BY_HAN.finditer(p.text):
            yield Finding(p, m.start(), m.end(), "文字中夹有看不见的字符（零宽空格或软连字符，多半是从网页复制带来的），请删去", "")
        no_break = [m.span() for m in _NO_BREAK_BY_HAN.finditer(p.text)]
        if not no_break:
            yield from self._spaces(p, ctx)
            return
        # 加强党的\u00a0建设: read the paragraph with the no-break spaces between characters as spaces, so that
        # the layout a space may make (a title line, a list of names, a signature) stays silent as it does for a space
        shadow = copy.copy(p)
        shadow.text = _NO_BREAK_BY_HAN.sub(lambda m: " " * len(m.group()), p.text)
        for f in self._spaces(shadow, ctx):
            if f.replacement == "" and any(a < f.end and f.start < b for a, b in no_break):
                yield Finding(p, f.start, f.end, "中文之间夹有不换行空格（看起来和普通空格一样，多半是从网页或 PDF 复制带来的），请删去", "")
            else:
                yield Finding(p, f.start, f.end, f.message, f.replacement, f.safe, f.severity, f.fix_title, f.edits)

    def _spaces(self, p, ctx):
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
        quoted = [m.span() for m in _QUOTED.finditer(text)] + _slogans(text)
        credits = _credits(text)
        credits += _bylines(text, ctx)
        articles = {m.end() for m in _ARTICLE.finditer(text)} if ("条" in text or "章" in text or "节" in text) else set()
        joint = {m.start() for m in _JOINT_ISSUERS.finditer(text)}
        dateline = _dateline(text)
        headline = _is_headline(text)
        title_line = not headline and _is_title_line(text)  # only its gaps between characters are layout
        # a run-in heading, the paragraph's first sentence (坚持党建引领 筑牢发展根基。以……): a headline too
        run_in = _RUN_IN_HEADING.match(text)
        run_in_end = run_in.end() if run_in is not None and run_in.end() < len(text.rstrip(BLANK_CHARS)) and \
            _is_headline(run_in.group(1)) else -1
        # a two-part headline (点亮百年历程 我随党共成长——……): the part before the dash is a title line
        head = text.split("——", 1)[0] if "——" in text else ""
        head_end = len(head) if head.strip() and len(head.strip()) <= SHORT_LINE_LEN and not _SENTENCE_PUNCT.search(head) else -1
        for f in super().check_paragraph(p, ctx):
            if any(a < f.start and f.end < b for a, b in credits) or any(
                    f.end == a and (f.start == 0 or text[f.start - 1] in _CREDIT_BEFORE) for a, _ in credits):
                continue  # the spacing of a credit line, or the space before it after a dateline
            if f.end <= head_end or f.end < run_in_end:
                continue
            if any(f.start == b for _a, b in credits):
                continue  # the space after a credit line (本报讯 （记者 王某） 根据……)
            if f.start in joint or f.start in articles:
                continue  # 中共中央办公厅 国务院办公厅印发 (joint issuers); 第一条　为了…… (also after 。 when articles run on)
            between_han = (0 < f.start and f.end < len(text) and _HAN.match(text[f.start - 1])
                           and _HAN.match(text[f.end]))
            if (between_han or _after_inner_quote(text, f.start, f.end)) and (
                    short_line or headline or title_line or any(a < f.start and f.end < b for a, b in quoted)):
                continue  # “不忘初心 牢记使命”-style slogans are checked by the phrase rules; “红色‘水管家’ 服务到家”
            if short_line and 0 < f.start and f.end < len(text.rstrip(BLANK_CHARS)) and not text[f.start:f.end].strip():
                continue  # a title or signature line: 副区长（提名人选） 吴某某
            if dateline is not None and f.start == dateline.end():
                continue  # the space after a news item's dateline: 本报讯 近日，……
            if headline and 0 < f.start and f.end < len(text.rstrip(BLANK_CHARS)) and not text[f.start:f.end].strip():
                continue  # the gap between a headline's phrases, also before a quoted one (牢牢抓住 “牛鼻子”)
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
        run_on = _heading_run_on(text)
        if run_on is not None and m.start() == run_on.start("gap"):
            # (一、围绕中心，服务大局 五年来，……): deleting the space would run the heading into its text
            return Finding(p, m.start(), m.end(), "标题和正文之间只隔了空格，请在标题后加句号，或把正文另起一段", "。", False)
        if text[m.start() - 1:m.start()] in "。；：！？" and _NEXT_ITEM.match(text, m.end()):
            # (……公告如下： 一、作业时间：…… 二、……): items pasted into one paragraph; deleting the space is not the fix
            return Finding(p, m.start(), m.end(), "编号前只隔了空格，这里是新的一条，请另起一段", "", False)
        if text[m.end():m.end() + 1] in "“‘《（【" or text[m.start() - 1:m.start()] in "”’》）】":
            return Finding(p, m.start(), m.end(), "引号、书名号或括号外多了空格，请删去", "")
        return Finding(p, m.start(), m.end(), "中文之间多了空格，请删去", "")
