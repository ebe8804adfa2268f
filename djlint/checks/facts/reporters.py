"""DJ431 on a meeting's work report: who gives it holds the post that gives it (the 中央纪委 plenum's work
report is the 中央纪委书记's, a 全国人大 session's 政府工作报告 the 国务院总理's and its 常委会工作报告 the
委员长's), checked at the meeting's own dates (赵乐际同志在二十届中央纪委五次全会上的工作报告: 2026年1月12日至
14日的中央纪委书记是李希)."""
from __future__ import annotations

from ...engine import Finding
from ...util import rx
from ...util.trie import trie_pattern
from .base import quoted
from .data import cn_date
from .terms import verdict
from .when import Span, narrated_span, sentence_bounds, years_named

#: the report a meeting's body hears, by the words naming it, and the post of the one who gives it
_POSTS = {("中央纪委", "工作报告"): "中央纪委书记",
          ("全国人民代表大会", "政府工作报告"): "国务院总理",
          ("全国人民代表大会", "常委会工作报告"): "全国人大常委会委员长"}
#: between the name and 在: 同志 (李希同志在); a post written there (李强总理在) is the post check's own
_TITLE = r"(?:同志)?"


def _index(ix):
    """(pattern, {meeting name: meeting}), once per registry."""
    facts = ix.facts
    meetings = {n: m for m in facts.meetings if m.body in ("中央纪委", "全国人民代表大会") for n in m.names}
    if ix.names is None or not meetings:
        return None, meetings
    pattern = rx.stdlib(f"(?P<who>{ix.names.pattern}){_TITLE}在(?P<m>{trie_pattern(sorted(meetings))})上"
                        r"(?:所)?(?:作)?的?(?P<r>政府工作报告|(?:全国人大)?常委会工作报告|工作报告)")
    return pattern, meetings


def _bare_index(ix):
    if ix.names is None:
        return None
    return rx.stdlib(f"(?P<who>{ix.names.pattern}){_TITLE}在(?:中央纪委|中纪委)(?:全会|全体会议)上(?:所)?(?:作)?的?工作报告")


def meeting_reports(ix, ctx, p):
    """The work reports whose giver did not hold the giving post during the meeting."""
    pattern, meetings = ctx.registry.memo("facts.meeting-reports", lambda: _index(ix))
    if pattern is None or "报告" not in p.text:
        return
    for m in pattern.finditer(p.text):
        meeting = meetings[m.group("m")]
        report = "常委会工作报告" if m.group("r").endswith("常委会工作报告") else m.group("r")
        post = _POSTS.get((meeting.body, report))
        if post is None or meeting.start is None or quoted(ctx, p, m.start(), m.end()):
            continue
        end = meeting.end or meeting.start
        span = Span(meeting.start, end, f"{meeting.names[0]}（{cn_date(meeting.start)}）")
        person = m.group("who")
        if verdict(ix.facts, person, [post], span) is None:
            continue
        holders = ix.facts.holders(post, meeting.start, end)
        who = "、".join(t.person for t in holders) or "另一位同志"
        yield Finding(p, m.start("who"), m.end("who"),
                      f"{meeting.names[0]}的{m.group('r')}由{post}作，当时的{post}是{who}，请核对“{person}”")
    yield from _bare_plenum_reports(ix, ctx, p)


def _bare_plenum_reports(ix, ctx, p):
    """赵乐际同志在中央纪委全会上的工作报告 in a report of 2026: a plenum without its number is the one of the
    report's own time, so its giver is checked against the 中央纪委书记 over the whole time the report tells
    of (a 2022 summary may mean 赵乐际's January report); a sentence naming its year tells of that year."""
    pattern = ctx.registry.memo("facts.bare-plenum-reports", lambda: _bare_index(ix))
    span = narrated_span(ctx)
    if pattern is None or span is None or "全" not in p.text:
        return
    post = "中央纪委书记"
    for m in pattern.finditer(p.text):
        a, b = sentence_bounds(p.text, m.start(), m.end())
        if quoted(ctx, p, m.start(), m.end()) or any(True for _ in years_named(p.text, a, b)):
            continue
        person = m.group("who")
        if verdict(ix.facts, person, [post], span) is None:
            continue
        holders = ix.facts.holders(post, span.start, span.end)
        who = "、".join(t.person for t in holders) or "另一位同志"
        yield Finding(p, m.start("who"), m.end("who"),
                      f"中央纪委全会的工作报告由{post}作，{span.label}的{post}是{who}，请核对“{person}”")
