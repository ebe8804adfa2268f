"""The parts of a report its profile asks for: missing (DJ101), only mentioned in passing (DJ102),
out of order (DJ103), twice (DJ104), or a heading with nothing under it (DJ105)."""
from __future__ import annotations

from ...document.ending import cut_paragraph, unseen_end
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import zh
from ..numbering.headings import render
from .analysis import applies, heading_text, known, structure_of
from .profiles import example_title

_SRC = ("GB/T 9704-2012 7.3.3；《党政机关公文处理工作条例》第八条（报告）；"
        "《党委（党组）落实全面从严治党主体责任规定》第十八条")


class MissingSection(Rule):
    """报告缺少必备的部分（如“存在问题”“下一步打算”）

    ## 检查内容
    按报告类型（profile）检查一级标题：党建工作报告、主体责任落实情况报告、述职报告要有
    工作情况、存在问题、下一步打算三部分；对照检查材料要有查摆的问题、原因分析、整改措施。
    标题里带年份、单位名称、“主要”“的”都能识别（如“二、××党委2024年存在的主要问题”）。
    工作情况按内容分成几个一级标题写的（“一、加强党的建设，发挥政治引领作用”“二、聚焦立德树人……”），
    写在第一个能认出的部分（存在问题、下一步打算等）之前的这些标题都算工作情况。
    报告类型可用 `--profile` 或 .djlint.yaml 的 `profile:` 指定，否则按标题、开头或提纲识别；
    方案、通知、规则、讲话、新闻稿、调研报告、整改情况报告、发给下级的通报（“各党支部：”）等不是这类报告的
    文稿，以及看不出是报告的文稿（标题只提到“党建”的案例、文章），不查；人代会、政协会上作的工作报告按
    “回顾 + 任务”查，不要求“存在问题”。
    `djlint profiles` 列出全部报告类型及各部分认可的标题。
    文稿最后一段停在句子中间（没有句末标点，不是落款、日期）或停在一个标题上时不报：
    这是没贴完整的文字，缺的部分可能在后面。

    ## 为什么
    审稿人首先看报告有没有这几部分；只讲成绩不讲问题的报告会被退回。

    ## 依据
    《党政机关公文处理工作条例》第八条；《党委（党组）落实全面从严治党主体责任规定》第十八条；
    各地主体责任报告提纲（主要做法、存在问题、下一步工作打算）。
    """

    code = "DJ101"
    name = "missing-section"
    severity = "error"
    scope = "document"
    source = _SRC

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not applies(a) or unseen_end(ctx) is not None:
            return  # a text cut mid-sentence: the missing part may be in what was not pasted
        for i, section in enumerate(a.profile.sections):
            if not section.required or section.group in a.first:
                continue
            if _inline_mentions(doc, a, section.group):
                continue  # DJ102 reports it, milder
            yield _missing_finding(doc, a, i, section.group, f"缺少“{a.group_name(section.group)}”部分", ctx.report_date)


def _missing_finding(doc, a, index: int, group: str, lead: str, date=None) -> Finding:
    """Point at the heading before which the missing part belongs (or after the last one).  A year
    in an example title ({年+1}工作思路 in the profiles) is counted from the report's date (see example_title)."""
    later = {s.group for s in a.profile.sections[index + 1:]}
    before = next((t for t in a.tops if t.groups & later), None)
    orphans = _headless(doc, a) if before is a.tops[0] else []
    if orphans:
        # （一）……（四） with no 一、 above them, then 二、存在的问题: the part is there, its heading is not
        first, last = orphans[0].label, orphans[-1].label
        span = f"“{first}”至“{last}”" if len(orphans) > 1 else f"“{first}”"
        top = a.tops[0].heading
        one = render(top, 1) if top.kind in ("cn", "part") else ""
        examples = "".join(f"“{one}{example_title(e, date)}”" for e in a.group_examples(group)[:2])
        msg = f"{lead}的一级标题：{span}前面没有上一级标题，请在“{first}”之前补上，如{examples}（{a.label()}）"
        return Finding(before.heading.paragraph, 0, 0, msg)
    if before is not None:
        anchor, where = before.heading.paragraph, f"请在“{heading_text(before.heading)}”之前补上"
    else:
        last = a.tops[-1].heading
        anchor, where = last.paragraph, f"请在“{heading_text(last)}”部分之后补上"
    examples = "".join(f"“{example_title(e, date)}”" for e in a.group_examples(group)[:3])
    msg = f"{lead}，{where}（标题可用{examples}；{a.label()}）"
    return Finding(anchor, 0, 0, msg)


