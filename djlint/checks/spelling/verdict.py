"""The verdict on a candidate (:func:`plausible`): names and set patterns are left alone, then
the evidence must clear what the guards ask for, with the character pairs and the likelihood
by word frequency as further tests, and a far likelier text may rescue a suggestion short of it.
"""
from __future__ import annotations

from ...util.zh import NUMBER_WORD_CHARS
from . import constructions
from .constructions import after_a_count, before_a_count, closes_a_when_clause, in_a_count_series, in_a_doubled_measure
from .evidence import FUNCTION_CHARS, WORD_COST, evidence, gain, gain_bound, pair_evidence
from .idioms import IDIOM, frequent_idiom, suspect
from .index import HAN, MIN_LEN, PACKED_MAX, Index
from .listing import inside_a_quoted_saying, listed_name, listed_only, parallel_unit
from .listing import short_quotation as _short_quotation
from .names import (
    PLACE_LEVEL,
    UNIT_ENDS,
    before_a_suffix,
    by_a_name_dot,
    in_a_dotted_name,
    in_a_name,
    known_with_suffix,
)
from .patterns import CLOSING_QUOTES, FUZZY_KIND, OPENING_QUOTES, SAME_KIND, SHAPE_KIND, coined_or_named, set_pattern

#: next to a two-character word these often stand alone (旅游这一, 已部分, 结合不紧密, 在发展上), and a numeral
#: changes a number, not a spelling (市三届 is not 十三届): a three-character suggestion needs more
#: evidence there
LONE_BESIDE_WORD = set("这那已不没未很更最各每该此等上下中里内外前后") | NUMBER_WORD_CHARS
#: how much better the suggestion must explain the context (segmentation cost saved): one
#: character no longer standing alone for a word of four or more characters; for a word of three
#: more than that (工业画 and 负责任 both read as a word and a character)
EVIDENCE, EVIDENCE_3 = 1.0, 1.0
#: a two-character suggestion (a word at least build.MIN_FREQ_2 frequent) needs this much evidence,
#: and its character pairs must read this much more natural (see pair_evidence)
EVIDENCE_2, PAIRS_2 = 1.9, 4.5
#: how much more natural the character pairs around a three-character suggestion must read (sum of
#: the pairs' log counts, one character of context each side): 负责任 reads as well as 负责人
PAIRS_3 = 1.5
#: evidence this far above what is needed makes the pairs matter less (the pairs needed then): a
#: two-character suggestion that also completes a longer word with its context (党员感部 →
#: 党员干部), a three-character one that turns a run of lone characters into words (市工图 → 施工图)
STRONG = {2: (0.1, 1.0), 3: (1.5, 0.0)}


def _in_word(index: Index, text: str, at: int) -> bool:
    """Whether the character at ``at`` forms a known two-character word with a neighbour."""
    return index.knows(text[max(0, at - 1):at + 1]) or index.knows(text[at:at + 2])


