"""What one document makes of the report profiles: which profile it is (from the configuration,
its title block, or the default), its top-level headings and the section groups each counts
for (:func:`structure_of`, computed once per document and shared by DJ1xx and DJ608), and
whether its structure is judged at all (:func:`applies`)."""
from __future__ import annotations

import regex as re

from ...engine.kinds import compile_
from ...util.record import field, record
from ...util.zh import BLANK, HEADING_MAX_LEN, TITLE_BLOCK_WITHIN
from .profiles import Group, Profile, groups_of, profiles_of

_SPACES = re.compile(BLANK + "+")


@record
class Top:
    """A top-level heading and the section groups it counts for."""

    heading: object
    groups: set


@record
class Analysis:
    profile: Profile
    how: str  # 配置指定 / 按标题识别 / 默认
    tops: list[Top]
    first: dict  # group key -> index into tops of its first heading
    groups: dict  # the group library
    doc: object = None
    #: group key -> (paragraph, start, end) of its first mention in running text, or None
    inline: dict = field(default_factory=dict)

    def label(self) -> str:
        return f"报告类型：{self.profile.title}，{self.how}"

    def group_name(self, key: str) -> str:
        s = self.profile.section(key)
        return (s.name if s and s.name else "") or self.groups[key].name

    def group_examples(self, key: str) -> list[str]:
        s = self.profile.section(key)
        return (s.examples if s and s.examples else []) or self.groups[key].examples


def clean_title(title: str) -> str:
    return _SPACES.sub("", title)


def classify(title: str, groups: dict[str, Group], allowed: set[str]) -> set[str]:
    t = clean_title(title)
    matched = [g for k, g in groups.items() if k in allowed and g.matches(t)]
    for g in matched:
        if g.exclusive:
            return {g.key}
    specific = {g.key for g in matched if not g.generic}
    for g in matched:
        specific -= set(g.over) if g.key in specific else set()
    if specific:
        return specific
    return {g.key for g in matched}


def title_block(doc) -> str:
    """The title and the opening sentence: the text a profile is recognised from."""
    from ...document.outline import parse_label

    parts = []
    for p in doc.body[:TITLE_BLOCK_WITHIN]:
        text = p.text.strip()
        if not text:
            continue
        if parse_label(text) is not None or doc.outline.heading_of(p) is not None:
            break
        if len(text) <= HEADING_MAX_LEN:
            parts.append(text)
            continue
        parts.append(re.split(r"[。；]", text, maxsplit=1)[0])
        break
    return clean_title("\n".join(parts))


def choose_profile(doc, profiles: dict[str, Profile], wanted: str | None) -> tuple[Profile, str]:
    if wanted:
        if wanted not in profiles:
            from ...errors import ConfigError

            raise ConfigError(f"profile: 未知的报告类型 {wanted!r}（可用：{'、'.join(sorted(profiles))}）")
        return profiles[wanted], "配置指定"
    text = title_block(doc)
    best = None
    for p in profiles.values():
        if p.detect and any(r.search(text) for r in p.detect) and not any(r.search(text) for r in p.detect_unless):
            if best is None or p.priority > best.priority:
                best = p
    if best is not None:
        return best, "按标题识别"
    default = next((p for p in profiles.values() if p.default), None) or next(iter(profiles.values()))
    return default, "默认"


def structure_of(ctx) -> Analysis:
    """The document's report profile and its top-level sections (DJ1xx and DJ608 share it)."""
    return ctx.shared("structure", lambda c: analyse(c.doc, profiles_of(c.registry), groups_of(c.registry), c.profile))


def analyse(doc, profiles: dict[str, Profile], groups: dict[str, Group], wanted: str | None) -> Analysis:
    profile, how = choose_profile(doc, profiles, wanted)
    allowed = {s.group for s in profile.sections}
    tops = []
    for h in doc.outline.top:
        if h.paragraph.in_table:
            continue
        tops.append(Top(h, classify(h.title, groups, allowed)))
    first: dict[str, int] = {}
    for i, t in enumerate(tops):
        for g in t.groups:
            first.setdefault(g, i)
    return Analysis(profile, how, tops, first, groups, doc)


def shorten(text: str, n: int = 24) -> str:
    """``text`` cut to ``n`` characters for a message (…)."""
    text = text.strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def applies(a) -> bool:
    """Judge the structure only of a document whose outline looks like this kind of report."""
    if not a.tops or (len(a.tops) == 1 and a.how == "默认"):
        return False  # one heading is a report only when the title says what kind it is
    found = set(a.first)
    if not found:
        return False
    if a.how == "默认":
        # nothing recognised the report type: an 意见 or 通知 is not judged as a report, and a
        # document without a title needs two recognised parts before it is
        head = _title_of(a)
        if head is not None and not _REPORT_WORDS.search(head):
            return False
        if head is None and len(found) < 2:
            return False
    level = a.tops[0].heading.level
    return bool(found - {"work"}) or level <= 1


_REPORT_WORDS = compile_(r"报告|总结|汇报|情况|材料|述职|小结")


def _title_of(a):
    """The document's title, its blanks removed, or None."""
    doc = a.doc
    return clean_title(doc.title.text) if doc.title is not None else None


def heading_text(h) -> str:
    """A heading as a message quotes it: its label and title, shortened."""
    return shorten((h.label + h.title) if h.label else h.title)
