"""Names are not slips: a stretch inside a person's name (after a title or a surname, or beginning
with one) or before a place or company suffix (康益药业, 九洲大道) is left alone."""
from __future__ import annotations

from ...util import rx
from ...util.zh import BLANK_CHARS, NUMERAL_CHARS
from .evidence import FUNCTION_CHARS
from .index import HAN, MIN_LEN, Index
from .people import (
    _POSTS,
    _POSTS_AND_TITLES,
    _TITLE_WORDS,
    in_a_closed_list_of_names,
    name_chars,
    name_in_a_frame,
    surname_after_post,
)

#: a name follows: 康益药业, 九洲大道 (a place or a company is not a slip)
#: the suffixes of schools, hospitals and institutes (a name's head may end in their first character: 地星学|院)
_INSTITUTIONS = "学院|大学|研究院|研究所|医院|中学|小学"
NAME_SUFFIX = rx.stdlib(r"^(?:集团|药业|股份|公司|大街|大道|路|街|镇|乡|村|县|区|市|社区|街道|小区|花园|广场|宾馆|酒店|国际|餐饮|物业|置业|地产|实业|传媒|住宅|商会|片区|园区|新区|景区|公寓|家园|商场|商城|超市|公园|大楼|幼儿园|农场|林场|水库|大桥|机场|车站|码头|大厦|楼|阁|苑|轩|" + _INSTITUTIONS + "|党支部|支部|党委|党总支)")


#: a park's name: 新湖智造产业园 (the two-character window of NAME_SUFFIX cannot hold these); a venue's:
#: 永欣欢乐谷, 某某山庄, 某某度假村 (a trade name before what the place is); a farm's or a co-operative's: 某某家庭农场,
#: 某某合作社
_PARK = rx.stdlib(r"产业园|工业园|科技园|创业园|物流园|欢乐谷|游乐园|乐园|山庄|农庄|度假村|家庭农场|合作社")
#: a company's name goes on to its suffix (润鑫旺农业开发有限公司: a trade name, then what the firm does;
#: 大志然工艺竹编厂: a works named the same way)
#: so does an organisation's (海霞文化发展中心, 阳光社会工作服务中心, 爱心助老协会: a name, then what it does, then
#: 中心, 协会 and the like; issue 29's held-out class, found again by a dev-prec445 probe)
_COMPANY_AHEAD = rx.stdlib(r"[\u4e00-\u9fff]{2,6}?(?:有限责任公司|股份有限公司|有限公司|专业合作社|集团|厂|中心|协会|学会|研究会|促进会|"
                           r"基金会|联合会|商会|事务所|工作室)")
#: a trade name running straight into the suffix (立讯智造有限公司: the name says what the firm does itself)
_COMPANY_SUFFIX = rx.stdlib(r"(?:有限责任公司|股份有限公司|有限公司)")


def _before_a_company(text: str, e: int) -> bool:
    """The stretch is the trade name at the head of a company's or an organisation's full name: two to six characters
    of what it does, none of them a function character, then 有限公司, 集团, 专业合作社, 中心, 协会……; or it runs
    straight into 有限公司 (立讯智造有限公司).  A slip in the suffix itself, 股分有限公司, is still one."""
    m = _COMPANY_AHEAD.match(text, e)
    if m is not None and not FUNCTION_CHARS.intersection(text[e:m.end()]):
        return True
    return _COMPANY_SUFFIX.match(text, e) is not None and "股" not in text[max(0, e - 2):e]


