"""DJ442's verb–object table (rules/phrase/data/collocations.tsv): the rows read, word classes expanded
(:func:`read_table`), and the indexes the verb search asks (:class:`Table`), one per registry (:func:`table_for`)."""
from __future__ import annotations

import os
import re

from ...engine.kinds import compile_
from ...errors import RuleLoadError
from ...util import rx
from ...util.trie import trie_pattern
from .nounends import by_edge
from .text import CLAUSE_MARKS

#: what may stand after an object's head noun: the clause ends, a conjunct, what the noun does not modify (a locative, 等)
_AFTER_HEAD = ("和", "与", "及", "以及", "、", "并", "同时", "等", "上", "中", "方面", "工作中", "……", "…")
#: how many times, closing the clause after the object (开展……活动12次, 召开……会议3场): the noun before it is the head
_COUNT_TAIL = compile_(r"(?:[0-9０-９]+|[一二两三四五六七八九十百千几数]+)(?:余|多)?(?:次|场|期|轮|批|人次|场次)(?=[，,；;。！？!?：:]|$)")


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
        #: the nouns by last character, the verbs by first and by last, each in the order above (see collocation_search._verb_ending)
        self.nouns_by_last, self.verbs_by_first, self.verbs_by_last = by_edge(self.nouns, -1), by_edge(self.verbs, 0), \
            by_edge(self.verbs, -1)
        self.verb_rank = {v: i for i, v in enumerate(self.verbs)}
        #: whether a text holds any of them: one standard-library search, not a loop over the nouns
        self.holds_wrong_noun = rx.stdlib(trie_pattern(self.wrong_nouns)).search  # a trie: 3x faster than the list
        self.verb_pattern = compile_("|".join(rx.longest_first({v for v, _n in faulty})))
        #: a wrong noun where an object may end (see collocation_search._may_end_object), and for each, the verbs faulted
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
    table = registry.built.get("grammar.collocations")  # asked at every paragraph DJ442 reads
    return table if table is not None else registry.memo("grammar.collocations", lambda: read_table(table_path()))
