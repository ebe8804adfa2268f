"""DJ40x set political formulations: known wrong variants, enumeration members, dates,
near misses (one character off), consistency inside one document.

The lexicon is pack data: the ``lexicon/*.yaml`` files of the built-in ``phrase`` pack and of
any rule pack the configuration names (``PACK_DATA`` below).  Every entry must name its source.
"""
from __future__ import annotations

import os
from ..util.record import field, record, replace

import regex as re

from ..engine import Finding, Rule
from ..engine.data import load_yaml, read_list
from ..engine.literals import literal_hits
from ..errors import RuleLoadError
from ..util.trie import trie_pattern
from ..util import rx

ENTRY_KEYS = {"name", "members", "sep", "suffix", "variants", "legit", "since", "until", "replaced_by", "fuzzy",
              "source", "change", "history", "order_since"}
VARIANT_KEYS = {"pattern", "fix", "message", "requires", "example", "fixed", "safe", "unless_after", "near",
                "since", "severity", "typo", "local_list", "unless_before"}
FUZZY_MIN = 8


@record(frozen=True)
class Stamp:
    """A date a formulation started or stopped being used: a year, or a year and a month."""

    year: int
    month: int | None = None

    @classmethod
    def parse(cls, value, where: str) -> "Stamp | None":
        if value is None:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", str(value).strip())
        if not m:
            raise RuleLoadError(f"{where}: 年份须写作 2016 或 2016-07")
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None)

    def __str__(self) -> str:
        return f"{self.year}年{self.month}月" if self.month else f"{self.year}年"


@record
class Variant:
    pattern: object
    fix: str | None
    message: str | None
    #: the variant counts only in a document that contains this text somewhere
    requires: str | None = None
    #: the fix changes no meaning (a typo, a known wrong form with no legitimate use)
    safe: bool = True
    #: not reported when the text right after the match (to the sentence end) matches this
    unless_after: object = None
    #: reported only when the paragraph also holds a match of this
    near: object = None
    #: not reported when the sentence before the match matches this (the speaker's own words:
    #: 习近平总书记强调，要以新时代中国特色社会主义思想为指导)
    unless_before: object = None
    #: wrong only in reports of this year or later (unknown year: not reported)
    since: int | None = None
    severity: str | None = None
    #: a slip of the pen: still reported inside a quotation
    typo: bool = False
    #: a list of the same kind (“三个意识”，即责任意识、服务意识) is a local list, not this set
    local_list: bool = False
    example: str | None = None
    fixed: str | None = None


@record
class Formulation:
    name: str
    source: str
    members: list[str] = field(default_factory=list)
    sep: str = "、"
    suffix: str = ""
    variants: list[Variant] = field(default_factory=list)
    legit: list[str] = field(default_factory=list)
    since: Stamp | None = None
    until: Stamp | None = None
    replaced_by: str | None = None
    fuzzy: bool = True
    #: how the change is said: “三个自信”于2016年7月后发展为“四个自信”
    change: str = "改为"
    #: earlier member lists: [(last year valid, members)], for reports from those years
    history: list = field(default_factory=list)
    #: the member order is this year's (earlier documents listed the same words in another order)
    order_since: int | None = None

    #: what lies between two members when a non-member of the same kind sits there (服务意识)
    stranger_re: object = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if self.suffix:
            self.stranger_re = rx.regex(r"^[、，和]([\p{Han}]{1,4}" + re.escape(self.suffix) + r")[、，和]$")

    def members_for(self, year: int | None) -> list[list[str]]:
        """The member lists valid in a report of ``year`` (every list when the year is unknown)."""
        if year is None:
            return [self.members] + [members for _until, members in self.history]
        old = [members for until, members in self.history if year <= until]
        if any(year == until for until, _m in self.history):
            old.append(self.members)  # the year it changed: either list
        return old or [self.members]


@record
class Lexicon:
    entries: list[Formulation]
    #: one alternation over every variant pattern, and which entry each group belongs to
    variant_re: object = None
    variant_index: list = field(default_factory=list)
    dated_re: object = None
    dated: dict = field(default_factory=dict)
    fuzzy: list = field(default_factory=list)  # (formulation, prefilter halves, compiled fuzzy)
    exact: dict = field(default_factory=dict)
    #: fuzzy formulations by each half of their name; enumerations by each member
    halves_of: dict = field(default_factory=dict)
    member_sets: dict = field(default_factory=dict)
    #: every half and member: found by the engine's one scan of a document for all rules' literals
    key_set: frozenset = frozenset()
    #: whether variant_re may be searched over the joined paragraphs (see _build_lexicon)
    variant_joinable: bool = False


def _regex(value, where: str):
    if value is None:
        return None
    try:
        return rx.regex(str(value))
    except re.error as e:
        raise RuleLoadError(f"{where}: 正则表达式无效：{e}") from None


