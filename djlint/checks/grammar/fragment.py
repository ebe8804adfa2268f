"""DJ449 缺少主干: an adverbial (为……的目的, 通过……的方式) cut off by a full stop, so the sentence
has no subject and no predicate of its own; the main clause it was written for follows it.

为进一步加强党员教育管理，增强支部凝聚力。11月5日，支部组织开展了主题党日活动。 — the first
sentence is only a purpose; the full stop belongs after 活动, the comma after 凝聚力.
Looked at sentence by sentence (。！？), after a label (一是、（一）、1.).
"""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import zh
from .missing import AIM_WORDS, HEAD_ENDS, PP_WORDS, missing_parts
from .purpose import DATE_LEAD, ends_paragraph, purposes_only
from .purpose import MAIN as _MAIN
from .script import ReadsTraditional, reading, scan_hits
from .subject import _LABEL
from .text import CLAUSE_MARKS

_CLAUSE_SPLIT = compile_("[" + CLAUSE_MARKS + "]")


def split_clauses(s: str) -> list[str]:
    return _CLAUSE_SPLIT.split(s)


def opening_sentences(text: str):
    """(start, end) of each sentence (_SENTENCE's) that holds 为, 通过 or 经过 and ends at 。！？!?, in order:
    each found from a word, its start the last end before it and its end the next (speed33: the paragraph's
    sentences were all listed, and a sentence without one of the words, most of them, then skipped)."""
    last = -1
    for m in _OPENING_WORD.finditer(text):
        w = m.start()
        if w < last:
            continue  # in the sentence just given
        n = _SENTENCE_END.search(text, w)
        if n is None:
            return  # the rest of the paragraph has no sentence end: no later word's sentence ends in one
        u = _UP_TO_SENTENCE_END.match(text, 0, w)
        last = n.end()
        yield (u.end() if u else 0), last

_SENTENCE = compile_(r"[^。！？!?]+[。！？!?]?")
#: a sentence's end, and everything up to the last one before an offset (greedy, then back to the mark)
_SENTENCE_END = compile_(r"[。！？!?]")
_UP_TO_SENTENCE_END = compile_(r"(?s).*[。！？!?]")
#: an opening adverbial: 为(了) with a purpose (not 为民造福, 为主, 为此), 通过/经过 with a means
_OPENING = compile_(r"(?P<prep>为了|为(?![主人此何民止由例准期之其我你他她它啥什])|通过|经过)(?=[\u4e00-\u9fff“])")
#: where _OPENING may match: its words
_OPENING_WORD = compile_("为|通过|经过")
_DAY = r"[0-9０-９" + zh.NUMERAL_CHARS + r"]+月[0-9０-９" + zh.NUMERAL_CHARS + r"]+日"
#: the sentence after it opens with when (a date, 近日、日前、当天、上午) in its first clause: the
#: main clause the purpose was written for
_NEXT_OPENS_WITH_WHEN = compile_(r"[^，,。；;！？!?]{0,25}?(?:" + _DAY + r"|近日|日前|近期|当天|当日|上午|下午|晚上"
                                 r"|[0-9０-９]{4}年[0-9０-９" + zh.NUMERAL_CHARS + r"]+月)")

#: a clause that states a purpose: an aim verb first (after adverbs): 进一步加强……, 丰富……, 让党员……
_AIM = compile_(r"\s*(?:进一步|更加|深入|持续|切实|全面|认真|扎实|更好地?|积极|不断|大力|着力|有效|充分|努力|真正|始终|"
                r"坚定不移地?|全力|加快|集中)*"
                r"(?:加强|提升|提高|增强|推动|推进|深化|巩固|营造|激发|促进|弘扬|传承|丰富|引导|筑牢|树立|树牢|强化|夯实|压实|"
                r"健全|完善|规范|贯彻|落实|学习|迎接|庆祝|纪念|缅怀|帮助|确保|保障|满足|展示|展现|彰显|加快|打造|构建|凝聚|"
                r"做好|发挥|提振|激励|检验|掀起|坚定|践行|宣传|普及|加深|增进|拓宽|培养|锤炼|助力|厚植|涵养|引领|破解|"
                r"化解|防范|推广|活跃|密切|拉近|增添|让|使|教育|倡导|引领|创建|创新|探索|聚焦|围绕|结合|传达|领会|落细|落地|"
                r"实现|提档|补齐|扩大|拓展|优化|改善|严把|把好|把牢|守牢|守住|严守|严格|维护|充实|培育|预防|发扬|体现|抓好|改进|保持)")


#: an occasion before the purpose (在春节来临之际，为了……。): a time, not a subject or a predicate
_OCCASION = compile_(r"(?:在|值此|正值|时值|恰逢)[^，,。；;！？!?：:]{1,20}?(?:之际|前夕|期间)[，,]")

#: a predicate that does something for the 为 phrase, ending the sentence (为……出谋献策、为……提供保障)
_SERVES = compile_(r"(?:出谋献策|出谋划策|建言献策|献计献策|贡献力量|作出贡献|作贡献|添砖加瓦|保驾护航|鼓劲|加油助力|"
                   r"奠定(?:坚实)?基础|打下(?:坚实)?基础|创造条件|提供[^，,。]{0,12}(?:保障|支撑|服务|支持|帮助|保证))$")


