"""What the phrase rules ask of the text around a match: is it inside a quotation attributed to
a speaker or a text (whose wording is not ours to rewrite), the sentence around it, and the
document's whole text."""
from __future__ import annotations

from ...util import rx
from ...util.zh import SENTENCE_END_CHARS, SPACE, SPACE_CHARS
from ..hanzi import TRADITIONAL_HINT, simplified

_SPEECH = rx.regex(r"(?:强调|指出|说|说过|要求|提出|表示|讲|批示|指示|写道|告诫|宣告|宣布|号召|重申|明确|规定|阐明|所言)"
                   "[^" + SENTENCE_END_CHARS + r"“”]{0,4}[：:]\s*$")


def quotations(ctx, p) -> list[tuple[int, int]]:
    """Spans of the paragraph inside quotation marks attributed to a speaker or a text, before
    (习近平总书记强调：“…”、条例规定：“…”) or after the quotation (“…”总书记鲜明指出): words quoted are
    not ours to rewrite."""
    cache = ctx.tables.get("phrase.quotes")
    if cache is None:
        cache = ctx.shared("phrase.quotes", lambda c: {})
    spans = cache.get(p.index)
    if spans is None:
        spans = cache[p.index] = _find_quotations(p.text)
    return spans


#: a quotation attributed after it: “……。”总书记鲜明指出 / “……”，习近平总书记的这一论述……（a speaker, then what they did）
_SPEAKER_AFTER = rx.regex(r"[^" + SENTENCE_END_CHARS + r"“”]{0,12}?(?:总书记|习近平|主席|同志|讲话|报告|文件|条例|决定|规定|指示)"
                          r"[^" + SENTENCE_END_CHARS + r"“”]{0,8}?(?:强调|指出|道出|说|讲|表示|要求|提出|阐明|阐述|写道|所言|明确|论述)")


def _closing(text: str, i: int) -> int:
    """Where the quotation opened at ``i`` closes (its ”, nested ones skipped), or the text's end.
    The marks are found by ``str.find`` from one to the next (a loop over every character before)."""
    depth = 0
    o = text.find("“", i)
    c = text.find("”", i)
    while c >= 0:
        if 0 <= o < c:
            depth += 1
            o = text.find("“", o + 1)
        else:
            depth -= 1
            if depth == 0:
                return c
            c = text.find("”", c + 1)
    return len(text)


#: a speech verb right before the quotation mark, no colon (……充分肯定“选题精准有高度。充分彰显了……”): speech when
#: the quotation holds a whole sentence (a quoted term, 强调“四个意识”, holds none)
_SPEECH_BARE = rx.regex(r"(?:强调|指出|说|表示|要求|肯定|认为|称赞|评价|坦言|感慨)$")
_SENTENCE_INSIDE = rx.regex("[" + SENTENCE_END_CHARS + "]")


def _find_quotations(text: str) -> list[tuple[int, int]]:
    spans = []
    i = text.find("“")
    while i >= 0:
        before = _SPEECH.search(text, max(0, i - 16), i) or (
            _SPEECH_BARE.search(text, max(0, i - 4), i) and _SENTENCE_INSIDE.search(text, i, _closing(text, i)))
        j = _closing(text, i) if before or text.find("”", i) >= 0 else len(text)
        if before or (j < len(text) and _SPEAKER_AFTER.match(text, j + 1)):
            spans.append((i, min(j + 1, len(text))))
            i = text.find("“", j + 1)
        else:
            i = text.find("“", i + 1)
    return spans


def in_quotation(ctx, p, start: int, end: int) -> bool:
    """Whether ``p.text[start:end]`` lies inside one of the paragraph's :func:`quotations`."""
    return any(a <= start and end <= b for a, b in quotations(ctx, p))


_SENTENCE_END = rx.stdlib("[" + SENTENCE_END_CHARS + r"\n]")


def sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after ``end``."""
    m = _SENTENCE_END.search(text, end)
    return text[end:m.start() if m else len(text)]


def sentence_before(text: str, start: int) -> str:
    """The sentence up to ``start``."""
    return text[max((text.rfind(c, 0, start) for c in SENTENCE_END_CHARS + "\n"), default=-1) + 1:start]


def sentence_around(text: str, start: int, end: int) -> str:
    """The whole sentence around ``text[start:end]``."""
    a = max((text.rfind(c, 0, start) for c in SENTENCE_END_CHARS), default=-1) + 1
    return text[a:start] + text[start:end] + sentence_after(text, end)


def document_text(ctx) -> str:
    """The document's paragraphs joined by line breaks, once per document."""
    return ctx.shared("doc.text", lambda c: "\n".join(p.text for p in c.doc.paragraphs))


#: a character of traditional script (see hanzi.TRADITIONAL_HINT): a paragraph DJ401 reads in simplified characters
TRADITIONAL = rx.stdlib(f"[{TRADITIONAL_HINT}]")


