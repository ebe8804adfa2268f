"""DJ445 两面对一面: a two-sided subject (是否、能否、好坏) with a one-sided predicate (是……的保证),
or a one-sided subject (做好……) that 取决于 a two-sided condition (是否……)."""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import zh
from .script import ReadsTraditional, reading
from .text import clauses, sentences

#: the words that make a phrase two-sided
#: (gram16: 坚持不坚持、落实不落实……: a verb said both ways, as 好不好)
TWO_SIDED = compile_(r"是否|能否|能不能|可否|会不会|是不是|有没有|好不好|好坏|优劣|高低|成败|得失|与否|强弱|"
                     r"(?P<a>坚持|落实|重视|过硬|到位|扎实|严格|认真|合格)不(?P=a)")
#: a clause that opens like this does not hold the subject (把是否……作为标准, 无论是否……)
_NOT_SUBJECT = compile_(zh.BLANK + r"*(?:" + zh.NUMERAL + r"+是)?(?:把|将|对|以|无论|不论|不管|看|要看|关键看|就看|取决于|决定于|"
                        r"在于|按|按照|根据|从|就|围绕|针对|检验|衡量|判断|考察|评价|关于|要|应|必须|需要|由|为|视|凡)")
#: the one-sided predicate: 是……的保证/前提/基础/条件/任务/体现/标志/立身之本/根本, at the end of its clause
_ONE_SIDED = compile_(zh.BLANK + r"*(?:也|都|就|正|才|乃|则|更|均|同样|无疑)*是(?P<np>[^，,。；;！？!?：:]{0,30}?)"
                      r"(?P<head>保证|保障|前提|基础|条件|先决条件|根本任务|重要任务|任务|体现|标志|动力|源泉|基本要求|内在要求|必然要求|"
                      r"[立为兴]?[身政业]?之本|根本|根基|生命线)(?:之一)?" + zh.BLANK + r"*$")
#: a one-sided predicate whose own noun phrase holds the two sides: 加强……，是党能否……的重要保证 (一条重要途径:
#: a way leads to one side only)
_ONE_SIDED_OF_TWO = compile_(zh.BLANK + r"*(?:也|都|就|正|才|乃|则|更|均|同样|无疑)*是(?P<np>[^，,。；;！？!?：:]{0,20}?)"
                             r"(?P<two>能否|是否|能不能|可否)[^，,。；;！？!?：:]{1,30}?的(?:一[条个项种])?(?:根本|重要|基本|必要|有力|坚强|先决|前提|有效)?"
                             r"(?P<head>保证|保障|前提|基础|条件|途径|路径|办法|措施|手段|举措)(?:之一)?" + zh.BLANK + r"*$")
#: the other one-sided predicate: （对……）具有（起到）重要（积极）……作用（意义）, at the end of its clause
_HAS_ONE_SIDED = compile_(zh.BLANK + r"*(?:对于?[^，,。；;！？!?：:]{1,30}?)?(?:也|都|就|同样|无疑)*(?:具有|具备|有着|起到|起着|发挥着?)"
                          r"(?P<np>[^，,。；;！？!?：:]{0,12}?)(?P<head>作用|意义)" + zh.BLANK + r"*$")
