"""Words a pattern's every match stands in, told from the standard library's parse of it: a
regex's literals for a prefilter (the lexicon's variants, the 语病 patterns), so a paragraph is
searched only where one of them is met.  Kept between runs with the pattern cache."""
from __future__ import annotations

from ..util import rx

#: part of the cached literals' key: change it when :func:`literals_of` tells other words
_LITERALS_VERSION = 3


def remembered_literals(pattern: str, most: int | None = None) -> tuple[str, ...]:
    """:func:`literals_of`, kept between runs with the pattern cache (parsing 166 variants is
    ~20 ms at start-up)."""
    most = most or _MOST_WORDS
    told = rx.remember_text("variant-literals", f"{_LITERALS_VERSION}\x00{most}\x00{pattern}",
                            lambda: "\x00".join(literals_of(pattern, most)))
    return tuple(told.split("\x00")) if told else ()


def literals_of(pattern: str, most: int | None = None) -> tuple[str, ...]:
    """Literals one of which every match of ``pattern`` holds: its required literal, or one per
    branch of a top-level alternation (总书纪|总书计), or those of a leading group that is neither
    optional nor a lookaround ((“三个代表”|三个代表)(?=思想)), where each of those is longer than the
    required literal (a longer word is met in fewer paragraphs: (“两学一做”|两学一做)(?:专题|主题)教育
    is looked for by 两学一做, not by 教育); () when none can be told."""
    most = most or _MOST_WORDS
    lit = rx.required_literal(pattern)
    lead = _alternatives_of(pattern, most)
    best = lead if lead and (not lit or min(map(len, lead)) > len(lit)) else (lit,) if lit else ()
    # the words every match begins with, when each is longer than what is found above: 以(毛泽东|
    # 邓小平|…)为(核心|…)的 is looked for by 以毛泽东为核心的…, not by 以 (in 2,100 of 7,400 paragraphs)
    words = _starting_words(pattern, most)
    if words and (not best or min(map(len, words)) > min(map(len, best))):
        best = words
    # and, longer still, with the text a lookbehind at its start or a lookahead at its end asks for:
    # (?<=主席)习 is looked for by 主席习, 党(?=十…|二十…) by 党十, 党二十…, not by 习 or 党 (each met in
    # about half the paragraphs of a report)
    words = _context_words(pattern, most)
    if words and (not best or min(map(len, words)) > min(map(len, best))):
        best = words
    return best


#: most words a pattern is looked for by unless the caller says (each a key of the engine's one scan)
_MOST_WORDS = 32
#: syntax the ``regex`` module reads otherwise than the standard library (or not at all there)
_NOT_STDLIB = ("[[", "\\p", "\\P", "\\N", "\\X", "\\G", "(?V", "(?r", "(?|", "(?>", "++", "*+", "?+", "}+")


def _parsed(pattern: str):
    """The standard library's parse of ``pattern``, or None when it is not one both libraries read
    alike or it ignores case (the words would be one case of many)."""
    if any(s in pattern for s in _NOT_STDLIB):
        return None
    import warnings

    from .literals import _sre

    parser, c = _sre()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a FutureWarning: syntax the two libraries may read apart
            parsed = parser.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return None
    return parsed


def _starting_words(pattern: str, most: int) -> tuple[str, ...]:
    """Words every match of ``pattern`` begins with, from the standard library's parse of it (the
    expansion the engine's prefilter gates use: literals, classes of a few characters, alternations,
    short repeats; a lookaround in front skipped, it takes no characters), each of two characters or
    more and at most ``most`` of them; () when none can be told or the pattern is not one
    both libraries read alike."""
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    from .literals import _expand, _sre

    c = _sre()[1]
    items = list(parsed)
    while items and items[0][0] in (c.ASSERT, c.ASSERT_NOT):
        items.pop(0)
    states = _expand(items, [["", False]])
    words = sorted({w for w, _stopped in states})
    if not words or len(words) > most or min(map(len, words)) < 2 or any("\x00" in w for w in words):
        return ()
    return tuple(words)


