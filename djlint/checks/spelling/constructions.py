"""Constructions a changed character belongs to, which a one-character suggestion would break: an
ordinal (第22号), the copula after a clause's subject (岳阳是……的发源地之一), a byline's name after its
role (评论员 某某某), a headline's pun on a province's one-character name (欢聚吉地), a name on a
signature line (吉林 某某), a place's name before its clinic or police station (某某卫生所), the body set
against the mind (身入基层、心至群众), the one-character head 之 joins to a phrase (创业之艰), the verb 居 that
ranks (办案数居全市第一), a province's government-service platform (闽政通); and, with the index
(:func:`formed_construction`), an abbreviation of a word the text uses (检测……参检人数), a four-character unit
of two verb-object halves (将学法用法工作), a doubled verb with two result complements (钉实钉牢), a
four-character phrase whose first character the word before it took (强化学思践悟), the heads of two words sharing their tail (雨污管网), two words joined by 加 (实干加巧干), A于B (严于修身), a unit and the adverb after it (巡察组只受理); the 致 that addresses a letter (党组致……的感谢信) and the
unit in 以……为家 (以场为家); the object of a 以A促B frame (以用促禁, 以查促改); the verb after 不 in a correlative negation (既不谈生产，也不聊合作); the first object of 见……而不见…… (鱼见食而不见钩)."""
from __future__ import annotations

from ...util import rx, zh
from .evidence import FUNCTION_CHARS
from .index import HAN, Index
from .names import PLACE_LEVEL

#: what an ordinal's 第 stands before
_ORDINAL_NEXT = frozenset("0123456789０１２３４５６７８９" + zh.NUMERAL_CHARS + "百千几")
#: where a clause begins
_CLAUSE_START = frozenset("。！？；，：,;:!?\n")
#: the roles a byline's name follows (长白时评评论员 某某某, 融媒体中心记者 某某)
_BYLINE_ROLES = ("评论员", "记者", "通讯员", "撰稿", "作者", "编辑", "摄影", "文/", "图/")
#: the one-character names of the provinces and regions headlines pun on (欢聚吉地, 豫见美好)
_PROVINCE_CHARS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台")
#: a village's or a township's own units its name stands before (某某村卫生室, 归兰水族乡基场卫生所)
_LOCAL_UNITS = ("卫生所", "卫生院", "卫生室", "派出所", "供销社", "信用社", "敬老院", "中心校")
#: the ranking 居 says (人均办案数居全市法院第一位, 居全省前列, 居首位, 居第二): a field to rank in, or the place
_RANKED = rx.regex(r"(?:全[国省市县区州旗镇]|各[省市县区]|同[类行级业]|首位|首|前列|榜首|第[0-9" + zh.NUMERAL_CHARS + "])")
#: a headline: a short line without a sentence's full stop
_HEADLINE_MAX = 30
#: what follows the 致 that addresses a letter: 致信、致函、致电、致辞, or the addressees and the letter itself
#: (致全市气象部门全体党员、干部职工的感谢信, 致广大党员的一封信, 致全体考生的倡议书)
_ADDRESSED = rx.regex(r"[信函电辞]|\p{Han}[\p{Han}、，,]{0,40}?的\p{Han}{0,5}?(?:信|书|函|贺电)")


