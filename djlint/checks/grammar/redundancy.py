"""DJ441 同义重复: two words that say the same thing in one clause."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import rx, zh
from .base import SOURCE_TEXTBOOK, Pattern, PatternsRule, drop
from .implied import PATTERNS as _IMPLIED
from .implied import TRIGGERS as _IMPLIED_TRIGGERS
from .mixed import cause_blend
from .overlap import PATTERNS as _OVERLAP
from .overlap import TRIGGERS as _OVERLAP_TRIGGERS
from .text import NUMERAL, NUMERAL_DIGITS, NUMERAL_WORD_CHARS
from .twice import PATTERNS as _TWICE
from .twice import TRIGGERS as _TWICE_TRIGGERS

#: 约 as the adverb “about”, not the second character of a word (节约、制约、签约、公约、预约…); after 损失、流失、丢失
#: (挽回损失约1200万元左右) the 失 is the end of a noun, not the head of 失约
_ABOUT = r"(?P<about>大约|大概|约(?:(?<![" + zh.ABOUT_WORD_HEADS + r"]约)|" + zh.ABOUT_AFTER_LOSS + "))"
#: a range of two numbers (3-4%, 50～60, 3至5, 二至三) or two neighbouring numerals (两三、三四十、七八百), not the
#: tail of a date, a time or a code (2023-12, 8:30-9:00), nor a weekday and an hour (周三四点).  First formulation:
#: ``(?<![…:：/\-－])NUMERAL…NUMERAL|(?<![…第周期拜])(?:一两|两三|…|八九)…``; its branches began with lookbehinds, so
#: the search tried it at every character of a paragraph with 左右 or 上下.  Now one class of every first character
#: comes first (the search jumps from one numeral to the next), and each branch tests the character it began with,
#: then the one before it, by lookbehinds of two characters (tests/test_first_characters.py compares the two)
_DIGITS, _WORD = NUMERAL_DIGITS, NUMERAL_WORD_CHARS
_NOT_BEFORE_RANGE = r"0-9０-９.．:：/\-－"
_NOT_BEFORE_PAIR = zh.NUMERAL_CHARS + "两百千万第周期拜"
_PAIRS = ("一两", "两三", "三四", "四五", "五六", "六七", "七八", "八九")
_RANGE = (r"(?P<range>[" + _DIGITS + _WORD + "](?:"
          + r"(?:(?<=[" + _DIGITS + r"])(?<![" + _NOT_BEFORE_RANGE + "][" + _DIGITS + "])[" + _DIGITS + r"]*(?:\.[0-9]+)?"
          + r"|(?<=[" + _WORD + r"])(?<![" + _NOT_BEFORE_RANGE + "][" + _WORD + "])[" + _WORD + "]*)"
          + r"[%％]?(?:[-－~～—–至到]|——)" + NUMERAL
          + r"|(?<![" + _NOT_BEFORE_PAIR + "].)(?:" + "|".join(f"(?<={a}){b}" for a, b in _PAIRS) + ")(?:十|百|千|万)?))")
#: the first formulation (tests/test_first_characters.py)
RANGE_FIRST = (r"(?P<range>(?<![" + _NOT_BEFORE_RANGE + "])" + NUMERAL + r"[%％]?(?:[-－~～—–至到]|——)" + NUMERAL
               + r"|(?<![" + _NOT_BEFORE_PAIR + r"])(?:" + "|".join(_PAIRS) + r")(?:十|百|千|万)?)")
#: a measure and a few characters of its noun between the number and 左右 (约300人左右, 约两个月左右)
_UNIT = r"[^，,。；;、：:！？0-9０-９左]{0,4}?"


def _not_after_negation(text, m, ctx, p) -> bool:
    """不超过…以上 is DJ602's contradiction, not a redundancy."""
    return text[max(0, m.start() - 1):m.start()] != "不"


def _not_numbered(text, m, ctx, p) -> bool:
    """A list of names, not of numbers or of marks (1、2、1), nor a list of quoted names that differ
    only by their quotes."""
    item = m.group("item")
    return not item.strip("0123456789０-９.．%％ ") == "" and "“" not in item and "”" not in item and not _masked(item)


def _masked(item: str) -> bool:
    """Names blacked out (***部、×××局): items alike only in their masks are different names."""
    return any(c in item for c in "*＊×xX○某")


def _item_may_repeat(text: str) -> bool:
    """Whether two of the stretches after a 、 begin with the same three characters: a list item said
    twice (the pattern's ``(?P=item)``, three characters at least, each time right after a 、) needs
    it.  A split and a set, cheaper than the search in the paragraphs of a list that repeats nothing."""
    heads = [f[:3] for f in text.split("、")[1:]]
    return len(set(heads)) < len(heads)


#: the verbs of a title that issues or forwards a document: 关于转发《……的通知》的通知 is one notice forwarding another
_FORWARDING = compile_(r"(?:转发|印发|批转|下发|颁发|转送)[^，,。；;！？!?《》]{0,30}$")


def _not_forwarded(text, m, ctx, p) -> bool:
    """《……通知》的通知 after 转发（印发、批转） is a title of its own kind, not 《……通知》的通知要求."""
    return not _FORWARDING.search(text, max(0, m.start() - 32), m.start())


_PERSIST_WORDS = ("始终不渝", "一以贯之", "持之以恒", "坚持不懈", "锲而不舍", "久久为功", "矢志不渝", "一如既往", "常抓不懈",
                  "驰而不息", "孜孜不倦", "坚定不移", "毫不动摇", "始终如一", "一贯")
_PERSIST = "|".join(_PERSIST_WORDS)

#: adverbs of one meaning that reports set side by side (彼此互相、几乎差点、一律全部): each group one meaning
_SAME_ADVERBS = (("互相", "相互", "彼此"), ("几乎", "差点", "险些"), ("一律", "统统", "悉数", "全部"), ("依然", "仍然", "仍旧"),
                 ("自幼", "从小"),
                 # always (始终时刻紧绷; 一贯 left out: 始终一贯 is a word of its own)
                 ("始终", "时刻", "一直", "时时", "历来", "向来"),
                 # the verbs of seeing a task through (做好抓好……建设; 学好用好 are two tasks)
                 ("做好", "抓好", "搞好"),
                 # often, at once, step by step, together, must (经常时常、立即马上、逐步逐渐、共同一起、必须务必)
                 ("经常", "常常", "时常", "屡屡", "屡次", "频频"), ("立即", "马上", "立刻", "随即", "即刻", "当即", "迅即"),
                 ("逐步", "逐渐", "渐渐", "日渐", "日趋", "日益"), ("共同", "一起", "一同"), ("必须", "务必"),
                 ("提前", "事先", "预先"),
                 # nouns of one time or one whole (目前现阶段、过去以往、所有全体: miss14; 现在 left out: 体现在当前)
                 ("目前", "当前", "现阶段"), ("过去", "以往"), ("所有", "全体"))
