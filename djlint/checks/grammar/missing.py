"""DJ449, a part a construction needs and the sentence left out (session 11, from faults others published):

- 研究（讨论、学习……）了关于……。 with no 的 + noun: 关于 opens a modifier, the object's head is missing
  (研究了关于……如何做好思想政治工作 → ……工作的问题);
- 享有（享受、给予）……的……同等的……: 同等 compares, and what with is not said (→ 享有与……同等的……);
- a document title with its issuer and no 关于 (×××部优先提高……的通知, 《×××授予……的通报》): 关于 joins
  the issuer to the matter (GB/T 9704-2012 7.3.1: 发文机关名称、事由和文种); 印发、转发、批转 titles do without it.
"""
from __future__ import annotations

from ...engine.kinds import compile_

_VERB_ABOUT = compile_(r"(?P<v>研究|讨论|学习|传达|听取|审议|商讨|探讨|分析|提出|制定|出台|印发|作出|做出)了关于(?P<x>[^的，,。；;！？!?：:“”《》（）()]{4,40})"
                       r"(?=[。；;！？!?]|$)")
_SAME_AS = compile_(r"(?P<v>享有|享受|给予|获得)(?P<x>[^，,。；;！？!?：:与和同跟及按照“”]{1,20}?的[^，,。；;！？!?：:与和同跟及按照“”的]{1,10}?)"
                    r"(?P<s>同等|相同)的?")
#: an issuer's name: ends in the word of an office, or is blacked out
_ISSUER = r"(?:[^《》，,。；;：:、 ]{1,20}?(?:部|委|局|厅|办公室|办|政府|党委|党组|委员会|公司|院|会|处|室|中心|学校|大学|高校)|[*＊×]{2,})"
_TITLE = compile_(r"(?:^|(?<=《))(?P<org>" + _ISSUER + r"(?:、" + _ISSUER + r")*)(?P<v>(?!关于|印发|转发|批转|颁发|发布)"
                  r"[^《》，,。；;：:、 ]{4,60}?)的(?P<kind>通知|通报|决定|意见|批复|请示|报告|函)(?=》|$)")
_TITLE_VERBS = ("授予", "表彰", "给予", "优先", "开展", "做好", "加强", "进一步", "调整", "成立", "设立", "实行", "实施", "推进",
                "提高", "同意", "表扬", "奖励", "处理", "追认")

WORDS = ("关于", "同等", "相同", "的通知", "的通报", "的决定", "的意见", "的批复", "的请示", "的报告")


def missing_parts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each construction missing a part it needs."""
    out = []
    if "关于" in text:
        for m in _VERB_ABOUT.finditer(text):
            out.append((m.start(), m.end(), f"宾语残缺：“{m.group('v')}了关于……”后面缺中心语；在末尾补上“的问题（意见、精神）”，"
                                            f"或删去“关于”"))
    if "同等" in text or "相同" in text:
        for m in _SAME_AS.finditer(text):
            out.append((m.start(), m.end(), f"缺介词：“{m.group('s')}”要说与谁{m.group('s')}；在“{m.group('v')}”后面加“与”"))
    if len(text) <= 120:
        for m in _TITLE.finditer(text):
            if m.group("v").startswith(_TITLE_VERBS) and "关于" not in m.group(0):
                out.append((m.start(), m.end(), f"公文标题缺“关于”：发文机关和事由之间要用“关于”连接（{m.group('org').split('、')[-1]}关于"
                                                f"……的{m.group('kind')}）"))
    return out
