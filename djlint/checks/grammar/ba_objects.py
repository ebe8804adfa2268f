"""DJ442 with the object fronted by 把: 把……监督职责发挥好, 把……先锋模范作用履行到位, 把学习热潮营造起来.

The object stands between 把 and the verb, its head noun the last word before the verb (and the adverbs that may
stand before it: 把……作用充分发挥出来); the verb closes the clause or is followed by what completes it (好, 到位,
起来, 出来, 得).  Only a verb so completed is read: 把党的建设提高到新水平 has 提高到 and its result, and 把……作为……
or 把……结合起来 take no table verb.  The pair is judged by the table as the verb search judges it (wrong rows only).
In the edited and published reports the shape stands a handful of times, each with a right pair (把……作用发挥出来,
把……工作落实到位); none is told (gram32b).
"""
from __future__ import annotations

from ...util import rx
from .nounends import head_nouns
from .text import CLAUSE_MARKS

#: what completes the verb after its 把-object (发挥好, 履行到位, 营造起来, 发挥出来, 发挥得更好)
_COMPLETIONS = ("好", "到位", "起来", "出来", "得")
#: adverbs that may stand between the object and its verb (把……作用充分发挥出来)
_ADVERBS = frozenset("切实 充分 真正 全面 认真 更好 更好地 进一步 不断 有效 扎实 坚决 确实 全力".split())
#: a 把 that opens a 把-object: the word 把 alone (not 把握, 把关, 一把手), where a clause may hold it
_BA = rx.stdlib("把")


def _verb_at(table, text: str, toks, k: int):
    """(the table verb token ``k`` is or begins with before what completes it, glued by the segmenter: 发挥好;
    whether it is completed: the clause ends after it or 好, 到位, 起来, 出来, 得 follows), or None for no verb."""
    w = toks[k][0]
    for v in table.verbs:
        if w == v or (w.startswith(v) and w[len(v):].startswith(_COMPLETIONS)):
            end = toks[k][1] + len(v)
            return v, end >= len(text) or text[end] in CLAUSE_MARKS or text.startswith(_COMPLETIONS, end)
    return None


def ba_objects(table, text: str, tokens) -> list[tuple[int, int, str, str]]:
    """(start, end, verb, noun) of each 把-object whose verb the table faults with its head noun; ``tokens(cs, ce)``
    gives a clause's tokens at the paragraph's offsets (asked only where a clause holds 把 and a wrong noun)."""
    out = []
    for m in _BA.finditer(text):
        cs = max((text.rfind(c, 0, m.start()) for c in CLAUSE_MARKS), default=-1) + 1
        ce = min((x for x in (text.find(c, m.end()) for c in CLAUSE_MARKS) if x >= 0), default=len(text))
        if table.holds_wrong_noun(text, m.end(), ce) is None:
            continue
        toks = tokens(cs, ce)
        ba = next((i for i, (w, s, _e) in enumerate(toks) if s == m.start() and w == "把"), None)
        if ba is None:
            continue  # 把 inside a word (把握, 把关, 一把手)
        for k in range(ba + 2, len(toks)):
            got = _verb_at(table, text, toks, k)
            if got is None:
                continue
            verb, completed = got
            h = k - 1
            while h > ba + 1 and toks[h][0] in _ADVERBS:
                h -= 1
            noun = next((n for n in head_nouns(table, toks[h][0]) if (verb, n) in table.wrong), None)
            if completed and noun is not None:
                out.append((toks[ba + 1][1], toks[k][1] + len(verb), verb, noun))
            break  # the first table verb after the object is its verb
    return out
