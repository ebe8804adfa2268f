"""DJ439: a word typed twice (提高提高, 主体主体责任, 总书记总书记, 学习贯彻学习), with the
reduplication Chinese uses on purpose left alone (研究研究, 天天, 一次次, 一步一步, 党委党组)."""
from __future__ import annotations

from ...engine import Finding
from ...engine.literals import paragraphs_matching
from ...util import zh
from . import lazy
from .base import FactRule

#: two characters then the same two again, or three to eight then the same again
_TWICE = lazy.regex(r"(\p{Han}{2,8})\1")
#: a pair of verbs said as one (学习贯彻) followed by its first verb again (学习贯彻学习习近平……)
_PAIR_AGAIN = lazy.regex(r"(学习|贯彻|宣传)(贯彻|落实|宣传|领会)\1(?!型|强国|园地|小组|会|班|室|日|周|月|年)")
#: verbs and adjectives that are reduplicated on purpose (讨论讨论 in spoken style, 雪白雪白), and
#: words that are both a noun and a verb (党组织组织党员, 人大代表代表人民, 上级领导领导我们)
_ON_PURPOSE = frozenset("""
研究 讨论 学习 商量 考虑 打听 锻炼 休息 活动 交流 总结 检查 了解 认识 熟悉 体会 琢磨 收拾 打扫 整理 准备
介绍 说明 解释 思考 比较 分析 议论 调查 走访 梳理 盘点 反思 运动 放松 溜达 清理 修理 参观 关心 帮助 照顾
批评 表扬 提醒 沟通 协调 调整 改进 打理 练习 复习 预习 讲讲 看看 想想 说说 谈谈 聊聊 问问 听听 走走 试试
非常 特别 真的 十分 好好 慢慢 渐渐 雪白 通红 冰凉 火热 笔直 漆黑 碧绿 金黄 滚烫 湛蓝 蜡黄 煞白 崭新
大口 小口 大步 大把 大块 大片 大批 大团 大朵 大捆 大堆 大摞 大箱 大包 小片 小块 成群 成批 成片 成堆 成串 加油 谢谢 你好 哈哈 呵呵 嘿嘿 嘻嘻 哗啦 叮当 咕噜 扑通 轰隆 滴答 嘀嗒 呼啦
代表 领导 组织 教育 管理 监督 服务 指导 报告 计划 建议 规定 要求 安排 决定 通知 设计 编辑 翻译 主持 保障 支持
统计 宣传 检测 负责 工作 生产 生活 学生 同志 人民 群众 干部 党员 书记 意思
""".split())
#: nouns that are verbs too (主题教育教育党员 is the campaign educating them), typed twice before what
#: no verb takes as its object there: 主题教育教育成果, 监督监督实效
_NOUN_VERBS = frozenset("教育 监督 管理 服务 宣传 指导".split())
_NOUN_AFTER = lazy.regex(r"成果|实效|成效|期间|以来|工作取得")
#: the paragraphs worth reading: the same two to eight characters twice in a row (0.4 ms on 10,000
#: characters), or a pair of verbs with its first verb again
_PREFILTER = lazy.stdlib(r"([\u4e00-\u9fff]{2,8})\1")
_PREFILTER_PAIRS = lazy.stdlib(r"学习贯彻学习|贯彻落实贯彻|学习宣传学习|宣传贯彻宣传|学习领会学习")
#: a time word that ends one clause and begins the next (7月1日上午，上午8时整): across a comma only
#: these are sure; other words repeat there on purpose (发展，发展；人民，人民)
_TIME_AGAIN = lazy.stdlib(r"(上午|下午|中午|晚上|傍晚|凌晨|当天|当日|近日|日前)[，,]\s*\1")
#: who said it, typed again after the comma (习近平总书记强调，习近平总书记强调，……)
_SAID_AGAIN = lazy.stdlib(r"([\u4e00-\u9fff]{2,12}(?:强调|指出|要求|提出|表示))[，,：:]\s*\1")
#: the first words of what is said typed twice round a second colon (宣告：中华：中华人民共和国……)
_OPENING_AGAIN = lazy.regex(r"(?:宣告|宣布|宣读|指出|强调|表示|说|写道)[：:](\p{Han}{2,6})[：:]\s*\1")
#: what every match of _OPENING_AGAIN holds, two colons round two to six characters, one pattern a first colon
#: (a literal the standard library jumps to; a class of the two is tried at every character): searched over the
#: document ~10 times faster than _OPENING_AGAIN, which then reads the few paragraphs found
_COLONS_CLOSE = (lazy.stdlib(r"：[^：:\x00]{2,6}[：:]"), lazy.stdlib(r":[^：:\x00]{2,6}[：:]"))
#: what every match of _SAID_AGAIN holds
_SAID_VERB = lazy.stdlib(r"(?:强调|指出|要求|提出|表示)[，,：:]")


