"""DJ448 数目不符: a count announced before a colon (以下三个方面：, 要做到“五抓”：) and the
一是、二是… items that follow it do not agree; or a count right after a 、-list (德、能、勤、绩、廉
六个方面) that does not agree with the items listed."""
from __future__ import annotations

import re

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import zh
from .text import numeral_value

#: the count and its measure: 三个方面, 四项工作, 两点意见, 五大任务, 三句话, “五抓”, 六个坚持
_ANNOUNCE = compile_(
    r"(?P<n>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})"
    r"(?:个方面|方面|项|点|条|大|句话|个(?=[\u4e00-\u9fff]{1,4}[”」]?[：:])|抓(?=[”」]?[：:]))"
    r"[^，,。；;！？!?：:]{0,10}?[”」]?[：:]")
#: the same count closing its paragraph with a full stop, the items one to a paragraph after it (gram32a: 今年重点抓了三个
#: 方面的工作。 / 一是…… / 二是……): read only where the next paragraph opens with 一是; 项、点、条 only with what they count
#: (两项工作, 三点体会: 全年完成重点项目3项。 counts no list)
_ANNOUNCE_END = compile_(
    r"(?P<n>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})(?:个方面|方面|(?:项|点|条|大)(?=[^，,。；;！？!?：:“”]{0,3}?"
    r"(?:工作|措施|任务|要求|意见|举措|做法|体会|经验|内容|重点|建议)))[^，,。；;！？!?：:“”]{0,10}?。" + zh.BLANK + r"*$")
_LIST_NOUNS = "方面|层面|环节|部分|内容|措施|任务|主题|领域|板块|专区|程序|步骤|阶段|重点|原则|要求|方式|形式|渠道|维度|模块"
#: a count right after a list of 、-separated items (德、能、勤、绩、廉五个方面; ……等三个层面)
_AFTER_LIST = compile_(
    r"、[^、，,。；;：:！？!?]{1,15}?(?P<etc>等等|等)?(?:这|这些|共|共计)?"
    r"(?P<n>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})(?:个|项|大|种|类|条|点)?"
    r"(?P<noun>" + _LIST_NOUNS + ")")
#: what every match of _AFTER_LIST ends with, the count's last character, its measure and the noun: a class first,
#: which the search jumps to.  Searched before _AFTER_LIST, which is tried at every 、 and reads up to fifteen
#: characters after it (most paragraphs with 、 hold no such count)
_COUNT_NOUN = compile_(r"[一二两三四五六七八九十0-9](?:个|项|大|种|类|条|点)?(?:" + _LIST_NOUNS + ")")


def _colon_list(text: str, m, n: int) -> str | None:
    """在三个方面下功夫：强化理论武装、夯实基层基础。 — the count before a colon and a 、-list after it that is the
    whole sentence (no comma or semicolon in it): the message when the items are fewer than the count or more than
    it with 和、及 (one more each) counted, else None; 等 at the end allows more than it lists (gram27)."""
    if "”" in m.group(0) or "」" in m.group(0):
        return None  # a quoted count (“三个坚持”：坚持学习、勤于实践): an item without its word is no item of it
    stop = _SENTENCE_END.search(text, m.end())
    if stop is None or text[stop.start()] not in "。！？!?":
        return None
    body = text[m.end():stop.start()]
    if "、" not in body or re.search(r"[，,；;“”（）()0-9０-９]", body):
        return None  # clauses, quotes, brackets or numbered items: not a bare list
    items = body.split("、")
    if any(not x or len(x) > 20 for x in items):
        return None
    lo = len(items)
    hi = lo + len(re.findall("和|以及|及|与", items[-1]))
    if lo <= n <= hi or (n > lo and body.endswith("等")):
        return None
    said = m.group(0).rstrip("：:").rstrip("”」")
    listed = f"{lo}项" if lo == hi else f"{lo}至{hi}项"
    return f"数目不符：前面说“{said}”，冒号后面列了{listed}（用“、”隔开）；改正数目，或补齐（删去）一项"


