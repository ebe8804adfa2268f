"""Weighing a candidate: how much better the text around it segments with the suggestion in it
(:func:`evidence`), how much more natural its character pairs read (:func:`pair_evidence`),
and how much likelier it is by word frequency, jieba's own route (:func:`gain`)."""
from __future__ import annotations

from .index import COMMON_MEMO, HAN, LOG_SCALE, LONG_COUNT, MAX_LEN, MIN_LEN, PACKED_MAX, WORD_BITS, Index, log_weight

#: characters that stand alone as function words (及、又、与、和…): 大省及重点, 成就事业又成就
FUNCTION_CHARS = set("的地得了着过及又与和同跟并而且或也都就还再在于是为把被让给对向从自以将之其所")

#: what a character standing alone costs a segmentation (a function word less); a word costs
#: WORD_COST whatever its length, so the reading with fewer, longer words wins
SINGLE_COST, FUNCTION_COST, WORD_COST = 1.0, 0.4, 0.1
#: context on each side of the stretch the two readings are compared on
CONTEXT = 3


def segment_cost(index: Index, t: str) -> float:
    """The cost of the best segmentation of ``t`` into known words and single characters.  A stretch
    of two to PACKED_MAX characters is asked about only when the word bitmap has it (every common
    word is among the index's words), a longer one only after the first PACKED_MAX characters of a
    longer word: most stretches are no word."""
    n = len(t)
    b = t.encode("utf-16-be")
    bits = index.word_bits
    if len(b) != 2 * n or not bits:  # a character outside the Basic Multilingual Plane: ask about each
        return _segment_cost_slow(index, t)
    best = [0.0] + [1e9] * n
    knows, starts, from_bytes = index.common, _long_starts(index), int.from_bytes
    tables, frequent = index.word_tables, index.evidence_weight
    for i in range(n):
        base = best[i]
        single = base + (FUNCTION_COST if t[i] in FUNCTION_CHARS else SINGLE_COST)
        if single < best[i + 1]:
            best[i + 1] = single
        word = base + WORD_COST
        top = min(n, i + MAX_LEN)
        for j in range(i + 2, min(top, i + PACKED_MAX) + 1):
            if word < best[j]:
                key = from_bytes(b[2 * i:2 * j], "big")
                h = key % WORD_BITS
                if bits[h >> 3] >> (h & 7) & 1:
                    # Index.common, probed straight: the word's slot or a free one (index.word_table); a
                    # word of two or three characters weighs from evidence_weight on, one of four always
                    slots, info, mod = tables[j - i - 2]
                    k = key % mod
                    w = slots[k]
                    while w != key and w:
                        k += 1
                        w = slots[k]
                    if w and (j - i >= MIN_LEN or info[k] >= frequent):
                        best[j] = word
        if top > i + PACKED_MAX and t[i:i + PACKED_MAX] in starts:
            for j in range(i + PACKED_MAX + 1, top + 1):
                if word < best[j] and knows(t[i:j]):
                    best[j] = word
    return best[n]


def _segment_cost_slow(index: Index, t: str) -> float:
    n = len(t)
    best = [0.0] + [1e9] * n
    knows = index.common
    for i in range(n):
        base = best[i]
        single = base + (FUNCTION_COST if t[i] in FUNCTION_CHARS else SINGLE_COST)
        if single < best[i + 1]:
            best[i + 1] = single
        word = base + WORD_COST
        for j in range(i + 2, min(n, i + MAX_LEN) + 1):
            if word < best[j] and knows(t[i:j]):
                best[j] = word
    return best[n]


def _long_starts(index: Index) -> frozenset:
    """The first PACKED_MAX characters of every known word longer than that (the suggestable ones and
    the forms known but never suggested), once per index."""
    found = getattr(index, "_long_known_starts", None)
    if found is None:
        found = index._long_known_starts = frozenset(w[:PACKED_MAX] for w in (*index.long_words, *index.long_known))
    return found


def _window(text: str, s: int, e: int) -> tuple[int, int]:
    """CONTEXT characters each side of the stretch, not starting or ending outside Chinese text."""
    a, b = max(0, s - CONTEXT), min(len(text), e + CONTEXT)
    while a < s and not HAN.match(text[a]):
        a += 1
    while b > e and not HAN.match(text[b - 1]):
        b -= 1
    return a, b


