"""DJ7xx template residue: watermark lines, template instructions, and what Word keeps
(unaccepted revisions, comments, hidden text) that must not reach the superior organ."""
from __future__ import annotations

import unicodedata

import regex as re

from ..engine import Finding, Rule
from ..engine.kinds import compile_
from ..util import rx
from ..util.zh import HEADING_MAX_LEN, NUMERAL_CHARS
from .hanzi import traditional_forms
from .numbering.labelled import Chapters, unlabelled
from .punctuation.credits import credit_spans

_WATERMARK = compile_(
    r"本文系.{0,12}原创|原创投稿|(?:仅供|只供)(?:大家)?(?:学习|参考|借鉴)(?:参考|交流|借鉴|使用)?"
    r"|(?:请勿|切勿)(?:照搬|抄袭|转载)|(?<![严禁止不能要得防免])照搬照抄(?=[！!。]|$)|(?:本文|文章|内容)(?:来源|来自|出处)\s*[：:]|转载(?:自|请注明)"
    r"|关注(?:微信)?公众号|扫码(?:关注|开通|联系|获取|下载)|免费(?:下载|获取全文|领取)|下载本文档|word版(?:可编辑|下载)"
    # 供大家参考 is a watermark after a 范文 site's own words, not in a speaker's 讲三点意见，供大家参考
    r"|可编辑版|小编(?:为大家|精心|整理)|以下是.{0,12}整理的|(?<=(?:范文|整理|收集|精选|分享|汇编|本文|文章|资料|文档)"
    r"[^。！？]{0,20})供大家参考|欢迎阅读|希望大家(?:能够)?喜欢"
    r"|阅读全部图文|正式会员|完整阅读|当前仅显示|全文共\d+字|预览(?:阅读)?(?:已)?结束|定制代笔|联系老师"
    r"|因篇幅问题不能全部显示|点此查看|本站(?:声明|仅提供|部分文章|内容)|版权说明|下载声明|百度已收录"
    r"|更多(?:精彩|精品|优秀|优质|相关|实用)?范文|精品文档|各类专业好文档|如有侵权"
    # notices about the file itself: 本文档为可编辑版、下载后可自行修改、文档格式：docx
    r"|(?:本|此|该)?文档(?:为|是)?(?:可编辑|可修改|word|wps|docx?)(?:版|格式|文档)?(?:可编辑|可修改|下载)?(?=[，。,.；;！!\s]|$)"
    r"|下载后(?:可|可以|即可|请)?(?:自行|随意|任意|直接|自由)?(?:编辑|修改|使用|打印|替换)"
    # 本文档来源于第一范文网: the file's own source note naming a web site (a unit's 学习内容来源于人民网 is not about 本文)
    r"|(?:本文|本篇|本文档|此文档|该文档)(?:来源于|来自于?|转自|摘自|选自)[^。，,；;]{0,12}(?:网络|网站|文库|网)"
    r"|(?:文档|文件)(?:格式|页数|大小|类型)\s*[：:]\s*(?:docx?|wps|pdf|\d)"
    r"|(?:word|wps)(?:格式|文档|版)(?:可编辑|可修改|下载|可直接使用)"
    r"|(?:本文|文档|本文档|此文档|该文档)[^。，,]{0,8}可(?:自行|任意|随意|自由)?(?:编辑|修改)(?:编辑|修改|使用)?(?=[，。,.；;！!\s]|$)"
    r"|下载(?:地址|链接|券)\s*[：:]?|(?:付费|积分|立即)下载|(?:VIP|会员)专享"
    # a site's page notice and its source line with the site's address (来源：××网 www.…; 数据来源：统计局 is no site)
    # 如需完整版请点击下载（需VIP）: a paywall's teaser line (如需完整版 asks the reader to go and get the rest)
    r"|如需(?:下载|查看|阅读|获取)?完整版|[（(]需(?:开通)?VIP[）)]"
    r"|下载提示\s*[：:]|完整版请下载|下载完整版(?=[，。,.！!；;\s]|$)|(?:本|此|该)?文档共\d+页"
    r"|(?<![据料])来源\s*[：:][^。，,；;]{0,16}(?:www\.|https?://)[A-Za-z0-9.\-/]*",
    re.I,
)
#: a page counter of a 文库 page or a PDF pasted as a paragraph of its own (第 3 页 共 6 页, 共6页/第3页): a report
#: numbers its pages in the footer; 详见第3页 in a sentence is not a whole paragraph
_PAGE_COUNTER = compile_(r"\s*(?:第\s*[0-9]+\s*页\s*[，,/／、]?\s*共\s*[0-9]+\s*页|共\s*[0-9]+\s*页\s*[，,/／、]?\s*第\s*[0-9]+\s*页)\s*")
_URL = compile_(r"(?:https?://|www\.)[A-Za-z0-9.\-/_%?=&#]+", re.I)
_INSTRUCTION = compile_(
    r"(?:注|说明|备注)\s*[：:]\s*.{0,20}(?:根据实际|据实|按实际)(?:情况)?(?:填写|修改|调整|增减)"
    r"|(?:可|请)?根据(?:本单位)?实际(?:情况)?(?:填写|增减|修改|调整|删减)"
    r"|可根据(?:需要|情况)(?:增减|删减|调整)|以下(?:内容)?(?:为|是)(?:示例|范例|参考)|(?:此处|本段)(?:为|是)示例"
    r"|（?(?:模板|范本|样稿|样例)）(?!》)|使用时(?:请)?删除|请删除(?:本|此)(?:段|行|说明)"
)