def kept_construction(text: str, s: int, e: int, at: int) -> bool:
    """Whether the character at ``at`` (in the stretch ``text[s:e]``) belongs to a construction the
    suggestion would break."""
    c = text[at]
    if c == "第" and text[at + 1:at + 2] in _ORDINAL_NEXT and at + 1 < len(text):
        return True  # 今年第22号台风 is not 今年底
    if c == "是" and at == e - 1 and text[e:e + 1] not in _CLAUSE_START and (s == 0 or text[s - 1] in _CLAUSE_START):
        return True  # 。岳阳是中国工农红军的发源地之一: the copula after the clause's subject, not 岳阳市
    if c == "居" and at == e - 1 and _RANKED.match(text, e):
        return True  # 人均办案数居全市第一: 居 ranks what comes before it (居全省前列, 居首位), not 数据
    if c == "致" and at == e - 1 and _ADDRESSED.match(text, e):
        return True  # 市气象局党组致全市……干部职工的感谢信: 致 addresses a letter (致信, 致函), not 党组织
    if at == s and at >= 1 and text[at - 1] == "见" and text[at + 1:at + 4] == "而不见":
        return True  # 鱼见食而不见钩 (a film's title, a saying alone): 见 takes two objects, 食 and 钩, not 视而不见
    if at >= 1 and text[at - 1] == "以" and text[at + 1:at + 3] == "为家":
        return True  # 以场为家 (a 林场's staff), 以站为家, 以校为家: the frame takes the unit one serves, not only 以厂为家
    return _byline_name(text, s) or _headline_pun(text, at) or _signature_line(text, s) or \
        _before_a_local_unit(text, e) or _body_and_mind(text, at) or _head_of_a_unit_system(text, at) or \
        _service_platform(text, at) or _bounded_by(text, at) or _road_after_its_place(text, s, e, at) or \
        _headed_pair_item(text, s, e, at) or _correlative_negation(text, s, at) or _yi_a_cu_b(text, at)


#: the verbs of a four-character 以A促B frame: A the means, B what it brings about (以赛促学, 以查促改,
#: 以用促禁 of straw burning, 以奖代补, 以工代赈, 以老带新, 以短养长)
_FRAME_VERBS = frozenset("促带保强代养补育治稳")
#: what may follow the frame's last character: a clause mark, a closing quote, 、 or 的 (以用促禁的原则)
_FRAME_AFTER = frozenset("。！？；，：、,;:!?”’」』的\n")


def _yi_a_cu_b(text: str, at: int) -> bool:
    """The changed character is B of a four-character 以A促B frame standing alone (“以疏为主，以用促禁”的原则,
    dev-prec454): 促 takes B as its object, what the means A brings about (禁 the ban), so 促禁 is no slip
    for the word 促进.  The frame is 以, one character A, a verb of _FRAME_VERBS and B, ended by a clause
    mark, a closing quote, 、 or 的, and opened after a clause mark or a quote (以党建促进发展 is no frame)."""
    if at < 3 or text[at - 3] != "以" or text[at - 1] not in _FRAME_VERBS or not HAN.match(text[at - 2]):
        return False
    return (at + 1 == len(text) or text[at + 1] in _FRAME_AFTER) and (at == 3 or text[at - 4] in _FRAME_BEFORE)


#: what may stand before the frame's 以: a clause mark, an opening quote, 、 or a verb of holding to it (坚持以用促禁)
_FRAME_BEFORE = frozenset("。！？；，：、,;:!?“‘「『 \n持行要和与")


#: what opens the second clause of a correlative negation (既不……，也不……; 不……，又不……)
_ALSO = frozenset("也又亦更还")


def _correlative_negation(text: str, s: int, at: int) -> bool:
    """The changed character is the verb after 不 in a clause of a correlative negation: 既不谈生产，也不聊合作 (dev-prec446):
    each clause's 不 takes its own verb, so 不聊 is no slip for the word 不了.  The clause opens 也不 (又不, 亦不 …) after a
    clause that negates a verb too, or opens 既不 before a clause that opens 也不."""
    if at < 2 or at - 1 < s or text[at - 1] != "不":
        return False
    lead = text[at - 2]
    begins = at - 2 == 0 or text[at - 3] in _CLAUSE_START or (at >= 4 and text[at - 4] in _CLAUSE_START)
    if lead in _ALSO and begins:
        k = at - 3
        while k >= 0 and text[k] not in _CLAUSE_START:
            k -= 1  # back past the lead-in (他们也不……) to the mark that ends the clause before
        j = k - 1
        while j >= 0 and text[j] not in _CLAUSE_START:
            j -= 1
        before = text[j + 1:k] if k > 0 else ""
        return any(before[i] == "不" and HAN.match(before[i + 1]) for i in range(len(before) - 1))
    if lead == "既":
        m = at + 1
        while m < len(text) and text[m] not in _CLAUSE_START:
            m += 1
        return any(text[m + 1:m + 5].find(x + "不") >= 0 for x in _ALSO)
    return False