#: a clause that opens with who does it, named by post (项目负责人梁东方5+2驻点施工现场, 各支部书记要……; a few characters of
#: unit or project first): a subject, so the sentence has its main clause (dev-prec446 37)
_WHO = compile_(r"\s*[\u4e00-\u9fff]{0,6}?(?:负责人|书记|主任|经理|董事长|局长|处长|科长|所长|站长|队长|组长|部长|院长|校长|"
                r"行长|厂长|主席|总监|总工程师|班长|工长|段长)")


def _names_who(text: str, s: int, e: int) -> bool:
    """A clause after the first of ``text[s:e]`` opens with who does it (_WHO), not with an aim verb."""
    return any(_WHO.match(x) and not _AIM.match(x) for x in split_clauses(text[s:e])[1:])


#: a 通过/经过 sentence that ends where its means ends (通过开展“三亮三比”活动。, 通过走访、座谈等方式。):
#: nothing is done with the means.  A sentence that goes on past the means (一是通过政府网站公开信息。
#: 通过门户网站主动公开政府信息80余条。) has its predicate, its subject left out as 公文 items do
_MEANS_END = compile_(r"(?:活动|学习|培训|教育|会议|座谈会?|研讨|宣讲|讲座|检查|督查|督导|调研|走访|整治|整改|实践|锻炼|"
                      r"努力|工作|措施|举措|方式|形式|途径|渠道|手段|平台|载体|办法|机制|制度|行动|工程|项目)”?$")


#: a clause that opens with a unit as its subject (辽宁省博物馆党委与回民社区党组织结对共建开展活动; 县委组织部组织……): who does
#: what the purposes are for, the main clause itself
_UNIT_SUBJECT = compile_(r"\s*[^，,。；;！？!?：:]{0,16}?(?:党委|党组|党工委|党支部|党总支|支部|委员会|政府|办事处|组织部|宣传部|局|院|馆|校|"
                         r"中心|公司|协会|学会|社区|居委会|村委会|街道|党组织)(?:与|和|同|联合|会同|共同|积极|认真|精心|深入|在|于|先后|"
                         r"组织|开展|举办|召开|结对|联合)")


def _subject_last(text: str, s: int, e: int) -> bool:
    """Whether the last of two or more clauses opens with a unit as its subject, not with an aim verb: the
    sentence has its main clause (为深入开展……活动，……，辽宁省博物馆党委与回民社区党组织结对共建开展活动。, dev-prec445)."""
    parts = [x for x in split_clauses(text[s:e]) if x.strip()]
    return len(parts) >= 2 and not _AIM.match(parts[-1]) and _UNIT_SUBJECT.match(parts[-1]) is not None


