"""DJ444 缺主语: a sentence that opens with 通过/经过/由于/随着/在……下 and goes on with 使/让.

The prepositional phrase swallows the subject: in 通过这次活动，使党员受到了教育 nobody 使.
Looked at sentence by sentence (a sentence ends at 。！？；), after a label (一是、（一）、1.).
"""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import rx, zh
from ..hanzi import simplified
from .events import WATCHED
from .text import SENTENCE_MARKS, quoted_speech, words

_LABEL = compile_(zh.BLANK + r"*(?:" + zh.NUMERAL + r"+是[，,]?|第" + zh.NUMERAL + r"+[，,、]|（[" + zh.NUMERAL_CHARS + r"0-9]+）"
                  r"|" + zh.NUMERAL + r"+、|[0-9]+[.．、]|(?:同时|此外|另外|其次|首先|最后|然后)[，,])*" + zh.BLANK + r"*")
#: what may stand before a sentence's own opening without being its subject: an opening quote
#: mark, a scene (活动中，会上，), who spoke (马书记谈到，): 活动中，（在活动中，）通过……，使…… has no subject either
_LEAD = compile_(r"(?P<quote>[“‘「『\"])|(?P<scene>(?:在(?:此次|本次|这次)?(?=[活会培学仪座讲演课比]))?(?:活动|会议|会|培训|学习|仪式|座谈|讲座|演练|课堂|比赛|此次活动|本次活动)?"
                 r"(?:中|上|期间|现场)[，,]|[^，,。；;！？!?：:“”]{1,8}?结束后[，,]|(?:会上|会议上|活动中)(?=(?:通过|经过)(?!了)))"
                 r"|(?P<speaker>[^，,。；;！？!?：:“”]{1,20}?(?:谈到|表示|指出|强调|认为|坦言|说道|感慨道|提到)[，,：:]“?)"
                 # a connective is no subject either: 特别是通过……，使自己……; 但由于……，使……
                 r"|(?P<conj>(?:但是|但|而|可是|然而|特别是|尤其是)[，,]?(?=通过|经过|由于|随着|在))"
                 # a time is no subject either: 2026年1—6月，在……领导下，使……; 一年来，通过……，使…… (由于 after a time
                 # is left to the mid-sentence check, whose message offers both fixes)
                 r"|(?P<time>(?:(?:19|20)[0-9]{2}年度?(?:[0-9]{1,2}(?:[-—～至到][0-9]{1,2})?月份?|上半年|下半年|以来)?|一年来"
                 r"|今年以来|近年来|上半年|下半年)[，,](?=通过|经过|随着|在)"
                 # nor the rule followed (按照县委统一部署，今年以来，通过……，使……; 对照党章党规，通过……，使我……)
                 r"|(?P<basis>(?:按照|根据|依照|对照|遵照)[^，,。；;！？!?：:“”]{1,20}?[，,]"
                 r"(?:(?:今年以来|近年来|一年来|(?:19|20)[0-9]{2}年(?:以来)?)[，,])?(?=通过|经过|随着)))")
#: the opening prepositional phrase up to its comma (在/当/从 only when it closes as such a phrase does)
_OPENING = compile_(
    r"(?P<prep>通过|经过|由于|随着|加上|作为|经(?=多方|反复|认真|上级|组织|研究|集体|党委|党组|支部|全体|广大|大家|各方|共同|一段|"
    r"一年|两年|几年|多年|数月|长期))[^，,。；;！？!?：:]{1,40}?(?=[，,])"
    r"|(?P<prep2>在|当|从|自(?=开展|实施|启动|推行|成立|建立|组建|担任|任职|去年|今年|上任|入党|参加|[12][0-9]{3}))"
    r"[^，,。；;！？!?：:]{1,40}?(?:下|中|时|后|里|之下|之中|期间|以来|基础上)(?=[，,])"
    r"|(?P<prep3>当)[^，,。；;！？!?：:]{1,30}?(?=[，,])"
    # gram32a: a basis, a target or a purpose opening the sentence swallows the subject as well (针对……问题，使……;
    # 根据上级要求，使……; 以……为契机，使……); only with 使 (_BASIS_CAUSE): 聚焦……，让群众…… is a headline's call
    r"|(?P<prep4>针对|根据|按照|依照|依据|遵照|对照|围绕|聚焦|借助|为了|本着|基于)[^，,。；;！？!?：:]{1,40}?(?=[，,])"
    r"|(?P<prep5>以)[^，,。；;！？!?：:]{1,30}?为(?:契机|抓手|载体|引领|动力|主线|重点|突破口|切入点|平台|依托|导向)(?=[，,])")
#: the causatives a basis or a purpose (prep4, prep5 of _OPENING) is told with: not 让、令 (聚焦……，让……更有获得感)
_BASIS_CAUSE = frozenset(("使", "使得", "致使"))
#: a second opening phrase after the first one's comma (在……指导下，在……帮助下，使……)
_NEXT_OPENING = compile_(r"[，,](?:(?:在|经过|通过)[^，,。；;！？!?：:]{1,40}?(?:下|中|里|之下|之中|期间)"
                         r"|(?:并|又|再|同时|还|以及)(?:通过|经过)[^，,。；;！？!?：:]{1,40}?)(?=[，,])")
