"""DJ443 句式杂糅 by the frame each word opens (session 10): a preposition that is not 在 closed by the
locative only 在 takes (根据……部署下, 通过……努力下, 受……影响下, 随着……开展中, 对于……问题上); 以……为
closed the same way (以……为统领下, 在……为基础上); 受到……所欢迎 (受到……的欢迎 run into 为……所欢迎);
得益于……的结果 (得益于…… run into 是……的结果); 为了……为目标 (为了…… run into 以……为目标).

Each shape is one frame's opening word with another frame's closing word: the closing word is
told by what it needs (在, 以, 为, 是), not by a list of sentences, so any noun the frames take is
seen.  MixedStructure reads these after its own patterns (a span an earlier pattern took is not
told again).
"""
from __future__ import annotations

from ...engine.kinds import compile_
from .base import Pattern

#: inside one clause (as in mixed.py); 在 only inside a word (存在、现在、所在、实在、正在……)
_C = r"[^，,。；;！？!?：:]"
#: the verbs that ask others for opinions (关于加强……征求意见、听取……的意见): the 意见 are theirs, no document
_ASKS_OPINIONS = ("征求", "听取", "征集", "收集", "汇总", "反馈", "提出", "报送")
_C_NO_ZAI = r"(?:[^，,。；;！？!?：:在]|(?<=[存现所正实内潜自外好])在)"

#: prepositions that open a phrase of their own (the means, the ground, the cause, the topic): none
#: of them is closed by 下 (领导下), 上 (基础上) or 中 (过程中), which close 在……; 受 not in a word
#: (接受、感受、享受、遭受……: 接受……监督 is a verb and its object; the test is a lookbehind after 受, so every
#: branch begins with a literal and the search jumps from one first character to the next: a lookbehind
#: before 受 had the alternation tried at every character)
_PREP = (r"(?P<p>按照|根据|依照|依据|遵照|遵循|本着|通过|经过|依托|借助|依靠|凭借|由于|随着|围绕|紧扣|聚焦|关于|对于|"
         r"基于|针对|立足于?|着眼于|面对|面临|秉持|秉承|受(?<![接感享承遭忍难蒙备身饱耐深]受)到?|得益于)")
#: the nouns that 在……下 / 在……上 / 在……中 close on, each with its locative
_UNDER = (r"领导|指导|带领|引领|指引|帮助|支持|关心|关怀|推动|带动|影响|作用|努力|组织|号召|倡导|协调|督促|监督|"
          r"感召|鼓舞|激励|驱动|主持|统筹|推进|保障|支撑|见证|陪同|配合|指挥|引导|部署|要求|安排|精神|原则|规定|指示|"
          r"条件|背景|形势|环境|情况|前提|框架|态势|氛围|压力|冲击")
_ON = r"基础|问题|层面|方面|高度|程度|意义上|角度|道路|征程|岗位"
_IN = (r"过程|实践|进程|开展|推进|落实|实施|发展|建设|斗争|探索|活动|工作|学习|行动|改革|治理|整治|教育|深化|完善|"
       r"转型|推行|普及|执行|整改|创建|攻坚|防控|融合")
_CLOSE = (r"(?:(?P<n>" + _UNDER + r")(?P<l>之下|下)|(?P<n2>" + _ON + r")(?P<l2>之上|上)|(?P<n3>" + _IN + r")(?P<l3>之中|中))")

#: the nouns 以……为 takes that 在……下（上）also closes on
_YI_NOUNS = r"基础|前提|指导|引领|统领|契机|核心|背景|依托|支撑|保障|抓手|载体|平台|导向|遵循|方向"

#: what 所 takes after 受到（得到）…… that 为……所 takes too
_SUO_VERBS = (r"欢迎|喜爱|喜欢|称赞|称道|赞扬|赞誉|认可|肯定|青睐|推崇|重视|关注|接受|熟知|信赖|信任|拥护|爱戴|敬仰|"
              r"尊敬|好评|点赞|支持|赞赏|称颂|传颂|效仿|借鉴")


def _drop_locative(m) -> str:
    """The match without its closing locative (根据……部署下 → 根据……部署)."""
    loc = m.group("l") or m.groupdict().get("l2") or m.groupdict().get("l3") or ""
    return m.group(0)[:len(m.group(0)) - len(loc)]


