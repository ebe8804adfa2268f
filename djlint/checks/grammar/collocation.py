"""DJ442 动宾搭配不当: a verb with an object it cannot take (发挥职责, 履行作用, 营造热潮…).

Matched on the parse, not on adjacent characters: in each clause the object's head noun is the
last word of the noun phrase after the verb (it may be several words away: 发挥纪委的监督责任),
and its verb is the nearest verb of the table before it, so a noun another verb governs is
not blamed on the first one (履行职责、发挥作用).  The table is rules/phrase/data/collocations.tsv.
"""
from __future__ import annotations

import os

from ...util import zh
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...errors import RuleLoadError
from .text import clause_at, words

#: words after which the object of a verb before them is theirs, not that verb's (a new verb
#: phrase, a preposition opening another phrase, a causative); unless a 的 follows them
#: before the noun, which makes them part of a modifier (发挥党员在推动发展中的作用)
STOP_WORDS = frozenset(
    "使 让 把 将 对 对于 推动 促进 确保 实现 做到 做好 抓好 抓实 推进 完善 健全 坚持 学习 贯彻 组织 召开 参加 "
    "深化 强化 树立 带动 引导 服务 围绕 聚焦 结合 通过 用 由 被 给 向 成为 作为 确立 保障 保证 加快 "
    "有 是 具有 存在 进行 形成 建立 提出 明确 制定 压实 担负 承担 扛起 发扬 彰显 体现 展现 突出 激发 "
    "调动 凝聚 汇聚 筑牢 夯实 守牢 守住 严格 规范 执行 遵守 加大 扩大 拓展 拓宽 打造 构建 培育 "
    "营造 掀起 取得 开展 落实 履行 发挥 加强 提高 提升 增强 改善 改进 转变 增加 践行 坚定 造就 培养".split())
#: what may stand after the head noun of an object: the clause ends, another conjunct follows,
#: or the phrase goes on with what the noun does not modify (a locative, 等)
_AFTER_HEAD = ("和", "与", "及", "以及", "、", "并", "同时", "等", "上", "中", "方面", "工作中")
#: a document title's 关于……的通知: the verb phrase before 的 is whole (关于开展……考核制度的通知)
_TITLE_END = compile_(r"的(?:通知|请示|报告|意见|决定|批复|函|方案|实施方案|工作方案|办法|规定|实施意见)" + zh.BLANK + r"*(?:$|[（(])")
_COORD = frozenset("和 与 及 、 并 以及".split())
#: adjectives misused as verbs: reported only where 了/着 shows the verb (坚强了信心)
ADJECTIVES = frozenset(("坚强",))


class Table:
    """The verb–object table: ``wrong[(verb, noun)]`` → (verbs to use, note); ``right`` pairs."""

    def __init__(self, rows):
        self.wrong: dict[tuple[str, str], tuple[list[str], str]] = {}
        self.right: set[tuple[str, str]] = set()
        for verb, noun, verdict, instead, note in rows:
            if verdict == "wrong":
                self.wrong[(verb, noun)] = (instead, note)
            else:
                self.right.add((verb, noun))
        self.verbs = sorted({v for v, _n in self.wrong} | {v for v, _n in self.right}, key=len, reverse=True)
        self.nouns_of: dict[str, set[str]] = {}
        for v, n in self.wrong:
            self.nouns_of.setdefault(v, set()).add(n)
        self.wrong_nouns = sorted({n for _v, n in self.wrong}, key=len, reverse=True)
        self.verb_pattern = compile_("|".join(sorted({v for v, _n in self.wrong}, key=len, reverse=True)))


def read_table(path: str) -> Table:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5 or cols[2] not in ("right", "wrong") or not cols[4].strip():
                raise RuleLoadError(f"{path}:{n}: 每行须为 动词<TAB>名词<TAB>right|wrong<TAB>改用的动词<TAB>出处或理由")
            if cols[2] == "wrong" and not cols[3]:
                raise RuleLoadError(f"{path}:{n}: wrong 行须写明应改用的动词")
            rows.append((cols[0], cols[1], cols[2], [x for x in cols[3].split("|") if x], cols[4]))
    return Table(rows)


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


