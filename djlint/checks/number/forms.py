"""DJ612 and on: how a date or a number is written (GB/T 15835-2011)."""
from __future__ import annotations

import datetime

from ...engine import Finding
from ...engine.kinds import PatternRule, compile_
from ...util.zh import BLANK, CN_DIGITS, NUMERAL, NUMERAL_CHARS, YEAR_DIGIT, cn_to_int, cn_year

#: a date's numbers inside a longer run of digits, points, dashes, slashes or letters (V2.6.28, a file name,
#: a URL, 3.2.1.5) is no date
_NOT_BEFORE = r"(?<![0-9０-９A-Za-z_.．\-－/／\\:@#])"
_NOT_AFTER = r"(?![0-9０-９A-Za-z_.．\-－/／\\%％])"


#: what follows a date (the 号 before it is the day's, not a number's): a mark, the end, a range, a time of the
#: day, the Nth of a day kept every year (9月10号第42个教师节), or a verb of what happened on it (召开, 反馈, 抵达 …)
_AFTER_DAY = (r"[，,。；;：:、！？!?）)]|$|[至到—－~～]|第[0-9" + NUMERAL_CHARS + r"]+个|这一?天|那一?天|"
              r"上午|下午|晚上|晚|早上|中午|凌晨|当天|当日|前后|前|后|起|以来|以前|以后|"
              r"之前|之后|期间|召开|举行|举办|报到|截止|开始|结束|发布|印发|下发|出台|施行|实施|开展|组织|在|是|"
              r"反馈|完成|通过|进行|作出|做出|提交|报送|上报|收到|接到|到达|抵达|前往|赴|参加|出席|启动|部署|审议|"
              r"发生|遭遇|公布|通报|签订|签署|成立|揭牌|正式|进驻|入驻|"
              r"的(?:会|大会|活动|通知)|[（(](?:星期|周|礼拜)|[两二三四五六七八九十]天")
#: more days of the same list or range after a date's spoken 号 (6月5号、7号两天；6月28号至7月5号举办)
_MORE_HAO = compile_(r"[、和及至到—－~～](?:[0-9]{1,2}月)?[0-9]{1,2}号(?=" + _AFTER_DAY + r")")
_NUMBERED = compile_(r"第$")
_SECTION_AFTER = compile_(r"[节条章款版号期项]")


