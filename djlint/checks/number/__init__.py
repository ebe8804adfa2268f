"""DJ6xx numbers, dates and years per GB/T 15835-2011 (and GB/T 9704-2012 for dates)."""
from __future__ import annotations

import regex as re

from ...engine import Finding, Rule
from ...engine.firstchars import led
from ...engine.kinds import PatternRule, compile_
from ...engine.literals import paragraphs_matching
from ...util import rx, zh
from ...util.zh import BLANK, NUMERAL, NUMERAL_RUN, int_to_cn
from ..structure.analysis import structure_of
from .forms import ChinesePercent, DateFormat, DigitsWithQianBai, FullWidthDigits, WeekdayMismatch
from .mixed import MixedCountForms, MixedDateForms

_NUM = r"[0-9]+(?:\.[0-9]+)?"


#: the year a range's other end may name (2026年6月28日-2027年1月5日)
_YEAR_OF_END = r"(?:(?:19|20)[0-9]{2}年)?"


class NumberRange(PatternRule):
    """数值范围写法不规范（5-10万人、15～30%、2-3个）

    ## 检查内容
    数值范围用浪纹线“～”连接；带“万”“亿”或“%”时，前后两个数都要带上：5万～10万人、15%～30%。
    年份、月份、日期的范围用一字线：2024—2025年、1—10月、4月—7月，后一端写了年份的也是（2026年6月28日—2026年7月5日、2025年—2026年）。日期（2024-03-15）、编号、电话不报；后一个数比前一个小的（长沙地铁7-1项目）是编号，不是范围，也不报。

    ## 为什么
    GB/T 15835-2011 4.1.4（范围号与单位）：“9亿～16亿”不能写成“9～16亿”，“15%～30%”不能写成
    “15～30%”；短横线“-”不是范围号。

    ## 修复说明
    改写为规范形式，安全修复。

    ## 依据
    GB/T 15835-2011 4.1.4；GB/T 15834-2011 4.13。
    """

    code = "DJ601"
    needs = "-－~～—"
    name = "number-range"
    severity = "warning"
    fix = "always"
    source = "GB/T 15835-2011 4.1.4；GB/T 15834-2011 4.13"
    pattern = compile_(
        r"(?<![0-9.\-/:])(?P<a2>" + _NUM + r")(?P<u2>%|％)(?P<sep2>[-－~])(?P<b2>" + _NUM + r")(?P=u2)(?![0-9])"
        r"|(?<![0-9.\-/:])(?P<a>" + _NUM + r")(?P<sep>[-－~～—])(?P<b>" + _NUM + r")(?P<u>万|亿|%|％)(?![0-9])"
        r"|(?<![0-9.\-/:])(?P<y1>(?:19|20)[0-9]{2})[-－~](?P<y2>(?:19|20)[0-9]{2})(?=年)"
        r"|(?<![0-9.\-/:A-Za-z])(?P<c>[0-9]{1,4})[-－~](?P<d>[0-9]{1,4})(?![0-9\-－./])(?=[个次人名项天周月倍家所条篇场期批份件户元米公里小时分钟部座处台辆本册张套节轮起吨亩支种类])"
        # 10月26日-29日, 9月17日-10月20日, 1月-3月: a span of days or months joined by a hyphen (GB/T 15834-2011
        # 4.13.3.2: 2011年2月3日—10日)
        # (…, 2026年6月28日-2026年7月5日, 2025年-2026年: the other end may name its year)
        r"|(?<![0-9.\-/:])(?P<t1>[0-9]{1,2}日)[-－~](?P<t2>" + _YEAR_OF_END + r"(?:[0-9]{1,2}月)?[0-9]{1,2}日)"
        r"|(?<![0-9.\-/:])(?P<t1m>(?:1[0-2]|[1-9])月|(?:19|20)[0-9]{2}年)[-－~](?P<t2m>" + _YEAR_OF_END
        + r"(?:1[0-2]|[1-9])月|(?:19|20)[0-9]{2}年)"
    )

    def finding(self, p, m):
        if m.group("c") and int(m.group("d")) < int(m.group("c")):
            return None  # 长沙地铁7-1项目, 5-2标段: a range goes up; a smaller second number makes a label (line 7, lot 1)
        if m.group("a2"):
            new = f"{m.group('a2')}{m.group('u2')}～{m.group('b2')}{m.group('u2')}"
            return Finding(p, m.start(), m.end(), f"数值范围“{m.group(0)}”应用浪纹线连接：“{new}”", new)
        if m.group("a"):
            a, b, u = m.group("a"), m.group("b"), m.group("u")
            new = f"{a}{u}～{b}{u}"
            return Finding(p, m.start(), m.end(), f"数值范围“{m.group(0)}”应写作“{new}”（前后都带“{u}”，用“～”连接）", new)
        if m.group("t1") or m.group("t1m"):
            a, b = (m.group("t1"), m.group("t2")) if m.group("t1") else (m.group("t1m"), m.group("t2m"))
            return Finding(p, m.start(), m.end(), f"时间范围“{m.group(0)}”应用一字线：“{a}—{b}”", f"{a}—{b}")
        if m.group("y1"):
            new = f"{m.group('y1')}—{m.group('y2')}"
            return Finding(p, m.start(), m.end(), f"年份范围“{m.group(0)}”应用一字线：“{new}”", new)
        if p.text[m.end():m.end() + 1] in "月日":
            new = f"{m.group('c')}—{m.group('d')}"
            return Finding(p, m.start(), m.end(), f"时间范围“{m.group(0)}”应用一字线：“{new}”", new)
        new = f"{m.group('c')}～{m.group('d')}"
        return Finding(p, m.start(), m.end(), f"数值范围“{m.group(0)}”应用浪纹线：“{new}”", new)


