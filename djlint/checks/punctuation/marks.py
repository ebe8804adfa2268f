"""The form of a mark: half-width marks in Chinese text (DJ501), doubled marks (DJ502), 等 after a
顿号 or an ellipsis (DJ507), the ellipsis (DJ508), the dash (DJ509) and a document number's brackets (DJ513)."""
from __future__ import annotations

import regex as re

from ...engine import Finding
from ...engine.kinds import PatternRule, compile_
from ...util import rx
from ...util.zh import BLANK, BLANK_CHARS, LABEL_DIGIT, NUMERAL_CHARS

#: a half-width mark in Chinese text and its full-width form
_HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
#: the marks that double up with a full-width one (学习,,提高 / 完成,。) to their full-width form
_TO_FULL = str.maketrans({k: _HALF[k] for k in ",;:"})


#: a half-width mark between Chinese words inside half-width brackets, made full-width with them
_INNER_HALF = compile_(r"(?<=[\p{Han}”’])[,;:?!](?=[\p{Han}“‘])")


class HalfWidthPunctuation(PatternRule):
    """中文里用了半角标点（, . ; : ? ! ( )）

    ## 检查内容
    汉字之间或汉字后面的半角逗号、句号、分号、冒号、问号、叹号（前面多打了空格的也算，空格一并删去；
    引号、括号里句末的“意义非凡!”也算），括住中文的半角括号，以及段中跟在中文标点后的半角序号括号（；(3)对……）。
    引号里以月、日为标志的事件或节日写成“7.23”“5.12”的，点应为间隔号（“7·23”）；引号里短名称的并列部分之间的点（“青莲.清廉”）
    也应为间隔号。
    人名的两部分之间打成“.”、同一段另一处用间隔号连着的（巴•巴特尔……巴.巴特尔），点应为间隔号，不是句号。
    数字里的小数点和千分位（1,000、3.5%）、时间（10:30）、网址、英文句子、文件名不报。

    ## 为什么
    GB/T 15834-2011 5.1：中文的句号、逗号、顿号、分号、冒号都占一个字的位置（全角）。
    半角标点混在中文里，排版时挤在一起，一眼就能看出是从别处复制来的。

    ## 修复说明
    替换为对应的全角标点，安全修复。

    ## 依据
    GB/T 15834-2011 5.1（标点符号的位置和书写形式）；4.14（间隔号：“3·15”）。
    """

    code = "DJ501"
    needs = ",;:?!.("
    name = "half-width-punctuation"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 5.1"
    pattern = compile_(
        r"(?<=[\p{Han}”’）》])[,;:?!](?=[ \t]*(?:[\p{Han}“‘（《]|$))"
        # a space typed before the mark: 水平 ,4月 / 风采 ;
        r"|(?<=[\p{Han}”’）》])" + BLANK + r"+[,;:?!](?=[ \t]*(?:[\p{Han}0-9“‘（《]|$))"
        r"|(?<=[\p{Han}])[,;:?!](?=[0-9A-Za-z“‘])"
        # after a figure inside Chinese text, before a Chinese word: 整改率达到96.8%,推动…… (1,000 and 10:30 have a digit after)
        r"|(?<=\p{Han}[0-9.]{0,12}[0-9][%％]?)[,;:?!](?=\p{Han})"
        # a sentence's end inside a quotation or brackets: 意义非凡!” 怎么办?）
        r"|(?<=[\p{Han}])[?!](?=[”’）》])"
        r"|(?<=[\p{Han}])\.(?=[\p{Han}“‘（《]|[ \t]*$)"
        r"|\((?=[^()]*\p{Han})[^()\n]{1,60}\)"
        # an inline label after a Chinese mark: ……；(3)对专项经费…… (a label opening a line is DJ304's)
        r"|(?<=[，；：。])\([0-9]{1,2}\)(?=\p{Han})"
        # “7.23”、“5.12”防灾减灾日: a month and a day in quotation marks naming an event or a day (GB/T 15834-2011 4.14, the middle dot);
        # a quoted figure with its measure word after it (“3.5”个百分点) is a decimal
        r"|(?<=“(?:[1-9]|1[0-2]))\.(?=(?:[1-9]|[12][0-9]|3[01])”(?![个倍万亿%％元分秒度米吨岁]))"
    )
    # a half-width bracket label at the start of a line is checked by DJ304
    exceptions = (compile_("^" + BLANK + r"*\(" + LABEL_DIGIT + r"{1,3}\)"),
                  compile_(r"(?:https?://|www\.)\S+|[A-Za-z0-9_\-]+\.(?:docx?|xlsx?|pdf|txt|md|pptx?|wps)\b", re.I))

    def finding(self, p, m):
        t = m.group(0)
        if t.startswith("("):
            # the half-width marks inside go with the brackets ((牵头单位:机关党委) → （牵头单位：机关党委）): the
            # bracket's finding covers them, so a fix that left them would need a second run
            inner = _INNER_HALF.sub(lambda k: _HALF[k.group(0)], t[1:-1])
            new = "（" + inner + "）"
            return Finding(p, m.start(), m.end(), f"中文里的半角括号“{t}”应为全角“{new}”", new)
        text = p.text
        if t == "." and text[m.start() - 1].isdigit():
            # “7.23”特大洪灾: an event named by its month and day in Arabic numerals takes the middle dot (“3·15”)
            return Finding(p, m.start(), m.end(), f"以月、日为标志的事件或节日，月、日之间的“{t}”应为间隔号“·”（“3·15”）", "·")
        if t == "." and m.start() > 0 and text[m.start() - 1] in NUMERAL_CHARS and text[m.end():m.end() + 1] in NUMERAL_CHARS:
            # 八.一、五.四: a dated event's month and day in Chinese numerals (GB/T 15834-2011 4.14): no mark
            # (八一建军节、五四运动), the middle dot only after 一、十一、十二月, where the numerals would run together (一二·九)
            k = m.start()
            while k > 0 and m.start() - k < 2 and text[k - 1] in NUMERAL_CHARS:
                k -= 1
            if text[k:m.start()] in ("一", "一一", "一二", "十一", "十二"):
                return Finding(p, m.start(), m.end(), f"月、日之间的“{t}”应为间隔号“·”（一二·九）", "·")
            return Finding(p, m.start(), m.end(), f"用汉字写的月、日之间不加点，删去“{t}”（八一、五四）", "")
        if t == "." and _in_quoted_name(text, m.start()):
            # “青莲.清廉”书画作品 (dev-prec446): the parts of a short quoted name are divided by the middle dot; a full stop
            # cannot stand inside one
            return Finding(p, m.start(), m.end(), f"引号里名称的并列部分之间，“{t}”应为间隔号“·”（“青莲·清廉”）", "·")
        if t == "." and 0 < m.start() and m.end() < len(text):
            dotted = _dotted_elsewhere(text, m.start(), m.end())
            if dotted:
                # 牧民巴•巴特尔家……在牧民巴.巴特尔家: a name's middle dot typed as a period, not a sentence's end (dev-prec448)
                return Finding(p, m.start(), m.end(), f"人名中的“{t}”应为间隔号“·”（本段另一处写作“{dotted}”）", "·")
        mark = t.lstrip(BLANK_CHARS)
        new = _HALF[mark]
        if mark != t:
            return Finding(p, m.start(), m.end(), f"中文里的半角标点“{mark}”应为全角“{new}”，并删去它前面的空格", new)
        return Finding(p, m.start(), m.end(), f"中文里的半角标点“{t}”应为全角“{new}”", new)


