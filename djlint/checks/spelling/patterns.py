"""Patterns of the text around a stretch that make it no slip: a parallel phrase (一照一码), a slogan's
series of parallel units (知责于心、担责于身), a template's slot (因户施策、因人施策), a saying's couplet, a
quoted list of coined terms, an office's or a place's name, list items that are names or a series
(述职、述学、述法), a coined abbreviation in quotes.  :func:`set_pattern` runs before the evidence is
weighed, :func:`coined_or_named` after it (it looks at more text, so only for the few candidates left)."""
from __future__ import annotations

from ...util import rx, zh
from .constructions import between_edges, classical_head, formed_construction, kept_construction, shared_head_item
from .evidence import FUNCTION_CHARS
from .index import HAN, MIN_LEN, Index
from .names import CLOSING_QUOTES, NAME_DOTS, OPENING_QUOTES, PLACE_LEVEL, UNIT_ENDS, quoted_from_a_place
from .wordplay import pun_on_quoted_char, reduplicated, rhymed_run


def _parallel(text: str, s: int, e: int) -> bool:
    """A two-character stretch inside a parallel phrase (一照一码, 细化实化, 党建带妇建): the
    repeated character makes it a set pattern, whatever the dictionary knows."""
    return (e < len(text) and text[s] == text[e]) or (s >= 2 and text[s - 2] == text[s]) or (
        e + 1 < len(text) and text[e - 1] == text[e + 1]) or (s >= 1 and text[s - 1] == text[e - 1]) or (
        e < len(text) and text[e - 1] == text[e] and text[s] == "一") or (
        s >= 2 and text[s - 2] == text[e - 1] and text[s - 1] in _LINKS) or (  # 党建带妇建, 党建促工建
        s >= 2 and text[s - 2] in _TOGETHER and text[s] in _TOGETHER and text[s - 2] != text[s]) or (  # 互促共融
        s >= 3 and text[s - 3] == text[s - 1] not in FUNCTION_CHARS and text[s - 4:s - 3] != text[s - 2])  # 联学联建|助春耕: the
    # stretch opens on an A_A_ frame's end (not on a doubled word's: 项目项目|场务经理 is still 常务, ECSpell odw)


#: what links two parallel short words (党建带团建, 党建促工建)
_LINKS = frozenset("带促和与及、")
#: adverbs of doing together that pair in coined four-character phrases (互促共融, 互学共进, 共建同享)
_TOGETHER = frozenset("互共同相齐")


#: punctuation that closes a clause or a unit of a list
_CLAUSE_MARKS = frozenset("，、；：。！？,;:!?“”‘’（）()《》 \t\n")


def _units(text: str, s: int, e: int) -> tuple[int, int]:
    """The unit of text (between clause marks) around the stretch."""
    return between_edges(text, s, e, _CLAUSE_MARKS)


def _slogan_series(text: str, s: int, e: int) -> bool:
    """A stretch inside a run of parallel units of four characters that share characters in the
    same places (知责于心、担责于身、履责于行): a slogan's pattern, not a slip.  The unit is the four
    characters that end at the clause mark after the stretch (or begin after the one before it);
    the next or previous unit, four characters between clause marks, shares two of its places."""
    a, b = _units(text, s, e)
    for ua, ub in ((b - 4, b), (a, a + 4)):
        if ua > s or ub < e or ua < a or ub > b:
            continue
        unit = text[ua:ub]
        for na, nb in ((ub + 1, ub + 5), (ua - 5, ua - 1)):
            if na < 0 or nb > len(text) or (na > 0 and text[na - 1] not in _CLAUSE_MARKS) or (
                    nb < len(text) and text[nb] not in _CLAUSE_MARKS):
                continue
            if sum(x == y for x, y in zip(unit, text[na:nb])) >= 2:
                return True
    return False


def _longer_series(text: str, a: int, b: int, s: int, e: int, at: int) -> bool:
    """The unit ``text[a:b]`` (five to seven characters between clause marks) and the unit next to it, as long,
    share two places, and the stretch ``text[s:e]`` takes in shared places on both sides of the slip at ``at``
    (一院一亮点、一楼一特色、一室一主题: 一室一 is the series' frame 一_一 round its slot, not a slip for 一是一); a word
    that takes in the frame on one side only (船舶尤先权 beside 船舶抵押权: 尤先权 → 优先权) is still checked."""
    n = b - a
    if not 5 <= n <= 7:
        return False
    for na in (b + 1, a - 1 - n):
        nb = na + n
        if na < 0 or nb > len(text) or (na > 0 and text[na - 1] not in _CLAUSE_MARKS) or (
                nb < len(text) and text[nb] not in _CLAUSE_MARKS) or not _CLAUSE_MARKS.isdisjoint(text[na:nb]):
            continue
        shared = [k for k in range(n) if text[a + k] == text[na + k]]
        if len(shared) >= 2 and any(s <= a + k < at for k in shared) and any(at < a + k < e for k in shared):
            return True
    return False