#: 多/余 after an exact number (15多人, 15余人次): the pattern's group, the word, a right example
_AFTER_EXACT = (("exact", "多", "七十多"), ("exact_yu", "余", "10余"))


class ContradictoryApproximation(PatternRule):
    """概数自相矛盾（将近400余人、近半个多月、至少……以上、15%左右以上、78多名）

    ## 检查内容
    “将近/近/接近”与“余/多”同用，“至少”与“以上”“余/多”（中间隔着动词短语的“至少到基层调研一次以上”也算）、“最多”与“以下”、
    “不到”与“左右”、限度（不超过、不少于、至少、最多……）与“左右”（不超过40岁左右）同用，“左右”后面又加“以上/以下/以内”（增长15%左右以上、
    缩短至22分钟左右以内）同用，是错误（“能左右以上决策”的“左右”是动词，前面没有数，不报）；
    确数后面加“多”（78多名、十五多人）也是：“多”只跟在整十、整百等整数后面（七十多名、一百多人）；
    “约10余人”这样“约”与“余/多”同用，语法上有争议，只作提示。“约300人左右”的语义重复由 DJ441 报告。

    ## 为什么
    “将近400”表示不到400，“400余”表示超过400，两者矛盾；审稿人会当作病句退回。

    ## 依据
    GB/T 15835-2011 4.1.2（概数）；《咬文嚼字》等对“将近……余”类病句的分析。
    """

    code = "DJ602"
    name = "contradictory-approximation"
    severity = "error"
    source = "GB/T 15835-2011 4.1.2"
    _N = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千半]+)[万亿千百]?"
    #: each branch of the pattern without its lookarounds and the clause it may skip (a class of
    #: 近约至最不多 let most paragraphs through: 不 and 多 are everywhere); the digits before 多 apart.
    #: One pattern a first character, each searched from its literal (one alternation of them was a search of
    #: their class, tried at every character: ~1.2 ms/MB, these ~0.3); the bounds' words (至少, 不到 …) and 十一多
    #: read off the engine's literal scan (their words are keys of it: a lookahead after each stops the gate there)
    prefilter = (rx.stdlib("近" + _N + "(?:个?[余多]|.{0,5}以上)"),
                 rx.stdlib("约[有为计达]?" + _N + "个?[余多]"),
                 rx.stdlib("(?:至少|最多)(?=[在为有达]?" + _N + ")|最少(?=" + _N + ")|不(?:[少低]于|到)(?=" + _N + ")"),
                 rx.stdlib("十[一二三四五六七八九]多"),
                 rx.stdlib("[1-9][多余]"),
                 # (a separate search: a gap .{1,12} in the first pattern cost ~9 ms/MB, the words it holds no longer
                 # read off the engine's literal scan)
                 rx.stdlib("(?:至少|最少).{1,12}以上|(?:不超过|不少于|不低于|不高于|至少|最少|最多|至多).{1,12}左右"),
                 rx.stdlib("左右(?:以[上下内]|之内)"))
    # led by a lookahead for a match's first characters (regex tried each alternative at each character: firstchars)
    pattern = compile_(led(
        r"(?P<near>(?:将近|接近|(?<![附最邻靠贴临])近))" + _N + r"(?:个)?(?:余|多)"
        # 近60%以上: “not quite” and “more than” at once (近3年以上 left out: 近 there may be “the last 3 years”)
        r"|(?:将近|接近|(?<![附最邻靠贴临])近)" + _N + r"(?![年月日天期])[%％]?[^，。；、年月日0-9]{0,4}?(?<!级)以上"
        r"|至少(?:在|为|有|达)?" + _N + r"[^，。；]{0,6}(?<!级)以上|最多(?:在|为|有|达)?" + _N + r"[^，。；]{0,6}(?<!级)以下|不到" + _N + r"[^，。；]{0,6}左右"
        r"|(?:至少|最少|不少于)" + _N + r"(?:个)?(?:余|多)"
        # 不少于20场次以上, 不低于90%以上: a floor already says “or more” (不少于2篇在县级以上刊物: a rank, left out)
        r"|(?P<floor>不少于|不低于)(?:在|为|有|达)?" + _N + r"[^，。；]{0,6}(?<![级上])以上"
        # 至少到基层调研一次以上, 每年至少开展两次以上: a verb phrase between 至少 and the count (no digit, no
        # numeral and no clause break in it), 以上 close after the count's unit (县处级以上 left out as above)
        r"|(?:至少|最少)\p{Han}{1,10}?(?<![" + zh.NUMERAL_CHARS + r"两])" + _N + r"\p{Han}{0,3}?(?<![级上])以上"
        # 不超过40岁左右, 不少于20人左右: a bound and “about” on one number (a limit cannot be approximate)
        r"|(?P<bound>不超过|不少于|不低于|不高于|至少|最少|最多|至多)(?:在|为|有|达)?" + _N + r"[\p{Han}%％]{0,4}?左右"
        # 增长15%左右以上, 缩短至22分钟左右以内: “about” and a bound on one number (the 左右 of 能左右以上决策 is a verb:
        # no number before it)
        r"|(?<![0-9０-９.．])" + _N + r"(?:[%％]|(?:[\p{Han}]{1,3}?(?<![的了])))?左右(?P<limit>以上|以下|以内|之内)"
        r"|(?<![0-9０-９.．])(?P<exact>[0-9]*[1-9]|(?<![" + zh.NUMERAL_CHARS + r"百千万零])[二三四五六七八九]?十[" + zh.CN_DIGITS[1:] + r"])多"
        r"(?=[名个位人家项件岁户条所座次篇场期批份册本张套台辆幅块]|万|亿|元(?!化))"
        r"|(?<![0-9０-９.．])(?P<exact_yu>[0-9]*[1-9])余(?=[名个位人家项件户条所座次篇场期批份册本张套台辆幅块])"
        # (节约300多万元, 签约30余个项目, 预约200余人次: 约 ends a word there, it is no “about”)
        r"|(?P<about>(?:(?<![大" + zh.ABOUT_WORD_HEADS + r"])约|约" + zh.ABOUT_AFTER_LOSS + r")|大约)(?:有|为|计|达)?" + _N + r"(?:个)?(?:余|多)"
    ))

    def finding(self, p, m):
        for group, word, example in _AFTER_EXACT:
            if m.group(group):
                return Finding(p, m.start(), m.end(), f"概数用法不当：“{m.group(0)}”，“{word}”只跟在整十、整百等整数后面；"
                                                      f"删去“{word}”，或改为整数加“{word}”（如“{example}”）")
        if m.group("about"):
            return Finding(p, m.start(), m.end(), f"“{m.group(0)}”中“约”与“余/多”语义重复，可删去其一", severity="info")
        if m.group("floor"):
            return Finding(p, m.start(), m.end(), f"语义重复：“{m.group(0)}”，“{m.group('floor')}”已含“以上”的意思；"
                                                  f"删去“以上”")
        if m.group("limit"):
            return Finding(p, m.start(), m.end(), f"概数自相矛盾：“{m.group(0)}”，“左右”说的是约数，“{m.group('limit')}”说的是"
                                                  f"界限，不能同用；删去其一")
        if m.group("bound"):
            return Finding(p, m.start(), m.end(), f"概数自相矛盾：“{m.group(0)}”，“{m.group('bound')}”说的是限度，"
                                                  f"不能再加“左右”；删去“左右”")
        return Finding(p, m.start(), m.end(), f"概数自相矛盾：“{m.group(0)}”，请删去其中一个表示约数的词")