#: what a direction to fill in names right after 填写 (根据实际填写《……统计表》、附件1): a form the notice's readers
#: fill in, so the words are the notice's own request, not a template's note to its user
_FORM_NAMED = compile_(r"《[^》]{1,40}(?:表|单|册|书|卡|清单|台账)》|附(?:件|表)")
#: a notice's line naming its attachment (附件：, 附件2：, 附表1：)
_ATTACHMENT_LINE = compile_(r"^\s*附(?:件|表)[0-9０-９" + NUMERAL_CHARS + r"]{0,3}[：:]")
#: characters NFKC changes that matter here: full-width letters and digits, mathematical letters (𝒘𝒘𝒘)
_COMPAT_CLASS = r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\U0001D400-\U0001D7FF]"
_COMPAT = compile_(_COMPAT_CLASS)
#: DJ701 looks only at paragraphs holding one of these: each alternative of _WATERMARK contains one
#: of them (the literal it cannot match without; ``word|wps`` a w, which folds to no other letter; 页 for _PAGE_COUNTER),
#: and a paragraph with a character NFKC changes passes (it is matched normalised)
_WATERMARK_NEEDS = ("原创|仅供|只供|请勿|照搬|来源|来自|出处|转载|公众号|扫码|免费|下载|w|W|可编辑|小编|以下是|供大家参考"
                    "|欢迎阅读|希望大家|阅读全部图文|正式会员|完整阅读|当前仅显示|全文共|预览|定制代笔|联系老师|因篇幅问题"
                    "|点此查看|本站|版权说明|百度已收录|范文|精品文档|各类专业好文档|如有侵权|文档|本文|格式|页数|大小|类型|专享|完整版|VIP|页")
#: DJ702 likewise: every alternative of _INSTRUCTION ends in (or is) one of these
_INSTRUCTION_NEEDS = "填写|修改|调整|增减|删减|示例|范例|参考|模板|范本|样稿|样例|删除"


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


#: a sentence's end: a watermark pasted after a report's sentence begins after one
_SENTENCE_END = compile_(r"[。！？!?]")
#: what a report's sentence before a watermark holds at least (组织生活质量明显提升。)
_REPORT_SENTENCE = 6