def in_a_name(index: Index, text: str, s: int, e: int, at: int, n: int, suffix: bool = True) -> bool:
    """Whether the stretch ``text[s:e]`` (the slip at ``at``, a suggestion of ``n`` characters) is part
    of a name: a place or company suffix follows it (asked only with ``suffix``, see before_a_suffix); a
    title comes before it (a word shorter than MIN_LEN); for two characters, a surname stands before it,
    begins it or ends a name in it; for three, it begins with a surname and a title follows it."""
    return (suffix and before_a_suffix(text, e)) or _ends_in_a_suffix(text, s, e) or \
        _organization_of_a_place(text, s, e) or _short_institute(text, s, e) or _before_latin(text, e) or _named_by_code(text, s) or \
        _unit_with_its_role(text, s, e) or \
        _unit_named_with_another(text, s, e) or \
        _level_of_a_unit(index, text, at) or _unit_after_a_level(index, text, at) or \
        _unit_of_a_short_name(text, e, at) or \
        _in_a_document_number(text, at) or _ranked_among(text, s, at) or (n < MIN_LEN and (
            _names_after_title(index, text, s, e, at) or _between_post_and_title(text, s, e))) or (
        n == 2 and (_after_surname(index, text, s) or _begins_a_name(index, text, s, e) or _ends_a_name(index, text, s))) or (
        n == 3 and (text[s] in index.surnames and _title_at(text, e) or _given_name_before_title(index, text, s, at)
                    or _given_name_into_title(index, text, s, e, at))) or \
        _named_after_post(index, text, s, e) or _credited_name(index, text, s, e) or \
        name_in_a_frame(index, text, s, e) or in_a_closed_list_of_names(index, text, s, e) or _item_of_named_projects(text, s, e) or _in_a_province(text, at) or \
        surname_after_post(index, text, e, at) or \
        _item_of_named_places(text, s, e) or _head_of_a_village(index, text, s, e) or _street_at_a_junction(text, s, e, at) or \
        _pairing_partner(text, s, e)


def _in_a_province(text: str, at: int) -> bool:
    """The slip's character is inside a province's name before 省 or 自治区 (中共山西省委, 河南省教育厅): a province is
    not a slip of another one a character apart (山西 → 陕西 reads the same, dev-prec438), which one is meant the text
    cannot tell.  A province's name written wrong (陕希省) is no province and still a candidate."""
    for n in (2, 3):
        for b in range(max(0, at - n + 1), at + 1):
            if text[b:b + n] in _PROVINCES and text.startswith(_PROVINCE_HEADS, b + n):
                return True
    return False


#: the provinces and regions whose name 省 or 自治区 follows (the short names of their units: 山西省委, 广西壮族自治区)
_PROVINCES = frozenset("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
                       "甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆".split())
_PROVINCE_HEADS = ("省", "自治区", "壮族", "回族", "维吾尔")


#: the rest of a list of firms' or projects' names after the stretch's item: more items (、), then 等 and a count of
#: 项目/企业 (沃拓农药、徽浩源陶瓷膜等20个亿元以上项目加快推进: each item is a trade name, not words)
_NAMED_PROJECTS_AHEAD = rx.stdlib(r"[^，,。；;！？!?：:“”]{0,40}?等[0-9０-９" + NUMERAL_CHARS + r"]+[个家项批](?:[^，,。；;]{0,12}?)"
                                  r"(?:项目|企业|工程|公司|品牌|产品)")


def _item_of_named_projects(text: str, s: int, e: int) -> bool:
    """The stretch is inside an item of a list of named projects or firms (after 、 or at the list's start, the
    list closed by 等 and a count of 项目/企业): a trade name, whatever its characters say."""
    i = s
    while i > 0 and text[i - 1] not in "、，,：:；;。（(“":
        i -= 1
    end = _ITEM_END.search(text, e, e + 9)
    if s - i > 2 or end is None:
        return False  # a name opens its item and is short: a longer item is a phrase (推进改革开发、……)
    return (i > 0 and text[i - 1] == "、" or end.group() == "、") and _NAMED_PROJECTS_AHEAD.match(text, e) is not None


_ITEM_END = rx.stdlib("[、等]")
#: what a place's own organizations are called after their name (某区海霞文化发展中心, 某县某某文化促进会)
_ORGANIZATION_AHEAD = rx.stdlib(r"[\u4e00-\u9fff]{0,4}?(?:发展中心|服务中心|研究中心|活动中心|促进会|协会|研究会|基金会|联合会|商会)")


def _organization_of_a_place(text: str, s: int, e: int) -> bool:
    """The stretch opens the name of an organization right after its place's level character (洞头区海霞文化发展中心:
    海霞 is the centre's name, not 海峡; published116), or where a paragraph, an item or a clause opens (三是海霞文化发展
    中心、县青年志愿者协会等……; 由海霞文化发展中心牵头): a name, whatever its characters."""
    return (s == 0 or text[s - 1] in PLACE_LEVEL or _opens_an_item(text, s)) and _ORGANIZATION_AHEAD.match(text, e) is not None