#: two digits not after a digit, a point, a dash or a slash: the test of what stands before is a lookbehind
#: after the digits (over them and the character before), so the search jumps from digit to digit; written
#: before the digits it was tried at every character (the two patterns below, 2.8 ms/MB)
_YY = r"([0-9][0-9])(?<![0-9０-９.．\-—–~～/]..)"
#: what makes NN年 a calendar year whatever the report's year: 23年度, 24年上半年, 23年5月, 23年底, 26年秋季学期
_YEAR_SUFFIX = r"(?=度|[上下]半年|[0-9]{1,2}月|底|初|末|第?[一二三四]季度|[春夏秋冬]季|[春秋]学期|寒假|暑假)"
#: NN年 as a duration, never a year: 连续12年, 近20年来, 第23年, 23年前, 3年内, 工作23年
_DURATION_BEFORE = compile_(r"(?:连续|近|历时|第|长达|已有|有|达|满|用了|工作了?|从事|坚持了?|先后|超过|不到|将近|整整|每|头|这|那|几|多|数|十|两|前|后|再|又|过去|未来|今后)$")
_DURATION_AFTER = compile_(r"^(?:前|后|来|里|内|间|中|多|余|左右|以上|以下|以来|以后|之内|之后|之前|之久|之间|时间|的时间|的历程|的党龄|的工龄|党龄|工龄|教龄|军龄|有余|光景|计划|规划|如一日|磨一剑)")
#: where NN年 stands for a year when the report's year is near it
_OPENING = compile_(r"(?:^|[。；！？：:，,]|^" + BLANK + "*(?:" + NUMERAL_RUN + "[、.．]|（" + NUMERAL_RUN + r"）|[0-9]+[.．、]))"
                    + BLANK + "*$")
