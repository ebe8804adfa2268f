"""What kind of document this is (文种), read from its title lines and its opening, before any
report profile is chosen.

A 实施方案, 通知, 工作规则, 讲话, 主持词, 心得体会, news item, 调研报告 or 巡察汇报 is not a Party-building
report: the report-structure rules (DJ101–DJ108) say nothing about it.  :func:`read_kind`
returns one of

- ``("report", where)``: the title or opening names a report (报告、总结、汇报、述职、对照检查材料……)
  or says nothing against it; ``where`` is 标题 or 开头;
- ``("other", name)``: a document of another kind, ``name`` the 文种 that says so (方案、通知、讲话……);
- ``("unknown", "")``: neither; the outline may still show a report's parts (see :mod:`.analysis`).

The word lists are the 文种 of 《党政机关公文处理工作条例》第八条 and the everyday kinds of the
same offices (讲话稿、主持词、心得体会、工作要点、新闻稿).
"""
from __future__ import annotations

from ...document.outline import parse_label
from ...engine.kinds import compile_
from ...util.zh import BLANK, HEADING_MAX_LEN, NUMERAL_CHARS, TITLE_BLOCK_WITHIN

_DAY = "[0-9０-９" + NUMERAL_CHARS + "]{1,3}"
#: a trailing note after the 文种: （试行） （草案） （征求意见稿） （2024年修订）
#: or what the post covers (……述职述廉报告（分管党务、纪检监察……）), closed or cut at the line's end
_TAIL = r"(?:[（(][^（）()]{1,40}[）)]?)?" + BLANK + "*$"
#: reports that are not a Party-building report of ours: an inspection's or a survey's findings, a congress's
#: preparatory committee's (……教职工代表大会筹备工作报告)
_OTHER_REPORTS = compile_(
    r"(?:筹备|调研|督查|督导|考察|审计|评估|巡察|巡视|视察|检查情况|体检|可行性研究|决算|预算|统计|"
    r"信息公开(?:工作)?(?:年度)?|专题|问题线索|整改(?:落实)?)(?:工作)?(?:情况)?(?:的)?(?:综合)?(?:报告|汇报)" + _TAIL
    + r"|巡察.{0,20}(?:汇报|报告)" + _TAIL)
#: the report kinds (a profile then says which)
_REPORT = compile_(
    r"(?:报告|总结|汇报|小结|述职|述责述廉|述职述廉|对照检查(?:材料)?|检视剖析(?:材料)?|剖析材料|发言提纲|"
    r"检查材料|自查(?:自纠)?(?:情况)?|情况|材料)" + _TAIL)
#: what one says of oneself at a 民主生活会: ……民主生活会上的发言, ……对照检查发言材料
_SELF_REVIEW = compile_(r"(?:民主生活会|组织生活会|对照检查|检视|剖析|述职).{0,30}(?:发言|发言材料)" + _TAIL)
#: a summary with next year's plan after it: ……工作总结及2024年工作计划
_REPORT_AND_PLAN = compile_(r"(?:报告|总结|汇报|述职).{0,30}(?:计划|打算|思路|安排|要点|谋划|设想)" + _TAIL)
#: the other kinds, as the last word of a title line
_OTHER = compile_(
    r"(?P<kind>实施意见|指导意见|意见|实施方案|工作方案|方案|工作要点|要点|工作计划|计划|规划|纲要|通知|通报|"
    r"工作规则|议事规则|规则|制度|实施办法|管理办法|暂行办法|办法|实施细则|细则|规定|条例|准则|守则|章程|决定|决议|"
    r"请示|批复|复函|函|纪要|讲话|讲话稿|讲话提纲|致辞|贺词|主持词|串词|发言|表态发言|交流发言|心得体会|体会|感悟|"
    r"党课|讲稿|措施|若干措施|清单|倡议书|倡议|公告|通告|公报|简报|提示|工作提示|解读|问答|一图读懂|"
    # an article: ……的调查与思考, ……的实践与思考, 浅析……, ……对策研究
    r"调查与思考|实践与思考|探索与思考|调研与思考|思考与建议|思考|探析|浅析|浅谈|刍议|对策研究|对策建议)" + _TAIL)
