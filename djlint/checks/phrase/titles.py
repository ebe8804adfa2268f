"""DJ404's titles: 《公民道德实施纲要》 for 《公民道德建设实施纲要》, a title the data knows (the lexicon's
《…》 entries, the documents the meetings of ``facts/meetings.tsv`` adopted) with a character or two left
out or added inside it."""
from __future__ import annotations

import regex as re

from ...engine import Finding
from ...util import rx
from ...util.zh import NUMERAL_CHARS
from ..hanzi import simplified
from .context import has_traditional, in_quotation
from .lexicon import lexicon_for

TITLE_MARK = rx.stdlib("《")
_TITLE = rx.regex(r"《([^《》\n]{6,80})》")
#: what a title may be written with or without (顿号, 逗号, spaces, half-width brackets)
_TITLE_NOISE = rx.regex(r"[、，,\s·]")
_TITLE_NUMERALS = frozenset(NUMERAL_CHARS + "0123456789〇零百两")


def _title_key(title: str) -> str:
    return _TITLE_NOISE.sub("", title.replace("(", "（").replace(")", "）"))


def _known_titles(registry) -> dict[str, str]:
    """The titles of documents and books the data knows (the lexicon's 《…》 entries, the documents the
    meetings adopted), keyed by their form without punctuation."""
    def build():
        from ..facts.data import facts_for

        titles = {t for f in lexicon_for(registry).exact.values() if f.name.startswith("《")
                  for t in re.findall(r"《([^《》]+)》", f.name)}
        titles.update(d for m in facts_for(registry).meetings for d in m.documents)
        return {_title_key(t): t for t in titles if len(t) >= 6}

    return registry.memo("phrase.known-titles", build)


#: the issuer's name at the head of a title, and how it is cut short: 《中央关于……的决定》 for 《中共中央关于……的决定》,
#: 《中国统一战线工作条例》 for 《中国共产党统一战线工作条例》 (the shortened head names no other issuer)
_HEADS = (("中共中央", "中央"), ("中国共产党", "中国"))


def _short_heads(registry) -> dict[str, tuple[str, str, str]]:
    """The known titles with their issuer's name cut short at the head, keyed like :func:`_title_key`:
    (the title, the name, what it was cut to)."""
    def build():
        known = _known_titles(registry)
        out = {}
        for key, title in known.items():
            for head, cut in _HEADS:
                if key.startswith(head):
                    short = cut + key[len(head):]
                    if short not in known:
                        out[short] = (title, head, cut)
        return out

    return registry.memo("phrase.known-titles-short", build)


def title_near_misses(p, ctx):
    """《公民道德实施纲要》 for 《公民道德建设实施纲要》: a title the data knows with one or two characters
    left out or added inside it.  Only inside (two characters kept at each end, one after a character left
out: 《中国共产党章程》学习辅导,
    a prefix such as 中央 or 中共中央 and a suffix such as 释义 or 解读 make another title), never a numeral (第十四个
    is another plan), never a swapped character (党组/党委 name sister regulations)."""
    known = _known_titles(ctx.registry)
    text = p.text
    traditional = has_traditional(p, ctx)
    if traditional:
        # read in simplified characters (the same length: the offsets are the paragraph's own); no fix offered
        text = simplified(text)
    for m in _TITLE.finditer(text):
        got = _title_key(m.group(1))
        if traditional:
            got = got.replace("於", "于")  # 關於: 於 stands in simplified text too, and is left as it is by simplified()
        if got in known:
            continue
        short = _short_heads(ctx.registry).get(got)
        if short is not None:
            title, cut, left = short
            if not in_quotation(ctx, p, m.start(), m.end()):
                yield Finding(p, m.start(), m.end(), f"书名或文件名有误（“{cut}”写成了“{left}”）：应为《{title}》",
                              None if traditional else f"《{title}》", False)
            continue
        told = False
        for key, title in known.items():
            if not 0 < abs(len(key) - len(got)) <= 2:
                continue
            a = 0
            while a < min(len(key), len(got)) and key[a] == got[a]:
                a += 1
            b = 0
            while b < min(len(key), len(got)) - a and key[-1 - b] == got[-1 - b]:
                b += 1
            want, have = key[a:len(key) - b], got[a:len(got) - b]
            if a < 2 or b < (1 if want else 2) or (want and have) or _TITLE_NUMERALS.intersection(want + have):
                continue
            if in_quotation(ctx, p, m.start(), m.end()):
                break
            what = f"少了“{want}”" if want else f"多了“{have}”"
            yield Finding(p, m.start(), m.end(), f"书名或文件名疑有误（{what}）：应为《{title}》",
                          None if traditional else f"《{title}》", False)
            told = True
            break
        if told or len(got) < _GARBLED_MIN:
            continue
        title = _garbled(known, got)
        if title is not None and not in_quotation(ctx, p, m.start(), m.end()):
            yield Finding(p, m.start(), m.end(), f"书名或文件名有误：应为《{title}》",
                          None if traditional else f"《{title}》", False)