#: what may stand between the comma and 使/让 in the clause that follows (才使、从而使、进一步让)
_CAUSE = compile_(r"[，,](?:才|就|又|也|还|都|更|便|从而|进而|因而|进一步|大大|极大地?|有效地?|切实|不断|逐步|充分|真正|终于|不仅|不但|既)*"
                  r"(?P<v>使得|致使|促使|导致|使|让|令)")
#: the same inside a sentence, after a clause with its own subject: 但 turns to another cause whose
#: 使 has none (……原本可以种植，但由于……干预，使计划泡汤); 在……下，使我…… after a clause of 我 (我来到这里
#: ……，在……帮助下，使我……: 我 cannot 使 我)
_MID_BECAUSE = compile_(r"[，,](?:(?:但是|但|可是|然而)(?P<prep>由于|通过|经过)|(?P<because>由于))[^，,。；;！？!?：:]{1,40}?[，,]"
                        r"(?:才|也|又|从而|进而)?(?P<v>使得|使|让|令)")
_MID_UNDER = compile_(r"[，,](?:在[^，,。；;！？!?：:在]{1,30}?下[，,])+(?:才|也|又|从而|进而)?(?P<v>使得|使|让|令)(?P<who>我们|我(?!们)|自己)(?!的)")
#: 通过/经过 + a clause with its own predicate (通过线上渠道及时响应诉求，让……): the subject is
#: only left out, as reports do; the fault is a phrase that ends where 使 begins
_PREDICATE = compile_(r"及时|积极|主动|有效|切实|不断|进一步|全面|深入|认真|大力|着力|广泛|充分|持续|迅速|先后|累计|已经|均已"
                      r"|实现|完成|提升|提高|增强|推动|确保|做到")


def _has_predicate(text: str, s: int, e: int) -> bool:
    """A word of _PREDICATE in text[s:e] that is not an attribute after 的 (通过……的深入了解 is a noun phrase)."""
    return any(text[m.start() - 1:m.start()] != "的" for m in _PREDICATE.finditer(text, s, e))


#: the writer after 使/让 (使我认识到、让自己): not the unit whose subject a report leaves out
_SELF = compile_(r"(?:我(?!们|国|省|市|区|县|镇|乡|村|局|厅|委|院|校|司|部|处|科|所|站|行|社|公司|单位|支部|党)|自己)")


#: 通过/经过 + 使/让 inside the first clause, no comma (通过开展活动使党员受到教育); not the 使 of a
#: word (使命 in a quoted campaign name: the clause's own 使 comes after the comma)
_INLINE = compile_(r"(?P<prep>通过|经过)[^，,。；;！？!?：:]{2,30}?(?P<v>使得|使(?![命用者馆])|让(?![步利渡]))")
#: 在……下使…… with no comma (在党委的领导下使各项工作……): the same phrase as 在……下，使……, its comma left out (session 12)
_INLINE_UNDER = compile_(r"在[^，,。；;！？!?：:在]{1,30}?(?:领导|指导|帮助|支持|推动|努力|关心|带领|关怀|督促|引领)下(?P<v>使得|使(?![命用者馆]))")
#: 通过/经过 an event someone took part in (此次活动, 这次学习, 开展主题党日活动, 开展……劝阻, 举办……):
#: the event, not the one who ran it, did what the next clause says; a method (通过建立责任制, 通过实施工程) is not one
_EVENT_NOUN = (r".*(?:活动|学习|培训|讲座|宣讲|参观|比赛|竞赛|党日|观影|研讨|交流|调研|走访|演练|考察|党课|讲解|"
               r"展览|仪式|座谈|课程|分享|体验|研学|重温|观看|聆听|教育|宣传|慰问|义诊|演出|展演|征文|评选|比武|观摩|"
               r"志愿服务|(?<![社机协学工员体领理都省议国年峰])会)$")
_EVENT_OBJECT = compile_(r"(?:此次|这次|本次|该次|这一|此项|这些|以上|上述|一系列|系列|这样的|这种|此)"
                         r"|(?:开展|举办|组织|举行|召开|参加|参与)|" + _EVENT_NOUN)
#: an event phrase that ends in its noun (no comma after it tells where it ends: 通过这次活动党员们提高了…… has a subject)
_ENDS_IN_EVENT = compile_(_EVENT_NOUN)
#: what an event does to the people in it (提高了、激发了、受到了……)
_EFFECT_VERBS = (r"继承|宣传|吸引|提高|提升|增强|加深|深化|激发|坚定|强化|增进|促进|推动|拉近|丰富|拓宽|开阔|营造|凝聚|锤炼|筑牢|树牢|"
                 r"激励|鼓舞|感受到|认识到|体会到|领悟到|了解到|明白|懂得|学到|收获|受到|得到|达到|取得|收到|形成|"
                 r"展示|展现|彰显|培养|锻炼|检验|夯实|加强|唤起|点燃|厚植|涵养|弘扬|传承|增长|提振|振奋|净化|启发|引起|掀起|树立|了解|理解|掌握|领会|认识|感受|体会|"
                 r"明确|熟悉|把握|端正|发现|发掘|挖掘|选拔|发挥|引导|教育|带动|帮助|普及|传递|密切|融洽|激活|赢得|拓展|"
                 r"提醒|警醒|警示|督促|鞭策|感染|温暖|搭建|改善|体现|调动|奠定|打下|注入|提供|创造|送去|送上|带来|解决")