def _said_again_in(text: str) -> bool:
    """Whether _SAID_AGAIN matches in ``text``: a match ends its first group with a verb and a comma
    (_SAID_VERB), so it starts 2 to 12 characters before that verb; tried there only, and only where the verb
    stands again two or more characters after the comma (the second copy ends with it): one ``str.find`` instead of
    eleven matches at most verbs (~1 ms/MB of DJ439's on the 2 MB text, speed39)."""
    match = _SAID_AGAIN.match
    for m in _SAID_VERB.finditer(text):
        v = m.start()
        if text.find(text[v:v + 2], m.end() + 2) < 0:
            continue
        for s in range(max(0, v - 12), v - 1):
            if match(text, s) is not None:
                return True
    return False


#: 的 typed twice (党的的建设); 的的确确 is 的确 said twice on purpose
_DE_TWICE = lazy.stdlib(r"的的(?!确)")
#: a character of a title typed twice (常务副副会长, 现场述述职): 一副副 is the measure word said twice, and 述 ends
#: words (陈述、自述) whose second 述 begins 述职. Each branch begins with its two characters and looks behind
#: them after: a lookbehind first was tried at every character of the document (6 ms/MB), the literals are jumped to
_TITLE_CHAR_TWICE = lazy.stdlib(r"副副(?<!一副副)(?=[\u4e00-\u9fff])"
                                r"|述述(?<![陈自口叙表论描转复详概综上前讲阐著撰引评]述述)(?=职|责|廉)")
_NUMERAL = set(zh.NUMERAL_CHARS + "百千万两几第每某")
#: words of _ON_PURPOSE that are nouns as well (主题党日活动活动。): said twice at the end of a clause after
#: a word that is not a subject, a modal or an adverb, the second one is a slip; after those (出去活动活动。
#: 大家讨论讨论，再研究研究) it is the verb said twice on purpose
_NOUNS_TOO = frozenset("活动 工作 检查 总结 教育 管理 服务 报告 计划 建议 规定 要求 安排 决定 通知 宣传 交流 调查 监督 "
                       "组织 指导 保障".split())
_CLAUSE_END = frozenset("。，；、！？：”）)")
_BEFORE_A_VERB = frozenset("要再来去得想请让叫帮们家起好下多应该会能可先就也都还又一我你他她它咱您")
#: a one-character word typed twice (也是是、为为我们): only the function words a slip doubles, and only where
#: neither of the two belongs to a word with its neighbour (作为为民服务, 这是是非问题, 在在建项目)
_ONE_TWICE = lazy.regex(r"([是为在和对把将被从与向])\1")
_PRONOUNS = frozenset("我你他她它咱您")
#: words ending in 是 after which a second 是 is the verb of a clause (要是是真的: if it is true)
_IF_IS = frozenset(("要是", "若是", "倘是", "如是"))
#: one character of a two-character word typed twice (推进进基层、组织织生活): any character twice; _tail_twice
#: decides from the dictionary
_CHAR_TWICE = lazy.stdlib(r"([\u4e00-\u9fff])\1")
#: the shared table of the paragraphs DJ439's other searches admitted (the rest hold only a character twice)
_FULL_KEY = "DJ439 paragraphs"
#: characters whose doubling other branches judge, or that double on purpose (numerals, measure words)
_CHAR_TWICE_SKIP = frozenset("的是为在和对把将被从与向了") | _NUMERAL | frozenset("个次件项条名位人年月日")
#: characters that are one-character verbs or modals of their own after a word ending in them (工作作总结,
#: 主任任副主任, 监督督到关键处, 管理理顺, 主要要抓好): a second copy of them is not judged
_ONE_CHAR_VERBS = frozenset("作任督管抓学讲做干用看说查办带改评审批报防控写读听问理建治要会能想有")
#: names a character of the word before them begins (学习习近平): the dictionary does not know them as words
_NAMES_AFTER = ("习近平", "习仲勋")
#: titles after a one-character surname (学习习总书记……): the character before them is a name
_TITLES_AFTER = ("总书记", "主席", "同志", "总理", "书记", "委员长", "部长", "主任")


