"""DJ401 known wrong variants of a formulation, DJ403 a formulation out of its years, DJ404 a
near miss (one character off), DJ405 a formulation written two ways in one document."""
from __future__ import annotations

import regex as re

from ...engine import Finding, Rule
from ...engine.literals import literal_hits, paragraphs_matching, paragraphs_with_words
from ...util import rx
from ...util.trie import trie_pattern, words_in
from ...util.zh import NUMERAL_CHARS
from ..grammar.script import reads_traditional
from ..hanzi import simplified, traditional_forms
from .context import (
    document_text,
    has_traditional,
    in_headline_title,
    in_quotation,
    in_spaced_banner,
    merged,
    own_text,
    sentence_after,
    sentence_around,
    sentence_before,
    simplified_document,
    traditional_hint_paragraphs,
)
from .lexicon import FUZZY_MIN, LEXICON_SOURCE, LexiconKeyRule, keys_in, lexicon_for, variant_searches
from .misspelling import holds_a_listed_form, listed_wrong_forms
from .nearwindows import candidate_starts, deleted_char, inserted_char, may_fit, windows
from .titles import TITLE_MARK, title_near_misses


class FormulationVariant(Rule):
    """规范提法写错了（已知的错误写法）

    ## 检查内容
    词库中每条规范提法收录的已知错误写法，例如“以习近平总书记为核心的党中央”“四种意识”
    “新时代中国特色社会主义思想”（漏了“习近平”：总书记本人的讲话和报告不称自己的名字，所以只在提到
    “习近平”的文稿和单位自己的报告、总结、述职、计划、方案、通知（按标题的文种）中检查；转述他的话、
    党的二十大报告的话和党的二十大的主题不报）“不忘初心牢记使命”（丢了顿号）
    “党的二十大会议精神”“二十大三中全会”“扫黑险恶”，以及思想名称里添了词的“习近平新时代先进思想”
    “新时代中国特色社会主义理论思想体系”。繁体字写的段落按简体字核对（習近平新時代先進思想），只提示，不给修复。

    ## 为什么
    党的文件中的提法一字不能改，写错是政治性差错，不是普通的错别字。

    ## 修复说明
    词库给出改法、且改了不会改变意思的（笔误、没有正当用法的错误写法），作为安全修复；有正当相似用法的
    （“三个意识”可能是单位自己的列举）只作建议，需人工确认。引语（某某强调：“……”）里只查笔误，
    不按提法改写，修复也不往引语里加字。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ401"
    name = "formulation-variant"
    severity = "error"
    fix = "sometimes"
    source = LEXICON_SOURCE
    #: a known wrong form of a formulation says more than a near-miss (DJ404) or a character that
    #: sounds or looks alike (DJ421) on the same characters: 共商国事, 井岗山精神
    supersedes = ("DJ404", "DJ421")

    def candidates(self, ctx):
        lex = lexicon_for(ctx.registry)
        if lex.variant_re is None:
            return []
        if lex.variant_needs is not None:  # a literal each variant's match holds, from the engine's one scan
            found = paragraphs_with_words(ctx, variants_of_key(lex).keys())
        elif lex.variant_joinable:
            found = ctx.doc.paragraphs_matching(lex.variant_re)
        else:
            return None  # every paragraph
        # and the paragraphs in traditional script, read in simplified characters (習近平新時代……)
        return merged(found, traditional_hint_paragraphs(ctx))

    def literal_keys(self, registry):
        lex = lexicon_for(registry)
        return tuple(variants_of_key(lex)) if lex.variant_needs is not None else ()

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if lex.variant_re is None:
            return
        text, found = p.text, literal_hits(ctx).get(p.index)
        traditional = has_traditional(p, ctx)
        if traditional:
            # the same formulation in traditional script (新時代中國特色社會主義): matched in simplified characters,
            # the same length, so the offsets are the paragraph's own; reported without a fix (the fix is simplified)
            text, found = simplified(text), None
        for k, start in _variant_starts(lex, text, found):
            f, v = lex.variant_index[k]
            vm = v.pattern.match(text, start)  # the variant's own groups, for its fix
            if vm is None or not _variant_applies(ctx, p, f, v, vm, text):
                continue
            finding = _variant_finding(p, f, v, vm, in_quotation(ctx, p, vm.start(), vm.end()))
            if traditional:  # quote the words as written (新時代…), say the right form in simplified characters
                said = p.text[vm.start():vm.end()]
                finding = Finding(p, finding.start, finding.end, finding.message.replace(f"“{vm.group(0)}”", f"“{said}”", 1),
                                  severity=finding.severity)
            yield finding


def _variant_starts(lex, text: str, found=None):
    """(variant index, start) of each match of ``variant_re`` in ``text``, as its finditer gives
    them.  With a literal known for every variant, only the variants whose literal the text holds
    (``found``: the engine's scan of the paragraph, every occurrence of every key; without it the
    text is scanned here) are searched, one by one, and their matches merged the way one
    alternation finds them: the leftmost start first, the earliest variant at a tie, the next
    search from the match's end."""
    if lex.variant_needs is None:
        for m in lex.variant_re.finditer(text, timeout=1.0):
            yield int(m.lastgroup[1:]), m.start()
        return
    if found is not None:
        of = variants_of_key(lex)
        present = sorted({k for lit in found if lit in of for k in of[lit]})
    else:
        present = sorted({k for lit in words_in(lex.variant_needs, text) for k in variants_of_literal(lex)[lit]})
    pos, searches = 0, variant_searches(lex)
    while present:
        best_k, best = None, None
        for k in present:
            m = searches[k](text, pos, timeout=1.0)
            if m is not None and (best is None or m.start() < best.start()):
                best_k, best = k, m
        if best is None:
            return
        yield best_k, best.start()
        pos = best.end() if best.end() > best.start() else best.start() + 1
        if pos > len(text):
            return