def evidence(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    """How much better the text around the stretch segments with the suggestion in it."""
    a, b = _window(text, s, e)
    before, after = text[a:s], text[e:b]
    # the suggestion counts as one word even when it is too rare to weigh on its own (决定权)
    cost = index.remembered_cost  # the pieces recur as the windows do
    corrected = min(cost(before + suggested + after, segment_cost),
                    cost(before, segment_cost) + WORD_COST + cost(after, segment_cost))
    written = text[a:b]
    return index.remembered_cost(written, segment_cost) - corrected


def log_probability(index: Index, t: str) -> float:
    """The log probability of the likeliest segmentation of ``t`` into known words and single
    characters, each word as likely as its frequency in jieba's dictionary (jieba's own route).
    Remembered per string: the window as written is the same for every suggestion made in it, and
    clauses recur."""
    memo = getattr(index, "_log_probabilities", None)
    if memo is None:
        memo = index._log_probabilities = {}
    found = memo.get(t)
    if found is None:
        if len(memo) >= COMMON_MEMO:
            memo.clear()
        found = memo[t] = _log_probability(index, t)
    return found


def _log_probability(index: Index, t: str) -> float:
    """log_probability(); a stretch of two to four characters is looked up (a probe of a mapped hash
    table) only when the word bitmap says it may be a word, a longer one only after the first four
    characters of a longer word (as segment._route does)."""
    n = len(t)
    b = t.encode("utf-16-be")
    bits = index.word_bits
    if len(b) != 2 * n or not bits:  # a character outside the Basic Multilingual Plane: look each up
        return _log_probability_slow(index, t)
    from .segment import _long_prefixes

    best = [0.0] + [-1e18] * n
    scale, log_total, singles = LOG_SCALE, index.log_total, index.singles
    tables, from_bytes = index.word_tables, int.from_bytes
    prefixes, long_words, long_q = _long_prefixes(index), index.long_words, log_weight(LONG_COUNT)
    for i in range(n):
        base = best[i]
        one = base + singles[ord(t[i])] / scale - log_total
        if one > best[i + 1]:
            best[i + 1] = one
        for j in range(i + 2, min(n, i + PACKED_MAX) + 1):
            key = from_bytes(b[2 * i:2 * j], "big")
            h = key % WORD_BITS
            if not bits[h >> 3] >> (h & 7) & 1:
                continue
            slots, info, mod = tables[j - i - 2]
            k = key % mod
            w = slots[k]
            while w != key and w:  # the word's slot, or a free one (see index.word_table)
                k += 1
                w = slots[k]
            if w:
                q = info[k]
                if base + q / scale - log_total > best[j]:
                    best[j] = base + q / scale - log_total
        if i + PACKED_MAX < n and t[i:i + PACKED_MAX] in prefixes:
            for j in range(i + PACKED_MAX + 1, min(n, i + MAX_LEN) + 1):
                if t[i:j] in long_words and base + long_q / scale - log_total > best[j]:
                    best[j] = base + long_q / scale - log_total
    return best[n]


def _log_probability_slow(index: Index, t: str) -> float:
    n = len(t)
    best = [0.0] + [-1e18] * n
    scale, log_total, singles, weight = LOG_SCALE, index.log_total, index.singles, index.weight
    for i in range(n):
        base = best[i]
        c = ord(t[i])
        one = base + (singles[c] if c < 0x10000 else 0) / scale - log_total
        if one > best[i + 1]:
            best[i + 1] = one
        for j in range(i + 2, min(n, i + MAX_LEN) + 1):
            q = weight(t[i:j])
            if q is not None and base + q / scale - log_total > best[j]:
                best[j] = base + q / scale - log_total
    return best[n]


def gain(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    """How much likelier the text around the stretch reads with the suggestion in it, as jieba would
    weigh it (word frequencies, not only word counts: 大省/及/重点 is likely, 长效/及/制 is not)."""
    a, b = _window(text, s, e)
    return (log_probability(index, text[a:s] + suggested + text[e:b]) -
            log_probability(index, text[a:b]))


def gain_bound(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> float:
    """An upper bound of gain() for a suggestion that changes the one character at ``at``, at about a
    third of its cost on a new draft (no segmentation, the words over the slip looked up).

    Take the likeliest segmentation of the window with the suggestion in it and the token over the
    slip (the suggested character alone, or a word of two to MAX_LEN characters); the same tokens
    with that one replaced by the written characters one by one segment the window as written, so
    the window as written is at least that likely, and the gain is at most the token's log weight
    less its written characters' as single characters.  The maximum over every token that could be
    there (a stretch over the slip the word bitmap, the longer words' first characters and the word
    tables all let through, as _log_probability asks them) is the bound."""
    a, b = _window(text, s, e)
    written = text[a:b]
    fixed = written[:s - a] + suggested + written[e - a:]
    k, n = at - a, b - a
    singles, scale, log_total, weight = index.singles, LOG_SCALE, index.log_total, index.weight
    acc = [0.0]  # the written characters' single weights, summed from the left
    for c in map(ord, written):
        acc.append(acc[-1] + (singles[c] if c < 0x10000 else 0) / scale)
    c = ord(fixed[k])
    best = (singles[c] if c < 0x10000 else 0) / scale - (acc[k + 1] - acc[k])
    fb = fixed.encode("utf-16-be")
    bits = index.word_bits if len(fb) == 2 * n else None  # else every stretch is asked (as the slow route)
    from .segment import _long_prefixes

    prefixes, from_bytes = _long_prefixes(index), int.from_bytes
    for i in range(max(0, k - MAX_LEN + 1), k + 1):
        for j in range(max(k + 1, i + 2), min(n, i + MAX_LEN) + 1):
            if bits:
                if j - i <= PACKED_MAX:
                    h = from_bytes(fb[2 * i:2 * j], "big") % WORD_BITS
                    if not bits[h >> 3] >> (h & 7) & 1:
                        continue
                elif fixed[i:i + PACKED_MAX] not in prefixes:
                    break  # no longer word begins here
            q = weight(fixed[i:j])
            if q is not None and q / scale - (acc[j] - acc[i]) + (j - i - 1) * log_total > best:
                best = q / scale - (acc[j] - acc[i]) + (j - i - 1) * log_total
    return best


def pair_evidence(index: Index, text: str, s: int, e: int, suggested: str) -> float:
    """How much more natural the character pairs around the stretch read with the suggestion in it
    (one character of context each side)."""
    a, b = max(0, s - 1), min(len(text), e + 1)
    fixed = text[a:s] + suggested + text[e:b]
    here = text[a:b]
    score = index.pair_score
    return sum(score(fixed[i:i + 2]) for i in range(len(fixed) - 1)) - sum(score(here[i:i + 2]) for i in range(len(here) - 1))