class DoubledWord(FactRule):
    """词语重复录入（提高提高、主体主体责任、总书记总书记、学习贯彻学习）

    ## 检查内容
    同一个词紧挨着写了两遍：两个字的词（提高提高、主体主体责任）、三个字以上的词（总书记总书记、
    全面从严治党全面从严治党），以及“学习贯彻”“贯彻落实”后面又写了一遍前一个动词（学习贯彻学习）。
    有意的重叠不报：口语里的动词重叠（研究研究、讨论讨论）、形容词重叠（雪白雪白）、“一步一步”
    “一次次”“天天”这类量词和单字重叠、“大片大片”“大批大批”，既是名词又是动词的词（党组织组织党员学习、
    人大代表代表人民），前一个是长词的结尾、后一个是另一个词的开头的（人口普查普查区、某县人民政府政府信息公开工作年度报告）。
    时间词隔着逗号又写一遍（7月1日上午，上午8时整）、“谁强调”连写两遍（习近平总书记强调，习近平总书记
    强调）、说话的开头隔着第二个冒号又写一遍（郑重宣告：中华：中华人民共和国……）、“的的”（的的确确不报）、职务和“述职”里多打的一个字（常务副副会长、述述职；“一副副”不报）也报；别的词隔着逗号重复多是有意的（发展，发展），不报。
    既是名词又是动词的词在句末连写两遍（举办了主题党日活动活动。）也报，前面是“出去”“大家”“再”
    这类词的（出去活动活动。）是有意的重叠，不报。虚词多打一个（也是是、为为我们、在在）也报，两个字
    各自和邻字成词的不报（这是是非问题、作为为民服务的窗口、在在建项目中、要把把关作为重点）。
    两个字的词的后一个字多打一个、后面紧跟着一个常用词的（推进进基层、组织织生活）也报；两个字各自成词的（开展展览、
    监督督促）、后一个字自己能作动词的（工作作总结、主任任副主任）、量词和动词的重叠（一张张、洗洗澡）、姓名（王丽丽）
    和头一个字多打的（住建建设、某镇镇长）不报；以“地”结尾的成语后面的状语“地”（脚踏实地地推进）不报。
    职务层级重复（湖北省省委）见 DJ417；整句整段重复见 DJ708。

    ## 为什么
    复制粘贴、改稿时最容易多留一遍词，通读时眼睛会自动跳过，只有逐字校对才能发现。

    ## 修复说明
    建议删去重复的一遍（需人工确认）。

    ## 依据
    GB/T 15834-2011、《党政机关公文处理工作条例》第十九条对公文文字准确的要求；公文校对中的“叠字”差错。
    """

    code = "DJ439"
    name = "doubled-word"
    severity = "warning"
    fix = "always"
    source = "《党政机关公文处理工作条例》第十九条（公文文字准确）；公文校对的常见差错“多字、叠字”"


    def scan_patterns(self, registry):
        # _TITLE_CHAR_TWICE: its own search of the document cost ~1.3 ms a MB (a class of its two first characters
        # tested at every character); read off the scan, it is matched only where 副副 or 述述 stands
        return (_PREFILTER_PAIRS, _TIME_AGAIN, _SAID_VERB, _ONE_TWICE_HINT, _TITLE_CHAR_TWICE)

    def candidates(self, ctx):
        doc = ctx.doc
        found = {p.index: p for p in doc.paragraphs_matching(_PREFILTER)}
        found.update((p.index, p) for p in paragraphs_matching(ctx, _PREFILTER_PAIRS))
        found.update((p.index, p) for p in paragraphs_matching(ctx, _TIME_AGAIN))
        # _SAID_AGAIN backtracks over up to twelve characters at every character (18 ms a MB): the verb and the
        # comma every match holds pick the paragraphs it is searched in
        found.update((p.index, p) for p in paragraphs_matching(ctx, _SAID_VERB) if _said_again_in(p.text))
        found.update((p.index, p) for p in doc.paragraphs_matching(_DE_TWICE))
        found.update((p.index, p) for p in paragraphs_matching(ctx, _TITLE_CHAR_TWICE))
        found.update((p.index, p) for colon in _COLONS_CLOSE for p in doc.paragraphs_matching(colon)
                     if _OPENING_AGAIN.search(p.text))
        found.update((p.index, p) for p in paragraphs_matching(ctx, _ONE_TWICE_HINT))
        # a character twice stands in most paragraphs of real prose: there only _chars_twice is run, not every
        # search above (they cost ~60 ms a MB more on real reports when run on all of them)
        ctx.shared(_FULL_KEY, lambda c: frozenset(found))
        twice = {p.index: p for p in doc.paragraphs_matching(_CHAR_TWICE) if p.index not in found}
        found.update(twice)
        return [found[i] for i in sorted(found)]

    def check_paragraph(self, p, ctx):
        text = p.text
        full = ctx.tables.get(_FULL_KEY)
        if full is not None and p.index not in full:  # (None: every paragraph read, the candidates not asked)
            yield from _chars_twice(ctx, p, text)
            return
        for m in _TWICE.finditer(text):
            word = m.group(1)
            if not self._accidental(text, m, word) or not _a_word_twice(ctx, text, m, word):
                continue
            yield Finding(p, m.start(), m.end(), f"“{word}”重复了，疑为多打了一遍", word, False)
        for m in _PAIR_AGAIN.finditer(text):
            pair = m.group(1) + m.group(2)
            yield Finding(p, m.start(), m.end(), f"“{pair}”后面又写了一遍“{m.group(1)}”，疑为重复", pair, False)
        for m in _TIME_AGAIN.finditer(text):
            word = m.group(1)
            yield Finding(p, m.start(), m.end(), f"逗号前后都写了“{word}”，疑为重复，删去一个", word, False)
        for m in _SAID_AGAIN.finditer(text):
            said = m.group(1)
            yield Finding(p, m.start(), m.end(), f"“{said}”连写了两遍，疑为重复，删去一个", said, False)
        for m in _OPENING_AGAIN.finditer(text):
            s, e = m.start(1), m.end(1) + 1
            yield Finding(p, s, e, f"冒号后的“{m.group(1)}”又写了一遍，疑为重复，删去“{text[s:e]}”", "", False)
        for m in _ONE_TWICE.finditer(text):
            if _one_char_twice(ctx, text, m):
                c = m.group(1)
                yield Finding(p, m.start(), m.end(), f"“{m.group(0)}”多打了一个“{c}”，请删去一个", c, False)
        for m in _TITLE_CHAR_TWICE.finditer(text):
            c = m.group()[0]
            yield Finding(p, m.start(), m.end(), f"“{m.group(0)}”多打了一个“{c}”，请删去一个", c, False)
        for m in _DE_TWICE.finditer(text):
            if m.start() > 0 and text[m.start() - 1] == "的":
                continue  # 的的的: a run, not a slip of one
            if m.start() > 0 and _ends_a_word_in_de(ctx, text[m.start() - 1]):
                continue  # 目的的、标的的、有的的: the first 的 ends a word
            yield Finding(p, m.start(), m.end(), f"“{m.group(0)}”多打了一个“的”，请删去一个", "的", False)
        yield from _chars_twice(ctx, p, text)

    @staticmethod
    def _accidental(text: str, m, word: str) -> bool:
        if word in _ON_PURPOSE and _NOUN_AFTER.match(text, m.end()) and word in _NOUN_VERBS:
            return True  # 巩固主题教育教育成果: a noun's head typed again before 成果, where no verb stands
        if word in _NOUNS_TOO and (m.end() == len(text) or text[m.end()] in _CLAUSE_END) and m.start() > 0 \
                and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] not in _BEFORE_A_VERB:
            return True  # 举办了主题党日活动活动。: the noun ends its clause typed twice
        if len(set(word)) == 1 or word[0] in _NUMERAL or word in _ON_PURPOSE:
            return False  # 天天天天, 一步一步, 研究研究
        if len(word) == 2 and (word[0] == word[1] or text[m.end():m.end() + 2] == word):
            return False  # 嘻嘻嘻嘻, a chant of three
        if text.startswith(("再" + word, "又" + word), m.end()):
            return False  # 思想上重视重视再重视，措施上落实落实再落实: the emphatic X、X、再X (published108)
        # the whole run is one word said as a noun and then as a verb (党组织组织): only two-character words are
        # listed; for three and more, a unit's name repeated in a list is not a slip either (XX局XX局 is DJ201's)
        return not (len(word) > 2 and any(c in "XxＸ×*＊" for c in word))


