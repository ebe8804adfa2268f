"""DJ443 句式杂糅, a frame's word without its partner (a module of its own so that mixed.py stays short): 以……为
without its noun or its 为, 对 without its object or run into the 把 frame, ……分不开 without 与, 以……为作为, 参加于“……”为主题,
在……等方面中, 2011至2015年以来, a verb said before 对 and again after it, 抓好/做好/增强 run into a verb phrase, a means
without its preposition, the object of 开展了/参加了 made the subject of 进行, and a sentence that opens with two
subjects.  MixedStructure reads these patterns after its own (mixed.PATTERNS), before frames.FRAMES."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import zh
from .base import Pattern, drop

#: inside one sentence (no sentence mark) / inside one clause (as in mixed.py)
_S = r"[^。；;！？!?]"
_C = r"[^，,。；;！？!?：:]"

#: 以 as the preposition of 以……为, not in 以及、以上、所以、可以、予以……
YI = compile_(r"以(?<![所可予加难得足借用]以)(?![及上下来后前便外内免致至])")


def _no_de_in_object(text, m, ctx, p) -> bool:
    """以党建为推动发展的引擎: the verb phrase modifies a noun, 为 has its noun.  以……为推动发展提供保障:
    为 is the preposition "for" and the clause has its own verb after the phrase (提供, 创造, 奠定……)."""
    o = m.group("o")
    return "的" not in o and _FOR_VERB.search(o) is None and YI.search(m.group(0)) is not None


#: the verb of 以……为（某事）提供（创造、奠定……）……: what the means does for the 为 phrase
_FOR_VERB = compile_(r"提供|创造|营造|奠定|打下|注入|贡献|保驾护航|作出|做出|搭建|夯实|凝聚|增添|积蓄|汇聚|蓄势|赋能")


QUOTED = compile_(r"“[^”]*”|‘[^’]*’|《[^》]*》")


#: 以 opening a four-character item of a series (以旅促农、农旅结合……的原则; 以点带面、), or a series of 以 items
#: (以公开促服务、以公开促规范……的工作思路): a slogan, not a 以……为 frame
_FOUR_CHAR_ITEM = compile_(r"[\u4e00-\u9fff]{3}[、，,]")


def _no_wei_outside_quotes(text, m, ctx, p) -> bool:
    """坚持以人民为中心的发展思想 is a whole 以……为 frame; a 为 inside quotes (“服务为本”) is not its 为."""
    x = m.group("x")
    return "为" not in QUOTED.sub("", x) and "来" not in x and not _FOUR_CHAR_ITEM.match(x) and "、以" not in x


def _no_partner_before(text, m, ctx, p) -> bool:
    """这与……是分不开的: the partner 与 (同、和、跟) stands before the sentence's 是."""
    start = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?") + 1
    return _PARTNER.search(text, start, m.start()) is None and _PARTNER.search(m.group("x")) is None


#: the partner of 分不开: 与、跟、和, or 同 as a preposition (not 共同、同志、同时……)
_PARTNER = compile_(r"[与跟和]|同(?<![共协认相赞陪连如不等]同)(?![志时步向类样事学级期比心行等质一])")


def _disposal_frame(text, m, ctx, p) -> bool:
    """对……吸收为/上报到 with nothing after it that makes it a modifier (……的同志) or another frame (进行、予以)."""
    if "的" in text[m.end():m.end() + 1]:
        return False
    clause_end = min([i for i in (text.find(c, m.end()) for c in "，,。；;！？!?") if i >= 0] or [len(text)])
    rest = text[m.end():clause_end]
    return "的" not in rest and not any(w in rest for w in ("进行", "予以", "给予", "作出", "做出")) \
        and not any(w in m.group("x") for w in ("进行", "予以", "符合"))


#: verbs that take a clause ending in 落到实处 (推动……政策落到实处, 确保……落到实处): the clause is their object
_CAUSATIVES = ("把", "将", "推动", "推进", "促进", "确保", "保证", "使", "让", "助推")


def _no_ba_between(text, m, ctx, p) -> bool:
    """抓好把……落到实处 / 做好将……落到实处 hold the 把 frame whole; so does a verb that takes the clause
    (抓好业务管理推动……落到实处: 落到实处 is 推动's)."""
    x = m.group("x")
    return not any(w in x for w in _CAUSATIVES)


