"""DJ612 and on: how a date or a number is written (GB/T 15835-2011)."""
from __future__ import annotations

import datetime

from ...engine import Finding
from ...engine.kinds import PatternRule, compile_

#: a date's numbers inside a longer run of digits, points, dashes, slashes or letters (V2.6.28, a file name,
#: a URL, 3.2.1.5) is no date
_NOT_BEFORE = r"(?<![0-9０-９A-Za-z_.．\-－/／\\:@#])"
_NOT_AFTER = r"(?![0-9０-９A-Za-z_.．\-－/／\\%％])"


_NUMBERED = compile_(r"第$")
_SECTION_AFTER = compile_(r"[节条章款版号期项]")


def _valid(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


class DateFormat(PatternRule):
    """日期写法不规范（2026.6.28、2026/6/28、2027-3-31）

    ## 检查内容
    正文里用圆点、斜线隔开的日期（2026.6.28、2026/6/28），和用短横线隔开而月、日只写了一位的日期（2027-3-31）。
    写全的“2026-06-28”（GB/T 15835 允许的全数字格式，月、日都是两位）不报；版本号（V2.6.28）、章节号（3.2.1）、
    时间、网址和文件名里的数字、表格里的日期不报；不是真实日期的（2026.13.5）不报。

    ## 为什么
    GB/T 15835-2011 规定年月日按“2026年6月28日”的顺序和写法；“年”“月”可以按 GB/T 7408 的扩展格式用短横线
    “-”代替，而 GB/T 7408 的扩展格式月、日各用两位（2026-06-28）。圆点、斜线不是标准里的写法。公文（GB/T 9704-2012
    7.3.5.4）的日期写作“2026年6月28日”，不编虚位。

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
    needs = ".．/-－"
    pattern = compile_(_NOT_BEFORE + r"(?P<y>(?:19|20)[0-9]{2})(?P<s>[.．/\-－])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})"
                       + _NOT_AFTER + r"(?P<ri>日?)")

    def finding(self, p, m):
        if p.in_table or "\t" in p.text:  # a table's cell, or a table pasted as text: a date column may be written short
            return None
        y, mo, d, sep = int(m.group("y")), m.group("m"), m.group("d"), m.group("s")
        if _valid(y, int(mo), int(d)) is None or _NUMBERED.search(p.text, max(0, m.start() - 1), m.start()) \
                or _SECTION_AFTER.match(p.text, m.end()):
            return None  # 第2026.6.2节: a section's number
        if sep in "-－" and len(mo) == 2 and len(d) == 2:  # 2026-06-28: the standard's all-digit form
            return None
        new = f"{y}年{int(mo)}月{int(d)}日"
        how = "不用圆点、斜线隔开" if sep not in "-－" else f"用短横线时月、日各写两位（{y}-{int(mo):02d}-{int(d):02d}）"
        return Finding(p, m.start(), m.end(), f"日期“{m.group(0)}”写法不规范：{how}，正文写作“{new}”", new)