def _merged(items: list[str]) -> int:
    """The fewest items there are when each part without the ending most items share (情况, 方面) is joined to
    the next part that has it: 总体情况、……、行政复议、行政诉讼情况、…… lists 行政复议、行政诉讼情况 as one (a part
    may also stand alone: 概述、主动公开情况、……)."""
    ends = [x[-2:] for x in items if len(x) >= 2]
    common = max(set(ends), key=ends.count) if ends else ""
    if not common or ends.count(common) * 2 < len(items):
        return len(items)
    return sum(1 for i, x in enumerate(items) if x.endswith(common) or i + 1 == len(items)
               or not items[i + 1].endswith(common))


#: a word that opens a list of parts in its first item (由……、……共六部分组成; 包括……、……等五个方面; 着重从……、……等六个方面)
_LEAD_IN = compile_(r"由|包括|包含|涵盖|分为|涉及|(?<![服自遵听盲随打])从(?![严而事来未不此中头容小业属实快重简宽新优根])")
#: another count inside the list's clause (四大考验、两个维护): the items are not counted then
_OTHER_COUNT = compile_(r"[一二两三四五六七八九十0-9](?:个|项|大|种|类|条|点|化|抓|带头|统一|全面|维护|自信|意识)")
_QUOTED = compile_(r"“[^”]*”|‘[^’]*’|《[^》]*》")
#: the quotation a list ends with (“……、……”等)
_LAST_QUOTED = compile_(r"“([^“”]*、[^“”]*)”(?:等等|等)?(?:这|这些|共|共计)?$")
#: what opens a list as the object of a preposition or verb (从……、……三个方面; 在德、能……)
_OPENER = compile_(r".(?:在|从|对|就|包括|分为|围绕|涵盖|即|有|分)")
#: a quoted count of one word (“三个坚持”：, “四个到位”：): the word the items share
_QUOTED_COUNT = compile_(r"(?:[一二两三四五六七八九十]{1,2}|[0-9]{1,2})个(?P<w>[\u4e00-\u9fff]{1,4})[”」][：:]")
_SENTENCE_END = compile_(r"[。；;！？!?]")
_ITEM = compile_(r"(?P<n>" + zh.NUMERAL + r"{1,2})是")
_CN = zh.NUMERAL_CHARS
#: a count, then in the next clause 分别是（为、于、在） and the 、-list of what is counted, ending its sentence
#: (gram16: 召开党员大会4次，分别于3月、6月、9月召开。 由3名委员组成，分别是……、……、……、……。): no other count
#: between the count and 分别
_NOT_NUMERAL = r"(?![0-9" + _CN + r"两])"
_RESPECTIVELY = compile_(
    r"(?<![0-9" + _CN + r"两])(?P<n>" + zh.NUMERAL + r"|两|[2-9]|10)(?P<u>次|名|人|个|项|位|家|场|期|所)"
    r"(?:" + _NOT_NUMERAL + r"[^，,。；;！？!?：:、“”《》（）()]){0,12}?[，,](?:其中)?分别(?:是|为|于|在)[：:]?"
    r"(?P<list>[^，,。；;！？!?：:“”《》（）()]{3,80}?)(?=[。；;]|$)")


#: what follows a party congress named by its ordinal (二十大精神, 十九大以来): 大 is no measure of a count there
_CONGRESS_AFTER = compile_(r"精神|报告|以来|代表|召开|胜利|党章|会议|重要")


def _announcements(text: str):
    """The counts _ANNOUNCE finds, without a congress's ordinal (党的二十大精神提出三点要求：): the search goes on after
    its 大, so the count behind it (三点要求：) is still found."""
    pos = 0
    while (m := _ANNOUNCE.search(text, pos)) is not None:
        k = m.end("n")
        if text[k] == "大" and (text[max(0, m.start() - 2):m.start()] == "党的" or _CONGRESS_AFTER.match(text, k + 1)):
            pos = k + 1
            continue
        yield m
        pos = m.end()


