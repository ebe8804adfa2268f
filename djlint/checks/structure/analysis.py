"""What one document makes of the report profiles: which profile it is (from the command line,
the configuration, its title, opening or outline; none for a document of another kind), its top-level headings and the section groups each counts
for (:func:`structure_of`, computed once per document and shared by DJ1xx and DJ608), and
whether its structure is judged at all (:func:`applies`)."""
from __future__ import annotations

import regex as re

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
    how: str  # 命令行指定 / 配置指定 / 按标题识别 / 按开头识别 / 按提纲识别 / 不是报告 / 未识别
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


#: a heading that joins two parts (问题与原因分析, 存在的问题及原因, 问题和不足及其原因): neither overrides the other
_BOTH_PARTS = re.compile(r"(?:问题|不足|差距|短板)[^，。]{0,6}?(?:与|及|和|、|以及)(?:其|产生的)?(?:原因|根源)")


def classify(title: str, groups: dict[str, Group], allowed: set[str]) -> set[str]:
    t = clean_title(title)
    matched = [g for k, g in groups.items() if k in allowed and g.matches(t)]
    for g in matched:
        if g.exclusive:
            return {g.key}
    specific = {g.key for g in matched if not g.generic}
    if not _BOTH_PARTS.search(t):  # 问题与原因分析 names the problems and their causes: both parts
        for g in matched:
            specific -= set(g.over) if g.key in specific else set()
    if specific:
        return specific
    return {g.key for g in matched}


def title_block(doc) -> str:
    """The title and the opening sentence: the text a profile is recognised from."""
    from ...document.outline import is_document_number, parse_label

    parts = []
    for p in doc.body[:TITLE_BLOCK_WITHIN]:
        text = p.text.strip()
        if not text or is_document_number(text):
            continue  # 某政办发〔2024〕3号: the 版头's line above the title says nothing of what the document is
        if parse_label(text) is not None or doc.outline.heading_of(p) is not None:
            break
        if len(text) <= HEADING_MAX_LEN:
            parts.append(text)
            continue
        parts.append(re.split(r"[。；]", text, maxsplit=1)[0])
        break
    return clean_title("\n".join(parts))


#: how the report type was found, as the messages say it; the last two mean: not judged
FROM_COMMAND_LINE, FROM_PAGE, FROM_CONFIG, FROM_TITLE, FROM_OPENING, FROM_OUTLINE = (
    "命令行指定", "网页上指定", "配置指定", "按标题识别", "按开头识别", "按提纲识别")
NOT_A_REPORT, UNKNOWN = "不是报告", "未识别"
_KNOWN = (FROM_COMMAND_LINE, FROM_PAGE, FROM_CONFIG, FROM_TITLE, FROM_OPENING, FROM_OUTLINE)
#: the parts that make an outline a report's when nothing else says what the document is
_REPORT_PARTS = {"problems", "causes", "next"}
#: the labels of a report's parts (一、 （一） 第一部分, a Word heading style): not 1. items
_SECTION_LABELS = ("part", "cn", "cn-paren", "style")


def choose_profile(doc, profiles: dict[str, Profile], wanted: str | None, source: str | None = None,
                   groups: dict[str, Group] | None = None) -> tuple[Profile, str]:
    """The report profile and how it was found.  ``wanted`` (from ``--profile`` when ``source``
    is "cli", else from the configuration) decides; otherwise the kind of document (文种, from
    its title lines and opening, :mod:`.doctype`), then the profiles' ``detect`` patterns on the
    title, then an outline that has a report's parts.  A document of another kind (方案、通知、
    讲话、新闻……) or of no recognisable kind gets the default profile with NOT_A_REPORT or
    UNKNOWN: its structure is not judged."""
    if wanted:
        if wanted not in profiles:
            from ...errors import ConfigError

            raise ConfigError(f"profile: 未知的报告类型 {wanted!r}（可用：{'、'.join(sorted(profiles))}）")
        return profiles[wanted], {"cli": FROM_COMMAND_LINE, "web": FROM_PAGE}.get(source or "", FROM_CONFIG)
    from .doctype import CONGRESS_OPENING, read_kind, title_lines

    default = next((p for p in profiles.values() if p.default), None) or next(iter(profiles.values()))
    kind, where = read_kind(doc)
    if kind == "other":
        return default, NOT_A_REPORT
    title, opening = title_lines(doc)
    # a title that only mentions a subject (纵横贯通强党建 深度融合谋新局, a case study's or an article's)
    # names no report: a document of no known kind is a report only by its outline (below)
    best = _detected(profiles, clean_title("\n".join(title))) if kind == "report" else None
    if best is not None:
        return best, FROM_TITLE
    if kind == "report" and where == "开头":
        return _detected(profiles, clean_title("\n".join(opening))) or default, FROM_OPENING
    if kind == "report":
        # the title names a report (……工作情况的报告) of no type a profile detects: a general one,
        # unless its opening says it is read to a congress (……办事处工作报告: 向大会作工作报告)
        if any(CONGRESS_OPENING.search(t) for t in opening[:3]):
            said = _detected(profiles, clean_title("\n".join(opening[:3])))
            if said is not None:
                return said, FROM_OPENING
        return profiles.get("summary") or default, FROM_TITLE
    if groups is not None and _outline_is_a_report(doc, groups, default):
        return _detected(profiles, clean_title("\n".join(title + opening[:1]))) or default, FROM_OUTLINE
    return default, UNKNOWN