def has_traditional(p, ctx) -> bool:
    """Whether ``p.text`` holds a character of :data:`TRADITIONAL`.  A paragraph of the lint's document is
    looked up in the paragraphs the document's one search found (``paragraphs_matching``, which the rules'
    candidates ask for anyway) instead of searched again by every rule that reads it (7,500 searches a 2 MB
    text, ~0.8 µs each); any other paragraph (a copy with another text) is searched."""
    paragraphs = ctx.doc.paragraphs
    i = p.index
    if 0 <= i < len(paragraphs) and paragraphs[i] is p:
        found = ctx.tables.get("phrase.traditional-indexes")
        if found is None:
            found = ctx.shared("phrase.traditional-indexes", _traditional_indexes)
        return i in found
    return TRADITIONAL.search(p.text) is not None


def _traditional_indexes(ctx) -> frozenset:
    return frozenset(q.index for q in traditional_hint_paragraphs(ctx))


def traditional_hint_paragraphs(ctx) -> list:
    """The paragraphs holding a character of :data:`TRADITIONAL`, in order (the caller's own list).  Its 39
    characters are all in the 语病 family's class of every traditional-only form (grammar.script, 3,541; a test
    holds them to it), whose one search of the document the family makes anyway: the paragraphs are picked
    from those it found, not found by a second search of the document (~1.1 ms a MB: the standard library
    tests a class at every character)."""
    return list(ctx.shared("phrase.traditional-hint", _traditional_hint))


def _traditional_hint(ctx) -> tuple:
    from ..grammar.script import traditional_class

    search = TRADITIONAL.search
    return tuple(q for q in ctx.doc.paragraphs_matching(traditional_class()) if search(q.text) is not None)


def simplified_document(ctx) -> str:
    """The document's text in simplified characters (習近平 is 习近平), computed once, only when a variant
    that requires a word is met in a document without it."""
    return ctx.shared("phrase.simplified-text", lambda c: simplified(document_text(c)))


def merged(found: list, more: list) -> list:
    """Two lists of paragraphs as one, in document order, each paragraph once."""
    if not more:
        return found
    return sorted({p.index: p for p in (*found, *more)}.values(), key=lambda p: p.index)


#: the kinds of document (文种, from the title) a unit writes in its own voice; a speech, a news item,
#: a communiqué or a decision may be the words of the leader or of the centre, and are left alone
_OWN_KINDS = frozenset(("实施意见", "实施方案", "工作方案", "方案", "工作要点", "要点", "工作计划", "计划", "通知", "通报",
                        "措施", "若干措施", "清单", "心得体会", "体会", "感悟", "表态发言", "交流发言", "实施办法", "实施细则"))


def own_text(ctx) -> bool:
    """Whether the document is a unit's own writing by its title: a report or summary of its work
    (工作总结、述职报告、主体责任报告……) or its plan, scheme or notice; not a speech, whose speaker
    may be the leader himself (his own reports and speeches name the thought without his name)."""
    def compute(c):
        from ..structure.doctype import read_kind

        kind, where = read_kind(c.doc)
        return (kind == "report" and where == "标题") or (kind == "other" and where in _OWN_KINDS)

    return ctx.shared("phrase.own-text", compute)


#: four-character phrases spaced apart, before or after a stretch: a banner's or a slogan's layout
_SPACED_PHRASE_AFTER = rx.regex(SPACE + r"+\p{Han}{4}(?![\p{Han}])")
_SPACED_PHRASE_BEFORE = rx.regex(r"(?<![\p{Han}])\p{Han}{4}" + SPACE + "+$")


def in_spaced_banner(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is one of a run of four-character phrases spaced apart (“不忘初心 牢记使命 提质增效
    砥砺前行”): a banner, whose spaces stand where a sentence would put 、."""
    return _SPACED_PHRASE_AFTER.match(text, e) is not None or _SPACED_PHRASE_BEFORE.search(text, max(0, s - 6), s) is not None


#: a news headline cited in 《》: its parts spaced apart (《……强调 坚持……》), or a report of what someone said (强调)
_HEADLINE = rx.regex(r"\p{Han}" + SPACE + r"+\p{Han}|强调")
#: a document's title, whose issuers may be spaced apart too (《中共中央 国务院关于……的意见》): 关于, or a kind of document
#: at its end
_DOCUMENT_TITLE = rx.regex(r"关于|(?:通知|通报|意见|决定|决议|办法|条例|规定|准则|纲要|方案|规划|细则|法|报告|公报|章程|建议|批复)$")
#: what a headline writes differently from a sentence: it drops 、 and ， or puts a space for them
_HEADLINE_PUNCTUATION = rx.regex("[、，," + SPACE_CHARS + "]")


def in_headline_title(text: str, s: int, e: int, name: str) -> bool:
    """Whether text[s:e] differs from the formulation ``name`` only by punctuation and stands inside a title
    mark whose text is a news headline's (published78: 《……强调 ……为全面推进强国建设民族复兴伟业提供坚强安全保障》,
    as the paper printed it): the headline's own convention, not a slip.  A document's title (《……若干准则》)
    is no headline, though its issuers are spaced apart (《中共中央 国务院关于……的意见》), and its wording errors
    stay found."""
    if _HEADLINE_PUNCTUATION.sub("", text[s:e]) != _HEADLINE_PUNCTUATION.sub("", name):
        return False
    opened = text.rfind("《", 0, s)
    closed = text.find("》", e)
    if opened < 0 or closed < 0 or "》" in text[opened:s] or "《" in text[e:closed]:
        return False
    title = text[opened + 1:closed]
    return _HEADLINE.search(title) is not None and _DOCUMENT_TITLE.search(title) is None
