"""DJ2xx placeholder rules written in Python (the simple x/XX/*/×/○/□ forms are DJ201 in rules/placeholder)."""
from __future__ import annotations

import regex as re

from ..document.dating import NARRATION_BEFORE
from ..engine import Finding, Rule
from ..util import rx
from ..util.trie import trie_pattern
from ..util.zh import BLANK, NUMERAL_CHARS

_SRC = "公文定稿要求：GB/T 9704-2012 第 5 章（公文内容须完整、准确）；范文模板常见占位写法"


class FillInBlank(Rule):
    """留空待填的位置（下划线、空括号、空的年份括号）

    ## 检查内容
    找出连续三个以上的下划线（___、＿＿＿）、只含空格的括号（（ ）、【 】、[ ]）和空的六角括号
    （〔〕，常见于文号年份没有填写）。

    ## 为什么
    这些是模板里留给起草人填写的位置，留空就报出去，说明报告没有写完。

    ## 依据
    GB/T 9704-2012 第 5 章、7.2.4（发文字号年份用六角括号）。
    """

    code = "DJ203"
    name = "fill-in-blank"
    severity = "error"
    source = _SRC + "；GB/T 9704-2012 7.2.4"
    _pattern = rx.regex(r"(?<![A-Za-z0-9])[_＿]{3,}|[（(【\[]" + BLANK + r"*[）)】\]]|〔" + BLANK + "*〕")
    #: the pattern without its lookbehind: an underscore, or a bracket with only blanks inside, a pattern per
    #: opening bracket (a literal the search jumps to; a class of the five was tried at every character)
    prefilter = (rx.stdlib("_"), rx.stdlib("＿"), *(rx.stdlib(re.escape(c) + BLANK + r"*[）)】\]〕]") for c in "（(【[〔"))

    def check_paragraph(self, p, ctx):
        for m in self._pattern.finditer(p.text):
            yield Finding(p, m.start(), m.end(), f"留空待填的位置“{m.group()}”，请填写实际内容")


#: the last character of a date or a time (10月中下旬（待定）, 下午3点（待定）)
_WHEN_ENDS = frozenset("年月日旬时点分周天期")