def _template_slot(text: str, s: int, e: int, at: int) -> bool:
    """The slip's character is the one place where its unit (four characters or more between clause
    marks) differs from the unit next to it (一户一策，因户施策、因人施策: 因_施策 is a template and
    户 fills its slot, not a slip for 因城施策)."""
    a, b = _units(text, s, e)
    n = b - a
    if n < 4 or not a <= at < b:
        return False
    for na, nb in ((b + 1, b + 1 + n), (a - 1 - n, a - 1)):
        if na < 0 or nb > len(text) or (na > 0 and text[na - 1] not in _CLAUSE_MARKS) or (
                nb < len(text) and text[nb] not in _CLAUSE_MARKS):
            continue
        diff = [i for i, (x, y) in enumerate(zip(text[a:b], text[na:nb])) if x != y]
        if diff == [at - a]:
            return True
    return b + 1 < len(text) and text[b] in "，；,;" and _slot_after_lead_in(text, a, b, s, at)


def _slot_after_lead_in(text: str, a: int, b: int, s: int, at: int) -> bool:
    """The unit opens with a lead-in (its subject: 志愿者们有的拿夹子，有的拿袋子): its last characters, the stretch
    among them, answer the next unit, five characters or more, in every place but the slip's."""
    na, nb = _units(text, b + 1, b + 1)
    m = nb - na
    if not 5 <= m < b - a <= m + 4 or s < b - m:
        return False
    diff = [i for i, (x, y) in enumerate(zip(text[b - m:b], text[na:nb])) if x != y]
    return diff == [at - (b - m)]


def _parallel_clauses(text: str, s: int, e: int, need: int = 2, spare: int = 3) -> bool:
    """A stretch inside a clause of five to eight characters answered, across a clause mark, by one
    with ``need`` or more characters in the same places (见之于未萌，识之于未发): a saying's parallel
    wording, fixed as it is.  The clause before may open with a lead-in of up to ``spare`` characters
    (做到见之于未萌): its last characters are compared; of the clause after, its first."""
    a, b = _units(text, s, e)
    n = b - a
    if not 5 <= n <= 8:
        return False
    if b + 1 < len(text) and text[b] in "，；,;":
        na, nb = _units(text, b + 1, b + 1)
        if n <= nb - na <= n + spare and sum(x == y for x, y in zip(text[a:b], text[na:na + n])) >= need:
            return True
    if a >= 2 and text[a - 1] in "，；,;":
        pa, pb = _units(text, a - 1, a - 1)
        if n <= pb - pa <= n + spare and sum(x == y for x, y in zip(text[a:b], text[pb - n:pb])) >= need:
            return True
    return False


def _couplet(text: str, s: int, e: int) -> bool:
    """A three-character stretch that is a whole clause answered, across a comma, by a clause of
    the same length with no character in the same place (郡县治，天下安): a saying's couplet, whose
    wording is fixed.  Items of a list share their pattern (不敢腐、不能腐、不相腐 is checked)."""
    a, b = _units(text, s, e)
    if (a, b) != (s, e) or b - a != 3:
        return False
    for mark, (na, nb) in ((b, _units(text, b + 1, b + 1) if b + 1 < len(text) else (0, 0)),
                           (a - 1, _units(text, a - 1, a - 1) if a >= 2 else (0, 0))):
        if nb - na == 3 and 0 <= mark < len(text) and text[mark] in "，；,;" and \
                not any(x == y for x, y in zip(text[s:e], text[na:nb])):
            return True
    return False


def _looks_alike(index: Index, ch: str, alt: str) -> bool:
    """Whether ``ch`` and ``alt`` are look-alikes by the index's shape tables (either way round)."""
    return alt in index.shapes.get(ch, "") or alt in index.look_alikes.get(ch, "") or ch in index.look_alikes.get(alt, "")