def _head_noun(table: Table, word: str) -> str | None:
    """The table noun a word ends with (监督职责 → 职责), or None."""
    for n in table.wrong_nouns:
        if word.endswith(n):
            return n
    return None


def _is_head(text: str, toks, j: int, i0: int, clause_end: int) -> bool:
    """The noun at token ``j`` ends its noun phrase: the clause ends, or a conjunct or 等 follows,
    but not as a one-word conjunct of a list that shares the last conjunct's head (提高规划、
    建设、治理水平: the object is 水平)."""
    end = toks[j][2]
    if end >= clause_end or _TITLE_END.match(text, end):
        return True
    if not text.startswith(_AFTER_HEAD, end):
        return False
    if toks[j + 1][0] not in _COORD:
        return True  # 等, a locative
    # a list: each conjunct has its own head (加强A建设、B建设和C建设) unless the last one ends in
    # another noun (提高规划、建设、治理水平: the list shares the head 水平)
    tail = []
    for w, s, e in reversed(toks):
        if e > clause_end or s < end:
            continue
        if w in _COORD:
            break
        tail.append(w)
    return not tail or len(tail) == 1 or tail[0].endswith(toks[j][0][-2:])


def _verb_of(table: Table, toks, i0: int, j: int, noun: str):
    """The table verb that governs the noun at token ``j``, searching back to token ``i0``: the
    nearest table verb before it, unless a stop word (outside a 的-modifier) comes between.
    Returns (token index of the verb, and of a verb coordinated before it) or None."""
    last_de = None
    for k in range(j - 1, i0 - 1, -1):
        w = toks[k][0]
        if w == "的" and last_de is None:
            last_de = k
        verb = _table_verb(table, w)
        if verb is not None:
            if k + 1 < len(toks) and toks[k + 1][0] == "的":
                return None  # 发挥的作用, 坚强的信心: not a verb with its object
            if verb in ADJECTIVES and not (k + 1 < len(toks) and toks[k + 1][0] in ("了", "着")):
                return None  # 坚强决心: an adjective before its noun; 坚强了信心 uses it as a verb
            if last_de is not None and _right_verb_before(table, toks, i0, k, noun):
                return None  # 发挥[把方向、促落实的]作用: the verb sits in a modifier of another verb's object
            coord = k - 2 if k >= 2 and toks[k - 1][0] in _COORD and _table_verb(table, toks[k - 2][0]) else None
            return k, coord
        if w in STOP_WORDS and last_de is None:
            return None
    return None


def _table_verb(table: Table, word: str) -> str | None:
    for v in table.verbs:
        if word == v or (word.endswith(v) and len(word) <= len(v) + 2 and word[:-len(v)] in _ADVERB_PREFIXES):
            return v
    return None


#: adverbs a segmenter may glue to a verb (切实履行, 充分发挥)
_ADVERB_PREFIXES = frozenset("切实 充分 认真 全面 积极 不断 进一步 大力 努力 更好 有效 着力 深入 扎实 持续 严格 真正".split())


def _right_verb_before(table: Table, toks, i0: int, k: int, noun: str) -> bool:
    """A verb that takes the noun stands earlier in the clause (so it, not the nearer one, governs it)."""
    return any((_table_verb(table, toks[x][0]), noun) in table.right for x in range(i0, k))


def _may_end_object(text: str, table: Table, verb_at: int, cs: int, ce: int) -> bool:
    """Without the parse: a wrong noun of a verb in this clause stands where an object ends (the
    clause ends, a conjunct or 等 follows, a title's 的通知).  Most clauses fail this, and then the
    paragraph is never segmented (提高党的建设质量: 建设 is followed by 质量)."""
    for v, n in table.wrong:
        vat = text.find(v, cs, ce)
        if vat < 0:
            continue
        at = text.find(n, vat + len(v), ce)
        while at >= 0:
            end = at + len(n)
            if end >= ce or text.startswith(_AFTER_HEAD, end) or _TITLE_END.match(text, end):
                # 发挥好把方向、管大局、保落实的领导作用: a verb that takes the noun comes first and
                # the nearer one sits in a modifier (what _verb_of decides on the parse)
                if not ("的" in text[vat:at] and any(r == n and text.find(rv, cs, vat) >= 0 for rv, r in table.right)):
                    return True
            at = text.find(n, end, ce)
    return False