#: the clause after it opens with what the event did to people, done (了), and no subject before it:
#: 通过此次活动，进一步增强了党员的宗旨意识
_ADVERBS = (r"(?P<adv>(?:进一步|更加|更|有效地?|大力|切实|不断|充分地?|大大|极大地?|深刻地?|全面|很好地?|较好地?|更好地?|"
            r"也|还|既|又|从而|不仅|同时|进而|真正|普遍|深深地?|切身|逐步|显著|明显|有力地?|广泛|"
            r"再次|再一次|又一次|不但|无形中|潜移默化地?)*)")
_EFFECT = compile_(r"[，,](?:在[^，,。；;！？!?：:在]{1,12}?(?=进一步|更加|有效|切实|不断|充分|普遍|广泛|逐步|形成|营造|掀起|引起|树立|提高|增强)"
                   # 为……奠定了基础: whom the event did it for, then what it did
                   r"|(?:不仅|不但|既|也)?为[^，,。；;！？!?：:为]{1,30}?(?=奠定|打下|注入|提供|创造|送去|送上|带来|解决))?" + _ADVERBS +
                   # 进一步向公众宣传普及了: to whom, then what the event did
                   r"(?:(?:向|给)[^，,。；;！？!?：:向给]{1,12}?(?=宣传|普及|传递|送去|提供|展示|展现))?"
                   r"(?P<v>" + _EFFECT_VERBS + ")"
                   # 继承并发扬了、吸引和号召了、宣传普及了: two verbs over one object, the 了 after the second
                   r"(?:(?:并|和|、)?(?:发扬|号召|普及|弘扬|带动|激发|提升|增强|提高|动员)(?=了))?(?P<le>了)?")
#: the same with no comma, what the event did right after it (通过这次宣传活动有效提高了……; 通过活动进一步激发……;
#: 通过慰问活动给老人送去……): the event reads as the subject and is none; not one sentence of the published
#: report text has this shape, so a plan's 通过……提高…… without 了 is told too, where an adverb, 了 or 给……
#: shows the verb or the event is a thing (_EVENT_THINGS; after 观看 a bare verb may begin a noun: 观看警示教育片)
_INLINE_EFFECT = compile_(r"(?P<to>(?:给|为|向)[^，,。；;！？!?：:给为向]{1,12}?(?=营造|送去|送上|带来|提供|创造|宣传|普及|传递|展示|展现))?"
                          + _ADVERBS
                          # 通过……活动达到（取得）……目的: a means and its end, not what the event did to people
                          + r"(?!达到|取得|收到|形成)(?P<v>" + _EFFECT_VERBS + r"|架起|织密|筑起|送去|送上)"
                          # 学习教育活动, 宣传教育工作: the verb names a kind of event, the event goes on
                          r"(?!活动|工作|实践|基地|阵地|专题|主题|培训|宣讲|大会|会议|月|周|日|周年)(?P<le>了)?")
#: events that are things, not verbs that take an object (观看、学习): a bare verb after them is what they did
_EVENT_THINGS = ("活动", "讲座", "党课", "仪式", "演出", "比赛", "竞赛", "展览", "课程", "培训班", "宣讲会", "座谈会", "报告会")
#: the whole 通过……提高…… is what the clause is about (通过培训提高素质是一项长期任务; ……有利于……): it has its predicate
_ABOUT_IT = compile_(r"[^，,。；;！？!?：:]*?(?:是|有利于|有助于|在于|离不开|的关键|的前提|的途径|的手段|的办法|的方式)")
#: 在 + an event + 中/后 opening a sentence (在此次活动中，……): the same as 通过 an event
_IN_EVENT = compile_(r"在(?P<obj>[^，,。；;！？!?：:]{1,30}?)(?:过程中|期间|中|后)(?=[，,])")
#: 此次、这次、以上……: the event is one that happened; what it did needs no 了 to be told
_THIS_EVENT = compile_(r"此次|这次|本次|该次|这一次|以上|上述")
#: what a person, not an event, does: 认识到、受到……
_EXPERIENCE = compile_(r"感受到|认识到|体会到|领悟到|了解到|明白|懂得|学到|收获|受到|得到|了解|理解|掌握|领会|认识|感受|体会|明确|熟悉|把握|端正")
#: 由于 + a person's own noun phrase (由于她这样好的成绩，得到了……): the person, the one who 得到, sits
#: inside the phrase of 由于 and the clause after it has no subject
_BECAUSE_OF_WHO = compile_(r"由于(?P<who>他们|她们|我们|你们|他|她|我|你|大家)(?:这样|那样|如此)?[^，,。；;！？!?：:]{0,10}?的[^，,。；;！？!?：:的]{0,4}?"
                           r"(?:成绩|表现|努力|付出|贡献|业绩|成就|事迹|帮助|支持)[，,]"
                           r"(?P<v>得到|受到|获得|赢得|荣获|被)")
