"""DJ449, a part a construction needs and the sentence left out (session 11, from faults others published):

- 研究（讨论、学习……）了关于……。 with no 的 + noun: 关于 opens a modifier, the object's head is missing
  (研究了关于……如何做好思想政治工作 → ……工作的问题);
- 享有（享受、给予）……的……同等的……: 同等 compares, and what with is not said (→ 享有与……同等的……);
- a document title with its issuer and no 关于 (×××部优先提高……的通知, 《×××授予……的通报》): 关于 joins
  the issuer to the matter (GB/T 9704-2012 7.3.1: 发文机关名称、事由和文种); 印发、转发、批转 titles do without it.

Session 12 (faults21, faults23, faults18: the object's head or the verb left out at the end of a list):
- 是一所（一支、一个）A、B、C。 with no 的 to the full stop: a list of what it is like, and not what it is
  (是一所师资雄厚、设施齐全的学校); 已成为拥有……，…… the same after 成为 + 拥有（具有）;
- ……A、B、C等优点（特点、优势）。 with no verb in the sentence that has them (具有、呈现、体现……);
- 贯彻落实（执行）……关于……。 with no head to the full stop, as 研究了关于……。 (the brief).
"""
from __future__ import annotations

from ...engine.kinds import compile_

_VERB_ABOUT = compile_(r"(?P<v>研究|讨论|学习|传达|听取|审议|商讨|探讨|分析|提出|制定|出台|印发|作出|做出)了关于(?P<x>[^的，,。；;！？!?：:“”《》（）()]{4,40})"
                       r"(?=[。；;！？!?]|$)")
#: 研究了关于召开……会议有关事项。: the stretch after 关于 ends in its head noun without 的 (published80): a noun that only
#: heads (事项、事宜), or one after a word that makes it a head (有关、相关、等、具体), or a document's compound name
#: (实施方案、工作意见……); a question (关于如何做好……工作) has no head, and a bare 问题（工作、情况）may be the object
_ABOUT_HEAD = compile_(r"(?:事项|事宜|(?:有关|相关|等|具体)(?:问题|工作|情况|方案|意见|办法|要求|安排)|"
                       r"(?:实施|工作|指导|管理|考核|试行|暂行)(?:方案|意见|办法|细则|规定)|工作(?:计划|要点|安排|情况)|"
                       r"实施细则)$")
_QUESTION = ("如何", "怎样", "怎么", "怎么样")
_SAME_AS = compile_(r"(?P<v>享有|享受|给予|获得)(?P<x>[^，,。；;！？!?：:与和同跟及按照“”]{1,20}?的[^，,。；;！？!?：:与和同跟及按照“”的]{1,10}?)"
                    r"(?P<s>同等|相同)的?")
#: an issuer's name: ends in the word of an office, or is blacked out
_ISSUER = r"(?:[^《》，,。；;：:、 ]{1,20}?(?:部|委|局|厅|办公室|办|政府|党委|党组|委员会|公司|院|会|处|室|中心|学校|大学|高校)|[*＊×]{2,})"
_TITLE = compile_(r"(?:^|(?<=《))(?P<org>" + _ISSUER + r"(?:、" + _ISSUER + r")*)(?P<v>(?!关于|印发|转发|批转|颁发|发布)"
                  r"[^《》，,。；;：:、 ]{4,60}?)的(?P<kind>通知|通报|决定|意见|批复|请示|报告|函)(?=》|$)")
#: what every match of _TITLE ends with when no 》 follows it (``$`` also stands before a last newline)
_TITLE_ENDS = tuple(f"的{k}{n}" for k in ("通知", "通报", "决定", "意见", "批复", "请示", "报告", "函") for n in ("", "\n"))
_TITLE_VERBS = ("授予", "表彰", "给予", "优先", "开展", "做好", "加强", "进一步", "调整", "成立", "设立", "实行", "实施", "推进",
                "提高", "同意", "表扬", "奖励", "处理", "追认")

#: 是一支政治过硬、作风优良、敢打硬仗。: what it is like, listed (at least one 、), no 的 + head noun to the full stop
#: (items of three characters or more: 是一名党员、干部 lists what someone is, each item a noun)
_ONE_OF = compile_(r"(?P<v>是一(?:所|支|个|家|座|名|位))(?P<x>[^，,。；;！？!?：:的、“”]{3,14}(?:、[^，,。；;！？!?：:的、“”]{3,14})+)"
                   r"(?=[。；;！？!?]|$)")
