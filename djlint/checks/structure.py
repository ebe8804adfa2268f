"""DJ1xx structure: the parts a report must have, per report profile.

The profile (``rules/structure/profiles/``) comes from the configuration (``profile:``) or
is recognised from the title and opening; the top-level headings of the outline are sorted
into the profile's section groups (工作情况 / 存在问题 / 下一步打算 …).  Every message says
which profile was used.
"""
from __future__ import annotations

import regex as re

from ..engine.kinds import compile_
from ..engine import Finding, Rule
from ..errors import ConfigError
from ..util.zh import HEADING_MAX_LEN, SALUTATION_WITHIN, SHORT_LINE_LEN
from .structure_profiles import clean_title, load_profiles_dir, profiles_of, structure_of, title_block

#: the pack sub-folder this family reads: report profiles and their section groups
PACK_DATA = {"profiles": load_profiles_dir}


def check_config(registry, config) -> None:
    """``profile:`` must name a report profile some pack defines."""
    profiles = profiles_of(registry)
    if config.profile and config.profile not in profiles:
        raise ConfigError(f"profile: 未知的报告类型 {config.profile!r}（可用：{'、'.join(sorted(profiles))}；"
                          f"djlint profiles 查看说明）")

_SRC = ("GB/T 9704-2012 7.3.3；《党政机关公文处理工作条例》第八条（报告）；"
        "《党委（党组）落实全面从严治党主体责任规定》第十八条")

_WORK = "一、2024年工作情况\n全年开展集中学习12次。\n"
_PROBLEMS = "二、存在问题\n理论学习的深度还不够。\n"
_NEXT = "三、2025年工作打算\n持续深化理论武装。\n"
_TITLE = "2024年度机关党建工作情况报告\n"