def _a_word_twice(ctx, text: str, m, word: str) -> bool:
    """Whether the repeated stretch is a word (提高, 总书记) and the run is not words that only
    overlap in the middle (重视巡视巡察 holds 视巡视巡: 重视/巡视/巡察)."""
    from ..phrase import spelling_index

    index = spelling_index(ctx.registry)
    if not index.has_dictionary:
        return len(word) >= 3  # without the dictionary only longer repeats are sure
    if not index.knows(word):
        return False
    s, e = m.span()
    if _STARTS_A_TITLE.match(text, e):
        return False  # PPP项目项目常务经理: the second one begins a title
    if _in_a_run_of_places(text, s, e, word):
        return False  # ……合水县正宁县宁县镇原县: 正宁县 and 宁县 are two counties of a list
    if len(word) >= 2 and (text[e:e + 1] in ("长", "员") or text[e:e + 2] in ("书记", "委员")):
        return False  # 执法大队大队长, 第一党支部支部书记, 第七网格网格员: a unit, then the title named after it
    if _mirrored_clauses(text, s, e, len(word)):
        return False  # 党建带团建团建促党建: two clauses that mirror each other (dev-prec453)
    if len(word) == 2 and e < len(text):
        a, b = word
        if s > 0 and index.knows(text[s - 1] + a) and index.knows(b + a) and index.knows(b + text[e]):
            return False
    return not _two_words_sharing(index, text, s, e, len(word))


