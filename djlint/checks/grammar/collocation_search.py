"""DJ442's verb search: in each clause that may hold a faulty pair, the object's head noun (the last word of
the noun phrase after the verb, :func:`_is_head`) and the verb of the table that governs it (:func:`_verb_of`);
:func:`find` gives the faulty pairs of a paragraph, which the rule (:mod:`.collocation`) reports."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import rx, zh
from .collocation_table import _AFTER_HEAD, _COUNT_TAIL, Table
from .nounends import clauses_worth_it, head_nouns, noun_ends
from .objects import (
    _COORD,
    VERB_ADVERBS,
    _inside_frame,
    _inside_zai_frame,
    _later_conjunct,
    _modifies_a_later_head,
    _not_its_object,
    _quoted_tokens,
    _shared_head,
    drafted_title,
    verb_phrases_modify,
)

#: words after which the object of a verb before them is theirs, not that verb's (a new verb
#: phrase, a preposition opening another phrase, a causative); unless a 的 follows them
#: before the noun, which makes them part of a modifier (发挥党员在推动发展中的作用)
STOP_WORDS = frozenset(
    "使 让 把 将 对 对于 推动 促进 确保 实现 做到 做好 抓好 抓实 推进 完善 健全 坚持 学习 贯彻 组织 召开 参加 "
    "深化 强化 树立 带动 引导 服务 围绕 聚焦 结合 通过 用 由 被 给 向 成为 作为 确立 保障 保证 加快 "
    "有 是 具有 存在 进行 形成 建立 提出 明确 制定 压实 担负 承担 扛起 发扬 彰显 体现 展现 突出 激发 "
    "调动 凝聚 汇聚 筑牢 夯实 守牢 守住 严格 规范 执行 遵守 加大 扩大 拓展 拓宽 打造 构建 培育 "
    "营造 掀起 取得 开展 落实 履行 发挥 加强 提高 提升 增强 改善 改进 转变 增加 践行 坚定 造就 培养".split())
#: a document title's 关于……的通知: the verb phrase before 的 is whole (关于开展……考核制度的通知)
_TITLE_END = compile_(r"的(?:通知|请示|报告|意见|决定|批复|函|方案|实施方案|工作方案|办法|规定|实施意见)" + zh.BLANK + r"*(?:$|[（(])")
#: adjectives misused as verbs: reported only where 了/着 shows the verb (坚强了信心)
ADJECTIVES = frozenset(("坚强", "牢固"))


#: nouns whose wrong verbs are told even where they are a later conjunct of the object: 提高……意识、防溺水知识和……技能
#: (知识 is 丰富ed or 掌握ed, never 提高ed; a list of 质量和水平 after 改善 is left alone, official prose has it)
_CONJUNCT_STRICT = frozenset(("知识", "意识"))
#: verb–noun pairs told where the noun is a later conjunct of the verb's object: 取得了明显成效和积极作用 (blind15; a
#: 作用 is 发挥ed or 起到, never 取得, whatever the conjunct before it); 履行……职责和作用, 发挥……作用和职责, 提高……
#: 效率和作风 the same (none stands in the edited or published reports; 改善就业质量和水平 does, and stays silent); 提高……
#: 修养和精神面貌 (blind15: a 面貌 is 改善d or 焕发ed, never 提高ed); 发扬……风格和水平 (gram32a: a 水平 is 发挥ed or 提高ed,
#: never 发扬ed).  A 水平 or 效率 is raised, never 加强ed, 增强ed or 强化ed, whatever the conjunct beside it: told as a
#: later conjunct (加强……业务能力和服务水平) and as a first one (增强……理论水平和履职能力); in the edited and published
#: reports no such list stands after these verbs (gram32b)
_CONJUNCT_STRICT_PAIRS = frozenset((("取得", "作用"), ("履行", "作用"), ("发挥", "职责"), ("发挥", "责任"), ("发挥", "义务"),
                                    ("提高", "作风"), ("提升", "作风"), ("提高", "面貌"),
                                    ("发扬", "水平"), ("发扬", "效率"))) \
    | frozenset((v, n) for v in ("加强", "增强", "强化") for n in ("水平", "效率"))


#: the nouns of _CONJUNCT_STRICT_PAIRS: what a first conjunct may be told for (see _misfit_first_conjunct)
_STRICT_NOUNS = frozenset(n for _v, n in _CONJUNCT_STRICT_PAIRS)


def _misfit_first_conjunct(table: Table, toks, got, j: int, clause_end: int, nouns: list[str]) -> bool:
    """提高工作作风和工作水平 (blind19), 发挥监督职责和保障作用: the noun at token ``j`` is the first conjunct of the
    verb's object, the verb never takes it (_CONJUNCT_STRICT_PAIRS), and the last conjunct is a noun phrase of its own
    (a modifier and a head) whose head the verb takes.  _is_head leaves such a first conjunct alone, as a list that may
    share the last head (提高规划、建设、治理水平); a bare first noun (提高作风和纪律建设水平) or a last conjunct whose
    head follows 建设 (……作风和效能建设水平: the 水平 of both) may be that list, and stays silent."""
    if len(got) != 1 or not any((got[0][0], n) in _CONJUNCT_STRICT_PAIRS for n in nouns):
        return False
    verb, vs, _vk = got[0]
    if toks[j][1] == vs + len(verb) and len(toks[j][0]) == max(len(n) for n in nouns):
        return False  # the noun bare after the verb: no modifier of its own
    last = [w for w, s, e in toks if e <= clause_end and s >= toks[j + 1][2]]
    for x in range(len(last) - 1, -1, -1):
        if last[x] in _COORD:
            last = last[x + 1:]
            break
    last = [w for w in last if w not in "，,；;。！？!?：:"]
    return len(last) >= 2 and last[-2] not in ("建设", "的") and any(
        (verb, n) in table.right for n in head_nouns(table, last[-1]))


#: 加强和改进 / 加强、改进: the formula's first verb and its joint, just before 改进
_STRENGTHEN_AND = ("加强和", "加强、", "加强与")


def _governing(table: Table, text: str, toks, i0: int, j: int, clause_end: int, nouns: list[str], starts):
    """The verb(s) governing the noun at token ``j`` (as :func:`_verb_of` gives them) where the noun ends its noun
    phrase (:func:`_is_head`) or is a misfit first conjunct (:func:`_misfit_first_conjunct`); else None."""
    if _is_head(text, toks, j, i0, clause_end):
        return _verb_of(table, text, toks, i0, j, nouns, starts)
    if not (j + 1 < len(toks) and toks[j + 1][0] in _COORD and not _STRICT_NOUNS.isdisjoint(nouns)):
        return None
    got = _verb_of(table, text, toks, i0, j, nouns, starts)
    return got if got is not None and _misfit_first_conjunct(table, toks, got, j, clause_end, nouns) else None


def _is_head(text: str, toks, j: int, i0: int, clause_end: int) -> bool:
    """The noun at token ``j`` ends its noun phrase: the clause ends, or a conjunct or 等 follows,
    but not as a one-word conjunct of a list that shares the last conjunct's head (提高规划、
    建设、治理水平: the object is 水平)."""
    end = toks[j][2]
    if toks[j][0][:1] in "高低" and len(toks[j][0]) >= 3 and (
            text.startswith("的", end) or (text.startswith("、", end) and end + 1 < clause_end)):
        # 推进……工作高效率、高质量落实: a list of manners; 加快建设高水平、有特色的……院校, 高水平的队伍:
        # an attribute of a noun that follows, not the object
        return False
    if end >= clause_end or _TITLE_END.match(text, end) or _COUNT_TAIL.match(text, end):
        return True
    if not text.startswith(_AFTER_HEAD, end):
        return False
    if toks[j + 1][0][:1] == "等" and toks[j + 1][0] not in ("等", "等等"):
        return False  # a noun the phrase goes on with (提高道路建设等级: 等级, no 等 closing a list)
    if toks[j + 1][0] in ("等", "等等"):
        # 等 closes the list only where the clause ends: 开展座谈会、报告会等活动 has the head 活动
        after = toks[j + 1][2]
        return after >= clause_end or text[after] in "，,；;。！？!?：:" or text.startswith(("方面", "上", "中"), after)
    if toks[j + 1][0] not in _COORD:
        # a locative, not a verb that starts with one (避免发案率上升: 发案率 is 上升's subject)
        return not (len(toks[j + 1][0]) > 1 and toks[j + 1][0][:1] in "上中" and toks[j + 1][0] not in _AFTER_HEAD)
    if j + 2 < len(toks) and toks[j + 2][1] < clause_end and _opens_verb_phrase(toks[j + 2][0]):
        return True  # 提升干部的政治信仰、增强干部的廉政意识: the next conjunct is a verb phrase of its own
    if toks[j][0] in _CONJUNCT_STRICT and j > i0 and toks[j - 1][0] not in _COORD and not _list_taught(text, end, clause_end, toks[j][0]):
        return True  # 提高……安全意识、防溺水知识和……技能: a conjunct of its own words (防溺水知识) has its own head
    # a list: each conjunct has its own head (加强A建设、B建设和C建设) unless the last one ends in
    # another noun (提高规划、建设、治理水平: the list shares the head 水平)
    tail = []
    for w, s, e in reversed(toks):
        if e > clause_end or s < end:
            continue
        if w in _COORD:
            break
        tail.append(w)
    # a last conjunct with a 的 of its own (凝聚……作用和广大党员的……力量) is a noun phrase with its own head
    # (not a 、-list before 的水平: 提高协商互动、意见表达的水平 is a list of what the 水平 is of)
    # (提升[党风廉政建设和反腐败的]综合实力: without a 的 of the first conjunct's own the 的 closes a modifier of
    # both, and the head comes after it)
    if len(tail) == 1 and len(tail[0]) > 2 and tail[0].endswith(_SHARED_HEAD_ENDS):
        return False  # 加强[工程质量和安全]监管: a one-word last conjunct ending in a noun of oversight shares its head
    return not tail or len(tail) == 1 or tail[0].endswith(toks[j][0][-2:]) or (
        "的" in tail[1:] and not (toks[j + 1][0] == "、" and tail[0] in _DEGREE_HEADS)
        and any(w == "的" for w, _s, _e in toks[i0:j]))


#: what a list of 意识/知识 is taught by (加强安全意识、责任意识教育: the head is 教育)
_TAUGHT = ("教育", "培训", "宣传", "培养", "培育")
_LIST_SPLIT = compile_(r"[、和与及]")


def _list_taught(text: str, end: int, clause_end: int, noun: str) -> bool:
    """The list the noun begins ends in the same noun taught (……意识、……意识教育): the list's head is the teaching."""
    last = _LIST_SPLIT.split(text[end:clause_end])[-1]
    return last.endswith(tuple(noun + w for w in _TAUGHT))


