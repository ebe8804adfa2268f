"""What a noun standing after a verb is, for DJ442: the verb's object, or the end of something else in
between — a quoted name, a 在……中 frame, a later conjunct another verb may govern, events joined by 暨, a
need that a verb phrase before 的 names the purpose of, a level a second verb reaches (工作上水平), a list that
goes on to the object's real head."""
from __future__ import annotations

from ...engine.kinds import compile_

_COORD = frozenset("和 与 及 、 并 以及".split())
#: adverbs that open a verb phrase, never a noun conjunct (提升……堡垒作用、持续深化……力度: the list is of verb phrases)
VERB_ADVERBS = frozenset("持续 不断 进一步 切实 全面 着力 积极 大力 深入 扎实 认真 努力 始终 更加 坚决 充分".split())


def _quoted_tokens(text: str, toks, i0: int, j: int) -> set[int]:
    """The tokens between ``i0`` and ``j`` inside a quotation (“……”) that closes before token ``j``."""
    out: set[int] = set()
    open_at = -1
    for k in range(j - 1, i0 - 1, -1):
        if toks[k][0] == "”" and open_at < 0:
            open_at = text.rfind("“", toks[i0][1], toks[k][1])
        elif open_at >= 0 and toks[k][1] > open_at:
            out.add(k)
        elif open_at >= 0:
            open_at = -1
    return out


def _quoted_apart(text: str, s: int, e: int) -> bool:
    """The verb at ``s`` stands inside a quotation that closes before the noun ending at ``e``."""
    if text.rfind("“", 0, s) <= text.rfind("”", 0, s):
        return False
    close = text.find("”", s)
    return 0 <= close < e


def _quoted(text: str, cs: int, at: int) -> bool:
    """``at`` stands inside a pair of quote marks opened in its clause (“全民消防、生命至上”)."""
    return text.count("“", cs, at) > text.count("”", cs, at)


#: nouns a verb phrase before 的 may name the purpose of (提高……的需要: the need to raise it)
_PURPOSE_NOUNS = frozenset(("需要", "需求"))
#: change words a 新 before them makes into things gained (取得新提高)
_CHANGES = frozenset(("提高", "提升", "改善"))
#: 推动学校各项工作上水平上台阶: a pivot (工作) and a verb that reaches the level (上、迈上、达到……) stand between the
#: first verb and the noun, so the noun is the second verb's object (published80); bare 上（提、达） only right before
#: the noun or a short new/higher, 达到（提升到） before any modifier without a clause mark
_REACHED = compile_(r"[一-龥]{2}(?:(?:上|提|达|迈上|跃上|登上|攀上|跨上)(?:一个新|新的|新|更高的|更高|个新)?|"
                    r"(?:达到|提升到|提高到|迈向|迈入|跨入|走向)[一-龥“”]{0,12})$")


#: what makes the verb the clause's predicate, right before it (切实解决群众的……需求): its 的-need is then its object, not
#: a purpose (这是提高……能力的需要, 也是切实提高……的需要)
_DOING = compile_(r"(?<![是为])(?:切实|及时|有效|着力|积极|努力|全力|着重|重点|认真|更好地?|帮助|帮|要|应|须|必须)$")


#: a 来 that links a means to the verb phrase it serves (以……的实际效果来检验党员工作, 用……来推动……): the noun after
#: it is that verb phrase's object, not the object of a verb before 来 (…作用发挥好坏…来检验…工作); 来 closing a
#: word (以来, 未来, 起来, 带来, 到来……) or opening one (来自, 来源) is no link
_MEANS_LAI = compile_(r"(?<=[一-龥])(?<![以未起出带原从看后近由本将往外下上过回进到前归再])来(?![自源说看讲])[一-龥]{2}")