def variants_of_key(lex) -> dict[str, frozenset]:
    """For each literal of the variants, the variants that hold it (the engine's scan reports every
    occurrence of every literal, so no prefix is looked up)."""
    def build():
        of: dict[str, set] = {}
        for k, lits in enumerate(lex.variant_literals):
            for w in lits:
                of.setdefault(w, set()).add(k)
        return {w: frozenset(ks) for w, ks in of.items()}

    return lex.memo_pattern("variants-of-key", build)


def variants_of_literal(lex) -> dict[str, set]:
    """For each literal of the variants, the variants whose literal it or a prefix of it is (the
    trie of ``variant_needs`` finds the longest literal where several start)."""
    def build():
        of: dict[str, set] = {}
        for k, lits in enumerate(lex.variant_literals):
            for w in lits:
                of.setdefault(w, set()).add(k)
        return {w: {k for n in range(1, len(w) + 1) for k in of.get(w[:n], ())} for w in of}

    return lex.memo_pattern("variants-of-literal", build)


def _variant_applies(ctx, p, f, v, m, text: str) -> bool:
    if v.requires and not any(r in document_text(ctx) or r in simplified_document(ctx) for r in v.requires.split("|")) \
            and not (v.own_text and own_text(ctx)):
        return False  # requires: 习近平|总书记 — any of them in the document (or, own_text, a unit's own text)
    if v.since is not None and (ctx.year is None or ctx.year < v.since):
        return False
    if v.near is not None and not v.near.search(text):
        return False
    after = sentence_after(text, m.end())
    if v.unless_after is not None and v.unless_after.search(after):
        return False
    if v.unless_before is not None and v.unless_before.search(sentence_before(text, m.start())):
        return False
    if v.unless_document is not None and v.unless_document.search(document_text(ctx)):
        return False  # a field with its own list of the name (宗教界的“三个意识”)
    if v.local_list and f.suffix and _names_a_stranger(after, f):
        return False  # 增强“三个意识”，即责任意识、服务意识、创新意识: a list of the unit's own
    if _mentioned(text, m.start(), m.end()):
        return False  # “两岸三地”的说法不规范, 不能使用“台湾政府”这一称呼: the wrong form named, not used
    if not v.typo and in_quotation(ctx, p, m.start(), m.end()):
        return False  # a quotation is checked for slips only, never rewritten to a formulation
    return True