#: nouns of oversight that a one-word last conjunct ends in, shared by the conjuncts before it (加强工程质量和安全监管:
#: what is 加强ed is the 监管 of 工程质量 and of 安全, not the 质量)
_SHARED_HEAD_ENDS = ("监管", "管理", "监督", "治理", "管控", "防控", "保障")


#: heads a 、-list of activities shares (提高协商互动、意见表达的水平)
_DEGREE_HEADS = frozenset("水平 能力 质量 效率 实效 效能".split())


#: verbs that open a second verb phrase after a 、, with a noun of their own (解决困难、减轻负担; 发挥……优势、利用……渠道
#: 助推……的一项重点工作: dev-prec444), also where the segmenter glues the verb to it (减轻负担)
_SECOND_VERBS = frozenset("减轻 减少 降低 压减 利用 借助 运用 提供".split())
#: verbs that open a verb phrase of a list of verb phrases (提升……信仰、增强……意识、树立……观念)
_LIST_VERBS = STOP_WORDS | frozenset("提升 增强 加深 树立 树牢 激发 丰富 拓宽 开阔 弘扬 传承 锤炼 磨炼 涵养 厚植 坚定 端正 "
                                     "改善 优化 解决 满足 维护 保护 营造 倡导 观看 参观 聆听 重温 瞻仰 领诵 诵读 "
                                     "开拓 开创 开辟 打开 分享 传授 讲解 传播 推广 创建 争创 严明 严肃 明确 锻造 砥砺".split()) \
    | _SECOND_VERBS  # (践行……、分享……知识)


