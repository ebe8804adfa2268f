"""DJ431 on a central leader named by surname and post (国务院李总理, 温总理): the surname must be the holder's at the
time the sentence speaks of (moved out of :mod:`.leaders`, which neared the 600-line limit)."""
from __future__ import annotations

from ...engine import Finding
from . import lazy
from .base import quoted, time_of
from .when import in_history, sentence_bounds

#: a post written after a surname alone (国务院李总理, 温总理, 张委员长): the posts one person holds at a time, so
#: the surname names the holder; 主席 and 总书记 are other rules' (DJ433, DJ207)
_SURNAME_POSTS = {"总理": "国务院总理", "委员长": "全国人大常委会委员长"}
#: the post found first (a literal the regex jumps to), the surname before it read by a lookbehind: a pattern that
#: began with a Han class would be tried at every character
_SURNAME_POST = lazy.regex(r"(?P<f>总理|委员长)(?<=(?<!副)(?P<s>\p{Han})(?:总理|委员长))(?!办公|府|会议|室)")


def surname_posts(ix, ctx, p):
    """国务院李总理作政府工作报告: a central leader named by surname and post; formal texts write the whole name,
    and the surname must be the holder's at the time the sentence speaks of."""
    text = p.text
    for m in _SURNAME_POST.finditer(text):
        post = _SURNAME_POSTS[m.group("f")]
        surname = m.group("s")
        facts = ix.facts
        holders_ever = {t.person for t in facts.terms if t.post == post}
        if post not in facts.posts or not any(n[0] == surname for n in holders_ever):
            continue  # 好总理, 各国总理: not a holder's surname
        s, e = m.start("s"), m.end()
        if any(text.startswith(n, s) for n in holders_ever) or quoted(ctx, p, s, e):
            continue
        a, b = sentence_bounds(text, s, e)
        if in_history(text, a, b):
            continue
        spans = time_of(ctx, text, a, b, meetings=True, narration=True, at=s)
        if not spans or any(sp.start < facts.posts[post].covered_from or sp.end > facts.posts[post].covered_to
                            for sp in spans):
            continue
        holders = sorted({t.person for sp in spans for t in facts.holders(post, sp.start, sp.end)})
        if not holders:
            continue
        said = spans[0].label
        written = text[s:e]
        lead = "国务院" if post == "国务院总理" else "全国人大常委会"
        mine = [h for h in holders if h[0] == surname]
        if len(mine) == 1:
            person = mine[0]
            fix = f"{m.group('f')}{person}" if text.endswith(lead, 0, s) else f"{person}{m.group('f')}"
            yield Finding(p, s, e, f"正式文稿写领导同志的全名：{said}的{post}是{person}，“{written}”请写作“{post}{person}”",
                          fix, False)
        elif not mine:
            yield Finding(p, s, e, f"{said}的{post}是{'、'.join(holders)}，请核对“{written}”", None, False)
        else:
            yield Finding(p, s, e, f"正式文稿写领导同志的全名：{said}的{post}有{'、'.join(mine)}，“{written}”指谁请写明", None,
                          False)