#: 已成为拥有……，现有……: 成为 + a verb phrase with no 的 + head noun before the sentence ends
#: (the head may close a later clause: 成为拥有……，现有……的大型企业 is whole)
_BECOME = compile_(r"(?P<v>成为)(?P<h>拥有|具有|具备)(?P<x>[^，,。；;！？!?：:的“”]{2,40})(?=[，,。；;！？!?]|$)(?![^。；;！？!?]*的)")
#: ……功能齐全、布局合理、服务便捷等特点。: the list and its noun, and no verb that has them in the sentence
#: (searched from its literal end; the list is the clause before it, with a 、)
_LIST_END = compile_(r"等(?P<n>优点|特点|优势|特色|长处|好处)(?=[。；;！？!?]|$)")
_HAS_VERB = compile_(r"有|具|呈现|体现|显示|表现|兼|集|形成|发挥|突出|彰显|展现|显现|存在|概括|归纳|总结|包括|包含|凭借|"
                     r"是|为|看|介绍|说明|列举|分析|以|凸显|展示|取得|结合|融合|注重|坚持")

#: 进一步提高了全体党员的。: a verb of effect whose object stops at a person's 的 (the head, 意识、能力……, is left out)
_HEAD_LEFT = compile_(r"(?P<v>提高|增强|提升|加强|强化|激发|坚定|增进|加深|调动|凝聚|激励|鼓舞|丰富|拓宽|锤炼)了?"
                      r"(?P<x>[^，,。；;！？!?：:是“”]{0,15}?(?:党员|干部|群众|大家|同志们|职工|学生|师生|居民|员工|青年|人民|队伍))的"
                      r"(?=[。；;！？!?]|$)")

#: what every match of _HEAD_LEFT ends with (its search of each paragraph with a 的 was ~1.2 ms/MB, speed33)
_OF_AT_END = compile_(r"的(?:[。；;！？!?]|$)")

#: gram27: 取得了初步。荣获一等。给予了高度。: the object stops at its modifier (成效、奖、评价 left out)
_HALF_HEAD = compile_(r"(?P<v>取得了|取得|收到了|收到|给予了|给予|荣获|获得了|获得)(?P<a>初步|明显|显著|一定|良好|高度|充分|一等|二等|三等)"
                      r"(?=[。；;！？!?]|$)")
#: gram27: 提高了群众的满意。增强了党员干部的廉洁。: an adjective or a noun of a kind stands where its head (度、意识) should
_ADJ_HEAD = compile_(r"(?P<v>提高|增强|提升|强化|树牢|树立)了?(?P<x>[^，,。；;！？!?：:是“”]{0,20}?)的(?P<a>满意|廉洁|宗旨|规矩|法治|忧患)"
                     r"(?=[。；;！？!?]|$)")
#: what each match of the two ends with (the rule's prefilter, and the gate of the two searches: most paragraphs
#: hold none of them before a sentence's end)
HEAD_ENDS = r"(?:初步|明显|显著|一定|良好|高度|充分|一等|二等|三等|满意|廉洁|宗旨|规矩|法治|忧患)(?:[。；;！？!?]|$)"
_HEAD_ENDS = compile_(HEAD_ENDS)

#: 全体党员正在满怀信心地为建设……强国。: 为 + the aim, and the verb done for it (而奋斗、努力) never comes (faults19)
_FOR_AIM = compile_(r"(?P<v>正在|都在|仍在|一直在|始终在)(?P<how>[^，,。；;！？!?：:为]{0,10}?)为(?P<aim>建设|实现|推进|创建|打造|完成|夺取|争创|建成|全面建设)"
                    r"(?P<x>[^，,。；;！？!?：:而]{2,40})(?=[。；;！？!?]|$)")
_DONE_FOR = ("努力", "奋斗", "拼搏", "奋进", "力量", "工作", "奔忙", "忙碌", "准备", "基础", "条件", "贡献", "服务", "奔走", "打拼",
             "实干", "苦干", "加油", "献策", "出力", "作为")

#: 认真贯彻落实党中央关于全面从严治党。: 关于 opens a modifier and the sentence ends before its head (的决策部署); a
#: document named without 的 (关于加强……工作意见) has its head, and a quoted title (《关于……》) is a name
_CARRY_OUT_ABOUT = compile_(r"(?P<v>贯彻落实|贯彻|落实|执行)了?(?P<w>[^，,。；;！？!?：:的《》“”]{0,20}?)关于"
                            r"(?P<x>[^的，,。；;！？!?：:“”《》（）()]{4,40})(?=[。；;！？!?]|$)")