#: verbs that take the head noun right after them as their own object (保护环境, 解决问题, 创建文明城市), never
#: a modifier of it as 服务水平's 服务 is
_OBJECT_VERBS = frozenset("保护 维护 爱护 美化 整治 治理 净化 改善 优化 营造 解决 满足 创建 争创".split())


def _own_verb_between(toks, k: int, j: int) -> bool:
    """A conjunct between the verb (token ``k``) and the noun (token ``j``) opens with a verb of its own after a 、:
    the noun is that verb's object (提升工作质效、严明纪律作风)."""
    return any(toks[t][0] == "、" and _opens_verb_phrase(toks[t + 1][0]) for t in range(k + 1, j - 1)) or (
        j - 1 > k and toks[j - 1][0] == "、" and len(toks[j][0]) > 2 and toks[j][0][:2] in _SECOND_VERBS)


def _own_verb_of_noun(table: Table, toks, got, j: int) -> bool:
    """:func:`_own_verb_between`, unless the verb phrases after the 、 modify the noun with the first one before them
    (:func:`.objects.verb_phrases_modify`: 营造了重视学习、崇尚学习的热潮)."""
    verb, k = got[0][0], got[0][2]
    return _own_verb_between(toks, k, j) and not verb_phrases_modify(
        toks, k, j, lambda w: any((verb, n) in table.right for n in head_nouns(table, w)))


def _opens_verb_phrase(word: str) -> bool:
    """A word that opens a verb phrase: a verb of the stop list or the table, alone or glued to
    its object by the segmenter (增强干部, 树立正确)."""
    return word in _LIST_VERBS or (len(word) > 2 and word[:2] in _LIST_VERBS) or word in VERB_ADVERBS


#: verbs that take the noun as their own object when they stand between it and an earlier verb
_HAVE_VERBS = frozenset("有 具有 起到 起着 产生 带来 没有".split())


