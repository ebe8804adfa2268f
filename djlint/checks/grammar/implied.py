"""DJ441 patterns (session 11, from faults others published): a word whose meaning already holds
what a word beside it says again, told by the morpheme that carries it.

- 及 is 到 in 危及、殃及、累及、祸及、遍及、惠及、延及、提及 (《现汉》: 危及 = 有害于，威胁到),
  so 到 after them says it twice, as in 涉及到、波及到 (DJ441's own patterns); 普及到 stays silent
  (普及 = 普遍推广, its 及 is not 到), and so does 以及到;
- a rate named by its period (年吞吐量、年产量、日均、月均) and 每年（每天、每月）after it in the clause
  (年吞吐量达到每年5000万吨): the period said twice; the adjacent 日均每天 is DJ441's own pattern;
- 处女作 is a first work (第一部处女作), 来源 and 来自 both say where from (来源是来自), 源自于
  (源自 = 来源于);
- fixed formulations of report language with 地 put in (持续健康地发展 → 持续健康发展, like
  重要的批示 of DJ441);
- 关于对……的批复: a 批复 answers the request it names, 对 beside 关于 says the preposition twice;
- 基本 with 超额（全面、圆满、全部、彻底）完成: the two degrees of completion contradict each other;
- 唯一……之一: the only one is not one of several;
- a kind and one of its members in one list (蔬菜和黄瓜、辣椒; 干部及每一名公务员): the member is counted twice
  (种属并列); the kinds are a short table of 《现汉》 definitions, 土豆、马铃薯 not among the vegetables (official
  statistics count them as grain);
- session 19 (gram32c): 令人堪忧、令人可怕 (堪忧 = 令人担忧, 可怕 = 使人害怕) and 每件（吨、套）的单位价格 (a unit price is
  the price of one).
"""
from __future__ import annotations

from ...util import zh
from .base import Pattern, drop
from .text import NUMERAL

#: the verbs whose 及 is 到 (not 普及: 普遍推广; not 以及: a conjunction)
_JI_VERBS = "危殃累祸遍惠延提"
#: a rate named by its period: 年（月、日）+ a measure noun, or 年均、日均、月均 (not the 年 of 今年、每年、
#: 一年, nor of a date 2023年)
_PERIOD_BEFORE = "今去明前后上下本当同往近历逐每全半周多几整数成两百千0-9０-９元" + zh.NUMERAL_CHARS
_RATE = r"(?:(?<![" + _PERIOD_BEFORE + r"])(?P<u>[年月日])|(?<![个私军病工商家])(?P<u>人))(?:均|平均|[一-龥]{0,4}?(?:吞吐量|产量|产值|客流量|运量|销量|销售额|收入|营业额|处理量|发电量|用电量|接待量))"
_EVERY = {"年": ("年",), "月": ("月",), "日": ("天", "日"), "人": ("人",)}


def _same_period(text, m, ctx, p) -> bool:
    return m.group("e") in _EVERY[m.group("u")]


#: a kind and the words that name its members (《现汉》: 蔬菜 = 可以做菜吃的草本植物; 报刊 = 报纸和刊物;
#: 公务员 = 国家机关中的工作人员, a 干部); each member a word of two characters or more
KINDS = {
    "蔬菜": ("黄瓜", "辣椒", "白菜", "青菜", "西红柿", "番茄", "茄子", "萝卜", "豆角", "芹菜", "菠菜", "韭菜", "冬瓜", "南瓜",
           "大葱", "生菜", "油菜", "菜花", "西兰花"),
    "水果": ("苹果", "香蕉", "橘子", "西瓜", "葡萄", "桃子", "草莓", "柑橘", "芒果", "荔枝", "猕猴桃", "橙子", "梨子"),
    "粮食": ("小麦", "玉米", "水稻", "稻谷", "大米", "高粱", "谷子"),
    "报刊": ("报纸", "杂志", "期刊"),
    "刊物": ("杂志", "期刊"),
    "家电": ("电视机", "冰箱", "洗衣机", "空调"),
    "干部": ("公务员",),
    "农作物": ("小麦", "玉米", "水稻", "棉花", "大豆", "高粱"),
    "交通工具": ("汽车", "火车", "飞机", "轮船", "自行车", "摩托车"),
    "文具": ("铅笔", "钢笔", "橡皮", "圆珠笔"),
    "球类": ("足球", "篮球", "排球", "乒乓球", "羽毛球"),
    "乐器": ("钢琴", "二胡", "小提琴", "笛子", "古筝"),
    "花卉": ("菊花", "玫瑰", "月季", "牡丹", "兰花"),
    "树木": ("松树", "柏树", "杨树", "柳树", "银杏"),
    # 《现汉》: 水产品 = 海洋、江河、湖泊里出产的动物或藻类等的统称; 亲属 = 跟自己有血统关系或婚姻关系的人
    "水产品": ("鱼类", "虾类", "贝类", "甲鱼", "海参", "鲍鱼", "鱼", "虾", "蟹"),
    "亲属": ("子女", "儿女", "父母", "配偶", "兄弟姐妹"),
    "老年人": ("高龄老人", "空巢老人", "独居老人", "失能老人", "孤寡老人"),
    # 《现汉》: 家禽 = 人类饲养的鸡、鸭、鹅等; 自然灾害 = 水、旱、病、虫、鸟、兽、风暴、冰雹、霜冻、地震等造成的灾害
    "家禽": ("鸡", "鸭", "鹅"),
    "肉类": ("猪肉", "牛肉", "羊肉", "鸡肉"),
    "自然灾害": ("洪涝", "干旱", "旱灾", "水灾", "地震", "台风", "冰雹", "霜冻"),
}
_CONJ = r"(?:和|及|与|以及|、|或)"
#: a determiner before the member (干部及每一名公务员)
_DET = r"(?:每一名|每一位|每名|每位|全体|广大|所有|各位|各类)?"