#: after a quoted form: words that name it as a word (“村长”这个称呼, “两岸三地”的说法, “政府报告”一词)
_NAMED_AFTER = rx.regex(r"”(?:这个|这一|这种|这类|的|等|一)?(?:称呼|称谓|说法|提法|叫法|写法|表述|字样|词语|用语|词)")
#: before a quoted form: verbs that name it (写成“……”, 不得使用“……”, 避免出现“……”)
_NAMED_BEFORE = rx.regex(r"(?:(?:简写|简化|误写|错写|简称|写|说|改|称|叫)(?:成|作|为|做)?|不是|而非|并非|不叫|不称|使用|出现|避免|禁用"
                         r"|慎用)“$")


def _mentioned(text: str, s: int, e: int) -> bool:
    """The match is a quoted word that the sentence talks about rather than uses."""
    if not (text[s - 1:s] == "“" and text[e:e + 1] == "”"):
        return False
    return bool(_NAMED_AFTER.match(text, e) or _NAMED_BEFORE.search(text, max(0, s - 8), s))


def _names_a_stranger(text: str, f) -> bool:
    words = re.findall(r"[\p{Han}]{2}" + re.escape(f.suffix), text)
    return any(w not in f.members for w in words)


def _in_quotes(text: str) -> str:
    """Text in quotation marks, without doubling the marks it already has (“四个意识”)."""
    return text if text.startswith("“") and text.endswith("”") else f"“{text}”"


def _variant_finding(p, f, v, m, quoted: bool) -> Finding:
    # a message may name what was matched (\1: 十九大)
    message = m.expand(v.message) if v.message and "\\" in v.message else v.message
    if v.fix is None:
        msg = message or f"{_in_quotes(m.group(0))}不是规范提法（规范写法：{f.name}）"
        return Finding(p, m.start(), m.end(), msg, severity=v.severity)
    fix = m.expand(v.fix) if "\\" in v.fix else v.fix
    # inside a quotation a fix may only swap characters, never add words
    safe = v.safe and not (quoted and len(fix) != len(m.group(0)))
    msg = message or f"提法有误：{_in_quotes(m.group(0))}应为{_in_quotes(fix)}"
    return Finding(p, m.start(), m.end(), msg, fix, safe, severity=v.severity)