def _mirrored_clauses(text: str, s: int, e: int, n: int) -> bool:
    """Whether the run text[s:e] (a word of ``n`` characters twice) ends one short clause and begins another that
    mirrors it: the same other word stands one character before the run and one character after it (党建带团建团建促党建:
    A带B、B促A, a slogan that lost its comma).  Without the mirror (党建带团建团建工作) the run is still a slip."""
    if s < n + 1 or e + n + 1 > len(text):
        return False
    before, after = text[s - n - 1:s - 1], text[e + 1:e + n + 1]
    return before == after and before != text[s:s + n] and all("\u4e00" <= c <= "\u9fff" for c in before + text[s - 1] + text[e])


def _two_words_sharing(index, text: str, s: int, e: int, n: int) -> bool:
    """Whether the first copy ends a longer word and the second begins one (人口普查|普查区划分: two words
    that share the stretch, not one typed twice; 压实主体|主体责任 is still a slip: 压实主体 is no word)."""
    first_ends = any(s >= k and index.knows(text[s - k:s + n]) for k in (1, 2))
    return first_ends and (text[e:e + 1] in _NOUN_SUFFIXES or text.startswith(_GOVERNMENT_TERMS, e - n) or any(
        e + k <= len(text) and index.knows(text[e - n:e + k]) for k in (1, 2)))


