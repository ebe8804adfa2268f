"""DJ8xx GB/T 9704-2012 layout of a .docx: page setup, title, body and heading fonts, sizes,
indent, line spacing, page numbers, the date in the 落款.

Off by default: a draft is often checked before it is laid out. On with ``select`` or
``extend-select`` of DJ8 (or one code). Every number can be changed in ``rule-options``
under the rule's code or under ``DJ8`` for all of them (a unit's own house style), and font
names are compared as families (仿宋_GB2312, 仿宋, FangSong, 方正仿宋_GBK are one), the table
configurable as ``rule-options: {DJ8: {font-families: {仿宋: [...]}}}``.

Each rule reports one finding per kind of deviation, with the count and the first place,
anchored on that first paragraph (a Word comment there in the annotated copy).
"""
from __future__ import annotations

import re
from collections import Counter

from ..document.formatting import Formatter, formatter_for
from ..document.wordml import q
from ..engine import Finding, Rule
from ..engine.rule import Option
from ..util import rx
from ..util.zh import NUMERAL, SPACE, SPACE_CHARS, YEAR_DIGIT, cn_to_int

_SRC = "GB/T 9704-2012《党政机关公文格式》"
FAMILIES = {
    "仿宋": ["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "方正仿宋_GBK", "方正仿宋简体", "方正仿宋_GB2312",
           "华文仿宋", "STFangsong"],
    "黑体": ["黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "方正黑体_GB2312"],
    "楷体": ["楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "方正楷体简体", "方正楷体_GB2312", "华文楷体",
           "STKaiti"],
    "小标宋": ["方正小标宋简体", "方正小标宋_GBK", "方正小标宋", "小标宋", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
    "宋体": ["宋体", "SimSun", "NSimSun", "新宋体", "方正书宋_GBK", "方正宋体"],
}
#: how each family is named in a message (the name offices install)
SHOWN = {"仿宋": "仿宋_GB2312", "黑体": "黑体", "楷体": "楷体_GB2312", "小标宋": "方正小标宋简体", "宋体": "宋体"}
SIZE_NAMES = {42: "初号", 36: "小初", 26: "一号", 24: "小一", 22: "二号", 18: "小二", 16: "三号", 15: "小三",
              14: "四号", 12: "小四", 10.5: "五号", 9: "小五"}
MM = 1440 / 25.4  # twips per millimetre


#: the option of every rule that compares fonts: the unit's own font names, by family
FONT_FAMILIES = Option("font-families", "mapping", {},
                       "字体名的别名表，按字体类别补充或替换默认表，如 {仿宋: [仿宋_GB2312, 华康仿宋W4]}")


def _number(name: str, default: float, doc: str) -> Option:
    return Option(name, "number", default, doc)


def family_of(rule: Rule, ctx, font: str) -> str | None:
    """The family (仿宋, 黑体 …) a font name belongs to, by the default table and the rule's
    ``font-families`` option."""
    table = {k: list(v) for k, v in FAMILIES.items()}
    for fam, names in (rule.option(ctx, "font-families") or {}).items():
        table[str(fam)] = [str(n) for n in names]
    norm = font.replace(" ", "").lower()
    for fam, names in table.items():
        if norm in {n.replace(" ", "").lower() for n in names}:
            return fam
    return None


def size_name(pt: float) -> str:
    name = SIZE_NAMES.get(pt if pt != int(pt) else int(pt))
    return f"{name}（{pt:g}磅）" if name else f"{pt:g}磅"


def _layout(ctx):
    """What the DJ8xx rules share: the resolver and the paragraphs by role (computed once)."""
    return ctx.shared("format.layout", _analyse)


class Layout:
    def __init__(self, formatter: Formatter, title, body, headings):
        self.formatter = formatter
        self.title = title
        self.body = body  # body text paragraphs (not title, not headings, not in tables)
        self.headings = headings  # (heading, paragraph)


def _analyse(ctx) -> Layout | None:
    doc = ctx.doc
    fm = formatter_for(doc)
    if fm is None:
        return None
    title = doc.title
    body, headings = [], []
    for p in doc.body:
        if not p.text.strip() or p.in_table or p is title or p.element is None:
            continue
        h = doc.outline.heading_of(p)
        if h is not None and h.kind != "style":
            headings.append((h, p))
        elif h is None:
            body.append(p)
    return Layout(fm, title, body, headings)


def _first(paragraphs):
    return paragraphs[0] if paragraphs else None


class _FormatRule(Rule):
    scope = "document"
    inputs = ("docx",)
    severity = "warning"
    opt_in = True
    source = _SRC


class PageSetup(_FormatRule):
    """纸张或页边距不符合 GB/T 9704（A4；上 37、下 35、左 28、右 26 毫米）

    ## 检查内容
    每一节的纸张大小（A4，210 mm × 297 mm）和页边距：天头（上）37 mm，订口（左）28 mm，版心 156 mm × 225 mm，
    由此下边距 35 mm、右边距 26 mm，允许误差 ±1 mm。数值可在 `rule-options: {DJ801: {top: 37, bottom: 35,
    left: 28, right: 26, tolerance: 1}}` 中按本单位要求修改。

    ## 为什么
    版面尺寸不对，打印出来版心偏移，上报后会被退回重排。

    ## 依据
    GB/T 9704-2012 5.1（幅面 A4）、5.2.1（天头 37 mm±1 mm，订口 28 mm±1 mm，版心 156 mm×225 mm）。
    """

    code = "DJ801"
    options = (_number("top", 37, "上边距（毫米）"), _number("bottom", 35, "下边距（毫米）"),
               _number("left", 28, "左边距（毫米）"), _number("right", 26, "右边距（毫米）"),
               _number("tolerance", 1, "允许误差（毫米）"))
    name = "page-setup"
    source = _SRC + " 5.1、5.2.1"

    def check(self, doc, ctx):
        word = doc.meta.get("word") or {}
        root = word.get("document")
        first = _first(doc.body)
        if root is None or first is None:
            return
        want = {k: float(self.option(ctx, k)) for k in ("top", "bottom", "left", "right")}
        tol = float(self.option(ctx, "tolerance"))
        problems = []
        for sect in root.iter(q("sectPr")):
            problems += self._paper(sect) + self._margins(sect, want, tol)
        for msg in dict.fromkeys(problems):
            yield Finding(first, 0, 0, msg)

    @staticmethod
    def _paper(sect) -> list[str]:
        sz = sect.find(q("pgSz"))
        if sz is None or sz.get(q("w")) is None:
            return []
        w, h = float(sz.get(q("w"))) / MM, float(sz.get(q("h"))) / MM
        if abs(min(w, h) - 210) > 1 or abs(max(w, h) - 297) > 1:
            return [f"纸张为 {w:.0f} mm × {h:.0f} mm，应为 A4（210 mm × 297 mm）（GB/T 9704-2012 5.1）"]
        return []

    @staticmethod
    def _margins(sect, want, tol) -> list[str]:
        mar = sect.find(q("pgMar"))
        if mar is None:
            return []
        names = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
        wrong = []
        for key, label in names.items():
            raw = mar.get(q(key))
            if raw is None:
                continue
            mm = abs(float(raw)) / MM
            if abs(mm - want[key]) > tol:
                wrong.append(f"{label}边距 {mm:.1f} mm（应为 {want[key]:g} mm）")
        if not wrong:
            return []
        return ["页边距不符合要求：" + "，".join(wrong) + "（GB/T 9704-2012 5.2.1：版心 156 mm × 225 mm）"]


class TitleFormat(_FormatRule):
    """标题格式不对：应为二号方正小标宋简体、居中

    ## 检查内容
    文稿标题（第一个标题段）：字号二号（22 磅），字体方正小标宋简体（小标宋一类），居中。

    ## 为什么
    标题是上级机关看的第一眼，字体字号不对最显眼。

    ## 依据
    GB/T 9704-2012 7.3.1（标题：2号小标宋体字，居中排布）。
    """

    code = "DJ802"
    options = (_number("size", 22, "标题字号（磅；二号 = 22）"), Option("font", "text", "小标宋", "标题字体（字体类别或字体名）"),
               FONT_FAMILIES)
    name = "title-format"
    source = _SRC + " 7.3.1"

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None or lay.title is None or lay.title.element is None:
            return
        p = lay.title
        run = lay.formatter.runs_format(p)
        if run is None:
            return
        size = float(self.option(ctx, "size"))
        font = str(self.option(ctx, "font"))
        wrong = []
        if abs(run.size - size) > 0.25:
            wrong.append(f"字号为{size_name(run.size)}，应为{size_name(size)}")
        if family_of(self, ctx, run.east_asia) != family_of(self, ctx, font) and run.east_asia != font:
            wrong.append(f"字体为{run.east_asia}，应为{SHOWN.get(font, font)}")
        jc = lay.formatter.paragraph(p.element).jc
        if jc not in ("center",):
            wrong.append("没有居中")
        if wrong:
            yield Finding(p, 0, 0, "标题" + "，".join(wrong) + "（GB/T 9704-2012 7.3.1）")


def _aggregate(items, what: str, expected: str, clause: str):
    """One finding per kind of deviation: 正文42段字体为宋体，应为仿宋_GB2312（首见第5段）."""
    by_value: dict[str, list] = {}
    for p, value in items:
        by_value.setdefault(value, []).append(p)
    if not by_value:
        return []
    total = sum(len(v) for v in by_value.values())
    most = max(by_value, key=lambda v: len(by_value[v]))
    first = min((p for ps in by_value.values() for p in ps), key=lambda p: p.index)
    detail = most if len(by_value) == 1 else f"{most}等"
    return [Finding(first, 0, 0, f"{what}{total}段{detail}，应为{expected}（首见第{first.line}段；{clause}）")]


class BodyFont(_FormatRule):
    """正文字体不是仿宋（仿宋_GB2312）

    ## 检查内容
    正文段落（标题、各级小标题、表格之外）中文字体的实际效果（直接设置、段落样式、文档默认值、主题字体
    依次生效，与 Word 相同）。仿宋_GB2312、仿宋、FangSong、方正仿宋_GBK 算同一种字体。一类问题只报一次，
    写明段数和第一处。

    ## 为什么
    GB/T 9704 规定正文用 3 号仿宋；宋体、微软雅黑的正文一看就不是正式公文。

    ## 依据
    GB/T 9704-2012 5.2.2（如无特殊说明，各要素一般用3号仿宋体字）、7.3.3。
    """

    code = "DJ803"
    options = (Option("font", "text", "仿宋", "正文字体（字体类别或字体名）"), FONT_FAMILIES)
    name = "body-font"
    source = _SRC + " 5.2.2、7.3.3"

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None:
            return
        font = str(self.option(ctx, "font"))
        want = family_of(self, ctx, font) or font
        items = []
        for p in lay.body:
            run = lay.formatter.runs_format(p)
            if run is not None and (family_of(self, ctx, run.east_asia) or run.east_asia) != want:
                items.append((p, f"字体为{run.east_asia}"))
        yield from _aggregate(items, "正文", SHOWN.get(want, want), "GB/T 9704-2012 5.2.2")


class BodySize(_FormatRule):
    """正文字号不是三号（16 磅）

    ## 检查内容
    正文段落的实际字号（同样按样式继承计算）。可在 `rule-options: {DJ804: {size: 16}}` 修改。

    ## 为什么
    GB/T 9704 规定正文用 3 号字；小四、五号字是一般文稿的习惯，不是公文。

    ## 依据
    GB/T 9704-2012 5.2.2、7.3.3。
    """

    code = "DJ804"
    options = (_number("size", 16, "正文字号（磅；三号 = 16）"),)
    name = "body-size"
    source = _SRC + " 5.2.2"

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None:
            return
        size = float(self.option(ctx, "size"))
        items = []
        for p in lay.body:
            run = lay.formatter.runs_format(p)
            if run is not None and abs(run.size - size) > 0.25:
                items.append((p, f"字号为{size_name(run.size)}"))
        yield from _aggregate(items, "正文", size_name(size), "GB/T 9704-2012 5.2.2")


class FirstLineIndent(_FormatRule):
    """正文段落首行没有缩进两个字

    ## 检查内容
    正文中成句的段落（较长或以句号结束的）首行缩进两个字：`首行缩进 2 字符`，或按字号折算的相同距离
    （三号字两个字约 11.3 mm）。主送机关、落款、短行不查。

    ## 为什么
    GB/T 9704 规定每个自然段左空二字；顶格或用空格凑出来的缩进，排版一变就乱。

    ## 依据
    GB/T 9704-2012 7.3.3（每个自然段左空二字，回行顶格）。
    """

    code = "DJ805"
    name = "first-line-indent"
    source = _SRC + " 7.3.3"

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None:
            return
        items = []
        for p in lay.body:
            text = p.text.strip()
            if len(text) < 30 and not text.endswith("。"):
                continue  # 主送机关, 落款, a short line
            if p.text[:1] in SPACE_CHARS and p.text[:2].strip() == "":
                items.append((p, "用空格代替了首行缩进"))
                continue
            fmt = lay.formatter.paragraph(p.element)
            run = lay.formatter.runs_format(p)
            if not self._two_chars(fmt, run.size if run else 16):
                items.append((p, "首行没有缩进两字"))
        yield from _aggregate(items, "正文", "首行缩进 2 字符", "GB/T 9704-2012 7.3.3")

    @staticmethod
    def _two_chars(fmt, size_pt: float) -> bool:
        if fmt.first_line_chars is not None and fmt.first_line_chars != 0:
            return 180 <= fmt.first_line_chars <= 220
        if fmt.first_line_twips:
            return abs(fmt.first_line_twips - 2 * size_pt * 20) <= 0.15 * 2 * size_pt * 20
        return False


class HeadingFonts(_FormatRule):
    """各级小标题字体不对：一级黑体，二级楷体，三、四级仿宋

    ## 检查内容
    按编号识别的各级标题（“一、”“（一）”“1.”“（1）”）：一级黑体，二级楷体（楷体_GB2312），三级、四级仿宋。
    只看标题文字本身（“一、加强学习。全年……”只看“一、加强学习”）；加粗不算错。每一级只报一次。

    ## 为什么
    结构层次靠字体区分，字体乱了层次就乱了。

    ## 依据
    GB/T 9704-2012 7.3.3（第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字标注）。
    """

    code = "DJ806"
    options = (Option("level-1", "text", "黑体", "一级标题字体"), Option("level-2", "text", "楷体", "二级标题字体"),
               Option("level-3", "text", "仿宋", "三级标题字体"), Option("level-4", "text", "仿宋", "四级标题字体"),
               FONT_FAMILIES)
    name = "heading-fonts"
    source = _SRC + " 7.3.3"
    LEVELS = {"cn": 1, "cn-paren": 2, "arabic": 3, "arabic-paren": 4}

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None:
            return
        by_level: dict[int, list] = {}
        for h, p in lay.headings:
            if h.kind not in self.LEVELS:
                continue
            level = self.LEVELS[h.kind]
            want = str(self.option(ctx, f"level-{level}"))
            run = lay.formatter.runs_format(p, h.label_start, h.label_end + len(h.title) + 1)
            if run is None:
                continue
            if (family_of(self, ctx, run.east_asia) or run.east_asia) != (family_of(self, ctx, want) or want):
                by_level.setdefault(level, []).append((p, f"字体为{run.east_asia}", want))
        names = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
        for level, items in sorted(by_level.items()):
            want = items[0][2]
            yield from _aggregate([(p, v) for p, v, _w in items], names[level], SHOWN.get(want, want),
                                  "GB/T 9704-2012 7.3.3")


class LineSpacing(_FormatRule):
    """正文行距不是固定值 28～30 磅

    ## 检查内容
    正文段落的行距：应为“固定值”，在 28～30 磅之间（每页 22 行排满版心约合 28.9 磅；各地要求有
    28、29、30 磅）。范围可在 `rule-options: {DJ807: {min: 28, max: 30}}` 修改。

    ## 为什么
    行距用“单倍”“多倍”时，每页行数随字体变化，版心排不满或溢出。

    ## 依据
    GB/T 9704-2012 5.2.3（一般每面排22行，每行排28个字，并撑满版心）；各地公文格式实施细则。
    """

    code = "DJ807"
    options = (_number("min", 28, "最小行距（磅，固定值）"), _number("max", 30, "最大行距（磅，固定值）"))
    name = "line-spacing"
    source = _SRC + " 5.2.3"

    def check(self, doc, ctx):
        lay = _layout(ctx)
        if lay is None:
            return
        lo = float(self.option(ctx, "min"))
        hi = float(self.option(ctx, "max"))
        items = []
        for p in lay.body:
            line = lay.formatter.paragraph(p.element).line
            if line is None:
                items.append((p, "行距为单倍行距"))
            elif line[0] == "auto":
                items.append((p, "行距为单倍行距" if line[1] == 1 else f"行距为{line[1]:g}倍行距"))
            elif line[0] != "exact":
                items.append((p, f"行距为最小值{line[1]:g}磅"))
            elif not lo <= line[1] <= hi:
                items.append((p, f"行距为固定值{line[1]:g}磅"))
        yield from _aggregate(items, "正文", f"固定值{lo:g}～{hi:g}磅", "GB/T 9704-2012 5.2.3")


_PAGE_FIELD = rx.stdlib(r"^\s*PAGE\b", re.I)
_DASHES = "—－-–"


class PageNumber(_FormatRule):
    """页码不规范：应在页脚，4 号半角阿拉伯数字，两侧各一条一字线（— 1 —）

    ## 检查内容
    一页以上的文稿要有页码（页脚中的 PAGE 域）；页码两侧各有一条一字线，如“— 1 —”；页码字号 4 号（14 磅）。

    ## 为什么
    页码是装订、传阅和引用的依据；样式统一才像正式公文。

    ## 依据
    GB/T 9704-2012 7.5（页码一般用4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条
    一字线）。
    """

    code = "DJ808"
    options = (_number("size", 14, "页码字号（磅；四号 = 14）"),)
    name = "page-number"
    source = _SRC + " 7.5"

    def check(self, doc, ctx):
        word = doc.meta.get("word") or {}
        lay = _layout(ctx)
        if lay is None:
            return
        anchor = _first(doc.body)
        pages = [self._page_paragraph(f) for f in word.get("footers") or []]
        pages = [p for p in pages if p is not None]
        if not pages:
            if sum(len(p.text) for p in doc.body) > 700:  # more than one page of 22 × 28 characters
                yield Finding(anchor, 0, 0, "文稿没有页码：请在页脚插入页码，格式为“— 1 —”（GB/T 9704-2012 7.5）")
            return
        wrong = []
        p_el, text = pages[0]
        text = re.sub(r"[0-9]+", "1", text)  # the field's last result, whatever page it was
        if not (text.strip()[:1] in _DASHES and text.strip()[-1:] in _DASHES):
            wrong.append(f"页码两侧没有一字线（现为“{text.strip()}”，应为“— 1 —”）")
        size = self._size(lay.formatter, p_el)
        want = float(self.option(ctx, "size"))
        if size is not None and abs(size - want) > 0.25:
            wrong.append(f"页码字号为{size_name(size)}，应为{size_name(want)}")
        if wrong:
            yield Finding(anchor, 0, 0, "；".join(wrong) + "（GB/T 9704-2012 7.5）")

    @staticmethod
    def _page_paragraph(footer):
        """(w:p, its text with the field shown as 1) of the footer paragraph holding a PAGE field."""
        for p in footer.iter(q("p")):
            has_field = any(_PAGE_FIELD.match(f.get(q("instr")) or "") for f in p.iter(q("fldSimple"))) or \
                any(_PAGE_FIELD.match(t.text or "") for t in p.iter(q("instrText")))
            if has_field:
                parts = []
                for node in p.iter(q("t"), q("fldSimple")):
                    if node.tag == q("fldSimple"):
                        parts.append("1")
                    elif not any(a.tag == q("fldSimple") for a in node.iterancestors()):
                        parts.append(node.text or "")
                text = "".join(parts)
                if not any(ch.isdigit() for ch in text):
                    text = text.replace("  ", " 1 ", 1) if "  " in text else text + "1"
                return p, text
        return None

    @staticmethod
    def _size(fm, p_el):
        sizes = Counter()
        for r in p_el.iter(q("r")):
            if r.find(q("t")) is not None and (r.find(q("t")).text or "").strip():
                sizes[fm.run(p_el, r).size] += 1
        return sizes.most_common(1)[0][0] if sizes else None


_CN_DATE = rx.stdlib("^" + SPACE + "*(" + YEAR_DIGIT + r"{4})年(" + NUMERAL + r"{1,2})月(" + NUMERAL + r"{1,3})日"
                     + SPACE + "*$")


class SignatureDate(_FormatRule):
    """落款的成文日期用了汉字（二〇二四年十二月五日），应用阿拉伯数字

    ## 检查内容
    文末落款处单独成行的日期：应写作“2024年12月5日”，年份写全，月、日不编虚位（不写 01）。

    ## 为什么
    GB/T 9704-2012 统一为阿拉伯数字；汉字日期是 2012 年以前行政机关公文的写法。

    ## 修复说明
    改写为阿拉伯数字日期，安全修复。

    ## 依据
    GB/T 9704-2012 7.3.5.4（成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位）。
    """

    code = "DJ809"
    name = "signature-date"
    fix = "always"
    source = _SRC + " 7.3.5.4"

    def check(self, doc, ctx):
        tail = [p for p in doc.body if p.text.strip()][-4:]
        for p in tail:
            m = _CN_DATE.match(p.text)
            if not m:
                continue
            new = f"{cn_to_int(m.group(1))}年{cn_to_int(m.group(2))}月{cn_to_int(m.group(3))}日"
            s, e = m.start(1), m.end(3) + 1
            yield Finding(p, s, e, f"成文日期应用阿拉伯数字：“{new}”（GB/T 9704-2012 7.3.5.4）", new)


RULES = (PageSetup, TitleFormat, BodyFont, BodySize, FirstLineIndent, HeadingFonts, LineSpacing, PageNumber,
         SignatureDate)
