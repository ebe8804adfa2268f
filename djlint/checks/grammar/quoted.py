"""DJ447 引号范围不当: a quoted name that takes its category word inside the quotes
(“两学一做学习教育” → “两学一做”学习教育; “三会一课”制度 is right)."""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from .script import reading

#: names that are quoted on their own in official text (the quotes mark the slogan, not the category)
NAMES = ("两学一做", "三会一课", "不忘初心、牢记使命", "三严三实", "四史", "四风", "十四五", "十五五", "一带一路",
         "放管服", "最多跑一次", "三重一大", "一岗双责", "两个维护", "两个确立", "四个意识", "四个自信", "四个全面",
         "五位一体", "三个代表", "八项规定", "三不腐", "两优一先", "四下基层", "枫桥经验", "千万工程", "双报到",
         "三务公开", "四议两公开", "五个一", "三个一", "两委", "村两委", "社区两委", "主题党日", "支部主题党日", "第一议题",
         "一肩挑", "书记项目", "两新", "七一", "我为群众办实事", "三个以案", "以案促改", "学习强国", "不忘初心 牢记使命",
         # a campaign's full name quoted with the 活动 that is no part of it (“党史学习教育活动”)
         "党史学习教育", "党纪学习教育", "主题教育")
#: the category words that stand after the closing quote
CATEGORIES = ("学习教育", "主题教育", "专题教育", "集中教育", "教育实践活动", "重要思想", "战略布局", "总体布局",
              "主题活动", "专项行动", "专项整治", "活动", "制度", "工作", "问题", "要求", "精神", "规划", "倡议", "改革",
              "工程", "机制", "行动", "会议", "专题学习", "学习", "事项", "决策制度", "责任制", "班子", "成员", "换届", "干部",
              "组织", "党组织", "实践活动", "警示教育", "重要讲话", "讲话", "学习平台", "平台", "民主生活会", "组织生活会",
              "宣传活动", "氛围", "时期", "主题党日活动", "工作法")
#: a numbered slogan not in the list: two numerals (三亮三比, 四议两公开) or 数字+个+two characters (四个全面)
#: (四个一: 数字+个+数字), or a campaign month or week's name (安全生产月, 科技活动周)
_SHAPE = compile_(r"[一二两三四五六七八九十](?:个[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{1,3}[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}"
                  r"|个[一二两三四五六七八九十])|[\u4e00-\u9fff]{2,10}(?:月|周)")
#: 四个一, 五个一: a slogan of numbers, not a count of the category after it
_NUMBER_SLOGAN = compile_(r"[一二两三四五六七八九十]个[一二两三四五六七八九十]")
_QUOTED = compile_(r"“(?P<inner>[^“”]{3,20})”")
#: a name that counts things (六个……, 三个……) and the categories such a count is of
_COUNTED = compile_(r"[一二两三四五六七八九十]个")
_COUNTABLE = frozenset(("平台", "工程", "机制", "行动", "专项行动", "班子", "成员", "组织", "党组织", "干部", "活动", "主题活动"))
#: a name that ends in a count of levels (三级网络两级责任制: 两级 is how many levels the 责任制 has): the count belongs to
#: the category word, which cannot leave the quotes without it (“三级网络两级”责任制 leaves 两级 qualifying nothing)
_LEVELS_LAST = compile_(r"[一二两三四五六七八九十][级层]$")


#: an honour's name quoted with the word 称号 (“全市先进基层党组织称号” → “全市先进基层党组织”称号; gram16): the name
#: says what is honoured (先进、优秀……) and ends in who is (党组织、共产党员……)
_TITLE_WORDS = ("荣誉称号", "称号")
_HONOUR_MARKS = ("先进", "优秀", "模范", "标兵", "示范", "文明", "五好", "红旗", "十佳", "最美")
_HONOUR_HEADS = ("党组织", "党支部", "党委", "党组", "党员", "工作者", "集体", "个人", "单位", "干部", "书记", "标兵",
                 "模范", "能手", "家庭", "先锋", "村", "社区", "岗", "班组", "青年", "示范点")

#: a quoted decision, not a name (“授予该支部先进基层党组织称号”): the quotes hold the act of conferring
_CONFERS = ("授予", "评为", "命名", "追授", "表彰", "给予", "颁发")


def _honour(inner: str):
    for cat in _TITLE_WORDS:
        name = inner[:-len(cat)]
        if (inner.endswith(cat) and name.endswith(_HONOUR_HEADS) and any(w in name for w in _HONOUR_MARKS)
                and not any(w in name for w in _CONFERS)):
            return name, cat
    return None


_LONGEST_FIRST = tuple(sorted(CATEGORIES, key=len, reverse=True))
_ENDINGS = tuple(CATEGORIES)