#: the terms a people's government's own annual reports are named by, written after its name (某县人民政府政府信息公开
#: 工作年度报告, 某市人民政府政府网站工作年度报表: the names 《中华人民共和国政府信息公开条例》 and the State Council's
#: formats, 国办公开办函〔2021〕30号 and 国办函〔2019〕80号, give them); the dictionary lists neither term.  政府信息 is the
#: 条例's term itself (某镇人民政府政府信息主动公开基本目录, published105)
_GOVERNMENT_TERMS = ("政府信息", "政府网站")


#: the last character of a place's name (a county, district, city, banner, town, township)
_PLACE_ENDS = frozenset("县区市旗州盟镇乡")


def _in_a_run_of_places(text: str, s: int, e: int, word: str) -> bool:
    """Whether the doubled place name (宁县宁县) sits in a list of places written without marks between them,
    where a character before the first copy makes a longer name of it (正宁县宁县): another name with the same
    last character ends just before it or just after the second copy."""
    end = word[-1]
    if end not in _PLACE_ENDS or s == 0 or not "\u4e00" <= text[s - 1] <= "\u9fff":
        return False
    return end in text[max(0, s - 7):s - 1] or end in text[e:e + 7]


#: characters that make a noun of the word before them (普查区、普查员、监测点)
_NOUN_SUFFIXES = frozenset("区员点站所室组队")


_ONE_TWICE_HINT = lazy.stdlib(r"是是|为为|在在|和和|对对|把把|将将|被被|从从|与与|向向")


def _one_char_twice(ctx, text: str, m) -> bool:
    """Whether the two of ``m`` are one function word typed twice: neither belongs to a word with its
    neighbour (judged by the dictionary; without it, only right after a punctuation mark or at the start)."""
    from ..phrase import spelling_index

    c = m.group(1)
    s, e = m.span()
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    if prev == c or nxt == c:
        return False  # 是是是: a run
    if nxt and text[e + 1:e + 2] == nxt:
        return False  # 和和美美, 是是非非: AABB said on purpose
    index = spelling_index(ctx.registry)
    if not index.has_dictionary:
        return not ("\u4e00" <= prev <= "\u9fff")
    if index.knows(c + c) or (c in _JOINS_NAMES and _name_then_name(index, text, s, e)):
        return False
    if nxt and index.knows(c + nxt) and nxt not in _PRONOUNS:
        return False  # 这是是非问题, 作为为民服务的窗口, 要把把关作为……: the second begins a word
    if prev and index.knows(prev + c):
        # 也是是难能可贵: after 也是 a second 是 has nothing to do; after 作为, 存在 the second one can be a word
        return c == "是" and prev + c not in _IF_IS
    return True


#: the conjunctions that join two people's names (范德和和孙某: the first 和 ends a name)
_JOINS_NAMES = frozenset("和与")


def _name_then_name(index, text: str, s: int, e: int) -> bool:
    """The first of the two ends a name of two or three characters that opens with a surname and holds no word
    (范德和, 王和), and a surname follows the second: two people joined by 和 (范德和和孙春两位同志)."""
    if e >= len(text) or text[e] not in index.surnames:
        return False
    for p in (s - 1, s - 2):
        if p >= 0 and text[p] in index.surnames and (p == 0 or not "\u4e00" <= text[p - 1] <= "\u9fff"
                                                      or not index.knows(text[p - 1:p + 1])) \
                and not index.knows(text[p:p + 2]) and not index.knows(text[p:s + 1]):
            return True
    return False