_AFTER_WORD = compile_(r"(?:到|由|从|至|截至|截止|自|于|在|比|较|同|与|和|及|或|对比|相比|较之)$")
_BEFORE_FIGURE = compile_(r"^(?:的|同期|全年)?[0-9０-９]")
_RANGE = compile_(_YY + r"[—–\-~～至到]([0-9]{2})年")
_CANDIDATE = compile_(_YY + r"年")
#: after 0N年 (09年第二次): a duration is never written with a leading zero, so 0N年 is a year wherever it is not one of these
_ZERO_NOT_YEAR = compile_(r"^(?:前|后|内|多|余|左右|以上|以下|之久|之内|有余)")
_LETTER = compile_(r"[A-Za-z]$")
_STRONG = compile_(_YY + r"年" + _YEAR_SUFFIX)
#: what every match of _NO_NIAN holds: four digits and the start of the word after them, each digit a class of its
#: own ([0-9]{4} is a repeat the library runs as a loop, twice the time); searched by itself, not read off the literal
#: scan, which would take its hundred two-digit words (00, 23) for keys and stop at every pair of digits.
#: Two patterns, one for each century _NO_NIAN reads (19[5-9]x, 20xx), each searched from its two digits: one from
#: a digit's class was tried at every character (~0.9 ms/MB; these ~0.3)
_BARE_YEAR = tuple(rx.stdlib(lead + r"[0-9](?:工作|政府|教育|[上下]半|全|我)") for lead in ("19[5-9]", "20[0-9]"))


def _bare_years(ctx) -> frozenset:
    """The indices of the paragraphs _BARE_YEAR finds: the only ones _NO_NIAN can match in."""
    return ctx.shared("number.bare-years", lambda c: frozenset(p.index for p in c.doc.paragraphs_matching(_BARE_YEAR)))


#: a full year with its 年 left out before the words a report puts after a year: 2022工作总结, 完成了2023政府信息公开
#: 工作, 2022教育系统学习了…, 2024上半年. Counts stay silent (2022工作日, 2022工作人员: never a year there)
_NO_NIAN = compile_(r"((?:19[5-9]|20[0-9])[0-9])(?<![0-9０-９.．\-—–~～/〔\[（(第号]....)"
                    r"(?=(?P<w>工作(?!日|人员|量|者|站|室|组|队|证|服|岗|时)|政府(?=信息|工作)|教育系统|[上下]半年"
                    r"|全[省市县区镇乡州](?![0-9０-９人户名])|我[省市县区镇乡局委院](?![0-9０-９])))")


