"""DJ442 动宾搭配不当: a verb with an object it cannot take (发挥职责, 履行作用, 营造热潮…).

Matched on the parse, not on adjacent characters: in each clause the object's head noun is the
last word of the noun phrase after the verb (it may be several words away: 发挥纪委的监督责任),
and its verb is the nearest verb of the table before it, so a noun another verb governs is
not blamed on the first one (履行职责、发挥作用).  The table is rules/phrase/data/collocations.tsv.
"""
from __future__ import annotations

import os
import re

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...errors import RuleLoadError
from ...util import rx, zh
from ...util.trie import trie_pattern
from .campaign import campaign_objects
from .nounends import by_edge, clauses_worth_it, head_nouns, noun_ends
from .objects import (
    _COORD,
    VERB_ADVERBS,
    _inside_zai_frame,
    _later_conjunct,
    _modifies_a_later_head,
    _not_its_object,
    _quoted_apart,
    _quoted_tokens,
    _shared_head,
    drafted_title,
)
from .predicates import WORDS as _PREDICATE_WORDS
from .predicates import unfit_predicates
from .script import ReadsTraditional, reading
from .text import CLAUSE_MARKS, quoted_speech

#: words after which the object of a verb before them is theirs, not that verb's (a new verb
#: phrase, a preposition opening another phrase, a causative); unless a 的 follows them
#: before the noun, which makes them part of a modifier (发挥党员在推动发展中的作用)
STOP_WORDS = frozenset(
    "使 让 把 将 对 对于 推动 促进 确保 实现 做到 做好 抓好 抓实 推进 完善 健全 坚持 学习 贯彻 组织 召开 参加 "
    "深化 强化 树立 带动 引导 服务 围绕 聚焦 结合 通过 用 由 被 给 向 成为 作为 确立 保障 保证 加快 "
    "有 是 具有 存在 进行 形成 建立 提出 明确 制定 压实 担负 承担 扛起 发扬 彰显 体现 展现 突出 激发 "
    "调动 凝聚 汇聚 筑牢 夯实 守牢 守住 严格 规范 执行 遵守 加大 扩大 拓展 拓宽 打造 构建 培育 "
    "营造 掀起 取得 开展 落实 履行 发挥 加强 提高 提升 增强 改善 改进 转变 增加 践行 坚定 造就 培养".split())
#: what may stand after an object's head noun: the clause ends, a conjunct, what the noun does not modify (a locative, 等)
_AFTER_HEAD = ("和", "与", "及", "以及", "、", "并", "同时", "等", "上", "中", "方面", "工作中", "……", "…")
#: a document title's 关于……的通知: the verb phrase before 的 is whole (关于开展……考核制度的通知)
#: how many times, closing the clause after the object (开展……活动12次, 召开……会议3场): the noun before it is the head
_COUNT_TAIL = compile_(r"(?:[0-9０-９]+|[一二两三四五六七八九十百千几数]+)(?:余|多)?(?:次|场|期|轮|批|人次|场次)(?=[，,；;。！？!?：:]|$)")
_TITLE_END = compile_(r"的(?:通知|请示|报告|意见|决定|批复|函|方案|实施方案|工作方案|办法|规定|实施意见)" + zh.BLANK + r"*(?:$|[（(])")
#: adjectives misused as verbs: reported only where 了/着 shows the verb (坚强了信心)
ADJECTIVES = frozenset(("坚强", "牢固"))