def _q(text: str, n: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _applies(a) -> bool:
    """Judge the structure only of a document whose outline looks like this kind of report."""
    if not a.tops or (len(a.tops) == 1 and a.how == "默认"):
        return False  # one heading is a report only when the title says what kind it is
    found = set(a.first)
    if not found:
        return False
    if a.how == "默认":
        # nothing recognised the report type: an 意见 or 通知 is not judged as a report, and a
        # document without a title needs two recognised parts before it is
        head = title_block_of(a)
        if head is not None and not _REPORT_WORDS.search(head):
            return False
        if head is None and len(found) < 2:
            return False
    level = a.tops[0].heading.level
    return bool(found - {"work"}) or level <= 1


_REPORT_WORDS = compile_(r"报告|总结|汇报|情况|材料|述职|小结")


def title_block_of(a):
    doc = a.doc
    return clean_title(doc.title.text) if doc.title is not None else None


def _heading_text(h) -> str:
    return _q((h.label + h.title) if h.label else h.title)


class MissingSection(Rule):
    """报告缺少必备的部分（如“存在问题”“下一步打算”）

    ## 检查内容
    按报告类型（profile）检查一级标题：党建工作报告、主体责任落实情况报告、述职报告要有
    工作情况、存在问题、下一步打算三部分；对照检查材料要有查摆的问题、原因分析、整改措施。
    标题里带年份、单位名称、“主要”“的”都能识别（如“二、××党委2024年存在的主要问题”）。
    报告类型可在 .djlint.yaml 里用 `profile:` 指定，否则按标题识别，默认按党建工作报告。
    `djlint profiles` 列出全部报告类型及各部分认可的标题。

    ## 为什么
    审稿人首先看报告有没有这几部分；只讲成绩不讲问题的报告会被退回。

    ## 示例
    一、2024年工作情况 …… 二、2025年工作打算 ……（缺少存在问题）

    应改为：

    一、2024年工作情况 …… 二、存在问题 …… 三、2025年工作打算 ……

    ## 依据
    《党政机关公文处理工作条例》第八条；《党委（党组）落实全面从严治党主体责任规定》第十八条；
    各地主体责任报告提纲（主要做法、存在问题、下一步工作打算）。
    """

    code = "DJ101"
    name = "missing-section"
    severity = "error"
    scope = "document"
    source = _SRC
    examples = (
        (_TITLE + "\n" + _WORK + "二、2025年工作打算\n持续深化理论武装。\n", True),
        (_TITLE + "\n" + _WORK + _PROBLEMS, True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not _applies(a):
            return
        for i, section in enumerate(a.profile.sections):
            if not section.required or section.group in a.first:
                continue
            if _inline_mentions(doc, a, section.group):
                continue  # DJ102 reports it, milder
            yield _missing_finding(doc, a, i, section.group, f"缺少“{a.group_name(section.group)}”部分")


def _missing_finding(doc, a, index: int, group: str, lead: str) -> Finding:
    """Point at the heading before which the missing part belongs (or after the last one)."""
    later = {s.group for s in a.profile.sections[index + 1:]}
    before = next((t for t in a.tops if t.groups & later), None)
    if before is not None:
        anchor, where = before.heading.paragraph, f"请在“{_heading_text(before.heading)}”之前补上"
    else:
        last = a.tops[-1].heading
        anchor, where = last.paragraph, f"请在“{_heading_text(last)}”部分之后补上"
    examples = "".join(f"“{e}”" for e in a.group_examples(group)[:3])
    msg = f"{lead}，{where}（标题可用{examples}；{a.label()}）"
    return Finding(anchor, 0, 0, msg)


def _inline_mentions(doc, a, group: str):
    g = a.groups.get(group)
    if g is None or not g.inline:
        return None
    cache = a.inline
    if group in cache:
        return cache[group]
    hit = None
    for p in doc.body:
        for pat in g.inline:
            m = pat.search(p.text)
            if m:
                hit = (p, m.start(), m.end())
                break
        if hit:
            break
    cache[group] = hit
    return hit


class InlineOnlySection(Rule):
    """“存在问题”只在别的部分里顺带提了一句，没有单列一部分

    ## 检查内容
    报告缺少“存在问题”部分，但正文里有“但仍存在以下不足”“还存在一些差距”之类的话。
    比完全缺少（DJ101）轻一级：问题写了，只是没有按要求单列。

    ## 为什么
    上级审阅时按“工作情况、存在问题、下一步打算”三部分看；夹在成绩里的一句不足容易被看作
    回避问题。

    ## 示例
    一、工作情况 ……但仍存在以下不足：一是……  二、下一步打算 ……

    应改为：

    一、工作情况 ……  二、存在问题 一是……  三、下一步打算 ……

    ## 依据
    《党委（党组）落实全面从严治党主体责任规定》第十八条；各地主体责任报告提纲。
    """

    code = "DJ102"
    name = "inline-only-section"
    severity = "warning"
    scope = "document"
    source = _SRC
    examples = (
        (_TITLE + "\n一、2024年工作情况\n全年开展集中学习12次，但仍存在以下不足：学习深度不够。\n"
         "二、2025年工作打算\n持续深化理论武装。\n", True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not _applies(a):
            return
        for section in a.profile.sections:
            if not section.required or section.group in a.first:
                continue
            hit = _inline_mentions(doc, a, section.group)
            if hit is None:
                continue
            p, s, e = hit
            name = a.group_name(section.group)
            yield Finding(p, s, e, f"“{name}”只在正文中顺带提及，建议单列“{name}”一部分（{a.label()}）")


class SectionOrder(Rule):
    """报告各部分的顺序不对（如“存在问题”写在“工作情况”之前）

    ## 检查内容
    按报告类型规定的顺序检查各部分第一次出现的位置：工作情况 → 存在问题 → 下一步打算；
    对照检查材料：查摆的问题 → 原因分析 → 整改措施。

    ## 为什么
    审稿人按固定顺序阅读；顺序颠倒多半是复制粘贴时放错了位置。

    ## 示例
    一、存在问题 …… 二、工作情况 …… 三、下一步打算 ……

    应改为：

    一、工作情况 …… 二、存在问题 …… 三、下一步打算 ……

    ## 依据
    《党委（党组）落实全面从严治党主体责任规定》第十八条；各地主体责任报告提纲。
    """

    code = "DJ103"
    name = "section-order"
    severity = "warning"
    scope = "document"
    source = _SRC
    examples = (
        (_TITLE + "\n一、存在问题\n理论学习的深度还不够。\n二、2024年工作情况\n全年开展集中学习12次。\n" + _NEXT, True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not _applies(a):
            return
        order = {s.group: i for i, s in enumerate(a.profile.sections)}
        seen: set[str] = set()
        latest = None  # (order index, top) of the furthest part reached so far
        for top in a.tops:
            new = [g for g in top.groups if g in order and g not in seen]
            for g in sorted(new, key=order.get):
                if latest is not None and order[g] < latest[0]:
                    yield Finding(top.heading.paragraph, top.heading.label_start, len(top.heading.paragraph.text.rstrip()),
                                  f"“{a.group_name(g)}”部分应在“{_heading_text(latest[1].heading)}”之前（{a.label()}）")
            seen.update(top.groups)
            for g in top.groups:
                if g in order and (latest is None or order[g] > latest[0]):
                    latest = (order[g], top)


class DuplicateSection(Rule):
    """同一部分出现了两次（如两个“存在问题”）

    ## 检查内容
    “存在问题”“原因分析”“下一步打算”在一级标题中各只应出现一次；“工作情况”可以分成几个
    一级标题，不在此列。

    ## 为什么
    两个同名部分通常是合并稿件时没删干净。

    ## 示例
    一、工作情况 …… 二、存在问题 …… 三、存在的不足 …… 四、下一步打算 ……

    应改为：

    一、工作情况 …… 二、存在问题 …… 三、下一步打算 ……

    ## 依据
    各地主体责任报告提纲（每部分一次）。
    """

    code = "DJ104"
    name = "duplicate-section"
    severity = "warning"
    scope = "document"
    source = _SRC
    examples = (
        (_TITLE + "\n" + _WORK + _PROBLEMS + "三、存在的不足\n制度执行还有差距。\n"
         "四、2025年工作打算\n持续深化理论武装。\n", True),
        (_TITLE + "\n" + _WORK + "二、主要做法和成效\n建立了学习台账。\n" + "三、存在问题\n深度不够。\n"
         "四、2025年工作打算\n持续深化理论武装。\n", False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not _applies(a):
            return
        first: dict[str, object] = {}
        for top in a.tops:
            for g in sorted(top.groups):
                group = a.groups.get(g)
                if group is None or not group.unique:
                    continue
                if g in first:
                    h = top.heading
                    yield Finding(h.paragraph, h.label_start, len(h.paragraph.text.rstrip()),
                                  f"“{a.group_name(g)}”部分重复：前面已有“{_heading_text(first[g].heading)}”，"
                                  f"请合并（{a.label()}）")
                else:
                    first[g] = top


_ITEM_END = compile_(r"[。；;！？…]$")
_SECTION_KINDS = ("part", "cn", "cn-paren", "style")


class EmptySection(Rule):
    """标题下面没有内容

    ## 检查内容
    “一、”“（一）”级标题（以及 Word 标题样式的段落）后面紧跟着同级或更高一级的标题、或文末，
    中间没有任何正文。标题与正文写在同一段（“（一）加强学习。全年……”）的不算；以句号、
    分号结尾的列举项不算。

    ## 为什么
    空着的标题多半是提纲没写完，或者内容被误删了。

    ## 示例
    二、存在问题
    三、下一步打算
    ……

    应改为：

    二、存在问题
    一是理论学习的深度还不够……
    三、下一步打算
    ……

    ## 依据
    GB/T 9704-2012 7.3.3（正文结构层次）。
    """

    code = "DJ105"
    name = "empty-section"
    severity = "warning"
    scope = "document"
    source = "GB/T 9704-2012 7.3.3"
    examples = (
        (_TITLE + "\n" + _WORK + "二、存在问题\n" + _NEXT, True),
        (_TITLE + "\n" + _WORK + "（一）加强理论学习\n（二）严格组织生活\n支部按月开展主题党日。\n" + _PROBLEMS + _NEXT, True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
        (_TITLE + "\n一、工作情况\n（一）加强理论学习。全年开展集中学习12次。\n"
         "（二）严格组织生活。支部按月开展主题党日。\n" + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        body = [p for p in doc.body if p.text.strip()]
        outline = doc.outline
        for i, p in enumerate(body):
            h = outline.heading_of(p)
            if h is None or h.kind not in _SECTION_KINDS or h.runin or p.in_table:
                continue
            text = p.text.strip()
            if _ITEM_END.search(text) or not h.title:
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            nh = outline.heading_of(nxt) if nxt is not None else None
            if nxt is None:
                empty = True
            elif nh is not None and not nxt.in_table:
                empty = nh.level <= h.level and nh.kind in _SECTION_KINDS
            else:
                empty = False
            if empty:
                yield Finding(p, h.label_start, len(p.text.rstrip()),
                              f"标题“{_heading_text(h)}”下面没有内容，请补写或删除该标题")


_TITLE_LOOK = compile_(r"报告|总结|情况|材料|汇报|述职|检查|剖析|发言|提纲")


class ReportTitle(Rule):
    """报告没有标题，或标题没写明文种

    ## 检查内容
    文档开头（第一个“一、”之前）找不到标题；或者第一行像标题，却没有“报告”“总结”
    “情况”“材料”等文种字样。标题按“单位 + 时间 + 事由 + 文种”写，如
    “××党委2024年度全面从严治党主体责任落实情况报告”。

    ## 为什么
    没有标题或标题不写文种，收文单位无法登记，也看不出是哪一年的什么报告。

    ## 示例
    一、工作情况 ……（文档直接从一级标题开始）

    应改为：

    ××党委2024年度党建工作情况报告
    一、工作情况 ……

    ## 依据
    GB/T 9704-2012 7.3.1（标题由发文机关名称、事由和文种组成）。
    """

    code = "DJ106"
    name = "missing-report-title"
    aliases = ("report-title",)
    severity = "info"
    scope = "document"
    source = "GB/T 9704-2012 7.3.1"
    examples = (
        ("一、2024年工作情况\n全年开展集中学习12次。\n" + _PROBLEMS + _NEXT, True),
        ("机关党委2024年度\n\n" + _WORK + _PROBLEMS + _NEXT, True),
        ("2024年，机关党委认真履行管党治党责任，推动各项工作取得新进展，现将有关情况报告如下。\n"
         + _WORK + _PROBLEMS + _NEXT, True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        if not doc.outline.headings or doc.title is not None:
            return
        first = next((p for p in doc.body if p.text.strip()), None)
        if first is None:
            return
        h = doc.outline.heading_of(first)
        text = first.text.strip()
        if h is not None or (len(doc.outline.top) >= 2 and (len(text) > HEADING_MAX_LEN or text.endswith("。"))):
            # the draft opens with a heading or straight with body text
            yield Finding(first, 0, 0, "没有找到报告标题，请在开头写明“单位 + 时间 + 事由 + 文种”的标题")
            return
        if len(text) <= SHORT_LINE_LEN and not re.search(r"[。；，：:！？]", text) and not _TITLE_LOOK.search(clean_title(text)):
            start = len(first.text) - len(first.text.lstrip())
            yield Finding(first, start, len(first.text.rstrip()),
                          f"标题“{_q(text)}”没有写明文种，请补上“报告”“总结”等字样")


_SALUTATION = compile_(r"^[^，。；！？]{2,40}[：:]$")


class Salutation(Rule):
    """上报的报告缺少主送机关

    ## 检查内容
    报告类型要求主送机关时（如向上级党委报送的主体责任落实情况报告），标题之后、正文之前
    应有一行顶格的主送机关，以全角冒号结尾，如“中共××市委：”。

    ## 为什么
    报告是上行文，写明主送机关，收文单位才能登记办理。

    ## 示例
    ××党委关于2024年度落实全面从严治党主体责任情况的报告
    2024年，……

    应改为：

    ××党委关于2024年度落实全面从严治党主体责任情况的报告
    中共××市委：
    2024年，……

    ## 依据
    GB/T 9704-2012 7.3.2（主送机关）。
    """

    code = "DJ107"
    name = "missing-salutation"
    aliases = ("salutation",)
    severity = "info"
    scope = "document"
    source = "GB/T 9704-2012 7.3.2"
    examples = (
        ("××党委关于2024年度落实全面从严治党主体责任情况的报告\n2024年，党委认真履行主体责任。\n"
         + _WORK + _PROBLEMS + _NEXT + "特此报告。\n", True),
        ("××党委关于2024年度落实全面从严治党主体责任情况的报告\n中共××市委：\n2024年，党委认真履行主体责任。\n"
         + _WORK + _PROBLEMS + _NEXT + "特此报告。\n", False),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        extra = a.profile.salutation
        if extra is None or not _applies(a) or not _wanted(extra, doc):
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


class Closing(Rule):
    """上报的报告缺少“特此报告”等结束语

    ## 检查内容
    报告类型要求结束语时（主体责任落实情况报告、述职报告），正文最后几段应有“特此报告。”
    （述职报告也可写“特此报告，请予评议。”）。

    ## 为什么
    “特此报告”表明正文结束，是报告这一文种的习惯用语；缺了它，报告像是没写完。

    ## 示例
    ……持续深化理论武装。
    （文末没有结束语）

    应改为：

    ……持续深化理论武装。
    特此报告。

    ## 依据
    各地公文写作规范：报告以“特此报告”结尾；述职报告以“特此报告，请予评议”结尾。
    """

    code = "DJ108"
    name = "missing-closing"
    aliases = ("closing",)
    severity = "info"
    scope = "document"
    source = "《党政机关公文处理工作条例》第八条；报告结束语的通行写法"
    examples = (
        ("2024年度个人述职报告\n" + _WORK + _PROBLEMS + _NEXT, True),
        ("2024年度个人述职报告\n" + _WORK + _PROBLEMS + _NEXT + "特此报告，请予评议。\n", False),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT, False),
    )

    def check(self, doc, ctx):
        a = structure_of(ctx)
        extra = a.profile.closing
        if extra is None or not _applies(a) or not _wanted(extra, doc):
            return
        tail = [p for p in doc.body if p.text.strip()][-6:]
        for p in tail:
            if any(pat.search(p.text) for pat in extra.patterns):
                return
        if tail:
            last = tail[-1]
            yield Finding(last, 0, 0, f"正文后没有“特此报告”等结束语，请在正文最后另起一段补上（{a.label()}）",
                          severity=extra.severity)


_REQUEST = compile_(r"(?:妥否|当否|可否|是否可行)[，,]?\s*请(?:予)?(?:批示|批复|审批|指示)|请(?:予)?(?:批复|审批)")


class RequestInReport(Rule):
    """报告里夹带请示事项（“请批复”“妥否，请批示”）

    ## 检查内容
    标题是“报告”的文稿里出现“请批复”“请审批”“妥否，请批示”等请示用语。

    ## 为什么
    报告不需要上级答复，上级不会对报告作批复；需要批准的事项应另行请示，否则会被耽误。

    ## 示例
    以上报告，请批复。

    应改为：

    特此报告。

    ## 依据
    《党政机关公文处理工作条例》第十五条：不得在报告等非请示性公文中夹带请示事项。
    """

    code = "DJ109"
    name = "request-in-report"
    severity = "warning"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十五条"
    examples = (
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT + "以上报告，请批复。\n", True),
        (_TITLE + "\n" + _WORK + _PROBLEMS + _NEXT + "特此报告。\n", False),
        ("关于增设党员活动室的请示\n一、基本情况\n现有活动室面积不足。\n妥否，请批示。\n", False),
    )

    def check(self, doc, ctx):
        head = title_block(doc)
        if "报告" not in head or "请示" in head:
            return
        for p in doc.body:
            for m in _REQUEST.finditer(p.text):
                yield Finding(p, m.start(), m.end(),
                              f"报告中不应夹带请示事项“{m.group(0)}”：需要批复的事项请另行请示，报告以“特此报告”结尾")


RULES = (MissingSection, InlineOnlySection, SectionOrder, DuplicateSection, EmptySection, ReportTitle, Salutation,
         Closing, RequestInReport)