def _context_words(pattern: str, most: int) -> tuple[str, ...]:
    """Words every match of ``pattern`` stands in, read with its context: a positive lookbehind
    before anything the match takes is text just before it, a positive lookahead after everything it
    takes is text just after it; other lookarounds are left out (a condition left out lets more text
    through, never less, so the words stay ones every match stands in).  The expansion of
    :func:`_starting_words`, taken item by item as far as it gives at most ``most`` words;
    () when none of two characters or more can be told."""
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    from .literals import _expand, _sre

    c = _sre()[1]
    items = list(parsed)
    seq: list = []
    behind = ahead = False
    for n, (op, av) in enumerate(items):
        if op is c.ASSERT_NOT:
            continue
        if op is c.ASSERT:
            direction, sub = av
            takes_after = any(o not in (c.ASSERT, c.ASSERT_NOT) for o, _ in items[n + 1:])
            if direction < 0 and not seq and not behind:
                seq.extend(sub)
                behind = True
            elif direction > 0 and not takes_after and not ahead:
                seq.extend(sub)
                ahead = True
            continue
        seq.append((op, av))
    best: set = set()
    for n in range(1, len(seq) + 1):
        states = _expand(seq[:n], [["", False]])
        words = {w for w, _stopped in states}
        if not words or len(words) > most:
            break
        best = words
        if all(stopped for _w, stopped in states):
            break
    if not best or min(map(len, best)) < 2 or any("\x00" in w for w in best):
        return ()
    return tuple(sorted(best))


def _alternatives_of(pattern: str, most: int) -> tuple[str, ...]:
    """The literals of each branch of a top-level alternation, or of the leading group (see _literals_of)."""
    branches, depth, start, i, in_class, first_group = [], 0, 0, 0, False, None
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and first_group is None:
                first_group = i
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    if branches:
        branches.append(pattern[start:])
        # each branch's own best literals ((?<=基层)党组…|党组(?=…战斗堡垒): 基层党组, 党组战斗堡垒…)
        lits = [literals_of(b, most) for b in branches]
        return tuple(dict.fromkeys(w for one in lits for w in one)) if all(lits) else ()
    if (first_group is not None and pattern.startswith("(") and not pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"))
            and pattern[first_group + 1:first_group + 2] not in ("?", "*", "{")):
        if pattern.startswith("(?P<"):
            open_end = pattern.index(">") + 1
        elif pattern.startswith("(?:"):
            open_end = 3
        elif pattern.startswith("(?"):
            return ()  # inline flags, atomic groups…
        else:
            open_end = 1
        return literals_of(pattern[open_end:first_group], most)
    return ()


def remembered_paragraph_literals(pattern: str, most: int | None = None) -> tuple[str, ...]:
    """:func:`paragraph_literals_of`, kept between runs with the pattern cache."""
    most = most or _MOST_WORDS
    told = rx.remember_text("paragraph-literals", f"{_LITERALS_VERSION}\x00{most}\x00{pattern}",
                            lambda: "\x00".join(paragraph_literals_of(pattern, most)))
    return tuple(told.split("\x00")) if told else ()


def paragraph_literals_of(pattern: str, most: int | None = None) -> tuple[str, ...]:
    """Literals one of which every paragraph holds where ``pattern`` matches, for a pattern searched
    over a whole paragraph (the lexicon's variants; not the 语病 patterns, whose words also say where a
    match stands): :func:`literals_of`, or, where each is longer, the words every match begins with
    once the lookarounds in front are set aside (``(?:(?<![…])|(?<=庆祝|…))中国(?:迎来了?|喜迎)?成立`` is
    looked for by 中国成立, 中国迎来成立…, not by 中国, in a sixth of a report's paragraphs), or the
    words of a positive lookaround of the pattern's top level (``20(?:0[0-24-9]|…)年修订(?=《中国共产党
    纪律处分条例》)`` by the title, not by 26 years): the text a lookaround asks for is the paragraph's too."""
    most = most or _MOST_WORDS
    best = literals_of(pattern, most)
    lead = _zero_width_lead(pattern)
    candidates = [_starting_words(pattern[lead:], most)] if lead else []
    candidates.extend(literals_of(inner, most) for inner in _positive_lookarounds(pattern))
    for words in candidates:
        if words and (not best or min(map(len, words)) > min(map(len, best))):
            best = words
    return best


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _zero_width_lead(pattern: str) -> int:
    """Where ``pattern`` starts taking characters: after its leading lookarounds, and groups each of
    whose branches is lookarounds only (``(?:(?<![…])|(?<=庆祝|欢庆))``); 0 when it starts otherwise."""
    i = 0
    try:
        while pattern.startswith("(", i):
            end = rx._group_end(pattern, i)
            if pattern[end:end + 1] in ("?", "*", "+", "{"):
                break
            if not pattern.startswith(_LOOKAROUNDS, i):
                inner = pattern[i + 3:end - 1] if pattern.startswith("(?:", i) else None
                if inner is None or not all(_zero_width_lead(b) == len(b) for b in _top_branches(inner)):
                    break
            i = end
    except ValueError:
        return 0
    return i