class Table:
    """The verb–object table: ``wrong[(verb, noun)]`` → (verbs to use, note); ``short[(verb, noun)]``
    → (the head noun the object lacks, note) for a modifier left standing as the object
    (发挥……引领 → 发挥……引领作用); ``right`` pairs."""

    def __init__(self, rows):
        self.wrong: dict[tuple[str, str], tuple[list[str], str]] = {}
        self.short: dict[tuple[str, str], tuple[list[str], str]] = {}
        self.right: set[tuple[str, str]] = set()
        for verb, noun, verdict, instead, note in rows:
            if verdict == "wrong":
                self.wrong[(verb, noun)] = (instead, note)
            elif verdict == "short":
                self.short[(verb, noun)] = (instead, note)
            else:
                self.right.add((verb, noun))
        faulty = {**self.wrong, **self.short}
        self.faulty = faulty
        self.verbs = sorted({v for v, _n in faulty} | {v for v, _n in self.right}, key=len, reverse=True)
        self.nouns = sorted({n for _v, n in faulty} | {n for _v, n in self.right}, key=len, reverse=True)
        self.wrong_nouns = sorted({n for _v, n in faulty}, key=len, reverse=True)
        #: the nouns by last character, the verbs by first and by last, each in the order above (see _verb_ending)
        self.nouns_by_last, self.verbs_by_first, self.verbs_by_last = by_edge(self.nouns, -1), by_edge(self.verbs, 0), \
            by_edge(self.verbs, -1)
        self.verb_rank = {v: i for i, v in enumerate(self.verbs)}
        #: whether a text holds any of them: one standard-library search, not a loop over the nouns
        self.holds_wrong_noun = rx.stdlib(trie_pattern(self.wrong_nouns)).search  # a trie: 3x faster than the list
        self.verb_pattern = compile_("|".join(rx.longest_first({v for v, _n in faulty})))
        #: a wrong noun where an object may end (see _may_end_object), and for each, the verbs faulted
        #: with it or with a noun it begins with (会议 begins with 会): what _clauses_worth_it reads
        self.noun_end_words = ends = "|".join(re.escape(w) for w in (*_AFTER_HEAD, "的")) + "|" + _COUNT_TAIL.pattern
        self.noun_at_end = rx.stdlib(f"(?:{trie_pattern(self.wrong_nouns)})(?=[{CLAUSE_MARKS}]|$|{ends})")
        self.verbs_for_noun = _VerbsForNoun(faulty)
        #: the nouns each verb may be wrong with, and the verbs a right row gives that noun
        self.faulty_nouns_of: dict[str, list[str]] = {}
        for v, n in faulty:
            self.faulty_nouns_of.setdefault(v, []).append(n)
        self.right_verbs_of: dict[str, list[str]] = {}
        for v, n in self.right:
            self.right_verbs_of.setdefault(n, []).append(v)


class _VerbsForNoun(dict):
    """noun -> the search for the verbs faulted with it or with a noun it begins with, built the
    first time a text ends an object with that noun (a process meets few of the ~130; building
    every trie at start-up cost ~4 ms)."""

    def __init__(self, faulty):
        super().__init__()
        self._verbs: dict[str, set[str]] = {}
        for v, m in faulty:
            self._verbs.setdefault(m, set()).add(v)

    def __missing__(self, noun: str):
        verbs = set()
        for i in range(len(noun) + 1):  # the nouns it begins with, itself included
            verbs.update(self._verbs.get(noun[:i], ()))
        found = self[noun] = rx.stdlib(trie_pattern(verbs))
        return found


def read_table(path: str) -> Table:
    """The rows of the table, a word class (``@名<TAB>*<TAB>class<TAB>词|词<TAB>理由``) expanded into
    the words it names wherever a row's verb or noun is ``@名``; a row of single words wins over
    a class row for the same pair (履行 职责 right stands, whatever a class row says)."""
    rows, classes, by_class = [], {}, []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) == 5 and cols[2] == "class":
                if not cols[0].startswith("@") or cols[1] != "*" or not cols[3] or not cols[4].strip():
                    raise RuleLoadError(f"{path}:{n}: 词类行须为 @类名<TAB>*<TAB>class<TAB>词|词<TAB>理由")
                classes[cols[0]] = [x for x in cols[3].split("|") if x]
                continue
            if len(cols) != 5 or cols[2] not in ("right", "wrong", "short") or not cols[4].strip():
                raise RuleLoadError(f"{path}:{n}: 每行须为 动词<TAB>名词<TAB>right|wrong|short<TAB>改用的动词（short：缺的中心语）<TAB>出处或理由")
            if cols[2] == "wrong" and not cols[3]:
                raise RuleLoadError(f"{path}:{n}: wrong 行须写明应改用的动词")
            if cols[2] == "short" and not cols[3]:
                raise RuleLoadError(f"{path}:{n}: short 行须写明宾语缺的中心语")
            row = (cols[0], cols[1], cols[2], [x for x in cols[3].split("|") if x], cols[4])
            (by_class if cols[0].startswith("@") or cols[1].startswith("@") else rows).append((n, row))
    words = [(v, w) for _n, (v, w, *_rest) in rows]
    seen = set(words)
    for n, (verb, noun, verdict, instead, note) in by_class:
        try:
            verbs = classes[verb] if verb.startswith("@") else [verb]
            nouns = classes[noun] if noun.startswith("@") else [noun]
        except KeyError as exc:
            raise RuleLoadError(f"{path}:{n}: 没有定义词类 {exc.args[0]}") from None
        for v in verbs:
            for w in nouns:
                if (v, w) not in seen and v not in instead:
                    seen.add((v, w))
                    rows.append((n, (v, w, verdict, instead, note)))
    return Table([row for _n, row in rows])