def _verb_of(table: Table, text: str, toks, i0: int, j: int, nouns: list[str], starts):
    """The table verb that governs the noun at token ``j``, searching back to token ``i0``: the
    nearest table verb before it, unless a stop word (outside a 的-modifier) comes between.
    ``starts``: the set of the tokens' starts.
    Returns [(verb, its start), and a verb coordinated before it] or None."""
    last_de = inner = pivot = None
    own = _verb_ending(table, text, toks, j, starts, toks[i0][1])
    if own is not None and own[1] + len(own[0]) < toks[j][2] and _pair(table, own[0], nouns) is not None:
        return [(own[0], own[1], j)]  # one token holds the verb and its object (发挥作用; 推进会议 is a noun)
    quoted = _quoted_tokens(text, toks, i0, j)  # 制定“守住钱袋子”宣传活动: a quoted name's words are no verbs of the clause
    for k in (x for x in range(j - 1, i0 - 1, -1) if x not in quoted):
        w = toks[k][0]
        if w == "的" and last_de is None:
            last_de = k
        pivot = k if w in _INTO_VERBS and pivot is None else pivot  # (投身 is a verb of the table: seen before it is skipped)
        got = _verb_ending(table, text, toks, k, starts, toks[i0][1])
        # (实施……活力提升项目点建设: a verb before 项目/工程 names a kind of project, it governs nothing)
        if got is not None and not (k + 1 < j and toks[k + 1][0][:2] in _PROJECT_NOUNS):  # (……提升工程项目建设)
            verb, vs = got
            if (_pair(table, verb, nouns) is None and (last_de is not None or _in_compound(toks, k, j, i0))) \
                    or _named_kind(toks, k, j, i0):
                inner = k
                continue  # 发挥[纪委在推进……中的]监督责任, 开展……[推进]会议: a verb inside the noun phrase
            if _governs_no_object(toks, k, verb, inner) or drafted_title(toks, i0, k, j) or _pivot_between(toks, k, pivot):
                return None  # (推动信访工作融入社会工作的大格局: the verb's object is the pivot's subject)
            if last_de is not None and not _coordinated_verbs(table, text, toks, k, nouns, starts, toks[i0][1]) \
                    and ("、" in text[toks[i0][1]:vs] or _right_verb_before(table, text, toks, i0, k, nouns, starts)):
                # [班子成员分工负责、机关党委推进落实]的……格局: a verb in a list that modifies the noun;
                # 发挥[把方向、促落实的]作用: the verb sits in a modifier of another verb's object
                return None
            if _in_a_conjunct_of_the_object(table, text, toks, i0, k, vs, nouns, starts):
                # 发挥[统筹协调、组织推动和督导落实]作用: a list of what the 作用 is, 发挥 governs it;
                # 建立了[联席会议和开展帮教工作]制度: 建立 has no object of its own before 和
                return None
            out = [(verb, vs, k)]
            first = next(x for x in range(k, i0 - 1, -1) if toks[x][1] <= vs)
            if first >= 2 and toks[first - 1][0] in _COORD:
                before = _verb_ending(table, text, toks, first - 2, starts, toks[i0][1])
                # the earlier verb ends where its conjunct ends: 开阔视野、增长知识 has its own object
                if before is not None and before[1] + len(before[0]) == toks[first - 2][2]:
                    out.append((before[0], before[1], first - 2))
            return out
        if w in _INTO_VERBS and last_de is None:
            return None  # 推动[信访工作]融入社会工作大格局: a pivot, the noun is 融入's object
        if w in _HAVE_VERBS and not _have_in_modifier(table, text, toks, i0, k, last_de, starts):
            return None  # 做好今年工作有很大的促进作用: the noun is 有's object, not 做好's
        if w in _OBJECT_VERBS and k == j - 1 and last_de is None:
            return None  # 提高群众保护生态环境……的意识: 环境 is 保护's object, not 提高's
        if w in _LIST_VERBS and last_de is None and not _in_compound(toks, k, j, i0):
            return None  # a verb with an object of its own (开展落实……制度的检查, 提高保护环境的意识)
    return None


#: the second verb of a pivot (推动 X 融入 Y, 引导 X 转向 Y): a verb of moving into or toward a place or state, whose
#: object Y is its own; the first verb's object is X.  Between them a 的 makes it a modifier of Y unless a noun
#: stands before it (推动信访工作融入……的格局, but 推动全面融入……的格局 whose 融入 opens a modifier of 格局)
_INTO_VERBS = frozenset("融入 纳入 进入 转向 转入 转为 转化为 转变为 汇入 嵌入 列入 并入 迈入 迈向 走向 步入 投身 融进 "
                        "加入 回归 上升为".split())
#: words of manner that may stand between a verb and the verb it takes (推动全面融入……)
_MANNER = VERB_ADVERBS | frozenset("深度 更好 更好地 有机 主动 逐步 加快 加速 真正 全方位 全链条 有效 自觉 深层次 高质量".split())