#: a sentence that opens with 使 after a full stop: the full stop cut the clause from what 使-s
#: (……开展了主题党日活动。使党员受到了教育)
_BARE_CAUSE = compile_(r"(?:从而|进而|也)?(?P<v>使得|促使|使)(?!用|命|馆|者|节|劲|然|出|得上)")
#: 旨在（意在）…… opening a sentence after a full stop: what it is said of stands before the full stop
#: (……开展读书月活动。旨在培养……)
_BARE_AIM = compile_(r"(?:这|此|其|均|都)?(?P<v>旨在|意在)")
#: what an event did, done, opening a sentence after a full stop (……开展了主题党日活动。进一步增强了
#:党员的……): the full stop cut it from the event
_BARE_EFFECT = compile_(_ADVERBS + r"(?P<v>提高|提升|增强|加深|深化|激发|坚定|增进|促进|拉近|丰富|拓宽|开阔|凝聚|展示|展现|彰显|"
                        r"激励|鼓舞|唤起|点燃|振奋|提振|营造)了")
#: a sentence whose subject is the event itself (整个活动通过……的方式开展、本次会议内容丰富): what the event did, told in the
#: next sentence after a full stop, has its subject carried over (……落到实处。同时也展示了……), unlike 支部组织党员参观了……。
#: 进一步坚定了……, where the one before the full stop (支部) is not what did it
_EVENT_SUBJECT = compile_(r"(?:整个|此次|本次|这次|该次?|这一|此项|这项|这些|上述|系列)?"
                          r"(?:(?!开展|组织|举办|举行|召开|参加|参与|观看|参观|收看|进行|了)[^，,。；;！？!?：:“”的]){0,8}?"
                          r"(?:活动|会议|讲座|培训|比赛|演出|晚会|展览|仪式)(?![中上后前里时]|期间|现场|结束|开始|当天|之)"
                          r"(?=[^，,。；;！？!?：:]{2})")
#: 充分展现（彰显、体现）…… after a full stop, in a sentence that tells what was done (了)
_BARE_SHOW = compile_(r"(?:充分|集中|全面|生动|很好地?|有力地?|进一步)(?P<v>展现|展示|彰显|体现)")
#: a paragraph that opens with a verb that needs a cause before it (促使家校合力……)
_PARAGRAPH_CAUSE = compile_(r"(?P<v>促使|使得)")
#: 通过（经过）…… 证明（表明、显示）: the verb of the saying has no subject (通过调查表明，……)
_PROVES = compile_(r"(?P<prep>通过|经过)[^，,。；;！？!?：:]{1,40}?(?P<v>证明|表明|显示|说明)(?=[，,：:])"
                   # 从……里，说明了……: the source sits in the 从 phrase, 说明 after its comma has no subject
                   # (从……中，可以看出（我们看到）…… has one and stays silent)
                   r"|(?P<prep>从)[^，,。；;！？!?：:]{2,40}?(?:里|中|上|来看)[，,](?P<v>说明|表明|证明|显示|反映)(?=了|出)"
                   # 在这份报告中，揭示了……: the work in 在……中 is who depicts (faults21; 从……里，说明了…… faults18)
                   r"|(?P<prep>在)[^，,。；;！？!?：:]{2,40}?(?:里|中)[，,](?P<v>说明|表明|证明|刻画|塑造|描写|描绘|揭示|阐述|论述|阐明|记述|讲述)(?=了)")
#: 参观（听、读、学习）了……，使我……: the first clause's doer is the 我 that 使 takes as its object
#: what each of _PROVES's branches opens with: it is the family's one ``regex``-module pattern (two groups of one
#: name), whose match costs ~0.6 µs even where the first character is wrong (speed33: ~1.2 ms/MB)
_PROVES_OPENINGS = ("通过", "经过", "从", "在")
_HEARD = compile_(r"(?P<did>参观|观看|聆听|听|看|读|阅读|学习|重温|观摩|参加)了[^，,。；;！？!?：:]{1,40}?[，,]"
                  r"(?:这|此|不仅|更|也|还|进一步|深深地?)*(?P<v>使得|使|让)(?P<who>我们|我|大家|同学们|自己)")
#: 通过（经过）……，对……的启发很大: the clause after the comma has no subject, the event sits in 通过
#: 听（看、参观）了……，对我……很大 the same (the hearer is the one the next clause is about, and not its subject)
_TO_US = compile_(r"(?:(?P<prep>通过|经过)|(?P<did>参观|观看|聆听|听|看|读|阅读|学习|观摩|参加)了)[^，,。；;！？!?：:]{1,40}?[，,](?:这|此)?对[^，,。；;！？!?：:]{1,20}?"
                  r"(?P<v>启发|帮助|影响|触动|教育|震撼|启示|激励|鼓舞)(?:都|也)?(?:很|非常|十分|特别|极|颇)(?:大|深)")
#: 让 opens a call (让我们……, 让城市更美) as often as a cut-off clause; only a done 让……了 is one
#: (not 让某某没想到的是……: the set opening of what surprised or moved someone, it needs no subject)
_BARE_LET = compile_(r"(?:从而|进而|也)?(?P<v>让)(?!我们|咱们|我|人民|群众|城市|生活|老百姓|每一|更多)"
                     r"(?![^。；;！？!?，,]{0,8}?(?:没想到|没有想到|想不到|感动|欣慰|高兴|难忘|骄傲|意外|惊喜|自豪|印象深刻|感慨)的是)"
                     r"[^。；;！？!?]*?了")