def table_path() -> str:
    from ...engine.registry import builtin_packs_dir

    return os.path.join(builtin_packs_dir(), "phrase", "data", "collocations.tsv")


def table_for(registry) -> Table:
    return registry.memo("grammar.collocations", lambda: read_table(table_path()))


def _index(toks, pos: int) -> int | None:
    for i, (_w, s, e) in enumerate(toks):
        if s <= pos < e:
            return i
    return None


#: nouns whose wrong verbs are told even where they are a later conjunct of the object: 提高……意识、防溺水知识和……技能
#: (知识 is 丰富ed or 掌握ed, never 提高ed; a list of 质量和水平 after 改善 is left alone, official prose has it)
_CONJUNCT_STRICT = frozenset(("知识", "意识"))


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
    if toks[j + 1][0] in ("等", "等等"):
        # 等 closes the list only where the clause ends: 开展座谈会、报告会等活动 has the head 活动
        after = toks[j + 1][2]
        return after >= clause_end or text[after] in "，,；;。！？!?：:" or text.startswith(("方面", "上", "中"), after)
    if toks[j + 1][0] not in _COORD:
        return True  # a locative
    if j + 2 < len(toks) and toks[j + 2][1] < clause_end and _opens_verb_phrase(toks[j + 2][0]):
        return True  # 提升干部的政治信仰、增强干部的廉政意识: the next conjunct is a verb phrase of its own
    if toks[j][0] in _CONJUNCT_STRICT and j > i0 and toks[j - 1][0] not in _COORD:
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
    return not tail or len(tail) == 1 or tail[0].endswith(toks[j][0][-2:]) or (
        "的" in tail[1:] and not (toks[j + 1][0] == "、" and tail[0] in _DEGREE_HEADS)
        and any(w == "的" for w, _s, _e in toks[i0:j]))


#: heads a 、-list of activities shares (提高协商互动、意见表达的水平)
_DEGREE_HEADS = frozenset("水平 能力 质量 效率 实效 效能".split())


#: verbs that open a verb phrase of a list of verb phrases (提升……信仰、增强……意识、树立……观念)
_LIST_VERBS = STOP_WORDS | frozenset("提升 增强 加深 树立 树牢 激发 丰富 拓宽 开阔 弘扬 传承 锤炼 磨炼 涵养 厚植 坚定 端正 "
                                     "改善 优化 解决 满足 维护 保护 营造 倡导 观看 参观 聆听 重温 瞻仰 领诵 诵读 "
                                     "开拓 开创 开辟 打开 分享 传授 讲解 传播 推广 创建 争创".split())  # (践行……、分享……知识)


#: verbs that take the head noun right after them as their own object (保护环境, 解决问题, 创建文明城市), never
#: a modifier of it as 服务水平's 服务 is
_OBJECT_VERBS = frozenset("保护 维护 爱护 美化 整治 治理 净化 改善 优化 营造 解决 满足 创建 争创".split())


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
    last_de = inner = None
    own = _verb_ending(table, text, toks, j, starts, toks[i0][1])
    if own is not None and own[1] + len(own[0]) < toks[j][2] and _pair(table, own[0], nouns) is not None:
        return [(own[0], own[1], j)]  # one token holds the verb and its object (发挥作用; 推进会议 is a noun)
    quoted = _quoted_tokens(text, toks, i0, j)  # 制定“守住钱袋子”宣传活动: a quoted name's words are no verbs of the clause
    for k in (x for x in range(j - 1, i0 - 1, -1) if x not in quoted):
        w = toks[k][0]
        if w == "的" and last_de is None:
            last_de = k
        got = _verb_ending(table, text, toks, k, starts, toks[i0][1])
        # (实施……活力提升项目点建设: a verb before 项目/工程 names a kind of project, it governs nothing)
        if got is not None and not (k + 1 < j and toks[k + 1][0][:2] in _PROJECT_NOUNS):  # (……提升工程项目建设)
            verb, vs = got
            if (_pair(table, verb, nouns) is None and (last_de is not None or _in_compound(toks, k, j, i0))) \
                    or _named_kind(toks, k, j, i0):
                inner = k
                continue  # 发挥[纪委在推进……中的]监督责任, 开展……[推进]会议: a verb inside the noun phrase
            if _governs_no_object(toks, k, verb, inner) or drafted_title(toks, i0, k, j):
                return None
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
        if w in _HAVE_VERBS and not _have_in_modifier(table, text, toks, i0, k, last_de, starts):
            return None  # 做好今年工作有很大的促进作用: the noun is 有's object, not 做好's
        if w in _OBJECT_VERBS and k == j - 1 and last_de is None:
            return None  # 提高群众保护生态环境……的意识: 环境 is 保护's object, not 提高's
        if w in _LIST_VERBS and last_de is None and not _in_compound(toks, k, j, i0):
            return None  # a verb with an object of its own (开展落实……制度的检查, 提高保护环境的意识)
    return None


