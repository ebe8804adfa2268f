"""One regular expression for many literal words, shaped as a trie: ``政治(?:意识|判断力)``
instead of ``政治意识|政治判断力``.  Python's ``re`` tries the branches of a plain alternation
one by one at every position; a trie lets it fail after the first character that fits no word,
which makes a scan for hundreds of words several times faster.  It matches exactly what the
plain alternation, longest word first, matches."""
from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """The trie alternation of ``words`` (kept between runs: see :func:`rx.remember_text`)."""
    from . import rx

    words = sorted(set(words))
    return rx.remember_text("trie", "\x00".join(words), lambda: _build(words))


def trie_source(words) -> str:
    """:func:`trie_pattern`'s text for ``words``, not kept between runs (the caller keeps it)."""
    return _build(sorted(set(words)))


def _build(words) -> str:
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word
    return _render(trie) if trie else "(?!)"


def _render(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _render(node[ch]))
    if not branches:
        return ""
    # longer words first: a word that is a prefix of another yields to it, as longest-first does
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) == 1 and len(body) > 1 else f"(?:{body})?"
    return body


def words_in(pattern, text: str) -> set[str]:
    """The words of a trie ``pattern`` (compiled, of :func:`trie_pattern`) that occur in ``text``,
    overlapping ones included, each as the longest word found at its offset (a word that is a
    prefix of it starts there too: the caller maps a word to its prefixes).  The search jumps to
    each occurrence; inside one, every offset is tried, so a word starting there is seen too."""
    found = set()
    pos = 0
    search, match = pattern.search, pattern.match
    while True:
        m = search(text, pos)
        if m is None:
            return found
        found.add(m.group())
        end = m.end()
        i = m.start() + 1
        while i < end:
            inner = match(text, i)
            if inner is not None:
                found.add(inner.group())
                if inner.end() > end:
                    end = inner.end()
            i += 1
        pos = end
