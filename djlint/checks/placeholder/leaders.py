"""DJ207: a leader's name taken out of a set formulation (以同志为核心, ***新时代中国特色社会主义思想)."""
from __future__ import annotations

import regex as re

from ...engine import Finding, Rule
from ...engine.literals import paragraphs_matching
from ...util import rx
from ...util.zh import BLANK, BLANK_CHARS, NUMERAL_CHARS
from ..hanzi import simplified
from ..phrase.context import has_traditional, merged, traditional_hint_paragraphs

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
            if (at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff") and not text[:at].rstrip(BLANK_CHARS).endswith("习"):
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
#: (pattern, the full form, what every match needs in the paragraph: a test of the text and of what
#: :func:`_redacted` asked once for all of them, ``(a mark of _ANY_MARK, 为核心 or 为主要代表)``, run before
#: the search): most paragraphs that name 总书记 or the thought hold no mark and none of the set words
_REDACTED = (
    # 以同志为核心的党中央, 以***同志为主要代表的中国共产党人, 以***为核心的党中央
    (rx.regex(rf"以({_MARK}?)(同志|总书记)为(核心|主要代表)|以{_MARK}为(核心|主要代表)(?=的)"),
     lambda m: f"以习近平同志为{m.group(3) or m.group(4)}", lambda t, f: f[1]),
    # XJP: the name as its pinyin initials
    (rx.regex(r"(?<![A-Za-z])(?:(?<=\p{Han})(?:XJP|xjp)|(?:XJP|xjp)(?=\p{Han}))(?![A-Za-z])"), lambda m: "习近平",
     lambda t, f: "XJP" in t or "xjp" in t),
    # 习**平, 近平总书记 (the surname gone)
    # (习 近平同志: the name split by a blank, as a PDF copy leaves it, is whole; DJ512 reports the blank)
    (rx.regex(rf"习{_MARK}平|(?<![习\p{{Han}}])(?<!习{BLANK}{{1,3}})近平(?=总书记|同志)"),
     lambda m: "习近平", lambda t, f: f[0] or _bare_given_name(t)),
    # ***新时代中国特色社会主义思想, 总书记新时代中国特色社会主义思想
    (rx.regex(rf"(?:{_MARK}|(?<!习近平)总书记的?|(?<!习)近平)(?=新时代中国特色社会主义思想)"),
     lambda m: "习近平", lambda t, f: _thought_after_a_cut(t)),
    # ***总书记, *总*: the name masked before the title
    (rx.regex(rf"(?<![*＊×✕○□●■·•xXＸｘ]){_MARK}总书记|(?<![\p{{Han}}*＊×✕○□●■·•]){_MARK}总{_MARK}(?=\p{{Han}})"),
     lambda m: "习近平总书记", lambda t, f: f[0]),
    # 以核心的党中央, 以同志为的党中央, 以为核心的党中央: the name cut out with part of the formula
    (rx.regex(r"以(?:核心|同志为|同志|为核心)的(?=党中央)"), lambda m: "以习近平同志为核心的",
     lambda t, f: "的党中央" in t),
    # 以总书记同志为核心, 以习同志为核心, 以习总为核心: the name cut to its title or its surname
    (rx.regex(r"以(?:总书记同志|习同志|习总书记|习总)为(核心|主要代表)"), lambda m: f"以习近平同志为{m.group(1)}",
     lambda t, f: f[1]),
    # 习新时代中国特色…思想, 《习谈治国理政》: only the surname left (not the 习 of 学习, 复习, 见习…)
    (rx.regex(r"(?<![学复练演见实补研自温预传讲修积恶陋旧惯])习(?=新时代中国特色)"), lambda m: "习近平",
     lambda t, f: "习新时代中国特色" in t),
    (rx.regex(r"(?<=《)习(?=谈)"), lambda m: "习近平", lambda t, f: "《习谈" in t),
    # 习总书记 (whatever follows: 习总书记曾强调, 习总书记到舟山考察), 习总关于……: the name cut short (official texts
    # write 习近平总书记 in full); not the 习 that ends 学习, 复习, 教习, 实习… (but 落实习总书记 is 落实 + the name)
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习总(?:书记(?!处)|(?=关于|指出|强调|说|在|的|重要|提出|要求|讲话|号召))"),
     lambda m: "习近平总书记", lambda t, f: "习总" in t),
    # ***思想为指导, 学习贯彻XXX思想: the thought's whole name masked
    (rx.regex(rf"(?<=以|贯彻|学习|坚持|践行|落实){_MARK}(?=思想)"), lambda m: "习近平新时代中国特色社会主义",
     lambda t, f: f[0]),
    # the communiqué's sentences with the name replaced by the title: 全会听取和讨论了总书记受中央政治局委托所作的
    # 工作报告；总书记就《决定（讨论稿）》向全会作了说明
    (rx.regex(r"(?<!习近平)(?<!胡锦涛)(?<!江泽民)(?<!中共中央)(?<!中央)总书记(?=受中央政治局委托|就《[^《》]{2,60}》向(?:全会|大会)|"
              rf"代表(?:第[十二][{NUMERAL_CHARS}]{{0,2}}届)?中央(?:委员会|政治局))"),
     lambda m: "习近平", lambda t, f: "总书记受中央政治局委托" in t or "总书记就《" in t or "总书记代表" in t),
    # 主席总书记: the name replaced by the other title (a 范文 site's substitution of 习近平), two titles and no name;
    # 副主席 and a title after a name (习近平主席) are not it
    (rx.regex(r"(?<!习近平)(?<![副\p{Latin}])(?<!国家)主席(?=总书记)"), lambda m: "习近平",
     lambda t, f: "主席总书记" in t),
    # 以重要领导为核心的党中央, 以领导为核心的党中央: the name's slot of the core formula holds a word that is no
    # leader's name (the names and the marks are the entries above and the lexicon's); the first three
    # generations' collectives keep their own names
    (rx.regex(r"以((?:(?!毛泽东|邓小平|江泽民|胡锦涛|习近平|为|以)[^，。；：、“”‘’《》\s*＊×✕○□●■·•xXＸｘ]){2,8})为(核心|主要代表)"
              r"(?=的(?:党中央|中共中央|(?:党的|中国共产党)?第([一二三])代中央领导集体|中国共产党人))"),
     lambda m: f"以{_GENERATION.get(m.group(3) or '', '习近平')}同志为{m.group(2)}",
     lambda t, f: f[1] and ("为核心的" in t or "为主要代表的" in t)),
    # 贯彻落实习“……”的指示精神, 学习习关于……的重要论述: the name cut to its surname before a quotation or 关于
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习(?=“[^”]{4,}”的?(?:重要)?(?:指示|讲话|论述|要求)|关于)"),
     lambda m: "习近平总书记", lambda t, f: "习“" in t or "习关于" in t),
    # 贯彻习考察江西重要讲话精神: the name cut to its surname before the visit a speech is named by
    (rx.regex(r"(?<![学复练演见补研自温预传讲修积恶陋旧惯教熟])(?<!(?<!落)实)习(?=(?:考察|视察|来\p{Han}{1,4}考察|"
              r"到\p{Han}{1,6}考察)[^。；！？，]{0,16}?重要(?:讲话|指示))"),
     lambda m: "习近平总书记", lambda t, f: "习考察" in t or "习视察" in t or "习来" in t or "习到" in t),
    # 总书记关于……的重要思想/论述/指示精神/讲话精神: a thought's or an instruction's name without the name (the
    # bare title said in passing, 深刻领会总书记讲话精神, is left alone)
    # 总书记系列重要讲话精神 (学党章党规、学系列讲话 named without the name) likewise
    (rx.regex(r"(?<!习近平)(?<!习近平同志)(?<![锦涛泽民近平])总书记(?=关于[^。；！？“”]{1,40}的重要(?:思想|论述|指示|讲话|批示)|"
              r"的?系列重要讲话)"),
     lambda m: "习近平总书记", lambda t, f: "总书记关于" in t or "系列重要讲话" in t),
)
#: what a match of any _REDACTED entry for the core formula holds (以同志为核心, 以***为核心的, 以核心的党中央,
#: 以习同志为核心, 以重要领导为核心的党中央: the first, sixth, seventh and fourteenth), searched over the document
#: from its 以 as DJ207's gate: 以习近平同志为核心的党中央 is not one, and the words those entries also hold (为核心,
#: 的党中央, 同志为) stand in it, so as gates they admitted most paragraphs for nothing (speed36).  Each branch is
#: its entry's pattern without its groups and with its lookahead read as text; the findings against the former
#: gate are tested (tests/test_placeholder_gates.py)
_CORE_SLOT = rx.stdlib(
    rf"以(?:{_MARK}?(?:同志|总书记)为(?:核心|主要代表)|{_MARK}为(?:核心|主要代表)的|(?:核心|同志为|同志|为核心)的党中央|"
    r"(?:总书记同志|习同志|习总书记|习总)为(?:核心|主要代表)|"
    r"(?:(?!毛泽东|邓小平|江泽民|胡锦涛|习近平|为|以)[^，。；：、“”‘’《》\s*＊×✕○□●■·•xXＸｘ]){2,8}为(?:核心|主要代表)"
    r"的(?:党中央|中共中央|(?:党的|中国共产党)?第[一二三]代中央领导集体|中国共产党人))")
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
    #: 总书记; 近平总书记/同志/新时代 with no 习 before 近平 (the surname gone: what the two 近平 branches need), not
    #: 近平 (习近平 in full stands in most paragraphs: a gate of 近平总书记 alone admitted a quarter of the paragraphs
    #: read for nothing, speed36); the lookbehind after 近平, so the search still jumps to the literal; no 思想
    #: The core formula's entries (以同志为核心, 以核心的党中央, 以习总为核心, 以重要领导为核心的党中央) by _CORE_SLOT,
    #: not by 同志为, 的党中央, 为核心, 为主要代表: those stand in every 以习近平同志为核心的党中央 (most of the rest)
    #: The words are keys of the engine's literal scan (scan_patterns: none of them is frequent), read off it; the
    #: 近平 branches a search of their own from 近平 (a key of the scan, but at every 习近平); XJP and 总* are in the
    #: marks' class.  One alternation of all of them was a search of the class of their first characters, tried at
    #: every character of the document (~1.6 ms/MB; the 近平 search ~0.2)
    prefilter = (rx.stdlib("习(?:“|关于|总|新时代|考察|视察|来|到)|同志(?:指出|强调|曾|领导|的领导)|主席总书记|"
                           "总书记(?:受|就|代表|关于|系列|的系列|新时代|的新时代)|中央的核心、全|《习"),
                 rx.stdlib("近平(?<!习近平)(?:总书记|同志|新时代)"),
                 rx.stdlib(_IN_NAME_MARKS), _CORE_SLOT)
    prefilter_scan = False  # 思想, 近平, 总书记: some 3,000 times in a MB of report prose

    def scan_patterns(self, registry):
        return self.prefilter[:1]  # the words

    def candidates(self, ctx):
        if self.prefilter is None:
            return None  # every paragraph
        # and the paragraphs in traditional script, read in simplified characters (以習總書記為核心), as DJ401 does
        return merged(paragraphs_matching(ctx, self.prefilter), traditional_hint_paragraphs(ctx))

    def check_paragraph(self, p, ctx):
        text = p.text
        traditional = has_traditional(p, ctx)
        if traditional:
            # matched in simplified characters, the same length, so the offsets are the paragraph's own; the
            # words are quoted as written and no fix is offered (the full form is given in simplified characters)
            text = simplified(text)
        taken: list[tuple[int, int]] = []
        # one search for the marks of either class (_IN_NAME_MARKS holds every mark of _ANY_MARK): most paragraphs have none
        in_name = _IN_NAME_MARK.search(text) is not None
        yield from _redacted(ctx, p, text, traditional, taken, in_name and _ANY_MARK.search(text) is not None)
        global _MASKED
        if in_name and _IN_NAME_HINT.search(text):  # a mark first: one class, not two
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


def _asked(text: str, mark: bool) -> tuple[bool, bool]:
    """What the _REDACTED entries' tests share, asked once a paragraph: a mark of _ANY_MARK (``mark``), and
    为核心 or 为主要代表."""
    return mark, "为核心" in text or "为主要代表" in text


def _redacted(ctx, p, text: str, traditional: bool, taken: list, mark: bool):
    """The findings of the _REDACTED patterns; ``taken`` gets their spans; ``mark``: whether ``text``
    holds a mark of _ANY_MARK."""
    asked = _asked(text, mark)
    for entry in _REDACTED:
        pattern, full = entry[:2]
        if len(entry) > 2 and not entry[2](text, asked):
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