#: pairs that are not what they look like: 关键时刻始终 (时刻 the noun, 始终 the adverb after it)
_NOT_PAIRS = frozenset(("时刻始终", "时刻一直", "时刻历来", "时刻向来", "时刻时时", "全部一律", "全部统统", "全部悉数",
                        # 归全体所有: 所有 the verb of owning
                        "全体所有"))
#: once more said twice (又再一次; 又重新、重新再 are accepted spoken usage, left out)
_AGAIN_TWICE = ("又再", "再又", "再次又", "再度又")
_SAME_PAIR = "|".join(rx.longest_first({f"{a}{b}" for g in _SAME_ADVERBS for a in g for b in g if a != b} - _NOT_PAIRS
                                       | set(_AGAIN_TWICE)))
_SAME_PAIR_WORDS = tuple(w for g in _SAME_ADVERBS for w in g if w != "全部") + _AGAIN_TWICE

#: 加快建设……建设: the verb and its first 建设 stand together
_BUILD = tuple(v + "建设" for v in ("加快", "加强", "推进", "推动", "着力", "大力", "全面", "积极", "深入", "全力"))

#: what a 在……中 phrase ends with before its comma: the words a paragraph must hold for the repeated phrase
_ZAI_ENDS = ("中，", "上，", "下，", "里，", "期间，", "中,", "上,", "下,", "里,", "期间,")

#: characters that make the 要 after them part of a word or not a modal of its own (重要、需要、只要、
#: 也要、更要: a second modal with 也/更/还 adds, it does not repeat)
_NOT_MODAL_BEFORE = "[主重只需纲摘提扼紧必不想还首次简概显将就也更都又才总为切]"
#: the prepositions that open the phrase between the two modals
_PREP = "在|对|从|把|将|以|按照|围绕|针对|通过|向|就|于"  # not 结合: 要结合……另外要看 is two clauses, 结合 their first verb
#: the words the pattern starts with (要在, 必须把…): literal keys of the engine's one scan
_MODAL_PREP = tuple(m + x for m in ("要", "必须", "应当", "应该") for x in _PREP.split("|"))

#: 向 and what is asked of, right before a 要 that asks for something (向管理要效益、向改革要动力、向科技创新要产能):
#: a noun of up to six characters, no verb or mark between
_ASKED_OF = compile_(r"\p{Han}{1,6}")
#: what a 向-phrase's noun cannot end with when the 要 after it asks for something: a verb or an adverb of a
#: clause (要向群众宣传要……, 要向上级及时要……) makes the second 要 the modal again
_NOT_ASKED_OF_END = ("宣传", "学习", "报告", "汇报", "反映", "说明", "看齐", "及时", "主动", "积极", "认真", "坚决", "地")


def _asks_for(m) -> bool:
    """Whether the second 要 of 要向……要 is the verb 要 (ask for) after its 向-phrase: 要向管理要效益、向课堂要质量
    (a saying of report language: seek the gain in management), not the modal said twice."""
    if m.group("m") != "要" or m.group("prep") != "向":
        return False
    between = m.string[m.end("prep"):m.start("second")]
    return _ASKED_OF.fullmatch(between) is not None and not between.endswith(_NOT_ASKED_OF_END)