def _no_noun_head(text, m, ctx, p) -> bool:
    """做好推进……工作 (准备、保障、服务、衔接): the verb phrase modifies the noun 做好 takes; 抓好落实是……:
    the phrase is the subject of 是."""
    x = m.group("x")
    return not x.endswith(_DO_HEADS) and "是" not in x and "要" not in x


#: what 增强、提高、提升 take: a quality, an ability, a feeling, a rate (增强做好……工作的能力 is whole)
_QUALITY_HEAD = compile_(r"(?:意识|能力|水平|本领|素质|质量|效率|效能|效果|实效|成效|成色|站位|定力|担当|信心|决心|自觉|认识|"
                         r"氛围|作用|底气|勇气|干劲|热情|[性力率度感])$")
#: what joins the conjuncts of an object (……的强大信心、强大底气; ……的信心和底气)
_CONJUNCT = compile_(r"[、和与及]")


def _no_quality_head(text, m, ctx, p) -> bool:
    """增强做好……工作: the clause ends in 做好's object, nothing 增强 could take (增强做好……工作的责任感 is whole; so is
    a quality before a 的 whose noun the whole phrase modifies: ……和提高完成多样化任务能力的需要).
    After a 的 the object may be a list of qualities, each conjunct its own head (提升推进……的强大信心、强大底气:
    the verb phrase modifies 信心, what 提升 takes)."""
    x = m.group("x")
    if _QUALITY_HEAD.search(x) is not None or any(_QUALITY_HEAD.search(x, 0, i) for i, c in enumerate(x) if c == "的"):
        return False  # (the second: the quality ends before a 的 and the whole phrase modifies a noun, 提高完成……能力的需要)
    de = x.rfind("的")
    return de < 0 or not any(_QUALITY_HEAD.search(c) for c in _CONJUNCT.split(x[de + 1:]) if c)


#: prepositions that carry ……的方式（形式） as a means (以、用、通过、采取……), anywhere before it in its clause
_MEANS_PREP = compile_(r"以|用|通过|采取|采用|借助|借|依托|依靠|凭借|按照|按|依照|结合|经过|靠|就")