#: words that make such a predicate two-sided (决定性作用, 关键作用, 影响)
_TWO_SIDED_NP = compile_(r"决定|关键|影响|双重|两面")
#: a clause that only says to what (对于推进……建设，具有……作用): it stands between subject and predicate
_TO_WHAT = compile_(zh.BLANK + r"*对于?")
#: where the predicate 是 may stand in a clause (not 是否、是不是、但是、就是说、还是)
_IS = compile_(r"(?<![但还或于就只总倒硬要若凡])(?:也|都|就|正|才|更|同样|无疑)*(?=是(?!否|不是|非))")
#: a clause that ends like this opens the sentence that holds the subject (干部认识到，交通是否方便，是……)
_SAYING = compile_(r"(?:意义上说|角度说|来说|来看|看来|认识到|意识到|认为|看到|表明|说明|指出|强调|深知|明白|懂得|感到|体会到|证明|实践证明|事实证明)" + zh.BLANK + r"*$")
#: a clause that opens on the two-sided word is the subject whatever the clause before it says (三是网格员流动性大，
#: 能否留住网格员，是……的重要保障)
_OPENS_TWO = compile_(zh.BLANK + r"*(?:能否|是否|能不能|可否)")
#: unless that clause leads into it (问题在于，能否……; 关键看，是否……; 就是，能否……)
_LEADS_IN = compile_(r"(?:在于|取决于|决定于|关系到|看|即|就是|是|关键|问题)" + zh.BLANK + r"*$")
#: a clause that is a predicate of its own (是……、也是……)
_PREDICATE = compile_(zh.BLANK + r"*(?:也|都|就|正|才|更|同样)*是(?!否|不是)")
#: the other direction: 做好……，取决于（决定于）是否……
_ONE_SIDED_SUBJECT = compile_(zh.BLANK + r"*(?:要|要想|想要)?(?:做好|搞好|抓好|办好|干好|实现|完成|确保|落实好|提高|提升|增强|加强|推进|推动)")
_DEPENDS = compile_(zh.BLANK + r"*(?:关键|主要|很大程度上|在很大程度上)?(?P<verb>取决于|决定于|在于|是)[^，,。；;！？!?：:]{0,12}?"
                    r"(?P<two>是否|能否|能不能|好坏|优劣|高低)")

#: the two-sided measure: 是衡量（判断、检验、评价）……好坏（优劣、成败）的……标准（尺度、依据）, at the end of its clause
_MEASURE = compile_(zh.BLANK + r"*(?:也|都|就|正|才|更|同样|无疑)*是(?P<v>衡量|判断|检验|评价|评判|考量)[^，,。；;！？!?：:]{0,20}?"
                    r"(?P<two>好坏|优劣|成败|高低|得失|强弱)的[^，,。；;！？!?：:]{0,8}?(?:标准|尺度|依据|准绳|标尺)(?:之一)?" + zh.BLANK + r"*$")
#: a subject that says only the good side: it ends in a praising adjective (观点正确、论据充分)
_ONE_GOOD = compile_(r"(?:正确|充分|完整|良好|优秀|突出|到位|廉洁|扎实|过硬|显著|合理|规范|严谨|准确|清晰|鲜明|得力|有力|有效|出色|优良|翔实|详实|严密|周密|坚定|齐全|清楚|分明|通顺|得当|恰当|满意)"
                     + zh.BLANK + r"*$")
#: A不A (满意不满意) or a degree (满意度、多少) makes a subject two-sided too
_A_NOT_A = compile_(r"(\p{Han}{1,2})不\1|度|多少|大小|如何|怎样|程度|情况")

#: what a two-sided subject turns on, said as a one-sided effort or virtue (能否取得好成绩，关键在于刻苦用功;
#: 胜败关键是队员们的齐心协力): only the good side, where the subject has two
_TURNS_ON = compile_(zh.BLANK + r"*(?:其|而|这)?(?:关键|主要|很大程度上|在很大程度上|根本)?(?P<verb>在于|取决于|决定于|关键是|关键在于)"
                     r"(?P<o>[^，,。；;！？!?：:]{2,24}?)" + zh.BLANK + r"*$")
_GOOD_EFFORT = compile_(r"刻苦|努力|用功|虚心|勤奋|勤勉|齐心协力|同心协力|团结一致|众志成城|专心|踏实|肯干|坚持不懈|持之以恒|"
                        r"认真负责|积极主动|正确|廉洁|过硬|扎实|精心|积极参与|大力支持|密切配合|通力合作|通力协作")
#: a subject with two sides: TWO_SIDED's words and 胜败、输赢; a verb or adjective said both ways (搞得好不好, gram32a)
_TWO_SIDED_SUBJECT = compile_(r"是否|能否|能不能|可否|会不会|有没有|好坏|优劣|高低|成败|胜败|输赢|得失|"
                              r"(?P<a>好|行|对|够|强|硬|实|严|坚持|落实|重视|过硬|到位|扎实|严格|认真|合格)不(?P=a)")