def _variant(v, where: str) -> Variant:
    if not isinstance(v, dict) or set(v) - VARIANT_KEYS or "pattern" not in v:
        raise RuleLoadError(f"{where}: variants 的每一项须为 {{pattern, fix, message, …}}（可用键：{', '.join(sorted(VARIANT_KEYS))}）")
    if v.get("severity") not in (None, "info", "warning", "error"):
        raise RuleLoadError(f"{where}: severity 须为 info/warning/error")
    return Variant(_regex(v["pattern"], where), v.get("fix"), v.get("message"), v.get("requires"),
                   safe=bool(v.get("safe", True)), unless_after=_regex(v.get("unless_after"), where),
                   near=_regex(v.get("near"), where), unless_before=_regex(v.get("unless_before"), where),
                   since=v.get("since"), severity=v.get("severity"),
                   typo=bool(v.get("typo", False)), local_list=bool(v.get("local_list", False)),
                   example=v.get("example"), fixed=v.get("fixed"))


def _history(spec, where: str) -> list:
    out = []
    for h in spec or []:
        if not isinstance(h, dict) or set(h) != {"until", "members"}:
            raise RuleLoadError(f"{where}: history 的每一项须为 {{until: 年份, members: [...]}}")
        out.append((int(h["until"]), [str(m) for m in h["members"]]))
    return out


def _entry(spec, where: str) -> Formulation:
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{where}: 须为映射")
    unknown = set(spec) - ENTRY_KEYS
    if unknown:
        raise RuleLoadError(f"{where}: 未知的键 {', '.join(sorted(map(str, unknown)))}")
    name = spec.get("name")
    if not isinstance(name, str) or not name:
        raise RuleLoadError(f"{where}: 缺少 name")
    where = f"{where}（{name}）"
    if not spec.get("source"):
        raise RuleLoadError(f"{where}: 缺少 source（出处）；没有出处的提法不能发布")
    return Formulation(
        name=name, source=str(spec["source"]), members=[str(m) for m in spec.get("members") or []],
        sep=str(spec.get("sep", "、")), suffix=str(spec.get("suffix", "")),
        variants=[_variant(v, where) for v in spec.get("variants") or []],
        legit=[str(x) for x in spec.get("legit") or []], since=Stamp.parse(spec.get("since"), where),
        until=Stamp.parse(spec.get("until"), where), replaced_by=spec.get("replaced_by"),
        fuzzy=bool(spec.get("fuzzy", True)), change=str(spec.get("change", "改为")),
        history=_history(spec.get("history"), where), order_since=spec.get("order_since"))


def _load_file(path: str) -> list[Formulation]:
    data = load_yaml(path)
    if not isinstance(data, dict) or set(data) - {"formulations"}:
        raise RuleLoadError(f"{path}: 须为 formulations: [...]")
    return [_entry(spec, f"{path}: formulations[{i}]") for i, spec in enumerate(data.get("formulations") or [])]


def load_lexicon_dir(registry, directory: str, origin: str) -> None:
    """``lexicon/`` of a pack: its formulation files join the registry's lexicon."""
    files = registry.data("lexicon-files", list)
    files.extend(os.path.join(directory, n) for n in sorted(os.listdir(directory)) if n.endswith((".yaml", ".yml")))


def _legacy_data_dir(registry, directory: str, origin: str) -> None:
    """Packs written for djlint 0.1 kept their lexicon as ``data/formulations.yaml``: still read."""
    path = os.path.join(directory, "formulations.yaml")
    if os.path.isfile(path):
        registry.data("lexicon-files", list).append(path)


PACK_DATA = {"lexicon": load_lexicon_dir, "data": _legacy_data_dir}


def lexicon_for(registry) -> Lexicon:
    """The compiled lexicon of every pack's ``lexicon/`` files, built once per registry."""
    return registry.memo("phrase.lexicon", lambda: _build_lexicon(registry.data("lexicon-files", list)))


_EDGE_SENSITIVE = rx.stdlib(r"\^|\$|\\[AZbBsSWD]|(?<!\\)\.|\[\^")


def _build_lexicon(paths: list[str]) -> Lexicon:
    entries: list[Formulation] = []
    for p in paths:
        entries.extend(_load_file(p))
    lex = Lexicon(entries)
    # variants: one alternation, group per variant
    groups = []
    for f in entries:
        for v in f.variants:
            lex.variant_index.append((f, v))
            groups.append(f"(?P<v{len(lex.variant_index) - 1}>{v.pattern.pattern})")
    if groups:
        lex.variant_re = rx.regex("|".join(groups))
        # the alternation can find its paragraphs in one search of the whole document unless a
        # variant looks at a paragraph's edges or could match the separator between paragraphs
        lex.variant_joinable = not any(_EDGE_SENSITIVE.search(v.pattern.pattern) for _f, v in lex.variant_index)
    # dated: formulations with a start or an end
    dated = [f for f in entries if f.since or f.until]
    if dated:
        lex.dated = {f.name: f for f in dated}
        lex.dated_re = rx.stdlib(trie_pattern(f.name for f in dated))
    for f in entries:
        lex.exact[f.name] = f
        if f.fuzzy and len(f.name) >= FUZZY_MIN and not f.name.startswith("《"):
            half = len(f.name) // 2
            lex.fuzzy.append((f, (f.name[:half], f.name[half:]), None))
    lex.fuzzy.sort(key=lambda item: -len(item[0].name))  # the longest formulation claims a span first
    for k, (f, halves, _c) in enumerate(lex.fuzzy):
        for h in halves:
            lex.halves_of.setdefault(h, []).append(k)

    for f in entries:
        if len(f.members) >= 2:
            for m in f.members:
                lex.member_sets.setdefault(m, []).append(f)
    # the halves and members a paragraph holds come from the engine's one literal scan
    lex.key_set = frozenset(lex.halves_of) | frozenset(lex.member_sets)
    return lex