#: verbs that take another verb as their object (推动构建……局面, 加快形成……格局): the second governs the noun
_VERBS_OF_VERBS = frozenset("推动 推进 促进 加快 助推 带动 着力 努力".split())


def _governs_no_object(toks, k: int, verb: str, inner) -> bool:
    """The verb at token ``k`` has no object here: a 的 follows it (发挥的作用, 坚强的信心), it is an
    adjective before its noun (坚强决心; 坚强了信心 uses it as a verb), or a verb skipped as part of
    the noun phrase (``inner``) follows it and it takes verbs (推动构建……的良好局面: 推动 governs 构建)."""
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return nxt == "的" or (verb in ADJECTIVES and nxt not in ("了", "着")) or (
        inner == k + 1 and verb in _VERBS_OF_VERBS)


def _pivot_between(toks, k: int, pivot) -> bool:
    """A verb of _INTO_VERBS at token ``pivot`` (before a 的) has a subject of its own after the verb at token ``k``:
    推动[信访工作]融入……的大格局; not 推动全面融入……的大格局, where only words of manner stand between and 融入 opens
    a modifier of the noun."""
    return pivot is not None and any(toks[x][0] not in _MANNER for x in range(k + 1, pivot))


def _have_in_modifier(table: Table, text: str, toks, i0: int, k: int, last_de, starts) -> bool:
    """构建[具有……的]理念: 具有 at token ``k``, right after a verb and before a 的, opens a modifier of that verb's object."""
    return last_de is not None and k > i0 and _verb_ending(table, text, toks, k - 1, starts, toks[i0][1]) is not None


#: nouns a verb word runs into when it names a kind of thing (学习教育, 服务理念 aside: the head itself)
_COMPOUND_TAIL = frozenset("教育 培训 专题 主题 宣讲 座谈 交流 研讨 调研 动员 部署 推进 会议 活动".split())
#: nouns that make the verb before them name a kind of project (活力提升项目点建设, 品质提升工程): never its object's verb
_PROJECT_NOUNS = frozenset("项目 工程 行动 专项 试点".split())
#: verbs of drafting a document, outside the table: one of them between a verb and its noun governs the noun
_DRAFTING = rx.stdlib("制定|拟定|编制|起草|修订|出台")
#: a campaign named after what it studies, launched by the verb before it (开展了深入贯彻中央八项规定精神学习教育活动: 贯彻
#: begins the campaign's name, 活动 is 开展's object, blind22; 举办学习贯彻……全国两会精神专题活动: the name may open with 学习
#: and end in 专题/主题/系列, published114)
_CAMPAIGN_NAMED = rx.stdlib("(?:(?:学习|主题|集中|专题)教育|专题|主题|系列)$")
_LAUNCHED_BEFORE = rx.stdlib("(?:开展|组织|参加|参与|推进|启动|部署|举办|举行)了?(?:深入|扎实|认真|全面|持续|广泛)*(?:学习)?$")


def _named_kind(toks, k: int, j: int, i0: int) -> bool:
    """树立[宣传]意识, 增强[服务]意识: a verb word right before the head noun, itself right after a verb that
    opens a verb phrase, names the kind of the noun (宣传意识 is awareness of publicity); the earlier verb governs it,
    and a later conjunct of the same noun (树立宣传意识和阵地意识) too."""
    return k > i0 and (k == j - 1 or toks[k + 1][0] == toks[j][0]) and _opens_verb_phrase(toks[k - 1][0])


def _in_compound(toks, k: int, j: int, i0: int) -> bool:
    """The verb word at token ``k`` is part of a noun: after 的 (党员的服务理念), right before the
    head noun (服务水平), or before a noun it names the kind of (党纪学习教育专题讲座); after 大 it
    names a campaign (大学习、大讨论活动)."""
    return ((k > i0 and toks[k - 1][0] in ("的", "大")) or k == j - 1 or toks[k + 1][0] in _COMPOUND_TAIL)


def _verb_ending(table: Table, text: str, toks, k: int, starts, clause_start: int):
    """The table verb in token ``k`` as (verb, start): one that starts the token (切实 aside: an
    adverb a segmenter glued to it, 切实履行), whether the token goes on with the object or not
    (加强监督|检查|力度), or one that ends the token and starts at an earlier word edge (筑/牢)."""
    ts, te = toks[k][1], toks[k][2]
    pres = [pre for pre in _ADVERB_PREFIXES if text.startswith(pre, ts)]  # mostly none: asked once, not per verb
    # only a verb beginning with the character at ts or after an adverb, or ending with the token's last, can fit:
    firsts = {text[ts], *(text[ts + len(pre):ts + len(pre) + 1] for pre in pres)}  # those, in the table's order
    near = {v for c in firsts for v in table.verbs_by_first.get(c, ())}.union(table.verbs_by_last.get(text[te - 1], ()))
    for v in sorted(near, key=table.verb_rank.__getitem__):
        if text.startswith(v, ts):
            return v, ts
        for pre in pres:
            if text.startswith(v, ts + len(pre)):
                return v, ts + len(pre)
        s = te - len(v)
        if clause_start <= s < ts and s in starts and text[s:te] == v:
            return v, s
    return None