#: one Chinese character
_HAN_CHAR = compile_(r"\p{Han}")


def _in_quoted_name(text: str, at: int) -> bool:
    """Whether the dot at ``at`` divides a short quoted name (“青莲.清廉”, one to eight Chinese characters each side, nothing
    else between the quotation marks)."""
    a, b = at, at + 1
    while a > 0 and at - a < 8 and _HAN_CHAR.match(text, a - 1):
        a -= 1
    while b < len(text) and b - at < 9 and _HAN_CHAR.match(text, b):
        b += 1
    return a > 0 and text[a - 1] == "“" and b < len(text) and text[b] == "”" and a < at and at + 1 < b


#: the middle dots a transliterated name is written with (巴·巴特尔, 巴•巴特尔)
_NAME_DOTS = "·•・"


def _dotted_elsewhere(text: str, s: int, e: int) -> str:
    """The same two characters around the period at ``s`` joined by a middle dot elsewhere in the paragraph (巴•巴 of
    巴•巴特尔 for 巴.巴特尔), else ''."""
    for d in _NAME_DOTS:
        joined = text[s - 1] + d + text[e]
        if joined in text:
            return joined
    return ""


class DoubledPunctuation(PatternRule):
    """标点重复或叠用（，， 。。 ，。）

    ## 检查内容
    同一个点号连写两次（，，。。、、；；），或两个不同的点号挨在一起（，。；。、，）。
    问号、叹号连用三个以内不报（GB/T 15834 允许），四个以上报告。省略号、破折号不在此列。

    ## 为什么
    标点叠用多半是改稿时删字留下的，读起来像打错了。

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
    #: ([，,、；;：:。][，,、；;：:。] or [？！]{4}, spelt out: found by the engine's one literal scan)
    prefilter_words = (*(a + b for a in "，,、；;：:。" for b in "，,、；;：:。"),
                       *(a + b + c + d for a in "？！" for b in "？！" for c in "？！" for d in "？！"))
    #: a half-width mark in the cluster counts too (学习,,提高 / 完成,。): the whole cluster is one finding
    pattern = compile_(r"(?<=[\p{Han}0-9”’）》])[，,、；;：:。]{2,}(?![0-9])|([？！])\1{3,}")
    supersedes = ("DJ501",)

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


class EtcAfterList(PatternRule):
    """“、等”或“……等”

    ## 检查内容
    顿号之后紧跟“等”（苹果、香蕉、等），或省略号后再加“等”（……等）；顿号之后紧跟连词“以及”（……精神、以及……）。“等”是下一个词的开头时
    （“畏难情绪、等靠思想”“监测预警、等级保护”“差额、等额选举”），或“等”是带补语的动词时
    （“坐不住、等不起、慢不得”）不报；“、等不同类型”仍报。

    ## 为什么
    GB/T 15834-2011 附录B.1.2：“等”前不用顿号；附录A.9.2：省略号和“等”不能同时用；4.5：顿号用在并列词语之间，
    并列成分已用连词“以及”连接，就不再用顿号。

    ## 修复说明
    “、等”删去顿号（安全）；“……等”删去省略号（需确认，不安全）。

    ## 依据
    GB/T 15834-2011 附录A.9.2、B.1.2；4.5（顿号）。
    """

    code = "DJ507"
    #: what every match is the start of, found by the engine's one literal scan: the characters 等 and 以 picked
    #: nearly every paragraph of a report (以 is everywhere), where the pattern was then searched (3 ms/MB)
    prefilter_words = ("、等", "…等", "、以及")
    name = "etc-after-list"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15834-2011 附录A.9.2、B.1.2"
    #: 等 that begins a word is not the list's closer: 等靠思想、等级保护、等同、等待、等额选举; nor is the verb 等 with
    #: its complement (以坐不住、等不起、慢不得的紧迫感; 等不及、等不来、等得起、等着; dev-prec444), though 等不同 closes a list
    pattern = compile_(r"、(?=等(?!靠|级|同|待|额|候|价|量|于|距|效|次|第|高|身|闲|比|温|边|腰|压|速|不[起得及来]|得起|着))"
                       r"|…+(?=等)|、(?=以及)")

    def finding(self, p, m):
        if m.group(0) == "、" and p.text.startswith("以及", m.end()):
            return Finding(p, m.start(), m.end(), "并列成分已用连词“以及”连接，前面不用顿号，请删去", "")
        if m.group(0) == "、":
            return Finding(p, m.start(), m.end(), "“等”前不用顿号，请删去“、”", "")
        return Finding(p, m.start(), m.end(), "省略号和“等”不能同时用，请删去其一", "", safe=False)


#: what may not follow a run of dots for it to be an ellipsis: a contents line's page number, bare or in brackets, ending the line
_NO_PAGE_NUMBER = r"(?![.。·…]*[ \t]*(?:[0-9０-９]+|[（(][ \t]*[0-9０-９]+[ \t]*[）)])[ \t]*$)"


class EllipsisForm(PatternRule):
    """省略号写成了 ... 或 。。。 或单个 …

    ## 检查内容
    中文里的省略号是六个点“……”，占两个字的位置。“...”“。。。”“…”“………”都要改。

    ## 为什么
    GB/T 15834-2011 4.11.2、5.1.5。

    ## 修复说明
    替换为“……”，安全修复。

    ## 依据
    GB/T 15834-2011 4.11.2、5.1.5。
    """

    code = "DJ508"
    supersedes = ("DJ502",)  # 。。。 is one wrong ellipsis, not also doubled full stops
    #: three points or an ellipsis character, not any full stop: most paragraphs end with 。
    prefilter_words = ("...", "。。。", "···", "…")  # found by the engine's one literal scan of the document
    name = "ellipsis-form"
    severity = "warning"
    fix = "always"
    source = "GB/T 15834-2011 4.11.2、5.1.5"
    #: (a contents line's leader dots before its page number, 第一节 代表大会·········3, are no ellipsis: published108;
    #: nor before a page number in brackets, 一、基本职能及主要工作..........（3）, 第二章　机构……………（5）: dev-prec452)
    pattern = compile_(r"(?<=[\p{Han}，、；：”》）])(?:\.{3,}|。{3,}|·{3,})" + _NO_PAGE_NUMBER
                       + r"|(?<!…)…(?!…)" + _NO_PAGE_NUMBER + r"|(?<!…)…{3}(?!…)" + _NO_PAGE_NUMBER
                       + r"|(?<!…)…{5}(?!…)" + _NO_PAGE_NUMBER)

    def finding(self, p, m):
        t = m.group(0)
        new = "……" if not set(t) <= {"…"} or len(t) < 4 else "…………"
        return Finding(p, m.start(), m.end(), f"省略号“{t}”应为“{new}”", new)


#: what tells a from-to: a route after the pair (北京-上海的专线, 沈阳-海口高速), 从/自 before it
_FROM_TO_AFTER = rx.stdlib(r"[\u4e00-\u9fff]{1,6}?的?(?:专线|高速|高铁|铁路|航线|航班|公路|列车|班列|动车|线路|快车|客车|班车|干线|通道)")
_FROM_BEFORE = rx.stdlib(r"[从自由][\u4e00-\u9fff]{1,6}$")


class DashForm(PatternRule):
    """破折号写成了 -- 或 -

    ## 检查内容
    汉字之间的“--”“－－”应为破折号“——”（两个字长的一条线）。汉字之间单个“-”标示
    地点、时间的起止时（北京-上海的专线、从北京-上海），应为一字线“—”，作为提示并建议修改（不安全）；
    复合名词中的短横线（吐鲁番-哈密盆地、中国-阿拉伯国家峰会）是对的，不报。电话号码的区号后用了一字线
    （电话：0632—3168699）也报：电话号码用短横线。

    ## 为什么
    GB/T 15834-2011 4.10.2、4.13：破折号占两个字，不能断开；标示起止用一字线，复合名词用短横线。

    ## 修复说明
    “--”换成“——”（安全）；单个“-”换成“—”需确认（不安全）；电话号码里的“—”换成“-”（安全）。

    ## 依据
    GB/T 15834-2011 4.10.2、4.13。
    """

    code = "DJ509"
    needs = "-－—"
    name = "dash-form"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15834-2011 4.10.2、4.13"
    pattern = compile_(r"(?<=[\p{Han}”》）])[ \t]*(?:--+|－－+|—(?!—)(?<!——))[ \t]*(?=[\p{Han}“《（])|(?<=\p{Han})-(?=\p{Han})"
                       # a telephone number's area code joined by a 一字线 (电话：0632—3168699)
                       r"|(?<=(?:电话|传真|热线|手机|联系方式|号码)[：:]?[ \t]*0[0-9]{2,3})[—－](?=[0-9]{7,8}(?![0-9]))")

    def finding(self, p, m):
        t = m.group(0)
        if t in "—－" and p.text[m.start() - 1:m.start()].isdigit():
            return Finding(p, m.start(), m.end(), f"电话号码的区号后用短横线“-”，不用“{t}”", "-")
        if t == "-":
            # GB/T 15834-2011 4.13.3.1 c): a 短横线 joins a compound name (吐鲁番-哈密盆地,
            # 中国-阿拉伯国家峰会); only a from-to (起止) of places or times takes the 一字线
            if not (_FROM_TO_AFTER.match(p.text, m.end()) or _FROM_BEFORE.search(p.text, max(0, m.start() - 8), m.start())):
                return None
            return Finding(p, m.start(), m.end(), "汉字之间的“-”：连接地点、时间应用一字线“—”，插入说明应用破折号“——”",
                           "—", safe=False, severity="info")
        if t.strip() == "—":
            return None  # a single 一字线 between words is a legitimate connector
        return Finding(p, m.start(), m.end(), f"破折号“{t.strip()}”应为“——”", "——")


#: a document number's year in brackets other than the hexagonal ones, after the issuer's code and before the
#: serial number and 号 (临组通[2026]38号, 湘政发【2012】33号, 浙社科联发（2025）77号); a court's case number has
#: its court's code after the bracket (（2026）京01民初38号), so it does not match
_DOC_NUMBER = r"(?<=[\p{Han}])(?P<o>[\[［【(（〔])(?P<y>(?:19|20)[0-9]{2})(?P<c>[\]］】)）〕])(?=[0-9]{1,4}号)"


class DocumentNumberBrackets(PatternRule):
    """发文字号的年份没有用六角括号（临组通[2026]38号 → 临组通〔2026〕38号）

    ## 检查内容
    发文字号（机关代字、年份、发文顺序号，如“国发〔2022〕11号”）里括年份的括号用了方括号、方头括号或圆括号：
    [2026]、［2026］、【2026】、（2026）、(2026)，以及左右不是一对六角括号的。正文里引用别的文件的字号同样检查。
    年份后面不是“数字＋号”的（法院案号“（2026）京01民初38号”）不报。

    ## 为什么
    GB/T 9704-2012 7.2.4：发文字号由发文机关代字、年份、发文顺序号组成，年份应标全称，用六角括号“〔〕”括入。
    输入法打不出六角括号，常被方括号、方头括号或圆括号代替。

    ## 修复说明
    改为“〔2026〕”，安全修复。

    ## 依据
    GB/T 9704-2012 7.2.4。
    """

    code = "DJ513"
    name = "document-number-brackets"
    severity = "warning"
    fix = "always"
    source = "GB/T 9704-2012 7.2.4"
    needs = "号"
    pattern = compile_(_DOC_NUMBER)

    def finding(self, p, m):
        if m.group("o") == "〔" and m.group("c") == "〕":
            return None
        new = f"〔{m.group('y')}〕"
        return Finding(p, m.start(), m.end(), f"发文字号的年份用六角括号：“{m.group(0)}”应为“{new}”", new)


#: three parallel items or more of the same shape run together, each “X的……” with one X (严的基调严的措施严的氛围):
#: the match starts at the first 的, and the X before it is checked to be the one the later items repeat
_RUN_TOGETHER = compile_(r"的\p{Han}{2,4}?(?P<x>\p{Han})的\p{Han}{2,4}?(?P=x)的\p{Han}{2}")
#: the same shape searched once over the whole document by the standard library (about half the time of the
#: regex module's search in every paragraph that holds a 的, which is nearly every one): it picks the paragraphs
_RUN_TOGETHER_ANYWHERE = rx.stdlib("的[\u4e00-\u9fff]{2,4}?([\u4e00-\u9fff])的[\u4e00-\u9fff]{2,4}?\\1的[\u4e00-\u9fff]{2}")


class ParallelWithoutDunHao(PatternRule):
    """并列的“X的……”连写，中间没有顿号（严的基调严的措施严的氛围）

    ## 检查内容
    三个或更多形式相同、开头一样的并列成分（“严的基调”“严的措施”“严的氛围”）连在一起写，中间没有任何标点。
    只有两项的（“以严的作风严的纪律”）和一个标点也没有的标语行不报；带序号的标题（二、始终坚持……）照样报。

    ## 为什么
    GB/T 15834-2011 4.5.3.1：顿号用于并列词语之间。连写的并列成分读起来像一个长词，读者要自己断开。

    ## 修复说明
    在各项之间加顿号，作为建议（请确认是并列成分）。

    ## 依据
    GB/T 15834-2011 4.5.3.1（顿号）。
    """

    code = "DJ514"
    name = "parallel-without-dun-hao"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15834-2011 4.5.3.1"
    prefilter = _RUN_TOGETHER_ANYWHERE
    pattern = _RUN_TOGETHER

    def finding(self, p, m):
        text, s = p.text, m.start()
        x = m.group("x")
        if s == 0 or text[s - 1] != x or not any(c in text for c in "，。；：、,;:"):
            return None  # a different first X, or a banner line with no mark at all (a heading's 二、 is a mark)
        run = text[s - 1:m.end()]
        new = run[0] + run[1:].replace(x + "的", "、" + x + "的")
        return Finding(p, s - 1, m.end(), f"并列成分之间缺少顿号：“{run}”应为“{new}”", new, safe=False)