class MissingMainClause(ReadsTraditional, Rule):
    """语病：缺少主干（“为……”“通过……”后面用了句号，句子只有状语）

    ## 检查内容
    句子以“为（为了）”“通过”“经过”开头，句号前只有目的或方式状语，没有主语、谓语：
    - 只有一个分句的“为了……。”“通过……活动（等方式）。”：状语被句号切断了（“一是通过政府网站公开信息。”
      方式后面有谓语，主语按公文习惯省去，不报）；
    - “为……，……。”各分句都是目的（句中没有“了”、日期、“特制定”“现将”“我们”一类主干才有的成分），
      而下一句开头就是时间（11月5日、近日、当天上午），或者各分句都以“加强、丰富、增强……”开头、下一句说已经
      做了的事（……了）：主干被句号隔到了下一句。
    句首的时机（在春节来临之际，值此……之际，）和日期（6月5日，今年9月20日是全民国防教育日，）不算主干，后面照样检查；
    整段只有“为……，……，……。”三个以上的目的（各分句都以“提高、确保、维护……”开头），段落到此结束，也报
    （“为……，夯实……基础。”两个分句可能是目的和要做的事，不报）。“了解”的“了”、“中国特色”的“特”、
    “成立100周年”的“成立”不算主干。
    “为高标准建设……，制定本方案。”“为……，市政府决定……。”“为早日……，项目负责人某某驻点施工现场……。”（分句以职务开头，
    说出了谁来做）“为……，某某党委与……结对共建开展活动。”（最后一个分句以单位作主语开头）有主干，不报；“为民造福是……”的“为”是动词，不报。
    第十一次会话，别的必要成分残缺：“研究（讨论、提出……）了关于……。”到句末没有“的……”（缺宾语中心语；以中心语收尾的“关于召开……会议有关事项”“……相关事宜”“……实施方案”不报）；
    “享有……的……同等的……”缺“与”；公文标题“×××党委表彰……的决定”发文机关和事由之间缺“关于”
    （“转发、印发、批转”的标题不用“关于”，不报）。
    第十二次会话，列举结尾缺中心语或谓语：“是一支政治过硬、作风优良、敢打硬仗。”（每项三个字以上，到句末没有“的……”）、
    “已成为拥有……，现有……。”缺“的……（企业、单位）”；“……功能齐全、布局合理等特点。”句中没有“具有、呈现、体现”一类动词；
    “进一步提高了全体党员的。”“的”后面缺中心语（“这份荣誉是属于全体党员的”不报）；“正在……为建设（实现）……。”缺“而奋斗（努力）”；
    “认真贯彻落实党中央关于全面从严治党。”“关于”的短语到句末没有中心语（“……关于……的决策部署”“关于加强……工作意见”不报）。
    第十五次会话：整句只有一个介词短语：“根据（按照）……要求（部署、安排）。”“随着……的完善（落实、推进）。”“对于……问题。”
    （短语最后一个“的”或书名号后面有动词的，如“根据实际情况制定工作计划。”“对于存在的问题要及时整改。”，不报）。

    ## 为什么
    目的状语、方式状语不能单独成句；把逗号写成句号，读者找不到“为……”要做的事，审稿人会当作成分残缺退回。

    ## 修复说明
    只作建议：多半是把句号改为逗号，同后面的句子连成一句；也可以给这句补出主语和谓语。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“成分残缺（缺谓语、缺主干）”；GB/T 15834-2011 4.1（句号用于句子末尾）。
    """

    code = "DJ449"
    name = "missing-main-clause"
    severity = "warning"
    fix = "never"
    source = "黄伯荣、廖序东《现代汉语》（成分残缺）；GB/T 15834-2011 4.1"
    #: 为 searched by itself (a literal the search jumps to), 通过 and 经过 read off the engine's literal scan (keys
    #: of it already): the alternation of the three was tried at every character
    prefilter = (compile_("为"), compile_("通过|经过"), compile_("根据|按照|依照|依据|随着|对于"), compile_("关于|同等|相同|的(?:通知|通报|决定|意见|批复|请示|报告|函)"),
                 compile_("是一[所支个家座名位]|成为(?:拥有|具有|具备)|等(?:优点|特点|优势|特色|长处|好处)|(?:党员|干部|群众|大家|同志们|"
                          "职工|学生|师生|居民|员工|青年|人民|队伍)的[。；;！？!?]|(?:正|都|仍|一直|始终)在[^，,。；;！？!?：:]{0,10}?为"),
                 compile_(HEAD_ENDS))

    @staticmethod
    def _all_aims(text: str, s: int, e: int) -> bool:
        """Every clause after the first (为 + its first aim) opens with an aim verb: 为加强……，丰富……，
        增强……。 has no clause that does what the purposes are for."""
        parts = [x for x in split_clauses(text[s:e]) if x.strip()]
        return len(parts) >= 2 and all(_AIM.match(x) for x in parts[1:])

    def literal_keys(self, registry):
        """The words missing_parts reads off the engine's scan (PP_WORDS, AIM_WORDS)."""
        return PP_WORDS + AIM_WORDS

    def check_paragraph(self, p, ctx):
        text, converted = reading(p, ctx)
        for s, e, message in missing_parts(text, scan_hits(p, ctx, converted)):
            yield Finding(p, s, e, message)
        for s, e in opening_sentences(text):
            lab = _LABEL.match(text, s, e)
            start = lab.end() if lab else s
            occasion = _OCCASION.match(text, start, e) or DATE_LEAD.match(text, start, e)
            m = _OPENING.match(text, occasion.end() if occasion else start, e)
            if not m or _MAIN.search(text, m.end(), e - 1) or _names_who(text, m.end(), e - 1):
                continue
            body = text[m.end():e - 1]
            prep = m.group("prep")
            nxt = _SENTENCE.search(text, e)
            ns, ne = nxt.span() if nxt is not None else (e, e)
            if not any(c in body for c in "，,；;：:"):
                if len(body) < 6 or (prep in ("为", "为了") and (not _AIM.match(body) or _SERVES.search(body))) or (
                        prep in ("通过", "经过") and not _MEANS_END.search(body)):
                    continue  # 为提高……实效出谋献策。: 为 is "for", the sentence ends in its own predicate
                yield Finding(p, start, e, f"缺少主干：“{prep}……”只是状语，不能单独成句；把句号改为逗号，同后面的句子连成一句")
            elif prep in ("为", "为了") and not _subject_last(text, m.end(), e - 1) and (
                    _NEXT_OPENS_WITH_WHEN.match(text, ns, ne) or (self._all_aims(text, m.end(), e - 1) and "了" in text[ns:ne])):
                yield Finding(p, start, e, f"缺少主干：“{prep}……”说的都是目的，句号前没有主语和谓语，主干在下一句；"
                                           f"把句号改为逗号，同后面的句子连成一句")
            elif prep in ("为", "为了") and ends_paragraph(text, e) and purposes_only(text, m.end(), e - 1, self._all_aims):
                yield Finding(p, start, e, f"缺少主干：这一段只有“{prep}……”的目的，没有主语和谓语；补出做这件事的单位和做法"
                                           f"（为……，某某开展了……），或同下一段连成一句")
