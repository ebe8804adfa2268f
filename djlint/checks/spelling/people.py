"""People's names in running text: the titles and posts a name follows, what the person is (党员, 村民, 研究员) and what a
report writes after a name (表示, 介绍, 主持), and lists of names closed by 三名同志 or 等同志 (see names.in_a_name)."""
from __future__ import annotations

from ...util import rx
from ...util.zh import BLANK_CHARS, NUMERAL_CHARS
from .evidence import FUNCTION_CHARS
from .index import HAN, Index

#: titles a name follows in reports (书记林一凡, 会计史玉): after one, two or three characters are a name
TITLES = frozenset("""书记 副书记 主任 副主任 局长 副局长 处长 副处长 科长 副科长 部长 副部长 厅长 副厅长 院长 副院长
    校长 副校长 所长 站长 队长 组长 副组长 社长 行长 县长 副县长 市长 副市长 省长 区长 副区长 镇长 副镇长 乡长 村长
    主席 副主席 委员 常委 经理 总经理 副经理 董事长 会计 出纳 同志 秘书长 主管 专员 干事 代表 老师 教授 主委
    纪委书记 支书 党委书记 总支书记 支部书记 组织委员 宣传委员 纪检委员""".split())


class _Words:
    """A set of words and their lengths: whether one of them starts or ends at a position of a text."""

    def __init__(self, words: frozenset) -> None:
        self.words = words
        self.lengths = sorted({len(w) for w in words})

    def start_at(self, text: str, p: int) -> bool:
        return any(text[p:p + n] in self.words for n in self.lengths)

    def end_at(self, text: str, p: int) -> bool:
        return any(text[p - n:p] in self.words for n in self.lengths if p - n >= 0)


_TITLE_WORDS = _Words(TITLES)


#: the posts and titles of editors, scholars and teachers a name stands between (主编某某某研究员, 副主编某某教授),
#: beside TITLES
_SCHOLARS = frozenset("""主编 副主编 总编 总编辑 副总编辑 执行主编 编辑 编审 研究员 副研究员 教授 副教授 讲师 博士 院士 馆员 学者""".split())
_POSTS_AND_TITLES = _Words(TITLES | _SCHOLARS)
#: posts a person's name follows besides TITLES (市残联党组书记、理事长某某上党课: published80)
_POSTS = _Words(TITLES | frozenset("理事长 副理事长 常务理事 理事 会长 副会长 监事长 馆长 副馆长 团长 政委 主任委员 副主任委员".split()))


#: people a report names by what they are before their name (党员某某, 村民某某, 获奖教师某某, 研究员某某), beside the posts
_PEOPLE = _Words(TITLES | _SCHOLARS | _POSTS.words | frozenset("""党员 老党员 预备党员 入党积极分子 群众 村民 居民 农户 户主 村医
    教师 老师 学生 职工 员工 工人 医生 护士 民警 辅警 法官 检察官 律师 乡贤 志愿者 网格员 劳动模范 劳模 退役军人 老兵 老人 校友
    队员 选手 运动员 企业家 负责人 创始人 技术员 讲解员 宣讲员 指导员 辅导员 班主任 成员 组员 联络员 秘书""".split()))
def name_chars(chars: str) -> bool:
    """Whether ``chars`` could be (part of) a person's name: Han characters, none of them a function word."""
    return all(HAN.match(c) and c not in FUNCTION_CHARS for c in chars)


#: what a report writes right after a person's name (某某表示, 某某介绍, 某某主持会议, 某某等同志)
_SAID_BY = ("表示", "说", "介绍", "指出", "强调", "主持", "讲话", "发言", "同志", "等同志", "等人", "出席", "作交流", "作表态", "作报告")


#: what opens a clause before a name that begins it (。钟某表示，; “钟某介绍：)
_CLAUSE_OPENS = frozenset("。！？；;，,：:“（(") | frozenset(BLANK_CHARS)
#: the verbs of saying a news sentence puts right after the name that opens it, and what follows them
_SPEAKS = ("表示", "介绍", "指出", "强调")
_AFTER_SPEAKING = frozenset("，,：:")
#: what only a person (or a unit, also a name) does right after the name that opens a clause (某某被评为优秀共产党员, 某某的事迹)
_HONOURED = ("被评为", "荣获", "获评", "当选为", "的事迹", "的先进事迹")