def _lone_on_both_sides(index: Index, text: str, s: int, e: int) -> bool:
    """Whether the characters right before and after a two-character stretch both stand alone (no
    common word ends at the one before, none begins at the one after; neither a function word): a
    suggestion that leaves its neighbours as lost as before explains nothing (深学细悟 read as
    深/学习/悟), where a slip's correction reads smoothly into its context (综合考虑)."""
    if s < 1 or e >= len(text):
        return False
    before, after = text[s - 1], text[e]
    if not (HAN.match(before) and HAN.match(after)) or before in FUNCTION_CHARS or after in FUNCTION_CHARS:
        return False
    return not any(index.common(text[j:s]) for j in (s - 2, s - 3, s - 4) if j >= 0) and \
        not any(index.common(text[e:e + k]) for k in (2, 3, 4) if e + k <= len(text))


def _classical_quote(text: str, s: int) -> bool:
    """The stretch is inside a quotation of classical text, introduced by the book it comes from or as a saying
    (《汉书·高帝纪上》记载：“举民年五十以上……”; 古人云：“……”): a quotation is never rewritten, and its words are
    not the dictionary's."""
    q = text.rfind("“", 0, s)
    if q < 0 or "”" in text[q:s]:
        return False
    return _CLASSICAL_LEAD.search(text, max(0, q - 8), q) is not None


#: what introduces a quotation of classical text right before its opening quote
_CLASSICAL_LEAD = rx.stdlib(r"(?:》(?:中|里)?(?:记载|载|云|曰|写道|有言|指出)|古人云|古语云|古人说|古语说|古人讲|有云|曰)[：:，,]?$")


def _work_title(text: str, s: int, e: int) -> bool:
    """The stretch is in the quoted title of a staged work (上演了一出“无鸡之谈”的闹剧, “……”小品): such titles
    pun on set phrases on purpose."""
    a = text.rfind("“", max(0, s - 8), s + 1)
    b = text.find("”", e, e + 8)
    if a < 0 or b < 0 or not _CLAUSE_MARKS.isdisjoint(text[a + 1:b]):
        return False
    after = text[b + 1:b + 5].lstrip("的")
    return text[max(0, a - 2):a] in _WORK_BEFORE or after.startswith(_WORK_NOUNS)


#: what names a staged work after its quoted title, and the measure words before one
_WORK_NOUNS = ("闹剧", "小品", "短剧", "情景剧", "话剧", "快板", "相声", "三句半", "节目")
_WORK_BEFORE = frozenset(("一出", "一部", "一台", "一幕"))


def _quoted_list(text: str, s: int, e: int) -> bool:
    """A whole quoted term in a list of quoted terms of the same length (“打虎”、“拍蝇”、“猎狐”):
    coined words of a campaign, not slips for the words they sound like."""
    if not (s > 0 and e < len(text) and text[s - 1] in OPENING_QUOTES and text[e] in CLOSING_QUOTES):
        return False
    n = e - s
    # the next term: a separator, then an opening quote, n characters, a closing quote
    j = e + 2
    if j < len(text) and text[j - 1] in "、，和与及" and text[j] in OPENING_QUOTES:
        if j + n + 1 < len(text) + 1 and text[j + n + 1:j + n + 2] and text[j + n + 1] in CLOSING_QUOTES \
                and not _CLAUSE_MARKS.intersection(text[j + 1:j + n + 1]):
            return True
    # the term before: a closing quote and a separator right before this term's opening quote
    k = s - 3  # where the previous closing quote would be
    if k >= n + 1 and text[k] in CLOSING_QUOTES and text[k + 1] in "、，和与及" and text[k - n - 1] in OPENING_QUOTES:
        return not _CLAUSE_MARKS.intersection(text[k - n:k])
    return False


#: what a count of time or things ends in: the suggestion a coined count (“十廉”) would be read as
_COUNT_UNITS = frozenset("年月日天周次个名位项条件类种届期")