def _not_its_object(text: str, verb_end: int, noun_start: int, noun: str, verb_start: int = -1) -> bool:
    """The noun is not what the verb ending at ``verb_end`` takes: events joined by 暨 (召开组织生活会暨民主评议党员
    活动, 开展……教育暨……宣讲会: the verb takes the first), or a need the verb phrase names the purpose of (这是提高……
    能力的需要; 增强了……的需要 is a predicate), or a change word named as a thing by 新 (取得新的提高)."""
    between = text[verb_end:noun_start]
    if "暨" in between:
        return True
    if "来" in between and _MEANS_LAI.search(between):
        return True  # 以……效果来检验……工作: 工作 is 检验's
    if _REACHED.search(between):
        return True  # 推动……工作上水平上台阶, 推动……达到全国先进水平: 水平 is what 上（达到） reaches
    if noun in _CHANGES and text.endswith(("新", "新的"), 0, noun_start):
        return True  # 取得新进展新成效新提高, 取得新的提高: a new gain, the change word named as a thing
    return noun in _PURPOSE_NOUNS and "的" in between and not text.startswith(("了", "着"), verb_end) and not (
        verb_start > 0 and _DOING.search(text, max(0, verb_start - 4), verb_start))


def _inside_zai_frame(text: str, verb_end: int, noun_start: int, noun_end: int) -> bool:
    """The noun closes a 在……中（上、里） frame opened after the verb: it is the frame's, not the verb's (a 在 the
    segmenter glued to a word counts here; :func:`_inside_frame` asks the tokens for the other frames)."""
    return text[noun_end:noun_end + 1] in ("中", "上", "里") and "在" in text[verb_end:noun_start]


#: prepositions that open a frame a locative closes (在……中, 于……中, 对……方面, 从……上)
_FRAME_OPENERS = frozenset("在 于 对 对于 从".split())
#: locatives that close such a frame (a word the segmenter glues to 中 closes it too: 过程中, 实践中)
_FRAME_CLOSERS = frozenset("中 里 上 下 上下 方面 之中 当中 之上 之下 之内 期间".split())
#: words ending in 中 that are no locative (集中, 其中)
_NOT_LOCATIVE = frozenset("集中 其中 高中 初中 命中 看中 选中 折中 适中 居中".split())


def _closes_frame(word: str) -> bool:
    return word in _FRAME_CLOSERS or (len(word) > 2 and word.endswith("中") and word not in _NOT_LOCATIVE)


def _frame_open(toks, start: int, end: int) -> bool:
    """A preposition of :data:`_FRAME_OPENERS` among tokens ``start``..``end - 1`` whose locative has not come yet."""
    opened = False
    for x in range(start, end):
        w = toks[x][0]
        if w in _FRAME_OPENERS:
            opened = True
        elif _closes_frame(w):
            opened = False
    return opened


def _inside_frame(toks, k: int, j: int) -> bool:
    """The noun at token ``j`` stands inside a prepositional frame opened after the verb at token ``k`` and closed
    by a locative after the noun (提高全乡党员干部[在法治建设工作中]的政治领悟力, 提升党员[在党的建设方面]的能力,
    [在法治建设和作风建设中]): the frame is opaque, the object's head comes after it.  A noun after the frame's
    locative is outside it (提高……在……中的建设 is still 提高's object).  Without its preposition too: a locative
    within two words after the noun and 的 after the locative make a modifier of a later head (提高干部[法治建设
    工作中]的领悟力), unless the verb itself stands in a frame that locative closes (在[提高党的建设]上的经验)."""
    if _frame_open(toks, k + 1, j):
        return any(_closes_frame(toks[x][0]) for x in range(j + 1, len(toks)))
    if _frame_open(toks, 0, k):
        return False
    for x in range(j + 1, min(j + 4, len(toks) - 1)):
        w = toks[x][0]
        if _closes_frame(w):
            return toks[x + 1][0] == "的"
        if w == "的" or w in _COORD:
            return False
    return False