def _pasted_after(text: str, first: int, last: int) -> tuple[int, int] | None:
    """The watermark's sentences when the paragraph begins with a sentence of the report's own and the
    site's text was pasted after it (……明显提升。（未完，全文共6831字，当前仅显示2399字……。); None
    when the watermark's sentence opens the paragraph (then the whole paragraph is the site's)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, first)]
    if not ends or len(text[:ends[-1]].strip()) < _REPORT_SENTENCE:
        return None
    after = _SENTENCE_END.search(text, last)
    end = after.end() if after else len(text.rstrip())
    return ends[-1], max(end, last)


class WatermarkLine(Rule):
    """从范文网站带进来的水印、来源和下载提示

    ## 检查内容
    找出“本文系××原创”“仅供学习参考”“请勿照搬”“本文来源：”“关注公众号”“免费下载”
    “word版可编辑”“以下是小编整理的……”“正式会员可完整阅读”等网站文字，以及这些段落里的网址；
    单独成段的页码计数（“第 3 页 共 6 页”“共6页/第3页”，文库页面或 PDF 的页脚粘贴进来的）也报，句子里的“详见第3页”不报。
    “供大家参考”只在前面说的是范文、文章、整理的资料时才算；讲话里的“讲三点意见，供大家参考”不报。
    用数学粗体字母写成的网址（𝒘𝒘𝒘…）也能识别。

    ## 为什么
    报告里留着范文网站的水印，等于告诉审稿人这份报告是抄来的。

    ## 修复说明
    提供删除整段的修复，但标为不安全：请确认这一段确实全是网站文字，用 --unsafe-fixes 才会应用。
    网站文字接在报告自己的一句话后面时（“……质量明显提升。（未完，全文共6831字……”），只删网站文字那几句。

    ## 依据
    范文网站常见的水印、付费阅读和下载提示文字；GB/T 9704-2012 第 5 章对公文内容的要求。
    """

    code = "DJ701"
    name = "watermark-line"
    #: an unpaired bracket that opens the site's text (（未完，全文共6831字……) goes with it
    supersedes = ("DJ503",)
    severity = "error"
    fix = "sometimes"
    source = "范文网站常见的水印、付费阅读和下载提示文字；GB/T 9704-2012 第 5 章"
    prefilter_words = tuple(_WATERMARK_NEEDS.split("|"))
    prefilter = _COMPAT  # a paragraph with a character NFKC rewrites is read too

    def check_paragraph(self, p, ctx):
        if _PAGE_COUNTER.fullmatch(p.text):
            if p.part != "body":
                return  # the footer is where a page number belongs
            yield Finding(p, 0, len(p.text), f"粘贴进来的页码“{p.text.strip()}”，请删除（页码在页脚）", "", safe=False,
                          fix_title="删除整段")
            return
        text = _nfkc(p.text) if _COMPAT.search(p.text) else p.text
        if len(text) != len(p.text):
            text = p.text  # NFKC changed the length: match on the original to keep offsets
        hits = list(_WATERMARK.finditer(text))
        if not hits:
            return
        whole_line = len(p.text.strip()) <= 80
        quoted = "".join(f"“{m.group()}”" for m in hits[:3])
        tail = _pasted_after(p.text, hits[0].start(), hits[-1].end()) if whole_line else None
        if tail is not None:
            s, e = tail  # 组织生活质量明显提升。（未完，全文共6831字……）: the report's sentence stays
            yield Finding(p, s, e, f"范文网站的水印或下载提示{quoted}，请删除", "", safe=False, fix_title="删除水印文字")
            return
        if whole_line:
            s, e, replacement = 0, len(p.text), ""
        else:
            s, e, replacement = hits[0].start(), hits[-1].end(), None
        yield Finding(p, s, e, f"范文网站的水印或下载提示{quoted}，请删除", replacement, safe=False,
                      fix_title="删除整段")
        if not whole_line:
            nf = _nfkc(p.text)
            for m in _URL.finditer(nf if len(nf) == len(p.text) else p.text):
                yield Finding(p, m.start(), m.end(), f"水印段落中的网址“{m.group()}”，请删除")


class TemplateInstructionLine(Rule):
    """模板的使用说明（注：根据实际填写、可根据情况增减、以下为示例）

    ## 检查内容
    找出模板作者写给使用者的说明：“注：请根据实际情况填写”“可根据情况增减”“以下为示例”
    “使用时请删除”“（模板）”等。通知的附件本身是给收文单位填的模板时（“附件：……计划（模板）”）不报；
    通知请收文单位填写一张表（“根据实际填写《……统计表》”“根据实际情况填写附件2”）也不报。

    ## 为什么
    这些说明是模板的一部分，不是报告内容。

    ## 修复说明
    删除整段的修复标为不安全，用 --unsafe-fixes 才会应用。

    ## 依据
    GB/T 9704-2012 第 5 章；模板的说明性文字。
    """

    code = "DJ702"
    name = "template-instruction-line"
    #: （注：本部分根据单位实际情况填写，可根据情况增减）is one note: the line is deleted, not filled in (DJ204)
    supersedes = ("DJ204",)
    severity = "error"
    fix = "sometimes"
    source = "GB/T 9704-2012 第 5 章；公文模板的说明性文字"
    prefilter_words = tuple(_INSTRUCTION_NEEDS.split("|"))

    def check_paragraph(self, p, ctx):
        m = _INSTRUCTION.search(p.text)
        if m and m.group().endswith("）") and _ATTACHMENT_LINE.match(p.text):
            return  # 附件：……推进建设计划（模板）: the attachment is a template for the readers to fill in
        if m and m.group().endswith("填写") and _FORM_NAMED.match(p.text, m.end()):
            return  # （二）根据实际填写《……统计表》（见附件）: a notice asks its readers to fill in a form
        if m:
            whole = len(p.text.strip()) <= HEADING_MAX_LEN
            s, e = (0, len(p.text)) if whole else m.span()
            yield Finding(p, s, e, f"模板的使用说明“{m.group()}”，请删除", "" if whole else None, safe=False,
                          fix_title="删除整段")


class UnacceptedRevisions(Rule):
    """文档中还有未接受的修订（Word 修订模式的插入、删除）

    ## 检查内容
    .docx 中仍有修订标记（插入、删除、移动、格式修改）时报告一次，指出第一处位置和数量。
    djlint 按“接受全部修订”后的文字检查。

    ## 为什么
    带着修订痕迹上报，对方打开时会看到删改过程和审稿意见。

    ## 依据
    公文定稿要求；GB/T 9704-2012 第 5 章。
    """

    code = "DJ703"
    name = "unaccepted-revisions"
    inputs = ("docx",)
    severity = "warning"
    scope = "document"
    source = "公文定稿要求；GB/T 9704-2012 第 5 章"

    def check(self, doc, ctx):
        ours = [r for r in doc.revisions if r.author == "djlint"]
        theirs = [r for r in doc.revisions if r.author != "djlint"]
        kinds = {"ins": "插入", "del": "删除", "moveFrom": "移动", "moveTo": "移动", "format": "格式修改"}
        if theirs:
            first = next((r.paragraph for r in theirs if r.paragraph is not None), None)
            names = "、".join(dict.fromkeys(kinds.get(r.kind, r.kind) for r in theirs))
            yield Finding(first, 0, 0, f"文档含 {len(theirs)} 处未接受的修订（{names}），请在 Word 中接受或拒绝全部修订后再上报")
        if ours:
            # djlint --fix writes its fixes as tracked changes: until someone accepts or rejects
            # them the draft still carries revision marks and must not go up the chain
            first = next((r.paragraph for r in ours if r.paragraph is not None), None)
            yield Finding(first, 0, 0, f"文档含 djlint 自动修复留下的 {_fixes(ours)} 处修订（作者 djlint），"
                                       f"请在 Word/WPS 的“审阅”中逐条接受或拒绝后再上报")


def _fixes(revisions) -> int:
    """How many fixes djlint's own revisions make: a deletion and the insertion written right after it
    (a replacement) are one, as ``--fix`` counted them (“已修复 N 处”), not one for each paragraph; so are
    the deletions of one fix written in pieces around a mark it left in place (a 批注's edge, a bookmark)."""
    count, prev = 0, None
    for r in revisions:
        paired = (prev is not None and prev.kind == "del" and r.kind in ("del", "ins") and r.at >= 0
                  and r.paragraph is prev.paragraph and r.at == prev.at)
        count += not paired
        prev = r if r.kind == "del" else None
    return count


class LeftoverComment(Rule):
    """文档中还留着批注

    ## 检查内容
    .docx 中有审稿批注时报告，每条批注一处，指向批注所在的文字。djlint 自己写的批注和
    “djlint: ignore” 批注不算。

    ## 为什么
    批注是内部修改意见，留在上报稿里既不严肃，也可能泄露内部讨论。

    ## 依据
    公文定稿要求。
    """

    code = "DJ704"
    name = "leftover-comment"
    inputs = ("docx",)
    severity = "warning"
    scope = "document"
    source = "公文定稿要求"

    def check(self, doc, ctx):
        for c in doc.comments:
            if c.author == "djlint" or re.match(r"^\s*djlint\s*[:：]\s*ignore", c.text, re.I):
                continue
            if c.start is not None:
                p, s = c.start
                e = c.end[1] if c.end is not None and c.end[0] is p else len(p.text)
            else:
                p, s, e = None, 0, 0
            yield Finding(p, s, max(s, e), f"文档中留有批注（{c.author or '匿名'}：“{c.text.strip()[:20]}”），请处理后删除")


class HiddenText(Rule):
    """文档中有隐藏文字

    ## 检查内容
    .docx 中设置为“隐藏”的文字（在屏幕上看不到，但仍在文件里）。

    ## 为什么
    隐藏文字可能是删掉一半的旧内容或内部说明，对方打开“显示隐藏文字”就能看到。

    ## 依据
    公文定稿要求。
    """

    code = "DJ705"
    name = "hidden-text"
    inputs = ("docx",)
    severity = "warning"
    source = "公文定稿要求"

    def check_paragraph(self, p, ctx):
        for s, e in p.hidden:
            text = p.text[s:e].strip()
            if text:
                yield Finding(p, s, e, f"隐藏文字“{text[:20]}”，请删除或取消隐藏")




_HAN_RUN = compile_(r"[\u4e00-\u9fff]+")
#: a pinyin annotation after a character: (jìn), （shè）, (tuī jìn); a tone mark is required, so list
#: labels such as (a) are no annotation
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
_PINYIN = compile_(rf"(?<=[\u4e00-\u9fff])[（(]\s*(?=[a-zü{_TONED}\s]*[{_TONED}])[a-zü{_TONED}]+(?:\s+[a-zü{_TONED}]+)*\s*[)）]")
_TRADITIONAL_CLASS = None
_TRAD_SRC = ("《中华人民共和国国家通用语言文字法》（2000）第九条、第十七条：国家机关以规范汉字为公务用字；"
             "《通用规范汉字表》（2013）；繁简对照据 OpenCC 字表（Apache-2.0）")


#: former variants that 《通用规范汉字表》(2013, 附件1 说明) keeps as standard characters for surnames,
#: given names or places (昇: 毕昇; 陞、甯、甦、喆、堃、淼、邨): reported only beside another traditional character
_FOR_NAMES = frozenset("昇陞甯甦喆堃淼犇邨迺耑")


#: a post or title, then a surname and one more character: the next character ends a person's name
_TITLE_THEN_NAME = rx.stdlib(r"(?:书记|主任|局长|院长|校长|经理|处长|部长|主席|厅长|县长|市长|镇长|乡长|所长|站长|队长|教授|记者|"
                             r"委员|同志|董事长|总经理)[\u4e00-\u9fff]{2}$")


#: what follows a person's name (张某某一行、等、说、同志; a mark; the paragraph's end)
_AFTER_A_NAME = frozenset(("", "一", "等", "说", "同", "在", "的", "表", "指", "强", "介", "讲", "、", "，", "。", "（", "）", "：", " "))


class TraditionalCharacter(Rule):
    """简体稿里混进了繁体字（多半是从繁体网页复制来的：加強、黨的建設）

    ## 检查内容
    找出不是任何简体字写法的繁体字（`rules/phrase/data/traditional.tsv`，3500 多个，如 強、黨、設、進），
    每段连续的汉字里从第一个到最后一个繁体字报一处，给出转成简体后的写法。著、乾、於、台这类
    繁简同形或另有简体用法的字不在表里，不会报；《通用规范汉字表》允许用于姓名、地名的昇、陞、甯、甦
    等字（毕昇、华昇），旁边没有别的繁体字时也不报；职务后面人名的最后一个字是唯一的繁体字时（党委书记张海啟一行），
    按登记的姓名写法，也不报。

    ## 为什么
    国家机关公务用字应当是规范汉字（简体）。从繁体版范文网页复制来的段落最容易混进繁体字，
    读的人一眼就能看出是抄来的。

    ## 修复说明
    每个繁体字只有一个对应简体字时，修改是安全的（`--fix` 直接改，.docx 写成修订）；有两个可能的
    简体字时（畫：画/划，鍊：炼/链）只作建议，需人工确认。

    ## 依据
    《中华人民共和国国家通用语言文字法》（2000）第九条、第十七条；《通用规范汉字表》（2013）。
    繁简对照据 OpenCC 字表（Apache-2.0 许可）。
    """

    code = "DJ706"
    name = "traditional-character"
    severity = "warning"
    fix = "sometimes"
    source = _TRAD_SRC

    @property
    def prefilter(self):
        """A paragraph without a traditional character is passed over (one search of the document)."""
        global _TRADITIONAL_CLASS
        if _TRADITIONAL_CLASS is None:
            forms = traditional_forms()
            # re.escape leaves a letter as it is: called for the rest only (3,500 calls were ~3 ms a process)
            _TRADITIONAL_CLASS = rx.stdlib("[" + "".join(ch if ch.isalnum() else re.escape(ch) for ch in sorted(forms))
                                           + "]" if forms
                                           else r"[^\s\S]")
        return _TRADITIONAL_CLASS

    def check_paragraph(self, p, ctx):
        forms = traditional_forms()
        if not forms or not any(ch in forms for ch in p.text):
            return
        for run in _HAN_RUN.finditer(p.text):
            at = [i for i, ch in enumerate(run.group()) if ch in forms]
            if not at or all(run.group()[i] in _FOR_NAMES for i in at) or (
                    len(at) == 1 and _TITLE_THEN_NAME.search(p.text, 0, run.start() + at[0])
                    and p.text[run.start() + at[0] + 1:run.start() + at[0] + 2] in _AFTER_A_NAME):
                # 华昇时代, 毕昇: a character the 2013 table keeps for names, alone in its run; 党委书记张海啟: the
                # one traditional character of a person's name right after the post (a name is written as registered)
                continue
            s, e = run.start() + at[0], run.start() + at[-1] + 1
            written = p.text[s:e]
            simplified = "".join(forms[ch][0] if ch in forms else ch for ch in written)
            yield Finding(p, s, e, f"繁体字：“{written}”应为“{simplified}”", simplified,
                          safe=all(len(forms[ch]) == 1 for ch in written if ch in forms))


class PinyinAnnotation(Rule):
    """从网页带进来的拼音注音（推進(jìn)、建設(shè)）

    ## 检查内容
    汉字后面括号里带声调的拼音，如“推進(jìn)政府建設(shè)”。一段里有两处以上，或者注在繁体字后面时才报：
    那是范文网站给整页加的注音；报告里偶尔给生僻字注一个音（踔（chuō）厉奋发）不报。

    ## 为什么
    这是网页排版留下的痕迹，不是报告内容，留在稿子里一看就是从网上复制的。

    ## 修复说明
    删除括号和拼音，修改是安全的。

    ## 依据
    范文网站的注音排版；GB/T 9704-2012 第 5 章对公文内容的要求。
    """

    code = "DJ707"
    name = "pinyin-annotation"
    severity = "warning"
    fix = "always"
    source = "范文网站的注音排版；GB/T 9704-2012 第 5 章"
    #: a tone mark: every annotation the pattern reads holds one (its lookahead asks for it)
    prefilter = compile_("[" + _TONED + "]")

    def check_paragraph(self, p, ctx):
        if "(" not in p.text and "（" not in p.text:
            return
        hits = list(_PINYIN.finditer(p.text))
        if not hits:
            return
        forms = traditional_forms()
        for m in hits:
            if len(hits) >= 2 or p.text[m.start() - 1] in forms:
                yield Finding(p, m.start(), m.end(), f"网页注音残留“{m.group()}”，请删除", "")


_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*")
_HAN = re.compile(r"\p{Han}")
_SPACE = re.compile(r"\s+")
#: a sentence said again right after itself: this many Chinese characters at least
ADJACENT_MIN = 8

#: a sentence said again anywhere in the document, or a whole paragraph: this many at least
ANYWHERE_MIN = 30
#: findings of one document at most
MAX_FINDINGS = 30


class RepeatedPassage(Rule):
    """同一句话或同一段文字重复粘贴了两遍

    ## 检查内容
    同一句话紧接着又出现一遍（在同一段里或下一段开头），同一段文字在文中出现两遍，或一句
    三十个字以上的长句在文中一字不差地再次出现（相隔较远的，只作提示）。表格里的文字、标题、
    没有句末标点的短行、短句（“特此报告。”）、图片说明（段末是“王某 摄”之类的署名：图注照例复述导语）不查；只差一个字的不算重复，只有开头的编号不同的
    （“（三）……”又粘贴成“（四）……”）算重复。词语重复（提高提高）见 DJ439。

    ## 为什么
    改稿时复制粘贴，最容易把一句话、一段话多留一遍；上报的报告出现整句重复，很显眼。

    ## 修复说明
    紧接着重复的一句，建议删去（需人工确认）；相隔较远的重复，请人工决定保留哪一处。带编号的一段粘贴了两遍（“（五）”
    出现在“（七）”之后）时，删去重复的一段就是修改，编号检查（DJ301）不再建议给它重新编号。

    ## 依据
    《党政机关公文处理工作条例》第十九条（公文内容简洁、文字精练）。
    """

    code = "DJ708"
    name = "repeated-passage"
    #: a numbered paragraph pasted a second time puts its label out of order (（五）after（七）): deleting the copy
    #: is the fix, not renumbering it (DJ301 would offer（八）)
    supersedes = ("DJ301",)
    severity = "warning"
    fix = "sometimes"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十九条；复制粘贴造成的重复"

    def check(self, doc, ctx):
        found = 0
        for finding in self._repeats(doc):
            yield finding
            found += 1
            if found >= MAX_FINDINGS:
                return  # a page pasted over and over: the first ones say it

    def _repeats(self, doc):
        # keys are compared as strings; characters are counted only for the few that repeat
        seen: dict[str, object] = {}  # a long sentence → the paragraph it was first seen in
        paragraphs: dict[str, object] = {}
        previous = None
        run = None  # [paragraph, start, end, times, key]: the same sentence again and again, reported once
        title = doc.title
        where = Chapters()  # the chapter (一、, 第二章) and the attachment (附件一) a paragraph stands in
        for p in doc.body:
            if p.in_table or p is title or not p.text.strip():
                continue
            if run is not None:
                yield _run_finding(run)
                run = None
            whole = _SPACE.sub("", p.text)
            where.step(whole)
            body = unlabelled(whole)
            first, its_place = paragraphs.setdefault(body, (p, where.place(whole)))
            parallel = first is not p and where.meant_again(its_place, whole, body)
            if first is not p and _han(body) >= ANYWHERE_MIN and not parallel:
                same = "完全相同" if _SPACE.sub("", first.text) == whole else "只有编号不同"
                yield Finding(p, 0, len(p.text), f"本段与第{first.line}段{same}，疑为重复粘贴")
                previous = None
                continue
            if first is not p and _han(body) >= ANYWHERE_MIN:
                previous = None
                continue  # an attachment quotes its cover letter; two chapters list the same numbered item (dev-prec438)
            # a photo's caption (……拉开帷幕。王某 李某 摄) says again what the text's lead says: no copy pasted twice (dev-prec448)
            caption = _captioned(p.text)
            for m in _SENTENCE.finditer(p.text):
                key = _SPACE.sub("", m.group())
                if run is not None and run[0] is p and run[2] == m.start() and run[4] == key:
                    run[2], run[3] = m.end(), run[3] + 1
                    continue
                again = (previous is not None and previous[0] == key and len(key) >= ADJACENT_MIN
                         and key[-1] in "。！？；!?;" and _han(key) >= ADJACENT_MIN)
                if again and run is not None and run[0] is p and run[2] == m.start():
                    run[2], run[3] = m.end(), run[3] + 1
                    continue
                if run is not None:
                    yield _run_finding(run)
                    run = None
                if again:
                    run = [p, m.start(), m.end(), 1, key]
                elif len(key) >= ANYWHERE_MIN and not caption:
                    first, its_annex = seen.get(key, (None, where.annex))
                    if first is None:
                        seen[key] = (p, where.annex)
                    elif _han(key) >= ANYWHERE_MIN and its_annex == where.annex:
                        yield Finding(p, m.start(), m.end(), f"这句话与第{first.line}段的一句完全相同，疑为重复粘贴",
                                      severity="info")
                previous = (key, p)
        if run is not None:
            yield _run_finding(run)


def _run_finding(run) -> Finding:
    p, start, end, times, _key = run
    said = "这句话与上一句完全相同，疑为多粘贴了一遍" if times == 1 else f"这句话紧接着又重复了{times}遍，疑为多粘贴了"
    return Finding(p, start, end, said, "", False, fix_title="删去重复的部分")


#: what a photo's credit ends with (王某 李某 摄; 某某供图)
_PHOTO_DONE = ("摄", "摄影", "供图")


def _captioned(text: str) -> bool:
    """Whether the paragraph is a photo's caption: it ends with a photographer's credit (credits.credit_spans)."""
    return text.rstrip().rstrip("）)").endswith(_PHOTO_DONE) and bool(credit_spans(text))


def _han(text: str) -> int:
    return len(_HAN.findall(text))


RULES = (WatermarkLine, TemplateInstructionLine, UnacceptedRevisions, LeftoverComment, HiddenText,
         TraditionalCharacter, PinyinAnnotation, RepeatedPassage)