def _no_zai_or_yi_in_clause(text, m, ctx, p) -> bool:
    """在根据……的形势下 / 以……的基础上: a whole 在……下 frame, or 以……为 whose 为 is elsewhere (以
    通过……为前提下 is told by the 以……为 pattern); the preposition opens its own phrase, not a word
    (通过 as “pass”: 审议通过……的基础上 is 在's)."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    before = text[clause_start:m.start()]
    if "在" in before.replace("存在", "").replace("现在", "").replace("正在", "").replace("所在", "").replace("实在", ""):
        return False
    if len(before) > 12 or any(c in before for c in _VERB_BEFORE):
        return False  # 将……贯穿于关于……的工作中: the locative closes another verb's phrase (贯穿于……中)
    if _TAKES_LOCATIVE.search(m.group("x")):
        return False  # 根据……，落实到（融入）……工作中 within one clause: 到 takes the locative (深入 is an adverb)
    return True


#: characters that show a verb before the preposition whose phrase the locative may close
#: (贯穿于、落实到、融入、把……放在); 审议通过 is 通过 as “pass”
_VERB_BEFORE = "于到入进把将使让为审议表决"
#: a verb inside the phrase that the locative may close (落实到……中, 融入……中)
_TAKES_LOCATIVE = compile_(r"到|入(?<![深收]入)")


#: events whose 结果 is neither good nor bad (考试的结果)
_EVENTS = ("考试", "检查", "比赛", "选举", "调查", "评比", "测评", "考核", "竞赛", "评估", "验收", "测试", "投票", "抽查", "巡察", "督查")
#: the kind of a cause, not the cause (是历史的原因造成的, 是多方面的原因造成的)
_KINDS_OF_CAUSE = ("方面", "多种", "多重", "诸多", "种种", "历史", "客观", "主观", "主客观", "内外部", "复杂", "深层次", "等",
                   "各种", "自身", "外部", "内部", "个人", "技术", "天气", "自然", "资金", "政策", "体制", "机制", "这个", "这些",
                   "这种", "上述", "以上", "同样")


PATTERNS = (
    # 根据县委统一部署下, 通过全体党员的共同努力下, 受疫情影响下, 随着……的深入开展中, 对于……问题上
    Pattern(_PREP + r"(?P<x>" + _C_NO_ZAI + r"{1,40}?)的?" + _CLOSE + r"(?=[，,])",
            "句式杂糅：“{p}……{n}{n2}{n3}{l}{l2}{l3}”是“{p}……”与“在……{n}{n2}{n3}{l}{l2}{l3}”两种说法揉在一起；"
            "删去“{l}{l2}{l3}”，或把“{p}”改为“在”", _drop_locative,
            accept=_no_zai_or_yi_in_clause,
            needs=tuple(n + loc for n in _UNDER.split("|") for loc in ("下，", "下,"))
            + tuple(n + loc for n in _ON.split("|") for loc in ("上，", "上,"))
            + tuple(n + loc for n in _IN.split("|") for loc in ("中，", "中,"))),
    # 以党的政治建设为统领下: 以……为 closed by 在……'s locative
    Pattern(r"以(?<![所可予加难得足借用]以)(?![及上下来后前便外内免致至])"
            r"(?P<x>" + _C + r"{1,30}?)为(?<![作成认称因较极更最尤甚广视行]为)(?P<n>" + _YI_NOUNS + r")(?P<l>之下|之上|下|上|中)(?=[，,])",
            "句式杂糅：“以……为{n}”与“在……的{n}{l}”两种说法揉在一起；删去“{l}”（以……为{n}），"
            "或改为“在……的{n}{l}”", _drop_locative,
            needs=tuple("为" + n + loc for n in _YI_NOUNS.split("|") for loc in ("下", "上", "中"))),
    # 在巩固已有成果为基础上: 在……的基础上 with 以……为's 为
    Pattern(r"在(?<![存现所正实内潜自外好]在)(?P<x>" + _C + r"{1,30}?)为(?<![作成认称因较极更最尤甚广视行以]为)(?P<n>" + _YI_NOUNS + r")"
            r"(?P<l>之下|之上|下|上|中)(?=[，,])",
            "句式杂糅：“在……的{n}{l}”与“以……为{n}”两种说法揉在一起；把“为{n}”改为“的{n}”（在……的{n}{l}），"
            "或改为“以……为{n}”",
            needs=tuple("为" + n + loc for n in _YI_NOUNS.split("|") for loc in ("下", "上", "中"))),
    # 受到了广大群众所欢迎: 受到……的欢迎 and 为……所欢迎
    Pattern(r"(?<![接感享承遭忍难蒙备身饱耐深])(?P<v>受到|受|得到|赢得|获得)了?(?P<x>" + _C + r"{1,20}?)所(?<![出究务场易诊厕住处寓会哨儿待守挥业站]所)"
            r"(?P<w>" + _SUO_VERBS + r")",
            "句式杂糅：“{v}……的{w}”与“为……所{w}”两种说法揉在一起；改为“{v}……的{w}”，或“为……所{w}”",
            needs=tuple("所" + w for w in _SUO_VERBS.split("|"))),
    # 得益于全体干部职工共同努力的结果: 得益于…… and 是……的结果
    # (源于调查的结果: 结果 is what was found, the source of a conclusion; only a cause's 所致、造成的 there)
    Pattern(r"(?:(?P<v>得益于|归功于|归因于)(?P<x>" + _C + r"{1,40}?)(?P<w>的结果|所致|造成的|导致的|引起的)"
            r"|(?P<v2>源于|缘于)(?P<x2>" + _C + r"{1,40}?)(?P<w2>所致|造成的|导致的|引起的))(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}{v2}……”与“是……{w}{w2}”两种说法揉在一起；删去“{w}{w2}”，或改为“是……{w}{w2}”",
            needs=("得益于", "归功于", "归因于", "源于", "缘于")),
    # 是由于老伯伯精心管理的结果: 是由于…… (the cause) run into 是……的结果 (the effect's name); 是由于……引起的
    # (造成的、所致) is how doctors and officials alike explain a cause (ECSpell med: 18 correct answers) and stays silent
    Pattern(r"(?<=是)(?P<v>由于|因为)(?P<x>" + _C + r"{2,40}?)(?P<w>的结果)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“是{v}……”与“是……{w}”两种说法揉在一起；删去“{v}”（是……{w}），或删去“{w}”（是{v}……）",
            needs=("是由于", "是因为")),
    # 由于美西方自私的结果，世界……: the same blend opening its sentence without 是 (gram32a: 由于…… gives the cause,
    # ……的结果 names the effect; a clause of its own, 结果 closing it); 由于取得（达到）了理想的结果，…… has 结果 the
    # object of its own verb, and an event's 结果 (由于考核的结果，) is neither good nor bad: both stay silent
    Pattern(r"(?<![^，,。；;！？!?：:])(?P<v>由于|因为)(?P<x>(?:(?!取得|得到|获得|达到|产生|出现|公布|形成|造成|导致|预期|理想)"
            + _C + r"){2,30}?)(?P<w>的结果)(?=[，,])",
            "句式杂糅：“{v}……”与“……{w}”两种说法揉在一起；删去“{w}”（{v}……，……），或改为“……是……{w}”",
            accept=lambda text, m, ctx, p: not text[:m.start("w")].endswith(_EVENTS), needs=("由于", "因为")),
    # 这次考试的结果，是……所造成的: the effect named as 结果 and said to be caused (faults21; the same blend as
    # 原因是……造成的 from faults19, the other side of it); 是由……造成的 and 被……造成的 have their agent
    # (only an event's 结果, which is neither good nor bad: 这样的结果是多种因素造成的 names a bad outcome and stays silent)
    # (the search starts at 的结果 and the event before it is asked after: an alternation first was tried at every character)
    Pattern(r"(?P<k>的结果)[，,]?(?:主要|就|正|都|也)?是(?P<x>(?:(?!由|被)" + _C + r"){2,40}?)(?P<v>(?:所)?(?:造成|引起|导致)的)"
            r"(?=[，,。；;！？!?]|$)",
            "句式杂糅：“……结果是……”与“……是……{v}”杂糅，结果不是“造成”的；把“结果”改为说出什么结果的词（……失败、"
            "成绩不好是……{v}），或删去“{v}”",
            accept=lambda text, m, ctx, p: text[:m.start()].endswith(_EVENTS), needs=("的结果",)),
    # 是思想认识不到位的原因造成的: “是……造成的” with a cause already named (……的原因) as its subject; 是历史（多方面、
    # 主客观）的原因造成的 names the cause as a kind and stays silent
    Pattern(r"是(?<![不但还或于就只总倒硬要若凡]是)(?P<x>(?:(?!由|被)" + _C + r"){2,40}?)的原因(?P<v>(?:所)?(?:造成|引起|导致)的?|所致)"
            r"(?=[，,。；;！？!?]|$)",
            "句式杂糅：“是……的原因”与“是……{v}”杂糅；删去“的原因”（是……{v}），或删去“{v}”（是……的原因）",
            accept=lambda text, m, ctx, p: not m.group("x").endswith(_KINDS_OF_CAUSE),
            needs=("的原因",)),
    # 关于……的请示报告: two kinds of document in one title (请示 asks, 报告 tells: 《党政机关公文处理工作条例》
    # 第八条); 重大事项请示报告制度 and a 请示报告条例 are names without 关于……的 and stay silent
    Pattern(r"关于(?P<x>[^《》。；;！？!?]{2,60}?)的(?P<w>请示报告|报告请示)(?=》|$)",
            "公文文种杂糅：“{w}”把请示和报告两个文种混在一起；请求批示的用“请示”，汇报工作的用“报告”",
            needs=("请示报告", "报告请示"), titles=True),
    # 关于加强……的意见的通知: an 意见 sent out by a 通知, the verb that sends it left out (《党政机关公文处理工作条例》第八条:
    # a 通知 issues, forwards and 批转 documents — 关于印发……意见的通知).  Only a title's own start (a line's, or
    # after 《; the issuing office's name before 关于, no verb) and a topic verb an 意见 is named by (加强、推进……),
    # which cannot govern 意见 itself: 关于落实（印发、征求）……的意见的通知 has its verb and stays silent
    Pattern(r"(?:^|(?<=《))(?:(?!关于|印发|转发|批转|下发|落实|贯彻|执行|学习)[^《》〈〉，,。；;！？!?：:“”]){0,30}?关于(?:进一步|全面|切实)?(?:加强|推进|深化|加快|促进|改进|规范)"
            r"(?P<x>[^《》〈〉，,。；;！？!?：:“”]{2,50}?)的(?P<k>(?:实施|若干|指导)?意见)的通知(?=》|$)",
            "公文文种叠用：“……的{k}的通知”两个文种连在一起，缺了印发的动词；发文印发{k}的写“关于印发……{k}的通知”",
            accept=lambda text, m, ctx, p: not any(w in m.group("x") for w in _ASKS_OPINIONS),
            needs=("意见的通知",), titles=True),
    # 是与……分不开: 是……的 without its 的 (这与……是分不开的 / 与……分不开)
    Pattern(r"是(?<![不但还或于就只总倒硬要若凡]是)(?P<p>与|同|和|跟)(?P<x>" + _C + r"{2,40}?)分不开(?!的)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“是{p}……分不开”缺“的”，“是……的”不完整；改为“是{p}……分不开的”，或删去“是”",
            lambda m: m.group(0) + "的", needs=("分不开",)),
    # 为了提升服务质量为目标: 为了…… and 以……为目标
    Pattern(r"为(?<![因成作认称]为)了(?P<x>" + _C_NO_ZAI + r"{1,30}?)为(?P<w>目标|目的|宗旨|出发点|落脚点|己任)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“为了……”与“以……为{w}”两种说法揉在一起；删去“为{w}”，或改为“以……为{w}”",
            accept=lambda text, m, ctx, p: "以" not in m.group("x").replace("以及", "").replace("可以", "").replace("所以", "")
            .replace("予以", "").replace("加以", "").replace("难以", "").replace("得以", "").replace("足以", ""),
            needs=("为了",)),
    # 参加会议的有……等出席会议: a list of who came (参加会议的有A、B) and a sentence of them (A、B出席会议) in one
    # (blind18: a 宣传部 news item); the list must end the sentence with the verb again, so 参加会议的有……等 stays silent
    Pattern(r"(?P<a>参加|出席)(?P<w>会议|座谈会?|大会|活动|仪式|开幕式)的(?:人员|领导|同志|嘉宾)?有" + _C + r"{2,60}?"
            r"(?P<v>(?:出席|参加)了?(?:会议|座谈会?|大会|活动|仪式|开幕式))(?=[。；;！？!?]|$)",
            "句式杂糅：“{a}{w}的有……”与“……{v}”杂糅；删去句末的“{v}”，或删去开头的“{a}{w}的有”",
            needs=("会议的有", "座谈的有", "座谈会的有", "大会的有", "活动的有", "仪式的有", "开幕式的有", "人员有",
                   "领导有", "同志有", "嘉宾有")),
)


def _opens_sentence(text, m, ctx, p) -> bool:
    """The match begins its sentence (对于……, at a paragraph's start or after 。；！？)."""
    before = text[:m.start()].rstrip()
    return not before or before[-1] in "。；;！？!?"


def _no_is_before(text, m, ctx, p) -> bool:
    """值得……学习的榜样 with nothing that makes it the object of 是 (他是值得……学习的榜样 is right)."""
    clause = text[max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1:m.start()]
    return not any(w in clause for w in ("是", "为", "成", "作", "个", "位", "名", "树立", "当"))


#: gram27 (report sentences written blind): each one frame's opening with another's close, in one clause
PATTERNS_GRAM27 = (
    # 据统计表明: 据统计 and 统计表明 run together
    Pattern(r"据(?P<src>统计|调查|测算|分析|监测|抽查)(?P<v>表明|显示|证明)",
            "句式杂糅：“据{src}”与“{src}{v}”杂糅；删去“据”或“{v}”", lambda m: "据" + m.group("src"),
            needs=("据统计", "据调查", "据测算", "据分析", "据监测", "据抽查")),
    # 内容主要包括……三个部分组成: 包括…… and 由……组成 run together (not where 由 opens the parts)
    Pattern(r"包括(?P<x>" + _C + r"{2,50}?)(?P<v>组成|构成)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“包括……”与“由……{v}”杂糅；删去“{v}”，或把“包括”改为“由”（由……{v}）",
            accept=lambda text, m, ctx, p: "由" not in m.group("x"), needs=("包括",)),
    # 被评为全市先进基层党组织的荣誉称号: 被评为…… and 荣获……称号 run together
    Pattern(r"被评为(?P<x>" + _C + r"{2,30}?)(?P<n>(?:的)?(?:荣誉)?称号)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“被评为……”与“荣获……称号”杂糅；删去“{n}”，或把“被评为”改为“荣获（被授予）”", needs=("被评为",)),
    # 精神，值得我们学习的榜样: 值得……学习 and 是……学习的榜样 run together
    Pattern(r"值得(?P<x>" + _C + r"{0,20}?)(?:学习|借鉴|效仿|敬仰)的(?P<n>榜样|楷模|典范|标杆)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“值得……学习”与“是……学习的{n}”杂糅；删去“的{n}”，或改为“是……学习的{n}”",
            accept=_no_is_before, needs=("值得",)),
    # 下降了30%左右的幅度: 下降了30% and 下降的幅度为30% run together
    Pattern(r"(?P<v>下降|增长|增加|减少|上升|提高)了?[0-9０-９.．]+[%％](?:左右|以上)?的(?P<n>幅度)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}了……”与“……的{n}”杂糅；删去“的{n}”", needs=("的幅度",)),
    # 讨论的焦点集中在……的问题上展开了热烈讨论: 焦点集中在……上 and 在……上展开讨论 run together
    Pattern(r"集中在(?P<x>" + _C + r"{2,40}?)上(?P<v>展开|进行)了?",
            "句式杂糅：“……集中在……上”与“在……上{v}……”杂糅；在“上”后断开，删去后面的“{v}……”", needs=("集中在",)),
    # 由于受到……的制约，是导致……的主要原因: 由于……， and ……是……的原因 run together
    Pattern(r"由于(?P<x>[^。；;！？!?]{2,40}?)[，,]是(?:导致|造成|引起|产生)?" + _C + r"{0,30}?(?:主要|根本|重要|直接)?原因",
            "句式杂糅：“由于……，”与“……是……的原因”杂糅，“是”没有主语；删去“由于”，让后面的名词作主语", needs=("由于",)),
    # 对于……问题，要引起各级党组织的高度重视: 对于 takes away the subject of 引起
    Pattern(r"(?:对于|对)(?P<x>" + _C + r"{2,40}?)[，,](?:要|应|应当|必须|务必|需要)?(?P<v>引起)" + _C + r"{0,20}?重视",
            "句式杂糅：“对于……”与“……要{v}……重视”杂糅，“{v}”没有主语；删去“对于”，让“……”作主语",
            accept=_opens_sentence, needs=("引起",)),
)

#: the literal words a paragraph must hold for one of the patterns (the rule's prefilter)
TRIGGERS = tuple(sorted({w for pat in PATTERNS + PATTERNS_GRAM27 for w in pat.needs}))