#: what may follow a member of one character for it to be a whole word (鱼、虾, not 鱼塘、虾苗)
_WORD_END = r"(?=[、和与及或等，,。；;！？!?：:）)]|$)"
_JOINS = ("和", "及", "与", "、", "或")


def _members(kind: str, shortest: int = 1) -> str:
    """The members of one kind, longest first; one of one character only as a whole conjunct."""
    words = sorted((w for w in KINDS[kind] if len(w) >= shortest), key=lambda w: (-len(w), w))
    return "|".join(w if len(w) > 1 else w + _WORD_END for w in words)


#: one pattern a kind, so that a list holding two kinds (肉类、水产品、虾) is read for each: one search
#: for all of them stopped at the first kind and missed the member of the second
PATTERNS_KIND = tuple(
    Pattern(r"(?P<k>" + kind + r")" + _CONJ + _DET + r"(?:[^，,。；;！？!?：:“”（）()、和及与或]{1,8}?、){0,4}"
            r"(?P<x>" + _members(kind) + r")",
            "种属并列：“{x}”属于“{k}”，两者不能并列；删去一个，或改写（“{k}，特别是{x}……”）",
            needs=tuple(kind + c for c in _JOINS))
    for kind in KINDS)

#: the member first and the kind last in one list (子女、亲属; 白菜、黄瓜和蔬菜): the kind a whole conjunct
#: right after a conjunction (子女及其他亲属, 白菜、黄瓜等蔬菜 name the rest and stay silent), members of two
#: characters or more
PATTERNS_MEMBER_FIRST = tuple(
    Pattern(r"(?P<x>" + _members(kind, 2) + r")(?:、[^，,。；;！？!?：:“”（）()、和及与或等]{1,8}?){0,4}" + _CONJ
            + r"(?P<k>" + kind + r")(?=[、和与及或等的，,。；;！？!?：:）)]|$)",
            "种属并列：“{x}”属于“{k}”，两者不能并列；删去一个，或改写（“{x}等{k}”“{x}和其他{k}”）",
            needs=tuple(c + kind for c in _JOINS))
    for kind in KINDS if any(len(w) > 1 for w in KINDS[kind]))