PATTERNS = (
    # a verb of duration may stand between (大约持续2小时左右, 大约需要3天左右)
    Pattern(_ABOUT + r"(?:有|为|计|合|占|达|在|持续|需要|需|历时|耗时|用时)?" + NUMERAL + _UNIT + "左右",
            "“{about}”与“左右”语义重复，删去其一", drop("左右"), needs=("左右",)),
    # 从即日起开始施行 (gram27): 起 already says “from this day on”, 开始 says it again
    Pattern(r"(?:从|自)即日起开始(?=施行|执行|实施|生效|实行)", "“即日起”已含“开始”之意，“{match}”语义重复，删去“开始”",
            drop("开始"), needs=("即日起开始",)),
    # “河长制”制度 (gram27): a name in 制 is already a system (《现汉》“制”：制度), 制度 after it says so twice; not
    # where 制度 begins a compound of its own (“一国两制”制度体系, the 20th Congress report)
    Pattern(r"“[^“”，,。]{1,10}制”(?P<second>制度)(?=[，,。；;、）)]|$)", "“……制”已是制度的名称，后面的“制度”重复，删去“制度”",
            span="second", needs=("制”制度",)),
    # 会议首先由……首先传达了: one 首先 for one act, said twice in its clause (gram27)
    Pattern(r"首先[^，,。；;！？!?：:]{1,20}?(?P<second>首先)", "“首先”在一个分句里说了两次，删去后一个",
            span="second", needs=("首先",), twice=True),
    Pattern(NUMERAL + r"(?P<more>余|多)" + _UNIT + "左右",
            "“{more}”与“左右”都表示约数，语义重复，删去其一", drop("左右"), needs=("左右",)),
    # 3-4%左右, 3至5年左右, 三四个月左右: a range already says “about”; 左右 (上下 at a phrase's end) adds it twice
    Pattern(_RANGE + _UNIT + r"(?P<about2>左右|上下(?=[，,。；;、）)]|$))",
            "“{range}”已是一个约数范围，再用“{about2}”语义重复，删去“{about2}”", drop("左右", "上下"),
            needs=("左右", "上下")),
    Pattern(r"均(?:已经|已|能|要|应|需|须|被|将|可|会)?全部|全部均",
            "“均”与“全部”语义重复，删去其一", drop("全部"), needs=("全部",)),
    Pattern(r"均都|都均", "“均”与“都”语义重复，删去其一", drop("都"), needs=("均都", "都均")),
    Pattern(r"再(?:次|一次|度)重申", "“重申”就是再次申明，“{match}”语义重复，改为“重申”",
            lambda m: "重申", safe=True),
    Pattern(r"(?:提前|事先|预先)预防", "“预防”已含“事先”之意，“{match}”语义重复：改为“预防”或“提前防范”"),
    Pattern(r"(?:提前|事先|预先)预判", "“预判”就是事先判断，“{match}”语义重复：改为“预判”或“提前研判”"),
    Pattern(r"(?P<w>按照|依照|依据|根据|遵照)(?P<w2>按照|依照|依据|根据|遵照)",
            "“{w}”与“{w2}”是同义介词，连用重复，删去其一", lambda m: m.group("w2"),
            needs=("按照", "依照", "依据", "根据", "遵照")),
    Pattern(r"不良陋习", "“陋习”就是不良习惯，“不良陋习”语义重复，改为“陋习”", lambda m: "陋习"),
    Pattern(r"超(?:过|出)?" + NUMERAL + r"[^，,。；;、：:！？]{0,5}?以上",
            "“超（过）”与“以上”语义重复，删去其一", drop("以上"), accept=_not_after_negation, needs=("以上",)),
    # 突破 is 超过 a mark (《现汉》“突破”：超过、打破): 突破3000多人 says “more than” twice; a unit may follow
    # the digits (超过1.5万多名)
    Pattern(r"(?P<over>超过|超出|超(?<![赶追]超)|逾|突破)" + NUMERAL + r"(?:[万亿])?(?:个)?(?P<more>余|多)",
            "“{over}”与“{more}”都表示超出，语义重复，删去其一", drop("余", "多"), accept=_not_after_negation,
            needs=("超", "逾", "突破")),
    # 愈 (“more”, a slip for 逾) before a number with 余/多
    Pattern(r"愈(?<![痊治病]愈)" + NUMERAL + r"(?:个)?(?P<more>余|多)",
            "“愈”应为“逾”（超过），“逾”与“{more}”都表示超出，语义重复：改为“逾……”或删去“愈”",
            drop("愈"), needs=("愈",)),
    # the same item twice in one 、-list (张贴标语、悬挂横幅、张贴标语)
    Pattern(r"(?<=、)(?P<item>[^、，,。；;：:！？!?（）()]{3,15}?)、(?:[^、，,。；;：:！？!?（）()]{1,20}?、)*?(?P=item)"
            r"(?=[、，,。；;！？!?等]|$)",
            "列举重复：“{item}”在同一串并列项里出现两次，删去一个", accept=_not_numbered, needs=("、",),
            also=_item_may_repeat),
    # 最近……最近 in one clause: the time said twice; not across a 顿号, where each item of a list carries its own
    # (习近平总书记近期重要讲话精神、党中央近期召开重要会议精神, dev-prec433)
    Pattern(r"(?P<t>最近|近期|目前|当前|现阶段)[^，,。；;！？!?：:、]{1,15}?(?<![和与及])(?P=t)",
            "“{t}”在一个分句里说了两次，删去一个", needs=("最近", "近期", "目前", "当前", "现阶段"), twice=True),
    # 深刻吸取……深刻教训: the verb and its object carry the same 深刻
    Pattern(r"(?P<w>深刻|认真)(?:吸取|汲取|总结)[^，,。；;！？!?：:]{1,30}?(?P=w)的?教训",
            "“{w}”修饰了动词又修饰“教训”，重复，删去一个", needs=("教训",)),
    # 收入……增收: the subject already said what the verb says
    Pattern(r"(?<![低高中等])(?P<n>收入|产量|效益)(?:明显|显著|大幅|稳步|持续|进一步|有所|不断|逐步|普遍|均|都|也)*"
            r"(?P<v>增收|增产|增效)",
            "“{n}”与“{v}”语义重复：改为“{n}……增加（提高）”，或删去“{n}”", needs=("增收", "增产", "增效")),
    Pattern(r"上(?<![以之向晚早马路线顶北南]上)(?P<n>[百千万亿])(?P<more>余|多)",
            "“上{n}”已是约数，再用“{more}”语义重复，删去“{more}”", drop("余", "多"),
            needs=("上百", "上千", "上万", "上亿")),
    # (30余个二级以上医疗机构: 以上 after 级 is a level, not the count's “more”)
    Pattern(NUMERAL + r"(?P<more>余|多)" + _UNIT + "(?<!级)以上",
            "“{more}”与“以上”都表示超出，语义重复，删去其一", drop("以上"), needs=("以上",)),
    # 比去年同比增长: 同比 already says “compared with the same period last year”
    Pattern(r"(?P<w>比|较|与|同)(?:去年|上年|上一年|上年度|前一年)(?:同期)?(?:相比)?[，,]?(?P<t>同比)",
            "“{w}……”与“同比”语义重复：删去“同比”，或删去“{w}去年（上年）”", drop("同比"), needs=("同比",)),
    Pattern(r"(?P<w>比|较|与|同)上(?:个)?(?:月|季度)(?:相比)?[，,]?(?P<t>环比)",
            "“{w}上月（上季度）”与“环比”语义重复，删去其一", drop("环比"), needs=("环比",)),
    # 悬殊很大: 悬殊 is already “very different”
    Pattern(r"悬殊(?:很|较|非常|十分|特别|极|太)大", "“悬殊”就是相差很大，“{match}”语义重复，改为“悬殊”", lambda m: "悬殊",
            needs=("悬殊",)),
    Pattern(r"(?:众多|许多|很多|大批|无数|广大)的?莘莘学子|莘莘学子们", "“莘莘”就是众多，“{match}”语义重复，改为“莘莘学子”",
            lambda m: "莘莘学子", needs=("莘莘",)),
    Pattern(r"累计共(?:计)?|共(?:计)?累计", "“{match}”语义重复：“累计”“共计”留一个", needs=("累计",)),
    # 日均每天, 人均每人
    Pattern(r"(?:日均每[天日]|月均每月|年均每年|人均每人)", "“{match}”语义重复：“日（月、年、人）均”已含“每”之意，删去“每……”",
            needs=("均每",)),
    Pattern(r"(?:100|１００)[%％]的?全(?:覆盖|部|面)|百分之百的?全(?:覆盖|部|面)",
            "“100%”与“全”语义重复：改为“全覆盖”，或“覆盖率达100%”",
            needs=("%全", "%的全", "％全", "％的全", "百分之百")),
    Pattern(r"(?P<w>是否|能否|可否)" + r"[^，,。；;！？!?]{1,15}?与否", "“{w}”与“与否”语义重复，删去“与否”", drop("与否"),
            needs=("与否",)),
    Pattern(r"落实到实处", "“落实”就是“落到实处”，“落实到实处”语义重复，改为“落到实处”", lambda m: "落到实处", safe=True),
    Pattern(r"德育教育", "“德育”就是道德教育，“德育教育”语义重复，改为“德育”或“道德教育”"),
    Pattern(r"涉及到", "“涉及”就是“牵涉到”，“涉及到”语义重复，改为“涉及”", lambda m: "涉及"),
    Pattern(r"波及到", "“波及”就是“影响到”，“波及到”语义重复，改为“波及”", lambda m: "波及"),
    Pattern(r"亲眼目睹", "“目睹”就是亲眼看到，“亲眼目睹”语义重复，改为“目睹”", lambda m: "目睹"),
    Pattern(r"凯旋(?:而归|归来)", "“凯旋”就是胜利归来，“{match}”语义重复，改为“凯旋”", lambda m: "凯旋"),
    Pattern(r"出乎意料之外|出乎意外之外", "“出乎意料”已含“之外”之意，删去“之外”", lambda m: m.group(0)[:-2],
            needs=("之外",)),
    Pattern(r"(?P<w>要(?<![主重只想还纲摘提扼]要)|应(?<![相响适对反供答理呼效]应)当?|应该|需要|需(?<![必无急]需))必须", "“{w}”与“必须”语义重复，删去“{w}”", lambda m: "必须",
            needs=("必须",)),
    Pattern(r"通过(?P<w>利用|运用|借助|依靠)", "“通过”与“{w}”语义重复，删去“通过”", lambda m: m.group("w"),
            needs=("通过",)),
    Pattern(r"(?P<w>共计|总计|合计)[^，,。；;！？!?]{1,40}?(?P<w2>共计|总计|合计)",
            "“{w}”与“{w2}”在一个分句里重复，删去其一", needs=("共计", "总计", "合计")),
    Pattern(r"(?:日益|日渐|逐渐|日趋)越来越|越来越(?:日益|日渐|日趋)", "“{match}”语义重复，删去其一", needs=("越来越",)),
    Pattern(r"目的(?!地)(?:[^，,。；;！？]{0,3}?)?[，,]?(?:就|主要|正|也|恰恰|无非|都)?(?:是|在于|即|乃)为了",
            "“目的”与“为了”语义重复：“目的是为了……”改为“目的是……”或“是为了……”", drop("为了"), needs=("为了",)),
    Pattern(r"原因[，,]?(?:主要|就|正)?(?P<is>是|在于)(?P<y>由于|因为)",
            "“原因{is}”与“{y}”语义重复，删去“{y}”", drop("由于", "因为"), needs=("原因",),
            accept=lambda text, m, ctx, p: not cause_blend(text, m.start())),  # ……造成的: DJ443's, one finding
    Pattern(r"当前[，,]?[^，,。；;！？]{0,6}?当务之急",
            "“当务之急”已含“当前”之意，删去“当前”"),
    Pattern(r"公诸于(?P<w>众|世)", "“诸”就是“之于”，“公诸于{w}”语义重复，应为“公之于{w}”",
            lambda m: "公之于" + m.group("w"), safe=True),
    # 诸 is 之于 (付诸、诉诸、见诸), so 于 after it says 于 twice: 付诸于实施 → 付诸实施
    Pattern(r"(?P<w>付|诉|见|求|寄)诸于", "“诸”就是“之于”，“{w}诸于”语义重复，删去“于”", lambda m: m.group("w") + "诸",
            needs=("诸于",)),
    # 堪 is 可以 (堪称 = 可以称为): 可以堪称 says 可以 twice
    Pattern(r"(?P<m>可以|能够|足以)堪(?P<w>称|比|当)", "“堪”就是“可以”，“{m}堪{w}”语义重复，删去“{m}”",
            lambda m: "堪" + m.group("w"), needs=("堪",)),
    # 走私、偷渡、贩毒 are unlawful by what they name: 非法走私 says it twice (非法集资、非法采矿 are
    # offences' names, where 非法 tells the lawful kind apart, and stay silent)
    Pattern(r"(?:非法|违法)(?P<w>走私|偷渡|贩毒)", "“{w}”本身就是违法行为，“{match}”语义重复，删去“非法”",
            lambda m: m.group("w"), needs=("走私", "偷渡", "贩毒")),
    # 作了重要的批示: 重要讲话、重要批示、重要指示 are set phrases of report language, 的 is idle
    Pattern(r"(?:作|做|发表|作出|做出)了?重要的(?P<w>讲话|批示|指示)", "“重要{w}”是固定说法，“重要的{w}”多了“的”，删去“的”",
            needs=("重要的",)),
    # two adverbs of one meaning side by side (彼此互相帮助、几乎差点、一律悉数): keep one
    Pattern(r"(?P<w>" + _SAME_PAIR + r")", "“{w}”两个词意思相同，连用重复，删去一个", needs=_SAME_PAIR_WORDS),
    # one modal said twice around the prepositional phrase of its clause: 要在具体工作中要不断增强……
    # (an ellipsis ends the clause: 一要在……上再发力……二要…; the second 要 of a word is not a modal: 重要、主要、需要、要求、要点；以……为要)
    # (向管理要效益: the 要 right after a 向-phrase is the verb 'ask for', not the modal again)
    Pattern(r"(?<!" + _NOT_MODAL_BEFORE + r")(?P<m>要|必须|应当|应该)(?P<prep>" + _PREP + r")[^，,。；;！？!?：:“”…]{1,20}?"
            r"(?<!" + _NOT_MODAL_BEFORE + r")(?P<second>(?P=m))(?![求素点件害闻务道员领目职略紧是])",
            "“{m}”在一个分句里说了两次（{m}……{m}……），删去后一个", span="second", needs=_MODAL_PREP,
            accept=lambda text, m, ctx, p: not _asks_for(m)),
    # a word that already holds what is said next to it: 忍俊不禁（地）笑, 过分溺爱, 胜利凯旋, 一致公认
    Pattern(r"忍俊不禁地?(?:大笑|笑)", "“忍俊不禁”就是忍不住笑，“{match}”语义重复，删去“笑”", needs=("忍俊不禁",)),
    Pattern(r"(?:过分|过度)溺爱", "“溺爱”就是过分宠爱，“{match}”语义重复，改为“溺爱”", lambda m: "溺爱", needs=("溺爱",)),
    Pattern(r"胜利凯旋", "“凯旋”就是胜利归来，“胜利凯旋”语义重复，改为“凯旋”", lambda m: "凯旋", needs=("凯旋",)),
    Pattern(r"(?:一致|普遍)公认", "“公认”就是大家一致认为，“{match}”语义重复，改为“公认”", lambda m: "公认", needs=("公认",)),
    # three or more words of one meaning (persistence) strung before one verb: 始终不渝、一以贯之、持之以恒地抓好
    # (two of them are a set pair of report language: 常抓不懈、久久为功; 锲而不舍、驰而不息)
    Pattern(r"(?P<list>(?:" + _PERSIST + r")(?:、(?:" + _PERSIST + r")){2,})地",
            "“{list}”几个修饰语意思相近，用其中一个就可以了", needs=_PERSIST_WORDS),
    # 关于请求（申请、要求）批准……的请示: the kind asks already (faults25); 批准 goes with the verb of asking, since what
    # a 请示 names is the matter (关于建造冷库的请示), and 批准 is the superior's act.  报请审批 and 建议 are how ministries
    # word requests to the State Council and stay silent; 要求 alone may be the request's matter (要求各地……) and needs 批准
    Pattern(r"关于(?P<w>(?:请求|申请)(?:批准|审批)?|要求(?:批准|审批))[^，,。；;！？!?]{1,40}?的请示",
            "“请示”已含请求之意，“关于{w}……的请示”删去“{w}”", lambda m: m.group(0).replace(m.group("w"), "", 1),
            titles=True, needs=("关于请求", "关于申请", "关于要求批准", "关于要求审批")),
    # 关于转发……关于转发……的通知的通知: forwarding a forwarded document names every link of the chain; a title
    # names the document first issued (关于转发××关于……的通知) and the chain stays out (faults25).  The second
    # 转发 opens a title of its own (关于转发, or 转发 after the issuing office's name), not a word of the matter
    # (信息转发工作)
    Pattern(r"关于转发[^，,。；;！？!?“”]{1,80}?(?:关于|[局厅部委府办会院室处司])(?P<w>转发)[^，,。；;！？!?“”]{1,160}?的通知"
            r"(?:[》〉]?的通知)*(?=[》〉]|$)",
            "转发文件层层套转：标题里“转发”说了不止一次；只写最初发文机关的文件（关于转发××关于……的通知），中间各层不写",
            titles=True, needs=("关于转发",)),
    Pattern(r"关于(?P<w>上报|报送|呈报)[^，,。；;！？!?]{1,40}?的报告", "“报告”已含上报之意，“关于{w}……的报告”删去“{w}”",
            drop("上报", "报送", "呈报"), titles=True),
    Pattern(r"(?:加快|加强|推进|推动|着力|大力|全面|积极|深入|全力)(?P<v>建设)[^，,。；;、！？!?]{2,15}?建设(?=[，,。；;、！？!?]|$)",
            "“建设”重复：动词“建设”和宾语末尾的“建设”说的是一回事，删去其一", needs=_BUILD),
    # the same 在……中 (在……下、上、期间) twice in one sentence: 在机构改革中，……，在机构改革中，得到……
    Pattern(r"在(?P<x>[^，,。；;！？!?：:在]{2,15}?)(?P<z>中|上|下|里|期间)[，,][^。；;！？!?]{2,80}?[，,](?P<second>在(?P=x)(?P=z))(?=[，,])",
            "“在{x}{z}”一句里说了两次，删去后一个", span="second", needs=_ZAI_ENDS,
            also=("，在", ",在")),  # the comma before the second 在: an `in` test, cheaper than the search
    # 夯实 is 打得坚实: 夯实坚实的基础 says 坚实 twice
    Pattern(r"夯实(?:了)?(?:坚实|牢固|扎实)的?(?=[^，,。；;！？!?]{0,12}?(?:基础|根基|基石))",
            "“夯实”就是打得坚实，“{match}”语义重复；改为“夯实……基础”或“打下坚实的……基础”", needs=("夯实",)),
    Pattern(r"(?<=[0-9０-９一二两三四五六七八九十百千])(?:名位|位名|名个(?!人)|个名(?![额单称次字义词目号录副不人声气利扬列牌校师家优])|位个(?!人)|人次名|人次位)",
            "量词重复“{match}”，只留一个", lambda m: m.group(0)[:-1], needs=("名位", "位名", "名个", "个名", "位个", "人次名", "人次位")),
    # 《关于……的通知》的通知要求: the document's kind, already the title's last word, said again after it
    Pattern(r"《[^《》]{0,80}?(?P<k>通知|意见|决定|方案|办法|规定|报告|请示|批复|纲要|规划|细则)》的(?P<second>(?P=k))",
            "“《……{k}》”已是{k}，后面的“的{k}”重复；删去“的{k}”（《……{k}》要求）", span="second", accept=_not_forwarded,
            needs=tuple("》的" + k for k in "通知 意见 决定 方案 办法 规定 报告 请示 批复 纲要 规划 细则".split())),
    # one action said twice around its partner: 联合A、B联合开展 (联合 before the partner already says
    # “together”), 发挥……发挥, 上台……上台 (联合会、联合党支部 are names: the second 联合 must open a verb)
    Pattern(r"(?P<w>联合|会同)(?!会|体|国|党|社|站|办|舰|村)[^，,。；;！？!?：:“”]{1,30}?(?P<second>(?P=w))"
            r"(?=开展|举办|组织|举行|召开|发起|印发|出台|推出|实施|主办|承办|制定|发布|走进|走访|慰问|宣传|检查|执法|整治|行动)",
            "“{w}”在一个分句里说了两次（{w}……{w}……），删去后一个", span="second", needs=("联合", "会同"), twice=True),
    Pattern(r"(?P<w>发挥|上台)[^，,。；;！？!?：:、“”和与及并的在]{1,30}?(?P<second>(?P=w))",
            "“{w}”在一个分句里说了两次（{w}……{w}……），删去一个", span="second", needs=("发挥", "上台"), twice=True),
    # 营造浓厚的……浓厚氛围: one modifier said before and inside the object
    # (the second one inside the clause's last noun phrase, no verb between: 营造良好的氛围起到了良好的作用 is two objects)
    Pattern(r"(?P<w>浓厚|浓郁|良好|系列)的?(?:(?!了|起到|作出|做出|形成|营造|发挥|具有|成为|是)[^，,。；;！？!?：:、“”和与及并]){1,15}?"
            r"(?P<second>(?P=w))的?[^，,。；;！？!?：:、“”和与及并的]{1,6}(?=[，,。；;！？!?]|$)",
            "“{w}”修饰同一个中心语说了两次，删去一个", span="second", needs=("浓厚", "浓郁", "良好", "系列"), twice=True),
    # 已将把: 将 in 已将 is 把 (the future 将 cannot follow 已), so 已将把 says 把 twice
    Pattern(r"(?:已经?|业已|早已|曾经?|正在)(?P<second>将)把", "“将”在这里就是“把”，“将把”重复，删去“将”",
            drop("将"), span="second", needs=("将把",)),
    # 7个乡镇及和10个村, 工作于自1月20日开始: two conjunctions (two prepositions of time) typed side by side; 及 ending a
    # verb (涉及、普及、惠及……) and 和 beginning a word (及和谐、及和平) are not the pair
    Pattern(r"(?<![涉普以危顾论企触波遍推惠提累殃旁兼言问谈不])及和(?![谐平睦美煦蔼善解合])",
            "“及”和“和”都是连词，连用重复，删去一个", drop("和"), needs=("及和",)),
    Pattern(r"于自(?=[0-9０-９]|" + NUMERAL + r"{1,2}月|今年|本月|即日)",
            "“于”和“自”都是引出时间的介词，连用重复，删去“于”", drop("于"), needs=("于自",)),
    # 举行召开会议、诞生成立、融合结合: two verbs of one meaning side by side
    Pattern(r"(?P<w>举行召开|召开举行|诞生成立|成立诞生|融合结合|结合融合)",
            "“{w}”两个动词意思相同，连用重复，删去一个", needs=("召开", "诞生", "融合")),
    # 下午14:30分: a clock time written with a colon already holds the minutes
    Pattern(r"(?:上午|下午|晚上|早上|中午|凌晨|傍晚|今日|当日|于)\s*[0-9０-９]{1,2}[:：][0-9０-９]{2}(?P<second>分)",
            "“{match}”时间已用冒号写出分钟，又加“分”重复；删去“分”（14:30），或写作“14时30分”", span="second",
            needs=(":", "：")),
    # words whose dictionary sense already holds the word set beside them (《现汉》第7版 definitions):
    # 竣工 is 工程完成 (完成竣工验收: 竣工验收 is a noun, stays silent)
    Pattern(r"竣工完成|完成竣工(?=[，,。；;！？!?]|$)", "“竣工”就是工程完成，“{match}”语义重复，改为“竣工”",
            lambda m: "竣工", needs=("竣工",)),
    # 时速 is 每小时行驶的距离: 每小时时速, 时速每小时, 350公里/小时的时速
    Pattern(r"每小时的?时速|时速(?:是|为|达到|达|在)?每小时|(?:公里|千米|km|KM)(?:/|每)(?:小时|h)的时速",
            "“时速”就是每小时的速度，“{match}”语义重复：写“时速……公里”或“每小时……公里”", needs=("时速",)),
    # 占比 is 所占的比例
    Pattern(r"比例占比|占比比例", "“占比”就是所占的比例，“{match}”语义重复：改为“占比”或“所占比例”", needs=("占比",)),
    # 驻足 is 停下脚步 (驻足停留, 驻足观看 are other verbs after it and stay silent)
    Pattern(r"(?:停下|停住|收住)了?脚步[，,]?驻足|驻足停(?:下|住)了?脚步",
            "“驻足”就是停下脚步，“{match}”语义重复，删去其一", needs=("驻足",)),
    # 往事 is 过去的事情, 现状 目前的状况 (实施项目前的现状: 目前 is no word there)
    Pattern(r"(?:过去|以往|从前|昔日)的?往事", "“往事”就是过去的事情，“{match}”语义重复，改为“往事”", lambda m: "往事",
            needs=("往事",)),
    Pattern(r"(?:(?<!项)目前|当(?<![相担]当)前|眼下)的?现状", "“现状”就是目前的状况，“{match}”语义重复，改为“现状”",
            lambda m: "现状", needs=("现状",)),
    # 赠送 is 无代价地送给
    Pattern(r"免费赠送", "“赠送”就是无偿送给，“免费赠送”语义重复：改为“赠送”或“免费发放”", needs=("赠送",)),
    # 截至 is 截止到某个时候: 为止 after it says 止 twice (截至目前为止 → 截至目前, 到目前为止); 截止至 blends 截至 and 截止到
    Pattern(r"截(?:至|止)(?:到|至)?[^，,。；;！？!?：:]{1,12}?为止",
            "“截至（截止到）”已含“到……为止”之意，“{match}”语义重复：删去“为止”，或改为“到……为止”", drop("为止"), needs=("为止",)),
    Pattern(r"截止至", "“截至”就是截止到，“截止至”语义重复，改为“截至”", lambda m: "截至", needs=("截止至",)),
    # 见状 is 看到这种情形: 看到……，……见状 says 看到 twice
    Pattern(r"(?:看到|看见|见到)[^。；;！？!?]{1,30}?[，,][^。；;！？!?]{0,20}?(?P<second>见状)",
            "“见状”就是看到这种情形，前面已说“看到”，删去“见状”", span="second", needs=("见状",)),
    # 约……上下 as 约……左右 (上下 as a number's “about”, at the end of its phrase)
    Pattern(_ABOUT + r"(?:有|为|计|合|占|达)?" + NUMERAL + _UNIT + r"上下(?=[，,。；;、）)]|$)",
            "“{about}”与“上下”语义重复，删去其一", drop("上下"), needs=("上下",), also=("约", "大概")),
    # 开展……活动工作: the activity and the work, two heads for one object
    Pattern(r"开展[^，,。；;！？!?]{2,30}?活动(?P<second>工作)(?=[，,。；;！？!?]|$)",
            "“活动”和“工作”两个中心词说的是一回事，删去“工作”", span="second", needs=("活动工作",)),
    # 过半 is 超过半数 (《现汉》): 过半数以上 says “more than” twice
    Pattern(r"(?:超过|超)?过?半数?(?P<second>以上)(?<=过半以上|过半数以上|超过半数以上|超半数以上)",
            "“过半”就是超过半数，“{match}”语义重复，删去“以上”", drop("以上"), span="second",
            needs=("半以上", "半数以上")),
    # 高度 (形) is 程度很高的 (《现汉》): 更加高度重视 puts a degree word on a degree word
    Pattern(r"(?P<d>更加|更为|十分|非常|极其|极为|越发|特别)(?P<second>高度)(?=重视|关注|警惕|负责|自觉|统一|一致|集中|融合)",
            "“{d}”与“高度”都说程度，叠用重复；删去“高度”（{d}重视），或删去“{d}”（高度重视）", span="second",
            needs=("高度",)),
    # 其中之一: 其中 is 那里面, and the 的 phrase before it already names the set: ……的其中之一 → ……之一
    Pattern(r"的(?P<second>其中)之一", "“……的”已说明范围，“其中”又指这个范围，语义重复；删去“其中”（……的……之一）",
            drop("其中"), span="second", needs=("其中之一",)),
    # 品德 is 道德品质 (《现汉》), 安检 is 安全检查: the longer word said again beside it
    Pattern(r"道德品德|品德道德", "“品德”就是道德品质，“{match}”语义重复，改为“品德”或“道德品质”", lambda m: "品德",
            needs=("品德",)),
    Pattern(r"(?:检查|检测)安检|安检检查", "“安检”就是安全检查，“{match}”语义重复，改为“安检”或“安全检查”", lambda m: "安检",
            needs=("安检",)),
    # 走进 takes its place as object (走进社区): 走进在社区 puts a second locative word before it (在建、在校 are words)
    Pattern(r"(?P<v>走进|走入|来到|深入到)(?P<second>在)(?!建|校|职|岗|座|读|场|编|册|线|押|营|役|售|研|途|外|内|此|这|那)",
            "“{v}”已带处所，后面的“在”多余，删去“在”", span="second", needs=("走进在", "走入在", "来到在", "深入到在")),
)