_SRC = "中共中央、中央纪委文件中的规范提法（每条出处见 rules/phrase/lexicon/formulations.yaml）"


class FormulationVariant(Rule):
    """规范提法写错了（已知的错误写法）

    ## 检查内容
    词库中每条规范提法收录的已知错误写法，例如“以习近平总书记为核心的党中央”“四种意识”
    “新时代中国特色社会主义思想”（漏了“习近平”；只在提到“习近平”的文稿中检查，因为总书记本人的
    讲话和报告不称自己的名字）“不忘初心牢记使命”（丢了顿号）
    “党的二十大会议精神”“二十大三中全会”“扫黑险恶”。

    ## 为什么
    党的文件中的提法一字不能改，写错是政治性差错，不是普通的错别字。

    ## 示例
    紧密团结在以习近平总书记为核心的党中央周围。

    应改为：

    紧密团结在以习近平同志为核心的党中央周围。

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
    source = _SRC
    supersedes = ("DJ404",)
    examples = (
        ("紧密团结在以习近平总书记为核心的党中央周围。", True),
        ("牢固树立“四种意识”。", True),
        ("深入学习贯彻习近平总书记重要讲话精神，深入学习新时代中国特色社会主义思想。", True),
        ("开展不忘初心牢记使命主题教育。", True),
        ("紧密团结在以习近平同志为核心的党中央周围，深入学习习近平新时代中国特色社会主义思想。", False),
        ("坚持和发展新时代中国特色社会主义。", False),
    )

    def candidates(self, ctx):
        lex = lexicon_for(ctx.registry)
        if lex.variant_re is None:
            return []
        return ctx.doc.paragraphs_matching(lex.variant_re) if lex.variant_joinable else None

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if lex.variant_re is None:
            return
        text = p.text
        for m in lex.variant_re.finditer(text, timeout=1.0):
            f, v = lex.variant_index[int(m.lastgroup[1:])]
            vm = v.pattern.match(text, m.start())  # the variant's own groups, for its fix
            if vm is None or not _variant_applies(ctx, p, f, v, vm):
                continue
            yield _variant_finding(p, f, v, vm, in_quotation(ctx, p, vm.start(), vm.end()))


def _variant_applies(ctx, p, f, v, m) -> bool:
    if v.requires and v.requires not in _doc_text(ctx):
        return False
    if v.since is not None and (ctx.year is None or ctx.year < v.since):
        return False
    if v.near is not None and not v.near.search(p.text):
        return False
    after = _sentence_after(p.text, m.end())
    if v.unless_after is not None and v.unless_after.search(after):
        return False
    if v.unless_before is not None and v.unless_before.search(_sentence_before(p.text, m.start())):
        return False
    if v.local_list and f.suffix and _names_a_stranger(after, f):
        return False  # 增强“三个意识”，即责任意识、服务意识、创新意识: a list of the unit's own
    if not v.typo and in_quotation(ctx, p, m.start(), m.end()):
        return False  # a quotation is checked for slips only, never rewritten to a formulation
    return True


def _names_a_stranger(text: str, f) -> bool:
    words = re.findall(r"[\p{Han}]{2}" + re.escape(f.suffix), text)
    return any(w not in f.members for w in words)


def _q(text: str) -> str:
    """Text in quotation marks, without doubling the marks it already has (“四个意识”)."""
    return text if text.startswith("“") and text.endswith("”") else f"“{text}”"


def _variant_finding(p, f, v, m, quoted: bool) -> Finding:
    if v.fix is None:
        msg = v.message or f"{_q(m.group(0))}不是规范提法（规范写法：{f.name}）"
        return Finding(p, m.start(), m.end(), msg, severity=v.severity)
    fix = m.expand(v.fix) if "\\" in v.fix else v.fix
    # inside a quotation a fix may only swap characters, never add words
    safe = v.safe and not (quoted and len(fix) != len(m.group(0)))
    return Finding(p, m.start(), m.end(), v.message or f"提法有误：{_q(m.group(0))}应为{_q(fix)}", fix, safe,
                   severity=v.severity)


_NO_KEYS: dict = {}


def _paragraphs_with_keys(ctx) -> list:
    """The paragraphs holding any lexicon key (DJ402 and DJ404 look at no others)."""
    keys = lexicon_for(ctx.registry).key_set
    paragraphs = ctx.doc.paragraphs
    return [paragraphs[i] for i, found in sorted(literal_hits(ctx).items()) if not keys.isdisjoint(found)]


class _LexiconKeyRule(Rule):
    """A rule that looks only at paragraphs holding a lexicon key (a formulation's half, a list
    member), found for it by the engine's one literal scan."""

    def candidates(self, ctx):
        return _paragraphs_with_keys(ctx)

    def literal_keys(self, registry):
        return lexicon_for(registry).key_set


def _keys_in(lex, p, ctx) -> dict[str, list[int]]:
    """The lexicon keys (fuzzy halves and enumeration members) in a paragraph with the places
    they start (read-only; may hold other rules' literals too: the engine scans them all at once)."""
    return literal_hits(ctx).get(p.index, _NO_KEYS)