#: what names a street after its own name
_STREET_ENDS = ("路", "街", "巷", "大道", "大街")


def _road_after_its_place(text: str, s: int, e: int, at: int) -> bool:
    """The changed character is in a street's name between its place and 路/街 (成都市金牛区金周路: 金周 is the road's
    name, not 金州; published114): an address, whatever the characters."""
    if s == 0 or text[s - 1] not in PLACE_LEVEL:
        return False
    return any(text.startswith(end, k) and at < k for end in _STREET_ENDS for k in range(s + 2, min(e, s + 4) + 1))


def _headed_pair_item(text: str, s: int, e: int, at: int) -> bool:
    """The stretch is a two-character item of a 、-list, its second character changed, and the item next to it across
    the 、 has two characters and the same first one (改水、改厕、改灶: three reforms, 改灶 is no slip for 改造; published113):
    a series of one verb and its objects."""
    if e - s != 2 or at != s + 1:
        return False
    before = s >= 3 and text[s - 1] == "、" and text[s - 3] == text[s] and (s == 3 or text[s - 4] in _ITEM_EDGE)
    after = text[e:e + 1] == "、" and text[e + 1:e + 2] == text[s] and text[e + 3:e + 4] in _PAIR_ITEM_AFTER
    return before or after


#: the four directions, and the verbs a description of a place's bounds puts after them (东临……，西傍……，南依……，北靠……)
_DIRECTIONS = frozenset("东西南北")
_BOUND_VERBS = frozenset("临靠依傍接邻连望倚濒毗抵枕屏界通达眺距")
_SENTENCE_EDGES = frozenset(zh.SENTENCE_END_CHARS + "\n")


def _bounded_by(text: str, at: int) -> bool:
    """The character at ``at`` is a verb of :data:`_BOUND_VERBS` after a direction, and the sentence names another
    direction with such a verb: a place's bounds (东临赤水河，西傍渭河: 西傍 is no slip for 西方)."""
    if at == 0 or text[at] not in _BOUND_VERBS or text[at - 1] not in _DIRECTIONS:
        return False
    a, b = between_edges(text, at, at, _SENTENCE_EDGES)
    return any(text[k] in _DIRECTIONS and text[k + 1] in _BOUND_VERBS and k != at - 1 for k in range(a, b - 1))


#: what a province's government-service platform adds to its one-character name (闽政通, 皖事通, 赣服通: the app and
#: portal each province runs; the names the data knows are in data/known-words.txt)
_PLATFORM_TAILS = ("政通", "事通", "服通")


def _service_platform(text: str, at: int) -> bool:
    """The character at ``at`` is a province's one-character name before 政通（事通、服通）: a government-service
    platform's name (闽政通 is no slip for 民政, published79), whatever the province."""
    return text[at] in _PROVINCE_CHARS and text.startswith(_PLATFORM_TAILS, at + 1)


#: places and units a 长 is put at the head of, one person for each, in a 制度 named X长制: 河长制, 湖长制 and 林长制 (中办
#: 国办 2016, 2018, 2021), 湾长制, 田长制 and 路长制 (耕地, 农村公路), 街长制, 巷长制, 楼长制, 楼栋长制, 邻长制 (网格化
#: 管理的街巷、楼栋、邻里), 链长制 (产业链), 山长制, 渠长制, 塘长制, 库长制, 坝长制, 段长制, 滩长制, 井长制, 园长制 and so on: a
#: common noun of a place or a unit, so 邻长制 is no slip for 林长制 (published77), nor 栋长制 for 林长制, 渠长制 for 林长制,
#: 井长制 for 警长制, 室长制 for 家长制
_UNIT_HEADS = frozenset("河湖林田路街巷楼栋院邻里户组屯片格网山链湾滩段桥井渠塘库坝堤闸沟岸园村站校室店厂矿线")


def _head_of_a_unit_system(text: str, at: int) -> bool:
    """The character at ``at`` is a place or a unit of :data:`_UNIT_HEADS` before 长制 (邻长制, 楼栋长制): the name of
    a system that puts a head over each such place, whatever the character."""
    return text.startswith("长制", at + 1) and text[at] in _UNIT_HEADS