def _split(inner: str):
    """(name, category) when the quoted text is a known or numbered name followed by a category word."""
    if inner.endswith(_TITLE_WORDS):
        return _honour(inner)
    if not inner.endswith(_ENDINGS):
        return None  # most quoted text ends in no category word
    for cat in _LONGEST_FIRST:
        if inner.endswith(cat) and len(inner) > len(cat):
            name = inner[:-len(cat)]
            if _COUNTED.match(name) and cat in _COUNTABLE and not (_NUMBER_SLOGAN.fullmatch(name) and cat.endswith("活动")):
                # (“四个一活动” is the slogan 四个一 and an activity; “五个一工程” is the award's whole name)
                return None  # “六个工作平台”“三个一号工程”“五个一工程”: the count is of the platforms, the name whole
            if _LEVELS_LAST.search(name) is not None:
                return None  # “三级网络两级责任制”: the levels are the category's (两级责任制), the name whole
            if name in NAMES or _SHAPE.fullmatch(name):
                return name, cat
    return None


#: the categories told twice: events and institutions (“……工作”工作会议 may quote a slogan that ends in 工作)
_TWICE_KINDS = frozenset(("活动", "主题活动", "宣传活动", "实践活动", "教育实践活动", "制度", "机制", "行动", "专项行动", "工程",
                          "会议", "平台", "学习教育", "主题教育", "专题教育", "警示教育"))


def _said_twice(inner: str, text: str, after: int) -> str | None:
    """The category word that ends the quoted text and follows the closing quote again
    (“渔业安全生产警示教育活动”活动): any quoted name, the category is said twice."""
    if not inner.endswith(_ENDINGS):
        return None
    for cat in _LONGEST_FIRST:
        if cat in _TWICE_KINDS and inner.endswith(cat) and len(inner) > len(cat) and text.startswith(cat, after):
            return cat
    return None


class QuotedCategory(Rule):
    """语病：引号范围不当（“两学一做学习教育”应为“两学一做”学习教育）

    ## 检查内容
    引号里是一个要加引号的名称加上它的类别词：“两学一做学习教育”“三会一课制度”“不忘初心、牢记使命主题教育”
    “四个全面战略布局”。类别词应放在引号外：“两学一做”学习教育、“三会一课”制度。名称取自一张常用名称表，
    以及“数字+字+数字+字”（三严三实、四议两公开）、“数字+个+两字”（四个全面）、“数字+个+数字”（四个一）形式的提法，
    “……月”“……周”的活动名（“安全生产月活动”→“安全生产月”活动）；类别词在引号外的不报。类别词在引号里外各说一次的
    （“渔业安全生产警示教育活动”活动），不论什么名称，都删去引号里的。
    荣誉名称连“称号”“荣誉称号”一起放进引号的（“全市先进基层党组织称号”→“全市先进基层党组织”称号）也报：名称里有
    “先进、优秀、模范、标兵、示范、文明……”，以“党组织、党员、工作者、集体、个人、单位……”结尾；引号里是授予的决定
    （“授予……称号”）不报。

    ## 为什么
    引号标出的是简称、提法本身，类别词不是提法的一部分；中央文件一律写作“两学一做”学习教育、“三会一课”制度。

    ## 修复说明
    把类别词移到引号外，意思不变：名称表里的名称是安全修复，按“数字+字”形式认出的名称和荣誉称号只作建议。

    ## 依据
    中共中央办公厅《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（2016）；
    《中国共产党支部工作条例（试行）》（“三会一课”制度）；GB/T 15834-2011 4.1（引号标示需着重论述的对象）。
    """

    code = "DJ447"
    #: the lexicon's near-miss check (DJ404) reads the same quotation as a misspelt formulation: one fault, one finding
    supersedes = ("DJ404",)
    name = "quoted-category"
    severity = "warning"
    fix = "sometimes"
    source = "中央文件的写法（“两学一做”学习教育、“三会一课”制度）；GB/T 15834-2011 4.1"
    prefilter = compile_("”")

    def check_paragraph(self, p, ctx):
        text, converted = reading(p, ctx)  # traditional script is read in simplified characters, with no fix
        for m in _QUOTED.finditer(text):
            inner = m.group("inner")
            got = _split(inner)
            if got is None:
                twice = _said_twice(inner, text, m.end())
                if twice is not None:
                    new = f"“{inner[:-len(twice)]}”{twice}"
                    yield Finding(p, m.start(), m.end() + len(twice),
                                  f"类别词“{twice}”在引号里外说了两次，删去引号里的：{new}", None if converted else new, safe=False)
                continue
            name, cat = got
            new = f"“{name}”{cat}"
            yield Finding(p, m.start(), m.end(), f"引号范围不当：类别词“{cat}”应放在引号外：{new}", None if converted else new,
                          safe=name in NAMES and not converted)
