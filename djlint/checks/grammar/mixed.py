"""DJ443 句式杂糅: two ways of saying a thing run together in one sentence."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import zh
from .base import SOURCE_TEXTBOOK, Pattern, PatternsRule, drop
from .blends import PATTERNS as _BLENDS
from .blends import PATTERNS_GRAM27 as _BLENDS_GRAM27
from .blends import TRIGGERS as _BLEND_TRIGGERS
from .frame_verbs import PATTERNS as _FRAME_VERBS_PATTERNS
from .frames import FRAME_PURPOSE, FRAMES
from .passive import PATTERNS as _PASSIVE
from .passive import TRIGGERS as _PASSIVE_TRIGGERS
from .unpaired import QUOTED, UNPAIRED, UNPAIRED_NEEDS, YI
from .yiwei import YIWEI, YIWEI_WORDS

#: inside one sentence (no sentence mark) / inside one clause
_S = r"[^。；;！？!?]"
_C = r"[^，,。；;！？!?：:]"
#: the event noun after 的 and the subject after the comma (……的召开，大家……): the tail every match of the dangling
#: event holds, searched first (the pattern begins with a class: on a long paragraph it is tried at every character)
_EVENT_WHO = (r"的(?P<n>召开|开展|举办|举行|实施|启动|圆满完成|圆满结束|顺利完成)[，,](?P<who>大家|我们|同学们|全体|广大|与会"
              r"|在座的?(?:学员|同志|党员|各位)?|各级|党员|干部|师生|居民|群众|学生|学员|职工)")
_EVENT_WHO_RE = compile_(_EVENT_WHO)


def _no_yi(text, m, ctx, p) -> bool:
    """关键在于以……为重点 is a whole 以……为 frame: not mixed."""
    return "以" not in m.group(0)


def _no_you(text, m, ctx, p) -> bool:
    """原因是……，是由……造成的: the second clause is a whole 由……造成 frame."""
    return _YOU.search(m.group(0)) is None


_YOU = compile_(r"由(?!于)|被")


def _not_yi_wei(text, m, ctx, p) -> bool:
    """以党建为引领起到……作用: 为 belongs to 以……为, it is no preposition."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return "以" not in text[clause_start:m.start()]




def _no_yi_before(text, m, ctx, p) -> bool:
    """围绕……为主题 without 以 in its clause: 以围绕……为主线 is a whole 以……为 frame (以及 is no 以).  A 以 inside
    closed quotation marks is part of a name (围绕“以案促改”为主题), not the frame's."""
    if m.group(0).count("“") > m.group(0).count("”"):
        return False  # 按照“公开为原则，不公开为例外”的要求: the 为 belongs to a quoted slogan
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return YI.search(QUOTED.sub("", text[clause_start:m.start()])) is None and YI.search(QUOTED.sub("", m.group(0))) is None


def _no_yi_in_x(text, m, ctx, p) -> bool:
    """本着……以……为目标 is two frames, each whole; so is a last clause whose own verb takes ……为 (本着……的原则，
    确定降低成本为目标; 把……作为)."""
    x = m.group("x")
    last = x[max(x.rfind(c) for c in "，,") + 1:]
    return YI.search(x) is None and _OWN_WEI.search(last) is None


_OWN_WEI = compile_(r"把|将|确定|确立|明确|选定|设定|定|列|视|评|选|称|奉|推")


def _dangling_event(text, m, ctx, p) -> bool:
    """此次会议的召开，大家……: the event phrase opens its sentence (随着……的开展，大家…… is right)."""
    return _opens_sentence(text, m, ctx, p) and not _EVENT_PREP.match(m.group("ev"))


_EVENT_PREP = compile_(r"随着|伴随|通过|经过|借|趁|在|由于|因为|因|为了|为|对于|对|从|自|当|于")


def _no_year_verb(text, m, ctx, p) -> bool:
    """今年……的一年 with no 是: unless a verb takes 一年 as its object (度过了不平凡的一年)."""
    return _YEAR_VERB.search(m.group(0)) is None and _opens_sentence(text, m, ctx, p)


_YEAR_VERB = compile_(r"度过|迎来|走过|经历|过了|送走|告别|开启|迎接|回顾|总结|成为|作为|称为|认为|视为|看作|定为|确定为|"
                      r"是|为|又|将|迎|奋斗|拼搏")


def _opens_sentence(text, m, ctx, p) -> bool:
    """通过…… opens its sentence (after a label: 一是、（一）): nothing before it is its subject."""
    before = text[:m.start()].rstrip()
    cut = max(before.rfind(c) for c in "。；;！？!?") + 1
    return _LABEL_ONLY.fullmatch(before[cut:]) is not None


def _opens_sentence_or_clause(text, m, ctx, p) -> bool:
    """通过……，旨在…… where 通过 opens its sentence, or opens a clause after a whole clause
    (……是……的重要环节，通过今天的演习，旨在……): nobody before it in its clause is what 旨在 is said of."""
    return _opens_sentence(text, m, ctx, p) or _opens_clause(text, m, ctx, p)


def _opens_clause(text, m, ctx, p) -> bool:
    """根据…… opens its clause: “我们根据……，……” has a subject."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return not text[clause_start:m.start()].strip(zh.BLANK_CHARS + "（）()" + zh.NUMERAL_CHARS + "是、")


def _no_other_verb(text, m, ctx, p) -> bool:
    """宣传……宣传 where the first 宣传 opens the predicate (after adverbs only: 广泛宣传……宣传) and no
    verb between takes the noun 宣传 (开展、组织、加强……宣传 is right); 督导调研和……调研 is a list of nouns."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    if m.group("o").startswith(m.group("v")):
        return False  # the verb doubled for emphasis (调研调研再调研, 排查排查再排查): a rhetorical repeat, no noun
    return (_ADVERBS_ONLY.fullmatch(text, clause_start, m.start()) is not None
            and _TAKES_NOUN.search(m.group("o")) is None and not any(c in m.group("o") for c in "和与及、"))