#: words that end in 的, so that 的 after them is the particle (目的的实现, 保险标的的所有权)
_WORDS_IN_DE = frozenset("目 标 有 别 似 真 是 私 公 打 怪 挺 蛮 好 坏 对 错 大 小 多 少 新 旧".split())


def _ends_a_word_in_de(ctx, before: str) -> bool:
    """Whether ``before`` + 的 is a word of its own (目的, 标的): from the dictionary when there is one."""
    from ..phrase import spelling_index

    index = spelling_index(ctx.registry)
    if index.has_dictionary:
        return index.knows(before + "的") and before + "的" not in ("我的", "你的", "他的")
    return before in _WORDS_IN_DE


_STARTS_A_TITLE = lazy.regex(r"经理|常务|副经理|部长|负责人|总监|组长|主任|办公室|班子")


RULES = (DoubledWord,)


def _chars_twice(ctx, p, text: str):
    """One character of a two-character word typed twice (推进进基层、监督督执纪、组织织生活)."""
    from ..phrase import spelling_index

    index = None
    for m in _CHAR_TWICE.finditer(text):
        if m.group(1) in _CHAR_TWICE_SKIP:
            continue
        if index is None:
            index = spelling_index(ctx.registry)
            if not index.has_dictionary:
                return
        s, e = m.span()
        if _char_twice(index, text, s, e):
            c = m.group(1)
            yield Finding(p, s, e, f"“{text[s - 1:e]}”多打了一个“{c}”，请删去一个", c, False)


def _char_twice(index, text: str, s: int, e: int) -> bool:
    """Whether text[s:e] (one character twice) is a slip: the pair is no common word, no run and no AABB, and
    the first copy ends a common word while the second begins none (推进|进|基层; 开展展览 is 开展 and 展览)."""
    c = text[s]
    prev = text[s - 1] if s > 0 else ""
    nxt = text[e] if e < len(text) else ""
    if c in (prev, nxt) or (nxt and text[e + 1:e + 2] == nxt) or (s >= 2 and text[s - 2] == prev):
        return False  # 是是是, 高高兴兴 (either half)
    if index.common(c + c) or (prev and index.knows(prev + c + c)) or any(
            index.knows(text[s:s + k]) for k in (3, 4) if s + k <= len(text)):
        return False  # 天天, 常常, 绿油油, 星星点点, 民生息息相关 (an idiom opening with the pair; jieba's rare 进进 and 展展 are no words here)
    if c == "地" and s >= 3 and index.knows(text[s - 3:s + 1]):
        return False  # 脚踏实地地推进, 铺天盖地地涌来: an idiom ending in 地, then the adverbial 地 (dev-prec436)
    return _tail_twice(index, text, s)


def _tail_twice(index, text: str, s: int) -> bool:
    """推进进基层: the first copy ends a common word, the second begins none, and a common word follows it
    (基层). Not after a surname (王丽丽), a numeral or 这、那、每 (一张张, 一个个), nor a second copy that can
    be a one-character verb of its own (工作作总结, 主任任副主任, 监督督到关键处). The first character typed
    twice (机关建建设) is not judged: abbreviations (住建建设), places (某县县委, 某镇镇长) and reduplicated
    verbs (治治病、出出汗) write it so on purpose."""
    prev = text[s - 1] if s > 0 else ""
    c = text[s]
    if not prev or prev in index.surnames or prev in _NUMERAL or prev in "这那每" or c in _ONE_CHAR_VERBS:
        return False
    if c in index.surnames or text.startswith(_NAMES_AFTER, s + 1) or text.startswith(_TITLES_AFTER, s + 2):
        return False  # 学习习近平新时代……, 学习习总书记……: the second copy is (begins) a name
    return index.common(prev + c) and not _begins_a_word(index, text, s + 1) \
        and any(index.common(text[s + 2:s + 2 + k]) for k in (2, 3, 4) if s + 2 + k <= len(text))


def _begins_a_word(index, text: str, i: int) -> bool:
    return any(i + k <= len(text) and index.knows(text[i:i + k]) for k in (2, 3, 4))