class AbbreviatedYear(Rule):
    """年份简写（23年度、24年上半年、“三、25年工作打算”、“力争到27年”）

    ## 检查内容
    两位数年份后跟“年度”“年上半年/下半年”“年X月”“年底/年初/年末”“年第一季度”“年秋季（学期）”“年寒假”等，总是年份。
    报告年度已知时，接近报告年度的“NN年”在这些位置也是年份：句子或标题开头（“三、25年工作打算”
    “22年，全市……”），“到/由/从/至/截至/自/于/比”之后（“力争到27年”“比21年的3.2亿元”），
    数字之前（“21年的3.2亿元”），范围里（“21—23年”）。表示时长的不报：连续12年、近20年来、历时15年、
    第23年、3年内、23年前、工作23年。以 0 开头的“09年”（时长不这样写）不论报告年度，除“第09年”“05年内”这类外都报。
    四位数的年份漏了“年”字，紧跟着报告里年份后面常写的词（2022工作总结、完成了2023政府信息公开工作、2022教育系统
    学习了……、2024上半年、2023全市），也报；计数不报（2022工作日、2022工作人员）。

    ## 为什么
    GB/T 15835-2011 4.2.1：年份不能简写，“2023年”不能写成“23年”；年份后面的“年”也不能省。

    ## 修复说明
    补成“20NN年”。报告年度已知、NN 与它相差不到十来年时世纪是确定的，作为安全修复；否则只作建议。
    漏了“年”的四位数年份补上“年”，只作建议。

    ## 依据
    GB/T 15835-2011 4.2.1。
    """

    code = "DJ603"
    name = "abbreviated-year"
    severity = "warning"
    #: safe when the report's year is known and near (the century is certain), a suggestion otherwise
    fix = "sometimes"
    source = "GB/T 15835-2011 4.2.1"
    #: two digits and 年: its hundred words (23年) are read off the engine's literal scan; the four digits before a
    #: word a year is written before (_BARE_YEAR) are a search of their own (candidates). One alternation of the two
    #: could be read off neither and was searched at every digit of the document (4.5 ms/MB)
    prefilter = compile_(r"[0-9]{2}年")

    def candidates(self, ctx):
        if self.prefilter is None:
            return None  # every paragraph
        found = {p.index: p for p in paragraphs_matching(ctx, self.prefilter)}
        found.update((i, ctx.doc.paragraphs[i]) for i in _bare_years(ctx))
        return [found[i] for i in sorted(found)]

    def check_paragraph(self, p, ctx):
        text = p.text
        year = ctx.year
        for m in _NO_NIAN.finditer(text) if p.index in _bare_years(ctx) else ():
            new = f"{m.group(1)}年"
            yield Finding(p, m.start(), m.end(), f"年份后面缺“年”字：“{m.group(0)}{m.group('w')}”应为“{new}{m.group('w')}”",
                          new, safe=False)
        taken: list[tuple[int, int]] = []
        for m in _RANGE.finditer(text):
            if self._near(year, m.group(1)) and self._near(year, m.group(2)):
                taken.append(m.span())
                new = f"20{m.group(1)}{text[m.end(1):m.start(2)]}20{m.group(2)}年"
                yield Finding(p, m.start(), m.end(), f"年份不能简写：“{m.group(0)}”应为“{new}”", new, safe=True)
        for m in _CANDIDATE.finditer(text):
            s, e = m.span()
            if any(a <= s < b for a, b in taken) or not self._is_year(text, m, year):
                continue
            new = f"20{m.group(1)}年"
            certain = self._near(year, m.group(1))
            yield Finding(p, s, e, f"年份不能简写：“{m.group(0)}”应为“{new}”", new, safe=certain)

    @staticmethod
    def _near(year, yy: str) -> bool:
        """Whether 20NN lies near the report's year (then the century is certain)."""
        return year is not None and 2000 <= year <= 2099 and -12 <= 2000 + int(yy) - year <= 6

    def _is_year(self, text: str, m, year) -> bool:
        s, e = m.span()
        before, after = text[max(0, s - 6):s], text[e:e + 6]
        if _STRONG.match(text, s):
            return not _DURATION_BEFORE.search(before) or bool(re.match(r"度|[上下]半年", after))
        if m.group(1)[0] == "0" and not (_DURATION_BEFORE.search(before) or _ZERO_NOT_YEAR.match(after)
                                         or _LETTER.search(before)):
            return True
        if not self._near(year, m.group(1)) or _DURATION_BEFORE.search(before) or _DURATION_AFTER.search(after):
            return False
        return bool(_OPENING.search(text[max(0, s - 12):s]) or _AFTER_WORD.search(before)
                    or _BEFORE_FIGURE.search(after))


class ChineseYearZero(PatternRule):
    """汉字年份里的“〇”写成了 0、O 或 零（二0二四年）

    ## 检查内容
    用汉字写的年份中，零应写作“〇”：二〇二四年。阿拉伯数字 0、字母 O/o、“零”“○”都不对。

    ## 为什么
    GB/T 15835-2011 4.1.1：汉字数字“〇”用于编号和年份；“二0二四”是两种数字混用。

    ## 修复说明
    替换为“〇”，安全修复。

    ## 依据
    GB/T 15835-2011 4.1.1。
    """

    code = "DJ604"
    name = "chinese-year-zero"
    severity = "warning"
    fix = "always"
    source = "GB/T 15835-2011 4.1.1"
    #: the zero the pattern requires among the four characters to 年, found from the 年: one literal the search
    #: jumps to, the zero and what stands between told by fixed-width lookbehinds (from a class of the zeros the
    #: search tried every character, ~1.0 ms/MB; this ~0.2)
    prefilter = compile_("年(?:" + "|".join("(?<=[零○0OoＯ０]" + "[一二三四五六七八九〇零○0OoＯ０]" * k + "年)" for k in range(4)) + ")")
    pattern = compile_(r"(?=[一二三四五六七八九〇零○0OoＯ０]{4}年)(?=[^年]{0,3}[一二三四五六七八九])(?=[^年]{0,3}[零○0OoＯ０])"
                       r"[一二三四五六七八九〇零○0OoＯ０]{4}(?=年)")

    def finding(self, p, m):
        new = re.sub(r"[零○0OoＯ０]", "〇", m.group(0))
        return Finding(p, m.start(), m.end(), f"汉字年份中的零应写作“〇”：“{m.group(0)}”应为“{new}”", new)


def _in_numerals(s: str) -> str:
    """Digits (20) as a Chinese numeral (二十); a numeral stays as it is."""
    return int_to_cn(int(s)) if s.isdigit() else s