def _no_means_prep(text, m, ctx, p) -> bool:
    """……聊家常的方式宣传: nothing before 的方式 in its clause carries it as a means."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    if m.group("v") in ("呈现", "展示") and _SHOWS_WHAT.match(text, m.end()):
        return False  # ……的形式呈现灵活多样: 形式 is the subject, what it shows follows
    return _MEANS_PREP.search(text, clause_start, m.start()) is None


#: after 呈现/展示: a quality shown (灵活多样、出多元化), not the end of a means clause (……的形式呈现出来、呈现给群众)
_SHOWS_WHAT = compile_(r"(?!出来|给|在|于)[一-龥]")


#: who or what a report sentence opens with: a unit, a Party body, 我校/我局, a people word
_UNIT = (r"(?:党组织|党支部|党总支|党委|党组|支部委员会|支部|主席团|委员会|团委|工会|妇联|我校|我局|我院|我县|我镇|我市|我区|"
         r"我乡|我村|我所|我委|我办|我司|我公司|本单位|本局|本院|公司|学校|单位|中心)")
#: the literal every match of the 增强做好 pattern holds
_RAISE_DO = tuple(v + w for v in ("增强", "提高", "提升") for w in ("做好", "抓好", "推进", "推动", "开展", "完成"))
#: the literal every match of the two-subjects pattern holds: a unit word right before 在
_UNIT_AT = tuple(u + "在" for u in _UNIT[3:-1].split("|"))
_PEOPLE = (r"(?P<s2>(?:我校|我局|我院|我们|我县|我镇|我市|我区|我乡|我村|我所|我委|我办|我司|我公司|本单位|全校|全局|全院|全县|全镇|全体|"
           r"广大|大家|同志们|与会|在座|支部党员|支部教师|党员|干部|教师|师生|职工|员工|学员|同学们|青年)"
           r"(?:党员干部|党员|干部|师生|职工|员工|教师|群众)?)")


def _opens_with_time_only(text, m, ctx, p) -> bool:
    """The subject opens its sentence (after a label or a time: 一年来，**年、2023年): nothing else before it."""
    before = text[:m.start()].rstrip()
    cut = max(before.rfind(c) for c in "。；;！？!?") + 1
    return _LABEL_OR_TIME.fullmatch(before[cut:]) is not None


_LABEL_OR_TIME = compile_(r"\s*(?:" + zh.NUMERAL_RUN + r"是[，,]?|（" + zh.LABEL_DIGIT + r"+）|[0-9]+[.．、]|" + zh.NUMERAL_RUN
                          + r"、)?\s*(?:[^，,。；;！？!?]{0,10}?(?:年|月|日|年来|以来|期间|时期)[，,]?)?\s*")


_DO_HEADS = ("工作", "准备", "保障", "服务", "衔接", "结合", "文章", "事情", "事", "任务", "部署", "安排", "对接", "宣传", "报道",
             "调度", "协调", "配合", "统筹", "检查", "指导", "监督", "管理", "落实", "总结", "谋划", "建设", "工程")

#: the literals every match of the 增强做好 and the two-subjects patterns holds (MixedStructure's needs)
UNPAIRED_NEEDS = _UNIT_AT + _RAISE_DO


UNPAIRED = (
    # 以……为推动……: 以……为 without its noun, run into 以……推动……
    Pattern(r"以(?<![所可予加难得足借用]以)(?![及上下来后前便外内免致至])(?P<x>" + _C + r"{1,20}?)为(?<![作成认称因较极更最尤甚广视行]为)(?P<v>推动|促进|带动|推进|助推|助力|提升)"
            r"(?P<o>(?![力者器手])" + _C + r"{2,25}?)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“以……为”后面缺名词，和“以……{v}……”揉在一起；删去“为”（以……{v}……），或补出名词（以……为引领，{v}……）",
            accept=_no_de_in_object, needs=("为推动", "为促进", "为带动", "为推进", "为助推", "为助力", "为提升")),
    # 对在……中，: 对 has no object
    Pattern(r"对在" + _C + r"{2,30}?(?:过程中|期间|中|时|后)(?=[，,])",
            "句式杂糅：介词“对”后面又接“在……中”，“对”没有宾语；删去“对”，或改为“对……”", needs=("对在",)),
    # 坚持以……的方针: 以 without its 为
    Pattern(r"坚持以(?![及上下来后前便外内免致至往])(?P<x>" + _C + r"{2,30}?)的(?P<m>[^，,。；;！？!?的]{0,15}?)"
            r"(?P<n>方针|原则|思路|理念|宗旨|方向|路线|战略|建设|工作方法)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“坚持以……”缺“为……”，和“坚持……的{n}”揉在一起；删去“以”（坚持……的{n}），或改为“坚持以……为……”",
            accept=_no_wei_outside_quotes, needs=("坚持以",)),
    # 2011至2015年以来: a closed stretch of time with 以来
    Pattern(r"(?:[0-9０-９]{2,4}|[" + zh.NUMERAL_CHARS + r"〇零○]{1,4})(?:年|月)?(?:至|到|—|－|-|~|～)"
            r"(?:[0-9０-９]{2,4}|[" + zh.NUMERAL_CHARS + r"〇零○]{1,4})(?:年|月)(?:以来|来)",
            "句式杂糅：“……至……年”已有终点，又用“以来”；删去“以来”，或改为“……年以来”", drop("以来"),
            needs=("以来", "年来", "月来"), also=compile_(r"(?:至|到|—|－|-|~|～)(?:[0-9０-９]{2,4}|[" + zh.NUMERAL_CHARS
                                                       + r"〇零○]{1,4})(?:年|月)(?:以来|来)").search),  # its tail
    # 关键是……分不开的: 与……分不开 without its 与
    Pattern(r"(?P<k>关键是|关键在于|主要是|主要在于|得益于|归功于|离不开|在于|是)(?P<x>[^。；;！？!?与跟和]{2,60}?)分不开",
            "句式杂糅：“{k}……”与“与……分不开”杂糅，“分不开”缺“与”；改为“与……是分不开的”，或删去“分不开的”",
            accept=_no_partner_before, needs=("分不开",)),
    # 参加了……进行了座谈: the object of 参加 turned into the subject of 进行 (not the nouns 参与感, 参与度, 参加者)
    Pattern(r"(?P<v>参加了|参加(?![者])|参与了|参与(?![感度率者面性]))(?P<x>[^，,。；;！？!?：:的并后时中]{2,30}?)进行了?(?P<w>座谈|交流|研讨|讨论|联谊)",
            "句式杂糅：“{v}……”与“……进行了{w}”杂糅，一个分句两个谓语；改为“{v}……的{w}”", needs=("进行",)),
    # (gram32a: 之所以……，原因是…… with the cause's noun opening the next clause, no 的 before it)
    Pattern(r"之所以" + _S + r"{1,40}?(?:的原因|[，,](?:其|这|主要|根本|最主要的|最根本的)?原因)(?:是|在于|就是)",
            "句式杂糅：“之所以……，是因为……”与“……的原因是……”杂糅，保留其中一种说法", needs=("之所以",)),
    # 关键是与……分不开的 (gram32a): 关键是…… (the key named) run into 是与……分不开的 (what it owes to); 与 is there,
    # the pattern above leaves it alone
    Pattern(r"(?P<k>关键|原因|主要原因|根本原因)(?:就|正|还|主要)?(?P<is>是|在于)(?P<p>与|同|跟)(?P<x>" + _S + r"{2,40}?)分不开的?",
            "句式杂糅：“{k}{is}……”与“是{p}……分不开的”杂糅；删去“{k}”（……是{p}……分不开的），或改为“{k}{is}……”（删去“{p}”和“分不开的”）",
            needs=("分不开",)),
    # 对5名同志吸收为预备党员、对隐患点上报到乡里: 对 (what is dealt with) runs into the 把 frame of a verb that moves
    # its object somewhere (把……吸收为、将……上报到); 对吸收为……的同志、对……上报到……的情况进行通报 stay: a modifier
    Pattern(r"对(?<![针面相绝应核校反比查]对)(?![于照标接象待应比付外话口])(?P<x>" + _C + r"{2,25}?)"
            r"(?P<v>(?:吸收|发展|确定|评定|认定|列|转)为|(?:上报|报送)(?:到|至))",
            "句式杂糅：“对……”与“把（将）……{v}”杂糅；把“对”改为“将”（将……{v}……）", accept=_disposal_frame,
            needs=("吸收为", "发展为", "确定为", "评定为", "认定为", "列为", "转为", "上报到", "上报至", "报送到", "报送至")),
    # 以……为作为、以从……出发: 以……为 run into 作为 or into 从……出发
    Pattern(r"以(?<![所可予加难得足借用]以)(?![及上下来后前便外内免致至])" + _C + r"{1,30}?为作为",
            "句式杂糅：“以……为……”与“作为……”杂糅；删去“作为”，或删去“以……为”里的“以”“为”", needs=("为作为",)),
    Pattern(r"以(?<![所可予加难得足借用]以)从(?P<x>" + _C + r"{2,40}?)出发",
            "句式杂糅：“以……为……”与“从……出发”杂糅；删去“以”（从……出发）", needs=("以从",)),
    # 参加于“……”为主题的: 于/与 for the 以 of 以……为主题
    Pattern(r"[于与](?<![由对关至属][于与])(?P<q>“[^”]{1,40}”|《[^》]{1,40}》)为(?P<n>主题|题|主线|核心|重点|内容)",
            "句式杂糅：“……为{n}”前应是“以”，不是“于（与）”；改为“以……为{n}”", needs=("为主题", "为题", "为主线", "为核心",
                                                                                 "为重点", "为内容"),
            also=("于“", "与“", "于《", "与《")),
    # 在……等方面中: 在……方面 run into 在……中
    Pattern(r"在(?P<x>" + _C + r"{1,30}?)方面中(?![心国华央])",
            "句式杂糅：“在……方面”与“在……中”杂糅；删去“中”", lambda m: m.group(0)[:-1], needs=("方面中",)),
    # 分析对……分析研究: the verb said before 对 and again after its object
    Pattern(r"(?P<v>分析|研究|检查|学习|讨论|部署|梳理|排查|督导|总结|整改|考核)对(?![于照标接象待应比付外话口策])"
            r"(?P<x>" + _C + r"{2,30}?)(?P=v)",
            "句式杂糅：“{v}……”与“对……{v}”杂糅，动词说了两遍；删去“对”前面的“{v}”",
            needs=tuple(v + "对" for v in "分析 研究 检查 学习 讨论 部署 梳理 排查 督导 总结 整改 考核".split())),
    # 抓好……政策落到实处: 抓好 takes a noun (抓好……落实), 落到实处 wants 把 (把……落到实处)
    Pattern(r"(?P<v>抓好|做好|抓实)(?P<x>" + _C + r"{2,30}?)落(?:到|在)实处",
            "句式杂糅：“{v}……落实”与“把……落到实处”杂糅；改为“{v}……的落实”，或改为“把……落到实处”",
            accept=_no_ba_between, needs=("落到实处", "落在实处")),
    # 带头做好营造……良好风尚: 做好 takes a noun (做好……工作), here it runs into a verb phrase of its own
    Pattern(r"(?P<v>做好|抓好)(?P<w>营造|打好|推进|推动|提升|加强|开展|提高|增强)(?P<x>" + _C + r"{2,30}?)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}”后面又接动词短语“{w}……”，缺中心语；删去“{v}”，或在末尾补“工作”（{v}{w}……工作）",
            accept=_no_noun_head, needs=("做好", "抓好")),
    # 增强做好……工作: 增强 (提高、提升) takes a quality, here it runs into a verb phrase (质效提升推动……: a noun, then the verb)
    Pattern(r"(?<!质效|质量|水平|能力|效能|效率|品质|素质|层次|档次)(?P<v>增强|提高|提升)(?P<w>做好|抓好|推进|推动|开展|完成)(?P<x>" + _C + r"{2,40}?)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}”后面接动词短语“{w}……”，“{v}”没有宾语；删去“{v}”，或在末尾补上“……的意识（能力）”",
            accept=_no_quality_head, needs=_RAISE_DO),
    # ……聊家常的方式宣传: a means without its preposition, run into 以……的方式宣传
    Pattern(r"的(?P<n>方式|形式)(?P<v>宣传|开展|学习|进行|推进|传达|讲解|普及|展示|呈现|组织|举办|推动|引导|讲述|解读|宣讲|传播)",
            "句式杂糅：“……的{n}{v}”缺介词，和“以……的{n}{v}”揉在一起；在前面补上“以（用、通过）”",
            accept=_no_means_prep, needs=("的方式", "的形式")),
    # 开展了……活动火热进行: the object of 开展了 made the subject of 进行 in one clause
    Pattern(r"(?P<v>开展|举办|举行|召开|组织|启动)了(?P<x>" + _C + r"{2,40}?)(?P<n>活动|会议|大会|比赛|仪式|培训|讲座|竞赛|宣讲|晚会|"
            r"座谈会)(?P<w>火热进行|顺利进行|如火如荼|正式启动|圆满结束|圆满落幕|落下帷幕|正式开幕|隆重举行|顺利举行|如期举行|顺利召开|"
            r"隆重召开)",
            "句式杂糅：“{v}了……{n}”与“……{n}{w}”杂糅，一个分句两个谓语；改为“{v}的……{n}{w}”，或删去“{w}”",
            needs=("火热进行", "顺利进行", "如火如荼", "正式启动", "圆满结束", "圆满落幕", "落下帷幕", "正式开幕", "隆重举行", "顺利举行",
                   "如期举行", "顺利召开", "隆重召开")),
    # 我校党组织在……领导下，我校……: a subject, its 在……下, then another subject after the comma — the first has no predicate
    Pattern(r"(?:^|(?<=[。；;！？!?]))\s*(?:" + zh.NUMERAL_RUN + r"是[，,]?|（" + zh.LABEL_DIGIT + r"+）|[0-9]+[.．、]|"
            + zh.NUMERAL_RUN + r"、)?\s*(?:(?:[0-9０-９*＊×]{2,4}|[" + zh.NUMERAL_CHARS + r"〇零]{1,4})年(?:来|以来)?[，,]?)?"
            r"(?P<all>(?P<s1>[^，,。；;！？!?：:]{0,16}?" + _UNIT + r")(?P<adv>在[^，,。；;！？!?：:]{2,40}?下)[，,]" + _PEOPLE + ")",
            "句式杂糅：主语“{s1}”后面是“{adv}”，逗号后又有主语“{s2}”，前一个主语没有谓语；删去“{s1}”（{adv}，{s2}……），"
            "或删去“{s2}”", accept=_opens_with_time_only, span="all", needs=_UNIT_AT,
            also=compile_(_UNIT + r"在[^，,。；;！？!?：:]{2,40}?下[，,]" + _PEOPLE).search),  # (the start: tried everywhere)
    # 本次活动通过……的形式，支部教师……: an event as subject, its means, then the people as another subject
    Pattern(r"(?P<s1>(?:本次|此次|这次|该)[^，,。；;！？!?：:]{0,15}?(?:活动|会议|培训|党课|讲座|党日|课程|座谈会))"
            r"(?P<adv>(?:通过|以)[^，,。；;！？!?：:]{2,40}?(?:形式|方式))[，,]" + _PEOPLE,
            "句式杂糅：主语“{s1}”后面是“{adv}”，逗号后又换了主语“{s2}”，“{s1}”没有谓语；删去“{s1}”（{adv}，{s2}……）",
            accept=_opens_with_time_only, needs=("形式，", "方式，", "形式,", "方式,")),
)