#: what an item or a clause that opens with a name comes after (、, a mark, 由/与/和/及/同 joining it to a sentence)
_ITEM_OPENERS = frozenset("、，,；;：:。（(“由与和及同")


def _opens_an_item(text: str, s: int) -> bool:
    """An item or a clause opens at ``s``: after a mark or a joining word, or after the lead of a 一是/二是 list (三是)."""
    return text[s - 1] in _ITEM_OPENERS or (s >= 2 and text[s - 1] == "是" and text[s - 2] in NUMERAL_CHARS)


def before_a_suffix(text: str, e: int) -> bool:
    """A place's, a park's or a company's suffix follows ``e`` (康益药业, 九洲大道, 新湖智造产业园, 润鑫旺农业开发有限公司)."""
    return bool(NAME_SUFFIX.match(text[e:e + 2])) or _PARK.match(text, e) is not None or _before_a_company(text, e)


def known_with_suffix(index: Index, text: str, s: int, e: int, suggested: str) -> bool:
    """Whether the suggestion and the one or two characters after it make a known word that the written
    stretch with them does not (自台区 → 自治区, 永仓县 → 永昌县, 宗国银行 → 中国银行)."""
    return any(index.knows(suggested + text[e:e + k]) and not index.knows(text[s:e + k]) for k in (1, 2) if e + k <= len(text))


def _given_name_before_title(index: Index, text: str, s: int, at: int) -> bool:
    """The slip opens the stretch and a title begins right after it, with a surname one or two
    characters before it that ends no word: a given name between a surname and a title (罗曦主任 is
    not 罗系主任, 王晓曦主任 not 王晓系主任)."""
    if at != s or not _title_at(text, at + 1):
        return False
    return any(at - k >= 0 and text[at - k] in index.surnames and not (at - k >= 1 and index.knows(text[at - k - 1:at - k + 1]))
               and not index.knows(text[at - k:at + 1]) for k in (1, 2))