#: adverbs a segmenter may glue to a verb (切实履行, 充分发挥)
_ADVERB_PREFIXES = frozenset("切实 充分 认真 全面 积极 不断 进一步 大力 努力 更好 有效 着力 深入 扎实 持续 严格 真正".split())


def _coordinated_verbs(table: Table, text: str, toks, k: int, nouns: list[str], starts, clause_start: int) -> bool:
    """The verb at token ``k`` is the second of two verbs joined by 、 that share the object (推动、触动
    大家……的积极性): the word before the 、 is a verb the table pairs with the same noun, so the 、 is
    no list of what the noun is (班子成员分工负责、机关党委推进落实的格局)."""
    if k < 2 or toks[k - 1][0] != "、":
        return False
    got = _verb_ending(table, text, toks, k - 2, starts, clause_start)
    return got is not None and toks[k - 2][1] == got[1] and _pair(table, got[0], nouns) is not None


def _in_a_conjunct_of_the_object(table: Table, text: str, toks, i0: int, k: int, vs: int, nouns: list[str], starts) -> bool:
    """The verb at token ``k`` stands in a list that modifies the object of an earlier verb that takes
    the noun: after a 、 in the clause, or right after 和/及/与 where that earlier verb has no object of
    its own before it (建立了联席会议和开展帮教工作制度; not 召开座谈会和开展动员会, whose 召开 has 座谈会)."""
    if "、" in text[toks[i0][1]:vs]:
        return _right_verb_before(table, text, toks, i0, k, nouns, starts)
    if k == i0 or toks[k - 1][0] not in ("和", "及", "与", "以及"):
        return False
    for x in range(i0, k - 1):
        got = _verb_ending(table, text, toks, x, starts, toks[i0][1])
        if got is not None and any((got[0], n) in table.right for n in nouns):
            own = [n for y in range(x + 1, k - 1) for n in head_nouns(table, toks[y][0])]
            return not own or _pair(table, got[0], own) is None
    return False


def _right_verb_before(table: Table, text: str, toks, i0: int, k: int, nouns: list[str], starts) -> bool:
    """A verb that takes the noun stands earlier in the clause (so it, not the nearer one, governs it)."""
    for x in range(i0, k):
        got = _verb_ending(table, text, toks, x, starts, toks[i0][1])
        if got is not None and any((got[0], n) in table.right for n in nouns):
            return True
    return False


def _pair(table: Table, verb: str, nouns: list[str]):
    """The table's verdict on ``verb`` with the head noun: the first of ``nouns`` (longest first) the
    table pairs with the verb, as (noun, "wrong"|"short"|"right"), or None."""
    for n in nouns:
        if (verb, n) in table.right:
            return n, "right"
        if (verb, n) in table.wrong:
            return n, "wrong"
        if (verb, n) in table.short:
            return n, "short"
    return None


def _relative_clause(table: Table, toks, vk: int, j: int, verb: str) -> bool:
    """The verb at token ``vk`` takes a right object of its own right before a 的 that comes before the head
    noun at token ``j``: the verb phrase is a modifier of the noun (开展……活动的方案, 发挥作用的机制), not its verb;
    a possessor before the 的 (发挥纪委的监督责任) is no object of the verb and leaves the pair told.  Words of time
    may close the phrase before its 的 (开展……活动过程中的一次重要会议, 开展主题教育期间的会议: the phrase says when,
    dev-prec436)."""
    for k in range(vk + 1, j - 1):
        x = k + 1
        while x < j - 1 and toks[x][0] in _WHEN_WORDS:
            x += 1
        if toks[x][0] == "的" and any((verb, n) in table.right for n in head_nouns(table, toks[k][0])):
            return True
    return False