#: what every finding's sentence holds: 使/让/了 (_cut_off's bare 使/促使/使得、让……了、……了 and
#: 展现 only with 了; _check's _INLINE and _CAUSE; _HEARD's 使/让), or _effect's 了 or _THIS_EVENT
#: word; or else 通过/经过 (_PROVES, _TO_US, _inline_effect).  A sentence with none is passed over: one search
#: of the sentence for all of them (the two were searched one after the other: two scans of most sentences)
_MAY_FIND = rx.stdlib("使|让|令|导致|了|此次|这次|本次|该次|这一次|以上|上述|由于|旨在|意在|通过|经过")


#: the traditional forms of the words a finding's sentence opens with or turns on (通過, 經過, 讓, 由於,
#: 隨著): a paragraph with one is read in simplified characters, character for character
_SENTENCE_MARK = rx.stdlib("[" + SENTENCE_MARKS + "]")
_UP_TO_SENTENCE_MARK = rx.stdlib("(?s).*[" + SENTENCE_MARKS + "]")


def sentences_worth_reading(text: str):
    """The sentences (text.sentences') that hold a word of _MAY_FIND, in order: each found from its first
    word, its start the last sentence mark before the word and its end the next mark (speed33: every sentence
    was listed and each searched for the words; a sentence with none, most of them, was then skipped)."""
    last = -1
    for m in _MAY_FIND.finditer(text):
        w = m.start()
        if w <= last:
            continue  # in the sentence just given (or at its mark)
        n = _SENTENCE_MARK.search(text, w)
        e = n.start() if n is not None else len(text)
        if e == w:
            continue  # at a mark or the end: no sentence starts here (only an empty match stands there)
        u = _UP_TO_SENTENCE_MARK.match(text, 0, w)
        last = e
        yield (u.end() if u is not None else 0), e


_TRADITIONAL_TRIGGER = rx.stdlib("通過|經過|讓|由於|隨著")