#: verbs that take another verb as their object (推动构建……局面, 加快形成……格局): the second governs the noun
_VERBS_OF_VERBS = frozenset("推动 推进 促进 加快 助推 带动 着力 努力".split())


def _governs_no_object(toks, k: int, verb: str, inner) -> bool:
    """The verb at token ``k`` has no object here: a 的 follows it (发挥的作用, 坚强的信心), it is an
    adjective before its noun (坚强决心; 坚强了信心 uses it as a verb), or a verb skipped as part of
    the noun phrase (``inner``) follows it and it takes verbs (推动构建……的良好局面: 推动 governs 构建)."""
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return nxt == "的" or (verb in ADJECTIVES and nxt not in ("了", "着")) or (
        inner == k + 1 and verb in _VERBS_OF_VERBS)


def _have_in_modifier(table: Table, text: str, toks, i0: int, k: int, last_de, starts) -> bool:
    """构建[具有……的]理念: 具有 at token ``k``, right after a verb and before a 的, opens a modifier of that verb's object."""
    return last_de is not None and k > i0 and _verb_ending(table, text, toks, k - 1, starts, toks[i0][1]) is not None


#: nouns a verb word runs into when it names a kind of thing (学习教育, 服务理念 aside: the head itself)
_COMPOUND_TAIL = frozenset("教育 培训 专题 主题 宣讲 座谈 交流 研讨 调研 动员 部署 推进 会议 活动".split())
#: nouns that make the verb before them name a kind of project (活力提升项目点建设, 品质提升工程): never its object's verb
_PROJECT_NOUNS = frozenset("项目 工程 行动 专项 试点".split())
#: verbs of drafting a document, outside the table: one of them between a verb and its noun governs the noun
_DRAFTING = rx.stdlib("制定|拟定|编制|起草|修订|出台")


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
    return clauses_worth_it(table, text, noun_ends(table, text))


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
            if not nouns or not _is_head(text, toks, j, i0, ce):
                continue
            got = _verb_of(table, text, toks, i0, j, nouns, start_set)
            if got is None or (_later_conjunct(text, toks, cs, got[0][2], j) and _CONJUNCT_STRICT.isdisjoint(nouns)):
                continue  # a later conjunct: 改善就业质量和水平 (the verb fits the first noun); not 、 in “尊老、爱老”
            if {v for v, _s, _k in got} == {"加强", "改进"}:
                continue  # 加强和改进党的建设 (党的十九大报告): a formula, though 改进 alone does not take 建设
            for verb, vs, _k in got:
                ve = vs + len(verb)
                if (text[ve:ve + 1] == "、" and not table.verb_pattern.match(text, ve + 1)) or any(
                        w in ("等", "等等") and ts == ve for w, ts, _te in toks):
                    continue  # 在政治站位上再提高、作风建设上再提效; ……运行管理、业务开展等基本制度: the verb ends its item
                verdict = _pair(table, verb, nouns)
                if verdict is None or verdict[1] == "right":
                    continue
                if _not_its_object(text, ve, toks[j][1], verdict[0]) or _DRAFTING.search(text, ve, toks[j][1]):
                    continue  # (为下一步工作开展制定计划: 制定, outside the table, governs 计划)
                if _inside_zai_frame(text, ve, toks[j][1], toks[j][2]):
                    continue  # 发挥政府在立法工作中的重要作用: the noun is inside 在……中, the object comes after it
                if verdict[1] == "short" and _shared_head(text, toks[j][2], ce, table.short[(verb, verdict[0])][0][0]):
                    continue  # 发挥支部战斗堡垒及党员先锋模范作用: the conjuncts share the head 作用
                if verdict[1] == "wrong" and _modifies_a_later_head(text, toks[j][2], ce):
                    continue  # 开展……分类方案、……期限表修订审查: the list modifies the object's real head
                out.append((vs, toks[j][2], verb, verdict[0], verdict[1]))
    return out