#: a news headline: something was held, opened, visited (召开、举行、走进……), a report heard (代表审议法院工作
#: 报告, 向大会作法院工作报告), a result announced (……揭晓, ……正式挂牌)
_NEWS = compile_(
    r"(?:召开|举行|举办|开幕|闭幕|启动|落幕|圆满结束|顺利完成|开班|结业|揭牌|挂牌|授牌|揭晓|走进|走访|参加|参观|观看|调研|督导|"
    r"视察|审议|(?<![工制])作(?:政府|法院|检察院|常委会)?(?:工作)?报告|宣讲|慰问|签约)" + _TAIL
    + r"|(?:审议|听取|旁听|讨论)\S{0,20}报告" + _TAIL
    + r"|(?:会议?|座谈会|推进会|部署会|动员会|评议会|述职会|交流会|培训班|活动|仪式|讲座|竞赛|大会)" + _TAIL
    + r"|——.{0,40}(?:召开|举行|开展|走进|活动|会议?|综述)" + _TAIL)
#: a title line that only names a congress or its session (中国人民政治协商会议 / 某县第十届人民代表大会第三次会议
#: above a report read to it), or greets one with a slogan (以优异成绩迎接党的二十大胜利召开 at a speech's head):
#: no news headline
_NOT_A_HEADLINE = compile_(
    r"^(?:中国人民政治协商会议|\S{0,30}(?:人民代表大会|代表大会|委员会)(?:第\S{1,4}次(?:全体)?会议)?)" + _TAIL
    + r"|迎接\S{0,30}(?:胜利)?召开" + _TAIL)
#: a commentary's title or byline (某某网评：……, 时评丨……, 本报评论员, ……系列评论之一), a feature's subtitle
#: (——记奋战在……的村党支部书记), a column's name standing alone (党建动态, 工作简讯)
_COMMENTARY = compile_(r"网评|时评|短评|快评|评论员|地评线|系列评论|^\S{1,6}评[|丨｜]")
_FEATURE = compile_(r"(?:——|--)记\S{2,}|^\S{0,6}(?:动态|简讯|快讯|要闻)$")
#: a news item's credits on a line of their own or closing a paragraph: （通讯员 某某）, 特约评论员/某某, 新华网记者
#: 某某, ■记者 某某, 作者：某某, （供稿：某某 责编：某某）, [责任编辑：某某], 图/文：某某
_CREDIT_LINE = compile_(
    r"^[（(【\[■]?(?:本报|本台|本网|特约|首席|\S{0,8}?(?:日报|晚报|网|台|社|融媒体?|全媒体))?(?:记者|通讯员|评论员)"
    r"[^。；！？，,]{0,30}$"
    r"|^[（(【\[■]?(?:供稿|责任编辑|责编|图/文|文/|作者)[：:/]")
_CREDIT_CLOSING = compile_(r"[（(](?:通讯员|记者|供稿)[^（）()。]{1,40}[）)]$")
#: what opens a news item's first sentence: a day's date or 近日 with an event after it (2月15日上午，某社区党委
#: 召开……; 为……，1月30日，某局召开……; 近日，省委组织部印发通知……)
_EVENT_DAY = compile_(
    r"(?<![0-9０-９至到—～-])(?:(?:[0-9]{4}年)?" + _DAY + r"月" + _DAY + r"日|[0-9]{1,2}日(?=上午|下午|晚))(?:上午|下午|晚上|晚|中午)?(?![至到—～-])|^近日|^日前")