_SPEECH = rx.regex(r"(?:强调|指出|说|说过|要求|提出|表示|讲|批示|指示|写道|告诫|宣告|宣布|号召|重申|明确|规定|阐明|所言)"
                     r"[^。；！？“”]{0,4}[：:]\s*$")


def quotations(ctx, p) -> list[tuple[int, int]]:
    """Spans of the paragraph inside quotation marks attributed to a speaker or a text
    (习近平总书记强调：“…”、条例规定：“…”): words quoted are not ours to rewrite."""
    cache = ctx.shared("phrase.quotes", lambda c: {})
    spans = cache.get(p.index)
    if spans is None:
        spans = cache[p.index] = _find_quotations(p.text)
    return spans


def _find_quotations(text: str) -> list[tuple[int, int]]:
    spans = []
    i = text.find("“")
    while i >= 0:
        if _SPEECH.search(text, max(0, i - 16), i):
            depth, j = 0, i
            while j < len(text):
                if text[j] == "“":
                    depth += 1
                elif text[j] == "”":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            spans.append((i, min(j + 1, len(text))))
            i = text.find("“", j + 1)
        else:
            i = text.find("“", i + 1)
    return spans


def in_quotation(ctx, p, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in quotations(ctx, p))


_SENTENCE_END = rx.stdlib(r"[。；！？\n]")


def _sentence_after(text: str, end: int) -> str:
    m = _SENTENCE_END.search(text, end)
    return text[end:m.start() if m else len(text)]


def _sentence_before(text: str, start: int) -> str:
    return text[max((text.rfind(c, 0, start) for c in "。；！？\n"), default=-1) + 1:start]


def _sentence_around(text: str, start: int, end: int) -> str:
    a = max((text.rfind(c, 0, start) for c in "。；！？"), default=-1) + 1
    return text[a:start] + text[start:end] + _sentence_after(text, end)


def _doc_text(ctx) -> str:
    return ctx.shared("doc.text", lambda c: "\n".join(p.text for p in c.doc.paragraphs))


_SEPS = rx.regex(r"^(?:、|，|,|和|及|与|以及|；)$")