def _no_noun_verb(text, m, ctx, p) -> bool:
    """宣传……知识宣传 where no verb between takes the noun 宣传 (开展……等知识宣传 is right)."""
    return _TAKES_NOUN.search(m.group("o")) is None


_ADVERBS_ONLY = compile_(r"\s*(?:" + zh.NUMERAL_RUN + r"是|积极|广泛|深入|大力|认真|切实|持续|全面|进一步|常态化|集中|重点|着力|扎实)*")


def _no_zai_before(text, m, ctx, p) -> bool:
    """在按照（面对）……的形势下 is a whole 在……下 frame: not mixed."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return "在" not in text[clause_start:m.start()]


_TAKES_NOUN = compile_(r"开展|组织|进行|举办|举行|参加|参与|加强|做好|抓好|加大|强化|深化|推进|配合|负责|统筹")
_LABEL_ONLY = compile_(r"\s*(?:" + zh.NUMERAL_RUN + r"是[，,]?|（" + zh.LABEL_DIGIT + r"+）|[0-9]+[.．、]|" + zh.NUMERAL_RUN + r"、)?\s*")

def _no_yi_outside_quotes(text, m, ctx, p) -> bool:
    """开展了“……”为题的活动 without 以 before it in its clause or inside what it frames (quotes aside):
    开展了以“……”为题的活动 is a whole 以……为 frame."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return YI.search(text, clause_start, m.start()) is None and YI.search(QUOTED.sub("", m.group("x"))) is None


def _no_wei_after(text, m, ctx, p) -> bool:
    """以“……”主题演讲比赛 with no 为 in the rest of its clause: 以“……”主题教育为契机 is a whole frame."""
    clause_end = min((i for i in (text.find(c, m.end()) for c in "，,。；;！？!?：:") if i >= 0), default=len(text))
    return "为" not in QUOTED.sub("", text[m.end():clause_end])


def _not_a_slogan(text, m, ctx, p) -> bool:
    """通过以挂历的形式 but not 通过以案促改的方式, 以赛促学、以学促干 (以X促Y names a way of working)."""
    x = m.group("x")
    return not (len(x) >= 3 and x[1] in "促带代养育督助保强") and "为" not in x  # 以……为主的形式 is a whole frame


def _no_frame_before(text, m, ctx, p) -> bool:
    """参与……活动中 where nothing before it in the clause frames the 中: not 在参与……中, not 投入到（融入到）
    ……、参与……的活动中去, and not a 参与 that is an item of a list (、参与……)."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    before = text[clause_start:m.start()]
    return "在" not in before and "到" not in before and not before.endswith("、") and "在" not in m.group("x")[:2]


def _no_de_between(text, m, ctx, p) -> bool:
    """将……得到落实 where 将 takes what 得到 is said of: no 的-modifier ends right before 得到 (将会得到,
    将要得到 are “will”); 将 before a name inside quotes is a verb's (将“……”得到) as well."""
    x = m.group("x")
    return not x.endswith(("的", "将", "会", "能", "都", "也", "均", "已", "要")) and "，" not in x