class TemplateInstruction(Rule):
    """模板里的填写说明和待办标记（【填写单位名称】、此处填写、待补充、TODO）

    ## 检查内容
    找出括号里的填写说明（【填写单位名称】、[此处填写数据]、（此处插入图表））、“待补充”“待完善”
    “待核实”和 TODO、TBD 等待办标记。在 .docx 中，被高亮的说明文字同样报告。通知里请收文单位
    填写的附件（“（填写附件1）”）、日期时间后面的“（待定）”（“拟于10月中下旬（待定）举行”：时间还没定，是通知的内容）、写着具体日期的括号
    （“填写申请表（9月1日—9月10日）”：通知的时间安排）不报。

    ## 为什么
    这些是给起草人看的提示，不是报告内容，留在稿子里说明还没有改完。

    ## 依据
    GB/T 9704-2012 第 5 章；范文模板的说明性文字。
    """

    code = "DJ204"
    name = "template-instruction"
    severity = "error"
    source = _SRC
    _bracketed = rx.regex(r"[【\[（(〔<《][^】\]）)〕>》]{0,30}?(?:填写|填入|插入|替换|补充|此处|请输入|单位名称|姓名|待定)"
                            r"[^】\]）)〕>》]{0,30}[】\]）)〕>》]")
    #: a form attached to a notice (填写附件1, 填报附表2): what the readers fill in, not a blank of the draft
    _attachment = rx.regex(r"(?:附件|附表)" + BLANK + r"*[0-9０-９" + NUMERAL_CHARS + "]")
    #: a date in the brackets (（2008年9月1日—9月10日，新生……填写时间为……）): the notice's timetable, not a note to the drafter
    _dated = rx.regex(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
    _todo = rx.regex(r"待补充|待完善|待核实|待更新|待填写|待确认|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])")
    #: a keyword every match of _bracketed or _todo holds
    prefilter_words = ("填写", "填入", "插入", "替换", "补充", "此处", "请输入", "单位名称", "姓名", "待定", "待完善", "待核实",
                       "待更新", "待确认", "TODO", "TBD", "FIXME")

    def check_paragraph(self, p, ctx):
        seen = []
        for m in self._bracketed.finditer(p.text):
            inner = m.group()[1:-1]
            if "《" in m.group()[:1] and "填写" not in inner and "此处" not in inner:
                continue
            if self._attachment.search(inner) or self._dated.search(inner) or (
                    inner == "待定" and p.text[m.start() - 1:m.start()] in _WHEN_ENDS):
                # 报区政府督查室（填写附件1）: a notice telling its readers which form to fill in;
                # 拟于10月中下旬（待定）举行: a date not yet fixed is the notice's content
                continue
            seen.append(m.span())
            yield Finding(p, m.start(), m.end(), f"模板的填写说明“{m.group()}”，请换成实际内容")
        for m in self._todo.finditer(p.text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            yield Finding(p, m.start(), m.end(), f"待办标记“{m.group()}”，请补全内容后删除")


class HighlightedPlaceholder(Rule):
    """Word 中被高亮的待填内容（占位、说明或待核实的文字）

    ## 检查内容
    .docx 中被高亮（突出显示）的文字，如果看起来是占位或说明（含 X、*、填写、待、核实、括号等），
    报告为待填内容。起草人常用黄色高亮标出“这里还要改”。

    ## 为什么
    高亮本身就是“未定稿”的标记，报告上报前应当改好并取消高亮。

    ## 依据
    GB/T 9704-2012 第 5 章；起草中以高亮标记待改内容的习惯做法。
    """

    code = "DJ205"
    name = "highlighted-placeholder"
    inputs = ("docx",)
    severity = "warning"
    source = _SRC
    parts = ("body", "header", "footer", "footnote", "endnote", "textbox")
    _signal = rx.regex(r"[xX×*＊○□_＿]|填写|待|核实|确认|补充|此处|单位|姓名|数据|[【\[（(]")

    def check_paragraph(self, p, ctx):
        for s, e in p.highlights:
            text = p.text[s:e]
            if text.strip() and self._signal.search(text):
                yield Finding(p, s, e, f"高亮的待填内容“{text.strip()[:20]}”，请改好并取消高亮")


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
    （“ZT教育”“中国GCD”：只在词语其余的字紧挨着时才这样读）。
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
                if len(tail) >= 2:
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
        for m in self._before.finditer(text):
            word = self._heads[m.group(1)]
            yield Finding(p, m.start(), m.end(), f"“{m.group(1)}{m.group(2)}”疑为打码吃掉了“{word}”的一部分，请恢复原文")
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
#: Han characters with single marks between them (中*国*共产*党): the stretches worth reading word by word
_INTERLEAVED = rx.regex(r"\p{Han}(?:[*＊×]{1,2}(?=\p{Han})|\p{Han})*[*＊×]{1,2}\p{Han}(?:[*＊×]{1,2}(?=\p{Han})|\p{Han})*")
#: the longest of the words that starts at a place (a trie: one match a character, not a test of each word)
_INTERLEAVED_WORD = rx.stdlib(trie_pattern(INTERLEAVED_WORDS))


#: 党 masked as a Latin D by a 范文 site (D中央, 全D, 中国共产D人, D的十八大以来)
_PARTY_D = rx.regex(r"(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?:D(?=中央|的[一二十领建全]|员|委|组织|建|风|纪|性|章|史|课|支部|内|政|旗|徽|费|和国家|和人民)"
                    r"|(?<=共产|全|入|建|爱|管|治|兴|强|从严治|中国共产)D)(?![A-Za-z0-9０-９Ａ-Ｚａ-ｚ])")

#: 党 masked as one star where only 党 reads (*的二十大, *的领导, *员干部; *中央 and 中国共产* are masked
#: fragments of REDACTION_WORDS above); ** and XX are blanks for a unit's name (DJ201), a star after a Latin
#: letter or a digit a footnote mark
_PARTY_STAR = rx.regex(r"(?<![*＊A-Za-z0-9０-９])[*＊](?![*＊])(?=的(?:十[六七八九]|二十)大|的(?:全面)?领导|的建设|的创新理论|章党规|员干部)")

# A leader's name taken out of a set formulation (以同志为核心, ***新时代中国特色社会主义思想, 总书记关于……的重要思想)
_MARK = r"(?:[*＊×✕○□●■·•]{1,8}|(?<![A-Za-z])[xXＸｘ]{1,4}(?![A-Za-z]))"
#: a mark inside a name: the stars and crosses above, hyphens and dashes (邓--理论), question marks
_IN_NAME = r"(?:[*＊×✕○□●■·•?？]{1,8}|(?<![A-Za-z])[xXＸｘ]{1,4}(?![A-Za-z])|-{1,4}|－{1,4}|—{1,2}|…{1,2})"
#: leaders' names and the theories named after them: a mark inside one (邓--理论, 毛**思想, 习*平) leaves a
#: stretch no other word has (the name's surname and the rest of the theory around the mark)
NAMED_THEORIES = ("习近平新时代中国特色社会主义思想", "马克思列宁主义", "毛泽东思想", "邓小平理论", "毛泽东同志",
                  "邓小平同志", "江泽民同志", "胡锦涛同志", "习近平同志", "习近平总书记")


def _masked_names():
    """One pattern for every way of masking the middle of NAMED_THEORIES (the first and last
    character kept, or the surname and three characters of the theory), group k → the full word."""
    alts, full = [], []
    for word in NAMED_THEORIES:
        seen = set()
        for i in range(1, len(word)):
            for j in range(i + 1, len(word) + 1):
                before, after = word[:i], word[j:]
                if not after or len(before) + len(after) < 3 or j - i > max(2, len(word) // 3) or (before, after) in seen:
                    continue
                seen.add((before, after))
                alts.append(f"(?P<n{len(full)}>{re.escape(before)}{_IN_NAME}{re.escape(after)})")
                full.append(word)
    return rx.regex("|".join(alts)), full


_MASKED = None
_MARK_CHARS = frozenset("*＊×✕○□●■·•xXＸｘ")


def _bare_given_name(text: str) -> bool:
    """Whether 近平总书记 or 近平同志 stands in ``text`` after no Han character (习近平总书记 in full is
    the common case): what the pattern's second branch needs."""
    for word in ("近平总书记", "近平同志"):
        at = text.find(word)
        while at >= 0:
            if at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff":
                return True
            at = text.find(word, at + 1)
    return False


def _thought_after_a_cut(text: str) -> bool:
    """Whether 新时代中国特色社会主义思想 stands after a mark, 总书记(的) or a 近平 without 习 (the name in
    full, 习近平新时代……, is the common case): what the pattern needs."""
    at = text.find("新时代中国特色社会主义思想")
    while at >= 0:
        before = text[at - 1] if at else ""
        if before and (before in _MARK_CHARS or before in "记的"
                       or (text.startswith("近平", at - 2) and text[at - 3:at - 2] != "习")):
            return True
        at = text.find("新时代中国特色社会主义思想", at + 1)
    return False
_PARTY = r"[党D＊*×]"
#: the core formula's collectives by generation (以毛泽东同志为核心的党的第一代中央领导集体 …)
_GENERATION = {"一": "毛泽东", "二": "邓小平", "三": "江泽民"}
_NAMED = rx.regex(r"习近平(?:同志|总书记)?(?:作为|为|是)?$")
#: 同志 with no name before it, where a sentence tells what a leader said or led (在这次会议上，同志指出; 在同志领导下):
#: the name deleted by a word filter.  Only at a clause's start or after 在 (各位同志, 老同志, 党员同志们 have a word before)
_BARE_COMRADE = rx.regex(r"(?:(?<=^|[，。；：！？“])同志(?=指出|强调|曾指出|曾强调)|(?<=在)同志(?=的?领导下))")
#: one of _MARK's marks: what some of _REDACTED's patterns need in a paragraph before it is searched
_ANY_MARK = rx.stdlib(r"[*＊×✕○□●■·•xXＸｘ]")
#: (pattern, the full form, what every match needs in the paragraph: a test run before the search):
#: most paragraphs that name 总书记 or the thought hold no mark and none of the set words
_REDACTED = (
    # 以同志为核心的党中央, 以***同志为主要代表的中国共产党人, 以***为核心的党中央
    (rx.regex(rf"以({_MARK}?)(同志|总书记)为(核心|主要代表)|以{_MARK}为(核心|主要代表)(?=的)"),
     lambda m: f"以习近平同志为{m.group(3) or m.group(4)}", lambda t: "为核心" in t or "为主要代表" in t),
    # XJP: the name as its pinyin initials
    (rx.regex(r"(?<![A-Za-z])(?:(?<=\p{Han})(?:XJP|xjp)|(?:XJP|xjp)(?=\p{Han}))(?![A-Za-z])"), lambda m: "习近平",
     lambda t: "XJP" in t or "xjp" in t),
    # 习**平, 近平总书记 (the surname gone)
    (rx.regex(rf"习{_MARK}平|(?<![习\p{{Han}}])近平(?=总书记|同志)"),
     lambda m: "习近平", lambda t: _bare_given_name(t) or _ANY_MARK.search(t) is not None),
    # ***新时代中国特色社会主义思想, 总书记新时代中国特色社会主义思想
    (rx.regex(rf"(?:{_MARK}|(?<!习近平)总书记的?|(?<!习)近平)(?=新时代中国特色社会主义思想)"),
     lambda m: "习近平", lambda t: _thought_after_a_cut(t)),
    # ***总书记, *总*: the name masked before the title
    (rx.regex(rf"(?<![*＊×✕○□●■·•xXＸｘ]){_MARK}总书记|(?<![\p{{Han}}*＊×✕○□●■·•]){_MARK}总{_MARK}(?=\p{{Han}})"),
     lambda m: "习近平总书记", lambda t: _ANY_MARK.search(t) is not None),
    # 以核心的党中央, 以同志为的党中央, 以为核心的党中央: the name cut out with part of the formula
    (rx.regex(r"以(?:核心|同志为|同志|为核心)的(?=党中央)"), lambda m: "以习近平同志为核心的",
     lambda t: "的党中央" in t),
    # 以总书记同志为核心, 以习同志为核心, 以习总为核心: the name cut to its title or its surname
    (rx.regex(r"以(?:总书记同志|习同志|习总书记|习总)为(核心|主要代表)"), lambda m: f"以习近平同志为{m.group(1)}",
     lambda t: "为核心" in t or "为主要代表" in t),
    # 习新时代中国特色…思想, 《习谈治国理政》: only the surname left (not the 习 of 学习, 复习, 见习…)
    (rx.regex(r"(?<![学复练演见实补研自温预传讲修积恶陋旧惯])习(?=新时代中国特色)"), lambda m: "习近平",
     lambda t: "习新时代中国特色" in t),
    (rx.regex(r"(?<=《)习(?=谈)"), lambda m: "习近平", lambda t: "《习谈" in t),
    # 习总书记 (whatever follows: 习总书记曾强调, 习总书记到舟山考察), 习总关于……: the name cut short (official texts
    # write 习近平总书记 in full); not the 习 that ends 学习, 复习, 教习, 实习… (but 落实习总书记 is 落实 + the name)
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习总(?:书记(?!处)|(?=关于|指出|强调|说|在|的|重要|提出|要求|讲话|号召))"),
     lambda m: "习近平总书记", lambda t: "习总" in t),
    # ***思想为指导, 学习贯彻XXX思想: the thought's whole name masked
    (rx.regex(rf"(?<=以|贯彻|学习|坚持|践行|落实){_MARK}(?=思想)"), lambda m: "习近平新时代中国特色社会主义",
     lambda t: _ANY_MARK.search(t) is not None),
    # the communiqué's sentences with the name replaced by the title: 全会听取和讨论了总书记受中央政治局委托所作的
    # 工作报告；总书记就《决定（讨论稿）》向全会作了说明
    (rx.regex(r"(?<!习近平)(?<!胡锦涛)(?<!江泽民)(?<!中共中央)(?<!中央)总书记(?=受中央政治局委托|就《[^《》]{2,60}》向(?:全会|大会)|"
              rf"代表(?:第[十二][{NUMERAL_CHARS}]{{0,2}}届)?中央(?:委员会|政治局))"),
     lambda m: "习近平", lambda t: "总书记受中央政治局委托" in t or "总书记就《" in t or "总书记代表" in t),
    # 主席总书记: the name replaced by the other title (a 范文 site's substitution of 习近平), two titles and no name;
    # 副主席 and a title after a name (习近平主席) are not it
    (rx.regex(r"(?<!习近平)(?<![副\p{Latin}])(?<!国家)主席(?=总书记)"), lambda m: "习近平",
     lambda t: "主席总书记" in t),
    # 以重要领导为核心的党中央, 以领导为核心的党中央: the name's slot of the core formula holds a word that is no
    # leader's name (the names and the marks are the entries above and the lexicon's); the first three
    # generations' collectives keep their own names
    (rx.regex(r"以((?:(?!毛泽东|邓小平|江泽民|胡锦涛|习近平|为|以)[^，。；：、“”‘’《》\s*＊×✕○□●■·•xXＸｘ]){2,8})为(核心|主要代表)"
              r"(?=的(?:党中央|中共中央|(?:党的|中国共产党)?第([一二三])代中央领导集体|中国共产党人))"),
     lambda m: f"以{_GENERATION.get(m.group(3) or '', '习近平')}同志为{m.group(2)}",
     lambda t: "为核心的" in t or "为主要代表的" in t),
    # 贯彻落实习“……”的指示精神, 学习习关于……的重要论述: the name cut to its surname before a quotation or 关于
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习(?=“[^”]{4,}”的?(?:重要)?(?:指示|讲话|论述|要求)|关于)"),
     lambda m: "习近平总书记", lambda t: "习“" in t or "习关于" in t),
    # 贯彻习考察江西重要讲话精神: the name cut to its surname before the visit a speech is named by
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习(?=(?:考察|视察|来\p{Han}{1,4}考察|"
              r"到\p{Han}{1,6}考察)[^。；！？，]{0,16}?重要(?:讲话|指示))"),
     lambda m: "习近平总书记", lambda t: "习考察" in t or "习视察" in t or "习来" in t or "习到" in t),
    # 总书记关于……的重要思想/论述/指示精神/讲话精神: a thought's or an instruction's name without the name (the
    # bare title said in passing, 深刻领会总书记讲话精神, is left alone)
    # 总书记系列重要讲话精神 (学党章党规、学系列讲话 named without the name) likewise
    (rx.regex(r"(?<!习近平)(?<!习近平同志)(?<![锦涛泽民近平])总书记(?=关于[^。；！？“”]{1,40}的重要(?:思想|论述|指示|讲话|批示)|"
              r"的?系列重要讲话)"),
     lambda m: "习近平总书记", lambda t: "总书记关于" in t or "系列重要讲话" in t),
)
#: a mark beside a character of NAMED_THEORIES: the paragraphs worth the masked-name pattern
_NAME_CHARS = "".join(sorted(set("".join(NAMED_THEORIES))))
_IN_NAME_MARKS = r"[*＊×✕○□●■·•?？xXＸｘ\-－—…]"
_IN_NAME_MARK = rx.stdlib(_IN_NAME_MARKS)
_IN_NAME_HINT = rx.stdlib(rf"[{_NAME_CHARS}]{_IN_NAME_MARKS}|{_IN_NAME_MARKS}[{_NAME_CHARS}]")
#: the surname left before the mark (习**总书记), not the 习 of 学习
_HALF_NAME = rx.regex(r"(?:^|[^学复练演见实补研自温预])习$")
#: 党中央的核心、全党的核心 needs the name before it (习近平同志/总书记作为…)
_CORE = rx.regex(rf"{_PARTY}中央的核心、全{_PARTY}的核心")


class LeaderNameRemoved(Rule):
    """提法中的领导人姓名被删去或打码（以同志为核心、***新时代中国特色社会主义思想）

    ## 检查内容
    从网上复制的范文常把领导人的姓名删掉或打成星号、X、D，提法就残缺了：“以同志为核心的党中央”
    “以同志为主要代表的中国共产党人”“***新时代中国特色社会主义思想”“总书记新时代中国特色社会主义思想”
    “***总书记”“*总*”“学习贯彻总书记关于……的重要思想”“落实总书记关于……的重要指示精神”“总书记系列重要讲话精神”
    “作为D中央的核心、全D的核心”，只剩姓氏或
    简称的（“以习同志为核心”“习新时代中国特色社会主义思想”“《习谈治国理政》”“习总指出”“习总书记”），整个思想名称
    被打码的（“以XXX思想为指导”），公报句子里姓名换成了职务的（“总书记受中央政治局委托”“主席总书记首次提出”），以及领导人
    姓名和以姓名命名的理论中间被打码（“邓--理论”“毛**思想”“习*平”）、姓名写成拼音首字母（“XJP”）。
    这里给出完整的写法。只有“总书记”二字的口语说法（深刻领会总书记讲话精神）和前文写过“习近平总书记”后的承前省略不报。
    繁体字段落按简体核对（以習總書記為核心），只提示，不给修复。句首或“在”之后只剩“同志”的（在这次会议上，同志指出；
    在同志领导下），是姓名被删了，提示补上姓名（无法知道是哪位同志，不给修复）。
    词语被打码吃掉一部分（**形态）见 DJ206。

    ## 为什么
    领导人姓名被删、被打码，是严重的政治性差错；正式文稿中的提法必须完整。

    ## 修复说明
    给出完整的提法（需人工确认后替换）。

    ## 依据
    党的十八届六中全会公报（2016-10-27）；党的十九大通过的《中国共产党章程》（2017-10-24）；
    范文网站敏感词打码的残留。
    """

    code = "DJ207"
    name = "leader-name-removed"
    severity = "error"
    fix = "always"
    source = "党的十八届六中全会公报（2016-10-27）；《中国共产党章程》（2017-10-24 修改）；范文网站敏感词打码残留"
    supersedes = ("DJ201", "DJ206")
    #: every pattern above holds one of these words, or a mark that _IN_NAME_HINT needs (the marks a
    #: class of their own: a class in an alternation is tried at every character).  It used to end
    #: in an empty alternative, which matched every paragraph.  The words are what a match holds
    #: besides a mark (a pattern with a mark is found by the class): 总书记受/就/代表/关于/系列, not
    #: 总书记; 近平总书记/同志/新时代, not 近平 (习近平 in full stands in most paragraphs); no 思想
    prefilter = (rx.stdlib("XJP|xjp|习“|习关于|同志为|同志指出|同志强调|同志曾|同志领导|同志的领导|的党中央|总书记受|总书记就|"
                           "总书记代表|主席总书记|总书记关于|总书记系列|总书记的系列|总书记新时代|总书记的新时代|习总|"
                           "总[*＊×✕○□●■·•xXＸｘ]|为核心|为主要代表|近平新时代|习新时代|中央的核心、全|近平总书记|近平同志|《习|"
                           "习考察|习视察|习来|习到"),
                 rx.stdlib(_IN_NAME_MARKS))
    prefilter_scan = False  # 思想, 近平, 总书记: some 3,000 times in a MB of report prose

    def candidates(self, ctx):
        if self.prefilter is None:
            return None  # every paragraph
        from ..engine.literals import paragraphs_matching
        from .phrase.context import TRADITIONAL, merged
        # and the paragraphs in traditional script, read in simplified characters (以習總書記為核心), as DJ401 does
        return merged(paragraphs_matching(ctx, self.prefilter), ctx.doc.paragraphs_matching(TRADITIONAL))

    def check_paragraph(self, p, ctx):
        from .phrase.context import TRADITIONAL
        text = p.text
        traditional = TRADITIONAL.search(text) is not None
        if traditional:
            # matched in simplified characters, the same length, so the offsets are the paragraph's own; the
            # words are quoted as written and no fix is offered (the full form is given in simplified characters)
            from .hanzi import simplified
            text = simplified(text)
        taken: list[tuple[int, int]] = []
        yield from _redacted(ctx, p, text, traditional, taken)
        global _MASKED
        if _IN_NAME_MARK.search(text) and _IN_NAME_HINT.search(text):  # a mark first: one class, not two
            if _MASKED is None:
                _MASKED = _masked_names()
            pattern, full = _MASKED
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                right = full[int(m.lastgroup[1:])]
                yield Finding(p, m.start(), m.end(), f"领导人姓名被删去或打码：“{p.text[m.start():m.end()]}”应为“{right}”",
                              None if traditional else right, False)
        for m in (_BARE_COMRADE.finditer(text) if "同志" in text else ()):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            yield Finding(p, m.start(), m.end(), f"领导人姓名被删去：“{p.text[m.start():m.end()]}”前少了姓名，请补上是哪位同志",
                          None, False)
        for m in (_CORE.finditer(text) if "中央的核心、全" in text else ()):
            before = text[max(0, m.start() - 12):m.start()]
            if _NAMED.search(before) or before.endswith(("总书记", "总书记作为", "总书记为", "同志作为", "同志为")):
                continue
            lead = before[-2:] if before.endswith(("作为", "为是")) else ""
            right = f"习近平总书记{lead}党中央的核心、全党的核心"
            yield Finding(p, m.start() - len(lead), m.end(), f"领导人姓名被删去或打码：应为“{right}”",
                          None if traditional else right, False)


def _redacted(ctx, p, text: str, traditional: bool, taken: list):
    """The findings of the _REDACTED patterns; ``taken`` gets their spans."""
    for entry in _REDACTED:
        pattern, full = entry[:2]
        if len(entry) > 2 and not entry[2](text):
            continue  # what every match of it holds is not in the paragraph (an entry without a test: searched)
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            right, start = full(m), m.start()
            if m.group() == "总书记" and ("习近平总书记" in text[:start] or any(
                    "习近平总书记" in q.text for q in ctx.doc.paragraphs[:p.index])):
                continue  # 学习习近平总书记关于……, later 学习总书记关于……: a second mention may drop the name
            if right.startswith("习近平") and _HALF_NAME.match(text, max(0, start - 2), start):
                start -= 1  # 习**总书记: the surname stayed
            msg = (f"“{p.text[start:m.end()]}”是简称，正式文稿写全名：“{right}”" if text.startswith("习总", start) else
                   f"领导人姓名被删去或打码：“{p.text[start:m.end()]}”应为“{right}”")
            yield Finding(p, start, m.end(), msg, None if traditional else right, False)


RULES = (FillInBlank, TemplateInstruction, HighlightedPlaceholder, OverRedaction, LeaderNameRemoved)