def _quoted_count_name(text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """A quoted numeral and one character (“十廉”教育 after 读书养廉、制度保廉……; “五廉”): a count of coined items
    the character names, not a slip for a count of years or things (十年, 五个).  A suggestion that is itself a set
    term (“四锋” for “四风”) is not one of these units and is still weighed."""
    return at == s + 1 and e - s == 2 and text[s] in zh.NUMERAL_CHARS and suggested[1] in _COUNT_UNITS and \
        s > 0 and text[s - 1] in OPENING_QUOTES and text[e:e + 1] in CLOSING_QUOTES


def set_pattern(index: Index, text: str, s: int, e: int, at: int, written: str, suggested: str) -> bool:
    """Whether the stretch sits in a set pattern the suggestion would break: a parallel phrase (一照一码),
    a slogan's series of parallel units (知责于心、担责于身), a saying's couplet (郡县治，天下安), a
    place's name or nickname ending in its level character (三湘第一镇 is not 第一阵), an office's
    name, a word and its unit character (翻译处 is not 翻译出), or a round number's coined count (千企)."""
    n = len(suggested)
    if n == 2 and (_parallel(text, s, e) or _lone_on_both_sides(index, text, s, e) or (
            at == s + 1 and written[0] in _ROUND_NUMBERS) or _quoted_count_name(text, s, e, at, suggested)):
        return True  # (the last two: a round number and a noun's first character: 千企 = 千家企业, 万村 — not 千步)
    if n <= 3 and (_slogan_series(text, s, e) or _parallel_clauses(text, s, e) or _longer_series(text, *_units(text, s, e), s, e, at)):
        return True
    if _template_slot(text, s, e, at) or _body_organ(index, text, s, e, at) or _office_named_nearby(text, s, e, at) or \
            reduplicated(index, text, at) or \
            quoted_from_a_place(text, s, e, at) or \
            _bound_at_an_edge(index, text, s, e, at) or kept_construction(text, s, e, at) or \
            formed_construction(index, text, s, e, at, suggested) or pun_on_quoted_char(text, at) or rhymed_run(text, s, e, at):
        return True  # (the last two: “菇”容华贵的“菇奶奶”系列; 园区务工挣薪金 between ……有租金、……得股金: dev-prec444)
    if (n == 3 and _couplet(text, s, e)) or (n == 4 and _parallel_clauses(text, s, e, need=3, spare=0)):
        return True  # (the second: 人见利而不见害，鱼见食而不见钩, a saying's clause answered by its pair of the same length, not 视而不见;
        # 设置企业质量管理机构，制定质量管理制渡 shares 质量管理 but is no couplet: 制度 is still found)
    if _quoted_list(text, s, e) or _work_title(text, s, e) or _classical_quote(text, s) or shared_head_item(text, s, e) or (s > 0 and text[s - 1] == "【" and text[e:e + 1] == "】") or (
            at == e - 1 and text[at] == "讯" and e <= _DATELINE_MAX and _CLAUSE_MARKS.isdisjoint(text[:e].strip())):
        return True  # (a column's or an entry's whole name in 【】: 【地评线】; a dateline's 讯: 某某网文明中华讯 近日……)
    if at == e - 1 and e - s >= 3 and written[-1] in UNIT_ENDS and suggested[-1] not in UNIT_ENDS and index.knows(written[:-1]):
        return True  # a unit's name: 翻译处、电子政务处 (not 翻译出)
    if at == e - 1 and e - s >= 3 and written[-1] in _FACILITY and suggested[-1] in _FACILITY and index.knows(written[:-1]):
        return True  # a facility named either way: 爱心洗衣坊 (a project's name) is not a slip for 洗衣房
    if (written.endswith(("科院", "科所")) and at < e - 2) or (written.endswith("科") and text[e:e + 1] in ("院", "所") and at < e - 1):
        return True  # an academy's short name: 交科院, 农科院 (交通、农业科学研究院), not 教科院
    if n == 3 and (_slogan_item(text, s, e) or _predicate_slogan(index, text, s, e, at)):
        return True
    if n == 2 and (_template_item(text, s, e) or (
            classical_head(text, s, e, at) and not _looks_alike(index, text[at], suggested[at - s]))):
        return True  # (the second: 初尝创业之艰 is not 之间; a slip by sound would have given the word)
    if n == 2 and _shared_tail_item(text, s, e, at):
        return True
    if n >= 5 and at == s + 1 and index.common(written[:2]) and _words(index, written[2:]) and \
            (index.weight(written[:2]) or 0) >= (index.weight(suggested[:2]) or 0):
        # words, the first as frequent as the suggestion's (市政府党组|学习|教育 is not 党纪学习教育;
        # 新江 is rarer than 新疆: 新江生产建设兵团 is still a slip)
        return True
    if written[-1] == suggested[-1] and written[-1] in _SMALL_PLACES and at < e - 1:
        # one town's name for another's (大堰镇 is not 大研镇): there are tens of thousands of towns and
        # villages, the dictionary knows a few; a county's or a region's name (自冶区, 兰考县) is still checked
        return True
    if all(c in PLACE_LEVEL for c in written):
        return True  # a run of levels (国家和省州市知名艺术家), not a place's name written wrong
    return at == e - 1 and written[-1] in PLACE_LEVEL and suggested[-1] not in PLACE_LEVEL and index.knows(written[:-1])



#: the longest dateline a paragraph opens with (某某融媒体中心讯, 中国网文明中华讯)
_DATELINE_MAX = 18

def _body_organ(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """A body's one-character name before its organ: 校学生会, 院团委 (not 小学生会), or before an organ whose
    name is a run of known words ending in a unit's character and reaching past the stretch: 校学生工作部."""
    if at != s or text[s] not in _BODY_SHORT or e - s < 3:
        return False
    if index.knows(text[s + 1:e + 1]):
        return True
    return any(text[j] in UNIT_ENDS and _words(index, text[s + 1:j]) for j in range(e, min(len(text), s + 8)))


def _office_named_nearby(text: str, s: int, e: int, at: int) -> bool:
    """The stretch begins with an office's short name that the text also writes with its unit character
    (上报市局公管处，便于公管部门……: 公管 is that office's, not 公关)."""
    for k in (2, 3):
        head = text[s:s + k]
        if at >= s + k or len(head) < k:
            continue
        i = text.find(head)
        while i >= 0:
            if i != s and text[i + k:i + k + 1] in UNIT_ENDS and text[i + k:i + k + 1]:
                return True
            i = text.find(head, i + 1)
    return False


def _bound_at_an_edge(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """The changed character belongs with its neighbour outside the stretch: it ends a word with the one before
    (以人民为中心|发展理念 is not 新发展理念), or it is a demonstrative before its measure word (守望这片山林 is
    not 守望者)."""
    return (at == s and s >= 1 and index.common(text[s - 1:s + 1])) or _from_to(text, s, e, at) or (
        at == e - 1 and text[at] in "这那" and text[e:e + 1] in _MEASURES)


def _from_to(text: str, s: int, e: int, at: int) -> bool:
    """The stretch ends in the 到 of a 从……到…… frame opened earlier in its clause (从茶马古道的千年回响到……丰碑:
    回响|到, not 回想到)."""
    if text[e - 1:e] != "到" or at >= e - 1:
        return False
    a = s
    while a > 0 and text[a - 1] not in "，。；！？,;!?":
        a -= 1
    return "从" in text[a:s]


#: measure words a demonstrative stands before (这片、那个、这次)
_MEASURES = frozenset("片个次项些种条位名份批座家所间处件类样股群天年场回段块")

#: one-character names of the body a text speaks for (本校, 本院), which head its organs: 校学生会, 院团委, 系团总支
_BODY_SHORT = frozenset("校院系")

#: round numbers that head coined counts of a noun's first character (千企调研, 万人助企); not 百, which
#: begins too many words (百货, 百姓)
_ROUND_NUMBERS = frozenset("千万")

#: what separates the items of a list
_ITEM_MARKS = frozenset("、，,；;：:。“”（）() \t\n")


#: what follows the last item of a list of names: a count or 等 (柏溪三个村, 柏溪等村)
_LIST_HEAD = frozenset("等两三四五六七八九十0123456789")


def _words(index: Index, text: str) -> bool:
    """``text`` is a known word or a run of known two-character words (学习教育: 学习|教育)."""
    return index.knows(text) or (len(text) % 2 == 0 and all(index.knows(text[i:i + 2]) for i in range(0, len(text), 2)))


def _unknown_siblings(index: Index, text: str, s: int, e: int, suggested: str) -> bool:
    """The stretch is a whole item of a 、-list whose item next to it, of the same length, is no
    word either (联丰、珍寨、加贤三个村; 石岭、联丰、柏溪三个村: villages, people, firms), or shares more
    characters in the same places with what is written than with the suggestion (述职、述学、述法: a
    series built on 述, not 数学; but 自治区、自制州 is 自治州): names or a series, not slips.  The
    list's first item may follow its verb (的述职、述学; 用民族话、家乡话): without a mark before it, the
    series counts, or two unknown items after it (联合甬友、三港、甬策等律所)."""
    if not (e < len(text) and text[e] in _ITEM_MARKS):
        return False
    marked = s > 0 and text[s - 1] in _ITEM_MARKS
    n, written = e - s, text[s:e]
    if text[e] == "、" and e + 1 + n <= len(text):
        sib = text[e + 1:e + 1 + n]  # the last item may run into what the list counts (柏溪三个村)
        ends = e + 1 + n == len(text) or text[e + 1 + n] in _ITEM_MARKS or text[e + 1 + n] in _LIST_HEAD
        if HAN.match(sib) and _series(sib, written, suggested):
            return True  # a series may run into its verb (用民族话、家乡话讲好)
        if HAN.match(sib) and ends and not index.knows(sib) and marked:
            return True
        if not marked and _unknown_items_after(index, text, e, n) >= 2:
            return True
        if n == 2 and _unknown_items_after(index, text, e, 2, 4) >= 3:
            return True  # people's names of two to four characters (莞华、岑长茂、朱玉生、褚玉轩)
    if text[s - 1:s] == "、" and s - 1 - n >= 0:
        sib = text[s - 1 - n:s - 1]
        marked = s - 1 - n == 0 or text[s - 2 - n] in _ITEM_MARKS
        if HAN.match(sib) and ((marked and not index.knows(sib)) or _series(sib, written, suggested)):
            return True
    return False


def _unknown_items_after(index: Index, text: str, k: int, shortest: int, longest: int | None = None) -> int:
    """How many of the 、-list items from ``k`` on, each of ``shortest`` to ``longest`` characters, are no word:
    after a verb (联合甬友、三港、甬策、匡明等律所) one unknown sibling of the same length is not enough, two are a
    list of names; people's names are two to four characters (莞华、岑长茂、尕玛多吉).  An item ends at a mark or
    at what the list counts (柏溪三个村, 王某根等)."""
    unknown = 0
    while text[k:k + 1] == "、":
        for size in range(shortest, (longest or shortest) + 1):
            end = k + 1 + size
            if end <= len(text) and HAN.match(text[k + 1:end]) and (
                    end == len(text) or text[end] in _ITEM_MARKS or text[end] in _LIST_HEAD):
                break
        else:
            break
        unknown += not index.knows(text[k + 1:end])
        k = end
    return unknown


def _series(sib: str, written: str, suggested: str) -> bool:
    """Whether a list item shares more characters in the same places with what is written than with
    the suggestion."""
    return sum(a == b for a, b in zip(sib, written)) > sum(a == b for a, b in zip(sib, suggested))


def coined_or_named(index: Index, text: str, s: int, e: int, suggested: str, by_reading: bool,
                    broad_shape: bool = False) -> bool:
    """The last tests of a candidate the evidence has taken (they look at the text around it, so
    they run only for the few that get this far): a name in a list of names the dictionary lacks,
    a coined abbreviation in quotes, a coinage in a series of coined slogans (for a slip of
    reading; for a look-alike of the broad shape table only between two coined items, 深剖问题 in
    强化组织、深剖问题、严督实效; the curated look-alikes, 分类冶理, are slips wherever they stand)."""
    n = len(suggested)
    if not by_reading and _one_one_frame(text, s, e, suggested):
        return True
    return (n <= 3 and _unknown_siblings(index, text, s, e, suggested)) or _inside_short_quote(index, text, s, e, suggested) or (
        n < MIN_LEN and (by_reading or broad_shape) and _coined_list_item(index, text, s, e, both=not by_reading)) or (
        by_reading and _in_a_slogan_title(text, s, e)) or _road_for_a_road(text[s:e], suggested)


#: what a street's name ends in
_ROAD_ENDS = ("路", "街", "巷", "大道", "大街")


def _road_for_a_road(written: str, suggested: str) -> bool:
    """The stretch and the suggestion are both a street: a name of two characters and the same 路 (街, 大道) (完成金周路
    改造 → 金州路): a road is no slip of another road, which one is meant the text cannot tell, as after its place
    (成都市金牛区金周路, published114)."""
    return any(written.endswith(end) and suggested.endswith(end) and len(written) == len(suggested) == 2 + len(end)
               for end in _ROAD_ENDS)


#: how far to look for the 《 and 》 around a stretch
_TITLE_REACH = 40


def _in_a_slogan_title(text: str, s: int, e: int) -> bool:
    """The stretch is in the title of a work that quotes a slogan (《匠筑“大通道”崛起“小康路”》, a film's
    title): such titles pun by sound on purpose.  A document's title (《关于开展“……”活动的通知》) quotes
    too but is checked: it begins with 关于 or ends in its kind (通知, 方案, 意见 …)."""
    a = text.rfind("《", max(0, s - _TITLE_REACH), s)
    if a < 0 or "》" in text[a:s]:
        return False
    b = text.find("》", e, e + _TITLE_REACH)
    if b < 0 or "《" in text[e:b]:
        return False
    title = text[a + 1:b]
    return ("“" in title or "”" in title) and not title.startswith("关于") and not title.endswith(_DOCUMENT_KINDS)


#: the last words of a document's title
_DOCUMENT_KINDS = ("通知", "意见", "方案", "办法", "规定", "条例", "决定", "报告", "规划", "纲要", "细则", "制度",
                   "准则", "通报", "批复", "公告", "讲话", "要点", "决议", "措施", "规则", "指引", "法")


def _one_one_frame(text: str, s: int, e: int, suggested: str) -> bool:
    """Four characters in the frame 一_一_ on both sides (一问一策 beside the idiom 一问一答): the frame's slots are
    filled at will (一村一品, 一户一策, 一企一档), so a look-alike of another filling is a coinage, not a slip;
    a slip of reading in it (一摸一样) is still checked."""
    return e - s == 4 == len(suggested) and text[s] == text[s + 2] == suggested[0] == suggested[2] == "一"


#: the last characters of a facility's or a workshop's name (洗衣坊, 洗衣房; 读书屋, 读书室)
_FACILITY = frozenset("坊房馆站所室厅堂院园苑轩场屋舍廊亭台阁楼吧")


#: the kinds of confusion.py that are readings (a look-alike is no coinage's sound-alike)
SAME_KIND, FUZZY_KIND, SHAPE_KIND = "same", "fuzzy", "shape"


def _coined_list_item(index: Index, text: str, s: int, e: int, both: bool = False) -> bool:
    """The stretch is part of a four-character item of a 、-list whose neighbouring item, four
    characters too, is no word either (数字沈阳、智造强市、……): a series of coined slogans, where a
    character that sounds like another's is as likely a coinage (智造, 智能制造) as a slip.  Only for
    slips of reading: a look-alike in such an item (冷冻冶疗) is still a slip."""
    a, b = between_edges(text, s, e, _ITEM_MARKS)
    if b - a != 4 or (a, b) == (s, e):
        return False
    sibs = []
    if b + 5 <= len(text) and text[b] == "、" and (b + 5 == len(text) or text[b + 5] in _ITEM_MARKS):
        sibs.append(text[b + 1:b + 5])
    if a >= 5 and text[a - 1] == "、":
        sibs.append(text[a - 5:a - 1])  # the list's first item may follow its verb (加快建设|数字沈阳、)
    unknown = [HAN.match(x) is not None and not index.knows(x) for x in sibs]
    # a look-alike (冷冻冶疗) is still a slip beside words; between two coined items on both sides
    # (强化组织、深剖问题、严督实效) it is one more coinage
    return (len(unknown) == 2 and all(unknown)) if both else any(unknown)


def _inside_short_quote(index: Index, text: str, s: int, e: int, suggested: str) -> bool:
    """The stretch is part of a quoted term of three or four characters (“风腐责”) with no function
    word in it (“真正的法津” is a phrase), which the suggestion does not make a word: a coined
    abbreviation, each character standing for a word (作风、腐败、责任); a slip in a quoted term
    (“不忘出心”) gives a word back when corrected."""
    a = s
    while a > 0 and s - a < 6 and HAN.match(text[a - 1]):
        a -= 1
    if not (a > 0 and (text[a - 1] in OPENING_QUOTES or text[a - 1] in NAME_DOTS)):
        return False
    b = e
    while b < len(text) and b - a < 7 and HAN.match(text[b]):
        b += 1
    if not (b < len(text) and (text[b] in CLOSING_QUOTES or text[b] in NAME_DOTS)):
        return False
    # a quoted term of three or four characters; up to six where it is one part of a name joined by
    # a middle dot (“同心桐行·五大行动”, “感恩各族颂·浙里一家亲”) or a place's brand (“智造创新城”)
    dotted = text[a - 1] in NAME_DOTS or text[b] in NAME_DOTS
    longest = 6 if (dotted or text[b - 1] in _BRAND_ENDS) else 4
    # a phrase has function words (“真正的法津”); a dotted name's parts may hold a word such as 同心
    function = _PHRASE_CHARS if dotted else FUNCTION_CHARS
    if not 3 <= b - a <= longest or (a, b) == (s, e) or not function.isdisjoint(text[a:b]):
        return False
    if not (text[a - 1] in OPENING_QUOTES or _quote_open_before(text, a)):
        return False
    return not index.knows(text[a:s] + suggested + text[e:b])


#: the level characters of small places (towns, townships, villages)
_SMALL_PLACES = frozenset("镇乡村")
#: the particles only a phrase holds
_PHRASE_CHARS = frozenset("的地得了着过")
#: the last character of a place's or a project's brand (智造创新城, 数字港, 科创走廊)
_BRAND_ENDS = frozenset("城谷港湾岛廊园")


def _quote_open_before(text: str, a: int) -> bool:
    """A part after a middle dot is still inside quotation marks opened before it (“感恩各族颂·浙里一家亲”)."""
    k = max(text.rfind(q, max(0, a - 20), a) for q in OPENING_QUOTES)
    return k != -1 and not any(c in CLOSING_QUOTES for c in text[k + 1:a])


def _list_around(text: str, s: int, e: int, opened_by: str) -> tuple[int, list[str]]:
    """(where it starts, its items): the 、-list around the stretch, from the last of ``opened_by``
    within 40 characters before it (else 40 characters back) to the first clause mark or closing quote
    after it."""
    a = max(text.rfind(m, max(0, s - 40), s) for m in opened_by) + 1 or max(0, s - 40)
    seg = text[a:e + 40]
    for stop in "”，。；：,;:":
        k = seg.find(stop, e - a)
        if k != -1:
            seg = seg[:k]
    return a, seg.split("、")


def _template_item(text: str, s: int, e: int) -> bool:
    """The stretch lies in an item of a 、-list of four or more items of three characters that all
    share one character in the same place, inside the stretch (访民情、听民声、察民意、解民困、释民忧:
    a template, _民_, whose other places the writer fills; 释民 is no slip for 市民)."""
    a, items = _list_around(text, s, e, "“，。；：,;:")
    if len(items) < 4 or any(len(x) != 3 for x in items):
        return False
    start = a
    for item in items:
        if start <= s and e <= start + 3:
            return any(s <= start + j < e and all(x[j] == item[j] for x in items) for j in range(3))
        start += 4
    return False


def _shared_tail_item(text: str, s: int, e: int, at: int) -> bool:
    """The stretch ends an item of a 、-list, and another item of the same length (four characters or
    more) has the stretch's unchanged character in the same place: a series of coined slogans on one
    pattern (绿色生态靓州、沿边开放活州; 党建工作联做、党建资源联享、精神文明联创), 靓州 is no slip for 荆州
    nor 联享 for 联想."""
    a, items = _list_around(text, s, e, "“，。；：,;:")
    start = a
    for i, item in enumerate(items):
        end = start + len(item)
        if end == e and s >= start:
            keep = (s if at != s else e - 1) - end  # the unchanged character, counted from the item's end
            return len(item) >= 4 and any(j != i and len(x) == len(item) and x[keep] == item[keep] for j, x in enumerate(items))
        if i == len(items) - 1 and i >= 2 and start <= s and e < end:
            return _run_on_last_item(items[:-1], text[start:e], (s if at != s else e - 1) - e)
        start = end + 1
    return False


def _run_on_last_item(before: list[str], head: str, keep: int) -> bool:
    """The last item of a 、-list runs on into the clause (……志愿服务联动、活动设施联享的共建局面): its part up to
    the stretch's end is as long as two items before it, which have the unchanged character in the same place."""
    return len(head) >= 4 and sum(len(x) == len(head) and x[keep] == head[keep] for x in before) >= 2


#: one-character predicates that end a slogan's unit (产业兴、生态美、百姓富; 力促产业兴，……)
_SLOGAN_PREDICATES = frozenset("兴旺美富强靓")


def _predicate_slogan(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """A common word and a one-character predicate closing a clause (力促产业兴，): a slogan's unit,
    not a slip for the word and a suffix (产业性)."""
    return at == e - 1 and text[at] in _SLOGAN_PREDICATES and index.common(text[s:at]) and (
        e == len(text) or text[e] in "，。、；！,;")


def _slogan_item(text: str, s: int, e: int) -> bool:
    """The stretch is a whole item of a 、-list of four or more three-character items (党建强、生态美、产业兴、
    边民富): a slogan's series, whose items no dictionary holds."""
    _a, items = _list_around(text, s, e, "“")
    return len(items) >= 4 and all(len(x) == 3 for x in items[1:-1]) and text[s:e] in items