def _label(k: int) -> str:
    return _CN[k - 1] if k <= 10 else "十" + _CN[k - 11]


def _next_item_lost_shi(text: str, pos: int, k: int) -> bool:
    """After the k-th item a ；opens the next with its numeral alone (；三持之以恒……)."""
    nxt = _label(k + 1)
    i = text.find("；" + nxt, pos)
    j = i + 1 + len(nxt)
    return i >= 0 and j < len(text) and text[j] not in zh.NOT_AN_ITEM


def _yao_item(text: str, at: int, n: int) -> int:
    """Where item ``n`` is written N要 (二是……；三要提高……；四是……, a speaker's 三要 for 三是要) after ``at``, the item
    N+1 (N+1是) following it in the paragraph; else -1."""
    yao = text.find(_label(n) + "要", at)
    if yao < 0 or (yao > 0 and text[yao - 1] not in "；;。，,：: ") or _label(n + 1) + "要" in text or (
            n > 1 and _label(n - 1) + "要" in text):
        return -1  # (一要……二要……: a list of 要 of its own)
    return yao if text.find(_label(n + 1) + "是", yao) > yao else -1


class CountMismatch(Rule):
    """语病：数目不符（“以下三个方面：”后面却有四个“一是、二是……”）

    ## 检查内容
    冒号前宣布了数目（三个方面、四项工作、两点意见、五大任务、“五抓”），冒号后紧接着“一是、二是……”列举，
    列举的项数与宣布的数目不符。列举接在冒号后面，可以在同一段，也可以每项另起一段（每段以“二是”“三是”开头）。
    同一段里夹在“二是”和“四是”之间的“三要”算一项（“一要……二要……”自成一组的不算）。
    不报：冒号后不紧跟“一是”的（数目后面没有列举）、“以下几个方面”这样没有数目的。
    数目在段末、以句号结束（今年重点抓了三个方面的工作。），下一段以“一是”开头、每项另起一段的，同样核对（第十九次会话）。
    引号里的“N个X”后面冒号接着用“、”（或逗号）列的几项，每项都以X开头或结尾（“三个坚持”：坚持学习、坚持实践；
    “四个到位”：思想到位、责任到位、措施到位），项数不符也报；有一项不含X的不报（第十次会话）。
    数目在列举之后的也查：用“、”隔开的三项以上紧接着数目（德、能、勤、绩、廉六个方面 → 五个方面），
    列的项数和数目不符就报；有“等”的只报列得比数目多的；“和、及”连着的两项按一项或两项都算；
    引号里的一串（“……、……”等五个方面）按引号里的项数算；列举前面是逗号、又没有“从、在、包括”这类词引出的
    （前一个分句可能还有项）只报列得比数目多的。
    “共N次（名、人、个……），分别于（是、为）A、B、C。”“分别”后面用“、”列到句末的项数与N不符也报（召开党员大会4次，
    分别于3月、6月、9月召开）；最后一项带“和、及”的按多一项也算对，列举里又按同一量词计数的（方面2个、方面3个）不报。

    ## 为什么
    说“三个方面”却列了四条，审稿人会当作硬伤退回：不是数目写错，就是漏了一条或多了一条。

    ## 修复说明
    只作建议：改数目还是补（删）一项，要看原意。

    ## 依据
    《党政机关公文处理工作条例》第二十四条（公文内容准确、结构严谨）；审稿常见“数目与列举不符”。
    """

    code = "DJ448"
    name = "count-mismatch"
    severity = "warning"
    fix = "never"
    source = "《党政机关公文处理工作条例》（2012）；公文审核中的“数目与列举不符”"
    scope = "document"

    def check(self, doc, ctx):
        # (blank paragraphs left out: a .txt's empty line between two items is no paragraph of the list)
        paras = [p for p in doc.paragraphs if p.part == "body" and p.text.strip(zh.BLANK_CHARS)]
        for i, p in enumerate(paras):
            text = p.text
            if "、" in text and _COUNT_NOUN.search(text) is not None:
                yield from self._listed(p, text)
            if "分别" in text:
                yield from self._respectively(p, text)
            ends = _ANNOUNCE_END.search(text) if i + 1 < len(paras) and paras[i + 1].text.lstrip(zh.BLANK_CHARS).startswith(
                "一是") else None
            if "：" not in text and ":" not in text and ends is None:
                continue
            for m in [*_announcements(text), *([ends] if ends is not None else [])]:
                n = numeral_value(m.group("n"))
                if n is None or n < 2:
                    continue
                got = self._count(paras, i, m.end())
                if got is None:
                    found = self._shared_word(text, m, n) or _colon_list(text, m, n)
                    if found is not None:
                        yield Finding(p, m.start(), m.end() - 1, found)
                    continue
                k, complete = got
                if k == n or k < 2 or (k < n and not complete) or (k == n - 1 and _next_item_lost_shi(text, m.end(), k)):
                    continue  # (……；二是……；三持之以恒……: the third item lost its 是, DJ311 says so)
                said = m.group(0).rstrip(zh.BLANK_CHARS).rstrip("：:。").rstrip("”」")
                yield Finding(p, m.start(), m.end() - 1,
                              f"数目不符：前面说“{said}”，后面列了{k}项（一是……{_label(k)}是）；改正数目，或补齐（删去）一项")

    @staticmethod
    def _respectively(p, text: str):
        """召开党员大会4次，分别于3月、6月、9月召开。: the 、-list after 分别 has more or fewer items than the count
        (和、及 may join one more; a list that counts again in the same measure, 方面2个、方面3个, is left alone)."""
        for m in _RESPECTIVELY.finditer(text):
            n, unit, items = numeral_value(m.group("n")), m.group("u"), m.group("list").split("、")
            if n is None or len(items) < 2 or re.search(r"[0-9" + _CN + r"两]" + unit, m.group("list")):
                continue
            k = len(items)
            if k == n or (k + 1 == n and re.search("和|及|与", items[-1])):
                continue
            yield Finding(p, m.start(), m.end("u"),
                          f"数目不符：前面说“{m.group('n')}{unit}”，后面“分别”列了{k}项；改正数目，或补齐（删去）一项")

    @staticmethod
    def _listed(p, text: str):
        """德、能、勤、绩、廉六个方面: the items before a count are fewer or more than it says (a
        list of three or more; 等 allows more than it lists; 和 or 及 may join two more items)."""
        for m in _AFTER_LIST.finditer(text):
            n = numeral_value(m.group("n"))
            if n is None or n < 2:
                continue
            cut = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?（(") + 1
            span = text[cut:m.start("n")]
            if span.count("“") != span.count("”") or re.search(r"[0-9０-９]、|、[0-9０-９]", span):
                continue  # a quote cut by a comma (a typo), numbered items (1、2、3)
            outside = _QUOTED.sub("“”", span)
            quoted = None if "、" in outside else _LAST_QUOTED.search(span)
            if quoted is not None:  # the list is one quotation: “……、……、……”等五个方面
                parts = quoted.group(1).split("、")
                k = 0
            else:
                parts = outside.split("、")
                # the items: back from the count while they are short; a long one holds the lead-in
                # (……之间在管辖范围、问题线索移送、……) and is the first
                k = len(parts) - 1
                while k > 0 and len(parts[k - 1]) <= 12 and k - 1 > 0:
                    k -= 1
                if k > 0:
                    k -= 1
                if k > 0 and (_LEAD_IN.search(parts[0]) or text[cut - 1:cut] in ("：", ":")) and \
                        all(len(x) <= 20 for x in parts[1:]):
                    # 本报告由总体情况、……、其他需要报告的事项共六部分组成 (one lead-in); 本报告包括：总体情况、……
                    # (a colon opens the list): long items, all of them counted
                    k = 0
            items = parts[k:]
            if len(items) < 3 or any(_OTHER_COUNT.search(x) for x in items[1:]):
                continue
            if len(items[-1]) > max(8, 2 * max(len(x) for x in items[1:-1])):
                continue  # the count belongs to the last item's own name (……部门建设十条措施落实等方面)
            lo = len(items)
            hi = lo + sum(len(re.findall(r"和|以及|及|与", x)) for x in items)
            if n < lo and _merged(items) <= n:
                # an item with a 、 inside (……行政复议、行政诉讼情况): the others share its ending; each part without
                # it may join the next one or stand alone (概述、……情况), so any count down to the fewest is right
                continue
            if n < lo or (n > hi and not m.group("etc") and (k > 0 or cut == 0 or text[cut - 1] not in "，,"
                                                              or _OPENER.search(items[0]))):
                said = text[m.start("n"):m.end()]
                listed = f"{lo}项" if lo == hi else f"{lo}至{hi}项"
                yield Finding(p, m.start("n"), m.end(),
                              f"数目不符：前面列了{listed}（用“、”隔开），后面却说“{said}”；改正数目，或补齐（删去）一项")

    @staticmethod
    def _shared_word(text: str, m, n: int):
        """“四个到位”：思想到位、责任到位、措施到位。 — a quoted count of a word (N个W) whose items after the
        colon each begin or end with W: the message when they are not N, else None (an item without W
        is no item of the count's: nothing is said then)."""
        q = _QUOTED_COUNT.match(text, m.start())
        if q is None or m.start() == 0 or text[m.start() - 1] not in "“「":
            return None
        w = q.group("w")
        stop = _SENTENCE_END.search(text, m.end())
        body = text[m.end():stop.start() if stop else len(text)]
        first = re.split("[，,；;]", body, maxsplit=1)[0]
        if "、" in first:  # the list ends with its clause (……、成果实，做到文风朴实: not a fourth item)
            body = first
        items = [x.strip() for x in re.split("、" if "、" in body else "[，,]", body) if x.strip()]
        if len(items) < 2 or not all(x.startswith(w) or x.endswith(w) for x in items) or len(items) == n:
            return None
        said = text[m.start():m.end() - 1].rstrip("”」")
        return f"数目不符：前面说“{said}”，后面列了{len(items)}个“{w}”；改正数目，或补齐（删去）一项"

    @staticmethod
    def _count(paras, i: int, pos: int):
        """How many items 一是、二是… follow ``pos`` of paragraph ``i`` (in it, or one to a paragraph
        after it), and whether the list is seen to end (its last paragraph ends a sentence and no
        next item comes in the next three paragraphs)."""
        text = paras[i].text
        rest = text[pos:].lstrip(zh.SPACE_CHARS)
        if rest:
            if not rest.startswith("一是"):
                return None
        elif i + 1 >= len(paras) or not paras[i + 1].text.lstrip(zh.BLANK_CHARS).startswith("一是"):
            return None
        k = 0
        j, at = (i, pos) if rest else (i + 1, 0)
        while True:
            label = _label(k + 1) + "是"
            t = paras[j].text
            found = t.find(label, at)
            if found < 0 and k > 0:
                found = _yao_item(t, at, k + 1)
            if found >= 0 and (k == 0 or found > at or j > i):
                k += 1
                at = found + len(label)
                continue
            nxt = paras[j + 1].text.lstrip(zh.BLANK_CHARS) if j + 1 < len(paras) else ""
            if nxt.startswith(label):
                j, at = j + 1, 0
                continue
            later = any(label in paras[x].text for x in range(j + 1, min(j + 4, len(paras))))
            # a paragraph cut off mid-sentence (an excerpt, a draft in progress) may go on
            ended = t.rstrip().endswith(("。", "！", "？", "；", ".", "!", "?"))
            return k, ended and not later
