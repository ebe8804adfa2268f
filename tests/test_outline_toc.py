"""The outline's search for a table of contents without a 目录 line (document.outline._unannounced_toc)
makes a run's first heading's text without blanks only when a second heading is compared with it; the
paragraphs it finds, and the headings it parses on the way, are those of the walk that made it for every
heading (below, as it was), on random bodies of headings, repeated headings, short lines and prose."""
import random

from djlint.document import outline as O
from djlint.document.model import Paragraph


def _every_key_walk(body):
    heads = {}
    i, n = 0, len(body)
    while i < n:
        first = start = None
        j = i
        while j < n and j - i < O._TOC_MAX:
            text = body[j].text
            if text and not text.isspace():
                h = heads[id(body[j])] = O.heading_from(body[j])
                heading = h is not None
                key = O._SPACES.sub("", text.strip()) if heading else None
                if heading and key == first:
                    entries = {id(q) for q in body[start:j] if q.text.strip()}
                    if len(entries) >= 3:
                        return entries, heads
                if O._SENTENCE_END.search(text) or (not heading and len(text) > O.HEADING_MAX_LEN
                                                    and len(O._SPACES.sub("", text.strip())) > O.HEADING_MAX_LEN):
                    outline = _outline_then_text(body, start, j, first, heads)
                    if outline:
                        return outline, heads
                    j += 1
                    break
                if heading and first is None:
                    first, start = key, j
            j += 1
        i = max(j, i + 1)
    return set(), heads


def _outline_then_text(body, start, end, first, heads):
    """Five or more headings from start, then the first of them again within three paragraphs after end."""
    if start is None:
        return set()
    entries = [q for q in body[start:end] if q.text.strip() and heads.get(id(q)) is not None]
    later = [q for q in body[end:] if q.text.strip()][:4]
    if len(entries) >= 5 and any(O._SPACES.sub("", q.text.strip()) == first for q in later):
        return {id(q) for q in entries}
    return set()


LINES = ["一、总体情况", "一、 总体情况", " 一、总体情况 ", "二、主要做法", "三、存在问题", "（一）加强学习", "1.完善制度",
         "第一部分 部门概况", "第一部分部门概况", "第二部分 收支情况", "部门预算公开", "目录", "", "  ",
         "一、总体情况。今年以来，我们认真落实。", "我们认真落实各项工作，取得明显成效。", "短的一行",
         "这是一行很长很长的说明文字没有句号但是超过了标题的长度限制所以算正文的一部分内容吧再长一些还要更长一些"]


def _paragraph(i, text):
    return Paragraph(text, i + 1, index=i)


def test_toc_walk_as_before():
    rnd = random.Random(101)
    found = 0
    for _ in range(3000):
        body = [_paragraph(i, rnd.choice(LINES)) for i in range(rnd.randint(1, 16))]
        heads = {}
        got = O._unannounced_toc(body, heads)
        want, want_heads = _every_key_walk(body)
        assert got == want
        assert heads.keys() == want_heads.keys()
        assert [heads[k] is None for k in heads] == [want_heads[k] is None for k in heads]
        found += bool(got)
    assert found > 100
