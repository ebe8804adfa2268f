"""DJ2xx placeholder rules written in Python (the simple x/XX/*/×/○/□ forms are DJ201 in rules/placeholder)."""
from __future__ import annotations

import regex as re

from ..engine import Finding, Rule
from ..util import rx
from ..util.zh import BLANK

_SRC = "公文定稿要求：GB/T 9704-2012 第 5 章（公文内容须完整、准确）；范文模板常见占位写法"


class FillInBlank(Rule):
    """留空待填的位置（下划线、空括号、空的年份括号）

    ## 检查内容
    找出连续三个以上的下划线（___、＿＿＿）、只含空格的括号（（ ）、【 】、[ ]）和空的六角括号
    （〔〕，常见于文号年份没有填写）。

    ## 为什么
    这些是模板里留给起草人填写的位置，留空就报出去，说明报告没有写完。

    ## 依据
    GB/T 9704-2012 第 5 章、7.2.4（发文字号年份用六角括号）。
    """

    code = "DJ203"
    name = "fill-in-blank"
    severity = "error"
    source = _SRC + "；GB/T 9704-2012 7.2.4"
    _pattern = rx.regex(r"(?<![A-Za-z0-9])[_＿]{3,}|[（(【\[]" + BLANK + r"*[）)】\]]|〔" + BLANK + "*〕")

    def check_paragraph(self, p, ctx):
        for m in self._pattern.finditer(p.text):
            yield Finding(p, m.start(), m.end(), f"留空待填的位置“{m.group()}”，请填写实际内容")


class TemplateInstruction(Rule):
    """模板里的填写说明和待办标记（【填写单位名称】、此处填写、待补充、TODO）

    ## 检查内容
    找出括号里的填写说明（【填写单位名称】、[此处填写数据]、（此处插入图表））、“待补充”“待完善”
    “待核实”和 TODO、TBD 等待办标记。在 .docx 中，被高亮的说明文字同样报告。

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
    _todo = rx.regex(r"待补充|待完善|待核实|待更新|待填写|待确认|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])")

    def check_paragraph(self, p, ctx):
        seen = []
        for m in self._bracketed.finditer(p.text):
            inner = m.group()[1:-1]
            if "《" in m.group()[:1] and "填写" not in inner and "此处" not in inner:
                continue
            seen.append(m.span())
            yield Finding(p, m.start(), m.end(), f"模板的填写说明“{m.group()}”，请换成实际内容")
        for m in self._todo.finditer(p.text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            yield Finding(p, m.start(), m.end(), f"待办标记“{m.group()}”，请补全内容后删除")


class HighlightedPlaceholder(Rule):
    """Word 中被高亮的待填内容（占位、说明或待核实的文字）

    ## 检查内容
    .docx 中被高亮（突出显示）的文字，如果看起来是占位或说明（含 X、*、填写、待、核实、括号等），
    报告为待填内容。起草人常用黄色高亮标出“这里还要改”。

    ## 为什么
    高亮本身就是“未定稿”的标记，报告上报前应当改好并取消高亮。

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


# Over-redaction: a placeholder that ate part of a word (**形态 for 意识形态).
REDACTION_WORDS = (
    "习近平", "总书记", "习近平总书记", "党中央", "中国共产党", "社会主义", "意识形态", "疫情防控",
    "全面从严治党", "党风廉政建设", "中央八项规定", "新时代", "中国特色社会主义", "马克思主义", "共产党员",
    "民主生活会", "组织生活会", "巡视整改", "主题教育", "党史学习教育", "纪律处分", "维吾尔", "自治区",
    "两个维护", "两个确立", "四个意识", "四个自信", "党支部", "党委书记", "纪委书记", "基层党组织",
)
#: words whose *start* is distinctive enough that "head + mark" means the rest was masked
HEAD_WORDS = ("习近平", "习近平总书记", "中国共产党", "马克思主义", "意识形态", "疫情防控", "全面从严治党",
              "党风廉政建设", "中央八项规定", "维吾尔")


#: a unit word after a mark: the mark stands for the unit's name (XX支部, **党委), not a masked syllable
_UNIT_AFTER = rx.regex(r"支部|总支|党委|党组|党工委|工委|委员会|书记|机关|办公室|同志")


class OverRedaction(Rule):
    """占位或打码吃掉了词语的一部分（**形态、习**总书记）

    ## 检查内容
    找出 * 或 x 连着半个词的情况：“**形态”（意识形态）、“**情防控”（疫情防控）、“***总书记”。
    这常是从网上复制范文时，网站把敏感词打成了星号。

    ## 为什么
    半个词被打码，读者猜不出原文，领导人姓名、重要提法被打码更是严重错误。

    ## 依据
    范文网站敏感词打码造成的残缺文字（常见于复制来的讲话稿、报告）。
    """

    code = "DJ206"
    name = "over-redaction"
    severity = "error"
    source = "范文网站敏感词打码残留；GB/T 9704-2012 第 5 章"
    supersedes = ("DJ201",)

    def __init__(self):
        fragments: dict[str, str] = {}
        for word in REDACTION_WORDS:
            for k in range(1, len(word)):
                tail = word[k:]
                if len(tail) >= 2:
                    fragments.setdefault("T" + tail, word)
                head = word[:k]
                if len(head) >= 2 and word in HEAD_WORDS:
                    fragments.setdefault("H" + head, word)
        self._tails = {k[1:]: v for k, v in fragments.items() if k[0] == "T"}
        self._heads = {k[1:]: v for k, v in fragments.items() if k[0] == "H"}
        tails = "|".join(sorted(map(re.escape, self._tails), key=len, reverse=True))
        heads = "|".join(sorted(map(re.escape, self._heads), key=len, reverse=True))
        mark = r"(?:[*＊]{1,8}|(?<![A-Za-z])[xX]{1,4}|×{1,6})"
        self._after = rx.regex(rf"({mark})(?=({tails}))")
        self._before = rx.regex(rf"(?<=({heads}))({mark})(?![A-Za-z])")

    def check_paragraph(self, p, ctx):
        text = p.text
        for m in self._after.finditer(text):
            if _UNIT_AFTER.match(text, m.end()):
                continue  # XX支部、**党委：a unit's name left to fill in (DJ201), nothing masked
            word = self._tails[m.group(2)]
            prefix = word[: len(word) - len(m.group(2))]
            if text[max(0, m.start() - len(prefix)):m.start()] == prefix:
                continue  # the word is whole around the mark
            yield Finding(p, m.start(), m.end(), f"“{m.group(1)}{m.group(2)}”疑为打码吃掉了“{word}”的一部分，请恢复原文")
        for m in self._before.finditer(text):
            word = self._heads[m.group(1)]
            yield Finding(p, m.start(), m.end(), f"“{m.group(1)}{m.group(2)}”疑为打码吃掉了“{word}”的一部分，请恢复原文")


RULES = (FillInBlank, TemplateInstruction, HighlightedPlaceholder, OverRedaction)