def _valid(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


class DateFormat(PatternRule):
    """日期写法不规范（2026.6.28、2026/6/28、2027-3-31、3月12号）

    ## 检查内容
    正文里用圆点、斜线隔开的日期（2026.6.28、2026/6/28），用圆点隔开的年月（2025.3至7月、2025.3月、2025.3以来：后面是
    月份范围、“月”“以来”“起”“底”等才算，“2025.3万元”是数）和日期范围（2026.6.28-2026.7.5、2026.6.28至7.5，两端一起改，
    短横线改为一字线），用短横线隔开而月、日只写了一位的日期（2027-3-31），
    和用口语的“号”代替“日”的日期（3月12号召开、3月12号，），连同同一串、同一范围里的其他几天（6月5号、7号两天；
    6月28号至7月5号）。“3月12号楼”这类编号（“号”后面不是标点、时段或
    “召开、举行、起、前、后”等）和引号里的话不报。
    写全的“2026-06-28”（GB/T 15835 允许的全数字格式，月、日都是两位）不报；版本号（V2.6.28）、章节号（3.2.1）、
    时间、网址和文件名里的数字、表格里的日期不报；不是真实日期的（2026.13.5）不报。

    ## 为什么
    GB/T 15835-2011 规定年月日按“2026年6月28日”的顺序和写法；“年”“月”可以按 GB/T 7408 的扩展格式用短横线
    “-”代替，而 GB/T 7408 的扩展格式月、日各用两位（2026-06-28）。GB/T 15835 的示例里也有“2008-8-8”，与它引用的
    GB/T 7408 不符（编辑学界的批评）；两种读法下“2027年3月31日”都对，所以一位数的月、日照报，建议写成年月日。
    圆点、斜线不是标准里的写法；“号”是口语，公文的日期写“日”（GB/T 9704-2012 7.3.5.4）。公文（GB/T 9704-2012 7.3.5.4）的日期写作“2026年6月28日”，不编虚位。

    ## 修复说明
    改为“2026年6月28日”，安全修复。

    ## 依据
    GB/T 15835-2011（年月日的写法，扩展格式引 GB/T 7408-2005 5.2.1.1：月、日各两位）；GB/T 9704-2012 7.3.5.4。
    """

    code = "DJ612"
    name = "date-format"
    severity = "warning"
    fix = "always"
    source = "GB/T 15835-2011；GB/T 7408-2005 5.2.1.1；GB/T 9704-2012 7.3.5.4"
    needs = ".．/-－号"
    patterns = (compile_(_NOT_BEFORE + r"(?P<y>(?:19|20)[0-9]{2})(?P<s>[.．/\-－])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})"
                         # a range's other end, written the same way (2026.6.28-2026.7.5, 2026.6.28至7.5)
                         r"(?:(?P<r>[-－—～~至到])(?:(?P<y2>(?:19|20)[0-9]{2})(?P=s))?(?P<m2>[0-9]{1,2})(?P=s)(?P<d2>[0-9]{1,2}))?"
                         + _NOT_AFTER + r"(?P<ri>日?)"),
                # 3月12号: the spoken 号 for 日, before what follows a date (a mark, 上午, 召开, 至……), not a number's
                # 号 (3月12号楼 names a building)
                compile_(r"(?<![0-9０-９.．])(?P<hm>[0-9]{1,2})月(?P<hd>[0-9]{1,2})号(?=" + _AFTER_DAY + r")"),
                # 2025.3至7月, 2025.3月, 2025.3以来: a year and a month with a point, told by what follows (a month's
                # range, 月, 以来, 起, 底……); 2025.3万元 and 2025.3至2030.5万元 are amounts
                compile_(_NOT_BEFORE + r"(?P<ym>(?:19|20)[0-9]{2})[.．](?P<mo>1[0-2]|0?[1-9])(?![0-9０-９.．])"
                         r"(?=月|以来|起|开始|底|初|末|份|[至到—－~～](?:(?:19|20)[0-9]{2}[.．])?(?:1[0-2]|0?[1-9])"
                         r"(?![0-9０-９.．])(?:月|[，,。；;、）)]|$))"))

    def finding(self, p, m):
        if "hm" in m.re.groupindex:
            return self._hao(p, m)
        if "ym" in m.re.groupindex:
            return self._year_month(p, m)
        if p.in_table or "\t" in p.text:  # a table's cell, or a table pasted as text: a date column may be written short
            return None
        y, mo, d, sep = int(m.group("y")), m.group("m"), m.group("d"), m.group("s")
        if _valid(y, int(mo), int(d)) is None or _NUMBERED.search(p.text, max(0, m.start() - 1), m.start()) \
                or _SECTION_AFTER.match(p.text, m.end()):
            return None  # 第2026.6.2节: a section's number
        if m.group("m2"):
            return self._range(p, m)
        if sep in "-－" and len(mo) == 2 and len(d) == 2:  # 2026-06-28: the standard's all-digit form
            return None
        new = f"{y}年{int(mo)}月{int(d)}日"
        how = "不用圆点、斜线隔开" if sep not in "-－" else f"用短横线时月、日各写两位（{y}-{int(mo):02d}-{int(d):02d}）"
        return Finding(p, m.start(), m.end(), f"日期“{m.group(0)}”写法不规范：{how}，正文写作“{new}”", new)

    @staticmethod
    def _range(p, m):
        """2026.6.28-2026.7.5 and 2026.6.28至7.5: both ends, and the range's dash as GB/T 15835 writes it (—)."""
        y, sep, r = int(m.group("y")), m.group("s"), m.group("r")
        first = _valid(y, int(m.group("m")), int(m.group("d")))
        y2 = int(m.group("y2") or y)
        last = _valid(y2, int(m.group("m2")), int(m.group("d2")))
        if last is None or last <= first:
            return None  # not a range of days
        if sep in "-－" and all(len(m.group(g)) == 2 for g in ("m", "d", "m2", "d2")):
            return None  # 2026-06-28至2026-07-05: the standard's all-digit form
        new = (f"{y}年{first.month}月{first.day}日{'—' if r in '-－~～' else r}"
               f"{f'{y2}年' if m.group('y2') else ''}{last.month}月{last.day}日")
        return Finding(p, m.start(), m.end(), f"日期范围“{m.group(0)}”写法不规范：不用圆点、斜线、短横线隔开，"
                                              f"正文写作“{new}”", new)

    @staticmethod
    def _year_month(p, m):
        """2025.3至7月 → 2025年3月至7月; 2025.3月 → 2025年3月 (the 月 after it stays)."""
        if p.in_table or "\t" in p.text:
            return None
        new = f"{m.group('ym')}年{int(m.group('mo'))}" + ("" if p.text.startswith("月", m.end()) else "月")
        shown = new if new.endswith("月") else f"{new}月"
        return Finding(p, m.start(), m.end(), f"年月“{m.group(0)}”写法不规范：不用圆点隔开，正文写作“{shown}”", new)

    @staticmethod
    def _hao(p, m):
        text, s = p.text, m.start()
        if text.count("“", 0, s) > text.count("”", 0, s) or not 1 <= int(m.group("hm")) <= 12 \
                or not 1 <= int(m.group("hd")) <= 31:
            return None  # quoted speech is quoted as said; 13月 is no month
        if any(_hao_end(text, before) > s for before in m.re.finditer(text, max(0, s - 24), s)):
            return None  # 7月5号 of 6月28号至7月5号: told with the range's first day
        end = _hao_end(text, m)
        said = text[s:end]
        new = said.replace("号", "日")
        return Finding(p, s, end, f"日期“{said}”用了口语的“号”，正式文稿写作“{new}”", new)


def _hao_end(text: str, m) -> int:
    """Where the date with 号 at ``m`` ends, with the other days of its list or range (6月5号、7号)."""
    end = m.end()
    while more := _MORE_HAO.match(text, end):
        end = more.end()
    return end


_WEEKDAYS = "一二三四五六日"
#: 星期日 is also 星期天, 礼拜天, 周日
_DAY_NUMBER = {"天": 6, **{c: i for i, c in enumerate(_WEEKDAYS)}}
_CN_NUM = NUMERAL + "{1,3}"


class WeekdayMismatch(PatternRule):
    """日期后面的星期与日期不符（2026年6月30日（星期三），那天是星期二）

    ## 检查内容
    年、月、日写全的日期后面紧跟的“星期X”“周X”“礼拜X”（括号里或不加括号），与按公历算出的星期几不一致。
    汉字写的日期（二〇二六年六月三十日）同样计算。没有年份的（6月30日（周二））、不存在的日期（2月30日）不报。

    ## 为什么
    通知的报到、截止时间常写星期几，两者不符时读者不知道以哪个为准；多半是套用旧通知只改了日期。

    ## 依据
    公历（格里历）日期与星期的对应；《党政机关公文处理工作条例》第十九条（内容准确）。
    """

    code = "DJ613"
    name = "weekday-mismatch"
    severity = "warning"
    source = "《党政机关公文处理工作条例》第十九条"
    #: the weekday's name every match ends with, found by the engine's one literal scan: the characters 星周拜
    #: picked every paragraph with a 周年 or 一周, where the pattern, which begins with a lookbehind, was tried at
    #: every character (~2 ms/MB)
    prefilter_words = ("星期", "礼拜", *("周" + c for c in "一二三四五六日天"))
    pattern = compile_(r"(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{2})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日"
                       r"|(?P<cy>" + YEAR_DIGIT + r"{4})年(?P<cm>" + _CN_NUM + r")月(?P<cd>" + _CN_NUM + r")日)"
                       + BLANK + "?[（(]?" + BLANK + r"?(?P<w>(?:星期|礼拜|周)(?P<k>[一二三四五六日天]))")

    def finding(self, p, m):
        if m.group("y"):
            date = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        else:
            y, mo, d = cn_year(m.group("cy")), cn_to_int(m.group("cm")), cn_to_int(m.group("cd"))
            date = _valid(y, mo, d) if y and mo and d else None
        if date is None or (m.group("k") == "天" and m.group("w").startswith("周")):  # 周天 is no weekday's name
            return None
        if date.weekday() == _DAY_NUMBER[m.group("k")]:
            return None
        right = "星期" + _WEEKDAYS[date.weekday()]
        return Finding(p, m.start("w"), m.end("w"), f"日期与星期不符：{date.year}年{date.month}月{date.day}日是{right}，"
                                                    f"不是“{m.group('w')}”，请核对日期和星期")


_FULL = "０１２３４５６７８９"
_TO_HALF = str.maketrans(_FULL + "．", "0123456789.")


class FullWidthDigits(PatternRule):
    """阿拉伯数字写成了全角（１０５周年）

    ## 检查内容
    全角的阿拉伯数字（０～９，占一个汉字的宽度），连同夹在其中的全角小数点（１２．５）。

    ## 为什么
    GB/T 15835-2011 的书写格式：阿拉伯数字使用正体二分字身，占半个汉字位置。全角数字多是输入法在全角状态下打出的，
    在同一篇里和半角数字宽窄不一，检索、统计数字时也找不到。

    ## 修复说明
    改为半角数字，安全修复。

    ## 依据
    GB/T 15835-2011（阿拉伯数字的书写格式：正体二分字身，占半个汉字位置）。
    """

    code = "DJ614"
    name = "full-width-digits"
    severity = "warning"
    fix = "always"
    source = "GB/T 15835-2011（书写格式）"
    needs = _FULL
    pattern = compile_(r"[" + _FULL + r"]+(?:．[" + _FULL + r"]+)*")

    def finding(self, p, m):
        new = m.group(0).translate(_TO_HALF)
        return Finding(p, m.start(), m.end(), f"阿拉伯数字应用半角：“{m.group(0)}”应为“{new}”", new)


#: 千 and 百 that begin a unit or a word, not a place of the number (5千米, 3千瓦时, 10百分点 is no word either)
_PREFIX_UNIT = r"(?!米|克|瓦|伏|帕|卡|焦|赫|字节|比特|兆|分之|分点|分比|分号|家姓|强|佳)"
#: 千万 the adverb after a list's number (3千万不要……: “3” numbers the item, 千万 means “by all means”)
#: the rest of a number written in pieces (2千5百万: 5百万 after 2千)
_NEXT_PIECE = compile_(r"[0-9]+[千百十]?[万亿]?")
_QIANWAN_ADVERB = compile_(r"千万(?:不|别|要|莫|勿|记|注意|小心|当心|保重|慎)")
#: a range whose two ends share the 千/百 written once after the second (3-5千元 is 3千 to 5千): the bare first end
_SHARED_RANGE = compile_(r"(?<![0-9０-９A-Za-z.．])(?P<a>[0-9]+(?:\.[0-9]+)?)[-－~～—至到]$")


def _scaled(n: str, unit: str) -> int | None:
    value = round(float(n) * (1000 if unit == "千" else 100), 6)
    return int(value) if value == int(value) else None


class DigitsWithQianBai(PatternRule):
    """阿拉伯数字与“千”“百”连用（3千余户、5百多人、2千万元）

    ## 检查内容
    阿拉伯数字后面直接写“千”“百”（3千余户、5百多人、1.5千元、2千万元、3百万元）。只有“万”“亿”可以和阿拉伯数字
    连用（3万余户、1.2亿元）；千米、千克、千瓦这些计量单位的词头不算。

    ## 为什么
    GB/T 15835-2011：一个数值除“万”“亿”外不同时用阿拉伯数字和汉字数字（4000 不写作“4千”），要么全用阿拉伯数字
    （3000余户），要么全用汉字（三千余户）。

    ## 修复说明
    改为阿拉伯数字（3000余户、2000万元），安全修复；也可以全写汉字。范围只在后一端写了“千”“百”的（3-5千元、
    5至8百户），“千”“百”是两端共用的，两端一起改（3000-5000元、500至800户），只改后一端就成了“3到5000”；
    前一端已经写全的（500-8百）和分几段写的（2千5百万）只报告，不给修改。

    ## 依据
    GB/T 15835-2011（阿拉伯数字与汉字数字同时使用）。
    """

    code = "DJ615"
    name = "digits-with-qian-bai"
    severity = "warning"
    #: safe, but for a number written in pieces (2千5百万)
    fix = "sometimes"
    source = "GB/T 15835-2011"
    needs = "千百"
    pattern = compile_(r"(?<![0-9０-９A-Za-z.．])(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<u>[千百])(?P<w>[万亿]?)" + _PREFIX_UNIT)

    def finding(self, p, m):
        n, u, w = m.group("n"), m.group("u"), m.group("w")
        text = p.text
        if _QIANWAN_ADVERB.match(text, m.start("u")) or text[m.start() - 1:m.start()] in ("千", "百"):
            return None  # 千万 the adverb; the second piece of 2千5百万 (reported with the first)
        rest = _NEXT_PIECE.match(text, m.end()) if not w else None
        if rest:  # 2千5百万: the whole number, written again by hand
            return Finding(p, m.start(), rest.end(), f"阿拉伯数字不与“千”“百”连用：“{text[m.start():rest.end()]}”请全写阿拉伯数字"
                                                     f"或全写汉字（只有“万”“亿”可以和阿拉伯数字连用）")
        scaled = _scaled(n, u)
        if scaled is None:
            return None
        start, new = m.start(), f"{scaled}{w}"
        shared = _SHARED_RANGE.search(text, max(0, start - 24), start)
        if shared:  # 3-5千元: 3000-5000元, not 3-5000元 (or told without a fix when the ends do not read so)
            first = _scaled(shared.group("a"), u)
            start, new = shared.start(), (f"{first}{text[shared.end('a'):m.start()]}{new}"
                                          if first is not None and float(shared.group("a")) < float(n) else None)
        said = text[start:m.end()]
        fix = f"应为“{new}”" if new else "请把两端都写成阿拉伯数字"
        return Finding(p, start, m.end(), f"阿拉伯数字不与“{u}”连用：“{said}”{fix}（只有“万”“亿”可以和阿拉伯数字连用）", new)


_CN_PERCENT = "[零〇" + NUMERAL_CHARS + "百]+(?:点[〇" + CN_DIGITS + "]+)?"
#: the paragraph counts in Arabic numerals already: 17个, 13项, 5%, 3.2万元 (a date's 2026年 and 11月 are no count)
_ARABIC_STAT = compile_(r"(?<![0-9.．])[0-9]+(?:\.[0-9]+)?(?:[%％个名人次项件家户条篇场期元万亿]|个百分点)")
#: what makes 百分之百 a rate (整改率达百分之百), not the word (百分之百的努力)
_RATE_BEFORE = compile_(r"(?:率|比例|比重)(?:达到|达|为|是|实现)?$")
_CN_DIGIT_VALUE = {c: str(i) for i, c in enumerate(CN_DIGITS)} | {"〇": "0"}


#: two neighbouring numerals, an estimate (百分之三四, 百分之八九十: 3%～4%, 80%～90%), which GB/T 15835-2011 4.1.2
#: writes in Chinese numerals: no single number to put in digits
_ESTIMATE = compile_("[" + CN_DIGITS[1:] + "]{2}")


def _percent_value(words: str) -> str | None:
    """七十六点五 → 76.5, 百 → 100; None for what is no plain numeral (or an estimate: 八九十)."""
    whole, _, tail = words.partition("点")
    if _ESTIMATE.search(whole):
        return None
    n = 100 if whole == "百" else cn_to_int(whole)
    if n is None or any(c not in _CN_DIGIT_VALUE for c in tail):
        return None
    return str(n) + ("." + "".join(_CN_DIGIT_VALUE[c] for c in tail) if tail else "")


class ChinesePercent(PatternRule):
    """统计数字里的百分数用了汉字（完成整改13个，整改完成率为百分之七十六点五），或汉字和数字混写（百分之96.5%）

    ## 检查内容
    同一段已经用阿拉伯数字计数（17个、13项、5%、3.2万元），百分数却用汉字写（百分之七十六点五、百分之九十五）。
    “百分之百”只在“……率（比例）达（为）”后面报。“百分之”后面直接写阿拉伯数字的（百分之96.5%、百分之96.5），
    不论全段怎样写都报，改为“96.5%”是安全修复。全段都用汉字数字的（党代会报告的“比重达百分之十八点五”）、
    书名号和引号里的、相邻两个数字表示的概数（百分之八九十，GB/T 15835-2011 4.1.2 用汉字）不报。
    比率和上年（同期、年初）比较的升降（发展率比上年提高百分之3.5）提示写作“3.5个百分点”（两个百分数之差），
    不给安全修复（说的是相对增幅时写“3.5%”）。

    ## 为什么
    GB/T 15835-2011 4.1.1：用于计量的数字用阿拉伯数字（示例：34.05%、63%～68%）；同一段里同类的数字形式一致。
    汉字的百分数放在一串阿拉伯数字的统计中间，既不醒目，也和前后的数字不一致。

    ## 修复说明
    改为阿拉伯数字加“%”（76.5%），作为建议（请确认全段的数字写法）；比率的升降改为“……个百分点”，作为建议。

    ## 依据
    GB/T 15835-2011 4.1.1、5.1（同类别同形式）。
    """

    code = "DJ616"
    name = "chinese-percent"
    severity = "warning"
    fix = "sometimes"
    source = "GB/T 15835-2011 4.1.1"
    needs = "百"
    pattern = compile_(r"百分之(?:(?P<n>" + _CN_PERCENT + r")|(?P<a>[0-9]+(?:\.[0-9]+)?)(?![0-9.])[%％]?)")

    def finding(self, p, m):
        text, s = p.text, m.start()
        if text.rfind("《", 0, s) > text.rfind("》", 0, s) or text.count("“", 0, s) > text.count("”", 0, s):
            return None  # a title or a quoted slogan is quoted as it is
        if m.group("a") is not None:  # 百分之95.6: the two forms mixed, whatever the paragraph counts in
            if _RATE_CHANGE.search(text, max(0, s - 50), s):
                return _points(p, m, m.group("a"))
            new = m.group("a") + "%"  # (百分之96.5%: the sign written twice, the same fix)
            return Finding(p, s, m.end(), f"百分数的汉字和阿拉伯数字混写：“{m.group(0)}”应写作“{new}”", new)
        n = m.group("n")
        if n == "百" and not _RATE_BEFORE.search(text, max(0, s - 6), s):
            return None  # 百分之百 is also a word (百分之百的努力)
        value = _percent_value(n)
        if value is None or not _ARABIC_STAT.search(text):
            return None
        if _RATE_CHANGE.search(text, max(0, s - 50), s):
            return _points(p, m, value)
        new = value + "%"
        return Finding(p, s, m.end(), f"同一段的统计已用阿拉伯数字，百分数“{m.group(0)}”应写作“{new}”", new, safe=False)


#: a rate (率、比例、比重、占比、满意度) said to rise or fall against another period, just before the figure: 发展率比上年提高
#: 百分之3.5, 覆盖率为85%，同比增长百分之三: the difference of two percentages is counted in 百分点
_RATE_CHANGE = compile_(r"(?:率|比例|比重|占比|满意度|知晓度|认可度|参与度)[^。；;！？!?]{0,40}?(?:比上年|比去年|较上年|较去年|同比|环比|比上一年|比年初|较年初)"
                        r"(?:同期)?(?:提高|下降|增长|降低|上升|减少|增加|回落|提升)了?$")


def _points(p, m, value: str) -> Finding:
    """百分之3.5 after a rate's rise or fall: 3.5个百分点 (a relative change would be 3.5%): the writer's call."""
    new = value + "个百分点"
    return Finding(p, m.start(), m.end(), f"比率的升降用“百分点”：“{m.group(0)}”应写作“{new}”"
                   f"（说的是相对增幅时写“{value}%”）", new, safe=False)
