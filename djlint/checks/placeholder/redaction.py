"""DJ206: a mark that ate part of a word (**形态 for 意识形态, D中央, 中*国*共产*党, ***等人 in a history)."""
from __future__ import annotations

import regex as re

from ...document.dating import NARRATION_BEFORE
from ...engine import Finding, Rule
from ...util import rx
from ...util.trie import trie_pattern
from ...util.zh import NUMERAL_CHARS

# Over-redaction: a placeholder that ate part of a word (**形态 for 意识形态).
REDACTION_WORDS = (
    "习近平", "总书记", "习近平总书记", "党中央", "中国共产党", "社会主义", "意识形态", "疫情防控",
    "全面从严治党", "党风廉政建设", "中央八项规定", "新时代", "中国特色社会主义", "马克思主义", "共产党员",
    "民主生活会", "组织生活会", "巡视整改", "主题教育", "党史学习教育", "纪律处分", "维吾尔", "自治区",
    "两个维护", "两个确立", "四个意识", "四个自信", "党支部", "党委书记", "纪委书记", "基层党组织",
    "中国共产主义青年团", "国家主权",
)
#: organisations whose units are named "<place>+the organisation's name" (XX青年团支部): a unit word after the name
#: says the mark is the unit's blank
_ORGANISATIONS = frozenset({"中国共产主义青年团"})
#: the words a mark may be typed *between* the characters of (中*国*共产*党, 习*近平, 社*会主义) to slip past a
#: site's filter: the words above of three characters or more, the leaders' names and the Party's names
INTERLEAVED_WORDS = tuple(w for w in REDACTION_WORDS if len(w) >= 3) + (
    "共产党", "共产主义", "毛泽东", "周恩来", "刘少奇", "邓小平", "江泽民", "胡锦涛", "中华人民共和国", "共青团")
#: words whose *start* is distinctive enough that "head + mark" means the rest was masked
HEAD_WORDS = ("习近平", "习近平总书记", "中国共产党", "马克思主义", "意识形态", "疫情防控", "全面从严治党",
              "党风廉政建设", "中央八项规定", "维吾尔")


#: tails that are words of their own and follow a name's blank as often as a masked head (平安XX、法治XX建设, 六个XX建设目标:
#: the county's name to fill in, dev-prec425, dev-prec441): a mark before them is told by DJ201, not read as 党风廉政建设
_FREE_TAILS = frozenset({"建设"})

#: words whose start alone says what a mark after it ate (中央人民*** for 中央人民政府); not in REDACTION_WORDS,
#: whose tails are searched too (XX人民政府 is a county's name left to fill in)
HEAD_ONLY_WORDS = ("中央人民政府", "中华人民共和国")

#: a mark in a sentence that narrates history (1927年的“八一”南昌起义打响了*枪; 1982年9月……与____展开讨论;
#: 1922年6月，***等人在巴黎组建……): what stood there is a fact of record, a name or a word a 范文 site masked,
#: not a blank of a template.  The year is one before 1990 written in full; a curriculum vitae (***，1968年9月生,
#: 1985年参加工作) and a unit or a place left to fill in (1949年以来，XX县……) are templates and left to DJ201/DJ203
_HISTORY_MARK = rx.regex(r"[*＊]{1,8}|×{1,6}|(?<![A-Za-z])[xXＸｘ]{2,4}(?![A-Za-z])|[_＿]{3,}")
_HISTORY_YEAR = rx.regex(r"(?<![0-9])(1[89][0-9]{2})年(?!代)")
_CV_WORDS = rx.regex(r"出生|生于|年生|[0-9]月生|参加工作|入党|籍贯|民族|学历|学位|毕业|任职|担任|调入|调任|就读|简历|"
                     r"男，|女，|[，,、]男|[，,、]女")
#: after the mark, a place, a unit or a measure: the blank of a name or a figure to fill in (XX县, **公里)
_BLANK_UNIT_AFTER = rx.regex(r"[省市县区镇乡村州盟旗]|街道|社区|公司|集团|单位|部门|学校|医院|[局厂所院校处科室站]"
                             r"|支部|总支|党委|党组|党工委|工委|委员会|书记|机关|办公室|[年月日号万亿千百元名个项次户座条台辆吨米]"
                             r"|公里|公顷|平方|亩|人(?!民)|余|多|%|％")
_SENTENCE_ENDS = "。！？；!?;\n"