def _before_a_local_unit(text: str, e: int) -> bool:
    """A village's or a township's unit right after the stretch, or after one more character of the place's
    name (北井头中心校: the stretch 北井 is two of the name's three characters)."""
    return text.startswith(_LOCAL_UNITS, e) or (HAN.match(text[e:e + 1]) is not None and text.startswith(_LOCAL_UNITS, e + 1))


#: the body and the mind set against each other (身入基层、心至群众; 既要身到，更要心到)
_BODY_MIND = {"身": "心", "心": "身"}
#: what a unit of such a pair begins after
_UNIT_OPENERS = frozenset("、，；,;“ 要更也又还")


def _body_and_mind(text: str, at: int) -> bool:
    """The character at ``at`` is 身 (or 心) opening one unit of a pair whose other unit, close by, opens with
    心 (or 身): the pun is made on purpose (“身入基层、心至群众” is not 深入基层)."""
    other = _BODY_MIND.get(text[at])
    if other is None or not (at == 0 or text[at - 1] in _UNIT_OPENERS):
        return False
    for k in range(max(1, at - 12), min(len(text), at + 13)):
        if k != at and text[k] == other and text[k - 1] in _UNIT_OPENERS:
            return True
    return False


def _byline_name(text: str, s: int) -> bool:
    """The stretch starts within a name's length after a byline's role and a space (评论员 久某某)."""
    for k in range(s, max(-1, s - 4), -1):
        if k > 0 and text[k - 1] in zh.BLANK_CHARS:
            p = k - 1
            while p > 0 and text[p - 1] in zh.BLANK_CHARS:
                p -= 1
            return text.endswith(_BYLINE_ROLES, 0, p)
    return False


#: a signature or byline line of its own: a place or a unit, a space, a name (吉林 某某; 某某中学 某某某)
_SIGNATURE_LINE = rx.regex(zh.BLANK + r"*\p{Han}{2,12}" + zh.BLANK + r"+\p{Han}{2,4}" + zh.BLANK + "*")


def _signature_line(text: str, s: int) -> bool:
    """The stretch is the name on a line of its own after a place or a unit and a space (吉林 天琦: a
    commentary's byline, not 天气)."""
    return s > 0 and text[s - 1] in zh.BLANK_CHARS and _SIGNATURE_LINE.fullmatch(text) is not None


def _headline_pun(text: str, at: int) -> bool:
    """A headline (short, no full stop) puns on a province's one-character name: 欢聚吉地 (吉林), not 聚集地."""
    return text[at] in _PROVINCE_CHARS and len(text.strip()) <= _HEADLINE_MAX and "。" not in text


def classical_head(text: str, s: int, e: int, at: int) -> bool:
    """A two-character stretch of 之 and the character after it, the one changed, after Chinese text: 之 joins a
    phrase to a one-character head (为政之要, 立身之本, 初尝创业之艰), and any character may be that head.  The
    dictionary holds only the heads that became words (之间, 之后, 之中), so it cannot tell the construction from a
    slip, and an input method that is typed 之间's sound offers 之间 first: by sound, 之艰 is chosen, not slipped
    (a look-alike, 之闰 for 之间, is still weighed: see patterns.set_pattern)."""
    return e - s == 2 and at == s + 1 and text[s] == "之" and s > 0 and HAN.match(text[s - 1]) is not None