def _detected(profiles: dict[str, Profile], text: str) -> Profile | None:
    best = None
    if not text:
        return None
    for p in profiles.values():
        if p.detect and any(r.search(text) for r in p.detect) and not any(r.search(text) for r in p.detect_unless):
            if best is None or p.priority > best.priority:
                best = p
    return best


def _outline_is_a_report(doc, groups: dict[str, Group], profile: Profile) -> bool:
    """Top-level headings of two or more of a report's parts, one of them 存在问题, 原因 or 下一步."""
    allowed = {s.group for s in profile.sections}
    found: set[str] = set()
    for h in doc.outline.top:
        if not h.paragraph.in_table and h.kind in _SECTION_LABELS:
            found |= classify(h.title, groups, allowed)
    return len(found) >= 2 and bool(found & _REPORT_PARTS)


def structure_of(ctx) -> Analysis:
    """The document's report profile and its top-level sections (DJ1xx and DJ608 share it)."""
    return ctx.shared("structure", lambda c: analyse(c.doc, profiles_of(c.registry), groups_of(c.registry), c.profile,
                                                     getattr(c.config, "profile_source", None)))


def analyse(doc, profiles: dict[str, Profile], groups: dict[str, Group], wanted: str | None,
            source: str | None = None) -> Analysis:
    profile, how = choose_profile(doc, profiles, wanted, source, groups)
    allowed = {s.group for s in profile.sections}
    tops = []
    for h in doc.outline.top:
        if h.paragraph.in_table:
            continue
        tops.append(Top(h, classify(h.title, groups, allowed)))
    _topical_review(tops, allowed)
    first: dict[str, int] = {}
    for i, t in enumerate(tops):
        for g in t.groups:
            first.setdefault(g, i)
    return Analysis(profile, how, tops, first, groups, doc)


def _topical_review(tops: list[Top], allowed: set[str]) -> None:
    """A summary that reports its work under topical headings (一、加强党的建设，发挥政治引领作用
    二、聚焦立德树人…… 三、存在的不足 四、下半年工作打算): the headings before the first one that names
    a part are the work part.  A report that opens with 存在问题 has no such headings and still
    lacks it (DJ101)."""
    if "work" not in allowed or any("work" in t.groups for t in tops):
        return
    lead = 0
    while lead < len(tops) and not tops[lead].groups:
        lead += 1
    if 0 < lead < len(tops):
        for t in tops[:lead]:
            t.groups = {"work"}


def shorten(text: str, n: int = 24) -> str:
    """``text`` cut to ``n`` characters for a message (…)."""
    text = " ".join(text.split("\n")).strip()  # a manual line break would break the message's line
    return text if len(text) <= n else text[: n - 1] + "…"


def applies(a) -> bool:
    """Judge the structure only of a report (its type given or recognised) whose outline looks
    like one: a document of another kind, or of a kind nobody can tell, is not judged."""
    if a.how not in _KNOWN or not a.tops or a.doc.outline.hidden_sections:
        return False  # a section behind a manual line break (Shift+Enter) is one the outline cannot see
    if len(a.tops) == 1 and a.how == FROM_OUTLINE:
        return False
    found = set(a.first)
    if not found:
        return False
    level = a.tops[0].heading.level
    return bool(found - {"work"}) or level <= 1


def known(a) -> bool:
    """The document is a report: its type was given, or recognised from its title, opening or outline."""
    return a.how in _KNOWN


def heading_text(h) -> str:
    """A heading as a message quotes it: its label and title, shortened."""
    return shorten((h.label + h.title) if h.label else h.title)