@reads_traditional
class FormulationDate(Rule):
    """提法与报告年份不符：提出之前就用了，或已改用新提法后还用旧的

    ## 检查内容
    报告的日期已知时（标题里的年份、文末的成文日期、标题下的日期行、正文开头的“2023年，……”，
    或配置 `year:`；见 README“报告的日期”）：某提法在它提出之前就出现了（如 2014 年的报告写
    “四个意识”），或已被新提法取代后仍在使用（如 2017 年的报告写“以习近平同志为总书记的党中央”；
    2024 年的报告写“三个自信”：“三个自信”于2016年7月后发展为“四个自信”）。年度报告按写于当年
    1 月至次年 3 月计：2023 年度报告里出现 2024 年 1 月才提出的提法是对的（报告写于 2024 年初），
    半年总结按写于当年 5 月至 8 月计，有成文日期的按成文日期。日期不明时不提示；写它当年是对的提法，
    在那一年的报告里永远不报。
    引语（习近平总书记强调：“……”）里的提法不报；同一句里新旧提法都出现的（从“三个自信”到“四个自信”）
    是在讲历史，也不报。繁体字段落（習近平新時代……）按简体核对，不给修复。

    ## 为什么
    用错时代的提法，说明报告是套用别年的范文改的，或者引用了过时的表述。

    ## 修复说明
    旧提法有现行写法的，给出替换建议（不安全：请确认报告年份无误）。

    ## 依据
    各条提法的出处和日期见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ403"
    name = "formulation-date"
    severity = "warning"
    fix = "sometimes"
    source = LEXICON_SOURCE

    def candidates(self, ctx):
        lex = lexicon_for(ctx.registry)
        if not ctx.year or lex.dated_re is None:
            return []
        # only a formulation out of its years is reported: the paragraphs holding one (check_paragraph reads all)
        wrong = sorted(name for name, (early, late) in _date_status(ctx, lex).items() if early or late)
        if not wrong:
            return []
        return paragraphs_with_words(ctx, wrong)  # the dated names are keys of the engine's scan

    def literal_keys(self, registry):
        return tuple(lexicon_for(registry).dated)

    def check_paragraph(self, p, ctx):
        date = ctx.report_date
        lex = lexicon_for(ctx.registry)
        if date is None or lex.dated_re is None:
            return  # the date decides: unknown, nothing is said
        year = date.year
        text = p.text
        status = _date_status(ctx, lex)
        for m in lex.dated_re.finditer(text):
            f = lex.dated[m.group(0)]
            # the dates first (most formulations are right for the report's year), then the text around
            early, late = status[f.name]
            if not early and not late:
                continue
            if in_quotation(ctx, p, m.start(), m.end()) or _covered_by_legit(text, m, f.legit):
                continue
            if early:
                yield Finding(p, m.start(), m.end(), f"“{f.name}”是{f.since}起使用的提法，{year}年的报告中不应出现，请核对")
            else:
                if f.replaced_by and f.replaced_by in sentence_around(text, m.start(), m.end()):
                    continue  # 从“三个自信”到“四个自信”: history, told as history
                if _dated_in_its_years(text, m, f):
                    continue  # 2014年12月，……首次提出“……全面建成小康社会……”: the sentence tells its own time
                yield Finding(p, m.start(), m.end(), _replaced_message(f, year), f.replaced_by, safe=False)


def _dated_in_its_years(text: str, m, f) -> bool:
    """Whether the sentence names, before the formulation, a year in which it was still in use: a
    narration of that time (2014年12月，……首次提出“协调推进全面建成小康社会……”), not the report's own words."""
    from ..facts.when import sentence_bounds, years_named  # the facts' date reading, loaded only when needed

    a, _b = sentence_bounds(text, m.start(), m.end())
    named = years_named(text, a, m.start())
    return bool(named) and named[-1][2].end.year <= f.until.year


def _date_status(ctx, lex) -> dict[str, tuple[bool, bool]]:
    """For each dated formulation, whether the report's date is before it began (early) or after
    it was given up (late), once per document."""
    def compute(c):
        date = c.report_date
        out = {}
        for name, f in lex.dated.items():
            early = bool(f.since) and date.entirely_before(f.since.year, f.since.month)
            late = not early and bool(f.until) and date.entirely_after(f.until.year, f.until.month)
            out[name] = (early, late)
        return out

    return ctx.shared("phrase.date-status", compute)


def _body_matching(doc, pattern, ctx=None) -> list:
    """The body paragraphs ``pattern`` matches in, in order (with ``ctx``: read off the engine's scan)."""
    found = doc.paragraphs_matching(pattern) if ctx is None else paragraphs_matching(ctx, pattern)
    return [p for p in found if p.part == "body"]


def _legit_forms(lex):
    """Every form of every entry that has more than one written form (a trie of literals)."""
    legit = [f for f in lex.entries if f.legit]
    return lex.memo_pattern("legit-forms", lambda: rx.stdlib(
        trie_pattern(form for f in legit for form in [f.name] + f.legit))) if legit else None


def _replaced_message(f, year: int) -> str:
    if f.replaced_by:
        return f"“{f.name}”于{f.until}后{f.change}“{f.replaced_by}”，{year}年的报告请用“{f.replaced_by}”"
    return f"“{f.name}”是{f.until}以前的提法，{year}年的报告中不应再用，请核对"


def _covered_by_legit(text: str, m, legit: list[str]) -> bool:
    """Whether the match is part of another correct form (中国化时代化 in 中国化时代化大众化)."""
    for form in legit:
        at = text.find(form, max(0, m.end() - len(form)))
        while 0 <= at <= m.start():
            if at + len(form) >= m.end():
                return True
            at = text.find(form, at + 1)
    return False


