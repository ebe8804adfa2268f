"""DJ443 句式杂糅, its frames run together (a module of its own so that mixed.py stays short): 对……进行……进行,
对……奠定基础, 意义是在于, 在随着, a means or 除……外 without its word, 以“……”的……主题; round 8: a purpose told
with a result's 了, a 为 phrase's goal without 为, 将……深入人心, 所占的比例占, 的纷纷, 更为……起到作用, 在……经验下,
通过以……为契机, 如果……的用户，, 引发事故发生, 由“……”三项活动 without 组成.  MixedStructure reads
these patterns after its own (mixed.PATTERNS)."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import zh
from .base import Pattern

#: inside one sentence (no sentence mark) / inside one clause (as in mixed.py)
_S = r"[^。；;！？!?]"
_C = r"[^，,。；;！？!?：:]"

#: the words that make a clause's “……等方式” a means it names (通过、以、采取……) or a thing it shapes (探索、创新……)
_MEANS_WORD = compile_(r"通过|以|采取|采用|运用|利用|借助|依托|用|结合|探索|创新|拓展|丰富|综合|灵活|多种|坚持|按照|依照|围绕|针对|经过|借|凭|"
                       r"开辟|搭建|构建|拓宽|改进|优化|完善|规范|推广|鼓励|支持|引导|倡导")


#: the verbs of a goal (为推动、为促进……): after 为 they name what the purpose is, never a result
_GOAL_VERBS = ("推动|促进|提高|提升|加强|增强|推进|激发|营造|打造|构建|落实|深化|巩固|实现|保障|确保|助力|丰富|培养|弘扬|传承|"
               "普及|强化|激励|引导|带动|调动|拉近|树立|凝聚")

def _clause_before(text: str, i: int) -> int:
    """Where the clause before the one starting at ``i`` starts, within its sentence (通过讲故事、唱歌，为福利院
    打扫卫生等形式: 通过 is there, one comma back, where a 、 was meant)."""
    if i == 0 or text[i - 1] not in "，,":
        return i
    j = i - 1
    while j > 0 and text[j - 1] not in "，,。；;：:！？!?":
        j -= 1
    return j


#: the means words that head a run of short clauses written with commas where 、 was meant (通过查阅资料，走访……，
#: 召开座谈会等形式): only these carry the frame over more than one comma
_MEANS_HEAD = compile_(r"通过|采取|采用|运用|利用|借助|依托")
#: how many clauses, each at most how long, the run may hold before the ……等形式 clause
_RUN_CLAUSES, _RUN_CLAUSE_LEN = 3, 20


def _means_in_run(text: str, i: int) -> bool:
    """Whether a clause of the short run before ``i`` (the clause before the ……等形式 one and up to two more, each of
    at most 20 characters, within the sentence) holds 通过 (采取、借助……) that governs the whole run."""
    for _ in range(_RUN_CLAUSES):
        j = _clause_before(text, i)
        if j == i or i - 1 - j > _RUN_CLAUSE_LEN:
            return False
        if _MEANS_HEAD.search(text, j, i - 1):
            return True
        i = j
    return False


def _means_missing(text, m, ctx, p) -> bool:
    """……等方式 with no means word in its clause or the one before it, nor 通过 (采取……) at the head of a short run
    of clauses before it."""
    return (_MEANS_WORD.search(text, _clause_before(text, m.start()), m.end()) is None
            and not _means_in_run(text, m.start()))


#: what joins two verb phrases: a 提供（奠定、作出）right after one of them opens a conjunct of its own
#: (建设基础设施、提供公共服务都离不开钱 is a list of two things done, the subject of 离不开), not the 为 frame
_JOINED = ("、", "和", "及", "与", "并", "并且", "同时")


def _no_wei_before(text, m, ctx, p) -> bool:
    """助力……提供保障 where nothing before it in its sentence is a 为 or 对 (为……，助力……提供保障 is one
    为 phrase of two members), within 80 characters of the sentence's start; and the 提供 does not open
    a conjunct of a list of verb phrases (推进……、提供……)."""
    start = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?") + 1
    return m.start() - start <= 80 and not any(c in text[start:m.start()] for c in "为对") and not text[:m.start("w")].endswith(_JOINED)


#: what the 为 + goal verb + 了 pattern needs (为推动、为进一步……): the rule's triggers hold them too
FRAME_PURPOSE = tuple("为" + v for v in _GOAL_VERBS.split("|")) + ("为进一步", "为更好", "为不断", "为切实", "为全面", "为持续",
                                                                 "为有效", "为更加", "为大力")


FRAMES = (
    # 对员工进行职业素养……进行持续培训: 对……进行 said twice in one clause (未进行巡察的: a modifier, not the frame)
    # (对党建如何……进行价值创造进行交流: the first 进行 is the verb of an embedded question, 对's object)
    Pattern(r"对(?<![针面相绝反应核比校]对)(?![照接标象待口付])(?P<x>" + _C + r"{1,30}?)进(?<![未没不已所曾经]进)行了?"
            r"[^，,。；;！？!?：:对并再后又]{2,50}?(?P<second>进行)",
            "句式杂糅：一个分句里“对……进行”说了两次；删去一个“进行”（对……进行……，或对……的……进行……）", span="second",
            accept=lambda text, m, ctx, p: not any(w in m.group("x") for w in ("如何", "怎样", "怎么", "是否", "能否", "哪些", "为什么", "为何")),
            needs=("进行",)),
    # 对提高……奠定了基础: 奠定（打下）基础 takes 为, 对 is 起到作用's preposition
    Pattern(r"(?P<p>对(?<![针面相绝反应核比校党]对)于?)(?:今后|下一步|后续|进一步|全面|深入|持续)?(?:提高|提升|推进|推动|促进|加强|做好|"
            r"实现|开展|建设|打造|完成|开创|巩固|深化|加快|落实|增强|构建|助力|服务|全面)" + _S + r"{1,60}?(?<![为為])"
            r"(?P<v>奠定|打下)了?" + _C + r"{0,12}?基础",
            "句式杂糅：“{p}……{v}……基础”，“{v}基础”用“为”；把“{p}”改为“为”（为……{v}了基础），或改为“对……起到……作用”",
            accept=lambda text, m, ctx, p: not any(w in m.group(0) for w in ("为", "為", "进行", "予以", "作出", "做出")),
            needs=("奠定", "打下")),
    # 重要意义是在于: 意义是…… and 意义在于…… run together
    Pattern(r"(?P<n>意义|关键|目的|原因|根源|重点|核心|症结|要害|根本|实质|本质|价值|秘诀|差距)(?:主要|就|正|恰恰|也)?(?P<w>是在于)",
            "句式杂糅：“{n}是……”与“{n}在于……”杂糅，删去“是”", span="w", needs=("是在于",)),
    # 在随着城市化进程的加速，……: 在……下 and 随着…… run together
    Pattern(r"(?:^|(?<=[，,。；;！？!?\s]))(?P<w>在)随着", "句式杂糅：“在……中（下）”与“随着……”杂糅，删去“在”", span="w",
            needs=("在随着",)),
    # 并制作板报、宣传单、视频等方式，向群众宣传: a means without its preposition (通过、以、采取……), as ……的方式宣传
    Pattern(r"(?:^|(?<=[，,。；;：:！？!?]))(?P<c>[^，,。；;：:！？!?]{0,40}?等(?P<n>方式|形式|途径|手段))(?=[，,])",
            "句式杂糅：“……等{n}”缺介词，和“通过（采取）……等{n}”揉在一起；在前面补上“通过（以、采取）”",
            accept=_means_missing, needs=("等方式", "等形式", "等途径", "等手段")),
    # 中心分局已经对……开展……集中培训外，从本月……: 除……外 without 除 (在……外 “besides” is accepted; so are words and
    # idioms that end in 外: 此外、格外、意料之外、置之度外、置身事外、喜出望外、五十开外、不要见外、编外; a numeral before 外
    # (建大理石矿一外, published111: a slip for 一处, where 补“除” would be wrong advice)
    Pattern(r"(?:^|(?<=[。；;！？!?]))(?P<s>[^。；;！？!?在除]{4,80}?)(?<![此另以额国海境课户室野内中意格分之区县市省场门窗楼域城线外例对向校园郊村屋院厂站塞体号局份涉出度望开见编" + zh.NUMERAL_CHARS + "两])"
            r"(?<!置身事)(?<!超然物)(?<!逍遥法)(?P<w>外)(?=[，,])",
            "成分残缺：“……外，”前面缺“除”，改为“除……外，”", span="w", needs=("外，", "外,")),
    # 以“……”的“……”主题宣传活动: 以……为主题 without 为
    Pattern(r"以(?P<q>“[^”]{1,40}”)的(?:“[^”]{1,30}”)?主题", "句式杂糅：“以……”后面缺“为”，和“……的主题”揉在一起；改为“以……为主题的……”",
            needs=("”的",), also=("以“",)),
    # 此次活动旨在激发了……: a purpose (旨在、目的是) told with the 了 of a result
    Pattern(r"(?P<w>旨在|意在|目的是|目的在于|以期|力求)" + _C + r"{0,14}?(?<![为除到])(?P<le>了)(?![解然如不却结])",
            "句式杂糅：“{w}……”说的是目的，“……了”说的是已有的结果；删去“了”，或删去“{w}”（……了……）", span="le",
            needs=("旨在", "意在", "目的是", "目的在于", "以期", "力求")),
    # 为推动了……打下了基础: 为 + a verb of a goal, then the 了 of a result
    Pattern(r"为(?<![因成作认视称行更较极最尤广以分选评改]为)了?(?:进一步|更好地|不断|切实|全面|持续|有效|更加|大力)*"
            r"(?P<v>" + _GOAL_VERBS + r")(?P<le>了)(?!解)",
            "句式杂糅：“为{v}……”说的是目的，“{v}了”说的是结果；删去“{v}”后的“了”", span="le",
            needs=FRAME_PURPOSE),
    # 助力……建设提供保障、营造……环境贡献力量: what the 为 phrase names, with no 为 (the sentence has none before it)
    Pattern(r"(?<=[，,：:、\s。；;！？!?]|^|关于|继续|积极|全力|奋力|努力|持续|着力|不断|切实|广泛|主动|更好地|进一步|全面)"
            r"(?P<v>营造|构建|助力|打造|推进|推动|促进|实现|提升|建设)"
            r"[^，,。；;！？!?：:为对在中]{2,40}?(?P<w>(?:奠定|打下)了?[^的，,。]{0,8}基础|提供了?[^，,。]{0,15}?"
            r"(?:保障|支撑|支持|保证|服务|环境)|(?<![工的])(?:作出|做出|贡献)了?[^的，,。]{0,8}?(?:贡献|力量))",
            "句式杂糅：“{v}……”后面直接接“{w}”，缺介词“为”；改为“为{v}……{w}”", accept=_no_wei_before,
            needs=("奠定", "打下", "提供", "作出", "做出", "贡献")),
    # 将安全生产理念深入人心: 深入人心 (蔚然成风、家喻户晓) takes no object, so no 将 (把) either: 使……深入人心
    Pattern(r"(?P<b>将(?<![即必终也并还又]将)|把)(?!会|要|进一步|更|逐步|不断|全面|有效|切实|持续|陆续|在|于|能|可|被|继续|与|和|同|以|从|"
            r"向|对|为|其|真正|日益|越来越|必)(?P<x>" + _C + r"{2,30}?)(?P<w>深入人心|深入民心|蔚然成风|家喻户晓)",
            "句式杂糅：“{b}……”与“使……{w}”杂糅，“{w}”不带宾语；把“{b}”改为“使”（使……{w}）",
            needs=("深入人心", "深入民心", "蔚然成风", "家喻户晓")),
    # ……所占的比例占到了85%: 所占的比例为…… and ……占到了…… run together, 占 said twice
    Pattern(r"所占的?(?P<n>比例|比重)(?:达到|达|为)?占", "句式杂糅：“所占的{n}为……”与“……占到……”杂糅，“占”说了两遍；"
            "删去“所占的{n}”（……占到……），或改为“所占的{n}为……”", needs=("所占",)),
    # 得到了群众的纷纷点赞: 纷纷 is an adverb (群众纷纷点赞), it modifies no noun after 的
    Pattern(r"的(?P<w>纷纷)(?![扬攘繁])", "句式杂糅：“……的好评”与“……纷纷称赞”杂糅，副词“纷纷”不能放在“的”后面；删去“纷纷”，"
            "或改为“……纷纷……”（群众纷纷点赞）", span="w", needs=("的纷纷",)),
    # 更为广大居民起到了示范作用: 更 + the 为 of 为……起到……作用 (更为有效地起到作用: 更为 is an adverb, not this)
    Pattern(r"更(?P<w>为)(?!有效|充分|积极|重要|突出|明显|显著|关键|广泛|深入|直接|主动|全面|有力|突出|良好|显著|切实|深远|深刻|普遍)"
            r"(?P<x>[^，,。；;！？!?：:地得]{2,30}?)起(?:到|着|了)" + _C + r"{0,15}?作用",
            "句式杂糅：“为……起到……作用”，改为“对……起到……作用”或“为……发挥……作用”", span="w",
            needs=("更为",)),
    # 在总结……经验下: 在……下 holds a condition (指导、领导、帮助、形势), not 经验 or 成果: 在……的基础上
    Pattern(r"在(?P<x>" + _C + r"{2,30}?)(?P<n>经验|做法|成果|教训|成绩|成效)下(?=[，,。])",
            "句式杂糅：“在……下”里是条件（在……指导下），“{n}”放不进去；改为“在……{n}的基础上”",
            needs=("经验下", "做法下", "成果下", "教训下", "成绩下", "成效下")),
    # 通过以雷锋精神为契机: 通过…… and 以……为契机 are two means for one adverbial (以……为主的方式: 主 is no frame noun)
    Pattern(r"(?P<p>通过|经过)以(?![上下及来后前往便免致至外内])" + _C + r"{1,25}?为(?P<n>契机|载体|抓手|平台|依托|切入点|突破口|"
            r"引领|主线|重点|核心|纽带|目标|导向|手段|途径)",
            "句式杂糅：“{p}……”与“以……为{n}”杂糅，介词叠用；删去“{p}”（以……为{n}）", needs=("通过以", "经过以")),
    # 如果……未在家的用户，可……: a condition (如果……，可……) run into a subject (……的用户可……)
    Pattern(r"(?P<c>如果|假如)(?P<x>[^，,。；;！？!?：:是有]{2,30}?)的(?P<n>用户|居民|群众|人员|同志|单位|党员|企业|学生|职工|考生|"
            r"市民|村民|家庭)(?=[，,])",
            "句式杂糅：“{c}……，……”与“……的{n}……”杂糅；删去“{c}”（……的{n}，可……），或改为“{c}……，……”",
            needs=("如果", "假如")),
    # 引发事故发生: 引发事故 and 导致事故发生 run together (引发 is 引起发生; 引起……的发生 names the event, stays)
    Pattern(r"(?P<v>引发|引起)(?P<x>[^，,。；;！？!?：:的]{1,8}?)(?P<second>发生)",
            "句式杂糅：“{v}{x}”与“导致{x}发生”杂糅；删去“发生”，或把“{v}”改为“导致”", span="second",
            needs=("引发", "引起")),
    # 发挥了科协组织在服务大局的积极作用: 在 opens a frame its 方位词 closes (在……中的作用, 在……方面的优势); here
    # nothing closes it before 的 (在……领域、在……上、在……过程 end in their own word); 在 heading a word (在职党员,
    # 在岗职工, 在编人员, 在册党员, 在任干部, 在线平台, 在读学生) is no preposition (在职工群众、在岗位上、在任务中 are)
    Pattern(r"(?P<v>发挥|肯定)(?:了|出|好)?[^，,。；;！？!?：:在]{0,12}?(?P<z>在(?!职(?!工)|岗(?!位)|编(?![制写辑撰])|册|任(?![务何])|线(?![路索])|读(?!书))(?P<x>[^，,。；;！？!?：:、在“”中上里下内]{2,14}?))"
            r"(?<![中上里面域下内外间前后时处节段点期])的(?:积极|重要|独特|示范|带动|引领|关键|核心|主体|显著|先锋模范|战斗堡垒|"
            r"桥梁纽带|政治)?(?P<n>作用|优势|成效)",
            "成分残缺：“在{x}”后面缺方位词，和“{x}的{n}”揉在一起；改为“在{x}中的{n}”（或“在{x}方面的{n}”），或删去“在”",
            span="z", needs=("发挥", "肯定")),
    # 在北京召开中央党的群团工作会议上的重要讲话: 召开……会议 (a verb and its object) and 在……会议上 run together; the
    # meeting the speech was given at is 召开的……会议 (召开的 before the name stays silent)
    Pattern(r"(?P<w>召开)(?!的|了)(?P<x>[^，,。；;！？!?：:、会]{2,30}?(?:会|会议))上的",
            "句式杂糅：“召开{x}”与“在{x}上”揉在一起；改为“召开的{x}上”（在……召开的……会议上），或删去“召开”",
            span="w", needs=("召开",)),
    # 在中央人大工作会议重要讲话精神: 在……会议 left without its 上的 (在……会议上的重要讲话); 在……全会重要讲话中 closes the
    # frame with 中 (the speech of the meeting), and stays
    Pattern(r"在(?P<x>[^，,。；;！？!?：:、在“”]{2,30}?(?:会议|大会|座谈会|会))(?P<w>重要讲话)(?![中里])(?!精神[中里])",
            "成分残缺：“在{x}{w}”缺“上的”，改为“在{x}上的{w}”", span="w",
            needs=("重要讲话",)),
    # 在总结全院2022年工作指出: 在 + a verb phrase left open before the verb of saying (在总结……时指出, 在……讲话中强调);
    # a 方位词 followed by another preposition closed the frame before it (在总结讲话中向……表示感谢: 向 opens the next
    # adverbial, dev-prec451 09)
    Pattern(r"(?<![存现实正所])(?P<z>在(?:总结|回顾|部署|谈到|讲到|听取|点评)"
            r"(?:(?![时中上里后](?:向|对|为|给|就|从|把|同|与|和|跟))[^，,。；;！？!?：:、]){2,20}?)(?<![时中上里后前])"
            r"(?P<w>指出|强调|表示|要求)",
            "成分残缺：“{z}”缺“时（中、后）”，介词“在”没有收尾；改为“{z}时{w}”", span="z",
            needs=("在总结", "在回顾", "在部署", "在谈到", "在讲到", "在听取", "在点评")),
    # 本次活动由“……”“……”三项活动，将……: 由 names the parts, its verb (组成、构成) is missing before the comma
    Pattern(r"由(?:“[^”]{1,20}”|《[^》]{1,20}》)(?:[、，,]?(?:“[^”]{1,20}”|《[^》]{1,20}》))+等?[" + zh.NUMERAL_CHARS + r"两0-9]+(?:项|个|大)"
            r"(?P<n>活动|内容|部分|环节|板块|模块|专题|篇章)(?=[，,。；;])",
            "成分残缺：“由……{n}”缺动词，和后面的分句揉在一起；在“{n}”后补上“组成（构成）”", needs=("由“", "由《")),
)