_EVENT = compile_(r"召开|举行|举办|组织|开展|来到|赴|走进|深入|参加|印发|通报|迎来|揭牌|挂牌")
_EDITOR_NOTE = compile_(r"^(?:编者按|编者的话|按语)[：:]?")
#: a wrapper that hands on another document: 关于印发《……》的通知
_WRAPPER = compile_(r"(?:印发|转发|下发|颁发|报送|呈报)《?(?P<inner>[^《》]{2,80}?)》?的(?:通知|函)" + _TAIL)
#: openings of a speech, of the rules of an article-structured text, of a news item, of a notice
_SPEECH_OPENING = compile_(r"^(?:同志们|各位(?:领导|来宾|同事|同志|嘉宾|老师|同学)|尊敬的)[，,：:！!]?")
CONGRESS_OPENING = compile_(r"向(?:大会|全会)(?:作)?(?:报告|汇报)(?:政府)?工作|(?:作|做)(?:政府)?工作报告，请予审议|向大会作工作报告")
_ARTICLES = compile_(r"^第[" + NUMERAL_CHARS + r"百零〇]+(?:章|条)")
_NEWS_OPENING = compile_(r"^(?:\S{0,12}讯|本报|本网|记者|" + _DAY + "月" + _DAY + r"日(?:上午|下午|晚上|晚|上|中午)?[，,]?)")
#: a dateline that may open a titled item too: 某某网消息, 据新华社北京6月6日电, 新华社北京5月16日电
_DATELINE = compile_(r"^(?:\S{1,12}(?:网|报|台|港|频道)消息|\S{1,12}(?:网|报|台|港|社|融媒|媒体)讯|据?\S{0,6}社\S{0,6}" + _DAY + "月" + _DAY + r"日电)")
_RULE_OPENING = compile_(r"(?:特?制定|制订|形成)(?:如下|以下|本)(?:政策)?(?:措施|办法|规则|规定|制度|细则|方案|意见|要点)"
                         r"|(?:现|特)(?:就|将)?.{0,30}(?:通知如下|提出如下意见|意见如下|安排如下)")
_REPORT_OPENING = compile_(r"(?:报告|汇报|总结|述职|说明|剖析|检视|查摆)如下|作如下(?:报告|汇报|述职)|(?:报告|汇报|述职)(?:如下|于后)")
#: an annual report on open government information, named by its opening (根据《中华人民共和国政府信息
#:公开条例》……现公布……政府信息公开工作年度报告): its parts are set by the State Council's format
_DISCLOSURE_OPENING = compile_(r"政府信息公开条例|政府信息公开工作年度报告")
_SALUTATION = compile_(r"^[^。；！？]{2,80}[：:]$")
#: a document sent down to 各党支部、各单位 (a notice, a 通报): addressed to those it directs, not a report
#: to a superior (a report's salutation names one body: 中共某某市委：)
_DOWNWARD = compile_(r"^各(?!位)[^。；！？]{1,78}[：:]?$")
#: a 范文 site's line above the title (本文系作者原创，仅供参考): not the opening of the text
_RESIDUE = compile_(r"原创|仅供|转载|下载|范文|公众号|本文来源|文章来源")
#: a title that is a graphic, a Q&A or a column's item anywhere in it
_OTHER_ANYWHERE = compile_(r"一图读懂|图解|微课堂|答记者问|政策问答|丨")
_SENTENCE = compile_(r"[。；！？]")
_SPACES = compile_(BLANK + "+")
_IN_TITLE_MARKS = compile_(r"《[^《》]*\n[^《》]*》")


def title_lines(doc) -> tuple[list[str], list[str]]:
    """The lines above the text: its title (with issuer and date lines), and what opens the
    text after it (a salutation, the first sentence)."""
    title, opening = [], []
    for p in doc.body[:TITLE_BLOCK_WITHIN * 2]:
        text = _SPACES.sub("", p.text.strip())
        if not text:
            continue
        if parse_label(text) is not None or doc.outline.heading_of(p) is not None:
            break
        if not title and not opening and len(text) <= 80 and _RESIDUE.search(text):
            continue
        if _SALUTATION.match(text) or _SPEECH_OPENING.match(text):
            opening.append(text)
            continue
        if len(text) <= HEADING_MAX_LEN and not _SENTENCE.search(text) and not opening and len(title) < TITLE_BLOCK_WITHIN:
            title.append(text)
            continue
        opening.append(text)
        break
    return title, opening