class ArabicMeetingName(PatternRule):
    """党的会议名称用了阿拉伯数字（20届3中全会、20大）

    ## 检查内容
    党代会、全会的届次和次序用汉字：党的二十届三中全会、党的二十大。

    ## 为什么
    GB/T 15835-2011 4.1.2 与附录：具有庄重色彩的会议名称、定型的词语中数字用汉字，
    如“十三届四中全会”。

    ## 修复说明
    改为汉字数字，安全修复。

    ## 依据
    GB/T 15835-2011 4.1.2。
    """

    code = "DJ605"
    #: a digit beside 届 or 大 (20届、届3中、20大): the pattern cannot match without one
    prefilter_words = (*("届" + d for d in "0123456789"), *(d + k for d in "0123456789" for k in "届大"))  # the engine's literal scan
    name = "arabic-meeting-name"
    severity = "error"
    fix = "always"
    source = "GB/T 15835-2011 4.1.2"
    pattern = compile_(
        r"(?<![0-9])(?P<a>[0-9]{1,2}|" + NUMERAL + r"{1,3})届(?P<b>[0-9]|" + NUMERAL + r")中全会(?<!" + NUMERAL + "届" + NUMERAL
        + r"中全会)"
        r"|(?<=党的)(?P<c>[0-9]{1,2})大|(?<![0-9A-Za-z])(?P<d>[0-9]{2})大(?=精神|报告|以来|代表|召开|胜利|党章)"
    )

    def finding(self, p, m):
        if m.group("b") is not None:
            new = f"{_in_numerals(m.group('a'))}届{_in_numerals(m.group('b'))}中全会"
        else:
            new = f"{_in_numerals(m.group('c') or m.group('d'))}大"
        if new == m.group(0):
            return None
        return Finding(p, m.start(), m.end(), f"会议名称中的数字用汉字：“{m.group(0)}”应为“{new}”", new)


class DateLeadingZero(PatternRule):
    """日期中的月、日前多了 0（2025年01月09日）

    ## 检查内容
    “年月日”写法的日期，月和日不加 0：2025年1月9日。

    ## 为什么
    GB/T 9704-2012 7.3.5.4：成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位（1不编为01）。

    ## 修复说明
    删去虚位的 0，安全修复。

    ## 依据
    GB/T 9704-2012 7.3.5.4。
    """

    code = "DJ606"
    needs = "月"
    name = "date-leading-zero"
    severity = "warning"
    fix = "always"
    source = "GB/T 9704-2012 7.3.5.4"
    pattern = compile_(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2}年)(?P<m>[01]?[0-9])月(?:(?P<d>[0-3]?[0-9])日)?")

    def finding(self, p, m):
        mo, d = m.group("m"), m.group("d")
        if not mo.startswith("0") and not (d and d.startswith("0")):
            return None
        new = f"{m.group('y')}{int(mo)}月" + (f"{int(d)}日" if d else "")
        return Finding(p, m.start(), m.end(), f"日期不编虚位：“{m.group(0)}”应为“{new}”", new)


class RedundantYear(PatternRule):
    """“今年2024年”之类的重复

    ## 检查内容
    “今年”“去年”“明年”紧跟具体年份（今年2024年、去年（2023年））。

    ## 为什么
    两者说的是同一年，保留具体年份即可；报告跨年修改时，“今年”还容易变成错的年份。

    ## 修复说明
    删去“今年”等字样，标为不安全（请确认年份）。

    ## 依据
    公文语言简洁准确的要求（《党政机关公文处理工作条例》第十九条）。
    """

    code = "DJ607"
    name = "redundant-year"
    severity = "info"
    fix = "sometimes"
    source = "《党政机关公文处理工作条例》第十九条"
    prefilter = compile_(r"(?:今年|去年|明年)[（(]?(?:19|20)[0-9]{2}年")
    pattern = compile_(r"(?P<w>今年|去年|明年)[（(]?(?P<y>(?:19|20)[0-9]{2}年)[）)]?")

    def finding(self, p, m):
        return Finding(p, m.start(), m.end(), f"“{m.group(0)}”重复，保留具体年份“{m.group('y')}”即可",
                       m.group("y"), safe=False)


class PlanYear(Rule):
    """“下一步打算”写的是已经过去的年份（2024年的报告计划2023年）

    ## 检查内容
    报告年度（标题或开头的年份，或配置 `year:`）已知时，“下一步打算”一节的标题里出现的年份
    早于报告年度。多半是套用往年报告没改年份。

    ## 为什么
    “2024年度党建工作报告”里写“三、2023年工作打算”，是审稿人最容易发现的套改痕迹。

    ## 依据
    报告各部分年份应一致（GB/T 9704-2012 7.3.3 正文内容准确完整的要求）。
    """

    code = "DJ608"
    name = "plan-year"
    severity = "warning"
    scope = "document"
    source = "GB/T 9704-2012 7.3.3"

    _YEAR = rx.regex(r"((?:19|20)[0-9]{2})年")

    def check(self, doc, ctx):
        year = ctx.year
        if not year:
            return
        a = structure_of(ctx)
        for top in a.tops:
            if "next" not in top.groups:
                continue
            p = top.heading.paragraph
            for m in self._YEAR.finditer(p.text, top.heading.label_end):
                y = int(m.group(1))
                if y < year:
                    yield Finding(p, m.start(), m.end(),
                                  f"{year}年的报告，下一步打算写的是“{m.group(0)}”，请核对年份")