def _headless(doc, a) -> list:
    """The labelled headings of a lower level before the first top-level one, none above them (（一）…（四） then
    二、): the subsections of a part whose own heading was left out."""
    first = a.tops[0].heading
    out = []
    for h in doc.outline.headings:
        if h is first:
            return out
        if h.level > first.level and h.label and not h.paragraph.in_table:
            out.append(h)
    return []


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

    ## 依据
    《党委（党组）落实全面从严治党主体责任规定》第十八条；各地主体责任报告提纲。
    """

    code = "DJ102"
    name = "inline-only-section"
    severity = "warning"
    scope = "document"
    source = _SRC

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not applies(a) or unseen_end(ctx) is not None:
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

    ## 依据
    《党委（党组）落实全面从严治党主体责任规定》第十八条；各地主体责任报告提纲。
    """

    code = "DJ103"
    name = "section-order"
    severity = "warning"
    scope = "document"
    source = _SRC

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not applies(a):
            return
        order = {s.group: i for i, s in enumerate(a.profile.sections)}
        seen: set[str] = set()
        latest = None  # (order index, top) of the furthest part reached so far
        for top in a.tops:
            new = [g for g in top.groups if g in order and g not in seen]
            for g in sorted(new, key=order.get):
                if latest is not None and order[g] < latest[0]:
                    yield Finding(top.heading.paragraph, top.heading.label_start, len(top.heading.paragraph.text.rstrip()),
                                  f"“{a.group_name(g)}”部分应在“{heading_text(latest[1].heading)}”之前（{a.label()}）")
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

    ## 依据
    各地主体责任报告提纲（每部分一次）。
    """

    code = "DJ104"
    name = "duplicate-section"
    severity = "warning"
    scope = "document"
    source = _SRC

    def check(self, doc, ctx):
        a = structure_of(ctx)
        if not applies(a):
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
                                  f"“{a.group_name(g)}”部分重复：前面已有“{heading_text(first[g].heading)}”，"
                                  f"请合并（{a.label()}）")
                else:
                    first[g] = top


_ITEM_END = compile_(r"[。；;！？…，,]$")
#: an item that names a thing and gives it after a colon (来访接待室：某楼301室; 电子邮箱：…)
_LABEL_VALUE = compile_(r"^[^：:]{2,12}[：:]\s*\S")
#: a heading that says where its content is, after a space: 二、检查内容 见《安全隐患自查表》, 三、报名方式 详见附件2
_SEE_THERE = compile_(r"\s(?:详见|参见|具体见|另见|见)(?:附件|附表|《)|[（(](?:详见|参见|具体见|另见|见)(?:附件|附表)[^（）()]{0,6}[）)]$")
#: the names of a notice's fields (参加对象 全体党员教师, 评选名额 全县二十名): an item that gives one after a space; a
#: heading of two phrases spaced apart (强化理论武装 筑牢思想根基) names no field
_FIELDS = "(?:时间|日期|地点|对象|名额|人数|范围|方式|形式|主题|人员|单位|期限|费用|名称|联系人|电话)"
#: an item that names a thing and gives it after a space, a date or a number (一、培训时间 2013年3月—4月（每周日）,
#: dev-prec438): the value is its content
_LABEL_SPACE_VALUE = compile_(r"^\p{Han}{2,8}" + zh.BLANK + r"+[0-9０-９]|^\p{Han}{0,6}" + _FIELDS + zh.BLANK + r"+\S")
#: the caption of a table (一般公共预算支出表, 项目支出绩效目标表（本级下达）, 附表1): what follows is the table
_TABLE_CAPTION = compile_(r"(?:表|一览表|明细表|附表[0-9０-９]*)(?:[（(][^（）()]{1,20}[）)])?$")
_SECTION_KINDS = ("part", "cn", "cn-paren", "style")


class EmptySection(Rule):
    """标题下面没有内容

    ## 检查内容
    “一、”“（一）”级标题（以及 Word 标题样式的段落）后面紧跟着同级或更高一级的标题、或文末，
    中间没有任何正文。标题与正文写在同一段（“（一）加强学习。全年……”）的不算；以句号、
    分号或逗号结尾的列举项不算；表格的标题（“一、收支预算总表”，下面是表格）不算；标题后空一格写明内容在哪里的（“二、检查内容 见《自查表》”）不算；不是报告的文稿（通知、公告）里
    紧接着上一级标题、连续三条以上（紧跟在上一级标题下、就是它全部内容的，两条以上）都没有下文的同级编号行是列举项（“二、征集内容”下的（一）……（十五）），不算。文末的标题本身停在
    半句（“三、注重制度建设，强化”）时是没贴完整的文字，不报。报告上方照录的提纲（连续五条以上标题，隔着报告标题、
    开头一段，正文又从第一条标题写起）是目录，不报。

    ## 为什么
    空着的标题多半是提纲没写完，或者内容被误删了。

    ## 依据
    GB/T 9704-2012 7.3.3（正文结构层次）。
    """

    code = "DJ105"
    name = "empty-section"
    severity = "warning"
    scope = "document"
    source = "GB/T 9704-2012 7.3.3"

    def check(self, doc, ctx):
        body = [p for p in doc.body if p.text.strip()]
        outline = doc.outline
        title = doc.title  # a Markdown “# 标题” or a Word heading-styled title is the report's, not a section's
        listed = _listed_items(body, outline) if not known(structure_of(ctx)) else set()
        for i, p in enumerate(body):
            h = outline.heading_of(p)
            if h is None or h.kind not in _SECTION_KINDS or h.runin or p.in_table or p is title:
                continue
            text = p.text.strip()
            if _ITEM_END.search(text) or not h.title or _TABLE_CAPTION.search(h.title) or _LABEL_VALUE.search(h.title) or \
                    _SEE_THERE.search(text) or _LABEL_SPACE_VALUE.search(h.title):
                # (一、收支预算总表: a table's caption; the table may be a picture or lost in a copy);
                # （二）值班电话：0551-1234567: an item giving its value after a colon, not a heading; 二、检查内容
                # 见《……》: the heading says where its content is
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            nh = outline.heading_of(nxt) if nxt is not None else None
            if nxt is None:
                empty = cut_paragraph(ctx) is None  # the text may go on where it was cut
            elif nh is not None and not nxt.in_table:
                empty = nh.level <= h.level and nh.kind in _SECTION_KINDS
            else:
                empty = False
            if empty and id(p) not in listed:
                yield Finding(p, h.label_start, len(p.text.rstrip()),
                              f"标题“{heading_text(h)}”下面没有内容，请补写或删除该标题")


def _listed_items(body, outline) -> set[int]:
    """Numbered lines that are the items of a list, not headings (a notice's 二、征集内容 then （一）……（十五）
    and 三、征集方式): three or more of one level in a row, nothing under any of them, right before a
    heading of a higher level.  Only outside reports: in a report such a run is an outline not yet written."""
    listed: set[int] = set()
    run: list = []
    level = None
    under = False  # the run opens right under its parent heading (一、考核对象 then （一）（二）)
    for k, p in enumerate(body):
        h = outline.heading_of(p)
        if h is not None and h.kind in _SECTION_KINDS and not p.in_table and (level is None or h.level == level):
            if not run:
                before = outline.heading_of(body[k - 1]) if k else None
                under = before is not None and before.level < h.level
            run.append(p)
            level = h.level
            continue
        if h is not None and level is not None and h.level < level and (len(run) >= 3 or (len(run) == 2 and under)):
            # two items are a list when they are all their parent holds (一、考核对象：（一）处级单位（二）教职工)
            listed.update(id(q) for q in run)
        run, level = ([p], h.level) if h is not None and h.kind in _SECTION_KINDS and not p.in_table else ([], None)
        if run:
            before = outline.heading_of(body[k - 1]) if k else None
            under = before is not None and before.level < h.level
    return listed