def read_kind(doc) -> tuple[str, str]:
    """("report", 标题|开头), ("other", 文种) or ("unknown", "") for ``doc``."""
    title, opening = title_lines(doc)
    kind = _kind_of_title(title)
    if kind is not None:
        return kind
    first = opening[0] if opening else ""
    if _DOWNWARD.match(first):
        return "other", "下行文（通知、通报）"
    if _SPEECH_OPENING.match(first):
        if any(CONGRESS_OPENING.search(t) for t in opening):
            return "report", "开头"
        return "other", "讲话"
    body = next((t for t in opening if not _SALUTATION.match(t)), "")
    if _ARTICLES.match(body) or _RULE_OPENING.search(body[:200]):
        return "other", "规章制度"
    if _DISCLOSURE_OPENING.search(body[:300]):
        return "other", "政府信息公开年度报告"
    if not title and _NEWS_OPENING.match(body) or _DATELINE.match(body):
        return "other", "新闻"
    if _REPORT_OPENING.search(body[:300]) or CONGRESS_OPENING.search(body[:200]):
        return "report", "开头"
    return _kind_of_item(doc, title, body)


def _kind_of_item(doc, title: list[str], body: str) -> tuple[str, str]:
    """A web item's kind where neither its title nor its opening names a 文种: a commentary by its title or
    byline, a news item by its credits, an editor's note, or a first sentence that dates an event."""
    if any(_COMMENTARY.search(t) for t in title):
        return "other", "评论"
    if any(_FEATURE.search(t) for t in title) or _has_credits(doc) or _dates_an_event(body):
        return "other", "新闻"
    return "unknown", ""


def _has_credits(doc) -> bool:
    """Whether a line among the first or last few of the document is a news item's credits or an editor's note."""
    k = TITLE_BLOCK_WITHIN // 2
    first = [p.text for p in doc.body[:k * 4] if p.text.strip()][:k]
    last = [p.text for p in doc.body[-k * 4:] if p.text.strip()][-k:]
    ends = (_SPACES.sub("", t.strip()) for t in first + last)  # (a short text's lines may be read twice)
    return any(_CREDIT_LINE.match(t) or _CREDIT_CLOSING.search(t) or _EDITOR_NOTE.match(t) for t in ends)


def _dates_an_event(body: str) -> bool:
    """Whether the first sentence (the second, after a purpose closed by a full stop: 为……。2月15日上午，……)
    dates a meeting or a visit to the day (or 近日) with the event after the date."""
    sentences = _SENTENCE.split(body, maxsplit=2)
    first = sentences[0]
    if first.startswith("为") and len(sentences) > 1 and not _EVENT_DAY.search(first):
        first = sentences[1]
    m = _EVENT_DAY.search(first[:160])
    return m is not None and _EVENT.search(first, m.end(), m.end() + 60) is not None


def _kind_of_title(title: list[str]):
    if not title:
        return None
    text = "\n".join(title)
    text = _IN_TITLE_MARKS.sub(lambda m: m.group(0).replace("\n", ""), text)  # a title wrapped inside 《》
    lines = text.split("\n")
    joined = "".join(lines)
    m = _WRAPPER.search(joined)
    if m is not None:  # 关于印发《……实施方案》的通知: the kind of what it hands on
        inner = m.group("inner")
        return _kind_of_line(inner) or ("other", "通知")
    if len(lines) > 1 and _OTHER_REPORTS.search(joined):
        # a title wrapped over two lines (……2023年政府信息 / 公开工作年度报告): its second line alone reads as a report
        return "other", "调研、督查、巡察报告"
    for line in lines:
        kind = _kind_of_line(line)
        if kind is not None:
            return kind
    return None


def _kind_of_line(line: str):
    if _NOT_A_HEADLINE.search(line):
        return None
    if _OTHER_ANYWHERE.search(line) and not _COMMENTARY.search(line):
        return "other", "图解、专栏"
    if _OTHER_REPORTS.search(line):
        return "other", "调研、督查、巡察报告"
    if _NEWS.search(line):
        return "other", "新闻"
    if _REPORT.search(line) or _REPORT_AND_PLAN.search(line) or _SELF_REVIEW.search(line):
        return "report", "标题"
    m = _OTHER.search(line)
    if m is not None:
        return "other", m.group("kind")
    return None


def news_or_commentary(ctx) -> bool:
    """Whether the document reads as a news item or a commentary (:func:`read_kind`), once per document."""
    return ctx.shared("doctype.news", lambda c: read_kind(c.doc) in (("other", "新闻"), ("other", "评论")))