def _joins_outside(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the character at the stretch's edge makes a known word with the text outside it
    (生态型城市: 型 belongs to 生态型, not to 型城市 read as 兴城市; 治国理政中: 政 ends 治国理政)."""
    if at == s:
        return any(index.knows(text[j:at + 1]) for j in (at - 3, at - 2, at - 1) if j >= 0)
    if at == e - 1:
        return any(index.knows(text[at:at + n]) for n in (2, 3, 4) if at + n <= len(text))
    return False


def _slip_joins_outside(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the slipped character, at the stretch's edge, makes a two-character word with the
    character outside it (综治维稳: 维稳): the text reads as words across the edge, so a likelier
    reading inside the stretch alone (综治委) does not rescue it.  (A slip inside the stretch is
    not read so: 天燃气管网 is 天然气 though 气管 is a word.)"""
    return (at == e - 1 and e < len(text) and index.knows(text[at:e + 1])) or (
        at == s and s > 0 and index.knows(text[s - 1:s + 1]))


def _edge_slip_in_running_text(text: str, s: int, e: int, at: int) -> bool:
    """A slip at the stretch's edge with more Chinese text beyond it (工业画、 is a slip standing
    free; 制度型开放 may be a word the dictionary lacks, 为企业助把力; a function word before it ends no
    word with it: 的源动力), or a measure word after a number (3项配套)."""
    if at == e - 1:
        return e < len(text) and bool(HAN.match(text[e]))
    return at == s and s > 0 and ((bool(HAN.match(text[s - 1])) and text[s - 1] not in FUNCTION_CHARS) or text[s - 1].isdigit())


def _affixed(index: Index, written: str, slip: int) -> bool:
    """A three-character stretch whose unchanged edge is a productive suffix or prefix (反流性: a
    term the dictionary lacks, 反流, and 性): it may be a compound as regular as the suggestion.  An
    edge that makes a word with the middle character is no affix there (源动力: 动力 is a word)."""
    return (slip < 2 and written[2] in index.suffixes and not index.knows(written[1:])) or (
        slip > 0 and written[0] in index.prefixes and not index.knows(written[:2]))


def _regular_shape(index: Index, written: str, slip: int) -> bool:
    """A three-character stretch whose slip is in a word that an unchanged productive suffix or
    prefix follows or precedes: the written text is as regular a compound as the suggestion
    (防控网 is not a slip for 防空网, both are a word and 网)."""
    return (slip < 2 and written[2] in index.suffixes and index.knows(written[:2])) or (
        slip > 0 and written[0] in index.prefixes and index.knows(written[1:]))


#: a suggestion the evidence falls short for only by what a guard below adds (a function word, a
#: character beside a word or at the edge of running text) is taken all the same when it makes the
#: text around it this much likelier (see gain; e^7 to e^10 is 1,100 to 22,000 times: 长效及制 →
#: 长效机制 12, but 大省及重点 → 省级重点 6.6), except where a numeral is involved (市三届 is not 十三届)
RESCUE = {2: 10.0, 3: 7.0, 4: 8.0}
#: a two-character suggestion whose character pairs read better, though by less than PAIRS_2, is
#: taken when the text around it is this much likelier: e^8.5, about 5,000 times (e^10 until slips12:
#: 课替 → 课题 8.97 in 要做好课替研究工作 was missed).  Lowered alone, on ECSpell odw the correction F1 went
#: 0.324 -> 0.337 with 0/453 correct sentences changed, on law and med no correct sentence more, on the
#: samples, the corpus and the DJ4 dev texts (dev-prec423/424) no finding more
PAIRS_2_GAIN, GAIN_2 = 3.5, 8.5
#: and every two-character suggestion must make the text around it at least this much likelier
#: (e^6.5 ≈ 650 times): 由点到线 segments well enough as written for 有点 to gain only 4.7
MIN_GAIN_2 = 6.5
#: a word of four or more characters written as two words is taken when the text is this much
#: likelier with it (e^8 ≈ 3,000 times; e^9 until slips15): between 8 and 9 ECSpell offers only true slips
#: (主人医师 8.2, 自制机关 8.9, 询问笔路 8.0), the correct prose looked at (published57-68, dev-prec423-425, corpus,
#: samples, ECSpell's correct sentences) none above 7.44 (中国共产党愿 → 共产党员)
GAIN_TWO_WORDS = 8.0
#: a stretch of three or more characters that is a whole quotation, when this much likelier
GAIN_QUOTED = 7.0
#: a suggestion of three or more characters must make the text clearly likelier, e^3 = 20 times:
#: 结果时 (when looking at the result) reads likelier as written than as 结果实 (bear fruit), though a
#: lone character is gone, and a correct phrase the dictionary splits reads barely less likely
#: than the word one character away (民族话 beside 民族化 1.5, 资料时 beside 资料室 1.3, 回响到 beside
#: 回想到 2.8, 高天厚土 beside 高天厚地 1.4, 一泓清泉 beside 一弘清泉 0.7).  Measured on every DJ421
#: finding of published 1-40, corpus, samples and ECSpell odw/law/med: the true corrections gain
#: 4.6 or more (人民监察院 → 人民检察院 4.6, 源动力 → 原动力 4.8); 12 of the 43 false findings judged
#: on held-out sets gained less than 3 (as the dictionary holds them today)
MIN_GAIN_3 = 3.0
#: the same for a three-character suggestion whose slip is not its first character (时间短 → 时间段, 财产刑 →
#: 财产性: a word and the next word's first character): e^5, about 150 times.  Measured on every DJ421
#: finding, true and false (see benchmarks/results.md, prec422): on published 1-30 and ECSpell odw the false
#: findings there gain at most 5.0 (增加至 → 增加值; 资料时, 民族话, 产业兴 under 2), the true ones 7.8 or more;
#: on published 31-46, ECSpell law/med and the slip lists no true correction gains under 6.3 (展览管 → 展览馆,
#: 黄体同 → 黄体酮) and 4 over-corrections go (时间短 3.1, 财产刑 3.5, 万式通 3.9, 养生血 4.8), with the held-out
#: false 聚吉地 (4.2) and 守望这 (4.9).  e^5, not the fitted e^5.5: benchmarks/wordslips.py's generated slips
#: 特等共 → 特等功 (5.2) and 中间牌 → 中间派 (5.5) stay found (看的起 4.3, 记者粘 4.3 do not).  A slip at the
#: first character keeps MIN_GAIN_3: 源动力 → 原动力 gains 4.8
MIN_GAIN_3_INNER = 5.0
#: the same for a suggestion of four or more characters that is no set phrase of our own vocabulary
#: (those are weighed by their source, see _set_phrase: jieba counts 改革开放 at its placeholder 3)
MIN_GAIN_LONG = 3.0
#: a three-character suggestion read the same as what is written (the stretch no word) whose pairs
#: read no better is taken when the text is this much likelier with it, unless its unchanged edge is a
#: productive affix (see _affixed)
GAIN_3_NO_PAIRS = 4.5
#: a look-alike (冶理 for 治理, 投人 for 投入) needs no pair test and less likelihood: the shape table
#: is small, so correct text rarely offers one (three candidates in 210,000 characters of the
#: edited texts looked at, none near this)
MIN_GAIN_2_LOOK_ALIKE = 5.0
#: the costs are sums of tenths: no verdict is left to floating-point rounding
EPS = 1e-9


def _a_not_a(text: str, e: int, at: int) -> bool:
    """Whether the stretch's last character opens an A-not-A question (教研实不实 is not 教研室: 实不实, dev-prec433)."""
    return at == e - 1 and text[e:e + 2] == "不" + text[at]


def _holds_known_word(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether a confirmed dictionary word (index.known_listed: known-words.txt lists it though jieba has it)
    inside the stretch holds the slip's character: the stretch is written with that word (经费支绌: 支绌,
    funds falling short, in old 县志 and finance prose, is no 支出 written wrong; dev-prec452)."""
    known = index.known_listed
    if not known:
        return False
    for n in range(2, min(e - s, PACKED_MAX) + 1):
        for i in range(max(s, at - n + 1), min(at, e - n) + 1):
            if text[i:i + n] in known:
                return True
    return False


def plausible(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str,
              doc_text: str | None) -> float | None:
    """The evidence (see :func:`evidence`) when the stretch is a plausible slip, else None.

    Names are left alone: a name's suffix after the stretch (康益药业, 九洲大道), a title or a
    surname before it (会计史玉, 林一凡), a surname beginning it (钟国东); so are traditional script,
    a written stretch as regular as the suggestion (防控网) and a look-alike that makes a common word.
    Then the suggestion must explain the text around the stretch clearly better than what is
    written (a character left standing alone becomes part of a word); guards ask for more where a
    function word, a numeral or a neighbouring word could explain the written text.  Two- and
    three-character suggestions must also read better by their character pairs (not our own terms
    or look-alikes) and make the text likelier by word frequency (see gain).  A suggestion short of
    the evidence may be rescued by a far likelier text (see _rescued).  A stretch written the same
    way twice in the document is a name, not a slip (``doc_text`` None: the caller counts).  The cheap
    tests run first, then the evidence (it turns away nearly every candidate, and its windows' costs
    are remembered), then the names and patterns, which look further: each test only says no, so
    their order changes nothing."""
    n = len(suggested)
    if index.traditional and not index.traditional.isdisjoint(written):
        return None  # text in traditional script (加強 is not 加强 mistyped)
    if before_a_count(text, at) or listed_only(index, text, s, e, at, suggested) or parallel_unit(text, s, e, at) or \
            _a_not_a(text, e, at) or in_a_dotted_name(index, text, s, e) or _holds_known_word(index, text, s, e, at):
        return None  # ……; a part of a transliterated name (台来提·乌布力 is not 乌布利: dev-prec448); a known word
    if n < MIN_LEN and at == s and s > 0 and text[s - 1].isdigit():
        return None  # a measure word after a number (9个处室 is not 9各处室)
    if n < MIN_LEN and NUMBER_WORD_CHARS.intersection(text[at] + suggested[at - s]) and not _quoted(text, s, e):
        return None  # a numeral changes a number or a list's count (一是已完成 is not 一是一), not a spelling;
        # a quoted term stands alone (“十二吴”: see _rescued)
    if after_a_count(text, at) or in_a_doubled_measure(text, at) or in_a_count_series(text, at) or (
            at == e - 1 and text[at] == "时" and closes_a_when_clause(text, e)):
        return None  # a measure word after a count (一百多例 is not 一百多里), doubled (一张张沙县小吃 is not 长沙县)
        # or counting things in a series (三岛九曲七十二湾 is not 七十二万); 时 closing a when-clause
        # (提供资料时，; 考察江苏盐城时的重要讲话 is not 盐城市; 在基层调研时指出)
    if (n == 2 and _quoted(text, s, e) and _in_quoted_series(text, s, e)) or inside_a_quoted_saying(text, s, e):
        return None  # two-character terms quoted in a series (从“入耳”到“入心”) are coined on purpose; a saying quoted
        # whole (“鱼见食而不见钩”) holds no idiom
    look_alike = index.codes.get(ord(text[at])) != index.codes.get(ord(suggested[at - s]))
    if look_alike and (index.common(text[max(0, at - 1):at + 1]) or index.common(text[at:at + 2])):
        return None  # a look-alike that makes a common word already (贷款贴息 is not 货款贴息)
    if look_alike and n >= MIN_LEN and suggested in text:
        return None  # the writer wrote the phrase itself nearby: a variation on it (照单全收……照单全改)
    if (written[at - s + 1:at - s + 2] != suggested[at - s + 1:at - s + 2] and _half_reads_otherwise(index, text, s, e, at, suggested)) \
            or constructions.splits_a_word_outside(index, text, s, e, at):
        return None  # words across the stretch's edge (突出整治|意识形态: see splits_a_word_outside)
    if n == 2 and _rare_not_alike(index, text[at], suggested[at - s]) and (look_alike or (
            suggested not in index.own_words and gain(index, text, s, e, suggested) < RARE_GAIN_2 - EPS)):
        return None  # a rare character was chosen, not slipped (莞华 is not 光华, 埭头 not 带头)
    found = _weighed(index, text, s, e, at, written, suggested, look_alike)
    if found is None:
        return None
    if in_a_name(index, text, s, e, at, n) or set_pattern(index, text, s, e, at, written, suggested) or (
            n < MIN_LEN and listed_name(index, text, s, e, slots=False)):
        return None
    if n == 3 and _regular_shape(index, written, at - s):
        return None
    if coined_or_named(index, text, s, e, suggested, not look_alike):
        return None
    return found if doc_text is None or doc_text.count(written) < 2 else None


#: a half of a four-character word typed as another word (罐车落实 for 贯彻落实) is taken only when that word
#: is rare (jieba's count under ~6, log_weight 30: 罐车 26, 同酬 22) or no word: a frequent one was meant
#: (亟需加强 is not 继续加强)
HALF_RARE = 30
#: a half that is a frequent word, or makes a word with the other half, is taken all the same where the text is e^9
#: (~8,000 times) likelier with the whole word: 营业支招 → 营业执照 11.3, 适合子市 → 石河子市 9.7; the correct prose
#: looked at (ECSpell, published57-68, dev-prec423-425, corpus, samples) offers 政治仪式 → 政治意识 6.6 and a dotted name
#: 13.2.  The other tests stay: 释惑作用 reads as 失活作用 15.3, 党员打回 as 党员大会 9.1 (答疑释惑, 打回电话 tell)
HALF_GAIN = 9.0


def _half_far_likelier(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """Whether the whole word makes the text HALF_GAIN likelier, its half a word too (a word typed for a word: 寂寂无名
    is no slip for 藉藉无名, 10.1), the stretch no part of a dotted name."""
    if by_a_name_dot(text, s, e):
        return False
    if index.weight(suggested[at - s:at - s + 2]) is not None:
        return gain(index, text, s, e, suggested) >= HALF_GAIN - EPS
    # a frequent idiom's half that is no word (源远 of 源远流长, typed as 渊源) asks what an idiom's slip asks
    return frequent_idiom(index, suggested) and gain(index, text, s, e, suggested) >= CONFUSION_GAIN[IDIOM] - EPS


def _half_reads_otherwise(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """Whether the half at ``at`` (its two characters both differ from the suggestion) reads otherwise
    than as a slip: a frequent word itself (unless the text is far likelier with ``suggested``), two characters side by side inside a dictionary word, a
    function word among them, a level before a unit's short name, or a known word that joins one of
    its characters to the other half (卫生室|建盖) or one of the stretch's characters to the text beside
    it (答疑释惑|作用, 野生动物|疫源, 打回电话)."""
    half = text[at:at + 2]
    weight = index.weight(half)
    if weight is None and index.pair_score(half) > 0:
        return True  # no word but a pair inside words of the dictionary (释惑 in 答疑释惑)
    if not FUNCTION_CHARS.isdisjoint(half):
        return True  # a function word (有责性|是|犯罪 is not 刑事犯罪)
    if any(text[i] in PLACE_LEVEL and not UNIT_ENDS.isdisjoint(text[i + 2:i + 5]) for i in (at, at + 1)):
        return True  # a level and a unit's short name (联合县卫健局: 县卫 is no slip for 纤维)
    inner, inside = (at, at + 2), False
    for a in range(max(0, s - 3), e):
        for b in range(max(a + 2, s + 1), min(len(text), a + 4, e + 3) + 1):
            if (a, b) == inner or (s <= a and b <= e and (b <= at or a >= at + 2)):
                continue  # the half itself, or a word inside the other half
            if index.knows(text[a:b]):
                if a < s or b > e:
                    return True
                inside = True  # a word across the halves (适合子市: 合子)
    # a frequent word (亟需加强 is not 继续加强) or a word across the halves, unless the whole word is far
    # likelier (see HALF_GAIN)
    frequent = weight is not None and weight > HALF_RARE
    return (frequent or inside) and not _half_far_likelier(index, text, s, e, at, suggested)


#: a two-character suggestion for a rare character (see _rare_not_alike) read the same must make the text
#: this much likelier (see gain): e^2 (about 7 times) more than any other of the same reading
#: (CONFUSION_GAIN["same"]), for an input method offers a rare character after the common ones of its
#: reading.  A place's 埭头 (10.9: 原平阳埭头 is no 带头), 一畦, 百舸 and 常戍 (5.2 to 10.7) fall short; a
#: rare character typed by shape in place of a common word's own (执珐 13.2, 结枸 18.4) does not; nor does
#: a term of our own vocabulary (“三侬” is 三农: the term vouches for itself, as in _weighed)
RARE_GAIN_2 = 11.0


def _rare_not_alike(index: Index, ch: str, alt: str) -> bool:
    """Whether the written ``ch`` is a rare character (not among index.common_chars) that does not look
    like the suggested ``alt``.  Chinese is typed through input methods that offer the common characters
    first, so a slip puts a common character in another's place; a rare one was most likely chosen (a
    place's 埭 or 莞, 廿 for twenty, a term's 痫).  Such a character read only alike (fuzzy: guan for
    guang, xian for xiang) is no slip, and one read the same needs RARE_GAIN_2.  Measured on every
    DJ421 finding (see benchmarks/results.md, rare421)."""
    common = index.common_chars
    if not common or ch in common:
        return False
    return alt not in index.shapes.get(ch, "") and alt not in index.look_alikes.get(ch, "") and \
        ch not in index.look_alikes.get(alt, "")


def _weighed(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str,
             look_alike: bool) -> float | None:
    """The evidence for a candidate of the word index when it clears what is needed (with the pair
    and likelihood tests), or is rescued; else None."""
    n = len(suggested)
    base = EVIDENCE if n >= MIN_LEN else EVIDENCE_3 if n == 3 else EVIDENCE_2
    need = base + _extra_need(index, text, s, e, at, suggested)
    found = evidence(index, text, s, e, suggested)
    likelier = _Likelier(index, text, s, e, suggested)
    trusted = look_alike or suggested in index.own_words  # no pair test for these
    lone = False
    if found >= need - EPS:
        if n < MIN_LEN and not trusted and not _pairs_read_better(index, text, s, e, suggested, found - need, likelier) and \
                not (n == 3 and likelier() >= GAIN_3_NO_PAIRS and not _affixed(index, written, at - s)):
            lone = n == 2 and _lone_two(index, text, s, e, suggested, likelier, LONE_GAIN_WORD)
            if not lone:
                return None
        if n < MIN_LEN and likelier() < _min_gain(n, at - s, look_alike):
            return None
        if n >= 3 and not trusted and _pairs_read_worse(index, text, s, e, suggested):
            return None
        if n >= MIN_LEN and suggested not in index.own_words and likelier() < MIN_GAIN_LONG - EPS:
            return None
    elif not _rescued(index, text, s, e, at, written, suggested, found, need - base, trusted, likelier) and \
            not _set_phrase(index, written, suggested, look_alike):
        return None
    return LONE_WEIGHT if lone else found


#: a two-character slip whose character pairs read better by less than PAIRS_2_GAIN (a slip in a word
#: standing between commas or before a word it does not join has few pairs to gain: 步署 → 部署 2.6,
#: 导治 → 导致 2.5) is taken when the text is LONE_GAIN likelier with it (e^10.2 ≈ 27,000 times) and
#: the pairs read at least LONE_PAIRS better; it then weighs LONE_WEIGHT, below every other reading of
#: the same characters (伐表 stays 代表, not 发表)
LONE_PAIRS, LONE_GAIN, LONE_WEIGHT = 1.5, 10.2, 0.01
#: the same for a candidate of the word index (the stretch reads like the word: 赋余 → 赋予 9.4 in 全面赋余基层);
#: the confusion sets' candidates, which no reading vouches for, keep LONE_GAIN (at 8.5 they took 医防协同 as
#: 以防 and 伊仕丹 as 伊始, 9.2, and 纠治 as 救治 in the corpus).  At 9.0 with GAIN_2 at 8.5: ECSpell odw F1 0.324
#: -> 0.336 (0/453), law no correct sentence more changed, med one (子宫腺肌病 → 疾病 10.0, short of LONE_GAIN);
#: at 8.5 law's 乙法条 → 依法 (8.7) came too
LONE_GAIN_WORD = 9.0


def _lone_two(index: Index, text: str, s: int, e: int, suggested: str, likelier, need: float = 0.0) -> bool:
    """Whether a two-character suggestion short of the pair test is taken all the same (see LONE_GAIN; ``need``:
    the gain it asks instead, LONE_GAIN_WORD for the word index's candidates):
    not where its unchanged character is a numeral (“两违”, 三基: a count's abbreviation) or makes a known
    word with the text beside the stretch (勇担新时代: 新 begins 新时代; 市卫计委), nor inside a short
    quotation (“以法兴企”: a coined slogan), nor after a series' repeated head (烧秸秆、烧枝柱)."""
    u = s + 1 if text[s] != suggested[0] else s
    if text[u] in NUMBER_WORD_CHARS or _short_quotation(text, s, e) or _series_head(text, s):
        return False
    if u == e - 1:
        joins = index.knows(text[u:u + 2]) or index.knows(text[u:u + 3])
    else:
        joins = (u > 0 and index.knows(text[u - 1:u + 1])) or (u > 1 and index.knows(text[u - 2:u + 1]))
    return not joins and pair_evidence(index, text, s, e, suggested) >= LONE_PAIRS - EPS and likelier() >= (need or LONE_GAIN) - EPS


def _series_head(text: str, s: int) -> bool:
    """Whether the character before ``s`` also begins the item before it in a 、-series (烧荒、烧秸秆、烧枝柱:
    each item is 烧 and what is burnt, a word the dictionary may lack)."""
    if s < 2:
        return False
    comma = text.rfind("、", 0, s - 1)
    if comma < 1 or s - 1 - comma > 1:
        return False  # the item must open right before the stretch's head character
    start = max(text.rfind(c, 0, comma) for c in "、，,；;：:（(“")
    return text[start + 1:start + 2] == text[s - 1]


def _min_gain(n: int, slip: int, look_alike: bool) -> float:
    """How much likelier a two- or three-character suggestion must make the text (see gain), by its
    length, where it differs (``slip``, from its start) and how the slip was typed."""
    if n == 3:
        return MIN_GAIN_3 if slip == 0 else MIN_GAIN_3_INNER
    return MIN_GAIN_2_LOOK_ALIKE if look_alike else MIN_GAIN_2


class _Likelier:
    """gain() for one candidate, computed once however many tests ask for it."""

    __slots__ = ("args", "value")

    def __init__(self, *args):
        self.args, self.value = args, None

    def __call__(self) -> float:
        if self.value is None:
            self.value = gain(*self.args)
        return self.value


def _rescued(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str, found: float, extra: float,
             trusted: bool, likelier) -> bool:
    """Whether a suggestion the evidence falls short for is taken all the same, because by word
    frequency the text reads far likelier with it (see gain):
    - short only of what a guard added (see RESCUE);
    - a word of four or more characters written as two words (一代一路, 立论自信: each half is a
      word, so no character stands alone and the evidence is one word less);
    - a stretch that is the whole of a quotation (“十一吴”): a quoted term has no context to
      explain it, so a guard's extra need does not apply."""
    n = len(suggested)
    base = EVIDENCE if n >= MIN_LEN else EVIDENCE_3 if n == 3 else EVIDENCE_2
    if n >= MIN_LEN and found >= WORD_COST - EPS and likelier() >= GAIN_TWO_WORDS:
        return True
    if n >= 3 and found >= base - EPS and _quoted(text, s, e) and likelier() >= GAIN_QUOTED:
        return True
    return (extra > 0 and found >= base + extra - 1.0 - EPS and (n >= MIN_LEN or not NUMBER_WORD_CHARS.intersection(written + suggested))
            and not (n < MIN_LEN and _slip_joins_outside(index, text, s, e, at))
            and likelier() >= RESCUE[min(n, MIN_LEN)]
            and (n >= MIN_LEN or trusted or pair_evidence(index, text, s, e, suggested) >= 0))


def _set_phrase(index: Index, written: str, suggested: str, look_alike: bool) -> bool:
    """A set phrase of our own dated, sourced vocabulary (terms.tsv, the lexicon: 改革开放, 权力清单,
    切身利益) written with one character read the same way, the written stretch no entry of the
    dictionary: a real-word error (改革/开发, 切实/利益 are words, so the segmentation gains nothing
    and jieba's placeholder count for 改革开放, 3, makes the likelihood no better), which the
    phrase explains and the parse does not.  What is compared: the written form's standing (none:
    not in the dictionary of 349,000 entries) against a phrase an official document fixed."""
    return (len(suggested) >= MIN_LEN and not look_alike and suggested in index.own_words
            and not index.knows(written))


def _quoted(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in OPENING_QUOTES and text[e] in CLOSING_QUOTES


def _in_quoted_series(text: str, s: int, e: int) -> bool:
    """Whether the quotation around text[s:e] has another right before or after it, next to it or
    across a 、 or a one-character conjunction (“亮绩”“赛绩”, “比学”、“赛绩”, 从“入耳”到“入心”): a series
    of coined slogans, not a quoted word (如“戊戌”误作“戊戍”)."""
    before = text[max(0, s - 3):s - 1]
    after = text[e + 1:e + 3]
    return before[-1:] in CLOSING_QUOTES or (before[:1] in CLOSING_QUOTES and before[1:] in _SERIES_JOINS) or \
        after[:1] in OPENING_QUOTES or (after[:1] in _SERIES_JOINS and after[1:] in OPENING_QUOTES)


#: what joins two quoted terms of a series: 、 and one-character conjunctions (从“入耳”到“入心”)
_SERIES_JOINS = frozenset("、，到和与及或变")


def _pairs_read_worse(index: Index, text: str, s: int, e: int, suggested: str) -> bool:
    """Whether a stretch of three or more characters that holds a dictionary word one character
    shorter (风生水|起, 动脉|供) reads worse by its character pairs with the suggestion than as
    written (风声水起: 生水 and 水起 are the better attested; 主动脉弓血): the written text is
    attested word and pair, and a slip breaks pairs, it does not make them.  (Without a word inside,
    an idiom's rare pairs say nothing: 兢兢业叶.)"""
    written = text[s:e]
    n = len(written)
    attested = index.common if n == 3 else index.knows  # a rare two-character word (微生|素) attests little
    if not (attested(written[:-1]) or attested(written[1:])):
        return False  # only where the written text is itself attested as a word of n - 1 characters
    return pair_evidence(index, text, s, e, suggested) < -EPS


def _pairs_read_better(index: Index, text: str, s: int, e: int, suggested: str, surplus: float, likelier) -> bool:
    """Whether the character pairs around a two- or three-character suggestion read enough better
    (less needed where the evidence is well above what was needed, see STRONG; for two characters,
    less where the text is also far likelier, see GAIN_2)."""
    n = len(suggested)
    margin, relaxed = STRONG[n]
    pairs = pair_evidence(index, text, s, e, suggested)
    if pairs >= (relaxed if surplus >= margin - EPS else PAIRS_3 if n == 3 else PAIRS_2):
        return True
    return n == 2 and pairs >= PAIRS_2_GAIN and likelier() >= GAIN_2


def _extra_need(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> float:
    """How much more evidence the guards ask for."""
    n, extra = len(suggested), 0.0
    if n < MIN_LEN:
        if text[at] in LONE_BESIDE_WORD or suggested[at - s] in LONE_BESIDE_WORD or _joins_outside(index, text, s, e, at):
            extra += 1.0
        elif n == 3 and _edge_slip_in_running_text(text, s, e, at):
            extra += 1.0  # 制度型开放, 为企业助把力: the character may begin or end a word the dictionary lacks
    if text[at] in _NEEDS_MORE:
        extra += 1.0  # 大省及重点: a function word between two words the dictionary lacks, not 省级重点
    elif _in_word(index, text, at):
        extra += 1.0  # 国家监委, 文艺汇演: the character makes a (rarer) word with its neighbour
    return extra


#: a slip at these asks for more evidence: the function words, the causative 使 (使政府机构…… is not
#: 市政府), the conjunction 暨 (生活会暨民主评议 is not 会计) and the copula 即 (“1”即本方案 is not 基本);
#: kept out of FUNCTION_CHARS, whose segmentation cost they would change
_NEEDS_MORE = FUNCTION_CHARS | {"使", "暨", "即"}


#: how much likelier (see gain; e^10 is 22,000 times) the text around a character no word explains
#: must read with a confusable character in its place (confusion.py), by how the character may have
#: been mistyped: the same reading, a fuzzy one (生/森), a look-alike (呆/保).  Set on the
#: official-writing development sentences (odw.train) against correct reports and the correct
#: legal and medical sentences: at 10 for every kind the clean reports drew 11 findings in 230,000
#: characters, with 2 more for the fuzzy and look-alike kinds 2.  A frequent idiom's character written as one no table pairs with it (idioms.py) needs e^12: the slips
#: of the lists gain 14.5 (置身度外) to 20.1 (措不及防); in the correct prose measured the candidates that resemble a
#: slip (idioms.suspect) gain at most 9.4 (大有成效 read as 卓有成效), a slogan on an idiom's frame up to 24 (奋楫争先)
CONFUSION_GAIN = {"same": 9.0, "fuzzy": 10.0, "shape": 10.0, IDIOM: 12.0}
#: below CONFUSION_SURE the character pairs around the suggestion must also read this much more
#: natural (see pair_evidence): a slip leaves pairs no dictionary word has (宗合), a new word the
#: dictionary lacks often does not (疫后, 统调)
CONFUSION_PAIRS, CONFUSION_SURE = 3.0, 12.0
#: what the bound of the gain (evidence.gain_bound) must stay below CONFUSION_GAIN by to turn a candidate
#: away before the gain is computed: the two sum the same logarithms in another order
BOUND_SLACK = 1e-6
#: the weight (see plausible) a set phrase of our own vocabulary carries against other readings
SET_PHRASE_WEIGHT = 2.0


def _lone_confusion(index: Index, text: str, s: int, e: int, suggested: str, kind: str, found: float) -> bool:
    """Whether a two-character suggestion of the same reading, short of CONFUSION_PAIRS, is taken as the
    word index's lone words are (see _lone_two: e^LONE_GAIN likelier, pairs at least LONE_PAIRS better,
    its unchanged character joining nothing beside it): 畅导 → 倡导 in 各支部大力畅导文明新风.  Not where the
    slip is a surname beginning the stretch (后勤中心冯硕主持: a person's name, not 丰硕)."""
    if kind != SAME_KIND or len(suggested) != 2 or found < LONE_GAIN - EPS:
        return False
    if text[s] in index.surnames and text[s] != suggested[0]:
        return False
    return _lone_two(index, text, s, e, suggested, lambda: found)


#: how much likelier (see gain; e^13 is about 440,000 times) the text must read with a confusion candidate
#: for a place's or company's suffix after it to close the known name the suggestion makes with it
#: (广西壮族自台区 → 自治区 14.3, 宗国银行 → 中国银行 13.8, 永仓县 → 永昌县 13.6) rather than a name of its own:
#: the real names of published 1-46 that read so gain at most 11.2 (澄江市 → 潜江市, 陕州区 → 商州区 10.9)
NAME_GAIN = 13.0


def _named(index: Index, text: str, s: int, e: int, at: int, suggested: str, found: float) -> bool:
    """in_a_name for a candidate of confusion.py that makes the text ``found`` likelier: a suffix after
    the stretch that closes a known name with the suggestion does not count when found >= NAME_GAIN."""
    n = len(suggested)
    if not in_a_name(index, text, s, e, at, n):
        return False
    return not (found >= NAME_GAIN - EPS and before_a_suffix(text, e) and known_with_suffix(index, text, s, e, suggested)
                and not in_a_name(index, text, s, e, at, n, suffix=False))


def confident(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str, kind: str,
              doc_text: str | None) -> float | None:
    """The likelihood gain (see gain) when a candidate of confusion.py is a plausible slip, else None:
    no word itself, no name (see in_a_name), no set pattern, not written so twice in the document
    (``doc_text`` None: the caller counts), and the text around it far likelier with the suggestion
    (CONFUSION_GAIN)."""
    n = len(suggested)
    if index.traditional and not index.traditional.isdisjoint(written):
        return None
    if before_a_count(text, at) or index.knows(written) or in_a_dotted_name(index, text, s, e) or \
            _holds_known_word(index, text, s, e, at) or (
            kind == FUZZY_KIND and n == 2 and _rare_not_alike(index, text[at], suggested[at - s])):
        return None  # a rare character read only alike was chosen (开窍定痫 is no 定向: see _rare_not_alike); a part
        # of a transliterated name (台来提·乌布力 is not 乌布利: dev-prec448)
    if (n == 2 and _quoted(text, s, e) and _in_quoted_series(text, s, e)) or inside_a_quoted_saying(text, s, e):
        return None  # two-character terms quoted one after another (“亮绩”“赛绩”) are coined on purpose; a saying (see plausible)
    if kind == "phrase":
        found = SET_PHRASE_WEIGHT  # our dated, sourced set phrase (see _set_phrase)
    else:
        # first of the tests that look further (each only says no): it turns away ~99% of these
        # candidates, and its windows' likelihoods are remembered; its bound turns away ~95% first
        if gain_bound(index, text, s, e, at, suggested) < CONFUSION_GAIN[kind] - EPS - BOUND_SLACK:
            return None
        found = gain(index, text, s, e, suggested)
        if found < CONFUSION_GAIN[kind] - EPS or (kind == SAME_KIND and n == 2 and found < RARE_GAIN_2 - EPS and (
                suggested not in index.own_words and _rare_not_alike(index, text[at], suggested[at - s]))):
            return None  # a rare character read the same needs more (see RARE_GAIN_2)
    if _named(index, text, s, e, at, suggested, found) or listed_name(index, text, s, e) or \
            set_pattern(index, text, s, e, at, written, suggested):
        return None
    if NUMBER_WORD_CHARS.intersection(written[at - s] + suggested[at - s]) or (s > 0 and text[s - 1].isdigit()) or \
            after_a_count(text, at) or in_a_doubled_measure(text, at) or in_a_count_series(text, at):
        return None  # a numeral or a measure word after a number (9个处室 is not 各处室, 一百多例 not 一百多里)
    if kind != "phrase":
        if found < CONFUSION_SURE - EPS and pair_evidence(index, text, s, e, suggested) < CONFUSION_PAIRS - EPS and \
                not _lone_confusion(index, text, s, e, suggested, kind, found):
            return None
        if n >= 3 and _pairs_read_worse(index, text, s, e, suggested):
            return None
    if coined_or_named(index, text, s, e, suggested, kind in (SAME_KIND, FUZZY_KIND), broad_shape=kind == SHAPE_KIND):
        return None
    # last: counting in the whole document costs as much as the document is long
    return found if doc_text is None or doc_text.count(written) < 2 else None


def idiom_slip(index: Index, text: str, s: int, e: int, at: int, written: str, idiom: str) -> float | None:
    """The likelihood gain (see gain) when a candidate of idioms.py is a plausible slip: it resembles one (see
    idioms.suspect) and is taken as a confusion candidate is (see confident, kind IDIOM); else None."""
    if not suspect(index, written, idiom, at - s):
        return None
    return confident(index, text, s, e, at, written, idiom, IDIOM, None)