#: a long title of a central document (《中共中央关于……的建议》) garbled in several places: words swapped for
#: others (远景 → 远大, 关于 → 东方体育, 决定 → 决议), the issuer cut short, words added; the frame (the head,
#: the numerals, most of the words in their order) is the known title's
_GARBLED_MIN = 16
#: only the Central Committee's own decisions, proposals and resolutions: each is one of a kind.  A series shares its
#: frame with other real titles (《习近平关于社会主义文化建设论述摘编》 and 《…精神文明建设论述摘编》 are two books, four
#: edits apart), so its titles are left to the one-or-two-character check above
_GARBLED_HEAD = "中共中央关于"
#: at most this many edits per character of the known title (two distinct real plenum decisions, 《…全面深化改革若干
#: 重大问题的决定》 and 《…全面推进依法治国若干重大问题的决定》, are 6 edits in 21 characters apart: 0.29)
_GARBLED_RATE = 0.22


#: another issuer's own document in the same frame (《中共××省委关于制定××省国民经济和社会发展第十四个五年规划……的建议》)
_LOCAL_ISSUER = rx.regex(r"[省市县区州盟旗]委|党委|党组|政府|人大|政协")


def _numerals(s: str) -> list[str]:
    runs, cur = [], ""
    for ch in s:
        if ch in _TITLE_NUMERALS:
            cur += ch
        elif cur:
            runs.append(cur)
            cur = ""
    return runs + ([cur] if cur else [])


def _edits(a: str, b: str, limit: int) -> int:
    """The Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is sure to exceed ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _garbled(known: dict[str, str], got: str) -> str | None:
    """The one known long title ``got`` is a garbled copy of (see ``_GARBLED_RATE``), else None.  The title must
    open with the known one's first character, name the same numerals (第十四个 and 第十五个 are two plans) and
    share most of its two-character pieces; a second known title as near leaves it unsaid."""
    if got.endswith("精神") or _LOCAL_ISSUER.search(got, 0, got.find("关于") if "关于" in got else 12):
        return None
    pieces = {got[i:i + 2] for i in range(len(got) - 1)}
    numerals = _numerals(got)
    best = []
    for key, title in known.items():
        if not key.startswith(_GARBLED_HEAD) or key[0] != got[0] or key == got:
            continue
        limit = int(len(key) * _GARBLED_RATE)
        if abs(len(key) - len(got)) > limit:
            continue
        shared = sum(1 for i in range(len(key) - 1) if key[i:i + 2] in pieces)
        if shared < 0.6 * (len(key) - 1) or _numerals(key) != numerals:
            continue
        n = _edits(key, got, limit)
        if n <= limit:
            best.append((n, title))
    if len(best) != 1:
        return None
    return best[0][1]
