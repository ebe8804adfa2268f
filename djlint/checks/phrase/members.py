"""DJ402: the members of an enumerated formulation (四个意识: 政治意识、大局意识、核心意识、看齐意识)
in the wrong order, one missing, or a stranger of the same kind among them."""
from __future__ import annotations

import os

from ...engine import Finding
from ...util import rx
from ...util.record import replace
from ...util.zh import quote
from ..grammar.script import as_written
from ..hanzi import simplified
from .context import has_traditional, in_quotation, merged, traditional_hint_paragraphs
from .lexicon import LEXICON_SOURCE, LexiconKeyRule, keys_in, lexicon_for

_SEPS = rx.regex(r"^(?:、|，|,|和|及|与|以及|；)$")


class EnumerationMembers(LexiconKeyRule):
    """列举型提法的成员错序、缺项或混入他项（政治意识、大局意识、核心意识、看齐意识）

    ## 检查内容
    “四个意识”“四个自信”“政治三力”“六大纪律”“五位一体”“新发展理念”“三不腐”“三严三实”等
    列举型提法：各项的顺序须与规范一致；在提法名称后紧接着列举时，不能少项；同一列举中不能混进
    同类的他项（如“服务意识”）。四项以上的列举从第一项写到最后一项、中间漏了一项的（马克思列宁主义、……、“三个代表”
    重要思想、习近平新时代中国特色社会主义思想，漏了科学发展观），也报缺项。由四项以上短语组成的口号（学党史、悟思想、办实事、开新局）只写了三项、
    少了头一项或末一项的，也报缺项；从第一项起写全了整个列举、其中一两项错了一两个字或丢了字的
    （政治领导力、思想领导力、众组织力和社会号召力），逐项指出应为哪一项；前几项都对、最后一项换成了
    同一类的别的项（……坚持系统观念、坚持开放包容）或丢了字（……社会建设、生态建设）的，也指出来。
    社会主义核心价值观、“六个必须坚持”、中国式现代化的中国特色和本质要求等也按列举核对。
    繁体字段落按简体核对（同 DJ401），报告时不给修复。

    ## 为什么
    列举型提法的成员和顺序是中央文件确定的，颠倒或漏项同样是提法错误。

    ## 修复说明
    成员齐全只是顺序不对时，按规范顺序重排（安全修复）；缺项、混入他项需人工修改。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ402"
    name = "enumeration-members"
    severity = "error"
    fix = "sometimes"
    source = LEXICON_SOURCE

    def own_keys(self, lex):
        return lex.member_keys

    def candidates(self, ctx):
        found = super().candidates(ctx)
        if found is None:
            return None
        # and the paragraphs in traditional script, read in simplified characters (堅持悟思想、辦實事、開新局)
        return merged(found, traditional_hint_paragraphs(ctx))

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if not lex.member_sets:
            return
        text = p.text
        candidates = []
        seen = set()  # the same entry comes once per member found: compared by equality only once
        member_sets = lex.member_sets
        if has_traditional(p, ctx):
            # the same length in simplified characters: the offsets are the paragraph's own; reported without a
            # fix (the fix would be in simplified characters)
            text = simplified(text)
            keys = {m: [i for i in _find_all(text, m)] for m in member_sets if m in text}
            for finding in self._check(p, ctx, lex, text, keys, candidates, seen, member_sets):
                # the words quoted from the paragraph as written (“責任意識”), the right ones in simplified characters
                message = as_written(finding.message, text, p.text, finding.start, finding.end)
                yield Finding(p, finding.start, finding.end, message, severity=finding.severity)
            return
        keys = keys_in(lex, p, ctx)
        yield from self._check(p, ctx, lex, text, keys, candidates, seen, member_sets)

    def _check(self, p, ctx, lex, text, keys, candidates, seen, member_sets):
        # an entry equal to one already taken is not taken again; equal entries have the same name, so each is
        # compared with those of its name only (a list test compared it with every candidate, field by field)
        by_name: dict[str, list] = {}
        for member in [k for k in keys if k in member_sets]:  # the scan's keys are other rules' too
            for f in member_sets[member]:
                if id(f) not in seen:
                    seen.add(id(f))
                    same = by_name.setdefault(f.name, [])
                    if f not in same:
                        same.append(f)
                        candidates.append(f)
        year = ctx.year
        for f in candidates:
            whole = f.sep == "、"  # whether the list may be written whole, each member once (then checked)
            if not f.history:
                counts = [len(keys.get(m, ())) for m in f.members]
                if sum(counts) < 2:
                    continue  # one member alone is no list: _check_set reports from two on (order, a gap, a stranger)
                whole = whole and counts.count(1) == len(counts)
            if f.order_since is not None and (year is None or year < f.order_since):
                continue  # earlier documents listed the same words in another order
            versions = f.members_for(year)
            if whole and any(_written_whole(text, members) for members in versions):
                continue  # the list written whole and nowhere else: _check_set would find nothing (min of [] is [])
            found = [list(self._check_set(p, text, f, members)) for members in versions]
            # a list right for any version valid in this report's year is right
            best = min(found, key=len)
            if best and _an_older_list_told_as_then(
                    ctx, text, f, best[0].start, lambda old, f=f: list(self._check_set(p, text, f, old))):
                continue
            for finding in best:
                if not in_quotation(ctx, p, finding.start, finding.end):
                    yield finding

    def _check_set(self, p, text, f, members):
        f = f if members is f.members else replace(f, members=members)
        hits = _member_hits(text, f)
        clusters, strangers = _clusters(text, f, hits)
        said = []
        for ci, s_start, s_end, word in strangers:
            if len(clusters[ci]) >= len(f.members) - 1:
                said.append((s_start, s_end))
                yield Finding(p, s_start, s_end, f"“{word}”不是“{f.name}”的内容：应为{'、'.join(f.members)}")
        near = list(_near_members(p, text, f, hits))
        for c in clusters:
            finding = _cluster_finding(p, text, f, c) or _wrong_edge_member(p, text, f, c)
            if finding is not None and (finding.start, finding.end) == (c[0][0], c[-1][1]) and finding.replacement is None \
                    and any(a <= c[0][0] and c[-1][1] <= b for a, b, _f in near):
                continue  # “少了……” of a run in a whole list with a member changed: the changed one is said below
            if finding is not None and not any(a < finding.end and finding.start < b for a, b in said):
                # the item between two runs (……平等、公平、法治……) is the next of the first and the previous of
                # the second: said once
                said.append((finding.start, finding.end))
                yield finding
        for _a, _b, finding in near:
            if not any(a < finding.end and finding.start < b for a, b in said):
                said.append((finding.start, finding.end))
                yield finding


def _an_older_list_told_as_then(ctx, text: str, f, start: int, check) -> bool:
    """Whether the list is one the entry had before (三个自信 until 2016) and the sentence, before it, names a
    year of that time or a Party congress or plenum held then as where it was said (2012年11月，……；党的十八大
    报告提出，……): a narration of what was said then, as DJ403 lets “2014年……首次提出……” stand."""
    if not f.history:
        return False
    from ..facts.base import meetings_index  # the facts' tables, loaded only for a list that would be reported
    from ..facts.when import sentence_bounds, years_named

    a, _b = sentence_bounds(text, start, start)
    for until, members in f.history:
        if check(members):
            continue  # not this older list either
        named = years_named(text, a, start)
        if named:
            if named[-1][2].end.year <= until:
                return True
            continue
        ix = meetings_index(ctx.registry)
        for m in ix.pattern.finditer(text, a, start) if ix.pattern is not None else ():
            if ix.by_name[m.group()].start.year <= until and _SAID_AT.match(text, m.end()):
                return True
    return False


#: what follows a meeting's name where something was said at it (党的十八大报告提出, 十八大上, 十八大强调),
#: not where its spirit is studied (学习党的十八大精神) or a stretch starts (党的十八大以来)
_SAID_AT = rx.stdlib(r"(?:的)?(?:报告|上|提出|指出|强调|明确提出|首次提出|作出)")


def _written_whole(text: str, members) -> bool:
    """Whether the paragraph holds the list joined by 、 in order, each member once and only there: then
    its members are one run in order (no stranger, no gap, none missing) and every item after the first is
    exact, so :meth:`EnumerationMembers._check_set` yields nothing.  Most paragraphs of a report that name a
    list's members name it whole (2 MB of throughput.py's text: 1,218 of the 3,500 sets checked)."""
    return "、".join(members) in text and all(text.count(m) == 1 for m in members)


def _find_all(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _member_hits(text: str, f) -> list[tuple[int, int, int]]:
    """(start, end, member index) of every member in the text, none nested in another."""
    hits = []
    for i, m in enumerate(f.members):
        at = text.find(m)
        while at >= 0:
            hits.append((at, at + len(m), i))
            at = text.find(m, at + len(m))
    hits.sort()
    clean = []
    for h in hits:
        if not clean or h[0] >= clean[-1][1]:
            clean.append(h)
    return clean


def _clusters(text: str, f, hits):
    """Runs of members joined only by separators, and strangers (服务意识) sitting in a run."""
    clusters, cur, strangers = [], [], []
    for h in hits:
        if cur:
            gap = text[cur[-1][1]:h[0]]
            joined = _SEPS.match(gap) is not None or (f.sep == "" and h[0] == cur[-1][1])
            odd = f.stranger_re.match(gap) if (f.stranger_re is not None and not joined) else None
            if odd is not None and odd.group(1) not in f.members:
                strangers.append((len(clusters), cur[-1][1] + odd.start(1), cur[-1][1] + odd.end(1), odd.group(1)))
            elif not joined:
                clusters.append(cur)
                cur = []
        cur.append(h)
    if cur:
        clusters.append(cur)
    return clusters, strangers


_EDGE_SEP = rx.stdlib(r"[、，,和及与]")
_ITEM_END = rx.stdlib(r"[、，,。；;！？!?和及与）)”\s]|$")


def _wrong_edge_member(p, text: str, f, c) -> Finding | None:
    """The item right after (or before) a run of members in order, where the next (or previous)
    member belongs: a stranger of the same kind (…核心意识、责任意识) when only it is missing, or the
    member with one character changed (严以用权、严于律己)."""
    idx = [i for _s, _e, i in c]
    if len(c) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
        return None
    edges = []
    if idx[-1] + 1 < len(f.members) and _EDGE_SEP.fullmatch(text[c[-1][1]:c[-1][1] + 1]):
        edges.append((c[-1][1] + 1, f.members[idx[-1] + 1], True))
    if idx[0] > 0 and c[0][0] >= 1 and _EDGE_SEP.fullmatch(text[c[0][0] - 1]):
        edges.append((c[0][0] - 1, f.members[idx[0] - 1], False))
    last = _wrong_last_of_kind(p, text, f, c, idx)
    if last is not None:
        return last
    for at, expected, forward in edges:
        n = len(expected)
        start = at if forward else at - n
        item = text[start:start + n] if start >= 0 else ""
        if len(item) != n or item in f.members or not _ITEM_END.match(text, start + n):
            continue
        if not forward and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and not _EDGE_SEP.fullmatch(text[start - 1]):
            continue  # the item before is longer than the member: not in the list's place
        near = sum(a != b for a, b in zip(item, expected)) == 1 and item[0] == expected[0] \
            and (item, expected) not in _SAID_ELSEWHERE
        stranger = bool(f.suffix) and item.endswith(f.suffix) and len(c) == len(f.members) - 1
        if near:
            return Finding(p, start, start + n, f"{quote(f.name)}中应为“{expected}”，不是“{item}”", expected, False)
        if stranger:
            return Finding(p, start, start + n, f"“{item}”不是“{f.name}”的内容：此处应为“{expected}”", expected, False)
    return None


def _affixes(members) -> tuple[str, str]:
    """The words every member begins (坚持……) or ends (……的现代化) with, two characters or more."""
    prefix = os.path.commonprefix(members)
    suffix = os.path.commonprefix([m[::-1] for m in members])[::-1]
    return (prefix if len(prefix) >= 2 else ""), (suffix if len(suffix) >= 2 else "")


def _wrong_last_of_kind(p, text: str, f, c, idx) -> Finding | None:
    """Every member but the last written in order, and in the last one's place another item of the same kind
    (坚持人民至上、……、坚持系统观念、坚持开放包容): the list is cited whole, its last member wrong."""
    n = len(f.members)
    if n < 4 or idx != list(range(n - 1)) or not _EDGE_SEP.fullmatch(text[c[-1][1]:c[-1][1] + 1]):
        return None
    prefix, suffix = _affixes(f.members)
    if not (prefix or suffix):
        return None
    at, expected = c[-1][1] + 1, f.members[-1]
    # the item: Han characters up to the end of the list (a mark, 和, or the 的 before what the list qualifies)
    ends = [w for w in range(2, len(expected) + 3) if _all_han(text[at:at + w])
            and (_ITEM_END.match(text, at + w) or text.startswith("的", at + w))]
    if not ends:
        return None
    end = at + min(ends, key=lambda w: abs(w - len(expected)))
    item = text[at:end]
    if item in f.members:
        return None
    # a short ending (……建设) is shared by other lists (……社会建设、党的建设, the form of 2007): the item must
    # also share a word of the member's own (生态建设)
    kin = len(suffix) >= 3 or bool(set(item[:-len(suffix)]) & set(expected[:-len(suffix)])) if suffix else False
    if len(item) >= len(prefix or suffix) + 2 and (prefix and item.startswith(prefix) or suffix and item.endswith(suffix) and kin):
        return Finding(p, at, end, f"“{item}”不是“{f.name}”的内容：此处应为“{expected}”", expected, False)
    return None


def _cluster_finding(p, text: str, f, c) -> Finding | None:
    idx = [i for _s, _e, i in c]
    start, end = c[0][0], c[-1][1]
    if len(c) >= max(3, len(f.members) - 1) and idx != sorted(idx) and len(set(idx)) == len(idx):
        ordered = sorted(c, key=lambda h: h[2])
        pieces = []
        for k, h in enumerate(c):
            pieces.append(f.members[ordered[k][2]])
            if k + 1 < len(c):
                pieces.append(text[h[1]:c[k + 1][0]])
        present = [f.members[i] for i in sorted(idx)]  # a part of the list is judged as a part
        right = (f.sep or "").join(present if len(present) < len(f.members) else f.members)
        # a set whose name is its members written out (政治判断力、政治领悟力、政治执行力) is named by
        # the words as written, or the message would quote the right order as the wrong one
        said = text[start:end] if f.name == right or f.members[0] in f.name else f.name
        return Finding(p, start, end, f"{quote(said)}的顺序应为：{right}",
                       "".join(pieces) if len(c) == len(f.members) else None)
    # a member missing right after the set's own name
    if len(c) == len(f.members) - 1 and len(f.members) >= 3:
        before = text[max(0, start - 16):start]
        missing = [m for i, m in enumerate(f.members) if i not in idx]
        if f.name[:4] in before or (len(f.name) <= 6 and f.name in before):
            return Finding(p, start, end, f"“{f.name}”少了“{'、'.join(missing)}”：应为{'、'.join(f.members)}")
        # the first and the last member written, in order, one between them dropped (马克思列宁主义、……、“三个代表”
        # 重要思想、习近平新时代中国特色社会主义思想): a list cited in part keeps a run of its members, it does not
        # skip one in the middle
        # (a list closed by 等 says it is not whole: 政治纪律、组织纪律、廉洁纪律、工作纪律、生活纪律等)
        if len(f.members) >= 4 and idx == sorted(idx) and idx[0] == 0 and idx[-1] == len(f.members) - 1 \
                and not text.startswith("等", end):
            return Finding(p, start, end, f"列举少了{quote(missing[0])}：应为{'、'.join(f.members)}")
        # a slogan of four or more short members (学党史、悟思想、办实事、开新局) written with all but its first or
        # its last: the set is quoted as a whole, one end dropped (a list of long members, such as the 四个全面,
        # is often cited in part)
        if len(f.members) >= 4 and max(map(len, f.members)) <= 4 and idx in (list(range(1, len(f.members))),
                                                                          list(range(len(f.members) - 1))) \
                and _SLOGAN_EDGE.match(text[start - 1:start] if start else "") and _SLOGAN_EDGE.match(text[end:end + 1]):
            return Finding(p, start, end, f"“{f.name}”少了“{missing[0]}”：应为{'、'.join(f.members)}")
    return None


#: beside a slogan written whole: the end of a clause, a verb's last character, a quotation mark (not a
#: separator, which would make the list go on)
_SLOGAN_EDGE = rx.stdlib(r"^(?:$|[^、和及与])")
_NEAR_SEP = rx.regex(r"、|，|,|和|及|与|以及")
#: a word of a frame (既……，又……) after a comma in a list, before the next member
_JOINING_WORD = rx.stdlib(r"又|也|还|并且|并|而且|同时")
#: a verb after a comma that takes the next item as its object: the list ended and a new clause began
#: (坚持马克思列宁主义……科学发展观，全面贯彻习近平新时代中国特色社会主义思想 — the form of the Party's documents
#: since 2022), so the item is not a misspelt member
_CLAUSE_VERB = rx.stdlib(r"(?:全面|深入|认真|坚决|始终|坚定不移地?)?(?:贯彻|坚持|落实|学习|践行|运用|遵循|用)")


def _distance(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _all_han(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


#: a member changed into a word another rule reports there (公正、法制 in the core values: DJ425's word pairs)
_SAID_ELSEWHERE = frozenset({("法制", "法治")})


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring characters swapped (治法 for 法治)."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _near(item: str, expected: str, members) -> bool:
    return ((item, expected) not in _SAID_ELSEWHERE and item != expected and item not in members and len(item) >= 2
            and (_distance(item, expected) <= max(1, len(expected) // 2) or _swapped(item, expected))
            and len(set(item) & set(expected)) >= 1)


def _another_of_the_kind(item: str, expected: str) -> bool:
    """Whether the item is another thing of the member's kind, not the member mistyped: the two share only the
    kind's word at their end, their heads of two characters or more wholly different (责任意识 for 核心意识,
    规矩意识 for 看齐意识).  A slip changes or drops a character and keeps the rest (众组织力, 生态建设, 有爱).
    Two such items or more in a list are a list of its own (政治意识、大局意识、责任意识、规矩意识, dev-prec451 22);
    one among the others right is the formulation with a word changed (……优化结构、慎重发展 for 改善结构): told."""
    k = 0
    while k < min(len(item), len(expected)) and item[-1 - k] == expected[-1 - k]:
        k += 1
    head, want = item[:len(item) - k], expected[:len(expected) - k]
    return k >= 2 and len(head) >= 2 and len(want) >= 2 and not set(head) & set(want)


def _near_members(p, text: str, f, hits):
    """The whole list written from its first member on, every member in its place, one or two of them with a
    character or two changed or dropped (奉献、有爱、互助、进步; 政治领导力、思想领导力、众组织力和社会号召力):
    aligned member by member, the changed ones are reported.  At least half the members exact."""
    n = len(f.members)
    if n < 3:
        return
    for start, end, i in hits:
        if i != 0:
            continue
        pos, near, exact = end, [], 1
        for k in range(1, n):
            sep = _NEAR_SEP.match(text, pos)
            if sep is None:
                break
            at = sep.end()
            joined = _JOINING_WORD.match(text, at)
            if joined is not None and sep.group() in "，,":
                at = joined.end()  # 既严以修身、严以用权、严以律己，又谋事要实: a frame's word, not the member's
            if sep.group() in "，," and _CLAUSE_VERB.match(text, at) and not text.startswith(f.members[k], at):
                break  # ……科学发展观，全面贯彻习近平新时代中国特色社会主义思想: a verb begins another clause
            expected = f.members[k]
            if text.startswith(expected, at):
                exact += 1
                pos = at + len(expected)
                continue
            # the item: up to the next separator in the middle of the list; the best length at its end
            if k < n - 1:
                nxt = _NEAR_SEP.search(text, at, at + len(expected) + 3)
                lengths = [nxt.start() - at] if nxt is not None else []
            else:
                # the last member: up to the end of its words (生态建设。 for 生态文明建设), a longer member shortened
                # by two characters at most
                shortest = len(expected) - (2 if len(expected) >= 5 else 1)
                lengths = [w for w in range(shortest, len(expected) + 2) if _all_han(text[at:at + w])]
            best = min(((_distance(text[at:at + w], expected), w) for w in lengths if w >= 2), default=None)
            if best is None or not all("\u4e00" <= ch <= "\u9fff" for ch in text[at:at + best[1]]):
                break
            item = text[at:at + best[1]]
            if not _near(item, expected, f.members):
                break
            near.append((at, at + best[1], item, expected))
            pos = at + best[1]
        else:
            one_char = sum(_distance(item, expected) for _a, _b, item, expected in near) == 1
            if one_char and f.fuzzy and f.name == (f.sep or "、").join(f.members) and len(f.name) >= 8:
                continue  # the whole list is the entry's name, one character off: DJ404's fuzzy match says it
            if near and exact >= 2 and len(near) <= n // 2 and not (
                    len(near) >= 2 and all(_another_of_the_kind(item, want) for _a, _b, item, want in near)):
                for a, b, item, expected in near:
                    yield start, pos, Finding(p, a, b, f"{quote(f.name)}中应为“{expected}”，不是“{item}”", expected, False)