def _history_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] narrates a year before 1990 and is no CV."""
    a = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    b = min(ends) if ends else len(text)
    years = [int(y) for y in _HISTORY_YEAR.findall(text, a, b)]
    return bool(years) and all(1840 <= y < NARRATION_BEFORE for y in years) and not _CV_WORDS.search(text, a, b)


#: a unit word after a mark: the mark stands for the unit's name (XX支部, **党委), not a masked syllable
_UNIT_AFTER = rx.regex(r"支部|总支|党委|党组|党工委|工委|委员会|书记|机关|办公室|同志")
#: a company's word after the mark that follows a word's head (中国XX集团XX有限公司): a firm's name left to fill in,
#: not 中国共产党 with its tail masked
_FIRM_AFTER = rx.regex(r"集团|公司|有限|股份|控股|银行")


#: a congress's or a plenum's ordinal masked or never filled in: 党的XX大报告, xx届四中全会, 党的**大精神
_MEETING_MASKED = rx.regex(r"党的(?:[*＊×]{1,4}|(?<![A-Za-z])[xXＸｘ]{1,3})大(?![A-Za-z])|党的以来|"
                           # one ordinal masked in a list of congresses: 十三大、十四大、xx大
                           rf"(?<=[十二][{NUMERAL_CHARS}]?大、)(?:[*＊×]{{1,4}}|(?<![A-Za-z])[xXＸｘ]{{1,3}})大(?![A-Za-z])|"
                           r"(?:[*＊×]{1,4}|(?<![A-Za-z])[xXＸｘ]{1,3})大(?=、(?:二十|十)[一二三四五六七八九]?大)|"
                           r"(?<![A-Za-z])(?:[*＊×]{1,4}|[xXＸｘ]{1,3})届(?:[一二三四五六七八九]中全会|中央委员会|中央纪委)")


#: a title masked where only 主席 reads (a word filter's 主席): 副* after a body whose deputies are 副主席
#: (政协副*, 民革中央副*), the 国家/中央军委 of the state titles before a leader's name or the other title
_ORGS_WITH_CHAIR = r"政协|政協|民革中央|民盟中央|民建中央|民进中央|民進中央|农工党中央|農工黨中央|致公党中央|致公黨中央|" \
                   r"九三学社中央|九三學社中央|台盟中央|工商联|工商聯|国家|國家|中央军委|中央軍委"
_TITLE_MASKED = rx.regex(rf"(?<=(?:{_ORGS_WITH_CHAIR})副)[*＊]{{1,3}}(?![*＊])|"
                         r"(?<=国家|國家|中央军委|中央軍委)[*＊]{1,3}(?![*＊])(?=、(?:中央军委|中央軍委|中央[*＊])|习近平|習近平)")

_TITLE_HINTS = ("副*", "副＊", "家*", "家＊", "委*", "委＊")


def _masked_titles(p, text: str):
    """A title masked where only 主席 reads (政协副*, 国家***习近平): the title in the message."""
    if not any(h in text for h in _TITLE_HINTS):
        return
    for m in _TITLE_MASKED.finditer(text):
        before = next(w for w in ("副", "国家", "國家", "中央军委", "中央軍委") if text.endswith(w, 0, m.start()))
        start = m.start() - len(before)
        yield Finding(p, start, m.end(), f"职务被打码：“{p.text[start:m.end()]}”应为“{before}主席”，请恢复原文", None, False)


class OverRedaction(Rule):
    """占位或打码吃掉了词语的一部分（**形态、**情防控、D中央）

    ## 检查内容
    找出 * 或 x 连着半个词的情况：“**形态”（意识形态）、“**情防控”（疫情防控）、“***总书记”，
    职务被打码的（“政协副*”“民革中央副*”是副主席，“国家***习近平”是国家主席），
    会议的届次被打码或没有填写（“党的XX大报告”“xx届四中全会”“十三大、十四大、xx大”），
    打码符号插在词语的字中间（“中*国*共产*党”），“中央人民***”（中央人民政府），
    叙述1990年以前史实的句子里的星号、X 和下划线（“1921年7月，***等人在上海出席了……”：史实里的人名、词语
    被打码，不是模板留空；个人简历“***，男，1968年9月生”和“XX县”“**公里”这样的留空不报），
    以及代替“党”的拉丁字母 D（“D中央”“全D”“中国共产D人”；“3D”“D级”不报）和代替词语的拼音首字母
    （“ZT教育”“中国GCD”：只在词语其余的字紧挨着时才这样读）。“建设”前的留空（“平安XX、法治XX建设”）是地名
    没有填写，由 DJ201 报告，不当作“党风廉政建设”被打码。
    这常是从网上复制范文时，网站把敏感词打成了星号。提法里的领导人姓名被删或打码另由 DJ207 报告，
    并给出完整的提法。

    ## 为什么
    半个词被打码，读者猜不出原文，领导人姓名、重要提法被打码更是严重错误。

    ## 依据
    范文网站敏感词打码造成的残缺文字（常见于复制来的讲话稿、报告）。
    """

    code = "DJ206"
    name = "over-redaction"
    severity = "error"
    source = "范文网站敏感词打码残留；GB/T 9704-2012 第 5 章"
    supersedes = ("DJ201", "DJ203")
    #: a mark (*, ＊, x, X, ×) or the D that stands for 党: every match of _after, _before and _PARTY_D holds one
    #: Z, d: the pinyin initials (ZT教育, 中国GCD, gcd); found by the engine's one literal scan
    prefilter_words = (*"*＊xX×DdZz_＿", "党的以来")

    def _in_history(self, p, text):
        """Marks in a sentence that narrates a year before 1990: a name or a word masked, not a blank."""
        for m in _HISTORY_MARK.finditer(text):
            if _BLANK_UNIT_AFTER.match(text, m.end()) or not _history_sentence(text, m.start(), m.end()):
                continue
            before = text[max(0, m.start() - 1):m.start()]
            if before and not ("\u4e00" <= before <= "\u9fff" or before in "，、：“‘（(《 "):
                continue  # after a digit or a Latin letter: a footnote's star, a code
            yield Finding(p, m.start(), m.end(), f"历史叙述中的“{m.group()}”疑为打码删去的人名或词语（史实不留空），"
                                                 "请恢复原文")

    def __init__(self):
        fragments: dict[str, str] = {}
        for word in REDACTION_WORDS:
            for k in range(1, len(word)):
                tail = word[k:]
                if len(tail) >= 2 and tail not in _FREE_TAILS:
                    fragments.setdefault("T" + tail, word)
                head = word[:k]
                if len(head) >= 2 and word in HEAD_WORDS:
                    fragments.setdefault("H" + head, word)
        for word in HEAD_ONLY_WORDS:
            for k in range(3, len(word)):
                fragments.setdefault("H" + word[:k], word)
        self._tails = {k[1:]: v for k, v in fragments.items() if k[0] == "T"}
        self._heads = {k[1:]: v for k, v in fragments.items() if k[0] == "H"}
        tails = "|".join(sorted(map(re.escape, self._tails), key=len, reverse=True))
        heads = "|".join(sorted(map(re.escape, self._heads), key=len, reverse=True))
        mark = r"(?:[*＊]{1,8}|(?<![A-Za-z])[xX]{1,4}|×{1,6})"
        self._after = rx.regex(rf"({mark})(?=({tails}))")
        self._before = rx.regex(rf"(?<=({heads}))({mark})(?![A-Za-z])")

    def _heads_masked(self, p, text):
        """A mark after a word's head (中央人民***, 中国**): the word's tail masked."""
        for m in self._before.finditer(text):
            if _FIRM_AFTER.match(text, m.end()) or _BLANK_UNIT_AFTER.match(text, m.end()):
                continue  # 中国XX集团, 中央xx元: a firm's name or a figure to fill in (DJ201)
            word = self._heads[m.group(1)]
            yield Finding(p, m.start(), m.end(), f"“{m.group(1)}{m.group(2)}”疑为打码吃掉了“{word}”的一部分，请恢复原文")

    def check_paragraph(self, p, ctx):
        text = p.text
        for m in self._after.finditer(text):
            if _UNIT_AFTER.match(text, m.end()) or _whole_word_after(text, m.end(), m.group(2)):
                continue  # XX支部、**党委：a unit's name left to fill in (DJ201), nothing masked; so before a whole word
            word = self._tails[m.group(2)]
            if word in _ORGANISATIONS and _UNIT_AFTER.match(text, m.end() + len(m.group(2))):
                continue  # XX青年团支部: a unit's name left to fill in before the organisation's own
            prefix = word[: len(word) - len(m.group(2))]
            if text[max(0, m.start() - len(prefix)):m.start()] == prefix:
                continue  # the word is whole around the mark
            yield Finding(p, m.start(), m.end(), f"“{m.group(1)}{m.group(2)}”疑为打码吃掉了“{word}”的一部分，请恢复原文")
        yield from self._heads_masked(p, text)
        for m in _PARTY_D.finditer(text):
            yield Finding(p, m.start(), m.end(), "“D”疑为打码的“党”，请恢复原文", "党", False)
        for m in (_PARTY_STAR.finditer(text) if "*" in text or "＊" in text else ()):
            yield Finding(p, m.start(), m.end(), f"“{m.group()}”疑为打码的“党”，请恢复原文", "党", False)
        for m in (_INTERLEAVED.finditer(text) if ("*" in text or "＊" in text or "×" in text) else ()):
            chars = [c for c in m.group() if c not in _INTERLEAVE_MARKS]
            plain = "".join(chars)
            # where each kept character stands in the match, to tell whether a mark falls inside a word
            at = [i for i, c in enumerate(m.group()) if c not in _INTERLEAVE_MARKS]
            k = 0
            while k < len(plain):
                found = _INTERLEAVED_WORD.match(plain, k)
                if found is None:
                    k += 1
                    continue
                word = found.group()
                a, b = at[k], at[k + len(word) - 1] + 1
                if b - a > len(word):  # a mark between two of its characters
                    said = m.group()[a:b]
                    yield Finding(p, m.start() + a, m.start() + b,
                                  f"“{said}”中间插了打码符号，应为“{word}”，请恢复原文", word, False)
                k += len(word)
        if _HISTORY_YEAR.search(text):
            yield from self._in_history(p, text)
        yield from _masked_titles(p, text)
        for m in _MEETING_MASKED.finditer(text):
            yield Finding(p, m.start(), m.end(), f"会议的届次被打码或没有填写：“{m.group()}”，请写明届次（如“党的二十大”“二十届三中全会”）")
        for m in _INITIALS.finditer(text):
            masked, word = next(v for k, v in _INITIAL_WORDS.items() if m.group(k) is not None)
            yield Finding(p, m.start(), m.end(), f"“{m.group()}”疑为打码的“{masked}”（用拼音首字母代替，原文应为“{word}”），"
                          "请恢复原文", masked, False)


def _whole_word_after(text: str, at: int, tail: str) -> bool:
    """Whether a whole word of REDACTION_WORDS longer than the matched ``tail`` follows the mark (*意识形态工作
    领导小组: the blank stands for the unit's name, and 意识形态 is whole; not 四个意识 with 四个 masked)."""
    return any(len(w) > len(tail) and text.startswith(w, at) for w in REDACTION_WORDS)


#: a word a 范文 site wrote as its pinyin initials (ZT教育 for 主题教育, 中国GCD for 中国共产党): the
#: letters are only read so where the rest of the word stands beside them; group → (letters' word, whole word)
_INITIAL_WORDS = {"zt": ("主题", "主题教育"), "gcd": ("共产党", "中国共产党"), "cd": ("产党", "中国共产党"),
                  "gcdy": ("共产党", "共产党员"), "dzy": ("党中央", "党中央")}
_INITIALS = rx.regex(
    r"(?<![A-Za-z])(?:(?P<zt>(?:ZT|zt)(?=教育))|(?P<gcd>(?<=中国)(?:GCD|gcd))|(?P<cd>(?<=中国共)(?:CD|cd))|"
    r"(?P<gcdy>(?:GCD|gcd)(?=员))|(?P<dzy>(?<=\p{Han})(?:DZY|dzy)(?=\p{Han})))(?![A-Za-z])")


_INTERLEAVE_MARKS = "*＊×"
#: Han characters with single marks between them (中*国*共产*党): the stretches worth reading word by word.
#: A stretch starts where a run of Han characters does, and a run is taken whole (possessive: giving a character
#: back never lets a mark follow); written as Han (mark or Han)*, mark, Han … it was tried from every character of
#: a run with no mark after it, each try reading to the run's end and back (quadratic in the run)
_INTERLEAVED = rx.regex(r"(?<!\p{Han})\p{Han}++(?:[*＊×]{1,2}\p{Han}++)+")
#: the longest of the words that starts at a place (a trie: one match a character, not a test of each word)
_INTERLEAVED_WORD = rx.stdlib(trie_pattern(INTERLEAVED_WORDS))


#: 党 masked as a Latin D by a 范文 site (D中央, 全D, 中国共产D人, D的十八大以来)
_PARTY_D = rx.regex(r"(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?:D(?=中央|的[一二十领建全]|员|委|组织|建|风|纪|性|章|史|课|支部|内|政|旗|徽|费|和国家|和人民)"
                    r"|(?<=共产|全|入|建|爱|管|治|兴|强|从严治|中国共产)D)(?![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])")

#: 党 masked as one star where only 党 reads (*的二十大, *的领导, *员干部; *中央 and 中国共产* are masked
#: fragments of REDACTION_WORDS above); ** and XX are blanks for a unit's name (DJ201), a star after a Latin
#: letter or a digit a footnote mark
_PARTY_STAR = rx.regex(r"(?<![*＊A-Za-z0-9０-９])[*＊](?![*＊])(?=的(?:十[六七八九]|二十)大|的(?:全面)?领导|的建设|的创新理论|章党规|员干部)")