def _v_opens_clause(text, m, ctx, p) -> bool:
    """了解……进行了了解 where the first 了解 is the clause's verb: it opens the clause (after adverbs)
    and no 对 before it (对了解……的情况进行了了解 is right)."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return (_ADVERBS_ONLY.fullmatch(text, clause_start, m.start()) is not None
            and not m.group("o").startswith(("的", "情况")))


#: V……为N where only 以……为N is a frame (围绕……为主题 mixes 围绕…… and 以……为主题)
_FRAME_VERBS = (r"(?P<v>紧紧围绕|围绕|紧扣|聚焦|本着|按照|依照|根据|依据|遵循|秉持|秉承|利用|借助|依托|抓住|立足|着眼|把|将|"
                r"通过|凭借|依靠|结合|着力|着重|注重|突出|狠抓|紧盯|瞄准)")
_FRAME_NOUNS = (r"(?P<n>主题|题|中心|主线|重点|核心|原则|标准|依据|准则|出发点|落脚点|目标|导向|抓手|载体|契机|引领|统领|"
                r"指导|根本|遵循|基础|依托|切入点|突破口|平台|纽带|主导|宗旨|阵地)")
#: 为 and each of the nouns: one of them stands in every match of the frame (a literal run of the pattern)
_FRAME_NEEDS = tuple("为" + n for n in _FRAME_NOUNS[len("(?P<n>"):-1].split("|"))


#: what 通过 passes when it means “pass” (通过审议后、通过考核后、通过验收后): a test, not a means
_TESTS = ("审议", "审核", "审查", "审批", "审定", "考核", "考试", "验收", "评审", "评估", "评议", "选举", "表决", "鉴定", "认定",
          "初审", "复审", "答辩", "测试", "检测", "检验", "面试", "笔试", "政审", "投票", "批准", "认证", "核查", "公示", "考察",
          "会议", "党委会", "常委会", "大会")


def _not_a_test(text, m, ctx, p) -> bool:
    """通过……后 where 通过 is “pass” and its object a test or a meeting (通过区委常委会审议后) stays silent."""
    return not any(t in m.group("x") for t in _TESTS)


def _no_yi_between(text, m, ctx, p) -> bool:
    """从……出发，以……为主要内容 has its own 以: only the bare 从……方面为…… is mixed."""
    return "以" not in m.group("x") and "，" not in m.group("x")[-4:]



#: 原因是……造成的 (the first pattern below); DJ441 leaves its 原因是由于 to it (:func:`cause_blend`)
_CAUSE_BLEND = (r"原因[，,]?(?:主要|就|还|正)?(?P<is>是|在于)" + _S + r"{1,40}?(?P<v>(?:造成|引起|导致|所致)的?)"
                r"(?=[，,。；;！？!?]|$)")
_CAUSE_BLEND_RE = compile_(_CAUSE_BLEND)


def cause_blend(text: str, start: int) -> bool:
    """Whether DJ443 reports 原因是……造成的 from ``start`` (the 原因 of DJ441's 原因是由于: one finding, not two)."""
    m = _CAUSE_BLEND_RE.match(text, start)
    return m is not None and _YOU.search(m.group(0)) is None


PATTERNS = (
    # 原因是由于……造成的: three ways of giving a cause in one; one finding that names both fixes (DJ441 stays silent)
    Pattern(r"原因[，,]?(?:主要|就|还|正)?(?P<is>是|在于)(?P<y>由于|因为)" + _S + r"{1,40}?(?P<v>(?:造成|引起|导致|所致)的?)"
            r"(?=[，,。；;！？!?]|$)",
            "句式杂糅：“原因{is}{y}……{v}”三种说法揉在一起；删去“{y}”和“{v}”，或改为“……是由……{v}”",
            accept=_no_you, needs=("原因",)),
    Pattern(_CAUSE_BLEND, "句式杂糅：“原因{is}……”与“……{v}”杂糅，删去“{v}”，或改为“……是由……{v}”",
            accept=_no_you, needs=("原因",)),
    # 根源是……造成的, 原因是……在作祟: the cause named twice, as the noun and as what the clause says it does
    Pattern(r"(?P<k>原因|根源|症结)[，,]?(?:主要|就|还|正)?(?P<is>是|在于)" + _S + r"{1,40}?"
            r"(?P<v>(?:在作祟|作祟|造成|引起|导致|所致)的?)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{k}{is}……”与“……{v}”杂糅；删去“{v}”，或改为“……是由……造成的”", accept=_no_you,
            needs=("作祟", "根源", "症结")),
    Pattern(r"[为為](?<![作成认称以因较极更最尤甚广视行][为為])(?![了主准例此何止人民期由之])" + _C + r"{1,30}?起(?:到|着|了)" + _C + r"{0,15}?作用",
            "句式杂糅：“为……起到……作用”，改为“对……起到……作用”或“为……发挥……作用”", accept=_not_yi_wei,
            needs=("作用",)),
    Pattern(r"(?:转化|转变|转换)为" + _C + r"{1,30}?上来",
            "句式杂糅：“转化为……”与“转到……上来”杂糅，删去“上来”或改为“转到……上来”", needs=("上来",)),
    # 主要成分是……配制而成: 成分是A、B and 由A、B配制而成 in one; 作者是……之手: 作者是某人 and 出自某人之手 (faults21)
    Pattern(r"(?P<n>成分|原料|材料)(?:主要|均|都)?(?:是|为)[^，,。；;！？!?：:]{1,30}?(?P<v>配制|制成|合成|组成|构成|加工|制作)而成",
            "句式杂糅：“{n}是……”与“由……{v}而成”杂糅；删去“{v}而成”，或改为“由……{v}而成”", needs=("而成",)),
    Pattern(r"(?P<n>作者|执笔人|执笔者|作品)(?:是|为)[^，,。；;！？!?：:]{1,20}?之手",
            "句式杂糅：“{n}是某人”与“出自某人之手”杂糅；删去“之手”，或改为“出自……之手”", needs=("之手",)),
    # 怎么能……是可想而知的: a rhetorical question and a statement of what follows in one (faults21)
    Pattern(r"(?P<q>怎么能|怎能|怎么会|怎会|岂能|哪能|又怎能)[^。；;！？!?]{1,30}?(?P<w>是可想而知的|是显而易见的|是不言而喻的)",
            "句式杂糅：反问“{q}……”与“……{w}”杂糅；改为“{q}……呢？”，或改为“不能……，{w}”",
            needs=("可想而知", "显而易见", "不言而喻")),
    # 被形式主义束缚下的干部: 被……束缚 (passive) and 在……束缚下 (a circumstance) in one (faults20)
    Pattern(r"(?P<bei>被)[^，,。；;！？!?：:被在]{1,15}?"
            r"(?P<v>束缚|压迫|统治|控制|影响|领导|支配|笼罩|带动|推动|指引|鼓舞|感召|激励|熏陶)(?P<xia>下)(?=的|[，,])",
            "句式杂糅：“被……{v}”与“在……{v}下”杂糅；删去“下”（被……{v}的），或把“被”改为“在”",
            needs=("被",), also=("下的", "下，", "下,")),
    # (起决定作用 and 起着关键作用 as 起决定性作用: the same blend, faults20)
    Pattern(r"关键在于" + _S + r"{1,40}?(?:为重点|为关键|起(?:着|到)?(?:决定性?|关键性?|主导)作用|是关键)",
            "句式杂糅：“关键在于……”与“以……为重点（起决定性作用）”杂糅，保留其中一种说法", accept=_no_yi,
            needs=("关键在于",)),
    Pattern(r"(?:旨在|目的是|目的在于)" + _S + r"{1,30}?为目的",
            "句式杂糅：“旨在（目的是）……”与“以……为目的”杂糅，保留其中一种说法", needs=("为目的",)),
    Pattern(r"深受" + _C + r"{1,20}?所(?:欢迎|喜爱|喜欢|好评|称赞|称道|拥护|青睐|赞誉|信赖)",
            "句式杂糅：“深受……欢迎”与“为……所欢迎”杂糅，删去“所”", drop("所"), needs=("深受",)),
    Pattern(r"(?:大多|大都|主要|多数|基本)(?:是|都是|都)?以" + _C + r"{1,20}?为主(?![题体导线要干流力业任席管])",
            "句式杂糅：“主要（大多）……”与“以……为主”重复，删去“主要（大多）”或改为“以……为主”", needs=("为主",)),
    Pattern(r"本着" + _C + r"{1,30}?为原则", "句式杂糅：“本着……的原则”与“以……为原则”杂糅，改为其中一种",
            needs=("为原则",)),
    # 本着……为目的（原则、宗旨）: 本着 takes a 原则 or 精神 as its object (本着……的原则), 以 frames 以……为目的;
    # the phrase may run over commas (本着激发……，让……，让……为目的); a 以 anywhere before 为 is a whole
    # 以……为 frame (本着……的原则，以……为目标), and 作为、确定为、列为 are verbs of their own
    Pattern(r"本着(?P<x>" + _S + r"{1,100}?)为(?<![作成视称认定列确改选立化]为)(?P<w>原则|目的|宗旨|目标|出发点|落脚点|准则|方针)"
            r"(?=[，,。；;！？!?]|$)",
            "句式杂糅：“本着……”与“以……为{w}”杂糅；改为“以……为{w}”或“本着……的{w}”", accept=_no_yi_in_x,
            needs=("本着",)),
    # 作者是由……写成的: “作者是……”与“……是由……写成的”杂糅
    Pattern(r"(?P<n>作者|编者|译者|撰稿人|执笔人)(?:是|为|都是)由" + _C + r"{1,30}?(?P<v>创作|撰写|执笔|编写|完成|写|编|著|译)",
            "句式杂糅：“……的{n}是……”与“……是由……{v}的”杂糅；删去“的{n}”，或改为“{n}是……”", needs=("是由", "为由")),
    # 参与……活动中 blends 参与……活动 and 参与到……活动中 (在参与……中 is a frame; 融入……工作中 is common official prose)
    Pattern(r"(?P<v>参与|参加|投身)(?!到|进|于|其中)(?P<x>" + _C + r"{2,30}?)(?P<n>活动|工作|建设|行动|治理|实践|服务|事业|项目|志愿服务)(?P<z>中(?:去|来)?)"
            r"(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}……{n}”与“{v}到……{n}中”杂糅；删去“{z}”，或在“{v}”后加“到”", accept=_no_frame_before,
            needs=("中",), also=("参与", "参加", "投身")),
    # (为 of 行为 is no frame's: 把“三严三实”作为……的基本遵循和干事创业的行为准则, the 中办 方案's words, dev-prec445 probe)
    Pattern(_FRAME_VERBS + _C + r"{1,25}?为(?<![作成视称认化分列定改选评立划变转升名任奉推誉拟译缩聘因以行]为)" + _FRAME_NOUNS,
            "句式杂糅：“{v}……”与“以……为{n}”杂糅，改为“以……为{n}”，或删去“为{n}”", accept=_no_yi_before,
            # every match holds 为 and a noun side by side: those words are keys of the engine's scan, which tells the
            # paragraphs holding one (为 alone stands in half the paragraphs; a search of each for 为 and a noun was the test)
            needs=_FRAME_NEEDS),
    # 召开了“……”为题的主题活动: an event verb runs into 以……为题 without its 以 (a quoted title may hold commas, not
    # another “: 进行“安全学习周“活动的同时，该局以“……”为主题的 has a broken pair, DJ503's, and runs across clauses)
    Pattern(r"(?P<v>开展|召开|举办|举行|进行|发起|启动)了?(?:一场|一次|一期|系列|一系列)?(?P<x>“[^“”]{1,40}”|《[^》]{1,40}》|"
            + _C + r"{2,25}?)为(?<![作成视称认化分列定改选评立划变转升名任奉推誉拟译缩聘因以]为)(?P<n>题|主题|主线|核心|重点|内容)的",
            "句式杂糅：“{v}……为{n}的”缺“以”，和“以……为{n}”揉在一起；改为“{v}以……为{n}的……”",
            accept=_no_yi_outside_quotes, needs=("为题", "为主题", "为主线", "为核心", "为重点", "为内容")),
    # 开展了以“……”主题演讲比赛: 以……为主题 without its 为
    Pattern(r"以(?<![所可予加难得足借用]以)(?P<q>“[^”]{1,40}”|《[^》]{1,40}》)(?P<n>主题|专题|题目|主线)(?!为)",
            "句式杂糅：“以……{n}”缺“为”；改为“以……为{n}的……”，或删去“以”", accept=_no_wei_after,
            needs=("”主题", "》主题", "”专题", "》专题", "”题目", "》题目", "”主线", "》主线")),
    # 通过开展这次比赛，既是……的展示: the means of 通过 cannot be the subject of 是
    Pattern(r"(?:通过|经过)(?:开展|举办|组织|召开|举行|参加|参与|此次|这次|本次|这些|一系列|系列)" + _C + r"{0,40}?[，,]"
            r"(?P<w>(?:既|不仅|也|更|正|都)?是)(?!否)",
            "句式杂糅：“通过……”与“……是……”杂糅，“{w}”前面没有主语；删去“通过”，让“……”作“{w}”的主语",
            accept=_opens_sentence, needs=("通过", "经过")),
    # 通过以挂历的形式: two prepositions of means stacked (通过……的形式 / 以……的形式); 通过以上 is no 以,
    # nor is a 以X促Y slogan (通过以案促改的方式: 以案促改 names the way)
    # 通过几天的学习后，……: “通过……” (by means of) runs into “……后” (after), the time frame of 经过
    # (通过审议后、通过考核后: 通过 is “pass” there, and its object is a test; 经过……后 is right)
    Pattern(r"通过(?P<x>" + _C + r"{2,25}?)(?P<after>之后|以后|后)(?=[，,])",
            "句式杂糅：“通过……”与“……{after}”杂糅；删去“{after}”，或把“通过”改为“经过”", accept=_not_a_test,
            needs=("通过",)),
    # 从“……”三个方面为主要内容: “从……方面” runs into “以……为主要内容”
    Pattern(r"从(?P<x>" + _S + r"{2,80}?)(?P<side>方面|角度|层面|维度)为(?P<n>(?:主要|重点)?(?:内容|重点|主题|主线|切入点|核心))",
            "句式杂糅：“从……{side}”与“以……为{n}”杂糅；改为“以……为{n}”，或删去“为{n}”（从……{side}……）",
            accept=_no_yi_between, needs=("方面为", "角度为", "层面为", "维度为")),
    Pattern(r"(?P<p>通过|经过)以(?![上下及来后前往便免致至外内])(?P<x>" + _C + r"{1,20}?)的?(?P<n>形式|方式|方法|手段|途径)",
            "句式杂糅：“{p}……{n}”与“以……{n}”杂糅，介词重叠；删去“以”（{p}……的{n}），或删去“{p}”",
            accept=_not_a_slogan, needs=("通过以", "经过以")),
    # 将党史学习教育在实践中得到落实: “将……落实”与“……得到落实”杂糅 (将 as “will” before an adverb is no 把)
    Pattern(r"(?P<b>将(?<![即必终也并还又]将)|把)(?!会|要|进一步|更|逐步|不断|全面|有效|切实|持续|陆续|得|在|于|能|可|被|继续|依法|按|与|和|同|以|从|向|对|为|其)"
            r"(?P<x>" + _C + r"{2,30}?)(?P<v>得到|受到|获得)(?P<w>落实|提升|提高|加强|巩固|改善|解决|推广|运用|应用|保障|体现|发挥|彰显|传承|弘扬)",
            "句式杂糅：“{b}……”与“……{v}{w}”杂糅；改为“{b}……{w}”，或删去“{b}”（……{v}{w}）",
            accept=_no_de_between, needs=("得到", "受到", "获得")),
    # 了解……等方面进行了了解: the verb of the clause said again as the noun of 进行
    # (检查组对……进行了检查, 督导组、宣讲团、研究室……: the verb begins the name of who does it, the clause's subject)
    Pattern(r"(?P<v>了解|调查|检查|研究|讨论|部署|安排|学习|宣讲|梳理|排查|督导)(?![组团队室处科会员]|人员|机构|中心|小组)(?P<o>" + _C + r"{2,60}?)(?P<e>进行了?(?P=v))",
            "句式杂糅：动词“{v}”和“{e}”杂糅；删去“{e}”，或把开头的“{v}”改为“对”（对……{e}）",
            accept=_v_opens_clause, needs=("进行",)),
    Pattern(r"给(?<![供交送补发]给)(?!予)" + _C + r"{1,20}?给予", "句式杂糅：“给……”与“给予……”杂糅，改为“给予……”",
            lambda m: "给予" + m.group(0)[1:-2], needs=("给予",)),
    Pattern(r"(?:通过|经过)" + _C + r"{1,40}?[，,](?P<w>旨在|意在|目的是|目的在于|其目的是|其目的就是|目的就是|就是要|就是为了)",
            "句式杂糅：“通过……”与“……{w}”杂糅，“{w}”前面没有主语；删去“通过”，让“……”作“{w}”的主语",
            accept=_opens_sentence_or_clause, needs=("旨在", "意在", "目的", "就是要", "就是为了")),
    Pattern(r"(?P<v>宣传|普及|科普|培训|排查|整治|督导|调研)(?P<o>" + _C + r"{2,15}?)(?P=v)(?:活动|工作)?(?=[，,。；;！？!?、]|$)",
            "句式杂糅：动词“{v}”和末尾的名词“{v}”杂糅；删去末尾的“{v}”，或把开头的“{v}”改为“开展”",
            accept=_no_other_verb, needs=("宣传", "普及", "科普", "培训", "排查", "整治", "督导", "调研"), twice=True),
    Pattern(r"(?P<v>宣传|普及|科普)(?P<o>" + _C + r"{2,80}?)(?:等)?(?:知识|常识|政策|法规|法律)(?P<e>宣传)(?:活动|工作)?(?=[，,。；;！？!?]|$)",
            "句式杂糅：动词“{v}”和末尾的名词“{e}”杂糅；删去末尾的“{e}”，或把开头的“{v}”改为“开展”",
            accept=_no_noun_verb, needs=("宣传", "普及", "科普")),
    Pattern(r"(?P<ev>" + _C + r"{1,20}?)" + _EVENT_WHO, "句式杂糅：“……的{n}”后面又有主语“{who}”，前半句悬空；句首加“通过”"
            "（通过……的{n}，{who}……），或改为“……的{n}，使{who}……”", accept=_dangling_event,
            needs=("的召开", "的开展", "的举办", "的举行", "的实施", "的启动", "的圆满完成", "的圆满结束", "的顺利完成"),
            also=lambda text: _EVENT_WHO_RE.search(text) is not None),
    Pattern(r"(?:今年|去年|前年|本年度|[12][0-9]{3}年)" + _C + r"{2,40}?的一年(?=[。！!；;]|$)",
            "句式杂糅：“今年……”与“今年是……的一年”杂糅，缺“是”；改为“今年是……的一年”，或删去“的一年”",
            accept=_no_year_verb, needs=("一年",)),
    Pattern(r"根(?<![依]根)据(?P<src>" + _C + r"{1,30}?)(?P<v>显示|表明|证明|反映出?)(?!的)",
            "句式杂糅：“根据……”与“……{v}”杂糅，“{v}”没有主语；删去“根据”（……{v}），或删去“{v}”", accept=_opens_clause,
            needs=("根据",)),
    Pattern(r"打下(?:了)?(?:更加|更为)?夯实的?基础", "句式杂糅：“打下……基础”与“夯实基础”杂糅，改为“打下坚实基础”或“夯实基础”",
            needs=("夯实",)),
    Pattern(r"照(?<![按参对关拍执护映写遵依仿比观查日光夕普]照)(?P<x>" + _C + r"{1,20}?)相比",
            "介词误用：“照……相比”应为“与（同）……相比”", lambda m: "与" + m.group("x") + "相比", needs=("相比",)),
    Pattern(r"(?P<c>因为|由于)" + _C + r"{1,25}?的(?P<w>原因|缘故)", "句式杂糅：“{c}……”与“……的{w}”杂糅，删去“的{w}”",
            drop("的原因", "的缘故"), needs=("因为", "由于")),
    # 原因是……的缘故: the cause named twice, as the subject and as the noun the clause ends in (the brief's style-guide frame)
    Pattern(r"原因[，,]?(?:主要|就|还|正)?(?:是|在于)" + _C + r"{1,40}?的(?P<w>缘故|原因)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“原因是……”与“……的{w}”杂糅，删去“的{w}”", drop("的缘故", "的原因"), needs=("缘故", "的原因")),
    # (关键在于……的结果, gram16: the key said to be a result)
    Pattern(r"(?P<k>原因|关键)[，,]?(?:主要|就|还|正)?(?P<is>是|在于)" + _S + r"{1,40}?的结果(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{k}{is}……”与“……的结果”杂糅，删去“的结果”，或改为“……是……的结果”", needs=("原因", "关键")),
    # 是因为……所导致的 (gram16): 是因为 gives the cause, ……所导致（造成）的 says it again as a 为……所 frame; without
    # 所 (是因为血液淤积导致的) it is everyday speech, four times in ECSpell med's correct sentences: left
    Pattern(r"(?P<c>是因为)" + _C + r"{1,30}?(?P<w>所导致的|所造成的)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{c}……”与“……{w}”杂糅，删去“{w}”，或改为“是由……造成的”", needs=("因为",)),
    Pattern(r"(?P<v>按照|根据|依照|本着|遵循|遵照|着眼于|立足于|基于|面对|面临)" + _C + r"{1,40}?的?"
            r"(?P<n>要求|原则|部署|安排|精神|规定|指示|条件|背景|形势|环境)下(?=[，,]|召开|举行|举办|开展|进行|启动|实施|展开)",
            "句式杂糅：“{v}……{n}”与“在……{n}下”杂糅，删去“下”，或改为“在……{n}下”", drop("下"), accept=_no_zai_before,
            needs=("要求下", "原则下", "部署下", "安排下", "精神下", "规定下", "指示下", "条件下", "背景下", "形势下", "环境下")),
) + UNPAIRED + FRAMES + YIWEI + _BLENDS + _BLENDS_GRAM27 + _PASSIVE


class MixedStructure(PatternsRule):
    """语病：句式杂糅（原因是……造成的、为……起到……作用、围绕……为主题、通过……旨在、转化为……上来）

    ## 检查内容
    一句话里把两种说法揉在一起：
    - “参加会议的有……出席会议”（新闻稿）：列出与会者的“参加会议的有……”和“……出席会议”杂糅；名单后面的分句另有主语的不报；
    - “原因是……造成的（引起的、所致）”：原因是 + 判断，和“是由……造成的”杂糅；“根源（症结）是……造成的”“原因是……在作祟”同样；
    - “为……起到（起着）……作用”：应为“对……起到……作用”或“为……发挥……作用”；“以……为引领起到作用”的“为”不报；
    - “围绕（聚焦、按照、根据、依托、把）……为主题（为重点、为依据、为载体……）”：和“以……为主题”杂糅；
      分句里有“以”的不报（“以……为主题”“围绕以人民为中心的……”），“坚持公有制为主体”是主谓短语作宾语，不报；
    - 句首（或一个完整分句后的分句开头）“通过……，旨在（目的是）……”：“旨在”前面没有主语；
    - “给……给予”；“宣传……知识宣传”（动词和末尾的同一个名词杂糅，中间有“开展、组织、加强”的不报）；
      “打下夯实基础”（“打下坚实基础”与“夯实基础”杂糅）；分句开头的“根据……显示（表明）”；
      “因为……的原因”“原因是……的缘故（的原因）”；介词用错的“照……相比”（应为“与……相比”）；
    - “按照（本着、根据）……要求（原则、部署）下”：和“在……要求下”杂糅；“由于……的原因”；“原因是……的结果”（“关键在于……的结果”同理）；“是因为……所导致（造成）的”；
    - 句首“此次会议的召开（活动的开展……），”后面又有主语“大家、我们、党员……”：前半句悬空；“随着……的开展，大家……”不报；
    - “今年（2023年）……的一年”整句没有“是”：今年我县获得大丰收的一年 → 今年是……的一年；“度过了……的一年”不报；
    - “转化为……上来”：“转化为……”和“转到……上来”杂糅；
    - “关键在于……为重点（起决定性作用）”：“关键在于以……为重点”是完整的框式，不报；“起决定作用”“起着关键作用”同样报；
    - “成分是……配制（制成、组成）而成”“作者是……之手”“怎么能……是可想而知的”：两种说法杂糅（→ 由……配制而成、
      出自……之手、怎么能……呢）；
    - “被……束缚（影响、控制……）下”：“被……束缚”与“在……束缚下”杂糅（→ 被……束缚的，或在……束缚下的）；
    - “旨在……为目的”“深受……所欢迎”“主要以……为主”“本着……为原则”“之所以……的原因是”；
    - “以……为推动（促进、助推）……”：“以……为”缺名词（“以……为引领推动……”“以……为推动发展的抓手”“以新作为助推”不报）；
    - “坚持以……的方针（原则、思路、建设）”缺“为”：“坚持以人民为中心的……”不报，引号里的“为”不算；
    - “对在……中，”：“对”没有宾语（“对在……中发现的问题”不报）；“着眼于（基于、面对）……形势（背景、条件）下”；
    - “2019至2023年以来”：时间段已有终点又用“以来”；“关键是（得益于）……分不开的”缺“与”；
    - “本着……为目的（原则、宗旨、目标）”跨逗号也算：本着……，让……为目的 → 以……为目的；前面有“以”、
      最后一个分句自己用“确定（作为、把）……为”的不报；
    - “……的作者是由……写成的”：“作者是……”与“是由……写成的”杂糅；
    - “参与（参加、投身）……活动（工作、建设）中”：与“参与到……中”杂糅（“在参与……中”“参与到……中”不报）；
    - “坚持（要、实行）……为指导（为主线、为核心）”缺“以”（要坚持“……”为指导思想 → 坚持以……为指导思想）；
    - “开展（召开、举办）了“……”为题（为主题、为重点）的……”缺“以”（引号没配对的“进行“……“活动的同时，该局以“……”为主题的”
      不报：引号错了由 DJ503 报，逗号后面的“以”还在）；“以“……”主题演讲比赛”缺“为”（“以“……”主题教育为契机”不报）；
    - 句首“通过开展（举办、此次）……，既是（是）……”：“通过”的宾语当不了“是”的主语；
    - “通过（经过）以……的形式（方式）”：两个表方式的介词叠用（“通过以案促改的方式”的“以案促改”是名称，“通过以……为主的方式”是完整框式，不报）；
    - “将（把）……得到落实（提升、巩固）”：“将……落实”与“……得到落实”杂糅（“政策将进一步得到落实”的“将”是“将要”，不报）；
    - “了解（调查、研究）……进行了了解”：分句的动词又作“进行”的宾语；“参与……活动中去”同“参与……活动中”；
    - “参加了……进行了座谈”：一个分句两个谓语；“着力（注重、突出）……为重点”与“以……为重点”杂糅。
    - “通过几天的学习后，……”：“通过……”（凭借）与“……后”（时间）杂糅，删去“后”或把“通过”改为“经过”
      （“通过审议（考核、验收）后”的“通过”是通过审查，不报；“经过……后”不报）；
    - “从……三个方面为主要内容”：“从……方面”与“以……为主要内容”杂糅（“从……方面为大家解读”的“为”是介词，不报）；
    - “对……吸收为（确定为、上报到）……”：“对”与“把（将）……吸收为”杂糅，改“对”为“将”（“对吸收为预备党员的同志进行谈话”
      “对……上报到……的情况进行通报”的“对”有自己的宾语，不报）；“以……为作为”“以从……出发”“于“……”为主题”：
      “以……为”与“作为”“从……出发”杂糅，或“以”错成“于”；“在……方面中”：删去“中”；“分析对……分析研究”：动词说了两遍；
      “抓好……落到实处”：“抓好……的落实”与“把……落到实处”杂糅（“抓好……落实，把……落到实处”不报）；
      “做好营造（推进、开展）……风尚”：“做好”后面又接动词短语，缺中心语（“做好推进……工作”“抓好贯彻落实”不报）；
      “增强（提高、提升）做好（推进、开展）……工作”：“增强”没有宾语（分句末尾是意识、能力、责任感、效率一类的不报）；
      “……聊家常的方式宣传”：分句里没有“以、用、通过、采取”，缺介词；“开展了……活动火热进行（圆满结束）”：
      一个分句两个谓语（“开展的……活动火热进行”不报）；
    - 两个主语：句首“××党支部（我校）在……领导下，我们（全体党员）……”，前一个主语没有谓语（“在……领导下，我们……”
      “××党支部在……领导下，认真……”不报）；“本次活动通过……的形式，党员……”换了主语（“……的形式，让党员……”不报）；
      “此次课程的圆满完成，在座的学员……”同“……的召开，大家……”，前半句悬空。
    - “对员工进行职业素养……进行持续培训”：一个分句里“对……进行”说了两次（“未进行巡察的单位进行回访”“对党建如何……进行……
      进行交流”里前一个“进行”在定语或宾语小句里，不报）；“对提高（推进……）……奠定了基础”：“奠定（打下）基础”用“为”；
      “意义（关键、目的）是在于”：“是”与“在于”杂糅；句首“在随着……”：“在……中”与“随着……”杂糅；
      “以“……”的“……”主题活动”：“以……为主题”缺“为”（“以……的方式开展主题党日活动”不报）；“通过……，就是要（就是为了）……”同“通过……，旨在……”。
    - 缺介词：“并制作板报、宣传单、视频等方式，向群众宣传”（分句里没有“通过、以、采取、运用”一类的词）→ 补“通过”；
      缺“除”：“……开展……集中培训外，从本月……”→ 除……外（“在……外”“此外、另外、以外、例外”不报）。
    - 目的与结果杂糅：“旨在（目的是、以期）激发了……”“为推动了……打下基础”→ 删去“了”（“旨在让党员了解……”
      “为社区治理营造了良好氛围”的“了”属于后面的动词，不报）；缺“为”：整句没有“为（对）”，“助力（构建、营造）……
      提供保障（贡献力量、奠定基础）”→ 为助力……提供保障（“建设基础设施、提供公共服务都离不开钱”“推进……并提供……”是几个动宾短语并列，不报）；“将（把）……深入人心（蔚然成风）”→ 使……深入人心
      （“理念将进一步深入人心”的“将”是“将要”，不报）；“所占的比例占到了……”；“得到了群众的纷纷点赞”；
      “更为广大群众起到了……作用”同“为……起到作用”（“更为有效地起到作用”的“更为”是副词，不报）；
      “在总结……经验（成果、做法）下”→ 在……的基础上；“按照（面临）……部署（形势）下召开”同“按照……要求下，”。
    - “通过以……为契机（载体、抓手）”：两个表方式的介词叠用，删去“通过”；“如果……未在家的用户，可……”：条件句和
      “……的用户可……”杂糅，删去“如果”（“如果有（是）……的用户，……”不报）；“引发（引起）事故发生”：
      “引发事故”与“导致事故发生”杂糅（“引起……的发生”“导致事故发生”不报）；“由“……”“……”三项活动，将……”：
      “由……”缺“组成”（“由……三项活动组成”不报）；“发挥（肯定）……在……的作用（优势、成效）”：“在……”缺方位词，
      改为“在……中的作用”（“在……中（上、方面、领域）的作用”“在不同领域发挥更大的作用”不报）；“召开……会议上的讲话”：
      “召开……会议”与“在……会议上”杂糅（“在……召开的……会议上”不报）；“在……会议重要讲话”缺“上的”（“在……全会重要讲话中”不报）；“在总结（回顾、听取）……指出”缺“时”（“在……时（中、后）指出”不报）；“以……契机”缺“为”（“以抓住……契机”的“以”表目的，不报）；
      “开展（营造）以……活动（氛围）”里的“以”没有“为”（“以……的形式开展……活动”“以案促改”不报）。
    - 一个框式的开头配上另一个框式的结尾（第十次会话，按框式要求的词认，不按句子列表）：不是“在”的介词
      （根据、按照、通过、经过、依靠、受、由于、随着、对于、关于、针对、基于……）却用“在……”才有的“……下（上、中）”
      收尾：经过全体干部的共同努力下、受持续降雨影响下、随着……的深入推进中、对于……问题上、基于……的基础上 →
      删去“下（上、中）”，或把介词改为“在”；“以……为统领下（为基础上）”“在……为基础上”：“以……为”与“在……下（上）”杂糅；
      “受到（得到）……所欢迎（认可）”：“受到……的欢迎”与“为……所欢迎”杂糅；“是与……分不开”缺“的”；“得益于（归功于、源于）……的结果（所致）”：
      “得益于……”与“是……的结果”杂糅；“是由于（因为）……的结果”（“是由于……引起的”常用，不报）；标题“关于……的请示报告”两个文种杂糅（“请示报告制度”不报）；标题“关于加强（推进、深化……）……的意见的通知”缺了“印发”，两个文种连在一起（“关于印发（落实）……的意见的通知”“关于……征求意见的通知”不报）；“为了……为目标（为目的）”：“为了……”与“以……为目标”杂糅。分句里“在”已开了框
      （在……关心下，经过……，）的不报后一个；介词前面已有别的动词的（贯穿于、落实到……工作中）、“深受……”、
      “派出所认可”的“所”不报。
    - 把字句、对字句与被字句杂糅（第十二次会话）：“把（将）收缴的款项被全部上缴”“对违规的3名党员被给予处分”“对……等各被罚款”
      “误把一批旧文件，被……运走”→ 删去“被”，或删去“把（对）”；只认“被”后面是处分、奖惩（对）或上缴、没收、提走一类
      （把、将）的动词，“对”后面是人；“对……被给予处分的情况进行通报”“对被给予处分的党员”“把被评为先进的经验推广开来”
      “将……纳入网格管理被评为示范点”“明年将有5名同志被评为……”不报。
    - “考试（检查、评比……）的结果，是……造成的”：结果无所谓好坏，不是“造成”的（“这样的结果是多种因素造成的”“结果是由……造成的”不报）；
      “是……的原因造成的”：“的原因”与“造成的”杂糅（“是历史（多方面）的原因造成的”不报）。
    - 第十九次会话（gram32a）：句首的“由于（因为）……的结果，……”同“是由于……的结果”杂糅，删去“的结果”；“由于取得（达到）了
      理想的结果，……”（结果是动词的宾语）和“由于考核的结果，……”不报。“关键是（原因是）与……分不开的”：“关键是……”与“是与……分不开的”杂糅；
      “之所以……，原因是……”同“之所以……的原因是”（“之所以……，是因为……”不报）。

    ## 为什么
    句式杂糅读起来“差不多通”，所以最容易漏过；审稿人会把两种说法拆开，只留一种。

    ## 修复说明
    只作建议：两种说法留哪一种要看上下文。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“句式杂糅”；吕叔湘、朱德熙《语法修辞讲话》；《咬文嚼字》公文病句分析。
    """

    code = "DJ443"
    name = "mixed-structure"
    fix = "sometimes"
    source = SOURCE_TEXTBOOK
    triggers = ("本着", "是由", "为由", "活动中", "工作中", "建设中", "行动中", "治理中", "实践中", "服务中", "事业中", "项目中",
                "条件下", "背景下", "形势下", "环境下", "为推动", "为促进", "为带动", "为推进", "为助推", "为助力", "为提升",
                "对在", "坚持以", "而成", "之手", "可想而知", "显而易见", "不言而喻", "以来", "年来", "月来", "分不开", "进行", "原因", "根源", "症结", "作祟", "起到", "起着", "起了", "上来", "关键在于", "为目的", "深受", "为主", "为原则", "之所以", "为题", "为中心",
                "为重点", "为核心", "为标准", "为依据", "为准则", "为出发点", "为落脚点", "为目标", "为导向", "为抓手", "为载体",
                "为契机", "为引领", "为统领", "为指导", "为根本", "为遵循", "为基础", "为依托", "为切入点", "为突破口", "为平台", "为阵地",
                "为纽带", "为主导", "为宗旨", "给予", "旨在", "意在", "目的", "宣传", "普及", "科普", "培训", "排查", "整治",
                "督导", "调研", "夯实", "通过以", "经过以", "得到", "受到", "获得", "为内容", "”主题", "》主题", "”专题", "》专题", "”题目", "》题目", "”主线", "》主线", "通过", "经过", "根据", "相比", "因为", "的召开", "的开展", "的举办", "的举行", "的实施", "的启动", "的一年", "由于", "的结果", "要求下", "原则下", "部署下", "安排下",
                "精神下", "规定下", "指示下", "上报到", "上报至", "报送到", "报送至", "吸收为", "发展为", "确定为", "评定为",
                "认定为", "列为", "转为", "为作为", "以从", "方面中", "落到实处", "落在实处", "分析对", "研究对", "检查对", "学习对", "讨论对", "部署对", "梳理对",
                "排查对", "督导对", "总结对", "整改对", "考核对", "做好", "抓好",
                "的方式", "的形式", "火热进行", "顺利进行", "如火如荼", "正式启动", "圆满结束", "圆满落幕",
                "落下帷幕", "正式开幕", "隆重举行", "顺利举行", "如期举行", "顺利召开", "隆重召开", "形式，", "方式，",
                "形式,", "方式,", "的圆满完成", "的圆满结束", "的顺利完成", "就是要", "就是为了", "等方式", "等形式", "等途径", "等手段", "外，", "外,", "奠定", "打下", "是在于", "在随着", "”的", "意在", "目的是", "目的在于", "以期", "力求", "提供", "作出", "做出", "贡献", "深入人心",
                "深入民心", "蔚然成风", "家喻户晓", "所占", "的纷纷", "更为", "经验下", "做法下", "成果下", "教训下", "成绩下",
                "成效下", "如果", "假如", "引发", "引起", "由“", "由《", "契机", "缘故", "发挥", "肯定", "召开", "重要讲话", "在总结", "在回顾", "在部署", "在谈到", "在讲到", "在听取", "在点评") + UNPAIRED_NEEDS + FRAME_PURPOSE + YIWEI_WORDS + _BLEND_TRIGGERS + _PASSIVE_TRIGGERS
    patterns = PATTERNS + _FRAME_VERBS_PATTERNS