class Redundancy(PatternsRule):
    """语病：同义重复（均……全部、再次重申、提前预防、约……左右、目的是为了、原因是由于）

    ## 检查内容
    一个分句里两个词说同一件事：
    - “均”与“全部”“都”同用：各支部均已全部完成 → 各支部均已完成；
    - “再次重申”：重申就是再次申明；
    - “提前预防”“事先预防”：预防就是事先防备；
    - “约/大约/大概”与“左右”同用，或“余/多”与“左右”同用，数字写法不论（约300人左右、大约三个月左右、
      50余人左右）；只有“约”或只有“左右”的不报（约50名、50名左右）；
    - “超（过）……以上”：超过100人以上 → 超过100人；
    - 公文标题：关于请求（申请）……的请示、关于上报（报送）……的报告 → 删去“请求、上报”，关于请求（申请、要求）批准……的请示 →
      删去“请求批准”（“关于报请审批……的请示”“关于要求各地……的请示”不报）；转发文件层层套转（关于转发××关于转发……的通知的通知，
      只写最初发文机关的文件；只转发一次的“关于转发××关于……的通知”“关于转发《……的通知》的通知”不报）；提前预判、波及到；
    - 比去年同比增长、比上月环比、悬殊很大、众多的莘莘学子、累计共；
    - 日均每天 → 日均（近30余名、大约一个多小时、至少……以上、78多名由 DJ602 报告）；
    - “目的……是为了”“原因是由于/因为”：目的是为了 → 目的是；“目的地”不报；
    - 同义介词连用：依照按照规定 → 按照规定；
    - 表示超出的词叠用：超过300余人、逾千余人、上千余名、50余人以上 → 留一个；“100%全覆盖” → 全覆盖；
    - 词义里已经有的又说一遍：落实到实处（→ 落到实处）、德育教育、涉及到、亲眼目睹、凯旋归来、出乎意料之外、
      是否……与否、要必须、通过利用、共计……共计、日益越来越；
    - “当前……当务之急”、“不良陋习”、“公诸于众”（诸＝之于）、“关于请求……的请示”、“加快建设……建设”、
      量词重复（5名位同志）。
    - 同一串“、”并列项里同一项出现两次（张贴标语、悬挂横幅、张贴标语）；一个分句里“最近（近期、目前）”说两次
      （“近期……和近期……”“近期……、……近期……”两个并列项不报）；“深刻吸取……深刻教训”；“收入……增收”（“低收入群体增收”不报）；
      “愈30余次”（“愈”是“逾”之误，又与“余”重复）。
    - “付诸于、诉诸于、见诸于”（诸＝之于）→ 付诸；“可以堪称”（堪＝可以）→ 堪称；“非法走私（偷渡、贩毒）”→ 走私
      （“非法集资”是罪名，不报）；“作了重要的批示（讲话、指示）”→ 重要批示；意思相近的三个以上修饰语连用
      （坚持不懈、锲而不舍、久久为功地推进 → 留一个；两个连用的“常抓不懈、久久为功”是常用说法，不报）；
      “目的，即为了……”同“目的是为了”；同义副词连用（彼此互相、几乎差点、一律悉数、依然仍然、自幼从小）；
      忍俊不禁地笑、过分溺爱、胜利凯旋、一致公认；“夯实坚实的基础”（夯实＝打得坚实）；同一个“在……中（下、上）”
      在一句里说两次（在机构改革中，……，在机构改革中，得到……）。
    - “《关于……的通知》的通知要求”：书名号里已是通知，删去后面的“的通知”（“《……实施方案》的通知”、转发印发文件的标题“关于转发《……的通知》的通知”不报）；
      “举行召开、诞生成立、融合结合”两个同义动词连用；“下午14:30分”：冒号已写出分钟，删去“分”。
    - 词义里已经包含旁边那个词（《现汉》释义）：竣工完成（竣工＝工程完成；“完成竣工验收”不报）、每小时时速
      （时速＝每小时的速度）、比例占比（占比＝所占比例）、截至目前为止（截至＝截止到；“到目前为止”不报）、截止至
      （→ 截至）、约50人上下（同“约……左右”；“上下一心”不报）、开展……活动工作（两个中心词）、200人次名
      （量词重复）、目前的现状（现状＝目前的状况）、免费赠送（赠送＝无偿送给）、看到……，……见状（见状＝看到这种情形）、
      停下脚步驻足（驻足＝停下脚步；“驻足观看”不报）、过去的往事（往事＝过去的事情）。
    - 过半数以上（过半＝超过半数）→ 过半数；更加高度重视（“高度”已说程度）→ 更加重视或高度重视；……的其中之一
      （“的”已说明范围）→ ……之一；道德品德（品德＝道德品质）；检查安检（安检＝安全检查）；走进在社区 → 走进社区
      （“走进在建项目”“来到在校学生中间”的“在建、在校”是词，不报）。
    - 一个分句里同一个动作说两次：联合A、B联合开展 → 删去后一个“联合”（“联合会”“联合党支部”是名称，不报）；
      发挥……发挥、上台……上台；同一个修饰语在宾语前后各说一次：营造浓厚的……浓厚氛围、系列……系列警示片
      （“良好的氛围起到了良好的作用”是两个宾语，不报）；已将把（“将”就是“把”；“我们将把……”的“将”是将要，不报）；“及和”“于自”：两个连词（介词）连用（“涉及和”“及和谐”“属于自己”不报）；
      突破3000多人、超过1.5万多名（“突破”就是超过）。
    - 一个动词在宾语两边各说一次：传承红色基因传承 → 传承红色基因，提高处置初起火灾处置能力 → 提高初起火灾处置能力
      （只查“传承、启动、处置、弘扬、提高、开展、完成……”这类动词；“已经完成或超额完成”不报；“推进品质提升”里的“提升”是“推进”的宾语，不报）；
      意思相同的两个动词连用：确保保障、强化加强、提高提升 → 留一个（“确保保障房按期交付”的“保障房”是名词，不报）。
    - 意思相同的词连用：始终时刻（一直、时时、历来）→ 留一个；又再一次 → 再一次；做好抓好（搞好）→ 留一个
      （“关键时刻始终”“学好用好”“又一次”不报）；一个分句里情态词在介词短语两边各说一次：要在工作中要增强 →
      要在工作中增强（“要对照要求”“首要任务”“以……为要”“也要”不报）；繁体字写的句子按简体字读，同样检查（不给自动修复）。
    - 按意义重叠认（第十次会话）：副词和紧跟的动词的头一个语素意思相同（《现汉》：重温＝重新温习，预测＝预先推测，
      互通＝互相沟通，亲临＝亲自来到）：再次（重新）重温（重返、重回、重提）、重新重建、事先（预先）预测（预约、预留……）、
      相互互通（互动、互鉴……）、亲自亲临；两个程度副词叠用（十分非常、极其十分）；数量词和“们”同用（三位专家们、
      三十余名学员们、许多同志们、各位领导们：“们”表示不定的多数，已有数量词就不再加）；意思相同的副词连用又加了几组：
      经常时常、立即马上、逐步逐渐、共同一起、必须务必、预先提前，同一个时间、同一个全体说两遍的目前现阶段、过去以往、所有全体（“归全体所有”不报）；表示坚持的成语后面又用“一直（始终、时刻）”
      （始终如一地一直坚守）。“再次重建”（第二次重建）、“提前预警、提前预约”（通知的用法）、
      “事前预防”（名词，二十大报告）、“增进彼此互信”、“特别非常时期”“积极为十分困难的群众”“九十分非常”、“各位领导、同志们”
      “两个支部的党员们”“三位专家为人们”不报。
    - 第十一次会话（按别人发表的病句的构式）：“及”就是“到”的动词后面又用“到”（危及到、殃及到、惠及到、遍及到 → 危及；
      “普及到”“以及到”不报）；按时段说的量后面又用“每年（每天、每人）”（年吞吐量达到每年……、人均收入达到每人……；
      只有“年吞吐量……”不报）；第一部处女作；来源是来自、源自于；持续健康地发展（→ 持续健康发展；“高质量地完成”不报）；
      标题“关于对……的批复”“关于对《……》修改意见的函”（“关于对……的决定”“关于对……进行视察的报告”“关于对《……》征求意见的通知”不报）；基本超额（全面、圆满）完成、唯一……之一（意思矛盾）；中旬前后（左右）；
      光临惠顾；种属并列（蔬菜和黄瓜、辣椒，干部及每一位公务员，报刊和杂志，水产品、鱼、虾，老年人和高龄老人；
      种在前、属在后的也报：子女、亲属，白菜、黄瓜和蔬菜；“子女及其他亲属”“白菜、黄瓜等蔬菜”不报；表里只收
      《现汉》释义明确的种和属，马铃薯不算蔬菜）。列举里打了码的名称（×××局、×××局）不算同一项。
    - 数字范围已是约数，后面又用“左右（上下）”：增长3-4%左右、3至5个月左右、两三次左右、800-900公斤上下 → 删去“左右”
      （“8:30-11:30左右”这样的钟点、“周三四点”不报）；三个意思相近的执行类动词连用：贯彻实施落实 → 贯彻落实
      （两个连用的“贯彻落实、贯彻执行、遵照执行”是固定说法；“贯彻落实实施方案”的“实施方案”是名词，不报）；
      包含有（《现汉》：包含＝里边含有）→ 包含、含有（“包含有关部门……”不报）。

    ## 为什么
    同义重复是审稿人每稿必圈的语病；多出的字不增加意思，只显得不严谨。

    ## 修复说明
    “再次重申”改为“重申”是安全修复；其余给出删去一词的建议，需人工确认（如“提前预防”也可改为“提前防范”）。

    ## 依据
    《现代汉语词典》第7版“重申”“预防”“约”“左右”“均”条；黄伯荣、廖序东《现代汉语》病句类型“语义重复”；
    《咬文嚼字》等对“大约……左右”“目的是为了”的分析。
    """

    code = "DJ441"
    name = "redundancy"
    fix = "sometimes"
    source = "《现代汉语词典》第7版；" + SOURCE_TEXTBOOK
    supersedes = ("DJ602",)
    triggers = _SAME_PAIR_WORDS + _MODAL_PREP + ("忍俊不禁", "溺爱", "凯旋", "公认", "诸于", "堪", "走私", "偷渡", "贩毒", "重要的") + _PERSIST_WORDS + ("愈", "、", "最近", "近期", "目前", "当前", "现阶段", "教训", "增收", "增产", "增效", "公诸于", "请求", "关于要求批准", "关于要求审批", "关于转发", "建设", "左右", "全部", "均都", "都均", "重申", "预防", "按照", "依照", "依据", "根据", "遵照", "陋习",
                "以上", "为了", "原因", "当务之急", "名位", "位名", "名个", "个名", "位个", "余", "多", "全覆盖", "全面", "与否",
                "实处", "均每", "同比", "环比", "悬殊", "莘莘", "累计", "德育教育", "涉及到", "波及到", "预判", "申请", "上报", "报送", "呈报", "目睹", "凯旋", "意料之外", "意外之外", "必须", "通过", "共计", "总计", "合计", "越来越", "夯实", "》的", "召开", "诞生", "融合", ":", "：",
                "竣工", "时速", "占比", "驻足", "往事", "现状", "赠送", "为止", "截止至", "见状", "上下", "活动工作", "人次名", "人次位",
                "半以上", "半数以上", "高度", "其中之一", "品德", "安检", "走进在", "走入在", "来到在", "深入到在", "突破", "联合", "会同", "发挥", "上台", "浓厚", "浓郁", "良好",
                "系列", "将把", "及和", "于自", "即日起开始", "首先", "制”制度") + _ZAI_ENDS + _TWICE_TRIGGERS + _OVERLAP_TRIGGERS + _IMPLIED_TRIGGERS
    patterns = PATTERNS + _TWICE + _OVERLAP + _IMPLIED