_DOCUMENT_NOUNS = ("意见", "通知", "规定", "办法", "决定", "方案", "要求", "部署", "精神", "指示", "批示", "安排", "措施", "规划",
                   "纲要", "条例", "制度", "文件", "决议", "讲话", "论述", "思想", "工作", "细则", "准则", "标准", "政策")
#: the head reached inside the stretch: a document noun, then the next object (……关于政法工作重要论述以及党中央决策部署)
#: or 方面 closing a heading's matter (学习贯彻落实……关于……重要论述方面, dev-prec441)
#: (工作、思想 name the matter as often as the head: 关于意识形态工作以及作风建设 still lacks one)
_ABOUT_HEAD_INSIDE = compile_(r"(?:" + "|".join(n for n in _DOCUMENT_NOUNS if n not in ("工作", "思想")) + r")(?:以及|及|和|与|、|方面)")

#: a sentence that is only a prepositional phrase (gram16): 根据（按照）……要求（部署）。 随着……的落实（完善）。
#: 对于……的问题。 — the main clause it was written for is left out.  A sentence with a verb of its own after the
#: phrase's last 的 or 》 (根据实际情况制定工作计划。) is whole
_PP_ONLY = compile_(r"(?P<prep>根据|按照|依照|依据|随着|对于)(?P<x>[^，,。；;！？!?：:“”（）()]{2,60}?)"
                    r"(?P<end>要求|部署|安排|规定|精神|计划|意见|指示|完善|落实|推进|深入|发展|实施|到来|问题|情况)(?=[。！？!?])")
#: the heads each preposition's phrase ends in
_PP_ENDS = {"根据": ("要求", "部署", "安排", "规定", "精神", "计划", "意见", "指示"),
            "随着": ("完善", "落实", "推进", "深入", "发展", "实施", "到来"), "对于": ("问题", "情况")}
#: a verb or a word of a predicate after the phrase's last 的 or 》 (对于问题要及时解决)
_PP_VERB = compile_(r"制定|开展|组织|完成|召开|举办|进行|印发|提出|建立|做好|研究|决定|认真|切实|及时|抓好|贯彻|执行|了|要|将|已|把|是|有")


def _pp_head(x: str) -> str:
    """The part of the phrase after its last 的 or 》: where a verb would make the sentence whole."""
    return x[max(x.rfind("的"), x.rfind("》")) + 1:]


WORDS = ("关于", "同等", "相同", "的通知", "的通报", "的决定", "的意见", "的批复", "的请示", "的报告")


#: the words every match of _PP_ONLY opens with, and those of _FOR_AIM: keys of the engine's scan (DJ449 declares
#: them), so a paragraph's hits tell whether it holds one (the search of _PP_ONLY was ~1.3 ms a MB of report
#: prose, of _FOR_AIM in the paragraphs with 在 ~0.9; one in six holds a preposition, few one of these 在)
PP_WORDS = ("根据", "按照", "依照", "依据", "随着", "对于")
AIM_WORDS = ("正在", "都在", "仍在", "一直在", "始终在")


def missing_parts(text: str, hits: dict | None = None) -> list[tuple[int, int, str]]:
    """(start, end, message) of each construction missing a part it needs.  ``hits``: the engine's scan of the
    paragraph, where it read ``text`` (:func:`.script.scan_hits`): the searches whose words it lacks are left out."""
    out = []
    if "关于" in text:
        for m in _VERB_ABOUT.finditer(text):
            if _ABOUT_HEAD.search(m.group("x")) and not m.group("x").startswith(_QUESTION):
                continue
            out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}了关于……”后面缺中心语；在末尾补上“的问题（意见、精神）”，"
                                            f"或删去“关于”"))
    if "同等" in text or "相同" in text:
        for m in _SAME_AS.finditer(text):
            out.append((m.start(), m.end(), f"缺介词：“{m.group('s')}”要说与谁{m.group('s')}；在“{m.group('v')}”后面加“与”"))
    if len(text) <= 120 and ("》" in text or text.endswith(_TITLE_ENDS)):
        for m in _TITLE.finditer(text):
            if m.group("v").startswith(_TITLE_VERBS) and "关于" not in m.group(0):
                out.append((m.start(), m.end(), f"公文标题缺“关于”：发文机关和事由之间要用“关于”连接（{m.group('org').split('、')[-1]}关于"
                                                f"……的{m.group('kind')}）"))
    out.extend(_heads_left(text, hits))
    return out