#: a count of times (一倍、1.5倍、两三倍) after a word of decrease
#: (a range of them too: 降低了2～3倍)
_DIGITS = r"[0-9]+(?:\.[0-9]+)?"
_TIMES = r"(?:" + _DIGITS + r"(?:[-－~～—至到]" + _DIGITS + r")?|[" + zh.NUMERAL_CHARS + r"两百几数半]+)倍"
#: 零 between two places that follow each other (三千零二百: no place is empty there)
#: the people a report counts (296名游客: the measure word between the digits and them)
_PEOPLE = "游客|党员|干部|群众|学生|职工|农户|居民|志愿者|村民|师生|教师|代表|选手|考生"
_ZERO_NEXT = "|".join(f"{hi}零[{zh.NUMERAL_CHARS[:9]}]{lo}" for hi, lo in (("万", "千"), ("千", "百"), ("百", "十")))


class NumberWording(Rule):
    """数量表达不当：减少用了倍数（下降了一倍）、汉字数字里多了“零”（三千零二百）、年份和金额缺单位

    ## 检查内容
    - “下降、降低、减少、缩小、缩减、压缩”后面用倍数：成本下降了一倍、发案率减少了两倍。减少只能用分数或
      百分数：下降了一半（50%）、减少了三分之二；“增长了一倍”“翻了一番”“减少了一半”不报；减少超过 100%
      （下降了150%）请核实；倍数写成范围的（降低了2～3倍）和比较说减少的（比去年少了一倍、比上年低两倍）同样报告
      （“比上年至少增长一倍”“多少倍”不报）；
    - 汉字数字里相邻两位之间多了“零”：三千零二百五十八 → 三千二百五十八（“零”只用在空了一位的地方：
      三千零五十八、一万零二百）；
    - 缺单位：“于2007回北京”“2018上半年”“2022全年”的年份少了“年”（“关于2024……”“由于”的“于”不算）；“共296游客”数字和所数的人之间少了
      量词（共296名游客）；“贷款（投资、拨付……）1000万。”金额少了“元”。

    ## 为什么
    倍数是原数的几倍，只能说增加；“下降一倍”就是降到零，“下降两倍”成了负数，读者不知道要说的是多少。
    多写的“零”把数字读成另一种说法，财务数字尤其要准确。

    ## 修复说明
    倍数的写法只作建议（要按原数算出分数或百分数）；多余的“零”删去是安全修复。

    ## 依据
    黄伯荣、廖序东《现代汉语》数量表达（减少不能用倍数）；《现代汉语词典》第7版“倍”“零”条；GB/T 15835-2011。
    """

    code = "DJ611"
    name = "number-wording"
    severity = "warning"
    fix = "sometimes"
    source = "黄伯荣、廖序东《现代汉语》；《现代汉语词典》第7版“倍”“零”；GB/T 15835-2011"
    # patterns each beginning with a literal or a class: an alternation whose branches begin with
    # classes is tried at every character of the document (7 ms/MB); these jump to their first characters.
    # 倍, 万零/千零/百零 and 于 a year apart: one alternation of them was a search of the class of its five first
    # characters (~1.0 ms/MB); 倍 is a word the engine's search of one-character words finds, 零 is searched from
    # itself and the numeral before it told by a lookbehind (the three ~0.3).
    # What follows a digit is one alternation after one [0-9]: two patterns that began with it were each tried
    # at every digit of the document (~1.2 ms/MB each)
    prefilter_words = ("倍",)
    prefilter = (compile_("零(?<=[万千百]零)"), compile_(r"于(?:19|20)[0-9]{2}"),
                 compile_(r"[0-9](?:[%％万亿]|" + _PEOPLE + r"|全年|第?[一二三四]季度)"))
    # searched for by themselves: read off the engine's literal scan, the digits' ~190 words (0%, 3游客…) would
    # be keys of it, every 1亿 and 5% of a report a hit filed for this one rule
    prefilter_scan = False
    _DOWN = compile_(r"(?P<v>下降|降低|减少|缩小|缩减|压缩|减低|减产|减收|减小)(?:了|到|为|约|近|将近|接近|超过|达|足足)*(?P<n>" + _TIMES + r")")
    # 比去年少了一倍, 比上年低两倍: a comparison down by a count of times (not 多少倍, 至少一倍; 降低、缩小 are _DOWN's)
    _LESS = compile_(r"比[^，,。；;！？!?：:]{1,12}?(?P<v>(?<![多至缺减])少|(?<![降减])低|(?<![缩减])小|(?<![缩])短|慢)(?:了|约|近|将近|足足)*(?P<n>" + _TIMES + r")")
    # 下降了120%: a decrease of more than the whole (下降100% is to nothing, and possible)
    _OVER_ALL = compile_(r"(?P<v>下降|降低|减少|缩小|缩减|压缩|减低|减产|减收|减小)(?:了|约|近|将近|接近|达|足足)*"
                         r"(?P<n>(?:[1-9][0-9]{3,}|[2-9][0-9]{2}|1(?:0[1-9]|[1-9][0-9]))(?:\.[0-9]+)?[%％])")
    # 于2007回北京: a year without 年 (a count of 2007 would have its measure word); 于 the preposition of a
    # time, not the 于 of 关于、对于、由于、属于 (关于2024……评审结果的通知 names an edition)
    _YEAR = compile_(r"(?<![0-9关对由等属至基位鉴终善便处敢勇急过乐利易难归取源限免])于(?P<n>(?:19|20)[0-9]{2})(?=[一-龥])(?![年多余个名人万亿元户家件项次台条届级号期批])")
    # 2018上半年, 2022全年: a year before the part of it named, with no 年 between (2018年上半年)
    # (2018上半年 is DJ603's, which reads a year left without 年 before the words reports put after a year)
    _YEAR_PART = compile_(r"(?<![0-9.．\-/])(?P<n>(?:19|20)[0-9]{2})(?=全年|第?[一二三四]季度)")
    # 共296游客: digits and the people counted with no measure word between (共296名游客, 296人)
    _COUNT = compile_(r"(?<=共|计|达|有|近|约|超过|逾)(?P<n>[0-9]+(?:余|多)?)(?P<w>" + _PEOPLE + ")")
    # 贷款1000万。: a sum of money in 万 or 亿 with no 元 after it
    _MONEY = compile_(r"(?P<w>贷款|投资|投入|拨付|拨款|补助|补贴|奖励|筹集|捐款|捐赠|融资|营收|营业收入|资金)(?:了|达|达到|约|共|计|总额|总计|合计|超过|近|为)*"
                      r"(?P<n>[0-9]+(?:\.[0-9]+)?(?:万|亿))(?=[，,。；;！？!?、]|$)")
    _ZERO = compile_(r"(?:" + _ZERO_NEXT + r")")

    def check_paragraph(self, p, ctx):
        text = p.text
        for m in self._DOWN.finditer(text):
            yield Finding(p, m.start(), m.end(), f"数量表达不当：减少不能用倍数，“{m.group('v')}……{m.group('n')}”应改用分数或百分数"
                                                 f"（下降了一半、减少了50%）")
        for m in self._LESS.finditer(text):
            yield Finding(p, m.start("v"), m.end(), f"数量表达不当：比较的结果是减少，不能用倍数，“{m.group('v')}……{m.group('n')}”"
                                                     f"应改用分数或百分数（少了一半、低50%）")
        for m in self._OVER_ALL.finditer(text):
            yield Finding(p, m.start(), m.end(), f"数量表达不当：减少不会超过原数的100%，“{m.group('v')}……{m.group('n')}”请核实"
                                                 f"（是不是“下降到原来的……”或“原数是现在的……倍”）")
        for m in self._YEAR.finditer(text):
            yield Finding(p, m.start("n"), m.end("n"), f"缺单位：“{m.group('n')}”是年份，后面少了“年”，请补上", m.group("n") + "年",
                          safe=False)
        for m in self._YEAR_PART.finditer(text):
            yield Finding(p, m.start("n"), m.end("n"), f"缺单位：“{m.group('n')}”是年份，后面少了“年”", m.group("n") + "年",
                          safe=True)
        for m in self._COUNT.finditer(text):
            yield Finding(p, m.start(), m.end(), f"缺量词：“{m.group('n')}”与“{m.group('w')}”之间少了量词，请补上（名、位、人次……）")
        for m in self._MONEY.finditer(text):
            yield Finding(p, m.start("n"), m.end("n"), f"缺单位：金额“{m.group('n')}”后面少了“元”，请补上", m.group("n") + "元",
                          safe=False)
        for m in self._ZERO.finditer(text):
            new = m.group(0).replace("零", "")
            yield Finding(p, m.start(), m.end(), f"汉字数字里多了“零”：相邻两位之间不空位，“{m.group(0)}”应为“{new}”", new,
                          safe=True)


RULES = (NumberRange, ContradictoryApproximation, AbbreviatedYear, ChineseYearZero, ArabicMeetingName, DateLeadingZero,
         RedundantYear, PlanYear, MixedDateForms, MixedCountForms, NumberWording, DateFormat, WeekdayMismatch,
         FullWidthDigits, DigitsWithQianBai, ChinesePercent)
