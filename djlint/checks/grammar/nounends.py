"""Where DJ442's wrong nouns end an object: every place a noun its table faults with some verb
stands before a clause mark, the end of the paragraph, a conjunct, 等, a locative or 的 (what
``Table.noun_at_end`` matches), and the clauses worth parsing for it; and the table's words by an edge
character (:func:`by_edge`), for the verb a token may hold.

The nouns' trie has some 160 first characters, and ``re`` scanning it stops at each of them (a
quarter of report prose) and tries its branches there: what costs is the stops, not the scan between
them.  So the nouns whose first character is frequent and whose second characters are rarer (作风,
作用, 建设: 作 and 建 stand far more often than 风, 用 and 设; not 工作, nor 会议 beside the noun 会) are
found by their second character, the trie matched from the character before it (a look-behind): the stops fall from 25%
to 16% of the characters.  The rest are split into :data:`GROUPS` tries by first character, each
scanned on its own (fewer branches tried at a stop).  At one place only the trie of its first
character can match, and it matches what the one trie matches there.
"""
from __future__ import annotations

from bisect import bisect_right

from ...util import rx
from ...util.trie import trie_pattern
from .text import CLAUSE_MARK_RE, CLAUSE_MARKS

#: tries the nouns found by their first character are split into (by first character, round robin)
GROUPS = 2


def _by_second(by_first: dict[str, list[str]]) -> set[str]:
    """The first characters whose nouns are found by their second character: those with no one-character
    noun whose second characters together are expected less often than the first (:mod:`...engine.frequent`)."""
    from ...engine.frequent import BANDS

    often = {c: mean for mean, chars in BANDS for c in chars}
    return {c for c, words in by_first.items() if all(len(w) > 1 for w in words)
            and sum(often.get(x, 0) for x in {w[1] for w in words}) < often.get(c, 0)}


def _groups(table) -> list:
    """The table's nouns as patterns, each with ``noun_at_end``'s context after it, and whether it finds
    its nouns by their second character (then the noun is the pattern's group 1, starting one before)."""
    got = table.__dict__.get("_noun_groups")
    if got is None:
        end = f"(?=[{CLAUSE_MARKS}]|$|{table.noun_end_words})"
        by_first: dict[str, list[str]] = {}
        for w in table.wrong_nouns:
            by_first.setdefault(w[0], []).append(w)
        second = _by_second(by_first)
        firsts = sorted(set(by_first) - second)
        n = min(GROUPS, len(firsts)) or 1
        got = [(rx.stdlib(f"(?:{trie_pattern([w for c in firsts[g::n] for w in by_first[c]])}){end}"), False)
               for g in range(n)]
        if second:
            words = [w for c in sorted(second) for w in by_first[c]]
            seconds = "".join(sorted({w[1] for w in words}))
            # stop at a second character; step back two, match the trie (and the end) from there, and take the two
            got.append((rx.stdlib(f"[{seconds}](?<=(?=({trie_pattern(words)}){end})..)"), True))
        table._noun_groups = got
    return got


def noun_ends(table, text: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, noun) of every place at or after ``start`` where ``table.noun_at_end`` matches ``text``
    (overlapping ones too: 设施 in 建设施工), in order: one search a place found, by each of the patterns."""
    found = []
    for pattern, by_second in _groups(table):
        search = pattern.search
        if by_second:
            m = search(text, start + 1)
            while m is not None:
                found.append((m.start(1), m.group(1)))
                m = search(text, m.end())
            continue
        m = search(text, start)
        while m is not None:
            s = m.start()
            found.append((s, m.group()))
            m = search(text, s + 1)
    found.sort()
    return found


def clauses_worth_it(table, text: str, hits) -> list[tuple[int, int]]:
    """The clauses, in order, where a wrong noun of ``hits`` (:func:`noun_ends`) stands where an object
    ends and a verb the table faults with it (or with a noun it begins with) stands before it in the
    clause (see ``collocation_search._clauses_worth_it``)."""
    out: list[tuple[int, int]] = []
    marks = None
    n = len(text)
    for at, noun in hits:
        search = table.verbs_for_noun[noun].search
        if search(text, 0, at) is None:
            continue  # no verb faulted with the noun anywhere before it, so none in its clause: no marks listed
        if marks is None:
            marks = [x.start() for x in CLAUSE_MARK_RE.finditer(text)]  # punctuation, or …… before a list's next item
        k = bisect_right(marks, at)
        cs = marks[k - 1] + 1 if k else 0
        if out and out[-1][0] == cs:
            continue  # this clause is in already
        if search(text, cs, at) is not None:
            out.append((cs, marks[k] if k < len(marks) else n))
    return out


def by_edge(words, at: int) -> dict[str, list[str]]:
    """{character: the words with that character at ``at`` (0 first, -1 last), in the order of ``words``}: the
    collocation table's verbs and nouns a token's edge characters can fit (``collocation_search._verb_ending``)."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[at], []).append(w)
    return out


#: words that end in 会 and name no meeting (the table's 会 is a meeting: 动员会, 座谈会, 大会)
_NOT_MEETING = frozenset("社会 机会 学会 协会 工会 商会 委员会 理事会 研究会 基金会 联合会 促进会 体会 领会 理会 误会 "
                         "都会 省会 庙会 集会 幽会 约会 聚会 宴会 酒会 舞会 不会 只会 才会 也会 就会 还会 将会 都会 一会 "
                         "红会 妇联会 议会 国会 年会 峰会 博览会 展览会 交易会 运动会 奥运会 亚运会 全运会 冬奥会".split())


def head_nouns(table, word: str) -> list[str]:
    """The table nouns a word ends with, longest first (监督职责 → 职责; 动员大会 → 大会, 会)."""
    out = [n for n in table.nouns_by_last.get(word[-1:], ()) if word.endswith(n)]
    if "会" in out and (word in _NOT_MEETING or any(word.endswith(x) for x in _NOT_MEETING if len(x) > 1)):
        out.remove("会")
    return out
