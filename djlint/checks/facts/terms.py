"""What the tables say about who held a post when (DJ431's verdict on a name with a post, and its message)."""
from __future__ import annotations

from .data import cn_date


def verdict(facts, person: str, posts: list[str], span):
    """None when the person held one of the posts at some date of ``span`` (or the tables cannot
    tell); else the message's substance."""
    covered = [facts.posts[p] for p in posts if p in facts.posts]
    if not covered or any(span.start < p.covered_from for p in covered):
        return None
    terms = [t for p in posts for t in facts.terms_of(person, p)]
    if any(t.overlaps(span.start, span.end) for t in terms):
        return None
    beyond = span.end > min(p.covered_to for p in covered)
    if beyond and not any(t.end is not None and t.end < span.start for t in terms):
        return None  # maybe elected after the tables were last checked
    return terms


def _holders_text(facts, post: str, span) -> str:
    holders = facts.holders(post, span.start, span.end)
    covered_to = facts.posts[post].covered_to
    if span.end > covered_to or not holders:
        return ""
    if facts.posts[post].several:
        return _several_text(holders, span)
    parts = []
    for t in holders:
        if len(holders) == 1 and t.start is not None:
            parts.append(f"{t.person}（{cn_date(t.start)}起）")
        elif t.start is not None and t.start > span.start:
            parts.append(f"{t.person}（{cn_date(t.start)}起）")
        elif t.end is not None and t.end < span.end:
            parts.append(f"{t.person}（至{cn_date(t.end)}）")
        else:
            parts.append(t.person)
    return "、".join(parts)


def _several_text(holders, span) -> str:
    """The holders of a post several hold at once, those who came or left in the time spoken of grouped by when:
    韩正、孙春兰、胡春华、刘鹤（2018年3月起）; 张高丽、刘延东、汪洋、马凯（至2018年3月）；韩正……（2018年3月起）."""
    groups: list[tuple[str, list[str]]] = []
    for t in holders:
        came = t.start is not None and t.start > span.start
        left = t.end is not None and t.end < span.end
        if came and left:
            when = f"{cn_date(t.start)}至{cn_date(t.end)}"
        elif left:
            when = f"至{cn_date(t.end)}"
        else:
            when = f"{cn_date(t.start)}起" if t.start is not None else ""
        if groups and groups[-1][0] == when:
            groups[-1][1].append(t.person)
        else:
            groups.append((when, [t.person]))
    return "；".join("、".join(people) + (f"（{when}）" if when else "") for when, people in groups)


def _latest_holder(facts, post: str, span):
    """The one holder of the post on the day the table was last checked (a term with a start), or None; None too
    when the time spoken of begins after that day (2031: the table cannot tell who holds it then)."""
    day = facts.posts[post].covered_to if post in facts.posts else None
    holders = facts.holders(post, day, day) if day is not None and span.start <= day else []
    return holders[0] if len(holders) == 1 and holders[0].start is not None else None


def post_message(facts, person: str, written: str, posts: list[str], span, terms) -> str:
    """``written``: the post and name as the text has them (国务院总理李克强), quoted in that order."""
    if len(posts) == 1:
        who = _holders_text(facts, posts[0], span)
        if who:
            return f"{span.label}的{posts[0]}是{who}，请核对“{person}”"
    if not terms:
        return f"“{written}”有误：{person}未担任过{'或'.join(posts)}，请核对"
    held = "；".join(t.post + _period(t) for t in terms)
    # past the day the table was checked: name who held the post then, the newest fact it has
    now = _latest_holder(facts, posts[0], span) if len(posts) == 1 else None
    if now is not None and now.person != person:
        periods = "、".join(_period(t) for t in terms)
        return f"“{written}”与{span.label}不符：{posts[0]}{cn_date(now.start)}起是{now.person}（{person}任{periods}），请核对"
    return f"“{written}”与{span.label}不符：{person}任{held}，请核对"


def _period(t) -> str:
    return (cn_date(t.start) if t.start else "") + "至" + (cn_date(t.end) if t.end else "今")