def _name_span(index: Index, text: str, s: int, e: int):
    """The spans of two or three characters holding the stretch that are shaped as a person's name: a surname
    first, then Han characters none of them a function word."""
    for p in (s, s - 1, s - 2):
        if p < 0 or p >= len(text) or text[p] not in index.surnames:
            continue
        for k in (2, 3):
            q = p + k
            if p <= s and e <= q <= len(text) and name_chars(text[p + 1:q]):
                yield p, q


#: what closes a list of people's names (某某、某某等同志参加; 某某、某某、某某三名同志)
_CLOSED_NAMES = rx.stdlib(r"等?(?:[0-9０-９" + NUMERAL_CHARS + r"两]+[名位人])?(?:同志|党员|代表|人)")


def _name_item(index: Index, text: str, p: int):
    """The end of a name-shaped item of two or three characters at ``p`` that is no word and is closed by 、 or
    what closes a list of names, else None."""
    if p >= len(text) or text[p] not in index.surnames:
        return None
    for k in (2, 3):
        q = p + k
        body = text[p + 1:q]
        if q <= len(text) and len(body) == k - 1 and name_chars(body) \
                and not index.knows(text[p:q]) and (text[q:q + 1] == "、" or _CLOSED_NAMES.match(text, q)):
            return q
    return None


def _item_ending_at(index: Index, text: str, end: int):
    """The start of a name item (_name_item) that ends at ``end``, else None."""
    return next((end - k for k in (2, 3) if end - k >= 0 and _name_item(index, text, end - k) == end), None)


def in_a_closed_list_of_names(index: Index, text: str, s: int, e: int) -> bool:
    """The stretch lies in an item of a 、-list of two or more name-shaped items closed by what closes a list of
    people (某某地、覃某等同志参加; 某某、某某、何某三名同志): names, whatever their characters say."""
    for p, q in _name_span(index, text, s, e):
        if _name_item(index, text, p) != q:
            continue
        items, r = 1, q
        while text[r:r + 1] == "、" and (nxt := _name_item(index, text, r + 1)) is not None:
            items, r = items + 1, nxt
        b = p
        while b >= 3 and text[b - 1] == "、" and (prev := _item_ending_at(index, text, b - 1)) is not None:
            items, b = items + 1, prev
        if items >= 2 and text[r:r + 1] != "、" and _CLOSED_NAMES.match(text, r):
            return True
    return False


def name_in_a_frame(index: Index, text: str, s: int, e: int) -> bool:
    """The stretch lies in a name-shaped span (_name_span) framed as a person's name: after what the person is
    (党员崔某, 获奖教师冉某) or 据 (据瞿某介绍), and before what a report writes after a name (表示, 介绍, 主持,
    等同志) or the next person of a list (乡贤景某、乡贤尤某某); or opening a clause before 表示/介绍/指出/强调 and
    its comma or colon (钟某表示，……) or before 被评为/荣获/的事迹 (佟某被评为……).  The same characters outside such a frame (党员干部崔川表示 has no name after 党员) are still weighed."""
    for p, q in _name_span(index, text, s, e):
        framed_before = _PEOPLE.end_at(text, p) or text[p - 1:p] == "据"
        if framed_before and (text.startswith(_SAID_BY, q) or text[q:q + 1] == "、" and _PEOPLE.start_at(text, q + 1)):
            return True
        opens = p == 0 or text[p - 1] in _CLAUSE_OPENS
        if opens and (text.startswith(_SPEAKS, q) and text[q + 2:q + 3] in _AFTER_SPEAKING or text.startswith(_HONOURED, q)):
            return True  # 钟某表示，……; 关某的事迹: a sentence that opens with a name and what the person says or earned
    return False


#: what closes a name a post stands before (成员郭丹薇，……; 联络员张高峻、组员刘岩): a list's or a clause's mark
_CLOSES_A_NAME = frozenset("、，,；;。：:")


def surname_after_post(index: Index, text: str, e: int, at: int) -> bool:
    """The slip falls on a surname right after a post or what a person is, the stretch ends there, and a name of two
    or three characters opening with it is closed by a list's or a clause's mark or by what is written after a name
    (主题教育办成员郭丹薇，管理处班子成员参加会议 is not 成员国): a post and the name after it, not a word run from the
    post into the surname.  A stretch that runs on past the surname (党员甘部，: 干部) is still weighed."""
    if e != at + 1 or at >= len(text) or text[at] not in index.surnames or not _PEOPLE.end_at(text, at):
        return False
    for q in (at + 2, at + 3):
        if q <= len(text) and name_chars(text[at + 1:q]) and (
                q == len(text) or text[q] in _CLOSES_A_NAME or text.startswith(_SAID_BY, q)):
            return True
    return False