def _heads_left(text: str, hits: dict | None = None) -> list[tuple[int, int, str]]:
    """The session-12 shapes of a head noun left out (……关于……。, 提高了全体党员的。; see the module's doc)."""
    out = []
    if "关于" in text:
        for m in _CARRY_OUT_ABOUT.finditer(text):
            if not m.group("x").endswith(_DOCUMENT_NOUNS) and not _ABOUT_HEAD_INSIDE.search(m.group("x")):
                out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}……关于……”到句末没有中心语；在末尾补上“的决策部署（要求、精神）”"))
    if _OF_AT_END.search(text):  # (in every match: 的 before a sentence's end; 的 alone stands in most paragraphs)
        for m in _HEAD_LEFT.finditer(text):
            out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}……的”后面缺中心语；补上{m.group('v')}的是什么"
                                            f"（……的意识（能力、积极性））"))
    if _HEAD_ENDS.search(text) is None:
        return out + _verbs_left(text, hits)
    for m in _HALF_HEAD.finditer(text):
        out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}{m.group('a')}”后面缺中心语；补上{m.group('v').rstrip('了')}的是什么"
                                        f"（……成效、……评价、……奖）"))
    for m in _ADJ_HEAD.finditer(text):
        out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}……的{m.group('a')}”缺中心语；在“{m.group('a')}”后补上"
                                        f"“度”或“意识”（满意度、廉洁意识）"))
    return out + _verbs_left(text, hits)


def _holds(hits: dict | None, text: str, words: tuple, char: str) -> bool:
    """Whether ``text`` may hold one of ``words``: read off ``hits`` where there are some, else whether it holds ``char``."""
    if hits is None:
        return char in text
    return not hits.keys().isdisjoint(words)


def _verbs_left(text: str, hits: dict | None = None) -> list[tuple[int, int, str]]:
    """The session-12 shapes of a verb left out (正在……为建设……。, ……等特点。)."""
    out = []
    if _holds(hits, text, AIM_WORDS, "在"):
        for m in _FOR_AIM.finditer(text):
            if not m.group("x").endswith(_DONE_FOR):
                out.append((m.start(), m.end(), f"缺谓语：“{m.group('v')}……为{m.group('aim')}……”只有目的，缺谓语；在末尾补上"
                                                f"“而奋斗（努力）”"))
    if hits is None or not hits.keys().isdisjoint(PP_WORDS):
        out.extend(_pp_only(text))
    if "是一" in text:
        for m in _ONE_OF.finditer(text):
            out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}”后面只列了怎么样，缺中心语；在末尾补上“的……”"
                                            f"（{m.group('v')}……的队伍（学校、单位））"))
    if "成为" in text:
        for m in _BECOME.finditer(text):
            out.append((m.start(), m.end(), f"宾语残缺：“成为{m.group('h')}……”缺中心语；在分句末尾补上“的……”（成为{m.group('h')}……的企业（单位））"))
    if "等" in text:
        for m in _LIST_END.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?") + 1
            clause = max(start, max(text.rfind(c, 0, m.start()) for c in "，,：:“”") + 1)
            if "、" in text[clause:m.start()] and _HAS_VERB.search(text, start, m.start()) is None:
                out.append((clause, m.end(), f"缺谓语：“……等{m.group('n')}”前面没有动词；补上“具有（有）”"
                                             f"（具有……等{m.group('n')}）"))
    return out


def _pp_only(text: str) -> list[tuple[int, int, str]]:
    """根据……要求。 随着……的落实。: a sentence that is only a prepositional phrase (_PP_ONLY)."""
    out = []
    for m in _PP_ONLY.finditer(text):
        if m.start() and text[m.start() - 1] not in "。！？!?":
            continue  # the phrase must open its sentence (searched from the word: a lookbehind first is tried everywhere)
        prep = m.group("prep")
        ends = _PP_ENDS.get("根据" if prep in ("按照", "依照", "依据") else prep)
        if m.group("end") in ends and _PP_VERB.search(_pp_head(m.group("x"))) is None:
            out.append((m.start(), m.end(), f"缺少主干：“{prep}……{m.group('end')}”只是状语，不能单独成句；补出主语和谓语"
                                            f"（{prep}……，我们……），或把句号改为逗号，同后面的句子连成一句"))
    return out