def find(table: Table, text: str, tokens) -> list[tuple[int, int, str, str]]:
    """(start, end, verb, noun) of each wrong verb–object pair in a paragraph; ``tokens()`` gives the
    paragraph's tokens, asked for only when a clause may hold one."""
    out = []
    seen = set()
    toks = None
    for m in table.verb_pattern.finditer(text):
        cs, ce = clause_at(text, m.start())
        if (cs, ce) in seen or not _may_end_object(text, table, m.start(), cs, ce):
            continue
        seen.add((cs, ce))
        if toks is None:
            toks = tokens()
        idx = [i for i, (_w, s, e) in enumerate(toks) if s >= cs and e <= ce]
        if not idx:
            continue
        i0 = idx[0]
        for j in idx:
            noun = _head_noun(table, toks[j][0])
            if noun is None or not _is_head(text, toks, j, i0, ce):
                continue
            got = _verb_of(table, toks, i0, j, noun)
            if got is None or any(toks[x][0] in _COORD for x in range(got[0] + 2, j)):
                continue  # a later conjunct: 改善就业质量和水平 (the verb fits the first noun)
            for k in got:
                if k is None:
                    continue
                verb = _table_verb(table, toks[k][0])
                if (verb, noun) in table.wrong:
                    vs = toks[k][2] - len(verb)
                    out.append((vs, toks[j][2], verb, noun))
    return out


class Collocation(Rule):
    """语病：动宾搭配不当（发挥职责、履行作用、营造热潮、掀起氛围、加强水平、提高建设）

    ## 检查内容
    在一个分句里找动词和它所带宾语的中心词，宾语中心词可以隔着好几个词（“发挥纪委的监督责任”的中心词是“责任”）。
    只报搭配表（rules/phrase/data/collocations.tsv，每行注明出处或理由）里明显错误的搭配：
    - 发挥职责/责任/义务 → 履行；发挥传统/作风 → 发扬；
    - 履行作用、落实作用、发扬作用 → 发挥；
    - 营造热潮 → 掀起；掀起氛围 → 营造；取得……态势 → 形成；
    - 加强水平/素质/效率/质量 → 提高；提高建设、增强建设 → 加强；提高作风 → 改进；改善水平 → 提高；
    - 开展……制度/机制 → 实行、建立；践行……活动 → 开展；坚强信心/信念/决心 → 坚定。
    “提高/增强/提升”与“水平、能力、意识、作用”在正式文稿里都有人用，不报。名词不是宾语中心词的不报
    （“加强质量管理”“提高建设水平”）；名词前面离它最近的是别的动词的不报（“履行职责、发挥作用”）。

    ## 为什么
    动宾搭配不当是审稿人最常圈出的语病之一：作用只能“发挥”，职责只能“履行”。

    ## 修复说明
    只作建议：换哪个动词要看上下文（“发挥职责”可改“履行职责”，也可改“发挥职能作用”）。

    ## 依据
    《现代汉语词典》第7版“发挥”“履行”“营造”“掀起”“发扬”条；《中国共产党章程》；搭配表每行的出处。
    """

    code = "DJ442"
    name = "collocation"
    fix = "never"
    source = "《现代汉语词典》第7版；《中国共产党章程》；rules/phrase/data/collocations.tsv 每行出处"
    prefilter = compile_("发挥|履行|营造|掀起|取得|加强|提高|增强|改善|增加|加大|发扬|落实|开展|践行|坚强")

    def check_paragraph(self, p, ctx):
        table = table_for(ctx.registry)
        text = p.text
        if not any(n in text for n in table.wrong_nouns):
            return
        for s, e, verb, noun in find(table, text, lambda: words(ctx, p).tokens):
            instead, _note = table.wrong[(verb, noun)]
            more = "（或“" + "”“".join(instead[1:]) + "”）" if len(instead) > 1 else ""
            yield Finding(p, s, e, f"动宾搭配不当：“{noun}”不能“{verb}”，把“{verb}”改为“{instead[0]}”{more}")