def _plan_named_for(table: Table, text: str, toks, vk: int, j: int, verb: str, cs: int = 0) -> bool:
    """The head noun at token ``j`` is a plan (方案, 实施方案) joined straight to a right object of the verb by 实施 or
    工作, and the name ends its line or its 《》: a document's name without its 的, the verb phrase says what the
    plan is for (深入开展党的群众路线教育实践活动实施方案, a school's heading, dev-prec438).  So is it when a verb that
    handles documents (介绍、宣读、解读、印发……) earlier in the clause takes the plan as its object (介绍了校医院开展
    “两学一做”学习教育实施方案，……, dev-prec443).  开展实施方案, with no object of 开展's own, and 认真开展活动实施方案。
    in a sentence are still faults."""
    if toks[j][0] not in _PLANS:
        return False
    if not (text[toks[j][2]:].strip() == "" or text.startswith(_NAME_CLOSES, toks[j][2])
            or _HANDLES_DOCUMENT.search(text, cs, toks[vk][1])):
        return False
    k = j - 1
    while k > vk and toks[k][0] in _PLAN_LINKS and toks[k][2] == toks[k + 1][1]:
        k -= 1
    linked = k < j - 1 or toks[j][0] != "方案"  # 活动实施方案, 活动工作方案; 活动方案 alone is no name of a plan here
    return vk < k and linked and toks[k][2] == toks[k + 1][1] and any(
        (verb, n) in table.right for n in head_nouns(table, toks[k][0]))


def _event_named_for(table: Table, text: str, toks, vk: int, j: int, verb: str, cs: int) -> bool:
    """The head noun at token ``j`` is a meeting or a class (交流会, 推进会, 动员大会, 培训班) that a verb of holding
    earlier in the clause takes (举行、召开、举办、参加……), and a right object of the verb stands straight before it:
    the verb phrase names the meeting (举行了深入开展“创先争优”活动汇报交流会, dev-prec445); 开展 governs 活动, not 会.
    开展汇报交流会 with no object of 开展's own is still a fault."""
    if toks[j][0][-1:] not in _EVENT_ENDS or not _HOLDS_EVENT.search(text, cs, toks[vk][1]):
        return False
    for k in range(j - 1, vk, -1):
        if toks[k][2] != toks[k + 1][1] or not toks[k][0].isalnum():
            return False  # the name runs without a break from the object to the meeting
        if any((verb, n) in table.right for n in head_nouns(table, toks[k][0])):
            return True
    return False


#: the last character of a meeting's or a class's name (汇报交流会, 动员大会, 培训班, 读书班)
_EVENT_ENDS = frozenset("会班")
#: verbs that take a meeting or a class as their object (举行了……交流会, 召开……推进会, 参加……培训班)
_HOLDS_EVENT = compile_(r"(?:举行|召开|举办|主办|承办|参加|出席|列席|主持)")


#: a plan's names, and the words that join them to what the plan is for (活动实施方案, 活动工作方案)
_PLANS = frozenset("方案 实施方案 工作方案".split())
_PLAN_LINKS = frozenset("实施 工作".split())
_NAME_CLOSES = ("》", "的通知")
#: verbs that take a document as their object (介绍了……实施方案, 宣读了……工作方案): before a plan's name, they make
#: the verb phrase inside the name the plan's purpose
_HANDLES_DOCUMENT = compile_(r"(?:介绍|宣读|解读|印发|下发|制定|制订|出台|审议|审定|起草|修订|传达|讨论)")


#: words of time that close a verb phrase before the 的 that makes a modifier of it (开展……活动过程中的, ……期间的)
_WHEN_WORDS = frozenset("过程 过程中 中 期间 之际 以来 当中 时期 阶段 之时".split())


def _may_end_object(text: str, table: Table, verb_at: int, cs: int, ce: int) -> bool:
    """Without the parse: a wrong noun of a verb in this clause stands where an object ends (the
    clause ends, a conjunct or 等 follows, a title's 的通知).  Most clauses fail this, and then the
    paragraph is never segmented (提高党的建设质量: 建设 is followed by 质量)."""
    if table.holds_wrong_noun(text, verb_at, ce) is None:
        return False  # no wrong noun of any verb in the rest of the clause: one search, not a find per noun
    for vm in table.verb_pattern.finditer(text, verb_at, ce):
        v, vat = vm.group(0), vm.start()
        for n in table.faulty_nouns_of[v]:
            at = text.find(n, vat + len(v), ce)
            while at >= 0:
                end = at + len(n)
                if end >= ce or text.startswith(_AFTER_HEAD, end) or _TITLE_END.match(text, end) or _COUNT_TAIL.match(text, end):
                    # 发挥好把方向、管大局、保落实的领导作用: a verb that takes the noun comes first and
                    # the nearer one sits in a modifier (what _verb_of decides on the parse)
                    if not ("的" in text[vat:at] and any(text.find(rv, cs, vat) >= 0
                                                          for rv in table.right_verbs_of.get(n, ()))):
                        return True
                at = text.find(n, end, ce)
    return False