def _top_level(pattern: str):
    """(start, end) of each item at ``pattern``'s top level: an escape, a class, a whole group, or one
    character (ValueError when its groups or classes do not close)."""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            end = i + 2
        elif c == "(":
            end = rx._group_end(pattern, i)
        elif c == "[":
            end = rx._class_end(pattern, i)
            if end < 0:
                raise ValueError(pattern)
        else:
            end = i + 1
        yield i, end
        i = end


def _top_branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (ValueError when its groups or classes do not close)."""
    bars = [i for i, end in _top_level(pattern) if pattern[i:end] == "|"]
    return [pattern[a + 1 if a >= 0 else 0:b] for a, b in zip([-1, *bars], [*bars, len(pattern)])]


def _positive_lookarounds(pattern: str) -> list[str]:
    """The contents of the positive lookarounds at ``pattern``'s top level that no quantifier follows
    (each must be met wherever the pattern matches); none when the pattern has a top-level ``|``."""
    try:
        if len(_top_branches(pattern)) > 1:
            return []
        found = []
        for i, end in _top_level(pattern):
            opened = 3 if pattern.startswith("(?=", i) else 4 if pattern.startswith("(?<=", i) else 0
            if opened and pattern[end:end + 1] not in ("?", "*", "+", "{"):
                found.append(pattern[i + opened:end - 1])
    except ValueError:
        return []
    return found


def remembered_needed_chars(pattern: str) -> str:
    """:func:`needed_chars`, kept between runs with the pattern cache."""
    return rx.remember_text("needed-chars", f"{_LITERALS_VERSION}\x00{pattern}", lambda: needed_chars(pattern))


def needed_chars(pattern: str) -> str:
    """Characters one of which every non-empty match of ``pattern`` (compiled without IGNORECASE)
    holds: those of the smallest class of a few characters (or a character, or an alternation of
    them) the match takes for certain; "" when none can be told.  A lookaround is skipped (it takes
    nothing), so is an item that may be absent; the ``regex`` module's ``\\p{…}`` is read as ``\\w``
    (a class too large to tell), which keeps the pattern's shape for the standard library's parse."""
    import re as stdlib_re

    parsed = _parsed(stdlib_re.sub(r"\\[pP]\{\w+\}", r"\\w", pattern))
    if parsed is None:
        return ""
    from .literals import _sre

    chars = _needed(list(parsed), _sre()[1])
    return "".join(sorted(chars)) if chars else ""


def _needed(items, c) -> set | None:
    """The smallest set of characters one of which the sequence ``items`` takes for certain, or None."""
    best = None
    for op, av in items:
        one = _needed_of(op, av, c)
        if one is not None and (best is None or len(one) < len(best)):
            best = one
    return best


def _needed_of(op, av, c) -> set | None:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        from .literals import _class_chars

        chars = _class_chars(av, c)
        return set(chars) if chars else None
    if op is c.BRANCH:
        out: set = set()
        for alt in av[1]:
            one = _needed(list(alt), c)
            if one is None:
                return None
            out |= one
        return out if len(out) <= 16 else None
    if op is c.SUBPATTERN:
        return _needed(list(av[3]), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _needed(list(av[2]), c)
    return None  # a lookaround, an edge, an optional item, a back-reference, a large class…