#: 把 and 将 put the formulation before its verb (坚持把党的全面领导贯穿……): a sentence built on it, not a slip
_FUZZY_IGNORE_INSERT = set("的之和与了着、，等“”‘’《》（）把将负担扛")  # 负担扛: 对……全面从严治党负主体责任 is a verb, not a slip
_FUZZY_IGNORE_DELETE = set("为的之和与了")
_NUMERALS = set(NUMERAL_CHARS + "百两0123456789")
#: a half-width comma (不忘初心,牢记使命) is the comma typed in another width: punctuation, not the wording
_JOINERS = set("和、，,及与")


@reads_traditional
class NearMissFormulation(LexiconKeyRule):
    """规范提法差了一个字（多字、少字、错字）

    ## 检查内容
    书名、文件名（词库和会议数据表里的标题）中间少了或多了一两个字的，如《公民道德实施纲要》
    （应为《公民道德建设实施纲要》）；开头、结尾不同的（另有前缀、“释义”“学习辅导”等）和数字不同的不报，但发文机关
    名称被截短的报（《中央关于……的决定》应为《中共中央关于……的决定》，《中国统一战线工作条例》应为
    《中国共产党统一战线工作条例》）。中共中央全会的决定、建议、决议（《中共中央关于……》）标题错了好几处的也报，
    如《中共中央关于进一步周全深化刷新，推进中国式现代化的决议》（应为《中共中央关于进一步全面深化改革、推进中国式
    现代化的决定》）；地方党委、政府仿照的同名文件（《中共××省委关于制定……的建议》）和“××全会精神”不报。
    繁体字段落按简体核对（書名和提法都是），只提示，不给修复。
    与词库中 8 个字以上的规范提法只差一个字的文字，如“习近平新时代中国特色社会主意思想”
    “以习近平同志为核的党中央”“全面从严治党主休责任”。第一个或最后一个字不同的不报（“意识形态工作
    责任清单”不是“责任制”的笔误），数字不同的不报（十九届五中全会是另一次会议）。多出一个“的”、把顿号写成逗号等
    公认的写法不报；书名号里引的新闻标题（各部分用空格隔开，或“……强调……”）不用顿号、逗号，只差标点的不报
    （《……强调 为全面推进强国建设民族复兴伟业提供坚强安全保障》）。

    ## 为什么
    长提法最容易在录入时错一个字，而这类错误人工校对最难发现。

    ## 修复说明
    改为规范写法（安全修复：只差一个字，且规范写法唯一）。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ404"
    name = "near-miss-formulation"
    severity = "warning"
    fix = "sometimes"
    source = LEXICON_SOURCE
    supersedes = ("DJ421",)  # 政治声态 in a formulation: one finding (this one, with its safe fix), not two
    def own_keys(self, lex):
        return lex.half_keys

    def candidates(self, ctx):
        found = super().candidates(ctx)
        return merged(found, ctx.doc.paragraphs_matching(TITLE_MARK))

    def check_paragraph(self, p, ctx):
        if "《" in p.text:
            yield from title_near_misses(p, ctx)
        yield from self._formulation_misses(p, ctx)

    def _formulation_misses(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        text = p.text
        if len(text) < FUZZY_MIN - 1:
            return
        if not lex.halves_of:
            return
        # one edit leaves at least one half of a formulation intact: only those formulations are
        # tried, and only in a window around where their intact half stands
        taken: list[tuple[int, int]] = []
        fuzzy = lex.fuzzy
        silent = lex.exact_is_silent
        size = len(text)
        found = keys_in(lex, p, ctx)
        quarters = lex.quarters
        for k, starts in sorted(candidate_starts(lex, found).items()):
            f, halves, compiled = fuzzy[k]
            if len(starts) == 1 and silent[k]:
                for only in starts:
                    break
                if text.startswith(f.name, only):
                    continue  # written right, nothing within its window's reach to report (most formulations)
            # the test of may_fit on the whole paragraph first (its halves are keys the scan found)
            a1, a2, b1, b2 = quarters[k]
            if not ((halves[1] in found and (a1 in text or a2 in text))
                    or (halves[0] in found and (b1 in text or b2 in text))):
                continue
            name = f.name
            n = len(name)
            for a, b, alone in windows(starts, n, size):
                if alone is not None and silent[k] and text.startswith(name, alone):
                    continue  # written right, nothing within this window's reach of it to report
                if not may_fit(text, a, b, halves, quarters[k]):
                    continue
                if compiled is None:
                    compiled = rx.regex(f"(?:{re.escape(name)}){{e<=1}}", re.BESTMATCH)
                    fuzzy[k] = (f, halves, compiled)
                for m in compiled.finditer(text, a, b, timeout=1.0, overlapped=False):
                    s, e = m.span()
                    if not _is_near_miss(f, m, text, lex, ctx.registry) or any(x < e and s < y for x, y in taken):
                        continue
                    subs, ins, dels = m.fuzzy_counts
                    quoted = in_quotation(ctx, p, s, e)
                    if quoted and (ins or dels):
                        continue  # a quotation's wording is the speaker's: only a slip of one character is ours to see
                    taken.append((s, e))
                    # a character swapped in a fixed phrase is a slip; a word added or left out may be meant
                    yield Finding(p, s, e, f"疑似提法有误：“{m.group(0)}”应为“{name}”", name,
                                  safe=bool(subs) and not quoted)


def _is_near_miss(f, m, text: str, lex, registry) -> bool:
    """Whether a one-edit match of formulation ``f`` is a misspelling of it, not another
    correct wording (a function word, another meeting's number, the same list joined by 和), nor a
    wrong form DJ411/DJ419 list at the slip (意识型态工作责任制: DJ411's 型态 → 形态 is the one finding)."""
    got = m.group(0)
    if got == f.name or got in f.legit or f.name in text[max(0, m.start() - 2):m.end() + 2]:
        return False
    if any(got in form and form in text[max(0, m.start() - len(form)):m.end() + len(form)] for form in f.legit):
        return False  # 以习近平同志为核心的中央领导集体: another right wording the lexicon lists
    if got in lex.exact or in_headline_title(text, m.start(), m.end(), f.name):
        return False  # another formulation, written right; a cited headline's punctuation (its own convention)
    subs, ins, dels = m.fuzzy_counts
    if ins and len(got) == len(f.name) + 1 and inserted_char(f.name, got) in _FUZZY_IGNORE_INSERT:
        return False
    if ins and inserted_char(f.name, got) == "以" and _FRAME_WEI.match(text, m.end()):
        return False  # 坚持以党的全面领导为根本保证: the frame 以……为 around the formulation, not a slip in it
    if dels and (got == f.name[1:] or got == f.name[:-1]):
        return False  # the phrase cut at its edge: not a misspelling of it
    if dels and deleted_char(f.name, got) in _FUZZY_IGNORE_DELETE:
        return False  # 以党的政治建设统领: a function word left out, still the same wording
    if dels and deleted_char(f.name, got) == "、" and not any(c in text for c in "。，；！？,;!?"):
        return False  # a headline drops the list's 、 (……为强国建设民族复兴伟业汇聚强大力量): its own convention
    if subs:  # (a banner's phrases spaced apart: “不忘初心 牢记使命 提质增效 砥砺前行”)
        i = next(k for k in range(len(got)) if got[k] != f.name[k])
        if _organ_for_party(f.name, got, i, text, m.start()):
            return False
        return (_substitution_is_slip(f.name, got) and not in_spaced_banner(text, m.start(), m.end())
                and not holds_a_listed_form(listed_wrong_forms(registry), got, i))
    return True


def _organ_for_party(name: str, got: str, i: int, text: str, start: int) -> bool:
    """党的 written 党组 or 党委 right after a unit's name (县教育局党组群众路线教育实践活动实施方案, dev-prec438): the
    unit's party organ says whose campaign it is, not a slip of 党的.  党组 with no unit before it is still one."""
    return name[i - 1:i + 1] == "党的" and got[i] in "组委" and start > 0 and text[start - 1] in _UNIT_ENDS


#: the last character of a unit's name before its 党组/党委 (教育局, 教育厅, 卫健委, 学校, 法院)
_UNIT_ENDS = frozenset("局厅委院校部办司会处所站社")


#: the 为 that closes a 以……为 frame after the formulation (以党的全面领导为根本保证)
_FRAME_WEI = rx.stdlib(r"[^，。；！？,;!?]{0,6}为")


def _substitution_is_slip(name: str, got: str) -> bool:
    i = next((k for k in range(len(got)) if got[k] != name[k]), None)
    if i is None or i in (0, len(got) - 1):
        return False  # a different last or first character is usually a different word (责任清单)
    if name[i - 1:i + 1] == "治党" and got[i] in "检警校院税军医":
        return False  # 全面从严治检（治警、治校）: a sector's own wording of the formulation
    if got[i] in _NUMERALS and name[i] in _NUMERALS:
        return False  # 十九届五中全会 is another meeting, not a typo of 四中全会
    if name[i] in traditional_forms().get(got[i], ()):
        return False  # 牢記: a traditional character (DJ706), not a slip of the formulation
    return not (got[i] in _JOINERS and name[i] in _JOINERS) and {got[i], name[i]} != {"定", "决"}  # 和/与; 坚定/坚决维护


_NUMBERED = rx.regex("“([" + NUMERAL_CHARS + r"两])([\p{Han}])\1([\p{Han}])”")


class InconsistentFormulation(Rule):
    """同一文档中同一提法写法不一致（“五比五看”与“六比六看”）

    ## 检查内容
    同一篇报告里，带数字的口号型提法前后数字不一致（“五比五看”“六比六看”），
    或同一规范提法有两种写法（“不忘初心、牢记使命”与“不忘初心，牢记使命”）。

    ## 为什么
    前后不一致说明至少有一处写错了，或是从不同稿子拼起来的。

    ## 依据
    公文用语前后一致的要求（《党政机关公文处理工作条例》第十九条）。
    """

    code = "DJ405"
    name = "inconsistent-formulation"
    severity = "warning"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十九条"

    def scan_patterns(self, registry):
        pattern = _legit_forms(lexicon_for(registry))
        return () if pattern is None else (pattern,)

    def check(self, doc, ctx):
        seen: dict[tuple, tuple] = {}
        # _NUMBERED has no anchor or lookaround and cannot match a NUL: the paragraphs holding a
        # match are found by one search of the whole document
        for p in _body_matching(doc, _NUMBERED):
            for m in _NUMBERED.finditer(p.text):
                key = (m.group(2), m.group(3))
                first = seen.get(key)
                if first is None:
                    seen[key] = (m.group(0), p)
                elif first[0] != m.group(0):
                    yield Finding(p, m.start(), m.end(), f"前文写作{first[0]}（第{first[1].line}段），此处为{m.group(0)}，请统一")
        lex = lexicon_for(ctx.registry)
        legit = [f for f in lex.entries if f.legit]
        if not legit:
            return
        # the paragraphs holding any form of any such entry (the others hold none of an entry's)
        holding = _body_matching(doc, _legit_forms(lex), ctx)
        for f in legit:
            forms = sorted([f.name] + f.legit, key=len, reverse=True)
            where = {}
            for p in holding:
                claimed: list[tuple[int, int]] = []  # a form inside a longer one is that one
                for form in forms:
                    i = p.text.find(form)
                    while i >= 0 and any(a <= i and i + len(form) <= b for a, b in claimed):
                        i = p.text.find(form, i + 1)
                    if i >= 0:
                        claimed.append((i, i + len(form)))
                        where.setdefault(form, (p, i))
            if len(where) > 1:
                (first, (p1, _)), (second, (p2, i2)) = sorted(where.items(), key=lambda kv: (kv[1][0].index, kv[1][1]))[:2]
                yield Finding(p2, i2, i2 + len(second), f"“{second}”与前文“{first}”（第{p1.line}段）写法不一致，请统一",
                              severity="info")