class SwallowedSubject(Rule):
    """语病：缺主语（通过……，使……；通过此次活动，提高了……；经过（加上）……，使……；在……下，使……；句号后的“使……”）

    ## 检查内容
    - 句子以“通过、经过、由于、随着、当”或“在……下（中）”开头，逗号后紧接着“使、让、使得”（或在第一个
      分句里就出现“使”），整句没有主语；开头连着两个介词短语（在……指导下，在……讨论中，使……；通过……，并通过……，使……）也一样。句子前面有主语的不报（“我们通过……，使……”“要通过……，让……”）；
      “通过”后面的分句自己有谓语的不报（“通过线上渠道及时响应诉求，让群众少跑腿”，主语只是承前省略）。
    - 句子以“通过（经过）+ 一次活动”开头（此次活动、这次学习、以上教育、开展主题党日活动、集中培训），逗号后
      紧接着活动的效果“提高了、增强了、加深了、激发了、受到了……”，前面没有主语。“通过”后面是做法的不报
      （“通过建立健全责任制，形成了……”“通过实施‘头雁工程’，选优配强了……”：主语是做这件事的单位，承前省略）；
      效果前有主语的不报（“通过此次活动，党员们增强了……”）；没有“了”的（计划里的“通过开展……，进一步增强……”）
      不报，除非说的是已经办过的“此次（这次、以上）……”。效果也可以是“为……奠定（打下、提供）了……”“不但改善了……”
      “充分体现了……”“不仅为……送去（带来、解决）了……”“大力宣传了……”；逗号后是“不仅（不但、既）让（使）……”的同样没有主语。
    - 句号后的句子以“旨在、意在”开头（……开展读书月活动。旨在培养……）：说的是谁“旨在”，在句号前面。
    - 句号后的句子以“使、使得、促使”开头，或以“让”开头又说已经发生的事（让……受到了……），或直接以活动的效果
      开头（进一步坚定了……、充分展现了……）：句号把它和前面的主语隔开了。“让我们……”“让城市更美”这样的号召不报。
    - 句子以“加上……，”或“在……基础上，”开头又用“使”，同样没有主语；繁体字写的句子（通過……，讓……）按简体字读，同样检查。
    - “通过观看（参观、聆听、瞻仰）+ 看的、去的地方”（通过观看红色电影《长津湖》，通过参观廉政教育基地）也是一次活动，
      逗号后直接说“激发了、增强了……”同样没有主语（“通过参观、座谈等方式”是做法，不报）；
    - “通过开展（举办、组织、参加）……”与“通过……活动”一样是一次活动；活动的效果还包括“发现了（挖掘了、选拔了）人才”“发挥了……作用”。
    - “由于他（她、我们）……的成绩（表现、努力），得到（受到、获得）……”：人在“由于”的介词短语里，
      “得到”前面没有主语（“由于……，他受到……”不报）；“通过此次培训，进一步明确了……”同上（效果动词含“明确、熟悉、把握”）。
    - 段落以“促使、使得”开头（促使党员干部……。）：前面没有说是什么促使。
    - “通过（经过）……表明（证明、显示）”“通过……，对……的启发（帮助、影响）很大”：句子没有主语；
      “在这份报告中，揭示（刻画、阐述）了……”：作品在“在……中”里，“揭示”没有主语；
      “参观（聆听、观看）了……，使我……”：第一个分句的主语是后面“使”的宾语“我”；“听（参观）了……，对我启发（触动）
      很大”同样没有主语（“听了……，我受到很大启发”“这次党课对我启发很大”不报）。
    - 句首“通过（经过）+ 一次活动”后面不加逗号，紧接着活动的效果（通过宣传活动提高……、通过这次慰问活动给老人送去……、
      通过这些宣传切实架起了……）：活动读起来像主语，其实是介词的宾语，句子没有主语。效果动词前要有“进一步、有效”这类
      状语、后面有“了”、前面有“给……”，或活动本身是“活动、讲座、比赛”这样的事物（“通过观看警示教育片”不报）；
      “通过……活动达到（取得）……目的”“通过……提高……是一项长期任务”“开展……学习教育”不报。
    - 连词不算主语：“特别是（尤其是、但是）通过……，使……”同样报；句子中间“……，但由于（但通过）……，使……”的
      “使”前面也没有主语；“我……，在……帮助下，使我……”里“我”不能“使”自己（“使我们的……”“使项目……”不报）；
      “令”与“使”一样（通过……，令……；“令人”不报）。
    - 句子前面的引号、“活动中，”“会上，”“某某谈到，”不算主语，后面照样检查（“某某谈到，通过……，认识到……”
      的主语是说话人，只报“通过……，使……”）；“参观结束后，大家表示，通过……，让……”同样只报“通过……，让……”；
      “会上通过……讲话，使……”的“会上”不算主语（“会上通过了……”的“通过”是表决通过，不报）。
    - 活动的效果也可以是两个动词（继承并发扬了、吸引和号召了、宣传普及了），前面可以有“向公众”这样的对象；
      “在大家……的行动中，感染了……”同“在活动中”；“通过……的深入了解，让……”的“深入”是定语，不算谓语。
    - 使役的动词不只“使、让、令”（第十次会话）：“由于（随着、通过……）……，致使（导致、促使）……”同样没有主语
      （“由于……，学习效果不明显”“我们由于……，导致……”“这一问题的存在，导致……”不报）。
    - 第十一次会话：“从（在）……里（中），说明（表明、证明）了……”：说明的东西在介词短语里，“说明”没有主语
      （“从……中，可以看出……”“从……里，我们看到……”不报）。
    - 第十二次会话：“作为一名党员，使我……”“经多方协调，使……”“自开展……以来，使……”同“通过……，使……”（“作为……，让我们……”是号召，不报）；
      句子中间的“……，由于……，使得（使）……”（前面不一定是“但”）同样没有主语（“由于……，党建工作质量明显提升”不报）；
      “在……领导（努力、帮助……）下使……”少了逗号同“在……下，使……”（“我们在……领导下使出……”“在……下使用……”不报）。
    - 第十九次会话（gram32a）：“针对（根据、按照、依照、对照、围绕、聚焦、借助、为了、本着、基于）……，使……”“以……为契机
      （抓手、载体……），使……”同样没有主语；只报“使、使得、致使”（“聚焦……，让群众……”是标语式的号召，不报）；
      “针对……，支部……，使……”有主语，不报。

    ## 为什么
    介词短语不能作主语，“使”前面的主语被介词“吞”掉了，这是病句修改题里最常见的一类。

    ## 修复说明
    只作建议：删去“使/让”，或删去开头的“通过/经过”让后面的名词作主语。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“成分残缺（缺主语）”；吕叔湘、朱德熙《语法修辞讲话》。
    """

    code = "DJ444"
    name = "swallowed-subject"
    severity = "warning"
    fix = "never"
    source = "黄伯荣、廖序东《现代汉语》（成分残缺：缺主语）；吕叔湘、朱德熙《语法修辞讲话》"
    prefilter = compile_("使|让|令|导致|通过|经过|了|由于|加上|旨在|意在|通過|經過|讓|由於")

    def check_paragraph(self, p, ctx):
        text = p.text
        if _TRADITIONAL_TRIGGER.search(text) is not None:
            text = simplified(text)  # 通過……，讓……: the same fault in traditional script
        for s, e in sentences_worth_reading(text):
            lab = _LABEL.match(text, s, e)
            start = lab.end() if lab else s
            got = self._sentence(ctx, p, text, s, start, e, "all")
            if got is None:
                lead = _LEAD.match(text, start, e)
                if lead is not None and lead.group("scene"):
                    # 参观结束后，大家纷纷表示，通过……: a scene, then who spoke
                    after = _LEAD.match(text, lead.end(), e)
                    if after is not None and after.group("speaker"):
                        lead = after
                if lead is not None:
                    # after who spoke the speaker may be the subject of what follows (大家表示，通过学习，
                    # 认识到……): only 通过……，使…… is a fault there
                    got = self._sentence(ctx, p, text, s, lead.end(), e, "cause" if lead.group("speaker") else "all")
            if got is None:
                got = self._mid_sentence(ctx, p, text, start, e)
            if got is not None and not quoted_speech(ctx, p, got[0], got[0] + 1):
                yield Finding(p, *got)

    def _sentence(self, ctx, p, text: str, s: int, start: int, e: int, which: str):
        """The fault of one sentence whose own words begin at ``start``: (start, end, message) or None."""
        if which == "all":
            cut = self._cut_off(text, s, start, e)
            if cut is not None:
                vs, ve = cut
                if words(ctx, p).is_word(vs, ve) or text[ve:ve + 1] == "了":
                    ve += text[ve:ve + 1] == "了"
                    v = text[start:ve]
                    if s == 0:
                        return start, ve, f"缺主语：段落以“{v}”开头，前面没有主语；补出主语（……{v}……），或与上一段连成一句"
                    return start, ve, f"缺主语：句子以“{v}”开头，前面没有主语；把前面的句号改为逗号，或补出主语"
                return None
            effect = self._effect(text, start, e) or self._inline_effect(ctx, p, text, start, e)
            if effect is not None:
                vs, ve, prep, obj = effect
                v = text[vs:ve]
                if _EXPERIENCE.match(v):  # 认识到了: only a person does that
                    return start, ve, (f"缺主语：“{prep if prep.startswith('在') else prep + '……'}”开头，“{v}”前面没有主语；"
                                       f"在“{v}”前补出主语（我、大家、党员……）")
                obj = obj if len(obj) <= 12 else "……" + obj[-6:]
                opening = prep if prep.startswith("在") else prep + "……"
                return start, ve, f"缺主语：“{opening}”开头，“{v}”前面没有主语；删去“{prep}”（{obj}{v}……），或在“{v}”前补出主语"
            m = _PROVES.match(text, start, e) if text.startswith(_PROVES_OPENINGS, start) else None
            if m is not None:
                v, prep = m.group("v"), m.group("prep")
                other = "删去“{v}”" if v in ("证明", "表明", "显示", "说明", "反映") else "在“{v}”前补出主语（作者……）"
                return start, m.end(), f"缺主语：“{prep}……{v}”，“{v}”没有主语；删去“{prep}”（……{v}），或{other.format(v=v)}"
            m = _TO_US.match(text, start, e)
            if m is not None:
                prep = m.group("prep") or m.group("did") + "了"
                how = "删去“{0}”，让后面的名词作主语" if m.group("prep") else "删去“{0}”，让后面的名词作主语，或改为“{0}……，我受到很大……”"
                return start, m.end(), (f"缺主语：“{prep}……，对……的{m.group('v')}……”，句子没有主语；{how.format(prep)}"
                                        f"（这次学习对大家的启发很大）")
            m = _BECAUSE_OF_WHO.match(text, start, e)
            if m is not None:
                v, who = m.group("v"), m.group("who")
                return start, m.end("v"), (f"缺主语：“{who}”在“由于……”里，“{v}”前面没有主语；改为“由于……，{who}{v}……”，"
                                           f"或删去“由于”")
            m = _HEARD.match(text, start, e)
            if m is not None and words(ctx, p).is_word(*m.span("v")):
                v = m.group("v")
                return start, m.end("v"), (f"缺主语：“{m.group('did')}了……”没有主语，“{v}”前面也没有主语；删去“{v}”，"
                                           f"把“{m.group('who')}”移到句首作主语")
        found = self._check(text, start, e)
        if found is None:
            return None
        vs, ve, prep = found
        if not words(ctx, p).is_word(vs, ve):
            return None  # 使用、使命、行使、让步……
        v = text[vs:ve]
        other = f"，或删去“{prep}”让后面的名词作主语" if prep in ("通过", "经过") else ""
        return start, ve, f"缺主语：“{prep}……”开头的句子又用“{v}”，“{v}”前面没有主语；删去“{v}”{other}"

    @staticmethod
    def _mid_sentence(ctx, p, text: str, start: int, end: int):
        """A clause inside the sentence that opens with 但由于（但通过）…… or 在……下 and goes on with 使/让:
        (start, end, message) or None."""
        m = _MID_BECAUSE.search(text, start, end)
        if m is not None and words(ctx, p).is_word(*m.span("v")):
            prep, v = m.group("prep") or m.group("because"), m.group("v")
            return m.start() + 1, m.end(), (f"缺主语：“{prep}……”后面又用“{v}”，“{v}”前面没有主语；删去“{v}”，"
                                             f"或删去“{prep}”让后面的名词作主语")
        m = _MID_UNDER.search(text, start, end)
        if m is not None and m.group("who") in text[start:m.start()] and words(ctx, p).is_word(*m.span("v")):
            v, who = m.group("v"), m.group("who")
            return m.start() + 1, m.end("v"), (f"缺主语：“在……下”后面又用“{v}{who}”，“{v}”前面没有主语；删去“{v}”"
                                               f"（在……下，{who}……）")
        return None

    @staticmethod
    def _cut_off(text: str, s: int, start: int, end: int):
        """A sentence after a full stop that opens with 使 (or a done 让……了): the (start, end) of 使;
        a paragraph that opens with 促使、使得 (a verb that needs a cause before it)."""
        if start != s:
            return None
        if s == 0:
            m = _PARAGRAPH_CAUSE.match(text, start, end) or _BARE_AIM.match(text, start, end)
            return m.span("v") if m and text.rstrip().endswith(("。", "！", "？")) else None
        if text[s - 1] not in "。！？!?":
            return None
        m = _BARE_CAUSE.match(text, start, end) or _BARE_AIM.match(text, start, end) or _BARE_LET.match(text, start, end)
        if m is None:
            m = _BARE_EFFECT.match(text, start, end) or (_BARE_SHOW.match(text, start, end) if "了" in text[start:end] else None)
            # the sentence before, asked only when this one opens with what was done (most open otherwise)
            if m is not None and _EVENT_SUBJECT.match(text, max(text.rfind(c, 0, s - 1) for c in "。！？!?") + 1):
                m = None
        return m.span("v") if m else None

    @staticmethod
    def _effect(text: str, start: int, end: int):
        """通过/经过 an event, then a clause that opens with what it did (提高了……): (start, end) of
        the verb and the preposition, or None."""
        m = _OPENING.match(text, start, end)
        if m and m.group("prep") in ("通过", "经过"):
            obj, prep = text[m.end("prep"):m.end()].strip(), m.group("prep")
        else:
            m = _IN_EVENT.match(text, start, end)
            if not m:
                return None
            obj, prep = m.group("obj").strip(), "在……" + text[m.end("obj"):m.end()]
        if not (_EVENT_OBJECT.match(obj) or (prep.startswith("在") and obj.endswith("的行动"))
                or (not prep.startswith("在") and WATCHED.match(obj))):
            return None  # 在大家……的行动中，感染了……: what people did is an event; 通过……专项整治行动 is a means
        c = _EFFECT.match(text, m.end(), end)
        if not c or not (c.group("le") or _THIS_EVENT.match(obj)):
            return None  # 通过开展活动，进一步增强……: a plan's means and aim, its subject left out
        return c.start("v"), c.end(), prep, obj

    @staticmethod
    def _inline_effect(ctx, p, text: str, start: int, end: int):
        """通过/经过 an event, then with no comma what it did (see _INLINE_EFFECT): the longest event
        phrase after which such a verb stands at a word's edge; (start, end) of the verb, the
        preposition and the event, or None."""
        prep = text[start:start + 2]
        if prep not in ("通过", "经过"):
            return None
        stop = start + 2
        while stop < min(end, start + 28) and text[stop] not in "，,。；;！？!?：:“”":
            stop += 1
        for at in range(stop - 2, start + 3, -1):  # the longest event first: 通过学习教育活动提高了……
            obj = text[start + 2:at]
            if not _ENDS_IN_EVENT.match(obj):
                continue
            m = _INLINE_EFFECT.match(text, at, stop)
            if m is None or _ENDS_IN_EVENT.match(obj + m.group("v")):
                continue  # 开展……学习教育: the verb ends the event's own name
            if not (m.group("to") or m.group("adv") or m.group("le") or (obj.endswith(_EVENT_THINGS) and not _a_plan(ctx))):
                # 通过观看警示教育片: after a verb (观看) a bare verb may begin its object, a noun; 通过演练活动提升……能力
                # in a plan (方案、计划、要点): a purpose, whose doer is the plan's writer
                continue
            if words(ctx, p).is_word(*m.span("v")) and not _ABOUT_IT.match(text, m.end(), end):
                return m.start("v"), m.end(), prep, obj
        return None

    @staticmethod
    def _check(text: str, start: int, end: int):
        m = _INLINE.match(text, start, end)
        if m:
            if not _has_predicate(text, m.end("prep"), m.start("v")):
                return m.start("v"), m.end("v"), m.group("prep")
        m = _INLINE_UNDER.match(text, start, end)
        if m:
            return m.start("v"), m.end("v"), "在"
        m = _OPENING.match(text, start, end)
        if not m:
            return None
        prep = m.group("prep") or m.group("prep2") or m.group("prep3") or m.group("prep4") or m.group("prep5")
        # 通过深入查摆问题 has its own predicate and a subject left out, as reports do, unless what follows is
        # 使我 (自己): the writer, who would be that subject, cannot 使 himself (通过深入查摆问题，使我认识到……)
        left_out = m.group("prep") in ("通过", "经过") and _has_predicate(text, m.start(), m.end())
        at = m.end()
        while True:  # 在……下，在……中，使……: a second opening phrase swallows nothing more
            more = _NEXT_OPENING.match(text, at, end)
            if more is None:
                break
            at = more.end()
        c = _CAUSE.match(text, at, end)
        if not c or (prep == "作为" and c.group("v") == "让"):
            return None  # 作为新时代的党员，让我们……: a call, not a cause
        if (m.group("prep4") or m.group("prep5")) and c.group("v") not in _BASIS_CAUSE:
            return None
        if left_out and _SELF.match(text, c.end("v"), end) is None:
            return None
        return c.start("v"), c.end("v"), prep


#: the kinds of document that say what is to be done (a purpose there has the writer as its doer)
_PLAN_KINDS = frozenset(("实施方案", "工作方案", "方案", "工作要点", "要点", "工作计划", "计划", "规划", "实施意见", "意见", "通知"))


def _a_plan(ctx) -> bool:
    """Whether the document is a plan by its title (……工作计划, ……实施方案)."""
    def compute(c):
        from ..structure.doctype import read_kind

        kind, name = read_kind(c.doc)
        return kind == "other" and name in _PLAN_KINDS

    return ctx.shared("grammar.a-plan", compute)