PATTERNS = (
    # 包含 = 里边含有 (《现汉》): 有 after it says 有 twice (包含有……词 → 包含、含有); 有关、有效、有机… are words of their own
    Pattern(r"包含有(?!关|效|机|害|利|形|序|偿|线|色|限|益|力|名|毒|意|用|些|的|待|所|无|着)",
            "“包含”就是里边含有，“包含有”语义重复：改为“包含”或“含有”", lambda m: "包含", needs=("包含有",)),
    Pattern(r"(?P<w>[" + _JI_VERBS + r"]及)到", "“{w}”的“及”就是“到”，“{w}到”语义重复，改为“{w}”",
            lambda m: m.group("w"), needs=tuple(c + "及到" for c in _JI_VERBS)),
    Pattern(_RATE + r"(?:为|是|达到|达|约|在|有|超过|突破|保持|稳定)?[^，,。；;！？!?：:]{0,8}?每(?P<e>年|月|天|日|人)(?=" + NUMERAL + ")",
            "“{match}”语义重复：“{u}均”“{u}……量”已含“每{e}”之意，删去“每{e}”", drop("每年", "每月", "每天", "每日", "每人"),
            accept=_same_period, needs=("每年", "每月", "每天", "每日", "每人")),
    Pattern(r"第一(?:部|篇|本|首|个|幅)?的?处女作", "“处女作”就是第一部作品，“{match}”语义重复，删去“第一……”",
            lambda m: "处女作", needs=("处女作",)),
    Pattern(r"来源(?:主要|大多|多|均|都)?(?:是|为)来自|来源于来自|源自于",
            "“{match}”语义重复：“来源”与“来自”（源自＝来源于）说的是同一件事，留一个",
            needs=("来自", "源自于")),
    Pattern(r"(?P<w>持续健康|高质量)地发展", "“{w}发展”是固定提法，“{w}地发展”多了“地”，删去“地”",
            lambda m: m.group("w") + "发展", needs=("持续健康地发展", "高质量地发展")),
    Pattern(r"关于对(?=[^》。；;！？!?]{1,60}?的批复)", "公文标题“关于对……的批复”：“关于”与“对”都是介词，语义重复，删去“对”",
            lambda m: "关于", needs=("关于对",), titles=True),
    # 关于对《……》修改意见的函: 对 with a document and no verb after it, only the opinions' noun (faults25); 关于对……
    # 进行视察的报告, 关于对……开展巡察的反馈意见, 关于对《……》征求意见的通知 have their verb and stay silent
    Pattern(r"关于对(?=[《〈][^《》〈〉]{1,60}[》〉](?:[（(][^（）()]{1,12}[）)])?的?(?:修改|补充|反馈|审查|审核)?(?:意见|建议)的"
            r"(?:函|复函|报告|请示|通知))",
            "公文标题“关于对《……》……意见”：“对”后面没有动词，“关于”与“对”都是介词，语义重复，删去“对”",
            lambda m: "关于", needs=("关于对",), titles=True),
    Pattern(r"基本(?:上)?(?:已经|已)?(?P<w>超额|全面|圆满|全部|彻底|完全)完成",
            "“基本”与“{w}”意思矛盾：基本完成就不是{w}完成，删去其一", needs=("基本",)),
    *PATTERNS_KIND,
    *PATTERNS_MEMBER_FIRST,
    Pattern(r"唯一[^，,。；;！？!?：:]{0,16}?之一", "“唯一”与“之一”意思矛盾：唯一的就不是几个中的一个；删去“唯一”或“之一”",
            needs=("唯一",)),
    # 最……的一年之一 (gram27): a year is one, “之一” makes it one of several; 最……的年份之一 is right
    Pattern(r"最[^，,。；;！？!?：:]{1,20}?的(?P<w>一年|一次|一天|一届)之一",
            "“{w}”只有一个，“……的{w}之一”自相矛盾；删去“之一”，或改为“……的年份（几次）之一”", needs=("之一",)),
    # 杜绝和减少 (gram27): what is 杜绝 (ended) cannot then be reduced; the order is 减少直至杜绝
    Pattern(r"杜绝(?:和|与|或|、)减少", "“杜绝”与“减少”意思矛盾：杜绝了就无从减少；改为“减少直至杜绝”，或只留其一",
            needs=("杜绝",)),
    # 令人堪忧 (faults30): 堪忧 = 令人担忧 (堪 = 可以、能够), 令人 said twice; 形势堪忧、令人担忧 stay silent.  So with the
    # adjectives of 可 that already mean “making one feel” (《现汉》: 可怕 = 使人害怕, 可喜 = 值得欣喜): 令人可怕 →
    # 可怕（令人害怕）; 令人可信（可以相信）、令人可以…… are not among them
    Pattern(r"令人(?P<w>堪忧|堪虞|可(?:喜|悲|叹|怕|笑|憎|恨|敬|佩|惜|畏))",
            "“{w}”本身就有“令人……”的意思，“{match}”语义重复：删去“令人”", lambda m: m.group("w"), needs=("令人堪", "令人可")),
    # 每件的单位价格 (faults29): a unit price is already the price of one measure of the goods; 每种（每类、每个品种）的单价
    # name a price per kind and stay silent, as do 每件产品的单价 (a noun between) and 每吨价格
    Pattern(r"每(?:一)?(?P<u>件|吨|台|斤|公斤|千克|平方米|立方米|只|套|箱|瓶|袋|株|头)(?:的(?P<w>单价|单位价格)|(?P<w>单位价格))",
            "“{w}”就是每一{u}的价格，“{match}”语义重复，只留“{w}”", lambda m: m.group("w"),
            needs=("单价", "单位价格")),
    # 中旬前后: a 旬 is already a stretch of ten days, 前后（左右）makes it vaguer twice over
    Pattern(r"(?P<x>[上中下]旬)(?P<w>前后|左右)", "“{x}”已是一段时间，再加“{w}”语义重复，删去“{w}”",
            lambda m: m.group("x"), needs=("旬前后", "旬左右")),
)

TRIGGERS = tuple(c + "及到" for c in _JI_VERBS) + ("包含有", "每年", "每月", "每天", "每日", "每人", "处女作", "来自", "源自于",
                                                  "持续健康地发展", "高质量地发展", "关于对", "基本", "旬前后", "旬左右", "唯一", "之一", "杜绝", "令人堪", "令人可", "单价", "单位价格") + tuple(w for pat in PATTERNS_KIND + PATTERNS_MEMBER_FIRST for w in pat.needs)