def formed_construction(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """Whether the stretch belongs to a way of forming words or phrases that correct text uses and the
    dictionary cannot list: a unit of two verb-object halves beside a function word (_beside_a_parallel_unit), a doubled
    verb (_doubled_verb), two words joined by 加 (_joined_pair), A于B (_preposition_phrase), 至/到 for each other
    (_same_meaning); in two characters, an abbreviation (_abbreviation), a phrase whose head the word before took
    (_swallowed_head), the heads of two words sharing a tail (_coordinate_heads), a unit and its adverb (_unit_then_adverb)."""
    if _beside_a_parallel_unit(index, text, s, e, at) or _doubled_verb(text, at) or _joined_pair(index, text, at) or \
            _preposition_phrase(index, text, s, at, suggested) or _same_meaning(text[at], suggested[at - s]):
        return True
    return e - s == 2 and (_abbreviation(index, text, s, e, at, suggested) or _swallowed_head(index, text, s, e) or
                           _coordinate_heads(index, text, s, e, at, suggested) or _unit_then_adverb(index, text, s, e, at))


#: one-character adverbs that stand between a subject and its verb (巡察组只受理来信, 工作组均已进驻, 专班还将督办)
_ADVERBS = frozenset("只仅均都也还已将再又才就先正共即亦皆")


def _unit_then_adverb(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """A two-character stretch whose first character, unchanged, is a productive suffix that closes a compound with the
    word before it (巡察 + 组, 调研 + 组, 服务 + 队: a unit the dictionary need not list), and whose changed second
    character is a one-character adverb before more text: the unit is the subject, the adverb leads its verb
    (巡察组只受理来电来信来访 is not 巡察组织受理, dev-prec428).  A slip after such a unit is no adverb (干部队吾 is
    still 队伍)."""
    if at != s + 1 or text[at] not in _ADVERBS or e >= len(text) or not HAN.match(text[e]):
        return False
    return text[s] in index.suffixes and any(s >= k and index.knows(text[s - k:s]) for k in (2, 3))


#: pairs of characters that stand for each other in the same place (从上至下 and 从上到下, 直至 and 直到): one written for
#: the other is a choice of register, not a slip, though they look alike (到 holds 至)
_SAME_MEANING = frozenset((frozenset("至到"),))


def _same_meaning(written: str, suggested: str) -> bool:
    return frozenset((written, suggested)) in _SAME_MEANING


#: how much rarer (index.weight, tenths of a natural log) the second word may be than the suggestion for the written pair to read as
#: the two words' heads (雨污: 污水 98, 雨水 102; 合做 is no such pair: 做作 75, 合作 152)
_COORDINATE_MARGIN = 10


def _coordinate_heads(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """A two-character stretch that is the heads of two words sharing their tail, the tail the suggestion's (雨污管网, 雨污分流:
    雨水 and 污水, not 雨水 mistyped): the stretch's second character makes a common word with that tail, about as
    frequent as the suggestion, and a word follows the stretch for the pair to qualify.  A slip whose second character
    makes only a rarer word with the tail (合做 → 合作: 做作) or none (投人 → 投入) is still one."""
    if at != s + 1 or not index.knows(text[e:e + 2]):
        return False
    other = text[at] + suggested[-1]
    return index.common(other) and (index.weight(other) or 0) >= (index.weight(suggested) or 0) - _COORDINATE_MARGIN


#: characters that join two words of one kind into a pair (实干加巧干, 线上加线下, 人防加技防)
_PAIR_JOINERS = frozenset("加")


def _joined_pair(index: Index, text: str, at: int) -> bool:
    """The changed character joins two two-character words that share a character in the same place: 以实干加巧干
    (X加Y: 实干 and 巧干), not 实干家 mistyped; 争当实干加 and 实干加精神 are still 实干家."""
    if text[at] not in _PAIR_JOINERS or at < 2:
        return False
    before, after = text[at - 2:at], text[at + 1:at + 3]
    return len(after) == 2 and index.knows(before) and index.knows(after) and before != after and (
        before[0] == after[0] or before[1] == after[1])


def _preposition_phrase(index: Index, text: str, s: int, at: int, suggested: str) -> bool:
    """A character, 于 and a common two-character word: the productive A于B of office prose (严于修身, 忠于信念, 敢于担当: a word after 于),
    not the set phrase with 以 mistyped (严以修身 of 三严三实: DJ402 checks the formulation where its members are
    listed).  Only for 于 written where the suggestion has 以, and not where the paragraph writes the phrase's 以 form
    elsewhere (严于修身、严以用权、严以律己: the formulation's series, one member mistyped)."""
    return at == s + 1 and text[at] == "于" and suggested[1:2] == "以" and index.knows(text[at + 1:at + 3]) and \
        suggested[:2] not in text


#: the verbs that head an abbreviation of a verb and its object, the object's first character after it
#: (参加检测 → 参检, 参加培训 → 参训, 送去检验 → 送检, 接受检查 → 受检, 抽样检测 → 抽检, 迎接检查 → 迎检, 复查 → 复检)
_ABBREVIATING_HEADS = frozenset("参送受抽迎复")
#: how far before a two-character stretch the word its second character abbreviates may stand
_ABBREVIATED_REACH = 40
#: what such an abbreviation counts or qualifies right after it (参检人次数, 参训人员, 受检单位, 送检样品, 参学率)
_COUNTED = ("人", "率", "者", "数", "比例", "单位", "对象", "样", "企业", "职工", "学员", "党员", "干部",
            "群众", "师生", "学生", "选手", "队伍", "车辆", "批次")


def _abbreviation(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """A two-character stretch that is an abbreviation: a verb that heads such abbreviations (see
    _ABBREVIATING_HEADS), then a character of a common word the paragraph wrote shortly before (组织核酸检测……
    参检人次数 is 参加检测, 开展健康体检，参检人数 参加体检, not 参见).  Office prose makes these every day (参训,
    参检, 送检, 受检) faster than a dictionary lists them; that the changed character stands in the word just
    written is no coincidence of a slip.  Only where it counts or qualifies what follows (see _COUNTED), as these
    abbreviations are used: 大会授予……，各支部参予评选 is still 参与 (a slip in the first character, 畅导 beside
    畅通, is no abbreviation either)."""
    if at != s + 1 or text[s] not in _ABBREVIATING_HEADS or not text.startswith(_COUNTED, e):
        return False
    c, lo = text[at], max(0, s - _ABBREVIATED_REACH)
    k = text.find(c, lo, s - 1)
    while k >= 0:
        for word in (text[k:k + 2], text[k - 1:k + 1] if k > 0 else ""):
            if word != suggested and index.common(word):
                return True
        k = text.find(c, k + 1, s - 1)
    return False


def _parallel_four(index: Index, text: str, k: int) -> bool:
    """Whether text[k:k + 4] is a unit of two verb-object halves sharing the object, 学法用法 (ABCB): one
    half a word, no function word in either, and the shared object no word with what follows (体行政行为 is
    no such unit: 行为 is a word, and neither 体行 nor 政行 is one)."""
    unit = text[k:k + 4]
    if k < 0 or len(unit) != 4 or unit[1] != unit[3] or unit[0] in (unit[1], unit[2]) or \
            not all(HAN.match(c) for c in unit) or not FUNCTION_CHARS.isdisjoint(unit):
        return False
    return (index.knows(unit[:2]) or index.knows(unit[2:])) and not index.knows(text[k + 3:k + 5])


def _beside_a_parallel_unit(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """The changed character, a function word (a preposition: 将, 把, 对) at the stretch's edge, the rest of the
    stretch the start (or the end) of a four-character unit of two verb-object halves: 将学法用法工作列入计划 (将, the preposition, before 学法用法),
    not 讲学法.  The unit reads as one term; the character outside it joins no word with its half."""
    if e - s < 2 or text[at] not in FUNCTION_CHARS:
        return False  # a function word outside the unit (宅基地事用权确权登记 is still 使用权: 事 is no preposition)
    if at == s and e <= s + 5:
        return _parallel_four(index, text, s + 1)
    return at == e - 1 and at - 4 <= s and _parallel_four(index, text, at - 4)


#: the result complements a doubled verb takes, two of them in four characters (抓实抓牢, 压实压紧, 做细做实)
_RESULTS = frozenset("实牢紧细严好准深透稳全精")


def _doubled_verb(text: str, at: int) -> bool:
    """The changed character is a result complement of a verb written twice with two complements: 把钉子
    钉实钉牢 (钉 + 实, 钉 + 牢), not 钉是钉; so 抓实抓牢, 压实压紧, 做细做实.  (钉实钉、铆是铆 has no second
    complement: it is still a slip.)"""
    for k in (at - 1, at - 3):
        unit = text[k:k + 4] if k >= 0 else ""
        if len(unit) == 4 and unit[0] == unit[2] and unit[1] != unit[3] and HAN.match(unit[0]) and \
                unit[1] in _RESULTS and unit[3] in _RESULTS:
            return True
    return False


def _covered(index: Index, text: str, i: int) -> bool:
    """Whether a word of two or three characters the index knows covers the character at ``i``."""
    return any(index.knows(text[a:b]) for a in range(max(0, i - 2), i + 1)
               for b in range(max(i + 1, a + 2), min(len(text), a + 3) + 1))


#: the localizers a noun takes, standing alone after it (第五次会议上: 上 is no phrase's last character)
_LOCALIZERS = frozenset("上下中里内外前后间时")


def _swallowed_head(index: Index, text: str, s: int, e: int) -> bool:
    """A two-character stretch after a character two words share, and before a character standing alone:
    the last three characters of a four-character phrase whose first the word before took (强化学思践悟:
    强化 and 化学 are both words, and 化学 took 学 of 学思践悟; 思践 → 实践 would leave 悟 alone all the
    same).  A slip's suggestion explains the characters beside it; this one explains neither, and the
    segmentation's choice of 化学 over 强化 is no evidence (自然只源部 is still 资源: 自然 shares no character).
    Not where the first of the two words is itself the second of a common word (司法规范件设年 is still 建设: 法规
    belongs to 司法 as much as 规范 does; 要强 is no common word), among numerals, nor before a localizer (第五次灰议上 is still 会议: 五次 and 第五 share 五, 上 stands alone
    after a noun as it should)."""
    if s < 3 or e >= len(text):
        return False
    run = text[s - 3:e + 1]
    if not all(HAN.match(c) for c in run) or not FUNCTION_CHARS.isdisjoint(run) or \
            not zh.NUMBER_WORD_CHARS.isdisjoint(run) or text[e] in _LOCALIZERS:
        return False
    return index.common(text[s - 2:s]) and index.common(text[s - 3:s - 1]) and not index.common(text[max(0, s - 4):s - 2]) \
        and not index.knows(text[s - 1:s + 1]) and not _covered(index, text, e)


#: words that lead a verb to its end point before a number (增加至2024年的……, 提高到95%)
_TO_A_NUMBER = frozenset("至到")


def before_a_count(text: str, at: int) -> bool:
    """A function word right before a count (巡察对8个部门开展……, 向3名同志): a preposition, not a
    slip for 巡察队; so is 至/到 before a number (增加至2024年的16927元 is not 增加值)."""
    return (text[at] in FUNCTION_CHARS or text[at] in _TO_A_NUMBER) and at + 1 < len(text) and (
        text[at + 1].isdigit() or text[at + 1] in zh.NUMERAL_CHARS)


#: what follows 时 closing a when-clause: a comma, 的 (……时的讲话) or a verb of saying (……时指出)
_AFTER_WHEN = ("，", ",", "的", "指出", "强调", "表示", "提出", "要求", "说")


def closes_a_when_clause(text: str, e: int) -> bool:
    return text.startswith(_AFTER_WHEN, e)


#: characters that make a run of numerals a count of things (一百多, 三千余, 几十), not an ordinal or
#: a name (十九大, 二十届)
_COUNT_CHARS = frozenset("百千万亿多余几")


#: what ends an item of a 、-list
_ITEM_EDGE = frozenset("、，,；;：:。“”（）()《》 \t\n")
#: what may follow the last two-character item of such a list (改水、改厕、改灶和……等)
_PAIR_ITEM_AFTER = _ITEM_EDGE | {"", "和", "及", "等"}


def between_edges(text: str, s: int, e: int, edges) -> tuple[int, int]:
    """The stretch around text[s:e] out to the nearest of ``edges`` on each side (an item of a 、-list, a clause)."""
    a, b = s, e
    while a > 0 and text[a - 1] not in edges:
        a -= 1
    while b < len(text) and text[b] not in edges:
        b += 1
    return a, b


def _item_at(text: str, i: int) -> tuple[int, int]:
    return between_edges(text, i, i, _ITEM_EDGE)


def shared_head_item(text: str, s: int, e: int) -> bool:
    """Whether the stretch is in the tail of a short item of a 、-list whose head two at least two other items
    share (同心加油站、同心e家、同心遂创荟、同心智汇厅): a set of named brands, their tails coined (遂创荟 is
    no 创汇).  Items longer than seven characters are phrases (加强组织建设、加强作风建设), still checked."""
    a, b = _item_at(text, s)
    if b < e or not 3 <= b - a <= 7 or s < a + 2:
        return False
    head, same = text[a:a + 2], 0
    k = a
    while k >= 2 and text[k - 1] == "、":  # the items before (the first may follow its verb: 打造同心加油站)
        k, end = _item_at(text, k - 2)[0], k - 1
        same += _sibling(text[k:end], head)
    k = b
    while k < len(text) - 1 and text[k] == "、":  # the items after (the last may run into 等……: 同心智汇厅等品牌)
        start, k = k + 1, _item_at(text, k + 1)[1]
        same += _sibling(text[start:k], head)
    return same >= 2


def _sibling(item: str, head: str) -> bool:
    """An item of the list sharing the head: it begins with it, or has a verb (two characters) before it, and
    is short (with a tail of 等 and a noun)."""
    return head in item[:4] and item.find(head) in (0, 2) and len(item) <= 10


def in_a_doubled_measure(text: str, at: int) -> bool:
    """Whether the character at ``at`` is one of a measure word doubled after 一 (一张张沙县小吃的美食地图,
    一座座, 一个个): the measure word, not the first character of what follows (长沙县)."""
    return (at >= 2 and text[at - 1] == text[at] and text[at - 2] == "一") or (
        at >= 1 and text[at + 1:at + 2] == text[at] and text[at - 1] == "一")


def in_a_count_series(text: str, at: int) -> bool:
    """Whether the character at ``at`` ends a series of counts of things (三岛九曲七十二湾, 九曲十八弯): a
    numeral, a thing counted, numerals, then this character, counted as the thing before it was; not a
    magnitude (七十二万) the numerals would read as one number with."""
    j = at
    while j > 0 and text[j - 1] in zh.NUMBER_WORD_CHARS:
        j -= 1
    k = j - 1  # the thing the count before was of
    return j < at and k >= 1 and HAN.match(text[k]) is not None and text[k] not in zh.NUMBER_WORD_CHARS \
        and text[k - 1] in zh.NUMBER_WORD_CHARS


def after_a_count(text: str, at: int) -> bool:
    """Whether the character at ``at`` follows a count: Arabic digits, or two or more numerals with
    百, 千, 万, 亿, 多, 余 or 几 among them (一百多例, 三千余人).  What follows a count is its measure
    word, chosen by what is counted (例 of cases, 里 of distance), which the word frequencies around it
    cannot tell: the dictionary's 一百多里 is no evidence against 一百多例."""
    if at == 0:
        return False
    if text[at - 1].isdigit():
        return True
    j = at
    while j > 0 and (text[j - 1] in zh.NUMBER_WORD_CHARS or text[j - 1] in _COUNT_CHARS):
        j -= 1
    return at - j >= 2 and not _COUNT_CHARS.isdisjoint(text[j:at])


def splits_a_word_outside(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the stretch reads as words across its unchanged edge: a word of three or more characters
    begins in the stretch after the slip and runs past its end, the stretch before it being a word (突出整治|意识形态
    阵地 is no 政治意识 written wrong: the suggestion would split 意识形态), or, the other way round, one ends in
    the stretch before the slip having begun before it and the rest of the stretch is a word (dev-prec445)."""
    for j in range(at + 1, e):
        if index.knows(text[s:j]) and any(index.knows(text[j:k]) for k in range(max(e + 1, j + 3), min(len(text), j + 6) + 1)):
            return True
    for j in range(s + 1, at + 1):
        if index.knows(text[j:e]) and any(index.knows(text[k:j]) for k in range(max(0, j - 6), min(s, j - 3) + 1)):
            return True
    return False