def _later_conjunct(text: str, toks, cs: int, k: int, j: int) -> bool:
    """The noun at ``j`` is a later conjunct of the verb at ``k``'s object and may be another verb's
    (改善就业质量和水平; 提高减免幅度、扩大适用范围): a 和/、 stands between them.  Not where the
    list sits inside a 的-modifier of the noun (营造共建、共治、共享的氛围), nor where it is a list of
    short names of one kind before the noun (掀起大学习、大讨论活动)."""
    coords = [x for x in range(k + 2, j) if toks[x][0] in _COORD and not _quoted(text, cs, toks[x][1])]
    coords = [x for x in coords if all(toks[y][0] != "的" for y in range(x + 1, j))]
    if not coords:
        return False
    cuts = [toks[k][2]] + [toks[x][1] for x in coords] + [toks[x][2] for x in coords] + [toks[j][1]]
    cuts.sort()
    items = [text[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts), 2)]
    return not all(0 < len(item) <= 3 for item in items)


def _shared_head(text: str, end: int, clause_end: int, head: str) -> bool:
    """The noun ending at ``end`` is followed by a conjunct that ends in the missing head itself."""
    after = text[end:clause_end]
    if not after.startswith(("和", "与", "及", "以及", "、")):
        return False
    heads = (head, *_HEADS_LIKE.get(head, ()))
    if after.rstrip("，,。；;！？!?：: ").endswith(heads):
        return True
    # the conjunct's own head a few words on, the clause going on after it (把发挥支部战斗堡垒和党员先锋模范作用
    # 作为……的抓手): the next conjunct of eight characters or fewer ends in the head
    return any(0 < after.find(h) <= 10 and not _CLAUSE_BREAK.search(after, 0, after.find(h)) for h in heads)


_CLAUSE_BREAK = compile_(r"[，,。；;：:！？!?]")
#: a list item of a noun phrase whose head comes later (……方案、……范围和……期限表修订审查工作; 座谈会、研讨会等活动)
_LIST_GOES_ON = compile_(r"、[^，,。；;：:！？!?]{2,40}?(?:修订|审查|修订审查|评审|编制|检查|清理|评估|工作|活动|等)")


def _modifies_a_later_head(text: str, end: int, clause_end: int) -> bool:
    """The noun ending at ``end`` opens a list that goes on to the object's real head."""
    return _LIST_GOES_ON.match(text, end, clause_end) is not None


#: heads that complete 发挥 as well as 作用 does (发挥……引领和服务功能)
_HEADS_LIKE = {"作用": ("功能", "职能", "效能", "效用", "优势")}


#: verbs that draw up a document, and the documents they draw up: what stands between them is the
#: document's name (制定[常态化开展……工作]方案), whose verbs govern nothing outside it
_DRAFTING = frozenset("制定 研究制定 印发 出台 修订 修改 起草 编制 编印 完善".split())
_DOCUMENTS = frozenset("方案 计划 办法 制度 规定 意见 细则 清单 规划 预案 规则 守则 指南".split())


def drafted_title(toks, i0: int, k: int, j: int) -> bool:
    """The noun at token ``j`` is a document that a drafting verb before token ``k`` (in the clause from
    ``i0``) draws up, the verb at ``k`` inside its name: 制定常态化开展统计信用建设工作方案 — 开展 does
    not govern 方案."""
    return toks[j][0] in _DOCUMENTS and any(toks[x][0] in _DRAFTING for x in range(i0, k))


#: what may stand between a verb and the first item of its object (营造了……, 履行好……)
_AFTER_VERB = frozenset("了 着 好 起 起了 出".split())


def verb_phrases_modify(toks, k: int, j: int, takes) -> bool:
    """The 、 between the verb at token ``k`` and the noun at token ``j`` joins verb phrases that together modify the
    noun before its 的, so the noun is still the verb's object: 营造了[重视学习、崇尚学习、坚持学习]的热潮, 履行好[组织
    党员、教育党员、服务群众]的作用.  A 的 stands after the last 、 and the first item does not end in a noun the verb
    takes (``takes(word)`` false); 发挥……优势、利用……渠道助推……的一项重点工作 (dev-prec444) lists verb phrases of
    their own, the first with 发挥's own object."""
    marks = [t for t in range(k + 1, j) if toks[t][0] == "、"]
    if not marks or not any(toks[y][0] == "的" for y in range(marks[-1] + 1, j)):
        return False
    first = [w for w, _s, _e in toks[k + 1:marks[0]] if w not in _AFTER_VERB]
    return bool(first) and "的" not in first and not takes(first[-1])