#: what a two-sided subject turns on, said as what someone can or must do (gram32a, from gram27's 能否……，关键在于……
#: 要加强……; 搞得好不好，关键在于班子能够以身作则): a modal of one side only, where 能否、是否 would give both;
#: not 主要、重要、需要、要求 (关键在于主要领导: a noun)
_ONE_MODAL = compile_(r"能够|必须|务必|应当|应该|(?<![主重需纪摘提简首紧只想还总])要(?![求素点件害领务闻是不])")


class OneSideTwoSides(ReadsTraditional, Rule):
    """语病：两面对一面（是否……，是……的保证；做好……，取决于是否……）

    ## 检查内容
    - 主语里有“是否、能否、能不能、好坏、优劣、高低、成败、与否”（或“坚持不坚持、落实不落实、过硬不过硬”这样正反并说的词），谓语却是一面的“是……的保证（前提、
      基础、条件、任务、体现、标志、立身之本、根本）”：干部是否廉洁，是事业成功的重要保证 → 干部廉洁，是事业成功的重要保证；
    - 主语里有“能否、是否……”，谓语是一面的“（对……）具有（起到）重要……作用（意义）”；“决定性作用”“关键作用”含两面，不报；
    - 主语是一面的“做好（搞好、实现、完成）……”，谓语却“取决于（决定于）是否……”；
    - 主语里有“能否、是否、胜败、成败”，后面“关键在于（取决于、关键是）”的却只是一面的努力或品质：能否取得好成绩，
      关键在于刻苦用功 → 关键在于是否刻苦用功；这场比赛的胜败关键是队员们的齐心协力（“成败关键在人”“关键在于坚持……”不报）；
    - 主语只说好的一面（观点正确、材料翔实），谓语却是两面的“是衡量（判断、检验）……好坏（优劣、成败）的标准”；
      主语是“满意不满意”“满意度”“工作实绩”这样两面都有的不报。
    - 第十次会话：主语是一面的“加强（坚持……）……”，谓语“是……能否（是否）……的保证（前提、基础、条件）”两面对一面；
      “提高（加强、推进……）……，关键在于（在于、关键是）是否……”同“做好……，取决于是否……”；“是否……”开头的主语
      不再当成谓语“是……”（是否坚持……，是……的前提）；“是……的基本要求（内在要求）”也只有一面。
      “关键看是否……”两面对两面，不报；“群众满意，是衡量……好坏的标准”的“满意”只说了好的一面。
    - 第十一次会话：这种“是……能否……的保证”也可以在几个分句之后（抓好……，夯实……，也是能否……的一条重要途径），
      “途径（路径、办法、措施、手段、举措）”同“保证”一样只对一面。
    - 第十二次会话：谓语本身含两面的（是衡量党员是否合格的标志、是班子能否形成合力的保证）对两面的主语，不报。
    - 第十三次会话：主语分句以“能否、是否”开头、前面是另一句独立的陈述的（三是网格员流动性大，能否留住网格员，是……的
      重要保障），同样按主语核对；前一分句引出它的（问题在于，能否……）不算。
    - blind18：一面的努力也包括“精心（组织）”“积极参与”“密切配合”“通力合作”（能否取得实效，关键在于支部精心的组织和
      党员的积极参与）；“关键在于是否精心组织”“关键在于各方能否通力合作”两面对两面，不报。
    - 第十九次会话（gram32a）：“在于”后面是做事的人“能够（要、必须、应当）……”，也只有一面（搞得好不好，关键在于班子能够
      以身作则；能否……，关键在于干部要……），主语也可以在“我们认为，”之后；“好不好”“行不行”这样正反并说的也算两面；
      “关键在于能否……”“关键在于主要领导”“关键在于要……”（没有说谁）不报。
    两面对两面的不报：“是否……，关系到……”“能否……，取决于是否……”“能否……，是……的关键”
    （关键、标准、试金石都含两面）；“是否”不在主语里的不报（“把是否……作为评判工作优劣的标准”）。

    ## 为什么
    “是否”说的是两种情况，只有“廉洁”才是保证，“不廉洁”不是；前后两面、一面对不上，是审稿人常改的语病。

    ## 修复说明
    只作建议：删去“是否（能否）”，或把谓语改成两面的（关系到、取决于、是……的关键）。

    ## 依据
    吕叔湘、朱德熙《语法修辞讲话》（两面对一面）；黄伯荣、廖序东《现代汉语》病句类型“搭配不当”。
    """

    code = "DJ445"
    name = "one-side-two-sides"
    severity = "warning"
    fix = "never"
    source = "吕叔湘、朱德熙《语法修辞讲话》；黄伯荣、廖序东《现代汉语》（搭配不当：两面对一面）"
    prefilter_words = ("是否", "能否", "能不能", "可否", "会不会", "是不是", "有没有", "好不好", "好坏", "优劣", "高低", "成败",
                       "得失", "与否", "强弱", "取决于", "决定于", "胜败", "输赢", "坚持不坚持", "落实不落实", "重视不重视",
                       "过硬不过硬", "到位不到位", "扎实不扎实", "严格不严格", "认真不认真", "合格不合格")  # 衡量……好坏 holds 好坏

    def check_paragraph(self, p, ctx):
        text, _converted = reading(p, ctx)
        for s, e in sentences(text):
            cl = clauses(text, s, e)
            if not cl:
                continue
            found = (self._two_then_one(text, cl) or self._one_then_two(text, cl) or self._in_one_clause(text, cl[0])
                     or self._good_then_measure(text, cl) or self._two_turns_on_good(text, cl))
            if found:
                yield Finding(p, *found)

    @staticmethod
    def _two_then_one(text, cl):
        """The clauses before the predicate hold a two-sided word (all of them, or those after a
        clause of saying: 干部认识到，交通是否方便，是……); the predicate is one-sided."""
        for i in range(1, len(cl)):
            m = _ONE_SIDED.match(text, *cl[i])
            has = False
            if m and TWO_SIDED.search(m.group("np")):
                continue  # 有没有……，是衡量党员是否合格的标志: the predicate has two sides too (as in _in_one_clause)
            if not m:
                m = _HAS_ONE_SIDED.match(text, *cl[i])
                if not m or _TWO_SIDED_NP.search(m.group("np")):
                    continue
                has = True
            j = i
            while j > 0 and _PREDICATE.match(text, *cl[j - 1]):
                j -= 1  # 能否……，是关系到……的大事，也是……的根本任务: the subject is before both
            while has and j > 1 and _TO_WHAT.match(text, *cl[j - 1]) and not TWO_SIDED.search(text, *cl[j - 1]):
                j -= 1  # 能否……，对于……，具有……作用
            i = j
            while j > 0 and TWO_SIDED.search(text, *cl[j - 1]):
                j -= 1
            subject = cl[j:i]
            opened = j == 0 or text[cl[j][0] - 1] in "：:" or _SAYING.search(text, *cl[j - 1]) \
                or (_OPENS_TWO.match(text, *cl[j]) and not _LEADS_IN.search(text, *cl[j - 1]))
            if subject and opened and not _NOT_SUBJECT.match(text, *subject[0]):
                two = TWO_SIDED.search(text, *subject[0]).group(0)
                pred = ("……" if has else "是……") + m.group("head")
                return (subject[0][0], m.end(), f"两面对一面：主语“{two}”说的是两面，谓语“{pred}”只有一面；"
                                                 f"删去“{two}”一类词，或把谓语改为“关系到”“是……的关键”")
            return None
        return None

    @staticmethod
    def _in_one_clause(text, clause):
        """服务质量的优劣是……的重要体现: subject and one-sided predicate in the sentence's first clause."""
        a, b = clause
        if _NOT_SUBJECT.match(text, a, b):
            return None
        two = TWO_SIDED.search(text, a, b)
        if two is None:
            return None
        for m in _IS.finditer(text, two.end(), b):
            one = _ONE_SIDED.match(text, m.start(), b)
            if one and not TWO_SIDED.search(one.group("np")):
                return (a, one.end(), f"两面对一面：主语“{two.group(0)}”说的是两面，谓语“是……{one.group('head')}”只有一面；"
                                      f"删去“{two.group(0)}”一类词，或把谓语改为“关系到”“是……的关键”")
        return None

    @staticmethod
    def _good_then_measure(text, cl):
        """观点正确、论据充分，是衡量文章好坏的标准: only the good side before a two-sided measure."""
        for i in range(1, len(cl)):
            m = _MEASURE.match(text, *cl[i])
            if not m:
                continue
            a, b = cl[0][0], cl[i - 1][1]
            if (i == 1 and not _NOT_SUBJECT.match(text, a, b) and _ONE_GOOD.search(text, a, b)
                    and not TWO_SIDED.search(text, a, b) and not _A_NOT_A.search(text, a, b)):
                two = m.group("two")
                return (a, m.end(), f"一面对两面：主语只说了好的一面，谓语“{m.group('v')}……{two}”有两面；"
                                    f"把主语改为两面（是否……），或把“{two}”改为一面")
            return None
        return None

    @staticmethod
    def _two_turns_on_good(text, cl):
        """能否取得好成绩，关键在于刻苦用功 / 胜败关键是队员们的齐心协力: a two-sided subject in the first
        clause (or the first after a clause of saying) turns on (在于、取决于、关键是) a one-sided effort or virtue, or on
        what someone can or must do (班子能够……、干部要……: _ONE_MODAL after the doer), in the same clause or the next."""
        if len(cl) > 2 and _SAYING.search(text, *cl[0]):
            cl = cl[1:]  # 我们认为，能否……，关键在于……: the subject opens the clause after the saying
        a, b = cl[0]
        if _NOT_SUBJECT.match(text, a, b):
            return None
        two = _TWO_SIDED_SUBJECT.search(text, a, b)
        if two is None:
            return None
        for c, d in ((two.end(), b), cl[1] if len(cl) > 1 else (b, b)):
            for at in range(c, d):
                m = _TURNS_ON.match(text, at, d)
                if m is None:
                    continue
                o = m.group("o")
                if ((_GOOD_EFFORT.search(o) or _ONE_MODAL.search(o, 2)) and not _TWO_SIDED_SUBJECT.search(o)
                        and not TWO_SIDED.search(o) and not _A_NOT_A.search(o)):
                    w = two.group(0)
                    v = m.group("verb")
                    return (a, m.end(), f"两面对一面：主语“{w}”说的是两面，“{v}”后面只说了一面；"
                                        f"把后面改为两面（{v}是否……），或删去“{w}”")
                break
        return None

    @staticmethod
    def _one_then_two(text, cl):
        if len(cl) < 2:
            return None
        (a, b), (c, d) = cl[0], cl[1]
        found = _one_sided_of_two(text, cl)
        if found:
            return found
        m = _DEPENDS.match(text, c, d)
        if m and _ONE_SIDED_SUBJECT.match(text, a, b) and not TWO_SIDED.search(text, a, b):
            verb, two = m.group("verb"), m.group("two")
            return (a, d, f"一面对两面：主语“{text[a:b].strip()[:10]}……”只有一面，谓语“{verb}{two}……”有两面；"
                          f"删去“{two}”，或把主语改为两面（能否……）")
        return None


def _one_sided_of_two(text, cl):
    """加强……，是能否……的保证: the subject in the clauses before (one or several: 抓好……，夯实……，也是能否……的
    一条重要途径), none of them two-sided nor a predicate of its own."""
    a, b = cl[0]
    if _NOT_SUBJECT.match(text, a, b):
        return None
    for i in range(1, len(cl)):
        s, e = cl[i - 1]
        if TWO_SIDED.search(text, s, e) or _PREDICATE.match(text, s, e):
            return None
        m = _ONE_SIDED_OF_TWO.match(text, *cl[i])
        if m:
            two, head = m.group("two"), m.group("head")
            return (a, cl[i][1], f"一面对两面：主语“{text[a:b].strip()[:10]}……”只有一面，“{two}……”有两面，而“{head}”只对一面；"
                                 f"删去“{two}”（是……的{head}），或把谓语改为“是……的关键”“关系到……”")
    return None