def _clauses_worth_it(table: Table, text: str) -> list[tuple[int, int]]:
    """The clauses, in order, where _may_end_object can hold: a wrong noun stands where an object
    ends (the clause ends, or a conjunct, 等, a locative or 的 follows) and a verb the table
    faults with it (or with a noun it begins with) stands before it in the clause.  Of some 19,000
    clauses with a verb in 2 MB about a dozen pass _may_end_object; this finds them by one scan
    for the nouns instead of asking each clause.  Every occurrence counts, overlapping ones too
    (the nouns' places: :func:`.nounends.noun_ends`)."""
    first = table.verb_pattern.search(text)
    if first is None:
        return []  # no verb of the table: no noun has one before it
    # a verb faulted with a noun ends before the noun, and no verb of the table starts before ``first``: the nouns
    # from just after its start on (the tries, no lookbehind, match at a place whatever the search's start)
    return clauses_worth_it(table, text, noun_ends(table, text, first.start() + 1))


def find(table: Table, text: str, tokens) -> list[tuple[int, int, str, str, str]]:
    """(start, end, verb, noun, "wrong"|"short") of each faulty verb–object pair in a paragraph;
    ``tokens(cs, ce)`` gives the tokens of the clause ``text[cs:ce]`` (at the paragraph's offsets),
    asked for only when the clause may hold one.  A clause is bounded by clause marks, which end
    the segmenter's blocks, so its tokens are the paragraph's tokens inside it; segmenting the
    clause alone keeps a paragraph of one long line (50,000 characters pasted without a break)
    from being segmented whole for one clause."""
    out = []
    for cs, ce in _clauses_worth_it(table, text):
        m = table.verb_pattern.search(text, cs, ce)  # the clause's first verb, where a scan of all verbs meets it
        if m is None or not _may_end_object(text, table, m.start(), cs, ce):
            continue
        toks = tokens(cs, ce)
        if not toks:
            continue
        start_set = {s for _w, s, _e in toks}
        idx = range(len(toks))
        i0 = 0
        for j in idx:
            nouns = head_nouns(table, toks[j][0])
            if not nouns:
                continue
            got = _governing(table, text, toks, i0, j, ce, nouns, start_set)
            if got is None or (_later_conjunct(text, toks, cs, got[0][2], j) and _CONJUNCT_STRICT.isdisjoint(nouns)
                               and len(got) == 1 and not any((got[0][0], n) in _CONJUNCT_STRICT_PAIRS for n in nouns)):
                # a later conjunct: 改善就业质量和水平 (the verb fits the first noun); not 、 in “尊老、爱老”.  Two verbs joined
                # before a list of objects each take every object (改进、提高服务质量和水平: 改进 takes 水平 too)
                continue
            if {v for v, _s, _k in got} == {"加强", "改进"} or _own_verb_of_noun(table, toks, got, j) or (
                    got[-1][0] == "改进" and text.startswith(_STRENGTHEN_AND, got[-1][1] - 3)):
                continue  # 加强和改进党的建设 (党的十九大报告): a formula, though 改进 alone does not take 建设 (also where the
                # segmenter glued 加强 to the word before it: 继续加强和改进); 提升工作质效、严明纪律作风: the later item has a verb of its own
            for verb, vs, vk in got:
                ve = vs + len(verb)
                if (text[ve:ve + 1] == "、" and not table.verb_pattern.match(text, ve + 1)) or any(
                        w in ("等", "等等") and ts == ve for w, ts, _te in toks):
                    continue  # 在政治站位上再提高、作风建设上再提效; ……运行管理、业务开展等基本制度: the verb ends its item
                verdict = _pair(table, verb, nouns)
                if verdict is None or verdict[1] == "right":
                    continue
                if _not_its_object(text, ve, toks[j][1], verdict[0], vs) or _DRAFTING.search(text, ve, toks[j][1]) or (
                        _CAMPAIGN_NAMED.search(text, ve, toks[j][1]) and _LAUNCHED_BEFORE.search(text[max(cs, vs - 10):vs])):
                    continue  # (为下一步工作开展制定计划: 制定, outside the table, governs 计划)
                if _inside_zai_frame(text, ve, toks[j][1], toks[j][2]) or _inside_frame(toks, vk, j):
                    continue  # 发挥政府在立法工作中的重要作用, 提高……在法治建设工作中的政治领悟力: the noun is inside
                    # 在……中 (对……方面, 从……上), the object comes after it
                if verdict[1] == "short" and _shared_head(text, toks[j][2], ce, table.short[(verb, verdict[0])][0][0]):
                    continue  # 发挥支部战斗堡垒及党员先锋模范作用: the conjuncts share the head 作用
                if verdict[1] == "wrong" and (_modifies_a_later_head(text, toks[j][2], ce)
                                              or _relative_clause(table, toks, vk, j, verb)
                                              or _plan_named_for(table, text, toks, vk, j, verb, cs)
                                              or _event_named_for(table, text, toks, vk, j, verb, cs)):
                    continue  # 开展……分类方案、……期限表修订审查: the list modifies the object's real head; 关于开展……
                    # 主题党日活动的方案: 开展 has its own object 活动, the clause modifies 方案
                out.append((vs, toks[j][2], verb, verdict[0], verdict[1]))
    return out