def _given_name_into_title(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """The slip ends the stretch and begins a title (副书记), and a surname opening a name stands right before the
    stretch (at the paragraph's start, after a mark or a title): the one or two characters between are the given name
    (杨礼宾副书记 is not 礼宾府, dev-prec436).  The same stretch after no surname (香港礼宾副举行) is still weighed."""
    if at != e - 1 or not 1 <= at - s <= 2 or not _title_at(text, at) or s < 1 or text[s - 1] not in index.surnames:
        return False
    opens = s == 1 or text[s - 2] in _BEFORE_A_NAME or _TITLE_WORDS.end_at(text, s - 1)
    return opens and name_chars(text[s:at])


def _title_at(text: str, p: int) -> bool:
    """Whether a title begins at ``p`` (辛保安董事长: the three characters before it are a name)."""
    return _TITLE_WORDS.start_at(text, p)


#: the level characters a place's name or nickname ends in (三湘第一镇, 百强县), which also begin a
#: unit's name (县电视台, 市财政局)
PLACE_LEVEL = frozenset("省市县区镇乡村州旗盟街")
#: the last character of a unit's or an office's name (县电视台, 财政局, 翻译处, 档案室)
UNIT_ENDS = frozenset("台局委院办厅部所站处科股室队")


def _level_of_a_unit(index: Index, text: str, at: int) -> bool:
    """The slip is a level before the name of a unit (在县电视台 is not 在线电视): a word ending in a
    unit's character follows it."""
    return text[at] in PLACE_LEVEL and any(
        text[at + 1 + k] in _UNIT_OR_SOCIETY_ENDS and index.knows(text[at + 1:at + 2 + k]) for k in (1, 2, 3) if at + 1 + k < len(text))


#: a unit's last character, or a society's (市、县法学会; 县科协 is 协会's short name too)
_UNIT_OR_SOCIETY_ENDS = UNIT_ENDS | {"会", "联"}


def _unit_after_a_level(index: Index, text: str, at: int) -> bool:
    """The slip is inside a unit's short name right after a level (市监委办公厅: 监委 is a word and ends
    in a unit's character; 市建委 is another unit, not the right spelling of this one)."""
    return any(at - k >= 0 and text[at - k] in PLACE_LEVEL and text[at - k + 1 + n] in UNIT_ENDS
               and index.knows(text[at - k + 1:at - k + 2 + n]) for k in (1, 2) for n in (1, 2)
               if at - k + 2 + n <= len(text) and at < at - k + 2 + n)


def _unit_named_with_another(text: str, s: int, e: int) -> bool:
    """A unit's short name of three characters, its last the unit's, after a word that joins units:
    the stretch is its first two (由人事处会同发规办具体实施: 发规办 is 发展规划办公室, not 法规) or its last
    two (会同县委组织部、人社局和……: 人社局 is not 人社区)."""
    if e - s != 2:
        return False
    if e < len(text) and text[e] in UNIT_ENDS and s > 0 and text[s - 1] in _JOINING:
        return True
    return text[e - 1] in UNIT_ENDS and s > 1 and text[s - 2] in _JOINING


#: what comes before a unit named beside another (会同发规办, 由组织部, 与宣传部、)
_JOINING = frozenset("同由与和及、，")


def _unit_of_a_short_name(text: str, e: int, at: int) -> bool:
    """The slip is the unit's character that ends a unit's short name, a level and one to three
    characters before it (县人社局, 市住建委, 区发改局: the abbreviation is no word, so 社局 reads like
    a slip for 社区)."""
    return at == e - 1 and text[at] in UNIT_ENDS and any(
        at - k >= 0 and text[at - k] in PLACE_LEVEL for k in (2, 3, 4))


#: 居 ranking a figure among places (增长居珠九市第2, 居全省前列): the places' name follows 居
_RANKED = rx.stdlib(r"[\u4e00-\u9fff]{1,6}?(?:第[0-9０-９" + NUMERAL_CHARS + "]|前列|前茅|首位|榜首|前[0-9０-９" + NUMERAL_CHARS + "])")


def _ranked_among(text: str, s: int, at: int) -> bool:
    """The slip follows 居 that ranks a figure (居珠九市第2 is not 居住九市): a place and a rank come next."""
    return at > 0 and text[at - 1] == "居" and at - 1 >= s and bool(_RANKED.match(text, at))


#: a document number: 苏教办社政函〔2018〕37号, 国办发[2021]30号 (the issuer's abbreviation is no word)
_DOC_NUMBER = rx.stdlib(r"[\u4e00-\u9fff]{1,12}[〔\[［【(（] *(?:19|20)[0-9]{2} *[〕\]］】)）] *[0-9]{1,4} *号")


def _in_a_document_number(text: str, at: int) -> bool:
    """The slip is in the issuer's abbreviation of a document number."""
    if "号" not in text[at:at + 30]:
        return False
    return any(m.start() <= at < m.end() for m in _DOC_NUMBER.finditer(text, max(0, at - 12), at + 30))


#: a code before a part's or a place's name: 3339-1辅运联巷, A-2区 (a number alone, 2023年, 5CM, B12 is not one)
_CODE_BEFORE = rx.stdlib(r"(?:[0-9]{3,}-[0-9]+|[A-Z]{1,3}-[0-9]+)$")
#: what a number is followed by when it is a count, a date or a range, not a code (2016-2021年, 3-6个月)
_COUNTED_BY = frozenset("年月日时个次人名件项万亿元米吨届期号")
#: what follows a unit's short name as its people or its Party body (以委主要领导为组长, 局党组)
_UNIT_ROLE = rx.stdlib(r"主要领导|领导班子|领导|党委|党组|班子|负责人|书记")


def _named_by_code(text: str, s: int) -> bool:
    """The stretch is within four characters after a code (3339-1辅运联巷): a part's name, jargon."""
    a = s
    while a > 0 and s - a < 4 and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1
    return a > 0 and text[a] not in _COUNTED_BY and _CODE_BEFORE.search(text, 0, a) is not None


def _unit_with_its_role(text: str, s: int, e: int) -> bool:
    """Two characters ending in a unit's character before its leaders or its Party body (以委主要领导为组长:
    委 is the commission itself, not 以为)."""
    return e - s == 2 and text[e - 1] in UNIT_ENDS and _UNIT_ROLE.match(text, e) is not None


def _before_latin(text: str, e: int) -> bool:
    """An app's name: the stretch right before App (矫通App, 学习强国APP); other Latin after a word
    (冰毒DNA) says nothing of it."""
    return text[e:e + 3].lower() == "app"


def _short_institute(text: str, s: int, e: int) -> bool:
    """Three or more characters right before 院 are an institute's short name (核理化院, 农科院, 设计院
    are each a name's head and 院): the stretch is an abbreviation, not a word written wrong."""
    return e - s >= 3 and e < len(text) and text[e] == "院"


def _ends_in_a_suffix(text: str, s: int, e: int) -> bool:
    """The stretch's last character begins an institution's suffix (地星学|院: 学院; 某某大|学):
    the stretch is the name's head, not a word."""
    return e - s >= 3 and bool(_INSTITUTION.match(text, e - 1))


_INSTITUTION = rx.stdlib(_INSTITUTIONS)


def _after_surname(index: Index, text: str, s: int) -> bool:
    """A short stretch right after a surname is likely a given name (副书记林一凡), unless the
    surname's character ends a word (队伍, 实施: 伍 and 施 are surnames too)."""
    return s > 0 and text[s - 1] in index.surnames and not (s >= 2 and index.knows(text[s - 2:s]))




def _names_after_title(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the slip falls in a name that follows a title: the stretch starts right after one
    (局长闫安), is the given name after a title and a surname (校长石信永), or runs from a title's end
    into the name after it (会计史玉 is not 会计师, 校长蒋海 not 长江)."""
    def title_ends(p):
        while p > 0 and text[p - 1] in BLANK_CHARS:
            p -= 1  # a signature line: 县人大常委会主任 占某某
        return _TITLE_WORDS.end_at(text, p)

    if s >= 1 and text[s - 1] in index.surnames and title_ends(s - 1):
        return True
    return any(title_ends(p) for p in range(s, min(at, e - 1) + 1))




def _between_post_and_title(text: str, s: int, e: int) -> bool:
    """The stretch lies in two or three characters between a post and a title, none a function word: a person's name
    (《……》主编轩传树研究员 is not 宣传).  A post with no title after it (主编负责轩传工作) leaves a slip a slip."""
    for a in range(max(0, e - 3), s + 1):
        if not _POSTS_AND_TITLES.end_at(text, a):
            continue
        for b in range(max(e, a + 2), min(a + 3, len(text)) + 1):
            if name_chars(text[a:b]) and _POSTS_AND_TITLES.start_at(text, b):
                return True
    return False


def _ends_a_name(index: Index, text: str, s: int) -> bool:
    """A two-character stretch whose first character may end a three-character name: a surname two
    characters before it, and no word across (刘军永作总结 is not 用作, 吴新志作 not 制作)."""
    return (s >= 2 and text[s - 2] in index.surnames and bool(HAN.match(text[s - 1]))
            and not index.common(text[s - 2:s]) and not index.knows(text[s - 1:s + 1])
            and not (s >= 3 and index.knows(text[s - 3:s - 1])))


def _begins_a_name(index: Index, text: str, s: int, e: int) -> bool:
    """A two-character stretch whose first character is a surname, with a character after it that
    begins no word (the start of a three-character name: 钟国东 is not 中国东, 江玲英 not 江陵英) or
    a title after it (a two-character name: 蒋军同志 is not 将军)."""
    if e - s == 2 and text[s + 1] in index.surnames and e < len(text) and HAN.match(text[e]) and \
            not index.knows(text[s + 1:s + 3]) and not index.knows(text[e:e + 2]) and text[e] not in FUNCTION_CHARS:
        return True  # the name starts at the stretch's second character: 由虞子娜负责 is not 由于
    if text[s] not in index.surnames or e >= len(text) or (s >= 1 and index.knows(text[s - 1:s + 1])):
        return False
    if _TITLE_WORDS.start_at(text, e):
        return True
    return bool(HAN.match(text[e])) and text[e] not in FUNCTION_CHARS and not index.knows(text[e:e + 2])


#: the middle dot that joins the parts of a campaign's or a brand's name (同心桐行·五大行动), or of a
#: transliterated person's name (木合塔尔·某某)
NAME_DOTS = frozenset("·•・")


def by_a_name_dot(text: str, s: int, e: int) -> bool:
    """Whether a middle dot stands right before or after the stretch: it is part of a dotted name."""
    return (s > 0 and text[s - 1] in NAME_DOTS) or (e < len(text) and text[e] in NAME_DOTS)


#: how far from a middle dot between two Chinese characters a stretch still lies in the dotted name: the parts of a
#: transliterated name run to four or five characters (台来提·乌布力, 努尔买买提·吐尼亚孜, 加汗巴依·斯提木胡里), and its
#: last part runs on into the sentence with no mark after it (……·乌布力兴奋地说)
DOT_REACH = 3


def in_a_dotted_name(index: Index, text: str, s: int, e: int) -> bool:
    """Whether the stretch lies in a part of a transliterated person's name: a middle dot with a Chinese character on each
    side stands within DOT_REACH characters before the stretch or after it, only Chinese characters between, and the
    DOT_REACH characters on the dot's other side make no word (台来提 has none: 乌布力 is no slip for 乌布利).  A part chosen
    for its sound is no slip; a campaign's or a brand's dotted name is made of words (党建引领·乡村正兴 still tells 振兴),
    and a stretch further from the dot (台来提·乌布力同志到村里调研，加强意识形太工作) is still weighed."""
    for k in range(1, DOT_REACH + 1):
        d = s - k
        if d < 1 or not HAN.match(text[d + 1]):
            break
        if text[d] in NAME_DOTS:
            return bool(HAN.match(text[d - 1])) and not _holds_word(index, text[max(0, d - DOT_REACH):d])
        if not HAN.match(text[d]):
            break
    for k in range(DOT_REACH):
        d = e + k
        if d + 1 >= len(text) or not HAN.match(text[d - 1]):
            break
        if text[d] in NAME_DOTS:
            return bool(HAN.match(text[d + 1])) and not _holds_word(index, text[d + 1:d + 1 + DOT_REACH])
        if not HAN.match(text[d]):
            break
    return False


def _holds_word(index: Index, part: str) -> bool:
    """Whether two characters side by side in ``part`` (Chinese only) make a word the index knows."""
    return any(HAN.match(part[i]) and HAN.match(part[i + 1]) and index.knows(part[i:i + 2]) for i in range(len(part) - 1))


#: what may stand right before a name's surname: a blank (a credit, a list of names spaced apart), a list's or a
#: clause's mark, an opening bracket or quote
_BEFORE_A_NAME = frozenset(BLANK_CHARS + "、，,：:；;（(“")
#: what may follow a name: a blank, a list's or a sentence's mark, a closing bracket or quote
_AFTER_A_NAME = frozenset(BLANK_CHARS + "、，,。；;：:）)”！？!?")
#: what a caption, a byline or an account writes right after a person's name (王某某摄, 王某某表示, 王某某等同志)
_AFTER_A_NAME_WORDS = ("摄", "供图", "报道", "表示", "说", "指出", "强调", "介绍", "讲话", "发言", "主持", "等")
#: the roles a credit writes right before a name (某县融媒体中心记者王某某)
_ROLES_BEFORE = ("记者", "通讯员", "评论员", "摄影", "作者", "撰稿", "编辑")


def stands_as_given_name(index: Index, text: str, s: int, e: int) -> bool:
    """Whether the two characters ``text[s:e]`` stand as a given name: a surname right before them that ends no
    word (_after_surname: 提高建义 is no name), the surname opening the paragraph or standing after a blank, a
    list's or a clause's mark, a credit's role (记者 高建义, 记者高建义) or a title (书记王建义); and after the
    name the paragraph's end, a blank, a mark, a title (王建义同志) or what is written after a name (王建义 摄,
    王建义表示, 王建义等).  提出合理化建义 and 建义书 stand as no name: a slip there is still one."""
    if not _after_surname(index, text, s):
        return False
    a = s - 1
    opens = a == 0 or text[a - 1] in _BEFORE_A_NAME or text.endswith(_ROLES_BEFORE, 0, a) or \
        _TITLE_WORDS.end_at(text, a) or _next_in_a_list_of_names(index, text, e)
    return opens and (e >= len(text) or text[e] in _AFTER_A_NAME or _title_at(text, e) or text.startswith(_AFTER_A_NAME_WORDS, e))


def stands_as_place_name(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands as a place's or a firm's name: a place, park or company suffix follows it (安祥村,
    安祥路) or it is an item of a list of places closed by their count (赴安祥、霞山等地)."""
    return before_a_suffix(text, e) or _item_of_named_places(text, s, e)


def _next_in_a_list_of_names(index: Index, text: str, e: int) -> bool:
    """A 、 after the stretch, then another three-character name opening with a surname and closed by a list's
    mark or 等 (有王建义、李某某等同志): the first name of a list, whatever word stands before it."""
    return text[e:e + 1] == "、" and text[e + 1:e + 2] in index.surnames and \
        all(HAN.match(c) for c in text[e + 2:e + 4]) and text[e + 4:e + 5] in ("、", "等", "，", "和", "及")


#: what a person named after a post does next (某某上党课, 某某主持会议, 某某讲话)
_DONE_BY_A_NAME = _AFTER_A_NAME_WORDS + ("上党课", "讲党课", "讲授", "出席", "宣读", "致辞", "带领", "参加", "一行", "同志", "作报告",
                                         "作动员", "作总结", "作辅导", "作专题", "作重要", "作了", "提出", "要求", "希望")


#: what closes a credited name inside a dateline's brackets (（记者某某）, （记者某某 某某）, （记者某某、某某）)
_AFTER_A_CREDITED_NAME = frozenset(BLANK_CHARS + "）)、，,")


def _credited_name(index: Index, text: str, s: int, e: int) -> bool:
    """The stretch lies in a name of two or three characters that opens with a surname right after a credit's role and
    ends at a closing bracket, a blank or a list's mark: （记者姜洁） is a reporter's name, not 简洁, even where the
    surname is the character a suggestion would change.  A role followed by no such closed name (记者姜洁地写道) is
    still weighed."""
    for p in range(max(1, s - 2), s + 1):
        if text[p] not in index.surnames or not text.endswith(_ROLES_BEFORE, 0, p):
            continue
        for n in (2, 3):
            name = text[p:p + n]
            if p + n >= e and len(name) == n and name_chars(name) \
                    and text[p + n:p + n + 1] in _AFTER_A_CREDITED_NAME and p + n < len(text):
                return True
    return False


def _named_after_post(index: Index, text: str, s: int, e: int) -> bool:
    """The stretch lies in a name of two or three characters that opens with a surname right after a post and goes
    on to what the person does (理事长姜励上党课 is not 奖励, 书记姜励主持会议): a name, even where its surname is the
    character a suggestion would change.  A stretch after a post that is not name-shaped (no surname, or no such
    verb after it) is still weighed."""
    for p in (s, s - 1):
        if p <= 0 or text[p] not in index.surnames or not _POSTS.end_at(text, p):
            continue
        for n in (2, 3):
            name = text[p:p + n]
            if p + n >= e and len(name) == n and name_chars(name) \
                    and text.startswith(_DONE_BY_A_NAME, p + n):
                return True
    return False




#: the rest of a list of places after the stretch's item: more items (、), then a count of the places (两村, 三镇, 等地,
#: 等5个村, 等三个社区)
_NAMED_PLACES_AHEAD = rx.stdlib(r"[^，,。；;！？!?：:“”]{0,30}?(?:等地|等?[0-9０-９" + NUMERAL_CHARS + r"两]+个?(?:村|镇|乡|社区|街道|地))")


def _item_of_named_places(text: str, s: int, e: int) -> bool:
    """The stretch is inside a short item of a 、-list of places closed by their count (昌某、光某两村; 先后到某某、某某等地):
    a place's name, whatever its characters say."""
    i = s
    while i > 0 and text[i - 1] not in "、，,：:；;。（(“到在赴":
        i -= 1
    if s - i > 2:
        return False
    return (i > 0 and text[i - 1] == "、" or "、" in text[e:e + 4]) and _NAMED_PLACES_AHEAD.match(text, e) is not None


#: the levels a village's or a town's three-character name goes on to (凤某富村, 某某紫镇), and what a firm's or a
#: society's three-character trade name goes on to (信溪某公司, 某某森商会)
_VILLAGE_LEVELS = ("村", "镇", "乡", "社区", "街道", "嘎查")
_FIRM_ENDS = ("公司", "集团", "商会", "协会", "合作社", "家庭农场", "农场", "厂")
#: what a place's name follows: a list's or a clause's mark, a verb of going (深入) or a place's level
_BEFORE_A_PLACE = frozenset("、，,：:（(“在到赴至从经入") | PLACE_LEVEL


def _head_of_a_village(index: Index, text: str, s: int, e: int) -> bool:
    """Two characters that open a three-character name: one more character, none a function word, then 村/镇/乡/社区
    with a mark, a verb of going or a level before them (深入某关村、凤光富村; 在祥桃紫镇), or then 公司/商会/协会/
    家庭农场 after a mark or a function word (走访了信溪腾公司)."""
    if e - s != 2 or e >= len(text) or not HAN.match(text[e]) or text[e] in FUNCTION_CHARS or index.knows(text[s:e + 1]):
        return False
    before = text[s - 1] if s > 0 else "、"
    return before in _BEFORE_A_PLACE and text.startswith(_VILLAGE_LEVELS, e + 1) or \
        (before in _BEFORE_A_PLACE or before in FUNCTION_CHARS) and text.startswith(_FIRM_ENDS, e + 1)


#: what an address writes after a street's name: a crossing, a stretch of it, a side, a number (某某路与某某路交叉口)
_AT_A_JUNCTION = rx.stdlib(r"(?:与|和|、)[\u4e00-\u9fff]{1,5}?(?:路|街|大道|大街)|交叉口|路口|沿线|两侧|[东西南北]侧|以[东西南北]|"
                           r"[0-9０-９]+号")
_STREETS = ("路", "街", "巷", "大道", "大街")


def _street_at_a_junction(text: str, s: int, e: int, at: int) -> bool:
    """The changed character is in a street's name, before 路/街, where an address goes on (岩河路与某某路交叉口, 某某路
    沿线, 某某路18号): the street is named, not 沿河路 written wrong.  The stretch may hold the 路 itself (南黄路与某某路
    交叉口: 黄路 is no slip for 环路)."""
    for k in range(s + 1, s + 5):
        for end in _STREETS:
            if at < k and text.startswith(end, k) and _AT_A_JUNCTION.match(text, k + len(end)):
                return True
    return False


OPENING_QUOTES, CLOSING_QUOTES = frozenset("“‘「『\""), frozenset("”’」』\"")
#: how far a quoted coined name reaches on either side of the stretch (“小邻通”)
_QUOTE_REACH = 3
#: the level characters after a county's, a city's or a town's two-character name (邻水县)
_TOWN_LEVELS = frozenset("县市区镇乡")


def quoted_from_a_place(text: str, s: int, e: int, at: int) -> bool:
    """The stretch is inside a short quoted name (an app's, a brand's, a campaign's) and its changed character is
    the first of a two-character place's name written elsewhere in the paragraph before its level character (邻水县……
    开发了“小邻通”微信小程序: 邻 is the county's, not a slip for 小灵通): a coined name takes its place's character on purpose."""
    a = max(text.rfind(q, max(0, s - _QUOTE_REACH), s) for q in OPENING_QUOTES)
    if a < 0 or (a + 1 < s and not HAN.match(text[a + 1:s])):
        return False
    b = next((k for k in range(e, min(len(text), e + _QUOTE_REACH + 1)) if text[k] in CLOSING_QUOTES), -1)
    if b < 0 or (e < b and not HAN.match(text[e:b])):
        return False
    ch = text[at]
    i = text.find(ch)
    while i >= 0:
        if not a <= i <= b and text[i + 2:i + 3] in _TOWN_LEVELS and HAN.match(text[i + 1:i + 2]) and \
                text[i + 1] not in PLACE_LEVEL:
            return True
        i = text.find(ch, i + 1)
    return False


#: what a unit does with another it is paired with (与某村结对共建, 与某社区联建): the other is named between 与 and these
#: (benchmarks/names.py's places and streets drew 8 and 6 findings, now 4 and 5)
_PAIRINGS = ("结对", "共建", "联建", "结亲")


def _pairing_partner(text: str, s: int, e: int) -> bool:
    """The stretch is two characters, the whole of what stands between 与 and a pairing verb (与泉阳结对共建): the partner
    of a pairing is a unit or a place, named; a word read alike (洛阳) is not meant there.  A longer partner is a phrase
    (与贫困护结对 is still 贫困户 written wrong)."""
    return e - s == 2 and s > 0 and text[s - 1] == "与" and text.startswith(_PAIRINGS, e)