class EnumerationMembers(_LexiconKeyRule):
    """列举型提法的成员错序、缺项或混入他项（政治意识、大局意识、核心意识、看齐意识）

    ## 检查内容
    “四个意识”“四个自信”“政治三力”“六大纪律”“五位一体”“新发展理念”“三不腐”“三严三实”等
    列举型提法：各项的顺序须与规范一致；在提法名称后紧接着列举时，不能少项；同一列举中不能混进
    同类的他项（如“服务意识”）。

    ## 为什么
    列举型提法的成员和顺序是中央文件确定的，颠倒或漏项同样是提法错误。

    ## 示例
    增强政治意识、核心意识、大局意识、看齐意识。

    应改为：

    增强政治意识、大局意识、核心意识、看齐意识。

    ## 修复说明
    成员齐全只是顺序不对时，按规范顺序重排（安全修复）；缺项、混入他项需人工修改。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ402"
    name = "enumeration-members"
    severity = "error"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("增强政治意识、核心意识、大局意识、看齐意识。", True),
        ("增强“四个意识”，即政治意识、大局意识、核心意识。", True),
        ("树牢政治意识、大局意识、服务意识、看齐意识。", True),
        ("一体推进不敢腐、不想腐、不能腐。", True),
        ("牢固树立政治意识、大局意识、核心意识、责任意识。", True),
        ("做到严以修身、严以用权、严于律己。", True),
        ("增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。", False),
        ("增强政治意识、大局意识、责任意识。", False),
        ("严明政治纪律和组织纪律。", False),
        ("坚持创新驱动，推动绿色发展。", False),
    )

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        if not lex.member_sets:
            return
        text = p.text
        candidates = []
        for member in list(_keys_in(lex, p, ctx)):
            for f in lex.member_sets.get(member, ()):
                if f not in candidates:
                    candidates.append(f)
        year = ctx.year
        for f in candidates:
            if f.order_since is not None and (year is None or year < f.order_since):
                continue  # earlier documents listed the same words in another order
            found = [list(self._check_set(p, text, f, members)) for members in f.members_for(year)]
            # a list right for any version valid in this report's year is right
            for finding in min(found, key=len):
                if not in_quotation(ctx, p, finding.start, finding.end):
                    yield finding

    def _check_set(self, p, text, f, members):
        f = f if members is f.members else replace(f, members=members)
        clusters, strangers = _clusters(text, f, _member_hits(text, f))
        for ci, s_start, s_end, word in strangers:
            if len(clusters[ci]) >= len(f.members) - 1:
                yield Finding(p, s_start, s_end, f"“{word}”不是“{f.name}”的内容：应为{'、'.join(f.members)}")
        for c in clusters:
            finding = _cluster_finding(p, text, f, c) or _wrong_edge_member(p, text, f, c)
            if finding is not None:
                yield finding


def _member_hits(text: str, f) -> list[tuple[int, int, int]]:
    """(start, end, member index) of every member in the text, none nested in another."""
    hits = []
    for i, m in enumerate(f.members):
        at = text.find(m)
        while at >= 0:
            hits.append((at, at + len(m), i))
            at = text.find(m, at + len(m))
    hits.sort()
    clean = []
    for h in hits:
        if not clean or h[0] >= clean[-1][1]:
            clean.append(h)
    return clean


def _clusters(text: str, f, hits):
    """Runs of members joined only by separators, and strangers (服务意识) sitting in a run."""
    clusters, cur, strangers = [], [], []
    for h in hits:
        if cur:
            gap = text[cur[-1][1]:h[0]]
            joined = _SEPS.match(gap) is not None or (f.sep == "" and h[0] == cur[-1][1])
            odd = f.stranger_re.match(gap) if (f.stranger_re is not None and not joined) else None
            if odd is not None and odd.group(1) not in f.members:
                strangers.append((len(clusters), cur[-1][1] + odd.start(1), cur[-1][1] + odd.end(1), odd.group(1)))
            elif not joined:
                clusters.append(cur)
                cur = []
        cur.append(h)
    if cur:
        clusters.append(cur)
    return clusters, strangers


_EDGE_SEP = rx.stdlib(r"[、，,和及与]")
_ITEM_END = rx.stdlib(r"[、，,。；;！？!?和及与）)”\s]|$")


def _wrong_edge_member(p, text: str, f, c) -> Finding | None:
    """The item right after (or before) a run of members in order, where the next (or previous)
    member belongs: a stranger of the same kind (…核心意识、责任意识) when only it is missing, or the
    member with one character changed (严以用权、严于律己)."""
    idx = [i for _s, _e, i in c]
    if len(c) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
        return None
    edges = []
    if idx[-1] + 1 < len(f.members) and _EDGE_SEP.fullmatch(text[c[-1][1]:c[-1][1] + 1]):
        edges.append((c[-1][1] + 1, f.members[idx[-1] + 1], True))
    if idx[0] > 0 and c[0][0] >= 1 and _EDGE_SEP.fullmatch(text[c[0][0] - 1]):
        edges.append((c[0][0] - 1, f.members[idx[0] - 1], False))
    for at, expected, forward in edges:
        n = len(expected)
        start = at if forward else at - n
        item = text[start:start + n] if start >= 0 else ""
        if len(item) != n or item in f.members or not _ITEM_END.match(text, start + n):
            continue
        if not forward and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and not _EDGE_SEP.fullmatch(text[start - 1]):
            continue  # the item before is longer than the member: not in the list's place
        near = sum(a != b for a, b in zip(item, expected)) == 1 and item[0] == expected[0]
        stranger = bool(f.suffix) and item.endswith(f.suffix) and len(c) == len(f.members) - 1
        if near:
            return Finding(p, start, start + n, f"“{f.name}”中应为“{expected}”，不是“{item}”", expected, False)
        if stranger:
            return Finding(p, start, start + n, f"“{item}”不是“{f.name}”的内容：此处应为“{expected}”", expected, False)
    return None


def _cluster_finding(p, text: str, f, c) -> Finding | None:
    idx = [i for _s, _e, i in c]
    start, end = c[0][0], c[-1][1]
    if len(c) >= max(3, len(f.members) - 1) and idx != sorted(idx) and len(set(idx)) == len(idx):
        ordered = sorted(c, key=lambda h: h[2])
        pieces = []
        for k, h in enumerate(c):
            pieces.append(f.members[ordered[k][2]])
            if k + 1 < len(c):
                pieces.append(text[h[1]:c[k + 1][0]])
        return Finding(p, start, end, f"“{f.name}”的顺序应为：{f.sep.join(f.members) if f.sep else ''.join(f.members)}",
                       "".join(pieces) if len(c) == len(f.members) else None)
    # a member missing right after the set's own name
    if len(c) == len(f.members) - 1 and len(f.members) >= 3:
        before = text[max(0, start - 16):start]
        if f.name[:4] in before or (len(f.name) <= 6 and f.name in before):
            missing = [m for i, m in enumerate(f.members) if i not in idx]
            return Finding(p, start, end, f"“{f.name}”少了“{'、'.join(missing)}”：应为{'、'.join(f.members)}")
    return None


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
    是在讲历史，也不报。

    ## 为什么
    用错时代的提法，说明报告是套用别年的范文改的，或者引用了过时的表述。

    ## 示例
    （2023年度报告）紧密团结在以习近平同志为总书记的党中央周围。

    应改为：

    紧密团结在以习近平同志为核心的党中央周围。

    ## 修复说明
    旧提法有现行写法的，给出替换建议（不安全：请确认报告年份无误）。

    ## 依据
    各条提法的出处和日期见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ403"
    name = "formulation-date"
    severity = "warning"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("2023年度党建工作报告\n紧密团结在以习近平同志为总书记的党中央周围。\n", True),
        ("2014年度党建工作报告\n增强“四个意识”，做到令行禁止。\n", True),
        ("2023年度党建工作报告\n紧密团结在以习近平同志为核心的党中央周围。\n", False),
        ("2015年度党建工作报告\n紧密团结在以习近平同志为总书记的党中央周围。\n", False),
    )

    def candidates(self, ctx):
        lex = lexicon_for(ctx.registry)
        if not ctx.year or lex.dated_re is None:
            return []
        return ctx.doc.paragraphs_matching(lex.dated_re)  # literals: safe on the joined text

    def check_paragraph(self, p, ctx):
        date = ctx.report_date
        lex = lexicon_for(ctx.registry)
        if date is None or lex.dated_re is None:
            return  # the date decides: unknown, nothing is said
        year = date.year
        text = p.text
        for m in lex.dated_re.finditer(text):
            f = lex.dated[m.group(0)]
            if in_quotation(ctx, p, m.start(), m.end()) or _covered_by_legit(text, m, f.legit):
                continue
            if f.since and date.entirely_before(f.since.year, f.since.month):
                yield Finding(p, m.start(), m.end(), f"“{f.name}”是{f.since}起使用的提法，{year}年的报告中不应出现，请核对")
            elif f.until and date.entirely_after(f.until.year, f.until.month):
                if f.replaced_by and f.replaced_by in _sentence_around(text, m.start(), m.end()):
                    continue  # 从“三个自信”到“四个自信”: history, told as history
                yield Finding(p, m.start(), m.end(), _replaced_message(f, year), f.replaced_by, safe=False)


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


_FUZZY_IGNORE_INSERT = set("的之和与了着、，等“”‘’《》（）")
_FUZZY_IGNORE_DELETE = set("为的之和与了")
_NUMERALS = set("一二三四五六七八九十百两0123456789")
_JOINERS = set("和、，及与")


class NearMissFormulation(_LexiconKeyRule):
    """规范提法差了一个字（多字、少字、错字）

    ## 检查内容
    与词库中 8 个字以上的规范提法只差一个字的文字，如“习近平新时代中国特色社会主意思想”
    “以习近平同志为核的党中央”“全面从严治党主休责任”。第一个或最后一个字不同的不报（“意识形态工作
    责任清单”不是“责任制”的笔误），数字不同的不报（十九届五中全会是另一次会议）。多出一个“的”、把顿号写成逗号等
    公认的写法不报。

    ## 为什么
    长提法最容易在录入时错一个字，而这类错误人工校对最难发现。

    ## 示例
    深入学习贯彻习近平新时代中国特色社会主意思想。

    应改为：

    深入学习贯彻习近平新时代中国特色社会主义思想。

    ## 修复说明
    改为规范写法（安全修复：只差一个字，且规范写法唯一）。

    ## 依据
    各条提法的出处见 rules/phrase/lexicon/formulations.yaml。
    """

    code = "DJ404"
    name = "near-miss-formulation"
    severity = "warning"
    fix = "sometimes"
    source = _SRC
    examples = (
        ("深入学习贯彻习近平新时代中国特色社会主意思想。", True),
        ("紧密团结在以习近平同志为核的党中央周围。", True),
        ("压实全面从严治党主休责任。", True),
        ("深入学习贯彻习近平新时代中国特色社会主义思想，压实全面从严治党主体责任。", False),
        ("坚持以人民为中心的发展思想。", False),
    )

    def check_paragraph(self, p, ctx):
        lex = lexicon_for(ctx.registry)
        text = p.text
        if len(text) < FUZZY_MIN - 1:
            return
        if not lex.halves_of:
            return
        # one edit leaves at least one half of a formulation intact: only those formulations are
        # tried, and only in a window around where their intact half stands
        taken: list[tuple[int, int]] = []
        for k, starts in sorted(_candidate_starts(lex, _keys_in(lex, p, ctx)).items()):
            f, halves, compiled = lex.fuzzy[k]
            if compiled is None:
                compiled = rx.regex(f"(?:{re.escape(f.name)}){{e<=1}}", re.BESTMATCH)
                lex.fuzzy[k] = (f, halves, compiled)
            for m in _windowed(compiled, text, starts, len(f.name)):
                s, e = m.span()
                if not _is_near_miss(f, m, text, lex) or any(a < e and s < b for a, b in taken):
                    continue
                subs, ins, dels = m.fuzzy_counts
                quoted = in_quotation(ctx, p, s, e)
                if quoted and (ins or dels):
                    continue  # a quotation's wording is the speaker's: only a slip of one character is ours to see
                taken.append((s, e))
                # a character swapped in a fixed phrase is a slip; a word added or left out may be meant
                yield Finding(p, s, e, f"疑似提法有误：“{m.group(0)}”应为“{f.name}”", f.name,
                              safe=bool(subs) and not quoted)


def _candidate_starts(lex, keys: dict) -> dict[int, set]:
    """Where each fuzzy formulation could start: at its first half, or its second half's
    length of the first before that."""
    out: dict[int, set] = {}
    for h, positions in keys.items():
        for k in lex.halves_of.get(h, ()):
            first = lex.fuzzy[k][1][0]
            offset = 0 if h == first else len(first)
            out.setdefault(k, set()).update(pos - offset for pos in positions)
    return out


def _windowed(compiled, text: str, starts: set, n: int, margin: int = 2):
    """The fuzzy matches inside the windows around the candidate starts (merged where they meet)."""
    windows: list[list[int]] = []
    for s in sorted(starts):
        a, b = max(0, s - margin), min(len(text), s + n + margin)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    for a, b in windows:
        yield from compiled.finditer(text, a, b, timeout=1.0, overlapped=False)


def _is_near_miss(f, m, text: str, lex) -> bool:
    """Whether a one-edit match of formulation ``f`` is a misspelling of it, not another
    correct wording (a function word, another meeting's number, the same list joined by 和)."""
    got = m.group(0)
    if got == f.name or got in f.legit or f.name in text[max(0, m.start() - 2):m.end() + 2]:
        return False
    if got in lex.exact:
        return False  # another formulation, written right
    subs, ins, dels = m.fuzzy_counts
    if ins and len(got) == len(f.name) + 1 and _inserted_char(f.name, got) in _FUZZY_IGNORE_INSERT:
        return False
    if dels and (got == f.name[1:] or got == f.name[:-1]):
        return False  # the phrase cut at its edge: not a misspelling of it
    if dels and _deleted_char(f.name, got) in _FUZZY_IGNORE_DELETE:
        return False  # 以党的政治建设统领: a function word left out, still the same wording
    if subs:
        return _substitution_is_slip(f.name, got)
    return True


def _substitution_is_slip(name: str, got: str) -> bool:
    i = next((k for k in range(len(got)) if got[k] != name[k]), None)
    if i is None or i in (0, len(got) - 1):
        return False  # a different last or first character is usually a different word (责任清单)
    if got[i] in _NUMERALS and name[i] in _NUMERALS:
        return False  # 十九届五中全会 is another meeting, not a typo of 四中全会
    if name[i] in traditional_forms().get(got[i], ()):
        return False  # 牢記: a traditional character (DJ706), not a slip of the formulation
    return not (got[i] in _JOINERS and name[i] in _JOINERS)  # 享乐主义和奢靡之风: the same list


def _deleted_char(name: str, got: str) -> str:
    for i, c in enumerate(got):
        if name[i] != c:
            return name[i]
    return name[-1]


def _inserted_char(name: str, got: str) -> str:
    for i, c in enumerate(name):
        if got[i] != c:
            return got[i]
    return got[-1]


_NUMBERED = rx.regex(r"“([一二三四五六七八九十两])([\p{Han}])\1([\p{Han}])”")


class InconsistentFormulation(Rule):
    """同一文档中同一提法写法不一致（“五比五看”与“六比六看”）

    ## 检查内容
    同一篇报告里，带数字的口号型提法前后数字不一致（“五比五看”“六比六看”），
    或同一规范提法有两种写法（“不忘初心、牢记使命”与“不忘初心，牢记使命”）。

    ## 为什么
    前后不一致说明至少有一处写错了，或是从不同稿子拼起来的。

    ## 示例
    开展“五比五看”活动……深化“六比六看”成果。

    应改为：

    开展“五比五看”活动……深化“五比五看”成果。

    ## 依据
    公文用语前后一致的要求（《党政机关公文处理工作条例》第十九条）。
    """

    code = "DJ405"
    name = "inconsistent-formulation"
    severity = "warning"
    scope = "document"
    source = "《党政机关公文处理工作条例》第十九条"
    examples = (
        ("开展“五比五看”活动。\n深化“六比六看”成果。\n", True),
        ("开展“不忘初心、牢记使命”主题教育。\n牢记“不忘初心，牢记使命”。\n", False),
        ("开展“五比五看”活动。\n深化“五比五看”成果。\n", False),
    )

    def check(self, doc, ctx):
        seen: dict[tuple, tuple] = {}
        for p in doc.body:
            for m in _NUMBERED.finditer(p.text):
                key = (m.group(2), m.group(3))
                first = seen.get(key)
                if first is None:
                    seen[key] = (m.group(0), p)
                elif first[0] != m.group(0):
                    yield Finding(p, m.start(), m.end(), f"前文写作{first[0]}（第{first[1].line}段），此处为{m.group(0)}，请统一")
        lex = lexicon_for(ctx.registry)
        for f in lex.entries:
            if not f.legit:
                continue
            forms = sorted([f.name] + f.legit, key=len, reverse=True)
            where = {}
            for p in doc.body:
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


_NOT_HAN = rx.stdlib(r"[^\u3400-\u9fff]+")


def spelling_index(registry):
    """DJ421's index: built from jieba's dictionary, the lexicon and the phrase pack's data, kept
    in the cache folder; loaded once per registry."""
    def make():
        from ..engine.registry import builtin_packs_dir
        from . import _spelling

        lex = lexicon_for(registry)
        words = set()
        for f in lex.entries:
            for text in [f.name, *f.members]:
                words.update(x for x in _NOT_HAN.split(text) if len(x) >= _spelling.MIN_LEN)
        data_dir = os.path.join(builtin_packs_dir(), "phrase", "data")
        surnames = os.path.join(builtin_packs_dir(), "placeholder", "data", "surnames.txt")
        surnames = surnames if os.path.exists(surnames) else None
        index = _spelling.load(data_dir, sorted(words), registry.data("lexicon-files", list), surnames)
        if surnames:
            index.surnames = frozenset(w for w in read_list(surnames) if len(w) == 1)
        index.traditional = frozenset(traditional_forms())
        look_alikes = os.path.join(data_dir, "look-alikes.tsv")
        if os.path.exists(look_alikes):
            for row in read_list(look_alikes):
                ch, _, alts = row.partition("\t")
                if len(ch) == 1 and alts:
                    index.look_alikes[ch] = alts.strip()
        return index

    return registry.memo("phrase.spelling", make)


_TRADITIONAL: dict[str, list[str]] | None = None


def traditional_forms() -> dict[str, list[str]]:
    """Traditional character -> its simplified forms, most usual first (data/traditional.tsv)."""
    global _TRADITIONAL
    if _TRADITIONAL is None:
        from ..engine.registry import builtin_packs_dir

        path = os.path.join(builtin_packs_dir(), "phrase", "data", "traditional.tsv")
        _TRADITIONAL = {}
        if os.path.exists(path):
            for row in read_list(path):
                t, _, forms = row.partition("\t")
                if len(t) == 1 and forms:
                    _TRADITIONAL[t] = forms.split("|")
    return _TRADITIONAL


def warm(registry) -> None:
    """Before workers fork: the lexicon and DJ421's index, loaded once for all of them."""
    lexicon_for(registry)
    spelling_index(registry)


class MisspelledWord(Rule):
    """错别字：词语、成语和规范提法中一个字打成了同音字（意识形太、精益求经、兢兢业叶）

    ## 检查内容
    拼音输入法最常见的错：词里的一个字换成了同音字（五笔和手写输入则是形近字，见 `data/look-alikes.tsv`）。
    一段文字里读音和某个词（常用词语、成语，词库里的规范提法、`data/terms.tsv` 里的常用表述）完全相同、
    或把一个形近字换回来就成了这个词，只有一个字不同、本身又不是词的地方，是候选；只有换成建议的词以后，前后几个字切分得明显更顺（原来单独“落单”的字成了词的一部分：
    意识/形/太 → 意识形态）才报。原文本来就能切成常用词的（法治/建设 不改成“法制建设”）不报；两三个字的词
    还要前后相邻的字搭配明显更自然（负责任 不改成“负责人”），错字本身是虚词（于、及）、数字，或和邻字组成
    别的词（国家监委）时，要求的证据更多——除非按词频换上建议的词后整句的可能性高出几千倍（长效及制 →
    长效机制；而“大省及重点”按词频读作“大省/及/重点”同样通顺，不报）。原文和建议一样是“常用词 + 常见词缀”
    的规则合成词时不报（防控网 不改成“防空网”）；姓氏后面的两个字是名字，不报。后面是地名或单位名
    （康益药业、九洲大道、尚品国际）、同一写法在文中出现两次以上（名字常常重复，错字很少重复）时不报。
    引号、顿号之间单独的两个字（“抱告”）也检查；引号里整个一段（“十二吴”）、被拆成两个词的长提法
    （“一代一路”）按词频判断。两三个字的建议还要让整句按词频明显更可能（“由点到线”不改成“有点”）。
    单位自己的名称、地名、人名可以写进配置的 `words`（或配置文件旁的 `.djlint-words.txt`），就不会被“改正”。

    ## 为什么
    错别字表只能找到表里有的错；同音字打错是草稿里最常见的错误，也最容易在通读时滑过去。

    ## 示例
    要切实加强意识形太工作。

    应改为：

    要切实加强意识形态工作。

    ## 修复说明
    给出修改建议，需人工确认（不自动修改）。

    ## 依据
    词语据 jieba 分词词典（MIT 许可）和 djlint 词库；读音据 pypinyin（MIT 许可）生成的 data/pinyin.txt；
    形近字表 data/look-alikes.tsv 为 djlint 自编（MIT 许可）；繁体字表 data/traditional.tsv 据 OpenCC 字表
    （Apache-2.0 许可）生成。
    """

    code = "DJ421"
    name = "misspelled-word"
    severity = "warning"
    fix = "sometimes"
    source = "《现代汉语词典》第7版所收规范词形；党的文件中的规范表述（见 rules/phrase/data/terms.tsv）"
    examples = (
        ("要切实加强意识形太工作。", True),
        ("全体党员要兢兢业叶干事业，工作上精益求经。", True),
        ("坚决反对拨苗助长。", True),
        ("要切实加强意识形态工作，兢兢业业干事业。", False),
        ("中国共产党愿在此基础上加强合作。", False),
        ("把一切权力关进制度的笼子。", False),
    )

    def check_paragraph(self, p, ctx):
        from . import _spelling

        if not _spelling.HAN_RUN.search(p.text):
            return
        index = spelling_index(ctx.registry)
        if not index.has_dictionary:
            return  # jieba (a dependency) is missing: no way to tell a word from a slip
        doc_text = _doc_text(ctx)
        found = []
        for s, e, written, suggested, at in _spelling.candidates(index, p.text):
            weight = _spelling.plausible(index, p.text, s, e, at, written, suggested, doc_text)
            if weight is not None:
                found.append((-weight, e - s, s, e, written, suggested))
        # the same fix shown by a longer word reads better (意识形太 → 意识形态, not 形太 → 形态)
        longer = {(s + i, suggested[i]) for _w, n, s, _e, written, suggested in found if n >= 3
                  for i in range(n) if written[i] != suggested[i]}
        found = [f for f in found if f[1] >= 3 or not any((f[2] + i, f[5][i]) in longer for i in range(2))]
        # one finding per slip: the best-explained reading, the shortest stretch that shows it
        taken: list[tuple[int, int]] = []
        for _ev, _n, s, e, written, suggested in sorted(found):
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            yield Finding(p, s, e, f"疑似错别字：“{written}”应为“{suggested}”", suggested, safe=False)


RULES = (FormulationVariant, EnumerationMembers, FormulationDate, NearMissFormulation, InconsistentFormulation,
         MisspelledWord)