class Collocation(ReadsTraditional, Rule):
    """语病：动宾搭配不当（发挥职责、履行作用、营造热潮、开展……会议、召开……讲座、加大……工作、发挥……引领）

    ## 检查内容
    在一个分句里找动词和它所带宾语的中心词，宾语中心词可以隔着好几个词（“发挥纪委的监督责任”的中心词是“责任”）。
    只报搭配表（rules/phrase/data/collocations.tsv，每行注明出处或理由）里明显错误的搭配：
    - 发挥职责/责任/义务 → 履行；发挥传统/作风 → 发扬；
    - 履行作用、落实作用、发扬作用、做好……作用 → 发挥；履行宗旨、遵守宗旨 → 践行、坚持；履行……建设 → 加强；
    - 营造热潮、开展热潮 → 掀起；掀起氛围、扩大氛围、加强氛围 → 营造；取得……态势 → 形成；
    - 水平、质量、效率、素质只论高低：加强、增强、强化、增加、加大……水平（质量、效率、素质）→ 提高；
    - 提高（提升、增强）建设 → 加强；提高（提升）作风 → 改进；提高人才 → 培养；改善水平 → 提高；
    - 会议只能“召开、举行、举办”：开展……会（大会、座谈会、动员会、会议）→ 召开；
      “召开”的只是会议：召开……讲座（活动、培训、仪式、比赛、晚会）→ 举办、开展、举行；
    - 加大……工作 → 加强；加强（增强、提高）……力度 → 加大；加大（加强）……步伐、进度 → 加快；
    - 增加……了解（认识）→ 加深；增加（加强）……积极性 → 调动；增加（加强）……意识、筑牢……意识 → 增强、树牢（“加强意识形态工作”“加强安全意识教育”中心词不是“意识”，不报）；
    - 提高（提升、增强）……防线 → 筑牢；参与（参加）……行列 → 加入、投身；
    - 提升（提高）……理念 → 树立、践行；提升（提高、增强）……信仰、信念 → 坚定；提高……观念 → 转变；
      提高（提升）……视野 → 开阔；提高（增强）……知识 → 丰富（“提高……意识、防溺水知识和……技能”里并列的“知识”也算）；
    - 开展……制度/机制/责任制 → 实行、建立；观看……基地/旧址 → 参观；践行……活动 → 开展；宾语后面接着次数的
      （召开……活动80余次）同样认出中心词；坚强信心/信念/决心 → 坚定；
    - 提高……环境（生活）→ 改善；健全……建设 → 加强；宣传（普及）……意识 → 增强；提高（加强）……信心 → 增强；
      加快……水平、强化……素质（效率、质量）→ 提高；加大（加强）……速度 → 加快；纪念馆、展馆只能“参观”，
      影片、警示片只能“观看”；典礼、演出是“举行、举办”的；满足……问题 → 解决；牢固了……意识 → 树牢；
    - 规模、范围、影响、覆盖面只论大小：提高（增强、加大）……规模（范围、影响）→ 扩大；扩大（提升）……力度 → 加大；
      营造……校园（城市、家园）→ 建设；开展……政策（计划、方案）→ 落实、实施；树立……制度（机制）→ 建立；
      完成……目的 → 达到；取得……目标 → 实现；调动……作用 → 发挥；打造……氛围 → 营造；
    - 按宾语的语义类（搭配表的词类行）：氛围、气氛不能“推动、推进、促进”（→ 营造、形成）；格局、局面不能“推动、
      促进”（→ 形成、构建；“推动形成……格局”不报）；积极性、主动性、自觉性、创造性不能“推动、促进、触动”
      （→ 调动、激发）；观念、理念不能“解决、构建”（→ 转变、树立）；成果、成效不能“发扬”（→ 巩固、拓展）；
      作用不能“夯实、筑牢”；力度不能“增加、增大、加强、增强、提高、扩大、加快”（→ 加大）；规模、范围不能“增大、
      提高、增强、加快”（→ 扩大；“增加……规模”政府工作报告里有人用，不报）；氛围不能“引导”（→ 营造）；活动不能“掀起”；会议不能“进行”；举措、措施不能“做到”（→ 采取）；
      改进……建设 → 加强（“加强和改进党的建设”不报）；作用不能“凝聚、汇聚、奠定”（→ 发挥）；力量、合力、共识不能
      “奠定、打下、夯实、筑牢”（→ 凝聚、汇聚；基础才“奠定”）；认识、理念、意识不能“响应”（“响应”的对象是号召、倡议）；
      视野、眼界、知识面只论宽窄，不能“加大、提高、增强、增加”（→ 拓宽、开阔）；短板、薄弱环节不能“巩固、夯实”（→ 加强、补齐）；
      水平、效率只论高低，不能“夯实、深化、巩固、拓展、加强”等（→ 提高、提升）；程度和比率（重视程度、满意度、
      覆盖率）不能“加强、增强、强化、加大、深化”（→ 提高）；力度不能“深化”（→ 加大）；知识不能“强化、提升”
      （→ 普及、掌握、丰富）；锻炼不能“增强、提高”（→ 加强）；原则不能“注重”（→ 坚持、遵循）；“打破……零的突破”
      → 实现；工作不能“发挥”（→ 做好、开展）；“开阔视野、增长知识”各带各的宾语，“高效率、高质量落实”是方式，不报；
    - 会议才“召开”：召开……主题教育 → 开展；慰问的是人：慰问……生活情况（状况）→ 了解；树立……方针 → 贯彻、坚持；
      加大……机会 → 增加；加深……意义 → 加深对……意义的认识；认识到……责任感（紧迫感、使命感）→ 增强；
      两个动词用“、”连着带同一个宾语，各自按表判断（推动、触动……积极性）；宾语后面是省略号（……作用……）也算宾语结束；
    - 需要、需求是“满足、适应”的：增强（提高、提升）了……的需要 → 满足（“是提高……的需要”说的是为了什么的需要，
      动词不带“了”、后面有“的”的不报）；义务是“履行”的：拓展（增强、强化）……义务 → 履行；提升（增加）……了解 → 加深；
      转折点、里程碑是“迎来”的，不是“实现、取得”的；举办（举行）……生活 → 开展……活动、丰富……生活；
      制定……活动 → 开展（“制定……活动方案”不报）；引号里的名称不是分句的动词（制定“守初心、强担当”主题党日活动）；
      紧跟在动词后的“具有……的”是宾语的定语（构建具有……的理念）；“暨”连着的几项活动，动词管第一项（开展……教育暨……宣讲会）；
      繁体字写的句子按简体字读。
    - 以学习对象命名的活动是“开展”的：为（要）深入学习贯彻……主题教育（学习教育）→ 为深入开展学习贯彻……主题教育
      （“扎实开展学习贯彻……主题教育”“结合深入贯彻……学习教育”、单独作标题的活动名称不报）；
    - 福祉是“增进”的（增强……福祉 → 增进）；氛围不能“增强”（→ 营造）；新风不能“掀起”（→ 树立、弘扬）；作用不能“依托”
      （→ 发挥）；态势不能“做到”（→ 形成）；关注不能“增强”（→ 引起）；斗争不能“作出”（→ 进行；“作出……牺牲”不报）；
      获得感、幸福感不能“取得”（→ 增强、收获）；自信不能“加强”（→ 坚定、增强）；周年不能“响应”（→ 纪念）；
      参与度、凝聚力、认同感不能“调动”（→ 提高、增强；“调动”的是积极性）；技能不能“增强”（→ 提高、掌握）；
      “提高”论高低：互动、宣传、执行不能“提高”（→ 增进、加强、严格；“提高协商互动、意见表达的水平”中心语是“水平”）；
      机制不能“发挥”（→ 运用、健全；“发挥……机制作用”不报）；公德、道德不能“参与”（→ 遵守、践行）；热情不能“提高”（→ 激发、调动）；
      作用不能“形成”（→ 发挥、起到）；拉开……活动缺“序幕”；重要性不能“普及”（→ 宣传、认识到）；知识不能“践行”
      （→ 运用、掌握）；监管不能“加固”（→ 加强）；责任感、使命感、观念不能“加强”（→ 增强、树立）。
    - 宾语缺中心语：发挥……引领（示范、带头、表率、先锋、模范、堡垒、纽带、导向、主体）后面缺“作用”；走上……化（缺“的道路”）。
    - 第十一次会话：墓、陵园是“祭扫、瞻仰”的（祭奠的是人）；国家、城市、社会是“建成”的，不是“达到”的；主语和谓语（宾语）
      不是一类的：事迹（精神）是……榜样（榜样是人）、精神（积极性）日益浓厚、炎热的气温、任务是如何……的问题；关联词
      搭配不当：只有……，就……（→ 才）、只要……，才……（→ 就；“只有一个目标，就是……”的“只有”是动词，不报）。
    “提高/增强/提升”与“水平、能力、意识、作用”在正式文稿里都有人用，不报；只有战斗堡垒作用、先锋模范作用不能“提高、提升”（→ 发挥、增强）。
    名词不是宾语中心词的不报（“加强质量管理”“提高建设水平”“开展座谈会、报告会等活动”）；名词前面离它最近的
    是别的动词的不报（“履行职责、发挥作用”“召开座谈会、举办讲座”）。

    ## 为什么
    动宾搭配不当是审稿人最常圈出的语病之一：作用只能“发挥”，职责只能“履行”，会议只能“召开”。

    ## 修复说明
    只作建议：换哪个动词要看上下文（“发挥职责”可改“履行职责”，也可改“发挥职能作用”）。

    ## 依据
    《现代汉语词典》第7版“发挥”“履行”“营造”“掀起”“发扬”“召开”“加大”条；《中国共产党章程》；搭配表每行的出处。
    """

    code = "DJ442"
    name = "collocation"
    fix = "never"
    source = "《现代汉语词典》第7版；《中国共产党章程》；rules/phrase/data/collocations.tsv 每行出处"
    #: every verb of a wrong or short row of the table (tests check the two agree)
    VERBS = ("发挥", "履行", "营造", "掀起", "取得", "加强", "提高", "增强", "改善", "增加", "加大", "发扬", "落实", "开展",
             "践行", "坚强", "强化", "扩大", "提升", "做好", "召开", "筑牢", "参与", "参加", "遵守", "推进", "推动", "搭建", "改进", "深化", "弘扬", "承担", "担负",
             "肩负", "健全", "宣传", "普及", "收到", "培养", "增进", "加快", "树牢", "夯实", "加深", "开阔", "学习", "观看",
             "参观", "满足", "牢固", "调动", "减少", "打造", "丰富", "拓宽", "增长", "贯彻", "执行", "建立", "树立", "完成", "充实",
             "促进", "触动", "解决", "构建", "进行", "做到", "增大", "引导", "凝聚", "汇聚", "汇集", "集聚", "奠定", "打下",
             "响应", "巩固", "慰问", "认识到", "认识", "注重", "打破", "拓展", "制定", "举办", "举行", "实现", "依托", "加固", "作出", "做出", "拉开", "形成", "达到", "祭奠")
    prefilter = compile_("|".join(VERBS + _PREDICATE_WORDS))
    prefilter_scan = False  # the verbs stand some 12,000 times in a MB of report prose

    def check_paragraph(self, p, ctx):
        table = table_for(ctx.registry)
        text, _converted = reading(p, ctx)
        for s, e, message in campaign_objects(text) + unfit_predicates(text):
            yield Finding(p, s, e, message)
        for s, e, verb, noun, verdict in find(table, text, lambda cs, ce: [(w, s + cs, e + cs) for w, s, e in ctx.doc.cut(text[cs:ce])]):
            if _quoted_apart(text, s, e) or quoted_speech(ctx, p, s, e):
                continue  # “践行雷锋精神”等主题宣讲活动 (the verb in a quoted title); a speaker's words are not rewritten
            if verdict == "short":
                head = table.short[(verb, noun)][0][0]
                yield Finding(p, s, e, f"宾语残缺：“{verb}……{noun}”缺中心语，“{noun}”后面补上“{head}”")
                continue
            instead, _note = table.wrong[(verb, noun)]
            more = "（或“" + "”“".join(instead[1:]) + "”）" if len(instead) > 1 else ""
            yield Finding(p, s, e, f"动宾搭配不当：“{noun}”不能“{verb}”，把“{verb}”改为“{instead[0]}”{more}")
