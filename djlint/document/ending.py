"""Whether a document has been seen to its end: a text whose last paragraph stops mid-sentence
(an opening copied from a web page, a draft pasted in part) has not.

Rules that need the end of the document to say something is missing (DJ101 a missing part,
DJ102, DJ108 the closing, DJ312 a lone 一是 whose 二是 may follow in the last section, DJ503 a
mark opened in the last paragraph) stay silent on such a text, and on one that stops at a
heading: what they miss may be in the part nobody pasted.  DJ105 still says that a complete
last heading has nothing under it, not when the heading itself was cut.  A document ends whole when its last non-empty body paragraph ends
a sentence (。！？；… or a closing mark), or is a date line (成文日期), a short line without
sentence punctuation (a signature, an issuer, a title), a field line (联系人：…), a table cell,
or a heading that reads complete.
"""
from __future__ import annotations

from ..util import rx
from ..util.zh import HEADING_MAX_LEN, NUMERAL, SHORT_LINE_LEN, YEAR_DIGIT

#: what a whole paragraph may end with: a sentence end, an ellipsis, a closing mark
_WHOLE_END = "。！？；…!?;.\"）)】》”’」』"
_ITEM_END = "。；;"
_DAY = r"(?:[0-9０-９]{1,2}|" + NUMERAL + "{1,3})"
#: a line that is only a date (the 成文日期 a document ends with: 2024年1月15日, 二〇二四年一月十五日)
DATE_LINE = rx.regex(r"^\s*[（(]?(?:[0-9０-９]{4}|" + YEAR_DIGIT + r"{4})\s*年\s*" + _DAY + r"\s*月(?:\s*" + _DAY
                      + r"\s*日)?[）)]?\s*$")
#: the imprint line (版记) a document ends with: ……办公室2024年1月15日印发
_IMPRINT = rx.regex(_DAY + r"\s*日\s*(?:印发|发布|签发)$")
_SENTENCE_PUNCT = rx.regex(r"[，。；！？、,;]")
#: 联系人：张某，邮箱：…, 附件：1. …: a line of fields ends a notice as it is
_FIELD = rx.regex(r"^\s*[^：:（(，。；\s]{1,8}[：:]\S")
_FIELDS_SPLIT = rx.regex(r"[，,；;]")
_CLAUSES = rx.regex(r"[，,]")


def open_end(doc):
    """The last body paragraph when the document was not seen to its end, else None: when it
    stops mid-sentence (the text was cut there, :func:`cut_end`) or at a heading with nothing
    under it (a draft not finished, or a text cut after a heading: DJ105 says the heading is
    empty, the rules that need the end say nothing)."""
    last = cut_end(doc)
    if last is not None:
        return last
    paragraphs = [p for p in doc.body if p.text.strip()]
    if not paragraphs:
        return None
    last = paragraphs[-1]
    h = doc.outline.heading_of(last)
    if h is None or h.runin or last.in_table:
        return None
    if last.text.rstrip().endswith(tuple(_ITEM_END)):
        # “（二）加强思想建设。” closing a list of one-line items is whole; after body text it
        # is a section heading with nothing under it
        before = paragraphs[-2] if len(paragraphs) > 1 else None
        if before is None or doc.outline.heading_of(before) is not None:
            return None
    return last


def cut_end(doc):
    """The last body paragraph when it stops mid-sentence (the text was cut there), else None."""
    last = None
    for p in reversed(doc.body):
        if p.text.strip():
            last = p
            break
    if last is None or last.in_table:
        return None
    text = last.text.strip()
    if _closed_mid_sentence(doc, last, text) or _open_title_at_end(text):
        return last  # ……举办“推进地区治理能力现代化” / ……集体学习了《……纪实》: a long paragraph stopped after a title
    if text.endswith(tuple(_WHOLE_END)) or DATE_LINE.match(text) or _IMPRINT.search(text):
        return None
    if text.count("（") + text.count("(") > text.count("）") + text.count(")"):
        return last  # a bracket (a byline, an aside) left open at the very end
    if text.count("《") > text.count("》") or text.count("“") > text.count("”"):
        return last  # stopped inside a title or a quotation (作了题为《凝心聚力 为实现“十四五)
    heading = doc.outline.heading_of(last)
    if heading is not None and not heading.runin:
        return last if _cut_heading(heading) or _runin_siblings(doc, heading) else None
    if len(text) <= SHORT_LINE_LEN and not _SENTENCE_PUNCT.search(text) and not _right_under_a_heading(doc, last):
        return None  # a signature, an issuer, a name: the end of a document
    if len(text) <= HEADING_MAX_LEN and all(_FIELD.match(s) for s in _FIELDS_SPLIT.split(text) if s.strip()):
        return None
    return last


#: the closing marks a quotation or a title ends with; a sentence ends after them only when its own mark is inside
_CLOSING = "”’」』》"
_SENTENCE_MARKS = "。！？；…!?;."


def _closed_mid_sentence(doc, last, text: str) -> bool:
    """A long body paragraph (not a heading) whose last character closes a quotation or a title with no sentence
    mark before it: the opening was cut right after the quoted words (a sentence closes as ……”。 or ……。”)."""
    if len(text) <= SHORT_LINE_LEN or text[-1] not in _CLOSING or text[-2:-1] in _SENTENCE_MARKS:
        return False
    h = doc.outline.heading_of(last)
    return h is None or h.runin  # (a heading with its text run on: （二）强化学习。一是……)


def _right_under_a_heading(doc, last) -> bool:
    """The paragraph before the last is a section heading standing alone (（一）法治队伍建设仍需加强 / 专业): a signature
    follows body text, so a short last line right under a heading is that section's first words, cut."""
    before = None
    for p in doc.body:
        if p is last:
            break
        if p.text.strip():
            before = p
    if before is None:
        return False
    h = doc.outline.heading_of(before)
    return h is not None and not h.runin


#: how near the end a title or a quotation left open marks the text cut inside it
_OPEN_REACH = 60


def _open_title_at_end(text: str) -> bool:
    """A title or a quotation opened near the end and never closed, no sentence mark after it (……审议了《……实施办法
    （修订）): the copy stops inside it, whatever the last character."""
    for o, c in (("《", "》"), ("“", "”")):
        i = text.rfind(o)
        if i >= 0 and i >= len(text) - _OPEN_REACH and c not in text[i:] and not any(m in text[i:] for m in "。！？"):
            return True
    return False


def _cut_heading(h) -> bool:
    """A heading that stops in its second half (“三、注重制度建设，强化”): its last clause is
    less than half as long as its first, or it ends on a 顿号 or a comma.  Headings of two parallel halves (“建强基层基础，筑牢
    发展根基”, “注重提高认识，充分发挥领导干部的表率作用”) read complete."""
    if h.title.strip().endswith(("、", "，", ",")):
        return True  # stopped in the middle of a list or a clause
    parts = [s for s in _CLAUSES.split(h.title.strip()) if s]
    if len(parts) < 2:
        return False
    return 2 * len(parts[-1]) < len(parts[0])


def _runin_siblings(doc, h) -> bool:
    """A last item without body text (“5. 强化项目会办”) after items that all run on into their
    text (“4. 加强项目储备。编制……”): it was cut before its sentence ended."""
    if h.kind not in ("arabic", "arabic-paren"):
        return False  # 1. items run on into their text; a standalone （四） is a section heading
    siblings = [g for g in doc.outline.headings if g.kind == h.kind and g is not h
                and g.paragraph.index < h.paragraph.index][-2:]
    return bool(siblings) and all(g.runin for g in siblings)


def cut_paragraph(ctx):
    """:func:`cut_end` of the context's document, found once and shared by the rules."""
    return ctx.shared("document.cut_end", lambda c: cut_end(c.doc))


def unseen_end(ctx):
    """:func:`open_end` of the context's document, found once and shared by the rules."""
    return ctx.shared("document.open_end", lambda c: open_end(c.doc))
